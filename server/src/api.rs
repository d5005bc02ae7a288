//! The HTTP API: `GET /health`, and under `/v1` what the app and the
//! professionals call. Every error is a 4xx (or 503 when the database does
//! not answer) with a JSON body saying what is wrong; never a 5xx for bad
//! input.
//!
//! Must never: log a request body, or answer with another person's data.

use std::sync::Arc;

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use parcours_core::crypto;
use parcours_core::id::PersonId;
use parcours_core::mandate::chain::{DeviceCertificate, KeyChain, KeyRevocation, ServerKey};
use parcours_core::mandate::statement::SignedStatement;
use parcours_core::mandate::verify::{Rejection, verify};
use parcours_core::sync::wire::{
    Challenge, ChallengeRequest, EnrollRequest, EnrollResponse, Mandates, Record, Token,
    TokenRequest,
};

use crate::storage::{DeviceRow, StatementRow, Storage, StorageError};

/// A JSON body, or why it could not be read.
pub type JsonBody<T> = Result<Json<T>, axum::extract::rejection::JsonRejection>;

/// Called after a write committed, before its answer leaves (tests use it
/// to cut the connection at the worst moment).
pub type AfterCommit =
    Arc<dyn Fn() -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>> + Send + Sync>;

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub storage: Storage,
    pub server_key: Arc<ServerKey>,
    /// The server's public origin (`https://…`), bound into every challenge.
    pub origin: String,
    pub after_commit: Option<AfterCommit>,
    pub limits: crate::limit::Limits,
}

impl AppState {
    pub fn new(storage: Storage, server_key: ServerKey, origin: String) -> AppState {
        AppState {
            storage,
            server_key: Arc::new(server_key),
            origin,
            after_commit: None,
            limits: crate::limit::Limits::default(),
        }
    }
}

/// How long a challenge may be answered.
pub const CHALLENGE_SECONDS: i64 = 120;
/// How long a token lasts.
pub const TOKEN_SECONDS: i64 = 15 * 60;

/// A refused request: its status and a JSON body `{error, message}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: &'static str,
}

impl ApiError {
    pub const fn new(status: StatusCode, code: &'static str, message: &'static str) -> Self {
        Self {
            status,
            code,
            message,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.code, "message": self.message })),
        )
            .into_response()
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        // The kind only: a database's message can quote a value.
        let kind = match &e {
            StorageError::Unavailable(_) => "unavailable",
            StorageError::Conflict => "conflict",
            StorageError::Other(_) => "other",
        };
        tracing::warn!(kind, "database error");
        match e {
            StorageError::Conflict => {
                ApiError::new(StatusCode::CONFLICT, "conflict", "this already exists")
            }
            // Details stay in the server's own logs, never in the answer.
            _ => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the database does not answer; try again",
            ),
        }
    }
}

/// The HTTP application: every route of [`crate::routes::ROUTES`] (the
/// same table the OpenAPI document is generated from), a 16 KiB body limit,
/// the rate limits and the JSON fallback.
pub fn router(state: AppState) -> Router {
    crate::routes::router(state)
}

pub(crate) async fn health(
    State(state): State<AppState>,
) -> Result<Json<serde_json::Value>, ApiError> {
    state.storage.ping().await?;
    Ok(Json(
        serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }),
    ))
}

/// The SHA-256 of an invitation code, as stored (codes are typed, so case,
/// spaces and dashes do not matter).
pub fn invitation_hash(code: &str) -> Vec<u8> {
    let canonical: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    ring::digest::digest(&ring::digest::SHA256, canonical.as_bytes())
        .as_ref()
        .to_vec()
}

pub(crate) async fn enroll(
    State(state): State<AppState>,
    body: Result<Json<EnrollRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<EnrollResponse>, ApiError> {
    let Json(req) = body.map_err(|r| bad_json(r, "expected JSON {invitation_code, device_key}"))?;
    let device_key = hex32(&req.device_key, "bad_device_key")?;
    let now = chrono::Utc::now();
    let person = state
        .storage
        .take_invitation(&invitation_hash(&req.invitation_code), now.timestamp())
        .await?
        .ok_or(ApiError::new(
            StatusCode::FORBIDDEN,
            "invitation_refused",
            "this invitation code is unknown, used or expired",
        ))?;
    let person_id = PersonId::parse(person.clone())
        .map_err(|_| ApiError::new(StatusCode::CONFLICT, "conflict", "bad person"))?;
    // A new device continues the person's sequence.
    let first_seq = state
        .storage
        .last_seq(&person)
        .await?
        .map_or(1, |last| last + 1);
    let certificate = state
        .server_key
        .certify(&person_id, device_key, first_seq as u64, now);
    let row = DeviceRow {
        device_key: device_key.to_vec(),
        person_id: person.clone(),
        first_seq,
        certificate: serde_json::to_string(&certificate).expect("certificates serialise"),
        revocation: None,
    };
    state.storage.register_device(&row, now.timestamp()).await?;
    publish_key_chain(&state, &person).await?;
    Ok(Json(EnrollResponse {
        person_id: person,
        certificate,
        server_key: crypto::hex(&state.server_key.public_key()),
    }))
}

pub fn bad_json(
    rejection: axum::extract::rejection::JsonRejection,
    expected: &'static str,
) -> ApiError {
    if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
        ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "the request is too large",
        )
    } else {
        ApiError::new(StatusCode::BAD_REQUEST, "bad_request", expected)
    }
}

pub fn hex32(s: &str, what: &'static str) -> Result<[u8; 32], ApiError> {
    crypto::unhex(s)
        .and_then(|k| k.try_into().ok())
        .ok_or(ApiError::new(
            StatusCode::BAD_REQUEST,
            what,
            "expected 32 bytes in hex",
        ))
}

const UNKNOWN_DEVICE: ApiError = ApiError::new(
    StatusCode::FORBIDDEN,
    "device_refused",
    "this device is not enrolled, or it was revoked",
);

async fn active_device(state: &AppState, key: &[u8; 32]) -> Result<DeviceRow, ApiError> {
    match state.storage.device(key).await? {
        Some(d) if d.revocation.is_none() => Ok(d),
        _ => Err(UNKNOWN_DEVICE),
    }
}

pub(crate) async fn challenge(
    State(state): State<AppState>,
    body: Result<Json<ChallengeRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Challenge>, ApiError> {
    let Json(req) = body.map_err(|r| bad_json(r, "expected JSON {device_key}"))?;
    let key = hex32(&req.device_key, "bad_device_key")?;
    active_device(&state, &key).await?;
    let nonce: [u8; 32] = crypto::random_bytes();
    let expires_at = chrono::Utc::now().timestamp() + CHALLENGE_SECONDS;
    state
        .storage
        .create_challenge(&nonce, &key, expires_at)
        .await?;
    Ok(Json(Challenge {
        nonce: crypto::hex(&nonce),
        expires_at,
        origin: state.origin.clone(),
    }))
}

pub(crate) async fn token(
    State(state): State<AppState>,
    body: Result<Json<TokenRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<Token>, ApiError> {
    let Json(req) =
        body.map_err(|r| bad_json(r, "expected JSON {device_key, nonce, signature}"))?;
    let key = hex32(&req.device_key, "bad_device_key")?;
    let nonce = hex32(&req.nonce, "bad_nonce")?;
    let signature = crypto::unhex(&req.signature).ok_or(ApiError::new(
        StatusCode::BAD_REQUEST,
        "bad_signature",
        "expected hex",
    ))?;
    let device = active_device(&state, &key).await?;
    let now = chrono::Utc::now().timestamp();
    let refused = ApiError::new(
        StatusCode::FORBIDDEN,
        "challenge_refused",
        "this challenge is unknown, used, expired or not signed by this device",
    );
    let expires_at = state
        .storage
        .take_challenge(&nonce, &key, now)
        .await?
        .ok_or(refused)?;
    if !parcours_core::auth::check_challenge(&key, &state.origin, &nonce, expires_at, &signature) {
        return Err(ApiError::new(
            StatusCode::FORBIDDEN,
            "challenge_refused",
            "this challenge is unknown, used, expired or not signed by this device",
        ));
    }
    let token: [u8; 32] = crypto::random_bytes();
    let hash = ring::digest::digest(&ring::digest::SHA256, &token);
    let token_expires = now + TOKEN_SECONDS;
    state
        .storage
        .create_token(hash.as_ref(), &device.person_id, &key, token_expires)
        .await?;
    Ok(Json(Token {
        token: crypto::hex(&token),
        expires_at: token_expires,
    }))
}

/// The SHA-256 of the token in `Authorization: Bearer <hex>` (how tokens
/// are stored), if there is one.
pub fn bearer_token_hash(parts: &axum::http::request::Parts) -> Option<Vec<u8>> {
    let token = parts
        .headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|h| h.to_str().ok())
        .and_then(|h| h.strip_prefix("Bearer "))
        .and_then(crypto::unhex)?;
    Some(
        ring::digest::digest(&ring::digest::SHA256, &token)
            .as_ref()
            .to_vec(),
    )
}

/// The caller, from `Authorization: Bearer <token>`.
pub struct Caller {
    pub person_id: String,
    pub device_key: Vec<u8>,
}

impl axum::extract::FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        const UNAUTHENTICATED: ApiError = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "a valid token is needed (sign a new challenge)",
        );
        let hash = bearer_token_hash(parts).ok_or(UNAUTHENTICATED)?;
        let (person_id, device_key) = state
            .storage
            .token_owner(&hash, chrono::Utc::now().timestamp())
            .await?
            .ok_or(UNAUTHENTICATED)?;
        Ok(Caller {
            person_id,
            device_key,
        })
    }
}

/// The key chain of a person, as the server knows it.
pub async fn key_chain(state: &AppState, person: &str) -> Result<KeyChain, ApiError> {
    Ok(chain_of(state, state.storage.devices(person).await?))
}

/// The key chain made of these devices' certificates and revocations.
pub fn chain_of(state: &AppState, devices: Vec<DeviceRow>) -> KeyChain {
    let mut chain = KeyChain {
        server_key: state.server_key.public_key(),
        certificates: Vec::new(),
        revocations: Vec::new(),
    };
    for d in devices {
        if let Ok(c) = serde_json::from_str::<DeviceCertificate>(&d.certificate) {
            chain.certificates.push(c);
        }
        if let Some(r) = d
            .revocation
            .as_deref()
            .and_then(|r| serde_json::from_str::<KeyRevocation>(r).ok())
        {
            chain.revocations.push(r);
        }
    }
    chain
}

pub async fn stored_statements(
    state: &AppState,
    person: &str,
) -> Result<Vec<SignedStatement>, ApiError> {
    Ok(state
        .storage
        .statements(person)
        .await?
        .into_iter()
        .map(|r| SignedStatement {
            bytes: r.bytes,
            signature: r.signature,
        })
        .collect())
}

/// The caller's mandate statements and key chain.
pub(crate) async fn mandates(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<Mandates>, ApiError> {
    Ok(Json(Mandates {
        statements: stored_statements(&state, &caller.person_id).await?,
        key_chain: key_chain(&state, &caller.person_id).await?,
    }))
}

/// Registers a grant or a revocation the caller signed. Accepted only if
/// the verifier accepts it after the person's earlier statements; sending
/// the same statement again is harmless. Also a record of the dossier, so
/// the person's other devices pull it.
pub(crate) async fn post_statement(
    State(state): State<AppState>,
    caller: Caller,
    headers: axum::http::HeaderMap,
    body: JsonBody<SignedStatement>,
) -> Result<Response, ApiError> {
    let key = crate::service::idempotency_key(&headers)?;
    let Json(statement) =
        body.map_err(|r| bad_json(r, "expected JSON {bytes, signature} in hex"))?;
    let scope = format!("person:{}", caller.person_id);
    crate::service::write(&state, &caller.person_id, &scope, &key, async |tx| {
        // Read and checked inside the write: two statements of one person
        // are never checked against the same earlier list.
        let mut all: Vec<SignedStatement> = tx
            .statements()
            .await?
            .into_iter()
            .map(|r| SignedStatement {
                bytes: r.bytes,
                signature: r.signature,
            })
            .collect();
        if all.contains(&statement) {
            return Ok(vec![Record::Statement(statement)]);
        }
        all.push(statement.clone());
        let person = PersonId::parse(caller.person_id.clone())
            .map_err(|_| ApiError::new(StatusCode::FORBIDDEN, "forbidden", "bad person"))?;
        let chain = chain_of(&state, tx.devices().await?);
        let verdict = verify(&person, &chain, &all, chrono::Utc::now());
        if let Some(r) = verdict.rejected.iter().find(|r| r.index == all.len() - 1) {
            return Err(statement_refused(&r.reason));
        }
        let decoded = statement.decode().map_err(|_| {
            ApiError::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "statement_refused",
                "malformed statement",
            )
        })?;
        let row = StatementRow {
            seq: decoded.seq() as i64,
            hash: statement.hash().to_vec(),
            bytes: statement.bytes.clone(),
            signature: statement.signature.clone(),
        };
        tx.append_statement(&row, chrono::Utc::now().timestamp())
            .await?;
        Ok(vec![Record::Statement(statement)])
    })
    .await
}

fn statement_refused(reason: &Rejection) -> ApiError {
    let code = match reason {
        Rejection::Replayed { .. } | Rejection::AlreadyRevoked => StatusCode::CONFLICT,
        _ => StatusCode::UNPROCESSABLE_ENTITY,
    };
    let message: &'static str = match reason {
        Rejection::WrongPrefix => "not a mandate statement",
        Rejection::Malformed(_) => "malformed statement",
        Rejection::UnknownKey => "signed by a key not enrolled for this person",
        Rejection::Tampered => "the signature does not check",
        Rejection::RevokedKey { .. } => "signed by a revoked key",
        Rejection::BeforeKey { .. } => "a sequence number below the key's first",
        Rejection::Replayed { .. } => "a sequence number already used",
        Rejection::UnknownGrant => "the revocation names no known grant",
        Rejection::AlreadyRevoked => "already revoked",
    };
    ApiError::new(code, "statement_refused", message)
}

/// Publishes the person's key chain as a record of their dossier (after
/// an enrollment or a revocation), so that their phones pull it.
pub async fn publish_key_chain(state: &AppState, person: &str) -> Result<(), ApiError> {
    let chain = key_chain(state, person).await?;
    if let Some(mut tx) = state.storage.begin_person(person).await? {
        let record = Record::KeyChain(chain);
        let (kind, id) = record.key();
        tx.put(
            kind,
            &id,
            &serde_json::to_string(&record).expect("records serialise"),
        )
        .await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Revokes a device key of `person` (by the person, or their referent):
/// the server signs the revocation with the last sequence number it
/// accepted from that key, its tokens stop at once, and the new key chain
/// is published to the person's other devices.
pub async fn revoke_person_device(
    state: &AppState,
    person: &str,
    device_hex: &str,
) -> Result<Response, ApiError> {
    let key = hex32(device_hex, "bad_device_key")?;
    let device = state
        .storage
        .device(&key)
        .await?
        .filter(|d| d.person_id == person)
        .ok_or(ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such device for this person",
        ))?;
    if device.revocation.is_some() {
        return Ok(StatusCode::OK.into_response());
    }
    let last_seq = stored_statements(state, person)
        .await?
        .iter()
        .filter_map(|s| s.decode().ok())
        .filter(|d| d.device_key() == &key)
        .map(|d| d.seq())
        .max()
        .unwrap_or(0);
    let revocation = state.server_key.revoke(key, last_seq, chrono::Utc::now());
    state
        .storage
        .revoke_device(
            &key,
            &serde_json::to_string(&revocation).expect("revocations serialise"),
        )
        .await?;
    publish_key_chain(state, person).await?;
    Ok(StatusCode::CREATED.into_response())
}

pub(crate) async fn revoke_device(
    State(state): State<AppState>,
    caller: Caller,
    body: JsonBody<parcours_core::sync::wire::RevokeDevice>,
) -> Result<Response, ApiError> {
    let Json(req) = body.map_err(|r| bad_json(r, "expected JSON {device_key}"))?;
    revoke_person_device(&state, &caller.person_id, &req.device_key).await
}

/// The person closes their account ("delete everything"): their dossier,
/// mandates, devices and shares are deleted on the server; their tokens
/// stop at once; professionals are refused from the next request.
pub(crate) async fn close_account(
    State(state): State<AppState>,
    caller: Caller,
) -> Result<Json<serde_json::Value>, ApiError> {
    let closed = state
        .storage
        .close_person(&caller.person_id, chrono::Utc::now().timestamp())
        .await?;
    tracing::info!(closed, "account closed by its person");
    Ok(Json(serde_json::json!({ "closed": closed })))
}
