//! Undo for deletions. While a deletion runs, temporary triggers (this
//! connection only) write into a temporary log the SQL that puts back every
//! row it removes or changes — cascades included. Undo replays that SQL in
//! reverse order, in one transaction, with foreign keys checked at commit.

use rusqlite::Connection;

/// Creates the log and the capture triggers on a new connection.
pub fn install(conn: &Connection) -> rusqlite::Result<()> {
    let mut sql = String::from(
        "CREATE TEMP TABLE IF NOT EXISTS undo_log (seq INTEGER PRIMARY KEY, token INTEGER NOT NULL, statement TEXT NOT NULL);
         CREATE TEMP TABLE IF NOT EXISTS undo_capture (token INTEGER NOT NULL);",
    );
    // The tables a deletion can touch: every record's, its links', the RACI grid.
    for table in crate::record::record_tables() {
        let columns: Vec<String> = {
            let mut statement =
                conn.prepare(&format!("SELECT name FROM pragma_table_info('{table}')"))?;
            let rows = statement.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let names = columns.join(", ");
        let values = columns
            .iter()
            .map(|c| format!("quote(old.{c})"))
            .collect::<Vec<_>>()
            .join(" || ',' || ");
        let sets = columns
            .iter()
            .map(|c| format!("'{c} = ' || quote(old.{c})"))
            .collect::<Vec<_>>()
            .join(" || ', ' || ");
        sql.push_str(&format!(
            "CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_delete AFTER DELETE ON main.{table}
               WHEN EXISTS (SELECT 1 FROM undo_capture)
             BEGIN
               INSERT INTO undo_log (token, statement)
               SELECT token, 'INSERT INTO main.{table} ({names}) VALUES (' || {values} || ')' FROM undo_capture;
             END;
             CREATE TEMP TRIGGER IF NOT EXISTS undo_{table}_update AFTER UPDATE ON main.{table}
               WHEN EXISTS (SELECT 1 FROM undo_capture)
             BEGIN
               INSERT INTO undo_log (token, statement)
               SELECT token, 'UPDATE main.{table} SET ' || {sets} || ' WHERE rowid = ' || old.rowid FROM undo_capture;
             END;"
        ));
    }
    conn.execute_batch(&sql)
}

/// Starts capturing under a new token; returns it.
pub fn begin(conn: &Connection) -> rusqlite::Result<i64> {
    let token: i64 = conn.query_row(
        "SELECT coalesce(max(token), 0) + 1 FROM undo_log",
        [],
        |r| r.get(0),
    )?;
    conn.execute("DELETE FROM undo_capture", [])?;
    conn.execute("INSERT INTO undo_capture (token) VALUES (?1)", [token])?;
    Ok(token)
}

pub fn end(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute("DELETE FROM undo_capture", [])?;
    Ok(())
}

/// Puts back what the deletion `token` removed; false if there is nothing to undo.
pub fn replay(conn: &Connection, token: i64) -> rusqlite::Result<bool> {
    let statements: Vec<String> = {
        let mut statement =
            conn.prepare("SELECT statement FROM undo_log WHERE token = ?1 ORDER BY seq DESC")?;
        let rows = statement.query_map([token], |r| r.get(0))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    if statements.is_empty() {
        return Ok(false);
    }
    conn.execute_batch("PRAGMA defer_foreign_keys = ON")?;
    for statement in &statements {
        conn.execute(statement, [])?;
    }
    conn.execute("DELETE FROM undo_log WHERE token = ?1", [token])?;
    Ok(true)
}
