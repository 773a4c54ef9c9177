//! SARIF 2.1.0 output for code-scanning: one result per conflict, the other
//! claims as related locations, the rules with their help text, and stable
//! partial fingerprints.

use serde_json::{json, Value as Json};

use super::fingerprint::fingerprint;
use super::located::{Lines, Located};
use super::model::Report;
use super::value::value_text;
use crate::rules::{Rule, Severity};

/// The SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A path as a SARIF URI reference (relative, `/`-separated, escaped).
pub fn uri(path: &str) -> String {
    let path = if path == "<stdin>" { "stdin" } else { path };
    let mut out = String::with_capacity(path.len());
    for c in path.chars() {
        match c {
            '\\' => out.push('/'),
            ' ' => out.push_str("%20"),
            '%' => out.push_str("%25"),
            '#' => out.push_str("%23"),
            '?' => out.push_str("%3F"),
            c => out.push(c),
        }
    }
    out
}

/// The SARIF rule descriptor of a rule.
fn rule_json(rule: &Rule) -> Json {
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.doc.what.trim()},
        "help": {"text": rule.explain(), "markdown": rule.explain()},
        "defaultConfiguration": {"level": level(rule.effective_severity())},
    })
}

/// The physical location of a claim.
fn location(Located { doc, index, claim }: Located<'_>) -> Json {
    let p = index.position(&doc.text, claim.span);
    json!({
        "physicalLocation": {
            "artifactLocation": {"uri": uri(&doc.path)},
            "region": {
                "startLine": p.line, "startColumn": p.column,
                "endLine": p.end_line, "endColumn": p.end_column,
                "charOffset": doc.text.get(..claim.span.start).map_or(0, |before| before.chars().count()),
                "charLength": claim.span.slice(&doc.text).chars().count(),
                "snippet": {"text": claim.span.slice(&doc.text)},
            },
        },
    })
}

/// The whole SARIF log for a report checked with `rules`.
pub fn sarif(report: &Report, rules: &[Rule]) -> Json {
    let lines = Lines::new(report);
    let results: Vec<Json> = report
        .conflicts
        .iter()
        .map(|c| {
            let mut located = c.claims.iter().filter_map(|r| lines.claim(*r));
            let first = located.next().map(location);
            let related: Vec<Json> = located
                .enumerate()
                .map(|(i, at)| {
                    let mut loc = location(at);
                    if let Some(fields) = loc.as_object_mut() {
                        fields.insert("id".into(), json!(i + 1));
                        let says = format!("{} says {}", at.doc.path, value_text(&at.claim.value));
                        fields.insert("message".into(), json!({ "text": says }));
                    }
                    loc
                })
                .collect();
            json!({
                "ruleId": c.rule,
                "ruleIndex": rules.iter().position(|r| r.id == c.rule).unwrap_or(0),
                "level": level(c.severity),
                "message": {"text": format!("{} ({})", c.message, c.help)},
                "locations": first.into_iter().collect::<Vec<Json>>(),
                "relatedLocations": related,
                "partialFingerprints": {"factlintConflict/v1": fingerprint(report, c)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/factlint",
                "rules": rules.iter().map(rule_json).collect::<Vec<_>>(),
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}
