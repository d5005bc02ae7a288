//! The app's calls into Android, through JNI: open a `tel:`, `sms:` or
//! `geo:` link with another app, switch the launcher entry of discreet
//! mode, read text aloud with Android's `TextToSpeech`, choose documents
//! (`ACTION_OPEN_DOCUMENT`), take a photo with the camera app, send a file
//! to the share sheet, set reminders with `AlarmManager`. Used by
//! `parcours-mobile`'s `platform/android.rs` (see its module doc for what
//! these services do for the person, and what is missing).
//!
//! **Why this crate exists: `unsafe`.** The rest of the workspace forbids
//! `unsafe`. Reaching Java from Rust needs two raw pointers that the
//! Android shell (tao, through `ndk-context`) keeps for us: the Java VM and
//! the activity. Turning them into the `jni` crate's safe handles is
//! `unsafe` — `JavaVM::from_raw` and `JObject::from_raw` —, and that is all
//! the `unsafe` there is, in two functions of the `jvm` module
//! (`java_vm`, `with_activity`), each allowed where it stands with its
//! `SAFETY` comment. The crate's lints deny `unsafe` everywhere else.
//!
//! One more call that the `jni` 0.21 API marks safe deserves the same care:
//! `register_native_methods`, which hands Java the Rust functions that
//! Kotlin calls when a reading ends (`MainActivity.speechEnded`) and when
//! a pick of files or a photo ends (`MainActivity.filesPicked`). Their
//! signature strings must match the Rust functions' parameters; each is
//! written once ([`SPEECH_ENDED`], [`FILES_PICKED`]: [`NATIVE_METHODS`])
//! and `mobile/tests/platform_files.rs` checks them, and the signature of
//! every other `MainActivity` function the Rust calls ([`KOTLIN_METHODS`]),
//! against the Kotlin. The signatures of
//! Android's own methods (`Uri.parse`, the `Intent` constructor,
//! `startActivity`, `ClassLoader.loadClass`, …) are written from Android's
//! documentation and checked by nothing here: a wrong one would be a
//! `NoSuchMethodError` on the phone, reported as an [`Error`], not a crash.
//!
//! **What was checked, and what was not.** The Android part compiles only
//! for `target_os = "android"`, and is type-checked for
//! `aarch64-linux-android` by `tests/check-android.sh`. It has never run
//! on a phone: no APK can be built on the project's machines. On a
//! computer the crate is its pure helpers below (the intent of each link,
//! the JNI names and signatures, the speech and pick outcomes, the
//! bookkeeping of readings and picks, the size check of picked files, the
//! picker's types, the names of files sent outside, the reminders' limit
//! and notification ids), which are unit-tested here.

use std::fmt;

#[cfg(target_os = "android")]
mod jvm;

#[cfg(target_os = "android")]
pub use jvm::{
    open_link, pick_files, schedule_reminders, set_discreet_launcher, share_file, speak,
    stop_speaking, take_photo,
};

/// The app's activity, as JNI names classes (`MainActivity.kt`, used by
/// `dx` through `mobile/Dioxus.toml`).
pub const ACTIVITY_CLASS: &str = "dev/dioxus/main/MainActivity";

/// A class's name as `ClassLoader.loadClass` takes it (`a.b.C`) from its
/// JNI name (`a/b/C`).
pub fn binary_name(jni_name: &str) -> String {
    jni_name.replace('/', ".")
}

/// A static method of [`ACTIVITY_CLASS`] (a `@JvmStatic` function of its
/// Kotlin companion object): its name and JNI signature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JavaMethod {
    pub name: &'static str,
    pub signature: &'static str,
}

/// `MainActivity.setDiscreetLauncher(context: Context, discreet: Boolean)`.
pub const SET_DISCREET_LAUNCHER: JavaMethod = JavaMethod {
    name: "setDiscreetLauncher",
    signature: "(Landroid/content/Context;Z)V",
};

/// `MainActivity.speak(context: Context, lines: Array<String>, tag: String,
/// rate: Float, reading: Long)`.
pub const SPEAK: JavaMethod = JavaMethod {
    name: "speak",
    signature: "(Landroid/content/Context;[Ljava/lang/String;Ljava/lang/String;FJ)V",
};

/// `MainActivity.stopSpeaking()`.
pub const STOP_SPEAKING: JavaMethod = JavaMethod {
    name: "stopSpeaking",
    signature: "()V",
};

/// `MainActivity.speechEnded(reading: Long, outcome: Int)`: the `external`
/// (native) function Kotlin calls when a reading ends, registered by the
/// Rust side with this signature before its first reading.
pub const SPEECH_ENDED: JavaMethod = JavaMethod {
    name: "speechEnded",
    signature: "(JI)V",
};

/// `MainActivity.pickFiles(activity: Activity, request: Long, maxBytes:
/// Long)`: opens the system's document picker (`ACTION_OPEN_DOCUMENT`);
/// the answer comes back through [`FILES_PICKED`].
pub const PICK_FILES: JavaMethod = JavaMethod {
    name: "pickFiles",
    signature: "(Landroid/app/Activity;JJ)V",
};

/// `MainActivity.takePhoto(activity: Activity, request: Long, maxBytes:
/// Long)`: opens the camera app (`ACTION_IMAGE_CAPTURE`); the photo comes
/// back through [`FILES_PICKED`].
pub const TAKE_PHOTO: JavaMethod = JavaMethod {
    name: "takePhoto",
    signature: "(Landroid/app/Activity;JJ)V",
};

/// `MainActivity.filesPicked(request: Long, outcome: Int, names:
/// Array<String>, types: Array<String>, contents: Array<ByteArray>)`: the
/// `external` (native) function Kotlin calls with the files of a pick or a
/// photo, registered by the Rust side before its first request.
pub const FILES_PICKED: JavaMethod = JavaMethod {
    name: "filesPicked",
    signature: "(JI[Ljava/lang/String;[Ljava/lang/String;[[B)V",
};

/// `MainActivity.shareFile(activity: Activity, name: String, type: String,
/// bytes: ByteArray)`: writes the file where `SharedFileProvider` serves it
/// and opens the share sheet (`ACTION_SEND` through a chooser).
pub const SHARE_FILE: JavaMethod = JavaMethod {
    name: "shareFile",
    signature: "(Landroid/app/Activity;Ljava/lang/String;Ljava/lang/String;[B)V",
};

/// `MainActivity.scheduleReminders(activity: Activity, times: LongArray,
/// titles: Array<String>, bodies: Array<String>)`: replaces the alarms of
/// the reminders (times in milliseconds since 1970, UTC).
pub const SCHEDULE_REMINDERS: JavaMethod = JavaMethod {
    name: "scheduleReminders",
    signature: "(Landroid/app/Activity;[J[Ljava/lang/String;[Ljava/lang/String;)V",
};

/// The methods the Rust side calls or registers, for the tests that
/// compare them with the Kotlin.
pub const KOTLIN_METHODS: [JavaMethod; 9] = [
    SET_DISCREET_LAUNCHER,
    SPEAK,
    STOP_SPEAKING,
    SPEECH_ENDED,
    PICK_FILES,
    TAKE_PHOTO,
    FILES_PICKED,
    SHARE_FILE,
    SCHEDULE_REMINDERS,
];

/// The `external` functions among [`KOTLIN_METHODS`]: Kotlin calls them,
/// the Rust side registers them (`RegisterNatives`).
pub const NATIVE_METHODS: [JavaMethod; 2] = [SPEECH_ENDED, FILES_PICKED];

/// The JNI signature of a Kotlin function from its parameters' types and
/// its return type, for the types the functions above use (`None` for any
/// other: add it here first).
pub fn jni_signature(parameters: &[&str], returns: &str) -> Option<String> {
    fn one(kotlin: &str) -> Option<&'static str> {
        Some(match kotlin.trim() {
            "Context" => "Landroid/content/Context;",
            "Activity" => "Landroid/app/Activity;",
            "String" => "Ljava/lang/String;",
            "Array<String>" => "[Ljava/lang/String;",
            "ByteArray" => "[B",
            "Array<ByteArray>" => "[[B",
            "LongArray" => "[J",
            "Boolean" => "Z",
            "Int" => "I",
            "Long" => "J",
            "Float" => "F",
            "Unit" => "V",
            _ => return None,
        })
    }
    let mut signature = String::from("(");
    for p in parameters {
        signature.push_str(one(p)?);
    }
    signature.push(')');
    signature.push_str(one(returns)?);
    Some(signature)
}

/// A link opened with another app.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// `tel:`: the dialer, number filled in; the person still taps "call"
    /// (so no `CALL_PHONE` permission).
    Tel,
    /// `sms:`: a new text message to the number.
    Sms,
    /// `geo:0,0?q=…`: a map app on the address.
    Geo,
}

impl LinkKind {
    /// The `Intent` action that opens it (`Intent.ACTION_DIAL`,
    /// `ACTION_SENDTO`, `ACTION_VIEW`).
    pub const fn intent_action(self) -> &'static str {
        match self {
            LinkKind::Tel => "android.intent.action.DIAL",
            LinkKind::Sms => "android.intent.action.SENDTO",
            LinkKind::Geo => "android.intent.action.VIEW",
        }
    }

    /// The URI scheme this kind of link has.
    pub const fn scheme(self) -> &'static str {
        match self {
            LinkKind::Tel => "tel:",
            LinkKind::Sms => "sms:",
            LinkKind::Geo => "geo:",
        }
    }
}

/// `Intent.FLAG_ACTIVITY_NEW_TASK`: the other app opens in its own task.
pub const FLAG_ACTIVITY_NEW_TASK: i32 = 0x1000_0000;

/// How a reading aloud ended, as `MainActivity.speechEnded` reports it
/// (the Kotlin's `SPEECH_*` constants carry the same numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechEnd {
    /// The last line was read.
    Done,
    /// Stopped: by the person, or cut short by another reading.
    Stopped,
    /// The engine reported an error.
    Failed,
    /// No voice for the language (`LANG_MISSING_DATA`,
    /// `LANG_NOT_SUPPORTED`).
    NoVoice,
    /// No text-to-speech engine could be started on this phone.
    Unavailable,
}

impl SpeechEnd {
    pub const ALL: [SpeechEnd; 5] = [
        SpeechEnd::Done,
        SpeechEnd::Stopped,
        SpeechEnd::Failed,
        SpeechEnd::NoVoice,
        SpeechEnd::Unavailable,
    ];

    /// The number Kotlin sends for it.
    pub const fn code(self) -> i32 {
        match self {
            SpeechEnd::Done => 0,
            SpeechEnd::Stopped => 1,
            SpeechEnd::Failed => 2,
            SpeechEnd::NoVoice => 3,
            SpeechEnd::Unavailable => 4,
        }
    }

    /// The name of its constant in the Kotlin (`SPEECH_DONE`, …).
    pub const fn kotlin_constant(self) -> &'static str {
        match self {
            SpeechEnd::Done => "SPEECH_DONE",
            SpeechEnd::Stopped => "SPEECH_STOPPED",
            SpeechEnd::Failed => "SPEECH_FAILED",
            SpeechEnd::NoVoice => "SPEECH_NO_VOICE",
            SpeechEnd::Unavailable => "SPEECH_UNAVAILABLE",
        }
    }

    /// The outcome Kotlin sent; a number this side does not know is a
    /// failure (never a success that did not happen).
    pub fn from_code(code: i32) -> Self {
        Self::ALL
            .into_iter()
            .find(|e| e.code() == code)
            .unwrap_or(SpeechEnd::Failed)
    }
}

/// The readings aloud waiting for their end, each with what to call then.
/// One reading at a time goes on: starting one cuts short the others, and
/// they end at once as [`SpeechEnd::Stopped`] (whatever Kotlin reports for
/// them later is ignored). Pure bookkeeping, tested on the host; the
/// Android side keeps one behind a mutex.
#[derive(Debug)]
pub struct Readings<F> {
    last: u64,
    waiting: Vec<(u64, F)>,
}

impl<F> Default for Readings<F> {
    fn default() -> Self {
        Self::new()
    }
}

impl<F> Readings<F> {
    pub const fn new() -> Self {
        Self {
            last: 0,
            waiting: Vec::new(),
        }
    }

    /// A new reading: its number (never 0, never given twice), and the
    /// readings it cuts short, to be told [`SpeechEnd::Stopped`].
    pub fn begin(&mut self, on_end: F) -> (u64, Vec<F>) {
        self.last += 1;
        let cut_short = self.end_all();
        self.waiting.push((self.last, on_end));
        (self.last, cut_short)
    }

    /// Reading `reading` ended: what to call, unless it ended already.
    pub fn end(&mut self, reading: u64) -> Option<F> {
        let at = self.waiting.iter().position(|(r, _)| *r == reading)?;
        Some(self.waiting.swap_remove(at).1)
    }

    /// Every reading stops (the person asked): what to call for each.
    pub fn end_all(&mut self) -> Vec<F> {
        self.waiting.drain(..).map(|(_, f)| f).collect()
    }
}

/// How a pick of files (or a photo) ended, as `MainActivity.filesPicked`
/// reports it (the Kotlin's `PICK_*` constants carry the same numbers).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickEnd {
    /// The files came back (at least one).
    Picked,
    /// The person closed the picker or the camera without choosing.
    Cancelled,
    /// A file is larger than the limit Rust gave: none is given back.
    TooLarge,
    /// Reading a file failed.
    Failed,
    /// No app on the phone picks documents or takes photos.
    NoApp,
}

impl PickEnd {
    pub const ALL: [PickEnd; 5] = [
        PickEnd::Picked,
        PickEnd::Cancelled,
        PickEnd::TooLarge,
        PickEnd::Failed,
        PickEnd::NoApp,
    ];

    /// The number Kotlin sends for it.
    pub const fn code(self) -> i32 {
        match self {
            PickEnd::Picked => 0,
            PickEnd::Cancelled => 1,
            PickEnd::TooLarge => 2,
            PickEnd::Failed => 3,
            PickEnd::NoApp => 4,
        }
    }

    /// The name of its constant in the Kotlin (`PICK_DONE`, …).
    pub const fn kotlin_constant(self) -> &'static str {
        match self {
            PickEnd::Picked => "PICK_DONE",
            PickEnd::Cancelled => "PICK_CANCELLED",
            PickEnd::TooLarge => "PICK_TOO_LARGE",
            PickEnd::Failed => "PICK_FAILED",
            PickEnd::NoApp => "PICK_NO_APP",
        }
    }

    /// The outcome Kotlin sent; a number this side does not know is a
    /// failure.
    pub fn from_code(code: i32) -> Self {
        Self::ALL
            .into_iter()
            .find(|e| e.code() == code)
            .unwrap_or(PickEnd::Failed)
    }
}

/// A file that came back from the picker or the camera.
#[derive(Clone, PartialEq, Eq)]
pub struct PickedFile {
    /// Its display name (`OpenableColumns.DISPLAY_NAME`), or `photo.jpg`.
    pub name: String,
    /// Its media type (`ContentResolver.getType`).
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl fmt::Debug for PickedFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PickedFile")
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// What a pick gives back: the files, or how it ended without them.
pub type Picked = Result<Vec<PickedFile>, PickEnd>;

/// The answer of a pick from what Kotlin sent: [`PickEnd::Picked`] with no
/// file, or files beyond `max_bytes`, is not a success (Kotlin checks the
/// size too; this side does not take its word for it).
pub fn picked(outcome: PickEnd, files: Vec<PickedFile>, max_bytes: u64) -> Picked {
    match outcome {
        PickEnd::Picked if files.is_empty() => Err(PickEnd::Cancelled),
        PickEnd::Picked if files.iter().any(|f| f.bytes.len() as u64 > max_bytes) => {
            Err(PickEnd::TooLarge)
        }
        PickEnd::Picked => Ok(files),
        other => Err(other),
    }
}

/// The media types the document picker offers (`EXTRA_MIME_TYPES`): the
/// safe's papers, photos and PDFs. The Kotlin's `PICK_TYPES` lists the
/// same.
pub const PICK_MEDIA_TYPES: [&str; 4] =
    ["image/jpeg", "image/png", "image/webp", "application/pdf"];

/// The name a file shared outside gets in the cache folder and in the
/// `content://` URI: the name the person sees, without what a path or the
/// receiving app could misread (`/`, `\`, control characters, a leading
/// dot), at most 100 characters; `document` when nothing is left.
/// `SharedFileProvider` checks the path again (canonical path).
pub fn outgoing_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c.is_control() {
                '_'
            } else {
                c
            }
        })
        .take(100)
        .collect();
    let cleaned = cleaned.trim().trim_start_matches('.').trim();
    if cleaned.is_empty() {
        "document".to_owned()
    } else {
        cleaned.to_owned()
    }
}

/// The most reminders set with `AlarmManager` at once (the soonest). Far
/// more than the app makes (two per upcoming appointment), far fewer than
/// Android's limit per app (500 alarms on Android 12 and later).
pub const MAX_REMINDERS: usize = 64;

/// The id of the notification shown for the reminder at `index` of the
/// scheduled list; the Kotlin's `ReminderReceiver` uses `NOTIFY_BASE +
/// index`, and `index` as the alarm's request code.
pub const fn notification_id(index: usize) -> i32 {
    NOTIFY_BASE + index as i32
}

/// The first notification id (the Kotlin's `NOTIFY_BASE`).
pub const NOTIFY_BASE: i32 = 1000;

/// Why a call into Android did not do what was asked. Never carries what
/// the person wrote (a number, an address, a text read aloud): Java's
/// messages can, so only the exception's class is kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// No app on the phone handles this link
    /// (`ActivityNotFoundException`).
    NoApp,
    /// Java threw this exception (its class name only).
    Java(String),
    /// The JNI call itself failed (no VM, a missing method, …).
    Jni(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NoApp => f.write_str("no app handles this link"),
            Error::Java(class) => write!(f, "Java threw {class}"),
            Error::Jni(what) => write!(f, "JNI failed: {what}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_link_opens_with_its_intent() {
        assert_eq!(
            LinkKind::Tel.intent_action(),
            "android.intent.action.DIAL",
            "dial, never call: no CALL_PHONE permission"
        );
        assert_eq!(
            LinkKind::Sms.intent_action(),
            "android.intent.action.SENDTO"
        );
        assert_eq!(LinkKind::Geo.intent_action(), "android.intent.action.VIEW");
        let kinds = [LinkKind::Tel, LinkKind::Sms, LinkKind::Geo];
        for (i, a) in kinds.iter().enumerate() {
            for b in &kinds[i + 1..] {
                assert_ne!(a.scheme(), b.scheme());
            }
        }
        assert_eq!(FLAG_ACTIVITY_NEW_TASK, 268_435_456);
    }

    #[test]
    fn signatures_from_kotlin_types() {
        assert_eq!(
            jni_signature(&["Context", "Boolean"], "Unit").as_deref(),
            Some("(Landroid/content/Context;Z)V")
        );
        assert_eq!(jni_signature(&[], "Unit").as_deref(), Some("()V"));
        assert_eq!(
            jni_signature(&["Long", "Int"], "Unit").as_deref(),
            Some("(JI)V")
        );
        assert_eq!(
            jni_signature(
                &["Context", "Array<String>", "String", "Float", "Long"],
                "Unit"
            )
            .as_deref(),
            Some(SPEAK.signature)
        );
        // A type it does not know is refused, not guessed.
        assert_eq!(jni_signature(&["Double"], "Unit"), None);
        assert_eq!(jni_signature(&["String"], "Any"), None);
        assert_eq!(binary_name(ACTIVITY_CLASS), "dev.dioxus.main.MainActivity");
    }

    #[test]
    fn speech_outcomes_round_trip_and_unknown_is_a_failure() {
        for e in SpeechEnd::ALL {
            assert_eq!(SpeechEnd::from_code(e.code()), e);
        }
        let codes: std::collections::BTreeSet<i32> =
            SpeechEnd::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(codes.len(), SpeechEnd::ALL.len());
        assert_eq!(SpeechEnd::from_code(99), SpeechEnd::Failed);
        assert_eq!(SpeechEnd::from_code(-1), SpeechEnd::Failed);
    }

    #[test]
    fn a_new_reading_cuts_the_others_short_and_ends_once() {
        let mut r = Readings::new();
        let (first, cut) = r.begin("first");
        assert!(cut.is_empty());
        assert_ne!(first, 0);
        let (second, cut) = r.begin("second");
        assert_ne!(first, second);
        assert_eq!(cut, vec!["first"]);
        // Kotlin's late word about the first reading changes nothing.
        assert_eq!(r.end(first), None);
        assert_eq!(r.end(second), Some("second"));
        assert_eq!(r.end(second), None, "told once");
        let (third, _) = r.begin("third");
        assert!(third > second);
        assert_eq!(r.end_all(), vec!["third"]);
        assert!(r.end_all().is_empty());
        assert_eq!(r.end(third), None);
    }

    #[test]
    fn pick_outcomes_round_trip_and_a_pick_is_never_a_false_success() {
        for e in PickEnd::ALL {
            assert_eq!(PickEnd::from_code(e.code()), e);
        }
        let codes: std::collections::BTreeSet<i32> =
            PickEnd::ALL.iter().map(|e| e.code()).collect();
        assert_eq!(codes.len(), PickEnd::ALL.len());
        assert_eq!(PickEnd::from_code(7), PickEnd::Failed);
        let file = |len: usize| PickedFile {
            name: "a.pdf".into(),
            media_type: "application/pdf".into(),
            bytes: vec![0; len],
        };
        assert_eq!(picked(PickEnd::Picked, vec![file(3)], 3), Ok(vec![file(3)]));
        assert_eq!(picked(PickEnd::Picked, vec![], 3), Err(PickEnd::Cancelled));
        assert_eq!(
            picked(PickEnd::Picked, vec![file(1), file(4)], 3),
            Err(PickEnd::TooLarge)
        );
        assert_eq!(
            picked(PickEnd::Cancelled, vec![file(1)], 3),
            Err(PickEnd::Cancelled)
        );
        assert_eq!(picked(PickEnd::NoApp, vec![], 3), Err(PickEnd::NoApp));
        let shown = format!("{:?}", file(2));
        assert!(
            !shown.contains("a.pdf") && shown.contains("len: 2"),
            "{shown}"
        );
    }

    #[test]
    fn the_picker_offers_the_safes_types_only() {
        assert_eq!(
            PICK_MEDIA_TYPES,
            ["image/jpeg", "image/png", "image/webp", "application/pdf"]
        );
        assert!(PICK_MEDIA_TYPES.iter().all(|t| !t.contains('*')));
    }

    #[test]
    fn outgoing_names_stay_in_their_folder() {
        assert_eq!(outgoing_file_name("Avis 2025.pdf"), "Avis 2025.pdf");
        assert_eq!(outgoing_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(outgoing_file_name("a/b\\c"), "a_b_c");
        assert_eq!(outgoing_file_name(".."), "document");
        assert_eq!(outgoing_file_name("  "), "document");
        assert_eq!(outgoing_file_name(".hidden"), "hidden");
        assert_eq!(outgoing_file_name("a\nb\0c"), "a_b_c");
        assert_eq!(outgoing_file_name(&"é".repeat(300)).chars().count(), 100);
        for name in ["../x", "/abs", "..", ".", "a/../../b"] {
            let out = outgoing_file_name(name);
            assert!(!out.contains('/') && out != ".." && out != ".", "{out}");
        }
    }

    #[test]
    fn reminders_have_their_own_notification_ids() {
        assert_eq!(notification_id(0), NOTIFY_BASE);
        assert_eq!(notification_id(MAX_REMINDERS - 1), NOTIFY_BASE + 63);
        const { assert!(MAX_REMINDERS < 500, "Android's limit of alarms per app") };
    }

    #[test]
    fn every_native_method_is_a_kotlin_method() {
        for m in NATIVE_METHODS {
            assert!(KOTLIN_METHODS.contains(&m), "{}", m.name);
        }
        assert_eq!(
            jni_signature(
                &[
                    "Long",
                    "Int",
                    "Array<String>",
                    "Array<String>",
                    "Array<ByteArray>"
                ],
                "Unit"
            )
            .as_deref(),
            Some(FILES_PICKED.signature)
        );
        assert_eq!(
            jni_signature(
                &["Activity", "LongArray", "Array<String>", "Array<String>"],
                "Unit"
            )
            .as_deref(),
            Some(SCHEDULE_REMINDERS.signature)
        );
        assert_eq!(
            jni_signature(&["Activity", "String", "String", "ByteArray"], "Unit").as_deref(),
            Some(SHARE_FILE.signature)
        );
    }

    #[test]
    fn errors_never_carry_the_persons_words() {
        let e = Error::Java("android.content.ActivityNotFoundException".into());
        assert_eq!(
            e.to_string(),
            "Java threw android.content.ActivityNotFoundException"
        );
        assert_eq!(Error::NoApp.to_string(), "no app handles this link");
    }
}
