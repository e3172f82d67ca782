//! `document_settings` (the single row of the document's settings),
//! `document_version` (saved versions with their snapshots) and
//! `document_approval` (the sign-off of a version).

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_core::model::{
    Approval, ChapterText, Classification, DocSection, DocumentSettings, DocumentVersion,
};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, params};

fn lang(index: usize, code: &str) -> rusqlite::Result<Lang> {
    super::parse_enum(index, code, Lang::parse)
}

/// The settings. Migration 4 writes the row, so it is always there.
pub fn settings(conn: &Connection) -> rusqlite::Result<DocumentSettings> {
    conn.query_row(
        "SELECT title, author, date, lang, hidden_sections, classification, classification_label,
                readers, show_score, introduction, chapter_texts, summary, summary_basis
         FROM document_settings WHERE id = 1",
        [],
        |row| {
            let hidden: String = row.get(4)?;
            let names: Vec<String> = serde_json::from_str(&hidden)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, Type::Text, e.into()))?;
            let hidden_sections = names
                .iter()
                .map(|n| super::parse_enum(4, n, DocSection::parse))
                .collect::<rusqlite::Result<Vec<_>>>()?;
            let chapters: String = row.get(10)?;
            let chapter_texts: Vec<ChapterText> = serde_json::from_str(&chapters)
                .map_err(|e| rusqlite::Error::FromSqlConversionFailure(10, Type::Text, e.into()))?;
            Ok(DocumentSettings {
                title: row.get(0)?,
                author: row.get(1)?,
                date: row.get(2)?,
                lang: lang(3, &row.get::<_, String>(3)?)?,
                hidden_sections,
                classification: super::parse_enum(
                    5,
                    &row.get::<_, String>(5)?,
                    Classification::parse,
                )?,
                classification_label: row.get(6)?,
                readers: row.get(7)?,
                show_score: row.get(8)?,
                introduction: row.get(9)?,
                chapter_texts,
                summary: row.get(11)?,
                summary_basis: row.get(12)?,
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
    let chapters = serde_json::to_string(&settings.chapter_texts)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(e.into()))?;
    conn.execute(
        "INSERT INTO document_settings (id, title, author, date, lang, hidden_sections,
           classification, classification_label, readers, show_score, introduction,
           chapter_texts, summary, summary_basis)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
         ON CONFLICT (id) DO UPDATE SET
           title = excluded.title, author = excluded.author, date = excluded.date,
           lang = excluded.lang, hidden_sections = excluded.hidden_sections,
           classification = excluded.classification,
           classification_label = excluded.classification_label, readers = excluded.readers,
           show_score = excluded.show_score, introduction = excluded.introduction,
           chapter_texts = excluded.chapter_texts, summary = excluded.summary,
           summary_basis = excluded.summary_basis",
        params![
            settings.title,
            settings.author,
            settings.date,
            settings.lang.code(),
            hidden,
            settings.classification.as_str(),
            settings.classification_label,
            settings.readers,
            settings.show_score,
            settings.introduction,
            chapters,
            settings.summary,
            settings.summary_basis,
        ],
    )?;
    Ok(())
}

/// A version's columns and its approval's (through `LEFT JOIN
/// document_approval a`); the snapshot, when asked for, comes after them.
const VERSION_COLUMNS: &str = "v.id, v.number, v.date, v.note, v.lang, v.saved_at, \
     a.approved_by, a.role, a.date, a.reservations";
const VERSION_FROM: &str =
    "document_version v LEFT JOIN document_approval a ON a.version_id = v.id";
const SNAPSHOT: usize = 10;

fn version_row(row: &rusqlite::Row<'_>) -> rusqlite::Result<DocumentVersion> {
    let by: Option<String> = row.get(6)?;
    let approval = match (by, row.get::<_, Option<NaiveDate>>(8)?) {
        (Some(by), Some(date)) => Some(Approval {
            by,
            role: row.get::<_, Option<String>>(7)?.unwrap_or_default(),
            date,
            reservations: row.get::<_, Option<String>>(9)?.unwrap_or_default(),
        }),
        _ => None,
    };
    Ok(DocumentVersion {
        id: row.get(0)?,
        number: row.get(1)?,
        date: row.get(2)?,
        note: row.get(3)?,
        lang: lang(4, &row.get::<_, String>(4)?)?,
        saved_at: row.get(5)?,
        approval,
    })
}

/// Every saved version, newest first.
pub fn versions(conn: &Connection) -> rusqlite::Result<Vec<DocumentVersion>> {
    let mut statement = conn.prepare(&format!(
        "SELECT {VERSION_COLUMNS} FROM {VERSION_FROM} ORDER BY v.number DESC"
    ))?;
    let rows = statement.query_map([], version_row)?;
    rows.collect()
}

/// One version and the JSON snapshot it was made from.
pub fn version(conn: &Connection, id: i64) -> rusqlite::Result<Option<(DocumentVersion, String)>> {
    conn.query_row(
        &format!("SELECT {VERSION_COLUMNS}, v.snapshot FROM {VERSION_FROM} WHERE v.id = ?1"),
        [id],
        |row| Ok((version_row(row)?, row.get(SNAPSHOT)?)),
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
            "SELECT {VERSION_COLUMNS}, v.snapshot FROM {VERSION_FROM}
             WHERE v.number < ?1 ORDER BY v.number DESC LIMIT 1"
        ),
        [before.map_or(i64::MAX, i64::from)],
        |row| Ok((version_row(row)?, row.get(SNAPSHOT)?)),
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
        approval: None,
    })
}

/// Records (or replaces) the approval of version `id`, or withdraws it
/// (`None`); `false` when there is no such version.
pub fn set_approval(
    conn: &Connection,
    id: i64,
    approval: Option<&Approval>,
    recorded_at: &str,
) -> rusqlite::Result<bool> {
    let exists: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM document_version WHERE id = ?1)",
        [id],
        |row| row.get(0),
    )?;
    if !exists {
        return Ok(false);
    }
    match approval {
        None => {
            conn.execute("DELETE FROM document_approval WHERE version_id = ?1", [id])?;
        }
        Some(a) => {
            conn.execute(
                "INSERT INTO document_approval (version_id, approved_by, role, date, reservations, recorded_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (version_id) DO UPDATE SET
                   approved_by = excluded.approved_by, role = excluded.role, date = excluded.date,
                   reservations = excluded.reservations, recorded_at = excluded.recorded_at",
                params![id, a.by, a.role, a.date, a.reservations, recorded_at],
            )?;
        }
    }
    Ok(true)
}

/// Deletes a version; `false` when there was none.
pub fn delete_version(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM document_version WHERE id = ?1", [id])? > 0)
}
