//! `workspace_meta`: facts about the file itself (which Rumbo created it).

use rusqlite::{Connection, OptionalExtension, params};

pub fn set(conn: &Connection, key: &str, value: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO workspace_meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        params![key, value],
    )?;
    Ok(())
}

pub fn get(conn: &Connection, key: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row(
        "SELECT value FROM workspace_meta WHERE key = ?1",
        [key],
        |r| r.get(0),
    )
    .optional()
}
