//! Where the keyboard focus goes after something changes on screen: the
//! new screen's title after a move in the menu, a question after a
//! button that asks one, a message after an action. Screen readers read
//! what gets the focus, so nobody is left on an element that vanished.
//!
//! A component asks for the focus by `id` ([`FocusRequest::request`]);
//! the element with that `id` takes it when it appears
//! ([`FocusRequest::on_mounted`]).

use dioxus::prelude::*;

use super::read_aloud::ReadAloudButton;

/// The `id` of the element that should take the focus when it appears.
#[derive(Clone, Copy, PartialEq)]
pub struct FocusRequest(Signal<Option<String>>);

impl FocusRequest {
    /// A new, empty request (the app shell provides one as context).
    pub fn new() -> Self {
        Self(Signal::new(None))
    }

    /// The element `id` takes the focus when it appears.
    pub fn request(mut self, id: impl Into<String>) {
        self.0.set(Some(id.into()));
    }

    /// The `onmounted` handler of the element `id`.
    pub fn on_mounted(self, id: String) -> impl FnMut(MountedEvent) + 'static {
        let mut signal = self.0;
        move |element: MountedEvent| {
            if signal.peek().as_deref() == Some(id.as_str()) {
                signal.set(None);
                spawn(async move {
                    // Nothing to do if the element is already gone.
                    let _ = element.set_focus(true).await;
                });
            }
        }
    }
}

impl Default for FocusRequest {
    fn default() -> Self {
        Self::new()
    }
}

/// The focus request of the app, provided by the app shell.
pub fn use_focus() -> FocusRequest {
    use_context::<FocusRequest>()
}

/// A screen's title (`h1`): the focus goes to it when the person moves to
/// the screen from the menu. The "Read aloud" button comes right after it
/// (when this build can read aloud and the person did not hide it).
#[component]
pub fn ScreenTitle(id: &'static str, text: String) -> Element {
    let focus = use_focus();
    rsx! {
        div { class: "screen-title",
            h1 {
                id,
                tabindex: "-1",
                onmounted: focus.on_mounted(id.to_owned()),
                {text}
            }
            ReadAloudButton {}
        }
    }
}
