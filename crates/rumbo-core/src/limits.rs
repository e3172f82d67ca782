//! How much Rumbo reads and holds: far above any real strategy, so that a
//! person never meets them, and low enough that a hostile or broken input is
//! refused at once instead of exhausting the machine's memory or time.
//! `docs/json-format.md` states them for people.

use serde_json::{Map, Value};

use crate::error::{Entity, Error, Result};

/// The largest file (or standard input) Rumbo reads: a JSON export, a CSV
/// file. The largest real strategy seen is well under 1 MB; the benchmark's
/// large workspace (200 channels, 1,000 objectives) is about 1.3 MB.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// The most records of each kind a workspace holds, with the name of their
/// list in the JSON format.
pub const RECORDS: &[(Entity, &str, usize)] = &[
    (Entity::Department, "departments", 500),
    (Entity::Activity, "activities", 100),
    (Entity::Audience, "audiences", 500),
    (Entity::FitCriterion, "fitCriteria", 50),
    (Entity::Channel, "channels", 2_000),
    (Entity::Objective, "objectives", 2_000),
    (Entity::Measurement, "measurements", 100_000),
    (Entity::Campaign, "campaigns", 2_000),
    (Entity::InternalFlow, "flows", 2_000),
    (Entity::InfoNeed, "infoNeeds", 2_000),
    (Entity::Recommendation, "recommendations", 5_000),
    (Entity::Acknowledgement, "acknowledgements", 10_000),
];

/// The most records of `entity` a workspace holds (`usize::MAX` for a kind
/// without a limit).
pub fn max_records(entity: Entity) -> usize {
    RECORDS
        .iter()
        .find(|(e, _, _)| *e == entity)
        .map_or(usize::MAX, |(_, _, max)| *max)
}

/// Fails with [`Error::TooMany`] when adding `adding` records of `entity`
/// to `existing` ones would go beyond the limit.
pub fn check_count(entity: Entity, existing: usize, adding: usize) -> Result<()> {
    let max = max_records(entity);
    let found = existing.saturating_add(adding);
    if found > max {
        return Err(Error::TooMany { entity, found, max });
    }
    Ok(())
}

/// Checks the lists of a JSON document (as read, before its records are
/// built): each within its limit. Cheap, so it runs first.
pub fn check_json(object: &Map<String, Value>) -> Result<()> {
    for (entity, key, _) in RECORDS {
        if let Some(Value::Array(list)) = object.get(*key) {
            check_count(*entity, 0, list.len())?;
        }
    }
    // The RACI grid has at most one cell per department and activity.
    if let Some(Value::Array(cells)) = object.get("raci") {
        let most = max_records(Entity::Department) * max_records(Entity::Activity);
        if cells.len() > most {
            return Err(Error::TooMany {
                entity: Entity::RaciCell,
                found: cells.len(),
                max: most,
            });
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_are_far_above_the_large_benchmark_workspace() {
        let large = crate::large::workspace(crate::Lang::En);
        assert!(large.channels.len() * 5 <= max_records(Entity::Channel));
        assert!(large.objectives.len() * 2 <= max_records(Entity::Objective));
        let json = large.to_json().unwrap_or_default();
        assert!(
            (json.len() as u64) * 10 <= MAX_INPUT_BYTES,
            "{}",
            json.len()
        );
    }

    #[test]
    fn a_list_beyond_its_limit_is_refused_by_its_length_alone() {
        let mut object = Map::new();
        object.insert(
            "channels".into(),
            Value::Array(vec![Value::Null; max_records(Entity::Channel) + 1]),
        );
        assert_eq!(
            check_json(&object),
            Err(Error::TooMany {
                entity: Entity::Channel,
                found: 2_001,
                max: 2_000
            })
        );
        object.insert("channels".into(), Value::Array(vec![Value::Null; 2_000]));
        assert_eq!(check_json(&object), Ok(()));
    }
}
