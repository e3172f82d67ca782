//! Public holidays the workspace lists: the planner warns of meetings that
//! fall on one. The CM keeps the list; starting sets for Spain and the
//! United Kingdom (England and Wales) fill in a year at once.

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use super::{Issues, check, trim_all};
use crate::Lang;
use crate::error::{FieldIssue, Result};
use crate::records::{Named, Noun};

/// A day off for everyone the plan involves.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Holiday {
    pub id: i64,
    pub date: NaiveDate,
    /// "Christmas Day", "Día de la Hispanidad".
    pub name: String,
}

impl Named for Holiday {
    const NOUN: Noun =
        Noun::masculine("public holiday", "día festivo").plural("public holidays", "días festivos");
    const MOST: usize = 2_000;
}

impl Holiday {
    pub fn new(date: NaiveDate, name: &str) -> Holiday {
        Holiday {
            id: 0,
            date,
            name: name.to_string(),
        }
    }

    pub fn normalized(mut self) -> Holiday {
        trim_all(&mut [&mut self.name]);
        self
    }

    pub fn issues(&self) -> Vec<FieldIssue> {
        Issues::default()
            .required("name", &self.name)
            .short("name", &self.name)
            .date("date", Some(self.date))
            .done()
    }

    pub fn validated(self) -> Result<Holiday> {
        let holiday = self.normalized();
        check(holiday.issues())?;
        Ok(holiday)
    }
}

/// The countries whose public holidays Rumbo can fill in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum HolidayCountry {
    /// Spain's national holidays (each region adds its own).
    Spain,
    /// England and Wales's bank holidays.
    UnitedKingdom,
}

/// Easter Sunday of `year` (Gregorian calendar; the anonymous algorithm
/// published in Nature, 1876).
pub fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).unwrap_or_default()
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// The `nth` (1-based) `weekday` of a month, or its last one with `nth` 0.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, nth: u32) -> NaiveDate {
    if nth == 0 {
        let next = if month == 12 {
            ymd(year + 1, 1, 1)
        } else {
            ymd(year, month + 1, 1)
        };
        let mut day = next - Duration::days(1);
        while day.weekday() != weekday {
            day -= Duration::days(1);
        }
        return day;
    }
    NaiveDate::from_weekday_of_month_opt(year, month, weekday, nth as u8).unwrap_or_default()
}

/// A fixed-date bank holiday in England and Wales moves to the next working
/// day when it falls on a weekend ("substitute day"); `taken` are the days
/// already used by the holidays before it (Boxing Day after Christmas).
fn substitute(day: NaiveDate, taken: &[NaiveDate]) -> NaiveDate {
    let mut day = day;
    while matches!(day.weekday(), Weekday::Sat | Weekday::Sun) || taken.contains(&day) {
        day += Duration::days(1);
    }
    day
}

/// The public holidays of `country` in `year`, named in `lang`, in date
/// order. Spain: the national holidays (Maundy Thursday, kept by every
/// region but one, included). England and Wales: the eight bank holidays,
/// with substitute days.
pub fn starting_set(country: HolidayCountry, year: i32, lang: Lang) -> Vec<Holiday> {
    let easter = easter(year);
    let name = |en: &str, es: &str| lang.pick(en, es).to_string();
    let mut days: Vec<Holiday> = match country {
        HolidayCountry::Spain => vec![
            Holiday::new(ymd(year, 1, 1), &name("New Year's Day", "Año Nuevo")),
            Holiday::new(ymd(year, 1, 6), &name("Epiphany", "Epifanía del Señor")),
            Holiday::new(
                easter - Duration::days(3),
                &name("Maundy Thursday", "Jueves Santo"),
            ),
            Holiday::new(
                easter - Duration::days(2),
                &name("Good Friday", "Viernes Santo"),
            ),
            Holiday::new(ymd(year, 5, 1), &name("Labour Day", "Fiesta del Trabajo")),
            Holiday::new(
                ymd(year, 8, 15),
                &name("Assumption Day", "Asunción de la Virgen"),
            ),
            Holiday::new(
                ymd(year, 10, 12),
                &name("National Day of Spain", "Fiesta Nacional de España"),
            ),
            Holiday::new(
                ymd(year, 11, 1),
                &name("All Saints' Day", "Todos los Santos"),
            ),
            Holiday::new(
                ymd(year, 12, 6),
                &name("Constitution Day", "Día de la Constitución Española"),
            ),
            Holiday::new(
                ymd(year, 12, 8),
                &name("Immaculate Conception", "Inmaculada Concepción"),
            ),
            Holiday::new(
                ymd(year, 12, 25),
                &name("Christmas Day", "Natividad del Señor"),
            ),
        ],
        HolidayCountry::UnitedKingdom => {
            let new_year = substitute(ymd(year, 1, 1), &[]);
            let christmas = substitute(ymd(year, 12, 25), &[]);
            let boxing = substitute(ymd(year, 12, 26), &[christmas]);
            vec![
                Holiday::new(new_year, &name("New Year's Day", "Año Nuevo")),
                Holiday::new(
                    easter - Duration::days(2),
                    &name("Good Friday", "Viernes Santo"),
                ),
                Holiday::new(
                    easter + Duration::days(1),
                    &name("Easter Monday", "Lunes de Pascua"),
                ),
                Holiday::new(
                    nth_weekday(year, 5, Weekday::Mon, 1),
                    &name("Early May bank holiday", "Festivo de principios de mayo"),
                ),
                Holiday::new(
                    nth_weekday(year, 5, Weekday::Mon, 0),
                    &name("Spring bank holiday", "Festivo de primavera"),
                ),
                Holiday::new(
                    nth_weekday(year, 8, Weekday::Mon, 0),
                    &name("Summer bank holiday", "Festivo de verano"),
                ),
                Holiday::new(christmas, &name("Christmas Day", "Navidad")),
                Holiday::new(boxing, &name("Boxing Day", "San Esteban (Boxing Day)")),
            ]
        }
    };
    days.sort_by_key(|h| h.date);
    days
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_holiday_outside_the_years_rumbo_holds_is_refused() {
        // The file keeps dates as YYYY-MM-DD text: a five-digit year (a
        // mistyped 20266, or one from an imported file) is refused here,
        // before the storage would.
        let far = Holiday::new(ymd(10_027, 1, 6), "Epiphany");
        assert!(
            far.issues()
                .iter()
                .any(|i| i.field == "date" && i.kind == crate::error::IssueKind::DateOutOfRange)
        );
        assert!(
            Holiday::new(ymd(2027, 1, 6), "Epiphany")
                .issues()
                .is_empty()
        );
    }

    #[test]
    fn easter_falls_where_the_calendars_put_it() {
        for (year, month, day) in [
            (2024, 3, 31),
            (2025, 4, 20),
            (2026, 4, 5),
            (2027, 3, 28),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(year), ymd(year, month, day), "{year}");
        }
    }

    #[test]
    fn spain_has_its_national_holidays() {
        let days = starting_set(HolidayCountry::Spain, 2027, Lang::Es);
        let dates: Vec<String> = days.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(days.len(), 11);
        assert!(dates.contains(&"2027-03-25".to_string()), "Jueves Santo");
        assert!(dates.contains(&"2027-03-26".to_string()), "Viernes Santo");
        assert!(dates.contains(&"2027-10-12".to_string()));
        assert_eq!(days[0].name, "Año Nuevo");
        assert!(days.windows(2).all(|w| w[0].date <= w[1].date));
    }

    #[test]
    fn england_moves_weekend_bank_holidays_to_the_next_working_day() {
        // 2027: Christmas on a Saturday, Boxing Day on a Sunday.
        let days = starting_set(HolidayCountry::UnitedKingdom, 2027, Lang::En);
        let dates: Vec<String> = days.iter().map(|h| h.date.to_string()).collect();
        assert_eq!(
            dates,
            [
                "2027-01-01",
                "2027-03-26",
                "2027-03-29",
                "2027-05-03",
                "2027-05-31",
                "2027-08-30",
                "2027-12-27",
                "2027-12-28"
            ]
        );
        // 2022: New Year's Day on a Saturday.
        let days = starting_set(HolidayCountry::UnitedKingdom, 2022, Lang::En);
        assert_eq!(days[0].date, ymd(2022, 1, 3));
        assert_eq!(days[0].name, "New Year's Day");
    }

    #[test]
    fn a_holiday_needs_a_name() {
        let blank = Holiday::new(ymd(2027, 1, 1), "  ");
        assert!(blank.validated().is_err());
        let ok = Holiday::new(ymd(2027, 1, 1), " Año Nuevo ").validated();
        assert_eq!(ok.map(|h| h.name).ok().as_deref(), Some("Año Nuevo"));
    }
}
