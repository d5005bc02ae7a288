//! The LiveView server behind `parcours-preview`: our own page at `/`, the
//! app over a websocket at [`WS_PATH`], and the neutral page quick exit
//! goes to ([`NEUTRAL_PATH`]).
//!
//! The preview shows decrypted personal data, so access is guarded:
//! - on a loopback address, only requests whose `Host` is a loopback name
//!   are served (a web page cannot reach it through DNS rebinding);
//! - on any other address, every request (page and websocket) must carry
//!   the one-time token printed at start (`?token=…`), else 403;
//! - a websocket whose `Origin` is not the page's own host is refused, so
//!   another web site open in the same browser cannot read the app;
//! - the neutral page holds nothing of the person (no data, no script), so
//!   it is served to anyone: quick exit must never land on "Forbidden", nor
//!   leave the token in the address bar.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

use axum::Router;
use axum::extract::ws::WebSocketUpgrade;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use dioxus::prelude::VirtualDom;
use dioxus_liveview::{LiveViewPool, axum_socket, interpreter_glue};
use parcours_core::i18n::Lang;

use crate::app::{App, AppConfig, AppProps, Clock};
use crate::page::{html_page, neutral_page};
use crate::screens::first_start::{FirstStartConfig, FirstStartRoot, FirstStartRootProps};
use crate::screens::unlock::{UnlockConfig, UnlockRoot, UnlockRootProps};
use crate::setup::Setup;
use crate::state::AppData;
use crate::unlock::Unlock;

/// The websocket route of the app.
pub const WS_PATH: &str = "/ws";

/// The neutral page quick exit goes to.
pub const NEUTRAL_PATH: &str = "/meteo";

/// Who may use the preview.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Access {
    /// Listening on loopback: requests must name a loopback host.
    Loopback,
    /// Listening elsewhere: every request must carry this token.
    Token(String),
}

impl Access {
    /// The rule for a listening address: loopback needs nothing more, any
    /// other address gets a fresh random one-time token.
    pub fn for_listen_addr(addr: &SocketAddr) -> Self {
        if addr.ip().is_loopback() {
            Access::Loopback
        } else {
            Access::Token(parcours_core::id::random_id())
        }
    }

    pub fn token(&self) -> Option<&str> {
        match self {
            Access::Loopback => None,
            Access::Token(t) => Some(t),
        }
    }

    /// Whether a request with this `Host` header and query string may pass.
    pub fn allows(&self, host: Option<&str>, query: Option<&str>) -> bool {
        match self {
            Access::Loopback => host.is_some_and(is_loopback_host),
            Access::Token(expected) => {
                query_param(query.unwrap_or(""), "token").is_some_and(|t| same(t, expected))
            }
        }
    }
}

/// Whether a `Host` header names this machine's loopback interface.
fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        // [::1]:8080
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _port)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// The raw value of `name` in a query string (tokens are plain hex).
fn query_param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// Compares without stopping at the first difference.
fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Whether a websocket's `Origin` (when the browser sent one) is the page's own.
fn same_origin(headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    let origin_host = origin.to_str().ok().and_then(|o| {
        o.strip_prefix("http://")
            .or_else(|| o.strip_prefix("https://"))
    });
    matches!((origin_host, host), (Some(o), Some(h)) if o.eq_ignore_ascii_case(h))
}

/// What the preview shows.
#[derive(Debug, Clone)]
pub struct PreviewConfig {
    pub clock: Clock,
    /// The person's data (every tab shares it; the language is theirs).
    pub data: AppData,
}

impl PreviewConfig {
    /// The person's language, as last saved.
    fn lang(&self) -> Lang {
        self.data.dossier().person.language
    }
}

/// What the preview serves: the app on its data, or the first start.
#[derive(Debug, Clone)]
enum Serves {
    App(PreviewConfig),
    FirstStart {
        setup: Setup,
        clock: Clock,
    },
    /// A safe with a PIN: the unlock screen, then the app.
    Unlock {
        unlock: Unlock,
        clock: Clock,
    },
}

impl Serves {
    fn lang(&self) -> Lang {
        match self {
            Serves::App(config) => config.lang(),
            Serves::FirstStart { setup, .. } => match setup.data() {
                Some(data) => data.dossier().person.language,
                None => setup.lang(),
            },
            Serves::Unlock { unlock, .. } => match unlock.data() {
                Some(data) => data.dossier().person.language,
                None => unlock.lang(),
            },
        }
    }
}

struct PreviewState {
    config: Serves,
    access: Access,
    pool: LiveViewPool,
}

/// The preview's routes, guarded by `access`.
pub fn router(config: PreviewConfig, access: Access) -> Router {
    routes(Serves::App(config), access)
}

/// The preview's routes for a phone with no safe yet: the first start
/// (`setup`), then the app on the data it made.
pub fn first_start_router(setup: Setup, clock: Clock, access: Access) -> Router {
    routes(Serves::FirstStart { setup, clock }, access)
}

/// The preview's routes for a safe that has a PIN: the unlock screen
/// (`unlock`), then the app on the data it opened.
pub fn unlock_router(unlock: Unlock, clock: Clock, access: Access) -> Router {
    routes(Serves::Unlock { unlock, clock }, access)
}

fn routes(config: Serves, access: Access) -> Router {
    let state = Arc::new(PreviewState {
        config,
        access,
        pool: LiveViewPool::new(),
    });
    Router::new()
        .route("/", get(page))
        .route(WS_PATH, get(websocket))
        .layer(middleware::from_fn_with_state(state.clone(), guard))
        // Outside the guard: no data on it (see the module's notes).
        .route(NEUTRAL_PATH, get(neutral))
        .layer(middleware::from_fn(private_headers))
        .with_state(state)
}

async fn guard(State(state): State<Arc<PreviewState>>, request: Request, next: Next) -> Response {
    let host = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok());
    if !state.access.allows(host, request.uri().query()) {
        return (StatusCode::FORBIDDEN, "Forbidden\n").into_response();
    }
    if request.uri().path() == WS_PATH && !same_origin(request.headers()) {
        return (StatusCode::FORBIDDEN, "Forbidden\n").into_response();
    }
    next.run(request).await
}

/// Never cached, never framed, no referrer: on every response.
async fn private_headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

async fn page(State(state): State<Arc<PreviewState>>) -> Html<String> {
    let ws = match state.access.token() {
        Some(token) => format!("{WS_PATH}?token={token}"),
        None => WS_PATH.to_owned(),
    };
    Html(html_page(state.config.lang(), &interpreter_glue(&ws)))
}

async fn neutral(State(state): State<Arc<PreviewState>>) -> Html<String> {
    Html(neutral_page(state.config.lang()))
}

async fn websocket(State(state): State<Arc<PreviewState>>, ws: WebSocketUpgrade) -> Response {
    ws.on_upgrade(move |socket| async move {
        let lang = state.config.lang();
        let serves = state.config.clone();
        let make_app = move || match &serves {
            Serves::App(PreviewConfig { clock, data }) => VirtualDom::new_with_props(
                App,
                AppProps {
                    config: AppConfig {
                        exit_url: Some(NEUTRAL_PATH.to_owned()),
                        ..AppConfig::with_data(lang, *clock, data.clone())
                    },
                },
            ),
            Serves::FirstStart { setup, clock } => VirtualDom::new_with_props(
                FirstStartRoot,
                FirstStartRootProps {
                    config: FirstStartConfig {
                        setup: setup.clone(),
                        clock: *clock,
                        exit_url: Some(NEUTRAL_PATH.to_owned()),
                    },
                },
            ),
            Serves::Unlock { unlock, clock } => VirtualDom::new_with_props(
                UnlockRoot,
                UnlockRootProps {
                    config: UnlockConfig {
                        unlock: unlock.clone(),
                        clock: *clock,
                        exit_url: Some(NEUTRAL_PATH.to_owned()),
                    },
                },
            ),
        };
        // A closed tab ends the session; nothing to report.
        let _ = state
            .pool
            .launch_virtualdom(axum_socket(socket), make_app)
            .await;
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_hosts() {
        for host in [
            "127.0.0.1:8080",
            "localhost:1",
            "LOCALHOST",
            "[::1]:80",
            "127.1.2.3",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "example.org",
            "10.0.0.1:8080",
            "[::2]:80",
            "127.0.0.1.evil.test:80",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }

    #[test]
    fn query_params() {
        assert_eq!(query_param("a=1&token=abc", "token"), Some("abc"));
        assert_eq!(query_param("tokenx=abc", "token"), None);
        assert!(same("abc", "abc"));
        assert!(!same("abc", "abd"));
        assert!(!same("abc", "abcd"));
    }
}
