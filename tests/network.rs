//! Rumbo never touches the network, proved two ways: no networking crate is
//! in the dependency tree of the app or the CLI, and a whole session in the
//! real app window, traced with `strace -f`, opens no internet socket.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rumbo_e2e::{AppWindow, Home, binary, rumbo, run_window_test, tempdir, text};

const EN: &str = "en_US.UTF-8";

/// Crates that speak a network protocol or open connections: HTTP clients
/// and servers, WebSocket, e-mail, DNS, TLS stacks, and Tauri's plugins
/// for HTTP, WebSocket, upload and updates.
const BANNED: &[&str] = &[
    "hyper",
    "hyper-util",
    "h2",
    "h3",
    "reqwest",
    "ureq",
    "isahc",
    "curl",
    "curl-sys",
    "surf",
    "attohttpc",
    "minreq",
    "tungstenite",
    "tokio-tungstenite",
    "async-tungstenite",
    "websocket",
    "lettre",
    "trust-dns-resolver",
    "hickory-resolver",
    "rustls",
    "native-tls",
    "openssl",
    "quinn",
    "tauri-plugin-http",
    "tauri-plugin-websocket",
    "tauri-plugin-upload",
    "tauri-plugin-updater",
];

/// The workspace root (this crate is `tests/`).
fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| panic!("no workspace above {}", env!("CARGO_MANIFEST_DIR")))
}

/// The desktop platforms Rumbo is built for. (Tauri pulls an HTTP client in
/// on Android and iOS only, for its mobile development server.)
const DESKTOP_TARGETS: &[&str] = &[
    "x86_64-unknown-linux-gnu",
    "aarch64-unknown-linux-gnu",
    "x86_64-pc-windows-msvc",
    "aarch64-pc-windows-msvc",
    "x86_64-apple-darwin",
    "aarch64-apple-darwin",
];

/// Every package in the normal and build dependency trees of `packages`,
/// on every desktop platform (Windows and macOS dependencies included).
fn dependency_names(packages: &[&str]) -> BTreeSet<String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command.current_dir(workspace_root()).args([
        "tree",
        "--locked",
        "--offline",
        "--edges",
        "normal,build",
        "--prefix",
        "none",
        "--format",
        "{p}",
    ]);
    for package in packages {
        command.args(["--package", package]);
    }
    for target in DESKTOP_TARGETS {
        command.args(["--target", target]);
    }
    let out = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run cargo tree: {e}"));
    assert!(out.status.success(), "cargo tree: {}", text(&out.stderr));
    text(&out.stdout)
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .map(str::to_string)
        .collect()
}

fn banned_in(names: &BTreeSet<String>) -> Vec<String> {
    BANNED
        .iter()
        .filter(|b| names.contains(**b))
        .map(|b| (*b).to_string())
        .collect()
}

#[test]
fn no_networking_crate_is_in_the_app_or_the_cli() {
    let names = dependency_names(&["rumbo-app", "rumbo-cli"]);
    assert!(
        names.contains("tauri") && names.contains("rusqlite") && names.contains("typst"),
        "the tree was not read: {names:?}"
    );
    let found = banned_in(&names);
    assert!(found.is_empty(), "networking crates in the app: {found:?}");

    // The check can fail: the end-to-end tests' own WebDriver client is an
    // HTTP client, and it is seen.
    let harness = banned_in(&dependency_names(&["rumbo-e2e"]));
    assert!(harness.contains(&"hyper".to_string()), "{harness:?}");
}

/// One line of `strace` output about an internet socket.
#[derive(Debug)]
struct Call {
    line: String,
    /// The address's port, when the call names one (`connect`, `bind`, …).
    port: Option<u16>,
    loopback: bool,
}

/// The calls in an `strace -f` log that create an internet (IPv4 or IPv6)
/// socket or name an internet address.
fn internet_calls(log: &str) -> Vec<Call> {
    log.lines()
        .filter(|line| line.contains("AF_INET"))
        .map(|line| {
            let port = line
                .split("htons(")
                .nth(1)
                .and_then(|rest| rest.split(')').next())
                .and_then(|p| p.parse().ok());
            let loopback = line.contains("inet_addr(\"127.0.0.1\")")
                || line.contains("inet_pton(AF_INET6, \"::1\"");
            Call {
                line: line.to_string(),
                port,
                loopback,
            }
        })
        .collect()
}

/// A script that runs the app under `strace -f`, logging every socket
/// call of the app and of the processes it starts (WebKit's) to `log`.
fn strace_wrapper(dir: &Path, log: &Path) -> PathBuf {
    let script = dir.join("rumbo-app-traced");
    let body = format!(
        "#!/bin/sh\nexec {} \"$@\"\n",
        strace_command(log, &binary("rumbo-app")).join(" ")
    );
    fs::write(&script, body).unwrap_or_else(|e| panic!("{e}"));
    let made_executable = Command::new("chmod")
        .arg("+x")
        .arg(&script)
        .status()
        .is_ok_and(|s| s.success());
    assert!(made_executable);
    script
}

fn strace_command(log: &Path, program: &Path) -> Vec<String> {
    [
        "strace",
        "-f",
        "-qq",
        "-s",
        "128",
        "-e",
        "trace=socket,connect,bind,sendto,sendmsg",
        "-o",
    ]
    .into_iter()
    .map(str::to_string)
    .chain([log.display().to_string(), program.display().to_string()])
    .collect()
}

fn has_strace() -> bool {
    Command::new("strace")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The app on its own, as a person starts it, traced from start to quit:
/// no internet socket at all, not even on the loopback.
#[test]
fn the_app_on_its_own_opens_no_internet_socket() {
    assert!(
        has_strace(),
        "strace is needed (the test command installs it)"
    );
    let dir = tempdir();
    let file = dir.path().join("sample.rumbo");
    let out = rumbo(&["--lang", "es", "sample", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let log = dir.path().join("strace.log");
    let home = Home::new();
    let argv = strace_command(&log, &binary("rumbo-app"));
    let mut command = Command::new(&argv[0]);
    command.args(&argv[1..]).arg(&file);
    home.apply(&mut command, "es_ES.UTF-8");
    let mut child = command
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start the traced app: {e}"));
    // Up and drawn: the open backup is written, the window shows the
    // workspace and its health check; then a little more time.
    let backups = dir.path().join("sample.rumbo-backups");
    let start = Instant::now();
    while rumbo_e2e::listing(&backups).is_empty() {
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the app did not start"
        );
        std::thread::sleep(Duration::from_millis(200));
    }
    std::thread::sleep(Duration::from_secs(4));
    for pid in rumbo_e2e::app_pids(&home) {
        let _ = Command::new("kill")
            .args(["-TERM", &pid.to_string()])
            .status();
    }
    let ended = child.wait().is_ok_and(|s| s.success());
    assert!(ended, "strace or the app failed");

    let traced = fs::read_to_string(&log).unwrap_or_else(|e| panic!("no strace log: {e}"));
    assert!(
        traced.contains("AF_UNIX"),
        "the trace saw no socket at all (the X server and D-Bus are local sockets): {traced}"
    );
    let calls = internet_calls(&traced);
    assert!(calls.is_empty(), "internet sockets: {calls:#?}");
    eprintln!(
        "the app alone: {} socket calls, none of them internet",
        traced.lines().count()
    );
}

/// A whole session in the window, driven through WebDriver and traced: the
/// only internet sockets are WebKit's automation link on the loopback,
/// which WebKitWebDriver asks for (the app itself opens none, as the test
/// above shows).
#[test]
fn a_whole_session_in_the_window_reaches_nothing_outside() {
    assert!(
        has_strace(),
        "strace is needed (the test command installs it)"
    );
    run_window_test(async {
        let dir = tempdir();
        let file = dir.path().join("sample.rumbo");
        let out = rumbo(&["--lang", "en", "sample", &file.display().to_string()]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let log = dir.path().join("strace.log");
        let wrapper = strace_wrapper(dir.path(), &log);
        let home = Home::new();

        let app = AppWindow::launch_program(&home, EN, &[&file], &wrapper).await;
        app.find("[data-testid=workspace-title]").await;
        // Every screen, an edit, the backups, the document preview.
        for section in rumbo_e2e::SECTIONS.iter().filter(|s| **s != "document") {
            app.click(&format!("[data-testid=nav-{section}]")).await;
        }
        app.click("[data-testid=nav-profile]").await;
        app.fill("#profile-mission", "Mission typed while traced")
            .await;
        app.wait_for_text("[data-testid=save-state]", "All changes saved")
            .await;
        app.click("[data-testid=open-backups]").await;
        app.click("[data-testid=backup-now]").await;
        app.wait_for_text("[data-testid=backup-list]", "Manual")
            .await;
        app.escape().await;
        app.click("[data-testid=nav-document]").await;
        app.find("[data-testid=doc-page]").await;
        app.quit().await;

        let traced = fs::read_to_string(&log).unwrap_or_else(|e| panic!("no strace log: {e}"));
        let calls = internet_calls(&traced);
        for call in &calls {
            eprintln!("  {}", call.line);
        }
        // The automation server: the one port the app listens on.
        let automation: BTreeSet<u16> = calls
            .iter()
            .filter(|c| c.line.contains("bind(") && c.loopback)
            .filter_map(|c| c.port)
            .collect();
        assert!(
            automation.len() <= 1,
            "more than one listening port: {automation:?}"
        );
        let outside: Vec<&str> = calls
            .iter()
            .filter(|c| c.port.is_some())
            .filter(|c| !c.loopback || !c.port.is_some_and(|p| automation.contains(&p)))
            .map(|c| c.line.as_str())
            .collect();
        assert!(
            outside.is_empty(),
            "the app reached beyond WebKit's automation link: {outside:#?}"
        );
        assert!(
            text(&rumbo(&["export-json", &file.display().to_string()]).stdout)
                .contains("Mission typed while traced")
        );
    });
}
