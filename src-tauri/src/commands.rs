//! The narrow, typed commands the window calls, and the workspace actions
//! the native menu shares with them. Blocking work (SQLite, dialogs) runs on
//! a worker thread, never on the main thread.

use std::path::PathBuf;

use rumbo_core::ipc::{AppSnapshot, LanguagePref, ThemePref};
use rumbo_core::model::{Channel, ChannelInput, Profile};
use rumbo_core::{ApiError, Error, Lang};
use rumbo_store::EXTENSION;
use tauri::{AppHandle, Emitter, Manager, Runtime, State};
use tauri_plugin_dialog::DialogExt;

use crate::menu;
use crate::state::{Inner, Shared, lock};

/// The event that carries a new [`AppSnapshot`] to the window.
pub const APP_STATE_EVENT: &str = "app-state";
/// The event that asks the window to run a File-menu action
/// ([`rumbo_core::ipc::MenuAction`]).
pub const MENU_ACTION_EVENT: &str = "menu-action";

type CommandResult<T> = Result<T, ApiError>;

/// Runs `f` on a worker thread with the state locked; errors come back in
/// the interface language.
async fn with_state<T, F>(shared: &Shared, f: F) -> CommandResult<T>
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
async fn with_workspace<T, F>(shared: &Shared, f: F) -> CommandResult<T>
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
            Action::New => chosen.map_or(Ok(()), |path| inner.create(&with_extension(path))),
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
        Ok(bar) => {
            if let Err(error) = app.set_menu(bar) {
                eprintln!("rumbo: cannot set the menu: {error}");
            }
        }
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

/// Asks the user for a workspace file with the native dialog.
async fn pick<R: Runtime>(app: &AppHandle<R>, lang: Lang, save: bool) -> Option<PathBuf> {
    let mut dialog = app.dialog().file().add_filter(
        lang.pick("Rumbo workspace", "Espacio de trabajo de Rumbo"),
        &[EXTENSION],
    );
    if let Some(window) = app.get_webview_window("main") {
        dialog = dialog.set_parent(&window);
    }
    let chosen = tauri::async_runtime::spawn_blocking(move || {
        if save {
            dialog
                .set_title(lang.pick("New workspace", "Nuevo espacio de trabajo"))
                .set_file_name(lang.pick("Strategy.rumbo", "Estrategia.rumbo"))
                .blocking_save_file()
        } else {
            dialog
                .set_title(lang.pick("Open a workspace", "Abrir un espacio de trabajo"))
                .blocking_pick_file()
        }
    })
    .await
    .ok()
    .flatten();
    chosen.and_then(|path| path.into_path().ok())
}

/// A new workspace always gets the `.rumbo` extension.
fn with_extension(path: PathBuf) -> PathBuf {
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case(EXTENSION))
    {
        path
    } else {
        let mut name = path.into_os_string();
        name.push(".");
        name.push(EXTENSION);
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
    Ok(perform(&app, Action::OpenPath(PathBuf::from(path))).await)
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
    Ok(saved)
}

// -- commands: channels ----------------------------------------------------

#[tauri::command]
pub async fn channel_list(shared: State<'_, Shared>) -> CommandResult<Vec<Channel>> {
    with_workspace(&shared, |ws| ws.channels()).await
}

#[tauri::command]
pub async fn channel_create(
    shared: State<'_, Shared>,
    input: ChannelInput,
) -> CommandResult<Channel> {
    with_workspace(&shared, move |ws| ws.create_channel(input)).await
}

#[tauri::command]
pub async fn channel_update(
    shared: State<'_, Shared>,
    id: i64,
    input: ChannelInput,
) -> CommandResult<Channel> {
    with_workspace(&shared, move |ws| ws.update_channel(id, input)).await
}

#[tauri::command]
pub async fn channel_delete(shared: State<'_, Shared>, id: i64) -> CommandResult<()> {
    with_workspace(&shared, move |ws| ws.delete_channel(id)).await
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
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_workspaces_get_the_extension() {
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan")),
            PathBuf::from("/a/Plan.rumbo")
        );
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan.RUMBO")),
            PathBuf::from("/a/Plan.RUMBO")
        );
        assert_eq!(
            with_extension(PathBuf::from("/a/Plan.v2")),
            PathBuf::from("/a/Plan.v2.rumbo")
        );
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
                handler_source.contains(&format!("pub async fn {name}")),
                "{name} has no command"
            );
        }
        let declared = handler_source.matches("#[tauri::command]").count() - 1; // this line
        assert_eq!(declared, crate::command_names::COMMAND_NAMES.len());
    }
}
