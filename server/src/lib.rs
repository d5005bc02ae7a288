//! The Parcours server, as a library (the binary is `src/main.rs`):
//! storage, the one service layer, the person's and the professional's
//! APIs.
//!
//! Must never: log personal data.

pub mod api;
pub mod demo;
pub mod limit;
pub mod person_api;
pub mod pro_api;
pub mod routes;
pub mod service;
pub mod share_api;
pub mod storage;
