//! The person's API: pull the dossier with a cursor, write messages,
//! answer appointments, move or propose steps. Every write goes through
//! [`crate::service::write`] with its idempotency key.
//!
//! Must never: let a person touch another person's dossier, or a step or
//! message that is not theirs to change.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use parcours_core::id::{AppointmentId, MessageId, StepId};
use parcours_core::message::{Delivery, Message, Participant};
use parcours_core::step::{Actor, ChangedBy, Step, StepStatus};
use parcours_core::sync::wire::{
    AnswerAppointment, AppointmentAnswer, ChangeStep, MAX_ATTACHMENTS, NewMessage, PULL_PAGE,
    ProposeStep, Record,
};
use serde::Deserialize;

use crate::api::{ApiError, AppState, Caller, JsonBody, bad_json};
use crate::service::{idempotency_key, json_response, read, write};

#[derive(Debug, Deserialize)]
pub struct Since {
    #[serde(default)]
    pub since: i64,
}

/// The pull answer, assembled from stored JSON without re-encoding it.
pub async fn pull_answer(
    state: &AppState,
    person: &str,
    since: i64,
    keep: impl Fn(&str, &str) -> bool,
) -> Result<String, ApiError> {
    let rows = state
        .storage
        .changes(person, since.max(0), PULL_PAGE + 1)
        .await?;
    let more = rows.len() as i64 > PULL_PAGE;
    let mut cursor = since.max(0);
    let mut out = String::with_capacity(64 + rows.iter().map(|r| r.body.len() + 16).sum::<usize>());
    out.push_str("{\"changes\":[");
    let mut first = true;
    for row in rows.iter().take(PULL_PAGE as usize) {
        cursor = row.seq;
        if !keep(&row.kind, &row.body) {
            continue;
        }
        // A stored record is a JSON object: {"type":…,"value":…}.
        let Some(inner) = row.body.strip_prefix('{') else {
            continue;
        };
        if !first {
            out.push(',');
        }
        first = false;
        out.push_str(&format!("{{\"seq\":{},", row.seq));
        out.push_str(inner);
    }
    out.push_str(&format!("],\"cursor\":{cursor},\"more\":{more}}}"));
    Ok(out)
}

pub async fn pull(
    State(state): State<AppState>,
    caller: Caller,
    since: Result<Query<Since>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let Query(since) = since.map_err(|_| {
        ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_cursor",
            "since must be a whole number",
        )
    })?;
    let body = pull_answer(&state, &caller.person_id, since.since, |_, _| true).await?;
    Ok(json_response(200, body))
}

fn scope(caller: &Caller) -> String {
    format!("person:{}", caller.person_id)
}

fn not_found(what: &'static str) -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "not_found", what)
}

fn refused(message: &'static str) -> ApiError {
    ApiError::new(StatusCode::CONFLICT, "refused", message)
}

pub async fn post_message(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: JsonBody<NewMessage>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(m) = body.map_err(|r| {
        bad_json(
            r,
            "expected JSON {id, to, text, written_at} and optionally attachments",
        )
    })?;
    if m.attachments.len() > MAX_ATTACHMENTS {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "too_many_attachments",
            "a message joins at most 5 papers",
        ));
    }
    write(
        &state,
        &caller.person_id,
        &scope(&caller),
        &key,
        async |tx| {
            if read(tx, "contact", m.to.as_str()).await?.is_none() {
                return Err(not_found("no such contact"));
            }
            if let Some(Record::Message(existing)) = read(tx, "message", m.id.as_str()).await? {
                // The same message sent again under another key: already here.
                return Ok(vec![Record::Message(existing)]);
            }
            // The referent can only read a paper shared with her: the
            // phone shares it first, then sends the message naming it.
            for document in &m.attachments {
                if !tx.has_shared(m.to.as_str(), document.as_str()).await? {
                    return Err(ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "attachment_not_shared",
                        "a paper joined to a message must be shared with its recipient first",
                    ));
                }
            }
            let mut msg = Message::outgoing(m.id, m.to, &m.text, m.attachments, m.written_at)
                .map_err(|_| {
                    ApiError::new(
                        StatusCode::UNPROCESSABLE_ENTITY,
                        "bad_message",
                        "a message needs a text of at most 5000 characters",
                    )
                })?;
            msg.advance(Delivery::Sent).expect("waiting → sent");
            Ok(vec![Record::Message(msg)])
        },
    )
    .await
}

pub async fn mark_read(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let id = MessageId::parse(id).map_err(|_| not_found("no such message"))?;
    write(
        &state,
        &caller.person_id,
        &scope(&caller),
        &key,
        async |tx| {
            let Some(Record::Message(mut m)) = read(tx, "message", id.as_str()).await? else {
                return Err(not_found("no such message"));
            };
            if m.to != Participant::Me {
                return Err(refused("only a message you received can be marked read"));
            }
            if m.delivery() != &Delivery::Read {
                m.advance(Delivery::Read)
                    .map_err(|_| refused("this message cannot be marked read"))?;
            }
            Ok(vec![Record::Message(m)])
        },
    )
    .await
}

pub async fn answer_appointment(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: JsonBody<AnswerAppointment>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let id = AppointmentId::parse(id).map_err(|_| not_found("no such appointment"))?;
    let Json(answer) =
        body.map_err(|r| bad_json(r, "expected JSON {answer, understood_consequences}"))?;
    write(
        &state,
        &caller.person_id,
        &scope(&caller),
        &key,
        async |tx| {
            let Some(Record::Appointment(mut a)) = read(tx, "appointment", id.as_str()).await?
            else {
                return Err(not_found("no such appointment"));
            };
            let result = match answer.answer {
                AppointmentAnswer::Confirm => a.confirm(),
                AppointmentAnswer::AskNewDate => a.ask_new_date(),
                AppointmentAnswer::Cancel => a.cancel_by_me(answer.understood_consequences),
            };
            result.map_err(|e| match e {
            parcours_core::appointment::AppointmentError::CompulsoryNeedsConfirmation => {
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "confirmation_needed",
                    "this appointment is compulsory: cancelling it needs understood_consequences",
                )
            }
            _ => refused("this appointment cannot take this answer now"),
        })?;
            Ok(vec![Record::Appointment(a)])
        },
    )
    .await
}

pub async fn change_step(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: JsonBody<ChangeStep>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let id = StepId::parse(id).map_err(|_| not_found("no such step"))?;
    let Json(change) = body.map_err(|r| bad_json(r, "expected JSON {to, at}"))?;
    write(
        &state,
        &caller.person_id,
        &scope(&caller),
        &key,
        async |tx| {
            let Some(Record::Step(mut s)) = read(tx, "step", id.as_str()).await? else {
                return Err(not_found("no such step"));
            };
            // The person owns the status of their own steps and proposals.
            if s.actor != Actor::Me {
                return Err(ApiError::new(
                    StatusCode::FORBIDDEN,
                    "not_your_step",
                    "only the steps you do yourself can be moved from the app",
                ));
            }
            if s.status() != change.to {
                // A change dated before the last one (made offline, sent late)
                // is recorded at the last one's time: order is kept.
                let at = change.at.max(s.last_change());
                s.change_status(change.to, ChangedBy::Me, at)
                    .map_err(|_| refused("this step cannot make this move now"))?;
            }
            Ok(vec![Record::Step(s)])
        },
    )
    .await
}

pub async fn propose_step(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: JsonBody<ProposeStep>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(p) = body.map_err(|r| bad_json(r, "expected JSON {id, objective, what, due, at}"))?;
    write(
        &state,
        &caller.person_id,
        &scope(&caller),
        &key,
        async |tx| {
            if read(tx, "objective", p.objective.as_str()).await?.is_none() {
                return Err(not_found("no such objective"));
            }
            if let Some(Record::Step(existing)) = read(tx, "step", p.id.as_str()).await? {
                if existing.status() == StepStatus::ProposedByMe && existing.what() == p.what.trim()
                {
                    return Ok(vec![Record::Step(existing)]);
                }
                return Err(refused("a step with this id already exists"));
            }
            let s = Step::proposed(p.id, p.objective, &p.what, p.due, p.at).map_err(|_| {
                ApiError::new(
                    StatusCode::UNPROCESSABLE_ENTITY,
                    "bad_step",
                    "a step needs a description",
                )
            })?;
            Ok(vec![Record::Step(s)])
        },
    )
    .await
}
