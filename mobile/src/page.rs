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

/// The HTML document around a page: `<html lang dir>`, a viewport that
/// never blocks zooming, no referrer, the title, `style` inline, then `body`.
fn document(lang: Lang, title: &str, style: &str, body: &str) -> String {
    let code = lang.code();
    let dir = I18n::new(lang).dir();
    let title = escape(title);
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
{style}
</style>
</head>
<body>
{body}
</body>
</html>
"#
    )
}

/// A full page: the document with the stylesheet inline, an empty root for
/// the app, and `body_end` (the scripts that start the app) before `</body>`.
pub fn html_page(lang: Lang, body_end: &str) -> String {
    let title = I18n::new(lang).t("page-title");
    document(
        lang,
        &title,
        STYLESHEET,
        &format!("<div id=\"{ROOT_ID}\"></div>\n{body_end}"),
    )
}

/// The neutral page quick exit leaves in the browser: a plain weather
/// page, with no script, and nothing of the person or of the app, not
/// even in its source (its own small style, not the app's stylesheet).
pub fn neutral_page(lang: Lang) -> String {
    let i18n = I18n::new(lang);
    let title = i18n.t("neutral-title");
    let text = escape(&i18n.t("neutral-text"));
    let style = "body { margin: 0; background: #f4f7fb; color: #1f1d1b; font: 1.25rem/1.5 system-ui, sans-serif; }
main { max-width: 42rem; margin: 0 auto; padding: 1.25rem 1rem; }
h1 { margin: 0 0 0.5rem; font-size: 2rem; line-height: 1.2; color: #1f4f8f; }";
    let body = format!(
        "<main>\n<h1>{}</h1>\n<p>{text}</p>\n</main>",
        escape(&title)
    );
    document(lang, &title, style, &body)
}
