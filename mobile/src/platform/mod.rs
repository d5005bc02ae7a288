//! What the phone (or the browser) provides, behind one small interface:
//! choose a file, take a photo, send a file outside Parcours (the share
//! sheet), schedule reminders, read text aloud, open a `tel:`, `sms:` or
//! `geo:` link, keep a folder out of the platform's own backups.
//!
//! Screens never call a platform API directly: they ask the [`Platform`]
//! of the app ([`use_platform`]), and draw what its [`Capabilities`] say
//! this build can do. A build that cannot do something says so with
//! [`PlatformError::Unavailable`]; nothing here pretends a success.
//!
//! Implementations, one per build:
//! - [`browser::Browser`]: the browser preview (LiveView) and the desktop
//!   window. Files come from the page's own `<input type=file>`, reminders
//!   stay in the app, speech is the browser's `speechSynthesis`, links are
//!   plain anchors, and "send outside" is a download. Tested here (the
//!   Rust tests and the browser suite).
//! - The launcher's name and icon in discreet mode: Android switches
//!   between two launcher entries of the manifest (Parcours's, and a
//!   neutral one); iOS can change the icon only; the browser has no
//!   launcher (the window's title is neutral instead, in the app).
//! - `android` (`android.rs`): every service calls Android through the
//!   workspace crate `parcours-android` (`mobile/android-glue/`, JNI, the
//!   only crate allowed `unsafe`) and the Kotlin of
//!   `mobile/android/MainActivity.kt`: links, discreet mode's launcher
//!   entry, reading aloud, the document picker, the camera, the share sheet
//!   (through a small `ContentProvider` of the app's own, serving only its
//!   outgoing cache folder) and reminders as system notifications
//!   (`AlarmManager`); the app's files are kept out of backups by the
//!   manifest ([`BackupExclusion::ByManifest`]). Compiled into the app only
//!   for `target_os = "android"`, and type-checked for
//!   `aarch64-linux-android` by `tests/check-android.sh`: **it never ran on
//!   a phone** (its module doc says what to check there first).
//! - `ios` (`ios.rs`): every service calls iOS through the workspace crate
//!   `parcours-ios` (`mobile/ios-glue/`, the `objc2` crates, allowed
//!   `unsafe` like the Android glue): links, reading aloud, reminders as
//!   system notifications, the document picker, the share sheet, the
//!   backup flag on the safe's folder and discreet mode's icon; the camera
//!   is not written and answers [`PlatformError::Unavailable`]. Compiled
//!   into the app only for `target_os = "ios"`; the glue is type-checked
//!   for `aarch64-apple-ios` by `tests/check-ios.sh`, but `ios.rs`'s calls
//!   into it are not (the app's crate needs the iOS SDK to be checked for
//!   iOS): **it never ran on a phone** (its module doc says what to check
//!   there first).
//! - Both files are also built on the host by this module's unit tests,
//!   with their calls into the phone left out: there they claim nothing,
//!   which the tests check, with their pure parts.
//!
//! Dioxus 0.7 on phones opens no picker for `<input type=file>` (upstream
//! issues DioxusLabs/dioxus#3720, #3849, #5135), hence the native picker.
//! Its LiveView renderer does not carry a chosen file's bytes to the server
//! either (#2930), hence the browser reads the input itself (see
//! [`browser`]).
//!
//! Must never: report a success that did not happen, or put anything from
//! the dossier into a system notification (see [`parcours_core::reminder`]).

use std::fmt;
use std::future::Future;
use std::ops::Deref;
use std::path::Path;
use std::pin::Pin;
use std::sync::Arc;

use dioxus::prelude::*;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::person::SpeechRate;
use parcours_core::reminder::Notification;

pub mod browser;

#[cfg(target_os = "android")]
pub mod android;
#[cfg(target_os = "ios")]
pub mod ios;

// The phone implementations are also type-checked on the host here (without
// their calls into the phone, which need it: `cfg(target_os)`), and their host
// answers tested below; `parcours-android`'s and `parcours-ios`'s pure helpers
// come in as dev-dependencies.
#[cfg(test)]
#[path = "android.rs"]
mod android_on_host;
#[cfg(test)]
#[path = "ios.rs"]
mod ios_on_host;

/// What a platform service gives back, later.
pub type PlatformFuture<'a, T> = Pin<Box<dyn Future<Output = Result<T, PlatformError>> + 'a>>;

/// Why a platform service did not do what was asked. Nothing was done.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlatformError {
    /// This build cannot do it (yet): the name of the missing service.
    #[error("{0} is not available on this build")]
    Unavailable(&'static str),
    /// The person closed the picker without choosing anything.
    #[error("nothing was chosen")]
    Cancelled,
    /// A chosen file is larger than this build can take.
    #[error("a chosen file is larger than {max_bytes} bytes")]
    TooLarge { max_bytes: u64 },
    /// The platform answered with an error (its own words, never shown).
    #[error("the platform failed: {0}")]
    Failed(String),
}

impl PlatformError {
    /// What the person reads: what went wrong, and that nothing changed.
    pub fn explain(&self, loc: &Localizer) -> String {
        match self {
            PlatformError::Unavailable(_) => loc.t("platform-unavailable"),
            PlatformError::Cancelled => loc.t("platform-cancelled"),
            PlatformError::TooLarge { max_bytes } => loc.t_args(
                "platform-file-too-large",
                &[("count", (max_bytes / (1024 * 1024)).into())],
            ),
            PlatformError::Failed(_) => loc.t("action-failed"),
        }
    }
}

/// A file going in or out of Parcours: its name, its media type and its
/// bytes (shared, never copied). Its `Debug` shows the size only.
#[derive(Clone, PartialEq, Eq)]
pub struct FileBytes {
    /// The name the person sees (and a download takes).
    pub name: String,
    /// The media type as the platform or the safe says it, e.g. `image/png`.
    pub media_type: String,
    pub bytes: Arc<[u8]>,
}

impl fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("FileBytes")
            .field("media_type", &self.media_type)
            .field("len", &self.bytes.len())
            .finish()
    }
}

/// Where chosen files come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PickFrom {
    /// The files chosen in the page's `<input type=file>` with this `id`
    /// (browser and desktop builds).
    PageInput(String),
    /// The platform's own document picker.
    Files,
    /// The camera: one new photo.
    Camera,
}

/// Where a file sent outside Parcours went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delivered {
    /// Saved by the browser as a download under this name.
    Downloaded { name: String },
    /// Handed to the phone's share sheet (the person chose where).
    ShareSheet,
}

/// How reminders reach the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderDelivery {
    /// Shown inside the app only, while it is open.
    InApp,
    /// Scheduled with the system: shown even when the app is closed.
    System,
}

/// What a platform does about its own backups of a folder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackupExclusion {
    /// No backup of the platform reaches it, as far as the app can tell
    /// (a browser; a computer's own backups are the person's business).
    NotApplicable,
    /// Marked excluded at run time (iOS: `NSURLIsExcludedFromBackupKey`).
    Excluded,
    /// Excluded by the app's manifest, nothing to do at run time (Android:
    /// `allowBackup="false"` and `fullBackupContent="false"`, which keep
    /// the files out of the cloud backup and `adb backup`; device-to-device
    /// transfer is not covered: see the Android module).
    ByManifest,
}

/// A link the platform opens with another app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Link {
    /// A phone call to this number.
    Tel(String),
    /// A text message to this number.
    Sms(String),
    /// A map on this postal address.
    Geo(String),
}

impl Link {
    /// The link as a URL (`tel:`, `sms:`, `geo:0,0?q=…`), spaces removed
    /// from numbers.
    pub fn href(&self) -> String {
        let number = |n: &str| n.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        match self {
            Link::Tel(n) => format!("tel:{}", number(n)),
            Link::Sms(n) => format!("sms:{}", number(n)),
            Link::Geo(address) => crate::exports::geo_link(address),
        }
    }
}

/// How a screen offers a link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkAction {
    /// A plain anchor with this `href` (the browser or web view opens it).
    Anchor(String),
    /// A button that calls [`Platform::open_link`].
    Native,
}

/// What this build can do, so that screens draw only what works.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Capabilities {
    /// Files are chosen in a `<input type=file>` drawn by the screen,
    /// then read with [`PickFrom::PageInput`].
    pub file_input_in_page: bool,
    /// [`PickFrom::Files`] opens the platform's picker.
    pub file_picker: bool,
    /// [`PickFrom::Camera`] takes a photo.
    pub camera: bool,
    /// [`Platform::share_file`] can send a file outside Parcours.
    pub share_files: bool,
    /// How reminders are delivered, if at all.
    pub reminders: Option<ReminderDelivery>,
    /// [`Platform::speak`] may read text aloud (the screens show their
    /// "Read aloud" button). The browser may still find at that moment
    /// that it cannot, and says so with [`PlatformError::Unavailable`].
    pub read_aloud: bool,
}

/// The language tag a voice is asked for: the language as spoken in
/// France for French, where the person lives; the language alone
/// otherwise, so that any voice of it will do.
pub fn speech_tag(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "fr-FR",
        Lang::En => "en",
        Lang::Ar => "ar",
        Lang::Uk => "uk-UA",
    }
}

/// The services of one platform. Calls that wait for the person or the
/// system give a [`PlatformFuture`], run from the screen's own task.
pub trait Platform: Send + Sync + 'static {
    /// A short name: `browser`, `android`, `ios`, or a test's.
    fn name(&self) -> &'static str;

    fn capabilities(&self) -> Capabilities;

    /// The files the person chose, in their order: each its name, media
    /// type and bytes. [`PlatformError::Cancelled`] when none.
    fn pick_files(&self, from: PickFrom) -> PlatformFuture<'_, Vec<FileBytes>>;

    /// Sends a file outside Parcours, where the person chooses. The file
    /// is in clear from then on: the screen says so first.
    fn share_file(&self, file: FileBytes) -> PlatformFuture<'_, Delivered>;

    /// Replaces the scheduled reminders by `reminders` (made by
    /// [`parcours_core::reminder`], with nothing personal in them).
    fn schedule_reminders(
        &self,
        reminders: Vec<Notification>,
    ) -> Result<ReminderDelivery, PlatformError>;

    /// The reminders scheduled now, soonest first.
    fn scheduled_reminders(&self) -> Vec<Notification>;

    /// Reads `text` aloud in `lang` at `rate`, cutting short any reading
    /// still going on. Gives back when the reading has ended, or was
    /// stopped ([`Platform::stop_speaking`], another reading): both are a
    /// success. [`PlatformError::Unavailable`] when nothing can be read
    /// aloud here, or no voice speaks `lang`.
    fn speak(&self, text: &str, lang: Lang, rate: SpeechRate) -> PlatformFuture<'_, ()>;

    /// Stops reading aloud at once (nothing happens when nothing is read).
    fn stop_speaking(&self);

    /// How a screen offers `link`.
    fn link(&self, link: &Link) -> LinkAction;

    /// Opens `link` with another app (for [`LinkAction::Native`]).
    fn open_link(&self, link: &Link) -> Result<(), PlatformError>;

    /// Keeps `path` (the safe's folder) out of the platform's own backups:
    /// the safe makes its own, encrypted under the recovery code.
    fn exclude_from_backup(&self, path: &Path) -> Result<BackupExclusion, PlatformError>;

    /// In discreet mode, the app shows a neutral name and icon where the
    /// system lists apps (the phone's home screen and app drawer); out of
    /// it, Parcours's own. [`PlatformError::Unavailable`] where the
    /// platform cannot (the browser changes the window's title instead).
    fn set_discreet_launcher(&self, discreet: bool) -> Result<(), PlatformError>;
}

/// The platform of the app, shared by every screen (cheap to clone; two
/// handles are equal when they are the same platform).
#[derive(Clone)]
pub struct PlatformHandle(Arc<dyn Platform>);

impl PlatformHandle {
    pub fn new(platform: impl Platform) -> Self {
        Self(Arc::new(platform))
    }

    /// The platform this binary was built for.
    pub fn for_this_build() -> Self {
        #[cfg(target_os = "android")]
        return Self::new(android::Android::new());
        #[cfg(target_os = "ios")]
        return Self::new(ios::Ios::new());
        #[cfg(not(any(target_os = "android", target_os = "ios")))]
        Self::new(browser::Browser::new())
    }
}

impl Deref for PlatformHandle {
    type Target = dyn Platform;
    fn deref(&self) -> &(dyn Platform + 'static) {
        &*self.0
    }
}

impl PartialEq for PlatformHandle {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::addr_eq(Arc::as_ptr(&self.0), Arc::as_ptr(&other.0))
    }
}

impl fmt::Debug for PlatformHandle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("PlatformHandle").field(&self.name()).finish()
    }
}

/// The platform of the app, provided by the app shell.
pub fn use_platform() -> PlatformHandle {
    use_context::<PlatformHandle>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_as_urls() {
        assert_eq!(Link::Tel("03 20 00 11 22".into()).href(), "tel:0320001122");
        assert_eq!(Link::Sms("+33 6 12".into()).href(), "sms:+33612");
        assert_eq!(
            Link::Geo("12 rue de l'Exemple, 59000 Lille".into()).href(),
            "geo:0,0?q=12%20rue%20de%20l%27Exemple%2C%2059000%20Lille"
        );
    }

    #[test]
    fn handles_are_equal_when_they_are_the_same_platform() {
        let a = PlatformHandle::new(browser::Browser::new());
        let b = PlatformHandle::new(browser::Browser::new());
        assert_eq!(a, a.clone());
        assert_ne!(a, b);
        assert_eq!(format!("{a:?}"), r#"PlatformHandle("browser")"#);
    }

    #[test]
    fn a_file_never_shows_its_bytes_in_logs() {
        let f = FileBytes {
            name: "titre-de-sejour.png".into(),
            media_type: "image/png".into(),
            bytes: Arc::from(&b"secret"[..]),
        };
        let shown = format!("{f:?}");
        assert!(
            !shown.contains("secret") && !shown.contains("titre"),
            "{shown}"
        );
        assert!(shown.contains("len: 6"), "{shown}");
    }

    /// Built on a computer, the phone files never claim a success they do
    /// not have: each leaves out its calls into the phone (they exist for
    /// `target_os = "android"` or `"ios"` only), so every service answers
    /// "unavailable on this build" and nothing is offered on screen, not
    /// even reading aloud or reminders, which the phone builds offer. (iOS's
    /// camera is not written at all: unavailable on the phone too.) The one exception is true without code: Android's
    /// manifest keeps the app's files out of its backups; iOS marks the
    /// folder at run time, which a computer cannot.
    #[test]
    fn the_phone_files_built_on_a_computer_claim_nothing() {
        let stubs: [(PlatformHandle, &str); 2] = [
            (
                PlatformHandle::new(android_on_host::Android::new()),
                "android",
            ),
            (PlatformHandle::new(ios_on_host::Ios::new()), "ios"),
        ];
        for (p, name) in stubs {
            assert_eq!(p.name(), name);
            let c = p.capabilities();
            assert!(
                !c.file_input_in_page && !c.file_picker && !c.camera && !c.share_files,
                "{name}: {c:?}"
            );
            assert_eq!(c.reminders, None, "{name}");
            let file = FileBytes {
                name: "a.pdf".into(),
                media_type: "application/pdf".into(),
                bytes: Arc::from(&b"%PDF-"[..]),
            };
            let now = futures_lite_block_on(p.pick_files(PickFrom::Files));
            assert!(matches!(now, Err(PlatformError::Unavailable(_))), "{name}");
            let camera = futures_lite_block_on(p.pick_files(PickFrom::Camera));
            assert!(
                matches!(camera, Err(PlatformError::Unavailable(_))),
                "{name}"
            );
            let shared = futures_lite_block_on(p.share_file(file));
            assert!(
                matches!(shared, Err(PlatformError::Unavailable(_))),
                "{name}"
            );
            assert!(!c.read_aloud, "{name}");
            let spoken = futures_lite_block_on(p.speak("Bonjour", Lang::Fr, SpeechRate::Slower));
            assert!(
                matches!(spoken, Err(PlatformError::Unavailable(_))),
                "{name}"
            );
            assert!(matches!(
                p.schedule_reminders(Vec::new()),
                Err(PlatformError::Unavailable(_))
            ));
            assert!(p.scheduled_reminders().is_empty());
            let tel = Link::Tel("115".into());
            assert_eq!(p.link(&tel), LinkAction::Native, "{name}");
            assert!(matches!(
                p.open_link(&tel),
                Err(PlatformError::Unavailable(_))
            ));
            assert!(
                matches!(
                    p.set_discreet_launcher(true),
                    Err(PlatformError::Unavailable(_))
                ),
                "{name}"
            );
            let backup = p.exclude_from_backup(Path::new("/data/safe"));
            if name == "android" {
                assert_eq!(backup, Ok(BackupExclusion::ByManifest));
            } else {
                assert!(
                    matches!(backup, Err(PlatformError::Unavailable(_))),
                    "{name}"
                );
            }
        }
        // What the Android stub says is what the manifest does.
        let manifest = include_str!("../../android/AndroidManifest.xml");
        assert!(
            manifest.contains(r#"android:allowBackup="false""#)
                && manifest.contains(r#"android:fullBackupContent="false""#)
        );
    }

    /// Polls a future that needs no waking (the stubs answer at once).
    fn futures_lite_block_on<T>(mut f: PlatformFuture<'_, T>) -> Result<T, PlatformError> {
        use std::task::{Context, Poll, Waker};
        let mut cx = Context::from_waker(Waker::noop());
        match f.as_mut().poll(&mut cx) {
            Poll::Ready(r) => r,
            Poll::Pending => panic!("a stub made the caller wait"),
        }
    }
}
