//! The extractor against claims annotated by hand in real news
//! (`tests/news-gold/*.gold` on the vendored `tests/data/wikinews/`): a floor under the
//! share of annotated claims it gets right, and a ceiling on the claims it
//! makes that no annotation covers. `examples/news_eval.rs` prints the table.

#[path = "news-gold/score.rs"]
mod score;

use std::path::Path;

/// Score one gold file; its articles are vendored under `tests/data/wikinews`.
fn scored(gold: &str) -> score::Score {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let root = manifest.join("tests/data/wikinews");
    score::score(&manifest.join("tests/news-gold").join(gold), &root).unwrap()
}

/// Fails with every miss listed when fewer than `floor` of the annotated
/// claims are right or more than `ceiling` of the claims made are extra.
fn holds(gold: &str, floor: f64, ceiling: f64) {
    let score = scored(gold);
    let all = score.total();
    let right = all.right as f64 / all.expected as f64;
    let extra = score.extra as f64 / score.claims_made as f64;
    assert!(
        right >= floor && extra <= ceiling,
        "{gold}: {} of {} right ({:.1}%), {} of {} claims extra\n{}",
        all.right,
        all.expected,
        100.0 * right,
        score.extra,
        score.claims_made,
        score.notes.join("\n")
    );
}

#[test]
fn annotated_news_the_grammar_was_built_on() {
    holds("wikinews.gold", 0.97, 0.02);
}

#[test]
fn annotated_news_held_out() {
    holds("wikinews-heldout.gold", 0.95, 0.02);
    holds("wikinews-heldout-b.gold", 0.90, 0.05);
}
