//! The mutation harness on real story clusters: each folder given is one
//! cluster (its files, recursively); the harness changes one figure at a
//! time, in a copy of an article and in place, and prints what `check`
//! caught and what it reported that it should not have, per claim kind.
//!
//! ```sh
//! cargo run --release --example mutate -- ../shared/wikinews/apple ../shared/ecbplus/1/ecb
//! ```
//!
//! `MUTATE_TRIES=N` sets the changes per cluster and mode (default 10),
//! `MUTATE_SEED` the seed (default 15), `MUTATE_SHOW=1` prints every miss
//! and false alarm.

#[path = "../tests/mutation/harness.rs"]
mod harness;

use factlint::document::load::load_all;
use factlint::rules::LoadedRules;
use harness::{Cluster, Mode, Outcome, Rng};

fn main() {
    let folders: Vec<String> = std::env::args().skip(1).collect();
    if folders.is_empty() {
        eprintln!("usage: mutate <cluster folder>...");
        std::process::exit(2);
    }
    let env = |k: &str, d: u64| std::env::var(k).ok().and_then(|v| v.parse().ok()).unwrap_or(d);
    let tries = env("MUTATE_TRIES", 10) as usize;
    let rules = match LoadedRules::builtin() {
        Ok(r) => r.rules,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(2);
        }
    };
    let mut rng = Rng::new(env("MUTATE_SEED", 15));
    let mut totals = [Outcome::default(), Outcome::default()];
    for folder in &folders {
        let (sources, _) = load_all(std::slice::from_ref(folder));
        let docs = sources.into_iter().filter(|s| !s.path.ends_with("README.md")).map(|s| (s.path, s.text)).collect();
        let cluster = Cluster { name: folder.clone(), docs };
        for (slot, mode) in totals.iter_mut().zip([Mode::Copy, Mode::InPlace]) {
            slot.merge(harness::run(&cluster, mode, tries, &mut rng, &rules));
        }
    }
    if std::env::var_os("MUTATE_SHOW").is_some() {
        for note in totals.iter().flat_map(|o| &o.notes) {
            println!("{note}");
        }
    }
    for (name, o) in ["copy with one figure changed", "one figure changed in place"].iter().zip(&totals) {
        println!("## {name}\n");
        println!("| kind | changed | caught |");
        println!("|---|---:|---:|");
        for (kind, (t, c)) in &o.by_kind {
            println!("| {kind} | {t} | {c} |");
        }
        let (t, c) = o.total();
        println!("| **all** | {t} | {c} ({:.0}%) |", 100.0 * c as f64 / t.max(1) as f64);
        println!();
        println!(
            "stated by another report: {} (caught {}); false alarms: {}",
            o.contradictable, o.contradictable_caught, o.false_alarms
        );
        println!();
    }
    println!("errors and warnings on the untouched clusters: {}", totals.first().map_or(0, |o| o.untouched));
}
