//! One sync: send what waits in the outbox, in order, then pull what
//! changed since the cursor and merge it. The only part of `sync` that
//! touches the store and the network; the rules it follows are in
//! [`super::outbox`] and [`super::merge`].
//!
//! Must never: lose an outbox item (an item leaves the outbox only in the
//! same store write that records the server's answer), or skip a change
//! (the cursor moves in the same write as the merged records).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::audit::AuditEvent;
use crate::message::Delivery;
use crate::store::{Store, StoreError, Writer};

use super::client::{Client, SyncError};
use super::merge::{Beside, merge};
use super::outbox::{ItemState, OutboxItem, Request};
use super::wire::{AccessEntry, ShareRecord};

/// Where the last pull stopped (table `sync_state`, one row).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    pub id: String,
    pub cursor: i64,
    pub last_success: Option<DateTime<Utc>>,
}

const STATE_ID: &str = "sync";

/// What one sync did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub refused: usize,
    pub received: usize,
    /// Items still waiting (offline, or not yet due).
    pub waiting: usize,
    /// Set when the server could not be reached: nothing is lost, the
    /// outbox is tried again later.
    pub offline: Option<String>,
}

/// Why a sync stopped.
#[derive(Debug, thiserror::Error)]
pub enum EngineError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Sync(SyncError),
}

/// Queues `request` in the same store write as the change it describes
/// (the caller applied it to its records already).
pub fn enqueue(w: &mut Writer<'_>, request: Request, now: DateTime<Utc>) -> Result<(), StoreError> {
    w.put(&OutboxItem::new(request, now))
}

/// Does what the person asked on the phone at once and queues it for the
/// server, in one store write. `false` (nothing written) when the request
/// does not apply to the dossier as it stands.
pub fn record_action(
    store: &mut Store,
    request: Request,
    now: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let Some(mut dossier) = store.load_dossier()? else {
        return Ok(false);
    };
    if !request.apply_locally(&mut dossier) {
        return Ok(false);
    }
    store.write(|w| {
        save_merged(w, &dossier)?;
        enqueue(w, request, now)
    })?;
    Ok(true)
}

/// The items still in the outbox, in the order they were made.
pub fn outbox(store: &Store) -> Result<Vec<OutboxItem>, StoreError> {
    store.all::<OutboxItem>()
}

/// The access log as last pulled, newest first.
pub fn access_log(store: &Store) -> Result<Vec<AccessEntry>, StoreError> {
    let mut log = store.all::<AccessEntry>()?;
    log.sort_by_key(|a| std::cmp::Reverse(a.at));
    Ok(log)
}

fn random_unit() -> f64 {
    let bytes: [u8; 8] = crate::crypto::random_bytes();
    (u64::from_le_bytes(bytes) >> 11) as f64 / (1u64 << 53) as f64
}

/// Sends the waiting items, then pulls. A server that cannot be reached
/// is not an error: the report says so, and everything stays queued.
pub async fn sync(
    store: &mut Store,
    client: &mut Client,
    now: DateTime<Utc>,
) -> Result<Report, EngineError> {
    let mut report = Report::default();
    let items = outbox(store)?;
    let mut stopped = false;
    for mut item in items {
        if stopped || !item.due(now) {
            if item.state == ItemState::Waiting {
                report.waiting += 1;
            }
            continue;
        }
        match client.send(&item).await {
            Ok(written) => {
                report.sent += 1;
                // The item leaves the outbox in the same write that merges
                // the server's answer (the pull brings the same records
                // again later; merging is idempotent).
                let rest: Vec<OutboxItem> = outbox(store)?
                    .into_iter()
                    .filter(|i| i.id != item.id)
                    .collect();
                let mut dossier = store.load_dossier()?;
                store.write(|w| {
                    w.delete::<OutboxItem>(&item.id)?;
                    if let Some(d) = dossier.as_mut() {
                        merge(d, &mut Beside::default(), &written.changes, &rest);
                        save_merged(w, d)?;
                    }
                    Ok(())
                })?;
            }
            Err(SyncError::Refused(status, body)) if status != 401 => {
                report.refused += 1;
                item.state = ItemState::Refused(body.clone());
                let request = item.request.clone();
                let mut dossier = store.load_dossier()?;
                store.write(|w| {
                    w.put(&item)?;
                    if let (Request::SendMessage(m), Some(d)) = (&request, dossier.as_mut())
                        && let Some(msg) = d.messages.iter_mut().find(|x| x.id == m.id)
                    {
                        let _ = msg.advance(Delivery::Refused(body.message.clone()));
                        w.put(msg)?;
                    }
                    w.audit(now, AuditEvent::SyncRefused);
                    Ok(())
                })?;
            }
            Err(e) if e.is_temporary() => {
                item.failed(now, random_unit());
                store.put(&item)?;
                report.waiting += 1;
                report.offline = Some(e.to_string());
                // Keep the order: nothing after this item goes first.
                stopped = true;
            }
            Err(e) => return Err(EngineError::Sync(e)),
        }
    }
    if stopped {
        return Ok(report);
    }
    match pull_all(store, client, now).await {
        Ok(n) => report.received = n,
        Err(EngineError::Sync(e)) if e.is_temporary() => report.offline = Some(e.to_string()),
        Err(e) => return Err(e),
    }
    Ok(report)
}

/// Pulls every page after the cursor and merges each in one store write
/// with the new cursor. Returns the number of changes received.
pub async fn pull_all(
    store: &mut Store,
    client: &mut Client,
    now: DateTime<Utc>,
) -> Result<usize, EngineError> {
    let mut received = 0;
    loop {
        let state = store.get::<SyncState>(STATE_ID)?.unwrap_or(SyncState {
            id: STATE_ID.into(),
            cursor: 0,
            last_success: None,
        });
        let pull = client.pull(state.cursor).await.map_err(EngineError::Sync)?;
        received += pull.changes.len();
        let more = pull.more && pull.cursor > state.cursor;
        let waiting = outbox(store)?;
        let mut dossier = store.load_dossier()?;
        if dossier.is_none() {
            // A new phone: the dossier starts from the server's copy of
            // the person.
            dossier = pull.changes.iter().find_map(|c| match &c.record {
                super::wire::Record::Person(p) => Some(crate::dossier::Dossier::new(p.clone())),
                _ => None,
            });
        }
        let before = Beside {
            access_log: store.all::<AccessEntry>()?,
            shares: store.all::<ShareRecord>()?,
        };
        let mut beside = before.clone();
        store.write(|w| {
            if let Some(d) = dossier.as_mut()
                && !pull.changes.is_empty()
            {
                merge(d, &mut beside, &pull.changes, &waiting);
                save_merged(w, d)?;
                w.audit(now, AuditEvent::DossierReceived);
            }
            for entry in &beside.access_log {
                if !before.access_log.contains(entry) {
                    w.put(entry)?;
                }
            }
            for share in &beside.shares {
                if !before.shares.contains(share) {
                    w.put(share)?;
                }
            }
            w.put(&SyncState {
                id: STATE_ID.into(),
                cursor: pull.cursor.max(state.cursor),
                last_success: Some(now),
            })
        })?;
        if !more {
            return Ok(received);
        }
    }
}

fn save_merged(w: &mut Writer<'_>, d: &crate::dossier::Dossier) -> Result<(), StoreError> {
    w.put(&d.person)?;
    for c in &d.contacts {
        w.put(c)?;
    }
    for o in &d.objectives {
        w.put(o)?;
    }
    for s in &d.steps {
        w.put(s)?;
    }
    for a in &d.appointments {
        w.put(a)?;
    }
    for m in &d.messages {
        w.put(m)?;
    }
    for s in &d.mandate_statements {
        w.put(&crate::store::StatementRecord::from(s))?;
    }
    if let Some(chain) = &d.key_chain {
        w.put(&crate::store::KeyChainRecord {
            id: "chain".into(),
            chain: chain.clone(),
        })?;
    }
    Ok(())
}
