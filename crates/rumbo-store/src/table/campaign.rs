//! `campaign` and `campaign_objective`.

use rumbo_core::model::Campaign;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::links;
use crate::record::{Link, Record, link};
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

const SELECT: &str = "SELECT id, name, description, department_id, start, end_date, affects_community, cm_involved, moderator FROM campaign";

fn campaign(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Campaign> {
    let id = row.get(0)?;
    Ok(Campaign {
        id,
        name: row.get(1)?,
        description: row.get(2)?,
        department_id: row.get(3)?,
        start: row.get(4)?,
        end: row.get(5)?,
        affects_community: row.get(6)?,
        cm_involved: row.get(7)?,
        moderator: row.get(8)?,
        objective_ids: links::get(
            conn,
            "campaign_objective",
            "campaign_id",
            "objective_id",
            id,
        )?,
    })
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Campaign>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY coalesce(start, '9999'), name COLLATE NOCASE, id"
    ))?;
    let rows = statement.query_map([], |r| campaign(conn, r))?;
    rows.collect()
}

pub fn list_by_id(conn: &Connection) -> rusqlite::Result<Vec<Campaign>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = statement.query_map([], |r| campaign(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Campaign>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| {
        campaign(conn, r)
    })
    .optional()
}

pub fn put(conn: &Connection, c: &Campaign, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (c.id > 0).then_some(c.id),
        c.name,
        c.description,
        c.department_id,
        c.start,
        c.end,
        c.affects_community,
        c.cm_involved,
        c.moderator
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO campaign (id, name, description, department_id, start, end_date, affects_community, cm_involved,
               moderator) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE campaign SET name = ?2, description = ?3, department_id = ?4, start = ?5, end_date = ?6,
               affects_community = ?7, cm_involved = ?8, moderator = ?9 WHERE id = ?1",
            values,
        )?;
        c.id
    };
    links::set(
        conn,
        "campaign_objective",
        "campaign_id",
        "objective_id",
        id,
        &c.objective_ids,
    )?;
    Ok(id)
}

impl Record for Campaign {
    const ENTITY: Entity = Entity::Campaign;
    const KIND: EntityKind = EntityKind::Campaign;
    const TABLE: &'static str = "campaign";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["campaign_objective"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Campaign::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![
            link(
                "departmentId",
                "department",
                Entity::Department,
                self.department_id,
            ),
            link(
                "objectiveIds",
                "objective",
                Entity::Objective,
                self.objective_ids.clone(),
            ),
        ]
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
