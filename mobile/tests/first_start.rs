//! The first start of a phone with no safe: each step's rule, then the
//! whole first start against the real demo server (as the preview runs
//! it): a wrong code, then the demo code typed loosely, the safe and its
//! recovery code, a PIN, the first sync bringing the dossier.

use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::has_pin;
use parcours_core::safe::recovery::RecoveryCode;
use parcours_mobile::setup::{
    Setup, SetupError, canonical_invitation, recovery_groups, recovery_tail_matches,
};

#[test]
fn invitation_codes_forgive_case_spaces_and_dashes() {
    assert_eq!(
        canonical_invitation(" demo-parc ours ").as_deref(),
        Some("DEMOPARCOURS")
    );
    assert_eq!(
        canonical_invitation("DEMO-PARC-OURS"),
        canonical_invitation("demoparcours")
    );
    assert_eq!(canonical_invitation(" - "), None);
    assert_eq!(canonical_invitation(""), None);
}

#[test]
fn the_recovery_code_is_shown_in_groups_and_its_last_4_symbols_confirm_it() {
    let code = RecoveryCode::generate().display();
    let groups = recovery_groups(&code);
    assert_eq!(groups.len(), 7);
    assert!(groups.iter().all(|g| g.chars().count() == 4));
    let last = groups.last().unwrap().clone();
    assert!(recovery_tail_matches(&code, &last));
    assert!(recovery_tail_matches(&code, &last.to_lowercase()));
    assert!(recovery_tail_matches(
        &code,
        &format!(" {}-{} ", &last[..2], &last[2..])
    ));
    // The first group, 3 symbols, 5 symbols: no.
    let first = groups[0].clone();
    if first != last {
        assert!(!recovery_tail_matches(&code, &first));
    }
    assert!(!recovery_tail_matches(&code, &last[..3]));
    assert!(!recovery_tail_matches(&code, &format!("{last}A")));
    assert!(!recovery_tail_matches(&code, ""));
}

#[test]
fn a_first_start_without_a_server_says_try_again_later() {
    let dir = tempfile::tempdir().unwrap();
    let setup = Setup::new(
        &dir.path().join("safe"),
        Keystore::mock("first-none"),
        None,
        KdfParams::MIN,
        Lang::Fr,
    );
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    assert!(matches!(
        rt.block_on(setup.enroll("DEMO-PARC-OURS")),
        Err(SetupError::Offline)
    ));
    assert!(matches!(
        rt.block_on(setup.enroll("  ")),
        Err(SetupError::EmptyCode)
    ));
    // Nothing is made before the phone is enrolled.
    assert!(matches!(
        setup.create_safe(chrono::Utc::now()),
        Err(SetupError::OutOfOrder)
    ));
    assert!(!dir.path().join("safe").exists());
    let loc = Localizer::new(Lang::Fr);
    assert!(
        SetupError::Offline
            .explain(&loc)
            .contains("Rien n'est perdu")
    );
}

#[cfg(feature = "demo-server")]
#[test]
fn a_whole_first_start_with_the_demo_server() {
    use parcours_mobile::demo_server::DemoServer;

    let dir = tempfile::tempdir().unwrap();
    let now = chrono::Utc::now();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let server = rt
        .block_on(DemoServer::start(&dir.path().join("server"), now, 0))
        .unwrap();
    let safe_dir = dir.path().join("safe");
    let setup = Setup::new(
        &safe_dir,
        Keystore::mock("first-demo"),
        Some(server.url()),
        KdfParams::MIN,
        Lang::Fr,
    );
    setup.set_lang(Lang::Ar);

    // A wrong code: refused, nothing made, and it can be tried again.
    let wrong = rt.block_on(setup.enroll("DEMO-PARC-OURX"));
    assert!(matches!(wrong, Err(SetupError::CodeRefused)), "{wrong:?}");
    assert!(!setup.is_enrolled());
    let loc = Localizer::new(Lang::Fr);
    assert!(
        SetupError::CodeRefused
            .explain(&loc)
            .contains("nouveau code")
    );

    // The demo code, typed loosely.
    rt.block_on(setup.enroll(" demo parc-ours")).unwrap();
    assert!(setup.is_enrolled());

    // The safe and its recovery code, which opens it.
    let code = rt.block_on(setup.create_safe_async(now)).unwrap();
    assert!(RecoveryCode::parse(&code.display()).is_ok());
    assert!(matches!(
        setup.create_safe(now),
        Err(SetupError::OutOfOrder)
    ));

    // A PIN: a wrong one is explained, a right one is set.
    assert!(matches!(setup.set_pin("12", now), Err(SetupError::Pin(_))));
    rt.block_on(setup.set_pin_async("2468".into(), now))
        .unwrap();
    assert!(has_pin(&safe_dir));

    // The first sync brings the demo person's dossier, in the language chosen.
    let mut done = setup.subscribe();
    let data = rt.block_on(setup.finish(now)).unwrap();
    let dossier = data.dossier();
    let demo = parcours_core::demo::dossier(now);
    assert_eq!(dossier.person.id, demo.person.id);
    assert_eq!(dossier.person.language, Lang::Ar);
    assert!(!dossier.contacts.is_empty());
    assert!(!dossier.steps.is_empty());
    // The key chain certifies this phone's key: it can sign mandates.
    let chain = dossier.key_chain.as_ref().expect("the key chain came");
    let key = setup.device_key().unwrap().public_key();
    assert!(chain.certificates.iter().any(|c| c.device_key == key));
    assert!(data.is_saved());
    assert!(done.borrow_and_update().is_some());
    assert_eq!(setup.data(), Some(data.clone()));

    // This phone can stop a permission: signed with its own key, the
    // statement counts at once (the PIN asked again).
    let verdict = data.dossier().mandates(now);
    let grant = verdict
        .in_force()
        .find(|g| g.mandate.id.as_str() == "mn-bailleur-paie")
        .expect("the demo's mandates came")
        .mandate
        .id
        .clone();
    assert!(
        data.apply(
            &parcours_mobile::Action::RevokeMandate {
                id: grant.clone(),
                pin: Some(parcours_core::safe::pin::Pin::parse("1111").unwrap()),
            },
            now,
        )
        .is_err()
    );
    data.apply(
        &parcours_mobile::Action::RevokeMandate {
            id: grant.clone(),
            pin: Some(parcours_core::safe::pin::Pin::parse("2468").unwrap()),
        },
        now,
    )
    .unwrap();
    let verdict = data.dossier().mandates(now);
    assert!(
        !verdict.in_force().any(|g| g.mandate.id == grant),
        "{:?}",
        verdict.rejected
    );
    // And still after the server has it.
    let mut syncer = parcours_mobile::sync::Syncer::new(
        data.clone(),
        &server.url(),
        setup.device_key().unwrap(),
    )
    .unwrap();
    let report = syncer.sync_once().unwrap();
    let verdict = data.dossier().mandates(chrono::Utc::now());
    assert!(
        !verdict.in_force().any(|g| g.mandate.id == grant),
        "{report:?} {:?} {:?}",
        verdict.rejected,
        data.sync_status()
    );
    drop(server);
}
