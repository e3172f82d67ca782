//! KPI measurements from a CSV file — the user's own export from a network's
//! analytics — with a mapping step for its column layout. Reading is all or
//! nothing: the first bad line stops the import with a message that names it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::error::{CsvColumn, CsvProblem, Error, Result};

/// Larger files are refused: a KPI has one value a day at most.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;
pub const MAX_ROWS: usize = 50_000;
const PREVIEW_ROWS: usize = 8;

/// How dates are written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DateOrder {
    /// 2027-01-31 (also with a time after it).
    Iso,
    /// 31/01/2027, 31-01-2027, 31.01.2027
    DayMonthYear,
    /// 01/31/2027
    MonthDayYear,
}

/// Which character separates the decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum DecimalMark {
    Point,
    Comma,
}

/// How to read the file: which columns hold the date and the value.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvMapping {
    /// `,`, `;` or a tab.
    pub delimiter: String,
    pub has_header: bool,
    pub date_column: u32,
    pub value_column: u32,
    pub date_order: DateOrder,
    pub decimal_mark: DecimalMark,
}

/// What the mapping step shows: the first rows and a guessed mapping.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(rename_all = "camelCase")]
pub struct CsvPreview {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub row_count: u32,
    pub mapping: CsvMapping,
}

fn reader(text: &str, delimiter: u8) -> csv::Reader<&[u8]> {
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes())
}

fn records(text: &str, delimiter: u8) -> Result<Vec<Vec<String>>> {
    let mut rows = Vec::new();
    for (index, record) in reader(text, delimiter).records().enumerate() {
        let record = record.map_err(|_| Error::CsvInvalid {
            line: Some(index + 1),
            problem: CsvProblem::Unreadable,
        })?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(record.iter().map(|f| f.trim().to_string()).collect());
        if rows.len() > MAX_ROWS + 1 {
            return Err(Error::CsvInvalid {
                line: None,
                problem: CsvProblem::TooLarge,
            });
        }
    }
    Ok(rows)
}

fn check_size(text: &str) -> Result<&str> {
    if text.len() > MAX_BYTES {
        return Err(Error::CsvInvalid {
            line: None,
            problem: CsvProblem::TooLarge,
        });
    }
    // A byte-order mark from spreadsheet programs.
    Ok(text.strip_prefix('\u{feff}').unwrap_or(text))
}

/// The delimiter that splits the first lines into the same number (> 1) of columns.
fn guess_delimiter(text: &str) -> Option<u8> {
    [b',', b';', b'\t']
        .into_iter()
        .filter_map(|d| {
            let widths: Vec<usize> = reader(text, d)
                .records()
                .take(10)
                .filter_map(|r| r.ok())
                .map(|r| r.len())
                .collect();
            let first = *widths.first()?;
            (first > 1 && widths.iter().all(|w| *w == first)).then_some((d, first))
        })
        .max_by_key(|(_, width)| *width)
        .map(|(d, _)| d)
}

/// A date in `order`, within the years a measurement may have.
fn parse_date(text: &str, order: DateOrder) -> Option<NaiveDate> {
    use chrono::Datelike;
    parse_any_date(text, order)
        .filter(|d| (crate::model::MIN_YEAR..=crate::model::MAX_YEAR).contains(&d.year()))
}

fn parse_any_date(text: &str, order: DateOrder) -> Option<NaiveDate> {
    let text = text.trim().trim_matches('"');
    match order {
        DateOrder::Iso => {
            let day = text.get(..10).unwrap_or(text);
            NaiveDate::parse_from_str(day, "%Y-%m-%d")
                .or_else(|_| NaiveDate::parse_from_str(day, "%Y/%m/%d"))
                .ok()
        }
        DateOrder::DayMonthYear | DateOrder::MonthDayYear => {
            let day = text.split([' ', 'T']).next().unwrap_or(text);
            let parts: Vec<&str> = day.split(['/', '-', '.']).collect();
            let [a, b, year] = parts.as_slice() else {
                return None;
            };
            let (d, m) = if order == DateOrder::DayMonthYear {
                (a, b)
            } else {
                (b, a)
            };
            let mut year: i32 = year.parse().ok()?;
            if year < 100 {
                year += 2000;
            }
            NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
        }
    }
}

fn parse_value(text: &str, mark: DecimalMark) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    let normalized = match mark {
        DecimalMark::Point => cleaned.replace(',', ""),
        DecimalMark::Comma => cleaned.replace('.', "").replace(',', "."),
    };
    normalized
        .parse::<f64>()
        .ok()
        .filter(|v| v.is_finite() && v.abs() <= crate::model::MAX_KPI_VALUE)
}

/// Which order the sample's dates are in: the first that reads them all.
fn guess_date_order(samples: &[&str]) -> DateOrder {
    [
        DateOrder::Iso,
        DateOrder::DayMonthYear,
        DateOrder::MonthDayYear,
    ]
    .into_iter()
    .find(|o| !samples.is_empty() && samples.iter().all(|s| parse_date(s, *o).is_some()))
    .unwrap_or(DateOrder::Iso)
}

/// Reads the start of a file and proposes a mapping.
pub fn preview(text: &str) -> Result<CsvPreview> {
    preview_with(text, None)
}

/// Like [`preview`], split by `delimiter` (`,`, `;` or a tab) when the
/// person chose one instead of the guess.
pub fn preview_with(text: &str, delimiter: Option<&str>) -> Result<CsvPreview> {
    let text = check_size(text)?;
    if text.trim().is_empty() {
        return Err(Error::CsvInvalid {
            line: None,
            problem: CsvProblem::Empty,
        });
    }
    let chosen = match delimiter {
        Some(",") => Some(b','),
        Some(";") => Some(b';'),
        Some("\t") => Some(b'\t'),
        _ => None,
    };
    let delimiter = chosen
        .or_else(|| guess_delimiter(text))
        .ok_or(Error::CsvInvalid {
            line: None,
            problem: CsvProblem::OneColumn,
        })?;
    let rows = records(text, delimiter)?;
    let width = rows.first().map_or(0, Vec::len);
    // A header is a first row whose cells are not dates or numbers.
    let has_header = rows.first().is_some_and(|first| {
        first.iter().all(|cell| {
            parse_value(cell, DecimalMark::Point).is_none()
                && [
                    DateOrder::Iso,
                    DateOrder::DayMonthYear,
                    DateOrder::MonthDayYear,
                ]
                .iter()
                .all(|o| parse_date(cell, *o).is_none())
        })
    });
    let data: Vec<&Vec<String>> = rows.iter().skip(usize::from(has_header)).take(20).collect();
    let is_date_column = |c: usize| {
        [
            DateOrder::Iso,
            DateOrder::DayMonthYear,
            DateOrder::MonthDayYear,
        ]
        .iter()
        .any(|o| {
            !data.is_empty()
                && data
                    .iter()
                    .all(|r| r.get(c).is_some_and(|v| parse_date(v, *o).is_some()))
        })
    };
    let date_column = (0..width).find(|c| is_date_column(*c)).unwrap_or(0);
    let samples: Vec<&str> = data
        .iter()
        .filter_map(|r| r.get(date_column).map(String::as_str))
        .collect();
    let date_order = guess_date_order(&samples);
    let decimal_mark = if delimiter == b';' {
        DecimalMark::Comma
    } else {
        DecimalMark::Point
    };
    let value_column = (0..width)
        .find(|c| {
            *c != date_column
                && !data.is_empty()
                && data.iter().all(|r| {
                    r.get(*c)
                        .is_some_and(|v| parse_value(v, decimal_mark).is_some())
                })
        })
        .unwrap_or(usize::from(date_column == 0));
    let columns = if has_header {
        rows.first().cloned().unwrap_or_default()
    } else {
        (1..=width).map(|i| format!("#{i}")).collect()
    };
    let to_u32 = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Ok(CsvPreview {
        columns,
        rows: rows
            .iter()
            .skip(usize::from(has_header))
            .take(PREVIEW_ROWS)
            .cloned()
            .collect(),
        row_count: to_u32(rows.len() - usize::from(has_header)),
        mapping: CsvMapping {
            delimiter: char::from(delimiter).to_string(),
            has_header,
            date_column: to_u32(date_column),
            value_column: to_u32(value_column),
            date_order,
            decimal_mark,
        },
    })
}

/// Reads every row with `mapping`: the dated values, or the first problem,
/// with its line in the file, its column (and the column's header) and what
/// was expected.
pub fn read(text: &str, mapping: &CsvMapping) -> Result<Vec<(NaiveDate, f64)>> {
    let text = check_size(text)?;
    let delimiter = match mapping.delimiter.as_str() {
        "," => b',',
        ";" => b';',
        "\t" => b'\t',
        _ => {
            return Err(Error::CsvInvalid {
                line: None,
                problem: CsvProblem::OneColumn,
            });
        }
    };
    let (date_column, value_column) = (mapping.date_column as usize, mapping.value_column as usize);
    let mut values = Vec::new();
    let mut headers: Option<csv::StringRecord> = None;
    let mut line = 0;
    for (index, record) in reader(text, delimiter).records().enumerate() {
        let record = record.map_err(|e| Error::CsvInvalid {
            line: Some(e.position().map_or(line + 1, |p| {
                usize::try_from(p.line()).unwrap_or(usize::MAX)
            })),
            problem: CsvProblem::Unreadable,
        })?;
        // The line the record starts on (a quoted field may span several).
        line = record.position().map_or(index + 1, |p| {
            usize::try_from(p.line()).unwrap_or(usize::MAX)
        });
        if index == 0 && mapping.has_header {
            headers = Some(record);
            continue;
        }
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let column = |number: usize| CsvColumn {
            number: number + 1,
            header: headers
                .as_ref()
                .and_then(|h| h.get(number))
                .map(|h| h.trim().to_string()),
        };
        let needed = date_column.max(value_column) + 1;
        if record.len() < needed {
            return Err(Error::CsvInvalid {
                line: Some(line),
                problem: CsvProblem::MissingColumns {
                    found: record.len(),
                    needed,
                },
            });
        }
        let date_text = record.get(date_column).unwrap_or_default();
        let date = parse_date(date_text, mapping.date_order).ok_or_else(|| Error::CsvInvalid {
            line: Some(line),
            problem: CsvProblem::BadDate {
                text: date_text.to_string(),
                column: column(date_column),
                order: mapping.date_order,
                other: [
                    DateOrder::Iso,
                    DateOrder::DayMonthYear,
                    DateOrder::MonthDayYear,
                ]
                .into_iter()
                .find(|o| *o != mapping.date_order && parse_date(date_text, *o).is_some()),
            },
        })?;
        let value_text = record.get(value_column).unwrap_or_default();
        let value =
            parse_value(value_text, mapping.decimal_mark).ok_or_else(|| Error::CsvInvalid {
                line: Some(line),
                problem: CsvProblem::BadNumber {
                    text: value_text.to_string(),
                    column: column(value_column),
                    mark: mapping.decimal_mark,
                },
            })?;
        values.push((date, value));
        if values.len() > MAX_ROWS {
            return Err(Error::CsvInvalid {
                line: None,
                problem: CsvProblem::TooLarge,
            });
        }
    }
    if values.is_empty() {
        return Err(Error::CsvInvalid {
            line: (line > 0).then_some(line),
            problem: CsvProblem::Empty,
        });
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    #[test]
    fn errors_name_the_line_the_column_and_the_format_expected_in_both_languages() {
        let mapping = CsvMapping {
            delimiter: ";".into(),
            has_header: true,
            date_column: 0,
            value_column: 1,
            date_order: DateOrder::DayMonthYear,
            decimal_mark: DecimalMark::Comma,
        };
        // A blank line and a quoted note over two lines: the line is the file's.
        let text = "Fecha;Alcance;Nota\n\n05/01/2027;1.234,5;\"dos\nlíneas\"\n12/01/2027;mucho;x\n";
        let error = read(text, &mapping)
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            error.message(Lang::Es),
            "No se ha importado nada: línea 5, columna 2 («Alcance»): «mucho» no es un número (se esperaba uno entre -10¹⁵ y 10¹⁵ con coma decimal, como 1234,5 o 1.234,5)."
        );
        assert_eq!(
            error.message(Lang::En),
            "Nothing was imported: line 5, column 2 (“Alcance”): “mucho” is not a number (expected one from -10¹⁵ to 10¹⁵ with a decimal comma, like 1234,5 or 1.234,5)."
        );
        // A date in another order says which one it reads in.
        let text = "Fecha;Alcance\n2027-01-05;10\n";
        let error = read(text, &mapping)
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            error.message(Lang::En),
            "Nothing was imported: line 2, column 1 (“Fecha”): “2027-01-05” is not a date in the chosen format, DD/MM/YYYY (like 31/01/2027); it reads as YYYY-MM-DD (like 2027-01-31): choose that format."
        );
        assert_eq!(
            error.message(Lang::Es),
            "No se ha importado nada: línea 2, columna 1 («Fecha»): «2027-01-05» no es una fecha en el formato elegido, DD/MM/AAAA (como 31/01/2027); se lee como AAAA-MM-DD (como 2027-01-31): elige ese formato."
        );
        // Too few columns: the one the mapping reads.
        let text = "Fecha;Alcance\n05/01/2027\n";
        let error = read(text, &mapping)
            .err()
            .unwrap_or_else(|| panic!("accepted"));
        assert_eq!(
            error.message(Lang::En),
            "Nothing was imported: line 2, column 2: the line has only 1 column, and the mapping reads this one."
        );
        assert_eq!(
            error.message(Lang::Es),
            "No se ha importado nada: línea 2, columna 2: la línea solo tiene 1 columna, y la correspondencia lee esta."
        );
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap_or_default()
    }

    #[test]
    fn reads_a_spanish_semicolon_export_with_the_guessed_mapping() {
        let text =
            "\u{feff}Fecha;Alcance;Seguidores\n05/01/2027;1.234,5;900\n12/01/2027;1.300;910\n";
        let preview = preview(text).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(preview.columns, ["Fecha", "Alcance", "Seguidores"]);
        assert_eq!(preview.mapping.delimiter, ";");
        assert_eq!(preview.mapping.date_order, DateOrder::DayMonthYear);
        assert_eq!(preview.mapping.decimal_mark, DecimalMark::Comma);
        assert_eq!(
            (preview.mapping.date_column, preview.mapping.value_column),
            (0, 1)
        );
        let values = read(text, &preview.mapping).unwrap_or_default();
        assert_eq!(values, [(d(2027, 1, 5), 1234.5), (d(2027, 1, 12), 1300.0)]);
    }

    #[test]
    fn a_chosen_delimiter_overrides_the_guess() {
        let text = "date;reach,clicks\n2027-01-05;10,2\n";
        let guessed = preview(text).unwrap_or_else(|e| panic!("{e}"));
        let chosen = preview_with(text, Some(",")).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(guessed.mapping.delimiter, chosen.mapping.delimiter);
        assert_eq!(chosen.columns, ["date;reach", "clicks"]);
    }

    #[test]
    fn reads_an_english_export_with_times_and_a_chosen_column() {
        let text = "\"Date\",\"Impressions\",\"Engagement rate\"\n\"2027-02-01T00:00:00\",\"10,500\",\"3.5%\"\n";
        let mut mapping = preview(text).unwrap_or_else(|e| panic!("{e}")).mapping;
        mapping.value_column = 2;
        assert_eq!(
            read(text, &mapping).unwrap_or_default(),
            [(d(2027, 2, 1), 3.5)]
        );
        mapping.value_column = 1;
        assert_eq!(
            read(text, &mapping).unwrap_or_default(),
            [(d(2027, 2, 1), 10500.0)]
        );
    }

    fn problem(result: Result<impl std::fmt::Debug>) -> (Option<usize>, CsvProblem) {
        match result {
            Err(Error::CsvInvalid { line, problem }) => (line, problem),
            other => panic!("expected a CSV error, got {other:?}"),
        }
    }

    #[test]
    fn malformed_files_name_the_line_and_the_problem() {
        assert_eq!(problem(preview("")).1, CsvProblem::Empty);
        assert_eq!(
            problem(preview("fecha alcance\n2027-01-01 5\n")).1,
            CsvProblem::OneColumn
        );
        let mapping = CsvMapping {
            delimiter: ",".into(),
            has_header: true,
            date_column: 0,
            value_column: 1,
            date_order: DateOrder::Iso,
            decimal_mark: DecimalMark::Point,
        };
        assert_eq!(
            problem(read("d,v\n2027-01-01,5\n2027-01-02\n", &mapping)),
            (
                Some(3),
                CsvProblem::MissingColumns {
                    found: 1,
                    needed: 2
                }
            )
        );
        let date_column = CsvColumn {
            number: 1,
            header: Some("d".into()),
        };
        let value_column = CsvColumn {
            number: 2,
            header: Some("v".into()),
        };
        let bad_date = |text: &str| CsvProblem::BadDate {
            text: text.into(),
            column: date_column.clone(),
            order: DateOrder::Iso,
            other: None,
        };
        let bad_number = |text: &str| CsvProblem::BadNumber {
            text: text.into(),
            column: value_column.clone(),
            mark: DecimalMark::Point,
        };
        assert_eq!(
            problem(read("d,v\n2027-02-30,5\n", &mapping)),
            (Some(2), bad_date("2027-02-30"))
        );
        // A year no measurement can have: a typo, refused as a date.
        assert_eq!(
            problem(read("d,v\n2027-01-01,5\n20270-01-02,6\n", &mapping)),
            (Some(3), bad_date("20270-01-02"))
        );
        assert_eq!(
            problem(read("d,v\n2027-02-03,lots\n", &mapping)),
            (Some(2), bad_number("lots"))
        );
        // Beyond a thousand trillion: not a real figure.
        assert_eq!(
            problem(read("d,v\n2027-02-03,2e15\n", &mapping)),
            (Some(2), bad_number("2e15"))
        );
        assert_eq!(problem(read("d,v\n", &mapping)).1, CsvProblem::Empty);
        let huge = "2027-01-01,1\n".repeat(MAX_BYTES / 12 + 10);
        assert_eq!(problem(read(&huge, &mapping)).1, CsvProblem::TooLarge);
        let many = (0..MAX_ROWS + 5)
            .map(|_| "2027-01-01,1\n")
            .collect::<String>();
        assert_eq!(problem(read(&many, &mapping)).1, CsvProblem::TooLarge);
    }
}
