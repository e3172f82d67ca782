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
//! - **Names**: `<stem>.<YYYY-MM-DDTHH-MM-SS.mmmZ>.<reason>.rumbo` (UTC), for
//!   people. Rumbo trusts what is recorded *inside* a backup, not its name:
//!   the workspace's identity ([`crate::open::WORKSPACE_ID`]), when it was
//!   taken and why (`backup_taken_at`, `backup_reason` in its
//!   `workspace_meta`). A file of another workspace, or one that records
//!   nothing, is never taken for one of this workspace's backups: it is
//!   listed as such ([`BackupOrigin`]), never chosen as "the newest sound
//!   backup", never pruned, and restored only when the person insists.
//! - **When**: on open (unless the newest backup is less than
//!   [`OPEN_INTERVAL_MINUTES`] old), before every schema migration, before a
//!   restore, by the app's timer when something changed
//!   ([`crate::Workspace::backup_if_changed`]), and when asked.
//! - **How many**: after each backup, [`prune`] keeps the newest
//!   [`KEEP_NEWEST`] and the newest of each of the last [`KEEP_DAYS`] days;
//!   older ones are deleted. Only files Rumbo made as backups of this
//!   workspace are ever deleted; every other file in the folder is left
//!   alone, whatever its name.

use std::collections::HashSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, NaiveDateTime, SubsecRound, Utc};
use rumbo_core::ipc::{BackupInfo, BackupOrigin, BackupReason};
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

/// Keys of `workspace_meta` recorded in a backup (and removed from a
/// restored copy).
const TAKEN_AT: &str = "backup_taken_at";
const REASON: &str = "backup_reason";

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

/// What a file in the backups folder records about itself.
struct Recorded {
    id: Option<String>,
    taken_at: Option<DateTime<Utc>>,
    reason: Option<BackupReason>,
}

/// Reads what a file records, without writing it (`None`: not a workspace,
/// or its records cannot be read).
fn recorded(path: &Path) -> Option<Recorded> {
    let conn = open::read_only_connection(path, !has_journals(path)).ok()?;
    let get = |key: &str| crate::table::meta::get(&conn, key).ok().flatten();
    let taken_at = get(TAKEN_AT)
        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc));
    Some(Recorded {
        id: get(open::WORKSPACE_ID),
        taken_at,
        reason: get(REASON).and_then(|r| BackupReason::from_name(&r)),
    })
}

/// The identity of the workspace at `workspace`, read without writing it
/// (it may be damaged: only its `workspace_meta` must read). When it cannot
/// be read, the identity most backups in its folder record.
pub fn identity(workspace: &Path) -> Option<String> {
    if let Some(id) = open::inspect(workspace)
        .ok()
        .and_then(|_| recorded(workspace))
        .and_then(|r| r.id)
    {
        return Some(id);
    }
    let mut votes: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (_, recorded) in candidates(workspace).ok()? {
        if let Some(Recorded {
            id: Some(id),
            taken_at: Some(_),
            ..
        }) = recorded
        {
            *votes.entry(id).or_default() += 1;
        }
    }
    let best = votes.values().copied().max()?;
    let mut winners = votes.into_iter().filter(|(_, n)| *n == best);
    let (id, _) = winners.next()?;
    winners.next().is_none().then_some(id)
}

/// The workspace files in the backups folder, with what each records.
fn candidates(workspace: &Path) -> Result<Vec<(PathBuf, Option<Recorded>)>> {
    let folder = folder(workspace);
    let entries = match fs::read_dir(&folder) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(&folder, &e)),
    };
    Ok(entries
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| {
            path.extension().is_some_and(|e| e == "rumbo")
                && fs::metadata(path).is_ok_and(|m| m.is_file())
                && open::inspect(path).is_ok()
        })
        .map(|path| {
            let recorded = recorded(&path);
            (path, recorded)
        })
        .collect())
}

/// The backups of the workspace at `workspace`, newest first (by the time
/// recorded inside each). No folder, no backups. Workspace files in the
/// folder that record no backup are listed only when named like one (a
/// backup of an older Rumbo), as of unknown origin.
pub fn list(workspace: &Path) -> Result<Vec<BackupInfo>> {
    let own = identity(workspace);
    let mut backups: Vec<BackupInfo> = candidates(workspace)?
        .into_iter()
        .filter_map(|(path, recorded)| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let named = parse_name(&name);
            let recorded = recorded.unwrap_or(Recorded {
                id: None,
                taken_at: None,
                reason: None,
            });
            let (taken_at, reason) = match (recorded.taken_at, named) {
                (Some(at), named) => (
                    at,
                    recorded
                        .reason
                        .or(named.map(|(_, r)| r))
                        .unwrap_or(BackupReason::Manual),
                ),
                (None, Some((at, reason))) => (at, reason),
                (None, None) => return None,
            };
            let origin = match (&recorded.id, &own) {
                (Some(id), Some(own)) if id == own && recorded.taken_at.is_some() => {
                    BackupOrigin::Own
                }
                (Some(id), Some(own)) if id != own => BackupOrigin::OtherWorkspace,
                // A copy of this workspace made outside Rumbo, or a file
                // that records nothing.
                _ => BackupOrigin::Unknown,
            };
            let size = fs::metadata(&path).ok()?.len();
            Some(BackupInfo {
                schema_version: header_user_version(&path).unwrap_or(0),
                path,
                taken_at,
                reason,
                size,
                origin,
            })
        })
        .collect();
    backups.sort_by(|a, b| b.taken_at.cmp(&a.taken_at).then(b.path.cmp(&a.path)));
    Ok(backups)
}

/// Whether a backup may stand for this workspace's newest sound state: one
/// Rumbo took of it, or — for a workspace older Rumbos backed up — one
/// named after it by Rumbo and not dated in the future.
fn trusted(workspace: &Path, backup: &BackupInfo) -> bool {
    match backup.origin {
        BackupOrigin::Own => true,
        BackupOrigin::OtherWorkspace => false,
        BackupOrigin::Unknown => {
            let name = backup
                .path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            parse_name(&name).is_some()
                && name.starts_with(&format!("{}.", stem(workspace)))
                && backup.taken_at <= Utc::now()
        }
    }
}

/// The newest backup of this workspace whose every record reads (see
/// [`verify`]): Rumbo's own backups first; backups of an older Rumbo only
/// when there is none of those. Files of other workspaces are never chosen.
pub fn latest_good(workspace: &Path) -> Result<Option<BackupInfo>> {
    let backups = list(workspace)?;
    let sound = |origin: BackupOrigin| {
        backups
            .iter()
            .filter(|b| b.origin == origin && trusted(workspace, b))
            .find(|b| verify(&b.path).is_ok())
            .cloned()
    };
    Ok(sound(BackupOrigin::Own).or_else(|| sound(BackupOrigin::Unknown)))
}

/// [`latest_good`], or [`Error::NoBackup`] saying how many were unusable.
pub fn latest_good_or_error(workspace: &Path) -> Result<BackupInfo> {
    match latest_good(workspace)? {
        Some(backup) => Ok(backup),
        None => Err(Error::NoBackup {
            path: workspace.to_path_buf(),
            unusable: list(workspace)?.len(),
        }),
    }
}

/// Checks that `backup` is a sound workspace this Rumbo can open (header,
/// application id, schema not newer, `integrity_check`, every record and
/// saved version readable) without writing it. Returns its schema version.
/// Errors name the backup file.
pub fn verify(backup: &Path) -> Result<u32> {
    open::verify_file(backup).map(|(version, _)| version)
}

/// Deletes the backups the policy no longer keeps (see the module's
/// documentation); `keep` is never deleted, nor is any file that is not a
/// backup Rumbo took of this workspace. A file another process removed
/// first is not an error. Returns the deleted files.
pub fn prune(workspace: &Path, keep: Option<&Path>) -> Result<Vec<PathBuf>> {
    let now = Utc::now();
    let mut days = HashSet::new();
    let mut deleted = Vec::new();
    let own = list(workspace)?
        .into_iter()
        .filter(|b| b.origin == BackupOrigin::Own);
    for (i, backup) in own.enumerate() {
        let newest_of_day = days.insert(backup.taken_at.date_naive());
        let recent = now.signed_duration_since(backup.taken_at) < chrono::Duration::days(KEEP_DAYS);
        if i < KEEP_NEWEST || (newest_of_day && recent) || keep == Some(backup.path.as_path()) {
            continue;
        }
        match fs::remove_file(&backup.path) {
            Ok(()) => deleted.push(backup.path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&backup.path, &e)),
        }
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
///
/// A file that is not known to be a backup of this workspace (another
/// workspace's, or one that records none) is refused with
/// [`Error::ForeignBackup`] unless `force`: restoring it would replace this
/// strategy with another one.
pub fn restore(workspace: &Path, backup: &Path, force: bool) -> Result<Restored> {
    verify(backup)?;
    if same_file(workspace, backup) {
        return Err(Error::FileExists(workspace.to_path_buf()));
    }
    if !force {
        belongs(workspace, backup)?;
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
    write_copy(&source, workspace, forget_backup_records, |temporary| {
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

/// Fails unless `backup` is known to be a backup of `workspace`: both
/// record the same identity, or one records none and the backup is in the
/// workspace's backups folder, named after it (a backup of an older Rumbo).
pub fn belongs(workspace: &Path, backup: &Path) -> Result<()> {
    let foreign = |known| Error::ForeignBackup {
        backup: backup.to_path_buf(),
        workspace: workspace.to_path_buf(),
        known,
    };
    match (identity(workspace), recorded(backup).and_then(|r| r.id)) {
        (Some(own), Some(theirs)) if own == theirs => Ok(()),
        (Some(_), Some(_)) => Err(foreign(true)),
        // One side records nothing: only a file in the workspace's own
        // backups folder, named by Rumbo after it, is taken as its backup.
        _ => {
            let in_folder = backup.parent() == Some(folder(workspace).as_path());
            let named = backup
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .is_some_and(|n| {
                    parse_name(&n).is_some() && n.starts_with(&format!("{}.", stem(workspace)))
                });
            if in_folder && named {
                Ok(())
            } else {
                Err(foreign(false))
            }
        }
    }
}

/// A restored or saved copy is a workspace, not a backup: what a backup
/// records about itself goes.
pub(crate) fn forget_backup_records(copy: &Connection) -> Result<()> {
    copy.execute(
        "DELETE FROM workspace_meta WHERE key IN (?1, ?2)",
        [TAKEN_AT, REASON],
    )
    .db()?;
    Ok(())
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
    let stamp = crate::table::time_text(&taken_at);
    write_copy(
        conn,
        &path,
        |copy| {
            crate::table::meta::set(copy, TAKEN_AT, &stamp).db()?;
            crate::table::meta::set(copy, REASON, reason.name()).db()
        },
        |_| Ok(()),
    )?;
    let size = fs::metadata(&path).map_err(|e| Error::io(&path, &e))?.len();
    let info = BackupInfo {
        schema_version: header_user_version(&path).unwrap_or(0),
        origin: if open::identity(conn).is_some() {
            BackupOrigin::Own
        } else {
            BackupOrigin::Unknown
        },
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
/// in rollback-journal mode; `prepare` adjusts the copy (what a backup
/// records about itself); the copy is checked (integrity, and every record
/// reads), flushed; then `before_rename` runs and the copy is renamed over
/// `target`. On failure the temporary file is removed and `target` is as
/// it was.
pub(crate) fn write_copy(
    source: &Connection,
    target: &Path,
    prepare: impl FnOnce(&Connection) -> Result<()>,
    before_rename: impl FnOnce(&Path) -> Result<()>,
) -> Result<()> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = crate::files::temporary_beside(target, &name);
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
        prepare(&copy)?;
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
        // Every record of the copy reads, or it is not a copy worth keeping.
        open::verify_file(&temporary).map_err(|e| open::renamed(e, &temporary, target))?;
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
