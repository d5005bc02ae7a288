//! Home, "What's next": the next steps to do, the next appointment,
//! documents and mandates ending soon, unread messages. Nothing else.
//!
//! A pure view of [`parcours_core::whats_next::whats_next`] at the given
//! [`Moment`]: it never reads a clock.

use dioxus::prelude::*;
use parcours_core::appointment::Appointment;
use parcours_core::document::ExpiryAlert;
use parcours_core::dossier::Dossier;
use parcours_core::mandate::verify::GrantStanding;
use parcours_core::mandate::{DocumentScope, Mandate, MandateKind};
use parcours_core::step::StepStatus;
use parcours_core::whats_next::{ExpiringDocument, StepToDo, WhatsNext, whats_next};

use super::Screen;
use super::appointments::where_who_why;
use crate::app::Shared;
use crate::components::{Badge, Icon, IconName, ScreenTitle, Tone};
use crate::i18n::{I18n, Moment, use_i18n};

/// The `id` of the home screen's heading.
pub const HOME_HEADING: &str = "home-title";

#[component]
pub fn Home(
    dossier: Shared<Dossier>,
    moment: Moment,
    /// Opens another screen (the mandates screen, the safe and the
    /// messages, from their cards).
    on_navigate: Option<EventHandler<Screen>>,
) -> Element {
    let i18n = use_i18n();
    let next = whats_next(&dossier, moment.now, moment.tz);
    let ending: Vec<GrantStanding> = next.mandates_ending.clone();
    let greeting = i18n.t_args(
        "home-greeting",
        &[("name", dossier.person.first_name().into())],
    );
    rsx! {
        div { class: "screen home",
            ScreenTitle { id: HOME_HEADING, text: i18n.t("home-title") }
            p { class: "greeting",
                Icon { name: IconName::Sun }
                span { {greeting} }
            }
            if next.is_empty() {
                p { class: "card calm", {i18n.t("home-nothing")} }
            } else {
                {steps_section(&i18n, &dossier, &next, moment)}
                {appointment_section(&i18n, &dossier, next.next_appointment, next.more_appointments, moment)}
                {documents_section(&i18n, &next.documents, moment, on_navigate)}
                {mandates_section(&i18n, &dossier, &ending, moment, on_navigate)}
                {messages_section(&i18n, next.unread_messages, on_navigate)}
            }
        }
    }
}

/// A section title with its pictogram; `id` names the section for screen readers.
fn section_title(id: &'static str, icon: IconName, text: String) -> Element {
    rsx! {
        h2 { id,
            Icon { name: icon }
            span { {text} }
        }
    }
}

/// Message id of a step's status.
pub fn step_status_id(status: StepStatus) -> &'static str {
    match status {
        StepStatus::ProposedByMe => "step-status-proposed",
        StepStatus::ToDo => "step-status-todo",
        StepStatus::InProgress => "step-status-in-progress",
        StepStatus::Done => "step-status-done",
        StepStatus::Dropped => "step-status-dropped",
    }
}

fn steps_section(i18n: &I18n, dossier: &Dossier, next: &WhatsNext<'_>, m: Moment) -> Element {
    rsx! {
        section { class: "card steps", "aria-labelledby": "home-steps",
            {section_title("home-steps", IconName::Steps, i18n.t("home-steps-title"))}
            if next.steps.is_empty() {
                p { {i18n.t("home-steps-none")} }
            } else {
                ul { class: "items",
                    for todo in next.steps.iter() {
                        li {
                            key: "{todo.step.id.as_str()}",
                            class: if todo.overdue { "item overdue" } else { "item" },
                            {step_item(i18n, dossier, todo, m)}
                        }
                    }
                }
            }
        }
    }
}

fn step_item(i18n: &I18n, dossier: &Dossier, todo: &StepToDo<'_>, m: Moment) -> Element {
    let step = todo.step;
    let domain = dossier
        .objectives
        .iter()
        .find(|o| o.id == step.objective)
        .map(|o| o.domain);
    let in_progress = step.status() == StepStatus::InProgress;
    let due = step.due.map(|d| {
        let date = i18n.date(d, m.this_year());
        let id = if todo.overdue {
            "step-was-due"
        } else {
            "step-due"
        };
        i18n.t_args(id, &[("date", date.into())])
    });
    rsx! {
        p { class: "item-title user-text", {step.what()} }
        if todo.overdue || in_progress {
            p { class: "badges",
                if todo.overdue {
                    Badge {
                        tone: Tone::Alert,
                        icon: IconName::Warning,
                        text: i18n.t("step-overdue"),
                    }
                }
                if in_progress {
                    Badge {
                        tone: Tone::Info,
                        icon: IconName::Clock,
                        text: i18n.t(step_status_id(step.status())),
                    }
                }
            }
        }
        if let Some(due) = due {
            p { class: "meta",
                Icon { name: IconName::Calendar }
                span { {due} }
            }
        }
        if let Some(domain) = domain {
            p { class: "meta",
                Icon { name: IconName::of_domain(domain) }
                span { {i18n.t(&format!("domain-{}", domain.key()))} }
            }
        }
    }
}

fn appointment_section(
    i18n: &I18n,
    dossier: &Dossier,
    appointment: Option<&Appointment>,
    more: usize,
    m: Moment,
) -> Element {
    rsx! {
        section { class: "card appointment", "aria-labelledby": "home-appointment",
            {section_title("home-appointment", IconName::Calendar, i18n.t("home-appointment-title"))}
            match appointment {
                None => rsx! {
                    p { {i18n.t("home-appointment-none")} }
                },
                Some(a) => appointment_details(i18n, dossier, a, m),
            }
            if more > 0 {
                p { class: "more",
                    {i18n.t_args("home-appointment-more", &[("count", more.into())])}
                }
            }
        }
    }
}

fn appointment_details(i18n: &I18n, dossier: &Dossier, a: &Appointment, m: Moment) -> Element {
    let when = i18n.date_time(&a.local_start(), m.this_year());
    let with = a.with.as_ref().and_then(|id| dossier.contact(id));
    rsx! {
        p { class: "when",
            Icon { name: IconName::Clock }
            span { {when} }
        }
        if a.compulsory {
            div { class: "notice",
                p { class: "notice-title",
                    Icon { name: IconName::Important }
                    span { {i18n.t("appointment-compulsory")} }
                }
                p { {i18n.t("appointment-compulsory-why")} }
            }
        }
        if a.private {
            p { class: "badges",
                Badge {
                    tone: Tone::Neutral,
                    icon: IconName::Lock,
                    text: i18n.t("appointment-private"),
                }
            }
        }
        dl { class: "details",
            {where_who_why(i18n, a, with)}
        }
    }
}

/// Tone, pictogram and message id of an expiry alert.
fn expiry_badge(alert: ExpiryAlert) -> (Tone, IconName, &'static str) {
    match alert {
        ExpiryAlert::Soon => (Tone::Warn, IconName::Hourglass, "document-alert-soon"),
        ExpiryAlert::Urgent => (Tone::Alert, IconName::Warning, "document-alert-urgent"),
        ExpiryAlert::Expired => (Tone::Alert, IconName::Warning, "document-alert-expired"),
    }
}

fn documents_section(
    i18n: &I18n,
    documents: &[ExpiringDocument<'_>],
    m: Moment,
    on_navigate: Option<EventHandler<Screen>>,
) -> Element {
    if documents.is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "card documents", "aria-labelledby": "home-documents",
            {section_title("home-documents", IconName::Document, i18n.t("home-documents-title"))}
            ul { class: "items",
                for doc in documents.iter() {
                    li { key: "{doc.document.id.as_str()}", class: "item",
                        {document_item(i18n, doc, m)}
                    }
                }
            }
            if let Some(on_navigate) = on_navigate {
                button {
                    id: "home-open-safe",
                    class: "button",
                    r#type: "button",
                    onclick: move |_| on_navigate.call(Screen::Safe),
                    Icon { name: IconName::Safe }
                    span { {i18n.t("home-documents-open")} }
                }
            }
        }
    }
}

fn document_item(i18n: &I18n, doc: &ExpiringDocument<'_>, m: Moment) -> Element {
    let (tone, icon, badge) = expiry_badge(doc.alert);
    let until = doc.document.expires().map(|d| {
        let date = i18n.date(d, m.this_year());
        let id = if doc.alert == ExpiryAlert::Expired {
            "document-expired-on"
        } else {
            "document-valid-until"
        };
        i18n.t_args(id, &[("date", date.into())])
    });
    rsx! {
        p { class: "item-title user-text", {doc.document.title()} }
        p { class: "badges",
            Badge { tone, icon, text: i18n.t(badge) }
        }
        if let Some(until) = until {
            p { class: "meta",
                Icon { name: IconName::Calendar }
                span { {until} }
            }
        }
        p { class: "meta",
            Icon { name: IconName::Document }
            span { {i18n.t(&format!("category-{}", doc.document.category.key()))} }
        }
    }
}

/// What a mandate allows, in words.
pub fn mandate_scope(i18n: &I18n, dossier: &Dossier, mandate: &Mandate) -> String {
    let title = match &mandate.kind {
        MandateKind::DocumentAccess {
            documents: DocumentScope::One(id),
        } => dossier
            .documents
            .iter()
            .find(|d| &d.id == id)
            .map(|d| d.title()),
        _ => None,
    };
    mandate.kind.sentence(i18n, title)
}

fn mandates_section(
    i18n: &I18n,
    dossier: &Dossier,
    mandates: &[GrantStanding],
    m: Moment,
    on_navigate: Option<EventHandler<Screen>>,
) -> Element {
    if mandates.is_empty() {
        return rsx! {};
    }
    rsx! {
        section { class: "card mandates", "aria-labelledby": "home-mandates",
            {section_title("home-mandates", IconName::Permission, i18n.t("home-mandates-title"))}
            ul { class: "items",
                for grant in mandates.iter() {
                    li { key: "{grant.mandate.id.as_str()}", class: "item",
                        {mandate_item(i18n, dossier, grant, m)}
                    }
                }
            }
            p { class: "hint", {i18n.t("home-mandates-hint")} }
            if let Some(on_navigate) = on_navigate {
                button {
                    id: "home-open-mandates",
                    class: "button",
                    r#type: "button",
                    onclick: move |_| on_navigate.call(Screen::Mandates),
                    Icon { name: IconName::Permission }
                    span { {i18n.t("home-mandates-open")} }
                }
            }
        }
    }
}

fn mandate_item(i18n: &I18n, dossier: &Dossier, grant: &GrantStanding, m: Moment) -> Element {
    let mandate = &grant.mandate;
    let grantee = dossier.contact(&mandate.grantee);
    let name = grantee.map_or_else(
        || i18n.t("mandate-grantee-unknown"),
        |c| c.display_name().to_owned(),
    );
    let organisation = grantee
        .filter(|c| c.person_name.is_some())
        .map(|c| c.organisation.clone());
    let ends = i18n.date(m.local_date(grant.until), m.this_year());
    rsx! {
        p { class: "item-title",
            span { class: "name user-text", {name} }
            if let Some(org) = organisation {
                " "
                span { class: "organisation user-text", {org} }
            }
        }
        p { {mandate_scope(i18n, dossier, mandate)} }
        p { class: "badges",
            Badge {
                tone: Tone::Warn,
                icon: IconName::Hourglass,
                text: i18n.t("mandate-ending-soon"),
            }
        }
        p { class: "meta",
            Icon { name: IconName::Calendar }
            span { {i18n.t_args("mandate-ends", &[("date", ends.into())])} }
        }
    }
}

fn messages_section(
    i18n: &I18n,
    unread: usize,
    on_navigate: Option<EventHandler<Screen>>,
) -> Element {
    rsx! {
        section { class: "card messages", "aria-labelledby": "home-messages",
            {section_title("home-messages", IconName::Mail, i18n.t("home-messages-title"))}
            p { class: if unread > 0 { "unread" } else { "" },
                {i18n.t_args("home-messages-unread", &[("count", unread.into())])}
            }
            if let Some(on_navigate) = on_navigate {
                button {
                    id: "home-open-messages",
                    class: "button",
                    r#type: "button",
                    onclick: move |_| on_navigate.call(Screen::Messages),
                    Icon { name: IconName::Mail }
                    span { {i18n.t("home-messages-open")} }
                }
            }
        }
    }
}
