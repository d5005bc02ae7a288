//! The OpenAPI document is generated from the one route table, and every
//! route is in it: each documented route answers (never "no such route"),
//! unknown addresses get a JSON 404, no route is registered outside the
//! table, and every route docs/sync.md names is in the document.

use axum::body::{Body, to_bytes};
use axum::http::{Request, StatusCode};
use parcours_server::api::{AppState, router};
use parcours_server::routes::{ROUTES, openapi};
use parcours_server::storage::Storage;
use tower::ServiceExt;

async fn state(dir: &tempfile::TempDir) -> AppState {
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("s.db").display());
    AppState::new(
        Storage::connect(&url).await.unwrap(),
        parcours_core::demo::demo_server_key(),
        "https://parcours.test".into(),
    )
}

async fn call(state: &AppState, method: &str, uri: &str) -> (StatusCode, serde_json::Value) {
    let response = router(state.clone())
        .oneshot(
            Request::builder()
                .method(method)
                .uri(uri)
                .header("content-type", "application/json")
                .body(Body::from("{}"))
                .unwrap(),
        )
        .await
        .unwrap();
    let status = response.status();
    let bytes = to_bytes(response.into_body(), 1 << 22).await.unwrap();
    (
        status,
        serde_json::from_slice(&bytes).unwrap_or(serde_json::Value::Null),
    )
}

#[tokio::test]
async fn every_route_is_documented_and_answers() {
    let dir = tempfile::tempdir().unwrap();
    let s = state(&dir).await;
    let (status, doc) = call(&s, "GET", "/openapi.json").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(doc, openapi());
    assert_eq!(doc["openapi"], "3.1.0");
    let mut operations = 0;
    for r in ROUTES {
        let method = r.method.as_str().to_lowercase();
        let op = &doc["paths"][r.path][&method];
        assert!(
            op.is_object(),
            "{} {} is not in the document",
            r.method,
            r.path
        );
        assert!(op["responses"].is_object());
        if r.idempotent {
            assert!(
                op["parameters"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p["name"] == "Idempotency-Key"),
                "{}",
                r.path
            );
        }
        operations += 1;
        let uri = r.path.replace("{id}", "x1").replace("{person}", "nadia");
        let (status, body) = call(&s, r.method.as_str(), &uri).await;
        assert_ne!(body["error"], "no_route", "{} {uri}", r.method);
        assert!(
            !status.is_server_error() || status == StatusCode::SERVICE_UNAVAILABLE,
            "{} {uri}: {status}",
            r.method
        );
    }
    let documented: usize = doc["paths"]
        .as_object()
        .unwrap()
        .values()
        .map(|p| p.as_object().unwrap().len())
        .sum();
    assert_eq!(documented, operations, "the document has exactly the table");
    let (status, body) = call(&s, "GET", "/v1/nothing-here").await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(body["error"], "no_route");
}

#[test]
fn no_route_is_registered_outside_the_table() {
    let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        if path.file_name().unwrap() == "routes.rs" {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains(".route(") && !text.contains(".nest("),
            "{} registers a route outside server/src/routes.rs",
            path.display()
        );
    }
}

#[test]
fn every_route_named_in_the_sync_doc_is_in_the_document() {
    let doc = openapi();
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/sync.md"),
    )
    .unwrap();
    let mut named = 0;
    for part in text.split('`') {
        let mut words = part.split_whitespace();
        let (Some(method), Some(path)) = (words.next(), words.next()) else {
            continue;
        };
        if !["GET", "POST", "PUT", "DELETE"].contains(&method) || !path.starts_with('/') {
            continue;
        }
        let path = path.split('?').next().unwrap();
        let path = path.replace("{p}", "{person}");
        named += 1;
        assert!(
            doc["paths"][&path][method.to_lowercase()].is_object(),
            "docs/sync.md names {method} {path}, which the server does not have"
        );
    }
    assert!(named >= 15, "only {named} routes found in docs/sync.md");
}
