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
//!
//! "Joindre un papier" joins one paper of the safe to the message being
//! written. The referent can only read a paper shared with her, so joining
//! a paper is sharing it with her ([`crate::sharing`], the share screen's
//! path: same format, same pinned key): the picker lists the papers of the
//! safe (radio buttons), "Joindre ce papier" fetches the referent's key and
//! the paper shows as a chip above the box, with its end in words ("Claire
//! Martin pourra voir ce papier jusqu'au …", [`PAPER_DAYS`] days) and the
//! key's code as the share screen shows it (a changed code must be checked
//! and ticked first). Nothing leaves before "Envoyer": then the paper is
//! shared and the message naming it is written and queued. It needs the
//! network (the key comes from the server and the person must see it): the
//! screen says so plainly, and what was written stays. In the thread, a
//! message with a paper says "Papier joint : « title »" with a paperclip;
//! the person's own ones have a button that opens the paper in "My papers".

use chrono::{Duration, Utc};
use dioxus::prelude::*;
use parcours_core::dossier::Dossier;
use parcours_core::i18n::{Lang, Localizer};
use parcours_core::id::{DocumentId, MessageId};
use parcours_core::message::{Delivery, Message, Participant};
use parcours_core::share::fingerprint;
use parcours_core::share::pin::Pin;
use parcours_core::sync::wire::ErrorBody;

use super::share::{ShareData, off_thread, until_words};
use super::{OnAction, Screen};
use crate::app::Shared;
use crate::components::{Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::sharing::{KeySeen, ShareFailure};
use crate::state::{Action, AppData, SyncStatus};

/// The `id` of the messages screen's title.
pub const MESSAGES_HEADING: &str = "messages-title";
/// The `id` of the line that says what the last send did.
pub const MESSAGES_FEEDBACK: &str = "messages-feedback";
/// The `id` of the box where the person writes.
pub const MESSAGE_TEXT: &str = "message-text";
/// How many of the newest messages are shown at first (older ones are
/// one tap away, so the newest and the box to answer are close).
pub const SHOWN_AT_FIRST: usize = 6;

/// How long the referent may see a paper joined to a message.
pub const PAPER_DAYS: i64 = 30;

/// The paper "My papers" opens when it is shown next (set by the thread's
/// "open this paper"; given by the app's root as a context).
#[derive(Clone, Copy)]
pub struct PaperToOpen(pub Signal<Option<DocumentId>>);

/// The papers that can be joined: those of the safe with a page to share.
pub fn joinable_papers(dossier: &Dossier) -> Vec<&parcours_core::document::DocumentMeta> {
    dossier
        .documents
        .iter()
        .filter(|d| !d.pages.is_empty())
        .collect()
}

/// A paper joined to the message being written: the key the person was
/// shown, and whether they said they checked a changed one.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub document: DocumentId,
    pub seen: KeySeen,
    pub checked: bool,
}

/// Where the paper picker is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Picker {
    Closed,
    Open,
    /// Fetching the referent's key.
    Checking,
}

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
    picker: Signal<Picker>,
    /// The paper chosen in the picker, not yet joined.
    chosen: Signal<Option<DocumentId>>,
    joined: Signal<Option<Joined>>,
    /// A message with a paper is on its way to the server.
    sending: Signal<bool>,
}

impl Ui {
    /// Sends `text` to the referent and says how it went.
    fn send(mut self, i18n: &I18n, text: String, clear_draft: bool) {
        let result = self
            .on_action
            .call(Action::SendMessage {
                text,
                attachments: vec![],
            })
            .map(|()| i18n.t("messages-sent"))
            .map_err(|e| e.explain(i18n));
        if result.is_ok() && clear_draft {
            self.draft.set(String::new());
        }
        self.say(result);
    }

    fn say(mut self, result: Result<String, String>) {
        self.feedback.set(Some(result));
        self.focus.request(MESSAGES_FEEDBACK);
    }

    /// Shares the joined paper with the referent, then sends the message
    /// naming it (on a thread of its own: it talks to the server).
    fn send_with_paper(mut self, i18n: I18n, data: AppData, joined: Joined, ctx: PaperContext) {
        if matches!(joined.seen.pin, Pin::Changed { .. }) && !joined.checked {
            self.say(Err(i18n.t_args(
                "messages-paper-check-first",
                &[("name", ctx.name.clone().into())],
            )));
            return;
        }
        let text = self.draft.peek().clone();
        self.sending.set(true);
        spawn(async move {
            // The network's time, whatever the screen's clock says.
            let now = Utc::now();
            let until = now + Duration::days(PAPER_DAYS);
            let who = ctx.name.clone();
            let sent = off_thread(move || {
                data.send_with_paper(
                    &joined.seen,
                    &who,
                    &text,
                    &joined.document,
                    until,
                    joined.checked,
                    now,
                )
            })
            .await;
            self.sending.set(false);
            match sent {
                Some(Ok((record, _))) => {
                    self.draft.set(String::new());
                    self.joined.set(None);
                    self.say(Ok(i18n.t_args(
                        "messages-sent-with-paper",
                        &[
                            ("title", ctx.title.into()),
                            ("name", ctx.name.into()),
                            (
                                "until",
                                until_words(&i18n, ctx.tz, record.expires_at).into(),
                            ),
                        ],
                    )));
                }
                Some(Err(ShareFailure::Offline)) => {
                    self.say(Err(i18n.t("messages-attach-offline")))
                }
                Some(Err(e)) => self.say(Err(e.explain(&i18n))),
                None => self.say(Err(i18n.t("share-failed"))),
            }
        });
    }
}

/// What the send of a paper needs to say how it went.
#[derive(Clone)]
struct PaperContext {
    name: String,
    title: String,
    tz: chrono_tz::Tz,
}

#[component]
pub fn Messages(
    dossier: Shared<Dossier>,
    status: Shared<SyncStatus>,
    moment: Moment,
    on_action: OnAction,
    /// Where "open this paper" goes ("My papers"); absent, no such button.
    on_navigate: Option<EventHandler<Screen>>,
) -> Element {
    let i18n = use_i18n();
    let ui = Ui {
        draft: use_signal(String::new),
        feedback: use_signal(|| None),
        on_action,
        focus: use_focus(),
        picker: use_signal(|| Picker::Closed),
        chosen: use_signal(|| None),
        joined: use_signal(|| None),
        sending: use_signal(|| false),
    };
    // Joining a paper needs the safe and its server (`crate::sharing`).
    let data = try_use_context::<ShareData>()
        .map(|d| d.0)
        .filter(|d| d.is_saved() && d.server().is_some());
    let to_safe = try_use_context::<PaperToOpen>();
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
                            {message_item(&i18n, &dossier, &status, m, moment, fresh.contains(&m.id), focus, open_paper(to_safe, on_navigate))}
                        }
                    }
                }
            }
            match name {
                Some(name) => write_section(&i18n, &dossier, &name, data, moment, ui, feedback),
                None => rsx! {
                    p { class: "card calm", {i18n.t("messages-no-referent")} }
                },
            }
        }
    }
}

/// What "open this paper" does: "My papers" with that paper open.
fn open_paper(
    to_safe: Option<PaperToOpen>,
    on_navigate: Option<EventHandler<Screen>>,
) -> Option<Callback<DocumentId>> {
    let (PaperToOpen(mut paper), go) = (to_safe?, on_navigate?);
    Some(Callback::new(move |id: DocumentId| {
        paper.set(Some(id));
        go.call(Screen::Safe);
    }))
}

#[allow(clippy::too_many_arguments)]
fn message_item(
    i18n: &I18n,
    dossier: &Dossier,
    status: &SyncStatus,
    m: &Message,
    moment: Moment,
    fresh: bool,
    focus: FocusRequest,
    open: Option<Callback<DocumentId>>,
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
            if !m.text().is_empty() {
                p { class: "msg-text", {m.text()} }
            }
            for (n, doc) in m.attachments.iter().enumerate() {
                {paper_line(i18n, dossier, &mid, n, doc, mine.then_some(open).flatten())}
            }
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

/// "Papier joint : « title »" with a paperclip; for the person's own
/// messages, a button that opens the paper in "My papers".
fn paper_line(
    i18n: &I18n,
    dossier: &Dossier,
    mid: &str,
    n: usize,
    doc: &DocumentId,
    open: Option<Callback<DocumentId>>,
) -> Element {
    let title = dossier
        .documents
        .iter()
        .find(|d| &d.id == doc)
        .map(|d| d.title().to_owned());
    let words = match &title {
        Some(t) => i18n.t_args("message-paper", &[("title", t.clone().into())]),
        None => i18n.t("message-paper-unknown"),
    };
    let open = open.filter(|_| title.is_some());
    let id = doc.clone();
    rsx! {
        div { key: "{n}", class: "msg-paper",
            p { id: "message-paper-{mid}-{n}",
                Icon { name: IconName::Paperclip }
                span { class: "user-text", {words} }
            }
            if let Some(open) = open {
                button {
                    id: "message-paper-open-{mid}-{n}",
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| open.call(id.clone()),
                    Icon { name: IconName::Document }
                    span { {i18n.t_args("message-paper-open", &[("title", title.clone().unwrap_or_default().into())])} }
                }
            }
        }
    }
}

/// The chip of the joined paper, or the picker, or the button that opens it.
fn paper_section(
    i18n: &I18n,
    dossier: &Dossier,
    name: &str,
    data: Option<AppData>,
    moment: Moment,
    ui: Ui,
) -> Element {
    let Ui {
        mut picker,
        mut chosen,
        mut joined,
        focus,
        ..
    } = ui;
    let Some(data) = data else {
        return rsx! { p { class: "meta", id: "messages-attach-no-server", {i18n.t("messages-attach-no-server")} } };
    };
    let papers = joinable_papers(dossier);
    let title_of = |id: &DocumentId| {
        dossier
            .documents
            .iter()
            .find(|d| &d.id == id)
            .map(|d| d.title().to_owned())
    };
    if let Some(j) = joined.read().clone() {
        let Some(title) = title_of(&j.document) else {
            // The paper left the safe meanwhile: nothing is joined.
            return rsx! { p { class: "meta", {i18n.t("messages-paper-gone")} } };
        };
        let until = until_words(i18n, moment.tz, Utc::now() + Duration::days(PAPER_DAYS));
        let print = fingerprint(&j.seen.offered);
        let name = name.to_owned();
        return rsx! {
            div { id: "messages-paper", class: "paper-chip", role: "group", "aria-labelledby": "messages-paper-title",
                div { class: "paper-chip-head",
                    p {
                        id: "messages-paper-title",
                        class: "paper-chip-title",
                        tabindex: "-1",
                        onmounted: focus.on_mounted("messages-paper-title".to_owned()),
                        Icon { name: IconName::Paperclip }
                        span { class: "user-text", {i18n.t_args("messages-paper-chip", &[("title", title.clone().into())])} }
                    }
                    button {
                        id: "messages-paper-remove",
                        class: "button secondary",
                        r#type: "button",
                        "aria-describedby": "messages-paper-title",
                        onclick: move |_| {
                            joined.set(None);
                            focus.request("messages-attach");
                        },
                        Icon { name: IconName::Cross }
                        span { {i18n.t("messages-paper-remove")} }
                    }
                }
                p { id: "messages-paper-until",
                    {i18n.t_args("messages-paper-until", &[("name", name.clone().into()), ("until", until.into())])}
                }
                match j.seen.pin {
                    Pin::FirstUse => rsx! {
                        p { id: "share-first-time", {i18n.t_args("share-first-time", &[("name", name.clone().into())])} }
                        p { class: "fingerprint",
                            span { class: "meta", {i18n.t("share-code")} }
                            " "
                            code { id: "share-fingerprint", dir: "ltr", {print.clone()} }
                        }
                    },
                    Pin::Same => rsx! {
                        p { id: "share-same-key",
                            Icon { name: IconName::Done }
                            span { {i18n.t("share-same-key")} }
                        }
                        p { class: "fingerprint meta",
                            span { {i18n.t("share-code")} }
                            " "
                            code { id: "share-fingerprint", dir: "ltr", {print.clone()} }
                        }
                    },
                    Pin::Changed { pinned } => rsx! {
                        p { id: "share-key-changed", class: "warning-text",
                            Icon { name: IconName::Warning }
                            span { {i18n.t_args("share-changed", &[("name", name.clone().into())])} }
                        }
                        p { class: "fingerprint",
                            span { class: "meta", {i18n.t("share-code-before")} }
                            " "
                            code { id: "share-fingerprint-before", dir: "ltr", {fingerprint(&pinned)} }
                        }
                        p { class: "fingerprint",
                            span { class: "meta", {i18n.t("share-code-now")} }
                            " "
                            code { id: "share-fingerprint", dir: "ltr", {print.clone()} }
                        }
                        p { {i18n.t_args("share-changed-call", &[("name", name.clone().into())])} }
                        label { class: "choice",
                            input {
                                r#type: "checkbox",
                                id: "messages-paper-checked",
                                checked: j.checked,
                                onchange: move |e| {
                                    let on = e.checked();
                                    if let Some(j) = joined.write().as_mut() {
                                        j.checked = on;
                                    }
                                },
                            }
                            span { class: "choice-mark check", "aria-hidden": "true" }
                            span { class: "choice-text", {i18n.t_args("messages-paper-checked", &[("name", name.clone().into())])} }
                        }
                    },
                }
            }
        };
    }
    match picker() {
        Picker::Closed => rsx! {
            div { class: "actions",
                button {
                    id: "messages-attach",
                    class: "button secondary",
                    r#type: "button",
                    onmounted: focus.on_mounted("messages-attach".to_owned()),
                    onclick: move |_| {
                        picker.set(Picker::Open);
                        focus.request("messages-attach-legend");
                    },
                    Icon { name: IconName::Paperclip }
                    span { {i18n.t("messages-attach")} }
                }
            }
        },
        Picker::Open | Picker::Checking => {
            let checking = picker() == Picker::Checking;
            let current = chosen.read().clone();
            let referent = dossier.referent().map(|c| c.id.clone());
            let i_join = i18n.clone();
            let name = name.to_owned();
            rsx! {
                div { id: "messages-picker", class: "picker",
                    if papers.is_empty() {
                        p { id: "messages-attach-legend", tabindex: "-1",
                            onmounted: focus.on_mounted("messages-attach-legend".to_owned()),
                            {i18n.t("messages-attach-none")}
                        }
                    } else {
                        fieldset { class: "choices messages-papers",
                            legend {
                                id: "messages-attach-legend",
                                tabindex: "-1",
                                onmounted: focus.on_mounted("messages-attach-legend".to_owned()),
                                Icon { name: IconName::Paperclip }
                                span { {i18n.t("messages-attach-which")} }
                            }
                            for d in papers.iter() {
                                label { key: "{d.id}", class: "choice",
                                    input {
                                        r#type: "radio",
                                        name: "messages-paper",
                                        id: "messages-paper-{d.id}",
                                        checked: current.as_ref() == Some(&d.id),
                                        onchange: {
                                            let id = d.id.clone();
                                            move |_| chosen.set(Some(id.clone()))
                                        },
                                    }
                                    span { class: "choice-mark", "aria-hidden": "true" }
                                    span { class: "choice-text",
                                        strong { class: "user-text", {d.title().to_owned()} }
                                        br {}
                                        span { class: "meta", {i18n.t(&format!("category-{}", d.category.key()))} }
                                    }
                                }
                            }
                        }
                    }
                    if checking {
                        p { class: "meta", role: "status",
                            {i18n.t_args("messages-attach-checking", &[("name", name.clone().into())])}
                        }
                    } else {
                        div { class: "actions",
                            if !papers.is_empty() {
                                button {
                                    id: "messages-attach-choose",
                                    class: "button primary",
                                    r#type: "button",
                                    onclick: move |_| {
                                        let (Some(doc), Some(to)) = (chosen.peek().clone(), referent.clone()) else {
                                            ui.say(Err(i_join.t("messages-attach-choose-first")));
                                            return;
                                        };
                                        picker.set(Picker::Checking);
                                        let data = data.clone();
                                        let i18n = i_join.clone();
                                        spawn(async move {
                                            let seen = off_thread(move || data.recipient_key(&to)).await;
                                            picker.set(Picker::Open);
                                            match seen {
                                                Some(Ok(seen)) => {
                                                    picker.set(Picker::Closed);
                                                    chosen.set(None);
                                                    joined.set(Some(Joined { document: doc, seen, checked: false }));
                                                    focus.request("messages-paper-title");
                                                }
                                                Some(Err(ShareFailure::Offline)) => ui.say(Err(i18n.t("messages-attach-offline"))),
                                                Some(Err(e)) => ui.say(Err(e.explain(&i18n))),
                                                None => ui.say(Err(i18n.t("share-failed"))),
                                            }
                                        });
                                    },
                                    Icon { name: IconName::Paperclip }
                                    span { {i18n.t("messages-attach-choose")} }
                                }
                            }
                            button {
                                id: "messages-attach-cancel",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| {
                                    picker.set(Picker::Closed);
                                    chosen.set(None);
                                    focus.request("messages-attach");
                                },
                                Icon { name: IconName::Cross }
                                span { {i18n.t("messages-attach-cancel")} }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn write_section(
    i18n: &I18n,
    dossier: &Dossier,
    name: &str,
    data: Option<AppData>,
    moment: Moment,
    ui: Ui,
    feedback: Option<(bool, String)>,
) -> Element {
    let draft = ui.draft;
    let mut draft_in = ui.draft;
    let i18n_send = i18n.clone();
    let sending = (ui.sending)();
    let ctx = ui.joined.read().as_ref().map(|j| PaperContext {
        name: name.to_owned(),
        title: dossier
            .documents
            .iter()
            .find(|d| d.id == j.document)
            .map(|d| d.title().to_owned())
            .unwrap_or_default(),
        tz: moment.tz,
    });
    let send_data = data.clone();
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
            {paper_section(i18n, dossier, name, data, moment, ui)}
            div { class: "actions",
                button {
                    id: "message-send",
                    class: "button primary",
                    r#type: "button",
                    "aria-disabled": if sending { "true" } else { "false" },
                    onclick: move |_| {
                        if *ui.sending.peek() {
                            return;
                        }
                        let joined = ui.joined.peek().clone();
                        match (joined, send_data.clone(), ctx.clone()) {
                            (Some(j), Some(data), Some(ctx)) => {
                                ui.send_with_paper(i18n_send.clone(), data, j, ctx);
                            }
                            _ => {
                                let text = draft.peek().clone();
                                ui.send(&i18n_send, text, true);
                            }
                        }
                    },
                    Icon { name: IconName::Mail }
                    span { {i18n.t("messages-send")} }
                }
            }
            if sending {
                p { id: "messages-sending", class: "meta", role: "status", {i18n.t("messages-sending")} }
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
