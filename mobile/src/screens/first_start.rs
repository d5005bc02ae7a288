//! The first start, shown when the app starts with no safe yet: one step
//! per screen, in plain words. (1) The language, each named in itself,
//! big buttons, no flags. (2) The invitation code the referent gave
//! (case, spaces and dashes forgiven, as the server does), which enrolls
//! the phone. (3) The recovery code, shown once, big, in groups; the
//! person confirms they wrote it down by typing its last 4 symbols.
//! (4) An optional PIN, "no PIN" as visible as "choose this PIN". Then the
//! first sync pulls the dossier and the app opens on Home.
//!
//! What each step does is in [`crate::setup`]; this module only draws
//! and asks. The recovery code lives in a signal of this screen until it
//! is confirmed, nowhere else.

use dioxus::prelude::*;
use parcours_core::i18n::Lang;

use crate::app::{Clock, OpenedApp, set_page_head};
use crate::components::{FocusRequest, Icon, IconName, ScreenTitle};
use crate::i18n::{I18n, use_i18n};
use crate::setup::{Setup, recovery_groups, recovery_tail_matches};
use crate::state::AppData;

/// The steps, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Language,
    Code,
    Recovery,
    Pin,
    /// The first sync.
    Finish,
}

impl Step {
    /// The `id` of the step's title (it takes the focus).
    pub fn heading_id(self) -> &'static str {
        match self {
            Step::Language => "first-language-title",
            Step::Code => "first-code-title",
            Step::Recovery => "first-recovery-title",
            Step::Pin => "first-pin-title",
            Step::Finish => "first-finish-title",
        }
    }

    /// Its number, from 1, of [`Step::COUNT`].
    pub fn number(self) -> u8 {
        match self {
            Step::Language => 1,
            Step::Code => 2,
            Step::Recovery => 3,
            Step::Pin => 4,
            Step::Finish => 5,
        }
    }

    pub const COUNT: u8 = 5;
}

/// What the first-start screens need.
#[derive(Debug, Clone, PartialEq)]
pub struct FirstStartConfig {
    pub setup: Setup,
    pub clock: Clock,
    /// Where quick exit sends the page, once the app is open.
    pub exit_url: Option<String>,
}

/// The root of a phone with no safe yet: the first start, then the app.
#[component]
pub fn FirstStartRoot(config: FirstStartConfig) -> Element {
    let setup = config.setup.clone();
    let mut data = use_signal(|| setup.data());
    match data() {
        Some(d) => rsx! {
            OpenedApp { data: d, clock: config.clock, exit_url: config.exit_url.clone() }
        },
        None => rsx! {
            FirstStart {
                setup: config.setup.clone(),
                clock: config.clock,
                on_done: move |d: AppData| data.set(Some(d)),
            }
        },
    }
}

/// The steps of the first start.
#[component]
pub fn FirstStart(setup: Setup, clock: Clock, on_done: EventHandler<AppData>) -> Element {
    let start_lang = setup.lang();
    let mut i18n = use_context_provider(|| Signal::new(I18n::new(start_lang)));
    let focus = use_context_provider(FocusRequest::new);
    // Reading aloud works here too (with the default settings: no dossier
    // is open yet).
    use_context_provider(crate::platform::PlatformHandle::for_this_build);
    let mut step = use_signal(|| {
        if setup.is_enrolled() {
            // Another tab went further: the code was taken; the safe's
            // recovery code was shown there.
            Step::Pin
        } else {
            Step::Language
        }
    });
    let mut error = use_signal(|| None::<String>);
    let mut busy = use_signal(|| false);
    let mut code_typed = use_signal(String::new);
    let mut recovery = use_signal(|| None::<String>);
    let mut tail_typed = use_signal(String::new);
    let mut pin_typed = use_signal(String::new);

    // The page's language, direction and title follow the step.
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
        busy.set(false);
        focus.request(to.heading_id());
        step.set(to);
        document::eval("window.scrollTo(0, 0);");
    };

    let choose_lang = {
        let setup = setup.clone();
        move |lang: Lang| {
            setup.set_lang(lang);
            i18n.set(I18n::new(lang));
            go(Step::Code);
        }
    };

    let send_code = {
        let setup = setup.clone();
        move || {
            if busy() {
                return;
            }
            busy.set(true);
            error.set(None);
            let setup = setup.clone();
            spawn(async move {
                let now = clock.now();
                let typed = code_typed.peek().clone();
                let result = match setup.enroll(&typed).await {
                    Ok(()) => setup.create_safe_async(now).await,
                    Err(e) => Err(e),
                };
                match result {
                    Ok(code) => {
                        recovery.set(Some(code.display()));
                        go(Step::Recovery);
                    }
                    Err(e) => {
                        busy.set(false);
                        error.set(Some(e.explain(&i18n.peek())));
                    }
                }
            });
        }
    };

    let confirm_recovery = move || {
        let shown = recovery.peek().clone().unwrap_or_default();
        if recovery_tail_matches(&shown, &tail_typed.peek()) {
            // Shown once: forgotten here.
            recovery.set(None);
            tail_typed.set(String::new());
            go(Step::Pin);
        } else {
            error.set(Some(i18n.peek().t("first-recovery-mismatch")));
        }
    };

    let finish = {
        let setup = setup.clone();
        move || {
            let setup = setup.clone();
            busy.set(true);
            error.set(None);
            spawn(async move {
                match setup.finish(clock.now()).await {
                    Ok(data) => on_done.call(data),
                    Err(e) => {
                        busy.set(false);
                        error.set(Some(e.explain(&i18n.peek())));
                    }
                }
            });
        }
    };

    let set_pin = {
        let setup = setup.clone();
        let finish = finish.clone();
        move |skip: bool| {
            if busy() {
                return;
            }
            let setup = setup.clone();
            let mut finish = finish.clone();
            let typed = pin_typed.peek().clone();
            busy.set(true);
            error.set(None);
            spawn(async move {
                let result = if skip {
                    Ok(())
                } else {
                    setup.set_pin_async(typed, clock.now()).await
                };
                pin_typed.set(String::new());
                match result {
                    Ok(()) => {
                        go(Step::Finish);
                        finish();
                    }
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
    let progress = t.t_args(
        "first-progress",
        &[
            ("step", u32::from(current.number()).into()),
            ("count", u32::from(Step::COUNT).into()),
        ],
    );
    let error_line = rsx! {
        p { id: "first-error", class: "first-error", role: "alert",
            if let Some(e) = error() {
                span { class: "feedback error",
                    Icon { name: IconName::Warning }
                    span { {e} }
                }
            }
        }
    };
    rsx! {
        div {
            class: "app theme-normal text-100 first-start",
            lang: t.lang().code(),
            dir: t.dir(),
            main { id: "content",
                div { class: "screen first-step first-{current.number()}",
                    p { class: "first-progress meta", {progress} }
                    match current {
                        Step::Language => rsx! {
                            LanguageStep { on_choose: choose_lang.clone() }
                        },
                        Step::Code => rsx! {
                            ScreenTitle { id: Step::Code.heading_id(), text: t.t("first-code-title") }
                            p { {t.t("first-code-text")} }
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
                                    label { r#for: "first-code", {t.t("first-code-label")} }
                                    input {
                                        id: "first-code",
                                        r#type: "text",
                                        class: "code-input",
                                        autocomplete: "off",
                                        autocapitalize: "characters",
                                        spellcheck: "false",
                                        dir: "ltr",
                                        "aria-describedby": "first-code-hint first-error",
                                        value: "{code_typed}",
                                        oninput: move |e| code_typed.set(e.value()),
                                    }
                                    p { id: "first-code-hint", class: "field-hint", {t.t("first-code-hint")} }
                                }
                                {error_line}
                                button {
                                    id: "first-code-send",
                                    class: "button primary big",
                                    r#type: "submit",
                                    disabled: busy(),
                                    if busy() {
                                        span { {t.t("first-code-checking")} }
                                    } else {
                                        span { {t.t("first-code-send")} }
                                    }
                                }
                            }
                        },
                        Step::Recovery => rsx! {
                            ScreenTitle { id: Step::Recovery.heading_id(), text: t.t("first-recovery-title") }
                            p { {t.t("first-recovery-what")} }
                            p { {t.t("first-recovery-write")} }
                            p { class: "warning-text", {t.t("first-recovery-once")} }
                            ol {
                                id: "recovery-code",
                                class: "recovery-code",
                                dir: "ltr",
                                "aria-label": t.t("first-recovery-code-label"),
                                for (i , group) in recovery_groups(&recovery().unwrap_or_default()).into_iter().enumerate() {
                                    li { key: "{i}", lang: "en", {group} }
                                }
                            }
                            form {
                                class: "first-form",
                                onsubmit: {
                                    let mut confirm_recovery = confirm_recovery;
                                    move |e: FormEvent| {
                                        e.prevent_default();
                                        confirm_recovery();
                                    }
                                },
                                div { class: "field",
                                    label { r#for: "first-recovery-tail", {t.t("first-recovery-tail-label")} }
                                    input {
                                        id: "first-recovery-tail",
                                        r#type: "text",
                                        class: "code-input",
                                        autocomplete: "off",
                                        autocapitalize: "characters",
                                        spellcheck: "false",
                                        maxlength: "8",
                                        dir: "ltr",
                                        "aria-describedby": "first-error",
                                        value: "{tail_typed}",
                                        oninput: move |e| tail_typed.set(e.value()),
                                    }
                                }
                                {error_line}
                                button {
                                    id: "first-recovery-done",
                                    class: "button primary big",
                                    r#type: "submit",
                                    Icon { name: IconName::Done }
                                    span { {t.t("first-recovery-done")} }
                                }
                            }
                        },
                        Step::Pin => rsx! {
                            ScreenTitle { id: Step::Pin.heading_id(), text: t.t("first-pin-title") }
                            p { {t.t("first-pin-what")} }
                            p { {t.t("first-pin-choice")} }
                            form {
                                class: "first-form",
                                onsubmit: {
                                    let mut set_pin = set_pin.clone();
                                    move |e: FormEvent| {
                                        e.prevent_default();
                                        set_pin(false);
                                    }
                                },
                                div { class: "field",
                                    label { r#for: "first-pin", {t.t("first-pin-label")} }
                                    input {
                                        id: "first-pin",
                                        r#type: "password",
                                        inputmode: "numeric",
                                        autocomplete: "new-password",
                                        maxlength: "12",
                                        dir: "ltr",
                                        "aria-describedby": "first-pin-hint first-error",
                                        value: "{pin_typed}",
                                        oninput: move |e| pin_typed.set(e.value()),
                                    }
                                    p { id: "first-pin-hint", class: "field-hint", {t.t("first-pin-hint")} }
                                }
                                {error_line}
                                div { class: "first-choices",
                                    button {
                                        id: "first-pin-set",
                                        class: "button primary big",
                                        r#type: "submit",
                                        disabled: busy(),
                                        span { {t.t("first-pin-set")} }
                                    }
                                    button {
                                        id: "first-pin-skip",
                                        class: "button primary big",
                                        r#type: "button",
                                        disabled: busy(),
                                        onclick: {
                                            let mut set_pin = set_pin.clone();
                                            move |_| set_pin(true)
                                        },
                                        span { {t.t("first-pin-skip")} }
                                    }
                                }
                            }
                        },
                        Step::Finish => rsx! {
                            ScreenTitle { id: Step::Finish.heading_id(), text: t.t("first-finish-title") }
                            p { role: "status",
                                if busy() {
                                    {t.t("first-finish-wait")}
                                }
                            }
                            {error_line}
                            if !busy() && error().is_some() {
                                button {
                                    id: "first-retry",
                                    class: "button primary big",
                                    r#type: "button",
                                    onclick: {
                                        let mut finish = finish.clone();
                                        move |_| finish()
                                    },
                                    span { {t.t("first-retry")} }
                                }
                            }
                        },
                    }
                }
            }
        }
    }
}

/// Step 1: the four languages, each named in itself.
#[component]
fn LanguageStep(on_choose: EventHandler<Lang>) -> Element {
    let i18n = use_i18n();
    rsx! {
        ScreenTitle { id: Step::Language.heading_id(), text: i18n.t("first-language-title") }
        p { {i18n.t("first-language-text")} }
        ul { class: "first-languages",
            for lang in Lang::ALL {
                li { key: "{lang.code()}",
                    button {
                        id: "first-lang-{lang.code()}",
                        class: "button big language-choice",
                        r#type: "button",
                        lang: lang.code(),
                        dir: lang.dir(),
                        onclick: move |_| on_choose.call(lang),
                        {i18n.t(&lang.name_id())}
                    }
                }
            }
        }
        p { class: "first-welcome",
            Icon { name: IconName::Info }
            span { {i18n.t("first-language-later")} }
        }
    }
}
