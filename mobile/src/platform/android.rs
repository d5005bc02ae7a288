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
//! | keep the safe out of backups | the manifest, checked by a test |
//! | choose files, take a photo, send outside, reminders | missing: [`PlatformError::Unavailable`] with the reason |
//!
//! The same file is also built on the host, inside the platform module's
//! unit tests (`android_on_host`): there the calls into Android are left
//! out (`#[cfg(target_os = "android")]`), and every service but the backup
//! exclusion answers [`PlatformError::Unavailable`]. Those tests check the
//! pure parts (which intent a link gets, what a reading's end means for the
//! screen) and that the host build claims nothing.
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
//! ## Missing, and why
//!
//! Each answers [`PlatformError::Unavailable`] naming what it lacks, and
//! [`Android::capabilities`] offers none of them, so no screen draws a
//! button that would not work.
//!
//! - **Send outside Parcours** (`ACTION_SEND`): another app can only read
//!   a file of ours through a `content://` URI, which needs a
//!   `FileProvider`: a `<provider>` in the manifest *and* its
//!   `res/xml/file_paths.xml`, which dx 0.7 does not copy into the
//!   generated project (it takes the manifest and the activity only). A
//!   `file://` URI is refused by Android 7 and later
//!   (`FileUriExposedException`). Plan: the page written to the cache
//!   folder, `EXTRA_STREAM` = its provider URI with
//!   `FLAG_GRANT_READ_URI_PERMISSION`, through `Intent.createChooser`, and
//!   deleted when the chooser returns and at every start. (A small
//!   `ContentProvider` of our own in `MainActivity.kt`, declared in the
//!   manifest, could serve that one file without `res/xml`; not written:
//!   it is file-serving code of the app's own, to be reviewed and tried
//!   on a phone, not only type-checked.)
//! - **Take a photo** (`MediaStore.ACTION_IMAGE_CAPTURE`): the camera app
//!   writes to `EXTRA_OUTPUT`, a `FileProvider` URI: the same missing
//!   provider.
//! - **Choose files** (Storage Access Framework): `ACTION_OPEN_DOCUMENT`
//!   (`CATEGORY_OPENABLE`, `EXTRA_MIME_TYPES` JPEG, PNG, WebP, PDF,
//!   `EXTRA_ALLOW_MULTIPLE`) needs no provider, but its answer arrives in
//!   the activity (`onActivityResult`, or an `ActivityResultLauncher`
//!   registered in `onCreate`), which must read each `content://` URI
//!   (`ContentResolver.openInputStream`; name and size from
//!   `OpenableColumns`, type from `getType`) and hand the bytes to Rust
//!   through a second native function. Not written yet: the pattern is
//!   the one `speechEnded` uses, but carrying files of up to the safe's
//!   limit through JNI (a `byte[]` per file, or a file in the cache
//!   folder) needs its own design and a phone to test on.
//! - **Reminders**: not written in this round. The plan:
//!   `AlarmManager.setAndAllowWhileIdle` with a `PendingIntent` to a
//!   `BroadcastReceiver` that posts the notification (a
//!   `NotificationChannel`; Android 13 and later ask `POST_NOTIFICATIONS`
//!   first; alarms set again after a reboot, `RECEIVE_BOOT_COMPLETED`). The
//!   receiver can be a second class in `MainActivity.kt` (one Kotlin file
//!   may hold several), but it needs a `<receiver>` and two permissions in
//!   the manifest (which `mobile/tests/platform_files.rs` today holds to
//!   the network permission alone), and the alarms must survive the app:
//!   the reminders' times and texts kept by Kotlin, not by Rust. Titles and
//!   texts would come from
//!   `parcours_core::reminder` only: nothing personal.

use std::path::Path;

use parcours_android::{LinkKind, SpeechEnd};
use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;

use super::{
    BackupExclusion, Capabilities, Delivered, FileBytes, Link, LinkAction, PickFrom, Platform,
    PlatformError, PlatformFuture, ReminderDelivery,
};

/// Android's services: links, the launcher entry and reading aloud go
/// through `parcours-android` (JNI); the others answer "unavailable" (see
/// the module's docs).
#[derive(Debug, Default)]
pub struct Android;

impl Android {
    pub fn new() -> Self {
        Self
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
        Capabilities {
            file_input_in_page: false,
            file_picker: false,
            camera: false,
            share_files: false,
            reminders: None,
            // TextToSpeech through MainActivity.speak (module docs).
            read_aloud: cfg!(target_os = "android"),
        }
    }

    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        // Not written: needs onActivityResult in MainActivity and a native
        // callback carrying the bytes back (module docs, "Missing").
        let what = match from {
            PickFrom::Camera => "camera (ACTION_IMAGE_CAPTURE needs a FileProvider)",
            PickFrom::Files | PickFrom::PageInput(_) => {
                "file picker (ACTION_OPEN_DOCUMENT: its result callback is not written)"
            }
        };
        Box::pin(async move { Err(PlatformError::Unavailable(what)) })
    }

    fn share_file(&self, _file: FileBytes) -> PlatformFuture<'_, Delivered> {
        // Impossible without a FileProvider, which dx 0.7 cannot declare
        // for us (module docs, "Missing").
        Box::pin(async {
            Err(PlatformError::Unavailable(
                "share sheet (ACTION_SEND needs a FileProvider)",
            ))
        })
    }

    fn schedule_reminders(
        &self,
        _reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError> {
        // Not written: needs a BroadcastReceiver in the manifest (module docs).
        Err(PlatformError::Unavailable(
            "reminders (AlarmManager and a BroadcastReceiver)",
        ))
    }

    fn scheduled_reminders(&self) -> Vec<Notification> {
        Vec::new()
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
