//! `fit_criterion` and `channel_fit`: the brand-fit matrix.

use crate::record::Record;
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{FitCriterion, FitScore};
use rusqlite::{Connection, OptionalExtension, Row, params};

fn criterion(row: &Row<'_>) -> rusqlite::Result<FitCriterion> {
    Ok(FitCriterion {
        id: row.get(0)?,
        name: row.get(1)?,
        description: row.get(2)?,
        weight: row.get(3)?,
        position: row.get(4)?,
    })
}

const SELECT: &str = "SELECT id, name, description, weight, position FROM fit_criterion";

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<FitCriterion>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY position, id"))?;
    let rows = statement.query_map([], criterion)?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<FitCriterion>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], criterion)
        .optional()
}

pub fn put(conn: &Connection, c: &FitCriterion, insert: bool) -> rusqlite::Result<i64> {
    if insert {
        conn.execute(
            "INSERT INTO fit_criterion (id, name, description, weight, position) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![(c.id > 0).then_some(c.id), c.name, c.description, c.weight, c.position],
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE fit_criterion SET name = ?2, description = ?3, weight = ?4, position = ?5 WHERE id = ?1",
            params![c.id, c.name, c.description, c.weight, c.position],
        )?;
        Ok(c.id)
    }
}

pub fn scores(conn: &Connection, channel_id: i64) -> rusqlite::Result<Vec<FitScore>> {
    let mut statement = conn.prepare_cached(
        "SELECT criterion_id, score FROM channel_fit WHERE channel_id = ?1 ORDER BY criterion_id",
    )?;
    let rows = statement.query_map([channel_id], |r| {
        Ok(FitScore {
            criterion_id: r.get(0)?,
            score: r.get(1)?,
        })
    })?;
    rows.collect()
}

pub fn set_scores(conn: &Connection, channel_id: i64, scores: &[FitScore]) -> rusqlite::Result<()> {
    conn.execute(
        "DELETE FROM channel_fit WHERE channel_id = ?1",
        [channel_id],
    )?;
    let mut insert = conn.prepare_cached(
        "INSERT INTO channel_fit (channel_id, criterion_id, score) VALUES (?1, ?2, ?3)",
    )?;
    for s in scores {
        insert.execute(params![channel_id, s.criterion_id, s.score])?;
    }
    Ok(())
}

pub fn set_score(
    conn: &Connection,
    channel_id: i64,
    criterion_id: i64,
    score: Option<u8>,
) -> rusqlite::Result<()> {
    match score {
        Some(score) => conn.execute(
            "INSERT INTO channel_fit (channel_id, criterion_id, score) VALUES (?1, ?2, ?3)
             ON CONFLICT (channel_id, criterion_id) DO UPDATE SET score = excluded.score",
            params![channel_id, criterion_id, score],
        )?,
        None => conn.execute(
            "DELETE FROM channel_fit WHERE channel_id = ?1 AND criterion_id = ?2",
            params![channel_id, criterion_id],
        )?,
    };
    Ok(())
}

impl Record for FitCriterion {
    const ENTITY: Entity = Entity::FitCriterion;
    const KIND: EntityKind = EntityKind::FitCriterion;
    const TABLE: &'static str = "fit_criterion";
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
        FitCriterion::validated(self)
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
