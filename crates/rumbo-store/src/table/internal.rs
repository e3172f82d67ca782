//! `flow` (the internal-communication plan) with its `flow_department`
//! links, and `info_need`.

use rumbo_core::model::{Cadence, Direction, Flow, InfoNeed, InternalChannel, Urgency};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::record::{Link, Record, link};
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

// `department_id` (schema 2–4) is no longer read nor written: the
// departments are in `flow_department`.
const SELECT: &str =
    "SELECT id, name, direction, NULL, audience, channel, cadence, owner, feedback FROM flow";

fn flow(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Flow> {
    let id: i64 = row.get(0)?;
    let direction: String = row.get(2)?;
    let channel: String = row.get(5)?;
    let cadence: String = row.get(6)?;
    let cadence: Cadence = serde_json::from_str(&cadence)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(6, Type::Text, Box::new(e)))?;
    Ok(Flow {
        id,
        name: row.get(1)?,
        direction: parse_enum(2, &direction, Direction::parse)?,
        department_ids: links::get(conn, "flow_department", "flow_id", "department_id", id)?,
        audience: row.get(4)?,
        channel: parse_enum(5, &channel, InternalChannel::parse)?,
        cadence,
        owner: row.get(7)?,
        feedback: row.get(8)?,
    })
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Flow>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = statement.query_map([], |r| flow(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Flow>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| flow(conn, r))
        .optional()
}

pub fn put(conn: &Connection, f: &Flow, insert: bool) -> rusqlite::Result<i64> {
    let cadence = serde_json::to_string(&f.cadence)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let values = params![
        (f.id > 0).then_some(f.id),
        f.name,
        f.direction.as_str(),
        f.audience,
        f.channel.as_str(),
        cadence,
        f.owner,
        f.feedback
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO flow (id, name, direction, audience, channel, cadence, owner, feedback)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE flow SET name = ?2, direction = ?3, audience = ?4, channel = ?5,
               cadence = ?6, owner = ?7, feedback = ?8 WHERE id = ?1",
            values,
        )?;
        f.id
    };
    links::set(
        conn,
        "flow_department",
        "flow_id",
        "department_id",
        id,
        &f.department_ids,
    )?;
    Ok(id)
}

fn need(row: &Row<'_>) -> rusqlite::Result<InfoNeed> {
    let urgency: String = row.get(3)?;
    Ok(InfoNeed {
        id: row.get(0)?,
        department_id: row.get(1)?,
        what: row.get(2)?,
        urgency: parse_enum(3, &urgency, Urgency::parse)?,
        flow_id: row.get(4)?,
    })
}

const SELECT_NEED: &str = "SELECT id, department_id, what, urgency, flow_id FROM info_need";

pub fn needs(conn: &Connection) -> rusqlite::Result<Vec<InfoNeed>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT_NEED} ORDER BY id"))?;
    let rows = statement.query_map([], need)?;
    rows.collect()
}

pub fn get_need(conn: &Connection, id: i64) -> rusqlite::Result<Option<InfoNeed>> {
    conn.query_row(&format!("{SELECT_NEED} WHERE id = ?1"), [id], need)
        .optional()
}

pub fn put_need(conn: &Connection, n: &InfoNeed, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (n.id > 0).then_some(n.id),
        n.department_id,
        n.what,
        n.urgency.as_str(),
        n.flow_id
    ];
    if insert {
        conn.execute("INSERT INTO info_need (id, department_id, what, urgency, flow_id) VALUES (?1, ?2, ?3, ?4, ?5)", values)?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute("UPDATE info_need SET department_id = ?2, what = ?3, urgency = ?4, flow_id = ?5 WHERE id = ?1", values)?;
        Ok(n.id)
    }
}

impl Record for Flow {
    const ENTITY: Entity = Entity::Flow;
    const KIND: EntityKind = EntityKind::Flow;
    const TABLE: &'static str = "flow";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = None;
    const LINK_TABLES: &'static [&'static str] = &["flow_department"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Flow::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "departmentIds",
            "department",
            Entity::Department,
            self.department_ids.clone(),
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
}

impl Record for InfoNeed {
    const ENTITY: Entity = Entity::InfoNeed;
    const KIND: EntityKind = EntityKind::InfoNeed;
    const TABLE: &'static str = "info_need";
    const NAME_COLUMN: &'static str = "what";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        InfoNeed::validated(self)
    }
    fn name(&self) -> &str {
        &self.what
    }
    fn links(&self) -> Vec<Link> {
        vec![
            link(
                "departmentId",
                "department",
                Entity::Department,
                self.department_id,
            ),
            link("flowId", "flow", Entity::Flow, self.flow_id),
        ]
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_need(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        needs(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_need(conn, record, insert)
    }
}
