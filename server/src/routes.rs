//! Every route of the server, in one table: the router is built from it and
//! so is the OpenAPI document (`GET /openapi.json`), so the two cannot
//! drift apart. A route is added here or nowhere.
//!
//! Must never: register a route outside [`ROUTES`].

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{Method, StatusCode};
use axum::routing::{MethodRouter, get, post, put};
use serde_json::{Value, json};

use crate::api::{self, ApiError, AppState};
use crate::{person_api, pro_api, share_api};

/// Who may call a route.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Caller {
    Anyone,
    /// A person's enrolled device, with a token from a signed challenge.
    Device,
    /// A professional, with a token from `/v1/pro/login`.
    Professional,
}

/// One route: what the OpenAPI document says about it, and its handler.
pub struct Route {
    pub method: Method,
    pub path: &'static str,
    pub summary: &'static str,
    pub caller: Caller,
    /// Takes an `Idempotency-Key` header (every write to a dossier).
    pub idempotent: bool,
    /// An example request body, made from the real types.
    pub request: Option<fn() -> Value>,
    /// An example answer, made from the real types.
    pub response: Option<fn() -> Value>,
    /// Rate-limited per client address (login, enrollment, challenges).
    pub limited: bool,
    pub handler: fn() -> MethodRouter<AppState>,
}

/// The table.
pub static ROUTES: &[Route] = &[
    Route {
        method: Method::GET,
        path: "/health",
        summary: "Whether the server and its database answer",
        caller: Caller::Anyone,
        idempotent: false,
        request: None,
        response: Some(|| json!({"status": "ok", "version": env!("CARGO_PKG_VERSION")})),
        limited: false,
        handler: || get(api::health),
    },
    Route {
        method: Method::GET,
        path: "/openapi.json",
        summary: "This document",
        caller: Caller::Anyone,
        idempotent: false,
        request: None,
        response: None,
        limited: false,
        handler: || get(openapi_handler),
    },
    Route {
        method: Method::POST,
        path: "/v1/enroll",
        summary: "Enroll a device with a one-time invitation code; the server countersigns its key",
        caller: Caller::Anyone,
        idempotent: false,
        request: Some(examples::enroll),
        response: Some(examples::enrolled),
        limited: true,
        handler: || post(api::enroll),
    },
    Route {
        method: Method::POST,
        path: "/v1/auth/challenge",
        summary: "A challenge for a device to sign (bound to the server's origin, 2 minutes)",
        caller: Caller::Anyone,
        idempotent: false,
        request: Some(examples::challenge_request),
        response: Some(examples::challenge),
        limited: true,
        handler: || post(api::challenge),
    },
    Route {
        method: Method::POST,
        path: "/v1/auth/token",
        summary: "A 15-minute token for a signed challenge",
        caller: Caller::Anyone,
        idempotent: false,
        request: Some(examples::token_request),
        response: Some(examples::token),
        limited: true,
        handler: || post(api::token),
    },
    Route {
        method: Method::GET,
        path: "/v1/mandates",
        summary: "The caller's mandate statements and key chain",
        caller: Caller::Device,
        idempotent: false,
        request: None,
        response: Some(examples::mandates),
        limited: false,
        handler: || get(api::mandates),
    },
    Route {
        method: Method::POST,
        path: "/v1/mandates",
        summary: "Register a grant or revocation the person signed (checked by the verifier)",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::statement),
        response: Some(examples::written),
        limited: false,
        handler: || post(api::post_statement),
    },
    Route {
        method: Method::GET,
        path: "/v1/dossier",
        summary: "What changed in the caller's dossier after the cursor `since`",
        caller: Caller::Device,
        idempotent: false,
        request: None,
        response: Some(examples::pull),
        limited: false,
        handler: || get(person_api::pull),
    },
    Route {
        method: Method::POST,
        path: "/v1/messages",
        summary: "Send a message",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::new_message),
        response: Some(examples::written),
        limited: false,
        handler: || post(person_api::post_message),
    },
    Route {
        method: Method::POST,
        path: "/v1/messages/{id}/read",
        summary: "Mark a received message read",
        caller: Caller::Device,
        idempotent: true,
        request: Some(|| json!({})),
        response: Some(examples::written),
        limited: false,
        handler: || post(person_api::mark_read),
    },
    Route {
        method: Method::POST,
        path: "/v1/appointments/{id}/answer",
        summary: "Confirm, ask for another date, or cancel an appointment",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::answer),
        response: Some(examples::written),
        limited: false,
        handler: || post(person_api::answer_appointment),
    },
    Route {
        method: Method::POST,
        path: "/v1/steps",
        summary: "Propose a step",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::propose_step),
        response: Some(examples::written),
        limited: false,
        handler: || post(person_api::propose_step),
    },
    Route {
        method: Method::POST,
        path: "/v1/steps/{id}/status",
        summary: "Move one of the person's own steps",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::change_step),
        response: Some(examples::written),
        limited: false,
        handler: || post(person_api::change_step),
    },
    Route {
        method: Method::POST,
        path: "/v1/devices/revoke",
        summary: "Revoke one of the person's device keys (a lost phone): its tokens stop at once",
        caller: Caller::Device,
        idempotent: false,
        request: Some(examples::revoke_device),
        response: None,
        limited: false,
        handler: || post(api::revoke_device),
    },
    Route {
        method: Method::POST,
        path: "/v1/account/close",
        summary: "Delete everything on the server (the person's right): dossier, mandates, devices, shares",
        caller: Caller::Device,
        idempotent: false,
        request: Some(|| json!({})),
        response: Some(|| json!({"closed": true})),
        limited: false,
        handler: || post(api::close_account),
    },
    Route {
        method: Method::POST,
        path: "/v1/pro/login",
        summary: "A professional logs in (argon2id); a 15-minute token",
        caller: Caller::Anyone,
        idempotent: false,
        request: Some(examples::pro_login),
        response: Some(examples::token),
        limited: true,
        handler: || post(pro_api::login),
    },
    Route {
        method: Method::PUT,
        path: "/v1/pro/key",
        summary: "Publish the professional's X25519 public key for receiving shares",
        caller: Caller::Professional,
        idempotent: false,
        request: Some(examples::pro_key),
        response: None,
        limited: false,
        handler: || put(pro_api::put_key),
    },
    Route {
        method: Method::GET,
        path: "/v1/pro/persons",
        summary: "The persons whose mandates in force name the caller",
        caller: Caller::Professional,
        idempotent: false,
        request: None,
        response: Some(examples::pro_persons),
        limited: false,
        handler: || get(pro_api::persons),
    },
    Route {
        method: Method::GET,
        path: "/v1/pro/persons/{person}/dossier",
        summary: "A person's dossier, as far as the mandates in force allow (logged)",
        caller: Caller::Professional,
        idempotent: false,
        request: None,
        response: Some(examples::pull),
        limited: false,
        handler: || get(pro_api::dossier),
    },
    Route {
        method: Method::POST,
        path: "/v1/pro/persons/{person}/steps",
        summary: "Write a step, or take the person's proposal into the plan (coordination)",
        caller: Caller::Professional,
        idempotent: true,
        request: Some(examples::pro_step),
        response: Some(examples::written),
        limited: false,
        handler: || post(pro_api::put_step),
    },
    Route {
        method: Method::POST,
        path: "/v1/pro/persons/{person}/appointments",
        summary: "Book an appointment (coordination)",
        caller: Caller::Professional,
        idempotent: true,
        request: Some(examples::pro_appointment),
        response: Some(examples::written),
        limited: false,
        handler: || post(pro_api::post_appointment),
    },
    Route {
        method: Method::POST,
        path: "/v1/pro/persons/{person}/messages",
        summary: "Reply to the person (coordination)",
        caller: Caller::Professional,
        idempotent: true,
        request: Some(examples::pro_message),
        response: Some(examples::written),
        limited: false,
        handler: || post(pro_api::post_message),
    },
    Route {
        method: Method::POST,
        path: "/v1/pro/persons/{person}/devices/revoke",
        summary: "Revoke one of the person's device keys (coordination)",
        caller: Caller::Professional,
        idempotent: false,
        request: Some(examples::revoke_device),
        response: None,
        limited: false,
        handler: || post(pro_api::revoke_device),
    },
    Route {
        method: Method::GET,
        path: "/v1/contacts/{id}/key",
        summary: "A contact's public key for sealing a share (the phone pins it at first use)",
        caller: Caller::Device,
        idempotent: false,
        request: None,
        response: Some(examples::recipient_key),
        limited: false,
        handler: || get(share_api::contact_key),
    },
    Route {
        method: Method::POST,
        path: "/v1/shares",
        summary: "Offer a share: ids, end date and the HPKE output; nothing in clear",
        caller: Caller::Device,
        idempotent: true,
        request: Some(examples::share_offer),
        response: Some(examples::written),
        limited: false,
        handler: || post(share_api::post_share),
    },
    Route {
        method: Method::PUT,
        path: "/v1/shares/{id}/body",
        summary: "The share's sealed body (application/octet-stream, up to 32 MiB)",
        caller: Caller::Device,
        idempotent: false,
        request: None,
        response: None,
        limited: false,
        handler: || {
            put(share_api::put_body).layer(DefaultBodyLimit::max(parcours_core::share::MAX_BODY))
        },
    },
    Route {
        method: Method::POST,
        path: "/v1/shares/{id}/withdraw",
        summary: "Withdraw a share: the server deletes what would open it at once",
        caller: Caller::Device,
        idempotent: true,
        request: Some(|| json!({})),
        response: Some(examples::written),
        limited: false,
        handler: || post(share_api::withdraw),
    },
    Route {
        method: Method::GET,
        path: "/v1/pro/shares",
        summary: "The shares waiting for the caller (live, until their end)",
        caller: Caller::Professional,
        idempotent: false,
        request: None,
        response: Some(examples::pro_shares),
        limited: false,
        handler: || get(share_api::pro_shares),
    },
    Route {
        method: Method::GET,
        path: "/v1/pro/shares/{id}",
        summary: "What opens one share (logged in the person's access log)",
        caller: Caller::Professional,
        idempotent: false,
        request: None,
        response: Some(examples::share_offer),
        limited: false,
        handler: || get(share_api::pro_share),
    },
    Route {
        method: Method::GET,
        path: "/v1/pro/shares/{id}/body",
        summary: "One share's sealed body (application/octet-stream)",
        caller: Caller::Professional,
        idempotent: false,
        request: None,
        response: None,
        limited: false,
        handler: || get(share_api::pro_share_body),
    },
];

/// Largest request body accepted.
pub const BODY_LIMIT: usize = 16 * 1024;

/// The router, built from [`ROUTES`] only.
pub fn router(state: AppState) -> Router {
    let mut limited = Router::new();
    let mut open = Router::new();
    for r in ROUTES {
        if r.limited {
            limited = limited.route(r.path, (r.handler)());
        } else {
            open = open.route(r.path, (r.handler)());
        }
    }
    let limiter = crate::limit::Limiter::new(state.limits);
    let limited = limited.layer(axum::middleware::from_fn_with_state(
        limiter,
        crate::limit::middleware,
    ));
    open.merge(limited)
        .fallback(no_route)
        .layer(axum::middleware::from_fn(log_request))
        // gzip when the client accepts it: people pay for every byte.
        .layer(tower_http::compression::CompressionLayer::new().gzip(true))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .with_state(state)
}

async fn no_route() -> ApiError {
    ApiError::new(
        StatusCode::NOT_FOUND,
        "no_route",
        "no such address in this API (see /openapi.json)",
    )
}

async fn openapi_handler() -> axum::Json<Value> {
    axum::Json(openapi())
}

/// The OpenAPI 3.1 document, generated from [`ROUTES`].
pub fn openapi() -> Value {
    let mut paths = serde_json::Map::new();
    for r in ROUTES {
        let mut op = serde_json::Map::new();
        op.insert("summary".into(), json!(r.summary));
        op.insert(
            "operationId".into(),
            json!(format!(
                "{}{}",
                r.method.as_str().to_lowercase(),
                r.path.replace(['/', '{', '}', '.'], "_")
            )),
        );
        let mut parameters: Vec<Value> = r
            .path
            .split('/')
            .filter_map(|seg| seg.strip_prefix('{').and_then(|s| s.strip_suffix('}')))
            .map(|name| json!({"name": name, "in": "path", "required": true, "schema": {"type": "string"}}))
            .collect();
        if r.idempotent {
            parameters.push(json!({
                "name": "Idempotency-Key", "in": "header", "required": true,
                "description": "1 to 64 of A-Z a-z 0-9 - _; the same key again returns the first answer",
                "schema": {"type": "string", "maxLength": 64, "pattern": "^[A-Za-z0-9_-]{1,64}$"}
            }));
        }
        if r.path.ends_with("/dossier") {
            parameters.push(json!({"name": "since", "in": "query", "required": false,
                "description": "the cursor of the previous answer (0 for everything)",
                "schema": {"type": "integer", "minimum": 0}}));
        }
        if !parameters.is_empty() {
            op.insert("parameters".into(), Value::Array(parameters));
        }
        match r.caller {
            Caller::Anyone => {}
            Caller::Device => {
                op.insert("security".into(), json!([{"deviceToken": []}]));
            }
            Caller::Professional => {
                op.insert("security".into(), json!([{"professionalToken": []}]));
            }
        }
        if let Some(example) = r.request {
            op.insert(
                "requestBody".into(),
                json!({"required": true, "content": {"application/json": {"example": example()}}}),
            );
        }
        let ok = match (r.method.clone(), r.response) {
            (_, Some(example)) if r.idempotent => {
                json!({"201": {"description": "done (or the first answer to this key)", "content": {"application/json": {"example": example()}}}})
            }
            (_, Some(example)) => {
                json!({"200": {"description": "ok", "content": {"application/json": {"example": example()}}}})
            }
            (_, None) => json!({"200": {"description": "ok"}}),
        };
        let mut responses = ok.as_object().cloned().unwrap_or_default();
        let error = json!({"description": "refused: {error, message}", "content": {"application/json": {"example": {"error": "mandate_revoked", "message": "the person withdrew the mandate that allowed this"}}}});
        for code in [
            "400", "401", "403", "404", "409", "413", "422", "429", "503",
        ] {
            responses.insert(code.into(), error.clone());
        }
        op.insert("responses".into(), Value::Object(responses));
        let entry = paths.entry(r.path.to_owned()).or_insert_with(|| json!({}));
        entry
            .as_object_mut()
            .expect("path items are objects")
            .insert(r.method.as_str().to_lowercase(), Value::Object(op));
    }
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Parcours server",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The referent-side service the Parcours app syncs with. Formats and rules: docs/sync.md."
        },
        "components": {"securitySchemes": {
            "deviceToken": {"type": "http", "scheme": "bearer", "description": "from /v1/auth/token (a signed challenge)"},
            "professionalToken": {"type": "http", "scheme": "bearer", "description": "from /v1/pro/login"}
        }},
        "paths": paths
    })
}

/// Example bodies, made from the core's real types and demo data (so they
/// change when the types do).
mod examples {
    use parcours_core::demo;
    use parcours_core::sync::wire::*;
    use serde_json::{Value, json};

    fn v<T: serde::Serialize>(t: &T) -> Value {
        serde_json::to_value(t).expect("examples serialise")
    }
    fn now() -> chrono::DateTime<chrono::Utc> {
        demo::fixed_now()
    }
    pub fn enroll() -> Value {
        v(&EnrollRequest {
            invitation_code: "DEMO-PARC-OURS".into(),
            device_key: "0".repeat(64),
        })
    }
    pub fn enrolled() -> Value {
        let d = demo::dossier(now());
        let chain = d.key_chain.expect("the demo has a key chain");
        v(&EnrollResponse {
            person_id: d.person.id.to_string(),
            certificate: chain.certificates[0].clone(),
            server_key: parcours_core::crypto::hex(&chain.server_key),
        })
    }
    pub fn challenge_request() -> Value {
        v(&ChallengeRequest {
            device_key: "0".repeat(64),
        })
    }
    pub fn challenge() -> Value {
        v(&Challenge {
            nonce: "0".repeat(64),
            expires_at: now().timestamp() + 120,
            origin: "https://parcours.example".into(),
        })
    }
    pub fn token_request() -> Value {
        v(&TokenRequest {
            device_key: "0".repeat(64),
            nonce: "0".repeat(64),
            signature: "0".repeat(128),
        })
    }
    pub fn token() -> Value {
        v(&Token {
            token: "0".repeat(64),
            expires_at: now().timestamp() + 900,
        })
    }
    pub fn mandates() -> Value {
        let d = demo::dossier(now());
        v(&Mandates {
            statements: d.mandate_statements.clone(),
            key_chain: d.key_chain.expect("the demo has a key chain"),
        })
    }
    pub fn statement() -> Value {
        v(&demo::dossier(now()).mandate_statements[0])
    }
    pub fn pull() -> Value {
        let d = demo::dossier(now());
        v(&Pull {
            cursor: 2,
            changes: vec![
                Change {
                    seq: 1,
                    record: Record::Step(d.steps[0].clone()),
                },
                Change {
                    seq: 2,
                    record: Record::Message(d.messages[0].clone()),
                },
            ],
            more: false,
        })
    }
    pub fn written() -> Value {
        let d = demo::dossier(now());
        v(&Written {
            changes: vec![Change {
                seq: 3,
                record: Record::Message(d.messages[0].clone()),
            }],
        })
    }
    pub fn new_message() -> Value {
        v(&NewMessage {
            id: parcours_core::id::MessageId::parse("m-42").expect("id"),
            to: parcours_core::id::ContactId::parse("referent").expect("id"),
            text: "Je serai en retard.".into(),
            written_at: now(),
            attachments: vec![],
        })
    }
    pub fn answer() -> Value {
        v(&AnswerAppointment {
            answer: AppointmentAnswer::Confirm,
            understood_consequences: false,
        })
    }
    pub fn propose_step() -> Value {
        let d = demo::dossier(now());
        v(&ProposeStep {
            id: parcours_core::id::StepId::parse("s-42").expect("id"),
            objective: d.objectives[0].id.clone(),
            what: "Demander une aide pour la cantine".into(),
            due: None,
            at: now(),
        })
    }
    pub fn change_step() -> Value {
        v(&ChangeStep {
            to: parcours_core::step::StepStatus::Done,
            at: now(),
        })
    }
    pub fn revoke_device() -> Value {
        v(&RevokeDevice {
            device_key: "0".repeat(64),
        })
    }
    pub fn pro_login() -> Value {
        v(&ProLogin {
            login: "referent".into(),
            password: "…".into(),
        })
    }
    pub fn pro_key() -> Value {
        v(&ProKey {
            public_key: "0".repeat(64),
        })
    }
    pub fn pro_persons() -> Value {
        json!([{"person_id": "nadia", "first_name": "Nadia", "last_name": "Belkacem", "mandates": ["coordination"]}])
    }
    pub fn pro_step() -> Value {
        let d = demo::dossier(now());
        v(&ProStep {
            id: parcours_core::id::StepId::parse("s-43").expect("id"),
            objective: d.objectives[0].id.clone(),
            what: "Prendre rendez-vous à la CAF".into(),
            actor: parcours_core::step::Actor::Me,
            due: None,
        })
    }
    pub fn pro_appointment() -> Value {
        v(&ProAppointment {
            id: parcours_core::id::AppointmentId::parse("a-42").expect("id"),
            start: now(),
            end: now() + chrono::Duration::hours(1),
            time_zone: chrono_tz::Europe::Paris,
            place: "CCAS, 2 rue de la Mairie".into(),
            purpose: "Faire le point sur le logement".into(),
            what_to_bring: vec!["Votre dernier avis d'imposition".into()],
            compulsory: false,
            private: false,
        })
    }
    pub fn recipient_key() -> Value {
        v(&RecipientKey {
            contact: parcours_core::id::ContactId::parse("referent").expect("id"),
            public_key: "0".repeat(64),
        })
    }
    pub fn share_offer() -> Value {
        v(&ShareOffer {
            id: "sh-42".into(),
            recipient: parcours_core::id::ContactId::parse("referent").expect("id"),
            document: parcours_core::id::DocumentId::parse("d-quittance").expect("id"),
            expires_at: now() + chrono::Duration::days(30),
            recipient_key: "0".repeat(64),
            enc: "0".repeat(64),
            sealed: "0".repeat(96),
        })
    }
    pub fn pro_shares() -> Value {
        v(&vec![ProShare {
            id: "sh-42".into(),
            person_id: parcours_core::id::PersonId::parse("nadia").expect("id"),
            document: parcours_core::id::DocumentId::parse("d-quittance").expect("id"),
            expires_at: now() + chrono::Duration::days(30),
        }])
    }
    pub fn pro_message() -> Value {
        v(&ProMessage {
            id: parcours_core::id::MessageId::parse("m-43").expect("id"),
            text: "Bonjour, c'est noté.".into(),
        })
    }
}

/// One log line per request: method, the route's template (never the
/// actual path, which holds ids), status and duration. Nothing else.
pub async fn log_request(
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "(no route)".to_owned());
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    response
}
