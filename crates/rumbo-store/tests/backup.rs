//! Backups, restore, Save a Copy, the writer's lock and read-only opens,
//! each through real files.

use std::fs;
use std::path::{Path, PathBuf};

use rumbo_core::ipc::BackupOrigin;
use rumbo_core::model::{Channel, ChannelStatus, Network, Profile};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::{BackupReason, Workspace, backup};
use rusqlite::Connection;

fn dir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn names(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}

fn channel(name: &str) -> Channel {
    Channel::new(Network::Linkedin, name, ChannelStatus::Planned)
}

fn channel_names(ws: &Workspace) -> Vec<String> {
    ok(ws.list::<Channel>())
        .into_iter()
        .map(|c| c.name)
        .collect()
}

/// A sample workspace, closed, with no backups yet.
fn sample_file(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    ok(ok(Workspace::create_from(&path, &sample::workspace(Lang::En))).close());
    path
}

/// A backup of `path` as Rumbo would have taken it at `at` (what a backup
/// records about itself written inside it), in its backups folder.
fn taken_before(path: &Path, at: chrono::DateTime<chrono::Utc>, reason: &str) -> PathBuf {
    let folder = backup::folder(path);
    fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let copy = folder.join(format!(
        "{stem}.{}.{reason}.rumbo",
        at.format("%Y-%m-%dT%H-%M-%S%.3fZ")
    ));
    fs::copy(path, &copy).unwrap_or_else(|e| panic!("{e}"));
    let conn = Connection::open(&copy).unwrap_or_else(|e| panic!("{e}"));
    let stamp = at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    for (key, value) in [
        ("backup_taken_at", stamp.as_str()),
        ("backup_reason", reason),
    ] {
        conn.execute(
            "INSERT OR REPLACE INTO workspace_meta (key, value) VALUES (?1, ?2)",
            [key, value],
        )
        .unwrap_or_else(|e| panic!("{e}"));
    }
    conn.pragma_update(None, "journal_mode", "DELETE")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    copy
}

fn meta(path: &Path, key: &str) -> Option<String> {
    let conn = Connection::open_with_flags(path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{e}"));
    conn.query_row(
        "SELECT value FROM workspace_meta WHERE key = ?1",
        [key],
        |r| r.get(0),
    )
    .ok()
}

/// Makes the first `find` in the file unreadable as text (0xFF is never
/// UTF-8), leaving the file's structure sound.
fn spoil_text(path: &Path, find: &str) {
    let mut bytes = fs::read(path).unwrap_or_default();
    let at = bytes
        .windows(find.len())
        .position(|w| w == find.as_bytes())
        .unwrap_or_else(|| panic!("{find} is not in {}", path.display()));
    bytes[at + 1] = 0xff;
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
}

fn header(path: &Path) -> Vec<u8> {
    fs::read(path)
        .unwrap_or_default()
        .into_iter()
        .take(100)
        .collect()
}

#[test]
fn opening_takes_a_backup_beside_the_file_that_is_a_complete_workspace() {
    let dir = dir();
    let path = sample_file(dir.path(), "Plan 2027.rumbo");
    assert_eq!(
        names(dir.path()),
        ["Plan 2027.rumbo"],
        "creating takes none"
    );

    let mut ws = ok(Workspace::open(&path));
    assert!(ws.backup_problem().is_none());
    let list = ok(backup::list(&path));
    assert_eq!(list.len(), 1);
    let first = &list[0];
    assert_eq!(first.reason, BackupReason::Open);
    assert_eq!(first.schema_version, rumbo_store::open::schema_version());
    assert_eq!(
        first.path.parent(),
        Some(dir.path().join("Plan 2027.rumbo-backups").as_path())
    );
    let name = first
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    assert!(
        name.starts_with("Plan 2027.20") && name.ends_with(".open.rumbo"),
        "{name}"
    );
    assert_eq!(
        first.size,
        fs::metadata(&first.path).map(|m| m.len()).unwrap_or(0)
    );
    // One file in rollback-journal mode (header bytes 18 and 19 are 1), a workspace.
    let bytes = header(&first.path);
    assert_eq!((bytes[18], bytes[19]), (1, 1));
    assert_eq!(names(&backup::folder(&path)), std::slice::from_ref(&name));
    assert_eq!(
        ok(backup::verify(&first.path)),
        rumbo_store::open::schema_version()
    );
    let copy = ok(Workspace::open_read_only(&first.path));
    assert_eq!(ok(copy.export()), ok(ws.export()));
    drop(copy);
    assert_eq!(
        names(&backup::folder(&path)),
        [name],
        "reading a backup adds nothing"
    );

    // Reopening within ten minutes takes no second open backup.
    ok(ws.add(channel("Ten-minute test")));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    assert_eq!(ok(backup::list(&path)).len(), 1);
    ok(ws.close());
}

#[test]
fn backup_if_changed_only_backs_up_after_a_write_and_includes_it() {
    let dir = dir();
    let path = sample_file(dir.path(), "w.rumbo");
    let mut ws = ok(Workspace::open(&path));
    assert_eq!(ok(ws.backup_if_changed(BackupReason::Scheduled)), None);
    ok(ws.add(channel("Mastodon of the agency")));
    let taken = ok(ws.backup_if_changed(BackupReason::Scheduled));
    let taken = taken.unwrap_or_else(|| panic!("a change was made"));
    assert_eq!(taken.reason, BackupReason::Scheduled);
    assert_eq!(ok(ws.backup_if_changed(BackupReason::Scheduled)), None);
    let list = ok(backup::list(&path));
    assert_eq!(list[0], taken, "newest first");
    let copy = ok(Workspace::open_read_only(&taken.path));
    assert!(channel_names(&copy).contains(&"Mastodon of the agency".to_string()));
    ok(copy.close());
    ok(ws.close());
}

#[test]
fn pruning_keeps_the_newest_ten_and_one_a_day_for_two_weeks() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let folder = backup::folder(&path);
    fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("{e}"));
    let source = ok(Workspace::open_read_only(&path));
    drop(source);
    // Forty old backups, four a day over the last ten days, plus two from a
    // month ago; and a file of the person's that is not a backup, and a
    // copy of the workspace named like a month-old backup that Rumbo did
    // not take (it records no backup): never deleted.
    let now = chrono::Utc::now();
    let mut expected_days = std::collections::BTreeSet::new();
    for day in 0..10_i64 {
        for hour in 0..4_i64 {
            let at = now
                - chrono::Duration::days(day)
                - chrono::Duration::hours(hour)
                - chrono::Duration::minutes(30);
            taken_before(&path, at, "scheduled");
            expected_days.insert(at.date_naive());
        }
    }
    for day in [30_i64, 31] {
        taken_before(&path, now - chrono::Duration::days(day), "open");
    }
    fs::write(folder.join("my notes.txt"), "keep").unwrap_or_else(|e| panic!("{e}"));
    let not_rumbos = format!(
        "p.{}.open.rumbo",
        (now - chrono::Duration::days(40)).format("%Y-%m-%dT%H-%M-%S%.3fZ")
    );
    fs::copy(&path, folder.join(&not_rumbos)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(ok(backup::list(&path)).len(), 43);

    let mut ws = ok(Workspace::open(&path)); // takes an open backup, then prunes
    let list = ok(backup::list(&path));
    let days: std::collections::BTreeSet<_> =
        list.iter().map(|b| b.taken_at.date_naive()).collect();
    // The newest ten, plus the newest of each other day.
    assert!(list.len() >= 10 && list.len() <= 10 + 10, "{}", list.len());
    assert!(
        expected_days.iter().all(|d| days.contains(d)),
        "one a day is kept"
    );
    assert!(
        list.iter()
            .filter(|b| b.origin == BackupOrigin::Own)
            .all(|b| now.signed_duration_since(b.taken_at) < chrono::Duration::days(14)),
        "the month-old ones go"
    );
    assert!(
        names(&folder).contains(&not_rumbos),
        "only Rumbo's own backups are pruned"
    );
    for (i, pair) in list.windows(2).enumerate() {
        assert!(pair[0].taken_at >= pair[1].taken_at, "sorted at {i}");
    }
    assert!(names(&folder).contains(&"my notes.txt".to_string()));
    // Thirty more backups in a row: still the newest ten plus one a day.
    for _ in 0..30 {
        ok(ws.backup(BackupReason::Manual));
    }
    let list = ok(backup::list(&path));
    assert!(
        list.iter()
            .take(10)
            .all(|b| b.reason == BackupReason::Manual)
    );
    assert!(list.len() <= 10 + 10 + 1);
    ok(ws.close());
}

#[test]
fn restore_replaces_the_workspace_and_keeps_what_it_replaced() {
    let dir = dir();
    let path = sample_file(dir.path(), "r.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let early = ok(ws.backup(BackupReason::Manual));
    ok(ws.add(channel("Added after the backup")));
    // While it is open for writing, restore is refused and changes nothing.
    let listing = names(dir.path());
    assert!(matches!(
        backup::restore(&path, &early.path, false),
        Err(Error::Locked(_))
    ));
    assert_eq!(names(dir.path()), listing);
    ok(ws.close());

    // A clean case: close, restore, the edit is gone but kept in a backup.
    let dir2 = self::dir();
    let path = sample_file(dir2.path(), "r.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let early = ok(ws.backup(BackupReason::Manual));
    ok(ws.add(channel("Added after the backup")));
    ok(ws.close());
    let restored = ok(backup::restore(&path, &early.path, false));
    let before = restored
        .before_restore
        .unwrap_or_else(|| panic!("a before-restore backup"));
    assert_eq!(before.reason, BackupReason::BeforeRestore);
    assert_eq!(restored.damaged_moved_to, None);
    let ws = ok(Workspace::open(&path));
    assert!(!channel_names(&ws).contains(&"Added after the backup".to_string()));
    ok(ws.close());
    let kept = ok(Workspace::open_read_only(&before.path));
    assert!(channel_names(&kept).contains(&"Added after the backup".to_string()));
    drop(kept);
    assert_eq!(
        names(dir2.path()),
        ["r.rumbo", "r.rumbo-backups"],
        "no temporary file left"
    );
}

#[test]
fn restore_over_a_damaged_file_moves_it_aside_and_latest_good_skips_bad_backups() {
    let dir = dir();
    let path = sample_file(dir.path(), "d.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let good = ok(ws.backup(BackupReason::Manual));
    ok(ws.close());
    // A newer backup that is damaged.
    let bad_at = good.taken_at + chrono::Duration::seconds(5);
    let bad = backup::folder(&path).join(format!(
        "d.{}.manual.rumbo",
        bad_at.format("%Y-%m-%dT%H-%M-%S%.3fZ")
    ));
    let mut bytes = fs::read(&good.path).unwrap_or_default();
    for b in bytes.iter_mut().skip(4096).take(4096) {
        *b = 0x5A;
    }
    fs::write(&bad, &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(backup::verify(&bad), Err(Error::Damaged { .. })));
    assert_eq!(ok(backup::list(&path))[0].path, bad);
    assert_eq!(
        ok(backup::latest_good(&path)).map(|b| b.path),
        Some(good.path.clone())
    );
    assert!(matches!(
        backup::restore(&path, &bad, false),
        Err(Error::Damaged { .. })
    ));

    // Damage the workspace itself.
    let mut bytes = fs::read(&path).unwrap_or_default();
    for b in bytes.iter_mut().skip(4096).take(4096) {
        *b = 0xA5;
    }
    fs::write(&path, &bytes).unwrap_or_else(|e| panic!("{e}"));
    assert!(matches!(Workspace::open(&path), Err(Error::Damaged { .. })));
    let restored = ok(backup::restore(&path, &good.path, false));
    assert_eq!(restored.before_restore, None);
    let aside = restored
        .damaged_moved_to
        .unwrap_or_else(|| panic!("moved aside"));
    assert_eq!(
        fs::read(&aside).unwrap_or_default(),
        bytes,
        "the damaged file is kept as it was"
    );
    assert!(
        aside
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with("d.rumbo.damaged-"))
    );
    let ws = ok(Workspace::open(&path));
    assert_eq!(
        ok(ws.export()),
        ok(ok(Workspace::open_read_only(&good.path)).export())
    );
    ok(ws.close());
}

#[test]
fn save_a_copy_while_open_includes_what_is_only_in_the_wal() {
    let dir = dir();
    let path = sample_file(dir.path(), "s.rumbo");
    let mut ws = ok(Workspace::open(&path));
    ok(ws.add(channel("Only in the WAL")));
    ok(ws.save_profile(Profile {
        name: "Cooperativa Ñandú".into(),
        ..ok(ws.profile())
    }));
    let wal = fs::metadata(dir.path().join("s.rumbo-wal"))
        .map(|m| m.len())
        .unwrap_or(0);
    assert!(wal > 0, "the edits are in the -wal, not yet in the file");

    let target = dir.path().join("copies").join("Copia.rumbo");
    fs::create_dir_all(target.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    ok(ws.save_copy(&target));
    assert_eq!(
        names(target.parent().unwrap_or(dir.path())),
        ["Copia.rumbo"]
    );
    let bytes = header(&target);
    assert_eq!((bytes[18], bytes[19]), (1, 1), "one file, rollback journal");
    let conn = Connection::open(&target).unwrap_or_else(|e| panic!("{e}"));
    let verdict: String = conn
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(verdict, "ok");
    drop(conn);
    let copy = ok(Workspace::open_read_only(&target));
    assert_eq!(ok(copy.export()), ok(ws.export()));
    assert_eq!(ok(copy.profile()).name, "Cooperativa Ñandú");
    drop(copy);

    // Not over the open workspace itself, not even by another name for it.
    assert!(matches!(ws.save_copy(&path), Err(Error::FileExists(_))));
    let alias = dir.path().join(".").join("s.rumbo");
    assert!(matches!(ws.save_copy(&alias), Err(Error::FileExists(_))));
    // Over an older copy: replaced whole.
    ok(ws.add(channel("Second")));
    ok(ws.save_copy(&target));
    assert!(channel_names(&ok(Workspace::open_read_only(&target))).contains(&"Second".to_string()));
    ok(ws.close());
}

#[test]
fn after_close_or_drop_the_workspace_is_one_file() {
    let dir = dir();
    let path = sample_file(dir.path(), "one.rumbo");
    let mut ws = ok(Workspace::open(&path));
    ok(ws.add(channel("x")));
    ok(ws.close());
    assert_eq!(names(dir.path()), ["one.rumbo", "one.rumbo-backups"]);
    let mut ws = ok(Workspace::open(&path));
    ok(ws.add(channel("y")));
    assert!(dir.path().join("one.rumbo-wal").exists());
    drop(ws);
    assert_eq!(names(dir.path()), ["one.rumbo", "one.rumbo-backups"]);
    let ws = ok(Workspace::open_read_only(&path));
    assert_eq!(
        channel_names(&ws)
            .iter()
            .filter(|n| *n == "x" || *n == "y")
            .count(),
        2
    );
    drop(ws);
    assert_eq!(names(dir.path()), ["one.rumbo", "one.rumbo-backups"]);
}

#[test]
fn a_second_writer_is_refused_and_readers_still_read() {
    let dir = dir();
    let path = sample_file(dir.path(), "lock.rumbo");
    let mut writer = ok(Workspace::open(&path));
    ok(writer.add(channel("Being edited")));
    match Workspace::open(&path) {
        Err(error @ Error::Locked(_)) => {
            assert_eq!(
                error.message(Lang::En),
                "“lock.rumbo” is open in another Rumbo window or program. Close it there first."
            );
            assert!(
                error
                    .message(Lang::Es)
                    .contains("está abierto en otra ventana de Rumbo")
            );
        }
        other => panic!("expected Locked, got {other:?}"),
    }
    // A reader sees the writer's committed edits (through the -wal) and cannot write.
    let mut reader = ok(Workspace::open_read_only(&path));
    assert!(reader.is_read_only());
    assert!(channel_names(&reader).contains(&"Being edited".to_string()));
    assert!(matches!(
        reader.add(channel("Nope")),
        Err(Error::ReadOnly(_))
    ));
    ok(reader.close());
    ok(writer.add(channel("Still writable")));
    ok(writer.close());
    // Once closed, it opens again.
    let ws = ok(Workspace::open(&path));
    assert!(!ws.is_read_only());
    assert!(channel_names(&ws).contains(&"Still writable".to_string()));
    ok(ws.close());
}

#[test]
fn a_backup_that_cannot_be_taken_never_fails_the_open_and_is_reported() {
    let dir = dir();
    let path = sample_file(dir.path(), "b.rumbo");
    // Something that is not a folder where the backups folder would go.
    fs::write(dir.path().join("b.rumbo-backups"), "not a folder").unwrap_or_else(|e| panic!("{e}"));
    let mut ws = ok(Workspace::open(&path));
    assert!(!ws.is_read_only());
    let problem = ws
        .backup_problem()
        .cloned()
        .unwrap_or_else(|| panic!("reported"));
    assert!(!problem.message(Lang::En).is_empty());
    ok(ws.add(channel("Edits go on")));
    assert!(ws.backup_if_changed(BackupReason::Scheduled).is_err());
    assert!(ws.backup_problem().is_some());
    ok(ws.close());
    assert_eq!(names(dir.path()), ["b.rumbo", "b.rumbo-backups"]);
}

#[test]
fn a_backup_records_whose_it_is_and_when_and_copies_keep_the_identity() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let id = ws
        .id()
        .unwrap_or_else(|| panic!("a new workspace has an identity"));
    let taken = ok(ws.backup(BackupReason::Manual));
    assert_eq!(taken.origin, BackupOrigin::Own);
    assert_eq!(
        meta(&taken.path, "workspace_id").as_deref(),
        Some(id.as_str())
    );
    assert_eq!(
        meta(&taken.path, "backup_reason").as_deref(),
        Some("manual")
    );
    let recorded = meta(&taken.path, "backup_taken_at").unwrap_or_default();
    assert_eq!(
        chrono::DateTime::parse_from_rfc3339(&recorded).map(|t| t.with_timezone(&chrono::Utc)),
        Ok(taken.taken_at)
    );
    // Renaming a backup changes nothing about when it was taken.
    let renamed = backup::folder(&path).join("p.2001-01-01T00-00-00.000Z.open.rumbo");
    fs::rename(&taken.path, &renamed).unwrap_or_else(|e| panic!("{e}"));
    let listed = ok(backup::list(&path));
    let found = listed
        .iter()
        .find(|b| b.path == renamed)
        .unwrap_or_else(|| panic!("listed"));
    assert_eq!(
        (found.taken_at, found.reason),
        (taken.taken_at, BackupReason::Manual)
    );

    // Save a Copy keeps the identity and records no backup.
    let copy = dir.path().join("copy.rumbo");
    ok(ws.save_copy(&copy));
    assert_eq!(meta(&copy, "workspace_id").as_deref(), Some(id.as_str()));
    assert_eq!(meta(&copy, "backup_taken_at"), None);
    ok(ws.close());
    // A restore keeps it too, and the restored file is a workspace, not a backup.
    ok(backup::restore(&path, &renamed, false));
    assert_eq!(meta(&path, "workspace_id").as_deref(), Some(id.as_str()));
    assert_eq!(meta(&path, "backup_taken_at"), None);
    // An import is a new workspace: a new identity.
    let other = sample_file(dir.path(), "other.rumbo");
    let other_id = meta(&other, "workspace_id").unwrap_or_default();
    assert!(!other_id.is_empty() && other_id != id);
}

#[test]
fn another_workspace_in_the_folder_is_never_the_latest_and_is_restored_only_when_forced() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let own = ok(ws.backup(BackupReason::Manual));
    ok(ws.close());
    let stranger = dir.path().join("stranger.rumbo");
    let mut theirs = ok(Workspace::create(&stranger, Lang::En));
    ok(theirs.save_profile(Profile {
        name: "Another organization".into(),
        ..ok(theirs.profile())
    }));
    // One of their backups, and their workspace itself, in our folder,
    // named like our newest backups.
    let their_backup = ok(theirs.backup(BackupReason::Manual));
    ok(theirs.close());
    let folder = backup::folder(&path);
    let disguised = folder.join("p.2099-01-01T00-00-00.000Z.manual.rumbo");
    fs::copy(&their_backup.path, &disguised).unwrap_or_else(|e| panic!("{e}"));
    let bare = folder.join("p.2098-01-01T00-00-00.000Z.manual.rumbo");
    fs::copy(&stranger, &bare).unwrap_or_else(|e| panic!("{e}"));

    let list = ok(backup::list(&path));
    let origin = |p: &Path| list.iter().find(|b| b.path == p).map(|b| b.origin);
    assert_eq!(origin(&disguised), Some(BackupOrigin::OtherWorkspace));
    assert_eq!(origin(&bare), Some(BackupOrigin::OtherWorkspace));
    assert_eq!(origin(&own.path), Some(BackupOrigin::Own));
    assert_eq!(
        ok(backup::latest_good(&path)).map(|b| b.path),
        Some(own.path.clone())
    );

    for foreign in [&disguised, &stranger] {
        assert!(
            matches!(
                backup::restore(&path, foreign, false),
                Err(Error::ForeignBackup { known: true, .. })
            ),
            "{}",
            foreign.display()
        );
    }
    assert_eq!(
        ok(ok(Workspace::open_read_only(&path)).profile()).name,
        "Valdoria Regional Employment Agency"
    );
    ok(backup::restore(&path, &disguised, true));
    assert_eq!(
        ok(ok(Workspace::open_read_only(&path)).profile()).name,
        "Another organization"
    );
}

#[test]
fn a_workspace_whose_text_is_damaged_is_refused_and_its_damaged_backups_are_skipped() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let mut ws = ok(Workspace::open(&path));
    let sound = ok(ws.backup(BackupReason::Manual));
    std::thread::sleep(std::time::Duration::from_millis(5));
    let spoiled = ok(ws.backup(BackupReason::Manual));
    ok(ws.close());
    spoil_text(&spoiled.path, "Valdoria");
    spoil_text(&path, "Valdoria");
    // integrity_check alone would pass: the records tell.
    for opened in [Workspace::open(&path), Workspace::open_read_only(&path)] {
        assert!(
            matches!(&opened, Err(Error::Damaged { path: p, .. }) if p == &path),
            "{opened:?}"
        );
    }
    assert!(matches!(
        backup::verify(&spoiled.path),
        Err(Error::Damaged { .. })
    ));
    assert_eq!(
        ok(backup::latest_good(&path)).map(|b| b.path),
        Some(sound.path)
    );
}

#[test]
fn a_writer_waits_for_a_reader_of_a_closed_workspace_instead_of_changing_it_under_it() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let reader = ok(Workspace::open_read_only(&path));
    let before = ok(reader.export());
    let writer_path = path.clone();
    let writer = std::thread::spawn(move || {
        let started = std::time::Instant::now();
        let mut ws = ok(Workspace::open(&writer_path));
        let waited = started.elapsed();
        ok(ws.add(channel("Written while read")));
        ok(ws.close());
        waited
    });
    std::thread::sleep(std::time::Duration::from_millis(400));
    // The reader still sees the file as it was, whole.
    assert_eq!(ok(reader.export()), before);
    let mut reader = reader;
    ok(reader.backup(BackupReason::Manual));
    drop(reader);
    let waited = writer
        .join()
        .unwrap_or_else(|_| panic!("the writer failed"));
    assert!(
        waited >= std::time::Duration::from_millis(350),
        "{waited:?}"
    );
    let after = ok(Workspace::open_read_only(&path));
    assert!(channel_names(&after).contains(&"Written while read".to_string()));
}

#[test]
fn many_backups_pruning_at_once_never_fail_on_a_file_another_removed() {
    let dir = dir();
    let path = sample_file(dir.path(), "p.rumbo");
    let mut ws = ok(Workspace::open(&path));
    for _ in 0..12 {
        ok(ws.backup(BackupReason::Manual));
    }
    ok(ws.close());
    let threads: Vec<_> = (0..4)
        .map(|_| {
            let path = path.clone();
            std::thread::spawn(move || {
                let mut errors = Vec::new();
                for _ in 0..6 {
                    if let Err(e) = Workspace::open_read_only(&path)
                        .and_then(|mut ws| ws.backup(BackupReason::Manual))
                    {
                        errors.push(e.to_string());
                    }
                }
                errors
            })
        })
        .collect();
    let errors: Vec<String> = threads
        .into_iter()
        .flat_map(|t| t.join().unwrap_or_else(|_| vec!["panicked".into()]))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let own = ok(backup::list(&path))
        .into_iter()
        .filter(|b| b.origin == BackupOrigin::Own)
        .count();
    assert!((10..=14).contains(&own), "{own}");
}
