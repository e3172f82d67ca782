//! The internal-communication plan (flows between the CM and the
//! departments, with a cadence) and the information the CM needs.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, labelled_enum, trim_all};
use crate::error::{Because, FieldIssue, IssueKind, Result};
use crate::records::{Named, Noun};

labelled_enum! {
    /// Which way a flow goes.
    Direction {
        CmToDepartment = "cm_to_department", "CM → department", "CM → departamento";
        DepartmentToCm = "department_to_cm", "Department → CM", "Departamento → CM";
        AllStaff = "all_staff", "All staff", "Toda la plantilla";
    }
}

labelled_enum! {
    /// The internal channel a flow uses.
    InternalChannel {
        Meeting = "meeting", "Meeting", "Reunión";
        Email = "email", "Email", "Correo electrónico";
        Chat = "chat", "Chat", "Chat";
        Intranet = "intranet", "Intranet", "Intranet";
        Newsletter = "newsletter", "Internal newsletter", "Boletín interno";
        Report = "report", "Report", "Informe";
        Other = "other", "Other", "Otro";
    }
}

labelled_enum! {
    /// A day of the week.
    Weekday {
        Mon = "mon", "Monday", "lunes";
        Tue = "tue", "Tuesday", "martes";
        Wed = "wed", "Wednesday", "miércoles";
        Thu = "thu", "Thursday", "jueves";
        Fri = "fri", "Friday", "viernes";
        Sat = "sat", "Saturday", "sábado";
        Sun = "sun", "Sunday", "domingo";
    }
}

impl Weekday {
    pub fn to_chrono(self) -> chrono::Weekday {
        match self {
            Weekday::Mon => chrono::Weekday::Mon,
            Weekday::Tue => chrono::Weekday::Tue,
            Weekday::Wed => chrono::Weekday::Wed,
            Weekday::Thu => chrono::Weekday::Thu,
            Weekday::Fri => chrono::Weekday::Fri,
            Weekday::Sat => chrono::Weekday::Sat,
            Weekday::Sun => chrono::Weekday::Sun,
        }
    }

    pub fn of(date: NaiveDate) -> Weekday {
        match date.weekday() {
            chrono::Weekday::Mon => Weekday::Mon,
            chrono::Weekday::Tue => Weekday::Tue,
            chrono::Weekday::Wed => Weekday::Wed,
            chrono::Weekday::Thu => Weekday::Thu,
            chrono::Weekday::Fri => Weekday::Fri,
            chrono::Weekday::Sat => Weekday::Sat,
            chrono::Weekday::Sun => Weekday::Sun,
        }
    }

    /// The iCalendar code (MO, TU…).
    pub fn ical(self) -> &'static str {
        match self {
            Weekday::Mon => "MO",
            Weekday::Tue => "TU",
            Weekday::Wed => "WE",
            Weekday::Thu => "TH",
            Weekday::Fri => "FR",
            Weekday::Sat => "SA",
            Weekday::Sun => "SU",
        }
    }
}

/// How often a flow happens. Dates are local calendar days.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "kind", deny_unknown_fields)]
pub enum Cadence {
    /// Once, on `date`.
    #[serde(rename = "one_off")]
    OneOff { date: NaiveDate },
    /// Every day from `start` (or every working day, Monday to Friday);
    /// with no `start`, on every such day.
    #[serde(rename = "daily", rename_all = "camelCase")]
    Daily {
        start: Option<NaiveDate>,
        weekdays_only: bool,
        until: Option<NaiveDate>,
    },
    /// Every `everyWeeks` weeks on the weekday of `start`. With no `start`
    /// the day is not known: it has no dates in the calendar, and nothing
    /// says which weekday it falls on.
    #[serde(rename = "weekly", rename_all = "camelCase")]
    Weekly {
        start: Option<NaiveDate>,
        every_weeks: u32,
        until: Option<NaiveDate>,
    },
    /// Every month on the `week`-th `weekday` (1–4, or -1 for the last).
    #[serde(rename = "monthly_weekday", rename_all = "camelCase")]
    MonthlyWeekday {
        start: NaiveDate,
        week: i32,
        weekday: Weekday,
        until: Option<NaiveDate>,
    },
    /// Every month on day `day` (1–28).
    #[serde(rename = "monthly_day", rename_all = "camelCase")]
    MonthlyDay {
        start: NaiveDate,
        day: u32,
        until: Option<NaiveDate>,
    },
    /// No fixed date: when something happens.
    #[serde(rename = "as_needed")]
    AsNeeded,
}

impl Cadence {
    /// Every kind of cadence, as the JSON's `kind` names it.
    pub const KINDS: &'static [&'static str] = &[
        "one_off",
        "daily",
        "weekly",
        "monthly_weekday",
        "monthly_day",
        "as_needed",
    ];

    /// This cadence's kind, as the JSON's `kind` names it.
    pub fn kind(&self) -> &'static str {
        match self {
            Cadence::OneOff { .. } => "one_off",
            Cadence::Daily { .. } => "daily",
            Cadence::Weekly { .. } => "weekly",
            Cadence::MonthlyWeekday { .. } => "monthly_weekday",
            Cadence::MonthlyDay { .. } => "monthly_day",
            Cadence::AsNeeded => "as_needed",
        }
    }

    fn issues(&self, issues: &mut Issues) {
        match self {
            Cadence::OneOff { date } => {
                issues.date("cadence.date", Some(*date));
            }
            Cadence::AsNeeded => {}
            Cadence::Daily { start, until, .. } => {
                issues.ordered("cadence.start", *start, "cadence.until", *until);
            }
            Cadence::Weekly {
                start,
                every_weeks,
                until,
            } => {
                issues.range("cadence.everyWeeks", f64::from(*every_weeks), 1.0, 52.0);
                issues.ordered("cadence.start", *start, "cadence.until", *until);
            }
            Cadence::MonthlyWeekday {
                start, week, until, ..
            } => {
                if !matches!(week, 1..=4 | -1) {
                    issues.push(
                        "cadence.week",
                        IssueKind::OutOfRange {
                            min: -1.0,
                            max: 4.0,
                        },
                    );
                }
                issues.ordered("cadence.start", Some(*start), "cadence.until", *until);
            }
            Cadence::MonthlyDay { start, day, until } => {
                issues.range("cadence.day", f64::from(*day), 1.0, 28.0);
                issues.ordered("cadence.start", Some(*start), "cadence.until", *until);
            }
        }
    }
}

/// A recurring or one-off internal-communication flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Flow {
    pub id: i64,
    /// The message or purpose ("Weekly content sync with Marketing").
    pub name: String,
    pub direction: Direction,
    /// The departments on the other end: one or several (none for
    /// all-staff flows).
    pub department_ids: Vec<i64>,
    /// Who receives it, in words.
    pub audience: String,
    pub channel: InternalChannel,
    pub cadence: Cadence,
    pub owner: String,
    /// How the receivers answer back.
    pub feedback: String,
}

impl Named for Flow {
    const NOUN: Noun = Noun::masculine("internal flow", "flujo interno")
        .plural("internal flows", "flujos internos");
    const MOST: usize = 2_000;
}

impl Flow {
    pub fn new(name: &str, direction: Direction, cadence: Cadence) -> Flow {
        Flow {
            id: 0,
            name: name.to_string(),
            direction,
            department_ids: Vec::new(),
            audience: String::new(),
            channel: InternalChannel::Meeting,
            cadence,
            owner: String::new(),
            feedback: String::new(),
        }
    }

    pub fn normalized(mut self) -> Flow {
        trim_all(&mut [
            &mut self.name,
            &mut self.audience,
            &mut self.owner,
            &mut self.feedback,
        ]);
        super::tidy_ids(&mut self.department_ids);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues
            .required("name", &self.name)
            .short("name", &self.name)
            .short("audience", &self.audience)
            .short("owner", &self.owner)
            .long("feedback", &self.feedback);
        if self.direction != Direction::AllStaff && self.department_ids.is_empty() {
            issues.push(
                "departmentIds",
                IssueKind::RequiredBecause {
                    because: Because::FlowWithDepartment,
                },
            );
        }
        self.cadence.issues(&mut issues);
        issues.done()
    }

    pub fn validated(self) -> Result<Flow> {
        let flow = self.normalized();
        check(flow.issues())?;
        Ok(flow)
    }
}

labelled_enum! {
    /// How fast the CM needs a piece of information.
    Urgency {
        Immediate = "immediate", "Immediately (within hours)", "De inmediato (en horas)";
        SameDay = "same_day", "The same day", "En el mismo día";
        ThisWeek = "this_week", "Within the week", "En la semana";
        Monthly = "monthly", "Monthly is enough", "Basta con una vez al mes";
    }
}

/// Something the CM needs from a department to do the job.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct InfoNeed {
    pub id: i64,
    pub department_id: Option<i64>,
    /// What the CM needs ("Service outages before they are announced").
    pub what: String,
    pub urgency: Urgency,
    /// The flow that carries it, if one does.
    pub flow_id: Option<i64>,
}

impl Named for InfoNeed {
    const NOUN: Noun = Noun::feminine("information need", "necesidad de información")
        .plural("information needs", "necesidades de información");
    const MOST: usize = 2_000;
}

impl InfoNeed {
    pub fn normalized(mut self) -> InfoNeed {
        trim_all(&mut [&mut self.what]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        let mut issues = Issues::default();
        issues.required("what", &self.what).long("what", &self.what);
        if self.department_id.is_none() {
            issues.push("departmentId", IssueKind::Required);
        }
        issues.done()
    }

    pub fn validated(self) -> Result<InfoNeed> {
        let need = self.normalized();
        check(need.issues())?;
        Ok(need)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cadence_kind_is_listed_as_the_json_names_it() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 2).unwrap_or_default();
        let every = [
            Cadence::OneOff { date: day },
            Cadence::Daily {
                start: None,
                weekdays_only: true,
                until: None,
            },
            Cadence::Weekly {
                start: Some(day),
                every_weeks: 1,
                until: None,
            },
            Cadence::MonthlyWeekday {
                start: day,
                week: 1,
                weekday: Weekday::Mon,
                until: None,
            },
            Cadence::MonthlyDay {
                start: day,
                day: 2,
                until: None,
            },
            Cadence::AsNeeded,
        ];
        let kinds: Vec<&str> = every.iter().map(Cadence::kind).collect();
        assert_eq!(kinds, Cadence::KINDS);
        for cadence in &every {
            let json = serde_json::to_value(cadence).unwrap_or_default();
            assert_eq!(json["kind"], cadence.kind());
        }
    }
}
