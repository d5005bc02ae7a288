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
    /// Arabic, written right to left.
    Ar,
    /// Ukrainian.
    Uk,
}

impl Lang {
    /// Every language with a complete translation, in the order the
    /// language picker lists them.
    pub const ALL: [Lang; 4] = [Lang::Fr, Lang::En, Lang::Ar, Lang::Uk];

    /// BCP 47 code, as used in `<html lang>` and the `locales/` folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Uk => "uk",
        }
    }

    /// The language of a code exactly as [`Lang::code`] writes it.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.code() == code)
    }

    /// The language of a BCP 47 tag as a phone or browser gives it
    /// ("ar-MA", "UK", "fr_FR"): its first subtag, in any case.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['-', '_']).next()?;
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }

    /// `ltr` or `rtl`, for the HTML `dir` attribute.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() { "rtl" } else { "ltr" }
    }

    /// The message that names this language in itself ("العربية",
    /// "Українська"): the same words in every language, for the picker.
    pub fn name_id(self) -> String {
        format!("language-name-{}", self.code())
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
            Lang::Ar => &[
                ("core.ftl", include_str!("../../locales/ar/core.ftl")),
                ("app.ftl", include_str!("../../locales/ar/app.ftl")),
                ("cli.ftl", include_str!("../../locales/ar/cli.ftl")),
            ],
            Lang::Uk => &[
                ("core.ftl", include_str!("../../locales/uk/core.ftl")),
                ("app.ftl", include_str!("../../locales/uk/app.ftl")),
                ("cli.ftl", include_str!("../../locales/uk/cli.ftl")),
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
    fn arabic_and_ukrainian_dates_are_written_in_full() {
        let ar = Localizer::new(Lang::Ar);
        let uk = Localizer::new(Lang::Uk);
        let d = NaiveDate::from_ymd_opt(2026, 3, 3).unwrap();
        assert_eq!(ar.date_full(d), "الثلاثاء 3 مارس 2026");
        assert_eq!(uk.date_full(d), "вівторок, 3 березня 2026 року");
        let first = NaiveDate::from_ymd_opt(2026, 3, 1).unwrap();
        assert_eq!(ar.date_short(first), "الأحد 1 مارس");
        assert_eq!(uk.date_short(first), "неділя, 1 березня");
        let at = chrono_tz::Europe::Paris
            .with_ymd_and_hms(2026, 3, 3, 14, 0, 0)
            .unwrap();
        assert_eq!(ar.date_time(&at, 2026), "الثلاثاء 3 مارس الساعة 14:00");
        assert_eq!(uk.date_time(&at, 2026), "вівторок, 3 березня, 14:00");
        let at = at + chrono::Duration::minutes(5);
        assert_eq!(ar.date_time(&at, 2025), "الثلاثاء 3 مارس 2026 الساعة 14:05");
        assert_eq!(
            uk.date_time(&at, 2025),
            "вівторок, 3 березня 2026 року, 14:05"
        );
        // Every month and weekday has its own name, in its own script.
        for loc in [&ar, &uk] {
            let mut names = std::collections::HashSet::new();
            for m in 1..=12 {
                let d = NaiveDate::from_ymd_opt(2026, m, 1).unwrap();
                names.insert(loc.month(d));
            }
            for day in 1..=7 {
                let d = NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
                names.insert(loc.weekday(d));
            }
            assert_eq!(names.len(), 19, "{:?}: {names:?}", loc.lang());
            for name in &names {
                assert!(
                    name.chars().all(|c| match loc.lang() {
                        Lang::Ar => ('\u{0600}'..='\u{06FF}').contains(&c),
                        _ => ('\u{0400}'..='\u{04FF}').contains(&c) || c == '\u{02BC}',
                    }),
                    "{name}"
                );
            }
        }
    }

    #[test]
    fn codes_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
            assert_eq!(Lang::from_tag(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("de"), None);
        assert_eq!(Lang::from_code("AR"), None);
    }

    #[test]
    fn tags_from_a_phone_or_browser_are_understood() {
        assert_eq!(Lang::from_tag("ar-MA"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("UK"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("uk_UA"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag(" fr-FR "), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("ru"), None);
        assert_eq!(Lang::from_tag(""), None);
        assert_eq!(Lang::from_tag("-fr"), None);
    }

    #[test]
    fn only_arabic_is_written_right_to_left() {
        for l in Lang::ALL {
            assert_eq!(l.is_rtl(), l == Lang::Ar, "{l}");
            assert_eq!(l.dir(), if l == Lang::Ar { "rtl" } else { "ltr" });
        }
    }

    #[test]
    fn languages_are_stored_by_their_code() {
        for l in Lang::ALL {
            let json = serde_json::to_string(&l).unwrap();
            assert_eq!(json, format!("\"{}\"", l.code()));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), l);
        }
    }
}
