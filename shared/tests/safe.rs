//! The document safe: init, add, open, edit, delete, recovery code, damage,
//! and a full disk during an import.

use parcours_core::demo;
use parcours_core::document::Category;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{DOCUMENTS_DIR, KEY_FILE, Safe, SafeError};
use parcours_core::store::{ROOT_KEY_ENTRY, StoreError};

fn now() -> chrono::DateTime<chrono::Utc> {
    demo::fixed_now()
}

fn new_safe(dir: &std::path::Path) -> (Keystore, Safe, RecoveryCode) {
    let ks = Keystore::mock("safe");
    let (safe, code) = Safe::init(dir, ks.clone(), KdfParams::MIN, now()).unwrap();
    (ks, safe, code)
}

fn pdf(len: usize) -> Vec<u8> {
    let mut v = b"%PDF-1.7\n".to_vec();
    v.extend((0..len).map(|i| (i * 7 % 251) as u8));
    v
}

fn page(media_type: &str, bytes: &[u8]) -> PageSource<'static> {
    PageSource {
        media_type: media_type.to_owned(),
        content: Box::new(std::io::Cursor::new(bytes.to_vec())),
    }
}

fn new_doc(title: &str) -> NewDocument {
    NewDocument {
        title: title.to_owned(),
        category: Category::Caf,
        issued: None,
        expires: chrono::NaiveDate::from_ymd_opt(2026, 5, 1),
    }
}

#[test]
fn add_open_edit_delete() {
    let dir = tempfile::tempdir().unwrap();
    let (_ks, mut safe, _code) = new_safe(dir.path());
    let one = pdf(200_000);
    let two = pdf(10);
    let meta = safe
        .add_document(
            new_doc("Attestation CAF"),
            vec![page("application/pdf", &one), page("application/pdf", &two)],
            now(),
        )
        .unwrap();
    assert_eq!(meta.pages.len(), 2);
    assert_eq!(meta.pages[0].size, one.len() as u64);
    assert_eq!(safe.read_page(&meta.id, 1, now()).unwrap(), one);
    assert_eq!(safe.read_page(&meta.id, 2, now()).unwrap(), two);
    assert_eq!(
        safe.read_page(&meta.id, 3, now()).unwrap_err(),
        SafeError::NoSuchDocument
    );

    // Nothing of the content is on disk in clear.
    for entry in std::fs::read_dir(dir.path().join(DOCUMENTS_DIR)).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        assert!(!bytes.windows(8).any(|w| w == b"%PDF-1.7"));
    }

    let out = dir.path().join("copy.pdf");
    safe.save_page_as(&meta.id, 1, &out, now()).unwrap();
    assert_eq!(std::fs::read(&out).unwrap(), one);

    safe.rename_document(&meta.id, "Attestation CAF de mars", now())
        .unwrap();
    safe.update_document(&meta.id, Category::Tax, None, None, now())
        .unwrap();
    let changed = safe.document(&meta.id).unwrap();
    assert_eq!(changed.title(), "Attestation CAF de mars");
    assert_eq!(changed.category, Category::Tax);

    safe.delete_document(&meta.id, now()).unwrap();
    assert_eq!(safe.documents().unwrap(), vec![]);
    assert_eq!(
        std::fs::read_dir(dir.path().join(DOCUMENTS_DIR))
            .unwrap()
            .count(),
        0
    );

    let fr = Localizer::new(Lang::Fr);
    let trail: Vec<String> = safe
        .store()
        .audit_trail()
        .unwrap()
        .iter()
        .map(|e| e.describe(&fr, demo::TIME_ZONE))
        .collect();
    assert_eq!(
        trail[1..],
        [
            "Le lundi 2 mars 2026, vous avez ajouté «\u{a0}Attestation CAF\u{a0}» dans votre coffre-fort.",
            "Le lundi 2 mars 2026, vous avez ouvert «\u{a0}Attestation CAF\u{a0}».",
            "Le lundi 2 mars 2026, vous avez ouvert «\u{a0}Attestation CAF\u{a0}».",
            "Le lundi 2 mars 2026, vous avez ouvert «\u{a0}Attestation CAF\u{a0}».",
            "Le lundi 2 mars 2026, vous avez renommé «\u{a0}Attestation CAF\u{a0}» en «\u{a0}Attestation CAF de mars\u{a0}».",
            "Le lundi 2 mars 2026, vous avez changé la catégorie ou les dates de «\u{a0}Attestation CAF de mars\u{a0}».",
            "Le lundi 2 mars 2026, vous avez supprimé «\u{a0}Attestation CAF de mars\u{a0}».",
        ]
    );
}

#[test]
fn photos_lose_their_gps_data_before_they_are_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (_ks, mut safe, _code) = new_safe(dir.path());
    let jpeg = {
        // A minimal JPEG with an EXIF segment holding GPS coordinates.
        let seg = |m: u8, b: &[u8]| {
            let mut s = vec![0xFF, m];
            s.extend_from_slice(&((b.len() + 2) as u16).to_be_bytes());
            s.extend_from_slice(b);
            s
        };
        let mut j = vec![0xFF, 0xD8];
        j.extend(seg(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        j.extend(seg(0xE1, b"Exif\0\0GPSLatitude 50.6292N"));
        j.extend(seg(0xDA, b"\x01\x01\x00\x00\x3f\x00"));
        j.extend_from_slice(&[1, 2, 3, 0xFF, 0xD9]);
        j
    };
    let meta = safe
        .add_document(new_doc("Photo"), vec![page("image/jpeg", &jpeg)], now())
        .unwrap();
    let stored = safe.read_page(&meta.id, 1, now()).unwrap();
    assert!(!stored.windows(11).any(|w| w == b"GPSLatitude"));
    assert!(stored.ends_with(&[1, 2, 3, 0xFF, 0xD9]));
    assert_eq!(
        safe.add_document(
            new_doc("Broken photo"),
            vec![page("image/jpeg", b"nope")],
            now()
        )
        .unwrap_err(),
        SafeError::UnreadablePhoto
    );
    assert_eq!(safe.documents().unwrap().len(), 1);
}

#[test]
fn the_recovery_code_opens_the_safe_when_the_keystore_forgot_the_key() {
    let dir = tempfile::tempdir().unwrap();
    let (ks, mut safe, code) = new_safe(dir.path());
    let meta = safe
        .add_document(
            new_doc("Passeport"),
            vec![page("application/pdf", &pdf(5000))],
            now(),
        )
        .unwrap();
    drop(safe);

    // A new phone: an empty keystore.
    let fresh = Keystore::mock("new-phone");
    assert_eq!(
        Safe::open(dir.path(), fresh.clone()).unwrap_err(),
        SafeError::Store(StoreError::KeyMissing)
    );
    let wrong = RecoveryCode::generate();
    assert_eq!(
        Safe::unlock_with_code(dir.path(), fresh.clone(), &wrong, now()).unwrap_err(),
        SafeError::WrongCode
    );
    let typed = code.display().to_lowercase();
    let mut safe = Safe::unlock_with_code(
        dir.path(),
        fresh.clone(),
        &RecoveryCode::parse(&typed).unwrap(),
        now(),
    )
    .unwrap();
    assert_eq!(safe.read_page(&meta.id, 1, now()).unwrap(), pdf(5000));
    assert!(safe.store().audit_trail().is_ok());
    drop(safe);
    // Then daily use needs no code.
    assert!(Safe::open(dir.path(), fresh).is_ok());
    // The old keystore still works too.
    ks.delete(ROOT_KEY_ENTRY).unwrap();
    assert!(Safe::open(dir.path(), ks).is_err());
}

#[test]
fn a_damaged_or_swapped_page_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (_ks, mut safe, _code) = new_safe(dir.path());
    let a = safe
        .add_document(
            new_doc("A"),
            vec![page("application/pdf", &pdf(100))],
            now(),
        )
        .unwrap();
    let b = safe
        .add_document(
            new_doc("B"),
            vec![page("application/pdf", &pdf(100))],
            now(),
        )
        .unwrap();
    let docs = dir.path().join(DOCUMENTS_DIR);
    let pa = docs.join(format!("{}-1.pcd", a.id));
    let pb = docs.join(format!("{}-1.pcd", b.id));
    let original_a = std::fs::read(&pa).unwrap();
    // B's file put in A's place.
    std::fs::copy(&pb, &pa).unwrap();
    assert!(matches!(
        safe.read_page(&a.id, 1, now()).unwrap_err(),
        SafeError::DocumentFile(_)
    ));
    // A flipped bit.
    let mut flipped = original_a.clone();
    let last = flipped.len() - 3;
    flipped[last] ^= 4;
    std::fs::write(&pa, &flipped).unwrap();
    assert!(matches!(
        safe.read_page(&a.id, 1, now()).unwrap_err(),
        SafeError::DocumentFile(_)
    ));
    // Nothing was deleted, and the intact file opens again once put back.
    std::fs::write(&pa, &original_a).unwrap();
    assert_eq!(safe.read_page(&a.id, 1, now()).unwrap(), pdf(100));
    // An opened copy is never left behind on failure.
    std::fs::write(&pa, &flipped).unwrap();
    let out = dir.path().join("out.pdf");
    assert!(safe.save_page_as(&a.id, 1, &out, now()).is_err());
    assert!(!out.exists());
    assert!(!dir.path().join("out.parcours-tmp").exists());
}

#[test]
fn leftovers_of_an_interrupted_import_are_swept() {
    let dir = tempfile::tempdir().unwrap();
    let (ks, safe, _code) = new_safe(dir.path());
    drop(safe);
    let docs = dir.path().join(DOCUMENTS_DIR);
    std::fs::write(docs.join("0123-1.tmp"), b"half").unwrap();
    std::fs::write(docs.join("0123-1.pcd"), b"orphan").unwrap();
    let _safe = Safe::open(dir.path(), ks).unwrap();
    assert_eq!(std::fs::read_dir(&docs).unwrap().count(), 0);
}

/// A full disk during an import: the safe stays as it was and says so.
/// Needs to mount a small tmpfs (root, as in CI); says so when it cannot.
#[cfg(target_os = "linux")]
#[test]
fn a_full_disk_during_an_import_changes_nothing() {
    let mount = tempfile::tempdir().unwrap();
    let ok = std::process::Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
        .arg(mount.path())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("SKIPPED: cannot mount a small tmpfs here (needs root)");
        return;
    }
    struct Unmount<'a>(&'a std::path::Path);
    impl Drop for Unmount<'_> {
        fn drop(&mut self) {
            let _ = std::process::Command::new("umount").arg(self.0).status();
        }
    }
    let _guard = Unmount(mount.path());
    let dir = mount.path().join("safe");
    let (ks, mut safe, _code) = new_safe(&dir);
    let small = safe
        .add_document(
            new_doc("Petit"),
            vec![page("application/pdf", &pdf(1000))],
            now(),
        )
        .unwrap();
    let trail_before = safe.store().audit_trail().unwrap().len();
    let err = safe
        .add_document(
            new_doc("Trop gros"),
            vec![page("application/pdf", &pdf(3 * 1024 * 1024))],
            now(),
        )
        .unwrap_err();
    assert_eq!(err, SafeError::DiskFull);
    assert_eq!(
        Localizer::new(Lang::Fr).explain(&err),
        "Le téléphone n'a plus de place. Rien n'a été perdu. Libérez de la place puis réessayez."
    );
    assert_eq!(safe.documents().unwrap(), vec![small.clone()]);
    assert_eq!(safe.store().audit_trail().unwrap().len(), trail_before);
    let left: Vec<_> = std::fs::read_dir(dir.join(DOCUMENTS_DIR))
        .unwrap()
        .collect();
    assert_eq!(left.len(), 1, "only the first document's file is left");
    drop(safe);
    let mut safe = Safe::open(&dir, ks).unwrap();
    assert_eq!(safe.read_page(&small.id, 1, now()).unwrap(), pdf(1000));
}

#[test]
fn every_safe_error_is_explained_in_every_language() {
    use parcours_core::i18n::Explain;
    use parcours_core::safe::recovery::CodeError;
    let errors = [
        SafeError::WrongCode,
        SafeError::Code(CodeError::Checksum),
        SafeError::Code(CodeError::Length),
        SafeError::Code(CodeError::Character),
        SafeError::Fingerprint,
        SafeError::NoSuchDocument,
        SafeError::UnreadablePhoto,
        SafeError::PhotoTooLarge,
        SafeError::NotASafe,
        SafeError::OutputNotEmpty,
        SafeError::DiskFull,
        SafeError::Io(String::new()),
    ];
    for lang in Lang::ALL {
        let loc = Localizer::new(lang);
        for e in &errors {
            assert!(loc.has(e.message_id()), "{lang}: {}", e.message_id());
        }
    }
    // A wrong code and a typing mistake are told apart from a damaged file.
    let fr = Localizer::new(Lang::Fr);
    assert_ne!(
        fr.explain(&SafeError::WrongCode),
        fr.explain(&SafeError::Fingerprint)
    );
    assert_ne!(
        fr.explain(&SafeError::WrongCode),
        fr.explain(&SafeError::Code(CodeError::Checksum))
    );
}

#[test]
fn a_page_sent_outside_is_recorded_as_sent_not_opened() {
    let dir = tempfile::tempdir().unwrap();
    let (_ks, mut safe, _code) = new_safe(dir.path());
    let meta = safe
        .add_document(
            new_doc("Avis d'impôt"),
            vec![page("application/pdf", &pdf(300))],
            now(),
        )
        .unwrap();
    assert_eq!(safe.page_for_sending(&meta.id, 1, now()).unwrap(), pdf(300));
    assert_eq!(
        safe.page_for_sending(&meta.id, 2, now()).unwrap_err(),
        SafeError::NoSuchDocument
    );
    let fr = Localizer::new(Lang::Fr);
    let trail: Vec<String> = safe
        .store()
        .audit_trail()
        .unwrap()
        .iter()
        .map(|e| e.describe(&fr, demo::TIME_ZONE))
        .collect();
    // One entry for the page that left; none for the page that does not exist.
    assert_eq!(
        trail.last().unwrap(),
        "Le lundi 2 mars 2026, vous avez envoyé «\u{a0}Avis d'impôt\u{a0}» hors de Parcours."
    );
    assert_eq!(trail.iter().filter(|t| t.contains("envoyé")).count(), 1);
    assert!(!trail.iter().any(|t| t.contains("ouvert")));
}

#[test]
fn a_new_recovery_code_opens_the_safe_and_the_old_one_no_longer_does() {
    let dir = tempfile::tempdir().unwrap();
    let (ks, mut safe, old) = new_safe(dir.path());
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    let before = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    let new = safe.new_recovery_code(now()).unwrap();
    assert_ne!(new, old);
    let after = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    // The same format and parameters, a fresh salt, nonce and wrapping.
    assert_eq!(after.len(), before.len());
    assert_eq!(after[..19], before[..19]);
    assert_ne!(after[19..], before[19..]);
    assert!(!dir.path().join(parcours_core::safe::NEW_KEY_FILE).exists());
    assert_eq!(safe.kdf().unwrap(), KdfParams::MIN);
    let trail = safe.store().audit_trail().unwrap();
    let last = trail.last().unwrap().body().unwrap().event;
    assert_eq!(last, parcours_core::audit::AuditEvent::RecoveryCodeChanged);
    drop(safe);

    // As on a new phone: a keystore that knows nothing.
    let fresh = || Keystore::mock("safe-new-code-other");
    assert_eq!(
        Safe::unlock_with_code(dir.path(), fresh(), &old, now()).unwrap_err(),
        SafeError::WrongCode
    );
    let again = Safe::unlock_with_code(dir.path(), fresh(), &new, now()).unwrap();
    assert_eq!(
        again
            .store()
            .load_dossier()
            .unwrap()
            .unwrap()
            .person
            .first_name(),
        "Nadia"
    );
    drop(again);
    // The daily key in this phone's keystore still opens it.
    assert!(Safe::open(dir.path(), ks).is_ok());
}

#[test]
fn a_new_recovery_code_that_cannot_be_written_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (_ks, mut safe, old) = new_safe(dir.path());
    let before = std::fs::read(dir.path().join(KEY_FILE)).unwrap();
    // A folder where the new key file would go: it cannot be created.
    std::fs::create_dir(dir.path().join(parcours_core::safe::NEW_KEY_FILE)).unwrap();
    let entries = safe.store().audit_trail().unwrap().len();
    assert!(safe.new_recovery_code(now()).is_err());
    assert_eq!(std::fs::read(dir.path().join(KEY_FILE)).unwrap(), before);
    assert_eq!(safe.store().audit_trail().unwrap().len(), entries);
    drop(safe);
    assert!(
        Safe::unlock_with_code(dir.path(), Keystore::mock("safe-new-code-x"), &old, now()).is_ok()
    );
}
