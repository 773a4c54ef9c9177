//! The human report: one block per conflict, showing every side of it,
//! each with its file, line and column and the line it stands on, then the
//! notes, the copies, and a coverage line.
//!
//! ```text
//! error[casualty-count]: sources disagree on people killed: ≥ 42 vs 24
//!   --> a-wire.txt:2:31
//!    |
//!  2 | PORT ALDEN, March 10, 2025 — At least 42 people were killed
//!    |                               ^^^^^^^^^^^ ≥ 42 (people killed)
//!   --> b-daily.md:7:55
//!    |
//!  7 | The earthquake that struck Port Alden on Monday killed 24 people
//!    |                                                        ^^ 24 (people killed)
//!    = help: verify people killed against the primary source
//! ```
//!
//! Lines and columns are counted as in JSON and SARIF (1-based, columns in
//! Unicode scalar values, in the file as written). Lines longer than
//! [`WINDOW`] characters are shown around the claim, cut with `…`. The
//! output depends on nothing but the report and `color` (no terminal
//! width), so it can be compared byte for byte.

use super::located::{Lines, Located};
use super::model::{Conflict, Report, Summary};
use super::value::value_text;
use crate::claim::Claim;
use crate::document::Document;
use crate::rules::Severity;
use crate::span::LineIndex;

/// The most characters of a line shown on each side of a claim.
pub const WINDOW: usize = 60;

/// ANSI styles, or none.
#[derive(Clone, Copy)]
struct Style {
    color: bool,
}

impl Style {
    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity(self, s: Severity, text: &str) -> String {
        self.paint(
            match s {
                Severity::Error => "1;31",
                Severity::Warning => "1;33",
                Severity::Info => "1;36",
            },
            text,
        )
    }

    fn bold(self, text: &str) -> String {
        self.paint("1", text)
    }

    fn gutter(self, text: &str) -> String {
        self.paint("1;34", text)
    }
}

/// The label text of a claim: its normalized value and subject.
fn label(claim: &Claim) -> String {
    match &claim.subject {
        Some(s) => format!("{} ({s})", value_text(&claim.value)),
        None => value_text(&claim.value),
    }
}

/// The coverage line: "2 documents, 31 claims, 12 compared, 1 conflict (1 error)".
pub fn coverage_line(s: &Summary) -> String {
    let plural = |n: usize, word: &str| if n == 1 { format!("{n} {word}") } else { format!("{n} {word}s") };
    let mut parts = Vec::new();
    for (n, word) in [(s.errors, "error"), (s.warnings, "warning"), (s.infos, "info")] {
        if n > 0 {
            parts.push(plural(n, word));
        }
    }
    let detail = if parts.is_empty() { String::new() } else { format!(" ({})", parts.join(", ")) };
    format!(
        "{}, {}, {} compared, {}{detail}",
        plural(s.documents, "document"),
        plural(s.claims, "claim"),
        s.compared,
        plural(s.conflicts, "conflict")
    )
}

/// The part of the claim's line that is shown: `(text, column of the claim
/// in it, 0-based)`, with `…` where the line is cut.
fn excerpt(text: &str, index: &LineIndex, at: &Located<'_>) -> (String, usize) {
    let line = index.line_of(at.span.start);
    let line_span = index.line_span(line, text.len()).unwrap_or(at.span);
    let line_end = line_span.start + line_span.slice(text).trim_end_matches(['\n', '\r']).len();
    let before = text.get(line_span.start..at.span.start).unwrap_or_default();
    let after = text.get(at.span.end.min(line_end)..line_end).unwrap_or_default();
    // Walk at most WINDOW characters each way: linear in the window, not
    // in the line.
    let lead = before.char_indices().rev().nth(WINDOW).map(|(i, c)| i + c.len_utf8());
    let tail = after.char_indices().nth(WINDOW).map(|(i, _)| i);
    let shown_before = lead.and_then(|i| before.get(i..)).unwrap_or(before);
    let shown_after = tail.and_then(|i| after.get(..i)).unwrap_or(after);
    let claim = at.text().split(['\n', '\r']).next().unwrap_or_default();
    let mut out = String::new();
    if lead.is_some() {
        out.push('…');
    }
    out.push_str(shown_before);
    let column = out.chars().count();
    out.push_str(claim);
    out.push_str(shown_after);
    if tail.is_some() {
        out.push('…');
    }
    (out.replace('\t', " "), column)
}

/// One side of a conflict: its place, its line, and the claim underlined.
fn side(out: &mut String, at: &Located<'_>, gutter: usize, severity: Severity, style: Style) {
    let text = at.doc.written();
    let p = at.index.line_col(text, at.span.start);
    let pad = " ".repeat(gutter);
    out.push_str(&format!("{pad}{} {}:{}:{}\n", style.gutter("-->"), at.doc.path, p.line, p.column));
    out.push_str(&format!("{pad} {}\n", style.gutter("|")));
    let (line, column) = excerpt(text, at.index, at);
    let number = format!("{:>gutter$}", p.line);
    out.push_str(&format!("{} {line}\n", style.gutter(&format!("{number} |"))));
    let width = at.text().split(['\n', '\r']).next().unwrap_or_default().chars().count().max(1);
    let marks = style.severity(severity, &format!("{}{}", "^".repeat(width), format_args!(" {}", label(at.claim))));
    out.push_str(&format!("{pad} {} {}{marks}\n", style.gutter("|"), " ".repeat(column)));
}

/// One conflict as a block.
fn conflict_block(out: &mut String, lines: &Lines<'_>, conflict: &Conflict, style: Style) {
    let sides: Vec<Located<'_>> = conflict.claims.iter().filter_map(|r| lines.claim(*r)).collect();
    let gutter = sides.iter().map(|at| (at.index.line_of(at.span.start) + 1).to_string().len()).max().unwrap_or(1);
    let head = style.severity(conflict.severity, &format!("{}[{}]", conflict.severity.name(), conflict.rule));
    out.push_str(&format!("{head}{}\n", style.bold(&format!(": {}", conflict.message))));
    for at in &sides {
        side(out, at, gutter, conflict.severity, style);
    }
    let pad = " ".repeat(gutter);
    out.push_str(&format!("{pad} {} {} {}\n\n", style.gutter("="), style.bold("help:"), conflict.help));
}

/// Render the whole report for a person; `color` adds ANSI styles.
pub fn render_check(report: &Report, color: bool) -> String {
    let style = Style { color };
    let lines = Lines::new(report);
    let mut out = String::new();
    for conflict in &report.conflicts {
        conflict_block(&mut out, &lines, conflict, style);
    }
    for note in &report.notes {
        let place = note.at.and_then(|(d, span)| {
            let (doc, index) = lines.document(d)?;
            let at = index.line_col(doc.written(), doc.written_span(span).start);
            Some(format!("{}:{}:{}: ", doc.path, at.line, at.column))
        });
        let head = style.severity(note.severity, &format!("{}[{}]", note.severity.name(), note.code));
        out.push_str(&format!("{}{head}: {}\n", place.unwrap_or_default(), note.message));
    }
    for (d, dup) in report.duplicate_of.iter().enumerate() {
        if let Some(o) = dup {
            out.push_str(&format!(
                "note: {} is a copy of {}; its repeated claims are not independent sources\n",
                report.path(d),
                report.path(*o)
            ));
        }
    }
    out.push_str(&style.bold(&coverage_line(&report.summary)));
    out.push('\n');
    out
}

/// One document of the human `extract` output.
pub fn render_extract_document(doc: &Document, doc_claims: &[Claim], frames: &[crate::frame::Frame]) -> String {
    let mut out = String::new();
    let text = doc.written();
    let index = LineIndex::new(text);
    let published = doc.published.map_or("unknown".to_string(), |p| p.to_rfc3339());
    out.push_str(&format!("{} (published {published}, {} claims)\n", doc.path, doc_claims.len()));
    if let Some(h) = doc.headline {
        out.push_str(&format!("  headline: {}\n", doc.written_span(h).slice(text).trim()));
    }
    for (i, c) in doc_claims.iter().enumerate() {
        let span = doc.written_span(c.span);
        let at = index.line_col(text, span.start);
        let subject = c.subject.as_deref().map(|s| format!("  [{s}]")).unwrap_or_default();
        out.push_str(&format!(
            "  {}:{}  {:<9} {:<28} = {}{subject}\n",
            at.line,
            at.column,
            c.kind.name(),
            format!("{:?}", span.slice(text)),
            value_text(&c.value)
        ));
        if let Some(frame) = frames.get(i) {
            let derived = if c.derived { "derived · " } else { "" };
            out.push_str(&format!("        {derived}{}\n", frame.describe(&doc.text, doc_claims)));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::checks::check;
    use crate::rules::LoadedRules;

    #[test]
    fn one_block_per_conflict_with_every_side() {
        let a = Document::new("a.txt", "March 10, 2025\nThe quake killed 42 people in Port Alden on Monday.\n", None);
        let b = Document::new(
            "b.txt",
            "March 10, 2025\nCafé ☕: the quake killed 24 people in Port Alden on Monday.\n",
            None,
        );
        let report = check(vec![a, b], &LoadedRules::builtin().unwrap().rules);
        let out = render_check(&report, false);
        assert_eq!(out.matches("error[casualty-count]").count(), 1, "{out}");
        assert!(out.contains("--> a.txt:2:18") && out.contains("--> b.txt:2:26"), "{out}");
        assert!(out.contains("\n2 | Café ☕: the quake killed 24 people"), "{out}");
        assert!(!out.contains('\x1b'));
        assert!(render_check(&report, true).contains("\x1b[1;31m"));
    }

    #[test]
    fn long_lines_are_cut_around_the_claim() {
        let text = format!("{} 42 people were killed {}", "word ".repeat(5000), "more ".repeat(5000));
        let doc = Document::passage("long.txt", text.clone(), None);
        let index = LineIndex::new(&text);
        let start = text.find("42").unwrap();
        let claim = Claim {
            span: crate::span::Span::new(start, start + 2),
            ..crate::extract::extract(&Document::passage("x.txt", "42 people", None)).remove(0)
        };
        let at = Located { doc: &doc, index: &index, claim: &claim, span: claim.span };
        let (line, column) = excerpt(&text, &index, &at);
        assert!(line.starts_with('…') && line.ends_with('…'));
        assert_eq!(line.chars().skip(column).take(2).collect::<String>(), "42");
        assert!(line.chars().count() <= 2 * WINDOW + 4);
    }
}
