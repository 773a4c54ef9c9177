//! Suppressions written in the text, for Markdown and HTML (and plain text):
//!
//! ```text
//! <!-- factlint-disable-next-line casualty-count -->
//! <!-- factlint-disable casualty-count, measure -->  …  <!-- factlint-enable -->
//! ```
//!
//! A rule list may be empty (every rule). A conflict is suppressed when one
//! of its claims lies in a suppressed range for its rule.

use crate::document::Document;
use crate::report::Report;
use crate::span::{LineIndex, Span};

/// One suppression comment and the range it covers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suppression {
    /// The comment itself.
    pub comment: Span,
    /// The bytes it covers.
    pub covers: Span,
    /// The rules it names (empty: all).
    pub rules: Vec<String>,
}

impl Suppression {
    /// True when it suppresses `rule` at byte `at`.
    pub fn applies(&self, rule: &str, at: usize) -> bool {
        self.covers.start <= at
            && at < self.covers.end
            && (self.rules.is_empty() || self.rules.iter().any(|r| r == rule))
    }
}

const OPEN: &str = "<!--";
const CLOSE: &str = "-->";

/// Every suppression in a document, in order.
pub fn suppressions(doc: &Document) -> Vec<Suppression> {
    let text = doc.written();
    // Most documents have no suppression comment: index lines only for one.
    let lines = std::cell::OnceCell::new();
    let lines = || lines.get_or_init(|| LineIndex::new(text));
    let mut out = Vec::new();
    let mut open: Option<(Span, Vec<String>)> = None;
    let mut search = 0;
    while let Some(found) = text.get(search..).unwrap_or_default().find(OPEN) {
        let start = search + found;
        let Some(close) = text.get(start..).unwrap_or_default().find(CLOSE) else { break };
        let end = start + close + CLOSE.len();
        search = end;
        let body = text.get(start + OPEN.len()..start + close).unwrap_or_default().trim();
        let (directive, rest) = body.split_once(char::is_whitespace).unwrap_or((body, ""));
        let rules: Vec<String> =
            rest.split([',', ' ']).map(str::trim).filter(|r| !r.is_empty()).map(str::to_string).collect();
        let comment = Span::new(start, end);
        match directive {
            "factlint-disable-next-line" => {
                let index = lines();
                let covers = index.line_span(index.line_of(end) + 1, text.len()).unwrap_or(Span::new(end, end));
                out.push(Suppression { comment, covers, rules });
            }
            "factlint-disable" => {
                if let Some((c, r)) = open.take() {
                    out.push(Suppression { comment: c, covers: Span::new(c.end, start), rules: r });
                }
                open = Some((comment, rules));
            }
            "factlint-enable" => {
                if let Some((c, r)) = open.take() {
                    out.push(Suppression { comment: c, covers: Span::new(c.end, start), rules: r });
                }
            }
            _ => {}
        }
    }
    if let Some((c, r)) = open {
        out.push(Suppression { comment: c, covers: Span::new(c.end, text.len()), rules: r });
    }
    out
}

/// A suppression comment that names a rule no rule file defines (a typo
/// would otherwise silence nothing, silently).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownRule {
    /// The document.
    pub doc: usize,
    /// The comment.
    pub comment: Span,
    /// The id as written.
    pub rule: String,
}

/// Every rule id named in a suppression comment of `report`'s documents
/// that is not among `known`.
pub fn unknown_rules(report: &Report, known: &[String]) -> Vec<UnknownRule> {
    let mut out = Vec::new();
    for (doc, d) in report.documents.iter().enumerate() {
        for s in suppressions(d) {
            for rule in s.rules.iter().filter(|r| !known.contains(r)) {
                out.push(UnknownRule { doc, comment: s.comment, rule: rule.clone() });
            }
        }
    }
    out
}

/// A suppression that suppressed nothing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unused {
    /// The document.
    pub doc: usize,
    /// The comment.
    pub comment: Span,
}

/// Drop the conflicts that suppressions cover; return the suppressions that
/// covered none.
pub fn apply(report: &mut Report) -> Vec<Unused> {
    use rayon::prelude::*;
    let all: Vec<Vec<Suppression>> = report.documents.par_iter().map(suppressions).collect();
    let mut used: Vec<Vec<bool>> = all.iter().map(|s| vec![false; s.len()]).collect();
    let mut keep = Vec::with_capacity(report.conflicts.len());
    for conflict in &report.conflicts {
        let mut suppressed = false;
        for r in &conflict.claims {
            let Some(at) = report.claim(*r).map(|c| c.span.start) else { continue };
            let (Some(list), Some(flags)) = (all.get(r.doc), used.get_mut(r.doc)) else { continue };
            for (s, flag) in list.iter().zip(flags.iter_mut()) {
                if s.applies(&conflict.rule, at) {
                    *flag = true;
                    suppressed = true;
                }
            }
        }
        keep.push(!suppressed);
    }
    let mut keep = keep.into_iter();
    report.conflicts.retain(|_| keep.next().unwrap_or(true));
    report.recount();
    let mut unused = Vec::new();
    for (doc, (list, flags)) in all.iter().zip(&used).enumerate() {
        for (s, &u) in list.iter().zip(flags) {
            if !u {
                unused.push(Unused { doc, comment: s.comment });
            }
        }
    }
    unused
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_line_and_ranges() {
        let text = "a\n<!-- factlint-disable-next-line measure -->\nMagnitude 6.1 quake\nb\n<!-- factlint-disable -->\nx 5\n<!-- factlint-enable -->\ny";
        let doc = Document::new("a.md", text, None);
        let s = suppressions(&doc);
        assert_eq!(s.len(), 2);
        let quake = text.find("Magnitude").unwrap();
        assert!(s[0].applies("measure", quake) && !s[0].applies("casualty-count", quake));
        assert!(!s[0].applies("measure", text.find("b\n").unwrap()));
        assert!(s[1].applies("anything", text.find("x 5").unwrap()));
        assert!(!s[1].applies("anything", text.find('y').unwrap()));
    }
}
