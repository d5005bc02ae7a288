//! The audit trail: an append-only log of what happened to the person's data,
//! written in plain words for them (the *coffre-fort* law's "trace of
//! operations available to the user").
//!
//! Each entry is authenticated with HMAC-SHA256 under a key derived from the
//! keystore's root secret, and chained to the previous entry's MAC. The head
//! (count and last MAC) is kept in the keystore, so editing an entry, deleting
//! one, cutting entries off the end, or putting back an older log are all
//! detected by [`verify`]. Entries are stored sealed in the local store.
//!
//! Must never: rewrite or delete an entry, or hold a document's content or a
//! message text.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::crypto::{self, KEY_LEN};
use crate::i18n::{Explain, Localizer};

/// Something that happened, recorded for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "event")]
pub enum AuditEvent {
    /// The local store was created on this device.
    StoreCreated,
    /// The dossier was replaced by a newer copy (demo import, sync).
    DossierReceived,
    /// The safe was opened with the recovery code.
    UnlockedWithCode,
    DocumentAdded {
        title: String,
    },
    DocumentOpened {
        title: String,
    },
    DocumentRenamed {
        from: String,
        to: String,
    },
    /// Category or dates changed.
    DocumentChanged {
        title: String,
    },
    DocumentDeleted {
        title: String,
    },
    /// A page left Parcours in clear, as the person asked (the phone's
    /// share sheet, or a download in a browser).
    DocumentSentOutside {
        title: String,
    },
    /// Shared, end-to-end encrypted, with a professional until a date.
    DocumentShared {
        title: String,
        name: String,
        until: DateTime<Utc>,
    },
    /// A share was withdrawn by the person.
    ShareWithdrawn {
        name: String,
    },
    /// Everything was exported in clear, as the person asked.
    Exported,
    BackupCreated,
    /// The safe was restored from a backup on this device.
    Restored,
    PinSet,
    PinRemoved,
    /// A new recovery code was made; the old one no longer opens the safe.
    RecoveryCodeChanged,
    /// The person gave a mandate (what it allows is rendered from `kind`).
    MandateGranted {
        mandate: String,
        name: String,
        kind: crate::mandate::MandateKind,
        document_title: Option<String>,
        until: DateTime<Utc>,
    },
    MandateRevoked {
        mandate: String,
        name: String,
    },
    /// A mandate reached its end date.
    MandateExpired {
        mandate: String,
        name: String,
    },
    /// The person marked one of their steps done.
    StepDone {
        what: String,
    },
    /// The person answered an appointment (its start says which).
    AppointmentAnswered {
        answer: Answer,
        start: DateTime<Utc>,
    },
    /// Language, text size or contrast changed.
    SettingsChanged,
    /// The server refused something the person did (the reason is shown
    /// with the item itself).
    SyncRefused,
}

/// How the person answered an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    Confirmed,
    NewDateAsked,
    Cancelled,
}

impl AuditEvent {
    fn message_id(&self) -> &'static str {
        match self {
            AuditEvent::StoreCreated => "audit-store-created",
            AuditEvent::DossierReceived => "audit-dossier-received",
            AuditEvent::UnlockedWithCode => "audit-unlocked-with-code",
            AuditEvent::DocumentAdded { .. } => "audit-document-added",
            AuditEvent::DocumentOpened { .. } => "audit-document-opened",
            AuditEvent::DocumentRenamed { .. } => "audit-document-renamed",
            AuditEvent::DocumentChanged { .. } => "audit-document-changed",
            AuditEvent::DocumentDeleted { .. } => "audit-document-deleted",
            AuditEvent::DocumentSentOutside { .. } => "audit-document-sent-outside",
            AuditEvent::Exported => "audit-exported",
            AuditEvent::BackupCreated => "audit-backup-created",
            AuditEvent::Restored => "audit-restored",
            AuditEvent::PinSet => "audit-pin-set",
            AuditEvent::PinRemoved => "audit-pin-removed",
            AuditEvent::RecoveryCodeChanged => "audit-recovery-code-changed",
            AuditEvent::MandateGranted { .. } => "audit-mandate-granted",
            AuditEvent::MandateRevoked { .. } => "audit-mandate-revoked",
            AuditEvent::MandateExpired { .. } => "audit-mandate-expired",
            AuditEvent::StepDone { .. } => "audit-step-done",
            AuditEvent::AppointmentAnswered {
                answer: Answer::Confirmed,
                ..
            } => "audit-appointment-confirmed",
            AuditEvent::AppointmentAnswered {
                answer: Answer::NewDateAsked,
                ..
            } => "audit-appointment-new-date",
            AuditEvent::AppointmentAnswered {
                answer: Answer::Cancelled,
                ..
            } => "audit-appointment-cancelled",
            AuditEvent::SettingsChanged => "audit-settings-changed",
            AuditEvent::SyncRefused => "audit-sync-refused",
            AuditEvent::DocumentShared { .. } => "audit-document-shared",
            AuditEvent::ShareWithdrawn { .. } => "audit-share-withdrawn",
        }
    }

    /// The event's own arguments for its message.
    fn args(&self, loc: &Localizer, tz: chrono_tz::Tz) -> Vec<(&'static str, String)> {
        match self {
            AuditEvent::MandateGranted {
                name,
                kind,
                document_title,
                until,
                ..
            } => vec![
                ("name", name.clone()),
                (
                    "until",
                    loc.date_full(until.with_timezone(&tz).date_naive()),
                ),
                ("scope", kind.sentence(loc, document_title.as_deref())),
            ],
            AuditEvent::MandateRevoked { name, .. } | AuditEvent::MandateExpired { name, .. } => {
                vec![("name", name.clone())]
            }
            AuditEvent::StepDone { what } => vec![("what", what.clone())],
            AuditEvent::DocumentShared { title, name, until } => vec![
                ("title", title.clone()),
                ("name", name.clone()),
                (
                    "until",
                    loc.date_full(until.with_timezone(&tz).date_naive()),
                ),
            ],
            AuditEvent::ShareWithdrawn { name } => vec![("name", name.clone())],
            AuditEvent::AppointmentAnswered { start, .. } => {
                vec![("when", loc.date_full(start.with_timezone(&tz).date_naive()))]
            }
            AuditEvent::DocumentAdded { title }
            | AuditEvent::DocumentOpened { title }
            | AuditEvent::DocumentChanged { title }
            | AuditEvent::DocumentDeleted { title }
            | AuditEvent::DocumentSentOutside { title } => vec![("title", title.clone())],
            AuditEvent::DocumentRenamed { from, to } => {
                vec![("from", from.clone()), ("to", to.clone())]
            }
            _ => Vec::new(),
        }
    }
}

/// The part of an entry the MAC covers, besides its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryBody {
    pub at: DateTime<Utc>,
    #[serde(flatten)]
    pub event: AuditEvent,
}

/// One stored entry of the trail.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    /// 1 for the first entry, then one more each time.
    pub seq: u64,
    /// The body's JSON, exactly as authenticated.
    pub body: String,
    /// The previous entry's MAC (32 zero bytes for the first), hex.
    pub prev: String,
    /// HMAC-SHA256 over the label, seq, prev and body, hex.
    pub mac: String,
}

impl AuditEntry {
    /// The decoded body. Only meaningful once [`verify`] accepted the trail.
    pub fn body(&self) -> Result<EntryBody, AuditError> {
        serde_json::from_str(&self.body).map_err(|_| AuditError::EntryAltered { seq: self.seq })
    }

    /// The entry in plain words, in the person's language and time zone.
    pub fn describe(&self, loc: &Localizer, tz: chrono_tz::Tz) -> String {
        match self.body() {
            Ok(body) => {
                let date = loc.date_full(body.at.with_timezone(&tz).date_naive());
                let own = body.event.args(loc, tz);
                let mut args: Vec<crate::i18n::Arg<'_>> = vec![("date", date.into())];
                args.extend(own.iter().map(|(k, v)| (*k, v.as_str().into())));
                loc.t_args(body.event.message_id(), &args)
            }
            Err(e) => loc.explain(&e),
        }
    }
}

/// The head of the trail, kept in the keystore: how many entries, and the last MAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Head {
    pub count: u64,
    pub mac: [u8; 32],
}

impl Head {
    pub const EMPTY: Head = Head {
        count: 0,
        mac: [0u8; 32],
    };

    /// `count (u64, big-endian) || mac (32 bytes)`.
    pub fn to_bytes(self) -> Vec<u8> {
        let mut out = self.count.to_be_bytes().to_vec();
        out.extend_from_slice(&self.mac);
        out
    }

    pub fn from_bytes(bytes: &[u8]) -> Option<Head> {
        if bytes.len() != 40 {
            return None;
        }
        let count = u64::from_be_bytes(bytes[..8].try_into().ok()?);
        let mac = bytes[8..].try_into().ok()?;
        Some(Head { count, mac })
    }
}

/// How the trail was found altered.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuditError {
    #[error("audit entry {seq} was altered")]
    EntryAltered { seq: u64 },
    #[error("audit entry {seq} is missing")]
    EntryMissing { seq: u64 },
    #[error("audit entry {seq} does not follow the one before it")]
    ChainBroken { seq: u64 },
    #[error("the audit trail was cut: {found} entries where {expected} were written")]
    Truncated { expected: u64, found: u64 },
    #[error("the audit trail was replaced by another one")]
    Replaced,
    #[error("the audit trail's head is missing from the keystore")]
    HeadMissing,
}

impl Explain for AuditError {
    fn message_id(&self) -> &'static str {
        "audit-tampered"
    }
}

/// Computes the MAC of an entry.
pub fn entry_mac(key: &[u8; KEY_LEN], seq: u64, prev: &[u8; 32], body: &[u8]) -> [u8; 32] {
    crypto::hmac_sha256(
        key,
        &[crypto::label::AUDIT_ENTRY, &seq.to_be_bytes(), prev, body],
    )
}

/// Makes the entry that follows `head`.
pub fn next_entry(key: &[u8; KEY_LEN], head: Head, body: &EntryBody) -> (AuditEntry, Head) {
    let body = serde_json::to_string(body).expect("audit bodies serialise");
    let seq = head.count + 1;
    let mac = entry_mac(key, seq, &head.mac, body.as_bytes());
    (
        AuditEntry {
            seq,
            body,
            prev: crypto::hex(&head.mac),
            mac: crypto::hex(&mac),
        },
        Head { count: seq, mac },
    )
}

/// Checks the whole trail (entries in storage order) against the keystore's
/// head. A trail longer than the head is accepted when its extra entries are
/// authentic: the store commits an entry before the keystore learns of it,
/// so a crash in between leaves the head one behind. Returns the real head.
pub fn verify(
    key: &[u8; KEY_LEN],
    entries: &[AuditEntry],
    head: Option<Head>,
) -> Result<Head, AuditError> {
    let mut tip = Head::EMPTY;
    let mut head_seen = false;
    for (i, e) in entries.iter().enumerate() {
        let expected_seq = i as u64 + 1;
        if e.seq != expected_seq {
            return Err(if e.seq > expected_seq {
                AuditError::EntryMissing { seq: expected_seq }
            } else {
                AuditError::EntryAltered { seq: e.seq }
            });
        }
        let prev = crypto::unhex(&e.prev).ok_or(AuditError::EntryAltered { seq: e.seq })?;
        if prev != tip.mac {
            return Err(AuditError::ChainBroken { seq: e.seq });
        }
        let mac = crypto::unhex(&e.mac).ok_or(AuditError::EntryAltered { seq: e.seq })?;
        if !crypto::hmac_sha256_verify(
            key,
            &[
                crypto::label::AUDIT_ENTRY,
                &e.seq.to_be_bytes(),
                &prev,
                e.body.as_bytes(),
            ],
            &mac,
        ) {
            return Err(AuditError::EntryAltered { seq: e.seq });
        }
        tip = Head {
            count: e.seq,
            mac: mac
                .try_into()
                .map_err(|_| AuditError::EntryAltered { seq: e.seq })?,
        };
        if let Some(h) = head
            && h.count == tip.count
        {
            if h.mac != tip.mac {
                return Err(AuditError::Replaced);
            }
            head_seen = true;
        }
    }
    match head {
        None if tip.count > 0 => Err(AuditError::HeadMissing),
        None => Ok(tip),
        Some(h) if h.count == 0 => Ok(tip),
        Some(h) if tip.count < h.count => Err(AuditError::Truncated {
            expected: h.count,
            found: tip.count,
        }),
        Some(_) if !head_seen => Err(AuditError::Replaced),
        Some(_) => Ok(tip),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    const KEY: [u8; 32] = [9u8; 32];

    fn trail(n: u64) -> (Vec<AuditEntry>, Head) {
        let mut head = Head::EMPTY;
        let mut out = Vec::new();
        for i in 0..n {
            let body = EntryBody {
                at: Utc.with_ymd_and_hms(2026, 3, 1, 10, i as u32, 0).unwrap(),
                event: if i == 0 {
                    AuditEvent::StoreCreated
                } else {
                    AuditEvent::DossierReceived
                },
            };
            let (e, h) = next_entry(&KEY, head, &body);
            out.push(e);
            head = h;
        }
        (out, head)
    }

    #[test]
    fn an_intact_trail_verifies() {
        let (t, h) = trail(5);
        assert_eq!(verify(&KEY, &t, Some(h)), Ok(h));
        assert_eq!(verify(&KEY, &[], Some(Head::EMPTY)), Ok(Head::EMPTY));
    }

    #[test]
    fn an_edited_entry_is_detected() {
        let (mut t, h) = trail(5);
        t[2].body = t[2].body.replace("dossier_received", "store_created");
        assert_eq!(
            verify(&KEY, &t, Some(h)),
            Err(AuditError::EntryAltered { seq: 3 })
        );
    }

    #[test]
    fn a_deleted_entry_is_detected() {
        let (mut t, h) = trail(5);
        t.remove(2);
        assert_eq!(
            verify(&KEY, &t, Some(h)),
            Err(AuditError::EntryMissing { seq: 3 })
        );
        // Renumbering the rest to hide the gap breaks the MACs.
        for (i, e) in t.iter_mut().enumerate() {
            e.seq = i as u64 + 1;
        }
        assert_eq!(
            verify(&KEY, &t, Some(h)),
            Err(AuditError::ChainBroken { seq: 3 })
        );
    }

    #[test]
    fn cutting_the_end_is_detected() {
        let (t, h) = trail(5);
        assert_eq!(
            verify(&KEY, &t[..3], Some(h)),
            Err(AuditError::Truncated {
                expected: 5,
                found: 3
            })
        );
        assert_eq!(
            verify(&KEY, &[], Some(h)),
            Err(AuditError::Truncated {
                expected: 5,
                found: 0
            })
        );
    }

    #[test]
    fn rewriting_the_whole_trail_is_detected() {
        let (_, h) = trail(5);
        // Someone without the key writes a new trail of the same length.
        let mut forged = Vec::new();
        let mut fh = Head::EMPTY;
        for _ in 0..5 {
            let (e, nh) = next_entry(
                &[1u8; 32],
                fh,
                &EntryBody {
                    at: Utc::now(),
                    event: AuditEvent::StoreCreated,
                },
            );
            forged.push(e);
            fh = nh;
        }
        assert_eq!(
            verify(&KEY, &forged, Some(h)),
            Err(AuditError::EntryAltered { seq: 1 })
        );
        // An older, genuine trail put back in place (a rollback) is caught by the head.
        let (older, _) = trail(3);
        assert_eq!(
            verify(&KEY, &older, Some(h)),
            Err(AuditError::Truncated {
                expected: 5,
                found: 3
            })
        );
        // A different genuine trail of the same length does not match the head.
        let mut other = Vec::new();
        let mut oh = Head::EMPTY;
        for i in 0..5 {
            let (e, nh) = next_entry(
                &KEY,
                oh,
                &EntryBody {
                    at: Utc.with_ymd_and_hms(2027, 1, 1, 0, i, 0).unwrap(),
                    event: AuditEvent::DossierReceived,
                },
            );
            other.push(e);
            oh = nh;
        }
        assert_eq!(verify(&KEY, &other, Some(h)), Err(AuditError::Replaced));
    }

    #[test]
    fn a_head_one_behind_is_accepted_and_a_missing_head_is_not() {
        let (t, h5) = trail(5);
        let (_, h4) = trail(4);
        assert_eq!(verify(&KEY, &t, Some(h4)), Ok(h5));
        assert_eq!(verify(&KEY, &t, None), Err(AuditError::HeadMissing));
    }

    #[test]
    fn head_bytes_round_trip() {
        let (_, h) = trail(2);
        assert_eq!(Head::from_bytes(&h.to_bytes()), Some(h));
        assert_eq!(Head::from_bytes(&[0u8; 39]), None);
    }
}
