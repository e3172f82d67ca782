//! The JSON interchange format: a whole workspace as one versioned document.
//!
//! `docs/json-format.md` describes it for people. Reading is strict — unknown
//! fields, bad values and files from a newer Rumbo are refused with a clear
//! error — so that a round trip through JSON is lossless. Older versions are
//! migrated step by step in [`migrate`].

use std::collections::HashSet;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::error::{Entity, Error, FieldIssue, IssueKind, Result};
use crate::model::{Channel, Profile};

/// The value of the document's `format` field.
pub const FORMAT_NAME: &str = "rumbo-workspace";
/// The version this Rumbo writes, and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// A whole workspace.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct WorkspaceDoc {
    pub format: String,
    pub version: u32,
    pub profile: Profile,
    pub channels: Vec<Channel>,
}

impl WorkspaceDoc {
    pub fn new(profile: Profile, channels: Vec<Channel>) -> WorkspaceDoc {
        WorkspaceDoc {
            format: FORMAT_NAME.to_string(),
            version: FORMAT_VERSION,
            profile,
            channels,
        }
    }

    /// The document as pretty JSON with a final newline. Deterministic: the
    /// same workspace always gives the same bytes.
    pub fn to_json(&self) -> Result<String> {
        let mut text =
            serde_json::to_string_pretty(self).map_err(|e| Error::Internal(e.to_string()))?;
        text.push('\n');
        Ok(text)
    }

    /// Reads, migrates and checks a document.
    pub fn from_json(text: &str) -> Result<WorkspaceDoc> {
        let value: Value = serde_json::from_str(text).map_err(|e| Error::BadJson {
            detail: e.to_string(),
        })?;
        let Value::Object(object) = &value else {
            return Err(Error::BadJson {
                detail: "the file does not hold a JSON object".into(),
            });
        };
        if object.get("format").and_then(Value::as_str) != Some(FORMAT_NAME) {
            return Err(Error::BadJson {
                detail: format!("it has no \"format\": \"{FORMAT_NAME}\" field"),
            });
        }
        let version = object
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|v| u32::try_from(v).ok())
            .filter(|v| *v >= 1)
            .ok_or_else(|| Error::BadJson {
                detail: "it has no valid \"version\" number".into(),
            })?;
        if version > FORMAT_VERSION {
            return Err(Error::UnsupportedJsonVersion {
                found: version,
                supported: FORMAT_VERSION,
            });
        }
        let value = migrate(value, version)?;
        let doc: WorkspaceDoc = serde_json::from_value(value).map_err(|e| Error::BadJson {
            detail: e.to_string(),
        })?;
        doc.check()?;
        Ok(doc)
    }

    /// What the storage would refuse, refused before anything is written.
    fn check(&self) -> Result<()> {
        let invalid =
            |location: String, issue: FieldIssue| Error::JsonInvalidData { location, issue };
        if let Some(issue) = self
            .profile
            .clone()
            .normalized()
            .issues()
            .into_iter()
            .next()
        {
            return Err(invalid(format!("profile.{}", issue.field), issue));
        }
        let mut ids = HashSet::new();
        let mut names = HashSet::new();
        for (index, channel) in self.channels.iter().enumerate() {
            let location = |field: &str| format!("channels[{index}].{field}");
            if let Some(issue) = channel.input().normalized().issues().into_iter().next() {
                return Err(invalid(location(issue.field), issue));
            }
            if channel.id < 1 || !ids.insert(channel.id) {
                return Err(Error::BadJson {
                    detail: format!("{} is missing or repeated", location("id")),
                });
            }
            if !names.insert(channel.name.trim().to_lowercase()) {
                let issue = FieldIssue::new(
                    "name",
                    IssueKind::Duplicate {
                        entity: Entity::Channel,
                    },
                );
                return Err(invalid(location("name"), issue));
            }
        }
        Ok(())
    }
}

/// Brings a document of an older `version` up to [`FORMAT_VERSION`], one step
/// at a time. Version 1 is the first; later versions add a step here.
fn migrate(value: Value, version: u32) -> Result<Value> {
    let mut value = value;
    let mut at = version;
    while at < FORMAT_VERSION {
        // No older version exists yet; each future bump adds `at => step(value)`.
        at += 1;
    }
    if let Value::Object(object) = &mut value {
        object.insert("version".into(), Value::from(FORMAT_VERSION));
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;
    use crate::sample;

    #[test]
    fn the_sample_round_trips_exactly() {
        for lang in Lang::ALL {
            let doc = sample::workspace(lang);
            let text = doc.to_json().unwrap_or_default();
            let back = WorkspaceDoc::from_json(&text);
            assert_eq!(back.as_ref().ok(), Some(&doc));
            assert_eq!(back.and_then(|d| d.to_json()).unwrap_or_default(), text);
        }
    }

    #[test]
    fn refuses_what_it_cannot_read_losslessly() {
        let good = sample::workspace(Lang::En).to_json().unwrap_or_default();
        let cases = [
            ("", "bad_json"),
            ("[1,2]", "bad_json"),
            ("{\"format\":\"other\",\"version\":1}", "bad_json"),
            ("{\"format\":\"rumbo-workspace\"}", "bad_json"),
            (
                "{\"format\":\"rumbo-workspace\",\"version\":99}",
                "unsupported_json_version",
            ),
        ];
        for (text, code) in cases {
            let error = WorkspaceDoc::from_json(text).err();
            let got = error.map(|e| serde_json::to_string(&e.code()).unwrap_or_default());
            assert_eq!(got, Some(format!("\"{code}\"")), "{text}");
        }
        let unknown = good.replacen("\"handle\"", "\"hnadle\"", 1);
        assert!(matches!(
            WorkspaceDoc::from_json(&unknown),
            Err(Error::BadJson { .. })
        ));
        let unnamed = good.replacen(
            "\"name\": \"Valdoria Regional Employment Agency\"",
            "\"name\": \" \"",
            1,
        );
        assert!(matches!(
            WorkspaceDoc::from_json(&unnamed),
            Err(Error::JsonInvalidData { .. })
        ));
    }

    #[test]
    fn repeated_channel_names_and_ids_are_refused() {
        let mut doc = sample::workspace(Lang::Es);
        let mut copy = doc.channels[0].clone();
        copy.id = 999;
        doc.channels.push(copy);
        let text = doc.to_json().unwrap_or_default();
        match WorkspaceDoc::from_json(&text) {
            Err(error @ Error::JsonInvalidData { .. }) => {
                assert!(
                    error.message(Lang::Es).contains("channels["),
                    "{}",
                    error.message(Lang::Es)
                );
            }
            other => panic!("expected a duplicate-name error, got {other:?}"),
        }
        let mut doc = sample::workspace(Lang::Es);
        doc.channels[1].id = doc.channels[0].id;
        let text = doc.to_json().unwrap_or_default();
        assert!(matches!(
            WorkspaceDoc::from_json(&text),
            Err(Error::BadJson { .. })
        ));
    }
}
