//! The app's data, at its edge: opens the person's safe (the encrypted
//! store) with the platform keystore, and hands it to the app as
//! [`AppData`]. The preview fills a new safe with the demo dossier.
//!
//! Must never: keep the dossier anywhere but the encrypted store.

use std::path::Path;

use chrono::{DateTime, Utc};
use parcours_core::demo;
use parcours_core::device_key::DeviceKey;
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::{KEY_FILE, Safe, SafeError};

use crate::state::AppData;

/// The platform keystore for `profile`. On Linux the process joins a
/// session keyring first (headless machines have none). Where no keystore
/// can be reached (a development machine without one), an in-memory one
/// is used and `false` is returned: nothing then survives the process.
pub fn keystore(profile: &str) -> (Keystore, bool) {
    #[cfg(target_os = "linux")]
    let joined = parcours_core::keystore::join_session_keyring().is_ok();
    #[cfg(not(target_os = "linux"))]
    let joined = true;
    match Keystore::platform(profile) {
        Ok(k) if joined => (k, true),
        _ => (Keystore::mock(profile), false),
    }
}

/// The key that signs the person's mandates. The demo dossier's key chain
/// certifies the demo key only, so the demo uses it; a real app would use
/// `DeviceKey::load_or_create(&keystore)` (the key made on the phone, kept
/// in the platform keystore, certified by the server at enrollment).
pub fn device_key() -> DeviceKey {
    demo::demo_device_key()
}

/// Opens the safe in `dir`, or makes one holding the demo dossier anchored
/// at `now`, and returns its data, read back from the encrypted store.
pub fn open_or_create_demo(
    dir: &Path,
    keystore: Keystore,
    now: DateTime<Utc>,
) -> Result<AppData, SafeError> {
    let mut safe = if dir.join(KEY_FILE).exists() {
        Safe::open(dir, keystore)?
    } else {
        // The recovery code is shown by the first-start screen on a phone;
        // a demo safe is thrown away with its folder.
        Safe::init(dir, keystore, KdfParams::DEFAULT, now)?.0
    };
    if safe.store().load_dossier()?.is_none() {
        safe.store_mut().save_dossier(&demo::dossier(now), now)?;
    }
    AppData::from_safe(safe, device_key())?.ok_or(SafeError::Io("the dossier was not saved".into()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demo_dossier_comes_back_from_the_encrypted_store() {
        let dir =
            std::env::temp_dir().join(format!("parcours-data-{}", parcours_core::id::random_id()));
        let ks = Keystore::mock("data");
        let now = demo::fixed_now();
        let first = open_or_create_demo(&dir, ks.clone(), now).unwrap();
        assert!(first.is_saved());
        assert_eq!(*first.dossier(), demo::dossier(now));
        drop(first);
        // Opened again, it is read from the store, not made anew.
        let again = open_or_create_demo(&dir, ks, now + chrono::Duration::days(3)).unwrap();
        assert_eq!(*again.dossier(), demo::dossier(now));
        drop(again);
        // And it is not readable without the key.
        assert!(open_or_create_demo(&dir, Keystore::mock("other"), now).is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
