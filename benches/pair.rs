//! Pairing on real-shaped archives (`common/archive.rs`, from the WikiNews
//! articles vendored in `tests/data/wikinews/`): many near-copies of one
//! story, and many undated pages. Claims and frames are read once; only
//! `pair::pair` (copies, profiles, candidate buckets, mutual best, events)
//! is timed.
//!
//! `cargo bench --bench pair`

#[path = "common/archive.rs"]
mod archive;

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::checks::extract_all;
use factlint::rules::LoadedRules;
use factlint::Document;

fn documents(shape: archive::Shape, seed: u64) -> Vec<Document> {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources = archive::read_sources(&repo.join("tests/data/wikinews"), "wikinews");
    archive::archive(&sources, shape, seed).into_iter().map(|p| Document::new(p.path, p.text, None)).collect()
}

fn bench(c: &mut Criterion) {
    let rules = LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
    let shapes = [
        // One wire story carried 400 times (a third of the pages), the rest
        // as in an archive.
        (
            "near-copies (1,200 pages, 400 copies of one story)",
            archive::Shape { pages: 1200, undated: 0.7, burst: 0.35, viral: 400 },
        ),
        // No page dated: no window keeps any two reports apart.
        ("undated (1,200 pages, none dated)", archive::Shape { pages: 1200, undated: 1.0, burst: 0.35, viral: 10 }),
    ];
    let mut group = c.benchmark_group("pair");
    group.sample_size(10);
    for (name, shape) in shapes {
        let docs = documents(shape, 5);
        let (claims, frames) = extract_all(&docs);
        group.bench_function(name, |b| b.iter(|| factlint::pair::pair(&docs, &claims, &frames, &rules).events.len()));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
