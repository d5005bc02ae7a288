//! Who can do what for me, and who opened what, from the demo dossier at
//! the fixed `now` of tests (Monday 2 March 2026, 9:00 in Paris).

mod common;

use chrono::{DateTime, Duration, Utc};
use common::{Session, demo_on, demo_safe, missing_markers, plain, render, visible_text};
use parcours_core::demo::{self, fixed_now};
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Lang;
use parcours_core::keystore::Keystore;
use parcours_core::mandate::MandateKind;
use parcours_core::mandate::verify::Standing;
use parcours_core::safe::Safe;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::Pin;
use parcours_core::sync::engine::SyncState;
use parcours_core::sync::wire::{AccessEntry, AccessKind};
use parcours_mobile::screens::Screen;
use parcours_mobile::{AppConfig, AppData, Clock};

/// Where the mandate `id` stands at `now`, as the verifier decides.
fn standing(d: &Dossier, id: &str, now: DateTime<Utc>) -> Standing {
    d.mandates(now)
        .grants
        .iter()
        .find(|g| g.mandate.id.as_str() == id)
        .unwrap_or_else(|| panic!("no mandate {id}"))
        .standing
        .clone()
}

fn on_mandates(data: AppData) -> Session {
    Session::new(AppConfig {
        screen: Screen::Mandates,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data)
    })
}

#[test]
fn mandates_in_force_are_plain_sentences_with_their_end_in_full() {
    let html = render(demo_on(Lang::Fr, Screen::Mandates));
    assert!(
        missing_markers(&html).is_empty(),
        "{:?}",
        missing_markers(&html)
    );
    let text = plain(&visible_text(&html));
    assert!(text.contains("Qui peut agir pour moi"));
    // The soonest to end first: who, what they may do, until when in full.
    let caf = text
        .find(
            "Sophie Lefèvre (Caisse d'allocations familiales (CAF) du Nord) \
             Peut parler de votre situation avec votre référente ou votre référent. \
             Sujets : Logement, Argent. Finit bientôt Jusqu'au dimanche 22 mars 2026.",
        )
        .expect("the CAF mandate, ending soon in words");
    let chrs = text
        .find("Julie Roux (Centre d'hébergement La Passerelle (CHRS)) Peut voir ce papier : Titre de séjour. Jusqu'au jeudi 16 avril 2026.")
        .expect("the CHRS mandate");
    let bailleur = text
        .find("Lille Habitat Solidaire, bailleur social Peut voir ces papiers : Fiches de paie. Jusqu'au vendredi 1er mai 2026.")
        .expect("the landlord's mandate");
    let referent = text
        .find("Claire Martin (Département du Nord, service social de Lille-Moulins) Peut suivre tout votre parcours et parler aux autres services pour vous. Jusqu'au vendredi 1er janvier 2027.")
        .expect("the coordination mandate");
    assert!(caf < chrs && chrs < bailleur && bailleur < referent);
    // "Ends soon" is written, once: only the CAF mandate ends within 30 days.
    assert_eq!(text.matches("Finit bientôt").count(), 1);
    // Each can be stopped; only the one ending soon offers a renewal.
    for id in [
        "mn-caf",
        "mn-chrs-titre",
        "mn-bailleur-paie",
        "mn-coordination",
    ] {
        assert!(
            html.contains(&format!(r#"id="mandate-revoke-{id}""#)),
            "{id}"
        );
    }
    assert!(html.contains(r#"id="mandate-renew-mn-caf""#));
    assert_eq!(html.matches(r#"id="mandate-renew-"#).count(), 1);
    assert!(text.contains("Autorisations passées Pas d'autorisation passée."));
    // Non-breaking spaces before the colon, as French writes it.
    assert!(html.contains("Sujets\u{a0}: Logement, Argent."));

    let en = plain(&visible_text(&render(demo_on(Lang::En, Screen::Mandates))));
    assert!(en.contains("Who can do what for me"));
    assert!(en.contains("Ends soon"));
    assert!(en.contains("Past permissions"));
}

#[test]
fn ended_mandates_are_listed_as_past_with_what_happened() {
    let later = fixed_now() + Duration::days(25);
    let data = AppData::in_memory(demo::dossier(fixed_now()));
    let html = render(AppConfig {
        screen: Screen::Mandates,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(later), data)
    });
    let text = plain(&visible_text(&html));
    let past = text.find("Autorisations passées").unwrap();
    let caf = text.find("Sophie Lefèvre").unwrap();
    assert!(caf > past, "the CAF mandate ended: {text}");
    assert!(text[past..].contains("Elle s'est finie le dimanche 22 mars 2026."));
    assert!(!html.contains(r#"id="mandate-revoke-mn-caf""#));
}

#[test]
fn stopping_a_mandate_says_what_happens_and_needs_a_second_tap() {
    let (data, safe) = demo_safe("mandates-revoke");
    let now = fixed_now();
    let mut app = on_mandates(data.clone());
    let question = "Voulez-vous arrêter cette autorisation ?";

    // The first tap only says what will happen.
    app.click("mandate-revoke-mn-chrs-titre");
    let text = app.text();
    let at = text.find(question).expect("the question");
    assert!(text[at..].contains(
        "Si vous touchez « Oui, arrêter », Julie Roux (Centre d'hébergement La Passerelle (CHRS)) ne pourra plus faire cela pour vous. Cela s'arrête tout de suite."
    ));
    assert!(app.has("mandate-question-mn-chrs-titre"));
    assert_eq!(
        standing(&data.dossier(), "mn-chrs-titre", now),
        Standing::InForce
    );

    // Backing out keeps it.
    app.click("mandate-revoke-no-mn-chrs-titre");
    assert!(!app.text().contains(question));
    assert_eq!(
        standing(&data.dossier(), "mn-chrs-titre", now),
        Standing::InForce
    );

    // Second tap: stopped, signed on the safe, said plainly.
    app.click("mandate-revoke-mn-chrs-titre");
    app.click("mandate-revoke-yes-mn-chrs-titre");
    let text = app.text();
    assert!(
        text.contains("C'est fait. Cette autorisation est arrêtée."),
        "{text}"
    );
    assert_eq!(
        standing(&data.dossier(), "mn-chrs-titre", now),
        Standing::Revoked { at: now }
    );
    assert!(!app.has("mandate-revoke-mn-chrs-titre"));
    let past = text.find("Autorisations passées").unwrap();
    assert!(text[past..].contains("Julie Roux"));
    assert!(text[past..].contains("Vous l'avez arrêtée le lundi 2 mars 2026."));
    // The others are untouched.
    assert_eq!(standing(&data.dossier(), "mn-caf", now), Standing::InForce);

    // Saved: opened again from the disk, it is still stopped.
    drop(app);
    drop(data);
    assert_eq!(
        standing(&safe.reopen(), "mn-chrs-titre", now),
        Standing::Revoked { at: now }
    );
}

#[test]
fn renewing_a_mandate_ending_soon_makes_a_new_one_in_force() {
    let (data, safe) = demo_safe("mandates-renew");
    let now = fixed_now();
    let mut app = on_mandates(data.clone());

    app.click("mandate-renew-mn-caf");
    let text = app.text();
    assert!(text.contains("Voulez-vous renouveler cette autorisation ?"));
    // 182 days for information sharing.
    assert!(text.contains(
        "Si vous touchez « Oui, renouveler », Sophie Lefèvre (Caisse d'allocations familiales (CAF) du Nord) pourra continuer à faire cela pour vous jusqu'au lundi 31 août 2026."
    ), "{text}");
    let before = data.dossier().mandates(now).grants.len();

    app.click("mandate-renew-yes-mn-caf");
    let text = app.text();
    assert!(
        text.contains("C'est fait. L'autorisation est renouvelée."),
        "{text}"
    );
    let d = data.dossier();
    let verdict = d.mandates(now);
    assert_eq!(verdict.grants.len(), before + 1);
    let new = verdict
        .in_force()
        .find(|g| g.mandate.grantee.as_str() == "caf" && g.mandate.id.as_str() != "mn-caf")
        .expect("a new CAF mandate in force");
    assert_eq!(new.until, now + Duration::days(182));
    // Shown once, no longer ending soon; the old one is under the past ones.
    assert!(!text.contains("Finit bientôt"), "{text}");
    assert!(text.contains("Jusqu'au lundi 31 août 2026."));
    let past = text.find("Autorisations passées").unwrap();
    assert!(
        text[past..].contains("Vous l'avez renouvelée. La nouvelle autorisation est plus haut.")
    );

    // Home no longer lists it as ending soon.
    app.click("nav-home");
    assert!(
        !app.text()
            .contains("Vos autorisations qui finissent bientôt")
    );

    drop(app);
    drop(data);
    let again = safe.reopen();
    assert!(
        again
            .mandates(now)
            .in_force()
            .any(|g| g.mandate.id == new.mandate.id)
    );
}

#[test]
fn with_a_pin_stopping_asks_it_again_and_a_wrong_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let keystore = Keystore::mock("mandates-pin");
    let now = fixed_now();
    let (mut safe, _code) = Safe::init(dir.path(), keystore, KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    safe.set_pin(&Pin::parse("2580").unwrap(), KdfParams::MIN, now)
        .unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    let mut app = on_mandates(data.clone());
    app.click("mandate-revoke-mn-caf");
    assert!(app.has("mandate-pin-mn-caf"));
    assert!(app.text().contains("Tapez votre code PIN pour confirmer"));
    // Nothing typed: the question stays, with what to do.
    app.click("mandate-revoke-yes-mn-caf");
    let text = app.text();
    assert!(text.contains("Le code PIN a de 4 à 12 chiffres."), "{text}");
    assert!(app.has("mandate-revoke-yes-mn-caf"));
    // A wrong PIN: said, the question stays, nothing changed.
    app.input("mandate-pin-mn-caf", "1111");
    app.click("mandate-revoke-yes-mn-caf");
    let text = app.text();
    assert!(text.contains("Ce code PIN n'est pas le bon."), "{text}");
    assert!(app.has("mandate-revoke-yes-mn-caf"));
    assert_eq!(standing(&data.dossier(), "mn-caf", now), Standing::InForce);
    // The right one: stopped.
    app.input("mandate-pin-mn-caf", "2580");
    app.click("mandate-revoke-yes-mn-caf");
    assert!(
        app.text()
            .contains("C'est fait. Cette autorisation est arrêtée.")
    );
    assert!(matches!(
        standing(&data.dossier(), "mn-caf", now),
        Standing::Revoked { .. }
    ));
}

#[test]
fn giving_a_permission_says_the_whole_sentence_then_needs_a_second_tap() {
    let (data, handle) = demo_safe("mandates-grant-form");
    let now = fixed_now();
    let before = data.dossier().mandates(now).in_force().count();
    let mut app = on_mandates(data.clone());
    app.click("grant-open");
    // Nothing chosen: the form says what to choose first.
    app.click("grant-continue");
    assert!(app.text().contains("Choisissez la personne."));
    let caf = data
        .dossier()
        .contacts
        .iter()
        .find(|c| c.organisation.contains("CAF"))
        .unwrap()
        .id
        .clone();
    app.change(&format!("grant-who-{caf}"));
    app.change("grant-what-act");
    // A procedure allows three months at most: no six months, no year.
    assert!(app.has("grant-length-90"));
    assert!(!app.has("grant-length-182") && !app.has("grant-length-365"));
    app.change("grant-length-90");
    app.click("grant-continue");
    assert!(app.text().contains("Écrivez le nom de la démarche."));
    app.input("grant-procedure", "Demande de prime d'activité");
    app.click("grant-continue");
    let text = app.text();
    assert!(
        text.contains("Voulez-vous donner cette autorisation"),
        "{text}"
    );
    assert!(text.contains("Peut faire cette démarche pour vous : Demande de prime d'activité."));
    assert!(text.contains("Jusqu'au"));
    // No PIN on this phone: no PIN field.
    assert!(!app.has("grant-pin"));
    // Still nothing signed before the second tap.
    assert_eq!(data.dossier().mandates(now).in_force().count(), before);
    app.click("grant-yes");
    let text = app.text();
    assert!(text.contains("a votre autorisation."), "{text}");
    let verdict = data.dossier().mandates(now);
    let granted = verdict
        .in_force()
        .find(|g| {
            g.mandate.kind
                == MandateKind::ActOnMyBehalf {
                    procedure: "Demande de prime d'activité".into(),
                }
        })
        .expect("in force");
    assert_eq!(granted.mandate.grantee, caf);
    assert_eq!(granted.mandate.ends(), now + chrono::Duration::days(90));
    // Listed with the others, and waiting for the server.
    assert!(app.has(&format!("mandate-revoke-{}", granted.mandate.id)));
    drop(app);
    drop(data);
    assert!(handle.reopen_outbox().iter().any(|i| matches!(
        i.request,
        parcours_core::sync::outbox::Request::Statement(_)
    )));
}

#[test]
fn a_new_coordination_says_that_it_ends_the_one_in_force() {
    let (data, _handle) = demo_safe("mandates-grant-coordination");
    let now = fixed_now();
    let mut app = on_mandates(data.clone());
    app.click("grant-open");
    let caf = data
        .dossier()
        .contacts
        .iter()
        .find(|c| c.organisation.contains("CAF"))
        .unwrap()
        .id
        .clone();
    app.change(&format!("grant-who-{caf}"));
    app.change("grant-what-coordination");
    app.change("grant-length-30");
    app.click("grant-continue");
    let text = plain(&app.text());
    assert!(
        text.contains("Une seule personne à la fois peut suivre tout votre parcours. Claire Martin ne le pourra plus."),
        "{text}"
    );
    app.click("grant-yes");
    // As said: the referent's coordination is superseded.
    assert!(matches!(
        standing(&data.dossier(), "mn-coordination", now),
        Standing::Superseded { .. }
    ));
}

#[test]
fn the_screen_is_reached_from_home_and_from_settings() {
    let mut app = Session::new(demo_on(Lang::Fr, Screen::Home));
    assert!(
        app.text()
            .contains("Vous pouvez garder ou arrêter une autorisation vous-même.")
    );
    app.click("home-open-mandates");
    assert!(app.has("mandates-title"));

    let mut app = Session::new(demo_on(Lang::Fr, Screen::Settings));
    assert!(app.text().contains("Ouvrir « Qui peut agir pour moi »"));
    app.click("settings-open-mandates");
    assert!(app.has("mandates-title"));
    // Not a menu entry: no item of the menu claims to be the current screen.
    assert!(!app.html().contains(r#"aria-current="page""#));
}

/// A safe holding the demo dossier, with `log` as the last pull left it
/// (`synced`: a pull succeeded); and its folder, removed when dropped.
fn safe_with_access_log(
    profile: &str,
    log: &[AccessEntry],
    synced: bool,
) -> (AppData, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let now = fixed_now();
    let (mut safe, _) =
        Safe::init(dir.path(), Keystore::mock(profile), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    safe.store_mut()
        .write(|w| {
            for entry in log {
                w.put(entry)?;
            }
            if synced {
                w.put(&SyncState {
                    id: "sync".into(),
                    cursor: 7,
                    last_success: Some(now),
                })?;
            }
            Ok(())
        })
        .unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    (data, dir)
}

#[test]
fn who_opened_what_in_plain_sentences_newest_first() {
    let at = |rfc: &str| {
        chrono::DateTime::parse_from_rfc3339(rfc)
            .unwrap()
            .with_timezone(&chrono::Utc)
    };
    let referent = parcours_core::id::ContactId::parse("referent").unwrap();
    let log = [
        AccessEntry {
            id: "a1".into(),
            by: referent.clone(),
            what: AccessKind::ReadDossier,
            at: at("2026-02-24T13:00:00Z"),
        },
        AccessEntry {
            id: "a2".into(),
            by: referent.clone(),
            what: AccessKind::WroteMessage(parcours_core::id::MessageId::parse("m07").unwrap()),
            at: at("2026-03-02T07:30:00Z"),
        },
        AccessEntry {
            id: "a3".into(),
            by: parcours_core::id::ContactId::parse("caf").unwrap(),
            what: AccessKind::ReadDossier,
            at: at("2026-02-27T09:15:00Z"),
        },
        AccessEntry {
            id: "a4".into(),
            by: parcours_core::id::ContactId::parse("gone").unwrap(),
            what: AccessKind::WroteStep(parcours_core::id::StepId::parse("s10").unwrap()),
            at: at("2026-02-20T09:00:00Z"),
        },
    ];
    let (data, _dir) = safe_with_access_log("mandates-access", &log, true);
    let html = render(AppConfig {
        screen: Screen::Mandates,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), data)
    });
    let text = plain(&visible_text(&html));
    assert!(text.contains("Qui a ouvert votre dossier"), "{text}");
    let sentences = [
        "Claire Martin vous a écrit un message le lundi 2 mars à 8 h 30.",
        "Sophie Lefèvre a ouvert votre dossier le vendredi 27 février à 10 h 15.",
        "Claire Martin a ouvert votre dossier le mardi 24 février à 14 h.",
        "Une personne qui n'est plus dans vos contacts a écrit une étape de votre plan le vendredi 20 février à 10 h.",
    ];
    let mut last = 0;
    for s in sentences {
        let at = text.find(s).unwrap_or_else(|| panic!("{s:?} in {text}"));
        assert!(at > last, "newest first: {s}");
        last = at;
    }

    // Synced, and nobody came: said plainly. Never synced: said too.
    let (synced, _dir) = safe_with_access_log("mandates-access-none", &[], true);
    let none = render(AppConfig {
        screen: Screen::Mandates,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(fixed_now()), synced)
    });
    assert!(plain(&visible_text(&none)).contains("Personne n'a encore ouvert votre dossier."));
    let never = render(demo_on(Lang::Fr, Screen::Mandates));
    assert!(
        plain(&visible_text(&never)).contains(
            "Cette liste vient du serveur. Elle n'est pas encore arrivée sur ce téléphone."
        )
    );
}
