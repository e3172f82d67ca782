//! A workspace: one open `.rumbo` file and everything one can do with it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use rumbo_core::error::{FieldIssue, IssueKind};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::ipc::{DeleteImpact, EntityKind, SectionCounts, UndoToken, WorkspaceChange};
use rumbo_core::kpi_csv::{self, CsvMapping};
use rumbo_core::model::{
    Acknowledgement, Activity, Approval, Channel, Department, DocumentEdition, DocumentSettings,
    DocumentVersion, FitCriterion, FitMatrix, HealthSettings, Holiday, HolidayCountry, MAX_SCORE,
    Measurement, Objective, Profile, RaciCell, RaciRole,
};
use rumbo_core::{Error, Lang, Result, defaults};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::changes::{self, Tracker};
use crate::error::Db;
use crate::lock::{Held, WriterLock};
use crate::open::Access;
use crate::record::{self, Record};
use crate::table::{
    crisis, department, document, fit, health, holiday, links, meta, objective, profile,
};
use crate::{backup, impact, open, undo};
use rumbo_core::ipc::{BackupInfo, BackupReason};

/// The meta key of the first-time interview's answers.
const INTERVIEW: &str = "interview";

/// The extension of workspace files.
pub const EXTENSION: &str = "rumbo";

/// An open workspace file.
#[derive(Debug)]
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
    /// Opened read-only: every write fails with [`Error::ReadOnly`].
    read_only: bool,
    /// `total_changes()` when the last backup was taken (or at open).
    changes_at_backup: u64,
    /// Why the last automatic backup could not be taken, if it could not.
    backup_problem: Option<Error>,
    /// Sees every row a write changes (none when read-only).
    tracker: Option<Tracker>,
    /// The tables committed writes changed since [`Workspace::take_change`].
    changed: BTreeSet<String>,
    /// The writer's lock (or a reader's, while read as an immutable file);
    /// declared last so that it is released after the connection is closed.
    lock: Option<Held>,
}

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// A readable default name for a new workspace: its file name without the extension.
pub fn name_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Rumbo".into())
}

impl Workspace {
    /// Opens an existing workspace file for editing. Anything that is not a
    /// workspace this Rumbo can read, or is damaged, is refused and left
    /// untouched ([`Error::NotSqlite`], [`Error::NotAWorkspace`],
    /// [`Error::NewerVersion`], [`Error::Damaged`] — the shell can then
    /// offer [`backup::latest_good`]). Another Rumbo editing it gives
    /// [`Error::Locked`]. A file, folder or disk that cannot be written
    /// opens read-only ([`Workspace::is_read_only`]).
    ///
    /// Takes a backup (`open`) unless the newest backup is less than
    /// [`backup::OPEN_INTERVAL_MINUTES`] old; a backup that cannot be taken
    /// never fails the open: [`Workspace::backup_problem`] says why.
    pub fn open(path: &Path) -> Result<Workspace> {
        let mut workspace = Workspace::open_with(path, Access::Write)?;
        if !workspace.read_only {
            workspace.backup_on_open();
        }
        Ok(workspace)
    }

    /// Opens an existing workspace for a change a command makes at once (the
    /// CLI's `render --save-version`): as [`Workspace::open`], without the
    /// backup an open takes, so that a command refused later has written
    /// nothing.
    pub fn open_without_backup(path: &Path) -> Result<Workspace> {
        Workspace::open_with(path, Access::Write)
    }

    /// Opens a workspace only to read it: no lock (it works while the app
    /// has the file open), no backup, nothing written — not even `-wal` or
    /// `-shm` files beside a closed workspace. Every write fails with
    /// [`Error::ReadOnly`].
    pub fn open_read_only(path: &Path) -> Result<Workspace> {
        Workspace::open_with(path, Access::ReadOnly)
    }

    fn open_with(path: &Path, access: Access) -> Result<Workspace> {
        // Whatever fails on the way in is told with the file's name.
        let opened = open::open_existing(path, access).map_err(|e| open::named(e, path))?;
        if !opened.read_only {
            // It reads the schema: what cannot be read there is damage.
            undo::install(&opened.conn).map_err(|e| match e {
                rusqlite::Error::SqliteFailure(..) => open::damaged(path, &e),
                other => Error::Damaged {
                    path: path.to_path_buf(),
                    detail: other.to_string(),
                },
            })?;
        }
        let changes_at_backup = opened.conn.total_changes();
        let tracker = if opened.read_only {
            None
        } else {
            Some(Tracker::install(&opened.conn).db()?)
        };
        Ok(Workspace {
            conn: opened.conn,
            path: path.to_path_buf(),
            read_only: opened.read_only,
            changes_at_backup,
            backup_problem: None,
            tracker,
            changed: BTreeSet::new(),
            lock: opened.lock,
        }
        .after_migration(opened.migration_backup.is_some()))
    }

    fn after_migration(mut self, backed_up: bool) -> Workspace {
        if backed_up {
            self.changes_at_backup = u64::MAX;
        }
        self
    }

    /// The open backup, unless a recent one exists or one was just taken
    /// before a migration.
    fn backup_on_open(&mut self) {
        if self.changes_at_backup == u64::MAX {
            self.changes_at_backup = self.conn.total_changes();
            return;
        }
        let recent = backup::list(&self.path).map(|list| {
            list.first().is_some_and(|newest| {
                Utc::now().signed_duration_since(newest.taken_at)
                    < chrono::Duration::minutes(backup::OPEN_INTERVAL_MINUTES)
            })
        });
        match recent {
            Ok(true) => {}
            Ok(false) => {
                let _ = self.backup(BackupReason::Open);
            }
            Err(error) => self.backup_problem = Some(error),
        }
    }

    /// Whether the workspace was opened read-only (asked for, or because the
    /// file, its folder or its disk cannot be written).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    /// Why the last automatic backup (on open, or [`Workspace::backup_if_changed`])
    /// could not be taken; `None` when it was, or none was due.
    pub fn backup_problem(&self) -> Option<&Error> {
        self.backup_problem.as_ref()
    }

    /// Takes a backup now into the backups folder beside the workspace
    /// ([`backup::folder`]), then prunes old ones. The copy is consistent
    /// and complete (what is still in the `-wal` included). Works on a
    /// read-only workspace too when its folder can be written.
    pub fn backup(&mut self, reason: BackupReason) -> Result<BackupInfo> {
        let changes = self.conn.total_changes();
        match backup::take(&self.conn, &self.path, reason) {
            Ok(info) => {
                self.changes_at_backup = changes;
                self.backup_problem = None;
                Ok(info)
            }
            Err(error) => {
                self.backup_problem = Some(error.clone());
                Err(error)
            }
        }
    }

    /// Takes a backup when something was written since the last one (or
    /// since the open): what the app's timer calls. `Ok(None)`: nothing
    /// changed, no backup taken.
    pub fn backup_if_changed(&mut self, reason: BackupReason) -> Result<Option<BackupInfo>> {
        if self.conn.total_changes() == self.changes_at_backup {
            return Ok(None);
        }
        self.backup(reason).map(Some)
    }

    /// Writes a complete copy of the workspace as it is now to `target`
    /// (File → Save a Copy), through SQLite's online backup API: what is
    /// still in the `-wal` is included, and the open workspace is not
    /// disturbed. The copy is written under a temporary name beside
    /// `target` and renamed, so `target` is whole or untouched. Refuses the
    /// workspace's own file ([`Error::FileExists`]) and a workspace another
    /// Rumbo has open ([`Error::Locked`]).
    pub fn save_copy(&self, target: &Path) -> Result<()> {
        // A link is followed: the file it points to is written, the link kept.
        let target = crate::files::resolve_links(target)?;
        let target = target.as_path();
        let own = fs::canonicalize(&self.path).unwrap_or_else(|_| self.path.clone());
        let existing = fs::canonicalize(target).ok();
        if existing.as_ref() == Some(&own) || target == self.path {
            return Err(Error::FileExists(target.to_path_buf()));
        }
        let _lock = match fs::metadata(target) {
            Ok(m) if m.is_file() => Some(WriterLock::acquire(target)?),
            Ok(m) if m.is_dir() => return Err(Error::NotAFile(target.to_path_buf())),
            Ok(m) => {
                return Err(Error::SpecialFile {
                    path: target.to_path_buf(),
                    kind: crate::files::special_kind(&m),
                });
            }
            Err(_) => None,
        };
        backup::write_copy(&self.conn, target, backup::forget_backup_records, |_| {
            // Journals of the file being replaced must not be replayed
            // into the copy.
            for suffix in ["-wal", "-shm", "-journal"] {
                let journal = open::sibling(target, suffix);
                match fs::remove_file(&journal) {
                    Ok(()) => {}
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                    Err(e) => return Err(Error::io(&journal, &e)),
                }
            }
            Ok(())
        })
    }

    /// Creates a new workspace with the usual departments, RACI activities
    /// and brand-fit criteria, named in `lang`, its organization named
    /// after the file; refuses to replace a file.
    pub fn create(path: &Path, lang: Lang) -> Result<Workspace> {
        Workspace::create_named(path, lang, None)
    }

    /// [`Workspace::create`] with the organization's name. The name is
    /// checked before anything is written, and the file appears complete or
    /// not at all.
    pub fn create_named(path: &Path, lang: Lang, name: Option<&str>) -> Result<Workspace> {
        let profile = Profile {
            name: name.map_or_else(|| name_from_path(path), str::to_string),
            ..Profile::default()
        }
        .validated()?;
        Workspace::build(path, |workspace| {
            workspace.write(|tx| {
                profile::put(tx, &profile, &now()).db()?;
                for d in defaults::departments(lang) {
                    department::put(tx, &d, true).db()?;
                }
                for a in defaults::activities(lang) {
                    department::put_activity(tx, &a, true).db()?;
                }
                for c in defaults::fit_criteria(lang) {
                    fit::put(tx, &c, true).db()?;
                }
                document::put_settings(tx, &DocumentSettings::in_language(lang)).db()?;
                Ok(())
            })
        })
    }

    /// Creates a workspace holding `doc` (an import, or the sample). The file
    /// appears complete or not at all.
    pub fn create_from(path: &Path, doc: &WorkspaceDoc) -> Result<Workspace> {
        doc.check_limits()?;
        Workspace::build(path, |workspace| workspace.replace_all(doc))
    }

    /// The first-time interview's answers as saved (JSON text, read by
    /// `rumbo_start`), or `None` when the interview was never started. They
    /// are the interview's own state, not part of the strategy: the JSON
    /// export does not carry them.
    pub fn interview(&self) -> Result<Option<String>> {
        meta::get(&self.conn, INTERVIEW).db()
    }

    /// Saves the interview's answers (as they are given, so that the
    /// interview resumes after a quit or a crash).
    pub fn save_interview(&mut self, answers: &str) -> Result<()> {
        self.write(|tx| meta::set(tx, INTERVIEW, answers).db())
    }

    /// Adds a draft strategy: `doc` is this workspace's export with what
    /// the draft keeps added (`rumbo_start::apply`), written in one
    /// transaction; the interview's answers are saved in the same one.
    pub fn accept_draft(&mut self, doc: &WorkspaceDoc, answers: &str) -> Result<()> {
        doc.check_limits()?;
        doc.check()?;
        self.replace_all_then(doc, |tx| meta::set(tx, INTERVIEW, answers).db())
    }

    /// Writes a new workspace beside `path` under a temporary name, fills it
    /// with `fill`, closes it and renames it into place; then opens it.
    /// Errors name `path`, never the temporary file.
    fn build(path: &Path, fill: impl FnOnce(&mut Workspace) -> Result<()>) -> Result<Workspace> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(Error::FileExists(path.to_path_buf()));
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = crate::files::temporary_beside(path, &file_name);
        remove_file_and_journals(&temporary);
        let filled =
            Workspace::create_empty(&temporary, &name_from_path(path)).and_then(|mut workspace| {
                fill(&mut workspace)?;
                workspace.close()
            });
        let renamed = filled.and_then(|()| {
            if fs::symlink_metadata(path).is_ok() {
                return Err(Error::FileExists(path.to_path_buf()));
            }
            fs::rename(&temporary, path).map_err(|e| Error::io(path, &e))
        });
        if let Err(error) = renamed {
            remove_file_and_journals(&temporary);
            return Err(open::renamed(error, &temporary, path));
        }
        // A new file: nothing to back up yet.
        Workspace::open_with(path, Access::Write)
    }

    /// Creates a workspace holding a profile named `name`, and its identity.
    fn create_empty(path: &Path, name: &str) -> Result<Workspace> {
        let conn = open::create_new(path)?;
        undo::install(&conn).db()?;
        let tracker = Tracker::install(&conn).db()?;
        let lock = WriterLock::acquire(path)?;
        let mut workspace = Workspace {
            changes_at_backup: conn.total_changes(),
            conn,
            path: path.to_path_buf(),
            read_only: false,
            backup_problem: None,
            tracker: Some(tracker),
            changed: BTreeSet::new(),
            lock: Some(Held::Writer(lock)),
        };
        let profile = Profile {
            name: name.to_string(),
            ..Profile::default()
        };
        workspace.write(|tx| {
            meta::set(
                tx,
                "created_by",
                concat!("Rumbo ", env!("CARGO_PKG_VERSION")),
            )
            .db()?;
            open::give_identity(tx)?;
            profile::put(tx, &profile, &now()).db()
        })?;
        Ok(workspace)
    }

    /// The identity recorded in the workspace (see [`open::WORKSPACE_ID`]);
    /// `None` only for a workspace of an older Rumbo opened read-only.
    pub fn id(&self) -> Option<String> {
        open::identity(&self.conn)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the file so that it alone holds everything (no `-wal` or `-shm`
    /// left beside it). A read-only workspace is only closed. Dropping a
    /// workspace closes it too (SQLite checkpoints when the last connection
    /// closes); `close` reports errors.
    pub fn close(self) -> Result<()> {
        let Workspace {
            conn,
            path,
            read_only,
            lock,
            ..
        } = self;
        if !read_only {
            conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
                .map_err(|e| open::named(crate::error::database_error(&e), &path))?;
        }
        let closed = conn
            .close()
            .map_err(|(_, e)| open::named(crate::error::database_error(&e), &path));
        drop(lock);
        closed
    }

    /// Runs `f` in one write transaction, taken at once (`BEGIN IMMEDIATE`)
    /// so that it never fails half-way on a lock. All or nothing: on any
    /// error (a full disk included) the transaction is rolled back and the
    /// connection stays usable. Every write of the workspace goes through
    /// here, and so does what it changed ([`Workspace::take_change`]).
    fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        if self.read_only {
            return Err(Error::ReadOnly(self.path.clone()));
        }
        let path = self.path.clone();
        if let Some(tracker) = &self.tracker {
            tracker.take();
        }
        let outcome = (|| {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)
                .map_err(|e| open::named(crate::error::database_error(&e), &path))?;
            let value = f(&tx).map_err(|e| open::named(e, &path))?;
            tx.commit()
                .map_err(|e| open::named(crate::error::database_error(&e), &path))?;
            Ok(value)
        })();
        let touched = self.tracker.as_ref().map(Tracker::take).unwrap_or_default();
        if outcome.is_ok() {
            self.changed.extend(touched);
        }
        outcome
    }

    /// What the writes since the last call changed: the kinds of records
    /// (a link shows on both sides; a deletion's cascades included) and the
    /// workspace's other parts.
    pub fn take_change(&mut self) -> WorkspaceChange {
        changes::change_of(&std::mem::take(&mut self.changed))
    }

    // -- profile ---------------------------------------------------------

    pub fn profile(&self) -> Result<Profile> {
        Ok(profile::get(&self.conn).db()?.unwrap_or_default())
    }

    /// Validates and saves the profile; returns it as stored.
    pub fn save_profile(&mut self, input: Profile) -> Result<Profile> {
        let profile = input.validated()?;
        self.write(|tx| profile::put(tx, &profile, &now()).db())?;
        Ok(profile)
    }

    // -- the health check's settings and acknowledgements -----------------

    pub fn health_settings(&self) -> Result<HealthSettings> {
        health::settings(&self.conn).db()
    }

    /// Validates and saves the health check's thresholds.
    pub fn set_health_settings(&mut self, input: HealthSettings) -> Result<HealthSettings> {
        let settings = input.validated()?;
        self.write(|tx| health::put_settings(tx, &settings).db())?;
        Ok(settings)
    }

    pub fn acknowledgements(&self) -> Result<Vec<Acknowledgement>> {
        health::acknowledgements(&self.conn).db()
    }

    /// Accepts a finding as a known risk, with the reason (replacing an
    /// earlier reason for the same finding).
    pub fn acknowledge(&mut self, input: Acknowledgement) -> Result<Acknowledgement> {
        let ack = input.validated()?;
        self.write(|tx| health::acknowledge(tx, &ack).db())?;
        Ok(ack)
    }

    /// Withdraws the acknowledgement of a finding; nothing happens when there
    /// was none.
    pub fn withdraw_acknowledgement(&mut self, key: &str) -> Result<()> {
        self.write(|tx| health::withdraw(tx, key).db())?;
        Ok(())
    }

    // -- the crisis playbook's settings ------------------------------------

    pub fn crisis_plan(&self) -> Result<rumbo_core::model::CrisisPlan> {
        crisis::plan(&self.conn).db()
    }

    /// Validates and saves the crisis playbook's settings; the account that
    /// speaks for the organization must exist.
    pub fn set_crisis_plan(
        &mut self,
        input: rumbo_core::model::CrisisPlan,
    ) -> Result<rumbo_core::model::CrisisPlan> {
        let plan = input.validated()?;
        self.write(|tx| {
            if let Some(id) = plan.spokes_channel_id
                && !links::all_exist(tx, "channel", &[id]).db()?
            {
                return Err(Error::Validation(vec![FieldIssue::new(
                    "spokesChannelId",
                    IssueKind::UnknownLink {
                        entity: rumbo_core::error::Entity::Channel,
                    },
                )]));
            }
            crisis::put_plan(tx, &plan).db()
        })?;
        Ok(plan)
    }

    // -- the strategy document's settings and versions ---------------------

    pub fn document_settings(&self) -> Result<DocumentSettings> {
        document::settings(&self.conn).db()
    }

    /// Validates and saves the document's settings.
    pub fn set_document_settings(&mut self, input: DocumentSettings) -> Result<DocumentSettings> {
        let settings = input.validated()?;
        self.write(|tx| document::put_settings(tx, &settings).db())?;
        Ok(settings)
    }

    /// The saved versions of the document, newest first.
    pub fn versions(&self) -> Result<Vec<DocumentVersion>> {
        document::versions(&self.conn).db()
    }

    /// The number the next saved version will get (1 when there is none).
    pub fn next_version_number(&self) -> Result<u32> {
        document::next_number(&self.conn).db()
    }

    /// Saves the workspace as it is now as the next version of the document,
    /// dated `date`, with a note.
    pub fn save_version(
        &mut self,
        date: NaiveDate,
        note: &str,
        lang: Lang,
    ) -> Result<DocumentVersion> {
        rumbo_core::model::check(rumbo_core::model::version_note_issues(note))?;
        let snapshot = self.export()?.to_json()?;
        let saved_at = crate::table::time_text(&now());
        self.write(|tx| {
            document::add_version(tx, date, note.trim(), lang, &saved_at, &snapshot).db()
        })
    }

    /// A saved version and the workspace as it was then.
    pub fn version(&self, id: i64) -> Result<(DocumentVersion, WorkspaceDoc)> {
        let (version, snapshot) =
            document::version(&self.conn, id)
                .db()?
                .ok_or(Error::NotFound {
                    entity: rumbo_core::error::Entity::DocumentVersion,
                    id,
                })?;
        let doc = crate::read::snapshot(version.number, &snapshot)
            .map_err(|e| open::named(e, &self.path))?;
        Ok((version, doc))
    }

    /// The newest version saved before version `number` (before any new
    /// one when `None`) and the workspace as it was then: what the
    /// document's "what changed" section compares with.
    pub fn previous_version(
        &self,
        number: Option<u32>,
    ) -> Result<Option<(DocumentVersion, WorkspaceDoc)>> {
        match document::previous(&self.conn, number).db()? {
            Some((version, snapshot)) => {
                let doc = crate::read::snapshot(version.number, &snapshot)
                    .map_err(|e| open::named(e, &self.path))?;
                Ok(Some((version, doc)))
            }
            None => Ok(None),
        }
    }

    /// Records who approved saved version `id`, when and with what
    /// reservations (replacing an earlier approval), or withdraws its
    /// approval (`None`). Returns the version as it now is.
    pub fn approve_version(
        &mut self,
        id: i64,
        approval: Option<Approval>,
    ) -> Result<DocumentVersion> {
        let approval = approval.map(Approval::validated).transpose()?;
        let recorded_at = crate::table::time_text(&now());
        let found =
            self.write(|tx| document::set_approval(tx, id, approval.as_ref(), &recorded_at).db())?;
        if !found {
            return Err(Error::NotFound {
                entity: rumbo_core::error::Entity::DocumentVersion,
                id,
            });
        }
        self.versions()?
            .into_iter()
            .find(|v| v.id == id)
            .ok_or(Error::NotFound {
                entity: rumbo_core::error::Entity::DocumentVersion,
                id,
            })
    }

    /// The document to write: the workspace now (`version_id` none, dated
    /// with its document date or `today`) or saved version `version_id`, each
    /// compared with the version saved before it, with the saved versions
    /// and their approvals (the edition history).
    pub fn document_edition(
        &self,
        version_id: Option<i64>,
        today: NaiveDate,
    ) -> Result<DocumentEdition> {
        let edition = match version_id {
            None => DocumentEdition::current(self.export()?, today, self.previous_version(None)?),
            Some(id) => {
                let (version, snapshot) = self.version(id)?;
                let before = self.previous_version(Some(version.number))?;
                DocumentEdition::saved(&version, snapshot, before)
            }
        };
        Ok(edition.with_versions(self.versions()?))
    }

    /// Deletes a saved version (and its approval).
    pub fn delete_version(&mut self, id: i64) -> Result<()> {
        let deleted = self.write(|tx| document::delete_version(tx, id).db())?;
        if deleted {
            Ok(())
        } else {
            Err(Error::NotFound {
                entity: rumbo_core::error::Entity::DocumentVersion,
                id,
            })
        }
    }

    // -- records of every kind -------------------------------------------

    /// Every record of a kind, in the order the window lists them.
    pub fn list<R: Record>(&self) -> Result<Vec<R>> {
        R::list(&self.conn).db()
    }

    pub fn get<R: Record>(&self, id: i64) -> Result<R> {
        R::get(&self.conn, id).db()?.ok_or(Error::NotFound {
            entity: R::ENTITY,
            id,
        })
    }

    /// Validates and stores a new record (its `id` is ignored; an ordered
    /// kind's record goes last); returns it as stored.
    pub fn add<R: Record>(&mut self, record: R) -> Result<R> {
        let mut record = record.validated()?.with_id(0);
        if R::ORDERED {
            record = record.with_position(links::next_position(&self.conn, R::TABLE).db()?);
        }
        let id = self.write(|tx| {
            rumbo_core::limits::check_count(R::ENTITY, links::count(tx, R::TABLE).db()?, 1)?;
            record::check(tx, &record)?;
            R::put(tx, &record, true).db()
        })?;
        self.get(id)
    }

    /// Validates and stores the changes to an existing record.
    pub fn update<R: Record>(&mut self, record: R) -> Result<R> {
        let record = record.validated()?;
        let id = record.id();
        self.write(|tx| {
            if R::get(tx, id).db()?.is_none() {
                return Err(Error::NotFound {
                    entity: R::ENTITY,
                    id,
                });
            }
            record::check(tx, &record)?;
            R::put(tx, &record, false).db()
        })?;
        self.get(id)
    }

    /// What deleting `kind` `id` would unlink or remove.
    pub fn delete_impact(&self, kind: EntityKind, id: i64) -> Result<DeleteImpact> {
        let table = record::table(kind).ok_or(Error::Internal("nothing to delete".into()))?;
        let column = record::name_column(kind).unwrap_or("id");
        let name: Option<String> = self
            .conn
            .query_row(
                &format!("SELECT {column} FROM {table} WHERE id = ?1"),
                [id],
                |r| r.get(0),
            )
            .optional()
            .db()?;
        let name = name.ok_or(Error::NotFound {
            entity: record::entity(kind),
            id,
        })?;
        Ok(DeleteImpact {
            kind,
            name,
            groups: impact::groups(&self.conn, kind, id).db()?,
        })
    }

    /// Deletes a record with what depends on it; the token undoes it.
    pub fn delete(&mut self, kind: EntityKind, id: i64) -> Result<UndoToken> {
        let table = record::table(kind).ok_or(Error::Internal("nothing to delete".into()))?;
        self.write(|tx| {
            let token = undo::begin(tx).db()?;
            let deleted = impact::companion_deletes(kind)
                .iter()
                .try_for_each(|sql| tx.execute(sql, [id]).map(|_| ()))
                .and_then(|()| tx.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id]))
                .db();
            undo::end(tx).db()?;
            if deleted? == 0 {
                return Err(Error::NotFound {
                    entity: record::entity(kind),
                    id,
                });
            }
            Ok(UndoToken { token })
        })
    }

    /// Brings back what a deletion removed, in this session.
    pub fn undo_delete(&mut self, token: i64) -> Result<()> {
        self.write(|tx| {
            if undo::replay(tx, token).db()? {
                Ok(())
            } else {
                Err(Error::Internal("there is nothing to undo".into()))
            }
        })
    }

    // -- what needs more than create, update and delete ----------------------

    pub fn raci(&self) -> Result<Vec<RaciCell>> {
        department::raci(&self.conn).db()
    }

    pub fn set_raci(
        &mut self,
        department_id: i64,
        activity_id: i64,
        role: Option<RaciRole>,
    ) -> Result<()> {
        self.write(|tx| {
            self::exists::<Department>(tx, department_id)?;
            self::exists::<Activity>(tx, activity_id)?;
            department::set_raci(tx, department_id, activity_id, role).db()
        })
    }

    /// Puts the activities in the order of `ids` (others keep theirs, after).
    pub fn reorder_activities(&mut self, ids: &[i64]) -> Result<Vec<Activity>> {
        self.write(|tx| {
            let mut position = 0;
            for id in ids {
                self::exists::<Activity>(tx, *id)?;
                position += 1;
                department::set_position(tx, *id, position).db()?;
            }
            for activity in department::activities(tx).db()? {
                if !ids.contains(&activity.id) {
                    position += 1;
                    department::set_position(tx, activity.id, position).db()?;
                }
            }
            Ok(())
        })?;
        self.list()
    }

    pub fn fit_matrix(&self) -> Result<FitMatrix> {
        Ok(FitMatrix::build(self.list()?, &self.list::<Channel>()?))
    }

    pub fn set_fit_score(
        &mut self,
        channel_id: i64,
        criterion_id: i64,
        score: Option<u8>,
    ) -> Result<FitMatrix> {
        if score.is_some_and(|s| s > MAX_SCORE) {
            return Err(Error::Validation(vec![FieldIssue::new(
                "score",
                IssueKind::OutOfRange {
                    min: 0.0,
                    max: f64::from(MAX_SCORE),
                },
            )]));
        }
        self.write(|tx| {
            self::exists::<Channel>(tx, channel_id)?;
            self::exists::<FitCriterion>(tx, criterion_id)?;
            fit::set_score(tx, channel_id, criterion_id, score).db()
        })?;
        self.fit_matrix()
    }

    pub fn measurements(&self, objective_id: i64) -> Result<Vec<Measurement>> {
        objective::measurements(&self.conn, Some(objective_id)).db()
    }

    /// Imports a KPI's values from CSV text: all of them, or none.
    pub fn import_measurements(
        &mut self,
        objective_id: i64,
        text: &str,
        mapping: &CsvMapping,
    ) -> Result<usize> {
        let values = kpi_csv::read(text, mapping)?;
        self.write(|tx| {
            self::exists::<Objective>(tx, objective_id)?;
            rumbo_core::limits::check_count(
                rumbo_core::error::Entity::Measurement,
                links::count(tx, "measurement").db()?,
                values.len(),
            )?;
            for (date, value) in &values {
                objective::upsert_value(tx, objective_id, *date, *value).db()?;
            }
            Ok(values.len())
        })
    }

    /// Adds the public holidays of `country` in `year` (named in `lang`)
    /// that the list does not hold yet (the same date is not added twice),
    /// in one step; returns how many were added.
    pub fn add_holidays(
        &mut self,
        country: HolidayCountry,
        year: i32,
        lang: Lang,
    ) -> Result<usize> {
        // Each one is a holiday Rumbo keeps (a year outside the years dates
        // are is refused whole).
        let set = rumbo_core::model::starting_set(country, year, lang)
            .into_iter()
            .map(Holiday::validated)
            .collect::<Result<Vec<Holiday>>>()?;
        self.write(|tx| {
            let known: Vec<Holiday> = holiday::list(tx).db()?;
            let new: Vec<&Holiday> = set
                .iter()
                .filter(|h| !known.iter().any(|k| k.date == h.date))
                .collect();
            rumbo_core::limits::check_count(
                rumbo_core::error::Entity::Holiday,
                known.len(),
                new.len(),
            )?;
            for h in &new {
                holiday::put(tx, h, true).db()?;
            }
            Ok(new.len())
        })
    }

    /// How many records of each kind there are, for the sidebar.
    pub fn counts(&self) -> Result<SectionCounts> {
        let count = |sql: &str| -> Result<u32> { self.conn.query_row(sql, [], |r| r.get(0)).db() };
        let mut records = BTreeMap::new();
        for kind in EntityKind::RECORDS {
            if let Some(table) = record::table(*kind) {
                records.insert(*kind, count(&format!("SELECT count(*) FROM {table}"))?);
            }
        }
        Ok(SectionCounts {
            records,
            pending_recommendations: count(
                "SELECT count(*) FROM recommendation WHERE decision = 'pending'",
            )?,
        })
    }

    // -- the whole workspace ---------------------------------------------

    /// The whole workspace as an interchange document, read in one read
    /// transaction (a consistent snapshot even while another program writes).
    pub fn export(&self) -> Result<WorkspaceDoc> {
        crate::read::whole(&self.conn).map_err(|e| open::named(e, &self.path))
    }

    /// Replaces everything with `doc`, in one transaction, keeping its ids so
    /// that a JSON round trip is lossless.
    fn replace_all(&mut self, doc: &WorkspaceDoc) -> Result<()> {
        self.replace_all_then(doc, |_| Ok(()))
    }

    fn replace_all_then(
        &mut self,
        doc: &WorkspaceDoc,
        then: impl FnOnce(&Transaction) -> Result<()>,
    ) -> Result<()> {
        self.write(|tx| {
            // Everything that refers to records first, then each kind after
            // the kinds that refer to it (foreign keys cascade the links).
            tx.execute("DELETE FROM acknowledgement", []).db()?;
            for kind in EntityKind::RECORDS.iter().rev() {
                if let Some(table) = record::table(*kind) {
                    tx.execute(&format!("DELETE FROM {table}"), []).db()?;
                }
            }
            profile::put(tx, &doc.profile, &now()).db()?;
            record::import_all(tx, doc)?;
            for cell in &doc.raci {
                department::set_raci(tx, cell.department_id, cell.activity_id, Some(cell.role))
                    .db()?;
            }
            health::put_settings(tx, &doc.health_settings).db()?;
            doc.acknowledgements
                .iter()
                .try_for_each(|ack| health::acknowledge(tx, ack).db())?;
            document::put_settings(tx, &doc.document.clone().normalized()).db()?;
            crisis::put_plan(tx, &doc.crisis).db()?;
            then(tx)
        })
    }
}

/// Fails with "not found" unless record `id` of `R` exists.
fn exists<R: Record>(conn: &Connection, id: i64) -> Result<()> {
    if links::all_exist(conn, R::TABLE, &[id]).db()? {
        Ok(())
    } else {
        Err(Error::NotFound {
            entity: R::ENTITY,
            id,
        })
    }
}

/// Removes a file and the journals SQLite may have left beside it.
fn remove_file_and_journals(path: &Path) {
    for suffix in ["", "-wal", "-shm", "-journal"] {
        let mut name = path.as_os_str().to_owned();
        name.push(suffix);
        let _ = fs::remove_file(PathBuf::from(name));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rumbo_core::model::{ChannelStatus, Network};

    fn ok<T>(result: Result<T>) -> T {
        result.unwrap_or_else(|e| panic!("{e}"))
    }

    /// The portable stand-in for a full disk: `max_page_count` stops SQLite
    /// from growing the file, and it answers SQLITE_FULL as on a full disk.
    #[test]
    fn a_full_disk_is_a_clear_error_nothing_is_half_written_and_the_workspace_goes_on() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("full.rumbo");
        ok(ok(Workspace::create(&path, Lang::En)).close());
        let mut ws = ok(Workspace::open(&path));
        ok(ws.add(Channel::new(
            Network::Linkedin,
            "Before",
            ChannelStatus::Planned,
        )));
        let pages: i64 = ok(ws
            .conn
            .query_row("PRAGMA page_count", [], |r| r.get(0))
            .db());
        ok(ws
            .conn
            .pragma_update(None, "max_page_count", pages + 2)
            .db());
        let before = ok(ws.export());

        // One import of many long records in one transaction cannot fit.
        let mut doc = before.clone();
        for i in 0..300 {
            let mut c = Channel::new(Network::Blog, &format!("Big {i}"), ChannelStatus::Planned);
            c.id = 10_000 + i;
            c.purpose = "x".repeat(1500);
            doc.channels.push(c);
        }
        let error = ws
            .replace_all(&doc)
            .err()
            .unwrap_or_else(|| panic!("it fit"));
        assert_eq!(error, Error::DiskFull { path: None });
        assert_eq!(
            error.message(Lang::En),
            "There is no space left on the disk to save this change. Nothing was changed; free some space and try again."
        );
        assert_eq!(
            error.message(Lang::Es),
            "No queda espacio en el disco para guardar este cambio. No se ha cambiado nada; libera algo de espacio y vuelve a intentarlo."
        );
        // All or nothing, and the connection goes on.
        assert_eq!(ok(ws.export()), before);
        ok(ws
            .conn
            .pragma_update(None, "max_page_count", 1_000_000_000)
            .db());
        ok(ws.add(Channel::new(
            Network::Mastodon,
            "After",
            ChannelStatus::Planned,
        )));
        ok(ws.close());
        let ws = ok(Workspace::open(&path));
        let verdict: String = ok(ws
            .conn
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .db());
        assert_eq!(verdict, "ok");
        let names: Vec<String> = ok(ws.list::<Channel>())
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
        assert!(names.contains(&"Before".into()) && names.contains(&"After".into()));
        ok(ws.close());
    }
}
