//! Every story cluster in `fixtures/` is checked against its `expect.toml`:
//! each expected conflict is reported (rule, severity, claim texts), nothing
//! else at warning or above is, and no trap pair (both sides extracted as
//! claims) is ever reported together.

use std::path::Path;

use factlint::checks::check;
use factlint::document::load::load_all;
use factlint::report::Report;
use factlint::rules::{LoadedRules, Severity};
use factlint::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expect {
    #[serde(default)]
    conflict: Vec<ExpectedConflict>,
    #[serde(default)]
    trap: Vec<Trap>,
}

#[derive(Deserialize)]
struct ExpectedConflict {
    rule: String,
    severity: String,
    texts: Vec<String>,
}

#[derive(Deserialize)]
struct Trap {
    why: String,
    texts: Vec<String>,
}

fn run(dir: &Path) -> Report {
    let (sources, errors) = load_all(&[dir.display().to_string()]);
    assert!(errors.is_empty(), "{errors:?}");
    let docs = sources.into_iter().map(|s| Document::new(s.path, s.text, None)).collect();
    check(docs, &LoadedRules::builtin().unwrap().rules)
}

fn texts(report: &Report, i: usize) -> Vec<String> {
    report.conflicts[i]
        .claims
        .iter()
        .map(|r| report.claim(*r).expect("a claim").span.slice(&report.documents[r.doc].text).to_string())
        .collect()
}

fn check_cluster(name: &str) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name);
    let expect: Expect = toml::from_str(&std::fs::read_to_string(dir.join("expect.toml")).unwrap()).unwrap();
    let report = run(&dir);
    let mut matched = vec![false; report.conflicts.len()];
    for want in &expect.conflict {
        let found = (0..report.conflicts.len()).find(|&i| {
            let c = &report.conflicts[i];
            let got = texts(&report, i);
            c.rule == want.rule && c.severity.name() == want.severity && want.texts.iter().all(|t| got.contains(t))
        });
        let found = found
            .unwrap_or_else(|| panic!("{name}: expected {} {:?}, got {:#?}", want.rule, want.texts, report.conflicts));
        matched[found] = true;
    }
    for (i, c) in report.conflicts.iter().enumerate() {
        assert!(matched[i] || c.severity < Severity::Warning, "{name}: unexpected conflict {c:#?}");
    }
    let claimed: Vec<&str> = report
        .claims
        .iter()
        .zip(&report.documents)
        .flat_map(|(claims, doc)| claims.iter().map(move |c| c.span.slice(&doc.text)))
        .collect();
    for trap in &expect.trap {
        // A trap is only a test when both sides were extracted as claims.
        for t in &trap.texts {
            assert!(claimed.contains(&t.as_str()), "{name}: trap text {t:?} ({}) is not a claim", trap.why);
        }
        for i in 0..report.conflicts.len() {
            let got = texts(&report, i);
            let sprung = trap.texts.iter().all(|t| got.contains(t))
                && (trap.texts[0] != trap.texts[1] || got.iter().filter(|g| **g == trap.texts[0]).count() > 1);
            assert!(!sprung, "{name}: trap sprung ({}): {:#?}", trap.why, report.conflicts[i]);
        }
    }
}

#[test]
fn quake_report() {
    check_cluster("quake-report");
}

#[test]
fn ukraine_calls_clean_paraphrase_reports_nothing() {
    check_cluster("ukraine-calls");
}

#[test]
fn ukraine_calls_mutated() {
    check_cluster("ukraine-calls-mutated");
}

#[test]
fn election_first_round_and_runoff() {
    check_cluster("election");
}

#[test]
fn port_strike() {
    check_cluster("port-strike");
}

#[test]
fn city_blackout_said_in_other_words() {
    check_cluster("city-blackout");
}
