//! My appointments, from the demo dossier at the fixed `now` of tests
//! (Monday 2 March 2026, 9:00 in Paris).

mod common;

use common::{
    Session, attr_of, data_url_text, demo_on, demo_safe, missing_markers, plain, render,
    visible_text,
};
use parcours_core::appointment::AppointmentStatus;
use parcours_core::demo::{self, fixed_now};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Lang;
use parcours_mobile::exports::ics;
use parcours_mobile::i18n::I18n;
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, Clock};

fn status(d: &Dossier, id: &str) -> AppointmentStatus {
    d.appointments
        .iter()
        .find(|a| a.id.as_str() == id)
        .unwrap()
        .status()
}

#[test]
fn upcoming_then_past_each_in_full() {
    let html = render(demo_on(Lang::Fr, Screen::Appointments));
    let text = plain(&visible_text(&html));
    let upcoming = text.find("Vos rendez-vous à venir").unwrap();
    let rsa = text.find("mardi 3 mars à 14 h").unwrap();
    let info = text.find("samedi 7 mars à 9 h 30").unwrap();
    let private = text.find("mardi 10 mars à 11 h").unwrap();
    let pmi = text.find("mardi 17 mars à 10 h").unwrap();
    let past = text.find("Vos rendez-vous passés").unwrap();
    let ft = text.find("samedi 21 février à 14 h").unwrap();
    let caf = text.find("lundi 9 février à 10 h").unwrap();
    assert!(upcoming < rsa && rsa < info && info < private && private < pmi && pmi < past);
    assert!(past < ft && ft < caf, "most recent first");
    assert!(text.contains("Jusqu'à 15 h."));

    // Place, with whom, why, what to bring, status and compulsory in words.
    assert!(text.contains("Service social de Lille-Moulins, 12 rue de l'Exemple"));
    assert!(text.contains("Avec qui Claire Martin"));
    assert!(text.contains("Pourquoi Faire le bilan de mon contrat RSA"));
    assert!(text.contains(
        "À apporter Ma carte d'identité ou mon passeport Mes 2 dernières fiches de paie"
    ));
    assert!(
        text.contains("Papiers de votre coffre-fort à montrer Passeport Fiche de paie de décembre")
    );
    assert!(text.contains("Rendez-vous obligatoire"));
    assert!(text.contains("Si vous n'y allez pas, vos aides peuvent être arrêtées."));
    for s in ["Confirmé", "Prévu", "J'y suis allé", "Manqué"] {
        assert!(text.contains(s), "no {s}");
    }
    // Past appointments have nothing to answer.
    assert!(!html.contains(r#"id="appt-confirm-a-ft-passe""#));
    assert!(!html.contains(r#"download="rendez-vous-2026-02-21.ics""#));
    assert!(missing_markers(&html).is_empty());
}

#[test]
fn a_private_appointment_never_shows_its_purpose() {
    let html = render(demo_on(Lang::Fr, Screen::Appointments));
    let text = plain(&visible_text(&html));
    assert!(text.contains("Rendez-vous privé"));
    assert!(!html.contains("Rendez-vous pour moi"), "the purpose leaked");
    // Not in its calendar file either (the links are percent-encoded: decode them all).
    let mut rest = html.as_str();
    let mut files = 0;
    while let Some(i) = rest.find("data:text/calendar") {
        let end = rest[i..].find('"').unwrap();
        let content = data_url_text(&rest[i..i + end]);
        assert!(!content.contains("Rendez-vous pour moi"), "{content}");
        files += 1;
        rest = &rest[i + end..];
    }
    assert_eq!(files, 4, "one calendar file per upcoming appointment");
    assert!(
        text.contains("Dans votre agenda, ce rendez-vous s'appelle seulement « Rendez-vous ».")
    );
}

#[test]
fn cancelling_the_compulsory_appointment_warns_first_and_asks_twice() {
    let (data, safe) = demo_safe("appointments-compulsory");
    let mut app = Session::new(AppConfig {
        screen: Screen::Appointments,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    });
    let warning = "Attention : ce rendez-vous est obligatoire.";
    let what_may_happen = "Si vous n'y allez pas, vos aides peuvent être arrêtées.";
    assert!(!app.text().contains(warning));

    // The first tap only warns: what may happen, and a better way.
    app.click("appt-cancel-a-rsa");
    let text = app.text();
    let at = text.find(warning).expect("the warning");
    assert!(text[at..].contains(what_may_happen));
    assert!(text[at..].contains("Si vous ne pouvez pas venir, demandez plutôt une autre date."));
    assert!(app.has("appt-warning-new-date-a-rsa"));
    assert_eq!(
        status(&data.dossier(), "a-rsa"),
        AppointmentStatus::Confirmed
    );

    // Backing out keeps it.
    app.click("appt-keep-a-rsa");
    assert!(!app.text().contains(warning));
    assert!(app.has("appt-cancel-a-rsa"));
    assert_eq!(
        status(&data.dossier(), "a-rsa"),
        AppointmentStatus::Confirmed
    );

    // "I still want to cancel" asks once more; only then is it cancelled.
    app.click("appt-cancel-a-rsa");
    app.click("appt-cancel-anyway-a-rsa");
    assert!(
        app.text()
            .contains("Dernière question : vous annulez vraiment ce rendez-vous obligatoire ?")
    );
    assert_eq!(
        status(&data.dossier(), "a-rsa"),
        AppointmentStatus::Confirmed
    );
    app.click("appt-cancel-final-a-rsa");
    let text = app.text();
    assert!(text.contains("Le rendez-vous est annulé. Prévenez aussi la personne du rendez-vous."));
    assert!(text.contains("Annulé par moi"));
    assert_eq!(
        status(&data.dossier(), "a-rsa"),
        AppointmentStatus::CancelledByMe
    );

    drop(app);
    drop(data);
    assert_eq!(
        status(&safe.reopen(), "a-rsa"),
        AppointmentStatus::CancelledByMe
    );
}

#[test]
fn a_normal_appointment_asks_once_and_can_be_confirmed() {
    let (data, safe) = demo_safe("appointments-normal");
    let mut app = Session::new(AppConfig {
        screen: Screen::Appointments,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data.clone())
    });
    app.click("appt-confirm-a-formation");
    assert!(
        app.text()
            .contains("C'est noté : vous avez confirmé ce rendez-vous.")
    );
    assert_eq!(
        status(&data.dossier(), "a-formation"),
        AppointmentStatus::Confirmed
    );
    assert!(!app.has("appt-confirm-a-formation"));

    app.click("appt-cancel-a-formation");
    let text = app.text();
    assert!(text.contains("Vous voulez annuler ce rendez-vous ?"));
    assert!(!text.contains("Attention : ce rendez-vous est obligatoire."));
    app.click("appt-cancel-yes-a-formation");
    assert_eq!(
        status(&data.dossier(), "a-formation"),
        AppointmentStatus::CancelledByMe
    );

    app.click("appt-new-date-a-pmi");
    assert!(
        app.text()
            .contains("C'est noté : vous voulez une autre date.")
    );
    assert_eq!(
        status(&data.dossier(), "a-pmi"),
        AppointmentStatus::NewDateAsked
    );

    drop(app);
    drop(data);
    let saved = safe.reopen();
    assert_eq!(
        status(&saved, "a-formation"),
        AppointmentStatus::CancelledByMe
    );
    assert_eq!(status(&saved, "a-pmi"), AppointmentStatus::NewDateAsked);
}

#[test]
fn the_calendar_file_follows_rfc_5545() {
    let dossier = demo::dossier(fixed_now());
    let i18n = I18n::new(Lang::Fr);
    let rsa = dossier
        .appointments
        .iter()
        .find(|a| a.id.as_str() == "a-rsa")
        .unwrap();
    let file = ics(&i18n, rsa, fixed_now());
    assert!(
        file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:"),
        "{file}"
    );
    assert!(file.ends_with("END:VEVENT\r\nEND:VCALENDAR\r\n"));
    for line in [
        "BEGIN:VEVENT",
        "UID:a-rsa@parcours.invalid",
        "DTSTAMP:20260302T080000Z",
        // 14:00 in Paris in winter is 13:00 UTC.
        "DTSTART:20260303T130000Z",
        "DTEND:20260303T140000Z",
        "SUMMARY:Faire le bilan de mon contrat RSA",
        "LOCATION:Service social de Lille-Moulins\\, 12 rue de l'Exemple",
        "STATUS:CONFIRMED",
    ] {
        assert!(
            file.contains(&format!("\r\n{line}\r\n")),
            "no {line} in {file}"
        );
    }
    let unfolded = file.replace("\r\n ", "");
    assert!(unfolded.contains("DESCRIPTION:Rendez-vous obligatoire\\nÀ apporter\u{a0}: Ma carte d'identité ou mon passeport\\, Mes 2 dernières fiches de paie\r\n"), "{unfolded}");
    for line in file.split("\r\n") {
        assert!(line.len() <= 75, "{line}");
        assert!(!line.contains('\n') && !line.contains('\r'));
    }

    // A private appointment has a neutral summary and no description.
    let private = dossier.appointments.iter().find(|a| a.private).unwrap();
    let file = ics(&i18n, private, fixed_now());
    assert!(file.contains("\r\nSUMMARY:Rendez-vous\r\n"), "{file}");
    assert!(!file.contains(private.purpose()));
    let event: String = file.split("BEGIN:VALARM").next().unwrap().to_owned();
    assert!(!event.contains("DESCRIPTION"), "{event}");

    // The link on screen downloads exactly this file, as text/calendar.
    let html = render(demo_on(Lang::Fr, Screen::Appointments));
    let href = attr_of(&html, r#"download="rendez-vous-2026-03-03.ics""#, "href").unwrap();
    assert!(href.starts_with("data:text/calendar;charset=utf-8,"));
    assert_eq!(data_url_text(&href), ics(&i18n, rsa, fixed_now()));
    assert_eq!(
        attr_of(
            &html,
            r#"download="rendez-vous-2026-03-03.ics""#,
            "aria-label"
        )
        .as_deref(),
        Some("Ajouter à mon agenda\u{a0}: rendez-vous du mardi 3 mars à 14 h")
    );
}

#[test]
fn appointments_in_english() {
    let html = render(demo_on(Lang::En, Screen::Appointments));
    let text = visible_text(&html);
    assert!(text.contains("My appointments"));
    assert!(text.contains("Tuesday 3 March at 14:00"));
    assert!(text.contains("Until 15:00."));
    assert!(text.contains("Compulsory appointment"));
    assert!(text.contains("Private appointment"));
    assert!(text.contains("I confirm: I will come"));
    assert!(html.contains(r#"download="appointment-2026-03-03.ics""#));
    assert!(missing_markers(&html).is_empty());
}
