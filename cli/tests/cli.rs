//! The `parcours` tool end to end, as a person at a digital-inclusion desk
//! would use it: init, add, list, export, backup, verify, restore, and the
//! documented exit codes for bad input. The test process joins its own
//! session keyring first, so the tool's key cache (the kernel keystore)
//! lasts across the commands, as in a login session.

use std::path::Path;
use std::process::{Command, Output};

fn parcours(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_parcours"))
        .args(args)
        .output()
        .expect("the tool runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn p(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn setup() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    #[cfg(target_os = "linux")]
    parcours_core::keystore::join_session_keyring().unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let safe = tmp.path().join("safe");
    let code = tmp.path().join("code.txt");
    let out = parcours(&["safe", "init", p(&safe), "--recovery-code-file", p(&code)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Votre code de secours est dans le fichier"));
    (tmp, safe, code)
}

#[test]
fn a_whole_session_at_the_desk() {
    let (tmp, safe, code) = setup();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            std::fs::metadata(&code).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    let typed = std::fs::read_to_string(&code).unwrap();
    assert_eq!(typed.trim().len(), 34);

    let pdf = tmp.path().join("attestation.pdf");
    std::fs::write(&pdf, b"%PDF-1.7 attestation CAF").unwrap();
    let out = parcours(&[
        "safe",
        "add",
        p(&safe),
        p(&pdf),
        "--title",
        "Attestation CAF",
        "--category",
        "caf",
        "--expires",
        "2026-05-31",
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("«\u{a0}Attestation CAF\u{a0}» est dans le coffre-fort (1 page)."),
        "{}",
        text(&out)
    );

    let out = parcours(&["safe", "list", p(&safe), "--json"]);
    assert!(out.status.success(), "{}", text(&out));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["title"], "Attestation CAF");
    assert_eq!(list[0]["category"], "caf");
    let out = parcours(&["--lang", "en", "safe", "list", p(&safe)]);
    assert!(text(&out).contains("Attestation CAF (Family benefits office (CAF) papers, 1 page), expires on Sunday 31 May 2026"), "{}", text(&out));

    let zip = tmp.path().join("export.zip");
    let out = parcours(&["safe", "export", p(&safe), p(&zip)]);
    assert!(out.status.success(), "{}", text(&out));
    let out = parcours(&["export", "verify", p(&zip)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("L'export est complet et signé\u{a0}: 1 papiers"),
        "{}",
        text(&out)
    );

    let backup = tmp.path().join("safe.pcbak");
    let out = parcours(&["backup", "create", p(&safe), p(&backup)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        !text(&out).contains(typed.trim()),
        "the code is never printed"
    );

    let out = parcours(&["backup", "verify", p(&backup)]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("sans le code de secours, son contenu n'a pas été vérifié"),
        "{}",
        text(&out)
    );
    let out = parcours(&[
        "backup",
        "verify",
        p(&backup),
        "--recovery-code-file",
        p(&code),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(
        text(&out).contains("complète et authentique\u{a0}: 1 papiers, 1 pages"),
        "{}",
        text(&out)
    );

    let restored = tmp.path().join("restored");
    let out = parcours(&[
        "backup",
        "open",
        p(&backup),
        "--out",
        p(&restored),
        "--recovery-code-file",
        p(&code),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    let out = parcours(&[
        "safe",
        "list",
        p(&restored),
        "--json",
        "--recovery-code-file",
        p(&code),
    ]);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains("Attestation CAF"));
}

#[test]
fn bad_input_gets_a_clear_message_and_its_exit_code() {
    let (tmp, safe, code) = setup();
    let backup = tmp.path().join("b.pcbak");
    assert!(
        parcours(&["backup", "create", p(&safe), p(&backup)])
            .status
            .success()
    );

    // 3: a wrong code, or a mistyped one.
    let wrong = tmp.path().join("wrong.txt");
    std::fs::write(
        &wrong,
        parcours_core::safe::recovery::RecoveryCode::generate().display(),
    )
    .unwrap();
    let out = parcours(&[
        "backup",
        "open",
        p(&backup),
        "--out",
        p(&tmp.path().join("x")),
        "--recovery-code-file",
        p(&wrong),
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("Ce code de secours n'ouvre pas ce coffre-fort"));
    let typo = tmp.path().join("typo.txt");
    let mut t = std::fs::read_to_string(&code).unwrap().into_bytes();
    t[0] = if t[0] == b'A' { b'B' } else { b'A' };
    std::fs::write(&typo, &t).unwrap();
    let out = parcours(&[
        "backup",
        "verify",
        p(&backup),
        "--recovery-code-file",
        p(&typo),
    ]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(text(&out).contains("faute de frappe"), "{}", text(&out));

    // 4: a damaged backup.
    let mut bytes = std::fs::read(&backup).unwrap();
    let at = bytes.len() - 40;
    bytes[at] ^= 1;
    let damaged = tmp.path().join("damaged.pcbak");
    std::fs::write(&damaged, &bytes).unwrap();
    let out = parcours(&[
        "backup",
        "verify",
        p(&damaged),
        "--recovery-code-file",
        p(&code),
    ]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out));

    // 2: usage — a non-empty destination, a bad date, an unknown category.
    let full = tmp.path().join("full");
    std::fs::create_dir_all(&full).unwrap();
    std::fs::write(full.join("mine.txt"), b"x").unwrap();
    let out = parcours(&[
        "backup",
        "open",
        p(&backup),
        "--out",
        p(&full),
        "--recovery-code-file",
        p(&code),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let pdf = tmp.path().join("a.pdf");
    std::fs::write(&pdf, b"%PDF").unwrap();
    let out = parcours(&[
        "safe",
        "add",
        p(&safe),
        p(&pdf),
        "--title",
        "A",
        "--expires",
        "31/05/2026",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("2026-03-31"));
    let out = parcours(&[
        "safe",
        "add",
        p(&safe),
        p(&pdf),
        "--title",
        "A",
        "--category",
        "nope",
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    let out = parcours(&["safe", "list"]);
    assert_eq!(out.status.code(), Some(2));

    // 5: a file that cannot be read.
    let out = parcours(&[
        "safe",
        "add",
        p(&safe),
        p(&tmp.path().join("missing.pdf")),
        "--title",
        "A",
    ]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out));

    // No code and no terminal: a clear message, not a hang.
    let out = parcours(&[
        "backup",
        "open",
        p(&backup),
        "--out",
        p(&tmp.path().join("y")),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("Il faut le code de secours"));
}
