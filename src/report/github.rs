//! GitHub Actions output: one workflow command per claim of each conflict,
//! and a Markdown summary of every conflict for `GITHUB_STEP_SUMMARY`
//! (GitHub shows only ten annotations of each level per step).

use super::human::coverage_line;
use super::located::{Lines, Located};
use super::model::Report;
use super::value::value_text;
use crate::rules::Severity;

/// Escape a workflow command's message.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escape a workflow command's property value.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The workflow commands for a report.
pub fn annotations(report: &Report) -> String {
    let lines = Lines::new(report);
    let mut out = String::new();
    for c in &report.conflicts {
        let command = match c.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        for Located { doc, index, claim, span } in c.claims.iter().filter_map(|r| lines.claim(*r)) {
            let p = index.position(doc.written(), span);
            let message = format!("{} [this report: {}]", c.message, value_text(&claim.value));
            out.push_str(&format!(
                "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}\n",
                escape_property(&doc.path),
                p.line,
                p.column,
                p.end_line,
                p.end_column,
                escape_property(&c.rule),
                escape_data(&message)
            ));
        }
    }
    for note in &report.notes {
        let place = note
            .at
            .and_then(|(d, span)| {
                let (doc, index) = lines.document(d)?;
                let p = index.position(doc.written(), span);
                Some(format!(" file={},line={},col={}", escape_property(&doc.path), p.line, p.column))
            })
            .unwrap_or_default();
        out.push_str(&format!("::warning{place},title={}::{}\n", note.code, escape_data(&note.message)));
    }
    out
}

/// A Markdown summary of every conflict, for `GITHUB_STEP_SUMMARY`.
pub fn step_summary(report: &Report) -> String {
    let mut out = String::from("## factlint\n\n");
    out.push_str(&format!("{}\n\n", coverage_line(&report.summary)));
    if report.conflicts.is_empty() {
        return out;
    }
    out.push_str("| severity | rule | conflict | where |\n|---|---|---|---|\n");
    let lines = Lines::new(report);
    for c in &report.conflicts {
        let places: Vec<String> = c
            .claims
            .iter()
            .filter_map(|r| lines.claim(*r))
            .map(|Located { doc, index, claim, span }| {
                let at = index.line_col(doc.written(), span.start);
                format!("`{}:{}` {}", doc.path, at.line, value_text(&claim.value))
            })
            .collect();
        let message = c.message.replace('|', "\\|");
        out.push_str(&format!("| {} | `{}` | {} | {} |\n", c.severity.name(), c.rule, message, places.join("<br>")));
    }
    out
}
