//! Sharing a paper with a professional from the app, against the demo
//! server as the preview starts it: the share is made, the referent opens
//! it with their private key and gets the same bytes, withdrawing removes
//! it from the server, and a changed key is refused until the person says
//! they checked it.
#![cfg(feature = "demo-server")]

use std::path::Path;
use std::sync::Arc;

use chrono::{DateTime, Duration, Utc};
use parcours_core::demo::{self, demo_device_key};
use parcours_core::document::Category;
use parcours_core::id::ContactId;
use parcours_core::keystore::Keystore;
use parcours_core::safe::Safe;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::share::pin::Pin;
use parcours_core::share::{self, ShareKeyPair};
use parcours_core::sync::client::{SyncError, call, http_client};
use parcours_core::sync::wire::{ProShare, ShareOffer, Token};
use parcours_mobile::demo_server::DemoServer;
use parcours_mobile::platform::FileBytes;
use parcours_mobile::sharing::ShareFailure;
use parcours_mobile::state::NewDocumentRequest;
use parcours_mobile::sync::Syncer;
use parcours_mobile::{Action, AppData};
use reqwest::Method;

const PDF: &[u8] = b"%PDF-1.4\n% Quittance de loyer, mars\n%%EOF\n";

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

    fn call(
        &self,
        method: Method,
        path: &str,
        body: Option<serde_json::Value>,
        token: Option<&str>,
    ) -> Result<String, SyncError> {
        self.runtime.block_on(call(
            &http_client(),
            &self.server.url(),
            method,
            path,
            body,
            None,
            token,
        ))
    }

    /// The referent logs in, as `parcours pro login` does.
    fn referent_token(&self) -> String {
        let body = serde_json::json!({"login": "referent", "password": "demo-referent"});
        let answer = self
            .call(Method::POST, "/v1/pro/login", Some(body), None)
            .expect("the demo referent logs in");
        serde_json::from_str::<Token>(&answer).unwrap().token
    }

    /// The referent publishes a new key, as `parcours pro keygen` does.
    fn new_key(&self, token: &str) -> ShareKeyPair {
        let keys = ShareKeyPair::generate();
        let body = serde_json::json!({ "public_key": parcours_core::crypto::hex(&keys.public) });
        self.call(Method::PUT, "/v1/pro/key", Some(body), Some(token))
            .expect("the key is published");
        keys
    }

    /// The referent opens a share, as `parcours pro open-share` does.
    fn open(&self, token: &str, keys: &ShareKeyPair, id: &str) -> Result<share::Opened, String> {
        let path = format!("/v1/pro/shares/{id}");
        let offer: ShareOffer = serde_json::from_str(
            &self
                .call(Method::GET, &path, None, Some(token))
                .map_err(|e| e.to_string())?,
        )
        .unwrap();
        let body = self
            .runtime
            .block_on(async {
                http_client()
                    .get(format!("{}{path}/body", self.server.url()))
                    .bearer_auth(token)
                    .send()
                    .await?
                    .error_for_status()?
                    .bytes()
                    .await
            })
            .map_err(|e| e.to_string())?;
        let enc = parcours_core::crypto::unhex(&offer.enc).unwrap();
        let sealed = parcours_core::crypto::unhex(&offer.sealed).unwrap();
        share::open(keys, &offer.id, &offer.document, &enc, &sealed, &body)
            .map_err(|e| e.to_string())
    }

    fn shares(&self, token: &str) -> Vec<ProShare> {
        serde_json::from_str(
            &self
                .call(Method::GET, "/v1/pro/shares", None, Some(token))
                .unwrap(),
        )
        .unwrap()
    }
}

fn app_data(dir: &Path, profile: &str, now: DateTime<Utc>) -> AppData {
    let (mut safe, _code) = Safe::init(dir, Keystore::mock(profile), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    AppData::from_safe(safe, demo_device_key())
        .unwrap()
        .unwrap()
}

/// Puts a one-page PDF receipt, "Quittance de mars", in the safe; its id.
fn add_receipt(data: &AppData, now: DateTime<Utc>) -> parcours_core::id::DocumentId {
    let after = data
        .apply(
            &Action::AddDocument(NewDocumentRequest {
                title: "Quittance de mars".into(),
                category: Category::RentReceipt,
                issued: None,
                expires: None,
                pages: vec![FileBytes {
                    name: "quittance.pdf".into(),
                    media_type: "application/pdf".into(),
                    bytes: Arc::from(PDF),
                }],
            }),
            now,
        )
        .unwrap();
    after
        .documents
        .iter()
        .find(|d| d.title() == "Quittance de mars")
        .unwrap()
        .id
        .clone()
}

#[test]
fn a_paper_is_shared_opened_by_the_referent_and_withdrawn() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "share-flow", now);
    let server = Server::start(tmp.path(), now);
    let referent = ContactId::parse("referent").unwrap();

    // Without a server, nothing can be shared (and it says so).
    assert!(matches!(
        data.recipient_key(&referent),
        Err(ShareFailure::NoServer)
    ));
    let mut syncer = Syncer::new(
        data.clone(),
        &server.server.url(),
        Arc::new(demo_device_key()),
    )
    .unwrap();
    syncer.sync_once().unwrap();

    let doc = add_receipt(&data, now);

    let token = server.referent_token();
    let keys = server.new_key(&token);

    // First time: the key is shown, nothing pinned yet.
    let seen = data.recipient_key(&referent).unwrap();
    assert_eq!(seen.pin, Pin::FirstUse);
    assert_eq!(seen.offered, keys.public);
    assert_eq!(
        share::fingerprint(&seen.offered).len(),
        39,
        "16 bytes, hex, in groups of four"
    );
    let until = now + Duration::days(30);
    let record = data
        .share_document(&seen, "Claire Martin", &doc, until, false, now)
        .unwrap();
    assert_eq!(data.shares().unwrap(), vec![record.clone()]);

    // The referent opens it and gets the same bytes.
    assert!(server.shares(&token).iter().any(|s| s.id == record.id));
    let opened = server.open(&token, &keys, &record.id).unwrap();
    assert_eq!(opened.title, "Quittance de mars");
    assert_eq!(
        opened.pages,
        vec![("application/pdf".to_owned(), PDF.to_vec())]
    );

    // Now pinned: the same key is "same".
    assert_eq!(data.recipient_key(&referent).unwrap().pin, Pin::Same);

    // Withdrawn on the phone at once, on the server after the sync.
    assert!(
        data.withdraw_share(&record.id, "Claire Martin", now)
            .unwrap()
    );
    assert!(
        !data
            .withdraw_share(&record.id, "Claire Martin", now)
            .unwrap()
    );
    assert!(data.shares().unwrap()[0].withdrawn_at.is_some());
    assert_eq!(data.sync_status().waiting(), 1);
    syncer.sync_once().unwrap();
    assert_eq!(data.sync_status().waiting(), 0);
    assert!(!server.shares(&token).iter().any(|s| s.id == record.id));
    assert!(server.open(&token, &keys, &record.id).is_err());

    // The referent's key changes: refused until the person says they checked.
    let new_keys = server.new_key(&token);
    let seen = data.recipient_key(&referent).unwrap();
    assert_eq!(
        seen.pin,
        Pin::Changed {
            pinned: keys.public
        }
    );
    assert_eq!(seen.offered, new_keys.public);
    assert!(matches!(
        data.share_document(&seen, "Claire Martin", &doc, until, false, now),
        Err(ShareFailure::KeyChanged)
    ));
    assert_eq!(data.shares().unwrap().len(), 1, "nothing was shared");
    // A key shown before another change is not taken either.
    let stale = seen.clone();
    let newest = server.new_key(&token);
    assert!(matches!(
        data.share_document(&stale, "Claire Martin", &doc, until, true, now),
        Err(ShareFailure::KeyMoved)
    ));
    let seen = data.recipient_key(&referent).unwrap();
    assert_eq!(seen.offered, newest.public);
    let second = data
        .share_document(&seen, "Claire Martin", &doc, until, true, now)
        .unwrap();
    assert_eq!(
        server.open(&token, &newest, &second.id).unwrap().pages[0].1,
        PDF
    );
    assert_eq!(data.recipient_key(&referent).unwrap().pin, Pin::Same);
}

#[test]
fn sharing_offline_changes_nothing_and_says_so() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "share-offline", now);
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _syncer = Syncer::new(
        data.clone(),
        &format!("http://127.0.0.1:{port}"),
        Arc::new(demo_device_key()),
    )
    .unwrap();
    let referent = ContactId::parse("referent").unwrap();
    assert!(matches!(
        data.recipient_key(&referent),
        Err(ShareFailure::Offline)
    ));
    assert!(data.shares().unwrap().is_empty());
    assert_eq!(data.sync_status().waiting(), 0);
}

#[test]
fn a_paper_joined_to_a_message_is_shared_with_the_referent_then_sent_naming_it() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "attach-flow", now);
    let server = Server::start(tmp.path(), now);
    let referent = ContactId::parse("referent").unwrap();
    let mut syncer = Syncer::new(
        data.clone(),
        &server.server.url(),
        Arc::new(demo_device_key()),
    )
    .unwrap();
    syncer.sync_once().unwrap();
    let doc = add_receipt(&data, now);
    let token = server.referent_token();
    let keys = server.new_key(&token);
    let seen = data.recipient_key(&referent).unwrap();
    assert_eq!(seen.pin, Pin::FirstUse);
    let until = now + Duration::days(30);

    // A paper that is not in the safe: refused before anything leaves.
    let nope = parcours_core::id::DocumentId::parse("d-nope").unwrap();
    assert!(matches!(
        data.send_with_paper(&seen, "Claire Martin", "Voici", &nope, until, false, now),
        Err(ShareFailure::Refused(
            parcours_mobile::ActionError::NoSuchPaper
        ))
    ));
    assert!(data.shares().unwrap().is_empty());
    assert!(server.shares(&token).is_empty());

    // Joined and sent: shared first, then the message naming it, queued.
    let (record, dossier) = data
        .send_with_paper(
            &seen,
            "Claire Martin",
            "Voici la quittance.",
            &doc,
            until,
            false,
            now,
        )
        .unwrap();
    assert_eq!(record.document, doc);
    assert_eq!(data.shares().unwrap(), vec![record.clone()]);
    let mine = dossier
        .messages
        .iter()
        .find(|m| m.text() == "Voici la quittance.")
        .unwrap();
    assert_eq!(mine.attachments, vec![doc.clone()]);
    syncer.sync_once().unwrap();
    assert_eq!(data.sync_status().waiting(), 0, "the message was taken");

    // The referent's dossier has the message naming the paper; the share
    // opens to the same bytes.
    let body = server
        .call(
            Method::GET,
            "/v1/pro/persons/nadia/dossier",
            None,
            Some(&token),
        )
        .unwrap();
    let pull: parcours_core::sync::wire::Pull = serde_json::from_str(&body).unwrap();
    assert!(pull.changes.iter().any(|c| matches!(&c.record,
        parcours_core::sync::wire::Record::Message(m)
            if m.id == mine.id && m.attachments == vec![doc.clone()])));
    let opened = server.open(&token, &keys, &record.id).unwrap();
    assert_eq!(opened.pages[0].1, PDF);
    // The key is pinned now, as with the share screen.
    assert_eq!(data.recipient_key(&referent).unwrap().pin, Pin::Same);

    // Her key changes: nothing is shared nor written until the person says
    // they checked the new code with her.
    let new_keys = server.new_key(&token);
    let seen = data.recipient_key(&referent).unwrap();
    assert!(matches!(seen.pin, Pin::Changed { .. }));
    let before = data.dossier().messages.len();
    assert!(matches!(
        data.send_with_paper(&seen, "Claire Martin", "Encore", &doc, until, false, now),
        Err(ShareFailure::KeyChanged)
    ));
    assert_eq!(data.shares().unwrap().len(), 1);
    assert_eq!(data.dossier().messages.len(), before);
    let (second, _) = data
        .send_with_paper(&seen, "Claire Martin", "Encore", &doc, until, true, now)
        .unwrap();
    assert_eq!(
        server.open(&token, &new_keys, &second.id).unwrap().pages[0].1,
        PDF
    );
    assert_eq!(data.dossier().messages.len(), before + 1);
}

#[test]
fn joining_a_paper_offline_shares_nothing_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let now = Utc::now();
    let data = app_data(&tmp.path().join("safe"), "attach-offline", now);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _syncer = Syncer::new(
        data.clone(),
        &format!("http://127.0.0.1:{port}"),
        Arc::new(demo_device_key()),
    )
    .unwrap();
    let doc = add_receipt(&data, now);
    let messages = data.dossier().messages.len();
    // A key seen earlier, when the server answered.
    let seen = parcours_mobile::sharing::KeySeen {
        recipient: ContactId::parse("referent").unwrap(),
        offered: [9; 32],
        pin: Pin::FirstUse,
    };
    assert!(matches!(
        data.send_with_paper(
            &seen,
            "Claire Martin",
            "Voici",
            &doc,
            now + Duration::days(30),
            false,
            now
        ),
        Err(ShareFailure::Offline)
    ));
    assert!(data.shares().unwrap().is_empty());
    assert_eq!(
        data.dossier().messages.len(),
        messages,
        "no message written"
    );
    assert_eq!(data.sync_status().waiting(), 0);
}
