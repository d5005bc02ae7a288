//! The person supported (*personne accompagnée*): our user.
//!
//! Holds who they are and how they want the app to speak and look.
//! Must never: hold anything about the professionals' view of the person.

use serde::{Deserialize, Serialize};

use crate::i18n::Lang;
use crate::id::PersonId;

/// Why person data was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PersonError {
    #[error("the first name cannot be empty")]
    EmptyName,
    #[error("text size must be between 100 and 200 percent")]
    TextScale,
}

/// How fast text is read aloud.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpeechRate {
    /// The voice's own speed.
    #[default]
    Normal,
    /// Slower, for a person who needs time to follow.
    Slower,
}

impl SpeechRate {
    /// The rates offered, in the order they are shown.
    pub const ALL: [SpeechRate; 2] = [SpeechRate::Normal, SpeechRate::Slower];

    /// The speed relative to the voice's own (1 = its normal speed); each
    /// platform scales its own default rate by it.
    pub fn factor(self) -> f32 {
        match self {
            SpeechRate::Normal => 1.0,
            SpeechRate::Slower => 0.7,
        }
    }
}

fn yes() -> bool {
    true
}

/// How the person wants the app to look and speak.
///
/// Fields added after the first stored records carry `#[serde(default)]`:
/// a record saved before them reads with their default. A record may also
/// hold `read_aloud` (a flag that was never used, always `false`): it is
/// ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    /// Text size in percent, 100 to 200.
    text_scale: u16,
    pub high_contrast: bool,
    /// The "Read aloud" button of each screen is shown (unless the person
    /// turned it off in the settings).
    #[serde(default = "yes")]
    pub read_aloud_button: bool,
    /// How fast the screens are read aloud.
    #[serde(default)]
    pub speech_rate: SpeechRate,
    pub reduced_motion: bool,
    /// Neutral app name, no details in notifications.
    pub discreet: bool,
}

impl Default for Accessibility {
    fn default() -> Self {
        Self {
            text_scale: 100,
            high_contrast: false,
            read_aloud_button: true,
            speech_rate: SpeechRate::Normal,
            reduced_motion: false,
            discreet: false,
        }
    }
}

impl Accessibility {
    pub fn text_scale(&self) -> u16 {
        self.text_scale
    }
    /// Sets the text size, refusing values outside 100..=200 percent.
    pub fn set_text_scale(&mut self, percent: u16) -> Result<(), PersonError> {
        if !(100..=200).contains(&percent) {
            return Err(PersonError::TextScale);
        }
        self.text_scale = percent;
        Ok(())
    }
}

/// The person using the app.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    first_name: String,
    pub last_name: String,
    pub language: Lang,
    pub accessibility: Accessibility,
}

impl Person {
    pub fn new(
        id: PersonId,
        first_name: &str,
        last_name: &str,
        language: Lang,
    ) -> Result<Self, PersonError> {
        let first_name = first_name.trim();
        if first_name.is_empty() {
            return Err(PersonError::EmptyName);
        }
        Ok(Self {
            id,
            first_name: first_name.to_owned(),
            last_name: last_name.trim().to_owned(),
            language,
            accessibility: Accessibility::default(),
        })
    }
    pub fn first_name(&self) -> &str {
        &self.first_name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_person_needs_a_first_name() {
        let id = PersonId::parse("p").unwrap();
        assert_eq!(
            Person::new(id.clone(), "  ", "X", Lang::Fr),
            Err(PersonError::EmptyName)
        );
        assert_eq!(
            Person::new(id, " Nadia ", "Haddad", Lang::Fr)
                .unwrap()
                .first_name(),
            "Nadia"
        );
    }

    #[test]
    fn text_scale_is_bounded() {
        let mut a = Accessibility::default();
        assert_eq!(a.set_text_scale(99), Err(PersonError::TextScale));
        assert_eq!(a.set_text_scale(201), Err(PersonError::TextScale));
        a.set_text_scale(200).unwrap();
        assert_eq!(a.text_scale(), 200);
    }

    /// A record saved before the read-aloud settings existed (with the old,
    /// unused `read_aloud` flag) still reads: the button shown, the normal
    /// rate; and the new settings survive a round trip.
    #[test]
    fn settings_saved_before_read_aloud_still_read() {
        let old = r#"{"text_scale":150,"high_contrast":true,"read_aloud":false,"reduced_motion":false,"discreet":true}"#;
        let a: Accessibility = serde_json::from_str(old).unwrap();
        assert_eq!(a.text_scale(), 150);
        assert!(a.high_contrast && a.discreet);
        assert!(a.read_aloud_button);
        assert_eq!(a.speech_rate, SpeechRate::Normal);
        assert_eq!(
            a,
            Accessibility {
                text_scale: 150,
                high_contrast: true,
                discreet: true,
                ..Accessibility::default()
            }
        );

        let changed = Accessibility {
            read_aloud_button: false,
            speech_rate: SpeechRate::Slower,
            ..Accessibility::default()
        };
        let json = serde_json::to_string(&changed).unwrap();
        assert!(json.contains(r#""speech_rate":"slower""#), "{json}");
        assert_eq!(
            serde_json::from_str::<Accessibility>(&json).unwrap(),
            changed
        );
    }

    #[test]
    fn slower_is_slower() {
        assert_eq!(SpeechRate::Normal.factor(), 1.0);
        assert!(SpeechRate::Slower.factor() < 1.0 && SpeechRate::Slower.factor() >= 0.5);
    }
}
