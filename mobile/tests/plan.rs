//! My plan, from the demo dossier at the fixed `now` of tests (Monday 2
//! March 2026, 9:00 in Paris).

mod common;

use common::{Session, demo_on, demo_safe, missing_markers, plain, render};
use parcours_core::i18n::Lang;
use parcours_core::step::{ChangedBy, StepStatus};
use parcours_mobile::AppConfig;
use parcours_mobile::screens::Screen;

#[test]
fn the_plan_shows_domains_objectives_steps_and_progress() {
    let html = render(demo_on(Lang::Fr, Screen::Plan));
    let text = plain(&common::visible_text(&html));
    assert!(text.contains("Mon plan"));
    // Domains in the plan's order, each with its pictogram next to its name.
    let order: Vec<usize> = [
        "Logement",
        "Travail",
        "Argent",
        "Papiers et droits",
        "Famille",
    ]
    .iter()
    .map(|d| text.find(d).unwrap_or_else(|| panic!("no {d}")))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{order:?}");
    assert!(html.contains(r#"id="domain-housing""#));
    assert!(!text.contains("Transports"), "no objective in mobility");

    assert!(text.contains("Avoir un logement à moi avec mes enfants"));
    // The person's own words, with French quotes and no-break spaces, set
    // apart to keep their own direction.
    assert!(
        html.contains(
            "Vos mots\u{a0}: «\u{a0}<span class=\"user-text\">Je veux que mes enfants aient leur chambre.</span>\u{a0}»"
        ),
        "{html}"
    );

    // Progress: done out of the steps in the plan (not the dropped one, not the proposal).
    assert!(text.contains("4 étapes faites sur 14."), "{text}");
    assert!(text.contains("2 étapes faites sur 4."));
    assert!(text.contains("1 étape faite sur 3."));
    assert!(text.contains("0 étape faite sur 3."));

    // Who, when, where it stands, in words.
    assert!(text.contains("Qui le fait : Moi"));
    assert!(text.contains("Qui le fait : Ma référente ou mon référent"));
    assert!(text.contains("Qui le fait : Lille Habitat Solidaire, bailleur social"));
    assert!(text.contains("Qui le fait : Karim Benali"));
    assert!(text.contains("À faire pour le jeudi 5 mars."));
    assert!(text.contains("C'était prévu pour le dimanche 1er mars."));
    assert!(text.contains("En retard"));
    for status in [
        "À faire",
        "En cours",
        "Fait",
        "Abandonné",
        "Je l'ai proposé",
    ] {
        assert!(text.contains(status), "no {status}");
    }
    assert!(text.contains("Fait le "));

    // Under an objective, open steps come first, then the proposal, then the done ones.
    let late = text.find("Donner mes 3 dernières fiches de paie").unwrap();
    let proposed = text.find("Visiter l'appartement proposé").unwrap();
    let done = text.find("Remplir la demande de logement social").unwrap();
    assert!(late < proposed && proposed < done);

    // "I have done it" only on the person's own open steps.
    for mine in ["s03", "s06", "s09", "s12", "s16"] {
        assert!(
            html.contains(&format!(r#"id="step-done-{mine}""#)),
            "{mine}"
        );
    }
    for not_mine in ["s01", "s04", "s05", "s07", "s10", "s15"] {
        assert!(
            !html.contains(&format!(r#"id="step-done-{not_mine}""#)),
            "{not_mine}"
        );
    }
    assert!(
        missing_markers(&html).is_empty(),
        "{:?}",
        missing_markers(&html)
    );
}

#[test]
fn marking_a_step_done_asks_first_then_saves_it_in_the_store() {
    let (data, safe) = demo_safe("plan-done");
    let mut app = Session::new(AppConfig {
        screen: Screen::Plan,
        ..AppConfig::with_data(
            Lang::Fr,
            parcours_mobile::Clock::Fixed(parcours_core::demo::fixed_now()),
            data.clone(),
        )
    });
    assert!(app.text().contains("4 étapes faites sur 14."));

    // First a question; nothing is saved yet.
    app.click("step-done-s03");
    assert!(
        app.text().contains("Vous avez fait cette étape ?"),
        "{}",
        app.text()
    );
    assert!(app.has("step-confirm-s03"));
    let s03 = |d: &parcours_core::dossier::Dossier| {
        d.steps
            .iter()
            .find(|s| s.id.as_str() == "s03")
            .unwrap()
            .status()
    };
    assert_eq!(s03(&data.dossier()), StepStatus::ToDo);

    // "Not yet" goes back.
    app.click("step-done-no-s03");
    assert!(!app.has("step-confirm-s03"));
    assert!(app.has("step-done-s03"));
    assert_eq!(s03(&data.dossier()), StepStatus::ToDo);

    // "Yes, it is done": saved, said, counted.
    app.click("step-done-s03");
    app.click("step-done-yes-s03");
    let text = app.text();
    assert!(
        text.contains("Bravo ! L'étape est notée comme faite."),
        "{text}"
    );
    assert!(text.contains("5 étapes faites sur 14."));
    assert!(text.contains("3 étapes faites sur 4."));
    assert!(!app.has("step-done-s03"));
    assert_eq!(s03(&data.dossier()), StepStatus::Done);

    // On the disk, in the encrypted store, with who did it.
    drop(app);
    drop(data);
    let saved = safe.reopen();
    let step = saved.steps.iter().find(|s| s.id.as_str() == "s03").unwrap();
    assert_eq!(step.status(), StepStatus::Done);
    assert_eq!(step.history().last().unwrap().by, ChangedBy::Me);
    assert_eq!(
        step.history().last().unwrap().at,
        parcours_core::demo::fixed_now()
    );
}

#[test]
fn the_plan_in_english() {
    let html = render(demo_on(Lang::En, Screen::Plan));
    let text = common::visible_text(&html);
    assert!(text.contains("My plan"));
    assert!(text.contains("4 steps done out of 14."));
    assert!(text.contains("1 step done out of 3."));
    assert!(html.contains(
        "In your words: “<span class=\"user-text\">Je veux que mes enfants aient leur chambre.</span>”"
    ));
    assert!(text.contains("Who does it: Me"));
    assert!(text.contains("To do by Thursday 5 March."));
    assert!(text.contains("I have done this step"));
    assert!(missing_markers(&html).is_empty());
}
