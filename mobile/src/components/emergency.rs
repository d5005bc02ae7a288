//! Emergency numbers, free and open day and night in France. Shown by the
//! app shell under every screen, reachable from the header link.

use dioxus::prelude::*;

use super::icon::{Icon, IconName};
use crate::i18n::use_i18n;

/// The `id` of the emergency section, the target of the header link.
pub const EMERGENCY_ANCHOR: &str = "emergency";

/// One number and how to reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmergencyNumber {
    pub number: &'static str,
    /// By text message rather than a call (114, for deaf people).
    pub by_sms: bool,
    /// Message id of the action ("Appeler le 115").
    pub action: &'static str,
    /// Message id of what it is for.
    pub what: &'static str,
}

impl EmergencyNumber {
    /// The `tel:` or `sms:` link.
    pub fn href(&self) -> String {
        let scheme = if self.by_sms { "sms" } else { "tel" };
        format!("{scheme}:{}", self.number)
    }
}

/// The numbers, in the order they are shown.
pub const EMERGENCY_NUMBERS: [EmergencyNumber; 5] = [
    EmergencyNumber {
        number: "115",
        by_sms: false,
        action: "emergency-115-action",
        what: "emergency-115-what",
    },
    EmergencyNumber {
        number: "3919",
        by_sms: false,
        action: "emergency-3919-action",
        what: "emergency-3919-what",
    },
    EmergencyNumber {
        number: "17",
        by_sms: false,
        action: "emergency-17-action",
        what: "emergency-17-what",
    },
    EmergencyNumber {
        number: "112",
        by_sms: false,
        action: "emergency-112-action",
        what: "emergency-112-what",
    },
    EmergencyNumber {
        number: "114",
        by_sms: true,
        action: "emergency-114-action",
        what: "emergency-114-what",
    },
];

#[component]
pub fn EmergencyNumbers() -> Element {
    let i18n = use_i18n();
    rsx! {
        aside {
            id: EMERGENCY_ANCHOR,
            class: "emergency",
            "aria-labelledby": "emergency-title",
            h2 { id: "emergency-title",
                Icon { name: IconName::Help }
                span { {i18n.t("emergency-title")} }
            }
            p { {i18n.t("emergency-intro")} }
            ul { class: "calls",
                for n in EMERGENCY_NUMBERS {
                    li { key: "{n.number}",
                        a { class: "call", href: n.href(),
                            span { class: "call-icon",
                                Icon { name: if n.by_sms { IconName::Sms } else { IconName::Phone } }
                            }
                            span { class: "call-text",
                                span { class: "call-action", {i18n.t(n.action)} }
                                " "
                                span { class: "call-what", {i18n.t(n.what)} }
                            }
                        }
                    }
                }
            }
        }
    }
}
