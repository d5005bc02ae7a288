//! `parcours-preview`: the app in a web browser, through Dioxus LiveView.
//! Shows the demo dossier. For development, tests and screenshots.

use std::io::Write;
use std::net::SocketAddr;

use chrono::{DateTime, Utc};
use clap::Parser;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use parcours_core::i18n::{Lang, Localizer};
use parcours_mobile::preview::{Access, PreviewConfig, router};
use parcours_mobile::{Action, Clock, data};

/// Serve the Parcours app (demo dossier) to a web browser.
///
/// The app shows personal data: by default it listens on loopback only. On
/// any other address it prints a one-time link with a token, and refuses
/// every request without that token.
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

    /// Parcours server URL (https://, or http:// to this machine only).
    /// Checked but not used yet: the preview always shows the demo dossier.
    #[arg(long, value_name = "URL", value_parser = parse_server)]
    server: Option<String>,

    /// Folder of the encrypted safe. Default: a new temporary folder,
    /// filled with the demo dossier and removed when the preview stops.
    #[arg(long, value_name = "DIR")]
    data: Option<std::path::PathBuf>,
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
    if args.server.is_some() {
        eprintln!("Note: --server is not used yet; the preview shows the demo dossier.");
    }
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
    let data = match data::open_or_create_demo(&data_dir, keystore, clock.now()) {
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
        eprintln!("{}", e.explain(&loc));
        std::process::exit(1);
    }
    let listener = tokio::net::TcpListener::bind(args.listen).await?;
    let addr = listener.local_addr()?;
    let access = Access::for_listen_addr(&addr);

    let mut out = std::io::stdout().lock();
    writeln!(out, "Listening on http://{addr}/")?;
    if let Some(token) = access.token() {
        writeln!(out, "Open http://{addr}/?token={token}")?;
    }
    out.flush()?;
    drop(out);

    let app = router(PreviewConfig { clock, data }, access);
    let served = axum::serve(listener, app)
        .with_graceful_shutdown(async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
    if temporary {
        let _ = std::fs::remove_dir_all(&data_dir);
    }
    served
}
