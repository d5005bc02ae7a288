//! Settings: language, text size, contrast, quick exit, about; saved in
//! the person's record through the encrypted store.

mod common;

use common::{
    Session, TestPlatform, demo_on, demo_safe, missing_markers, plain, render, visible_text,
};
use parcours_core::demo::fixed_now;
use parcours_core::i18n::Lang;
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, Clock};

/// Whether the input `id` is checked (dioxus-ssr writes `checked=true`).
fn checked(html: &str, id: &str) -> bool {
    let at = html.find(&format!(r#"id="{id}""#)).unwrap();
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    html[start..end].contains("checked=true")
}

#[test]
fn the_settings_screen_names_each_language_in_itself() {
    let html = render(demo_on(Lang::Fr, Screen::Settings));
    let text = plain(&visible_text(&html));
    assert!(text.contains("Réglages"));
    // Each language in its own words, marked with its language and
    // direction, the same whatever the app's language; no flags.
    let names = [
        (r#"lang="fr" dir="ltr">Français</span>"#, "lang-fr"),
        (r#"lang="en" dir="ltr">English</span>"#, "lang-en"),
        (r#"lang="ar" dir="rtl">العربية</span>"#, "lang-ar"),
        (r#"lang="uk" dir="ltr">Українська</span>"#, "lang-uk"),
    ];
    for lang in Lang::ALL {
        let page = render(demo_on(lang, Screen::Settings));
        for (name, id) in names {
            assert!(
                page.contains(&format!(r#"<span class="choice-text" {name}"#)),
                "{lang}: no {name} in {page}"
            );
            assert_eq!(
                checked(&page, id),
                id == format!("lang-{lang}"),
                "{lang}: {id}"
            );
        }
        let flag = |c: char| ('\u{1F1E6}'..='\u{1F1FF}').contains(&c);
        assert!(!page.chars().any(flag) && !page.contains("flag"), "{lang}");
        assert!(missing_markers(&page).is_empty(), "{lang}");
    }
    // Every control has its label around it; the current choices are checked.
    assert!(checked(&html, "text-100"));
    assert!(!checked(&html, "contrast-high"));
    // Four languages, three sizes, contrast, read aloud (the button shown,
    // two speeds), discreet mode.
    assert_eq!(html.matches("<label").count(), 12);
    assert_eq!(html.matches("<input").count(), 12);
    assert!(!checked(&html, "discreet-on"));
    for words in [
        "Langue",
        "Taille du texte",
        "Normal (100 %)",
        "Grand (150 %)",
        "Très grand (200 %)",
        "Contraste fort (noir sur blanc)",
        "Quitter vite",
        "Une page de météo s'affiche à la place.",
        "À propos de Parcours",
    ] {
        assert!(text.contains(words), "no {words}");
    }
    assert!(text.contains(&format!("Version {}", env!("CARGO_PKG_VERSION"))));
    assert!(html.contains(r#"id="quick-exit-settings""#));
    assert!(missing_markers(&html).is_empty());
}

#[test]
fn settings_change_the_whole_app_and_are_saved_in_the_person_record() {
    let (data, safe) = demo_safe("settings");
    let mut app = Session::new(AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    });
    assert!(app.html().contains(r#"class="app theme-normal text-100""#));

    app.change("text-150");
    assert!(app.html().contains(r#"class="app theme-normal text-150""#));
    assert!(app.text().contains("C'est enregistré."));
    app.change("text-200");
    assert!(app.html().contains("text-200"));

    app.change("contrast-high");
    assert!(
        app.html()
            .contains(r#"class="app theme-contrast text-200""#)
    );

    // In English, everything at once, from the menu to the emergency numbers.
    app.change("lang-en");
    let html = app.html();
    let text = visible_text(&html);
    assert!(html.contains(r#"lang="en""#));
    assert!(text.contains("Settings"));
    assert!(text.contains("Saved."));
    assert!(text.contains("Home"));
    assert!(text.contains("Quick exit"));
    assert!(text.contains("Call 115"));
    assert!(!text.contains("Réglages"));
    assert!(checked(&html, "lang-en"));
    assert!(checked(&html, "text-200"));
    assert!(checked(&html, "contrast-high"));

    let person = data.dossier().person.clone();
    assert_eq!(person.language, Lang::En);
    assert_eq!(person.accessibility.text_scale(), 200);
    assert!(person.accessibility.high_contrast);

    drop(app);
    drop(data);
    assert_eq!(safe.reopen().person, person);
}

#[test]
fn discreet_mode_makes_the_title_neutral_and_the_reminders_timeless() {
    let (data, safe) = demo_safe("discreet");
    let config = AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    };
    let platform = config.platform.clone();
    let mut app = Session::new(config);
    // Before: the reminders say when (the demo has appointments ahead).
    let before = platform.scheduled_reminders();
    assert!(!before.is_empty());
    assert!(before.iter().all(|n| n.body.contains(" h")), "{before:?}");
    let text = app.text();
    assert!(text.contains("Mode discret"));
    assert!(plain(&text).contains("Le titre de la fenêtre devient « Météo »."));

    app.change("discreet-on");
    assert!(checked(&app.html(), "discreet-on"));
    assert!(app.text().contains("C'est enregistré."));
    assert!(data.dossier().person.accessibility.discreet);
    // After: the same reminders, with nothing but "a reminder".
    let after = platform.scheduled_reminders();
    assert_eq!(after.len(), before.len());
    assert!(
        after.iter().all(|n| n.body == "Vous avez un rappel."),
        "{after:?}"
    );
    drop(app);
    drop(data);
    assert!(safe.reopen().person.accessibility.discreet);
}

#[test]
fn discreet_mode_asks_the_platform_for_the_neutral_launcher_entry_and_back() {
    let (data, _safe) = demo_safe("discreet-launcher");
    let platform = TestPlatform::default();
    let config = AppConfig {
        screen: Screen::Settings,
        platform: platform.handle(),
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    };
    let mut app = Session::new(config);
    // Effects run once the app's tasks do.
    app.settle();
    // At start, Parcours's own entry; asked once, not at every drawing.
    assert_eq!(platform.launcher(), vec![false]);
    app.change("text-150");
    app.settle();
    assert_eq!(platform.launcher(), vec![false]);
    app.change("discreet-on");
    app.settle();
    assert_eq!(platform.launcher(), vec![false, true]);
    app.change("discreet-on");
    app.settle();
    assert_eq!(platform.launcher(), vec![false, true, false]);
}

#[test]
fn the_safes_folder_is_kept_out_of_the_platforms_backups_when_the_app_opens() {
    let (data, _safe) = demo_safe("backup-exclusion");
    let dir = data.safe_dir().expect("a safe");
    let platform = TestPlatform::default();
    let mut app = Session::new(AppConfig {
        platform: platform.handle(),
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    });
    app.settle();
    app.click("nav-plan");
    app.settle();
    // Once, the safe's own folder.
    assert_eq!(platform.excluded(), vec![dir]);
    // Nothing to keep out for data in memory.
    let memory = TestPlatform::default();
    let _app = Session::new(AppConfig {
        platform: memory.handle(),
        ..AppConfig::demo(Lang::Fr, Clock::Fixed(fixed_now()))
    });
    assert!(memory.excluded().is_empty());
}
