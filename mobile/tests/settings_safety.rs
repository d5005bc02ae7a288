//! The safety part of Settings: the PIN (set, change with the current PIN
//! asked first, remove), a new recovery code (the old one then opens
//! nothing), and "delete everything" (offline: nothing deleted unless the
//! person chooses this phone only; with the server: the account closed,
//! then no folder left). A wrong current PIN counts as a failed attempt,
//! is said in plain words, and changes nothing. Then the screens, as a
//! person uses them.

mod common;

use std::path::{Path, PathBuf};

use chrono::{DateTime, Duration, Utc};
use common::{Session, demo_on, missing_markers, plain, render, visible_text};
use parcours_core::demo::{self, fixed_now};
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{self, Pin, PinError};
use parcours_core::safe::recovery::RecoveryCode;
use parcours_core::safe::{KEY_FILE, Safe, SafeError};
use parcours_core::sync::account::ServerSide;
use parcours_mobile::safety::SafetyError;
use parcours_mobile::screens::Screen;
use parcours_mobile::{Action, ActionError, AppConfig, AppData, Clock};

fn now() -> DateTime<Utc> {
    fixed_now()
}

/// A safe with the demo dossier in a new folder (fast key derivation), as
/// the app's data; its folder, keystore and recovery code.
fn new_safe(profile: &str) -> (AppData, tempfile::TempDir, PathBuf, Keystore, RecoveryCode) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("safe");
    let ks = Keystore::mock(profile);
    let (mut safe, code) = Safe::init(&dir, ks.clone(), KdfParams::MIN, now()).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    (data, tmp, dir, ks, code)
}

fn pin_error(e: SafetyError) -> Option<PinError> {
    match e {
        SafetyError::Safe(SafeError::Pin(p)) => Some(p),
        _ => None,
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

#[test]
fn a_pin_is_set_changed_with_the_current_one_and_removed() {
    let (data, _tmp, dir, ks, _code) = new_safe("safety-pin");
    assert!(!data.has_pin());
    // The new PIN typed twice, the same.
    assert!(matches!(
        data.set_pin(None, "2468", "2469", now()),
        Err(SafetyError::PinMismatch)
    ));
    assert!(matches!(
        data.set_pin(None, "12", "12", now()).map_err(pin_error),
        Err(Some(PinError::Format))
    ));
    assert!(!data.has_pin());
    data.set_pin(None, "2468", "2468", now()).unwrap();
    assert!(data.has_pin());
    let pin_file = read(&dir.join(pin::PIN_FILE));

    // Changing it: the current PIN first.
    assert!(matches!(
        data.set_pin(None, "1357", "1357", now()),
        Err(SafetyError::Safe(SafeError::PinRequired))
    ));
    assert!(matches!(
        data.set_pin(Some("1111"), "1357", "1357", now())
            .map_err(pin_error),
        Err(Some(PinError::Wrong { failures: 1 }))
    ));
    // A mistake in the new PIN is found before the current one is tried:
    // no attempt counted for it.
    assert!(matches!(
        data.set_pin(Some("1111"), "1357", "1358", now()),
        Err(SafetyError::PinMismatch)
    ));
    assert_eq!(pin::attempts(&ks, now()).unwrap().failures, 1);
    assert_eq!(read(&dir.join(pin::PIN_FILE)), pin_file, "nothing changed");
    // The same counter as the unlock screen: the 3rd failure brings a delay.
    for failures in 2..=3 {
        assert!(matches!(
            data.set_pin(Some("1111"), "1357", "1357", now())
                .map_err(pin_error),
            Err(Some(PinError::Wrong { failures: f })) if f == failures
        ));
    }
    assert_eq!(data.pin_wait_seconds(now()), Some(30));
    assert!(matches!(
        data.set_pin(Some("2468"), "1357", "1357", now())
            .map_err(pin_error),
        Err(Some(PinError::Locked { .. }))
    ));
    assert_eq!(read(&dir.join(pin::PIN_FILE)), pin_file, "nothing changed");
    let later = now() + Duration::seconds(31);
    data.set_pin(Some("2468"), "1357", "1357", later).unwrap();
    assert_eq!(pin::attempts(&ks, later).unwrap().failures, 0);

    // Removing it: the current PIN first.
    assert!(matches!(
        data.remove_pin("2468", later).map_err(pin_error),
        Err(Some(PinError::Wrong { failures: 1 }))
    ));
    assert!(data.has_pin());
    // Only the new PIN opens the safe after a restart.
    drop(data);
    assert!(Safe::open_with_pin(&dir, ks.clone(), &Pin::parse("2468").unwrap(), later).is_err());
    let safe = Safe::open_with_pin(&dir, ks.clone(), &Pin::parse("1357").unwrap(), later).unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    data.remove_pin("1357", later).unwrap();
    assert!(!data.has_pin());
    assert!(matches!(
        data.remove_pin("1357", later),
        Err(SafetyError::NoPin)
    ));
    drop(data);
    // Without a PIN, the keystore opens it again.
    assert!(Safe::open(&dir, ks).is_ok());
}

#[test]
fn a_new_recovery_code_needs_the_pin_and_the_old_code_opens_nothing_any_more() {
    let (data, _tmp, dir, _ks, old) = new_safe("safety-code");
    data.set_pin(None, "2468", "2468", now()).unwrap();
    let key_file = read(&dir.join(KEY_FILE));
    assert!(matches!(
        data.new_recovery_code(None, now()),
        Err(SafetyError::Safe(SafeError::PinRequired))
    ));
    assert!(matches!(
        data.new_recovery_code(Some("0000"), now())
            .map_err(pin_error),
        Err(Some(PinError::Wrong { failures: 1 }))
    ));
    assert_eq!(read(&dir.join(KEY_FILE)), key_file, "nothing changed");
    let new = data.new_recovery_code(Some("2468"), now()).unwrap();
    assert_ne!(read(&dir.join(KEY_FILE)), key_file);
    drop(data);
    // On a new phone (a keystore that knows nothing).
    let elsewhere = || Keystore::mock("safety-code-elsewhere");
    assert_eq!(
        Safe::unlock_with_code(&dir, elsewhere(), &old, now()).unwrap_err(),
        SafeError::WrongCode
    );
    let safe = Safe::unlock_with_code(&dir, elsewhere(), &new, now()).unwrap();
    let trail = safe.store().audit_trail().unwrap();
    let fr = Localizer::new(Lang::Fr);
    let last = trail.last().unwrap().describe(&fr, demo::TIME_ZONE);
    assert!(
        last.contains("ouvert votre coffre-fort avec votre code de secours"),
        "{last}"
    );
    let before = trail[trail.len() - 2].describe(&fr, demo::TIME_ZONE);
    assert!(
        plain(&before).contains("vous avez fait un nouveau code de secours"),
        "{before}"
    );
}

#[test]
fn delete_everything_offline_deletes_nothing_unless_the_person_chooses_this_phone_only() {
    let (data, _tmp, dir, ks, code) = new_safe("safety-delete-offline");
    data.set_pin(None, "2468", "2468", now()).unwrap();
    assert!(matches!(
        data.delete_everything(None, true, now()),
        Err(SafetyError::Safe(SafeError::PinRequired))
    ));
    assert!(matches!(
        data.delete_everything(Some("1111"), true, now())
            .map_err(pin_error),
        Err(Some(PinError::Wrong { failures: 1 }))
    ));
    // No server: nothing deleted, and the app goes on as before.
    assert!(matches!(
        data.delete_everything(Some("2468"), false, now()),
        Err(SafetyError::Unreachable)
    ));
    assert!(dir.join(KEY_FILE).is_file());
    assert_eq!(data.deletion(), None);
    data.apply(&Action::SetTextScale(150), now()).unwrap();
    assert!(data.has_pin());

    // This phone only, as the person chose.
    let changes = data.subscribe();
    let deleted = data.delete_everything(Some("2468"), true, now()).unwrap();
    assert!(matches!(deleted.server, ServerSide::Unreachable(_)));
    assert!(!deleted.account_closed());
    assert_eq!(deleted.left, 0);
    assert!(!dir.exists(), "the safe's folder is gone");
    for entry in parcours_core::safe::wipe::KEYSTORE_ENTRIES {
        assert_eq!(ks.get(entry).unwrap(), None, "{entry}");
    }
    // The open screens learn it; the data holds nothing of the person.
    assert!(changes.has_changed().unwrap());
    assert_eq!(data.deletion(), Some(deleted));
    let left = data.dossier();
    assert!(left.contacts.is_empty() && left.appointments.is_empty());
    assert_ne!(left.person.first_name(), "Nadia");
    assert_eq!(left.person.accessibility.text_scale(), 150);
    assert_eq!(
        data.apply(&Action::SetTextScale(100), now()),
        Err(ActionError::NoSafe)
    );
    assert!(Safe::unlock_with_code(&dir, ks, &code, now()).is_err());
}

#[cfg(feature = "demo-server")]
#[test]
fn delete_everything_closes_the_account_on_the_server_then_leaves_no_folder() {
    use parcours_mobile::demo_server::DemoServer;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let (data, tmp, dir, _ks, _code) = new_safe("safety-delete-server");
    let server = runtime
        .block_on(DemoServer::start(tmp.path(), now(), 0))
        .expect("the demo server starts");
    // The demo dossier's device is enrolled on the demo server.
    let syncer = parcours_mobile::sync::Syncer::new(
        data.clone(),
        &server.url(),
        std::sync::Arc::new(demo::demo_device_key()),
    )
    .unwrap();
    drop(syncer);
    let deleted = data.delete_everything(None, false, now()).unwrap();
    assert_eq!(deleted.server, ServerSide::Closed);
    assert!(deleted.account_closed());
    assert!(!dir.exists());
    // What the app then shows, in plain words.
    let html = render(AppConfig::with_data(
        Lang::Fr,
        Clock::Fixed(now()),
        data.clone(),
    ));
    let text = plain(&visible_text(&html));
    assert!(text.contains("Tout est effacé"), "{text}");
    assert!(
        text.contains("Votre compte sur le serveur est fermé."),
        "{text}"
    );
    assert!(!text.contains("Nadia"), "{text}");
    drop(server);
}

/// The settings in a session on a safe with a PIN, in `lang`.
fn settings_session(lang: Lang, data: &AppData) -> Session {
    Session::new(AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(lang, Clock::Fixed(now()), data.clone())
    })
}

#[test]
fn the_settings_say_whether_a_pin_is_set_and_offer_the_three_safety_actions() {
    for lang in Lang::ALL {
        let html = render(demo_on(lang, Screen::Settings));
        for id in [
            "settings-pin",
            "settings-pin-state",
            "settings-pin-choose",
            "settings-recovery-new",
            "settings-delete-start",
        ] {
            assert!(html.contains(&format!(r#"id="{id}""#)), "{lang}: no {id}");
        }
        assert!(missing_markers(&html).is_empty(), "{lang}");
    }
    let text = plain(&visible_text(&render(demo_on(Lang::Fr, Screen::Settings))));
    for words in [
        "Code PIN",
        "Vous n'avez pas de code PIN. Parcours s'ouvre sans code.",
        "Code de secours",
        "Faire un nouveau code de secours",
        "Tout effacer",
        "Votre compte sur le serveur est fermé.",
        "On ne peut pas revenir en arrière.",
        "Je veux tout effacer",
    ] {
        assert!(text.contains(words), "no {words} in {text}");
    }
}

#[test]
fn changing_the_pin_on_screen_a_wrong_current_pin_is_said_and_changes_nothing() {
    let (data, _tmp, dir, ks, _code) = new_safe("safety-screen-pin");
    data.set_pin(None, "2468", "2468", now()).unwrap();
    let pin_file = read(&dir.join(pin::PIN_FILE));
    let mut app = settings_session(Lang::Fr, &data);
    assert!(
        app.text()
            .contains("Un code PIN est demandé pour ouvrir Parcours.")
    );
    assert!(!app.has("settings-pin-choose"));
    app.click("settings-pin-change");
    let html = app.html();
    for id in [
        "settings-pin-current",
        "settings-pin-new",
        "settings-pin-again",
    ] {
        assert!(html.contains(&format!(r#"<label for="{id}""#)), "{id}");
        let at = html.find(&format!(r#"id="{id}""#)).unwrap();
        let tag = &html[html[..at].rfind('<').unwrap()..at + html[at..].find('>').unwrap()];
        for attr in [
            r#"type="password""#,
            r#"inputmode="numeric""#,
            r#"autocomplete="off""#,
        ] {
            assert!(tag.contains(attr), "{id}: no {attr} in {tag}");
        }
    }
    app.input("settings-pin-current", "1111");
    app.input("settings-pin-new", "1357");
    app.input("settings-pin-again", "1357");
    app.submit("settings-pin-form");
    app.settle_until("the wrong PIN said", |s| s.text().contains("pas le bon"));
    let text = app.text();
    assert!(text.contains("Ce code PIN n'est pas le bon."), "{text}");
    assert!(text.contains("Rien n'a été changé."), "{text}");
    assert_eq!(read(&dir.join(pin::PIN_FILE)), pin_file);
    assert_eq!(pin::attempts(&ks, now()).unwrap().failures, 1);
    // The fields were emptied; the form is still there.
    assert!(!app.html().contains(r#"value="1111""#));
    app.input("settings-pin-current", "2468");
    app.input("settings-pin-new", "1357");
    app.input("settings-pin-again", "1357");
    app.submit("settings-pin-form");
    app.settle_until("the new PIN saved", |s| {
        s.text().contains("Votre nouveau code PIN est enregistré.")
    });
    assert!(!app.has("settings-pin-form"));
    assert_ne!(read(&dir.join(pin::PIN_FILE)), pin_file);
    drop(app);
    drop(data);
    assert!(Safe::open_with_pin(&dir, ks, &Pin::parse("1357").unwrap(), now()).is_ok());
}

#[test]
fn a_new_recovery_code_is_shown_once_and_confirmed_by_its_last_group() {
    let (data, _tmp, dir, _ks, old) = new_safe("safety-screen-code");
    let mut app = settings_session(Lang::Fr, &data);
    app.click("settings-recovery-new");
    assert!(app.text().contains("l'ancien code ne marche plus"));
    // No PIN set: none asked.
    assert!(!app.has("settings-recovery-pin"));
    app.submit("settings-recovery-form");
    app.settle_until("the new code shown", |s| s.has("settings-recovery-code"));
    let html = app.html();
    let groups: Vec<String> = html
        .split(r#"<li lang="en">"#)
        .skip(1)
        .map(|g| g[..g.find('<').unwrap()].to_owned())
        .collect();
    assert_eq!(groups.len(), 7, "{html}");
    let text = app.text();
    assert!(text.contains("Écrivez ce code sur un papier."), "{text}");
    assert!(
        text.contains("Ce code est montré une seule fois."),
        "{text}"
    );
    app.input("settings-recovery-tail", "ZZZZ");
    app.submit("settings-recovery-confirm");
    assert!(
        app.text()
            .contains("Ce ne sont pas les 4 derniers signes du code.")
    );
    assert!(app.has("settings-recovery-code"));
    app.input("settings-recovery-tail", &groups[6].to_lowercase());
    app.submit("settings-recovery-confirm");
    assert!(!app.has("settings-recovery-code"), "shown once");
    assert!(
        app.text()
            .contains("Gardez bien le papier avec le nouveau code.")
    );
    drop(app);
    drop(data);
    let new = RecoveryCode::parse(&groups.join("-")).unwrap();
    let elsewhere = || Keystore::mock("safety-screen-code-elsewhere");
    assert!(Safe::unlock_with_code(&dir, elsewhere(), &old, now()).is_err());
    assert!(Safe::unlock_with_code(&dir, elsewhere(), &new, now()).is_ok());
}

#[test]
fn deleting_everything_on_screen_asks_twice_and_then_shows_what_was_done() {
    let (data, _tmp, dir, _ks, _code) = new_safe("safety-screen-delete");
    data.set_pin(None, "2468", "2468", now()).unwrap();
    let config = AppConfig {
        screen: Screen::Settings,
        ..AppConfig::with_data(Lang::Fr, Clock::Fixed(now()), data.clone())
    };
    let platform = config.platform.clone();
    let mut app = Session::new(config);
    // The demo's appointments have their reminders set.
    assert!(!platform.scheduled_reminders().is_empty());
    app.click("settings-delete-start");
    // The second button is worded differently, and the PIN is asked.
    assert!(app.text().contains("Voulez-vous vraiment tout effacer ?"));
    assert!(app.text().contains("Oui, tout effacer maintenant"));
    assert!(app.has("settings-delete-pin"));
    // "No" keeps everything.
    app.click("settings-delete-no");
    assert!(!app.has("settings-delete-form"));
    assert!(dir.is_dir());
    app.click("settings-delete-start");
    app.input("settings-delete-pin", "2468");
    app.submit("settings-delete-form");
    // No server here: nothing deleted yet, said plainly, this phone only offered.
    app.settle_until("the offline choice", |s| {
        s.has("settings-delete-phone-only")
    });
    let text = app.text();
    assert!(
        text.contains("Parcours ne peut pas joindre le serveur. Rien n'a été effacé."),
        "{text}"
    );
    assert!(
        text.contains("Votre compte sur le serveur reste ouvert."),
        "{text}"
    );
    assert!(dir.is_dir());
    app.input("settings-delete-pin", "2468");
    app.submit("settings-delete-form");
    app.settle_until("the screen after deletion", |s| s.has("deleted-title"));
    let text = app.text();
    assert!(text.contains("Tout est effacé"), "{text}");
    assert!(
        text.contains("Votre compte sur le serveur est encore ouvert."),
        "{text}"
    );
    assert!(!text.contains("Nadia"), "{text}");
    assert!(!app.has("settings-title"));
    assert!(!dir.exists());
    assert!(missing_markers(&app.html()).is_empty());
    // And no reminder is left to ring.
    assert!(platform.scheduled_reminders().is_empty());
}

#[test]
fn choosing_a_pin_on_screen_asks_it_twice_and_then_says_it_is_set() {
    let (data, _tmp, dir, ks, _code) = new_safe("safety-screen-choose");
    let mut app = settings_session(Lang::Fr, &data);
    app.click("settings-pin-choose");
    // No current PIN to ask: there is none.
    assert!(!app.has("settings-pin-current"));
    assert!(app.has("settings-pin-new") && app.has("settings-pin-again"));
    app.input("settings-pin-new", "2468");
    app.input("settings-pin-again", "2486");
    app.submit("settings-pin-form");
    app.settle_until("the mismatch said", |s| {
        s.text()
            .contains("Les 2 nouveaux codes PIN ne sont pas les mêmes.")
    });
    assert!(!data.has_pin());
    assert!(!dir.join(pin::PIN_FILE).exists());
    app.input("settings-pin-new", "2468");
    app.input("settings-pin-again", "2468");
    app.submit("settings-pin-form");
    app.settle_until("the PIN saved", |s| {
        s.text().contains("Votre nouveau code PIN est enregistré.")
    });
    let text = app.text();
    assert!(
        text.contains("Un code PIN est demandé pour ouvrir Parcours."),
        "{text}"
    );
    assert!(app.has("settings-pin-change") && app.has("settings-pin-remove"));
    drop(app);
    drop(data);
    assert_eq!(
        Safe::open(&dir, ks.clone()).unwrap_err(),
        SafeError::PinRequired
    );
    assert!(Safe::open_with_pin(&dir, ks, &Pin::parse("2468").unwrap(), now()).is_ok());
}
