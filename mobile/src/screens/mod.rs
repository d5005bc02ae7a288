//! The screens of the app, one module each. A screen is a component that
//! takes the data it shows and the [`Moment`](crate::i18n::Moment) as
//! props, the language from context ([`crate::i18n::use_i18n`]), and sends
//! what the person changes as an [`Action`](crate::state::Action) through
//! its `on_action` callback; it never touches the store.
//!
//! The menu holds six screens (Home, My plan, My appointments, Messages,
//! My papers, My contacts), three by three on a narrow phone, folded
//! behind a "Menu" button with large text. Settings is not in the menu: it
//! is a labelled button in the header, next to quick exit and the
//! emergency numbers. The mandates screen is reached from Home's mandates
//! card and from Settings; the safe ("My papers") also from Home's card of
//! documents to renew.

pub mod appointments;
pub mod contacts;
pub mod first_start;
pub mod grant;
pub mod home;
pub mod mandates;
pub mod messages;
pub mod neutral;
pub mod plan;
pub mod safe;
pub mod safety;
pub mod settings;
pub mod share;
pub mod unlock;

pub use appointments::Appointments;
pub use contacts::Contacts;
pub use first_start::{FirstStart, FirstStartConfig, FirstStartRoot};
pub use home::Home;
pub use mandates::Mandates;
pub use messages::Messages;
pub use neutral::Neutral;
pub use plan::Plan;
pub use safe::MySafe;
pub use settings::Settings;
pub use unlock::{UnlockConfig, UnlockRoot};

use dioxus::prelude::Callback;

use crate::components::IconName;
use crate::state::{Action, ActionError, SafeAnswer, SafeRequest};

/// How a screen sends what the person changes; the answer says whether it
/// was saved.
pub type OnAction = Callback<Action, Result<(), ActionError>>;

/// How the safe screen reads from the safe (a page, the export, a backup,
/// the trail).
pub type OnSafe = Callback<SafeRequest, Result<SafeAnswer, ActionError>>;

/// The screens the app shell can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Screen {
    /// "What's next".
    #[default]
    Home,
    Plan,
    Contacts,
    Appointments,
    /// The conversation with the referent.
    Messages,
    /// Settings (not in the menu: a button in the header).
    Settings,
    /// "Who can do what for me" (not in the menu).
    Mandates,
    /// "My papers": the document safe.
    Safe,
}

impl Screen {
    /// The screens of the menu, in its order. Settings is not one of them:
    /// it is a labelled button in the header.
    pub const IN_MENU: [Screen; 6] = [
        Screen::Home,
        Screen::Plan,
        Screen::Appointments,
        Screen::Messages,
        Screen::Safe,
        Screen::Contacts,
    ];

    /// Stable key, for element ids.
    pub fn key(self) -> &'static str {
        match self {
            Screen::Home => "home",
            Screen::Plan => "plan",
            Screen::Contacts => "contacts",
            Screen::Appointments => "appointments",
            Screen::Messages => "messages",
            Screen::Settings => "settings",
            Screen::Mandates => "mandates",
            Screen::Safe => "safe",
        }
    }

    /// Message id of its name in the menu (for Settings, of the header's
    /// button; for Mandates, which has no button, its title).
    pub fn label_id(self) -> &'static str {
        match self {
            Screen::Home => "nav-home",
            Screen::Plan => "nav-plan",
            Screen::Contacts => "nav-contacts",
            Screen::Appointments => "nav-appointments",
            Screen::Messages => "nav-messages",
            Screen::Settings => "settings-title",
            Screen::Mandates => "mandates-title",
            Screen::Safe => "nav-safe",
        }
    }

    pub fn icon(self) -> IconName {
        match self {
            Screen::Home => IconName::Home,
            Screen::Plan => IconName::Steps,
            Screen::Contacts => IconName::Contacts,
            Screen::Appointments => IconName::Calendar,
            Screen::Messages => IconName::Mail,
            Screen::Settings => IconName::Settings,
            Screen::Mandates => IconName::Permission,
            Screen::Safe => IconName::Safe,
        }
    }

    /// Message id of its title (also the page's title).
    pub fn title_id(self) -> &'static str {
        match self {
            Screen::Home => "home-title",
            Screen::Plan => "plan-title",
            Screen::Contacts => "contacts-title",
            Screen::Appointments => "appointments-title",
            Screen::Messages => "messages-title",
            Screen::Settings => "settings-title",
            Screen::Mandates => "mandates-title",
            Screen::Safe => "safe-title",
        }
    }

    /// The `id` of its title (`h1`), which takes the focus when the person
    /// moves to it.
    pub fn heading_id(self) -> &'static str {
        match self {
            Screen::Home => home::HOME_HEADING,
            Screen::Plan => plan::PLAN_HEADING,
            Screen::Contacts => contacts::CONTACTS_HEADING,
            Screen::Appointments => appointments::APPOINTMENTS_HEADING,
            Screen::Messages => messages::MESSAGES_HEADING,
            Screen::Settings => settings::SETTINGS_HEADING,
            Screen::Mandates => mandates::MANDATES_HEADING,
            Screen::Safe => safe::SAFE_HEADING,
        }
    }
}
