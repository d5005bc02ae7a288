//! The verifier: given the statements, the key chain and a `now`, which
//! mandates are in force for whom and for what; and for every statement it
//! rejects, a precise reason. This function is the only place where "in
//! force" is decided: the app, the server and partners all use it.
//!
//! Pure: no clock, no I/O. Must never: accept a statement whose signature,
//! key or sequence does not check.

use chrono::{DateTime, Utc};

use super::chain::{KeyChain, KeyStanding};
use super::statement::{DecodeError, SignedStatement, Statement};
use super::{DocumentScope, Mandate, MandateKind};
use crate::document::DocumentMeta;
use crate::id::{ContactId, MandateId, PersonId};
use crate::plan::LifeDomain;

/// Why a statement was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// The bytes do not start with `parcours/mandate/v1` 0x00: signed for another purpose.
    WrongPrefix,
    Malformed(&'static str),
    /// The device key has no valid certificate for this person.
    UnknownKey,
    /// The signature does not check: some field was changed.
    Tampered,
    /// Signed by a revoked key after the last statement accepted from it.
    RevokedKey {
        last_seq: u64,
    },
    /// A sequence number below the key's first one.
    BeforeKey {
        first_seq: u64,
    },
    /// A sequence number not above the last accepted one: replayed or out of order.
    Replayed {
        seq: u64,
        last: u64,
    },
    /// A revocation naming no accepted grant.
    UnknownGrant,
    /// A revocation of a grant already revoked.
    AlreadyRevoked,
}

/// Where an accepted grant stands at `now`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    InForce,
    NotYetStarted,
    /// Its end date passed.
    Ended,
    Revoked {
        at: DateTime<Utc>,
    },
    /// A newer coordination mandate took over.
    Superseded {
        by: MandateId,
        at: DateTime<Utc>,
    },
}

/// An accepted grant and its standing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantStanding {
    pub mandate: Mandate,
    /// SHA-256 of its statement: how revocations name it.
    pub grant_hash: [u8; 32],
    pub granted_at: DateTime<Utc>,
    pub grantee_key: Option<[u8; 32]>,
    pub standing: Standing,
    /// When it stops (or stopped) counting: the earliest of its end, its
    /// revocation and its replacement.
    pub until: DateTime<Utc>,
    /// Position of the grant in the statements given.
    pub index: usize,
}

/// A rejected statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rejected {
    pub index: usize,
    pub reason: Rejection,
}

/// What the verifier found.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Verdict {
    pub grants: Vec<GrantStanding>,
    pub rejected: Vec<Rejected>,
    /// The highest sequence number accepted (the next statement must be above it).
    pub last_seq: Option<u64>,
}

/// Something a grantee may want to do.
#[derive(Debug, Clone, Copy)]
pub enum Access<'a> {
    Coordinate,
    ShareInformation(LifeDomain),
    SeeDocument(&'a DocumentMeta),
    ActFor(&'a str),
}

impl Verdict {
    /// Whether a newer grant to the same grantee for the same thing, in force
    /// or about to start, goes further than `grant`: it was renewed.
    pub fn renewed(&self, grant: &GrantStanding) -> bool {
        self.grants.iter().any(|other| {
            other.index > grant.index
                && other.mandate.grantee == grant.mandate.grantee
                && other.mandate.kind == grant.mandate.kind
                && other.until > grant.until
                && matches!(other.standing, Standing::InForce | Standing::NotYetStarted)
        })
    }

    /// The grants in force.
    pub fn in_force(&self) -> impl Iterator<Item = &GrantStanding> {
        self.grants
            .iter()
            .filter(|g| g.standing == Standing::InForce)
    }

    /// Whether `grantee` may do `access` now, by a grant in force.
    pub fn allows(&self, grantee: &ContactId, access: Access<'_>) -> bool {
        self.in_force().any(|g| {
            &g.mandate.grantee == grantee
                && match (&g.mandate.kind, access) {
                    (MandateKind::Coordination, Access::Coordinate) => true,
                    (MandateKind::InformationSharing { domains }, Access::ShareInformation(d)) => {
                        domains.contains(&d)
                    }
                    (MandateKind::DocumentAccess { documents }, Access::SeeDocument(doc)) => {
                        match documents {
                            DocumentScope::One(id) => id == &doc.id,
                            DocumentScope::Category(c) => *c == doc.category,
                        }
                    }
                    (MandateKind::ActOnMyBehalf { procedure }, Access::ActFor(p)) => procedure == p,
                    _ => false,
                }
        })
    }
}

/// Verifies `statements` (in the order they were issued) for `person`.
pub fn verify(
    person: &PersonId,
    chain: &KeyChain,
    statements: &[SignedStatement],
    now: DateTime<Utc>,
) -> Verdict {
    let mut verdict = Verdict::default();
    // Accepted grants: (index in verdict.grants, revoked at).
    let mut revoked: Vec<Option<DateTime<Utc>>> = Vec::new();
    for (index, signed) in statements.iter().enumerate() {
        let reject =
            |verdict: &mut Verdict, reason| verdict.rejected.push(Rejected { index, reason });
        let statement = match signed.decode() {
            Ok(s) => s,
            Err(DecodeError::WrongPrefix) => {
                reject(&mut verdict, Rejection::WrongPrefix);
                continue;
            }
            Err(DecodeError::Malformed(m)) => {
                reject(&mut verdict, Rejection::Malformed(m));
                continue;
            }
        };
        let key = statement.device_key();
        let standing = chain.standing(person, key);
        if standing == KeyStanding::Unknown {
            reject(&mut verdict, Rejection::UnknownKey);
            continue;
        }
        if !signed.signature_checks(key) {
            reject(&mut verdict, Rejection::Tampered);
            continue;
        }
        let seq = statement.seq();
        match standing {
            KeyStanding::Valid { first_seq } | KeyStanding::Revoked { first_seq, .. }
                if seq < first_seq =>
            {
                reject(&mut verdict, Rejection::BeforeKey { first_seq });
                continue;
            }
            KeyStanding::Revoked { last_seq, .. } if seq > last_seq => {
                reject(&mut verdict, Rejection::RevokedKey { last_seq });
                continue;
            }
            _ => {}
        }
        if let Some(last) = verdict.last_seq
            && seq <= last
        {
            reject(&mut verdict, Rejection::Replayed { seq, last });
            continue;
        }
        match statement {
            Statement::Grant(g) => {
                verdict.last_seq = Some(seq);
                verdict.grants.push(GrantStanding {
                    until: g.mandate.ends(),
                    mandate: g.mandate,
                    grant_hash: signed.hash(),
                    granted_at: g.issued_at,
                    grantee_key: g.grantee_key,
                    standing: Standing::InForce,
                    index,
                });
                revoked.push(None);
            }
            Statement::Revocation(r) => {
                let Some(target) = verdict.grants.iter().position(|g| g.grant_hash == r.target)
                else {
                    reject(&mut verdict, Rejection::UnknownGrant);
                    continue;
                };
                if revoked[target].is_some() {
                    reject(&mut verdict, Rejection::AlreadyRevoked);
                    continue;
                }
                verdict.last_seq = Some(seq);
                revoked[target] = Some(r.issued_at);
            }
        }
    }

    // Standing at `now`. Each newer coordination grant ends every older one
    // from its start: an old one stops at the earliest start among newer ones.
    let coordinations: Vec<(usize, MandateId, DateTime<Utc>)> = verdict
        .grants
        .iter()
        .enumerate()
        .filter(|(_, g)| g.mandate.kind == MandateKind::Coordination)
        .map(|(i, g)| (i, g.mandate.id.clone(), g.mandate.starts()))
        .collect();
    for (i, g) in verdict.grants.iter_mut().enumerate() {
        let mut until = g.mandate.ends();
        let mut cause = Standing::Ended;
        if let Some(at) = revoked[i]
            && at < until
        {
            until = at.max(g.mandate.starts());
            cause = Standing::Revoked { at };
        }
        if g.mandate.kind == MandateKind::Coordination
            && let Some((_, by, at)) = coordinations
                .iter()
                .filter(|(j, _, _)| *j > i)
                .min_by_key(|(_, _, at)| *at)
            && *at < until
        {
            until = (*at).max(g.mandate.starts());
            cause = Standing::Superseded {
                by: by.clone(),
                at: *at,
            };
        }
        g.until = until;
        g.standing = if now >= until {
            cause
        } else if now < g.mandate.starts() {
            Standing::NotYetStarted
        } else {
            Standing::InForce
        };
    }
    verdict
}
