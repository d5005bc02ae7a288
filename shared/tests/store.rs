//! The encrypted local store: round trip, tampering, wrong or missing keys,
//! corrupt files, and the audit trail as stored. Uses the mock keystore;
//! `keyutils.rs` and `crash.rs` use the real kernel keystore.

use parcours_core::audit::AuditError;
use parcours_core::contact::Contact;
use parcours_core::demo;
use parcours_core::i18n::{Explain, Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::step::Step;
use parcours_core::store::{DB_FILE, ROOT_KEY_ENTRY, Store, StoreError};
use rusqlite::Connection;

fn new_store() -> (tempfile::TempDir, Keystore, Store) {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("test");
    let mut store = Store::create(dir.path(), ks.clone(), demo::fixed_now()).unwrap();
    store
        .save_dossier(&demo::dossier(demo::fixed_now()), demo::fixed_now())
        .unwrap();
    (dir, ks, store)
}

fn raw(dir: &tempfile::TempDir) -> Connection {
    Connection::open(dir.path().join(DB_FILE)).unwrap()
}

#[test]
fn the_dossier_round_trips() {
    let (dir, ks, store) = new_store();
    let expected = demo::dossier(demo::fixed_now());
    assert_eq!(store.load_dossier().unwrap().unwrap(), expected);
    drop(store);
    let reopened = Store::open(dir.path(), ks).unwrap();
    assert_eq!(reopened.load_dossier().unwrap().unwrap(), expected);
    let step: Step = reopened.get("s03").unwrap().unwrap();
    assert_eq!(
        step.what(),
        "Donner mes 3 dernières fiches de paie au bailleur"
    );
    assert_eq!(reopened.get::<Step>("nope").unwrap(), None);
}

#[test]
fn a_new_store_has_no_dossier_and_refuses_to_be_created_twice() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("t");
    let store = Store::create(dir.path(), ks.clone(), demo::fixed_now()).unwrap();
    assert_eq!(store.load_dossier().unwrap(), None);
    drop(store);
    assert_eq!(
        Store::create(dir.path(), ks, demo::fixed_now()).unwrap_err(),
        StoreError::AlreadyExists
    );
    let empty = tempfile::tempdir().unwrap();
    assert_eq!(
        Store::open(empty.path(), Keystore::mock("t")).unwrap_err(),
        StoreError::NotFound
    );
}

#[test]
fn nothing_personal_is_in_clear_in_the_file() {
    let (dir, _ks, store) = new_store();
    drop(store);
    let bytes = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    for canary in [
        "Belkacem",
        "Nadia",
        "Claire Martin",
        "fiches de paie",
        "Titre de séjour",
        "RSA",
    ] {
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary.as_bytes()),
            "{canary} found in clear"
        );
    }
}

#[test]
fn swapping_rows_is_detected() {
    let (dir, _ks, store) = new_store();
    let db = raw(&dir);
    let a: Vec<u8> = db
        .query_row("SELECT sealed FROM steps WHERE id = 's01'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let b: Vec<u8> = db
        .query_row("SELECT sealed FROM steps WHERE id = 's02'", [], |r| {
            r.get(0)
        })
        .unwrap();
    db.execute("UPDATE steps SET sealed = ?1 WHERE id = 's02'", [&a])
        .unwrap();
    db.execute("UPDATE steps SET sealed = ?1 WHERE id = 's01'", [&b])
        .unwrap();
    assert_eq!(
        store.get::<Step>("s01").unwrap_err(),
        StoreError::RecordTampered {
            table: "steps",
            id: "s01".into()
        }
    );
    assert!(matches!(
        store.load_dossier().unwrap_err(),
        StoreError::RecordTampered { .. }
    ));
}

#[test]
fn replaying_a_row_into_another_place_is_detected() {
    let (dir, _ks, store) = new_store();
    let db = raw(&dir);
    // The referent's sealed contact copied under another id of the same table.
    let referent: Vec<u8> = db
        .query_row(
            "SELECT sealed FROM contacts WHERE id = 'referent'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    db.execute(
        "INSERT INTO contacts (id, sealed) VALUES ('intruder', ?1)",
        [&referent],
    )
    .unwrap();
    assert_eq!(
        store.get::<Contact>("intruder").unwrap_err(),
        StoreError::RecordTampered {
            table: "contacts",
            id: "intruder".into()
        }
    );
    // A step's sealed row moved into another table under the same id.
    let step: Vec<u8> = db
        .query_row("SELECT sealed FROM steps WHERE id = 's01'", [], |r| {
            r.get(0)
        })
        .unwrap();
    db.execute(
        "INSERT INTO contacts (id, sealed) VALUES ('s01', ?1)",
        [&step],
    )
    .unwrap();
    assert!(matches!(
        store.get::<Contact>("s01").unwrap_err(),
        StoreError::RecordTampered { .. }
    ));
}

#[test]
fn a_flipped_bit_is_detected() {
    let (dir, _ks, store) = new_store();
    let db = raw(&dir);
    let mut s: Vec<u8> = db
        .query_row("SELECT sealed FROM messages WHERE id = 'm01'", [], |r| {
            r.get(0)
        })
        .unwrap();
    let last = s.len() - 1;
    s[last] ^= 0x80;
    db.execute("UPDATE messages SET sealed = ?1 WHERE id = 'm01'", [&s])
        .unwrap();
    assert!(matches!(
        store.load_dossier().unwrap_err(),
        StoreError::RecordTampered {
            table: "messages",
            ..
        }
    ));
}

#[test]
fn a_wrong_key_is_its_own_error_and_deletes_nothing() {
    let (dir, ks, store) = new_store();
    drop(store);
    let before = std::fs::read(dir.path().join(DB_FILE)).unwrap();
    ks.set(ROOT_KEY_ENTRY, &[42u8; 32]).unwrap();
    assert_eq!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::WrongKey
    );
    ks.set(ROOT_KEY_ENTRY, &[42u8; 31]).unwrap();
    assert_eq!(
        Store::open(dir.path(), ks).unwrap_err(),
        StoreError::WrongKey
    );
    assert_eq!(std::fs::read(dir.path().join(DB_FILE)).unwrap(), before);
}

#[test]
fn a_missing_keystore_entry_is_its_own_error() {
    let (dir, ks, store) = new_store();
    drop(store);
    ks.delete(ROOT_KEY_ENTRY).unwrap();
    assert_eq!(
        Store::open(dir.path(), ks).unwrap_err(),
        StoreError::KeyMissing
    );
    assert!(dir.path().join(DB_FILE).exists());
}

#[test]
fn a_corrupt_file_is_its_own_error_and_is_kept() {
    let (dir, ks, store) = new_store();
    drop(store);
    let path = dir.path().join(DB_FILE);
    let good = std::fs::read(&path).unwrap();

    std::fs::write(
        &path,
        b"this is not a database, just some bytes that are long enough",
    )
    .unwrap();
    assert!(matches!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::Corrupt(_)
    ));
    assert!(path.exists());

    std::fs::write(&path, &good[..good.len() / 2]).unwrap();
    assert!(matches!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::Corrupt(_)
    ));

    // Damage inside a page (past the header): the integrity check sees it.
    let mut damaged = good.clone();
    for b in &mut damaged[4096 + 8..4096 + 64] {
        *b = 0xff;
    }
    std::fs::write(&path, &damaged).unwrap();
    assert!(matches!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::Corrupt(_)
    ));

    std::fs::write(&path, &good).unwrap();
    assert!(Store::open(dir.path(), ks).is_ok());
}

#[test]
fn a_newer_schema_is_refused_plainly() {
    let (dir, ks, store) = new_store();
    drop(store);
    raw(&dir)
        .execute("UPDATE meta SET value = 2 WHERE name = 'schema'", [])
        .unwrap();
    assert_eq!(
        Store::open(dir.path(), ks).unwrap_err(),
        StoreError::NewerSchema(2)
    );
}

#[test]
fn the_audit_trail_is_kept_and_readable() {
    let (_dir, _ks, store) = new_store();
    let trail = store.audit_trail().unwrap();
    assert_eq!(trail.len(), 2);
    let fr = Localizer::new(Lang::Fr);
    assert_eq!(
        trail[0].describe(&fr, demo::TIME_ZONE),
        "Le lundi 2 mars 2026, vous avez commencé à utiliser Parcours sur ce téléphone."
    );
    assert_eq!(
        trail[1].describe(&Localizer::new(Lang::En), demo::TIME_ZONE),
        "On Monday 2 March 2026, your file was updated."
    );
}

fn store_with_trail(n: usize) -> (tempfile::TempDir, Keystore, Store) {
    let (dir, ks, mut store) = new_store();
    for i in 0..n {
        store
            .save_dossier(
                &demo::dossier(demo::fixed_now()),
                demo::fixed_now() + chrono::Duration::hours(i as i64),
            )
            .unwrap();
    }
    (dir, ks, store)
}

#[test]
fn an_edited_audit_row_is_detected() {
    let (dir, _ks, store) = store_with_trail(3);
    let db = raw(&dir);
    let mut s: Vec<u8> = db
        .query_row("SELECT sealed FROM audit WHERE seq = 3", [], |r| r.get(0))
        .unwrap();
    s[20] ^= 1;
    db.execute("UPDATE audit SET sealed = ?1 WHERE seq = 3", [&s])
        .unwrap();
    assert_eq!(
        store.audit_trail().unwrap_err(),
        StoreError::Audit(AuditError::EntryAltered { seq: 3 })
    );
}

#[test]
fn a_deleted_audit_row_is_detected() {
    let (dir, _ks, store) = store_with_trail(3);
    raw(&dir)
        .execute("DELETE FROM audit WHERE seq = 2", [])
        .unwrap();
    assert_eq!(
        store.audit_trail().unwrap_err(),
        StoreError::Audit(AuditError::EntryMissing { seq: 2 })
    );
}

#[test]
fn cut_audit_rows_are_detected() {
    let (dir, _ks, store) = store_with_trail(3);
    raw(&dir)
        .execute("DELETE FROM audit WHERE seq >= 4", [])
        .unwrap();
    assert_eq!(
        store.audit_trail().unwrap_err(),
        StoreError::Audit(AuditError::Truncated {
            expected: 5,
            found: 3
        })
    );
}

#[test]
fn an_older_copy_of_the_whole_store_is_detected() {
    let (dir, ks, mut store) = store_with_trail(1);
    let path = dir.path().join(DB_FILE);
    let older = std::fs::read(&path).unwrap();
    store
        .save_dossier(&demo::dossier(demo::fixed_now()), demo::fixed_now())
        .unwrap();
    drop(store);
    std::fs::write(&path, &older).unwrap();
    let store = Store::open(dir.path(), ks).unwrap();
    assert_eq!(
        store.audit_trail().unwrap_err(),
        StoreError::Audit(AuditError::Truncated {
            expected: 4,
            found: 3
        })
    );
}

#[test]
fn every_store_error_is_explained_in_every_language() {
    let errors = [
        StoreError::NotFound,
        StoreError::AlreadyExists,
        StoreError::KeyMissing,
        StoreError::WrongKey,
        StoreError::Corrupt(String::new()),
        StoreError::RecordTampered {
            table: "steps",
            id: "x".into(),
        },
        StoreError::NewerSchema(2),
        StoreError::DiskFull,
        StoreError::Io(String::new()),
        StoreError::Audit(AuditError::Replaced),
    ];
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for e in &errors {
            assert!(
                loc.has(e.message_id()),
                "{lang}: {} missing",
                e.message_id()
            );
        }
    }
    // The person can tell a wrong key from a damaged file from a missing key.
    let fr = Localizer::new(Lang::Fr);
    let texts: std::collections::HashSet<_> = [
        StoreError::WrongKey,
        StoreError::Corrupt(String::new()),
        StoreError::KeyMissing,
    ]
    .iter()
    .map(|e| fr.explain(e))
    .collect();
    assert_eq!(texts.len(), 3);
}
