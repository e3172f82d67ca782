//! The recommendation log: what the CM advised, and what became of it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What was decided about a recommendation.
    Decision {
        Pending = "pending", "Pending", "Pendiente";
        Accepted = "accepted", "Accepted", "Aceptada";
        Rejected = "rejected", "Rejected", "Rechazada";
        Ignored = "ignored", "Ignored", "Ignorada";
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Recommendation {
    pub id: i64,
    /// What the CM recommended.
    pub title: String,
    /// To whom: a person, a committee.
    pub recipient: String,
    /// The department it was addressed to.
    pub department_id: Option<i64>,
    pub date: NaiveDate,
    /// Why the CM recommended it.
    pub rationale: String,
    pub decision: Decision,
    pub decision_date: Option<NaiveDate>,
    pub decision_rationale: String,
    /// What happened afterwards.
    pub outcome: String,
}

impl Named for Recommendation {
    const NOUN: Noun = Noun::feminine("recommendation", "recomendación")
        .plural("recommendations", "recomendaciones");
    const MOST: usize = 5_000;
}

impl Recommendation {
    pub fn new(title: &str, date: NaiveDate) -> Recommendation {
        Recommendation {
            id: 0,
            title: title.to_string(),
            recipient: String::new(),
            department_id: None,
            date,
            rationale: String::new(),
            decision: Decision::Pending,
            decision_date: None,
            decision_rationale: String::new(),
            outcome: String::new(),
        }
    }

    pub fn normalized(mut self) -> Recommendation {
        trim_all(&mut [
            &mut self.title,
            &mut self.recipient,
            &mut self.rationale,
            &mut self.decision_rationale,
            &mut self.outcome,
        ]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("title", &self.title)
            .short("title", &self.title)
            .short("recipient", &self.recipient)
            .long("rationale", &self.rationale)
            .ordered("date", Some(self.date), "decisionDate", self.decision_date)
            .long("decisionRationale", &self.decision_rationale)
            .long("outcome", &self.outcome)
            .done()
    }

    pub fn validated(self) -> Result<Recommendation> {
        let recommendation = self.normalized();
        check(recommendation.issues())?;
        Ok(recommendation)
    }
}
