//! Campaigns and initiatives, and whether the CM had a say in them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, tidy_ids, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Campaign {
    pub id: i64,
    pub name: String,
    pub description: String,
    /// The department that owns it.
    pub department_id: Option<i64>,
    pub start: Option<NaiveDate>,
    pub end: Option<NaiveDate>,
    /// Does it touch the community (posts, replies, events, changes they notice)?
    pub affects_community: bool,
    /// Did the community manager take part in the decision?
    pub cm_involved: bool,
    pub objective_ids: Vec<i64>,
    /// Who moderates what the community says about it (a person or a role).
    pub moderator: String,
}

impl Named for Campaign {
    const NOUN: Noun = Noun::feminine("campaign", "campaña").plural("campaigns", "campañas");
    const MOST: usize = 2_000;
}

impl Campaign {
    pub fn new(name: &str) -> Campaign {
        Campaign {
            id: 0,
            name: name.to_string(),
            description: String::new(),
            department_id: None,
            start: None,
            end: None,
            affects_community: true,
            cm_involved: true,
            objective_ids: Vec::new(),
            moderator: String::new(),
        }
    }

    pub fn normalized(mut self) -> Campaign {
        trim_all(&mut [&mut self.name, &mut self.description, &mut self.moderator]);
        tidy_ids(&mut self.objective_ids);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .long("description", &self.description)
            .short("moderator", &self.moderator)
            .ordered("start", self.start, "end", self.end)
            .done()
    }

    pub fn validated(self) -> Result<Campaign> {
        let campaign = self.normalized();
        check(campaign.issues())?;
        Ok(campaign)
    }
}
