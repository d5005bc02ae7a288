//! Mandates and consents the person grants, sees and revokes: who, what
//! kind, what scope, from when, until when. No mandate without an end date.
//!
//! - this module: the plain data, default durations, plain-language sentences;
//! - [`statement`]: the signed grants and revocations, byte by byte;
//! - [`chain`]: the device keys the server countersigned, and their revocations;
//! - [`verify`]: the only place that decides whether a mandate is in force.
//!
//! Must never: store whether a mandate is in force, or decide it anywhere
//! but [`verify::verify`].

pub mod chain;
pub mod manage;
pub mod statement;
pub mod verify;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::document::Category;
use crate::id::{ContactId, DocumentId, MandateId};
use crate::plan::LifeDomain;

/// Which documents a document-access mandate covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "scope", content = "value")]
pub enum DocumentScope {
    One(DocumentId),
    /// A whole category, new documents of that category included.
    Category(Category),
}

/// The kind of mandate, with its scope.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum MandateKind {
    /// This referent coordinates my path (one at a time).
    Coordination,
    /// This partner may exchange with my referent about these domains.
    InformationSharing { domains: Vec<LifeDomain> },
    /// This person or organisation may see these documents.
    DocumentAccess { documents: DocumentScope },
    /// This person may do this procedure for me.
    ActOnMyBehalf { procedure: String },
}

/// Why a mandate was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MandateError {
    #[error("no such mandate in force")]
    NotFound,
    #[error("a mandate must end after it starts")]
    EndsBeforeStart,
    #[error("an information-sharing mandate needs at least one domain")]
    NoDomain,
    #[error("an acting-on-my-behalf mandate needs a procedure")]
    NoProcedure,
    #[error("the procedure's name is too long")]
    ProcedureTooLong,
}

impl MandateKind {
    /// How long a new mandate of this kind lasts unless the person says
    /// otherwise: no mandate without an end date.
    pub fn default_duration(&self) -> chrono::Duration {
        chrono::Duration::days(match self {
            MandateKind::Coordination => 365,
            MandateKind::InformationSharing { .. } => 182,
            MandateKind::DocumentAccess { .. } => 90,
            MandateKind::ActOnMyBehalf { .. } => 90,
        })
    }

    /// What this kind allows, in one plain sentence. `document_title` names
    /// the document of a one-document access, when it is known.
    pub fn sentence(&self, loc: &crate::i18n::Localizer, document_title: Option<&str>) -> String {
        match self {
            MandateKind::Coordination => loc.t("mandate-kind-coordination"),
            MandateKind::InformationSharing { domains } => {
                let names: Vec<String> = domains
                    .iter()
                    .map(|d| loc.t(&format!("domain-{}", d.key())))
                    .collect();
                loc.t_args(
                    "mandate-kind-information",
                    &[("domains", loc.list(&names).into())],
                )
            }
            MandateKind::DocumentAccess {
                documents: DocumentScope::One(_),
            } => match document_title {
                Some(title) => loc.t_args("mandate-kind-document-one", &[("title", title.into())]),
                None => loc.t("mandate-kind-document-missing"),
            },
            MandateKind::DocumentAccess {
                documents: DocumentScope::Category(c),
            } => loc.t_args(
                "mandate-kind-document-category",
                &[("category", loc.t(&format!("category-{}", c.key())).into())],
            ),
            MandateKind::ActOnMyBehalf { procedure } => loc.t_args(
                "mandate-kind-act",
                &[("procedure", procedure.as_str().into())],
            ),
        }
    }
}

/// Days a document shared as a message attachment stays shared by default.
pub const ATTACHMENT_SHARE_DAYS: i64 = 30;

impl crate::i18n::Explain for MandateError {
    fn message_id(&self) -> &'static str {
        match self {
            MandateError::NotFound => "error-mandate-not-found",
            _ => "error-mandate-invalid",
        }
    }
}

/// A mandate or consent the person grants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mandate {
    pub id: MandateId,
    pub grantee: ContactId,
    pub kind: MandateKind,
    starts: DateTime<Utc>,
    ends: DateTime<Utc>,
}

impl Mandate {
    pub fn new(
        id: MandateId,
        grantee: ContactId,
        kind: MandateKind,
        starts: DateTime<Utc>,
        ends: DateTime<Utc>,
    ) -> Result<Self, MandateError> {
        if ends <= starts {
            return Err(MandateError::EndsBeforeStart);
        }
        match &kind {
            MandateKind::InformationSharing { domains } if domains.is_empty() => {
                return Err(MandateError::NoDomain);
            }
            MandateKind::ActOnMyBehalf { procedure } if procedure.trim().is_empty() => {
                return Err(MandateError::NoProcedure);
            }
            MandateKind::ActOnMyBehalf { procedure }
                if procedure.len() > statement::MAX_PROCEDURE =>
            {
                return Err(MandateError::ProcedureTooLong);
            }
            _ => {}
        }
        Ok(Self {
            id,
            grantee,
            kind,
            starts,
            ends,
        })
    }

    pub fn starts(&self) -> DateTime<Utc> {
        self.starts
    }
    pub fn ends(&self) -> DateTime<Utc> {
        self.ends
    }

    /// A new mandate starting `now`, ending after the kind's default duration.
    pub fn with_default_end(
        id: MandateId,
        grantee: ContactId,
        kind: MandateKind,
        now: DateTime<Utc>,
    ) -> Result<Self, MandateError> {
        let ends = now + kind.default_duration();
        Self::new(id, grantee, kind, now, ends)
    }

    /// Whether `now` lies in `[starts, ends)`. This is the calendar only:
    /// whether the mandate is in force is the verifier's decision.
    pub fn period_contains(&self, now: DateTime<Utc>) -> bool {
        self.starts <= now && now < self.ends
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn mandates_need_an_end_after_the_start_and_a_scope() {
        let t = Utc.with_ymd_and_hms(2026, 3, 1, 0, 0, 0).unwrap();
        let g = ContactId::parse("caf").unwrap();
        assert_eq!(
            Mandate::new(
                MandateId::random(),
                g.clone(),
                MandateKind::Coordination,
                t,
                t
            ),
            Err(MandateError::EndsBeforeStart)
        );
        assert_eq!(
            Mandate::new(
                MandateId::random(),
                g.clone(),
                MandateKind::InformationSharing { domains: vec![] },
                t,
                t + chrono::Duration::days(1)
            ),
            Err(MandateError::NoDomain)
        );
        assert_eq!(
            Mandate::new(
                MandateId::random(),
                g.clone(),
                MandateKind::ActOnMyBehalf {
                    procedure: " ".into()
                },
                t,
                t + chrono::Duration::days(1)
            ),
            Err(MandateError::NoProcedure)
        );
        let m = Mandate::new(
            MandateId::random(),
            g,
            MandateKind::Coordination,
            t,
            t + chrono::Duration::days(1),
        )
        .unwrap();
        assert!(m.period_contains(t));
        assert!(!m.period_contains(m.ends()));
        assert!(!m.period_contains(t - chrono::Duration::seconds(1)));
    }
}
