//! Opening Parcours when the safe has a PIN (after a restart): a labelled
//! PIN field with the numeric keyboard, one plain sentence, a wrong PIN
//! said in plain words (nothing is wiped), the core's growing delay said
//! in words ("Attendez 30 secondes"), and "I forgot my PIN", which opens
//! with the recovery code and then asks for a new PIN (or none).
//!
//! What each step does is in [`crate::unlock`]; this module only draws
//! and asks. What the person types stays in this screen's signals until
//! it is sent, and is cleared then.

use dioxus::prelude::*;
use parcours_core::safe::SafeError;
use parcours_core::safe::pin::PinError;

use crate::app::{Clock, OpenedApp, set_page_head};
use crate::components::{FocusRequest, Icon, IconName, ScreenTitle};
use crate::i18n::I18n;
use crate::state::AppData;
use crate::unlock::{Unlock, UnlockError, wait_words};

/// The `id` of the unlock screen's title.
pub const UNLOCK_HEADING: &str = "unlock-title";
/// The `id` of the recovery step's title.
pub const UNLOCK_CODE_HEADING: &str = "unlock-code-title";
/// The `id` of the new PIN step's title.
pub const UNLOCK_NEW_PIN_HEADING: &str = "unlock-new-pin-title";

/// The steps.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Step {
    Pin,
    Code,
    NewPin,
}

impl Step {
    fn heading_id(self) -> &'static str {
        match self {
            Step::Pin => UNLOCK_HEADING,
            Step::Code => UNLOCK_CODE_HEADING,
            Step::NewPin => UNLOCK_NEW_PIN_HEADING,
        }
    }
}

/// What the unlock screen needs.
#[derive(Debug, Clone, PartialEq)]
pub struct UnlockConfig {
    pub unlock: Unlock,
    pub clock: Clock,
    /// Where quick exit sends the page, once the app is open.
    pub exit_url: Option<String>,
}

/// The root of a safe with a PIN: the unlock screen, then the app.
#[component]
pub fn UnlockRoot(config: UnlockConfig) -> Element {
    let unlock = config.unlock.clone();
    let mut data = use_signal(|| unlock.data());
    match data() {
        Some(d) => rsx! {
            OpenedApp { data: d, clock: config.clock, exit_url: config.exit_url.clone() }
        },
        None => rsx! {
            UnlockScreen {
                unlock: config.unlock.clone(),
                clock: config.clock,
                on_done: move |d: AppData| data.set(Some(d)),
            }
        },
    }
}

/// The words for a failure: what went wrong, and the delay when there is one.
fn failure_words(i18n: &I18n, unlock: &Unlock, e: &UnlockError, clock: Clock) -> String {
    let now = clock.now();
    let wait = match e {
        UnlockError::Safe(SafeError::Pin(PinError::Locked { until })) => {
            Some((*until - now).num_seconds().max(1))
        }
        UnlockError::Safe(SafeError::Pin(PinError::Wrong { .. })) => unlock.wait_seconds(now),
        _ => None,
    };
    let text = e.explain(i18n);
    match wait {
        Some(seconds) => format!("{text} {}", wait_words(i18n, seconds)),
        None => text,
    }
}

/// The unlock steps.
#[component]
pub fn UnlockScreen(unlock: Unlock, clock: Clock, on_done: EventHandler<AppData>) -> Element {
    let start_lang = unlock.lang();
    let i18n = use_context_provider(|| Signal::new(I18n::new(start_lang)));
    let focus = use_context_provider(FocusRequest::new);
    // Reading aloud works here too (with the default settings: no dossier
    // is open yet).
    use_context_provider(crate::platform::PlatformHandle::for_this_build);
    let mut step = use_signal(|| Step::Pin);
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let mut pin_typed = use_signal(String::new);
    let mut code_typed = use_signal(String::new);
    // A delay still running when the screen opens is said at once.
    let mut wait_note = use_signal({
        let unlock = unlock.clone();
        move || {
            unlock
                .wait_seconds(clock.now())
                .map(|s| wait_words(&I18n::new(start_lang), s))
        }
    });

    use_effect(move || {
        let i18n = i18n.read();
        let title = i18n.t_args(
            "page-title-screen",
            &[("screen", i18n.t(step().heading_id()).into())],
        );
        set_page_head(&i18n, &title);
    });

    let mut go = move |to: Step| {
        error.set(None);
        wait_note.set(None);
        busy.set(false);
        focus.request(to.heading_id());
        step.set(to);
        document::eval("window.scrollTo(0, 0);");
    };

    let send_pin = {
        let unlock = unlock.clone();
        move || {
            if busy() {
                return;
            }
            busy.set(true);
            error.set(None);
            wait_note.set(None);
            let unlock = unlock.clone();
            let typed = pin_typed.peek().clone();
            pin_typed.set(String::new());
            spawn(async move {
                match unlock.with_pin_async(typed, clock.now()).await {
                    Ok(data) => on_done.call(data),
                    Err(e) => {
                        busy.set(false);
                        error.set(Some(failure_words(&i18n.peek(), &unlock, &e, clock)));
                        document::eval("document.getElementById('unlock-pin')?.focus();");
                    }
                }
            });
        }
    };

    let send_code = {
        let unlock = unlock.clone();
        move || {
            if busy() {
                return;
            }
            busy.set(true);
            error.set(None);
            let unlock = unlock.clone();
            let typed = code_typed.peek().clone();
            spawn(async move {
                match unlock.with_code_async(typed, clock.now()).await {
                    Ok(()) => {
                        code_typed.set(String::new());
                        go(Step::NewPin);
                    }
                    Err(e) => {
                        busy.set(false);
                        error.set(Some(e.explain(&i18n.peek())));
                    }
                }
            });
        }
    };

    let new_pin = {
        let unlock = unlock.clone();
        move |skip: bool| {
            if busy() {
                return;
            }
            busy.set(true);
            error.set(None);
            let unlock = unlock.clone();
            let typed = (!skip).then(|| pin_typed.peek().clone());
            pin_typed.set(String::new());
            spawn(async move {
                match unlock.new_pin_async(typed, clock.now()).await {
                    Ok(data) => on_done.call(data),
                    Err(e) => {
                        busy.set(false);
                        error.set(Some(e.explain(&i18n.peek())));
                    }
                }
            });
        }
    };

    let t = i18n.read().clone();
    let current = step();
    let error_line = rsx! {
        p { id: "unlock-error", class: "first-error", role: "alert",
            if let Some(e) = error() {
                span { class: "feedback error",
                    Icon { name: IconName::Warning }
                    span { {e} }
                }
            } else if let Some(w) = wait_note() {
                span { class: "feedback error",
                    Icon { name: IconName::Warning }
                    span { {w} }
                }
            }
        }
    };
    rsx! {
        div {
            class: "app theme-normal text-100 first-start unlock",
            lang: t.lang().code(),
            dir: t.dir(),
            main { id: "content",
                div { class: "screen first-step",
                    match current {
                        Step::Pin => rsx! {
                            ScreenTitle { id: UNLOCK_HEADING, text: t.t("unlock-title") }
                            p { {t.t("unlock-text")} }
                            form {
                                class: "first-form",
                                onsubmit: {
                                    let mut send_pin = send_pin.clone();
                                    move |e: FormEvent| {
                                        e.prevent_default();
                                        send_pin();
                                    }
                                },
                                div { class: "field",
                                    label { r#for: "unlock-pin", {t.t("unlock-pin-label")} }
                                    input {
                                        id: "unlock-pin",
                                        r#type: "password",
                                        inputmode: "numeric",
                                        autocomplete: "current-password",
                                        maxlength: "12",
                                        dir: "ltr",
                                        "aria-describedby": "unlock-error",
                                        value: "{pin_typed}",
                                        oninput: move |e| pin_typed.set(e.value()),
                                    }
                                }
                                {error_line}
                                button {
                                    id: "unlock-open",
                                    class: "button primary big",
                                    r#type: "submit",
                                    disabled: busy(),
                                    Icon { name: IconName::Safe }
                                    span { {t.t("unlock-open")} }
                                }
                            }
                            button {
                                id: "unlock-forgot",
                                class: "button big",
                                r#type: "button",
                                onclick: move |_| go(Step::Code),
                                span { {t.t("unlock-forgot")} }
                            }
                        },
                        Step::Code => rsx! {
                            ScreenTitle { id: UNLOCK_CODE_HEADING, text: t.t("unlock-code-title") }
                            p { {t.t("unlock-code-text")} }
                            form {
                                class: "first-form",
                                onsubmit: {
                                    let mut send_code = send_code.clone();
                                    move |e: FormEvent| {
                                        e.prevent_default();
                                        send_code();
                                    }
                                },
                                div { class: "field",
                                    label { r#for: "unlock-code", {t.t("unlock-code-label")} }
                                    input {
                                        id: "unlock-code",
                                        r#type: "text",
                                        class: "code-input",
                                        autocomplete: "off",
                                        autocapitalize: "characters",
                                        spellcheck: "false",
                                        dir: "ltr",
                                        "aria-describedby": "unlock-error",
                                        value: "{code_typed}",
                                        oninput: move |e| code_typed.set(e.value()),
                                    }
                                }
                                {error_line}
                                button {
                                    id: "unlock-code-open",
                                    class: "button primary big",
                                    r#type: "submit",
                                    disabled: busy(),
                                    span { {t.t("unlock-open")} }
                                }
                            }
                            button {
                                id: "unlock-back",
                                class: "button big",
                                r#type: "button",
                                onclick: move |_| go(Step::Pin),
                                span { {t.t("unlock-back")} }
                            }
                        },
                        Step::NewPin => rsx! {
                            ScreenTitle { id: UNLOCK_NEW_PIN_HEADING, text: t.t("unlock-new-pin-title") }
                            p { {t.t("unlock-new-pin-text")} }
                            form {
                                class: "first-form",
                                onsubmit: {
                                    let mut new_pin = new_pin.clone();
                                    move |e: FormEvent| {
                                        e.prevent_default();
                                        new_pin(false);
                                    }
                                },
                                div { class: "field",
                                    label { r#for: "unlock-new-pin", {t.t("first-pin-label")} }
                                    input {
                                        id: "unlock-new-pin",
                                        r#type: "password",
                                        inputmode: "numeric",
                                        autocomplete: "new-password",
                                        maxlength: "12",
                                        dir: "ltr",
                                        "aria-describedby": "unlock-new-pin-hint unlock-error",
                                        value: "{pin_typed}",
                                        oninput: move |e| pin_typed.set(e.value()),
                                    }
                                    p { id: "unlock-new-pin-hint", class: "field-hint", {t.t("first-pin-hint")} }
                                }
                                {error_line}
                                div { class: "first-choices",
                                    button {
                                        id: "unlock-new-pin-set",
                                        class: "button primary big",
                                        r#type: "submit",
                                        disabled: busy(),
                                        span { {t.t("first-pin-set")} }
                                    }
                                    button {
                                        id: "unlock-new-pin-skip",
                                        class: "button primary big",
                                        r#type: "button",
                                        disabled: busy(),
                                        onclick: {
                                            let mut new_pin = new_pin.clone();
                                            move |_| new_pin(true)
                                        },
                                        span { {t.t("first-pin-skip")} }
                                    }
                                }
                            }
                        },
                    }
                }
            }
        }
    }
}
