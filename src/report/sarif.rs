//! SARIF 2.1.0 output for code-scanning: one result per conflict, the other
//! claims as related locations, the rules with their help text, and stable
//! partial fingerprints.

use std::path::{Component, Path};

use percent_encoding::{utf8_percent_encode, AsciiSet, CONTROLS};
use serde_json::{json, Value as Json};

use super::fingerprint::fingerprint;
use super::located::{Lines, Located};
use super::model::Report;
use super::value::value_text;
use crate::rules::{Rule, Severity};

/// The SARIF level of a severity.
fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// The base id artifact locations are relative to.
pub const SRCROOT: &str = "%SRCROOT%";

/// What a path segment may not hold unescaped in a relative URI reference
/// (RFC 3986: everything but unreserved characters and sub-delimiters;
/// `:` too, so that a first segment never reads as a scheme).
const SEGMENT: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'/')
    .add(b':')
    .add(b'<')
    .add(b'>')
    .add(b'?')
    .add(b'@')
    .add(b'[')
    .add(b'\\')
    .add(b']')
    .add(b'^')
    .add(b'`')
    .add(b'{')
    .add(b'|')
    .add(b'}');

/// A relative path as a URI reference: `/`-separated, each segment
/// percent-encoded.
pub fn relative_uri(path: &Path) -> String {
    path.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(utf8_percent_encode(&s.to_string_lossy(), SEGMENT).to_string()),
            Component::ParentDir => Some("..".to_string()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// The artifact location of a document's path: relative to `root` (the
/// `%SRCROOT%` base) when it is under it, else an absolute `file:` URI.
/// Standard input is `stdin`.
pub fn artifact_location(path: &str, root: &Path) -> Json {
    if path == crate::document::load::STDIN {
        return json!({"uri": "stdin"});
    }
    let p = Path::new(path);
    let relative = if p.is_absolute() { p.strip_prefix(root).ok() } else { Some(p) };
    match relative {
        Some(r) => json!({"uri": relative_uri(r), "uriBaseId": SRCROOT}),
        None => match url::Url::from_file_path(p) {
            Ok(u) => json!({"uri": u.as_str()}),
            Err(()) => json!({"uri": relative_uri(p)}),
        },
    }
}

/// The SARIF rule descriptor of a rule.
fn rule_json(rule: &Rule) -> Json {
    json!({
        "id": rule.id,
        "name": rule.id,
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.doc.what.trim()},
        "help": {"text": rule.explain(), "markdown": rule.explain()},
        "defaultConfiguration": {"level": level(rule.effective_severity())},
    })
}

/// The physical location of a claim.
fn location(at: Located<'_>, root: &Path) -> Json {
    let Located { doc, index, span, .. } = at;
    let text = doc.written();
    let p = index.position(text, span);
    json!({
        "physicalLocation": {
            "artifactLocation": artifact_location(&doc.path, root),
            "region": {
                "startLine": p.line, "startColumn": p.column,
                "endLine": p.end_line, "endColumn": p.end_column,
                "charOffset": text.get(..span.start).map_or(0, |before| before.chars().count()),
                "charLength": at.text().chars().count(),
                "snippet": {"text": at.text()},
            },
        },
    })
}

/// The whole SARIF log for a report checked with `rules`; relative paths
/// are relative to `root` (the working directory), which the log names as
/// `%SRCROOT%` in `originalUriBaseIds`.
pub fn sarif(report: &Report, rules: &[Rule], root: &Path) -> Json {
    let lines = Lines::new(report);
    let results: Vec<Json> = report
        .conflicts
        .iter()
        .map(|c| {
            let mut located = c.claims.iter().filter_map(|r| lines.claim(*r));
            let first = located.next().map(|at| location(at, root));
            let related: Vec<Json> = located
                .enumerate()
                .map(|(i, at)| {
                    let mut loc = location(at, root);
                    if let Some(fields) = loc.as_object_mut() {
                        fields.insert("id".into(), json!(i + 1));
                        let says = format!("{} says {}", at.doc.path, value_text(&at.claim.value));
                        fields.insert("message".into(), json!({ "text": says }));
                    }
                    loc
                })
                .collect();
            json!({
                "ruleId": c.rule,
                "ruleIndex": rules.iter().position(|r| r.id == c.rule).unwrap_or(0),
                "level": level(c.severity),
                "message": {"text": format!("{} ({})", c.message, c.help)},
                "locations": first.into_iter().collect::<Vec<Json>>(),
                "relatedLocations": related,
                "partialFingerprints": {"factlintConflict/v1": fingerprint(report, c)},
            })
        })
        .collect();
    json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "factlint",
                "version": env!("CARGO_PKG_VERSION"),
                "informationUri": "https://crates.io/crates/factlint",
                "rules": rules.iter().map(rule_json).collect::<Vec<_>>(),
            }},
            "originalUriBaseIds": {
                SRCROOT: {"uri": url::Url::from_directory_path(root).map(|u| u.to_string()).unwrap_or_else(|()| "file:///".into())},
            },
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn artifact_locations_are_relative_and_escaped() {
        let root = Path::new("/work/repo");
        assert_eq!(
            artifact_location("stories/a b#1.md", root),
            json!({"uri": "stories/a%20b%231.md", "uriBaseId": SRCROOT})
        );
        assert_eq!(artifact_location("/work/repo/x/é.md", root), json!({"uri": "x/%C3%A9.md", "uriBaseId": SRCROOT}));
        assert_eq!(artifact_location("/elsewhere/a.md", root), json!({"uri": "file:///elsewhere/a.md"}));
        assert_eq!(artifact_location("./c:d.md", root), json!({"uri": "c%3Ad.md", "uriBaseId": SRCROOT}));
    }
}
