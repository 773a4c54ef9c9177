//! Claims read back from `extract --format jsonl` for `check --claims`: the
//! lines grouped by path, then each document's claims and frames, checked
//! against its text (see [`super::exact`] for the `exact` object each line
//! carries, and why the frames are read again).

use serde::Deserialize;

use crate::claim::{Claim, ClaimKind};
use crate::document::Document;
use crate::frame::Frame;
use crate::span::Span;

use super::exact::Exact;
use super::wire::FrameWire;

/// One line of `extract --format jsonl`, as much as is read back.
#[derive(Debug, Deserialize)]
pub struct ClaimLine {
    /// The document's path.
    pub path: String,
    /// The claim kind.
    pub kind: String,
    /// Where it is, in the file as written.
    pub span: LineSpan,
    /// What it is about.
    #[serde(default)]
    pub subject: Option<String>,
    /// True in the headline.
    #[serde(default)]
    pub headline: bool,
    /// True for a derived claim.
    #[serde(default)]
    pub derived: bool,
    /// The frame, as the contract writes it.
    #[serde(default)]
    pub frame: Option<serde_json::Value>,
    /// The claim, exactly.
    pub exact: Option<Exact>,
}

/// The bytes of a line's `span`.
#[derive(Debug, Deserialize)]
pub struct LineSpan {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// Why lines cannot be read back.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// A line that is not a claim of `extract --format jsonl`.
    #[error("line {line}: {message}")]
    Line {
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Claims that the document's text does not give any more.
    #[error("{path}: {message} (the file changed since `extract`? run it again)")]
    Document {
        /// The document.
        path: String,
        /// What differs.
        message: String,
    },
}

/// The lines of `extract --format jsonl` output, grouped by path in the
/// order the paths first appear.
pub fn read_lines(text: &str) -> Result<Vec<(String, Vec<ClaimLine>)>, ReadError> {
    let mut out: Vec<(String, Vec<ClaimLine>)> = Vec::new();
    let mut index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let claim: ClaimLine =
            serde_json::from_str(line).map_err(|e| ReadError::Line { line: n + 1, message: e.to_string() })?;
        if claim.exact.is_none() {
            return Err(ReadError::Line {
                line: n + 1,
                message: "no `exact` object: not the output of this version's `extract --format jsonl`".into(),
            });
        }
        let i = *index.entry(claim.path.clone()).or_insert_with(|| {
            out.push((claim.path.clone(), Vec::new()));
            out.len() - 1
        });
        if let Some((_, lines)) = out.get_mut(i) {
            lines.push(claim);
        }
    }
    Ok(out)
}

/// The claims and frames of `doc` from its lines: the stated claims as
/// read back, then the frame reader over the document's text, which adds
/// the derived sums; every frame and derived claim must be the lines'.
pub fn claims_of(doc: &Document, lines: &[ClaimLine]) -> Result<(Vec<Claim>, Vec<Frame>), ReadError> {
    let differs = |message: String| ReadError::Document { path: doc.path.clone(), message };
    let mut claims = Vec::new();
    for line in lines.iter().filter(|l| !l.derived) {
        let exact = line.exact.as_ref().ok_or_else(|| differs("a line without `exact`".into()))?;
        let kind = ClaimKind::from_name(&line.kind).ok_or_else(|| differs(format!("unknown kind {}", line.kind)))?;
        let value =
            exact.value().ok_or_else(|| differs(format!("a value that cannot be read at {}", line.span.start)))?;
        let span = exact.at.map_or(Span::new(line.span.start, line.span.end), |[s, e]| Span::new(s, e));
        if span.end > doc.text.len() {
            return Err(differs(format!("a claim at byte {} past the end of the file", span.start)));
        }
        claims.push(Claim {
            kind,
            span,
            value,
            subject: line.subject.clone(),
            sentence: Span::new(exact.sentence[0], exact.sentence[1]),
            in_headline: line.headline,
            relative: exact.relative,
            derived: false,
        });
    }
    let frames = crate::frame::read(doc, &mut claims);
    if claims.len() != lines.len() {
        return Err(differs(format!("{} claims in the lines, {} in the text", lines.len(), claims.len())));
    }
    for (i, (line, (claim, frame))) in lines.iter().zip(claims.iter().zip(&frames)).enumerate() {
        let read = serde_json::to_value(FrameWire::of(doc, &claims, frame)).ok();
        if line.derived != claim.derived || line.frame != read {
            return Err(differs(format!("claim {} at byte {} reads otherwise now", i + 1, line.span.start)));
        }
    }
    Ok((claims, frames))
}
