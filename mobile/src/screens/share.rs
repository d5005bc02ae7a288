//! Sharing a paper with a professional, in "My papers" (the app's side of
//! [`crate::sharing`]).
//!
//! - Choose the paper, the professional among the person's contacts, and
//!   until when (7 days, 30 days, 3 months; 30 days unless changed).
//! - "Continue" fetches the professional's key and shows its fingerprint:
//!   the first time, "compare it with them by phone"; the same as before, a
//!   quiet line; changed, a warning with both fingerprints, and only a
//!   deliberate "I checked with them" goes on. Nothing is shared before.
//! - Without the network, it says so plainly and nothing changes.
//! - The person's shares: to whom, which paper, until when, stopped or
//!   not, with "Stop sharing" (works offline: queued for the sync).
//!
//! The network calls run on a thread of their own ([`crate::sharing`] is
//! blocking); the screen waits for their answer without freezing.

use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;
use parcours_core::contact::Contact;
use parcours_core::dossier::Dossier;
use parcours_core::id::{ContactId, DocumentId};
use parcours_core::share::fingerprint;
use parcours_core::share::pin::Pin;
use parcours_core::sync::wire::ShareRecord;

use crate::app::Shared;
use crate::components::{FocusRequest, Icon, IconName, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::sharing::{KeySeen, ShareFailure};
use crate::state::AppData;

/// The app's data, for sharing (given by the app's root as a context).
#[derive(Clone, PartialEq)]
pub struct ShareData(pub AppData);

/// The `id` of the line that says what the last share action did.
pub const SHARE_FEEDBACK: &str = "share-feedback";

/// How long a share lasts, as the person chooses it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lasting {
    Week,
    Month,
    ThreeMonths,
}

impl Lasting {
    pub const ALL: [Lasting; 3] = [Lasting::Week, Lasting::Month, Lasting::ThreeMonths];

    pub fn days(self) -> i64 {
        match self {
            Lasting::Week => 7,
            Lasting::Month => 30,
            Lasting::ThreeMonths => 91,
        }
    }

    /// The words for it.
    fn label_id(self) -> &'static str {
        match self {
            Lasting::Week => "share-7-days",
            Lasting::Month => "share-30-days",
            Lasting::ThreeMonths => "share-3-months",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Lasting::Week => "7-days",
            Lasting::Month => "30-days",
            Lasting::ThreeMonths => "3-months",
        }
    }
}

/// The name the person knows a contact by.
pub fn contact_name(c: &Contact) -> String {
    c.person_name
        .clone()
        .unwrap_or_else(|| c.organisation.clone())
}

/// Where the share is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Choosing,
    /// Fetching the key, or sharing.
    Busy,
    /// The key is shown; the person decides.
    Key(KeySeen),
}

/// Runs `f` on a thread of its own and waits for it without blocking the
/// screen.
pub(crate) async fn off_thread<T: Send + 'static>(
    f: impl FnOnce() -> T + Send + 'static,
) -> Option<T> {
    let (tx, rx) = tokio::sync::oneshot::channel();
    std::thread::Builder::new()
        .name("parcours-share".into())
        .spawn(move || {
            let _ = tx.send(f());
        })
        .ok()?;
    rx.await.ok()
}

#[derive(Clone, Copy)]
struct Ui {
    feedback: Signal<Option<(u32, Result<String, String>)>>,
    stage: Signal<Stage>,
    document: Signal<Option<DocumentId>>,
    recipient: Signal<Option<ContactId>>,
    lasting: Signal<Lasting>,
    list: Signal<Vec<ShareRecord>>,
    focus: FocusRequest,
}

impl Ui {
    fn say(mut self, result: Result<String, String>) {
        let n = self.feedback.peek().as_ref().map_or(0, |(n, _)| n + 1);
        self.feedback.set(Some((n, result)));
        self.focus.request(SHARE_FEEDBACK);
    }
}

fn load(data: &AppData) -> Vec<ShareRecord> {
    data.shares().unwrap_or_default()
}

/// The card "Share a paper with a professional".
#[component]
pub fn ShareCard(dossier: Shared<Dossier>, moment: Moment) -> Element {
    let i18n = use_i18n();
    let data = try_use_context::<ShareData>().map(|d| d.0);
    let ui = Ui {
        feedback: use_signal(|| None),
        stage: use_signal(|| Stage::Choosing),
        document: use_signal(|| None),
        recipient: use_signal(|| None),
        lasting: use_signal(|| Lasting::Month),
        list: use_signal(|| data.as_ref().map(load).unwrap_or_default()),
        focus: use_focus(),
    };
    let Some(data) = data.filter(|d| d.is_saved() && d.server().is_some()) else {
        return rsx! {
            section { class: "card share", "aria-labelledby": "share-title",
                h2 { id: "share-title",
                    Icon { name: IconName::Share }
                    span { {i18n.t("share-title")} }
                }
                p { {i18n.t("share-no-server")} }
            }
        };
    };
    let feedback = ui.feedback.read().clone();
    rsx! {
        section { class: "card share", "aria-labelledby": "share-title",
            h2 { id: "share-title",
                Icon { name: IconName::Share }
                span { {i18n.t("share-title")} }
            }
            p { {i18n.t("share-intro")} }
            div { role: "status",
                if let Some((n, result)) = feedback {
                    p {
                        key: "{n}",
                        id: SHARE_FEEDBACK,
                        class: if result.is_ok() { "feedback ok" } else { "feedback error" },
                        tabindex: "-1",
                        onmounted: ui.focus.on_mounted(SHARE_FEEDBACK.to_owned()),
                        Icon { name: if result.is_ok() { IconName::Done } else { IconName::Warning } }
                        span { {result.clone().unwrap_or_else(|e| e)} }
                    }
                }
            }
            {form(&i18n, &dossier, &data, moment.tz, ui)}
            {list(&i18n, &dossier, &data, moment, ui)}
        }
    }
}

fn form(i18n: &I18n, dossier: &Dossier, data: &AppData, tz: chrono_tz::Tz, ui: Ui) -> Element {
    let Ui {
        mut stage,
        mut document,
        mut recipient,
        mut lasting,
        focus,
        ..
    } = ui;
    if dossier.documents.is_empty() {
        return rsx! { p { class: "meta", {i18n.t("share-no-paper")} } };
    }
    if dossier.contacts.is_empty() {
        return rsx! { p { class: "meta", {i18n.t("share-no-contact")} } };
    }
    let chosen_doc = document.read().clone();
    let chosen_to = recipient.read().clone();
    let current = stage.read().clone();
    let doc_title = chosen_doc
        .as_ref()
        .and_then(|id| dossier.documents.iter().find(|d| &d.id == id))
        .map(|d| d.title().to_owned());
    let to_name = chosen_to
        .as_ref()
        .and_then(|id| dossier.contact(id))
        .map(contact_name);
    match current {
        Stage::Choosing | Stage::Busy => {
            let busy = current == Stage::Busy;
            let ready = doc_title.is_some() && to_name.is_some();
            let (d_check, i_check) = (data.clone(), i18n.clone());
            rsx! {
                fieldset { class: "choices share-paper",
                    legend { {i18n.t("share-which-paper")} }
                    for d in dossier.documents.iter() {
                        label { key: "{d.id}", class: "choice",
                            input {
                                r#type: "radio",
                                name: "share-paper",
                                id: "share-paper-{d.id}",
                                checked: chosen_doc.as_ref() == Some(&d.id),
                                onchange: {
                                    let id = d.id.clone();
                                    move |_| document.set(Some(id.clone()))
                                },
                            }
                            span { class: "choice-mark", "aria-hidden": "true" }
                            span { class: "choice-text", {d.title().to_owned()} }
                        }
                    }
                }
                fieldset { class: "choices share-to",
                    legend { {i18n.t("share-with-whom")} }
                    for c in dossier.contacts.iter() {
                        label { key: "{c.id}", class: "choice",
                            input {
                                r#type: "radio",
                                name: "share-to",
                                id: "share-to-{c.id}",
                                checked: chosen_to.as_ref() == Some(&c.id),
                                onchange: {
                                    let id = c.id.clone();
                                    move |_| recipient.set(Some(id.clone()))
                                },
                            }
                            span { class: "choice-mark", "aria-hidden": "true" }
                            span { class: "choice-text",
                                strong { {contact_name(c)} }
                                if c.person_name.is_some() {
                                    br {}
                                    span { class: "meta", {c.organisation.clone()} }
                                }
                            }
                        }
                    }
                }
                fieldset { class: "choices share-until",
                    legend { {i18n.t("share-until")} }
                    for l in Lasting::ALL {
                        label { key: "{l.key()}", class: "choice",
                            input {
                                r#type: "radio",
                                name: "share-until",
                                id: "share-until-{l.key()}",
                                checked: lasting() == l,
                                onchange: move |_| lasting.set(l),
                            }
                            span { class: "choice-mark", "aria-hidden": "true" }
                            span { class: "choice-text", {i18n.t(l.label_id())} }
                        }
                    }
                }
                if busy {
                    p { class: "meta", role: "status", {i18n.t("share-checking")} }
                } else {
                    if !ready {
                        p { class: "meta", {i18n.t("share-choose-first")} }
                    }
                    div { class: "actions",
                        button {
                            id: "share-continue",
                            class: "button primary",
                            r#type: "button",
                            "aria-disabled": if ready { "false" } else { "true" },
                            onclick: move |_| {
                                let Some(to) = recipient.peek().clone() else {
                                    ui.say(Err(i_check.t("share-choose-first")));
                                    return;
                                };
                                if document.peek().is_none() {
                                    ui.say(Err(i_check.t("share-choose-first")));
                                    return;
                                }
                                stage.set(Stage::Busy);
                                let data = d_check.clone();
                                let i18n = i_check.clone();
                                spawn(async move {
                                    let seen = off_thread(move || data.recipient_key(&to)).await;
                                    match seen {
                                        Some(Ok(seen)) => {
                                            stage.set(Stage::Key(seen));
                                            focus.request("share-key");
                                        }
                                        Some(Err(e)) => {
                                            stage.set(Stage::Choosing);
                                            ui.say(Err(e.explain(&i18n)));
                                        }
                                        None => {
                                            stage.set(Stage::Choosing);
                                            ui.say(Err(i18n.t("share-failed")));
                                        }
                                    }
                                });
                            },
                            Icon { name: IconName::Share }
                            span { {i18n.t("share-continue")} }
                        }
                    }
                }
            }
        }
        Stage::Key(seen) => {
            let name = to_name.unwrap_or_default();
            let title = doc_title.unwrap_or_default();
            let print = fingerprint(&seen.offered);
            let changed = matches!(seen.pin, Pin::Changed { .. });
            let (d_share, i_share, s_seen, s_name) =
                (data.clone(), i18n.clone(), seen.clone(), name.clone());
            rsx! {
                div {
                    class: if changed { "confirm warning share-key" } else { "confirm share-key" },
                    role: "group",
                    "aria-labelledby": "share-key",
                    p {
                        id: "share-key",
                        class: "confirm-question",
                        tabindex: "-1",
                        onmounted: focus.on_mounted("share-key".to_owned()),
                        {i18n.t_args("share-question", &[("title", title.clone().into()), ("name", name.clone().into())])}
                    }
                    match seen.pin {
                        Pin::FirstUse => rsx! {
                            p { id: "share-first-time", {i18n.t_args("share-first-time", &[("name", name.clone().into())])} }
                            p { class: "fingerprint",
                                span { class: "meta", {i18n.t("share-code")} }
                                code { id: "share-fingerprint", dir: "ltr", {print.clone()} }
                            }
                        },
                        Pin::Same => rsx! {
                            p { id: "share-same-key",
                                Icon { name: IconName::Done }
                                span { {i18n.t_args("share-same-key", &[("name", name.clone().into())])} }
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
                                code { id: "share-fingerprint-before", dir: "ltr", {fingerprint(&pinned)} }
                            }
                            p { class: "fingerprint",
                                span { class: "meta", {i18n.t("share-code-now")} }
                                code { id: "share-fingerprint", dir: "ltr", {print.clone()} }
                            }
                            p { {i18n.t_args("share-changed-call", &[("name", name.clone().into())])} }
                        },
                    }
                    div { class: "actions",
                        button {
                            id: "share-yes",
                            class: if changed { "button danger" } else { "button primary" },
                            r#type: "button",
                            onclick: move |_| {
                                let (Some(doc), to) = (document.peek().clone(), s_seen.clone()) else {
                                    return;
                                };
                                let days = lasting.peek().days();
                                stage.set(Stage::Busy);
                                let data = d_share.clone();
                                let i18n = i_share.clone();
                                let name = s_name.clone();
                                let title = title.clone();
                                spawn(async move {
                                    // The network's time, whatever the screen's clock says.
                                    let now = Utc::now();
                                    let until = now + Duration::days(days);
                                    let who = name.clone();
                                    let shared = off_thread(move || {
                                        let r = data.share_document(&to, &who, &doc, until, changed, now);
                                        (r, load(&data))
                                    })
                                    .await;
                                    stage.set(Stage::Choosing);
                                    match shared {
                                        Some((Ok(record), all)) => {
                                            ui.list.clone().set(all);
                                            ui.say(Ok(i18n.t_args("share-done", &[
                                                ("name", name.into()),
                                                ("title", title.into()),
                                                ("until", until_words(&i18n, tz, record.expires_at).into()),
                                            ])));
                                        }
                                        Some((Err(e), _)) => ui.say(Err(explain(&i18n, &e))),
                                        None => ui.say(Err(i18n.t("share-failed"))),
                                    }
                                });
                            },
                            Icon { name: IconName::Share }
                            span {
                                {if changed { i18n.t_args("share-checked-yes", &[("name", name.clone().into())]) } else { i18n.t("share-yes") }}
                            }
                        }
                        button {
                            id: "share-no",
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| {
                                stage.set(Stage::Choosing);
                                focus.request("share-continue");
                            },
                            span { {i18n.t("share-no")} }
                        }
                    }
                }
            }
        }
    }
}

fn explain(i18n: &I18n, e: &ShareFailure) -> String {
    e.explain(i18n)
}

/// "jeudi 2 avril 2026", in the person's words.
fn until_words(i18n: &I18n, tz: chrono_tz::Tz, at: DateTime<Utc>) -> String {
    i18n.date_full(at.with_timezone(&tz).date_naive())
}

fn list(i18n: &I18n, dossier: &Dossier, data: &AppData, moment: Moment, ui: Ui) -> Element {
    let Ui { mut list, .. } = ui;
    let shares = list.read().clone();
    rsx! {
        h3 { id: "share-list-title", {i18n.t("share-list-title")} }
        if shares.is_empty() {
            p { class: "meta", {i18n.t("share-list-empty")} }
        } else {
            ul { id: "share-list", class: "items",
                for s in shares {
                    {
                        let name = dossier.contact(&s.recipient).map(contact_name).unwrap_or_else(|| s.recipient.to_string());
                        let title = dossier
                            .documents
                            .iter()
                            .find(|d| d.id == s.document)
                            .map(|d| d.title().to_owned())
                            .unwrap_or_else(|| i18n.t("share-paper-gone"));
                        let state = if let Some(at) = s.withdrawn_at {
                            i18n.t_args("share-stopped-on", &[("date", until_words(i18n, moment.tz, at).into())])
                        } else if s.expires_at <= Utc::now().max(moment.now) {
                            i18n.t("share-ended")
                        } else {
                            i18n.t_args("share-until-date", &[("until", until_words(i18n, moment.tz, s.expires_at).into())])
                        };
                        let active = s.withdrawn_at.is_none() && s.expires_at > Utc::now();
                        let (d_stop, i_stop, id, who) = (data.clone(), i18n.clone(), s.id.clone(), name.clone());
                        rsx! {
                            li { key: "{s.id}", class: "item share-item",
                                p {
                                    strong { {i18n.t_args("share-line", &[("title", title.into()), ("name", name.clone().into())])} }
                                }
                                p { class: "meta", {state} }
                                if active {
                                    div { class: "actions",
                                        button {
                                            id: "share-stop-{s.id}",
                                            class: "button",
                                            r#type: "button",
                                            onclick: move |_| {
                                                match d_stop.withdraw_share(&id, &who, Utc::now()) {
                                                    Ok(_) => {
                                                        list.set(load(&d_stop));
                                                        ui.say(Ok(i_stop.t_args("share-stopped", &[("name", who.clone().into())])));
                                                    }
                                                    Err(e) => ui.say(Err(i_stop.explain(&e))),
                                                }
                                            },
                                            Icon { name: IconName::Trash }
                                            span { {i18n.t("share-stop")} }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
