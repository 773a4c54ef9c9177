//! Properties: the extractor never panics and every span is exact on any
//! Unicode input; figures written in digits or words are found with their
//! value; a figure changed in one copy of a clean cluster is reported.

use factlint::checks::check;
use factlint::claim::Value;
use factlint::extract::extract;
use factlint::rules::LoadedRules;
use factlint::Document;
use proptest::prelude::*;

#[path = "../benches/common/corpus.rs"]
mod corpus;
use corpus::grouped;

const SMALL: [&str; 20] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 10] = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/// English words for 1..=999.
fn words(n: u32) -> String {
    let mut parts = Vec::new();
    if n >= 100 {
        parts.push(format!("{} hundred", SMALL[(n / 100) as usize]));
    }
    let rest = n % 100;
    if rest > 0 {
        if !parts.is_empty() {
            parts.push("and".into());
        }
        if rest < 20 {
            parts.push(SMALL[rest as usize].into());
        } else if rest.is_multiple_of(10) {
            parts.push(TENS[(rest / 10) as usize].into());
        } else {
            parts.push(format!("{}-{}", TENS[(rest / 10) as usize], SMALL[(rest % 10) as usize]));
        }
    }
    parts.join(" ")
}

fn amounts(text: &str) -> Vec<(String, Option<f64>)> {
    let doc = Document::new("p.txt", text, None);
    extract(&doc)
        .into_iter()
        .map(|c| {
            let low = match c.value {
                Value::Amount(a) => a.low,
                _ => None,
            };
            (c.span.slice(text).to_string(), low)
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_and_spans_are_exact(text in "\\PC{0,300}", ext in prop::sample::select(vec!["txt", "md", "html"])) {
        let doc = Document::new(format!("x.{ext}"), text.clone(), None);
        for claim in extract(&doc) {
            prop_assert!(text.is_char_boundary(claim.span.start) && text.is_char_boundary(claim.span.end));
            prop_assert!(claim.span.start < claim.span.end && claim.span.end <= text.len());
        }
    }

    #[test]
    fn newsy_noise_never_panics(parts in prop::collection::vec(prop::sample::select(vec![
        "13,000", "two-hour", "Tuesday", "Dec 7", "$1.3bn", "25%", "at least", "tens of thousands", "9-10", "January",
        " ", ", ", ". ", "\n", "—", "killed", "call", "2:15 a.m.", "1e999999", "February 30", "99999", "Read More", "<p>", "](",
    ]), 0..40)) {
        let text: String = parts.concat();
        for ext in ["txt", "md", "html"] {
            let doc = Document::new(format!("x.{ext}"), text.clone(), None);
            for claim in extract(&doc) {
                prop_assert!(text.get(claim.span.start..claim.span.end).is_some());
            }
        }
    }

    // "one" in words is not a count by design: in news it is mostly a pronoun
    // ("one of the leaders"), so the property starts at two.
    #[test]
    fn digits_and_words_are_read_with_their_value(n in 2u32..1000, big in 1_000u64..10_000_000) {
        let text = format!("Officials said {} people were evacuated and {} were injured.", words(n), grouped(big));
        let found = amounts(&text);
        prop_assert_eq!(found.first().map(|f| f.1), Some(Some(f64::from(n))), "{} -> {:?}", text, found);
        prop_assert_eq!(found.get(1).map(|f| f.1), Some(Some(big as f64)), "{} -> {:?}", text, found);
    }

    #[test]
    fn durations_in_words_and_digits(h in 1u32..20, m in 1u32..59) {
        let text = format!("The meeting lasted {} hours and {} minutes.", words(h), m);
        let found = amounts(&text);
        prop_assert_eq!(found.first().map(|f| f.1), Some(Some(f64::from(h * 3600 + m * 60))), "{:?}", found);
    }

    #[test]
    fn a_changed_figure_in_one_report_is_reported(toll in 20u32..5000, delta in 1u32..400, up in any::<bool>()) {
        let changed = if up { toll + delta } else { toll - delta.min(toll - 1) };
        let base = "PORT ALDEN, March 10, 2025 — The quake killed {N} people in Port Alden on Monday, officials said.\nRescue teams searched Port Alden.";
        let clean = base.replace("{N}", &toll.to_string());
        let docs = vec![
            Document::new("a.txt", clean.clone(), None),
            Document::new("b.txt", clean.replace("officials said", "the mayor said").replace("Rescue", "Aid"), None),
            Document::new("c.txt", base.replace("{N}", &changed.to_string()).replace("Rescue", "Army"), None),
        ];
        let rules = LoadedRules::builtin().unwrap();
        let without = check(docs[..2].to_vec(), &rules.rules);
        prop_assert!(without.conflicts.is_empty(), "{:#?}", without.conflicts);
        let report = check(docs, &rules.rules);
        let changed_text = changed.to_string();
        let named = report.conflicts.iter().any(|c| {
            c.rule == "casualty-count" && c.claims.iter().any(|r| r.doc == 2 && report.claim(*r).is_some_and(|claim| claim.span.slice(&report.documents[2].text) == changed_text))
        });
        prop_assert!(named, "{} -> {}: {:#?}", toll, changed, report.conflicts);
    }

    #[test]
    fn a_changed_date_in_one_report_is_reported(day in 1u32..28, delta in 1u32..3) {
        let base = "March 1, 2025\nA NATO-Russia session will be held in Geneva on March {D}, officials said.\n";
        let clean = base.replace("{D}", &day.to_string());
        let changed = (day + delta).to_string();
        let docs = vec![
            Document::new("a.txt", clean.clone(), None),
            Document::new("b.txt", clean.replace("officials said", "diplomats said"), None),
            Document::new("c.txt", base.replace("{D}", &changed), None),
        ];
        let rules = LoadedRules::builtin().unwrap();
        prop_assert!(check(docs[..2].to_vec(), &rules.rules).conflicts.is_empty());
        let report = check(docs, &rules.rules);
        let changed_text = format!("March {changed}");
        let named = report.conflicts.iter().any(|c| {
            c.rule == "event-date" && c.claims.iter().any(|r| r.doc == 2 && report.claim(*r).is_some_and(|claim| claim.span.slice(&report.documents[2].text) == changed_text))
        });
        prop_assert!(named, "{:#?}", report.conflicts);
    }
}

/// Inputs the fuzzers found, kept as regression tests: every prose range and
/// claim span of every reader stays on character boundaries.
#[test]
fn fuzz_regressions_keep_exact_spans() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let mut checked = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let text = String::from_utf8_lossy(&std::fs::read(entry.unwrap().path()).unwrap()).into_owned();
        for ext in ["txt", "md", "html"] {
            let doc = Document::new(format!("x.{ext}"), text.clone(), None);
            for p in &doc.prose {
                assert!(text.get(p.start..p.end).is_some(), "{ext}: prose {p:?}");
            }
            for claim in extract(&doc) {
                assert!(text.get(claim.span.start..claim.span.end).is_some(), "{ext}: claim {:?}", claim.span);
            }
        }
        checked += 1;
    }
    assert!(checked > 0);
}

/// The input the whole-check fuzz target crashed on, rebuilt as the target
/// builds its two documents.
#[test]
fn fuzz_regression_check_two_documents() {
    let data = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions/check-two.bin"))
        .unwrap();
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&data[..], &data[..]),
    };
    let docs = vec![
        Document::new("a.md", format!("March 10, 2025\n{}", String::from_utf8_lossy(a)), None),
        Document::new("b.html", format!("<p>March 11, 2025</p>{}", String::from_utf8_lossy(b)), None),
    ];
    let rules = LoadedRules::builtin().unwrap();
    let report = check(docs, &rules.rules);
    let _ = factlint::report::json::check_json(&report);
    let _ = factlint::report::human::render_check(&report, false);
}
