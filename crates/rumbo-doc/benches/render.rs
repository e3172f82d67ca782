//! PDF export times for the sample and the large workspace: a first export
//! (a new renderer with Typst's caches emptied, as in a fresh process) and
//! a re-export after one edit (the renderer kept, as in the app).
//! `scripts/bench.sh` adds fresh-process timings and peak memory.

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use rumbo_core::Lang;
use rumbo_core::interchange::WorkspaceDoc;
use rumbo_core::model::DocFormat;
use rumbo_doc::{Renderer, Source};

fn source(doc: &WorkspaceDoc) -> Source<'_> {
    Source {
        doc,
        date: NaiveDate::from_ymd_opt(2026, 11, 23).unwrap_or_default(),
        version: None,
        previous: None,
        versions: &[],
        alone: None,
    }
}

fn pdf(renderer: &mut Renderer, doc: &WorkspaceDoc) -> usize {
    match renderer.render(&source(doc), DocFormat::Pdf, false) {
        Ok(output) => output.bytes.len(),
        Err(e) => panic!("{e}"),
    }
}

fn bench(c: &mut Criterion) {
    for (name, doc) in [
        ("sample", rumbo_core::sample::workspace(Lang::En)),
        ("large", rumbo_core::large::workspace(Lang::En)),
    ] {
        let mut group = c.benchmark_group(name);
        group.sample_size(10);
        group.bench_function("first export", |b| {
            b.iter(|| {
                comemo::evict(0);
                pdf(&mut Renderer::new(), &doc)
            });
        });
        let mut renderer = Renderer::new();
        let mut edited = doc.clone();
        pdf(&mut renderer, &edited);
        let mut step = 0.0;
        group.bench_function("export after one edit", |b| {
            b.iter(|| {
                step += 1.0;
                edited.objectives[0].target = Some(500.0 + step);
                let size = pdf(&mut renderer, &edited);
                rumbo_doc::evict();
                size
            });
        });
        group.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
