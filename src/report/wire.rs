//! The serialize-only wire structs of the JSON contract: typed, borrowed,
//! and written straight to text (no intermediate `serde_json::Value`), in
//! the field order the contract shows.

use serde::Serialize;

use super::value::{value_json, Num};
use crate::claim::{Amount, Claim, DateValue, Value};
use crate::document::Document;
use crate::frame::{Frame, Head};
use crate::report::Summary;
use crate::span::{LineIndex, Position};

/// The `value` of a claim.
#[derive(Serialize)]
#[serde(untagged)]
pub enum ValueWire {
    /// Counts, money, percentages, quantities, ordinals, durations.
    Amount {
        /// Lower bound.
        low: Option<Num>,
        /// Upper bound.
        high: Option<Num>,
        /// Unit.
        unit: Option<&'static str>,
    },
    /// A resolved day.
    Day {
        /// `YYYY-MM-DD`.
        date: String,
    },
    /// A range of days.
    Range {
        /// First day.
        from: String,
        /// Last day.
        to: String,
    },
    /// Any other shape (partial dates, times, years), as built by
    /// [`value_json`].
    Other(serde_json::Value),
}

impl ValueWire {
    /// The wire form of a value.
    pub fn of(value: &Value) -> Self {
        match value {
            Value::Amount(Amount { low, high, unit, .. }) => {
                ValueWire::Amount { low: low.map(Num), high: high.map(Num), unit: *unit }
            }
            Value::Date { date: DateValue::Day(d), .. } => ValueWire::Day { date: d.to_string() },
            Value::Date { date: DateValue::Range(a, b), .. } => {
                ValueWire::Range { from: a.to_string(), to: b.to_string() }
            }
            other => ValueWire::Other(value_json(other)),
        }
    }
}

/// One claim on the wire.
#[derive(Serialize)]
pub struct ClaimWire<'a> {
    /// The document's path (in streams and conflicts).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub path: Option<&'a str>,
    /// The claim kind.
    pub kind: &'static str,
    /// The text as written.
    pub text: &'a str,
    /// Where it is.
    pub span: Position,
    /// The normalized value.
    pub value: ValueWire,
    /// What it is about.
    pub subject: Option<&'a str>,
    /// True in the headline.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub headline: bool,
    /// True for a derived claim (the sum of listed parts).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub derived: bool,
    /// What the claim is about, read from its clause (added in contract
    /// version 1; absent where no frame was read).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub frame: Option<FrameWire>,
    /// The claim exactly as the checker holds it (`extract --format jsonl`
    /// only; added in contract version 1), for `check --claims`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exact: Option<super::exact::Exact>,
}

/// A claim's frame on the wire (`docs/json.md` describes each field).
#[derive(Serialize)]
pub struct FrameWire {
    /// The lemma of what is counted or measured.
    pub counted: Option<String>,
    /// For a duration or a measure, the lemma of what it is told of ("112
    /// kg of cocaine" → cocaine; added in contract version 1).
    pub measured: Option<String>,
    /// The lemma of the verb or event noun.
    pub predicate: Option<String>,
    /// `fact`, `planned`, `possible` or `negated`.
    pub mode: &'static str,
    /// `total`, `part`, `subset`, `change`, `rate` or `comparison`.
    pub role: &'static str,
    /// The names of the clause, as written.
    pub entities: Vec<String>,
    /// The text of the date, time or year of the clause.
    pub time: Option<String>,
    /// The ordinal that numbers the event.
    pub ordinal: Option<u32>,
    /// The event class (the noun before the event noun).
    pub event: Option<String>,
    /// Who an estimate is attributed to.
    pub source: Option<String>,
    /// True when the clause tells an update in words.
    pub update: bool,
    /// For a listed part, the index (in the document's claims) of the
    /// derived sum of its list.
    pub part_of: Option<usize>,
    /// For a derived sum, the index of the claim stated as the whole.
    pub whole: Option<usize>,
    /// For an ordinal derived from a count of earlier events, the index of
    /// that count (added in contract version 1).
    pub series: Option<usize>,
    /// The clause the frame was read from, in bytes.
    pub clause: ClauseWire,
}

/// A clause's bytes.
#[derive(Serialize)]
pub struct ClauseWire {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl FrameWire {
    /// The wire form of `frame`, a frame of `doc` whose claims are `claims`.
    pub fn of(doc: &Document, claims: &[Claim], frame: &Frame) -> Self {
        let head = |h: &Option<Head>| h.map(|h| h.text(&doc.text));
        let written = |s: crate::span::Span| doc.written_span(s).slice(doc.written()).to_string();
        let clause = doc.written_span(frame.clause);
        FrameWire {
            counted: head(&frame.counted),
            measured: head(&frame.measured),
            predicate: head(&frame.predicate),
            mode: frame.mode.name(),
            role: frame.role.name(),
            entities: frame.entities.iter().map(|&e| written(e)).collect(),
            time: frame.time.and_then(|t| claims.get(t)).map(|c| written(c.span)),
            ordinal: frame.ordinal,
            event: head(&frame.event),
            source: head(&frame.source),
            update: frame.update,
            part_of: frame.part_of,
            whole: frame.whole,
            series: frame.series,
            clause: ClauseWire { start: clause.start, end: clause.end },
        }
    }
}

impl<'a> ClaimWire<'a> {
    /// The wire form of a claim of `doc` (`index` is the line index of the
    /// file as written, [`Document::written`]).
    pub fn of(doc: &'a Document, index: &LineIndex, claim: &'a Claim, with_path: bool) -> Self {
        Self::framed(doc, index, claim, None, with_path)
    }

    /// The wire form of a claim of `doc` with its frame (`claims` are the
    /// document's claims, which a frame's indices point into).
    pub fn framed(
        doc: &'a Document,
        index: &LineIndex,
        claim: &'a Claim,
        frame: Option<(&[Claim], &Frame)>,
        with_path: bool,
    ) -> Self {
        let span = doc.written_span(claim.span);
        ClaimWire {
            path: with_path.then_some(doc.path.as_str()),
            kind: claim.kind.name(),
            text: span.slice(doc.written()),
            span: index.position(doc.written(), span),
            value: ValueWire::of(&claim.value),
            subject: claim.subject.as_deref(),
            headline: claim.in_headline,
            derived: claim.derived,
            frame: frame.map(|(claims, f)| FrameWire::of(doc, claims, f)),
            exact: None,
        }
    }
}

/// One document of `extract --format json`.
#[derive(Serialize)]
pub struct ExtractDocumentWire<'a> {
    /// Its path.
    pub path: &'a str,
    /// Its publication date.
    pub published: Option<String>,
    /// Its headline.
    pub headline: Option<&'a str>,
    /// Its claims.
    pub claims: Vec<ClaimWire<'a>>,
}

/// The whole of `check --format json`.
#[derive(Serialize)]
pub struct CheckReportWire<'a> {
    /// The contract version.
    pub version: u32,
    /// The documents read.
    pub documents: Vec<CheckDocumentWire<'a>>,
    /// The conflicts found.
    pub conflicts: Vec<ConflictWire<'a>>,
    /// Remarks about the run.
    pub notes: Vec<NoteWire<'a>>,
    /// The counts (the summary's field names are the contract's).
    pub summary: Summary,
}

/// One document of a check.
#[derive(Serialize)]
pub struct CheckDocumentWire<'a> {
    /// Its path.
    pub path: &'a str,
    /// Its publication date.
    pub published: Option<String>,
    /// The earlier document it copies.
    pub duplicate_of: Option<&'a str>,
}

/// One conflict.
#[derive(Serialize)]
pub struct ConflictWire<'a> {
    /// The rule that found it.
    pub rule: &'a str,
    /// `error`, `warning` or `info`.
    pub severity: &'static str,
    /// What disagrees.
    pub message: &'a str,
    /// What the claims are about.
    pub subject: Option<&'a str>,
    /// The claims, in document order.
    pub claims: Vec<ClaimWire<'a>>,
    /// What to verify.
    pub help: &'a str,
}

/// One note.
#[derive(Serialize)]
pub struct NoteWire<'a> {
    /// What kind of remark.
    pub code: &'a str,
    /// How serious it is.
    pub severity: &'static str,
    /// What it says.
    pub message: &'a str,
    /// Where it points.
    pub at: Option<NoteAtWire<'a>>,
}

/// Where a note points.
#[derive(Serialize)]
pub struct NoteAtWire<'a> {
    /// The document.
    pub path: &'a str,
    /// The span.
    pub span: Position,
}
