//! The finding model: conflicts, the report, and its coverage summary.

use crate::claim::Claim;
use crate::document::Document;
use crate::rules::Severity;

/// A reference to one claim of one document in a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimRef {
    /// Index of the document.
    pub doc: usize,
    /// Index of the claim in the document.
    pub claim: usize,
}

/// Claims that contradict each other (or one claim that contradicts itself).
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// The rule that found it.
    pub rule: String,
    /// How serious it is.
    pub severity: Severity,
    /// One line saying what disagrees.
    pub message: String,
    /// What the claims are about.
    pub subject: Option<String>,
    /// The claims involved, in document order (at most a handful).
    pub claims: Vec<ClaimRef>,
    /// How many more claims of the same event are not listed.
    pub omitted: usize,
    /// What to verify.
    pub help: String,
}

/// How much was checked.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Documents read.
    pub documents: usize,
    /// Claims extracted.
    pub claims: usize,
    /// Claims compared with at least one other claim.
    pub compared: usize,
    /// Conflicts reported.
    pub conflicts: usize,
    /// Conflicts at `error`.
    pub errors: usize,
    /// Conflicts at `warning`.
    pub warnings: usize,
    /// Conflicts at `info`.
    pub infos: usize,
}

/// The outcome of a check: documents, their claims, and the conflicts.
#[derive(Clone, Debug)]
pub struct Report {
    /// The documents, in argument order.
    pub documents: Vec<Document>,
    /// The claims of each document.
    pub claims: Vec<Vec<Claim>>,
    /// The frames of each document's claims.
    pub frames: Vec<Vec<crate::frame::Frame>>,
    /// For each document, the earlier document it copies.
    pub duplicate_of: Vec<Option<usize>>,
    /// Conflicts, ordered by their first claim.
    pub conflicts: Vec<Conflict>,
    /// Coverage.
    pub summary: Summary,
    /// Remarks about the run itself: unused suppressions, stale baseline
    /// entries.
    pub notes: Vec<Note>,
}

/// A remark about the run, not a conflict between claims.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// What kind of remark (`unused-suppression`, `stale-baseline`).
    pub code: &'static str,
    /// How serious it is.
    pub severity: Severity,
    /// The document and span it points at, when it has one.
    pub at: Option<(usize, crate::span::Span)>,
    /// What it says.
    pub message: String,
}

impl Report {
    /// The claim a reference points to.
    pub fn claim(&self, r: ClaimRef) -> Option<&Claim> {
        self.claims.get(r.doc)?.get(r.claim)
    }

    /// The path of document `d` ("?" for a reference that points nowhere).
    pub fn path(&self, d: usize) -> &str {
        self.documents.get(d).map_or("?", |doc| doc.path.as_str())
    }

    /// Keep only conflicts at or above `min`, recounting the summary.
    pub fn retain_at_least(&mut self, min: Severity) {
        self.conflicts.retain(|c| c.severity >= min);
        self.recount();
    }

    /// Recount the summary after conflicts were removed.
    pub fn recount(&mut self) {
        self.summary = summarize(self.summary, &self.conflicts);
    }

    /// Keep the conflicts that involve one of the `focus` documents (a draft
    /// checked against its sources); conflicts among the other documents only
    /// are kept once, as context, at `info`.
    pub fn focus_on(&mut self, focus: &[usize]) {
        for c in &mut self.conflicts {
            if !c.claims.iter().any(|r| focus.contains(&r.doc)) {
                c.severity = Severity::Info;
                c.message = format!("context: the sources disagree among themselves: {}", c.message);
            }
        }
        self.recount();
    }

    /// The most serious severity reported (conflicts and notes), if any.
    pub fn worst(&self) -> Option<Severity> {
        self.conflicts.iter().map(|c| c.severity).chain(self.notes.iter().map(|n| n.severity)).max()
    }
}

/// `base` with the conflict counts taken from `conflicts`.
pub fn summarize(base: Summary, conflicts: &[Conflict]) -> Summary {
    let count = |s| conflicts.iter().filter(|c| c.severity == s).count();
    Summary {
        conflicts: conflicts.len(),
        errors: count(Severity::Error),
        warnings: count(Severity::Warning),
        infos: count(Severity::Info),
        ..base
    }
}
