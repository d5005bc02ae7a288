//! Building blocks shared by every screen: pictograms, badges, the app
//! header, the menu, quick exit, focus moves, reading aloud and the
//! emergency numbers.
//! Screens live in [`crate::screens`].

mod badge;
mod emergency;
mod focus;
mod header;
mod icon;
mod nav;
mod pin_field;
mod quick_exit;
mod read_aloud;

pub use badge::{Badge, Tone};
pub use emergency::{EMERGENCY_ANCHOR, EMERGENCY_NUMBERS, EmergencyNumber, EmergencyNumbers};
pub use focus::{FocusRequest, ScreenTitle, use_focus};
pub use header::{AppHeader, SETTINGS_BUTTON_ID, SettingsButton};
pub use icon::{Icon, IconName};
pub use nav::{NAV_ID, NAV_SETTINGS_ID, NavBar};
pub use pin_field::pin_field;
pub use quick_exit::{QuickExit, QuickExitButton};
pub use read_aloud::{
    READ_ALOUD_ID, READ_ALOUD_STATUS_ID, ReadAloudButton, ReadAloudChoice, SHOWN_TEXT_SCRIPT,
};
