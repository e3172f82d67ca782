//! Link tables: pairs of ids, read and replaced from one side.
//! Table and column names are constants of this crate, never user input.

use rusqlite::{Connection, params};

/// The ids linked to `id` (column `from`) in `table`, ascending.
pub fn get(
    conn: &Connection,
    table: &str,
    from: &str,
    to: &str,
    id: i64,
) -> rusqlite::Result<Vec<i64>> {
    let mut statement = conn.prepare_cached(&format!(
        "SELECT {to} FROM {table} WHERE {from} = ?1 ORDER BY {to}"
    ))?;
    let rows = statement.query_map([id], |r| r.get(0))?;
    rows.collect()
}

/// Replaces the links of `id` (column `from`) in `table` with `ids`,
/// touching only the links that change: a save that keeps the links
/// changes no row of `table` (and so no record on the other side).
pub fn set(
    conn: &Connection,
    table: &str,
    from: &str,
    to: &str,
    id: i64,
    ids: &[i64],
) -> rusqlite::Result<()> {
    let current = get(conn, table, from, to, id)?;
    let mut delete = conn.prepare_cached(&format!(
        "DELETE FROM {table} WHERE {from} = ?1 AND {to} = ?2"
    ))?;
    for gone in current.iter().filter(|other| !ids.contains(other)) {
        delete.execute(params![id, gone])?;
    }
    let mut insert = conn.prepare_cached(&format!(
        "INSERT INTO {table} ({from}, {to}) VALUES (?1, ?2)"
    ))?;
    for other in ids.iter().filter(|other| !current.contains(other)) {
        insert.execute(params![id, other])?;
    }
    Ok(())
}

/// Whether every id in `ids` exists in `table`.
pub fn all_exist(conn: &Connection, table: &str, ids: &[i64]) -> rusqlite::Result<bool> {
    let mut statement = conn.prepare_cached(&format!("SELECT 1 FROM {table} WHERE id = ?1"))?;
    for id in ids {
        if !statement.exists([id])? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The id of another row of `table` whose `column` equals `name` ignoring
/// case (Unicode-aware, unlike SQLite's `lower`).
pub fn id_by_name(
    conn: &Connection,
    table: &str,
    column: &str,
    name: &str,
    except: i64,
) -> rusqlite::Result<Option<i64>> {
    let mut statement = conn.prepare_cached(&format!("SELECT id, {column} FROM {table}"))?;
    let wanted = rumbo_core::text::name_key(name);
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let other: String = row.get(1)?;
        if id != except && rumbo_core::text::name_key(&other) == wanted {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// How many rows a table has.
pub fn count(conn: &Connection, table: &str) -> rusqlite::Result<usize> {
    conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| usize::try_from(n).unwrap_or(0))
}

/// The next free position for an ordered table.
pub fn next_position(conn: &Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(
        &format!("SELECT coalesce(max(position), 0) + 1 FROM {table}"),
        [],
        |r| r.get(0),
    )
}
