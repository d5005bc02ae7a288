//! Open the store and compute "what's next" on the large dossier, beside
//! plain `serde_json` parsing of the same dossier, in the same run.
//! Target: within 3x of the JSON parse, and under 50 ms.
//!
//! Run: `cargo bench -p parcours-bench --bench home`

use std::time::Duration;

use parcours_bench::{median, report};
use parcours_core::demo::{self, Size};
use parcours_core::dossier::Dossier;
use parcours_core::keystore::Keystore;
use parcours_core::store::Store;
use parcours_core::whats_next::whats_next;

fn main() {
    let now = demo::fixed_now();
    let dossier = demo::large(now, Size::LARGE);
    println!(
        "large dossier: {} steps, {} appointments, {} messages, {} documents",
        dossier.steps.len(),
        dossier.appointments.len(),
        dossier.messages.len(),
        dossier.documents.len()
    );
    let json = serde_json::to_vec(&dossier).unwrap();
    println!("as JSON: {} KiB", json.len() / 1024);

    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("bench");
    let mut store = Store::create(dir.path(), ks.clone(), now).unwrap();
    store.save_dossier(&dossier, now).unwrap();
    drop(store);
    let db_size = std::fs::metadata(dir.path().join(parcours_core::store::DB_FILE))
        .unwrap()
        .len();
    println!("store file: {} KiB", db_size / 1024);

    let runs = 21;
    let reference = median(runs, || {
        let d: Dossier = serde_json::from_slice(&json).unwrap();
        d.messages.len()
    });
    let measured = median(runs, || {
        let store = Store::open(dir.path(), ks.clone()).unwrap();
        let d = store.load_dossier().unwrap().unwrap();
        let w = whats_next(&d, now, demo::TIME_ZONE);
        (w.steps.len(), w.unread_messages)
    });
    let ok = report(
        "open store + load + what's next",
        measured,
        "serde_json parse of the same dossier",
        reference,
        3.0,
        Some(Duration::from_millis(50)),
    );
    let compute = median(runs, || {
        whats_next(&dossier, now, demo::TIME_ZONE).unread_messages
    });
    println!(
        "what's next alone (in memory): {}",
        parcours_bench::ms(compute)
    );
    if !ok {
        println!("target missed");
    }
}
