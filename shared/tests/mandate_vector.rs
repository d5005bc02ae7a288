//! The worked example of `docs/mandate-format.md`, pinned: the same key and
//! fields must give the same bytes and signature forever, and the verifier
//! must accept them. `tests/vectors/verify_mandate.py` checks the same
//! signatures with Python's `cryptography` (a tool that is not Parcours).
//!
//! To print the example again: `cargo test -p parcours-core --test
//! mandate_vector -- --ignored --nocapture`.

use chrono::{TimeZone, Utc};
use parcours_core::crypto::hex;
use parcours_core::device_key::DeviceKey;
use parcours_core::document::Category;
use parcours_core::id::{ContactId, MandateId, PersonId};
use parcours_core::mandate::chain::{KeyChain, ServerKey};
use parcours_core::mandate::statement::{sign_grant, sign_revocation};
use parcours_core::mandate::verify::{Standing, verify};
use parcours_core::mandate::{DocumentScope, Mandate, MandateKind};
use serde_json::{Value, json};

fn example() -> Value {
    let seed: [u8; 32] = std::array::from_fn(|i| i as u8);
    let device = DeviceKey::from_seed(&seed);
    let server = ServerKey(DeviceKey::from_seed(&[0xa5; 32]));
    let person = PersonId::parse("nadia").unwrap();
    let issued = Utc.with_ymd_and_hms(2026, 3, 3, 9, 0, 0).unwrap();
    let mandate = Mandate::new(
        MandateId::parse("mn-exemple").unwrap(),
        ContactId::parse("caf").unwrap(),
        MandateKind::DocumentAccess {
            documents: DocumentScope::Category(Category::RentReceipt),
        },
        issued,
        Utc.with_ymd_and_hms(2026, 6, 3, 21, 59, 59).unwrap(),
    )
    .unwrap();
    let grant = sign_grant(&device, 1, issued, &mandate, None);
    let revoked_at = Utc.with_ymd_and_hms(2026, 4, 12, 8, 0, 0).unwrap();
    let revocation = sign_revocation(&device, 2, revoked_at, &grant);
    let cert = server.certify(
        &person,
        device.public_key(),
        1,
        Utc.with_ymd_and_hms(2026, 3, 1, 10, 0, 0).unwrap(),
    );
    json!({
        "device_seed": hex(&seed),
        "device_public_key": hex(&device.public_key()),
        "server_public_key": hex(&server.public_key()),
        "certificate": cert,
        "grant": { "bytes": hex(&grant.bytes), "signature": hex(&grant.signature), "sha256": hex(&grant.hash()) },
        "revocation": { "bytes": hex(&revocation.bytes), "signature": hex(&revocation.signature) },
    })
}

#[test]
#[ignore = "prints the example; run by hand"]
fn print_example() {
    println!("{}", serde_json::to_string_pretty(&example()).unwrap());
}

#[test]
fn the_worked_example_is_pinned() {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/mandate.json");
    let pinned: Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    assert_eq!(example(), pinned, "the encoding or the signatures changed");
    // And the verifier reads it: in force in between, revoked after.
    let chain: KeyChain = KeyChain {
        server_key: parcours_core::crypto::unhex(pinned["server_public_key"].as_str().unwrap())
            .unwrap()
            .try_into()
            .unwrap(),
        certificates: vec![serde_json::from_value(pinned["certificate"].clone()).unwrap()],
        revocations: vec![],
    };
    let statement = |k: &str| parcours_core::mandate::statement::SignedStatement {
        bytes: parcours_core::crypto::unhex(pinned[k]["bytes"].as_str().unwrap()).unwrap(),
        signature: parcours_core::crypto::unhex(pinned[k]["signature"].as_str().unwrap()).unwrap(),
    };
    let all = [statement("grant"), statement("revocation")];
    let person = PersonId::parse("nadia").unwrap();
    let before = verify(
        &person,
        &chain,
        &all,
        Utc.with_ymd_and_hms(2026, 4, 1, 0, 0, 0).unwrap(),
    );
    assert_eq!(before.grants[0].standing, Standing::InForce);
    let after = verify(
        &person,
        &chain,
        &all,
        Utc.with_ymd_and_hms(2026, 4, 12, 8, 0, 0).unwrap(),
    );
    assert!(matches!(after.grants[0].standing, Standing::Revoked { .. }));
}
