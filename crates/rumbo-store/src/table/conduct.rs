//! `moderation_rule` (the moderation matrix, with `moderation_rule_channel`)
//! and `protocol` (complaints, corrections; its steps as JSON).

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{ModerationAction, ModerationRule, Protocol, ProtocolKind, ProtocolStep};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::record::{Link, Record, link};

const SELECT_RULE: &str = "SELECT id, situation, examples, action, department_id, acted_by, decided_by, \
                           speed, recorded FROM moderation_rule";

fn rule(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<ModerationRule> {
    let id = row.get(0)?;
    let action: String = row.get(3)?;
    Ok(ModerationRule {
        id,
        situation: row.get(1)?,
        examples: row.get(2)?,
        action: parse_enum(3, &action, ModerationAction::parse)?,
        department_id: row.get(4)?,
        acted_by: row.get(5)?,
        decided_by: row.get(6)?,
        speed: row.get(7)?,
        recorded: row.get(8)?,
        channel_ids: links::get(conn, "moderation_rule_channel", "rule_id", "channel_id", id)?,
    })
}

/// The matrix from the mildest action to the strongest, each action's rows
/// in the order they were written.
pub fn rules(conn: &Connection) -> rusqlite::Result<Vec<ModerationRule>> {
    let order: String = ModerationAction::ALL
        .iter()
        .enumerate()
        .map(|(i, a)| format!("WHEN '{}' THEN {i}", a.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT_RULE} ORDER BY CASE action {order} ELSE 99 END, id"
    ))?;
    let rows = statement.query_map([], |r| rule(conn, r))?;
    rows.collect()
}

pub fn get_rule(conn: &Connection, id: i64) -> rusqlite::Result<Option<ModerationRule>> {
    conn.query_row(&format!("{SELECT_RULE} WHERE id = ?1"), [id], |r| {
        rule(conn, r)
    })
    .optional()
}

pub fn put_rule(conn: &Connection, r: &ModerationRule, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (r.id > 0).then_some(r.id),
        r.situation,
        r.examples,
        r.action.as_str(),
        r.department_id,
        r.acted_by,
        r.decided_by,
        r.speed,
        r.recorded
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO moderation_rule (id, situation, examples, action, department_id, acted_by, decided_by,
               speed, recorded) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE moderation_rule SET situation = ?2, examples = ?3, action = ?4, department_id = ?5,
               acted_by = ?6, decided_by = ?7, speed = ?8, recorded = ?9 WHERE id = ?1",
            values,
        )?;
        r.id
    };
    links::set(
        conn,
        "moderation_rule_channel",
        "rule_id",
        "channel_id",
        id,
        &r.channel_ids,
    )?;
    Ok(id)
}

impl Record for ModerationRule {
    const ENTITY: Entity = Entity::ModerationRule;
    const KIND: EntityKind = EntityKind::ModerationRule;
    const TABLE: &'static str = "moderation_rule";
    const NAME_COLUMN: &'static str = "situation";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("situation", "situation"));
    const LINK_TABLES: &'static [&'static str] = &["moderation_rule_channel"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        ModerationRule::validated(self)
    }
    fn name(&self) -> &str {
        &self.situation
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
                "channelIds",
                "channel",
                Entity::Channel,
                self.channel_ids.clone(),
            ),
        ]
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_rule(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        rules(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_rule(conn, record, insert)
    }
}

const SELECT_PROTOCOL: &str = "SELECT id, kind, name, scope, department_id, steps, drafted_by, approved_by, \
                                time_limit, announcement FROM protocol";

fn protocol(row: &Row<'_>) -> rusqlite::Result<Protocol> {
    let kind: String = row.get(1)?;
    let steps: String = row.get(5)?;
    let steps: Vec<ProtocolStep> = serde_json::from_str(&steps)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(5, Type::Text, Box::new(e)))?;
    Ok(Protocol {
        id: row.get(0)?,
        kind: parse_enum(1, &kind, ProtocolKind::parse)?,
        name: row.get(2)?,
        scope: row.get(3)?,
        department_id: row.get(4)?,
        steps,
        drafted_by: row.get(6)?,
        approved_by: row.get(7)?,
        time_limit: row.get(8)?,
        announcement: row.get(9)?,
    })
}

/// Every protocol: complaints first, then corrections, then the others.
pub fn protocols(conn: &Connection) -> rusqlite::Result<Vec<Protocol>> {
    let order: String = ProtocolKind::ALL
        .iter()
        .enumerate()
        .map(|(i, k)| format!("WHEN '{}' THEN {i}", k.as_str()))
        .collect::<Vec<_>>()
        .join(" ");
    let mut statement = conn.prepare_cached(&format!(
        "{SELECT_PROTOCOL} ORDER BY CASE kind {order} ELSE 99 END, name COLLATE NOCASE, id"
    ))?;
    let rows = statement.query_map([], protocol)?;
    rows.collect()
}

pub fn get_protocol(conn: &Connection, id: i64) -> rusqlite::Result<Option<Protocol>> {
    conn.query_row(&format!("{SELECT_PROTOCOL} WHERE id = ?1"), [id], protocol)
        .optional()
}

pub fn put_protocol(conn: &Connection, p: &Protocol, insert: bool) -> rusqlite::Result<i64> {
    let steps = serde_json::to_string(&p.steps)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let values = params![
        (p.id > 0).then_some(p.id),
        p.kind.as_str(),
        p.name,
        p.scope,
        p.department_id,
        steps,
        p.drafted_by,
        p.approved_by,
        p.time_limit,
        p.announcement
    ];
    if insert {
        conn.execute(
            "INSERT INTO protocol (id, kind, name, scope, department_id, steps, drafted_by, approved_by,
               time_limit, announcement) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            values,
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE protocol SET kind = ?2, name = ?3, scope = ?4, department_id = ?5, steps = ?6,
               drafted_by = ?7, approved_by = ?8, time_limit = ?9, announcement = ?10 WHERE id = ?1",
            values,
        )?;
        Ok(p.id)
    }
}

impl Record for Protocol {
    const ENTITY: Entity = Entity::Protocol;
    const KIND: EntityKind = EntityKind::Protocol;
    const TABLE: &'static str = "protocol";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Protocol::validated(self)
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
        get_protocol(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        protocols(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_protocol(conn, record, insert)
    }
}
