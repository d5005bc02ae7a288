//! The Home screen ("What's next") rendered from the demo dossier at the
//! fixed `now` of tests: Monday 2 March 2026, 9:00 in Paris.

mod common;

use chrono::Duration;
use common::{missing_markers, plain, render, render_demo, visible_text};
use parcours_core::demo::{self, fixed_now};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Lang;
use parcours_mobile::{AppConfig, AppData, Clock};

#[test]
fn home_in_french_shows_what_is_next() {
    let html = render_demo(Lang::Fr, fixed_now());
    let text = plain(&visible_text(&html));

    assert!(html.contains(r#"lang="fr""#), "{html}");
    assert!(html.contains(r#"dir="ltr""#));
    assert!(html.contains("theme-normal"));
    // Landmarks and the heading.
    for tag in ["<header", "<main", "<nav", "<aside", "<h1"] {
        assert!(html.contains(tag), "no {tag}");
    }
    assert!(text.contains("Et maintenant ?"));
    assert!(text.contains("Bonjour Nadia."));

    // Steps: the late one first, marked in words, then by due date; at most 3.
    let late = text
        .find("Donner mes 3 dernières fiches de paie au bailleur")
        .unwrap();
    let declare = text
        .find("Déclarer mes ressources du trimestre à la CAF")
        .unwrap();
    let meeting = text
        .find("S'inscrire à la réunion d'information sur la formation")
        .unwrap();
    assert!(late < declare && declare < meeting);
    assert!(text.contains("En retard"));
    assert!(text.contains("C'était prévu pour le dimanche 1er mars."));
    assert!(text.contains("À faire pour le jeudi 5 mars."));
    assert!(text.contains("En cours"));
    assert!(text.contains("Logement"));
    assert!(
        !text.contains("Prendre rendez-vous à la préfecture"),
        "a 4th step"
    );
    // Only the person's own steps.
    assert!(!text.contains("Étudier la demande de logement"));

    // The next appointment, its date in full, compulsory in words.
    assert!(text.contains("mardi 3 mars à 14 h"));
    assert!(text.contains("Rendez-vous obligatoire"));
    assert!(text.contains("Service social de Lille-Moulins, 12 rue de l'Exemple"));
    assert!(text.contains("Claire Martin"));
    assert!(text.contains("Faire le bilan de mon contrat RSA"));
    assert!(text.contains("Vous avez encore 3 autres rendez-vous après celui-ci."));

    // Documents expiring soon, with their date in full and a badge in words.
    assert!(text.contains("Attestation de carte Vitale"));
    assert!(text.contains("Valable jusqu'au dimanche 22 mars."));
    assert!(text.contains("Titre de séjour"));
    assert!(text.contains("Valable jusqu'au dimanche 31 mai."));
    assert!(text.contains("À renouveler bientôt"));
    assert!(!text.contains("Passeport"));

    // The CAF mandate ends within 30 days.
    assert!(text.contains("Sophie Lefèvre"));
    assert!(text.contains("Sujets : Logement, Argent."));
    assert!(text.contains("Jusqu'au dimanche 22 mars."));
    assert!(text.contains("Finit bientôt"));

    assert!(text.contains("Vous avez 2 nouveaux messages."));

    // Emergency numbers, as links a phone can call.
    for href in [
        "tel:115",
        "tel:3919",
        "tel:17",
        "tel:112",
        "sms:114",
        "#emergency",
    ] {
        assert!(html.contains(&format!(r#"href="{href}""#)), "no {href}");
    }
    assert!(text.contains("Appeler le 115"));
    assert!(text.contains("Envoyer un SMS au 114"));
}

#[test]
fn home_in_english() {
    let html = render_demo(Lang::En, fixed_now());
    let text = visible_text(&html);
    assert!(html.contains(r#"lang="en""#));
    assert!(text.contains("What's next"));
    assert!(text.contains("Hello Nadia."));
    assert!(text.contains("Tuesday 3 March at 14:00"));
    assert!(text.contains("Compulsory appointment"));
    assert!(text.contains("Late"));
    assert!(text.contains("This was planned for Sunday 1 March."));
    assert!(text.contains("Valid until Sunday 22 March."));
    assert!(text.contains("You have 2 new messages."));
    assert!(text.contains("Call 3919"));
    assert!(html.contains(r#"href="tel:3919""#));
}

#[test]
fn home_in_arabic_is_right_to_left() {
    let html = render_demo(Lang::Ar, fixed_now());
    let text = plain(&visible_text(&html));
    assert!(html.contains(r#"lang="ar""#), "{html}");
    assert!(html.contains(r#"dir="rtl""#));
    assert!(!html.contains(r#"dir="ltr""#));
    for words in [
        "وماذا الآن؟",
        "مرحبًا Nadia.",
        "الثلاثاء 3 مارس الساعة 14:00",
        "موعد إجباري",
        "عندك رسالتان جديدتان.",
        "اتصل بالرقم 3919",
    ] {
        assert!(text.contains(words), "no {words} in {text}");
    }
    assert!(html.contains(r#"href="tel:3919""#));
    assert!(missing_markers(&html).is_empty());
    // The page around the app says it too, for the browser and screen readers.
    let page = parcours_mobile::page::html_page(Lang::Ar, "");
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
    let page = parcours_mobile::page::neutral_page(Lang::Ar);
    assert!(page.contains(r#"<html lang="ar" dir="rtl">"#));
}

#[test]
fn home_in_ukrainian() {
    let html = render_demo(Lang::Uk, fixed_now());
    let text = plain(&visible_text(&html));
    assert!(html.contains(r#"lang="uk""#));
    assert!(html.contains(r#"dir="ltr""#));
    for words in [
        "Що далі?",
        "Добрий день, Nadia.",
        "вівторок, 3 березня, 14:00",
        "Обовʼязкова зустріч",
        "У вас 2 нові повідомлення.",
        "Дзвонити 3919",
    ] {
        assert!(text.contains(words), "no {words} in {text}");
    }
    assert!(missing_markers(&html).is_empty());
    let page = parcours_mobile::page::html_page(Lang::Uk, "");
    assert!(page.contains(r#"<html lang="uk" dir="ltr">"#));
}

#[test]
fn a_private_appointment_shows_no_purpose() {
    // Six days on, the next appointment is the private one.
    let now = fixed_now() + Duration::days(6);
    let config = AppConfig {
        data: AppData::in_memory(demo::dossier(fixed_now())),
        ..AppConfig::demo(Lang::Fr, Clock::Fixed(now))
    };
    let text = plain(&visible_text(&render(config)));
    assert!(text.contains("Rendez-vous privé"));
    assert!(text.contains("mardi 10 mars à 11 h"));
    assert!(!text.contains("Rendez-vous pour moi"), "{text}");
    assert!(!text.contains("Pourquoi"));
}

#[test]
fn expired_documents_are_said_in_words() {
    let now = fixed_now() + Duration::days(70);
    let config = AppConfig {
        data: AppData::in_memory(demo::dossier(fixed_now())),
        ..AppConfig::demo(Lang::Fr, Clock::Fixed(now))
    };
    let text = plain(&visible_text(&render(config)));
    assert!(text.contains("Plus valable depuis le dimanche 22 mars."));
    assert!(text.contains("À renouveler vite"));
}

#[test]
fn an_empty_dossier_says_so() {
    let mut dossier: Dossier = demo::dossier(fixed_now());
    dossier.steps.clear();
    dossier.appointments.clear();
    dossier.documents.clear();
    dossier.mandate_statements.clear();
    dossier.messages.clear();
    let config = AppConfig {
        data: AppData::in_memory(dossier),
        ..AppConfig::demo(Lang::Fr, Clock::Fixed(fixed_now()))
    };
    let html = render(config);
    let text = visible_text(&html);
    assert!(text.contains("Vous n'avez rien à faire pour le moment."));
    // The emergency numbers are always there.
    assert!(html.contains(r#"href="tel:115""#));
}

#[test]
fn the_person_high_contrast_setting_picks_the_theme() {
    let mut dossier = demo::dossier(fixed_now());
    dossier.person.accessibility.high_contrast = true;
    let config = AppConfig {
        data: AppData::in_memory(dossier),
        ..AppConfig::demo(Lang::Fr, Clock::Fixed(fixed_now()))
    };
    assert!(render(config).contains("theme-contrast"));
}

#[test]
fn no_message_is_missing_whatever_the_day() {
    for lang in Lang::ALL {
        for days in [0, 1, 2, 4, 6, 21, 70, 400] {
            let now = fixed_now() + Duration::days(days);
            let config = AppConfig {
                data: AppData::in_memory(demo::dossier(fixed_now())),
                ..AppConfig::demo(lang, Clock::Fixed(now))
            };
            let html = render(config);
            let markers = missing_markers(&html);
            assert!(markers.is_empty(), "{lang} +{days} days: {markers:?}");
            let markers = missing_markers(&visible_text(&html));
            assert!(markers.is_empty(), "{lang} +{days} days: {markers:?}");
        }
        let mut empty = demo::dossier(fixed_now());
        empty.steps.clear();
        empty.appointments.clear();
        let html = render(AppConfig {
            data: AppData::in_memory(empty),
            ..AppConfig::demo(lang, Clock::Fixed(fixed_now()))
        });
        assert!(missing_markers(&html).is_empty(), "{lang}: {html}");
    }
}

#[test]
fn the_marker_check_finds_markers() {
    assert_eq!(
        missing_markers("<p>[home-title]</p><a aria-label=\"[x-1]\">"),
        ["[home-title]", "[x-1]"]
    );
    assert!(missing_markers("<p>Bonjour [Nadia]</p>").is_empty());
}
