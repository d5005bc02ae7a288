//! iOS's services: **not built on the project's machines, and not written
//! yet.** Compiled into the app only for `target_os = "ios"` (and
//! type-checked on the host by the platform module's unit tests). Every
//! service below answers [`PlatformError::Unavailable`], and
//! [`Ios::capabilities`] says that nothing is offered, so the screens draw
//! no button that would not work. What follows is the plan, with the iOS
//! APIs each service needs and how the Rust side reaches them.
//!
//! ## How Rust reaches iOS
//!
//! Dioxus 0.7's iOS shell runs the app in a `WKWebView`. The Rust side
//! calls UIKit through the `objc2` crates (`objc2-foundation`,
//! `objc2-ui-kit`, `objc2-uniform-type-identifiers`,
//! `objc2-user-notifications`, `objc2-av-foundation`), on the main thread
//! (`MainThreadMarker`), presenting controllers from the key window's
//! `rootViewController` with `presentViewController:animated:completion:`.
//! Delegates are Objective-C classes declared in Rust (`define_class!`)
//! whose callbacks complete the future the service returned. Message sends
//! are `unsafe` in `objc2`, so this code would live in a small crate of its
//! own: this crate forbids `unsafe`.
//!
//! ## The services
//!
//! - **Choose files**: `UIDocumentPickerViewController` created with
//!   `initForOpeningContentTypes:asCopy:` (`UTTypePDF`, `UTTypeJPEG`,
//!   `UTTypePNG`, `UTTypeWebP`; `asCopy` = true), with
//!   `allowsMultipleSelection`; the delegate's
//!   `documentPicker:didPickDocumentsAtURLs:` gives copies in the app's
//!   temporary folder, read and then deleted. Photos from the library:
//!   `PHPickerViewController` (no photo-library permission needed).
//! - **Take a photo**: `UIImagePickerController` with `sourceType` =
//!   camera (`NSCameraUsageDescription` in `Info.plist`); the delegate's
//!   `imagePickerController:didFinishPickingMediaWithInfo:` gives a
//!   `UIImage`, saved with `UIImageJPEGRepresentation` (the core still
//!   removes any metadata left).
//! - **Send outside Parcours**: the page is written to
//!   `NSTemporaryDirectory()`, offered with `UIActivityViewController`
//!   (`initWithActivityItems:applicationActivities:` holding its file URL;
//!   on iPad a `popoverPresentationController.sourceView`), and deleted in
//!   its `completionWithItemsHandler` (and at every start).
//! - **Reminders**: `UNUserNotificationCenter.currentNotificationCenter`:
//!   `requestAuthorizationWithOptions:completionHandler:` (alert, sound)
//!   once, then `removeAllPendingNotificationRequests` and one
//!   `UNNotificationRequest` per reminder (`UNMutableNotificationContent`
//!   with the core's title and text, `UNCalendarNotificationTrigger` at its
//!   time, not repeating) through `addNotificationRequest:`. iOS keeps at
//!   most 64 pending: the soonest go first. Titles and texts come from
//!   `parcours_core::reminder` only: nothing personal.
//! - **Read aloud**: `AVSpeechSynthesizer` (one, kept for the app's life).
//!   The text is the screen's, gathered in the `WKWebView` by the same
//!   script as in the browser (`components::read_aloud`). One
//!   `AVSpeechUtterance speechUtteranceWithString:` per line, each with
//!   `voice` = `AVSpeechSynthesisVoice voiceWithLanguage:` of
//!   [`super::speech_tag`] (`nil`, no voice for that language:
//!   [`PlatformError::Unavailable`], and the screen says so) and `rate` =
//!   `AVSpeechUtteranceDefaultSpeechRate * rate.factor()` (iOS's rates run
//!   from 0 to 1 with 0.5 the default, so "slower" is 0.35, above
//!   `AVSpeechUtteranceMinimumSpeechRate`); `stopSpeakingAtBoundary:
//!   AVSpeechBoundaryImmediate` first, then `speakUtterance:` for each.
//!   The `AVAudioSession` takes the `AVAudioSessionCategoryPlayback`
//!   category (heard with the silent switch on) with `DuckOthers`. The
//!   `AVSpeechSynthesizerDelegate` completes the future that
//!   [`Platform::speak`] returned: `didFinishSpeechUtterance:` of the last
//!   line, or `didCancelSpeechUtterance:` (a success: the person stopped
//!   it). [`Platform::stop_speaking`] is `stopSpeakingAtBoundary:
//!   AVSpeechBoundaryImmediate`.
//! - **Links**: `UIApplication.sharedApplication`
//!   `openURL:options:completionHandler:` with `tel:` and `sms:`; iOS does
//!   not know `geo:`, so an address opens `https://maps.apple.com/?q=…`.
//! - **Keep the safe out of iCloud and computer backups**: on the safe's
//!   folder, `NSURL setResourceValue:@YES
//!   forKey:NSURLIsExcludedFromBackupKey error:` (again whenever the folder
//!   is made anew), then [`BackupExclusion::Excluded`](super::BackupExclusion::Excluded).
//!   The files also take the data protection class
//!   `NSFileProtectionComplete`.
//! - **Discreet mode's icon**: iOS lets an app change its icon, not its
//!   name: a neutral icon declared under `CFBundleAlternateIcons` in
//!   `Info.plist` (with its image in the bundle), then
//!   `UIApplication.shared.setAlternateIconName("Discreet")`, and `nil` to
//!   come back. iOS tells the person with a system alert each time; the
//!   name under the icon stays "Parcours" (say so in the settings' text).

use std::path::Path;
use std::sync::{Mutex, PoisonError};

use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;
use parcours_ios::SpeechEnd;

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
            // Not written (module docs): no picker, camera or share sheet.
            file_picker: false,
            camera: false,
            share_files: false,
            // UNUserNotificationCenter (module docs).
            reminders: phone.then_some(ReminderDelivery::System),
            // AVSpeechSynthesizer (module docs).
            read_aloud: phone,
        }
    }

    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        // Not written (module docs, "Missing").
        let what = match from {
            PickFrom::Camera => "camera (UIImagePickerController, not written)",
            PickFrom::Files | PickFrom::PageInput(_) => {
                "file picker (UIDocumentPickerViewController, not written)"
            }
        };
        Box::pin(async move { Err(PlatformError::Unavailable(what)) })
    }

    fn share_file(&self, _file: FileBytes) -> PlatformFuture<'_, Delivered> {
        // Not written (module docs, "Missing").
        Box::pin(async {
            Err(PlatformError::Unavailable(
                "share sheet (UIActivityViewController, not written)",
            ))
        })
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
        #[cfg(target_os = "ios")]
        return parcours_ios::exclude_from_backup(path)
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
}
