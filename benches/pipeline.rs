//! Throughput of the pipeline on generated news clusters: reading documents,
//! extracting claims, and checking a whole corpus.
//!
//! `cargo bench --bench pipeline`

#[path = "common/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factlint::checks::{check, extract_all};
use factlint::rules::LoadedRules;
use factlint::Document;

fn documents(clusters: usize) -> Vec<Document> {
    corpus::corpus(42, clusters)
        .flat_map(|(articles, _)| articles)
        .map(|a| Document::new(a.path, a.text, None))
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = documents(200);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let texts: Vec<(String, String)> = docs.iter().map(|d| (d.path.clone(), d.text.clone())).collect();
    let rules = LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();

    let mut group = c.benchmark_group("pipeline");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(20);
    group.bench_function("read documents", |b| {
        b.iter(|| texts.iter().map(|(p, t)| Document::new(p.clone(), t.clone(), None).sentences.len()).sum::<usize>())
    });
    group.bench_function("extract", |b| b.iter(|| extract_all(&docs)));
    group.bench_function("check", |b| b.iter(|| check(docs.clone(), &rules).conflicts.len()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
