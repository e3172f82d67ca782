//! `audience`, and its side of `channel_audience`.

use rumbo_core::model::Audience;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::links;
use crate::record::{Link, Record, link};
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

fn audience(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Audience> {
    let id = row.get(0)?;
    Ok(Audience {
        id,
        name: row.get(1)?,
        description: row.get(2)?,
        needs: row.get(3)?,
        whereabouts: row.get(4)?,
        channel_ids: links::get(conn, "channel_audience", "audience_id", "channel_id", id)?,
    })
}

const SELECT: &str = "SELECT id, name, description, needs, whereabouts FROM audience";

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Audience>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))?;
    let rows = statement.query_map([], |r| audience(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Audience>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| {
        audience(conn, r)
    })
    .optional()
}

pub fn put(conn: &Connection, a: &Audience, insert: bool) -> rusqlite::Result<i64> {
    let id = if insert {
        conn.execute(
            "INSERT INTO audience (id, name, description, needs, whereabouts) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![(a.id > 0).then_some(a.id), a.name, a.description, a.needs, a.whereabouts],
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE audience SET name = ?2, description = ?3, needs = ?4, whereabouts = ?5 WHERE id = ?1",
            params![a.id, a.name, a.description, a.needs, a.whereabouts],
        )?;
        a.id
    };
    links::set(
        conn,
        "channel_audience",
        "audience_id",
        "channel_id",
        id,
        &a.channel_ids,
    )?;
    Ok(id)
}

impl Record for Audience {
    const ENTITY: Entity = Entity::Audience;
    const KIND: EntityKind = EntityKind::Audience;
    const TABLE: &'static str = "audience";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["channel_audience"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Audience::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "channelIds",
            "channel",
            Entity::Channel,
            self.channel_ids.clone(),
        )]
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

    // Its links are written by the channels (the same link table).
    fn imported(&self) -> Self {
        Audience {
            channel_ids: Vec::new(),
            ..self.clone()
        }
    }
}
