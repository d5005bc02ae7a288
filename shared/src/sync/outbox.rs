//! The persistent outbox: every change the person makes is applied to the
//! dossier on the phone at once and queued here, with its idempotency key,
//! until the server has it. Survives restarts (it lives in the encrypted
//! store), keeps the order in which things were done, and never drops an
//! item silently: a refusal is kept with its reason for the person to see.
//!
//! Must never: do I/O or read a clock (the engine passes `now`).

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::dossier::Dossier;
use crate::id::{AppointmentId, MessageId, StepId};
use crate::mandate::statement::SignedStatement;
use crate::message::{Delivery, Message};
use crate::step::{ChangedBy, Step};

use super::wire::{
    AnswerAppointment, AppointmentAnswer, ChangeStep, ErrorBody, NewMessage, ProposeStep,
};

/// Something the person did that the server must learn.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "request")]
pub enum Request {
    SendMessage(NewMessage),
    MarkRead {
        message: MessageId,
    },
    AnswerAppointment {
        appointment: AppointmentId,
        answer: AnswerAppointment,
    },
    ChangeStep {
        step: StepId,
        change: ChangeStep,
    },
    ProposeStep(ProposeStep),
    Statement(SignedStatement),
    /// Stop a share: the server deletes its copy.
    WithdrawShare {
        share: String,
    },
}

impl Request {
    /// The API path this request is posted to.
    pub fn path(&self) -> String {
        match self {
            Request::SendMessage(_) => "/v1/messages".to_owned(),
            Request::MarkRead { message } => format!("/v1/messages/{message}/read"),
            Request::AnswerAppointment { appointment, .. } => {
                format!("/v1/appointments/{appointment}/answer")
            }
            Request::ChangeStep { step, .. } => format!("/v1/steps/{step}/status"),
            Request::ProposeStep(_) => "/v1/steps".to_owned(),
            Request::Statement(_) => "/v1/mandates".to_owned(),
            Request::WithdrawShare { share } => format!("/v1/shares/{share}/withdraw"),
        }
    }

    /// The JSON body posted.
    pub fn body(&self) -> serde_json::Value {
        let value = match self {
            Request::SendMessage(m) => serde_json::to_value(m),
            Request::MarkRead { .. } | Request::WithdrawShare { .. } => Ok(serde_json::json!({})),
            Request::AnswerAppointment { answer, .. } => serde_json::to_value(answer),
            Request::ChangeStep { change, .. } => serde_json::to_value(change),
            Request::ProposeStep(p) => serde_json::to_value(p),
            Request::Statement(s) => serde_json::to_value(s),
        };
        value.expect("requests serialise")
    }

    /// The message this request is about, if any: sends to one
    /// conversation stay in order.
    pub fn message(&self) -> Option<&MessageId> {
        match self {
            Request::SendMessage(m) => Some(&m.id),
            Request::MarkRead { message } => Some(message),
            _ => None,
        }
    }

    /// Applies the request to the dossier on the phone: what the person
    /// sees at once, before the server has it. Also replayed on top of the
    /// server's copy after each pull while the item is still waiting.
    /// Returns `false` when it no longer applies (the server will decide).
    pub fn apply_locally(&self, dossier: &mut Dossier) -> bool {
        match self {
            Request::SendMessage(m) => {
                if dossier.messages.iter().any(|x| x.id == m.id) {
                    return true;
                }
                match Message::outgoing(
                    m.id.clone(),
                    m.to.clone(),
                    &m.text,
                    m.attachments.clone(),
                    m.written_at,
                ) {
                    Ok(msg) => {
                        dossier.messages.push(msg);
                        true
                    }
                    Err(_) => false,
                }
            }
            Request::MarkRead { message } => dossier
                .messages
                .iter_mut()
                .find(|m| &m.id == message)
                .is_some_and(|m| {
                    m.delivery() == &Delivery::Read || m.advance(Delivery::Read).is_ok()
                }),
            Request::AnswerAppointment {
                appointment,
                answer,
            } => dossier
                .appointments
                .iter_mut()
                .find(|a| &a.id == appointment)
                .is_some_and(|a| {
                    let mut copy = a.clone();
                    let ok = match answer.answer {
                        AppointmentAnswer::Confirm => copy.confirm(),
                        AppointmentAnswer::AskNewDate => copy.ask_new_date(),
                        AppointmentAnswer::Cancel => {
                            copy.cancel_by_me(answer.understood_consequences)
                        }
                    }
                    .is_ok();
                    if ok {
                        *a = copy;
                    }
                    ok
                }),
            Request::ChangeStep { step, change } => dossier
                .steps
                .iter_mut()
                .find(|s| &s.id == step)
                .is_some_and(|s| {
                    s.status() == change.to
                        || s.change_status(change.to, ChangedBy::Me, change.at).is_ok()
                }),
            Request::ProposeStep(p) => {
                if dossier.steps.iter().any(|s| s.id == p.id) {
                    return true;
                }
                match Step::proposed(p.id.clone(), p.objective.clone(), &p.what, p.due, p.at) {
                    Ok(s) => {
                        dossier.steps.push(s);
                        true
                    }
                    Err(_) => false,
                }
            }
            Request::Statement(s) => {
                if !dossier.mandate_statements.contains(s) {
                    dossier.mandate_statements.push(s.clone());
                }
                true
            }
            // Shares are kept beside the dossier (`sync::shares`).
            Request::WithdrawShare { .. } => true,
        }
    }
}

/// Where an outbox item stands.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "reason")]
pub enum ItemState {
    /// Not yet accepted: will be tried again.
    Waiting,
    /// The server said no (a 4xx): kept, with its reason, for the person.
    Refused(ErrorBody),
}

/// One waiting change, stored in the encrypted store (table `outbox`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutboxItem {
    /// Also the idempotency key: the server applies it once, however
    /// many times it is sent.
    pub id: String,
    pub request: Request,
    pub created_at: DateTime<Utc>,
    pub attempts: u32,
    pub next_attempt_at: DateTime<Utc>,
    pub state: ItemState,
}

impl OutboxItem {
    /// A new item, to be tried at once.
    pub fn new(request: Request, now: DateTime<Utc>) -> Self {
        Self {
            id: crate::id::random_id(),
            request,
            created_at: now,
            attempts: 0,
            next_attempt_at: now,
            state: ItemState::Waiting,
        }
    }

    /// Whether it should be tried at `now`.
    pub fn due(&self, now: DateTime<Utc>) -> bool {
        self.state == ItemState::Waiting && self.next_attempt_at <= now
    }

    /// A failed try (network, 5xx, 503): try again later.
    pub fn failed(&mut self, now: DateTime<Utc>, jitter: f64) {
        self.attempts = self.attempts.saturating_add(1);
        self.next_attempt_at = now + backoff(self.attempts, jitter);
    }
}

/// First wait after a failure.
pub const BACKOFF_BASE: Duration = Duration::seconds(2);
/// Longest wait between two tries.
pub const BACKOFF_CAP: Duration = Duration::minutes(15);

/// The wait before try `attempts + 1`: doubling from [`BACKOFF_BASE`],
/// capped at [`BACKOFF_CAP`], with "equal jitter" (between half and all of
/// it) so that phones coming back online together do not retry together.
/// `jitter` is a random number in `[0, 1)`.
pub fn backoff(attempts: u32, jitter: f64) -> Duration {
    let exp = attempts.saturating_sub(1).min(20);
    let full = (BACKOFF_BASE * 2i32.pow(exp)).min(BACKOFF_CAP);
    let ms = full.num_milliseconds() as f64;
    let jitter = jitter.clamp(0.0, 1.0);
    Duration::milliseconds((ms / 2.0 + ms / 2.0 * jitter) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_then_stops_growing_and_jitter_stays_within_half() {
        assert_eq!(backoff(1, 1.0), Duration::seconds(2));
        assert_eq!(backoff(2, 1.0), Duration::seconds(4));
        assert_eq!(backoff(3, 0.0), Duration::seconds(4));
        assert_eq!(backoff(30, 1.0), BACKOFF_CAP);
        for a in 1..40 {
            for j in [0.0, 0.3, 0.999] {
                let d = backoff(a, j);
                assert!(d <= BACKOFF_CAP && d >= Duration::seconds(1), "{a} {j} {d}");
            }
        }
    }

    #[test]
    fn a_failed_item_waits_and_is_not_due_until_then() {
        let now = crate::demo::fixed_now();
        let mut item = OutboxItem::new(
            Request::MarkRead {
                message: MessageId::parse("m1").unwrap(),
            },
            now,
        );
        assert!(item.due(now));
        item.failed(now, 0.0);
        assert!(!item.due(now));
        assert!(item.due(now + Duration::seconds(1)));
        item.state = ItemState::Refused(ErrorBody {
            error: "x".into(),
            message: "y".into(),
        });
        assert!(!item.due(now + Duration::days(1)));
    }

    #[test]
    fn a_message_with_a_paper_keeps_it_on_the_phone_and_on_the_wire() {
        let now = crate::demo::fixed_now();
        let mut dossier = crate::demo::dossier(now);
        let paper = crate::id::DocumentId::parse("d-quittance").unwrap();
        let request = Request::SendMessage(NewMessage {
            id: MessageId::parse("m-paper").unwrap(),
            to: crate::id::ContactId::parse("referent").unwrap(),
            text: String::new(),
            written_at: now,
            attachments: vec![paper.clone()],
        });
        assert!(request.apply_locally(&mut dossier));
        let m = dossier
            .messages
            .iter()
            .find(|m| m.id.as_str() == "m-paper")
            .unwrap();
        assert_eq!(m.attachments, vec![paper]);
        assert_eq!(request.body()["attachments"][0], "d-quittance");
        // A message without a paper says nothing of attachments (older
        // servers and clients read it as before), and reads back as none.
        let plain = NewMessage {
            id: MessageId::parse("m-plain").unwrap(),
            to: crate::id::ContactId::parse("referent").unwrap(),
            text: "Bonjour".into(),
            written_at: now,
            attachments: vec![],
        };
        let json = serde_json::to_value(&plain).unwrap();
        assert!(json.get("attachments").is_none(), "{json}");
        let back: NewMessage = serde_json::from_value(json).unwrap();
        assert_eq!(back, plain);
    }

    #[test]
    fn requests_go_to_their_paths() {
        let r = Request::ChangeStep {
            step: StepId::parse("s1").unwrap(),
            change: ChangeStep {
                to: crate::step::StepStatus::Done,
                at: crate::demo::fixed_now(),
            },
        };
        assert_eq!(r.path(), "/v1/steps/s1/status");
        assert_eq!(r.body()["to"], "done");
    }
}
