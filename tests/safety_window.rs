//! Nothing lost, through the real app window: an edit acknowledged in the
//! window survives the app being killed; the file is one file after a
//! normal quit; backups are taken, listed and restored from the window (and
//! by the timer); a damaged workspace is restored from its newest sound
//! backup; a read-only disk opens read-only with a notice and Save a Copy; a
//! full disk refuses an edit, says so and keeps what was typed.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use rumbo_e2e::{
    AppWindow, Home, Tmpfs, app_pids, listing, rumbo, run_window_test, tempdir, text, wait_for_exit,
};

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

fn new_workspace(file: &Path, name: &str) {
    let out = rumbo(&["new", &file.display().to_string(), "--name", name]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn export(file: &Path) -> String {
    let out = rumbo(&["export-json", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

/// The backups of `file` as `rumbo backups --format json` lists them.
fn backups(file: &Path) -> Vec<serde_json::Value> {
    let out = rumbo(&["backups", &file.display().to_string(), "--format", "json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let listed: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("backups JSON: {e}"));
    listed.as_array().cloned().unwrap_or_default()
}

fn reasons(file: &Path) -> Vec<String> {
    backups(file)
        .iter()
        .filter_map(|b| b["reason"].as_str().map(str::to_string))
        .collect()
}

async fn field_value(app: &AppWindow, css: &str) -> String {
    app.find(css)
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[test]
fn an_edit_acknowledged_in_the_window_survives_killing_the_app() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Plan.rumbo");
        new_workspace(&file, "Before the crash");
        let home = Home::new();

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.click("[data-testid=nav-profile]").await;
        app.fill("#profile-name", "Cooperativa Ñandú").await;
        app.wait_for_text("[data-testid=save-state]", "All changes saved")
            .await;
        app.fill("#profile-brandVoice", "Warm, plain, never shouting")
            .await;
        app.wait_for_text("[data-testid=save-state]", "All changes saved")
            .await;

        // The window said "Saved": kill the app as a power cut would.
        let pids = app_pids(&home);
        assert!(!pids.is_empty(), "the app's process was not found");
        for pid in &pids {
            let killed = std::process::Command::new("kill")
                .args(["-KILL", &pid.to_string()])
                .status()
                .is_ok_and(|s| s.success());
            assert!(killed, "kill -KILL {pid}");
        }
        assert!(wait_for_exit(&home), "the app did not end");
        app.quit().await;

        // Everything acknowledged is there, and the file is sound (opening
        // it runs SQLite's integrity check).
        let json = export(&file);
        assert!(json.contains("\"name\": \"Cooperativa Ñandú\""), "{json}");
        assert!(
            json.contains("\"brandVoice\": \"Warm, plain, never shouting\""),
            "{json}"
        );

        // Opened again (the -wal of the killed app is read back) and closed
        // from the window: the workspace is one file again, no -wal or -shm
        // beside it, while the app goes on.
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Cooperativa Ñandú")
            .await;
        assert!(listing(dir.path()).contains(&"Plan.rumbo-wal".to_string()));
        app.click("[data-testid=workspace-close]").await;
        app.find("[data-testid=welcome]").await;
        let names = listing(dir.path());
        assert_eq!(names, ["Plan.rumbo", "Plan.rumbo-backups"], "{names:?}");
        app.quit().await;
        assert!(wait_for_exit(&home), "the app did not end");

        // The same when the session ends (logout, shutdown: SIGTERM).
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.click("[data-testid=nav-profile]").await;
        app.fill("#profile-mission", "Said just before logging out")
            .await;
        app.wait_for_text("[data-testid=save-state]", "All changes saved")
            .await;
        for pid in app_pids(&home) {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", &pid.to_string()])
                .status();
        }
        assert!(wait_for_exit(&home), "the app did not end");
        app.quit().await;
        let names = listing(dir.path());
        assert_eq!(names, ["Plan.rumbo", "Plan.rumbo-backups"], "{names:?}");
        assert!(export(&file).contains("Said just before logging out"));
    });
}

#[test]
fn backups_are_taken_listed_and_restored_from_the_window() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Plan.rumbo");
        new_workspace(&file, "Version A");
        let mut home = Home::new();
        // The timer looks for changes every two seconds in this test.
        home.set_env("RUMBO_BACKUP_INTERVAL_SECS", "2");

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Version A")
            .await;
        app.click("[data-testid=open-backups]").await;
        app.wait_for_text("[data-testid=backup-list]", "When opened")
            .await;
        app.click("[data-testid=backup-now]").await;
        app.wait_for_text("[data-testid=backup-list]", "Manual")
            .await;
        assert_eq!(app.all("[data-testid=backup-row]").await.len(), 2);
        app.shot("backups-dialog-en").await;
        app.escape().await;
        assert!(app.wait_until_gone("[data-testid=backup-list]").await);

        // A change, then the timer's backup of it.
        app.click("[data-testid=nav-profile]").await;
        app.fill("#profile-name", "Version B").await;
        app.wait_for_text("[data-testid=save-state]", "All changes saved")
            .await;
        let start = Instant::now();
        while !reasons(&file).iter().any(|r| r == "scheduled") {
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "no automatic backup: {:?}",
                reasons(&file)
            );
            std::thread::sleep(Duration::from_millis(300));
        }

        // Restore the manual backup (Version A) from the window.
        app.click("[data-testid=open-backups]").await;
        app.wait_for_text("[data-testid=backup-list]", "Automatic")
            .await;
        let rows = app.all("[data-testid=backup-row]").await;
        let mut manual = None;
        for (index, row) in rows.iter().enumerate() {
            if row.text().await.unwrap_or_default().contains("Manual") {
                manual = Some(index);
            }
        }
        let manual = manual.unwrap_or_else(|| panic!("no manual backup row"));
        app.click(&format!(
            "[data-testid=backup-row]:nth-child({}) [data-testid=backup-restore]",
            manual + 1
        ))
        .await;
        app.click("[data-testid=backup-restore-confirm]").await;
        app.wait_for_text("[data-testid=workspace-title]", "Version A")
            .await;
        app.wait_for_text("[data-testid=notice]", "restored").await;
        app.shot("backup-restored-en").await;
        app.quit().await;

        assert!(export(&file).contains("\"name\": \"Version A\""));
        // What was replaced is kept as a backup, and holds Version B.
        let kept = backups(&file)
            .into_iter()
            .find(|b| b["reason"] == "before-restore")
            .unwrap_or_else(|| panic!("no before-restore backup"));
        let kept_path = kept["path"].as_str().unwrap_or_default().to_string();
        assert!(export(Path::new(&kept_path)).contains("\"name\": \"Version B\""));
    });
}

#[test]
fn a_damaged_workspace_is_restored_from_its_newest_sound_backup() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Estrategia.rumbo");
        new_workspace(&file, "Asociación Río Claro");
        let out = rumbo(&["backup", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        // Half the file is lost, as when a copy stops halfway.
        let bytes = fs::read(&file).unwrap_or_else(|e| panic!("{e}"));
        fs::write(&file, &bytes[..bytes.len() / 2]).unwrap_or_else(|e| panic!("{e}"));
        let home = Home::new();

        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.find("[data-testid=welcome]").await;
        let message = app
            .wait_for_text("[data-testid=error-banner]", "Estrategia.rumbo")
            .await;
        assert!(message.contains("está dañado"), "{message}");
        // SQLite's English words are not for the person reading Spanish.
        assert!(!message.contains("database"), "{message}");
        app.find("[data-testid=recover-backup]").await;
        app.shot("recover-es").await;
        // Nothing was written before the person chose.
        assert_eq!(fs::read(&file).unwrap_or_default().len(), bytes.len() / 2);
        app.click("[data-testid=recover-backup]").await;
        app.wait_for_text("[data-testid=workspace-title]", "Asociación Río Claro")
            .await;
        app.find("[data-testid=notice]").await;
        app.quit().await;

        assert!(export(&file).contains("\"name\": \"Asociación Río Claro\""));
        let damaged: Vec<String> = listing(dir.path())
            .into_iter()
            .filter(|n| n.starts_with("Estrategia.rumbo.damaged-"))
            .collect();
        assert_eq!(damaged.len(), 1, "{:?}", listing(dir.path()));
        let kept = fs::read(dir.path().join(&damaged[0])).unwrap_or_default();
        assert_eq!(
            kept,
            bytes[..bytes.len() / 2],
            "the damaged file is kept as it was"
        );
    });
}

#[test]
fn a_read_only_disk_opens_read_only_with_a_notice_and_a_copy_can_be_saved() {
    let Some(disk) = Tmpfs::mount("8m", "read-only window test") else {
        return;
    };
    run_window_test(async {
        let file = disk.path().join("Plan.rumbo");
        new_workspace(&file, "On a locked stick");
        disk.remount_read_only();
        let before = listing(disk.path());
        let elsewhere = tempdir();
        let copy = elsewhere.path().join("Plan editable.rumbo");
        let home = Home::new();

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=read-only-notice]", "Read-only")
            .await;
        // An edit is refused with a clear message, and what was typed stays.
        app.click("[data-testid=nav-profile]").await;
        app.fill("#profile-mission", "Help people find work").await;
        app.wait_for_text("[data-testid=save-state]", "read-only")
            .await;
        assert_eq!(
            field_value(&app, "#profile-mission").await,
            "Help people find work"
        );
        app.shot("read-only-en").await;

        app.click("[data-testid=read-only-save-copy]").await;
        app.answer_save_dialog("Save a copy", &copy).await;
        app.wait_for_text("[data-testid=notice]", "Plan editable.rumbo")
            .await;
        app.quit().await;

        assert_eq!(
            listing(disk.path()),
            before,
            "nothing was written to the disk"
        );
        let json = export(&copy);
        assert!(json.contains("\"name\": \"On a locked stick\""), "{json}");
        // The copy is an ordinary, writable workspace.
        let out = rumbo(&["backup", &copy.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    });
}

#[test]
fn a_full_disk_refuses_the_edit_says_so_and_keeps_what_was_typed() {
    let Some(disk) = Tmpfs::mount("3m", "full-disk window test") else {
        return;
    };
    run_window_test(async {
        let file = disk.path().join("Plan.rumbo");
        new_workspace(&file, "Tight on space");
        let home = Home::new();

        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Tight on space")
            .await;
        app.click("[data-testid=nav-profile]").await;
        app.wait_for_text("main", "Voz y tono de marca").await;
        let filler = disk.fill("filler");
        let long = "Una misión escrita con calma. ".repeat(8);
        app.fill("#profile-mission", &long).await;
        app.wait_for_text("[data-testid=save-state]", "disco").await;
        app.shot("disk-full-es").await;
        assert_eq!(field_value(&app, "#profile-mission").await, long);
        assert!(
            !export(&file).contains("Una misión escrita"),
            "nothing was half-saved"
        );

        // Space again: the next keystroke saves everything typed.
        fs::remove_file(&filler).unwrap_or_else(|e| panic!("{e}"));
        app.fill("#profile-mission", &format!("{long}Fin.")).await;
        app.wait_for_text("[data-testid=save-state]", "Todos los cambios guardados")
            .await;
        app.quit().await;
        assert!(export(&file).contains("Fin."));
    });
}

#[test]
fn a_workspace_another_program_holds_is_refused_clearly_and_left_alone() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Compartido.rumbo");
        new_workspace(&file, "Held elsewhere");
        let before = fs::read(&file).unwrap_or_default();
        // Another program holds the writer's lock (flock on the file), as a
        // Rumbo on another account or a sync tool might.
        let mut holder = std::process::Command::new("flock")
            .arg(&file)
            .args(["sleep", "60"])
            .spawn()
            .unwrap_or_else(|e| panic!("flock is needed: {e}"));
        std::thread::sleep(Duration::from_millis(300));
        let home = Home::new();

        let app = AppWindow::launch(&home, ES, &[&file]).await;
        let message = app
            .wait_for_text("[data-testid=error-banner]", "Compartido.rumbo")
            .await;
        assert!(
            message.contains("otra ventana de Rumbo o en otro programa"),
            "{message}"
        );
        app.find("[data-testid=welcome]").await;
        app.shot("locked-es").await;
        app.quit().await;
        let _ = holder.kill();
        let _ = holder.wait();
        assert_eq!(
            fs::read(&file).unwrap_or_default(),
            before,
            "the file was changed"
        );
        assert_eq!(listing(dir.path()), ["Compartido.rumbo"]);
    });
}
