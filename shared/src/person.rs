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

/// How the person wants the app to look and speak.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    /// Text size in percent, 100 to 200.
    text_scale: u16,
    pub high_contrast: bool,
    pub read_aloud: bool,
    pub reduced_motion: bool,
    /// Neutral app name, no details in notifications.
    pub discreet: bool,
}

impl Default for Accessibility {
    fn default() -> Self {
        Self {
            text_scale: 100,
            high_contrast: false,
            read_aloud: false,
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
}
