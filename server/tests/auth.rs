//! Authentication and mandate statements over HTTP: a device signs the
//! server's challenge (bound to its origin) for a short-lived token; a
//! revoked device's tokens stop at once; statements are accepted only when
//! the verifier accepts them, and sending one again is harmless.

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use chrono::{Duration, Utc};
use parcours_core::crypto::hex;
use parcours_core::device_key::DeviceKey;
use parcours_core::id::{ContactId, MandateId};
use parcours_core::mandate::chain::ServerKey;
use parcours_core::mandate::statement::{sign_grant, sign_revocation};
use parcours_core::mandate::{Mandate, MandateKind};
use parcours_core::sync::wire::{Challenge, Mandates, Token};
use parcours_server::api::{AppState, invitation_hash, router};
use parcours_server::storage::Storage;
use tower::ServiceExt;

const ORIGIN: &str = "https://parcours.test";

async fn call(
    state: &AppState,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<String>,
) -> (StatusCode, serde_json::Value) {
    let mut req = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    if method == "POST" {
        // Every write carries a fresh idempotency key.
        req = req.header("idempotency-key", parcours_core::id::random_id());
    }
    let response = router(state.clone())
        .oneshot(req.body(Body::from(body.unwrap_or_default())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

struct Setup {
    _dir: tempfile::TempDir,
    state: AppState,
    phone: DeviceKey,
}

async fn enrolled() -> Setup {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let state = AppState::new(
        Storage::connect(&url).await.unwrap(),
        ServerKey(DeviceKey::from_seed(&[0x5e; 32])),
        ORIGIN.into(),
    );
    state
        .storage
        .create_person("nadia", "claire", 0)
        .await
        .unwrap();
    state
        .storage
        .create_invitation(&invitation_hash("CODE"), "nadia", i64::MAX)
        .await
        .unwrap();
    let phone = DeviceKey::from_seed(&[7u8; 32]);
    let body = format!(
        r#"{{"invitation_code":"CODE","device_key":"{}"}}"#,
        hex(&phone.public_key())
    );
    assert_eq!(
        call(&state, "POST", "/v1/enroll", None, Some(body)).await.0,
        StatusCode::OK
    );
    Setup {
        _dir: dir,
        state,
        phone,
    }
}

async fn challenge(s: &AppState, key: &DeviceKey) -> (StatusCode, Option<Challenge>) {
    let (status, json) = call(
        s,
        "POST",
        "/v1/auth/challenge",
        None,
        Some(format!(r#"{{"device_key":"{}"}}"#, hex(&key.public_key()))),
    )
    .await;
    (status, serde_json::from_value(json).ok())
}

async fn answer(
    s: &AppState,
    key: &DeviceKey,
    c: &Challenge,
    signature: &[u8],
) -> (StatusCode, Option<Token>) {
    let body = format!(
        r#"{{"device_key":"{}","nonce":"{}","signature":"{}"}}"#,
        hex(&key.public_key()),
        c.nonce,
        hex(signature)
    );
    let (status, json) = call(s, "POST", "/v1/auth/token", None, Some(body)).await;
    (status, serde_json::from_value(json).ok())
}

async fn login(s: &AppState, key: &DeviceKey) -> String {
    let c = challenge(s, key).await.1.unwrap();
    let nonce: [u8; 32] = parcours_core::crypto::unhex(&c.nonce)
        .unwrap()
        .try_into()
        .unwrap();
    let sig = parcours_core::auth::sign_challenge(key, &c.origin, &nonce, c.expires_at);
    answer(s, key, &c, &sig).await.1.unwrap().token
}

fn grant(device: &DeviceKey, seq: u64) -> parcours_core::mandate::statement::SignedStatement {
    let now = Utc::now();
    let m = Mandate::new(
        MandateId::random(),
        ContactId::parse("caf").unwrap(),
        MandateKind::Coordination,
        now,
        now + Duration::days(30),
    )
    .unwrap();
    sign_grant(device, seq, now, &m, None)
}

#[tokio::test]
async fn a_signed_challenge_gives_a_token_once() {
    let s = enrolled().await;
    let c = challenge(&s.state, &s.phone).await.1.unwrap();
    assert_eq!(c.origin, ORIGIN);
    let nonce: [u8; 32] = parcours_core::crypto::unhex(&c.nonce)
        .unwrap()
        .try_into()
        .unwrap();
    // Signed for another server: refused, and the challenge is used up.
    let wrong =
        parcours_core::auth::sign_challenge(&s.phone, "https://evil.test", &nonce, c.expires_at);
    assert_eq!(
        answer(&s.state, &s.phone, &c, &wrong).await.0,
        StatusCode::FORBIDDEN
    );
    let right = parcours_core::auth::sign_challenge(&s.phone, ORIGIN, &nonce, c.expires_at);
    assert_eq!(
        answer(&s.state, &s.phone, &c, &right).await.0,
        StatusCode::FORBIDDEN,
        "a challenge is answered once"
    );
    // A fresh challenge, rightly signed.
    let token = login(&s.state, &s.phone).await;
    let (status, json) = call(&s.state, "GET", "/v1/mandates", Some(&token), None).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    // An unknown device gets no challenge.
    assert_eq!(
        challenge(&s.state, &DeviceKey::from_seed(&[9u8; 32]))
            .await
            .0,
        StatusCode::FORBIDDEN
    );
    // No token, or a made-up one.
    assert_eq!(
        call(&s.state, "GET", "/v1/mandates", None, None).await.0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        call(
            &s.state,
            "GET",
            "/v1/mandates",
            Some(&"ab".repeat(32)),
            None
        )
        .await
        .0,
        StatusCode::UNAUTHORIZED
    );
}

/// Registers a statement with the caller's token.
async fn send(
    s: &AppState,
    token: &str,
    st: &parcours_core::mandate::statement::SignedStatement,
) -> (StatusCode, serde_json::Value) {
    call(
        s,
        "POST",
        "/v1/mandates",
        Some(token),
        Some(serde_json::to_string(st).unwrap()),
    )
    .await
}

#[tokio::test]
async fn statements_are_checked_by_the_verifier() {
    let s = enrolled().await;
    let token = login(&s.state, &s.phone).await;
    let g1 = grant(&s.phone, 1);
    assert_eq!(send(&s.state, &token, &g1).await.0, StatusCode::CREATED);
    // Sent again under another key (a retry after a lost answer): harmless,
    // nothing added (checked below).
    assert_eq!(send(&s.state, &token, &g1).await.0, StatusCode::CREATED);
    // Another statement with a used number: refused with the reason.
    let (status, json) = send(&s.state, &token, &grant(&s.phone, 1)).await;
    assert_eq!(status, StatusCode::CONFLICT, "{json}");
    assert_eq!(json["error"], "statement_refused");
    // Signed by someone else's key.
    let (status, _) = send(
        &s.state,
        &token,
        &grant(&DeviceKey::from_seed(&[3u8; 32]), 2),
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    // A revocation of the first grant.
    let r = sign_revocation(&s.phone, 2, Utc::now(), &g1);
    assert_eq!(send(&s.state, &token, &r).await.0, StatusCode::CREATED);
    let (_, json) = call(&s.state, "GET", "/v1/mandates", Some(&token), None).await;
    let m: Mandates = serde_json::from_value(json).unwrap();
    assert_eq!(m.statements, [g1, r]);
    assert_eq!(m.key_chain.certificates.len(), 1);
    // Garbage in: a 4xx, never a 5xx.
    for bad in [
        "not json",
        r#"{"bytes":"zz","signature":"00"}"#,
        r#"{"bytes":"00","signature":"00"}"#,
    ] {
        let (status, _) = call(
            &s.state,
            "POST",
            "/v1/mandates",
            Some(&token),
            Some(bad.into()),
        )
        .await;
        assert!(status.is_client_error(), "{bad}: {status}");
    }
}

#[tokio::test]
async fn a_revoked_phone_is_refused_at_once() {
    let s = enrolled().await;
    let token = login(&s.state, &s.phone).await;
    assert_eq!(
        call(&s.state, "GET", "/v1/mandates", Some(&token), None)
            .await
            .0,
        StatusCode::OK
    );
    let revocation = s
        .state
        .server_key
        .revoke(s.phone.public_key(), 0, Utc::now());
    assert!(
        s.state
            .storage
            .revoke_device(
                &s.phone.public_key(),
                &serde_json::to_string(&revocation).unwrap()
            )
            .await
            .unwrap()
    );
    assert_eq!(
        call(&s.state, "GET", "/v1/mandates", Some(&token), None)
            .await
            .0,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(challenge(&s.state, &s.phone).await.0, StatusCode::FORBIDDEN);
}
