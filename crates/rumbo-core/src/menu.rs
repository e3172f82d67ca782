//! The commands of the app's menu bar, listed once, with their labels in
//! both languages and their keyboard shortcuts. The native menu
//! (`src-tauri/src/menu.rs`) is built from this list; the window's command
//! palette runs every command in it and its keyboard-shortcuts page lists
//! every shortcut in it (`MENU_COMMANDS` in the generated bindings).
//!
//! The recent files (File → Open Recent) are not here: they are the
//! person's files, listed as they change. Nor is Edit (undo, cut, copy,
//! paste, select all): those are the system's own, for the text being
//! typed.

use crate::lang::Lang;

/// The menu a command sits in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MenuGroup {
    File,
    View,
    Help,
}

impl MenuGroup {
    /// The stable name (the first part of its commands' ids).
    pub fn as_str(self) -> &'static str {
        match self {
            MenuGroup::File => "file",
            MenuGroup::View => "view",
            MenuGroup::Help => "help",
        }
    }

    /// The menu's title.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            MenuGroup::File => lang.pick("File", "Archivo"),
            MenuGroup::View => lang.pick("View", "Ver"),
            MenuGroup::Help => lang.pick("Help", "Ayuda"),
        }
    }
}

/// A submenu that holds a choice among commands (one is checked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Language,
    Appearance,
}

impl Choice {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Choice::Language => lang.pick("Language", "Idioma"),
            Choice::Appearance => lang.pick("Appearance", "Apariencia"),
        }
    }
}

/// One command of the menu bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MenuCommand {
    /// Stable id: the native menu item's id, and how the window names it.
    pub id: &'static str,
    pub group: MenuGroup,
    /// The submenu it is a choice in, if any.
    pub choice: Option<Choice>,
    pub en: &'static str,
    pub es: &'static str,
    /// Its shortcut, in Tauri's syntax (`CmdOrCtrl+N`: Ctrl, or ⌘ on macOS).
    pub accelerator: Option<&'static str>,
}

impl MenuCommand {
    /// The label in `lang`.
    pub fn label(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.es)
    }
}

const fn command(
    id: &'static str,
    group: MenuGroup,
    en: &'static str,
    es: &'static str,
    accelerator: Option<&'static str>,
) -> MenuCommand {
    MenuCommand {
        id,
        group,
        choice: None,
        en,
        es,
        accelerator,
    }
}

const fn choice(
    id: &'static str,
    choice: Choice,
    en: &'static str,
    es: &'static str,
) -> MenuCommand {
    MenuCommand {
        id,
        group: MenuGroup::View,
        choice: Some(choice),
        en,
        es,
        accelerator: None,
    }
}

pub const NEW: &str = "file.new";
pub const OPEN: &str = "file.open";
pub const SAVE_COPY: &str = "file.save-copy";
pub const BACKUPS: &str = "file.backups";
pub const CLOSE: &str = "file.close";
pub const CLEAR_RECENT: &str = "file.clear-recent";
pub const QUIT: &str = "file.quit";
pub const PALETTE: &str = "view.palette";
pub const ZOOM_IN: &str = "view.zoom-in";
pub const ZOOM_OUT: &str = "view.zoom-out";
pub const ZOOM_RESET: &str = "view.zoom-reset";
pub const GUIDE: &str = "help.guide";
pub const SHORTCUTS: &str = "help.shortcuts";
pub const ABOUT: &str = "help.about";
/// Followed by the language preference (`system`, `en`, `es`).
pub const LANGUAGE_PREFIX: &str = "view.language.";
/// Followed by the theme preference (`system`, `light`, `dark`).
pub const THEME_PREFIX: &str = "view.theme.";

/// Every command of the menu bar, in the menus' order.
pub const COMMANDS: &[MenuCommand] = &[
    command(
        NEW,
        MenuGroup::File,
        "New Workspace…",
        "Nuevo espacio de trabajo…",
        Some("CmdOrCtrl+N"),
    ),
    command(
        OPEN,
        MenuGroup::File,
        "Open…",
        "Abrir…",
        Some("CmdOrCtrl+O"),
    ),
    command(
        CLEAR_RECENT,
        MenuGroup::File,
        "Clear Recent",
        "Borrar la lista de recientes",
        None,
    ),
    command(
        SAVE_COPY,
        MenuGroup::File,
        "Save a Copy…",
        "Guardar una copia…",
        Some("CmdOrCtrl+Shift+S"),
    ),
    command(
        BACKUPS,
        MenuGroup::File,
        "Backups…",
        "Copias de seguridad…",
        None,
    ),
    command(
        CLOSE,
        MenuGroup::File,
        "Close Workspace",
        "Cerrar espacio de trabajo",
        Some("CmdOrCtrl+W"),
    ),
    command(QUIT, MenuGroup::File, "Quit Rumbo", "Salir de Rumbo", None),
    command(
        PALETTE,
        MenuGroup::View,
        "Go to or Run…",
        "Ir a o ejecutar…",
        Some("CmdOrCtrl+K"),
    ),
    choice(
        "view.language.system",
        Choice::Language,
        "As the system",
        "Como el sistema",
    ),
    choice("view.language.en", Choice::Language, "English", "English"),
    choice("view.language.es", Choice::Language, "Español", "Español"),
    choice(
        "view.theme.system",
        Choice::Appearance,
        "As the system",
        "Como el sistema",
    ),
    choice("view.theme.light", Choice::Appearance, "Light", "Clara"),
    choice("view.theme.dark", Choice::Appearance, "Dark", "Oscura"),
    command(
        ZOOM_IN,
        MenuGroup::View,
        "Zoom In",
        "Ampliar",
        Some("CmdOrCtrl+="),
    ),
    command(
        ZOOM_OUT,
        MenuGroup::View,
        "Zoom Out",
        "Reducir",
        Some("CmdOrCtrl+-"),
    ),
    command(
        ZOOM_RESET,
        MenuGroup::View,
        "Actual Size",
        "Tamaño real",
        Some("CmdOrCtrl+0"),
    ),
    command(
        GUIDE,
        MenuGroup::Help,
        "User Guide",
        "Guía de uso",
        Some("F1"),
    ),
    command(
        SHORTCUTS,
        MenuGroup::Help,
        "Keyboard Shortcuts",
        "Atajos de teclado",
        Some("CmdOrCtrl+/"),
    ),
    command(
        ABOUT,
        MenuGroup::Help,
        "About Rumbo",
        "Acerca de Rumbo",
        None,
    ),
];

/// The command `id`.
pub fn command_of(id: &str) -> Option<&'static MenuCommand> {
    COMMANDS.iter().find(|c| c.id == id)
}

/// The zoom levels the window steps through (View → Zoom In, Zoom Out).
pub const ZOOM_LEVELS: &[f64] = &[0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0];

/// The zoom level after `current` one step in (`steps` > 0) or out (< 0),
/// within [`ZOOM_LEVELS`]; 0 steps resets to 100 %.
pub fn zoom_step(current: f64, steps: i32) -> f64 {
    if steps == 0 {
        return 1.0;
    }
    let last = ZOOM_LEVELS.len() - 1;
    let current = if current.is_finite() { current } else { 1.0 };
    // The level nearest to `current` (a hand-edited preference may hold any number).
    let nearest = ZOOM_LEVELS
        .iter()
        .enumerate()
        .min_by(|a, b| (a.1 - current).abs().total_cmp(&(b.1 - current).abs()))
        .map_or(2, |(i, _)| i);
    let next = if steps > 0 {
        nearest
            .saturating_add(steps.unsigned_abs() as usize)
            .min(last)
    } else {
        nearest.saturating_sub(steps.unsigned_abs() as usize)
    };
    ZOOM_LEVELS[next]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_name_their_menu() {
        for (i, c) in COMMANDS.iter().enumerate() {
            assert!(
                c.id.starts_with(&format!("{}.", c.group.as_str())),
                "{}",
                c.id
            );
            assert!(COMMANDS[..i].iter().all(|d| d.id != c.id), "{} twice", c.id);
            assert!(!c.en.is_empty() && !c.es.is_empty(), "{}", c.id);
            assert_eq!(command_of(c.id), Some(c));
        }
    }

    #[test]
    fn no_two_commands_share_a_shortcut() {
        let shortcuts: Vec<&str> = COMMANDS.iter().filter_map(|c| c.accelerator).collect();
        for (i, s) in shortcuts.iter().enumerate() {
            assert!(!shortcuts[..i].contains(s), "{s} twice");
        }
    }

    #[test]
    fn zoom_steps_stay_within_the_levels() {
        assert_eq!(zoom_step(1.0, 1), 1.1);
        assert_eq!(zoom_step(1.0, -1), 0.9);
        assert_eq!(zoom_step(1.0, 5), 2.0);
        assert_eq!(zoom_step(3.0, 1), 3.0);
        assert_eq!(zoom_step(0.75, -1), 0.75);
        assert_eq!(zoom_step(2.0, 0), 1.0);
        // A level between two steps moves from the nearest.
        assert_eq!(zoom_step(1.3, 1), 1.5);
        assert_eq!(zoom_step(f64::NAN, 1), 1.1);
    }
}
