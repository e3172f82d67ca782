//! The app's own preferences (not the workspace's): recent files, the last
//! workspace, language and theme. A small JSON file in the user's config
//! folder; a missing or unreadable one means defaults, never a failed start.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use rumbo_core::ipc::{LanguagePref, RecentFile, ThemePref};
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
    fn saves_and_loads_and_survives_a_garbled_file() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("config/prefs.json");
        let mut prefs = Prefs {
            language: LanguagePref::Es,
            theme: ThemePref::Dark,
            ..Prefs::default()
        };
        prefs.opened(Path::new("/w/a.rumbo"));
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
