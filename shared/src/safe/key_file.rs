//! The safe's key files: the master key wrapped under a key derived with
//! argon2id. `safe.key` (kind [`Kind::Recovery`]) wraps it under the
//! recovery code; it is kept next to the store and copied into every backup,
//! so the code alone opens the safe anywhere. `pin.key` (kind [`Kind::Pin`])
//! wraps it under the PIN combined with a keystore secret (see `pin`).
//!
//! The KDF parameters are in the file, so they can grow with phones; they
//! are bounded when read, since the file may come from an attacker (a huge
//! memory cost would be a denial of service).
//!
//! Must never: hold the master key in clear.

use argon2::{Algorithm, Argon2, Params, Version};
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};

use crate::crypto::{self, KEY_LEN};

/// The first 8 bytes of a recovery key file.
pub const MAGIC: &[u8; 8] = b"PRCS-KEY";
/// The first 8 bytes of a PIN key file.
pub const PIN_MAGIC: &[u8; 8] = b"PRCS-PIN";

/// What a key file is unlocked with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The recovery code (`safe.key`).
    Recovery,
    /// The PIN and the keystore's device secret (`pin.key`).
    Pin,
}

impl Kind {
    fn magic(self) -> &'static [u8; 8] {
        match self {
            Kind::Recovery => MAGIC,
            Kind::Pin => PIN_MAGIC,
        }
    }
    fn label(self) -> &'static [u8] {
        match self {
            Kind::Recovery => crypto::label::SAFE_KEY,
            Kind::Pin => crypto::label::PIN_FILE,
        }
    }
}
pub const VERSION: u8 = 1;
/// KDF identifier: argon2id, version 0x13.
pub const KDF_ARGON2ID: u8 = 1;
/// Total length of a key file.
pub const LEN: usize = 8 + 1 + 1 + 4 + 4 + 1 + 16 + 12 + KEY_LEN + 16;

/// argon2id parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_kib: u32,
    /// Passes.
    pub t: u32,
    /// Lanes.
    pub p: u8,
}

impl KdfParams {
    /// What new safes use: 64 MiB, 3 passes, 1 lane (about 150 ms on a laptop
    /// core, about a second on a cheap phone; done once per recovery).
    pub const DEFAULT: KdfParams = KdfParams {
        m_kib: 64 * 1024,
        t: 3,
        p: 1,
    };
    /// The smallest accepted (tests use it to stay fast).
    pub const MIN: KdfParams = KdfParams {
        m_kib: 8 * 1024,
        t: 1,
        p: 1,
    };
    /// Bounds applied when reading a file.
    pub const MAX_M_KIB: u32 = 1024 * 1024;
    pub const MAX_T: u32 = 10;
    pub const MAX_P: u8 = 4;

    fn check(self) -> Result<Self, KeyFileError> {
        let ok = (Self::MIN.m_kib..=Self::MAX_M_KIB).contains(&self.m_kib)
            && (1..=Self::MAX_T).contains(&self.t)
            && (1..=Self::MAX_P).contains(&self.p);
        if ok {
            Ok(self)
        } else {
            Err(KeyFileError::KdfOutOfBounds)
        }
    }

    /// Derives the 32-byte wrapping key from `secret` and `salt`.
    pub fn derive(self, secret: &[u8], salt: &[u8; 16]) -> [u8; KEY_LEN] {
        let params = Params::new(self.m_kib, self.t, u32::from(self.p), Some(KEY_LEN))
            .expect("parameters are checked");
        let mut out = [0u8; KEY_LEN];
        Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
            .hash_password_into(secret, salt, &mut out)
            .expect("parameters and salt are valid");
        out
    }
}

/// Why a key file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyFileError {
    #[error("not a Parcours key file")]
    BadMagic,
    #[error("key file version {0} is not known")]
    UnknownVersion(u8),
    #[error("key derivation {0} is not known")]
    UnknownKdf(u8),
    #[error("the key derivation parameters are out of bounds")]
    KdfOutOfBounds,
    #[error("the key file has the wrong length")]
    Length,
    #[error("the code does not open this safe")]
    WrongCode,
}

/// A parsed key file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyFile {
    pub kind: Kind,
    pub kdf: KdfParams,
    salt: [u8; 16],
    nonce: [u8; 12],
    wrapped: [u8; KEY_LEN + 16],
}

fn cipher(key: &[u8; KEY_LEN]) -> LessSafeKey {
    LessSafeKey::new(UnboundKey::new(&CHACHA20_POLY1305, key).expect("32-byte key"))
}

impl KeyFile {
    /// Wraps `master` under `secret` (the recovery code's canonical bytes).
    pub fn wrap(master: &[u8; KEY_LEN], secret: &[u8], kdf: KdfParams) -> KeyFile {
        Self::wrap_with(Kind::Recovery, master, kdf, |kdf, salt| {
            kdf.derive(secret, salt)
        })
    }

    /// Wraps `master` under the key `derive` makes from the parameters and
    /// a fresh salt.
    pub fn wrap_with(
        kind: Kind,
        master: &[u8; KEY_LEN],
        kdf: KdfParams,
        derive: impl FnOnce(KdfParams, &[u8; 16]) -> [u8; KEY_LEN],
    ) -> KeyFile {
        let kdf = kdf.check().expect("callers pass valid parameters");
        let salt: [u8; 16] = crypto::random_bytes();
        let nonce: [u8; 12] = crypto::random_bytes();
        let mut file = KeyFile {
            kind,
            kdf,
            salt,
            nonce,
            wrapped: [0u8; KEY_LEN + 16],
        };
        let key = derive(kdf, &salt);
        let mut buf = master.to_vec();
        cipher(&key)
            .seal_in_place_append_tag(
                Nonce::assume_unique_for_key(nonce),
                Aad::from(file.aad()),
                &mut buf,
            )
            .expect("sealing a key cannot fail");
        file.wrapped.copy_from_slice(&buf);
        file
    }

    /// Unwraps the master key with `secret` (a recovery key file).
    pub fn unwrap(&self, secret: &[u8]) -> Result<[u8; KEY_LEN], KeyFileError> {
        self.unwrap_with(|kdf, salt| kdf.derive(secret, salt))
    }

    /// Unwraps the master key with the key `derive` makes.
    pub fn unwrap_with(
        &self,
        derive: impl FnOnce(KdfParams, &[u8; 16]) -> [u8; KEY_LEN],
    ) -> Result<[u8; KEY_LEN], KeyFileError> {
        let key = derive(self.kdf, &self.salt);
        let mut buf = self.wrapped.to_vec();
        let master = cipher(&key)
            .open_in_place(
                Nonce::assume_unique_for_key(self.nonce),
                Aad::from(self.aad()),
                &mut buf,
            )
            .map_err(|_| KeyFileError::WrongCode)?;
        master.try_into().map_err(|_| KeyFileError::WrongCode)
    }

    fn prefix(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(LEN);
        out.extend_from_slice(self.kind.magic());
        out.extend_from_slice(&[VERSION, KDF_ARGON2ID]);
        out.extend_from_slice(&self.kdf.m_kib.to_be_bytes());
        out.extend_from_slice(&self.kdf.t.to_be_bytes());
        out.push(self.kdf.p);
        out.extend_from_slice(&self.salt);
        out.extend_from_slice(&self.nonce);
        out
    }

    fn aad(&self) -> Vec<u8> {
        [self.kind.label(), &self.prefix()].concat()
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = self.prefix();
        out.extend_from_slice(&self.wrapped);
        out
    }

    /// Parses a recovery key file, bounding its parameters before any work.
    pub fn parse(bytes: &[u8]) -> Result<KeyFile, KeyFileError> {
        Self::parse_kind(Kind::Recovery, bytes)
    }

    /// Parses a key file of `kind`, bounding its parameters before any work.
    pub fn parse_kind(kind: Kind, bytes: &[u8]) -> Result<KeyFile, KeyFileError> {
        if bytes.len() < 8 || &bytes[..8] != kind.magic() {
            return Err(KeyFileError::BadMagic);
        }
        if bytes.len() != LEN {
            return Err(KeyFileError::Length);
        }
        if bytes[8] != VERSION {
            return Err(KeyFileError::UnknownVersion(bytes[8]));
        }
        if bytes[9] != KDF_ARGON2ID {
            return Err(KeyFileError::UnknownKdf(bytes[9]));
        }
        let be =
            |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().expect("length checked"));
        let kdf = KdfParams {
            m_kib: be(10),
            t: be(14),
            p: bytes[18],
        }
        .check()?;
        Ok(KeyFile {
            kind,
            kdf,
            salt: bytes[19..35].try_into().expect("length checked"),
            nonce: bytes[35..47].try_into().expect("length checked"),
            wrapped: bytes[47..LEN].try_into().expect("length checked"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_unwraps() {
        let master = [7u8; 32];
        let f = KeyFile::wrap(&master, b"CODE", KdfParams::MIN);
        let bytes = f.to_bytes();
        assert_eq!(bytes.len(), LEN);
        let g = KeyFile::parse(&bytes).unwrap();
        assert_eq!(g.unwrap(b"CODE").unwrap(), master);
        assert_eq!(g.unwrap(b"CODF").unwrap_err(), KeyFileError::WrongCode);
    }

    #[test]
    fn every_header_byte_is_authenticated() {
        let f = KeyFile::wrap(&[1u8; 32], b"CODE", KdfParams::MIN).to_bytes();
        // Salt, nonce and wrapped key: flipping any byte fails to unwrap.
        for i in 19..LEN {
            let mut t = f.clone();
            t[i] ^= 1;
            assert_eq!(
                KeyFile::parse(&t).unwrap().unwrap(b"CODE").unwrap_err(),
                KeyFileError::WrongCode,
                "{i}"
            );
        }
    }

    #[test]
    fn hostile_parameters_are_refused_before_any_work() {
        let f = KeyFile::wrap(&[1u8; 32], b"CODE", KdfParams::MIN).to_bytes();
        let mut t = f.clone();
        t[10..14].copy_from_slice(&u32::MAX.to_be_bytes());
        assert_eq!(
            KeyFile::parse(&t).unwrap_err(),
            KeyFileError::KdfOutOfBounds
        );
        let mut t = f.clone();
        t[14..18].copy_from_slice(&1000u32.to_be_bytes());
        assert_eq!(
            KeyFile::parse(&t).unwrap_err(),
            KeyFileError::KdfOutOfBounds
        );
        let mut t = f.clone();
        t[18] = 0;
        assert_eq!(
            KeyFile::parse(&t).unwrap_err(),
            KeyFileError::KdfOutOfBounds
        );
        let mut t = f.clone();
        t[9] = 2;
        assert_eq!(KeyFile::parse(&t).unwrap_err(), KeyFileError::UnknownKdf(2));
        assert_eq!(
            KeyFile::parse(&f[..LEN - 1]).unwrap_err(),
            KeyFileError::Length
        );
        assert_eq!(KeyFile::parse(b"nope").unwrap_err(), KeyFileError::BadMagic);
    }
}
