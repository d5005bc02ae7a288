//! The server's storage: one interface over SQLite (the embedded default:
//! one file, zero set-up) and PostgreSQL (real deployments), chosen by the
//! database URL. The same SQL runs on both through sqlx's `Any` driver; the
//! schema has one version per backend where types differ (BLOB / BYTEA).
//! One test suite (`server/tests/storage.rs`) runs against both.
//!
//! Must never: hold a document in clear, or a private key of anyone.

use sqlx::any::{AnyPoolOptions, AnyRow};
use sqlx::{AnyPool, Row};

/// What went wrong with the database.
#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("the database cannot be reached: {0}")]
    Unavailable(String),
    #[error("already exists")]
    Conflict,
    #[error("database error: {0}")]
    Other(String),
}

impl From<sqlx::Error> for StorageError {
    fn from(e: sqlx::Error) -> Self {
        match &e {
            sqlx::Error::Database(db) if db.is_unique_violation() => StorageError::Conflict,
            sqlx::Error::Io(_)
            | sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Tls(_) => StorageError::Unavailable(e.to_string()),
            _ => StorageError::Other(e.to_string()),
        }
    }
}

impl StorageError {
    /// The kind of error, for logs (a database's message can quote a value).
    pub fn kind(&self) -> &'static str {
        match self {
            StorageError::Unavailable(_) => "unavailable",
            StorageError::Conflict => "conflict",
            StorageError::Other(_) => "other",
        }
    }
}

/// Which database is behind the URL.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// Schema migrations, in order: (version, SQLite, PostgreSQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[
    (
        1,
        include_str!("../migrations/sqlite/0001_init.sql"),
        include_str!("../migrations/postgres/0001_init.sql"),
    ),
    (
        2,
        include_str!("../migrations/sqlite/0002_auth.sql"),
        include_str!("../migrations/postgres/0002_auth.sql"),
    ),
    (
        3,
        include_str!("../migrations/sqlite/0003_dossier.sql"),
        include_str!("../migrations/postgres/0003_dossier.sql"),
    ),
    (
        4,
        include_str!("../migrations/sqlite/0004_shares.sql"),
        include_str!("../migrations/postgres/0004_shares.sql"),
    ),
];

/// A device as registered: its certificate and, once revoked, its revocation (JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceRow {
    pub device_key: Vec<u8>,
    pub person_id: String,
    pub first_seq: i64,
    pub certificate: String,
    pub revocation: Option<String>,
}

/// A stored mandate statement.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatementRow {
    pub seq: i64,
    pub hash: Vec<u8>,
    pub bytes: Vec<u8>,
    pub signature: Vec<u8>,
}

/// The storage.
#[derive(Debug, Clone)]
pub struct Storage {
    pool: AnyPool,
    backend: Backend,
}

impl Storage {
    /// Connects to `url` (`sqlite://path?mode=rwc`, `sqlite::memory:`,
    /// `postgres://…`) and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<Storage, StorageError> {
        sqlx::any::install_default_drivers();
        let backend = if url.starts_with("postgres") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        let mut options = AnyPoolOptions::new().acquire_timeout(std::time::Duration::from_secs(5));
        if backend == Backend::Sqlite {
            // One writer at a time in SQLite; WAL lets readers go on.
            options = options.max_connections(1);
        }
        let pool = options
            .connect(url)
            .await
            .map_err(|e| StorageError::Unavailable(e.to_string()))?;
        let storage = Storage { pool, backend };
        storage.migrate().await?;
        Ok(storage)
    }

    /// Deletes tokens and challenges that expired before `now`
    /// (housekeeping; they are refused anyway). Returns how many.
    pub async fn purge_expired(&self, now: i64) -> Result<u64, StorageError> {
        let a = sqlx::query("DELETE FROM tokens WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        let b = sqlx::query("DELETE FROM pro_tokens WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        let c = sqlx::query("DELETE FROM challenges WHERE expires_at <= $1")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(a.rows_affected() + b.rows_affected() + c.rows_affected())
    }

    /// Closes the connections (at shutdown; tests use it to make the
    /// database stop answering).
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Whether the database answers.
    pub async fn ping(&self) -> Result<(), StorageError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    async fn migrate(&self) -> Result<(), StorageError> {
        sqlx::query("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
            .execute(&self.pool)
            .await?;
        let current: Option<i64> = sqlx::query("SELECT MAX(version) AS v FROM schema_version")
            .fetch_one(&self.pool)
            .await?
            .try_get("v")
            .ok();
        let current = current.unwrap_or(0);
        for (version, sqlite, postgres) in MIGRATIONS {
            if *version <= current {
                continue;
            }
            let sql = match self.backend {
                Backend::Sqlite => sqlite,
                Backend::Postgres => postgres,
            };
            let mut tx = self.pool.begin().await?;
            for statement in sql.split(';').map(str::trim).filter(|s| !s.is_empty()) {
                sqlx::query(statement).execute(&mut *tx).await?;
            }
            sqlx::query("INSERT INTO schema_version (version) VALUES ($1)")
                .bind(*version)
                .execute(&mut *tx)
                .await?;
            tx.commit().await?;
        }
        Ok(())
    }

    /// Adds a person followed by a referent.
    pub async fn create_person(
        &self,
        person_id: &str,
        referent_id: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO persons (id, referent_id, created_at) VALUES ($1, $2, $3)")
            .bind(person_id)
            .bind(referent_id)
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Records a one-time invitation (only the SHA-256 of its code is kept).
    pub async fn create_invitation(
        &self,
        code_hash: &[u8],
        person_id: &str,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO invitations (code_hash, person_id, expires_at) VALUES ($1, $2, $3)",
        )
        .bind(code_hash.to_vec())
        .bind(person_id)
        .bind(expires_at)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Uses an invitation: returns its person once, if it is not expired.
    /// Atomic: two enrollments with the same code cannot both succeed.
    pub async fn take_invitation(
        &self,
        code_hash: &[u8],
        now: i64,
    ) -> Result<Option<String>, StorageError> {
        let row = sqlx::query(
            "UPDATE invitations SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL AND expires_at > $1 RETURNING person_id",
        )
        .bind(now)
        .bind(code_hash.to_vec())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.get::<String, _>("person_id")))
    }

    /// Registers a device key with its certificate.
    pub async fn register_device(&self, device: &DeviceRow, now: i64) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO devices (device_key, person_id, first_seq, certificate, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(device.device_key.clone())
            .bind(device.person_id.as_str())
            .bind(device.first_seq)
            .bind(device.certificate.as_str())
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Marks a device key revoked; `false` if unknown or already revoked.
    pub async fn revoke_device(
        &self,
        device_key: &[u8],
        revocation: &str,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query(
            "UPDATE devices SET revocation = $1 WHERE device_key = $2 AND revocation IS NULL",
        )
        .bind(revocation)
        .bind(device_key.to_vec())
        .execute(&self.pool)
        .await?;
        Ok(done.rows_affected() == 1)
    }

    /// A person's devices, oldest first.
    pub async fn devices(&self, person_id: &str) -> Result<Vec<DeviceRow>, StorageError> {
        let rows = sqlx::query(
            "SELECT device_key, person_id, first_seq, certificate, revocation FROM devices WHERE person_id = $1 ORDER BY created_at, first_seq",
        )
        .bind(person_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(device_row).collect()
    }

    /// Appends a statement. The same statement again (same hash) is
    /// idempotent; another one with a used sequence number is a conflict.
    pub async fn append_statement(
        &self,
        person_id: &str,
        s: &StatementRow,
        now: i64,
    ) -> Result<(), StorageError> {
        let existing = sqlx::query(
            "SELECT hash FROM statements WHERE person_id = $1 AND (hash = $2 OR seq = $3)",
        )
        .bind(person_id)
        .bind(s.hash.clone())
        .bind(s.seq)
        .fetch_optional(&self.pool)
        .await?;
        if let Some(row) = existing {
            let hash: Vec<u8> = row.get("hash");
            return if hash == s.hash {
                Ok(())
            } else {
                Err(StorageError::Conflict)
            };
        }
        sqlx::query("INSERT INTO statements (person_id, seq, hash, bytes, signature, received_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(person_id)
            .bind(s.seq)
            .bind(s.hash.clone())
            .bind(s.bytes.clone())
            .bind(s.signature.clone())
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A person's statements in sequence order.
    pub async fn statements(&self, person_id: &str) -> Result<Vec<StatementRow>, StorageError> {
        let rows = sqlx::query(
            "SELECT seq, hash, bytes, signature FROM statements WHERE person_id = $1 ORDER BY seq",
        )
        .bind(person_id)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(statement_row).collect()
    }

    /// The highest sequence number received for a person.
    pub async fn last_seq(&self, person_id: &str) -> Result<Option<i64>, StorageError> {
        let row = sqlx::query("SELECT MAX(seq) AS m FROM statements WHERE person_id = $1")
            .bind(person_id)
            .fetch_one(&self.pool)
            .await?;
        Ok(row.try_get::<Option<i64>, _>("m").unwrap_or(None))
    }
}

impl Storage {
    /// Records a challenge for a device key.
    pub async fn create_challenge(
        &self,
        nonce: &[u8],
        device_key: &[u8],
        expires_at: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO challenges (nonce, device_key, expires_at) VALUES ($1, $2, $3)")
            .bind(nonce.to_vec())
            .bind(device_key.to_vec())
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Uses a challenge once: its expiry if it was issued to this key, is
    /// unused and has not expired.
    pub async fn take_challenge(
        &self,
        nonce: &[u8],
        device_key: &[u8],
        now: i64,
    ) -> Result<Option<i64>, StorageError> {
        let row = sqlx::query(
            "UPDATE challenges SET used_at = $1 WHERE nonce = $2 AND device_key = $3 AND used_at IS NULL AND expires_at > $1 RETURNING expires_at",
        )
        .bind(now)
        .bind(nonce.to_vec())
        .bind(device_key.to_vec())
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| r.get::<i64, _>("expires_at")))
    }

    /// Stores a token (by its SHA-256) for a person's device.
    pub async fn create_token(
        &self,
        token_hash: &[u8],
        person_id: &str,
        device_key: &[u8],
        expires_at: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO tokens (token_hash, person_id, device_key, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(token_hash.to_vec())
            .bind(person_id)
            .bind(device_key.to_vec())
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The person and device behind a token, if it has not expired and its
    /// device key is not revoked (checked at every request: a revoked
    /// phone's tokens stop at once).
    pub async fn token_owner(
        &self,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Option<(String, Vec<u8>)>, StorageError> {
        let row = sqlx::query(
            "SELECT t.person_id AS person_id, t.device_key AS device_key FROM tokens t JOIN devices d ON d.device_key = t.device_key \
             WHERE t.token_hash = $1 AND t.expires_at > $2 AND d.revocation IS NULL",
        )
        .bind(token_hash.to_vec())
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(|r| (r.get("person_id"), r.get("device_key"))))
    }

    /// One device by key.
    pub async fn device(&self, device_key: &[u8]) -> Result<Option<DeviceRow>, StorageError> {
        let row = sqlx::query("SELECT device_key, person_id, first_seq, certificate, revocation FROM devices WHERE device_key = $1")
            .bind(device_key.to_vec())
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(device_row).transpose()
    }
}

fn statement_row(r: &AnyRow) -> Result<StatementRow, StorageError> {
    Ok(StatementRow {
        seq: r.try_get("seq")?,
        hash: r.try_get("hash")?,
        bytes: r.try_get("bytes")?,
        signature: r.try_get("signature")?,
    })
}

fn device_row(r: &AnyRow) -> Result<DeviceRow, StorageError> {
    Ok(DeviceRow {
        device_key: r.try_get("device_key")?,
        person_id: r.try_get("person_id")?,
        first_seq: r.try_get("first_seq")?,
        certificate: r.try_get("certificate")?,
        revocation: r.try_get("revocation")?,
    })
}

/// A professional account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProRow {
    /// Also the contact id persons' mandates name.
    pub id: String,
    pub login: String,
    pub display_name: String,
    pub password_hash: String,
    pub share_key: Option<Vec<u8>>,
}

/// A stored record of a dossier with its change position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordRow {
    pub kind: String,
    pub id: String,
    /// The JSON of `parcours_core::sync::wire::Record`.
    pub body: String,
    pub seq: i64,
}

/// One write to one person's dossier, in one database transaction.
///
/// It starts by locking the person's row, so that writes to a person are
/// serialised: change numbers are handed out in commit order, and a reader
/// using a cursor can never miss a change committed late (PostgreSQL
/// included). Idempotency keys are checked and remembered inside it.
pub struct PersonTx {
    tx: sqlx::Transaction<'static, sqlx::Any>,
    person: String,
}

impl Storage {
    /// Starts a write to `person`'s dossier; `None` if there is no such
    /// person (or their account is closed).
    pub async fn begin_person(&self, person: &str) -> Result<Option<PersonTx>, StorageError> {
        let mut tx = self.pool.begin().await?;
        let locked = sqlx::query(
            "UPDATE persons SET change_seq = change_seq WHERE id = $1 AND closed_at IS NULL",
        )
        .bind(person)
        .execute(&mut *tx)
        .await?;
        if locked.rows_affected() != 1 {
            return Ok(None);
        }
        Ok(Some(PersonTx {
            tx,
            person: person.to_owned(),
        }))
    }

    /// The records of `person` changed after `since`, oldest change first,
    /// at most `limit`.
    pub async fn changes(
        &self,
        person: &str,
        since: i64,
        limit: i64,
    ) -> Result<Vec<RecordRow>, StorageError> {
        let rows = sqlx::query(
            "SELECT kind, id, body, seq FROM records WHERE person_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
        )
        .bind(person)
        .bind(since)
        .bind(limit)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(record_row).collect()
    }

    /// Whether a person exists and is open.
    pub async fn person_open(&self, person: &str) -> Result<bool, StorageError> {
        Ok(
            sqlx::query("SELECT id FROM persons WHERE id = $1 AND closed_at IS NULL")
                .bind(person)
                .fetch_optional(&self.pool)
                .await?
                .is_some(),
        )
    }

    /// Every open person, for a professional's list.
    pub async fn open_persons(&self) -> Result<Vec<String>, StorageError> {
        let rows = sqlx::query("SELECT id FROM persons WHERE closed_at IS NULL ORDER BY id")
            .fetch_all(&self.pool)
            .await?;
        Ok(rows.iter().map(|r| r.get("id")).collect())
    }

    /// One record of a person.
    pub async fn record(
        &self,
        person: &str,
        kind: &str,
        id: &str,
    ) -> Result<Option<String>, StorageError> {
        let row =
            sqlx::query("SELECT body FROM records WHERE person_id = $1 AND kind = $2 AND id = $3")
                .bind(person)
                .bind(kind)
                .bind(id)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.map(|r| r.get("body")))
    }

    /// Creates a professional account.
    pub async fn create_pro(&self, pro: &ProRow, now: i64) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO pros (id, login, display_name, password_hash, created_at) VALUES ($1, $2, $3, $4, $5)")
            .bind(pro.id.as_str())
            .bind(pro.login.as_str())
            .bind(pro.display_name.as_str())
            .bind(pro.password_hash.as_str())
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A professional by login.
    pub async fn pro_by_login(&self, login: &str) -> Result<Option<ProRow>, StorageError> {
        let row = sqlx::query("SELECT id, login, display_name, password_hash, share_key FROM pros WHERE login = $1 AND closed_at IS NULL")
            .bind(login)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(pro_row).transpose()
    }

    /// A professional by id.
    pub async fn pro(&self, id: &str) -> Result<Option<ProRow>, StorageError> {
        let row = sqlx::query("SELECT id, login, display_name, password_hash, share_key FROM pros WHERE id = $1 AND closed_at IS NULL")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        row.as_ref().map(pro_row).transpose()
    }

    /// Sets a professional's X25519 public key for receiving shares.
    pub async fn set_pro_share_key(&self, id: &str, key: &[u8]) -> Result<(), StorageError> {
        sqlx::query("UPDATE pros SET share_key = $1 WHERE id = $2")
            .bind(key.to_vec())
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Stores a professional's token (by its SHA-256).
    pub async fn create_pro_token(
        &self,
        token_hash: &[u8],
        pro_id: &str,
        expires_at: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO pro_tokens (token_hash, pro_id, expires_at) VALUES ($1, $2, $3)")
            .bind(token_hash.to_vec())
            .bind(pro_id)
            .bind(expires_at)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The professional behind a token, if it has not expired and the
    /// account is open.
    pub async fn pro_token_owner(
        &self,
        token_hash: &[u8],
        now: i64,
    ) -> Result<Option<ProRow>, StorageError> {
        let row = sqlx::query(
            "SELECT p.id AS id, p.login AS login, p.display_name AS display_name, p.password_hash AS password_hash, p.share_key AS share_key \
             FROM pro_tokens t JOIN pros p ON p.id = t.pro_id WHERE t.token_hash = $1 AND t.expires_at > $2 AND p.closed_at IS NULL",
        )
        .bind(token_hash.to_vec())
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(pro_row).transpose()
    }
}

impl PersonTx {
    /// The answer remembered for an idempotency key, if any.
    pub async fn remembered(
        &mut self,
        scope: &str,
        key: &str,
    ) -> Result<Option<(u16, String)>, StorageError> {
        let row = sqlx::query("SELECT status, body FROM idempotency WHERE scope = $1 AND key = $2")
            .bind(scope)
            .bind(key)
            .fetch_optional(&mut *self.tx)
            .await?;
        Ok(row.map(|r| {
            (
                u16::try_from(r.get::<i64, _>("status")).unwrap_or(200),
                r.get("body"),
            )
        }))
    }

    /// Remembers the answer to an idempotency key, in this transaction.
    pub async fn remember(
        &mut self,
        scope: &str,
        key: &str,
        status: u16,
        body: &str,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query(
            "INSERT INTO idempotency (scope, key, status, body, created_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(scope)
        .bind(key)
        .bind(i64::from(status))
        .bind(body)
        .bind(now)
        .execute(&mut *self.tx)
        .await?;
        Ok(())
    }

    /// One record of this person, read inside the transaction.
    pub async fn record(&mut self, kind: &str, id: &str) -> Result<Option<String>, StorageError> {
        let row =
            sqlx::query("SELECT body FROM records WHERE person_id = $1 AND kind = $2 AND id = $3")
                .bind(self.person.as_str())
                .bind(kind)
                .bind(id)
                .fetch_optional(&mut *self.tx)
                .await?;
        Ok(row.map(|r| r.get("body")))
    }

    /// Inserts or replaces a record; returns its new change number.
    pub async fn put(&mut self, kind: &str, id: &str, body: &str) -> Result<i64, StorageError> {
        let seq: i64 = sqlx::query(
            "UPDATE persons SET change_seq = change_seq + 1 WHERE id = $1 RETURNING change_seq",
        )
        .bind(self.person.as_str())
        .fetch_one(&mut *self.tx)
        .await?
        .try_get("change_seq")?;
        sqlx::query(
            "INSERT INTO records (person_id, kind, id, body, seq) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (person_id, kind, id) DO UPDATE SET body = excluded.body, seq = excluded.seq",
        )
        .bind(self.person.as_str())
        .bind(kind)
        .bind(id)
        .bind(body)
        .bind(seq)
        .execute(&mut *self.tx)
        .await?;
        Ok(seq)
    }

    /// This person's devices, read inside the write.
    pub async fn devices(&mut self) -> Result<Vec<DeviceRow>, StorageError> {
        let rows = sqlx::query(
            "SELECT device_key, person_id, first_seq, certificate, revocation FROM devices WHERE person_id = $1 ORDER BY created_at, first_seq",
        )
        .bind(self.person.as_str())
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(device_row).collect()
    }

    /// This person's statements in sequence order, read inside the write.
    pub async fn statements(&mut self) -> Result<Vec<StatementRow>, StorageError> {
        let rows = sqlx::query(
            "SELECT seq, hash, bytes, signature FROM statements WHERE person_id = $1 ORDER BY seq",
        )
        .bind(self.person.as_str())
        .fetch_all(&mut *self.tx)
        .await?;
        rows.iter().map(statement_row).collect()
    }

    /// Appends a statement inside the write.
    pub async fn append_statement(
        &mut self,
        s: &StatementRow,
        now: i64,
    ) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO statements (person_id, seq, hash, bytes, signature, received_at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(self.person.as_str())
            .bind(s.seq)
            .bind(s.hash.clone())
            .bind(s.bytes.clone())
            .bind(s.signature.clone())
            .bind(now)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Makes everything in the transaction durable at once.
    pub async fn commit(self) -> Result<(), StorageError> {
        self.tx.commit().await?;
        Ok(())
    }
}

fn record_row(r: &AnyRow) -> Result<RecordRow, StorageError> {
    Ok(RecordRow {
        kind: r.try_get("kind")?,
        id: r.try_get("id")?,
        body: r.try_get("body")?,
        seq: r.try_get("seq")?,
    })
}

fn pro_row(r: &AnyRow) -> Result<ProRow, StorageError> {
    Ok(ProRow {
        id: r.try_get("id")?,
        login: r.try_get("login")?,
        display_name: r.try_get("display_name")?,
        password_hash: r.try_get("password_hash")?,
        share_key: r.try_get("share_key")?,
    })
}

/// A share as stored (its body is read apart).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShareRow {
    pub id: String,
    pub person_id: String,
    pub recipient: String,
    pub document: String,
    pub recipient_key: Vec<u8>,
    pub enc: Option<Vec<u8>>,
    pub sealed: Option<Vec<u8>>,
    pub created_at: i64,
    pub expires_at: i64,
    pub withdrawn_at: Option<i64>,
    pub ready: bool,
}

const SHARE_COLUMNS: &str = "id, person_id, recipient, document, recipient_key, enc, sealed, created_at, expires_at, withdrawn_at, (body IS NOT NULL) AS ready";

fn share_row(r: &AnyRow) -> Result<ShareRow, StorageError> {
    // `ready` is a boolean on PostgreSQL and an integer on SQLite.
    let ready = r
        .try_get::<bool, _>("ready")
        .or_else(|_| r.try_get::<i64, _>("ready").map(|v| v != 0))?;
    Ok(ShareRow {
        id: r.try_get("id")?,
        person_id: r.try_get("person_id")?,
        recipient: r.try_get("recipient")?,
        document: r.try_get("document")?,
        recipient_key: r.try_get("recipient_key")?,
        enc: r.try_get("enc")?,
        sealed: r.try_get("sealed")?,
        created_at: r.try_get("created_at")?,
        expires_at: r.try_get("expires_at")?,
        withdrawn_at: r.try_get("withdrawn_at")?,
        ready,
    })
}

impl PersonTx {
    /// Adds a share (no body yet). The same id again is a conflict unless
    /// it is this person's and identical.
    pub async fn insert_share(&mut self, s: &ShareRow) -> Result<(), StorageError> {
        sqlx::query("INSERT INTO shares (id, person_id, recipient, document, recipient_key, enc, sealed, created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
            .bind(s.id.as_str())
            .bind(self.person.as_str())
            .bind(s.recipient.as_str())
            .bind(s.document.as_str())
            .bind(s.recipient_key.clone())
            .bind(s.enc.clone())
            .bind(s.sealed.clone())
            .bind(s.created_at)
            .bind(s.expires_at)
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// One of this person's shares.
    pub async fn share(&mut self, id: &str) -> Result<Option<ShareRow>, StorageError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SHARE_COLUMNS} FROM shares WHERE id = $1 AND person_id = $2"
        )))
        .bind(id)
        .bind(self.person.as_str())
        .fetch_optional(&mut *self.tx)
        .await?;
        row.as_ref().map(share_row).transpose()
    }

    /// Whether this person ever shared `document` with `recipient` (a
    /// message may name it as an attachment only then).
    pub async fn has_shared(
        &mut self,
        recipient: &str,
        document: &str,
    ) -> Result<bool, StorageError> {
        let row = sqlx::query(
            "SELECT id FROM shares WHERE person_id = $1 AND recipient = $2 AND document = $3 LIMIT 1",
        )
        .bind(self.person.as_str())
        .bind(recipient)
        .bind(document)
        .fetch_optional(&mut *self.tx)
        .await?;
        Ok(row.is_some())
    }

    /// Withdraws a share: what would open it is deleted at once.
    pub async fn withdraw_share(&mut self, id: &str, now: i64) -> Result<(), StorageError> {
        sqlx::query("UPDATE shares SET withdrawn_at = COALESCE(withdrawn_at, $1), deleted_at = COALESCE(deleted_at, $1), enc = NULL, sealed = NULL, body = NULL WHERE id = $2 AND person_id = $3")
            .bind(now)
            .bind(id)
            .bind(self.person.as_str())
            .execute(&mut *self.tx)
            .await?;
        Ok(())
    }

    /// Stores a share's body, if the share is still live and has none.
    pub async fn put_share_body(
        &mut self,
        id: &str,
        body: &[u8],
        now: i64,
    ) -> Result<bool, StorageError> {
        let done = sqlx::query("UPDATE shares SET body = $1 WHERE id = $2 AND person_id = $3 AND body IS NULL AND withdrawn_at IS NULL AND expires_at > $4")
            .bind(body.to_vec())
            .bind(id)
            .bind(self.person.as_str())
            .bind(now)
            .execute(&mut *self.tx)
            .await?;
        Ok(done.rows_affected() == 1)
    }
}

impl Storage {
    /// The live, ready shares for a professional at `now`.
    pub async fn shares_for(
        &self,
        recipient: &str,
        now: i64,
    ) -> Result<Vec<ShareRow>, StorageError> {
        let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SHARE_COLUMNS} FROM shares WHERE recipient = $1 AND expires_at > $2 AND withdrawn_at IS NULL AND body IS NOT NULL ORDER BY created_at"
        )))
        .bind(recipient)
        .bind(now)
        .fetch_all(&self.pool)
        .await?;
        rows.iter().map(share_row).collect()
    }

    /// One live, ready share for a professional at `now` (`None` once it is
    /// withdrawn or at its end, to the second).
    pub async fn share_for(
        &self,
        recipient: &str,
        id: &str,
        now: i64,
    ) -> Result<Option<ShareRow>, StorageError> {
        let row = sqlx::query(sqlx::AssertSqlSafe(format!(
            "SELECT {SHARE_COLUMNS} FROM shares WHERE id = $1 AND recipient = $2 AND expires_at > $3 AND withdrawn_at IS NULL AND body IS NOT NULL"
        )))
        .bind(id)
        .bind(recipient)
        .bind(now)
        .fetch_optional(&self.pool)
        .await?;
        row.as_ref().map(share_row).transpose()
    }

    /// A live share's body, for its recipient.
    pub async fn share_body_for(
        &self,
        recipient: &str,
        id: &str,
        now: i64,
    ) -> Result<Option<Vec<u8>>, StorageError> {
        let row = sqlx::query("SELECT body FROM shares WHERE id = $1 AND recipient = $2 AND expires_at > $3 AND withdrawn_at IS NULL AND body IS NOT NULL")
            .bind(id)
            .bind(recipient)
            .bind(now)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.map(|r| r.get("body")))
    }

    /// Deletes what would open the shares whose end is at or before `now`;
    /// returns how many.
    pub async fn sweep_shares(&self, now: i64) -> Result<u64, StorageError> {
        let done = sqlx::query("UPDATE shares SET enc = NULL, sealed = NULL, body = NULL, deleted_at = $1 WHERE expires_at <= $1 AND deleted_at IS NULL")
            .bind(now)
            .execute(&self.pool)
            .await?;
        Ok(done.rows_affected())
    }

    /// Whether anything that opens a share is still held (for tests and
    /// the privacy inventory): enc, sealed or body.
    pub async fn share_material_kept(&self, id: &str) -> Result<bool, StorageError> {
        let row = sqlx::query("SELECT id FROM shares WHERE id = $1 AND (enc IS NOT NULL OR sealed IS NOT NULL OR body IS NOT NULL)")
            .bind(id)
            .fetch_optional(&self.pool)
            .await?;
        Ok(row.is_some())
    }
}

impl Storage {
    /// Closes a person's account (their right to erasure): in one
    /// transaction, their dossier's records, mandate statements, remembered
    /// answers, tokens, devices and invitations are deleted, what would
    /// open their shares is deleted, and the person is marked closed, so
    /// that every later request about them is refused. Returns `false` if
    /// there was no open account.
    pub async fn close_person(&self, person: &str, now: i64) -> Result<bool, StorageError> {
        let mut tx = self.pool.begin().await?;
        let closed =
            sqlx::query("UPDATE persons SET closed_at = $1 WHERE id = $2 AND closed_at IS NULL")
                .bind(now)
                .bind(person)
                .execute(&mut *tx)
                .await?;
        if closed.rows_affected() != 1 {
            return Ok(false);
        }
        sqlx::query("UPDATE shares SET enc = NULL, sealed = NULL, body = NULL, withdrawn_at = COALESCE(withdrawn_at, $1), deleted_at = COALESCE(deleted_at, $1) WHERE person_id = $2")
            .bind(now)
            .bind(person)
            .execute(&mut *tx)
            .await?;
        for sql in [
            "DELETE FROM records WHERE person_id = $1",
            "DELETE FROM statements WHERE person_id = $1",
            "DELETE FROM tokens WHERE person_id = $1",
            "DELETE FROM invitations WHERE person_id = $1",
            "DELETE FROM challenges WHERE device_key IN (SELECT device_key FROM devices WHERE person_id = $1)",
            "DELETE FROM devices WHERE person_id = $1",
        ] {
            sqlx::query(sql).bind(person).execute(&mut *tx).await?;
        }
        sqlx::query("DELETE FROM idempotency WHERE scope = $1")
            .bind(format!("person:{person}"))
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// How many rows still name `person`, table by table (shares keep
    /// their ids and dates, without anything that opens them).
    pub async fn rows_about(&self, person: &str) -> Result<Vec<(&'static str, i64)>, StorageError> {
        let mut out = Vec::new();
        for (table, sql) in [
            (
                "records",
                "SELECT COUNT(*) AS n FROM records WHERE person_id = $1",
            ),
            (
                "statements",
                "SELECT COUNT(*) AS n FROM statements WHERE person_id = $1",
            ),
            (
                "tokens",
                "SELECT COUNT(*) AS n FROM tokens WHERE person_id = $1",
            ),
            (
                "devices",
                "SELECT COUNT(*) AS n FROM devices WHERE person_id = $1",
            ),
            (
                "invitations",
                "SELECT COUNT(*) AS n FROM invitations WHERE person_id = $1",
            ),
            (
                "share material",
                "SELECT COUNT(*) AS n FROM shares WHERE person_id = $1 AND (enc IS NOT NULL OR sealed IS NOT NULL OR body IS NOT NULL)",
            ),
        ] {
            let n: i64 = sqlx::query(sql)
                .bind(person)
                .fetch_one(&self.pool)
                .await?
                .try_get("n")?;
            out.push((table, n));
        }
        Ok(out)
    }
}
