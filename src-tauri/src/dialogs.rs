//! The native file dialogs, over the main window and off the main thread.

use std::path::PathBuf;

use rumbo_core::Lang;
use rumbo_store::EXTENSION;
use tauri::{AppHandle, Manager, Runtime};
use tauri_plugin_dialog::DialogExt;

/// A native file dialog over the main window, showing only files of `extensions`.
pub(crate) fn file_dialog<R: Runtime>(
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

/// Asks for one existing file of `kind` (`extensions`) titled `title`;
/// `None` when the person cancelled.
pub(crate) async fn ask_open_path<R: Runtime>(
    app: &AppHandle<R>,
    kind: &str,
    extensions: &[&str],
    title: &str,
) -> Option<PathBuf> {
    let dialog = file_dialog(app, kind, extensions).set_title(title);
    tauri::async_runtime::spawn_blocking(move || dialog.blocking_pick_file())
        .await
        .ok()
        .flatten()
        .and_then(|path| path.into_path().ok())
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
pub(crate) async fn ask_workspace<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    save: bool,
) -> Option<PathBuf> {
    let kind = lang.pick("Rumbo workspace", "Espacio de trabajo de Rumbo");
    if save {
        let title = lang.pick("New workspace", "Nuevo espacio de trabajo");
        let name = lang.pick("Strategy.rumbo", "Estrategia.rumbo").to_string();
        return ask_save_path(app, kind, &[EXTENSION], title, name).await;
    }
    let title = lang.pick("Open a workspace", "Abrir un espacio de trabajo");
    ask_open_path(app, kind, &[EXTENSION], title).await
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
}
