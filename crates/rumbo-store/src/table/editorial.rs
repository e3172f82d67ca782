//! The editorial line: `pillar` (with `pillar_objective` and its
//! `pillar_share` of each channel), `style_guide` (with
//! `style_guide_channel`) and `service_level` (with `service_level_channel`).

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{
    Monitoring, Pillar, PillarShare, Register, ResponseUnit, ServiceLevel, StyleGuide, Weekday,
};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::record::{Link, Record, link};

// -- pillars ---------------------------------------------------------------

const SELECT_PILLAR: &str = "SELECT id, name, purpose, examples FROM pillar";

fn pillar(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Pillar> {
    let id = row.get(0)?;
    Ok(Pillar {
        id,
        name: row.get(1)?,
        purpose: row.get(2)?,
        examples: row.get(3)?,
        objective_ids: links::get(conn, "pillar_objective", "pillar_id", "objective_id", id)?,
        shares: shares(conn, id)?,
    })
}

fn shares(conn: &Connection, pillar_id: i64) -> rusqlite::Result<Vec<PillarShare>> {
    let mut statement = conn.prepare_cached(
        "SELECT channel_id, percent FROM pillar_share WHERE pillar_id = ?1 ORDER BY channel_id",
    )?;
    let rows = statement.query_map([pillar_id], |r| {
        Ok(PillarShare {
            channel_id: r.get(0)?,
            percent: r.get(1)?,
        })
    })?;
    rows.collect()
}

/// Replaces a pillar's shares, touching only the rows that change.
fn set_shares(conn: &Connection, pillar_id: i64, wanted: &[PillarShare]) -> rusqlite::Result<()> {
    let current = shares(conn, pillar_id)?;
    let mut delete =
        conn.prepare_cached("DELETE FROM pillar_share WHERE pillar_id = ?1 AND channel_id = ?2")?;
    for gone in current
        .iter()
        .filter(|c| !wanted.iter().any(|w| w.channel_id == c.channel_id))
    {
        delete.execute(params![pillar_id, gone.channel_id])?;
    }
    let mut upsert = conn.prepare_cached(
        "INSERT INTO pillar_share (pillar_id, channel_id, percent) VALUES (?1, ?2, ?3)
         ON CONFLICT (pillar_id, channel_id) DO UPDATE SET percent = excluded.percent",
    )?;
    for share in wanted.iter().filter(|w| !current.contains(w)) {
        upsert.execute(params![pillar_id, share.channel_id, share.percent])?;
    }
    Ok(())
}

pub fn pillars(conn: &Connection) -> rusqlite::Result<Vec<Pillar>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT_PILLAR} ORDER BY name COLLATE NOCASE, id"))?;
    let rows = statement.query_map([], |r| pillar(conn, r))?;
    rows.collect()
}

pub fn get_pillar(conn: &Connection, id: i64) -> rusqlite::Result<Option<Pillar>> {
    conn.query_row(&format!("{SELECT_PILLAR} WHERE id = ?1"), [id], |r| {
        pillar(conn, r)
    })
    .optional()
}

pub fn put_pillar(conn: &Connection, p: &Pillar, insert: bool) -> rusqlite::Result<i64> {
    let id = if insert {
        conn.execute(
            "INSERT INTO pillar (id, name, purpose, examples) VALUES (?1, ?2, ?3, ?4)",
            params![(p.id > 0).then_some(p.id), p.name, p.purpose, p.examples],
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE pillar SET name = ?2, purpose = ?3, examples = ?4 WHERE id = ?1",
            params![p.id, p.name, p.purpose, p.examples],
        )?;
        p.id
    };
    links::set(
        conn,
        "pillar_objective",
        "pillar_id",
        "objective_id",
        id,
        &p.objective_ids,
    )?;
    set_shares(conn, id, &p.shares)?;
    Ok(id)
}

impl Record for Pillar {
    const ENTITY: Entity = Entity::Pillar;
    const KIND: EntityKind = EntityKind::Pillar;
    const TABLE: &'static str = "pillar";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["pillar_objective", "pillar_share"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Pillar::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![
            link(
                "objectiveIds",
                "objective",
                Entity::Objective,
                self.objective_ids.clone(),
            ),
            link(
                "shares",
                "channel",
                Entity::Channel,
                self.shares.iter().map(|s| s.channel_id),
            ),
        ]
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_pillar(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        pillars(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_pillar(conn, record, insert)
    }
}

// -- channel styles --------------------------------------------------------

const SELECT_STYLE: &str = "SELECT id, name, language, register, dos, donts, formats, hashtags, \
                            posting_times, accessibility, graphic_identity FROM style_guide";

fn style(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<StyleGuide> {
    let id = row.get(0)?;
    let register: Option<String> = row.get(3)?;
    Ok(StyleGuide {
        id,
        name: row.get(1)?,
        channel_ids: links::get(
            conn,
            "style_guide_channel",
            "style_guide_id",
            "channel_id",
            id,
        )?,
        language: row.get(2)?,
        register: match register {
            Some(text) => Some(parse_enum(3, &text, Register::parse)?),
            None => None,
        },
        dos: row.get(4)?,
        donts: row.get(5)?,
        formats: row.get(6)?,
        hashtags: row.get(7)?,
        posting_times: row.get(8)?,
        accessibility: row.get(9)?,
        graphic_identity: row.get(10)?,
    })
}

pub fn styles(conn: &Connection) -> rusqlite::Result<Vec<StyleGuide>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT_STYLE} ORDER BY name COLLATE NOCASE, id"))?;
    let rows = statement.query_map([], |r| style(conn, r))?;
    rows.collect()
}

pub fn get_style(conn: &Connection, id: i64) -> rusqlite::Result<Option<StyleGuide>> {
    conn.query_row(&format!("{SELECT_STYLE} WHERE id = ?1"), [id], |r| {
        style(conn, r)
    })
    .optional()
}

pub fn put_style(conn: &Connection, s: &StyleGuide, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (s.id > 0).then_some(s.id),
        s.name,
        s.language,
        s.register.map(Register::as_str),
        s.dos,
        s.donts,
        s.formats,
        s.hashtags,
        s.posting_times,
        s.accessibility,
        s.graphic_identity,
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO style_guide (id, name, language, register, dos, donts, formats, hashtags,
               posting_times, accessibility, graphic_identity)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE style_guide SET name = ?2, language = ?3, register = ?4, dos = ?5, donts = ?6,
               formats = ?7, hashtags = ?8, posting_times = ?9, accessibility = ?10,
               graphic_identity = ?11 WHERE id = ?1",
            values,
        )?;
        s.id
    };
    links::set(
        conn,
        "style_guide_channel",
        "style_guide_id",
        "channel_id",
        id,
        &s.channel_ids,
    )?;
    Ok(id)
}

impl Record for StyleGuide {
    const ENTITY: Entity = Entity::StyleGuide;
    const KIND: EntityKind = EntityKind::StyleGuide;
    const TABLE: &'static str = "style_guide";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["style_guide_channel"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        StyleGuide::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "channelIds",
            "channel",
            Entity::Channel,
            self.channel_ids.clone(),
        )]
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
        get_style(conn, id)
    }
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
        styles(conn)
    }
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
        put_style(conn, record, insert)
    }
}

// -- service levels --------------------------------------------------------

const SELECT_LEVEL: &str = "SELECT id, name, days, opens, closes, response_time, response_unit, \
                            monitoring, out_of_hours FROM service_level";

fn level(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<ServiceLevel> {
    let id = row.get(0)?;
    let days: String = row.get(2)?;
    let days: Vec<Weekday> = serde_json::from_str(&days)
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(2, Type::Text, Box::new(e)))?;
    let unit: String = row.get(6)?;
    let monitoring: Option<String> = row.get(7)?;
    Ok(ServiceLevel {
        id,
        name: row.get(1)?,
        channel_ids: links::get(
            conn,
            "service_level_channel",
            "service_level_id",
            "channel_id",
            id,
        )?,
        days,
        opens: row.get(3)?,
        closes: row.get(4)?,
        response_time: row.get(5)?,
        response_unit: parse_enum(6, &unit, ResponseUnit::parse)?,
        monitoring: match monitoring {
            Some(text) => Some(parse_enum(7, &text, Monitoring::parse)?),
            None => None,
        },
        out_of_hours: row.get(8)?,
    })
}

pub fn levels(conn: &Connection) -> rusqlite::Result<Vec<ServiceLevel>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT_LEVEL} ORDER BY name COLLATE NOCASE, id"))?;
    let rows = statement.query_map([], |r| level(conn, r))?;
    rows.collect()
}

pub fn get_level(conn: &Connection, id: i64) -> rusqlite::Result<Option<ServiceLevel>> {
    conn.query_row(&format!("{SELECT_LEVEL} WHERE id = ?1"), [id], |r| {
        level(conn, r)
    })
    .optional()
}

pub fn put_level(conn: &Connection, l: &ServiceLevel, insert: bool) -> rusqlite::Result<i64> {
    let days = serde_json::to_string(&l.days)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    let values = params![
        (l.id > 0).then_some(l.id),
        l.name,
        days,
        l.opens,
        l.closes,
        l.response_time,
        l.response_unit.as_str(),
        l.monitoring.map(Monitoring::as_str),
        l.out_of_hours,
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO service_level (id, name, days, opens, closes, response_time, response_unit,
               monitoring, out_of_hours) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE service_level SET name = ?2, days = ?3, opens = ?4, closes = ?5,
               response_time = ?6, response_unit = ?7, monitoring = ?8, out_of_hours = ?9
             WHERE id = ?1",
            values,
        )?;
        l.id
    };
    links::set(
        conn,
        "service_level_channel",
        "service_level_id",
        "channel_id",
        id,
        &l.channel_ids,
    )?;
    Ok(id)
}

impl Record for ServiceLevel {
    const ENTITY: Entity = Entity::ServiceLevel;
    const KIND: EntityKind = EntityKind::ServiceLevel;
    const TABLE: &'static str = "service_level";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &["service_level_channel"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        ServiceLevel::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![link(
            "channelIds",
            "channel",
            Entity::Channel,
            self.channel_ids.clone(),
        )]
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::table::channel;
    use crate::test_support::scratch;
    use rumbo_core::model::{Channel, ChannelStatus, Network};

    #[test]
    fn the_editorial_line_keeps_its_links_and_unknown_values_in_a_real_file() {
        let (_dir, conn) = scratch();
        let instagram = channel::put(
            &conn,
            &Channel::new(Network::Instagram, "Instagram", ChannelStatus::Active),
            true,
        )
        .unwrap_or(0);
        let blog = channel::put(
            &conn,
            &Channel::new(Network::Blog, "Blog", ChannelStatus::Planned),
            true,
        )
        .unwrap_or(0);
        let mut pillar = Pillar::new("Services");
        pillar.shares = vec![
            PillarShare {
                channel_id: instagram,
                percent: Some(40.0),
            },
            PillarShare {
                channel_id: blog,
                percent: None,
            },
        ];
        let id = put_pillar(&conn, &pillar, true).unwrap_or(0);
        assert_eq!(
            get_pillar(&conn, id).ok().flatten(),
            Some(Pillar {
                id,
                ..pillar.clone()
            })
        );
        pillar.id = id;
        pillar.shares[0].percent = Some(55.5);
        pillar.shares.pop();
        assert!(put_pillar(&conn, &pillar, false).is_ok());
        assert_eq!(get_pillar(&conn, id).ok().flatten(), Some(pillar.clone()));
        // Deleting the channel takes its share with it.
        assert!(
            conn.execute("DELETE FROM channel WHERE id = ?1", [instagram])
                .is_ok()
        );
        assert!(
            get_pillar(&conn, id)
                .ok()
                .flatten()
                .is_some_and(|p| p.shares.is_empty())
        );

        let mut style = StyleGuide::new("All accounts");
        style.register = Some(Register::Informal);
        style.channel_ids = vec![blog];
        let sid = put_style(&conn, &style, true).unwrap_or(0);
        assert_eq!(
            get_style(&conn, sid).ok().flatten(),
            Some(StyleGuide { id: sid, ..style })
        );

        let mut level = ServiceLevel::new("Office hours");
        level.days = vec![Weekday::Mon, Weekday::Fri];
        level.opens = Some("08:00".into());
        level.closes = Some("15:00".into());
        level.response_time = Some(24.0);
        level.channel_ids = vec![blog];
        let lid = put_level(&conn, &level, true).unwrap_or(0);
        assert_eq!(
            get_level(&conn, lid).ok().flatten(),
            Some(ServiceLevel {
                id: lid,
                ..level.clone()
            })
        );
        // The schema refuses what the model would: a share over 100 %.
        assert!(
            conn.execute(
                "INSERT INTO pillar_share (pillar_id, channel_id, percent) VALUES (?1, ?2, 150)",
                params![id, blog],
            )
            .is_err()
        );
    }
}
