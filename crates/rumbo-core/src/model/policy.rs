//! Policies: the texts that say how the organization and its staff behave
//! on social media — the house rules for comments, staff use, the legal
//! notice, licences, accessibility, retention, the pre-election period,
//! paid promotion, external stakeholders. Each is kept with an owner, an
//! approval and a review date, so that it can be reviewed and printed; the
//! house rules, the staff-use policy and the legal notice are also
//! published on their own (the document's annexes).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_TEXT, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What a policy is about. A workspace holds at most one of each kind
    /// but `Other`.
    PolicyKind {
        HouseRules = "house_rules", "House rules for comments", "Normas de participación";
        StaffUse = "staff_use", "Staff use of social media", "Uso de las redes sociales por el personal";
        LegalNotice = "legal_notice", "Legal notice and privacy", "Aviso legal y privacidad";
        Licences = "licences", "Content licences", "Licencias de los contenidos";
        Accessibility = "accessibility", "Accessibility commitments", "Compromisos de accesibilidad";
        Retention = "retention", "Records retention and archiving", "Conservación y archivo";
        PreElection = "pre_election", "Pre-election period", "Periodo electoral";
        PaidPromotion = "paid_promotion", "Paid promotion", "Promoción de pago";
        Stakeholders = "stakeholders", "External stakeholders", "Relación con terceros";
        Other = "other", "Other policy", "Otra política";
    }
}

impl PolicyKind {
    /// The kinds published on their own, as annexes, in the annexes' order.
    pub const PUBLISHABLE: [PolicyKind; 3] = [
        PolicyKind::HouseRules,
        PolicyKind::StaffUse,
        PolicyKind::LegalNotice,
    ];

    /// Whether a workspace holds at most one policy of this kind.
    pub fn is_single(self) -> bool {
        self != PolicyKind::Other
    }

    /// The annex's name on the command line (`rumbo render --annex NAME`),
    /// for a publishable kind.
    pub fn annex_name(self) -> Option<&'static str> {
        match self {
            PolicyKind::HouseRules => Some("house-rules"),
            PolicyKind::StaffUse => Some("staff-use"),
            PolicyKind::LegalNotice => Some("legal-notice"),
            _ => None,
        }
    }

    /// The publishable kind an annex name stands for.
    pub fn from_annex_name(name: &str) -> Option<PolicyKind> {
        PolicyKind::PUBLISHABLE
            .into_iter()
            .find(|k| k.annex_name() == Some(name.trim()))
    }
}

labelled_enum! {
    /// Where a policy stands.
    PolicyStatus {
        Draft = "draft", "Draft", "Borrador";
        Proposed = "proposed", "Awaiting approval", "Pendiente de aprobación";
        Approved = "approved", "Approved", "Aprobada";
    }
}

/// A policy: a titled text with an owner, an approval and a review date.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Policy {
    pub id: i64,
    pub kind: PolicyKind,
    /// The title it is published under ("House rules for our accounts").
    pub title: String,
    /// The text itself: paragraphs separated by a blank line; a line that
    /// starts with "- " is an item of a list.
    pub text: String,
    /// Who keeps it up to date (a person or a role).
    pub owner: String,
    /// The department that owns it.
    pub owner_department_id: Option<i64>,
    pub status: PolicyStatus,
    /// Who approved it (a person, a committee, a resolution).
    pub approved_by: String,
    /// When it was approved; `None` when it is not, or the date is unknown.
    pub approved_on: Option<NaiveDate>,
    /// When it is due for review; `None` when no date is set.
    pub review_by: Option<NaiveDate>,
}

impl Named for Policy {
    const NOUN: Noun = Noun::feminine("policy", "política").plural("policies", "políticas");
    const MOST: usize = 500;
}

impl Policy {
    pub fn new(kind: PolicyKind, title: &str) -> Policy {
        Policy {
            id: 0,
            kind,
            title: title.to_string(),
            text: String::new(),
            owner: String::new(),
            owner_department_id: None,
            status: PolicyStatus::Draft,
            approved_by: String::new(),
            approved_on: None,
            review_by: None,
        }
    }

    pub fn normalized(mut self) -> Policy {
        trim_all(&mut [
            &mut self.title,
            &mut self.text,
            &mut self.owner,
            &mut self.approved_by,
        ]);
        super::tidy_name(&mut self.title);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("title", &self.title)
            .short("title", &self.title)
            .limit("text", &self.text, MAX_TEXT)
            .short("owner", &self.owner)
            .short("approvedBy", &self.approved_by)
            .date("approvedOn", self.approved_on)
            .date("reviewBy", self.review_by)
            .done()
    }

    pub fn validated(self) -> Result<Policy> {
        let policy = self.normalized();
        check(policy.issues())?;
        Ok(policy)
    }

    /// Whether it says anything yet.
    pub fn has_text(&self) -> bool {
        !self.text.trim().is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_policy_needs_a_title_and_its_text_may_be_long_but_bounded() {
        let mut policy = Policy::new(PolicyKind::HouseRules, "  ");
        policy.text = "x".repeat(MAX_TEXT);
        let fields: Vec<&str> = policy
            .clone()
            .normalized()
            .issues()
            .iter()
            .map(|i| i.field)
            .collect();
        assert_eq!(fields, ["title"]);
        policy.title = "House rules".into();
        policy.text.push('x');
        let fields: Vec<&str> = policy.issues().iter().map(|i| i.field).collect();
        assert_eq!(fields, ["text"]);
    }

    #[test]
    fn annex_names_are_the_publishable_kinds() {
        for kind in PolicyKind::ALL {
            let name = kind.annex_name();
            assert_eq!(name.is_some(), PolicyKind::PUBLISHABLE.contains(kind));
            if let Some(name) = name {
                assert_eq!(PolicyKind::from_annex_name(name), Some(*kind));
            }
        }
        assert_eq!(PolicyKind::from_annex_name("licences"), None);
        assert!(!PolicyKind::Other.is_single());
        assert!(PolicyKind::HouseRules.is_single());
    }
}
