//! GitLab Code Quality output (`check --format gitlab`): a JSON array of
//! issues, one per claim of each conflict (so that every side is marked in
//! the merge request), and one per note that points into a file.
//!
//! Each issue has `description`, `check_name` (the rule id, or the note's
//! code), `fingerprint`, `severity` and `location.path` /
//! `location.lines.begin`. Severities map as: `error` → `major`, `warning` →
//! `minor`, `info` → `info`. The fingerprint is the conflict's fingerprint
//! (rule, subject and normalized values, never positions) with the claim's
//! path, text and occurrence, hashed: stable when lines move, unique per
//! issue.

use serde::Serialize;

use super::fingerprint::fingerprint;
use super::located::{Lines, Located};
use super::model::Report;
use super::value::value_text;
use crate::hash::stable_hash;
use crate::rules::Severity;

/// One Code Quality issue.
#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

/// Where an issue is.
#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines1,
}

/// The first line of an issue.
#[derive(Serialize)]
struct Lines1 {
    begin: usize,
}

/// The Code Quality severity of a factlint severity.
pub fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Error => "major",
        Severity::Warning => "minor",
        Severity::Info => "info",
    }
}

/// The Code Quality report, pretty-printed.
pub fn code_quality(report: &Report) -> String {
    let lines = Lines::new(report);
    let mut issues = Vec::new();
    for c in &report.conflicts {
        let conflict = fingerprint(report, c);
        let mut seen: Vec<String> = Vec::new();
        for at in c.claims.iter().filter_map(|r| lines.claim(*r)) {
            let Located { doc, index, claim, span } = at;
            let key = format!("{conflict}|{}|{}", doc.path, at.text());
            let occurrence = seen.iter().filter(|k| **k == key).count();
            seen.push(key.clone());
            issues.push(Issue {
                description: format!("{} [this report: {}]", c.message, value_text(&claim.value)),
                check_name: &c.rule,
                fingerprint: format!("{:016x}", stable_hash(&format!("{key}|{occurrence}"))),
                severity: severity(c.severity),
                location: Location { path: &doc.path, lines: Lines1 { begin: index.line_of(span.start) + 1 } },
            });
        }
    }
    for note in &report.notes {
        let Some((d, span)) = note.at else { continue };
        let Some((doc, index)) = lines.document(d) else { continue };
        let begin = index.line_of(doc.written_span(span).start) + 1;
        issues.push(Issue {
            description: note.message.clone(),
            check_name: note.code,
            fingerprint: format!(
                "{:016x}",
                stable_hash(&format!("{}|{}|{begin}|{}", note.code, doc.path, note.message))
            ),
            severity: severity(note.severity),
            location: Location { path: &doc.path, lines: Lines1 { begin } },
        });
    }
    serde_json::to_string_pretty(&issues).unwrap_or_else(|_| "[]".into())
}
