//! The mutation harness (`tests/mutation/harness.rs`) on the vendored
//! WikiNews clusters: one figure changed at a time, in a copy of an article
//! and in place, and floors on what `check` catches and on what it reports
//! that it should not. The same harness runs on ECB+ and the seeds with
//! `cargo run --release --example mutate -- FOLDER...` (numbers in the
//! README).
//!
//! Floors were set a little under the scores measured on 2026-12-02 (seed
//! 15, 25 changes per cluster and mode, as `examples/mutate` runs them):
//! copies 98/100 caught (a changed "as of" time stamp is an update, `info`),
//! at most one false alarm; in place, 1 of the 27 changes another report
//! states caught, no false alarm; no error or warning on the untouched
//! clusters.

#[path = "mutation/harness.rs"]
mod harness;

use std::path::Path;

use factlint::document::load::load_all;
use factlint::rules::LoadedRules;
use harness::{Cluster, Mode, Outcome, Rng};

fn run(mode: Mode) -> Outcome {
    let rules = LoadedRules::builtin().unwrap().rules;
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wikinews");
    let mut clusters: Vec<_> = std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()).map(|e| e.path()).collect();
    clusters.retain(|p| p.is_dir());
    clusters.sort();
    assert_eq!(clusters.len(), 4, "{clusters:?}");
    let mut rng = Rng::new(15);
    let mut total = Outcome::default();
    for dir in clusters {
        let (sources, errors) = load_all(&[dir.display().to_string()]);
        assert!(errors.is_empty(), "{errors:?}");
        let docs = sources.into_iter().map(|s| (s.path, s.text)).collect();
        let cluster = Cluster { name: dir.display().to_string(), docs };
        total.merge(harness::run(&cluster, mode, 25, &mut rng, &rules));
    }
    total
}

#[test]
fn a_copy_with_one_figure_changed_is_caught() {
    let o = run(Mode::Copy);
    let (tried, caught) = o.total();
    assert!(tried >= 90, "{tried} changes tried");
    assert!(caught * 100 >= tried * 95, "caught {caught} of {tried}:\n{}", o.notes.join("\n"));
    assert!(o.false_alarms <= 2, "{} false alarms:\n{}", o.false_alarms, o.notes.join("\n"));
    assert!(o.untouched <= 1, "{} errors and warnings on the untouched clusters", o.untouched);
}

#[test]
fn a_figure_changed_in_place_raises_no_false_alarm() {
    let o = run(Mode::InPlace);
    let (tried, _) = o.total();
    assert!(tried >= 90, "{tried} changes tried");
    assert!(o.contradictable >= 15, "{} changes stated by another report", o.contradictable);
    assert!(o.false_alarms <= 1, "{} false alarms:\n{}", o.false_alarms, o.notes.join("\n"));
}
