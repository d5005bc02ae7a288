//! Android's services. Compiled into the app only for `target_os =
//! "android"`; **type-checked for `aarch64-linux-android`
//! (`tests/check-android.sh`), never run on a phone**: no APK can be built
//! on the project's machines (no NDK, no Gradle). The Kotlin it calls
//! (`mobile/android/MainActivity.kt`) is compiled nowhere here (no Kotlin
//! compiler, no Android SDK): `mobile/tests/platform_files.rs` only reads
//! it, and checks that the functions the Rust calls exist with the names,
//! JNI signatures and outcome numbers the Rust uses. What is written here
//! has been read against the Android, Kotlin and `jni` documentation, not
//! seen to work.
//!
//! | service | state |
//! |---|---|
//! | links (`tel:`, `sms:`, `geo:`) | written in Rust (JNI), type-checked |
//! | discreet mode's launcher entry | written: Rust type-checked, Kotlin and manifest read by tests |
//! | read aloud | written: Rust type-checked, Kotlin read by tests |
//! | choose files (document picker) | written: Rust type-checked, Kotlin read by tests |
//! | take a photo | written: Rust type-checked, Kotlin and manifest read by tests |
//! | send a file outside (share sheet) | written: Rust type-checked, Kotlin and manifest read by tests |
//! | reminders (system notifications) | written: Rust type-checked, Kotlin and manifest read by tests |
//! | keep the safe out of backups | the manifest, checked by a test |
//!
//! The same file is also built on the host, inside the platform module's
//! unit tests (`android_on_host`): there the calls into Android are left
//! out (`#[cfg(target_os = "android")]`), and every service but the backup
//! exclusion answers [`PlatformError::Unavailable`]. Those tests check the
//! pure parts (which intent a link gets, what a reading's or a pick's end
//! means for the screen, which reminders are set) and that the host build
//! claims nothing.
//!
//! ## How Rust reaches Android
//!
//! Dioxus 0.7's Android shell runs the app in a `WebView` inside its own
//! activity (`dev.dioxus.main.MainActivity`, ours: `mobile/android/
//! MainActivity.kt`, used verbatim by `dx` through `mobile/Dioxus.toml`).
//! The calls go through the workspace crate `parcours-android`
//! (`mobile/android-glue/`), the only one allowed `unsafe`, for two calls:
//! it takes the Java VM and the activity from `ndk_context::android_context()`
//! (which tao initialises before the app's `main`), attaches the calling
//! thread with the `jni` crate (0.21, the version dioxus already uses),
//! loads `MainActivity` through the activity's class loader (a thread Rust
//! attached cannot `FindClass` the app's classes), and calls Java in a
//! local reference frame. A Java exception is cleared and kept by its class
//! name only (its message could hold a phone number).
//! `mobile/tests/platform_files.rs` checks that each Kotlin function the
//! Rust calls exists with the JNI signature the Rust uses.
//!
//! ## Written (type-checked only)
//!
//! - **Links** ([`Platform::open_link`]; screens get
//!   [`LinkAction::Native`] buttons): `startActivity(Intent(action,
//!   Uri.parse(href)))` with `FLAG_ACTIVITY_NEW_TASK`, the action
//!   `ACTION_DIAL` for `tel:` (the dialer, number filled in: the person
//!   still taps "call", so no `CALL_PHONE` permission), `ACTION_SENDTO` for
//!   `sms:`, `ACTION_VIEW` for `geo:0,0?q=…` ([`intent_of`]). No app for it
//!   (`ActivityNotFoundException`: a tablet without a dialer) is
//!   [`PlatformError::Unavailable`]. `startActivity` needs no `<queries>`
//!   in the manifest (only looking an app up first would).
//! - **Discreet mode's name and icon** ([`Platform::set_discreet_launcher`]):
//!   `MainActivity.setDiscreetLauncher(activity, discreet)` (Kotlin), which
//!   enables one of the manifest's two launcher entries
//!   (`dev.dioxus.main.Parcours`, Parcours's own; `dev.dioxus.main.Discreet`,
//!   "Météo" and Android's generic icon: dx 0.7 copies no icon file of ours)
//!   and disables the other, with `PackageManager.setComponentEnabledSetting(…,
//!   DONT_KILL_APP)`. Some launchers take a few seconds to redraw, and
//!   shortcuts already pinned to the home screen keep the old entry until
//!   removed.
//! - **Read aloud** ([`Platform::speak`]; [`Android::capabilities`] says
//!   `read_aloud`, so the screens show the button): Android's `WebView` has
//!   no `speechSynthesis`, so the text the screen gathers in the page (the
//!   same script as in the browser, `components::read_aloud`) is cut into
//!   the browser's pieces ([`super::browser::speech_parts`]) and handed to
//!   `MainActivity.speak(context, lines, tag, rate, reading)`. The Kotlin
//!   keeps one `TextToSpeech` for the app's life (on the application
//!   context; `shutdown()` when the activity is destroyed), touched on the
//!   main thread only; a reading asked before its `onInit` waits for it.
//!   Then `setLanguage(Locale.forLanguageTag(speech_tag(lang)))`
//!   ([`super::speech_tag`]), whose `LANG_MISSING_DATA` or
//!   `LANG_NOT_SUPPORTED` is [`PlatformError::Unavailable`] ("no voice for
//!   this language": the screen says so); `setSpeechRate(rate.factor())`
//!   (`1.0` is the voice's normal speed, "slower" `0.7`); the first line
//!   with `QUEUE_FLUSH` (cutting short what was read), the others with
//!   `QUEUE_ADD`. The end comes back to Rust: an `UtteranceProgressListener`
//!   calls `MainActivity.speechEnded(reading, outcome)`, a Kotlin `external`
//!   function that `parcours-android` registers (`RegisterNatives`) before
//!   its first reading — `onDone` of the last line, `onStop`, `onError` —;
//!   then the future [`Platform::speak`] returned completes. A reading cut
//!   short by another, or by [`Platform::stop_speaking`] (`stop()`), ends at
//!   once on the Rust side as a success. Assumed, to be checked on a phone
//!   first: that `@JvmStatic external fun` in a companion object is the
//!   outer class's static native method, which `RegisterNatives` on
//!   `MainActivity` binds (the usual Kotlin pattern).
//! - **Keep the safe out of Android's backups**: not a call but the
//!   manifest (checked by `mobile/tests/platform_files.rs`):
//!   `android:allowBackup="false"` and `android:fullBackupContent="false"`
//!   keep the app's files out of the cloud backup and `adb backup`, so
//!   [`Platform::exclude_from_backup`] answers
//!   [`BackupExclusion::ByManifest`](super::BackupExclusion::ByManifest).
//!   Not covered: device-to-device transfer on Android 12 and later, which
//!   only `android:dataExtractionRules` (`<exclude domain="file"
//!   path="safe/"/>` under `<device-transfer>`) would stop, and dx 0.7
//!   copies no `res/xml` file for it; what such a transfer could copy is
//!   encrypted under Android Keystore keys that never leave the phone
//!   (docs/masvs.md).
//!
//! - **Choose files** ([`PickFrom::Files`]): `MainActivity.pickFiles`
//!   starts `ACTION_OPEN_DOCUMENT` (the Storage Access Framework: no
//!   storage permission) with `CATEGORY_OPENABLE`, `EXTRA_MIME_TYPES` JPEG,
//!   PNG, WebP, PDF (`parcours_android::PICK_MEDIA_TYPES`) and
//!   `EXTRA_ALLOW_MULTIPLE`, with `startActivityForResult`. The activity's
//!   `onActivityResult` reads each `content://` URI on a thread of its own
//!   (`ContentResolver.openInputStream`; name and size from
//!   `OpenableColumns`, type from `getType`), refusing the whole pick when
//!   a file is over the browser's limit
//!   ([`MAX_FILE_BYTES`](super::browser::MAX_FILE_BYTES), 20 MiB: before
//!   reading when the size column says so, while reading otherwise), and
//!   hands names, types and bytes to `MainActivity.filesPicked`, a second
//!   registered native function, which checks the sizes again
//!   (`parcours_android::picked`). Closing the picker is
//!   [`PlatformError::Cancelled`]. A new pick ends the one still waiting
//!   as cancelled. The files' bytes cross JNI as one `byte[]` each, so a
//!   pick of several large files holds them in Java and in Rust for a
//!   moment; there is no limit on the total, and a Java heap too small
//!   for it (`OutOfMemoryError`, caught) fails the whole pick.
//! - **Take a photo** ([`PickFrom::Camera`]): `MainActivity.takePhoto`
//!   makes an empty file `outgoing/<random>/photo.jpg` in the app's cache
//!   folder and starts `MediaStore.ACTION_IMAGE_CAPTURE` with
//!   `EXTRA_OUTPUT` = its `content://fr.parcours.app.files/…` URI, granting
//!   the camera app read and write on that one URI. The provider (below)
//!   lets that one file be written, only while the camera is open. Back in
//!   `onActivityResult`, the photo is read (empty: cancelled; over the
//!   limit: too large), its folder deleted, and it comes back as a picked
//!   file `photo.jpg` (`image/jpeg`); the core strips its metadata as for
//!   any photo. No `CAMERA` permission: the camera app takes the photo
//!   (declaring it would oblige the app to ask for it first).
//! - **Send a file outside** ([`Platform::share_file`], answering
//!   [`Delivered::ShareSheet`] once the chooser is asked for): Rust cleans
//!   the name (`parcours_android::outgoing_file_name`: no slash, no control
//!   character, no leading dot); `MainActivity.shareFile` writes the bytes
//!   to `outgoing/<random>/<name>`, and posts `startActivityForResult` of
//!   `Intent.createChooser(ACTION_SEND)` with `EXTRA_STREAM` = its URI (and
//!   the same URI as `ClipData`) and `FLAG_GRANT_READ_URI_PERMISSION` only.
//!   The folder is deleted when the chooser's result comes back, and
//!   anything left in `outgoing` at the next start of the app. Should the
//!   chooser fail to open after this answered, nothing tells the screen
//!   (the folder is deleted). To be checked on a phone: whether an app
//!   that reads the file *after* its activity finished (an upload in the
//!   background) still finds it; the chooser's result comes back when the
//!   chosen activity finishes.
//! - **The provider** (`SharedFileProvider` in `MainActivity.kt`, ours:
//!   androidx's `FileProvider` needs a `res/xml` paths file, which dx 0.7
//!   does not copy): authority `fr.parcours.app.files`, `exported="false"`
//!   and `grantUriPermissions="true"` (it refuses to start otherwise, as
//!   `FileProvider` does), so another app reaches a file only through the
//!   permission granted with one intent. It serves only
//!   `cacheDir/outgoing/<folder>/<name>`: exactly two path segments,
//!   resolved with canonical paths and refused unless the file's
//!   grandparent is the outgoing folder; read-only (`"r"`), but for the
//!   pending photo (any write mode, that exact file, while the camera is
//!   open); `query` gives the name and the size only; insert, update and
//!   delete are refused.
//! - **Reminders** ([`Platform::schedule_reminders`], answering
//!   [`ReminderDelivery::System`]: scheduled with Android, shown when the
//!   app is closed): the reminders still ahead, soonest first, at most
//!   `parcours_android::MAX_REMINDERS` ([`reminders_to_set`]), go to
//!   `MainActivity.scheduleReminders` as times and the core's title and
//!   body ([`parcours_core::reminder`]: nothing personal). `ReminderReceiver`
//!   (a `BroadcastReceiver` in `MainActivity.kt`, not exported) cancels the
//!   alarms set before (request codes `0..count`, the count kept), keeps
//!   the times and texts in the `SharedPreferences` file `reminders`, and
//!   sets one `AlarmManager.setAndAllowWhileIdle(RTC_WAKEUP, …)` per
//!   reminder, a `PendingIntent` (`FLAG_IMMUTABLE`) to itself with the
//!   texts as extras. Inexact on purpose: Android may delay it by some
//!   minutes in Doze, which a reminder a day or two hours ahead allows;
//!   exact alarms need `SCHEDULE_EXACT_ALARM` or `USE_EXACT_ALARM`, which
//!   Google Play keeps for alarm-clock and calendar apps. When one goes
//!   off, the receiver posts the notification on the channel `reminders`
//!   (Android 8+), id `NOTIFY_BASE + index`, Android's reminder icon,
//!   tapping it opening the app. After a reboot (`BOOT_COMPLETED`, which
//!   only the system sends, so a receiver not exported gets it) it sets
//!   the alarms still ahead again from the preferences. The first time
//!   there is a reminder to show, on Android 13 and later, the activity
//!   asks `POST_NOTIFICATIONS`; refused, Android drops the notifications
//!   silently and the answer is still [`ReminderDelivery::System`] (the
//!   alarms are set; allowing notifications later makes them show).
//!   [`Platform::scheduled_reminders`] is what this process last
//!   scheduled, as asked (so that the app, which compares it with the
//!   core's list at each render, does not set the alarms again and again
//!   when there are more than `MAX_REMINDERS`): empty at each start, so the
//!   app schedules again then (replacing the kept ones; the later ones get
//!   their alarms at a later schedule). Not covered: "delete everything"
//!   does not cancel the alarms itself; they go only when the app
//!   schedules again (an empty dossier: an empty list, which cancels them
//!   and empties the file), which was not checked to happen after a wipe.
//!   Until then they still show the core's impersonal texts.
//!   Two limits the person may see: the notification's header shows the
//!   application's label, "Parcours", even in discreet mode (the launcher
//!   entry changes, not the application's label), and so does the core's
//!   title (`notify-title`).
//!
//! ## Missing, and why
//!
//! Nothing of the [`Platform`] interface answers "unavailable" on a phone
//! any more; what is missing is the phone itself: **none of this has run
//! on Android**. To check first on a phone: `RegisterNatives` of both
//! `external` functions; `onActivityResult` reached through dx's
//! `WryActivity` (an older API that Android still calls); that camera apps
//! write through the provider's write mode; that receiving apps read the
//! shared file (its name and type come from the provider); that the
//! receiver gets `BOOT_COMPLETED` while not exported; the notifications on
//! Android 13's permission refused and allowed.

use std::path::Path;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Utc};
use parcours_android::{LinkKind, MAX_REMINDERS, PickEnd, Picked, SpeechEnd};
use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;

use super::browser::MAX_FILE_BYTES;
use super::{
    BackupExclusion, Capabilities, Delivered, FileBytes, Link, LinkAction, PickFrom, Platform,
    PlatformError, PlatformFuture, ReminderDelivery,
};

/// Android's services, through `parcours-android` (JNI) and the Kotlin of
/// `MainActivity.kt` (see the module's docs).
#[derive(Debug, Default)]
pub struct Android {
    /// The reminders this process last scheduled, soonest first, as asked
    /// (Android holds alarms for the soonest ahead of them, at most
    /// `MAX_REMINDERS`); the app schedules again at each start: this list
    /// starts empty.
    reminders: Mutex<Vec<Notification>>,
}

impl Android {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The reminders set with Android out of those asked: those still ahead of
/// `now`, soonest first, at most [`MAX_REMINDERS`].
pub fn reminders_to_set(mut reminders: Vec<Notification>, now: DateTime<Utc>) -> Vec<Notification> {
    reminders.retain(|n| n.at > now);
    reminders.sort_by_key(|n| n.at);
    reminders.truncate(MAX_REMINDERS);
    reminders
}

/// What [`Platform::pick_files`] gives back for the way a pick (or a
/// photo) ended.
pub fn pick_result(picked: Picked) -> Result<Vec<FileBytes>, PlatformError> {
    match picked {
        Ok(files) => Ok(files
            .into_iter()
            .map(|f| FileBytes {
                name: f.name,
                media_type: f.media_type,
                bytes: f.bytes.into(),
            })
            .collect()),
        Err(PickEnd::Cancelled) => Err(PlatformError::Cancelled),
        Err(PickEnd::TooLarge) => Err(PlatformError::TooLarge {
            max_bytes: MAX_FILE_BYTES,
        }),
        Err(PickEnd::NoApp) => Err(PlatformError::Unavailable(
            "an app to choose documents or take photos",
        )),
        Err(PickEnd::Picked | PickEnd::Failed) => Err(PlatformError::Failed(
            "reading the chosen file failed".to_owned(),
        )),
    }
}

/// How Android opens `link`: its URI (the same as the browser's `href`)
/// and its kind, which gives the `Intent` action.
pub fn intent_of(link: &Link) -> (String, LinkKind) {
    let kind = match link {
        Link::Tel(_) => LinkKind::Tel,
        Link::Sms(_) => LinkKind::Sms,
        Link::Geo(_) => LinkKind::Geo,
    };
    (link.href(), kind)
}

/// What [`Platform::speak`] gives back for the way a reading ended: read
/// to the end or stopped is a success.
pub fn speech_result(end: SpeechEnd) -> Result<(), PlatformError> {
    match end {
        SpeechEnd::Done | SpeechEnd::Stopped => Ok(()),
        SpeechEnd::NoVoice => Err(PlatformError::Unavailable("a voice for this language")),
        SpeechEnd::Unavailable => Err(PlatformError::Unavailable(
            "text to speech (no TextToSpeech engine)",
        )),
        SpeechEnd::Failed => Err(PlatformError::Failed(
            "TextToSpeech reported an error".to_owned(),
        )),
    }
}

/// A failed call into Android, as the screens read it: no app for a link
/// is "unavailable" (the person can copy the number or the address).
pub fn platform_error(e: parcours_android::Error) -> PlatformError {
    match e {
        parcours_android::Error::NoApp => PlatformError::Unavailable("an app for this link"),
        other => PlatformError::Failed(other.to_string()),
    }
}

/// The answer of the services written for Android, where this file is
/// built for a computer (the platform module's unit tests): nothing there
/// to call.
#[cfg(not(target_os = "android"))]
const NOT_ON_A_PHONE: &str = "Android services (this build is not for Android)";

impl Platform for Android {
    fn name(&self) -> &'static str {
        "android"
    }

    fn capabilities(&self) -> Capabilities {
        let phone = cfg!(target_os = "android");
        Capabilities {
            file_input_in_page: false,
            // ACTION_OPEN_DOCUMENT, ACTION_IMAGE_CAPTURE and ACTION_SEND
            // through MainActivity (module docs).
            file_picker: phone,
            camera: phone,
            share_files: phone,
            // AlarmManager and ReminderReceiver (module docs).
            reminders: phone.then_some(ReminderDelivery::System),
            // TextToSpeech through MainActivity.speak (module docs).
            read_aloud: phone,
        }
    }

    #[cfg(target_os = "android")]
    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        let (ended, end) = tokio::sync::oneshot::channel();
        let on_end = move |files| {
            let _ = ended.send(files);
        };
        let asked = match from {
            PickFrom::Files => parcours_android::pick_files(MAX_FILE_BYTES, on_end),
            PickFrom::Camera => parcours_android::take_photo(MAX_FILE_BYTES, on_end),
            PickFrom::PageInput(_) => {
                return Box::pin(async {
                    Err(PlatformError::Unavailable("a file input in the page"))
                });
            }
        };
        Box::pin(async move {
            asked.map_err(platform_error)?;
            match end.await {
                Ok(files) => pick_result(files),
                Err(_) => Err(PlatformError::Failed("the pick's end was lost".to_owned())),
            }
        })
    }

    #[cfg(not(target_os = "android"))]
    fn pick_files(&self, _from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        Box::pin(async { Err(PlatformError::Unavailable(NOT_ON_A_PHONE)) })
    }

    fn share_file(&self, file: FileBytes) -> PlatformFuture<'_, Delivered> {
        #[cfg(target_os = "android")]
        let shared = parcours_android::share_file(&file.name, &file.media_type, &file.bytes)
            .map(|()| Delivered::ShareSheet)
            .map_err(platform_error);
        #[cfg(not(target_os = "android"))]
        let shared = {
            let _ = file;
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        };
        Box::pin(async move { shared })
    }

    fn schedule_reminders(
        &self,
        reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError> {
        let mut asked = reminders;
        asked.sort_by_key(|n| n.at);
        let set = reminders_to_set(asked.clone(), chrono::Utc::now());
        #[cfg(target_os = "android")]
        {
            let alarms: Vec<(i64, String, String)> = set
                .iter()
                .map(|n| (n.at.timestamp_millis(), n.title.clone(), n.body.clone()))
                .collect();
            parcours_android::schedule_reminders(&alarms).map_err(platform_error)?;
            // What was asked, as the app compares it (app.rs schedules again
            // only when it changes): the alarms are its soonest ahead.
            *self
                .reminders
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = asked;
            Ok(ReminderDelivery::System)
        }
        #[cfg(not(target_os = "android"))]
        {
            let _ = (asked, set);
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }

    fn scheduled_reminders(&self) -> Vec<Notification> {
        self.reminders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    #[cfg(target_os = "android")]
    fn speak(&self, text: &str, lang: Lang, rate: SpeechRate) -> PlatformFuture<'_, ()> {
        // The same pieces as the browser reads: one per line, long lines
        // cut after their sentences.
        let lines = super::browser::speech_parts(text);
        let (ended, end) = tokio::sync::oneshot::channel();
        let asked =
            parcours_android::speak(&lines, super::speech_tag(lang), rate.factor(), |how| {
                let _ = ended.send(how);
            });
        Box::pin(async move {
            asked.map_err(platform_error)?;
            match end.await {
                Ok(how) => speech_result(how),
                // parcours-android calls every accepted reading's end once;
                // should it drop one, say so rather than wait for ever.
                Err(_) => Err(PlatformError::Failed(
                    "the reading's end was lost".to_owned(),
                )),
            }
        })
    }

    #[cfg(not(target_os = "android"))]
    fn speak(&self, _text: &str, _lang: Lang, _rate: SpeechRate) -> PlatformFuture<'_, ()> {
        Box::pin(async { Err(PlatformError::Unavailable(NOT_ON_A_PHONE)) })
    }

    fn stop_speaking(&self) {
        // Nothing to tell the screen: a reading that cannot be stopped
        // has ended already, or never began.
        #[cfg(target_os = "android")]
        let _ = parcours_android::stop_speaking();
    }

    fn link(&self, _link: &Link) -> LinkAction {
        LinkAction::Native
    }

    fn open_link(&self, link: &Link) -> Result<(), PlatformError> {
        let (uri, kind) = intent_of(link);
        #[cfg(target_os = "android")]
        return parcours_android::open_link(&uri, kind).map_err(platform_error);
        #[cfg(not(target_os = "android"))]
        {
            let _ = (uri, kind);
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }

    fn exclude_from_backup(&self, _path: &Path) -> Result<BackupExclusion, PlatformError> {
        // allowBackup="false" and fullBackupContent="false" in
        // mobile/android/AndroidManifest.xml (module docs): nothing to do at
        // run time. Device-to-device transfer is not covered (module docs).
        Ok(BackupExclusion::ByManifest)
    }

    fn set_discreet_launcher(&self, discreet: bool) -> Result<(), PlatformError> {
        #[cfg(target_os = "android")]
        return parcours_android::set_discreet_launcher(discreet).map_err(platform_error);
        #[cfg(not(target_os = "android"))]
        {
            let _ = discreet;
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use parcours_android::PickedFile;
    use parcours_core::reminder::Opens;

    #[test]
    fn a_pick_ends_as_the_screens_expect() {
        let file = PickedFile {
            name: "avis.pdf".into(),
            media_type: "application/pdf".into(),
            bytes: b"%PDF-".to_vec(),
        };
        let files = pick_result(Ok(vec![file])).unwrap();
        assert_eq!(files.len(), 1);
        assert_eq!(files[0].name, "avis.pdf");
        assert_eq!(&*files[0].bytes, b"%PDF-");
        assert_eq!(
            pick_result(Err(PickEnd::Cancelled)),
            Err(PlatformError::Cancelled)
        );
        assert_eq!(
            pick_result(Err(PickEnd::TooLarge)),
            Err(PlatformError::TooLarge {
                max_bytes: MAX_FILE_BYTES
            })
        );
        assert!(matches!(
            pick_result(Err(PickEnd::NoApp)),
            Err(PlatformError::Unavailable(_))
        ));
        assert!(matches!(
            pick_result(Err(PickEnd::Failed)),
            Err(PlatformError::Failed(_))
        ));
    }

    #[test]
    fn only_the_soonest_reminders_ahead_are_set() {
        let now = Utc.with_ymd_and_hms(2026, 3, 1, 12, 0, 0).unwrap();
        let at = |minutes: i64| Notification {
            at: now + chrono::Duration::minutes(minutes),
            title: "Parcours".into(),
            body: "You have a reminder.".into(),
            opens: Opens::Messages,
        };
        let set = reminders_to_set(vec![at(30), at(-5), at(10), at(0)], now);
        assert_eq!(set, vec![at(10), at(30)]);
        let many: Vec<Notification> = (1..=100).rev().map(at).collect();
        let set = reminders_to_set(many, now);
        assert_eq!(set.len(), MAX_REMINDERS);
        assert_eq!(set[0], at(1));
        assert!(set.windows(2).all(|w| w[0].at < w[1].at));
    }

    #[test]
    fn each_link_goes_to_its_intent_with_the_browsers_url() {
        let cases = [
            (
                Link::Tel("03 20 00 11 22".into()),
                LinkKind::Tel,
                "android.intent.action.DIAL",
            ),
            (
                Link::Sms("+33 6 12".into()),
                LinkKind::Sms,
                "android.intent.action.SENDTO",
            ),
            (
                Link::Geo("1 rue X, Lille".into()),
                LinkKind::Geo,
                "android.intent.action.VIEW",
            ),
        ];
        for (link, kind, action) in cases {
            let (uri, k) = intent_of(&link);
            assert_eq!(k, kind);
            assert_eq!(k.intent_action(), action);
            assert_eq!(uri, link.href());
            assert!(uri.starts_with(k.scheme()), "{uri}");
        }
    }

    #[test]
    fn a_stopped_reading_is_a_success_and_a_missing_voice_says_so() {
        assert_eq!(speech_result(SpeechEnd::Done), Ok(()));
        assert_eq!(speech_result(SpeechEnd::Stopped), Ok(()));
        assert!(matches!(
            speech_result(SpeechEnd::NoVoice),
            Err(PlatformError::Unavailable(_))
        ));
        assert!(matches!(
            speech_result(SpeechEnd::Unavailable),
            Err(PlatformError::Unavailable(_))
        ));
        assert!(matches!(
            speech_result(SpeechEnd::Failed),
            Err(PlatformError::Failed(_))
        ));
        assert!(matches!(
            platform_error(parcours_android::Error::NoApp),
            PlatformError::Unavailable(_)
        ));
        assert!(matches!(
            platform_error(parcours_android::Error::Java(
                "java.lang.SecurityException".into()
            )),
            PlatformError::Failed(_)
        ));
    }
}
