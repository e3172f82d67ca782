//! Backups of a workspace, kept beside it, and restoring one.
//!
//! - **Where**: `<folder>/<stem>.rumbo-backups/` next to `<folder>/<stem>.rumbo`
//!   (see [`folder`]); created when the first backup is taken.
//! - **What**: each backup is a complete, valid workspace file made with
//!   SQLite's online backup API from the open connection — never a file
//!   copy, so it is consistent and includes what is still in the `-wal`. It
//!   is written under a temporary name, checked (`integrity_check`), flushed to
//!   the disk and renamed; it is in rollback-journal mode, so it is one file
//!   with nothing beside it.
//! - **Names**: `<stem>.<YYYY-MM-DDTHH-MM-SS.mmmZ>.<reason>.rumbo` (UTC, so
//!   names sort by time); the reason is one of [`BackupReason`].
//! - **When**: on open (unless the newest backup is less than
//!   [`OPEN_INTERVAL_MINUTES`] old), before every schema migration, before a
//!   restore, by the app's timer when something changed
//!   ([`crate::Workspace::backup_if_changed`]), and when asked.
//! - **How many**: after each backup, [`prune`] keeps the newest
//!   [`KEEP_NEWEST`] and the newest of each of the last [`KEEP_DAYS`] days;
//!   older ones are deleted. Files in the folder that are not named like a
//!   backup are never touched.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use rumbo_core::ipc::{BackupInfo, BackupReason};
use rumbo_core::{Error, Result};
use rusqlite::backup::{Backup, StepResult};
use rusqlite::{Connection, OpenFlags};

use crate::error::Db;
use crate::lock::WriterLock;
use crate::open::{self, sibling};

/// Backups kept whatever their age.
pub const KEEP_NEWEST: usize = 10;
/// For each of this many last days, the newest backup of the day is kept too.
pub const KEEP_DAYS: i64 = 14;
/// An open takes no backup when the newest one is younger than this.
pub const OPEN_INTERVAL_MINUTES: i64 = 10;

const SUFFIX: &str = ".rumbo-backups";
const STAMP: &str = "%Y-%m-%dT%H-%M-%S%.3fZ";
const STAMP_LEN: usize = "2026-05-11T09-30-12.123Z".len();

/// The folder holding the backups of the workspace at `workspace`.
pub fn folder(workspace: &Path) -> PathBuf {
    let stem = stem(workspace);
    workspace.with_file_name(format!("{stem}{SUFFIX}"))
}

fn stem(workspace: &Path) -> String {
    workspace
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "workspace".into())
}

/// The backups of the workspace at `workspace`, newest first. No folder,
/// no backups. Files that are not named like a backup are left out.
pub fn list(workspace: &Path) -> Result<Vec<BackupInfo>> {
    let folder = folder(workspace);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&folder, &e)),
    };
    let mut backups: Vec<BackupInfo> = entries
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            let (taken_at, reason) = parse_name(&name)?;
            let metadata = entry.metadata().ok().filter(fs::Metadata::is_file)?;
            let path = entry.path();
            Some(BackupInfo {
                schema_version: header_user_version(&path).unwrap_or(0),
                path,
                taken_at,
                reason,
                size: metadata.len(),
            })
        })
        .collect();
    backups.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.path.cmp(&a.path)));
    Ok(backups)
}

/// The newest backup that passes [`verify`], if any.
pub fn latest_good(workspace: &Path) -> Result<Option<BackupInfo>> {
    Ok(list(workspace)?
        .into_iter()
        .find(|backup| verify(&backup.path).is_ok()))
}

/// Checks that `backup` is a sound workspace this Rumbo can open (header,
/// application id, schema not newer, `integrity_check`) without writing it.
/// Returns its schema version. Errors name the backup file.
pub fn verify(backup: &Path) -> Result<u32> {
    open::inspect(backup)?;
    let conn = open::read_only_connection(backup, !has_journals(backup))?;
    let (application_id, user_version): (i32, i32) = conn
        .query_row(
            "SELECT application_id, user_version FROM pragma_application_id, pragma_user_version",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| open::damaged(backup, &e))?;
    if application_id != open::APPLICATION_ID {
        return Err(Error::NotAWorkspace(backup.to_path_buf()));
    }
    let found = u32::try_from(user_version).unwrap_or(u32::MAX);
    if found > open::schema_version() {
        return Err(Error::NewerVersion {
            path: backup.to_path_buf(),
            found,
            supported: open::schema_version(),
        });
    }
    let verdict: String = conn
        .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
        .map_err(|e| open::damaged(backup, &e))?;
    if verdict != "ok" {
        return Err(Error::Damaged {
            path: backup.to_path_buf(),
            detail: verdict,
        });
    }
    Ok(found)
}

/// Deletes the backups the policy no longer keeps (see the module's
/// documentation); `keep` is never deleted. Returns the deleted files.
pub fn prune(workspace: &Path, keep: Option<&Path>) -> Result<Vec<PathBuf>> {
    let now = Utc::now();
    let mut days = HashSet::new();
    let mut deleted = Vec::new();
    for (i, backup) in list(workspace)?.into_iter().enumerate() {
        let newest_of_day = days.insert(backup.taken_at.date_naive());
        let recent = now.signed_duration_since(backup.taken_at) < chrono::Duration::days(KEEP_DAYS);
        if i < KEEP_NEWEST || (newest_of_day && recent) || keep == Some(backup.path.as_path()) {
            continue;
        }
        fs::remove_file(&backup.path).map_err(|e| Error::io(&backup.path, &e))?;
        deleted.push(backup.path);
    }
    Ok(deleted)
}

/// What [`restore`] did.
#[derive(Debug, Clone, PartialEq)]
pub struct Restored {
    /// The backup of the workspace as it was just before (none when there
    /// was no file, or it could not be read).
    pub before_restore: Option<BackupInfo>,
    /// Where a current file that could not be read was moved
    /// (`<name>.damaged-<stamp>`), with its `-wal` beside it if it had one.
    pub damaged_moved_to: Option<PathBuf>,
}

/// Replaces the workspace at `workspace` with the backup at `backup`.
///
/// The workspace must not be open for writing (the shell closes it first;
/// otherwise [`Error::Locked`]). In order: the backup is verified; it is
/// copied (online backup API) to a temporary file beside the workspace,
/// checked and flushed; the current file, when it can be read, is backed up
/// as `before-restore`, and when it cannot, it is moved aside as
/// `<name>.damaged-<stamp>` — nothing is deleted; its `-wal`/`-shm` go too
/// (their content is in that backup, or moved with the damaged file); the
/// copy is renamed over the workspace. A failure before the rename leaves
/// the workspace as it was.
pub fn restore(workspace: &Path, backup: &Path) -> Result<Restored> {
    verify(backup)?;
    if same_file(workspace, backup) {
        return Err(Error::FileExists(workspace.to_path_buf()));
    }
    let parent = workspace.parent().unwrap_or(Path::new("."));
    if !open::folder_is_writable(parent) {
        return Err(Error::ReadOnly(workspace.to_path_buf()));
    }
    let exists = fs::symlink_metadata(workspace).is_ok();
    let _lock = if exists && fs::metadata(workspace).is_ok_and(|m| m.is_file()) {
        Some(WriterLock::acquire(workspace)?)
    } else {
        None
    };
    let source = open::read_only_connection(backup, !has_journals(backup))?;
    let mut before_restore = None;
    let mut damaged_moved_to = None;
    write_copy(&source, workspace, |temporary| {
        if !exists {
            return Ok(());
        }
        match open::verify_existing(workspace) {
            Ok(current) => {
                before_restore = Some(take_keeping(
                    &current,
                    workspace,
                    BackupReason::BeforeRestore,
                    Some(backup),
                )?);
                drop(current);
                for suffix in ["-wal", "-shm"] {
                    remove_if_present(&sibling(workspace, suffix))?;
                }
            }
            Err(_) => {
                let aside = move_aside(workspace)?;
                damaged_moved_to = Some(aside);
            }
        }
        let _ = temporary;
        Ok(())
    })?;
    Ok(Restored {
        before_restore,
        damaged_moved_to,
    })
}

/// Moves a workspace that cannot be read, and its journals, aside.
fn move_aside(workspace: &Path) -> Result<PathBuf> {
    let name = workspace
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stamp = Utc::now().format("%Y-%m-%dT%H-%M-%SZ");
    let mut aside = workspace.with_file_name(format!("{name}.damaged-{stamp}"));
    let mut n = 1;
    while fs::symlink_metadata(&aside).is_ok() {
        n += 1;
        aside = workspace.with_file_name(format!("{name}.damaged-{stamp}-{n}"));
    }
    for suffix in ["-wal", "-journal"] {
        let journal = sibling(workspace, suffix);
        if fs::symlink_metadata(&journal).is_ok() {
            let target = sibling(&aside, suffix);
            fs::rename(&journal, &target).map_err(|e| Error::io(&journal, &e))?;
        }
    }
    remove_if_present(&sibling(workspace, "-shm"))?;
    fs::rename(workspace, &aside).map_err(|e| Error::io(workspace, &e))?;
    Ok(aside)
}

/// Whether SQLite journals lie beside `path` (then it is read through them,
/// not as an immutable file).
fn has_journals(path: &Path) -> bool {
    ["-wal", "-journal"]
        .iter()
        .any(|suffix| fs::symlink_metadata(sibling(path, suffix)).is_ok())
}

fn remove_if_present(path: &Path) -> Result<()> {
    match fs::remove_file(path) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(Error::io(path, &e)),
    }
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Takes a backup of the database behind `conn`, the workspace at
/// `workspace`, then prunes.
pub(crate) fn take(
    conn: &Connection,
    workspace: &Path,
    reason: BackupReason,
) -> Result<BackupInfo> {
    take_keeping(conn, workspace, reason, None)
}

fn take_keeping(
    conn: &Connection,
    workspace: &Path,
    reason: BackupReason,
    keep: Option<&Path>,
) -> Result<BackupInfo> {
    let folder = folder(workspace);
    fs::create_dir_all(&folder).map_err(|e| Error::io(&folder, &e))?;
    let stem = stem(workspace);
    let mut taken_at = Utc::now().trunc_subsecs(3);
    let mut path;
    loop {
        path = folder.join(format!(
            "{stem}.{}.{}.rumbo",
            taken_at.format(STAMP),
            reason.name()
        ));
        if fs::symlink_metadata(&path).is_err() {
            break;
        }
        taken_at += chrono::Duration::milliseconds(1);
    }
    write_copy(conn, &path, |_| Ok(()))?;
    let size = fs::metadata(&path).map_err(|e| Error::io(&path, &e))?.len();
    let info = BackupInfo {
        schema_version: header_user_version(&path).unwrap_or(0),
        path,
        taken_at,
        reason,
        size,
    };
    prune(workspace, keep)?;
    Ok(info)
}

/// Copies every page of `source` into `target` with SQLite's online backup
/// API, in one step (a consistent snapshot), waiting while another
/// connection writes.
pub(crate) fn copy(source: &Connection, target: &mut Connection) -> Result<()> {
    let backup = Backup::new(source, target).db()?;
    let mut waits = 0;
    loop {
        match backup.step(-1).db()? {
            StepResult::Done => return Ok(()),
            StepResult::Busy | StepResult::Locked => {
                waits += 1;
                if waits > 500 {
                    return Err(Error::Locked(PathBuf::new()));
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            _ => {}
        }
    }
}

/// Writes a copy of `source` to `target`: under a temporary name beside it,
/// in rollback-journal mode, checked, flushed; then `before_rename` runs and
/// the copy is renamed over `target`. On failure the temporary file is
/// removed and `target` is as it was.
pub(crate) fn write_copy(
    source: &Connection,
    target: &Path,
    before_rename: impl FnOnce(&Path) -> Result<()>,
) -> Result<()> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = target.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let remove_temporary = || {
        for suffix in ["", "-journal", "-wal", "-shm"] {
            let _ = fs::remove_file(sibling(&temporary, suffix));
        }
    };
    let explain = |error: Error| match error {
        Error::DiskFull { path: None } => Error::DiskFull {
            path: Some(target.to_path_buf()),
        },
        Error::ReadOnly(p) if p.as_os_str().is_empty() => Error::ReadOnly(target.to_path_buf()),
        other => other,
    };
    remove_temporary();
    let written = (|| -> Result<()> {
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut copy =
            Connection::open_with_flags(&temporary, flags).map_err(|e| {
                match temporary.parent().map(fs::metadata) {
                    Some(Err(io)) => Error::io(target, &io),
                    _ => crate::error::database_error(&e),
                }
            })?;
        copy.pragma_update(None, "journal_mode", "DELETE").db()?;
        copy.pragma_update(None, "synchronous", "FULL").db()?;
        self::copy(source, &mut copy)?;
        // The copied first page says WAL when the source is in WAL mode: the
        // copy is made a single rollback-journal file.
        let mode: String = copy
            .pragma_update_and_check(None, "journal_mode", "DELETE", |r| r.get(0))
            .db()?;
        if !mode.eq_ignore_ascii_case("delete") {
            return Err(Error::Database(format!("the copy stayed in {mode} mode")));
        }
        let verdict: String = copy
            .query_row("PRAGMA integrity_check(1)", [], |r| r.get(0))
            .db()?;
        if verdict != "ok" {
            return Err(Error::Damaged {
                path: target.to_path_buf(),
                detail: verdict,
            });
        }
        copy.close()
            .map_err(|(_, e)| crate::error::database_error(&e))?;
        fs::File::open(&temporary)
            .and_then(|f| f.sync_all())
            .map_err(|e| Error::io(target, &e))?;
        before_rename(&temporary)?;
        fs::rename(&temporary, target).map_err(|e| Error::io(target, &e))?;
        sync_folder(target);
        Ok(())
    })();
    written.map_err(|error| {
        remove_temporary();
        explain(error)
    })
}

/// Flushes a folder's entries (the rename) to the disk, where that is possible.
fn sync_folder(file: &Path) {
    #[cfg(unix)]
    if let Some(parent) = file.parent() {
        let parent = if parent.as_os_str().is_empty() {
            Path::new(".")
        } else {
            parent
        };
        if let Ok(dir) = fs::File::open(parent) {
            let _ = dir.sync_all();
        }
    }
    #[cfg(not(unix))]
    let _ = file;
}

/// `(taken_at, reason)` from a backup's file name.
fn parse_name(name: &str) -> Option<(DateTime<Utc>, BackupReason)> {
    let rest = name.strip_suffix(".rumbo")?;
    let (rest, reason) = rest.rsplit_once('.')?;
    let reason = BackupReason::from_name(reason)?;
    let split = rest.len().checked_sub(STAMP_LEN)?;
    if !rest.is_char_boundary(split) || !rest[..split].ends_with('.') {
        return None;
    }
    let stamp = &rest[split..];
    let taken_at = NaiveDateTime::parse_from_str(stamp, STAMP).ok()?.and_utc();
    Some((taken_at, reason))
}

/// The schema version in a file's header, read without SQLite.
fn header_user_version(path: &Path) -> Option<u32> {
    let mut header = [0_u8; 64];
    fs::File::open(path).ok()?.read_exact(&mut header).ok()?;
    u32::try_from(i32::from_be_bytes([
        header[60], header[61], header[62], header[63],
    ]))
    .ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip_and_others_are_ignored() {
        let at = NaiveDateTime::parse_from_str("2026-05-11T09-30-12.123Z", STAMP)
            .map(|t| t.and_utc())
            .unwrap_or_else(|e| panic!("{e}"));
        let name = format!(
            "Plan 2027.v2.{}.{}.rumbo",
            at.format(STAMP),
            BackupReason::BeforeRestore.name()
        );
        assert_eq!(
            name,
            "Plan 2027.v2.2026-05-11T09-30-12.123Z.before-restore.rumbo"
        );
        assert_eq!(parse_name(&name), Some((at, BackupReason::BeforeRestore)));
        for other in [
            "Plan.rumbo",
            "notes.txt",
            "Plan.2026-05-11T09-30-12.123Z.weekly.rumbo",
            "2026-05-11T09-30-12.123Z.open.rumbo",
            "Plan.2026-13-11T09-30-12.123Z.open.rumbo",
        ] {
            assert_eq!(parse_name(other), None, "{other}");
        }
    }

    #[test]
    fn the_folder_is_beside_the_workspace() {
        assert_eq!(
            folder(Path::new("/home/ana/Plan 2027.rumbo")),
            PathBuf::from("/home/ana/Plan 2027.rumbo-backups")
        );
    }
}
