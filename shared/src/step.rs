//! Steps of the plan: what, who does it, by when, and where it stands, with
//! the history of every change (visible progress is encouragement).
//!
//! Status changes go through [`Step::change_status`], which refuses moves the
//! method does not allow. Must never: read a clock; callers pass `now`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::id::{ContactId, ObjectiveId, StepId};

/// Who does a step.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "who", content = "contact")]
pub enum Actor {
    /// The person themself.
    Me,
    /// The referent.
    MyReferent,
    /// A partner, one of the person's contacts.
    Partner(ContactId),
}

/// Where a step stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    /// Proposed by the person, not yet taken into the plan with the referent.
    ProposedByMe,
    ToDo,
    InProgress,
    Done,
    Dropped,
}

impl StepStatus {
    /// Still something to do.
    pub fn is_open(self) -> bool {
        matches!(self, StepStatus::ToDo | StepStatus::InProgress)
    }

    /// Whether the method allows going from `self` to `to`.
    pub fn can_become(self, to: StepStatus) -> bool {
        use StepStatus::*;
        matches!(
            (self, to),
            (ProposedByMe, ToDo)
                | (ProposedByMe, Dropped)
                | (ToDo, InProgress)
                | (ToDo, Done)
                | (ToDo, Dropped)
                | (InProgress, ToDo)
                | (InProgress, Done)
                | (InProgress, Dropped)
                | (Done, InProgress)
                | (Dropped, ToDo)
        )
    }
}

/// Who made a change.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChangedBy {
    Me,
    MyReferent,
}

/// One change in a step's history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StepChange {
    pub at: DateTime<Utc>,
    pub from: Option<StepStatus>,
    pub to: StepStatus,
    pub by: ChangedBy,
}

/// Why a step or a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum StepError {
    #[error("a step needs a description")]
    EmptyWhat,
    #[error("a step cannot go from {from:?} to {to:?}")]
    Transition { from: StepStatus, to: StepStatus },
    #[error("only the referent can take a proposed step into the plan")]
    OnlyReferentAccepts,
    #[error("a change cannot be dated before the previous one")]
    BackInTime,
}

/// A step of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    pub id: StepId,
    pub objective: ObjectiveId,
    what: String,
    pub actor: Actor,
    pub due: Option<NaiveDate>,
    status: StepStatus,
    history: Vec<StepChange>,
}

impl Step {
    /// A step written with the referent: it starts as "to do".
    pub fn new(
        id: StepId,
        objective: ObjectiveId,
        what: &str,
        actor: Actor,
        due: Option<NaiveDate>,
        created: DateTime<Utc>,
    ) -> Result<Self, StepError> {
        Self::with_status(
            id,
            objective,
            what,
            actor,
            due,
            created,
            StepStatus::ToDo,
            ChangedBy::MyReferent,
        )
    }

    /// A step the person proposes: it waits for the referent.
    pub fn proposed(
        id: StepId,
        objective: ObjectiveId,
        what: &str,
        due: Option<NaiveDate>,
        created: DateTime<Utc>,
    ) -> Result<Self, StepError> {
        Self::with_status(
            id,
            objective,
            what,
            Actor::Me,
            due,
            created,
            StepStatus::ProposedByMe,
            ChangedBy::Me,
        )
    }

    #[allow(clippy::too_many_arguments)]
    fn with_status(
        id: StepId,
        objective: ObjectiveId,
        what: &str,
        actor: Actor,
        due: Option<NaiveDate>,
        created: DateTime<Utc>,
        status: StepStatus,
        by: ChangedBy,
    ) -> Result<Self, StepError> {
        let what = what.trim();
        if what.is_empty() {
            return Err(StepError::EmptyWhat);
        }
        Ok(Self {
            id,
            objective,
            what: what.to_owned(),
            actor,
            due,
            status,
            history: vec![StepChange {
                at: created,
                from: None,
                to: status,
                by,
            }],
        })
    }

    pub fn what(&self) -> &str {
        &self.what
    }
    pub fn status(&self) -> StepStatus {
        self.status
    }
    pub fn history(&self) -> &[StepChange] {
        &self.history
    }
    /// When the step was last changed.
    pub fn last_change(&self) -> DateTime<Utc> {
        self.history
            .last()
            .map(|c| c.at)
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    /// Moves the step to `to`, recording who did it and when.
    pub fn change_status(
        &mut self,
        to: StepStatus,
        by: ChangedBy,
        at: DateTime<Utc>,
    ) -> Result<(), StepError> {
        if !self.status.can_become(to) {
            return Err(StepError::Transition {
                from: self.status,
                to,
            });
        }
        if self.status == StepStatus::ProposedByMe
            && to == StepStatus::ToDo
            && by != ChangedBy::MyReferent
        {
            return Err(StepError::OnlyReferentAccepts);
        }
        if at < self.last_change() {
            return Err(StepError::BackInTime);
        }
        self.history.push(StepChange {
            at,
            from: Some(self.status),
            to,
            by,
        });
        self.status = to;
        Ok(())
    }

    /// The referent's new wording of the step: what, who, by when. The
    /// status and its history are untouched (the person owns their status).
    pub fn reword(
        &mut self,
        what: &str,
        actor: Actor,
        due: Option<NaiveDate>,
    ) -> Result<(), StepError> {
        let what = what.trim();
        if what.is_empty() {
            return Err(StepError::EmptyWhat);
        }
        self.what = what.to_owned();
        self.actor = actor;
        self.due = due;
        Ok(())
    }

    /// Whether the step is open and its due date has passed at `today`.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.due.is_some_and(|d| d < today)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn t(day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, day, 10, 0, 0).unwrap()
    }
    fn step() -> Step {
        Step::new(
            StepId::parse("s").unwrap(),
            ObjectiveId::parse("o").unwrap(),
            "Appeler la CAF",
            Actor::Me,
            NaiveDate::from_ymd_opt(2026, 3, 10),
            t(1),
        )
        .unwrap()
    }

    #[test]
    fn allowed_transitions_are_recorded() {
        let mut s = step();
        s.change_status(StepStatus::InProgress, ChangedBy::Me, t(2))
            .unwrap();
        s.change_status(StepStatus::Done, ChangedBy::Me, t(3))
            .unwrap();
        assert_eq!(s.status(), StepStatus::Done);
        let tos: Vec<_> = s.history().iter().map(|c| c.to).collect();
        assert_eq!(
            tos,
            [StepStatus::ToDo, StepStatus::InProgress, StepStatus::Done]
        );
        assert_eq!(s.history()[2].from, Some(StepStatus::InProgress));
    }

    #[test]
    fn forbidden_transitions_are_refused_and_change_nothing() {
        let mut s = step();
        assert_eq!(
            s.change_status(StepStatus::ProposedByMe, ChangedBy::Me, t(2)),
            Err(StepError::Transition {
                from: StepStatus::ToDo,
                to: StepStatus::ProposedByMe
            })
        );
        s.change_status(StepStatus::Done, ChangedBy::Me, t(2))
            .unwrap();
        assert!(
            s.change_status(StepStatus::Dropped, ChangedBy::Me, t(3))
                .is_err()
        );
        assert_eq!(s.history().len(), 2);
    }

    #[test]
    fn only_the_referent_takes_a_proposal_into_the_plan() {
        let mut s = Step::proposed(
            StepId::parse("p").unwrap(),
            ObjectiveId::parse("o").unwrap(),
            "Aller au forum emploi",
            None,
            t(1),
        )
        .unwrap();
        assert_eq!(s.status(), StepStatus::ProposedByMe);
        assert_eq!(
            s.change_status(StepStatus::ToDo, ChangedBy::Me, t(2)),
            Err(StepError::OnlyReferentAccepts)
        );
        s.change_status(StepStatus::ToDo, ChangedBy::MyReferent, t(2))
            .unwrap();
        assert_eq!(s.status(), StepStatus::ToDo);
    }

    #[test]
    fn changes_cannot_go_back_in_time_and_empty_steps_are_refused() {
        let mut s = step();
        assert_eq!(
            s.change_status(
                StepStatus::Done,
                ChangedBy::Me,
                t(1) - chrono::Duration::seconds(1)
            ),
            Err(StepError::BackInTime)
        );
        assert_eq!(
            Step::new(
                StepId::parse("x").unwrap(),
                ObjectiveId::parse("o").unwrap(),
                "  ",
                Actor::Me,
                None,
                t(1)
            ),
            Err(StepError::EmptyWhat)
        );
    }

    #[test]
    fn overdue_only_when_open() {
        let mut s = step();
        let d = |day| NaiveDate::from_ymd_opt(2026, 3, day).unwrap();
        assert!(!s.is_overdue(d(10)));
        assert!(s.is_overdue(d(11)));
        s.change_status(StepStatus::Done, ChangedBy::Me, t(12))
            .unwrap();
        assert!(!s.is_overdue(d(11)));
    }
}
