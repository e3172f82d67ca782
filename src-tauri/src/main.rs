//! Rumbo's desktop app: the thin shell (window, commands, menus, dialogs)
//! over the Tauri-free core and store.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

mod backups;
#[cfg(test)]
mod bundle_config;
#[cfg(test)]
mod command_names;
mod commands;
mod dialogs;
mod document;
#[cfg(test)]
mod ipc_fuzz;
mod links;
mod memory;
mod menu;
mod prefs;
mod records;
mod rules;
mod run;
mod start;
mod state;
mod trace;
mod validate;
mod view;
mod window;
mod window_state;

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rumbo_core::Lang;
use rumbo_core::ipc::MenuAction;
use tauri::{Emitter, Manager, RunEvent, WindowEvent};

use commands::Action;
use state::{Inner, Shared, lock};

/// What the command line asked for: a workspace to open, or the sample when
/// there is nothing to reopen (`--sample`, used by the README's run command).
struct Launch {
    file: Option<PathBuf>,
    sample_if_none: bool,
}

fn launch_args() -> Launch {
    let cwd = std::env::current_dir().unwrap_or_default();
    Launch {
        file: window::file_argument(std::env::args_os(), &cwd),
        sample_if_none: std::env::args_os().skip(1).any(|a| a == "--sample"),
    }
}

fn system_lang() -> Lang {
    sys_locale::get_locale()
        .and_then(|l| Lang::parse(&l))
        .unwrap_or_else(Lang::from_env)
}

/// Ends the app as if its window were closed when the session ends
/// (SIGTERM at logout or shutdown, SIGHUP) or on Ctrl+C in a terminal, so
/// that the workspace is closed properly: one file, no `-wal` beside it.
#[cfg(unix)]
fn quit_on_signals<R: tauri::Runtime>(app: &tauri::AppHandle<R>) {
    use tokio::signal::unix::{SignalKind, signal};
    let app = app.clone();
    tauri::async_runtime::spawn(async move {
        let (Ok(mut term), Ok(mut hangup), Ok(mut interrupt)) = (
            signal(SignalKind::terminate()),
            signal(SignalKind::hangup()),
            signal(SignalKind::interrupt()),
        ) else {
            eprintln!("rumbo: cannot listen for the end of the session");
            return;
        };
        tokio::select! {
            _ = term.recv() => {}
            _ = hangup.recv() => {}
            _ = interrupt.recv() => {}
        }
        app.exit(0);
    });
}

#[cfg(not(unix))]
fn quit_on_signals<R: tauri::Runtime>(_app: &tauri::AppHandle<R>) {}

/// The window's commands, each traced when it is among the first of a
/// traced start ([`trace`]), and each counted as work after which the free
/// memory is given back ([`memory`]).
fn traced<R: tauri::Runtime>(
    handler: impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static,
) -> impl Fn(tauri::ipc::Invoke<R>) -> bool + Send + Sync + 'static {
    move |invoke| {
        memory::busy();
        if trace::traces_command() {
            trace::mark(&format!("command {}", invoke.message.command()));
        }
        handler(invoke)
    }
}

/// How WebKitGTK runs the window, each set only where the person has not
/// set it in the environment (WebKit's web process inherits the app's):
///
/// - `WEBKIT_DISABLE_DMABUF_RENDERER`: blank windows on some NVIDIA and
///   Wayland systems otherwise; also a faster first paint;
/// - `JSC_useDFGJIT`, `JSC_useFTLJIT` (JavaScriptCore's options): the
///   interface's script runs in the interpreter and the baseline compiler
///   only. The two optimizing compilers pay off for long computations,
///   which the interface does not do (its work comes in short bursts: a
///   view built, a list drawn, a key typed); they cost memory (about 8 MB
///   of the process tree with the sample workspace, 7 MB with the large
///   one) and compile on the cores the start needs. Measured with
///   `scripts/bench-window.sh`, which also runs the list of 10,000 rows
///   with them;
/// - `JSC_largeHeapSize` (4 MB, JavaScriptCore's default 32 MB): how much
///   the page's script may allocate before its first garbage collection.
///   The start allocates less than 32 MB in all, so with the default
///   nothing it threw away was ever collected; a collection of a heap this
///   small takes a millisecond or two. The sample's process tree 1.5 MB
///   smaller (interleaved starts, 7 each), the start no slower.
#[cfg(target_os = "linux")]
const WEBKIT_DEFAULTS: [(&str, &str); 4] = [
    ("WEBKIT_DISABLE_DMABUF_RENDERER", "1"),
    ("JSC_useDFGJIT", "false"),
    ("JSC_useFTLJIT", "false"),
    ("JSC_largeHeapSize", "4194304"),
];

fn main() {
    trace::init();
    #[cfg(target_os = "linux")]
    for (name, value) in WEBKIT_DEFAULTS {
        if std::env::var_os(name).is_none() {
            // SAFETY: the first thing main does, before any other thread
            // exists, so nothing can be reading the environment meanwhile.
            #[allow(unsafe_code)]
            unsafe {
                std::env::set_var(name, value);
            }
        }
    }
    memory::init();
    let launch = launch_args();

    let app = tauri::Builder::default()
        // First, so that a second launch hands over its file and ends before
        // anything else starts. Without a D-Bus session bus (Linux) it does
        // nothing and Rumbo starts normally.
        .plugin(tauri_plugin_single_instance::init(|app, args, cwd| {
            window::second_launch(app, args, cwd);
        }))
        .plugin(tauri_plugin_dialog::init())
        // Links are opened from Rust only (`open_link`); no script is added
        // to the page and the webview has no opener permission.
        .plugin(
            tauri_plugin_opener::Builder::new()
                .open_js_links_on_click(false)
                .build(),
        )
        .invoke_handler(traced(commands::handler()))
        .setup(move |app| {
            trace::mark("setup");
            let config_dir = app.path().app_config_dir()?;
            let shared: Shared = Arc::new(Mutex::new(Inner::new(
                config_dir.join("prefs.json"),
                system_lang(),
            )));
            app.manage(shared.clone());
            app.manage(document::DocShared::default());
            let data_dir = app.path().app_data_dir()?;
            let reopen = {
                let inner = lock(&shared);
                launch
                    .file
                    .clone()
                    .or_else(|| inner.prefs.last_open.clone())
            };
            // The window opens where this workspace was last shown (or where
            // the window last was), before the file is read.
            let (geometry, zoom) = {
                let inner = lock(&shared);
                let geometry = reopen
                    .as_deref()
                    .and_then(|path| inner.window_of(path))
                    .or(inner.prefs.window);
                (geometry, inner.prefs.zoom)
            };
            window::create(app.handle(), geometry, zoom)?;
            trace::mark("window made");
            // The workspace is read on a thread of its own while the window
            // loads its page: that thread holds the state's lock from before
            // setup goes on until the file is open, so the window's first
            // command waits for it, and the main thread is free to show the
            // window meanwhile.
            // The menu bar is in place from the start, as it will be once
            // the file is open (built again only if the open fails).
            app.manage(menu::Shown::default());
            menu::show_opening(app.handle(), reopen.as_deref());
            let (locked, is_locked) = std::sync::mpsc::channel();
            let opener = shared.clone();
            let handle = app.handle().clone();
            let sample_if_none = launch.sample_if_none;
            let from_command_line = launch.file.is_some();
            std::thread::Builder::new()
                .name("rumbo-open".into())
                .spawn(move || {
                    let mut inner = lock(&opener);
                    let _ = locked.send(());
                    let result = match reopen {
                        Some(path) => inner.open(&path),
                        None if sample_if_none => inner.open_sample(&data_dir),
                        None => Ok(()),
                    };
                    if let Err(error) = result {
                        inner.pending_error = Some(error.to_api(inner.lang()));
                        if !from_command_line {
                            // The remembered workspace is gone or damaged: start on the welcome screen.
                            inner.prefs.last_open = None;
                        }
                    }
                    drop(inner);
                    trace::mark("workspace opened");
                    let menus = handle.clone();
                    let _ = handle.run_on_main_thread(move || menu::refresh(&menus));
                })?;
            // The opener has the lock (or has ended) before setup goes on.
            let _ = is_locked.recv();
            backups::start_timer(app.handle());
            quit_on_signals(app.handle());
            trace::mark("setup done");
            Ok(())
        })
        .on_menu_event(|app, event| {
            let id = event.id().as_ref();
            // Actions that replace or close the workspace go through the
            // window, which saves what is being typed first.
            let for_window = match id {
                menu::NEW => Some(MenuAction::New),
                menu::OPEN => Some(MenuAction::Open),
                menu::CLOSE => Some(MenuAction::Close),
                menu::SAVE_COPY => Some(MenuAction::SaveCopy),
                menu::BACKUPS => Some(MenuAction::Backups),
                menu::PALETTE => Some(MenuAction::Palette),
                menu::GUIDE => Some(MenuAction::Guide),
                menu::SHORTCUTS => Some(MenuAction::Shortcuts),
                menu::ABOUT => Some(MenuAction::About),
                _ => id.strip_prefix(menu::RECENT_PREFIX).and_then(|index| {
                    let index: usize = index.parse().ok()?;
                    let shared = app.state::<Shared>();
                    let path = lock(shared.inner()).prefs.recent.get(index).cloned()?;
                    Some(MenuAction::OpenPath {
                        path: path.display().to_string(),
                    })
                }),
            };
            if let Some(action) = for_window {
                let _ = app.emit(run::MENU_ACTION_EVENT, action);
                return;
            }
            let zoom = match id {
                menu::ZOOM_IN => Some(1),
                menu::ZOOM_OUT => Some(-1),
                menu::ZOOM_RESET => Some(0),
                _ => None,
            };
            if let Some(steps) = zoom {
                view::zoom(app, steps);
                return;
            }
            let action = match id {
                menu::CLEAR_RECENT => Some(Action::ClearRecent),
                _ => menu::parse_language(id)
                    .map(Action::Language)
                    .or_else(|| menu::parse_theme(id).map(Action::Theme)),
            };
            if let Some(action) = action {
                // GTK has already ticked the item chosen (or unticked the
                // one in use): the bar is built again, as the state says.
                menu::forget(app);
                let app = app.clone();
                tauri::async_runtime::spawn(async move {
                    commands::perform(&app, action).await;
                });
            }
        })
        .on_window_event(|window, event| {
            if matches!(event, WindowEvent::Moved(_) | WindowEvent::Resized(_))
                && let Some(window) = window.app_handle().get_webview_window(window.label())
            {
                window_state::changed(&window);
            }
        })
        .build(tauri::generate_context!());

    let app = match app {
        Ok(app) => app,
        Err(error) => {
            eprintln!("rumbo: the window could not start: {error}");
            std::process::exit(1);
        }
    };
    app.run(|app, event| {
        if let RunEvent::Exit = event
            && let Some(shared) = app.try_state::<Shared>()
        {
            lock(shared.inner()).close_for_exit();
        }
    });
}
