//! What the writes changed. SQLite's update hook reports every row a
//! transaction inserts, updates or deletes on the connection — the rows a
//! foreign key cascades to included — and the tables they are in say which
//! kinds of records and which other parts of the workspace changed. Nothing
//! else in Rust or in the window keeps a list of what a change affects.

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex, PoisonError};

use rumbo_core::ipc::{WorkspaceChange, WorkspacePart};
use rusqlite::Connection;

use crate::record;

/// The tables changed since the last [`Tracker::take`], as the hook saw them.
#[derive(Debug, Clone, Default)]
pub(crate) struct Tracker(Arc<Mutex<BTreeSet<String>>>);

impl Tracker {
    /// Watches the workspace's tables on `conn` (not SQLite's temporary
    /// ones, where undo keeps its log).
    pub fn install(conn: &Connection) -> rusqlite::Result<Tracker> {
        let tracker = Tracker::default();
        let tables = tracker.0.clone();
        conn.update_hook(Some(move |_, database: &str, table: &str, _| {
            if database == "main" {
                let mut tables = tables.lock().unwrap_or_else(PoisonError::into_inner);
                if !tables.contains(table) {
                    tables.insert(table.to_string());
                }
            }
        }))?;
        Ok(tracker)
    }

    /// The tables changed since the last call, forgotten.
    pub fn take(&self) -> BTreeSet<String> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }
}

/// The part of the workspace a table that holds no records keeps.
fn part_of_table(table: &str) -> Option<WorkspacePart> {
    Some(match table {
        "profile" => WorkspacePart::Profile,
        "health_settings" => WorkspacePart::HealthSettings,
        "acknowledgement" => WorkspacePart::Acknowledgements,
        "document_settings" => WorkspacePart::DocumentSettings,
        "document_version" | "document_approval" => WorkspacePart::DocumentVersions,
        "crisis_plan" => WorkspacePart::CrisisPlan,
        _ => return None,
    })
}

/// What changing `tables` changed: kinds of records, and other parts.
pub(crate) fn change_of(tables: &BTreeSet<String>) -> WorkspaceChange {
    let mut kinds = BTreeSet::new();
    let mut parts = BTreeSet::new();
    for table in tables {
        kinds.extend(record::kinds_of_table(table));
        parts.extend(part_of_table(table));
    }
    WorkspaceChange {
        kinds: kinds.into_iter().collect(),
        parts: parts.into_iter().collect(),
        saved: None,
        counts: None,
    }
}
