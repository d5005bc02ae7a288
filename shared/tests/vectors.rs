//! Pinned test vectors of every encrypted format of the safe: a document
//! file and a backup, made once and committed under `tests/vectors/`, that
//! must decrypt forever. `tests/vectors/decrypt_backup.py` decrypts the same
//! files with Python's `cryptography` and `argon2-cffi`, from
//! `docs/safe-format.md` alone.
//!
//! To make them again (only when a format version changes, keeping the old
//! ones): `cargo test -p parcours-core --test vectors -- --ignored`.

use std::path::{Path, PathBuf};

use parcours_core::crypto::{self, label};
use parcours_core::demo;
use parcours_core::document::Category;
use parcours_core::id::DocumentId;
use parcours_core::keystore::Keystore;
use parcours_core::safe::Safe;
use parcours_core::safe::backup;
use parcours_core::safe::document_file::{self, Aead};
use parcours_core::safe::documents::{NewDocument, PageSource};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::recovery::RecoveryCode;
use serde_json::{Value, json};

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

/// Content of the vectors' pages: deterministic, over several chunks.
fn page(n: usize, len: usize) -> Vec<u8> {
    (0..len).map(|i| ((i * (n + 7)) % 251) as u8).collect()
}

const DOC_TEXT: &[u8] = b"Attestation de paiement CAF - vecteur de test Parcours";

#[test]
#[ignore = "writes new vectors; run by hand only when a format version changes"]
fn generate_vectors() {
    let out = dir();
    std::fs::create_dir_all(&out).unwrap();
    // A document file under a known master key.
    let master: [u8; 32] = crypto::random_bytes();
    let wrap = crypto::derive_key(&master, label::DOC_WRAP);
    let id = DocumentId::parse("vector-doc-1").unwrap();
    let mut file = Vec::new();
    document_file::encrypt(&wrap, &id, Aead::ChaCha20Poly1305, 12, DOC_TEXT, &mut file).unwrap();
    std::fs::write(out.join("document.pcd"), &file).unwrap();

    // A backup of a safe with the demo dossier and two documents.
    let tmp = tempfile::tempdir().unwrap();
    let (mut safe, code) = Safe::init(
        &tmp.path().join("safe"),
        Keystore::mock("v"),
        KdfParams::MIN,
        demo::fixed_now(),
    )
    .unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(demo::fixed_now()), demo::fixed_now())
        .unwrap();
    let add = |safe: &mut Safe, title: &str, pages: Vec<Vec<u8>>| {
        let sources = pages
            .into_iter()
            .map(|p| PageSource {
                media_type: "application/pdf".into(),
                content: Box::new(std::io::Cursor::new(p)),
            })
            .collect();
        let new = NewDocument {
            title: title.into(),
            category: Category::Caf,
            issued: None,
            expires: None,
        };
        safe.add_document(new, sources, demo::fixed_now()).unwrap()
    };
    add(&mut safe, "Attestation CAF", vec![page(1, 100_000)]);
    add(
        &mut safe,
        "Bail en deux pages",
        vec![page(2, 10), page(3, 70_000)],
    );
    safe.create_backup(&out.join("backup.pcbak"), demo::fixed_now())
        .unwrap();

    let sha = |b: &[u8]| crypto::hex(ring::digest::digest(&ring::digest::SHA256, b).as_ref());
    let vectors = json!({
        "document": {
            "file": "document.pcd",
            "master_key": crypto::hex(&master),
            "file_id": id.as_str(),
            "plaintext": String::from_utf8(DOC_TEXT.to_vec()).unwrap(),
        },
        "backup": {
            "file": "backup.pcbak",
            "recovery_code": code.display(),
            "person_first_name": "Nadia",
            "documents": {
                "Attestation CAF": [sha(&page(1, 100_000))],
                "Bail en deux pages": [sha(&page(2, 10)), sha(&page(3, 70_000))],
            }
        }
    });
    std::fs::write(
        out.join("vectors.json"),
        serde_json::to_string_pretty(&vectors).unwrap() + "\n",
    )
    .unwrap();
}

fn vectors() -> Value {
    serde_json::from_slice(&std::fs::read(dir().join("vectors.json")).expect("committed vectors"))
        .unwrap()
}

#[test]
fn the_pinned_document_file_still_decrypts() {
    let v = &vectors()["document"];
    let master: [u8; 32] = crypto::unhex(v["master_key"].as_str().unwrap())
        .unwrap()
        .try_into()
        .unwrap();
    let wrap = crypto::derive_key(&master, label::DOC_WRAP);
    let file = std::fs::read(dir().join(v["file"].as_str().unwrap())).unwrap();
    let id = DocumentId::parse(v["file_id"].as_str().unwrap()).unwrap();
    let mut out = Vec::new();
    document_file::decrypt(&wrap, Some(&id), &file[..], &mut out).unwrap();
    assert_eq!(out, v["plaintext"].as_str().unwrap().as_bytes());
}

#[test]
fn the_pinned_backup_still_restores() {
    let v = &vectors()["backup"];
    let code = RecoveryCode::parse(v["recovery_code"].as_str().unwrap()).unwrap();
    let tmp = tempfile::tempdir().unwrap();
    let file = dir().join(v["file"].as_str().unwrap());
    let mut safe = backup::restore_backup(
        &file,
        &tmp.path().join("out"),
        Keystore::mock("r"),
        &code,
        demo::fixed_now(),
    )
    .unwrap();
    let dossier = safe.store().load_dossier().unwrap().unwrap();
    assert_eq!(
        dossier.person.first_name(),
        v["person_first_name"].as_str().unwrap()
    );
    let expected = v["documents"].as_object().unwrap();
    let mut checked = 0;
    for doc in safe.documents().unwrap() {
        let Some(pages) = expected.get(doc.title()) else {
            continue;
        };
        let pages = pages.as_array().unwrap();
        assert_eq!(doc.pages.len(), pages.len());
        for (i, sha) in pages.iter().enumerate() {
            let content = safe.read_page(&doc.id, i + 1, demo::fixed_now()).unwrap();
            let got = crypto::hex(ring::digest::digest(&ring::digest::SHA256, &content).as_ref());
            assert_eq!(got, sha.as_str().unwrap());
            checked += 1;
        }
    }
    assert_eq!(checked, 3);
}
