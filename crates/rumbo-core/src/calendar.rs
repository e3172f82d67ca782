//! The internal-communication calendar: dates computed from the flows'
//! cadences, and their export as an iCalendar (`.ics`) file (RFC 5545).

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::lang::Lang;
use crate::model::{Cadence, Department, Direction, Flow, Weekday};

/// One occurrence of a flow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CalendarEntry {
    pub date: NaiveDate,
    pub flow_id: i64,
    pub name: String,
    pub direction: Direction,
    pub department_ids: Vec<i64>,
}

/// The `week`-th `weekday` of the month of `year`/`month` (-1: the last).
fn nth_weekday(year: i32, month: u32, week: i32, weekday: Weekday) -> Option<NaiveDate> {
    let weekday = weekday.to_chrono();
    if week == -1 {
        let next = NaiveDate::from_ymd_opt(year, month, 1)?.checked_add_months(Months::new(1))?;
        let mut day = next.pred_opt()?;
        while day.weekday() != weekday {
            day = day.pred_opt()?;
        }
        Some(day)
    } else {
        let n = u8::try_from(week).ok()?;
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)
    }
}

/// The first day of each month from `start`'s month on.
fn months_from(start: NaiveDate) -> impl Iterator<Item = NaiveDate> {
    let first = start.with_day(1).unwrap_or(start);
    (0_u32..).map_while(move |k| first.checked_add_months(Months::new(k)))
}

impl Cadence {
    /// The dates on which this cadence falls between `from` and `to`, inclusive.
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        if to < from {
            return Vec::new();
        }
        let within = |d: &NaiveDate, start: NaiveDate, until: Option<NaiveDate>| {
            *d >= from && *d >= start && until.is_none_or(|u| *d <= u)
        };
        match *self {
            Cadence::AsNeeded => Vec::new(),
            Cadence::OneOff { date } => (from..=to)
                .contains(&date)
                .then_some(date)
                .into_iter()
                .collect(),
            Cadence::Daily {
                start,
                weekdays_only,
                until,
            } => {
                let first = start.map_or(from, |s| s.max(from));
                first
                    .iter_days()
                    .take_while(|d| *d <= to && until.is_none_or(|u| *d <= u))
                    .filter(|d| {
                        !weekdays_only
                            || !matches!(d.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun)
                    })
                    .collect()
            }
            // A weekly cadence with no start has no known weekday: no dates.
            Cadence::Weekly { start: None, .. } => Vec::new(),
            Cadence::Weekly {
                start: Some(start),
                every_weeks,
                until,
            } => {
                let step = i64::from(every_weeks.max(1)) * 7;
                let skip = if from > start {
                    ((from - start).num_days() + step - 1) / step
                } else {
                    0
                };
                (skip..)
                    .map_while(|k| start.checked_add_signed(Duration::days(k * step)))
                    .take_while(|d| *d <= to && until.is_none_or(|u| *d <= u))
                    .collect()
            }
            Cadence::MonthlyWeekday {
                start,
                week,
                weekday,
                until,
            } => months_from(start)
                .take_while(|m| *m <= to)
                .filter_map(|m| nth_weekday(m.year(), m.month(), week, weekday))
                .filter(|d| *d <= to && within(d, start, until))
                .collect(),
            Cadence::MonthlyDay { start, day, until } => months_from(start)
                .take_while(|m| *m <= to)
                .filter_map(|m| NaiveDate::from_ymd_opt(m.year(), m.month(), day))
                .filter(|d| *d <= to && within(d, start, until))
                .collect(),
        }
    }

    /// The first date on or after the cadence's start.
    fn first(&self) -> Option<NaiveDate> {
        match *self {
            Cadence::AsNeeded => None,
            Cadence::OneOff { date } => Some(date),
            Cadence::Weekly { start, .. } => start,
            Cadence::Daily { start, .. } => {
                let start = start?;
                self.occurrences(start, start + Duration::days(7))
                    .into_iter()
                    .next()
            }
            Cadence::MonthlyWeekday { start, .. } | Cadence::MonthlyDay { start, .. } => self
                .occurrences(start, start.checked_add_months(Months::new(2))?)
                .into_iter()
                .next(),
        }
    }

    /// The iCalendar recurrence rule, if it recurs.
    fn rrule(&self) -> Option<String> {
        let until = |u: Option<NaiveDate>| {
            u.map(|u| format!(";UNTIL={}", u.format("%Y%m%d")))
                .unwrap_or_default()
        };
        match *self {
            Cadence::AsNeeded | Cadence::OneOff { .. } => None,
            Cadence::Daily {
                weekdays_only,
                until: u,
                ..
            } => Some(if weekdays_only {
                format!("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR{}", until(u))
            } else {
                format!("FREQ=DAILY{}", until(u))
            }),
            Cadence::Weekly {
                every_weeks,
                until: u,
                ..
            } => Some(format!(
                "FREQ=WEEKLY;INTERVAL={}{}",
                every_weeks.max(1),
                until(u)
            )),
            Cadence::MonthlyWeekday {
                week,
                weekday,
                until: u,
                ..
            } => Some(format!(
                "FREQ=MONTHLY;BYDAY={week}{}{}",
                weekday.ical(),
                until(u)
            )),
            Cadence::MonthlyDay { day, until: u, .. } => {
                Some(format!("FREQ=MONTHLY;BYMONTHDAY={day}{}", until(u)))
            }
        }
    }
}

/// Every occurrence of every flow from `from` for `weeks` weeks, by date.
pub fn entries(flows: &[Flow], from: NaiveDate, weeks: u32) -> Vec<CalendarEntry> {
    let to = from + Duration::days(i64::from(weeks) * 7 - 1);
    let mut entries: Vec<CalendarEntry> = flows
        .iter()
        .flat_map(|flow| {
            flow.cadence
                .occurrences(from, to)
                .into_iter()
                .map(move |date| CalendarEntry {
                    date,
                    flow_id: flow.id,
                    name: flow.name.clone(),
                    direction: flow.direction,
                    department_ids: flow.department_ids.clone(),
                })
        })
        .collect();
    entries.sort_by(|a, b| a.date.cmp(&b.date).then_with(|| a.name.cmp(&b.name)));
    entries
}

/// Escapes a TEXT value (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets, never inside a character (§3.1).
fn fold(line: &str, out: &mut String) {
    let mut width = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

/// The calendar of `flows` as an `.ics` file. `organization` names the
/// calendar and makes the events' UIDs unique; `stamp` is the DTSTAMP.
pub fn ics(
    flows: &[Flow],
    departments: &[Department],
    organization: &str,
    lang: Lang,
    stamp: DateTime<Utc>,
) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold(&text, &mut out);
    let slug: String = organization
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line(format!(
        "PRODID:-//Rumbo//Rumbo {}//{}",
        env!("CARGO_PKG_VERSION"),
        lang.code().to_uppercase()
    ));
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    let title = match lang {
        Lang::En => format!("{organization} — internal communication"),
        Lang::Es => format!("{organization} — comunicación interna"),
    };
    line(format!("X-WR-CALNAME:{}", escape(&title)));
    for flow in flows {
        let Some(first) = flow.cadence.first() else {
            continue;
        };
        let department = departments
            .iter()
            .filter(|d| flow.department_ids.contains(&d.id))
            .map(|d| d.name.as_str())
            .collect::<Vec<_>>()
            .join(", ");
        let mut description = vec![format!(
            "{}: {}",
            lang.pick("Direction", "Sentido"),
            flow.direction.label(lang)
        )];
        if !department.is_empty() {
            description.push(format!(
                "{}: {department}",
                lang.pick("Department", "Departamento")
            ));
        }
        description.push(format!(
            "{}: {}",
            lang.pick("Channel", "Canal"),
            flow.channel.label(lang)
        ));
        for (label, value) in [
            (lang.pick("Audience", "Destinatarios"), &flow.audience),
            (lang.pick("Owner", "Responsable"), &flow.owner),
            (lang.pick("Feedback", "Retorno"), &flow.feedback),
        ] {
            if !value.is_empty() {
                description.push(format!("{label}: {value}"));
            }
        }
        line("BEGIN:VEVENT".into());
        line(format!(
            "UID:flow-{}.{}@rumbo",
            flow.id,
            if slug.is_empty() { "workspace" } else { &slug }
        ));
        line(format!("DTSTAMP:{}", stamp.format("%Y%m%dT%H%M%SZ")));
        line(format!("DTSTART;VALUE=DATE:{}", first.format("%Y%m%d")));
        line(format!(
            "DTEND;VALUE=DATE:{}",
            (first + Duration::days(1)).format("%Y%m%d")
        ));
        if let Some(rule) = flow.cadence.rrule() {
            line(format!("RRULE:{rule}"));
        }
        line(format!("SUMMARY:{}", escape(&flow.name)));
        line(format!("DESCRIPTION:{}", escape(&description.join("\n"))));
        line("TRANSP:TRANSPARENT".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn weekly_every_two_weeks_from_a_start() {
        let cadence = Cadence::Weekly {
            start: Some(d(2027, 1, 4)),
            every_weeks: 2,
            until: None,
        };
        assert_eq!(
            cadence.occurrences(d(2027, 1, 1), d(2027, 2, 1)),
            [d(2027, 1, 4), d(2027, 1, 18), d(2027, 2, 1)]
        );
        assert_eq!(
            cadence.occurrences(d(2027, 1, 5), d(2027, 1, 20)),
            [d(2027, 1, 18)]
        );
    }

    #[test]
    fn monthly_on_the_first_and_last_weekday() {
        let first_monday = Cadence::MonthlyWeekday {
            start: d(2027, 1, 1),
            week: 1,
            weekday: Weekday::Mon,
            until: None,
        };
        assert_eq!(
            first_monday.occurrences(d(2027, 1, 1), d(2027, 3, 31)),
            [d(2027, 1, 4), d(2027, 2, 1), d(2027, 3, 1)]
        );
        let last_friday = Cadence::MonthlyWeekday {
            start: d(2027, 1, 1),
            week: -1,
            weekday: Weekday::Fri,
            until: Some(d(2027, 2, 15)),
        };
        assert_eq!(
            last_friday.occurrences(d(2026, 12, 1), d(2027, 6, 1)),
            [d(2027, 1, 29)]
        );
    }

    #[test]
    fn daily_and_weekdays() {
        // 1 January 2027 is a Friday.
        let daily = Cadence::Daily {
            start: Some(d(2027, 1, 1)),
            weekdays_only: false,
            until: Some(d(2027, 1, 4)),
        };
        assert_eq!(
            daily.occurrences(d(2026, 12, 1), d(2027, 2, 1)),
            [d(2027, 1, 1), d(2027, 1, 2), d(2027, 1, 3), d(2027, 1, 4)]
        );
        let weekdays = Cadence::Daily {
            start: Some(d(2027, 1, 2)),
            weekdays_only: true,
            until: None,
        };
        assert_eq!(
            weekdays.occurrences(d(2027, 1, 1), d(2027, 1, 6)),
            [d(2027, 1, 4), d(2027, 1, 5), d(2027, 1, 6)]
        );
        assert_eq!(weekdays.first(), Some(d(2027, 1, 4)));
        let flow = Flow {
            id: 1,
            ..Flow::new("Press review", Direction::AllStaff, weekdays)
        };
        let text = ics(&[flow], &[], "Agencia", Lang::En, Utc::now());
        assert!(text.contains("DTSTART;VALUE=DATE:20270104\r\n"));
        assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR\r\n"));
    }

    #[test]
    fn text_is_escaped_and_lines_folded() {
        let long = "Reunión semanal; contenidos, campañas y \\ respuestas — ".repeat(3);
        let flow = Flow {
            id: 3,
            ..Flow::new(
                &long,
                Direction::AllStaff,
                Cadence::MonthlyDay {
                    start: d(2027, 1, 1),
                    day: 15,
                    until: None,
                },
            )
        };
        let text = ics(&[flow], &[], "Agencia Ñ", Lang::Es, Utc::now());
        assert!(text.contains("RRULE:FREQ=MONTHLY;BYMONTHDAY=15\r\n"));
        assert!(text.contains("\\;") && text.contains("\\,") && text.contains("\\\\"));
        for line in text.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert!(text.ends_with("END:VCALENDAR\r\n"));
    }
}
