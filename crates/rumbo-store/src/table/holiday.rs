//! `holiday`: the public holidays the planner warns of.

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::Holiday;
use rusqlite::{Connection, OptionalExtension, Row, params};

use crate::record::Record;

fn holiday(row: &Row<'_>) -> rusqlite::Result<Holiday> {
    Ok(Holiday {
        id: row.get(0)?,
        date: row.get(1)?,
        name: row.get(2)?,
    })
}

const SELECT: &str = "SELECT id, date, name FROM holiday";

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Holiday>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY date, id"))?;
    let rows = statement.query_map([], holiday)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Holiday>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], holiday)
        .optional()
}

pub fn put(conn: &Connection, h: &Holiday, insert: bool) -> rusqlite::Result<i64> {
    if insert {
        conn.execute(
            "INSERT INTO holiday (id, date, name) VALUES (?1, ?2, ?3)",
            params![(h.id > 0).then_some(h.id), h.date, h.name],
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE holiday SET date = ?2, name = ?3 WHERE id = ?1",
            params![h.id, h.date, h.name],
        )?;
        Ok(h.id)
    }
}

impl Record for Holiday {
    const ENTITY: Entity = Entity::Holiday;
    const KIND: EntityKind = EntityKind::Holiday;
    const TABLE: &'static str = "holiday";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Holiday::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        list(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put(conn, record, insert)
    }
}
