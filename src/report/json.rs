//! The JSON output of the contract (`../shared/spec/cli-and-json.md`),
//! written with serde through the wire structs of `wire.rs` (the summary's
//! plain counts are serialized as they are: their names are the contract's).

use super::located::{Lines, Located};
use serde::Serialize;

use super::model::{Conflict, Note, Report, Summary};
use super::wire::{
    CheckDocumentWire, CheckReportWire, ClaimWire, ConflictWire, ExtractDocumentWire, NoteAtWire, NoteWire,
};
use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::span::LineIndex;

/// The version of the JSON contract.
pub const VERSION: u32 = 1;

/// One document of `extract --format json`, pretty-printed.
pub fn extract_document_json(doc: &Document, claims: &[Claim], frames: &[Frame]) -> String {
    let mut out = Vec::new();
    // Writing into memory fails only if serialization does, which the wire
    // types cannot.
    let _ = write_extract_document_json(&mut out, doc, claims, frames, 0);
    String::from_utf8(out).unwrap_or_default()
}

/// Write one document of `extract --format json` to `out`, pretty-printed
/// as if it stood `depth` levels deep in a larger document (two spaces a
/// level; the first line is indented too): `extract --format json` writes
/// each document at depth 2, inside `{"documents": [...]}`, in one pass.
pub fn write_extract_document_json(
    out: &mut impl std::io::Write,
    doc: &Document,
    claims: &[Claim],
    frames: &[Frame],
    depth: usize,
) -> std::io::Result<()> {
    let index = LineIndex::new(doc.written());
    let wire = ExtractDocumentWire {
        path: &doc.path,
        published: doc.published.map(|p| p.to_rfc3339()),
        headline: doc.headline.map(|h| doc.written_span(h).slice(doc.written()).trim()),
        claims: claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimWire::framed(doc, &index, c, frames.get(i).map(|f| (claims, f)), false))
            .collect(),
    };
    write_indent(out, depth)?;
    let mut ser = serde_json::Serializer::with_formatter(out, Nested::at(depth));
    wire.serialize(&mut ser).map_err(std::io::Error::from)
}

/// Two spaces per level.
fn write_indent(out: &mut impl std::io::Write, depth: usize) -> std::io::Result<()> {
    for _ in 0..depth {
        out.write_all(b"  ")?;
    }
    Ok(())
}

/// serde_json's pretty formatter (two spaces a level, `": "` after keys,
/// `[]` and `{}` when empty), starting at a given depth.
struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    fn at(depth: usize) -> Self {
        Nested { depth, has_value: false }
    }

    fn open<W: ?Sized + std::io::Write>(&mut self, out: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    fn close<W: ?Sized + std::io::Write>(&mut self, out: &mut W, bracket: &[u8]) -> std::io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            out.write_all(b"\n")?;
            for _ in 0..self.depth {
                out.write_all(b"  ")?;
            }
        }
        out.write_all(bracket)
    }

    fn item<W: ?Sized + std::io::Write>(&mut self, out: &mut W, first: bool) -> std::io::Result<()> {
        out.write_all(if first { b"\n" } else { b",\n" })?;
        for _ in 0..self.depth {
            out.write_all(b"  ")?;
        }
        Ok(())
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(&mut self, out: &mut W, first: bool) -> std::io::Result<()> {
        self.item(out, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _out: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(&mut self, out: &mut W, first: bool) -> std::io::Result<()> {
        self.item(out, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        out.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _out: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// `extract --format jsonl` for one document: one claim per line, with its path.
pub fn extract_document_jsonl(doc: &Document, claims: &[Claim], frames: &[Frame]) -> String {
    let mut out: Vec<u8> = Vec::with_capacity(claims.len() * 256);
    write_extract_document_jsonl(&mut out, doc, claims, frames);
    String::from_utf8(out).unwrap_or_default()
}

/// Append `extract --format jsonl` for one document to `out`.
pub fn write_extract_document_jsonl(out: &mut Vec<u8>, doc: &Document, claims: &[Claim], frames: &[Frame]) {
    let index = LineIndex::new(doc.written());
    for (i, c) in claims.iter().enumerate() {
        // Writing into memory fails only if serialization does, which the
        // wire types cannot; such a line would be left out, never half-written.
        let mark = out.len();
        let mut wire = ClaimWire::framed(doc, &index, c, frames.get(i).map(|f| (claims, f)), true);
        wire.exact = Some(super::exact::Exact::of(doc, c));
        if serde_json::to_writer(&mut *out, &wire).is_ok() {
            out.push(b'\n');
        } else {
            out.truncate(mark);
        }
    }
}

/// The documents of a check, on the wire.
fn documents_wire(report: &Report) -> Vec<CheckDocumentWire<'_>> {
    report
        .documents
        .iter()
        .zip(&report.duplicate_of)
        .map(|(doc, dup)| CheckDocumentWire {
            path: &doc.path,
            published: doc.published.map(|p| p.to_rfc3339()),
            duplicate_of: dup.map(|d| report.path(d)),
        })
        .collect()
}

/// One conflict on the wire, each claim with its frame.
fn conflict_wire<'a>(report: &'a Report, lines: &'a Lines<'a>, c: &'a Conflict) -> ConflictWire<'a> {
    let framed = |r: &crate::report::ClaimRef| {
        let claims = report.claims.get(r.doc)?;
        Some((claims.as_slice(), report.frames.get(r.doc)?.get(r.claim)?))
    };
    ConflictWire {
        rule: &c.rule,
        severity: c.severity.name(),
        message: &c.message,
        subject: c.subject.as_deref(),
        claims: c
            .claims
            .iter()
            .filter_map(|r| lines.claim(*r).map(|located| (r, located)))
            .map(|(r, Located { doc, index, claim, .. })| ClaimWire::framed(doc, index, claim, framed(r), true))
            .collect(),
        help: &c.help,
    }
}

/// One note on the wire.
fn note_wire<'a>(lines: &'a Lines<'a>, n: &'a Note) -> NoteWire<'a> {
    NoteWire {
        code: n.code,
        severity: n.severity.name(),
        message: &n.message,
        at: n.at.and_then(|(d, span)| {
            let (doc, index) = lines.document(d)?;
            Some(NoteAtWire { path: &doc.path, span: index.position(doc.written(), doc.written_span(span)) })
        }),
    }
}

/// `check --format json`, pretty-printed.
pub fn check_json(report: &Report) -> String {
    let lines = Lines::new(report);
    let wire = CheckReportWire {
        version: VERSION,
        documents: documents_wire(report),
        conflicts: report.conflicts.iter().map(|c| conflict_wire(report, &lines, c)).collect(),
        notes: report.notes.iter().map(|n| note_wire(&lines, n)).collect(),
        summary: report.summary,
    };
    serde_json::to_string_pretty(&wire).unwrap_or_default()
}

/// One line of `check --format jsonl`, told apart by its `type`.
#[derive(Serialize)]
#[serde(tag = "type", rename_all = "lowercase")]
enum JsonlLine<'a> {
    /// A conflict: the fields of a conflict of `check --format json`.
    Conflict(ConflictWire<'a>),
    /// A note: the fields of a note of `check --format json`.
    Note(NoteWire<'a>),
    /// The last line: the contract version, the documents and the counts.
    Summary {
        /// The contract version.
        version: u32,
        /// The documents read.
        documents: Vec<CheckDocumentWire<'a>>,
        /// The counts.
        summary: Summary,
    },
}

/// `check --format jsonl`: one line per conflict, then one per note, then
/// the summary line (see `docs/output-formats.md`).
pub fn check_jsonl(report: &Report) -> String {
    let lines = Lines::new(report);
    let conflicts = report.conflicts.iter().map(|c| JsonlLine::Conflict(conflict_wire(report, &lines, c)));
    let notes = report.notes.iter().map(|n| JsonlLine::Note(note_wire(&lines, n)));
    let summary = JsonlLine::Summary { version: VERSION, documents: documents_wire(report), summary: report.summary };
    let mut out = Vec::new();
    for line in conflicts.chain(notes).chain(std::iter::once(summary)) {
        let mark = out.len();
        if serde_json::to_writer(&mut out, &line).is_ok() {
            out.push(b'\n');
        } else {
            out.truncate(mark);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}
