//! Helpers shared by the component tests.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use dioxus::prelude::*;
use parcours_core::i18n::Lang;
use parcours_mobile::app::AppProps;
use parcours_mobile::{App, AppConfig, Clock};

/// The whole app rendered to HTML, as the first frame a browser gets.
pub fn render(config: AppConfig) -> String {
    let mut vdom = VirtualDom::new_with_props(App, AppProps { config });
    vdom.rebuild_in_place();
    dioxus_ssr::render(&vdom)
}

/// The demo app in `lang` at `now`.
pub fn render_demo(lang: Lang, now: DateTime<Utc>) -> String {
    render(AppConfig::demo(lang, Clock::Fixed(now)))
}

/// The text a person sees: tags removed, entities decoded, spaces collapsed.
pub fn visible_text(html: &str) -> String {
    let mut raw = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                raw.push(' ');
            }
            '>' if in_tag => in_tag = false,
            c if !in_tag => raw.push(c),
            _ => {}
        }
    }
    decode_entities(&raw)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn decode_entities(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|&e| e <= 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let decoded = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            e if e.starts_with("#x") || e.starts_with("#X") => u32::from_str_radix(&e[2..], 16)
                .ok()
                .and_then(char::from_u32),
            e if e.starts_with('#') => e[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match decoded {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every `[message-id]` marker (a missing translation) in `s`.
pub fn missing_markers(s: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('[') {
        rest = &rest[i + 1..];
        if let Some(end) = rest.find(']') {
            let inner = &rest[..end];
            if !inner.is_empty()
                && inner
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            {
                found.push(format!("[{inner}]"));
            }
        }
    }
    found
}

/// `text` with non-breaking spaces made plain, for comparisons.
pub fn plain(text: &str) -> String {
    text.replace(['\u{a0}', '\u{202f}'], " ")
}
