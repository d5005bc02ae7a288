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

use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;

use super::{
    BackupExclusion, Capabilities, Delivered, FileBytes, Link, LinkAction, PickFrom, Platform,
    PlatformError, PlatformFuture, ReminderDelivery,
};

/// iOS's services (none written yet: see the module's docs).
#[derive(Debug, Default)]
pub struct Ios;

impl Ios {
    pub fn new() -> Self {
        Self
    }
}

impl Platform for Ios {
    fn name(&self) -> &'static str {
        "ios"
    }

    fn capabilities(&self) -> Capabilities {
        Capabilities {
            file_input_in_page: false,
            file_picker: false,
            camera: false,
            share_files: false,
            reminders: None,
            read_aloud: false,
        }
    }

    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>> {
        // TODO(ios): UIDocumentPickerViewController / UIImagePickerController (module docs).
        let what = match from {
            PickFrom::Camera => "camera (UIImagePickerController)",
            PickFrom::Files | PickFrom::PageInput(_) => {
                "file picker (UIDocumentPickerViewController)"
            }
        };
        Box::pin(async move { Err(PlatformError::Unavailable(what)) })
    }

    fn share_file(&self, _file: FileBytes) -> PlatformFuture<'_, Delivered> {
        // TODO(ios): UIActivityViewController (module docs).
        Box::pin(async {
            Err(PlatformError::Unavailable(
                "share sheet (UIActivityViewController)",
            ))
        })
    }

    fn schedule_reminders(
        &self,
        _reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError> {
        // TODO(ios): UNUserNotificationCenter (module docs).
        Err(PlatformError::Unavailable(
            "reminders (UNUserNotificationCenter)",
        ))
    }

    fn scheduled_reminders(&self) -> Vec<Notification> {
        Vec::new()
    }

    fn speak(&self, _text: &str, _lang: Lang, _rate: SpeechRate) -> PlatformFuture<'_, ()> {
        // TODO(ios): AVSpeechSynthesizer, AVSpeechUtterance.rate (module docs).
        Box::pin(async {
            Err(PlatformError::Unavailable(
                "text to speech (AVSpeechSynthesizer)",
            ))
        })
    }

    fn stop_speaking(&self) {
        // TODO(ios): stopSpeakingAtBoundary: (module docs). Nothing is read yet.
    }

    fn link(&self, _link: &Link) -> LinkAction {
        LinkAction::Native
    }

    fn open_link(&self, _link: &Link) -> Result<(), PlatformError> {
        // TODO(ios): UIApplication openURL (module docs).
        Err(PlatformError::Unavailable("links (UIApplication openURL)"))
    }

    fn exclude_from_backup(&self, _path: &Path) -> Result<BackupExclusion, PlatformError> {
        // TODO(ios): NSURLIsExcludedFromBackupKey on the safe's folder (module docs).
        Err(PlatformError::Unavailable(
            "backup exclusion (NSURLIsExcludedFromBackupKey)",
        ))
    }

    fn set_discreet_launcher(&self, _discreet: bool) -> Result<(), PlatformError> {
        // TODO(ios): UIApplication.shared.setAlternateIconName (module docs).
        Err(PlatformError::Unavailable(
            "alternate icon (setAlternateIconName)",
        ))
    }
}
