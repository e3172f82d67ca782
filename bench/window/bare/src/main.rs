//! A bare Tauri 2 app: one window of Rumbo's size showing one static page,
//! with no plugin, no command and no state. `scripts/bench-window.sh`
//! measures Rumbo's start, memory and size against it.
//!
//! With `RUMBO_TRACE=1`, as Rumbo does, it prints the stages of its start
//! to standard error (milliseconds since the process started: setup, with
//! its window made; the page loading and loaded), so that the benchmark can
//! show where Rumbo's start differs from a bare window's.

use std::time::Instant;

fn main() {
    let start = Instant::now();
    let traced = std::env::var_os("RUMBO_TRACE").is_some_and(|v| v == "1");
    let mark = move |stage: &str| {
        if traced {
            let ms = start.elapsed().as_secs_f64() * 1000.0;
            eprintln!("rumbo-trace {ms:8.1} ms  {stage}");
        }
    };
    let app = tauri::Builder::default()
        .setup(move |_| {
            mark("setup (window made)");
            Ok(())
        })
        .on_page_load(move |_, payload| {
            mark(match payload.event() {
                tauri::webview::PageLoadEvent::Started => "page loading",
                tauri::webview::PageLoadEvent::Finished => "page loaded",
            })
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(error) => {
            eprintln!("bare-window: {error}");
            std::process::exit(1);
        }
    }
}
