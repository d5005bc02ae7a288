//! iOS's services. Compiled into the app only for `target_os = "ios"`.
//! The calls into iOS live in the workspace crate `parcours-ios`
//! (`mobile/ios-glue/`, the `objc2` crates), **type-checked for
//! `aarch64-apple-ios` (`cargo check` and clippy, `tests/check-ios.sh`),
//! never run**: there is no iOS SDK, Xcode or simulator on the project's
//! machines, so nothing was linked, and no app was built. **This file's
//! own iOS code (the `#[cfg(target_os = "ios")]` calls below) is not even
//! type-checked for iOS**: the app's crate cannot be checked for that
//! target without the SDK (ring's and SQLite's C builds need it). It is
//! written against `parcours-ios`'s functions as they are, and built on
//! the host without those calls. What is written has been read against
//! Apple's documentation and the `objc2` crates (whose names are generated
//! from Apple's headers), not seen to work.
//!
//! | service | state |
//! |---|---|
//! | links (`tel:`, `sms:`, an address in Apple Maps) | written: glue type-checked for iOS, call site not checked, never run |
//! | read aloud (`AVSpeechSynthesizer`, its end through a delegate) | written: glue type-checked for iOS, call site not checked, never run |
//! | keep the safe out of backups (`NSURLIsExcludedFromBackupKey`) | written: glue type-checked for iOS, call site not checked, never run |
//! | reminders (`UNUserNotificationCenter`) | written: glue type-checked for iOS, call site not checked, never run |
//! | discreet mode's icon (`setAlternateIconName:`) | written: glue type-checked for iOS, call site not checked, never run; needs an `Info.plist` entry and an image the project cannot add yet (below), so on a phone it answers "unavailable" |
//! | send a file outside (`UIActivityViewController`) | written: glue type-checked for iOS, call site not checked, never run |
//! | choose files (`UIDocumentPickerViewController`) | written: glue type-checked for iOS, call site not checked, never run |
//! | take a photo | **missing** (below): "unavailable" on the phone too |
//!
//! The same file is also built on the host, inside the platform module's
//! unit tests (`ios_on_host`): there the calls into iOS are left out
//! (`#[cfg(target_os = "ios")]`), and every service answers
//! [`PlatformError::Unavailable`]. Those tests check the pure parts (which
//! URL a link opens, what a reading's end or a failure means for the
//! screen) and that the host build claims nothing; `parcours-ios`'s own
//! tests check its pure helpers (the map link, the speech rate, the
//! bookkeeping of readings, which reminders are set and when).
//!
//! ## How Rust reaches iOS
//!
//! Dioxus 0.7's iOS shell runs the app in a `WKWebView`, its components on
//! the main thread. The calls go through `parcours-ios`, the only crate
//! besides `parcours-android` allowed `unsafe` (Objective-C message sends,
//! and two classes declared in Rust: the delegates of the speech
//! synthesizer and of the document picker), with `objc2` 0.6,
//! `objc2-foundation`, `objc2-ui-kit` (the versions dioxus's shell already
//! builds), `objc2-avf-audio`, `objc2-user-notifications` and
//! `objc2-uniform-type-identifiers`.
//! What UIKit needs runs on the main thread: each such function takes a
//! `MainThreadMarker`, and called from another thread it answers at once
//! with an error (reported here as [`PlatformError::Failed`]), never
//! blocking. Errors from iOS are kept by their domain and code only (an
//! `NSError`'s message can quote a path or a URL).
//!
//! ## Written (type-checked in the glue only)
//!
//! - **Links** ([`Platform::open_link`]; screens get
//!   [`LinkAction::Native`] buttons): `UIApplication.sharedApplication
//!   openURL:options:completionHandler:` with `tel:` and `sms:` (the
//!   browser's URLs, [`Link::href`]); iOS does not know `geo:`, so an
//!   address opens `https://maps.apple.com/?q=…` ([`url_of`]). iOS answers
//!   whether an app took the link later, in a completion handler that is
//!   not given: an iPad without a Phone app opens nothing and the screen
//!   is not told. `canOpenURL:` is not asked first (it would need the
//!   schemes under `LSApplicationQueriesSchemes` in `Info.plist`).
//! - **Read aloud** ([`Platform::speak`]; [`Ios::capabilities`] says
//!   `read_aloud` on a phone): the text the screen gathers in the page (the
//!   same script as in the browser, `components::read_aloud`) is cut into
//!   the browser's pieces ([`super::browser::speech_parts`]), one
//!   `AVSpeechUtterance speechUtteranceWithString:` each, with `voice` =
//!   `AVSpeechSynthesisVoice voiceWithLanguage:` of [`super::speech_tag`]
//!   (`nil`: no voice for that language, [`PlatformError::Unavailable`],
//!   and the screen says so) and `rate` = `AVSpeechUtteranceDefaultSpeechRate
//!   × rate.factor()` within iOS's minimum and maximum (0.5 and 0.35 for
//!   "slower" with today's constants: `parcours_ios::utterance_rate`). One
//!   `AVSpeechSynthesizer` is kept for the app's life on the main thread;
//!   `stopSpeakingAtBoundary: AVSpeechBoundaryImmediate` first, then
//!   `speakUtterance:` for each line. The future ends through the
//!   synthesizer's delegate (a class declared in Rust with `define_class!`):
//!   `speechSynthesizer:didFinishSpeechUtterance:` of the last line, or
//!   `didCancelSpeechUtterance:` of any (a success: it was stopped); a new
//!   reading or [`Platform::stop_speaking`] ends the one going on at once.
//!   With the synthesizer, once, the app's `AVAudioSession` takes the
//!   `Playback` category (heard with the silent switch on), mode
//!   `SpokenAudio`, option `DuckOthers`; should iOS refuse, the reading
//!   goes on in the default category (silent with the switch on).
//! - **Keep the safe out of iCloud and computer backups**
//!   ([`Platform::exclude_from_backup`]): on the safe's folder, `NSURL
//!   setResourceValue:@YES forKey:NSURLIsExcludedFromBackupKey error:`,
//!   then [`BackupExclusion::Excluded`]; iOS's error is
//!   [`PlatformError::Failed`]. The flag covers what the folder holds and
//!   goes with the folder: it must be set again whenever the folder is
//!   made anew. The app asks it once it has opened the safe (`app.rs`,
//!   at every start, so a folder made anew is marked too). At the same
//!   moment the folder and its files take the data protection class
//!   `NSURLFileProtectionCompleteUnlessOpen` (`parcours_ios::protect_folder`):
//!   while the phone is locked no file of the safe can be opened, but the
//!   store the app holds open stays writable (a sync when the phone locks
//!   does not fail); "complete" would break that write.
//! - **Reminders** ([`Platform::schedule_reminders`]; capabilities say
//!   [`ReminderDelivery::System`] on a phone):
//!   `UNUserNotificationCenter.currentNotificationCenter`
//!   `requestAuthorizationWithOptions:completionHandler:` (alert, sound) at
//!   each schedule (iOS asks the person the first time only, then answers
//!   from their choice); in its answer, `removeAllPendingNotificationRequests`,
//!   then, when allowed, one `UNNotificationRequest` per reminder
//!   (`UNMutableNotificationContent` with the core's title and text only,
//!   nothing personal; a `UNTimeIntervalNotificationTrigger`, not
//!   repeating, at the reminder's UTC instant), the soonest 64 still ahead
//!   (iOS's limit: `parcours_ios::pending_reminders`). A refusal is known
//!   only at the next schedule, which then answers
//!   [`PlatformError::Unavailable`]; the first answers
//!   [`ReminderDelivery::System`] before the person has chosen. No sound is
//!   set on the content (iOS's default for a notification without one is
//!   silent). Two schedules close together could interleave their
//!   answers (iOS calls them on its own threads); the app schedules only
//!   when the list changes. [`Platform::scheduled_reminders`] is what this
//!   process last scheduled, as asked (empty at each start, as on
//!   Android).
//! - **Discreet mode's icon** ([`Platform::set_discreet_launcher`]): iOS
//!   lets an app change its icon, not its name:
//!   `UIApplication setAlternateIconName:completionHandler:` with
//!   `"Discreet"` (`parcours_ios::DISCREET_ICON`), `nil` to come back; iOS
//!   shows the person an alert each time, and the name under the icon
//!   stays "Parcours". It needs a `CFBundleAlternateIcons` entry named
//!   `Discreet` in `Info.plist`, with its image in the bundle: the project
//!   has found no way to give either to `dx bundle` 0.7 (which writes its
//!   own `Info.plist`, and copies no icon of ours, as on Android), and
//!   checked none. Without them `supportsAlternateIcons` is false and the
//!   service answers [`PlatformError::Unavailable`] rather than pretend.
//!
//! - **Send a file outside Parcours** ([`Platform::share_file`];
//!   capabilities say `share_files` on a phone): the file is written to
//!   `outgoing/` in the app's temporary folder (`NSTemporaryDirectory()`,
//!   emptied first so that nothing of an earlier share stays) under a
//!   plain name (`parcours_ios::outgoing_file_name`), and offered with
//!   `UIActivityViewController initWithActivityItems:applicationActivities:`
//!   holding its file URL, presented with
//!   `presentViewController:animated:completion:` from the top view
//!   controller of the first window scene's key window (the
//!   `rootViewController`, then what it presents in turn); on iPad the
//!   sheet is a popover anchored on that controller's view (its corner:
//!   no source rectangle is given). Its `completionWithItemsHandler`
//!   deletes the file and ends the future: sent somewhere is
//!   [`Delivered::ShareSheet`], closed without sending is
//!   [`PlatformError::Cancelled`]. No key window (the app not in front) is
//!   [`PlatformError::Failed`]. A file left by an app killed while the
//!   sheet was open goes at the next share (iOS also empties the
//!   temporary folder from time to time).
//!
//! - **Choose files** ([`Platform::pick_files`] with [`PickFrom::Files`];
//!   capabilities say `file_picker` on a phone):
//!   `UIDocumentPickerViewController initForOpeningContentTypes:asCopy:`
//!   with `UTTypePDF`, `UTTypeJPEG`, `UTTypePNG`, `UTTypeWebP` and `asCopy`
//!   (iOS copies the chosen files into the app's own folder, so no
//!   security-scoped access is needed), `allowsMultipleSelection`,
//!   presented like the share sheet. Its delegate, a class declared in Rust
//!   for the main thread (`define_class!`, `MainThreadOnly`), ends the
//!   future: `documentPicker:didPickDocumentsAtURLs:` reads the copies
//!   (sizes first: one beyond [`MAX_FILE_BYTES`] refuses them all, as
//!   [`PlatformError::TooLarge`]), names each by its last path component,
//!   types it by its extension (`parcours_ios::media_type_of`), and
//!   deletes the copies; `documentPickerWasCancelled:` is
//!   [`PlatformError::Cancelled`], and so is a pick cut short by another.
//!   Photos from the library (`PHPickerViewController`) are not offered:
//!   the picker shows the Files app's places only.
//!
//! ## Missing, and why
//!
//! - **Take a photo** ([`PickFrom::Camera`]): `UIImagePickerController`
//!   with `sourceType` camera, its delegate's
//!   `imagePickerController:didFinishPickingMediaWithInfo:`, then
//!   `UIImageJPEGRepresentation`. Not written: iOS ends an app that opens
//!   the camera without `NSCameraUsageDescription` in its `Info.plist`, and
//!   the project has found no way to give `dx bundle` 0.7 that entry (as
//!   for the icon); written without it, it would crash rather than answer.
//!   It answers [`PlatformError::Unavailable`] on the phone too, and the
//!   capabilities do not offer it.
//! - **Everything, run**: to check first on a phone, the delegate's calls
//!   at the end of a reading and when it is stopped, that speech is heard
//!   (the silent switch), the notifications' permission question and the
//!   reminders at their time, the share sheet and the document picker on an
//!   iPhone and an iPad, the backup flag on the safe's folder, and
//!   whether dx lets the app declare its alternate icon.

use std::path::Path;
use std::sync::{Mutex, PoisonError};

use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;
use parcours_ios::{PickEnd, Picked, SpeechEnd};

use super::browser::MAX_FILE_BYTES;

use super::{
    BackupExclusion, Capabilities, Delivered, FileBytes, Link, LinkAction, PickFrom, Platform,
    PlatformError, PlatformFuture, ReminderDelivery,
};

/// iOS's services, through `parcours-ios` (see the module's docs).
#[derive(Debug, Default)]
pub struct Ios {
    /// The reminders this process last scheduled, soonest first, as asked
    /// (iOS holds the soonest ahead of them, at most
    /// `parcours_ios::MAX_PENDING`); the app schedules again at each
    /// start: this list starts empty.
    reminders: Mutex<Vec<Notification>>,
}

impl Ios {
    pub fn new() -> Self {
        Self::default()
    }
}

/// The URL iOS opens for `link`: `tel:` and `sms:` as everywhere, an
/// address in Apple Maps (iOS does not know `geo:`).
pub fn url_of(link: &Link) -> String {
    match link {
        Link::Tel(_) | Link::Sms(_) => link.href(),
        Link::Geo(address) => parcours_ios::maps_url(address),
    }
}

/// What [`Platform::speak`] gives back for the way a reading ended.
pub fn speech_result(end: SpeechEnd) -> Result<(), PlatformError> {
    match end {
        SpeechEnd::Done | SpeechEnd::Stopped => Ok(()),
        SpeechEnd::NoVoice => Err(PlatformError::Unavailable("a voice for this language")),
    }
}

/// The camera's answer, on the phone too (module docs, "Missing").
const CAMERA: &str = "camera (UIImagePickerController, not written)";

/// What [`Platform::pick_files`] gives back for the way a pick ended.
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
        Err(PickEnd::Failed) => Err(PlatformError::Failed(
            "reading the chosen file failed".to_owned(),
        )),
    }
}

/// What [`Platform::share_file`] gives back for the way the share sheet
/// closed.
pub fn share_result(end: parcours_ios::ShareEnd) -> Result<Delivered, PlatformError> {
    match end {
        parcours_ios::ShareEnd::Shared => Ok(Delivered::ShareSheet),
        parcours_ios::ShareEnd::Cancelled => Err(PlatformError::Cancelled),
    }
}

/// A failed call into iOS, as the screens read it.
pub fn platform_error(e: parcours_ios::Error) -> PlatformError {
    match e {
        parcours_ios::Error::NoAlternateIcon => {
            PlatformError::Unavailable("alternate icon (none in Info.plist)")
        }
        parcours_ios::Error::NotificationsDenied => {
            PlatformError::Unavailable("notifications (not allowed in Settings)")
        }
        other => PlatformError::Failed(other.to_string()),
    }
}

/// The answer of the services written for iOS, where this file is built
/// for a computer (the platform module's unit tests): nothing there to
/// call.
#[cfg(not(target_os = "ios"))]
const NOT_ON_A_PHONE: &str = "iOS services (this build is not for iOS)";

impl Platform for Ios {
    fn name(&self) -> &'static str {
        "ios"
    }

    fn capabilities(&self) -> Capabilities {
        let phone = cfg!(target_os = "ios");
        Capabilities {
            file_input_in_page: false,
            // UIDocumentPickerViewController (module docs).
            file_picker: phone,
            // Not written (module docs): no camera.
            camera: false,
            // UIActivityViewController (module docs).
            share_files: phone,
            // UNUserNotificationCenter (module docs).
            reminders: phone.then_some(ReminderDelivery::System),
            // AVSpeechSynthesizer (module docs).
            read_aloud: phone,
        }
    }

    #[cfg(target_os = "ios")]
    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        match from {
            PickFrom::Files => {}
            PickFrom::Camera => return Box::pin(async { Err(PlatformError::Unavailable(CAMERA)) }),
            PickFrom::PageInput(_) => {
                return Box::pin(async {
                    Err(PlatformError::Unavailable("a file input in the page"))
                });
            }
        }
        let (ended, end) = tokio::sync::oneshot::channel();
        let asked = parcours_ios::pick_files(MAX_FILE_BYTES, move |files| {
            let _ = ended.send(files);
        });
        Box::pin(async move {
            asked.map_err(platform_error)?;
            match end.await {
                Ok(files) => pick_result(files),
                Err(_) => Err(PlatformError::Failed("the pick's end was lost".to_owned())),
            }
        })
    }

    #[cfg(not(target_os = "ios"))]
    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        let what = match from {
            PickFrom::Camera => CAMERA,
            PickFrom::Files | PickFrom::PageInput(_) => NOT_ON_A_PHONE,
        };
        Box::pin(async move { Err(PlatformError::Unavailable(what)) })
    }

    #[cfg(target_os = "ios")]
    fn share_file(&self, file: FileBytes) -> PlatformFuture<'_, Delivered> {
        let (ended, end) = tokio::sync::oneshot::channel();
        let asked = parcours_ios::share_file(&file.name, &file.bytes, move |how| {
            let _ = ended.send(how);
        });
        Box::pin(async move {
            asked.map_err(platform_error)?;
            match end.await {
                Ok(how) => share_result(how),
                Err(_) => Err(PlatformError::Failed(
                    "the share sheet's end was lost".to_owned(),
                )),
            }
        })
    }

    #[cfg(not(target_os = "ios"))]
    fn share_file(&self, _file: FileBytes) -> PlatformFuture<'_, Delivered> {
        Box::pin(async { Err(PlatformError::Unavailable(NOT_ON_A_PHONE)) })
    }

    fn schedule_reminders(
        &self,
        reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError> {
        let mut asked = reminders;
        asked.sort_by_key(|n| n.at);
        #[cfg(target_os = "ios")]
        {
            let requests: Vec<(i64, String, String)> = asked
                .iter()
                .map(|n| (n.at.timestamp_millis(), n.title.clone(), n.body.clone()))
                .collect();
            parcours_ios::schedule_reminders(&requests).map_err(platform_error)?;
            // What was asked, as the app compares it (app.rs schedules again
            // only when it changes): iOS holds the soonest ahead.
            *self
                .reminders
                .lock()
                .unwrap_or_else(PoisonError::into_inner) = asked;
            Ok(ReminderDelivery::System)
        }
        #[cfg(not(target_os = "ios"))]
        {
            let _ = asked;
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }

    fn scheduled_reminders(&self) -> Vec<Notification> {
        self.reminders
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    #[cfg(target_os = "ios")]
    fn speak(&self, text: &str, lang: Lang, rate: SpeechRate) -> PlatformFuture<'_, ()> {
        // The same pieces as the browser reads: one per line, long lines
        // cut after their sentences.
        let lines = super::browser::speech_parts(text);
        let (ended, end) = tokio::sync::oneshot::channel();
        let asked = parcours_ios::speak(&lines, super::speech_tag(lang), rate.factor(), |how| {
            let _ = ended.send(how);
        });
        Box::pin(async move {
            asked.map_err(platform_error)?;
            match end.await {
                Ok(how) => speech_result(how),
                // parcours-ios calls every accepted reading's end once;
                // should it drop one, say so rather than wait for ever.
                Err(_) => Err(PlatformError::Failed(
                    "the reading's end was lost".to_owned(),
                )),
            }
        })
    }

    #[cfg(not(target_os = "ios"))]
    fn speak(&self, _text: &str, _lang: Lang, _rate: SpeechRate) -> PlatformFuture<'_, ()> {
        Box::pin(async { Err(PlatformError::Unavailable(NOT_ON_A_PHONE)) })
    }

    fn stop_speaking(&self) {
        // Nothing to tell the screen: a reading that cannot be stopped
        // (off the main thread) goes on to its end, which it reports.
        #[cfg(target_os = "ios")]
        let _ = parcours_ios::stop_speaking();
    }

    fn link(&self, _link: &Link) -> LinkAction {
        LinkAction::Native
    }

    fn open_link(&self, link: &Link) -> Result<(), PlatformError> {
        let url = url_of(link);
        #[cfg(target_os = "ios")]
        return parcours_ios::open_url(&url).map_err(platform_error);
        #[cfg(not(target_os = "ios"))]
        {
            let _ = url;
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }

    fn exclude_from_backup(&self, path: &Path) -> Result<BackupExclusion, PlatformError> {
        // The same folder also takes the data protection class (module
        // docs): unreadable while the phone is locked, but for what is open.
        #[cfg(target_os = "ios")]
        return parcours_ios::exclude_from_backup(path)
            .and_then(|()| parcours_ios::protect_folder(path))
            .map(|()| BackupExclusion::Excluded)
            .map_err(platform_error);
        #[cfg(not(target_os = "ios"))]
        {
            let _ = path;
            Err(PlatformError::Unavailable(NOT_ON_A_PHONE))
        }
    }

    fn set_discreet_launcher(&self, discreet: bool) -> Result<(), PlatformError> {
        #[cfg(target_os = "ios")]
        return parcours_ios::set_alternate_icon(discreet).map_err(platform_error);
        #[cfg(not(target_os = "ios"))]
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
    fn links_open_the_dialer_messages_or_apple_maps() {
        assert_eq!(
            url_of(&Link::Tel("03 20 00 11 22".into())),
            "tel:0320001122"
        );
        assert_eq!(url_of(&Link::Sms("+33 6 12".into())), "sms:+33612");
        assert_eq!(
            url_of(&Link::Geo("1 rue X, Lille".into())),
            "https://maps.apple.com/?q=1%20rue%20X%2C%20Lille"
        );
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
            platform_error(parcours_ios::Error::NotificationsDenied),
            PlatformError::Unavailable(_)
        ));
        assert!(matches!(
            platform_error(parcours_ios::Error::NoAlternateIcon),
            PlatformError::Unavailable(_)
        ));
        assert!(matches!(
            platform_error(parcours_ios::Error::NotMainThread),
            PlatformError::Failed(_)
        ));
    }

    #[test]
    fn a_pick_ends_as_the_screens_expect() {
        let file = parcours_ios::PickedFile {
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
            pick_result(Err(PickEnd::Failed)),
            Err(PlatformError::Failed(_))
        ));
    }

    #[test]
    fn a_closed_share_sheet_is_a_cancel() {
        assert_eq!(
            share_result(parcours_ios::ShareEnd::Shared),
            Ok(Delivered::ShareSheet)
        );
        assert_eq!(
            share_result(parcours_ios::ShareEnd::Cancelled),
            Err(PlatformError::Cancelled)
        );
    }
}
