//! "Read aloud": a button next to each screen's title (drawn by
//! [`ScreenTitle`](super::ScreenTitle), so every screen has it, the gate
//! screens too) that reads the screen aloud in the app's language. A
//! second tap stops it.
//!
//! What is read is what is shown: the text of the page's `<main>` as the
//! browser draws it (`innerText`: hidden parts left out, one line per
//! block), without what is marked `aria-hidden` or `data-no-read` (the
//! button itself) or only there for screen readers. It is gathered in the
//! page ([`SHOWN_TEXT_SCRIPT`]) and read by the platform
//! ([`Platform::speak`](crate::platform::Platform::speak)) at the person's
//! rate.
//!
//! A build that cannot read aloud ([`Capabilities::read_aloud`]) shows no
//! button; a browser that finds it cannot (no speech, no voice for the
//! language) says so in words under the button. The person can hide the
//! button in the settings ([`ReadAloudChoice`]).

use std::cell::Cell;
use std::rc::Rc;

use dioxus::prelude::*;
use parcours_core::person::{Accessibility, SpeechRate};

use super::icon::{Icon, IconName};
use crate::i18n::use_i18n;
use crate::platform::{PlatformError, PlatformHandle};

/// The `id` of the read-aloud button.
pub const READ_ALOUD_ID: &str = "read-aloud";

/// The `id` of the line that says why nothing was read.
pub const READ_ALOUD_STATUS_ID: &str = "read-aloud-status";

/// What the person chose about reading aloud (in the settings). The app
/// shell provides it as a `Memo` of the dossier; the gate screens (first
/// start, unlock: no dossier open yet) take the defaults.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ReadAloudChoice {
    /// The button is shown.
    pub button: bool,
    pub rate: SpeechRate,
}

impl Default for ReadAloudChoice {
    fn default() -> Self {
        Self::of(&Accessibility::default())
    }
}

impl ReadAloudChoice {
    pub fn of(accessibility: &Accessibility) -> Self {
        Self {
            button: accessibility.read_aloud_button,
            rate: accessibility.speech_rate,
        }
    }
}

/// The script that answers the text of the page's `<main>` as drawn, left
/// out what is `aria-hidden`, `data-no-read` or visually hidden (the
/// stylesheet hides them while `data-reading` is on `<main>`; no paint
/// happens in between). An empty text when there is no `<main>`.
pub const SHOWN_TEXT_SCRIPT: &str = r#"
const main = document.querySelector("main");
let text = "";
if (main) {
  main.setAttribute("data-reading", "");
  try {
    text = main.innerText;
  } finally {
    main.removeAttribute("data-reading");
  }
}
dioxus.send(text);
"#;

/// The text the screen shows, gathered in the page.
async fn shown_text() -> Result<String, PlatformError> {
    document::eval(SHOWN_TEXT_SCRIPT)
        .recv::<String>()
        .await
        .map_err(|e| PlatformError::Failed(e.to_string()))
}

/// The message id that says why nothing was read.
fn problem_id(error: &PlatformError) -> &'static str {
    match error {
        PlatformError::Unavailable(_) => "read-aloud-unavailable",
        _ => "read-aloud-failed",
    }
}

/// The "Read aloud" button, or nothing when this build cannot read aloud
/// or the person hid it.
#[component]
pub fn ReadAloudButton() -> Element {
    let i18n = use_i18n();
    let platform = try_use_context::<PlatformHandle>();
    let choice = try_use_context::<Memo<ReadAloudChoice>>();
    let mut speaking = use_signal(|| false);
    // Which reading is the latest: an older one that ends changes nothing.
    let mut run = use_signal(|| 0u64);
    let mut problem = use_signal(|| None::<&'static str>);
    // Read from the drop, when the signals may be gone already.
    let reading = use_hook(|| Rc::new(Cell::new(false)));
    {
        let platform = platform.clone();
        let reading = reading.clone();
        // The screen goes (another screen, quick exit): its reading stops.
        use_drop(move || {
            if reading.get()
                && let Some(p) = &platform
            {
                p.stop_speaking();
            }
        });
    }
    let choice = choice.map(|c| c()).unwrap_or_default();
    let Some(platform) = platform.filter(|p| p.capabilities().read_aloud) else {
        return rsx! {};
    };
    if !choice.button {
        return rsx! {};
    }
    let lang = i18n.lang();
    let on_click = move |_| {
        let me = *run.peek() + 1;
        run.set(me);
        if *speaking.peek() {
            platform.stop_speaking();
            speaking.set(false);
            reading.set(false);
            return;
        }
        problem.set(None);
        speaking.set(true);
        reading.set(true);
        let platform = platform.clone();
        let reading = reading.clone();
        spawn(async move {
            let result = match shown_text().await {
                Ok(text) => platform.speak(&text, lang, choice.rate).await,
                Err(e) => Err(e),
            };
            if *run.peek() == me {
                speaking.set(false);
                reading.set(false);
                if let Err(e) = result {
                    problem.set(Some(problem_id(&e)));
                }
            }
        });
    };
    let label = if speaking() {
        i18n.t("read-aloud-stop")
    } else {
        i18n.t("read-aloud")
    };
    rsx! {
        div { class: "read-aloud", "data-no-read": "true",
            button {
                id: READ_ALOUD_ID,
                class: if speaking() { "button read-aloud-button speaking" } else { "button read-aloud-button" },
                r#type: "button",
                "aria-describedby": READ_ALOUD_STATUS_ID,
                onclick: on_click,
                Icon { name: if speaking() { IconName::Stop } else { IconName::Speaker } }
                span { {label} }
            }
            p { id: READ_ALOUD_STATUS_ID, class: "read-aloud-status", role: "status",
                if let Some(id) = problem() {
                    span { class: "feedback error",
                        Icon { name: IconName::Warning }
                        span { {i18n.t(id)} }
                    }
                }
            }
        }
    }
}
