//! The window's commands for records of every kind: list, create, update,
//! delete (asked first with `delete_impact`, undone with `undo_delete`).
//! The kind picks the record type ([`rumbo_store::record::visit`], from the
//! one list of kinds); a record is read into its own type at the boundary,
//! so each kind is checked as strictly as a command of its own would be.

use rumbo_core::Error;
use rumbo_core::ipc::{DeleteImpact, EntityKind, SavedRecord, UndoToken};
use rumbo_store::Workspace;
use rumbo_store::record::{Record, Visitor, visit};
use serde_json::Value;
use tauri::{AppHandle, Runtime, State};

use crate::run::{CommandResult, checked, shared, with_workspace, write, write_saving};
use crate::state::{Shared, lock};
use crate::validate::{self, Refusal};

/// The record type of `kind` does `visitor`; the RACI cell, which is no
/// record, is refused.
fn by_kind<V: Visitor>(shared: &Shared, kind: EntityKind, visitor: V) -> CommandResult<V::Output> {
    visit(kind, visitor).ok_or_else(|| Refusal::NotARecord { kind }.to_api(lock(shared).lang()))
}

fn to_json<T: serde::Serialize>(value: &T) -> Result<Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::Internal(e.to_string()))
}

/// What a visitor does to the workspace, once the kind is known.
type Job = Box<dyn FnOnce(&mut Workspace) -> Result<Value, Error> + Send>;

struct List;

impl Visitor for List {
    type Output = Job;
    fn visit<R: Record>(self) -> Job {
        Box::new(|ws| to_json(&ws.list::<R>()?))
    }
}

struct Save {
    kind: EntityKind,
    record: Value,
    insert: bool,
}

impl Visitor for Save {
    type Output = Result<Job, Refusal>;
    fn visit<R: Record>(self) -> Result<Job, Refusal> {
        let Save {
            kind,
            record,
            insert,
        } = self;
        let record: R = serde_json::from_value(record).map_err(|e| Refusal::Malformed {
            kind,
            detail: e.to_string(),
        })?;
        Ok(Box::new(move |ws| {
            let stored = if insert {
                ws.add(record)?
            } else {
                ws.update(record)?
            };
            to_json(&stored)
        }))
    }
}

/// The records of `kind`, in the order the window lists them.
#[tauri::command]
pub async fn record_list(shared: State<'_, Shared>, kind: EntityKind) -> CommandResult<Value> {
    let job = by_kind(&shared, kind, List)?;
    with_workspace(&shared, job).await
}

/// Creates a record of `kind` (its `id` is ignored); answers it as stored.
#[tauri::command]
pub async fn record_create<R: Runtime>(
    app: AppHandle<R>,
    kind: EntityKind,
    record: Value,
) -> CommandResult<Value> {
    save(&app, kind, record, true).await
}

/// Saves the changes to a record of `kind`; answers it as stored.
#[tauri::command]
pub async fn record_update<R: Runtime>(
    app: AppHandle<R>,
    kind: EntityKind,
    record: Value,
) -> CommandResult<Value> {
    save(&app, kind, record, false).await
}

async fn save<R: Runtime>(
    app: &AppHandle<R>,
    kind: EntityKind,
    record: Value,
    insert: bool,
) -> CommandResult<Value> {
    let shared = shared(app);
    let job = by_kind(
        &shared,
        kind,
        Save {
            kind,
            record,
            insert,
        },
    )?
    .map_err(|refusal| refusal.to_api(lock(&shared).lang()))?;
    // The answer is the record as stored: the window keeps it.
    write_saving(app, job, move |stored| {
        let id = stored.get("id").and_then(Value::as_i64)?;
        Some(SavedRecord { kind, id })
    })
    .await
}

/// Deletes a record of `kind` with what depends on it; the token undoes it.
#[tauri::command]
pub async fn record_delete<R: Runtime>(
    app: AppHandle<R>,
    kind: EntityKind,
    id: i64,
) -> CommandResult<UndoToken> {
    let shared = shared(&app);
    checked(&shared, validate::id("id", id))?;
    if rumbo_store::record::table(kind).is_none() {
        return Err(Refusal::NotARecord { kind }.to_api(lock(&shared).lang()));
    }
    write(&app, move |ws| ws.delete(kind, id)).await
}

/// What deleting `kind` `id` would unlink or remove, with names.
#[tauri::command]
pub async fn delete_impact(
    shared: State<'_, Shared>,
    kind: EntityKind,
    id: i64,
) -> CommandResult<DeleteImpact> {
    checked(&shared, validate::id("id", id))?;
    with_workspace(&shared, move |ws| ws.delete_impact(kind, id)).await
}

/// Brings back what a deletion removed, in this session.
#[tauri::command]
pub async fn undo_delete<R: Runtime>(app: AppHandle<R>, token: i64) -> CommandResult<()> {
    checked(&shared(&app), validate::id("token", token))?;
    write(&app, move |ws| ws.undo_delete(token)).await
}
