//! The person's whole file as the phone holds it: person, contacts, plan,
//! appointments, messages, documents and mandates.
//!
//! Must never: do I/O. Loading and saving is the store's job.

use serde::{Deserialize, Serialize};

use crate::appointment::Appointment;
use crate::contact::{Contact, ContactRole};
use crate::document::DocumentMeta;
use crate::id::ContactId;
use crate::mandate::Mandate;
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
    pub mandates: Vec<Mandate>,
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
            mandates: Vec::new(),
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
}
