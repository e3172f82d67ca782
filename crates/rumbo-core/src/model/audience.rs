//! Audiences: the personas and publics the strategy addresses.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, tidy_ids, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Audience {
    pub id: i64,
    pub name: String,
    /// Who they are.
    pub description: String,
    /// What they need from the organization.
    pub needs: String,
    /// Where they are, online and off.
    pub whereabouts: String,
    /// The channels that reach them (the same links as `Channel::audience_ids`).
    pub channel_ids: Vec<i64>,
}

impl Named for Audience {
    const NOUN: Noun = Noun::masculine("audience", "público").plural("audiences", "públicos");
    const MOST: usize = 500;
}

impl Audience {
    pub fn new(name: &str) -> Audience {
        Audience {
            id: 0,
            name: name.to_string(),
            description: String::new(),
            needs: String::new(),
            whereabouts: String::new(),
            channel_ids: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> Audience {
        trim_all(&mut [
            &mut self.name,
            &mut self.description,
            &mut self.needs,
            &mut self.whereabouts,
        ]);
        tidy_ids(&mut self.channel_ids);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .long("description", &self.description)
            .long("needs", &self.needs)
            .long("whereabouts", &self.whereabouts)
            .done()
    }

    pub fn validated(self) -> Result<Audience> {
        let audience = self.normalized();
        check(audience.issues())?;
        Ok(audience)
    }
}
