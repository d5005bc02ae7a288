//! The store with the real kernel keyutils keystore, as on a Linux machine
//! (the keystore on phones is the platform's own; see docs/storage.md).
#![cfg(target_os = "linux")]

use parcours_core::demo;
use parcours_core::keystore::{self, Keystore};
use parcours_core::store::{ROOT_KEY_ENTRY, Store, StoreError};

#[test]
fn the_store_opens_with_the_kernel_keystore() {
    keystore::join_session_keyring().unwrap();
    let profile = format!("test-{}", parcours_core::id::random_id());
    let ks = Keystore::platform(&profile).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(dir.path(), ks.clone(), demo::fixed_now()).unwrap();
    store
        .save_dossier(&demo::dossier(demo::fixed_now()), demo::fixed_now())
        .unwrap();
    drop(store);

    // A second handle on the same kernel keyring finds the key again.
    let again = Keystore::platform(&profile).unwrap();
    let store = Store::open(dir.path(), again).unwrap();
    assert_eq!(
        store.load_dossier().unwrap().unwrap().person.first_name(),
        "Nadia"
    );
    assert_eq!(store.audit_trail().unwrap().len(), 2);
    drop(store);

    // Without the key (logged out: keyutils keys vanish), a clear error and nothing lost.
    ks.delete(ROOT_KEY_ENTRY).unwrap();
    assert_eq!(
        Store::open(dir.path(), ks.clone()).unwrap_err(),
        StoreError::KeyMissing
    );
    ks.delete(parcours_core::store::AUDIT_HEAD_ENTRY).unwrap();
}
