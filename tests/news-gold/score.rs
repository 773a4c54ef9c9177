//! Scoring the extractor against claims annotated by hand in news articles
//! (the `.gold` files beside this one): shared by `examples/news_eval.rs`,
//! which prints the table, and `tests/news_gold.rs`, which holds the floor.

use std::collections::BTreeMap;
use std::path::Path;

use chrono::NaiveDate;
use factlint::claim::{Claim, DateValue, Value};
use factlint::extract::extract;
use factlint::report::value::value_json;
use factlint::span::Span;
use factlint::Document;

/// Counts for one kind.
#[derive(Default)]
pub struct Tally {
    /// Annotated claims.
    pub expected: usize,
    /// Annotated claims that a claim overlaps.
    pub found: usize,
    /// Annotated claims that an overlapping claim gets right.
    pub right: usize,
}

/// The score of one gold file.
#[derive(Default)]
pub struct Score {
    /// Per annotated kind.
    pub tallies: BTreeMap<String, Tally>,
    /// Claims factlint made in the annotated articles.
    pub claims_made: usize,
    /// Of those, the ones overlapping no annotated claim.
    pub extra: usize,
    /// One line per miss and per extra claim.
    pub notes: Vec<String>,
}

impl Score {
    /// All kinds together.
    pub fn total(&self) -> Tally {
        let mut all = Tally::default();
        for t in self.tallies.values() {
            all.expected += t.expected;
            all.found += t.found;
            all.right += t.right;
        }
        all
    }
}

/// Score the gold file at `gold_path` on the articles under `root`.
pub fn score(gold_path: &Path, root: &Path) -> Result<Score, String> {
    let gold_text = std::fs::read_to_string(gold_path).map_err(|e| format!("{}: {e}", gold_path.display()))?;
    let mut by_article: BTreeMap<String, Vec<Gold>> = BTreeMap::new();
    for (n, line) in gold_text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let gold =
            parse_line(line).ok_or_else(|| format!("{}:{}: cannot read {line:?}", gold_path.display(), n + 1))?;
        by_article.entry(gold.article.clone()).or_default().push(gold);
    }
    let mut score = Score::default();
    for (article, golds) in &by_article {
        let path = root.join(article);
        let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        score_article(article, &text, golds, &mut score)?;
    }
    Ok(score)
}

/// Score one article's annotated claims.
fn score_article(article: &str, text: &str, golds: &[Gold], score: &mut Score) -> Result<(), String> {
    let doc = Document::new(article, text, None);
    let claims = extract(&doc);
    let mut spans = Vec::new();
    for gold in golds {
        let span = locate(text, &gold.text, gold.nth)
            .ok_or_else(|| format!("{article}: {:?} #{} not in the text", gold.text, gold.nth))?;
        spans.push(span);
        let over: Vec<&Claim> = claims.iter().filter(|c| overlaps(c.span, span)).collect();
        let tally = score.tallies.entry(gold.kind.clone()).or_default();
        tally.expected += 1;
        tally.found += usize::from(!over.is_empty());
        let right = over.iter().any(|c| matches(gold, c));
        tally.right += usize::from(right);
        if !right {
            let got: Vec<String> = over.iter().map(|c| describe(c, text)).collect();
            score.notes.push(format!("MISS {article} {:?} want {} got {got:?}", gold.text, gold.kind));
        }
    }
    score.claims_made += claims.len();
    for claim in claims.iter().filter(|c| !spans.iter().any(|&s| overlaps(c.span, s))) {
        score.extra += 1;
        score.notes.push(format!("EXTRA {article} {}", describe(claim, text)));
    }
    Ok(())
}

/// One annotated claim.
struct Gold {
    article: String,
    text: String,
    nth: usize,
    kind: String,
    value: Expected,
}

/// An annotated value.
enum Expected {
    /// An interval; `approx` holds one figure the claim's interval must hold.
    Amount {
        low: Option<f64>,
        high: Option<f64>,
        approx: Option<f64>,
        unit: Option<String>,
    },
    Day(NaiveDate),
    Range(NaiveDate, NaiveDate),
    Year(i32),
    Time(String),
}

/// `<article> | <text>[#n] | <kind> | <value>`.
fn parse_line(line: &str) -> Option<Gold> {
    let parts: Vec<&str> = line.split(" | ").map(str::trim).collect();
    let [article, text, kind, value] = parts.as_slice() else { return None };
    let (text, nth) = match text.rsplit_once('#') {
        Some((t, n)) => (t, n.parse().ok()?),
        None => (*text, 1),
    };
    let value = parse_value(kind, value)?;
    Some(Gold { article: article.to_string(), text: text.to_string(), nth, kind: kind.to_string(), value })
}

/// A value in the notation of the gold file's header.
fn parse_value(kind: &str, value: &str) -> Option<Expected> {
    match kind {
        "date" => match value.split_once("..") {
            Some((a, b)) => Some(Expected::Range(day(a)?, day(b)?)),
            None => Some(Expected::Day(day(value)?)),
        },
        "year" => Some(Expected::Year(value.parse().ok()?)),
        "time" | "datetime" => Some(Expected::Time(value.to_string())),
        _ => amount(kind, value),
    }
}

fn day(text: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// `low[..high] [unit]`, `~v [unit]`, durations with a unit suffix.
fn amount(kind: &str, value: &str) -> Option<Expected> {
    let (figure, unit) = match value.split_once(' ') {
        Some((f, u)) => (f, Some(u.to_string())),
        None => (value, None),
    };
    let number = |t: &str| -> Option<Option<f64>> {
        if t.is_empty() {
            return Some(None);
        }
        if kind == "duration" {
            return seconds(t).map(Some);
        }
        t.parse().ok().map(Some)
    };
    let unit = if kind == "duration" { Some("s".to_string()) } else { unit };
    if let Some(approx) = figure.strip_prefix('~') {
        return Some(Expected::Amount { low: None, high: None, approx: number(approx)?, unit });
    }
    let (low, high) = match figure.split_once("..") {
        Some((a, b)) => (number(a)?, number(b)?),
        None => (number(figure)?, number(figure)?),
    };
    Some(Expected::Amount { low, high, approx: None, unit })
}

/// "60d", "30min", "1y", "4w", "2mo", "90s", "30h": seconds.
fn seconds(text: &str) -> Option<f64> {
    let split = text.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(text.len());
    let (n, suffix) = text.split_at(split);
    let n: f64 = n.parse().ok()?;
    let per = match suffix {
        "" | "s" => 1.0,
        "min" => 60.0,
        "h" => 3600.0,
        "d" => 86_400.0,
        "w" => 604_800.0,
        "mo" => 2_592_000.0,
        "y" => 31_536_000.0,
        _ => return None,
    };
    Some(n * per)
}

/// The byte span of the `nth` occurrence of `needle`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<Span> {
    let start = text.match_indices(needle).nth(nth.checked_sub(1)?)?.0;
    Some(Span::new(start, start + needle.len()))
}

fn overlaps(a: Span, b: Span) -> bool {
    a.start < b.end && b.start < a.end
}

/// Whether the claim has the annotated kind and value.
fn matches(gold: &Gold, claim: &Claim) -> bool {
    // A time of day may come as a date-time (the day it falls on is known),
    // a year as the range of its days ("last year").
    let kind_fits = claim.kind.name() == gold.kind
        || (gold.kind == "time" && claim.kind.name() == "datetime")
        || (gold.kind == "year" && claim.kind.name() == "date");
    if !kind_fits {
        return false;
    }
    match (&gold.value, &claim.value) {
        (Expected::Amount { low, high, approx, unit }, Value::Amount(a)) => {
            if a.unit.map(str::to_string) != *unit {
                return false;
            }
            match approx {
                Some(v) => a.low.is_none_or(|l| l <= v + 1e-9) && a.high.is_none_or(|h| h >= v - 1e-9),
                None => same(*low, a.low) && same(*high, a.high),
            }
        }
        (Expected::Day(d), Value::Date { date: DateValue::Day(got), .. }) => d == got,
        (Expected::Range(a, b), Value::Date { date: DateValue::Range(x, y), .. }) => a == x && b == y,
        (Expected::Year(y), Value::Year(got)) => y == got,
        (Expected::Year(y), Value::Date { date: DateValue::Range(first, last), .. }) => {
            NaiveDate::from_ymd_opt(*y, 1, 1) == Some(*first) && NaiveDate::from_ymd_opt(*y, 12, 31) == Some(*last)
        }
        (Expected::Time(t), value) => value_json(value).to_string().contains(t.as_str()),
        _ => false,
    }
}

fn same(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (Some(x), Some(y)) => (x - y).abs() <= 1e-6 * x.abs().max(1.0),
        (None, None) => true,
        _ => false,
    }
}

fn describe(claim: &Claim, text: &str) -> String {
    format!("{:?} {} {}", claim.span.slice(text), claim.kind.name(), value_json(&claim.value))
}
