//! The workspace's domain types: what a community manager records.
//!
//! The same types cross the IPC boundary (TypeScript is generated from them
//! with ts-rs) and make up the JSON interchange format, so their serialized
//! names are camelCase and stable. Every entity is one struct with an `id`
//! (ignored when creating); links to other entities are lists of ids.

mod account;
mod audience;
mod budget;
mod campaign;
mod channel;
mod conduct;
mod crisis;
mod department;
mod document;
mod editorial;
mod fit;
mod health;
mod holiday;
mod internal;
mod objective;
mod person;
mod policy;
mod procedure;
mod profile;
mod recommendation;

pub use account::{Account, Answers};
pub use audience::Audience;
pub use budget::{BudgetCategory, BudgetLine, BudgetPeriod};
pub use campaign::Campaign;
pub use channel::{Channel, ChannelStatus, Network};
// The rules people meet (conduct, crisis, policies).
pub use conduct::{
    MAX_PROTOCOL_STEPS, ModerationAction, ModerationRule, Protocol, ProtocolKind, ProtocolStep,
};
pub use crisis::{
    CrisisLevel, CrisisPlan, HoldingStatement, MAX_CRISIS_RANK, MAX_STATEMENTS, PauseStep,
    PauseWhat,
};
pub use department::{Activity, Department, RaciCell, RaciRole};
pub use document::{
    Approval, ChapterText, Classification, DocFormat, DocSection, DocumentEdition,
    DocumentSettings, DocumentVersion, MAX_VERSION_NOTE, version_note_issues,
};
pub use editorial::{
    Monitoring, Pillar, PillarShare, Register, ResponseUnit, ServiceLevel, StyleGuide, minutes_of,
};
pub use fit::{FitCriterion, FitMatrix, FitRow, FitScore, MAX_SCORE, MAX_WEIGHT, weighted};
pub use health::{Acknowledgement, HealthSettings, MAX_DAYS, MAX_DRILL_MONTHS, MAX_REVIEW_MONTHS};
pub use holiday::{Holiday, HolidayCountry, easter, starting_set};
pub use internal::{Cadence, Direction, Flow, InfoNeed, InternalChannel, Urgency, Weekday};
pub use objective::{Measurement, MeasurementKind, Objective, ObjectiveKind, ObjectiveStatus};
pub use person::{Duty, Person};
pub use policy::{Policy, PolicyKind, PolicyStatus};
pub use procedure::{MAX_STEP_DAYS, Phase, ProcedureStep, lead_time};
pub use profile::{Gender, Profile};
pub use recommendation::{Decision, EntryKind, Recommendation};

use chrono::{Datelike, NaiveDate};

use crate::error::{Entity, Error, FieldIssue, IssueKind, Result};

/// Longest one-line text (a name, a handle).
pub const MAX_SHORT: usize = 120;
/// Longest free text (a mission, a purpose).
pub const MAX_LONG: usize = 5000;
/// Longest text that is a document of its own (a policy, a template).
pub const MAX_TEXT: usize = 20_000;
/// Most entries in a list of texts of one record (the profile's languages).
pub const MAX_LIST: usize = 50;
/// A week has 168 hours.
pub const MAX_WEEKLY_HOURS: f64 = 168.0;
/// The largest KPI value, baseline or target, either way (10¹⁵, a thousand
/// trillion): no real figure is larger, and every format writes one this
/// large in full.
pub const MAX_KPI_VALUE: f64 = 1e15;
/// The first and last years a date may have.
pub const MIN_YEAR: i32 = 1900;
pub const MAX_YEAR: i32 = 2200;

/// An enum stored and exchanged by stable snake_case names, with a label in
/// each language.
macro_rules! labelled_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal, $en:literal, $es:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize, ts_rs::TS)]
        pub enum $name {
            $(#[serde(rename = $text)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            pub fn parse(text: &str) -> Option<$name> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }

            pub fn label(self, lang: $crate::lang::Lang) -> &'static str {
                match self { $($name::$variant => lang.pick($en, $es)),+ }
            }
        }
    };
}
pub(crate) use labelled_enum;

/// Fails with a validation error when there is any issue.
pub fn check(issues: Vec<FieldIssue>) -> Result<()> {
    if issues.is_empty() {
        Ok(())
    } else {
        Err(Error::Validation(issues))
    }
}

/// The issue for a name that another record of the same kind already has.
pub fn duplicate_name(entity: Entity, field: &'static str) -> Error {
    Error::Validation(vec![FieldIssue::new(
        field,
        IssueKind::Duplicate { entity },
    )])
}

/// Collects the issues of one record, field by field.
#[derive(Default)]
pub(crate) struct Issues(pub Vec<FieldIssue>);

impl Issues {
    pub fn required(&mut self, field: &'static str, value: &str) -> &mut Self {
        if value.trim().is_empty() {
            self.0.push(FieldIssue::new(field, IssueKind::Required));
        }
        self
    }

    pub fn short(&mut self, field: &'static str, value: &str) -> &mut Self {
        self.limit(field, value, MAX_SHORT)
    }

    pub fn long(&mut self, field: &'static str, value: &str) -> &mut Self {
        self.limit(field, value, MAX_LONG)
    }

    fn limit(&mut self, field: &'static str, value: &str, max: usize) -> &mut Self {
        if value.chars().count() > max {
            self.0
                .push(FieldIssue::new(field, IssueKind::TooLong { max }));
        }
        self
    }

    pub fn range(&mut self, field: &'static str, value: f64, min: f64, max: f64) -> &mut Self {
        if !value.is_finite() || !(min..=max).contains(&value) {
            self.0
                .push(FieldIssue::new(field, IssueKind::OutOfRange { min, max }));
        }
        self
    }

    /// A KPI figure: a number, at most [`MAX_KPI_VALUE`] either way.
    pub fn figure(&mut self, field: &'static str, value: Option<f64>) -> &mut Self {
        match value {
            Some(v) if !v.is_finite() => {
                self.0.push(FieldIssue::new(field, IssueKind::NotANumber));
            }
            Some(v) if v.abs() > MAX_KPI_VALUE => {
                self.0
                    .push(FieldIssue::new(field, IssueKind::NotARealFigure));
            }
            _ => {}
        }
        self
    }

    /// A date within the years Rumbo accepts ([`MIN_YEAR`]–[`MAX_YEAR`]): a
    /// mistyped year (20266) is caught, and dates sort as text in SQLite.
    pub fn date(&mut self, field: &'static str, value: Option<NaiveDate>) -> &mut Self {
        if value.is_some_and(|d| !(MIN_YEAR..=MAX_YEAR).contains(&d.year())) {
            self.0
                .push(FieldIssue::new(field, IssueKind::DateOutOfRange));
        }
        self
    }

    /// Two dates, each checked with [`Issues::date`]; `end` (the field
    /// named `end_field`) may not come before `start`.
    pub fn ordered(
        &mut self,
        start_field: &'static str,
        start: Option<NaiveDate>,
        end_field: &'static str,
        end: Option<NaiveDate>,
    ) -> &mut Self {
        self.date(start_field, start).date(end_field, end);
        if let (Some(start), Some(end)) = (start, end)
            && end < start
        {
            self.0
                .push(FieldIssue::new(end_field, IssueKind::EndBeforeStart));
        }
        self
    }

    /// A list of at most `max` entries.
    pub fn list(&mut self, field: &'static str, len: usize, max: usize) -> &mut Self {
        if len > max {
            self.0
                .push(FieldIssue::new(field, IssueKind::TooMany { max }));
        }
        self
    }

    pub fn push(&mut self, field: &'static str, kind: IssueKind) -> &mut Self {
        self.0.push(FieldIssue::new(field, kind));
        self
    }

    pub fn done(&mut self) -> Vec<FieldIssue> {
        std::mem::take(&mut self.0)
    }
}

/// Trims every text in place and composes it (Unicode NFC), so that the
/// same words are stored as the same characters.
pub(crate) fn trim_all(texts: &mut [&mut String]) {
    for text in texts.iter_mut() {
        let canonical = crate::text::canonical_text(text);
        if canonical != **text {
            **text = canonical;
        }
    }
}

/// A name in its canonical form ([`crate::text::canonical_name`]): two
/// names that look the same are the same name.
pub(crate) fn tidy_name(name: &mut String) {
    let canonical = crate::text::canonical_name(name);
    if canonical != *name {
        *name = canonical;
    }
}

/// Sorts and de-duplicates a list of linked ids.
pub(crate) fn tidy_ids(ids: &mut Vec<i64>) {
    ids.sort_unstable();
    ids.dedup();
}
