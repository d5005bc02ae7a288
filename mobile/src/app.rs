//! The app shell: the root component, what it needs from its edge (the
//! language, the clock, the data), which screen it shows, and the one
//! place where what the person changes is applied and saved.
//!
//! The shell is the only place that reads the clock ([`Clock::System`]);
//! screens get a [`Moment`]. Tests and screenshots use [`Clock::Fixed`].
//! The dossier lives in [`AppData`] (the encrypted store); the shell keeps
//! the last saved snapshot in a signal and hands it to the screens.

use std::ops::Deref;
use std::sync::Arc;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use dioxus::prelude::*;
use parcours_core::demo;
use parcours_core::i18n::Lang;

use crate::components::{
    AppHeader, EmergencyNumbers, FocusRequest, NavBar, QuickExit, ReadAloudChoice,
};
use crate::i18n::{I18n, Moment};
use crate::platform::PlatformHandle;
use crate::screens::safety::Deleted;
use crate::screens::{
    Appointments, Contacts, Home, Mandates, Messages, MySafe, Neutral, Plan, Screen, Settings,
};
use crate::state::{Action, ActionError, AppData, SafeAnswer, SafeRequest};

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
    /// The language at start (the person's saved choice, usually).
    pub lang: Lang,
    pub clock: Clock,
    /// The person's time zone: dates are judged and shown in it.
    pub time_zone: Tz,
    /// The person's data; changes are saved through it.
    pub data: AppData,
    /// Forces the high-contrast theme; otherwise the person's setting decides.
    pub high_contrast: bool,
    /// The screen shown first.
    pub screen: Screen,
    /// Where quick exit sends the page (a neutral page of the host, which
    /// replaces the app in the history). Without one, the app shows its own
    /// neutral page.
    pub exit_url: Option<String>,
    /// What the phone or the browser provides (files, share, reminders…).
    pub platform: PlatformHandle,
}

impl AppConfig {
    /// The demo dossier in memory, anchored at the clock's current time
    /// (tests and component previews; the binaries read it from the
    /// encrypted store).
    pub fn demo(lang: Lang, clock: Clock) -> Self {
        Self::with_data(lang, clock, AppData::in_memory(demo::dossier(clock.now())))
    }

    /// The data of a safe (or memory), in the person's time zone.
    pub fn with_data(lang: Lang, clock: Clock, data: AppData) -> Self {
        Self {
            lang,
            clock,
            time_zone: demo::TIME_ZONE,
            data,
            high_contrast: false,
            screen: Screen::Home,
            exit_url: None,
            platform: PlatformHandle::for_this_build(),
        }
    }
}

/// The CSS class of a text size in percent.
pub fn text_size_class(percent: u16) -> &'static str {
    match percent {
        0..=124 => "text-100",
        125..=174 => "text-150",
        _ => "text-200",
    }
}

/// `text` as a JavaScript string literal.
pub fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '<' => out.push_str("\\u003c"),
            c if (c as u32) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Sets the page's language, direction and title (what the tab, the app
/// switcher and screen readers announce).
pub fn set_page_head(i18n: &I18n, title: &str) {
    document::eval(&format!(
        "document.documentElement.lang = {}; document.documentElement.dir = {}; document.title = {};",
        js_string(i18n.lang().code()),
        js_string(i18n.dir()),
        js_string(title),
    ));
}

/// The root component.
#[component]
pub fn App(config: AppConfig) -> Element {
    let mut i18n = use_context_provider(|| Signal::new(I18n::new(config.lang)));
    let focus = use_context_provider(FocusRequest::new);
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
    let mut screen = use_signal(|| config.screen);
    let data = config.data.clone();
    let mut dossier = use_signal(|| data.dossier());
    let mut status = use_signal(|| data.sync_status());
    let mut exited = use_signal(|| false);
    // The "Read aloud" button of each screen follows the person's settings.
    let read_aloud = use_memo(move || ReadAloudChoice::of(&dossier.read().person.accessibility));
    use_context_provider(|| read_aloud);
    // Set once "delete everything" is done (in any tab).
    let mut deleted = use_signal(|| data.deletion());

    // What changed elsewhere (a sync, another tab) is drawn again here.
    let watched = data.clone();
    use_future(move || {
        let data = watched.clone();
        async move {
            let mut changes = data.subscribe();
            while changes.changed().await.is_ok() {
                dossier.set(data.dossier());
                status.set(data.sync_status());
                if deleted.peek().is_none() {
                    deleted.set(data.deletion());
                }
            }
        }
    });

    // Every change goes through the core's rule and the store, then the
    // screens get the dossier as read back.
    let on_action = use_callback(move |action: Action| -> Result<(), ActionError> {
        // The screens are drawn again at the time of the action: a
        // statement signed now counts from now, not from the clock's last
        // tick (a stopped permission would still look in force).
        let at = clock.now();
        if clock == Clock::System {
            now.set(at);
        }
        let next = data.apply(&action, at)?;
        dossier.set(next);
        status.set(data.sync_status());
        if let Action::SetLanguage(lang) = action {
            i18n.set(I18n::new(lang));
        }
        Ok(())
    });

    // What the safe screen reads (a page, the export, a backup, the trail):
    // no record changes, each read writes its own audit entry.
    let safe_data = config.data.clone();
    let time_zone = config.time_zone;
    let on_safe = use_callback(
        move |request: SafeRequest| -> Result<SafeAnswer, ActionError> {
            let loc = i18n.peek().clone();
            safe_data.request(&request, &loc, time_zone, clock.now())
        },
    );
    use_context_provider(|| config.platform.clone());

    // The safe's folder out of the platform's own backups, once the app
    // opens it (the safe makes its own backups, encrypted under the
    // recovery code). Android's manifest already does it; iOS marks the
    // folder; a browser has nothing to do.
    let backup_data = config.data.clone();
    let backup_platform = config.platform.clone();
    use_hook(move || {
        if let Some(dir) = backup_data.safe_dir() {
            let _ = backup_platform.exclude_from_backup(&dir);
        }
    });

    // Sharing a paper needs the data and its server (`screens::share`).
    use_context_provider(|| crate::screens::share::ShareData(config.data.clone()));
    // The paper "My papers" opens next (a message's "open this paper").
    use_context_provider(|| crate::screens::messages::PaperToOpen(Signal::new(None)));

    let exit_url = config.exit_url.clone();
    use_context_provider(|| {
        QuickExit(Callback::new(move |()| {
            exited.set(true);
            if let Some(url) = &exit_url {
                document::eval(&format!("window.location.replace({})", js_string(url)));
            }
        }))
    });

    // The page's language and title follow the app's language and screen.
    use_effect(move || {
        let i18n = i18n.read();
        // In discreet mode the window's title (what the tab and the app
        // switcher show) is the neutral page's, on every screen.
        let discreet = dossier.read().person.accessibility.discreet;
        let title = if exited() || discreet {
            i18n.t("neutral-title")
        } else if deleted().is_some() {
            i18n.t_args(
                "page-title-screen",
                &[(
                    "screen",
                    i18n.t(crate::screens::safety::DELETED_HEADING).into(),
                )],
            )
        } else {
            let screen = i18n.t(screen().title_id());
            i18n.t_args("page-title-screen", &[("screen", screen.into())])
        };
        set_page_head(&i18n, &title);
    });

    // Discreet mode's name and icon on the phone's home screen, where the
    // platform can (asked again only when the setting changes; a platform
    // that cannot says so, and the window's title above is neutral anyway).
    let discreet_now = use_memo(move || dossier.read().person.accessibility.discreet);
    let launcher = config.platform.clone();
    use_effect(move || {
        let _ = launcher.set_discreet_launcher(discreet_now());
    });

    let i18n = i18n.read().clone();
    if exited() {
        return rsx! {
            Neutral {}
        };
    }
    let moment = Moment::new(now(), config.time_zone);
    let current = dossier();
    // The reminders (the day before and two hours before each appointment)
    // follow the dossier and discreet mode: made by the core with nothing
    // personal in them, and without the time in discreet mode. Scheduled
    // again only when they change.
    {
        let reminders = parcours_core::reminder::appointment_reminders(
            &current,
            &i18n,
            config.time_zone,
            current.person.accessibility.discreet,
            now(),
        );
        if config.platform.scheduled_reminders() != reminders {
            let _ = config.platform.schedule_reminders(reminders);
        }
    }
    let accessibility = &current.person.accessibility;
    let high_contrast = config.high_contrast || accessibility.high_contrast;
    let theme = if high_contrast {
        "theme-contrast"
    } else {
        "theme-normal"
    };
    let size = text_size_class(accessibility.text_scale());
    if let Some(deletion) = deleted() {
        return rsx! {
            Deleted { deletion, classes: "{theme} {size}" }
        };
    }
    // The new screen's title takes the focus when it appears (or at once,
    // when the person picks the screen they are on).
    let on_select = move |to: Screen| {
        document::eval("window.scrollTo(0, 0);");
        if to == *screen.peek() {
            let id = js_string(to.heading_id());
            document::eval(&format!("document.getElementById({id})?.focus();"));
        } else {
            focus.request(to.heading_id());
            screen.set(to);
        }
    };
    rsx! {
        div { class: "app {theme} {size}", lang: i18n.lang().code(), dir: i18n.dir(),
            AppHeader { current: screen(), on_select }
            NavBar { current: screen(), on_select }
            main { id: "content",
                match screen() {
                    Screen::Home => rsx! {
                        Home { dossier: current.clone(), moment, on_navigate: on_select }
                    },
                    Screen::Plan => rsx! {
                        Plan { dossier: current.clone(), moment, on_action }
                    },
                    Screen::Contacts => rsx! {
                        Contacts { dossier: current.clone() }
                    },
                    Screen::Appointments => rsx! {
                        Appointments { dossier: current.clone(), moment, on_action }
                    },
                    Screen::Messages => rsx! {
                        Messages { dossier: current.clone(), status: status(), moment, on_action, on_navigate: on_select }
                    },
                    Screen::Settings => rsx! {
                        Settings { dossier: current.clone(), on_action, on_navigate: on_select, clock }
                    },
                    Screen::Mandates => rsx! {
                        Mandates {
                            dossier: current.clone(),
                            status: status(),
                            moment,
                            pin_set: config.data.has_pin(),
                            on_action,
                        }
                    },
                    Screen::Safe => rsx! {
                        MySafe { dossier: current.clone(), moment, on_action, on_safe }
                    },
                }
            }
            EmergencyNumbers {}
        }
    }
}

/// The app on data a gate screen (first start, unlock) has just opened.
#[component]
pub fn OpenedApp(data: AppData, clock: Clock, exit_url: Option<String>) -> Element {
    let lang = data.dossier().person.language;
    rsx! {
        App {
            config: AppConfig {
                exit_url,
                ..AppConfig::with_data(lang, clock, data)
            },
        }
    }
}
