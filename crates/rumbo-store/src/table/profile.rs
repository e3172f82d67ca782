//! `profile`: the single row describing the organization.

use chrono::{DateTime, NaiveDate, Utc};
use rumbo_core::model::{Gender, Profile};
use rusqlite::types::Type;
use rusqlite::{Connection, OptionalExtension, params};

use super::time_text;

const COLUMNS: &str = "name, sector, mission, culture, org_values, brand_voice, cm_name, \
                       cm_reports_to, languages, planning_start, planning_end, name_in_sentence, \
                       name_gender, cm_title, cm_title_gender";

fn gender(index: usize, code: Option<String>) -> rusqlite::Result<Option<Gender>> {
    code.map(|c| super::parse_enum(index, &c, Gender::parse))
        .transpose()
}

/// The profile; `None` only in a file whose profile row was never written.
pub fn get(conn: &Connection) -> rusqlite::Result<Option<Profile>> {
    let sql = format!("SELECT {COLUMNS} FROM profile WHERE id = 1");
    conn.query_row(&sql, [], |row| {
        let languages: String = row.get(8)?;
        let languages = serde_json::from_str(&languages)
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(8, Type::Text, Box::new(e)))?;
        Ok(Profile {
            name: row.get(0)?,
            sector: row.get(1)?,
            mission: row.get(2)?,
            culture: row.get(3)?,
            values: row.get(4)?,
            brand_voice: row.get(5)?,
            cm_name: row.get(6)?,
            cm_reports_to: row.get(7)?,
            languages,
            planning_start: row.get::<_, Option<NaiveDate>>(9)?,
            planning_end: row.get::<_, Option<NaiveDate>>(10)?,
            name_in_sentence: row.get(11)?,
            name_gender: gender(12, row.get(12)?)?,
            cm_title: row.get(13)?,
            cm_title_gender: gender(14, row.get(14)?)?,
        })
    })
    .optional()
}

/// Writes the profile (insert or replace the single row).
pub fn put(conn: &Connection, profile: &Profile, now: &DateTime<Utc>) -> rusqlite::Result<()> {
    let languages = serde_json::to_string(&profile.languages)
        .map_err(|e| rusqlite::Error::ToSqlConversionFailure(Box::new(e)))?;
    conn.execute(
        &format!(
            "INSERT INTO profile (id, {COLUMNS}, updated_at)
             VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
             ON CONFLICT (id) DO UPDATE SET
               name = excluded.name, sector = excluded.sector, mission = excluded.mission,
               culture = excluded.culture, org_values = excluded.org_values,
               brand_voice = excluded.brand_voice, cm_name = excluded.cm_name,
               cm_reports_to = excluded.cm_reports_to, languages = excluded.languages,
               planning_start = excluded.planning_start, planning_end = excluded.planning_end,
               name_in_sentence = excluded.name_in_sentence, name_gender = excluded.name_gender,
               cm_title = excluded.cm_title, cm_title_gender = excluded.cm_title_gender,
               updated_at = excluded.updated_at"
        ),
        params![
            profile.name,
            profile.sector,
            profile.mission,
            profile.culture,
            profile.values,
            profile.brand_voice,
            profile.cm_name,
            profile.cm_reports_to,
            languages,
            profile.planning_start,
            profile.planning_end,
            profile.name_in_sentence,
            profile.name_gender.map(|g| g.as_str()),
            profile.cm_title,
            profile.cm_title_gender.map(|g| g.as_str()),
            time_text(now),
        ],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::scratch;

    #[test]
    fn profile_round_trips_through_a_real_file() {
        let (_dir, conn) = scratch();
        assert_eq!(get(&conn).ok().flatten(), None);
        let profile = Profile {
            name: "Ñandú Cooperativa".into(),
            values: "Cercanía · Transparencia".into(),
            languages: vec!["Español".into(), "Euskara".into()],
            planning_start: NaiveDate::from_ymd_opt(2027, 1, 1),
            ..Profile::default()
        };
        assert!(put(&conn, &profile, &Utc::now()).is_ok());
        assert_eq!(get(&conn).ok().flatten(), Some(profile.clone()));
        let renamed = Profile {
            name: "Otra".into(),
            ..profile
        };
        assert!(put(&conn, &renamed, &Utc::now()).is_ok());
        assert_eq!(get(&conn).ok().flatten(), Some(renamed));
        let rows: i64 = conn
            .query_row("SELECT count(*) FROM profile", [], |r| r.get(0))
            .unwrap_or(-1);
        assert_eq!(rows, 1);
    }
}
