//! What the shell holds while it runs: the open workspace and the
//! preferences. Everything here is plain Rust over the core and the store;
//! the Tauri glue is in `commands.rs` and `menu.rs`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rumbo_core::ipc::{AppSnapshot, LanguagePref, ThemePref, WorkspaceInfo};
use rumbo_core::{ApiError, Error, Lang, Result, sample};
use rumbo_store::Workspace;

use crate::prefs::{Prefs, file_name};

/// The shell's state, shared between commands, menu handlers and worker threads.
pub type Shared = Arc<Mutex<Inner>>;

#[derive(Debug)]
pub struct Inner {
    pub workspace: Option<Workspace>,
    pub prefs: Prefs,
    prefs_path: PathBuf,
    system_lang: Lang,
    /// An error to show when the window next asks for the state (e.g. the
    /// file given on the command line could not be opened).
    pub pending_error: Option<ApiError>,
    /// The CSV file last chosen in the import dialog: the only one the
    /// window may then preview and import.
    pub chosen_csv: Option<PathBuf>,
}

pub fn lock(shared: &Shared) -> MutexGuard<'_, Inner> {
    // A panic while holding the lock leaves valid data (every write to the
    // workspace is a transaction), so a poisoned lock is still usable.
    shared
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Inner {
    pub fn new(prefs_path: PathBuf, system_lang: Lang) -> Inner {
        let prefs = Prefs::load(&prefs_path);
        Inner {
            workspace: None,
            prefs,
            prefs_path,
            system_lang,
            pending_error: None,
            chosen_csv: None,
        }
    }

    pub fn lang(&self) -> Lang {
        self.prefs.language.resolve(self.system_lang)
    }

    fn save_prefs(&self) {
        // Preferences are a convenience: failing to write them must not fail
        // the user's action.
        if let Err(error) = self.prefs.save(&self.prefs_path) {
            eprintln!(
                "rumbo: could not save preferences to {}: {error}",
                self.prefs_path.display()
            );
        }
    }

    pub fn workspace(&mut self) -> Result<&mut Workspace> {
        self.workspace.as_mut().ok_or(Error::NoWorkspace)
    }

    /// Opens `path`, then closes the workspace that was open. On failure the
    /// current workspace stays open and nothing is changed.
    pub fn open(&mut self, path: &Path) -> Result<()> {
        if self.workspace.as_ref().is_some_and(|w| w.path() == path) {
            return Ok(());
        }
        match Workspace::open(path) {
            Ok(workspace) => {
                self.replace(workspace);
                Ok(())
            }
            Err(error @ Error::FileNotFound(_)) => {
                // A recent file that has gone leaves the list.
                self.prefs.recent.retain(|p| p != path);
                self.save_prefs();
                Err(error)
            }
            Err(error) => Err(error),
        }
    }

    /// Creates a new, empty workspace at `path` and opens it.
    pub fn create(&mut self, path: &Path) -> Result<()> {
        let workspace = Workspace::create(path, self.lang())?;
        self.replace(workspace);
        Ok(())
    }

    /// Opens the sample workspace in `folder`, creating it first if needed.
    pub fn open_sample(&mut self, folder: &Path) -> Result<()> {
        std::fs::create_dir_all(folder).map_err(|e| Error::io(folder, &e))?;
        let lang = self.lang();
        let path = folder.join(lang.pick("Sample - Valdoria.rumbo", "Ejemplo - Valdoria.rumbo"));
        if !path.exists() {
            Workspace::create_from(&path, &sample::workspace(lang))?.close()?;
        }
        self.open(&path)
    }

    fn replace(&mut self, workspace: Workspace) {
        self.prefs.opened(workspace.path());
        self.save_prefs();
        if let Some(previous) = self.workspace.replace(workspace) {
            close_quietly(previous);
        }
    }

    /// Closes the open workspace; the next start shows the welcome screen.
    pub fn close(&mut self) {
        if let Some(workspace) = self.workspace.take() {
            close_quietly(workspace);
        }
        self.prefs.last_open = None;
        self.save_prefs();
    }

    /// Closes the workspace as the app quits: it will reopen on next start.
    pub fn close_for_exit(&mut self) {
        if let Some(workspace) = self.workspace.take() {
            close_quietly(workspace);
        }
    }

    pub fn clear_recent(&mut self) {
        self.prefs.recent.clear();
        self.save_prefs();
    }

    pub fn set_language(&mut self, language: LanguagePref) {
        self.prefs.language = language;
        self.save_prefs();
    }

    pub fn set_theme(&mut self, theme: ThemePref) {
        self.prefs.theme = theme;
        self.save_prefs();
    }

    /// The window's title: the organization, then the app.
    pub fn window_title(&self) -> String {
        match self.info() {
            Some(info) => format!("{} — Rumbo", info.title),
            None => "Rumbo".to_string(),
        }
    }

    fn info(&self) -> Option<WorkspaceInfo> {
        let workspace = self.workspace.as_ref()?;
        let path = workspace.path();
        let file_name = file_name(path);
        let title = workspace
            .profile()
            .ok()
            .map(|p| p.name)
            .filter(|n| !n.is_empty())
            .unwrap_or(file_name.clone());
        Some(WorkspaceInfo {
            path: path.display().to_string(),
            file_name,
            title,
        })
    }

    /// What the window needs to draw itself, with `error` to show, if any.
    pub fn snapshot(&self, error: Option<ApiError>) -> AppSnapshot {
        AppSnapshot {
            workspace: self.info(),
            recent: self.prefs.recent_files(),
            language: self.prefs.language,
            resolved_language: self.lang(),
            theme: self.prefs.theme,
            error,
        }
    }

    /// The snapshot for an action that may have failed.
    pub fn outcome(&self, result: Result<()>) -> AppSnapshot {
        self.snapshot(result.err().map(|e| e.to_api(self.lang())))
    }
}

fn close_quietly(workspace: Workspace) {
    let path = workspace.path().to_path_buf();
    if let Err(error) = workspace.close() {
        eprintln!("rumbo: closing {}: {error}", path.display());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(dir: &Path) -> Inner {
        Inner::new(dir.join("prefs.json"), Lang::Es)
    }

    #[test]
    fn a_failed_open_keeps_the_current_workspace() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut state = inner(dir.path());
        let good = dir.path().join("good.rumbo");
        assert!(state.create(&good).is_ok());
        let bad = dir.path().join("bad.rumbo");
        assert!(std::fs::write(&bad, "not a workspace").is_ok());
        let result = state.open(&bad);
        let shown = state.outcome(result);
        assert_eq!(
            shown.error.map(|e| e.code),
            Some(rumbo_core::error::ErrorCode::NotSqlite)
        );
        assert_eq!(
            shown.workspace.map(|w| w.file_name),
            Some("good.rumbo".to_string())
        );
        assert_eq!(std::fs::read(&bad).unwrap_or_default(), b"not a workspace");
    }

    #[test]
    fn the_last_workspace_is_remembered_until_closed() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut state = inner(dir.path());
        assert!(state.open_sample(&dir.path().join("data")).is_ok());
        let sample = state.prefs.last_open.clone();
        assert!(
            sample
                .as_ref()
                .is_some_and(|p| p.ends_with("Ejemplo - Valdoria.rumbo"))
        );
        assert_eq!(
            state.snapshot(None).workspace.map(|w| w.title),
            Some("Agencia Regional de Empleo de Valdoria".into())
        );
        state.close_for_exit();
        assert_eq!(
            Prefs::load(&dir.path().join("prefs.json")).last_open,
            sample
        );
        assert!(
            state
                .open(sample.as_deref().unwrap_or(Path::new("/")))
                .is_ok()
        );
        state.close();
        assert_eq!(Prefs::load(&dir.path().join("prefs.json")).last_open, None);
        assert_eq!(state.snapshot(None).recent.len(), 1);
    }

    #[test]
    fn a_recent_file_that_has_gone_leaves_the_list() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut state = inner(dir.path());
        let path = dir.path().join("gone.rumbo");
        assert!(state.create(&path).is_ok());
        state.close();
        assert!(std::fs::remove_file(&path).is_ok());
        assert!(matches!(state.open(&path), Err(Error::FileNotFound(_))));
        assert!(state.snapshot(None).recent.is_empty());
    }
}
