//! The window's commands for the app and the workspace as a whole, the
//! profile, the health check, the RACI grid, brand-fit scores, KPI imports
//! and the calendar — and the handler that lists every command. The workspace
//! actions here are shared with the native menu. Records of every kind have
//! their commands in `records.rs`, the document in `document.rs`, backups in
//! `backups.rs`. Blocking work (SQLite, dialogs) runs on a worker thread,
//! never on the main thread (`run.rs`).

use std::path::PathBuf;

use chrono::NaiveDate;
use rumbo_core::Error;
use rumbo_core::calendar::{self, CalendarEntry};
use rumbo_core::error::CsvProblem;
use rumbo_core::ipc::{
    AppSnapshot, EntityKind, LanguagePref, SavedRecord, SectionCounts, ThemePref,
};
use rumbo_core::kpi_csv::{self, CsvMapping, CsvPreview};
use rumbo_core::model::{
    Acknowledgement, Activity, Channel, Department, Flow, HealthSettings, HolidayCountry, Profile,
    RaciCell, RaciRole,
};
use rumbo_health::Report as HealthReport;
use rumbo_start::OrgKind;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};

use crate::dialogs::{ask_open_path, ask_save_path, ask_workspace};
use crate::menu::refresh;
use crate::run::{
    APP_STATE_EVENT, CommandResult, checked, shared, today, with_state, with_workspace, write,
    write_saving,
};
use crate::state::{Shared, lock};
use crate::validate;
use crate::window::MAIN;

/// What a person can do to the workspace as a whole, from the menu or the window.
#[derive(Debug, Clone)]
pub enum Action {
    /// A new workspace from the organization template of this kind.
    New(OrgKind),
    Open,
    OpenPath(PathBuf),
    OpenSample,
    Close,
    ClearRecent,
    Language(LanguagePref),
    Theme(ThemePref),
}

/// Performs `action`, then brings the window (title, menu, theme, UI) up to date.
pub async fn perform<R: Runtime>(app: &AppHandle<R>, action: Action) -> AppSnapshot {
    let shared = shared(app);
    let lang = lock(&shared).lang();
    let chosen = match &action {
        Action::New(_) => ask_workspace(app, lang, true).await,
        Action::Open => ask_workspace(app, lang, false).await,
        _ => None,
    };
    let cancelled = matches!(action, Action::New(_) | Action::Open) && chosen.is_none();
    let data_dir = app
        .path()
        .app_data_dir()
        .unwrap_or_else(|_| std::env::temp_dir().join("rumbo"));
    let worker = shared.clone();
    let snapshot = tauri::async_runtime::spawn_blocking(move || {
        let mut inner = lock(&worker);
        let before = inner.workspace.as_ref().map(|w| w.path().to_path_buf());
        let result = match action {
            _ if cancelled => Ok(()),
            Action::New(kind) => chosen.map_or(Ok(()), |path| inner.create(&path, kind)),
            Action::Open => chosen.map_or(Ok(()), |path| inner.open(&path)),
            Action::OpenPath(path) => inner.open(&path),
            Action::OpenSample => inner.open_sample(&data_dir),
            Action::Close => {
                inner.close();
                Ok(())
            }
            Action::ClearRecent => {
                inner.clear_recent();
                Ok(())
            }
            Action::Language(pref) => {
                inner.set_language(pref);
                Ok(())
            }
            Action::Theme(pref) => {
                inner.set_theme(pref);
                Ok(())
            }
        };
        // Another workspace: the window takes the size and place it had there.
        let now = inner.workspace.as_ref().map(|w| w.path().to_path_buf());
        let geometry = now
            .filter(|path| before.as_ref() != Some(path))
            .and_then(|path| inner.window_of(&path));
        (inner.outcome(result), geometry)
    })
    .await
    .map(|(snapshot, geometry)| {
        if let (Some(geometry), Some(window)) = (geometry, app.get_webview_window(MAIN)) {
            crate::window_state::apply(&window, geometry);
        }
        snapshot
    })
    .unwrap_or_else(|e| {
        let inner = lock(&shared);
        inner.snapshot(Some(Error::Internal(e.to_string()).to_api(inner.lang())))
    });
    refresh(app);
    let _ = app.emit(APP_STATE_EVENT, &snapshot);
    snapshot
}

// -- commands: the app as a whole ------------------------------------------

#[tauri::command]
pub async fn app_state(shared: State<'_, Shared>) -> CommandResult<AppSnapshot> {
    with_state(&shared, |inner| {
        let error = inner.pending_error.take();
        Ok(inner.snapshot(error))
    })
    .await
}

#[tauri::command]
pub async fn set_language<R: Runtime>(
    app: AppHandle<R>,
    language: LanguagePref,
) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::Language(language)).await)
}

#[tauri::command]
pub async fn set_theme<R: Runtime>(
    app: AppHandle<R>,
    theme: ThemePref,
) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::Theme(theme)).await)
}

#[tauri::command]
pub async fn workspace_new<R: Runtime>(
    app: AppHandle<R>,
    template: Option<OrgKind>,
) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::New(template.unwrap_or_default())).await)
}

#[tauri::command]
pub async fn workspace_open<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::Open).await)
}

#[tauri::command]
pub async fn workspace_open_path<R: Runtime>(
    app: AppHandle<R>,
    path: String,
) -> CommandResult<AppSnapshot> {
    let path = checked(&shared(&app), validate::workspace_file(&path))?;
    Ok(perform(&app, Action::OpenPath(path)).await)
}

#[tauri::command]
pub async fn workspace_open_sample<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::OpenSample).await)
}

#[tauri::command]
pub async fn workspace_close<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::Close).await)
}

#[tauri::command]
pub async fn recent_clear<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::ClearRecent).await)
}

// -- commands: the organization profile ------------------------------------

#[tauri::command]
pub async fn profile_get(shared: State<'_, Shared>) -> CommandResult<Profile> {
    with_workspace(&shared, |ws| ws.profile()).await
}

#[tauri::command]
pub async fn profile_save<R: Runtime>(
    app: AppHandle<R>,
    profile: Profile,
) -> CommandResult<Profile> {
    let saved = write(&app, move |ws| ws.save_profile(profile)).await?;
    // The organization's name is the window's title and the sidebar's heading.
    refresh(&app);
    let snapshot = lock(&shared(&app)).snapshot(None);
    let _ = app.emit(APP_STATE_EVENT, &snapshot);
    Ok(saved)
}

// -- commands: the health check --------------------------------------------

/// The health check of the open workspace, in the interface language. The
/// state is held only while the workspace is read: the check itself runs
/// beside the window's other commands (the first screen's among them).
#[tauri::command]
pub async fn health_report(shared: State<'_, Shared>) -> CommandResult<HealthReport> {
    let (doc, lang) = with_state(&shared, |inner| {
        Ok((inner.workspace()?.export()?, inner.lang()))
    })
    .await?;
    crate::trace::mark("health report: workspace read");
    let report =
        tauri::async_runtime::spawn_blocking(move || rumbo_health::check(&doc, today(), lang))
            .await
            .map_err(|e| Error::Internal(e.to_string()).to_api(lang));
    crate::trace::mark("health report: checked");
    report
}

/// How the readiness score is computed, in the interface language.
#[tauri::command]
pub async fn health_score_explanation(shared: State<'_, Shared>) -> CommandResult<String> {
    with_state(&shared, |inner| {
        Ok(rumbo_health::score_explanation(inner.lang()))
    })
    .await
}

#[tauri::command]
pub async fn health_settings_get(shared: State<'_, Shared>) -> CommandResult<HealthSettings> {
    with_workspace(&shared, |ws| ws.health_settings()).await
}

#[tauri::command]
pub async fn health_settings_save<R: Runtime>(
    app: AppHandle<R>,
    settings: HealthSettings,
) -> CommandResult<HealthSettings> {
    write(&app, move |ws| ws.set_health_settings(settings)).await
}

/// Accepts the finding `key` as a known risk, dated today.
#[tauri::command]
pub async fn acknowledgement_save<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    reason: String,
) -> CommandResult<Acknowledgement> {
    write(&app, move |ws| {
        ws.acknowledge(Acknowledgement {
            key,
            reason,
            date: today(),
        })
    })
    .await
}

#[tauri::command]
pub async fn acknowledgement_withdraw<R: Runtime>(
    app: AppHandle<R>,
    key: String,
) -> CommandResult<()> {
    checked(
        &shared(&app),
        validate::required_text("key", &key, validate::MAX_KEY),
    )?;
    write(&app, move |ws| ws.withdraw_acknowledgement(&key)).await
}

#[tauri::command]
pub async fn section_counts(shared: State<'_, Shared>) -> CommandResult<SectionCounts> {
    with_workspace(&shared, |ws| ws.counts()).await
}

#[tauri::command]
pub async fn raci_list(shared: State<'_, Shared>) -> CommandResult<Vec<RaciCell>> {
    with_workspace(&shared, |ws| ws.raci()).await
}

#[tauri::command]
pub async fn raci_set<R: Runtime>(
    app: AppHandle<R>,
    department_id: i64,
    activity_id: i64,
    role: Option<RaciRole>,
) -> CommandResult<()> {
    let shared = shared(&app);
    checked(&shared, validate::id("departmentId", department_id))?;
    checked(&shared, validate::id("activityId", activity_id))?;
    write(&app, move |ws| {
        ws.set_raci(department_id, activity_id, role)
    })
    .await
}

#[tauri::command]
pub async fn activity_reorder<R: Runtime>(
    app: AppHandle<R>,
    ids: Vec<i64>,
) -> CommandResult<Vec<Activity>> {
    checked(&shared(&app), validate::ids("ids", &ids))?;
    write(&app, move |ws| ws.reorder_activities(&ids)).await
}

#[tauri::command]
pub async fn fit_set_score<R: Runtime>(
    app: AppHandle<R>,
    channel_id: i64,
    criterion_id: i64,
    score: Option<u8>,
) -> CommandResult<Channel> {
    let shared = shared(&app);
    checked(&shared, validate::id("channelId", channel_id))?;
    checked(&shared, validate::id("criterionId", criterion_id))?;
    write_saving(
        &app,
        move |ws| {
            ws.set_fit_score(channel_id, criterion_id, score)?;
            ws.get::<Channel>(channel_id)
        },
        |channel| {
            Some(SavedRecord {
                kind: EntityKind::Channel,
                id: channel.id,
            })
        },
    )
    .await
}

fn read_csv(path: &std::path::Path) -> Result<String, Error> {
    let max = u64::try_from(kpi_csv::MAX_BYTES).unwrap_or(u64::MAX);
    rumbo_store::files::read_text(path, max, || Error::CsvInvalid {
        line: None,
        problem: CsvProblem::TooLarge,
    })
}

/// Asks for a CSV file with the native dialog; null when cancelled.
#[tauri::command]
pub async fn kpi_csv_pick<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let shared = shared(&app);
    let lang = lock(&shared).lang();
    let chosen = ask_open_path(
        &app,
        lang.pick("CSV file", "Archivo CSV"),
        validate::CSV_EXTENSIONS,
        lang.pick("Import KPI values", "Importar valores del KPI"),
    )
    .await;
    // Only this file may be previewed and imported.
    if let Some(path) = &chosen {
        lock(&shared).chosen_csv = Some(path.clone());
    }
    Ok(chosen.map(|p| p.display().to_string()))
}

#[tauri::command]
pub async fn kpi_csv_preview(
    shared: State<'_, Shared>,
    path: String,
    delimiter: Option<String>,
) -> CommandResult<CsvPreview> {
    let chosen = lock(&shared).chosen_csv.clone();
    let path = checked(&shared, validate::chosen_file(&path, chosen.as_deref()))?;
    if let Some(delimiter) = &delimiter {
        checked(&shared, validate::delimiter(delimiter))?;
    }
    with_state(&shared, move |_| {
        kpi_csv::preview_with(&read_csv(&path)?, delimiter.as_deref())
    })
    .await
}

#[tauri::command]
pub async fn kpi_csv_import<R: Runtime>(
    app: AppHandle<R>,
    objective_id: i64,
    path: String,
    mapping: CsvMapping,
) -> CommandResult<usize> {
    let shared = shared(&app);
    checked(&shared, validate::id("objectiveId", objective_id))?;
    let chosen = lock(&shared).chosen_csv.clone();
    let path = checked(&shared, validate::chosen_file(&path, chosen.as_deref()))?;
    checked(&shared, validate::delimiter(&mapping.delimiter))?;
    checked(&shared, validate::column("dateColumn", mapping.date_column))?;
    checked(
        &shared,
        validate::column("valueColumn", mapping.value_column),
    )?;
    write(&app, move |ws| {
        let text = read_csv(&path)?;
        ws.import_measurements(objective_id, &text, &mapping)
    })
    .await
}

#[tauri::command]
pub async fn calendar(
    shared: State<'_, Shared>,
    from: NaiveDate,
    weeks: u32,
) -> CommandResult<Vec<CalendarEntry>> {
    let from = checked(&shared, validate::date("from", from))?;
    let weeks = checked(&shared, validate::weeks(weeks))?;
    with_workspace(&shared, move |ws| {
        Ok(calendar::entries(&ws.list::<Flow>()?, from, weeks))
    })
    .await
}

/// Adds the public holidays of `country` in `year`, named in the
/// interface's language, that the list does not hold yet; returns how many.
#[tauri::command]
pub async fn holidays_add<R: Runtime>(
    app: AppHandle<R>,
    country: HolidayCountry,
    year: i32,
) -> CommandResult<usize> {
    let shared = shared(&app);
    let year = checked(&shared, validate::year("year", year))?;
    let lang = lock(&shared).lang();
    write(&app, move |ws| ws.add_holidays(country, year, lang)).await
}

/// Writes the internal-communication calendar as an `.ics` file chosen with
/// the native save dialog; returns its path, or null when cancelled.
#[tauri::command]
pub async fn calendar_export_ics<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let shared = shared(&app);
    let lang = lock(&shared).lang();
    let chosen = ask_save_path(
        &app,
        lang.pick("Calendar", "Calendario"),
        &["ics"],
        lang.pick("Export the calendar", "Exportar el calendario"),
        lang.pick("internal-communication.ics", "comunicacion-interna.ics")
            .to_string(),
    )
    .await;
    let Some(path) = chosen else { return Ok(None) };
    with_workspace(&shared, move |ws| {
        let text = calendar::ics(
            &ws.list::<Flow>()?,
            &ws.list::<Department>()?,
            &ws.profile()?.name,
            lang,
            chrono::Utc::now(),
        );
        rumbo_store::files::write_output(&path, text.as_bytes(), &[ws.path()])?;
        Ok(Some(path.display().to_string()))
    })
    .await
}

/// The handler for every command in [`crate::command_names::COMMAND_NAMES`].
pub fn handler<R: Runtime>() -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    tauri::generate_handler![
        app_state,
        set_language,
        set_theme,
        workspace_new,
        workspace_open,
        workspace_open_path,
        workspace_open_sample,
        workspace_close,
        recent_clear,
        profile_get,
        profile_save,
        crate::records::record_list,
        crate::records::record_create,
        crate::records::record_update,
        crate::records::record_delete,
        crate::records::delete_impact,
        crate::records::undo_delete,
        health_report,
        health_score_explanation,
        health_settings_get,
        health_settings_save,
        acknowledgement_save,
        acknowledgement_withdraw,
        section_counts,
        raci_list,
        raci_set,
        activity_reorder,
        fit_set_score,
        kpi_csv_pick,
        kpi_csv_preview,
        kpi_csv_import,
        calendar,
        holidays_add,
        calendar_export_ics,
        crate::document::document_settings_get,
        crate::document::document_settings_save,
        crate::document::document_versions,
        crate::document::document_version_delete,
        crate::document::document_version_approve,
        crate::document::document_summary_draft,
        crate::document::document_export_show,
        crate::document::document_preview,
        crate::document::document_page,
        crate::document::document_export,
        crate::links::open_link,
        crate::backups::backup_list,
        crate::backups::backup_now,
        crate::backups::backup_restore,
        crate::backups::workspace_recover,
        crate::backups::workspace_save_copy,
        crate::view::view_place_set,
        crate::view::zoom_step,
        crate::view::about_info,
        crate::view::health_rules,
        crate::view::app_quit,
        crate::rules::crisis_plan_get,
        crate::rules::crisis_plan_save,
        crate::rules::policy_model,
        crate::rules::post_mortem_model,
        crate::rules::annex_export,
        crate::start::templates_list,
        crate::start::interview_get,
        crate::start::interview_begin,
        crate::start::interview_save,
        crate::start::interview_questions,
        crate::start::interview_draft,
        crate::start::interview_accept,
        crate::start::start_library,
    ]
}

#[cfg(test)]
mod tests {
    /// The command names in the `generate_handler!` list of this file.
    fn handled(source: &str) -> Vec<String> {
        let list = source
            .split("generate_handler![")
            .nth(1)
            .unwrap_or_default();
        let list = list.split(']').next().unwrap_or_default();
        list.split(',')
            .map(|n| n.trim().rsplit("::").next().unwrap_or_default().to_string())
            .filter(|n| !n.is_empty())
            .collect()
    }

    #[test]
    fn every_command_is_declared_and_allowed_by_name() {
        let capability = include_str!("../capabilities/default.json");
        let handler_source = include_str!("commands.rs");
        for name in crate::command_names::COMMAND_NAMES {
            let permission = format!("\"allow-{}\"", name.replace('_', "-"));
            assert!(
                capability.contains(&permission),
                "{permission} missing from capabilities/default.json"
            );
            assert!(
                handled(handler_source).contains(&(*name).to_string()),
                "{name} is not in the handler"
            );
        }
        assert_eq!(
            handled(handler_source).len(),
            crate::command_names::COMMAND_NAMES.len(),
            "the handler and the list of names differ"
        );
    }

    /// The webview's only permissions are the app's own commands, by name,
    /// and listening to events: no plugin (dialog, opener, single-instance)
    /// and no other core API is reachable from the page. Dialogs and links
    /// are opened from Rust.
    #[test]
    fn the_capability_grants_nothing_else() {
        let capability: serde_json::Value =
            serde_json::from_str(include_str!("../capabilities/default.json"))
                .unwrap_or_else(|e| panic!("capabilities/default.json: {e}"));
        assert_eq!(capability["windows"], serde_json::json!(["main"]));
        assert!(
            capability.get("remote").is_none(),
            "no remote origin may use IPC"
        );
        let granted: Vec<String> = capability["permissions"]
            .as_array()
            .map(|p| {
                p.iter()
                    .map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let mut expected: Vec<String> = ["core:event:allow-listen", "core:event:allow-unlisten"]
            .iter()
            .map(ToString::to_string)
            .chain(
                crate::command_names::COMMAND_NAMES
                    .iter()
                    .map(|n| format!("allow-{}", n.replace('_', "-"))),
            )
            .collect();
        let mut sorted = granted.clone();
        sorted.sort();
        expected.sort();
        assert_eq!(
            sorted, expected,
            "capabilities/default.json grants more or less than the commands and events"
        );
        for permission in &granted {
            assert!(!permission.ends_with(":default"), "{permission}");
            assert!(!permission.starts_with("dialog:"), "{permission}");
            assert!(!permission.starts_with("opener:"), "{permission}");
            assert!(!permission.starts_with("single-instance:"), "{permission}");
        }
    }
}
