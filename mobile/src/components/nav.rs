//! The menu of the app: one large button per screen, a pictogram and a
//! word each, the current one marked for screen readers (`aria-current`).
//! With room enough it is a bar at the bottom of the screen; with large
//! text it folds behind a "Menu" button at the top, next to the way to the
//! emergency numbers and to the settings (the stylesheet decides, from the
//! width in characters). Settings is not one of its six screens: its
//! button is in the header.

use dioxus::prelude::*;

use super::emergency::EMERGENCY_ANCHOR;
use super::header::SettingsButton;
use super::icon::{Icon, IconName};
use crate::i18n::use_i18n;
use crate::screens::Screen;

/// The `id` of the menu.
pub const NAV_ID: &str = "app-nav";

/// The `id` of the settings button in the bar of the folded menu (large
/// text on a small screen; the header's is hidden then).
pub const NAV_SETTINGS_ID: &str = "nav-top-settings";

#[component]
pub fn NavBar(current: Screen, on_select: EventHandler<Screen>) -> Element {
    let i18n = use_i18n();
    let mut open = use_signal(|| false);
    rsx! {
        nav {
            id: NAV_ID,
            class: if open() { "app-nav open" } else { "app-nav" },
            "aria-label": i18n.t("nav-label"),
            div { class: "nav-top",
                button {
                    class: "nav-toggle",
                    r#type: "button",
                    "aria-expanded": if open() { "true" } else { "false" },
                    "aria-controls": "nav-list",
                    onclick: move |_| open.toggle(),
                    Icon { name: if open() { IconName::Cross } else { IconName::Menu } }
                    span { {i18n.t("nav-menu")} }
                }
                // With large text the header keeps only quick exit; the way
                // to the emergency numbers and the settings move here.
                a { class: "emergency-link nav-emergency", href: "#{EMERGENCY_ANCHOR}",
                    Icon { name: IconName::Phone }
                    span { {i18n.t("emergency-link")} }
                }
                SettingsButton {
                    id: NAV_SETTINGS_ID,
                    current,
                    on_select: move |to| {
                        open.set(false);
                        on_select.call(to);
                    },
                    in_menu_bar: true,
                }
            }
            ul { id: "nav-list", class: "nav-list",
                for screen in Screen::IN_MENU {
                    li { key: "{screen.key()}",
                        button {
                            id: "nav-{screen.key()}",
                            class: "nav-item",
                            r#type: "button",
                            "aria-current": if screen == current { Some("page") } else { None },
                            onclick: move |_| {
                                open.set(false);
                                on_select.call(screen);
                            },
                            Icon { name: screen.icon() }
                            span { class: "nav-text", {i18n.t(screen.label_id())} }
                        }
                    }
                }
            }
        }
    }
}
