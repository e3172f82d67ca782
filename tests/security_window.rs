//! The locked-down window, proved in the real app (WebKitGTK under Xvfb):
//! the Content-Security-Policy blocks remote content, inline scripts and
//! `eval` while every screen still draws; the window cannot be navigated
//! away from the app or open other windows; links in user text ask first and
//! open outside the app; a second launch hands its file to the running
//! window; and without a D-Bus session bus the app still starts.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rumbo_e2e::{AppWindow, Home, binary, rumbo, run_window_test, tempdir, text};
use serde_json::Value;

const EN: &str = "en_US.UTF-8";

/// A sample workspace at `dir/name`.
fn sample(dir: &Path, name: &str) -> std::path::PathBuf {
    let file = dir.join(name);
    let out = rumbo(&["--lang", "en", "sample", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    file
}

/// Starts collecting the page's CSP violation reports.
const COLLECT_VIOLATIONS: &str = r"
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push({
            directive: e.effectiveDirective || e.violatedDirective,
            blocked: String(e.blockedURI || ''),
            policy: e.originalPolicy,
        });
    });
    return true;
";

async fn violations(app: &AppWindow) -> Vec<Value> {
    app.client
        .execute("return window.__violations || [];", vec![])
        .await
        .ok()
        .and_then(|v| v.as_array().cloned())
        .unwrap_or_default()
}

#[test]
fn every_main_screen_draws_under_the_strict_csp() {
    run_window_test(async {
        let dir = tempdir();
        let file = sample(dir.path(), "sample.rumbo");
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.find("[data-testid=workspace-title]").await;
        app.client
            .execute(COLLECT_VIOLATIONS, vec![])
            .await
            .unwrap_or_else(|e| panic!("{e}"));

        // The stylesheet and the app's own image files are there.
        let styled = app
            .client
            .execute(
                "return [document.styleSheets.length, getComputedStyle(document.body).fontFamily, \
                 getComputedStyle(document.querySelector('.select') || document.body).backgroundImage];",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(styled[0].as_u64().unwrap_or(0) >= 1, "{styled}");

        for section in rumbo_e2e::SECTIONS {
            app.click(&format!("[data-testid=nav-{section}]")).await;
            // Let the section draw (charts, the document preview's pages).
            tokio::time::sleep(Duration::from_millis(if *section == "document" {
                2500
            } else {
                700
            }))
            .await;
            app.shot(&format!("csp-{section}")).await;
        }
        // An editor panel, with its form controls and select arrows.
        app.click("[data-testid=nav-channels]").await;
        app.click("[data-testid=channel-row]").await;
        app.find("#channel-name").await;
        app.shot("csp-channel-editor").await;
        let select_arrow = app
            .client
            .execute(
                "return getComputedStyle(document.querySelector('select.select')).backgroundImage;",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(
            select_arrow
                .as_str()
                .unwrap_or_default()
                .contains("select-chevron"),
            "{select_arrow}"
        );

        let seen = violations(&app).await;
        assert!(
            seen.is_empty(),
            "the app's own screens broke the CSP: {seen:?}"
        );
        app.quit().await;
    });
}

#[test]
fn remote_content_inline_scripts_and_eval_are_blocked() {
    run_window_test(async {
        let dir = tempdir();
        let file = sample(dir.path(), "sample.rumbo");
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.find("[data-testid=workspace-title]").await;

        let outcome = app
            .client
            .execute_async(
                r#"
                const done = arguments[arguments.length - 1];
                const violations = [];
                document.addEventListener('securitypolicyviolation', (e) => {
                    violations.push({
                        directive: e.effectiveDirective || e.violatedDirective,
                        blocked: String(e.blockedURI || ''),
                        policy: e.originalPolicy,
                    });
                });
                window.__inlineRan = false;
                const img = document.createElement('img');
                let imgLoaded = false;
                img.onload = () => { imgLoaded = true; };
                img.src = 'https://example.com/x.png';
                document.body.appendChild(img);
                const script = document.createElement('script');
                script.textContent = 'window.__inlineRan = true;';
                document.body.appendChild(script);
                const style = document.createElement('style');
                style.textContent = 'body { outline: 7px solid rgb(1, 2, 3); }';
                document.head.appendChild(style);
                const attr = document.createElement('div');
                attr.setAttribute('style', 'outline: 7px solid rgb(1, 2, 3);');
                document.body.appendChild(attr);
                let evalBlocked = false;
                try { eval('1 + 1'); } catch (e) { evalBlocked = true; }
                let functionBlocked = false;
                try { new Function('return 1')(); } catch (e) { functionBlocked = true; }
                let fetchBlocked = false;
                fetch('https://example.com/').catch(() => { fetchBlocked = true; });
                setTimeout(() => done({
                    violations,
                    inlineRan: window.__inlineRan,
                    imgLoaded,
                    evalBlocked,
                    functionBlocked,
                    fetchBlocked,
                    inlineStyle: getComputedStyle(document.body).outlineColor,
                    attrStyle: getComputedStyle(attr).outlineColor,
                }), 1500);
                "#,
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        eprintln!("{outcome:#}");

        assert_eq!(outcome["inlineRan"], Value::Bool(false), "{outcome}");
        assert_eq!(outcome["imgLoaded"], Value::Bool(false), "{outcome}");
        assert_eq!(outcome["evalBlocked"], Value::Bool(true), "{outcome}");
        assert_eq!(outcome["functionBlocked"], Value::Bool(true), "{outcome}");
        assert_eq!(outcome["fetchBlocked"], Value::Bool(true), "{outcome}");
        assert_ne!(outcome["inlineStyle"], "rgb(1, 2, 3)", "{outcome}");
        assert_ne!(outcome["attrStyle"], "rgb(1, 2, 3)", "{outcome}");

        let violations = outcome["violations"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let reported = |directive: &str, blocked: &str| {
            violations.iter().any(|v| {
                v["directive"]
                    .as_str()
                    .unwrap_or_default()
                    .starts_with(directive)
                    && v["blocked"].as_str().unwrap_or_default().contains(blocked)
            })
        };
        assert!(reported("img-src", "example.com"), "{violations:?}");
        assert!(reported("script-src", "inline"), "{violations:?}");
        assert!(reported("script-src", "eval"), "{violations:?}");
        assert!(reported("style-src", "inline"), "{violations:?}");
        assert!(reported("connect-src", "example.com"), "{violations:?}");

        // The policy the window enforces: the app's own origin only.
        let policy = violations
            .first()
            .and_then(|v| v["policy"].as_str())
            .unwrap_or_default()
            .to_string();
        eprintln!("policy: {policy}");
        assert!(policy.contains("default-src 'none'"), "{policy}");
        assert!(!policy.contains("unsafe-eval"), "{policy}");
        assert!(!policy.contains("unsafe-inline"), "{policy}");
        assert!(!policy.contains("https:"), "{policy}");
        app.quit().await;
    });
}

#[test]
fn the_window_cannot_be_navigated_away_or_open_other_windows() {
    run_window_test(async {
        let dir = tempdir();
        let file = sample(dir.path(), "sample.rumbo");
        let home = Home::new();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.find("[data-testid=workspace-title]").await;
        let start_url = app
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_else(|e| panic!("{e}"));
        assert!(start_url.starts_with("tauri://localhost"), "{start_url}");

        let _ = app
            .client
            .execute(
                "window.location = 'https://example.com/'; return true;",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        let _ = app
            .client
            .execute(
                "window.location.href = 'file:///etc/passwd'; return true;",
                vec![],
            )
            .await;
        tokio::time::sleep(Duration::from_millis(1000)).await;
        let opened = app
            .client
            .execute(
                "const w = window.open('https://example.com/', '_blank'); return w === null;",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        tokio::time::sleep(Duration::from_millis(1000)).await;

        let now = app
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert_eq!(now, start_url);
        // Still the app, still working.
        app.wait_for_text("[data-testid=workspace-title]", "Valdoria")
            .await;
        app.click("[data-testid=nav-channels]").await;
        app.find("[data-testid=channel-row]").await;
        assert_eq!(opened, Value::Bool(true), "window.open gave a window");
        let windows = app.client.windows().await.unwrap_or_default();
        assert_eq!(windows.len(), 1, "{windows:?}");
        app.quit().await;
    });
}

/// A stand-in for the system's `xdg-open` that records what it was asked
/// to open in `record`.
fn fake_opener(bin: &Path, record: &Path) {
    std::fs::create_dir_all(bin).unwrap_or_else(|e| panic!("{e}"));
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            record.display()
        ),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let made_executable = Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .is_ok_and(|s| s.success());
    assert!(made_executable);
}

#[test]
fn a_link_in_user_text_asks_first_and_opens_only_outside_the_app() {
    run_window_test(async {
        let dir = tempdir();
        let file = sample(dir.path(), "sample.rumbo");
        let record = dir.path().join("opened.txt");
        let bin = dir.path().join("bin");
        fake_opener(&bin, &record);
        let mut home = Home::new();
        let path = std::env::var_os("PATH").unwrap_or_default();
        let mut paths = vec![bin.clone()];
        paths.extend(std::env::split_paths(&path));
        home.set_env(
            "PATH",
            std::env::join_paths(paths).unwrap_or_else(|e| panic!("{e}")),
        );
        let app = AppWindow::launch(&home, EN, &[&file]).await;

        app.click("[data-testid=nav-channels]").await;
        app.click("[data-testid=channel-row]").await;
        app.fill(
            "#channel-notes",
            "Brief at https://example.org/brief?from=rumbo. Nothing else: javascript:alert(1)",
        )
        .await;
        app.wait_for_text("[data-testid=channel-notes-links]", "example.org")
            .await;
        let links = app
            .client
            .execute(
                "return [...document.querySelectorAll('[data-testid=channel-notes-links] a')]\
                 .map((a) => [a.getAttribute('href'), a.textContent.trim()]);",
                vec![],
            )
            .await
            .unwrap_or_else(|e| panic!("{e}"));
        let url = "https://example.org/brief?from=rumbo";
        assert_eq!(links, serde_json::json!([[url, url]]));
        app.shot("link-in-notes").await;

        // Cancelled: nothing is opened and the window stays where it was.
        app.click("[data-testid=channel-notes-links] a").await;
        app.press_in_dialog("Open this link?", "Escape").await;
        tokio::time::sleep(Duration::from_millis(1500)).await;
        assert!(!record.exists(), "a cancelled link was opened");
        let url = app
            .client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default();
        assert!(url.starts_with("tauri://localhost"), "{url}");
        app.find("#channel-notes").await;

        // Confirmed: the system's opener gets the whole address.
        app.click("[data-testid=channel-notes-links] a").await;
        app.shot("link-confirmation").await;
        app.press_in_dialog("Open this link?", "Return").await;
        let start = Instant::now();
        while !record.exists() && start.elapsed() < Duration::from_secs(10) {
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let opened = std::fs::read_to_string(&record).unwrap_or_default();
        assert_eq!(opened.trim(), "https://example.org/brief?from=rumbo");
        app.quit().await;
    });
}

#[test]
fn a_second_launch_hands_its_file_to_the_running_window() {
    run_window_test(async {
        let dir = tempdir();
        let first = sample(dir.path(), "A.rumbo");
        let second = dir.path().join("B.rumbo");
        let out = rumbo(&[
            "new",
            &second.display().to_string(),
            "--name",
            "Cooperativa Bravo",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let home = Home::new();
        assert!(home.has_bus(), "dbus-daemon is needed for this test");
        let app = AppWindow::launch(&home, EN, &[&first]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Valdoria")
            .await;

        // As the file manager would: `rumbo-app B.rumbo`, relative to its folder.
        let mut command = Command::new(binary("rumbo-app"));
        command
            .arg("B.rumbo")
            .current_dir(dir.path())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        home.apply(&mut command, EN);
        let mut child = command.spawn().unwrap_or_else(|e| panic!("{e}"));
        let start = Instant::now();
        let status = loop {
            if let Ok(Some(status)) = child.try_wait() {
                break status;
            }
            if start.elapsed() > Duration::from_secs(15) {
                let _ = child.kill();
                panic!("the second launch did not end");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        };
        assert!(status.success(), "{status}");

        app.wait_for_text("[data-testid=workspace-title]", "Cooperativa Bravo")
            .await;
        app.shot("second-launch").await;
        app.quit().await;
    });
}

#[test]
fn without_a_session_bus_the_app_starts_normally() {
    run_window_test(async {
        let dir = tempdir();
        let file = sample(dir.path(), "sample.rumbo");
        let home = Home::without_session_bus();
        let app = AppWindow::launch(&home, EN, &[&file]).await;
        app.wait_for_text("[data-testid=workspace-title]", "Valdoria")
            .await;
        app.click("[data-testid=nav-channels]").await;
        app.find("[data-testid=channel-row]").await;
        app.quit().await;
    });
}
