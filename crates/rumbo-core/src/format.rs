//! Numbers, percentages and dates as each language writes them: the one
//! formatter of every text Rumbo writes in Rust (the strategy document, the
//! health check's messages, the error messages). The interface formats with
//! the same rules in `ui/src/lib/format.ts`.
//!
//! - Numbers have at most two decimals and the language's marks: `12,345.5`
//!   in English, `12.345,5` in Spanish, which groups thousands only from five
//!   digits on, as the RAE recommends (`1234` but `12.345`).
//! - A percentage is a whole number: `42%` in English, `42 %` in Spanish with
//!   a non-breaking space.
//! - Dates are written out: `5 March 2026`, `5 de marzo de 2026`; short,
//!   `5 Mar 2026`, `5 mar 2026`.

use chrono::{Datelike, NaiveDate};

use crate::Lang;

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

fn month(date: NaiveDate, lang: Lang) -> &'static str {
    let months = match lang {
        Lang::En => &MONTHS_EN,
        Lang::Es => &MONTHS_ES,
    };
    usize::try_from(date.month0())
        .ok()
        .and_then(|index| months.get(index))
        .copied()
        .unwrap_or("")
}

/// "23 November 2026" / "23 de noviembre de 2026".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {} {}", date.day(), month(date, lang), date.year()),
        Lang::Es => format!("{} de {} de {}", date.day(), month(date, lang), date.year()),
    }
}

/// "March 2026" / «marzo de 2026»: a chart's time scale.
pub fn month_year(date: NaiveDate, lang: Lang) -> String {
    match lang {
        Lang::En => format!("{} {}", month(date, lang), date.year()),
        Lang::Es => format!("{} de {}", month(date, lang), date.year()),
    }
}

/// "23 Nov 2026" / "23 nov 2026".
pub fn short_date(date: NaiveDate, lang: Lang) -> String {
    format!("{} {} {}", date.day(), month_label(date, lang), date.year())
}

/// "Nov" / "nov": a month on a time scale.
pub fn month_label(date: NaiveDate, lang: Lang) -> String {
    month(date, lang).chars().take(3).collect()
}

pub fn opt_short_date(date: Option<NaiveDate>, lang: Lang) -> String {
    date.map(|d| short_date(d, lang)).unwrap_or_default()
}

/// The largest figure [`number`] writes out digit by digit; beyond it, a
/// number is written with a power of ten. The model refuses KPI values
/// beyond it (`crate::model::MAX_KPI_VALUE`), but the document is
/// written whatever it is given (a workspace from an older Rumbo may hold
/// one).
pub const MAX_WRITTEN_OUT: f64 = 1e15;

/// A number with at most two decimals, grouped by thousands: `12,345.5` in
/// English, `12.345,5` in Spanish (which groups from five digits on, as the
/// RAE recommends: `1234` but `12.345`). Beyond [`MAX_WRITTEN_OUT`], with
/// two decimals and a power of ten: `1.7 × 10³⁰⁸`, `-1,7 × 10³⁰⁸`. Nothing
/// (an empty text) for what is not a number; never `inf` or `NaN`.
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() {
        return String::new();
    }
    if value.abs() > MAX_WRITTEN_OUT {
        return scientific(value, lang);
    }
    // Two decimals, fewer where a 64-bit number holds no more (it has
    // about 15 significant digits): 999,999,999,999,999.9 is not written
    // as …999.88.
    let (decimals, scale) = match value.abs() {
        v if v < 1e13 => (2, 100.0),
        v if v < 1e14 => (1, 10.0),
        _ => (0, 1.0),
    };
    let rounded = (value * scale).round() / scale;
    let text = format!("{:.*}", decimals, rounded.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let (group, decimal) = match lang {
        Lang::En => (',', '.'),
        Lang::Es => ('.', ','),
    };
    let digits: Vec<char> = int.chars().collect();
    let grouped = if lang == Lang::Es && digits.len() <= 4 {
        int.to_string()
    } else {
        let mut out = String::new();
        for (i, c) in digits.iter().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                out.push(group);
            }
            out.push(*c);
        }
        out
    };
    let sign = if rounded < 0.0 { "-" } else { "" };
    if frac.is_empty() {
        format!("{sign}{grouped}")
    } else {
        format!("{sign}{grouped}{decimal}{frac}")
    }
}

/// `value` (finite, beyond [`MAX_WRITTEN_OUT`]) as a mantissa with at most
/// two decimals times a power of ten, with no-break spaces around the `×`.
fn scientific(value: f64, lang: Lang) -> String {
    const SUPERSCRIPT: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    let text = format!("{:.2e}", value.abs());
    let (mantissa, exponent) = text.split_once('e').unwrap_or((&text, "0"));
    let mantissa: f64 = mantissa.parse().unwrap_or(0.0);
    let sign = if value < 0.0 { "-" } else { "" };
    let power: String = exponent
        .chars()
        .map(|c| match c.to_digit(10) {
            Some(d) => SUPERSCRIPT[d as usize],
            None => '⁻',
        })
        .collect();
    format!("{sign}{}\u{a0}×\u{a0}10{power}", number(mantissa, lang))
}

/// [`number`], or nothing for no value.
pub fn opt_number(value: Option<f64>, lang: Lang) -> String {
    value.map(|v| number(v, lang)).unwrap_or_default()
}

/// A share (0.42) as a whole percentage: "42%", "42 %" (non-breaking space).
pub fn percent(share: f64, lang: Lang) -> String {
    let whole = (share * 100.0).round();
    if !whole.is_finite() {
        return String::new();
    }
    match lang {
        Lang::En => format!("{}%", number(whole, lang)),
        Lang::Es => format!("{}\u{a0}%", number(whole, lang)),
    }
}

/// A change in percent, signed, as a measurement of the change kind holds
/// it: "+85%" / "+85 %", "-12.5%" / "-12,5 %".
pub fn change(percent: f64, lang: Lang) -> String {
    let sign = if percent > 0.0 { "+" } else { "" };
    match lang {
        Lang::En => format!("{sign}{}%", number(percent, lang)),
        Lang::Es => format!("{sign}{}\u{a0}%", number(percent, lang)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_follow_the_language() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 5).unwrap_or_default();
        assert_eq!(long_date(day, Lang::En), "5 March 2026");
        assert_eq!(long_date(day, Lang::Es), "5 de marzo de 2026");
        assert_eq!(short_date(day, Lang::En), "5 Mar 2026");
        assert_eq!(short_date(day, Lang::Es), "5 mar 2026");
        assert_eq!(month_label(day, Lang::Es), "mar");
        let september = NaiveDate::from_ymd_opt(2026, 9, 15).unwrap_or_default();
        assert_eq!(long_date(september, Lang::Es), "15 de septiembre de 2026");
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(number(12345.5, Lang::En), "12,345.5");
        assert_eq!(number(12345.5, Lang::Es), "12.345,5");
        assert_eq!(number(1234.0, Lang::Es), "1234");
        assert_eq!(number(1234.0, Lang::En), "1,234");
        assert_eq!(number(-0.256, Lang::En), "-0.26");
        assert_eq!(number(1_000_000.0, Lang::Es), "1.000.000");
        assert_eq!(number(23.5, Lang::Es), "23,5");
        assert_eq!(number(20.0, Lang::Es), "20");
        assert_eq!(number(25.0 / 13.0, Lang::En), "1.92");
        assert_eq!(number(f64::NAN, Lang::En), "");
        assert_eq!(number(f64::INFINITY, Lang::En), "");
        assert_eq!(number(1e15, Lang::En), "1,000,000,000,000,000");
        assert_eq!(
            number(999_999_999_999_999.9, Lang::En),
            "1,000,000,000,000,000"
        );
        assert_eq!(
            number(12_345_678_901_234.56, Lang::En),
            "12,345,678,901,234.6"
        );
        assert_eq!(
            number(1_234_567_890_123.456, Lang::En),
            "1,234,567,890,123.46"
        );
        assert_eq!(number(-1e15, Lang::Es), "-1.000.000.000.000.000");
        assert_eq!(number(f64::MAX, Lang::En), "1.8\u{a0}×\u{a0}10³⁰⁸");
        assert_eq!(number(-1.7e308, Lang::Es), "-1,7\u{a0}×\u{a0}10³⁰⁸");
        assert_eq!(number(1.2345e16, Lang::En), "1.23\u{a0}×\u{a0}10¹⁶");
        assert_eq!(number(9.999e20, Lang::En), "1\u{a0}×\u{a0}10²¹");
        assert_eq!(percent(1e306, Lang::En), "1\u{a0}×\u{a0}10³⁰⁸%");
        assert_eq!(percent(f64::MAX, Lang::En), "");
        assert_eq!(opt_number(None, Lang::En), "");
    }

    #[test]
    fn percentages_are_whole_with_the_language_s_spacing() {
        assert_eq!(percent(0.425, Lang::Es), "43\u{a0}%");
        assert_eq!(percent(1.0 / 3.0, Lang::En), "33%");
        assert_eq!(percent(1.0 / 3.0, Lang::Es), "33\u{a0}%");
    }

    #[test]
    fn a_change_is_signed_and_written_as_each_language_does() {
        assert_eq!(change(85.0, Lang::En), "+85%");
        assert_eq!(change(-12.5, Lang::Es), "-12,5\u{a0}%");
        assert_eq!(change(0.0, Lang::En), "0%");
    }
}
