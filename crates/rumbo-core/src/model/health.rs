//! What the strategy health check keeps with the workspace: its thresholds,
//! and the findings the community manager accepted as a known risk.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, MAX_WEEKLY_HOURS, check, trim_all};
use crate::error::{FieldIssue, Result};

/// The thresholds of the health check. Every workspace has one set; a new
/// workspace starts from [`HealthSettings::default`].
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct HealthSettings {
    /// Hours a week the community manager can give to the channels.
    pub cm_weekly_hours: f64,
    /// Days after which a pending recommendation counts as unanswered.
    pub answer_days: u32,
    /// The share of decided recommendations, in percent, that may be ignored
    /// before the check says so.
    pub ignored_share_percent: u32,
    /// Days without a measurement after which an objective in progress is
    /// "long unmeasured".
    pub stale_measurement_days: u32,
    /// A weighted brand-fit score (0–5) below this is low.
    pub low_fit: f64,
    /// A weighted brand-fit score (0–5) at or above this is high.
    pub high_fit: f64,
    /// Months after which an open account's access counts as not reviewed.
    pub access_review_months: u32,
    /// Months after the last drill of the crisis playbook before it is due
    /// again.
    pub drill_months: u32,
}

impl Default for HealthSettings {
    fn default() -> HealthSettings {
        HealthSettings {
            cm_weekly_hours: 20.0,
            answer_days: 30,
            ignored_share_percent: 25,
            stale_measurement_days: 60,
            low_fit: 2.5,
            high_fit: 3.5,
            access_review_months: 12,
            drill_months: 12,
        }
    }
}

/// The longest time between two drills of the crisis playbook: ten years.
pub const MAX_DRILL_MONTHS: u32 = 120;

/// The longest threshold in days: ten years.
pub const MAX_DAYS: u32 = 3650;
/// The longest time between access reviews: ten years.
pub const MAX_REVIEW_MONTHS: u32 = 120;

impl HealthSettings {
    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .range("cmWeeklyHours", self.cm_weekly_hours, 0.5, MAX_WEEKLY_HOURS)
            .range(
                "answerDays",
                f64::from(self.answer_days),
                1.0,
                f64::from(MAX_DAYS),
            )
            .range(
                "ignoredSharePercent",
                f64::from(self.ignored_share_percent),
                0.0,
                100.0,
            )
            .range(
                "staleMeasurementDays",
                f64::from(self.stale_measurement_days),
                1.0,
                f64::from(MAX_DAYS),
            )
            .range("lowFit", self.low_fit, 0.0, 5.0)
            .range("highFit", self.high_fit, 0.0, 5.0)
            .range(
                "accessReviewMonths",
                f64::from(self.access_review_months),
                1.0,
                f64::from(MAX_REVIEW_MONTHS),
            )
            .range(
                "drillMonths",
                f64::from(self.drill_months),
                1.0,
                f64::from(MAX_DRILL_MONTHS),
            );
        if self.low_fit.is_finite() && self.high_fit.is_finite() && self.high_fit <= self.low_fit {
            issues.push(
                "highFit",
                crate::error::IssueKind::OutOfRange {
                    min: self.low_fit,
                    max: 5.0,
                },
            );
        }
        issues.done()
    }

    pub fn validated(self) -> Result<HealthSettings> {
        check(self.issues())?;
        Ok(self)
    }
}

/// A finding the community manager has accepted, with the reason. It stays
/// in the health report and in the document, marked as an accepted risk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acknowledgement {
    /// The finding's stable key: its rule and the thing it is about, such as
    /// `objective-presence/objective/3`.
    pub key: String,
    pub reason: String,
    /// When it was accepted.
    pub date: NaiveDate,
}

impl Acknowledgement {
    pub fn normalized(mut self) -> Acknowledgement {
        trim_all(&mut [&mut self.key, &mut self.reason]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("key", &self.key)
            .short("key", &self.key)
            .required("reason", &self.reason)
            .long("reason", &self.reason)
            .date("date", Some(self.date))
            .done()
    }

    pub fn validated(self) -> Result<Acknowledgement> {
        let ack = self.normalized();
        check(ack.issues())?;
        Ok(ack)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_defaults_are_valid_and_bad_thresholds_are_refused() {
        assert_eq!(HealthSettings::default().issues(), vec![]);
        let bad = HealthSettings {
            cm_weekly_hours: 0.0,
            answer_days: 0,
            ignored_share_percent: 101,
            stale_measurement_days: 9999,
            low_fit: 4.0,
            high_fit: 3.0,
            access_review_months: 0,
            drill_months: 0,
        };
        let fields: Vec<&str> = bad.issues().iter().map(|i| i.field).collect();
        assert_eq!(
            fields,
            [
                "cmWeeklyHours",
                "answerDays",
                "ignoredSharePercent",
                "staleMeasurementDays",
                "accessReviewMonths",
                "drillMonths",
                "highFit"
            ]
        );
    }

    #[test]
    fn an_acknowledgement_needs_a_reason() {
        let ack = Acknowledgement {
            key: " channel-low-fit/channel/2 ".into(),
            reason: "  ".into(),
            date: NaiveDate::from_ymd_opt(2026, 1, 2).unwrap_or_default(),
        };
        let fields: Vec<&str> = ack
            .normalized()
            .issues()
            .into_iter()
            .map(|i| i.field)
            .collect();
        assert_eq!(fields, ["reason"]);
    }
}
