//! Helpers for the end-to-end tests: the built binaries, scratch homes, and
//! the real app window driven through WebDriver (tauri-driver in front of
//! WebKitWebDriver), under Xvfb.

use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

pub use fantoccini::{Client, Locator};

/// The sections of the sidebar, in order (`[data-testid=nav-SECTION]`).
pub const SECTIONS: &[&str] = &[
    "profile",
    "departments",
    "audiences",
    "channels",
    "fit",
    "accounts",
    "editorial",
    "objectives",
    "campaigns",
    "internal",
    "team",
    "recommendations",
    "conduct",
    "crisis",
    "policies",
    "health",
    "document",
];

/// The folder holding the built binaries (`target/debug`), found from this
/// test's own executable (`target/debug/deps/NAME-HASH`); `RUMBO_BIN_DIR`
/// names another (to run the tests against another build, e.g. to see a
/// regression test fail on an older one).
pub fn bin_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("RUMBO_BIN_DIR") {
        return PathBuf::from(dir);
    }
    let exe = std::env::current_exe().unwrap_or_else(|e| panic!("current_exe: {e}"));
    exe.parent()
        .and_then(Path::parent)
        .map(Path::to_path_buf)
        .unwrap_or_else(|| panic!("no target dir above {}", exe.display()))
}

/// A built binary; the test command builds them before the tests run.
pub fn binary(name: &str) -> PathBuf {
    let path = bin_dir().join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    assert!(
        path.is_file(),
        "{} is not built: run `cargo build -p rumbo-cli -p rumbo-app` first",
        path.display()
    );
    path
}

pub fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"))
}

/// The workspace `file` as the CLI exports it (JSON), read back.
pub fn export_json(file: &Path) -> serde_json::Value {
    let out = rumbo(&["export-json", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or(serde_json::Value::Null)
}

/// The sample workspace in `lang`, created by the CLI in `dir` as
/// `sample.rumbo`.
pub fn sample_in(dir: &Path, lang: &str) -> PathBuf {
    let file = dir.join("sample.rumbo");
    let out = rumbo(&["--lang", lang, "sample", &file.display().to_string()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    file
}

/// The first record of `collection` in an exported workspace whose `field`
/// is `value`.
pub fn find_record<'a>(
    doc: &'a serde_json::Value,
    collection: &str,
    field: &str,
    value: &str,
) -> Option<&'a serde_json::Value> {
    doc[collection]
        .as_array()?
        .iter()
        .find(|r| r[field].as_str() == Some(value))
}

/// Runs the `rumbo` CLI in English with `args`.
pub fn rumbo(args: &[&str]) -> Output {
    rumbo_in("en_US.UTF-8", args)
}

/// Runs the `rumbo` CLI under the locale `lang` with `args`.
pub fn rumbo_in(lang: &str, args: &[&str]) -> Output {
    Command::new(binary("rumbo"))
        .args(args)
        .env("LANG", lang)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .unwrap_or_else(|e| panic!("cannot run rumbo: {e}"))
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// The `tauri-driver` executable: on PATH, or where `cargo install` puts it.
fn tauri_driver() -> PathBuf {
    let candidates = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .chain(
            std::env::var_os("CARGO_HOME")
                .map(PathBuf::from)
                .map(|p| p.join("bin")),
        )
        .chain(
            std::env::var_os("HOME")
                .map(PathBuf::from)
                .map(|p| p.join(".cargo/bin")),
        );
    candidates
        .map(|dir| dir.join("tauri-driver"))
        .find(|p| p.is_file())
        .unwrap_or_else(|| {
            panic!("tauri-driver not found: `cargo install tauri-driver --locked --version ^2`")
        })
}

/// A port nothing listens on now (a driver left over by a crashed run
/// cannot be mistaken for ours).
fn free_port() -> u16 {
    std::net::TcpListener::bind(("127.0.0.1", 0))
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .unwrap_or_else(|e| panic!("no free port: {e}"))
}

fn wait_for_port(port: u16, timeout: Duration) -> bool {
    let start = Instant::now();
    while start.elapsed() < timeout {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    false
}

/// Runs an async window test on its own runtime, and shuts that runtime down
/// with a time limit: a WebDriver connection left in the blocking pool must
/// not hang the test run. Panics (failed assertions) still fail the test.
pub fn run_window_test<F: std::future::Future<Output = ()>>(test: F) {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap_or_else(|e| panic!("tokio runtime: {e}"));
    let limited = async {
        if tokio::time::timeout(Duration::from_secs(120), test)
            .await
            .is_err()
        {
            panic!("the window test did not finish within two minutes");
        }
    };
    let outcome =
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| runtime.block_on(limited)));
    runtime.shutdown_timeout(Duration::from_secs(2));
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// Where screenshots of failed waits go: `$RUMBO_SHOTS`, or the system's
/// temporary folder.
fn failure_shot_dir() -> PathBuf {
    std::env::var_os("RUMBO_SHOTS")
        .map(PathBuf::from)
        .unwrap_or_else(|| std::env::temp_dir().join("rumbo-e2e-failures"))
}

/// Logs a step of a window test with the time since the test began; the
/// test runner shows it only when the test fails.
fn trace(what: &str) {
    static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(Instant::now);
    eprintln!("[{:7.2}s] {what}", start.elapsed().as_secs_f64());
}

/// The text an element shows: the DOM's `innerText`, which honours CSS
/// (hidden elements have none). WebKitWebDriver's own element text leaves
/// out text styled with `display: -webkit-box` (line clamping).
async fn visible_text(element: &fantoccini::elements::Element) -> String {
    // Rows styled with `content-visibility: auto` are not rendered while off
    // screen, so their innerText is empty until scrolled to; their
    // textContent is still there.
    match element.prop("innerText").await {
        Ok(Some(text)) if !text.is_empty() => text,
        _ => element
            .prop("textContent")
            .await
            .ok()
            .flatten()
            .unwrap_or_default(),
    }
}

/// A screenshot of the X display the window is on (Xvfb in the tests),
/// taken with ImageMagick's `import`. WebKitWebDriver's own screenshot
/// waits for a new frame, which an idle page never draws, and then blocks
/// every later command of the session.
fn screenshot(path: &Path) -> bool {
    Command::new("import")
        .args(["-window", "root"])
        .arg(path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// A running app window with its own home (config, data, caches) and its
/// own WebDriver ports.
pub struct AppWindow {
    pub client: Client,
    driver: Child,
}

/// Where a test's app keeps its preferences and WebKit caches, with a
/// D-Bus session bus of its own: Rumbo finds a running instance of itself
/// on the session bus (single instance), so a test's app must never meet
/// the desktop's Rumbo, another test's, or one left over by a failed test.
pub struct Home {
    pub dir: tempfile::TempDir,
    bus: Option<Child>,
    bus_address: String,
    env: Vec<(String, std::ffi::OsString)>,
}

/// Starts a private session bus (`dbus-daemon`) and returns it with its address.
fn private_bus() -> Option<(Child, String)> {
    use std::io::BufRead;
    let mut child = Command::new("dbus-daemon")
        .args(["--session", "--nofork", "--nopidfile", "--print-address=1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    let stdout = child.stdout.take()?;
    let mut line = String::new();
    let read = std::io::BufReader::new(stdout).read_line(&mut line);
    let address = line.trim().to_string();
    if read.is_err() || address.is_empty() {
        let _ = child.kill();
        let _ = child.wait();
        return None;
    }
    Some((child, address))
}

impl Home {
    /// A home with its own session bus (when `dbus-daemon` is installed;
    /// otherwise one with none, where Rumbo starts without single-instance).
    pub fn new() -> Home {
        let dir = tempdir();
        match private_bus() {
            Some((bus, bus_address)) => Home {
                dir,
                bus: Some(bus),
                bus_address,
                env: Vec::new(),
            },
            None => Home::no_bus_in(dir),
        }
    }

    /// A home whose session bus address leads nowhere, as on a system
    /// without D-Bus.
    pub fn without_session_bus() -> Home {
        Home::no_bus_in(tempdir())
    }

    fn no_bus_in(dir: tempfile::TempDir) -> Home {
        let bus_address = format!("unix:path={}", dir.path().join("no-bus").display());
        Home {
            dir,
            bus: None,
            bus_address,
            env: Vec::new(),
        }
    }

    /// Whether this home has a working session bus of its own.
    pub fn has_bus(&self) -> bool {
        self.bus.is_some()
    }

    /// Sets an extra environment variable for the apps started in this home.
    pub fn set_env(&mut self, key: &str, value: impl Into<std::ffi::OsString>) {
        self.env.push((key.to_string(), value.into()));
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Gives `command` this home's environment: XDG folders, session bus,
    /// the locale `lang` and any extra variables.
    pub fn apply(&self, command: &mut Command, lang: &str) {
        command
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_CACHE_HOME", self.path().join("cache"))
            .env("DBUS_SESSION_BUS_ADDRESS", &self.bus_address)
            .env("LANG", lang)
            .env("LANGUAGE", lang.split('.').next().unwrap_or(lang))
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES");
        for (key, value) in &self.env {
            command.env(key, value);
        }
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        if let Some(mut bus) = self.bus.take() {
            let _ = Command::new("kill")
                .args(["-TERM", &bus.id().to_string()])
                .status();
            let _ = bus.wait();
        }
    }
}

impl Default for Home {
    fn default() -> Self {
        Home::new()
    }
}

impl AppWindow {
    /// Starts the built app with `args` in `home`, in the locale `lang`, and
    /// connects to it, on free ports of its own.
    pub async fn launch(home: &Home, lang: &str, args: &[&Path]) -> AppWindow {
        AppWindow::launch_program(home, lang, args, &binary("rumbo-app")).await
    }

    /// Like [`AppWindow::launch`], with `program` started in place of the
    /// app (a wrapper that runs the app, e.g. under `strace`).
    pub async fn launch_program(
        home: &Home,
        lang: &str,
        args: &[&Path],
        program: &Path,
    ) -> AppWindow {
        // The app quit just before may still be closing (saving where the
        // window was): a new one started now would hand its files to that
        // one, as a second instance does, and never open a window of its
        // own.
        if !wait_for_exit(home) {
            end_lingering_app(home);
        }
        let (port, native_port) = (free_port(), free_port());
        trace(&format!("launch {args:?} in {lang} on port {port}"));
        let mut command = Command::new(tauri_driver());
        command
            .args([
                "--port",
                &port.to_string(),
                "--native-port",
                &native_port.to_string(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        home.apply(&mut command, lang);
        let driver = command
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start tauri-driver: {e}"));
        assert!(
            wait_for_port(port, Duration::from_secs(20)),
            "tauri-driver did not listen on {port}"
        );
        let args: Vec<String> = args.iter().map(|a| a.display().to_string()).collect();
        let capabilities = serde_json::json!({
            "tauri:options": { "application": program, "args": args },
            "browserName": "wry",
        });
        let serde_json::Value::Object(capabilities) = capabilities else {
            unreachable!()
        };
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let mut client = None;
        let mut last_error = String::new();
        for _ in 0..5 {
            match fantoccini::ClientBuilder::new(connector.clone())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(c) => {
                    client = Some(c);
                    break;
                }
                Err(e) => {
                    last_error = e.to_string();
                    tokio::time::sleep(Duration::from_millis(500)).await;
                }
            }
        }
        let client = client.unwrap_or_else(|| panic!("no WebDriver session: {last_error}"));
        trace("session started");
        AppWindow { client, driver }
    }

    /// Waits for an element, up to ten seconds.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        trace(&format!("find {css}"));
        match self
            .client
            .wait()
            .at_most(Duration::from_secs(10))
            .for_element(Locator::Css(css))
            .await
        {
            Ok(element) => element,
            Err(e) => {
                let shot = self.failure_shot().await;
                panic!("no element {css}: {e} (screenshot: {shot})")
            }
        }
    }

    /// Saves what the window shows when a test is about to fail.
    async fn failure_shot(&self) -> String {
        let dir = failure_shot_dir();
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join(format!("failure-{}.png", std::process::id()));
        if screenshot(&path) {
            path.display().to_string()
        } else {
            "none".to_string()
        }
    }

    /// Waits until the text of the element at `css` contains `needle`.
    pub async fn wait_for_text(&self, css: &str, needle: &str) -> String {
        trace(&format!("wait for {needle:?} in {css}"));
        let start = Instant::now();
        let mut last = String::new();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok(elements) = self.client.find_all(Locator::Css(css)).await {
                for element in elements {
                    let text = visible_text(&element).await;
                    if text.contains(needle) {
                        return text;
                    }
                    last = text;
                }
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let shot = self.failure_shot().await;
        panic!("{css} never showed {needle:?}; last text: {last:?} (screenshot: {shot})");
    }

    /// Every element matching `css` now (no waiting).
    pub async fn all(&self, css: &str) -> Vec<fantoccini::elements::Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
    }

    /// The id of the element that has the keyboard focus.
    pub async fn active_id(&self) -> Option<String> {
        let element = self.client.active_element().await.ok()?;
        element.attr("id").await.ok().flatten()
    }

    /// Confirms the deletion question. A click that comes while the
    /// question is still appearing can be dropped by WebKitWebDriver: it is
    /// pressed again until the question is gone.
    pub async fn confirm_delete(&self) {
        for _ in 0..3 {
            self.click("[data-testid=confirm-delete]").await;
            if self.wait_until_gone("[data-testid=confirm-delete]").await {
                return;
            }
        }
        panic!("the deletion question never closed");
    }

    /// Waits up to ten seconds for no element to match `css`; false if one still does.
    pub async fn wait_until_gone(&self, css: &str) -> bool {
        trace(&format!("wait until {css} is gone"));
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if self.all(css).await.is_empty() {
                return true;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        false
    }

    /// Texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self
            .client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_default()
        {
            texts.push(element.text().await.unwrap_or_default());
        }
        texts
    }

    /// Replaces the value of the input at `css` with `value`.
    pub async fn fill(&self, css: &str, value: &str) {
        let input = self.find(css).await;
        trace(&format!("fill {css} with {value:?}"));
        // As a person would: brought into view first (WebKitWebDriver will
        // not clear a field under a panel's footer).
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'})",
                vec![serde_json::to_value(&input).unwrap_or_default()],
            )
            .await;
        input
            .clear()
            .await
            .unwrap_or_else(|e| panic!("clear {css}: {e}"));
        // An empty value is typed as a space taken back, so that the field
        // hears an edit (a clear alone may not tell it).
        let keys = if value.is_empty() { " \u{E003}" } else { value };
        input
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("type into {css}: {e}"));
    }

    /// Clicks the first button or link whose text — or the text of one of
    /// its parts — is `label`.
    pub async fn click_labelled(&self, label: &str) {
        trace(&format!("click the button {label:?}"));
        // A button or link that is exactly the label comes first; then one
        // with a part (a name in a row) that is.
        let exact = format!(
            "(//button[normalize-space()='{label}'] | //a[normalize-space()='{label}'])[1]"
        );
        let part = format!("(//button[.//*[normalize-space()='{label}']])[1]");
        for (xpath, wait) in [(exact, 2), (part, 10)] {
            let found = self
                .client
                .wait()
                .at_most(Duration::from_secs(wait))
                .for_element(Locator::XPath(&xpath))
                .await;
            if let Ok(element) = found {
                self.click_element(&element, label).await;
                return;
            }
        }
        panic!("no button {label:?}");
    }

    /// Presses keys where the focus is, as one chord: WebDriver's modifier
    /// keys (`Key::Control`, `Key::Shift`…, as characters) stay down until
    /// the end (`"\u{E009}k"` is Ctrl+K).
    pub async fn press(&self, keys: &str) {
        trace(&format!("press {:?}", keys.escape_unicode().to_string()));
        let target = match self.client.active_element().await {
            Ok(element) => element,
            Err(_) => self.find("body").await,
        };
        target
            .send_keys(keys)
            .await
            .unwrap_or_else(|e| panic!("press {keys:?}: {e}"));
        tokio::time::sleep(Duration::from_millis(150)).await;
    }

    /// Runs a script in the window and returns its value.
    pub async fn eval(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// What axe-core (the accessibility engine, from the UI's npm packages:
    /// never part of the app) finds against the WCAG 2.1 A and AA rules in
    /// the window now: one line per failing element, `rule (impact): target
    /// — what fails`. Empty when the window passes.
    pub async fn axe(&self) -> Vec<String> {
        let loaded = self
            .eval("return typeof window.axe === 'object'")
            .await
            .as_bool()
            .unwrap_or(false);
        if !loaded {
            let source = std::fs::read_to_string(axe_source()).unwrap_or_else(|e| {
                panic!("{}: {e} (run `npm ci` in ui/)", axe_source().display())
            });
            self.eval(&format!("{source}\n;return typeof window.axe;"))
                .await;
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            window.axe
              .run(document, {
                runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
                resultTypes: ['violations'],
              })
              .then((result) => done(result.violations.flatMap((v) => v.nodes.map((n) =>
                `${v.id} (${v.impact}): ${n.target.join(' ')} — ${(n.failureSummary || '').replace(/\s+/g, ' ').trim()}`))))
              .catch((e) => done([`axe failed: ${e}`]));
        "#;
        let value = self
            .client
            .execute_async(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("axe: {e}"));
        value
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The window's place and size on the X display: (x, y, width, height).
    pub fn x_geometry(&self, title: &str) -> Option<(i32, i32, u32, u32)> {
        let id = x_window(title)?;
        let out = Command::new("xdotool")
            .args(["getwindowgeometry", "--shell", &id])
            .output()
            .ok()?;
        let text = text(&out.stdout);
        let get = |key: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{key}=")))
                .and_then(|v| v.trim().parse::<i64>().ok())
        };
        Some((
            i32::try_from(get("X")?).ok()?,
            i32::try_from(get("Y")?).ok()?,
            u32::try_from(get("WIDTH")?).ok()?,
            u32::try_from(get("HEIGHT")?).ok()?,
        ))
    }

    /// Moves and resizes the window titled `title` as a person would with
    /// the mouse (xdotool, on the same X display as the app).
    pub fn move_window(&self, title: &str, x: i32, y: i32, width: u32, height: u32) {
        let id = x_window(title)
            .unwrap_or_else(|| panic!("no window {title:?} among {:?}", x_windows()));
        for args in [
            vec![
                "windowsize".to_string(),
                id.clone(),
                width.to_string(),
                height.to_string(),
            ],
            vec![
                "windowmove".to_string(),
                id.clone(),
                x.to_string(),
                y.to_string(),
            ],
        ] {
            let ok = Command::new("xdotool")
                .args(&args)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "xdotool {args:?} failed");
            std::thread::sleep(Duration::from_millis(300));
        }
    }

    /// Presses Escape where the focus is (closes an editor panel or dialog).
    pub async fn escape(&self) {
        trace("press Escape");
        let key = char::from(fantoccini::key::Key::Escape).to_string();
        if let Ok(element) = self.client.active_element().await {
            let _ = element.send_keys(&key).await;
        }
        std::thread::sleep(Duration::from_millis(300));
    }

    /// Clicks the element at `css`.
    pub async fn click(&self, css: &str) {
        trace(&format!("click {css}"));
        let element = self.find(css).await;
        self.click_element(&element, css).await;
    }

    /// Clicks `element`. A panel that is still sliding in, or a row out of
    /// view, can refuse a click for a moment: the element is scrolled to the
    /// middle of the view and the click tried again.
    async fn click_element(&self, element: &fantoccini::elements::Element, what: &str) {
        let mut last_error = String::new();
        // In the middle of the view, clear of sticky headers and the toast.
        let _ = self
            .client
            .execute(
                "arguments[0].scrollIntoView({block: 'center'})",
                vec![serde_json::to_value(element).unwrap_or_default()],
            )
            .await;
        for _ in 0..10 {
            match element.click().await {
                Ok(_) => return,
                Err(e) => last_error = format!("{e:?}"),
            }
            let _ = self
                .client
                .execute(
                    "arguments[0].scrollIntoView({block: 'center'})",
                    vec![serde_json::to_value(element).unwrap_or_default()],
                )
                .await;
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        let shot = self.failure_shot().await;
        panic!("click {what}: {last_error} (screenshot: {shot})");
    }

    /// Answers the native save dialog titled `title` as a person would:
    /// types `path` into its name field and presses Enter (xdotool, on the
    /// same X display as the app).
    pub async fn answer_save_dialog(&self, title: &str, path: &Path) {
        trace(&format!("save dialog {title:?} -> {}", path.display()));
        let start = Instant::now();
        let window = loop {
            let out = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", title])
                .output()
                .unwrap_or_else(|e| panic!("xdotool is needed for dialogs: {e}"));
            let found = text(&out.stdout).lines().last().map(str::to_string);
            if let Some(id) = found.filter(|id| !id.is_empty()) {
                break id;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let shot = self.failure_shot().await;
                panic!("no dialog {title:?} appeared (screenshot: {shot})");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        // Let GTK finish mapping the dialog and focus its name field.
        tokio::time::sleep(Duration::from_millis(800)).await;
        let xdo = |args: &[&str]| {
            let ok = Command::new("xdotool")
                .args(args)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "xdotool {args:?} failed");
        };
        // Xvfb runs no window manager: focus the dialog directly.
        xdo(&["windowfocus", "--sync", &window]);
        xdo(&["key", "ctrl+a"]);
        xdo(&["type", "--delay", "15", &path.display().to_string()]);
        tokio::time::sleep(Duration::from_millis(300)).await;
        xdo(&["key", "Return"]);
    }

    /// Waits for the native dialog titled `title` and presses `key` in it
    /// (xdotool, on the same X display as the app): `Escape` cancels.
    pub async fn press_in_dialog(&self, title: &str, key: &str) {
        trace(&format!("dialog {title:?}: press {key}"));
        let start = Instant::now();
        let window = loop {
            let out = Command::new("xdotool")
                .args(["search", "--onlyvisible", "--name", title])
                .output()
                .unwrap_or_else(|e| panic!("xdotool is needed for dialogs: {e}"));
            let found = text(&out.stdout).lines().last().map(str::to_string);
            if let Some(id) = found.filter(|id| !id.is_empty()) {
                break id;
            }
            if start.elapsed() > Duration::from_secs(20) {
                let shot = self.failure_shot().await;
                panic!("no dialog {title:?} appeared (screenshot: {shot})");
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        };
        tokio::time::sleep(Duration::from_millis(800)).await;
        for args in [vec!["windowfocus", "--sync", &window], vec!["key", key]] {
            let ok = Command::new("xdotool")
                .args(&args)
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "xdotool {args:?} failed");
        }
    }

    /// Whether a window titled `title` is on the display now.
    pub fn dialog_open(&self, title: &str) -> bool {
        Command::new("xdotool")
            .args(["search", "--onlyvisible", "--name", title])
            .output()
            .is_ok_and(|o| !text(&o.stdout).trim().is_empty())
    }

    /// Saves a screenshot to `$RUMBO_SHOTS/NAME.png` when that variable is set.
    pub async fn shot(&self, name: &str) {
        if let Some(dir) = std::env::var_os("RUMBO_SHOTS") {
            trace(&format!("screenshot {name}"));
            // Let the last change be painted.
            std::thread::sleep(Duration::from_millis(400));
            let _ = std::fs::create_dir_all(&dir);
            screenshot(&PathBuf::from(dir).join(format!("{name}.png")));
        }
    }

    /// Ends the session (the app quits) and stops the driver with SIGTERM,
    /// never SIGKILL, so that WebKitWebDriver frees its port.
    pub async fn quit(mut self) {
        trace("quit");
        let _ = self.client.clone().close().await;
        let _ = Command::new("kill")
            .args(["-TERM", &self.driver.id().to_string()])
            .status();
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(10) {
            if let Ok(Some(_)) = self.driver.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        let _ = self.driver.kill();
    }
}

/// A test that fails before [`AppWindow::quit`] still stops its driver (and
/// with it WebKitWebDriver and the app), so that nothing is left running to
/// hold ports, the build's files or the next test's display.
impl Drop for AppWindow {
    fn drop(&mut self) {
        if let Ok(None) = self.driver.try_wait() {
            let _ = Command::new("kill")
                .args(["-TERM", &self.driver.id().to_string()])
                .status();
            let start = Instant::now();
            while start.elapsed() < Duration::from_secs(5) {
                if let Ok(Some(_)) = self.driver.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
            let _ = self.driver.kill();
            let _ = self.driver.wait();
        }
    }
}

/// The window (not a dialog) titled `title`, on the X display.
fn x_window(title: &str) -> Option<String> {
    // The title is set by the interface once the workspace shows, and
    // xdotool's own name matching is a regular expression in the C locale
    // (the title's dash is not ASCII): list the visible windows and compare
    // their names here, for a few seconds.
    let start = Instant::now();
    loop {
        let found = x_windows()
            .into_iter()
            .filter(|(_, name)| name == title)
            .map(|(id, _)| id)
            .next_back();
        if found.is_some() || start.elapsed() > Duration::from_secs(10) {
            return found;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// The visible windows of the X display: (id, name).
fn x_windows() -> Vec<(String, String)> {
    let Ok(out) = Command::new("xdotool")
        .args(["search", "--onlyvisible", "--name", "."])
        .output()
    else {
        return Vec::new();
    };
    text(&out.stdout)
        .lines()
        .filter(|id| !id.is_empty())
        .filter_map(|id| {
            let name = Command::new("xdotool")
                .args(["getwindowname", id])
                .output()
                .ok()?;
            Some((id.to_string(), text(&name.stdout).trim_end().to_string()))
        })
        .collect()
}

/// axe-core's script, from the interface's npm packages (`ui/node_modules`):
/// the tests inject it into the window; the app never carries it.
fn axe_source() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../ui/node_modules/axe-core/axe.min.js")
}

/// WebDriver's keys, to write chords for [`AppWindow::press`].
pub mod keys {
    pub const CONTROL: char = '\u{E009}';
    pub const SHIFT: char = '\u{E008}';
    pub const ENTER: char = '\u{E007}';
    pub const TAB: char = '\u{E004}';
    pub const PAGE_UP: char = '\u{E00E}';
    pub const PAGE_DOWN: char = '\u{E00F}';
    pub const ARROW_DOWN: char = '\u{E015}';
    pub const F1: char = '\u{E031}';
}

/// The processes running the built app (`rumbo-app`) in `home`: those whose
/// executable is the app and whose environment carries this home's
/// `XDG_CONFIG_HOME`. Reads `/proc` (Linux).
pub fn app_pids(home: &Home) -> Vec<u32> {
    let marker = format!("XDG_CONFIG_HOME={}", home.path().join("config").display());
    let app = binary("rumbo-app");
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pid: u32 = entry.file_name().to_str()?.parse().ok()?;
            let exe = std::fs::read_link(entry.path().join("exe")).ok()?;
            if exe != app {
                return None;
            }
            let environ = std::fs::read(entry.path().join("environ")).ok()?;
            environ
                .split(|b| *b == 0)
                .any(|var| var == marker.as_bytes())
                .then_some(pid)
        })
        .collect()
}

/// Waits until the app of `home` has ended — WebKit's processes take a
/// while to go on a machine busy with builds: up to half a minute. Whether
/// it ended in that time.
pub fn wait_for_exit(home: &Home) -> bool {
    let start = Instant::now();
    while !app_pids(home).is_empty() {
        if start.elapsed() > Duration::from_secs(30) {
            return false;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    true
}

/// Ends an app that a test's WebDriver session left running (its session
/// closed, it did not end within 30 s), saying so with where each of its
/// threads waits, so that the next launch opens a window of its own. (That
/// the app ends by itself when its window is closed or the session ends is
/// what `safety_window.rs` checks.)
fn end_lingering_app(home: &Home) {
    for pid in app_pids(home) {
        let threads: Vec<String> = std::fs::read_dir(format!("/proc/{pid}/task"))
            .map(|tasks| {
                tasks
                    .flatten()
                    .map(|task| {
                        let read = |name: &str| {
                            std::fs::read_to_string(task.path().join(name))
                                .unwrap_or_default()
                                .trim()
                                .to_string()
                        };
                        format!("{} ({})", read("comm"), read("wchan"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        trace(&format!(
            "the app quit before (pid {pid}) is still running after 30 s; its threads: {}; ending it",
            threads.join(", ")
        ));
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    wait_for_exit(home);
}

/// Whether this test runs as root (mounting file systems needs it).
pub fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| text(&o.stdout).trim() == "0")
}

/// A small tmpfs mounted on a temporary folder, unmounted when dropped: a
/// real disk that fills up or turns read-only.
pub struct Tmpfs {
    dir: tempfile::TempDir,
}

impl Tmpfs {
    /// Mounts a tmpfs of `size` (e.g. `"4m"`). `None`, with the reason
    /// printed, when that is impossible here (not root, no `mount`).
    pub fn mount(size: &str, test: &str) -> Option<Tmpfs> {
        if !is_root() {
            println!("SKIPPED {test}: mounting a tmpfs needs root");
            return None;
        }
        let dir = tempdir();
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

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Makes the whole mount read-only, as a write-protected stick is.
    pub fn remount_read_only(&self) {
        let status = Command::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status();
        assert!(status.is_ok_and(|s| s.success()), "remount read-only");
    }

    /// Fills the disk with a file named `name`, until no byte is left.
    pub fn fill(&self, name: &str) -> PathBuf {
        use std::io::Write;
        let path = self.path().join(name);
        let mut file =
            std::fs::File::create(&path).unwrap_or_else(|e| panic!("create {name}: {e}"));
        let block = vec![0x5a_u8; 64 * 1024];
        // A short write takes the last bytes that fit; the next one fails.
        while matches!(file.write(&block), Ok(n) if n > 0) {}
        let _ = file.sync_all();
        path
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

/// The names of the files in `folder`, sorted.
pub fn listing(folder: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(folder)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    names
}
