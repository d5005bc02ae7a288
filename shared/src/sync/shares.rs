//! Sharing a document of the safe with a professional, through the server,
//! end to end encrypted (`crate::share`): fetch the recipient's key, check
//! it against the pinned one, seal the pages, upload; and withdrawing a
//! share (queued in the outbox: it works offline).
//!
//! Sharing needs the network (the recipient's key comes from the server);
//! nothing is kept half-done: the share is recorded on the phone only once
//! the server has its body.
//!
//! Must never: share with a key that changed since it was pinned, unless
//! the person, shown both fingerprints, said so.

use chrono::{DateTime, Utc};
use reqwest::Method;

use crate::audit::AuditEvent;
use crate::id::{ContactId, DocumentId};
use crate::safe::{Safe, SafeError};
use crate::share::pin::{Pin, PinnedKey, check};
use crate::share::{self, Page, ShareError};
use crate::store::{Store, StoreError};

use super::client::{Client, SyncError, parse};
use super::outbox::Request;
use super::wire::{RecipientKey, ShareOffer, ShareRecord, Written};

/// Longest a share may last.
pub const MAX_SHARE_DAYS: i64 = 365;

/// Why a share was not made.
#[derive(Debug, thiserror::Error)]
pub enum ShareFlowError {
    /// The recipient's key is not the one pinned: show both fingerprints.
    #[error("the recipient's key changed since it was first seen")]
    KeyChanged { pinned: [u8; 32], offered: [u8; 32] },
    #[error(transparent)]
    Sync(#[from] SyncError),
    #[error(transparent)]
    Safe(#[from] SafeError),
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Share(#[from] ShareError),
    #[error("a share ends after now and within a year")]
    BadEnd,
}

/// The recipient's key as the server gives it, and what the pin says.
pub async fn recipient_key(
    client: &mut Client,
    store: &Store,
    recipient: &ContactId,
) -> Result<([u8; 32], Pin), ShareFlowError> {
    let body = client
        .authed(
            Method::GET,
            &format!("/v1/contacts/{recipient}/key"),
            None,
            None,
        )
        .await?;
    let key: RecipientKey = parse(&body)?;
    let offered: [u8; 32] = crate::crypto::unhex(&key.public_key)
        .and_then(|k| k.try_into().ok())
        .ok_or(SyncError::BadAnswer)?;
    let pinned = store.get::<PinnedKey>(recipient.as_str())?;
    Ok((offered, check(pinned.as_ref(), recipient, &offered)))
}

/// What to share, with whom, until when.
#[derive(Debug, Clone, Copy)]
pub struct ShareTo<'a> {
    pub recipient: &'a ContactId,
    /// The recipient's name as the person knows it (for the trail).
    pub name: &'a str,
    pub document: &'a DocumentId,
    pub until: DateTime<Utc>,
    /// True only after the person compared the new fingerprint with the
    /// professional and said yes.
    pub accept_changed_key: bool,
}

/// Shares a document of the safe with a professional until a date.
pub async fn share_document(
    client: &mut Client,
    safe: &mut Safe,
    to: &ShareTo<'_>,
    now: DateTime<Utc>,
) -> Result<ShareRecord, ShareFlowError> {
    let ShareTo {
        recipient,
        name: recipient_name,
        document,
        until,
        accept_changed_key,
    } = *to;
    if until <= now || until > now + chrono::Duration::days(MAX_SHARE_DAYS) {
        return Err(ShareFlowError::BadEnd);
    }
    let (key, pin) = recipient_key(client, safe.store(), recipient).await?;
    if let Pin::Changed { pinned } = pin
        && !accept_changed_key
    {
        return Err(ShareFlowError::KeyChanged {
            pinned,
            offered: key,
        });
    }
    let meta = safe.document(document)?;
    let mut contents = Vec::with_capacity(meta.pages.len());
    for n in 1..=meta.pages.len() {
        // Decrypted in memory only, to be re-encrypted for the recipient
        // (the audit entry says "shared", not "opened").
        let mut buf = Vec::new();
        safe.decrypt_page(&meta, n, &mut buf)?;
        contents.push(buf);
    }
    let pages: Vec<Page<'_>> = meta
        .pages
        .iter()
        .zip(&contents)
        .map(|(p, c)| Page {
            media_type: p.media_type.as_str(),
            content: c,
        })
        .collect();
    let id = crate::id::random_id();
    let sealed = share::seal(&id, document, meta.title(), meta.category, &pages, &key)?;
    let offer = ShareOffer {
        id: id.clone(),
        recipient: recipient.clone(),
        document: document.clone(),
        expires_at: until,
        recipient_key: crate::crypto::hex(&key),
        enc: crate::crypto::hex(&sealed.enc),
        sealed: crate::crypto::hex(&sealed.sealed),
    };
    let answer = client
        .authed(
            Method::POST,
            "/v1/shares",
            Some(serde_json::to_value(&offer).expect("serialises")),
            Some(&id),
        )
        .await?;
    let _: Written = parse(&answer)?;
    client
        .put_bytes(&format!("/v1/shares/{id}/body"), sealed.body)
        .await?;
    let record = ShareRecord {
        id,
        recipient: recipient.clone(),
        document: document.clone(),
        created_at: now,
        expires_at: until,
        withdrawn_at: None,
        ready: true,
    };
    let title = meta.title().to_owned();
    safe.store_mut().write(|w| {
        w.put(&record)?;
        if pin == Pin::FirstUse || accept_changed_key {
            w.put(&PinnedKey {
                id: recipient.to_string(),
                key: crate::crypto::hex(&key),
                first_seen: now,
            })?;
        }
        w.audit(
            now,
            AuditEvent::DocumentShared {
                title,
                name: recipient_name.to_owned(),
                until,
            },
        );
        Ok(())
    })?;
    Ok(record)
}

/// Withdraws a share: marked at once on the phone, and queued for the
/// server (which then deletes its copy). `false` if there is no such share
/// or it was already withdrawn.
pub fn withdraw_share(
    store: &mut Store,
    share_id: &str,
    recipient_name: &str,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let Some(mut record) = store.get::<ShareRecord>(share_id)? else {
        return Ok(false);
    };
    if record.withdrawn_at.is_some() {
        return Ok(false);
    }
    record.withdrawn_at = Some(now);
    store.write(|w| {
        w.put(&record)?;
        super::engine::enqueue(
            w,
            Request::WithdrawShare {
                share: share_id.to_owned(),
            },
            now,
        )?;
        w.audit(
            now,
            AuditEvent::ShareWithdrawn {
                name: recipient_name.to_owned(),
            },
        );
        Ok(())
    })?;
    Ok(true)
}

/// The person's shares, newest first.
pub fn shares(store: &Store) -> Result<Vec<ShareRecord>, StoreError> {
    let mut all = store.all::<ShareRecord>()?;
    all.sort_by_key(|s| std::cmp::Reverse(s.created_at));
    Ok(all)
}
