//! Keeping the workspace safe from the window: its backups (list, take,
//! restore), recovering a damaged file from its newest sound backup, Save a
//! Copy, and the timer that backs up a workspace that changed. The work
//! itself is `rumbo_store::backup` and `Workspace::save_copy`.

use std::time::Duration;

use rumbo_core::ipc::{BackupInfo, RestoreOutcome};
use rumbo_store::{EXTENSION, backup::Restored};
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::dialogs::ask_save_path;
use crate::menu::refresh;
use crate::run::{APP_STATE_EVENT, CommandResult, checked, shared, with_state, with_workspace};
use crate::state::{Shared, lock};
use crate::validate;

/// How often the timer looks for changes to back up, unless
/// `RUMBO_BACKUP_INTERVAL_SECS` says otherwise (the window tests use a few
/// seconds).
const DEFAULT_INTERVAL: Duration = Duration::from_secs(10 * 60);

fn interval(setting: Option<&str>) -> Duration {
    setting
        .and_then(|s| s.trim().parse::<u64>().ok())
        .filter(|s| *s > 0)
        .map_or(DEFAULT_INTERVAL, Duration::from_secs)
}

/// Starts the timer that takes a backup of the open workspace when it has
/// changed since the last one. It runs on its own thread; a backup holds
/// the state only for as long as SQLite's online backup takes (milliseconds
/// for a workspace of usual size).
pub fn start_timer<R: Runtime>(app: &AppHandle<R>) {
    let app = app.clone();
    let every = interval(std::env::var("RUMBO_BACKUP_INTERVAL_SECS").ok().as_deref());
    let started = std::thread::Builder::new()
        .name("rumbo-backups".into())
        .spawn(move || {
            loop {
                std::thread::sleep(every);
                let shared = app.state::<Shared>().inner().clone();
                let mut inner = lock(&shared);
                if inner.scheduled_backup() {
                    // Backups started or stopped working: the window says so.
                    let snapshot = inner.snapshot(None);
                    drop(inner);
                    let _ = app.emit(APP_STATE_EVENT, &snapshot);
                }
            }
        });
    if let Err(error) = started {
        eprintln!("rumbo: automatic backups could not start: {error}");
    }
}

/// Tells the window the app's state after a restore (or a failed one):
/// the workspace may have been closed and opened again.
fn publish<R: Runtime>(app: &AppHandle<R>) {
    refresh(app);
    let shared = app.state::<Shared>().inner().clone();
    let snapshot = lock(&shared).snapshot(None);
    let _ = app.emit(APP_STATE_EVENT, &snapshot);
}

fn outcome<R: Runtime>(app: &AppHandle<R>, restored: BackupInfo, done: Restored) -> RestoreOutcome {
    let shared = app.state::<Shared>().inner().clone();
    RestoreOutcome {
        snapshot: lock(&shared).snapshot(None),
        restored,
        before_restore: done.before_restore,
        damaged_moved_to: done.damaged_moved_to.map(|p| p.display().to_string()),
    }
}

/// The backups of the open workspace, newest first.
#[tauri::command]
pub async fn backup_list(shared: State<'_, Shared>) -> CommandResult<Vec<BackupInfo>> {
    with_state(&shared, |inner| inner.backups()).await
}

/// Takes a backup now.
#[tauri::command]
pub async fn backup_now<R: Runtime>(app: AppHandle<R>) -> CommandResult<BackupInfo> {
    let shared = app.state::<Shared>().inner().clone();
    let (taken, changed) = with_state(&shared, |inner| {
        let lang = inner.lang();
        let (taken, changed) = inner.backup_now();
        Ok((taken.map_err(|e| e.to_api(lang)), changed))
    })
    .await?;
    if changed {
        publish(&app);
    }
    taken
}

/// Replaces the open workspace with one of its backups (`path`, from
/// [`backup_list`]); the workspace as it was is kept as a backup first. A
/// file in the backups folder that is not known to be this workspace's
/// backup is refused (`foreign_backup`) unless `force`: the window asks the
/// person first.
#[tauri::command]
pub async fn backup_restore<R: Runtime>(
    app: AppHandle<R>,
    path: String,
    force: bool,
) -> CommandResult<RestoreOutcome> {
    let path = checked(&shared(&app), validate::existing_file(&path, &[EXTENSION]))?;
    let shared = app.state::<Shared>().inner().clone();
    let result = with_state(&shared, move |inner| inner.restore(&path, force)).await;
    publish(&app);
    let (restored, done) = result?;
    Ok(outcome(&app, restored, done))
}

/// Restores the newest sound backup of the damaged workspace the last open
/// failed on (the offer in the app's snapshot), and opens it. The damaged
/// file is moved aside, never deleted.
#[tauri::command]
pub async fn workspace_recover<R: Runtime>(app: AppHandle<R>) -> CommandResult<RestoreOutcome> {
    let shared = app.state::<Shared>().inner().clone();
    let result = with_state(&shared, |inner| inner.recover()).await;
    publish(&app);
    let (restored, done) = result?;
    Ok(outcome(&app, restored, done))
}

/// File → Save a Copy: asks where, then writes a complete copy of the open
/// workspace there (what is still in its `-wal` included). `None` when the
/// person cancelled the dialog.
#[tauri::command]
pub async fn workspace_save_copy<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let shared = app.state::<Shared>().inner().clone();
    let (lang, stem) = with_state(&shared, |inner| {
        let lang = inner.lang();
        let path = inner.workspace()?.path().to_path_buf();
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok((lang, stem))
    })
    .await?;
    let chosen = ask_save_path(
        &app,
        lang.pick("Rumbo workspace", "Espacio de trabajo de Rumbo"),
        &[EXTENSION],
        lang.pick(
            "Save a copy of the workspace",
            "Guardar una copia del espacio de trabajo",
        ),
        format!("{stem} {}.{EXTENSION}", lang.pick("(copy)", "(copia)")),
    )
    .await;
    let Some(target) = chosen else {
        return Ok(None);
    };
    let written = target.clone();
    with_workspace(&shared, move |ws| ws.save_copy(&target)).await?;
    Ok(Some(written.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_timer_interval_is_ten_minutes_unless_set_to_a_sound_number() {
        assert_eq!(interval(None), Duration::from_secs(600));
        assert_eq!(interval(Some("5")), Duration::from_secs(5));
        assert_eq!(interval(Some(" 30 ")), Duration::from_secs(30));
        assert_eq!(interval(Some("0")), DEFAULT_INTERVAL);
        assert_eq!(interval(Some("-3")), DEFAULT_INTERVAL);
        assert_eq!(interval(Some("soon")), DEFAULT_INTERVAL);
    }
}
