//! Entry points for fuzzing every decoder of untrusted bytes: the safe's
//! document header and chunks, the key file, the backup file, the export,
//! mandate statements, the server's answers to the sync client, and
//! shares. Used by the `cargo fuzz` targets in `fuzz/` and by an ordinary
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

/// The sync client's decoders of server answers: a pull, a write's answer
/// and an error body, then the merge of whatever decoded into a dossier.
pub fn sync_response(data: &[u8]) {
    use crate::sync::wire::{ErrorBody, Pull, Written};
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let _ = crate::sync::client::parse::<ErrorBody>(text);
    let _ = crate::sync::client::parse::<Written>(text);
    if let Ok(pull) = crate::sync::client::parse::<Pull>(text) {
        let mut dossier = crate::dossier::Dossier::new(
            crate::person::Person::new(
                crate::id::PersonId::parse("fuzz").expect("valid id"),
                "Fuzz",
                "",
                crate::i18n::Lang::Fr,
            )
            .expect("valid person"),
        );
        let mut beside = crate::sync::merge::Beside::default();
        crate::sync::merge::merge(&mut dossier, &mut beside, &pull.changes, &[]);
        let _ =
            dossier.mandates(chrono::DateTime::from_timestamp(1_772_000_000, 0).expect("in range"));
    }
}

/// The key fuzzed shares are opened with.
pub const FUZZ_SHARE_KEY: [u8; 32] = [0x24; 32];

/// A valid share for [`FUZZ_SHARE_KEY`]: `enc (32) ‖ sealed length (u16) ‖
/// sealed ‖ body`, the layout [`share`] reads.
pub fn sample_share(content: &[u8]) -> Vec<u8> {
    let keys = crate::share::ShareKeyPair::from_private(&FUZZ_SHARE_KEY).expect("valid key");
    let doc = DocumentId::parse("fuzz").expect("valid id");
    let out = crate::share::seal(
        "fuzz",
        &doc,
        "fuzz",
        crate::document::Category::Other,
        &[crate::share::Page {
            media_type: "text/plain",
            content,
        }],
        &keys.public,
    )
    .expect("seals");
    let mut v = out.enc.clone();
    v.extend_from_slice(&(out.sealed.len() as u16).to_be_bytes());
    v.extend_from_slice(&out.sealed);
    v.extend_from_slice(&out.body);
    v
}

/// The share opener (HPKE, the sealed description, the body's framing and
/// every page's chunks), on `enc (32) ‖ sealed length (u16) ‖ sealed ‖ body`.
pub fn share(data: &[u8]) {
    let keys = crate::share::ShareKeyPair::from_private(&FUZZ_SHARE_KEY).expect("valid key");
    if data.len() < 34 {
        return;
    }
    let (enc, rest) = data.split_at(32);
    let n = usize::from(u16::from_be_bytes([rest[0], rest[1]]));
    let rest = &rest[2..];
    if n > rest.len() {
        return;
    }
    let (sealed, body) = rest.split_at(n);
    let doc = DocumentId::parse("fuzz").expect("valid id");
    let _ = crate::share::open(&keys, "fuzz", &doc, enc, sealed, body);
}

/// Every target, by name (the corpus folders of `fuzz/corpus/`).
pub const TARGETS: &[(&str, Target)] = &[
    ("doc_header", doc_header),
    ("doc_stream", doc_stream),
    ("key_file", key_file),
    ("backup_structure", backup_structure),
    ("export_zip", export_zip),
    ("mandate_statement", mandate_statement),
    ("sync_response", sync_response),
    ("share", share),
];
