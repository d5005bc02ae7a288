//! Replays the committed fuzz corpus (`fuzz/corpus/<target>/`) on stable,
//! through the same entry points as the `cargo fuzz` targets: every input
//! must be handled without a panic. `bench/fuzz.sh` grows the corpus with
//! the nightly toolchain.

use std::path::Path;

#[test]
fn every_corpus_input_is_handled() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let mut total = 0;
    for (name, target) in parcours_core::fuzzing::TARGETS {
        let dir = root.join(name);
        let entries: Vec<_> = std::fs::read_dir(&dir)
            .unwrap_or_else(|_| panic!("no corpus for {name} in {}", dir.display()))
            .map(|e| e.unwrap().path())
            .collect();
        assert!(!entries.is_empty(), "empty corpus for {name}");
        for path in entries {
            let data = std::fs::read(&path).unwrap();
            target(&data);
            total += 1;
        }
    }
    assert!(total >= parcours_core::fuzzing::TARGETS.len());
}

/// Writes the seed inputs (run by hand: `cargo test -p parcours-core --test
/// fuzz_corpus -- --ignored`).
#[test]
#[ignore = "writes seed files; run by hand"]
fn seed_corpus() {
    use parcours_core::fuzzing::sample_document;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let write = |target: &str, name: &str, data: &[u8]| {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), data).unwrap();
    };
    for (i, len) in [0usize, 1, 4095, 4096, 4097, 9000].into_iter().enumerate() {
        let doc = sample_document(&vec![b'a'; len]);
        write("doc_stream", &format!("seed-{i}"), &doc);
        write(
            "doc_header",
            &format!("seed-{i}"),
            &doc[..doc.len().min(120)],
        );
    }
    let kf = parcours_core::safe::key_file::KeyFile::wrap(
        &[1u8; 32],
        b"CODE",
        parcours_core::safe::key_file::KdfParams::MIN,
    );
    write("key_file", "seed-0", &kf.to_bytes());
    let vectors = root.join("../../tests/vectors/backup.pcbak");
    let backup = std::fs::read(vectors).unwrap();
    write("backup_structure", "seed-0", &backup[..4096]);
    write("backup_structure", "seed-1", &backup[..200]);
    // A small export made by the real code.
    let tmp = tempfile::tempdir().unwrap();
    let ks = parcours_core::keystore::Keystore::mock("seed");
    let (mut safe, _) = parcours_core::safe::Safe::init(
        &tmp.path().join("s"),
        ks.clone(),
        parcours_core::safe::key_file::KdfParams::MIN,
        parcours_core::demo::fixed_now(),
    )
    .unwrap();
    safe.add_document(
        parcours_core::safe::documents::NewDocument {
            title: "Quittance".into(),
            category: parcours_core::document::Category::RentReceipt,
            issued: None,
            expires: None,
        },
        vec![parcours_core::safe::documents::PageSource {
            media_type: "application/pdf".into(),
            content: Box::new(&b"%PDF-1.7 quittance"[..]),
        }],
        parcours_core::demo::fixed_now(),
    )
    .unwrap();
    let device = parcours_core::device_key::DeviceKey::load_or_create(&ks).unwrap();
    let zip = tmp.path().join("e.zip");
    safe.export(
        &zip,
        &device,
        &parcours_core::i18n::Localizer::new(parcours_core::i18n::Lang::Fr),
        parcours_core::demo::TIME_ZONE,
        parcours_core::demo::fixed_now(),
    )
    .unwrap();
    write("export_zip", "seed-0", &std::fs::read(&zip).unwrap());
}

/// Writes the seeds of the sync and share targets (run by hand: `cargo
/// test -p parcours-core --test fuzz_corpus seed_sync -- --ignored`).
#[test]
#[ignore = "writes seed files; run by hand"]
fn seed_sync_and_share_corpus() {
    use parcours_core::sync::wire::{Change, ErrorBody, Pull, Record, Written};
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz/corpus");
    let write = |target: &str, name: &str, data: &[u8]| {
        let dir = root.join(target);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(name), data).unwrap();
    };
    let d = parcours_core::demo::dossier(parcours_core::demo::fixed_now());
    let mut changes = Vec::new();
    let mut seq = 0;
    let mut push = |record: Record| {
        seq += 1;
        changes.push(Change { seq, record });
    };
    push(Record::Person(d.person.clone()));
    push(Record::Contact(d.contacts[0].clone()));
    push(Record::Objective(d.objectives[0].clone()));
    push(Record::Step(d.steps[0].clone()));
    push(Record::Appointment(d.appointments[0].clone()));
    push(Record::Message(d.messages[0].clone()));
    push(Record::Statement(d.mandate_statements[0].clone()));
    push(Record::KeyChain(d.key_chain.clone().unwrap()));
    let pull = Pull {
        cursor: seq,
        changes: changes.clone(),
        more: false,
    };
    write(
        "sync_response",
        "seed-pull",
        serde_json::to_string(&pull).unwrap().as_bytes(),
    );
    write(
        "sync_response",
        "seed-written",
        serde_json::to_string(&Written {
            changes: changes[3..5].to_vec(),
        })
        .unwrap()
        .as_bytes(),
    );
    write(
        "sync_response",
        "seed-error",
        serde_json::to_string(&ErrorBody {
            error: "mandate_revoked".into(),
            message: "the person withdrew the mandate".into(),
        })
        .unwrap()
        .as_bytes(),
    );
    write(
        "share",
        "seed-0",
        &parcours_core::fuzzing::sample_share(b"page"),
    );
    write(
        "share",
        "seed-1",
        &parcours_core::fuzzing::sample_share(&vec![b'x'; 70_000]),
    );
}
