//! What the person does goes to the outbox, in the same store write as the
//! change: the right request after each action, nothing when the core's
//! rule refuses. On the demo dossier in a real safe, at the fixed `now` of
//! tests (Monday 2 March 2026, 9:00 in Paris).

mod common;

use common::demo_safe;
use parcours_core::appointment::AppointmentError;
use parcours_core::demo::{self, fixed_now};
use parcours_core::i18n::Lang;
use parcours_core::id::{AppointmentId, ContactId, MandateId, MessageId, ObjectiveId, StepId};
use parcours_core::message::{Delivery, MAX_MESSAGE_CHARS, MessageError, Participant};
use parcours_core::step::{StepError, StepStatus};
use parcours_core::sync::outbox::{ItemState, OutboxItem, Request};
use parcours_core::sync::wire::{
    AnswerAppointment, AppointmentAnswer, ChangeStep, NewMessage, ProposeStep,
};
use parcours_mobile::{Action, ActionError, AppData};

fn requests(data: &AppData) -> Vec<Request> {
    data.sync_status()
        .outbox
        .iter()
        .map(|i| i.request.clone())
        .collect()
}

fn appointment(s: &str) -> AppointmentId {
    AppointmentId::parse(s).unwrap()
}

#[test]
fn a_step_done_is_queued_with_its_change_and_kept_on_the_disk() {
    let (data, safe) = demo_safe("outbox-step");
    let now = fixed_now();
    assert!(requests(&data).is_empty());
    data.apply(&Action::StepDone(StepId::parse("s03").unwrap()), now)
        .unwrap();
    let expected = Request::ChangeStep {
        step: StepId::parse("s03").unwrap(),
        change: ChangeStep {
            to: StepStatus::Done,
            at: now,
        },
    };
    assert_eq!(requests(&data), vec![expected.clone()]);
    let item = &data.sync_status().outbox[0];
    assert_eq!(item.state, ItemState::Waiting);
    assert_eq!((item.attempts, item.created_at), (0, now));

    // Refused by the rule: nothing more is queued.
    for (step, error) in [
        ("s04", ActionError::NotMine),
        ("nope", ActionError::NotFound),
    ] {
        assert_eq!(
            data.apply(&Action::StepDone(StepId::parse(step).unwrap()), now),
            Err(error)
        );
    }
    assert!(matches!(
        data.apply(&Action::StepDone(StepId::parse("s01").unwrap()), now),
        Err(ActionError::Step(StepError::Transition { .. }))
    ));
    assert_eq!(requests(&data), vec![expected.clone()]);

    // Written with the change: both are on the disk.
    let step_on_screen = data.dossier();
    drop(data);
    let saved: Vec<OutboxItem> = safe.reopen_outbox();
    assert_eq!(
        saved.iter().map(|i| &i.request).collect::<Vec<_>>(),
        vec![&expected]
    );
    assert_eq!(safe.reopen(), *step_on_screen);
}

#[test]
fn appointment_answers_are_queued_and_a_refused_cancel_queues_nothing() {
    let (data, _safe) = demo_safe("outbox-appointments");
    let now = fixed_now();
    data.apply(&Action::ConfirmAppointment(appointment("a-formation")), now)
        .unwrap();
    data.apply(&Action::AskNewDate(appointment("a-pmi")), now)
        .unwrap();
    // The RSA meeting is compulsory: without "I understood", refused.
    assert_eq!(
        data.apply(
            &Action::CancelAppointment {
                id: appointment("a-rsa"),
                understood_consequences: false,
            },
            now,
        ),
        Err(ActionError::Appointment(
            AppointmentError::CompulsoryNeedsConfirmation
        ))
    );
    assert_eq!(requests(&data).len(), 2);
    // Already confirmed: a second confirmation is refused by the rule.
    assert!(
        data.apply(&Action::ConfirmAppointment(appointment("a-formation")), now)
            .is_err()
    );
    data.apply(
        &Action::CancelAppointment {
            id: appointment("a-rsa"),
            understood_consequences: true,
        },
        now,
    )
    .unwrap();
    let answer = |id: &str, answer, understood_consequences| Request::AnswerAppointment {
        appointment: appointment(id),
        answer: AnswerAppointment {
            answer,
            understood_consequences,
        },
    };
    assert_eq!(
        requests(&data),
        vec![
            answer("a-formation", AppointmentAnswer::Confirm, false),
            answer("a-pmi", AppointmentAnswer::AskNewDate, false),
            answer("a-rsa", AppointmentAnswer::Cancel, true),
        ]
    );
}

#[test]
fn settings_stay_on_the_phone() {
    let (data, _safe) = demo_safe("outbox-settings");
    let now = fixed_now();
    data.apply(&Action::SetLanguage(Lang::En), now).unwrap();
    data.apply(&Action::SetTextScale(150), now).unwrap();
    data.apply(&Action::SetHighContrast(true), now).unwrap();
    assert!(requests(&data).is_empty());
}

#[test]
fn a_message_is_in_the_thread_at_once_waiting_and_queued() {
    let (data, _safe) = demo_safe("outbox-message");
    let now = fixed_now();
    let before = data.dossier().messages.len();
    let d = data
        .apply(
            &Action::SendMessage {
                text: "  Je serai en retard de 10 minutes.  ".into(),
                attachments: vec![],
            },
            now,
        )
        .unwrap();
    assert_eq!(d.messages.len(), before + 1);
    let sent = d
        .messages
        .iter()
        .find(|m| m.text() == "Je serai en retard de 10 minutes.")
        .expect("the message, trimmed");
    assert_eq!(sent.delivery(), &Delivery::WaitingToSend);
    assert_eq!(sent.from, Participant::Me);
    assert_eq!(sent.to, Participant::Contact(demo::referent_id()));
    assert_eq!(sent.written_at, now);
    assert_eq!(
        requests(&data),
        vec![Request::SendMessage(NewMessage {
            id: sent.id.clone(),
            to: ContactId::parse("referent").unwrap(),
            text: "Je serai en retard de 10 minutes.".into(),
            written_at: now,
            attachments: vec![],
        })]
    );

    // Empty or too long: refused by the core's rule, nothing queued.
    assert_eq!(
        data.apply(
            &Action::SendMessage {
                text: " \n ".into(),
                attachments: vec![],
            },
            now
        ),
        Err(ActionError::Message(MessageError::Empty))
    );
    assert_eq!(
        data.apply(
            &Action::SendMessage {
                text: "a".repeat(MAX_MESSAGE_CHARS + 1),
                attachments: vec![],
            },
            now
        ),
        Err(ActionError::Message(MessageError::TooLong))
    );
    assert_eq!(requests(&data).len(), 1);
    assert_eq!(data.dossier().messages.len(), before + 1);
}

#[test]
fn a_message_needs_a_referent() {
    let now = fixed_now();
    let mut dossier = demo::dossier(now);
    dossier.contacts.retain(|c| c.id != demo::referent_id());
    let data = AppData::in_memory(dossier);
    assert_eq!(
        data.apply(
            &Action::SendMessage {
                text: "Bonjour".into(),
                attachments: vec![],
            },
            now
        ),
        Err(ActionError::NoReferent)
    );
}

#[test]
fn reading_a_message_is_queued_once() {
    let (data, _safe) = demo_safe("outbox-read");
    let now = fixed_now();
    let m07 = MessageId::parse("m07").unwrap();
    assert!(
        data.dossier()
            .messages
            .iter()
            .any(|m| m.id == m07 && m.is_unread())
    );
    data.apply(&Action::MarkRead(m07.clone()), now).unwrap();
    let d = data.dossier();
    let read = d.messages.iter().find(|m| m.id == m07).unwrap();
    assert_eq!(read.delivery(), &Delivery::Read);
    assert_eq!(
        requests(&data),
        vec![Request::MarkRead {
            message: m07.clone()
        }]
    );
    // Read already: nothing to do, nothing queued again.
    data.apply(&Action::MarkRead(m07), now).unwrap();
    // The person's own message, or one that does not exist: refused.
    assert_eq!(
        data.apply(&Action::MarkRead(MessageId::parse("m02").unwrap()), now),
        Err(ActionError::NotMine)
    );
    assert_eq!(
        data.apply(&Action::MarkRead(MessageId::parse("nope").unwrap()), now),
        Err(ActionError::NotFound)
    );
    assert_eq!(requests(&data).len(), 1);
}

#[test]
fn a_proposed_step_is_in_the_plan_and_queued() {
    let (data, _safe) = demo_safe("outbox-propose");
    let now = fixed_now();
    let housing = ObjectiveId::parse("housing").unwrap();
    let due = chrono::NaiveDate::from_ymd_opt(2026, 3, 20);
    let d = data
        .apply(
            &Action::ProposeStep {
                objective: housing.clone(),
                what: "Demander une aide pour les meubles".into(),
                due,
            },
            now,
        )
        .unwrap();
    let step = d
        .steps
        .iter()
        .find(|s| s.what() == "Demander une aide pour les meubles")
        .unwrap();
    assert_eq!(step.status(), StepStatus::ProposedByMe);
    assert_eq!(
        requests(&data),
        vec![Request::ProposeStep(ProposeStep {
            id: step.id.clone(),
            objective: housing.clone(),
            what: "Demander une aide pour les meubles".into(),
            due,
            at: now,
        })]
    );
    // No such objective, or no words: refused, nothing queued.
    assert_eq!(
        data.apply(
            &Action::ProposeStep {
                objective: ObjectiveId::parse("nope").unwrap(),
                what: "x".into(),
                due: None,
            },
            now
        ),
        Err(ActionError::NotFound)
    );
    assert_eq!(
        data.apply(
            &Action::ProposeStep {
                objective: housing,
                what: "   ".into(),
                due: None,
            },
            now
        ),
        Err(ActionError::Step(StepError::EmptyWhat))
    );
    assert_eq!(requests(&data).len(), 1);
}

#[test]
fn each_signed_statement_is_queued_with_the_mandate_change() {
    let (data, _safe) = demo_safe("outbox-mandates");
    let now = fixed_now();
    let signed_before = data.dossier().mandate_statements.len();

    data.apply(
        &Action::RevokeMandate {
            id: MandateId::parse("mn-chrs-titre").unwrap(),
            pin: None,
        },
        now,
    )
    .unwrap();
    data.apply(
        &Action::RenewMandate {
            id: MandateId::parse("mn-caf").unwrap(),
            pin: None,
        },
        now,
    )
    .unwrap();
    let d = data.dossier();
    let new: Vec<Request> = d.mandate_statements[signed_before..]
        .iter()
        .cloned()
        .map(Request::Statement)
        .collect();
    assert_eq!(new.len(), 2, "one revocation, one renewal");
    assert_eq!(requests(&data), new);

    // A mandate that is not in force (stopped just now) cannot be stopped again.
    assert!(
        data.apply(
            &Action::RevokeMandate {
                id: MandateId::parse("mn-chrs-titre").unwrap(),
                pin: None,
            },
            now,
        )
        .is_err()
    );
    assert!(
        data.apply(
            &Action::RevokeMandate {
                id: MandateId::parse("nope").unwrap(),
                pin: None,
            },
            now
        )
        .is_err()
    );
    assert_eq!(requests(&data), new);
}
