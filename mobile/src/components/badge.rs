//! A badge: a short state in words, with a pictogram. Colour only repeats
//! what the words say, never replaces them.

use dioxus::prelude::*;

use super::icon::{Icon, IconName};

/// How much a badge calls for attention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    /// Late, expired: act now.
    Alert,
    /// Compulsory, ending soon: be careful.
    Warn,
    /// A plain state ("in progress").
    Info,
    /// Done, confirmed.
    Success,
    Neutral,
}

impl Tone {
    fn class(self) -> &'static str {
        match self {
            Tone::Alert => "badge badge-alert",
            Tone::Warn => "badge badge-warn",
            Tone::Info => "badge badge-info",
            Tone::Success => "badge badge-success",
            Tone::Neutral => "badge badge-neutral",
        }
    }
}

/// A state in words with its pictogram.
#[component]
pub fn Badge(tone: Tone, icon: IconName, text: String) -> Element {
    rsx! {
        span { class: tone.class(),
            Icon { name: icon }
            span { {text} }
        }
    }
}
