//! The HTTP client the app and the `parcours` tool use to talk to the
//! server: enroll, authenticate by signing a challenge, pull, send.
//! reqwest over rustls (ring), gzip on; plain `http://` only to this
//! machine ([`crate::net`]). A 401 re-authenticates once and retries.
//!
//! Must never: log a request or answer body, or send anything to a server
//! address the URL rule refuses.

use std::sync::Arc;
use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;

use crate::device_key::DeviceKey;
use crate::net::{UrlError, check_server_url};

use super::outbox::OutboxItem;
use super::wire::{
    Challenge, ChallengeRequest, EnrollRequest, EnrollResponse, ErrorBody, IDEMPOTENCY_HEADER,
    Pull, Token, TokenRequest, Written,
};

/// Why a call did not succeed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SyncError {
    /// No answer, a timeout, a 5xx or a 503: try again later; nothing lost.
    #[error("the server cannot be reached: {0}")]
    Offline(String),
    /// A 4xx: the server refused this request, and says why.
    #[error("the server refused: {} ({})", .1.message, .0)]
    Refused(u16, ErrorBody),
    #[error(transparent)]
    Url(#[from] UrlError),
    /// The server's certificate is not trusted (self-signed, expired, for
    /// another name, or not the pinned one): nothing was sent.
    #[error("the server's identity could not be verified")]
    Untrusted,
    /// The answer was not what the API says.
    #[error("the server's answer could not be read")]
    BadAnswer,
}

impl SyncError {
    /// Whether trying again later may work.
    pub fn is_temporary(&self) -> bool {
        matches!(self, SyncError::Offline(_))
    }
}

impl crate::i18n::Explain for SyncError {
    fn message_id(&self) -> &'static str {
        match self {
            SyncError::Offline(_) => "error-sync-offline",
            SyncError::Refused(..) => "error-sync-refused",
            SyncError::Url(e) => e.message_id(),
            SyncError::BadAnswer => "error-sync-bad-answer",
            SyncError::Untrusted => "error-sync-untrusted",
        }
    }
}

/// A person's device talking to the server.
pub struct Client {
    http: reqwest::Client,
    base: String,
    device: Arc<DeviceKey>,
    token: Option<String>,
}

/// Which certificates the client trusts for the server.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Trust {
    /// The public web PKI (Mozilla's roots).
    #[default]
    Public,
    /// Only this certificate (PEM): the département's server pinned in
    /// the app's configuration. Nothing else is trusted, not even a
    /// certificate from a public authority.
    Pinned(Vec<u8>),
}

/// The HTTP client every Parcours client uses: rustls (on ring), gzip,
/// timeouts, the public roots.
pub fn http_client() -> reqwest::Client {
    http_client_with(&Trust::Public).expect("the HTTP client builds")
}

/// The HTTP client trusting what `trust` says.
pub fn http_client_with(trust: &Trust) -> Result<reqwest::Client, SyncError> {
    let mut builder = reqwest::Client::builder()
        .connect_timeout(Duration::from_secs(10))
        .timeout(Duration::from_secs(30))
        .https_only(false); // the URL rule decides (loopback only for http)
    if let Trust::Pinned(pem) = trust {
        use rustls::pki_types::CertificateDer;
        use rustls::pki_types::pem::PemObject;
        // Checked here: reqwest would take garbage and fail later.
        let der = CertificateDer::from_pem_slice(pem).map_err(|_| SyncError::Untrusted)?;
        let cert = reqwest::Certificate::from_der(&der).map_err(|_| SyncError::Untrusted)?;
        builder = builder
            .tls_built_in_root_certs(false)
            .add_root_certificate(cert);
    }
    builder.build().map_err(|_| SyncError::Untrusted)
}

/// A failed request: a TLS refusal (the certificate) is [`SyncError::Untrusted`];
/// everything else is temporary.
fn transport_error(e: reqwest::Error) -> SyncError {
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
    while let Some(err) = source {
        if err.downcast_ref::<rustls::Error>().is_some() {
            return SyncError::Untrusted;
        }
        // An I/O error's `source()` skips the error it wraps: look inside.
        source = match err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
        {
            Some(inner) => Some(inner as &(dyn std::error::Error + 'static)),
            None => err.source(),
        };
    }
    SyncError::Offline(e.without_url().to_string())
}

impl Client {
    /// A client for the server at `base` (`https://…`, or `http://` to
    /// this machine), trusting the public roots.
    pub fn new(base: &str, device: Arc<DeviceKey>) -> Result<Client, SyncError> {
        Self::with_trust(base, device, &Trust::Public)
    }

    /// A client trusting what `trust` says (a pinned certificate).
    pub fn with_trust(
        base: &str,
        device: Arc<DeviceKey>,
        trust: &Trust,
    ) -> Result<Client, SyncError> {
        check_server_url(base)?;
        Ok(Client {
            http: http_client_with(trust)?,
            base: base.trim_end_matches('/').to_owned(),
            device,
            token: None,
        })
    }

    /// Enrolls this device with an invitation code from the referent.
    pub async fn enroll(&self, invitation_code: &str) -> Result<EnrollResponse, SyncError> {
        let body = EnrollRequest {
            invitation_code: invitation_code.to_owned(),
            device_key: crate::crypto::hex(&self.device.public_key()),
        };
        self.raw(Method::POST, "/v1/enroll", Some(json(&body)), None, None)
            .await
            .and_then(|b| parse(&b))
    }

    /// Signs a fresh challenge and keeps the token.
    pub async fn authenticate(&mut self) -> Result<(), SyncError> {
        let key = crate::crypto::hex(&self.device.public_key());
        let challenge: Challenge = parse(
            &self
                .raw(
                    Method::POST,
                    "/v1/auth/challenge",
                    Some(json(&ChallengeRequest {
                        device_key: key.clone(),
                    })),
                    None,
                    None,
                )
                .await?,
        )?;
        let nonce: [u8; 32] = crate::crypto::unhex(&challenge.nonce)
            .and_then(|n| n.try_into().ok())
            .ok_or(SyncError::BadAnswer)?;
        let signature = crate::auth::sign_challenge(
            &self.device,
            &challenge.origin,
            &nonce,
            challenge.expires_at,
        );
        let token: Token = parse(
            &self
                .raw(
                    Method::POST,
                    "/v1/auth/token",
                    Some(json(&TokenRequest {
                        device_key: key,
                        nonce: challenge.nonce,
                        signature: crate::crypto::hex(&signature),
                    })),
                    None,
                    None,
                )
                .await?,
        )?;
        self.token = Some(token.token);
        Ok(())
    }

    /// What changed after `since`.
    pub async fn pull(&mut self, since: i64) -> Result<Pull, SyncError> {
        let body = self
            .authed(
                Method::GET,
                &format!("/v1/dossier?since={since}"),
                None,
                None,
            )
            .await?;
        parse(&body)
    }

    /// Sends one outbox item with its idempotency key.
    pub async fn send(&mut self, item: &OutboxItem) -> Result<Written, SyncError> {
        let body = self
            .authed(
                Method::POST,
                &item.request.path(),
                Some(item.request.body()),
                Some(&item.id),
            )
            .await?;
        parse(&body)
    }

    /// Uploads raw bytes (a share's body) with `PUT`.
    pub async fn put_bytes(&mut self, path: &str, body: Vec<u8>) -> Result<(), SyncError> {
        if self.token.is_none() {
            self.authenticate().await?;
        }
        for attempt in 0..2 {
            let request = self
                .http
                .put(format!("{}{path}", self.base))
                .header(reqwest::header::CONTENT_TYPE, "application/octet-stream")
                .bearer_auth(self.token.as_deref().unwrap_or_default())
                .body(body.clone());
            match send(request, MAX_ANSWER).await {
                Err(SyncError::Refused(401, _)) if attempt == 0 => {
                    self.authenticate().await?;
                }
                other => return other.map(|_| ()),
            }
        }
        Err(SyncError::BadAnswer)
    }

    /// Any authenticated call; a 401 signs a new challenge and retries once.
    pub async fn authed(
        &mut self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        idempotency_key: Option<&str>,
    ) -> Result<String, SyncError> {
        if self.token.is_none() {
            self.authenticate().await?;
        }
        let first = self
            .raw(
                method.clone(),
                path,
                body.clone(),
                idempotency_key,
                self.token.as_deref(),
            )
            .await;
        match first {
            Err(SyncError::Refused(401, _)) => {
                self.token = None;
                self.authenticate().await?;
                self.raw(method, path, body, idempotency_key, self.token.as_deref())
                    .await
            }
            other => other,
        }
    }

    async fn raw(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        idempotency_key: Option<&str>,
        token: Option<&str>,
    ) -> Result<String, SyncError> {
        call(
            &self.http,
            &self.base,
            method,
            path,
            body,
            idempotency_key,
            token,
        )
        .await
    }
}

/// Largest JSON answer read from a server (a pull page is far smaller):
/// a hostile or broken server cannot make the phone fill its memory.
pub const MAX_ANSWER: usize = 8 * 1024 * 1024;

/// Reads an answer's body, refusing it as soon as it grows past `limit`
/// (whatever its `Content-Length` claims).
pub async fn read_bounded(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, SyncError> {
    if response.content_length().is_some_and(|n| n > limit as u64) {
        return Err(SyncError::BadAnswer);
    }
    let mut out = Vec::new();
    while let Some(chunk) = response
        .chunk()
        .await
        .map_err(|e| SyncError::Offline(e.without_url().to_string()))?
    {
        if out.len() + chunk.len() > limit {
            return Err(SyncError::BadAnswer);
        }
        out.extend_from_slice(&chunk);
    }
    Ok(out)
}

/// One HTTP call: the body as text on 2xx, a [`SyncError`] otherwise.
pub async fn call(
    http: &reqwest::Client,
    base: &str,
    method: Method,
    path: &str,
    body: Option<serde_json::Value>,
    idempotency_key: Option<&str>,
    token: Option<&str>,
) -> Result<String, SyncError> {
    let mut request = http.request(method, format!("{base}{path}"));
    if let Some(body) = body {
        request = request
            .header(reqwest::header::CONTENT_TYPE, "application/json")
            .body(body.to_string());
    }
    if let Some(key) = idempotency_key {
        request = request.header(IDEMPOTENCY_HEADER, key);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let bytes = send(request, MAX_ANSWER).await?;
    String::from_utf8(bytes).map_err(|_| SyncError::BadAnswer)
}

/// Raw bytes with a token (a share's body), at most `limit`.
pub async fn get_bytes(
    http: &reqwest::Client,
    base: &str,
    path: &str,
    token: &str,
    limit: usize,
) -> Result<Vec<u8>, SyncError> {
    send(http.get(format!("{base}{path}")).bearer_auth(token), limit).await
}

/// Sends a request and reads its answer (at most `limit` bytes): the body
/// on 2xx, a [`SyncError`] otherwise. The one place where transport
/// errors, TLS refusals and error answers are told apart.
async fn send(request: reqwest::RequestBuilder, limit: usize) -> Result<Vec<u8>, SyncError> {
    // The error's text never names a body (nor the URL: it may hold ids).
    let response = request.send().await.map_err(transport_error)?;
    let status = response.status();
    let bytes = read_bounded(response, limit).await?;
    if status.is_success() {
        return Ok(bytes);
    }
    Err(error_of(status, &String::from_utf8_lossy(&bytes)))
}

/// The error for a non-2xx answer: a 4xx is a refusal with its reason;
/// the rest (5xx, 408) is temporary.
fn error_of(status: StatusCode, text: &str) -> SyncError {
    if status.is_client_error() && status != StatusCode::REQUEST_TIMEOUT {
        let body = serde_json::from_str::<ErrorBody>(text).unwrap_or(ErrorBody {
            error: "refused".into(),
            message: format!("HTTP {}", status.as_u16()),
        });
        return SyncError::Refused(status.as_u16(), body);
    }
    SyncError::Offline(format!("HTTP {}", status.as_u16()))
}

fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("requests serialise")
}

/// Reads an answer; bounded by the HTTP client's limits and serde's.
pub fn parse<T: DeserializeOwned>(body: &str) -> Result<T, SyncError> {
    serde_json::from_str(body).map_err(|_| SyncError::BadAnswer)
}
