//! The *coffre-fort numérique*: the person's encrypted document safe.
//!
//! A safe is a directory: the encrypted store (`parcours.db`, see
//! `crate::store`), the key file (`safe.key`: the master key wrapped under
//! the recovery code), and `documents/`, one encrypted file per page. The
//! master key is the store's root secret; the platform keystore caches it
//! so that daily use needs no code.
//!
//! One file per use case: `recovery` (the code), `key_file`, `document_file`
//! (formats), `documents` (add, open, edit, delete). Formats are documented
//! byte by byte in `docs/safe-format.md`.
//!
//! Must never: write a document's content in clear to disk except where the
//! person asked for it, release unauthenticated plaintext, or keep a key
//! outside the keystore.

pub mod backup;
pub mod document_file;
pub mod documents;
pub mod export;
pub mod key_file;
pub mod metadata;
pub mod pin;
pub mod recovery;
pub mod wipe;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::audit::AuditEvent;
use crate::crypto::{self, KEY_LEN};
use crate::i18n::Explain;
use crate::keystore::Keystore;
use crate::store::{DB_FILE, ROOT_KEY_ENTRY, Store, StoreError};
use document_file::DocFileError;
use key_file::{KdfParams, KeyFile, KeyFileError};
use recovery::{CodeError, RecoveryCode};

/// The key file inside a safe's directory.
pub const KEY_FILE: &str = "safe.key";
/// A new recovery key file, before it replaces `safe.key`.
pub const NEW_KEY_FILE: &str = "safe.key.new";
/// The folder of encrypted document files.
pub const DOCUMENTS_DIR: &str = "documents";
/// The extension of encrypted document files.
pub const DOCUMENT_EXT: &str = "pcd";

/// What went wrong with the safe. Each case has a translated explanation,
/// and none of them loses anything.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SafeError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the recovery code does not open this safe")]
    WrongCode,
    #[error(transparent)]
    Code(#[from] CodeError),
    #[error("the key file is damaged: {0}")]
    KeyFile(KeyFileError),
    #[error("a document file is damaged or altered: {0}")]
    DocumentFile(#[from] DocFileError),
    #[error("there is no such document in the safe")]
    NoSuchDocument,
    #[error("the document's content does not match its fingerprint")]
    Fingerprint,
    #[error("the photo could not be read, so its hidden data could not be removed")]
    UnreadablePhoto,
    #[error("the photo is too large")]
    PhotoTooLarge,
    #[error("this safe is locked with a PIN")]
    PinRequired,
    #[error(transparent)]
    Pin(#[from] pin::PinError),
    #[error("this folder holds no Parcours safe")]
    NotASafe,
    #[error("the destination folder is not empty")]
    OutputNotEmpty,
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error(transparent)]
    Mandate(#[from] crate::mandate::MandateError),
    #[error("the disk is full")]
    DiskFull,
    #[error("input/output error: {0}")]
    Io(String),
}

impl From<KeyFileError> for SafeError {
    fn from(e: KeyFileError) -> Self {
        match e {
            KeyFileError::WrongCode => SafeError::WrongCode,
            e => SafeError::KeyFile(e),
        }
    }
}

impl From<std::io::Error> for SafeError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::StorageFull {
            SafeError::DiskFull
        } else {
            SafeError::Io(e.to_string())
        }
    }
}

impl Explain for SafeError {
    fn message_id(&self) -> &'static str {
        match self {
            SafeError::Store(e) => e.message_id(),
            SafeError::WrongCode => "error-safe-wrong-code",
            SafeError::Code(e) => e.message_id(),
            SafeError::KeyFile(_) | SafeError::DocumentFile(_) | SafeError::Fingerprint => {
                "error-safe-damaged"
            }
            SafeError::NoSuchDocument => "error-safe-no-document",
            SafeError::PinRequired => "error-pin-required",
            SafeError::Pin(e) => e.message_id(),
            SafeError::UnreadablePhoto => "error-safe-unreadable-photo",
            SafeError::PhotoTooLarge => "error-safe-photo-too-large",
            SafeError::NotASafe => "error-safe-not-a-safe",
            SafeError::OutputNotEmpty => "error-safe-output-not-empty",
            SafeError::Export(e) => e.message_id(),
            SafeError::Mandate(e) => e.message_id(),
            SafeError::DiskFull => "error-store-disk-full",
            SafeError::Io(_) => "error-store-io",
        }
    }
}

/// An open safe.
pub struct Safe {
    store: Store,
    dir: PathBuf,
    /// The master key, in memory while the safe is open.
    master: [u8; KEY_LEN],
}

impl std::fmt::Debug for Safe {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Safe").field("dir", &self.dir).finish()
    }
}

/// Writes `bytes` to `path` atomically: a temporary file, synced, renamed.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), SafeError> {
    let tmp = path.with_extension("tmp");
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)?;
        sync_dir(path.parent().unwrap_or(Path::new(".")))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result.map_err(SafeError::from)
}

pub(crate) fn sync_dir(dir: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::fs::File::open(dir)?.sync_all()
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

impl Safe {
    /// Makes a new safe in `dir` and returns it with its recovery code, to
    /// be shown once. Refuses if a safe is already there.
    pub fn init(
        dir: &Path,
        keystore: Keystore,
        kdf: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<(Safe, RecoveryCode), SafeError> {
        if dir.join(DB_FILE).exists() {
            return Err(StoreError::AlreadyExists.into());
        }
        std::fs::create_dir_all(dir.join(DOCUMENTS_DIR))?;
        let master: [u8; KEY_LEN] = crypto::random_bytes();
        let code = RecoveryCode::generate();
        // The key file first: a store never exists without its way back in.
        write_atomic(
            &dir.join(KEY_FILE),
            &KeyFile::wrap(&master, &code.kdf_input(), kdf).to_bytes(),
        )?;
        let store = Store::create_with_root(dir, keystore, &master, now)?;
        Ok((
            Safe {
                store,
                dir: dir.to_owned(),
                master,
            },
            code,
        ))
    }

    /// Opens the safe with the master key cached in the keystore. A safe
    /// with a PIN answers [`SafeError::PinRequired`]: use `open_with_pin`.
    pub fn open(dir: &Path, keystore: Keystore) -> Result<Safe, SafeError> {
        if !dir.join(KEY_FILE).is_file() {
            return Err(SafeError::NotASafe);
        }
        if pin::has_pin(dir) {
            return Err(SafeError::PinRequired);
        }
        let master = keystore
            .get(ROOT_KEY_ENTRY)
            .map_err(StoreError::from)?
            .ok_or(StoreError::KeyMissing)?
            .try_into()
            .map_err(|_| StoreError::WrongKey)?;
        Safe::open_with_master(dir, keystore, master)
    }

    /// Opens the safe with a master key obtained by the caller (keystore,
    /// PIN or recovery code).
    pub(crate) fn open_with_master(
        dir: &Path,
        keystore: Keystore,
        master: [u8; KEY_LEN],
    ) -> Result<Safe, SafeError> {
        let store = Store::open_with_root(dir, keystore, &master)?;
        let safe = Safe {
            store,
            dir: dir.to_owned(),
            master,
        };
        safe.sweep()?;
        Ok(safe)
    }

    /// Opens the safe with its recovery code (a new phone, a computer, a
    /// keystore that forgot the key, a forgotten PIN). Without a PIN, the
    /// master key is then cached in `keystore`; with one, it is not (set a
    /// new PIN with `set_pin`, or remove it).
    pub fn unlock_with_code(
        dir: &Path,
        keystore: Keystore,
        code: &RecoveryCode,
        now: DateTime<Utc>,
    ) -> Result<Safe, SafeError> {
        let bytes = std::fs::read(dir.join(KEY_FILE)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SafeError::NotASafe,
            _ => e.into(),
        })?;
        let master = KeyFile::parse(&bytes)?.unwrap(&code.kdf_input())?;
        if !Store::root_matches(dir, &master)? {
            // The key file opened but belongs to another store.
            return Err(SafeError::KeyFile(KeyFileError::WrongCode));
        }
        if !pin::has_pin(dir) {
            keystore
                .set(ROOT_KEY_ENTRY, &master)
                .map_err(StoreError::from)?;
        }
        let mut safe = Safe::open_with_master(dir, keystore.clone(), master)?;
        if keystore
            .get(crate::store::AUDIT_HEAD_ENTRY)
            .map_err(StoreError::from)?
            .is_none()
        {
            safe.store.adopt_audit_head()?;
        }
        safe.record(now, AuditEvent::UnlockedWithCode)?;
        Ok(safe)
    }

    /// The key derivation parameters of the recovery key file (`safe.key`),
    /// as chosen when the safe was made: a new PIN or a new recovery code
    /// uses the same.
    pub fn kdf(&self) -> Result<KdfParams, SafeError> {
        Ok(self.key_file()?.kdf)
    }

    fn key_file(&self) -> Result<KeyFile, SafeError> {
        let bytes = std::fs::read(self.dir.join(KEY_FILE)).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SafeError::NotASafe,
            _ => e.into(),
        })?;
        Ok(KeyFile::parse(&bytes)?)
    }

    /// Makes a new recovery code, to be shown once, and returns it; the
    /// old one stops opening this safe. The master key is wrapped again
    /// under the new code, with the same key derivation parameters, in the
    /// same key file format (`docs/safe-format.md`). Backups made before
    /// keep their own key file: the old code still opens those.
    ///
    /// The new key file is written and flushed under a temporary name, the
    /// audit entry is written, then the file takes the place of the old
    /// one: if anything fails before the entry, nothing changed and the old
    /// code still works (never a safe whose code was not shown); a failure
    /// after it leaves an entry for a change that did not happen (the trail
    /// may say too much, never too little) and the old code working.
    pub fn new_recovery_code(&mut self, now: DateTime<Utc>) -> Result<RecoveryCode, SafeError> {
        let kdf = self.kdf()?;
        let code = RecoveryCode::generate();
        let bytes = KeyFile::wrap(&self.master, &code.kdf_input(), kdf).to_bytes();
        let path = self.dir.join(KEY_FILE);
        let tmp = self.dir.join(NEW_KEY_FILE);
        let written = (|| -> Result<(), SafeError> {
            let mut f = std::fs::File::create(&tmp)?;
            f.write_all(&bytes)?;
            f.sync_all()?;
            self.record(now, AuditEvent::RecoveryCodeChanged)?;
            std::fs::rename(&tmp, &path)?;
            Ok(sync_dir(&self.dir)?)
        })();
        if let Err(e) = written {
            let _ = std::fs::remove_file(&tmp);
            return Err(e);
        }
        Ok(code)
    }

    /// The safe's folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The encrypted store of the person's data.
    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// Records an event in the audit trail on its own.
    pub fn record(&mut self, at: DateTime<Utc>, event: AuditEvent) -> Result<(), SafeError> {
        Ok(self.store.write(|w| {
            w.audit(at, event);
            Ok(())
        })?)
    }

    pub(crate) fn documents_dir(&self) -> PathBuf {
        self.dir.join(DOCUMENTS_DIR)
    }

    /// Removes what an interrupted operation left: temporary files, and
    /// encrypted files that no document refers to (an import that crashed
    /// before its commit, a deletion that crashed after it).
    fn sweep(&self) -> Result<(), SafeError> {
        let dir = self.documents_dir();
        let Ok(entries) = std::fs::read_dir(&dir) else {
            return Ok(());
        };
        let known: std::collections::HashSet<String> = self
            .store
            .all::<crate::document::DocumentMeta>()?
            .iter()
            .flat_map(|d| (1..=d.pages.len()).map(move |n| documents::page_file_name(&d.id, n)))
            .collect();
        for entry in entries {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".tmp")
                || (name.ends_with(&format!(".{DOCUMENT_EXT}")) && !known.contains(&name))
            {
                std::fs::remove_file(entry.path())?;
            }
        }
        Ok(())
    }
}
