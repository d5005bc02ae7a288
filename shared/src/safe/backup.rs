//! Encrypted backup and recovery: one file holding the whole safe, to put
//! on a USB key, a computer or a cloud drive. A lost or stolen phone must
//! not mean lost papers.
//!
//! Layout: `PRCS-BAK`, a version byte, the safe's key file (the master key
//! wrapped under the recovery code), then one document-file stream (the
//! same STREAM format, id `backup`, content key wrapped under a key derived
//! from the master key) whose content is a simple container of the safe's
//! files, copied as they are (already encrypted). Without the code one can
//! check only the structure; with it, everything. `docs/safe-format.md`
//! gives every byte.
//!
//! Must never: hold anything in clear, or restore over existing data.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use super::document_file::{self, Aead, DEFAULT_CHUNK_EXP, Decryptor, Encryptor};
use super::key_file::{self, KeyFile};
use super::recovery::RecoveryCode;
use super::{DOCUMENT_EXT, DOCUMENTS_DIR, KEY_FILE, Safe, SafeError, sync_dir};
use crate::audit::AuditEvent;
use crate::crypto::{self, label};
use crate::id::{DocumentId, check_id};
use crate::keystore::Keystore;
use crate::store::DB_FILE;

/// The first 8 bytes of a backup file.
pub const MAGIC: &[u8; 8] = b"PRCS-BAK";
pub const VERSION: u8 = 1;
/// The id of the backup's inner stream.
pub const STREAM_ID: &str = "backup";
/// Container entry kinds.
const ENTRY_END: u8 = 0;
const ENTRY_FILE: u8 = 1;
/// Bounds applied when reading a container.
const MAX_ENTRIES: usize = 1_000_000;
const MAX_NAME: usize = 200;

/// What checking a backup found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupCheck {
    /// The structure is sound; nothing was authenticated (no code given).
    StructureOnly { size: u64 },
    /// Everything decrypted and authenticated: the store, every document.
    Authentic { documents: usize, pages: usize },
}

fn corrupt(what: &str) -> SafeError {
    SafeError::DocumentFile(document_file::DocFileError::Io(format!("backup: {what}")))
}

/// Whether a container name is one the safe writes: `parcours.db` or
/// `documents/<id>.pcd`. Anything else (`..`, absolute paths) is refused.
fn valid_name(name: &str) -> bool {
    if name == DB_FILE {
        return true;
    }
    let Some(file) = name.strip_prefix(&format!("{DOCUMENTS_DIR}/")) else {
        return false;
    };
    let Some(stem) = file.strip_suffix(&format!(".{DOCUMENT_EXT}")) else {
        return false;
    };
    check_id(stem).is_ok()
}

fn write_entry(out: &mut impl Write, name: &str, path: &Path) -> Result<(), SafeError> {
    let mut f = File::open(path)?;
    let size = f.metadata()?.len();
    out.write_all(&[ENTRY_FILE])?;
    out.write_all(&(name.len() as u16).to_be_bytes())?;
    out.write_all(name.as_bytes())?;
    out.write_all(&size.to_be_bytes())?;
    let copied = io::copy(&mut (&mut f).take(size), out)?;
    if copied != size {
        return Err(SafeError::Io(
            "a file changed while it was backed up".into(),
        ));
    }
    Ok(())
}

impl Safe {
    /// Writes a backup of the whole safe to `dest` (atomically: a temporary
    /// file moved into place once complete and synced).
    pub fn create_backup(&mut self, dest: &Path, now: DateTime<Utc>) -> Result<(), SafeError> {
        // The audit entry goes in first, so the backup holds it too.
        self.record(now, AuditEvent::BackupCreated)?;
        let tmp = dest.with_extension("parcours-tmp");
        let snapshot = self.dir().join(format!("{DB_FILE}.backup-tmp"));
        let result = (|| {
            let _ = std::fs::remove_file(&snapshot);
            self.store().snapshot_to(&snapshot)?;
            let key_file = std::fs::read(self.dir().join(KEY_FILE))?;
            KeyFile::parse(&key_file)?;
            let mut out = BufWriter::new(File::create(&tmp)?);
            out.write_all(MAGIC)?;
            out.write_all(&[VERSION])?;
            out.write_all(&key_file)?;
            let id = DocumentId::parse(STREAM_ID).expect("valid id");
            let mut enc = Encryptor::new(
                self.store().backup_wrap_key(),
                &id,
                Aead::for_this_device(),
                DEFAULT_CHUNK_EXP,
                out,
            )?;
            write_entry(&mut enc, DB_FILE, &snapshot)?;
            let mut names: Vec<String> = std::fs::read_dir(self.documents_dir())?
                .filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(&format!(".{DOCUMENT_EXT}")))
                .collect();
            names.sort();
            for name in names {
                write_entry(
                    &mut enc,
                    &format!("{DOCUMENTS_DIR}/{name}"),
                    &self.documents_dir().join(&name),
                )?;
            }
            enc.write_all(&[ENTRY_END])?;
            let (out, _) = enc.finish()?;
            out.into_inner().map_err(|e| e.into_error())?.sync_all()?;
            std::fs::rename(&tmp, dest)?;
            if let Some(parent) = dest.parent().filter(|p| !p.as_os_str().is_empty()) {
                sync_dir(parent)?;
            }
            Ok::<(), SafeError>(())
        })();
        let _ = std::fs::remove_file(&snapshot);
        if result.is_err() {
            let _ = std::fs::remove_file(&tmp);
        }
        result
    }
}

/// The parts of a backup file before its inner stream.
struct Opened {
    key_file: KeyFile,
    key_file_bytes: Vec<u8>,
    rest: BufReader<File>,
}

fn open_backup(path: &Path) -> Result<Opened, SafeError> {
    let mut input = BufReader::new(File::open(path)?);
    let mut head = [0u8; 9];
    input
        .read_exact(&mut head)
        .map_err(|_| corrupt("too short"))?;
    if &head[..8] != MAGIC {
        return Err(corrupt("not a Parcours backup"));
    }
    if head[8] != VERSION {
        return Err(corrupt("unknown version"));
    }
    let mut key_file_bytes = vec![0u8; key_file::LEN];
    input
        .read_exact(&mut key_file_bytes)
        .map_err(|_| corrupt("too short"))?;
    let key_file = KeyFile::parse(&key_file_bytes)?;
    Ok(Opened {
        key_file,
        key_file_bytes,
        rest: input,
    })
}

/// Checks a backup. Without a code, only its structure (it cannot tell a
/// genuine backup from a forged one); with the code, everything, by
/// restoring it into a temporary folder and opening every document.
pub fn verify_backup(path: &Path, code: Option<&RecoveryCode>) -> Result<BackupCheck, SafeError> {
    let Some(code) = code else {
        let mut opened = open_backup(path)?;
        let header = document_file::read_header(&mut opened.rest)?;
        if header.document.as_str() != STREAM_ID {
            return Err(corrupt("inner stream is not a backup"));
        }
        let size = std::fs::metadata(path)?.len();
        let payload = size - (9 + key_file::LEN + header.len()) as u64;
        let sealed_chunk = (header.chunk_size() + 16) as u64;
        // Every chunk but the last is full; the last holds at least its tag.
        if payload < 16 || (!payload.is_multiple_of(sealed_chunk) && payload % sealed_chunk < 16) {
            return Err(corrupt("the file was cut short"));
        }
        return Ok(BackupCheck::StructureOnly { size });
    };
    let tmp = tempdir_near(path)?;
    let result = (|| {
        let keystore = Keystore::mock("backup-verify");
        let safe = restore_into(path, tmp.path(), keystore, code, None)?;
        let documents = safe.documents()?;
        let mut pages = 0;
        for doc in &documents {
            for n in 1..=doc.pages.len() {
                safe.decrypt_page(doc, n, io::sink())?;
                pages += 1;
            }
        }
        safe.store().audit_trail()?;
        Ok(BackupCheck::Authentic {
            documents: documents.len(),
            pages,
        })
    })();
    drop(tmp);
    result
}

/// A temporary folder: beside `near` when possible (same disk), else the system's.
struct TempDir(PathBuf);

impl TempDir {
    fn path(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn tempdir_near(_near: &Path) -> Result<TempDir, SafeError> {
    let dir = std::env::temp_dir().join(format!(
        "parcours-verify-{}",
        crypto::hex(&crypto::random_bytes::<8>())
    ));
    std::fs::create_dir_all(&dir)?;
    Ok(TempDir(dir))
}

/// Restores a backup into `out` (which must be empty or absent) with the
/// recovery code, and opens it with `keystore` (which then caches the key).
/// On any failure, whatever was written to `out` is removed.
pub fn restore_backup(
    path: &Path,
    out: &Path,
    keystore: Keystore,
    code: &RecoveryCode,
    now: DateTime<Utc>,
) -> Result<Safe, SafeError> {
    restore_into(path, out, keystore, code, Some(now))
}

fn restore_into(
    path: &Path,
    out: &Path,
    keystore: Keystore,
    code: &RecoveryCode,
    now: Option<DateTime<Utc>>,
) -> Result<Safe, SafeError> {
    if out.exists() && std::fs::read_dir(out)?.next().is_some() {
        return Err(SafeError::OutputNotEmpty);
    }
    let existed = out.exists();
    let result = (|| {
        let mut opened = open_backup(path)?;
        let master = opened.key_file.unwrap(&code.kdf_input())?;
        let backup_key = crypto::derive_key(&master, label::BACKUP_WRAP);
        let id = DocumentId::parse(STREAM_ID).expect("valid id");
        let mut inner = Decryptor::new(&backup_key, Some(&id), &mut opened.rest)?;
        std::fs::create_dir_all(out.join(DOCUMENTS_DIR))?;
        let mut seen_db = false;
        for _ in 0..MAX_ENTRIES {
            let mut kind = [0u8; 1];
            read_inner(&mut inner, &mut kind)?;
            match kind[0] {
                ENTRY_END => {
                    // The stream must end right here, authenticated.
                    let mut rest = [0u8; 1];
                    if inner.read(&mut rest).map_err(inner_error)? != 0 {
                        return Err(corrupt("data after the end"));
                    }
                    if !seen_db {
                        return Err(corrupt("no store in the backup"));
                    }
                    std::fs::write(out.join(KEY_FILE), &opened.key_file_bytes)?;
                    sync_dir(&out.join(DOCUMENTS_DIR))?;
                    sync_dir(out)?;
                    keystore
                        .set(crate::store::ROOT_KEY_ENTRY, &master)
                        .map_err(crate::store::StoreError::from)?;
                    let mut safe = Safe::open(out, keystore.clone())?;
                    safe.store_mut().adopt_audit_head()?;
                    if let Some(now) = now {
                        safe.record(now, AuditEvent::Restored)?;
                    }
                    return Ok(safe);
                }
                ENTRY_FILE => {
                    let mut len = [0u8; 2];
                    read_inner(&mut inner, &mut len)?;
                    let len = usize::from(u16::from_be_bytes(len));
                    if len > MAX_NAME {
                        return Err(corrupt("name too long"));
                    }
                    let mut name = vec![0u8; len];
                    read_inner(&mut inner, &mut name)?;
                    let name = String::from_utf8(name).map_err(|_| corrupt("bad name"))?;
                    if !valid_name(&name) {
                        return Err(corrupt("unexpected file name"));
                    }
                    seen_db |= name == DB_FILE;
                    let mut size = [0u8; 8];
                    read_inner(&mut inner, &mut size)?;
                    let size = u64::from_be_bytes(size);
                    let dest = out.join(&name);
                    if dest.exists() {
                        return Err(corrupt("a file appears twice"));
                    }
                    let mut f = BufWriter::new(File::create(&dest)?);
                    let copied = io::copy(&mut (&mut inner).take(size), &mut f).map_err(|e| {
                        if e.kind() == io::ErrorKind::InvalidData {
                            corrupt("altered content")
                        } else {
                            e.into()
                        }
                    })?;
                    if copied != size {
                        return Err(corrupt("the file was cut short"));
                    }
                    f.into_inner().map_err(|e| e.into_error())?.sync_all()?;
                }
                _ => return Err(corrupt("unknown entry")),
            }
        }
        Err(corrupt("too many entries"))
    })();
    if result.is_err() {
        if existed {
            if let Ok(entries) = std::fs::read_dir(out) {
                for e in entries.flatten() {
                    let _ = if e.path().is_dir() {
                        std::fs::remove_dir_all(e.path())
                    } else {
                        std::fs::remove_file(e.path())
                    };
                }
            }
        } else {
            let _ = std::fs::remove_dir_all(out);
        }
    }
    result
}

fn inner_error(e: io::Error) -> SafeError {
    if e.kind() == io::ErrorKind::InvalidData {
        match e
            .into_inner()
            .and_then(|inner| inner.downcast::<document_file::DocFileError>().ok())
        {
            Some(doc) => SafeError::DocumentFile(*doc),
            None => corrupt("altered content"),
        }
    } else {
        e.into()
    }
}

fn read_inner(inner: &mut impl Read, buf: &mut [u8]) -> Result<(), SafeError> {
    inner.read_exact(buf).map_err(|e| match e.kind() {
        io::ErrorKind::UnexpectedEof => corrupt("the file was cut short"),
        _ => inner_error(e),
    })
}
