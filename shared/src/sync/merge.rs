//! How a pull is merged into the dossier on the phone. Deterministic, and
//! the same on every phone:
//!
//! 1. the server's copy of each record it sends replaces the phone's
//!    (the referent owns the plan's wording, the appointments and their
//!    messages; the server only accepted the person's own changes — step
//!    status, proposals, answers, messages — through the person's requests);
//! 2. a message keeps the furthest delivery state of the two copies (a
//!    "read" not yet sent is not lost), unless the server refused it;
//! 3. the person's own record (name, language, accessibility) is the
//!    phone's: the server's copy is only taken when the phone has none;
//! 4. mandate statements are only ever added, kept in the order issued;
//! 5. then every request still waiting in the outbox is applied again on
//!    top, in order: what the person did offline stays visible until the
//!    server answers.
//!
//! Must never: do I/O, drop a record the server did not send.

use crate::dossier::Dossier;

use super::outbox::{ItemState, OutboxItem};
use super::wire::{AccessEntry, Change, Record, ShareRecord};

/// What the phone keeps beside the dossier: the access log and its shares.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Beside {
    pub access_log: Vec<AccessEntry>,
    pub shares: Vec<ShareRecord>,
}

/// Merges `changes` into `dossier` and `beside`, then replays the waiting
/// `outbox` items.
pub fn merge(
    dossier: &mut Dossier,
    beside: &mut Beside,
    changes: &[Change],
    outbox: &[OutboxItem],
) {
    for change in changes {
        match &change.record {
            Record::Person(p) => {
                if dossier.person.id != p.id {
                    dossier.person = p.clone();
                }
            }
            Record::Contact(c) => upsert(&mut dossier.contacts, c.clone(), |x| x.id == c.id),
            Record::Objective(o) => upsert(&mut dossier.objectives, o.clone(), |x| x.id == o.id),
            Record::Step(s) => upsert(&mut dossier.steps, s.clone(), |x| x.id == s.id),
            Record::Appointment(a) => {
                upsert(&mut dossier.appointments, a.clone(), |x| x.id == a.id)
            }
            Record::Message(m) => {
                let merged = match dossier.messages.iter().find(|x| x.id == m.id) {
                    Some(local) => m.clone().merged_with_local(local),
                    None => m.clone(),
                };
                upsert(&mut dossier.messages, merged, |x| x.id == m.id);
            }
            Record::Statement(s) => {
                if !dossier.mandate_statements.contains(s) {
                    dossier.mandate_statements.push(s.clone());
                    // Stable: statements that cannot be decoded keep their place at the end.
                    dossier
                        .mandate_statements
                        .sort_by_key(|s| s.decode().map(|d| d.seq()).unwrap_or(u64::MAX));
                }
            }
            Record::KeyChain(k) => dossier.key_chain = Some(k.clone()),
            Record::Access(a) => upsert(&mut beside.access_log, a.clone(), |x| x.id == a.id),
            Record::Share(sh) => upsert(&mut beside.shares, sh.clone(), |x| x.id == sh.id),
        }
    }
    for item in outbox.iter().filter(|i| i.state == ItemState::Waiting) {
        item.request.apply_locally(dossier);
    }
}

fn upsert<T>(list: &mut Vec<T>, value: T, same: impl Fn(&T) -> bool) {
    match list.iter_mut().find(|x| same(x)) {
        Some(slot) => *slot = value,
        None => list.push(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::message::Delivery;
    use crate::step::{ChangedBy, StepStatus};
    use crate::sync::outbox::Request;
    use crate::sync::wire::ChangeStep;

    #[test]
    fn the_server_wins_on_wording_and_waiting_changes_are_replayed() {
        let now = demo::fixed_now();
        let mut phone = demo::dossier(now);
        let mut server_step = phone.steps[0].clone();
        server_step
            .reword("Nouvelle formulation", server_step.actor.clone(), None)
            .unwrap();
        let my_step = phone
            .steps
            .iter()
            .find(|s| s.status().is_open() && s.actor == crate::step::Actor::Me)
            .unwrap()
            .clone();
        // Offline: the person marked their step done.
        let item = OutboxItem::new(
            Request::ChangeStep {
                step: my_step.id.clone(),
                change: ChangeStep {
                    to: StepStatus::Done,
                    at: now,
                },
            },
            now,
        );
        assert!(item.request.apply_locally(&mut phone));
        // The server still has it open.
        let changes = vec![
            Change {
                seq: 1,
                record: Record::Step(server_step.clone()),
            },
            Change {
                seq: 2,
                record: Record::Step(my_step.clone()),
            },
        ];
        let mut log = Beside::default();
        merge(&mut phone, &mut log, &changes, std::slice::from_ref(&item));
        assert_eq!(phone.steps[0].what(), "Nouvelle formulation");
        let mine = phone.steps.iter().find(|s| s.id == my_step.id).unwrap();
        assert_eq!(mine.status(), StepStatus::Done);
        assert_eq!(mine.history().last().unwrap().by, ChangedBy::Me);
        // Once the item is gone, the server's copy stands.
        merge(&mut phone, &mut log, &changes, &[]);
        let mine = phone.steps.iter().find(|s| s.id == my_step.id).unwrap();
        assert_eq!(mine.status(), my_step.status());
    }

    #[test]
    fn a_read_not_yet_sent_is_kept_and_merging_twice_changes_nothing() {
        let now = demo::fixed_now();
        let mut phone = demo::dossier(now);
        let unread = phone
            .messages
            .iter()
            .find(|m| m.is_unread())
            .unwrap()
            .clone();
        let server_copy = unread.clone();
        phone
            .messages
            .iter_mut()
            .find(|m| m.id == unread.id)
            .unwrap()
            .advance(Delivery::Read)
            .unwrap();
        let changes = vec![Change {
            seq: 7,
            record: Record::Message(server_copy),
        }];
        let mut log = Beside::default();
        merge(&mut phone, &mut log, &changes, &[]);
        let once = phone.clone();
        merge(&mut phone, &mut log, &changes, &[]);
        assert_eq!(phone, once);
        let m = phone.messages.iter().find(|m| m.id == unread.id).unwrap();
        assert_eq!(m.delivery(), &Delivery::Read);
        assert_eq!(
            phone.messages.len(),
            demo::dossier(now).messages.len(),
            "no duplicate"
        );
    }

    #[test]
    fn the_persons_own_record_stays_the_phones() {
        let now = demo::fixed_now();
        let mut phone = demo::dossier(now);
        let mut server_person = phone.person.clone();
        server_person.accessibility.high_contrast = !server_person.accessibility.high_contrast;
        let before = phone.person.clone();
        merge(
            &mut phone,
            &mut Beside::default(),
            &[Change {
                seq: 1,
                record: Record::Person(server_person),
            }],
            &[],
        );
        assert_eq!(phone.person, before);
    }
}
