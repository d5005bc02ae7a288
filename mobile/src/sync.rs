//! The app talks to the server: one sync ([`Syncer::sync_once`]: send what
//! waits in the outbox, then pull) through the core's engine
//! ([`parcours_core::sync::engine`]), and a background thread
//! ([`Background`]) that syncs at start, after each action and every
//! [`SYNC_EVERY`].
//!
//! The store lives in [`AppData`] behind a mutex that every screen uses.
//! A sync holds it only while the server is known to answer: a quick
//! `GET /health` first, without it; a server that cannot be reached
//! changes nothing (what waits stays queued, and says so on screen). The
//! sync runs on its own thread with its own small runtime, so the lock is
//! never held across a task switch of the app's runtime.
//!
//! Must never: show an error page for a server that cannot be reached, or
//! write anything of the person to the logs.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread::JoinHandle;
use std::time::Duration;

use chrono::Utc;
use parcours_core::device_key::DeviceKey;
use parcours_core::i18n::Localizer;
use parcours_core::store::StoreError;
use parcours_core::sync::client::{Client, SyncError, call, http_client};
use parcours_core::sync::engine::{self, EngineError, Report};
use reqwest::Method;
use tokio::sync::Notify;

use crate::state::AppData;

/// How often the app syncs when nothing happens.
pub const SYNC_EVERY: Duration = Duration::from_secs(15);

/// How long the server has to say it is there before a sync.
const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// The longest one sync may hold the data (each call also has the HTTP
/// client's own timeouts). Cut short, nothing is lost: an item leaves the
/// outbox only with the server's answer, and is sent again with the same
/// idempotency key.
const SYNC_TIMEOUT: Duration = Duration::from_secs(45);

/// Why a sync could not finish (a server that cannot be reached is not one
/// of them: see [`Report::offline`]).
#[derive(Debug, thiserror::Error)]
pub enum SyncFailure {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Sync(#[from] SyncError),
    /// The sync's own runtime could not be made (out of threads or memory).
    #[error("the sync cannot run: {0}")]
    Runtime(#[from] std::io::Error),
}

impl SyncFailure {
    /// A translated explanation, for the preview's log (no personal data).
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            SyncFailure::Store(e) => loc.explain(e),
            SyncFailure::Sync(e) => loc.explain(e),
            // Nothing was sent, nothing is lost: as when the server is away.
            SyncFailure::Runtime(_) => loc.t("error-sync-offline"),
        }
    }
}

impl From<EngineError> for SyncFailure {
    fn from(e: EngineError) -> Self {
        match e {
            EngineError::Store(e) => SyncFailure::Store(e),
            EngineError::Sync(e) => SyncFailure::Sync(e),
        }
    }
}

/// The app's side of the sync: its data, a client signed in with the
/// device key, and a small runtime of its own. Blocking: call it from a
/// thread of its own (see [`Background`]), never from inside a runtime.
pub struct Syncer {
    data: AppData,
    client: Client,
    base: String,
    http: reqwest::Client,
    runtime: tokio::runtime::Runtime,
}

impl Syncer {
    /// A syncer for `data` with the server at `server` (`https://…`, or
    /// `http://` to this machine).
    pub fn new(data: AppData, server: &str, device: Arc<DeviceKey>) -> Result<Self, SyncFailure> {
        let client = Client::new(server, device.clone())?;
        // Sharing a paper needs the same server at once (`crate::sharing`).
        data.set_server(Some((server.trim_end_matches('/').to_owned(), device)));
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()?;
        Ok(Self {
            data,
            client,
            base: server.trim_end_matches('/').to_owned(),
            http: http_client(),
            runtime,
        })
    }

    /// Whether the server answers now (without touching the data).
    fn server_answers(&self) -> Result<(), String> {
        let probe = call(
            &self.http,
            &self.base,
            Method::GET,
            "/health",
            None,
            None,
            None,
        );
        // The timer is made inside the runtime that drives it.
        match self
            .runtime
            .block_on(async { tokio::time::timeout(PROBE_TIMEOUT, probe).await })
        {
            Ok(Ok(_)) => Ok(()),
            Ok(Err(e)) => Err(e.to_string()),
            Err(_) => Err("no answer in time".to_owned()),
        }
    }

    /// One sync: when the server answers, send what waits and pull what
    /// changed, then read the data back so every open screen shows it.
    /// A server that cannot be reached is no error: the report says so and
    /// nothing changes.
    pub fn sync_once(&mut self) -> Result<Report, SyncFailure> {
        if let Err(why) = self.server_answers() {
            let waiting = self.data.sync_status().waiting();
            return Ok(Report {
                waiting,
                offline: Some(why),
                ..Report::default()
            });
        }
        let Self {
            data,
            client,
            runtime,
            ..
        } = self;
        let outcome = data.with_store(|store| {
            // The network's time, whatever the screens' clock says (a
            // fixed clock would never see a retry come due).
            let round = engine::sync(store, client, Utc::now());
            runtime.block_on(async { tokio::time::timeout(SYNC_TIMEOUT, round).await })
        })?;
        match outcome {
            // In memory: nothing to send, nowhere to keep what comes.
            None => Ok(Report::default()),
            Some(Ok(result)) => Ok(result?),
            Some(Err(_)) => Ok(Report {
                waiting: self.data.sync_status().waiting(),
                offline: Some("the sync took too long".to_owned()),
                ..Report::default()
            }),
        }
    }
}

/// The sync running on a thread of its own: at once, then after each
/// saved change and every `every`. Stops when dropped.
pub struct Background {
    stop: Arc<AtomicBool>,
    wake: Arc<Notify>,
    thread: Option<JoinHandle<()>>,
    data: AppData,
}

impl Background {
    /// Starts syncing `syncer`'s data. Failures other than "the server
    /// cannot be reached" are explained on standard error in `loc`'s
    /// language, once each until they change.
    pub fn start(mut syncer: Syncer, every: Duration, loc: Localizer) -> Background {
        let stop = Arc::new(AtomicBool::new(false));
        let wake = Arc::new(Notify::new());
        let data = syncer.data.clone();
        data.set_sync_wake(Some(wake.clone()));
        let thread = {
            let (stop, wake) = (stop.clone(), wake.clone());
            std::thread::Builder::new()
                .name("parcours-sync".into())
                .spawn(move || {
                    let mut last_error: Option<String> = None;
                    while !stop.load(Ordering::Relaxed) {
                        match syncer.sync_once() {
                            Ok(_) => last_error = None,
                            Err(e) => {
                                let text = e.explain(&loc);
                                if last_error.as_deref() != Some(text.as_str()) {
                                    eprintln!("{text}");
                                }
                                last_error = Some(text);
                            }
                        }
                        if stop.load(Ordering::Relaxed) {
                            break;
                        }
                        syncer.runtime.block_on(async {
                            tokio::select! {
                                () = wake.notified() => {}
                                () = tokio::time::sleep(every) => {}
                            }
                        });
                    }
                })
                .ok()
        };
        Background {
            stop,
            wake,
            thread,
            data,
        }
    }

    /// Asks for a sync now (it also follows every saved change by itself).
    pub fn sync_now(&self) {
        self.wake.notify_one();
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
        self.data.set_sync_wake(None);
        self.wake.notify_one();
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}
