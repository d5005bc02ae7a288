//! Mandates: every kind granted, verified, revoked; expiry at the exact
//! boundary (across daylight-saving changes); replays, tampering, wrong
//! prefixes, revoked device keys refused; a restored device continuing its
//! sequence; a new coordination mandate ending the old one.

use chrono::{DateTime, Duration, TimeZone, Utc};
use chrono_tz::Europe::Paris;
use parcours_core::crypto::label;
use parcours_core::device_key::DeviceKey;
use parcours_core::document::{Category, DocumentMeta};
use parcours_core::id::{ContactId, DocumentId, MandateId, PersonId};
use parcours_core::mandate::chain::{KeyChain, ServerKey};
use parcours_core::mandate::statement::{SignedStatement, sign_grant, sign_revocation};
use parcours_core::mandate::verify::{Access, Rejection, Standing, verify};
use parcours_core::mandate::{DocumentScope, Mandate, MandateKind};
use parcours_core::plan::LifeDomain;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

struct World {
    person: PersonId,
    server: ServerKey,
    device: DeviceKey,
    chain: KeyChain,
}

fn world() -> World {
    let person = PersonId::parse("nadia").unwrap();
    let server = ServerKey(DeviceKey::from_seed(&[1u8; 32]));
    let device = DeviceKey::from_seed(&[2u8; 32]);
    let chain = KeyChain {
        server_key: server.public_key(),
        certificates: vec![server.certify(&person, device.public_key(), 1, t0())],
        revocations: vec![],
    };
    World {
        person,
        server,
        device,
        chain,
    }
}

fn mandate(
    id: &str,
    grantee: &str,
    kind: MandateKind,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
) -> Mandate {
    Mandate::new(
        MandateId::parse(id).unwrap(),
        ContactId::parse(grantee).unwrap(),
        kind,
        starts,
        ends,
    )
    .unwrap()
}

fn doc(id: &str, category: Category) -> DocumentMeta {
    DocumentMeta::new(
        DocumentId::parse(id).unwrap(),
        "x",
        category,
        None,
        None,
        t0(),
    )
    .unwrap()
}

#[test]
fn every_kind_is_granted_verified_and_revoked() {
    let w = world();
    let end = t0() + Duration::days(90);
    let grants = [
        mandate("m1", "referent", MandateKind::Coordination, t0(), end),
        mandate(
            "m2",
            "caf",
            MandateKind::InformationSharing {
                domains: vec![LifeDomain::Money, LifeDomain::Housing],
            },
            t0(),
            end,
        ),
        mandate(
            "m3",
            "chrs",
            MandateKind::DocumentAccess {
                documents: DocumentScope::One(DocumentId::parse("titre").unwrap()),
            },
            t0(),
            end,
        ),
        mandate(
            "m4",
            "bailleur",
            MandateKind::DocumentAccess {
                documents: DocumentScope::Category(Category::Payslip),
            },
            t0(),
            end,
        ),
        mandate(
            "m5",
            "aidant",
            MandateKind::ActOnMyBehalf {
                procedure: "Demande de logement social".into(),
            },
            t0(),
            end,
        ),
    ];
    let mut statements: Vec<SignedStatement> = grants
        .iter()
        .enumerate()
        .map(|(i, m)| sign_grant(&w.device, i as u64 + 1, t0(), m, None))
        .collect();
    let now = t0() + Duration::days(1);
    let v = verify(&w.person, &w.chain, &statements, now);
    assert!(v.rejected.is_empty(), "{:?}", v.rejected);
    assert_eq!(v.in_force().count(), 5);
    let c = |s: &str| ContactId::parse(s).unwrap();
    assert!(v.allows(&c("referent"), Access::Coordinate));
    assert!(!v.allows(&c("caf"), Access::Coordinate));
    assert!(v.allows(&c("caf"), Access::ShareInformation(LifeDomain::Housing)));
    assert!(!v.allows(&c("caf"), Access::ShareInformation(LifeDomain::Health)));
    assert!(v.allows(
        &c("chrs"),
        Access::SeeDocument(&doc("titre", Category::ResidencePermit))
    ));
    assert!(!v.allows(
        &c("chrs"),
        Access::SeeDocument(&doc("autre", Category::ResidencePermit))
    ));
    // A category covers documents added later too.
    assert!(v.allows(
        &c("bailleur"),
        Access::SeeDocument(&doc("paie-de-demain", Category::Payslip))
    ));
    assert!(v.allows(&c("aidant"), Access::ActFor("Demande de logement social")));
    assert!(!v.allows(&c("aidant"), Access::ActFor("Demande de RSA")));

    // The person stops the CAF's information sharing.
    let revoke_at = t0() + Duration::days(10);
    statements.push(sign_revocation(&w.device, 6, revoke_at, &statements[1]));
    let v = verify(
        &w.person,
        &w.chain,
        &statements,
        revoke_at + Duration::seconds(1),
    );
    assert!(v.rejected.is_empty());
    assert_eq!(v.grants[1].standing, Standing::Revoked { at: revoke_at });
    assert!(!v.allows(&c("caf"), Access::ShareInformation(LifeDomain::Housing)));
    assert_eq!(v.in_force().count(), 4);
    // Before the revocation's time, it was still in force.
    let v = verify(
        &w.person,
        &w.chain,
        &statements,
        revoke_at - Duration::seconds(1),
    );
    assert_eq!(v.grants[1].standing, Standing::InForce);
    // Revoking twice, or a grant that does not exist, is refused.
    statements.push(sign_revocation(&w.device, 7, revoke_at, &statements[1]));
    let unknown = sign_grant(&w.device, 99, t0(), &grants[0], None);
    statements.push(sign_revocation(&w.device, 8, revoke_at, &unknown));
    let v = verify(&w.person, &w.chain, &statements, revoke_at);
    assert_eq!(
        v.rejected
            .iter()
            .map(|r| r.reason.clone())
            .collect::<Vec<_>>(),
        [Rejection::AlreadyRevoked, Rejection::UnknownGrant]
    );
}

#[test]
fn expiry_at_the_exact_boundary_across_daylight_saving() {
    let w = world();
    // Ends at 03:00 in Paris on 29 March 2026, just after clocks go forward (01:00 UTC).
    let end = Paris
        .with_ymd_and_hms(2026, 3, 29, 3, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(end, Utc.with_ymd_and_hms(2026, 3, 29, 1, 0, 0).unwrap());
    let start = Paris
        .with_ymd_and_hms(2026, 3, 2, 0, 0, 0)
        .unwrap()
        .with_timezone(&Utc);
    let m = mandate("m", "caf", MandateKind::Coordination, start, end);
    let s = [sign_grant(&w.device, 1, t0(), &m, None)];
    let at = |t: DateTime<Utc>| {
        verify(&w.person, &w.chain, &s, t).grants[0]
            .standing
            .clone()
    };
    assert_eq!(at(start - Duration::seconds(1)), Standing::NotYetStarted);
    assert_eq!(at(start), Standing::InForce);
    assert_eq!(at(end - Duration::seconds(1)), Standing::InForce);
    assert_eq!(at(end), Standing::Ended);
    // In autumn, 02:30 happens twice in Paris; the earlier one is meant.
    let autumn = Paris
        .with_ymd_and_hms(2026, 10, 25, 2, 30, 0)
        .earliest()
        .unwrap()
        .with_timezone(&Utc);
    assert_eq!(
        autumn,
        Utc.with_ymd_and_hms(2026, 10, 25, 0, 30, 0).unwrap()
    );
    let m = mandate("n", "caf", MandateKind::Coordination, start, autumn);
    let s = [sign_grant(&w.device, 1, t0(), &m, None)];
    assert_eq!(
        verify(&w.person, &w.chain, &s, autumn - Duration::seconds(1)).grants[0].standing,
        Standing::InForce
    );
    assert_eq!(
        verify(&w.person, &w.chain, &s, autumn).grants[0].standing,
        Standing::Ended
    );
}

#[test]
fn replays_tampering_and_wrong_prefixes_are_refused() {
    let w = world();
    let m = mandate(
        "m",
        "caf",
        MandateKind::Coordination,
        t0(),
        t0() + Duration::days(30),
    );
    let g1 = sign_grant(&w.device, 1, t0(), &m, None);
    let g2 = sign_grant(
        &w.device,
        2,
        t0(),
        &mandate(
            "k",
            "pmi",
            MandateKind::Coordination,
            t0(),
            t0() + Duration::days(30),
        ),
        None,
    );
    let r = sign_revocation(&w.device, 3, t0() + Duration::days(1), &g1);
    // Replaying the old grant after its revocation does not bring it back.
    let v = verify(
        &w.person,
        &w.chain,
        &[g1.clone(), g2.clone(), r.clone(), g1.clone()],
        t0() + Duration::days(2),
    );
    assert_eq!(
        v.rejected[0].reason,
        Rejection::Replayed { seq: 1, last: 3 }
    );
    assert_eq!(v.grants.len(), 2);
    // Out of order.
    let v = verify(&w.person, &w.chain, &[g2.clone(), g1.clone()], t0());
    assert_eq!(
        v.rejected[0].reason,
        Rejection::Replayed { seq: 1, last: 2 }
    );

    // A tampered end date: the signature no longer checks.
    let mut t = g1.clone();
    let end_at = t.bytes.len() - 2; // the end date's last byte, just before the kind byte
    t.bytes[end_at] ^= 0x01;
    assert_eq!(
        verify(&w.person, &w.chain, &[t], t0()).rejected[0].reason,
        Rejection::Tampered
    );
    // Every single bit of a statement matters.
    for i in 0..g1.bytes.len() {
        let mut t = g1.clone();
        t.bytes[i] ^= 0x04;
        let v = verify(&w.person, &w.chain, &[t], t0());
        assert!(v.grants.is_empty(), "byte {i} flipped was accepted");
    }
    let mut t = g1.clone();
    t.signature[10] ^= 1;
    assert_eq!(
        verify(&w.person, &w.chain, &[t], t0()).rejected[0].reason,
        Rejection::Tampered
    );

    // An authentication challenge signed by the same key is not a statement.
    let challenge = b"https://parcours.example\0nonce-32-bytes-long........\0expiry";
    let signature = w.device.sign(label::AUTH, challenge).to_vec();
    let bytes = [label::AUTH, challenge.as_slice()].concat();
    let v = verify(
        &w.person,
        &w.chain,
        &[SignedStatement { bytes, signature }],
        t0(),
    );
    assert_eq!(v.rejected[0].reason, Rejection::WrongPrefix);
    // Nor is a mandate body signed under another label.
    let body = &g1.bytes[label::MANDATE.len()..];
    let other = SignedStatement {
        bytes: g1.bytes.clone(),
        signature: w.device.sign(label::EXPORT_MANIFEST, body).to_vec(),
    };
    assert_eq!(
        verify(&w.person, &w.chain, &[other], t0()).rejected[0].reason,
        Rejection::Tampered
    );
}

#[test]
fn a_revoked_device_key_signs_nothing_more() {
    let mut w = world();
    let m = |id: &str| {
        mandate(
            id,
            "caf",
            MandateKind::InformationSharing {
                domains: vec![LifeDomain::Money],
            },
            t0(),
            t0() + Duration::days(30),
        )
    };
    let before = sign_grant(&w.device, 1, t0(), &m("a"), None);
    // The phone is stolen: the referent has its key revoked after statement 1.
    w.chain.revocations.push(
        w.server
            .revoke(w.device.public_key(), 1, t0() + Duration::days(1)),
    );
    let thief = sign_grant(&w.device, 2, t0() - Duration::days(5), &m("b"), None);
    let v = verify(
        &w.person,
        &w.chain,
        &[before, thief],
        t0() + Duration::days(2),
    );
    assert_eq!(
        v.in_force().count(),
        1,
        "what was signed before the theft stands"
    );
    assert_eq!(v.rejected[0].reason, Rejection::RevokedKey { last_seq: 1 });
    // A revocation forged without the server's key changes nothing.
    let mut w2 = world();
    let forged =
        ServerKey(DeviceKey::from_seed(&[9u8; 32])).revoke(w2.device.public_key(), 0, t0());
    w2.chain.revocations.push(forged);
    let s = [sign_grant(&w2.device, 1, t0(), &m("c"), None)];
    assert_eq!(
        verify(&w2.person, &w2.chain, &s, t0()).in_force().count(),
        1
    );
}

#[test]
fn unknown_keys_are_refused() {
    let w = world();
    let stranger = DeviceKey::from_seed(&[7u8; 32]);
    let m = mandate(
        "m",
        "caf",
        MandateKind::Coordination,
        t0(),
        t0() + Duration::days(1),
    );
    let v = verify(
        &w.person,
        &w.chain,
        &[sign_grant(&stranger, 1, t0(), &m, None)],
        t0(),
    );
    assert_eq!(v.rejected[0].reason, Rejection::UnknownKey);
    // The person's key, certified for someone else.
    let other = PersonId::parse("someone-else").unwrap();
    let v = verify(
        &other,
        &w.chain,
        &[sign_grant(&w.device, 1, t0(), &m, None)],
        t0(),
    );
    assert_eq!(v.rejected[0].reason, Rejection::UnknownKey);
    // A certificate not signed by the server.
    let mut chain = w.chain.clone();
    chain.certificates[0].server_signature[0] ^= 1;
    let v = verify(
        &w.person,
        &chain,
        &[sign_grant(&w.device, 1, t0(), &m, None)],
        t0(),
    );
    assert_eq!(v.rejected[0].reason, Rejection::UnknownKey);
}

#[test]
fn a_restored_device_continues_the_sequence() {
    let mut w = world();
    let m = |id: &str| {
        mandate(
            id,
            "caf",
            MandateKind::InformationSharing {
                domains: vec![LifeDomain::Money],
            },
            t0(),
            t0() + Duration::days(30),
        )
    };
    let old = [
        sign_grant(&w.device, 1, t0(), &m("a"), None),
        sign_grant(&w.device, 2, t0(), &m("b"), None),
    ];
    // Restored from a backup on a new phone: a new key, enrolled from the last number the server saw.
    let new_phone = DeviceKey::from_seed(&[3u8; 32]);
    w.chain.certificates.push(w.server.certify(
        &w.person,
        new_phone.public_key(),
        3,
        t0() + Duration::days(1),
    ));
    let mut all = old.to_vec();
    all.push(sign_grant(
        &new_phone,
        3,
        t0() + Duration::days(1),
        &m("c"),
        None,
    ));
    all.push(sign_revocation(
        &new_phone,
        4,
        t0() + Duration::days(2),
        &old[0],
    ));
    let v = verify(&w.person, &w.chain, &all, t0() + Duration::days(3));
    assert!(v.rejected.is_empty(), "{:?}", v.rejected);
    assert_eq!(
        v.in_force()
            .map(|g| g.mandate.id.as_str())
            .collect::<Vec<_>>(),
        ["b", "c"]
    );
    assert_eq!(v.last_seq, Some(4));
    // The new key cannot go back under its first number.
    let v = verify(
        &w.person,
        &w.chain,
        &[sign_grant(&new_phone, 2, t0(), &m("d"), None)],
        t0(),
    );
    assert_eq!(v.rejected[0].reason, Rejection::BeforeKey { first_seq: 3 });
}

#[test]
fn a_new_coordination_mandate_ends_the_old_one() {
    let w = world();
    let year = Duration::days(365);
    let old = mandate(
        "old",
        "referent-1",
        MandateKind::Coordination,
        t0(),
        t0() + year,
    );
    let switch = t0() + Duration::days(40);
    let new = mandate(
        "new",
        "referent-2",
        MandateKind::Coordination,
        switch,
        switch + year,
    );
    let s = [
        sign_grant(&w.device, 1, t0(), &old, None),
        sign_grant(&w.device, 2, t0() + Duration::days(39), &new, None),
    ];
    let v = verify(&w.person, &w.chain, &s, switch - Duration::seconds(1));
    assert!(v.allows(&ContactId::parse("referent-1").unwrap(), Access::Coordinate));
    assert!(!v.allows(&ContactId::parse("referent-2").unwrap(), Access::Coordinate));
    let v = verify(&w.person, &w.chain, &s, switch);
    assert_eq!(
        v.grants[0].standing,
        Standing::Superseded {
            by: MandateId::parse("new").unwrap(),
            at: switch
        }
    );
    assert_eq!(v.in_force().count(), 1);
    assert!(v.allows(&ContactId::parse("referent-2").unwrap(), Access::Coordinate));
}
