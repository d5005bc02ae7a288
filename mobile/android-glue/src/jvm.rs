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

use jni::objects::{JClass, JObject, JString, JValue};
use jni::sys::{jint, jlong};
use jni::{JNIEnv, JavaVM, NativeMethod};

use crate::{
    ACTIVITY_CLASS, Error, FLAG_ACTIVITY_NEW_TASK, JavaMethod, LinkKind, Readings,
    SET_DISCREET_LAUNCHER, SPEAK, SPEECH_ENDED, STOP_SPEAKING, SpeechEnd, binary_name,
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

/// `speechEnded` is registered with Java (once is enough).
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

fn register_speech_ended(env: &mut JNIEnv<'_>, class: &JClass<'_>) -> jni::errors::Result<()> {
    if REGISTERED.load(Ordering::Acquire) {
        return Ok(());
    }
    let function: extern "system" fn(JNIEnv<'_>, JClass<'_>, jlong, jint) = speech_ended;
    env.register_native_methods(
        class,
        &[NativeMethod {
            name: SPEECH_ENDED.name.into(),
            sig: SPEECH_ENDED.signature.into(),
            fn_ptr: function as *mut c_void,
        }],
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
        register_speech_ended(env, &class)?;
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
