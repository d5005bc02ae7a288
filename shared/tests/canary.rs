//! Canary secrets (a document's text, a PIN, a recovery code, a message
//! body, a person's name) never appear in clear in the safe's files, in a
//! backup, or in any error message or debug output produced along a full
//! run of the safe's operations, failures included.

use parcours_core::demo;
use parcours_core::document::Category;
use parcours_core::id::{ContactId, MessageId};
use parcours_core::keystore::Keystore;
use parcours_core::message::Message;
use parcours_core::safe::backup;
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::Pin;
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};

const DOCUMENT_TEXT: &str = "CANARY-DOCUMENT-91bc-jugement-aux-affaires-familiales";
const MESSAGE_BODY: &str = "CANARY-MESSAGE-7f3a je suis au foyer rue des Lilas";
const PIN: &str = "739104826153";
const NAME: &str = "Belkacem";

fn files_under(dir: &std::path::Path, out: &mut Vec<(String, Vec<u8>)>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push((p.display().to_string(), std::fs::read(&p).unwrap()));
        }
    }
}

fn contains(hay: &[u8], needle: &str) -> bool {
    hay.windows(needle.len()).any(|w| w == needle.as_bytes())
}

#[test]
fn canaries_never_leak() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("safe");
    let now = demo::fixed_now();
    let ks = Keystore::mock("canary");
    let mut texts: Vec<String> = Vec::new();
    fn note(texts: &mut Vec<String>, r: Result<(), SafeError>) {
        if let Err(e) = r {
            texts.push(format!("{e} {e:?}"));
        }
    }

    let (mut safe, code) = Safe::init(&dir, ks.clone(), KdfParams::MIN, now).unwrap();
    let code_text = code.display();
    texts.push(format!("{safe:?} {code:?}"));
    let mut dossier = demo::dossier(now);
    dossier.messages.push(
        Message::incoming(
            MessageId::random(),
            ContactId::parse("referent").unwrap(),
            MESSAGE_BODY,
            vec![],
            now,
        )
        .unwrap(),
    );
    safe.store_mut().save_dossier(&dossier, now).unwrap();
    let meta = safe
        .add_document(
            NewDocument {
                title: "Jugement".into(),
                category: Category::Justice,
                issued: None,
                expires: None,
            },
            vec![PageSource {
                media_type: "application/pdf".into(),
                content: Box::new(std::io::Cursor::new(DOCUMENT_TEXT.as_bytes().to_vec())),
            }],
            now,
        )
        .unwrap();
    let pin = Pin::parse(PIN).unwrap();
    texts.push(format!("{pin:?}"));
    safe.set_pin(&pin, KdfParams::MIN, now).unwrap();
    let backup_file = tmp.path().join("b.pcbak");
    safe.create_backup(&backup_file, now).unwrap();
    drop(safe);

    // Failures along the way: wrong PIN, wrong code, damaged page, bad input.
    note(
        &mut texts,
        Safe::open_with_pin(&dir, ks.clone(), &Pin::parse("000000000000").unwrap(), now)
            .map(|_| ()),
    );
    note(&mut texts, Safe::open(&dir, ks.clone()).map(|_| ()));
    note(
        &mut texts,
        Safe::unlock_with_code(&dir, Keystore::mock("x"), &RecoveryCode::generate(), now)
            .map(|_| ()),
    );
    note(
        &mut texts,
        RecoveryCode::parse(&code_text[..20])
            .map(|_| ())
            .map_err(SafeError::from),
    );
    let mut damaged = code_text.clone().into_bytes();
    damaged[0] = if damaged[0] == b'A' { b'B' } else { b'A' };
    note(
        &mut texts,
        RecoveryCode::parse(std::str::from_utf8(&damaged).unwrap())
            .map(|_| ())
            .map_err(SafeError::from),
    );
    let mut safe =
        Safe::open_with_pin(&dir, ks.clone(), &pin, now + chrono::Duration::hours(2)).unwrap();
    let page = std::fs::read_dir(dir.join("documents"))
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let good = std::fs::read(&page).unwrap();
    let mut bad = good.clone();
    let last = bad.len() - 1;
    bad[last] ^= 1;
    std::fs::write(&page, &bad).unwrap();
    note(&mut texts, safe.read_page(&meta.id, 1, now).map(|_| ()));
    std::fs::write(&page, &good).unwrap();
    let read = safe.read_page(&meta.id, 1, now).unwrap();
    assert_eq!(
        read,
        DOCUMENT_TEXT.as_bytes(),
        "the canary is really in the safe"
    );
    note(
        &mut texts,
        backup::restore_backup(
            &backup_file,
            &tmp.path().join("r1"),
            Keystore::mock("y"),
            &RecoveryCode::generate(),
            now,
        )
        .map(|_| ()),
    );
    let restored = backup::restore_backup(
        &backup_file,
        &tmp.path().join("r2"),
        Keystore::mock("z"),
        &code,
        now,
    )
    .unwrap();
    texts.push(format!("{restored:?}"));
    assert!(texts.len() >= 7, "the failures were produced");

    let canaries = [
        DOCUMENT_TEXT,
        MESSAGE_BODY,
        PIN,
        NAME,
        code_text.as_str(),
        &code_text.replace('-', ""),
    ];
    for t in &texts {
        for c in canaries {
            assert!(
                !t.contains(c),
                "a message or debug output holds a secret: {t}"
            );
        }
    }
    let mut files = Vec::new();
    files_under(tmp.path(), &mut files);
    assert!(files.len() >= 8, "{} files", files.len());
    for (name, bytes) in &files {
        for c in canaries {
            assert!(!contains(bytes, c), "{name} holds a secret in clear");
        }
    }
}
