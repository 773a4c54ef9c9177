//! Tallies told in words, read as the score they make: "by eight votes to
//! four" stays two counts (the votes for, the votes against, which a count
//! of the votes against in another report can meet), and also becomes a
//! derived score claim spanning both, which the checker compares with the
//! scores other reports give ("voted 8-4", "a 7-5 vote") under the rule
//! `score-tally`.

use crate::claim::{Claim, ClaimKind, Value};
use crate::grammar::score::{Score, Stage};
use crate::span::Span;

use super::{Frame, Reader, Role};

/// The largest side of a tally.
const MOST: f64 = 999.0;

/// The derived scores of the sentence's tallies in words: two counts of
/// votes joined by "to" ("eight votes to four", "41 votes to 36").
pub(super) fn derive(r: &Reader<'_>, frames: &[Frame]) -> Vec<(Claim, Frame)> {
    let mut out = Vec::new();
    for (t, tok) in r.tokens.iter().enumerate() {
        let Some(c) = tok.figure() else { continue };
        let Some(first) = r.claims.get(c).filter(|x| x.kind == ClaimKind::Count && !x.derived) else { continue };
        let votes = r.token(t + 1).is_some_and(|v| v.text(r.text).eq_ignore_ascii_case("votes"));
        let to = r.token(t + 2).is_some_and(|v| v.text(r.text).eq_ignore_ascii_case("to"));
        let Some(d) = r.token(t + 3).and_then(super::tokens::Token::figure).filter(|_| votes && to) else { continue };
        let Some(second) = r.claims.get(d).filter(|x| x.kind == ClaimKind::Count && !x.derived) else { continue };
        let (Some(a), Some(b)) = (side(first), side(second)) else { continue };
        let derived = Claim {
            kind: ClaimKind::Score,
            span: Span::new(first.span.start, second.span.end),
            value: Value::Score(Score { sides: [a, b], stage: Stage::Result }),
            subject: None,
            sentence: first.sentence,
            in_headline: first.in_headline,
            relative: false,
            derived: true,
        };
        let model = frames.get(c).cloned().unwrap_or_default();
        out.push((derived, Frame { role: Role::Total, counted: None, ..model }));
    }
    out
}

/// A side of a tally: an exact whole count of at most [`MOST`].
fn side(count: &Claim) -> Option<u32> {
    let n = count.value.exact_figure().filter(|n| n.fract() == 0.0 && (0.0..=MOST).contains(n))?;
    Some(n as u32)
}

#[cfg(test)]
mod tests {
    use crate::claim::Value;

    /// The derived scores of a text: (text, sides).
    fn tallies(text: &str) -> Vec<(String, [u32; 2])> {
        super::super::derived_in(text)
            .into_iter()
            .filter_map(|(t, v)| match v {
                Value::Score(s) => Some((t, s.sides)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_tally_in_words_is_also_a_score() {
        assert_eq!(
            tallies("The board voted by five votes to two to cut rates."),
            [("five votes to two".into(), [5, 2])]
        );
        assert_eq!(tallies("The bill passed by 41 votes to 36."), [("41 votes to 36".into(), [41, 36])]);
        assert_eq!(tallies("Five votes were cast, two to the motion."), []);
    }
}
