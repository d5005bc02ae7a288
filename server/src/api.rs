//! The HTTP API: `GET /health`, and under `/v1` what the app and the
//! professionals call. Every error is a 4xx (or 503 when the database does
//! not answer) with a JSON body saying what is wrong; never a 5xx for bad
//! input.
//!
//! Must never: log a request body, or answer with another person's data.

use std::sync::Arc;

use axum::extract::{DefaultBodyLimit, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use parcours_core::crypto;
use parcours_core::id::PersonId;
use parcours_core::mandate::chain::{DeviceCertificate, ServerKey};
use serde::{Deserialize, Serialize};

use crate::storage::{DeviceRow, Storage, StorageError};

/// What every handler shares.
#[derive(Clone)]
pub struct AppState {
    pub storage: Storage,
    pub server_key: Arc<ServerKey>,
}

/// A refused request: its status and a JSON body `{error, message}`.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: &'static str,
}

impl ApiError {
    const fn new(status: StatusCode, code: &'static str, message: &'static str) -> Self {
        Self {
            status,
            code,
            message,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (
            self.status,
            Json(serde_json::json!({ "error": self.code, "message": self.message })),
        )
            .into_response()
    }
}

impl From<StorageError> for ApiError {
    fn from(e: StorageError) -> Self {
        match e {
            StorageError::Conflict => {
                ApiError::new(StatusCode::CONFLICT, "conflict", "this already exists")
            }
            // Details stay in the server's own logs, never in the answer.
            _ => ApiError::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "unavailable",
                "the database does not answer; try again",
            ),
        }
    }
}

/// The routes.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route("/health", get(health))
        .route("/v1/enroll", post(enroll))
        .layer(DefaultBodyLimit::max(16 * 1024))
        .with_state(state)
}

async fn health(State(state): State<AppState>) -> Result<Json<serde_json::Value>, ApiError> {
    state.storage.ping().await?;
    Ok(Json(
        serde_json::json!({ "status": "ok", "version": env!("CARGO_PKG_VERSION") }),
    ))
}

/// The SHA-256 of an invitation code, as stored (codes are typed, so case,
/// spaces and dashes do not matter).
pub fn invitation_hash(code: &str) -> Vec<u8> {
    let canonical: String = code
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    ring::digest::digest(&ring::digest::SHA256, canonical.as_bytes())
        .as_ref()
        .to_vec()
}

#[derive(Debug, Deserialize)]
pub struct EnrollRequest {
    pub invitation_code: String,
    /// The device's Ed25519 public key, hex.
    pub device_key: String,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct EnrollResponse {
    pub person_id: String,
    pub certificate: DeviceCertificate,
    /// The server's public key, hex (also published by the département).
    pub server_key: String,
}

async fn enroll(
    State(state): State<AppState>,
    body: Result<Json<EnrollRequest>, axum::extract::rejection::JsonRejection>,
) -> Result<Json<EnrollResponse>, ApiError> {
    let Json(req) = body.map_err(|rejection| {
        if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
            ApiError::new(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "the request is too large",
            )
        } else {
            ApiError::new(
                StatusCode::BAD_REQUEST,
                "bad_request",
                "expected JSON {invitation_code, device_key}",
            )
        }
    })?;
    let device_key: [u8; 32] = crypto::unhex(&req.device_key)
        .and_then(|k| k.try_into().ok())
        .ok_or(ApiError::new(
            StatusCode::BAD_REQUEST,
            "bad_device_key",
            "device_key must be 32 bytes in hex",
        ))?;
    let now = chrono::Utc::now();
    let person = state
        .storage
        .take_invitation(&invitation_hash(&req.invitation_code), now.timestamp())
        .await?
        .ok_or(ApiError::new(
            StatusCode::FORBIDDEN,
            "invitation_refused",
            "this invitation code is unknown, used or expired",
        ))?;
    let person_id = PersonId::parse(person.clone())
        .map_err(|_| ApiError::new(StatusCode::CONFLICT, "conflict", "bad person"))?;
    // A new device continues the person's sequence.
    let first_seq = state
        .storage
        .last_seq(&person)
        .await?
        .map_or(1, |last| last + 1);
    let certificate = state
        .server_key
        .certify(&person_id, device_key, first_seq as u64, now);
    let row = DeviceRow {
        device_key: device_key.to_vec(),
        person_id: person.clone(),
        first_seq,
        certificate: serde_json::to_string(&certificate).expect("certificates serialise"),
        revocation: None,
    };
    state.storage.register_device(&row, now.timestamp()).await?;
    Ok(Json(EnrollResponse {
        person_id: person,
        certificate,
        server_key: crypto::hex(&state.server_key.public_key()),
    }))
}
