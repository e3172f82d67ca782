//! The built app in a real window (WebKitGTK under Xvfb), driven through
//! WebDriver as a person would use it. Run serially: each test has its own
//! ports, home and workspace.

use std::fs;
use std::time::Duration;

use rumbo_e2e::{AppWindow, Home, rumbo, tempdir, text};

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_channel_created_in_the_window_is_there_after_a_restart() {
    let dir = tempdir();
    let file = dir.path().join("Plan.rumbo");
    assert!(
        rumbo(&[
            "new",
            &file.display().to_string(),
            "--name",
            "Cooperativa Ñandú"
        ])
        .status
        .success()
    );
    let home = Home::new();

    let app = AppWindow::launch(&home, EN, &[&file], 0).await;
    app.wait_for_text("nav", "Cooperativa Ñandú").await;
    app.click("[data-testid=nav-channels]").await;
    app.click("[data-testid=channel-new]").await;
    app.click("#channel-network option[value=instagram]").await;
    app.fill("#channel-name", "Instagram — jóvenes").await;
    app.fill("#channel-handle", "@nandu_coop").await;
    app.fill("#channel-weeklyEffortHours", "3.5").await;
    app.click("[data-testid=channel-save]").await;
    app.wait_for_text("[data-testid=channel-row]", "Instagram — jóvenes")
        .await;
    app.shot("channels-after-create").await;
    app.quit().await;

    // What the window saved is in the file, as the CLI reads it.
    let json = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    assert!(json.contains("\"name\": \"Instagram — jóvenes\""), "{json}");
    assert!(json.contains("\"weeklyEffortHours\": 3.5"), "{json}");

    // Restart: no file argument; the last workspace reopens by itself.
    let app = AppWindow::launch(&home, EN, &[], 1).await;
    app.click("[data-testid=nav-channels]").await;
    let row = app
        .wait_for_text("[data-testid=channel-row]", "Instagram — jóvenes")
        .await;
    assert!(row.contains("3.5") || row.contains("3,5"), "{row}");
    app.quit().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_bad_value_is_explained_next_to_the_field_and_what_was_typed_is_kept() {
    let dir = tempdir();
    let file = dir.path().join("Plan.rumbo");
    assert!(
        rumbo(&["new", &file.display().to_string()])
            .status
            .success()
    );
    let home = Home::new();

    let app = AppWindow::launch(&home, ES, &[&file], 2).await;
    app.click("[data-testid=nav-channels]").await;
    app.click("[data-testid=channel-new]").await;
    app.fill("#channel-name", "Boletín vecinal").await;
    app.fill("#channel-weeklyEffortHours", "200").await;
    app.click("[data-testid=channel-save]").await;
    app.wait_for_text("form", "Introduce un número entre 0 y 168")
        .await;
    let name = app
        .find("#channel-name")
        .await
        .prop("value")
        .await
        .ok()
        .flatten();
    assert_eq!(name.as_deref(), Some("Boletín vecinal"));
    app.shot("channel-validation-es").await;
    app.quit().await;
    let json = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    assert!(
        json.contains("\"channels\": []"),
        "nothing was half-saved: {json}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_file_shows_a_clear_error_and_is_left_unchanged() {
    let dir = tempdir();
    let file = dir.path().join("estrategia.rumbo");
    let content = b"Esto es un documento de texto, no un espacio de trabajo.\n".repeat(20);
    fs::write(&file, &content).unwrap_or_else(|e| panic!("{e}"));
    let home = Home::new();

    let app = AppWindow::launch(&home, EN, &[&file], 3).await;
    let message = app
        .wait_for_text("[data-testid=error-banner]", "estrategia.rumbo")
        .await;
    assert!(message.contains("not a Rumbo workspace"), "{message}");
    app.find("[data-testid=welcome]").await;
    app.shot("welcome-error-en").await;
    app.quit().await;

    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        fs::read(&file).unwrap_or_default(),
        content,
        "the file was changed"
    );
    let mut names: Vec<String> = fs::read_dir(dir.path())
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    assert_eq!(names, ["estrategia.rumbo"], "nothing was created beside it");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_profile_saves_as_you_type_and_the_ui_follows_the_language() {
    let dir = tempdir();
    let file = dir.path().join("Plan.rumbo");
    assert!(
        rumbo(&["new", &file.display().to_string()])
            .status
            .success()
    );
    let home = Home::new();

    let app = AppWindow::launch(&home, ES, &[&file], 4).await;
    app.click("[data-testid=nav-profile]").await;
    app.wait_for_text("main", "Voz de marca").await;
    app.fill("#profile-name", "Asociación Vecinal Río Claro")
        .await;
    app.fill("#profile-brandVoice", "Cercana y clara").await;
    app.wait_for_text("[data-testid=save-state]", "guardado")
        .await;
    // The sidebar and the window title follow the organization's name.
    app.wait_for_text("nav", "Asociación Vecinal Río Claro")
        .await;
    app.shot("profile-es").await;
    app.quit().await;
    let json = text(&rumbo(&["export-json", &file.display().to_string()]).stdout);
    assert!(
        json.contains("\"brandVoice\": \"Cercana y clara\""),
        "{json}"
    );
    assert!(
        json.contains("\"name\": \"Asociación Vecinal Río Claro\""),
        "{json}"
    );
}
