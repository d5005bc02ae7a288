//! One storage test suite, run against SQLite (always) and PostgreSQL (in
//! `.ci/run`, which installs and starts it and sets
//! `PARCOURS_TEST_POSTGRES_URL`; on a developer machine without it, the
//! PostgreSQL half says it skipped, and under CI it fails instead).

use parcours_server::storage::{Backend, DeviceRow, ShareRow, StatementRow, Storage, StorageError};

async fn sqlite() -> (Storage, Option<tempfile::TempDir>) {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("server.db").display()
    );
    let s = Storage::connect(&url).await.unwrap();
    assert_eq!(s.backend(), Backend::Sqlite);
    (s, Some(dir))
}

/// A fresh database per test on the PostgreSQL server.
async fn postgres() -> Option<(Storage, Option<tempfile::TempDir>)> {
    let Ok(admin_url) = std::env::var("PARCOURS_TEST_POSTGRES_URL") else {
        assert!(
            std::env::var("CI").is_err(),
            "CI must provide PARCOURS_TEST_POSTGRES_URL"
        );
        eprintln!("SKIPPED: no PARCOURS_TEST_POSTGRES_URL (PostgreSQL half of the suite)");
        return None;
    };
    let name = format!("parcours_test_{}", parcours_core::id::random_id());
    let admin = Storage::connect_admin(&admin_url).await;
    admin.create_database(&name).await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(b, _)| b)
        .unwrap_or(&admin_url);
    let s = Storage::connect(&format!("{base}/{name}")).await.unwrap();
    assert_eq!(s.backend(), Backend::Postgres);
    Some((s, None))
}

/// Admin helpers for the tests only.
trait Admin {
    async fn connect_admin(url: &str) -> AdminPool;
}

struct AdminPool(sqlx::AnyPool);

impl AdminPool {
    async fn create_database(&self, name: &str) {
        // The name is ours (random hex), not input.
        sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .execute(&self.0)
            .await
            .unwrap();
    }
}

impl Admin for Storage {
    async fn connect_admin(url: &str) -> AdminPool {
        sqlx::any::install_default_drivers();
        AdminPool(sqlx::AnyPool::connect(url).await.unwrap())
    }
}

async fn person(s: &Storage) -> String {
    let id = parcours_core::id::random_id();
    s.create_person(&id, "referent-1", 1_000).await.unwrap();
    id
}

async fn an_invitation_is_used_once(s: Storage) {
    let p = person(&s).await;
    s.create_invitation(b"code-hash-1", &p, 2_000)
        .await
        .unwrap();
    assert_eq!(
        s.take_invitation(b"code-hash-1", 1_500).await.unwrap(),
        Some(p)
    );
    assert_eq!(
        s.take_invitation(b"code-hash-1", 1_501).await.unwrap(),
        None
    );
    assert_eq!(s.take_invitation(b"unknown", 1_500).await.unwrap(), None);
    assert!(matches!(
        s.create_invitation(b"code-hash-1", "x", 3_000).await,
        Err(StorageError::Conflict | StorageError::Other(_))
    ));
}

async fn an_expired_invitation_is_refused(s: Storage) {
    let p = person(&s).await;
    s.create_invitation(b"code-hash-2", &p, 2_000)
        .await
        .unwrap();
    assert_eq!(
        s.take_invitation(b"code-hash-2", 2_000).await.unwrap(),
        None
    );
}

async fn two_enrollments_with_one_code_cannot_both_succeed(s: Storage) {
    let p = person(&s).await;
    s.create_invitation(b"code-hash-3", &p, 9_000)
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        s.take_invitation(b"code-hash-3", 1_000),
        s.take_invitation(b"code-hash-3", 1_000)
    );
    let winners = [a.unwrap(), b.unwrap()].into_iter().flatten().count();
    assert_eq!(winners, 1);
}

async fn devices_are_registered_and_revoked(s: Storage) {
    let p = person(&s).await;
    let d = |key: u8, first_seq| DeviceRow {
        device_key: vec![key; 32],
        person_id: p.clone(),
        first_seq,
        certificate: format!("{{\"cert\":{key}}}"),
        revocation: None,
    };
    s.register_device(&d(1, 1), 1_000).await.unwrap();
    s.register_device(&d(2, 5), 2_000).await.unwrap();
    assert!(matches!(
        s.register_device(&d(1, 1), 3_000).await,
        Err(StorageError::Conflict)
    ));
    assert!(
        s.revoke_device(&[1; 32], "{\"revoked\":true}")
            .await
            .unwrap()
    );
    assert!(!s.revoke_device(&[1; 32], "{\"again\":true}").await.unwrap());
    let devices = s.devices(&p).await.unwrap();
    assert_eq!(devices.len(), 2);
    assert_eq!(devices[0].revocation.as_deref(), Some("{\"revoked\":true}"));
    assert_eq!(devices[1].revocation, None);
    assert_eq!(devices[1].first_seq, 5);
}

async fn statements_are_idempotent_and_ordered(s: Storage) {
    let p = person(&s).await;
    let st = |seq: i64, h: u8| StatementRow {
        seq,
        hash: vec![h; 32],
        bytes: vec![h; 100],
        signature: vec![h; 64],
    };
    assert_eq!(s.last_seq(&p).await.unwrap(), None);
    s.append_statement(&p, &st(2, 2), 1).await.unwrap();
    s.append_statement(&p, &st(1, 1), 1).await.unwrap();
    // The same statement again: accepted once, no duplicate.
    s.append_statement(&p, &st(2, 2), 2).await.unwrap();
    // Another statement with a used number: refused.
    assert!(matches!(
        s.append_statement(&p, &st(2, 9), 3).await,
        Err(StorageError::Conflict)
    ));
    let all = s.statements(&p).await.unwrap();
    assert_eq!(all.iter().map(|r| r.seq).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(all[1], st(2, 2));
    assert_eq!(s.last_seq(&p).await.unwrap(), Some(2));
    // Another person's statements are apart.
    let q = person(&s).await;
    assert!(s.statements(&q).await.unwrap().is_empty());
}

/// Many writers to one person at once, each holding its transaction open
/// a moment after taking its change number, while a reader pulls with its
/// cursor the whole time: the reader must end up with every record, and
/// change numbers must be unique. (With numbers handed out before the
/// person's row is locked, a reader on PostgreSQL would skip a record
/// committed late.)
async fn a_cursor_never_skips_a_late_commit(s: Storage) {
    let p = person(&s).await;
    let writers = 8;
    let per_writer = 6;
    let done = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut handles = Vec::new();
    for w in 0..writers {
        let s = s.clone();
        let p = p.clone();
        let done = done.clone();
        handles.push(tokio::spawn(async move {
            for i in 0..per_writer {
                let mut tx = s.begin_person(&p).await.unwrap().unwrap();
                tx.put("message", &format!("w{w}-{i}"), "{}").await.unwrap();
                // Commit late: other writers and the reader run meanwhile.
                tokio::time::sleep(std::time::Duration::from_millis(
                    ((w * 7 + i * 3) % 5) as u64,
                ))
                .await;
                tx.commit().await.unwrap();
            }
            done.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        }));
    }
    let mut cursor = 0;
    let mut seen = std::collections::BTreeMap::new();
    loop {
        let finished = done.load(std::sync::atomic::Ordering::SeqCst) == writers;
        for row in s.changes(&p, cursor, 1000).await.unwrap() {
            assert!(row.seq > cursor, "the cursor only moves forward");
            cursor = row.seq;
            assert!(
                seen.insert(row.id.clone(), row.seq).is_none(),
                "{} twice",
                row.id
            );
        }
        if finished {
            break;
        }
        tokio::task::yield_now().await;
    }
    for h in handles {
        h.await.unwrap();
    }
    assert_eq!(seen.len(), writers * per_writer, "every record was seen");
    let mut seqs: Vec<i64> = seen.values().copied().collect();
    seqs.sort();
    seqs.dedup();
    assert_eq!(
        seqs.len(),
        writers * per_writer,
        "change numbers are unique"
    );
}

/// A remembered answer is found again by a later write, for its caller only.
async fn idempotent_answers_are_remembered(s: Storage) {
    let p = person(&s).await;
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    assert_eq!(tx.remembered("person:x", "k1").await.unwrap(), None);
    tx.put("message", "m1", "{\"a\":1}").await.unwrap();
    tx.remember("person:x", "k1", 201, "{\"first\":true}", 5)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    assert_eq!(
        tx.remembered("person:x", "k1").await.unwrap(),
        Some((201, "{\"first\":true}".to_owned()))
    );
    assert_eq!(tx.remembered("person:y", "k1").await.unwrap(), None);
    // A rolled-back write leaves nothing: neither record nor answer.
    tx.put("message", "m2", "{}").await.unwrap();
    tx.remember("person:x", "k2", 201, "{}", 6).await.unwrap();
    drop(tx);
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    assert_eq!(tx.remembered("person:x", "k2").await.unwrap(), None);
    assert_eq!(tx.record("message", "m2").await.unwrap(), None);
    drop(tx);
    // An unknown person has no dossier to write to.
    assert!(s.begin_person("nobody").await.unwrap().is_none());
}

/// A share is handed to its recipient until its end, to the second: one
/// second before, it opens and the sweep keeps it; at its end, it is refused
/// and the sweep deletes what would open it. A withdrawn share is deleted
/// at once.
async fn a_share_is_deleted_at_its_exact_end(s: Storage) {
    let p = person(&s).await;
    let end = 2_000_000;
    let row = |id: &str| ShareRow {
        id: id.into(),
        person_id: p.clone(),
        recipient: "martin".into(),
        document: "d1".into(),
        recipient_key: vec![1; 32],
        enc: Some(vec![2; 32]),
        sealed: Some(vec![3; 64]),
        created_at: 1_000,
        expires_at: end,
        withdrawn_at: None,
        ready: false,
    };
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    tx.insert_share(&row("sh1")).await.unwrap();
    tx.insert_share(&row("sh2")).await.unwrap();
    assert!(
        tx.put_share_body("sh1", b"sealed body", end - 10)
            .await
            .unwrap()
    );
    assert!(
        tx.put_share_body("sh2", b"sealed body", end - 10)
            .await
            .unwrap()
    );
    tx.commit().await.unwrap();
    // Not yet ready shares and other recipients see nothing.
    assert!(
        s.share_for("someone", "sh1", end - 1)
            .await
            .unwrap()
            .is_none()
    );
    // One second before the end.
    assert!(
        s.share_for("martin", "sh1", end - 1)
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(
        s.share_body_for("martin", "sh1", end - 1)
            .await
            .unwrap()
            .as_deref(),
        Some(&b"sealed body"[..])
    );
    assert_eq!(s.shares_for("martin", end - 1).await.unwrap().len(), 2);
    assert_eq!(s.sweep_shares(end - 1).await.unwrap(), 0);
    assert!(s.share_material_kept("sh1").await.unwrap());
    // Withdrawn: gone at once.
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    tx.withdraw_share("sh2", end - 1).await.unwrap();
    tx.commit().await.unwrap();
    assert!(!s.share_material_kept("sh2").await.unwrap());
    assert!(
        s.share_for("martin", "sh2", end - 1)
            .await
            .unwrap()
            .is_none()
    );
    // At the end, to the second.
    assert!(s.share_for("martin", "sh1", end).await.unwrap().is_none());
    assert!(
        s.share_body_for("martin", "sh1", end)
            .await
            .unwrap()
            .is_none()
    );
    assert_eq!(s.sweep_shares(end).await.unwrap(), 1);
    assert!(!s.share_material_kept("sh1").await.unwrap());
    // A late body for an ended share is refused.
    let mut tx = s.begin_person(&p).await.unwrap().unwrap();
    tx.insert_share(&ShareRow {
        expires_at: end,
        ..row("sh3")
    })
    .await
    .unwrap();
    assert!(!tx.put_share_body("sh3", b"x", end).await.unwrap());
    tx.commit().await.unwrap();
}

macro_rules! suite {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test]
                async fn $name() {
                    let (s, _dir) = super::sqlite().await;
                    super::$name(s).await;
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test]
                async fn $name() {
                    let Some((s, _)) = super::postgres().await else { return };
                    super::$name(s).await;
                }
            )*
        }
    };
}

suite!(
    an_invitation_is_used_once,
    an_expired_invitation_is_refused,
    two_enrollments_with_one_code_cannot_both_succeed,
    devices_are_registered_and_revoked,
    statements_are_idempotent_and_ordered,
    a_cursor_never_skips_a_late_commit,
    idempotent_answers_are_remembered,
    a_share_is_deleted_at_its_exact_end,
);

#[tokio::test]
async fn migrations_run_once() {
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("m.db").display());
    let a = Storage::connect(&url).await.unwrap();
    let p = person(&a).await;
    drop(a);
    let b = Storage::connect(&url).await.unwrap();
    b.create_invitation(b"h", &p, 10).await.unwrap();
}
