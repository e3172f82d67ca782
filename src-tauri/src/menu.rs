//! The native menu bar, in the interface language, built again only when
//! what it shows changes (the language, the recent files, a workspace open
//! or not); and [`refresh`], which brings the window's native parts (menu,
//! title, theme) in line with the state.

use rumbo_core::Lang;
use rumbo_core::ipc::{LanguagePref, ThemePref};
use rumbo_core::menu::{COMMANDS, MenuCommand, MenuGroup, command_of};
use tauri::menu::{CheckMenuItemBuilder, Menu, MenuBuilder, MenuItemBuilder, SubmenuBuilder};
use tauri::{AppHandle, Manager, Runtime};

use crate::prefs::Prefs;
use crate::state::lock;

pub use rumbo_core::menu::{
    ABOUT, BACKUPS, CLEAR_RECENT, CLOSE, GUIDE, LANGUAGE_PREFIX, NEW, OPEN, PALETTE, SAVE_COPY,
    SHORTCUTS, THEME_PREFIX, ZOOM_IN, ZOOM_OUT, ZOOM_RESET,
};
/// Followed by the index in the recent list.
pub const RECENT_PREFIX: &str = "file.recent.";

/// What a menu bar shows. A new bar replaces the whole old one (GTK builds
/// and lays out every item again, and muda warns on standard error about
/// the old bar's shortcuts), so the bar is built again only when this
/// changes — not at each save of the profile or backup taken, which also
/// bring the window's title and state in line.
#[derive(Debug, Clone, PartialEq)]
struct Shape {
    lang: Lang,
    language: LanguagePref,
    theme: ThemePref,
    /// The recent files, each with whether it is still there (its item is
    /// enabled only then).
    recent: Vec<(std::path::PathBuf, bool)>,
    has_workspace: bool,
}

impl Shape {
    fn of(prefs: &Prefs, lang: Lang, has_workspace: bool) -> Shape {
        Shape {
            lang,
            language: prefs.language,
            theme: prefs.theme,
            recent: prefs
                .recent
                .iter()
                .map(|path| (path.clone(), path.is_file()))
                .collect(),
            has_workspace,
        }
    }
}

/// The shape of the bar the window shows (managed by the app).
#[derive(Default)]
pub struct Shown(std::sync::Mutex<Option<Shape>>);

/// Brings the native parts of the window in line with the state: title,
/// menu (language, recent files) and theme.
pub fn refresh<R: Runtime>(app: &AppHandle<R>) {
    crate::trace::mark("menu: refresh");
    let shared = crate::run::shared(app);
    let inner = lock(&shared);
    show(
        app,
        Shape::of(&inner.prefs, inner.lang(), inner.workspace.is_some()),
    );
    window_in_line(app, &inner);
    crate::trace::mark("menu: refreshed");
}

/// The window's title and theme, from the state.
fn window_in_line<R: Runtime>(app: &AppHandle<R>, inner: &crate::state::Inner) {
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

/// The menu bar at the start, as it will be once the workspace at
/// `opening` is open (its items enabled, first in the recent files), so
/// that the bar in place from the first frame is not built again when the
/// file is open a moment later; [`refresh`] builds it again only if the
/// open went otherwise.
pub fn show_opening<R: Runtime>(app: &AppHandle<R>, opening: Option<&std::path::Path>) {
    let shared = crate::run::shared(app);
    let inner = lock(&shared);
    let mut prefs = inner.prefs.clone();
    if let Some(path) = opening {
        prefs.opened(path);
    }
    let has_workspace = opening.is_some() || inner.workspace.is_some();
    let shape = Shape::of(&prefs, inner.lang(), has_workspace);
    show(app, shape);
    window_in_line(app, &inner);
}

/// Puts a bar of `shape` in the window, unless it is the one shown. True
/// when a bar was built.
fn show<R: Runtime>(app: &AppHandle<R>, shape: Shape) -> bool {
    let shown = app.try_state::<Shown>();
    let mut current = shown.as_ref().map(|shown| {
        shown
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    });
    if current
        .as_deref()
        .is_some_and(|c| c.as_ref() == Some(&shape))
    {
        return false;
    }
    match build(app, &shape) {
        Ok(bar) => {
            if has_native_menu::<R>()
                && let Err(error) = app.set_menu(bar)
            {
                eprintln!("rumbo: cannot set the menu: {error}");
                return true;
            }
            if let Some(current) = current.as_deref_mut() {
                *current = Some(shape);
            }
        }
        Err(error) => eprintln!("rumbo: cannot build the menu: {error}"),
    }
    true
}

/// Forgets which bar the window shows, so that the next [`refresh`] builds
/// one: a language or appearance chosen in the menu has already ticked its
/// item in GTK's bar, and choosing the one already in use unticks it there
/// while what the bar should show stays the same.
pub fn forget<R: Runtime>(app: &AppHandle<R>) {
    if let Some(shown) = app.try_state::<Shown>() {
        *shown
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = None;
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

/// The command `id` of [`COMMANDS`] (every id this file names is there: a
/// test checks it).
fn command(id: &str) -> &'static MenuCommand {
    static MISSING: MenuCommand = MenuCommand {
        id: "",
        group: MenuGroup::File,
        choice: None,
        en: "?",
        es: "?",
        accelerator: None,
    };
    command_of(id).unwrap_or(&MISSING)
}

/// A plain menu item for the command `id`, with its label and shortcut.
fn item<R: Runtime>(
    app: &AppHandle<R>,
    lang: Lang,
    id: &str,
    enabled: bool,
) -> tauri::Result<tauri::menu::MenuItem<R>> {
    let command = command(id);
    let mut builder = MenuItemBuilder::with_id(id, command.label(lang)).enabled(enabled);
    if let Some(accelerator) = command.accelerator {
        builder = builder.accelerator(accelerator);
    }
    builder.build(app)
}

/// Builds the whole menu bar of `shape`.
fn build<R: Runtime>(app: &AppHandle<R>, shape: &Shape) -> tauri::Result<Menu<R>> {
    let lang = shape.lang;
    let has_workspace = shape.has_workspace;
    let t = |en: &'static str, es: &'static str| lang.pick(en, es);

    let mut recent = SubmenuBuilder::new(app, t("Open Recent", "Abrir reciente"));
    if shape.recent.is_empty() {
        recent = recent.item(
            &MenuItemBuilder::new(t("No recent workspaces", "No hay espacios recientes"))
                .enabled(false)
                .build(app)?,
        );
    } else {
        for (index, (path, there)) in shape.recent.iter().enumerate() {
            let label = format!(
                "{}  —  {}",
                crate::prefs::file_name(path),
                path.parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default()
            );
            recent = recent.item(
                &MenuItemBuilder::with_id(format!("{RECENT_PREFIX}{index}"), label)
                    .enabled(*there)
                    .build(app)?,
            );
        }
        recent = recent
            .separator()
            .item(&item(app, lang, CLEAR_RECENT, true)?);
    }

    let file = SubmenuBuilder::new(app, MenuGroup::File.label(lang))
        .item(&item(app, lang, NEW, true)?)
        .item(&item(app, lang, OPEN, true)?)
        .item(&recent.build()?)
        .separator()
        .item(&item(app, lang, SAVE_COPY, has_workspace)?)
        .item(&item(app, lang, BACKUPS, has_workspace)?)
        .separator()
        .item(&item(app, lang, CLOSE, has_workspace)?)
        .separator()
        .quit_with_text(command(rumbo_core::menu::QUIT).label(lang))
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

    // The language and appearance submenus: a check item for each choice.
    let choices = |choice: rumbo_core::menu::Choice, checked: &str| -> tauri::Result<_> {
        let mut submenu = SubmenuBuilder::new(app, choice.label(lang));
        for command in COMMANDS.iter().filter(|c| c.choice == Some(choice)) {
            submenu = submenu.item(
                &CheckMenuItemBuilder::with_id(command.id, command.label(lang))
                    .checked(command.id == checked)
                    .build(app)?,
            );
        }
        submenu.build()
    };
    let view = SubmenuBuilder::new(app, MenuGroup::View.label(lang))
        .item(&item(app, lang, PALETTE, true)?)
        .separator()
        .item(&choices(
            rumbo_core::menu::Choice::Language,
            &language_id(shape.language),
        )?)
        .item(&choices(
            rumbo_core::menu::Choice::Appearance,
            &format!("{THEME_PREFIX}{}", theme_code(shape.theme)),
        )?)
        .separator()
        .item(&item(app, lang, ZOOM_IN, true)?)
        .item(&item(app, lang, ZOOM_OUT, true)?)
        .item(&item(app, lang, ZOOM_RESET, true)?)
        .build()?;

    let help = SubmenuBuilder::new(app, MenuGroup::Help.label(lang))
        .item(&item(app, lang, GUIDE, true)?)
        .item(&item(app, lang, SHORTCUTS, true)?)
        .separator()
        .item(&item(app, lang, ABOUT, true)?)
        .build()?;

    MenuBuilder::new(app)
        .items(&[&file, &edit, &view, &help])
        .build()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;
    use std::sync::{Arc, Mutex};

    fn mock_app(dir: &Path) -> tauri::App<tauri::test::MockRuntime> {
        let app = tauri::test::mock_builder()
            .build(tauri::generate_context!())
            .unwrap_or_else(|e| panic!("mock app: {e}"));
        let shared: crate::state::Shared = Arc::new(Mutex::new(crate::state::Inner::new(
            dir.join("prefs.json"),
            Lang::En,
        )));
        app.manage(shared);
        app.manage(Shown::default());
        app
    }

    #[test]
    fn the_bar_is_built_again_only_when_what_it_shows_changes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let app = mock_app(dir.path());
        let app = app.handle();
        let prefs = Prefs::default();
        let first = Shape::of(&prefs, Lang::En, false);
        assert!(show(app, first.clone()));
        assert!(!show(app, first), "the same bar is not built again");
        // Another language, a workspace open, a recent file, a recent file
        // gone, another theme: each is another bar.
        assert!(show(app, Shape::of(&prefs, Lang::Es, false)));
        assert!(show(app, Shape::of(&prefs, Lang::Es, true)));
        let file = dir.path().join("plan.rumbo");
        std::fs::write(&file, b"").unwrap_or_else(|e| panic!("{e}"));
        let mut recent = prefs.clone();
        recent.opened(&file);
        assert!(show(app, Shape::of(&recent, Lang::Es, true)));
        assert!(!show(app, Shape::of(&recent, Lang::Es, true)));
        std::fs::remove_file(&file).unwrap_or_else(|e| panic!("{e}"));
        assert!(show(app, Shape::of(&recent, Lang::Es, true)));
        recent.theme = ThemePref::Dark;
        assert!(show(app, Shape::of(&recent, Lang::Es, true)));
        // Once forgotten (a choice made in the bar itself), the same bar is
        // built again, its ticks as the state says.
        forget(app);
        assert!(show(app, Shape::of(&recent, Lang::Es, true)));
        assert!(!show(app, Shape::of(&recent, Lang::Es, true)));
    }

    /// The bar put in place at the start, before the workspace is read, is
    /// the one the window needs once it is open: not built a second time.
    #[test]
    fn the_starts_bar_is_the_one_the_open_workspace_needs() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let app = mock_app(dir.path());
        let file = dir.path().join("plan.rumbo");
        rumbo_store::Workspace::create_from(&file, &rumbo_core::sample::workspace(Lang::En))
            .and_then(rumbo_store::Workspace::close)
            .unwrap_or_else(|e| panic!("sample: {e}"));
        let shared = crate::run::shared(app.handle());
        // An earlier session's recent files, this one not first.
        {
            let mut inner = lock(&shared);
            inner.prefs.opened(&file);
            inner.prefs.opened(&dir.path().join("other.rumbo"));
        }
        show_opening(app.handle(), Some(&file));
        let mut inner = lock(&shared);
        inner.open(&file).unwrap_or_else(|e| panic!("open: {e}"));
        let after = Shape::of(&inner.prefs, inner.lang(), inner.workspace.is_some());
        assert_eq!(
            after.recent.first().map(|r| r.0.as_path()),
            Some(file.as_path())
        );
        assert!(!show(app.handle(), after));
        // A workspace that cannot be opened: the bar is built again.
        let gone = dir.path().join("gone.rumbo");
        drop(inner);
        show_opening(app.handle(), Some(&gone));
        let mut inner = lock(&shared);
        assert!(inner.open(&gone).is_err());
        let after = Shape::of(&inner.prefs, inner.lang(), inner.workspace.is_some());
        assert!(show(app.handle(), after));
    }

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

    /// Every command the menu bar is built with is in the one list, and so
    /// is every choice of language and appearance the menu parses.
    #[test]
    fn the_menu_is_built_from_the_one_list() {
        let source = include_str!("menu.rs");
        // The building code: from `build` to the tests.
        let source = source
            .split("\nfn build<")
            .nth(1)
            .and_then(|s| s.split("#[cfg(test)]\nmod tests").next())
            .unwrap_or_default();
        for id in [
            NEW,
            OPEN,
            CLEAR_RECENT,
            SAVE_COPY,
            BACKUPS,
            CLOSE,
            rumbo_core::menu::QUIT,
            PALETTE,
            ZOOM_IN,
            ZOOM_OUT,
            ZOOM_RESET,
            GUIDE,
            SHORTCUTS,
            ABOUT,
        ] {
            assert!(command_of(id).is_some(), "{id}");
        }
        for pref in [LanguagePref::System, LanguagePref::En, LanguagePref::Es] {
            assert!(command_of(&language_id(pref)).is_some());
        }
        for pref in [ThemePref::System, ThemePref::Light, ThemePref::Dark] {
            assert!(command_of(&format!("{THEME_PREFIX}{}", theme_code(pref))).is_some());
        }
        // And every command of the list is on the menu bar.
        for command in COMMANDS {
            let named = command.choice.is_some()
                || source.contains(&format!(
                    "lang, {}, ",
                    command
                        .id
                        .rsplit('.')
                        .next()
                        .unwrap_or_default()
                        .to_uppercase()
                        .replace('-', "_")
                ))
                || command.id == rumbo_core::menu::QUIT;
            assert!(named, "{} is not on the menu bar", command.id);
        }
    }
}
