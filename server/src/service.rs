//! The one service layer every dossier read and write goes through:
//! idempotent writes to a person's dossier, the professional's mandate
//! check (by the core's verifier, at every request), and the person's
//! access log.
//!
//! Must never: let a professional's request reach a dossier without a
//! mandate in force, or answer a write twice differently for one key.

use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use parcours_core::id::{ContactId, PersonId};
use parcours_core::mandate::MandateKind;
use parcours_core::mandate::verify::{Access, Standing, Verdict, verify};
use parcours_core::plan::LifeDomain;
use parcours_core::sync::wire::{
    AccessEntry, AccessKind, Change, IDEMPOTENCY_HEADER, MAX_IDEMPOTENCY_KEY, Record, Written,
};

use crate::api::{ApiError, AppState, key_chain, stored_statements};
use crate::storage::{PersonTx, ProRow};

/// The idempotency key of a write: required, 1 to 64 characters of
/// letters, digits, `-` and `_`.
pub fn idempotency_key(headers: &HeaderMap) -> Result<String, ApiError> {
    let key = headers
        .get(IDEMPOTENCY_HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::new(
            StatusCode::BAD_REQUEST,
            "idempotency_key_missing",
            "every write needs an Idempotency-Key header",
        ))?;
    let ok = !key.is_empty()
        && key.len() <= MAX_IDEMPOTENCY_KEY
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if !ok {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "idempotency_key_invalid",
            "the Idempotency-Key is 1 to 64 letters, digits, '-' or '_'",
        ));
    }
    Ok(key.to_owned())
}

/// A JSON answer from stored text.
pub fn json_response(status: u16, body: String) -> Response {
    (
        StatusCode::from_u16(status).unwrap_or(StatusCode::OK),
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        body,
    )
        .into_response()
}

/// Reads a stored record back.
pub fn decode(body: &str) -> Result<Record, ApiError> {
    serde_json::from_str(body).map_err(|_| {
        ApiError::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "a stored record cannot be read",
        )
    })
}

/// A record of the person, read inside the write.
pub async fn read(tx: &mut PersonTx, kind: &str, id: &str) -> Result<Option<Record>, ApiError> {
    match tx.record(kind, id).await? {
        Some(body) => decode(&body).map(Some),
        None => Ok(None),
    }
}

/// Runs one idempotent write to `person`'s dossier: the records `f`
/// returns are stored with new change numbers, and the answer is
/// remembered under `(scope, key)` in the same transaction, so a retry
/// after a lost answer gets the first answer and changes nothing.
pub async fn write<F>(
    state: &AppState,
    person: &str,
    scope: &str,
    key: &str,
    f: F,
) -> Result<Response, ApiError>
where
    F: AsyncFnOnce(&mut PersonTx) -> Result<Vec<Record>, ApiError>,
{
    let mut tx = state
        .storage
        .begin_person(person)
        .await?
        .ok_or(ApiError::new(
            StatusCode::NOT_FOUND,
            "person_unknown",
            "no such person (or the account was closed)",
        ))?;
    if let Some((status, body)) = tx.remembered(scope, key).await? {
        return Ok(json_response(status, body));
    }
    let records = f(&mut tx).await?;
    let mut changes = Vec::with_capacity(records.len());
    for record in records {
        let (kind, id) = record.key();
        let body = serde_json::to_string(&record).expect("records serialise");
        let seq = tx.put(kind, &id, &body).await?;
        changes.push(Change { seq, record });
    }
    let body = serde_json::to_string(&Written { changes }).expect("answers serialise");
    let now = chrono::Utc::now().timestamp();
    tx.remember(scope, key, 201, &body, now).await?;
    tx.commit().await?;
    if let Some(hook) = &state.after_commit {
        hook().await;
    }
    Ok(json_response(201, body))
}

/// What a professional wants to do with a dossier.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Read the whole dossier, write steps, appointments and messages.
    Coordinate,
    /// Read the objectives and steps of some domains (a partner).
    ReadSome,
}

/// What the mandates allow a professional for one person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowed {
    pub coordinate: bool,
    pub domains: Vec<LifeDomain>,
}

/// The person's mandates as the verifier decides them now.
pub async fn verdict(state: &AppState, person: &str) -> Result<Verdict, ApiError> {
    let person_id = PersonId::parse(person.to_owned()).map_err(|_| person_unknown())?;
    let chain = key_chain(state, person).await?;
    let statements = stored_statements(state, person).await?;
    Ok(verify(&person_id, &chain, &statements, chrono::Utc::now()))
}

fn person_unknown() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "person_unknown",
        "no such person (or the account was closed)",
    )
}

/// What `verdict` allows `pro`.
pub fn allowed(verdict: &Verdict, pro: &ContactId) -> Allowed {
    let mut domains = Vec::new();
    for g in verdict.in_force().filter(|g| &g.mandate.grantee == pro) {
        if let MandateKind::InformationSharing { domains: d } = &g.mandate.kind {
            domains.extend(d.iter().copied());
        }
    }
    domains.sort();
    domains.dedup();
    Allowed {
        coordinate: verdict.allows(pro, Access::Coordinate),
        domains,
    }
}

/// Checks, at this request, that `pro` holds a mandate in force from
/// `person` for `need`; a 403 with the reason otherwise.
pub async fn authorize(
    state: &AppState,
    pro: &ProRow,
    person: &str,
    need: Need,
) -> Result<Allowed, ApiError> {
    if !state.storage.person_open(person).await? {
        return Err(person_unknown());
    }
    let grantee = ContactId::parse(pro.id.clone()).map_err(|_| person_unknown())?;
    let verdict = verdict(state, person).await?;
    let allowed = allowed(&verdict, &grantee);
    let ok = match need {
        Need::Coordinate => allowed.coordinate,
        Need::ReadSome => allowed.coordinate || !allowed.domains.is_empty(),
    };
    if ok {
        return Ok(allowed);
    }
    // Why not, in the words of the mandate's history.
    let mine: Vec<_> = verdict
        .grants
        .iter()
        .filter(|g| g.mandate.grantee == grantee)
        .collect();
    let (code, message) = if mine
        .iter()
        .any(|g| matches!(g.standing, Standing::Revoked { .. }))
    {
        (
            "mandate_revoked",
            "the person withdrew the mandate that allowed this",
        )
    } else if mine.iter().any(|g| g.standing == Standing::Ended) {
        ("mandate_ended", "the mandate that allowed this has ended")
    } else if mine
        .iter()
        .any(|g| matches!(g.standing, Standing::Superseded { .. }))
    {
        (
            "mandate_superseded",
            "the person chose another referent to coordinate",
        )
    } else if mine.iter().any(|g| g.standing == Standing::NotYetStarted) {
        ("mandate_not_started", "the mandate has not started yet")
    } else if mine.is_empty() {
        ("no_mandate", "this person has given you no mandate")
    } else {
        ("mandate_scope", "your mandate does not cover this")
    };
    Err(ApiError::new(StatusCode::FORBIDDEN, code, message))
}

/// An access-log entry for the person, written in the same transaction
/// as what it records.
pub fn access(pro: &ProRow, what: AccessKind) -> Record {
    Record::Access(AccessEntry {
        id: parcours_core::id::random_id(),
        by: ContactId::parse(pro.id.clone()).expect("professional ids are contact ids"),
        what,
        at: chrono::Utc::now(),
    })
}

/// Writes a read access to the person's log (its own small write).
pub async fn log_read(
    state: &AppState,
    pro: &ProRow,
    person: &str,
    what: AccessKind,
) -> Result<(), ApiError> {
    let mut tx = state
        .storage
        .begin_person(person)
        .await?
        .ok_or_else(person_unknown)?;
    let record = access(pro, what);
    let (kind, id) = record.key();
    tx.put(
        kind,
        &id,
        &serde_json::to_string(&record).expect("records serialise"),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}
