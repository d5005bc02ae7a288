//! My plan: the life domains, each with its pictogram; the objectives
//! chosen with the referent (with the person's own words when they gave
//! some); the steps under each objective: what, who does it, by when,
//! where it stands, in words and pictogram. Progress is shown in numbers
//! ("3 étapes faites sur 7"): visible progress is encouragement.
//!
//! The person can mark one of their own open steps done: a button, then a
//! question, then the core's rule ([`Action::StepDone`]) and the store.

use chrono::NaiveDate;
use dioxus::prelude::*;
use parcours_core::dossier::Dossier;
use parcours_core::id::StepId;
use parcours_core::plan::{LifeDomain, Objective};
use parcours_core::step::{Actor, Step, StepStatus};

use super::OnAction;
use super::home::step_status_id;
use crate::app::Shared;
use crate::components::{Badge, FocusRequest, Icon, IconName, ScreenTitle, Tone, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::state::Action;

/// The `id` of the plan screen's title.
pub const PLAN_HEADING: &str = "plan-title";

/// How many steps are done out of those in the plan (dropped steps and
/// proposals not yet taken into the plan are not counted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Progress {
    pub done: usize,
    pub total: usize,
}

impl Progress {
    pub fn of<'a>(steps: impl IntoIterator<Item = &'a Step>) -> Self {
        let mut p = Progress::default();
        for s in steps {
            match s.status() {
                StepStatus::Dropped | StepStatus::ProposedByMe => {}
                StepStatus::Done => {
                    p.done += 1;
                    p.total += 1;
                }
                StepStatus::ToDo | StepStatus::InProgress => p.total += 1,
            }
        }
        p
    }

    /// "3 étapes faites sur 7."
    pub fn sentence(self, i18n: &I18n) -> String {
        i18n.t_args(
            "plan-progress",
            &[("done", self.done.into()), ("total", self.total.into())],
        )
    }
}

/// Tone, pictogram of a step's status (its words: [`step_status_id`]).
pub fn step_status_look(status: StepStatus) -> (Tone, IconName) {
    match status {
        StepStatus::ProposedByMe => (Tone::Neutral, IconName::Proposed),
        StepStatus::ToDo => (Tone::Neutral, IconName::ToDo),
        StepStatus::InProgress => (Tone::Info, IconName::Clock),
        StepStatus::Done => (Tone::Success, IconName::Done),
        StepStatus::Dropped => (Tone::Neutral, IconName::Dropped),
    }
}

/// Who does a step, in words.
pub fn actor_name(i18n: &I18n, dossier: &Dossier, actor: &Actor) -> String {
    match actor {
        Actor::Me => i18n.t("actor-me"),
        Actor::MyReferent => i18n.t("actor-referent"),
        Actor::Partner(id) => match dossier.contact(id) {
            Some(c) => i18n.t_args("actor-partner", &[("name", c.display_name().into())]),
            None => i18n.t("mandate-grantee-unknown"),
        },
    }
}

/// The order of steps under an objective: open ones by due date (undated
/// last), then proposals, then done, then dropped.
fn step_order(step: &Step) -> (u8, bool, Option<NaiveDate>) {
    let group = match step.status() {
        StepStatus::ToDo | StepStatus::InProgress => 0,
        StepStatus::ProposedByMe => 1,
        StepStatus::Done => 2,
        StepStatus::Dropped => 3,
    };
    (group, step.due.is_none(), step.due)
}

/// Whether the person can mark this step done from the app.
pub fn can_mark_done(step: &Step) -> bool {
    step.actor == Actor::Me && step.status().is_open()
}

/// What the person last did on a step, and how it went.
#[derive(Debug, Clone, PartialEq)]
struct Feedback {
    step: StepId,
    /// `Err` holds the explanation of what went wrong.
    result: Result<(), String>,
}

#[component]
pub fn Plan(dossier: Shared<Dossier>, moment: Moment, on_action: OnAction) -> Element {
    let i18n = use_i18n();
    let confirming = use_signal(|| None::<StepId>);
    let feedback = use_signal(|| None::<Feedback>);
    let all = Progress::of(&dossier.steps);
    let domains: Vec<LifeDomain> = LifeDomain::ALL
        .into_iter()
        .filter(|d| dossier.objectives.iter().any(|o| o.domain == *d))
        .collect();
    let ui = StepUi {
        confirming,
        feedback,
        on_action,
        focus: use_focus(),
    };
    rsx! {
        div { class: "screen plan",
            ScreenTitle { id: PLAN_HEADING, text: i18n.t("plan-title") }
            p { class: "intro", {i18n.t("plan-intro")} }
            section { class: "card progress-card", "aria-labelledby": "plan-progress-title",
                h2 { id: "plan-progress-title",
                    Icon { name: IconName::Steps }
                    span { {i18n.t("plan-progress-title")} }
                }
                {progress_view(&i18n, all, "plan-progress-all")}
            }
            if dossier.objectives.is_empty() {
                p { class: "card calm", {i18n.t("plan-empty")} }
            }
            for domain in domains {
                section {
                    key: "{domain.key()}",
                    class: "domain",
                    "aria-labelledby": "domain-{domain.key()}",
                    h2 { id: "domain-{domain.key()}", class: "domain-title",
                        Icon { name: IconName::of_domain(domain) }
                        span { {i18n.t(&format!("domain-{}", domain.key()))} }
                    }
                    for objective in dossier.objectives.iter().filter(|o| o.domain == domain) {
                        {objective_card(&i18n, &dossier, objective, moment, ui)}
                    }
                }
            }
        }
    }
}

/// The text and bar of a progress; `id` names the text for the bar.
fn progress_view(i18n: &I18n, p: Progress, id: &str) -> Element {
    let percent = (p.done * 100).checked_div(p.total).unwrap_or(0);
    rsx! {
        div { class: "progress",
            p { id, class: "progress-text", {p.sentence(i18n)} }
            div { class: "progress-bar", "aria-hidden": "true",
                div { class: "progress-fill", style: "width: {percent}%" }
            }
        }
    }
}

/// The signals and callback the steps' buttons share.
#[derive(Clone, Copy)]
struct StepUi {
    confirming: Signal<Option<StepId>>,
    feedback: Signal<Option<Feedback>>,
    on_action: OnAction,
    focus: FocusRequest,
}

fn objective_card(
    i18n: &I18n,
    dossier: &Dossier,
    objective: &Objective,
    m: Moment,
    ui: StepUi,
) -> Element {
    let oid = objective.id.as_str();
    let mut steps: Vec<&Step> = dossier
        .steps
        .iter()
        .filter(|s| s.objective == objective.id)
        .collect();
    steps.sort_by_key(|s| step_order(s));
    let progress = Progress::of(steps.iter().copied());
    // The person's own words, set apart in their own direction.
    let (words_before, words_after) = i18n.around("plan-in-my-words", "words");
    rsx! {
        article {
            key: "{oid}",
            class: "card objective",
            "aria-labelledby": "objective-{oid}",
            h3 { id: "objective-{oid}", class: "objective-title user-text", {objective.title()} }
            if let Some(words) = &objective.in_my_words {
                p { class: "in-my-words",
                    {words_before}
                    span { class: "user-text", {words.as_str()} }
                    {words_after}
                }
            }
            if steps.is_empty() {
                p { class: "meta", {i18n.t("plan-no-step")} }
            } else {
                {progress_view(i18n, progress, &format!("objective-progress-{oid}"))}
                h4 { class: "visually-hidden", {i18n.t("plan-steps-title")} }
                ul { class: "items steps",
                    for step in steps {
                        {step_item(i18n, dossier, step, m, ui)}
                    }
                }
            }
        }
    }
}

fn step_item(i18n: &I18n, dossier: &Dossier, step: &Step, m: Moment, ui: StepUi) -> Element {
    let StepUi {
        mut confirming,
        mut feedback,
        on_action,
        focus,
    } = ui;
    let sid = step.id.as_str().to_owned();
    let status = step.status();
    let (tone, icon) = step_status_look(status);
    let overdue = step.is_overdue(m.today());
    let who = i18n.t_args(
        "plan-step-who",
        &[("who", actor_name(i18n, dossier, &step.actor).into())],
    );
    let when = match status {
        StepStatus::Done => step
            .history()
            .iter()
            .rev()
            .find(|c| c.to == StepStatus::Done)
            .map(|c| {
                let date = i18n.date(m.local_date(c.at), m.this_year());
                i18n.t_args("plan-step-done-on", &[("date", date.into())])
            }),
        StepStatus::Dropped => None,
        _ => step.due.map(|d| {
            let date = i18n.date(d, m.this_year());
            let id = if overdue { "step-was-due" } else { "step-due" };
            i18n.t_args(id, &[("date", date.into())])
        }),
    };
    let is_confirming = confirming.read().as_ref() == Some(&step.id);
    let my_feedback = feedback
        .read()
        .as_ref()
        .filter(|f| f.step == step.id)
        .map(|f| match &f.result {
            Ok(()) => (true, i18n.t("plan-done-saved")),
            Err(e) => (false, e.clone()),
        });
    let class = match (status, overdue) {
        (_, true) => "item step overdue",
        (StepStatus::Done, _) => "item step done",
        (StepStatus::Dropped, _) => "item step dropped",
        _ => "item step",
    };
    let title_id = format!("step-{sid}");
    let button_id = format!("step-done-{sid}");
    let question_id = format!("step-confirm-{sid}");
    let feedback_id = format!("step-feedback-{sid}");
    let (id_ask, id_yes) = (step.id.clone(), step.id.clone());
    let (q_ask, fb_yes, b_no) = (question_id.clone(), feedback_id.clone(), button_id.clone());
    let i18n_yes = i18n.clone();
    rsx! {
        li { key: "{sid}", class,
            p { id: "{title_id}", class: "item-title user-text", {step.what()} }
            p { class: "badges",
                Badge { tone, icon, text: i18n.t(step_status_id(status)) }
                if overdue {
                    Badge {
                        tone: Tone::Alert,
                        icon: IconName::Warning,
                        text: i18n.t("step-overdue"),
                    }
                }
            }
            p { class: "meta",
                Icon { name: IconName::Person }
                span { {who} }
            }
            if let Some(when) = when {
                p { class: "meta",
                    Icon { name: IconName::Calendar }
                    span { {when} }
                }
            }
            if status == StepStatus::ProposedByMe {
                p { class: "meta", {i18n.t("plan-step-proposed-hint")} }
            }
            if can_mark_done(step) {
                if is_confirming {
                    div { class: "confirm", role: "group", "aria-labelledby": "{question_id}",
                        p {
                            id: "{question_id}",
                            class: "confirm-question",
                            tabindex: "-1",
                            onmounted: focus.on_mounted(question_id.clone()),
                            {i18n.t("plan-confirm-done")}
                        }
                        div { class: "actions",
                            button {
                                id: "step-done-yes-{sid}",
                                class: "button primary",
                                r#type: "button",
                                onclick: move |_| {
                                    let result = on_action
                                        .call(Action::StepDone(id_yes.clone()))
                                        .map_err(|e| e.explain(&i18n_yes));
                                    feedback.set(Some(Feedback { step: id_yes.clone(), result }));
                                    confirming.set(None);
                                    focus.request(fb_yes.clone());
                                },
                                Icon { name: IconName::Check }
                                span { {i18n.t("plan-confirm-done-yes")} }
                            }
                            button {
                                id: "step-done-no-{sid}",
                                class: "button secondary",
                                r#type: "button",
                                onclick: move |_| {
                                    confirming.set(None);
                                    focus.request(b_no.clone());
                                },
                                Icon { name: IconName::Cross }
                                span { {i18n.t("plan-confirm-done-no")} }
                            }
                        }
                    }
                } else {
                    button {
                        id: "{button_id}",
                        class: "button",
                        r#type: "button",
                        "aria-describedby": "{title_id}",
                        onmounted: focus.on_mounted(button_id.clone()),
                        onclick: move |_| {
                            confirming.set(Some(id_ask.clone()));
                            feedback.set(None);
                            focus.request(q_ask.clone());
                        },
                        Icon { name: IconName::Check }
                        span { {i18n.t("plan-mark-done")} }
                    }
                }
            }
            if let Some((ok, text)) = my_feedback {
                p {
                    id: "{feedback_id}",
                    class: if ok { "feedback ok" } else { "feedback error" },
                    role: "status",
                    tabindex: "-1",
                    onmounted: focus.on_mounted(feedback_id.clone()),
                    Icon { name: if ok { IconName::Done } else { IconName::Warning } }
                    span { {text} }
                }
            }
        }
    }
}
