//! Export in one request: the ZIP holds every document as it was added, the
//! dossier and the audit trail; its signed manifest verifies, and every kind
//! of alteration is caught.

use std::io::{Read, Write};

use parcours_core::demo;
use parcours_core::device_key::DeviceKey;
use parcours_core::document::Category;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::export::{self, ExportError};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::{Safe, SafeError};

fn now() -> chrono::DateTime<chrono::Utc> {
    demo::fixed_now()
}

fn exported(dir: &std::path::Path) -> (std::path::PathBuf, Vec<u8>) {
    let ks = Keystore::mock("export");
    let (mut safe, _code) =
        Safe::init(&dir.join("safe"), ks.clone(), KdfParams::MIN, now()).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    let pdf: Vec<u8> = b"%PDF-1.7 "
        .iter()
        .copied()
        .chain((0..100_000u32).map(|i| i as u8))
        .collect();
    for title in ["Titre de séjour", "../../etc/passwd", "Titre de séjour"] {
        safe.add_document(
            NewDocument {
                title: title.into(),
                category: Category::ResidencePermit,
                issued: None,
                expires: chrono::NaiveDate::from_ymd_opt(2026, 6, 1),
            },
            vec![PageSource {
                media_type: "application/pdf".into(),
                content: Box::new(std::io::Cursor::new(pdf.clone())),
            }],
            now(),
        )
        .unwrap();
    }
    let device = DeviceKey::load_or_create(&ks).unwrap();
    let zip = dir.join("export.zip");
    let check = safe
        .export(
            &zip,
            &device,
            &Localizer::new(Lang::Fr),
            demo::TIME_ZONE,
            now(),
        )
        .unwrap();
    assert_eq!(check.documents, 3);
    assert_eq!(check.files, 7);
    (zip, pdf)
}

fn entries(zip: &std::path::Path) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let name = f.name().unwrap().into_owned();
            let mut v = Vec::new();
            f.read_to_end(&mut v).unwrap();
            (name, v)
        })
        .collect()
}

#[test]
fn the_export_holds_everything_and_verifies() {
    let dir = tempfile::tempdir().unwrap();
    let (zip, pdf) = exported(dir.path());
    assert!(export::verify_export(&zip).is_ok());
    let all = entries(&zip);
    let names: Vec<&str> = all.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"documents/residence-permit/Titre de séjour.pdf"),
        "{names:?}"
    );
    assert!(
        names.contains(&"documents/residence-permit/etc_passwd.pdf"),
        "{names:?}"
    );
    assert_eq!(
        names.iter().filter(|n| n.starts_with("documents/")).count(),
        3
    );
    for (name, content) in &all {
        if name.starts_with("documents/") {
            assert_eq!(content, &pdf, "{name}");
        }
    }
    let audit = &all.iter().find(|(n, _)| n == "audit.txt").unwrap().1;
    let audit = String::from_utf8(audit.clone()).unwrap();
    assert!(
        audit.contains("vous avez exporté tous vos papiers"),
        "{audit}"
    );
    let dossier = &all.iter().find(|(n, _)| n == "dossier.json").unwrap().1;
    assert!(String::from_utf8_lossy(dossier).contains("Belkacem"));
}

fn rewrite(
    zip: &std::path::Path,
    out: &std::path::Path,
    f: impl Fn(&str, Vec<u8>) -> Option<(String, Vec<u8>)>,
    extra: Option<(&str, &[u8])>,
) {
    let mut w = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    let options =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for (name, content) in entries(zip) {
        if let Some((name, content)) = f(&name, content) {
            w.start_file(name.as_str(), options).unwrap();
            w.write_all(&content).unwrap();
        }
    }
    if let Some((name, content)) = extra {
        w.start_file(name, options).unwrap();
        w.write_all(content).unwrap();
    }
    w.finish().unwrap();
}

#[test]
fn every_alteration_is_caught() {
    let dir = tempfile::tempdir().unwrap();
    let (zip, _) = exported(dir.path());
    let bad = dir.path().join("bad.zip");
    let check = |expected: &dyn Fn(&SafeError) -> bool| {
        let err = export::verify_export(&bad).unwrap_err();
        assert!(expected(&err), "{err:?}");
    };

    rewrite(
        &zip,
        &bad,
        |n, mut c| {
            if n.ends_with("passwd.pdf") {
                c[500] ^= 1;
            }
            Some((n.into(), c))
        },
        None,
    );
    check(&|e| matches!(e, SafeError::Export(ExportError::Mismatch(_))));

    rewrite(
        &zip,
        &bad,
        |n, c| (!n.ends_with("passwd.pdf")).then(|| (n.into(), c)),
        None,
    );
    check(&|e| matches!(e, SafeError::Export(ExportError::Missing(_))));

    rewrite(
        &zip,
        &bad,
        |n, c| {
            let c = if n == "manifest.json" {
                String::from_utf8(c)
                    .unwrap()
                    .replace("Titre", "Titra")
                    .into_bytes()
            } else {
                c
            };
            Some((n.into(), c))
        },
        None,
    );
    check(&|e| matches!(e, SafeError::Export(ExportError::BadSignature)));

    rewrite(
        &zip,
        &bad,
        |n, c| Some((n.into(), c)),
        Some(("extra.exe", b"MZ")),
    );
    check(&|e| matches!(e, SafeError::Export(ExportError::Unlisted(_))));

    rewrite(
        &zip,
        &bad,
        |n, c| Some((n.into(), c)),
        Some(("../evil.txt", b"x")),
    );
    check(&|e| matches!(e, SafeError::Export(ExportError::UnsafeName(_))));

    std::fs::write(&bad, b"PK not really").unwrap();
    check(&|e| matches!(e, SafeError::Export(ExportError::NotAnExport(_))));
}
