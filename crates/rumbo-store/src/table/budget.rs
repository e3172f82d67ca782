//! `budget_line` and `budget_line_channel`: the budget of the channels.

use rumbo_core::Result;
use rumbo_core::error::Entity;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{BudgetCategory, BudgetLine, BudgetPeriod};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{links, parse_enum};
use crate::record::{Link, Record, link};

const SELECT: &str =
    "SELECT id, name, category, amount, currency, period, start, end_date, notes FROM budget_line";

fn line(conn: &Connection, row: &Row<'_>) -> rusqlite::Result<BudgetLine> {
    let id = row.get(0)?;
    let category: String = row.get(2)?;
    let period: String = row.get(5)?;
    Ok(BudgetLine {
        id,
        name: row.get(1)?,
        category: parse_enum(2, &category, BudgetCategory::parse)?,
        amount: row.get(3)?,
        currency: row.get(4)?,
        period: parse_enum(5, &period, BudgetPeriod::parse)?,
        start: row.get(6)?,
        end: row.get(7)?,
        channel_ids: links::get(
            conn,
            "budget_line_channel",
            "budget_line_id",
            "channel_id",
            id,
        )?,
        notes: row.get(8)?,
    })
}

/// Every line: by category in the list's order, then name.
pub fn list(conn: &Connection) -> rusqlite::Result<Vec<BudgetLine>> {
    let sql = format!(
        "{SELECT} ORDER BY
           CASE category WHEN 'paid_promotion' THEN 0 WHEN 'tools' THEN 1 WHEN 'production' THEN 2
                         WHEN 'staff' THEN 3 WHEN 'training' THEN 4 ELSE 5 END,
           name COLLATE NOCASE, id"
    );
    let mut statement = conn.prepare_cached(&sql)?;
    let rows = statement.query_map([], |r| line(conn, r))?;
    rows.collect()
}

pub fn get(conn: &Connection, id: i64) -> rusqlite::Result<Option<BudgetLine>> {
    conn.query_row(&format!("{SELECT} WHERE id = ?1"), [id], |r| line(conn, r))
        .optional()
}

pub fn put(conn: &Connection, b: &BudgetLine, insert: bool) -> rusqlite::Result<i64> {
    let values = params![
        (b.id > 0).then_some(b.id),
        b.name,
        b.category.as_str(),
        b.amount,
        b.currency,
        b.period.as_str(),
        b.start,
        b.end,
        b.notes,
    ];
    let id = if insert {
        conn.execute(
            "INSERT INTO budget_line (id, name, category, amount, currency, period, start, end_date, notes)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            values,
        )?;
        conn.last_insert_rowid()
    } else {
        conn.execute(
            "UPDATE budget_line SET name = ?2, category = ?3, amount = ?4, currency = ?5, period = ?6,
               start = ?7, end_date = ?8, notes = ?9 WHERE id = ?1",
            values,
        )?;
        b.id
    };
    links::set(
        conn,
        "budget_line_channel",
        "budget_line_id",
        "channel_id",
        id,
        &b.channel_ids,
    )?;
    Ok(id)
}

impl Record for BudgetLine {
    const ENTITY: Entity = Entity::BudgetLine;
    const KIND: EntityKind = EntityKind::BudgetLine;
    const TABLE: &'static str = "budget_line";
    const NAME_COLUMN: &'static str = "name";
    const UNIQUE: Option<(&'static str, &'static str)> = None;
    const LINK_TABLES: &'static [&'static str] = &["budget_line_channel"];

    fn id(&self) -> i64 {
        self.id
    }
    fn with_id(self, id: i64) -> Self {
        Self { id, ..self }
    }
    fn validated(self) -> Result<Self> {
        BudgetLine::validated(self)
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

    #[test]
    fn a_budget_line_round_trips_with_an_unknown_amount() {
        let (_dir, conn) = scratch();
        let mut ads = BudgetLine::new(
            "Ads for the summer programme",
            BudgetCategory::PaidPromotion,
        );
        ads.currency = "€".into();
        let id = put(&conn, &ads, true).unwrap_or(0);
        assert_eq!(
            get(&conn, id).ok().flatten(),
            Some(BudgetLine { id, ..ads.clone() })
        );
        ads.id = id;
        ads.amount = Some(1500.0);
        ads.period = BudgetPeriod::Month;
        assert!(put(&conn, &ads, false).is_ok());
        assert_eq!(get(&conn, id).ok().flatten(), Some(ads.clone()));
        ads.amount = Some(-1.0);
        assert!(put(&conn, &ads, false).is_err());
    }
}
