//! How a command runs: on a worker thread with the state locked, its input
//! checked, its errors in the interface language, and — for a write — the
//! window told what changed. Every command module builds on this one; this
//! one imports no command module.

use chrono::NaiveDate;
use rumbo_core::ipc::{SavedRecord, WorkspaceChange};
use rumbo_core::{ApiError, Error, Lang};
use tauri::{AppHandle, Emitter, Manager, Runtime};

use crate::state::{Inner, Shared, lock};
use crate::validate::Checked;

/// The event that tells the window what a write changed (payload:
/// [`WorkspaceChange`]).
pub const WORKSPACE_CHANGED_EVENT: &str = "workspace-changed";
/// The event that carries a new [`rumbo_core::ipc::AppSnapshot`] to the window.
pub const APP_STATE_EVENT: &str = "app-state";
/// The event that asks the window to run a File-menu action
/// ([`rumbo_core::ipc::MenuAction`]).
pub const MENU_ACTION_EVENT: &str = "menu-action";

pub(crate) type CommandResult<T> = Result<T, ApiError>;

/// The app's shared state.
pub(crate) fn shared<R: Runtime>(app: &AppHandle<R>) -> Shared {
    app.state::<Shared>().inner().clone()
}

/// Runs `f` on a worker thread with the state locked; errors come back in
/// the interface language.
pub(crate) async fn with_state<T, F>(shared: &Shared, f: F) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut Inner) -> Result<T, Error> + Send + 'static,
{
    let shared = shared.clone();
    let joined = tauri::async_runtime::spawn_blocking(move || {
        let mut inner = lock(&shared);
        let lang = inner.lang();
        f(&mut inner).map_err(|e| e.to_api(lang))
    })
    .await;
    joined.unwrap_or_else(|e| Err(Error::Internal(e.to_string()).to_api(Lang::from_env())))
}

/// Runs `f` against the open workspace.
pub(crate) async fn with_workspace<T, F>(shared: &Shared, f: F) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut rumbo_store::Workspace) -> Result<T, Error> + Send + 'static,
{
    with_state(shared, move |inner| f(inner.workspace()?)).await
}

/// `checked`, or its refusal in the interface language.
pub(crate) fn checked<T>(shared: &Shared, checked: Checked<T>) -> CommandResult<T> {
    checked.map_err(|refusal| refusal.to_api(lock(shared).lang()))
}

/// Runs a write against the open workspace, then tells the window what it
/// changed: the store's account of every row the write touched
/// ([`rumbo_store::Workspace::take_change`]), with the counts when records
/// changed. Nothing is sent when nothing changed.
pub(crate) async fn write<R: Runtime, T, F>(app: &AppHandle<R>, f: F) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut rumbo_store::Workspace) -> Result<T, Error> + Send + 'static,
{
    write_saving(app, f, |_| None).await
}

/// [`write`] for a command that answers with the record it created or
/// updated (`saved` names it): the window, which has it from the answer,
/// reloads its kind only if other records of that kind changed too.
pub(crate) async fn write_saving<R: Runtime, T, F, S>(
    app: &AppHandle<R>,
    f: F,
    saved: S,
) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut rumbo_store::Workspace) -> Result<T, Error> + Send + 'static,
    S: FnOnce(&T) -> Option<SavedRecord>,
{
    let (value, mut change) = with_workspace(&shared(app), move |ws| {
        let value = f(ws);
        let change = take_change(ws);
        value.map(|value| (value, change))
    })
    .await?;
    change.saved = saved(&value);
    announce(app, &change);
    Ok(value)
}

/// What the workspace's writes since the last call changed, with the
/// counts when records changed.
pub(crate) fn take_change(ws: &mut rumbo_store::Workspace) -> WorkspaceChange {
    let mut change = ws.take_change();
    if !change.kinds.is_empty() {
        change.counts = ws.counts().ok();
    }
    change
}

/// Sends `change` to the window, unless nothing changed.
pub(crate) fn announce<R: Runtime>(app: &AppHandle<R>, change: &WorkspaceChange) {
    if !change.kinds.is_empty() || !change.parts.is_empty() {
        let _ = app.emit(WORKSPACE_CHANGED_EVENT, change);
    }
}

/// Today in the user's time zone: the health check's "as of" date and a
/// draft document's date.
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}
