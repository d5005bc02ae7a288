//! Contacts: the referent and the partners around the person (CAF, France
//! Travail, CCAS, ...), each with one plain sentence on what they do.
//!
//! Must never: decide what a contact may see; that is the mandates' job.

use serde::{Deserialize, Serialize};

use crate::id::ContactId;

/// Why a contact was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContactError {
    #[error("a contact needs an organisation or a name")]
    NoName,
    #[error("the phone number is not valid")]
    BadPhone,
    #[error("the e-mail address is not valid")]
    BadEmail,
}

/// What a contact is to the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ContactRole {
    /// The *référent de parcours*, who coordinates on the person's mandate.
    Referent,
    /// A partner organisation or professional.
    Partner,
}

/// A validated phone number: digits, with an optional leading `+`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Phone(String);

impl Phone {
    /// Accepts spaces, dots and dashes as separators; keeps only digits and `+`.
    pub fn parse(s: &str) -> Result<Self, ContactError> {
        let mut out = String::new();
        for (i, c) in s.trim().chars().enumerate() {
            match c {
                '+' if i == 0 => out.push(c),
                '0'..='9' => out.push(c),
                ' ' | '.' | '-' => {}
                _ => return Err(ContactError::BadPhone),
            }
        }
        let digits = out.chars().filter(char::is_ascii_digit).count();
        if !(3..=15).contains(&digits) {
            return Err(ContactError::BadPhone);
        }
        Ok(Self(out))
    }
    /// The number as dialled: digits and maybe a leading `+`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Phone {
    type Error = ContactError;
    fn try_from(s: String) -> Result<Self, ContactError> {
        Self::parse(&s)
    }
}
impl From<Phone> for String {
    fn from(p: Phone) -> String {
        p.0
    }
}

/// A validated e-mail address (one `@`, a dot in the domain, no spaces).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    pub fn parse(s: &str) -> Result<Self, ContactError> {
        let s = s.trim();
        let (local, domain) = s.split_once('@').ok_or(ContactError::BadEmail)?;
        if local.is_empty()
            || !domain.contains('.')
            || domain.starts_with('.')
            || domain.ends_with('.')
            || s.chars().any(char::is_whitespace)
            || domain.contains('@')
        {
            return Err(ContactError::BadEmail);
        }
        Ok(Self(s.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = ContactError;
    fn try_from(s: String) -> Result<Self, ContactError> {
        Self::parse(&s)
    }
}
impl From<Email> for String {
    fn from(e: Email) -> String {
        e.0
    }
}

/// A referent or partner.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Contact {
    pub id: ContactId,
    pub role: ContactRole,
    /// The organisation, e.g. "Caisse d'allocations familiales (CAF) du Nord".
    pub organisation: String,
    /// The professional's name, when the person has one.
    pub person_name: Option<String>,
    /// One plain sentence on what they do for the person.
    pub what_they_do: String,
    pub phone: Option<Phone>,
    pub email: Option<Email>,
    pub address: Option<String>,
    pub opening_hours: Option<String>,
}

impl Contact {
    /// A contact with no channel yet; add phone, e-mail, address with the setters.
    pub fn new(
        id: ContactId,
        role: ContactRole,
        organisation: &str,
        person_name: Option<&str>,
        what_they_do: &str,
    ) -> Result<Self, ContactError> {
        let organisation = organisation.trim();
        let person_name = person_name.map(str::trim).filter(|s| !s.is_empty());
        if organisation.is_empty() && person_name.is_none() {
            return Err(ContactError::NoName);
        }
        Ok(Self {
            id,
            role,
            organisation: organisation.to_owned(),
            person_name: person_name.map(str::to_owned),
            what_they_do: what_they_do.trim().to_owned(),
            phone: None,
            email: None,
            address: None,
            opening_hours: None,
        })
    }

    /// The name to show: the person's name, else the organisation.
    pub fn display_name(&self) -> &str {
        self.person_name.as_deref().unwrap_or(&self.organisation)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phones_are_normalised_and_checked() {
        assert_eq!(
            Phone::parse("03 20 12 34 56").unwrap().as_str(),
            "0320123456"
        );
        assert_eq!(
            Phone::parse("+33 6.12.34.56.78").unwrap().as_str(),
            "+33612345678"
        );
        assert_eq!(Phone::parse("115").unwrap().as_str(), "115");
        assert_eq!(Phone::parse("06 12 ab"), Err(ContactError::BadPhone));
        assert_eq!(Phone::parse("1"), Err(ContactError::BadPhone));
        assert_eq!(Phone::parse("6+1234"), Err(ContactError::BadPhone));
    }

    #[test]
    fn emails_are_checked() {
        assert!(Email::parse("c.martin@departement59.fr").is_ok());
        for bad in ["", "a", "a@b", "@b.fr", "a b@c.fr", "a@.fr", "a@b.fr."] {
            assert_eq!(Email::parse(bad), Err(ContactError::BadEmail), "{bad}");
        }
    }

    #[test]
    fn a_contact_needs_a_name() {
        let id = ContactId::parse("c").unwrap();
        assert_eq!(
            Contact::new(id.clone(), ContactRole::Partner, " ", None, "x"),
            Err(ContactError::NoName)
        );
        let c = Contact::new(id, ContactRole::Referent, "CCAS", Some("Mme Martin"), "x").unwrap();
        assert_eq!(c.display_name(), "Mme Martin");
    }
}
