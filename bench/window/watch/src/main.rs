//! Starts a program under X (Xvfb in the benchmark) and reports, from
//! outside the program, what a person would see:
//!
//! - `mapped_ms`: when its window was mapped (shown), from the moment the
//!   program was started;
//! - `painted_ms`: when the window was painted completely — the time of the
//!   first frame from which the window showed only what it shows at the end
//!   (its final frame, or the frames a blinking caret alternates between);
//! - `pss_mb`: the proportional set size of the program's whole process
//!   tree (the app, WebKit's web and network processes) once it settled.
//!
//! How: the X DAMAGE extension reports every paint into the window; after
//! each, the window's pixels are read and hashed, so only real changes
//! count. The program is then ended with SIGTERM (as a session end does).
//!
//! ```text
//! window-watch [--settle SECS] [--timeout SECS] [--min-width PX] [--frames DIR] -- PROGRAM [ARGS...]
//! ```
//!
//! Prints one line: `mapped_ms=… painted_ms=… frames=… pss_mb=… processes=…`.
//! With `--frames DIR`, every distinct frame is also written to DIR as a
//! PPM image named by its time (`0412ms.ppm`), to see what was painted when.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashSet};
use std::hash::Hasher;
use std::os::raw::{c_int, c_uint, c_ulong};
use std::process::{Child, Command, Stdio};
use std::ptr;
use std::time::{Duration, Instant};

use x11::xlib;

// The three functions of libXdamage this needs (no Rust binding ships them).
#[link(name = "Xdamage")]
unsafe extern "C" {
    fn XDamageQueryExtension(
        display: *mut xlib::Display,
        event_base: *mut c_int,
        error_base: *mut c_int,
    ) -> xlib::Bool;
    fn XDamageCreate(display: *mut xlib::Display, drawable: c_ulong, level: c_int) -> c_ulong;
    fn XDamageSubtract(display: *mut xlib::Display, damage: c_ulong, repair: c_ulong, parts: c_ulong);
}

/// `XDamageReportNonEmpty`: one event each time the damage stops being empty.
const REPORT_NON_EMPTY: c_int = 3;
/// `XDamageNotify`, added to the extension's event base.
const DAMAGE_NOTIFY: c_int = 0;

struct Options {
    settle: Duration,
    timeout: Duration,
    min_width: i32,
    frames: Option<std::path::PathBuf>,
    program: Vec<String>,
}

fn options() -> Options {
    let mut args = std::env::args().skip(1);
    let mut options = Options {
        settle: Duration::from_secs(3),
        timeout: Duration::from_secs(30),
        min_width: 400,
        frames: None,
        program: Vec::new(),
    };
    let seconds = |value: Option<String>| {
        Duration::from_secs_f64(value.and_then(|v| v.parse().ok()).unwrap_or_else(|| usage()))
    };
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--settle" => options.settle = seconds(args.next()),
            "--timeout" => options.timeout = seconds(args.next()),
            "--min-width" => {
                options.min_width = args.next().and_then(|v| v.parse().ok()).unwrap_or_else(|| usage())
            }
            "--frames" => options.frames = Some(args.next().unwrap_or_else(|| usage()).into()),
            "--" => {
                options.program = args.collect();
                break;
            }
            _ => usage(),
        }
    }
    if options.program.is_empty() {
        usage();
    }
    options
}

fn usage() -> ! {
    eprintln!(
        "usage: window-watch [--settle SECS] [--timeout SECS] [--min-width PX] [--frames DIR] -- PROGRAM [ARGS...]"
    );
    std::process::exit(2);
}

/// X errors (a window gone between two requests) are expected: ignored.
unsafe extern "C" fn ignore_errors(_: *mut xlib::Display, _: *mut xlib::XErrorEvent) -> c_int {
    0
}

/// A hash of the window's pixels now, and with `keep` the frame as a PPM
/// image; `None` if they cannot be read.
fn frame_hash(display: *mut xlib::Display, window: xlib::Window, keep: bool) -> Option<(u64, Vec<u8>)> {
    unsafe {
        let mut attributes: xlib::XWindowAttributes = std::mem::zeroed();
        if xlib::XGetWindowAttributes(display, window, &mut attributes) == 0
            || attributes.map_state != xlib::IsViewable
        {
            return None;
        }
        let image = xlib::XGetImage(
            display,
            window,
            0,
            0,
            attributes.width as c_uint,
            attributes.height as c_uint,
            !0,
            xlib::ZPixmap,
        );
        if image.is_null() {
            return None;
        }
        let length = ((*image).bytes_per_line * (*image).height) as usize;
        let bytes = std::slice::from_raw_parts((*image).data as *const u8, length);
        let mut hasher = DefaultHasher::new();
        hasher.write(bytes);
        let hash = hasher.finish();
        let mut ppm = Vec::new();
        if keep && (*image).bits_per_pixel == 32 {
            let (width, height) = ((*image).width as usize, (*image).height as usize);
            ppm.extend_from_slice(format!("P6\n{width} {height}\n255\n").as_bytes());
            for row in bytes.chunks((*image).bytes_per_line as usize).take(height) {
                for pixel in row.chunks(4).take(width) {
                    // ZPixmap at depth 24 on a little-endian server: B, G, R, unused.
                    ppm.extend_from_slice(&[pixel[2], pixel[1], pixel[0]]);
                }
            }
        }
        xlib::XDestroyImage(image);
        Some((hash, ppm))
    }
}

/// The processes under `root` (itself included), from `/proc`.
fn process_tree(root: u32) -> Vec<u32> {
    let mut parents: BTreeMap<u32, u32> = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir("/proc") {
        for entry in entries.flatten() {
            let Some(pid) = entry.file_name().to_str().and_then(|s| s.parse::<u32>().ok()) else {
                continue;
            };
            // `pid (name) state ppid …`; the name may hold spaces and parentheses.
            let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
                continue;
            };
            let Some(after) = stat.rfind(')').map(|i| &stat[i + 1..]) else {
                continue;
            };
            if let Some(ppid) = after.split_whitespace().nth(1).and_then(|s| s.parse().ok()) {
                parents.insert(pid, ppid);
            }
        }
    }
    let mut tree = vec![root];
    let mut grew = true;
    while grew {
        grew = false;
        for (pid, ppid) in &parents {
            if tree.contains(ppid) && !tree.contains(pid) {
                tree.push(*pid);
                grew = true;
            }
        }
    }
    tree
}

/// Proportional set size of a process, in kB (`/proc/PID/smaps_rollup`).
fn pss_kb(pid: u32) -> u64 {
    std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup"))
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("Pss:"))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn terminate(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    let _ = child.wait();
}

/// When the window was painted completely: the first frame from which every
/// later frame is one of the frames it settled on.
fn painted_at(frames: &[(Duration, u64)], steady: &HashSet<u64>) -> Option<Duration> {
    let mut at = None;
    for (time, hash) in frames {
        if steady.contains(hash) {
            at.get_or_insert(*time);
        } else {
            at = None;
        }
    }
    at
}

fn main() {
    let options = options();
    let display = unsafe { xlib::XOpenDisplay(ptr::null()) };
    if display.is_null() {
        eprintln!("window-watch: no X display (set DISPLAY, or run under xvfb-run)");
        std::process::exit(2);
    }
    let (mut event_base, mut error_base) = (0, 0);
    unsafe {
        xlib::XSetErrorHandler(Some(ignore_errors));
        if XDamageQueryExtension(display, &mut event_base, &mut error_base) == 0 {
            eprintln!("window-watch: the X server has no DAMAGE extension");
            std::process::exit(2);
        }
        let root = xlib::XDefaultRootWindow(display);
        xlib::XSelectInput(display, root, xlib::SubstructureNotifyMask);
        xlib::XSync(display, xlib::False);
    }

    let start = Instant::now();
    let mut child = match Command::new(&options.program[0])
        .args(&options.program[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            eprintln!("window-watch: cannot start {}: {error}", options.program[0]);
            std::process::exit(2);
        }
    };

    let mut window: Option<(xlib::Window, Duration)> = None;
    let mut frames: Vec<(Duration, u64)> = Vec::new();
    let mut last_change = Duration::ZERO;
    let mut exited = None;
    loop {
        let mut damaged = false;
        unsafe {
            while xlib::XPending(display) > 0 {
                let mut event: xlib::XEvent = std::mem::zeroed();
                xlib::XNextEvent(display, &mut event);
                let kind = event.get_type();
                if kind == xlib::MapNotify && window.is_none() {
                    let mapped = event.map.window;
                    let mut attributes: xlib::XWindowAttributes = std::mem::zeroed();
                    if xlib::XGetWindowAttributes(display, mapped, &mut attributes) != 0
                        && attributes.width >= options.min_width
                    {
                        window = Some((mapped, start.elapsed()));
                        XDamageCreate(display, mapped, REPORT_NON_EMPTY);
                        damaged = true;
                    }
                } else if kind == event_base + DAMAGE_NOTIFY {
                    // XDamageNotifyEvent starts with type, serial, send_event,
                    // display, drawable and damage, each one word wide.
                    let raw = &event as *const xlib::XEvent as *const c_ulong;
                    let damage = *raw.add(5);
                    XDamageSubtract(display, damage, 0, 0);
                    damaged = true;
                }
            }
        }
        let now = start.elapsed();
        if let (true, Some((id, _))) = (damaged, window)
            && let Some((hash, image)) = frame_hash(display, id, options.frames.is_some())
            && frames.last().is_none_or(|(_, last)| *last != hash)
        {
            if let Some(dir) = &options.frames {
                let _ = std::fs::write(dir.join(format!("{:05}ms.ppm", now.as_millis())), image);
            }
            frames.push((now, hash));
            last_change = now;
        }
        if window.is_some() && !frames.is_empty() && now - last_change >= options.settle {
            break;
        }
        if now >= options.timeout {
            break;
        }
        if let Ok(Some(status)) = child.try_wait() {
            exited = Some(status);
            break;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let end = start.elapsed();

    if let Some(status) = exited {
        eprintln!("window-watch: the program ended early ({status})");
        std::process::exit(1);
    }
    let tree = process_tree(child.id());
    let pss: u64 = tree.iter().map(|pid| pss_kb(*pid)).sum();
    terminate(&mut child);

    let Some((_, mapped)) = window else {
        eprintln!("window-watch: no window was mapped within {:?}", options.timeout);
        std::process::exit(1);
    };
    // Settled: the last frame. Still changing at the timeout (a caret
    // blinking): the frames of the last `settle` seconds.
    let steady: HashSet<u64> = if end - last_change >= options.settle {
        frames.last().map(|(_, h)| *h).into_iter().collect()
    } else {
        let from = end.saturating_sub(options.settle);
        frames
            .iter()
            .filter(|(t, _)| *t >= from)
            .map(|(_, h)| *h)
            .chain(frames.iter().rev().take(1).map(|(_, h)| *h))
            .collect()
    };
    let painted = painted_at(&frames, &steady).unwrap_or(end);
    println!(
        "mapped_ms={} painted_ms={} frames={} pss_mb={:.1} processes={}",
        mapped.as_millis(),
        painted.as_millis(),
        frames.len(),
        pss as f64 / 1024.0,
        tree.len()
    );
}
