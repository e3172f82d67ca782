//! The window's own commands, beside the workspace's: where the window is
//! in a workspace (remembered for next time), its zoom, Help → About and
//! the health check's rules for the user guide, and quitting.

use rumbo_core::ipc::{AboutInfo, EntityKind, ViewPlace};
use rumbo_health::RuleInfo;
use tauri::{AppHandle, Manager, Runtime, State};

use crate::run::{CommandResult, checked, shared, with_state};
use crate::state::{Shared, lock};
use crate::validate::{self, Refusal};
use crate::window::MAIN;

/// The longest section name the window may send.
const MAX_SECTION: usize = 40;
/// The most zoom steps one call may take.
const MAX_ZOOM_STEPS: i32 = 10;

/// Remembers where the window is in the open workspace (the section on
/// screen and the record open there): it starts there next time.
#[tauri::command]
pub async fn view_place_set(shared: State<'_, Shared>, place: ViewPlace) -> CommandResult<()> {
    checked(
        &shared,
        validate::required_text("section", &place.section, MAX_SECTION),
    )?;
    checked(&shared, validate::optional_id("id", place.id))?;
    if let Some(kind) = place.kind
        && !EntityKind::RECORDS.contains(&kind)
    {
        checked::<()>(&shared, Err(Refusal::NotARecord { kind }))?;
    }
    with_state(&shared, move |inner| inner.remember_place(place)).await
}

/// Zooms the window one or more steps in (`steps` > 0) or out (< 0), or
/// back to 100 % (0); answers the new level. Remembered for next time.
#[tauri::command]
pub async fn zoom_step<R: Runtime>(app: AppHandle<R>, steps: i32) -> CommandResult<f64> {
    let shared = shared(&app);
    if !(-MAX_ZOOM_STEPS..=MAX_ZOOM_STEPS).contains(&steps) {
        checked::<()>(
            &shared,
            Err(Refusal::OutOfRange {
                field: "steps",
                min: f64::from(-MAX_ZOOM_STEPS),
                max: f64::from(MAX_ZOOM_STEPS),
            }),
        )?;
    }
    Ok(zoom(&app, steps))
}

/// Zooms the main window `steps` (0: back to 100 %) and saves the level.
pub fn zoom<R: Runtime>(app: &AppHandle<R>, steps: i32) -> f64 {
    let level = lock(&shared(app)).zoom(steps);
    if let Some(window) = app.get_webview_window(MAIN) {
        crate::window_state::apply_zoom(&window, Some(level));
    }
    level
}

/// What Help → About shows.
#[tauri::command]
pub async fn about_info<R: Runtime>(app: AppHandle<R>) -> CommandResult<AboutInfo> {
    let data = app
        .path()
        .app_data_dir()
        .map(|p| p.display().to_string())
        .unwrap_or_default();
    with_state(&shared(&app), move |inner| {
        let workspace = inner.workspace.as_ref().map(|w| w.path().to_path_buf());
        Ok(AboutInfo {
            version: env!("CARGO_PKG_VERSION").to_string(),
            licence: env!("CARGO_PKG_LICENSE").to_string(),
            backups: workspace
                .as_deref()
                .map(|p| rumbo_store::backup::folder(p).display().to_string()),
            workspace: workspace.map(|p| p.display().to_string()),
            preferences: inner.prefs_path().display().to_string(),
            data,
        })
    })
    .await
}

/// Every rule of the health check, for the user guide (the same catalogue
/// `docs/health-rules.md` is generated from).
#[tauri::command]
pub async fn health_rules() -> CommandResult<Vec<RuleInfo>> {
    Ok(rumbo_health::rules())
}

/// Quits Rumbo (File → Quit Rumbo from the command palette). The window
/// has saved what was being typed; the workspace is closed as the app ends.
#[tauri::command]
pub async fn app_quit<R: Runtime>(app: AppHandle<R>) -> CommandResult<()> {
    app.exit(0);
    Ok(())
}
