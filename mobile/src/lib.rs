//! Parcours app: the Dioxus components of the person's app, shared by the
//! browser preview (`parcours-preview`, LiveView), the desktop window
//! (`parcours-desktop`) and later the phone builds.
//!
//! - [`app`]: the shell ([`app::App`]), its inputs ([`app::AppConfig`]) and the clock.
//! - [`screens`]: one module per screen (Home, "What's next", for now).
//! - [`components`]: pictograms, badges, header, emergency numbers.
//! - [`i18n`]: the language as a context; every visible word comes from
//!   `locales/<lang>/*.ftl` through [`parcours_core::i18n::Localizer`].
//! - [`data`]: opens the encrypted safe and loads the dossier.
//! - [`page`]: the HTML page around the app, with the stylesheet.
//! - [`preview`]: the LiveView server of `parcours-preview`.

#![forbid(unsafe_code)]

pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod page;
pub mod preview;
pub mod screens;

pub use app::{App, AppConfig, Clock, Shared};
