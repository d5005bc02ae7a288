//! Crash safety: a writer process is killed (SIGKILL) in the middle of its
//! writes, again and again; after each kill the store opens, holds a state
//! that some commit produced (never half of one), and its audit trail checks.
//! Uses the real kernel keyutils keystore, inherited by the child process
//! through the session keyring.
#![cfg(target_os = "linux")]

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
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
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "crash_writer_child",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(DIR_VAR, dir.path())
            .env(PROFILE_VAR, &profile)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Wait until it has committed a few writes, then kill it at a varying moment.
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
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
