//! Every direct dependency of every crate of the workspace is named in
//! `docs/dependencies.md`, with why it is there: a new dependency cannot
//! slip in without its reason (issue: supply chain).

use std::path::Path;

fn dependency_names(cargo_toml: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut in_deps = false;
    for line in cargo_toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_deps = line.ends_with("dependencies]");
            continue;
        }
        if !in_deps || line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some((name, _)) = line.split_once('=') {
            let name = name.trim().trim_end_matches(".workspace").trim();
            if !name.starts_with("parcours-") {
                names.push(name.to_owned());
            }
        }
    }
    names
}

#[test]
fn every_direct_dependency_has_its_reason() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let doc = std::fs::read_to_string(root.join("docs/dependencies.md")).unwrap();
    let mut missing = Vec::new();
    let mut seen = 0;
    for krate in [
        "shared",
        "mobile",
        "mobile/android-glue",
        "mobile/ios-glue",
        "server",
        "cli",
        "bench",
    ] {
        let toml = std::fs::read_to_string(root.join(krate).join("Cargo.toml")).unwrap();
        for name in dependency_names(&toml) {
            seen += 1;
            if !doc.contains(&format!("`{name}`")) && !doc.contains(&format!("`{name} ")) {
                missing.push(format!("{krate}: {name}"));
            }
        }
    }
    assert!(seen > 40, "only {seen} dependencies found");
    assert!(
        missing.is_empty(),
        "not in docs/dependencies.md:\n{}",
        missing.join("\n")
    );
}
