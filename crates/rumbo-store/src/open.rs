//! The one place that opens a workspace file: it recognizes the file without
//! touching it, sets the pragmas and runs the migrations.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use rumbo_core::ipc::{BackupInfo, BackupReason};
use rumbo_core::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use rusqlite_migration::{M, Migrations};

use crate::error::Db;
use crate::lock::{Held, ReaderLock, WriterLock};

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
    include_str!("../migrations/005_unknowns.sql"),
    include_str!("../migrations/006_adoption.sql"),
    include_str!("../migrations/007_planner.sql"),
    include_str!("../migrations/008_running.sql"),
    include_str!("../migrations/009_rules.sql"),
];

static MIGRATIONS: LazyLock<Migrations<'static>> =
    LazyLock::new(|| Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect()));

/// The schema version this Rumbo writes (SQLite's `user_version`).
pub fn schema_version() -> u32 {
    u32::try_from(STEPS.len()).unwrap_or(u32::MAX)
}

/// Reads the file's header — never through SQLite, so nothing is written —
/// and refuses anything that is not a Rumbo workspace this version can open.
/// Returns the schema version the header records.
pub fn inspect(path: &Path) -> Result<u32> {
    let metadata = fs::metadata(path).map_err(|e| Error::io(path, &e))?;
    if metadata.is_dir() {
        return Err(Error::NotAFile(path.to_path_buf()));
    }
    if !metadata.is_file() {
        return Err(Error::SpecialFile {
            path: path.to_path_buf(),
            kind: crate::files::special_kind(&metadata),
        });
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
    check_version(path, field(60))?;
    Ok(u32::try_from(field(60)).unwrap_or(0))
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

/// How a workspace is opened.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// For editing: the writer's lock is taken, the file migrated. When the
    /// file, its folder or its disk cannot be written, it is opened
    /// read-only instead.
    Write,
    /// Only read: no lock, nothing written (the file, its journals and its
    /// folder are left as they are), works while another Rumbo edits it.
    ReadOnly,
}

/// A connection to an existing workspace, as [`open_existing`] leaves it.
#[derive(Debug)]
pub(crate) struct Opened {
    pub conn: Connection,
    /// Held for the workspace's lifetime: the writer's lock when opened for
    /// writing, a reader's shared lock when read as an immutable file.
    pub lock: Option<Held>,
    pub read_only: bool,
    /// The backup taken before a migration, if one ran.
    pub migration_backup: Option<BackupInfo>,
}

/// Opens an existing workspace. In order:
///
/// 1. the header is read with plain file I/O (not SQLite, not a workspace,
///    newer: refused untouched);
/// 2. for writing, the writer's lock is taken ([`Error::Locked`]), or the
///    file is opened read-only when it or its folder cannot be written;
/// 3. the file is checked through a **read-only** connection (through its
///    `-wal` when there is one; `immutable` when there is none, so that
///    nothing at all appears beside it): application id, schema version,
///    `integrity_check` (the full one: `quick_check` misses indexes that
///    disagree with their tables), and then every record and saved
///    version is read ([`crate::read::check_sound`]; an older schema is
///    read through a copy migrated in memory). A file that fails is
///    refused as damaged and never written — a read-write connection
///    would replay its `-wal` into it when closed;
/// 4. only then, for writing, the read-write connection: WAL,
///    `synchronous=FULL`, the workspace's identity (see
///    [`WORKSPACE_ID`]), and the migrations, each preceded by a backup.
///    A read-only workspace of an older schema is migrated in memory.
///
/// A reader never mistakes a writer for damage: it reads a closed file as
/// immutable only while holding a shared lock that writers wait for, reads
/// a file a writer holds through SQLite's locking, and checks a file that
/// changed while it was being checked once more.
pub(crate) fn open_existing(path: &Path, access: Access) -> Result<Opened> {
    inspect(path)?;
    if access == Access::Write && is_writable(path) {
        let lock = WriterLock::acquire(path)?;
        // Ours alone to write now: reading it as immutable is safe.
        let checked = checked_read_only(path, !wal_in_use(path))?;
        sound(path, &checked)?;
        drop(checked);
        return open_for_writing(path, lock);
    }
    let folder = path.parent().unwrap_or(Path::new("."));
    if wal_in_use(path) && !folder_is_writable(folder) {
        return Ok(Opened {
            conn: read_through_a_private_copy(path)?,
            lock: None,
            read_only: true,
            migration_backup: None,
        });
    }
    let mut attempts = 0;
    loop {
        let before = FileState::of(path);
        match open_for_reading(path) {
            Err(Error::Damaged { .. }) if attempts < 3 && FileState::of(path) != before => {
                // Another program wrote it meanwhile: look again.
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            other => return other,
        }
    }
}

fn open_for_reading(path: &Path) -> Result<Opened> {
    let reader = ReaderLock::try_acquire(path);
    if reader.is_none() {
        // A writer holds the file: its `-wal` appears as it starts.
        for _ in 0..50 {
            if fs::symlink_metadata(sibling(path, "-wal")).is_ok() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
    // A `-wal` without a single frame (left by a write that failed on a
    // full disk) holds nothing: the file alone is the workspace.
    let immutable = reader.is_some() && !wal_in_use(path);
    let checked = checked_read_only(path, immutable)?;
    let conn = if checked.user_version < schema_version() {
        migrated_in_memory(path, &checked.conn)?
    } else {
        checked.conn
    };
    crate::read::check_sound(&conn).map_err(|e| named(e, path))?;
    conn.pragma_update(None, "query_only", "ON").db()?;
    Ok(Opened {
        conn,
        lock: if immutable {
            reader.map(Held::Reader)
        } else {
            None
        },
        read_only: true,
        migration_backup: None,
    })
}

fn open_for_writing(path: &Path, lock: WriterLock) -> Result<Opened> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| damaged(path, &e))?;
    configure(&conn).map_err(|e| damaged_or(path, e))?;
    let user_version: i32 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .map_err(|e| damaged(path, &e))?;
    check_version(path, user_version)?;
    // Before the migration's backup, so that the backup carries it too. A
    // file that cannot take it now (a full disk, a header SQLite will only
    // read) opens all the same, as before; it gets one on a later open.
    let _ = give_identity(&conn);
    let mut migration_backup = None;
    if u32::try_from(user_version).unwrap_or(0) < schema_version() {
        // Never change a schema without a copy of the file as it was.
        migration_backup = Some(crate::backup::take(&conn, path, BackupReason::Migration)?);
        MIGRATIONS
            .to_latest(&mut conn)
            .map_err(|e| migration_error(path, &e))?;
    }
    Ok(Opened {
        conn,
        lock: Some(Held::Writer(lock)),
        read_only: false,
        migration_backup,
    })
}

/// The key in `workspace_meta` of the workspace's identity: set once when a
/// workspace is created (or first opened for writing by a Rumbo that knows
/// it), copied into its backups and by Save a Copy, kept by a restore. A
/// backup is known to be this workspace's by it, not by its file name.
pub const WORKSPACE_ID: &str = "workspace_id";

/// Gives a workspace its identity if it has none yet.
pub(crate) fn give_identity(conn: &Connection) -> Result<()> {
    conn.execute(
        "INSERT INTO workspace_meta (key, value) VALUES (?1, lower(hex(randomblob(16))))
         ON CONFLICT (key) DO NOTHING",
        [WORKSPACE_ID],
    )
    .db()?;
    Ok(())
}

/// The identity recorded in a workspace, if any.
pub(crate) fn identity(conn: &Connection) -> Option<String> {
    crate::table::meta::get(conn, WORKSPACE_ID).ok().flatten()
}

/// Whether a workspace's `-wal` holds anything: SQLite writes a 32-byte
/// header before its first frame, so a shorter (or missing) one holds no
/// change to read.
fn wal_in_use(path: &Path) -> bool {
    fs::metadata(sibling(path, "-wal")).is_ok_and(|m| m.len() > 32)
}

/// What a file looks like from outside: enough to tell that another
/// program wrote it between two moments.
#[derive(Debug, PartialEq)]
struct FileState {
    file: Option<(u64, Option<std::time::SystemTime>)>,
    wal: Option<(u64, Option<std::time::SystemTime>)>,
}

impl FileState {
    fn of(path: &Path) -> FileState {
        let state = |p: &Path| fs::metadata(p).ok().map(|m| (m.len(), m.modified().ok()));
        FileState {
            file: state(path),
            wal: state(&sibling(path, "-wal")),
        }
    }
}

/// Checks that every record of a checked file reads (through a copy
/// migrated in memory when its schema is older).
fn sound(path: &Path, checked: &Checked) -> Result<()> {
    if checked.user_version < schema_version() {
        let memory = migrated_in_memory(path, &checked.conn)?;
        crate::read::check_sound(&memory)
    } else {
        crate::read::check_sound(&checked.conn)
    }
    .map_err(|e| named(e, path))
}

/// A read-only connection to an existing workspace that has passed every
/// check of [`open_existing`] (nothing written). The caller holds the
/// writer's lock.
pub(crate) fn verify_existing(path: &Path) -> Result<Connection> {
    inspect(path)?;
    let checked = checked_read_only(path, !wal_in_use(path))?;
    sound(path, &checked)?;
    Ok(checked.conn)
}

/// Checks a file nobody writes (a backup, a copy) the way a workspace is
/// checked at open: header, application id, schema, integrity, and every
/// record. Returns its schema version and a read-only connection to it.
pub(crate) fn verify_file(path: &Path) -> Result<(u32, Connection)> {
    inspect(path)?;
    let immutable = ["-wal", "-journal"]
        .iter()
        .all(|suffix| fs::symlink_metadata(sibling(path, suffix)).is_err());
    let checked = checked_read_only(path, immutable)?;
    sound(path, &checked)?;
    Ok((checked.user_version, checked.conn))
}

/// A workspace with a `-wal` in a folder that cannot be written: SQLite
/// cannot read the `-wal` there (it needs its `-shm` index beside it), so
/// the file and its `-wal` are copied into a private temporary folder,
/// checked and read there into memory, and the copies removed. Nothing is
/// written where the workspace is.
fn read_through_a_private_copy(path: &Path) -> Result<Connection> {
    static COPIES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = COPIES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let private = std::env::temp_dir().join(format!("rumbo-read-{}-{n}", std::process::id()));
    let copy = private.join("w.rumbo");
    let read = (|| -> Result<Connection> {
        fs::create_dir_all(&private).map_err(|e| Error::io(&private, &e))?;
        fs::copy(path, &copy).map_err(|e| Error::io(path, &e))?;
        let wal = sibling(path, "-wal");
        fs::copy(&wal, sibling(&copy, "-wal")).map_err(|e| Error::io(&wal, &e))?;
        let checked = checked_read_only(&copy, false).map_err(|e| renamed(e, &copy, path))?;
        let mut memory = Connection::open_in_memory().db()?;
        crate::backup::copy(&checked.conn, &mut memory)?;
        drop(checked);
        if u32::try_from(
            memory
                .query_row("PRAGMA user_version", [], |r| r.get::<_, i32>(0))
                .db()?,
        )
        .unwrap_or(0)
            < schema_version()
        {
            MIGRATIONS
                .to_latest(&mut memory)
                .map_err(|e| migration_error(path, &e))?;
        }
        crate::read::check_sound(&memory).map_err(|e| named(e, path))?;
        memory.pragma_update(None, "query_only", "ON").db()?;
        Ok(memory)
    })();
    let _ = fs::remove_dir_all(&private);
    read
}

/// An error about the private copy `from`, said of the workspace `to`.
pub(crate) fn renamed(error: Error, from: &Path, to: &Path) -> Error {
    let fix = |p: PathBuf| if p == from { to.to_path_buf() } else { p };
    match error {
        Error::Damaged { path, detail } => Error::Damaged {
            path: fix(path),
            detail,
        },
        Error::NotAWorkspace(p) => Error::NotAWorkspace(fix(p)),
        Error::NotSqlite(p) => Error::NotSqlite(fix(p)),
        Error::PermissionDenied(p) => Error::PermissionDenied(fix(p)),
        Error::FileNotFound(p) => Error::FileNotFound(fix(p)),
        Error::ReadOnly(p) => Error::ReadOnly(fix(p)),
        Error::Locked(p) => Error::Locked(fix(p)),
        Error::NotAFile(p) => Error::NotAFile(fix(p)),
        Error::Io { path, detail } => Error::Io {
            path: fix(path),
            detail,
        },
        Error::DiskFull { path: Some(p) } => Error::DiskFull { path: Some(fix(p)) },
        Error::NewerVersion {
            path,
            found,
            supported,
        } => Error::NewerVersion {
            path: fix(path),
            found,
            supported,
        },
        other => other,
    }
}

/// A read-only connection that has passed the checks.
struct Checked {
    conn: Connection,
    user_version: u32,
}

/// Checks the file through a connection that cannot write it (`immutable`:
/// read it as a file nobody changes, without locks and without creating
/// `-wal` or `-shm` beside it — only when the caller knows nobody writes it).
fn checked_read_only(path: &Path, immutable: bool) -> Result<Checked> {
    let journal = sibling(path, "-journal");
    if fs::metadata(&journal).is_ok_and(|m| m.len() > 0) {
        // A rollback journal left by an interrupted write: replaying it
        // means writing the file, which is not done to a file not yet
        // known to be sound.
        return Err(Error::Damaged {
            path: path.to_path_buf(),
            detail: "a write to it was interrupted (a -journal file is beside it)".into(),
        });
    }
    let conn = read_only_connection(path, immutable)?;
    conn.busy_timeout(std::time::Duration::from_secs(5)).db()?;
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
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|e| damaged(path, &e))?;
    if verdict != "ok" {
        return Err(Error::Damaged {
            path: path.to_path_buf(),
            detail: verdict,
        });
    }
    Ok(Checked {
        conn,
        user_version: u32::try_from(user_version).unwrap_or(0),
    })
}

/// A connection that can only read `path` (SQLite `mode=ro`, and
/// `immutable=1` when asked).
pub(crate) fn read_only_connection(path: &Path, immutable: bool) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY
        | OpenFlags::SQLITE_OPEN_URI
        | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let mut uri = file_uri(path);
    uri.push_str(if immutable {
        "?mode=ro&immutable=1"
    } else {
        "?mode=ro"
    });
    Connection::open_with_flags(&uri, flags).map_err(|e| damaged(path, &e))
}

/// An older read-only workspace, copied into memory and migrated there, so
/// that it can be shown without writing it.
fn migrated_in_memory(path: &Path, source: &Connection) -> Result<Connection> {
    let mut memory = Connection::open_in_memory().db()?;
    crate::backup::copy(source, &mut memory)?;
    MIGRATIONS
        .to_latest(&mut memory)
        .map_err(|e| migration_error(path, &e))?;
    Ok(memory)
}

fn migration_error(path: &Path, error: &rusqlite_migration::Error) -> Error {
    match error {
        // A step of the schema that does not apply (a column already there,
        // a table missing) means the file's schema is not the one its
        // version says: its header or its schema is damaged. The step ran
        // in a transaction, so the file is as it was.
        rusqlite_migration::Error::RusqliteError { err, .. }
            if matches!(
                err.sqlite_error_code(),
                Some(rusqlite::ErrorCode::Unknown | rusqlite::ErrorCode::ConstraintViolation)
            ) || matches!(err, rusqlite::Error::SqlInputError { .. }) =>
        {
            Error::Damaged {
                path: path.to_path_buf(),
                detail: format!("the schema does not match its version: {err}"),
            }
        }
        rusqlite_migration::Error::RusqliteError { err, .. } => {
            named(crate::error::database_error(err), path)
        }
        other => Error::Database(other.to_string()),
    }
}

/// Fills the workspace's path into an error made without it.
pub(crate) fn named(error: Error, path: &Path) -> Error {
    match error {
        Error::Damaged { path: p, detail } if p.as_os_str().is_empty() => Error::Damaged {
            path: path.to_path_buf(),
            detail,
        },
        Error::ReadOnly(p) if p.as_os_str().is_empty() => Error::ReadOnly(path.to_path_buf()),
        Error::Locked(p) if p.as_os_str().is_empty() => Error::Locked(path.to_path_buf()),
        other => other,
    }
}

/// `path` with `suffix` appended to its name (`-wal`, `-shm`, `-journal`).
pub(crate) fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// Whether Rumbo may write the file and create files beside it (SQLite's
/// `-wal` and `-shm`). Asked without changing the file: it is opened for
/// writing but not written, and an empty probe file is created in its
/// folder and removed at once.
pub(crate) fn is_writable(path: &Path) -> bool {
    if fs::OpenOptions::new().write(true).open(path).is_err() {
        return false;
    }
    folder_is_writable(path.parent().unwrap_or(Path::new(".")))
}

pub(crate) fn folder_is_writable(folder: &Path) -> bool {
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    static PROBES: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = PROBES.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let probe = folder.join(format!(".rumbo-probe-{}-{n}", std::process::id()));
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
    {
        Ok(file) => {
            drop(file);
            let _ = fs::remove_file(&probe);
            true
        }
        Err(_) => false,
    }
}

/// An SQLite URI (`file:/path`) for `path`, with every byte outside the
/// unreserved set percent-encoded.
fn file_uri(path: &Path) -> String {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    #[cfg(unix)]
    let bytes: Vec<u8> = {
        use std::os::unix::ffi::OsStrExt;
        absolute.as_os_str().as_bytes().to_vec()
    };
    #[cfg(not(unix))]
    let bytes: Vec<u8> = {
        let text = absolute.to_string_lossy().replace('\\', "/");
        let text = if text.starts_with('/') {
            text
        } else {
            format!("/{text}")
        };
        text.into_bytes()
    };
    let mut uri = String::from("file:");
    for byte in bytes {
        if byte.is_ascii_alphanumeric() || b"-._~/:".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
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

/// An SQLite error met while reading and checking a file: what says the
/// file itself is bad (not a database, corrupt, a format this SQLite cannot
/// read, a read cut short) is [`Error::Damaged`].
pub(crate) fn damaged(path: &Path, error: &rusqlite::Error) -> Error {
    use rusqlite::ErrorCode as C;
    // Our statements are fixed: one SQLite cannot compile was spoiled by
    // the file's schema.
    let bad_schema = matches!(error, rusqlite::Error::SqlInputError { .. });
    let short_read = matches!(
        error,
        rusqlite::Error::SqliteFailure(e, _) if e.extended_code == rusqlite::ffi::SQLITE_IOERR_SHORT_READ
    );
    match error.sqlite_error_code() {
        Some(C::NotADatabase | C::DatabaseCorrupt | C::Unknown) => Error::Damaged {
            path: path.to_path_buf(),
            detail: error.to_string(),
        },
        _ if short_read || bad_schema => Error::Damaged {
            path: path.to_path_buf(),
            detail: error.to_string(),
        },
        Some(C::CannotOpen) => Error::PermissionDenied(path.to_path_buf()),
        _ => named(crate::error::database_error(error), path),
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
        assert_eq!(schema_version(), 9);
    }
}
