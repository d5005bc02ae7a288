//! The optional PIN: it protects the data on disk (the keystore alone no
//! longer opens the safe), failed attempts bring growing delays that
//! survive killing the app, nothing is ever wiped, and the recovery code
//! resets a forgotten PIN.

mod common;

use std::path::Path;

use chrono::Duration;
use parcours_core::demo;
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{self, Pin, PinError};
use parcours_core::safe::{Safe, SafeError};
use parcours_core::store::{ROOT_KEY_ENTRY, Store, StoreError};

fn now() -> chrono::DateTime<chrono::Utc> {
    demo::fixed_now()
}

#[test]
fn a_pin_protects_the_data_not_only_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("pin");
    let (mut safe, code) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now()).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    let pin = Pin::parse("4821").unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    drop(safe);

    // The keystore alone opens nothing any more.
    assert_eq!(ks.get(ROOT_KEY_ENTRY).unwrap(), None);
    assert_eq!(
        Safe::open(dir.path(), ks.clone()).unwrap_err(),
        SafeError::PinRequired
    );
    assert_eq!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::KeyMissing
    );

    let safe = Safe::open_with_pin(dir.path(), ks.clone(), &pin, now()).unwrap();
    assert_eq!(
        safe.store()
            .load_dossier()
            .unwrap()
            .unwrap()
            .person
            .first_name(),
        "Nadia"
    );
    drop(safe);

    // Wrong PINs: counted, then delayed; never wiped.
    let wrong = Pin::parse("0000").unwrap();
    for n in 1..=3 {
        assert_eq!(
            Safe::open_with_pin(dir.path(), ks.clone(), &wrong, now()).unwrap_err(),
            SafeError::Pin(PinError::Wrong { failures: n })
        );
    }
    let locked = Safe::open_with_pin(dir.path(), ks.clone(), &pin, now()).unwrap_err();
    assert_eq!(
        locked,
        SafeError::Pin(PinError::Locked {
            until: now() + Duration::seconds(30)
        })
    );
    // After the delay the right PIN works and the counter is reset.
    let later = now() + Duration::seconds(30);
    assert!(Safe::open_with_pin(dir.path(), ks.clone(), &pin, later).is_ok());
    assert_eq!(pin::attempts(&ks, later).unwrap().failures, 0);
    assert!(dir.path().join("parcours.db").exists());

    // A forgotten PIN: the recovery code opens, and a new PIN is set.
    let mut safe = Safe::unlock_with_code(dir.path(), ks.clone(), &code, later).unwrap();
    assert_eq!(
        ks.get(ROOT_KEY_ENTRY).unwrap(),
        None,
        "the code does not undo the PIN"
    );
    let new_pin = Pin::parse("135790").unwrap();
    safe.set_pin(&new_pin, KdfParams::MIN, later).unwrap();
    drop(safe);
    assert!(matches!(
        Safe::open_with_pin(dir.path(), ks.clone(), &pin, later).unwrap_err(),
        SafeError::Pin(PinError::Wrong { .. })
    ));
    let mut safe = Safe::open_with_pin(dir.path(), ks.clone(), &new_pin, later).unwrap();

    // Removing the PIN puts the key back in the keystore.
    safe.remove_pin(later).unwrap();
    drop(safe);
    assert!(Safe::open(dir.path(), ks.clone()).is_ok());
    let trail = Safe::open(dir.path(), ks)
        .unwrap()
        .store()
        .audit_trail()
        .unwrap();
    let events: Vec<_> = trail.iter().map(|e| e.body().unwrap().event).collect();
    assert!(events.contains(&parcours_core::audit::AuditEvent::PinSet));
    assert!(events.contains(&parcours_core::audit::AuditEvent::PinRemoved));
}

#[test]
fn a_new_phone_without_the_device_secret_needs_the_recovery_code() {
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, code) =
        Safe::init(dir.path(), Keystore::mock("a"), KdfParams::MIN, now()).unwrap();
    let pin = Pin::parse("4821").unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    drop(safe);
    let fresh = Keystore::mock("b");
    assert_eq!(
        Safe::open_with_pin(dir.path(), fresh.clone(), &pin, now()).unwrap_err(),
        SafeError::Store(StoreError::KeyMissing)
    );
    let mut safe = Safe::unlock_with_code(dir.path(), fresh.clone(), &code, now()).unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    drop(safe);
    assert!(Safe::open_with_pin(dir.path(), fresh, &pin, now()).is_ok());
}

const DIR_VAR: &str = "PARCOURS_PIN_DIR";
const PROFILE_VAR: &str = "PARCOURS_PIN_PROFILE";

/// The child: makes three wrong attempts, says so, then waits to be killed.
#[cfg(target_os = "linux")]
#[test]
fn pin_attempts_child() {
    let (Ok(dir), Ok(profile)) = (std::env::var(DIR_VAR), std::env::var(PROFILE_VAR)) else {
        return;
    };
    let ks = Keystore::platform(&profile).unwrap();
    let wrong = Pin::parse("0000").unwrap();
    for _ in 0..3 {
        assert!(Safe::open_with_pin(Path::new(&dir), ks.clone(), &wrong, now()).is_err());
    }
    println!("failed 3");
    std::thread::sleep(std::time::Duration::from_secs(60));
}

/// The counter lives in the (kernel) keystore: killing the app resets nothing.
#[cfg(target_os = "linux")]
#[test]
fn failed_attempts_survive_killing_the_app() {
    parcours_core::keystore::join_session_keyring().unwrap();
    let profile = format!("pin-{}", parcours_core::id::random_id());
    let ks = Keystore::platform(&profile).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, _code) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now()).unwrap();
    let pin = Pin::parse("4821").unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    drop(safe);

    let (mut child, mut lines) = common::spawn_child_test(
        "pin_attempts_child",
        &[
            (DIR_VAR, dir.path().as_os_str()),
            (PROFILE_VAR, profile.as_ref()),
        ],
    );
    assert!(
        lines.any(|l| l.is_ok_and(|l| l.contains("failed 3"))),
        "the child did not fail three times"
    );
    child.kill().unwrap();
    child.wait().unwrap();

    // A new process (this one), the same keystore: still locked.
    assert_eq!(pin::attempts(&ks, now()).unwrap().failures, 3);
    assert!(matches!(
        Safe::open_with_pin(dir.path(), ks.clone(), &pin, now()).unwrap_err(),
        SafeError::Pin(PinError::Locked { .. })
    ));
    assert!(
        Safe::open_with_pin(dir.path(), ks.clone(), &pin, now() + Duration::seconds(31)).is_ok()
    );
    for entry in [
        ROOT_KEY_ENTRY,
        pin::DEVICE_SECRET_ENTRY,
        pin::ATTEMPTS_ENTRY,
        parcours_core::store::AUDIT_HEAD_ENTRY,
    ] {
        ks.delete(entry).unwrap();
    }
}

#[test]
fn asking_the_pin_again_counts_a_wrong_one_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("pin-check");
    let (mut safe, _code) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now()).unwrap();
    // No PIN: nothing to ask.
    assert_eq!(safe.check_pin(None, now()), Ok(()));
    let pin = Pin::parse("4821").unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    let pin_file = std::fs::read(dir.path().join(pin::PIN_FILE)).unwrap();
    assert_eq!(safe.check_pin(None, now()), Err(SafeError::PinRequired));
    let wrong = Pin::parse("0000").unwrap();
    for n in 1..=3 {
        assert_eq!(
            safe.check_pin(Some(&wrong), now()),
            Err(SafeError::Pin(PinError::Wrong { failures: n }))
        );
    }
    // The same delay as on the unlock screen, even with the right PIN.
    assert!(matches!(
        safe.check_pin(Some(&pin), now()),
        Err(SafeError::Pin(PinError::Locked { .. }))
    ));
    assert_eq!(
        std::fs::read(dir.path().join(pin::PIN_FILE)).unwrap(),
        pin_file
    );
    let later = now() + Duration::seconds(31);
    assert_eq!(safe.check_pin(Some(&pin), later), Ok(()));
    assert_eq!(pin::attempts(&ks, later).unwrap().failures, 0);
}
