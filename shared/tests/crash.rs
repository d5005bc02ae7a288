//! Crash safety: a writer process is killed (SIGKILL) in the middle of its
//! writes, again and again; after each kill the store opens, holds a state
//! that some commit produced (never half of one), and its audit trail checks.
//! Uses the real kernel keyutils keystore, inherited by the child process
//! through the session keyring.
#![cfg(target_os = "linux")]

mod common;

use std::path::Path;
use std::time::Duration;

use parcours_core::audit::AuditEvent;
use parcours_core::id::{ContactId, MessageId};
use parcours_core::keystore::{self, Keystore};
use parcours_core::message::Message;
use parcours_core::store::Store;

const DIR_VAR: &str = "PARCOURS_CRASH_DIR";
const PROFILE_VAR: &str = "PARCOURS_CRASH_PROFILE";

fn pair(k: usize) -> [Message; 2] {
    let to = ContactId::parse("referent").unwrap();
    let now = parcours_core::demo::fixed_now();
    ["a", "b"].map(|side| {
        Message::outgoing(
            MessageId::parse(format!("k{k:06}-{side}")).unwrap(),
            to.clone(),
            &format!("write {k}"),
            vec![],
            now,
        )
        .unwrap()
    })
}

/// Checks the store: every transaction wrote a pair, so pairs must be whole
/// and numbered 0..n with no gap. Returns n.
fn check(dir: &Path, ks: &Keystore) -> usize {
    let store = Store::open(dir, ks.clone()).expect("the store opens after a crash");
    let messages: Vec<Message> = store.all().unwrap();
    assert_eq!(messages.len() % 2, 0, "half a transaction was kept");
    let n = messages.len() / 2;
    for k in 0..n {
        let [a, b] = pair(k);
        assert!(
            messages.contains(&a) && messages.contains(&b),
            "pair {k} is not whole"
        );
    }
    let trail = store
        .audit_trail()
        .expect("the audit trail checks after a crash");
    assert_eq!(trail.len(), 1 + n, "one audit entry per committed write");
    n
}

/// The child: writes pairs until it is killed. Does nothing in a normal run.
#[test]
fn crash_writer_child() {
    let (Ok(dir), Ok(profile)) = (std::env::var(DIR_VAR), std::env::var(PROFILE_VAR)) else {
        return;
    };
    let ks = Keystore::platform(&profile).unwrap();
    let mut store = Store::open(Path::new(&dir), ks).unwrap();
    let mut k = store.all::<Message>().unwrap().len() / 2;
    loop {
        store
            .write(|w| {
                for m in pair(k) {
                    w.put(&m)?;
                }
                w.audit(
                    parcours_core::demo::fixed_now(),
                    AuditEvent::DossierReceived,
                );
                Ok(())
            })
            .unwrap();
        println!("committed {k}");
        k += 1;
    }
}

#[test]
fn a_writer_killed_mid_write_leaves_a_whole_state() {
    keystore::join_session_keyring().unwrap();
    let profile = format!("crash-{}", parcours_core::id::random_id());
    let ks = Keystore::platform(&profile).unwrap();
    let dir = tempfile::tempdir().unwrap();
    drop(Store::create(dir.path(), ks.clone(), parcours_core::demo::fixed_now()).unwrap());

    let mut last = 0;
    for round in 0..20u64 {
        let (mut child, mut lines) = common::spawn_child_test(
            "crash_writer_child",
            &[
                (DIR_VAR, dir.path().as_os_str()),
                (PROFILE_VAR, profile.as_ref()),
            ],
        );
        // Wait until it has committed a few writes, then kill it at a varying moment.
        let mut seen = 0;
        while seen < 3 {
            match lines.next() {
                Some(Ok(l)) if l.starts_with("committed") => seen += 1,
                Some(_) => {}
                None => panic!("the writer stopped by itself"),
            }
        }
        std::thread::sleep(Duration::from_millis(1 + (round * 7) % 23));
        child.kill().unwrap();
        child.wait().unwrap();
        let n = check(dir.path(), &ks);
        assert!(n >= last + 3, "round {round}: {n} pairs after {last}");
        last = n;
    }
    ks.delete(parcours_core::store::ROOT_KEY_ENTRY).unwrap();
    ks.delete(parcours_core::store::AUDIT_HEAD_ENTRY).unwrap();
}

const SAFE_DIR_VAR: &str = "PARCOURS_CRASH_SAFE";
const MODE_VAR: &str = "PARCOURS_CRASH_MODE";

fn page(k: usize) -> Vec<u8> {
    (0..2_000_000usize)
        .map(|i| (i.wrapping_mul(k + 3) % 251) as u8)
        .collect()
}

/// The child: adds documents (mode `import`) or writes backups (mode
/// `backup`) until it is killed. Does nothing in a normal run.
#[test]
fn crash_safe_child() {
    use parcours_core::safe::Safe;
    use parcours_core::safe::documents::{NewDocument, PageSource};
    let (Ok(dir), Ok(profile), Ok(mode)) = (
        std::env::var(SAFE_DIR_VAR),
        std::env::var(PROFILE_VAR),
        std::env::var(MODE_VAR),
    ) else {
        return;
    };
    let ks = Keystore::platform(&profile).unwrap();
    let mut safe = Safe::open(Path::new(&dir), ks).unwrap();
    let now = parcours_core::demo::fixed_now();
    for k in 0.. {
        if mode == "import" {
            let new = NewDocument {
                title: format!("Document {k}"),
                category: parcours_core::document::Category::Other,
                issued: None,
                expires: None,
            };
            let pages = vec![
                PageSource {
                    media_type: "application/pdf".into(),
                    content: Box::new(std::io::Cursor::new(page(k))),
                },
                PageSource {
                    media_type: "application/pdf".into(),
                    content: Box::new(std::io::Cursor::new(page(k + 1))),
                },
            ];
            safe.add_document(new, pages, now).unwrap();
        } else {
            safe.create_backup(&Path::new(&dir).with_extension("pcbak"), now)
                .unwrap();
        }
        println!("done {k}");
    }
}

fn run_and_kill(mode: &str, dir: &Path, profile: &str, round: u64) {
    let (mut child, mut lines) = common::spawn_child_test(
        "crash_safe_child",
        &[
            (SAFE_DIR_VAR, dir.as_os_str()),
            (PROFILE_VAR, profile.as_ref()),
            (MODE_VAR, mode.as_ref()),
        ],
    );
    // Wait for one whole operation, then kill at a varying moment of the next ones.
    assert!(
        lines.any(|l| l.is_ok_and(|l| l.contains("done 0"))),
        "the child did not work"
    );
    std::thread::sleep(Duration::from_millis(3 + (round * 17) % 60));
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn an_import_killed_midway_leaves_the_safe_whole() {
    use parcours_core::safe::Safe;
    use parcours_core::safe::key_file::KdfParams;
    keystore::join_session_keyring().unwrap();
    let profile = format!("crash-import-{}", parcours_core::id::random_id());
    let ks = Keystore::platform(&profile).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("safe");
    drop(
        Safe::init(
            &dir,
            ks.clone(),
            KdfParams::MIN,
            parcours_core::demo::fixed_now(),
        )
        .unwrap(),
    );
    let mut last = 0;
    for round in 0..5 {
        run_and_kill("import", &dir, &profile, round);
        let mut safe = Safe::open(&dir, ks.clone()).expect("the safe opens after a crash");
        let docs = safe.documents().unwrap();
        assert!(docs.len() > last, "round {round}: no progress");
        last = docs.len();
        // Every listed document reads back whole; no file is left that no document names.
        let mut files = 0;
        for d in &docs {
            assert_eq!(d.pages.len(), 2);
            for n in 1..=2 {
                assert_eq!(
                    safe.read_page(&d.id, n, parcours_core::demo::fixed_now())
                        .unwrap()
                        .len(),
                    2_000_000
                );
                files += 1;
            }
        }
        assert_eq!(
            std::fs::read_dir(dir.join("documents")).unwrap().count(),
            files
        );
        safe.store().audit_trail().unwrap();
    }
    for e in [
        parcours_core::store::ROOT_KEY_ENTRY,
        parcours_core::store::AUDIT_HEAD_ENTRY,
    ] {
        ks.delete(e).unwrap();
    }
}

#[test]
fn a_backup_killed_midway_never_leaves_a_broken_backup() {
    use parcours_core::safe::Safe;
    use parcours_core::safe::backup::{BackupCheck, verify_backup};
    use parcours_core::safe::documents::{NewDocument, PageSource};
    use parcours_core::safe::key_file::KdfParams;
    keystore::join_session_keyring().unwrap();
    let profile = format!("crash-backup-{}", parcours_core::id::random_id());
    let ks = Keystore::platform(&profile).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("safe");
    let (mut safe, code) = Safe::init(
        &dir,
        ks.clone(),
        KdfParams::MIN,
        parcours_core::demo::fixed_now(),
    )
    .unwrap();
    for k in 0..3 {
        let new = NewDocument {
            title: format!("D{k}"),
            category: parcours_core::document::Category::Other,
            issued: None,
            expires: None,
        };
        let pages = vec![PageSource {
            media_type: "application/pdf".into(),
            content: Box::new(std::io::Cursor::new(page(k))),
        }];
        safe.add_document(new, pages, parcours_core::demo::fixed_now())
            .unwrap();
    }
    drop(safe);
    let backup = dir.with_extension("pcbak");
    for round in 0..5 {
        run_and_kill("backup", &dir, &profile, round);
        // The backup in place is always a whole one; the safe still opens.
        assert!(matches!(
            verify_backup(&backup, Some(&code)).unwrap(),
            BackupCheck::Authentic {
                documents: 3,
                pages: 3
            }
        ));
        Safe::open(&dir, ks.clone())
            .unwrap()
            .store()
            .audit_trail()
            .unwrap();
    }
    for e in [
        parcours_core::store::ROOT_KEY_ENTRY,
        parcours_core::store::AUDIT_HEAD_ENTRY,
    ] {
        ks.delete(e).unwrap();
    }
}
