//! Signed statements: every grant and every revocation of a mandate is a
//! statement in a canonical byte encoding, signed with the person's device
//! key (Ed25519). The bytes start with the domain-separation prefix
//! `parcours/mandate/v1` 0x00, so a signature made for another purpose (an
//! authentication challenge, an export manifest) can never pass for one.
//! `docs/mandate-format.md` documents every byte, with a worked example.
//!
//! Must never: accept trailing bytes, non-canonical lists, or times below
//! the second (one statement has one encoding).

use chrono::{DateTime, Utc};
use ring::digest;
use serde::{Deserialize, Serialize};

use crate::crypto::{self, label};
use crate::device_key::{self, DeviceKey};
use crate::document::Category;
use crate::id::{ContactId, DocumentId, MandateId};
use crate::mandate::{DocumentScope, Mandate, MandateKind};
use crate::plan::LifeDomain;

/// Statement type byte: a grant.
pub const GRANT: u8 = 1;
/// Statement type byte: a revocation.
pub const REVOCATION: u8 = 2;
/// Longest procedure name, in bytes.
pub const MAX_PROCEDURE: usize = 500;

/// A grant: the person gives `mandate` to its grantee.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub seq: u64,
    pub issued_at: DateTime<Utc>,
    pub device_key: [u8; 32],
    pub mandate: Mandate,
    /// The grantee's own public key, once they have one.
    pub grantee_key: Option<[u8; 32]>,
}

/// A revocation: the person ends the grant whose statement hashes to `target`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Revocation {
    pub seq: u64,
    pub issued_at: DateTime<Utc>,
    pub device_key: [u8; 32],
    pub target: [u8; 32],
}

/// A decoded statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Statement {
    Grant(Grant),
    Revocation(Revocation),
}

impl Statement {
    pub fn seq(&self) -> u64 {
        match self {
            Statement::Grant(g) => g.seq,
            Statement::Revocation(r) => r.seq,
        }
    }
    pub fn issued_at(&self) -> DateTime<Utc> {
        match self {
            Statement::Grant(g) => g.issued_at,
            Statement::Revocation(r) => r.issued_at,
        }
    }
    pub fn device_key(&self) -> &[u8; 32] {
        match self {
            Statement::Grant(g) => &g.device_key,
            Statement::Revocation(r) => &r.device_key,
        }
    }
}

/// Why bytes are not a well-formed statement.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    #[error("the bytes do not start with the mandate prefix")]
    WrongPrefix,
    #[error("malformed statement: {0}")]
    Malformed(&'static str),
}

/// A statement as sent and stored: its bytes and the device's signature.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SignedStatement {
    /// The canonical bytes, hex.
    #[serde(with = "hex_bytes")]
    pub bytes: Vec<u8>,
    /// Ed25519 signature of `bytes` by the statement's device key, hex.
    #[serde(with = "hex_bytes")]
    pub signature: Vec<u8>,
}

mod hex_bytes {
    use serde::{Deserialize, Deserializer, Serializer};
    pub fn serialize<S: Serializer>(b: &[u8], s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&crate::crypto::hex(b))
    }
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<u8>, D::Error> {
        let s = String::deserialize(d)?;
        crate::crypto::unhex(&s).ok_or_else(|| serde::de::Error::custom("not hex"))
    }
}

impl SignedStatement {
    /// SHA-256 of the statement bytes: how a revocation names a grant.
    pub fn hash(&self) -> [u8; 32] {
        digest::digest(&digest::SHA256, &self.bytes)
            .as_ref()
            .try_into()
            .expect("32 bytes")
    }

    /// Decodes the bytes (the signature is the verifier's business).
    pub fn decode(&self) -> Result<Statement, DecodeError> {
        decode(&self.bytes)
    }

    /// Whether the signature checks with the key named in the statement.
    pub fn signature_checks(&self, device_key: &[u8; 32]) -> bool {
        match self.bytes.strip_prefix(label::MANDATE) {
            Some(rest) => device_key::verify(device_key, label::MANDATE, rest, &self.signature),
            None => false,
        }
    }
}

/// Stable code of a life domain in statements.
pub fn domain_code(d: LifeDomain) -> u8 {
    match d {
        LifeDomain::Housing => 1,
        LifeDomain::Work => 2,
        LifeDomain::Health => 3,
        LifeDomain::Money => 4,
        LifeDomain::PapersAndRights => 5,
        LifeDomain::Family => 6,
        LifeDomain::Mobility => 7,
        LifeDomain::Training => 8,
    }
}

fn domain_from(code: u8) -> Option<LifeDomain> {
    LifeDomain::ALL
        .into_iter()
        .find(|d| domain_code(*d) == code)
}

/// Stable code of a document category in statements.
pub fn category_code(c: Category) -> u8 {
    Category::ALL
        .iter()
        .position(|x| *x == c)
        .expect("every category is listed") as u8
        + 1
}

fn category_from(code: u8) -> Option<Category> {
    Category::ALL
        .get(usize::from(code).checked_sub(1)?)
        .copied()
}

fn put_str8(out: &mut Vec<u8>, s: &str) {
    out.push(s.len() as u8);
    out.extend_from_slice(s.as_bytes());
}

fn seconds(t: DateTime<Utc>) -> i64 {
    t.timestamp()
}

/// Truncates to the second, as statements carry whole seconds.
pub fn whole_second(t: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp(t.timestamp(), 0).expect("in range")
}

/// The canonical bytes of a statement.
pub fn encode(statement: &Statement) -> Vec<u8> {
    let mut out = label::MANDATE.to_vec();
    match statement {
        Statement::Grant(g) => {
            out.push(GRANT);
            out.extend_from_slice(&g.seq.to_be_bytes());
            out.extend_from_slice(&seconds(g.issued_at).to_be_bytes());
            out.extend_from_slice(&g.device_key);
            put_str8(&mut out, g.mandate.id.as_str());
            put_str8(&mut out, g.mandate.grantee.as_str());
            match g.grantee_key {
                Some(k) => {
                    out.push(1);
                    out.extend_from_slice(&k);
                }
                None => out.push(0),
            }
            out.extend_from_slice(&seconds(g.mandate.starts()).to_be_bytes());
            out.extend_from_slice(&seconds(g.mandate.ends()).to_be_bytes());
            match &g.mandate.kind {
                MandateKind::Coordination => out.push(1),
                MandateKind::InformationSharing { domains } => {
                    out.push(2);
                    let mut codes: Vec<u8> = domains.iter().map(|d| domain_code(*d)).collect();
                    codes.sort_unstable();
                    codes.dedup();
                    out.push(codes.len() as u8);
                    out.extend_from_slice(&codes);
                }
                MandateKind::DocumentAccess { documents } => {
                    out.push(3);
                    match documents {
                        DocumentScope::One(id) => {
                            out.push(1);
                            put_str8(&mut out, id.as_str());
                        }
                        DocumentScope::Category(c) => {
                            out.push(2);
                            out.push(category_code(*c));
                        }
                    }
                }
                MandateKind::ActOnMyBehalf { procedure } => {
                    out.push(4);
                    out.extend_from_slice(&(procedure.len() as u16).to_be_bytes());
                    out.extend_from_slice(procedure.as_bytes());
                }
            }
        }
        Statement::Revocation(r) => {
            out.push(REVOCATION);
            out.extend_from_slice(&r.seq.to_be_bytes());
            out.extend_from_slice(&seconds(r.issued_at).to_be_bytes());
            out.extend_from_slice(&r.device_key);
            out.extend_from_slice(&r.target);
        }
    }
    out
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], DecodeError> {
        if self.0.len() < n {
            return Err(DecodeError::Malformed("cut short"));
        }
        let (head, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(head)
    }
    fn u8(&mut self) -> Result<u8, DecodeError> {
        Ok(self.take(1)?[0])
    }
    fn u16(&mut self) -> Result<u16, DecodeError> {
        Ok(u16::from_be_bytes(
            self.take(2)?.try_into().expect("2 bytes"),
        ))
    }
    fn u64(&mut self) -> Result<u64, DecodeError> {
        Ok(u64::from_be_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    fn time(&mut self) -> Result<DateTime<Utc>, DecodeError> {
        let s = i64::from_be_bytes(self.take(8)?.try_into().expect("8 bytes"));
        DateTime::from_timestamp(s, 0).ok_or(DecodeError::Malformed("time out of range"))
    }
    fn key(&mut self) -> Result<[u8; 32], DecodeError> {
        Ok(self.take(32)?.try_into().expect("32 bytes"))
    }
    fn str8(&mut self) -> Result<&'a str, DecodeError> {
        let n = usize::from(self.u8()?);
        std::str::from_utf8(self.take(n)?).map_err(|_| DecodeError::Malformed("not UTF-8"))
    }
}

/// Decodes canonical statement bytes.
pub fn decode(bytes: &[u8]) -> Result<Statement, DecodeError> {
    let rest = bytes
        .strip_prefix(label::MANDATE)
        .ok_or(DecodeError::WrongPrefix)?;
    let mut r = Reader(rest);
    let kind = r.u8()?;
    let seq = r.u64()?;
    let issued_at = r.time()?;
    let device_key = r.key()?;
    let statement = match kind {
        GRANT => {
            let id =
                MandateId::parse(r.str8()?).map_err(|_| DecodeError::Malformed("mandate id"))?;
            let grantee =
                ContactId::parse(r.str8()?).map_err(|_| DecodeError::Malformed("grantee id"))?;
            let grantee_key = match r.u8()? {
                0 => None,
                1 => Some(r.key()?),
                _ => return Err(DecodeError::Malformed("grantee key flag")),
            };
            let starts = r.time()?;
            let ends = r.time()?;
            let mandate_kind = match r.u8()? {
                1 => MandateKind::Coordination,
                2 => {
                    let n = usize::from(r.u8()?);
                    let codes = r.take(n)?;
                    if codes.windows(2).any(|w| w[0] >= w[1]) {
                        return Err(DecodeError::Malformed(
                            "domains not in strictly increasing order",
                        ));
                    }
                    let domains = codes
                        .iter()
                        .map(|c| domain_from(*c).ok_or(DecodeError::Malformed("domain code")))
                        .collect::<Result<Vec<_>, _>>()?;
                    MandateKind::InformationSharing { domains }
                }
                3 => MandateKind::DocumentAccess {
                    documents: match r.u8()? {
                        1 => DocumentScope::One(
                            DocumentId::parse(r.str8()?)
                                .map_err(|_| DecodeError::Malformed("document id"))?,
                        ),
                        2 => DocumentScope::Category(
                            category_from(r.u8()?)
                                .ok_or(DecodeError::Malformed("category code"))?,
                        ),
                        _ => return Err(DecodeError::Malformed("document scope")),
                    },
                },
                4 => {
                    let n = usize::from(r.u16()?);
                    if n > MAX_PROCEDURE {
                        return Err(DecodeError::Malformed("procedure too long"));
                    }
                    let p = std::str::from_utf8(r.take(n)?)
                        .map_err(|_| DecodeError::Malformed("not UTF-8"))?;
                    MandateKind::ActOnMyBehalf {
                        procedure: p.to_owned(),
                    }
                }
                _ => return Err(DecodeError::Malformed("mandate kind")),
            };
            let mandate = Mandate::new(id, grantee, mandate_kind, starts, ends)
                .map_err(|_| DecodeError::Malformed("mandate"))?;
            Statement::Grant(Grant {
                seq,
                issued_at,
                device_key,
                mandate,
                grantee_key,
            })
        }
        REVOCATION => Statement::Revocation(Revocation {
            seq,
            issued_at,
            device_key,
            target: r.key()?,
        }),
        _ => return Err(DecodeError::Malformed("statement type")),
    };
    if !r.0.is_empty() {
        return Err(DecodeError::Malformed("trailing bytes"));
    }
    // One statement, one encoding.
    if encode(&statement) != bytes {
        return Err(DecodeError::Malformed("not canonical"));
    }
    Ok(statement)
}

fn sign(device: &DeviceKey, statement: &Statement) -> SignedStatement {
    let bytes = encode(statement);
    let signature = device
        .sign(label::MANDATE, &bytes[label::MANDATE.len()..])
        .to_vec();
    SignedStatement { bytes, signature }
}

/// Signs a grant of `mandate` (its times are cut to whole seconds).
pub fn sign_grant(
    device: &DeviceKey,
    seq: u64,
    issued_at: DateTime<Utc>,
    mandate: &Mandate,
    grantee_key: Option<[u8; 32]>,
) -> SignedStatement {
    let mandate = Mandate::new(
        mandate.id.clone(),
        mandate.grantee.clone(),
        mandate.kind.clone(),
        whole_second(mandate.starts()),
        whole_second(mandate.ends()),
    )
    .expect("a valid mandate stays valid at whole seconds");
    sign(
        device,
        &Statement::Grant(Grant {
            seq,
            issued_at: whole_second(issued_at),
            device_key: device.public_key(),
            mandate,
            grantee_key,
        }),
    )
}

/// Signs the revocation of the grant `grant`.
pub fn sign_revocation(
    device: &DeviceKey,
    seq: u64,
    issued_at: DateTime<Utc>,
    grant: &SignedStatement,
) -> SignedStatement {
    sign(
        device,
        &Statement::Revocation(Revocation {
            seq,
            issued_at: whole_second(issued_at),
            device_key: device.public_key(),
            target: grant.hash(),
        }),
    )
}

/// Hex of a public key's SHA-256, first 16 bytes: a fingerprint to show.
pub fn fingerprint(key: &[u8; 32]) -> String {
    crypto::hex(&digest::digest(&digest::SHA256, key).as_ref()[..16])
}
