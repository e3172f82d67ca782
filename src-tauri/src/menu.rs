//! The native menu bar, in the interface language, rebuilt when the language
//! or the recent files change; and [`refresh`], which brings the window's
//! native parts (menu, title, theme) in line with the state.

use rumbo_core::Lang;
use rumbo_core::ipc::{LanguagePref, ThemePref};
use tauri::menu::{
    AboutMetadata, CheckMenuItemBuilder, Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder,
};
use tauri::{AppHandle, Manager, Runtime};

use crate::prefs::Prefs;
use crate::state::lock;

pub const NEW: &str = "file.new";
pub const OPEN: &str = "file.open";
pub const CLOSE: &str = "file.close";
pub const SAVE_COPY: &str = "file.save-copy";
pub const BACKUPS: &str = "file.backups";
pub const CLEAR_RECENT: &str = "file.clear-recent";
/// Followed by the index in the recent list.
pub const RECENT_PREFIX: &str = "file.recent.";
pub const LANGUAGE_PREFIX: &str = "view.language.";
pub const THEME_PREFIX: &str = "view.theme.";

/// Brings the native parts of the window in line with the state: title,
/// menu (language, recent files) and theme.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    let shared = crate::run::shared(app);
    let inner = lock(&shared);
    match build(app, &inner.prefs, inner.lang(), inner.workspace.is_some()) {
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

pub fn language_id(pref: LanguagePref) -> String {
    format!("{LANGUAGE_PREFIX}{}", language_code(pref))
}

fn language_code(pref: LanguagePref) -> &'static str {
    match pref {
        LanguagePref::System => "system",
        LanguagePref::En => "en",
        LanguagePref::Es => "es",
    }
}

pub fn parse_language(id: &str) -> Option<LanguagePref> {
    [LanguagePref::System, LanguagePref::En, LanguagePref::Es]
        .into_iter()
        .find(|p| id.strip_prefix(LANGUAGE_PREFIX) == Some(language_code(*p)))
}

fn theme_code(pref: ThemePref) -> &'static str {
    match pref {
        ThemePref::System => "system",
        ThemePref::Light => "light",
        ThemePref::Dark => "dark",
    }
}

pub fn parse_theme(id: &str) -> Option<ThemePref> {
    [ThemePref::System, ThemePref::Light, ThemePref::Dark]
        .into_iter()
        .find(|p| id.strip_prefix(THEME_PREFIX) == Some(theme_code(*p)))
}

/// Builds the whole menu bar.
pub fn build<R: Runtime>(
    app: &AppHandle<R>,
    prefs: &Prefs,
    lang: Lang,
    has_workspace: bool,
) -> tauri::Result<Menu<R>> {
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);

    let mut recent = SubmenuBuilder::new(app, t("Open Recent", "Abrir reciente"));
    if prefs.recent.is_empty() {
        recent = recent.item(
            &MenuItemBuilder::new(t("No recent workspaces", "No hay espacios recientes"))
                .enabled(false)
                .build(app)?,
        );
    } else {
        for (index, path) in prefs.recent.iter().enumerate() {
            let label = format!(
                "{}  —  {}",
                crate::prefs::file_name(path),
                path.parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            );
            recent = recent.item(
                &MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{index}"), label)
                    .enabled(path.is_file())
                    .build(app)?,
            );
        }
        recent = recent.separator().item(
            &MenuItemBuilder::with_id(CLEAR_RECENT, t("Clear Recent", "Borrar la lista"))
                .build(app)?,
        );
    }

    let file = SubmenuBuilder::new(app, t("File", "Archivo"))
        .item(
            &MenuItemBuilder::with_id(NEW, t("New Workspace…", "Nuevo espacio de trabajo…"))
                .accelerator("CmdOrCtrl+N")
                .build(app)?,
        )
        .item(
            &MenuItemBuilder::with_id(OPEN, t("Open…", "Abrir…"))
                .accelerator("CmdOrCtrl+O")
                .build(app)?,
        )
        .item(&recent.build()?)
        .separator()
        .item(
            &MenuItemBuilder::with_id(SAVE_COPY, t("Save a Copy…", "Guardar una copia…"))
                .accelerator("CmdOrCtrl+Shift+S")
                .enabled(has_workspace)
                .build(app)?,
        )
        .item(
            &MenuItemBuilder::with_id(BACKUPS, t("Backups…", "Copias de seguridad…"))
                .enabled(has_workspace)
                .build(app)?,
        )
        .separator()
        .item(
            &MenuItemBuilder::with_id(CLOSE, t("Close Workspace", "Cerrar espacio de trabajo"))
                .accelerator("CmdOrCtrl+W")
                .enabled(has_workspace)
                .build(app)?,
        )
        .separator()
        .quit_with_text(t("Quit Rumbo", "Salir de Rumbo"))
        .build()?;

    let edit = SubmenuBuilder::new(app, t("Edit", "Edición"))
        .undo_with_text(t("Undo", "Deshacer"))
        .redo_with_text(t("Redo", "Rehacer"))
        .separator()
        .cut_with_text(t("Cut", "Cortar"))
        .copy_with_text(t("Copy", "Copiar"))
        .paste_with_text(t("Paste", "Pegar"))
        .select_all_with_text(t("Select All", "Seleccionar todo"))
        .build()?;

    let mut language = SubmenuBuilder::new(app, t("Language", "Idioma"));
    for (pref, label) in [
        (LanguagePref::System, t("As the system", "Como el sistema")),
        (LanguagePref::En, "English"),
        (LanguagePref::Es, "Español"),
    ] {
        language = language.item(
            &CheckMenuItemBuilder::with_id(language_id(pref), label)
                .checked(prefs.language == pref)
                .build(app)?,
        );
    }
    let mut appearance = SubmenuBuilder::new(app, t("Appearance", "Apariencia"));
    for (pref, label) in [
        (ThemePref::System, t("As the system", "Como el sistema")),
        (ThemePref::Light, t("Light", "Clara")),
        (ThemePref::Dark, t("Dark", "Oscura")),
    ] {
        let id = format!("{THEME_PREFIX}{}", theme_code(pref));
        appearance = appearance.item(
            &CheckMenuItemBuilder::with_id(id, label)
                .checked(prefs.theme == pref)
                .build(app)?,
        );
    }
    let view = SubmenuBuilder::new(app, t("View", "Ver"))
        .item(&language.build()?)
        .item(&appearance.build()?)
        .build()?;

    let about = AboutMetadata {
        name: Some("Rumbo".into()),
        version: Some(env!("CARGO_PKG_VERSION").into()),
        comments: Some(t("The community manager's strategy workspace. Private and local: it never connects to the internet.", "El espacio de trabajo de la estrategia del community manager. Privado y local: nunca se conecta a internet.").into()),
        license: Some("MIT OR Apache-2.0".into()),
        ..AboutMetadata::default()
    };
    let help = SubmenuBuilder::new(app, t("Help", "Ayuda"))
        .about_with_text(t("About Rumbo", "Acerca de Rumbo"), Some(about))
        .build()?;

    MenuBuilder::new(app)
        .items(&[&file, &edit, &view, &help])
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_ids_round_trip() {
        for pref in [LanguagePref::System, LanguagePref::En, LanguagePref::Es] {
            assert_eq!(parse_language(&language_id(pref)), Some(pref));
        }
        for pref in [ThemePref::System, ThemePref::Light, ThemePref::Dark] {
            assert_eq!(
                parse_theme(&format!("{THEME_PREFIX}{}", theme_code(pref))),
                Some(pref)
            );
        }
        assert_eq!(parse_language("view.language.fr"), None);
    }
}
