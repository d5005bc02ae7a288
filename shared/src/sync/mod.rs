//! Offline-first sync with the Parcours server.
//!
//! - [`wire`]: the JSON bodies both sides exchange (one definition for the
//!   app, the tool and the server);
//! - [`outbox`]: what the person did, applied on the phone at once and
//!   queued until the server has it (pure);
//! - [`merge`]: how the server's changes are merged into the phone's
//!   dossier (pure, deterministic, documented in `docs/sync.md`);
//! - [`client`]: HTTP (reqwest over rustls);
//! - [`engine`]: one sync — send, then pull — against the store;
//! - [`shares`]: sharing a document with a professional (end to end).
//!
//! Must never: drop something the person did, or send it twice in a way
//! the server would apply twice (every write carries its idempotency key).

pub mod account;
pub mod client;
pub mod engine;
pub mod merge;
pub mod outbox;
pub mod shares;
pub mod wire;
