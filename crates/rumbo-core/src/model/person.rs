//! The people who run the channels: the coordinator (the community
//! manager), the account manager of each department, editors, moderators,
//! and whoever holds admin access — names and roles only, never passwords —
//! with the hours a week each gives to social media (the staffing).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_WEEKLY_HOURS, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What a person does for the channels.
    Duty {
        Coordinator = "coordinator", "Coordinator (community manager)", "Coordinación (community manager)";
        AccountManager = "account_manager", "Account manager", "Gestión de cuentas";
        Editor = "editor", "Content editor", "Edición de contenidos";
        Moderator = "moderator", "Moderation and replies", "Moderación y respuesta";
        Administrator = "administrator", "Admin access only", "Solo acceso de administración";
        Support = "support", "Support (design, video, legal…)", "Apoyo (diseño, vídeo, jurídico…)";
    }
}

/// A person (or a post still to fill) who works on the channels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Person {
    pub id: i64,
    /// Their name, or the post while it is vacant ("Vacant — video editor").
    pub name: String,
    /// Their job title, as the organization writes it.
    pub role: String,
    pub duty: Duty,
    /// The unit they belong to. The coordinator's is the community
    /// manager's own unit.
    pub department_id: Option<i64>,
    /// Hours a week they give to the channels; `None` when not known.
    pub weekly_hours: Option<f64>,
    /// How to reach them, backups, anything else.
    pub notes: String,
}

impl Named for Person {
    const NOUN: Noun = Noun::feminine("person", "persona").plural("people", "personas");
    const MOST: usize = 2_000;
}

impl Person {
    pub fn new(name: &str, duty: Duty) -> Person {
        Person {
            id: 0,
            name: name.to_string(),
            role: String::new(),
            duty,
            department_id: None,
            weekly_hours: None,
            notes: String::new(),
        }
    }

    pub fn normalized(mut self) -> Person {
        trim_all(&mut [&mut self.name, &mut self.role, &mut self.notes]);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .short("role", &self.role);
        if let Some(hours) = self.weekly_hours {
            issues.range("weeklyHours", hours, 0.0, MAX_WEEKLY_HOURS);
        }
        issues.long("notes", &self.notes).done()
    }

    pub fn validated(self) -> Result<Person> {
        let person = self.normalized();
        check(person.issues())?;
        Ok(person)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn a_person_needs_a_name_and_real_hours_or_none() {
        let mut person = Person::new("  ", Duty::AccountManager);
        person.weekly_hours = Some(200.0);
        let fields: Vec<&str> = match person.clone().validated() {
            Err(Error::Validation(issues)) => issues.iter().map(|i| i.field).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(fields, ["name", "weeklyHours"]);
        person.name = " Ana  Ruiz ".into();
        person.weekly_hours = None;
        let person = person.validated().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(person.name, "Ana  Ruiz");
        assert_eq!(person.weekly_hours, None);
    }
}
