//! The platform keystore, through `keyring-core`: where the root secret and
//! the audit head live. Native stores on phones (Android Keystore-backed,
//! iOS Keychain); the kernel keyutils store on Linux; the `mock` store for
//! unit tests only.
//!
//! Must never: write a secret anywhere but the keystore, or print one.

use std::sync::Arc;

use keyring_core::{CredentialStore, Entry, Error as KeyringError};

/// The keystore service name of every Parcours entry.
pub const SERVICE: &str = "fr.parcours";

/// What went wrong with the keystore.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeystoreError {
    #[error("the keystore cannot be reached: {0}")]
    Unavailable(String),
    #[error("this platform has no keystore Parcours knows how to use")]
    NoPlatformStore,
}

/// A named set of secrets in one credential store. `profile` keeps the
/// entries of one local store apart from another's (tests, shared phones).
#[derive(Clone)]
pub struct Keystore {
    store: Arc<CredentialStore>,
    profile: String,
}

impl std::fmt::Debug for Keystore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Keystore")
            .field("profile", &self.profile)
            .finish()
    }
}

impl Keystore {
    /// Uses `store` for the entries of `profile`.
    pub fn new(store: Arc<CredentialStore>, profile: &str) -> Self {
        Self {
            store,
            profile: profile.to_owned(),
        }
    }

    /// An in-memory keystore (keyring-core's `mock` store). For tests only:
    /// nothing survives the process.
    pub fn mock(profile: &str) -> Self {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().expect("mock store");
        Self::new(store, profile)
    }

    /// The platform's keystore. On Linux this is the kernel keyutils store in
    /// the process's session keyring: call [`join_session_keyring`] first
    /// when the process may not have one (a headless service, CI).
    pub fn platform(profile: &str) -> Result<Self, KeystoreError> {
        #[cfg(target_os = "linux")]
        {
            let store: Arc<CredentialStore> = linux_keyutils_keyring_store::Store::new()
                .map_err(|e| KeystoreError::Unavailable(e.to_string()))?;
            Ok(Self::new(store, profile))
        }
        #[cfg(not(target_os = "linux"))]
        {
            let _ = profile;
            Err(KeystoreError::NoPlatformStore)
        }
    }

    pub fn profile(&self) -> &str {
        &self.profile
    }

    fn entry(&self, name: &str) -> Result<Entry, KeystoreError> {
        self.store
            .build(SERVICE, &format!("{}/{}", self.profile, name), None)
            .map_err(unavailable)
    }

    /// Reads a secret; `Ok(None)` when there is no such entry.
    pub fn get(&self, name: &str) -> Result<Option<Vec<u8>>, KeystoreError> {
        match self.entry(name)?.get_secret() {
            Ok(s) => Ok(Some(s)),
            Err(KeyringError::NoEntry) => Ok(None),
            Err(e) => Err(unavailable(e)),
        }
    }

    /// Writes (or replaces) a secret.
    pub fn set(&self, name: &str, secret: &[u8]) -> Result<(), KeystoreError> {
        self.entry(name)?.set_secret(secret).map_err(unavailable)
    }

    /// Deletes a secret; deleting a missing one is not an error.
    pub fn delete(&self, name: &str) -> Result<(), KeystoreError> {
        match self.entry(name)?.delete_credential() {
            Ok(()) | Err(KeyringError::NoEntry) => Ok(()),
            Err(e) => Err(unavailable(e)),
        }
    }
}

fn unavailable(e: KeyringError) -> KeystoreError {
    // keyring-core's messages name the store and the failure, never the secret.
    KeystoreError::Unavailable(e.to_string())
}

/// Gives the process its own session keyring, so that the keyutils store can
/// read what it writes (without one, writes succeed and reads are denied).
/// Child processes inherit it.
#[cfg(target_os = "linux")]
pub fn join_session_keyring() -> Result<(), KeystoreError> {
    use linux_keyutils::{KeyRing, KeyRingIdentifier};
    KeyRing::from_special_id(KeyRingIdentifier::Session, true)
        .map(|_| ())
        .map_err(|e| KeystoreError::Unavailable(format!("session keyring: {e:?}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mock_round_trip_and_missing_entries() {
        let k = Keystore::mock("t1");
        assert_eq!(k.get("x").unwrap(), None);
        k.set("x", &[1, 2, 3]).unwrap();
        assert_eq!(k.get("x").unwrap(), Some(vec![1, 2, 3]));
        k.delete("x").unwrap();
        k.delete("x").unwrap();
        assert_eq!(k.get("x").unwrap(), None);
    }

    #[test]
    fn profiles_are_kept_apart() {
        let store: Arc<CredentialStore> = keyring_core::mock::Store::new().unwrap();
        let a = Keystore::new(store.clone(), "a");
        let b = Keystore::new(store, "b");
        a.set("root", b"A").unwrap();
        assert_eq!(b.get("root").unwrap(), None);
    }
}
