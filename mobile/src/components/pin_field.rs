//! The PIN field, the same wherever a PIN is typed again (Settings, the
//! mandates): labelled, the numeric keyboard, the digits hidden, never
//! filled in by the browser.

use dioxus::prelude::*;

use super::FocusRequest;

/// A PIN field `id` with its `label`; `hint` under it (`{id}-hint`);
/// `described_by`: the line that says what went wrong, when it is on
/// screen. It takes the focus when `focus` asks for `id`.
pub fn pin_field(
    focus: FocusRequest,
    id: &str,
    label: String,
    hint: Option<String>,
    described_by: Option<&str>,
    mut value: Signal<String>,
) -> Element {
    let described: Vec<String> = hint
        .as_ref()
        .map(|_| format!("{id}-hint"))
        .into_iter()
        .chain(described_by.map(str::to_owned))
        .collect();
    let described = (!described.is_empty()).then(|| described.join(" "));
    rsx! {
        div { class: "field",
            label { r#for: "{id}", {label} }
            input {
                id: "{id}",
                r#type: "password",
                inputmode: "numeric",
                autocomplete: "off",
                maxlength: "12",
                dir: "ltr",
                "aria-describedby": described,
                value: "{value}",
                onmounted: focus.on_mounted(id.to_owned()),
                oninput: move |e| value.set(e.value()),
            }
            if let Some(hint) = hint {
                p { id: "{id}-hint", class: "field-hint", {hint} }
            }
        }
    }
}
