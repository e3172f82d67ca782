//! Fuzzing the imports into real workspace files: no partial import.
//!
//! - A JSON document becomes a new workspace file (`Workspace::create_from`,
//!   what `rumbo import-json` does) completely or not at all: either the
//!   file exports the document, or there is no file — nor a `-wal`, `-shm`
//!   or temporary file beside where it would have been.
//! - A KPI's values from CSV (`Workspace::import_measurements`) land all of
//!   them, or none does and the workspace is unchanged, with a clear error.
//!
//! The inputs are those of rumbo-core's fuzz tests (`tests/support/`, included
//! by path). Short by default (file I/O is slow); `RUMBO_FUZZ_CASES=N` runs
//! N/100 cases of each JSON test and N/25 of the CSV one (see `support/fuzz.rs`).

#[path = "../../rumbo-core/tests/support/csv_inputs.rs"]
mod csv_inputs;
#[path = "../../rumbo-core/tests/support/fuzz.rs"]
mod fuzz;
#[path = "../../rumbo-core/tests/support/json_mutations.rs"]
mod mutations;

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestCaseResult};
use rumbo_core::error::ErrorCode;
use rumbo_core::interchange::{FORMAT_NAME, FORMAT_VERSION, WorkspaceDoc};
use rumbo_core::kpi_csv;
use rumbo_core::{Error, Lang, sample};
use rumbo_store::Workspace;

/// Cases per run: few, as each one writes files.
fn cases() -> u32 {
    fuzz::cases(64, 100)
}

fn fail(what: &str, error: &Error) -> TestCaseError {
    TestCaseError::fail(format!("{what}: {error:?}"))
}

fn temporary_folder() -> Result<tempfile::TempDir, TestCaseError> {
    tempfile::tempdir().map_err(|e| TestCaseError::fail(format!("temporary folder: {e}")))
}

/// The names of the entries of a folder, sorted.
fn entries(folder: &Path) -> Result<Vec<String>, TestCaseError> {
    let mut names = Vec::new();
    let listing = std::fs::read_dir(folder)
        .map_err(|e| TestCaseError::fail(format!("{}: {e}", folder.display())))?;
    for entry in listing {
        let entry = entry.map_err(|e| TestCaseError::fail(e.to_string()))?;
        names.push(entry.file_name().to_string_lossy().into_owned());
    }
    names.sort();
    Ok(names)
}

/// The document as the workspace file keeps it: the current format, in the
/// format's order (records by id, RACI cells by department and activity,
/// acknowledgements by key, lists of linked ids ascending) and the document
/// settings tidied.
fn canonical(doc: &WorkspaceDoc) -> WorkspaceDoc {
    let mut d = doc.clone();
    d.format = FORMAT_NAME.to_string();
    d.version = FORMAT_VERSION;
    d.departments.sort_by_key(|x| x.id);
    d.activities.sort_by_key(|x| x.id);
    d.raci.sort_by_key(|c| (c.department_id, c.activity_id));
    d.audiences.sort_by_key(|x| x.id);
    d.fit_criteria.sort_by_key(|x| x.id);
    d.channels.sort_by_key(|x| x.id);
    d.objectives.sort_by_key(|x| x.id);
    d.measurements.sort_by_key(|x| x.id);
    d.campaigns.sort_by_key(|x| x.id);
    d.flows.sort_by_key(|x| x.id);
    d.info_needs.sort_by_key(|x| x.id);
    d.recommendations.sort_by_key(|x| x.id);
    d.holidays.sort_by_key(|x| x.id);
    d.people.sort_by_key(|x| x.id);
    d.pillars.sort_by_key(|x| x.id);
    d.style_guides.sort_by_key(|x| x.id);
    d.service_levels.sort_by_key(|x| x.id);
    d.budget_lines.sort_by_key(|x| x.id);
    d.procedure_steps.sort_by_key(|x| x.id);
    d.policies.sort_by_key(|x| x.id);
    d.moderation_rules.sort_by_key(|x| x.id);
    d.protocols.sort_by_key(|x| x.id);
    d.crisis_levels.sort_by_key(|x| x.id);
    d.pause_steps.sort_by_key(|x| x.id);
    for r in &mut d.moderation_rules {
        r.channel_ids.sort_unstable();
    }
    for l in &mut d.crisis_levels {
        l.department_ids.sort_unstable();
    }
    d.acknowledgements.sort_by(|a, b| a.key.cmp(&b.key));
    for a in &mut d.audiences {
        a.channel_ids.sort_unstable();
    }
    for c in &mut d.channels {
        c.audience_ids.sort_unstable();
        c.fit_scores.sort_by_key(|s| s.criterion_id);
        c.account.admin_ids.sort_unstable();
    }
    for o in &mut d.objectives {
        o.channel_ids.sort_unstable();
        o.department_ids.sort_unstable();
    }
    for c in &mut d.campaigns {
        c.objective_ids.sort_unstable();
    }
    for b in &mut d.budget_lines {
        b.channel_ids.sort_unstable();
    }
    for f in &mut d.flows {
        f.department_ids.sort_unstable();
    }
    for p in &mut d.pillars {
        p.objective_ids.sort_unstable();
        p.shares.sort_by_key(|s| s.channel_id);
    }
    for g in &mut d.style_guides {
        g.channel_ids.sort_unstable();
    }
    for l in &mut d.service_levels {
        l.channel_ids.sort_unstable();
    }
    d.document = d.document.normalized();
    d
}

/// Where two documents differ first, for the failure message.
fn difference(got: &WorkspaceDoc, expected: &WorkspaceDoc) -> String {
    fn first(path: String, a: &serde_json::Value, b: &serde_json::Value) -> Option<String> {
        use serde_json::Value;
        match (a, b) {
            (Value::Object(x), Value::Object(y)) => x.iter().find_map(|(k, v)| {
                first(format!("{path}.{k}"), v, y.get(k).unwrap_or(&Value::Null))
            }),
            (Value::Array(x), Value::Array(y)) if x.len() == y.len() => x
                .iter()
                .zip(y)
                .enumerate()
                .find_map(|(i, (v, w))| first(format!("{path}[{i}]"), v, w)),
            _ if a == b => None,
            _ => {
                let show = |v: &Value| v.to_string().chars().take(300).collect::<String>();
                Some(format!(
                    "{path}: the file has {}, the document {}",
                    show(a),
                    show(b)
                ))
            }
        }
    }
    let value = |d: &WorkspaceDoc| serde_json::to_value(d).unwrap_or_default();
    first(String::new(), &value(got), &value(expected))
        .unwrap_or_else(|| "equal as JSON, different as values (-0.0?)".into())
}

/// Creates a workspace file from `doc` in an empty folder: either the file
/// holds the document (as [`canonical`] orders it) and nothing else is left
/// beside it, or the import fails clearly and the folder stays empty.
/// `checked`: `check()` accepts the document, so the storage must too.
fn import(doc: &WorkspaceDoc, checked: bool) -> TestCaseResult {
    let folder = temporary_folder()?;
    let path = folder.path().join("import.rumbo");
    match Workspace::create_from(&path, doc) {
        Ok(workspace) => {
            let exported = workspace.export().map_err(|e| fail("export", &e))?;
            workspace.close().map_err(|e| fail("close", &e))?;
            prop_assert_eq!(entries(folder.path())?, ["import.rumbo"]);
            let reopened = Workspace::open_read_only(&path)
                .and_then(|w| w.export())
                .map_err(|e| fail("reopened", &e))?;
            prop_assert!(reopened == exported, "the file changed on reopening");
            if checked {
                let expected = canonical(doc);
                prop_assert!(
                    exported == expected,
                    "the file does not hold the document: {}",
                    difference(&exported, &expected)
                );
            }
            prop_assert_eq!(entries(folder.path())?, ["import.rumbo"]);
        }
        Err(error) => {
            let left = entries(folder.path())?;
            prop_assert!(
                left.is_empty(),
                "a failed import left {left:?} behind ({error:?})"
            );
            prop_assert!(
                !checked,
                "check() accepted what the storage refuses: {error:?}"
            );
            fuzz::clear(
                &error,
                &[
                    ErrorCode::Database,
                    ErrorCode::Validation,
                    ErrorCode::BadJson,
                ],
            )?;
        }
    }
    Ok(())
}

#[test]
fn accepted_json_documents_become_whole_workspace_files() {
    fuzz::run(
        "fuzz_import::accepted_json",
        file!(),
        cases(),
        mutations::mutant(),
        |mutant| {
            let (text, doc) = mutations::accepted(&mutant);
            // What `rumbo import-json` does.
            let read = WorkspaceDoc::from_json(&text).map_err(|e| fail("from_json", &e))?;
            prop_assert!(read == doc);
            import(&doc, true)
        },
    );
}

/// A mutant of a current-version seed that serde reads (without `check()`):
/// its ops are applied one by one, and an op serde refuses is left out.
fn parsed(mutant: &mutations::Mutant) -> WorkspaceDoc {
    let seed = mutant.seed % mutations::CURRENT_SEEDS;
    let mut root = mutations::SEEDS[seed].1.clone();
    let mut raws: Vec<String> = Vec::new();
    let text = mutations::write(&root, &raws, false);
    let mut doc: WorkspaceDoc =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("a seed: {e}"));
    for op in &mutant.ops {
        let mut next = root.clone();
        let mut next_raws = raws.clone();
        mutations::apply(&mut next, op, &mut next_raws);
        let next_text = mutations::write(&next, &next_raws, false);
        if let Ok(next_doc) = serde_json::from_str::<WorkspaceDoc>(&next_text) {
            (root, raws, doc) = (next, next_raws, next_doc);
        }
    }
    doc
}

/// Documents `check()` would refuse still never leave a partial file:
/// `create_from` is public, and the sample and tests call it directly.
#[test]
fn unchecked_documents_become_whole_workspace_files_or_none() {
    let refused = std::sync::atomic::AtomicU64::new(0);
    fuzz::run(
        "fuzz_import::unchecked_json",
        file!(),
        cases(),
        mutations::mutant(),
        |mutant| {
            let doc = parsed(&mutant);
            let checked = doc.check().is_ok();
            if !checked {
                refused.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            import(&doc, checked)
        },
    );
    println!(
        "fuzz_import::unchecked_json: {} documents check() refuses",
        refused.load(std::sync::atomic::Ordering::Relaxed)
    );
}

/// Measurements by objective and date: value and note.
fn measurements(doc: &WorkspaceDoc) -> BTreeMap<(i64, NaiveDate), (f64, String)> {
    doc.measurements
        .iter()
        .map(|m| ((m.objective_id, m.date), (m.value, m.note.clone())))
        .collect()
}

/// Everything but the measurements.
fn without_measurements(doc: &WorkspaceDoc) -> WorkspaceDoc {
    let mut doc = doc.clone();
    doc.measurements.clear();
    doc
}

/// The workspace file the CSV imports go into: the sample, in a folder of
/// its own. Each case exports it twice, so once it has gathered many
/// measurements it is closed, checked and replaced by a fresh one.
struct Target {
    folder: tempfile::TempDir,
    path: std::path::PathBuf,
    workspace: Workspace,
}

/// Measurements a target gathers before it is replaced.
const MAX_MEASUREMENTS: usize = 2000;

impl Target {
    fn new() -> Result<Target, TestCaseError> {
        let folder = temporary_folder()?;
        let path = folder.path().join("kpis.rumbo");
        let workspace = Workspace::create_from(&path, &sample::workspace(Lang::En))
            .map_err(|e| fail("create_from", &e))?;
        Ok(Target {
            folder,
            path,
            workspace,
        })
    }

    /// Closes the file: it holds what was imported, and nothing is left
    /// beside it.
    fn finish(self) -> TestCaseResult {
        let last = self.workspace.export().map_err(|e| fail("export", &e))?;
        self.workspace.close().map_err(|e| fail("close", &e))?;
        prop_assert_eq!(entries(self.folder.path())?, ["kpis.rumbo"]);
        let reopened = Workspace::open_read_only(&self.path)
            .and_then(|w| w.export())
            .map_err(|e| fail("reopened", &e))?;
        prop_assert!(reopened == last, "the file lost what was imported");
        Ok(())
    }
}

#[test]
fn csv_imports_land_whole_or_not_at_all() {
    let target = Target::new().unwrap_or_else(|e| panic!("{e}"));
    let objectives: Vec<i64> = target
        .workspace
        .export()
        .unwrap_or_else(|e| panic!("{e}"))
        .objectives
        .iter()
        .map(|o| o.id)
        .collect();
    let target = RefCell::new(target);
    let (landed, refused, files) = (
        std::sync::atomic::AtomicU64::new(0),
        std::sync::atomic::AtomicU64::new(0),
        std::sync::atomic::AtomicU64::new(1),
    );
    fuzz::run(
        "fuzz_import::csv",
        file!(),
        cases().saturating_mul(4),
        (csv_inputs::input(), any::<u8>()),
        |(input, pick)| {
            let mut target = target.borrow_mut();
            let mut before = target.workspace.export().map_err(|e| fail("export", &e))?;
            if before.measurements.len() > MAX_MEASUREMENTS {
                std::mem::replace(&mut *target, Target::new()?).finish()?;
                files.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                before = target.workspace.export().map_err(|e| fail("export", &e))?;
            }
            let workspace = &mut target.workspace;
            // Mostly an objective of the workspace; sometimes one that is gone.
            let objective = objectives
                .get(usize::from(pick) % (objectives.len() + 1))
                .copied()
                .unwrap_or(999_999);
            let exists = objectives.contains(&objective);
            let result = workspace.import_measurements(objective, &input.text, &input.mapping);
            let after = workspace.export().map_err(|e| fail("export", &e))?;
            let read = kpi_csv::read(&input.text, &input.mapping);
            match result {
                Ok(count) => {
                    landed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    prop_assert!(exists, "imported into a missing objective");
                    let values = read.map_err(|e| fail("read refuses what was imported", &e))?;
                    prop_assert_eq!(count, values.len());
                    if let Some(generated) = &input.values {
                        prop_assert_eq!(&values, generated);
                    }
                    // Every row landed: a new measurement, or the new value
                    // of the one on that date (its note kept).
                    let mut expected = measurements(&before);
                    for (date, value) in values {
                        expected
                            .entry((objective, date))
                            .and_modify(|m| m.0 = value)
                            .or_insert((value, String::new()));
                    }
                    prop_assert!(measurements(&after) == expected, "not every row landed");
                    for m in &before.measurements {
                        let kept = after.measurements.iter().any(|a| {
                            a.id == m.id && a.objective_id == m.objective_id && a.date == m.date
                        });
                        prop_assert!(kept, "measurement {} lost its id", m.id);
                    }
                    prop_assert!(
                        without_measurements(&after) == without_measurements(&before),
                        "an import changed more than measurements"
                    );
                }
                Err(error) => {
                    refused.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    prop_assert!(after == before, "a failed import changed the workspace");
                    if exists {
                        prop_assert!(read.is_err(), "refused a file read gives values from");
                        fuzz::clear(&error, &[ErrorCode::BadCsv])?;
                    } else {
                        fuzz::clear(&error, &[ErrorCode::BadCsv, ErrorCode::NotFound])?;
                    }
                    if input.values.is_some() && exists {
                        return Err(TestCaseError::fail(format!(
                            "a whole export with its own mapping was refused: {error:?}"
                        )));
                    }
                }
            }
            Ok(())
        },
    );
    println!(
        "fuzz_import::csv: {} imports landed, {} refused, in {} workspace files",
        landed.load(std::sync::atomic::Ordering::Relaxed),
        refused.load(std::sync::atomic::Ordering::Relaxed),
        files.load(std::sync::atomic::Ordering::Relaxed),
    );
    target
        .into_inner()
        .finish()
        .unwrap_or_else(|e| panic!("{e}"));
}

/// Found by fuzzing: a channel naming one audience twice passed the
/// importer's checks and failed in SQLite ("UNIQUE constraint failed:
/// channel_audience…"). `import-json` now refuses it before creating
/// anything; given to `create_from` directly, it still leaves no file.
#[test]
fn a_repeated_link_is_refused_and_leaves_no_file() {
    let mut doc = sample::workspace(Lang::Es);
    let channel = doc
        .channels
        .iter_mut()
        .find(|c| !c.audience_ids.is_empty())
        .unwrap_or_else(|| panic!("the sample has no audiences"));
    channel.audience_ids.push(channel.audience_ids[0]);
    let text = doc.to_json().unwrap_or_else(|e| panic!("{e}"));
    let error = WorkspaceDoc::from_json(&text)
        .err()
        .unwrap_or_else(|| panic!("accepted"));
    fuzz::clear(&error, &[ErrorCode::BadJson]).unwrap_or_else(|e| panic!("{e}"));

    let folder = temporary_folder().unwrap_or_else(|e| panic!("{e}"));
    let path = folder.path().join("repeated.rumbo");
    let error = Workspace::create_from(&path, &doc)
        .err()
        .unwrap_or_else(|| panic!("created"));
    assert_eq!(error.code(), ErrorCode::Database, "{error:?}");
    assert_eq!(
        entries(folder.path()).unwrap_or_else(|e| panic!("{e}")),
        Vec::<String>::new()
    );
}
