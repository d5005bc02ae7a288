//! "Delete everything" on this device: the person's right, and sometimes
//! their safety (a phone about to be handed over or seized).
//!
//! In this order: the keys in the platform keystore are deleted (the store's
//! root key, the audit head, the device key, the PIN's device secret and
//! attempt counter), so that nothing left on the flash can be decrypted
//! without the recovery code; the key files (the recovery-code key file, a
//! new one not yet in place, and the PIN key file) are overwritten with
//! random bytes, flushed, then removed, so that the recovery code no longer
//! opens anything either; then every file of the safe (the store and its journal,
//! every document file) is removed, and the folder.
//!
//! What this cannot promise is written in `docs/privacy.md`: flash memory
//! may keep old blocks that an overwrite does not reach; that is why the
//! keys go first (crypto-shredding).
//!
//! Must never: stop half-way silently; report what it could not remove.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::keystore::Keystore;

use super::SafeError;

/// What a wipe did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Wiped {
    pub keys_deleted: usize,
    pub files_removed: usize,
    /// Paths that could not be removed (the person is told).
    pub left: Vec<PathBuf>,
}

/// The keystore entries a safe uses.
pub const KEYSTORE_ENTRIES: [&str; 5] = [
    crate::store::ROOT_KEY_ENTRY,
    crate::store::AUDIT_HEAD_ENTRY,
    crate::device_key::DEVICE_KEY_ENTRY,
    super::pin::DEVICE_SECRET_ENTRY,
    super::pin::ATTEMPTS_ENTRY,
];

fn overwrite(path: &Path) -> std::io::Result<()> {
    let len = std::fs::metadata(path)?.len();
    let mut file = std::fs::OpenOptions::new().write(true).open(path)?;
    let mut left = len;
    while left > 0 {
        let chunk: [u8; 4096] = crate::crypto::random_bytes();
        let n = left.min(chunk.len() as u64) as usize;
        file.write_all(&chunk[..n])?;
        left -= n as u64;
    }
    file.sync_all()
}

/// Wipes the safe in `dir` and its keys in `keystore`. A folder that is
/// already gone is not an error (wiping twice is fine).
pub fn wipe(dir: &Path, keystore: &Keystore) -> Result<Wiped, SafeError> {
    let mut done = Wiped::default();
    for entry in KEYSTORE_ENTRIES {
        if keystore.get(entry).ok().flatten().is_some() {
            done.keys_deleted += 1;
        }
        keystore
            .delete(entry)
            .map_err(|e| SafeError::Io(e.to_string()))?;
    }
    if !dir.exists() {
        return Ok(done);
    }
    for name in [super::KEY_FILE, super::NEW_KEY_FILE, super::pin::PIN_FILE] {
        let path = dir.join(name);
        if path.is_file() {
            overwrite(&path).map_err(|e| SafeError::Io(e.to_string()))?;
        }
    }
    let mut stack = vec![dir.to_path_buf()];
    let mut dirs = Vec::new();
    while let Some(d) = stack.pop() {
        let entries = match std::fs::read_dir(&d) {
            Ok(e) => e,
            Err(_) => {
                done.left.push(d);
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if std::fs::remove_file(&path).is_ok() {
                done.files_removed += 1;
            } else {
                done.left.push(path);
            }
        }
        dirs.push(d);
    }
    for d in dirs.into_iter().rev() {
        if std::fs::remove_dir(&d).is_err() {
            done.left.push(d);
        }
    }
    Ok(done)
}
