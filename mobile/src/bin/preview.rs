//! `parcours-preview`: the app in a web browser, through Dioxus LiveView.
//! Shows the demo dossier and syncs it with a Parcours server: the one
//! given with `--server`, or (feature `demo-server`, on by default) the
//! demo server started inside the preview; `--no-server` keeps it offline.
//! For development, tests and screenshots.

use std::io::Write;
use std::net::SocketAddr;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use clap::Parser;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use parcours_core::device_key::DeviceKey;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::{KEY_FILE, Safe, SafeError};
use parcours_mobile::preview::{Access, PreviewConfig, first_start_router, router, unlock_router};
use parcours_mobile::setup::Setup;
use parcours_mobile::sync::{Background, SYNC_EVERY, Syncer};
use parcours_mobile::unlock::Unlock;
use parcours_mobile::{Action, AppData, Clock, data};

/// The safe's folder inside the data folder on a first start (the demo
/// server's database sits next to it).
const FIRST_START_SAFE: &str = "safe";

/// Serve the Parcours app (demo dossier) to a web browser.
///
/// The app shows personal data: by default it listens on loopback only. On
/// any other address it prints a one-time link with a token, and refuses
/// every request without that token.
///
/// It syncs with a Parcours server at start, after each change and every
/// 15 seconds: the server given with --server, or else the demo server it
/// starts itself on 127.0.0.1 (port 8787 when free). With --no-server it
/// stays offline.
#[derive(Debug, Parser)]
#[command(name = "parcours-preview", version)]
struct Args {
    /// Address and port to listen on (port 0: any free port, printed at start).
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    listen: SocketAddr,

    /// Language of the app, saved as the person's choice. Default: the
    /// language the person chose last (French in a new demo safe).
    #[arg(
        long,
        value_parser = PossibleValuesParser::new(Lang::ALL.map(Lang::code))
            .map(|code| Lang::from_code(&code).expect("listed codes are known"))
    )]
    lang: Option<Lang>,

    /// Fixed current time, RFC 3339 (for example 2026-03-02T08:00:00Z), for
    /// screenshots and tests. Default: the real clock.
    #[arg(long, value_name = "RFC3339", value_parser = parse_time)]
    now: Option<DateTime<Utc>>,

    /// Parcours server to sync with (https://, or http:// to this machine
    /// only). The demo's device key must be enrolled there (the demo server
    /// has it). Default: the demo server, started inside the preview.
    #[arg(long, value_name = "URL", value_parser = parse_server)]
    server: Option<String>,

    /// Do not sync: no server, fully offline (what the person does waits
    /// in the outbox).
    #[arg(long, conflicts_with = "server")]
    no_server: bool,

    /// Folder of the encrypted safe. Default: a new temporary folder,
    /// filled with the demo dossier and removed when the preview stops.
    #[arg(long, value_name = "DIR")]
    data: Option<std::path::PathBuf>,

    /// Start as a new phone: a new empty folder, no safe, no demo dossier.
    /// The first start asks for the language, the invitation code (the
    /// demo server's is DEMO-PARC-OURS), shows the recovery code, offers a
    /// PIN, then the first sync brings the demo dossier. With --data DIR,
    /// the folder is kept, and a safe made there by an earlier first start
    /// is opened again, as after a restart of the phone: with its PIN when
    /// it has one (or its recovery code).
    #[arg(long)]
    first_start: bool,
}

fn parse_server(s: &str) -> Result<String, String> {
    parcours_core::net::check_server_url(s)
        .map(|()| s.to_owned())
        .map_err(|e| e.to_string())
}

fn parse_time(s: &str) -> Result<DateTime<Utc>, String> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| format!("not an RFC 3339 time ({e}); example: 2026-03-02T08:00:00Z"))
}

#[tokio::main]
async fn main() -> std::io::Result<()> {
    let args = Args::parse();
    let clock = args.now.map_or(Clock::System, Clock::Fixed);
    let loc = Localizer::new(args.lang.unwrap_or_default());
    let (data_dir, temporary) = match &args.data {
        Some(dir) => (dir.clone(), false),
        None => (
            std::env::temp_dir().join(format!(
                "parcours-preview-{}",
                parcours_core::id::random_id()
            )),
            true,
        ),
    };
    let (keystore, persistent) = data::keystore("preview");
    if !persistent {
        eprintln!("{}", loc.t("preview-no-keystore"));
    }
    // The app's dossier and the demo server's are made at the same time:
    // the same records, so the first sync duplicates nothing.
    let start = clock.now();
    let safe_dir = data_dir.join(FIRST_START_SAFE);
    let mut device = Arc::new(data::device_key());
    let mut unlock = None;
    let data = if !args.first_start {
        Some(open_demo(&args, &data_dir, keystore.clone(), clock, &loc))
    } else if safe_dir.join(KEY_FILE).is_file() {
        // A safe made by an earlier first start: opened again, with its
        // PIN when it has one; signed with the key made on this "phone".
        device = match DeviceKey::load_or_create(&keystore) {
            Ok(key) => Arc::new(key),
            Err(e) => {
                eprintln!(
                    "{}",
                    loc.explain(&SafeError::from(parcours_core::store::StoreError::from(e)))
                );
                std::process::exit(1);
            }
        };
        match Safe::open(&safe_dir, keystore.clone()) {
            Err(SafeError::PinRequired) => {
                unlock = Some(Unlock::new(
                    &safe_dir,
                    keystore.clone(),
                    KdfParams::DEFAULT,
                    args.lang.unwrap_or_default(),
                ));
                None
            }
            opened => match opened.and_then(|safe| {
                AppData::from_safe(
                    safe,
                    DeviceKey::load_or_create(&keystore)
                        .map_err(|e| SafeError::from(parcours_core::store::StoreError::from(e)))?,
                )
                .map_err(SafeError::from)
            }) {
                Ok(Some(data)) => Some(data),
                Ok(None) => {
                    eprintln!("{}", loc.t("first-out-of-order"));
                    std::process::exit(1);
                }
                Err(e) => {
                    eprintln!("{}", loc.explain(&e));
                    std::process::exit(1);
                }
            },
        }
    } else {
        None
    };
    #[cfg(feature = "demo-server")]
    let demo_server = if args.server.is_none() && !args.no_server {
        use parcours_mobile::demo_server::{DEMO_PORT, DemoServer};
        match DemoServer::start(&data_dir, start, DEMO_PORT).await {
            Ok(server) => Some(server),
            Err(e) => {
                let reason = e.to_string();
                eprintln!(
                    "{}",
                    loc.t_args("preview-demo-server-failed", &[("reason", reason.into())])
                );
                None
            }
        }
    } else {
        None
    };
    #[cfg(feature = "demo-server")]
    let server = args
        .server
        .clone()
        .or_else(|| demo_server.as_ref().map(|s| s.url()));
    #[cfg(not(feature = "demo-server"))]
    let server = args.server.clone();

    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let addr = listener.local_addr()?;
    let access = Access::for_listen_addr(&addr);

    let mut out = std::io::stdout().lock();
    // The first line: the browser tests read it.
    writeln!(out, "Listening on http://{addr}/")?;
    if let Some(token) = access.token() {
        writeln!(out, "Open http://{addr}/?token={token}")?;
    }
    #[cfg(feature = "demo-server")]
    if let Some(s) = &demo_server {
        writeln!(
            out,
            "{}",
            loc.t_args("preview-demo-server", &[("url", s.url().into())])
        )?;
    }
    out.flush()?;
    drop(out);

    // At start, after each change, every 15 s; in the background. On a
    // first start, from the moment the first sync brought the dossier.
    let sync: Arc<std::sync::Mutex<Option<Background>>> = Arc::default();
    let app = match data {
        Some(data) => {
            if let (Some(url), false) = (&server, args.no_server) {
                *sync.lock().unwrap_or_else(|e| e.into_inner()) =
                    start_sync(data.clone(), url, device.clone(), &loc);
            }
            router(PreviewConfig { clock, data }, access)
        }
        None if unlock.is_some() => {
            let unlock = unlock.take().expect("checked just above");
            if let Some(url) = server.filter(|_| !args.no_server) {
                let mut done = unlock.subscribe();
                let sync = sync.clone();
                tokio::spawn(async move {
                    if let Ok(Some(data)) = done.wait_for(Option::is_some).await.map(|d| d.clone())
                    {
                        let lang = data.dossier().person.language;
                        let started = tokio::task::spawn_blocking(move || {
                            start_sync(data, &url, device, &Localizer::new(lang))
                        })
                        .await
                        .ok()
                        .flatten();
                        *sync.lock().unwrap_or_else(|e| e.into_inner()) = started;
                    }
                });
            }
            unlock_router(unlock, clock, access)
        }
        None => {
            let server = server.filter(|_| !args.no_server);
            let setup = Setup::new(
                &data_dir.join(FIRST_START_SAFE),
                keystore,
                server.clone(),
                KdfParams::DEFAULT,
                args.lang.unwrap_or_default(),
            );
            if let Some(url) = server {
                let mut done = setup.subscribe();
                let (setup, sync) = (setup.clone(), sync.clone());
                tokio::spawn(async move {
                    if let Ok(data) = done.wait_for(Option::is_some).await.map(|d| d.clone())
                        && let (Some(data), Ok(device)) = (data, setup.device_key())
                    {
                        let lang = data.dossier().person.language;
                        let started = tokio::task::spawn_blocking(move || {
                            start_sync(data, &url, device, &Localizer::new(lang))
                        })
                        .await
                        .ok()
                        .flatten();
                        *sync.lock().unwrap_or_else(|e| e.into_inner()) = started;
                    }
                });
            }
            first_start_router(setup, clock, access)
        }
    };

    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    // The sync stops before its data goes.
    drop(sync.lock().unwrap_or_else(|e| e.into_inner()).take());
    #[cfg(feature = "demo-server")]
    drop(demo_server);
    if temporary {
        let _ = std::fs::remove_dir_all(&data_dir);
    }
    served
}

/// The demo dossier in the safe of `dir` (made when absent), in the
/// language asked for; exits with a translated explanation on failure.
fn open_demo(
    args: &Args,
    dir: &std::path::Path,
    keystore: Keystore,
    clock: Clock,
    loc: &Localizer,
) -> AppData {
    let data = match data::open_or_create_demo(dir, keystore, clock.now()) {
        Ok(d) => d,
        Err(e) => {
            eprintln!("{}", loc.explain(&e));
            std::process::exit(1);
        }
    };
    if let Some(lang) = args.lang
        && data.dossier().person.language != lang
        && let Err(e) = data.apply(&Action::SetLanguage(lang), clock.now())
    {
        eprintln!("{}", e.explain(loc));
        std::process::exit(1);
    }
    data
}

/// Starts the background sync of `data` with the server at `url`.
fn start_sync(
    data: AppData,
    url: &str,
    device: Arc<parcours_core::device_key::DeviceKey>,
    loc: &Localizer,
) -> Option<Background> {
    let language = data.dossier().person.language;
    match Syncer::new(data, url, device) {
        Ok(syncer) => Some(Background::start(
            syncer,
            SYNC_EVERY,
            Localizer::new(language),
        )),
        Err(e) => {
            eprintln!("{}", e.explain(loc));
            None
        }
    }
}
