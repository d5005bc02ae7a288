//! The app's calls into iOS, through the `objc2` crates: open a `tel:`,
//! `sms:` or map link with another app, read text aloud with
//! `AVSpeechSynthesizer`, keep a folder out of iCloud and computer backups,
//! set reminders with `UNUserNotificationCenter`, choose documents
//! (`UIDocumentPickerViewController`), offer a file to the share sheet
//! (`UIActivityViewController`), switch to the discreet icon. Used by `parcours-mobile`'s `platform/ios.rs` (see its module doc
//! for what these services do for the person, and what is missing).
//!
//! **Why this crate exists: `unsafe`.** The rest of the workspace forbids
//! `unsafe`. `objc2` marks most Objective-C message sends `unsafe` (their
//! arguments' types and threads are the caller's promise), and an
//! Objective-C class declared in Rust (the delegates of the speech
//! synthesizer and of the document picker) is an `unsafe` declaration. Each such block in the `uikit` module is allowed where it
//! stands with its `SAFETY` comment; the crate's lints deny `unsafe`
//! everywhere else.
//!
//! **What was checked, and what was not.** The iOS part compiles only for
//! `target_os = "ios"`, and is type-checked (`cargo check`, clippy) for
//! `aarch64-apple-ios` by `tests/check-ios.sh`. It has **never run**: no
//! iOS SDK, no Xcode, no simulator on the project's machines; nothing was
//! linked. The names of classes, methods and constants come from the
//! `objc2` crates (generated from Apple's headers), so a misspelt selector
//! cannot compile; what Apple's frameworks do with the calls at run time
//! (threads, permissions, `Info.plist` entries) was read in Apple's
//! documentation, not seen. On a computer the crate is its pure helpers
//! below (the map link, the speech rate, the bookkeeping of readings, which
//! reminders are set and when, the names of files shared, the types and
//! sizes of files picked), which are
//! unit-tested here.

use std::fmt;

#[cfg(target_os = "ios")]
mod uikit;

#[cfg(target_os = "ios")]
pub use uikit::{
    exclude_from_backup, open_url, pick_files, protect_folder, schedule_reminders,
    set_alternate_icon, share_file, speak, stop_speaking,
};

/// The name of the discreet icon under `CFBundleAlternateIcons` in the
/// app's `Info.plist` (`setAlternateIconName:`).
pub const DISCREET_ICON: &str = "Discreet";

/// The link that opens Apple Maps on a postal address: iOS does not know
/// `geo:`. The address is percent-encoded (everything but RFC 3986's
/// unreserved characters).
pub fn maps_url(address: &str) -> String {
    let mut url = String::from("https://maps.apple.com/?q=");
    for b in address.trim().bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            url.push(char::from(b));
        } else {
            url.push_str(&format!("%{b:02X}"));
        }
    }
    url
}

/// `AVSpeechUtterance.rate` for the app's speed `factor` (1 = the voice's
/// normal speed, see `SpeechRate::factor`): iOS's default rate
/// (`AVSpeechUtteranceDefaultSpeechRate`, 0.5 today) times the factor,
/// kept within iOS's minimum and maximum. The three constants are passed in
/// (read from iOS on the phone) so that this is tested on a computer.
pub fn utterance_rate(factor: f32, default: f32, minimum: f32, maximum: f32) -> f32 {
    let rate = default * factor;
    if rate.is_nan() {
        default
    } else {
        rate.clamp(minimum, maximum)
    }
}

/// How a reading aloud ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpeechEnd {
    /// Its last line was read.
    Done,
    /// It was stopped (by the person, or by another reading).
    Stopped,
    /// No voice speaks its language on this phone.
    NoVoice,
}

/// The readings aloud going on, each with its utterances (as numbers: the
/// address of each `AVSpeechUtterance`, kept alive by the caller while the
/// reading waits) and what to call at its end. One reading at a time:
/// starting one cuts short the one before, which ends at once as
/// [`SpeechEnd::Stopped`]. Pure bookkeeping, tested on the host; the iOS
/// side keeps one behind a mutex.
#[derive(Debug)]
pub struct Readings<F> {
    current: Option<(Vec<usize>, F)>,
}

impl<F> Default for Readings<F> {
    fn default() -> Self {
        Self::new()
    }
}

impl<F> Readings<F> {
    pub const fn new() -> Self {
        Self { current: None }
    }

    /// A new reading of `utterances` (in their order): the reading it cuts
    /// short, to be told [`SpeechEnd::Stopped`].
    pub fn begin(&mut self, utterances: Vec<usize>, on_end: F) -> Option<F> {
        self.current.replace((utterances, on_end)).map(|(_, f)| f)
    }

    /// iOS finished `utterance`: what to call with [`SpeechEnd::Done`] when
    /// it was the last line of the reading going on.
    pub fn finished(&mut self, utterance: usize) -> Option<F> {
        match &self.current {
            Some((lines, _)) if lines.last() == Some(&utterance) => {
                self.current.take().map(|(_, f)| f)
            }
            _ => None,
        }
    }

    /// iOS cancelled `utterance`: what to call with [`SpeechEnd::Stopped`]
    /// when it was a line of the reading going on.
    pub fn cancelled(&mut self, utterance: usize) -> Option<F> {
        match &self.current {
            Some((lines, _)) if lines.contains(&utterance) => self.current.take().map(|(_, f)| f),
            _ => None,
        }
    }

    /// The reading going on stops: what to call.
    pub fn end(&mut self) -> Option<F> {
        self.current.take().map(|(_, f)| f)
    }
}

/// How a pick of files ended without files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickEnd {
    /// The person closed the picker without choosing.
    Cancelled,
    /// A chosen file is larger than the limit given: none is given back.
    TooLarge,
    /// Reading a chosen file failed.
    Failed,
}

/// A file that came back from the document picker.
#[derive(Clone, PartialEq, Eq)]
pub struct PickedFile {
    /// Its name (the URL's last path component).
    pub name: String,
    /// Its media type, from its extension ([`media_type_of`]).
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

/// The media types the document picker offers (as `UTTypePDF`,
/// `UTTypeJPEG`, `UTTypePNG`, `UTTypeWebP`): the safe's papers, photos
/// and PDFs, as on Android.
pub const PICK_MEDIA_TYPES: [&str; 4] =
    ["application/pdf", "image/jpeg", "image/png", "image/webp"];

/// The media type of a picked file from its name's extension (the picker
/// offers only [`PICK_MEDIA_TYPES`]); `application/octet-stream` for
/// anything else, which the safe then refuses as it would any unknown
/// file.
pub fn media_type_of(name: &str) -> &'static str {
    let extension = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "pdf" => "application/pdf",
        "jpg" | "jpeg" => "image/jpeg",
        "png" => "image/png",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    }
}

/// The answer of a pick from the files' sizes, before any is read: no file
/// is a cancel, one beyond `max_bytes` refuses them all.
pub fn pick_sizes_allowed(sizes: &[u64], max_bytes: u64) -> Result<(), PickEnd> {
    if sizes.is_empty() {
        Err(PickEnd::Cancelled)
    } else if sizes.iter().any(|&s| s > max_bytes) {
        Err(PickEnd::TooLarge)
    } else {
        Ok(())
    }
}

/// How the share sheet closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShareEnd {
    /// The person chose where the file went, and it went
    /// (`completed` in `completionWithItemsHandler`).
    Shared,
    /// The person closed the sheet without sending it.
    Cancelled,
}

/// The folder, inside the app's temporary folder (`NSTemporaryDirectory()`),
/// that holds the one file being shared: emptied at each share, the file
/// deleted when the sheet closes.
pub const OUTGOING_DIR: &str = "outgoing";

/// The name a file shared outside gets in [`OUTGOING_DIR`] (the receiving
/// app sees it): the name the person sees, without what a path or the
/// receiving app could misread (`/`, `\`, `:`, control characters, a leading
/// dot), at most 100 characters; `document` when nothing is left.
pub fn outgoing_file_name(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .map(|c| {
            if c == '/' || c == '\\' || c == ':' || c.is_control() {
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

/// The most notification requests iOS keeps pending for an app: beyond
/// it, iOS keeps the soonest and drops the others.
pub const MAX_PENDING: usize = 64;

/// A reminder as iOS is asked to show it.
#[derive(Clone, PartialEq)]
pub struct Reminder {
    /// `UNNotificationRequest`'s identifier: a number, nothing personal.
    pub identifier: String,
    /// Seconds from now (`UNTimeIntervalNotificationTrigger`, more than 0).
    pub after_seconds: f64,
    pub title: String,
    pub body: String,
}

impl fmt::Debug for Reminder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Reminder")
            .field("identifier", &self.identifier)
            .field("after_seconds", &self.after_seconds)
            .finish_non_exhaustive()
    }
}

/// The requests to add for `reminders` (each its time in milliseconds
/// since 1970, UTC, its title and its text), at `now_ms`: those still to
/// come, soonest first, at most [`MAX_PENDING`]. The delay is measured
/// from `now_ms`, so a time-interval trigger fires at the reminder's
/// instant whatever the phone's time zone (the core's times are UTC
/// instants).
pub fn pending_reminders(reminders: &[(i64, String, String)], now_ms: i64) -> Vec<Reminder> {
    let mut ahead: Vec<&(i64, String, String)> =
        reminders.iter().filter(|(at, _, _)| *at > now_ms).collect();
    ahead.sort_by_key(|(at, _, _)| *at);
    ahead
        .into_iter()
        .take(MAX_PENDING)
        .enumerate()
        .map(|(i, (at, title, body))| Reminder {
            identifier: format!("parcours-reminder-{i}"),
            // At least one second: iOS refuses a zero interval.
            after_seconds: ((at - now_ms) as f64 / 1000.0).max(1.0),
            title: title.clone(),
            body: body.clone(),
        })
        .collect()
}

/// Why a call into iOS did not do what was asked. Never carries what the
/// person wrote (a number, an address, a text read aloud): an `NSError`
/// is kept by its domain and code only.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// Called off the main thread, where UIKit cannot be used: nothing was
    /// done (the app's UI runs on the main thread, so this is a bug).
    NotMainThread,
    /// The link is not a URL iOS can parse.
    BadUrl,
    /// The app has no alternate icon (`supportsAlternateIcons` is false:
    /// `Info.plist` declares none).
    NoAlternateIcon,
    /// The person did not allow notifications (Settings).
    NotificationsDenied,
    /// No window to show the share sheet from (the app is not in front).
    NoWindow,
    /// Writing the file to share failed (its kind only, never its path).
    File(std::io::ErrorKind),
    /// iOS answered with this error (its domain and code only).
    Ios { domain: String, code: isize },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::NotMainThread => f.write_str("called off the main thread"),
            Error::BadUrl => f.write_str("not a URL"),
            Error::NoAlternateIcon => f.write_str("no alternate icon in Info.plist"),
            Error::NotificationsDenied => f.write_str("notifications are not allowed"),
            Error::NoWindow => f.write_str("no window to present from"),
            Error::File(kind) => write!(f, "writing the file failed: {kind}"),
            Error::Ios { domain, code } => write!(f, "iOS error {domain} {code}"),
        }
    }
}

impl std::error::Error for Error {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_address_opens_apple_maps() {
        assert_eq!(
            maps_url(" 12 rue de l'Exemple, 59000 Lille "),
            "https://maps.apple.com/?q=12%20rue%20de%20l%27Exemple%2C%2059000%20Lille"
        );
        assert_eq!(
            maps_url("Île-de-France"),
            "https://maps.apple.com/?q=%C3%8Ele-de-France"
        );
        assert_eq!(
            maps_url("a&b=c#d"),
            "https://maps.apple.com/?q=a%26b%3Dc%23d"
        );
    }

    #[test]
    fn speech_rates_scale_the_default() {
        // iOS's constants today: 0 (minimum), 1 (maximum), 0.5 (default).
        assert_eq!(utterance_rate(1.0, 0.5, 0.0, 1.0), 0.5);
        assert!((utterance_rate(0.7, 0.5, 0.0, 1.0) - 0.35).abs() < 1e-6);
        assert_eq!(utterance_rate(3.0, 0.5, 0.0, 1.0), 1.0);
        assert_eq!(utterance_rate(-1.0, 0.5, 0.0, 1.0), 0.0);
        assert_eq!(utterance_rate(f32::NAN, 0.5, 0.0, 1.0), 0.5);
    }

    #[test]
    fn a_reading_ends_once() {
        let mut r = Readings::new();
        assert_eq!(r.begin(vec![1, 2, 3], "first"), None);
        assert_eq!(r.finished(1), None, "not the last line");
        assert_eq!(r.finished(3), Some("first"));
        assert_eq!(r.finished(3), None, "ended already");
        assert_eq!(r.cancelled(3), None);

        assert_eq!(r.begin(vec![4, 5], "second"), None);
        assert_eq!(r.begin(vec![6], "third"), Some("second"), "cut short");
        assert_eq!(r.cancelled(4), None, "the cut reading ended already");
        assert_eq!(r.finished(5), None);
        assert_eq!(r.cancelled(6), Some("third"));
        assert_eq!(r.end(), None);

        assert_eq!(r.begin(vec![7], "fourth"), None);
        assert_eq!(r.end(), Some("fourth"));
        assert_eq!(r.finished(7), None);
    }

    #[test]
    fn the_soonest_reminders_to_come_at_most_64() {
        let now = 1_000_000;
        let mut asked: Vec<(i64, String, String)> = (0..100)
            .rev()
            .map(|i| (now + 60_000 * i, format!("t{i}"), "b".to_owned()))
            .collect();
        asked.push((now - 1, "past".into(), "b".into()));
        let set = pending_reminders(&asked, now);
        assert_eq!(set.len(), MAX_PENDING);
        // i = 0 is `now` itself: not to come.
        assert_eq!(set[0].title, "t1");
        assert_eq!(set[0].after_seconds, 60.0);
        assert_eq!(set[63].title, "t64");
        assert!(set.iter().all(|r| r.title != "past"));
        let ids: std::collections::HashSet<_> = set.iter().map(|r| &r.identifier).collect();
        assert_eq!(ids.len(), MAX_PENDING);
        assert_eq!(set[0].identifier, "parcours-reminder-0");
        // Half a second ahead still fires (iOS refuses 0).
        let soon = pending_reminders(&[(now + 500, "t".into(), "b".into())], now);
        assert_eq!(soon[0].after_seconds, 1.0);
    }

    #[test]
    fn picked_files_take_their_type_from_their_extension() {
        assert_eq!(media_type_of("avis.PDF"), "application/pdf");
        assert_eq!(media_type_of("photo.jpeg"), "image/jpeg");
        assert_eq!(media_type_of("photo.JPG"), "image/jpeg");
        assert_eq!(media_type_of("a.b.png"), "image/png");
        assert_eq!(media_type_of("x.webp"), "image/webp");
        assert_eq!(media_type_of("notes"), "application/octet-stream");
        assert_eq!(media_type_of("run.sh"), "application/octet-stream");
        for t in PICK_MEDIA_TYPES {
            let ext = t.rsplit('/').next().unwrap();
            let name = format!("f.{}", if ext == "jpeg" { "jpg" } else { ext });
            assert_eq!(media_type_of(&name), t);
        }
        let f = PickedFile {
            name: "titre.pdf".into(),
            media_type: "application/pdf".into(),
            bytes: b"secret".to_vec(),
        };
        let shown = format!("{f:?}");
        assert!(
            !shown.contains("titre") && !shown.contains("secret"),
            "{shown}"
        );
    }

    #[test]
    fn a_pick_is_checked_by_size_first() {
        assert_eq!(pick_sizes_allowed(&[], 10), Err(PickEnd::Cancelled));
        assert_eq!(pick_sizes_allowed(&[3, 10], 10), Ok(()));
        assert_eq!(pick_sizes_allowed(&[3, 11], 10), Err(PickEnd::TooLarge));
    }

    #[test]
    fn shared_files_get_a_plain_name() {
        assert_eq!(outgoing_file_name("avis.pdf"), "avis.pdf");
        assert_eq!(outgoing_file_name("../../etc/passwd"), "_.._etc_passwd");
        assert_eq!(outgoing_file_name(".hidden"), "hidden");
        assert_eq!(outgoing_file_name("a:b\\c\n"), "a_b_c_");
        assert_eq!(outgoing_file_name(" . "), "document");
        assert_eq!(outgoing_file_name(&"é".repeat(300)).chars().count(), 100);
    }

    #[test]
    fn logs_show_no_text() {
        let r = &pending_reminders(&[(2_000, "Rappel".into(), "Rendez-vous".into())], 0)[0];
        let shown = format!("{r:?}");
        assert!(
            !shown.contains("Rappel") && !shown.contains("Rendez"),
            "{shown}"
        );
    }
}
