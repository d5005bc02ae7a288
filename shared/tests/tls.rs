//! TLS, as the sync client does it (rustls on ring): a self-signed
//! certificate is refused (and nothing is sent), a pinned certificate is
//! trusted alone (even a valid other one is refused), and plain `http://`
//! is refused to any address but this machine.

use std::sync::Arc;

use parcours_core::sync::client::{SyncError, Trust, call, http_client_with};
use reqwest::Method;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../tests/fixtures/tls")
            .join(name),
    )
    .unwrap()
}

/// A TLS server on 127.0.0.1 presenting `server.crt`, answering every
/// request with a fixed JSON body; counts the requests it read.
async fn tls_server() -> (u16, Arc<std::sync::atomic::AtomicUsize>) {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let certs = vec![CertificateDer::from_pem_slice(&fixture("server.crt")).unwrap()];
    let key = PrivateKeyDer::from_pem_slice(&fixture("server.key")).unwrap();
    let config = rustls::ServerConfig::builder()
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap();
    let acceptor = tokio_rustls::TlsAcceptor::from(Arc::new(config));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let requests = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let seen = requests.clone();
    tokio::spawn(async move {
        loop {
            let Ok((tcp, _)) = listener.accept().await else {
                return;
            };
            let acceptor = acceptor.clone();
            let seen = seen.clone();
            tokio::spawn(async move {
                let Ok(mut tls) = acceptor.accept(tcp).await else {
                    return;
                };
                let mut buf = [0u8; 4096];
                if tls.read(&mut buf).await.unwrap_or(0) > 0 {
                    seen.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    let body = r#"{"status":"ok"}"#;
                    let answer = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                        body.len()
                    );
                    let _ = tls.write_all(answer.as_bytes()).await;
                    let _ = tls.shutdown().await;
                }
            });
        }
    });
    (port, requests)
}

#[tokio::test]
async fn a_self_signed_certificate_is_refused_and_nothing_is_sent() {
    let (port, requests) = tls_server().await;
    let http = http_client_with(&Trust::Public).unwrap();
    let result = call(
        &http,
        &format!("https://localhost:{port}"),
        Method::GET,
        "/health",
        None,
        None,
        Some("secret-token"),
    )
    .await;
    assert_eq!(result, Err(SyncError::Untrusted));
    assert_eq!(
        requests.load(std::sync::atomic::Ordering::SeqCst),
        0,
        "no request went through"
    );
}

#[tokio::test]
async fn a_pinned_certificate_is_trusted_alone() {
    let (port, requests) = tls_server().await;
    let pinned = http_client_with(&Trust::Pinned(fixture("server.crt"))).unwrap();
    for base in [
        format!("https://localhost:{port}"),
        format!("https://127.0.0.1:{port}"),
    ] {
        let body = call(&pinned, &base, Method::GET, "/health", None, None, None)
            .await
            .unwrap();
        assert_eq!(body, r#"{"status":"ok"}"#);
    }
    assert_eq!(requests.load(std::sync::atomic::Ordering::SeqCst), 2);
    // Pinned to another certificate: the server's is refused.
    let other = http_client_with(&Trust::Pinned(fixture("other.crt"))).unwrap();
    let result = call(
        &other,
        &format!("https://localhost:{port}"),
        Method::GET,
        "/health",
        None,
        None,
        None,
    )
    .await;
    assert_eq!(result, Err(SyncError::Untrusted));
    // Garbage instead of a certificate: refused when the client is made.
    assert!(http_client_with(&Trust::Pinned(b"not a certificate".to_vec())).is_err());
}

#[test]
fn plain_http_only_to_this_machine() {
    let device = Arc::new(parcours_core::device_key::DeviceKey::from_seed(&[1; 32]));
    use parcours_core::sync::client::Client;
    assert!(Client::new("http://127.0.0.1:8787", device.clone()).is_ok());
    assert!(Client::new("http://localhost:8787", device.clone()).is_ok());
    assert!(Client::new("https://parcours.example", device.clone()).is_ok());
    for refused in [
        "http://parcours.example",
        "http://192.168.1.10:8787",
        "ftp://x",
        "http://127.0.0.1.evil.example",
    ] {
        assert!(
            matches!(Client::new(refused, device.clone()), Err(SyncError::Url(_))),
            "{refused}"
        );
    }
}

/// A server that answers with more than the client will read (here a
/// chunked body with no length, growing past 8 MiB): refused as a bad
/// answer, memory bounded.
#[tokio::test]
async fn an_endless_answer_is_cut_off() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    tokio::spawn(async move {
        let (mut tcp, _) = listener.accept().await.unwrap();
        let mut buf = [0u8; 4096];
        let _ = tcp.read(&mut buf).await;
        let _ = tcp
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n")
            .await;
        let chunk = vec![b' '; 64 * 1024];
        for _ in 0..(20 * 16) {
            let head = format!("{:x}\r\n", chunk.len());
            if tcp.write_all(head.as_bytes()).await.is_err()
                || tcp.write_all(&chunk).await.is_err()
                || tcp.write_all(b"\r\n").await.is_err()
            {
                return;
            }
        }
    });
    let http = http_client_with(&Trust::Public).unwrap();
    let result = call(
        &http,
        &format!("http://127.0.0.1:{port}"),
        Method::GET,
        "/v1/dossier",
        None,
        None,
        None,
    )
    .await;
    assert_eq!(result, Err(SyncError::BadAnswer));
}
