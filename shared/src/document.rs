//! Document metadata for the safe (*coffre-fort numérique*): title, category,
//! issue and expiry dates. The encrypted content is the safe's business.
//!
//! Must never: hold document content; never read a clock.

use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::id::DocumentId;

/// Categories of documents, the documented list (`docs/categories.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Identity card or passport.
    Identity,
    /// *Titre de séjour*: must be renewed before it expires.
    ResidencePermit,
    /// CAF letters and certificates (*attestation CAF*).
    Caf,
    /// Tax notice (*avis d'imposition*).
    Tax,
    Payslip,
    /// Rent receipts (*quittances*).
    RentReceipt,
    /// Health insurance: *carte Vitale* certificate, CSS.
    HealthInsurance,
    MedicalCertificate,
    /// Court decisions and justice papers.
    Justice,
    /// Bank details (RIB) and statements.
    Bank,
    Other,
}

impl Category {
    pub const ALL: [Category; 11] = [
        Category::Identity,
        Category::ResidencePermit,
        Category::Caf,
        Category::Tax,
        Category::Payslip,
        Category::RentReceipt,
        Category::HealthInsurance,
        Category::MedicalCertificate,
        Category::Justice,
        Category::Bank,
        Category::Other,
    ];

    /// Stable key for message ids (`category-caf`) and the CLI.
    pub fn key(self) -> &'static str {
        match self {
            Category::Identity => "identity",
            Category::ResidencePermit => "residence-permit",
            Category::Caf => "caf",
            Category::Tax => "tax",
            Category::Payslip => "payslip",
            Category::RentReceipt => "rent-receipt",
            Category::HealthInsurance => "health-insurance",
            Category::MedicalCertificate => "medical-certificate",
            Category::Justice => "justice",
            Category::Bank => "bank",
            Category::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }

    /// How long before expiry the person is warned. A residence permit
    /// follows the prefecture's own alerts: 4 months ahead (and again about
    /// 2 months ahead, see [`DocumentMeta::expiry_alert`]).
    pub fn expiry_warning(self, expires: NaiveDate) -> NaiveDate {
        match self {
            Category::ResidencePermit => expires.checked_sub_months(Months::new(4)),
            Category::Identity => expires.checked_sub_months(Months::new(2)),
            _ => expires.checked_sub_days(Days::new(30)),
        }
        .unwrap_or(NaiveDate::MIN)
    }
}

/// How urgent an expiry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExpiryAlert {
    /// Within the category's warning window.
    Soon,
    /// Within 2 months (the prefecture's second alert) or 15 days for others.
    Urgent,
    Expired,
}

/// Why document metadata was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DocumentError {
    #[error("a document needs a title")]
    EmptyTitle,
    #[error("a document cannot expire before it was issued")]
    ExpiresBeforeIssued,
}

/// One file of a document (a photographed page, a PDF...), as stored in
/// the safe. Its content is in `documents/<document id>-<n>.pcd`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page {
    /// The media type, e.g. `application/pdf`, `image/jpeg`.
    pub media_type: String,
    /// Size of the original content, in bytes (after metadata removal for photos).
    pub size: u64,
    /// SHA-256 of the original content, lower-case hex.
    pub sha256: String,
}

/// What the person and the app know about a stored document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentMeta {
    pub id: DocumentId,
    title: String,
    pub category: Category,
    issued: Option<NaiveDate>,
    expires: Option<NaiveDate>,
    pub added_at: DateTime<Utc>,
    /// The document's files, in order; empty when only its metadata is known.
    #[serde(default)]
    pub pages: Vec<Page>,
}

impl DocumentMeta {
    pub fn new(
        id: DocumentId,
        title: &str,
        category: Category,
        issued: Option<NaiveDate>,
        expires: Option<NaiveDate>,
        added_at: DateTime<Utc>,
    ) -> Result<Self, DocumentError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(DocumentError::EmptyTitle);
        }
        if let (Some(i), Some(e)) = (issued, expires)
            && e < i
        {
            return Err(DocumentError::ExpiresBeforeIssued);
        }
        Ok(Self {
            id,
            title: title.to_owned(),
            category,
            issued,
            expires,
            added_at,
            pages: Vec::new(),
        })
    }

    pub fn title(&self) -> &str {
        &self.title
    }
    pub fn issued(&self) -> Option<NaiveDate> {
        self.issued
    }
    pub fn expires(&self) -> Option<NaiveDate> {
        self.expires
    }

    /// Renames the document.
    pub fn rename(&mut self, title: &str) -> Result<(), DocumentError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(DocumentError::EmptyTitle);
        }
        self.title = title.to_owned();
        Ok(())
    }

    /// Changes the dates, with the same checks as [`DocumentMeta::new`].
    pub fn set_dates(
        &mut self,
        issued: Option<NaiveDate>,
        expires: Option<NaiveDate>,
    ) -> Result<(), DocumentError> {
        if let (Some(i), Some(e)) = (issued, expires)
            && e < i
        {
            return Err(DocumentError::ExpiresBeforeIssued);
        }
        self.issued = issued;
        self.expires = expires;
        Ok(())
    }

    /// The expiry alert at `today`, if any.
    pub fn expiry_alert(&self, today: NaiveDate) -> Option<ExpiryAlert> {
        let expires = self.expires?;
        if expires < today {
            return Some(ExpiryAlert::Expired);
        }
        let urgent_from = match self.category {
            Category::ResidencePermit => expires.checked_sub_months(Months::new(2)),
            _ => expires.checked_sub_days(Days::new(15)),
        }
        .unwrap_or(NaiveDate::MIN);
        if today >= urgent_from {
            Some(ExpiryAlert::Urgent)
        } else if today >= self.category.expiry_warning(expires) {
            Some(ExpiryAlert::Soon)
        } else {
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }
    fn doc(cat: Category, expires: NaiveDate) -> DocumentMeta {
        DocumentMeta::new(
            DocumentId::random(),
            "Titre",
            cat,
            None,
            Some(expires),
            Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        )
        .unwrap()
    }

    #[test]
    fn residence_permit_follows_the_prefecture_alerts() {
        let p = doc(Category::ResidencePermit, d(2026, 9, 15));
        assert_eq!(p.expiry_alert(d(2026, 5, 14)), None);
        assert_eq!(p.expiry_alert(d(2026, 5, 15)), Some(ExpiryAlert::Soon));
        assert_eq!(p.expiry_alert(d(2026, 7, 14)), Some(ExpiryAlert::Soon));
        assert_eq!(p.expiry_alert(d(2026, 7, 15)), Some(ExpiryAlert::Urgent));
        assert_eq!(p.expiry_alert(d(2026, 9, 15)), Some(ExpiryAlert::Urgent));
        assert_eq!(p.expiry_alert(d(2026, 9, 16)), Some(ExpiryAlert::Expired));
    }

    #[test]
    fn other_documents_warn_a_month_ahead() {
        let c = doc(Category::Caf, d(2026, 3, 31));
        assert_eq!(c.expiry_alert(d(2026, 2, 28)), None);
        assert_eq!(c.expiry_alert(d(2026, 3, 1)), Some(ExpiryAlert::Soon));
        assert_eq!(c.expiry_alert(d(2026, 3, 16)), Some(ExpiryAlert::Urgent));
    }

    #[test]
    fn invalid_metadata_is_refused() {
        let at = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap();
        assert_eq!(
            DocumentMeta::new(DocumentId::random(), " ", Category::Other, None, None, at),
            Err(DocumentError::EmptyTitle)
        );
        assert_eq!(
            DocumentMeta::new(
                DocumentId::random(),
                "x",
                Category::Other,
                Some(d(2026, 2, 1)),
                Some(d(2026, 1, 1)),
                at
            ),
            Err(DocumentError::ExpiresBeforeIssued)
        );
    }

    #[test]
    fn category_keys_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_key(c.key()), Some(c));
        }
        assert_eq!(Category::from_key("nope"), None);
    }
}
