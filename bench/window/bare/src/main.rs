//! A bare Tauri 2 app: one window of Rumbo's size showing one static page,
//! with no plugin, no command and no state. `scripts/bench-window.sh`
//! measures Rumbo's start, memory and size against it.

fn main() {
    let app = tauri::Builder::default().build(tauri::generate_context!());
    match app {
        Ok(app) => app.run(|_, _| {}),
        Err(error) => {
            eprintln!("bare-window: {error}");
            std::process::exit(1);
        }
    }
}
