//! Property tests: the cadence calendar and the JSON round trip hold for
//! many generated inputs, not only the examples; and the `.ics` export is
//! read back by a real iCalendar parser.

use chrono::{Datelike, Duration, NaiveDate, Utc};
use proptest::prelude::*;
use rumbo_core::calendar;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::{Cadence, Department, Direction, Flow, Weekday};
use rumbo_core::{Lang, sample};

fn date(offset: i64) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + Duration::days(offset)
}

fn weekday(index: u8) -> Weekday {
    Weekday::ALL[usize::from(index % 7)]
}

fn cadence() -> impl Strategy<Value = Cadence> {
    prop_oneof![
        (0..800i64).prop_map(|d| Cadence::OneOff { date: date(d) }),
        (
            proptest::option::of(0..800i64),
            any::<bool>(),
            proptest::option::of(0..400i64)
        )
            .prop_map(|(d, weekdays_only, u)| Cadence::Daily {
                start: d.map(date),
                weekdays_only,
                until: u.map(|u| date(d.unwrap_or(0) + u)),
            }),
        (1..8u32).prop_map(|n| Cadence::Weekly {
            start: None,
            every_weeks: n,
            until: None
        }),
        (0..800i64, 1..8u32, proptest::option::of(0..400i64)).prop_map(|(d, n, u)| {
            Cadence::Weekly {
                start: Some(date(d)),
                every_weeks: n,
                until: u.map(|u| date(d + u)),
            }
        }),
        (
            0..800i64,
            prop_oneof![Just(-1), 1..5i32],
            0..7u8,
            proptest::option::of(0..400i64)
        )
            .prop_map(|(d, w, wd, u)| Cadence::MonthlyWeekday {
                start: date(d),
                week: w,
                weekday: weekday(wd),
                until: u.map(|u| date(d + u))
            }),
        (0..800i64, 1..29u32).prop_map(|(d, day)| Cadence::MonthlyDay {
            start: date(d),
            day,
            until: None
        }),
    ]
}

proptest! {
    #[test]
    fn occurrences_are_in_range_ordered_and_follow_the_rule(c in cadence(), from in 0..900i64, len in 0..200i64) {
        let (from, to) = (date(from), date(from + len));
        let days = c.occurrences(from, to);
        prop_assert!(days.windows(2).all(|w| w[0] < w[1]), "ordered and distinct");
        for d in &days {
            prop_assert!(*d >= from && *d <= to);
            match c {
                Cadence::OneOff { date } => prop_assert_eq!(*d, date),
                Cadence::Daily { start, weekdays_only, until } => {
                    prop_assert!(start.is_none_or(|s| *d >= s) && until.is_none_or(|u| *d <= u));
                    if weekdays_only {
                        prop_assert!(d.weekday().number_from_monday() <= 5, "a working day");
                    }
                }
                Cadence::Weekly { start: None, .. } => prop_assert!(false, "a weekly cadence without a start has no dates"),
                Cadence::Weekly { start: Some(start), every_weeks, until } => {
                    prop_assert!(*d >= start && until.is_none_or(|u| *d <= u));
                    prop_assert_eq!((*d - start).num_days() % (i64::from(every_weeks) * 7), 0);
                }
                Cadence::MonthlyWeekday { start, week, weekday, until } => {
                    prop_assert!(*d >= start && until.is_none_or(|u| *d <= u));
                    prop_assert_eq!(d.weekday(), weekday.to_chrono());
                    if week == -1 {
                        prop_assert!((*d + Duration::days(7)).month() != d.month(), "the last one");
                    } else {
                        prop_assert_eq!((d.day() - 1) / 7 + 1, u32::try_from(week).unwrap_or(0));
                    }
                }
                Cadence::MonthlyDay { start, day, .. } => {
                    prop_assert!(*d >= start);
                    prop_assert_eq!(d.day(), day);
                }
                Cadence::AsNeeded => prop_assert!(false, "as needed has no dates"),
            }
        }
        // Splitting the range in two gives the same dates.
        let middle = from + Duration::days(len / 2);
        let mut halves = c.occurrences(from, middle);
        halves.extend(c.occurrences(middle + Duration::days(1), to));
        prop_assert_eq!(halves, days);
    }

    #[test]
    fn any_text_and_numbers_survive_the_json_round_trip(
        name in "\\PC{1,60}",
        purpose in "(\\PC|\n){0,200}",
        hours in 0.0f64..168.0,
        target in proptest::option::of(-1.0e9f64..1.0e9),
    ) {
        prop_assume!(!name.trim().is_empty());
        let mut doc = sample::workspace(Lang::Es);
        doc.channels[0].name = name.trim().to_string();
        doc.channels[0].purpose = purpose.trim().to_string();
        doc.channels[0].weekly_effort_hours = Some(hours);
        doc.objectives[0].target = target.filter(|t| Some(*t) != doc.objectives[0].baseline);
        prop_assume!(doc.channels.iter().skip(1).all(|c| c.name.to_lowercase() != doc.channels[0].name.to_lowercase()));
        let text = doc.to_json().unwrap_or_default();
        let back = WorkspaceDoc::from_json(&text);
        prop_assert!(back.as_ref().ok() == Some(&doc), "the document changed: {:?}", back.as_ref().err());
        prop_assert!(back.and_then(|d| d.to_json()).unwrap_or_default() == text, "the JSON changed");
    }
}

#[test]
fn the_ics_export_is_read_by_a_real_icalendar_parser() {
    let doc = sample::workspace(Lang::Es);
    let text = calendar::ics(
        &doc.flows,
        &doc.departments,
        &doc.profile.name,
        Lang::Es,
        Utc::now(),
    );
    let mut calendars = ical::IcalParser::new(text.as_bytes());
    let calendar = calendars
        .next()
        .and_then(Result::ok)
        .unwrap_or_else(|| panic!("not a calendar:\n{text}"));
    assert!(calendars.next().is_none());
    let property = |event: &ical::parser::ical::component::IcalEvent, name: &str| {
        event
            .properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap_or_default()
    };
    let schedulable = doc
        .flows
        .iter()
        .filter(|f| !matches!(f.cadence, Cadence::AsNeeded))
        .count();
    assert_eq!(calendar.events.len(), schedulable);
    let sync = calendar
        .events
        .iter()
        .find(|e| property(e, "SUMMARY") == "Reunión semanal de contenidos");
    let sync = sync.unwrap_or_else(|| panic!("the weekly sync is missing"));
    assert_eq!(property(sync, "RRULE"), "FREQ=WEEKLY;INTERVAL=1");
    assert_eq!(property(sync, "DTSTART"), "20260302");
    let report = calendar
        .events
        .iter()
        .find(|e| property(e, "RRULE").contains("BYDAY=-1FR"));
    assert!(report.is_some(), "the last-Friday all-staff update");
    let uids: std::collections::HashSet<String> =
        calendar.events.iter().map(|e| property(e, "UID")).collect();
    assert_eq!(uids.len(), calendar.events.len(), "UIDs are unique");
}

#[test]
fn an_as_needed_flow_has_no_dates_and_is_left_out_of_the_ics() {
    let flow = Flow {
        id: 9,
        ..Flow::new("Crisis alert", Direction::AllStaff, Cadence::AsNeeded)
    };
    assert!(flow.cadence.occurrences(date(0), date(400)).is_empty());
    let text = calendar::ics(
        &[flow],
        &[Department::new("IT")],
        "Org",
        Lang::En,
        Utc::now(),
    );
    assert!(!text.contains("BEGIN:VEVENT"));
}
