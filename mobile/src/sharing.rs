//! Sharing a paper of the safe with a professional, from the app: the
//! core's flow ([`parcours_core::sync::shares`]) on the app's data and its
//! server.
//!
//! Two steps, so that the person sees the key before anything leaves:
//! [`AppData::recipient_key`] fetches the professional's key and says what
//! the pin says (first time, same, changed); [`AppData::share_document`]
//! then shares, only if the key is still the one shown. Both need the
//! network: a server that cannot be reached is [`ShareFailure::Offline`],
//! and nothing changes. Withdrawing ([`AppData::withdraw_share`]) works
//! offline: it is queued for the sync.
//!
//! Blocking (each call runs on a small runtime of its own, holding the
//! data while it talks to the server, as the sync does): call them from a
//! thread of their own, never from inside a runtime.
//!
//! A paper joined to a message to the referent
//! ([`AppData::send_with_paper`], from the Messages screen) goes the same
//! way: the referent can only read a paper shared with her, so the paper is
//! shared with her first (this module's [`AppData::share_document`], the
//! same format, the same pinned key), then the message naming it is
//! written and queued like any other. Offline the paper is not joined: the
//! share needs the server, and the app never shares with a key the person
//! was not shown, so it cannot be made later in the background. The
//! person is told plainly; what they wrote and the paper they chose stay
//! on screen, and the message can go without it (queued as usual).
//!
//! Must never: share with a key other than the one the person was shown,
//! or write anything of the person to the logs.

use std::time::Duration;

use chrono::{DateTime, Utc};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Localizer;
use parcours_core::id::{ContactId, DocumentId};
use parcours_core::share::pin::Pin;
use parcours_core::store::StoreError;
use parcours_core::sync::client::{Client, call, http_client};
use parcours_core::sync::shares::{self, ShareFlowError, ShareTo};
use parcours_core::sync::wire::ShareRecord;
use reqwest::Method;

use crate::app::Shared;
use crate::state::{Action, ActionError, AppData, outgoing_message};

/// How long a share may take, from the key to the body's upload.
const SHARE_TIMEOUT: Duration = Duration::from_secs(60);
/// How long the server has to say it is there.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// Why a share was not made (nothing changed on the phone).
#[derive(Debug, thiserror::Error)]
pub enum ShareFailure {
    /// The server cannot be reached now.
    #[error("the server cannot be reached")]
    Offline,
    /// The app has no server (or no safe): nothing can be shared.
    #[error("this app has no server")]
    NoServer,
    /// The key is not the pinned one and the person did not say they
    /// checked it.
    #[error("the professional's key changed")]
    KeyChanged,
    /// The key is no longer the one the person saw: look again.
    #[error("the professional's key changed again")]
    KeyMoved,
    #[error(transparent)]
    Flow(ShareFlowError),
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The message or its paper was refused by the app's rules (nothing
    /// was shared).
    #[error(transparent)]
    Refused(ActionError),
}

impl From<ShareFlowError> for ShareFailure {
    fn from(e: ShareFlowError) -> Self {
        match e {
            ShareFlowError::Sync(s) if s.is_temporary() => ShareFailure::Offline,
            ShareFlowError::KeyChanged { .. } => ShareFailure::KeyChanged,
            e => ShareFailure::Flow(e),
        }
    }
}

impl ShareFailure {
    /// In the person's language.
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            ShareFailure::Offline => loc.t("share-offline"),
            ShareFailure::NoServer => loc.t("share-no-server"),
            ShareFailure::KeyMoved | ShareFailure::KeyChanged => loc.t("share-key-moved"),
            ShareFailure::Store(e) => loc.explain(e),
            ShareFailure::Refused(e) => e.explain(loc),
            ShareFailure::Flow(e) => match e {
                ShareFlowError::Sync(e) => loc.explain(e),
                ShareFlowError::Safe(e) => loc.explain(e),
                ShareFlowError::Store(e) => loc.explain(e),
                ShareFlowError::Share(e) => loc.explain(e),
                ShareFlowError::BadEnd | ShareFlowError::KeyChanged { .. } => loc.t("share-failed"),
            },
        }
    }
}

/// The professional's key as the server gives it, and what the pin says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeySeen {
    pub recipient: ContactId,
    pub offered: [u8; 32],
    pub pin: Pin,
}

impl AppData {
    /// Runs `f` with a client signed in to the app's server, on a runtime
    /// of its own, holding the safe; `Offline` when the server does not
    /// answer (checked first, without holding anything).
    fn with_server<T>(
        &self,
        f: impl AsyncFnOnce(&mut Client, &mut parcours_core::safe::Safe) -> Result<T, ShareFailure>,
    ) -> Result<T, ShareFailure> {
        let (url, device) = self.server().ok_or(ShareFailure::NoServer)?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| ShareFailure::Offline)?;
        let http = http_client();
        let probe = call(&http, &url, Method::GET, "/health", None, None, None);
        match runtime.block_on(async { tokio::time::timeout(PROBE_TIMEOUT, probe).await }) {
            Ok(Ok(_)) => {}
            _ => return Err(ShareFailure::Offline),
        }
        let mut client =
            Client::new(&url, device).map_err(|e| ShareFailure::Flow(ShareFlowError::Sync(e)))?;
        let outcome = self.with_safe(|safe| {
            runtime
                .block_on(async { tokio::time::timeout(SHARE_TIMEOUT, f(&mut client, safe)).await })
        })?;
        match outcome {
            None => Err(ShareFailure::NoServer),
            Some(Ok(result)) => result,
            Some(Err(_)) => Err(ShareFailure::Offline),
        }
    }

    /// Fetches `recipient`'s key and compares it with the pinned one.
    /// Pins nothing: that happens with the share.
    pub fn recipient_key(&self, recipient: &ContactId) -> Result<KeySeen, ShareFailure> {
        self.with_server(async |client, safe| {
            let (offered, pin) = shares::recipient_key(client, safe.store(), recipient).await?;
            Ok(KeySeen {
                recipient: recipient.clone(),
                offered,
                pin,
            })
        })
    }

    /// Shares `document` with the professional whose key the person saw
    /// (`seen`), until `until`. Refused when the server's key is no longer
    /// `seen.offered`; a changed key is taken only when `accept_changed_key`.
    pub fn share_document(
        &self,
        seen: &KeySeen,
        name: &str,
        document: &DocumentId,
        until: DateTime<Utc>,
        accept_changed_key: bool,
        now: DateTime<Utc>,
    ) -> Result<ShareRecord, ShareFailure> {
        self.with_server(async |client, safe| {
            let (offered, _) = shares::recipient_key(client, safe.store(), &seen.recipient).await?;
            if offered != seen.offered {
                return Err(ShareFailure::KeyMoved);
            }
            let to = ShareTo {
                recipient: &seen.recipient,
                name,
                document,
                until,
                accept_changed_key,
            };
            Ok(shares::share_document(client, safe, &to, now).await?)
        })
    }

    /// Sends `text` to the referent with the paper `document` joined: the
    /// paper is first shared with the referent until `until`, with the key
    /// the person was shown (`seen`, as [`Self::share_document`]), then the
    /// message naming it is written and queued ([`Action::SendMessage`]).
    /// The message and the paper are checked before anything leaves (a
    /// paper not in the safe: [`ActionError::NoSuchPaper`]). Offline,
    /// nothing is shared and nothing is written ([`ShareFailure::Offline`]).
    #[allow(clippy::too_many_arguments)]
    pub fn send_with_paper(
        &self,
        seen: &KeySeen,
        name: &str,
        text: &str,
        document: &DocumentId,
        until: DateTime<Utc>,
        accept_changed_key: bool,
        now: DateTime<Utc>,
    ) -> Result<(ShareRecord, Shared<Dossier>), ShareFailure> {
        let attachments = vec![document.clone()];
        let referent = outgoing_message(&self.dossier(), text, &attachments, now)
            .map_err(ShareFailure::Refused)?
            .to;
        if referent != parcours_core::message::Participant::Contact(seen.recipient.clone()) {
            // The key shown is not the referent's: nothing is shared.
            return Err(ShareFailure::KeyMoved);
        }
        let record = self.share_document(seen, name, document, until, accept_changed_key, now)?;
        let dossier = self
            .apply(
                &Action::SendMessage {
                    text: text.to_owned(),
                    attachments,
                },
                now,
            )
            .map_err(ShareFailure::Refused)?;
        Ok((record, dossier))
    }

    /// The person's shares, newest first (none in memory).
    pub fn shares(&self) -> Result<Vec<ShareRecord>, StoreError> {
        Ok(self
            .with_store(|s| shares::shares(s))?
            .transpose()?
            .unwrap_or_default())
    }

    /// Stops a share: marked at once, queued for the server (works
    /// offline). `false` when there is no such share or it was stopped.
    pub fn withdraw_share(
        &self,
        id: &str,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<bool, StoreError> {
        let done = self
            .with_store(|s| shares::withdraw_share(s, id, name, now))?
            .transpose()?
            .unwrap_or(false);
        if done {
            self.wake_sync();
        }
        Ok(done)
    }
}
