//! The human report: one miette diagnostic per conflict, with a label on
//! each claim in its own file, and a coverage line at the end.

use std::fmt;
use std::sync::Arc;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, Severity as MietteSeverity,
    SourceCode,
};

use super::model::{ClaimRef, Conflict, Report, Summary};
use super::value::value_text;
use crate::claim::Claim;
use crate::document::Document;
use crate::rules::Severity;
use crate::span::LineIndex;

/// A conflict as a miette diagnostic: labels in the first claim's file,
/// and one related diagnostic per other file.
#[derive(Debug)]
struct ConflictDiagnostic {
    message: String,
    code: String,
    severity: Severity,
    help: Option<String>,
    source: Arc<NamedSource<String>>,
    labels: Vec<LabeledSpan>,
    related: Vec<ConflictDiagnostic>,
}

impl fmt::Display for ConflictDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConflictDiagnostic {}

impl Diagnostic for ConflictDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        (!self.code.is_empty()).then(|| Box::new(&self.code) as Box<dyn fmt::Display>)
    }

    fn severity(&self) -> Option<MietteSeverity> {
        Some(match self.severity {
            Severity::Error => MietteSeverity::Error,
            Severity::Warning => MietteSeverity::Warning,
            Severity::Info => MietteSeverity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source.as_ref())
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.labels.iter().cloned()))
    }

    fn related<'a>(&'a self) -> Option<Box<dyn Iterator<Item = &'a dyn Diagnostic> + 'a>> {
        if self.related.is_empty() {
            return None;
        }
        Some(Box::new(self.related.iter().map(|d| d as &dyn Diagnostic)))
    }
}

/// The label text of a claim: its normalized value and subject.
fn label(claim: &Claim) -> String {
    match &claim.subject {
        Some(s) => format!("{} ({s})", value_text(&claim.value)),
        None => value_text(&claim.value),
    }
}

/// Build the diagnostic of one conflict.
fn diagnostic(report: &Report, sources: &[Arc<NamedSource<String>>], conflict: &Conflict) -> ConflictDiagnostic {
    let mut by_doc: Vec<(usize, Vec<ClaimRef>)> = Vec::new();
    for r in &conflict.claims {
        match by_doc.iter_mut().find(|(d, _)| *d == r.doc) {
            Some((_, refs)) => refs.push(*r),
            None => by_doc.push((r.doc, vec![*r])),
        }
    }
    let labels_of = |refs: &[ClaimRef]| -> Vec<LabeledSpan> {
        refs.iter()
            .filter_map(|r| report.claim(*r))
            .map(|c| LabeledSpan::new(Some(label(c)), c.span.start, c.span.len()))
            .collect()
    };
    let (first_doc, first_refs) = by_doc.first().cloned().unwrap_or((0, Vec::new()));
    let related = by_doc
        .iter()
        .skip(1)
        .map(|(d, refs)| ConflictDiagnostic {
            message: format!("{} says", report.path(*d)),
            code: String::new(),
            severity: conflict.severity,
            help: None,
            source: source_of(sources, *d),
            labels: labels_of(refs),
            related: Vec::new(),
        })
        .collect();
    ConflictDiagnostic {
        message: conflict.message.clone(),
        code: conflict.rule.clone(),
        severity: conflict.severity,
        help: Some(conflict.help.clone()),
        source: source_of(sources, first_doc),
        labels: labels_of(&first_refs),
        related,
    }
}

/// The named source of document `d` (empty for a reference that points nowhere).
fn source_of(sources: &[Arc<NamedSource<String>>], d: usize) -> Arc<NamedSource<String>> {
    sources.get(d).cloned().unwrap_or_else(|| Arc::new(NamedSource::new("?", String::new())))
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

/// Render the whole report for a person; `color` picks the theme.
pub fn render_check(report: &Report, color: bool) -> String {
    let sources: Vec<Arc<NamedSource<String>>> =
        report.documents.iter().map(|d| Arc::new(NamedSource::new(d.path.clone(), d.text.clone()))).collect();
    let theme = if color { GraphicalTheme::unicode() } else { GraphicalTheme::unicode_nocolor() };
    let handler = GraphicalReportHandler::new_themed(theme).with_width(100);
    let mut out = String::new();
    for conflict in &report.conflicts {
        let diag = diagnostic(report, &sources, conflict);
        if handler.render_report(&mut out, &diag).is_err() {
            out.push_str(&conflict.message);
        }
        out.push('\n');
    }
    for note in &report.notes {
        let place = note.at.and_then(|(d, span)| {
            let doc = report.documents.get(d)?;
            let at = LineIndex::new(&doc.text).line_col(&doc.text, span.start);
            Some(format!("{}:{}:{}: ", doc.path, at.line, at.column))
        });
        out.push_str(&format!(
            "{}{}[{}]: {}\n",
            place.unwrap_or_default(),
            note.severity.name(),
            note.code,
            note.message
        ));
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
    out.push_str(&coverage_line(&report.summary));
    out.push('\n');
    out
}

/// One document of the human `extract` output.
pub fn render_extract_document(doc: &Document, doc_claims: &[Claim], frames: &[crate::frame::Frame]) -> String {
    let mut out = String::new();
    {
        let index = LineIndex::new(&doc.text);
        let published = doc.published.map_or("unknown".to_string(), |p| p.to_rfc3339());
        out.push_str(&format!("{} (published {published}, {} claims)\n", doc.path, doc_claims.len()));
        if let Some(h) = doc.headline {
            out.push_str(&format!("  headline: {}\n", h.slice(&doc.text).trim()));
        }
        for (i, c) in doc_claims.iter().enumerate() {
            let at = index.line_col(&doc.text, c.span.start);
            let subject = c.subject.as_deref().map(|s| format!("  [{s}]")).unwrap_or_default();
            out.push_str(&format!(
                "  {}:{}  {:<9} {:<28} = {}{subject}\n",
                at.line,
                at.column,
                c.kind.name(),
                format!("{:?}", c.span.slice(&doc.text)),
                value_text(&c.value)
            ));
            if let Some(frame) = frames.get(i) {
                let derived = if c.derived { "derived · " } else { "" };
                out.push_str(&format!("        {derived}{}\n", frame.describe(&doc.text, doc_claims)));
            }
        }
    }
    out
}
