//! Scores the extractor on claims annotated by hand in real news articles
//! (`tests/news-gold/*.gold`, articles under `tests/data/wikinews/`): for each
//! annotated claim, whether a claim overlaps it (found) and whether one of
//! those has the annotated kind and value (right); and how many claims
//! factlint made that overlap no annotated claim (extra).
//!
//! ```sh
//! cargo run --release --example news_eval -- tests/news-gold/wikinews.gold [ARTICLES_ROOT]
//! ```
//!
//! The articles root defaults to the vendored copy, `tests/data/wikinews`.
//!
//! `NEWS_EVAL_SHOW=1` prints every miss and every extra claim.

#[path = "../tests/news-gold/score.rs"]
mod score;

use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let vendored = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wikinews");
    let (gold_path, root) = match args.as_slice() {
        [gold] => (gold.as_str(), vendored.as_path()),
        [gold, root] => (gold.as_str(), Path::new(root.as_str())),
        _ => {
            eprintln!("usage: news_eval <file.gold> [articles root, default tests/data/wikinews]");
            std::process::exit(2);
        }
    };
    let score = match score::score(Path::new(gold_path), root) {
        Ok(score) => score,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    if std::env::var_os("NEWS_EVAL_SHOW").is_some() {
        for note in &score.notes {
            println!("{note}");
        }
    }
    print_table(&score);
}

fn print_table(score: &score::Score) {
    println!("| kind | annotated | found | right value | right % |");
    println!("|---|---:|---:|---:|---:|");
    for (kind, t) in &score.tallies {
        println!("| {kind} | {} | {} | {} | {:.1}% |", t.expected, t.found, t.right, percent(t.right, t.expected));
    }
    let all = score.total();
    println!(
        "| **all** | {} | {} | {} | **{:.1}%** |",
        all.expected,
        all.found,
        all.right,
        percent(all.right, all.expected)
    );
    println!();
    println!(
        "claims made: {}, overlapping no annotated claim: {} ({:.1}%)",
        score.claims_made,
        score.extra,
        percent(score.extra, score.claims_made)
    );
}

fn percent(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        0.0
    } else {
        100.0 * part as f64 / whole as f64
    }
}
