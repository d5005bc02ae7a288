//! The app header: the app's name, quick exit and the way to the emergency
//! numbers, visible on every screen (it stays at the top when the page
//! scrolls).

use dioxus::prelude::*;

use super::emergency::EMERGENCY_ANCHOR;
use super::icon::{Icon, IconName};
use super::quick_exit::QuickExitButton;
use crate::i18n::use_i18n;

#[component]
pub fn AppHeader() -> Element {
    let i18n = use_i18n();
    rsx! {
        header { class: "app-header",
            p { class: "app-name", {i18n.t("app-name")} }
            div { class: "header-actions",
                QuickExitButton { id: "quick-exit" }
                nav { class: "header-emergency", "aria-label": i18n.t("emergency-nav-label"),
                    a { class: "emergency-link", href: "#{EMERGENCY_ANCHOR}",
                        Icon { name: IconName::Phone }
                        span { {i18n.t("emergency-link")} }
                    }
                }
            }
        }
    }
}
