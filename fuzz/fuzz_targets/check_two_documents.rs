//! A whole check over two documents made from the input (split at the first
//! NUL byte, prefixed with a dateline so that dates resolve), rendered in
//! every format: no panic anywhere.
#![no_main]

use factlint::Document;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (a, b) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, data),
    };
    let docs = vec![
        Document::new("a.md", format!("March 10, 2025\n{}", String::from_utf8_lossy(a)), None),
        Document::new("b.html", format!("<p>March 11, 2025</p>{}", String::from_utf8_lossy(b)), None),
    ];
    let Ok(rules) = factlint::rules::LoadedRules::builtin() else { return };
    let known: Vec<String> = rules.rules.iter().map(|r| r.id.clone()).collect();
    let options = factlint::pipeline::Options { report_unused_suppressions: true, ..factlint::pipeline::Options::new(&rules.rules, &known) };
    let report = factlint::run_check(docs, factlint::pipeline::Read::Nothing, &options).report;
    let _ = factlint::report::json::check_json(&report);
    let _ = factlint::report::json::check_jsonl(&report);
    let _ = factlint::report::gitlab::code_quality(&report);
    let _ = factlint::report::sarif::sarif(&report, &rules.rules, std::path::Path::new("/"));
    let _ = factlint::report::github::annotations(&report);
    let _ = factlint::report::human::render_check(&report, false);
    let _ = factlint::baseline::Baseline::of(&report).to_json();
});
