//! The JSON output of the contract (`../shared/spec/cli-and-json.md`),
//! written with serde through the wire structs of `wire.rs` (the summary's
//! plain counts are serialized as they are: their names are the contract's).

use super::located::{Lines, Located};
use super::model::Report;
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
    let index = LineIndex::new(&doc.text);
    let wire = ExtractDocumentWire {
        path: &doc.path,
        published: doc.published.map(|p| p.to_rfc3339()),
        headline: doc.headline.map(|h| h.slice(&doc.text).trim()),
        claims: claims
            .iter()
            .enumerate()
            .map(|(i, c)| ClaimWire::framed(doc, &index, c, frames.get(i).map(|f| (claims, f)), false))
            .collect(),
    };
    serde_json::to_string_pretty(&wire).unwrap_or_default()
}

/// Every line of `text` indented by `pad`.
pub fn indent(text: &str, pad: &str) -> String {
    text.lines().map(|l| format!("{pad}{l}")).collect::<Vec<_>>().join("\n")
}

/// `extract --format jsonl` for one document: one claim per line, with its path.
pub fn extract_document_jsonl(doc: &Document, claims: &[Claim], frames: &[Frame]) -> String {
    let index = LineIndex::new(&doc.text);
    let mut out: Vec<u8> = Vec::with_capacity(claims.len() * 256);
    for (i, c) in claims.iter().enumerate() {
        // Writing into memory fails only if serialization does, which the
        // wire types cannot; such a line would be left out, never half-written.
        let mark = out.len();
        if serde_json::to_writer(&mut out, &ClaimWire::framed(doc, &index, c, frames.get(i).map(|f| (claims, f)), true))
            .is_ok()
        {
            out.push(b'\n');
        } else {
            out.truncate(mark);
        }
    }
    String::from_utf8(out).unwrap_or_default()
}

/// `check --format json`, pretty-printed.
pub fn check_json(report: &Report) -> String {
    let lines = Lines::new(report);
    let documents = report
        .documents
        .iter()
        .zip(&report.duplicate_of)
        .map(|(doc, dup)| CheckDocumentWire {
            path: &doc.path,
            published: doc.published.map(|p| p.to_rfc3339()),
            duplicate_of: dup.map(|d| report.path(d)),
        })
        .collect();
    let conflicts = report
        .conflicts
        .iter()
        .map(|c| ConflictWire {
            rule: &c.rule,
            severity: c.severity.name(),
            message: &c.message,
            subject: c.subject.as_deref(),
            claims: c
                .claims
                .iter()
                .filter_map(|r| lines.claim(*r))
                .map(|Located { doc, index, claim }| ClaimWire::of(doc, index, claim, true))
                .collect(),
            help: &c.help,
        })
        .collect();
    let notes = report
        .notes
        .iter()
        .map(|n| NoteWire {
            code: n.code,
            severity: n.severity.name(),
            message: &n.message,
            at: n.at.and_then(|(d, span)| {
                let (doc, index) = lines.document(d)?;
                Some(NoteAtWire { path: &doc.path, span: index.position(&doc.text, span) })
            }),
        })
        .collect();
    let wire = CheckReportWire { version: VERSION, documents, conflicts, notes, summary: report.summary };
    serde_json::to_string_pretty(&wire).unwrap_or_default()
}
