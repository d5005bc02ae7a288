//! The screens of the app, one module each. A screen is a component that
//! takes the data it shows and the [`Moment`](crate::i18n::Moment) as
//! props, and the language from context ([`crate::i18n::use_i18n`]).
//!
//! Planned siblings: plan, contacts, appointments, safe, messages,
//! mandates, settings.

pub mod home;

pub use home::Home;

/// The screens the app shell can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Screen {
    /// "What's next".
    #[default]
    Home,
}
