//! The command line against hostile and careless inputs: outputs that would
//! replace a workspace or a special file, endless inputs, huge lists,
//! damaged content, foreign backups, racing writers, failed writes and text
//! meant for a terminal. Each test is a regression test for a fault that
//! once lost data or misled with exit code 0.

use std::fs;
use std::io::{Read, Write};
use std::os::unix::fs::FileTypeExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rumbo_e2e::{Tmpfs, binary, listing, rumbo, rumbo_in, tempdir, text};

/// How the document crate's own tests read PDFs and DOCX files back.
#[path = "../crates/rumbo-doc/tests/support/outputs.rs"]
mod outputs;

fn s(path: &Path) -> String {
    path.display().to_string()
}

fn ok(out: &std::process::Output) {
    assert!(
        out.status.success(),
        "exit {:?}: {}",
        out.status.code(),
        text(&out.stderr)
    );
}

fn refused(out: &std::process::Output, words: &str) {
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    assert!(
        text(&out.stderr).contains(words),
        "expected “{words}” in: {}",
        text(&out.stderr)
    );
}

fn sample(dir: &Path, name: &str) -> PathBuf {
    let path = dir.join(name);
    ok(&rumbo(&["sample", &s(&path)]));
    path
}

/// `rumbo` with `args`, its standard input fed from `feed` on a thread;
/// killed (and the test failed) if it runs longer than `limit`.
fn rumbo_fed(
    args: &[&str],
    feed: impl FnOnce(std::process::ChildStdin) + Send + 'static,
    limit: Duration,
) -> std::process::Output {
    let mut child = Command::new(binary("rumbo"))
        .args(args)
        .env("LANG", "en_US.UTF-8")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot run rumbo: {e}"));
    let stdin = child.stdin.take().unwrap_or_else(|| panic!("no stdin"));
    std::thread::spawn(move || feed(stdin));
    let started = Instant::now();
    loop {
        if let Ok(Some(_)) = child.try_wait() {
            break;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("rumbo {args:?} still ran after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child
        .wait_with_output()
        .unwrap_or_else(|e| panic!("wait: {e}"))
}

/// `rumbo` with `args`, failed if it runs longer than `limit`: for inputs
/// that once took minutes (a quadratic path) and must now be answered at
/// once. The limit is far from what the work needs, so it cannot flake.
fn rumbo_within(args: &[&str], limit: Duration) -> std::process::Output {
    rumbo_fed(args, drop, limit)
}

// -- 1. An output never overwrites a workspace ----------------------------

#[test]
fn an_output_never_replaces_the_workspace_it_reads_nor_any_other() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let other = sample(dir.path(), "other.rumbo");
    let before = fs::read(&plan).unwrap_or_default();
    let other_before = fs::read(&other).unwrap_or_default();

    // The same file, by its name.
    let out = rumbo(&["render", &s(&plan), "--format", "pdf", "-o", &s(&plan)]);
    refused(&out, "is the workspace file itself");
    // Through a symbolic link and a hard link.
    let link = dir.path().join("link.pdf");
    std::os::unix::fs::symlink(&plan, &link).unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&["render", &s(&plan), "--format", "pdf", "-o", &s(&link)]);
    refused(&out, "is the workspace file itself");
    let hard = dir.path().join("hard.json");
    fs::hard_link(&plan, &hard).unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&["export-json", &s(&plan), "-o", &s(&hard)]);
    refused(&out, "is the workspace file itself");
    // Another workspace, in both languages.
    let out = rumbo(&["export-json", &s(&plan), "-o", &s(&other)]);
    refused(&out, "is a Rumbo workspace");
    let out = rumbo_in(
        "es_ES.UTF-8",
        &["render", &s(&plan), "--format", "md", "-o", &s(&other)],
    );
    refused(&out, "es un espacio de trabajo de Rumbo");
    // Another SQLite database, and the journal SQLite keeps beside a workspace.
    let db = dir.path().join("notes.db");
    let mut header = b"SQLite format 3\0".to_vec();
    header.resize(4096, 0);
    fs::write(&db, &header).unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&["export-json", &s(&plan), "-o", &s(&db)]);
    refused(&out, "is a database file");
    let wal = dir.path().join("plan.rumbo-wal");
    let out = rumbo(&["export-json", &s(&plan), "-o", &s(&wal)]);
    refused(&out, "is part of the workspace “plan.rumbo”");
    assert!(!wal.exists());

    assert_eq!(
        fs::read(&plan).unwrap_or_default(),
        before,
        "the workspace is untouched"
    );
    assert_eq!(fs::read(&other).unwrap_or_default(), other_before);
    assert_eq!(fs::read(&db).unwrap_or_default(), header);
    ok(&rumbo(&["export-json", &s(&plan)]));
}

// -- 2. Writes never replace what is not a regular file --------------------

#[test]
fn outputs_write_through_pipes_and_standard_output_and_refuse_other_special_files() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");

    // "-" and /dev/stdout are standard output (a pipe here).
    let out = rumbo(&["render", &s(&plan), "--format", "md", "-o", "-"]);
    ok(&out);
    assert!(text(&out.stdout).starts_with("# "), "{}", text(&out.stdout));
    let out = rumbo(&["export-json", &s(&plan), "-o", "/dev/stdout"]);
    ok(&out);
    assert!(text(&out.stdout).contains("\"format\": \"rumbo-workspace\""));

    // A named pipe is written through and stays a pipe.
    let fifo = dir.path().join("doc.pipe");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success())
    );
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        fs::File::open(&reader_path)
            .and_then(|mut f| f.read_to_end(&mut bytes))
            .map(|_| bytes)
    });
    ok(&rumbo(&[
        "render",
        &s(&plan),
        "--format",
        "pdf",
        "-o",
        &s(&fifo),
    ]));
    let read = reader.join().ok().and_then(Result::ok).unwrap_or_default();
    assert!(read.starts_with(b"%PDF"), "the pipe got the PDF");
    assert!(fs::symlink_metadata(&fifo).is_ok_and(|m| m.file_type().is_fifo()));

    // /dev/null is a device: refused, saying so, and left a device.
    let out = rumbo(&["render", &s(&plan), "--format", "pdf", "-o", "/dev/null"]);
    refused(&out, "is a device, not a file");
    assert!(fs::metadata("/dev/null").is_ok_and(|m| m.file_type().is_char_device()));
    // A folder is a folder.
    let out = rumbo(&["export-json", &s(&plan), "-o", &s(dir.path())]);
    refused(&out, "is a folder");

    // A link to a file: the file is written, the link stays a link.
    let real = dir.path().join("real.md");
    fs::write(&real, "old").unwrap_or_else(|e| panic!("{e}"));
    let link = dir.path().join("link.md");
    std::os::unix::fs::symlink(&real, &link).unwrap_or_else(|e| panic!("{e}"));
    ok(&rumbo(&[
        "render",
        &s(&plan),
        "--format",
        "md",
        "-o",
        &s(&link),
    ]));
    assert!(fs::symlink_metadata(&link).is_ok_and(|m| m.file_type().is_symlink()));
    assert!(
        fs::read_to_string(&real)
            .unwrap_or_default()
            .starts_with("# ")
    );
    // A link to a file not there yet: the file is made, the link kept.
    let dangling = dir.path().join("later.md");
    let target = dir.path().join("made-later.md");
    std::os::unix::fs::symlink(&target, &dangling).unwrap_or_else(|e| panic!("{e}"));
    ok(&rumbo(&[
        "render",
        &s(&plan),
        "--format",
        "md",
        "-o",
        &s(&dangling),
    ]));
    assert!(fs::symlink_metadata(&dangling).is_ok_and(|m| m.file_type().is_symlink()));
    assert!(target.is_file());
}

// -- 3. Bounded input -------------------------------------------------------

#[test]
fn endless_inputs_are_refused_after_the_documented_size() {
    let dir = tempdir();
    let target = dir.path().join("x.rumbo");
    // A device is refused before reading anything.
    let out = rumbo_within(
        &["import-json", "/dev/zero", &s(&target)],
        Duration::from_secs(30),
    );
    refused(&out, "is a device, not a file");
    // Standard input that never ends (`yes | rumbo import-json -`).
    let out = rumbo_fed(
        &["import-json", "-", &s(&target)],
        |mut stdin| {
            let line = b"y\n".repeat(32 * 1024);
            while stdin.write_all(&line).is_ok() {}
        },
        Duration::from_secs(120),
    );
    refused(
        &out,
        "standard input is too large: Rumbo reads at most 32 MB",
    );
    assert!(!target.exists());
    // A file beyond the size is refused by its size.
    let big = dir.path().join("big.json");
    let file = fs::File::create(&big).unwrap_or_else(|e| panic!("{e}"));
    file.set_len(33 * 1024 * 1024)
        .unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&["import-json", &s(&big), &s(&target)]);
    refused(&out, "is too large");
    assert!(!target.exists());
    assert_eq!(listing(dir.path()), ["big.json"]);
}

#[test]
fn more_records_than_a_workspace_holds_are_refused_before_they_are_built() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let channel = doc["channels"][0].clone();
    let channels: Vec<serde_json::Value> = (1..=2_001)
        .map(|i| {
            let mut c = channel.clone();
            c["id"] = serde_json::json!(i);
            c["name"] = serde_json::json!(format!("Channel {i}"));
            c["audienceIds"] = serde_json::json!([]);
            c
        })
        .collect();
    doc["channels"] = serde_json::Value::Array(channels);
    let many = dir.path().join("many.json");
    fs::write(&many, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("many.rumbo");
    let out = rumbo(&["import-json", &s(&many), &s(&target)]);
    refused(
        &out,
        "A workspace holds at most 2,000 channels; this would make 2,001",
    );
    let out = rumbo_in("es_ES.UTF-8", &["import-json", &s(&many), &s(&target)]);
    refused(&out, "admite como máximo 2000 canales");
    assert!(!target.exists());
}

// -- 4. No quadratic paths ----------------------------------------------------

#[test]
fn a_list_of_a_hundred_thousand_languages_is_answered_at_once() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    doc["profile"]["languages"] = serde_json::Value::Array(
        (0..100_000)
            .map(|i| serde_json::json!(format!("L{i}")))
            .collect(),
    );
    let long = dir.path().join("long.json");
    fs::write(&long, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let target = dir.path().join("long.rumbo");
    // Quadratic, this took over 300 s; linear, well under one.
    let out = rumbo_within(
        &["import-json", &s(&long), &s(&target)],
        Duration::from_secs(60),
    );
    refused(&out, "profile.languages");
    assert!(
        text(&out.stderr).contains("at most 50"),
        "{}",
        text(&out.stderr)
    );
    assert!(!target.exists());
}

// -- 5. Corruption inside a text value -----------------------------------------

/// Replaces the first occurrence of `find` in the file's bytes with bytes
/// that are not UTF-8 (the file's structure stays sound).
fn spoil_text(path: &Path, find: &str) {
    let mut bytes = fs::read(path).unwrap_or_default();
    let at = bytes
        .windows(find.len())
        .position(|w| w == find.as_bytes())
        .unwrap_or_else(|| panic!("{find} not in {}", path.display()));
    bytes[at + 1] = 0xff;
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn a_flipped_byte_inside_a_text_is_damage_and_the_newest_sound_backup_is_restored() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    ok(&rumbo(&["backup", &s(&plan)]));
    std::thread::sleep(Duration::from_millis(20));
    ok(&rumbo(&["backup", &s(&plan)]));
    let list: serde_json::Value =
        serde_json::from_slice(&rumbo(&["backups", &s(&plan), "--format", "json"]).stdout)
            .unwrap_or_default();
    let newest = PathBuf::from(list[0]["path"].as_str().unwrap_or_default());
    let older = PathBuf::from(list[1]["path"].as_str().unwrap_or_default());
    // The newest backup is damaged inside a text, and so is the workspace.
    spoil_text(&newest, "Valdoria");
    spoil_text(&plan, "Valdoria");

    for args in [
        vec!["export-json".to_string(), s(&plan)],
        vec!["check".to_string(), s(&plan)],
        vec![
            "render".to_string(),
            s(&plan),
            "-o".into(),
            s(&dir.path().join("d.pdf")),
        ],
    ] {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = rumbo(&args);
        refused(&out, "is damaged and cannot be opened safely");
        assert!(!text(&out.stderr).contains("could not be updated"));
    }
    let backups_before = listing(&dir.path().join("plan.rumbo-backups"));
    refused(&rumbo(&["backup", &s(&plan)]), "is damaged");
    assert_eq!(
        listing(&dir.path().join("plan.rumbo-backups")),
        backups_before,
        "no backup of a damaged file"
    );
    // The damaged workspace's backups are listed: that is when they are needed.
    let out = rumbo(&["backups", &s(&plan)]);
    ok(&out);
    assert!(text(&out.stderr).contains("is damaged"));
    assert_eq!(text(&out.stdout).lines().count(), 2);

    let out = rumbo(&["restore", &s(&plan), "--latest"]);
    ok(&out);
    assert!(
        text(&out.stderr).contains(&s(&older)),
        "{}",
        text(&out.stderr)
    );
    ok(&rumbo(&["export-json", &s(&plan)]));
}

// -- 6. Backups are trusted by content, not by name ------------------------------

#[test]
fn another_workspace_in_the_backups_folder_is_never_taken_for_a_backup() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let stranger = dir.path().join("stranger.rumbo");
    ok(&rumbo(&[
        "new",
        &s(&stranger),
        "--name",
        "Another organization",
    ]));
    ok(&rumbo(&["backup", &s(&plan)]));
    let folder = dir.path().join("plan.rumbo-backups");
    // Named like a backup of plan, dated in the future.
    let disguised = folder.join("plan.2099-01-01T00-00-00.000Z.manual.rumbo");
    fs::copy(&stranger, &disguised).unwrap_or_else(|e| panic!("{e}"));
    // Files a person put there with backup-like names.
    let mut junk = Vec::new();
    for day in 1..=15 {
        let path = folder.join(format!(
            "plan.2098-01-{day:02}T00-00-00.000Z.scheduled.rumbo"
        ));
        fs::write(&path, format!("my notes {day}")).unwrap_or_else(|e| panic!("{e}"));
        junk.push(path);
    }

    let out = rumbo(&["backups", &s(&plan)]);
    ok(&out);
    let listed = text(&out.stdout);
    assert!(
        listed
            .lines()
            .next()
            .is_some_and(|l| l.contains("2099") && l.contains("(another workspace)")),
        "{listed}"
    );

    // Twelve more backups: pruning deletes only Rumbo's own.
    for _ in 0..12 {
        ok(&rumbo(&["backup", &s(&plan)]));
    }
    assert!(disguised.exists());
    for path in &junk {
        assert!(path.exists(), "{} was deleted", path.display());
    }
    let json: serde_json::Value =
        serde_json::from_slice(&rumbo(&["backups", &s(&plan), "--format", "json"]).stdout)
            .unwrap_or_default();
    let own = json
        .as_array()
        .map(|l| l.iter().filter(|b| b["origin"] == "own").count())
        .unwrap_or(0);
    // Pruned to the newest ten (all were taken today); nothing else touched.
    assert_eq!(own, 10);

    // --latest restores the plan's own newest backup, not the stranger.
    let out = rumbo(&["restore", &s(&plan), "--latest"]);
    ok(&out);
    assert!(!text(&out.stderr).contains("2099"), "{}", text(&out.stderr));
    let restored = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    assert!(restored.contains("Valdoria"));

    // Naming it explicitly is refused without --force, in both languages.
    let out = rumbo(&["restore", &s(&plan), &s(&disguised)]);
    refused(&out, "is a backup of another workspace");
    assert!(text(&out.stderr).contains("--force"));
    let out = rumbo_in("es_ES.UTF-8", &["restore", &s(&plan), &s(&stranger)]);
    refused(&out, "es una copia de seguridad de otro espacio de trabajo");
    assert!(text(&rumbo(&["export-json", &s(&plan)]).stdout).contains("Valdoria"));
    ok(&rumbo(&["restore", &s(&plan), &s(&stranger), "--force"]));
    assert!(text(&rumbo(&["export-json", &s(&plan)]).stdout).contains("Another organization"));
}

// -- 7. Concurrency without false alarms -------------------------------------------

#[test]
fn backups_taken_while_another_process_writes_are_never_called_damaged() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let runs: usize = std::env::var("RUMBO_RACE_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(40);
    let writer_plan = plan.clone();
    let out_dir = dir.path().to_path_buf();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let writer_stop = stop.clone();
    let writer = std::thread::spawn(move || {
        let mut failures = Vec::new();
        let mut i = 0;
        while !writer_stop.load(std::sync::atomic::Ordering::Relaxed) {
            i += 1;
            let out = rumbo(&[
                "render",
                &s(&writer_plan),
                "--format",
                "md",
                "-o",
                &s(&out_dir.join("w.md")),
                "--save-version",
                &format!("run {i}"),
            ]);
            if !out.status.success() && !text(&out.stderr).contains("open in another") {
                failures.push(text(&out.stderr));
            }
        }
        failures
    });
    let mut false_alarms = Vec::new();
    for _ in 0..runs {
        let out = rumbo(&["backup", &s(&plan)]);
        if !out.status.success() {
            false_alarms.push(text(&out.stderr));
        }
        let out = rumbo(&["export-json", &s(&plan)]);
        if !out.status.success() {
            false_alarms.push(text(&out.stderr));
        }
    }
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    let writer_failures = writer.join().unwrap_or_default();
    assert!(false_alarms.is_empty(), "{false_alarms:#?}");
    assert!(writer_failures.is_empty(), "{writer_failures:#?}");
}

// -- 8. Exit 2 means nothing was written --------------------------------------------

#[test]
fn a_refused_command_writes_nothing() {
    let dir = tempdir();
    let created = dir.path().join("n.rumbo");
    refused(&rumbo(&["new", &s(&created), "--name", " "]), "name");
    assert!(!created.exists());
    assert_eq!(listing(dir.path()), Vec::<String>::new());

    let plan = sample(dir.path(), "plan.rumbo");
    let before = listing(dir.path());
    let doc = dir.path().join("doc.pdf");
    let note = "n".repeat(10_000);
    let out = rumbo(&["render", &s(&plan), "-o", &s(&doc), "--save-version", &note]);
    refused(&out, "Too long");
    assert_eq!(
        listing(dir.path()),
        before,
        "no document, no backups folder"
    );
}

#[test]
fn saving_a_version_of_a_read_only_workspace_writes_nothing() {
    let Some(disk) = Tmpfs::mount(
        "8m",
        "saving_a_version_of_a_read_only_workspace_writes_nothing",
    ) else {
        return;
    };
    let plan = sample(disk.path(), "plan.rumbo");
    disk.remount_read_only();
    let elsewhere = tempdir();
    let doc = elsewhere.path().join("doc.pdf");
    let out = rumbo(&[
        "render",
        &s(&plan),
        "-o",
        &s(&doc),
        "--save-version",
        "Board",
    ]);
    refused(&out, "read-only");
    assert!(!doc.exists());
    assert_eq!(listing(disk.path()), ["plan.rumbo"]);
}

#[test]
fn after_a_failed_write_on_a_full_disk_the_workspace_still_reads() {
    let Some(disk) = Tmpfs::mount(
        "6m",
        "after_a_failed_write_on_a_full_disk_the_workspace_still_reads",
    ) else {
        return;
    };
    let plan = sample(disk.path(), "plan.rumbo");
    let filler = disk.fill("filler");
    let elsewhere = tempdir();
    let out = rumbo(&[
        "render",
        &s(&plan),
        "-o",
        &s(&elsewhere.path().join("doc.md")),
        "--format",
        "md",
        "--save-version",
        &"Comité ".repeat(100),
    ]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    // Still full: reading must work all the same.
    ok(&rumbo(&["export-json", &s(&plan)]));
    let out = rumbo(&["check", &s(&plan)]);
    assert!(
        matches!(out.status.code(), Some(0 | 1)),
        "{}",
        text(&out.stderr)
    );
    drop(fs::remove_file(filler));
    ok(&rumbo(&["export-json", &s(&plan)]));
}

// -- 9. DOCX with control characters -------------------------------------------------------

#[test]
fn control_characters_in_any_field_never_make_an_invalid_document() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    let hostile = "line\u{b}break \u{0}nul \u{7}bel \u{1b}esc \u{c}feed \u{fffe}end";
    doc["profile"]["mission"] = serde_json::json!(hostile);
    doc["channels"][0]["purpose"] = serde_json::json!(hostile);
    doc["objectives"][0]["description"] = serde_json::json!(hostile);
    doc["document"]["title"] = serde_json::json!("Plan\u{b}2027");
    let path = dir.path().join("hostile.json");
    fs::write(&path, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let evil = dir.path().join("evil.rumbo");
    ok(&rumbo(&["import-json", &s(&path), &s(&evil)]));

    let docx = dir.path().join("d.docx");
    ok(&rumbo(&[
        "render",
        &s(&evil),
        "--format",
        "docx",
        "-o",
        &s(&docx),
    ]));
    let parts = outputs::docx_parts(&fs::read(&docx).unwrap_or_default())
        .unwrap_or_else(|e| panic!("the DOCX is not valid XML: {e}"));
    assert!(
        parts
            .iter()
            .any(|(name, text)| name == "word/document.xml" && text.contains("break"))
    );
    for format in ["html", "md"] {
        let out = dir.path().join(format!("d.{format}"));
        ok(&rumbo(&[
            "render",
            &s(&evil),
            "--format",
            format,
            "-o",
            &s(&out),
        ]));
        let written = fs::read_to_string(&out).unwrap_or_default();
        assert_eq!(outputs::forbidden_in(&written), None, "{format}");
        assert!(written.contains("break"));
    }
}

// -- 10. PDF layout with long text ----------------------------------------------------------

#[test]
fn long_unbroken_text_stays_on_the_page_and_absurd_figures_are_refused() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    doc["channels"][0]["owner"] =
        serde_json::json!("communication.department.head@valdoria-employment.example");
    doc["channels"][1]["purpose"] = serde_json::json!(format!(
        "https://www.valdoria.example/{}",
        "participacion-ciudadana/".repeat(8)
    ));
    doc["objectives"][0]["description"] = serde_json::json!("Z".repeat(200));
    let path = dir.path().join("long.json");
    fs::write(&path, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let long = dir.path().join("long.rumbo");
    ok(&rumbo(&["import-json", &s(&path), &s(&long)]));
    let pdf = dir.path().join("long.pdf");
    ok(&rumbo(&[
        "render",
        &s(&long),
        "-o",
        &s(&pdf),
        "--date",
        "2026-12-04",
    ]));
    let (pages, words) =
        outputs::pdf_words(&fs::read(&pdf).unwrap_or_default()).unwrap_or_else(|e| panic!("{e}"));
    // The pages' margins are 2.2 cm.
    let problems = outputs::layout_problems(&pages, &words, 2.2 / 2.54 * 72.0, 10);
    assert!(problems.is_empty(), "{problems:#?}");

    // ±1.7e308 is a number JSON can hold, not a figure: refused at import.
    doc["objectives"][0]["target"] = serde_json::json!(1.7e308);
    fs::write(&path, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let out = rumbo(&[
        "import-json",
        &s(&path),
        &s(&dir.path().join("absurd.rumbo")),
    ]);
    refused(&out, "objectives[0].target");
}

// -- 11. Terminal-safe output ----------------------------------------------------------

#[test]
fn user_text_never_reaches_the_terminal_as_escape_sequences() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let mut doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    // A title the check quotes in a finding.
    let presence = doc["objectives"]
        .as_array()
        .and_then(|l| l.iter().position(|o| o["title"] == "Be on TikTok"))
        .unwrap_or_else(|| panic!("the sample's presence-only objective"));
    doc["objectives"][presence]["title"] =
        serde_json::json!("Be on TikTok\u{1b}]0;owned\u{7}\u{1b}[2J");
    let hostile = dir.path().join("hostile.json");
    fs::write(&hostile, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
    let evil = dir.path().join("evil.rumbo");
    ok(&rumbo(&["import-json", &s(&hostile), &s(&evil)]));
    ok(&rumbo(&[
        "render",
        &s(&evil),
        "--format",
        "md",
        "-o",
        &s(&dir.path().join("d.md")),
        "--save-version",
        "Board \u{1b}[31mred\u{1b}[0m",
    ]));
    let evil_path = s(&evil);
    for args in [
        vec!["check", evil_path.as_str()],
        vec!["versions", evil_path.as_str()],
        vec!["backups", evil_path.as_str()],
    ] {
        let out = rumbo(&args);
        assert!(
            matches!(out.status.code(), Some(0 | 1)),
            "{}",
            text(&out.stderr)
        );
        for stream in [&out.stdout, &out.stderr] {
            assert!(!stream.contains(&0x1b), "{args:?}: {}", text(stream));
            assert!(!stream.contains(&0x07), "{args:?}: {}", text(stream));
        }
    }
    let out = rumbo(&["versions", &s(&evil)]);
    assert!(
        text(&out.stdout).contains("Board \u{241b}[31mred"),
        "{}",
        text(&out.stdout)
    );
    let out = rumbo(&["check", &s(&evil)]);
    assert!(
        text(&out.stdout).contains("Be on TikTok\u{241b}]0;owned\u{2407}"),
        "{}",
        text(&out.stdout)
    );
}

// -- 12. Clear words ----------------------------------------------------------------------

#[test]
fn special_files_are_called_what_they_are_and_temporary_names_never_show() {
    let dir = tempdir();
    let fifo = dir.path().join("w.rumbo");
    assert!(
        Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success())
    );
    let out = rumbo(&["export-json", &s(&fifo)]);
    refused(&out, "is a pipe (a FIFO), not a file");
    assert!(!text(&out.stderr).contains("folder"));
    let out = rumbo(&["check", "/dev/zero"]);
    refused(&out, "is a device, not a file");
    let out = rumbo_in("es_ES.UTF-8", &["check", "/dev/zero"]);
    refused(&out, "es un dispositivo, no un archivo");

    // Creating in a folder that is not there names the file asked for.
    let json = dir.path().join("plan.json");
    let plan = sample(dir.path(), "plan.rumbo");
    ok(&rumbo(&["export-json", &s(&plan), "-o", &s(&json)]));
    let out = rumbo(&[
        "import-json",
        &s(&json),
        &s(&dir.path().join("missing/x.rumbo")),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        !text(&out.stderr).contains(".partial"),
        "{}",
        text(&out.stderr)
    );
    assert!(
        text(&out.stderr).contains("x.rumbo"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn when_every_backup_is_damaged_the_message_says_so() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    ok(&rumbo(&["backup", &s(&plan)]));
    let folder = dir.path().join("plan.rumbo-backups");
    for name in listing(&folder) {
        spoil_text(&folder.join(name), "Valdoria");
    }
    let out = rumbo(&["restore", &s(&plan), "--latest"]);
    refused(
        &out,
        "backup of “plan.rumbo” cannot be restored: it is damaged",
    );
    assert!(!text(&out.stderr).contains("yet"));
}

// -- 13. Identity of names ---------------------------------------------------------------

#[test]
fn names_that_look_identical_are_the_same_name() {
    let dir = tempdir();
    let plan = sample(dir.path(), "plan.rumbo");
    let json = text(&rumbo(&["export-json", &s(&plan)]).stdout);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_default();
    for (first, second) in [
        ("Caf\u{e9}", "Cafe\u{301}"),
        ("Blog", "Bl\u{200b}og"),
        ("Radio", "\u{feff}Radio"),
    ] {
        let mut doc = doc.clone();
        doc["audiences"][0]["name"] = serde_json::json!(first);
        doc["audiences"][1]["name"] = serde_json::json!(second);
        let path = dir.path().join("twins.json");
        fs::write(&path, doc.to_string()).unwrap_or_else(|e| panic!("{e}"));
        let target = dir.path().join("twins.rumbo");
        let out = rumbo(&["import-json", &s(&path), &s(&target)]);
        refused(&out, "already has this name");
        assert!(!target.exists());
    }
}
