//! The cryptographic building blocks of the core, all through `ring`:
//! ChaCha20-Poly1305 sealing with a fresh random nonce, HKDF-SHA256 key
//! derivation, HMAC-SHA256, and the domain-separation labels.
//!
//! Must never: invent a construction, reuse a nonce (every seal draws a new
//! random 96-bit nonce; no counter is ever stored), or log key material.

use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::hkdf;
use ring::hmac;
use ring::rand::{SecureRandom, SystemRandom};

/// Length of every symmetric key, in bytes.
pub const KEY_LEN: usize = 32;
/// Bytes a sealed value adds to its plaintext: the nonce and the tag.
pub const SEAL_OVERHEAD: usize = NONCE_LEN + 16;

/// Domain-separation labels. Each ends with a NUL byte and no label is a
/// prefix of another (tested), so bytes made for one purpose can never be
/// taken for another. `docs/storage.md` lists them.
pub mod label {
    /// HKDF info: the key that seals the store's records.
    pub const STORE_KEY: &[u8] = b"parcours/store-key/v1\0";
    /// HKDF info: the key that authenticates the audit trail.
    pub const AUDIT_KEY: &[u8] = b"parcours/audit-key/v1\0";
    /// Associated data prefix of a store record.
    pub const STORE_RECORD: &[u8] = b"parcours/store-record/v1\0";
    /// Associated data of the store's key check value.
    pub const STORE_CHECK: &[u8] = b"parcours/store-check/v1\0";
    /// HMAC input prefix of an audit entry.
    pub const AUDIT_ENTRY: &[u8] = b"parcours/audit-entry/v1\0";

    /// HKDF info: the safe's key that wraps each document's content key.
    pub const DOC_WRAP: &[u8] = b"parcours/doc-wrap/v1\0";
    /// Associated data prefix of a wrapped content key (followed by the header).
    pub const DOC_HEADER: &[u8] = b"parcours/doc-header/v1\0";
    /// HKDF info: a document's payload key, from its content key.
    pub const DOC_PAYLOAD: &[u8] = b"parcours/doc-payload/v1\0";

    /// Associated data prefix of the master key wrapped in a key file.
    pub const SAFE_KEY: &[u8] = b"parcours/safe-key/v1\0";

    /// HKDF info: the key that wraps a backup's content key.
    pub const BACKUP_WRAP: &[u8] = b"parcours/backup-wrap/v1\0";

    /// Signature prefix of an export's manifest (signed by the device key).
    pub const EXPORT_MANIFEST: &[u8] = b"parcours/export-manifest/v1\0";

    /// Associated data prefix of the master key wrapped in the PIN key file.
    pub const PIN_FILE: &[u8] = b"parcours/pin-file/v1\0";
    /// HKDF info: the PIN key, from the keystore secret and argon2id(PIN).
    pub const PIN_KEY: &[u8] = b"parcours/pin-key/v1\0";

    /// Prefix of a mandate statement (grant or revocation), signed by a device key.
    pub const MANDATE: &[u8] = b"parcours/mandate/v1\0";
    /// Prefix of a device certificate, signed by the server.
    pub const DEVICE_CERT: &[u8] = b"parcours/device-cert/v1\0";
    /// Prefix of a device key revocation, signed by the server.
    pub const KEY_REVOCATION: &[u8] = b"parcours/key-revocation/v1\0";
    /// Prefix of an authentication challenge, signed by a device key.
    pub const AUTH: &[u8] = b"parcours/auth/v1\0";
    /// Start of the HPKE `info` of a share (`share`).
    pub const SHARE: &[u8] = b"parcours/share/v1\0";

    /// Every label in use.
    pub const ALL: &[&[u8]] = &[
        STORE_KEY,
        AUDIT_KEY,
        STORE_RECORD,
        STORE_CHECK,
        AUDIT_ENTRY,
        DOC_WRAP,
        DOC_HEADER,
        DOC_PAYLOAD,
        SAFE_KEY,
        BACKUP_WRAP,
        EXPORT_MANIFEST,
        PIN_FILE,
        PIN_KEY,
        MANDATE,
        DEVICE_CERT,
        KEY_REVOCATION,
        AUTH,
        SHARE,
    ];
}

/// A sealed value could not be opened: wrong key, wrong place, or altered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the value could not be authenticated")]
pub struct Unauthentic;

/// Fresh random bytes from the system's CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    SystemRandom::new()
        .fill(&mut out)
        .expect("the system random generator failed");
    out
}

/// A symmetric key for sealing values. Never printed.
pub struct SealingKey(LessSafeKey);

impl std::fmt::Debug for SealingKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealingKey(..)")
    }
}

impl SealingKey {
    pub fn new(bytes: &[u8; KEY_LEN]) -> Self {
        Self(LessSafeKey::new(
            UnboundKey::new(&CHACHA20_POLY1305, bytes).expect("key length is right"),
        ))
    }

    /// Seals `plaintext` bound to `aad`: `nonce (12) || ciphertext || tag (16)`.
    pub fn seal(&self, aad: &[u8], plaintext: &[u8]) -> Vec<u8> {
        let nonce_bytes: [u8; NONCE_LEN] = random_bytes();
        let mut out = Vec::with_capacity(plaintext.len() + SEAL_OVERHEAD);
        out.extend_from_slice(&nonce_bytes);
        out.extend_from_slice(plaintext);
        let tag = self
            .0
            .seal_in_place_separate_tag(
                Nonce::assume_unique_for_key(nonce_bytes),
                Aad::from(aad),
                &mut out[NONCE_LEN..],
            )
            .expect("sealing cannot fail for in-memory sizes");
        out.extend_from_slice(tag.as_ref());
        out
    }

    /// Opens a value made by [`SealingKey::seal`] with the same `aad`.
    pub fn open(&self, aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, Unauthentic> {
        if sealed.len() < SEAL_OVERHEAD {
            return Err(Unauthentic);
        }
        let (nonce, rest) = sealed.split_at(NONCE_LEN);
        let nonce = Nonce::try_assume_unique_for_key(nonce).map_err(|_| Unauthentic)?;
        let mut buf = rest.to_vec();
        let plain = self
            .0
            .open_in_place(nonce, Aad::from(aad), &mut buf)
            .map_err(|_| Unauthentic)?;
        let n = plain.len();
        buf.truncate(n);
        Ok(buf)
    }
}

/// HKDF-SHA256 (RFC 5869): extract with `salt`, expand with `info` to 32 bytes.
pub fn hkdf_sha256(salt: &[u8], ikm: &[u8], info: &[u8]) -> [u8; KEY_LEN] {
    struct Len;
    impl hkdf::KeyType for Len {
        fn len(&self) -> usize {
            KEY_LEN
        }
    }
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, salt).extract(ikm);
    let info = [info];
    let okm = prk
        .expand(&info, Len)
        .expect("32 bytes is a valid HKDF length");
    let mut out = [0u8; KEY_LEN];
    okm.fill(&mut out).expect("length matches");
    out
}

/// Derives a 32-byte key from a root secret with HKDF-SHA256 (no salt) and
/// one of the [`label`]s as info.
pub fn derive_key(root: &[u8; KEY_LEN], info: &[u8]) -> [u8; KEY_LEN] {
    hkdf_sha256(&[], root, info)
}

/// HMAC-SHA256 of the concatenated `parts`.
pub fn hmac_sha256(key: &[u8; KEY_LEN], parts: &[&[u8]]) -> [u8; 32] {
    let key = hmac::Key::new(hmac::HMAC_SHA256, key);
    let mut ctx = hmac::Context::with_key(&key);
    for p in parts {
        ctx.update(p);
    }
    let mut out = [0u8; 32];
    out.copy_from_slice(ctx.sign().as_ref());
    out
}

/// Checks an HMAC-SHA256 in constant time.
pub fn hmac_sha256_verify(key: &[u8; KEY_LEN], parts: &[&[u8]], tag: &[u8]) -> bool {
    let key = hmac::Key::new(hmac::HMAC_SHA256, key);
    let data: Vec<u8> = parts.concat();
    hmac::verify(&key, &data, tag).is_ok()
}

/// Lower-case hex.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses lower- or upper-case hex.
pub fn unhex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_label_is_a_prefix_of_another() {
        for (i, a) in label::ALL.iter().enumerate() {
            assert_eq!(a.last(), Some(&0u8));
            for (j, b) in label::ALL.iter().enumerate() {
                if i != j {
                    assert!(!b.starts_with(a), "{:?} is a prefix of {:?}", a, b);
                }
            }
        }
    }

    #[test]
    fn sealing_round_trips_and_binds_the_aad() {
        let k = SealingKey::new(&[7u8; 32]);
        let s = k.seal(b"here", b"secret");
        assert_eq!(s.len(), 6 + SEAL_OVERHEAD);
        assert_eq!(k.open(b"here", &s).unwrap(), b"secret");
        assert_eq!(k.open(b"there", &s), Err(Unauthentic));
        assert_eq!(
            SealingKey::new(&[8u8; 32]).open(b"here", &s),
            Err(Unauthentic)
        );
        assert_eq!(k.open(b"here", &s[..10]), Err(Unauthentic));
        for i in 0..s.len() {
            let mut t = s.clone();
            t[i] ^= 1;
            assert_eq!(k.open(b"here", &t), Err(Unauthentic), "byte {i}");
        }
    }

    #[test]
    fn every_seal_draws_a_new_nonce() {
        let k = SealingKey::new(&[7u8; 32]);
        let mut nonces = std::collections::HashSet::new();
        for _ in 0..1000 {
            assert!(nonces.insert(k.seal(b"", b"x")[..NONCE_LEN].to_vec()));
        }
    }

    #[test]
    fn hkdf_matches_rfc5869_shape_and_separates_labels() {
        // RFC 5869 test case 3 (no salt, no info) for HKDF-SHA256, first 32 bytes.
        let ikm = [0x0bu8; 22];
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &[]).extract(&ikm);
        struct L;
        impl hkdf::KeyType for L {
            fn len(&self) -> usize {
                42
            }
        }
        let mut okm = [0u8; 42];
        prk.expand(&[], L).unwrap().fill(&mut okm).unwrap();
        assert_eq!(
            hex(&okm),
            "8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d9d201395faa4b61a96c8"
        );
        let root = [1u8; 32];
        assert_ne!(
            derive_key(&root, label::STORE_KEY),
            derive_key(&root, label::AUDIT_KEY)
        );
    }

    #[test]
    fn hmac_and_hex() {
        let k = [3u8; 32];
        let t = hmac_sha256(&k, &[b"a", b"bc"]);
        assert_eq!(t, hmac_sha256(&k, &[b"abc"]));
        assert!(hmac_sha256_verify(&k, &[b"ab", b"c"], &t));
        assert!(!hmac_sha256_verify(&k, &[b"abd"], &t));
        assert_eq!(unhex(&hex(&t)).unwrap(), t);
        assert_eq!(unhex("0g"), None);
        assert_eq!(unhex("abc"), None);
    }
}
