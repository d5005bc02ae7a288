//! Who can do what for me: the mandates in force, each as plain sentences
//! (who, what they may do, until when in full), the ones ending within 30
//! days marked "Ends soon" in words, and the past ones with what happened.
//!
//! The person can stop a mandate, or renew one that ends soon, or give a
//! new one ([`super::grant`]). Each first says what will happen in a plain
//! sentence and asks for a second tap (and the PIN, on a phone with a
//! PIN); then an [`Action`] goes to the safe, which confirms, signs and
//! saves. A wrong PIN keeps the question open and changes nothing.
//! "In force" is the verifier's word ([`Dossier::mandates`]), never decided
//! here.
//!
//! Under its own heading, who opened what: the access log the server
//! keeps of every professional's reading and writing, in plain sentences
//! ("Claire Martin a ouvert votre dossier le mardi 3 mars à 14 h"), newest
//! first, as last received.

use chrono::{DateTime, Duration, Utc};
use dioxus::prelude::*;
use parcours_core::dossier::Dossier;
use parcours_core::id::MandateId;
use parcours_core::mandate::manage::grantee_name;
use parcours_core::mandate::verify::{GrantStanding, Standing, Verdict};
use parcours_core::sync::wire::{AccessEntry, AccessKind};
use parcours_core::whats_next::MANDATE_WARNING_DAYS;

use super::OnAction;
use super::grant::{GrantCard, typed_pin};
use super::home::mandate_scope;
use crate::app::Shared;
use crate::components::{
    Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, pin_field, use_focus,
};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::state::{Action, SyncStatus};

/// The `id` of the mandates screen's title.
pub const MANDATES_HEADING: &str = "mandates-title";
/// The `id` of the line that says what the last action did.
pub const MANDATES_FEEDBACK: &str = "mandates-feedback";
/// The most entries of the access log shown (the newest).
pub const ACCESS_LOG_SHOWN: usize = 30;

/// What the person is about to do with a mandate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Ask {
    Revoke,
    Renew,
}

impl Ask {
    fn key(self) -> &'static str {
        match self {
            Ask::Revoke => "revoke",
            Ask::Renew => "renew",
        }
    }
}

/// Whether a grant in force ends within [`MANDATE_WARNING_DAYS`].
pub fn ends_soon(grant: &GrantStanding, now: DateTime<Utc>) -> bool {
    grant.until <= now + Duration::days(MANDATE_WARNING_DAYS)
}

/// The signals and callback the mandates' buttons share.
#[derive(Clone, Copy)]
struct Ui {
    asking: Signal<Option<(MandateId, Ask)>>,
    feedback: Signal<Option<Result<String, String>>>,
    /// The PIN typed in the open question (a phone with a PIN).
    pin: Signal<String>,
    /// What went wrong in the open question (it stays open).
    refused: Signal<Option<String>>,
    pin_set: bool,
    on_action: OnAction,
    focus: FocusRequest,
}

#[component]
pub fn Mandates(
    dossier: Shared<Dossier>,
    /// The access log, as last received from the server.
    status: Shared<SyncStatus>,
    moment: Moment,
    /// Whether the safe has a PIN: then it is asked again before signing.
    pin_set: bool,
    on_action: OnAction,
) -> Element {
    let i18n = use_i18n();
    let ui = Ui {
        asking: use_signal(|| None),
        feedback: use_signal(|| None),
        pin: use_signal(String::new),
        refused: use_signal(|| None),
        pin_set,
        on_action,
        focus: use_focus(),
    };
    let (mut feedback_done, focus_done) = (ui.feedback, ui.focus);
    let on_done = move |text: String| {
        feedback_done.set(Some(Ok(text)));
        focus_done.request(MANDATES_FEEDBACK);
    };
    let verdict = dossier.mandates(moment.now);
    let (mut current, mut past): (Vec<&GrantStanding>, Vec<&GrantStanding>) =
        verdict.grants.iter().partition(|g| {
            matches!(g.standing, Standing::InForce | Standing::NotYetStarted) && !verdict.renewed(g)
        });
    current.sort_by(|a, b| a.until.cmp(&b.until).then(a.index.cmp(&b.index)));
    past.sort_by(|a, b| b.until.cmp(&a.until).then(b.index.cmp(&a.index)));
    let feedback = ui.feedback.read().clone().map(|r| match r {
        Ok(text) => (true, text),
        Err(text) => (false, text),
    });
    rsx! {
        div { class: "screen mandates",
            ScreenTitle { id: MANDATES_HEADING, text: i18n.t("mandates-title") }
            p { class: "intro", {i18n.t("mandates-intro")} }
            // Always there (empty at first), so screen readers hear what appears in it.
            div { role: "status",
                if let Some((ok, text)) = feedback {
                    p {
                        id: MANDATES_FEEDBACK,
                        class: if ok { "feedback ok" } else { "feedback error" },
                        tabindex: "-1",
                        onmounted: ui.focus.on_mounted(MANDATES_FEEDBACK.to_owned()),
                        Icon { name: if ok { IconName::Done } else { IconName::Warning } }
                        span { {text} }
                    }
                }
            }
            section { class: "card", "aria-labelledby": "mandates-current",
                h2 { id: "mandates-current",
                    Icon { name: IconName::Permission }
                    span { {i18n.t("mandates-current-title")} }
                }
                if current.is_empty() {
                    p { class: "meta", {i18n.t("mandates-none")} }
                } else {
                    ul { class: "items",
                        for grant in current {
                            {current_item(&i18n, &dossier, grant, moment, ui)}
                        }
                    }
                }
            }
            GrantCard { dossier: dossier.clone(), moment, pin_set, on_action, on_done }
            section { class: "card", "aria-labelledby": "mandates-past",
                h2 { id: "mandates-past",
                    Icon { name: IconName::Hourglass }
                    span { {i18n.t("mandates-past-title")} }
                }
                if past.is_empty() {
                    p { class: "meta", {i18n.t("mandates-past-none")} }
                } else {
                    ul { class: "items",
                        for grant in past {
                            {past_item(&i18n, &dossier, grant, &verdict, moment)}
                        }
                    }
                }
            }
            {access_section(&i18n, &dossier, &status, moment)}
        }
    }
}

/// One entry of the access log as a sentence: who, did what, when.
pub fn access_sentence(i18n: &I18n, dossier: &Dossier, entry: &AccessEntry, m: Moment) -> String {
    let name = dossier.contact(&entry.by).map_or_else(
        || i18n.t("mandate-grantee-unknown"),
        |c| c.display_name().to_owned(),
    );
    let when = i18n.date_time(&entry.at.with_timezone(&m.tz), m.this_year());
    let id = match entry.what {
        AccessKind::ReadDossier => "access-read-dossier",
        AccessKind::WroteStep(_) => "access-wrote-step",
        AccessKind::WroteAppointment(_) => "access-wrote-appointment",
        AccessKind::WroteMessage(_) => "access-wrote-message",
        AccessKind::OpenedShare(_) => "access-opened-share",
    };
    i18n.t_args(id, &[("name", name.into()), ("when", when.into())])
}

fn access_section(i18n: &I18n, dossier: &Dossier, status: &SyncStatus, m: Moment) -> Element {
    let log = &status.access_log;
    let older = log.len().saturating_sub(ACCESS_LOG_SHOWN);
    rsx! {
        section { class: "card", "aria-labelledby": "mandates-access",
            h2 { id: "mandates-access",
                Icon { name: IconName::Info }
                span { {i18n.t("mandates-access-title")} }
            }
            p { class: "intro", {i18n.t("mandates-access-intro")} }
            if !log.is_empty() {
                ul { class: "items", id: "access-log",
                    for entry in log.iter().take(ACCESS_LOG_SHOWN) {
                        li { key: "{entry.id}", class: "item",
                            p { {access_sentence(i18n, dossier, entry, m)} }
                        }
                    }
                }
                if older > 0 {
                    p { class: "more",
                        {i18n.t_args("mandates-access-older", &[("count", older.into())])}
                    }
                }
            } else if status.last_sync.is_some() {
                p { class: "meta", {i18n.t("mandates-access-none")} }
            } else {
                p { class: "meta", {i18n.t("mandates-access-not-yet")} }
            }
        }
    }
}

fn current_item(
    i18n: &I18n,
    dossier: &Dossier,
    grant: &GrantStanding,
    m: Moment,
    ui: Ui,
) -> Element {
    let Ui {
        mut asking,
        mut feedback,
        mut pin,
        mut refused,
        pin_set,
        on_action,
        focus,
    } = ui;
    let mandate = &grant.mandate;
    let mid = mandate.id.as_str().to_owned();
    let name = grantee_name(&dossier.contacts, &mandate.grantee);
    let what = mandate_scope(i18n, dossier, mandate);
    let until = i18n.date_full(m.local_date(grant.until));
    let soon = grant.standing == Standing::InForce && ends_soon(grant, m.now);
    let starts = (grant.standing == Standing::NotYetStarted)
        .then(|| i18n.date_full(m.local_date(mandate.starts())));
    let ask = asking
        .read()
        .as_ref()
        .filter(|(id, _)| id == &mandate.id)
        .map(|(_, a)| *a);
    let title_id = format!("mandate-name-{mid}");
    let question_id = format!("mandate-question-{mid}");
    let pin_id = format!("mandate-pin-{mid}");
    let refused_id = format!("mandate-refused-{mid}");
    let refused_text = refused.read().clone();
    let revoke_id = format!("mandate-revoke-{mid}");
    let renew_id = format!("mandate-renew-{mid}");
    // What will happen, in one plain sentence, before the second tap.
    let (question, consequence, yes, no) = match ask {
        Some(Ask::Revoke) => (
            i18n.t("mandate-revoke-question"),
            i18n.t_args(
                "mandate-revoke-consequence",
                &[("name", name.clone().into())],
            ),
            i18n.t("mandate-revoke-yes"),
            i18n.t("mandate-revoke-no"),
        ),
        Some(Ask::Renew) => {
            let new_end = m.now + mandate.kind.default_duration();
            (
                i18n.t("mandate-renew-question"),
                i18n.t_args(
                    "mandate-renew-consequence",
                    &[
                        ("name", name.clone().into()),
                        ("until", i18n.date_full(m.local_date(new_end)).into()),
                    ],
                ),
                i18n.t("mandate-renew-yes"),
                i18n.t("mandate-renew-no"),
            )
        }
        None => Default::default(),
    };
    let id_yes = mandate.id.clone();
    let (id_revoke, id_renew) = (mandate.id.clone(), mandate.id.clone());
    let (q_revoke, q_renew) = (question_id.clone(), question_id.clone());
    let back_to = match ask {
        Some(Ask::Renew) => renew_id.clone(),
        _ => revoke_id.clone(),
    };
    let i18n_yes = i18n.clone();
    let refused_id_yes = refused_id.clone();
    rsx! {
        li { key: "{mid}", id: "mandate-{mid}", class: "item",
            p { id: "{title_id}", class: "item-title user-text", {name} }
            p { {what} }
            if soon {
                p { class: "badges",
                    Badge {
                        tone: Tone::Warn,
                        icon: IconName::Hourglass,
                        text: i18n.t("mandate-ending-soon"),
                    }
                }
            }
            if let Some(starts) = starts {
                p { class: "meta",
                    Icon { name: IconName::Calendar }
                    span { {i18n.t_args("mandate-starts", &[("date", starts.into())])} }
                }
            }
            p { class: "meta",
                Icon { name: IconName::Calendar }
                span { {i18n.t_args("mandate-ends", &[("date", until.into())])} }
            }
            if let Some(ask) = ask {
                div {
                    class: "confirm warning",
                    role: "group",
                    "aria-labelledby": "{question_id}",
                    p {
                        id: "{question_id}",
                        class: "confirm-question",
                        tabindex: "-1",
                        onmounted: focus.on_mounted(question_id.clone()),
                        {question}
                    }
                    p { {consequence} }
                    if pin_set {
                        {pin_field(focus, &pin_id, i18n.t("mandate-pin-label"), None, refused_text.is_some().then_some(refused_id.as_str()), pin)}
                    }
                    if let Some(text) = refused_text {
                        p {
                            id: "{refused_id}",
                            class: "feedback error",
                            role: "alert",
                            tabindex: "-1",
                            onmounted: focus.on_mounted(refused_id.clone()),
                            Icon { name: IconName::Warning }
                            span { {text} }
                        }
                    }
                    div { class: "actions",
                        button {
                            id: "mandate-{ask.key()}-yes-{mid}",
                            class: if ask == Ask::Revoke { "button danger" } else { "button primary" },
                            r#type: "button",
                            onclick: move |_| {
                                // A wrong or missing PIN keeps the question open.
                                let typed = match typed_pin(&i18n_yes, pin_set, &pin.peek()) {
                                    Ok(p) => p,
                                    Err(text) => {
                                        refused.set(Some(text));
                                        focus.request(refused_id_yes.clone());
                                        return;
                                    }
                                };
                                let (id, pin_value) = (id_yes.clone(), typed);
                                let action = match ask {
                                    Ask::Revoke => Action::RevokeMandate { id, pin: pin_value },
                                    Ask::Renew => Action::RenewMandate { id, pin: pin_value },
                                };
                                match on_action.call(action) {
                                    Ok(()) => {
                                        feedback.set(Some(Ok(i18n_yes.t(match ask {
                                            Ask::Revoke => "mandate-revoked",
                                            Ask::Renew => "mandate-renewed",
                                        }))));
                                        asking.set(None);
                                        pin.set(String::new());
                                        refused.set(None);
                                        focus.request(MANDATES_FEEDBACK);
                                    }
                                    Err(e) => {
                                        refused.set(Some(e.explain(&i18n_yes)));
                                        focus.request(refused_id_yes.clone());
                                    }
                                }
                            },
                            Icon { name: if ask == Ask::Revoke { IconName::Cross } else { IconName::Check } }
                            span { {yes} }
                        }
                        button {
                            id: "mandate-{ask.key()}-no-{mid}",
                            class: "button secondary",
                            r#type: "button",
                            onclick: move |_| {
                                asking.set(None);
                                pin.set(String::new());
                                refused.set(None);
                                focus.request(back_to.clone());
                            },
                            span { {no} }
                        }
                    }
                }
            } else {
                div { class: "actions",
                    button {
                        id: "{revoke_id}",
                        class: "button",
                        r#type: "button",
                        "aria-describedby": "{title_id}",
                        onmounted: focus.on_mounted(revoke_id.clone()),
                        onclick: move |_| {
                            asking.set(Some((id_revoke.clone(), Ask::Revoke)));
                            feedback.set(None);
                            pin.set(String::new());
                            refused.set(None);
                            focus.request(q_revoke.clone());
                        },
                        Icon { name: IconName::Cross }
                        span { {i18n.t("mandate-revoke")} }
                    }
                    if soon {
                        button {
                            id: "{renew_id}",
                            class: "button",
                            r#type: "button",
                            "aria-describedby": "{title_id}",
                            onmounted: focus.on_mounted(renew_id.clone()),
                            onclick: move |_| {
                                asking.set(Some((id_renew.clone(), Ask::Renew)));
                                feedback.set(None);
                                pin.set(String::new());
                                refused.set(None);
                                focus.request(q_renew.clone());
                            },
                            Icon { name: IconName::Check }
                            span { {i18n.t("mandate-renew")} }
                        }
                    }
                }
            }
        }
    }
}

fn past_item(
    i18n: &I18n,
    dossier: &Dossier,
    grant: &GrantStanding,
    verdict: &Verdict,
    m: Moment,
) -> Element {
    let mandate = &grant.mandate;
    let mid = mandate.id.as_str();
    let date = |at: DateTime<Utc>| i18n.date_full(m.local_date(at));
    let happened = match &grant.standing {
        Standing::Revoked { at } => {
            i18n.t_args("mandate-past-revoked", &[("date", date(*at).into())])
        }
        Standing::Superseded { at, .. } => {
            i18n.t_args("mandate-past-superseded", &[("date", date(*at).into())])
        }
        Standing::Ended => i18n.t_args("mandate-past-ended", &[("date", date(grant.until).into())]),
        // In force, but a renewal goes further.
        Standing::InForce | Standing::NotYetStarted if verdict.renewed(grant) => {
            i18n.t("mandate-past-renewed")
        }
        Standing::InForce | Standing::NotYetStarted => String::new(),
    };
    rsx! {
        li { key: "{mid}", id: "mandate-past-{mid}", class: "item",
            p { class: "item-title", {grantee_name(&dossier.contacts, &mandate.grantee)} }
            p { {mandate_scope(i18n, dossier, mandate)} }
            p { class: "meta",
                Icon { name: IconName::Info }
                span { {happened} }
            }
        }
    }
}
