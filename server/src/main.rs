//! `parcours-server`: the referent-side service the app syncs with.
//!
//! Today: `serve` opens the database (SQLite by default, PostgreSQL by
//! URL), brings its schema up to date, serves `GET /health` (503 when the
//! database does not answer) and prints where it listens. Accounts, the
//! person's and the professional's APIs and sync come next (server issue).
//!
//! Must never: log personal data.

use std::net::SocketAddr;

use axum::extract::State;
use axum::http::StatusCode;
use axum::{Json, Router, routing::get};
use clap::{Parser, Subcommand};
use parcours_server::storage::Storage;

#[derive(Parser)]
#[command(
    name = "parcours-server",
    version,
    about = "The Parcours referent-side service"
)]
struct Cli {
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
        /// Database: `sqlite://FILE?mode=rwc` (default) or `postgres://…`.
        #[arg(
            long,
            env = "DATABASE_URL",
            default_value = "sqlite://parcours-server.db?mode=rwc"
        )]
        database_url: String,
    },
}

/// The service's routes.
fn router(storage: Storage) -> Router {
    Router::new()
        .route("/health", get(health))
        .with_state(storage)
}

async fn health(State(storage): State<Storage>) -> (StatusCode, Json<serde_json::Value>) {
    match storage.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") })),
        ),
        Err(_) => (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(
                serde_json::json!({ "status": "unavailable", "error": "the database does not answer" }),
            ),
        ),
    }
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let cli = Cli::parse();
    match cli.command {
        Command::Serve {
            listen,
            database_url,
        } => {
            let storage = Storage::connect(&database_url)
                .await
                .map_err(|e| std::io::Error::other(e.to_string()))?;
            let listener = tokio::net::TcpListener::bind(listen).await?;
            let addr = listener.local_addr()?;
            {
                use std::io::Write;
                let mut out = std::io::stdout().lock();
                writeln!(out, "Listening on http://{addr}/")?;
                out.flush()?;
            }
            axum::serve(listener, router(storage))
                .with_graceful_shutdown(async {
                    let _ = tokio::signal::ctrl_c().await;
                })
                .await
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn health_answers_ok() {
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
        let storage = Storage::connect(&url).await.unwrap();
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { axum::serve(listener, router(storage)).await.unwrap() });
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
}
