//! The demo server inside the preview (feature `demo-server`, on by
//! default, left out of phone builds): the real Parcours server
//! ([`parcours_server`]) on 127.0.0.1, its database a SQLite file next to
//! the preview's safe, loaded with the same demo dossier as the app
//! ([`parcours_server::demo::load`]), so that `parcours-preview` alone
//! shows the app talking to a server, and the demo referent can answer
//! with `parcours pro`.
//!
//! The app and the server are made from the same demo dossier at the same
//! `now`: records have the same ids, so the first sync finds nothing new
//! and duplicates nothing.
//!
//! Must never: listen anywhere but on loopback, or run outside a demo.

use std::net::{Ipv4Addr, SocketAddr};
use std::path::Path;

use chrono::{DateTime, Utc};
use parcours_server::api::{AppState, router};
use parcours_server::storage::{Storage, StorageError};

/// The port the demo server takes when it is free (another free port
/// otherwise).
pub const DEMO_PORT: u16 = 8787;

/// The database file, in the preview's data folder.
pub const DB_FILE: &str = "server.db";

/// Why the demo server did not start.
#[derive(Debug, thiserror::Error)]
pub enum DemoServerError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The demo server, running on the runtime that started it; stopped when
/// dropped.
#[derive(Debug)]
pub struct DemoServer {
    addr: SocketAddr,
    task: tokio::task::JoinHandle<()>,
}

impl DemoServer {
    /// Starts it on the current tokio runtime, its database in `dir`, the
    /// demo loaded as of `now` (nothing is loaded again into a database
    /// that has it). It listens on 127.0.0.1, port `port` when free
    /// ([`DEMO_PORT`] in the preview), any free port otherwise (or when
    /// `port` is 0).
    pub async fn start(
        dir: &Path,
        now: DateTime<Utc>,
        port: u16,
    ) -> Result<DemoServer, DemoServerError> {
        let dir = std::path::absolute(dir)?;
        std::fs::create_dir_all(&dir)?;
        let url = format!("sqlite://{}?mode=rwc", dir.join(DB_FILE).display());
        let storage = Storage::connect(&url).await?;
        parcours_server::demo::load(&storage, now).await?;
        let listener = match tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, port)).await {
            Ok(l) => l,
            Err(_) => tokio::net::TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).await?,
        };
        let addr = listener.local_addr()?;
        let state = AppState::new(
            storage,
            parcours_core::demo::demo_server_key(),
            format!("http://{addr}"),
        );
        let task = tokio::spawn(async move {
            // Stops with the preview; a broken connection is the client's concern.
            let _ = axum::serve(listener, router(state)).await;
        });
        Ok(DemoServer { addr, task })
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// `http://127.0.0.1:PORT`, as the app and `parcours pro` take it.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

impl Drop for DemoServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
