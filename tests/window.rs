//! The built app in a real window (WebKitGTK under Xvfb), driven through
//! WebDriver as a person would use it. Run serially: each test has its own
//! ports, home and workspace.

use std::fs;
use std::time::Duration;

use rumbo_e2e::{AppWindow, Home, listing, rumbo, run_window_test, tempdir, text};

const EN: &str = "en_US.UTF-8";
const ES: &str = "es_ES.UTF-8";

#[test]
fn a_channel_created_in_the_window_is_there_after_a_restart() {
    run_window_test(async {
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

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Cooperativa Ñandú")
            .await;
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
        let app = AppWindow::launch(&home, EN, &[]).await;
        app.click("[data-testid=nav-channels]").await;
        let row = app
            .wait_for_text("[data-testid=channel-row]", "Instagram — jóvenes")
            .await;
        assert!(row.contains("3.5") || row.contains("3,5"), "{row}");
        app.quit().await;
    });
}

#[test]
fn a_bad_value_is_explained_next_to_the_field_and_what_was_typed_is_kept() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Plan.rumbo");
        assert!(
            rumbo(&["new", &file.display().to_string()])
                .status
                .success()
        );
        let home = Home::new();

        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.click("[data-testid=nav-channels]").await;
        app.click("[data-testid=channel-new]").await;
        app.click("#channel-network option[value=newsletter]").await;
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
    });
}

/// The environment of the app's WebKit web process (the one running the
/// interface's script), found by the marker `home` puts in it.
fn web_process_environment(home: &Home) -> Option<Vec<String>> {
    let marker = format!("XDG_CONFIG_HOME={}", home.path().join("config").display());
    fs::read_dir("/proc").ok()?.flatten().find_map(|entry| {
        let name = fs::read_to_string(entry.path().join("comm")).ok()?;
        if !name.starts_with("WebKitWebProces") {
            return None;
        }
        let environ = fs::read(entry.path().join("environ")).ok()?;
        let vars: Vec<String> = environ
            .split(|b| *b == 0)
            .map(|var| String::from_utf8_lossy(var).into_owned())
            .collect();
        vars.contains(&marker).then_some(vars)
    })
}

#[test]
fn the_interface_runs_without_the_script_engines_optimizing_compilers_unless_the_person_chose_them()
{
    run_window_test(async {
        let mut home = Home::new();
        // A person who asked for one of them keeps it; the other is off
        // (and the script's first garbage collection comes early).
        home.set_env("JSC_useFTLJIT", "true");
        let app = AppWindow::launch(&home, EN, &[]).await;
        app.find("[data-testid=welcome]").await;
        let vars = web_process_environment(&home).unwrap_or_default();
        assert!(!vars.is_empty(), "no web process of the app was found");
        for expected in [
            "JSC_useDFGJIT=false",
            "JSC_useFTLJIT=true",
            "JSC_largeHeapSize=4194304",
            "WEBKIT_DISABLE_DMABUF_RENDERER=1",
        ] {
            assert!(
                vars.iter().any(|var| var == expected),
                "the web process runs without {expected}"
            );
        }
        app.quit().await;
    });
}

#[test]
fn a_damaged_file_shows_a_clear_error_and_is_left_unchanged() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("estrategia.rumbo");
        let content = b"Esto es un documento de texto, no un espacio de trabajo.\n".repeat(20);
        fs::write(&file, &content).unwrap_or_else(|e| panic!("{e}"));
        let home = Home::new();

        let app = AppWindow::launch(&home, EN, &[&file]).await;
        let message = app
            .wait_for_text("[data-testid=error-banner]", "estrategia.rumbo")
            .await;
        assert!(message.contains("not a Rumbo workspace"), "{message}");
        app.find("[data-testid=welcome]").await;
        app.shot("welcome-error-en").await;
        app.quit().await;

        std::thread::sleep(Duration::from_millis(200));
        assert_eq!(
            fs::read(&file).unwrap_or_default(),
            content,
            "the file was changed"
        );
        assert_eq!(
            listing(dir.path()),
            ["estrategia.rumbo"],
            "nothing was created beside it"
        );
    });
}

#[test]
fn the_profile_saves_as_you_type_and_the_ui_follows_the_language() {
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("Plan.rumbo");
        assert!(
            rumbo(&["new", &file.display().to_string()])
                .status
                .success()
        );
        let home = Home::new();

        let app = AppWindow::launch(&home, ES, &[&file]).await;
        app.click("[data-testid=nav-profile]").await;
        app.wait_for_text("main", "Voz y tono de marca").await;
        app.fill("#profile-name", "Asociación Vecinal Río Claro")
            .await;
        app.fill("#profile-brandVoice", "Cercana y clara").await;
        app.wait_for_text("[data-testid=save-state]", "guardado")
            .await;
        // The sidebar and the window title follow the organization's name.
        app.wait_for_text(
            "[data-testid=workspace-title]",
            "Asociación Vecinal Río Claro",
        )
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
    });
}

/// Not a check: walks every screen of the sample workspace in both
/// languages (and the main ones in the dark theme) and saves screenshots to
/// `$RUMBO_SHOTS`, for people to look at
/// (`RUMBO_SHOTS=/tmp/shots cargo test -p rumbo-e2e --test window -- --ignored`).
#[test]
#[ignore]
fn screenshot_tour() {
    run_window_test(async {
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[]).await;
        app.shot("welcome-en-light").await;
        app.quit().await;
        for (lang, locale) in [("en", EN), ("es", ES)] {
            let dir = tempdir();
            let file = dir.path().join("sample.rumbo");
            let path = file.to_string_lossy().into_owned();
            assert!(rumbo(&["--lang", lang, "sample", &path]).status.success());
            let home = Home::new();
            let app = AppWindow::launch(&home, locale, &[&file]).await;
            app.find("[data-testid=workspace-title]").await;
            // The plan's sections, before the health check and the document.
            for section in rumbo_e2e::SECTIONS
                .iter()
                .take_while(|s| !matches!(**s, "health" | "document"))
            {
                app.click(&format!("[data-testid=nav-{section}]")).await;
                app.shot(&format!("{section}-{lang}")).await;
            }
            app.click("[data-testid=nav-channels]").await;
            app.click("[data-testid=channel-row]").await;
            app.shot(&format!("channel-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=nav-objectives]").await;
            app.click("[data-testid=objective-row]").await;
            app.shot(&format!("objective-page-{lang}")).await;
            app.click("[data-testid=nav-campaigns]").await;
            app.click("[data-testid=campaign-row]").await;
            app.shot(&format!("campaign-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=nav-internal]").await;
            for tab in ["needs", "calendar"] {
                app.click(&format!("[data-testid=internal-tab-{tab}]"))
                    .await;
                app.shot(&format!("internal-{tab}-{lang}")).await;
            }
            app.click("[data-testid=internal-tab-flows]").await;
            app.click("[data-testid=flow-row]").await;
            app.shot(&format!("flow-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=nav-recommendations]").await;
            app.click("[data-testid=recommendation-view-table]").await;
            app.shot(&format!("recommendations-table-{lang}")).await;
            app.click("[data-testid=recommendation-row]").await;
            app.shot(&format!("recommendation-editor-{lang}")).await;
            app.escape().await;
            // How the channels run: the account registry and its
            // procedure, the editorial line, the team and its budget.
            app.click("[data-testid=nav-accounts]").await;
            app.click("[data-testid=account-row]").await;
            app.shot(&format!("account-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=accounts-tab-procedure]").await;
            app.find("[data-testid=step-row]").await;
            app.shot(&format!("accounts-procedure-{lang}")).await;
            app.click("[data-testid=step-row]").await;
            app.shot(&format!("step-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=nav-editorial]").await;
            app.click("[data-testid=pillar-row]").await;
            app.shot(&format!("pillar-editor-{lang}")).await;
            app.escape().await;
            for (tab, row) in [("styles", "style"), ("levels", "level")] {
                app.click(&format!("[data-testid=editorial-tab-{tab}]"))
                    .await;
                app.find(&format!("[data-testid={row}-row]")).await;
                app.shot(&format!("editorial-{tab}-{lang}")).await;
                app.click(&format!("[data-testid={row}-row]")).await;
                app.shot(&format!("{row}-editor-{lang}")).await;
                app.escape().await;
            }
            app.click("[data-testid=nav-team]").await;
            app.click("[data-testid=person-row]").await;
            app.shot(&format!("person-editor-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=team-tab-budget]").await;
            app.find("[data-testid=budget-row]").await;
            app.shot(&format!("team-budget-{lang}")).await;
            app.click("[data-testid=budget-row]").await;
            app.shot(&format!("budget-editor-{lang}")).await;
            app.escape().await;
            // The desktop app's own dialogs: the command palette, the
            // keyboard shortcuts, the user guide and About.
            app.click("[data-testid=nav-channels]").await;
            app.click("[data-testid=open-palette]").await;
            app.fill("#palette-input", "camp").await;
            app.find("[data-testid=palette-option]").await;
            app.shot(&format!("palette-{lang}")).await;
            app.escape().await;
            app.press(&format!("{}/", rumbo_e2e::keys::CONTROL)).await;
            app.find("[data-testid=shortcuts-dialog]").await;
            app.shot(&format!("shortcuts-{lang}")).await;
            app.escape().await;
            app.click("[data-testid=open-guide]").await;
            app.find("[data-testid=guide-chapter]").await;
            app.shot(&format!("guide-{lang}")).await;
            app.click("[data-testid=guide-toc-health]").await;
            app.find("[data-testid=guide-rules]").await;
            app.shot(&format!("guide-rules-{lang}")).await;
            app.escape().await;
            app.press(&format!("{}k", rumbo_e2e::keys::CONTROL)).await;
            app.fill(
                "#palette-input",
                if lang == "en" { "about" } else { "acerca" },
            )
            .await;
            app.press(&rumbo_e2e::keys::ENTER.to_string()).await;
            app.find("[data-testid=about-dialog]").await;
            app.shot(&format!("about-{lang}")).await;
            app.escape().await;
            app.click("#sidebar-theme option[value=dark]").await;
            app.click("[data-testid=open-palette]").await;
            app.fill("#palette-input", "camp").await;
            app.find("[data-testid=palette-option]").await;
            app.shot(&format!("palette-{lang}-dark")).await;
            app.escape().await;
            for section in [
                "channels",
                "fit",
                "accounts",
                "editorial",
                "team",
                "recommendations",
            ] {
                app.click(&format!("[data-testid=nav-{section}]")).await;
                app.shot(&format!("{section}-{lang}-dark")).await;
            }
            app.click("[data-testid=nav-accounts]").await;
            app.click("[data-testid=account-row]").await;
            app.shot(&format!("account-editor-{lang}-dark")).await;
            app.escape().await;
            app.click("#sidebar-theme option[value=light]").await;
            app.quit().await;
        }
    });
}
