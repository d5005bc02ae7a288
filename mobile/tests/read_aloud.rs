//! "Read aloud": the button next to every screen's title (in each
//! language), the settings that hide it and slow the voice (saved in the
//! person's record), and no button where the build cannot read aloud.
//! What the button reads and asks the browser is checked in the browser
//! suite (`tests/browser/read_aloud.mjs`).

mod common;

use common::{Session, TestPlatform, demo_on, demo_safe, plain, render, visible_text};
use parcours_core::demo::fixed_now;
use parcours_core::i18n::Lang;
use parcours_core::person::SpeechRate;
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, AppData, Clock};

const SCREENS: [Screen; 8] = [
    Screen::Home,
    Screen::Plan,
    Screen::Contacts,
    Screen::Appointments,
    Screen::Messages,
    Screen::Settings,
    Screen::Mandates,
    Screen::Safe,
];

/// The read-aloud button's opening tag and what it says, if it is there.
fn button(html: &str) -> Option<(String, String)> {
    let at = html.find(r#"id="read-aloud""#)?;
    let start = html[..at].rfind("<button").unwrap();
    let end = start + html[start..].find("</button>").unwrap();
    let tag_end = start + html[start..].find('>').unwrap();
    Some((
        html[start..=tag_end].to_owned(),
        plain(&visible_text(&html[start..end])),
    ))
}

#[test]
fn every_screen_has_the_button_right_after_its_title_in_each_language() {
    let labels = [
        (Lang::Fr, "Lire à voix haute"),
        (Lang::En, "Read aloud"),
        (Lang::Ar, "قراءة بصوت عالٍ"),
        (Lang::Uk, "Читати вголос"),
    ];
    for (lang, label) in labels {
        for screen in SCREENS {
            let html = render(demo_on(lang, screen));
            let (tag, text) =
                button(&html).unwrap_or_else(|| panic!("{lang} {screen:?}: no button"));
            assert_eq!(text.trim(), label, "{lang} {screen:?}");
            assert!(tag.contains(r#"type="button""#), "{tag}");
            assert!(
                tag.contains(r#"aria-describedby="read-aloud-status""#),
                "{tag}"
            );
            // Right after the title, in the title's row, itself left out
            // of what is read.
            let title = html
                .find(&format!(r#"id="{}""#, screen.heading_id()))
                .unwrap();
            let row = html[..title].rfind(r#"<div class="screen-title""#).unwrap();
            let own = html
                .find(r#"<div class="read-aloud" data-no-read="true""#)
                .unwrap();
            let at = html.find(r#"id="read-aloud""#).unwrap();
            assert!(row < title && title < own && own < at, "{lang} {screen:?}");
            assert!(html[title..at].matches("<h1").count() == 0);
            // One button, and a pictogram hidden from screen readers.
            assert_eq!(html.matches(r#"id="read-aloud""#).count(), 1);
            let svg = html[at..].find("<svg").unwrap() + at;
            assert!(html[svg..svg + 400].contains(r#"aria-hidden="true""#));
            // The line that says why nothing was read is there, empty.
            assert!(
                html.contains(
                    r#"<p id="read-aloud-status" class="read-aloud-status" role="status"></p>"#
                ),
                "{lang} {screen:?}"
            );
        }
    }
}

#[test]
fn a_build_that_cannot_read_aloud_shows_no_button_and_no_setting() {
    for screen in SCREENS {
        let platform = TestPlatform::default().without_speech();
        let html = render(AppConfig {
            platform: platform.handle(),
            ..demo_on(Lang::Fr, screen)
        });
        assert!(button(&html).is_none(), "{screen:?}");
        assert!(!html.contains("read-aloud"), "{screen:?}");
        assert!(html.contains(screen.heading_id()));
    }
}

#[test]
fn when_the_page_cannot_give_its_text_the_screen_says_nothing_was_read() {
    // No browser here: the script that gathers the screen's text gets no
    // answer, so nothing is read, and the screen says so in words.
    let mut app = Session::new(AppConfig {
        platform: TestPlatform::default().handle(),
        ..demo_on(Lang::Fr, Screen::Plan)
    });
    assert!(!app.text().contains("n'a pas marché"));
    app.click("read-aloud");
    app.settle();
    let text = app.text();
    assert!(
        text.contains("La lecture à voix haute n'a pas marché. Réessayez."),
        "{text}"
    );
    // The button is back to "Read aloud", not stuck on "Stop".
    assert_eq!(button(&app.html()).unwrap().1.trim(), "Lire à voix haute");
}

#[test]
fn the_settings_hide_the_button_and_slow_the_voice_and_are_saved() {
    let (data, safe) = demo_safe("read-aloud");
    let mut app = Session::new(AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    });
    let text = app.text();
    for words in [
        "Lire à voix haute",
        "Montrer le bouton « Lire à voix haute »",
        "Vitesse de la voix",
        "Normale",
        "Plus lente",
    ] {
        assert!(text.contains(words), "no {words} in {text}");
    }
    let html = app.html();
    assert!(html.contains(r#"id="read-aloud-on""#));
    assert!(checked(&html, "read-aloud-on"));
    assert!(checked(&html, "speech-normal") && !checked(&html, "speech-slower"));

    app.change("speech-slower");
    assert!(checked(&app.html(), "speech-slower"));
    assert!(app.text().contains("C'est enregistré."));
    assert_eq!(
        data.dossier().person.accessibility.speech_rate,
        SpeechRate::Slower
    );

    app.change("read-aloud-on");
    let html = app.html();
    assert!(!checked(&html, "read-aloud-on"));
    assert!(button(&html).is_none(), "the button is still there");
    // The setting stays, to bring the button back.
    assert!(html.contains(r#"id="read-aloud-on""#));
    assert!(!data.dossier().person.accessibility.read_aloud_button);

    let person = data.dossier().person.clone();
    drop(app);
    drop(data);
    let reopened = safe.reopen().person;
    assert_eq!(reopened, person);
    assert!(!reopened.accessibility.read_aloud_button);
    assert_eq!(reopened.accessibility.speech_rate, SpeechRate::Slower);

    // Every other screen follows: no button anywhere.
    let mut dossier = safe.reopen();
    dossier.person.accessibility.read_aloud_button = false;
    let hidden = AppData::in_memory(dossier);
    for screen in SCREENS {
        let html = render(AppConfig {
            screen,
            ..AppConfig::with_data(Lang::Ar, Clock::Fixed(fixed_now()), hidden.clone())
        });
        assert!(button(&html).is_none(), "{screen:?}");
    }
    app = Session::new(AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), hidden.clone())
    });
    app.change("read-aloud-on");
    assert!(button(&app.html()).is_some());
}

/// Whether the input `id` is checked (dioxus-ssr writes `checked=true`).
fn checked(html: &str, id: &str) -> bool {
    let at = html.find(&format!(r#"id="{id}""#)).unwrap();
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    html[start..end].contains("checked=true")
}
