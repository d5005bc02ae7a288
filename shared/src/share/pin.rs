//! Pinning a recipient's key at first use, so that a server operator
//! cannot slip in their own key: the key seen the first time a document is
//! shared with someone is kept (table `pinned_keys` of the store); a
//! different key later is shown to the person as a change to check with
//! the professional (by phone, comparing fingerprints) before anything is
//! shared.
//!
//! Must never: accept a changed key silently.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::id::ContactId;

/// A pinned key (one per contact).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinnedKey {
    /// The contact's id.
    pub id: String,
    /// The X25519 public key, hex.
    pub key: String,
    pub first_seen: DateTime<Utc>,
}

/// What the key the server gave means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pin {
    /// Never seen for this contact: pinned now (show the fingerprint).
    FirstUse,
    /// The pinned key: go on.
    Same,
    /// Not the pinned key: stop and show both fingerprints.
    Changed { pinned: [u8; 32] },
}

/// Compares `offered` with what is pinned for `contact`.
pub fn check(pinned: Option<&PinnedKey>, contact: &ContactId, offered: &[u8; 32]) -> Pin {
    match pinned.filter(|p| p.id == contact.as_str()) {
        None => Pin::FirstUse,
        Some(p) => match crate::crypto::unhex(&p.key).and_then(|k| <[u8; 32]>::try_from(k).ok()) {
            Some(k) if &k == offered => Pin::Same,
            Some(k) => Pin::Changed { pinned: k },
            None => Pin::Changed { pinned: [0; 32] },
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_changed_key_is_never_taken_silently() {
        let c = ContactId::parse("martin").unwrap();
        let now = crate::demo::fixed_now();
        assert_eq!(check(None, &c, &[1; 32]), Pin::FirstUse);
        let p = PinnedKey {
            id: "martin".into(),
            key: crate::crypto::hex(&[1; 32]),
            first_seen: now,
        };
        assert_eq!(check(Some(&p), &c, &[1; 32]), Pin::Same);
        assert_eq!(
            check(Some(&p), &c, &[2; 32]),
            Pin::Changed { pinned: [1; 32] }
        );
    }
}
