//! The window's size, position and maximized state, remembered for each
//! workspace (and the last one for the welcome screen), and its zoom. The
//! window opens where the workspace was last shown; a place that is on no
//! screen now (a monitor unplugged, a smaller display) is brought onto one.

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use tauri::{AppHandle, LogicalPosition, LogicalSize, Manager, Runtime, WebviewWindow};

use crate::prefs::WindowGeometry;
use crate::state::lock;

/// A screen's work area (without panels and docks), in logical pixels.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Screen {
    pub x: i32,
    pub y: i32,
    pub width: u32,
    pub height: u32,
}

/// How much of a window's top edge (where its title bar is) must be on a
/// screen for it to count as there: enough to see it and drag it.
const GRAB_WIDTH: i64 = 120;
const GRAB_HEIGHT: i64 = 24;

/// The smallest window Rumbo opens (as `tauri.conf.json`'s minimum size).
pub const MIN_WIDTH: u32 = 860;
pub const MIN_HEIGHT: u32 = 560;

fn overlap(a: (i64, i64), b: (i64, i64)) -> i64 {
    (a.1.min(b.1) - a.0.max(b.0)).max(0)
}

/// Whether enough of the window's top edge is on `screen` to see and drag it.
fn reachable(window: &WindowGeometry, screen: &Screen) -> bool {
    let (x, y) = (i64::from(window.x), i64::from(window.y));
    let (sx, sy) = (i64::from(screen.x), i64::from(screen.y));
    let across = overlap(
        (x, x + i64::from(window.width)),
        (sx, sx + i64::from(screen.width)),
    );
    let down = overlap((y, y + GRAB_HEIGHT), (sy, sy + i64::from(screen.height)));
    across >= GRAB_WIDTH.min(i64::from(window.width)) && down >= GRAB_HEIGHT
}

/// Where a window saved as `saved` opens on these `screens` (the primary
/// first): as saved while its title bar is on one of them; otherwise
/// centred on the first, and no larger than it. With no screen known, as
/// saved.
pub fn onto_screen(saved: WindowGeometry, screens: &[Screen]) -> WindowGeometry {
    let Some(first) = screens.first() else {
        return saved;
    };
    if screens.iter().any(|s| reachable(&saved, s)) {
        return saved;
    }
    let width = saved.width.min(first.width).max(MIN_WIDTH.min(first.width));
    let height = saved
        .height
        .min(first.height)
        .max(MIN_HEIGHT.min(first.height));
    let centre = |start: i32, size: u32, inner: u32| {
        let free = i64::from(size) - i64::from(inner);
        i32::try_from(i64::from(start) + free / 2).unwrap_or(start)
    };
    WindowGeometry {
        x: centre(first.x, first.width, width),
        y: centre(first.y, first.height, height),
        width,
        height,
        maximized: saved.maximized,
    }
}

/// The screens' work areas, the primary first, in logical pixels.
pub fn screens<R: Runtime>(app: &AppHandle<R>) -> Vec<Screen> {
    let primary = app.primary_monitor().ok().flatten();
    let mut monitors = app.available_monitors().unwrap_or_default();
    if let Some(primary) = &primary {
        monitors.sort_by_key(|m| m.name() != primary.name() || m.position() != primary.position());
    }
    monitors
        .iter()
        .map(|m| {
            let area = m.work_area();
            let scale = m.scale_factor();
            let position = area.position.to_logical::<i32>(scale);
            let size = area.size.to_logical::<u32>(scale);
            Screen {
                x: position.x,
                y: position.y,
                width: size.width,
                height: size.height,
            }
        })
        .filter(|s| s.width > 0 && s.height > 0)
        .collect()
}

/// The window's configuration with `geometry` (brought onto a screen).
pub fn configure<R: Runtime>(
    app: &AppHandle<R>,
    config: &mut tauri::utils::config::WindowConfig,
    geometry: WindowGeometry,
) {
    let geometry = onto_screen(geometry, &screens(app));
    config.center = false;
    config.x = Some(f64::from(geometry.x));
    config.y = Some(f64::from(geometry.y));
    config.width = f64::from(geometry.width.max(MIN_WIDTH));
    config.height = f64::from(geometry.height.max(MIN_HEIGHT));
    config.maximized = geometry.maximized;
    started(Some(geometry));
}

/// Moves and sizes the open window to `geometry` (brought onto a screen).
pub fn apply<R: Runtime>(window: &WebviewWindow<R>, geometry: WindowGeometry) {
    let geometry = onto_screen(geometry, &screens(window.app_handle()));
    started(Some(geometry));
    if window.is_maximized().unwrap_or(false) {
        let _ = window.unmaximize();
    }
    let _ = window.set_size(LogicalSize::new(
        geometry.width.max(MIN_WIDTH),
        geometry.height.max(MIN_HEIGHT),
    ));
    let _ = window.set_position(LogicalPosition::new(geometry.x, geometry.y));
    if geometry.maximized {
        let _ = window.maximize();
    }
}

/// The window's geometry now. While maximized, the size and place are
/// those of `before`: the ones to come back to. Nothing while minimized.
fn current<R: Runtime>(
    window: &WebviewWindow<R>,
    before: Option<WindowGeometry>,
) -> Option<WindowGeometry> {
    if window.is_minimized().unwrap_or(false) {
        return None;
    }
    let maximized = window.is_maximized().unwrap_or(false);
    if maximized && let Some(before) = before {
        return Some(WindowGeometry {
            maximized: true,
            ..before
        });
    }
    let scale = window.scale_factor().ok()?;
    let position = window.outer_position().ok()?.to_logical::<i32>(scale);
    let size = window.inner_size().ok()?.to_logical::<u32>(scale);
    if size.width == 0 || size.height == 0 {
        return None;
    }
    Some(WindowGeometry {
        x: position.x,
        y: position.y,
        width: size.width,
        height: size.height,
        maximized,
    })
}

/// The window's latest geometry, kept apart from the shared state so that
/// the main thread, where window events arrive, never waits for a command
/// holding that state.
static LATEST: Mutex<Option<WindowGeometry>> = Mutex::new(None);
/// A save of the preferences is waiting (moves and resizes come in bursts).
static SAVE_PENDING: AtomicBool = AtomicBool::new(false);

fn latest() -> std::sync::MutexGuard<'static, Option<WindowGeometry>> {
    LATEST
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The window opened with `geometry`.
pub fn started(geometry: Option<WindowGeometry>) {
    *latest() = geometry;
}

/// The window was moved or resized: remembers it for the open workspace
/// (or the welcome screen) a moment later, on a thread of its own, and
/// saves the preferences.
pub fn changed<R: Runtime>(window: &WebviewWindow<R>) {
    {
        let mut kept = latest();
        let Some(geometry) = current(window, *kept) else {
            return;
        };
        if *kept == Some(geometry) {
            return;
        }
        *kept = Some(geometry);
    }
    let Some(shared) = window.app_handle().try_state::<crate::state::Shared>() else {
        return;
    };
    let shared = shared.inner().clone();
    if !SAVE_PENDING.swap(true, Ordering::SeqCst) {
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(500));
            SAVE_PENDING.store(false, Ordering::SeqCst);
            let geometry = *latest();
            if let Some(geometry) = geometry {
                let mut inner = lock(&shared);
                inner.remember_window(geometry);
                inner.save_prefs();
            }
        });
    }
}

/// Applies the zoom of the preferences to the window.
pub fn apply_zoom<R: Runtime>(window: &WebviewWindow<R>, zoom: Option<f64>) {
    let _ = window.set_zoom(zoom.unwrap_or(1.0));
}

#[cfg(test)]
mod tests {
    use super::*;

    const LAPTOP: Screen = Screen {
        x: 0,
        y: 0,
        width: 1280,
        height: 800,
    };
    const RIGHT: Screen = Screen {
        x: 1280,
        y: 0,
        width: 1920,
        height: 1080,
    };

    fn at(x: i32, y: i32, width: u32, height: u32) -> WindowGeometry {
        WindowGeometry {
            x,
            y,
            width,
            height,
            maximized: false,
        }
    }

    #[test]
    fn a_window_on_a_screen_stays_where_it_was() {
        for saved in [
            at(100, 50, 1000, 700),
            at(1500, 200, 1200, 800),
            // Partly off the edge, but its title bar can still be grabbed.
            at(-400, 10, 900, 600),
            at(1100, 700, 900, 600),
        ] {
            assert_eq!(onto_screen(saved, &[LAPTOP, RIGHT]), saved, "{saved:?}");
        }
    }

    #[test]
    fn a_window_off_every_screen_comes_back_onto_the_first() {
        // The second monitor was unplugged.
        let back = onto_screen(at(1500, 200, 1200, 700), &[LAPTOP]);
        assert_eq!(back, at(40, 50, 1200, 700));
        // Far away, larger than the screen, and maximized.
        let saved = WindowGeometry {
            maximized: true,
            ..at(-5000, 9000, 2560, 1440)
        };
        let back = onto_screen(saved, &[LAPTOP, RIGHT]);
        assert_eq!(
            back,
            WindowGeometry {
                maximized: true,
                ..at(0, 0, 1280, 800)
            }
        );
        // Only its bottom edge shows: its title bar is above the screen.
        let back = onto_screen(at(100, -590, 900, 600), &[LAPTOP]);
        assert!(back.y >= 0 && back.x >= 0, "{back:?}");
        // Only a sliver at the left edge.
        let back = onto_screen(at(1240, 100, 900, 600), &[LAPTOP]);
        assert_eq!(back, at(190, 100, 900, 600));
    }

    #[test]
    fn a_small_screen_gets_a_window_that_fits() {
        let small = Screen {
            x: 0,
            y: 0,
            width: 800,
            height: 500,
        };
        let back = onto_screen(at(3000, 3000, 1200, 900), &[small]);
        assert_eq!(back, at(0, 0, 800, 500));
    }

    #[test]
    fn with_no_screen_known_nothing_moves() {
        let saved = at(3000, 3000, 1200, 900);
        assert_eq!(onto_screen(saved, &[]), saved);
    }
}
