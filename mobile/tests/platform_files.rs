//! The files the Dioxus CLI uses to build the phone apps say what
//! docs/security.md promises: read from the paths mobile/Dioxus.toml gives
//! (so a change of path or file is caught), the Android manifest turns
//! platform backups and plain http off and is not debuggable, asks exactly
//! three permissions, and declares one provider and one receiver, neither
//! exported; the main activity sets FLAG_SECURE (no screen of the app in
//! the app switcher), its provider serves only the outgoing cache folder
//! (read-only but the pending photo), and its reminders are immutable
//! alarms with the core's texts only;
//! and the Kotlin functions that the Rust side (`parcours-android`) calls
//! through JNI exist with the names and signatures the Rust uses, so that
//! a change on one side is caught here rather than by a crash on a phone.
//! What these files do can only be seen on a real phone.

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
    // Exactly these permissions: the network, notifications (reminders),
    // boot (reminders set again). No camera, no storage.
    let mut permissions: Vec<String> = elements
        .split("<uses-permission")
        .skip(1)
        .map(|p| {
            attribute(
                &format!("<uses-permission{p}"),
                "uses-permission",
                "android:name",
            )
            .unwrap()
        })
        .collect();
    permissions.sort();
    assert_eq!(
        permissions,
        [
            "android.permission.INTERNET",
            "android.permission.POST_NOTIFICATIONS",
            "android.permission.RECEIVE_BOOT_COMPLETED",
        ]
    );
    // One activity (and its two launcher entries, below), one provider,
    // one receiver (checked below), no service.
    assert_eq!(elements.matches("<activity ").count(), 1);
    assert_eq!(elements.matches("<service").count(), 0);
    assert_eq!(elements.matches("<provider").count(), 1);
    assert_eq!(elements.matches("<receiver").count(), 1);
}

#[test]
fn the_provider_and_the_receiver_are_not_exported() {
    let elements = manifest_elements();
    let provider = |a: &str| attribute(&elements, "provider", a);
    assert_eq!(
        provider("android:name").as_deref(),
        Some("dev.dioxus.main.SharedFileProvider")
    );
    assert_eq!(
        provider("android:authorities").as_deref(),
        Some("fr.parcours.app.files")
    );
    assert_eq!(provider("android:exported").as_deref(), Some("false"));
    assert_eq!(
        provider("android:grantUriPermissions").as_deref(),
        Some("true")
    );
    // No path-permission, no read or write permission that would widen it.
    for a in [
        "android:permission",
        "android:readPermission",
        "android:writePermission",
    ] {
        assert_eq!(provider(a), None, "{a}");
    }
    let receiver = |a: &str| attribute(&elements, "receiver", a);
    assert_eq!(
        receiver("android:name").as_deref(),
        Some("dev.dioxus.main.ReminderReceiver")
    );
    assert_eq!(receiver("android:exported").as_deref(), Some("false"));
    let start = elements.find("<receiver ").unwrap();
    let body = &elements[start..start + elements[start..].find("</receiver>").unwrap()];
    let actions: Vec<&str> = body.matches("<action ").collect();
    assert_eq!(actions.len(), 1, "{body}");
    assert!(body.contains(r#"<action android:name="android.intent.action.BOOT_COMPLETED" />"#));
    // The Kotlin names the same authority, and both classes exist there.
    let code = activity_code();
    assert!(code.contains("const val AUTHORITY = \"fr.parcours.app.files\""));
    assert!(code.contains("class SharedFileProvider : ContentProvider()"));
    assert!(code.contains("class ReminderReceiver : BroadcastReceiver()"));
    assert!(code.contains("check(!info.exported && info.grantUriPermissions)"));
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

/// A Kotlin function of the activity: whether `@JvmStatic` and `external`
/// come with it, its parameters' types and its return type.
#[derive(Debug)]
struct KotlinFun {
    jvm_static: bool,
    external: bool,
    parameters: Vec<String>,
    returns: String,
}

/// The one declaration of `fun name(` in `code` (the activity without its
/// comments); `None` when there is none.
fn kotlin_fun(code: &str, name: &str) -> Option<KotlinFun> {
    let needle = format!("fun {name}(");
    let at = code.find(&needle)?;
    assert_eq!(code.matches(&needle).count(), 1, "{name} declared twice");
    let line_start = code[..at].rfind('\n').map_or(0, |i| i + 1);
    let before_line = code[..line_start].trim_end();
    let previous_line = before_line[before_line.rfind('\n').map_or(0, |i| i + 1)..].trim();
    let head = &code[line_start..at];
    let open = at + needle.len();
    let close = open + code[open..].find(')')?;
    let parameters = code[open..close]
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| p.split_once(':').map(|(_, t)| t.trim().to_owned()))
        .collect::<Option<Vec<_>>>()?;
    let after = code[close + 1..].trim_start();
    let returns = match after.strip_prefix(':') {
        Some(rest) => rest.split(['{', '=', '\n']).next()?.trim().to_owned(),
        None => "Unit".to_owned(),
    };
    Some(KotlinFun {
        jvm_static: head.contains("@JvmStatic") || previous_line == "@JvmStatic",
        external: head.contains("external "),
        parameters,
        returns,
    })
}

#[test]
fn the_kotlin_the_rust_calls_has_the_names_and_signatures_it_uses() {
    let code = activity_code();
    // The class the Rust loads is this file's.
    let (package, class) = parcours_android::ACTIVITY_CLASS.rsplit_once('/').unwrap();
    assert!(
        code.contains(&format!("package {}\n", package.replace('/', "."))),
        "{package}"
    );
    assert!(code.contains(&format!("class {class} : WryActivity()")));
    for method in parcours_android::KOTLIN_METHODS {
        let f = kotlin_fun(&code, method.name)
            .unwrap_or_else(|| panic!("MainActivity.kt has no `fun {}(`", method.name));
        assert!(
            f.jvm_static,
            "{}: a static method needs @JvmStatic",
            method.name
        );
        let parameters: Vec<&str> = f.parameters.iter().map(String::as_str).collect();
        let signature = parcours_android::jni_signature(&parameters, &f.returns)
            .unwrap_or_else(|| panic!("{}: a type the test does not know: {f:?}", method.name));
        assert_eq!(signature, method.signature, "{}: {f:?}", method.name);
        // Only the functions Rust registers are native; the others are Kotlin.
        assert_eq!(
            f.external,
            parcours_android::NATIVE_METHODS.contains(&method),
            "{}",
            method.name
        );
    }
    // The test's reader finds a change of signature.
    let changed = code.replace(
        "fun setDiscreetLauncher(context: Context, discreet: Boolean)",
        "fun setDiscreetLauncher(context: Context, discreet: Int)",
    );
    let f = kotlin_fun(&changed, "setDiscreetLauncher").unwrap();
    let parameters: Vec<&str> = f.parameters.iter().map(String::as_str).collect();
    assert_ne!(
        parcours_android::jni_signature(&parameters, &f.returns).as_deref(),
        Some(parcours_android::SET_DISCREET_LAUNCHER.signature)
    );
}

#[test]
fn the_speech_outcomes_have_the_same_numbers_in_kotlin_and_rust() {
    let code = activity_code();
    for end in parcours_android::SpeechEnd::ALL {
        let constant = format!(
            "private const val {} = {}\n",
            end.kotlin_constant(),
            end.code()
        );
        assert!(code.contains(&constant), "MainActivity.kt lacks {constant}");
    }
    assert_eq!(
        code.matches("private const val SPEECH_").count(),
        parcours_android::SpeechEnd::ALL.len()
    );
}

#[test]
fn the_activity_reads_aloud_as_the_module_doc_says() {
    let code = activity_code();
    // One engine, on the application's context, shut down with the activity.
    assert_eq!(code.matches("TextToSpeech(app)").count(), 1, "{code}");
    assert!(code.contains("val app = context.applicationContext"));
    let destroy = code.find("override fun onDestroy()").unwrap();
    assert!(code[destroy..].contains("shutdownSpeech()"));
    assert!(code.contains("tts?.shutdown()"));
    // The voice of the language, or "no voice": never another language.
    assert!(code.contains("engine.setLanguage(Locale.forLanguageTag(tag))"));
    assert!(
        code.contains("TextToSpeech.LANG_MISSING_DATA")
            && code.contains("TextToSpeech.LANG_NOT_SUPPORTED")
            && code.contains("speechEnded(reading, SPEECH_NO_VOICE)")
    );
    assert!(code.contains("engine.setSpeechRate(rate)"));
    // The first line cuts short what was read; the others follow it.
    assert!(
        code.contains(
            "val queue = if (i == 0) TextToSpeech.QUEUE_FLUSH else TextToSpeech.QUEUE_ADD"
        )
    );
    // Every way a line ends is reported.
    for callback in [
        "override fun onDone(",
        "override fun onStop(",
        "override fun onError(utteranceId: String?, errorCode: Int)",
    ] {
        assert!(code.contains(callback), "{callback}");
    }
    assert!(code.contains("if (last) speechEnded(reading, SPEECH_DONE)"));
    assert!(code.contains("tts?.stop()"));
}

#[test]
fn the_pick_outcomes_and_types_are_the_same_in_kotlin_and_rust() {
    let code = activity_code();
    for end in parcours_android::PickEnd::ALL {
        let constant = format!(
            "private const val {} = {}\n",
            end.kotlin_constant(),
            end.code()
        );
        assert!(code.contains(&constant), "MainActivity.kt lacks {constant}");
    }
    assert_eq!(
        code.matches("private const val PICK_").count(),
        parcours_android::PickEnd::ALL.len()
    );
    let types = parcours_android::PICK_MEDIA_TYPES
        .iter()
        .map(|t| format!("\"{t}\""))
        .collect::<Vec<_>>()
        .join(", ");
    assert!(
        code.contains(&format!("private val PICK_TYPES = arrayOf({types})")),
        "{types}"
    );
    assert!(code.contains(&format!(
        "private const val NOTIFY_BASE = {}\n",
        parcours_android::NOTIFY_BASE
    )));
}

#[test]
fn the_picker_and_the_camera_work_as_the_module_doc_says() {
    let code = activity_code();
    for needle in [
        "Intent(Intent.ACTION_OPEN_DOCUMENT)",
        ".addCategory(Intent.CATEGORY_OPENABLE)",
        ".putExtra(Intent.EXTRA_MIME_TYPES, PICK_TYPES)",
        ".putExtra(Intent.EXTRA_ALLOW_MULTIPLE, true)",
        "resolver.openInputStream(uri)",
        "OpenableColumns.DISPLAY_NAME",
        "resolver.getType(uri)",
        // Refused above the limit, whatever the size column says.
        "if (total > max) return null",
        "Intent(MediaStore.ACTION_IMAGE_CAPTURE)",
        ".putExtra(MediaStore.EXTRA_OUTPUT, uri)",
        "override fun onActivityResult(requestCode: Int, resultCode: Int, data: Intent?)",
        // The photo goes once read.
        "photo?.parentFile?.deleteRecursively()",
    ] {
        assert!(code.contains(needle), "{needle}");
    }
}

#[test]
fn the_provider_serves_the_outgoing_folder_read_only() {
    let code = activity_code();
    let start = code.find("class SharedFileProvider").unwrap();
    let end = code.find("class ReminderReceiver").unwrap();
    let provider = &code[start..end];
    for needle in [
        // One folder, two levels, canonical paths: nothing escapes it.
        "val root = MainActivity.outgoingDir(context).canonicalFile",
        "if (segments.size != 2) return null",
        "File(File(root, segments[0]), segments[1]).canonicalFile",
        "if (file.parentFile?.parentFile != root) return null",
        // Read-only, but the pending photo.
        "if (mode == \"r\")",
        "ParcelFileDescriptor.MODE_READ_ONLY",
        "if (photo == null || file != photo || !file.isFile)",
        "override fun insert(uri: Uri, values: ContentValues?): Uri? = throw UnsupportedOperationException",
    ] {
        assert!(provider.contains(needle), "{needle}");
    }
    assert_eq!(provider.matches("ParcelFileDescriptor.open(").count(), 2);
    assert!(code.contains(
        "internal fun outgoingDir(context: Context): File = File(context.cacheDir, \"outgoing\")"
    ));
    // Sharing grants reading only, through the chooser; the folder goes.
    for needle in [
        "Intent(Intent.ACTION_SEND)",
        ".putExtra(Intent.EXTRA_STREAM, uri)",
        ".addFlags(Intent.FLAG_GRANT_READ_URI_PERMISSION)",
        "Intent.createChooser(send, null)",
        "if (file.canonicalFile.parentFile != dir.canonicalFile)",
        "outgoingDir(this).deleteRecursively()",
    ] {
        assert!(code.contains(needle), "{needle}");
    }
    let share =
        &code[code.find("fun shareFile(").unwrap()..code.find("fun scheduleReminders(").unwrap()];
    assert!(
        !share.contains("FLAG_GRANT_WRITE_URI_PERMISSION"),
        "{share}"
    );
}

#[test]
fn reminders_are_alarms_with_the_cores_texts_only() {
    let code = activity_code();
    let start = code.find("class ReminderReceiver").unwrap();
    let receiver = &code[start..];
    for needle in [
        "alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, at, pending)",
        "Intent.ACTION_BOOT_COMPLETED -> setAlarms(context)",
        "alarms.cancel(pending)",
        ".setContentTitle(title)",
        ".setContentText(body)",
        "manager.notify(NOTIFY_BASE + index, builder.build())",
    ] {
        assert!(receiver.contains(needle), "{needle}");
    }
    // Every PendingIntent is immutable.
    let pending = code.matches("PendingIntent.get").count();
    assert_eq!(pending, 3);
    assert_eq!(
        code.matches("PendingIntent.FLAG_IMMUTABLE").count(),
        pending,
        "every PendingIntent is FLAG_IMMUTABLE"
    );
    // The texts shown are the extras put from the core's; nothing else
    // goes into the notification.
    assert_eq!(receiver.matches(".setContent").count(), 3);
    assert!(code.contains("Manifest.permission.POST_NOTIFICATIONS"));
    assert!(code.contains("Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU"));
}
