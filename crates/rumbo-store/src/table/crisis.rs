//! `crisis_level` (the ladder, with `crisis_level_department`; its holding
//! statements as JSON), `pause_step` (the pause checklist) and
//! `crisis_plan` (the playbook's single row of settings).

use rumbo_core::error::{Entity, FieldIssue, IssueKind};
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{CrisisLevel, CrisisPlan, HoldingStatement, PauseStep, PauseWhat};
use rumbo_core::{Error, Result};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::error::Db;
use crate::record::{Link, Record, link};

const SELECT_LEVEL: &str =
    "SELECT id, rank, name, triggers, decided_by, escalation, pause, statements FROM crisis_level";

fn level(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<CrisisLevel> {
    let id = row.get(0)?;
    let statements: String = row.get(7)?;
    let statements: Vec<HoldingStatement> = serde_json::from_str(&statements)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(7, Type::Text, Box::new(e)))?;
    Ok(CrisisLevel {
        id,
        rank: row.get(1)?,
        name: row.get(2)?,
        triggers: row.get(3)?,
        decided_by: row.get(4)?,
        escalation: row.get(5)?,
        department_ids: links::get(
            conn,
            "crisis_level_department",
            "level_id",
            "department_id",
            id,
        )?,
        pause: row.get(6)?,
        statements,
    })
}

/// The ladder, from the mildest level up.
pub fn levels(conn: &Connection) -> rusqlite::Result<Vec<CrisisLevel>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT_LEVEL} ORDER BY rank, id"))?;
    let rows = statement.query_map([], |r| level(conn, r))?;
    rows.collect()
}

pub fn get_level(conn: &Connection, id: i64) -> rusqlite::Result<Option<CrisisLevel>> {
    conn.query_row(&format!("{SELECT_LEVEL} WHERE id = ?1"), [id], |r| {
        level(conn, r)
    })
    .optional()
}

pub fn put_level(conn: &Connection, l: &CrisisLevel, insert: bool) -> rusqlite::Result<i64> {
    let statements = serde_json::to_string(&l.statements)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let values = params![
        (l.id > 0).then_some(l.id),
        l.rank,
        l.name,
        l.triggers,
        l.decided_by,
        l.escalation,
        l.pause,
        statements
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO crisis_level (id, rank, name, triggers, decided_by, escalation, pause, statements)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE crisis_level SET rank = ?2, name = ?3, triggers = ?4, decided_by = ?5, escalation = ?6,
               pause = ?7, statements = ?8 WHERE id = ?1",
            values,
        )?;
        l.id
    };
    links::set(
        conn,
        "crisis_level_department",
        "level_id",
        "department_id",
        id,
        &l.department_ids,
    )?;
    Ok(id)
}

fn rank_taken(conn: &Connection, rank: u32, except: i64) -> rusqlite::Result<bool> {
    conn.prepare_cached("SELECT 1 FROM crisis_level WHERE rank = ?1 AND id <> ?2")?
        .exists(params![rank, except])
}

impl Record for CrisisLevel {
    const ENTITY: Entity = Entity::CrisisLevel;
    const KIND: EntityKind = EntityKind::CrisisLevel;
    const TABLE: &'static str = "crisis_level";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["crisis_level_department"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        CrisisLevel::validated(self)
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
    fn check(&self, conn: &Connection) -> Result<()> {
        if rank_taken(conn, self.rank, self.id).db()? {
            return Err(Error::Validation(vec![FieldIssue::new(
                "rank",
                IssueKind::NumberTaken {
                    entity: Entity::CrisisLevel,
                },
            )]));
        }
        Ok(())
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_level(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        levels(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_level(conn, record, insert)
    }
}

const SELECT_STEP: &str = "SELECT id, channel_id, what, how, who FROM pause_step";

fn step(row: &Row<'_>) -> rusqlite::Result<PauseStep> {
    let what: String = row.get(2)?;
    Ok(PauseStep {
        id: row.get(0)?,
        channel_id: row.get(1)?,
        what: parse_enum(2, &what, PauseWhat::parse)?,
        how: row.get(3)?,
        who: row.get(4)?,
    })
}

/// The checklist: what is done on every channel first, then channel by
/// channel.
pub fn steps(conn: &Connection) -> rusqlite::Result<Vec<PauseStep>> {
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT_STEP} ORDER BY channel_id IS NOT NULL, channel_id, id"
    ))?;
    let rows = statement.query_map([], step)?;
    rows.collect()
}

pub fn get_step(conn: &Connection, id: i64) -> rusqlite::Result<Option<PauseStep>> {
    conn.query_row(&format!("{SELECT_STEP} WHERE id = ?1"), [id], step)
        .optional()
}

pub fn put_step(conn: &Connection, s: &PauseStep, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (s.id > 0).then_some(s.id),
        s.channel_id,
        s.what.as_str(),
        s.how,
        s.who
    ];
    if insert {
        conn.execute(
            "INSERT INTO pause_step (id, channel_id, what, how, who) VALUES (?1, ?2, ?3, ?4, ?5)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE pause_step SET channel_id = ?2, what = ?3, how = ?4, who = ?5 WHERE id = ?1",
            values,
        )?;
        Ok(s.id)
    }
}

impl Record for PauseStep {
    const ENTITY: Entity = Entity::PauseStep;
    const KIND: EntityKind = EntityKind::PauseStep;
    const TABLE: &'static str = "pause_step";
    const NAME_COLUMN: &'static str = "how";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        PauseStep::validated(self)
    }
    fn name(&self) -> &str {
        &self.how
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "channelId",
            "channel",
            Entity::Channel,
            self.channel_id,
        )]
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_step(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        steps(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_step(conn, record, insert)
    }
}

/// The playbook's settings. Migration 5 writes the row, so it is always there.
pub fn plan(conn: &Connection) -> rusqlite::Result<CrisisPlan> {
    conn.query_row(
        "SELECT spokes_channel_id, single_voice, post_mortem, last_drill FROM crisis_plan WHERE id = 1",
        [],
        |row| {
            Ok(CrisisPlan {
                spokes_channel_id: row.get(0)?,
                single_voice: row.get(1)?,
                post_mortem: row.get(2)?,
                last_drill: row.get(3)?,
            })
        },
    )
}

pub fn put_plan(conn: &Connection, plan: &CrisisPlan) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO crisis_plan (id, spokes_channel_id, single_voice, post_mortem, last_drill)
         VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (id) DO UPDATE SET
           spokes_channel_id = excluded.spokes_channel_id, single_voice = excluded.single_voice,
           post_mortem = excluded.post_mortem, last_drill = excluded.last_drill",
        params![
            plan.spokes_channel_id,
            plan.single_voice,
            plan.post_mortem,
            plan.last_drill
        ],
    )?;
    Ok(())
}
