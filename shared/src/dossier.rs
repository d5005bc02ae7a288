//! The person's whole file as the phone holds it: person, contacts, plan,
//! appointments, messages, documents and mandates.
//!
//! Must never: do I/O. Loading and saving is the store's job.

use serde::{Deserialize, Serialize};

use crate::appointment::Appointment;
use crate::contact::{Contact, ContactRole};
use crate::document::DocumentMeta;
use crate::id::ContactId;
use chrono::{DateTime, Utc};

use crate::mandate::chain::KeyChain;
use crate::mandate::statement::SignedStatement;
use crate::mandate::verify::{Verdict, verify};
use crate::message::Message;
use crate::person::Person;
use crate::plan::Objective;
use crate::step::Step;

/// Everything the app knows about the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Dossier {
    pub person: Person,
    pub contacts: Vec<Contact>,
    pub objectives: Vec<Objective>,
    pub steps: Vec<Step>,
    pub appointments: Vec<Appointment>,
    pub messages: Vec<Message>,
    pub documents: Vec<DocumentMeta>,
    /// Every grant and revocation the person signed, in the order issued.
    #[serde(default)]
    pub mandate_statements: Vec<SignedStatement>,
    /// The device keys the server countersigned (none before enrollment).
    #[serde(default)]
    pub key_chain: Option<KeyChain>,
}

impl Dossier {
    /// An empty dossier for a person who just started.
    pub fn new(person: Person) -> Self {
        Self {
            person,
            contacts: Vec::new(),
            objectives: Vec::new(),
            steps: Vec::new(),
            appointments: Vec::new(),
            messages: Vec::new(),
            documents: Vec::new(),
            mandate_statements: Vec::new(),
            key_chain: None,
        }
    }

    /// The referent, when there is one.
    pub fn referent(&self) -> Option<&Contact> {
        self.contacts
            .iter()
            .find(|c| c.role == ContactRole::Referent)
    }

    pub fn contact(&self, id: &ContactId) -> Option<&Contact> {
        self.contacts.iter().find(|c| &c.id == id)
    }

    /// The mandates at `now`, as the verifier decides them (none are in
    /// force before the device key is enrolled).
    pub fn mandates(&self, now: DateTime<Utc>) -> Verdict {
        let empty = KeyChain {
            server_key: [0u8; 32],
            certificates: Vec::new(),
            revocations: Vec::new(),
        };
        verify(
            &self.person.id,
            self.key_chain.as_ref().unwrap_or(&empty),
            &self.mandate_statements,
            now,
        )
    }
}
