//! The device key: an Ed25519 key pair made on first start, whose private
//! part lives only in the platform keystore. It signs what the person
//! issues from this device: the export manifest (origin of an export) and,
//! with the mandate issue, every grant and revocation.
//!
//! Every signature covers a domain-separation label first (see
//! `crypto::label`), so bytes signed for one purpose are never accepted for
//! another. Must never: export the private key, or sign without a label.

use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};

use crate::crypto;
use crate::keystore::{Keystore, KeystoreError};

/// Keystore entry of the device key (PKCS#8 v2 document).
pub const DEVICE_KEY_ENTRY: &str = "device-key";

/// The device's signing key.
pub struct DeviceKey {
    pair: Ed25519KeyPair,
}

impl std::fmt::Debug for DeviceKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceKey")
            .field("public", &crypto::hex(&self.public_key()))
            .finish()
    }
}

impl DeviceKey {
    /// Loads the device key from the keystore, making one the first time.
    pub fn load_or_create(keystore: &Keystore) -> Result<DeviceKey, KeystoreError> {
        if let Some(pkcs8) = keystore.get(DEVICE_KEY_ENTRY)? {
            return Ed25519KeyPair::from_pkcs8(&pkcs8)
                .map(|pair| DeviceKey { pair })
                .map_err(|_| {
                    KeystoreError::Unavailable("the device key in the keystore is damaged".into())
                });
        }
        let rng = ring::rand::SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng)
            .map_err(|_| KeystoreError::Unavailable("no randomness".into()))?;
        keystore.set(DEVICE_KEY_ENTRY, pkcs8.as_ref())?;
        Self::load_or_create(keystore)
    }

    /// A key from a fixed 32-byte seed: for pinned test vectors and the
    /// worked example of `docs/mandate-format.md` only, never for a person.
    pub fn from_seed(seed: &[u8; 32]) -> DeviceKey {
        let pair = Ed25519KeyPair::from_seed_unchecked(seed).expect("any 32 bytes are a seed");
        DeviceKey { pair }
    }

    /// The raw 32-byte public key.
    pub fn public_key(&self) -> [u8; 32] {
        self.pair
            .public_key()
            .as_ref()
            .try_into()
            .expect("Ed25519 public keys are 32 bytes")
    }

    /// Signs `label || message`.
    pub fn sign(&self, label: &[u8], message: &[u8]) -> [u8; 64] {
        let signed = [label, message].concat();
        self.pair
            .sign(&signed)
            .as_ref()
            .try_into()
            .expect("Ed25519 signatures are 64 bytes")
    }
}

/// Checks an Ed25519 signature over `label || message`.
pub fn verify(public_key: &[u8], label: &[u8], message: &[u8], signature: &[u8]) -> bool {
    let signed = [label, message].concat();
    UnparsedPublicKey::new(&ED25519, public_key)
        .verify(&signed, signature)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::label;

    #[test]
    fn the_key_is_made_once_and_signs_under_a_label() {
        let ks = Keystore::mock("dk");
        let a = DeviceKey::load_or_create(&ks).unwrap();
        let b = DeviceKey::load_or_create(&ks).unwrap();
        assert_eq!(a.public_key(), b.public_key());
        let sig = a.sign(label::EXPORT_MANIFEST, b"{}");
        assert!(verify(&a.public_key(), label::EXPORT_MANIFEST, b"{}", &sig));
        assert!(!verify(
            &a.public_key(),
            label::EXPORT_MANIFEST,
            b"{ }",
            &sig
        ));
        // The same bytes under another purpose's label are refused.
        assert!(!verify(&a.public_key(), label::STORE_RECORD, b"{}", &sig));
        let other = DeviceKey::load_or_create(&Keystore::mock("other")).unwrap();
        assert!(!verify(
            &other.public_key(),
            label::EXPORT_MANIFEST,
            b"{}",
            &sig
        ));
    }
}
