//! Entry points for fuzzing every decoder of untrusted bytes in the safe:
//! the document header and chunks, the key file, the backup file and the
//! export. Used by the `cargo fuzz` targets in `fuzz/` and by an ordinary
//! test that replays the committed corpus on stable (`shared/tests/fuzz_corpus.rs`).
//!
//! Each function must return (any error is fine) and never panic, whatever
//! the bytes. Must never: be used by the app for anything else.

use std::io::Write;

use crate::id::DocumentId;
use crate::safe::document_file::{self, Aead, Decryptor};
use crate::safe::key_file::{KeyFile, Kind};
use crate::safe::{backup, export};

/// The key the fuzzed document streams are decrypted with.
pub const FUZZ_KEY: [u8; 32] = [0x42; 32];

/// A valid document file under [`FUZZ_KEY`], for seeding the corpus.
pub fn sample_document(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let id = DocumentId::parse("fuzz").expect("valid id");
    document_file::encrypt(
        &FUZZ_KEY,
        &id,
        Aead::ChaCha20Poly1305,
        12,
        content,
        &mut out,
    )
    .expect("in memory");
    out
}

/// The document header parser.
pub fn doc_header(data: &[u8]) {
    let _ = document_file::Header::parse(data);
    let _ = document_file::read_header(&mut &data[..]);
}

/// The whole document decoder (header, key unwrap, chunks).
pub fn doc_stream(data: &[u8]) {
    if let Ok(d) = Decryptor::new(&FUZZ_KEY, None, data) {
        let _ = d.finish_into(std::io::sink());
    }
}

/// The key file parsers (recovery and PIN).
pub fn key_file(data: &[u8]) {
    let _ = KeyFile::parse(data);
    let _ = KeyFile::parse_kind(Kind::Pin, data);
}

fn with_temp_file(data: &[u8], f: impl FnOnce(&std::path::Path)) {
    let path = std::env::temp_dir().join(format!("parcours-fuzz-{}", crate::id::random_id()));
    if std::fs::File::create(&path)
        .and_then(|mut file| file.write_all(data))
        .is_ok()
    {
        f(&path);
    }
    let _ = std::fs::remove_file(&path);
}

/// The backup file's structure check (what runs without the code).
pub fn backup_structure(data: &[u8]) {
    with_temp_file(data, |path| {
        let _ = backup::verify_backup(path, None);
    });
}

/// The export verifier (ZIP, manifest, signature, names).
pub fn export_zip(data: &[u8]) {
    with_temp_file(data, |path| {
        let _ = export::verify_export(path);
    });
}

/// A fuzz entry point.
pub type Target = fn(&[u8]);

/// The mandate statement decoder and the verifier (with a fixed key chain).
pub fn mandate_statement(data: &[u8]) {
    use crate::mandate::chain::{KeyChain, ServerKey};
    use crate::mandate::statement::SignedStatement;
    let _ = crate::mandate::statement::decode(data);
    let server = ServerKey(crate::device_key::DeviceKey::from_seed(&[1u8; 32]));
    let device = crate::device_key::DeviceKey::from_seed(&[2u8; 32]);
    let person = crate::id::PersonId::parse("fuzz").expect("valid id");
    let now = chrono::DateTime::from_timestamp(1_772_000_000, 0).expect("in range");
    let chain = KeyChain {
        server_key: server.public_key(),
        certificates: vec![server.certify(&person, device.public_key(), 1, now)],
        revocations: vec![],
    };
    // The input as bytes with a garbage signature, and as a statement signed
    // for real after its prefix (so the verifier's later stages are reached).
    let signed = SignedStatement {
        bytes: data.to_vec(),
        signature: device
            .sign(
                crate::crypto::label::MANDATE,
                data.strip_prefix(crate::crypto::label::MANDATE)
                    .unwrap_or(data),
            )
            .to_vec(),
    };
    let _ = crate::mandate::verify::verify(&person, &chain, &[signed.clone(), signed], now);
}

/// Every target, by name (the corpus folders of `fuzz/corpus/`).
pub const TARGETS: &[(&str, Target)] = &[
    ("doc_header", doc_header),
    ("doc_stream", doc_stream),
    ("key_file", key_file),
    ("backup_structure", backup_structure),
    ("export_zip", export_zip),
    ("mandate_statement", mandate_statement),
];
