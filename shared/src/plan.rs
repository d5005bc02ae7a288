//! The plan (*plan d'accompagnement*): life domains and the objectives chosen
//! with the person. Steps live in [`crate::step`].
//!
//! Must never: word objectives for the person; the wording is the referent's
//! and the person's, kept as data.

use serde::{Deserialize, Serialize};

use crate::id::ObjectiveId;

/// A life domain of the plan. Each has a pictogram in `assets/pictograms/`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LifeDomain {
    Housing,
    Work,
    Health,
    Money,
    PapersAndRights,
    Family,
    Mobility,
    Training,
}

impl LifeDomain {
    /// Every domain, in the order the plan shows them.
    pub const ALL: [LifeDomain; 8] = [
        LifeDomain::Housing,
        LifeDomain::Work,
        LifeDomain::Health,
        LifeDomain::Money,
        LifeDomain::PapersAndRights,
        LifeDomain::Family,
        LifeDomain::Mobility,
        LifeDomain::Training,
    ];

    /// Stable key used for message ids (`domain-housing`) and pictogram names.
    pub fn key(self) -> &'static str {
        match self {
            LifeDomain::Housing => "housing",
            LifeDomain::Work => "work",
            LifeDomain::Health => "health",
            LifeDomain::Money => "money",
            LifeDomain::PapersAndRights => "papers",
            LifeDomain::Family => "family",
            LifeDomain::Mobility => "mobility",
            LifeDomain::Training => "training",
        }
    }
}

/// Why an objective was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("an objective needs a title")]
    EmptyTitle,
}

/// An objective set with the person in one life domain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub domain: LifeDomain,
    title: String,
    /// The person's own words for why it matters, when they gave them.
    pub in_my_words: Option<String>,
}

impl Objective {
    pub fn new(id: ObjectiveId, domain: LifeDomain, title: &str) -> Result<Self, PlanError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(PlanError::EmptyTitle);
        }
        Ok(Self {
            id,
            domain,
            title: title.to_owned(),
            in_my_words: None,
        })
    }
    pub fn title(&self) -> &str {
        &self.title
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objectives_need_a_title() {
        let id = ObjectiveId::parse("o").unwrap();
        assert_eq!(
            Objective::new(id.clone(), LifeDomain::Housing, " "),
            Err(PlanError::EmptyTitle)
        );
        assert_eq!(
            Objective::new(id, LifeDomain::Housing, "Trouver un logement")
                .unwrap()
                .title(),
            "Trouver un logement"
        );
    }

    #[test]
    fn domain_keys_are_unique() {
        let mut keys: Vec<_> = LifeDomain::ALL.iter().map(|d| d.key()).collect();
        keys.sort();
        keys.dedup();
        assert_eq!(keys.len(), LifeDomain::ALL.len());
    }
}
