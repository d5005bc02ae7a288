//! Appointments (*rendez-vous*): when, where, with whom, why, what to bring,
//! and where they stand. Missing a compulsory one can suspend a benefit, so
//! cancelling it needs the person to confirm they understood.
//!
//! Times are instants (UTC) plus the real time zone of the place, Europe/Paris
//! by default. Must never: read a clock; callers pass `now`.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::id::{AppointmentId, ContactId, DocumentId};

/// Where an appointment stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentStatus {
    Planned,
    Confirmed,
    CancelledByMe,
    CancelledByThem,
    NewDateAsked,
    Attended,
    Missed,
}

impl AppointmentStatus {
    /// Still going to happen (or to be rescheduled).
    pub fn is_active(self) -> bool {
        matches!(
            self,
            AppointmentStatus::Planned
                | AppointmentStatus::Confirmed
                | AppointmentStatus::NewDateAsked
        )
    }

    /// Whether going from `self` to `to` is allowed.
    pub fn can_become(self, to: AppointmentStatus) -> bool {
        use AppointmentStatus::*;
        match self {
            Planned => matches!(
                to,
                Confirmed | CancelledByMe | CancelledByThem | NewDateAsked | Attended | Missed
            ),
            Confirmed => matches!(
                to,
                CancelledByMe | CancelledByThem | NewDateAsked | Attended | Missed
            ),
            NewDateAsked => matches!(to, Planned | CancelledByMe | CancelledByThem),
            CancelledByMe | CancelledByThem | Attended | Missed => false,
        }
    }
}

/// Why an appointment or a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AppointmentError {
    #[error("an appointment must end after it starts")]
    EndsBeforeStart,
    #[error("an appointment needs a purpose")]
    NoPurpose,
    #[error("an appointment cannot go from {from:?} to {to:?}")]
    Transition {
        from: AppointmentStatus,
        to: AppointmentStatus,
    },
    #[error("this appointment is compulsory: cancelling it needs an explicit confirmation")]
    CompulsoryNeedsConfirmation,
    #[error("only appointments that have started can be marked attended or missed")]
    NotYetHappened,
}

/// An appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Appointment {
    pub id: AppointmentId,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    /// Time zone of the place, for showing times.
    pub time_zone: Tz,
    pub place: String,
    pub with: Option<ContactId>,
    /// Why, in plain words.
    purpose: String,
    pub what_to_bring: Vec<String>,
    /// Documents of the safe to bring.
    pub documents_to_bring: Vec<DocumentId>,
    /// Missing it can cost a benefit (an RSA or probation meeting, say).
    pub compulsory: bool,
    /// Private: never shown to partners, and never detailed in notifications.
    pub private: bool,
    status: AppointmentStatus,
}

impl Appointment {
    #[allow(clippy::too_many_arguments)]
    pub fn new(
        id: AppointmentId,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
        time_zone: Tz,
        place: &str,
        with: Option<ContactId>,
        purpose: &str,
        compulsory: bool,
        private: bool,
    ) -> Result<Self, AppointmentError> {
        if end <= start {
            return Err(AppointmentError::EndsBeforeStart);
        }
        let purpose = purpose.trim();
        if purpose.is_empty() {
            return Err(AppointmentError::NoPurpose);
        }
        Ok(Self {
            id,
            start,
            end,
            time_zone,
            place: place.trim().to_owned(),
            with,
            purpose: purpose.to_owned(),
            what_to_bring: Vec::new(),
            documents_to_bring: Vec::new(),
            compulsory,
            private,
            status: AppointmentStatus::Planned,
        })
    }

    pub fn start(&self) -> DateTime<Utc> {
        self.start
    }
    pub fn end(&self) -> DateTime<Utc> {
        self.end
    }
    /// Start in the place's time zone.
    pub fn local_start(&self) -> DateTime<Tz> {
        self.start.with_timezone(&self.time_zone)
    }
    pub fn local_end(&self) -> DateTime<Tz> {
        self.end.with_timezone(&self.time_zone)
    }
    pub fn purpose(&self) -> &str {
        &self.purpose
    }
    pub fn status(&self) -> AppointmentStatus {
        self.status
    }

    /// Whether it is still ahead (or under way) at `now` and not cancelled.
    pub fn is_upcoming(&self, now: DateTime<Utc>) -> bool {
        self.status.is_active() && self.end > now
    }

    fn set(&mut self, to: AppointmentStatus) -> Result<(), AppointmentError> {
        if !self.status.can_become(to) {
            return Err(AppointmentError::Transition {
                from: self.status,
                to,
            });
        }
        self.status = to;
        Ok(())
    }

    pub fn confirm(&mut self) -> Result<(), AppointmentError> {
        self.set(AppointmentStatus::Confirmed)
    }

    pub fn ask_new_date(&mut self) -> Result<(), AppointmentError> {
        self.set(AppointmentStatus::NewDateAsked)
    }

    /// Cancels on the person's side. A compulsory appointment is only
    /// cancelled when `understood_consequences` is true: the app must first
    /// say plainly what may happen.
    pub fn cancel_by_me(&mut self, understood_consequences: bool) -> Result<(), AppointmentError> {
        if !self.status.can_become(AppointmentStatus::CancelledByMe) {
            return Err(AppointmentError::Transition {
                from: self.status,
                to: AppointmentStatus::CancelledByMe,
            });
        }
        if self.compulsory && !understood_consequences {
            return Err(AppointmentError::CompulsoryNeedsConfirmation);
        }
        self.set(AppointmentStatus::CancelledByMe)
    }

    pub fn cancel_by_them(&mut self) -> Result<(), AppointmentError> {
        self.set(AppointmentStatus::CancelledByThem)
    }

    /// A new date was given (after a request): back to planned.
    pub fn reschedule(
        &mut self,
        start: DateTime<Utc>,
        end: DateTime<Utc>,
    ) -> Result<(), AppointmentError> {
        if end <= start {
            return Err(AppointmentError::EndsBeforeStart);
        }
        if self.status != AppointmentStatus::Planned {
            self.set(AppointmentStatus::Planned)?;
        }
        self.start = start;
        self.end = end;
        Ok(())
    }

    /// Records that the person came (or not), once it has started.
    pub fn record_outcome(
        &mut self,
        attended: bool,
        now: DateTime<Utc>,
    ) -> Result<(), AppointmentError> {
        if now < self.start {
            return Err(AppointmentError::NotYetHappened);
        }
        self.set(if attended {
            AppointmentStatus::Attended
        } else {
            AppointmentStatus::Missed
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn appt(compulsory: bool) -> Appointment {
        Appointment::new(
            AppointmentId::parse("a").unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 29, 8, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 29, 9, 0, 0).unwrap(),
            chrono_tz::Europe::Paris,
            "CAF de Lille",
            None,
            "Faire le point sur le RSA",
            compulsory,
            false,
        )
        .unwrap()
    }

    #[test]
    fn local_time_follows_daylight_saving() {
        // 29 March 2026 is the day France moves to summer time (UTC+2).
        let a = appt(false);
        assert_eq!(a.local_start().format("%H:%M").to_string(), "10:00");
        let winter = Appointment::new(
            AppointmentId::parse("w").unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 28, 8, 0, 0).unwrap(),
            Utc.with_ymd_and_hms(2026, 3, 28, 9, 0, 0).unwrap(),
            chrono_tz::Europe::Paris,
            "",
            None,
            "x",
            false,
            false,
        )
        .unwrap();
        assert_eq!(winter.local_start().format("%H:%M").to_string(), "09:00");
    }

    #[test]
    fn invalid_appointments_are_refused() {
        let t = Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap();
        let r = Appointment::new(
            AppointmentId::parse("a").unwrap(),
            t,
            t,
            chrono_tz::Europe::Paris,
            "",
            None,
            "x",
            false,
            false,
        );
        assert_eq!(r, Err(AppointmentError::EndsBeforeStart));
        let r = Appointment::new(
            AppointmentId::parse("a").unwrap(),
            t,
            t + chrono::Duration::hours(1),
            chrono_tz::Europe::Paris,
            "",
            None,
            " ",
            false,
            false,
        );
        assert_eq!(r, Err(AppointmentError::NoPurpose));
    }

    #[test]
    fn cancelling_a_compulsory_appointment_needs_confirmation() {
        let mut a = appt(true);
        assert_eq!(
            a.cancel_by_me(false),
            Err(AppointmentError::CompulsoryNeedsConfirmation)
        );
        assert_eq!(a.status(), AppointmentStatus::Planned);
        a.cancel_by_me(true).unwrap();
        assert_eq!(a.status(), AppointmentStatus::CancelledByMe);
        let mut b = appt(false);
        b.cancel_by_me(false).unwrap();
        assert_eq!(b.status(), AppointmentStatus::CancelledByMe);
    }

    #[test]
    fn status_transitions() {
        let mut a = appt(false);
        a.confirm().unwrap();
        assert!(a.confirm().is_err());
        a.ask_new_date().unwrap();
        let s = Utc.with_ymd_and_hms(2026, 4, 2, 8, 0, 0).unwrap();
        a.reschedule(s, s + chrono::Duration::hours(1)).unwrap();
        assert_eq!(a.status(), AppointmentStatus::Planned);
        assert_eq!(
            a.record_outcome(true, s - chrono::Duration::minutes(1)),
            Err(AppointmentError::NotYetHappened)
        );
        a.record_outcome(true, s).unwrap();
        assert_eq!(a.status(), AppointmentStatus::Attended);
        assert!(a.cancel_by_me(true).is_err());
    }

    #[test]
    fn upcoming_until_it_ends() {
        let mut a = appt(false);
        assert!(a.is_upcoming(a.start()));
        assert!(!a.is_upcoming(a.end()));
        a.cancel_by_them().unwrap();
        assert!(!a.is_upcoming(a.start() - chrono::Duration::days(1)));
    }
}
