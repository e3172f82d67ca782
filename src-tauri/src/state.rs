//! What the shell holds while it runs: the open workspace and the
//! preferences. Everything here is plain Rust over the core and the store;
//! the Tauri glue is in `commands.rs` and `menu.rs`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, MutexGuard};

use rumbo_core::ipc::{
    AppSnapshot, BackupInfo, BackupReason, LanguagePref, RecoveryOffer, ThemePref, ViewPlace,
    WorkspaceInfo,
};
use rumbo_core::{ApiError, Error, Lang, Result, sample};
use rumbo_start::{InterviewAnswers, OrgKind};
use rumbo_store::{Workspace, backup};

use crate::prefs::{Prefs, WindowGeometry, file_name};

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
    /// The documents exported in this session: the only files the window
    /// may ask to open or show in their folder.
    pub exported: Vec<PathBuf>,
    /// The last open failed on a damaged file that has a sound backup: the
    /// file and that backup, offered to the window (`workspace_recover`).
    recovery: Option<(PathBuf, BackupInfo)>,
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
            exported: Vec::new(),
            recovery: None,
        }
    }

    /// The preferences file.
    pub fn prefs_path(&self) -> &Path {
        &self.prefs_path
    }

    pub fn lang(&self) -> Lang {
        self.prefs.language.resolve(self.system_lang)
    }

    pub fn save_prefs(&self) {
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
        self.recovery = None;
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
            Err(error) => {
                if recoverable(&error) {
                    // A damaged workspace: offer its newest sound backup.
                    self.recovery = backup::latest_good(path)
                        .ok()
                        .flatten()
                        .map(|b| (path.to_path_buf(), b));
                }
                Err(error)
            }
        }
    }

    /// Restores the offered backup over the damaged file that could not be
    /// opened (the damaged file is moved aside, never deleted), then opens it.
    pub fn recover(&mut self) -> Result<(BackupInfo, backup::Restored)> {
        let (path, offered) = self.recovery.take().ok_or(Error::NotFound {
            entity: rumbo_core::error::Entity::Backup,
            id: 0,
        })?;
        let restored = backup::restore(&path, &offered.path, false)?;
        self.open(&path)?;
        Ok((offered, restored))
    }

    /// The backups of the open workspace, newest first.
    pub fn backups(&mut self) -> Result<Vec<BackupInfo>> {
        backup::list(self.workspace()?.path())
    }

    /// Replaces the open workspace with its backup at `chosen` (one of
    /// [`Inner::backups`]): the workspace is closed, restored (its current
    /// state kept as a `before-restore` backup) and opened again. If the
    /// restore fails, the workspace is opened again as it was. A file that
    /// is not known to be this workspace's backup is refused
    /// ([`Error::ForeignBackup`]), before anything is closed, unless `force`.
    pub fn restore(
        &mut self,
        chosen: &Path,
        force: bool,
    ) -> Result<(BackupInfo, backup::Restored)> {
        let path = self.workspace()?.path().to_path_buf();
        let Some(info) = backup::list(&path)?.into_iter().find(|b| b.path == chosen) else {
            return Err(Error::NotFound {
                entity: rumbo_core::error::Entity::Backup,
                id: 0,
            });
        };
        if !force {
            backup::belongs(&path, &info.path)?;
        }
        if let Some(workspace) = self.workspace.take()
            && let Err(error) = workspace.close()
        {
            self.workspace = Workspace::open(&path).ok();
            return Err(error);
        }
        let restored = backup::restore(&path, &info.path, force);
        let reopened = Workspace::open(&path);
        match (restored, reopened) {
            (Ok(restored), Ok(workspace)) => {
                self.workspace = Some(workspace);
                Ok((info, restored))
            }
            (Err(error), Ok(workspace)) => {
                self.workspace = Some(workspace);
                Err(error)
            }
            (_, Err(error)) => {
                self.prefs.last_open = None;
                self.save_prefs();
                Err(error)
            }
        }
    }

    /// Runs `take` (a backup) on the open workspace, and says with its
    /// result whether backups started or stopped working: the window's
    /// notice must then follow.
    fn backing_up<T>(
        &mut self,
        take: impl FnOnce(&mut Workspace) -> Result<T>,
    ) -> (Result<T>, bool) {
        let Some(workspace) = self.workspace.as_mut() else {
            return (Err(Error::NoWorkspace), false);
        };
        let before = workspace.backup_problem().is_some();
        let taken = take(workspace);
        (taken, before != workspace.backup_problem().is_some())
    }

    /// A backup asked for by the person ("Back up now").
    pub fn backup_now(&mut self) -> (Result<BackupInfo>, bool) {
        self.backing_up(|w| w.backup(BackupReason::Manual))
    }

    /// What the app's timer does: a backup if something changed since the
    /// last one. True when whether backups work changed.
    pub fn scheduled_backup(&mut self) -> bool {
        if self.workspace.as_ref().is_some_and(Workspace::is_read_only) {
            return false;
        }
        self.backing_up(|w| w.backup_if_changed(BackupReason::Scheduled))
            .1
    }

    /// Creates a new, empty workspace at `path` and opens it.
    pub fn create(&mut self, path: &Path, kind: OrgKind) -> Result<()> {
        let lang = self.lang();
        let name = rumbo_store::name_from_path(path);
        let mut workspace = match kind {
            OrgKind::Empty => Workspace::create(path, lang)?,
            kind => {
                Workspace::create_from(path, &rumbo_start::template::workspace(kind, lang, &name))?
            }
        };
        // The interview is offered on the new workspace, starting from the
        // template's departments and audiences. Failing to save its
        // answers leaves a workspace that is whole: it opens without it.
        let answers = InterviewAnswers::for_kind(kind, lang, &name);
        if let Ok(text) = serde_json::to_string(&answers) {
            let _ = workspace.save_interview(&text);
        }
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

    /// The window was moved or resized: its geometry is the open
    /// workspace's (and the last one, for the welcome screen). Saved by the
    /// caller, a moment later.
    pub fn remember_window(&mut self, geometry: WindowGeometry) {
        self.prefs.window = Some(geometry);
        if let Some(path) = self.workspace.as_ref().map(|w| w.path().to_path_buf()) {
            self.prefs
                .remember(&path, |view| view.window = Some(geometry));
        }
    }

    /// Where the window is in the open workspace, to start there next time.
    pub fn remember_place(&mut self, place: ViewPlace) -> Result<()> {
        let path = self.workspace()?.path().to_path_buf();
        self.prefs.remember(&path, |view| view.place = Some(place));
        self.save_prefs();
        Ok(())
    }

    /// The window's geometry for the workspace at `path`, if it has one.
    pub fn window_of(&self, path: &Path) -> Option<WindowGeometry> {
        self.prefs.view(path).and_then(|view| view.window)
    }

    /// The zoom one step in or out (0: back to 100 %), saved.
    pub fn zoom(&mut self, steps: i32) -> f64 {
        let level = rumbo_core::menu::zoom_step(self.prefs.zoom.unwrap_or(1.0), steps);
        self.prefs.zoom = Some(level);
        self.save_prefs();
        level
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
            read_only: workspace.is_read_only(),
            backup_problem: workspace.backup_problem().map(|e| e.message(self.lang())),
            place: self.prefs.view(path).and_then(|view| view.place.clone()),
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
            recovery: error
                .as_ref()
                .and(self.recovery.as_ref())
                .map(|(path, backup)| RecoveryOffer {
                    path: path.display().to_string(),
                    file_name: file_name(path),
                    backup: backup.clone(),
                }),
            error,
        }
    }

    /// The snapshot for an action that may have failed.
    pub fn outcome(&self, result: Result<()>) -> AppSnapshot {
        self.snapshot(result.err().map(|e| e.to_api(self.lang())))
    }
}

/// Errors of an open that a backup can repair: the file is damaged, or so
/// damaged it is no longer recognizable as a workspace.
fn recoverable(error: &Error) -> bool {
    matches!(
        error,
        Error::Damaged { .. } | Error::NotSqlite(_) | Error::NotAWorkspace(_)
    )
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
        assert!(state.create(&good, OrgKind::Empty).is_ok());
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
        assert!(state.create(&path, OrgKind::Empty).is_ok());
        state.close();
        assert!(std::fs::remove_file(&path).is_ok());
        assert!(matches!(state.open(&path), Err(Error::FileNotFound(_))));
        assert!(state.snapshot(None).recent.is_empty());
    }

    #[test]
    fn a_workspace_made_from_a_template_offers_its_interview() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut state = inner(dir.path());
        let path = dir.path().join("Fundación Alba.rumbo");
        ok(state.create(&path, OrgKind::Ngo));
        let lang = state.lang();
        let ws = ok(state.workspace());
        let doc = ok(ws.export());
        assert_eq!(doc.profile.name, "Fundación Alba");
        assert!(rumbo_start::as_template_made_it(&doc, OrgKind::Ngo, lang));
        let text = ok(ws.interview()).unwrap_or_default();
        let answers = ok(InterviewAnswers::from_json(&text, lang));
        assert_eq!(answers.kind, OrgKind::Ngo);
        assert_eq!(answers.step, rumbo_start::InterviewStep::Organization);
        assert_eq!(answers.departments.len(), doc.departments.len());
    }

    fn ok<T, E: std::fmt::Debug>(result: std::result::Result<T, E>) -> T {
        result.unwrap_or_else(|e| panic!("{e:?}"))
    }

    /// A new workspace `plan.rumbo` in `dir`, closed and opened again as a
    /// person would (the open takes a backup).
    fn opened(dir: &Path) -> (Inner, PathBuf) {
        let mut state = inner(dir);
        let path = dir.join("plan.rumbo");
        ok(state.create(&path, OrgKind::Empty));
        state.close();
        ok(state.open(&path));
        (state, path)
    }

    fn rename_profile(state: &mut Inner, name: &str) {
        let ws = ok(state.workspace());
        let mut profile = ok(ws.profile());
        profile.name = name.into();
        ok(ws.save_profile(profile));
    }

    #[test]
    fn restoring_a_backup_brings_back_its_content_and_keeps_the_current_state() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut state, _) = opened(dir.path());
        rename_profile(&mut state, "Before");
        let taken = ok(ok(state.workspace()).backup(BackupReason::Manual));
        rename_profile(&mut state, "After");

        let (restored, done) = ok(state.restore(&taken.path, false));
        assert_eq!(restored.path, taken.path);
        assert_eq!(ok(ok(state.workspace()).profile()).name, "Before");
        assert_eq!(
            state.snapshot(None).workspace.map(|w| w.title),
            Some("Before".into())
        );
        // What was replaced is a backup of its own, and holds "After".
        let kept = done
            .before_restore
            .unwrap_or_else(|| panic!("no before-restore backup"));
        assert_eq!(kept.reason, BackupReason::BeforeRestore);
        let copy = ok(Workspace::open_read_only(&kept.path));
        assert_eq!(ok(copy.profile()).name, "After");
        assert!(ok(state.backups()).iter().any(|b| b.path == kept.path));
    }

    #[test]
    fn only_the_workspaces_own_backups_can_be_restored() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut state = inner(dir.path());
        let other = dir.path().join("other.rumbo");
        ok(state.create(&other, OrgKind::Empty));
        rename_profile(&mut state, "Other");
        let foreign = ok(ok(state.workspace()).backup(BackupReason::Manual));
        let path = dir.path().join("plan.rumbo");
        ok(state.create(&path, OrgKind::Empty));
        rename_profile(&mut state, "Mine");

        let refused = state.restore(&foreign.path, true);
        assert!(
            matches!(refused, Err(Error::NotFound { .. })),
            "{refused:?}"
        );
        assert_eq!(ok(ok(state.workspace()).profile()).name, "Mine");
        assert_eq!(ok(state.workspace()).path(), path.as_path());
    }

    #[test]
    fn a_damaged_workspace_is_offered_its_newest_sound_backup_and_recovered() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut state, path) = opened(dir.path());
        rename_profile(&mut state, "Kept");
        let taken = ok(ok(state.workspace()).backup(BackupReason::Manual));
        state.close();
        // Damage: the second half of the file is gone.
        let bytes = ok(std::fs::read(&path));
        ok(std::fs::write(&path, &bytes[..bytes.len() / 2]));

        let failed = state.open(&path);
        let shown = state.outcome(failed);
        assert!(shown.error.is_some());
        let offer = shown
            .recovery
            .unwrap_or_else(|| panic!("no recovery offered"));
        assert_eq!(offer.backup.path, taken.path);
        assert_eq!(offer.file_name, "plan.rumbo");
        // The damaged file is untouched until the person asks.
        assert_eq!(ok(std::fs::read(&path)).len(), bytes.len() / 2);

        let (restored, done) = ok(state.recover());
        assert_eq!(restored.path, taken.path);
        assert_eq!(ok(ok(state.workspace()).profile()).name, "Kept");
        let aside = done
            .damaged_moved_to
            .unwrap_or_else(|| panic!("damaged file not kept"));
        assert_eq!(ok(std::fs::read(&aside)).len(), bytes.len() / 2);
        // The offer is gone once used.
        assert!(matches!(state.recover(), Err(Error::NotFound { .. })));
    }

    #[test]
    fn a_file_that_is_not_damaged_gets_no_recovery_offer() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut state, _) = opened(dir.path());
        ok(ok(state.workspace()).backup(BackupReason::Manual));
        state.close();
        let missing = dir.path().join("missing.rumbo");
        let failed = state.open(&missing);
        assert!(state.outcome(failed).recovery.is_none());
    }

    #[test]
    fn the_timer_backs_up_only_after_a_change() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut state, _) = opened(dir.path());
        // Opening took a backup; the timer then waits for a change.
        let before = ok(state.backups()).len();
        assert_eq!(before, 1);
        assert!(!state.scheduled_backup());
        assert_eq!(ok(state.backups()).len(), before);
        rename_profile(&mut state, "Changed");
        assert!(!state.scheduled_backup());
        let after = ok(state.backups());
        assert_eq!(after.len(), before + 1);
        assert_eq!(after[0].reason, BackupReason::Scheduled);
        assert!(!state.scheduled_backup());
        assert_eq!(ok(state.backups()).len(), before + 1);
    }

    #[test]
    fn the_window_hears_when_backups_stop_and_start_working() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let (mut state, path) = opened(dir.path());
        // A file where the backups folder should be: no backup can be taken.
        let folder = backup::folder(&path);
        ok(std::fs::remove_dir_all(&folder));
        ok(std::fs::write(&folder, "in the way"));
        rename_profile(&mut state, "Changed");
        assert!(state.scheduled_backup());
        let problem = state
            .snapshot(None)
            .workspace
            .and_then(|w| w.backup_problem);
        assert!(problem.is_some_and(|p| !p.is_empty()));
        // Still failing: nothing new to say.
        rename_profile(&mut state, "Changed again");
        assert!(!state.scheduled_backup());
        // "Back up now" fails too, with the reason, and nothing new to say.
        let (taken, changed) = state.backup_now();
        assert!(taken.is_err() && !changed, "{taken:?}");

        ok(std::fs::remove_file(&folder));
        rename_profile(&mut state, "Fixed");
        assert!(state.scheduled_backup());
        assert_eq!(
            state
                .snapshot(None)
                .workspace
                .and_then(|w| w.backup_problem),
            None
        );
    }
}
