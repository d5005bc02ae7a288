//! Parcours app: the Dioxus components of the person's app, shared by the
//! browser preview (`parcours-preview`, LiveView), the desktop window
//! (`parcours-desktop`) and later the phone builds.
//!
//! - [`app`]: the shell ([`app::App`]), its inputs ([`app::AppConfig`]) and the clock.
//! - [`screens`]: one module per screen (Home, My plan, My contacts, My
//!   appointments, Messages, My papers (the safe), Settings, Who can do
//!   what for me, and the neutral page of quick exit).
//! - [`components`]: pictograms, badges, header, menu, quick exit, emergency numbers.
//! - [`i18n`]: the language as a context; every visible word comes from
//!   `locales/<lang>/*.ftl` through [`parcours_core::i18n::Localizer`].
//! - [`state`]: the person's data ([`state::AppData`]) and what they can
//!   change ([`state::Action`]), saved through the encrypted store, with
//!   what the server must learn queued in the same write.
//! - [`sync`]: the app talks to the server (send the outbox, pull), in the
//!   background.
//! - [`demo_server`] (feature `demo-server`): the demo server inside the preview.
//! - [`exports`]: calendar (.ics) and contact (.vcf) files.
//! - [`data`]: opens the encrypted safe at the edge.
//! - [`platform`]: what the phone or the browser provides (choose a file,
//!   share, reminders, speech, links), one implementation per build.
//! - [`page`]: the HTML page around the app, with the stylesheet.
//! - [`preview`]: the LiveView server of `parcours-preview`.
//! - [`setup`]: the first start of a phone with no safe yet (enroll, make
//!   the safe, PIN, first sync).
//! - [`unlock`]: opening a safe that has a PIN (or with the recovery code).
//! - [`safety`]: the PIN, a new recovery code and "delete everything",
//!   from Settings.

#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod data;
#[cfg(feature = "demo-server")]
pub mod demo_server;
pub mod exports;
pub mod i18n;
pub mod page;
pub mod platform;
pub mod preview;
pub mod safety;
pub mod screens;
pub mod setup;
pub mod sharing;
pub mod state;
pub mod sync;
pub mod unlock;

pub use app::{App, AppConfig, Clock, Shared};
pub use state::{Action, ActionError, AppData, SyncStatus};
