//! One module per table: every SQL statement of Rumbo lives below here or in
//! `migrations/`.

pub mod account;
pub mod audience;
pub mod budget;
pub mod campaign;
pub mod channel;
pub mod conduct;
pub mod crisis;
pub mod department;
pub mod document;
pub mod editorial;
pub mod fit;
pub mod health;
pub mod holiday;
pub mod internal;
pub mod links;
pub mod meta;
pub mod objective;
pub mod person;
pub mod policy;
pub mod procedure;
pub mod profile;
pub mod recommendation;

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::types::Type;

/// Timestamps are stored as RFC 3339 text.
pub(crate) fn time_text(time: &DateTime<Utc>) -> String {
    time.to_rfc3339_opts(SecondsFormat::AutoSi, true)
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
