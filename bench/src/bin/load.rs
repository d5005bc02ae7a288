//! Load test of the server: N simulated persons (500 by default) each
//! signing in once, then, until the time is up, writing a message to their
//! referent and syncing (pull with their cursor), with a think time of
//! 0.5 to 1.5 s; one simulated referent reads every dossier with the
//! professional API and answers every message once. All on loopback, with
//! the real server, the real sync client and the real storage (SQLite file
//! or PostgreSQL).
//!
//! Reported: requests per second and p50/p99 latency of each kind, beside a
//! reference measured in the same run (the same concurrency on
//! `GET /health`, which touches the database once); and a check that every
//! message was stored exactly once and every reply received exactly once.
//!
//!   load [--persons N] [--seconds S] [--database-url URL]

use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use parcours_core::device_key::DeviceKey;
use parcours_core::id::{ContactId, MandateId, MessageId, PersonId};
use parcours_core::mandate::statement::sign_grant;
use parcours_core::mandate::{Mandate, MandateKind};
use parcours_core::message::Participant;
use parcours_core::sync::client::{Client, call, http_client, parse};
use parcours_core::sync::wire::{NewMessage, ProMessage, Pull, Record, Token};
use parcours_server::api::{AppState, router};
use parcours_server::storage::{DeviceRow, ProRow, StatementRow, Storage};
use reqwest::Method;
use tokio::sync::Mutex;

#[derive(Default)]
struct Latencies(HashMap<&'static str, Vec<Duration>>);

impl Latencies {
    fn add(&mut self, kind: &'static str, d: Duration) {
        self.0.entry(kind).or_default().push(d);
    }
}

fn arg(name: &str) -> Option<String> {
    let args: Vec<String> = std::env::args().collect();
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    sorted[((sorted.len() as f64 - 1.0) * p).round() as usize]
}

fn seed(i: usize) -> [u8; 32] {
    let mut s = [7u8; 32];
    s[..8].copy_from_slice(&(i as u64).to_be_bytes());
    s
}

fn jitter() -> Duration {
    let r: [u8; 2] = parcours_core::crypto::random_bytes();
    Duration::from_millis(500 + u64::from(u16::from_be_bytes(r)) % 1000)
}

#[tokio::main]
async fn main() {
    let persons: usize = arg("--persons").and_then(|v| v.parse().ok()).unwrap_or(500);
    let seconds: u64 = arg("--seconds").and_then(|v| v.parse().ok()).unwrap_or(60);
    let tmp = tempfile::tempdir().unwrap();
    let url = arg("--database-url")
        .unwrap_or_else(|| format!("sqlite://{}?mode=rwc", tmp.path().join("load.db").display()));
    let backend = if url.starts_with("postgres") {
        "PostgreSQL"
    } else {
        "SQLite"
    };
    let storage = Storage::connect(&url).await.expect("the database answers");
    let server_key = parcours_core::demo::demo_server_key();
    let now = Utc::now();
    let run = parcours_core::id::random_id();

    // N persons, each with a device, a referent contact and a coordination mandate.
    eprintln!("setting up {persons} persons on {backend}…");
    let referent = ContactId::parse("referent").unwrap();
    let contact = parcours_core::demo::dossier(now)
        .referent()
        .unwrap()
        .clone();
    let mut ids = Vec::new();
    for i in 0..persons {
        let id = format!("p{i}-{run}");
        let pid = PersonId::parse(id.clone()).unwrap();
        storage
            .create_person(&id, "referent", now.timestamp())
            .await
            .unwrap();
        let device = DeviceKey::from_seed(&seed(i));
        let cert = server_key.certify(
            &pid,
            device.public_key(),
            1,
            now - chrono::Duration::hours(1),
        );
        storage
            .register_device(
                &DeviceRow {
                    device_key: device.public_key().to_vec(),
                    person_id: id.clone(),
                    first_seq: 1,
                    certificate: serde_json::to_string(&cert).unwrap(),
                    revocation: None,
                },
                now.timestamp(),
            )
            .await
            .unwrap();
        let mandate = Mandate::with_default_end(
            MandateId::random(),
            referent.clone(),
            MandateKind::Coordination,
            now - chrono::Duration::minutes(30),
        )
        .unwrap();
        let grant = sign_grant(
            &device,
            1,
            now - chrono::Duration::minutes(30),
            &mandate,
            None,
        );
        storage
            .append_statement(
                &id,
                &StatementRow {
                    seq: 1,
                    hash: grant.hash().to_vec(),
                    bytes: grant.bytes.clone(),
                    signature: grant.signature.clone(),
                },
                now.timestamp(),
            )
            .await
            .unwrap();
        let mut tx = storage.begin_person(&id).await.unwrap().unwrap();
        let record = Record::Contact(contact.clone());
        let (kind, rid) = record.key();
        tx.put(kind, &rid, &serde_json::to_string(&record).unwrap())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        ids.push(id);
    }
    let password = "load-test-password";
    let _ = storage
        .create_pro(
            &ProRow {
                id: "referent".into(),
                login: format!("referent-{run}"),
                display_name: "Référente".into(),
                password_hash: parcours_server::pro_api::hash_password(password),
                share_key: None,
            },
            now.timestamp(),
        )
        .await;

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let base = format!("http://{addr}");
    let mut state = AppState::new(
        storage.clone(),
        parcours_core::demo::demo_server_key(),
        base.clone(),
    );
    state.limits = parcours_server::limit::Limits {
        per_minute: 1_000_000,
    };
    tokio::spawn(async move { axum::serve(listener, router(state)).await });

    // Reference: the same concurrency on /health for a fifth of the time.
    let reference_secs = (seconds / 5).max(3);
    let health = Arc::new(Mutex::new(Latencies::default()));
    let deadline = Instant::now() + Duration::from_secs(reference_secs);
    let mut tasks = Vec::new();
    for _ in 0..persons {
        let http = http_client();
        let base = base.clone();
        let health = health.clone();
        tasks.push(tokio::spawn(async move {
            while Instant::now() < deadline {
                let t = Instant::now();
                if call(&http, &base, Method::GET, "/health", None, None, None)
                    .await
                    .is_ok()
                {
                    health.lock().await.add("health", t.elapsed());
                }
                tokio::time::sleep(jitter()).await;
            }
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    let health_count = health.lock().await.0.get("health").map_or(0, Vec::len);

    // The run.
    eprintln!("running {persons} persons for {seconds} s…");
    let lat = Arc::new(Mutex::new(Latencies::default()));
    let sent: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let received: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let replied: Arc<Mutex<HashMap<String, Vec<String>>>> = Arc::default();
    let errors = Arc::new(std::sync::atomic::AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (i, id) in ids.iter().enumerate() {
        let (base, id) = (base.clone(), id.clone());
        let (lat, sent, errors) = (lat.clone(), sent.clone(), errors.clone());
        tasks.push(tokio::spawn(async move {
            let mut client = Client::new(&base, Arc::new(DeviceKey::from_seed(&seed(i)))).unwrap();
            let t = Instant::now();
            client.authenticate().await.unwrap();
            lat.lock().await.add("sign in", t.elapsed());
            let mut cursor = 0;
            let mut seen = Vec::new();
            let mut mine = Vec::new();
            let pull = async |client: &mut Client, cursor: &mut i64, seen: &mut Vec<String>| {
                let t = Instant::now();
                match client.pull(*cursor).await {
                    Ok(p) => {
                        lat.lock().await.add("pull", t.elapsed());
                        *cursor = p.cursor;
                        for c in p.changes {
                            if let Record::Message(m) = c.record
                                && m.from != Participant::Me
                            {
                                seen.push(m.id.to_string());
                            }
                        }
                    }
                    Err(_) => {
                        errors.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            };
            while Instant::now() < deadline {
                let mid = MessageId::random();
                let body = serde_json::to_value(NewMessage {
                    id: mid.clone(),
                    to: ContactId::parse("referent").unwrap(),
                    text: "Je serai en retard de dix minutes.".into(),
                    written_at: Utc::now(),
                    attachments: vec![],
                })
                .unwrap();
                let key = parcours_core::id::random_id();
                let t = Instant::now();
                match client
                    .authed(Method::POST, "/v1/messages", Some(body), Some(&key))
                    .await
                {
                    Ok(_) => {
                        lat.lock().await.add("send message", t.elapsed());
                        mine.push(mid.to_string());
                    }
                    Err(_) => {
                        errors.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
                pull(&mut client, &mut cursor, &mut seen).await;
                tokio::time::sleep(jitter()).await;
            }
            sent.lock().await.insert(id.clone(), mine);
            (id, client, cursor, seen)
        }));
    }
    // The referent: reads every dossier with a cursor, answers each new message once.
    let referent_task = {
        let (base, ids, lat, replied) = (base.clone(), ids.clone(), lat.clone(), replied.clone());
        let login = format!("referent-{run}");
        tokio::spawn(async move {
            let http = http_client();
            let body = serde_json::json!({"login": login, "password": password});
            let token: Token = parse(
                &call(
                    &http,
                    &base,
                    Method::POST,
                    "/v1/pro/login",
                    Some(body),
                    None,
                    None,
                )
                .await
                .unwrap(),
            )
            .unwrap();
            let mut cursors: HashMap<String, i64> = HashMap::new();
            // During the run, then until a whole pass finds nothing new.
            loop {
                let mut answered = 0;
                for id in &ids {
                    let since = cursors.get(id).copied().unwrap_or(0);
                    let t = Instant::now();
                    let Ok(text) = call(
                        &http,
                        &base,
                        Method::GET,
                        &format!("/v1/pro/persons/{id}/dossier?since={since}"),
                        None,
                        None,
                        Some(&token.token),
                    )
                    .await
                    else {
                        continue;
                    };
                    lat.lock()
                        .await
                        .add("referent reads a dossier", t.elapsed());
                    let pull: Pull = parse(&text).unwrap();
                    cursors.insert(id.clone(), pull.cursor);
                    for c in pull.changes {
                        if let Record::Message(m) = c.record
                            && m.from == Participant::Me
                        {
                            let reply = MessageId::random();
                            let body = serde_json::to_value(ProMessage {
                                id: reply.clone(),
                                text: "C'est noté, merci.".into(),
                            })
                            .unwrap();
                            let t = Instant::now();
                            if call(
                                &http,
                                &base,
                                Method::POST,
                                &format!("/v1/pro/persons/{id}/messages"),
                                Some(body),
                                Some(&reply.to_string()),
                                Some(&token.token),
                            )
                            .await
                            .is_ok()
                            {
                                lat.lock().await.add("referent replies", t.elapsed());
                                replied
                                    .lock()
                                    .await
                                    .entry(id.clone())
                                    .or_default()
                                    .push(reply.to_string());
                                answered += 1;
                            }
                        }
                    }
                }
                if Instant::now() >= deadline && answered == 0 {
                    break;
                }
            }
        })
    };
    let mut phones = Vec::new();
    for t in tasks {
        phones.push(t.await.unwrap());
    }
    referent_task.await.unwrap();
    // A last sync on every phone, once the referent has answered everything.
    let mut last = Vec::new();
    for (id, mut client, mut cursor, mut seen) in phones {
        let received = received.clone();
        last.push(tokio::spawn(async move {
            loop {
                let Ok(p) = client.pull(cursor).await else {
                    break;
                };
                cursor = p.cursor;
                for c in p.changes {
                    if let Record::Message(m) = c.record
                        && m.from != Participant::Me
                    {
                        seen.push(m.id.to_string());
                    }
                }
                if !p.more {
                    break;
                }
            }
            received.lock().await.insert(id, seen);
        }));
    }
    for t in last {
        t.await.unwrap();
    }
    let elapsed = started.elapsed().as_secs_f64();
    // (`elapsed` includes the referent's catching up and the last syncs.)

    // Exactly once, end to end.
    let sent = sent.lock().await;
    let received = received.lock().await;
    let replied = replied.lock().await;
    let mut problems = 0;
    let mut total_sent = 0;
    let mut total_replies = 0;
    let mut unanswered = 0;
    for id in &ids {
        let mine: HashSet<&String> = sent[id].iter().collect();
        total_sent += mine.len();
        let mut stored = HashMap::new();
        for row in storage.changes(id, 0, i64::MAX).await.unwrap() {
            if row.kind == "message" {
                *stored.entry(row.id).or_insert(0) += 1;
            }
        }
        for m in &mine {
            if stored.get(*m) != Some(&1) {
                problems += 1;
            }
        }
        let replies: Vec<&String> = replied
            .get(id)
            .map(|v| v.iter().collect())
            .unwrap_or_default();
        total_replies += replies.len();
        let seen = &received[id];
        let unique: HashSet<&String> = seen.iter().collect();
        if unique.len() != seen.len() {
            problems += 1; // a reply received twice
        }
        for r in &replies {
            if !unique.contains(r) {
                problems += 1; // a reply never received
            }
        }
        if replies.len() != mine.len() {
            unanswered += mine.len().abs_diff(replies.len());
        }
    }

    let lat = lat.lock().await;
    let total: usize = lat.0.values().map(Vec::len).sum();
    println!(
        "Load test on {backend}: {persons} persons, {seconds} s, loopback, debug={}",
        cfg!(debug_assertions)
    );
    let health_rps = health_count as f64 / reference_secs as f64;
    let run_rps = total as f64 / elapsed;
    println!("  reference: GET /health at the same concurrency: {health_rps:.0} req/s");
    println!(
        "  this run: {total} requests in {elapsed:.1} s = {run_rps:.0} req/s (ratio to the reference {:.2})",
        run_rps / health_rps
    );
    let mut kinds: Vec<_> = lat.0.iter().collect();
    kinds.sort_by_key(|(k, _)| *k);
    let health_sorted = {
        let mut h = health
            .lock()
            .await
            .0
            .get("health")
            .cloned()
            .unwrap_or_default();
        h.sort();
        h
    };
    let h50 = percentile(&health_sorted, 0.5);
    for (kind, v) in kinds {
        let mut v = v.clone();
        v.sort();
        let p50 = percentile(&v, 0.5);
        let p99 = percentile(&v, 0.99);
        println!(
            "  {kind:<26} {:>7} requests  p50 {:>7.1} ms  p99 {:>7.1} ms  (p50 / reference p50 {:.1})",
            v.len(),
            p50.as_secs_f64() * 1e3,
            p99.as_secs_f64() * 1e3,
            p50.as_secs_f64() / h50.as_secs_f64().max(1e-6)
        );
    }
    println!(
        "  messages sent {total_sent}, replies {total_replies} (unanswered {unanswered}), request errors {}, exactly-once problems {problems}",
        errors.load(std::sync::atomic::Ordering::SeqCst)
    );
    if problems > 0 {
        std::process::exit(1);
    }
}
