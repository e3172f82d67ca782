//! `recommendation`: the log of what the CM advised and what became of it.

use rumbo_core::model::{Decision, EntryKind, Recommendation};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::parse_enum;
use crate::record::{Link, Record, link};
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

const SELECT: &str = "SELECT id, title, recipient, department_id, date, rationale, decision, decision_date, \
                      decision_rationale, outcome, kind FROM recommendation";

fn recommendation(row: &Row<'_>) -> rusqlite::Result<Recommendation> {
    let decision: String = row.get(6)?;
    let kind: String = row.get(10)?;
    Ok(Recommendation {
        id: row.get(0)?,
        kind: parse_enum(10, &kind, EntryKind::parse)?,
        title: row.get(1)?,
        recipient: row.get(2)?,
        department_id: row.get(3)?,
        date: row.get(4)?,
        rationale: row.get(5)?,
        decision: parse_enum(6, &decision, Decision::parse)?,
        decision_date: row.get(7)?,
        decision_rationale: row.get(8)?,
        outcome: row.get(9)?,
    })
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Recommendation>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = statement.query_map([], recommendation)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Recommendation>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], recommendation)
        .optional()
}

pub fn put(conn: &Connection, r: &Recommendation, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (r.id > 0).then_some(r.id),
        r.title,
        r.recipient,
        r.department_id,
        r.date,
        r.rationale,
        r.decision.as_str(),
        r.decision_date,
        r.decision_rationale,
        r.outcome,
        r.kind.as_str()
    ];
    if insert {
        conn.execute(
            "INSERT INTO recommendation (id, title, recipient, department_id, date, rationale, decision, decision_date,
               decision_rationale, outcome, kind) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE recommendation SET title = ?2, recipient = ?3, department_id = ?4, date = ?5, rationale = ?6,
               decision = ?7, decision_date = ?8, decision_rationale = ?9, outcome = ?10,
               kind = ?11 WHERE id = ?1",
            values,
        )?;
        Ok(r.id)
    }
}

impl Record for Recommendation {
    const ENTITY: Entity = Entity::Recommendation;
    const KIND: EntityKind = EntityKind::Recommendation;
    const TABLE: &'static str = "recommendation";
    const NAME_COLUMN: &'static str = "title";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Recommendation::validated(self)
    }
    fn name(&self) -> &str {
        &self.title
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "departmentId",
            "department",
            Entity::Department,
            self.department_id,
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
