//! The preview server's access rule: loopback by default; elsewhere a
//! one-time token on every request, page and websocket.

use std::net::SocketAddr;

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode, header};
use parcours_core::demo::fixed_now;
use parcours_mobile::preview::{Access, PreviewConfig, router};
use parcours_mobile::{AppData, Clock};
use tower::ServiceExt;

fn config() -> PreviewConfig {
    PreviewConfig {
        clock: Clock::Fixed(fixed_now()),
        data: AppData::in_memory(parcours_core::demo::dossier(fixed_now())),
    }
}

async fn get(access: &Access, uri: &str, headers: &[(&str, &str)]) -> (StatusCode, String) {
    let mut request = Request::get(uri);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = router(config(), access.clone())
        .oneshot(request.body(Body::empty()).unwrap())
        .await
        .unwrap();
    let status = response.status();
    let body = to_bytes(response.into_body(), 1 << 20).await.unwrap();
    (status, String::from_utf8_lossy(&body).into_owned())
}

#[test]
fn only_non_loopback_addresses_get_a_token() {
    let addr = |s: &str| s.parse::<SocketAddr>().unwrap();
    assert_eq!(
        Access::for_listen_addr(&addr("127.0.0.1:0")),
        Access::Loopback
    );
    assert_eq!(
        Access::for_listen_addr(&addr("[::1]:8080")),
        Access::Loopback
    );
    for a in ["0.0.0.0:8080", "192.168.1.20:8080", "[::]:0"] {
        let access = Access::for_listen_addr(&addr(a));
        let token = access.token().expect(a);
        assert_eq!(token.len(), 32);
        assert!(token.bytes().all(|b| b.is_ascii_hexdigit()));
        // A fresh one each time.
        assert_ne!(Access::for_listen_addr(&addr(a)), access);
    }
}

#[tokio::test]
async fn with_a_token_every_request_needs_it() {
    let access = Access::Token("0123456789abcdef0123456789abcdef".to_owned());
    let host = [("host", "192.168.1.20:8080")];
    for uri in [
        "/",
        "/?token=",
        "/?token=0123456789abcdef0123456789abcdee",
        "/?token=0123456789abcdef",
        "/ws",
        "/ws?token=nope",
    ] {
        let (status, body) = get(&access, uri, &host).await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{uri}");
        assert!(!body.contains("<html"), "{uri}");
    }

    let (status, body) = get(&access, "/?token=0123456789abcdef0123456789abcdef", &host).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="fr" dir="ltr">"#));
    // The page's websocket carries the token too.
    assert!(body.contains("/ws?token=0123456789abcdef0123456789abcdef"));

    // With the token, the websocket route answers (not a websocket here, so not 200, but not 403).
    let (status, _) = get(&access, "/ws?token=0123456789abcdef0123456789abcdef", &host).await;
    assert_ne!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn on_loopback_only_loopback_hosts_and_own_origin() {
    let access = Access::Loopback;
    let (status, body) = get(&access, "/", &[("host", "127.0.0.1:8080")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains(r#"<html lang="fr" dir="ltr">"#));
    assert!(
        body.contains(r#"<meta name="viewport" content="width=device-width, initial-scale=1">"#)
    );
    assert!(body.contains("<title>"));
    assert!(body.contains(".theme-contrast"), "the stylesheet is inline");

    // DNS rebinding: a foreign host name pointing at 127.0.0.1.
    let (status, _) = get(&access, "/", &[("host", "evil.example:8080")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = get(&access, "/", &[]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);

    // Another site's page opening our websocket.
    let (status, _) = get(
        &access,
        "/ws",
        &[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://evil.example"),
        ],
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = get(
        &access,
        "/ws",
        &[
            ("host", "127.0.0.1:8080"),
            ("origin", "http://127.0.0.1:8080"),
        ],
    )
    .await;
    assert_ne!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn pages_are_not_cached_nor_framed() {
    let response = router(config(), Access::Loopback)
        .oneshot(
            Request::get("/")
                .header(header::HOST, "localhost:1")
                .body(Body::empty())
                .unwrap(),
        )
        .await
        .unwrap();
    let h = response.headers();
    assert_eq!(h[header::CACHE_CONTROL], "no-store");
    assert_eq!(h[header::REFERRER_POLICY], "no-referrer");
    assert_eq!(h[header::X_FRAME_OPTIONS], "DENY");
}

#[tokio::test]
async fn the_neutral_page_of_quick_exit_needs_no_token_and_shows_nothing_personal() {
    let access = Access::Token("0123456789abcdef0123456789abcdef".to_owned());
    let (status, body) = get(&access, "/meteo", &[("host", "192.168.1.20:8080")]).await;
    assert_eq!(status, StatusCode::OK);
    assert!(body.contains("<title>Météo</title>"), "{body}");
    assert!(body.contains(r#"<html lang="fr""#));
    for secret in ["Nadia", "Parcours", "parcours", "<script", "/ws", "token"] {
        assert!(!body.contains(secret), "{secret} in {body}");
    }
    // The app's routes still need the token.
    let (status, _) = get(&access, "/", &[("host", "192.168.1.20:8080")]).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}
