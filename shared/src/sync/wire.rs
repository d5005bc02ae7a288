//! What travels between the app (or the `parcours pro` tool) and the server:
//! the JSON bodies of every request and answer, shared by both sides so they
//! cannot drift apart. Documented in `docs/sync.md`.
//!
//! Must never: carry a document in clear, a private key or a PIN.

use chrono::{DateTime, NaiveDate, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::appointment::Appointment;
use crate::contact::Contact;
use crate::id::{AppointmentId, ContactId, DocumentId, MessageId, ObjectiveId, PersonId, StepId};
use crate::mandate::chain::{DeviceCertificate, KeyChain};
use crate::mandate::statement::SignedStatement;
use crate::message::Message;
use crate::person::Person;
use crate::plan::Objective;
use crate::step::{Actor, Step, StepStatus};

/// The header every write carries; a repeated key returns the first result.
pub const IDEMPOTENCY_HEADER: &str = "idempotency-key";

/// Longest idempotency key accepted.
pub const MAX_IDEMPOTENCY_KEY: usize = 64;

/// Most changes in one pull answer (the client asks again with the cursor).
pub const PULL_PAGE: i64 = 500;

/// An error answer: a stable code and a sentence for people.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: String,
    pub message: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnrollRequest {
    pub invitation_code: String,
    /// The device's Ed25519 public key, hex.
    pub device_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EnrollResponse {
    pub person_id: String,
    pub certificate: DeviceCertificate,
    /// The server's public key, hex (also published by the département).
    pub server_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ChallengeRequest {
    pub device_key: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Challenge {
    pub nonce: String,
    pub expires_at: i64,
    pub origin: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct TokenRequest {
    pub device_key: String,
    pub nonce: String,
    /// Ed25519 signature of the challenge (`crate::auth`), hex.
    pub signature: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Token {
    pub token: String,
    pub expires_at: i64,
}

/// The mandate statements and key chain of a person.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Mandates {
    pub statements: Vec<SignedStatement>,
    pub key_chain: KeyChain,
}

/// A professional opened or changed something in the person's dossier:
/// the person's access log ("Mme Martin opened your plan on 3 March").
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub id: String,
    /// The professional, as the contact the person knows.
    pub by: ContactId,
    pub what: AccessKind,
    pub at: DateTime<Utc>,
}

/// What a professional did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "target")]
pub enum AccessKind {
    ReadDossier,
    WroteStep(StepId),
    WroteAppointment(AppointmentId),
    WroteMessage(MessageId),
    OpenedShare(String),
}

/// One record of the dossier, as the server holds it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "type", content = "value")]
pub enum Record {
    Person(Person),
    Contact(Contact),
    Objective(Objective),
    Step(Step),
    Appointment(Appointment),
    Message(Message),
    Statement(SignedStatement),
    KeyChain(KeyChain),
    Access(AccessEntry),
    Share(ShareRecord),
}

impl Record {
    /// The record's kind and id, its key on the server.
    pub fn key(&self) -> (&'static str, String) {
        match self {
            Record::Person(p) => ("person", p.id.to_string()),
            Record::Contact(c) => ("contact", c.id.to_string()),
            Record::Objective(o) => ("objective", o.id.to_string()),
            Record::Step(s) => ("step", s.id.to_string()),
            Record::Appointment(a) => ("appointment", a.id.to_string()),
            Record::Message(m) => ("message", m.id.to_string()),
            Record::Statement(s) => ("statement", crate::crypto::hex(&s.hash())),
            Record::KeyChain(_) => ("key_chain", "chain".to_owned()),
            Record::Access(a) => ("access", a.id.clone()),
            Record::Share(s) => ("share", s.id.clone()),
        }
    }
}

/// A record with the position of its last change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub seq: i64,
    #[serde(flatten)]
    pub record: Record,
}

/// The answer to a pull: what changed after the cursor given, and the
/// cursor to give next time. `more` says another page is waiting.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pull {
    pub cursor: i64,
    pub changes: Vec<Change>,
    #[serde(default)]
    pub more: bool,
}

/// The answer to every write: the records it changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Written {
    pub changes: Vec<Change>,
}

/// The person answers an appointment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AppointmentAnswer {
    Confirm,
    AskNewDate,
    /// For a compulsory appointment, `understood_consequences` must be true.
    Cancel,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerAppointment {
    pub answer: AppointmentAnswer,
    #[serde(default)]
    pub understood_consequences: bool,
}

/// The person moves one of their steps.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChangeStep {
    pub to: StepStatus,
    pub at: DateTime<Utc>,
}

/// The person proposes a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProposeStep {
    pub id: StepId,
    pub objective: ObjectiveId,
    pub what: String,
    pub due: Option<NaiveDate>,
    pub at: DateTime<Utc>,
}

/// The person writes a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewMessage {
    pub id: MessageId,
    pub to: ContactId,
    pub text: String,
    pub written_at: DateTime<Utc>,
    /// Papers of the safe joined to the message. Each must have been
    /// shared with `to` first (`sync::shares`): the server refuses one it
    /// holds no share of (`attachment_not_shared`). Absent means none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub attachments: Vec<DocumentId>,
}

/// Most papers joined to one message.
pub const MAX_ATTACHMENTS: usize = 5;

/// Revokes one of the person's device keys (a lost or stolen phone): its
/// tokens stop working at once, and statements it signs later are refused.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct RevokeDevice {
    /// The device's Ed25519 public key, hex.
    pub device_key: String,
}

/// A professional logs in.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProLogin {
    pub login: String,
    pub password: String,
}

/// A professional's X25519 public key for receiving shares, hex.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProKey {
    pub public_key: String,
}

/// A person a professional may act for.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProPerson {
    pub person_id: PersonId,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    /// The mandates in force for this professional, by kind (`coordination`, …).
    pub mandates: Vec<String>,
}

/// A professional writes a step (new, or new wording of an existing one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProStep {
    pub id: StepId,
    pub objective: ObjectiveId,
    pub what: String,
    pub actor: Actor,
    pub due: Option<NaiveDate>,
}

/// A professional books an appointment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProAppointment {
    pub id: AppointmentId,
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    pub time_zone: Tz,
    pub place: String,
    pub purpose: String,
    #[serde(default)]
    pub what_to_bring: Vec<String>,
    #[serde(default)]
    pub compulsory: bool,
    #[serde(default)]
    pub private: bool,
}

/// A professional replies to the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProMessage {
    pub id: MessageId,
    pub text: String,
}

/// A professional's public key for receiving shares, as the server gives
/// it to a person's phone (which pins it: `share::pin`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecipientKey {
    pub contact: ContactId,
    /// X25519 public key, hex.
    pub public_key: String,
}

/// A share as uploaded: ids, the end date and the HPKE output; nothing
/// about the document in clear (`docs/share-format.md`). The body follows
/// with `PUT /v1/shares/{id}/body`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareOffer {
    pub id: String,
    pub recipient: ContactId,
    pub document: DocumentId,
    pub expires_at: DateTime<Utc>,
    /// The recipient key it was sealed for, hex.
    pub recipient_key: String,
    /// HPKE's encapsulated key, hex.
    pub enc: String,
    /// The sealed share key and description, hex.
    pub sealed: String,
}

/// Where a share stands (a record of the person's dossier).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareRecord {
    pub id: String,
    pub recipient: ContactId,
    pub document: DocumentId,
    pub created_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    /// Withdrawn by the person (the server's copy is deleted then).
    pub withdrawn_at: Option<DateTime<Utc>>,
    /// The body arrived: the recipient can open it.
    pub ready: bool,
}

/// A share waiting for a professional.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProShare {
    pub id: String,
    pub person_id: PersonId,
    pub document: DocumentId,
    pub expires_at: DateTime<Utc>,
}
