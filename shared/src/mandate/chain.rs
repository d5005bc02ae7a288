//! The chain of trust of device keys. The server (the département's, whose
//! public key is published) countersigns each device key a person enrolls:
//! a *device certificate* binds the key to the person and says from which
//! sequence number its statements start. When a phone is lost or stolen, the
//! person or their referent revokes its key: a *key revocation*, also
//! signed by the server, says the last sequence number accepted from it;
//! nothing it signs after that counts.
//!
//! Must never: trust a device key that no valid certificate names.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::crypto::label;
use crate::device_key::{self, DeviceKey};
use crate::id::PersonId;

/// A device key countersigned by the server.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeviceCertificate {
    pub person: PersonId,
    #[serde(with = "key_hex")]
    pub device_key: [u8; 32],
    /// The first sequence number this key may use (a new phone continues
    /// from the last number the server saw).
    pub first_seq: u64,
    pub issued_at: DateTime<Utc>,
    #[serde(with = "sig_hex")]
    pub server_signature: Vec<u8>,
}

/// A device key the server no longer accepts statements from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyRevocation {
    #[serde(with = "key_hex")]
    pub device_key: [u8; 32],
    /// The last sequence number accepted from this key; anything above is refused.
    pub last_seq: u64,
    pub revoked_at: DateTime<Utc>,
    #[serde(with = "sig_hex")]
    pub server_signature: Vec<u8>,
}

mod key_hex {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8; 32], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::crypto::hex(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<[u8; 32], D::Error> {
        let s = String::deserialize(d)?;
        crate::crypto::unhex(&s)
            .and_then(|v| v.try_into().ok())
            .ok_or_else(|| serde::de::Error::custom("not a 32-byte hex key"))
    }
}

mod sig_hex {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::crypto::hex(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        crate::crypto::unhex(&s).ok_or_else(|| serde::de::Error::custom("not hex"))
    }
}

/// `person` (u8 length + ASCII) || device key (32) || first_seq (u64 BE) || issued_at (i64 BE seconds).
fn certificate_body(
    person: &PersonId,
    key: &[u8; 32],
    first_seq: u64,
    issued_at: DateTime<Utc>,
) -> Vec<u8> {
    let mut out = vec![person.as_str().len() as u8];
    out.extend_from_slice(person.as_str().as_bytes());
    out.extend_from_slice(key);
    out.extend_from_slice(&first_seq.to_be_bytes());
    out.extend_from_slice(&issued_at.timestamp().to_be_bytes());
    out
}

/// device key (32) || last_seq (u64 BE) || revoked_at (i64 BE seconds).
fn revocation_body(key: &[u8; 32], last_seq: u64, revoked_at: DateTime<Utc>) -> Vec<u8> {
    let mut out = key.to_vec();
    out.extend_from_slice(&last_seq.to_be_bytes());
    out.extend_from_slice(&revoked_at.timestamp().to_be_bytes());
    out
}

/// The server's signing side (used by the server, and by tests).
pub struct ServerKey(pub DeviceKey);

impl ServerKey {
    pub fn public_key(&self) -> [u8; 32] {
        self.0.public_key()
    }

    /// Countersigns a person's device key.
    pub fn certify(
        &self,
        person: &PersonId,
        device_key: [u8; 32],
        first_seq: u64,
        now: DateTime<Utc>,
    ) -> DeviceCertificate {
        let issued_at = super::statement::whole_second(now);
        let sig = self.0.sign(
            label::DEVICE_CERT,
            &certificate_body(person, &device_key, first_seq, issued_at),
        );
        DeviceCertificate {
            person: person.clone(),
            device_key,
            first_seq,
            issued_at,
            server_signature: sig.to_vec(),
        }
    }

    /// Revokes a device key, accepting its statements up to `last_seq`.
    pub fn revoke(&self, device_key: [u8; 32], last_seq: u64, now: DateTime<Utc>) -> KeyRevocation {
        let revoked_at = super::statement::whole_second(now);
        let sig = self.0.sign(
            label::KEY_REVOCATION,
            &revocation_body(&device_key, last_seq, revoked_at),
        );
        KeyRevocation {
            device_key,
            last_seq,
            revoked_at,
            server_signature: sig.to_vec(),
        }
    }
}

/// What the verifier knows of the keys.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyChain {
    /// The server's published public key.
    #[serde(with = "key_hex")]
    pub server_key: [u8; 32],
    pub certificates: Vec<DeviceCertificate>,
    pub revocations: Vec<KeyRevocation>,
}

/// Where a device key stands for a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyStanding {
    /// No valid certificate names it for this person.
    Unknown,
    Valid {
        first_seq: u64,
    },
    /// Revoked: statements with a sequence number above `last_seq` are refused.
    Revoked {
        first_seq: u64,
        last_seq: u64,
    },
}

impl KeyChain {
    /// Whether a certificate's server signature checks.
    pub fn certificate_checks(&self, c: &DeviceCertificate) -> bool {
        device_key::verify(
            &self.server_key,
            label::DEVICE_CERT,
            &certificate_body(&c.person, &c.device_key, c.first_seq, c.issued_at),
            &c.server_signature,
        )
    }

    fn revocation_checks(&self, r: &KeyRevocation) -> bool {
        device_key::verify(
            &self.server_key,
            label::KEY_REVOCATION,
            &revocation_body(&r.device_key, r.last_seq, r.revoked_at),
            &r.server_signature,
        )
    }

    /// The standing of `key` for `person`, from signatures that check only.
    pub fn standing(&self, person: &PersonId, key: &[u8; 32]) -> KeyStanding {
        let Some(cert) = self
            .certificates
            .iter()
            .find(|c| &c.person == person && &c.device_key == key && self.certificate_checks(c))
        else {
            return KeyStanding::Unknown;
        };
        match self
            .revocations
            .iter()
            .filter(|r| &r.device_key == key && self.revocation_checks(r))
            .map(|r| r.last_seq)
            .min()
        {
            Some(last_seq) => KeyStanding::Revoked {
                first_seq: cert.first_seq,
                last_seq,
            },
            None => KeyStanding::Valid {
                first_seq: cert.first_seq,
            },
        }
    }
}
