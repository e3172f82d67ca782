//! The main window, locked down: it shows only the app's own pages, opens
//! no other windows, and is brought forward when a second launch hands it a
//! file.

use std::path::{Path, PathBuf};

use rumbo_core::ipc::MenuAction;
use tauri::webview::NewWindowResponse;
use tauri::{AppHandle, Emitter, Manager, Runtime, Url, WebviewWindowBuilder};

use crate::prefs::WindowGeometry;
use crate::run::MENU_ACTION_EVENT;

pub const MAIN: &str = "main";

/// Whether the webview may show `url`: only the app's own pages — the
/// bundled UI (`tauri://localhost` on Linux and macOS,
/// `http(s)://tauri.localhost` on Windows) and, in a development build that
/// serves the UI from Vite, that server's origin.
pub fn is_app_url(url: &Url, dev_url: Option<&Url>) -> bool {
    let host = url.host_str().unwrap_or_default();
    let own = match url.scheme() {
        "tauri" => host == "localhost",
        "http" | "https" => host == "tauri.localhost" && url.port().is_none(),
        _ => false,
    };
    own || dev_url.is_some_and(|dev| same_origin(url, dev))
}

fn same_origin(a: &Url, b: &Url) -> bool {
    a.scheme() == b.scheme()
        && a.host_str() == b.host_str()
        && a.port_or_known_default() == b.port_or_known_default()
}

/// Creates the main window from its configuration, with the navigation
/// guard: any navigation away from the app is refused, and so is every new
/// window or pop-up (`window.open`, `target=_blank`). It opens with
/// `geometry` (brought onto a screen) and `zoom` when they are known.
pub fn create<R: Runtime>(
    app: &AppHandle<R>,
    geometry: Option<WindowGeometry>,
    zoom: Option<f64>,
) -> tauri::Result<()> {
    let mut config = app
        .config()
        .app
        .windows
        .iter()
        .find(|w| w.label == MAIN)
        .cloned()
        .ok_or_else(|| tauri::Error::WindowNotFound)?;
    if let Some(geometry) = geometry {
        crate::window_state::configure(app, &mut config, geometry);
    }
    // The dev server is an allowed origin only when the UI is served by it.
    let dev_url = if tauri::is_dev() {
        app.config().build.dev_url.clone()
    } else {
        None
    };
    WebviewWindowBuilder::from_config(app, &config)?
        .on_navigation(move |url| {
            let allowed = is_app_url(url, dev_url.as_ref());
            if !allowed {
                eprintln!("rumbo: refused to navigate the window away from the app");
            }
            allowed
        })
        .on_new_window(|_url, _features| NewWindowResponse::Deny)
        .on_page_load(|_window, payload| {
            crate::trace::mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page loading",
                tauri::webview::PageLoadEvent::Finished => "page loaded",
            });
        })
        .build()
        .map(|window| {
            if zoom.is_some() {
                crate::window_state::apply_zoom(&window, zoom);
            }
        })
}

/// The workspace a launch's arguments name (the first that is not an
/// option), resolved against the folder it was started in.
pub fn file_argument<I, S>(args: I, cwd: &Path) -> Option<PathBuf>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    args.into_iter()
        .skip(1)
        .map(|a| PathBuf::from(a.as_ref()))
        .find(|a| !a.to_string_lossy().starts_with('-'))
        .map(|path| {
            if path.is_absolute() {
                path
            } else {
                cwd.join(path)
            }
        })
}

/// A second launch of Rumbo (e.g. opening a `.rumbo` file from the file
/// manager while Rumbo runs) ends at once and hands its arguments here: the
/// running window comes forward and opens the file the way "Open recent"
/// does, through the window, which saves what is being typed first.
pub fn second_launch<R: Runtime>(app: &AppHandle<R>, args: Vec<String>, cwd: String) {
    if let Some(window) = app.get_webview_window(MAIN) {
        let _ = window.unminimize();
        let _ = window.show();
        let _ = window.set_focus();
    }
    if let Some(path) = file_argument(&args, Path::new(&cwd)) {
        let _ = app.emit(
            MENU_ACTION_EVENT,
            MenuAction::OpenPath {
                path: path.display().to_string(),
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(text: &str) -> Url {
        Url::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    #[test]
    fn only_the_apps_own_pages_are_shown() {
        for own in [
            "tauri://localhost",
            "tauri://localhost/index.html",
            "http://tauri.localhost/",
            "https://tauri.localhost/assets/x.js",
        ] {
            assert!(is_app_url(&url(own), None), "{own}");
        }
        for other in [
            "https://example.com/",
            "http://localhost:5173/",
            "tauri://evil.example/",
            "http://tauri.localhost.evil.example/",
            "http://tauri.localhost:8080/",
            "file:///etc/passwd",
            "about:blank",
            "data:text/html,hi",
            "javascript:alert(1)",
            "blob:tauri://localhost/123",
        ] {
            assert!(!is_app_url(&url(other), None), "{other}");
        }
    }

    #[test]
    fn the_dev_server_is_allowed_only_when_it_serves_the_ui() {
        let dev = url("http://localhost:5173");
        assert!(is_app_url(
            &url("http://localhost:5173/src/main.ts"),
            Some(&dev)
        ));
        assert!(!is_app_url(&url("http://localhost:5174/"), Some(&dev)));
        assert!(!is_app_url(&url("https://localhost:5173/"), Some(&dev)));
        assert!(!is_app_url(&url("http://localhost:5173/"), None));
    }

    #[test]
    fn a_second_launch_names_its_file_relative_to_where_it_started() {
        let cwd = Path::new("/home/ana/plans");
        assert_eq!(
            file_argument(["rumbo-app", "B.rumbo"], cwd),
            Some(PathBuf::from("/home/ana/plans/B.rumbo"))
        );
        assert_eq!(
            file_argument(["rumbo-app", "--sample", "/tmp/A.rumbo"], cwd),
            Some(PathBuf::from("/tmp/A.rumbo"))
        );
        assert_eq!(file_argument(["rumbo-app", "--sample"], cwd), None);
        assert_eq!(file_argument(["rumbo-app"], cwd), None);
    }

    /// Release builds must not be able to open the web inspector: Tauri
    /// enables it outside debug builds only with its `devtools` feature, which
    /// no crate of the workspace may turn on (checked on the resolved feature
    /// set, so a dependency turning it on fails too).
    #[test]
    fn release_builds_have_no_web_inspector() {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        let manifest = Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml");
        let output = std::process::Command::new(cargo)
            .args([
                "metadata",
                "--format-version",
                "1",
                "--offline",
                "--manifest-path",
            ])
            .arg(&manifest)
            .output()
            .unwrap_or_else(|e| panic!("cargo metadata: {e}"));
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let metadata: serde_json::Value =
            serde_json::from_slice(&output.stdout).unwrap_or_else(|e| panic!("{e}"));
        let nodes = metadata["resolve"]["nodes"]
            .as_array()
            .cloned()
            .unwrap_or_default();
        let tauri: Vec<_> = nodes
            .iter()
            .filter(|n| {
                let id = n["id"].as_str().unwrap_or_default();
                id.contains("/tauri#2") || id.contains("#tauri@2")
            })
            .collect();
        assert!(!tauri.is_empty(), "tauri not found in the resolved graph");
        for node in tauri {
            let features: Vec<&str> = node["features"]
                .as_array()
                .map(|f| f.iter().filter_map(|v| v.as_str()).collect())
                .unwrap_or_default();
            assert!(
                !features.contains(&"devtools"),
                "tauri's devtools feature is on: {features:?}"
            );
        }
        // Nor does the shell open the inspector itself.
        for source in [
            include_str!("main.rs"),
            include_str!("window.rs")
                .split("#[cfg(test)]")
                .next()
                .unwrap_or_default(),
            include_str!("commands.rs"),
            include_str!("document.rs"),
            include_str!("links.rs"),
        ] {
            assert!(!source.contains("open_devtools"));
        }
    }
}
