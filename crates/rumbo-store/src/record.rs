//! What every kind of record shares: validation, the links that must point
//! at something, a unique name, and how it is read and written. Each kind
//! implements [`Record`] in its own table module; the workspace's create,
//! update, list and delete are written once on top, and the dispatch by
//! [`EntityKind`] below comes from the one list of kinds
//! ([`rumbo_core::for_each_record!`]).

use rumbo_core::error::{Entity, FieldIssue, IssueKind};
use rumbo_core::interchange::{InDoc, WorkspaceDoc};
use rumbo_core::ipc::EntityKind;
#[allow(clippy::wildcard_imports)]
use rumbo_core::model::*;
use rumbo_core::{Error, Result};
use rusqlite::Connection;

use crate::error::Db;
use crate::table::links;

/// Ids a record points at, and where they must exist.
pub struct Link {
    pub field: &'static str,
    pub table: &'static str,
    pub entity: Entity,
    pub ids: Vec<i64>,
}

/// The ids in `field` must be rows of `table` (records of `entity`).
pub fn link(
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

pub trait Record:
    Sized + Clone + Send + 'static + serde::Serialize + serde::de::DeserializeOwned + InDoc
{
    const ENTITY: Entity;
    const KIND: EntityKind;
    const TABLE: &'static str;
    /// The column that names a record in messages (what a deletion removes).
    const NAME_COLUMN: &'static str;
    /// The column (and field) that must be unique ignoring case, if any.
    const UNIQUE: Option<(&'static str, &'static str)>;
    /// The link tables that hold this kind's links (its id lists): a change
    /// there changes records of this kind.
    const LINK_TABLES: &'static [&'static str] = &[];
    /// Ordered by a `position` column: a new record goes last.
    const ORDERED: bool = false;

    fn id(&self) -> i64;
    fn with_id(self, id: i64) -> Self;
    fn validated(self) -> Result<Self>;
    fn name(&self) -> &str;
    /// The record at `position` (for [`Record::ORDERED`] kinds).
    fn with_position(self, _position: i64) -> Self {
        self
    }
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
    /// The record as an import writes it: links that another kind writes
    /// from its side (the same link table) left out.
    fn imported(&self) -> Self {
        self.clone()
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

/// Reads every record of every kind into `doc`, each list by id.
pub fn export_all(conn: &Connection, doc: &mut WorkspaceDoc) -> Result<()> {
    struct Export<'a> {
        conn: &'a Connection,
        doc: &'a mut WorkspaceDoc,
    }
    impl Visitor for Export<'_> {
        type Output = Result<()>;
        fn visit<R: Record>(self) -> Result<()> {
            let mut all = R::list(self.conn).db()?;
            all.sort_by_key(Record::id);
            *R::of_mut(self.doc) = all;
            Ok(())
        }
    }
    for kind in EntityKind::RECORDS {
        visit(
            *kind,
            Export {
                conn,
                doc: &mut *doc,
            },
        )
        .unwrap_or(Ok(()))?;
    }
    Ok(())
}

/// Writes every record of every kind in `doc`, keeping their ids, each kind
/// after the kinds it links to.
pub fn import_all(conn: &Connection, doc: &WorkspaceDoc) -> Result<()> {
    struct Import<'a> {
        conn: &'a Connection,
        doc: &'a WorkspaceDoc,
    }
    impl Visitor for Import<'_> {
        type Output = Result<()>;
        fn visit<R: Record>(self) -> Result<()> {
            R::of(self.doc)
                .iter()
                .try_for_each(|r| R::put(self.conn, &r.imported(), true).map(|_| ()).db())
        }
    }
    for kind in EntityKind::RECORDS {
        visit(*kind, Import { conn, doc }).unwrap_or(Ok(()))?;
    }
    Ok(())
}

/// The RACI grid's table: cells, not records.
pub const RACI_TABLE: &str = "raci";

/// Tables that hold no records but link to them, so that a deletion can
/// change them (a channel deleted clears the crisis playbook's single voice).
const LINKING_TABLES: &[&str] = &["crisis_plan"];

/// What each kind's [`Record`] says, by kind.
struct Facts {
    table: &'static str,
    entity: Entity,
    name_column: &'static str,
    link_tables: &'static [&'static str],
}

macro_rules! dispatch {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        fn facts(kind: EntityKind) -> Option<Facts> {
            match kind {
                $(EntityKind::$kind => Some(Facts {
                    table: <$kind as Record>::TABLE,
                    entity: <$kind as Record>::ENTITY,
                    name_column: <$kind as Record>::NAME_COLUMN,
                    link_tables: <$kind as Record>::LINK_TABLES,
                }),)*
                EntityKind::RaciCell => None,
            }
        }

        /// Calls the visitor with the record type of `kind`; `None` for the
        /// RACI cell, which is no record.
        pub fn visit<V: Visitor>(kind: EntityKind, visitor: V) -> Option<V::Output> {
            match kind {
                $(EntityKind::$kind => Some(visitor.visit::<$kind>()),)*
                EntityKind::RaciCell => None,
            }
        }
    };
}
rumbo_core::for_each_record!(dispatch);

/// Something to do with the record type of a kind known only at run time
/// (the window's record commands): see [`visit`].
pub trait Visitor {
    type Output;
    fn visit<R: Record>(self) -> Self::Output;
}

/// The table of a kind of record (none for the RACI cell).
pub fn table(kind: EntityKind) -> Option<&'static str> {
    facts(kind).map(|f| f.table)
}

/// How messages name a kind.
pub fn entity(kind: EntityKind) -> Entity {
    facts(kind).map_or(Entity::Department, |f| f.entity)
}

/// The column that names a record of `kind`, for messages.
pub fn name_column(kind: EntityKind) -> Option<&'static str> {
    facts(kind).map(|f| f.name_column)
}

/// The kinds whose records a change to `table` changes (none for tables
/// that hold no records: the profile, settings, versions).
pub fn kinds_of_table(table: &str) -> Vec<EntityKind> {
    if table == RACI_TABLE {
        return vec![EntityKind::RaciCell];
    }
    EntityKind::RECORDS
        .iter()
        .copied()
        .filter(|kind| {
            facts(*kind).is_some_and(|f| f.table == table || f.link_tables.contains(&table))
        })
        .collect()
}

/// Every table that holds records, their links or the RACI grid: what a
/// deletion can touch.
pub fn record_tables() -> Vec<&'static str> {
    let mut tables: Vec<&'static str> = Vec::new();
    for facts in EntityKind::RECORDS.iter().filter_map(|k| facts(*k)) {
        for table in std::iter::once(facts.table).chain(facts.link_tables.iter().copied()) {
            if !tables.contains(&table) {
                tables.push(table);
            }
        }
    }
    tables.push(RACI_TABLE);
    tables.extend_from_slice(LINKING_TABLES);
    tables
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_table_and_the_tables_name_their_kinds() {
        for kind in EntityKind::RECORDS {
            let table = table(*kind).unwrap_or_else(|| panic!("{kind:?} has no table"));
            assert!(kinds_of_table(table).contains(kind), "{kind:?}");
        }
        assert_eq!(table(EntityKind::RaciCell), None);
        assert_eq!(kinds_of_table("raci"), [EntityKind::RaciCell]);
        // A link shows on both sides.
        assert_eq!(
            kinds_of_table("channel_audience"),
            [EntityKind::Audience, EntityKind::Channel]
        );
        assert_eq!(kinds_of_table("channel_fit"), [EntityKind::Channel]);
        assert!(kinds_of_table("profile").is_empty());
        assert_eq!(name_column(EntityKind::InfoNeed), Some("what"));
        let tables = record_tables();
        let mut unique = tables.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), tables.len());
        assert_eq!(tables.len(), 40, "{tables:?}");
        assert_eq!(
            kinds_of_table("moderation_rule_channel"),
            [EntityKind::ModerationRule]
        );
        assert!(kinds_of_table("crisis_plan").is_empty());
    }
}
