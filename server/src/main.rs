//! `parcours-server`: the referent-side service the app syncs with.
//!
//! `serve` opens the database (SQLite by default, PostgreSQL by URL), brings
//! its schema up to date and serves the API (`src/api.rs`); `--demo` loads
//! the demo dossier, its mandates, demo professional accounts and the fixed
//! demo invitation code (`src/demo.rs`). `admin` commands do what has no
//! person's data in it: create a person's record, an invitation, a
//! professional account.
//!
//! Must never: log personal data.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use parcours_core::device_key::DeviceKey;
use parcours_core::mandate::chain::ServerKey;
use parcours_server::api::{AppState, invitation_hash, router};
use parcours_server::storage::{ProRow, Storage, StorageError};

#[derive(Parser)]
#[command(
    name = "parcours-server",
    version,
    about = "The Parcours referent-side service"
)]
struct Cli {
    /// Database: `sqlite://FILE?mode=rwc` (default) or `postgres://…`.
    #[arg(
        long,
        env = "DATABASE_URL",
        global = true,
        default_value = "sqlite://parcours-server.db?mode=rwc"
    )]
    database_url: String,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the HTTP API.
    Serve {
        /// Address to listen on. A port of 0 picks a free one.
        #[arg(long, default_value = "127.0.0.1:8787")]
        listen: SocketAddr,
        /// The server's signing key (a 32-byte seed in hex); made, readable
        /// by its owner only, if the file does not exist.
        #[arg(long, default_value = "parcours-server.key")]
        server_key_file: PathBuf,
        /// Load the demo: the demo person, the demo server key and the
        /// invitation code DEMO-PARC-OURS.
        #[arg(long)]
        demo: bool,
        /// The public origin clients reach this server at (bound into
        /// challenges); default `http://` + the listening address.
        #[arg(long)]
        origin: Option<String>,
        /// Requests per minute per client address to login, enrollment and
        /// challenges.
        #[arg(long, default_value_t = 30)]
        limit_per_minute: u32,
    },
    /// Administration with no person's data in it.
    #[command(subcommand)]
    Admin(Admin),
}

#[derive(Subcommand)]
#[allow(clippy::enum_variant_names)] // the commands read create-person, create-invitation, create-pro
enum Admin {
    /// Create a person's record, followed by a referent.
    CreatePerson {
        #[arg(long)]
        person: String,
        #[arg(long)]
        referent: String,
    },
    /// Create a professional account (referent or partner). The password
    /// is read from the environment variable PARCOURS_PRO_PASSWORD, or
    /// asked for on the terminal.
    CreatePro {
        /// The professional's id: the contact id persons' mandates name.
        #[arg(long)]
        id: String,
        #[arg(long)]
        login: String,
        /// The name persons see ("Mme Martin, CCAS").
        #[arg(long)]
        name: String,
    },
    /// Create a one-time invitation code for a person (printed once).
    CreateInvitation {
        #[arg(long)]
        person: String,
        /// Days before it expires.
        #[arg(long, default_value_t = 14)]
        days: i64,
    },
}

fn server_key(path: &Path) -> std::io::Result<ServerKey> {
    let seed = match std::fs::read_to_string(path) {
        Ok(hex) => parcours_core::crypto::unhex(hex.trim())
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .ok_or_else(|| {
                std::io::Error::other("the server key file is not a 32-byte hex seed")
            })?,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            let seed: [u8; 32] = parcours_core::crypto::random_bytes();
            let mut options = std::fs::OpenOptions::new();
            options.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            use std::io::Write;
            options
                .open(path)?
                .write_all(parcours_core::crypto::hex(&seed).as_bytes())?;
            seed
        }
        Err(e) => return Err(e),
    };
    Ok(ServerKey(DeviceKey::from_seed(&seed)))
}

/// A random invitation code: 12 Crockford base32 symbols (60 bits), in groups of 4.
fn new_invitation_code() -> String {
    const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    let random: [u8; 12] = parcours_core::crypto::random_bytes();
    let symbols: Vec<char> = random
        .iter()
        .map(|b| char::from(ALPHABET[usize::from(b & 31)]))
        .collect();
    symbols
        .chunks(4)
        .map(|c| c.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join("-")
}

/// Logs to standard error (standard output carries the `Listening on`
/// line), at the level of `PARCOURS_LOG` (error, warn, info, debug, trace;
/// info by default). No log line carries personal data: see
/// `server/tests/logs.rs`.
fn init_logs() {
    let level = std::env::var("PARCOURS_LOG")
        .ok()
        .and_then(|l| l.parse::<tracing_subscriber::filter::LevelFilter>().ok())
        .unwrap_or(tracing_subscriber::filter::LevelFilter::INFO);
    tracing_subscriber::fmt()
        .with_max_level(level)
        .with_writer(std::io::stderr)
        .with_ansi(false)
        .init();
}

/// Ctrl-C or SIGTERM (what a service manager sends): stop accepting, finish
/// what is in flight, then exit.
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = term => {},
    }
    tracing::info!("shutting down");
}

fn io(e: StorageError) -> std::io::Error {
    std::io::Error::other(e.to_string())
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    let storage = Storage::connect(&cli.database_url).await.map_err(io)?;
    let now = chrono::Utc::now().timestamp();
    match cli.command {
        Command::Serve {
            listen,
            server_key_file,
            demo,
            origin,
            limit_per_minute,
        } => {
            init_logs();
            let key = if demo {
                parcours_server::demo::load(&storage, chrono::Utc::now())
                    .await
                    .map_err(io)?;
                parcours_core::demo::demo_server_key()
            } else {
                server_key(&server_key_file)?
            };
            let listener = tokio::net::TcpListener::bind(listen).await?;
            let addr = listener.local_addr()?;
            {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                writeln!(out, "Listening on http://{addr}/")?;
                out.flush()?;
            }
            let mut state = AppState::new(
                storage,
                key,
                origin.unwrap_or_else(|| format!("http://{addr}")),
            );
            state.limits = parcours_server::limit::Limits {
                per_minute: limit_per_minute,
            };
            // Shares at their end lose what would open them, even when
            // nobody asks for them.
            let sweeper = state.storage.clone();
            tokio::spawn(async move {
                let mut every = tokio::time::interval(std::time::Duration::from_secs(30));
                loop {
                    every.tick().await;
                    let now = chrono::Utc::now().timestamp();
                    if let Err(e) = sweeper.sweep_shares(now).await {
                        tracing::warn!(kind = %e.kind(), "share sweep failed");
                    }
                    if let Err(e) = sweeper.purge_expired(now).await {
                        tracing::warn!(kind = %e.kind(), "token purge failed");
                    }
                }
            });
            tracing::info!(%addr, demo, "serving");
            axum::serve(
                listener,
                router(state).into_make_service_with_connect_info::<SocketAddr>(),
            )
            .with_graceful_shutdown(shutdown_signal())
            .await?;
            tracing::info!("stopped: every request in flight was answered");
            Ok(())
        }
        Command::Admin(Admin::CreatePerson { person, referent }) => {
            parcours_core::id::PersonId::parse(person.clone())
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            storage
                .create_person(&person, &referent, now)
                .await
                .map_err(io)?;
            println!("created {person}");
            Ok(())
        }
        Command::Admin(Admin::CreatePro { id, login, name }) => {
            parcours_core::id::ContactId::parse(id.clone())
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            let password = match std::env::var("PARCOURS_PRO_PASSWORD") {
                Ok(p) => p,
                Err(_) => rpassword::prompt_password("Password: ")?,
            };
            if password.chars().count() < 12 {
                return Err(std::io::Error::other(
                    "a professional's password has at least 12 characters",
                ));
            }
            let pro = ProRow {
                id: id.clone(),
                login,
                display_name: name,
                password_hash: parcours_server::pro_api::hash_password(&password),
                share_key: None,
            };
            storage.create_pro(&pro, now).await.map_err(io)?;
            println!("created {id}");
            Ok(())
        }
        Command::Admin(Admin::CreateInvitation { person, days }) => {
            let code = new_invitation_code();
            storage
                .create_invitation(&invitation_hash(&code), &person, now + days * 86_400)
                .await
                .map_err(io)?;
            println!("{code}");
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn health_answers_ok_over_a_real_socket() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
        let state = AppState::new(
            Storage::connect(&url).await.unwrap(),
            parcours_core::demo::demo_server_key(),
            "http://test".into(),
        );
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router(state)).await.unwrap() });
        let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        stream
            .write_all(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut response = String::new();
        stream.read_to_string(&mut response).await.unwrap();
        assert!(response.starts_with("HTTP/1.1 200"), "{response}");
        assert!(response.contains("\"status\":\"ok\""), "{response}");
    }

    #[test]
    fn invitation_codes_look_right() {
        let a = new_invitation_code();
        assert_eq!(a.len(), 14);
        assert_ne!(a, new_invitation_code());
        assert_eq!(
            invitation_hash(&a.to_lowercase().replace('-', " ")),
            invitation_hash(&a)
        );
    }
}
