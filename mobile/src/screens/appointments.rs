//! My appointments: those to come, then those past. Each says when in
//! full, where, with whom and why (a private one only says "Rendez-vous
//! privé"), what to bring, and whether it is compulsory, in words.
//!
//! The person can confirm, ask for another date or cancel. Cancelling a
//! compulsory appointment first says plainly what may happen, then asks a
//! second time; a normal one asks once. Every change goes through the
//! core ([`Action`]) and the store. "Add to my calendar" gives an `.ics`
//! file.

use dioxus::prelude::*;
use parcours_core::appointment::{Appointment, AppointmentStatus};
use parcours_core::contact::Contact;
use parcours_core::dossier::Dossier;
use parcours_core::id::AppointmentId;

use super::OnAction;
use crate::app::Shared;
use crate::components::{Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, use_focus};
use crate::exports::{data_url, file_name, ics};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::state::Action;

/// The `id` of the appointments screen's title.
pub const APPOINTMENTS_HEADING: &str = "appointments-title";

/// Message id, tone and pictogram of an appointment's status.
pub fn status_look(status: AppointmentStatus) -> (&'static str, Tone, IconName) {
    match status {
        AppointmentStatus::Planned => (
            "appointment-status-planned",
            Tone::Neutral,
            IconName::Calendar,
        ),
        AppointmentStatus::Confirmed => (
            "appointment-status-confirmed",
            Tone::Success,
            IconName::Done,
        ),
        AppointmentStatus::NewDateAsked => (
            "appointment-status-new-date-asked",
            Tone::Warn,
            IconName::Hourglass,
        ),
        AppointmentStatus::CancelledByMe => (
            "appointment-status-cancelled-by-me",
            Tone::Neutral,
            IconName::Dropped,
        ),
        AppointmentStatus::CancelledByThem => (
            "appointment-status-cancelled-by-them",
            Tone::Neutral,
            IconName::Dropped,
        ),
        AppointmentStatus::Attended => {
            ("appointment-status-attended", Tone::Success, IconName::Done)
        }
        AppointmentStatus::Missed => ("appointment-status-missed", Tone::Alert, IconName::Warning),
    }
}

/// Where the person is in cancelling an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CancelStage {
    /// A normal appointment: "Do you want to cancel?", once.
    Ask,
    /// A compulsory one: what may happen, and advice.
    Warning,
    /// A compulsory one, after the warning: the last question.
    Final,
}

/// What the person last did on an appointment, and how it went.
#[derive(Debug, Clone, PartialEq)]
struct Feedback {
    appointment: AppointmentId,
    /// The message id of what was saved, or the explanation of what went wrong.
    result: Result<&'static str, String>,
}

/// The signals and callback the appointments' buttons share.
#[derive(Clone, Copy)]
struct Ui {
    cancelling: Signal<Option<(AppointmentId, CancelStage)>>,
    feedback: Signal<Option<Feedback>>,
    on_action: OnAction,
    focus: FocusRequest,
}

impl Ui {
    /// Sends `action`; the message `saved` (or the error) appears under the
    /// appointment and takes the focus.
    fn act(mut self, i18n: &I18n, id: &AppointmentId, action: Action, saved: &'static str) {
        let result = self
            .on_action
            .call(action)
            .map(|()| saved)
            .map_err(|e| e.explain(i18n));
        self.feedback.set(Some(Feedback {
            appointment: id.clone(),
            result,
        }));
        self.cancelling.set(None);
        self.focus.request(format!("appt-feedback-{}", id.as_str()));
    }

    /// Shows a step of cancelling, and moves the focus to its question.
    fn cancel_stage(mut self, id: &AppointmentId, stage: CancelStage) {
        self.feedback.set(None);
        self.cancelling.set(Some((id.clone(), stage)));
        self.focus
            .request(format!("appt-cancel-question-{}", id.as_str()));
    }

    /// Gives up cancelling: back to the cancel button.
    fn keep(mut self, id: &AppointmentId) {
        self.cancelling.set(None);
        self.focus.request(format!("appt-cancel-{}", id.as_str()));
    }
}

#[component]
pub fn Appointments(dossier: Shared<Dossier>, moment: Moment, on_action: OnAction) -> Element {
    let i18n = use_i18n();
    let ui = Ui {
        cancelling: use_signal(|| None),
        feedback: use_signal(|| None),
        on_action,
        focus: use_focus(),
    };
    let (mut upcoming, mut past): (Vec<&Appointment>, Vec<&Appointment>) = dossier
        .appointments
        .iter()
        .partition(|a| a.end() > moment.now);
    upcoming.sort_by_key(|a| a.start());
    past.sort_by_key(|a| std::cmp::Reverse(a.start()));
    rsx! {
        div { class: "screen appointments",
            ScreenTitle { id: APPOINTMENTS_HEADING, text: i18n.t("appointments-title") }
            section { "aria-labelledby": "appointments-upcoming",
                h2 { id: "appointments-upcoming", class: "group-title",
                    Icon { name: IconName::Calendar }
                    span { {i18n.t("appointments-upcoming-title")} }
                }
                if upcoming.is_empty() {
                    p { class: "card calm", {i18n.t("appointments-upcoming-none")} }
                }
                for a in upcoming {
                    {appointment_card(&i18n, &dossier, a, moment, ui, true)}
                }
            }
            section { "aria-labelledby": "appointments-past",
                h2 { id: "appointments-past", class: "group-title",
                    Icon { name: IconName::Clock }
                    span { {i18n.t("appointments-past-title")} }
                }
                if past.is_empty() {
                    p { class: "card calm", {i18n.t("appointments-past-none")} }
                }
                for a in past {
                    {appointment_card(&i18n, &dossier, a, moment, ui, false)}
                }
            }
        }
    }
}

fn appointment_card(
    i18n: &I18n,
    dossier: &Dossier,
    a: &Appointment,
    m: Moment,
    ui: Ui,
    upcoming: bool,
) -> Element {
    let aid = a.id.as_str().to_owned();
    let when = i18n.date_time(&a.local_start(), m.this_year());
    let until = i18n.t_args(
        "appointment-until",
        &[("time", i18n.time(&a.local_end()).into())],
    );
    let with = a.with.as_ref().and_then(|id| dossier.contact(id));
    let status = a.status();
    let (status_id, tone, icon) = status_look(status);
    let active = upcoming && status.is_active();
    let documents: Vec<String> = a
        .documents_to_bring
        .iter()
        .filter_map(|id| dossier.documents.iter().find(|d| &d.id == id))
        .map(|d| d.title().to_owned())
        .collect();
    let stage = ui
        .cancelling
        .read()
        .as_ref()
        .filter(|(id, _)| id == &a.id)
        .map(|(_, s)| *s);
    let feedback = ui
        .feedback
        .read()
        .as_ref()
        .filter(|f| f.appointment == a.id)
        .map(|f| match &f.result {
            Ok(id) => (true, i18n.t(id)),
            Err(e) => (false, e.clone()),
        });
    let class = if status.is_active() || !upcoming {
        "card appointment-card"
    } else {
        "card appointment-card inactive"
    };
    let title_id = format!("appt-title-{aid}");
    rsx! {
        article {
            key: "{aid}",
            class,
            id: "appt-{aid}",
            "aria-labelledby": "{title_id}",
            h3 { id: "{title_id}", class: "when",
                Icon { name: IconName::Clock }
                span { {when.clone()} }
            }
            p { class: "meta until", {until} }
            p { class: "badges",
                Badge { tone, icon, text: i18n.t(status_id) }
                if a.private {
                    Badge {
                        tone: Tone::Neutral,
                        icon: IconName::Lock,
                        text: i18n.t("appointment-private"),
                    }
                }
                if a.compulsory && !active {
                    Badge {
                        tone: Tone::Warn,
                        icon: IconName::Important,
                        text: i18n.t("appointment-compulsory"),
                    }
                }
            }
            if a.compulsory && active {
                div { class: "notice",
                    p { class: "notice-title",
                        Icon { name: IconName::Important }
                        span { {i18n.t("appointment-compulsory")} }
                    }
                    p { {i18n.t("appointment-compulsory-why")} }
                }
            }
            dl { class: "details",
                {where_who_why(i18n, a, with)}
                if !a.what_to_bring.is_empty() && upcoming {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Document }
                            span { {i18n.t("appointment-bring")} }
                        }
                        dd {
                            ul { class: "bring",
                                for (i , thing) in a.what_to_bring.iter().enumerate() {
                                    li { key: "{i}", class: "user-text", {thing.as_str()} }
                                }
                            }
                        }
                    }
                }
                if !documents.is_empty() && upcoming {
                    div { class: "detail",
                        dt {
                            Icon { name: IconName::Lock }
                            span { {i18n.t("appointment-bring-documents")} }
                        }
                        dd {
                            ul { class: "bring",
                                for (i , title) in documents.iter().enumerate() {
                                    li { key: "{i}", class: "user-text", {title.as_str()} }
                                }
                            }
                        }
                    }
                }
            }
            if active {
                match stage {
                    None => actions(i18n, a, ui),
                    Some(stage) => cancel_panel(i18n, a, stage, ui),
                }
                {calendar_link(i18n, a, &when, m)}
            }
            if let Some((ok, text)) = feedback {
                p {
                    id: "appt-feedback-{aid}",
                    class: if ok { "feedback ok" } else { "feedback error" },
                    role: "status",
                    tabindex: "-1",
                    onmounted: ui.focus.on_mounted(format!("appt-feedback-{aid}")),
                    Icon { name: if ok { IconName::Done } else { IconName::Warning } }
                    span { {text} }
                }
            }
        }
    }
}

/// Confirm, ask for another date, cancel: what the status allows.
fn actions(i18n: &I18n, a: &Appointment, ui: Ui) -> Element {
    let aid = a.id.as_str().to_owned();
    let status = a.status();
    let can_confirm = status.can_become(AppointmentStatus::Confirmed);
    let can_ask = status.can_become(AppointmentStatus::NewDateAsked);
    let can_cancel = status.can_become(AppointmentStatus::CancelledByMe);
    let stage = if a.compulsory {
        CancelStage::Warning
    } else {
        CancelStage::Ask
    };
    let (id1, id2, id3) = (a.id.clone(), a.id.clone(), a.id.clone());
    let (l1, l2) = (i18n.clone(), i18n.clone());
    rsx! {
        div { class: "actions",
            if can_confirm {
                button {
                    id: "appt-confirm-{aid}",
                    class: "button primary",
                    r#type: "button",
                    "aria-describedby": "appt-title-{aid}",
                    onclick: move |_| {
                        ui.act(&l1, &id1, Action::ConfirmAppointment(id1.clone()), "appointment-confirmed-saved")
                    },
                    Icon { name: IconName::Check }
                    span { {i18n.t("appointment-confirm")} }
                }
            }
            if can_ask {
                button {
                    id: "appt-new-date-{aid}",
                    class: "button",
                    r#type: "button",
                    "aria-describedby": "appt-title-{aid}",
                    onclick: move |_| {
                        ui.act(&l2, &id2, Action::AskNewDate(id2.clone()), "appointment-new-date-saved")
                    },
                    Icon { name: IconName::Calendar }
                    span { {i18n.t("appointment-new-date")} }
                }
            }
            if can_cancel {
                button {
                    id: "appt-cancel-{aid}",
                    class: "button secondary",
                    r#type: "button",
                    "aria-describedby": "appt-title-{aid}",
                    onmounted: ui.focus.on_mounted(format!("appt-cancel-{aid}")),
                    onclick: move |_| ui.cancel_stage(&id3, stage),
                    Icon { name: IconName::Cross }
                    span { {i18n.t("appointment-cancel")} }
                }
            }
        }
    }
}

/// The questions of cancelling: once for a normal appointment; for a
/// compulsory one, a warning of what may happen, then a last question.
fn cancel_panel(i18n: &I18n, a: &Appointment, stage: CancelStage, ui: Ui) -> Element {
    let aid = a.id.as_str().to_owned();
    let question_id = format!("appt-cancel-question-{aid}");
    let can_ask = a.status().can_become(AppointmentStatus::NewDateAsked);
    let (id_yes, id_keep, id_ask, id_anyway, id_final) = (
        a.id.clone(),
        a.id.clone(),
        a.id.clone(),
        a.id.clone(),
        a.id.clone(),
    );
    let (l_yes, l_ask, l_final) = (i18n.clone(), i18n.clone(), i18n.clone());
    let keep = rsx! {
        button {
            id: "appt-keep-{aid}",
            class: "button secondary",
            r#type: "button",
            onclick: move |_| ui.keep(&id_keep),
            Icon { name: IconName::Cross }
            span { {i18n.t("appointment-cancel-no")} }
        }
    };
    let title = |text: String| {
        rsx! {
            p {
                id: "{question_id}",
                class: "confirm-question",
                tabindex: "-1",
                onmounted: ui.focus.on_mounted(question_id.clone()),
                {text}
            }
        }
    };
    match stage {
        CancelStage::Ask => rsx! {
            div { class: "confirm", role: "group", "aria-labelledby": "{question_id}",
                {title(i18n.t("appointment-cancel-question"))}
                div { class: "actions",
                    button {
                        id: "appt-cancel-yes-{aid}",
                        class: "button danger",
                        r#type: "button",
                        onclick: move |_| {
                            ui.act(
                                &l_yes,
                                &id_yes,
                                Action::CancelAppointment {
                                    id: id_yes.clone(),
                                    understood_consequences: false,
                                },
                                "appointment-cancelled-saved",
                            )
                        },
                        Icon { name: IconName::Check }
                        span { {i18n.t("appointment-cancel-yes")} }
                    }
                    {keep}
                }
            }
        },
        CancelStage::Warning => rsx! {
            div {
                class: "confirm warning",
                role: "group",
                "aria-labelledby": "{question_id}",
                "aria-describedby": "appt-warning-text-{aid}",
                {title(i18n.t("appointment-cancel-warning-title"))}
                div { id: "appt-warning-text-{aid}",
                    p { class: "warning-text",
                        Icon { name: IconName::Warning }
                        span { {i18n.t("appointment-cancel-warning")} }
                    }
                    p { {i18n.t("appointment-cancel-advice")} }
                }
                div { class: "actions",
                    if can_ask {
                        button {
                            id: "appt-warning-new-date-{aid}",
                            class: "button primary",
                            r#type: "button",
                            onclick: move |_| {
                                ui.act(&l_ask, &id_ask, Action::AskNewDate(id_ask.clone()), "appointment-new-date-saved")
                            },
                            Icon { name: IconName::Calendar }
                            span { {i18n.t("appointment-new-date")} }
                        }
                    }
                    {keep}
                    button {
                        id: "appt-cancel-anyway-{aid}",
                        class: "button danger",
                        r#type: "button",
                        onclick: move |_| ui.cancel_stage(&id_anyway, CancelStage::Final),
                        Icon { name: IconName::Warning }
                        span { {i18n.t("appointment-cancel-anyway")} }
                    }
                }
            }
        },
        CancelStage::Final => rsx! {
            div { class: "confirm warning", role: "group", "aria-labelledby": "{question_id}",
                {title(i18n.t("appointment-cancel-final-question"))}
                div { class: "actions",
                    {keep}
                    button {
                        id: "appt-cancel-final-{aid}",
                        class: "button danger",
                        r#type: "button",
                        onclick: move |_| {
                            ui.act(
                                &l_final,
                                &id_final,
                                Action::CancelAppointment {
                                    id: id_final.clone(),
                                    understood_consequences: true,
                                },
                                "appointment-cancelled-saved",
                            )
                        },
                        Icon { name: IconName::Check }
                        span { {i18n.t("appointment-cancel-final-yes")} }
                    }
                }
            }
        },
    }
}

/// "Add to my calendar": the appointment as an `.ics` file.
fn calendar_link(i18n: &I18n, a: &Appointment, when: &str, m: Moment) -> Element {
    let content = ics(i18n, a, m.now);
    let name = file_name(
        &format!(
            "{}-{}",
            i18n.t("ics-file-name"),
            a.local_start().format("%Y-%m-%d")
        ),
        "ics",
    );
    rsx! {
        p { class: "calendar",
            a {
                class: "link-button",
                href: data_url("text/calendar", &content),
                download: name,
                r#type: "text/calendar",
                "aria-label": i18n.t_args("appointment-calendar-name", &[("date", when.into())]),
                Icon { name: IconName::CalendarAdd }
                span { {i18n.t("appointment-calendar")} }
            }
        }
        if a.private {
            p { class: "meta", {i18n.t("appointment-calendar-private-hint")} }
        }
    }
}

/// Where, with whom and why (never why for a private appointment): the
/// details shared by Home and this screen, inside their `dl`.
pub fn where_who_why(i18n: &I18n, a: &Appointment, with: Option<&Contact>) -> Element {
    rsx! {
            div { class: "detail",
                dt {
                    Icon { name: IconName::Place }
                    span { {i18n.t("appointment-where")} }
                }
                dd { class: "user-text", {a.place.as_str()} }
            }
            if let Some(c) = with {
                div { class: "detail",
                    dt {
                        Icon { name: IconName::Person }
                        span { {i18n.t("appointment-with")} }
                    }
                    dd {
                        span { class: "name user-text", {c.display_name()} }
                        if c.person_name.is_some() {
                            " "
                            span { class: "organisation user-text", {c.organisation.as_str()} }
                        }
                    }
                }
            }
            // A private appointment never shows its purpose.
            if !a.private {
                div { class: "detail",
                    dt {
                        Icon { name: IconName::Why }
                        span { {i18n.t("appointment-why")} }
                    }
                    dd { class: "user-text", {a.purpose()} }
                }
            }
    }
}
