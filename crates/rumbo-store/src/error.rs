//! Turning SQLite's errors into Rumbo's.

use std::path::PathBuf;

use rumbo_core::Error;

/// `.db()` maps a rusqlite result into a Rumbo one.
pub(crate) trait Db<T> {
    fn db(self) -> Result<T, Error>;
}

impl<T> Db<T> for Result<T, rusqlite::Error> {
    fn db(self) -> Result<T, Error> {
        self.map_err(|e| database_error(&e))
    }
}

/// SQLite's error as Rumbo's. Errors about the workspace file itself
/// (read-only, locked) carry an empty path, which the workspace fills in
/// (`open::named`).
pub(crate) fn database_error(error: &rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    // A stored value that does not read as what Rumbo wrote there (text
    // that is not UTF-8, a name no enum has, a number where text was) is
    // damage of the file's content.
    if matches!(
        error,
        rusqlite::Error::FromSqlConversionFailure(..)
            | rusqlite::Error::Utf8Error(..)
            | rusqlite::Error::InvalidColumnType(..)
            | rusqlite::Error::IntegralValueOutOfRange(..)
    ) {
        return Error::Damaged {
            path: PathBuf::new(),
            detail: error.to_string(),
        };
    }
    match error.sqlite_error_code() {
        Some(C::DatabaseCorrupt | C::NotADatabase) => Error::Damaged {
            path: PathBuf::new(),
            detail: error.to_string(),
        },
        Some(C::DatabaseBusy | C::DatabaseLocked) => Error::Locked(PathBuf::new()),
        Some(C::DiskFull) => Error::DiskFull { path: None },
        Some(C::ReadOnly) => Error::ReadOnly(PathBuf::new()),
        Some(C::SystemIoFailure) => Error::Database("the disk refused to write".into()),
        _ => Error::Database(error.to_string()),
    }
}
