//! The Linux package as a person meets it: the `.deb` that
//! `scripts/package.sh --debug` built is installed with `dpkg -i` (then
//! `apt-get -f install`), its desktop entry and AppStream metadata pass the
//! validators, `.rumbo` is a file type of the system (by name, and by
//! content, without mistaking other SQLite files for one) with Rumbo as its
//! default application, the installed app started from its desktop entry's
//! `Exec` line opens a workspace, a second workspace opened from the file
//! manager (`gio open`) goes to the running window, the `rumbo` command is
//! on the PATH, and `dpkg -r` takes everything away again.
//!
//! It changes the system, so it runs only as root, and only when no package
//! named `rumbo` is installed already (it would replace it); otherwise it
//! says why it is skipped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use rumbo_e2e::{AppWindow, Home, bin_dir, is_root, run_window_test, tempdir, text};

const DESKTOP: &str = "/usr/share/applications/Rumbo.desktop";
const METAINFO: &str = "/usr/share/metainfo/app.rumbo.desktop.metainfo.xml";
const MIME: &str = "application/x-rumbo-workspace";

fn run(program: &str, args: &[&str]) -> Output {
    Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {program}: {e}"))
}

fn ok(program: &str, args: &[&str]) -> String {
    let out = run(program, args);
    assert!(
        out.status.success(),
        "{program} {args:?}: {}{}",
        text(&out.stdout),
        text(&out.stderr)
    );
    text(&out.stdout)
}

/// The `.deb` built by `scripts/package.sh --debug` (or `RUMBO_DEB`).
fn package() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("RUMBO_DEB") {
        return Some(PathBuf::from(path));
    }
    let folder = bin_dir().join("bundle/deb");
    std::fs::read_dir(folder)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "deb"))
}

/// The content type GIO (shared-mime-info) gives a file, in `home`.
fn content_type(home: &Home, file: &Path) -> String {
    let mut command = Command::new("gio");
    command
        .args(["info", "--attributes=standard::content-type"])
        .arg(file);
    home.apply(&mut command, "en_US.UTF-8");
    let out = command.output().unwrap_or_else(|e| panic!("gio: {e}"));
    text(&out.stdout)
        .lines()
        .find_map(|l| l.trim().strip_prefix("standard::content-type: "))
        .unwrap_or_default()
        .to_string()
}

/// Removes the package when the test ends, however it ends.
struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        let _ = run("dpkg", &["-r", "rumbo"]);
    }
}

#[test]
fn the_deb_installs_opens_rumbo_files_from_the_file_manager_and_uninstalls() {
    if !is_root() {
        println!("SKIPPED: installing a package needs root");
        return;
    }
    if run("dpkg", &["-s", "rumbo"]).status.success() {
        println!("SKIPPED: a package named rumbo is installed already; this test would replace it");
        return;
    }
    let Some(deb) = package() else {
        panic!("no .deb: run `bash scripts/package.sh --debug` first (the test command does)");
    };
    let size = std::fs::metadata(&deb).map(|m| m.len()).unwrap_or(0);
    println!(
        "package: {} ({:.1} MiB)",
        deb.display(),
        size as f64 / 1048576.0
    );

    let deb_path = deb.display().to_string();
    ok("dpkg", &["-i", &deb_path]);
    let installed = Installed;
    ok("apt-get", &["-f", "install", "-y", "-q"]);

    // Everything in its place, and valid.
    for path in ["/usr/bin/rumbo-app", "/usr/bin/rumbo", DESKTOP, METAINFO] {
        assert!(Path::new(path).is_file(), "{path} is not installed");
    }
    ok("desktop-file-validate", &[DESKTOP]);
    let validation = ok("appstreamcli", &["validate", "--no-net", METAINFO]);
    assert!(
        validation.contains("Validation was successful"),
        "{validation}"
    );
    let entry = std::fs::read_to_string(DESKTOP).unwrap_or_default();
    assert!(entry.contains(&format!("MimeType={MIME};")), "{entry}");
    assert!(
        entry.contains("Name[es]") || entry.contains("GenericName[es]"),
        "{entry}"
    );

    run_window_test(async {
        let dir = tempdir();
        let first = dir.path().join("Plan 2027.rumbo");
        let second = dir.path().join("Estrategia.rumbo");
        // The installed command line makes the workspaces.
        ok(
            "rumbo",
            &["--lang", "en", "sample", &first.display().to_string()],
        );
        ok(
            "rumbo",
            &[
                "new",
                &second.display().to_string(),
                "--name",
                "Cooperativa Ñandú",
            ],
        );
        let home = Home::new();

        // A file type of the system: by its name, and by its content (a
        // workspace named anything), but not every SQLite file.
        assert_eq!(content_type(&home, &first), MIME);
        let unnamed = dir.path().join("copy-without-extension");
        std::fs::copy(&first, &unnamed).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(content_type(&home, &unnamed), MIME);
        let other = dir.path().join("notes.db");
        let mut header = b"SQLite format 3\0".to_vec();
        header.resize(4096, 0);
        std::fs::write(&other, header).unwrap_or_else(|e| panic!("{e}"));
        assert_ne!(content_type(&home, &other), MIME);
        let mut query = Command::new("xdg-mime");
        query.args(["query", "default", MIME]);
        home.apply(&mut query, "en_US.UTF-8");
        let default = text(&query.output().map(|o| o.stdout).unwrap_or_default());
        assert_eq!(default.trim(), "Rumbo.desktop");

        // The desktop entry's Exec line, as the desktop runs it.
        let exec = entry
            .lines()
            .find_map(|l| l.strip_prefix("Exec="))
            .unwrap_or_default()
            .to_string();
        let mut words = exec.split_whitespace();
        let program = words.next().unwrap_or_default();
        assert!(words.any(|w| w == "%F" || w == "%f"), "{exec}");
        let program = PathBuf::from("/usr/bin").join(program);
        let app = AppWindow::launch_program(&home, "en_US.UTF-8", &[&first], &program).await;
        app.wait_for_text(
            "[data-testid=workspace-title]",
            "Valdoria Regional Employment Agency",
        )
        .await;
        app.shot("installed-app-en").await;

        // Opened from the file manager: into the running window.
        let started = Instant::now();
        let mut open = Command::new("gio");
        open.arg("open").arg(&second);
        home.apply(&mut open, "en_US.UTF-8");
        let status = open.status().unwrap_or_else(|e| panic!("gio open: {e}"));
        assert!(status.success());
        app.wait_for_text("[data-testid=workspace-title]", "Cooperativa Ñandú")
            .await;
        let took = started.elapsed();
        println!("gio open → the file shown in the running window: {took:?}");
        assert!(took < Duration::from_secs(30));
        app.quit().await;
    });

    drop(installed);
    for path in ["/usr/bin/rumbo-app", "/usr/bin/rumbo", DESKTOP, METAINFO] {
        assert!(!Path::new(path).exists(), "{path} is left after removal");
    }
    assert!(
        !Path::new("/usr/share/mime/packages/rumbo.xml").exists(),
        "the file type is left after removal"
    );
}
