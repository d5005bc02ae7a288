//! Reminders and notifications, one rule everywhere: a notification never
//! contains a name, a place, a purpose or a message text ("You have a new
//! message", "You have an appointment tomorrow"); in discreet mode it does
//! not give the time either. Someone else may see the phone's screen.
//!
//! Pure: the platform layer schedules what this returns. Must never: put
//! anything from the dossier's free text into a notification.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

use crate::dossier::Dossier;
use crate::i18n::Localizer;
use crate::id::AppointmentId;

/// A notification, as the platform shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notification {
    /// When to show it.
    pub at: DateTime<Utc>,
    pub title: String,
    pub body: String,
    /// What tapping it opens (an id, never shown).
    pub opens: Opens,
}

/// Where a notification leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opens {
    Appointment(AppointmentId),
    Messages,
}

/// The day before, and two hours before.
pub const BEFORE: [Duration; 2] = [Duration::days(1), Duration::hours(2)];

/// The reminders of the dossier's upcoming appointments still ahead of
/// `now`, in the person's language and time zone.
pub fn appointment_reminders(
    dossier: &Dossier,
    loc: &Localizer,
    tz: Tz,
    discreet: bool,
    now: DateTime<Utc>,
) -> Vec<Notification> {
    let mut out = Vec::new();
    for a in dossier.appointments.iter().filter(|a| a.is_upcoming(now)) {
        for (i, before) in BEFORE.iter().enumerate() {
            let at = a.start() - *before;
            if at < now {
                continue;
            }
            let body = match (discreet, i) {
                (true, _) => loc.t("notify-appointment-discreet"),
                (false, 0) => loc.t_args(
                    "notify-appointment-tomorrow",
                    &[("time", loc.time(&a.local_start().with_timezone(&tz)).into())],
                ),
                (false, _) => loc.t_args(
                    "notify-appointment-soon",
                    &[("time", loc.time(&a.local_start().with_timezone(&tz)).into())],
                ),
            };
            out.push(Notification {
                at,
                title: title(loc, discreet),
                body,
                opens: Opens::Appointment(a.id.clone()),
            });
        }
    }
    out.sort_by_key(|n| n.at);
    out
}

/// A notification's title: the app's name, or in discreet mode a plain
/// "Reminder" (the home screen's entry is neutral then too).
fn title(loc: &Localizer, discreet: bool) -> String {
    loc.t(if discreet {
        "notify-title-discreet"
    } else {
        "notify-title"
    })
}

/// The notification for new messages (never their text, nor who wrote).
pub fn new_messages(
    loc: &Localizer,
    count: usize,
    discreet: bool,
    now: DateTime<Utc>,
) -> Option<Notification> {
    (count > 0).then(|| Notification {
        at: now,
        title: title(loc, discreet),
        body: loc.t_args("notify-messages", &[("count", count.into())]),
        opens: Opens::Messages,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::demo;
    use crate::i18n::Lang;

    #[test]
    fn reminders_say_nothing_personal() {
        let now = demo::fixed_now();
        let d = demo::dossier(now);
        for lang in Lang::ALL {
            let loc = Localizer::new(lang);
            for discreet in [false, true] {
                let all = appointment_reminders(&d, &loc, demo::TIME_ZONE, discreet, now);
                assert!(!all.is_empty());
                if discreet {
                    for n in &all {
                        assert!(
                            !n.body.chars().any(|c| c.is_ascii_digit()),
                            "a time in discreet mode: {}",
                            n.body
                        );
                    }
                    // Not even the app's name.
                    for n in all.iter().chain(&new_messages(&loc, 2, true, now)) {
                        assert!(!n.title.contains("Parcours"), "{}", n.title);
                    }
                }
                let mut texts: Vec<String> = all
                    .iter()
                    .flat_map(|n| [n.title.clone(), n.body.clone()])
                    .collect();
                texts.extend(new_messages(&loc, 2, discreet, now).map(|n| n.body));
                for t in &texts {
                    for a in &d.appointments {
                        assert!(!t.contains(a.purpose()), "{t}");
                        assert!(!t.contains(&a.place), "{t}");
                    }
                    for c in &d.contacts {
                        assert!(
                            !t.contains(c.display_name()) && !t.contains(&c.organisation),
                            "{t}"
                        );
                    }
                    for m in &d.messages {
                        assert!(!t.contains(m.text()), "{t}");
                    }
                    assert!(!t.contains(d.person.first_name()), "{t}");
                }
            }
        }
    }

    #[test]
    fn the_day_before_and_two_hours_before() {
        let now = demo::fixed_now();
        let d = demo::dossier(now);
        let fr = Localizer::new(Lang::Fr);
        let rsa: Vec<Notification> = appointment_reminders(&d, &fr, demo::TIME_ZONE, false, now)
            .into_iter()
            .filter(|n| n.opens == Opens::Appointment(AppointmentId::parse("a-rsa").unwrap()))
            .collect();
        let start = d
            .appointments
            .iter()
            .find(|a| a.id.as_str() == "a-rsa")
            .unwrap()
            .start();
        assert_eq!(
            rsa.iter().map(|n| n.at).collect::<Vec<_>>(),
            [start - Duration::days(1), start - Duration::hours(2)]
        );
        assert_eq!(rsa[0].body, "Vous avez un rendez-vous demain à 14 h.");
        assert_eq!(rsa[1].body, "Vous avez un rendez-vous à 14 h.");
        // Reminders already past are not made again.
        let later = start - Duration::hours(3);
        assert_eq!(
            appointment_reminders(&d, &fr, demo::TIME_ZONE, false, later)
                .iter()
                .filter(|n| n.at < later)
                .count(),
            0
        );
        assert_eq!(new_messages(&fr, 0, false, now), None);
        assert_eq!(
            new_messages(&fr, 2, false, now).unwrap().body,
            "Vous avez 2 nouveaux messages."
        );
    }
}
