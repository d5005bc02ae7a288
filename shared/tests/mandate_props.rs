//! Property test: any sequence of grants, revocations and replays, verified,
//! gives the same mandates in force as a simple reference model.

use chrono::{DateTime, Duration, TimeZone, Utc};
use parcours_core::device_key::DeviceKey;
use parcours_core::id::{ContactId, MandateId, PersonId};
use parcours_core::mandate::chain::{KeyChain, ServerKey};
use parcours_core::mandate::statement::{SignedStatement, sign_grant, sign_revocation};
use parcours_core::mandate::verify::verify;
use parcours_core::mandate::{Mandate, MandateKind};
use parcours_core::plan::LifeDomain;
use proptest::prelude::*;

#[derive(Debug, Clone)]
enum Op {
    /// Grant: coordination or not, grantee, start and length in days.
    Grant {
        coordination: bool,
        grantee: u8,
        start: i64,
        days: i64,
    },
    /// Revoke the n-th grant made so far (modulo).
    Revoke(usize),
    /// Send again the n-th statement made so far (modulo).
    Replay(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        3 => (any::<bool>(), 0u8..3, -20i64..20, 1i64..40).prop_map(|(coordination, grantee, start, days)| Op::Grant { coordination, grantee, start, days }),
        1 => any::<usize>().prop_map(Op::Revoke),
        1 => any::<usize>().prop_map(Op::Replay),
    ]
}

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 3, 2, 9, 0, 0).unwrap()
}

/// The reference model's record of a grant.
struct ModelGrant {
    id: String,
    coordination: bool,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
    revoked_at: Option<DateTime<Utc>>,
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_verifier_agrees_with_the_reference_model(ops in proptest::collection::vec(op(), 1..25), now_day in -10i64..60) {
        let person = PersonId::parse("p").unwrap();
        let server = ServerKey(DeviceKey::from_seed(&[1u8; 32]));
        let device = DeviceKey::from_seed(&[2u8; 32]);
        let chain = KeyChain { server_key: server.public_key(), certificates: vec![server.certify(&person, device.public_key(), 1, t0())], revocations: vec![] };

        let mut statements: Vec<SignedStatement> = Vec::new();
        let mut grant_statements: Vec<(usize, SignedStatement)> = Vec::new();
        let mut model: Vec<ModelGrant> = Vec::new();
        let mut seq = 0u64;
        for (i, op) in ops.iter().enumerate() {
            let issued = t0() + Duration::hours(i as i64);
            match op {
                Op::Grant { coordination, grantee, start, days } => {
                    seq += 1;
                    let starts = t0() + Duration::days(*start);
                    let ends = starts + Duration::days(*days);
                    let kind = if *coordination { MandateKind::Coordination } else { MandateKind::InformationSharing { domains: vec![LifeDomain::Money] } };
                    let id = format!("m{i}");
                    let m = Mandate::new(MandateId::parse(id.clone()).unwrap(), ContactId::parse(format!("c{grantee}")).unwrap(), kind, starts, ends).unwrap();
                    let s = sign_grant(&device, seq, issued, &m, None);
                    grant_statements.push((model.len(), s.clone()));
                    statements.push(s);
                    model.push(ModelGrant { id, coordination: *coordination, starts, ends, revoked_at: None });
                }
                Op::Revoke(n) if !grant_statements.is_empty() => {
                    let (g, target) = &grant_statements[n % grant_statements.len()];
                    seq += 1;
                    statements.push(sign_revocation(&device, seq, issued, target));
                    // The model: the first revocation of a grant counts; a second is refused (and uses no number).
                    if model[*g].revoked_at.is_none() {
                        model[*g].revoked_at = Some(issued);
                    } else {
                        seq -= 1;
                        statements.pop();
                    }
                }
                Op::Replay(n) if !statements.is_empty() => {
                    // A replay never counts in the model.
                    let again = statements[n % statements.len()].clone();
                    statements.push(again);
                }
                _ => {}
            }
        }
        let now = t0() + Duration::days(now_day);
        let verdict = verify(&person, &chain, &statements, now);
        let got: Vec<String> = verdict.in_force().map(|g| g.mandate.id.to_string()).collect();
        let expected: Vec<String> = model
            .iter()
            .enumerate()
            .filter(|(i, g)| {
                let revoked = g.revoked_at.is_some_and(|at| at <= now);
                let superseded = g.coordination
                    && model[i + 1..].iter().any(|later| later.coordination && later.starts <= now);
                g.starts <= now && now < g.ends && !revoked && !superseded
            })
            .map(|(_, g)| g.id.clone())
            .collect();
        prop_assert_eq!(got, expected);
        // Every replay was refused, nothing else was.
        let replays = ops.iter().filter(|o| matches!(o, Op::Replay(_))).count();
        prop_assert!(verdict.rejected.len() <= replays);
    }
}
