//! `check` on every topic of ECB+ (`../shared/ecbplus`): each topic holds
//! two different events of one kind (`ecb/` and `ecbplus/`), so an error or
//! warning that names one article of each compares two different events —
//! false by construction. Conflicts inside one event are listed for a
//! person to judge (real outlets sometimes disagree).
//!
//! ```sh
//! cargo run --release --example ecbplus_eval -- ../shared/ecbplus
//! ```
//!
//! `ECB_SHOW=cross` lists the false ones, `ECB_SHOW=within` the others,
//! `ECB_SHOW=all` both.

use factlint::checks::check;
use factlint::document::load::load_all;
use factlint::rules::{LoadedRules, Severity};
use factlint::Document;

fn main() {
    let Some(root) = std::env::args().nth(1) else {
        eprintln!("usage: ecbplus_eval <ecbplus folder>");
        std::process::exit(2);
    };
    let rules = match LoadedRules::builtin() {
        Ok(r) => r.rules,
        Err(e) => {
            eprintln!("{e:?}");
            std::process::exit(2);
        }
    };
    let show = std::env::var("ECB_SHOW").unwrap_or_default();
    let mut topics: Vec<String> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.filter_map(|e| e.ok()).filter(|e| e.path().is_dir()).map(|e| e.path().display().to_string()).collect()
        })
        .unwrap_or_default();
    topics.sort_by_key(|t| t.rsplit('/').next().and_then(|n| n.parse::<u32>().ok()).unwrap_or(0));
    let (mut cross_total, mut within_total, mut topics_with_cross, mut claims, mut compared) = (0, 0, 0, 0, 0);
    for topic in &topics {
        let (sources, _) = load_all(std::slice::from_ref(topic));
        let docs: Vec<Document> = sources.into_iter().map(|s| Document::new(s.path, s.text, None)).collect();
        let report = check(docs, &rules);
        claims += report.summary.claims;
        compared += report.summary.compared;
        let (mut cross, mut within) = (0, 0);
        for c in report.conflicts.iter().filter(|c| c.severity >= Severity::Warning) {
            let events: std::collections::BTreeSet<&str> = c
                .claims
                .iter()
                .filter_map(|r| report.documents.get(r.doc))
                .map(|d| {
                    if d.path.contains("/ecbplus/") && d.path.rsplit('/').nth(1) == Some("ecbplus") {
                        "ecbplus"
                    } else {
                        "ecb"
                    }
                })
                .collect();
            let sides: Vec<String> = c
                .claims
                .iter()
                .filter_map(|r| {
                    let doc = report.documents.get(r.doc)?;
                    let file = doc.path.rsplit('/').next().unwrap_or(&doc.path);
                    Some(format!("{file}:{:?}", report.claim(*r)?.span.slice(&doc.text)))
                })
                .collect();
            let line = format!("{} {} {}: {} [{}]", c.severity.name(), c.rule, topic, c.message, sides.join(" | "));
            if events.len() > 1 {
                cross += 1;
                if show == "cross" || show == "all" {
                    println!("CROSS  {line}");
                }
            } else {
                within += 1;
                if show == "within" || show == "all" {
                    println!("WITHIN {line}");
                }
            }
        }
        cross_total += cross;
        within_total += within;
        topics_with_cross += usize::from(cross > 0);
    }
    println!(
        "{} topics: {cross_total} conflicts across the two events (false by construction) in {topics_with_cross} topics; {within_total} inside one event; {claims} claims, {compared} compared",
        topics.len()
    );
}
