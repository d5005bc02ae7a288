//! Opening a safe that has a PIN after a restart: a wrong PIN is said in
//! plain words and wipes nothing, the core's growing delay is said in
//! words, the right PIN opens the dossier; the recovery code opens it when
//! the PIN is forgotten, and a new PIN is then chosen. The screen: a
//! labelled PIN field with the numeric keyboard.

use chrono::Duration;
use dioxus::prelude::*;
use parcours_core::demo;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::keystore::Keystore;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{Pin, PinError, has_pin};
use parcours_core::safe::{Safe, SafeError};
use parcours_mobile::Clock;
use parcours_mobile::screens::unlock::{UnlockConfig, UnlockRoot, UnlockRootProps};
use parcours_mobile::unlock::{Unlock, UnlockError, wait_words};

/// A safe holding the demo dossier, with the PIN 2468; returns its folder
/// and its recovery code as shown.
fn safe_with_pin(profile: &str, ks: &Keystore) -> (std::path::PathBuf, String) {
    let dir = std::env::temp_dir().join(format!(
        "parcours-unlock-{profile}-{}",
        parcours_core::id::random_id()
    ));
    let now = demo::fixed_now();
    let (mut safe, code) = Safe::init(&dir, ks.clone(), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    safe.set_pin(&Pin::parse("2468").unwrap(), KdfParams::MIN, now)
        .unwrap();
    drop(safe);
    (dir, code.display())
}

#[test]
fn a_wrong_pin_wipes_nothing_the_delay_grows_and_the_right_pin_opens() {
    let ks = Keystore::mock("unlock-pin");
    let (dir, _code) = safe_with_pin("pin", &ks);
    // After a restart the keystore alone does not open it.
    assert!(matches!(
        Safe::open(&dir, ks.clone()),
        Err(SafeError::PinRequired)
    ));
    let unlock = Unlock::new(&dir, ks.clone(), KdfParams::MIN, Lang::Fr);
    let now = demo::fixed_now();
    let files_before = std::fs::read_dir(&dir).unwrap().count();

    // Two wrong PINs: said, no delay yet.
    for n in 1..=2 {
        let e = unlock.with_pin("1111", now).unwrap_err();
        assert!(
            matches!(e, UnlockError::Safe(SafeError::Pin(PinError::Wrong { failures })) if failures == n),
            "{e:?}"
        );
        assert_eq!(unlock.wait_seconds(now), None);
    }
    let fr = Localizer::new(Lang::Fr);
    let said = unlock.with_pin("1111", now).unwrap_err().explain(&fr);
    assert!(said.contains("n'est pas le bon"), "{said}");
    assert!(said.contains("Rien n'a été effacé"), "{said}");
    // The third: 30 seconds, said in words; even the right PIN waits.
    assert_eq!(unlock.wait_seconds(now), Some(30));
    assert_eq!(
        wait_words(&fr, 30),
        "Attendez 30 secondes, puis essayez encore."
    );
    assert_eq!(
        wait_words(&fr, 240),
        "Attendez 4 minutes, puis essayez encore."
    );
    assert!(matches!(
        unlock.with_pin("2468", now + Duration::seconds(10)),
        Err(UnlockError::Safe(SafeError::Pin(PinError::Locked { .. })))
    ));
    // Not a PIN at all: said, and not counted.
    assert!(matches!(
        unlock.with_pin("12", now),
        Err(UnlockError::Safe(SafeError::Pin(PinError::Format)))
    ));
    // Nothing was wiped.
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), files_before);
    assert!(has_pin(&dir));

    // After the delay, the right PIN opens the dossier.
    let later = now + Duration::seconds(31);
    let data = unlock.with_pin("2468", later).unwrap();
    assert_eq!(*data.dossier(), demo::dossier(now));
    assert_eq!(unlock.wait_seconds(later), None);
    assert!(unlock.data().is_some());
    drop(data);
    drop(unlock);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_forgotten_pin_the_recovery_code_opens_and_a_new_pin_is_chosen() {
    let ks = Keystore::mock("unlock-code");
    let (dir, code) = safe_with_pin("code", &ks);
    let now = demo::fixed_now();
    let unlock = Unlock::new(&dir, ks.clone(), KdfParams::MIN, Lang::Fr);
    for _ in 0..4 {
        let _ = unlock.with_pin("0000", now);
    }
    assert!(unlock.wait_seconds(now).is_some());
    // A wrong code: said; a new PIN before the code: refused.
    assert!(unlock.with_code("AAAA", now).is_err());
    assert!(matches!(
        unlock.new_pin(Some("1357"), now),
        Err(UnlockError::OutOfOrder)
    ));
    // The code, typed in lower case with spaces.
    unlock
        .with_code(&code.to_lowercase().replace('-', " "), now)
        .unwrap();
    // A new PIN that is not one: said, and the step can be tried again.
    assert!(unlock.new_pin(Some("13"), now).is_err());
    let data = unlock.new_pin(Some("1357"), now).unwrap();
    assert_eq!(*data.dossier(), demo::dossier(now));
    drop(data);
    drop(unlock);
    // The delays are over, the new PIN opens it, the old one does not.
    let again = Unlock::new(&dir, ks.clone(), KdfParams::MIN, Lang::Fr);
    assert_eq!(again.wait_seconds(now), None);
    assert!(again.with_pin("2468", now).is_err());
    assert!(again.with_pin("1357", now).is_ok());
    drop(again);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_unlock_screen_has_a_labelled_numeric_pin_field_and_the_forgotten_pin_way() {
    for (lang, forgot, read_aloud) in [
        (
            Lang::Fr,
            "J&#39;ai oublié mon code PIN",
            "Lire à voix haute",
        ),
        (Lang::Ar, "نسيت رمزي السري", "قراءة بصوت عالٍ"),
    ] {
        let ks = Keystore::mock(&format!("unlock-screen-{}", lang.code()));
        let (dir, _) = safe_with_pin(lang.code(), &ks);
        let unlock = Unlock::new(&dir, ks, KdfParams::MIN, lang);
        let mut dom = VirtualDom::new_with_props(
            UnlockRoot,
            UnlockRootProps {
                config: UnlockConfig {
                    unlock,
                    clock: Clock::Fixed(demo::fixed_now()),
                    exit_url: None,
                },
            },
        );
        dom.rebuild_in_place();
        let html = dioxus_ssr::render(&dom);
        assert!(html.contains(r#"<label for="unlock-pin""#), "{html}");
        assert!(html.contains(r#"id="unlock-pin""#), "{html}");
        assert!(html.contains(r#"inputmode="numeric""#), "{html}");
        assert!(html.contains(r#"type="password""#), "{html}");
        assert!(html.contains(forgot), "{html}");
        // "Read aloud" here too, right after the title (no dossier is
        // open: the default settings, the button shown).
        let title = html.find(r#"id="unlock-title""#).expect("title");
        let button = html.find(r#"id="read-aloud""#).expect("read-aloud button");
        assert!(title < button, "{html}");
        assert!(
            html[button..].contains(&format!("<span>{read_aloud}</span>")),
            "{html}"
        );
        assert!(!html.contains('['), "a missing message: {html}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
