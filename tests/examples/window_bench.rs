//! The in-window figures of `scripts/bench-window.sh`: a built app driven
//! through WebDriver under Xvfb, each figure timed inside the page (from
//! the click or the saved edit to the frame that shows the result).
//!
//! - section switches on a workspace: to Channels and to Objectives, the
//!   first time (a fresh window, once it has done what its start leaves
//!   for when it is idle: the records loaded), with the pointer resting on
//!   the section 150 ms before the click as a mouse's does (half the
//!   windows) or the click alone (`first.cold`, the other half), and warm
//!   (the view built again), with the switch to the profile (a
//!   page without a list) as the baseline measured in the same window;
//! - the preview after an edit: an objective's title changed through the
//!   app's own commands while the document shows the page that holds it,
//!   until that page is drawn again; and after a change of the document's
//!   title (every page); with the layout time the window reports;
//! - optionally, a list of 10,000 objectives: the interface over its fake
//!   backend (`ui/dev/mock.html`, built like the app) in WebKitGTK's
//!   MiniBrowser — the same engine as the window — driven by WebKitWebDriver.
//!
//! `--stages-only` measures the page's stages of the start and nothing
//! else (to compare two builds' starts from inside the page quickly).
//!
//! Prints one `name value` line per figure (milliseconds, medians of the
//! runs); the script turns them into its table.
//!
//! ```text
//! window_bench --bin-dir DIR --workspace NAME=FILE... [--runs N] [--edits N]
//!              [--mock-url URL --minibrowser PATH] [--stages-only]
//! ```

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use rumbo_e2e::{AppWindow, Client, Home, run_window_test};
use serde_json::{Value, json};

/// Runs `f(arguments…, done)` in the page and waits for its answer.
const PAINT: &str = r#"
window.__benchFrame = () => new Promise((r) => requestAnimationFrame(() => r()));
// The frame showing what is in the DOM now has been painted: a task queued
// from a frame callback runs after that frame's rendering.
window.__benchPainted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
// Resolves when `test()` holds, checked after every DOM change.
window.__benchWhen = (test, ms = 30000) => new Promise((resolve, reject) => {
  if (test()) return resolve();
  const timer = setTimeout(() => { observer.disconnect(); reject(new Error('timed out')); }, ms);
  const observer = new MutationObserver(() => {
    if (test()) { observer.disconnect(); clearTimeout(timer); resolve(); }
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
});
"#;

/// Clicks a section of the sidebar and times it until `ready` matches and
/// that frame is painted.
const SWITCH: &str = r#"
const [section, ready, point, done] = arguments;
(async () => {
  const button = document.querySelector(`[data-testid="nav-${section}"]`);
  if (!button) return done({ error: `no section ${section}` });
  if (point > 0) {
    // The pointer comes to rest on the section, as a mouse's does before
    // the click (not timed).
    button.dispatchEvent(new PointerEvent('pointerenter', { bubbles: false }));
    await new Promise((r) => setTimeout(r, point));
  }
  const start = performance.now();
  button.click();
  try {
    await window.__benchWhen(() => document.querySelector(ready) !== null);
  } catch (e) {
    return done({ error: `${section}: ${ready} never showed` });
  }
  await window.__benchPainted();
  done({ ms: performance.now() - start });
})();
"#;

/// Shows page `index` of the preview and waits until it is drawn.
const SHOW_PAGE: &str = r#"
const [index, done] = arguments;
(async () => {
  try {
    await window.__benchWhen(() => document.querySelectorAll('[data-testid="doc-preview"] ol > li').length > index);
    document.querySelectorAll('[data-testid="doc-preview"] ol > li')[index].scrollIntoView({ block: 'start' });
    await window.__benchWhen(() => document.querySelector(`img[data-page-index="${index}"]`) !== null);
    await window.__benchPainted();
    done({ ok: true });
  } catch (e) {
    done({ error: `page ${index} was never drawn` });
  }
})();
"#;

/// Saves an edit through the app's own commands (as the record editor
/// does) and times, from the saved edit, until page `index` shows a new
/// image and that frame is painted. `edit` is `record` (kind, id, field,
/// value) or `title` (the document's title).
const EDIT: &str = r#"
const [edit, index, done] = arguments;
const invoke = window.__TAURI_INTERNALS__.invoke;
(async () => {
  const image = () => document.querySelector(`img[data-page-index="${index}"]`);
  const before = image()?.getAttribute('src');
  try {
    if (edit.kind === 'title') {
      const settings = await invoke('document_settings_get');
      settings.title = edit.value;
      await invoke('document_settings_save', { settings });
    } else {
      const list = await invoke('record_list', { kind: edit.kind });
      const record = list.find((r) => r.id === edit.id);
      record[edit.field] = edit.value;
      await invoke('record_update', { kind: edit.kind, record });
    }
  } catch (e) {
    return done({ error: `the edit failed: ${JSON.stringify(e)}` });
  }
  const start = performance.now();
  try {
    await window.__benchWhen(() => {
      const now = image();
      return now !== null && now.getAttribute('src') !== before && now.complete;
    });
  } catch (e) {
    return done({ error: `page ${index} was not drawn again` });
  }
  await window.__benchPainted();
  const ms = performance.now() - start;
  // "laid out in 1.4 s" / "laid out in 95 ms"
  const took = document.querySelector('[data-testid="doc-preview-took"]')?.textContent ?? '';
  const match = took.match(/([\d.,]+)\s*(ms|s)\b/);
  const layout = match ? Number(match[1].replace(',', '.')) * (match[2] === 's' ? 1000 : 1) : null;
  done({ ms, layout });
})();
"#;

struct Options {
    bin_dir: PathBuf,
    workspaces: Vec<(String, PathBuf)>,
    runs: usize,
    edits: usize,
    mock_url: Option<String>,
    minibrowser: Option<PathBuf>,
    stages_only: bool,
}

fn options() -> Options {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        bin_dir: PathBuf::new(),
        workspaces: Vec::new(),
        runs: 5,
        edits: 3,
        mock_url: None,
        minibrowser: None,
        stages_only: false,
    };
    while let Some(arg) = args.next() {
        let mut value = || args.next().unwrap_or_else(|| panic!("{arg} needs a value"));
        match arg.as_str() {
            "--bin-dir" => options.bin_dir = PathBuf::from(value()),
            "--workspace" => {
                let value = value();
                let (name, file) = value
                    .split_once('=')
                    .unwrap_or_else(|| panic!("--workspace NAME=FILE, not {value}"));
                options
                    .workspaces
                    .push((name.to_string(), PathBuf::from(file)));
            }
            "--runs" => options.runs = value().parse().unwrap_or(5),
            "--edits" => options.edits = value().parse().unwrap_or(3),
            "--mock-url" => options.mock_url = Some(value()),
            "--minibrowser" => options.minibrowser = Some(PathBuf::from(value())),
            "--stages-only" => options.stages_only = true,
            other => panic!("unknown argument {other}"),
        }
    }
    assert!(
        options.bin_dir.is_dir(),
        "--bin-dir names the folder of rumbo-app and rumbo"
    );
    options
}

fn median(values: &mut [f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    values.sort_by(f64::total_cmp);
    Some(values[values.len() / 2])
}

/// Collected figures, by name, over the runs.
#[derive(Default)]
struct Figures(Vec<(String, Vec<f64>)>);

impl Figures {
    fn add(&mut self, name: &str, value: f64) {
        match self.0.iter_mut().find(|(n, _)| n == name) {
            Some((_, values)) => values.push(value),
            None => self.0.push((name.to_string(), vec![value])),
        }
    }

    fn print(&mut self) {
        for (name, values) in &mut self.0 {
            if let Some(m) = median(values) {
                println!("{name} {m:.1}");
            }
        }
    }
}

async fn run_script(client: &Client, script: &str, args: Vec<Value>) -> Value {
    client
        .execute(PAINT, vec![])
        .await
        .unwrap_or_else(|e| panic!("cannot prepare the page: {e}"));
    let answer = client
        .execute_async(script, args)
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}"));
    if let Some(error) = answer.get("error") {
        panic!("{error}");
    }
    answer
}

async fn switch(client: &Client, section: &str, ready: &str, point: u64) -> f64 {
    run_script(
        client,
        SWITCH,
        vec![json!(section), json!(ready), json!(point)],
    )
    .await["ms"]
        .as_f64()
        .unwrap_or(f64::NAN)
}

const PROFILE: &str = "[data-testid=profile-form]";
const CHANNEL_ROW: &str = "[data-testid=channel-row]";
const OBJECTIVE_ROW: &str = "[data-testid=objective-row]";

/// The sections with a list (besides channels and objectives), each with
/// what shows once its records are drawn; the slowest switch of them all is
/// reported too ("any section").
const OTHER_LISTS: [(&str, &str); 8] = [
    ("audiences", "[data-testid=audience-row]"),
    ("fit", "[data-testid=fit-row]"),
    ("departments", "[data-testid=department-row]"),
    ("internal", "[data-testid=flow-row]"),
    ("recommendations", "[data-testid=recommendation-row]"),
    ("accounts", "[data-testid=account-row]"),
    ("conduct", "[data-testid=moderators] .moderator-row"),
    ("campaigns", "[data-testid=campaign-row]"),
];

/// A switch to a section that may hold nothing in this workspace: `None`
/// when its rows never show.
async fn switch_if_any(client: &Client, section: &str, ready: &str, point: u64) -> Option<f64> {
    client
        .execute(PAINT, vec![])
        .await
        .unwrap_or_else(|e| panic!("cannot prepare the page: {e}"));
    let answer = client
        .execute_async(SWITCH, vec![json!(section), json!(ready), json!(point)])
        .await
        .unwrap_or_else(|e| panic!("script failed: {e}"));
    answer.get("ms").and_then(Value::as_f64)
}

/// How long the pointer rests on a section before the click, in the
/// first round of a pointed window (a mouse user's usual pause).
const POINT_MS: u64 = 150;

/// Section switches: first time, then warm, with the profile as baseline.
/// The first round is `first` when the pointer rests on each section
/// before its click (`pointed`), `first.cold` when the click comes alone
/// (a script's, or a shortcut's).
async fn switches(
    client: &Client,
    name: &str,
    warm_rounds: usize,
    pointed: bool,
    figures: &mut Figures,
) {
    if pointed {
        switch_round(client, name, "first", POINT_MS, figures).await;
    } else {
        switch_round(client, name, "first.cold", 0, figures).await;
    }
    for _ in 0..warm_rounds {
        switch_round(client, name, "warm", 0, figures).await;
    }
}

/// One round of switches, each followed by one back to the profile:
/// Channels, Objectives, then the other lists (the slowest of them is the
/// round's figure); `when` names the round's figures (`first`, `warm`);
/// `point`: ms the pointer rests on each section before its click.
async fn switch_round(client: &Client, name: &str, when: &str, point: u64, figures: &mut Figures) {
    for (section, ready) in [("channels", CHANNEL_ROW), ("objectives", OBJECTIVE_ROW)] {
        figures.add(
            &format!("{name}.switch.{section}.{when}"),
            switch(client, section, ready, point).await,
        );
        figures.add(
            &format!("{name}.switch.profile"),
            switch(client, "profile", PROFILE, 0).await,
        );
    }
    let mut slowest: f64 = 0.0;
    for (section, ready) in OTHER_LISTS {
        if let Some(ms) = switch_if_any(client, section, ready, point).await {
            figures.add(&format!("{name}.switch.{section}.{when}"), ms);
            slowest = slowest.max(ms);
        }
        let _ = switch(client, "profile", PROFILE, 0).await;
    }
    figures.add(&format!("{name}.switch.others.{when}"), slowest);
}

/// The first page of the document, as `rumbo render` lays it out, that
/// holds `needle` (0-based), read with `pdftotext`.
fn page_holding(rumbo: &Path, file: &Path, needle: &str) -> usize {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pdf = dir.path().join("doc.pdf");
    let status = Command::new(rumbo)
        .arg("render")
        .arg(file)
        .args(["--format", "pdf", "-o"])
        .arg(&pdf)
        .stdout(Stdio::null())
        .status()
        .unwrap_or_else(|e| panic!("rumbo render: {e}"));
    assert!(status.success(), "rumbo render failed");
    let text = Command::new("pdftotext")
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext: {e}"));
    let text = String::from_utf8_lossy(&text.stdout);
    let words = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    text.split('\u{c}')
        .position(|page| words(page).contains(needle))
        .unwrap_or_else(|| panic!("no page holds {needle:?}"))
}

/// The objective an edit changes: the middle one of the workspace, its id
/// and title, from `rumbo export-json`.
fn objective_to_edit(rumbo: &Path, file: &Path) -> (i64, String) {
    let out = Command::new(rumbo)
        .arg("export-json")
        .arg(file)
        .args(["-o", "-"])
        .output()
        .unwrap_or_else(|e| panic!("rumbo export-json: {e}"));
    let doc: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let objectives = doc["objectives"].as_array().cloned().unwrap_or_default();
    let chosen = &objectives[objectives.len() / 2];
    (
        chosen["id"].as_i64().unwrap_or(1),
        chosen["title"].as_str().unwrap_or_default().to_string(),
    )
}

async fn previews(
    client: &Client,
    name: &str,
    (id, title): &(i64, String),
    page: usize,
    edits: usize,
    figures: &mut Figures,
) {
    let _ = switch(client, "document", "[data-testid=doc-page]", 0).await;
    run_script(client, SHOW_PAGE, vec![json!(page)]).await;
    // Let the first drawing of the pages around it finish.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    for n in 0..edits {
        let edit = json!({ "kind": "objective", "id": id, "field": "title", "value": format!("{title} (rev. {n})") });
        let answer = run_script(client, EDIT, vec![edit, json!(page)]).await;
        figures.add(
            &format!("{name}.preview.body"),
            answer["ms"].as_f64().unwrap_or(f64::NAN),
        );
        if let Some(layout) = answer["layout"].as_f64() {
            figures.add(&format!("{name}.preview.body.layout"), layout);
        }
        tokio::time::sleep(Duration::from_millis(800)).await;
    }
    let edit = json!({ "kind": "title", "value": format!("Strategy {name}, revised") });
    let answer = run_script(client, EDIT, vec![edit, json!(page)]).await;
    figures.add(
        &format!("{name}.preview.title"),
        answer["ms"].as_f64().unwrap_or(f64::NAN),
    );
    if let Some(layout) = answer["layout"].as_f64() {
        figures.add(&format!("{name}.preview.title.layout"), layout);
    }
}

/// The stages of the page's start, in milliseconds since it began to
/// load: the document read, parsed and loaded, the first paint WebKit
/// reports, and the interface's own marks (`rumbo:*`, `ui/src/lib/state/idle.ts`
/// and `ui/public/early.js`: the first screen's early reads answered,
/// script evaluated, state read, shell mounted, first frame painted, health
/// check in, the first screen's answers in, its main column built, the
/// whole first screen painted, every section's records loaded).
async fn page_stages(client: &Client, name: &str, figures: &mut Figures) {
    let stages = client
        .execute(
            r#"const nav = performance.getEntriesByType('navigation')[0];
               const out = {};
               if (nav) { out.response = nav.responseEnd; out.parsed = nav.domInteractive; out.loaded = nav.loadEventEnd; }
               for (const p of performance.getEntriesByType('paint')) out[p.name] = p.startTime;
               for (const m of performance.getEntriesByType('mark'))
                 if (m.name.startsWith('rumbo:')) out[m.name.slice(6)] = m.startTime;
               return out;"#,
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot read the page's timeline: {e}"));
    if let Value::Object(stages) = stages {
        for (stage, ms) in stages {
            if let Some(ms) = ms.as_f64() {
                figures.add(&format!("{name}.page.{stage}"), ms);
            }
        }
    }
}

/// Waits until the window has done what its start leaves for when it is
/// idle (the page's `rumbo:preloaded` mark), then a moment more. A build
/// without the mark (an older one, measured with `RUMBO_DIR`) is given
/// 10 s and measured as it is then.
async fn idle_work_done(client: &Client) {
    let answer = client
        .execute_async(
            r#"const [done] = arguments;
               const started = performance.now();
               const look = () => {
                 if (performance.getEntriesByName('rumbo:preloaded').length > 0) return done({ ok: true });
                 if (performance.now() - started > 10000) return done({ missing: true });
                 setTimeout(look, 50);
               };
               look();"#,
            vec![],
        )
        .await
        .unwrap_or_else(|e| panic!("cannot read the page's timeline: {e}"));
    if answer.get("missing").is_some() {
        eprintln!(
            "the window set no rumbo:preloaded mark in 10 s (an older build?): measuring it as it is"
        );
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
}

/// A WebKitWebDriver of its own, on a free port, for MiniBrowser.
struct Driver {
    process: std::process::Child,
    port: u16,
    _home: tempfile::TempDir,
}

impl Driver {
    fn start() -> Driver {
        let port = std::net::TcpListener::bind(("127.0.0.1", 0))
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .unwrap_or_else(|e| panic!("{e}"));
        let home = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let process = Command::new("WebKitWebDriver")
            .arg(format!("--port={port}"))
            .env("XDG_CONFIG_HOME", home.path().join("config"))
            .env("XDG_DATA_HOME", home.path().join("data"))
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            // WebKit as the app runs it (`WEBKIT_DEFAULTS` in
            // `src-tauri/src/main.rs`), for MiniBrowser's web process.
            .env("WEBKIT_DISABLE_DMABUF_RENDERER", "1")
            .env("JSC_useDFGJIT", "false")
            .env("JSC_useFTLJIT", "false")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("WebKitWebDriver: {e}"));
        for _ in 0..200 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Driver {
            process,
            port,
            _home: home,
        }
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        // SIGTERM, so that WebKitWebDriver frees its port.
        let _ = Command::new("kill")
            .args(["-TERM", &self.process.id().to_string()])
            .status();
        let _ = self.process.wait();
    }
}

/// A list of 10,000 objectives in the interface over its fake backend, in
/// a new MiniBrowser window.
async fn long_list(driver: &Driver, url: &str, minibrowser: &Path, figures: &mut Figures) {
    let capabilities = json!({
        "webkitgtk:browserOptions": { "binary": minibrowser, "args": ["--automation"] }
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    let client =
        fantoccini::ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities)
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
            .unwrap_or_else(|e| panic!("MiniBrowser session: {e}"));
    let _ = client.set_window_rect(0, 0, 1200, 780).await;
    client
        .goto(url)
        .await
        .unwrap_or_else(|e| panic!("{url}: {e}"));
    client
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(fantoccini::Locator::Css(PROFILE))
        .await
        .unwrap_or_else(|e| panic!("the interface did not start in MiniBrowser: {e}"));
    idle_work_done(&client).await;
    figures.add(
        "list10k.switch.objectives.first",
        switch(&client, "objectives", OBJECTIVE_ROW, 0).await,
    );
    figures.add(
        "list10k.switch.profile",
        switch(&client, "profile", PROFILE, 0).await,
    );
    for _ in 0..3 {
        figures.add(
            "list10k.switch.objectives.warm",
            switch(&client, "objectives", OBJECTIVE_ROW, 0).await,
        );
        figures.add(
            "list10k.switch.profile",
            switch(&client, "profile", PROFILE, 0).await,
        );
    }
    let _ = client.close().await;
}

fn main() {
    let options = options();
    // The e2e harness finds the app through this.
    // SAFETY: set before any thread is started.
    #[allow(unsafe_code)]
    unsafe {
        std::env::set_var("RUMBO_BIN_DIR", &options.bin_dir);
    }
    let rumbo = options.bin_dir.join("rumbo");
    let mut figures = Figures::default();
    for (name, file) in &options.workspaces {
        let objective = objective_to_edit(&rumbo, file);
        let needle: String = objective
            .1
            .split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ");
        let page = page_holding(&rumbo, file, &needle);
        eprintln!(
            "{name}: editing objective {} on page {}",
            objective.0,
            page + 1
        );
        for run in 0..options.runs {
            eprintln!("{name}: window {} of {}", run + 1, options.runs);
            // A copy per window: each starts from the same workspace.
            let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
            let copy = dir.path().join(file.file_name().unwrap_or_default());
            std::fs::copy(file, &copy).unwrap_or_else(|e| panic!("{e}"));
            let figures = &mut figures;
            let objective = &objective;
            let edits = options.edits;
            let stages_only = options.stages_only;
            run_window_test(async move {
                let home = Home::new();
                let app = AppWindow::launch(&home, "en_US.UTF-8", &[&copy]).await;
                app.find("[data-testid=workspace-title]").await;
                app.find(PROFILE).await;
                // What the start leaves for after the first paint is done:
                // every section's records loaded (the page's
                // `rumbo:preloaded` mark).
                idle_work_done(&app.client).await;
                page_stages(&app.client, name, figures).await;
                if stages_only {
                    app.quit().await;
                    return;
                }
                switches(&app.client, name, 3, run % 2 == 0, figures).await;
                previews(&app.client, name, objective, page, edits, figures).await;
                app.quit().await;
            });
        }
    }
    if let (Some(url), Some(minibrowser)) = (&options.mock_url, &options.minibrowser) {
        let driver = Driver::start();
        for run in 0..options.runs {
            eprintln!("list of 10,000: window {} of {}", run + 1, options.runs);
            let figures = &mut figures;
            let driver = &driver;
            run_window_test(async move {
                long_list(driver, url, minibrowser, figures).await;
            });
        }
    }
    figures.print();
}
