//! `objective` with its links, and `measurement`.

use rumbo_core::model::{Measurement, MeasurementKind, Objective, ObjectiveKind, ObjectiveStatus};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::error::Db;
use crate::record::{Link, Record, link};
use rumbo_core::error::{Entity, FieldIssue, IssueKind};
use rumbo_core::ipc::EntityKind;
use rumbo_core::{Error, Result};

const SELECT: &str = "SELECT id, title, description, kind, kpi_metric, kpi_unit, baseline, target, start, \
                      deadline, owner, status FROM objective";

fn objective(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Objective> {
    let id = row.get(0)?;
    let kind: String = row.get(3)?;
    let status: String = row.get(11)?;
    Ok(Objective {
        id,
        title: row.get(1)?,
        description: row.get(2)?,
        kind: parse_enum(3, &kind, ObjectiveKind::parse)?,
        kpi_metric: row.get(4)?,
        kpi_unit: row.get(5)?,
        baseline: row.get(6)?,
        target: row.get(7)?,
        start: row.get(8)?,
        deadline: row.get(9)?,
        owner: row.get(10)?,
        status: parse_enum(11, &status, ObjectiveStatus::parse)?,
        channel_ids: links::get(conn, "objective_channel", "objective_id", "channel_id", id)?,
        department_ids: links::get(
            conn,
            "objective_department",
            "objective_id",
            "department_id",
            id,
        )?,
    })
}

pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Objective>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = statement.query_map([], |r| objective(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Objective>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| {
        objective(conn, r)
    })
    .optional()
}

pub fn put(conn: &Connection, o: &Objective, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (o.id > 0).then_some(o.id),
        o.title,
        o.description,
        o.kind.as_str(),
        o.kpi_metric,
        o.kpi_unit,
        o.baseline,
        o.target,
        o.start,
        o.deadline,
        o.owner,
        o.status.as_str(),
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO objective (id, title, description, kind, kpi_metric, kpi_unit, baseline, target, start,
               deadline, owner, status) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE objective SET title = ?2, description = ?3, kind = ?4, kpi_metric = ?5, kpi_unit = ?6,
               baseline = ?7, target = ?8, start = ?9, deadline = ?10, owner = ?11, status = ?12 WHERE id = ?1",
            values,
        )?;
        o.id
    };
    links::set(
        conn,
        "objective_channel",
        "objective_id",
        "channel_id",
        id,
        &o.channel_ids,
    )?;
    links::set(
        conn,
        "objective_department",
        "objective_id",
        "department_id",
        id,
        &o.department_ids,
    )?;
    Ok(id)
}

fn measurement(row: &Row<'_>) -> rusqlite::Result<Measurement> {
    Ok(Measurement {
        id: row.get(0)?,
        objective_id: row.get(1)?,
        date: row.get(2)?,
        value: row.get(3)?,
        note: row.get(4)?,
        kind: parse_enum(5, &row.get::<_, String>(5)?, MeasurementKind::parse)?,
    })
}

const SELECT_MEASUREMENT: &str =
    "SELECT id, objective_id, date, value, note, kind FROM measurement";

/// The measurements of one objective by date, or of all objectives (`None`) by id.
pub fn measurements(
    conn: &Connection,
    objective_id: Option<i64>,
) -> rusqlite::Result<Vec<Measurement>> {
    match objective_id {
        Some(objective_id) => {
            let mut statement = conn.prepare_cached(&format!(
                "{SELECT_MEASUREMENT} WHERE objective_id = ?1 ORDER BY date"
            ))?;
            let rows = statement.query_map([objective_id], measurement)?;
            rows.collect()
        }
        None => {
            let mut statement =
                conn.prepare_cached(&format!("{SELECT_MEASUREMENT} ORDER BY id"))?;
            let rows = statement.query_map([], measurement)?;
            rows.collect()
        }
    }
}

pub fn get_measurement(conn: &Connection, id: i64) -> rusqlite::Result<Option<Measurement>> {
    conn.query_row(
        &format!("{SELECT_MEASUREMENT} WHERE id = ?1"),
        [id],
        measurement,
    )
    .optional()
}

/// The id of another measurement of the same objective on the same date.
pub fn measurement_on(conn: &Connection, m: &Measurement) -> rusqlite::Result<Option<i64>> {
    conn.query_row(
        "SELECT id FROM measurement WHERE objective_id = ?1 AND date = ?2 AND id <> ?3",
        params![m.objective_id, m.date, m.id],
        |r| r.get(0),
    )
    .optional()
}

pub fn put_measurement(conn: &Connection, m: &Measurement, insert: bool) -> rusqlite::Result<i64> {
    if insert {
        conn.execute(
            "INSERT INTO measurement (id, objective_id, date, value, note, kind)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                (m.id > 0).then_some(m.id),
                m.objective_id,
                m.date,
                m.value,
                m.note,
                m.kind.as_str()
            ],
        )?;
        Ok(conn.last_insert_rowid())
    } else {
        conn.execute(
            "UPDATE measurement SET objective_id = ?2, date = ?3, value = ?4, note = ?5, kind = ?6
             WHERE id = ?1",
            params![
                m.id,
                m.objective_id,
                m.date,
                m.value,
                m.note,
                m.kind.as_str()
            ],
        )?;
        Ok(m.id)
    }
}

/// Sets the value of an objective on a date, replacing one already there.
pub fn upsert_value(
    conn: &Connection,
    objective_id: i64,
    date: chrono::NaiveDate,
    value: f64,
) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO measurement (objective_id, date, value) VALUES (?1, ?2, ?3)
         ON CONFLICT (objective_id, date) DO UPDATE SET value = excluded.value, kind = 'value'",
        params![objective_id, date, value],
    )?;
    Ok(())
}

/// Every measurement, by id (the JSON format's order).
pub fn all_measurements(conn: &Connection) -> rusqlite::Result<Vec<Measurement>> {
    measurements(conn, None)
}

impl Record for Objective {
    const ENTITY: Entity = Entity::Objective;
    const KIND: EntityKind = EntityKind::Objective;
    const TABLE: &'static str = "objective";
    const NAME_COLUMN: &'static str = "title";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("title", "title"));
    const LINK_TABLES: &'static [&'static str] = &["objective_channel", "objective_department"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Objective::validated(self)
    }
    fn name(&self) -> &str {
        &self.title
    }
    fn links(&self) -> Vec<Link> {
        vec![
            link(
                "channelIds",
                "channel",
                Entity::Channel,
                self.channel_ids.clone(),
            ),
            link(
                "departmentIds",
                "department",
                Entity::Department,
                self.department_ids.clone(),
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

impl Record for Measurement {
    const ENTITY: Entity = Entity::Measurement;
    const KIND: EntityKind = EntityKind::Measurement;
    const TABLE: &'static str = "measurement";
    const NAME_COLUMN: &'static str = "date";
    const UNIQUE: Option<(&'static str, &'static str)> = None;

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Measurement::validated(self)
    }
    fn name(&self) -> &str {
        &self.note
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "objectiveId",
            "objective",
            Entity::Objective,
            Some(self.objective_id),
        )]
    }
    fn check(&self, conn: &Connection) -> Result<()> {
        if measurement_on(conn, self).db()?.is_some() {
            return Err(Error::Validation(vec![FieldIssue::new(
                "date",
                IssueKind::Duplicate {
                    entity: Entity::Measurement,
                },
            )]));
        }
        Ok(())
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_measurement(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        all_measurements(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_measurement(conn, record, insert)
    }
}
