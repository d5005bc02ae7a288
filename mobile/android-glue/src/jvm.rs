//! The calls into Java (Android only). Type-checked for
//! `aarch64-linux-android`; never run on a phone (see the crate doc).
//!
//! Every call attaches the current thread to the Java VM (a no-op when it
//! is attached already), runs in its own local reference frame (so that a
//! thread attached for good does not pile up references), and turns a
//! Java exception into an [`Error`] after clearing it (a pending exception
//! would abort the next JNI call).

use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

use jni::objects::{JByteArray, JClass, JObject, JObjectArray, JString, JValue};
use jni::sys::{jint, jlong};
use jni::{JNIEnv, JavaVM, NativeMethod};

use crate::{
    ACTIVITY_CLASS, Error, FILES_PICKED, FLAG_ACTIVITY_NEW_TASK, JavaMethod, LinkKind, PICK_FILES,
    PickEnd, Picked, PickedFile, Readings, SCHEDULE_REMINDERS, SET_DISCREET_LAUNCHER, SHARE_FILE,
    SPEAK, SPEECH_ENDED, STOP_SPEAKING, SpeechEnd, TAKE_PHOTO, binary_name, outgoing_file_name,
    picked,
};

impl From<jni::errors::Error> for Error {
    fn from(e: jni::errors::Error) -> Self {
        Error::Jni(e.to_string())
    }
}

/// The Java VM (one per process), made once from `ndk-context`'s pointer.
static VM: OnceLock<JavaVM> = OnceLock::new();

#[allow(unsafe_code)]
fn java_vm() -> Result<&'static JavaVM, Error> {
    if let Some(vm) = VM.get() {
        return Ok(vm);
    }
    let pointer = ndk_context::android_context().vm();
    // SAFETY: `ndk-context` was initialised by the Android shell (tao's
    // `ndk_glue::create`, before the app's `main`) with the pointer of the
    // process's one Java VM, `JNIEnv::get_java_vm`'s, which stays valid for
    // the life of the process. `from_raw` checks it is not null.
    let vm = unsafe { JavaVM::from_raw(pointer.cast()) }?;
    Ok(VM.get_or_init(|| vm))
}

/// Runs `f` with the JNI environment of this thread and the activity, in a
/// local reference frame; a Java exception becomes an [`Error`].
#[allow(unsafe_code)]
fn with_activity<T>(
    f: impl FnOnce(&mut JNIEnv<'_>, &JObject<'_>) -> jni::errors::Result<T>,
) -> Result<T, Error> {
    let vm = java_vm()?;
    let mut env = vm.attach_current_thread()?;
    let pointer = ndk_context::android_context().context();
    // SAFETY: `ndk-context`'s context is the activity, as a JNI global
    // reference that tao made in `ndk_glue::create` (`new_global_ref`) and
    // keeps while the activity lives; a global reference is valid on every
    // thread. `JObject` does not delete the reference when dropped, and
    // this one is only borrowed for the length of `f`.
    let activity = unsafe { JObject::from_raw(pointer.cast()) };
    env.with_local_frame(16, |env| match f(env, &activity) {
        Ok(value) => Ok(value),
        Err(e) => Err(java_error(env, e)),
    })
}

/// The error of a failed call; a pending Java exception is cleared and
/// named by its class only (its message may hold a number or a text).
/// Every JNI call below runs with no exception pending (as JNI requires:
/// CheckJNI aborts otherwise), each failure cleared before the next.
fn java_error(env: &mut JNIEnv<'_>, e: jni::errors::Error) -> Error {
    if !env.exception_check().unwrap_or(false) {
        return e.into();
    }
    let throwable = env.exception_occurred();
    let _ = env.exception_clear();
    let Ok(throwable) = throwable else {
        return e.into();
    };
    let no_app = env.is_instance_of(&throwable, "android/content/ActivityNotFoundException");
    let _ = env.exception_clear();
    if no_app.unwrap_or(false) {
        return Error::NoApp;
    }
    let class = class_name(env, &throwable);
    let _ = env.exception_clear();
    Error::Java(class.unwrap_or_else(|| "an exception".to_owned()))
}

fn class_name(env: &mut JNIEnv<'_>, object: &JObject<'_>) -> Option<String> {
    let class = env.call_method(object, "getClass", "()Ljava/lang/Class;", &[]);
    let class = class.and_then(|c| c.l());
    let _ = env.exception_clear();
    let name = env.call_method(&class.ok()?, "getName", "()Ljava/lang/String;", &[]);
    let name = name.and_then(|n| n.l());
    let _ = env.exception_clear();
    let name = JString::from(name.ok()?);
    let name = env.get_string(&name).ok()?;
    Some(name.into())
}

/// `MainActivity`, loaded by the activity's own class loader: a thread
/// that Rust attached finds only Android's classes with `FindClass`, not
/// the app's.
fn activity_class<'local>(
    env: &mut JNIEnv<'local>,
    activity: &JObject<'_>,
) -> jni::errors::Result<JClass<'local>> {
    let loader = env
        .call_method(activity, "getClassLoader", "()Ljava/lang/ClassLoader;", &[])?
        .l()?;
    let name = env.new_string(binary_name(ACTIVITY_CLASS))?;
    let class = env
        .call_method(
            &loader,
            "loadClass",
            "(Ljava/lang/String;)Ljava/lang/Class;",
            &[JValue::Object(&name)],
        )?
        .l()?;
    Ok(JClass::from(class))
}

fn call_static(
    env: &mut JNIEnv<'_>,
    class: &JClass<'_>,
    method: JavaMethod,
    args: &[JValue<'_, '_>],
) -> jni::errors::Result<()> {
    env.call_static_method(class, method.name, method.signature, args)?
        .v()
}

/// Opens `uri` with another app: `startActivity(Intent(action, uri))`,
/// the action given by `kind` ([`LinkKind::intent_action`]), in a new
/// task. [`Error::NoApp`] when no app takes it (a tablet without a
/// dialer, a phone without a map app).
pub fn open_link(uri: &str, kind: LinkKind) -> Result<(), Error> {
    with_activity(|env, activity| {
        let text = env.new_string(uri)?;
        let uri = env
            .call_static_method(
                "android/net/Uri",
                "parse",
                "(Ljava/lang/String;)Landroid/net/Uri;",
                &[JValue::Object(&text)],
            )?
            .l()?;
        let action = env.new_string(kind.intent_action())?;
        let intent = env.new_object(
            "android/content/Intent",
            "(Ljava/lang/String;Landroid/net/Uri;)V",
            &[JValue::Object(&action), JValue::Object(&uri)],
        )?;
        env.call_method(
            &intent,
            "addFlags",
            "(I)Landroid/content/Intent;",
            &[JValue::Int(FLAG_ACTIVITY_NEW_TASK)],
        )?;
        env.call_method(
            activity,
            "startActivity",
            "(Landroid/content/Intent;)V",
            &[JValue::Object(&intent)],
        )?
        .v()
    })
}

/// Shows the neutral launcher entry when `discreet`, Parcours's own
/// otherwise: `MainActivity.setDiscreetLauncher(activity, discreet)`.
pub fn set_discreet_launcher(discreet: bool) -> Result<(), Error> {
    with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        call_static(
            env,
            &class,
            SET_DISCREET_LAUNCHER,
            &[JValue::Object(activity), JValue::Bool(discreet.into())],
        )
    })
}

type OnEnd = Box<dyn FnOnce(SpeechEnd) + Send>;

/// The readings waiting for Kotlin's word.
static READINGS: Mutex<Readings<OnEnd>> = Mutex::new(Readings::new());

/// `speechEnded` and `filesPicked` are registered with Java (once is
/// enough).
static REGISTERED: AtomicBool = AtomicBool::new(false);

fn readings() -> MutexGuard<'static, Readings<OnEnd>> {
    // Nothing panics while holding it; should something, the bookkeeping
    // is still whole.
    READINGS.lock().unwrap_or_else(|e| e.into_inner())
}

/// What Kotlin calls (`MainActivity.speechEnded`, signature
/// [`SPEECH_ENDED`]: a `long` and an `int`, nothing back) when a reading
/// ended. Runs on a thread of the speech engine; never panics (a panic
/// here would abort the app).
extern "system" fn speech_ended(
    _env: JNIEnv<'_>,
    _class: JClass<'_>,
    reading: jlong,
    outcome: jint,
) {
    // The number went to Java as a `long`, bit for bit.
    let on_end = readings().end(reading as u64);
    if let Some(on_end) = on_end {
        on_end(SpeechEnd::from_code(outcome));
    }
}

/// Registers the native functions Kotlin calls (`speechEnded`,
/// `filesPicked`), before the first request that needs one.
fn register_natives(env: &mut JNIEnv<'_>, class: &JClass<'_>) -> jni::errors::Result<()> {
    if REGISTERED.load(Ordering::Acquire) {
        return Ok(());
    }
    let speech: extern "system" fn(JNIEnv<'_>, JClass<'_>, jlong, jint) = speech_ended;
    let files: FilesPickedFn = files_picked;
    env.register_native_methods(
        class,
        &[
            NativeMethod {
                name: SPEECH_ENDED.name.into(),
                sig: SPEECH_ENDED.signature.into(),
                fn_ptr: speech as *mut c_void,
            },
            NativeMethod {
                name: FILES_PICKED.name.into(),
                sig: FILES_PICKED.signature.into(),
                fn_ptr: files as *mut c_void,
            },
        ],
    )?;
    REGISTERED.store(true, Ordering::Release);
    Ok(())
}

/// Reads `lines` aloud, one after the other, with a voice of `lang_tag`
/// (a BCP 47 tag) at `rate` (1 = the voice's normal speed), cutting short
/// any reading going on (which ends as [`SpeechEnd::Stopped`]). Gives back
/// once Kotlin has the request; `on_end` is called once, later, with how
/// the reading ended (on another thread). On an error, `on_end` is never
/// called.
pub fn speak(
    lines: &[String],
    lang_tag: &str,
    rate: f32,
    on_end: impl FnOnce(SpeechEnd) + Send + 'static,
) -> Result<(), Error> {
    let (reading, cut_short) = readings().begin(Box::new(on_end));
    for other in cut_short {
        other(SpeechEnd::Stopped);
    }
    let asked = with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        register_natives(env, &class)?;
        let count = i32::try_from(lines.len()).unwrap_or(i32::MAX);
        let array = env.new_object_array(count, "java/lang/String", JObject::null())?;
        for (i, line) in (0..count).zip(lines) {
            let line = env.new_string(line)?;
            env.set_object_array_element(&array, i, &line)?;
            env.delete_local_ref(line)?;
        }
        let tag = env.new_string(lang_tag)?;
        call_static(
            env,
            &class,
            SPEAK,
            &[
                JValue::Object(activity),
                JValue::Object(&array),
                JValue::Object(&tag),
                JValue::Float(rate),
                // Bit for bit; speechEnded gives it back the same way.
                JValue::Long(reading as jlong),
            ],
        )
    });
    if asked.is_err() {
        drop(readings().end(reading));
    }
    asked
}

/// Stops reading aloud at once; every reading going on ends as
/// [`SpeechEnd::Stopped`].
pub fn stop_speaking() -> Result<(), Error> {
    let stopped = readings().end_all();
    for on_end in stopped {
        on_end(SpeechEnd::Stopped);
    }
    with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        call_static(env, &class, STOP_SPEAKING, &[])
    })
}

/// The Rust function behind `MainActivity.filesPicked`, signature
/// [`FILES_PICKED`]: a `long`, an `int`, two `String[]` and a `byte[][]`.
type FilesPickedFn = extern "system" fn(
    JNIEnv<'_>,
    JClass<'_>,
    jlong,
    jint,
    JObjectArray<'_>,
    JObjectArray<'_>,
    JObjectArray<'_>,
);

type OnPicked = Box<dyn FnOnce(Picked) + Send>;

/// The picks (document picker or camera) waiting for Kotlin's word, each
/// with its size limit. One at a time, as readings: a new one ends the
/// others as [`PickEnd::Cancelled`] (Kotlin keeps the latest only).
static PICKS: Mutex<Readings<(u64, OnPicked)>> = Mutex::new(Readings::new());

fn picks() -> MutexGuard<'static, Readings<(u64, OnPicked)>> {
    PICKS.lock().unwrap_or_else(|e| e.into_inner())
}

/// What Kotlin calls when a pick or a photo ended (on a thread of its
/// own, reading done). Never panics.
extern "system" fn files_picked(
    mut env: JNIEnv<'_>,
    _class: JClass<'_>,
    request: jlong,
    outcome: jint,
    names: JObjectArray<'_>,
    types: JObjectArray<'_>,
    contents: JObjectArray<'_>,
) {
    let waiting = picks().end(request as u64);
    let Some((max_bytes, on_end)) = waiting else {
        return;
    };
    let outcome = PickEnd::from_code(outcome);
    let files = if outcome == PickEnd::Picked {
        read_files(&mut env, &names, &types, &contents)
    } else {
        Ok(Vec::new())
    };
    // A failure to read the arrays leaves no exception pending for Java.
    let _ = env.exception_clear();
    on_end(match files {
        Ok(files) => picked(outcome, files, max_bytes),
        Err(_) => Err(PickEnd::Failed),
    });
}

/// The files of `filesPicked`'s three arrays, which have one element per
/// file each.
fn read_files(
    env: &mut JNIEnv<'_>,
    names: &JObjectArray<'_>,
    types: &JObjectArray<'_>,
    contents: &JObjectArray<'_>,
) -> jni::errors::Result<Vec<PickedFile>> {
    let count = env.get_array_length(names)?;
    if env.get_array_length(types)? != count || env.get_array_length(contents)? != count {
        return Err(jni::errors::Error::JniCall(
            jni::errors::JniError::InvalidArguments,
        ));
    }
    let mut files = Vec::new();
    for i in 0..count {
        let name = string_at(env, names, i)?;
        let media_type = string_at(env, types, i)?;
        let bytes = JByteArray::from(env.get_object_array_element(contents, i)?);
        let read = env.convert_byte_array(&bytes);
        env.delete_local_ref(bytes)?;
        files.push(PickedFile {
            name,
            media_type,
            bytes: read?,
        });
    }
    Ok(files)
}

fn string_at(
    env: &mut JNIEnv<'_>,
    array: &JObjectArray<'_>,
    index: i32,
) -> jni::errors::Result<String> {
    let text = JString::from(env.get_object_array_element(array, index)?);
    let value = env.get_string(&text).map(String::from);
    env.delete_local_ref(text)?;
    value
}

/// Starts a pick with `method` ([`PICK_FILES`] or [`TAKE_PHOTO`]); `on_end`
/// is called once, later, on another thread, unless this gives an error.
fn start_pick(
    method: JavaMethod,
    max_bytes: u64,
    on_end: impl FnOnce(Picked) + Send + 'static,
) -> Result<(), Error> {
    let (request, cut_short) = picks().begin((max_bytes, Box::new(on_end)));
    for (_, other) in cut_short {
        other(Err(PickEnd::Cancelled));
    }
    let asked = with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        register_natives(env, &class)?;
        call_static(
            env,
            &class,
            method,
            &[
                JValue::Object(activity),
                // Bit for bit; filesPicked gives it back the same way.
                JValue::Long(request as jlong),
                JValue::Long(i64::try_from(max_bytes).unwrap_or(i64::MAX)),
            ],
        )
    });
    if asked.is_err() {
        drop(picks().end(request));
    }
    asked
}

/// Opens Android's document picker (JPEG, PNG, WebP, PDF; several files
/// at once); `on_end` gets the files chosen, each at most `max_bytes`, or
/// how the pick ended without them.
pub fn pick_files(
    max_bytes: u64,
    on_end: impl FnOnce(Picked) + Send + 'static,
) -> Result<(), Error> {
    start_pick(PICK_FILES, max_bytes, on_end)
}

/// Opens the camera app for one photo; `on_end` gets it (JPEG, at most
/// `max_bytes`), or how it ended without one.
pub fn take_photo(
    max_bytes: u64,
    on_end: impl FnOnce(Picked) + Send + 'static,
) -> Result<(), Error> {
    start_pick(TAKE_PHOTO, max_bytes, on_end)
}

/// Hands a file to Android's share sheet: Kotlin writes it to the cache
/// folder that `SharedFileProvider` serves, under
/// [`outgoing_file_name`]`(name)`, and opens the chooser. Gives back once
/// the chooser is asked for; the person chooses where, or nowhere.
pub fn share_file(name: &str, media_type: &str, bytes: &[u8]) -> Result<(), Error> {
    with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        let name = env.new_string(outgoing_file_name(name))?;
        let media_type = env.new_string(media_type)?;
        let bytes = env.byte_array_from_slice(bytes)?;
        call_static(
            env,
            &class,
            SHARE_FILE,
            &[
                JValue::Object(activity),
                JValue::Object(&name),
                JValue::Object(&media_type),
                JValue::Object(&bytes),
            ],
        )
    })
}

/// Replaces the reminders set with Android by `reminders`: each its time
/// (milliseconds since 1970, UTC), title and body, texts made by the core
/// with nothing personal in them.
pub fn schedule_reminders(reminders: &[(i64, String, String)]) -> Result<(), Error> {
    with_activity(|env, activity| {
        let class = activity_class(env, activity)?;
        let count = i32::try_from(reminders.len()).unwrap_or(i32::MAX);
        let times = env.new_long_array(count)?;
        let at: Vec<jlong> = reminders.iter().map(|(t, _, _)| *t).collect();
        env.set_long_array_region(&times, 0, &at)?;
        let titles = env.new_object_array(count, "java/lang/String", JObject::null())?;
        let bodies = env.new_object_array(count, "java/lang/String", JObject::null())?;
        for (i, (_, title, body)) in (0..count).zip(reminders) {
            let title = env.new_string(title)?;
            env.set_object_array_element(&titles, i, &title)?;
            env.delete_local_ref(title)?;
            let body = env.new_string(body)?;
            env.set_object_array_element(&bodies, i, &body)?;
            env.delete_local_ref(body)?;
        }
        call_static(
            env,
            &class,
            SCHEDULE_REMINDERS,
            &[
                JValue::Object(activity),
                JValue::Object(&times),
                JValue::Object(&titles),
                JValue::Object(&bodies),
            ],
        )
    })
}
