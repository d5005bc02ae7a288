//! The real binary: `parcours-server serve --demo` prints exactly
//! `Listening on http://ADDR/` once bound, answers `/health` and
//! `/openapi.json`, enrolls a phone with the demo invitation, and stops
//! gracefully on SIGTERM (what a service manager sends), exit code 0.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Command, Stdio};

fn http(addr: &str, request: &str) -> String {
    let mut s = std::net::TcpStream::connect(addr).unwrap();
    s.write_all(request.as_bytes()).unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

#[test]
fn serve_prints_its_address_answers_and_stops_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_parcours-server"))
        .args([
            "serve",
            "--demo",
            "--listen",
            "127.0.0.1:0",
            "--database-url",
        ])
        .arg(format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("s.db").display()
        ))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut line)
        .unwrap();
    let addr = line
        .strip_prefix("Listening on http://")
        .and_then(|l| l.strip_suffix("/\n"))
        .unwrap_or_else(|| panic!("first line: {line:?}"))
        .to_owned();
    let health = http(
        &addr,
        "GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(
        health.starts_with("HTTP/1.1 200") && health.contains("\"status\":\"ok\""),
        "{health}"
    );
    let doc = http(
        &addr,
        "GET /openapi.json HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
    );
    assert!(doc.contains("\"openapi\":\"3.1.0\""), "{doc}");
    let key = parcours_core::crypto::hex(&[7u8; 32]);
    let body = format!(r#"{{"invitation_code":"demo-parc-ours","device_key":"{key}"}}"#);
    let enroll = http(
        &addr,
        &format!(
            "POST /v1/enroll HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
            body.len()
        ),
    );
    assert!(enroll.starts_with("HTTP/1.1 200"), "{enroll}");
    assert!(enroll.contains("\"person_id\":\"nadia\""), "{enroll}");

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    let exit = loop {
        if let Some(s) = child.try_wait().unwrap() {
            break s;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still running 10 s after SIGTERM"
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert!(exit.success(), "{exit:?}");
    let mut logs = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut logs)
        .unwrap();
    assert!(
        logs.contains("shutting down") && logs.contains("stopped"),
        "{logs}"
    );
    assert!(
        !logs.contains("nadia") && !logs.contains("Belkacem"),
        "{logs}"
    );
}
