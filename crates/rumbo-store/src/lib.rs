//! Rumbo's storage: a workspace is one SQLite file (extension `.rumbo`).
//!
//! All SQL of the project lives in this crate. [`open`] is the one place that
//! opens a file (pragmas, recognition, migrations); [`table`] has one module
//! per table; [`Workspace`] is the API the app shell and the CLI use.

pub mod backup;
mod changes;
mod error;
pub mod files;
mod impact;
mod lock;
pub mod open;
mod read;
pub mod record;
pub mod table;
mod undo;
mod workspace;

pub use open::Access;
pub use record::Record;
pub use rumbo_core::ipc::{BackupInfo, BackupReason};
pub use workspace::{EXTENSION, Workspace, name_from_path};

#[cfg(test)]
pub(crate) mod test_support {
    use rusqlite::Connection;

    /// A fresh workspace file in a temporary folder, migrated, with the
    /// production pragmas.
    pub fn scratch() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let conn = crate::open::create_new(&dir.path().join("t.rumbo"))
            .unwrap_or_else(|e| panic!("create: {e}"));
        (dir, conn)
    }
}
