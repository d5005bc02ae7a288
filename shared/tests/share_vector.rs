//! A share made once and pinned (`tests/vectors/share.json`): every later
//! version of Parcours must still open it with the recipient's key and get
//! the same pages back. It is the worked example of `docs/share-format.md`
//! (recipient private key, HPKE output, body, pages).
//!
//! To make the example again (only when the format version changes):
//! `cargo test -p parcours-core --test share_vector -- --ignored --nocapture`.

use parcours_core::crypto::{hex, unhex};
use parcours_core::document::Category;
use parcours_core::id::DocumentId;
use parcours_core::share::{self, Page, ShareKeyPair};
use serde_json::{Value, json};

fn vector() -> Value {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/share.json");
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn bytes(v: &Value) -> Vec<u8> {
    unhex(v.as_str().unwrap()).unwrap()
}

#[test]
fn the_pinned_share_still_opens() {
    let v = vector();
    let keys = ShareKeyPair::from_private(&bytes(&v["recipient_private_key"])).unwrap();
    assert_eq!(
        hex(&keys.public),
        v["recipient_public_key"].as_str().unwrap()
    );
    let doc = DocumentId::parse(v["document"].as_str().unwrap().to_owned()).unwrap();
    let info = share::info(v["share_id"].as_str().unwrap(), &doc, &keys.public);
    assert_eq!(
        hex(&info),
        v["info"].as_str().unwrap(),
        "the info bytes are pinned too"
    );
    let opened = share::open(
        &keys,
        v["share_id"].as_str().unwrap(),
        &doc,
        &bytes(&v["enc"]),
        &bytes(&v["sealed"]),
        &bytes(&v["body"]),
    )
    .unwrap();
    assert_eq!(opened.title, v["title"].as_str().unwrap());
    assert_eq!(opened.category, Category::RentReceipt);
    assert_eq!(opened.pages.len(), 1);
    assert_eq!(opened.pages[0].0, "text/plain");
    assert_eq!(
        String::from_utf8(opened.pages[0].1.clone()).unwrap(),
        v["page_1"].as_str().unwrap()
    );
}

#[test]
#[ignore = "makes the example again; run by hand when the format changes"]
fn make_the_example() {
    let keys = ShareKeyPair::from_private(&[0x42; 32]).unwrap();
    let doc = DocumentId::parse("d-quittance-mars").unwrap();
    let page = "Quittance de loyer, mars 2026 : 450 euros.";
    let out = share::seal(
        "sh-exemple",
        &doc,
        "Quittance de mars",
        Category::RentReceipt,
        &[Page {
            media_type: "text/plain",
            content: page.as_bytes(),
        }],
        &keys.public,
    )
    .unwrap();
    let v = json!({
        "share_id": "sh-exemple",
        "document": doc.as_str(),
        "title": "Quittance de mars",
        "page_1": page,
        "recipient_private_key": hex(&keys.private_bytes()),
        "recipient_public_key": hex(&keys.public),
        "info": hex(&share::info("sh-exemple", &doc, &keys.public)),
        "enc": hex(&out.enc),
        "sealed": hex(&out.sealed),
        "body": hex(&out.body),
    });
    println!("{}", serde_json::to_string_pretty(&v).unwrap());
}
