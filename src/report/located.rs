//! A report's claims with their documents and line indexes: what every
//! printer needs to say where a claim is. A reference that points nowhere
//! (a hand-built report) is skipped, never a panic. Lines, columns and
//! texts are the file's as written ([`Document::written`]).

use std::cell::OnceCell;

use super::model::{ClaimRef, Report};
use crate::claim::Claim;
use crate::document::Document;
use crate::span::{LineIndex, Span};

/// One claim, where it stands.
#[derive(Clone, Copy)]
pub struct Located<'a> {
    /// The document it is in.
    pub doc: &'a Document,
    /// That document's line index.
    pub index: &'a LineIndex,
    /// The claim.
    pub claim: &'a Claim,
    /// The claim's span in the file as written (widened to whole
    /// character references).
    pub span: Span,
}

impl<'a> Located<'a> {
    /// The claim's text as written in the file.
    pub fn text(&self) -> &'a str {
        self.span.slice(self.doc.written())
    }
}

/// A report with one line index per document, each built the first time a
/// printer needs it (a report of 10,000 documents names a few).
pub struct Lines<'a> {
    report: &'a Report,
    indexes: Vec<OnceCell<LineIndex>>,
}

impl<'a> Lines<'a> {
    /// Index every document of `report`.
    pub fn new(report: &'a Report) -> Self {
        Lines { report, indexes: report.documents.iter().map(|_| OnceCell::new()).collect() }
    }

    /// The document `d` and its line index.
    pub fn document(&self, d: usize) -> Option<(&'a Document, &LineIndex)> {
        let doc = self.report.documents.get(d)?;
        Some((doc, self.indexes.get(d)?.get_or_init(|| LineIndex::new(doc.written()))))
    }

    /// The claim `r` points to, with its document.
    pub fn claim(&self, r: ClaimRef) -> Option<Located<'_>> {
        let (doc, index) = self.document(r.doc)?;
        let claim = self.report.claim(r)?;
        Some(Located { doc, index, claim, span: doc.written_span(claim.span) })
    }
}
