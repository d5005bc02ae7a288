//! Shares: the person's phone uploads a document sealed for one
//! professional (the server cannot read it), the professional fetches it
//! until its end date, the person withdraws it. Withdrawing or reaching the
//! end deletes what would open it (`Storage::sweep_shares`, run every
//! 30 seconds and before every professional's share request).
//!
//! The share itself is the person's explicit, dated consent for that one
//! document; every opening is written to the person's access log.
//!
//! Must never: hand a share to anyone but its recipient, or after its end.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use parcours_core::crypto;
use parcours_core::id::{ContactId, DocumentId, PersonId};
use parcours_core::share::MAX_BODY;
use parcours_core::sync::wire::{
    AccessKind, ProShare, RecipientKey, Record, ShareOffer, ShareRecord,
};

use crate::api::{ApiError, AppState, Caller, JsonBody, bad_json, hex32};
use crate::pro_api::Pro;
use crate::service::{idempotency_key, json_response, log_read, read, write};
use crate::storage::ShareRow;

fn not_found() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "share_gone",
        "no such share for you: it was withdrawn, it ended, or it was never yours",
    )
}

fn record_of(row: &ShareRow) -> Result<Record, ApiError> {
    let at = |t: i64| DateTime::<Utc>::from_timestamp(t, 0).unwrap_or_default();
    Ok(Record::Share(ShareRecord {
        id: row.id.clone(),
        recipient: ContactId::parse(row.recipient.clone()).map_err(|_| not_found())?,
        document: DocumentId::parse(row.document.clone()).map_err(|_| not_found())?,
        created_at: at(row.created_at),
        expires_at: at(row.expires_at),
        withdrawn_at: row.withdrawn_at.map(at),
        ready: row.ready,
    }))
}

/// The key a person's phone seals a share with: the recipient must be one
/// of the person's contacts and have published a key.
pub async fn contact_key(
    State(state): State<AppState>,
    caller: Caller,
    Path(contact): Path<String>,
) -> Result<Json<RecipientKey>, ApiError> {
    let unknown = ApiError::new(
        StatusCode::NOT_FOUND,
        "no_key",
        "this contact has no key for receiving documents yet",
    );
    if state
        .storage
        .record(&caller.person_id, "contact", &contact)
        .await?
        .is_none()
    {
        return Err(unknown);
    }
    let key = state
        .storage
        .pro(&contact)
        .await?
        .and_then(|p| p.share_key)
        .ok_or(unknown)?;
    Ok(Json(RecipientKey {
        contact: ContactId::parse(contact).map_err(|_| not_found())?,
        public_key: crypto::hex(&key),
    }))
}

pub async fn post_share(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    body: JsonBody<ShareOffer>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let Json(offer) =
        body.map_err(|r| bad_json(r, "expected a share offer (see /openapi.json)"))?;
    let recipient_key = hex32(&offer.recipient_key, "bad_recipient_key")?;
    let enc = hex32(&offer.enc, "bad_enc")?;
    let sealed = crypto::unhex(&offer.sealed)
        .filter(|s| (16..=4096).contains(&s.len()))
        .ok_or(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_sealed",
            "expected 16 to 4096 bytes in hex",
        ))?;
    let now = Utc::now();
    if offer.expires_at <= now || offer.expires_at > now + chrono::Duration::days(365) {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "bad_end",
            "a share ends after now and within a year",
        ));
    }
    if offer.id.is_empty() || offer.id.len() > 64 || parcours_core::id::check_id(&offer.id).is_err()
    {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_id",
            "a share id is a plain id",
        ));
    }
    // The key must be the recipient's current one (the phone pinned it).
    let current = state
        .storage
        .pro(offer.recipient.as_str())
        .await?
        .and_then(|p| p.share_key);
    if current.as_deref() != Some(&recipient_key[..]) {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "key_changed",
            "this is not the recipient's current key: fetch it again and check its fingerprint",
        ));
    }
    let scope = format!("person:{}", caller.person_id);
    write(&state, &caller.person_id, &scope, &key, async |tx| {
        if read(tx, "contact", offer.recipient.as_str())
            .await?
            .is_none()
        {
            return Err(ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "no such contact",
            ));
        }
        if let Some(existing) = tx.share(&offer.id).await? {
            return Ok(vec![record_of(&existing)?]);
        }
        let row = ShareRow {
            id: offer.id.clone(),
            person_id: caller.person_id.clone(),
            recipient: offer.recipient.to_string(),
            document: offer.document.to_string(),
            recipient_key: recipient_key.to_vec(),
            enc: Some(enc.to_vec()),
            sealed: Some(sealed.clone()),
            created_at: now.timestamp(),
            expires_at: offer.expires_at.timestamp(),
            withdrawn_at: None,
            ready: false,
        };
        tx.insert_share(&row).await?;
        Ok(vec![record_of(&row)?])
    })
    .await
}

/// The sealed body (raw bytes, up to 32 MiB). Sending it again once it is
/// there changes nothing.
pub async fn put_body(
    State(state): State<AppState>,
    caller: Caller,
    Path(id): Path<String>,
    body: Bytes,
) -> Result<Response, ApiError> {
    if body.is_empty() || body.len() > MAX_BODY {
        return Err(ApiError::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "too_large",
            "a share body is 1 byte to 32 MiB",
        ));
    }
    let now = Utc::now().timestamp();
    let mut tx = state
        .storage
        .begin_person(&caller.person_id)
        .await?
        .ok_or_else(not_found)?;
    let row = tx.share(&id).await?.ok_or_else(not_found)?;
    if row.ready {
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    if !tx.put_share_body(&id, &body, now).await? {
        return Err(not_found());
    }
    let ready = ShareRow { ready: true, ..row };
    let record = record_of(&ready)?;
    let (kind, rid) = record.key();
    tx.put(
        kind,
        &rid,
        &serde_json::to_string(&record).expect("records serialise"),
    )
    .await?;
    tx.commit().await?;
    Ok(StatusCode::NO_CONTENT.into_response())
}

pub async fn withdraw(
    State(state): State<AppState>,
    caller: Caller,
    headers: HeaderMap,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let key = idempotency_key(&headers)?;
    let scope = format!("person:{}", caller.person_id);
    write(&state, &caller.person_id, &scope, &key, async |tx| {
        let row = tx.share(&id).await?.ok_or_else(not_found)?;
        let now = Utc::now().timestamp();
        tx.withdraw_share(&id, now).await?;
        let withdrawn = ShareRow {
            withdrawn_at: row.withdrawn_at.or(Some(now)),
            enc: None,
            sealed: None,
            ready: false,
            ..row
        };
        Ok(vec![record_of(&withdrawn)?])
    })
    .await
}

/// The shares waiting for the calling professional.
pub async fn pro_shares(
    State(state): State<AppState>,
    Pro(pro): Pro,
) -> Result<Json<Vec<ProShare>>, ApiError> {
    let now = Utc::now().timestamp();
    state.storage.sweep_shares(now).await?;
    let mut out = Vec::new();
    for row in state.storage.shares_for(&pro.id, now).await? {
        out.push(ProShare {
            id: row.id,
            person_id: PersonId::parse(row.person_id).map_err(|_| not_found())?,
            document: DocumentId::parse(row.document).map_err(|_| not_found())?,
            expires_at: DateTime::<Utc>::from_timestamp(row.expires_at, 0).unwrap_or_default(),
        });
    }
    Ok(Json(out))
}

/// What opens one share (logged in the person's access log).
pub async fn pro_share(
    State(state): State<AppState>,
    Pro(pro): Pro,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let now = Utc::now();
    state.storage.sweep_shares(now.timestamp()).await?;
    let row = state
        .storage
        .share_for(&pro.id, &id, now.timestamp())
        .await?
        .ok_or_else(not_found)?;
    log_read(
        &state,
        &pro,
        &row.person_id,
        AccessKind::OpenedShare(row.id.clone()),
    )
    .await?;
    let offer = ShareOffer {
        id: row.id,
        recipient: ContactId::parse(row.recipient).map_err(|_| not_found())?,
        document: DocumentId::parse(row.document).map_err(|_| not_found())?,
        expires_at: DateTime::<Utc>::from_timestamp(row.expires_at, 0).unwrap_or_default(),
        recipient_key: crypto::hex(&row.recipient_key),
        enc: crypto::hex(&row.enc.unwrap_or_default()),
        sealed: crypto::hex(&row.sealed.unwrap_or_default()),
    };
    Ok(json_response(
        200,
        serde_json::to_string(&offer).expect("serialises"),
    ))
}

/// One share's sealed body, for its recipient.
pub async fn pro_share_body(
    State(state): State<AppState>,
    Pro(pro): Pro,
    Path(id): Path<String>,
) -> Result<Response, ApiError> {
    let now = Utc::now().timestamp();
    state.storage.sweep_shares(now).await?;
    let body = state
        .storage
        .share_body_for(&pro.id, &id, now)
        .await?
        .ok_or_else(not_found)?;
    Ok((
        [(axum::http::header::CONTENT_TYPE, "application/octet-stream")],
        body,
    )
        .into_response())
}
