//! The JSON output of the contract (`../shared/spec/cli-and-json.md`),
//! written with serde from the report, never from internal types directly.

use serde_json::{json, Value as Json};

use super::model::Report;
use super::value::value_json;
use crate::claim::Claim;
use crate::document::Document;
use crate::span::LineIndex;

/// The version of the JSON contract.
pub const VERSION: u32 = 1;

/// One claim as JSON; `path` is included when `with_path`.
pub fn claim_json(doc: &Document, index: &LineIndex, claim: &Claim, with_path: bool) -> Json {
    let mut value = json!({
        "kind": claim.kind.name(),
        "text": claim.span.slice(&doc.text),
        "span": index.position(&doc.text, claim.span),
        "value": value_json(&claim.value),
        "subject": claim.subject,
    });
    if with_path {
        value["path"] = json!(doc.path);
        if let Some(obj) = value.as_object_mut() {
            let path = obj.remove("path");
            let mut ordered = serde_json::Map::new();
            ordered.insert("path".into(), path.unwrap_or(Json::Null));
            ordered.extend(std::mem::take(obj));
            *obj = ordered;
        }
    }
    if claim.in_headline {
        value["headline"] = json!(true);
    }
    value
}

/// One document of `extract --format json`.
pub fn extract_document_json(doc: &Document, claims: &[Claim]) -> Json {
    let index = LineIndex::new(&doc.text);
    json!({
        "path": doc.path,
        "published": doc.published.map(|p| p.to_rfc3339()),
        "headline": doc.headline.map(|h| h.slice(&doc.text).trim()),
        "claims": claims.iter().map(|c| claim_json(doc, &index, c, false)).collect::<Vec<_>>(),
    })
}

/// `extract --format json`.
pub fn extract_json(docs: &[Document], claims: &[Vec<Claim>]) -> Json {
    let documents: Vec<Json> = docs.iter().zip(claims).map(|(doc, c)| extract_document_json(doc, c)).collect();
    json!({"version": VERSION, "documents": documents})
}

/// `extract --format jsonl` for one document: one claim per line, with its path.
pub fn extract_document_jsonl(doc: &Document, claims: &[Claim]) -> String {
    let index = LineIndex::new(&doc.text);
    let mut out = String::new();
    for c in claims {
        out.push_str(&claim_json(doc, &index, c, true).to_string());
        out.push('\n');
    }
    out
}

/// `extract --format jsonl`.
pub fn extract_jsonl(docs: &[Document], claims: &[Vec<Claim>]) -> String {
    docs.iter().zip(claims).map(|(doc, c)| extract_document_jsonl(doc, c)).collect()
}

/// `check --format json`.
pub fn check_json(report: &Report) -> Json {
    let indexes: Vec<LineIndex> = report.documents.iter().map(|d| LineIndex::new(&d.text)).collect();
    let documents: Vec<Json> = report
        .documents
        .iter()
        .zip(&report.duplicate_of)
        .map(|(doc, dup)| {
            json!({
                "path": doc.path,
                "published": doc.published.map(|p| p.to_rfc3339()),
                "duplicate_of": dup.map(|d| report.documents[d].path.clone()),
            })
        })
        .collect();
    let conflicts: Vec<Json> = report
        .conflicts
        .iter()
        .map(|c| {
            let claims: Vec<Json> = c
                .claims
                .iter()
                .map(|r| claim_json(&report.documents[r.doc], &indexes[r.doc], report.claim(*r), true))
                .collect();
            json!({
                "rule": c.rule,
                "severity": c.severity.name(),
                "message": c.message,
                "subject": c.subject,
                "claims": claims,
                "help": c.help,
            })
        })
        .collect();
    let notes: Vec<Json> = report
        .notes
        .iter()
        .map(|n| {
            let at = n.at.map(|(d, span)| json!({"path": report.documents[d].path, "span": indexes[d].position(&report.documents[d].text, span)}));
            json!({"code": n.code, "severity": n.severity.name(), "message": n.message, "at": at})
        })
        .collect();
    let s = report.summary;
    json!({
        "version": VERSION,
        "documents": documents,
        "conflicts": conflicts,
        "notes": notes,
        "summary": {
            "documents": s.documents, "claims": s.claims, "compared": s.compared,
            "conflicts": s.conflicts, "errors": s.errors, "warnings": s.warnings, "infos": s.infos,
        },
    })
}
