//! Canary secrets never reach the server's logs: a full run of the person's
//! and the professional's APIs with logging at its most verbose (every
//! crate, TRACE), including refused and malformed requests, and not one log
//! line carries a message text, a password, an invitation code, a person's
//! name or a token. (Also: the 429 of the rate limit.)

use std::io::Write;
use std::sync::{Arc, Mutex};

use axum::body::{Body, to_bytes};
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use parcours_core::device_key::DeviceKey;
use parcours_core::id::PersonId;
use parcours_core::person::Person;
use parcours_core::sync::wire::{Challenge, Record, Token};
use parcours_server::api::{AppState, invitation_hash, router};
use parcours_server::storage::{ProRow, Storage};
use tower::ServiceExt;

#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

const MESSAGE: &str = "CANARY-MESSAGE-b71e: my address is 3 rue des Lilas";
const REPLY: &str = "CANARY-REPLY-5d02";
const PASSWORD: &str = "CANARY-PASSWORD-9c4f";
const INVITATION: &str = "CANA-RYIN-VITE";
const NAME: &str = "Canaryfirstname";

async fn call(
    s: &AppState,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: String,
) -> (StatusCode, serde_json::Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json")
        .header("idempotency-key", parcours_core::id::random_id());
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let mut req = req.body(Body::from(body)).unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(std::net::SocketAddr::from((
            [10, 0, 0, 7],
            4242,
        ))));
    let response = router(s.clone()).oneshot(req).await.unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 1 << 22).await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn no_personal_data_in_the_most_verbose_logs() {
    let captured = Captured::default();
    let writer = captured.clone();
    tracing_subscriber::fmt()
        .with_max_level(tracing_subscriber::filter::LevelFilter::TRACE)
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .init();

    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let s = AppState::new(
        Storage::connect(&url).await.unwrap(),
        parcours_core::demo::demo_server_key(),
        "https://parcours.test".into(),
    );
    // A person (with a name and a contact), an invitation, a professional.
    s.storage.create_person("p1", "martin", 0).await.unwrap();
    s.storage
        .create_invitation(&invitation_hash(INVITATION), "p1", i64::MAX)
        .await
        .unwrap();
    let person = Person::new(
        PersonId::parse("p1").unwrap(),
        NAME,
        "Canarylastname",
        parcours_core::i18n::Lang::Fr,
    )
    .unwrap();
    let contact = parcours_core::demo::dossier(parcours_core::demo::fixed_now())
        .referent()
        .unwrap()
        .clone();
    let mut tx = s.storage.begin_person("p1").await.unwrap().unwrap();
    for r in [Record::Person(person), Record::Contact(contact.clone())] {
        let (kind, id) = r.key();
        tx.put(kind, &id, &serde_json::to_string(&r).unwrap())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    s.storage
        .create_pro(
            &ProRow {
                id: "martin".into(),
                login: "martin".into(),
                display_name: "Mme Martin".into(),
                password_hash: parcours_server::pro_api::hash_password(PASSWORD),
                share_key: None,
            },
            0,
        )
        .await
        .unwrap();

    // The phone enrolls, authenticates, writes a message, pulls.
    let phone = DeviceKey::from_seed(&[9; 32]);
    let key_hex = parcours_core::crypto::hex(&phone.public_key());
    let (status, _) = call(
        &s,
        "POST",
        "/v1/enroll",
        None,
        serde_json::json!({"invitation_code": INVITATION, "device_key": key_hex}).to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (_, c) = call(
        &s,
        "POST",
        "/v1/auth/challenge",
        None,
        serde_json::json!({"device_key": key_hex}).to_string(),
    )
    .await;
    let c: Challenge = serde_json::from_value(c).unwrap();
    let nonce: [u8; 32] = parcours_core::crypto::unhex(&c.nonce)
        .unwrap()
        .try_into()
        .unwrap();
    let sig = parcours_core::auth::sign_challenge(&phone, &c.origin, &nonce, c.expires_at);
    let (_, t) = call(&s, "POST", "/v1/auth/token", None, serde_json::json!({"device_key": key_hex, "nonce": c.nonce, "signature": parcours_core::crypto::hex(&sig)}).to_string()).await;
    let token: Token = serde_json::from_value(t).unwrap();
    let message = serde_json::json!({"id": "m1", "to": contact.id.as_str(), "text": MESSAGE, "written_at": "2026-03-02T08:00:00Z"});
    let (status, _) = call(
        &s,
        "POST",
        "/v1/messages",
        Some(&token.token),
        message.to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::CREATED);
    let (status, _) = call(
        &s,
        "GET",
        "/v1/dossier?since=0",
        Some(&token.token),
        String::new(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    // Malformed and refused requests carrying the canaries.
    call(
        &s,
        "POST",
        "/v1/messages",
        Some(&token.token),
        format!("{{\"text\": \"{MESSAGE}\""),
    )
    .await;
    call(
        &s,
        "POST",
        "/v1/enroll",
        None,
        serde_json::json!({"invitation_code": INVITATION, "device_key": "zz"}).to_string(),
    )
    .await;
    call(
        &s,
        "POST",
        "/v1/dossier",
        Some(&token.token),
        MESSAGE.into(),
    )
    .await;
    // The professional: a wrong password, then the right one, a reply
    // (refused: no mandate), a read.
    call(
        &s,
        "POST",
        "/v1/pro/login",
        None,
        serde_json::json!({"login": "martin", "password": format!("{PASSWORD}x")}).to_string(),
    )
    .await;
    let (status, t) = call(
        &s,
        "POST",
        "/v1/pro/login",
        None,
        serde_json::json!({"login": "martin", "password": PASSWORD}).to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let pro_token: Token = serde_json::from_value(t).unwrap();
    let (status, body) = call(
        &s,
        "POST",
        "/v1/pro/persons/p1/messages",
        Some(&pro_token.token),
        serde_json::json!({"id": "m2", "text": REPLY}).to_string(),
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN, "{body}");
    call(
        &s,
        "GET",
        "/v1/pro/persons/p1/dossier",
        Some(&pro_token.token),
        String::new(),
    )
    .await;

    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(
        logs.matches("request").count() >= 10,
        "the logs were captured:\n{logs}"
    );
    for canary in [
        MESSAGE,
        "CANARY",
        "rue des Lilas",
        REPLY,
        PASSWORD,
        INVITATION,
        "CANARYINVITE",
        NAME,
        "Canarylastname",
        &token.token,
        &pro_token.token,
        &c.nonce,
    ] {
        assert!(!logs.contains(canary), "{canary:?} is in the logs:\n{logs}");
    }
}

#[tokio::test]
async fn login_enrollment_and_challenges_are_rate_limited() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let mut s = AppState::new(
        Storage::connect(&url).await.unwrap(),
        parcours_core::demo::demo_server_key(),
        "https://parcours.test".into(),
    );
    s.limits = parcours_server::limit::Limits { per_minute: 5 };
    let body = serde_json::json!({"login": "nobody", "password": "x"}).to_string();
    let mut statuses = Vec::new();
    for _ in 0..7 {
        statuses.push(
            call(&s, "POST", "/v1/pro/login", None, body.clone())
                .await
                .0,
        );
    }
    // The limiter lives in the router: one router for all these calls.
    assert_eq!(
        statuses
            .iter()
            .filter(|s| **s == StatusCode::TOO_MANY_REQUESTS)
            .count(),
        0,
        "each call above built its own router: counted apart ({statuses:?})"
    );
    let app = router(s.clone());
    let mut limited = 0;
    for _ in 0..7 {
        let mut req = Request::post("/v1/pro/login")
            .header("content-type", "application/json")
            .body(Body::from(body.clone()))
            .unwrap();
        req.extensions_mut()
            .insert(ConnectInfo(std::net::SocketAddr::from(([10, 0, 0, 8], 1))));
        let r = app.clone().oneshot(req).await.unwrap();
        if r.status() == StatusCode::TOO_MANY_REQUESTS {
            assert!(r.headers().contains_key("retry-after"));
            limited += 1;
        } else {
            assert_eq!(r.status(), StatusCode::UNAUTHORIZED);
        }
    }
    assert_eq!(limited, 2, "5 per minute, then refused");
    // Another address is counted apart; a route without a limit is not limited.
    let mut req = Request::post("/v1/pro/login")
        .header("content-type", "application/json")
        .body(Body::from(body.clone()))
        .unwrap();
    req.extensions_mut()
        .insert(ConnectInfo(std::net::SocketAddr::from(([10, 0, 0, 9], 1))));
    assert_eq!(
        app.clone().oneshot(req).await.unwrap().status(),
        StatusCode::UNAUTHORIZED
    );
    for _ in 0..10 {
        let req = Request::get("/health").body(Body::empty()).unwrap();
        assert_eq!(
            app.clone().oneshot(req).await.unwrap().status(),
            StatusCode::OK
        );
    }
}
