//! The app's own preferences (not the workspace's): recent files, the last
//! workspace, language, theme and zoom, and for each recent workspace how
//! the window last showed it (its size and position, the section and record
//! on screen). A small JSON file in the user's config folder; a missing or
//! unreadable one means defaults, never a failed start.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rumbo_core::ipc::{LanguagePref, RecentFile, ThemePref, ViewPlace};
use serde::{Deserialize, Serialize};

/// How many recent workspaces File → Open Recent keeps.
pub const MAX_RECENT: usize = 10;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Prefs {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The workspace to reopen on start: the one open when the app last quit.
    pub last_open: Option<PathBuf>,
    pub language: LanguagePref,
    pub theme: ThemePref,
    /// The window's zoom (1.0 is 100 %).
    pub zoom: Option<f64>,
    /// The window as it was last, whatever was open: where it opens when
    /// no workspace has a place of its own.
    pub window: Option<WindowGeometry>,
    /// How the window last showed each recent workspace.
    pub workspaces: Vec<WorkspaceView>,
}

/// A window's size and place on the screens, in logical pixels (as the
/// system's scale factor leaves them), and whether it was maximized: then
/// the size and place are those it had before, to come back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct WindowGeometry {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
    #[serde(default)]
    pub maximized: bool,
}

/// How the window last showed one workspace.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct WorkspaceView {
    pub path: PathBuf,
    pub window: Option<WindowGeometry>,
    pub place: Option<ViewPlace>,
}

impl Prefs {
    /// Reads the preferences; defaults when the file is missing or unreadable.
    pub fn load(path: &Path) -> Prefs {
        fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Writes the preferences through a temporary file and a rename.
    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        let text = serde_json::to_string_pretty(self).map_err(std::io::Error::other)?;
        let temporary = path.with_extension("json.partial");
        let mut file = fs::File::create(&temporary)?;
        file.write_all(text.as_bytes())?;
        file.sync_all()?;
        fs::rename(&temporary, path)
    }

    /// Records that `path` was opened: first in the recent list, reopened on start.
    pub fn opened(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        self.last_open = Some(path.to_path_buf());
    }

    /// How the window last showed the workspace at `path`.
    pub fn view(&self, path: &Path) -> Option<&WorkspaceView> {
        self.workspaces.iter().find(|v| v.path == path)
    }

    /// Records how the window shows the workspace at `path` (`change` edits
    /// its entry). Only the recent workspaces are remembered.
    pub fn remember(&mut self, path: &Path, change: impl FnOnce(&mut WorkspaceView)) {
        let index = match self.workspaces.iter().position(|v| v.path == path) {
            Some(index) => index,
            None => {
                self.workspaces.push(WorkspaceView {
                    path: path.to_path_buf(),
                    ..WorkspaceView::default()
                });
                self.workspaces.len() - 1
            }
        };
        if let Some(view) = self.workspaces.get_mut(index) {
            change(view);
        }
        let recent = &self.recent;
        self.workspaces
            .retain(|v| v.path == path || recent.contains(&v.path));
    }

    pub fn recent_files(&self) -> Vec<RecentFile> {
        self.recent
            .iter()
            .map(|path| RecentFile {
                path: path.display().to_string(),
                file_name: file_name(path),
                exists: path.is_file(),
            })
            .collect()
    }
}

pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_list_is_most_recent_first_without_repeats_and_bounded() {
        let mut prefs = Prefs::default();
        for i in 0..(MAX_RECENT + 3) {
            prefs.opened(Path::new(&format!("/w/{i}.rumbo")));
        }
        prefs.opened(Path::new("/w/5.rumbo"));
        assert_eq!(prefs.recent.len(), MAX_RECENT);
        assert_eq!(prefs.recent[0], PathBuf::from("/w/5.rumbo"));
        assert_eq!(
            prefs
                .recent
                .iter()
                .filter(|p| p.ends_with("5.rumbo"))
                .count(),
            1
        );
        assert_eq!(prefs.last_open, Some(PathBuf::from("/w/5.rumbo")));
    }

    #[test]
    fn each_recent_workspace_keeps_its_window_and_place() {
        let mut prefs = Prefs::default();
        let a = Path::new("/w/a.rumbo");
        let b = Path::new("/w/b.rumbo");
        prefs.opened(a);
        prefs.opened(b);
        let geometry = WindowGeometry {
            x: 10,
            y: 20,
            width: 900,
            height: 600,
            maximized: false,
        };
        prefs.remember(a, |v| v.window = Some(geometry));
        prefs.remember(b, |v| {
            v.place = Some(ViewPlace {
                section: "channels".into(),
                kind: Some(rumbo_core::ipc::EntityKind::Channel),
                id: Some(3),
            })
        });
        assert_eq!(prefs.view(a).and_then(|v| v.window), Some(geometry));
        assert_eq!(prefs.view(a).and_then(|v| v.place.clone()), None);
        assert_eq!(
            prefs.view(b).and_then(|v| v.place.as_ref()).map(|p| p.id),
            Some(Some(3))
        );
        // A workspace that left the recent list is forgotten at the next change.
        for i in 0..MAX_RECENT {
            prefs.opened(Path::new(&format!("/w/other{i}.rumbo")));
        }
        prefs.remember(Path::new("/w/other0.rumbo"), |v| v.window = Some(geometry));
        assert!(prefs.view(a).is_none() && prefs.view(b).is_none());
        assert_eq!(prefs.workspaces.len(), 1);
    }

    #[test]
    fn preferences_of_an_older_rumbo_still_load() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("prefs.json");
        let old =
            r#"{"recent":["/w/a.rumbo"],"lastOpen":"/w/a.rumbo","language":"es","theme":"dark"}"#;
        assert!(fs::write(&path, old).is_ok());
        let prefs = Prefs::load(&path);
        assert_eq!(prefs.language, LanguagePref::Es);
        assert_eq!(prefs.recent, vec![PathBuf::from("/w/a.rumbo")]);
        assert!(prefs.workspaces.is_empty() && prefs.window.is_none() && prefs.zoom.is_none());
    }

    #[test]
    fn saves_and_loads_and_survives_a_garbled_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("config/prefs.json");
        let mut prefs = Prefs {
            language: LanguagePref::Es,
            theme: ThemePref::Dark,
            zoom: Some(1.5),
            ..Prefs::default()
        };
        prefs.opened(Path::new("/w/a.rumbo"));
        prefs.remember(Path::new("/w/a.rumbo"), |v| {
            v.window = Some(WindowGeometry {
                x: -40,
                y: 0,
                width: 1000,
                height: 700,
                maximized: true,
            });
            v.place = Some(ViewPlace {
                section: "objectives".into(),
                kind: None,
                id: None,
            });
        });
        assert!(prefs.save(&path).is_ok());
        assert_eq!(Prefs::load(&path), prefs);
        assert!(fs::write(&path, "{ not json").is_ok());
        assert_eq!(Prefs::load(&path), Prefs::default());
        assert_eq!(
            Prefs::load(&dir.path().join("missing.json")),
            Prefs::default()
        );
    }
}
