//! Settings: the language (each named in itself, no flags), the text size
//! (100, 150 or 200 %, for the whole app), high contrast, reading aloud
//! (the button of each screen shown or not, the speed of the voice),
//! discreet mode, the PIN, a new recovery code, the mandates, quick exit
//! explained, about, and "delete everything" last. The display settings
//! are saved in the person's record through the store; the safety cards
//! are in [`super::safety`].

use dioxus::prelude::*;
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;

use super::safety::{DeleteCard, PinCard, RecoveryCard};
use super::share::ShareData;
use super::{OnAction, Screen};
use crate::app::{Clock, Shared};
use crate::components::{Icon, IconName, QuickExitButton, ScreenTitle};
use crate::i18n::{I18n, use_i18n};
use crate::state::Action;

/// The `id` of the settings screen's title.
pub const SETTINGS_HEADING: &str = "settings-title";

/// The text sizes offered, in percent, with their message ids.
pub const TEXT_SIZES: [(u16, &str); 3] = [
    (100, "settings-text-100"),
    (150, "settings-text-150"),
    (200, "settings-text-200"),
];

/// The speeds of the voice offered, with their `id` and message id.
pub const SPEECH_RATES: [(SpeechRate, &str, &str); 2] = [
    (
        SpeechRate::Normal,
        "speech-normal",
        "settings-speech-normal",
    ),
    (
        SpeechRate::Slower,
        "speech-slower",
        "settings-speech-slower",
    ),
];

/// The parts of the settings, each with its own "saved" line next to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Language,
    TextSize,
    Contrast,
    ReadAloud,
    Discreet,
}

impl Part {
    fn key(self) -> &'static str {
        match self {
            Part::Language => "language",
            Part::TextSize => "text-size",
            Part::Contrast => "contrast",
            Part::ReadAloud => "read-aloud",
            Part::Discreet => "discreet",
        }
    }
}

/// The line that says whether the last change of `part` was saved. It is
/// always there (empty at first), so screen readers hear what appears in it.
fn status_line(i18n: &I18n, part: Part, status: Option<(Part, Result<(), String>)>) -> Element {
    let result = status.filter(|(p, _)| *p == part).map(|(_, r)| r);
    rsx! {
        p { id: "settings-status-{part.key()}", class: "settings-status", role: "status",
            match result {
                Some(Ok(())) => rsx! {
                    span { class: "feedback ok",
                        Icon { name: IconName::Done }
                        span { {i18n.t("settings-saved")} }
                    }
                },
                Some(Err(e)) => rsx! {
                    span { class: "feedback error",
                        Icon { name: IconName::Warning }
                        span { {e} }
                    }
                },
                None => rsx! {},
            }
        }
    }
}

#[component]
pub fn Settings(
    dossier: Shared<Dossier>,
    on_action: OnAction,
    /// Opens another screen (the mandates screen).
    on_navigate: Option<EventHandler<Screen>>,
    /// The clock of the app (the PIN's delays are counted on it).
    clock: Clock,
) -> Element {
    let i18n = use_i18n();
    let share = try_use_context::<ShareData>();
    let has_pin = use_signal(move || share.is_some_and(|d| d.0.has_pin()));
    let language = use_context::<Signal<I18n>>();
    let mut status = use_signal(|| None::<(Part, Result<(), String>)>);
    let accessibility = &dossier.person.accessibility;
    let current_lang = i18n.lang();
    let scale = accessibility.text_scale();
    let contrast = accessibility.high_contrast;
    let discreet = accessibility.discreet;
    let read_aloud = accessibility.read_aloud_button;
    let rate = accessibility.speech_rate;
    // A build that cannot read aloud offers no setting about it.
    let can_read_aloud = try_use_context::<crate::platform::PlatformHandle>()
        .is_some_and(|p| p.capabilities().read_aloud);
    // Every change is saved at once; the status line says so.
    let mut send = move |part: Part, action: Action| {
        let result = on_action.call(action);
        status.set(Some((
            part,
            result.map_err(|e| e.explain(&language.peek())),
        )));
    };
    // A new text size moves everything: once it is drawn, bring the
    // person's choice back into view.
    let mut keep_in_view = use_signal(|| None::<u16>);
    use_effect(move || {
        if let Some(percent) = keep_in_view() {
            keep_in_view.set(None);
            document::eval(&format!(
                "document.getElementById('text-{percent}')?.closest('label')?.scrollIntoView({{ block: 'center' }});"
            ));
        }
    });
    rsx! {
        div { class: "screen settings",
            ScreenTitle { id: SETTINGS_HEADING, text: i18n.t("settings-title") }
            section { class: "card", "aria-labelledby": "settings-language",
                fieldset { class: "choices",
                    legend { id: "settings-language",
                        Icon { name: IconName::Globe }
                        span { {i18n.t("settings-language")} }
                    }
                    for lang in Lang::ALL {
                        label { key: "{lang.code()}", class: "choice",
                            input {
                                r#type: "radio",
                                name: "language",
                                id: "lang-{lang.code()}",
                                value: lang.code(),
                                checked: lang == current_lang,
                                onchange: move |_| send(Part::Language, Action::SetLanguage(lang)),
                            }
                            span { class: "choice-mark", "aria-hidden": "true" }
                            // Each language named in itself, in its own direction.
                            span {
                                class: "choice-text",
                                lang: lang.code(),
                                dir: lang.dir(),
                                {i18n.t(&lang.name_id())}
                            }
                        }
                    }
                }
                {status_line(&i18n, Part::Language, status())}
            }
            section { class: "card", "aria-labelledby": "settings-text-size",
                fieldset { class: "choices",
                    legend { id: "settings-text-size",
                        Icon { name: IconName::TextSize }
                        span { {i18n.t("settings-text-size")} }
                    }
                    for (percent , label) in TEXT_SIZES {
                        label { key: "{percent}", class: "choice",
                            input {
                                r#type: "radio",
                                name: "text-size",
                                id: "text-{percent}",
                                value: "{percent}",
                                checked: percent == scale,
                                onchange: move |_| {
                                    send(Part::TextSize, Action::SetTextScale(percent));
                                    keep_in_view.set(Some(percent));
                                },
                            }
                            span { class: "choice-mark", "aria-hidden": "true" }
                            span { class: "choice-text text-sample-{percent}", {i18n.t(label)} }
                        }
                    }
                }
                {status_line(&i18n, Part::TextSize, status())}
            }
            section { class: "card", "aria-labelledby": "settings-contrast",
                fieldset { class: "choices",
                    legend { id: "settings-contrast",
                        Icon { name: IconName::Contrast }
                        span { {i18n.t("settings-contrast")} }
                    }
                    label { class: "choice",
                        input {
                            r#type: "checkbox",
                            id: "contrast-high",
                            checked: contrast,
                            onchange: move |_| send(Part::Contrast, Action::SetHighContrast(!contrast)),
                        }
                        span { class: "choice-mark check", "aria-hidden": "true" }
                        span { class: "choice-text", {i18n.t("settings-contrast-high")} }
                    }
                }
                {status_line(&i18n, Part::Contrast, status())}
            }
            if can_read_aloud {
                section { class: "card", "aria-labelledby": "settings-read-aloud",
                    h2 { id: "settings-read-aloud",
                        Icon { name: IconName::Speaker }
                        span { {i18n.t("settings-read-aloud")} }
                    }
                    p { class: "settings-text", id: "settings-read-aloud-what", {i18n.t("settings-read-aloud-what")} }
                    label { class: "choice",
                        input {
                            r#type: "checkbox",
                            id: "read-aloud-on",
                            checked: read_aloud,
                            "aria-describedby": "settings-read-aloud-what",
                            onchange: move |_| send(Part::ReadAloud, Action::SetReadAloudButton(!read_aloud)),
                        }
                        span { class: "choice-mark check", "aria-hidden": "true" }
                        span { class: "choice-text", {i18n.t("settings-read-aloud-on")} }
                    }
                    fieldset { class: "choices",
                        legend { id: "settings-speech-rate",
                            Icon { name: IconName::Clock }
                            span { {i18n.t("settings-speech-rate")} }
                        }
                        for (speed , id , label) in SPEECH_RATES {
                            label { key: "{id}", class: "choice",
                                input {
                                    r#type: "radio",
                                    name: "speech-rate",
                                    id,
                                    value: id,
                                    checked: speed == rate,
                                    onchange: move |_| send(Part::ReadAloud, Action::SetSpeechRate(speed)),
                                }
                                span { class: "choice-mark", "aria-hidden": "true" }
                                span { class: "choice-text", {i18n.t(label)} }
                            }
                        }
                    }
                    {status_line(&i18n, Part::ReadAloud, status())}
                }
            }
            section { class: "card", "aria-labelledby": "settings-discreet",
                fieldset { class: "choices",
                    legend { id: "settings-discreet",
                        Icon { name: IconName::Contrast }
                        span { {i18n.t("settings-discreet")} }
                    }
                    p { class: "settings-text", id: "settings-discreet-what", {i18n.t("settings-discreet-what")} }
                    label { class: "choice",
                        input {
                            r#type: "checkbox",
                            id: "discreet-on",
                            checked: discreet,
                            "aria-describedby": "settings-discreet-what",
                            onchange: move |_| send(Part::Discreet, Action::SetDiscreet(!discreet)),
                        }
                        span { class: "choice-mark check", "aria-hidden": "true" }
                        span { class: "choice-text", {i18n.t("settings-discreet-on")} }
                    }
                }
                {status_line(&i18n, Part::Discreet, status())}
            }
            PinCard { clock, has_pin }
            RecoveryCard { clock, has_pin }
            if let Some(on_navigate) = on_navigate {
                section { class: "card", "aria-labelledby": "settings-mandates",
                    h2 { id: "settings-mandates",
                        Icon { name: IconName::Permission }
                        span { {i18n.t("mandates-title")} }
                    }
                    p { class: "settings-text", {i18n.t("settings-mandates-text")} }
                    button {
                        id: "settings-open-mandates",
                        class: "button",
                        r#type: "button",
                        onclick: move |_| on_navigate.call(Screen::Mandates),
                        Icon { name: IconName::Permission }
                        span { {i18n.t("settings-mandates-open")} }
                    }
                }
            }
            section { class: "card", "aria-labelledby": "settings-exit",
                h2 { id: "settings-exit",
                    Icon { name: IconName::Exit }
                    span { {i18n.t("settings-exit-title")} }
                }
                p { class: "settings-text", {i18n.t("settings-exit-text")} }
                QuickExitButton { id: "quick-exit-settings", large: true }
            }
            section { class: "card", "aria-labelledby": "settings-about",
                h2 { id: "settings-about",
                    Icon { name: IconName::Info }
                    span { {i18n.t("settings-about-title")} }
                }
                p { class: "settings-text", {i18n.t("settings-about-text")} }
                p { class: "settings-text", {i18n.t("settings-about-data")} }
                p { class: "meta",
                    {i18n.t_args("settings-about-version", &[("version", env!("CARGO_PKG_VERSION").into())])}
                }
                p { class: "meta", {i18n.t("settings-about-license")} }
            }
            DeleteCard { clock, has_pin }
        }
    }
}
