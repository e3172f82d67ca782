//! Objectives with a KPI, and the measurements that track them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, tidy_ids, trim_all};
use crate::error::{FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// What an objective is for.
    ObjectiveKind {
        Awareness = "awareness", "Awareness", "Notoriedad";
        Engagement = "engagement", "Engagement", "Interacción";
        CustomerCare = "customer_care", "Customer care", "Atención a la ciudadanía y clientes";
        Leads = "leads", "Leads", "Captación";
        Retention = "retention", "Retention", "Fidelización";
        Advocacy = "advocacy", "Advocacy", "Prescripción";
        Listening = "listening", "Listening / insight", "Escucha / conocimiento";
        Internal = "internal", "Internal", "Interno";
    }
}

labelled_enum! {
    /// Where an objective stands.
    ObjectiveStatus {
        Draft = "draft", "Draft", "Borrador";
        Active = "active", "In progress", "En curso";
        Achieved = "achieved", "Achieved", "Conseguido";
        Missed = "missed", "Missed", "No conseguido";
        Dropped = "dropped", "Dropped", "Abandonado";
        Closed = "closed", "Closed without verdict", "Cerrado sin valoración";
    }
}

impl ObjectiveStatus {
    /// Whether the objective is over: achieved, missed, dropped or closed
    /// without a verdict. Nothing more is asked of a finished objective
    /// (no newer value, no deadline).
    pub fn is_finished(self) -> bool {
        matches!(
            self,
            ObjectiveStatus::Achieved
                | ObjectiveStatus::Missed
                | ObjectiveStatus::Dropped
                | ObjectiveStatus::Closed
        )
    }
}

labelled_enum! {
    /// What a measurement's value is: the KPI's value itself, or how much
    /// it changed against the period before, in percent ("+85 % vs the
    /// previous sprint"), when only that is known.
    MeasurementKind {
        Value = "value", "Value", "Valor";
        Change = "change", "Change vs the previous period (%)", "Variación respecto al periodo anterior (%)";
    }
}

/// An objective of the strategy: what should change, measured how, by when.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Objective {
    pub id: i64,
    pub title: String,
    pub description: String,
    pub kind: ObjectiveKind,
    /// The KPI: what is counted ("job-seeker registrations from Instagram").
    pub kpi_metric: String,
    /// Its unit ("registrations per month", "%").
    pub kpi_unit: String,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub start: Option<NaiveDate>,
    pub deadline: Option<NaiveDate>,
    pub owner: String,
    pub status: ObjectiveStatus,
    pub channel_ids: Vec<i64>,
    pub department_ids: Vec<i64>,
}

impl Named for Objective {
    const NOUN: Noun = Noun::masculine("objective", "objetivo").plural("objectives", "objetivos");
    const MOST: usize = 2_000;
}

impl Objective {
    pub fn new(title: &str, kind: ObjectiveKind) -> Objective {
        Objective {
            id: 0,
            title: title.to_string(),
            description: String::new(),
            kind,
            kpi_metric: String::new(),
            kpi_unit: String::new(),
            baseline: None,
            target: None,
            start: None,
            deadline: None,
            owner: String::new(),
            status: ObjectiveStatus::Draft,
            channel_ids: Vec::new(),
            department_ids: Vec::new(),
        }
    }

    pub fn normalized(mut self) -> Objective {
        trim_all(&mut [
            &mut self.title,
            &mut self.description,
            &mut self.kpi_metric,
            &mut self.kpi_unit,
            &mut self.owner,
        ]);
        tidy_ids(&mut self.channel_ids);
        tidy_ids(&mut self.department_ids);
        super::tidy_name(&mut self.title);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("title", &self.title)
            .short("title", &self.title)
            .long("description", &self.description)
            .short("kpiMetric", &self.kpi_metric)
            .short("kpiUnit", &self.kpi_unit)
            .figure("baseline", self.baseline)
            .figure("target", self.target)
            .short("owner", &self.owner)
            .ordered("start", self.start, "deadline", self.deadline);
        if let (Some(baseline), Some(target)) = (self.baseline, self.target)
            && baseline == target
        {
            issues.push("target", IssueKind::SameAsBaseline);
        }
        issues.done()
    }

    pub fn validated(self) -> Result<Objective> {
        let objective = self.normalized();
        check(objective.issues())?;
        Ok(objective)
    }

    /// How far from baseline to target the latest value is, from 0 to 1 (or
    /// beyond), when both ends are known.
    pub fn progress(&self, latest: f64) -> Option<f64> {
        let (baseline, target) = (self.baseline?, self.target?);
        (target != baseline).then(|| (latest - baseline) / (target - baseline))
    }
}

/// A dated value of an objective's KPI.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Measurement {
    pub id: i64,
    pub objective_id: i64,
    pub date: NaiveDate,
    pub value: f64,
    /// A value of the KPI, or a change against the period before (in %).
    pub kind: MeasurementKind,
    /// How it was measured, or what it leaves out.
    pub note: String,
}

impl Named for Measurement {
    const NOUN: Noun =
        Noun::feminine("measurement", "medición").plural("measurements", "mediciones");
    const MOST: usize = 100_000;
}

impl Measurement {
    pub fn normalized(mut self) -> Measurement {
        trim_all(&mut [&mut self.note]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .date("date", Some(self.date))
            .figure("value", Some(self.value))
            .short("note", &self.note)
            .done()
    }

    pub fn validated(self) -> Result<Measurement> {
        let measurement = self.normalized();
        check(measurement.issues())?;
        Ok(measurement)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Error;

    #[test]
    fn dates_must_fall_within_the_years_rumbo_accepts() {
        let mut objective = Objective::new("More registrations", ObjectiveKind::Leads);
        objective.start = NaiveDate::from_ymd_opt(2026, 3, 1);
        objective.deadline = NaiveDate::from_ymd_opt(20266, 3, 1);
        let issues = objective.issues();
        assert_eq!(issues.len(), 1, "{issues:?}");
        assert_eq!(issues[0].field, "deadline");
        assert_eq!(issues[0].code(), crate::error::FieldCode::OutOfRange);
        assert_eq!(
            issues[0].message(crate::Lang::Es),
            "Introduce una fecha entre los años 1900 y 2200."
        );
        objective.deadline = NaiveDate::from_ymd_opt(2200, 12, 31);
        assert!(objective.issues().is_empty());
        objective.start = NaiveDate::from_ymd_opt(1899, 12, 31);
        assert_eq!(objective.issues()[0].field, "start");

        let measurement = Measurement {
            id: 0,
            objective_id: 1,
            date: NaiveDate::from_ymd_opt(-5, 1, 1).unwrap_or_default(),
            value: 3.0,
            kind: MeasurementKind::Value,
            note: String::new(),
        };
        assert_eq!(measurement.issues()[0].field, "date");
    }

    #[test]
    fn target_must_differ_from_baseline_and_dates_be_in_order() {
        let mut objective = Objective::new("More registrations", ObjectiveKind::Leads);
        objective.baseline = Some(120.0);
        objective.target = Some(120.0);
        objective.start = NaiveDate::from_ymd_opt(2027, 3, 1);
        objective.deadline = NaiveDate::from_ymd_opt(2027, 1, 1);
        let fields: Vec<&str> = match objective.clone().validated() {
            Err(Error::Validation(issues)) => issues.iter().map(|i| i.field).collect(),
            other => panic!("{other:?}"),
        };
        assert_eq!(fields, ["deadline", "target"]);
        objective.target = Some(200.0);
        objective.deadline = NaiveDate::from_ymd_opt(2027, 12, 31);
        assert!(objective.clone().validated().is_ok());
        assert_eq!(objective.progress(160.0), Some(0.5));
    }

    #[test]
    fn kpi_figures_beyond_a_thousand_trillion_are_refused() {
        let mut objective = Objective::new("More registrations", ObjectiveKind::Leads);
        objective.baseline = Some(-1e15);
        objective.target = Some(1e15);
        assert!(objective.issues().is_empty());
        objective.baseline = Some(-1.7e308);
        objective.target = Some(1.000_001e15);
        let issues = objective.issues();
        let fields: Vec<&str> = issues.iter().map(|i| i.field).collect();
        assert_eq!(fields, ["baseline", "target"]);
        assert_eq!(issues[0].code(), crate::error::FieldCode::OutOfRange);
        assert_eq!(
            issues[0].message(crate::Lang::En),
            "Enter a number from -10¹⁵ to 10¹⁵ (a thousand trillion): a larger one is not a real figure."
        );
        assert_eq!(
            issues[0].message(crate::Lang::Es),
            "Introduce un número entre -10¹⁵ y 10¹⁵ (mil billones): uno mayor no es una cifra real."
        );
        let m = Measurement {
            id: 0,
            objective_id: 1,
            date: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default(),
            value: 2e15,
            kind: MeasurementKind::Value,
            note: String::new(),
        };
        assert_eq!(m.issues()[0].field, "value");
    }

    #[test]
    fn a_measurement_must_be_a_number() {
        let date = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let m = Measurement {
            id: 0,
            objective_id: 1,
            date,
            value: f64::INFINITY,
            kind: MeasurementKind::Value,
            note: String::new(),
        };
        assert!(m.validated().is_err());
    }
}
