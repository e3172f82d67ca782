//! Reading and writing the files a person names (exports, imports, CSV),
//! so that:
//!
//! - an output never replaces a workspace: not the one being read (the same
//!   file, through symbolic and hard links too), not another Rumbo
//!   workspace or SQLite database, not the journals SQLite keeps beside one;
//! - an output never replaces what is not a regular file: a pipe or the
//!   process's own standard output (`/dev/stdout`, a terminal) is written
//!   through; other devices, sockets and folders are refused, saying what
//!   they are; a symbolic link is followed and the file it points to is
//!   written, atomically, the link kept;
//! - a regular file is written whole or not at all: a temporary file beside
//!   it, flushed, then renamed over it (keeping the permissions it had);
//! - an input is read only up to [`MAX_INPUT_BYTES`], whatever it is (a
//!   file, a pipe, standard input), and devices, sockets and folders are
//!   refused before anything is read.

use std::fs::{self, File, Metadata};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use rumbo_core::error::{FileKind, Protected};
use rumbo_core::limits::MAX_INPUT_BYTES;
use rumbo_core::{Error, Result};

use crate::open::{APPLICATION_ID, sibling};

/// Standard input or output, as commands write it.
pub const STANDARD: &str = "-";

/// How many symbolic links are followed before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

/// Writes an export to `target`, refusing to replace any of `inputs` (the
/// workspace being read) or any workspace, database or journal (see the
/// module's documentation). `-` is standard output.
pub fn write_output(target: &Path, bytes: &[u8], inputs: &[&Path]) -> Result<()> {
    if target == Path::new(STANDARD) {
        return write_standard_output(bytes);
    }
    // `metadata` follows links, the kernel's own (`/dev/stdout`) included.
    match fs::metadata(target) {
        Ok(metadata) if metadata.is_file() => {
            // The file a link points to is replaced; the link stays.
            let real = fs::canonicalize(target).map_err(|e| Error::io(target, &e))?;
            // Said of the name the person chose.
            refuse_protected(&real, &metadata, inputs).map_err(|e| match e {
                Error::WouldReplace { what, .. } => Error::WouldReplace {
                    path: target.to_path_buf(),
                    what,
                },
                other => other,
            })?;
            write_atomically_keeping(&real, bytes, Some(&metadata))
        }
        Ok(metadata) if metadata.is_dir() => Err(Error::NotAFile(target.to_path_buf())),
        Ok(metadata) => match special_kind(&metadata) {
            FileKind::Pipe => write_through(target, bytes),
            FileKind::Device if is_own_stream(&metadata, Stream::Output) => {
                write_through(target, bytes)
            }
            kind => Err(Error::SpecialFile {
                path: target.to_path_buf(),
                kind,
            }),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            // A new file, or one a dangling link points to.
            let real = resolve_links(target)?;
            refuse_journal_name(&real)?;
            write_atomically_keeping(&real, bytes, None)
        }
        Err(e) => Err(Error::io(target, &e)),
    }
}

/// Writes `bytes` to `path` through a temporary file beside it and a rename:
/// `path` is then whole, or as it was. For files Rumbo itself names (no
/// checks of what `path` is: see [`write_output`] for a file a person named).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    write_atomically_keeping(path, bytes, None)
}

fn write_atomically_keeping(path: &Path, bytes: &[u8], old: Option<&Metadata>) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = crate::files::temporary_beside(path, &name);
    let written = File::create(&temporary)
        .and_then(|mut f| {
            if let Some(old) = old {
                f.set_permissions(old.permissions())?;
            }
            f.write_all(bytes)?;
            f.sync_all()
        })
        .and_then(|()| fs::rename(&temporary, path));
    written.map_err(|e| {
        let _ = fs::remove_file(&temporary);
        Error::io(path, &e)
    })
}

/// A name for a file being written beside `target` (named `name`) before
/// it is renamed into place: hidden, and unique to this process and call,
/// so that two writers — threads or processes — never share one.
pub(crate) fn temporary_beside(target: &Path, name: &str) -> PathBuf {
    static CALLS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let n = CALLS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    target.with_file_name(format!(".{name}.{}-{n}.partial", std::process::id()))
}

/// A pipe, or the process's own standard output: written in place, never
/// replaced.
fn write_through(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::io(path, &e))?;
    file.write_all(bytes)
        .and_then(|()| file.flush())
        .map_err(|e| Error::io(path, &e))
}

fn write_standard_output(bytes: &[u8]) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Error::io(Path::new(STANDARD), &e))
}

/// Follows symbolic links to the path that is finally written: the file a
/// link points to (which may not exist yet), so that the link is kept.
pub(crate) fn resolve_links(path: &Path) -> Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&current).map_err(|e| Error::io(&current, &e))?;
                current = if to.is_absolute() {
                    to
                } else {
                    current.parent().unwrap_or(Path::new(".")).join(to)
                };
            }
            _ => return Ok(current),
        }
    }
    Err(Error::Io {
        path: path.to_path_buf(),
        detail: "too many levels of symbolic links".into(),
    })
}

/// Refuses to replace one of `inputs` (the same file, however reached) or
/// a workspace, database or journal.
fn refuse_protected(target: &Path, metadata: &Metadata, inputs: &[&Path]) -> Result<()> {
    for input in inputs {
        if fs::metadata(input).is_ok_and(|m| same_file(&m, metadata, input, target)) {
            return Err(Error::WouldReplace {
                path: target.to_path_buf(),
                what: Protected::Input,
            });
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            let journal = sibling(input, suffix);
            if fs::metadata(&journal).is_ok_and(|m| same_file(&m, metadata, &journal, target)) {
                return Err(Error::WouldReplace {
                    path: target.to_path_buf(),
                    what: Protected::Journal(input.to_path_buf()),
                });
            }
        }
    }
    if let Some(what) = sniff(target) {
        return Err(Error::WouldReplace {
            path: target.to_path_buf(),
            what,
        });
    }
    refuse_journal_name(target)
}

/// A name like `x.rumbo-wal` beside a workspace `x.rumbo` is its journal,
/// even before SQLite made it.
fn refuse_journal_name(target: &Path) -> Result<()> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    for suffix in ["-wal", "-shm", "-journal"] {
        if let Some(stem) = name.strip_suffix(suffix) {
            let of = target.with_file_name(stem);
            if matches!(sniff(&of), Some(Protected::Workspace | Protected::Database)) {
                return Err(Error::WouldReplace {
                    path: target.to_path_buf(),
                    what: Protected::Journal(of),
                });
            }
        }
    }
    Ok(())
}

/// What a file's first bytes say it is, if it is something an export must
/// never replace: an SQLite database (a Rumbo workspace when its
/// application id says so), or SQLite's write-ahead log or rollback journal.
fn sniff(path: &Path) -> Option<Protected> {
    const SQLITE: &[u8; 16] = b"SQLite format 3\0";
    const WAL: [[u8; 4]; 2] = [[0x37, 0x7f, 0x06, 0x82], [0x37, 0x7f, 0x06, 0x83]];
    const JOURNAL: [u8; 8] = [0xd9, 0xd5, 0x05, 0xf9, 0x20, 0xa1, 0x63, 0xd7];
    // Only a regular file is opened: opening a pipe to read it would wait
    // for a writer (found by fuzzing `write_output`).
    if !fs::metadata(path).is_ok_and(|m| m.is_file()) {
        return None;
    }
    let mut header = [0_u8; 72];
    let mut file = File::open(path).ok()?;
    let mut read = 0;
    while read < header.len() {
        match file.read(&mut header[read..]) {
            Ok(0) => break,
            Ok(n) => read += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => break,
        }
    }
    let header = &header[..read];
    if header.starts_with(SQLITE) {
        let id = header
            .get(68..72)
            .map(|b| i32::from_be_bytes([b[0], b[1], b[2], b[3]]));
        return Some(if id == Some(APPLICATION_ID) {
            Protected::Workspace
        } else {
            Protected::Database
        });
    }
    if WAL.iter().any(|magic| header.starts_with(magic)) || header.starts_with(&JOURNAL) {
        let of = path.to_string_lossy();
        let stem = ["-wal", "-journal"]
            .iter()
            .find_map(|s| of.strip_suffix(s))
            .map_or_else(|| path.to_path_buf(), PathBuf::from);
        return Some(Protected::Journal(stem));
    }
    None
}

/// Whether two paths name the same file: the same device and inode on
/// Unix (which sees through hard links), the same canonical path elsewhere.
fn same_file(a: &Metadata, b: &Metadata, a_path: &Path, b_path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = (a_path, b_path);
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        match (fs::canonicalize(a_path), fs::canonicalize(b_path)) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

/// What a path that is neither a regular file nor a folder is.
pub fn special_kind(metadata: &Metadata) -> FileKind {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        let kind = metadata.file_type();
        if kind.is_fifo() {
            FileKind::Pipe
        } else if kind.is_char_device() || kind.is_block_device() {
            FileKind::Device
        } else if kind.is_socket() {
            FileKind::Socket
        } else {
            FileKind::Other
        }
    }
    #[cfg(not(unix))]
    {
        let _ = metadata;
        FileKind::Other
    }
}

/// Which of the process's standard streams.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    /// Standard input.
    Input,
    /// Standard output or error.
    Output,
}

/// Whether a device is this process's own standard input (`Input`), or
/// output or error (`Output`) — a terminal, or `/dev/null` when the stream
/// was sent there: reading or writing it is what the person asked for.
fn is_own_stream(metadata: &Metadata, which: Stream) -> bool {
    #[cfg(unix)]
    {
        use std::os::fd::AsFd;
        use std::os::unix::fs::MetadataExt;
        let streams = match which {
            Stream::Input => vec![std::io::stdin().as_fd().try_clone_to_owned()],
            Stream::Output => vec![
                std::io::stdout().as_fd().try_clone_to_owned(),
                std::io::stderr().as_fd().try_clone_to_owned(),
            ],
        };
        streams.into_iter().flatten().any(|fd| {
            File::from(fd)
                .metadata()
                .is_ok_and(|m| m.dev() == metadata.dev() && m.ino() == metadata.ino())
        })
    }
    #[cfg(not(unix))]
    {
        let _ = (metadata, which);
        false
    }
}

/// Reads an input a person named, at most `max` bytes: a file, a pipe, or
/// standard input (`-`). Folders, devices (but the process's own standard
/// input) and sockets are refused before anything is read; an input longer
/// than `max` is refused after reading `max + 1` bytes, never more.
pub fn read_input(path: &Path, max: u64) -> Result<Vec<u8>> {
    let too_large = || Error::TooLarge {
        path: path.to_path_buf(),
        max,
    };
    let mut bytes = Vec::new();
    if path == Path::new(STANDARD) {
        std::io::stdin()
            .lock()
            .take(max.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| Error::io(path, &e))?;
    } else {
        let metadata = fs::metadata(path).map_err(|e| Error::io(path, &e))?;
        if metadata.is_dir() {
            return Err(Error::NotAFile(path.to_path_buf()));
        }
        if !metadata.is_file() {
            let kind = special_kind(&metadata);
            let allowed = kind == FileKind::Pipe
                || (kind == FileKind::Device && is_own_stream(&metadata, Stream::Input));
            if !allowed {
                return Err(Error::SpecialFile {
                    path: path.to_path_buf(),
                    kind,
                });
            }
        } else if metadata.len() > max {
            return Err(too_large());
        }
        File::open(path)
            .and_then(|f| f.take(max.saturating_add(1)).read_to_end(&mut bytes))
            .map_err(|e| Error::io(path, &e))?;
    }
    if bytes.len() as u64 > max {
        return Err(too_large());
    }
    Ok(bytes)
}

/// Reads a JSON export (or any UTF-8 text) a person named, within
/// [`MAX_INPUT_BYTES`].
pub fn read_json_text(path: &Path) -> Result<String> {
    let bytes = read_input(path, MAX_INPUT_BYTES)?;
    String::from_utf8(bytes).map_err(|e| {
        Error::BadJson(Box::new(rumbo_core::json_error::JsonError::not_utf8(
            e.as_bytes(),
            e.utf8_error().valid_up_to(),
        )))
    })
}

/// Reads a text file a person chose (a CSV export), refusing one larger than
/// `max` bytes. Text that is not UTF-8 is read as Latin-1, the encoding of
/// many spreadsheet exports.
pub fn read_text(path: &Path, max: u64, too_large: impl FnOnce() -> Error) -> Result<String> {
    let bytes = match read_input(path, max) {
        Err(Error::TooLarge { .. }) => return Err(too_large()),
        other => other?,
    };
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => e.into_bytes().iter().map(|b| char::from(*b)).collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_files_and_journals_are_recognized_by_their_first_bytes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("notes.db");
        let mut header = b"SQLite format 3\0".to_vec();
        header.resize(100, 0);
        assert!(fs::write(&db, &header).is_ok());
        assert_eq!(sniff(&db), Some(Protected::Database));
        header[68..72].copy_from_slice(&APPLICATION_ID.to_be_bytes());
        assert!(fs::write(&db, &header).is_ok());
        assert_eq!(sniff(&db), Some(Protected::Workspace));
        let wal = dir.path().join("w.rumbo-wal");
        assert!(fs::write(&wal, [0x37, 0x7f, 0x06, 0x82, 0, 0, 0, 0]).is_ok());
        assert_eq!(
            sniff(&wal),
            Some(Protected::Journal(dir.path().join("w.rumbo")))
        );
        let text = dir.path().join("notes.txt");
        assert!(fs::write(&text, "SQLite is a database").is_ok());
        assert_eq!(sniff(&text), None);
    }
}
