//! The writer's lock: one Rumbo (window or command) at a time may have a
//! workspace open for writing. Readers (`Workspace::open_read_only`) are
//! never refused.
//!
//! A reader that reads a closed workspace as an *immutable* file (so that
//! not even a `-wal` or `-shm` appears beside it) holds a shared lock
//! ([`ReaderLock`]) while it reads: a writer arriving then waits for it
//! (a moment: readers are commands that read and close), instead of
//! changing the file under a reader that believes it cannot change — which
//! would read as damage. When a writer already holds the file, the reader
//! reads through SQLite's own locking instead (see `open.rs`).
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

use std::fs::{File, TryLockError};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

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
    /// another program holds it for writing. A reader holding it for a
    /// moment is waited for (up to [`READER_WAIT`]).
    pub(crate) fn acquire(path: &Path) -> Result<WriterLock> {
        let (file, owner_file) = lock_file(path)?;
        let started = Instant::now();
        loop {
            match file.try_lock() {
                Ok(()) => {
                    return Ok(WriterLock {
                        _file: file,
                        owner_file,
                    });
                }
                Err(TryLockError::WouldBlock) if started.elapsed() < READER_WAIT => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                Err(TryLockError::WouldBlock) => return Err(Error::Locked(path.to_path_buf())),
                // No lock support on this file system: go on without it.
                Err(TryLockError::Error(_)) => {
                    return Ok(WriterLock {
                        _file: file,
                        owner_file: None,
                    });
                }
            }
        }
    }
}

/// How long a writer waits for readers to finish before saying the file is
/// open elsewhere.
const READER_WAIT: Duration = Duration::from_secs(3);

/// A shared lock held by a reader of an immutable (closed) workspace.
#[derive(Debug)]
pub(crate) struct ReaderLock {
    _file: Option<File>,
}

impl ReaderLock {
    /// Takes a shared lock on `path`; `None` when a writer holds it (then
    /// the file may change: read it through SQLite's locking, not as an
    /// immutable file). Where locks do not exist (Windows, some file
    /// systems) readers go on without one, as before.
    pub(crate) fn try_acquire(path: &Path) -> Option<ReaderLock> {
        #[cfg(unix)]
        {
            let Ok(file) = File::open(path) else {
                return Some(ReaderLock { _file: None });
            };
            match file.try_lock_shared() {
                Ok(()) => Some(ReaderLock { _file: Some(file) }),
                Err(TryLockError::WouldBlock) => None,
                Err(TryLockError::Error(_)) => Some(ReaderLock { _file: None }),
            }
        }
        #[cfg(not(unix))]
        {
            let _ = path;
            Some(ReaderLock { _file: None })
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

/// The lock an open workspace holds for its lifetime (held for what its
/// drop releases, never read).
#[derive(Debug)]
#[allow(dead_code)]
pub(crate) enum Held {
    Writer(WriterLock),
    Reader(ReaderLock),
}
