//! Small helpers to write messages that read naturally in both languages:
//! quotes, lists, numbers, dates and plurals.

use chrono::{Datelike, NaiveDate};
use rumbo_core::Lang;

/// A name in the language's quotes: “Be on TikTok”, «Estar en TikTok».
pub(crate) fn quote(lang: Lang, text: &str) -> String {
    match lang {
        Lang::En => format!("“{text}”"),
        Lang::Es => format!("«{text}»"),
    }
}

/// "a", "a and b", "a, b and c" ("a, b y c").
pub(crate) fn list(lang: Lang, items: &[String]) -> String {
    let and = lang.pick("and", "y");
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and} {last}", init.join(", ")),
    }
}

/// A number with at most one decimal, with the language's decimal mark:
/// 20, 23.5, 23,5.
pub(crate) fn number(lang: Lang, value: f64) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let text = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        format!("{rounded:.1}")
    };
    match lang {
        Lang::En => text,
        Lang::Es => text.replace('.', ","),
    }
}

/// A percentage: "33%" in English, "33 %" in Spanish.
pub(crate) fn percent(lang: Lang, value: u32) -> String {
    match lang {
        Lang::En => format!("{value}%"),
        Lang::Es => format!("{value} %"),
    }
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
];

/// A date as people write it: "15 September 2026", "15 de septiembre de 2026".
pub(crate) fn date(lang: Lang, day: NaiveDate) -> String {
    let index = usize::try_from(day.month0()).unwrap_or(0);
    match lang {
        Lang::En => format!(
            "{} {} {}",
            day.day(),
            MONTHS_EN.get(index).unwrap_or(&""),
            day.year()
        ),
        Lang::Es => format!(
            "{} de {} de {}",
            day.day(),
            MONTHS_ES.get(index).unwrap_or(&""),
            day.year()
        ),
    }
}

/// "1 day", "69 days"; `one` and `many` are the noun's two forms.
pub(crate) fn count(n: u64, one: &str, many: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {many}")
    }
}

/// A count as `u32`, saturating.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_numbers_and_dates_read_naturally() {
        let items: Vec<String> = ["baseline", "target", "deadline"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        assert_eq!(list(Lang::En, &items[..1]), "baseline");
        assert_eq!(list(Lang::En, &items[..2]), "baseline and target");
        assert_eq!(list(Lang::Es, &items), "baseline, target y deadline");
        assert_eq!(number(Lang::En, 23.5), "23.5");
        assert_eq!(number(Lang::Es, 23.5), "23,5");
        assert_eq!(number(Lang::Es, 20.0), "20");
        assert_eq!(number(Lang::En, 25.0 / 13.0), "1.9");
        assert_eq!(percent(Lang::Es, 33), "33 %");
        let day = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap_or_default();
        assert_eq!(date(Lang::En, day), "15 September 2026");
        assert_eq!(date(Lang::Es, day), "15 de septiembre de 2026");
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(quote(Lang::Es, "X"), "«X»");
    }
}
