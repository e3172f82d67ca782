//! `channel`: the social channels of the strategy.

use chrono::{DateTime, Utc};
use rumbo_core::model::{Channel, ChannelInput, ChannelStatus, Network};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{parse_enum, parse_time, time_text};

const COLUMNS: &str = "id, network, name, handle, status, purpose, tone, cadence, owner, \
                       weekly_effort_hours, rejection_reason, notes, created_at, updated_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Channel> {
    let network: String = row.get(1)?;
    let status: String = row.get(4)?;
    let created: String = row.get(12)?;
    let updated: String = row.get(13)?;
    Ok(Channel {
        id: row.get(0)?,
        network: parse_enum(1, &network, Network::parse)?,
        name: row.get(2)?,
        handle: row.get(3)?,
        status: parse_enum(4, &status, ChannelStatus::parse)?,
        purpose: row.get(5)?,
        tone: row.get(6)?,
        cadence: row.get(7)?,
        owner: row.get(8)?,
        weekly_effort_hours: row.get(9)?,
        rejection_reason: row.get(10)?,
        notes: row.get(11)?,
        created_at: parse_time(12, &created)?,
        updated_at: parse_time(13, &updated)?,
    })
}

/// Every channel, in a stable order: by status in the strategy's order, then name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Channel>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM channel ORDER BY
           CASE status WHEN 'active' THEN 0 WHEN 'planned' THEN 1 WHEN 'paused' THEN 2
                       WHEN 'considered' THEN 3 WHEN 'retired' THEN 4 ELSE 5 END,
           name COLLATE NOCASE, id"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([], from_row)?;
    rows.collect()
}

/// Every channel by id, the order the JSON format uses.
pub fn list_by_id(conn: &Connection) -> rusqlite::Result<Vec<Channel>> {
    let mut statement =
        conn.prepare_cached(&format!("SELECT {COLUMNS} FROM channel ORDER BY id"))?;
    let rows = statement.query_map([], from_row)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Channel>> {
    conn.query_row(
        &format!("SELECT {COLUMNS} FROM channel WHERE id = ?1"),
        [id],
        from_row,
    )
    .optional()
}

/// The id of another channel with this name (ignoring case), if there is one.
pub fn id_by_name(
    conn: &Connection,
    name: &str,
    except: Option<i64>,
) -> rusqlite::Result<Option<i64>> {
    let mut statement = conn.prepare_cached("SELECT id, name FROM channel")?;
    let wanted = name.to_lowercase();
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        let id: i64 = row.get(0)?;
        let other: String = row.get(1)?;
        if Some(id) != except && other.to_lowercase() == wanted {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Inserts a channel; with `id` it keeps that id (import), else SQLite picks one.
pub fn insert(
    conn: &Connection,
    id: Option<i64>,
    input: &ChannelInput,
    created_at: &DateTime<Utc>,
    updated_at: &DateTime<Utc>,
) -> rusqlite::Result<i64> {
    conn.execute(
        &format!("INSERT INTO channel ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"),
        params![
            id,
            input.network.as_str(),
            input.name,
            input.handle,
            input.status.as_str(),
            input.purpose,
            input.tone,
            input.cadence,
            input.owner,
            input.weekly_effort_hours,
            input.rejection_reason,
            input.notes,
            time_text(created_at),
            time_text(updated_at),
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Updates a channel's fields; false when there is no such channel.
pub fn update(
    conn: &Connection,
    id: i64,
    input: &ChannelInput,
    now: &DateTime<Utc>,
) -> rusqlite::Result<bool> {
    let changed = conn.execute(
        "UPDATE channel SET network = ?2, name = ?3, handle = ?4, status = ?5, purpose = ?6,
           tone = ?7, cadence = ?8, owner = ?9, weekly_effort_hours = ?10,
           rejection_reason = ?11, notes = ?12, updated_at = ?13
         WHERE id = ?1",
        params![
            id,
            input.network.as_str(),
            input.name,
            input.handle,
            input.status.as_str(),
            input.purpose,
            input.tone,
            input.cadence,
            input.owner,
            input.weekly_effort_hours,
            input.rejection_reason,
            input.notes,
            time_text(now),
        ],
    )?;
    Ok(changed == 1)
}

/// Deletes a channel; false when there is no such channel.
pub fn delete(conn: &Connection, id: i64) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM channel WHERE id = ?1", [id])? == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::scratch;

    fn input(name: &str, status: ChannelStatus) -> ChannelInput {
        let mut input = ChannelInput::new(Network::Instagram, name, status);
        input.weekly_effort_hours = 3.5;
        input.purpose = "Llegar a jóvenes — «orientación»".into();
        input
    }

    #[test]
    fn insert_get_update_delete_on_a_real_file() {
        let (_dir, conn) = scratch();
        let now = Utc::now();
        let id = insert(
            &conn,
            None,
            &input("Instagram", ChannelStatus::Active),
            &now,
            &now,
        )
        .unwrap_or(0);
        assert!(id > 0);
        let stored = get(&conn, id).ok().flatten();
        assert_eq!(
            stored.as_ref().map(Channel::input),
            Some(input("Instagram", ChannelStatus::Active))
        );
        assert_eq!(stored.map(|c| c.created_at), Some(now));

        let mut changed = input("Instagram jóvenes", ChannelStatus::Paused);
        changed.weekly_effort_hours = 0.25;
        assert_eq!(update(&conn, id, &changed, &Utc::now()).ok(), Some(true));
        assert_eq!(
            get(&conn, id).ok().flatten().map(|c| c.input()),
            Some(changed.clone())
        );
        assert_eq!(
            update(&conn, id + 100, &changed, &Utc::now()).ok(),
            Some(false)
        );

        assert_eq!(delete(&conn, id).ok(), Some(true));
        assert_eq!(delete(&conn, id).ok(), Some(false));
        assert_eq!(get(&conn, id).ok().flatten(), None);
    }

    #[test]
    fn list_orders_by_status_then_name_and_names_are_unique() {
        let (_dir, conn) = scratch();
        let now = Utc::now();
        for (name, status) in [
            ("zeta", ChannelStatus::Active),
            ("Beta", ChannelStatus::Rejected),
            ("alfa", ChannelStatus::Active),
            ("gamma", ChannelStatus::Planned),
        ] {
            let mut i = input(name, status);
            i.rejection_reason = "x".into();
            assert!(insert(&conn, None, &i, &now, &now).is_ok());
        }
        let names: Vec<String> = list(&conn)
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["alfa", "zeta", "gamma", "Beta"]);
        assert!(id_by_name(&conn, "ALFA", None).ok().flatten().is_some());
        assert_eq!(id_by_name(&conn, "delta", None).ok().flatten(), None);
        // The index refuses what the Rust check would have caught.
        assert!(
            insert(
                &conn,
                None,
                &input("ZETA", ChannelStatus::Active),
                &now,
                &now
            )
            .is_err()
        );
    }

    #[test]
    fn the_schema_refuses_impossible_values() {
        let (_dir, conn) = scratch();
        let now = Utc::now();
        let mut bad = input("x", ChannelStatus::Active);
        bad.weekly_effort_hours = 500.0;
        assert!(insert(&conn, None, &bad, &now, &now).is_err());
        let bad_status = conn.execute(
            "INSERT INTO channel (network, name, status, created_at, updated_at) VALUES ('x','y','gone','t','t')",
            [],
        );
        assert!(bad_status.is_err());
    }
}
