//! Counts of earlier events, read as the ordinal they imply: "after three
//! earlier strikes this year" makes this strike the fourth. Such a count
//! becomes a derived ordinal claim (spanning the count and its noun) whose
//! frame names the count it comes from in `series`, so that the checker
//! compares it with the ordinals other reports give ("the second strike
//! this year") under the rule `count-ordinal`.

use crate::claim::{Amount, Claim, ClaimKind, Value};
use crate::lexical::Pos;
use crate::span::Span;

use super::lemma::Head;
use super::words::EARLIER;
use super::{Frame, Reader, Role};

/// The largest count read as a series (a "past 300 years" is no series).
const MOST: f64 = 100.0;

/// The derived ordinals of the sentence's counts of earlier events.
pub(super) fn derive(r: &Reader<'_>, frames: &[Frame]) -> Vec<(Claim, Frame)> {
    let mut out = Vec::new();
    for (t, tok) in r.tokens.iter().enumerate() {
        let Some(c) = tok.figure() else { continue };
        let Some(claim) = r.claims.get(c).filter(|c| c.kind == ClaimKind::Count && !c.derived) else { continue };
        let Some(n) = claim.value.exact_figure().filter(|&n| (1.0..=MOST).contains(&n)) else { continue };
        if !r.token(t + 1).is_some_and(|next| next.is_open() && next.is_in(EARLIER)) {
            continue;
        }
        let Some(noun) = r.token(t + 2).filter(|n| n.is_open() && n.read(r.text).can_be_noun()) else { continue };
        let head = Head::of(noun.span, noun.read(r.text), Pos::Noun);
        let derived = Claim {
            kind: ClaimKind::Ordinal,
            span: Span::new(claim.span.start, noun.span.end),
            value: Value::Amount(Amount {
                low: Some(n + 1.0),
                high: Some(n + 1.0),
                unit: None,
                precision: 0.0,
                vague: false,
            }),
            subject: None,
            sentence: claim.sentence,
            in_headline: claim.in_headline,
            relative: false,
            derived: true,
        };
        let model = frames.get(c).cloned().unwrap_or_default();
        let frame = Frame { counted: Some(head), predicate: Some(head), role: Role::Total, series: Some(c), ..model };
        out.push((derived, frame));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    fn ordinals(text: &str) -> Vec<(String, f64)> {
        let doc = Document::new("a.txt", text, None);
        let (claims, frames) = crate::frame::extract_with_frames(&doc);
        claims
            .iter()
            .zip(&frames)
            .filter(|(_, f)| f.series.is_some())
            .map(|(c, _)| match c.value {
                crate::claim::Value::Amount(a) => (c.span.slice(&doc.text).to_string(), a.low.unwrap_or(0.0)),
                _ => (String::new(), 0.0),
            })
            .collect()
    }

    #[test]
    fn a_count_of_earlier_events_is_the_ordinal_after_it() {
        let text = "May 5, 2025\nDrivers walked out on Monday, after three earlier strikes this year.";
        assert_eq!(ordinals(text), vec![("three earlier strikes".to_string(), 4.0)]);
        let prior = "May 5, 2025\nDrivers walked out on Monday, after two prior strikes this year.";
        assert_eq!(ordinals(prior), vec![("two prior strikes".to_string(), 3.0)]);
    }

    #[test]
    fn counts_of_other_things_are_no_series() {
        assert!(ordinals("May 5, 2025\nThree strikes hit the city this year.").is_empty());
        assert!(ordinals("May 5, 2025\nIt was the worst flood in the past 300 years.").is_empty());
    }
}
