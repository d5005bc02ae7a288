//! Backups: create, check with and without the code, restore on a "new
//! phone", and refuse every damaged or forged backup without leaving
//! anything behind.

use parcours_core::demo;
use parcours_core::document::Category;
use parcours_core::keystore::Keystore;
use parcours_core::safe::backup::{self, BackupCheck};
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{Safe, SafeError};

fn now() -> chrono::DateTime<chrono::Utc> {
    demo::fixed_now()
}

fn content(n: usize, seed: u8) -> Vec<u8> {
    (0..n)
        .map(|i| (i as u8).wrapping_mul(31).wrapping_add(seed))
        .collect()
}

/// A safe with the demo dossier (8 documents known by their metadata only)
/// and three documents with content (one of two pages).
fn filled_safe(dir: &std::path::Path) -> (Safe, RecoveryCode) {
    let (mut safe, code) = Safe::init(dir, Keystore::mock("phone"), KdfParams::MIN, now()).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    let doc = |title: &str| NewDocument {
        title: title.to_owned(),
        category: Category::Payslip,
        issued: None,
        expires: None,
    };
    let page = |bytes: Vec<u8>| PageSource {
        media_type: "application/pdf".into(),
        content: Box::new(std::io::Cursor::new(bytes)),
    };
    safe.add_document(doc("Fiche de paie"), vec![page(content(70_000, 1))], now())
        .unwrap();
    safe.add_document(
        doc("Bail"),
        vec![page(content(10, 2)), page(content(200_000, 3))],
        now(),
    )
    .unwrap();
    safe.add_document(doc("Vide"), vec![page(Vec::new())], now())
        .unwrap();
    (safe, code)
}

#[test]
fn a_backup_restores_everything_on_a_new_phone() {
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, code) = filled_safe(&dir.path().join("safe"));
    let file = dir.path().join("safe.pcbak");
    safe.create_backup(&file, now()).unwrap();

    assert!(matches!(
        backup::verify_backup(&file, None).unwrap(),
        BackupCheck::StructureOnly { .. }
    ));
    assert_eq!(
        backup::verify_backup(&file, Some(&code)).unwrap(),
        BackupCheck::Authentic {
            documents: 11,
            pages: 4
        }
    );

    let out = dir.path().join("new-phone");
    let mut restored =
        backup::restore_backup(&file, &out, Keystore::mock("new-phone"), &code, now()).unwrap();
    assert_eq!(
        restored.store().load_dossier().unwrap(),
        safe.store().load_dossier().unwrap()
    );
    let docs = restored.documents().unwrap();
    assert_eq!(docs, safe.documents().unwrap());
    let bail = docs
        .iter()
        .find(|d| d.title() == "Bail")
        .unwrap()
        .id
        .clone();
    assert_eq!(
        restored.read_page(&bail, 2, now()).unwrap(),
        content(200_000, 3)
    );
    let trail = restored.store().audit_trail().unwrap();
    let events: Vec<_> = trail.iter().map(|e| e.body().unwrap().event).collect();
    assert_eq!(
        events[events.len() - 2..],
        [
            parcours_core::audit::AuditEvent::Restored,
            parcours_core::audit::AuditEvent::DocumentOpened {
                title: "Bail".into()
            }
        ]
    );
    // The backup itself is in the trail of the original.
    assert!(
        safe.store()
            .audit_trail()
            .unwrap()
            .iter()
            .any(|e| e.body().unwrap().event == parcours_core::audit::AuditEvent::BackupCreated)
    );
}

#[test]
fn nothing_is_in_clear_in_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, _code) = filled_safe(&dir.path().join("safe"));
    let file = dir.path().join("b.pcbak");
    safe.create_backup(&file, now()).unwrap();
    let bytes = std::fs::read(&file).unwrap();
    for canary in [
        &b"Belkacem"[..],
        b"Fiche de paie",
        b"SQLite format",
        b"documents/",
        b"parcours.db",
    ] {
        assert!(
            !bytes.windows(canary.len()).any(|w| w == canary),
            "{:?}",
            String::from_utf8_lossy(canary)
        );
    }
}

#[test]
fn a_wrong_code_or_a_non_empty_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, _code) = filled_safe(&dir.path().join("safe"));
    let file = dir.path().join("b.pcbak");
    safe.create_backup(&file, now()).unwrap();
    let wrong = RecoveryCode::generate();
    assert_eq!(
        backup::verify_backup(&file, Some(&wrong)).unwrap_err(),
        SafeError::WrongCode
    );
    let out = dir.path().join("out");
    assert_eq!(
        backup::restore_backup(&file, &out, Keystore::mock("x"), &wrong, now()).unwrap_err(),
        SafeError::WrongCode
    );
    assert!(!out.exists());
    std::fs::create_dir_all(&out).unwrap();
    std::fs::write(out.join("keep.txt"), b"mine").unwrap();
    assert_eq!(
        backup::restore_backup(
            &file,
            &out,
            Keystore::mock("x"),
            &RecoveryCode::generate(),
            now()
        )
        .unwrap_err(),
        SafeError::OutputNotEmpty
    );
    assert_eq!(std::fs::read(out.join("keep.txt")).unwrap(), b"mine");
}

#[test]
fn every_damaged_backup_is_refused_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut safe, code) = filled_safe(&dir.path().join("safe"));
    let file = dir.path().join("b.pcbak");
    safe.create_backup(&file, now()).unwrap();
    let good = std::fs::read(&file).unwrap();
    let len = good.len();
    let chunk = 65536 + 16;
    let header = 9 + 95;
    // Positions: magic, version, KDF parameters, salt, wrapped key, inner
    // header, first chunk, a chunk boundary, the last byte.
    let flips = [
        0,
        8,
        12,
        20,
        60,
        header + 3,
        header + 40,
        header + 100,
        header + 81 + chunk,
        len - 1,
    ];
    let damaged = dir.path().join("damaged.pcbak");
    for &at in &flips {
        let mut t = good.clone();
        t[at] ^= 0x20;
        std::fs::write(&damaged, &t).unwrap();
        let out = dir.path().join(format!("out-{at}"));
        assert!(
            backup::restore_backup(&damaged, &out, Keystore::mock("x"), &code, now()).is_err(),
            "flip at {at} restored"
        );
        assert!(!out.exists(), "flip at {at} left files");
        assert!(
            backup::verify_backup(&damaged, Some(&code)).is_err(),
            "flip at {at} verified"
        );
    }
    for cut in [5, header, header + 81, header + 81 + chunk, len - 1] {
        std::fs::write(&damaged, &good[..cut]).unwrap();
        let out = dir.path().join(format!("cut-{cut}"));
        assert!(
            backup::restore_backup(&damaged, &out, Keystore::mock("x"), &code, now()).is_err(),
            "cut at {cut}"
        );
        assert!(!out.exists());
    }
    // Appended bytes.
    let mut longer = good.clone();
    longer.extend_from_slice(b"more");
    std::fs::write(&damaged, &longer).unwrap();
    assert!(backup::verify_backup(&damaged, Some(&code)).is_err());
    // Without the code, only the structure is checked: a cut inside the
    // headers is seen (a cut inside the content needs the code).
    for cut in [5, 50, header + 20] {
        std::fs::write(&damaged, &good[..cut]).unwrap();
        assert!(
            backup::verify_backup(&damaged, None).is_err(),
            "cut at {cut}"
        );
    }
}
