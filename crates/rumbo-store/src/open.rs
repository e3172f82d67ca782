//! The one place that opens a workspace file: it recognizes the file without
//! touching it, sets the pragmas and runs the migrations.

use std::fs;
use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

use rumbo_core::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use crate::error::Db;

/// `PRAGMA application_id` of every Rumbo workspace: "RUMB".
pub const APPLICATION_ID: i32 = 0x5255_4D42;

const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// The schema, one step per version. Steps only add; a released step is
/// never edited.
const STEPS: &[&str] = &[
    include_str!("../migrations/001_init.sql"),
    include_str!("../migrations/002_strategy.sql"),
    include_str!("../migrations/003_health.sql"),
    include_str!("../migrations/004_document.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// The schema version this Rumbo writes (SQLite's `user_version`).
pub fn schema_version() -> u32 {
    u32::try_from(STEPS.len()).unwrap_or(u32::MAX)
}

/// Reads the file's header — never through SQLite, so nothing is written —
/// and refuses anything that is not a Rumbo workspace this version can open.
pub fn inspect(path: &Path) -> Result<()> {
    let metadata = fs::metadata(path).map_err(|e| Error::io(path, &e))?;
    if !metadata.is_file() {
        return Err(Error::NotAFile(path.to_path_buf()));
    }
    let mut header = [0_u8; 100];
    let mut file = fs::File::open(path).map_err(|e| Error::io(path, &e))?;
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(Error::io(path, &e)),
        }
    }
    if read < header.len() || &header[..16] != SQLITE_MAGIC {
        return Err(Error::NotSqlite(path.to_path_buf()));
    }
    let field = |at: usize| {
        i32::from_be_bytes([header[at], header[at + 1], header[at + 2], header[at + 3]])
    };
    if field(68) != APPLICATION_ID {
        return Err(Error::NotAWorkspace(path.to_path_buf()));
    }
    check_version(path, field(60))
}

fn check_version(path: &Path, user_version: i32) -> Result<()> {
    let found = u32::try_from(user_version).unwrap_or(u32::MAX);
    if found > schema_version() {
        return Err(Error::NewerVersion {
            path: path.to_path_buf(),
            found,
            supported: schema_version(),
        });
    }
    Ok(())
}

/// Opens an existing workspace: recognize, connect, configure, check, migrate.
pub fn open_existing(path: &Path) -> Result<Connection> {
    inspect(path)?;
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| damaged(path, &e))?;
    configure(&conn).map_err(|e| damaged_or(path, e))?;
    // The header can lag behind the WAL: ask SQLite again now that it is open.
    let (application_id, user_version): (i32, i32) = conn
        .query_row(
            "SELECT application_id, user_version FROM pragma_application_id, pragma_user_version",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| damaged(path, &e))?;
    if application_id != APPLICATION_ID {
        return Err(Error::NotAWorkspace(path.to_path_buf()));
    }
    check_version(path, user_version)?;
    let verdict: String = conn
        .query_row("PRAGMA quick_check", [], |r| r.get(0))
        .map_err(|e| damaged(path, &e))?;
    if verdict != "ok" {
        return Err(Error::Damaged {
            path: path.to_path_buf(),
            detail: verdict,
        });
    }
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|e| Error::Database(e.to_string()))?;
    Ok(conn)
}

/// Creates a new, empty workspace file. It is first written in rollback
/// mode, so that the header that marks it as a workspace is in the main
/// file even before the first checkpoint, then switched to WAL.
pub fn create_new(path: &Path) -> Result<Connection> {
    match fs::symlink_metadata(path) {
        Ok(_) => return Err(Error::FileExists(path.to_path_buf())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::io(path, &e)),
    }
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
        | OpenFlags::SQLITE_OPEN_CREATE
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| create_error(path, &e))?;
    conn.pragma_update(None, "journal_mode", "DELETE").db()?;
    MIGRATIONS
        .to_latest(&mut conn)
        .map_err(|e| Error::Database(e.to_string()))?;
    configure(&conn)?;
    Ok(conn)
}

/// The pragmas every connection runs with.
fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5)).db()?;
    conn.pragma_update(None, "foreign_keys", "ON").db()?;
    let mode: String = conn
        .pragma_update_and_check(None, "journal_mode", "WAL", |r| r.get(0))
        .db()?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(Error::Database(format!(
            "the file system does not support WAL mode ({mode})"
        )));
    }
    // FULL: a transaction acknowledged to the user survives a crash or a power cut.
    conn.pragma_update(None, "synchronous", "FULL").db()?;
    Ok(())
}

fn damaged(path: &Path, error: &rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    match error.sqlite_error_code() {
        Some(C::NotADatabase | C::DatabaseCorrupt) => Error::Damaged {
            path: path.to_path_buf(),
            detail: error.to_string(),
        },
        Some(C::CannotOpen) => Error::PermissionDenied(path.to_path_buf()),
        _ => crate::error::database_error(error),
    }
}

fn damaged_or(path: &Path, error: Error) -> Error {
    match error {
        Error::Database(detail)
            if detail.contains("malformed") || detail.contains("not a database") =>
        {
            Error::Damaged {
                path: path.to_path_buf(),
                detail,
            }
        }
        other => other,
    }
}

fn create_error(path: &Path, error: &rusqlite::Error) -> Error {
    match error.sqlite_error_code() {
        Some(rusqlite::ErrorCode::CannotOpen) => match path.parent().map(fs::metadata) {
            Some(Err(e)) => Error::io(path, &e),
            _ => Error::PermissionDenied(path.to_path_buf()),
        },
        _ => crate::error::database_error(error),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(MIGRATIONS.validate().is_ok());
        assert_eq!(schema_version(), 4);
    }
}
