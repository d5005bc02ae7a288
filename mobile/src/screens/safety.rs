//! The safety cards of Settings: the PIN (whether one is set; set,
//! change, remove), a new recovery code (shown once, as on the first
//! start, with its last group typed back), and "delete everything" (what
//! it means in plain words, a second, differently worded button, the PIN
//! when one is set). Then the screen that follows a deletion
//! ([`Deleted`]), which holds nothing of the person.
//!
//! What each step does is in [`crate::safety`]; this module only draws
//! and asks. What the person types stays in these cards' signals until it
//! is sent, and is cleared then; a new recovery code stays in its card's
//! signal until the person confirmed they wrote it down.

use dioxus::prelude::*;
use parcours_core::safe::SafeError;
use parcours_core::safe::pin::PinError;
use parcours_core::sync::account::ServerSide;

use super::share::{ShareData, off_thread};
use crate::app::Clock;
use crate::components::{Icon, IconName, ScreenTitle, pin_field, use_focus};
use crate::i18n::{I18n, use_i18n};
use crate::safety::{Deletion, SafetyError};
use crate::setup::{recovery_groups, recovery_tail_matches};
use crate::state::AppData;
use crate::unlock::wait_words;

/// The `id` of the title of the screen after a deletion.
pub const DELETED_HEADING: &str = "deleted-title";

/// What the last action of a card did: `Ok` said as done, `Err` as a
/// problem (with its pictogram and words, never by colour alone).
type Feedback = Signal<Option<Result<String, String>>>;

/// The words for a failure: what went wrong, nothing changed, and the
/// delay after failed PINs when there is one.
fn failure_words(loc: &I18n, data: &AppData, e: &SafetyError, clock: Clock) -> String {
    let now = clock.now();
    let wait = match e {
        SafetyError::Safe(SafeError::Pin(PinError::Locked { until })) => {
            Some((*until - now).num_seconds().max(1))
        }
        SafetyError::Safe(SafeError::Pin(PinError::Wrong { .. })) => data.pin_wait_seconds(now),
        _ => None,
    };
    let text = e.explain(loc);
    match wait {
        Some(seconds) => format!("{text} {}", wait_words(loc, seconds)),
        None => text,
    }
}

/// The line under a card that says what its last action did. Always
/// there (empty at first), so screen readers hear what appears in it; it
/// takes the focus after a success ([`focus_on`]).
fn feedback_line(id: &'static str, feedback: Option<Result<String, String>>) -> Element {
    rsx! {
        p {
            id,
            class: "settings-status",
            role: "status",
            tabindex: "-1",
            match feedback {
                Some(Ok(text)) => rsx! {
                    span { class: "feedback ok",
                        Icon { name: IconName::Done }
                        span { {text} }
                    }
                },
                Some(Err(text)) => rsx! {
                    span { class: "feedback error",
                        Icon { name: IconName::Warning }
                        span { {text} }
                    }
                },
                None => rsx! {},
            }
        }
    }
}

/// Moves the focus to the element `id` that is already on screen (a
/// feedback line, after the form the person was in closed).
fn focus_on(id: &str) {
    document::eval(&format!("document.getElementById('{id}')?.focus();"));
}

/// What the PIN card asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PinForm {
    Choose,
    Change,
    Remove,
}

const PIN_FEEDBACK: &str = "settings-pin-feedback";

/// The PIN: whether one is set, and set, change or remove it.
#[component]
pub fn PinCard(clock: Clock, has_pin: Signal<bool>) -> Element {
    let i18n = use_i18n();
    let language = use_context::<Signal<I18n>>();
    let focus = use_focus();
    let data = try_use_context::<ShareData>().map(|d| d.0);
    let mut form = use_signal(|| None::<PinForm>);
    let mut current = use_signal(String::new);
    let mut new_pin = use_signal(String::new);
    let mut again = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut feedback: Feedback = use_signal(|| None);
    let mut has_pin = has_pin;

    let mut open = move |kind: PinForm| {
        feedback.set(None);
        current.set(String::new());
        new_pin.set(String::new());
        again.set(String::new());
        form.set(Some(kind));
        focus.request(if kind == PinForm::Choose {
            "settings-pin-new"
        } else {
            "settings-pin-current"
        });
    };
    let mut close = move || {
        form.set(None);
        current.set(String::new());
        new_pin.set(String::new());
        again.set(String::new());
    };
    let submit = move |e: FormEvent| {
        e.prevent_default();
        let Some(kind) = form() else {
            return;
        };
        if busy() {
            return;
        }
        let loc = language.peek().clone();
        let Some(data) = data.clone() else {
            feedback.set(Some(Err(loc.t("settings-no-safe"))));
            return;
        };
        busy.set(true);
        feedback.set(None);
        let (c, n, a) = (
            current.peek().clone(),
            new_pin.peek().clone(),
            again.peek().clone(),
        );
        current.set(String::new());
        new_pin.set(String::new());
        again.set(String::new());
        spawn(async move {
            let now = clock.now();
            let worker = data.clone();
            let result = off_thread(move || match kind {
                PinForm::Choose => worker.set_pin(None, &n, &a, now),
                PinForm::Change => worker.set_pin(Some(&c), &n, &a, now),
                PinForm::Remove => worker.remove_pin(&c, now),
            })
            .await;
            busy.set(false);
            match result {
                Some(Ok(())) => {
                    has_pin.set(kind != PinForm::Remove);
                    form.set(None);
                    feedback.set(Some(Ok(loc.t(if kind == PinForm::Remove {
                        "settings-pin-removed-done"
                    } else {
                        "settings-pin-set-done"
                    }))));
                    focus_on(PIN_FEEDBACK);
                }
                Some(Err(e)) => {
                    feedback.set(Some(Err(failure_words(&loc, &data, &e, clock))));
                    focus_on(if kind == PinForm::Choose {
                        "settings-pin-new"
                    } else {
                        "settings-pin-current"
                    });
                }
                None => feedback.set(Some(Err(loc.t("action-failed")))),
            }
        });
    };

    let set = has_pin();
    rsx! {
        section { class: "card", "aria-labelledby": "settings-pin",
            h2 { id: "settings-pin",
                Icon { name: IconName::Lock }
                span { {i18n.t("settings-pin-title")} }
            }
            p { id: "settings-pin-state", class: "settings-text with-icon",
                if set {
                    Icon { name: IconName::Lock }
                    span { {i18n.t("settings-pin-on")} }
                } else {
                    Icon { name: IconName::Info }
                    span { {i18n.t("settings-pin-off")} }
                }
            }
            match form() {
                None => rsx! {
                    div { class: "actions",
                        if set {
                            button {
                                id: "settings-pin-change",
                                class: "button",
                                r#type: "button",
                                onclick: move |_| open(PinForm::Change),
                                Icon { name: IconName::Lock }
                                span { {i18n.t("settings-pin-change")} }
                            }
                            button {
                                id: "settings-pin-remove",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| open(PinForm::Remove),
                                Icon { name: IconName::Cross }
                                span { {i18n.t("settings-pin-remove")} }
                            }
                        } else {
                            button {
                                id: "settings-pin-choose",
                                class: "button",
                                r#type: "button",
                                onclick: move |_| open(PinForm::Choose),
                                Icon { name: IconName::Lock }
                                span { {i18n.t("settings-pin-choose")} }
                            }
                        }
                    }
                },
                Some(kind) => rsx! {
                    form {
                        id: "settings-pin-form",
                        class: if kind == PinForm::Remove { "confirm warning first-form" } else { "confirm first-form" },
                        "aria-labelledby": "settings-pin-form-title",
                        onsubmit: submit,
                        p { id: "settings-pin-form-title", class: "confirm-question",
                            {i18n.t(match kind {
                                PinForm::Choose => "settings-pin-choose",
                                PinForm::Change => "settings-pin-change",
                                PinForm::Remove => "settings-pin-remove",
                            })}
                        }
                        if kind == PinForm::Remove {
                            p { class: "warning-text",
                                Icon { name: IconName::Warning }
                                span { {i18n.t("settings-pin-remove-what")} }
                            }
                        }
                        {feedback_line(PIN_FEEDBACK, feedback())}
                        if kind != PinForm::Choose {
                            {pin_field(focus, "settings-pin-current", i18n.t("settings-pin-current"), None, Some(PIN_FEEDBACK), current)}
                        }
                        if kind != PinForm::Remove {
                            {pin_field(focus, "settings-pin-new", i18n.t("settings-pin-new"), Some(i18n.t("first-pin-hint")), Some(PIN_FEEDBACK), new_pin)}
                            {pin_field(focus, "settings-pin-again", i18n.t("settings-pin-again"), None, Some(PIN_FEEDBACK), again)}
                        }
                        div { class: "actions",
                            button {
                                id: "settings-pin-save",
                                class: if kind == PinForm::Remove { "button danger" } else { "button primary" },
                                r#type: "submit",
                                disabled: busy(),
                                Icon { name: IconName::Check }
                                span {
                                    {i18n.t(if busy() {
                                        "settings-busy"
                                    } else if kind == PinForm::Remove {
                                        "settings-pin-remove-yes"
                                    } else {
                                        "settings-pin-save"
                                    })}
                                }
                            }
                            button {
                                id: "settings-pin-cancel",
                                class: "button secondary",
                                r#type: "button",
                                disabled: busy(),
                                onclick: move |_| close(),
                                span { {i18n.t("settings-cancel")} }
                            }
                        }
                    }
                },
            }
            if form().is_none() {
                {feedback_line(PIN_FEEDBACK, feedback())}
            }
        }
    }
}

/// Where the recovery card is.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Recovery {
    Idle,
    /// "The old code will stop working": the person confirms (with the PIN).
    Asking,
    /// The new code, shown once, until the person typed its last group.
    Shown(String),
}

const RECOVERY_FEEDBACK: &str = "settings-recovery-feedback";

/// A new recovery code.
#[component]
pub fn RecoveryCard(clock: Clock, has_pin: Signal<bool>) -> Element {
    let i18n = use_i18n();
    let language = use_context::<Signal<I18n>>();
    let focus = use_focus();
    let data = try_use_context::<ShareData>().map(|d| d.0);
    let mut stage = use_signal(|| Recovery::Idle);
    let mut pin_typed = use_signal(String::new);
    let mut tail_typed = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut feedback: Feedback = use_signal(|| None);

    let make = move |e: FormEvent| {
        e.prevent_default();
        if busy() {
            return;
        }
        let loc = language.peek().clone();
        let Some(data) = data.clone() else {
            feedback.set(Some(Err(loc.t("settings-no-safe"))));
            return;
        };
        busy.set(true);
        feedback.set(None);
        let typed = pin_typed.peek().clone();
        pin_typed.set(String::new());
        spawn(async move {
            let now = clock.now();
            let worker = data.clone();
            let result =
                off_thread(move || worker.new_recovery_code(Some(typed.as_str()), now)).await;
            busy.set(false);
            match result {
                Some(Ok(code)) => {
                    stage.set(Recovery::Shown(code.display()));
                    focus.request("settings-recovery-shown");
                }
                Some(Err(e)) => {
                    feedback.set(Some(Err(failure_words(&loc, &data, &e, clock))));
                    focus_on("settings-recovery-pin");
                }
                None => feedback.set(Some(Err(loc.t("action-failed")))),
            }
        });
    };
    let confirm = move |e: FormEvent| {
        e.prevent_default();
        let loc = language.peek().clone();
        let Recovery::Shown(shown) = stage.peek().clone() else {
            return;
        };
        if recovery_tail_matches(&shown, &tail_typed.peek()) {
            // Shown once: forgotten here.
            tail_typed.set(String::new());
            stage.set(Recovery::Idle);
            feedback.set(Some(Ok(loc.t("settings-recovery-done-ok"))));
            focus_on(RECOVERY_FEEDBACK);
        } else {
            feedback.set(Some(Err(loc.t("first-recovery-mismatch"))));
            focus_on("settings-recovery-tail");
        }
    };

    rsx! {
        section { class: "card", "aria-labelledby": "settings-recovery",
            h2 { id: "settings-recovery",
                Icon { name: IconName::Safe }
                span { {i18n.t("settings-recovery-title")} }
            }
            p { class: "settings-text", {i18n.t("settings-recovery-text")} }
            match stage() {
                Recovery::Idle => rsx! {
                    p { class: "settings-text", {i18n.t("settings-recovery-lost")} }
                    button {
                        id: "settings-recovery-new",
                        class: "button",
                        r#type: "button",
                        onclick: move |_| {
                            feedback.set(None);
                            stage.set(Recovery::Asking);
                            focus.request(if has_pin() { "settings-recovery-pin" } else { "settings-recovery-question" });
                        },
                        Icon { name: IconName::Safe }
                        span { {i18n.t("settings-recovery-new")} }
                    }
                },
                Recovery::Asking => rsx! {
                    form {
                        id: "settings-recovery-form",
                        class: "confirm warning first-form",
                        "aria-labelledby": "settings-recovery-question",
                        onsubmit: make,
                        p {
                            id: "settings-recovery-question",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted("settings-recovery-question".to_owned()),
                            {i18n.t("settings-recovery-new")}
                        }
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t("settings-recovery-old")} }
                        }
                        if has_pin() {
                            {pin_field(focus, "settings-recovery-pin", i18n.t("settings-pin-current"), None, Some(RECOVERY_FEEDBACK), pin_typed)}
                        }
                        {feedback_line(RECOVERY_FEEDBACK, feedback())}
                        div { class: "actions",
                            button {
                                id: "settings-recovery-make",
                                class: "button primary",
                                r#type: "submit",
                                disabled: busy(),
                                Icon { name: IconName::Check }
                                span { {i18n.t(if busy() { "settings-busy" } else { "settings-recovery-make" })} }
                            }
                            button {
                                id: "settings-recovery-cancel",
                                class: "button secondary",
                                r#type: "button",
                                disabled: busy(),
                                onclick: move |_| {
                                    pin_typed.set(String::new());
                                    stage.set(Recovery::Idle);
                                },
                                span { {i18n.t("settings-cancel")} }
                            }
                        }
                    }
                },
                Recovery::Shown(code) => rsx! {
                    div { class: "confirm first-form",
                        p {
                            id: "settings-recovery-shown",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted("settings-recovery-shown".to_owned()),
                            {i18n.t("settings-recovery-shown")}
                        }
                        p { {i18n.t("first-recovery-write")} }
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t("first-recovery-once")} }
                        }
                        ol {
                            id: "settings-recovery-code",
                            class: "recovery-code",
                            dir: "ltr",
                            "aria-label": i18n.t("first-recovery-code-label"),
                            for (i , group) in recovery_groups(&code).into_iter().enumerate() {
                                li { key: "{i}", lang: "en", {group} }
                            }
                        }
                        form { id: "settings-recovery-confirm", class: "first-form", onsubmit: confirm,
                            div { class: "field",
                                label { r#for: "settings-recovery-tail", {i18n.t("first-recovery-tail-label")} }
                                input {
                                    id: "settings-recovery-tail",
                                    r#type: "text",
                                    class: "code-input",
                                    autocomplete: "off",
                                    autocapitalize: "characters",
                                    spellcheck: "false",
                                    maxlength: "8",
                                    dir: "ltr",
                                    "aria-describedby": RECOVERY_FEEDBACK,
                                    value: "{tail_typed}",
                                    oninput: move |e| tail_typed.set(e.value()),
                                }
                            }
                            {feedback_line(RECOVERY_FEEDBACK, feedback())}
                            button {
                                id: "settings-recovery-done",
                                class: "button primary",
                                r#type: "submit",
                                Icon { name: IconName::Done }
                                span { {i18n.t("first-recovery-done")} }
                            }
                        }
                    }
                },
            }
            if stage() == Recovery::Idle {
                {feedback_line(RECOVERY_FEEDBACK, feedback())}
            }
        }
    }
}

/// Where the delete card is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delete {
    Idle,
    /// The second, differently worded button (and the PIN).
    Confirm,
    /// The server cannot be reached: nothing was deleted; this phone only?
    Unreachable,
}

const DELETE_FEEDBACK: &str = "settings-delete-feedback";

/// "Delete everything".
#[component]
pub fn DeleteCard(clock: Clock, has_pin: Signal<bool>) -> Element {
    let i18n = use_i18n();
    let language = use_context::<Signal<I18n>>();
    let focus = use_focus();
    let data = try_use_context::<ShareData>().map(|d| d.0);
    let mut stage = use_signal(|| Delete::Idle);
    let mut pin_typed = use_signal(String::new);
    let mut busy = use_signal(|| false);
    let mut feedback: Feedback = use_signal(|| None);

    let mut delete = move |phone_only: bool| {
        if busy() {
            return;
        }
        let loc = language.peek().clone();
        let Some(data) = data.clone() else {
            feedback.set(Some(Err(loc.t("settings-no-safe"))));
            return;
        };
        busy.set(true);
        feedback.set(None);
        let typed = pin_typed.peek().clone();
        pin_typed.set(String::new());
        spawn(async move {
            let now = clock.now();
            let worker = data.clone();
            let result =
                off_thread(move || worker.delete_everything(Some(typed.as_str()), phone_only, now))
                    .await;
            busy.set(false);
            match result {
                // The app shell shows what was done (`Deleted`).
                Some(Ok(_)) => focus.request(DELETED_HEADING),
                Some(Err(SafetyError::Unreachable)) => {
                    stage.set(Delete::Unreachable);
                    focus.request("settings-delete-question");
                }
                Some(Err(e)) => {
                    feedback.set(Some(Err(failure_words(&loc, &data, &e, clock))));
                    focus_on("settings-delete-pin");
                }
                None => feedback.set(Some(Err(loc.t("action-failed")))),
            }
        });
    };
    let mut keep = move || {
        pin_typed.set(String::new());
        feedback.set(None);
        stage.set(Delete::Idle);
        focus.request("settings-delete-start");
    };

    let current = stage();
    rsx! {
        section { class: "card", "aria-labelledby": "settings-delete",
            h2 { id: "settings-delete",
                Icon { name: IconName::Warning }
                span { {i18n.t("settings-delete-title")} }
            }
            div { id: "settings-delete-what",
                ul { class: "settings-text delete-what",
                    li { {i18n.t("settings-delete-what")} }
                    li { {i18n.t("settings-delete-server")} }
                }
                p { class: "warning-text settings-text",
                    Icon { name: IconName::Warning }
                    span { {i18n.t("settings-delete-undo")} }
                }
            }
            if current == Delete::Idle {
                button {
                    id: "settings-delete-start",
                    class: "button secondary",
                    r#type: "button",
                    onmounted: focus.on_mounted("settings-delete-start".to_owned()),
                    onclick: move |_| {
                        feedback.set(None);
                        stage.set(Delete::Confirm);
                        focus.request("settings-delete-question");
                    },
                    Icon { name: IconName::Cross }
                    span { {i18n.t("settings-delete-start")} }
                }
            } else {
                form {
                    id: "settings-delete-form",
                    class: "confirm warning first-form",
                    "aria-labelledby": "settings-delete-question",
                    onsubmit: move |e: FormEvent| {
                        e.prevent_default();
                        delete(current == Delete::Unreachable);
                    },
                    // Two elements, so that the new question takes the focus
                    // (and is read) when the server could not be reached.
                    if current == Delete::Unreachable {
                        p {
                            id: "settings-delete-question",
                            class: "confirm-question with-icon",
                            tabindex: "-1",
                            onmounted: focus.on_mounted("settings-delete-question".to_owned()),
                            Icon { name: IconName::Warning }
                            span { {i18n.t("settings-delete-unreachable")} }
                        }
                        p { {i18n.t("settings-delete-phone-what")} }
                    } else {
                        p {
                            id: "settings-delete-question",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted("settings-delete-question".to_owned()),
                            {i18n.t("settings-delete-sure")}
                        }
                    }
                    if has_pin() {
                        {pin_field(focus, "settings-delete-pin", i18n.t("settings-pin-current"), None, Some(DELETE_FEEDBACK), pin_typed)}
                    }
                    {feedback_line(DELETE_FEEDBACK, feedback())}
                    div { class: "actions",
                        button {
                            id: if current == Delete::Unreachable { "settings-delete-phone-only" } else { "settings-delete-yes" },
                            class: "button danger",
                            r#type: "submit",
                            disabled: busy(),
                            Icon { name: IconName::Cross }
                            span {
                                {i18n.t(if busy() {
                                    "settings-busy"
                                } else if current == Delete::Unreachable {
                                    "settings-delete-phone-only"
                                } else {
                                    "settings-delete-yes"
                                })}
                            }
                        }
                        button {
                            id: "settings-delete-no",
                            class: "button primary",
                            r#type: "button",
                            disabled: busy(),
                            onclick: move |_| keep(),
                            Icon { name: IconName::Check }
                            span { {i18n.t("settings-delete-no")} }
                        }
                    }
                }
            }
            if current == Delete::Idle {
                {feedback_line(DELETE_FEEDBACK, feedback())}
            }
        }
    }
}

/// What the app shows once everything was deleted: what was done on the
/// phone and on the server, and how to start again. Nothing of the
/// person (the data holds nothing of them any more).
#[component]
pub fn Deleted(deletion: Deletion, classes: String) -> Element {
    let i18n = use_i18n();
    let server = match deletion.server {
        ServerSide::Closed => "deleted-closed",
        ServerSide::AlreadyGone => "deleted-already",
        ServerSide::NoServer | ServerSide::Unreachable(_) => "deleted-open",
    };
    rsx! {
        div {
            class: "app {classes} first-start deleted",
            lang: i18n.lang().code(),
            dir: i18n.dir(),
            main { id: "content",
                div { class: "screen first-step",
                    ScreenTitle { id: DELETED_HEADING, text: i18n.t("deleted-title") }
                    p { class: "feedback", role: "status",
                        Icon { name: IconName::Done }
                        span { {i18n.t("deleted-phone")} }
                    }
                    if deletion.left > 0 {
                        p { class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t_args("deleted-left", &[("count", (deletion.left as u32).into())])} }
                        }
                    }
                    p { id: "deleted-server", class: "with-icon",
                        if deletion.account_closed() {
                            Icon { name: IconName::Done }
                        } else {
                            Icon { name: IconName::Warning }
                        }
                        span { {i18n.t(server)} }
                    }
                    p { {i18n.t("deleted-again")} }
                }
            }
        }
    }
}
