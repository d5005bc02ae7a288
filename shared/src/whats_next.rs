//! "What's next", the home screen: the next things to do, the next
//! appointment, documents and mandates ending soon, unread messages.
//!
//! A pure function of the dossier and a given `now`. Must never: read a
//! clock, or do I/O; whether a mandate is in force comes from the verifier.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

use crate::appointment::Appointment;
use crate::document::{DocumentMeta, ExpiryAlert};
use crate::dossier::Dossier;
use crate::mandate::verify::GrantStanding;
use crate::step::{Actor, Step, StepStatus};

/// At most this many steps on the home screen.
pub const MAX_STEPS: usize = 3;
/// Mandates ending within this many days show on the home screen.
pub const MANDATE_WARNING_DAYS: i64 = 30;

/// A step to do, with whether it is late.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepToDo<'a> {
    pub step: &'a Step,
    pub overdue: bool,
}

/// A document that expires soon or has expired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExpiringDocument<'a> {
    pub document: &'a DocumentMeta,
    pub alert: ExpiryAlert,
}

/// What the home screen shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhatsNext<'a> {
    /// The person's own open steps: late ones first, then by due date.
    pub steps: Vec<StepToDo<'a>>,
    /// The next appointment that is not cancelled and not over.
    pub next_appointment: Option<&'a Appointment>,
    /// How many more appointments are ahead after that one.
    pub more_appointments: usize,
    /// Expired first, then by expiry date.
    pub documents: Vec<ExpiringDocument<'a>>,
    /// Mandates in force that end within [`MANDATE_WARNING_DAYS`] (as the
    /// verifier decides them), soonest first.
    pub mandates_ending: Vec<GrantStanding>,
    pub unread_messages: usize,
}

impl WhatsNext<'_> {
    /// Nothing to show: the home screen says so plainly.
    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
            && self.next_appointment.is_none()
            && self.documents.is_empty()
            && self.mandates_ending.is_empty()
            && self.unread_messages == 0
    }
}

/// Computes what's next at `now`, with dates judged in the person's time zone `tz`.
pub fn whats_next(dossier: &Dossier, now: DateTime<Utc>, tz: Tz) -> WhatsNext<'_> {
    let today: NaiveDate = now.with_timezone(&tz).date_naive();

    let mut steps: Vec<StepToDo<'_>> = dossier
        .steps
        .iter()
        .filter(|s| s.actor == Actor::Me && s.status().is_open())
        .map(|s| StepToDo {
            step: s,
            overdue: s.is_overdue(today),
        })
        .collect();
    steps.sort_by(|a, b| {
        b.overdue
            .cmp(&a.overdue)
            .then_with(|| match (a.step.due, b.step.due) {
                (Some(x), Some(y)) => x.cmp(&y),
                (Some(_), None) => std::cmp::Ordering::Less,
                (None, Some(_)) => std::cmp::Ordering::Greater,
                (None, None) => std::cmp::Ordering::Equal,
            })
            .then_with(|| {
                (b.step.status() == StepStatus::InProgress)
                    .cmp(&(a.step.status() == StepStatus::InProgress))
            })
            .then_with(|| a.step.id.cmp(&b.step.id))
    });
    steps.truncate(MAX_STEPS);

    let mut upcoming: Vec<&Appointment> = dossier
        .appointments
        .iter()
        .filter(|a| a.is_upcoming(now))
        .collect();
    upcoming.sort_by(|a, b| a.start().cmp(&b.start()).then_with(|| a.id.cmp(&b.id)));
    let next_appointment = upcoming.first().copied();
    let more_appointments = upcoming.len().saturating_sub(1);

    let mut documents: Vec<ExpiringDocument<'_>> = dossier
        .documents
        .iter()
        .filter_map(|d| {
            d.expiry_alert(today)
                .map(|alert| ExpiringDocument { document: d, alert })
        })
        .collect();
    documents.sort_by(|a, b| {
        (b.alert == ExpiryAlert::Expired)
            .cmp(&(a.alert == ExpiryAlert::Expired))
            .then_with(|| a.document.expires().cmp(&b.document.expires()))
            .then_with(|| a.document.id.cmp(&b.document.id))
    });

    let horizon = now + Duration::days(MANDATE_WARNING_DAYS);
    let verdict = dossier.mandates(now);
    // A mandate the person already renewed does not end soon any more.
    let mut mandates_ending: Vec<GrantStanding> = verdict
        .in_force()
        .filter(|g| g.until <= horizon && !verdict.renewed(g))
        .cloned()
        .collect();
    mandates_ending.sort_by(|a, b| {
        a.until
            .cmp(&b.until)
            .then_with(|| a.mandate.id.cmp(&b.mandate.id))
    });

    let unread_messages = dossier.messages.iter().filter(|m| m.is_unread()).count();

    WhatsNext {
        steps,
        next_appointment,
        more_appointments,
        documents,
        mandates_ending,
        unread_messages,
    }
}
