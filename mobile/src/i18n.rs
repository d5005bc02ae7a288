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

    /// A message around a piece of text people wrote, its argument `arg`:
    /// the words before it and the words after it, so that the screen can
    /// set that text apart in its own direction (French words inside an
    /// Arabic sentence keep their punctuation in place).
    pub fn around(&self, id: &str, arg: &str) -> (String, String) {
        // A private-use character: never in a message.
        const MARK: &str = "\u{E000}";
        let whole = self.t_args(id, &[(arg, MARK.into())]);
        match whole.split_once(MARK) {
            Some((before, after)) => (before.to_owned(), after.to_owned()),
            None => (whole, String::new()),
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_around_a_text_people_wrote() {
        for lang in Lang::ALL {
            let i18n = I18n::new(lang);
            let (before, after) = i18n.around("plan-in-my-words", "words");
            let whole = i18n.t_args("plan-in-my-words", &[("words", "Un toit.".into())]);
            assert_eq!(format!("{before}Un toit.{after}"), whole, "{lang}");
            assert!(!before.trim().is_empty(), "{lang}");
            assert!(!whole.contains('\u{E000}'));
        }
        let fr = I18n::new(Lang::Fr);
        assert_eq!(
            fr.around("plan-in-my-words", "words"),
            ("Vos mots\u{a0}: «\u{a0}".to_owned(), "\u{a0}»".to_owned())
        );
        // A message without that argument: all of it comes before.
        assert_eq!(fr.around("home-title", "words").1, "");
    }
}
