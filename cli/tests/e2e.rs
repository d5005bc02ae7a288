//! End to end, as the people would live it: the real server (SQLite, on
//! 127.0.0.1), a new phone driven by the core's sync client and engine
//! (its own encrypted store), and the referent using the real `parcours
//! pro` tool. Enroll, pull, a reply, a message written while the server is
//! down then sent after it restarts, the server killed between commit and
//! answer (the message exists once), a revoked mandate refused on the next
//! request, a revoked phone refused.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::Utc;
use parcours_core::device_key::DeviceKey;
use parcours_core::document::Category;
use parcours_core::id::MessageId;
use parcours_core::keystore::Keystore;
use parcours_core::mandate::MandateKind;
use parcours_core::mandate::statement::{Statement, sign_revocation};
use parcours_core::message::{Delivery, Participant};
use parcours_core::safe::Safe;
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::store::Store;
use parcours_core::sync::client::{Client, SyncError};
use parcours_core::sync::engine::{self, Report};
use parcours_core::sync::outbox::Request;
use parcours_core::sync::wire::{AccessKind, NewMessage};
use parcours_core::sync::{account, shares};
use parcours_server::api::{AfterCommit, AppState, router};
use parcours_server::storage::Storage;

/// The server, in its own runtime: killing it drops every connection at
/// once, as a crash would.
struct Server {
    runtime: Option<tokio::runtime::Runtime>,
    addr: SocketAddr,
    db: PathBuf,
}

impl Server {
    fn start(db: &Path, addr: Option<SocketAddr>, hook: Option<AfterCommit>) -> Server {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let url = format!("sqlite://{}?mode=rwc", db.display());
        let addr = runtime.block_on(async move {
            let storage = Storage::connect(&url).await.unwrap();
            parcours_server::demo::load(&storage, Utc::now())
                .await
                .unwrap();
            let listener =
                tokio::net::TcpListener::bind(addr.unwrap_or(([127, 0, 0, 1], 0).into()))
                    .await
                    .unwrap();
            let addr = listener.local_addr().unwrap();
            let mut state = AppState::new(
                storage,
                parcours_core::demo::demo_server_key(),
                format!("http://{addr}"),
            );
            state.after_commit = hook;
            tokio::spawn(async move { axum::serve(listener, router(state)).await });
            addr
        });
        Server {
            runtime: Some(runtime),
            addr,
            db: db.to_owned(),
        }
    }

    fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn kill(&mut self) {
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_background();
        }
    }

    fn restart(&mut self) {
        self.kill();
        *self = Server::start(&self.db.clone(), Some(self.addr), None);
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.kill();
    }
}

/// A new phone with its own key, enrolled with the demo invitation.
fn new_phone(server: &Server, rt: &tokio::runtime::Runtime) -> (Client, Arc<DeviceKey>) {
    let key = Arc::new(DeviceKey::from_seed(&parcours_core::crypto::random_bytes()));
    let client = Client::new(&server.url(), key.clone()).unwrap();
    let enrolled = rt
        .block_on(client.enroll(parcours_server::demo::DEMO_INVITATION))
        .unwrap();
    assert_eq!(enrolled.person_id, "nadia");
    (client, key)
}

fn pro(args: &[&str]) -> Output {
    pro_as("e2e-referent", args)
}

/// The referent's tool with its own keystore profile (its session and
/// key), so that tests running side by side do not share them.
fn pro_as(profile: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .arg("pro")
        .args(args)
        .env("PARCOURS_PRO_PASSWORD", "demo-referent")
        .env("PARCOURS_PRO_PROFILE", profile)
        .output()
        .expect("the tool runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn send_message(store: &mut Store, text: &str) -> MessageId {
    let id = MessageId::random();
    let recorded = engine::record_action(
        store,
        Request::SendMessage(NewMessage {
            id: id.clone(),
            to: parcours_core::id::ContactId::parse("referent").unwrap(),
            text: text.into(),
            written_at: Utc::now(),
            attachments: vec![],
        }),
        Utc::now(),
    )
    .unwrap();
    assert!(recorded);
    id
}

#[test]
fn a_paper_joined_to_a_message_is_seen_and_opened_by_the_referent() {
    #[cfg(target_os = "linux")]
    parcours_core::keystore::join_session_keyring().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let server = Server::start(&tmp.path().join("server.db"), None, None);
    let phone_rt = tokio::runtime::Runtime::new().unwrap();
    let (mut client, _) = new_phone(&server, &phone_rt);
    let (mut safe, _code) = Safe::init(
        &tmp.path().join("phone"),
        Keystore::mock("e2e-attach-phone"),
        KdfParams::MIN,
        Utc::now(),
    )
    .unwrap();
    phone_rt
        .block_on(engine::sync(safe.store_mut(), &mut client, Utc::now()))
        .unwrap();
    let referent_tool = |args: &[&str]| pro_as("e2e-attach", args);
    let out = referent_tool(&["login", "--server", &server.url(), "--login", "referent"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = referent_tool(&["keygen"]);
    assert!(out.status.success(), "{}", text(&out));

    // The person joins a paper to a message: shared with the referent
    // first (as the app does), then the message naming it.
    let receipt = b"%PDF-1.4 Attestation CAF: 312 euros en mars".to_vec();
    let doc = safe
        .add_document(
            NewDocument {
                title: "Attestation CAF".into(),
                category: Category::Caf,
                issued: None,
                expires: None,
            },
            vec![PageSource {
                media_type: "application/pdf".into(),
                content: Box::new(std::io::Cursor::new(receipt.clone())),
            }],
            Utc::now(),
        )
        .unwrap();
    let referent = parcours_core::id::ContactId::parse("referent").unwrap();
    let share = phone_rt
        .block_on(shares::share_document(
            &mut client,
            &mut safe,
            &shares::ShareTo {
                recipient: &referent,
                name: "Mme Martin",
                document: &doc.id,
                until: Utc::now() + chrono::Duration::days(30),
                accept_changed_key: false,
            },
            Utc::now(),
        ))
        .unwrap();
    let store = safe.store_mut();
    let id = MessageId::random();
    assert!(
        engine::record_action(
            store,
            Request::SendMessage(NewMessage {
                id: id.clone(),
                to: referent.clone(),
                text: "Voici mon attestation CAF.".into(),
                written_at: Utc::now(),
                attachments: vec![doc.id.clone()],
            }),
            Utc::now(),
        )
        .unwrap()
    );
    let report = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert_eq!((report.sent, report.refused), (1, 0), "{report:?}");
    assert_eq!(delivery(store, &id), Delivery::Sent);

    // The referent's dossier shows the message, its paper, and how to open it.
    let out = referent_tool(&["dossier", "nadia"]);
    assert!(out.status.success(), "{}", text(&out));
    let shown = text(&out);
    let line = shown
        .lines()
        .position(|l| l.ends_with("Voici mon attestation CAF."))
        .unwrap_or_else(|| panic!("{shown}"));
    assert_eq!(
        shown.lines().nth(line + 1).map(str::trim),
        Some(
            format!(
                "Papier joint\u{a0}: {} (pour l'ouvrir\u{a0}: parcours pro open-share {})",
                doc.id, share.id
            )
            .as_str()
        ),
        "{shown}"
    );
    // …and opens exactly the paper's bytes with the command it was given.
    let opened = tmp.path().join("opened");
    let out = referent_tool(&["open-share", &share.id, "--out", opened.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let page = std::fs::read(opened.join(format!("{}-1.pdf", doc.id))).unwrap();
    assert_eq!(page, receipt);

    // Withdrawn, the dossier says the paper is no longer shared.
    assert!(shares::withdraw_share(store, &share.id, "Mme Martin", Utc::now()).unwrap());
    phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    let out = referent_tool(&["dossier", "nadia"]);
    assert!(
        text(&out).contains(&format!(
            "Papier joint\u{a0}: {} (il n'est pas partagé avec vous en ce moment)",
            doc.id
        )),
        "{}",
        text(&out)
    );
}

fn delivery(store: &Store, id: &MessageId) -> Delivery {
    store
        .load_dossier()
        .unwrap()
        .unwrap()
        .messages
        .iter()
        .find(|m| &m.id == id)
        .unwrap()
        .delivery()
        .clone()
}

/// How many times `needle` appears in the referent's view of the dossier.
fn count_on_server(needle: &str) -> usize {
    let out = pro(&["dossier", "nadia", "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    String::from_utf8_lossy(&out.stdout).matches(needle).count()
}

#[test]
fn a_person_and_their_referent_work_together_through_the_server() {
    #[cfg(target_os = "linux")]
    parcours_core::keystore::join_session_keyring().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let mut server = Server::start(&tmp.path().join("server.db"), None, None);
    let phone_rt = tokio::runtime::Runtime::new().unwrap();

    // A new phone enrolls with the referent's invitation and pulls the dossier.
    let (mut client, key) = new_phone(&server, &phone_rt);
    let (mut safe, _code) = Safe::init(
        &tmp.path().join("phone"),
        Keystore::mock("e2e-phone"),
        KdfParams::MIN,
        Utc::now(),
    )
    .unwrap();
    let store = safe.store_mut();
    let report = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    let demo = parcours_core::demo::dossier(Utc::now());
    let dossier = store.load_dossier().unwrap().expect("the dossier arrived");
    assert_eq!(report.offline, None);
    assert_eq!(dossier.person.first_name(), "Nadia");
    assert_eq!(dossier.steps.len(), demo.steps.len());
    assert_eq!(dossier.messages.len(), demo.messages.len());
    assert_eq!(dossier.appointments.len(), demo.appointments.len());
    // The new phone's key is in the key chain, and the mandates hold on it.
    assert!(
        dossier
            .key_chain
            .as_ref()
            .unwrap()
            .certificates
            .iter()
            .any(|c| c.device_key == key.public_key())
    );
    assert!(dossier.mandates(Utc::now()).in_force().count() >= 1);
    // Nothing changed: a second sync brings nothing.
    let again = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert_eq!(again.received, 0, "{again:?}");

    // The referent logs in with the real tool and replies.
    let out = pro(&["login", "--server", &server.url(), "--login", "referent"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = pro(&["persons"]);
    assert!(
        text(&out).contains("nadia : Nadia Belkacem (mandats : coordination)"),
        "{}",
        text(&out)
    );
    let out = pro(&[
        "reply",
        "nadia",
        "--text",
        "Bonjour Nadia, c'est noté pour jeudi.",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    let dossier = store.load_dossier().unwrap().unwrap();
    let reply = dossier
        .messages
        .iter()
        .find(|m| m.text() == "Bonjour Nadia, c'est noté pour jeudi.")
        .expect("the reply arrived");
    assert!(reply.is_unread());
    assert_eq!(
        reply.from,
        Participant::Contact(parcours_core::id::ContactId::parse("referent").unwrap())
    );
    let log = engine::access_log(store).unwrap();
    assert!(
        log.iter()
            .any(|a| a.by.as_str() == "referent" && matches!(a.what, AccessKind::WroteMessage(_))),
        "{log:?}"
    );

    // The referent writes a step and books an appointment with the tool;
    // the phone has them at its next sync.
    let objective = store.load_dossier().unwrap().unwrap().objectives[0]
        .id
        .to_string();
    let out = pro(&[
        "add-step",
        "nadia",
        "--objective",
        &objective,
        "--what",
        "Apporter l'avis d'imposition à la CAF",
        "--due",
        "2030-01-15",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let start = (Utc::now() + chrono::Duration::days(3)).to_rfc3339();
    let end = (Utc::now() + chrono::Duration::days(3) + chrono::Duration::hours(1)).to_rfc3339();
    let out = pro(&[
        "add-appointment",
        "nadia",
        "--start",
        &start,
        "--end",
        &end,
        "--place",
        "CCAS, 2 rue de la Mairie",
        "--purpose",
        "Faire le point sur le logement",
        "--compulsory",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    let dossier = store.load_dossier().unwrap().unwrap();
    assert!(
        dossier
            .steps
            .iter()
            .any(|s| s.what() == "Apporter l'avis d'imposition à la CAF")
    );
    assert!(
        dossier
            .appointments
            .iter()
            .any(|a| a.purpose() == "Faire le point sur le logement" && a.compulsory)
    );

    // The referent makes a key for receiving documents; the person shares
    // a rent receipt with them, end to end encrypted.
    let out = pro(&["keygen"]);
    assert!(out.status.success(), "{}", text(&out));
    let receipt = b"%PDF-1.4 Quittance de loyer de mars: 450 euros".to_vec();
    let doc = safe
        .add_document(
            NewDocument {
                title: "Quittance de mars".into(),
                category: Category::RentReceipt,
                issued: None,
                expires: None,
            },
            vec![PageSource {
                media_type: "application/pdf".into(),
                content: Box::new(std::io::Cursor::new(receipt.clone())),
            }],
            Utc::now(),
        )
        .unwrap();
    let referent = parcours_core::id::ContactId::parse("referent").unwrap();
    let until = Utc::now() + chrono::Duration::days(30);
    let share = phone_rt
        .block_on(shares::share_document(
            &mut client,
            &mut safe,
            &shares::ShareTo {
                recipient: &referent,
                name: "Mme Martin",
                document: &doc.id,
                until,
                accept_changed_key: false,
            },
            Utc::now(),
        ))
        .unwrap();
    let out = pro(&["shares"]);
    assert!(text(&out).contains(&share.id), "{}", text(&out));
    let opened = tmp.path().join("opened");
    let out = pro(&["open-share", &share.id, "--out", opened.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out));
    let page = std::fs::read(opened.join(format!("{}-1.pdf", doc.id))).unwrap();
    assert_eq!(page, receipt, "the referent reads exactly the document");
    // The server never held it in clear.
    let db = std::fs::read(tmp.path().join("server.db")).unwrap();
    assert!(
        !db.windows(20).any(|w| w == &receipt[9..29]),
        "the server's database holds the text"
    );
    // The person sees who opened it.
    let store = safe.store_mut();
    phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert!(
        engine::access_log(store)
            .unwrap()
            .iter()
            .any(|a| matches!(&a.what, AccessKind::OpenedShare(id) if id == &share.id))
    );
    // Withdrawn (offline-capable): the server deletes its copy; the referent
    // is refused.
    assert!(shares::withdraw_share(store, &share.id, "Mme Martin", Utc::now()).unwrap());
    let report = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    let out = pro(&["open-share", &share.id, "--out", opened.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out));
    assert!(text(&out).contains("share_gone"), "{}", text(&out));
    let kept = phone_rt.block_on(async {
        let s = Storage::connect(&format!(
            "sqlite://{}?mode=rw",
            tmp.path().join("server.db").display()
        ))
        .await
        .unwrap();
        s.share_material_kept(&share.id).await.unwrap()
    });
    assert!(!kept, "nothing that opens the share is left on the server");
    // The referent's key changes (a new computer, or a server slipping in
    // its own): the phone refuses until the person compares fingerprints.
    let out = pro(&["keygen"]);
    assert!(out.status.success(), "{}", text(&out));
    let changed = phone_rt.block_on(shares::share_document(
        &mut client,
        &mut safe,
        &shares::ShareTo {
            recipient: &referent,
            name: "Mme Martin",
            document: &doc.id,
            until,
            accept_changed_key: false,
        },
        Utc::now(),
    ));
    assert!(
        matches!(changed, Err(shares::ShareFlowError::KeyChanged { .. })),
        "{changed:?}"
    );
    let store = safe.store_mut();

    // The server goes down; the person writes anyway.
    server.kill();
    let offline = send_message(store, "Je serai en retard de 10 minutes.");
    let report: Report = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert!(report.offline.is_some(), "{report:?}");
    assert_eq!(report.waiting, 1);
    assert_eq!(delivery(store, &offline), Delivery::WaitingToSend);
    // Back up: the message leaves (its retry time is in the past by then).
    server.restart();
    let later = Utc::now() + chrono::Duration::minutes(20);
    let report = phone_rt
        .block_on(engine::sync(store, &mut client, later))
        .unwrap();
    assert_eq!((report.sent, report.waiting), (1, 0), "{report:?}");
    assert_eq!(delivery(store, &offline), Delivery::Sent);
    assert_eq!(count_on_server("Je serai en retard de 10 minutes."), 1);

    // The person withdraws the referent's coordination mandate.
    let dossier = store.load_dossier().unwrap().unwrap();
    let verdict = dossier.mandates(Utc::now());
    let coordination = verdict
        .in_force()
        .find(|g| g.mandate.kind == MandateKind::Coordination)
        .unwrap();
    let grant = dossier.mandate_statements[coordination.index].clone();
    assert!(matches!(grant.decode().unwrap(), Statement::Grant(_)));
    let first_seq = dossier
        .key_chain
        .as_ref()
        .unwrap()
        .certificates
        .iter()
        .find(|c| c.device_key == key.public_key())
        .unwrap()
        .first_seq;
    let seq = verdict.last_seq.unwrap_or(0).max(first_seq - 1) + 1;
    let revocation = sign_revocation(&key, seq, Utc::now(), &grant);
    assert!(engine::record_action(store, Request::Statement(revocation), Utc::now()).unwrap());
    let report = phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    // The referent's next request is refused, with the reason.
    let out = pro(&["dossier", "nadia"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out));
    assert!(text(&out).contains("mandate_revoked"), "{}", text(&out));
    let out = pro(&["reply", "nadia", "--text", "Encore moi"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out));
    let out = pro(&["persons"]);
    assert!(!text(&out).contains("nadia"), "{}", text(&out));

    // The old phone (the demo's key) is lost: the person revokes it from
    // the new one; the old one is refused at once.
    let old = Arc::new(parcours_core::demo::demo_device_key());
    let mut old_client = Client::new(&server.url(), old.clone()).unwrap();
    phone_rt.block_on(old_client.authenticate()).unwrap();
    let body = serde_json::json!({ "device_key": parcours_core::crypto::hex(&old.public_key()) });
    phone_rt
        .block_on(client.authed(
            reqwest::Method::POST,
            "/v1/devices/revoke",
            Some(body),
            None,
        ))
        .unwrap();
    let refused = phone_rt.block_on(old_client.pull(0)).unwrap_err();
    assert!(matches!(refused, SyncError::Refused(403, _)), "{refused:?}");
    // The new phone learns of it at its next pull.
    phone_rt
        .block_on(engine::sync(store, &mut client, Utc::now()))
        .unwrap();
    let chain = store.load_dossier().unwrap().unwrap().key_chain.unwrap();
    assert!(
        chain
            .revocations
            .iter()
            .any(|r| r.device_key == old.public_key())
    );
}

#[test]
fn a_write_lost_between_commit_and_answer_is_applied_once() {
    let tmp = tempfile::tempdir().unwrap();
    let armed = Arc::new(AtomicBool::new(false));
    let committed = Arc::new(tokio::sync::Notify::new());
    let hook: AfterCommit = {
        let armed = armed.clone();
        let committed = committed.clone();
        Arc::new(move || {
            let armed = armed.clone();
            let committed = committed.clone();
            Box::pin(async move {
                if armed.swap(false, Ordering::SeqCst) {
                    committed.notify_one();
                    // The answer never leaves: the server dies here.
                    std::future::pending::<()>().await;
                }
            })
        })
    };
    let db = tmp.path().join("server.db");
    let mut server = Server::start(&db, None, Some(hook));
    let phone_rt = tokio::runtime::Runtime::new().unwrap();
    let (mut client, _) = new_phone(&server, &phone_rt);
    let mut store = Store::create(
        &tmp.path().join("phone"),
        Keystore::mock("e2e-fault"),
        Utc::now(),
    )
    .unwrap();
    phone_rt
        .block_on(engine::sync(&mut store, &mut client, Utc::now()))
        .unwrap();

    let id = send_message(&mut store, "J'ai besoin d'aide pour le dossier CAF.");
    armed.store(true, Ordering::SeqCst);
    let report = phone_rt.block_on(async {
        let sync = engine::sync(&mut store, &mut client, Utc::now());
        let kill = async {
            committed.notified().await;
            server.kill();
        };
        let (report, ()) = tokio::join!(sync, kill);
        report
    });
    let report = report.unwrap();
    assert!(report.offline.is_some(), "the answer was lost: {report:?}");
    assert_eq!(engine::outbox(&store).unwrap().len(), 1);
    assert_eq!(delivery(&store, &id), Delivery::WaitingToSend);

    // Restarted (same database): the retry carries the same key.
    server = Server::start(&db, Some(server.addr), None);
    let report = phone_rt
        .block_on(engine::sync(
            &mut store,
            &mut client,
            Utc::now() + chrono::Duration::hours(1),
        ))
        .unwrap();
    assert_eq!(report.sent, 1, "{report:?}");
    assert_eq!(delivery(&store, &id), Delivery::Sent);
    let dossier = store.load_dossier().unwrap().unwrap();
    assert_eq!(dossier.messages.iter().filter(|m| m.id == id).count(), 1);
    // Exactly one copy on the server.
    let pull = phone_rt.block_on(client.pull(0)).unwrap();
    let copies = pull
        .changes
        .iter()
        .filter(
            |c| matches!(&c.record, parcours_core::sync::wire::Record::Message(m) if m.id == id),
        )
        .count();
    assert_eq!(copies, 1);
    drop(server);
}

#[test]
fn delete_everything_leaves_nothing_readable_on_the_phone_and_closes_the_account() {
    #[cfg(target_os = "linux")]
    parcours_core::keystore::join_session_keyring().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("server.db");
    let server = Server::start(&db, None, None);
    let phone_rt = tokio::runtime::Runtime::new().unwrap();
    let (mut client, _) = new_phone(&server, &phone_rt);
    let dir = tmp.path().join("phone");
    let keystore = Keystore::mock("e2e-delete");
    let (mut safe, code) = Safe::init(&dir, keystore.clone(), KdfParams::MIN, Utc::now()).unwrap();
    phone_rt
        .block_on(engine::sync(safe.store_mut(), &mut client, Utc::now()))
        .unwrap();
    let canary = b"CANARY-PAPIER-4c1d titre de sejour".to_vec();
    safe.add_document(
        NewDocument {
            title: "CANARY-TITRE-88aa".into(),
            category: Category::ResidencePermit,
            issued: None,
            expires: None,
        },
        vec![PageSource {
            media_type: "application/pdf".into(),
            content: Box::new(std::io::Cursor::new(canary.clone())),
        }],
        Utc::now(),
    )
    .unwrap();
    drop(safe);

    let deleted = phone_rt
        .block_on(account::delete_everything(
            Some(&mut client),
            &dir,
            &keystore,
            false,
        ))
        .unwrap();
    assert_eq!(deleted.server, account::ServerSide::Closed);
    assert!(deleted.device.left.is_empty(), "{:?}", deleted.device.left);
    assert!(deleted.device.files_removed >= 3, "{:?}", deleted.device);
    // The phone: no folder, no keys; the recovery code opens nothing.
    assert!(!dir.exists());
    for entry in parcours_core::safe::wipe::KEYSTORE_ENTRIES {
        assert_eq!(keystore.get(entry).unwrap(), None, "{entry}");
    }
    assert!(Safe::unlock_with_code(&dir, keystore.clone(), &code, Utc::now()).is_err());
    // Nothing of it anywhere under the test's folder but the server's database,
    // which never held the document.
    for entry in walk(tmp.path()) {
        let bytes = std::fs::read(&entry).unwrap_or_default();
        assert!(
            !bytes.windows(12).any(|w| w == &canary[..12]),
            "{}",
            entry.display()
        );
    }
    // The server: nothing left about her; the phone's token is refused; the
    // referent is refused from the next request.
    let rows = phone_rt.block_on(async {
        let s = Storage::connect(&format!("sqlite://{}?mode=rw", db.display()))
            .await
            .unwrap();
        s.rows_about("nadia").await.unwrap()
    });
    assert!(rows.iter().all(|(_, n)| *n == 0), "{rows:?}");
    assert!(phone_rt.block_on(client.pull(0)).is_err());
    let out = pro(&["login", "--server", &server.url(), "--login", "referent"]);
    assert!(out.status.success(), "{}", text(&out));
    let out = pro(&["dossier", "nadia"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out));
    // Deleting twice is harmless.
    let again = phone_rt
        .block_on(account::delete_everything(
            Some(&mut client),
            &dir,
            &keystore,
            false,
        ))
        .unwrap();
    assert_eq!(again.server, account::ServerSide::AlreadyGone);
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[test]
fn a_refused_item_keeps_its_reason_and_an_expired_token_drops_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let db = tmp.path().join("server.db");
    let server = Server::start(&db, None, None);
    let phone_rt = tokio::runtime::Runtime::new().unwrap();
    let (mut client, _) = new_phone(&server, &phone_rt);
    let mut store = Store::create(
        &tmp.path().join("phone"),
        Keystore::mock("e2e-refused"),
        Utc::now(),
    )
    .unwrap();
    phone_rt
        .block_on(engine::sync(&mut store, &mut client, Utc::now()))
        .unwrap();
    // A message to someone the server does not know, then a good one.
    let bad = MessageId::random();
    assert!(
        engine::record_action(
            &mut store,
            Request::SendMessage(NewMessage {
                id: bad.clone(),
                to: parcours_core::id::ContactId::parse("nobody").unwrap(),
                text: "Bonjour".into(),
                written_at: Utc::now(),
                attachments: vec![],
            }),
            Utc::now(),
        )
        .unwrap()
    );
    let good = send_message(&mut store, "J'ai besoin d'aide.");
    // The tokens expire on the server (as after 15 minutes).
    let purged = phone_rt.block_on(async {
        let s = Storage::connect(&format!("sqlite://{}?mode=rw", db.display()))
            .await
            .unwrap();
        s.purge_expired(i64::MAX).await.unwrap()
    });
    assert!(purged >= 1);
    let report = phone_rt
        .block_on(engine::sync(&mut store, &mut client, Utc::now()))
        .unwrap();
    assert_eq!(
        (report.sent, report.refused, report.waiting),
        (1, 1, 0),
        "{report:?}"
    );
    assert_eq!(delivery(&store, &good), Delivery::Sent);
    let Delivery::Refused(reason) = delivery(&store, &bad) else {
        panic!("{:?}", delivery(&store, &bad))
    };
    assert_eq!(reason, "no such contact");
    let items = engine::outbox(&store).unwrap();
    assert_eq!(
        items.len(),
        1,
        "the refused item stays, for the person to see"
    );
    assert!(
        matches!(&items[0].state, parcours_core::sync::outbox::ItemState::Refused(b) if b.error == "not_found")
    );
    // It is not sent again.
    let report = phone_rt
        .block_on(engine::sync(
            &mut store,
            &mut client,
            Utc::now() + chrono::Duration::hours(1),
        ))
        .unwrap();
    assert_eq!((report.sent, report.refused), (0, 0), "{report:?}");
    drop(server);
}
