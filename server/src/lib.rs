//! The Parcours server, as a library (the binary is `src/main.rs`): the
//! storage today; the person's and the professional's APIs come next.
//!
//! Must never: log personal data.

pub mod api;
pub mod storage;
