//! The app header: the app's name, quick exit, the way to the emergency
//! numbers and the way to the settings, visible on every screen (it stays
//! at the top when the page scrolls).
//!
//! The settings are not in the menu (it holds six screens): their button
//! comes right after quick exit and the emergency numbers, on every screen,
//! so the focus always meets them in that order. It shows a gear and the
//! word; where the header has no room for the word the gear stays alone,
//! and the button keeps the word as its accessible name (`aria-label`)
//! everywhere. With large text on a small screen the header keeps only
//! quick exit: the emergency numbers and the settings move to the bar of
//! the folded menu, just below, in the same order (the stylesheet decides).

use dioxus::prelude::*;

use super::emergency::EMERGENCY_ANCHOR;
use super::icon::{Icon, IconName};
use super::quick_exit::QuickExitButton;
use crate::i18n::use_i18n;
use crate::screens::Screen;

/// The `id` of the settings button of the header.
pub const SETTINGS_BUTTON_ID: &str = "header-settings";

#[component]
pub fn AppHeader(current: Screen, on_select: EventHandler<Screen>) -> Element {
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
                SettingsButton { id: SETTINGS_BUTTON_ID, current, on_select }
            }
        }
    }
}

/// The way to the settings: a gear and the word (hidden by the stylesheet
/// where there is no room), the word always its name, marked while the
/// settings are shown.
#[component]
pub fn SettingsButton(
    id: &'static str,
    current: Screen,
    on_select: EventHandler<Screen>,
    #[props(default)] in_menu_bar: bool,
) -> Element {
    let i18n = use_i18n();
    let label = i18n.t(Screen::Settings.label_id());
    rsx! {
        button {
            id,
            class: if in_menu_bar { "header-settings nav-settings" } else { "header-settings" },
            r#type: "button",
            "aria-label": "{label}",
            "aria-current": if current == Screen::Settings { Some("page") } else { None },
            onclick: move |_| on_select.call(Screen::Settings),
            Icon { name: Screen::Settings.icon() }
            span { class: "header-settings-text", {label.clone()} }
        }
    }
}
