//! Scores the extractor on the peer test suites (`../shared/peer-suites/*.jsonl`):
//! for each expected span, whether a claim overlaps it (found) and whether one
//! of those claims has the expected value (right), per suite and kind.
//!
//! ```sh
//! cargo run --release --example peer_eval -- ../shared/peer-suites/*.jsonl
//! ```
//!
//! Offsets in the suites are characters; they are converted to bytes here.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveTime};
use factlint::claim::{Claim, ClaimKind, DateValue, Value};
use factlint::extract::extract;
use factlint::Document;
use serde_json::Value as Json;

/// Kinds the factlint spec covers (the aim is 90% right values on these).
const IN_SCOPE: &[&str] =
    &["number", "ordinal", "percent", "money", "duration", "date", "time", "datetime", "dimension"];

/// Counts for one suite and kind.
#[derive(Default)]
struct Tally {
    expected: usize,
    found: usize,
    right: usize,
}

fn main() {
    let show = std::env::var("PEER_EVAL_SHOW").ok();
    let paths: Vec<String> = std::env::args().skip(1).collect();
    if paths.is_empty() {
        eprintln!("usage: peer_eval <suite.jsonl>...");
        std::process::exit(2);
    }
    let mut tallies: BTreeMap<(String, String), Tally> = BTreeMap::new();
    let mut negatives: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for path in &paths {
        let suite = std::path::Path::new(path).file_stem().map_or(path.clone(), |s| s.to_string_lossy().into_owned());
        let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for line in text.lines() {
            let case: Json = serde_json::from_str(line).expect("a JSON line");
            score_case(&suite, &case, &mut tallies, &mut negatives, show.as_deref());
        }
    }
    print_table(&tallies, &negatives);
}

/// Score one case; with `show` set to a kind, print its misses.
fn score_case(
    suite: &str,
    case: &Json,
    tallies: &mut BTreeMap<(String, String), Tally>,
    negatives: &mut BTreeMap<String, (usize, usize)>,
    show: Option<&str>,
) {
    let text = case["text"].as_str().unwrap_or("");
    let reference = case["reference"].as_str().and_then(|r| NaiveDate::parse_from_str(r.get(..10)?, "%Y-%m-%d").ok());
    // A case is a passage, not a page: no dateline or headline in it.
    let mut doc = Document::passage("case.txt", text, reference);
    // The reference's clock time is the moment "now" in the case.
    let clock = case["reference"].as_str().and_then(|r| NaiveTime::parse_from_str(r.get(11..)?, "%H:%M:%S").ok());
    if let (Some(published), Some(time)) = (doc.published.as_mut(), clock) {
        published.time = Some(time);
    }
    let claims = extract(&doc);
    let expected = case["expected"].as_array().cloned().unwrap_or_default();
    if expected.is_empty() {
        // A negative case forbids claims of its family only ("There are 10
        // students" may hold a count, not a date).
        let family = case["family"].as_str().unwrap_or("");
        let wrong: Vec<&Claim> = claims.iter().filter(|c| in_family(family, c.kind)).collect();
        let entry = negatives.entry(suite.to_string()).or_default();
        entry.0 += 1;
        entry.1 += usize::from(!wrong.is_empty());
        if show == Some("none") && !wrong.is_empty() {
            let got: Vec<String> = wrong.iter().map(|c| format!("{:?}={:?}", c.span.slice(text), c.value)).collect();
            println!("FALSE {suite} {family} {text:?} got {got:?}");
        }
        return;
    }
    for item in &expected {
        let mut kind = item["kind"].as_str().unwrap_or("?").to_string();
        if item.get("holiday").is_some() {
            kind.push_str(" (holiday)");
        }
        let tally = tallies.entry((suite.to_string(), kind.clone())).or_default();
        tally.expected += 1;
        let (start, end) =
            byte_span(text, item["start"].as_u64().unwrap_or(0) as usize, item["end"].as_u64().unwrap_or(0) as usize);
        let overlapping: Vec<Claim> = claims
            .iter()
            .filter(|c| c.span.start < end && start < c.span.end)
            .map(|c| in_reference_zone(c, case))
            .collect();
        if overlapping.is_empty() {
            if show == Some(kind.as_str()) {
                println!("LOST {suite} {text:?} want {:?}", item["span"]);
            }
            continue;
        }
        tally.found += 1;
        let values: Vec<Json> = match item.get("values") {
            Some(Json::Array(vs)) => vs.clone(),
            _ => vec![item["value"].clone()],
        };
        let clock = case["reference"].as_str();
        if overlapping.iter().any(|c| values.iter().any(|v| value_matches(&kind, v, c, clock))) {
            tally.right += 1;
        } else if show == Some(kind.as_str()) {
            let got: Vec<String> =
                overlapping.iter().map(|c| format!("{:?}={:?}", c.span.slice(text), c.value)).collect();
            println!("MISS {suite} {text:?} want {values:?} got {got:?}");
        }
    }
}

/// A claim whose time names a zone ("8:00 GMT"), moved into the zone of
/// the case's reference time, as Duckling states its values: the same
/// instant, written in the reference zone's local time.
fn in_reference_zone(c: &Claim, case: &Json) -> Claim {
    let offset = case["reference_utc_offset"].as_str().and_then(|o| {
        let (sign, rest) = o.split_at_checked(1)?;
        let (h, m) = rest.split_once(':')?;
        let minutes = h.parse::<i64>().ok()? * 60 + m.parse::<i64>().ok()?;
        Some(if sign == "-" { -minutes } else { minutes })
    });
    let shift = |t: &factlint::claim::TimeValue| {
        let zone = factlint::grammar::time::zone_offset(t.zone?)?;
        Some(chrono::TimeDelta::minutes(offset? - i64::from(zone)))
    };
    let mut moved = c.clone();
    moved.value = match c.value {
        Value::DateTime(d, t) => match shift(&t) {
            Some(delta) => {
                let at = d.and_time(t.time) + delta;
                Value::DateTime(at.date(), factlint::claim::TimeValue { time: at.time(), zone: None })
            }
            None => c.value,
        },
        Value::Time(t) => match shift(&t) {
            Some(delta) => Value::Time(factlint::claim::TimeValue { time: t.time + delta, zone: None }),
            None => c.value,
        },
        other => other,
    };
    moved
}

/// True when a claim of `kind` belongs to a negative case's `family`.
fn in_family(family: &str, kind: ClaimKind) -> bool {
    use ClaimKind::*;
    match family {
        "temporal" => matches!(kind, Date | Time | DateTime | Year),
        "money" => kind == Money,
        "percent" => kind == Percent,
        "ordinal" => kind == Ordinal,
        "dimension" | "temperature" => kind == Quantity,
        "duration" | "age" => kind == Duration,
        _ => matches!(kind, Count | Money | Percent | Quantity | Duration | Ordinal),
    }
}

/// Character offsets to byte offsets.
fn byte_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let at = |n: usize| text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
    (at(start), at(end))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1.0)
}

/// The figures a claim states: its low end, and its nominal value ("about
/// 5" is the interval 4.5–5.5 with nominal 5).
fn figures(c: &Claim) -> Vec<f64> {
    match c.value {
        Value::Amount(a) => a.low.or(a.high).into_iter().chain([a.nominal()]).collect(),
        _ => Vec::new(),
    }
}

/// True when the claim states the expected figure; a share stated as a
/// percentage ("two-thirds" → 66.7%) states the fraction 0.667; a vague
/// amount ("a few minutes", 2–5 minutes) states any reading within it (a
/// peer reads "few" as 3).
fn states(c: &Claim, expected: f64) -> bool {
    let share = c.kind == ClaimKind::Percent;
    let within_vague = match c.value {
        Value::Amount(a) if a.vague => a.low.is_some_and(|l| l <= expected) && a.high.is_some_and(|h| expected <= h),
        _ => false,
    };
    within_vague || figures(c).into_iter().any(|v| close(expected, v) || (share && close(expected * 100.0, v)))
}

/// Known unit factors between the suites' units and factlint's base units.
/// Metric prefixes (kilograms stated, grams expected) count as the same
/// measure.
const FACTORS: &[f64] = &[
    1.0,
    1.609344,
    0.3048,
    0.0254,
    2.54,
    0.45359237,
    0.90718474,
    0.404685642,
    3.785411784,
    1.852,
    2.589988,
    0.9144,
    28.349523125,
    1e-3,
    1e-2,
    1e-1,
    10.0,
    1e3,
];

/// Whether claim `c` states the expected value. `clock` is the case's
/// reference date-time: Duckling carries its clock time (to the hour) into
/// day offsets ("7 days ago" is 2013-02-05T04:00), a time the text never
/// states, so a date on the right day counts for it.
fn value_matches(kind: &str, expected: &Json, c: &Claim, clock: Option<&str>) -> bool {
    match kind {
        "number" | "ordinal" | "percent" | "duration" => expected.as_f64().is_some_and(|e| states(c, e)),
        "money" => {
            let amount = expected["amount"].as_f64();
            let unit = expected["unit"].as_str().unwrap_or("");
            let Value::Amount(a) = c.value else { return false };
            // A subunit is the same money in the main unit ("34 cents" is
            // 0.34 dollars, "197 pence" 1.97 pounds).
            match unit {
                "cent" | "Cent" => return a.unit == Some("USD") && amount.is_some_and(|e| states(c, e / 100.0)),
                "Pence" => return a.unit == Some("GBP") && amount.is_some_and(|e| states(c, e / 100.0)),
                _ => {}
            }
            let unit_ok = match (unit, a.unit) {
                ("unknown", _) => true,
                (_, None) => false,
                ("Dollar" | "$" | "USD", Some(u)) => u == "USD",
                ("Pound" | "£", Some(u)) => u == "GBP",
                ("Euro" | "€", Some(u)) => u == "EUR",
                ("Rupee", Some(u)) => u == "INR",
                ("Bitcoin", Some(u)) => u == "BTC",
                ("Peseta", Some(u)) => u == "ESP",
                ("Finnish markka", Some(u)) => u == "FIM",
                ("Netherlands guilder", Some(u)) => u == "NLG",
                (code, Some(u)) => code.eq_ignore_ascii_case(u),
            };
            unit_ok && amount.is_some_and(|e| states(c, e))
        }
        "dimension" => {
            let amount = expected["amount"].as_f64();
            amount.is_some_and(|e| FACTORS.iter().any(|f| states(c, e * f)))
        }
        // The suite marks an impossible date ("feb 30") with a null value.
        "date" if expected.is_null() => {
            matches!(c.value, Value::Date { date: DateValue::Impossible(_), .. })
        }
        "date" => expected.as_str().is_some_and(|e| date_of(c).is_some_and(|d| d.to_string() == e)),
        "daterange" => expected["from"].as_str().is_some_and(|e| date_of(c).is_some_and(|d| d.to_string() == e)),
        "time" => expected.as_str().is_some_and(|e| time_of(c).is_some_and(|t| t == e)),
        "datetime" => expected.as_str().is_some_and(|e| match c.value {
            Value::DateTime(d, t) => format!("{d}T{}", t.time.format("%H:%M:%S")) == e,
            Value::Time(t) => e.ends_with(&t.time.format("T%H:%M:%S").to_string()),
            _ => {
                (e.ends_with("T00:00:00") || clock.is_some_and(|r| carries_clock(e, r)))
                    && date_of(c).is_some_and(|d| e.starts_with(&d.to_string()))
            }
        }),
        _ => false,
    }
}

/// Whether the expected date-time's clock time is the reference's own,
/// whole or to the hour ("…T04:30:00" or "…T04:00:00" for 04:30).
fn carries_clock(expected: &str, reference: &str) -> bool {
    let (Some(time), Some(clock)) = (expected.get(10..), reference.get(10..)) else { return false };
    time == clock || (time.get(..3) == clock.get(..3) && time.get(3..) == Some(":00:00"))
}

fn date_of(c: &Claim) -> Option<NaiveDate> {
    match c.value {
        Value::Date { date: DateValue::Day(d) | DateValue::Range(d, _), .. } | Value::DateTime(d, _) => Some(d),
        _ => None,
    }
}

fn time_of(c: &Claim) -> Option<String> {
    match c.value {
        Value::Time(t) | Value::DateTime(_, t) => Some(t.time.format("%H:%M:%S").to_string()),
        _ => None,
    }
}

fn print_table(tallies: &BTreeMap<(String, String), Tally>, negatives: &BTreeMap<String, (usize, usize)>) {
    println!("| suite | kind | in scope | expected | found | right value | right % |");
    println!("|---|---|---|---:|---:|---:|---:|");
    let mut scoped = Tally::default();
    for ((suite, kind), t) in tallies {
        let scope = IN_SCOPE.contains(&kind.as_str());
        if scope {
            scoped.expected += t.expected;
            scoped.found += t.found;
            scoped.right += t.right;
        }
        let pct = 100.0 * t.right as f64 / t.expected.max(1) as f64;
        println!(
            "| {suite} | {kind} | {} | {} | {} | {} | {pct:.1}% |",
            if scope { "yes" } else { "no" },
            t.expected,
            t.found,
            t.right
        );
    }
    let pct = 100.0 * scoped.right as f64 / scoped.expected.max(1) as f64;
    println!(
        "| **all** | **in-scope kinds** | | {} | {} | {} | {pct:.1}% |",
        scoped.expected, scoped.found, scoped.right
    );
    for (suite, (cases, with_claims)) in negatives {
        println!("\nnegative cases in {suite}: {cases}, with a claim of the forbidden family: {with_claims}");
    }
}
