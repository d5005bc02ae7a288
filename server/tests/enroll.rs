//! Enrollment over HTTP: an invitation code (used once) and a device key
//! give a certificate countersigned by the server, which the mandate
//! verifier then trusts; bad input gets a 4xx with a JSON reason.

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use parcours_core::device_key::DeviceKey;
use parcours_core::mandate::chain::{KeyChain, ServerKey};
use parcours_core::sync::wire::EnrollResponse;
use parcours_server::api::{AppState, invitation_hash, router};
use parcours_server::storage::{StatementRow, Storage};
use tower::ServiceExt;

async fn state(dir: &tempfile::TempDir) -> AppState {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    AppState::new(
        Storage::connect(&url).await.unwrap(),
        ServerKey(DeviceKey::from_seed(&[0x5e; 32])),
        "https://parcours.test".into(),
    )
}

async fn post(state: &AppState, body: &str) -> (StatusCode, serde_json::Value) {
    let request = Request::post("/v1/enroll")
        .header("content-type", "application/json")
        .body(Body::from(body.to_owned()))
        .unwrap();
    let response = router(state.clone()).oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn an_invitation_enrolls_one_device_once() {
    let dir = tempfile::tempdir().unwrap();
    let s = state(&dir).await;
    s.storage.create_person("nadia", "claire", 0).await.unwrap();
    s.storage
        .create_invitation(&invitation_hash("ABCD-EFGH-JKMN"), "nadia", i64::MAX)
        .await
        .unwrap();
    let phone = DeviceKey::from_seed(&[7u8; 32]);
    let body = format!(
        r#"{{"invitation_code":"abcd efgh jkmn","device_key":"{}"}}"#,
        parcours_core::crypto::hex(&phone.public_key())
    );
    let (status, json) = post(&s, &body).await;
    assert_eq!(status, StatusCode::OK, "{json}");
    let enrolled: EnrollResponse = serde_json::from_value(json).unwrap();
    assert_eq!(enrolled.person_id, "nadia");
    assert_eq!(enrolled.certificate.first_seq, 1);
    let chain = KeyChain {
        server_key: s.server_key.public_key(),
        certificates: vec![enrolled.certificate],
        revocations: vec![],
    };
    assert!(chain.certificate_checks(&chain.certificates[0]));

    // The same code again: refused.
    let (status, json) = post(&s, &body).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert_eq!(json["error"], "invitation_refused");
}

#[tokio::test]
async fn a_new_phone_continues_the_sequence() {
    let dir = tempfile::tempdir().unwrap();
    let s = state(&dir).await;
    s.storage.create_person("nadia", "claire", 0).await.unwrap();
    for seq in 1..=4 {
        s.storage
            .append_statement(
                "nadia",
                &StatementRow {
                    seq,
                    hash: vec![seq as u8; 32],
                    bytes: vec![1],
                    signature: vec![2],
                },
                0,
            )
            .await
            .unwrap();
    }
    s.storage
        .create_invitation(&invitation_hash("NEW-PHONE"), "nadia", i64::MAX)
        .await
        .unwrap();
    let key = parcours_core::crypto::hex(&DeviceKey::from_seed(&[8u8; 32]).public_key());
    let (status, json) = post(
        &s,
        &format!(r#"{{"invitation_code":"new-phone","device_key":"{key}"}}"#),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{json}");
    assert_eq!(json["certificate"]["first_seq"], 5);
}

#[tokio::test]
async fn bad_input_gets_a_clear_4xx() {
    let dir = tempfile::tempdir().unwrap();
    let s = state(&dir).await;
    for (body, status, code) in [
        ("not json", StatusCode::BAD_REQUEST, "bad_request"),
        (
            r#"{"invitation_code":"x"}"#,
            StatusCode::BAD_REQUEST,
            "bad_request",
        ),
        (
            r#"{"invitation_code":"x","device_key":"zz"}"#,
            StatusCode::BAD_REQUEST,
            "bad_device_key",
        ),
        (
            r#"{"invitation_code":"x","device_key":"00"}"#,
            StatusCode::BAD_REQUEST,
            "bad_device_key",
        ),
        (
            r#"{"invitation_code":"nope","device_key":"0000000000000000000000000000000000000000000000000000000000000000"}"#,
            StatusCode::FORBIDDEN,
            "invitation_refused",
        ),
    ] {
        let (got, json) = post(&s, body).await;
        assert_eq!(got, status, "{body}: {json}");
        assert_eq!(json["error"], code, "{body}");
        assert!(json["message"].as_str().is_some_and(|m| !m.is_empty()));
    }
    // An oversized body is refused before it is read whole.
    let huge = format!(
        r#"{{"invitation_code":"{}","device_key":"00"}}"#,
        "A".repeat(100_000)
    );
    let (got, _) = post(&s, &huge).await;
    assert_eq!(got, StatusCode::PAYLOAD_TOO_LARGE);
}
