//! Granting, renewing and revoking mandates on the device: each needs a
//! confirmation (with the PIN when one is set), is signed with the device
//! key continuing the sequence, and goes into the audit trail in plain words,
//! as do expiries (once each).

use chrono::Duration;
use parcours_core::demo::{self, demo_device_key};
use parcours_core::document::Category;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::id::{ContactId, MandateId};
use parcours_core::keystore::Keystore;
use parcours_core::mandate::verify::Standing;
use parcours_core::mandate::{DocumentScope, Mandate, MandateError, MandateKind};
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{Pin, PinError};
use parcours_core::safe::{Safe, SafeError};

fn now() -> chrono::DateTime<chrono::Utc> {
    demo::fixed_now()
}

fn demo_safe(dir: &std::path::Path) -> Safe {
    let (mut safe, _) = Safe::init(dir, Keystore::mock("m"), KdfParams::MIN, now()).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now()), now())
        .unwrap();
    safe
}

fn trail(safe: &Safe, lang: Lang) -> Vec<String> {
    let loc = Localizer::new(lang);
    safe.store()
        .audit_trail()
        .unwrap()
        .iter()
        .map(|e| e.describe(&loc, demo::TIME_ZONE))
        .collect()
}

#[test]
fn grant_renew_revoke_and_their_history() {
    let dir = tempfile::tempdir().unwrap();
    let mut safe = demo_safe(dir.path());
    let device = demo_device_key();
    assert_eq!(safe.mandates(now()).unwrap().in_force().count(), 4);

    // Nadia lets the social landlord see her rent receipts, for the default 90 days.
    let receipts = Mandate::with_default_end(
        MandateId::parse("mn-quittances").unwrap(),
        ContactId::parse("bailleur").unwrap(),
        MandateKind::DocumentAccess {
            documents: DocumentScope::Category(Category::RentReceipt),
        },
        now(),
    )
    .unwrap();
    let confirmed = safe.confirm(receipts, None, now()).unwrap();
    let signed = safe.grant_mandate(confirmed, &device, None, now()).unwrap();
    assert_eq!(
        signed.decode().unwrap().seq(),
        5,
        "continues after the 4 demo statements"
    );
    let verdict = safe.mandates(now()).unwrap();
    assert!(verdict.rejected.is_empty());
    assert_eq!(verdict.in_force().count(), 5);

    // She stops it 10 days later.
    let later = now() + Duration::days(10);
    let confirmed = safe
        .confirm(MandateId::parse("mn-quittances").unwrap(), None, later)
        .unwrap();
    safe.revoke_mandate(confirmed, &device, later).unwrap();
    let verdict = safe.mandates(later).unwrap();
    let g = verdict
        .grants
        .iter()
        .find(|g| g.mandate.id.as_str() == "mn-quittances")
        .unwrap();
    assert_eq!(g.standing, Standing::Revoked { at: later });
    // Stopping it again is refused plainly.
    let again = safe
        .confirm(MandateId::parse("mn-quittances").unwrap(), None, later)
        .unwrap();
    assert_eq!(
        safe.revoke_mandate(again, &device, later).unwrap_err(),
        SafeError::Mandate(MandateError::NotFound)
    );

    // The CAF's information sharing ends on 22 March; renewed in one step the day before.
    let day_before = now() + Duration::days(19);
    let caf = safe
        .mandates(day_before)
        .unwrap()
        .grants
        .into_iter()
        .find(|g| g.mandate.id.as_str() == "mn-caf")
        .unwrap();
    let renewal = caf.renewal(day_before).unwrap();
    assert_eq!(renewal.kind, caf.mandate.kind);
    let confirmed = safe.confirm(renewal, None, day_before).unwrap();
    safe.grant_mandate(confirmed, &device, None, day_before)
        .unwrap();

    // Expiries are recorded once each.
    let after = now() + Duration::days(25);
    assert_eq!(safe.record_mandate_expiries(after).unwrap(), 1);
    assert_eq!(safe.record_mandate_expiries(after).unwrap(), 0);

    let fr = trail(&safe, Lang::Fr);
    assert_eq!(
        fr[fr.len() - 4..],
        [
            "Le lundi 2 mars 2026, vous avez donné une autorisation à Lille Habitat Solidaire, bailleur social, jusqu'au dimanche 31 mai 2026. Peut voir ces papiers\u{a0}: Quittances de loyer.",
            "Le jeudi 12 mars 2026, vous avez arrêté l'autorisation donnée à Lille Habitat Solidaire, bailleur social.",
            "Le samedi 21 mars 2026, vous avez donné une autorisation à Sophie Lefèvre (Caisse d'allocations familiales (CAF) du Nord), jusqu'au samedi 19 septembre 2026. Peut parler de votre situation avec votre référente ou votre référent. Sujets\u{a0}: Logement, Argent.",
            "Le dimanche 22 mars 2026, l'autorisation donnée à Sophie Lefèvre (Caisse d'allocations familiales (CAF) du Nord) est arrivée à sa fin.",
        ]
    );
    let en = trail(&safe, Lang::En);
    assert!(en.iter().any(|l| l == "On Thursday 12 March 2026, you stopped the permission given to Lille Habitat Solidaire, bailleur social."), "{en:?}");
}

#[test]
fn with_a_pin_each_grant_needs_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut safe = demo_safe(dir.path());
    let pin = Pin::parse("2468").unwrap();
    safe.set_pin(&pin, KdfParams::MIN, now()).unwrap();
    let m = || {
        Mandate::with_default_end(
            MandateId::random(),
            ContactId::parse("pmi").unwrap(),
            MandateKind::Coordination,
            now(),
        )
        .unwrap()
    };
    assert_eq!(
        safe.confirm(m(), None, now()).unwrap_err(),
        SafeError::PinRequired
    );
    assert_eq!(
        safe.confirm(m(), Some(&Pin::parse("1111").unwrap()), now())
            .unwrap_err(),
        SafeError::Pin(PinError::Wrong { failures: 1 })
    );
    let confirmed = safe.confirm(m(), Some(&pin), now()).unwrap();
    assert!(
        safe.grant_mandate(confirmed, &demo_device_key(), None, now())
            .is_ok()
    );
}

#[test]
fn who_can_do_what_for_me_now() {
    use parcours_core::mandate::manage::who_can_do_what;
    let d = demo::dossier(now());
    let lines = who_can_do_what(&d, &Localizer::new(Lang::Fr), demo::TIME_ZONE, now());
    assert_eq!(lines.len(), 4);
    assert_eq!(
        lines[0],
        "Sophie Lefèvre (Caisse d'allocations familiales (CAF) du Nord)\u{a0}: Peut parler de votre situation avec votre référente ou votre référent. Sujets\u{a0}: Logement, Argent. Jusqu'au dimanche 22 mars 2026."
    );
    assert!(lines[1].starts_with("Julie Roux (Centre d'hébergement La Passerelle (CHRS))\u{a0}: Peut voir ce papier\u{a0}: Titre de séjour."), "{}", lines[1]);
    assert!(lines[3].starts_with("Claire Martin (Département du Nord, service social de Lille-Moulins)\u{a0}: Peut suivre tout votre parcours"), "{}", lines[3]);
}

#[test]
fn a_renewed_mandate_no_longer_ends_soon_on_home() {
    use parcours_core::whats_next::whats_next;
    let dir = tempfile::tempdir().unwrap();
    let mut safe = demo_safe(dir.path());
    let ending = |safe: &Safe| {
        let d = safe.store().load_dossier().unwrap().unwrap();
        whats_next(&d, now(), demo::TIME_ZONE)
            .mandates_ending
            .iter()
            .map(|g| g.mandate.id.to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(ending(&safe), ["mn-caf"]);
    let caf = safe
        .mandates(now())
        .unwrap()
        .grants
        .into_iter()
        .find(|g| g.mandate.id.as_str() == "mn-caf")
        .unwrap();
    let confirmed = safe
        .confirm(caf.renewal(now()).unwrap(), None, now())
        .unwrap();
    safe.grant_mandate(confirmed, &demo_device_key(), None, now())
        .unwrap();
    assert!(ending(&safe).is_empty());
}
