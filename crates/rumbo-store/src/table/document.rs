//! `document_settings` (the single row of the document's settings) and
//! `document_version` (saved versions with their snapshots).

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::model::{DocSection, DocumentSettings, DocumentVersion};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, params};

fn lang(index: usize, code: &str) -> rusqlite::Result<Lang> {
    super::parse_enum(index, code, Lang::parse)
}

/// The settings. Migration 4 writes the row, so it is always there.
pub fn settings(conn: &Connection) -> rusqlite::Result<DocumentSettings> {
    conn.query_row(
        "SELECT title, author, date, lang, hidden_sections FROM document_settings WHERE id = 1",
        [],
        |row| {
            let hidden: String = row.get(4)?;
            let names: Vec<String> = serde_json::from_str(&hidden)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, Type::Text, e.into()))?;
            let hidden_sections = names
                .iter()
                .map(|n| super::parse_enum(4, n, DocSection::parse))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(DocumentSettings {
                title: row.get(0)?,
                author: row.get(1)?,
                date: row.get(2)?,
                lang: lang(3, &row.get::<_, String>(3)?)?,
                hidden_sections,
            })
        },
    )
}

pub fn put_settings(conn: &Connection, settings: &DocumentSettings) -> rusqlite::Result<()> {
    let hidden: Vec<&str> = settings
        .hidden_sections
        .iter()
        .map(|s| s.as_str())
        .collect();
    let hidden = serde_json::to_string(&hidden)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    conn.execute(
        "INSERT INTO document_settings (id, title, author, date, lang, hidden_sections)
         VALUES (1, ?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (id) DO UPDATE SET
           title = excluded.title, author = excluded.author, date = excluded.date,
           lang = excluded.lang, hidden_sections = excluded.hidden_sections",
        params![
            settings.title,
            settings.author,
            settings.date,
            settings.lang.code(),
            hidden
        ],
    )?;
    Ok(())
}

const VERSION_COLUMNS: &str = "id, number, date, note, lang, saved_at";

fn version_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentVersion> {
    Ok(DocumentVersion {
        id: row.get(0)?,
        number: row.get(1)?,
        date: row.get(2)?,
        note: row.get(3)?,
        lang: lang(4, &row.get::<_, String>(4)?)?,
        saved_at: row.get(5)?,
    })
}

/// Every saved version, newest first.
pub fn versions(conn: &Connection) -> rusqlite::Result<Vec<DocumentVersion>> {
    let mut statement = conn.prepare(&format!(
        "SELECT {VERSION_COLUMNS} FROM document_version ORDER BY number DESC"
    ))?;
    let rows = statement.query_map([], version_row)?;
    rows.collect()
}

/// One version and the JSON snapshot it was made from.
pub fn version(conn: &Connection, id: i64) -> rusqlite::Result<Option<(DocumentVersion, String)>> {
    conn.query_row(
        &format!("SELECT {VERSION_COLUMNS}, snapshot FROM document_version WHERE id = ?1"),
        [id],
        |row| Ok((version_row(row)?, row.get(6)?)),
    )
    .optional()
}

/// The newest version saved before `number` (or the newest of all), with
/// its snapshot.
pub fn previous(
    conn: &Connection,
    before: Option<u32>,
) -> rusqlite::Result<Option<(DocumentVersion, String)>> {
    conn.query_row(
        &format!(
            "SELECT {VERSION_COLUMNS}, snapshot FROM document_version
             WHERE number < ?1 ORDER BY number DESC LIMIT 1"
        ),
        [before.map_or(i64::MAX, i64::from)],
        |row| Ok((version_row(row)?, row.get(6)?)),
    )
    .optional()
}

/// Every saved version's number and snapshot, oldest first, read one at a
/// time by `each` (so that only one snapshot is in memory at once).
pub fn each_snapshot(
    conn: &Connection,
    mut each: impl FnMut(u32, String) -> rumbo_core::Result<()>,
) -> rumbo_core::Result<()> {
    let mut statement = conn
        .prepare("SELECT number, snapshot FROM document_version ORDER BY number")
        .map_err(|e| crate::error::database_error(&e))?;
    let mut rows = statement
        .query([])
        .map_err(|e| crate::error::database_error(&e))?;
    while let Some(row) = rows.next().map_err(|e| crate::error::database_error(&e))? {
        let number: u32 = row.get(0).map_err(|e| crate::error::database_error(&e))?;
        let snapshot: String = row.get(1).map_err(|e| crate::error::database_error(&e))?;
        each(number, snapshot)?;
    }
    Ok(())
}

/// The number the next saved version will get.
pub fn next_number(conn: &Connection) -> rusqlite::Result<u32> {
    conn.query_row(
        "SELECT coalesce(max(number), 0) + 1 FROM document_version",
        [],
        |row| row.get(0),
    )
}

/// Saves a new version numbered one after the newest.
pub fn add_version(
    conn: &Connection,
    date: NaiveDate,
    note: &str,
    lang: Lang,
    saved_at: &str,
    snapshot: &str,
) -> rusqlite::Result<DocumentVersion> {
    let number = next_number(conn)?;
    conn.execute(
        "INSERT INTO document_version (number, date, note, lang, saved_at, snapshot)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![number, date, note, lang.code(), saved_at, snapshot],
    )?;
    Ok(DocumentVersion {
        id: conn.last_insert_rowid(),
        number,
        date,
        note: note.to_string(),
        lang,
        saved_at: saved_at.to_string(),
    })
}

/// Deletes a version; `false` when there was none.
pub fn delete_version(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM document_version WHERE id = ?1", [id])? > 0)
}
