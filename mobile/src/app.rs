//! The app shell: the root component, what it needs from its edge (the
//! language, the clock, the data) and which screen it shows.
//!
//! The shell is the only place that reads the clock ([`Clock::System`]);
//! screens get a [`Moment`]. Tests and screenshots use [`Clock::Fixed`].

use std::ops::Deref;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use dioxus::prelude::*;
use parcours_core::demo;
use parcours_core::dossier::Dossier;
use parcours_core::i18n::Lang;

use crate::components::{AppHeader, EmergencyNumbers};
use crate::i18n::{I18n, Moment};
use crate::screens::{Home, Screen};

/// Read-only data shared through props: cheap to clone, compared by identity
/// (a change means a new value, so two props are equal only if they are the
/// same snapshot).
#[derive(Debug)]
pub struct Shared<T>(Arc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Self(Arc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Arc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Self::new(value)
    }
}

/// Where "now" comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Clock {
    /// The device's clock, read by the shell, refreshed every
    /// [`CLOCK_REFRESH`].
    System,
    /// A fixed time, for tests and screenshots.
    Fixed(DateTime<Utc>),
}

/// How often the shell reads the system clock again.
pub const CLOCK_REFRESH: std::time::Duration = std::time::Duration::from_secs(30);

impl Clock {
    /// The current time by this clock.
    pub fn now(self) -> DateTime<Utc> {
        match self {
            Clock::System => Utc::now(),
            Clock::Fixed(t) => t,
        }
    }
}

/// Everything the app needs from its edge (a binary, a test).
#[derive(Debug, Clone, PartialEq)]
pub struct AppConfig {
    pub lang: Lang,
    pub clock: Clock,
    /// The person's time zone: dates are judged and shown in it.
    pub time_zone: Tz,
    pub dossier: Shared<Dossier>,
    /// Forces the high-contrast theme; otherwise the person's setting decides.
    pub high_contrast: bool,
}

impl AppConfig {
    /// The demo dossier, anchored at the clock's current time (tests and
    /// component previews; the binaries read it from the encrypted store).
    pub fn demo(lang: Lang, clock: Clock) -> Self {
        Self::with_dossier(lang, clock, Shared::new(demo::dossier(clock.now())))
    }

    /// A dossier read from the store, in the person's time zone.
    pub fn with_dossier(lang: Lang, clock: Clock, dossier: Shared<Dossier>) -> Self {
        Self {
            lang,
            clock,
            time_zone: demo::TIME_ZONE,
            dossier,
            high_contrast: false,
        }
    }
}

/// The root component.
#[component]
pub fn App(config: AppConfig) -> Element {
    let i18n = use_context_provider(|| I18n::new(config.lang));
    let clock = config.clock;
    let mut now = use_signal(|| clock.now());
    use_future(move || async move {
        if clock == Clock::System {
            loop {
                tokio::time::sleep(CLOCK_REFRESH).await;
                now.set(Utc::now());
            }
        }
    });
    let screen = use_signal(Screen::default);
    let moment = Moment::new(now(), config.time_zone);
    let high_contrast = config.high_contrast || config.dossier.person.accessibility.high_contrast;
    let theme = if high_contrast {
        "app theme-contrast"
    } else {
        "app theme-normal"
    };
    rsx! {
        div { class: theme, lang: i18n.lang().code(), dir: i18n.dir(),
            AppHeader {}
            main { id: "content",
                match screen() {
                    Screen::Home => rsx! {
                        Home { dossier: config.dossier.clone(), moment }
                    },
                }
            }
            EmergencyNumbers {}
        }
    }
}
