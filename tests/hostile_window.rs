//! Nothing lost, second pass, through the real app window: the document's
//! export refuses to write over the open workspace; a workspace whose
//! stored text is damaged is refused and offered its newest *sound* backup;
//! a file of another workspace in the backups folder is shown as such, is
//! never offered for recovery, and is restored only after the person
//! confirms words that say what it is.

use std::fs;
use std::path::{Path, PathBuf};

use rumbo_e2e::{AppWindow, Home, listing, rumbo, run_window_test, tempdir, text};

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

fn s(path: &Path) -> String {
    path.display().to_string()
}

fn ok(out: &std::process::Output) {
    assert!(out.status.success(), "{}", text(&out.stderr));
}

fn export(file: &Path) -> String {
    let out = rumbo(&["export-json", &s(file)]);
    ok(&out);
    text(&out.stdout)
}

fn backups(file: &Path) -> Vec<serde_json::Value> {
    let out = rumbo(&["backups", &s(file), "--format", "json"]);
    ok(&out);
    serde_json::from_slice::<serde_json::Value>(&out.stdout)
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
}

/// Makes the first `find` in the file unreadable as text, its structure
/// left sound (SQLite's `integrity_check` still passes).
fn spoil_text(path: &Path, find: &str) {
    let mut bytes = fs::read(path).unwrap_or_default();
    let at = bytes
        .windows(find.len())
        .position(|w| w == find.as_bytes())
        .unwrap_or_else(|| panic!("{find} is not in {}", path.display()));
    bytes[at + 1] = 0xff;
    fs::write(path, bytes).unwrap_or_else(|e| panic!("{e}"));
}

/// Another organization's workspace, copied into `file`'s backups folder
/// under a name that looks like its newest backup.
fn stranger_in_the_folder(dir: &Path, file: &Path) -> PathBuf {
    let stranger = dir.join("stranger.rumbo");
    ok(&rumbo(&[
        "new",
        &s(&stranger),
        "--name",
        "Another organization",
    ]));
    let stem = file
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let disguised =
        rumbo_store_folder(file).join(format!("{stem}.2099-01-01T00-00-00.000Z.manual.rumbo"));
    fs::copy(&stranger, &disguised).unwrap_or_else(|e| panic!("{e}"));
    disguised
}

fn rumbo_store_folder(file: &Path) -> PathBuf {
    let stem = file
        .file_stem()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    file.with_file_name(format!("{stem}.rumbo-backups"))
}

#[test]
fn the_document_is_never_exported_over_the_open_workspace() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("plan.rumbo");
        ok(&rumbo(&["--lang", "en", "sample", &s(&file)]));
        // "Strategy.pdf" is the workspace itself, under another name.
        std::os::unix::fs::symlink(&file, dir.path().join("Strategy.pdf"))
            .unwrap_or_else(|e| panic!("{e}"));
        let before = fs::read(&file).unwrap_or_default();
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.click("[data-testid=nav-document]").await;
        app.find("[data-testid=doc-page][data-page-index='0']")
            .await;

        // Export opens from the preview's toolbar. The person types
        // "Strategy"; the export adds ".pdf".
        app.click("[data-testid=doc-export-toggle]").await;
        app.click("[data-testid=doc-export]").await;
        app.answer_save_dialog("Export the document", &dir.path().join("Strategy"))
            .await;
        let message = app
            .wait_for_text(
                "[data-testid=doc-export-panel] [data-testid=error-banner]",
                "Strategy.pdf",
            )
            .await;
        assert!(
            message.contains("is the workspace file itself")
                && message.contains("Nothing was written"),
            "{message}"
        );
        app.shot("export-onto-workspace-refused-en").await;
        app.quit().await;

        assert!(
            fs::symlink_metadata(dir.path().join("Strategy.pdf"))
                .is_ok_and(|m| m.file_type().is_symlink())
        );
        let after = fs::read(&file).unwrap_or_default();
        assert!(after.starts_with(b"SQLite format 3\0"), "still a workspace");
        assert_eq!(after.len(), before.len());
        assert!(export(&file).contains("Valdoria Regional Employment Agency"));
    });
}

#[test]
fn a_workspace_with_a_damaged_text_is_recovered_from_its_newest_sound_backup_only() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Estrategia.rumbo");
        ok(&rumbo(&["--lang", "es", "sample", &s(&file)]));
        ok(&rumbo(&["backup", &s(&file)]));
        std::thread::sleep(std::time::Duration::from_millis(20));
        ok(&rumbo(&["backup", &s(&file)]));
        let list = backups(&file);
        let newest = PathBuf::from(list[0]["path"].as_str().unwrap_or_default());
        let sound = PathBuf::from(list[1]["path"].as_str().unwrap_or_default());
        // The newest backup and the workspace are damaged inside a text;
        // another organization's file sits in the folder, dated later.
        spoil_text(&newest, "Valdoria");
        spoil_text(&file, "Valdoria");
        stranger_in_the_folder(dir.path(), &file);
        let damaged = fs::read(&file).unwrap_or_default();

        let home = Home::new();
        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.find("[data-testid=welcome]").await;
        let message = app
            .wait_for_text("[data-testid=error-banner]", "Estrategia.rumbo")
            .await;
        assert!(message.contains("está dañado"), "{message}");
        app.find("[data-testid=recover-backup]").await;
        app.shot("recover-damaged-text-es").await;
        assert_eq!(
            fs::read(&file).unwrap_or_default(),
            damaged,
            "nothing written"
        );
        app.click("[data-testid=recover-backup]").await;
        app.wait_for_text(
            "[data-testid=workspace-title]",
            "Agencia Regional de Empleo de Valdoria",
        )
        .await;
        app.quit().await;

        // The sound one, not the damaged newest, not the stranger.
        let sound_content = export(&sound);
        let now = export(&file);
        assert_eq!(now, sound_content);
        assert!(!now.contains("Another organization"));
        assert!(
            listing(dir.path())
                .iter()
                .any(|n| n.starts_with("Estrategia.rumbo.damaged-")),
            "{:?}",
            listing(dir.path())
        );
    });
}

#[test]
fn a_file_of_another_workspace_is_marked_and_restored_only_when_confirmed() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Plan.rumbo");
        ok(&rumbo(&["--lang", "en", "sample", &s(&file)]));
        ok(&rumbo(&["backup", &s(&file)]));
        let disguised = stranger_in_the_folder(dir.path(), &file);
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Valdoria")
            .await;
        app.click("[data-testid=open-backups]").await;
        app.wait_for_text("[data-testid=backup-list]", "Manual")
            .await;
        // Newest first by what each records: the stranger's date is its own.
        let first = app
            .wait_for_text("[data-testid=backup-row]:nth-child(1)", "Another workspace")
            .await;
        assert!(first.contains("2099"), "{first}");
        app.shot("backups-another-workspace-en").await;

        app.click("[data-testid=backup-row]:nth-child(1) [data-testid=backup-restore]")
            .await;
        let question = app
            .wait_for_text(
                "[aria-labelledby=backup-restore-dialog-title]",
                "Restore a file from another workspace?",
            )
            .await;
        assert!(
            question.contains("is not a backup of this workspace"),
            "{question}"
        );
        app.shot("backups-confirm-foreign-en").await;
        app.escape().await;
        assert!(
            app.wait_until_gone("[aria-labelledby=backup-restore-dialog-title]")
                .await
        );
        assert!(
            export(&file).contains("Valdoria"),
            "nothing changed on cancel"
        );

        app.click("[data-testid=backup-row]:nth-child(1) [data-testid=backup-restore]")
            .await;
        app.click("[data-testid=backup-restore-confirm]").await;
        app.wait_for_text("[data-testid=workspace-title]", "Another organization")
            .await;
        app.quit().await;
        assert!(export(&file).contains("Another organization"));
        // What was there is kept as a backup of its own.
        assert!(
            backups(&file)
                .iter()
                .any(|b| b["reason"] == "before-restore")
        );
        assert!(disguised.exists());
    });
}
