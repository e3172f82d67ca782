//! Fuzzing every command's arguments through Tauri's real IPC path (the
//! mock runtime with the app's own handler, config and capability): random
//! and mutated arguments never panic, every refusal is a clear error, and a
//! refused command changes nothing in the workspace (all or nothing).
//!
//! `RUMBO_FUZZ_CASES` sets the number of calls (default 1,500);
//! `RUMBO_FUZZ_SEED` replays a run.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rumbo_core::Lang;
use serde_json::{Map, Value, json};
use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
use tauri::{App, Manager, WebviewWindow};

use crate::commands;
use crate::document::DocShared;
use crate::state::{Inner, Shared, lock};

/// A small, fast, seedable generator (SplitMix64): the fuzzer's choices
/// must be replayable from the printed seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % n.max(1) as u64).unwrap_or(0)
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> Option<&'a T> {
        if items.is_empty() {
            None
        } else {
            items.get(self.below(items.len()))
        }
    }
}

/// Values that break careless code: extremes, wrong types, hostile text.
fn nasty(rng: &mut Rng) -> Value {
    match rng.below(22) {
        0 => Value::Null,
        1 => json!(true),
        2 => json!(0),
        3 => json!(-1),
        4 => json!(i64::MAX),
        5 => json!(i64::MIN),
        6 => json!(u64::MAX),
        7 => json!(1e308),
        8 => json!(-0.5),
        9 => json!(""),
        10 => json!("x".repeat(100_000)),
        11 => json!("#panic(\"x\") $x$ <script>alert(1)</script> =cmd|' /C calc'!A0"),
        12 => json!("\u{0}\u{1}\u{202e}\u{feff}"),
        13 => json!("../../../../etc/passwd"),
        14 => json!("/tmp/does-not-exist.rumbo"),
        15 => json!([]),
        16 => json!([1, 2, 3, -4, i64::MAX]),
        17 => json!({}),
        18 => json!({"id": 1, "name": "x"}),
        19 => json!("2026-02-30"),
        20 => json!("9999-12-31"),
        _ => json!(rng.next() % 1000),
    }
}

/// A random change to `value`: a field replaced, removed or added, at any
/// depth, or the whole value replaced.
fn mutate(rng: &mut Rng, value: &mut Value) {
    match value {
        Value::Object(map) if !map.is_empty() && rng.chance(85) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            let key = rng.pick(&keys).cloned().unwrap_or_default();
            match rng.below(4) {
                0 => {
                    map.remove(&key);
                }
                1 => {
                    map.insert("unexpected".into(), nasty(rng));
                }
                _ => {
                    if let Some(inner) = map.get_mut(&key) {
                        mutate(rng, inner);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() && rng.chance(70) => {
            let index = rng.below(items.len());
            if rng.chance(30) {
                items.remove(index);
            } else if let Some(inner) = items.get_mut(index) {
                mutate(rng, inner);
            }
        }
        _ => *value = nasty(rng),
    }
}

struct Fuzz {
    app: App<MockRuntime>,
    webview: WebviewWindow<MockRuntime>,
    shared: Shared,
    workspace: PathBuf,
}

impl Fuzz {
    fn new(dir: &Path) -> Fuzz {
        let app = mock_builder()
            .invoke_handler(commands::handler())
            .build(tauri::generate_context!())
            .unwrap_or_else(|e| panic!("mock app: {e}"));
        let shared: Shared = Arc::new(Mutex::new(Inner::new(dir.join("prefs.json"), Lang::En)));
        app.manage(shared.clone());
        app.manage(DocShared::default());
        let webview = tauri::WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .unwrap_or_else(|e| panic!("mock window: {e}"));
        let workspace = dir.join("fuzz.rumbo");
        let doc = rumbo_core::sample::workspace(Lang::En);
        rumbo_store::Workspace::create_from(&workspace, &doc)
            .and_then(rumbo_store::Workspace::close)
            .unwrap_or_else(|e| panic!("sample: {e}"));
        let fuzz = Fuzz {
            app,
            webview,
            shared,
            workspace,
        };
        fuzz.reopen();
        fuzz
    }

    /// Makes sure the fuzzed workspace is the open one (a command may have
    /// closed it or opened another).
    fn reopen(&self) {
        let mut inner = lock(&self.shared);
        if inner.workspace.as_ref().map(|w| w.path()) != Some(self.workspace.as_path()) {
            inner
                .open(&self.workspace)
                .unwrap_or_else(|e| panic!("reopen the fuzzed workspace: {e}"));
        }
    }

    fn call(&self, command: &str, args: Value) -> Result<Value, Value> {
        let request = tauri::webview::InvokeRequest {
            cmd: command.into(),
            callback: tauri::ipc::CallbackFn(0),
            error: tauri::ipc::CallbackFn(1),
            url: "tauri://localhost"
                .parse()
                .unwrap_or_else(|e| panic!("url: {e}")),
            body: tauri::ipc::InvokeBody::Json(args),
            headers: Default::default(),
            invoke_key: INVOKE_KEY.to_string(),
        };
        get_ipc_response(&self.webview, request).map(|body| {
            body.deserialize::<Value>()
                .unwrap_or_else(|e| panic!("{command}: unreadable answer: {e}"))
        })
    }

    /// The workspace as JSON, to compare before and after a refused call.
    fn state(&self) -> String {
        let inner = lock(&self.shared);
        inner
            .workspace
            .as_ref()
            .map(|w| {
                w.export()
                    .and_then(|d| d.to_json())
                    .unwrap_or_else(|e| panic!("export: {e}"))
            })
            .unwrap_or_default()
    }

    /// The records of a kind, as `record_list` gives them.
    fn records(&self, kind: &str) -> Vec<Value> {
        match self.call("record_list", json!({ "kind": kind })) {
            Ok(Value::Array(items)) => items,
            _ => Vec::new(),
        }
    }

    /// A record of a kind, or `{}`.
    fn sample_of(&self, rng: &mut Rng, kind: &str) -> Value {
        rng.pick(&self.records(kind)).cloned().unwrap_or(json!({}))
    }

    fn ids_of(&self, kind: &str) -> Vec<Value> {
        self.records(kind).iter().map(|i| i["id"].clone()).collect()
    }

    fn id(&self, rng: &mut Rng, kind: &str) -> Value {
        rng.pick(&self.ids_of(kind)).cloned().unwrap_or(json!(1))
    }
}

/// Every kind of record (and a kind that is not one), as the record
/// commands name them.
fn kinds() -> Vec<&'static str> {
    rumbo_core::ipc::EntityKind::RECORDS
        .iter()
        .map(|k| k.as_str())
        .chain(["raci_cell", "nope"])
        .collect()
}

/// The record commands, called with a kind of record in a branch of their own.
const RECORD_COMMANDS: &[&str] = &[
    "record_list",
    "record_create",
    "record_update",
    "record_delete",
];

/// Commands the fuzzer leaves out, and why: they open a native dialog,
/// which the mock runtime has no screen for, or they take no argument and
/// replace the workspace (the snapshot commands are called with arguments
/// elsewhere), or end the app (`app_quit`).
const NOT_FUZZED: &[&str] = &[
    "workspace_new",
    "workspace_open",
    "workspace_open_sample",
    "workspace_close",
    "kpi_csv_pick",
    "calendar_export_ics",
    "document_export",
    "workspace_save_copy",
    "annex_export",
    "open_link",
    "app_quit",
];

/// A command and arguments for it: well-formed arguments built from the
/// workspace's real records, then mutated (or not) at random.
fn next_call(fuzz: &Fuzz, rng: &mut Rng) -> (String, Value) {
    let mut args = Map::new();
    let command: String;
    if rng.chance(45) {
        let kinds = kinds();
        let kind = *rng.pick(&kinds).unwrap_or(&"channel");
        args.insert("kind".into(), json!(kind));
        match rng.below(5) {
            0 => {
                command = "record_delete".into();
                args.insert("id".into(), fuzz.id(rng, kind));
            }
            1 => {
                command = "record_create".into();
                let mut record = fuzz.sample_of(rng, kind);
                if let Some(map) = record.as_object_mut() {
                    map.insert("id".into(), json!(0));
                }
                args.insert("record".into(), record);
            }
            2 => command = "record_list".into(),
            _ => {
                command = "record_update".into();
                args.insert("record".into(), fuzz.sample_of(rng, kind));
            }
        }
    } else {
        // Every other command the window may call (the record commands are
        // the branch above's), so that a new command is fuzzed as it comes.
        let choices: Vec<&str> = crate::command_names::COMMAND_NAMES
            .iter()
            .copied()
            .filter(|name| !NOT_FUZZED.contains(name) && !RECORD_COMMANDS.contains(name))
            .collect();
        command = (*rng.pick(&choices).unwrap_or(&"app_state")).to_string();
        let kinds = [
            "department",
            "channel",
            "objective",
            "campaign",
            "flow",
            "raci_cell",
            "nope",
        ];
        match command.as_str() {
            "set_language" => {
                args.insert("language".into(), json!(rng.pick(&["system", "en", "es"])));
            }
            "set_theme" => {
                args.insert(
                    "theme".into(),
                    json!(rng.pick(&["system", "light", "dark"])),
                );
            }
            "workspace_open_path" => {
                let own = fuzz.workspace.display().to_string();
                args.insert("path".into(), json!(own));
            }
            "profile_save" => {
                let profile = fuzz.call("profile_get", json!({})).unwrap_or(json!({}));
                args.insert("profile".into(), profile);
            }
            "health_settings_save" => {
                let settings = fuzz
                    .call("health_settings_get", json!({}))
                    .unwrap_or(json!({}));
                args.insert("settings".into(), settings);
            }
            "crisis_plan_save" => {
                let plan = fuzz.call("crisis_plan_get", json!({})).unwrap_or(json!({}));
                args.insert("plan".into(), plan);
            }
            "policy_model" => {
                args.insert(
                    "kind".into(),
                    json!(rng.pick(&["house_rules", "legal_notice", "other"])),
                );
                args.insert("lang".into(), json!(rng.pick(&["en", "es"])));
            }
            "interview_save" | "interview_draft" | "interview_accept" => {
                let answers = fuzz.call("interview_begin", json!({})).unwrap_or(json!({}));
                if command == "interview_accept" {
                    let draft = fuzz
                        .call("interview_draft", json!({ "answers": answers.clone() }))
                        .unwrap_or(json!({}));
                    args.insert("draft".into(), draft);
                }
                args.insert("answers".into(), answers);
            }
            "interview_questions" => {
                args.insert(
                    "kind".into(),
                    json!(rng.pick(&["ngo", "education", "empty", "nope"])),
                );
            }
            "post_mortem_model" => {
                args.insert("lang".into(), json!(rng.pick(&["en", "es"])));
            }
            "document_settings_save" => {
                let settings = fuzz
                    .call("document_settings_get", json!({}))
                    .unwrap_or(json!({}));
                args.insert("settings".into(), settings);
            }
            "acknowledgement_save" => {
                args.insert("key".into(), json!("objective-presence:1"));
                args.insert("reason".into(), json!("Agreed with management"));
            }
            "acknowledgement_withdraw" => {
                args.insert("key".into(), json!("objective-presence:1"));
            }
            "delete_impact" => {
                args.insert("kind".into(), json!(rng.pick(&kinds)));
                args.insert("id".into(), fuzz.id(rng, "channel"));
            }
            "undo_delete" => {
                args.insert("token".into(), json!(rng.below(5)));
            }
            "raci_set" => {
                args.insert("departmentId".into(), fuzz.id(rng, "department"));
                args.insert("activityId".into(), fuzz.id(rng, "activity"));
                let roles = [
                    json!("responsible"),
                    json!("accountable"),
                    json!("consulted"),
                    json!("informed"),
                    Value::Null,
                ];
                args.insert(
                    "role".into(),
                    rng.pick(&roles).cloned().unwrap_or(Value::Null),
                );
            }
            "activity_reorder" => {
                let mut ids = fuzz.ids_of("activity");
                ids.reverse();
                args.insert("ids".into(), Value::Array(ids));
            }
            "fit_set_score" => {
                args.insert("channelId".into(), fuzz.id(rng, "channel"));
                args.insert("criterionId".into(), fuzz.id(rng, "fit_criterion"));
                args.insert("score".into(), json!(rng.below(6)));
            }
            "kpi_csv_preview" => {
                args.insert("path".into(), json!("/tmp/kpi.csv"));
                args.insert("delimiter".into(), json!(","));
            }
            "kpi_csv_import" => {
                args.insert("objectiveId".into(), fuzz.id(rng, "objective"));
                args.insert("path".into(), json!("/tmp/kpi.csv"));
                args.insert(
                    "mapping".into(),
                    json!({"delimiter": ",", "hasHeader": true, "dateColumn": 0, "valueColumn": 1,
                           "dateOrder": "iso", "decimalMark": "point"}),
                );
            }
            "calendar" => {
                args.insert("from".into(), json!("2026-11-02"));
                args.insert("weeks".into(), json!(rng.below(60)));
            }
            "holidays_add" => {
                let country = if rng.below(2) == 0 {
                    "spain"
                } else {
                    "united_kingdom"
                };
                args.insert("country".into(), json!(country));
                args.insert("year".into(), json!(1890 + rng.below(1200)));
            }
            "document_version_delete" => {
                args.insert("id".into(), json!(rng.below(4)));
            }
            "document_version_approve" => {
                args.insert("id".into(), json!(rng.below(4)));
                let approval = json!({"by": "Marta Ruiz", "role": "Director",
                                      "date": "2026-12-01", "reservations": ""});
                args.insert(
                    "approval".into(),
                    if rng.chance(20) {
                        Value::Null
                    } else {
                        approval
                    },
                );
            }
            "document_export_show" => {
                args.insert("path".into(), json!("/tmp/strategy.pdf"));
                args.insert("action".into(), json!(rng.pick(&["open", "reveal"])));
            }
            "document_page" => {
                args.insert("revision".into(), json!(rng.below(3)));
                args.insert("index".into(), json!(rng.below(3)));
            }
            "view_place_set" => {
                args.insert(
                    "place".into(),
                    json!({"section": rng.pick(&["channels", "objectives", ""]),
                           "kind": rng.pick(&kinds),
                           "id": fuzz.id(rng, "channel")}),
                );
            }
            "zoom_step" => {
                args.insert("steps".into(), json!(rng.below(7) as i64 - 3));
            }
            "document_preview" => {
                args.insert("versionId".into(), Value::Null);
            }
            "backup_restore" => {
                let listed = fuzz.call("backup_list", json!({})).unwrap_or(json!([]));
                let paths: Vec<Value> = listed
                    .as_array()
                    .map(|l| l.iter().map(|b| b["path"].clone()).collect())
                    .unwrap_or_default();
                args.insert(
                    "path".into(),
                    rng.pick(&paths).cloned().unwrap_or(json!("")),
                );
                args.insert("force".into(), json!(rng.below(2) == 1));
            }
            _ => {}
        }
    }
    let mut args = Value::Object(args);
    // A fifth of the calls are left well-formed; the others get one to
    // three changes.
    if rng.chance(80) {
        for _ in 0..=rng.below(3) {
            mutate(rng, &mut args);
        }
        // The arguments themselves must stay an object for Tauri to read
        // them by name; a non-object is also tried now and then.
        if !args.is_object() && rng.chance(70) {
            args = json!({});
        }
    }
    (command, args)
}

/// What a refusal must look like: Rust's `ApiError` (a code and a
/// non-empty message in the interface language), or Tauri's own message
/// when an argument has the wrong shape.
fn assert_clear(command: &str, args: &Value, error: &Value) {
    let clear = match error {
        Value::Object(map) => {
            map.get("code")
                .and_then(Value::as_str)
                .is_some_and(|c| !c.is_empty())
                && map
                    .get("message")
                    .and_then(Value::as_str)
                    .is_some_and(|m| !m.trim().is_empty())
        }
        Value::String(message) => !message.trim().is_empty(),
        _ => false,
    };
    assert!(clear, "{command}({args}) refused unclearly: {error}");
}

#[test]
fn every_command_survives_random_and_mutated_arguments() {
    let cases: usize = std::env::var("RUMBO_FUZZ_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(1_500);
    let seed: u64 = std::env::var("RUMBO_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs())
                .unwrap_or(7)
        });
    println!("IPC fuzz: {cases} calls, RUMBO_FUZZ_SEED={seed}");
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fuzz = Fuzz::new(dir.path());
    let mut rng = Rng(seed);
    let (mut accepted, mut refused) = (0usize, 0usize);
    let mut seen = std::collections::BTreeSet::new();
    for case in 0..cases {
        let (command, args) = next_call(&fuzz, &mut rng);
        seen.insert(command.clone());
        let before = fuzz.state();
        match fuzz.call(&command, args.clone()) {
            Ok(_) => accepted += 1,
            Err(error) => {
                refused += 1;
                assert_clear(&command, &args, &error);
                // All or nothing: a refused command changed nothing. (A
                // restore that failed reopens the workspace as it was.)
                let after = fuzz.state();
                assert!(
                    after.is_empty() || after == before,
                    "case {case} (seed {seed}): {command}({args}) was refused with {error} \
                     but changed the workspace"
                );
            }
        }
        fuzz.reopen();
    }
    println!(
        "IPC fuzz: {accepted} accepted, {refused} refused, {} commands",
        seen.len()
    );
    // The workspace is sound after it all: it opens (integrity check) and
    // its export reads back.
    let _ = lock(&fuzz.shared)
        .workspace
        .take()
        .map(rumbo_store::Workspace::close);
    let reopened = rumbo_store::Workspace::open_read_only(&fuzz.workspace)
        .and_then(|w| w.export())
        .and_then(|d| d.to_json())
        .and_then(|j| rumbo_core::interchange::WorkspaceDoc::from_json(&j));
    assert!(reopened.is_ok(), "{reopened:?}");
    assert!(
        accepted > 0 && refused > 0,
        "{accepted} accepted, {refused} refused"
    );
    // Every command the window may call is fuzzed, except the listed ones.
    if cases >= 1_000 {
        let missed: Vec<&&str> = crate::command_names::COMMAND_NAMES
            .iter()
            .filter(|name| !NOT_FUZZED.contains(name) && !seen.contains(**name))
            .collect();
        assert!(missed.is_empty(), "never fuzzed: {missed:?}");
    }
    drop(fuzz.app);
}

/// The commands the window's sign-off and summary editor use, through the
/// real IPC path.
#[test]
fn a_version_is_approved_and_the_generated_summary_is_offered_through_ipc() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let fuzz = Fuzz::new(dir.path());
    let id = {
        let mut inner = lock(&fuzz.shared);
        let ws = inner
            .workspace
            .as_mut()
            .unwrap_or_else(|| panic!("no workspace"));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
        ws.save_version(day, "For the board", Lang::En)
            .unwrap_or_else(|e| panic!("{e}"))
            .id
    };
    let approval = json!({"by": "Marta Ruiz", "role": "Managing director",
                          "date": "2026-12-01", "reservations": "Review the TikTok budget."});
    let approved = fuzz
        .call(
            "document_version_approve",
            json!({"id": id, "approval": approval}),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(approved["approval"]["by"], "Marta Ruiz");
    let listed = fuzz
        .call("document_versions", json!({}))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        listed[0]["approval"]["reservations"],
        "Review the TikTok budget."
    );
    // Nobody named: refused at the field, the approval kept.
    let nobody = json!({"by": " ", "role": "", "date": "2026-12-01", "reservations": ""});
    match fuzz.call(
        "document_version_approve",
        json!({"id": id, "approval": nobody}),
    ) {
        Err(error) => {
            assert_eq!(error["code"], "validation", "{error}");
            assert_eq!(error["fields"][0]["field"], "by", "{error}");
        }
        Ok(answer) => panic!("accepted: {answer}"),
    }
    let listed = fuzz
        .call("document_versions", json!({}))
        .unwrap_or_default();
    assert_eq!(listed[0]["approval"]["by"], "Marta Ruiz");
    let withdrawn = fuzz
        .call(
            "document_version_approve",
            json!({"id": id, "approval": null}),
        )
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(withdrawn["approval"].is_null());

    // The generated summary, and a summary of the CM's own flagged once the
    // data moved on from what it was written from.
    let draft = fuzz
        .call("document_summary_draft", json!({}))
        .unwrap_or_else(|e| panic!("{e}"));
    let generated = draft["generated"].as_str().unwrap_or_default().to_string();
    assert!(generated.contains("active channels"), "{generated}");
    assert_eq!(draft["stale"], false);
    let mut settings = fuzz
        .call("document_settings_get", json!({}))
        .unwrap_or_else(|e| panic!("{e}"));
    settings["summary"] = json!("Our own summary.");
    settings["summaryBasis"] = json!(generated);
    fuzz.call(
        "document_settings_save",
        json!({"settings": settings.clone()}),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let draft = fuzz
        .call("document_summary_draft", json!({}))
        .unwrap_or_default();
    assert_eq!(draft["stale"], false, "written from the current data");
    settings["summaryBasis"] = json!("An older summary.");
    fuzz.call("document_settings_save", json!({"settings": settings}))
        .unwrap_or_else(|e| panic!("{e}"));
    let draft = fuzz
        .call("document_summary_draft", json!({}))
        .unwrap_or_default();
    assert_eq!(draft["stale"], true, "the data changed since");
    let saved = fuzz
        .call("document_settings_get", json!({}))
        .unwrap_or_default();
    assert_eq!(saved["summary"], "Our own summary.", "never overwritten");

    // Only a document exported in this session is opened or shown.
    match fuzz.call(
        "document_export_show",
        json!({"path": "/etc/hostname", "action": "open"}),
    ) {
        Err(error) => assert_eq!(error["code"], "validation", "{error}"),
        Ok(answer) => panic!("opened: {answer}"),
    }
    drop(fuzz.app);
}
