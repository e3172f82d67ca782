//! One module per table: every SQL statement of Rumbo lives below here or in
//! `migrations/`.

pub mod channel;
pub mod meta;
pub mod profile;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::Type;

/// Timestamps are stored as RFC 3339 text, exactly as the JSON format writes them.
pub(crate) fn time_text(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
}

pub(crate) fn parse_time(index: usize, text: &str) -> rusqlite::Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))
}

/// A column that holds one of a fixed set of names.
pub(crate) fn parse_enum<T>(
    index: usize,
    text: &str,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            Type::Text,
            format!("unknown value {text:?}").into(),
        )
    })
}
