//! `department`, `activity` and `raci`: who the CM works with, and how.

use rumbo_core::model::{Activity, Department, RaciCell, RaciRole};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::parse_enum;
use crate::record::Record;
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

fn department(row: &Row<'_>) -> rusqlite::Result<Department> {
    Ok(Department {
        id: row.get(0)?,
        name: row.get(1)?,
        head: row.get(2)?,
        notes: row.get(3)?,
    })
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Department>> {
    let mut statement = conn.prepare_cached(
        "SELECT id, name, head, notes FROM department ORDER BY name COLLATE NOCASE, id",
    )?;
    let rows = statement.query_map([], department)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Department>> {
    conn.query_row(
        "SELECT id, name, head, notes FROM department WHERE id = ?1",
        [id],
        department,
    )
    .optional()
}

/// Inserts (with `d.id` when positive, for imports) or updates a department.
pub fn put(conn: &Connection, d: &Department, insert: bool) -> rusqlite::Result<i64> {
    if insert {
        conn.execute(
            "INSERT INTO department (id, name, head, notes) VALUES (?1, ?2, ?3, ?4)",
            params![(d.id > 0).then_some(d.id), d.name, d.head, d.notes],
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE department SET name = ?2, head = ?3, notes = ?4 WHERE id = ?1",
            params![d.id, d.name, d.head, d.notes],
        )?;
        Ok(d.id)
    }
}

fn activity(row: &Row<'_>) -> rusqlite::Result<Activity> {
    Ok(Activity {
        id: row.get(0)?,
        name: row.get(1)?,
        position: row.get(2)?,
    })
}

pub fn activities(conn: &Connection) -> rusqlite::Result<Vec<Activity>> {
    let mut statement =
        conn.prepare_cached("SELECT id, name, position FROM activity ORDER BY position, id")?;
    let rows = statement.query_map([], activity)?;
    rows.collect()
}

pub fn get_activity(conn: &Connection, id: i64) -> rusqlite::Result<Option<Activity>> {
    conn.query_row(
        "SELECT id, name, position FROM activity WHERE id = ?1",
        [id],
        activity,
    )
    .optional()
}

pub fn put_activity(conn: &Connection, a: &Activity, insert: bool) -> rusqlite::Result<i64> {
    if insert {
        conn.execute(
            "INSERT INTO activity (id, name, position) VALUES (?1, ?2, ?3)",
            params![(a.id > 0).then_some(a.id), a.name, a.position],
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE activity SET name = ?2, position = ?3 WHERE id = ?1",
            params![a.id, a.name, a.position],
        )?;
        Ok(a.id)
    }
}

pub fn set_position(conn: &Connection, id: i64, position: i64) -> rusqlite::Result<()> {
    conn.execute(
        "UPDATE activity SET position = ?2 WHERE id = ?1",
        params![id, position],
    )?;
    Ok(())
}

pub fn raci(conn: &Connection) -> rusqlite::Result<Vec<RaciCell>> {
    let mut statement = conn.prepare_cached(
        "SELECT department_id, activity_id, role FROM raci ORDER BY department_id, activity_id",
    )?;
    let rows = statement.query_map([], |row| {
        let role: String = row.get(2)?;
        Ok(RaciCell {
            department_id: row.get(0)?,
            activity_id: row.get(1)?,
            role: parse_enum(2, &role, RaciRole::parse)?,
        })
    })?;
    rows.collect()
}

pub fn set_raci(
    conn: &Connection,
    department_id: i64,
    activity_id: i64,
    role: Option<RaciRole>,
) -> rusqlite::Result<()> {
    match role {
        Some(role) => conn.execute(
            "INSERT INTO raci (department_id, activity_id, role) VALUES (?1, ?2, ?3)
             ON CONFLICT (department_id, activity_id) DO UPDATE SET role = excluded.role",
            params![department_id, activity_id, role.as_str()],
        )?,
        None => conn.execute(
            "DELETE FROM raci WHERE department_id = ?1 AND activity_id = ?2",
            params![department_id, activity_id],
        )?,
    };
    Ok(())
}

impl Record for Department {
    const ENTITY: Entity = Entity::Department;
    const KIND: EntityKind = EntityKind::Department;
    const TABLE: &'static str = "department";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Department::validated(self)
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

impl Record for Activity {
    const ENTITY: Entity = Entity::Activity;
    const KIND: EntityKind = EntityKind::Activity;
    const TABLE: &'static str = "activity";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const ORDERED: bool = true;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Activity::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn with_position(self, position: i64) -> Self {
        Self { position, ..self }
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_activity(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        activities(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_activity(conn, record, insert)
    }
}
