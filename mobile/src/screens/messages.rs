//! Messages: the conversation with the referent, oldest first and newest
//! at the bottom, next to where the person writes. Each message says who
//! wrote it and when, in full words; the person's own messages say where
//! they stand in words and pictogram, never by colour alone (not yet sent,
//! sent, arrived, read, refused with the server's reason).
//!
//! The person writes in a labelled box, or taps a quick reply in plain
//! words ("Je serai en retard"). It works offline: the message is in the
//! conversation at once, marked "not yet sent", and a notice at the top
//! says how many wait for the network. Received messages are marked read
//! when the conversation is shown ([`Action::MarkRead`]); those that were
//! new are marked "New" for this visit. Only the newest messages are shown
//! at first ([`SHOWN_AT_FIRST`], and every new one); the older ones are a
//! tap away.

use dioxus::prelude::*;
use parcours_core::dossier::Dossier;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::id::MessageId;
use parcours_core::message::{Delivery, Message, Participant};
use parcours_core::sync::wire::ErrorBody;

use super::OnAction;
use crate::app::Shared;
use crate::components::{Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::state::{Action, SyncStatus};

/// The `id` of the messages screen's title.
pub const MESSAGES_HEADING: &str = "messages-title";
/// The `id` of the line that says what the last send did.
pub const MESSAGES_FEEDBACK: &str = "messages-feedback";
/// The `id` of the box where the person writes.
pub const MESSAGE_TEXT: &str = "message-text";
/// How many of the newest messages are shown at first (older ones are
/// one tap away, so the newest and the box to answer are close).
pub const SHOWN_AT_FIRST: usize = 6;

/// The quick replies: (stable key, message id of their words).
pub const QUICK_REPLIES: [(&str, &str); 3] = [
    ("late", "messages-quick-late"),
    ("help", "messages-quick-help"),
    ("cannot-come", "messages-quick-cannot-come"),
];

/// What a quick reply sends. The referent works in French: in another
/// language the French words go first, then the person's own, so both
/// understand the same message.
pub fn quick_reply_text(i18n: &I18n, id: &str) -> String {
    let own = i18n.t(id);
    if i18n.lang() == Lang::Fr {
        return own;
    }
    let fr = Localizer::new(Lang::Fr).t(id);
    i18n.t_args(
        "messages-quick-both",
        &[("french", fr.into()), ("own", own.into())],
    )
}

/// Tone, pictogram and message id of the state of one of the person's messages.
pub fn delivery_look(delivery: &Delivery) -> (Tone, IconName, &'static str) {
    match delivery {
        Delivery::WaitingToSend => (Tone::Warn, IconName::Clock, "message-state-waiting"),
        Delivery::Sent => (Tone::Info, IconName::Check, "message-state-sent"),
        Delivery::Delivered => (Tone::Info, IconName::Check, "message-state-delivered"),
        Delivery::Read => (Tone::Success, IconName::Done, "message-state-read"),
        Delivery::Refused(_) => (Tone::Alert, IconName::Warning, "message-state-refused"),
    }
}

/// Why a message was refused, in plain words: the server's stable code
/// when the app knows it, a general sentence otherwise.
pub fn refusal_sentence(i18n: &I18n, refusal: Option<&ErrorBody>) -> String {
    let known = refusal
        .map(|r| format!("message-refused-{}", r.error.replace('_', "-")))
        .filter(|id| i18n.has(id));
    i18n.t(known.as_deref().unwrap_or("message-refused-other"))
}

/// How many of the person's messages wait to be sent.
pub fn waiting_messages(dossier: &Dossier) -> usize {
    dossier
        .messages
        .iter()
        .filter(|m| m.is_from_me() && m.delivery() == &Delivery::WaitingToSend)
        .count()
}

/// What the person last sent, and how it went.
#[derive(Clone, Copy)]
struct Ui {
    draft: Signal<String>,
    feedback: Signal<Option<Result<String, String>>>,
    on_action: OnAction,
    focus: FocusRequest,
}

impl Ui {
    /// Sends `text` to the referent and says how it went.
    fn send(mut self, i18n: &I18n, text: String, clear_draft: bool) {
        let result = self
            .on_action
            .call(Action::SendMessage { text })
            .map(|()| i18n.t("messages-sent"))
            .map_err(|e| e.explain(i18n));
        if result.is_ok() && clear_draft {
            self.draft.set(String::new());
        }
        self.feedback.set(Some(result));
        self.focus.request(MESSAGES_FEEDBACK);
    }
}

#[component]
pub fn Messages(
    dossier: Shared<Dossier>,
    status: Shared<SyncStatus>,
    moment: Moment,
    on_action: OnAction,
) -> Element {
    let i18n = use_i18n();
    let ui = Ui {
        draft: use_signal(String::new),
        feedback: use_signal(|| None),
        on_action,
        focus: use_focus(),
    };
    // Received messages are read once the conversation is shown; those
    // that were new keep a "New" mark for this visit.
    let unread: Vec<MessageId> = dossier
        .messages
        .iter()
        .filter(|m| m.is_unread())
        .map(|m| m.id.clone())
        .collect();
    let mut fresh = use_signal(|| unread.clone());
    let mut show_all = use_signal(|| false);
    use_effect(use_reactive!(|unread| {
        for id in unread {
            if !fresh.peek().contains(&id) {
                fresh.write().push(id.clone());
            }
            // Nothing to tell the person if it fails: it stays unread.
            let _ = on_action.call(Action::MarkRead(id));
        }
    }));

    let referent = dossier.referent();
    let name = referent.map(|c| c.display_name().to_owned());
    let mut thread: Vec<&Message> = dossier.messages.iter().collect();
    thread.sort_by_key(|m| m.written_at);
    let fresh = fresh.read().clone();
    // The newest, and at least every message new in this visit.
    let first_fresh = thread
        .iter()
        .position(|m| fresh.contains(&m.id))
        .unwrap_or(thread.len());
    let hidden = if show_all() {
        0
    } else {
        thread.len().saturating_sub(SHOWN_AT_FIRST).min(first_fresh)
    };
    let shown = &thread[hidden..];
    let waiting = waiting_messages(&dossier);
    let focus = ui.focus;
    // Shown the older ones, the person lands on the oldest.
    let oldest = thread
        .first()
        .map(|m| format!("message-{}", m.id.as_str()))
        .unwrap_or_default();
    let feedback = ui.feedback.read().clone().map(|r| match r {
        Ok(text) => (true, text),
        Err(text) => (false, text),
    });
    rsx! {
        div { class: "screen messages",
            ScreenTitle { id: MESSAGES_HEADING, text: i18n.t("messages-title") }
            if let Some(name) = &name {
                p { class: "intro",
                    {i18n.t_args("messages-intro", &[("name", name.clone().into())])}
                }
            }
            // Always there (empty at first), so screen readers hear what appears in it.
            div { role: "status",
                if waiting > 0 {
                    div { id: "messages-waiting", class: "notice",
                        p { class: "notice-title",
                            Icon { name: IconName::Clock }
                            span {
                                {i18n.t_args("messages-waiting", &[("count", waiting.into())])}
                            }
                        }
                    }
                }
            }
            section { class: "card thread-card", "aria-labelledby": "messages-thread",
                h2 { id: "messages-thread",
                    Icon { name: IconName::Mail }
                    span {
                        {match &name {
                            Some(n) => i18n.t_args("messages-thread-title", &[("name", n.clone().into())]),
                            None => i18n.t("messages-title"),
                        }}
                    }
                }
                if hidden > 0 {
                    button {
                        id: "messages-older",
                        class: "button secondary older",
                        r#type: "button",
                        onclick: move |_| {
                            show_all.set(true);
                            focus.request(oldest.clone());
                        },
                        Icon { name: IconName::Clock }
                        span { {i18n.t_args("messages-older", &[("count", hidden.into())])} }
                    }
                }
                if thread.is_empty() {
                    p { class: "meta", {i18n.t("messages-none")} }
                } else {
                    ol { class: "thread",
                        for m in shown.iter().copied() {
                            {message_item(&i18n, &dossier, &status, m, moment, fresh.contains(&m.id), focus)}
                        }
                    }
                }
            }
            match name {
                Some(name) => write_section(&i18n, &name, ui, feedback),
                None => rsx! {
                    p { class: "card calm", {i18n.t("messages-no-referent")} }
                },
            }
        }
    }
}

fn message_item(
    i18n: &I18n,
    dossier: &Dossier,
    status: &SyncStatus,
    m: &Message,
    moment: Moment,
    fresh: bool,
    focus: FocusRequest,
) -> Element {
    let mid = m.id.as_str().to_owned();
    let when = i18n.date_time(&m.written_at.with_timezone(&moment.tz), moment.this_year());
    let mine = m.is_from_me();
    let who = match &m.from {
        Participant::Me => i18n.t_args("message-from-me", &[("when", when.into())]),
        Participant::Contact(id) => {
            let name = dossier.contact(id).map_or_else(
                || i18n.t("mandate-grantee-unknown"),
                |c| c.display_name().to_owned(),
            );
            i18n.t_args(
                "message-from",
                &[("name", name.into()), ("when", when.into())],
            )
        }
    };
    let state = mine.then(|| delivery_look(m.delivery()));
    let refused = match m.delivery() {
        Delivery::Refused(reason) => Some((
            refusal_sentence(i18n, status.refusal(&m.id)),
            status
                .refusal(&m.id)
                .map_or_else(|| reason.clone(), |r| r.message.clone()),
        )),
        _ => None,
    };
    rsx! {
        li {
            key: "{mid}",
            id: "message-{mid}",
            class: if mine { "msg mine" } else { "msg theirs" },
            tabindex: "-1",
            onmounted: focus.on_mounted(format!("message-{mid}")),
            p { class: "msg-who",
                Icon { name: if mine { IconName::Person } else { IconName::Mail } }
                span { {who} }
            }
            if fresh {
                p { class: "badges",
                    Badge { tone: Tone::Info, icon: IconName::Info, text: i18n.t("message-new") }
                }
            }
            p { class: "msg-text", {m.text()} }
            if let Some((tone, icon, id)) = state {
                p { class: "badges msg-state",
                    Badge { tone, icon, text: i18n.t(id) }
                }
            }
            if let Some((sentence, reason)) = refused {
                p { class: "meta",
                    Icon { name: IconName::Info }
                    span { {sentence} }
                }
                if !reason.is_empty() {
                    p { class: "meta server-reason",
                        {i18n.t_args("message-refused-server-said", &[("reason", reason.into())])}
                    }
                }
            }
        }
    }
}

fn write_section(i18n: &I18n, name: &str, ui: Ui, feedback: Option<(bool, String)>) -> Element {
    let draft = ui.draft;
    let mut draft_in = ui.draft;
    let i18n_send = i18n.clone();
    rsx! {
        section { class: "card write", "aria-labelledby": "messages-write",
            h2 { id: "messages-write",
                Icon { name: IconName::Sms }
                span { {i18n.t_args("messages-write-title", &[("name", name.to_owned().into())])} }
            }
            p { id: "messages-quick-hint", class: "hint quick-hint", {i18n.t("messages-quick-hint")} }
            div {
                class: "quick-replies",
                role: "group",
                "aria-labelledby": "messages-quick-hint",
                for (key, id) in QUICK_REPLIES {
                    {quick_reply(i18n, key, id, ui)}
                }
            }
            label { r#for: MESSAGE_TEXT, class: "field-label", {i18n.t("messages-text-label")} }
            textarea {
                id: MESSAGE_TEXT,
                class: "message-input",
                rows: "4",
                value: "{draft}",
                oninput: move |e| draft_in.set(e.value()),
            }
            div { class: "actions",
                button {
                    id: "message-send",
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| {
                        let text = draft.peek().clone();
                        ui.send(&i18n_send, text, true);
                    },
                    Icon { name: IconName::Mail }
                    span { {i18n.t("messages-send")} }
                }
            }
            div { role: "status",
                if let Some((ok, text)) = feedback {
                    p {
                        id: MESSAGES_FEEDBACK,
                        class: if ok { "feedback ok" } else { "feedback error" },
                        tabindex: "-1",
                        onmounted: ui.focus.on_mounted(MESSAGES_FEEDBACK.to_owned()),
                        Icon { name: if ok { IconName::Done } else { IconName::Warning } }
                        span { {text} }
                    }
                }
            }
        }
    }
}

fn quick_reply(i18n: &I18n, key: &'static str, id: &'static str, ui: Ui) -> Element {
    let i18n_send = i18n.clone();
    rsx! {
        button {
            key: "{key}",
            id: "quick-reply-{key}",
            class: "button quick-reply",
            r#type: "button",
            onclick: move |_| {
                let text = quick_reply_text(&i18n_send, id);
                ui.send(&i18n_send, text, false);
            },
            Icon { name: IconName::Sms }
            span { {i18n.t(id)} }
        }
    }
}
