//! Languages and translations through Fluent (`locales/<lang>/*.ftl`), and
//! dates written in full ("mardi 3 mars 2026 à 14 h").
//!
//! Every user-visible string comes from here. Must never: hold a
//! user-visible sentence in Rust code; every wording lives in `locales/`.

use std::fmt;

use chrono::{DateTime, Datelike, NaiveDate, TimeZone, Timelike};
use fluent::concurrent::FluentBundle;
use fluent::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// Every language with a complete translation.
    pub const ALL: [Lang; 2] = [Lang::Fr, Lang::En];

    /// BCP 47 code, as used in `<html lang>` and the `locales/` folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        false
    }

    /// The Fluent sources of this language, compiled into the binary so the
    /// app starts with no file to read.
    pub fn sources(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Fr => &[
                ("core.ftl", include_str!("../../locales/fr/core.ftl")),
                ("app.ftl", include_str!("../../locales/fr/app.ftl")),
                ("cli.ftl", include_str!("../../locales/fr/cli.ftl")),
            ],
            Lang::En => &[
                ("core.ftl", include_str!("../../locales/en/core.ftl")),
                ("app.ftl", include_str!("../../locales/en/app.ftl")),
                ("cli.ftl", include_str!("../../locales/en/cli.ftl")),
            ],
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// Something that has a translated explanation for the person.
pub trait Explain {
    /// The Fluent message id that explains it.
    fn message_id(&self) -> &'static str;
}

/// A loaded language: formats messages and dates.
pub struct Localizer {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("lang", &self.lang)
            .finish()
    }
}

/// One argument of a message.
pub type Arg<'a> = (&'a str, FluentValue<'a>);

impl Localizer {
    /// Loads a language. The sources are part of the binary and checked by
    /// tests, so a syntax error here is a bug and panics.
    pub fn new(lang: Lang) -> Self {
        let langid = lang.code().parse().expect("language codes are valid");
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Isolation marks would show up in text read aloud; the UI sets
        // `dir` on elements instead.
        bundle.set_use_isolating(false);
        for (name, source) in lang.sources() {
            let resource = FluentResource::try_new((*source).to_owned())
                .unwrap_or_else(|(_, e)| panic!("{}/{name}: {e:?}", lang.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{}/{name}: {e:?}", lang.code()));
        }
        Self { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether a message exists in this language.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    /// A message with no arguments.
    pub fn t(&self, id: &str) -> String {
        self.t_args(id, &[])
    }

    /// A message with arguments. A missing message shows its id in brackets,
    /// never an empty screen; tests make sure none is missing.
    pub fn t_args(&self, id: &str, args: &[Arg<'_>]) -> String {
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return format!("[{id}]");
        };
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let out = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors)
            .into_owned();
        debug_assert!(errors.is_empty(), "{id}: {errors:?}");
        out
    }

    /// Items joined with the language's list separator.
    pub fn list(&self, items: &[String]) -> String {
        items.join(&self.t("list-separator"))
    }

    /// The explanation of an error or state.
    pub fn explain(&self, what: &dyn Explain) -> String {
        self.t(what.message_id())
    }

    /// "mardi 3 mars 2026".
    pub fn date_full(&self, date: NaiveDate) -> String {
        self.t_args(
            "date-full",
            &[
                ("weekday", self.weekday(date).into()),
                ("day", date.day().into()),
                ("month", self.month(date).into()),
                ("year", date.year().to_string().into()),
            ],
        )
    }

    /// "mardi 3 mars" (for dates of this year).
    pub fn date_short(&self, date: NaiveDate) -> String {
        self.t_args(
            "date-short",
            &[
                ("weekday", self.weekday(date).into()),
                ("day", date.day().into()),
                ("month", self.month(date).into()),
            ],
        )
    }

    /// "14 h" or "14 h 30".
    pub fn time<Tz: TimeZone>(&self, at: &DateTime<Tz>) -> String {
        let hour = at.hour();
        let minute = at.minute();
        if minute == 0 {
            self.t_args("time-hour", &[("hour", hour.into())])
        } else {
            self.t_args(
                "time-hour-minute",
                &[
                    ("hour", hour.into()),
                    ("minute", format!("{minute:02}").into()),
                ],
            )
        }
    }

    /// "mardi 3 mars à 14 h" (the year is added when it differs from `this_year`).
    pub fn date_time<Tz: TimeZone>(&self, at: &DateTime<Tz>, this_year: i32) -> String {
        let date = at.date_naive();
        let date = if date.year() == this_year {
            self.date_short(date)
        } else {
            self.date_full(date)
        };
        self.t_args(
            "date-time",
            &[("date", date.into()), ("time", self.time(at).into())],
        )
    }

    fn weekday(&self, date: NaiveDate) -> String {
        self.t(&format!("weekday-{}", date.weekday().number_from_monday()))
    }

    fn month(&self, date: NaiveDate) -> String {
        self.t(&format!("month-{}", date.month()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Utc;

    #[test]
    fn every_language_loads_and_has_the_same_messages() {
        let ids = |lang: Lang| {
            let mut ids: Vec<String> = Vec::new();
            for (_, src) in lang.sources() {
                let res = FluentResource::try_new((*src).to_owned()).unwrap();
                for entry in res.entries() {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        ids.push(m.id.name.to_owned());
                    }
                }
            }
            ids.sort();
            ids
        };
        let fr = ids(Lang::Fr);
        assert!(fr.len() > 50, "French has {} messages", fr.len());
        for lang in Lang::ALL {
            let _ = Localizer::new(lang);
            assert_eq!(
                ids(lang),
                fr,
                "{lang} does not have the same message ids as fr"
            );
        }
    }

    #[test]
    fn dates_are_written_in_full() {
        let fr = Localizer::new(Lang::Fr);
        let en = Localizer::new(Lang::En);
        let d = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        assert_eq!(fr.date_full(d), "mardi 3 mars 2026");
        assert_eq!(en.date_full(d), "Tuesday 3 March 2026");
        let first = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(fr.date_full(first), "dimanche 1er mars 2026");
        assert_eq!(fr.date_short(first), "dimanche 1er mars");
        assert_eq!(en.date_short(first), "Sunday 1 March");
        let at = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 3, 3, 14, 0, 0)
            .unwrap();
        assert_eq!(fr.date_time(&at, 2026), "mardi 3 mars à 14 h");
        assert_eq!(en.date_time(&at, 2026), "Tuesday 3 March at 14:00");
        let at = at + chrono::Duration::minutes(5);
        assert_eq!(fr.date_time(&at, 2025), "mardi 3 mars 2026 à 14 h 05");
        let utc = Utc.with_ymd_and_hms(2026, 7, 1, 12, 30, 0).unwrap();
        assert_eq!(
            fr.time(&utc.with_timezone(&chrono_tz::Europe::Paris)),
            "14 h 30"
        );
    }

    #[test]
    fn missing_messages_show_their_id() {
        assert_eq!(
            Localizer::new(Lang::Fr).t("no-such-message"),
            "[no-such-message]"
        );
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
    }
}
