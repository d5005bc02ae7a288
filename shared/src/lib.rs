//! Parcours core: the domain model, the rules, crypto, storage, the audit
//! trail and translations. The app, the server and the command-line tool all
//! build on it.
//!
//! Pure where it can be: rules take the data and a `now` and return data.
//! The core never calls the UI and never reads a clock inside a rule.
//! See `ARCHITECTURE.md` at the root for the layers and invariants.

#![forbid(unsafe_code)]

pub mod appointment;
pub mod audit;
pub mod auth;
pub mod contact;
pub mod crypto;
pub mod demo;
pub mod device_key;
pub mod document;
pub mod dossier;
pub mod fuzzing;
pub mod i18n;
pub mod id;
pub mod keystore;
pub mod mandate;
pub mod message;
pub mod net;
pub mod person;
pub mod plan;
pub mod reminder;
pub mod safe;
pub mod share;
pub mod step;
pub mod store;
pub mod sync;
pub mod whats_next;
