//! The first start, at the app's edge: a phone with no safe yet enrolls
//! with the server (the invitation code the referent gave), makes its
//! safe (whose recovery code the first-start screen shows once), sets an
//! optional PIN, and pulls the person's dossier in a first sync. The
//! screens are in [`crate::screens::first_start`]; this is what they call.
//!
//! The device key is the one made on the phone and kept in the platform
//! keystore ([`DeviceKey::load_or_create`]); the server certifies it at
//! enrollment and publishes the person's key chain, which the first sync
//! brings with the dossier.
//!
//! Must never: keep the recovery code or the PIN (they go straight to the
//! core), log anything the person typed, or delete anything when a step
//! fails: each step can be tried again.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};

use chrono::{DateTime, Utc};
use parcours_core::device_key::DeviceKey;
use parcours_core::i18n::{Explain, Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{Pin, PinError};
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};
use parcours_core::store::StoreError;
use parcours_core::sync::client::{Client, SyncError};
use parcours_core::sync::engine;
use tokio::sync::watch;

use crate::state::{Action, ActionError, AppData};

/// The code the server gives when an invitation is unknown, used or expired.
pub const INVITATION_REFUSED: &str = "invitation_refused";

/// An invitation code as the server reads it: letters and digits only, in
/// upper case (spaces, dashes and case are forgiven). `None` when nothing
/// is left.
pub fn canonical_invitation(typed: &str) -> Option<String> {
    let code: String = typed
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_uppercase())
        .collect();
    (!code.is_empty()).then_some(code)
}

/// One symbol of a recovery code as the core reads it (case, look-alikes).
fn recovery_symbol(c: char) -> Option<char> {
    match c.to_ascii_uppercase() {
        ' ' | '-' | '\t' | '\n' | '\r' => None,
        'I' | 'L' => Some('1'),
        'O' => Some('0'),
        c => Some(c),
    }
}

/// The groups of a recovery code as shown (`XXXX-XXXX-…` → `["XXXX", …]`).
pub fn recovery_groups(display: &str) -> Vec<String> {
    display.split('-').map(str::to_owned).collect()
}

/// Whether `typed` is the last 4 symbols of the recovery code `display`,
/// forgiving case, spaces, dashes and look-alikes as the core does.
pub fn recovery_tail_matches(display: &str, typed: &str) -> bool {
    let code: Vec<char> = display.chars().filter_map(recovery_symbol).collect();
    let typed: Vec<char> = typed.chars().filter_map(recovery_symbol).collect();
    code.len() >= 4 && typed.len() == 4 && code[code.len() - 4..] == typed[..]
}

/// Why a step of the first start did not work. Nothing is lost: the step
/// can be tried again.
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error("no invitation code was typed")]
    EmptyCode,
    /// The server does not know this code, or it was used or expired.
    #[error("the invitation code was refused")]
    CodeRefused,
    /// No server answers (or none is set): try again later.
    #[error("the server cannot be reached")]
    Offline,
    /// The server answered something else the app cannot use.
    #[error(transparent)]
    Sync(SyncError),
    #[error(transparent)]
    Safe(#[from] SafeError),
    #[error(transparent)]
    Pin(#[from] PinError),
    /// The person's language could not be saved.
    #[error(transparent)]
    Action(ActionError),
    /// A step came before the one it needs (a bug of the screens).
    #[error("this step comes later")]
    OutOfOrder,
}

impl From<StoreError> for SetupError {
    fn from(e: StoreError) -> Self {
        SetupError::Safe(e.into())
    }
}

impl SetupError {
    /// A translated explanation.
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            SetupError::EmptyCode => loc.t("first-code-empty"),
            SetupError::CodeRefused => loc.t("first-code-refused"),
            SetupError::Offline => loc.t("first-offline"),
            SetupError::Sync(e) => loc.explain(e),
            SetupError::Safe(e) => loc.explain(e),
            SetupError::Pin(e) => loc.t(e.message_id()),
            SetupError::Action(e) => e.explain(loc),
            SetupError::OutOfOrder => loc.t("first-out-of-order"),
        }
    }
}

fn from_sync(e: SyncError) -> SetupError {
    match e {
        SyncError::Refused(_, body) if body.error == INVITATION_REFUSED => SetupError::CodeRefused,
        // Too many tries: the server asks to wait, as when it is away.
        SyncError::Refused(429, _) => SetupError::Offline,
        e if e.is_temporary() => SetupError::Offline,
        e => SetupError::Sync(e),
    }
}

struct Inner {
    dir: PathBuf,
    keystore: Keystore,
    server: Option<String>,
    kdf: KdfParams,
    lang: Lang,
    device: Option<Arc<DeviceKey>>,
    enrolled: bool,
    safe: Option<Safe>,
    data: Option<AppData>,
}

/// The first start of one phone, shared by every tab of the preview
/// (cheap to clone; equal when it is the same first start).
#[derive(Clone)]
pub struct Setup {
    inner: Arc<Mutex<Inner>>,
    done: Arc<watch::Sender<Option<AppData>>>,
}

impl std::fmt::Debug for Setup {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Setup").finish_non_exhaustive()
    }
}

impl PartialEq for Setup {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.inner, &other.inner)
    }
}

impl Setup {
    /// A first start whose safe will be made in `dir` (empty or absent),
    /// with the keys in `keystore`, enrolling with `server` (`None`: no
    /// server, every enrollment answers "try again later").
    pub fn new(
        dir: &Path,
        keystore: Keystore,
        server: Option<String>,
        kdf: KdfParams,
        lang: Lang,
    ) -> Setup {
        Setup {
            inner: Arc::new(Mutex::new(Inner {
                dir: dir.to_owned(),
                keystore,
                server,
                kdf,
                lang,
                device: None,
                enrolled: false,
                safe: None,
                data: None,
            })),
            done: Arc::new(watch::Sender::new(None)),
        }
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// The language chosen so far.
    pub fn lang(&self) -> Lang {
        self.lock().lang
    }

    /// Step 1: the person's language (saved in their record at the end).
    pub fn set_lang(&self, lang: Lang) {
        self.lock().lang = lang;
    }

    /// Whether this phone is enrolled already.
    pub fn is_enrolled(&self) -> bool {
        self.lock().enrolled
    }

    /// The person's data, once the first start is over.
    pub fn data(&self) -> Option<AppData> {
        self.lock().data.clone()
    }

    /// Sees the data when the first start is over (the preview starts its
    /// background sync then).
    pub fn subscribe(&self) -> watch::Receiver<Option<AppData>> {
        self.done.subscribe()
    }

    /// The device key (made and kept in the keystore the first time).
    pub fn device_key(&self) -> Result<Arc<DeviceKey>, SetupError> {
        let mut inner = self.lock();
        if let Some(d) = &inner.device {
            return Ok(d.clone());
        }
        let key = Arc::new(DeviceKey::load_or_create(&inner.keystore).map_err(StoreError::from)?);
        inner.device = Some(key.clone());
        Ok(key)
    }

    fn client(&self) -> Result<Client, SetupError> {
        let server = self.lock().server.clone().ok_or(SetupError::Offline)?;
        Client::new(&server, self.device_key()?).map_err(from_sync)
    }

    /// Step 2: enrolls this phone with the invitation code as typed.
    pub async fn enroll(&self, typed: &str) -> Result<(), SetupError> {
        let code = canonical_invitation(typed).ok_or(SetupError::EmptyCode)?;
        if self.is_enrolled() {
            return Ok(());
        }
        let client = self.client()?;
        client.enroll(&code).await.map_err(from_sync)?;
        self.lock().enrolled = true;
        Ok(())
    }

    /// Step 3: makes the safe, and returns its recovery code, to be shown
    /// once (it is kept nowhere else). Blocking (the key derivation takes
    /// a moment): see [`Setup::create_safe_async`].
    pub fn create_safe(&self, now: DateTime<Utc>) -> Result<RecoveryCode, SetupError> {
        let mut inner = self.lock();
        if !inner.enrolled || inner.safe.is_some() {
            return Err(SetupError::OutOfOrder);
        }
        let (safe, code) = Safe::init(&inner.dir, inner.keystore.clone(), inner.kdf, now)?;
        inner.safe = Some(safe);
        Ok(code)
    }

    /// [`Setup::create_safe`] on a blocking thread.
    pub async fn create_safe_async(&self, now: DateTime<Utc>) -> Result<RecoveryCode, SetupError> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.create_safe(now))
            .await
            .map_err(|_| SetupError::OutOfOrder)?
    }

    /// Step 4: sets the PIN (4 to 12 digits). Blocking, like
    /// [`Setup::create_safe`].
    pub fn set_pin(&self, typed: &str, now: DateTime<Utc>) -> Result<(), SetupError> {
        let pin = Pin::parse(typed)?;
        let mut inner = self.lock();
        let kdf = inner.kdf;
        let safe = inner.safe.as_mut().ok_or(SetupError::OutOfOrder)?;
        safe.set_pin(&pin, kdf, now)?;
        Ok(())
    }

    /// [`Setup::set_pin`] on a blocking thread.
    pub async fn set_pin_async(&self, typed: String, now: DateTime<Utc>) -> Result<(), SetupError> {
        let me = self.clone();
        tokio::task::spawn_blocking(move || me.set_pin(&typed, now))
            .await
            .map_err(|_| SetupError::OutOfOrder)?
    }

    /// Last: the first sync pulls the dossier; the person's language is
    /// saved in it; the app's data is returned (and announced to
    /// [`Setup::subscribe`]). When the server cannot be reached, the safe
    /// stays as it is, and this can be tried again.
    pub async fn finish(&self, now: DateTime<Utc>) -> Result<AppData, SetupError> {
        if let Some(data) = self.data() {
            return Ok(data);
        }
        let mut client = self.client()?;
        let (mut safe, lang) = {
            let mut inner = self.lock();
            (inner.safe.take().ok_or(SetupError::OutOfOrder)?, inner.lang)
        };
        let report = engine::sync(safe.store_mut(), &mut client, now).await;
        let pulled = match report {
            Ok(r) if r.offline.is_none() => safe.store().load_dossier()?.is_some(),
            Ok(_) => false,
            Err(engine::EngineError::Sync(e)) => {
                self.lock().safe = Some(safe);
                return Err(from_sync(e));
            }
            Err(engine::EngineError::Store(e)) => {
                self.lock().safe = Some(safe);
                return Err(e.into());
            }
        };
        if !pulled {
            self.lock().safe = Some(safe);
            return Err(SetupError::Offline);
        }
        let keystore = self.lock().keystore.clone();
        let device = DeviceKey::load_or_create(&keystore).map_err(StoreError::from)?;
        let data = AppData::from_safe(safe, device)?.ok_or(SetupError::OutOfOrder)?;
        if data.dossier().person.language != lang {
            data.apply(&Action::SetLanguage(lang), now)
                .map_err(SetupError::Action)?;
        }
        self.lock().data = Some(data.clone());
        self.done.send_replace(Some(data.clone()));
        Ok(data)
    }
}
