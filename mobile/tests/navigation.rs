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
    // Six screens, in this order; Settings is not one of them.
    let nav = &html[html.find(r#"id="nav-list""#).unwrap()..];
    let nav = &nav[..nav.find("</ul>").unwrap()];
    let words: Vec<String> = nav
        .split(r#"class="nav-text">"#)
        .skip(1)
        .map(|s| plain(&s[..s.find('<').unwrap()]))
        .collect();
    assert_eq!(
        words,
        [
            "Accueil",
            "Plan",
            "Rendez-vous",
            "Messages",
            "Papiers",
            "Contacts"
        ]
    );
    assert_eq!(Screen::IN_MENU.len(), 6);
    assert!(!Screen::IN_MENU.contains(&Screen::Settings));
    assert!(
        !nav.contains("settings") && !nav.contains("Réglages"),
        "{nav}"
    );
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
fn settings_is_a_labelled_button_of_the_header_after_quick_exit_and_emergency() {
    for lang in Lang::ALL {
        let html = render(demo_on(lang, Screen::Home));
        let header = &html[html.find("<header").unwrap()..html.find("</header>").unwrap()];
        let settings = header
            .find(r#"id="header-settings""#)
            .expect("the settings button is in the header");
        let exit = header.find(r#"id="quick-exit""#).unwrap();
        let emergency = header.find(r#"class="emergency-link""#).unwrap();
        // The same order on every screen: quick exit, emergency, settings.
        assert!(exit < emergency && emergency < settings, "{lang}: {header}");
        let button = &header[settings..];
        let button = &button[..button.find("</button>").unwrap()];
        let title = match lang {
            Lang::Fr => "Réglages",
            Lang::En => "Settings",
            Lang::Ar => "الإعدادات",
            Lang::Uk => "Налаштування",
        };
        // A gear, the word, and the word as its name when the gear is alone.
        assert!(button.contains("<svg"), "{lang}: {button}");
        assert!(
            button.contains(&format!(
                r#"<span class="header-settings-text">{title}</span>"#
            )),
            "{lang}: {button}"
        );
        assert_eq!(
            attr_of(&html, r#"id="header-settings""#, "aria-label").as_deref(),
            Some(title),
            "{lang}"
        );
        assert_eq!(
            attr_of(&html, r#"id="header-settings""#, "type").as_deref(),
            Some("button")
        );
        assert_eq!(
            attr_of(&html, r#"id="header-settings""#, "aria-current"),
            None
        );
    }
}

#[test]
fn moving_through_the_menu_and_to_the_settings() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Home));
    for (screen, button, title) in [
        ("plan", "nav-plan", "Mon plan"),
        ("appointments", "nav-appointments", "Mes rendez-vous"),
        ("messages", "nav-messages", "Mes messages"),
        ("safe", "nav-safe", "Mes papiers"),
        ("contacts", "nav-contacts", "Mes contacts"),
        ("settings", "header-settings", "Réglages"),
        ("home", "nav-home", "Et maintenant\u{a0}?"),
    ] {
        app.click(button);
        let html = app.html();
        assert!(
            html.contains(&format!(
                r#"<h1 id="{screen}-title" tabindex="-1">{title}</h1>"#
            )),
            "{screen}: {html}"
        );
        assert_eq!(
            attr_of(&html, &format!(r#"id="{button}""#), "aria-current").as_deref(),
            Some("page")
        );
        // Settings' button has a twin in the folded menu's bar (shown
        // instead of the header's with large text on a small screen).
        let marked = if screen == "settings" {
            assert_eq!(
                attr_of(&html, r#"id="nav-top-settings""#, "aria-current").as_deref(),
                Some("page")
            );
            2
        } else {
            1
        };
        assert_eq!(html.matches(r#"aria-current="page""#).count(), marked);
    }
}

#[test]
fn the_folded_menu_bar_has_the_settings_after_the_emergency_numbers() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Plan));
    let html = app.html();
    let bar = &html[html.find(r#"class="nav-top""#).unwrap()..];
    let bar = &bar[..bar.find(r#"id="nav-list""#).unwrap()];
    let emergency = bar.find("nav-emergency").unwrap();
    let settings = bar.find(r#"id="nav-top-settings""#).unwrap();
    assert!(emergency < settings, "{bar}");
    assert_eq!(
        attr_of(&html, r#"id="nav-top-settings""#, "aria-label").as_deref(),
        Some("Réglages")
    );
    app.click("nav-top-settings");
    assert!(app.html().contains(r#"<h1 id="settings-title""#));
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
        // The menu's screens, and those reached otherwise.
        for screen in Screen::IN_MENU
            .into_iter()
            .chain([Screen::Settings, Screen::Mandates])
        {
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
