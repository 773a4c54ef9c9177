//! Every story cluster in `fixtures/` is checked against its `expect.toml`:
//! each expected conflict is reported (rule, severity, claim texts), nothing
//! else at warning or above is, no trap pair (both sides extracted as
//! claims) is ever reported together, and no `not_claim` text is extracted
//! as a claim. A new folder with an `expect.toml` is found and checked
//! without a test of its own.
//!
//! An expected conflict marked `pending = "why"` is a known miss: it must
//! not be reported (it then counts in no other test either), and the test
//! fails as soon as it is, so that the mark is taken off.
//!
//! A cluster whose `expect.toml` names `against` (a folder of sources) and
//! `drafts` (files) is checked as `factlint check DRAFTS --against SOURCES`:
//! the drafts first, focused, as the command line does.

use std::path::Path;

use factlint::checks::check;
use factlint::document::load::load_all;
use factlint::pipeline::{run_check, Options, Read};
use factlint::report::Report;
use factlint::rules::{LoadedRules, Severity};
use factlint::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Expect {
    /// The folder of sources (relative to the cluster) the drafts are
    /// checked against; without it every file of the cluster is a source.
    #[serde(default)]
    against: Option<String>,
    /// The drafts (files relative to the cluster), with `against`.
    #[serde(default)]
    drafts: Vec<String>,
    #[serde(default)]
    conflict: Vec<ExpectedConflict>,
    #[serde(default)]
    trap: Vec<Trap>,
    #[serde(default)]
    not_claim: Vec<NotClaim>,
}

#[derive(Deserialize)]
struct ExpectedConflict {
    rule: String,
    severity: String,
    texts: Vec<String>,
    /// Why the checker does not report it yet (a known miss).
    #[serde(default)]
    pending: Option<String>,
}

#[derive(Deserialize)]
struct Trap {
    why: String,
    texts: Vec<String>,
    /// False: the trap is skipped when a side is not extracted as a claim
    /// (an age, a channel's number: texts that should be no claims at all).
    #[serde(default = "yes")]
    require_claims: bool,
}

/// Texts that must never be extracted as claims (ages, channel names).
#[derive(Deserialize)]
struct NotClaim {
    why: String,
    texts: Vec<String>,
}

fn yes() -> bool {
    true
}

/// The files at `paths`, read as documents.
fn read(paths: &[String]) -> Vec<Document> {
    let (sources, errors) = load_all(paths);
    assert!(errors.is_empty(), "{errors:?}");
    sources.into_iter().map(|s| Document::new(s.path, s.text, None)).collect()
}

fn run(dir: &Path, expect: &Expect) -> Report {
    let rules = LoadedRules::builtin().unwrap().rules;
    let Some(against) = &expect.against else {
        return check(read(&[dir.display().to_string()]), &rules);
    };
    // As `factlint check DRAFTS --against SOURCES`: the drafts first, a
    // draft among the sources read once, as a draft.
    let drafts = read(&expect.drafts.iter().map(|d| dir.join(d).display().to_string()).collect::<Vec<_>>());
    assert!(!drafts.is_empty(), "`against` without `drafts` in {}", dir.display());
    let sources = read(&[dir.join(against).display().to_string()]);
    let canonical = |d: &Document| std::fs::canonicalize(&d.path).ok();
    let draft_files: Vec<_> = drafts.iter().map(canonical).collect();
    let sources = sources.into_iter().filter(|s| !draft_files.contains(&canonical(s)));
    let draft_count = drafts.len();
    let docs: Vec<Document> = drafts.into_iter().chain(sources).collect();
    let known: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
    let options = Options { drafts: Some(draft_count), ..Options::new(&rules, &known) };
    run_check(docs, Read::Nothing, &options).report
}

fn texts(report: &Report, i: usize) -> Vec<String> {
    report.conflicts[i]
        .claims
        .iter()
        .map(|r| report.claim(*r).expect("a claim").span.slice(&report.documents[r.doc].text).to_string())
        .collect()
}

/// True when conflict `i` lists claims of both trap texts whose values
/// disagree: a conflict may show two claims that agree with each other
/// beside the one they both disagree with ("90 minutes" and "an hour and a
/// half" against "two and a half hours").
fn trap_sprung(report: &Report, i: usize, trap: &[String]) -> bool {
    let listed: Vec<(String, &factlint::claim::Value)> = report.conflicts[i]
        .claims
        .iter()
        .map(|r| {
            let claim = report.claim(*r).expect("a claim");
            (claim.span.slice(&report.documents[r.doc].text).to_string(), &claim.value)
        })
        .collect();
    let [first, second] = trap else { return false };
    let of = |t: &String| listed.iter().enumerate().filter(|(_, (x, _))| x == t).collect::<Vec<_>>();
    let compare = factlint::rules::Compare::default();
    of(first)
        .iter()
        .any(|(i, (_, a))| of(second).iter().any(|(j, (_, b))| i != j && !factlint::values::compatible(a, b, &compare)))
}

/// One conflict in a line: rule, severity, message and claim texts.
fn describe(report: &Report, i: usize) -> String {
    let c = &report.conflicts[i];
    format!("{} {} \"{}\" {:?}", c.rule, c.severity.name(), c.message, texts(report, i))
}

/// Check one cluster; everything that is wrong, in words, one line each.
fn check_cluster(name: &str) -> Result<(), String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(name);
    let text = std::fs::read_to_string(dir.join("expect.toml")).map_err(|e| format!("{name}: {e}"))?;
    let expect: Expect = toml::from_str(&text).map_err(|e| format!("{name}/expect.toml: {e}"))?;
    let report = run(&dir, &expect);
    let mut wrong: Vec<String> = Vec::new();
    let mut matched = vec![false; report.conflicts.len()];
    for want in &expect.conflict {
        let found = (0..report.conflicts.len()).find(|&i| {
            let c = &report.conflicts[i];
            let got = texts(&report, i);
            c.rule == want.rule && c.severity.name() == want.severity && want.texts.iter().all(|t| got.contains(t))
        });
        match (found, &want.pending) {
            (Some(i), None) => matched[i] = true,
            (None, None) => {
                wrong.push(format!("expected {} {} {:?}: not reported", want.rule, want.severity, want.texts))
            }
            (Some(i), Some(_)) => {
                matched[i] = true;
                wrong.push(format!("pending {} {:?} is now reported: take `pending` off", want.rule, want.texts));
            }
            (None, Some(_)) => {}
        }
    }
    for (i, c) in report.conflicts.iter().enumerate() {
        if !(matched[i] || c.severity < Severity::Warning) {
            wrong.push(format!("unexpected conflict {}", describe(&report, i)));
        }
    }
    let claimed: Vec<&str> = report
        .claims
        .iter()
        .zip(&report.documents)
        .flat_map(|(claims, doc)| claims.iter().map(move |c| c.span.slice(&doc.text)))
        .collect();
    for not in &expect.not_claim {
        for t in not.texts.iter().filter(|t| claimed.contains(&t.as_str())) {
            wrong.push(format!("{t:?} is extracted as a claim ({})", not.why));
        }
    }
    for trap in &expect.trap {
        // A trap is only a test when both sides were extracted as claims;
        // a side that is no claim is a mistake unless the trap allows it.
        if let Some(t) = trap.texts.iter().find(|t| !claimed.contains(&t.as_str())) {
            if trap.require_claims {
                wrong.push(format!("trap text {t:?} ({}) is not a claim", trap.why));
            }
            continue;
        }
        for i in 0..report.conflicts.len() {
            let sprung = trap_sprung(&report, i, &trap.texts);
            if sprung {
                wrong.push(format!("trap sprung ({}): {}", trap.why, describe(&report, i)));
            }
        }
    }
    if wrong.is_empty() {
        Ok(())
    } else {
        Err(format!("{name}:\n  {}", wrong.join("\n  ")))
    }
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
