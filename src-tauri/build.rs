// The app's own commands are declared here so that they fall under Tauri's
// permission system: the webview may call only what
// `capabilities/default.json` allows by name.
include!("src/command_names.rs");

/// The functions the start runs, listed by `scripts/startup-order.sh`: the
/// linker places them next to each other, so the start reads about 3 MB of
/// the binary's code instead of touching pages spread over its 40 MB (the
/// kernel maps 64 kB around each page touched). Release builds for
/// x86-64 Linux only, where Rust links with LLD; a name that is not in the
/// build (a dependency updated since the list was made) is skipped.
const STARTUP_ORDER: &str = "startup-order.txt";

fn main() {
    let attributes = tauri_build::Attributes::new()
        .app_manifest(tauri_build::AppManifest::new().commands(COMMAND_NAMES));
    if let Err(error) = tauri_build::try_build(attributes) {
        println!("cargo::error={error:#}");
    }
    startup_order();
}

fn startup_order() {
    println!("cargo::rerun-if-changed={STARTUP_ORDER}");
    println!("cargo::rerun-if-env-changed=RUMBO_STARTUP_ORDER");
    let var = |name: &str| std::env::var(name).unwrap_or_default();
    let wanted = var("RUMBO_STARTUP_ORDER") != "0"
        && var("PROFILE") == "release"
        && var("TARGET") == "x86_64-unknown-linux-gnu"
        // Linker flags set by hand (another linker, say: GNU ld has no such
        // option) are left alone.
        && !var("CARGO_ENCODED_RUSTFLAGS").contains("link");
    let path = std::path::Path::new(&var("CARGO_MANIFEST_DIR")).join(STARTUP_ORDER);
    if wanted && path.is_file() {
        println!(
            "cargo::rustc-link-arg-bin=rumbo-app=-Wl,--symbol-ordering-file={}",
            path.display()
        );
        println!("cargo::rustc-link-arg-bin=rumbo-app=-Wl,--no-warn-symbol-ordering");
    }
}
