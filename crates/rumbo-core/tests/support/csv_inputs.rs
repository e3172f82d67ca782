//! Inputs for the fuzz tests of the KPI CSV importer (`tests/fuzz_csv.rs`,
//! and rumbo-store's `tests/fuzz_import.rs`, which includes this file by
//! path): realistic exports from a network's analytics, generated with the
//! values they hold and the mapping that reads them (delimiters, quotes, a
//! byte-order mark, CRLF, decimal commas and thousands separators, every
//! date order, empty lines); mutations of them (ragged rows, huge fields,
//! stray quotes, cut lines); arbitrary text; and arbitrary mappings.

#![allow(dead_code)]

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use rumbo_core::kpi_csv::{CsvMapping, DateOrder, DecimalMark};

/// How the dates of an export are written.
#[derive(Debug, Clone, Copy)]
pub enum DateStyle {
    /// 2027-01-31, maybe with a time after it (`T` or a space).
    Iso { time: Option<char>, slash: bool },
    /// 31/01/2027 (or with `-`, `.`), maybe a two-digit year.
    DayMonthYear { separator: char, short_year: bool },
    /// 01/31/2027
    MonthDayYear { separator: char, short_year: bool },
}

/// What an export looks like.
#[derive(Debug, Clone)]
pub struct Spec {
    pub delimiter: char,
    pub header: bool,
    pub bom: bool,
    pub crlf: bool,
    pub quote_all: bool,
    pub padded: bool,
    pub dates: DateStyle,
    pub decimal_comma: bool,
    pub thousands: bool,
    pub percent: bool,
    pub columns: usize,
    pub date_column: usize,
    pub value_column: usize,
    /// Each row: days after 2020-01-01, the value in hundredths, and the
    /// filler of the other columns.
    pub rows: Vec<(i64, i64, u32)>,
    /// Blank lines after these data rows: empty, spaces or delimiters only.
    pub blanks: Vec<(usize, u8)>,
    pub final_newline: bool,
}

/// An export, the mapping that reads it, and what it holds.
#[derive(Debug, Clone)]
pub struct Export {
    pub text: String,
    pub mapping: CsvMapping,
    pub values: Vec<(NaiveDate, f64)>,
}

const HEADERS: &[&str] = &[
    "Date",
    "Fecha",
    "Impressions",
    "Alcance",
    "Reach",
    "Engagement rate",
    "Seguidores",
    "Clicks, total",
    "Post \"type\"",
    "Día",
];

const FILLERS: &[&str] = &[
    "video",
    "42",
    "",
    "carrusel",
    "7,5",
    "n/a",
    "\"quoted\"",
    "a;b",
    "x\ty",
];

fn date_style() -> impl Strategy<Value = DateStyle> {
    let separator = prop_oneof![Just('/'), Just('-'), Just('.')];
    prop_oneof![
        (
            prop_oneof![Just(None), Just(Some('T')), Just(Some(' '))],
            any::<bool>()
        )
            .prop_map(|(time, slash)| DateStyle::Iso { time, slash }),
        (separator.clone(), any::<bool>()).prop_map(|(separator, short_year)| {
            DateStyle::DayMonthYear {
                separator,
                short_year,
            }
        }),
        (separator, any::<bool>()).prop_map(|(separator, short_year)| {
            DateStyle::MonthDayYear {
                separator,
                short_year,
            }
        }),
    ]
}

fn hundredths() -> impl Strategy<Value = i64> {
    prop_oneof![
        6 => -100_000i64..10_000_000,
        2 => -100_000_000_000i64..100_000_000_000,
        1 => Just(0i64),
        1 => Just(i64::MAX / 1000),
    ]
}

pub fn spec() -> impl Strategy<Value = Spec> {
    (
        (
            prop_oneof![Just(','), Just(';'), Just('\t')],
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            date_style(),
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
        ),
        (2usize..6, any::<u32>(), any::<u32>()),
        proptest::collection::vec((0..5000i64, hundredths(), any::<u32>()), 1..40),
        proptest::collection::vec((0..40usize, 0..3u8), 0..4),
        any::<bool>(),
    )
        .prop_map(
            |(
                (
                    delimiter,
                    header,
                    bom,
                    crlf,
                    quote_all,
                    padded,
                    dates,
                    decimal_comma,
                    thousands,
                    percent,
                ),
                (columns, d, v),
                rows,
                blanks,
                final_newline,
            )| {
                let date_column = d as usize % columns;
                let value_column = (date_column + 1 + v as usize % (columns - 1)) % columns;
                Spec {
                    delimiter,
                    header,
                    bom,
                    crlf,
                    quote_all,
                    padded,
                    dates,
                    decimal_comma,
                    thousands,
                    percent,
                    columns,
                    date_column,
                    value_column,
                    rows,
                    blanks,
                    final_newline,
                }
            },
        )
}

fn date_text(date: NaiveDate, style: DateStyle) -> String {
    let year = |short: bool| {
        if short {
            date.format("%y").to_string()
        } else {
            date.format("%Y").to_string()
        }
    };
    match style {
        DateStyle::Iso { time, slash } => {
            let day = if slash {
                date.format("%Y/%m/%d").to_string()
            } else {
                date.format("%Y-%m-%d").to_string()
            };
            match time {
                Some(t) => format!("{day}{t}09:30:00"),
                None => day,
            }
        }
        DateStyle::DayMonthYear {
            separator: s,
            short_year,
        } => format!(
            "{}{s}{}{s}{}",
            date.format("%d"),
            date.format("%m"),
            year(short_year)
        ),
        DateStyle::MonthDayYear {
            separator: s,
            short_year,
        } => format!(
            "{}{s}{}{s}{}",
            date.format("%m"),
            date.format("%d"),
            year(short_year)
        ),
    }
}

/// `hundredths / 100` as the export writes it, and the value it means.
fn value_text(hundredths: i64, spec: &Spec) -> (String, f64) {
    let sign = if hundredths < 0 { "-" } else { "" };
    let units = hundredths.unsigned_abs() / 100;
    let cents = hundredths.unsigned_abs() % 100;
    let plain = format!("{sign}{units}.{cents:02}");
    let value: f64 = plain.parse().unwrap_or_else(|e| panic!("{plain}: {e}"));
    let (point, group) = if spec.decimal_comma {
        (',', '.')
    } else {
        ('.', ',')
    };
    let digits = units.to_string();
    let mut integer = String::new();
    for (i, c) in digits.chars().enumerate() {
        if spec.thousands && i > 0 && (digits.len() - i).is_multiple_of(3) {
            integer.push(group);
        }
        integer.push(c);
    }
    let mut text = format!("{sign}{integer}");
    if cents != 0 {
        text.push(point);
        text.push_str(&format!("{cents:02}"));
    }
    if spec.percent {
        text.push('%');
    }
    (text, value)
}

/// A field as CSV writes it: quoted when it must be (or always).
fn field(text: &str, spec: &Spec) -> String {
    let text = if spec.padded && !spec.quote_all {
        format!(" {text} ")
    } else {
        text.to_string()
    };
    let special = text.contains(spec.delimiter)
        || text.contains('"')
        || text.contains('\n')
        || text.contains('\r');
    if spec.quote_all || special {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

fn line(fields: &[String], spec: &Spec) -> String {
    let mut text = fields.join(&spec.delimiter.to_string());
    text.push_str(if spec.crlf { "\r\n" } else { "\n" });
    text
}

/// Writes the export a spec describes.
pub fn export(spec: &Spec) -> Export {
    let start = NaiveDate::from_ymd_opt(2020, 1, 1).unwrap_or_default();
    let mut text = String::new();
    if spec.bom {
        text.push('\u{feff}');
    }
    if spec.header {
        let names: Vec<String> = (0..spec.columns)
            .map(|c| field(HEADERS[c % HEADERS.len()], spec))
            .collect();
        text.push_str(&line(&names, spec));
    }
    let mut values = Vec::new();
    for (index, (days, hundredths, filler)) in spec.rows.iter().enumerate() {
        let date = start + Duration::days(*days);
        let (value_text, value) = value_text(*hundredths, spec);
        let fields: Vec<String> = (0..spec.columns)
            .map(|c| {
                if c == spec.date_column {
                    field(&date_text(date, spec.dates), spec)
                } else if c == spec.value_column {
                    field(&value_text, spec)
                } else {
                    let pick = (*filler as usize + c) % FILLERS.len();
                    field(FILLERS[pick], spec)
                }
            })
            .collect();
        text.push_str(&line(&fields, spec));
        values.push((date, value));
        for (after, kind) in &spec.blanks {
            if *after == index {
                let blank = match kind {
                    0 => String::new(),
                    1 => "   ".to_string(),
                    _ => spec
                        .delimiter
                        .to_string()
                        .repeat(spec.columns.saturating_sub(1)),
                };
                text.push_str(&blank);
                text.push_str(if spec.crlf { "\r\n" } else { "\n" });
            }
        }
    }
    if !spec.final_newline {
        let trimmed = text.trim_end_matches(['\r', '\n']).len();
        text.truncate(trimmed);
    }
    let date_order = match spec.dates {
        DateStyle::Iso { .. } => DateOrder::Iso,
        DateStyle::DayMonthYear { .. } => DateOrder::DayMonthYear,
        DateStyle::MonthDayYear { .. } => DateOrder::MonthDayYear,
    };
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Export {
        text,
        mapping: CsvMapping {
            delimiter: spec.delimiter.to_string(),
            has_header: spec.header,
            date_column: to_u32(spec.date_column),
            value_column: to_u32(spec.value_column),
            date_order,
            decimal_mark: if spec.decimal_comma {
                DecimalMark::Comma
            } else {
                DecimalMark::Point
            },
        },
        values,
    }
}

/// One change to an export's text.
#[derive(Debug, Clone)]
pub enum Edit {
    /// Cuts the text at a character.
    Truncate(u64),
    /// Inserts a character.
    Insert(u64, char),
    /// Deletes up to `n` characters.
    Delete(u64, u8),
    /// Writes a line twice.
    RepeatLine(u64),
    /// Removes a delimiter from a line (one field fewer).
    JoinFields(u64),
    /// Adds a field to the end of a line.
    AddField(u64),
    /// Inserts a field of `n` copies of a character (digits make huge numbers).
    Huge(u64, char, usize),
    /// Replaces every `,` with `;` (or the other way round).
    SwapDelimiters(bool),
    /// Flips one bit of one byte (read back lossily).
    FlipBit(u64, u8),
}

const INSERTS: &[char] = &[
    ',', ';', '\t', '"', '\n', '\r', '\u{feff}', ' ', '%', '.', '-', '/', 'x', '0', '9', 'e',
    '\u{a0}', '\u{0}', '\u{1b}', 'T', '+',
];

pub fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        2 => any::<u64>().prop_map(Edit::Truncate),
        4 => (any::<u64>(), proptest::sample::select(INSERTS)).prop_map(|(at, c)| Edit::Insert(at, c)),
        2 => (any::<u64>(), 1..32u8).prop_map(|(at, n)| Edit::Delete(at, n)),
        1 => any::<u64>().prop_map(Edit::RepeatLine),
        2 => any::<u64>().prop_map(Edit::JoinFields),
        2 => any::<u64>().prop_map(Edit::AddField),
        1 => (
            any::<u64>(),
            prop_oneof![Just('9'), Just('x'), Just('"'), Just(' '), Just('1')],
            prop_oneof![Just(308usize), Just(309), Just(400), Just(10_000), Just(1_000_000)]
        )
            .prop_map(|(at, c, n)| Edit::Huge(at, c, n)),
        1 => any::<bool>().prop_map(Edit::SwapDelimiters),
        1 => (any::<u64>(), 0..8u8).prop_map(|(at, bit)| Edit::FlipBit(at, bit)),
    ]
}

fn index(at: u64, len: usize) -> usize {
    usize::try_from(at % (len as u64 + 1)).unwrap_or(0)
}

/// The byte offset of the `n`th character boundary (`n` modulo their number).
fn boundary(text: &str, at: u64) -> usize {
    let count = text.chars().count();
    let n = index(at, count);
    text.char_indices().nth(n).map_or(text.len(), |(i, _)| i)
}

/// Applies an edit to a text, given the export's delimiter.
pub fn apply(text: &mut String, edit: &Edit, delimiter: char) {
    match edit {
        Edit::Truncate(at) => {
            let i = boundary(text, *at);
            text.truncate(i);
        }
        Edit::Insert(at, c) => {
            let i = boundary(text, *at);
            text.insert(i, *c);
        }
        Edit::Delete(at, n) => {
            let i = boundary(text, *at);
            let end = text[i..]
                .char_indices()
                .nth(usize::from(*n))
                .map_or(text.len(), |(j, _)| i + j);
            text.replace_range(i..end, "");
        }
        Edit::RepeatLine(at) | Edit::JoinFields(at) | Edit::AddField(at) => {
            let mut lines: Vec<String> = text.split_inclusive('\n').map(str::to_string).collect();
            if lines.is_empty() {
                return;
            }
            let i = usize::try_from(*at % lines.len() as u64).unwrap_or(0);
            match edit {
                Edit::RepeatLine(_) => {
                    let copy = lines[i].clone();
                    lines.insert(i, copy);
                }
                Edit::JoinFields(_) => {
                    if let Some(p) = lines[i].find(delimiter) {
                        lines[i].remove(p);
                    }
                }
                _ => {
                    let end = lines[i].trim_end_matches(['\r', '\n']).len();
                    lines[i].insert_str(end, &format!("{delimiter}extra"));
                }
            }
            *text = lines.concat();
        }
        Edit::Huge(at, c, n) => {
            let i = boundary(text, *at);
            let huge: String = std::iter::repeat_n(*c, *n).collect();
            text.insert_str(i, &huge);
        }
        Edit::SwapDelimiters(to_semicolon) => {
            *text = if *to_semicolon {
                text.replace(',', ";")
            } else {
                text.replace(';', ",")
            };
        }
        Edit::FlipBit(at, bit) => {
            let mut bytes = std::mem::take(text).into_bytes();
            if !bytes.is_empty() {
                let i = index(*at, bytes.len() - 1);
                bytes[i] ^= 1 << (bit % 8);
            }
            *text = String::from_utf8_lossy(&bytes).into_owned();
        }
    }
}

/// Any mapping, sensible or not.
pub fn mapping() -> impl Strategy<Value = CsvMapping> {
    let column = prop_oneof![
        8 => 0..6u32,
        1 => Just(u32::MAX),
        1 => Just(u32::MAX - 1),
        1 => Just(1_000_000u32),
    ];
    (
        prop_oneof![
            4 => Just(","),
            4 => Just(";"),
            4 => Just("\t"),
            1 => Just(""),
            1 => Just("|"),
            1 => Just(",;"),
            1 => Just(" "),
            1 => Just("\u{feff}"),
        ],
        any::<bool>(),
        column.clone(),
        column,
        prop_oneof![
            Just(DateOrder::Iso),
            Just(DateOrder::DayMonthYear),
            Just(DateOrder::MonthDayYear)
        ],
        prop_oneof![Just(DecimalMark::Point), Just(DecimalMark::Comma)],
    )
        .prop_map(
            |(delimiter, has_header, date_column, value_column, date_order, decimal_mark)| {
                CsvMapping {
                    delimiter: delimiter.to_string(),
                    has_header,
                    date_column,
                    value_column,
                    date_order,
                    decimal_mark,
                }
            },
        )
}

/// CSV-looking token soup: dates, numbers, separators, quotes.
pub fn soup() -> impl Strategy<Value = String> {
    let token = prop_oneof![
        Just(","),
        Just(";"),
        Just("\t"),
        Just("\""),
        Just("\n"),
        Just("\r\n"),
        Just("\r"),
        Just(" "),
        Just("\u{feff}"),
        Just("\u{a0}"),
        Just("2027-01-31"),
        Just("2027/02/30"),
        Just("31/01/2027"),
        Just("01.31.27"),
        Just("29-02-2028"),
        Just("99999-01-01"),
        Just("1/1/99999"),
        Just("1/1/-5"),
        Just("-0001-01-01"),
        Just("1.234,5"),
        Just("1,234.5"),
        Just("3.5%"),
        Just("-0"),
        Just("1e308"),
        Just("1e309"),
        Just("NaN"),
        Just("inf"),
        Just("Fecha"),
        Just("Date"),
        Just("T"),
        Just("\u{0}"),
    ];
    proptest::collection::vec(token, 0..120).prop_map(|tokens| tokens.concat())
}

/// Arbitrary text: bytes read lossily, any string, or CSV-looking soup.
pub fn arbitrary_text() -> impl Strategy<Value = String> {
    prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..600)
            .prop_map(|bytes| String::from_utf8_lossy(&bytes).into_owned()),
        any::<String>(),
        soup(),
    ]
}

/// An input for the importer: its text, and the mapping the person chose
/// (the right one for an export, or anything).
#[derive(Debug, Clone)]
pub struct Input {
    pub text: String,
    pub mapping: CsvMapping,
    /// What the text holds when it is an export left whole.
    pub values: Option<Vec<(NaiveDate, f64)>>,
}

/// Exports whole, exports edited, and arbitrary text, with the right
/// mapping or an arbitrary one.
pub fn input() -> impl Strategy<Value = Input> {
    prop_oneof![
        3 => spec().prop_map(|spec| {
            let export = export(&spec);
            Input {
                text: export.text,
                mapping: export.mapping,
                values: Some(export.values),
            }
        }),
        4 => (spec(), proptest::collection::vec(edit(), 1..4), proptest::option::weighted(0.3, mapping()))
            .prop_map(|(spec, edits, other)| {
                let export = export(&spec);
                let mut text = export.text;
                for e in &edits {
                    apply(&mut text, e, spec.delimiter);
                }
                Input {
                    text,
                    mapping: other.unwrap_or(export.mapping),
                    values: None,
                }
            }),
        2 => (arbitrary_text(), mapping()).prop_map(|(text, mapping)| Input {
            text,
            mapping,
            values: None,
        }),
    ]
}
