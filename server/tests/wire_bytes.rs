//! Bytes on the wire, as a person on a prepaid data plan pays them: every
//! byte of request and answer, headers included, on one reused connection,
//! without TLS (TLS adds about the same few dozen bytes per request to
//! every line). Measured through a counting proxy in front of the real
//! server, with the real sync client. Targets: a sync when nothing changed
//! under 1 KB, a sync after one new message under 2 KB.
//!
//! `cargo test -p parcours-server --test wire_bytes -- --nocapture` prints
//! the table.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use parcours_core::sync::client::Client;
use parcours_server::api::{AppState, router};
use parcours_server::storage::Storage;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

#[derive(Default)]
struct Counters {
    up: AtomicU64,
    down: AtomicU64,
    connections: AtomicU64,
}

impl Counters {
    fn total(&self) -> u64 {
        self.up.load(Ordering::SeqCst) + self.down.load(Ordering::SeqCst)
    }
}

async fn pump(
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    counter: Arc<Counters>,
    up: bool,
) {
    let mut buf = vec![0u8; 16 * 1024];
    loop {
        let n = match from.read(&mut buf).await {
            Ok(0) | Err(_) => return,
            Ok(n) => n,
        };
        if up {
            counter.up.fetch_add(n as u64, Ordering::SeqCst);
        } else {
            counter.down.fetch_add(n as u64, Ordering::SeqCst);
        }
        if to.write_all(&buf[..n]).await.is_err() {
            return;
        }
    }
}

/// A TCP proxy to `upstream` that counts every byte each way.
async fn counting_proxy(
    upstream: std::net::SocketAddr,
    counters: Arc<Counters>,
) -> std::net::SocketAddr {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move {
        loop {
            let Ok((client, _)) = listener.accept().await else {
                return;
            };
            counters.connections.fetch_add(1, Ordering::SeqCst);
            let server = tokio::net::TcpStream::connect(upstream).await.unwrap();
            let (cr, cw) = client.into_split();
            let (sr, sw) = server.into_split();
            tokio::spawn(pump(cr, sw, counters.clone(), true));
            tokio::spawn(pump(sr, cw, counters.clone(), false));
        }
    });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_sync_costs_few_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    let storage = Storage::connect(&url).await.unwrap();
    parcours_server::demo::load(&storage, chrono::Utc::now())
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let server_addr = listener.local_addr().unwrap();
    let counters = Arc::new(Counters::default());
    let proxy = counting_proxy(server_addr, counters.clone()).await;
    // The challenge binds the origin the client talks to: the proxy's.
    let state = AppState::new(
        storage.clone(),
        parcours_core::demo::demo_server_key(),
        format!("http://{proxy}"),
    );
    tokio::spawn(async move { axum::serve(listener, router(state)).await });

    let device = Arc::new(parcours_core::demo::demo_device_key());
    let mut client = Client::new(&format!("http://{proxy}"), device).unwrap();
    let mut rows = Vec::new();
    let mut last = 0;
    let mut measure = |what: &str, rows: &mut Vec<(String, u64)>| {
        let now = counters.total();
        rows.push((what.to_owned(), now - last));
        last = now;
    };

    client.authenticate().await.unwrap();
    measure("sign in (challenge + token)", &mut rows);

    let mut cursor = 0;
    let mut records = 0;
    loop {
        let pull = client.pull(cursor).await.unwrap();
        records += pull.changes.len();
        cursor = pull.cursor;
        if !pull.more {
            break;
        }
    }
    assert!(records > 40, "the demo dossier came: {records} records");
    measure(
        &format!("first sync of the demo dossier ({records} records)"),
        &mut rows,
    );

    let pull = client.pull(cursor).await.unwrap();
    assert!(pull.changes.is_empty());
    measure("sync, nothing changed", &mut rows);

    // The referent writes one message (on the server's side, not through the proxy).
    let mut tx = storage.begin_person("nadia").await.unwrap().unwrap();
    let msg = parcours_core::message::Message::incoming(
        parcours_core::id::MessageId::random(),
        parcours_core::id::ContactId::parse("referent").unwrap(),
        "Bonjour Nadia, votre rendez-vous de jeudi est confirmé. Apportez vos trois dernières fiches de paie.",
        vec![],
        chrono::Utc::now(),
    )
    .unwrap();
    let record = parcours_core::sync::wire::Record::Message(msg);
    let (kind, id) = record.key();
    tx.put(kind, &id, &serde_json::to_string(&record).unwrap())
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let pull = client.pull(cursor).await.unwrap();
    assert_eq!(pull.changes.len(), 1);
    measure("sync after one new message", &mut rows);

    eprintln!(
        "\nBytes on the wire (requests + answers, headers included, one connection, no TLS):"
    );
    for (what, bytes) in &rows {
        eprintln!("  {bytes:>7} B  {what}");
    }
    assert_eq!(
        counters.connections.load(Ordering::SeqCst),
        1,
        "one connection, reused"
    );
    let by = |prefix: &str| rows.iter().find(|(w, _)| w.starts_with(prefix)).unwrap().1;
    assert!(by("sync, nothing changed") < 1024, "{rows:?}");
    assert!(by("sync after one new message") < 2048, "{rows:?}");
}
