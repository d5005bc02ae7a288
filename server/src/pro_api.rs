//! The professional's API (`/v1/pro/…`): log in, publish a key for
//! receiving shares, list the persons who gave a mandate, read a dossier,
//! write steps and appointments, reply to messages. Every call on a
//! person goes through [`crate::service::authorize`] (the mandate, checked
//! now) and leaves an entry in the person's access log.
//!
//! Must never: answer about a person without a mandate in force.

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::Response;
use parcours_core::appointment::Appointment;
use parcours_core::crypto;
use parcours_core::id::{ContactId, PersonId};
use parcours_core::message::Message;
use parcours_core::plan::LifeDomain;
use parcours_core::step::{ChangedBy, Step, StepStatus};
use parcours_core::sync::wire::{
    AccessKind, ProAppointment, ProKey, ProLogin, ProMessage, ProPerson, ProStep, Record, Token,
};

use crate::api::{ApiError, AppState, JsonBody, TOKEN_SECONDS, bad_json};
use crate::person_api::{Since, pull_answer};
use crate::service::{
    Need, access, authorize, idempotency_key, json_response, log_read, read, verdict, write,
};
use crate::storage::ProRow;

/// Hashes a professional's password (argon2id, PHC string, random salt).
pub fn hash_password(password: &str) -> String {
    let salt: [u8; 16] = crypto::random_bytes();
    argon2::Argon2::default()
        .hash_password_with_salt(password.as_bytes(), &salt)
        .expect("argon2 hashes")
        .to_string()
}

fn password_matches(password: &str, hash: &str) -> bool {
    argon2::Argon2::default()
        .verify_password(password.as_bytes(), hash)
        .is_ok()
}

/// A hash to check against when the login is unknown, so that unknown and
/// known logins take the same time.
fn dummy_hash() -> &'static str {
    static HASH: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    HASH.get_or_init(|| hash_password("parcours: no such account"))
}

const LOGIN_REFUSED: ApiError = ApiError::new(
    StatusCode::UNAUTHORIZED,
    "login_refused",
    "unknown login or wrong password",
);

pub async fn login(
    State(state): State<AppState>,
    body: JsonBody<ProLogin>,
) -> Result<Json<Token>, ApiError> {
    let Json(req) = body.map_err(|r| bad_json(r, "expected JSON {login, password}"))?;
    if req.password.len() > 1024 || req.login.len() > 200 {
        return Err(LOGIN_REFUSED);
    }
    let pro = state.storage.pro_by_login(&req.login).await?;
    let hash = pro
        .as_ref()
        .map_or(dummy_hash().to_owned(), |p| p.password_hash.clone());
    let password = req.password.clone();
    let ok = tokio::task::spawn_blocking(move || password_matches(&password, &hash))
        .await
        .unwrap_or(false);
    let Some(pro) = pro.filter(|_| ok) else {
        return Err(LOGIN_REFUSED);
    };
    let token: [u8; 32] = crypto::random_bytes();
    let hash = ring::digest::digest(&ring::digest::SHA256, &token);
    let expires_at = chrono::Utc::now().timestamp() + TOKEN_SECONDS;
    state
        .storage
        .create_pro_token(hash.as_ref(), &pro.id, expires_at)
        .await?;
    Ok(Json(Token {
        token: crypto::hex(&token),
        expires_at,
    }))
}

/// The professional behind `Authorization: Bearer <token>`.
pub struct Pro(pub ProRow);

impl axum::extract::FromRequestParts<AppState> for Pro {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let unauthenticated = ApiError::new(
            StatusCode::UNAUTHORIZED,
            "unauthenticated",
            "a valid professional token is needed (log in again)",
        );
        let Some(hash) = crate::api::bearer_token_hash(parts) else {
            return Err(unauthenticated);
        };
        match state
            .storage
            .pro_token_owner(&hash, chrono::Utc::now().timestamp())
            .await?
        {
            Some(p) => Ok(Pro(p)),
            None => Err(unauthenticated),
        }
    }
}

pub async fn put_key(
    State(state): State<AppState>,
    Pro(pro): Pro,
    body: JsonBody<ProKey>,
) -> Result<StatusCode, ApiError> {
    let Json(key) = body.map_err(|r| bad_json(r, "expected JSON {public_key} (hex)"))?;
    let bytes = crate::api::hex32(&key.public_key, "bad_public_key")?;
    state.storage.set_pro_share_key(&pro.id, &bytes).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// The persons who gave this professional a mandate in force.
pub async fn persons(
    State(state): State<AppState>,
    Pro(pro): Pro,
) -> Result<Json<Vec<ProPerson>>, ApiError> {
    let grantee = ContactId::parse(pro.id.clone()).map_err(|_| LOGIN_REFUSED)?;
    let mut out = Vec::new();
    for person in state.storage.open_persons().await? {
        let verdict = verdict(&state, &person).await?;
        let kinds: Vec<String> = verdict
            .in_force()
            .filter(|g| g.mandate.grantee == grantee)
            .map(|g| kind_name(&g.mandate.kind).to_owned())
            .collect();
        if kinds.is_empty() {
            continue;
        }
        let names = match state.storage.record(&person, "person", &person).await? {
            Some(body) => match crate::service::decode(&body)? {
                Record::Person(p) => (Some(p.first_name().to_owned()), Some(p.last_name)),
                _ => (None, None),
            },
            None => (None, None),
        };
        out.push(ProPerson {
            person_id: PersonId::parse(person).map_err(|_| LOGIN_REFUSED)?,
            first_name: names.0,
            last_name: names.1,
            mandates: kinds,
        });
    }
    Ok(Json(out))
}

fn kind_name(kind: &parcours_core::mandate::MandateKind) -> &'static str {
    use parcours_core::mandate::MandateKind::*;
    match kind {
        Coordination => "coordination",
        InformationSharing { .. } => "information_sharing",
        DocumentAccess { .. } => "document_access",
        ActOnMyBehalf { .. } => "act_on_my_behalf",
    }
}

/// A person's dossier, as far as the mandates allow: everything for the
/// coordinating referent; the objectives and steps of the shared domains
/// for a partner. Never the person's access log or private settings.
pub async fn dossier(
    State(state): State<AppState>,
    Pro(pro): Pro,
    Path(person): Path<String>,
    since: Result<Query<Since>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, ApiError> {
    let since = since.map(|Query(s)| s.since).unwrap_or(0);
    let allowed = authorize(&state, &pro, &person, Need::ReadSome).await?;
    log_read(&state, &pro, &person, AccessKind::ReadDossier).await?;
    let objectives_in_scope = |body: &str| -> Option<LifeDomain> {
        match serde_json::from_str::<Record>(body).ok()? {
            Record::Objective(o) => Some(o.domain),
            _ => None,
        }
    };
    let coordinate = allowed.coordinate;
    let domains = allowed.domains.clone();
    // A partner sees the objectives of their domains and those objectives' steps.
    let mut shared_objectives = std::collections::HashSet::new();
    if !coordinate {
        for row in state.storage.changes(&person, 0, i64::MAX).await? {
            if row.kind == "objective"
                && objectives_in_scope(&row.body).is_some_and(|d| domains.contains(&d))
            {
                shared_objectives.insert(row.id);
            }
        }
    }
    let body = pull_answer(&state, &person, since, |kind, body| match kind {
        "access" => false,
        "person" => true,
        _ if coordinate => true,
        "objective" => objectives_in_scope(body).is_some_and(|d| domains.contains(&d)),
        "step" => serde_json::from_str::<Record>(body).ok().is_some_and(
            |r| matches!(r, Record::Step(s) if shared_objectives.contains(s.objective.as_str())),
        ),
        _ => false,
    })
    .await?;
    Ok(json_response(200, body))
}

fn scope(pro: &ProRow) -> String {
    format!("pro:{}", pro.id)
}

fn unprocessable(code: &'static str, message: &'static str) -> ApiError {
    ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, code, message)
}

/// Writes a step: a new one, a new wording of an existing one, or the
/// person's proposal taken into the plan. The status the person gave
/// their own step is kept.
pub async fn put_step(
    State(state): State<AppState>,
    Pro(pro): Pro,
    headers: HeaderMap,
    Path(person): Path<String>,
    body: JsonBody<ProStep>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(p) =
        body.map_err(|r| bad_json(r, "expected JSON {id, objective, what, actor, due}"))?;
    authorize(&state, &pro, &person, Need::Coordinate).await?;
    write(&state, &person, &scope(&pro), &key, async |tx| {
        if read(tx, "objective", p.objective.as_str()).await?.is_none() {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "no such objective",
            ));
        }
        let now = chrono::Utc::now();
        let step = match read(tx, "step", p.id.as_str()).await? {
            Some(Record::Step(mut s)) => {
                s.reword(&p.what, p.actor.clone(), p.due)
                    .map_err(|_| unprocessable("bad_step", "a step needs a description"))?;
                if s.status() == StepStatus::ProposedByMe {
                    let at = now.max(s.last_change());
                    s.change_status(StepStatus::ToDo, ChangedBy::MyReferent, at)
                        .map_err(|_| {
                            unprocessable("bad_step", "this step cannot be taken into the plan")
                        })?;
                }
                s
            }
            _ => Step::new(
                p.id.clone(),
                p.objective.clone(),
                &p.what,
                p.actor.clone(),
                p.due,
                now,
            )
            .map_err(|_| unprocessable("bad_step", "a step needs a description"))?,
        };
        let logged = access(&pro, AccessKind::WroteStep(step.id.clone()));
        Ok(vec![Record::Step(step), logged])
    })
    .await
}

pub async fn post_appointment(
    State(state): State<AppState>,
    Pro(pro): Pro,
    headers: HeaderMap,
    Path(person): Path<String>,
    body: JsonBody<ProAppointment>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(a) = body.map_err(|r| {
        bad_json(
            r,
            "expected JSON {id, start, end, time_zone, place, purpose, …}",
        )
    })?;
    authorize(&state, &pro, &person, Need::Coordinate).await?;
    let with = ContactId::parse(pro.id.clone()).map_err(|_| LOGIN_REFUSED)?;
    write(&state, &person, &scope(&pro), &key, async |tx| {
        if let Some(Record::Appointment(existing)) = read(tx, "appointment", a.id.as_str()).await? {
            return Ok(vec![Record::Appointment(existing)]);
        }
        let mut appointment = Appointment::new(
            a.id.clone(),
            a.start,
            a.end,
            a.time_zone,
            &a.place,
            Some(with),
            &a.purpose,
            a.compulsory,
            a.private,
        )
        .map_err(|_| {
            unprocessable(
                "bad_appointment",
                "an appointment needs a purpose and must end after it starts",
            )
        })?;
        appointment.what_to_bring = a.what_to_bring.clone();
        let logged = access(&pro, AccessKind::WroteAppointment(appointment.id.clone()));
        Ok(vec![Record::Appointment(appointment), logged])
    })
    .await
}

pub async fn post_message(
    State(state): State<AppState>,
    Pro(pro): Pro,
    headers: HeaderMap,
    Path(person): Path<String>,
    body: JsonBody<ProMessage>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(m) = body.map_err(|r| bad_json(r, "expected JSON {id, text}"))?;
    authorize(&state, &pro, &person, Need::Coordinate).await?;
    let from = ContactId::parse(pro.id.clone()).map_err(|_| LOGIN_REFUSED)?;
    write(&state, &person, &scope(&pro), &key, async |tx| {
        if let Some(Record::Message(existing)) = read(tx, "message", m.id.as_str()).await? {
            return Ok(vec![Record::Message(existing)]);
        }
        let msg = Message::incoming(m.id.clone(), from, &m.text, vec![], chrono::Utc::now())
            .map_err(|_| {
                unprocessable(
                    "bad_message",
                    "a message needs a text of at most 5000 characters",
                )
            })?;
        let logged = access(&pro, AccessKind::WroteMessage(msg.id.clone()));
        Ok(vec![Record::Message(msg), logged])
    })
    .await
}

/// The referent revokes one of the person's devices (a stolen phone).
pub async fn revoke_device(
    State(state): State<AppState>,
    Pro(pro): Pro,
    Path(person): Path<String>,
    body: JsonBody<parcours_core::sync::wire::RevokeDevice>,
) -> Result<Response, ApiError> {
    let Json(req) = body.map_err(|r| bad_json(r, "expected JSON {device_key}"))?;
    authorize(&state, &pro, &person, Need::Coordinate).await?;
    crate::api::revoke_person_device(&state, &person, &req.device_key).await
}
