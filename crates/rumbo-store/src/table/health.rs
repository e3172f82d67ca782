//! `health_settings` (the single row of thresholds) and `acknowledgement`
//! (findings accepted as a known risk).

use rumbo_core::model::{Acknowledgement, HealthSettings};
use rusqlite::{Connection, params};

/// The thresholds. Migration 3 writes the row, so it is always there.
pub fn settings(conn: &Connection) -> rusqlite::Result<HealthSettings> {
    conn.query_row(
        "SELECT cm_weekly_hours, answer_days, ignored_share_percent, stale_measurement_days,
                low_fit, high_fit, access_review_months, drill_months
         FROM health_settings WHERE id = 1",
        [],
        |row| {
            Ok(HealthSettings {
                cm_weekly_hours: row.get(0)?,
                answer_days: row.get(1)?,
                ignored_share_percent: row.get(2)?,
                stale_measurement_days: row.get(3)?,
                low_fit: row.get(4)?,
                high_fit: row.get(5)?,
                access_review_months: row.get(6)?,
                drill_months: row.get(7)?,
            })
        },
    )
}

pub fn put_settings(conn: &Connection, settings: &HealthSettings) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO health_settings (id, cm_weekly_hours, answer_days, ignored_share_percent,
                                      stale_measurement_days, low_fit, high_fit,
                                      access_review_months, drill_months)
         VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (id) DO UPDATE SET
           cm_weekly_hours = excluded.cm_weekly_hours, answer_days = excluded.answer_days,
           ignored_share_percent = excluded.ignored_share_percent,
           stale_measurement_days = excluded.stale_measurement_days,
           low_fit = excluded.low_fit, high_fit = excluded.high_fit,
           access_review_months = excluded.access_review_months,
           drill_months = excluded.drill_months",
        params![
            settings.cm_weekly_hours,
            settings.answer_days,
            settings.ignored_share_percent,
            settings.stale_measurement_days,
            settings.low_fit,
            settings.high_fit,
            settings.access_review_months,
            settings.drill_months,
        ],
    )?;
    Ok(())
}

/// Every acknowledgement, by key.
pub fn acknowledgements(conn: &Connection) -> rusqlite::Result<Vec<Acknowledgement>> {
    let mut statement =
        conn.prepare("SELECT key, reason, date FROM acknowledgement ORDER BY key")?;
    let rows = statement.query_map([], |row| {
        Ok(Acknowledgement {
            key: row.get(0)?,
            reason: row.get(1)?,
            date: row.get(2)?,
        })
    })?;
    rows.collect()
}

/// Records an acknowledgement, replacing an earlier one of the same finding.
pub fn acknowledge(conn: &Connection, ack: &Acknowledgement) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO acknowledgement (key, reason, date) VALUES (?1, ?2, ?3)
         ON CONFLICT (key) DO UPDATE SET reason = excluded.reason, date = excluded.date",
        params![ack.key, ack.reason, ack.date],
    )?;
    Ok(())
}

/// Withdraws an acknowledgement; `false` when there was none.
pub fn withdraw(conn: &Connection, key: &str) -> rusqlite::Result<bool> {
    Ok(conn.execute("DELETE FROM acknowledgement WHERE key = ?1", [key])? > 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::scratch;
    use chrono::NaiveDate;

    #[test]
    fn settings_and_acknowledgements_round_trip_through_a_real_file() {
        let (_dir, conn) = scratch();
        assert_eq!(settings(&conn).ok(), Some(HealthSettings::default()));
        let tighter = HealthSettings {
            cm_weekly_hours: 12.5,
            answer_days: 14,
            ..HealthSettings::default()
        };
        assert!(put_settings(&conn, &tighter).is_ok());
        assert_eq!(settings(&conn).ok(), Some(tighter));

        let date = NaiveDate::from_ymd_opt(2026, 11, 2).unwrap_or_default();
        let ack = |key: &str, reason: &str| Acknowledgement {
            key: key.into(),
            reason: reason.into(),
            date,
        };
        assert!(acknowledge(&conn, &ack("b/channel/2", "Kept for older job seekers")).is_ok());
        assert!(acknowledge(&conn, &ack("a/workspace", "Known")).is_ok());
        assert!(acknowledge(&conn, &ack("b/channel/2", "Reviewed in June")).is_ok());
        assert_eq!(
            acknowledgements(&conn).ok(),
            Some(vec![
                ack("a/workspace", "Known"),
                ack("b/channel/2", "Reviewed in June")
            ])
        );
        assert_eq!(withdraw(&conn, "a/workspace").ok(), Some(true));
        assert_eq!(withdraw(&conn, "a/workspace").ok(), Some(false));
        assert_eq!(acknowledgements(&conn).map(|a| a.len()).ok(), Some(1));
        // The schema refuses what the model would refuse.
        assert!(acknowledge(&conn, &ack("c/workspace", "")).is_err());
    }
}
