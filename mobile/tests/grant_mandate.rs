//! Granting a new mandate from the app: it goes through the core (signed
//! with the device key, its audit entry, queued for the server in the same
//! write), is then in force and can be revoked; its end is never later
//! than the kind's default duration; with a PIN set, the PIN is asked
//! again before signing (step-up).

mod common;

use chrono::Duration;
use common::demo_safe;
use parcours_core::demo::{self, fixed_now};
use parcours_core::keystore::Keystore;
use parcours_core::mandate::MandateKind;
use parcours_core::safe::key_file::KdfParams;
use parcours_core::safe::pin::{Pin, PinError};
use parcours_core::safe::{Safe, SafeError};
use parcours_mobile::{Action, ActionError, AppData};

fn in_force(data: &AppData) -> usize {
    data.dossier().mandates(fixed_now()).in_force().count()
}

#[test]
fn a_granted_mandate_is_signed_queued_in_force_and_can_be_revoked() {
    let (data, handle) = demo_safe("grant-mandate");
    let now = fixed_now();
    let before = in_force(&data);
    let statements = data.dossier().mandate_statements.len();
    let partner = data.dossier().contacts[1].id.clone();
    let kind = MandateKind::ActOnMyBehalf {
        procedure: "Dossier de logement social".into(),
    };
    // Asked for a year: the kind allows 90 days at most.
    data.apply(
        &Action::GrantMandate {
            grantee: partner.clone(),
            kind: kind.clone(),
            ends: now + Duration::days(365),
            pin: None,
        },
        now,
    )
    .unwrap();
    assert_eq!(in_force(&data), before + 1);
    assert_eq!(data.dossier().mandate_statements.len(), statements + 1);
    let verdict = data.dossier().mandates(now);
    let granted = verdict
        .in_force()
        .find(|g| g.mandate.kind == kind)
        .expect("the new mandate is in force");
    assert_eq!(granted.mandate.grantee, partner);
    assert_eq!(granted.mandate.ends(), now + Duration::days(90));
    let id = granted.mandate.id.clone();
    // Shorter is kept as asked.
    data.apply(
        &Action::GrantMandate {
            grantee: partner.clone(),
            kind: MandateKind::Coordination,
            ends: now + Duration::days(30),
            pin: None,
        },
        now,
    )
    .unwrap();
    assert!(
        data.dossier()
            .mandates(now)
            .in_force()
            .any(|g| g.mandate.kind == MandateKind::Coordination
                && g.mandate.ends() == now + Duration::days(30))
    );
    // Not one of the person's contacts: refused.
    assert!(matches!(
        data.apply(
            &Action::GrantMandate {
                grantee: parcours_core::id::ContactId::parse("nobody").unwrap(),
                kind: MandateKind::Coordination,
                ends: now + Duration::days(30),
                pin: None,
            },
            now,
        ),
        Err(ActionError::NotFound)
    ));
    // Revoked like the others.
    data.apply(
        &Action::RevokeMandate {
            id: id.clone(),
            pin: None,
        },
        now,
    )
    .unwrap();
    assert!(
        !data
            .dossier()
            .mandates(now)
            .in_force()
            .any(|g| g.mandate.id == id)
    );
    drop(data);
    // Queued for the server, and in the trail, as saved on the disk.
    let outbox = handle.reopen_outbox();
    assert!(outbox.len() >= 3, "{outbox:?}");
    assert!(
        handle
            .safe()
            .store()
            .audit_trail()
            .unwrap()
            .iter()
            .any(|e| matches!(
                e.body().unwrap().event,
                parcours_core::audit::AuditEvent::MandateGranted { .. }
            ))
    );
}

#[test]
fn with_a_pin_the_pin_is_asked_again_before_signing() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("grant-mandate-pin");
    let now = fixed_now();
    let (mut safe, _) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    safe.set_pin(&Pin::parse("2468").unwrap(), KdfParams::MIN, now)
        .unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    let before = in_force(&data);
    let grant = |pin: Option<&str>| Action::GrantMandate {
        grantee: data.dossier().contacts[1].id.clone(),
        kind: MandateKind::ActOnMyBehalf {
            procedure: "Demande de RSA".into(),
        },
        ends: now + Duration::days(30),
        pin: pin.map(|p| Pin::parse(p).unwrap()),
    };
    assert!(matches!(
        data.apply(&grant(None), now),
        Err(ActionError::Safe(SafeError::PinRequired))
    ));
    assert!(matches!(
        data.apply(&grant(Some("1111")), now),
        Err(ActionError::Safe(SafeError::Pin(PinError::Wrong { .. })))
    ));
    assert_eq!(in_force(&data), before);
    data.apply(&grant(Some("2468")), now).unwrap();
    assert_eq!(in_force(&data), before + 1);
}

#[test]
fn with_a_pin_stopping_or_renewing_needs_the_pin_and_a_wrong_one_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ks = Keystore::mock("revoke-mandate-pin");
    let now = fixed_now();
    let (mut safe, _) = Safe::init(dir.path(), ks.clone(), KdfParams::MIN, now).unwrap();
    safe.store_mut()
        .save_dossier(&demo::dossier(now), now)
        .unwrap();
    safe.set_pin(&Pin::parse("2468").unwrap(), KdfParams::MIN, now)
        .unwrap();
    let data = AppData::from_safe(safe, demo::demo_device_key())
        .unwrap()
        .unwrap();
    assert!(data.has_pin());
    let statements = data.dossier().mandate_statements.len();
    let id = parcours_core::id::MandateId::parse("mn-chrs-titre").unwrap();
    let revoke = |pin: Option<&str>| Action::RevokeMandate {
        id: id.clone(),
        pin: pin.map(|p| Pin::parse(p).unwrap()),
    };
    assert!(matches!(
        data.apply(&revoke(None), now),
        Err(ActionError::Safe(SafeError::PinRequired))
    ));
    assert!(matches!(
        data.apply(&revoke(Some("1357")), now),
        Err(ActionError::Safe(SafeError::Pin(PinError::Wrong { .. })))
    ));
    assert_eq!(data.dossier().mandate_statements.len(), statements);
    assert!(
        data.dossier()
            .mandates(now)
            .in_force()
            .any(|g| g.mandate.id == id)
    );
    data.apply(&revoke(Some("2468")), now).unwrap();
    assert!(
        !data
            .dossier()
            .mandates(now)
            .in_force()
            .any(|g| g.mandate.id == id)
    );
    // Renewing: the same rule.
    let caf = parcours_core::id::MandateId::parse("mn-caf").unwrap();
    let renew = |pin: Option<&str>| Action::RenewMandate {
        id: caf.clone(),
        pin: pin.map(|p| Pin::parse(p).unwrap()),
    };
    assert!(matches!(
        data.apply(&renew(None), now),
        Err(ActionError::Safe(SafeError::PinRequired))
    ));
    let before = data.dossier().mandate_statements.len();
    data.apply(&renew(Some("2468")), now).unwrap();
    assert_eq!(data.dossier().mandate_statements.len(), before + 1);
}

#[test]
fn without_a_pin_has_pin_says_so() {
    let (data, _handle) = demo_safe("grant-mandate-no-pin");
    assert!(!data.has_pin());
}
