//! Writing files the user asked for (exports), so that a failed write never
//! leaves half a file where a whole one was expected.

use std::io::Write;
use std::path::Path;

use rumbo_core::{Error, Result};

/// Writes `bytes` to `path` through a temporary file beside it and a rename.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.partial", std::process::id()));
    let written = std::fs::File::create(&temporary)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&temporary, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::io(path, &e)
    })
}

/// Reads a text file a person chose (a CSV export), refusing one larger than
/// `max` bytes before reading it. Text that is not UTF-8 is read as Latin-1,
/// the encoding of many spreadsheet exports.
pub fn read_text(path: &Path, max: u64, too_large: impl FnOnce() -> Error) -> Result<String> {
    let size = std::fs::metadata(path)
        .map_err(|e| Error::io(path, &e))?
        .len();
    if size > max {
        return Err(too_large());
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, &e))?;
    Ok(match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => e.into_bytes().iter().map(|b| char::from(*b)).collect(),
    })
}
