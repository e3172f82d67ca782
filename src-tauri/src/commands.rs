//! The narrow, typed commands the window calls, and the workspace actions
//! the native menu shares with them. Blocking work (SQLite, dialogs) runs on
//! a worker thread, never on the main thread.

use std::path::PathBuf;

use chrono::NaiveDate;
use rumbo_core::calendar::{self, CalendarEntry};
use rumbo_core::error::CsvProblem;
use rumbo_core::ipc::{
    AppSnapshot, DeleteImpact, EntityKind, LanguagePref, SectionCounts, ThemePref, UndoToken,
};
use rumbo_core::kpi_csv::{self, CsvMapping, CsvPreview};
use rumbo_core::model::{
    Acknowledgement, Activity, Audience, Campaign, Channel, Department, FitCriterion, FitMatrix,
    HealthSettings, InfoNeed, InternalFlow, Measurement, Objective, Profile, RaciCell, RaciRole,
    Recommendation,
};
use rumbo_core::{ApiError, Error, Lang};
use rumbo_health::Report as HealthReport;
use rumbo_store::EXTENSION;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::menu;
use crate::state::{Inner, Shared, lock};
use crate::validate::{self, Checked};

/// The event that tells the window records changed (payload: their
/// [`EntityKind`], or null for the profile).
pub const WORKSPACE_CHANGED_EVENT: &str = "workspace-changed";
/// The event that carries a new [`AppSnapshot`] to the window.
pub const APP_STATE_EVENT: &str = "app-state";
/// The event that asks the window to run a File-menu action
/// ([`rumbo_core::ipc::MenuAction`]).
pub const MENU_ACTION_EVENT: &str = "menu-action";

pub(crate) type CommandResult<T> = Result<T, ApiError>;

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

/// `checked`, or its refusal in the interface language.
pub(crate) fn checked<T>(shared: &Shared, checked: Checked<T>) -> CommandResult<T> {
    checked.map_err(|refusal| refusal.to_api(lock(shared).lang()))
}

/// Like [`checked`], for commands that hold the app handle.
pub(crate) fn checked_in<R: Runtime, T>(
    app: &AppHandle<R>,
    checked: Checked<T>,
) -> CommandResult<T> {
    self::checked(app.state::<Shared>().inner(), checked)
}

/// Runs `f` against the open workspace.
pub(crate) async fn with_workspace<T, F>(shared: &Shared, f: F) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut rumbo_store::Workspace) -> Result<T, Error> + Send + 'static,
{
    with_state(shared, move |inner| f(inner.workspace()?)).await
}

/// What a person can do to the workspace as a whole, from the menu or the window.
#[derive(Debug, Clone)]
pub enum Action {
    New,
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
    let shared = app.state::<Shared>().inner().clone();
    let lang = lock(&shared).lang();
    let chosen = match &action {
        Action::New => pick(app, lang, true).await,
        Action::Open => pick(app, lang, false).await,
        _ => None,
    };
    let cancelled = matches!(action, Action::New | Action::Open) && chosen.is_none();
    let data_dir = app
        .path()
        .app_data_dir()
        .unwrap_or_else(|_| std::env::temp_dir().join("rumbo"));
    let worker = shared.clone();
    let snapshot = tauri::async_runtime::spawn_blocking(move || {
        let mut inner = lock(&worker);
        let result = match action {
            _ if cancelled => Ok(()),
            Action::New => chosen.map_or(Ok(()), |path| inner.create(&path)),
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
        inner.outcome(result)
    })
    .await
    .unwrap_or_else(|e| {
        let inner = lock(&shared);
        inner.snapshot(Some(Error::Internal(e.to_string()).to_api(inner.lang())))
    });
    refresh(app);
    let _ = app.emit(APP_STATE_EVENT, &snapshot);
    snapshot
}

/// Brings the native parts of the window in line with the state: title,
/// menu (language, recent files) and theme.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let shared = app.state::<Shared>().inner().clone();
    let inner = lock(&shared);
    match menu::build(app, &inner.prefs, inner.lang(), inner.workspace.is_some()) {
        Ok(bar) if has_native_menu::<R>() => {
            if let Err(error) = app.set_menu(bar) {
                eprintln!("rumbo: cannot set the menu: {error}");
            }
        }
        Ok(_) => {}
        Err(error) => eprintln!("rumbo: cannot build the menu: {error}"),
    }
    if let Some(window) = app.get_webview_window("main") {
        let _ = window.set_title(&inner.window_title());
        let theme = match inner.prefs.theme {
            ThemePref::System => None,
            ThemePref::Light => Some(tauri::Theme::Light),
            ThemePref::Dark => Some(tauri::Theme::Dark),
        };
        let _ = window.set_theme(theme);
    }
}

/// Whether the runtime has native windows to hold a menu bar: Tauri's mock
/// runtime, which the IPC tests run the commands on, has none.
#[cfg(test)]
fn has_native_menu<R: Runtime>() -> bool {
    std::any::type_name::<R>() != std::any::type_name::<tauri::test::MockRuntime>()
}

#[cfg(not(test))]
#[allow(clippy::extra_unused_type_parameters)]
fn has_native_menu<R: Runtime>() -> bool {
    true
}

/// A native file dialog over the main window, showing only files of `extensions`.
fn file_dialog<R: Runtime>(
    app: &AppHandle<R>,
    kind: &str,
    extensions: &[&str],
) -> tauri_plugin_dialog::FileDialogBuilder<R> {
    let dialog = app.dialog().file().add_filter(kind, extensions);
    match app.get_webview_window("main") {
        Some(window) => dialog.set_parent(&window),
        None => dialog,
    }
}

/// Asks where to save with the native save dialog over the main window,
/// titled `title`, showing the files of `kind` (`extensions`) and suggesting
/// `name`; the dialog runs off the main thread. The path chosen ends in the
/// first of `extensions` (added when the person typed a name without it);
/// `None` when they cancelled.
pub(crate) async fn ask_save_path<R: Runtime>(
    app: &AppHandle<R>,
    kind: &str,
    extensions: &[&str],
    title: &str,
    name: String,
) -> Option<PathBuf> {
    let dialog = file_dialog(app, kind, extensions)
        .set_title(title)
        .set_file_name(name);
    let chosen = tauri::async_runtime::spawn_blocking(move || dialog.blocking_save_file())
        .await
        .ok()
        .flatten()
        .and_then(|p| p.into_path().ok())?;
    Some(match extensions.first() {
        Some(extension) => with_extension(chosen, extension),
        None => chosen,
    })
}

/// Asks the user for a workspace file with the native dialog: a new one
/// (`save`) or one to open.
async fn pick<R: Runtime>(app: &AppHandle<R>, lang: Lang, save: bool) -> Option<PathBuf> {
    let kind = lang.pick("Rumbo workspace", "Espacio de trabajo de Rumbo");
    if save {
        let title = lang.pick("New workspace", "Nuevo espacio de trabajo");
        let name = lang.pick("Strategy.rumbo", "Estrategia.rumbo").to_string();
        return ask_save_path(app, kind, &[EXTENSION], title, name).await;
    }
    let dialog = file_dialog(app, kind, &[EXTENSION])
        .set_title(lang.pick("Open a workspace", "Abrir un espacio de trabajo"));
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .ok()
        .flatten()
        .and_then(|path| path.into_path().ok())
}

/// `path` with the extension `extension` added when the user typed a name
/// without it (a new workspace always ends in `.rumbo`, an export in its
/// format's extension).
pub(crate) fn with_extension(path: PathBuf, extension: &str) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(extension))
    {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".");
        name.push(extension);
        PathBuf::from(name)
    }
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
pub async fn workspace_new<R: Runtime>(app: AppHandle<R>) -> CommandResult<AppSnapshot> {
    Ok(perform(&app, Action::New).await)
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
    let path = checked_in(&app, validate::workspace_file(&path))?;
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
    let shared = app.state::<Shared>().inner().clone();
    let saved = with_workspace(&shared, move |ws| ws.save_profile(profile)).await?;
    // The organization's name is the window's title and the sidebar's heading.
    refresh(&app);
    let snapshot = lock(&shared).snapshot(None);
    let _ = app.emit(APP_STATE_EVENT, &snapshot);
    changed(&app, None);
    Ok(saved)
}

// -- commands: the records of the strategy ----------------------------------

/// Tells the window that records of `kind` (or the profile, `None`) changed.
pub(crate) fn changed<R: Runtime>(app: &AppHandle<R>, kind: Option<EntityKind>) {
    let _ = app.emit(WORKSPACE_CHANGED_EVENT, kind);
}

/// Runs a write against the open workspace and announces it.
pub(crate) async fn write<R: Runtime, T, F>(
    app: &AppHandle<R>,
    kind: Option<EntityKind>,
    f: F,
) -> CommandResult<T>
where
    T: Send + 'static,
    F: FnOnce(&mut rumbo_store::Workspace) -> Result<T, Error> + Send + 'static,
{
    let shared = app.state::<Shared>().inner().clone();
    let value = with_workspace(&shared, f).await?;
    changed(app, kind);
    Ok(value)
}

/// `<x>_list`, `<x>_create`, `<x>_update` and `<x>_delete` for one kind of record.
macro_rules! record_commands {
    ($ty:ty, $kind:ident, $arg:ident, $list:ident, $create:ident, $update:ident, $delete:ident, $add:ident) => {
        #[tauri::command]
        pub async fn $list(shared: State<'_, Shared>) -> CommandResult<Vec<$ty>> {
            with_workspace(&shared, |ws| ws.list::<$ty>()).await
        }

        #[tauri::command]
        pub async fn $create<R: Runtime>(app: AppHandle<R>, $arg: $ty) -> CommandResult<$ty> {
            write(&app, Some(EntityKind::$kind), move |ws| ws.$add($arg)).await
        }

        #[tauri::command]
        pub async fn $update<R: Runtime>(app: AppHandle<R>, $arg: $ty) -> CommandResult<$ty> {
            write(&app, Some(EntityKind::$kind), move |ws| ws.update($arg)).await
        }

        #[tauri::command]
        pub async fn $delete<R: Runtime>(app: AppHandle<R>, id: i64) -> CommandResult<UndoToken> {
            checked_in(&app, validate::id("id", id))?;
            write(&app, Some(EntityKind::$kind), move |ws| {
                ws.delete(EntityKind::$kind, id)
            })
            .await
        }
    };
}

record_commands!(
    Department,
    Department,
    department,
    department_list,
    department_create,
    department_update,
    department_delete,
    add
);
record_commands!(
    Activity,
    Activity,
    activity,
    activity_list,
    activity_create,
    activity_update,
    activity_delete,
    create_activity
);
record_commands!(
    Audience,
    Audience,
    audience,
    audience_list,
    audience_create,
    audience_update,
    audience_delete,
    add
);
record_commands!(
    FitCriterion,
    FitCriterion,
    criterion,
    criterion_list,
    criterion_create,
    criterion_update,
    criterion_delete,
    create_criterion
);
record_commands!(
    Channel,
    Channel,
    channel,
    channel_list,
    channel_create,
    channel_update,
    channel_delete,
    add
);
record_commands!(
    Objective,
    Objective,
    objective,
    objective_list,
    objective_create,
    objective_update,
    objective_delete,
    add
);
record_commands!(
    Measurement,
    Measurement,
    measurement,
    measurement_all,
    measurement_create,
    measurement_update,
    measurement_delete,
    add
);
record_commands!(
    Campaign,
    Campaign,
    campaign,
    campaign_list,
    campaign_create,
    campaign_update,
    campaign_delete,
    add
);
record_commands!(
    InternalFlow,
    Flow,
    flow,
    flow_list,
    flow_create,
    flow_update,
    flow_delete,
    add
);
record_commands!(
    InfoNeed,
    InfoNeed,
    info_need,
    info_need_list,
    info_need_create,
    info_need_update,
    info_need_delete,
    add
);
record_commands!(
    Recommendation,
    Recommendation,
    recommendation,
    recommendation_list,
    recommendation_create,
    recommendation_update,
    recommendation_delete,
    add
);

// -- commands: the health check --------------------------------------------

/// Today in the user's time zone: the health check's "as of" date.
pub(crate) fn today() -> NaiveDate {
    chrono::Local::now().date_naive()
}

/// The health check of the open workspace, in the interface language.
#[tauri::command]
pub async fn health_report(shared: State<'_, Shared>) -> CommandResult<HealthReport> {
    with_state(&shared, |inner| {
        let lang = inner.lang();
        let doc = inner.workspace()?.export()?;
        Ok(rumbo_health::check(&doc, today(), lang))
    })
    .await
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
    write(&app, None, move |ws| ws.set_health_settings(settings)).await
}

/// Accepts the finding `key` as a known risk, dated today.
#[tauri::command]
pub async fn acknowledgement_save<R: Runtime>(
    app: AppHandle<R>,
    key: String,
    reason: String,
) -> CommandResult<Acknowledgement> {
    write(&app, None, move |ws| {
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
    checked_in(
        &app,
        validate::required_text("key", &key, validate::MAX_KEY),
    )?;
    write(&app, None, move |ws| ws.withdraw_acknowledgement(&key)).await
}

#[tauri::command]
pub async fn section_counts(shared: State<'_, Shared>) -> CommandResult<SectionCounts> {
    with_workspace(&shared, |ws| ws.counts()).await
}

#[tauri::command]
pub async fn delete_impact(
    shared: State<'_, Shared>,
    kind: EntityKind,
    id: i64,
) -> CommandResult<DeleteImpact> {
    checked(&shared, validate::id("id", id))?;
    with_workspace(&shared, move |ws| ws.delete_impact(kind, id)).await
}

#[tauri::command]
pub async fn undo_delete<R: Runtime>(app: AppHandle<R>, token: i64) -> CommandResult<()> {
    checked_in(&app, validate::id("token", token))?;
    write(&app, None, move |ws| ws.undo_delete(token)).await
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
    checked_in(&app, validate::id("departmentId", department_id))?;
    checked_in(&app, validate::id("activityId", activity_id))?;
    write(&app, Some(EntityKind::RaciCell), move |ws| {
        ws.set_raci(department_id, activity_id, role)
    })
    .await
}

#[tauri::command]
pub async fn activity_reorder<R: Runtime>(
    app: AppHandle<R>,
    ids: Vec<i64>,
) -> CommandResult<Vec<Activity>> {
    checked_in(&app, validate::ids("ids", &ids))?;
    write(&app, Some(EntityKind::Activity), move |ws| {
        ws.reorder_activities(&ids)
    })
    .await
}

#[tauri::command]
pub async fn fit_matrix(shared: State<'_, Shared>) -> CommandResult<FitMatrix> {
    with_workspace(&shared, |ws| ws.fit_matrix()).await
}

#[tauri::command]
pub async fn fit_set_score<R: Runtime>(
    app: AppHandle<R>,
    channel_id: i64,
    criterion_id: i64,
    score: Option<u8>,
) -> CommandResult<FitMatrix> {
    checked_in(&app, validate::id("channelId", channel_id))?;
    checked_in(&app, validate::id("criterionId", criterion_id))?;
    write(&app, Some(EntityKind::Channel), move |ws| {
        ws.set_fit_score(channel_id, criterion_id, score)
    })
    .await
}

#[tauri::command]
pub async fn measurement_list(
    shared: State<'_, Shared>,
    objective_id: i64,
) -> CommandResult<Vec<Measurement>> {
    checked(&shared, validate::id("objectiveId", objective_id))?;
    with_workspace(&shared, move |ws| ws.measurements(objective_id)).await
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
    let shared = app.state::<Shared>().inner().clone();
    let lang = lock(&shared).lang();
    let dialog = file_dialog(
        &app,
        lang.pick("CSV file", "Archivo CSV"),
        validate::CSV_EXTENSIONS,
    );
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        dialog
            .set_title(lang.pick("Import KPI values", "Importar valores del KPI"))
            .blocking_pick_file()
    })
    .await
    .ok()
    .flatten()
    .and_then(|p| p.into_path().ok());
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
    checked_in(&app, validate::id("objectiveId", objective_id))?;
    let chosen = lock(app.state::<Shared>().inner()).chosen_csv.clone();
    let path = checked_in(&app, validate::chosen_file(&path, chosen.as_deref()))?;
    checked_in(&app, validate::delimiter(&mapping.delimiter))?;
    checked_in(&app, validate::column("dateColumn", mapping.date_column))?;
    checked_in(&app, validate::column("valueColumn", mapping.value_column))?;
    write(&app, Some(EntityKind::Measurement), move |ws| {
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
        Ok(calendar::entries(&ws.list::<InternalFlow>()?, from, weeks))
    })
    .await
}

/// Writes the internal-communication calendar as an `.ics` file chosen with
/// the native save dialog; returns its path, or null when cancelled.
#[tauri::command]
pub async fn calendar_export_ics<R: Runtime>(app: AppHandle<R>) -> CommandResult<Option<String>> {
    let shared = app.state::<Shared>().inner().clone();
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
            &ws.list::<InternalFlow>()?,
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
        channel_list,
        channel_create,
        channel_update,
        channel_delete,
        department_list,
        department_create,
        department_update,
        department_delete,
        activity_list,
        activity_create,
        activity_update,
        activity_delete,
        audience_list,
        audience_create,
        audience_update,
        audience_delete,
        criterion_list,
        criterion_create,
        criterion_update,
        criterion_delete,
        objective_list,
        objective_create,
        objective_update,
        objective_delete,
        measurement_all,
        measurement_create,
        measurement_update,
        measurement_delete,
        campaign_list,
        campaign_create,
        campaign_update,
        campaign_delete,
        flow_list,
        flow_create,
        flow_update,
        flow_delete,
        info_need_list,
        info_need_create,
        info_need_update,
        info_need_delete,
        recommendation_list,
        recommendation_create,
        recommendation_update,
        recommendation_delete,
        health_report,
        health_score_explanation,
        health_settings_get,
        health_settings_save,
        acknowledgement_save,
        acknowledgement_withdraw,
        section_counts,
        delete_impact,
        undo_delete,
        raci_list,
        raci_set,
        activity_reorder,
        fit_matrix,
        fit_set_score,
        measurement_list,
        kpi_csv_pick,
        kpi_csv_preview,
        kpi_csv_import,
        calendar,
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
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_workspaces_get_the_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan"), EXTENSION),
            PathBuf::from("/a/Plan.rumbo")
        );
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan.RUMBO"), EXTENSION),
            PathBuf::from("/a/Plan.RUMBO")
        );
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan.v2"), EXTENSION),
            PathBuf::from("/a/Plan.v2.rumbo")
        );
    }

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
