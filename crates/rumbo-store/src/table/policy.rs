//! `policy`: the policies, the house rules among them.

use rumbo_core::error::{Entity, FieldIssue, IssueKind};
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{Policy, PolicyKind, PolicyStatus};
use rumbo_core::{Error, Result};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::parse_enum;
use crate::error::Db;
use crate::record::{Link, Record, link};

const SELECT: &str = "SELECT id, kind, title, text, owner, owner_department_id, status, approved_by, \
                      approved_on, review_by FROM policy";

fn policy(row: &Row<'_>) -> rusqlite::Result<Policy> {
    let kind: String = row.get(1)?;
    let status: String = row.get(6)?;
    Ok(Policy {
        id: row.get(0)?,
        kind: parse_enum(1, &kind, PolicyKind::parse)?,
        title: row.get(2)?,
        text: row.get(3)?,
        owner: row.get(4)?,
        owner_department_id: row.get(5)?,
        status: parse_enum(6, &status, PolicyStatus::parse)?,
        approved_by: row.get(7)?,
        approved_on: row.get(8)?,
        review_by: row.get(9)?,
    })
}

/// Every policy: by kind, in the kinds' order, then by title.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Policy>> {
    let order: String = PolicyKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| format!("WHEN '{}' THEN {i}", k.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT} ORDER BY CASE kind {order} ELSE 99 END, title COLLATE NOCASE, id"
    ))?;
    let rows = statement.query_map([], policy)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Policy>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], policy)
        .optional()
}

pub fn put(conn: &Connection, p: &Policy, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (p.id > 0).then_some(p.id),
        p.kind.as_str(),
        p.title,
        p.text,
        p.owner,
        p.owner_department_id,
        p.status.as_str(),
        p.approved_by,
        p.approved_on,
        p.review_by
    ];
    if insert {
        conn.execute(
            "INSERT INTO policy (id, kind, title, text, owner, owner_department_id, status, approved_by,
               approved_on, review_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE policy SET kind = ?2, title = ?3, text = ?4, owner = ?5, owner_department_id = ?6,
               status = ?7, approved_by = ?8, approved_on = ?9, review_by = ?10 WHERE id = ?1",
            values,
        )?;
        Ok(p.id)
    }
}

/// Another policy of `kind` than `except`, for the kinds a workspace holds
/// one of.
fn other_of_kind(conn: &Connection, kind: PolicyKind, except: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM policy WHERE kind = ?1 AND id <> ?2")?
        .exists(params![kind.as_str(), except])
}

impl Record for Policy {
    const ENTITY: Entity = Entity::Policy;
    const KIND: EntityKind = EntityKind::Policy;
    const TABLE: &'static str = "policy";
    const NAME_COLUMN: &'static str = "title";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("title", "title"));

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Policy::validated(self)
    }
    fn name(&self) -> &str {
        &self.title
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "ownerDepartmentId",
            "department",
            Entity::Department,
            self.owner_department_id,
        )]
    }
    fn check(&self, conn: &Connection) -> Result<()> {
        if self.kind.is_single() && other_of_kind(conn, self.kind, self.id).db()? {
            return Err(Error::Validation(vec![FieldIssue::new(
                "kind",
                IssueKind::OneOfAKind {
                    entity: Entity::Policy,
                },
            )]));
        }
        Ok(())
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
