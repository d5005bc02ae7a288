//! Quick exit: one tap hides the app at once behind a neutral page
//! (weather), for a person who may be watched. Always reachable from the
//! header; explained in the settings.

use dioxus::prelude::*;

use super::icon::{Icon, IconName};
use crate::i18n::use_i18n;

/// What quick exit does, provided by the app shell.
#[derive(Clone, Copy, PartialEq)]
pub struct QuickExit(pub Callback<()>);

/// The quick exit button, with its `id`. `large` makes the big one of the settings.
#[component]
pub fn QuickExitButton(id: &'static str, #[props(default)] large: bool) -> Element {
    let i18n = use_i18n();
    let exit = use_context::<QuickExit>();
    rsx! {
        button {
            id,
            class: if large { "quick-exit quick-exit-large" } else { "quick-exit" },
            r#type: "button",
            onclick: move |_| exit.0.call(()),
            Icon { name: IconName::Exit }
            span { {i18n.t("quick-exit")} }
        }
    }
}
