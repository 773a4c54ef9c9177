//! Scores the checker on story clusters with planted slips
//! (`tests/probes/*/`): three reports of one invented event each, written
//! blind by a helper session that never saw factlint's code or output, with
//! three or four figures changed in one report and traps beside them
//! (parts and wholes, background events, updates told in words). Each
//! cluster's `slips.toml` lists the slips; `key.md` is the whole key.
//!
//! A slip is found when a conflict at warning or above names a claim of the
//! slipped file whose text holds the slipped figure, beside another claim.
//! A conflict on one claim alone that is one side of a slip (a weekday
//! that does not fit its date, where the key sets it against another
//! report's weekday) is counted apart: the slip shown from one side
//! (since 2026-12-05; before, it was counted among the other conflicts).
//! Every other conflict is listed as a possible false alarm, to be judged
//! against the key's traps.
//!
//! ```sh
//! cargo run --release --example probe_eval              # tests/probes
//! cargo run --release --example probe_eval -- DIR...    # other clusters
//! ```
//!
//! `PROBE_DRAFTS=1` checks each report as a draft against the others
//! (`check DRAFT --against OTHERS`) and counts the slips between a draft and
//! a source.
//! `PROBE_TRAPS=1` explains every trap of the clusters' `key.md` files
//! the same way (their scores, against the slips').
//! `PROBE_SHOW=1` prints every slip, found or missed. `PROBE_WHY=1` prints,
//! for each missed slip, why pairing did not link its two claims (see
//! `factlint::pair::explain`), and a tally of the reasons.

use std::path::{Path, PathBuf};

use factlint::checks::{check, extract_all};
use factlint::document::load::load_all;
use factlint::pipeline::Framed;
use factlint::report::Report;
use factlint::rules::{LoadedRules, Severity};
use factlint::Document;
use serde::Deserialize;

#[derive(Deserialize)]
struct Slips {
    slip: Vec<Slip>,
}

#[derive(Deserialize)]
struct Slip {
    file: String,
    text: String,
    against_file: String,
    against_text: String,
    about: String,
}

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let clusters = if args.is_empty() { clusters_in(Path::new("tests/probes")) } else { args };
    let rules = match LoadedRules::builtin() {
        Ok(r) => r.rules,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(2);
        }
    };
    let show = std::env::var_os("PROBE_SHOW").is_some();
    let why = std::env::var_os("PROBE_WHY").is_some();
    let traps = std::env::var_os("PROBE_TRAPS").is_some();
    if std::env::var_os("PROBE_DRAFTS").is_some() {
        drafts(&clusters, &rules, show);
        return;
    }
    let mut reasons: std::collections::BTreeMap<&'static str, usize> = Default::default();
    let (mut found, mut total, mut others, mut flagged) = (0, 0, 0, 0);
    for dir in &clusters {
        let slips = match read_slips(dir) {
            Ok(s) => s,
            Err(e) => {
                eprintln!("{}: {e}", dir.display());
                std::process::exit(2);
            }
        };
        let docs = read_reports(dir);
        let report = check(docs.clone(), &rules);
        // Claims and frames for the explanations, read once per cluster.
        let framed = if why || traps { extract_all(&docs) } else { Framed::default() };
        let name = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
        let mut used = vec![false; report.conflicts.len()];
        for slip in &slips.slip {
            total += 1;
            let hit = mark_found(&report, slip, &mut used);
            found += usize::from(hit);
            if show {
                println!(
                    "{:6} {name}: {}:{:?} against {}:{:?} ({})",
                    verdict(hit),
                    slip.file,
                    slip.text,
                    slip.against_file,
                    slip.against_text,
                    slip.about
                );
            }
            if why && !hit {
                let told = explain_slip(&docs, &framed, &rules, slip);
                *reasons.entry(reason(&told)).or_default() += 1;
                println!(
                    "  why {name}: {}:{:?} against {}:{:?}: {told}",
                    slip.file, slip.text, slip.against_file, slip.against_text
                );
            }
        }
        if traps {
            for trap in read_traps(dir) {
                let told = explain_slip(&docs, &framed, &rules, &trap);
                println!(
                    "  trap {name}: {}:{:?} against {}:{:?}: {told}",
                    trap.file, trap.text, trap.against_file, trap.against_text
                );
            }
        }
        for (i, _) in used.iter().enumerate().filter(|(i, u)| !**u && warns(&report, *i)) {
            if slips.slip.iter().any(|slip| flags_one_side(&report, i, slip)) {
                flagged += 1;
                if show {
                    println!("SELF   {name}: {}", describe(&report, i));
                }
                continue;
            }
            others += 1;
            println!("OTHER  {name}: {}", describe(&report, i));
        }
    }
    println!(
        "{} clusters: {found}/{total} slips found; {others} other conflicts; \
         {flagged} more flag one side of a slip inside its own report",
        clusters.len()
    );
    if why {
        let tally: Vec<String> = reasons.iter().map(|(r, n)| format!("{r} {n}")).collect();
        println!("missed, by reason: {}", tally.join("; "));
    }
}

/// `PROBE_DRAFTS=1`: each report in turn is a draft checked against the
/// cluster's other reports (`check DRAFT --against OTHERS`). A slip counts
/// when it sets the draft against a source or against itself; a conflict
/// that sets a slip against a third report restating its original figure
/// is counted apart (see [`restates`]); every other conflict at warning or
/// above that involves the draft is a possible false alarm.
fn drafts(clusters: &[PathBuf], rules: &[factlint::rules::Rule], show: bool) {
    let (mut found, mut total, mut others, mut restated, mut flagged) = (0, 0, 0, 0, 0);
    for dir in clusters {
        let Ok(slips) = read_slips(dir) else { continue };
        let name = dir.file_name().map_or_else(|| dir.display().to_string(), |n| n.to_string_lossy().into_owned());
        let reports = read_reports(dir);
        for draft in 0..reports.len() {
            let mut docs = reports.clone();
            let first = docs.remove(draft);
            docs.insert(0, first);
            let draft_file = Path::new(&docs[0].path).file_name().map(|n| n.to_string_lossy().into_owned());
            let options = factlint::checks::Options { focus: vec![0] };
            let mut report = factlint::checks::check_with(docs, rules, &options);
            report.focus_on(&[0]);
            let mut used = vec![false; report.conflicts.len()];
            for slip in &slips.slip {
                let involves =
                    [&slip.file, &slip.against_file].iter().any(|f| Some(f.as_str()) == draft_file.as_deref());
                if !involves {
                    continue;
                }
                total += 1;
                let hit = mark_found(&report, slip, &mut used);
                found += usize::from(hit);
                if show {
                    println!(
                        "{:6} {name} (draft {}): {}:{:?} against {}:{:?}",
                        verdict(hit),
                        draft_file.as_deref().unwrap_or("?"),
                        slip.file,
                        slip.text,
                        slip.against_file,
                        slip.against_text
                    );
                }
            }
            for (i, _) in used.iter().enumerate().filter(|(i, u)| !**u && warns(&report, *i)) {
                let draft = draft_file.as_deref().unwrap_or("?");
                if slips.slip.iter().any(|slip| flags_one_side(&report, i, slip)) {
                    flagged += 1;
                    if show {
                        println!("SELF   {name} (draft {draft}): {}", describe(&report, i));
                    }
                    continue;
                }
                if slips.slip.iter().any(|slip| restates(&report, i, slip)) {
                    restated += 1;
                    if show {
                        println!("ALSO   {name} (draft {draft}): {}", describe(&report, i));
                    }
                    continue;
                }
                others += 1;
                println!("OTHER  {name} (draft {draft}): {}", describe(&report, i));
            }
        }
    }
    println!(
        "{} clusters, each report a draft against the others: {found}/{total} slips found; {others} other conflicts; \
         {restated} more set a slip against a third report that restates its original figure; \
         {flagged} more flag one side of a slip inside its own report",
        clusters.len()
    );
}

/// Why pairing did not link the two claims of a missed slip.
fn explain_slip(docs: &[Document], framed: &Framed, rules: &[factlint::rules::Rule], slip: &Slip) -> String {
    let (claims, frames) = framed;
    let at = |file: &str, text: &str| {
        let d = docs.iter().position(|doc| Path::new(&doc.path).file_name().is_some_and(|n| n == file))?;
        let doc = docs.get(d)?;
        let start = doc.text.find(text)?;
        let end = start + text.len();
        let c = claims.get(d)?.iter().position(|c| c.span.start < end && start < c.span.end)?;
        Some((d, c))
    };
    match (at(&slip.file, &slip.text), at(&slip.against_file, &slip.against_text)) {
        (Some(x), Some(y)) if x == y => "one claim holds both figures".into(),
        (Some(x), Some(y)) => factlint::pair::explain(docs, claims, frames, rules, x, y),
        _ => "no claim at one of the figures".into(),
    }
}

/// The traps of a cluster's `key.md` (lines `N. a.txt "X" vs b.txt "Y" -
/// why`), as slips, for `PROBE_TRAPS=1`.
fn read_traps(dir: &Path) -> Vec<Slip> {
    let key = std::fs::read_to_string(dir.join("key.md")).unwrap_or_default();
    let quoted = |s: &str| -> Option<(String, String, String)> {
        let (file, rest) = s.trim().split_once(' ')?;
        let rest = rest.trim().strip_prefix('"')?;
        let (text, rest) = rest.split_once('"')?;
        Some((file.to_string(), text.to_string(), rest.to_string()))
    };
    let mut in_traps = false;
    let mut out = Vec::new();
    for line in key.lines() {
        if line.to_uppercase().contains("TRAPS") {
            in_traps = true;
            continue;
        }
        let Some((_, item)) = line.split_once(". ").filter(|(n, _)| in_traps && n.trim().parse::<u32>().is_ok()) else {
            continue;
        };
        let Some((file, text, rest)) = quoted(item) else { continue };
        let Some((against_file, against_text, about)) = rest.trim().strip_prefix("vs").and_then(quoted) else {
            continue;
        };
        out.push(Slip { file, text, against_file, against_text, about });
    }
    out
}

/// The first reason an explanation gives for two claims not being linked.
fn reason(told: &str) -> &'static str {
    let score = told.split("; score ").nth(1).and_then(|rest| {
        let (score, threshold) = rest.split_once(", threshold ")?;
        Some((score.split_whitespace().next()?.parse::<f32>().ok()?, threshold.trim().parse::<f32>().ok()?))
    });
    if told.starts_with("no claim") || told.starts_with("one claim") {
        "no claim"
    } else if told.contains("pairable false") || told.contains("/ false;") {
        "not pairable"
    } else if told.contains("meet in the index: false") {
        "never meet"
    } else if told.contains("vetoed") {
        "vetoed"
    } else if let Some(why) = told.split("no score: ").nth(1) {
        match why {
            "other counted heads" => "other counted heads",
            "other predicates" => "other predicates",
            "other events" => "other events",
            "other clause times" | "a clause time off the other's news time" => "other times",
            _ => "several values, nothing shared",
        }
    } else if score.is_some_and(|(s, t)| s < t) {
        "under the threshold"
    } else {
        "scored, then lost (mutual best or the documents' consistency)"
    }
}

/// The cluster folders under `root`, sorted.
fn clusters_in(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .map(|entries| {
            entries.filter_map(Result::ok).map(|e| e.path()).filter(|p| p.join("slips.toml").is_file()).collect()
        })
        .unwrap_or_default();
    dirs.sort();
    dirs
}

fn read_slips(dir: &Path) -> Result<Slips, String> {
    let text = std::fs::read_to_string(dir.join("slips.toml")).map_err(|e| e.to_string())?;
    toml::from_str(&text).map_err(|e| format!("slips.toml: {e}"))
}

/// The cluster's reports: its `.txt` files (the key is no report).
fn read_reports(dir: &Path) -> Vec<Document> {
    let mut paths: Vec<String> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "txt"))
                .map(|p| p.display().to_string())
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    let (sources, errors) = load_all(&paths);
    for e in &errors {
        eprintln!("{e:?}");
    }
    sources.into_iter().map(|s| Document::new(s.path, s.text, None)).collect()
}

/// True when a conflict of `report` names `slip`; that conflict is marked
/// in `used`.
fn mark_found(report: &Report, slip: &Slip, used: &mut [bool]) -> bool {
    let hit = (0..report.conflicts.len()).find(|&i| names_slip(report, i, slip));
    if let Some(flag) = hit.and_then(|i| used.get_mut(i)) {
        *flag = true;
    }
    hit.is_some()
}

/// How a slip is shown: found or missed.
fn verdict(found: bool) -> &'static str {
    if found {
        "FOUND"
    } else {
        "missed"
    }
}

/// True when conflict `i` is at warning or above.
fn warns(report: &Report, i: usize) -> bool {
    report.conflicts.get(i).is_some_and(|c| c.severity >= Severity::Warning)
}

/// The file name and text of each claim conflict `i` lists.
fn listed(report: &Report, i: usize) -> Vec<(String, String)> {
    let Some(conflict) = report.conflicts.get(i) else { return Vec::new() };
    conflict
        .claims
        .iter()
        .filter_map(|r| {
            let doc = report.documents.get(r.doc)?;
            let file = Path::new(&doc.path).file_name()?.to_string_lossy().into_owned();
            Some((file, report.claim(*r)?.span.slice(&doc.text).to_string()))
        })
        .collect()
}

/// True when conflict `i` names the slipped claim beside another claim.
fn names_slip(report: &Report, i: usize, slip: &Slip) -> bool {
    let claims = listed(report, i);
    let slipped = claims.iter().position(|(f, t)| *f == slip.file && quotes(&slip.text, t));
    warns(report, i) && slipped.is_some() && claims.len() > 1
}

/// True when `text` holds `part` with no digit running on from it on
/// either side ("rated 2358" holds "2358", not "58"; "£1,150" does not
/// hold "150").
fn contains_whole(text: &str, part: &str) -> bool {
    let digit_at = |i: Option<char>| i.is_some_and(|c| c.is_ascii_digit());
    text.match_indices(part).any(|(at, _)| {
        let before: Vec<char> = text.get(..at).unwrap_or_default().chars().rev().take(2).collect();
        let after: Vec<char> = text.get(at + part.len()..).unwrap_or_default().chars().take(2).collect();
        let joined = |near: &[char]| {
            digit_at(near.first().copied())
                || (matches!(near.first(), Some(',' | '.')) && digit_at(near.get(1).copied()))
        };
        !joined(&before) && !joined(&after)
    })
}

/// True when a claim's text `claim` is the figure a key quotes as
/// `quoted`. The key may quote a figure with its unit ("3.7bn marks",
/// "Friday evening") where the claim is the figure alone, or the other
/// way round, or each with other words ("150 officers", "some 150": the
/// same figures). A claim in words is found inside the quote when it has
/// two words or more ("eight votes to three" in "by eight votes to
/// three"); one word must be one of the quote's words ("two" is no part
/// of "twelve"), or that word with its possessive ("Saturday's final"
/// for the claim "Saturday"). A claim may also open on the quote's figures and go on
/// with more ("at 9:40am" for the claim "9:40am on Thursday, February
/// 11": a time told with its day).
fn quotes(quoted: &str, claim: &str) -> bool {
    let figure = claim.chars().any(|c| c.is_ascii_digit());
    let phrase = claim.split_whitespace().nth(1).is_some();
    let quoted_figures = figures(quoted);
    claim.contains(quoted)
        || ((figure || phrase) && contains_whole(quoted, claim))
        || quoted.split_whitespace().any(|w| w == claim || w.strip_suffix("'s") == Some(claim))
        || (figure && !quoted_figures.is_empty() && figures(claim).starts_with(&quoted_figures))
}

/// The words of `text` with a digit in them.
fn figures(text: &str) -> Vec<&str> {
    text.split_whitespace().filter(|w| w.chars().any(|c| c.is_ascii_digit())).collect()
}

/// True when conflict `i` is one claim of one report found wrong inside
/// it (a weekday-date error: "Wednesday, July 9" in a year when July 9 is
/// a Thursday), and that claim is one side of `slip`: the slip is shown
/// from one side, neither a find of the pair nor a false alarm.
fn flags_one_side(report: &Report, i: usize, slip: &Slip) -> bool {
    let claims = listed(report, i);
    let side = |(f, t): &(String, String)| {
        (*f == slip.file && quotes(&slip.text, t)) || (*f == slip.against_file && quotes(&slip.against_text, t))
    };
    warns(report, i) && claims.len() == 1 && claims.iter().all(side)
}

/// True when conflict `i` sets the slipped claim of `slip` against a claim
/// of another report that restates the figure the slip changed (the draft
/// b.txt says "118", as a.txt does, where c.txt slipped to "181"): the
/// slip, met through a third report, not a false alarm.
fn restates(report: &Report, i: usize, slip: &Slip) -> bool {
    let claims = listed(report, i);
    let original = |(f, t): &(String, String)| {
        *f != slip.file && (t.contains(&slip.against_text) || slip.against_text.contains(t.as_str()))
    };
    names_slip(report, i, slip) && claims.iter().any(original)
}

/// One conflict in a line: rule, severity and claims.
fn describe(report: &Report, i: usize) -> String {
    let Some(c) = report.conflicts.get(i) else { return String::new() };
    let claims: Vec<String> = listed(report, i).iter().map(|(f, t)| format!("{f}:{t:?}")).collect();
    format!("{} {} [{}]", c.rule, c.severity.name(), claims.join(" | "))
}
