//! The menu, quick exit, and every screen in every language.

mod common;

use chrono::Duration;
use common::{Session, attr_of, demo_on, missing_markers, plain, render, visible_text};
use parcours_core::demo::{self, fixed_now};
use parcours_core::i18n::Lang;
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, AppData, Clock};

#[test]
fn the_menu_names_every_screen_and_marks_the_current_one() {
    let html = render(demo_on(Lang::Fr, Screen::Home));
    assert_eq!(
        attr_of(&html, r#"id="app-nav""#, "aria-label").as_deref(),
        Some("Menu principal")
    );
    let text = plain(&visible_text(&html));
    for word in [
        "Accueil",
        "Plan",
        "Contacts",
        "Rendez-vous",
        "Messages",
        "Papiers",
        "Réglages",
    ] {
        assert!(text.contains(word), "no {word}");
    }
    assert_eq!(html.matches(r#"aria-current="page""#).count(), 1);
    assert_eq!(
        attr_of(&html, r#"id="nav-home""#, "aria-current").as_deref(),
        Some("page")
    );
    // Every menu button has a pictogram and a word.
    for screen in Screen::IN_MENU {
        let at = html.find(&format!(r#"id="nav-{}""#, screen.key())).unwrap();
        let button = &html[at..at + html[at..].find("</button>").unwrap()];
        assert!(
            button.contains("<svg") && button.contains(r#"class="nav-text""#),
            "{button}"
        );
    }
}

#[test]
fn moving_through_the_menu() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Home));
    for (screen, title) in [
        ("plan", "Mon plan"),
        ("contacts", "Mes contacts"),
        ("appointments", "Mes rendez-vous"),
        ("messages", "Mes messages"),
        ("safe", "Mes papiers"),
        ("settings", "Réglages"),
        ("home", "Et maintenant\u{a0}?"),
    ] {
        app.click(&format!("nav-{screen}"));
        let html = app.html();
        assert!(
            html.contains(&format!(
                r#"<h1 id="{screen}-title" tabindex="-1">{title}</h1>"#
            )),
            "{screen}: {html}"
        );
        assert_eq!(
            attr_of(&html, &format!(r#"id="nav-{screen}""#), "aria-current").as_deref(),
            Some("page")
        );
        assert_eq!(html.matches(r#"aria-current="page""#).count(), 1);
    }
}

#[test]
fn quick_exit_leaves_only_a_neutral_page() {
    for start in [Screen::Home, Screen::Settings] {
        let mut app = Session::new(demo_on(Lang::Fr, start));
        let button = if start == Screen::Settings {
            "quick-exit-settings"
        } else {
            "quick-exit"
        };
        app.click(button);
        let html = app.html();
        let text = visible_text(&html);
        assert!(text.contains("Météo"), "{html}");
        for secret in [
            "Nadia",
            "Parcours",
            "Claire",
            "rendez-vous",
            "Urgence",
            "115",
        ] {
            assert!(!html.contains(secret), "{secret} still on screen: {html}");
        }
    }
}

#[test]
fn no_message_is_missing_on_any_screen_any_day() {
    for lang in Lang::ALL {
        for screen in Screen::IN_MENU {
            for days in [0, 1, 6, 21, 400] {
                let config = AppConfig {
                    screen,
                    data: AppData::in_memory(demo::dossier(fixed_now())),
                    ..AppConfig::demo(lang, Clock::Fixed(fixed_now() + Duration::days(days)))
                };
                let html = render(config);
                let markers = missing_markers(&html);
                assert!(markers.is_empty(), "{lang} {screen:?} +{days}: {markers:?}");
            }
        }
    }
}

/// French typography (and FALC): a no-break space before ? ! : ; and inside
/// « », never a plain one, in every message of the app.
#[test]
fn french_messages_use_no_break_spaces() {
    let source = include_str!("../../locales/fr/app.ftl");
    for (n, line) in source.lines().enumerate() {
        if line.trim_start().starts_with('#') {
            continue;
        }
        for bad in [" ?", " !", " :", " ;", "« ", " »"] {
            assert!(!line.contains(bad), "line {}: {bad:?} in {line}", n + 1);
        }
        for (i, c) in line.char_indices() {
            if matches!(c, '?' | '!' | ';' | '»') || (c == ':' && !line[..i].ends_with("http")) {
                let before = line[..i].chars().last();
                // "{ $x }:" or start of a word: only check after a space-like character.
                if before.is_some_and(char::is_whitespace) {
                    assert_eq!(before, Some('\u{a0}'), "line {}: {line}", n + 1);
                }
            }
        }
    }
}
