//! The person's and the professional's APIs over HTTP, on the demo plus a
//! second person with another referent: every write and its refusals,
//! idempotency, the mandate's scope for a partner, and that no request
//! reaches another person's data (two persons, two professionals).

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use chrono::Utc;
use parcours_core::crypto::hex;
use parcours_core::device_key::DeviceKey;
use parcours_core::id::{ContactId, MandateId, PersonId};
use parcours_core::mandate::statement::sign_grant;
use parcours_core::mandate::{Mandate, MandateKind};
use parcours_core::message::{Delivery, Participant};
use parcours_core::plan::LifeDomain;
use parcours_core::step::{Actor, StepStatus};
use parcours_core::sync::wire::{Challenge, Pull, Record, Token, Written};
use parcours_server::api::{AppState, router};
use parcours_server::storage::{DeviceRow, ProRow, StatementRow, Storage};
use serde_json::{Value, json};
use tower::ServiceExt;

struct Answer {
    status: StatusCode,
    json: Value,
    raw: String,
}

async fn req(
    s: &AppState,
    method: &str,
    uri: &str,
    token: Option<&str>,
    body: Option<String>,
    key: Option<&str>,
) -> Answer {
    let mut r = Request::builder()
        .method(method)
        .uri(uri)
        .header("content-type", "application/json");
    if let Some(t) = token {
        r = r.header("authorization", format!("Bearer {t}"));
    }
    if let Some(k) = key {
        r = r.header("idempotency-key", k);
    }
    let response = router(s.clone())
        .oneshot(r.body(Body::from(body.unwrap_or_default())).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 1 << 22).await.unwrap();
    let raw = String::from_utf8_lossy(&bytes).into_owned();
    Answer {
        status,
        json: serde_json::from_str(&raw).unwrap_or(Value::Null),
        raw,
    }
}

/// A write with a fresh idempotency key.
async fn write(s: &AppState, uri: &str, token: &str, body: Value) -> Answer {
    req(
        s,
        "POST",
        uri,
        Some(token),
        Some(body.to_string()),
        Some(&parcours_core::id::random_id()),
    )
    .await
}

async fn person_token(s: &AppState, key: &DeviceKey) -> String {
    let body = json!({"device_key": hex(&key.public_key())}).to_string();
    let c: Challenge = serde_json::from_value(
        req(s, "POST", "/v1/auth/challenge", None, Some(body), None)
            .await
            .json,
    )
    .unwrap();
    let nonce: [u8; 32] = parcours_core::crypto::unhex(&c.nonce)
        .unwrap()
        .try_into()
        .unwrap();
    let sig = parcours_core::auth::sign_challenge(key, &c.origin, &nonce, c.expires_at);
    let body =
        json!({"device_key": hex(&key.public_key()), "nonce": c.nonce, "signature": hex(&sig)})
            .to_string();
    let t: Token = serde_json::from_value(
        req(s, "POST", "/v1/auth/token", None, Some(body), None)
            .await
            .json,
    )
    .unwrap();
    t.token
}

async fn pro_token(s: &AppState, login: &str, password: &str) -> String {
    let a = req(
        s,
        "POST",
        "/v1/pro/login",
        None,
        Some(json!({"login": login, "password": password}).to_string()),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.raw);
    serde_json::from_value::<Token>(a.json).unwrap().token
}

fn records(a: &Answer) -> Vec<Record> {
    if let Ok(p) = serde_json::from_str::<Pull>(&a.raw) {
        return p.changes.into_iter().map(|c| c.record).collect();
    }
    serde_json::from_str::<Written>(&a.raw)
        .unwrap_or_else(|_| panic!("{}", a.raw))
        .changes
        .into_iter()
        .map(|c| c.record)
        .collect()
}

struct World {
    _dir: tempfile::TempDir,
    s: AppState,
    nadia: String,
    omar: String,
    referent: String,
    martin: String,
}

async fn world() -> World {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let storage = Storage::connect(&url).await.unwrap();
    let now = Utc::now();
    parcours_server::demo::load(&storage, now).await.unwrap();
    // A second person, Omar, followed by Mme Martin (another professional).
    storage.create_person("omar", "martin", 0).await.unwrap();
    let omar_key = DeviceKey::from_seed(&[0x0a; 32]);
    let server_key = parcours_core::demo::demo_server_key();
    let cert = server_key.certify(
        &PersonId::parse("omar").unwrap(),
        omar_key.public_key(),
        1,
        now - chrono::Duration::hours(1),
    );
    storage
        .register_device(
            &DeviceRow {
                device_key: omar_key.public_key().to_vec(),
                person_id: "omar".into(),
                first_seq: 1,
                certificate: serde_json::to_string(&cert).unwrap(),
                revocation: None,
            },
            0,
        )
        .await
        .unwrap();
    let m = Mandate::with_default_end(
        MandateId::random(),
        ContactId::parse("martin").unwrap(),
        MandateKind::Coordination,
        now - chrono::Duration::minutes(5),
    )
    .unwrap();
    let g = sign_grant(&omar_key, 1, now - chrono::Duration::minutes(5), &m, None);
    storage
        .append_statement(
            "omar",
            &StatementRow {
                seq: 1,
                hash: g.hash().to_vec(),
                bytes: g.bytes.clone(),
                signature: g.signature.clone(),
            },
            0,
        )
        .await
        .unwrap();
    let mut martin_contact = parcours_core::demo::dossier(now)
        .referent()
        .unwrap()
        .clone();
    martin_contact.id = ContactId::parse("martin").unwrap();
    let mut tx = storage.begin_person("omar").await.unwrap().unwrap();
    let r = Record::Contact(martin_contact);
    let (k, id) = r.key();
    tx.put(k, &id, &serde_json::to_string(&r).unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    storage
        .create_pro(
            &ProRow {
                id: "martin".into(),
                login: "martin".into(),
                display_name: "Mme Martin".into(),
                password_hash: parcours_server::pro_api::hash_password("martin-password"),
                share_key: None,
            },
            0,
        )
        .await
        .unwrap();
    let s = AppState::new(storage, server_key, "https://parcours.test".into());
    let nadia = person_token(&s, &parcours_core::demo::demo_device_key()).await;
    let omar = person_token(&s, &omar_key).await;
    let referent = pro_token(&s, "referent", "demo-referent").await;
    let martin = pro_token(&s, "martin", "martin-password").await;
    World {
        _dir: dir,
        s,
        nadia,
        omar,
        referent,
        martin,
    }
}

#[tokio::test]
async fn the_persons_writes_and_their_refusals() {
    let w = world().await;
    let s = &w.s;
    let msg = json!({"id": "m-new", "to": "referent", "text": "Je serai en retard.", "written_at": Utc::now()});
    // Every write needs an idempotency key; a repeated key gives the first answer.
    let a = req(
        s,
        "POST",
        "/v1/messages",
        Some(&w.nadia),
        Some(msg.to_string()),
        None,
    )
    .await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (StatusCode::BAD_REQUEST, Some("idempotency_key_missing"))
    );
    let first = req(
        s,
        "POST",
        "/v1/messages",
        Some(&w.nadia),
        Some(msg.to_string()),
        Some("k-1"),
    )
    .await;
    assert_eq!(first.status, StatusCode::CREATED, "{}", first.raw);
    let again = req(
        s,
        "POST",
        "/v1/messages",
        Some(&w.nadia),
        Some(msg.to_string()),
        Some("k-1"),
    )
    .await;
    assert_eq!(
        (again.status, &again.raw),
        (StatusCode::CREATED, &first.raw)
    );
    let Record::Message(m) = &records(&first)[0] else {
        panic!()
    };
    assert_eq!(m.delivery(), &Delivery::Sent);
    // Bad input: a 4xx that says what is wrong.
    for (body, code) in [
        ("not json".to_owned(), StatusCode::BAD_REQUEST),
        (
            json!({"id": "m2", "to": "nobody", "text": "x", "written_at": Utc::now()}).to_string(),
            StatusCode::NOT_FOUND,
        ),
        (
            json!({"id": "m3", "to": "referent", "text": "   ", "written_at": Utc::now()})
                .to_string(),
            StatusCode::UNPROCESSABLE_ENTITY,
        ),
        (
            format!("{{\"text\": \"{}\"}}", "x".repeat(20_000)),
            StatusCode::PAYLOAD_TOO_LARGE,
        ),
    ] {
        let a = req(
            s,
            "POST",
            "/v1/messages",
            Some(&w.nadia),
            Some(body),
            Some(&parcours_core::id::random_id()),
        )
        .await;
        assert_eq!(a.status, code, "{}", a.raw);
        assert!(
            a.json["error"].is_string() && a.json["message"].is_string(),
            "{}",
            a.raw
        );
    }

    // What the demo holds.
    let pull = req(s, "GET", "/v1/dossier?since=0", Some(&w.nadia), None, None).await;
    let all = records(&pull);
    let incoming = all
        .iter()
        .find_map(|r| match r {
            Record::Message(m) if m.is_unread() => Some(m.clone()),
            _ => None,
        })
        .unwrap();
    let mine_open = all
        .iter()
        .find_map(|r| match r {
            Record::Step(s) if s.actor == Actor::Me && s.status().is_open() => Some(s.clone()),
            _ => None,
        })
        .unwrap();
    let theirs = all
        .iter()
        .find_map(|r| match r {
            Record::Step(s) if s.actor != Actor::Me => Some(s.clone()),
            _ => None,
        })
        .unwrap();
    let compulsory = all
        .iter()
        .find_map(|r| match r {
            Record::Appointment(a) if a.compulsory && a.status().is_active() => Some(a.clone()),
            _ => None,
        })
        .unwrap();
    let objective = all
        .iter()
        .find_map(|r| match r {
            Record::Objective(o) => Some(o.clone()),
            _ => None,
        })
        .unwrap();

    // Mark read: a received message only.
    let a = write(
        s,
        &format!("/v1/messages/{}/read", incoming.id),
        &w.nadia,
        json!({}),
    )
    .await;
    let Record::Message(read) = &records(&a)[0] else {
        panic!()
    };
    assert_eq!(read.delivery(), &Delivery::Read);
    let a = write(s, "/v1/messages/m-new/read", &w.nadia, json!({})).await;
    assert_eq!(a.status, StatusCode::CONFLICT, "{}", a.raw);
    // Steps: mine, not the referent's.
    let a = write(
        s,
        &format!("/v1/steps/{}/status", mine_open.id),
        &w.nadia,
        json!({"to": "done", "at": Utc::now()}),
    )
    .await;
    let Record::Step(done) = &records(&a)[0] else {
        panic!("{}", a.raw)
    };
    assert_eq!(done.status(), StepStatus::Done);
    let a = write(
        s,
        &format!("/v1/steps/{}/status", theirs.id),
        &w.nadia,
        json!({"to": "done", "at": Utc::now()}),
    )
    .await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("not_your_step"))
    );
    // A compulsory appointment is cancelled only with the consequences understood.
    let uri = format!("/v1/appointments/{}/answer", compulsory.id);
    let a = write(s, &uri, &w.nadia, json!({"answer": "cancel"})).await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("confirmation_needed")
        )
    );
    let a = write(
        s,
        &uri,
        &w.nadia,
        json!({"answer": "cancel", "understood_consequences": true}),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.raw);
    let a = write(s, &uri, &w.nadia, json!({"answer": "confirm"})).await;
    assert_eq!(
        a.status,
        StatusCode::CONFLICT,
        "a cancelled appointment cannot be confirmed: {}",
        a.raw
    );
    // A proposal, then the referent takes it into the plan, keeping it the person's.
    let a = write(s, "/v1/steps", &w.nadia, json!({"id": "s-prop", "objective": objective.id, "what": "Demander la cantine à tarif réduit", "due": null, "at": Utc::now()})).await;
    let Record::Step(p) = &records(&a)[0] else {
        panic!("{}", a.raw)
    };
    assert_eq!(p.status(), StepStatus::ProposedByMe);
    let a = write(s, "/v1/pro/persons/nadia/steps", &w.referent, json!({"id": "s-prop", "objective": objective.id, "what": "Demander la cantine à tarif réduit (mairie)", "actor": {"who": "me"}, "due": null})).await;
    let Record::Step(taken) = &records(&a)[0] else {
        panic!("{}", a.raw)
    };
    assert_eq!(
        (taken.status(), taken.what()),
        (
            StepStatus::ToDo,
            "Demander la cantine à tarif réduit (mairie)"
        )
    );
    // Only what changed comes with the cursor; the referent's write is in the access log.
    let cursor: Pull = serde_json::from_str(&pull.raw).unwrap();
    let later = req(
        s,
        "GET",
        &format!("/v1/dossier?since={}", cursor.cursor),
        Some(&w.nadia),
        None,
        None,
    )
    .await;
    let changed = records(&later);
    assert!(
        changed.len() < all.len() / 2,
        "{} of {}",
        changed.len(),
        all.len()
    );
    assert!(
        changed
            .iter()
            .any(|r| matches!(r, Record::Access(a) if a.by.as_str() == "referent"))
    );
    assert_eq!(
        req(
            s,
            "GET",
            "/v1/dossier?since=abc",
            Some(&w.nadia),
            None,
            None
        )
        .await
        .status,
        StatusCode::BAD_REQUEST
    );
}

#[tokio::test]
async fn no_request_reaches_another_persons_data() {
    let w = world().await;
    let s = &w.s;
    // Each professional sees only the person who gave them a mandate.
    let a = req(s, "GET", "/v1/pro/persons", Some(&w.referent), None, None).await;
    let ids: Vec<&str> = a
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["person_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["nadia"]);
    let a = req(s, "GET", "/v1/pro/persons", Some(&w.martin), None, None).await;
    let ids: Vec<&str> = a
        .json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["person_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["omar"]);
    for (token, person) in [(&w.referent, "omar"), (&w.martin, "nadia")] {
        let a = req(
            s,
            "GET",
            &format!("/v1/pro/persons/{person}/dossier"),
            Some(token),
            None,
            None,
        )
        .await;
        assert_eq!(
            (a.status, a.json["error"].as_str()),
            (StatusCode::FORBIDDEN, Some("no_mandate")),
            "{}",
            a.raw
        );
        let a = write(
            s,
            &format!("/v1/pro/persons/{person}/messages"),
            token,
            json!({"id": "x1", "text": "Bonjour"}),
        )
        .await;
        assert_eq!(a.status, StatusCode::FORBIDDEN);
    }
    // A person's token reaches only their own dossier: Nadia's ids mean nothing for Omar.
    let nadia_all = records(&req(s, "GET", "/v1/dossier", Some(&w.nadia), None, None).await);
    let omar_all = records(&req(s, "GET", "/v1/dossier", Some(&w.omar), None, None).await);
    assert!(
        omar_all
            .iter()
            .all(|r| !matches!(r, Record::Message(_) | Record::Step(_)))
    );
    let nadia_msg = nadia_all
        .iter()
        .find_map(|r| match r {
            Record::Message(m) if m.to == Participant::Me => Some(m.id.clone()),
            _ => None,
        })
        .unwrap();
    let a = write(
        s,
        &format!("/v1/messages/{nadia_msg}/read"),
        &w.omar,
        json!({}),
    )
    .await;
    assert_eq!(a.status, StatusCode::NOT_FOUND, "{}", a.raw);
    let a = write(
        s,
        "/v1/messages",
        &w.omar,
        json!({"id": "m-o", "to": "referent", "text": "x", "written_at": Utc::now()}),
    )
    .await;
    assert_eq!(
        a.status,
        StatusCode::NOT_FOUND,
        "Omar has no contact 'referent': {}",
        a.raw
    );
    // The same idempotency key from two persons: two different writes.
    let a = req(
        s,
        "POST",
        "/v1/messages",
        Some(&w.nadia),
        Some(
            json!({"id": "m-k", "to": "referent", "text": "Nadia", "written_at": Utc::now()})
                .to_string(),
        ),
        Some("same-key"),
    )
    .await;
    let b = req(
        s,
        "POST",
        "/v1/messages",
        Some(&w.omar),
        Some(
            json!({"id": "m-k", "to": "martin", "text": "Omar", "written_at": Utc::now()})
                .to_string(),
        ),
        Some("same-key"),
    )
    .await;
    assert_eq!(
        (a.status, b.status),
        (StatusCode::CREATED, StatusCode::CREATED)
    );
    assert_ne!(a.raw, b.raw);
    // A professional's token is not a person's, and the other way round.
    assert_eq!(
        req(s, "GET", "/v1/dossier", Some(&w.referent), None, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        req(s, "GET", "/v1/pro/persons", Some(&w.nadia), None, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_partner_sees_only_what_their_mandate_covers() {
    let w = world().await;
    let s = &w.s;
    // The CAF may exchange about money and housing: those objectives and their steps, nothing else.
    let caf = pro_token(s, "caf", "demo-caf").await;
    let a = req(
        s,
        "GET",
        "/v1/pro/persons/nadia/dossier",
        Some(&caf),
        None,
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::OK, "{}", a.raw);
    let seen = records(&a);
    let mut objectives = std::collections::HashSet::new();
    for r in &seen {
        match r {
            Record::Objective(o) => {
                assert!(
                    [LifeDomain::Money, LifeDomain::Housing].contains(&o.domain),
                    "{:?}",
                    o.domain
                );
                objectives.insert(o.id.clone());
            }
            Record::Step(st) => assert!(
                objectives.contains(&st.objective)
                    || seen
                        .iter()
                        .any(|x| matches!(x, Record::Objective(o) if o.id == st.objective))
            ),
            Record::Person(_) => {}
            other => panic!("a partner must not see {other:?}"),
        }
    }
    assert!(!objectives.is_empty());
    let a = write(
        s,
        "/v1/pro/persons/nadia/messages",
        &caf,
        json!({"id": "c1", "text": "Bonjour"}),
    )
    .await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("mandate_scope"))
    );
    // The CHRS may see one document (through a share): not the dossier.
    let chrs = pro_token(s, "chrs", "demo-chrs").await;
    let a = req(
        s,
        "GET",
        "/v1/pro/persons/nadia/dossier",
        Some(&chrs),
        None,
        None,
    )
    .await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (StatusCode::FORBIDDEN, Some("mandate_scope"))
    );
    // A wrong password and an unknown login look the same.
    let a = req(
        s,
        "POST",
        "/v1/pro/login",
        None,
        Some(json!({"login": "caf", "password": "nope"}).to_string()),
        None,
    )
    .await;
    let b = req(
        s,
        "POST",
        "/v1/pro/login",
        None,
        Some(json!({"login": "nobody", "password": "nope"}).to_string()),
        None,
    )
    .await;
    assert_eq!((a.status, &a.raw), (StatusCode::UNAUTHORIZED, &b.raw));
}

#[tokio::test]
async fn the_referent_revokes_a_lost_phone_and_a_database_that_is_down_gives_503() {
    let w = world().await;
    let s = &w.s;
    let demo_key = hex(&parcours_core::demo::demo_device_key().public_key());
    let a = req(
        s,
        "POST",
        "/v1/pro/persons/nadia/devices/revoke",
        Some(&w.referent),
        Some(json!({"device_key": demo_key}).to_string()),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.raw);
    assert_eq!(
        req(s, "GET", "/v1/dossier", Some(&w.nadia), None, None)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    // Martin cannot revoke Nadia's phones.
    let a = req(
        s,
        "POST",
        "/v1/pro/persons/nadia/devices/revoke",
        Some(&w.martin),
        Some(json!({"device_key": demo_key}).to_string()),
        None,
    )
    .await;
    assert_eq!(a.status, StatusCode::FORBIDDEN);
    // The database stops answering: 503 with a JSON body, never a crash.
    s.storage.close().await;
    for (method, uri, token) in [
        ("GET", "/health", None),
        ("GET", "/v1/dossier", Some(&w.omar)),
        ("GET", "/v1/pro/persons", Some(&w.martin)),
    ] {
        let a = req(s, method, uri, token.map(String::as_str), None, None).await;
        assert_eq!(
            a.status,
            StatusCode::SERVICE_UNAVAILABLE,
            "{uri}: {}",
            a.raw
        );
        assert_eq!(a.json["error"], "unavailable");
    }
}

#[tokio::test]
async fn a_message_names_a_paper_only_once_it_is_shared_with_its_recipient() {
    let w = world().await;
    let s = &w.s;
    let with_paper = |id: &str, papers: Vec<&str>| {
        json!({"id": id, "to": "referent", "text": "Voici la quittance.",
               "written_at": Utc::now(), "attachments": papers})
    };
    // Not shared yet: the referent could not read it, so it is refused.
    let a = write(
        s,
        "/v1/messages",
        &w.nadia,
        with_paper("m-paper", vec!["d-quittance"]),
    )
    .await;
    assert_eq!(
        (a.status, a.json["error"].as_str()),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            Some("attachment_not_shared")
        ),
        "{}",
        a.raw
    );
    // The referent publishes a key; the person shares the paper with her.
    let key = [7u8; 32];
    let a = req(
        s,
        "PUT",
        "/v1/pro/key",
        Some(&w.referent),
        Some(json!({"public_key": hex(&key)}).to_string()),
        None,
    )
    .await;
    assert!(a.status.is_success(), "{}", a.raw);
    let offer = json!({
        "id": "sh-quittance", "recipient": "referent", "document": "d-quittance",
        "expires_at": Utc::now() + chrono::Duration::days(30),
        "recipient_key": hex(&key), "enc": hex(&[1u8; 32]), "sealed": hex(&[2u8; 48]),
    });
    let a = write(s, "/v1/shares", &w.nadia, offer).await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.raw);
    // Shared with someone else does not count: Omar's referent is not Nadia's.
    let a = write(
        s,
        "/v1/messages",
        &w.omar,
        json!({"id": "m-omar", "to": "martin", "text": "x", "written_at": Utc::now(),
               "attachments": ["d-quittance"]}),
    )
    .await;
    assert_eq!(a.json["error"].as_str(), Some("attachment_not_shared"));
    // Now the message is taken, with its paper.
    let a = write(
        s,
        "/v1/messages",
        &w.nadia,
        with_paper("m-paper", vec!["d-quittance"]),
    )
    .await;
    assert_eq!(a.status, StatusCode::CREATED, "{}", a.raw);
    let Record::Message(m) = &records(&a)[0] else {
        panic!("{}", a.raw)
    };
    assert_eq!(m.attachments.len(), 1);
    assert_eq!(m.attachments[0].as_str(), "d-quittance");
    // The referent's dossier has the message with its paper, and the share.
    let a = req(
        s,
        "GET",
        "/v1/pro/persons/nadia/dossier",
        Some(&w.referent),
        None,
        None,
    )
    .await;
    let all = records(&a);
    assert!(all.iter().any(|r| matches!(r, Record::Message(m)
        if m.id.as_str() == "m-paper" && m.attachments.iter().any(|d| d.as_str() == "d-quittance"))));
    assert!(all.iter().any(|r| matches!(r, Record::Share(sh)
        if sh.id == "sh-quittance" && sh.document.as_str() == "d-quittance")));
    // At most five papers a message.
    let six = vec!["d-quittance"; 6];
    let a = write(s, "/v1/messages", &w.nadia, with_paper("m-six", six)).await;
    assert_eq!(
        a.json["error"].as_str(),
        Some("too_many_attachments"),
        "{}",
        a.raw
    );
}
