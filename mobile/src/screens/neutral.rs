//! The neutral page quick exit leaves on screen: a plain weather page,
//! with nothing of the person, of Parcours or of social support on it.

use dioxus::prelude::*;

use crate::components::{Icon, IconName};
use crate::i18n::use_i18n;

/// The `id` of the neutral page's title.
pub const NEUTRAL_HEADING: &str = "neutral-title";

#[component]
pub fn Neutral() -> Element {
    let i18n = use_i18n();
    rsx! {
        div { class: "app theme-normal neutral", lang: i18n.lang().code(), dir: i18n.dir(),
            main { id: "content",
                h1 { id: NEUTRAL_HEADING,
                    Icon { name: IconName::Cloud }
                    span { {i18n.t("neutral-title")} }
                }
                p { {i18n.t("neutral-text")} }
            }
        }
    }
}
