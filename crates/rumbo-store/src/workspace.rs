//! A workspace: one open `.rumbo` file and everything one can do with it.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use rumbo_core::error::{FieldIssue, IssueKind};
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::ipc::{DeleteImpact, EntityKind, SectionCounts, UndoToken};
use rumbo_core::kpi_csv::{self, CsvMapping};
use rumbo_core::model::{
    Acknowledgement, Activity, Audience, Channel, Department, DocumentSettings, DocumentVersion,
    FitCriterion, FitMatrix, HealthSettings, MAX_SCORE, Measurement, Objective, Profile, RaciCell,
    RaciRole,
};
use rumbo_core::{Error, Lang, Result, defaults};
use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior};

use crate::error::Db;
use crate::record::{self, Record};
use crate::table::{
    audience, campaign, channel, department, document, fit, health, internal, links, meta,
    objective, profile, recommendation,
};
use crate::{impact, open, undo};

/// The extension of workspace files.
pub const EXTENSION: &str = "rumbo";

/// An open workspace file.
#[derive(Debug)]
pub struct Workspace {
    conn: Connection,
    path: PathBuf,
}

fn now() -> DateTime<Utc> {
    Utc::now().trunc_subsecs(3)
}

/// A readable default name for a new workspace: its file name without the extension.
fn name_from_path(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().trim().to_string())
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "Rumbo".into())
}

impl Workspace {
    /// Opens an existing workspace file. Anything that is not a workspace
    /// this Rumbo can read is refused and left untouched.
    pub fn open(path: &Path) -> Result<Workspace> {
        let conn = open::open_existing(path)?;
        undo::install(&conn).db()?;
        Ok(Workspace {
            conn,
            path: path.to_path_buf(),
        })
    }

    /// Creates a new workspace with the usual departments, RACI activities
    /// and brand-fit criteria, named in `lang`; refuses to replace a file.
    pub fn create(path: &Path, lang: Lang) -> Result<Workspace> {
        let mut workspace = Workspace::create_empty(path)?;
        let seeded = workspace.write(|tx| {
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
        });
        match seeded {
            Ok(()) => Ok(workspace),
            Err(error) => {
                drop(workspace);
                remove_file_and_journals(path);
                Err(error)
            }
        }
    }

    /// Creates a workspace holding a profile and nothing else.
    fn create_empty(path: &Path) -> Result<Workspace> {
        let conn = open::create_new(path)?;
        undo::install(&conn).db()?;
        let mut workspace = Workspace {
            conn,
            path: path.to_path_buf(),
        };
        let profile = Profile {
            name: name_from_path(path),
            ..Profile::default()
        };
        let result = workspace.write(|tx| {
            meta::set(
                tx,
                "created_by",
                concat!("Rumbo ", env!("CARGO_PKG_VERSION")),
            )
            .db()?;
            profile::put(tx, &profile, &now()).db()
        });
        match result {
            Ok(()) => Ok(workspace),
            Err(error) => {
                drop(workspace);
                remove_file_and_journals(path);
                Err(error)
            }
        }
    }

    /// Creates a workspace holding `doc` (an import, or the sample). The file
    /// appears complete or not at all: it is written beside the target under
    /// a temporary name and renamed when done.
    pub fn create_from(path: &Path, doc: &WorkspaceDoc) -> Result<Workspace> {
        if fs::symlink_metadata(path).is_ok() {
            return Err(Error::FileExists(path.to_path_buf()));
        }
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let temporary = path.with_file_name(format!(".{file_name}.{}.partial", std::process::id()));
        remove_file_and_journals(&temporary);
        let filled = Workspace::create_empty(&temporary).and_then(|mut workspace| {
            workspace.replace_all(doc)?;
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
            return Err(error);
        }
        Workspace::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Closes the file so that it alone holds everything (no `-wal` or `-shm`
    /// left beside it).
    pub fn close(self) -> Result<()> {
        self.conn
            .pragma_update(None, "wal_checkpoint", "TRUNCATE")
            .db()?;
        self.conn
            .close()
            .map_err(|(_, e)| crate::error::database_error(&e))
    }

    /// Runs `f` in one write transaction, taken at once (`BEGIN IMMEDIATE`)
    /// so that it never fails half-way on a lock. All or nothing.
    fn write<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .db()?;
        let value = f(&tx)?;
        tx.commit().db()?;
        Ok(value)
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
        Ok((version, WorkspaceDoc::from_json(&snapshot)?))
    }

    /// The newest version saved before version `number` (before any new
    /// one when `None`) and the workspace as it was then: what the
    /// document's "what changed" section compares with.
    pub fn previous_version(
        &self,
        number: Option<u32>,
    ) -> Result<Option<(DocumentVersion, WorkspaceDoc)>> {
        match document::previous(&self.conn, number).db()? {
            Some((version, snapshot)) => Ok(Some((version, WorkspaceDoc::from_json(&snapshot)?))),
            None => Ok(None),
        }
    }

    /// Deletes a saved version.
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

    /// Validates and stores a new record (its `id` is ignored); returns it as stored.
    pub fn add<R: Record>(&mut self, record: R) -> Result<R> {
        let record = record.validated()?.with_id(0);
        let id = self.write(|tx| {
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
        let column = record::name_column(table);
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
            let deleted = tx
                .execute(&format!("DELETE FROM {table} WHERE id = ?1"), [id])
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

    /// A new activity goes last.
    pub fn create_activity(&mut self, activity: Activity) -> Result<Activity> {
        let position = links::next_position(&self.conn, "activity").db()?;
        self.add(Activity {
            position,
            ..activity
        })
    }

    /// A new criterion goes last.
    pub fn create_criterion(&mut self, criterion: FitCriterion) -> Result<FitCriterion> {
        let position = links::next_position(&self.conn, "fit_criterion").db()?;
        self.add(FitCriterion {
            position,
            ..criterion
        })
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
            for (date, value) in &values {
                objective::upsert_value(tx, objective_id, *date, *value).db()?;
            }
            Ok(values.len())
        })
    }

    pub fn counts(&self) -> Result<SectionCounts> {
        let count = |sql: &str| -> Result<u32> { self.conn.query_row(sql, [], |r| r.get(0)).db() };
        Ok(SectionCounts {
            departments: count("SELECT count(*) FROM department")?,
            audiences: count("SELECT count(*) FROM audience")?,
            channels: count("SELECT count(*) FROM channel")?,
            objectives: count("SELECT count(*) FROM objective")?,
            campaigns: count("SELECT count(*) FROM campaign")?,
            flows: count("SELECT count(*) FROM flow")?,
            info_needs: count("SELECT count(*) FROM info_need")?,
            recommendations: count("SELECT count(*) FROM recommendation")?,
            pending_recommendations: count(
                "SELECT count(*) FROM recommendation WHERE decision = 'pending'",
            )?,
        })
    }

    // -- the whole workspace ---------------------------------------------

    /// The whole workspace as an interchange document.
    pub fn export(&self) -> Result<WorkspaceDoc> {
        let conn = &self.conn;
        let mut doc = WorkspaceDoc::new(self.profile()?);
        doc.departments = department::list(conn).db()?;
        doc.departments.sort_by_key(|d| d.id);
        doc.activities = department::activities(conn).db()?;
        doc.activities.sort_by_key(|a| a.id);
        doc.raci = department::raci(conn).db()?;
        doc.audiences = audience::list(conn).db()?;
        doc.audiences.sort_by_key(|a| a.id);
        doc.fit_criteria = fit::list(conn).db()?;
        doc.fit_criteria.sort_by_key(|c| c.id);
        doc.channels = channel::list_by_id(conn).db()?;
        doc.objectives = objective::list(conn).db()?;
        doc.measurements = objective::all_measurements(conn).db()?;
        doc.campaigns = campaign::list_by_id(conn).db()?;
        doc.flows = internal::list(conn).db()?;
        doc.info_needs = internal::needs(conn).db()?;
        doc.recommendations = recommendation::list(conn).db()?;
        doc.health_settings = health::settings(conn).db()?;
        doc.acknowledgements = health::acknowledgements(conn).db()?;
        doc.document = document::settings(conn).db()?;
        Ok(doc)
    }

    /// Replaces everything with `doc`, in one transaction, keeping its ids so
    /// that a JSON round trip is lossless.
    fn replace_all(&mut self, doc: &WorkspaceDoc) -> Result<()> {
        self.write(|tx| {
            for table in [
                "acknowledgement",
                "recommendation",
                "info_need",
                "flow",
                "campaign",
                "measurement",
                "objective",
                "channel",
                "fit_criterion",
                "audience",
                "activity",
                "department",
            ] {
                tx.execute(&format!("DELETE FROM {table}"), []).db()?;
            }
            profile::put(tx, &doc.profile, &now()).db()?;
            fn all<R: Record>(tx: &Transaction<'_>, records: &[R]) -> Result<()> {
                records
                    .iter()
                    .try_for_each(|r| R::put(tx, r, true).map(|_| ()).db())
            }
            all(tx, &doc.departments)?;
            all(tx, &doc.activities)?;
            for cell in &doc.raci {
                department::set_raci(tx, cell.department_id, cell.activity_id, Some(cell.role))
                    .db()?;
            }
            // Audiences' links are written by the channels (the same link table).
            for a in &doc.audiences {
                audience::put(
                    tx,
                    &Audience {
                        channel_ids: Vec::new(),
                        ..a.clone()
                    },
                    true,
                )
                .db()?;
            }
            all(tx, &doc.fit_criteria)?;
            all(tx, &doc.channels)?;
            all(tx, &doc.objectives)?;
            all(tx, &doc.measurements)?;
            all(tx, &doc.campaigns)?;
            all(tx, &doc.flows)?;
            all(tx, &doc.info_needs)?;
            all(tx, &doc.recommendations)?;
            health::put_settings(tx, &doc.health_settings).db()?;
            doc.acknowledgements
                .iter()
                .try_for_each(|ack| health::acknowledge(tx, ack).db())?;
            document::put_settings(tx, &doc.document.clone().normalized()).db()?;
            Ok(())
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
