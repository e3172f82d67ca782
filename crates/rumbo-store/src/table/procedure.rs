//! `procedure_step`: how an account is opened and closed.

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{Phase, ProcedureStep};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::parse_enum;
use crate::record::Record;

const SELECT: &str = "SELECT id, phase, name, who, days, description, position FROM procedure_step";

fn step(row: &Row<'_>) -> rusqlite::Result<ProcedureStep> {
    let phase: String = row.get(1)?;
    Ok(ProcedureStep {
        id: row.get(0)?,
        phase: parse_enum(1, &phase, Phase::parse)?,
        name: row.get(2)?,
        who: row.get(3)?,
        days: row.get(4)?,
        description: row.get(5)?,
        position: row.get(6)?,
    })
}

/// Every step: opening first, each phase in its order.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<ProcedureStep>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY CASE phase WHEN 'opening' THEN 0 ELSE 1 END, position, id"
    ))?;
    let rows = statement.query_map([], step)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<ProcedureStep>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], step)
        .optional()
}

pub fn put(conn: &Connection, s: &ProcedureStep, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (s.id > 0).then_some(s.id),
        s.phase.as_str(),
        s.name,
        s.who,
        s.days,
        s.description,
        s.position,
    ];
    if insert {
        conn.execute(
            "INSERT INTO procedure_step (id, phase, name, who, days, description, position)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE procedure_step SET phase = ?2, name = ?3, who = ?4, days = ?5, description = ?6,
               position = ?7 WHERE id = ?1",
            values,
        )?;
        Ok(s.id)
    }
}

impl Record for ProcedureStep {
    const ENTITY: Entity = Entity::ProcedureStep;
    const KIND: EntityKind = EntityKind::ProcedureStep;
    const TABLE: &'static str = "procedure_step";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = None;
    const ORDERED: bool = true;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        ProcedureStep::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn with_position(self, position: i64) -> Self {
        Self { position, ..self }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::scratch;

    #[test]
    fn steps_list_opening_first_then_by_position() {
        let (_dir, conn) = scratch();
        for (phase, name, position) in [
            (Phase::Closing, "Announce", 1),
            (Phase::Opening, "Approve", 2),
            (Phase::Opening, "Request", 1),
        ] {
            let s = ProcedureStep {
                position,
                days: Some(3),
                ..ProcedureStep::new(phase, name)
            };
            assert!(put(&conn, &s, true).is_ok());
        }
        let names: Vec<String> = list(&conn)
            .unwrap_or_default()
            .into_iter()
            .map(|s| s.name)
            .collect();
        assert_eq!(names, ["Request", "Approve", "Announce"]);
    }
}
