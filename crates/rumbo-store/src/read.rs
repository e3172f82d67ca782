//! Reading a whole workspace: the JSON export, and the check that makes a
//! file *sound* — every record of every table reads into its model, every
//! saved version's snapshot reads as a workspace. `integrity_check` proves
//! the file's structure; only reading proves its content (one flipped byte
//! inside a stored text passes the first and fails the second).

use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::{Error, Result};
use rusqlite::Connection;

use crate::error::Db;
use crate::table::{crisis, department, document, health, profile};

/// The whole workspace as an interchange document, read in one read
/// transaction (a consistent snapshot even while another program writes).
pub(crate) fn whole(conn: &Connection) -> Result<WorkspaceDoc> {
    let snapshot = conn.unchecked_transaction().db()?;
    let conn: &Connection = &snapshot;
    let mut doc = WorkspaceDoc::new(profile::get(conn).db()?.unwrap_or_default());
    crate::record::export_all(conn, &mut doc)?;
    doc.raci = department::raci(conn).db()?;
    doc.health_settings = health::settings(conn).db()?;
    doc.acknowledgements = health::acknowledgements(conn).db()?;
    doc.document = document::settings(conn).db()?;
    doc.crisis = crisis::plan(conn).db()?;
    drop(snapshot);
    Ok(doc)
}

/// Fails with [`Error::Damaged`] (its path empty, for the caller to fill
/// in) unless every record and every saved version reads. `conn` must hold
/// the current schema.
pub(crate) fn check_sound(conn: &Connection) -> Result<()> {
    whole(conn).map_err(as_damage)?;
    document::versions(conn).db().map_err(as_damage)?;
    document::each_snapshot(conn, |number, snapshot| {
        WorkspaceDoc::readable(&snapshot)
            .map_err(|e| damaged(format!("saved version {number} cannot be read: {e}")))
    })
    .map_err(as_damage)
}

/// A saved version's snapshot as a workspace; one that does not read is
/// damage, not a bad import.
pub(crate) fn snapshot(number: u32, text: &str) -> Result<WorkspaceDoc> {
    WorkspaceDoc::from_json(text)
        .map_err(|e| damaged(format!("saved version {number} cannot be read: {e}")))
}

fn damaged(detail: String) -> Error {
    Error::Damaged {
        path: std::path::PathBuf::new(),
        detail,
    }
}

/// What a read of stored content fails with is damage, whatever SQLite or
/// the conversion called it — but a busy or locked file, a full disk or a
/// missing file stay what they are.
fn as_damage(error: Error) -> Error {
    match error {
        Error::Database(detail) => damaged(detail),
        other @ Error::Damaged { .. } => other,
        other => other,
    }
}
