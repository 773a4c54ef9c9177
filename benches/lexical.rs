//! Speed of the WordNet lookups that run on every word of a clause holding
//! a figure.
//!
//! `cargo bench --bench lexical`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use factlint::lexical::{lemma, lemma_any, related, stem_key, words_related, Pos};
use std::hint::black_box;

const WORDS: &[&str] = &[
    "At",
    "least",
    "12",
    "people",
    "were",
    "killed",
    "and",
    "dozens",
    "wounded",
    "when",
    "a",
    "blaze",
    "swept",
    "through",
    "the",
    "crowded",
    "market",
    "on",
    "Tuesday",
    "police",
    "said",
    "Officials",
    "detained",
    "three",
    "suspects",
    "after",
    "the",
    "fire",
    "Putin's",
    "50-minute",
    "speech",
    "injuries",
    "children",
    "fled",
];

fn bench(c: &mut Criterion) {
    // The first lookup decodes the embedded file: once, outside the timing.
    let start = std::time::Instant::now();
    let _ = lemma("warm", Pos::Noun);
    eprintln!("decoding the lexicon: {:?}", start.elapsed());
    let mut group = c.benchmark_group("lexical");
    group.throughput(Throughput::Elements(WORDS.len() as u64));
    group.bench_function("lemma (noun) per word", |b| {
        b.iter(|| WORDS.iter().filter_map(|w| lemma(black_box(w), Pos::Noun)).count())
    });
    group.bench_function("lemma_any per word", |b| {
        b.iter(|| WORDS.iter().map(|w| lemma_any(black_box(w)).len()).sum::<usize>())
    });
    group.bench_function("stem_key per word", |b| {
        b.iter(|| WORDS.iter().map(|w| stem_key(black_box(w))).fold(0, u64::wrapping_add))
    });
    group.bench_function("words_related per pair", |b| {
        b.iter(|| WORDS.windows(2).filter(|p| words_related(black_box(p[0]), black_box(p[1]))).count())
    });
    let lemmas: Vec<_> = WORDS.iter().filter_map(|w| lemma_any(w).first()).collect();
    group.bench_function("related per pair of lemmas", |b| {
        b.iter(|| lemmas.windows(2).filter(|p| related(black_box(p[0]), black_box(p[1]))).count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
