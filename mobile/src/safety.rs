//! The safety part of Settings, at the app's edge: the PIN (set, change,
//! remove), a new recovery code, and "delete everything". The screen is
//! [`crate::screens::settings`]; this is what it calls. Each step goes to
//! the core ([`Safe::set_pin`], [`Safe::remove_pin`],
//! [`Safe::new_recovery_code`], [`account::delete_everything`]).
//!
//! With a PIN set, every one of them asks the PIN first
//! ([`Safe::check_pin`]): a wrong one counts as a failed attempt, exactly
//! as on the unlock screen (the same counter, the same growing delays),
//! and changes nothing. A PIN typed in the wrong shape (not 4 to 12
//! digits) is refused before anything is tried, and is not counted.
//!
//! "Delete everything" closes the person's account on the server (their
//! dossier, mandates, devices and shares are deleted there; professionals
//! are refused at once), then wipes this phone ([`parcours_core::safe::wipe`]).
//! **When the server cannot be reached** (no network, or an app with no
//! server), nothing is deleted at first: the person is told plainly that
//! their account on the server would stay open, and may then choose to
//! wipe only this phone (a phone about to be handed over or taken cannot
//! wait for the network); the screen that follows says that the account
//! is still open and that the referent can close it. We chose this over
//! wiping at once (the person would believe the server forgot them) and
//! over refusing outright (the phone would stay readable when it matters
//! most).
//!
//! Blocking (key derivations, and the network for deleting): call them
//! from a thread of their own, never from inside a runtime.
//!
//! Must never: keep a PIN or a recovery code (they go straight to the
//! core, and a new code is shown once by the screen), log anything the
//! person typed, or delete anything before the person confirmed twice.

use std::time::Duration;

use chrono::{DateTime, Utc};
use parcours_core::i18n::{Explain, Localizer};
use parcours_core::safe::pin::{self, Pin, PinError};
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};
use parcours_core::store::StoreError;
use parcours_core::sync::account::{self, DeleteError, ServerSide};
use parcours_core::sync::client::{Client, SyncError, call, http_client};
use reqwest::Method;

use crate::state::AppData;

/// How long the server has to say it is there.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);
/// How long closing the account may take.
const CLOSE_TIMEOUT: Duration = Duration::from_secs(30);

/// Why a safety step did not happen. Nothing was changed.
#[derive(Debug, thiserror::Error)]
pub enum SafetyError {
    #[error(transparent)]
    Safe(#[from] SafeError),
    /// The new PIN and its repetition differ.
    #[error("the two new PINs are not the same")]
    PinMismatch,
    /// There is no PIN to change or remove.
    #[error("there is no PIN")]
    NoPin,
    /// The data is in memory (component tests, previews): no safe.
    #[error("there is no safe")]
    NoSafe,
    /// Deleting: the server cannot be reached (or the app has none), and
    /// the person did not (yet) choose to wipe only this phone.
    #[error("the server cannot be reached")]
    Unreachable,
    /// Deleting: the server refused to close the account.
    #[error(transparent)]
    Server(SyncError),
    /// The work stopped before it could answer (the app is closing).
    #[error("interrupted")]
    Interrupted,
}

impl From<PinError> for SafetyError {
    fn from(e: PinError) -> Self {
        SafetyError::Safe(e.into())
    }
}

impl From<StoreError> for SafetyError {
    fn from(e: StoreError) -> Self {
        SafetyError::Safe(e.into())
    }
}

impl SafetyError {
    /// A translated explanation, which says that nothing changed (the
    /// delay after failed PINs is said apart: [`crate::unlock::wait_words`]).
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            SafetyError::Safe(SafeError::PinRequired) => loc.t("settings-pin-required"),
            SafetyError::Safe(e) => {
                format!("{} {}", loc.explain(e), loc.t("settings-nothing-changed"))
            }
            SafetyError::PinMismatch => loc.t("settings-pin-mismatch"),
            SafetyError::NoPin => loc.t("settings-pin-none"),
            SafetyError::NoSafe => loc.t("settings-no-safe"),
            SafetyError::Unreachable => loc.t("settings-delete-unreachable"),
            SafetyError::Server(e) => {
                format!(
                    "{} {}",
                    loc.t(e.message_id()),
                    loc.t("settings-delete-nothing")
                )
            }
            SafetyError::Interrupted => loc.t("action-failed"),
        }
    }
}

/// What "delete everything" did, for the screen that follows. Holds
/// nothing of the person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deletion {
    /// What happened on the server's side.
    pub server: ServerSide,
    /// How many files or folders could not be removed (the person is told).
    pub left: usize,
}

impl Deletion {
    /// Whether the account on the server is closed (now or before).
    pub fn account_closed(&self) -> bool {
        matches!(self.server, ServerSide::Closed | ServerSide::AlreadyGone)
    }
}

/// A PIN the person typed where one is asked: `None` when the field was
/// left empty.
fn typed_pin(typed: Option<&str>) -> Result<Option<Pin>, SafetyError> {
    match typed.map(str::trim).filter(|t| !t.is_empty()) {
        None => Ok(None),
        Some(t) => Ok(Some(Pin::parse(t)?)),
    }
}

impl AppData {
    /// The seconds to wait before the next PIN attempt, if any (the same
    /// counter as the unlock screen's).
    pub fn pin_wait_seconds(&self, now: DateTime<Utc>) -> Option<i64> {
        let attempts = self
            .with_safe(|safe| pin::attempts(safe.store().keystore(), now))
            .ok()??
            .ok()?;
        let left = attempts.next_allowed.saturating_sub(now.timestamp());
        (left > 0).then_some(left)
    }

    /// Sets a PIN (`current`: `None` when there is none yet) or changes it
    /// (`current`: the PIN now, checked and counted first). `new` and
    /// `again` must be the same PIN of 4 to 12 digits. Blocking.
    pub fn set_pin(
        &self,
        current: Option<&str>,
        new: &str,
        again: &str,
        now: DateTime<Utc>,
    ) -> Result<(), SafetyError> {
        let new = Pin::parse(new)?;
        if Pin::parse(again).ok().as_ref() != Some(&new) {
            return Err(SafetyError::PinMismatch);
        }
        let current = typed_pin(current)?;
        self.with_safe(|safe| -> Result<(), SafetyError> {
            safe.check_pin(current.as_ref(), now)?;
            let kdf = safe.kdf()?;
            Ok(safe.set_pin(&new, kdf, now)?)
        })?
        .ok_or(SafetyError::NoSafe)?
    }

    /// Removes the PIN, after checking `current` (counted). Blocking.
    pub fn remove_pin(&self, current: &str, now: DateTime<Utc>) -> Result<(), SafetyError> {
        let current = typed_pin(Some(current))?.ok_or(SafeError::PinRequired)?;
        self.with_safe(|safe| -> Result<(), SafetyError> {
            if !pin::has_pin(safe.dir()) {
                return Err(SafetyError::NoPin);
            }
            safe.check_pin(Some(&current), now)?;
            Ok(safe.remove_pin(now)?)
        })?
        .ok_or(SafetyError::NoSafe)?
    }

    /// Makes a new recovery code (the old one stops working), after
    /// checking the PIN when one is set; the screen shows it once.
    /// Blocking.
    pub fn new_recovery_code(
        &self,
        current: Option<&str>,
        now: DateTime<Utc>,
    ) -> Result<RecoveryCode, SafetyError> {
        let current = typed_pin(current)?;
        self.with_safe(|safe| -> Result<RecoveryCode, SafetyError> {
            safe.check_pin(current.as_ref(), now)?;
            Ok(safe.new_recovery_code(now)?)
        })?
        .ok_or(SafetyError::NoSafe)?
    }

    /// Deletes everything: the account on the server, then this phone
    /// (see the module's documentation for a server that cannot be
    /// reached: [`SafetyError::Unreachable`] unless `phone_only`). The PIN
    /// is checked first when one is set. Afterwards the data holds nothing
    /// of the person, and every open screen shows [`Deletion`]. Blocking.
    pub fn delete_everything(
        &self,
        current: Option<&str>,
        phone_only: bool,
        now: DateTime<Utc>,
    ) -> Result<Deletion, SafetyError> {
        let current = typed_pin(current)?;
        self.with_safe(|safe| safe.check_pin(current.as_ref(), now))?
            .ok_or(SafetyError::NoSafe)??;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|_| SafetyError::Interrupted)?;
        // Is the server there? Asked before anything is closed.
        let server = self.server();
        let answers = server.as_ref().is_some_and(|(url, _)| {
            let http = http_client();
            let probe = call(&http, url, Method::GET, "/health", None, None, None);
            matches!(
                runtime.block_on(async { tokio::time::timeout(PROBE_TIMEOUT, probe).await }),
                Ok(Ok(_))
            )
        });
        if !answers && !phone_only {
            return Err(SafetyError::Unreachable);
        }
        let mut client = match (&server, answers) {
            (Some((url, device)), true) => {
                Some(Client::new(url, device.clone()).map_err(SafetyError::Server)?)
            }
            _ => None,
        };
        self.without_safe(|safe| {
            let dir = safe.dir().to_owned();
            let keystore = safe.store().keystore().clone();
            let had_pin = pin::has_pin(&dir);
            // The core needs the safe closed.
            drop(safe);
            let outcome = runtime.block_on(async {
                tokio::time::timeout(
                    CLOSE_TIMEOUT,
                    account::delete_everything(client.as_mut(), &dir, &keystore, phone_only),
                )
                .await
            });
            let outcome = match outcome {
                Ok(done) => done,
                // The server did not answer in time: nothing was wiped yet.
                Err(_) if phone_only => runtime
                    .block_on(account::delete_everything(None, &dir, &keystore, true))
                    .map(|mut d| {
                        d.server = ServerSide::Unreachable("no answer in time".into());
                        d
                    }),
                Err(_) => Err(DeleteError::Unreachable("no answer in time".into())),
            };
            match outcome {
                Ok(deleted) => {
                    let server = match (deleted.server, answers) {
                        // Never enrolled here, or no server known: the
                        // account (if any) is still open.
                        (ServerSide::NoServer, _) => ServerSide::Unreachable("no server".into()),
                        (s, _) => s,
                    };
                    let deletion = Deletion {
                        server,
                        left: deleted.device.left.len(),
                    };
                    (None, Ok(deletion))
                }
                Err(e) => {
                    // Nothing was touched on the phone (the server step
                    // comes first) unless the wipe itself failed.
                    let error = match e {
                        DeleteError::Unreachable(_) => SafetyError::Unreachable,
                        DeleteError::Sync(e) if e.is_temporary() => SafetyError::Unreachable,
                        DeleteError::Sync(e) => SafetyError::Server(e),
                        DeleteError::Safe(e) => SafetyError::Safe(e),
                    };
                    let reopened = if had_pin {
                        current
                            .as_ref()
                            .and_then(|p| Safe::open_with_pin(&dir, keystore, p, now).ok())
                    } else {
                        Safe::open(&dir, keystore).ok()
                    };
                    (reopened, Err(error))
                }
            }
        })
        .ok_or(SafetyError::NoSafe)?
    }
}
