//! The calls into iOS (see the crate's docs): compiled for `target_os =
//! "ios"` only, type-checked for `aarch64-apple-ios`, never run.
//!
//! UIKit is used on the main thread only: each service that needs it takes
//! a [`MainThreadMarker`], and answers [`Error::NotMainThread`] at once
//! when called from another thread (it never blocks waiting for the main
//! thread). Dioxus's iOS shell (`dioxus-desktop` 0.7.10 on tao) polls the
//! app's components and the tasks they spawn in tao's event loop
//! (`launch.rs`), which runs on the main thread: so the services are
//! called there (read in its sources, not seen running).

use std::cell::{Cell, RefCell};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, PoisonError};
use std::time::{SystemTime, UNIX_EPOCH};

use block2::RcBlock;
use objc2::MainThreadMarker;
use objc2::rc::Retained;
use objc2::runtime::{AnyObject, Bool, ProtocolObject};
use objc2_avf_audio::{
    AVAudioSession, AVAudioSessionCategoryOptions, AVAudioSessionCategoryPlayback,
    AVAudioSessionModeSpokenAudio, AVSpeechBoundary, AVSpeechSynthesisVoice, AVSpeechSynthesizer,
    AVSpeechUtterance, AVSpeechUtteranceDefaultSpeechRate, AVSpeechUtteranceMaximumSpeechRate,
    AVSpeechUtteranceMinimumSpeechRate,
};
use objc2_foundation::{
    NSArray, NSDictionary, NSError, NSNumber, NSString, NSTemporaryDirectory, NSURL,
};
use objc2_ui_kit::{
    UIActivityViewController, UIApplication, UIDocumentPickerViewController, UIViewController,
    UIWindowScene,
};
use objc2_uniform_type_identifiers::{UTType, UTTypeJPEG, UTTypePDF, UTTypePNG, UTTypeWebP};
use objc2_user_notifications::{
    UNAuthorizationOptions, UNMutableNotificationContent, UNNotificationContent,
    UNNotificationRequest, UNNotificationTrigger, UNTimeIntervalNotificationTrigger,
    UNUserNotificationCenter,
};

use crate::{
    DISCREET_ICON, Error, OUTGOING_DIR, PickEnd, Picked, PickedFile, Readings, Reminder, ShareEnd,
    SpeechEnd, media_type_of, outgoing_file_name, pending_reminders, pick_sizes_allowed,
    utterance_rate,
};

use delegate::SpeechDelegate;
use picker::PickerDelegate;

/// An `NSError` as this crate reports it: its domain and code, never its
/// message (which can quote a path or a URL).
fn ios_error(e: &NSError) -> Error {
    Error::Ios {
        domain: e.domain().to_string(),
        code: e.code(),
    }
}

fn main_thread() -> Result<MainThreadMarker, Error> {
    MainThreadMarker::new().ok_or(Error::NotMainThread)
}

/// Opens `url` (`tel:…`, `sms:…`, `https://maps.apple.com/…`) with the app
/// iOS chooses: `UIApplication openURL:options:completionHandler:`.
/// iOS answers later whether an app took it; that answer is not awaited
/// (an iPad without a Phone app opens nothing, and says nothing here).
pub fn open_url(url: &str) -> Result<(), Error> {
    let mtm = main_thread()?;
    let url = NSURL::URLWithString(&NSString::from_str(url)).ok_or(Error::BadUrl)?;
    let options: Retained<NSDictionary<NSString, AnyObject>> = NSDictionary::new();
    let app = UIApplication::sharedApplication(mtm);
    // SAFETY: on the main thread (`mtm`); `url` is a valid NSURL, `options`
    // an empty dictionary of the documented key and value types (no
    // options), and no completion handler is given, which the method
    // allows.
    #[allow(unsafe_code)]
    unsafe {
        app.openURL_options_completionHandler(&url, &options, None)
    };
    Ok(())
}

/// Marks the folder at `path` excluded from iCloud and computer backups:
/// `NSURL setResourceValue:@YES forKey:NSURLIsExcludedFromBackupKey
/// error:`. The flag stays on the folder (and covers what it holds) until
/// the folder is removed: call again whenever it is made anew.
pub fn exclude_from_backup(path: &Path) -> Result<(), Error> {
    let path = path.to_str().ok_or(Error::BadUrl)?;
    let url = NSURL::fileURLWithPath_isDirectory(&NSString::from_str(path), true);
    let yes = NSNumber::new_bool(true);
    let value: &AnyObject = &yes;
    // SAFETY: `NSURLIsExcludedFromBackupKey` is a constant exported by
    // Foundation, read once; its documented value type is an NSNumber
    // holding a BOOL, which `value` is. Foundation allows this call from
    // any thread.
    #[allow(unsafe_code)]
    let set = unsafe {
        url.setResourceValue_forKey_error(
            Some(value),
            objc2_foundation::NSURLIsExcludedFromBackupKey,
        )
    };
    set.map_err(|e| ios_error(&e))
}

/// Puts the folder and every file under it in the data protection class
/// "complete unless open" (`NSURLFileProtectionKey` =
/// `NSURLFileProtectionCompleteUnlessOpen`): while the phone is locked, a
/// file that is not already open cannot be read, even by the app; new
/// files take the folder's class. Not "complete": the store the app holds
/// open must stay writable when the phone locks during a write (a sync),
/// or the write would fail. Set again at every start, so files made since
/// are covered.
pub fn protect_folder(path: &Path) -> Result<(), Error> {
    let mut paths = vec![path.to_owned()];
    let mut i = 0;
    while i < paths.len() {
        if paths[i].is_dir()
            && let Ok(entries) = std::fs::read_dir(&paths[i])
        {
            paths.extend(entries.flatten().map(|e| e.path()));
        }
        i += 1;
    }
    for p in &paths {
        let text = p.to_str().ok_or(Error::BadUrl)?;
        let url = NSURL::fileURLWithPath_isDirectory(&NSString::from_str(text), p.is_dir());
        // SAFETY: `NSURLFileProtectionKey` and
        // `NSURLFileProtectionCompleteUnlessOpen` are constants exported by
        // Foundation; the key's documented value type is an
        // `NSURLFileProtectionType` (an NSString), which the value is.
        // Foundation allows this call from any thread.
        #[allow(unsafe_code)]
        let set = unsafe {
            let value: &AnyObject = objc2_foundation::NSURLFileProtectionCompleteUnlessOpen;
            url.setResourceValue_forKey_error(Some(value), objc2_foundation::NSURLFileProtectionKey)
        };
        set.map_err(|e| ios_error(&e))?;
    }
    Ok(())
}

/// Switches the app's icon to the discreet one ([`DISCREET_ICON`]) or back
/// to its own (`setAlternateIconName:completionHandler:`). iOS shows the
/// person an alert each time; the name under the icon does not change.
/// iOS answers later whether it did; that answer is not awaited.
pub fn set_alternate_icon(discreet: bool) -> Result<(), Error> {
    let mtm = main_thread()?;
    let app = UIApplication::sharedApplication(mtm);
    if !app.supportsAlternateIcons() {
        return Err(Error::NoAlternateIcon);
    }
    let name = discreet.then(|| NSString::from_str(DISCREET_ICON));
    app.setAlternateIconName_completionHandler(name.as_deref(), None);
    Ok(())
}

/// The view controller on top of the key window (the one to present
/// from): the key window of the first window scene that has one, its
/// `rootViewController`, then what each presents in turn.
fn top_view_controller(mtm: MainThreadMarker) -> Option<Retained<UIViewController>> {
    let app = UIApplication::sharedApplication(mtm);
    let window = app
        .connectedScenes()
        .allObjects()
        .to_vec()
        .into_iter()
        .filter_map(|scene| scene.downcast::<UIWindowScene>().ok())
        .find_map(|scene| scene.keyWindow())?;
    let mut top = window.rootViewController()?;
    while let Some(next) = top.presentedViewController() {
        top = next;
    }
    Some(top)
}

/// Offers a file to the share sheet (`UIActivityViewController` with its
/// file URL), presented from the top view controller; on iPad, as a
/// popover anchored on that controller's view. The file is written first
/// to [`OUTGOING_DIR`] in the app's temporary folder (emptied first, so
/// that nothing of an earlier share stays), and deleted when the sheet
/// closes. `on_end` is called once, on the main thread, when the sheet
/// closes: [`ShareEnd::Shared`] when the person sent it somewhere,
/// [`ShareEnd::Cancelled`] otherwise. Not called when this answers an
/// error.
pub fn share_file(
    name: &str,
    bytes: &[u8],
    on_end: impl FnOnce(ShareEnd) + 'static,
) -> Result<(), Error> {
    let mtm = main_thread()?;
    let presenter = top_view_controller(mtm).ok_or(Error::NoWindow)?;
    let dir = Path::new(&NSTemporaryDirectory().to_string()).join(OUTGOING_DIR);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| Error::File(e.kind()))?;
    let path = dir.join(outgoing_file_name(name));
    std::fs::write(&path, bytes).map_err(|e| Error::File(e.kind()))?;
    let Some(path_text) = path.to_str() else {
        let _ = std::fs::remove_file(&path);
        return Err(Error::BadUrl);
    };
    let url = NSURL::fileURLWithPath(&NSString::from_str(path_text));
    let item: &AnyObject = &url;
    let items = NSArray::from_slice(&[item]);
    // SAFETY: on the main thread (`mtm` allocates); the items are one file
    // URL, a documented kind of activity item; no application activities.
    #[allow(unsafe_code)]
    let sheet = unsafe {
        UIActivityViewController::initWithActivityItems_applicationActivities(
            mtm.alloc(),
            &items,
            None,
        )
    };
    let on_end = Cell::new(Some(on_end));
    let closed = RcBlock::new(
        move |_activity: *mut NSString,
              completed: Bool,
              _items: *mut NSArray,
              _error: *mut NSError| {
            let _ = std::fs::remove_file(&path);
            if let Some(on_end) = on_end.take() {
                on_end(if completed.as_bool() {
                    ShareEnd::Shared
                } else {
                    ShareEnd::Cancelled
                });
            }
        },
    );
    // SAFETY: the block has the handler's exact signature; the controller
    // copies it (a `copy` property), so it outlives `closed`. UIKit calls
    // it on the main thread, where `on_end` (not `Send`) was made.
    #[allow(unsafe_code)]
    unsafe {
        sheet.setCompletionWithItemsHandler(RcBlock::as_ptr(&closed))
    };
    if let Some(popover) = sheet.popoverPresentationController() {
        popover.setSourceView(presenter.view().as_deref());
    }
    presenter.presentViewController_animated_completion(&sheet, true, None);
    Ok(())
}

thread_local! {
    /// The delegate of the last document picker shown (the picker holds it
    /// weakly): kept until the next pick. Main thread only.
    static PICKER: RefCell<Option<Retained<PickerDelegate>>> = const { RefCell::new(None) };
}

/// Opens the document picker (`UIDocumentPickerViewController
/// initForOpeningContentTypes:asCopy:` with PDF, JPEG, PNG and WebP, as
/// copies in the app's own folder, several at once), presented from the
/// top view controller. `on_end` is called once, on the main thread, with
/// the files read (their copies deleted then), or how the pick ended
/// without them: [`PickEnd::Cancelled`] (closed, or cut short by another
/// pick), [`PickEnd::TooLarge`] (one beyond `max_bytes`, checked before
/// any is read), [`PickEnd::Failed`]. Not called when this answers an
/// error.
pub fn pick_files(max_bytes: u64, on_end: impl FnOnce(Picked) + 'static) -> Result<(), Error> {
    let mtm = main_thread()?;
    let presenter = top_view_controller(mtm).ok_or(Error::NoWindow)?;
    // SAFETY: four `UTType` constants exported by UniformTypeIdentifiers,
    // only read.
    #[allow(unsafe_code)]
    let types: [&UTType; 4] = unsafe { [UTTypePDF, UTTypeJPEG, UTTypePNG, UTTypeWebP] };
    let types = NSArray::from_slice(&types);
    let sheet = UIDocumentPickerViewController::initForOpeningContentTypes_asCopy(
        mtm.alloc(),
        &types,
        true,
    );
    sheet.setAllowsMultipleSelection(true);
    let delegate = PickerDelegate::new(mtm, max_bytes, Box::new(on_end));
    sheet.setDelegate(Some(ProtocolObject::from_ref(&*delegate)));
    let before = PICKER.with_borrow_mut(|kept| kept.replace(delegate));
    if let Some(before) = before {
        before.end(Err(PickEnd::Cancelled));
    }
    presenter.presentViewController_animated_completion(&sheet, true, None);
    Ok(())
}

/// Reads the picked copies (`asCopy`: in the app's own temporary folder)
/// and deletes them, whatever the outcome.
fn read_picked(urls: &[Retained<NSURL>], max_bytes: u64) -> Picked {
    let paths: Vec<std::path::PathBuf> = urls
        .iter()
        .filter_map(|url| url.path())
        .map(|p| std::path::PathBuf::from(p.to_string()))
        .collect();
    let read = || {
        if paths.len() != urls.len() {
            return Err(PickEnd::Failed);
        }
        let sizes = paths
            .iter()
            .map(|p| std::fs::metadata(p).map(|m| m.len()))
            .collect::<Result<Vec<u64>, _>>()
            .map_err(|_| PickEnd::Failed)?;
        pick_sizes_allowed(&sizes, max_bytes)?;
        paths
            .iter()
            .map(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| "document".to_owned());
                let bytes = std::fs::read(p).map_err(|_| PickEnd::Failed)?;
                if bytes.len() as u64 > max_bytes {
                    return Err(PickEnd::TooLarge);
                }
                Ok(PickedFile {
                    media_type: media_type_of(&name).to_owned(),
                    name,
                    bytes,
                })
            })
            .collect()
    };
    let picked = read();
    for p in &paths {
        let _ = std::fs::remove_file(p);
    }
    picked
}

/// What a reading calls when it ends.
type OnEnd = Box<dyn FnOnce(SpeechEnd) + Send>;

/// The reading going on (the delegate may be called on any thread).
static READINGS: Mutex<Readings<OnEnd>> = Mutex::new(Readings::new());

fn readings() -> MutexGuard<'static, Readings<OnEnd>> {
    READINGS.lock().unwrap_or_else(PoisonError::into_inner)
}

/// The synthesizer, kept for the app's life on the main thread, with its
/// delegate (the synthesizer holds it weakly) and the utterances of the
/// reading going on (kept alive so that their addresses, which
/// [`Readings`] compares, are not reused while it waits).
struct Speech {
    synthesizer: Retained<AVSpeechSynthesizer>,
    _delegate: Retained<SpeechDelegate>,
    lines: Vec<Retained<AVSpeechUtterance>>,
}

/// Puts the app's audio session in the `Playback` category, mode
/// `SpokenAudio`, lowering other apps' sound while it speaks: the reading
/// is heard even with the silent switch on (iOS's default category,
/// `SoloAmbient`, follows the switch). Done once, with the synthesizer;
/// should iOS refuse, the reading goes on in the default category.
fn spoken_audio_session() {
    // SAFETY: `sharedInstance` is a class method without arguments; the two
    // constants are exported by AVFAudio and only read; `setCategory:mode:
    // options:error:` takes a category, a mode and options of these types.
    #[allow(unsafe_code)]
    unsafe {
        let (Some(category), Some(mode)) = (
            AVAudioSessionCategoryPlayback,
            AVAudioSessionModeSpokenAudio,
        ) else {
            return;
        };
        let _ = AVAudioSession::sharedInstance().setCategory_mode_options_error(
            category,
            mode,
            AVAudioSessionCategoryOptions::DuckOthers,
        );
    }
}

impl Speech {
    fn new() -> Self {
        spoken_audio_session();
        // SAFETY: `new` of an NSObject subclass that takes no arguments.
        #[allow(unsafe_code)]
        let synthesizer = unsafe { AVSpeechSynthesizer::new() };
        let delegate = SpeechDelegate::new();
        // SAFETY: the delegate implements the protocol's optional methods
        // with their exact signatures (`define_class!` checks them); it is
        // kept alive in `Speech` as long as the synthesizer, which holds it
        // weakly.
        #[allow(unsafe_code)]
        unsafe {
            synthesizer.setDelegate(Some(ProtocolObject::from_ref(&*delegate)))
        };
        Self {
            synthesizer,
            _delegate: delegate,
            lines: Vec::new(),
        }
    }

    fn stop(&self) {
        // SAFETY: a plain message with an enum value of the declared type.
        #[allow(unsafe_code)]
        unsafe {
            self.synthesizer
                .stopSpeakingAtBoundary(AVSpeechBoundary::Immediate)
        };
    }
}

thread_local! {
    /// Only ever touched on the main thread (each user checks it first).
    static SPEECH: RefCell<Option<Speech>> = const { RefCell::new(None) };
}

fn address(utterance: &AVSpeechUtterance) -> usize {
    std::ptr::from_ref(utterance).addr()
}

/// iOS ended `utterance` (the delegate): ends the reading it belongs to.
fn utterance_ended(utterance: &AVSpeechUtterance, cancelled: bool) {
    let at = address(utterance);
    let ended = if cancelled {
        readings().cancelled(at).map(|f| (f, SpeechEnd::Stopped))
    } else {
        readings().finished(at).map(|f| (f, SpeechEnd::Done))
    };
    if let Some((on_end, how)) = ended {
        on_end(how);
    }
}

/// Reads `lines` aloud, one `AVSpeechUtterance` each, with the voice of
/// `language` (a BCP 47 tag such as `fr-FR`) at the app's speed `factor`,
/// cutting short the reading going on (which ends as
/// [`SpeechEnd::Stopped`]). `on_end` is called once, from any thread: when
/// the last line was read ([`SpeechEnd::Done`], the delegate's
/// `didFinishSpeechUtterance:`), when it was stopped
/// ([`SpeechEnd::Stopped`], `didCancelSpeechUtterance:`, or another reading
/// or [`stop_speaking`]), or at once with [`SpeechEnd::NoVoice`] when no
/// voice speaks the language. Not called when this answers an error.
pub fn speak(
    lines: &[String],
    language: &str,
    factor: f32,
    on_end: impl FnOnce(SpeechEnd) + Send + 'static,
) -> Result<(), Error> {
    main_thread()?;
    // SAFETY: a class method taking an optional NSString.
    #[allow(unsafe_code)]
    let voice =
        unsafe { AVSpeechSynthesisVoice::voiceWithLanguage(Some(&NSString::from_str(language))) };
    // SAFETY: three `float` constants exported by AVFAudio, only read.
    #[allow(unsafe_code)]
    let rate = unsafe {
        utterance_rate(
            factor,
            AVSpeechUtteranceDefaultSpeechRate,
            AVSpeechUtteranceMinimumSpeechRate,
            AVSpeechUtteranceMaximumSpeechRate,
        )
    };
    SPEECH.with_borrow_mut(|speech| {
        let speech = speech.get_or_insert_with(Speech::new);
        let utterances: Vec<Retained<AVSpeechUtterance>> = match &voice {
            None => Vec::new(),
            Some(voice) => lines
                .iter()
                .filter(|line| !line.trim().is_empty())
                .map(|line| {
                    // SAFETY: a class method taking an NSString, then two
                    // setters with values of their declared types.
                    #[allow(unsafe_code)]
                    unsafe {
                        let u =
                            AVSpeechUtterance::speechUtteranceWithString(&NSString::from_str(line));
                        u.setVoice(Some(voice));
                        u.setRate(rate);
                        u
                    }
                })
                .collect(),
        };
        // The reading going on ends here (told "stopped"), before iOS
        // cancels its lines: their `didCancel` then finds nothing.
        let cut_short = match (&voice, utterances.is_empty()) {
            (Some(_), false) => {
                let at = utterances.iter().map(|u| address(u)).collect();
                readings().begin(at, Box::new(on_end))
            }
            (None, _) => {
                let cut = readings().end();
                on_end(SpeechEnd::NoVoice);
                cut
            }
            (Some(_), true) => {
                let cut = readings().end();
                on_end(SpeechEnd::Done);
                cut
            }
        };
        if let Some(f) = cut_short {
            f(SpeechEnd::Stopped);
        }
        speech.stop();
        for u in &utterances {
            // SAFETY: a plain message with a valid utterance, on the main
            // thread where the synthesizer lives.
            #[allow(unsafe_code)]
            unsafe {
                speech.synthesizer.speakUtterance(u)
            };
        }
        speech.lines = utterances;
    });
    Ok(())
}

/// Stops reading aloud at once (`stopSpeakingAtBoundary:
/// AVSpeechBoundaryImmediate`); the reading going on ends as
/// [`SpeechEnd::Stopped`].
pub fn stop_speaking() -> Result<(), Error> {
    main_thread()?;
    let ended = readings().end();
    SPEECH.with_borrow(|speech| {
        if let Some(speech) = speech {
            speech.stop();
        }
    });
    if let Some(on_end) = ended {
        on_end(SpeechEnd::Stopped);
    }
    Ok(())
}

/// The person's last answer to the notifications permission was "no".
static NOTIFICATIONS_DENIED: AtomicBool = AtomicBool::new(false);

/// Replaces the app's pending notifications by `reminders` (each its time
/// in milliseconds since 1970, UTC, its title and text: the core's, with
/// nothing personal), the soonest [`crate::MAX_PENDING`] still to come
/// ([`pending_reminders`]). Asks the person's permission
/// (`requestAuthorizationWithOptions:completionHandler:`, alert and
/// sound): iOS shows its question the first time only and answers from the
/// stored choice after that. In iOS's answer (on a thread of its own):
/// `removeAllPendingNotificationRequests`, then, when allowed, one
/// `UNNotificationRequest` per reminder (`UNMutableNotificationContent`,
/// `UNTimeIntervalNotificationTrigger`, not repeating). Answers
/// [`Error::NotificationsDenied`] when the answer to the previous call was
/// "no" (this call still asks again, so allowing it in Settings is seen
/// at the next one).
pub fn schedule_reminders(reminders: &[(i64, String, String)]) -> Result<(), Error> {
    let now_ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_millis()).unwrap_or(i64::MAX));
    let set = pending_reminders(reminders, now_ms);
    let answered = RcBlock::new(move |granted: Bool, _error: *mut NSError| {
        let granted = granted.as_bool();
        NOTIFICATIONS_DENIED.store(!granted, Ordering::Relaxed);
        let center = UNUserNotificationCenter::currentNotificationCenter();
        center.removeAllPendingNotificationRequests();
        if granted {
            for reminder in &set {
                add_request(&center, reminder);
            }
        }
    });
    let center = UNUserNotificationCenter::currentNotificationCenter();
    center.requestAuthorizationWithOptions_completionHandler(
        UNAuthorizationOptions::Alert | UNAuthorizationOptions::Sound,
        &answered,
    );
    if NOTIFICATIONS_DENIED.load(Ordering::Relaxed) {
        Err(Error::NotificationsDenied)
    } else {
        Ok(())
    }
}

fn add_request(center: &UNUserNotificationCenter, reminder: &Reminder) {
    let content = UNMutableNotificationContent::new();
    content.setTitle(&NSString::from_str(&reminder.title));
    content.setBody(&NSString::from_str(&reminder.body));
    let content: &UNNotificationContent = &content;
    let trigger = UNTimeIntervalNotificationTrigger::triggerWithTimeInterval_repeats(
        reminder.after_seconds,
        false,
    );
    let trigger: &UNNotificationTrigger = &trigger;
    let request = UNNotificationRequest::requestWithIdentifier_content_trigger(
        &NSString::from_str(&reminder.identifier),
        content,
        Some(trigger),
    );
    center.addNotificationRequest_withCompletionHandler(&request, None);
}

/// The speech synthesizer's delegate, an Objective-C class declared in
/// Rust: declaring a class is `unsafe` in `objc2`, hence this module's
/// allowance.
mod delegate {
    #![allow(unsafe_code)]

    use objc2::rc::Retained;
    use objc2::runtime::{NSObject, NSObjectProtocol};
    use objc2::{AnyThread, define_class, msg_send};
    use objc2_avf_audio::{AVSpeechSynthesizer, AVSpeechSynthesizerDelegate, AVSpeechUtterance};

    define_class!(
        // SAFETY: NSObject has no subclassing requirements, and
        // `SpeechDelegate` does not implement `Drop`. It holds no instance
        // variables, so it may be used from any thread (the protocol asks
        // `Send + Sync`: iOS may call it off the main thread).
        #[unsafe(super(NSObject))]
        #[name = "ParcoursSpeechDelegate"]
        pub(super) struct SpeechDelegate;

        // SAFETY: NSObject's protocol, implemented by the superclass.
        unsafe impl NSObjectProtocol for SpeechDelegate {}

        // SAFETY: the two methods below have the selectors and argument
        // types of the protocol's `speechSynthesizer:didFinishSpeechUtterance:`
        // and `speechSynthesizer:didCancelSpeechUtterance:`.
        unsafe impl AVSpeechSynthesizerDelegate for SpeechDelegate {
            #[unsafe(method(speechSynthesizer:didFinishSpeechUtterance:))]
            fn did_finish(
                &self,
                _synthesizer: &AVSpeechSynthesizer,
                utterance: &AVSpeechUtterance,
            ) {
                super::utterance_ended(utterance, false);
            }

            #[unsafe(method(speechSynthesizer:didCancelSpeechUtterance:))]
            fn did_cancel(
                &self,
                _synthesizer: &AVSpeechSynthesizer,
                utterance: &AVSpeechUtterance,
            ) {
                super::utterance_ended(utterance, true);
            }
        }
    );

    impl SpeechDelegate {
        pub(super) fn new() -> Retained<Self> {
            let this = Self::alloc().set_ivars(());
            // SAFETY: NSObject's `init` on a freshly allocated instance.
            unsafe { msg_send![super(this), init] }
        }
    }
}

/// The document picker's delegate, an Objective-C class declared in Rust
/// for the main thread: declaring a class is `unsafe` in `objc2`, hence
/// this module's allowance.
mod picker {
    #![allow(unsafe_code)]

    use std::cell::RefCell;

    use objc2::rc::Retained;
    use objc2::runtime::{NSObject, NSObjectProtocol};
    use objc2::{DefinedClass, MainThreadMarker, MainThreadOnly, define_class, msg_send};
    use objc2_foundation::{NSArray, NSURL};
    use objc2_ui_kit::{UIDocumentPickerDelegate, UIDocumentPickerViewController};

    use crate::Picked;

    /// What a pick calls at its end.
    pub(super) type OnPicked = Box<dyn FnOnce(Picked)>;

    /// What the pick calls at its end, once; the size limit.
    pub(super) struct Ivars {
        on_end: RefCell<Option<OnPicked>>,
        max_bytes: u64,
    }

    define_class!(
        // SAFETY: NSObject has no subclassing requirements, and
        // `PickerDelegate` does not implement `Drop`. It is used on the
        // main thread only (`MainThreadOnly`), as UIKit calls it.
        #[unsafe(super(NSObject))]
        #[thread_kind = MainThreadOnly]
        #[name = "ParcoursPickerDelegate"]
        #[ivars = Ivars]
        pub(super) struct PickerDelegate;

        // SAFETY: NSObject's protocol, implemented by the superclass.
        unsafe impl NSObjectProtocol for PickerDelegate {}

        // SAFETY: the two methods below have the selectors and argument
        // types of the protocol's `documentPicker:didPickDocumentsAtURLs:`
        // and `documentPickerWasCancelled:`.
        unsafe impl UIDocumentPickerDelegate for PickerDelegate {
            #[unsafe(method(documentPicker:didPickDocumentsAtURLs:))]
            fn did_pick(&self, _picker: &UIDocumentPickerViewController, urls: &NSArray<NSURL>) {
                let picked = super::read_picked(&urls.to_vec(), self.ivars().max_bytes);
                self.end(picked);
            }

            #[unsafe(method(documentPickerWasCancelled:))]
            fn was_cancelled(&self, _picker: &UIDocumentPickerViewController) {
                self.end(Err(crate::PickEnd::Cancelled));
            }
        }
    );

    impl PickerDelegate {
        pub(super) fn new(
            mtm: MainThreadMarker,
            max_bytes: u64,
            on_end: OnPicked,
        ) -> Retained<Self> {
            let this = mtm.alloc::<Self>().set_ivars(Ivars {
                on_end: RefCell::new(Some(on_end)),
                max_bytes,
            });
            // SAFETY: NSObject's `init` on a freshly allocated instance.
            unsafe { msg_send![super(this), init] }
        }

        /// Ends the pick, once (later calls do nothing).
        pub(super) fn end(&self, picked: Picked) {
            let on_end = self.ivars().on_end.borrow_mut().take();
            if let Some(on_end) = on_end {
                on_end(picked);
            }
        }
    }
}
