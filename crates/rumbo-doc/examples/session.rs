//! A long editing session on the large workspace, as the app's preview and
//! exports go through it: one renderer kept, one edit after another, each
//! followed by a layout, a PDF and the cache trimming the app does
//! (`rumbo_doc::evict`). Prints the time of each stage and the process's
//! resident memory as the session goes on, to show it stays bounded.
//! `scripts/bench.sh` runs it (release): `cargo run --release -p rumbo-doc
//! --example session [EDITS] [large|sample]` (the large workspace unless
//! told; `scripts/bench-window.sh` runs it on both).

use std::time::Instant;

use chrono::NaiveDate;
use rumbo_core::Lang;
use rumbo_doc::{Renderer, Source};

/// Resident memory in MB, from `/proc/self/statm` (Linux; 0 elsewhere).
fn resident_mb() -> u64 {
    let pages = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| {
            s.split_whitespace()
                .nth(1)
                .and_then(|p| p.parse::<u64>().ok())
        })
        .unwrap_or(0);
    pages * 4096 / (1024 * 1024)
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

fn main() {
    let edits: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(40);
    let date = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default();
    let mut doc = match std::env::args().nth(2).as_deref() {
        Some("sample") => rumbo_core::sample::workspace(Lang::En),
        _ => rumbo_core::large::workspace(Lang::En),
    };
    let mut renderer = Renderer::new();
    let (mut layouts, mut pdfs) = (Vec::new(), Vec::new());
    let mut memory = Vec::new();
    for edit in 0..=edits {
        // One edit, as a person makes them: a target, a channel's hours, a
        // recommendation's decision, in turn.
        let (objectives, channels) = (doc.objectives.len(), doc.channels.len());
        match edit % 3 {
            0 => doc.objectives[edit % objectives].target = Some(500.0 + edit as f64),
            1 => doc.channels[edit % channels].weekly_effort_hours = Some((edit % 7) as f64),
            _ => doc.profile.mission = format!("Mission, edit {edit}"),
        }
        let source = Source {
            doc: &doc,
            date,
            version: None,
            previous: None,
            versions: &[],
            alone: None,
        };
        let start = Instant::now();
        let document = match renderer.layout(&source) {
            Ok(document) => document,
            Err(error) => panic!("layout: {error}"),
        };
        let laid_out = start.elapsed().as_secs_f64();
        let start = Instant::now();
        if let Err(error) = rumbo_doc::pdf(&document, date, false) {
            panic!("pdf: {error}");
        }
        let encoded = start.elapsed().as_secs_f64();
        drop(document);
        rumbo_doc::evict();
        if edit == 0 {
            println!(
                "first: layout {laid_out:.3} s, PDF {encoded:.3} s, {} MB",
                resident_mb()
            );
        } else {
            layouts.push(laid_out);
            pdfs.push(encoded);
        }
        if edit > 0 && edit % 10 == 0 {
            memory.push((edit, resident_mb()));
        }
    }
    println!(
        "after an edit (median of {edits}): layout {:.3} s, PDF {:.3} s, total {:.3} s",
        median(&mut layouts.clone()),
        median(&mut pdfs.clone()),
        median(
            &mut layouts
                .iter()
                .zip(&pdfs)
                .map(|(a, b)| a + b)
                .collect::<Vec<_>>()
        )
    );
    let line: Vec<String> = memory
        .iter()
        .map(|(edit, mb)| format!("{mb} MB after {edit}"))
        .collect();
    println!("resident memory: {}", line.join(", "));
}
