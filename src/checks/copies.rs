//! A copy that changed a figure of its original: claims at aligned places
//! of a copy (or of a passage taken over) and its original whose values
//! disagree. Whatever their frame, and whether or not any rule names their
//! subject: in a copy, the same place is the same claim. A changed time
//! stamp ("As of 14:48 UTC" in a later revision, "As of 18:00 UTC") is the
//! copy being brought up to date, reported as `info`.

use crate::pair::Alignment;
use crate::report::value::value_text;
use crate::report::{ClaimRef, Conflict};
use crate::rules::{CheckKind, Compare};
use crate::values::compatible;

use super::Context;

/// The conflicts of aligned claims that disagree.
pub fn conflicts(cx: &Context<'_>) -> Vec<Conflict> {
    let Some(rule) = cx.rule_of_kind(CheckKind::CopyAltered) else { return Vec::new() };
    let strict = Compare { vague_stretch: 1.0, ..rule.compare.clone() };
    let mut out = Vec::new();
    for aligned in cx.pairing.copies.aligned.iter().filter(|a| a.how == Alignment::Changed) {
        let (Some(copy), Some(original)) = (cx.claim(aligned.copy), cx.claim(aligned.original)) else { continue };
        if copy.kind != original.kind && !(copy.kind.is_temporal() && original.kind.is_temporal()) {
            continue;
        }
        if compatible(&copy.value, &original.value, &strict) {
            continue;
        }
        let path = |d: usize| cx.docs.get(d).map_or("?", |doc| doc.path.as_str());
        let (from, to) = (value_text(&original.value), value_text(&copy.value));
        let mut claims = vec![
            ClaimRef { doc: aligned.original.0, claim: aligned.original.1 },
            ClaimRef { doc: aligned.copy.0, claim: aligned.copy.1 },
        ];
        claims.sort();
        let stamp = copy.kind.is_temporal()
            && cx.docs.get(aligned.copy.0).is_some_and(|doc| is_time_stamp(&doc.text, copy.span.start));
        let (severity, message) = if stamp {
            let message = format!(
                "{} repeats {} with its time stamp brought up to date: {from} → {to}",
                path(aligned.copy.0),
                path(aligned.original.0)
            );
            (crate::rules::Severity::Info, message)
        } else {
            let message =
                format!("{} repeats {} but changes {from} to {to}", path(aligned.copy.0), path(aligned.original.0));
            (rule.effective_severity(), message)
        };
        out.push(Conflict {
            rule: rule.id.clone(),
            severity,
            message,
            subject: copy.subject.clone(),
            claims,
            omitted: 0,
            help: format!("one of the two copies changed a figure; `factlint explain {}`", rule.id),
        });
    }
    out
}

/// True when the claim starting at `start` is a time stamp: "as of" right
/// before it.
fn is_time_stamp(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end();
    let tail = before.len().checked_sub(5).and_then(|i| before.get(i..)).unwrap_or_default();
    tail.eq_ignore_ascii_case("as of")
}

#[cfg(test)]
mod tests {
    use super::is_time_stamp;

    #[test]
    fn as_of_makes_a_time_stamp() {
        let text = "As of 14:48 UTC, the index fell. The index fell at 14:48 UTC.";
        assert!(is_time_stamp(text, text.find("14:48").unwrap_or(0)));
        assert!(!is_time_stamp(text, text.rfind("14:48").unwrap_or(0)));
    }
}
