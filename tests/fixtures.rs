//! Every story cluster in `fixtures/` is checked against its `expect.toml`:
//! each expected conflict is reported (rule, severity, claim texts), nothing
//! else at warning or above is, and no trap pair (both sides extracted as
//! claims) is ever reported together. A new folder with an `expect.toml` is
//! found and checked without a test of its own.

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

/// Check one cluster; the first thing that is wrong, in words.
fn check_cluster(name: &str) -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name);
    let text = std::fs::read_to_string(dir.join("expect.toml")).map_err(|e| format!("{name}: {e}"))?;
    let expect: Expect = toml::from_str(&text).map_err(|e| format!("{name}/expect.toml: {e}"))?;
    let report = run(&dir);
    let mut matched = vec![false; report.conflicts.len()];
    for want in &expect.conflict {
        let found = (0..report.conflicts.len()).find(|&i| {
            let c = &report.conflicts[i];
            let got = texts(&report, i);
            c.rule == want.rule && c.severity.name() == want.severity && want.texts.iter().all(|t| got.contains(t))
        });
        let found = found
            .ok_or_else(|| format!("{name}: expected {} {:?}, got {:#?}", want.rule, want.texts, report.conflicts))?;
        matched[found] = true;
    }
    for (i, c) in report.conflicts.iter().enumerate() {
        if !(matched[i] || c.severity < Severity::Warning) {
            return Err(format!("{name}: unexpected conflict {c:#?}"));
        }
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
            if !claimed.contains(&t.as_str()) {
                return Err(format!("{name}: trap text {t:?} ({}) is not a claim", trap.why));
            }
        }
        for i in 0..report.conflicts.len() {
            let got = texts(&report, i);
            let sprung = trap.texts.iter().all(|t| got.contains(t))
                && (trap.texts[0] != trap.texts[1] || got.iter().filter(|g| **g == trap.texts[0]).count() > 1);
            if sprung {
                return Err(format!("{name}: trap sprung ({}): {:#?}", trap.why, report.conflicts[i]));
            }
        }
    }
    Ok(())
}

/// The clusters: every folder of `fixtures/` with an `expect.toml`, sorted.
fn clusters() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut names: Vec<String> = std::fs::read_dir(root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().join("expect.toml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn every_cluster_holds_its_expectations() {
    let names = clusters();
    assert!(names.len() >= 6, "{names:?}");
    let failures: Vec<String> = names.iter().filter_map(|n| check_cluster(n).err()).collect();
    assert!(failures.is_empty(), "{} of {} clusters fail:\n{}", failures.len(), names.len(), failures.join("\n\n"));
}
