//! "Give a permission", on the mandates screen: the person chooses one of
//! their contacts, what that contact may do for them (follow the whole
//! path, talk about some subjects with the referent, see some papers, do
//! one procedure), and until when (never longer than the kind allows).
//! Then the app says the whole permission in plain sentences, asks the PIN
//! when one is set, and only a second tap sends a
//! [`Action::GrantMandate`]: the safe confirms, signs, saves and queues it.
//!
//! Also how a PIN typed before stopping or renewing a permission is read
//! ([`typed_pin`]; the field itself is [`crate::components::pin_field`]).
//!
//! Must never: decide what a mandate allows or whether it is in force (the
//! core's sentence and verifier do), or keep a typed PIN after the form
//! is closed.

use chrono::Duration;
use dioxus::prelude::*;
use parcours_core::document::Category;
use parcours_core::dossier::Dossier;
use parcours_core::id::ContactId;
use parcours_core::mandate::manage::grantee_name;
use parcours_core::mandate::{DocumentScope, MandateKind};
use parcours_core::plan::LifeDomain;
use parcours_core::safe::SafeError;
use parcours_core::safe::pin::Pin;

use super::OnAction;
use super::share::contact_name;
use crate::app::Shared;
use crate::components::{FocusRequest, Icon, IconName, pin_field, use_focus};
use crate::i18n::{I18n, Moment, use_i18n};
use crate::state::{Action, ActionError};

/// The `id` of the "Give a permission" button (where the focus goes back).
pub const GRANT_OPEN: &str = "grant-open";
/// The `id` of the line that says what the form is missing, or what went
/// wrong.
pub const GRANT_ERROR: &str = "grant-error";
/// The `id` of the question before the second tap.
pub const GRANT_QUESTION: &str = "grant-question";

/// What the contact may do, as the person picks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// Follow my whole path (coordination).
    FollowMyPath,
    /// Talk about these subjects with my referent (information sharing).
    TalkAbout,
    /// See my papers of one category (document access).
    SeePapers,
    /// Do one procedure for me (acting on my behalf).
    DoProcedure,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [
        Purpose::FollowMyPath,
        Purpose::TalkAbout,
        Purpose::SeePapers,
        Purpose::DoProcedure,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Purpose::FollowMyPath => "coordination",
            Purpose::TalkAbout => "information",
            Purpose::SeePapers => "documents",
            Purpose::DoProcedure => "act",
        }
    }

    /// The words for it.
    pub fn label_id(self) -> &'static str {
        match self {
            Purpose::FollowMyPath => "grant-what-coordination",
            Purpose::TalkAbout => "grant-what-information",
            Purpose::SeePapers => "grant-what-documents",
            Purpose::DoProcedure => "grant-what-act",
        }
    }
}

/// How long, as the person picks it: in days.
pub const LENGTHS: [(i64, &str); 4] = [
    (30, "grant-length-1-month"),
    (90, "grant-length-3-months"),
    (182, "grant-length-6-months"),
    (365, "grant-length-1-year"),
];

/// What the person filled in so far.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Draft {
    pub grantee: Option<ContactId>,
    pub purpose: Option<Purpose>,
    pub domains: Vec<LifeDomain>,
    pub category: Option<Category>,
    pub procedure: String,
    /// Days from now.
    pub days: Option<i64>,
}

/// Why the draft is not a mandate yet: the message id that says what to
/// choose.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Missing {
    Grantee,
    Purpose,
    Domain,
    Category,
    Procedure,
    Length,
}

impl Missing {
    pub fn message_id(self) -> &'static str {
        match self {
            Missing::Grantee => "grant-missing-who",
            Missing::Purpose => "grant-missing-what",
            Missing::Domain => "grant-missing-domain",
            Missing::Category => "grant-missing-category",
            Missing::Procedure => "grant-missing-procedure",
            Missing::Length => "grant-missing-length",
        }
    }
}

impl Draft {
    /// The mandate's kind, or what is missing to make it.
    pub fn kind(&self) -> Result<MandateKind, Missing> {
        match self.purpose.ok_or(Missing::Purpose)? {
            Purpose::FollowMyPath => Ok(MandateKind::Coordination),
            Purpose::TalkAbout => {
                // In the plan's order, whatever the order of the taps.
                let domains: Vec<LifeDomain> = LifeDomain::ALL
                    .into_iter()
                    .filter(|d| self.domains.contains(d))
                    .collect();
                if domains.is_empty() {
                    return Err(Missing::Domain);
                }
                Ok(MandateKind::InformationSharing { domains })
            }
            Purpose::SeePapers => Ok(MandateKind::DocumentAccess {
                documents: DocumentScope::Category(self.category.ok_or(Missing::Category)?),
            }),
            Purpose::DoProcedure => {
                let procedure = self.procedure.trim();
                if procedure.is_empty() {
                    return Err(Missing::Procedure);
                }
                Ok(MandateKind::ActOnMyBehalf {
                    procedure: procedure.to_owned(),
                })
            }
        }
    }

    /// The lengths this purpose allows (never longer than the kind's
    /// default duration, which the core enforces too).
    pub fn lengths(&self) -> Vec<(i64, &'static str)> {
        let most = self
            .kind()
            .map(|k| k.default_duration())
            .or_else(|_| match self.purpose {
                Some(p) => Ok(purpose_longest(p)),
                None => Err(()),
            })
            .unwrap_or(Duration::days(365));
        LENGTHS
            .into_iter()
            .filter(|(days, _)| Duration::days(*days) <= most)
            .collect()
    }

    /// Who, what and how long, all chosen; or the first thing missing, in
    /// the form's order.
    pub fn complete(&self) -> Result<(ContactId, MandateKind, i64), Missing> {
        let grantee = self.grantee.clone().ok_or(Missing::Grantee)?;
        let kind = self.kind()?;
        let days = self
            .days
            .filter(|d| self.lengths().iter().any(|(l, _)| l == d))
            .ok_or(Missing::Length)?;
        Ok((grantee, kind, days))
    }
}

/// The longest a purpose allows, before its scope is chosen.
fn purpose_longest(p: Purpose) -> Duration {
    match p {
        Purpose::FollowMyPath => MandateKind::Coordination,
        Purpose::TalkAbout => MandateKind::InformationSharing { domains: vec![] },
        Purpose::SeePapers => MandateKind::DocumentAccess {
            documents: DocumentScope::Category(Category::Other),
        },
        Purpose::DoProcedure => MandateKind::ActOnMyBehalf {
            procedure: String::new(),
        },
    }
    .default_duration()
}

/// A PIN typed to confirm: parsed, or the core's words for what is wrong.
pub fn typed_pin(i18n: &I18n, pin_set: bool, typed: &str) -> Result<Option<Pin>, String> {
    if !pin_set {
        return Ok(None);
    }
    Pin::parse(typed.trim())
        .map(Some)
        .map_err(|e| ActionError::Safe(SafeError::Pin(e)).explain(i18n))
}

#[derive(Clone, Copy)]
struct Ui {
    open: Signal<bool>,
    draft: Signal<Draft>,
    /// The second step: the whole permission said, waiting for the tap.
    asking: Signal<bool>,
    error: Signal<Option<String>>,
    pin: Signal<String>,
    focus: FocusRequest,
}

impl Ui {
    fn close(mut self) {
        self.open.set(false);
        self.asking.set(false);
        self.draft.set(Draft::default());
        self.error.set(None);
        self.pin.set(String::new());
    }

    fn fail(mut self, text: String) {
        self.error.set(Some(text));
        self.focus.request(GRANT_ERROR);
    }
}

/// The card "Give a permission". `on_done` gets the sentence to say once a
/// permission is given.
#[component]
pub fn GrantCard(
    dossier: Shared<Dossier>,
    moment: Moment,
    pin_set: bool,
    on_action: OnAction,
    on_done: Callback<String>,
) -> Element {
    let i18n = use_i18n();
    let ui = Ui {
        open: use_signal(|| false),
        draft: use_signal(Draft::default),
        asking: use_signal(|| false),
        error: use_signal(|| None),
        pin: use_signal(String::new),
        focus: use_focus(),
    };
    let mut open = ui.open;
    let focus = ui.focus;
    let body = if !(ui.open)() {
        rsx! {
            div { class: "actions",
                button {
                    id: GRANT_OPEN,
                    class: "button",
                    r#type: "button",
                    onmounted: focus.on_mounted(GRANT_OPEN.to_owned()),
                    onclick: move |_| {
                        open.set(true);
                        focus.request("grant-who-legend");
                    },
                    Icon { name: IconName::Permission }
                    span { {i18n.t("grant-open")} }
                }
            }
        }
    } else if dossier.contacts.is_empty() {
        rsx! { p { class: "meta", {i18n.t("grant-no-contact")} } }
    } else if (ui.asking)() {
        question(&i18n, &dossier, moment, pin_set, on_action, on_done, ui)
    } else {
        form(&i18n, &dossier, moment, ui)
    };
    let error = ui.error.read().clone();
    rsx! {
        section { class: "card grant", "aria-labelledby": "grant-title",
            h2 { id: "grant-title",
                Icon { name: IconName::Permission }
                span { {i18n.t("grant-title")} }
            }
            p { class: "intro", {i18n.t("grant-intro")} }
            {body}
            div { role: "status",
                if let Some(text) = error {
                    p {
                        id: GRANT_ERROR,
                        class: "feedback error",
                        tabindex: "-1",
                        onmounted: focus.on_mounted(GRANT_ERROR.to_owned()),
                        Icon { name: IconName::Warning }
                        span { {text} }
                    }
                }
            }
        }
    }
}

fn form(i18n: &I18n, dossier: &Dossier, m: Moment, ui: Ui) -> Element {
    let Ui {
        mut draft,
        mut asking,
        mut error,
        focus,
        ..
    } = ui;
    let current = draft.read().clone();
    let lengths = current.lengths();
    let i18n_next = i18n.clone();
    rsx! {
        fieldset { class: "choices grant-who",
            legend { id: "grant-who-legend", tabindex: "-1",
                onmounted: focus.on_mounted("grant-who-legend".to_owned()),
                {i18n.t("grant-who")}
            }
            for c in dossier.contacts.iter() {
                label { key: "{c.id}", class: "choice",
                    input {
                        r#type: "radio",
                        name: "grant-who",
                        id: "grant-who-{c.id}",
                        checked: current.grantee.as_ref() == Some(&c.id),
                        onchange: {
                            let id = c.id.clone();
                            move |_| draft.write().grantee = Some(id.clone())
                        },
                    }
                    span { class: "choice-mark", "aria-hidden": "true" }
                    span { class: "choice-text",
                        strong { class: "user-text", {contact_name(c)} }
                        if c.person_name.is_some() {
                            br {}
                            span { class: "user-text", {c.organisation.clone()} }
                        }
                    }
                }
            }
        }
        fieldset { class: "choices grant-what",
            legend { {i18n.t("grant-what")} }
            for p in Purpose::ALL {
                label { key: "{p.key()}", class: "choice",
                    input {
                        r#type: "radio",
                        name: "grant-what",
                        id: "grant-what-{p.key()}",
                        checked: current.purpose == Some(p),
                        onchange: move |_| {
                            let mut d = draft.write();
                            d.purpose = Some(p);
                            // A length the new purpose does not allow is chosen again.
                            if let Some(days) = d.days && !d.lengths().iter().any(|(l, _)| *l == days) {
                                d.days = None;
                            }
                        },
                    }
                    span { class: "choice-mark", "aria-hidden": "true" }
                    span { class: "choice-text", {i18n.t(p.label_id())} }
                }
            }
        }
        {scope(i18n, &current, ui)}
        fieldset { class: "choices grant-length",
            legend { {i18n.t("grant-length")} }
            for (days, label) in lengths {
                label { key: "{days}", class: "choice",
                    input {
                        r#type: "radio",
                        name: "grant-length",
                        id: "grant-length-{days}",
                        checked: current.days == Some(days),
                        onchange: move |_| draft.write().days = Some(days),
                    }
                    span { class: "choice-mark", "aria-hidden": "true" }
                    span { class: "choice-text",
                        {i18n.t_args(label, &[("until", i18n.date_full(m.local_date(m.now + Duration::days(days))).into())])}
                    }
                }
            }
        }
        div { class: "actions",
            button {
                id: "grant-continue",
                class: "button primary",
                r#type: "button",
                onclick: move |_| match draft.peek().complete() {
                    Ok(_) => {
                        error.set(None);
                        asking.set(true);
                        focus.request(GRANT_QUESTION);
                    }
                    Err(missing) => ui.fail(i18n_next.t(missing.message_id())),
                },
                Icon { name: IconName::Check }
                span { {i18n.t("grant-continue")} }
            }
            button {
                id: "grant-cancel",
                class: "button secondary",
                r#type: "button",
                onclick: move |_| {
                    ui.close();
                    focus.request(GRANT_OPEN);
                },
                span { {i18n.t("grant-cancel")} }
            }
        }
    }
}

/// The part of the form that depends on the purpose: the subjects, the
/// papers' category, the procedure's name.
fn scope(i18n: &I18n, current: &Draft, ui: Ui) -> Element {
    let mut draft = ui.draft;
    match current.purpose {
        Some(Purpose::TalkAbout) => rsx! {
            fieldset { class: "choices grant-domains",
                legend { {i18n.t("grant-domains")} }
                for d in LifeDomain::ALL {
                    label { key: "{d.key()}", class: "choice",
                        input {
                            r#type: "checkbox",
                            id: "grant-domain-{d.key()}",
                            checked: current.domains.contains(&d),
                            onchange: move |e| {
                                let mut w = draft.write();
                                w.domains.retain(|x| *x != d);
                                if e.checked() {
                                    w.domains.push(d);
                                }
                            },
                        }
                        span { class: "choice-mark", "aria-hidden": "true" }
                        span { class: "choice-text", {i18n.t(&format!("domain-{}", d.key()))} }
                    }
                }
            }
        },
        Some(Purpose::SeePapers) => rsx! {
            div { class: "field",
                label { r#for: "grant-category", {i18n.t("grant-category")} }
                select {
                    id: "grant-category",
                    onchange: move |e| draft.write().category = Category::from_key(&e.value()),
                    option { value: "", selected: current.category.is_none(), {i18n.t("grant-category-choose")} }
                    for c in Category::ALL {
                        option {
                            key: "{c.key()}",
                            value: c.key(),
                            selected: current.category == Some(c),
                            {i18n.t(&format!("category-{}", c.key()))}
                        }
                    }
                }
            }
        },
        Some(Purpose::DoProcedure) => rsx! {
            div { class: "field",
                label { r#for: "grant-procedure", {i18n.t("grant-procedure")} }
                input {
                    id: "grant-procedure",
                    r#type: "text",
                    maxlength: "120",
                    "aria-describedby": "grant-procedure-hint",
                    value: "{current.procedure}",
                    oninput: move |e| draft.write().procedure = e.value(),
                }
                p { id: "grant-procedure-hint", class: "field-hint", {i18n.t("grant-procedure-hint")} }
            }
        },
        Some(Purpose::FollowMyPath) | None => rsx! {},
    }
}

/// The whole permission in plain sentences, the PIN when one is set, and
/// the second tap.
fn question(
    i18n: &I18n,
    dossier: &Dossier,
    m: Moment,
    pin_set: bool,
    on_action: OnAction,
    on_done: Callback<String>,
    ui: Ui,
) -> Element {
    let Ui {
        mut asking,
        mut error,
        pin,
        focus,
        ..
    } = ui;
    let Ok((grantee, kind, days)) = ui.draft.read().complete() else {
        return rsx! {};
    };
    let name = dossier
        .contact(&grantee)
        .map(contact_name)
        .unwrap_or_else(|| i18n.t("mandate-grantee-unknown"));
    let until = i18n.date_full(m.local_date(m.now + Duration::days(days)));
    let what = kind.sentence(i18n, None);
    let ends = m.now + Duration::days(days);
    // One person at a time follows the whole path: a new coordination ends
    // the one in force (the verifier's rule), said before the second tap.
    let replaced = (kind == MandateKind::Coordination)
        .then(|| {
            dossier
                .mandates(m.now)
                .in_force()
                .find(|g| {
                    g.mandate.kind == MandateKind::Coordination && g.mandate.grantee != grantee
                })
                .map(|g| {
                    dossier
                        .contact(&g.mandate.grantee)
                        .map(contact_name)
                        .unwrap_or_else(|| grantee_name(&dossier.contacts, &g.mandate.grantee))
                })
        })
        .flatten();
    let i18n_yes = i18n.clone();
    let name_done = name.clone();
    rsx! {
        div {
            class: "confirm",
            role: "group",
            "aria-labelledby": GRANT_QUESTION,
            p {
                id: GRANT_QUESTION,
                class: "confirm-question",
                tabindex: "-1",
                onmounted: focus.on_mounted(GRANT_QUESTION.to_owned()),
                {i18n.t("grant-question")}
            }
            p { class: "item-title user-text", {name.clone()} }
            p { {what} }
            p { class: "meta",
                Icon { name: IconName::Calendar }
                span { {i18n.t_args("mandate-ends", &[("date", until.into())])} }
            }
            if let Some(old) = replaced {
                p { class: "with-icon",
                    Icon { name: IconName::Warning }
                    span { {i18n.t_args("grant-replaces-coordination", &[("name", old.into())])} }
                }
            }
            p { {i18n.t("grant-can-stop")} }
            if pin_set {
                {pin_field(focus, "grant-pin", i18n.t("mandate-pin-label"), None, ui.error.read().is_some().then_some(GRANT_ERROR), pin)}
            }
            div { class: "actions",
                button {
                    id: "grant-yes",
                    class: "button primary",
                    r#type: "button",
                    onclick: move |_| {
                        let pin_value = match typed_pin(&i18n_yes, pin_set, &pin.peek()) {
                            Ok(p) => p,
                            Err(text) => return ui.fail(text),
                        };
                        let action = Action::GrantMandate {
                            grantee: grantee.clone(),
                            kind: kind.clone(),
                            ends,
                            pin: pin_value,
                        };
                        match on_action.call(action) {
                            Ok(()) => {
                                ui.close();
                                on_done.call(i18n_yes.t_args("grant-done", &[("name", name_done.clone().into())]));
                            }
                            Err(e) => ui.fail(e.explain(&i18n_yes)),
                        }
                    },
                    Icon { name: IconName::Check }
                    span { {i18n.t("grant-yes")} }
                }
                button {
                    id: "grant-back",
                    class: "button secondary",
                    r#type: "button",
                    onclick: move |_| {
                        asking.set(false);
                        error.set(None);
                        focus.request("grant-who-legend");
                    },
                    span { {i18n.t("grant-back")} }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_says_what_is_missing_in_the_forms_order() {
        let mut d = Draft::default();
        assert_eq!(d.complete(), Err(Missing::Grantee));
        d.grantee = Some(ContactId::parse("caf").unwrap());
        assert_eq!(d.complete(), Err(Missing::Purpose));
        d.purpose = Some(Purpose::TalkAbout);
        assert_eq!(d.complete(), Err(Missing::Domain));
        d.domains = vec![LifeDomain::Money, LifeDomain::Housing];
        assert_eq!(d.complete(), Err(Missing::Length));
        d.days = Some(365);
        // Information sharing lasts six months at most: a year is refused.
        assert_eq!(d.complete(), Err(Missing::Length));
        d.days = Some(182);
        let (_, kind, days) = d.complete().unwrap();
        assert_eq!(days, 182);
        // The subjects in the plan's order, not the order of the taps.
        assert_eq!(
            kind,
            MandateKind::InformationSharing {
                domains: vec![LifeDomain::Housing, LifeDomain::Money]
            }
        );
    }

    #[test]
    fn each_purpose_needs_its_scope_and_offers_only_the_lengths_it_allows() {
        let mut d = Draft {
            grantee: Some(ContactId::parse("caf").unwrap()),
            days: Some(30),
            ..Draft::default()
        };
        d.purpose = Some(Purpose::SeePapers);
        assert_eq!(d.complete(), Err(Missing::Category));
        d.category = Some(Category::Caf);
        assert!(d.complete().is_ok());
        assert_eq!(
            d.lengths().iter().map(|(l, _)| *l).collect::<Vec<_>>(),
            vec![30, 90]
        );
        d.purpose = Some(Purpose::DoProcedure);
        d.procedure = "   ".into();
        assert_eq!(d.complete(), Err(Missing::Procedure));
        d.procedure = " Demande de logement social ".into();
        assert_eq!(
            d.complete().unwrap().1,
            MandateKind::ActOnMyBehalf {
                procedure: "Demande de logement social".into()
            }
        );
        d.purpose = Some(Purpose::FollowMyPath);
        assert_eq!(d.complete().unwrap().1, MandateKind::Coordination);
        assert_eq!(d.lengths().len(), 4);
    }
}
