//! Granting, renewing and revoking mandates on the person's device, and
//! their history in the audit trail ("On 3 March you allowed Mme Martin
//! (CAF) to see your rent receipts until 3 June. You stopped it on 12
//! April."). Each grant and revocation needs a deliberate confirmation
//! ([`Confirmed`]): the app shows the plain sentence first, and asks for the
//! PIN when one is set.
//!
//! Must never: sign without a confirmation, or decide "in force" itself
//! (the verifier does).

use chrono::{DateTime, Utc};

use super::statement::{SignedStatement, sign_grant, sign_revocation};
use super::verify::{GrantStanding, Standing, Verdict, verify};
use super::{DocumentScope, Mandate, MandateError};
use crate::audit::AuditEvent;
use crate::contact::Contact;
use crate::device_key::DeviceKey;
use crate::document::DocumentMeta;
use crate::id::{ContactId, MandateId};
use crate::mandate::chain::KeyChain;
use crate::person::Person;
use crate::safe::pin::Pin;
use crate::safe::{Safe, SafeError};
use crate::store::{KeyChainRecord, StatementRecord};

/// Something the person confirmed on purpose (and with their PIN, when set).
/// Only [`Safe::confirm`] makes one.
#[derive(Debug, Clone)]
pub struct Confirmed<T>(T);

impl<T> Confirmed<T> {
    pub fn get(&self) -> &T {
        &self.0
    }
}

impl crate::dossier::Dossier {
    /// What `mandate` allows, in one plain sentence, naming its document
    /// when it covers one document of this dossier.
    pub fn mandate_sentence(&self, loc: &crate::i18n::Localizer, mandate: &Mandate) -> String {
        let title = match &mandate.kind {
            super::MandateKind::DocumentAccess {
                documents: DocumentScope::One(id),
            } => self
                .documents
                .iter()
                .find(|d| &d.id == id)
                .map(|d| d.title()),
            _ => None,
        };
        mandate.kind.sentence(loc, title)
    }
}

impl GrantStanding {
    /// The one-step renewal of this grant: the same grantee and scope, from
    /// `now`, for the kind's default duration, under a new id.
    pub fn renewal(&self, now: DateTime<Utc>) -> Result<Mandate, MandateError> {
        Mandate::with_default_end(
            MandateId::random(),
            self.mandate.grantee.clone(),
            self.mandate.kind.clone(),
            now,
        )
    }
}

/// How a grantee is named in sentences: "Sophie Lefèvre (CAF du Nord)".
pub fn grantee_name(contacts: &[Contact], id: &ContactId) -> String {
    match contacts.iter().find(|c| &c.id == id) {
        Some(c) => match &c.person_name {
            Some(name) => format!("{name} ({})", c.organisation),
            None => c.organisation.clone(),
        },
        None => id.to_string(),
    }
}

/// "Who can do what for me now": one plain line per mandate in force, the
/// soonest to end first: "Sophie Lefèvre (CAF du Nord): can talk about
/// your situation… Until Sunday 22 March."
pub fn who_can_do_what(
    dossier: &crate::dossier::Dossier,
    loc: &crate::i18n::Localizer,
    tz: chrono_tz::Tz,
    now: DateTime<Utc>,
) -> Vec<String> {
    let verdict = dossier.mandates(now);
    let mut grants: Vec<&GrantStanding> = verdict.in_force().collect();
    grants.sort_by_key(|g| g.until);
    grants
        .iter()
        .map(|g| {
            loc.t_args(
                "mandate-summary",
                &[
                    (
                        "name",
                        grantee_name(&dossier.contacts, &g.mandate.grantee).into(),
                    ),
                    ("what", dossier.mandate_sentence(loc, &g.mandate).into()),
                    (
                        "until",
                        loc.date_full(g.until.with_timezone(&tz).date_naive())
                            .into(),
                    ),
                ],
            )
        })
        .collect()
}

impl Safe {
    /// Confirms `what`. With a PIN set, the PIN must be given and right
    /// (failures count, as when opening).
    pub fn confirm<T>(
        &self,
        what: T,
        pin: Option<&Pin>,
        now: DateTime<Utc>,
    ) -> Result<Confirmed<T>, SafeError> {
        self.check_pin(pin, now)?;
        Ok(Confirmed(what))
    }

    /// The signed statements, the key chain and the person, from the store.
    fn mandate_data(&self) -> Result<(Vec<SignedStatement>, Option<KeyChain>, Person), SafeError> {
        let statements = self
            .store()
            .all::<StatementRecord>()?
            .into_iter()
            .map(|r| r.signed)
            .collect();
        let chain = self
            .store()
            .all::<KeyChainRecord>()?
            .into_iter()
            .next()
            .map(|r| r.chain);
        let person = self
            .store()
            .all::<Person>()?
            .into_iter()
            .next()
            .ok_or(SafeError::NoSuchDocument)?;
        Ok((statements, chain, person))
    }

    /// The mandates at `now`, as the verifier decides them.
    pub fn mandates(&self, now: DateTime<Utc>) -> Result<Verdict, SafeError> {
        let (statements, chain, person) = self.mandate_data()?;
        let empty = KeyChain {
            server_key: [0u8; 32],
            certificates: Vec::new(),
            revocations: Vec::new(),
        };
        Ok(verify(
            &person.id,
            chain.as_ref().unwrap_or(&empty),
            &statements,
            now,
        ))
    }

    /// The next sequence number for `device`: above everything accepted, and
    /// not below the first number the server gave this key.
    fn next_seq(&self, device: &DeviceKey, now: DateTime<Utc>) -> Result<u64, SafeError> {
        let (statements, chain, _) = self.mandate_data()?;
        let verdict = self.mandates(now)?;
        let first = chain
            .and_then(|c| {
                c.certificates
                    .iter()
                    .filter(|cert| cert.device_key == device.public_key())
                    .map(|cert| cert.first_seq)
                    .max()
            })
            .unwrap_or(1);
        // Statements not yet accepted (before enrollment) count too: numbers only go up.
        let highest_written = statements
            .iter()
            .filter_map(|s| s.decode().ok())
            .map(|s| s.seq())
            .max();
        let last = verdict.last_seq.max(highest_written);
        Ok(last.map_or(first, |l| (l + 1).max(first)))
    }

    /// Stores a statement the person signed with its audit entry, and
    /// queues it for the server (the outbox), in one write: a statement is
    /// never kept on the phone without being on its way to the server.
    fn keep_statement(
        &mut self,
        signed: SignedStatement,
        event: AuditEvent,
        now: DateTime<Utc>,
    ) -> Result<SignedStatement, SafeError> {
        let record = StatementRecord::from(&signed);
        let request = crate::sync::outbox::Request::Statement(signed.clone());
        self.store_mut().write(|w| {
            w.put(&record)?;
            w.audit(now, event);
            crate::sync::engine::enqueue(w, request, now)
        })?;
        Ok(signed)
    }

    /// Grants a confirmed mandate: signs it with the device key, stores the
    /// statement and its audit entry in one write, queued for the server.
    /// Returns the statement.
    pub fn grant_mandate(
        &mut self,
        mandate: Confirmed<Mandate>,
        device: &DeviceKey,
        grantee_key: Option<[u8; 32]>,
        now: DateTime<Utc>,
    ) -> Result<SignedStatement, SafeError> {
        let mandate = mandate.0;
        let seq = self.next_seq(device, now)?;
        let signed = sign_grant(device, seq, now, &mandate, grantee_key);
        let contacts: Vec<Contact> = self.store().all()?;
        let document_title = match &mandate.kind {
            super::MandateKind::DocumentAccess {
                documents: DocumentScope::One(id),
            } => self
                .store()
                .get::<DocumentMeta>(id.as_str())?
                .map(|d| d.title().to_owned()),
            _ => None,
        };
        let event = AuditEvent::MandateGranted {
            mandate: mandate.id.to_string(),
            name: grantee_name(&contacts, &mandate.grantee),
            kind: mandate.kind.clone(),
            document_title,
            until: mandate.ends(),
        };
        self.keep_statement(signed, event, now)
    }

    /// Revokes a confirmed mandate in force (or not yet started), the
    /// revocation queued for the server in the same write. Returns the
    /// revocation statement.
    pub fn revoke_mandate(
        &mut self,
        id: Confirmed<MandateId>,
        device: &DeviceKey,
        now: DateTime<Utc>,
    ) -> Result<SignedStatement, SafeError> {
        let verdict = self.mandates(now)?;
        let (statements, _, _) = self.mandate_data()?;
        let grant = verdict
            .grants
            .iter()
            .find(|g| {
                g.mandate.id == id.0
                    && matches!(g.standing, Standing::InForce | Standing::NotYetStarted)
            })
            .ok_or(SafeError::Mandate(MandateError::NotFound))?;
        let seq = self.next_seq(device, now)?;
        let signed = sign_revocation(device, seq, now, &statements[grant.index]);
        let contacts: Vec<Contact> = self.store().all()?;
        let event = AuditEvent::MandateRevoked {
            mandate: grant.mandate.id.to_string(),
            name: grantee_name(&contacts, &grant.mandate.grantee),
        };
        self.keep_statement(signed, event, now)
    }

    /// Writes an audit entry for every mandate that reached its end date
    /// since the last time (once each). Returns how many.
    pub fn record_mandate_expiries(&mut self, now: DateTime<Utc>) -> Result<usize, SafeError> {
        let verdict = self.mandates(now)?;
        let recorded: std::collections::HashSet<String> = self
            .store()
            .audit_trail()?
            .iter()
            .filter_map(|e| match e.body().ok()?.event {
                AuditEvent::MandateExpired { mandate, .. } => Some(mandate),
                _ => None,
            })
            .collect();
        let contacts: Vec<Contact> = self.store().all()?;
        let ended: Vec<&GrantStanding> = verdict
            .grants
            .iter()
            .filter(|g| g.standing == Standing::Ended && !recorded.contains(g.mandate.id.as_str()))
            .collect();
        let count = ended.len();
        if count > 0 {
            let events: Vec<(DateTime<Utc>, AuditEvent)> = ended
                .iter()
                .map(|g| {
                    (
                        g.until,
                        AuditEvent::MandateExpired {
                            mandate: g.mandate.id.to_string(),
                            name: grantee_name(&contacts, &g.mandate.grantee),
                        },
                    )
                })
                .collect();
            self.store_mut().write(|w| {
                for (at, event) in events {
                    w.audit(at, event);
                }
                Ok(())
            })?;
        }
        Ok(count)
    }
}
