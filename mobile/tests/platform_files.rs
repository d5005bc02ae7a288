//! The files the Dioxus CLI uses to build the phone apps say what
//! docs/security.md promises: read from the paths mobile/Dioxus.toml gives
//! (so a change of path or file is caught), the Android manifest turns
//! platform backups and plain http off and is not debuggable, and the main
//! activity sets FLAG_SECURE (no screen of the app in the app switcher).
//! What these settings do can only be seen on a real phone.

use std::path::Path;

fn dioxus_toml_path(key: &str) -> std::path::PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let toml = std::fs::read_to_string(dir.join("Dioxus.toml")).unwrap();
    let mut in_application = false;
    for line in toml.lines().map(str::trim) {
        if line.starts_with('[') {
            in_application = line == "[application]";
            continue;
        }
        if in_application
            && let Some(value) = line
                .strip_prefix(key)
                .map(str::trim)
                .and_then(|v| v.strip_prefix('='))
        {
            return dir.join(value.trim().trim_matches('"'));
        }
    }
    panic!("mobile/Dioxus.toml has no [application] {key}: dx would use its own template");
}

/// The value of `attribute` in the first `<element …>` of `xml`.
fn attribute(xml: &str, element: &str, attribute: &str) -> Option<String> {
    let start = xml.find(&format!("<{element} "))?;
    let end = start + xml[start..].find('>')?;
    let tag = &xml[start..end];
    let at = tag.find(&format!("{attribute}=\""))? + attribute.len() + 2;
    Some(tag[at..at + tag[at..].find('"')?].to_owned())
}

#[test]
fn the_android_manifest_turns_backups_and_cleartext_off() {
    let path = dioxus_toml_path("android_manifest");
    let xml =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    // Comments say what the file does; only the elements count.
    let mut elements = String::new();
    let mut rest = xml.as_str();
    while let Some(i) = rest.find("<!--") {
        elements.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find("-->").unwrap() + 3..];
    }
    elements.push_str(rest);
    let app = |a: &str| attribute(&elements, "application", a);
    assert_eq!(app("android:allowBackup").as_deref(), Some("false"));
    assert_eq!(app("android:fullBackupContent").as_deref(), Some("false"));
    assert_eq!(
        app("android:usesCleartextTraffic").as_deref(),
        Some("false")
    );
    assert_eq!(app("android:debuggable"), None);
    assert_eq!(
        app("android:supportsRtl").as_deref(),
        Some("true"),
        "Arabic needs it"
    );
    // Only the network permission; one activity (and its two launcher
    // entries, below).
    let permissions: Vec<&str> = elements.matches("<uses-permission").collect();
    assert_eq!(permissions.len(), 1);
    assert!(elements.contains("android.permission.INTERNET"));
    assert_eq!(elements.matches("<activity ").count(), 1);
    assert_eq!(
        elements.matches("<service").count()
            + elements.matches("<provider").count()
            + elements.matches("<receiver").count(),
        0
    );
}

/// The manifest without its comments.
fn manifest_elements() -> String {
    let path = dioxus_toml_path("android_manifest");
    let xml = std::fs::read_to_string(&path).unwrap();
    let mut elements = String::new();
    let mut rest = xml.as_str();
    while let Some(i) = rest.find("<!--") {
        elements.push_str(&rest[..i]);
        rest = &rest[i + rest[i..].find("-->").unwrap() + 3..];
    }
    elements.push_str(rest);
    elements
}

/// The Kotlin of the main activity, without its comments.
fn activity_code() -> String {
    let path = dioxus_toml_path("android_main_activity");
    std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} is missing", path.display()))
        .lines()
        .filter(|l| {
            let l = l.trim_start();
            !(l.starts_with("//") || l.starts_with("/**") || l.starts_with('*'))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn discreet_mode_has_a_neutral_launcher_entry_that_the_activity_switches() {
    let elements = manifest_elements();
    // The activity itself is no launcher entry (else two icons).
    let activity_start = elements.find("<activity ").unwrap();
    let activity = &elements
        [activity_start..activity_start + elements[activity_start..].find("</activity>").unwrap()];
    assert!(
        !activity.contains("android.intent.category.LAUNCHER"),
        "{activity}"
    );
    // Two entries for it: Parcours's, enabled; the neutral one, disabled.
    let aliases: Vec<&str> = elements
        .split("<activity-alias")
        .skip(1)
        .map(|a| &a[..a.find("</activity-alias>").unwrap()])
        .collect();
    assert_eq!(aliases.len(), 2);
    let attr =
        |a: &str, name: &str| attribute(&format!("<activity-alias{a}"), "activity-alias", name);
    for a in &aliases {
        assert_eq!(
            attr(a, "android:targetActivity").as_deref(),
            Some("dev.dioxus.main.MainActivity")
        );
        assert!(
            a.contains("android.intent.action.MAIN")
                && a.contains("android.intent.category.LAUNCHER")
        );
    }
    let by_name = |n: &str| {
        *aliases
            .iter()
            .find(|a| attr(a, "android:name").as_deref() == Some(n))
            .unwrap()
    };
    let own = by_name("dev.dioxus.main.Parcours");
    assert_eq!(attr(own, "android:enabled").as_deref(), Some("true"));
    assert_eq!(
        attr(own, "android:label").as_deref(),
        Some("@string/app_name")
    );
    let discreet = by_name("dev.dioxus.main.Discreet");
    assert_eq!(attr(discreet, "android:enabled").as_deref(), Some("false"));
    let label = attr(discreet, "android:label").unwrap();
    assert!(
        !label.to_lowercase().contains("parcours") && !label.starts_with('@'),
        "{label}"
    );
    assert_eq!(
        attr(discreet, "android:icon").as_deref(),
        Some("@android:drawable/sym_def_app_icon")
    );
    // The activity switches them, showing one before hiding the other.
    let code = activity_code();
    assert!(
        code.contains("fun setDiscreetLauncher(context: Context, discreet: Boolean)"),
        "{code}"
    );
    assert!(code.contains("@JvmStatic"));
    assert!(code.contains("\"dev.dioxus.main.Discreet\" to \"dev.dioxus.main.Parcours\""));
    assert!(code.contains("\"dev.dioxus.main.Parcours\" to \"dev.dioxus.main.Discreet\""));
    let shown = code.find("ComponentName(context, shown), on").unwrap();
    let hidden = code.find("ComponentName(context, hidden), off").unwrap();
    assert!(shown < hidden, "never a moment without an entry");
    assert_eq!(code.matches("PackageManager.DONT_KILL_APP").count(), 2);
}

#[test]
fn the_main_activity_keeps_the_app_out_of_the_app_switcher() {
    let path = dioxus_toml_path("android_main_activity");
    let kt =
        std::fs::read_to_string(&path).unwrap_or_else(|_| panic!("{} is missing", path.display()));
    let code: String = kt
        .lines()
        .filter(|l| !l.trim_start().starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n");
    assert!(code.contains("class MainActivity : WryActivity()"));
    assert!(
        code.contains("window.setFlags(")
            && code
                .matches("WindowManager.LayoutParams.FLAG_SECURE")
                .count()
                == 2,
        "{code}"
    );
    let toml =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Dioxus.toml")).unwrap();
    let id = toml
        .lines()
        .find_map(|l| l.trim().strip_prefix("identifier = "))
        .unwrap()
        .trim_matches('"');
    assert!(
        code.contains(&format!("typealias BuildConfig = {id}.BuildConfig")),
        "the BuildConfig alias names the bundle identifier"
    );
}
