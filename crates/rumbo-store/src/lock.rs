//! The writer's lock: one Rumbo (window or command) at a time may have a
//! workspace open for writing. Readers (`Workspace::open_read_only`) take no
//! lock and are never refused.
//!
//! - Unix (Linux, macOS): an advisory `flock` on the workspace file itself
//!   (`File::try_lock`). `flock` locks are independent of the `fcntl` byte
//!   range locks SQLite uses, so they neither block SQLite nor readers; the
//!   kernel drops them when the process ends, even when it is killed, so a
//!   crash never leaves a stale lock. On file systems without `flock`
//!   support the lock is skipped (SQLite's own locking still keeps the data
//!   consistent).
//! - Windows: locks are mandatory there, and locking the workspace file
//!   would stop SQLite's own reads, so the lock is taken on a small owner
//!   file beside it, `~$<name>.lock` (the convention office suites use),
//!   removed when the workspace is closed.

use std::fs::File;
use std::path::{Path, PathBuf};

use rumbo_core::{Error, Result};

/// Held for as long as a workspace is open for writing.
#[derive(Debug)]
pub(crate) struct WriterLock {
    _file: File,
    /// The owner file to remove on release (Windows only).
    #[cfg_attr(unix, allow(dead_code))]
    owner_file: Option<PathBuf>,
}

impl WriterLock {
    /// Takes the lock on `path`, or fails with [`Error::Locked`] when
    /// another program holds it.
    pub(crate) fn acquire(path: &Path) -> Result<WriterLock> {
        let (file, owner_file) = lock_file(path)?;
        match file.try_lock() {
            Ok(()) => Ok(WriterLock {
                _file: file,
                owner_file,
            }),
            Err(std::fs::TryLockError::WouldBlock) => Err(Error::Locked(path.to_path_buf())),
            // No lock support on this file system: go on without it.
            Err(std::fs::TryLockError::Error(_)) => Ok(WriterLock {
                _file: file,
                owner_file: None,
            }),
        }
    }
}

#[cfg(unix)]
fn lock_file(path: &Path) -> Result<(File, Option<PathBuf>)> {
    let file = File::open(path).map_err(|e| Error::io(path, &e))?;
    Ok((file, None))
}

#[cfg(not(unix))]
fn lock_file(path: &Path) -> Result<(File, Option<PathBuf>)> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let owner = path.with_file_name(format!("~${name}.lock"));
    let file = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(true)
        .truncate(false)
        .open(&owner)
        .map_err(|e| Error::io(&owner, &e))?;
    Ok((file, Some(owner)))
}

impl Drop for WriterLock {
    fn drop(&mut self) {
        #[cfg(not(unix))]
        if let Some(owner) = self.owner_file.take() {
            let _ = self._file.unlock();
            let _ = std::fs::remove_file(owner);
        }
    }
}
