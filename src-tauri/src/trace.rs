//! The stages of a start, for finding where its time goes: with
//! `RUMBO_TRACE=1` in the environment, each stage is printed to standard
//! error with the milliseconds since the process started — Tauri's setup,
//! the window made, the menu bar built, the workspace opened, the page
//! loading and loaded, the first commands the window sends (by name, as
//! each arrives) and the health check's two halves (the workspace read,
//! the check done).
//! `scripts/bench-window.sh` prints one traced start. Without the variable
//! nothing is measured or printed.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Instant;

/// How many of the window's first commands are traced.
const COMMANDS: u32 = 16;

static START: OnceLock<Option<Instant>> = OnceLock::new();
static SEEN: AtomicU32 = AtomicU32::new(0);

/// Starts the clock (the first thing `main` does).
pub fn init() {
    START.get_or_init(|| {
        std::env::var_os("RUMBO_TRACE")
            .is_some_and(|v| v == "1")
            .then(Instant::now)
    });
}

fn since_start() -> Option<f64> {
    START
        .get()
        .copied()
        .flatten()
        .map(|start| start.elapsed().as_secs_f64() * 1000.0)
}

/// Prints a stage, when tracing.
pub fn mark(stage: &str) {
    if let Some(ms) = since_start() {
        eprintln!("rumbo-trace {ms:8.1} ms  {stage}");
    }
}

/// Whether the next command the window sends is among the first traced.
pub fn traces_command() -> bool {
    since_start().is_some() && SEEN.fetch_add(1, Ordering::Relaxed) < COMMANDS
}
