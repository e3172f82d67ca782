//! `person`: the people who run the channels, with their hours.

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{Duty, Person};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::parse_enum;
use crate::record::{Link, Record, link};

const SELECT: &str = "SELECT id, name, role, duty, department_id, weekly_hours, notes FROM person";

fn person(row: &Row<'_>) -> rusqlite::Result<Person> {
    let duty: String = row.get(3)?;
    Ok(Person {
        id: row.get(0)?,
        name: row.get(1)?,
        role: row.get(2)?,
        duty: parse_enum(3, &duty, Duty::parse)?,
        department_id: row.get(4)?,
        weekly_hours: row.get(5)?,
        notes: row.get(6)?,
    })
}

/// Everyone: the coordinators first, then by duty and name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Person>> {
    let sql = format!(
        "{SELECT} ORDER BY
           CASE duty WHEN 'coordinator' THEN 0 WHEN 'account_manager' THEN 1 WHEN 'editor' THEN 2
                     WHEN 'moderator' THEN 3 WHEN 'administrator' THEN 4 ELSE 5 END,
           name COLLATE NOCASE, id"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([], person)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Person>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], person)
        .optional()
}

pub fn put(conn: &Connection, p: &Person, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (p.id > 0).then_some(p.id),
        p.name,
        p.role,
        p.duty.as_str(),
        p.department_id,
        p.weekly_hours,
        p.notes
    ];
    if insert {
        conn.execute(
            "INSERT INTO person (id, name, role, duty, department_id, weekly_hours, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE person SET name = ?2, role = ?3, duty = ?4, department_id = ?5,
               weekly_hours = ?6, notes = ?7 WHERE id = ?1",
            values,
        )?;
        Ok(p.id)
    }
}

impl Record for Person {
    const ENTITY: Entity = Entity::Person;
    const KIND: EntityKind = EntityKind::Person;
    const TABLE: &'static str = "person";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Person::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::scratch;

    #[test]
    fn a_person_round_trips_with_unknown_hours_and_the_schema_refuses_impossible_ones() {
        let (_dir, conn) = scratch();
        let mut ana = Person::new("Ana Ruiz", Duty::AccountManager);
        ana.role = "Tourism account manager".into();
        let id = put(&conn, &ana, true).unwrap_or(0);
        assert_eq!(
            get(&conn, id).ok().flatten(),
            Some(Person { id, ..ana.clone() })
        );
        let lucia = Person {
            weekly_hours: Some(20.0),
            ..Person::new("Lucía", Duty::Coordinator)
        };
        assert!(put(&conn, &lucia, true).is_ok());
        let names: Vec<String> = list(&conn)
            .unwrap_or_default()
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert_eq!(names, ["Lucía", "Ana Ruiz"]);
        let bad = Person {
            weekly_hours: Some(200.0),
            ..ana
        };
        assert!(put(&conn, &bad, true).is_err());
    }
}
