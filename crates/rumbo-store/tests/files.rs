//! The workspace file as a person meets it: created, reopened, and every kind
//! of file that is not a workspace refused and left byte-for-byte untouched.

use std::fs;
use std::path::{Path, PathBuf};

use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::ipc::EntityKind;
use rumbo_core::model::{Channel, ChannelStatus, Network, Profile};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::Workspace;
use rumbo_store::open::APPLICATION_ID;
use rusqlite::Connection;

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn siblings(path: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(path.parent().unwrap_or(Path::new(".")))
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

#[test]
fn a_new_workspace_survives_close_and_reopen_and_leaves_one_file() {
    let dir = dir();
    let path = dir.path().join("Plan 2027.rumbo");
    let mut ws = ok(Workspace::create(&path, Lang::En));
    assert_eq!(ok(ws.profile()).name, "Plan 2027");
    let mut input = Channel::new(Network::Linkedin, "LinkedIn", ChannelStatus::Planned);
    input.weekly_effort_hours = Some(4.0);
    let created = ok(ws.add(input));
    ok(ws.save_profile(Profile {
        name: "Cooperativa Ñandú".into(),
        ..ok(ws.profile())
    }));
    ok(ws.close());
    assert_eq!(
        siblings(&path),
        ["Plan 2027.rumbo"],
        "no -wal or -shm left behind"
    );

    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.profile()).name, "Cooperativa Ñandú");
    assert_eq!(ok(ws.list::<Channel>()), vec![created]);
}

#[test]
fn the_file_is_marked_as_a_workspace_and_uses_wal_full_and_foreign_keys() {
    let dir = dir();
    let path = dir.path().join("w.rumbo");
    ok(ok(Workspace::create(&path, Lang::En)).close());
    let conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap_or(0);
    assert_eq!(application_id, APPLICATION_ID);
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(mode, "wal");
    drop(conn);
    // The pragmas of a connection opened by Rumbo.
    let ws = ok(Workspace::open(&path));
    drop(ws);
}

#[test]
fn creating_over_an_existing_file_is_refused() {
    let dir = dir();
    let path = dir.path().join("notes.rumbo");
    fs::write(&path, "keep me").unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(
        Workspace::create(&path, Lang::En),
        Err(Error::FileExists(_))
    ));
    assert!(matches!(
        Workspace::create_from(&path, &sample::workspace(Lang::En)),
        Err(Error::FileExists(_))
    ));
    assert_eq!(fs::read(&path).unwrap_or_default(), b"keep me");
}

fn assert_refused_untouched(path: &Path, expected: fn(&Error) -> bool) {
    let before = fs::read(path).unwrap_or_default();
    let listing = siblings(path);
    match Workspace::open(path) {
        Err(error) => assert!(expected(&error), "unexpected error {error:?}"),
        Ok(_) => panic!("{} was opened", path.display()),
    }
    assert_eq!(
        fs::read(path).unwrap_or_default(),
        before,
        "the file was changed"
    );
    assert_eq!(siblings(path), listing, "files appeared beside it");
}

#[test]
fn a_text_file_renamed_to_rumbo_is_refused_untouched() {
    let dir = dir();
    let path = dir.path().join("strategy.rumbo");
    fs::write(&path, "Estrategia 2027\nEsto no es una base de datos.\n")
        .unwrap_or_else(|e| panic!("{e}"));
    assert_refused_untouched(&path, |e| matches!(e, Error::NotSqlite(_)));
    let message = Workspace::open(&path)
        .err()
        .map(|e| e.message(Lang::Es))
        .unwrap_or_default();
    assert!(
        message.contains("strategy.rumbo") && message.contains("No se ha modificado"),
        "{message}"
    );
}

#[test]
fn an_empty_file_is_refused_untouched() {
    let dir = dir();
    let path = dir.path().join("empty.rumbo");
    fs::write(&path, b"").unwrap_or_else(|e| panic!("{e}"));
    assert_refused_untouched(&path, |e| matches!(e, Error::NotSqlite(_)));
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = dir();
    let path = dir.path().join("crm.rumbo");
    let conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO contacts (name) VALUES ('Ana');")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    assert_refused_untouched(&path, |e| matches!(e, Error::NotAWorkspace(_)));
}

#[test]
fn a_workspace_from_a_newer_rumbo_is_refused_untouched() {
    let dir = dir();
    let path = dir.path().join("future.rumbo");
    ok(ok(Workspace::create(&path, Lang::En)).close());
    let conn = Connection::open(&path).unwrap_or_else(|e| panic!("{e}"));
    conn.pragma_update(None, "user_version", 99)
        .unwrap_or_else(|e| panic!("{e}"));
    conn.pragma_update(None, "wal_checkpoint", "TRUNCATE")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    assert_refused_untouched(&path, |e| {
        matches!(
            e,
            Error::NewerVersion {
                found: 99,
                supported,
                ..
            } if *supported == rumbo_store::open::schema_version()
        )
    });
}

#[test]
fn a_directory_and_a_missing_file_get_their_own_errors() {
    let dir = dir();
    let folder: PathBuf = dir.path().join("folder.rumbo");
    fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(Workspace::open(&folder), Err(Error::NotAFile(_))));
    assert!(matches!(
        Workspace::open(&dir.path().join("nope.rumbo")),
        Err(Error::FileNotFound(_))
    ));
    assert!(matches!(
        Workspace::create(&dir.path().join("no/such/folder/x.rumbo"), Lang::En),
        Err(Error::FileNotFound(_))
    ));
}

#[test]
fn a_workspace_with_damaged_pages_is_refused() {
    let dir = dir();
    let path = dir.path().join("damaged.rumbo");
    ok(ok(Workspace::create_from(&path, &sample::workspace(Lang::En))).close());
    let mut bytes = fs::read(&path).unwrap_or_default();
    assert!(bytes.len() > 8192);
    // Overwrite page 2 onwards with garbage, keep the header.
    for byte in bytes.iter_mut().skip(4096).take(4096) {
        *byte = 0xA5;
    }
    fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_refused_untouched(&path, |e| matches!(e, Error::Damaged { .. }));
}

#[test]
fn validation_and_duplicates_are_decided_by_the_store() {
    let dir = dir();
    let mut ws = ok(Workspace::create(&dir.path().join("v.rumbo"), Lang::En));
    ok(ws.add(Channel::new(
        Network::Instagram,
        "Instagram",
        ChannelStatus::Planned,
    )));
    let duplicate = ws.add(Channel::new(
        Network::Instagram,
        "  INSTAGRAM ",
        ChannelStatus::Planned,
    ));
    match duplicate {
        Err(Error::Validation(issues)) => assert_eq!(issues[0].field, "name"),
        other => panic!("expected a duplicate-name error, got {other:?}"),
    }
    let blank = ws.save_profile(Profile::default());
    assert!(matches!(blank, Err(Error::Validation(_))));
    assert_eq!(ok(ws.list::<Channel>()).len(), 1);
    assert!(matches!(
        ws.delete(EntityKind::Channel, 12345),
        Err(Error::NotFound { .. })
    ));
}

#[test]
fn export_then_import_reproduces_the_same_document() {
    let dir = dir();
    for lang in Lang::ALL {
        let doc = sample::workspace(lang);
        let a = dir.path().join(format!("a-{}.rumbo", lang.code()));
        let ws = ok(Workspace::create_from(&a, &doc));
        let exported = ok(ws.export());
        assert_eq!(exported, doc);
        let text = ok(exported.to_json());
        let b = dir.path().join(format!("b-{}.rumbo", lang.code()));
        let again = ok(Workspace::create_from(
            &b,
            &ok(WorkspaceDoc::from_json(&text)),
        ));
        assert_eq!(ok(ok(again.export()).to_json()), text);
    }
    assert!(
        !siblings(&dir.path().join("x"))
            .iter()
            .any(|n| n.ends_with(".partial"))
    );
}
