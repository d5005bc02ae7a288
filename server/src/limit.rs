//! Rate limits on what an attacker would hammer: professional login,
//! enrollment (guessing invitation codes) and challenges. Per client
//! address and per route, in each server process (several processes
//! behind a load balancer each keep their own count: the limit is then
//! per process, documented in docs/security.md). A refusal is a 429 with
//! `Retry-After`.
//!
//! Must never: keep more than the client address and a counter.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::Clock;
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::api::ApiError;

/// How many requests a client address may make per minute to each
/// limited route (a burst of that size, refilled evenly).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        // A phone needs two calls every 15 minutes; a CHRS's shared Wi-Fi
        // puts dozens of phones behind one address.
        Limits { per_minute: 30 }
    }
}

/// The limiter shared by the limited routes.
#[derive(Clone)]
pub struct Limiter {
    inner: Arc<DefaultKeyedRateLimiter<(IpAddr, String)>>,
}

impl Limiter {
    pub fn new(limits: Limits) -> Limiter {
        let n = NonZeroU32::new(limits.per_minute.max(1)).expect("at least one");
        Limiter {
            inner: Arc::new(DefaultKeyedRateLimiter::hashmap(Quota::per_minute(n))),
        }
    }
}

/// The middleware: counts the request, or refuses it with a 429.
pub async fn middleware(State(limiter): State<Limiter>, request: Request, next: Next) -> Response {
    let ip = request
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED));
    let key = (ip, request.uri().path().to_owned());
    match limiter.inner.check_key(&key) {
        Ok(()) => {
            // Forget quiet clients now and then, so the table stays small.
            if limiter.inner.len() > 10_000 {
                limiter.inner.retain_recent();
            }
            next.run(request).await
        }
        Err(not_until) => {
            let wait = not_until
                .wait_time_from(governor::clock::DefaultClock::default().now())
                .as_secs()
                .max(1);
            let mut response = ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "too_many_requests",
                "too many attempts from this address; wait a minute",
            )
            .into_response();
            if let Ok(v) = HeaderValue::from_str(&wait.to_string()) {
                response.headers_mut().insert("retry-after", v);
            }
            response
        }
    }
}
