//! Real file systems that say no: a read-only mount and a full disk, both
//! small tmpfs mounts. They need root and `mount`; without them each test
//! prints why it is skipped (CI runs as root, so they run there).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use rumbo_core::kpi_csv::{CsvMapping, DateOrder, DecimalMark};
use rumbo_core::model::{Channel, ChannelStatus, Network, Objective, ObjectiveKind};
use rumbo_core::{Error, Lang, sample};
use rumbo_store::{BackupReason, Workspace, backup, files};

fn ok<T>(result: Result<T, Error>) -> T {
    result.unwrap_or_else(|e| panic!("{e}"))
}

fn listing(folder: &Path) -> Vec<String> {
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

/// A tmpfs mounted on a temporary folder, unmounted when dropped.
struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// `None`, with the reason printed, when it cannot be mounted here.
    fn mount(size: &str, test: &str) -> Option<Tmpfs> {
        let root = Command::new("id")
            .arg("-u")
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
            .unwrap_or(false);
        if !root {
            println!("SKIPPED {test}: mounting a tmpfs needs root");
            return None;
        }
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mounted = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        if !mounted {
            println!("SKIPPED {test}: `mount -t tmpfs` failed or is missing");
            return None;
        }
        Some(Tmpfs { dir })
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn remount_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status();
        assert!(status.is_ok_and(|s| s.success()), "remount read-only");
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn channel(name: &str) -> Channel {
    Channel::new(Network::Linkedin, name, ChannelStatus::Planned)
}

#[test]
fn on_a_read_only_disk_a_workspace_opens_read_only_and_nothing_is_written() {
    let Some(mount) = Tmpfs::mount("8m", "read-only disk") else {
        return;
    };
    let plan = mount.path().join("plan.rumbo");
    ok(ok(Workspace::create_from(&plan, &sample::workspace(Lang::Es))).close());
    // A workspace whose last session was killed: its edits are in the -wal.
    let elsewhere = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let live = elsewhere.path().join("hot.rumbo");
    ok(ok(Workspace::create_from(&live, &sample::workspace(Lang::En))).close());
    let mut session = ok(Workspace::open(&live));
    ok(session.add(channel("Only in the -wal")));
    let hot = mount.path().join("hot.rumbo");
    fs::copy(&live, &hot).unwrap_or_else(|e| panic!("{e}"));
    let mut wal = live.as_os_str().to_owned();
    wal.push("-wal");
    fs::copy(PathBuf::from(&wal), mount.path().join("hot.rumbo-wal"))
        .unwrap_or_else(|e| panic!("{e}"));
    drop(session);
    mount.remount_read_only();
    let before = listing(mount.path());
    let bytes = fs::read(&plan).unwrap_or_default();

    let mut ws = ok(Workspace::open(&plan));
    assert!(ws.is_read_only());
    assert!(ws.backup_problem().is_none(), "no backup is attempted");
    let profile = ok(ws.profile());
    assert!(!profile.name.is_empty());
    let error = ws
        .add(channel("Nope"))
        .err()
        .unwrap_or_else(|| panic!("it wrote"));
    assert_eq!(error, Error::ReadOnly(plan.clone()));
    assert!(
        error
            .message(Lang::En)
            .contains("“plan.rumbo” cannot be written")
    );
    assert!(
        error
            .message(Lang::Es)
            .contains("No se puede escribir en «plan.rumbo»")
    );
    assert!(matches!(ws.save_profile(profile), Err(Error::ReadOnly(_))));
    assert!(matches!(
        ws.backup(BackupReason::Manual),
        Err(Error::ReadOnly(_))
    ));
    // Save a Copy to a place that can be written works.
    let copy = elsewhere.path().join("copia.rumbo");
    ok(ws.save_copy(&copy));
    assert_eq!(ok(ok(Workspace::open(&copy)).export()), ok(ws.export()));
    // Exports into the read-only place fail clearly and leave nothing.
    let out = mount.path().join("out.json");
    let error = files::write_atomically(&out, b"{}").err();
    assert_eq!(error, Some(Error::ReadOnly(out.clone())));
    ok(ws.close());

    // The killed session's edits are read through its -wal (SQLite cannot
    // make its -shm index here: it is read through a private copy).
    let hot_bytes = fs::read(&hot).unwrap_or_default();
    for ws in [
        ok(Workspace::open(&hot)),
        ok(Workspace::open_read_only(&hot)),
    ] {
        assert!(ws.is_read_only());
        let names: Vec<String> = ok(ws.list::<Channel>())
            .into_iter()
            .map(|c| c.name)
            .collect();
        assert!(names.contains(&"Only in the -wal".to_string()));
        ok(ws.close());
    }
    assert_eq!(fs::read(&hot).unwrap_or_default(), hot_bytes);
    let ro = ok(Workspace::open_read_only(&plan));
    ok(ro.close());
    assert_eq!(listing(mount.path()), before, "nothing appeared");
    assert_eq!(
        fs::read(&plan).unwrap_or_default(),
        bytes,
        "nothing changed"
    );
}

#[test]
fn on_a_full_disk_an_edit_fails_clearly_and_whole_and_the_workspace_goes_on() {
    let Some(mount) = Tmpfs::mount("3m", "disk full") else {
        return;
    };
    let path = mount.path().join("full.rumbo");
    let mut ws = ok(Workspace::create(&path, Lang::En));
    ok(ws.add(channel("Before")));
    let objective = ok(ws.add(Objective::new("Followers", ObjectiveKind::Awareness)));
    let doc_before = ok(ws.export());
    // Fill the disk.
    let filler = mount.path().join("filler");
    {
        use std::io::Write;
        let mut file = fs::File::create(&filler).unwrap_or_else(|e| panic!("{e}"));
        let chunk = vec![0xA5_u8; 16 * 1024];
        while file
            .write_all(&chunk)
            .and_then(|()| file.sync_all())
            .is_ok()
        {}
    }
    let csv: String = (0..4000)
        .map(|k| {
            let day = chrono::NaiveDate::from_ymd_opt(2015, 1, 1).unwrap_or_default()
                + chrono::Duration::days(k);
            format!("{},{k}\n", day.format("%Y-%m-%d"))
        })
        .collect();
    let mapping = CsvMapping {
        delimiter: ",".into(),
        has_header: false,
        date_column: 0,
        value_column: 1,
        date_order: DateOrder::Iso,
        decimal_mark: DecimalMark::Point,
    };
    let error = ws
        .import_measurements(objective.id, &csv, &mapping)
        .err()
        .unwrap_or_else(|| panic!("4,000 values fitted on a full disk"));
    assert_eq!(error, Error::DiskFull { path: None });
    assert_eq!(
        error.message(Lang::En),
        "There is no space left on the disk to save this change. Nothing was changed; free some space and try again."
    );
    // Nothing half-written; the connection still reads.
    assert_eq!(ok(ws.export()), doc_before);
    // A backup or an export on the full disk fails clearly and leaves nothing.
    let out = mount.path().join("out.pdf");
    let export = files::write_atomically(&out, &vec![b'x'; 512 * 1024]).err();
    assert_eq!(
        export,
        Some(Error::DiskFull {
            path: Some(out.clone())
        })
    );
    assert!(ws.backup(BackupReason::Manual).is_err());
    let leftovers: Vec<String> = listing(mount.path())
        .into_iter()
        .filter(|n| n.contains("partial") || n == "out.pdf")
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
    let in_backups: Vec<String> = listing(&backup::folder(&path))
        .into_iter()
        .filter(|n| n.contains("partial"))
        .collect();
    assert!(in_backups.is_empty(), "{in_backups:?}");

    // Free space: the same connection goes on.
    fs::remove_file(&filler).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        ok(ws.import_measurements(objective.id, &csv, &mapping)),
        4000
    );
    ok(ws.add(channel("After")));
    ok(ws.close());
    let ws = ok(Workspace::open(&path));
    let names: Vec<String> = ok(ws.list::<Channel>())
        .into_iter()
        .map(|c| c.name)
        .collect();
    assert_eq!(names.len(), 2);
    assert_eq!(ok(ws.measurements(objective.id)).len(), 4000);
    ok(ws.close());
}
