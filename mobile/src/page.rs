//! The HTML page that hosts the app: language, viewport, title, stylesheet.
//! Used by the preview server and the desktop window.

use parcours_core::i18n::Lang;

use crate::i18n::I18n;

/// The app's stylesheet (`assets/parcours.css`), built into the binary.
pub const STYLESHEET: &str = include_str!("../../assets/parcours.css");

/// The `id` of the element the app is mounted in.
pub const ROOT_ID: &str = "main";

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A full page: `<html lang dir>`, a viewport that never blocks zooming,
/// the title, the stylesheet inline, an empty root for the app, and `body_end`
/// (the scripts that start the app) before `</body>`.
pub fn html_page(lang: Lang, body_end: &str) -> String {
    let i18n = I18n::new(lang);
    let title = escape(&i18n.t("page-title"));
    let code = lang.code();
    let dir = i18n.dir();
    format!(
        r#"<!DOCTYPE html>
<html lang="{code}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<link rel="icon" href="data:,">
<style>
{STYLESHEET}
</style>
</head>
<body>
<div id="{ROOT_ID}"></div>
{body_end}
</body>
</html>
"#
    )
}

/// The neutral page quick exit leaves in the browser: a plain weather
/// page, with no script, and nothing of the person or of the app, not
/// even in its source (its own small style, not the app's stylesheet).
pub fn neutral_page(lang: Lang) -> String {
    let i18n = I18n::new(lang);
    let title = escape(&i18n.t("neutral-title"));
    let text = escape(&i18n.t("neutral-text"));
    let code = lang.code();
    let dir = i18n.dir();
    format!(
        r#"<!DOCTYPE html>
<html lang="{code}" dir="{dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{title}</title>
<link rel="icon" href="data:,">
<style>
body {{ margin: 0; background: #f4f7fb; color: #1f1d1b; font: 1.25rem/1.5 system-ui, sans-serif; }}
main {{ max-width: 42rem; margin: 0 auto; padding: 1.25rem 1rem; }}
h1 {{ margin: 0 0 0.5rem; font-size: 2rem; line-height: 1.2; color: #1f4f8f; }}
</style>
</head>
<body>
<main>
<h1>{title}</h1>
<p>{text}</p>
</main>
</body>
</html>
"#
    )
}
