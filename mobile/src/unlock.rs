//! Opening a safe that has a PIN, at the app's edge: after a restart the
//! keystore holds only the device secret, so the app asks for the PIN
//! ([`Safe::open_with_pin`]), or, when the person forgot it, for the
//! recovery code ([`Safe::unlock_with_code`]), and then for a new PIN (or
//! none). The screen is [`crate::screens::unlock`]; this is what it calls.
//!
//! The core counts failed attempts in the keystore and makes the person
//! wait longer and longer from the 3rd failure ([`pin::attempts`]);
//! nothing is ever wiped for a wrong PIN.
//!
//! Must never: keep the PIN or the recovery code (they go straight to the
//! core), log anything the person typed, or delete anything.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};
use parcours_core::device_key::DeviceKey;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{self, Pin, PinError};
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};
use parcours_core::store::StoreError;
use tokio::sync::watch;

use crate::state::AppData;

/// Why the safe did not open. Nothing is lost: it can be tried again.
#[derive(Debug, thiserror::Error)]
pub enum UnlockError {
    #[error(transparent)]
    Safe(#[from] SafeError),
    /// A step came before the one it needs (a bug of the screen).
    #[error("this step comes later")]
    OutOfOrder,
}

impl From<PinError> for UnlockError {
    fn from(e: PinError) -> Self {
        UnlockError::Safe(e.into())
    }
}

impl From<StoreError> for UnlockError {
    fn from(e: StoreError) -> Self {
        UnlockError::Safe(e.into())
    }
}

impl UnlockError {
    /// A translated explanation (the delay, when there is one, is said
    /// apart: see [`wait_words`]).
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            UnlockError::Safe(e) => loc.explain(e),
            UnlockError::OutOfOrder => loc.t("first-out-of-order"),
        }
    }
}

/// The delay in plain words: "Attendez 30 secondes…", in minutes from
/// 2 minutes on (rounded up).
pub fn wait_words(loc: &Localizer, seconds: i64) -> String {
    if seconds < 120 {
        loc.t_args("unlock-wait-seconds", &[("count", seconds.max(1).into())])
    } else {
        loc.t_args(
            "unlock-wait-minutes",
            &[("count", ((seconds + 59) / 60).into())],
        )
    }
}

struct Inner {
    dir: PathBuf,
    keystore: Keystore,
    kdf: KdfParams,
    lang: Lang,
    /// Opened with the recovery code, waiting for a new PIN (or none).
    recovered: Option<Safe>,
    data: Option<AppData>,
}

/// The opening of one safe with a PIN, shared by every tab of the preview
/// (cheap to clone; equal when it is the same).
#[derive(Clone)]
pub struct Unlock {
    inner: Arc<Mutex<Inner>>,
    done: Arc<watch::Sender<Option<AppData>>>,
}

impl std::fmt::Debug for Unlock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Unlock").finish_non_exhaustive()
    }
}

impl PartialEq for Unlock {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Unlock {
    /// The safe in `dir`, whose device secret and attempt counter are in
    /// `keystore`; the screen speaks `lang` (the person's saved language
    /// is inside the safe).
    pub fn new(dir: &Path, keystore: Keystore, kdf: KdfParams, lang: Lang) -> Unlock {
        Unlock {
            inner: Arc::new(Mutex::new(Inner {
                dir: dir.to_owned(),
                keystore,
                kdf,
                lang,
                recovered: None,
                data: None,
            })),
            done: Arc::new(watch::Sender::new(None)),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn lang(&self) -> Lang {
        self.lock().lang
    }

    /// The person's data, once the safe is open.
    pub fn data(&self) -> Option<AppData> {
        self.lock().data.clone()
    }

    /// Sees the data when the safe is open (the preview starts its
    /// background sync then).
    pub fn subscribe(&self) -> watch::Receiver<Option<AppData>> {
        self.done.subscribe()
    }

    /// The seconds to wait before the next PIN attempt, if any.
    pub fn wait_seconds(&self, now: DateTime<Utc>) -> Option<i64> {
        let keystore = self.lock().keystore.clone();
        let attempts = pin::attempts(&keystore, now).ok()?;
        let left = attempts.next_allowed.saturating_sub(now.timestamp());
        (left > 0).then_some(left)
    }

    fn opened(&self, safe: Safe) -> Result<AppData, UnlockError> {
        let keystore = self.lock().keystore.clone();
        let device = DeviceKey::load_or_create(&keystore).map_err(StoreError::from)?;
        let data = AppData::from_safe(safe, device)?.ok_or(UnlockError::OutOfOrder)?;
        self.lock().data = Some(data.clone());
        self.done.send_replace(Some(data.clone()));
        Ok(data)
    }

    /// Opens the safe with the PIN as typed. Blocking (the key derivation
    /// takes a moment): see [`Unlock::with_pin_async`].
    pub fn with_pin(&self, typed: &str, now: DateTime<Utc>) -> Result<AppData, UnlockError> {
        if let Some(data) = self.data() {
            return Ok(data);
        }
        let pin = Pin::parse(typed)?;
        let (dir, keystore) = {
            let inner = self.lock();
            (inner.dir.clone(), inner.keystore.clone())
        };
        let safe = Safe::open_with_pin(&dir, keystore, &pin, now)?;
        self.opened(safe)
    }

    /// [`Unlock::with_pin`] on a blocking thread.
    pub async fn with_pin_async(
        &self,
        typed: String,
        now: DateTime<Utc>,
    ) -> Result<AppData, UnlockError> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.with_pin(&typed, now))
            .await
            .map_err(|_| UnlockError::OutOfOrder)?
    }

    /// Opens the safe with the recovery code as typed; the app opens once
    /// a new PIN is chosen, or none ([`Unlock::new_pin`]). Blocking.
    pub fn with_code(&self, typed: &str, now: DateTime<Utc>) -> Result<(), UnlockError> {
        let code = RecoveryCode::parse(typed).map_err(SafeError::from)?;
        let (dir, keystore) = {
            let inner = self.lock();
            (inner.dir.clone(), inner.keystore.clone())
        };
        let safe = Safe::unlock_with_code(&dir, keystore, &code, now)?;
        self.lock().recovered = Some(safe);
        Ok(())
    }

    /// [`Unlock::with_code`] on a blocking thread.
    pub async fn with_code_async(
        &self,
        typed: String,
        now: DateTime<Utc>,
    ) -> Result<(), UnlockError> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.with_code(&typed, now))
            .await
            .map_err(|_| UnlockError::OutOfOrder)?
    }

    /// After the recovery code: sets the new PIN as typed (`None`: no PIN
    /// any more), which also ends the delays, and opens the app. Blocking.
    pub fn new_pin(&self, typed: Option<&str>, now: DateTime<Utc>) -> Result<AppData, UnlockError> {
        let pin = typed.map(Pin::parse).transpose()?;
        let mut safe = {
            let mut inner = self.lock();
            inner.recovered.take().ok_or(UnlockError::OutOfOrder)?
        };
        let kdf = self.lock().kdf;
        let result = match &pin {
            Some(pin) => safe.set_pin(pin, kdf, now),
            None => safe.remove_pin(now),
        };
        if let Err(e) = result {
            self.lock().recovered = Some(safe);
            return Err(e.into());
        }
        self.opened(safe)
    }

    /// [`Unlock::new_pin`] on a blocking thread.
    pub async fn new_pin_async(
        &self,
        typed: Option<String>,
        now: DateTime<Utc>,
    ) -> Result<AppData, UnlockError> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.new_pin(typed.as_deref(), now))
            .await
            .map_err(|_| UnlockError::OutOfOrder)?
    }
}
