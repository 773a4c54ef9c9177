//! Scores the frame reader on frames annotated by hand in real news
//! (`tests/frames-gold/*.gold`, articles under `../shared/`): for each
//! annotated claim, whether a claim overlaps it, and whether its counted
//! head, predicate, role and mode are right; for each figure annotated as
//! no claim (an age, a channel), whether it is left alone.
//!
//! ```sh
//! cargo run --release --example frames_eval -- tests/frames-gold/frames-dev.gold ../shared
//! cargo run --release --example frames_eval -- tests/frames-gold/frames-{dev,heldout}.gold ../shared
//! ```
//!
//! `FRAMES_EVAL_SHOW=1` prints every miss.

#[path = "../tests/frames-gold/score.rs"]
mod score;

use std::path::Path;

fn usage() -> ! {
    eprintln!("usage: frames_eval <file.gold>... <folder holding ecbplus/ and wikinews/>");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [golds @ .., root] = args.as_slice() else { usage() };
    if golds.is_empty() {
        usage();
    }
    let mut score = score::Score::default();
    for gold in golds {
        match score::score(Path::new(gold), Path::new(root)) {
            Ok(s) => score.absorb(s),
            Err(e) => {
                eprintln!("{e}");
                std::process::exit(2);
            }
        }
    }
    if std::env::var_os("FRAMES_EVAL_SHOW").is_some() {
        for note in &score.notes {
            println!("{note}");
        }
    }
    println!("| field | scored | right | right % |");
    println!("|---|---:|---:|---:|");
    let row =
        |name: &str, t: &score::Tally| println!("| {name} | {} | {} | {:.1}% |", t.scored, t.right, 100.0 * t.share());
    row("claim found", &score.found);
    row("no claim where none is", &score.not_claims);
    for (field, t) in &score.fields {
        row(field, t);
    }
    row("**whole frame**", &score.whole);
}
