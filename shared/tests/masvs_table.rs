//! Walks `docs/masvs.md` and fails if a test it names does not exist: the
//! evidence table cannot rot silently.

use std::path::Path;

#[test]
fn every_test_named_in_the_masvs_table_exists() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let table = std::fs::read_to_string(root.join("docs/masvs.md")).unwrap();
    let mut named = 0;
    for cell in table.split('`') {
        let Some((path, test)) = cell.split_once("::") else {
            continue;
        };
        if !path.ends_with(".rs") {
            continue;
        }
        let source = std::fs::read_to_string(root.join(path))
            .unwrap_or_else(|_| panic!("docs/masvs.md names {path}, which does not exist"));
        assert!(
            source.contains(&format!("fn {test}(")),
            "docs/masvs.md names {path}::{test}, which does not exist"
        );
        named += 1;
    }
    assert!(named >= 30, "only {named} tests named");
}
