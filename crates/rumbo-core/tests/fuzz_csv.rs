//! Fuzzing the KPI CSV importer (`kpi_csv::preview`, `preview_with` and
//! `read`): whatever the text and the mapping, nothing panics; `read` gives
//! every data row of the file or a clear `bad_csv` error; every value it
//! returns is finite and every date one the workspace file can store.
//!
//! Short by default; `RUMBO_FUZZ_CASES=N` runs N cases per test (see
//! `support/fuzz.rs`).

#[path = "support/csv_inputs.rs"]
mod csv_inputs;
#[path = "support/fuzz.rs"]
mod fuzz;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestCaseResult};
use rumbo_core::error::ErrorCode;
use rumbo_core::kpi_csv::{self, CsvMapping, MAX_ROWS};

/// The lines `read` must turn into values: every record that is not blank
/// (nor the header), split as `read` splits them. `None` for a delimiter
/// `read` refuses.
fn data_records(text: &str, mapping: &CsvMapping) -> Option<usize> {
    let delimiter = match mapping.delimiter.as_str() {
        "," => b',',
        ";" => b';',
        "\t" => b'\t',
        _ => return None,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut count = 0;
    for (index, record) in reader.records().enumerate() {
        let record = record.ok()?;
        if index == 0 && mapping.has_header {
            continue;
        }
        if !record.iter().all(|f| f.trim().is_empty()) {
            count += 1;
        }
    }
    Some(count)
}

/// A date the workspace file can store: SQLite keeps it as `%F` text and
/// reads it back with the same format.
fn storable(date: NaiveDate) -> bool {
    NaiveDate::parse_from_str(&date.format("%F").to_string(), "%F") == Ok(date)
}

/// `read` gives all the data rows, finite and storable, or a clear error.
/// Returns the values it read.
fn read_all_or_nothing(
    text: &str,
    mapping: &CsvMapping,
) -> Result<Option<Vec<(NaiveDate, f64)>>, TestCaseError> {
    match kpi_csv::read(text, mapping) {
        Ok(values) => {
            prop_assert!(!values.is_empty(), "no values and no error");
            prop_assert!(values.len() <= MAX_ROWS);
            for (date, value) in &values {
                prop_assert!(value.is_finite(), "{value} on {date}");
                prop_assert!(storable(*date), "{date} cannot be stored");
            }
            let expected = data_records(text, mapping);
            prop_assert_eq!(
                Some(values.len()),
                expected,
                "rows were skipped or invented"
            );
            Ok(Some(values))
        }
        Err(error) => {
            fuzz::clear(&error, &[ErrorCode::BadCsv])?;
            Ok(None)
        }
    }
}

/// `preview_with` never panics; what it proposes is a mapping `read` can
/// use (all or nothing).
fn preview_then_read(text: &str, delimiter: Option<&str>) -> TestCaseResult {
    match kpi_csv::preview_with(text, delimiter) {
        Ok(preview) => {
            prop_assert!(preview.rows.len() <= 8);
            prop_assert!(preview.row_count as usize >= preview.rows.len());
            prop_assert!([",", ";", "\t"].contains(&preview.mapping.delimiter.as_str()));
            if let Some(chosen @ ("," | ";" | "\t")) = delimiter {
                prop_assert_eq!(&preview.mapping.delimiter, chosen);
            }
            if preview.mapping.has_header {
                prop_assert!(!preview.columns.is_empty());
            }
            read_all_or_nothing(text, &preview.mapping)?;
        }
        Err(error) => fuzz::clear(&error, &[ErrorCode::BadCsv])?,
    }
    Ok(())
}

fn chosen_delimiter() -> impl Strategy<Value = Option<&'static str>> {
    prop_oneof![
        3 => Just(None),
        1 => Just(Some(",")),
        1 => Just(Some(";")),
        1 => Just(Some("\t")),
        1 => Just(Some("|")),
        1 => Just(Some("")),
    ]
}

#[test]
fn arbitrary_text_and_mappings_never_panic_and_read_all_or_nothing() {
    fuzz::run(
        "fuzz_csv::arbitrary",
        file!(),
        fuzz::cases(3000, 1),
        (
            csv_inputs::arbitrary_text(),
            chosen_delimiter(),
            csv_inputs::mapping(),
        ),
        |(text, delimiter, mapping)| {
            preview_then_read(&text, delimiter)?;
            read_all_or_nothing(&text, &mapping)?;
            Ok(())
        },
    );
}

#[test]
fn realistic_exports_are_read_exactly() {
    fuzz::run(
        "fuzz_csv::exports",
        file!(),
        fuzz::cases(1500, 1),
        csv_inputs::spec(),
        |spec| {
            let export = csv_inputs::export(&spec);
            let read = kpi_csv::read(&export.text, &export.mapping);
            prop_assert_eq!(
                read.as_ref().ok(),
                Some(&export.values),
                "{:?}",
                read.as_ref().err()
            );
            let preview = kpi_csv::preview_with(&export.text, Some(&export.mapping.delimiter))
                .map_err(|e| TestCaseError::fail(format!("{e:?}")))?;
            prop_assert_eq!(preview.mapping.has_header, spec.header);
            prop_assert_eq!(preview.row_count as usize, export.values.len());
            prop_assert_eq!(preview.mapping.date_column as usize, spec.date_column);
            if spec.header {
                prop_assert_eq!(preview.columns.len(), spec.columns);
            }
            preview_then_read(&export.text, None)?;
            Ok(())
        },
    );
}

#[test]
fn mutated_exports_never_panic_and_read_all_or_nothing() {
    fuzz::run(
        "fuzz_csv::mutants",
        file!(),
        fuzz::cases(1000, 1),
        (
            csv_inputs::spec(),
            proptest::collection::vec(csv_inputs::edit(), 1..5),
            csv_inputs::mapping(),
        ),
        |(spec, edits, other)| {
            let export = csv_inputs::export(&spec);
            let mut text = export.text;
            for edit in &edits {
                csv_inputs::apply(&mut text, edit, spec.delimiter);
            }
            preview_then_read(&text, None)?;
            preview_then_read(&text, Some(&export.mapping.delimiter))?;
            read_all_or_nothing(&text, &export.mapping)?;
            read_all_or_nothing(&text, &other)?;
            Ok(())
        },
    );
}

/// Found by fuzzing: the message quoted a bad field whole — a megabyte of
/// text, or control characters that a terminal obeys. It now quotes the
/// start and the end, with control characters shown as symbols.
#[test]
fn a_huge_or_hostile_field_gets_a_short_readable_message() {
    let mapping = CsvMapping {
        delimiter: ",".into(),
        has_header: false,
        date_column: 0,
        value_column: 1,
        date_order: kpi_csv::DateOrder::Iso,
        decimal_mark: kpi_csv::DecimalMark::Point,
    };
    let huge = format!("2027-01-01,{}\n", "9".repeat(1_000_000));
    let hostile = "2027-01-01,\"\u{1b}[2J\u{0}\n\u{7f}\u{9b}\"\n";
    let bad_date = format!("{}x,1\n", "\u{1b}".repeat(400));
    for text in [huge.as_str(), hostile, bad_date.as_str()] {
        let error = kpi_csv::read(text, &mapping)
            .err()
            .unwrap_or_else(|| panic!("accepted {:?}", &text[..40]));
        fuzz::clear(&error, &[ErrorCode::BadCsv]).unwrap_or_else(|e| panic!("{e}"));
    }
    let error = kpi_csv::read(hostile, &mapping).err();
    let message = error.map(|e| e.message(rumbo_core::Lang::En));
    assert_eq!(
        message.as_deref(),
        Some(
            "Nothing was imported: line 1, column 2: “␛[2J␀␊␡\u{fffd}” is not a number (expected one from -10¹⁵ to 10¹⁵ with a decimal point, like 1234.5 or 1,234.5)."
        )
    );
}
