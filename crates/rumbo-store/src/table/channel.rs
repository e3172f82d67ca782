//! `channel`, with its side of `channel_audience`, its `channel_fit` scores
//! and its account (`account.rs`).

use chrono::Utc;
use rumbo_core::model::{Channel, ChannelStatus, Network};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{account, fit, links, parse_enum, time_text};
use crate::error::Db;
use crate::record::{Link, Record, link};
use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;

const SELECT: &str = "SELECT id, network, name, handle, status, purpose, tone, cadence, owner, \
                      owner_department_id, weekly_effort_hours, rejection_reason, notes, \
                      effort_known, network_name, comments_open, moderator FROM channel";

fn channel(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<Channel> {
    let id = row.get(0)?;
    let network: String = row.get(1)?;
    let status: String = row.get(4)?;
    let (account, lifecycle) = account::get(conn, id)?;
    Ok(Channel {
        id,
        network: parse_enum(1, &network, Network::parse)?,
        network_name: row.get(14)?,
        name: row.get(2)?,
        handle: row.get(3)?,
        status: match lifecycle {
            Some(refined) => refined,
            None => parse_enum(4, &status, ChannelStatus::parse)?,
        },
        purpose: row.get(5)?,
        tone: row.get(6)?,
        cadence: row.get(7)?,
        owner: row.get(8)?,
        owner_department_id: row.get(9)?,
        weekly_effort_hours: row.get::<_, bool>(13)?.then(|| row.get(10)).transpose()?,
        rejection_reason: row.get(11)?,
        notes: row.get(12)?,
        comments_open: row.get(15)?,
        moderator: row.get(16)?,
        audience_ids: links::get(conn, "channel_audience", "channel_id", "audience_id", id)?,
        fit_scores: fit::scores(conn, id)?,
        account,
    })
}

/// Every channel in a stable order: by status in the strategy's order, then name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<Channel>> {
    let mut statement =
        conn.prepare_cached(&format!("{SELECT} ORDER BY name COLLATE NOCASE, id"))?;
    let rows = statement.query_map([], |r| channel(conn, r))?;
    let mut channels: Vec<Channel> = rows.collect::<rusqlite::Result<_>>()?;
    // Stable: within a status, the order by name stays.
    channels.sort_by_key(|c| list_rank(c.status));
    Ok(channels)
}

/// Where a status comes in the list: what is running first.
fn list_rank(status: ChannelStatus) -> u8 {
    match status {
        ChannelStatus::Active => 0,
        ChannelStatus::UnderReview => 1,
        ChannelStatus::Planned => 2,
        ChannelStatus::Requested => 3,
        ChannelStatus::Paused => 4,
        ChannelStatus::Dormant => 5,
        ChannelStatus::Considered => 6,
        ChannelStatus::Retired => 7,
        ChannelStatus::Rejected => 8,
    }
}

/// Every channel by id, the order of the JSON format.
pub fn list_by_id(conn: &Connection) -> rusqlite::Result<Vec<Channel>> {
    let mut statement = conn.prepare_cached(&format!("{SELECT} ORDER BY id"))?;
    let rows = statement.query_map([], |r| channel(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Channel>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| {
        channel(conn, r)
    })
    .optional()
}

/// Inserts (keeping `c.id` when positive, for imports) or updates a channel
/// with its audience links and fit scores.
pub fn put(conn: &Connection, c: &Channel, insert: bool) -> rusqlite::Result<i64> {
    let now = time_text(&Utc::now());
    let (status, lifecycle) = account::split(c.status);
    let id = if insert {
        conn.execute(
            "INSERT INTO channel (id, network, name, handle, status, purpose, tone, cadence, owner,
               owner_department_id, weekly_effort_hours, rejection_reason, notes, created_at, updated_at,
               effort_known, network_name, comments_open, moderator)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16,
                     ?17, ?18)",
            params![
                (c.id > 0).then_some(c.id),
                c.network.as_str(),
                c.name,
                c.handle,
                status.as_str(),
                c.purpose,
                c.tone,
                c.cadence,
                c.owner,
                c.owner_department_id,
                c.weekly_effort_hours.unwrap_or(0.0),
                c.rejection_reason,
                c.notes,
                now,
                c.weekly_effort_hours.is_some(),
                c.network_name,
                c.comments_open,
                c.moderator,
            ],
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE channel SET network = ?2, name = ?3, handle = ?4, status = ?5, purpose = ?6, tone = ?7,
               cadence = ?8, owner = ?9, owner_department_id = ?10, weekly_effort_hours = ?11,
               rejection_reason = ?12, notes = ?13, updated_at = ?14, effort_known = ?15,
               network_name = ?16, comments_open = ?17, moderator = ?18
             WHERE id = ?1",
            params![
                c.id,
                c.network.as_str(),
                c.name,
                c.handle,
                status.as_str(),
                c.purpose,
                c.tone,
                c.cadence,
                c.owner,
                c.owner_department_id,
                c.weekly_effort_hours.unwrap_or(0.0),
                c.rejection_reason,
                c.notes,
                now,
                c.weekly_effort_hours.is_some(),
                c.network_name,
                c.comments_open,
                c.moderator,
            ],
        )?;
        c.id
    };
    links::set(
        conn,
        "channel_audience",
        "channel_id",
        "audience_id",
        id,
        &c.audience_ids,
    )?;
    fit::set_scores(conn, id, &c.fit_scores)?;
    account::put(conn, id, lifecycle, &c.account)?;
    Ok(id)
}

impl Record for Channel {
    const ENTITY: Entity = Entity::Channel;
    const KIND: EntityKind = EntityKind::Channel;
    const TABLE: &'static str = "channel";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = Some(("name", "name"));
    const LINK_TABLES: &'static [&'static str] = &[
        "channel_audience",
        "channel_fit",
        "channel_account",
        "channel_admin",
    ];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        Channel::validated(self)
    }
    fn name(&self) -> &str {
        &self.name
    }
    fn links(&self) -> Vec<Link> {
        vec![
            link(
                "ownerDepartmentId",
                "department",
                Entity::Department,
                self.owner_department_id,
            ),
            link(
                "audienceIds",
                "audience",
                Entity::Audience,
                self.audience_ids.clone(),
            ),
            link(
                "fitScores",
                "fit_criterion",
                Entity::FitCriterion,
                self.fit_scores.iter().map(|s| s.criterion_id),
            ),
            link(
                "account.managerId",
                "person",
                Entity::Person,
                self.account.manager_id,
            ),
            link(
                "account.adminIds",
                "person",
                Entity::Person,
                self.account.admin_ids.clone(),
            ),
        ]
    }
    /// The gate of the four questions, against the channel as stored.
    fn check(&self, conn: &Connection) -> Result<()> {
        let before = if self.id > 0 {
            get(conn, self.id).db()?
        } else {
            None
        };
        rumbo_core::model::check(self.gate_issues(before.as_ref()))
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
    use rumbo_core::model::{Audience, FitCriterion, FitScore};

    #[test]
    fn a_channel_keeps_its_links_and_scores_in_a_real_file() {
        let (_dir, conn) = scratch();
        let audience =
            crate::table::audience::put(&conn, &Audience::new("Jóvenes"), true).unwrap_or(0);
        let criterion = FitCriterion {
            id: 0,
            name: "Presencia".into(),
            description: String::new(),
            weight: 3,
            position: 1,
        };
        let criterion = fit::put(&conn, &criterion, true).unwrap_or(0);
        let mut c = Channel::new(Network::Instagram, "Instagram", ChannelStatus::Active);
        c.weekly_effort_hours = Some(3.5);
        c.audience_ids = vec![audience];
        c.fit_scores = vec![FitScore {
            criterion_id: criterion,
            score: 4,
        }];
        let id = put(&conn, &c, true).unwrap_or(0);
        assert_eq!(
            get(&conn, id).ok().flatten(),
            Some(Channel { id, ..c.clone() })
        );

        let changed = Channel {
            id,
            audience_ids: vec![],
            fit_scores: vec![],
            status: ChannelStatus::Paused,
            ..c
        };
        assert!(put(&conn, &changed, false).is_ok());
        assert_eq!(get(&conn, id).ok().flatten(), Some(changed));
        assert!(
            conn.execute("DELETE FROM channel WHERE id = ?1", [id])
                .is_ok()
        );
        assert_eq!(get(&conn, id).ok().flatten(), None);
    }

    #[test]
    fn list_orders_by_status_then_name_and_the_schema_refuses_impossible_values() {
        let (_dir, conn) = scratch();
        for (name, status) in [
            ("zeta", ChannelStatus::Active),
            ("Beta", ChannelStatus::Rejected),
            ("alfa", ChannelStatus::Active),
            ("gamma", ChannelStatus::Planned),
        ] {
            assert!(put(&conn, &Channel::new(Network::Blog, name, status), true).is_ok());
        }
        let names: Vec<String> = list(&conn)
            .unwrap_or_default()
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names, ["alfa", "zeta", "gamma", "Beta"]);
        assert!(
            put(
                &conn,
                &Channel::new(Network::Blog, "ZETA", ChannelStatus::Active),
                true
            )
            .is_err()
        );
        let mut bad = Channel::new(Network::Blog, "x", ChannelStatus::Active);
        bad.weekly_effort_hours = Some(500.0);
        assert!(put(&conn, &bad, true).is_err());
    }
}
