//! Record identifiers.
//!
//! Every record has a newtype id so that a step id can never be passed where a
//! contact id is expected. Ids are short ASCII strings: random 128-bit hex for
//! new records, readable names for the demo dossier. They are bound into the
//! store's associated data, so they must never contain a NUL byte.
//!
//! Must never: hold personal data (ids appear in the store's clear columns).

use ring::rand::{SecureRandom, SystemRandom};

/// Why an id was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum IdError {
    #[error("an id cannot be empty")]
    Empty,
    #[error("an id is at most 64 characters")]
    TooLong,
    #[error("an id may only hold ASCII letters, digits, '-' and '_'")]
    BadCharacter,
}

/// Checks the id alphabet shared by every id type.
pub fn check_id(s: &str) -> Result<(), IdError> {
    if s.is_empty() {
        return Err(IdError::Empty);
    }
    if s.len() > 64 {
        return Err(IdError::TooLong);
    }
    if !s
        .bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    {
        return Err(IdError::BadCharacter);
    }
    Ok(())
}

/// A fresh random id: 128 bits from the system's CSPRNG, in hex.
pub fn random_id() -> String {
    let mut bytes = [0u8; 16];
    SystemRandom::new()
        .fill(&mut bytes)
        .expect("the system random generator failed");
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

macro_rules! id_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            /// A new random id.
            pub fn random() -> Self {
                Self($crate::id::random_id())
            }
            /// Parses an id, checking its alphabet.
            pub fn parse(s: impl Into<String>) -> Result<Self, $crate::id::IdError> {
                let s = s.into();
                $crate::id::check_id(&s)?;
                Ok(Self(s))
            }
            /// The id as text.
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::id::IdError;
            fn try_from(s: String) -> Result<Self, Self::Error> {
                Self::parse(s)
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

id_type!(
    /// Identifies the person.
    PersonId
);
id_type!(
    /// Identifies a contact (referent or partner).
    ContactId
);
id_type!(
    /// Identifies an objective of the plan.
    ObjectiveId
);
id_type!(
    /// Identifies a step of the plan.
    StepId
);
id_type!(
    /// Identifies an appointment.
    AppointmentId
);
id_type!(
    /// Identifies a message.
    MessageId
);
id_type!(
    /// Identifies a document of the safe.
    DocumentId
);
id_type!(
    /// Identifies a mandate or consent.
    MandateId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_refuse_bad_characters() {
        assert_eq!(StepId::parse(""), Err(IdError::Empty));
        assert_eq!(StepId::parse("a\0b"), Err(IdError::BadCharacter));
        assert_eq!(StepId::parse("../x"), Err(IdError::BadCharacter));
        assert_eq!(StepId::parse("x".repeat(65)), Err(IdError::TooLong));
        assert_eq!(StepId::parse("step-01").unwrap().as_str(), "step-01");
    }

    #[test]
    fn random_ids_are_distinct_and_valid() {
        let a = ContactId::random();
        let b = ContactId::random();
        assert_ne!(a, b);
        assert_eq!(a.as_str().len(), 32);
        assert!(ContactId::parse(a.as_str()).is_ok());
    }

    #[test]
    fn deserialising_checks_the_alphabet() {
        let bad: Result<StepId, _> = serde_json::from_str("\"a/b\"");
        assert!(bad.is_err());
        let good: StepId = serde_json::from_str("\"a-b\"").unwrap();
        assert_eq!(good.as_str(), "a-b");
    }
}
