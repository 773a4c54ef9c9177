//! The mutation harness: real story clusters with one figure or date
//! changed, to measure what the checker catches and what it gets wrong.
//! Shared by `examples/mutate.rs` (the table) and `tests/mutation.rs`
//! (floors on the clusters the tests carry).
//!
//! Three runs per cluster:
//! - **untouched**: the cluster as it is; every error or warning counts
//!   (some may be real disagreements of real outlets);
//! - **copy**: one article is copied with one figure changed and a line of
//!   furniture added, beside the original: the change must be reported,
//!   naming the changed figure;
//! - **in place**: one article has one figure changed where it stands, so
//!   that only the other reports can contradict it (many such changes are
//!   of figures no other report gives: they cannot be caught, and the
//!   table says how many were).
//!
//! A false alarm is an error or warning of a mutated run that does not name
//! the changed figure and that the untouched run did not report.

use std::collections::{BTreeMap, BTreeSet};

use factlint::checks::check;
use factlint::claim::{Claim, ClaimKind, Value};
use factlint::report::Report;
use factlint::rules::{Compare, Rule, Severity};
use factlint::span::Span;
use factlint::values::compatible;
use factlint::Document;

/// How a figure is changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A copy of the article, with the figure changed, beside the original.
    Copy,
    /// The article itself changed.
    InPlace,
}

/// Caught and tried, per claim kind.
#[derive(Clone, Debug, Default)]
pub struct Outcome {
    /// Per kind: (tried, caught).
    pub by_kind: BTreeMap<&'static str, (usize, usize)>,
    /// Changed figures that some other document states with the same value
    /// (only those can be caught in place).
    pub contradictable: usize,
    /// Of those, caught.
    pub contradictable_caught: usize,
    /// Errors and warnings of mutated runs that name no change and were not
    /// in the untouched run.
    pub false_alarms: usize,
    /// Errors and warnings of the untouched clusters.
    pub untouched: usize,
    /// One line per miss and per false alarm.
    pub notes: Vec<String>,
}

impl Outcome {
    /// All kinds together: (tried, caught).
    pub fn total(&self) -> (usize, usize) {
        self.by_kind.values().fold((0, 0), |(t, c), (a, b)| (t + a, c + b))
    }

    /// Add another outcome to this one.
    pub fn merge(&mut self, other: Outcome) {
        for (k, (t, c)) in other.by_kind {
            let e = self.by_kind.entry(k).or_default();
            e.0 += t;
            e.1 += c;
        }
        self.contradictable += other.contradictable;
        self.contradictable_caught += other.contradictable_caught;
        self.false_alarms += other.false_alarms;
        self.untouched += other.untouched;
        self.notes.extend(other.notes);
    }
}

/// A story cluster: documents (path, text).
pub struct Cluster {
    /// A name for reports.
    pub name: String,
    /// The documents.
    pub docs: Vec<(String, String)>,
}

/// A small deterministic random generator (xorshift), so that every run of
/// the harness changes the same figures.
pub struct Rng(u64);

impl Rng {
    /// A generator from a seed.
    pub fn new(seed: u64) -> Self {
        Rng(seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1)
    }

    /// The next number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        if n == 0 {
            0
        } else {
            (self.0 % n as u64) as usize
        }
    }
}

/// The conflicts at warning or above, as comparable keys.
fn alarms(report: &Report) -> BTreeSet<String> {
    report.conflicts.iter().filter(|c| c.severity >= Severity::Warning).map(|c| alarm_key(report, c)).collect()
}

/// A conflict as a comparable key: its rule and its claims' paths and texts.
fn alarm_key(report: &Report, c: &factlint::report::Conflict) -> String {
    let sides: Vec<String> = c
        .claims
        .iter()
        .filter_map(|r| {
            let doc = report.documents.get(r.doc)?;
            Some(format!("{}:{}", doc.path, report.claim(*r)?.span.slice(&doc.text)))
        })
        .collect();
    format!("{} {}", c.rule, sides.join(" | "))
}

/// True when an alarm is one of the untouched run's, though the claims it
/// lists may differ a little (adding a document can add a claim to an
/// event): it shares two claims with one of them.
fn is_known(alarm: &str, known: &BTreeSet<String>) -> bool {
    let claims = |a: &str| -> BTreeSet<String> {
        a.split_once(' ').map_or("", |(_, rest)| rest).split(" | ").map(str::to_string).collect()
    };
    let mine = claims(alarm);
    known.iter().any(|k| {
        k.split(' ').next() == alarm.split(' ').next() && claims(k).intersection(&mine).count() >= 2.min(mine.len())
    })
}

/// The documents of a cluster, read.
fn documents(docs: &[(String, String)]) -> Vec<Document> {
    docs.iter().map(|(p, t)| Document::new(p.as_str(), t.as_str(), None)).collect()
}

/// Run the harness on one cluster: `tries` changes in the given mode.
pub fn run(cluster: &Cluster, mode: Mode, tries: usize, rng: &mut Rng, rules: &[Rule]) -> Outcome {
    let mut out = Outcome::default();
    let base = check(documents(&cluster.docs), rules);
    let known = alarms(&base);
    out.untouched = known.len();
    let extracted: Vec<(Document, Vec<Claim>)> = documents(&cluster.docs)
        .into_iter()
        .map(|d| {
            let claims = factlint::extract::extract(&d);
            (d, claims)
        })
        .collect();
    let mut attempts = 0;
    let mut done = 0;
    while done < tries && attempts < tries * 20 {
        attempts += 1;
        let d = rng.below(extracted.len());
        let Some((doc, claims)) = extracted.get(d) else { continue };
        let eligible: Vec<&Claim> = claims.iter().filter(|c| changeable(c)).collect();
        let Some(claim) = eligible.get(rng.below(eligible.len())).copied() else { continue };
        let Some((text, span)) = mutate(doc, claim) else { continue };
        done += 1;
        let kind = claim.kind.name();
        let mut docs = cluster.docs.clone();
        let target_path = match mode {
            Mode::Copy => {
                let path = format!("{}-copy", docs.get(d).map_or("doc", |x| x.0.as_str()));
                docs.push((path.clone(), format!("{text}\n\nThis article was distributed by a news agency.\n")));
                path
            }
            Mode::InPlace => {
                if let Some(slot) = docs.get_mut(d) {
                    slot.1 = text;
                }
                docs.get(d).map_or_else(String::new, |x| x.0.clone())
            }
        };
        let report = check(documents(&docs), rules);
        let names_change = |c: &factlint::report::Conflict| {
            c.severity >= Severity::Warning
                && c.claims.iter().any(|r| {
                    report.documents.get(r.doc).is_some_and(|doc| doc.path == target_path)
                        && report.claim(*r).is_some_and(|cl| cl.span.start < span.end && span.start < cl.span.end)
                })
        };
        let caught = report.conflicts.iter().any(names_change);
        let entry = out.by_kind.entry(kind).or_default();
        entry.0 += 1;
        entry.1 += usize::from(caught);
        let stated_elsewhere = stated_elsewhere(&extracted, d, claim);
        if stated_elsewhere {
            out.contradictable += 1;
            out.contradictable_caught += usize::from(caught);
        }
        let original = claim.span.slice(&doc.text);
        if !caught {
            let seen = if stated_elsewhere { "another report states it" } else { "no other report states it" };
            out.notes.push(format!(
                "MISSED {} {} {kind} {original:?} at {} ({seen})",
                cluster.name, doc.path, claim.span.start
            ));
        }
        for c in report.conflicts.iter().filter(|c| c.severity >= Severity::Warning && !names_change(c)) {
            let alarm = alarm_key(&report, c);
            if !is_known(&alarm, &known) {
                out.false_alarms += 1;
                out.notes
                    .push(format!("FALSE {} (after changing {original:?} in {}): {alarm}", cluster.name, doc.path));
            }
        }
    }
    out
}

/// True for a claim the harness may change: a stated figure or date, not
/// vague, derived, relative, or in the page's furniture.
fn changeable(claim: &Claim) -> bool {
    let vague = matches!(claim.value, Value::Amount(a) if a.vague);
    matches!(
        claim.kind,
        ClaimKind::Count
            | ClaimKind::Money
            | ClaimKind::Percent
            | ClaimKind::Quantity
            | ClaimKind::Duration
            | ClaimKind::Date
            | ClaimKind::DateTime
            | ClaimKind::Time
    ) && !vague
        && !claim.derived
        && !claim.relative
}

/// True when another document has a claim of the same kind and value.
fn stated_elsewhere(extracted: &[(Document, Vec<Claim>)], d: usize, claim: &Claim) -> bool {
    extracted
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != d)
        .any(|(_, (_, claims))| claims.iter().any(|c| c.kind == claim.kind && c.value == claim.value))
}

/// The document's text with the claim's figure changed so that its value
/// disagrees, and the span of the changed claim in the new text.
fn mutate(doc: &Document, claim: &Claim) -> Option<(String, Span)> {
    let written = claim.span.slice(&doc.text);
    let strict = Compare { vague_stretch: 1.0, ..Compare::default() };
    for candidate in variants(written) {
        let text = format!("{}{}{}", doc.text.get(..claim.span.start)?, candidate, doc.text.get(claim.span.end..)?);
        let changed = Document::new(doc.path.as_str(), text.as_str(), None);
        let claims = factlint::extract::extract(&changed);
        let span = Span::new(claim.span.start, claim.span.start + candidate.len());
        let new = claims.iter().find(|c| c.span.start < span.end && span.start < c.span.end && c.kind == claim.kind)?;
        if !compatible(&new.value, &claim.value, &strict) {
            return Some((text, new.span));
        }
    }
    None
}

/// Small number words and their changed forms.
const WORDS: &[(&str, &str)] = &[
    ("one", "three"),
    ("two", "four"),
    ("three", "five"),
    ("four", "six"),
    ("five", "seven"),
    ("six", "eight"),
    ("seven", "nine"),
    ("eight", "ten"),
    ("nine", "eleven"),
    ("ten", "twelve"),
    ("dozen", "score"),
];

/// Month and weekday names, each changed to the next.
const CALENDAR: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Ways to change a written figure, most natural first: the second digit
/// up by one ("13,000" → "14,000"), the first digit up, a number word, a
/// month or weekday name.
fn variants(written: &str) -> Vec<String> {
    let mut out = Vec::new();
    let digits: Vec<usize> = written.char_indices().filter(|(_, c)| c.is_ascii_digit()).map(|(i, _)| i).collect();
    for &pos in digits.iter().skip(1).take(1).chain(digits.first()) {
        let Some(d) = written.get(pos..pos + 1).and_then(|s| s.parse::<u8>().ok()) else { continue };
        let next = if d == 9 { 1 } else { d + 1 };
        out.push(format!("{}{}{}", written.get(..pos).unwrap_or(""), next, written.get(pos + 1..).unwrap_or("")));
    }
    let lower = written.to_lowercase();
    for (from, to) in WORDS {
        if let Some(at) = lower.find(from) {
            let capital = written.get(at..at + 1).is_some_and(|c| c.chars().all(char::is_uppercase));
            let to = if capital { capitalize(to) } else { (*to).to_string() };
            out.push(format!(
                "{}{}{}",
                written.get(..at).unwrap_or(""),
                to,
                written.get(at + from.len()..).unwrap_or("")
            ));
        }
    }
    for (i, name) in CALENDAR.iter().enumerate() {
        if let Some(at) = written.find(name) {
            let next = if i < 12 { CALENDAR.get((i + 1) % 12) } else { CALENDAR.get(12 + (i - 12 + 1) % 7) };
            if let Some(next) = next {
                out.push(format!(
                    "{}{}{}",
                    written.get(..at).unwrap_or(""),
                    next,
                    written.get(at + name.len()..).unwrap_or("")
                ));
            }
        }
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}
