//! Messages between the person and their referent, with attachments from the
//! safe and a delivery state that works offline (waiting to send first).
//!
//! Must never: put a message text anywhere but the encrypted store and the
//! screen (no logs, no notifications).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::id::{ContactId, DocumentId, MessageId};

/// Who wrote a message.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "who", content = "contact")]
pub enum Participant {
    Me,
    Contact(ContactId),
}

/// Where a message stands on its way.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "state", content = "reason")]
pub enum Delivery {
    /// Written offline or not yet accepted by the server.
    WaitingToSend,
    Sent,
    Delivered,
    Read,
    /// The server refused it; the reason is shown to the person.
    Refused(String),
}

impl Delivery {
    fn rank(&self) -> u8 {
        match self {
            Delivery::WaitingToSend => 0,
            Delivery::Sent => 1,
            Delivery::Delivered => 2,
            Delivery::Read => 3,
            Delivery::Refused(_) => 4,
        }
    }
}

/// Why a message or a change was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("a message needs a text or an attachment")]
    Empty,
    #[error("a message is at most 5000 characters")]
    TooLong,
    #[error("a message cannot go back from {from:?} to {to:?}")]
    Backwards { from: Delivery, to: Delivery },
}

/// Longest message text, in characters.
pub const MAX_MESSAGE_CHARS: usize = 5000;

/// A message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: MessageId,
    pub from: Participant,
    pub to: Participant,
    text: String,
    pub attachments: Vec<DocumentId>,
    pub written_at: DateTime<Utc>,
    delivery: Delivery,
}

impl Message {
    /// A message the person writes: waiting to send until the server takes it.
    pub fn outgoing(
        id: MessageId,
        to: ContactId,
        text: &str,
        attachments: Vec<DocumentId>,
        written_at: DateTime<Utc>,
    ) -> Result<Self, MessageError> {
        Self::new(
            id,
            Participant::Me,
            Participant::Contact(to),
            text,
            attachments,
            written_at,
            Delivery::WaitingToSend,
        )
    }

    /// A message received from a contact: delivered, not yet read.
    pub fn incoming(
        id: MessageId,
        from: ContactId,
        text: &str,
        attachments: Vec<DocumentId>,
        written_at: DateTime<Utc>,
    ) -> Result<Self, MessageError> {
        Self::new(
            id,
            Participant::Contact(from),
            Participant::Me,
            text,
            attachments,
            written_at,
            Delivery::Delivered,
        )
    }

    fn new(
        id: MessageId,
        from: Participant,
        to: Participant,
        text: &str,
        attachments: Vec<DocumentId>,
        written_at: DateTime<Utc>,
        delivery: Delivery,
    ) -> Result<Self, MessageError> {
        let text = text.trim();
        if text.is_empty() && attachments.is_empty() {
            return Err(MessageError::Empty);
        }
        if text.chars().count() > MAX_MESSAGE_CHARS {
            return Err(MessageError::TooLong);
        }
        Ok(Self {
            id,
            from,
            to,
            text: text.to_owned(),
            attachments,
            written_at,
            delivery,
        })
    }

    pub fn text(&self) -> &str {
        &self.text
    }
    pub fn delivery(&self) -> &Delivery {
        &self.delivery
    }
    pub fn is_from_me(&self) -> bool {
        self.from == Participant::Me
    }
    /// Received and not read yet by the person.
    pub fn is_unread(&self) -> bool {
        !self.is_from_me() && self.delivery != Delivery::Read
    }

    /// Moves the delivery forward; a message never goes backwards, and a
    /// refused one stays refused.
    pub fn advance(&mut self, to: Delivery) -> Result<(), MessageError> {
        let backwards =
            matches!(self.delivery, Delivery::Refused(_)) || to.rank() < self.delivery.rank();
        if backwards {
            return Err(MessageError::Backwards {
                from: self.delivery.clone(),
                to,
            });
        }
        self.delivery = to;
        Ok(())
    }

    /// The server's copy of a message merged with the phone's: the
    /// server's fields, and the furthest delivery state of the two (a
    /// "read" the server has not heard of yet is not lost); a refusal by
    /// the server always wins.
    pub fn merged_with_local(mut self, local: &Message) -> Message {
        let server_refused = matches!(self.delivery, Delivery::Refused(_));
        if !server_refused && local.delivery.rank() > self.delivery.rank() {
            self.delivery = local.delivery.clone();
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 3, 2, 8, 0, 0).unwrap()
    }

    #[test]
    fn outgoing_messages_wait_then_move_forward_only() {
        let mut m = Message::outgoing(
            MessageId::random(),
            ContactId::parse("ref").unwrap(),
            "Bonjour",
            vec![],
            now(),
        )
        .unwrap();
        assert_eq!(m.delivery(), &Delivery::WaitingToSend);
        m.advance(Delivery::Sent).unwrap();
        m.advance(Delivery::Read).unwrap();
        assert!(m.advance(Delivery::Sent).is_err());
        assert_eq!(m.delivery(), &Delivery::Read);
        assert!(!m.is_unread());
    }

    #[test]
    fn refused_stays_refused() {
        let mut m = Message::outgoing(
            MessageId::random(),
            ContactId::parse("ref").unwrap(),
            "x",
            vec![],
            now(),
        )
        .unwrap();
        m.advance(Delivery::Refused("mandat terminé".into()))
            .unwrap();
        assert!(m.advance(Delivery::Sent).is_err());
    }

    #[test]
    fn incoming_are_unread_until_read() {
        let mut m = Message::incoming(
            MessageId::random(),
            ContactId::parse("ref").unwrap(),
            "x",
            vec![],
            now(),
        )
        .unwrap();
        assert!(m.is_unread());
        m.advance(Delivery::Read).unwrap();
        assert!(!m.is_unread());
    }

    #[test]
    fn empty_and_huge_messages_are_refused() {
        let c = ContactId::parse("ref").unwrap();
        assert_eq!(
            Message::outgoing(MessageId::random(), c.clone(), "  ", vec![], now()),
            Err(MessageError::Empty)
        );
        let long = "é".repeat(MAX_MESSAGE_CHARS + 1);
        assert_eq!(
            Message::outgoing(MessageId::random(), c.clone(), &long, vec![], now()),
            Err(MessageError::TooLong)
        );
        assert!(
            Message::outgoing(
                MessageId::random(),
                c,
                "",
                vec![DocumentId::parse("d").unwrap()],
                now()
            )
            .is_ok()
        );
    }
}
