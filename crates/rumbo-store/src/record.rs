//! What every kind of record shares: validation, the links that must point
//! at something, a unique name, and how it is read and written. The
//! workspace's create, update and list operations are written once on top.

use rumbo_core::error::{Entity, FieldIssue, IssueKind};
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{
    Activity, Audience, Campaign, Channel, Department, FitCriterion, InfoNeed, InternalFlow,
    Measurement, Objective, Recommendation,
};
use rumbo_core::{Error, Result};
use rusqlite::Connection;

use crate::error::Db;
use crate::table::{
    audience, campaign, channel, department, fit, internal, links, objective, recommendation,
};

/// Ids a record points at, and where they must exist.
pub struct Link {
    pub field: &'static str,
    pub table: &'static str,
    pub entity: Entity,
    pub ids: Vec<i64>,
}

fn link(
    field: &'static str,
    table: &'static str,
    entity: Entity,
    ids: impl IntoIterator<Item = i64>,
) -> Link {
    Link {
        field,
        table,
        entity,
        ids: ids.into_iter().collect(),
    }
}

pub trait Record: Sized + Clone {
    const ENTITY: Entity;
    const KIND: EntityKind;
    const TABLE: &'static str;
    /// The column (and field) that must be unique ignoring case, if any.
    const UNIQUE: Option<(&'static str, &'static str)>;

    fn id(&self) -> i64;
    fn with_id(self, id: i64) -> Self;
    fn validated(self) -> Result<Self>;
    fn name(&self) -> &str;
    fn links(&self) -> Vec<Link> {
        Vec::new()
    }
    fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>>;
    fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>>;
    fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64>;
    /// Checks that need the database beyond links and names.
    fn check(&self, _conn: &Connection) -> Result<()> {
        Ok(())
    }
}

/// Everything the store refuses about `record`, before writing it.
pub fn check<R: Record>(conn: &Connection, record: &R) -> Result<()> {
    for l in record.links() {
        if !links::all_exist(conn, l.table, &l.ids).db()? {
            return Err(Error::Validation(vec![FieldIssue::new(
                l.field,
                IssueKind::UnknownLink { entity: l.entity },
            )]));
        }
    }
    if let Some((column, field)) = R::UNIQUE
        && links::id_by_name(conn, R::TABLE, column, record.name(), record.id())
            .db()?
            .is_some()
    {
        return Err(rumbo_core::model::duplicate_name(R::ENTITY, field));
    }
    record.check(conn)
}

macro_rules! record_links {
    (Department) => {};
    (Activity) => {};
    (FitCriterion) => {};
    (Recommendation) => {
        fn links(&self) -> Vec<Link> {
            vec![link(
                "departmentId",
                "department",
                Entity::Department,
                self.department_id,
            )]
        }
    };
    (Audience) => {
        fn links(&self) -> Vec<Link> {
            vec![link(
                "channelIds",
                "channel",
                Entity::Channel,
                self.channel_ids.clone(),
            )]
        }
    };
    (Channel) => {
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
            ]
        }
    };
    (Objective) => {
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
    };
    (Campaign) => {
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
    };
    (InternalFlow) => {
        fn links(&self) -> Vec<Link> {
            vec![link(
                "departmentId",
                "department",
                Entity::Department,
                self.department_id,
            )]
        }
    };
    (InfoNeed) => {
        fn links(&self) -> Vec<Link> {
            vec![
                link(
                    "departmentId",
                    "department",
                    Entity::Department,
                    self.department_id,
                ),
                link("flowId", "flow", Entity::InternalFlow, self.flow_id),
            ]
        }
    };
    (Measurement) => {
        fn links(&self) -> Vec<Link> {
            vec![link(
                "objectiveId",
                "objective",
                Entity::Objective,
                Some(self.objective_id),
            )]
        }
        fn check(&self, conn: &Connection) -> Result<()> {
            if objective::measurement_on(conn, self).db()?.is_some() {
                return Err(Error::Validation(vec![FieldIssue::new(
                    "date",
                    IssueKind::Duplicate {
                        entity: Entity::Measurement,
                    },
                )]));
            }
            Ok(())
        }
    };
}

macro_rules! simple_record {
    ($t:ident, $entity:ident, $kind:ident, $table:literal, $unique:expr, $name:ident, $module:ident :: { $get:ident, $list:ident, $put:ident }) => {
        impl Record for $t {
            const ENTITY: Entity = Entity::$entity;
            const KIND: EntityKind = EntityKind::$kind;
            const TABLE: &'static str = $table;
            const UNIQUE: Option<(&'static str, &'static str)> = $unique;

            fn id(&self) -> i64 {
                self.id
            }
            fn with_id(self, id: i64) -> Self {
                Self { id, ..self }
            }
            fn validated(self) -> Result<Self> {
                <$t>::validated(self)
            }
            fn name(&self) -> &str {
                &self.$name
            }
            fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<Self>> {
                $module::$get(conn, id)
            }
            fn list(conn: &Connection) -> rusqlite::Result<Vec<Self>> {
                $module::$list(conn)
            }
            fn put(conn: &Connection, record: &Self, insert: bool) -> rusqlite::Result<i64> {
                $module::$put(conn, record, insert)
            }
            record_links!($t);
        }
    };
}

simple_record!(Department, Department, Department, "department", Some(("name", "name")), name, department::{get, list, put});
simple_record!(Activity, Activity, Activity, "activity", Some(("name", "name")), name, department::{get_activity, activities, put_activity});
simple_record!(Audience, Audience, Audience, "audience", Some(("name", "name")), name, audience::{get, list, put});
simple_record!(FitCriterion, FitCriterion, FitCriterion, "fit_criterion", Some(("name", "name")), name, fit::{get, list, put});
simple_record!(Channel, Channel, Channel, "channel", Some(("name", "name")), name, channel::{get, list, put});
simple_record!(Objective, Objective, Objective, "objective", Some(("title", "title")), title, objective::{get, list, put});
simple_record!(Measurement, Measurement, Measurement, "measurement", None, note, objective::{get_measurement, all_measurements, put_measurement});
simple_record!(Campaign, Campaign, Campaign, "campaign", Some(("name", "name")), name, campaign::{get, list, put});
simple_record!(InternalFlow, InternalFlow, Flow, "flow", None, name, internal::{get, list, put});
simple_record!(InfoNeed, InfoNeed, InfoNeed, "info_need", None, what, internal::{get_need, needs, put_need});
simple_record!(Recommendation, Recommendation, Recommendation, "recommendation", None, title, recommendation::{get, list, put});

/// The table of a kind of record.
pub fn table(kind: EntityKind) -> Option<&'static str> {
    Some(match kind {
        EntityKind::Department => Department::TABLE,
        EntityKind::Activity => Activity::TABLE,
        EntityKind::Audience => Audience::TABLE,
        EntityKind::FitCriterion => FitCriterion::TABLE,
        EntityKind::Channel => Channel::TABLE,
        EntityKind::Objective => Objective::TABLE,
        EntityKind::Measurement => Measurement::TABLE,
        EntityKind::Campaign => Campaign::TABLE,
        EntityKind::Flow => InternalFlow::TABLE,
        EntityKind::InfoNeed => InfoNeed::TABLE,
        EntityKind::Recommendation => Recommendation::TABLE,
        EntityKind::RaciCell => return None,
    })
}

pub fn entity(kind: EntityKind) -> Entity {
    match kind {
        EntityKind::Department => Entity::Department,
        EntityKind::Activity => Entity::Activity,
        EntityKind::Audience => Entity::Audience,
        EntityKind::FitCriterion => Entity::FitCriterion,
        EntityKind::Channel => Entity::Channel,
        EntityKind::Objective => Entity::Objective,
        EntityKind::Measurement => Entity::Measurement,
        EntityKind::Campaign => Entity::Campaign,
        EntityKind::Flow => Entity::InternalFlow,
        EntityKind::InfoNeed => Entity::InfoNeed,
        EntityKind::Recommendation => Entity::Recommendation,
        EntityKind::RaciCell => Entity::Department,
    }
}

/// The column that names a record of each table, for messages.
pub fn name_column(table: &str) -> &'static str {
    match table {
        "objective" | "recommendation" => "title",
        "info_need" => "what",
        "measurement" => "date",
        _ => "name",
    }
}
