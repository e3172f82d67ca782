//! Departments the community manager works with, the activities they share,
//! and the CM's role in each (a RACI grid).

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, trim_all};
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

/// A stakeholder the CM serves: Marketing, Customer service, HR…
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Department {
    pub id: i64,
    pub name: String,
    /// Its head or contact person, and how to reach them.
    pub head: String,
    pub notes: String,
}

impl Named for Department {
    const NOUN: Noun =
        Noun::masculine("department", "departamento").plural("departments", "departamentos");
    const MOST: usize = 500;
}

impl Department {
    pub fn new(name: &str) -> Department {
        Department {
            id: 0,
            name: name.to_string(),
            head: String::new(),
            notes: String::new(),
        }
    }

    pub fn normalized(mut self) -> Department {
        trim_all(&mut [&mut self.name, &mut self.head, &mut self.notes]);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .short("head", &self.head)
            .long("notes", &self.notes)
            .done()
    }

    pub fn validated(self) -> Result<Department> {
        let department = self.normalized();
        check(department.issues())?;
        Ok(department)
    }
}

/// A row of the RACI grid: something the CM does with the departments.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Activity {
    pub id: i64,
    pub name: String,
    /// Order in the grid.
    pub position: i64,
}

impl Named for Activity {
    const NOUN: Noun = Noun::feminine("activity", "actividad").plural("activities", "actividades");
    const MOST: usize = 100;
}

impl Activity {
    pub fn normalized(mut self) -> Activity {
        trim_all(&mut [&mut self.name]);
        super::tidy_name(&mut self.name);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .done()
    }

    pub fn validated(self) -> Result<Activity> {
        let activity = self.normalized();
        check(activity.issues())?;
        Ok(activity)
    }
}

labelled_enum! {
    /// The CM's involvement in an activity for a department.
    RaciRole {
        Responsible = "responsible", "Responsible", "Responsable";
        Accountable = "accountable", "Accountable", "Aprobador";
        Consulted = "consulted", "Consulted", "Consultado";
        Informed = "informed", "Informed", "Informado";
    }
}

impl RaciRole {
    /// The letter shown in the grid.
    pub fn letter(self) -> char {
        match self {
            RaciRole::Responsible => 'R',
            RaciRole::Accountable => 'A',
            RaciRole::Consulted => 'C',
            RaciRole::Informed => 'I',
        }
    }
}

/// One filled cell of the grid. An empty cell has no record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct RaciCell {
    pub department_id: i64,
    pub activity_id: i64,
    pub role: RaciRole,
}
