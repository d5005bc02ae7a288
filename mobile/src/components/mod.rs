//! Building blocks shared by every screen: pictograms, badges, the app
//! header and the emergency numbers. Screens live in [`crate::screens`].

mod badge;
mod emergency;
mod header;
mod icon;

pub use badge::{Badge, Tone};
pub use emergency::{EMERGENCY_ANCHOR, EMERGENCY_NUMBERS, EmergencyNumber, EmergencyNumbers};
pub use header::AppHeader;
pub use icon::{Icon, IconName};
