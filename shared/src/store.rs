//! The encrypted, crash-safe local store of all the person's data.
//!
//! SQLite (rusqlite, bundled) in one file, one row per record. Each record is
//! sealed with ChaCha20-Poly1305 under a key derived from the keystore's root
//! secret, with a fresh random nonce per write and associated data binding the
//! table, the record id and the schema version, so rows cannot be swapped,
//! moved or replayed into another place. Writes are SQLite transactions with
//! `synchronous=FULL`: a crash leaves the old or the new state.
//! `docs/storage.md` documents the format and every column left in clear.
//!
//! Must never: write personal data in clear, delete anything it cannot read,
//! or hold the root secret anywhere but the keystore.

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags, OptionalExtension, params};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::appointment::Appointment;
use crate::audit::{self, AuditEntry, AuditError, AuditEvent, EntryBody, Head};
use crate::contact::Contact;
use crate::crypto::{self, KEY_LEN, SealingKey, label};
use crate::document::DocumentMeta;
use crate::dossier::Dossier;
use crate::i18n::Explain;
use crate::keystore::{Keystore, KeystoreError};
use crate::mandate::chain::KeyChain;
use crate::mandate::statement::SignedStatement;
use crate::message::Message;
use crate::person::Person;
use crate::plan::Objective;
use crate::step::Step;

/// The record format version, bound into every record's associated data.
pub const SCHEMA_VERSION: u32 = 1;
/// The database file inside the store's directory.
pub const DB_FILE: &str = "parcours.db";
/// The `format` value in the `meta` table.
pub const FORMAT: &str = "parcours-store";
/// Keystore entry of the 32-byte root secret.
pub const ROOT_KEY_ENTRY: &str = "root-key";
/// Keystore entry of the audit head.
pub const AUDIT_HEAD_ENTRY: &str = "audit-head";
const KEY_CHECK_PLAINTEXT: &[u8] = b"parcours";

/// The tables of records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Table {
    Person,
    Contacts,
    Objectives,
    Steps,
    Appointments,
    Messages,
    Documents,
    MandateStatements,
    KeyChain,
    /// Changes waiting for the server (`sync::outbox`).
    Outbox,
    /// Who opened or changed what, as the server reports it.
    AccessLog,
    /// Where the last pull stopped.
    SyncState,
    /// The person's shares with professionals.
    Shares,
    /// Recipients' keys pinned at first use.
    PinnedKeys,
}

impl Table {
    pub const ALL: [Table; 14] = [
        Table::Person,
        Table::Contacts,
        Table::Objectives,
        Table::Steps,
        Table::Appointments,
        Table::Messages,
        Table::Documents,
        Table::MandateStatements,
        Table::KeyChain,
        Table::Outbox,
        Table::AccessLog,
        Table::SyncState,
        Table::Shares,
        Table::PinnedKeys,
    ];

    /// The SQL table name, also bound into the associated data.
    pub fn name(self) -> &'static str {
        match self {
            Table::Person => "person",
            Table::Contacts => "contacts",
            Table::Objectives => "objectives",
            Table::Steps => "steps",
            Table::Appointments => "appointments",
            Table::Messages => "messages",
            Table::Documents => "documents",
            Table::MandateStatements => "mandate_statements",
            Table::KeyChain => "key_chain",
            Table::Outbox => "outbox",
            Table::AccessLog => "access_log",
            Table::SyncState => "sync_state",
            Table::Shares => "shares",
            Table::PinnedKeys => "pinned_keys",
        }
    }
}

/// The audit trail's table (rows keyed by sequence number).
const AUDIT_TABLE: &str = "audit";

/// A type stored one row per value.
pub trait Record: Serialize + DeserializeOwned {
    const TABLE: Table;
    fn record_id(&self) -> &str;
}

macro_rules! record {
    ($ty:ty, $table:expr) => {
        impl Record for $ty {
            const TABLE: Table = $table;
            fn record_id(&self) -> &str {
                self.id.as_str()
            }
        }
    };
}
record!(Person, Table::Person);
record!(Contact, Table::Contacts);
record!(Objective, Table::Objectives);
record!(Step, Table::Steps);
record!(Appointment, Table::Appointments);
record!(Message, Table::Messages);
record!(DocumentMeta, Table::Documents);
record!(crate::sync::outbox::OutboxItem, Table::Outbox);
record!(crate::sync::wire::AccessEntry, Table::AccessLog);
record!(crate::sync::engine::SyncState, Table::SyncState);
record!(crate::sync::wire::ShareRecord, Table::Shares);
record!(crate::share::pin::PinnedKey, Table::PinnedKeys);
/// A signed mandate statement as stored: its id is the SHA-256 of its
/// bytes (hex), which is also how revocations name grants.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StatementRecord {
    pub id: String,
    pub signed: SignedStatement,
}

impl Record for StatementRecord {
    const TABLE: Table = Table::MandateStatements;
    fn record_id(&self) -> &str {
        &self.id
    }
}

impl From<&SignedStatement> for StatementRecord {
    fn from(s: &SignedStatement) -> Self {
        Self {
            id: crypto::hex(&s.hash()),
            signed: s.clone(),
        }
    }
}

/// The key chain, stored once.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct KeyChainRecord {
    pub id: String,
    pub chain: KeyChain,
}

impl Record for KeyChainRecord {
    const TABLE: Table = Table::KeyChain;
    fn record_id(&self) -> &str {
        &self.id
    }
}

/// What went wrong with the store. Each case has its own translated
/// explanation; none of them deletes anything.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StoreError {
    #[error("there is no Parcours store here")]
    NotFound,
    #[error("a Parcours store already exists here")]
    AlreadyExists,
    #[error("the keystore has no key for this store")]
    KeyMissing,
    #[error("the key does not open this store")]
    WrongKey,
    #[error("the store file is damaged: {0}")]
    Corrupt(String),
    #[error("record {id} of {table} failed authentication")]
    RecordTampered { table: &'static str, id: String },
    #[error("the store was written by a newer version (schema {0})")]
    NewerSchema(u32),
    #[error(transparent)]
    Keystore(#[from] KeystoreError),
    #[error("the disk is full")]
    DiskFull,
    #[error("input/output error: {0}")]
    Io(String),
    #[error(transparent)]
    Audit(#[from] AuditError),
}

impl Explain for StoreError {
    fn message_id(&self) -> &'static str {
        match self {
            StoreError::NotFound | StoreError::Io(_) => "error-store-io",
            StoreError::AlreadyExists => "error-store-already-exists",
            StoreError::KeyMissing => "error-store-key-missing",
            StoreError::WrongKey => "error-store-wrong-key",
            StoreError::Corrupt(_) => "error-store-corrupt",
            StoreError::RecordTampered { .. } => "error-store-record-tampered",
            StoreError::NewerSchema(_) => "error-store-newer-schema",
            StoreError::Keystore(_) => "error-store-keystore",
            StoreError::DiskFull => "error-store-disk-full",
            StoreError::Audit(e) => e.message_id(),
        }
    }
}

fn sql_error(e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => StoreError::DiskFull,
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
            StoreError::Corrupt(e.to_string())
        }
        // Values are always bound parameters and sealed, so the message holds no personal data.
        _ => StoreError::Io(e.to_string()),
    }
}

fn io_error(e: std::io::Error) -> StoreError {
    if e.kind() == std::io::ErrorKind::StorageFull {
        StoreError::DiskFull
    } else {
        StoreError::Io(e.to_string())
    }
}

/// The associated data of a record: label, table, NUL, id, NUL, schema (u32 BE).
pub fn record_aad(table: &str, id: &str, schema: u32) -> Vec<u8> {
    let mut aad = Vec::with_capacity(label::STORE_RECORD.len() + table.len() + id.len() + 6);
    aad.extend_from_slice(label::STORE_RECORD);
    aad.extend_from_slice(table.as_bytes());
    aad.push(0);
    aad.extend_from_slice(id.as_bytes());
    aad.push(0);
    aad.extend_from_slice(&schema.to_be_bytes());
    aad
}

struct Keys {
    records: SealingKey,
    audit: [u8; KEY_LEN],
    documents: [u8; KEY_LEN],
    backup: [u8; KEY_LEN],
}

impl Keys {
    fn from_root(root: &[u8; KEY_LEN]) -> Self {
        Self {
            records: SealingKey::new(&crypto::derive_key(root, label::STORE_KEY)),
            audit: crypto::derive_key(root, label::AUDIT_KEY),
            documents: crypto::derive_key(root, label::DOC_WRAP),
            backup: crypto::derive_key(root, label::BACKUP_WRAP),
        }
    }
}

/// An open store.
pub struct Store {
    conn: Connection,
    dir: PathBuf,
    keystore: Keystore,
    keys: Keys,
    /// The last audit entry written (count and MAC).
    audit_tip: Head,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("dir", &self.dir).finish()
    }
}

fn configure(conn: &Connection) -> Result<(), StoreError> {
    // DELETE journal: one file, atomic commits; FULL: durable at commit;
    // secure_delete: freed pages are overwritten with zeros.
    conn.execute_batch(
        "PRAGMA journal_mode = DELETE; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON; PRAGMA foreign_keys = ON;",
    )
    .map_err(sql_error)
}

fn create_schema(conn: &Connection) -> Result<(), StoreError> {
    let mut sql = String::from(
        "CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB NOT NULL) WITHOUT ROWID;\n",
    );
    sql.push_str(&format!(
        "CREATE TABLE {AUDIT_TABLE} (seq INTEGER PRIMARY KEY, sealed BLOB NOT NULL);\n"
    ));
    conn.execute_batch(&sql).map_err(sql_error)?;
    create_record_tables(conn)
}

/// Creates the record tables that do not exist yet. A new table is an
/// additive change: it does not alter any existing record's format, so the
/// schema version (bound into every record) stays the same.
fn create_record_tables(conn: &Connection) -> Result<(), StoreError> {
    let mut sql = String::new();
    for t in Table::ALL {
        sql.push_str(&format!(
            "CREATE TABLE IF NOT EXISTS {} (id TEXT NOT NULL UNIQUE, sealed BLOB NOT NULL);\n",
            t.name()
        ));
    }
    conn.execute_batch(&sql).map_err(sql_error)
}

fn root_from_keystore(keystore: &Keystore) -> Result<[u8; KEY_LEN], StoreError> {
    let root = keystore
        .get(ROOT_KEY_ENTRY)?
        .ok_or(StoreError::KeyMissing)?;
    root.try_into().map_err(|_| StoreError::WrongKey)
}

impl Store {
    /// Creates a new store in `dir` with a fresh root secret in `keystore`.
    /// Refuses if a store is already there. The database is built under a
    /// temporary name and moved into place last, so a crash leaves no
    /// half-made store.
    pub fn create(
        dir: &Path,
        keystore: Keystore,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Store, StoreError> {
        Store::create_with_root(dir, keystore, &crypto::random_bytes(), now)
    }

    /// Creates a new store under a given root secret (the safe's master key).
    pub fn create_with_root(
        dir: &Path,
        keystore: Keystore,
        root: &[u8; KEY_LEN],
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<Store, StoreError> {
        let path = dir.join(DB_FILE);
        if path.exists() {
            return Err(StoreError::AlreadyExists);
        }
        std::fs::create_dir_all(dir).map_err(io_error)?;
        let tmp = dir.join(format!("{DB_FILE}.new"));
        if tmp.exists() {
            // A creation that crashed before finishing; nothing in it was ever in use.
            std::fs::remove_file(&tmp).map_err(io_error)?;
        }
        keystore.set(ROOT_KEY_ENTRY, root)?;
        let keys = Keys::from_root(root);
        {
            let mut conn = Connection::open(&tmp).map_err(sql_error)?;
            configure(&conn)?;
            let tx = conn.transaction().map_err(sql_error)?;
            create_schema(&tx)?;
            let check = keys.records.seal(label::STORE_CHECK, KEY_CHECK_PLAINTEXT);
            tx.execute(
                "INSERT INTO meta (name, value) VALUES ('format', ?1), ('schema', ?2), ('key_check', ?3)",
                params![FORMAT, SCHEMA_VERSION, check],
            )
            .map_err(sql_error)?;
            tx.commit().map_err(sql_error)?;
        }
        keystore.set(AUDIT_HEAD_ENTRY, &Head::EMPTY.to_bytes())?;
        std::fs::rename(&tmp, &path).map_err(io_error)?;
        sync_dir(dir)?;
        let mut store = Store::open(dir, keystore)?;
        store.write(|w| {
            w.audit(now, AuditEvent::StoreCreated);
            Ok(())
        })?;
        Ok(store)
    }

    /// Opens the store in `dir` with the root secret from `keystore`.
    pub fn open(dir: &Path, keystore: Keystore) -> Result<Store, StoreError> {
        if !dir.join(DB_FILE).is_file() {
            return Err(StoreError::NotFound);
        }
        let root = root_from_keystore(&keystore)?;
        Store::open_with_root(dir, keystore, &root)
    }

    /// Opens the store with a root secret obtained otherwise (a PIN), still
    /// using `keystore` for the audit head.
    pub fn open_with_root(
        dir: &Path,
        keystore: Keystore,
        root: &[u8; KEY_LEN],
    ) -> Result<Store, StoreError> {
        let path = dir.join(DB_FILE);
        if !path.is_file() {
            return Err(StoreError::NotFound);
        }
        let root = *root;
        let conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(sql_error)?;
        configure(&conn)?;
        let check: String = conn
            .query_row("PRAGMA quick_check", [], |r| r.get(0))
            .map_err(sql_error)?;
        if check != "ok" {
            return Err(StoreError::Corrupt(check));
        }
        let meta = |name: &str| -> Result<Option<rusqlite::types::Value>, StoreError> {
            conn.query_row("SELECT value FROM meta WHERE name = ?1", [name], |r| {
                r.get(0)
            })
            .optional()
            .map_err(|e| match e.sqlite_error_code() {
                None => StoreError::Corrupt(e.to_string()),
                _ => sql_error(e),
            })
        };
        use rusqlite::types::Value;
        match meta("format")? {
            Some(Value::Text(f)) if f == FORMAT => {}
            _ => return Err(StoreError::Corrupt("not a Parcours store".into())),
        }
        match meta("schema")? {
            Some(Value::Integer(v)) if v == i64::from(SCHEMA_VERSION) => {}
            Some(Value::Integer(v)) if v > i64::from(SCHEMA_VERSION) => {
                return Err(StoreError::NewerSchema(
                    u32::try_from(v).unwrap_or(u32::MAX),
                ));
            }
            _ => return Err(StoreError::Corrupt("unknown schema".into())),
        }
        let keys = Keys::from_root(&root);
        let Some(Value::Blob(check)) = meta("key_check")? else {
            return Err(StoreError::Corrupt("no key check".into()));
        };
        if keys.records.open(label::STORE_CHECK, &check).is_err() {
            return Err(StoreError::WrongKey);
        }
        let mut store = Store {
            conn,
            dir: dir.to_owned(),
            keystore,
            keys,
            audit_tip: Head::EMPTY,
        };
        create_record_tables(&store.conn)?;
        store.audit_tip = store.last_audit_entry()?;
        Ok(store)
    }

    /// The store's directory.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The key that wraps each document's content key (for the safe).
    pub(crate) fn document_wrap_key(&self) -> &[u8; KEY_LEN] {
        &self.keys.documents
    }

    /// The key that wraps a backup's content key.
    pub(crate) fn backup_wrap_key(&self) -> &[u8; KEY_LEN] {
        &self.keys.backup
    }

    /// Writes a consistent copy of the database file to `dest` (SQLite's
    /// `VACUUM INTO`): the same sealed rows, compacted.
    pub fn snapshot_to(&self, dest: &Path) -> Result<(), StoreError> {
        let dest = dest
            .to_str()
            .ok_or_else(|| StoreError::Io("path is not UTF-8".into()))?;
        self.conn
            .execute("VACUUM INTO ?1", [dest])
            .map_err(sql_error)?;
        Ok(())
    }

    /// Whether `root` is this store's root secret (checked against the key
    /// check value, without touching the keystore).
    pub fn root_matches(dir: &Path, root: &[u8; KEY_LEN]) -> Result<bool, StoreError> {
        let conn = Connection::open_with_flags(dir.join(DB_FILE), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .map_err(sql_error)?;
        let check: Vec<u8> = conn
            .query_row("SELECT value FROM meta WHERE name = 'key_check'", [], |r| {
                r.get(0)
            })
            .map_err(sql_error)?;
        Ok(Keys::from_root(root)
            .records
            .open(label::STORE_CHECK, &check)
            .is_ok())
    }

    /// The keystore this store uses.
    pub fn keystore(&self) -> &Keystore {
        &self.keystore
    }

    fn open_record<R: Record>(&self, id: &str, sealed: &[u8]) -> Result<R, StoreError> {
        let table = R::TABLE.name();
        let tampered = || StoreError::RecordTampered {
            table,
            id: id.to_owned(),
        };
        let plain = self
            .keys
            .records
            .open(&record_aad(table, id, SCHEMA_VERSION), sealed)
            .map_err(|_| tampered())?;
        let record: R = serde_json::from_slice(&plain).map_err(|_| tampered())?;
        if record.record_id() != id {
            return Err(tampered());
        }
        Ok(record)
    }

    /// One record by id.
    pub fn get<R: Record>(&self, id: &str) -> Result<Option<R>, StoreError> {
        let sealed: Option<Vec<u8>> = self
            .conn
            .query_row(
                &format!("SELECT sealed FROM {} WHERE id = ?1", R::TABLE.name()),
                [id],
                |r| r.get(0),
            )
            .optional()
            .map_err(sql_error)?;
        sealed.map(|s| self.open_record(id, &s)).transpose()
    }

    /// Every record of a type, in the order they were first written.
    pub fn all<R: Record>(&self) -> Result<Vec<R>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT id, sealed FROM {} ORDER BY rowid",
                R::TABLE.name()
            ))
            .map_err(sql_error)?;
        let rows = stmt
            .query_map([], |r| {
                Ok((r.get::<_, String>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(sql_error)?;
        let mut out = Vec::new();
        for row in rows {
            let (id, sealed) = row.map_err(sql_error)?;
            out.push(self.open_record(&id, &sealed)?);
        }
        Ok(out)
    }

    /// Runs `f` as one atomic write: everything it does is committed
    /// together, or nothing is. Audit entries it adds are chained and the
    /// keystore's head is moved forward after the commit.
    pub fn write<T>(
        &mut self,
        f: impl FnOnce(&mut Writer<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let tx = self.conn.transaction().map_err(sql_error)?;
        let mut writer = Writer {
            tx: &tx,
            keys: &self.keys,
            tip: self.audit_tip,
            audit_error: None,
        };
        let out = f(&mut writer)?;
        if let Some(e) = writer.audit_error.take() {
            return Err(e);
        }
        let tip = writer.tip;
        tx.commit().map_err(sql_error)?;
        if tip != self.audit_tip {
            self.audit_tip = tip;
            self.keystore.set(AUDIT_HEAD_ENTRY, &tip.to_bytes())?;
        }
        Ok(out)
    }

    /// Stores one record (insert or replace).
    pub fn put<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        self.write(|w| w.put(record))
    }

    /// Replaces the whole dossier in one atomic write, with an audit entry
    /// (documents' metadata is added or updated, never removed: see the safe).
    pub fn save_dossier(
        &mut self,
        dossier: &Dossier,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(), StoreError> {
        self.write(|w| {
            w.replace_all(std::slice::from_ref(&dossier.person))?;
            w.replace_all(&dossier.contacts)?;
            w.replace_all(&dossier.objectives)?;
            w.replace_all(&dossier.steps)?;
            w.replace_all(&dossier.appointments)?;
            w.replace_all(&dossier.messages)?;
            // Documents are owned by the safe (their files): a dossier
            // update adds or updates their metadata, never removes it.
            for d in &dossier.documents {
                w.put(d)?;
            }
            let statements: Vec<StatementRecord> = dossier
                .mandate_statements
                .iter()
                .map(StatementRecord::from)
                .collect();
            w.replace_all(&statements)?;
            let chain: Vec<KeyChainRecord> = dossier
                .key_chain
                .iter()
                .map(|chain| KeyChainRecord {
                    id: "chain".into(),
                    chain: chain.clone(),
                })
                .collect();
            w.replace_all(&chain)?;
            w.audit(now, AuditEvent::DossierReceived);
            Ok(())
        })
    }

    /// The whole dossier, or `None` before one was saved.
    pub fn load_dossier(&self) -> Result<Option<Dossier>, StoreError> {
        let Some(person) = self.all::<Person>()?.into_iter().next() else {
            return Ok(None);
        };
        Ok(Some(Dossier {
            person,
            contacts: self.all()?,
            objectives: self.all()?,
            steps: self.all()?,
            appointments: self.all()?,
            messages: self.all()?,
            documents: self.all()?,
            mandate_statements: self
                .all::<StatementRecord>()?
                .into_iter()
                .map(|r| r.signed)
                .collect(),
            key_chain: self
                .all::<KeyChainRecord>()?
                .into_iter()
                .next()
                .map(|r| r.chain),
        }))
    }

    fn audit_rows(&self, from_seq: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self
            .conn
            .prepare_cached(&format!(
                "SELECT seq, sealed FROM {AUDIT_TABLE} WHERE seq >= ?1 ORDER BY seq"
            ))
            .map_err(sql_error)?;
        let rows = stmt
            .query_map([from_seq], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, Vec<u8>>(1)?))
            })
            .map_err(sql_error)?;
        let mut out = Vec::new();
        for row in rows {
            let (seq, sealed) = row.map_err(sql_error)?;
            let altered = StoreError::Audit(AuditError::EntryAltered { seq: seq as u64 });
            let plain = self
                .keys
                .records
                .open(
                    &record_aad(AUDIT_TABLE, &seq.to_string(), SCHEMA_VERSION),
                    &sealed,
                )
                .map_err(|_| altered.clone())?;
            let entry: AuditEntry = serde_json::from_slice(&plain).map_err(|_| altered.clone())?;
            if entry.seq != seq as u64 {
                return Err(altered);
            }
            out.push(entry);
        }
        Ok(out)
    }

    fn last_audit_entry(&self) -> Result<Head, StoreError> {
        let last: Option<i64> = self
            .conn
            .query_row(&format!("SELECT max(seq) FROM {AUDIT_TABLE}"), [], |r| {
                r.get(0)
            })
            .map_err(sql_error)?;
        let Some(last) = last else {
            return Ok(Head::EMPTY);
        };
        let entry =
            self.audit_rows(last)?
                .pop()
                .ok_or(StoreError::Audit(AuditError::EntryMissing {
                    seq: last as u64,
                }))?;
        let mac = crypto::unhex(&entry.mac)
            .and_then(|m| <[u8; 32]>::try_from(m).ok())
            .ok_or(StoreError::Audit(AuditError::EntryAltered {
                seq: entry.seq,
            }))?;
        Ok(Head {
            count: entry.seq,
            mac,
        })
    }

    /// Takes the trail as found as the new head, after checking its chain.
    /// Used on a new device (a restored backup, a recovery with the code),
    /// where the keystore has no head yet: the person proved they own the
    /// safe; a rollback made before that point cannot be detected.
    pub fn adopt_audit_head(&mut self) -> Result<(), StoreError> {
        let entries = self.audit_rows(0)?;
        let tip = audit::verify(&self.keys.audit, &entries, Some(Head::EMPTY))?;
        self.keystore.set(AUDIT_HEAD_ENTRY, &tip.to_bytes())?;
        self.audit_tip = tip;
        Ok(())
    }

    /// The whole audit trail, checked against the keystore's head. An error
    /// says how it was altered; the person is told in plain words.
    pub fn audit_trail(&self) -> Result<Vec<AuditEntry>, StoreError> {
        let entries = self.audit_rows(0)?;
        let head = match self.keystore.get(AUDIT_HEAD_ENTRY)? {
            Some(bytes) => {
                Some(Head::from_bytes(&bytes).ok_or(StoreError::Audit(AuditError::Replaced))?)
            }
            None => None,
        };
        audit::verify(&self.keys.audit, &entries, head)?;
        Ok(entries)
    }
}

/// The handle of one atomic write; see [`Store::write`].
pub struct Writer<'a> {
    tx: &'a rusqlite::Transaction<'a>,
    keys: &'a Keys,
    tip: Head,
    audit_error: Option<StoreError>,
}

impl Writer<'_> {
    /// Stores one record (insert or replace).
    pub fn put<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        let table = R::TABLE.name();
        let id = record.record_id();
        let plain = serde_json::to_vec(record).map_err(|e| StoreError::Io(e.to_string()))?;
        let sealed = self
            .keys
            .records
            .seal(&record_aad(table, id, SCHEMA_VERSION), &plain);
        self.tx
            .prepare_cached(&format!(
                "INSERT INTO {table} (id, sealed) VALUES (?1, ?2) ON CONFLICT(id) DO UPDATE SET sealed = excluded.sealed"
            ))
            .and_then(|mut s| s.execute(params![id, sealed]))
            .map_err(sql_error)?;
        Ok(())
    }

    /// Deletes one record; `false` if there was none.
    pub fn delete<R: Record>(&mut self, id: &str) -> Result<bool, StoreError> {
        let n = self
            .tx
            .execute(
                &format!("DELETE FROM {} WHERE id = ?1", R::TABLE.name()),
                [id],
            )
            .map_err(sql_error)?;
        Ok(n > 0)
    }

    /// Makes `records` the whole content of their table.
    pub fn replace_all<R: Record>(&mut self, records: &[R]) -> Result<(), StoreError> {
        self.tx
            .execute(&format!("DELETE FROM {}", R::TABLE.name()), [])
            .map_err(sql_error)?;
        for r in records {
            self.put(r)?;
        }
        Ok(())
    }

    /// Appends an entry to the audit trail, in the same transaction.
    pub fn audit(&mut self, at: chrono::DateTime<chrono::Utc>, event: AuditEvent) {
        let (entry, tip) = audit::next_entry(&self.keys.audit, self.tip, &EntryBody { at, event });
        let plain = serde_json::to_vec(&entry).expect("audit entries serialise");
        let sealed = self.keys.records.seal(
            &record_aad(AUDIT_TABLE, &entry.seq.to_string(), SCHEMA_VERSION),
            &plain,
        );
        match self.tx.execute(
            &format!("INSERT INTO {AUDIT_TABLE} (seq, sealed) VALUES (?1, ?2)"),
            params![entry.seq as i64, sealed],
        ) {
            Ok(_) => self.tip = tip,
            Err(e) => self.audit_error = Some(sql_error(e)),
        }
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), StoreError> {
    std::fs::File::open(dir)
        .and_then(|f| f.sync_all())
        .map_err(io_error)
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<(), StoreError> {
    Ok(())
}
