//! The [`Localizer`] as a Dioxus context, and the few formatting helpers the
//! screens share (dates relative to "this year", lists of names).
//!
//! Every visible word goes through here: components call [`use_i18n`] and
//! then `t` / `t_args`; the language can change while the app runs. Must never: hold a user-visible sentence in Rust.

use std::ops::Deref;
use std::sync::Arc;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use chrono_tz::Tz;
use dioxus::prelude::*;
use parcours_core::i18n::{Lang, Localizer};

/// A loaded language, cheap to clone and share through the component tree.
#[derive(Clone, Debug)]
pub struct I18n(Arc<Localizer>);

impl I18n {
    pub fn new(lang: Lang) -> Self {
        Self(Arc::new(Localizer::new(lang)))
    }

    /// `ltr` or `rtl`, for the `dir` attribute.
    pub fn dir(&self) -> &'static str {
        self.lang().dir()
    }

    /// A date in full; the year is left out when it is `this_year`.
    pub fn date(&self, date: NaiveDate, this_year: i32) -> String {
        if date.year() == this_year {
            self.date_short(date)
        } else {
            self.date_full(date)
        }
    }
}

impl Deref for I18n {
    type Target = Localizer;
    fn deref(&self) -> &Localizer {
        &self.0
    }
}

impl PartialEq for I18n {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

/// The language of the app, provided by the app shell as a signal: a
/// component that reads it is drawn again when the person picks another
/// language in the settings.
pub fn use_i18n() -> I18n {
    use_context::<Signal<I18n>>().read().clone()
}

/// The time everything on screen is judged against, and the person's time
/// zone. The app shell reads the clock; screens only get this.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Moment {
    pub now: DateTime<Utc>,
    pub tz: Tz,
}

impl Moment {
    pub fn new(now: DateTime<Utc>, tz: Tz) -> Self {
        Self { now, tz }
    }

    /// Today in the person's time zone.
    pub fn today(&self) -> NaiveDate {
        self.now.with_timezone(&self.tz).date_naive()
    }

    /// This year in the person's time zone: dates in it are written without the year.
    pub fn this_year(&self) -> i32 {
        self.today().year()
    }

    /// The local date of an instant, in the person's time zone.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }
}
