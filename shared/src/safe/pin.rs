//! The optional PIN of the app and the safe. It protects the data on disk,
//! not only the screen: with a PIN, the keystore no longer holds the master
//! key, only a random device secret, and the master key is wrapped (in
//! `pin.key`) under HKDF-SHA256(device secret || argon2id(PIN)). Someone
//! needs both the phone's keystore and the PIN.
//!
//! Attempts are limited with growing delays (from the 3rd failure: 30 s,
//! then doubling, at most 1 hour); the counter and the next allowed time
//! live in the keystore, so killing the app does not reset them. Data is
//! never wiped for failed attempts; the recovery code resets the PIN.
//! `docs/security.md` says what the PIN does not stop.
//!
//! Must never: keep the PIN, or wipe anything.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};

use super::key_file::{KdfParams, KeyFile, Kind};
use super::{Safe, SafeError, write_atomic};
use crate::audit::AuditEvent;
use crate::crypto::{self, KEY_LEN, label};
use crate::keystore::Keystore;
use crate::store::{ROOT_KEY_ENTRY, StoreError};

/// The PIN key file inside a safe's folder.
pub const PIN_FILE: &str = "pin.key";
/// Keystore entry of the device secret (32 bytes).
pub const DEVICE_SECRET_ENTRY: &str = "pin-device-secret";
/// Keystore entry of the attempt counter: failures (u32 BE) and the next
/// allowed time (i64 BE, Unix seconds).
pub const ATTEMPTS_ENTRY: &str = "pin-attempts";
/// Failures allowed before delays start.
pub const FREE_ATTEMPTS: u32 = 3;
/// The first delay, doubled at each further failure.
pub const FIRST_DELAY_SECONDS: i64 = 30;
pub const MAX_DELAY_SECONDS: i64 = 3600;

/// What went wrong with a PIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("a PIN has 4 to 12 digits")]
    Format,
    #[error("wrong PIN ({failures} failed attempts)")]
    Wrong { failures: u32 },
    #[error("too many attempts: try again after {until}")]
    Locked { until: DateTime<Utc> },
}

impl crate::i18n::Explain for PinError {
    fn message_id(&self) -> &'static str {
        match self {
            PinError::Format => "error-pin-format",
            PinError::Wrong { .. } => "error-pin-wrong",
            PinError::Locked { .. } => "error-pin-locked",
        }
    }
}

/// A PIN: 4 to 12 digits. Its `Debug` never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Pin(String);

impl std::fmt::Debug for Pin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pin(hidden)")
    }
}

impl Pin {
    pub fn parse(s: &str) -> Result<Pin, PinError> {
        let s = s.trim();
        if !(4..=12).contains(&s.len()) || !s.bytes().all(|b| b.is_ascii_digit()) {
            return Err(PinError::Format);
        }
        Ok(Pin(s.to_owned()))
    }
}

/// The attempt counter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attempts {
    pub failures: u32,
    /// Unix seconds before which no attempt is allowed.
    pub next_allowed: i64,
}

impl Attempts {
    const NONE: Attempts = Attempts {
        failures: 0,
        next_allowed: i64::MIN,
    };

    fn to_bytes(self) -> Vec<u8> {
        [
            self.failures.to_be_bytes().as_slice(),
            &self.next_allowed.to_be_bytes(),
        ]
        .concat()
    }

    fn from_bytes(b: &[u8]) -> Option<Attempts> {
        Some(Attempts {
            failures: u32::from_be_bytes(b.get(..4)?.try_into().ok()?),
            next_allowed: i64::from_be_bytes(b.get(4..12)?.try_into().ok()?),
        })
    }

    /// The counter after one more failure at `now`.
    pub fn after_failure(self, now: DateTime<Utc>) -> Attempts {
        let failures = self.failures.saturating_add(1);
        let delay = if failures < FREE_ATTEMPTS {
            0
        } else {
            let doublings = (failures - FREE_ATTEMPTS).min(20);
            (FIRST_DELAY_SECONDS << doublings).min(MAX_DELAY_SECONDS)
        };
        Attempts {
            failures,
            next_allowed: (now + Duration::seconds(delay)).timestamp(),
        }
    }
}

/// Reads the attempt counter from the keystore. An unreadable counter
/// counts as locked for the longest delay rather than as no failure.
pub fn attempts(keystore: &Keystore, now: DateTime<Utc>) -> Result<Attempts, SafeError> {
    Ok(
        match keystore.get(ATTEMPTS_ENTRY).map_err(StoreError::from)? {
            None => Attempts::NONE,
            Some(b) => Attempts::from_bytes(&b).unwrap_or(Attempts {
                failures: FREE_ATTEMPTS,
                next_allowed: now.timestamp() + MAX_DELAY_SECONDS,
            }),
        },
    )
}

/// Whether the safe in `dir` has a PIN.
pub fn has_pin(dir: &Path) -> bool {
    dir.join(PIN_FILE).is_file()
}

/// HKDF-SHA256(salt = empty, ikm = device secret (32) || argon2id(PIN) (32),
/// info = `parcours/pin-key/v1` 0x00).
fn pin_key(
    device_secret: &[u8; KEY_LEN],
    kdf: KdfParams,
    salt: &[u8; 16],
    pin: &Pin,
) -> [u8; KEY_LEN] {
    let stretched = kdf.derive(pin.0.as_bytes(), salt);
    crypto::hkdf_sha256(
        &[],
        &[device_secret.as_slice(), stretched.as_slice()].concat(),
        label::PIN_KEY,
    )
}

impl Safe {
    /// Sets (or changes) the PIN. From now on the keystore holds only the
    /// device secret, and opening needs the PIN (or the recovery code).
    pub fn set_pin(
        &mut self,
        pin: &Pin,
        kdf: KdfParams,
        now: DateTime<Utc>,
    ) -> Result<(), SafeError> {
        let keystore = self.store().keystore().clone();
        let secret: [u8; KEY_LEN] = crypto::random_bytes();
        keystore
            .set(DEVICE_SECRET_ENTRY, &secret)
            .map_err(StoreError::from)?;
        let file = KeyFile::wrap_with(Kind::Pin, &self.master, kdf, |kdf, salt| {
            pin_key(&secret, kdf, salt, pin)
        });
        write_atomic(&self.dir().join(PIN_FILE), &file.to_bytes())?;
        keystore.delete(ROOT_KEY_ENTRY).map_err(StoreError::from)?;
        keystore.delete(ATTEMPTS_ENTRY).map_err(StoreError::from)?;
        self.record(now, AuditEvent::PinSet)
    }

    /// Removes the PIN: the keystore holds the master key again.
    pub fn remove_pin(&mut self, now: DateTime<Utc>) -> Result<(), SafeError> {
        let keystore = self.store().keystore().clone();
        keystore
            .set(ROOT_KEY_ENTRY, &self.master)
            .map_err(StoreError::from)?;
        match std::fs::remove_file(self.dir().join(PIN_FILE)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e.into()),
        }
        keystore
            .delete(DEVICE_SECRET_ENTRY)
            .map_err(StoreError::from)?;
        keystore.delete(ATTEMPTS_ENTRY).map_err(StoreError::from)?;
        self.record(now, AuditEvent::PinRemoved)
    }

    /// Asks the PIN again before something serious (changing or removing
    /// the PIN, a new recovery code, a mandate, deleting everything):
    /// without a PIN set, nothing is asked; with one, `pin` must be it. A
    /// wrong PIN counts as a failed attempt, as on the unlock screen, and
    /// the same delays apply.
    pub fn check_pin(&self, pin: Option<&Pin>, now: DateTime<Utc>) -> Result<(), SafeError> {
        if has_pin(self.dir()) {
            let pin = pin.ok_or(SafeError::PinRequired)?;
            unlock(self.dir(), self.store().keystore(), pin, now)?;
        }
        Ok(())
    }

    /// Opens a safe that has a PIN. Refused while the delay after failed
    /// attempts runs; each failure is counted in the keystore before the
    /// answer is given.
    pub fn open_with_pin(
        dir: &Path,
        keystore: Keystore,
        pin: &Pin,
        now: DateTime<Utc>,
    ) -> Result<Safe, SafeError> {
        let master = unlock(dir, &keystore, pin, now)?;
        Safe::open_with_master(dir, keystore, master)
    }
}

/// Checks the PIN and returns the master key, counting failures.
pub(crate) fn unlock(
    dir: &Path,
    keystore: &Keystore,
    pin: &Pin,
    now: DateTime<Utc>,
) -> Result<[u8; KEY_LEN], SafeError> {
    let bytes = std::fs::read(dir.join(PIN_FILE)).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SafeError::NotASafe,
        _ => e.into(),
    })?;
    let file = KeyFile::parse_kind(Kind::Pin, &bytes)?;
    let counter = attempts(keystore, now)?;
    if now.timestamp() < counter.next_allowed {
        let until = DateTime::from_timestamp(counter.next_allowed, 0).unwrap_or(now);
        return Err(PinError::Locked { until }.into());
    }
    // Without the device secret (a new phone, a wiped keystore) only the
    // recovery code can open the safe.
    let secret: [u8; KEY_LEN] = keystore
        .get(DEVICE_SECRET_ENTRY)
        .map_err(StoreError::from)?
        .ok_or(StoreError::KeyMissing)?
        .try_into()
        .map_err(|_| StoreError::KeyMissing)?;
    match file.unwrap_with(|kdf, salt| pin_key(&secret, kdf, salt, pin)) {
        Ok(master) => {
            keystore.delete(ATTEMPTS_ENTRY).map_err(StoreError::from)?;
            // A key left by a PIN change that was interrupted.
            keystore.delete(ROOT_KEY_ENTRY).map_err(StoreError::from)?;
            Ok(master)
        }
        Err(_) => {
            let next = counter.after_failure(now);
            keystore
                .set(ATTEMPTS_ENTRY, &next.to_bytes())
                .map_err(StoreError::from)?;
            Err(PinError::Wrong {
                failures: next.failures,
            }
            .into())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn pins_are_digits_and_hidden() {
        assert!(Pin::parse("1234").is_ok());
        assert_eq!(Pin::parse("123"), Err(PinError::Format));
        assert_eq!(Pin::parse("12a4"), Err(PinError::Format));
        assert_eq!(Pin::parse(&"1".repeat(13)), Err(PinError::Format));
        assert_eq!(
            format!("{:?}", Pin::parse("987654").unwrap()),
            "Pin(hidden)"
        );
    }

    #[test]
    fn delays_grow_and_are_capped() {
        let now = Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap();
        let mut a = Attempts::NONE;
        let mut delays = Vec::new();
        for _ in 0..12 {
            a = a.after_failure(now);
            delays.push(a.next_allowed - now.timestamp());
        }
        assert_eq!(
            delays,
            [0, 0, 30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]
        );
        assert_eq!(Attempts::from_bytes(&a.to_bytes()), Some(a));
    }
}
