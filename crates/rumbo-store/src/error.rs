//! Turning SQLite's errors into Rumbo's.

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

pub(crate) fn database_error(error: &rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    match error.sqlite_error_code() {
        Some(C::DatabaseBusy | C::DatabaseLocked) => {
            Error::Database("the workspace is being used by another program".into())
        }
        Some(C::DiskFull) => Error::Database("the disk is full".into()),
        Some(C::ReadOnly) => Error::Database("the file is read-only".into()),
        Some(C::SystemIoFailure) => Error::Database("the disk refused to write".into()),
        _ => Error::Database(error.to_string()),
    }
}
