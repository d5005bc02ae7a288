//! The app talks to the server: the demo server started as the preview
//! starts it (feature `demo-server`), the app's data in a real safe, the
//! sync as the preview runs it. A message written in the app reaches the
//! server; the referent's reply (posted with the professional's API)
//! shows in the app after a sync; the first sync duplicates nothing; a
//! server that cannot be reached changes nothing but the waiting.
#![cfg(feature = "demo-server")]

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use parcours_core::demo::{self, demo_device_key};
use parcours_core::id::MessageId;
use parcours_core::keystore::Keystore;
use parcours_core::message::{Delivery, Participant};
use parcours_core::safe::Safe;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::sync::client::{call, http_client};
use parcours_core::sync::wire::{AccessKind, Token};
use parcours_mobile::demo_server::DemoServer;
use parcours_mobile::sync::{Background, Syncer};
use parcours_mobile::{Action, AppData};
use reqwest::Method;

/// The demo server on a runtime of its own (as the preview's runtime runs it).
struct Server {
    runtime: tokio::runtime::Runtime,
    server: DemoServer,
}

impl Server {
    fn start(dir: &Path, now: DateTime<Utc>) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime
            .block_on(DemoServer::start(dir, now, 0))
            .expect("the demo server starts");
        Server { runtime, server }
    }

    fn url(&self) -> String {
        self.server.url()
    }

    /// The referent logs in with the professional's API; returns the token.
    fn referent_token(&self) -> String {
        let body = serde_json::json!({"login": "referent", "password": "demo-referent"});
        let answer = self
            .runtime
            .block_on(call(
                &http_client(),
                &self.url(),
                Method::POST,
                "/v1/pro/login",
                Some(body),
                None,
                None,
            ))
            .expect("the demo referent logs in");
        serde_json::from_str::<Token>(&answer).unwrap().token
    }

    /// The referent's view of Nadia's dossier, as JSON text.
    fn dossier_as_referent(&self, token: &str) -> String {
        self.runtime
            .block_on(call(
                &http_client(),
                &self.url(),
                Method::GET,
                "/v1/pro/persons/nadia/dossier",
                None,
                None,
                Some(token),
            ))
            .unwrap()
    }

    /// The referent replies to Nadia.
    fn reply(&self, token: &str, id: &str, text: &str) {
        let body = serde_json::json!({"id": id, "text": text});
        self.runtime
            .block_on(call(
                &http_client(),
                &self.url(),
                Method::POST,
                "/v1/pro/persons/nadia/messages",
                Some(body),
                Some(&format!("reply-{id}")),
                Some(token),
            ))
            .expect("the reply is taken");
    }
}

/// The app's data: a new safe holding the demo dossier made at `now`, as
/// the preview makes it.
fn app_data(dir: &Path, profile: &str, now: DateTime<Utc>) -> AppData {
    let (mut safe, _code) = Safe::init(dir, Keystore::mock(profile), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    AppData::from_safe(safe, demo_device_key())
        .unwrap()
        .unwrap()
}

fn delivery(data: &AppData, id: &MessageId) -> Delivery {
    data.dossier()
        .messages
        .iter()
        .find(|m| &m.id == id)
        .unwrap()
        .delivery()
        .clone()
}

fn message_id(data: &AppData, text: &str) -> MessageId {
    data.dossier()
        .messages
        .iter()
        .find(|m| m.text() == text)
        .unwrap_or_else(|| panic!("no message {text:?}"))
        .id
        .clone()
}

#[test]
fn a_message_reaches_the_referent_and_the_reply_comes_back() {
    let tmp = tempfile::tempdir().unwrap();
    // The server checks mandates by its own clock: the demo is made now.
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "sync-reply", now);
    let server = Server::start(tmp.path(), now);
    let mut syncer = Syncer::new(data.clone(), &server.url(), Arc::new(demo_device_key())).unwrap();

    // The first sync brings the server's copy of the same dossier: nothing
    // new, nothing twice.
    let before = data.dossier();
    let report = syncer.sync_once().unwrap();
    assert_eq!(report.offline, None, "{report:?}");
    assert!(report.received > 0, "{report:?}");
    assert_eq!(*data.dossier(), *before);
    assert!(data.sync_status().last_sync.is_some());
    assert!(data.sync_status().outbox.is_empty());

    // Nadia writes; the message leaves at the next sync.
    let text = "Je serai en retard de 10 minutes.";
    data.apply(
        &Action::SendMessage {
            text: text.into(),
            attachments: vec![],
        },
        Utc::now(),
    )
    .unwrap();
    let id = message_id(&data, text);
    assert_eq!(delivery(&data, &id), Delivery::WaitingToSend);
    assert_eq!(data.sync_status().waiting(), 1);
    let report = syncer.sync_once().unwrap();
    assert_eq!((report.sent, report.refused), (1, 0), "{report:?}");
    assert_eq!(delivery(&data, &id), Delivery::Sent);
    assert_eq!(data.sync_status().waiting(), 0);

    // The referent sees it, once.
    let token = server.referent_token();
    let seen = server.dossier_as_referent(&token);
    assert_eq!(seen.matches(text).count(), 1, "{seen}");

    // The referent replies; the reply shows in the app after a sync,
    // unread, with who wrote it; the access log says who did what.
    let reply = "Merci Nadia, à tout à l'heure.";
    server.reply(&token, "reply-1", reply);
    let report = syncer.sync_once().unwrap();
    assert!(report.received >= 1, "{report:?}");
    let d = data.dossier();
    let arrived = d
        .messages
        .iter()
        .find(|m| m.text() == reply)
        .expect("the reply arrived");
    assert!(arrived.is_unread());
    assert_eq!(arrived.from, Participant::Contact(demo::referent_id()));
    assert_eq!(
        d.messages.iter().filter(|m| m.text() == reply).count(),
        1,
        "once"
    );
    let log = &data.sync_status().access_log;
    assert!(
        log.iter()
            .any(|a| a.by == demo::referent_id() && a.what == AccessKind::ReadDossier),
        "{log:?}"
    );
    assert!(
        log.iter().any(|a| a.by == demo::referent_id()
            && matches!(&a.what, AccessKind::WroteMessage(m) if m.as_str() == "reply-1")),
        "{log:?}"
    );

    // Read on the phone, then on the server.
    data.apply(&Action::MarkRead(arrived.id.clone()), Utc::now())
        .unwrap();
    let report = syncer.sync_once().unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    assert_eq!(delivery(&data, &arrived.id), Delivery::Read);
    let seen = server.dossier_as_referent(&token);
    let on_server: serde_json::Value = serde_json::from_str(&seen).unwrap();
    let state = on_server["changes"]
        .as_array()
        .unwrap()
        .iter()
        .rev()
        .find(|c| c["type"] == "message" && c["value"]["id"] == "reply-1")
        .map(|c| c["value"]["delivery"]["state"].clone());
    assert_eq!(state, Some(serde_json::json!("read")), "{seen}");
}

#[test]
fn a_server_that_cannot_be_reached_changes_nothing_but_the_waiting() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "sync-offline", now);
    // A port nobody listens on.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let mut syncer = Syncer::new(data.clone(), &url, Arc::new(demo_device_key())).unwrap();
    data.apply(
        &Action::SendMessage {
            text: "J'ai besoin d'aide".into(),
            attachments: vec![],
        },
        now,
    )
    .unwrap();
    let before = (data.dossier(), data.sync_status());
    let report = syncer.sync_once().unwrap();
    assert!(report.offline.is_some(), "{report:?}");
    assert_eq!((report.sent, report.waiting), (0, 1));
    // Not even a retry counted: the store was not touched.
    assert_eq!(*data.dossier(), *before.0);
    assert_eq!(*data.sync_status(), *before.1);
    let id = message_id(&data, "J'ai besoin d'aide");
    assert_eq!(delivery(&data, &id), Delivery::WaitingToSend);
}

#[test]
fn in_the_background_a_change_leaves_at_once_and_the_screens_hear_of_it() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "sync-background", now);
    let server = Server::start(tmp.path(), now);
    let syncer = Syncer::new(data.clone(), &server.url(), Arc::new(demo_device_key())).unwrap();
    let mut changes = data.subscribe();
    // A long interval: only the wake after the action can send it in time.
    let background = Background::start(
        syncer,
        Duration::from_secs(600),
        parcours_core::i18n::Localizer::new(parcours_core::i18n::Lang::Fr),
    );
    let wait_for = |what: &str, done: &dyn Fn() -> bool| {
        let start = Instant::now();
        while !done() {
            assert!(start.elapsed() < Duration::from_secs(20), "{what}");
            std::thread::sleep(Duration::from_millis(50));
        }
    };
    // The first sync at start.
    wait_for("the first sync", &|| data.sync_status().last_sync.is_some());
    // Its news reached the screens (it is told just after the data is read back).
    std::thread::sleep(Duration::from_millis(200));
    let before = *changes.borrow_and_update();
    let text = "Je ne peux pas venir";
    data.apply(
        &Action::SendMessage {
            text: text.into(),
            attachments: vec![],
        },
        Utc::now(),
    )
    .unwrap();
    let id = message_id(&data, text);
    wait_for("the message sent", &|| {
        delivery(&data, &id) == Delivery::Sent
    });
    std::thread::sleep(Duration::from_millis(200));
    // Once for the action, at least once for the sync that sent it.
    assert!(
        *changes.borrow() >= before + 2,
        "the screens were told: {} after {before}",
        *changes.borrow()
    );
    drop(background);
    let token = server.referent_token();
    assert_eq!(server.dossier_as_referent(&token).matches(text).count(), 1);
}
