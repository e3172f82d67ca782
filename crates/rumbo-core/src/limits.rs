//! How much Rumbo reads and holds: far above any real strategy, so that a
//! person never meets them, and low enough that a hostile or broken input is
//! refused at once instead of exhausting the machine's memory or time.
//! `docs/json-format.md` states them for people.

use serde_json::{Map, Value};

use crate::error::{Entity, Error, Result};
use crate::interchange::WorkspaceDoc;
use crate::records::Named;

/// The largest file (or standard input) Rumbo reads: a JSON export, a CSV
/// file. The largest real strategy seen is well under 1 MB; the benchmark's
/// large workspace (200 channels, 1,000 objectives) is about 1.3 MB.
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// The most acknowledgements (findings accepted as a known risk).
pub const MOST_ACKNOWLEDGEMENTS: usize = 10_000;

macro_rules! limits {
    ($(($kind:ident, $name:literal, $field:ident)),* $(,)?) => {
        /// The most records of `entity` a workspace holds (`usize::MAX` for
        /// a kind without a limit). Each kind of record states its own,
        /// next to its type ([`Named::MOST`]).
        pub fn max_records(entity: Entity) -> usize {
            match entity {
                $(Entity::$kind => <crate::model::$kind as Named>::MOST,)*
                Entity::Acknowledgement => MOST_ACKNOWLEDGEMENTS,
                _ => usize::MAX,
            }
        }

        /// Every kind with a limit, with the name of its list in the JSON
        /// format.
        fn lists() -> Vec<(Entity, String)> {
            let mut lists = vec![$((Entity::$kind, camel(stringify!($field))),)*];
            lists.push((Entity::Acknowledgement, "acknowledgements".into()));
            lists
        }

        impl WorkspaceDoc {
            /// Every list within the limits of a workspace.
            pub fn check_limits(&self) -> Result<()> {
                $(check_count(Entity::$kind, 0, self.$field.len())?;)*
                check_count(Entity::Acknowledgement, 0, self.acknowledgements.len())
            }
        }
    };
}
crate::for_each_record!(limits);

/// `fit_criteria` → `fitCriteria`: a list's name in the JSON format.
fn camel(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
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
    for (entity, key) in lists() {
        if let Some(Value::Array(list)) = object.get(&key) {
            check_count(entity, 0, list.len())?;
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
    fn every_list_of_the_json_format_has_its_limit() {
        let names: Vec<String> = lists().into_iter().map(|(_, key)| key).collect();
        assert!(names.contains(&"fitCriteria".to_string()), "{names:?}");
        assert!(names.contains(&"infoNeeds".to_string()), "{names:?}");
        let doc = serde_json::to_value(WorkspaceDoc::default()).unwrap_or_default();
        for name in &names {
            assert!(
                doc.get(name).is_some_and(Value::is_array),
                "{name} is not a list of the format"
            );
        }
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
