//! Scores and tallies as claims ("won 3-1", "a 5-4 decision", "voted
//! 7-2"): the grammar reads the pair, and the words around it
//! tell a score from a range or a name (see [`crate::grammar::score`]).

use super::Found;
use crate::claim::{Claim, ClaimKind, Value};
use crate::grammar::score;

/// The most bytes between two scores of one line ("6-4, 7-6 (7-3)", "23-25
/// and 15-12"): a set's score after another's needs no verb of its own.
const CHAIN_GAP: usize = 6;

/// A score or a tally starting at `start` (`input` is the text from
/// there): a dashed pair when the words around it make it a score, or
/// when it follows another score of the line (`earlier` are the claims
/// before it).
pub(super) fn score_at(text: &str, input: &str, start: usize, earlier: &[Claim]) -> Option<Found> {
    let (rest, sides) = score::dashed(input).ok()?;
    let before = text.get(..start).unwrap_or_default();
    let told = score::cued_after(rest)
        || (score::cued_before(before) && score::may_end_here(rest))
        || (after_a_score(before, earlier) && score::may_end_here(rest));
    told.then(|| Found {
        kind: ClaimKind::Score,
        value: Value::Score(score::Score { sides, stage: score::stage(before, rest) }),
        end: start + input.len() - rest.len(),
        relative: false,
    })
}

/// True when the text before a figure ends with a score and a comma, an
/// opening parenthesis or an "and" that closes a list: "6-4, 7-6", "7-6
/// (7-3)", "23-25 and 15-12".
fn after_a_score(before: &str, earlier: &[Claim]) -> bool {
    let Some(last) = earlier.last().filter(|c| c.kind == ClaimKind::Score) else { return false };
    let Some(gap) = before.get(last.span.end..) else { return false };
    let marks = gap.trim().trim_start_matches(',').trim_start();
    let marks = marks.strip_prefix("and").map_or(marks, str::trim_start);
    gap.len() <= CHAIN_GAP && marks.chars().all(|c| matches!(c, ',' | '('))
}

#[cfg(test)]
mod tests {
    use crate::claim::{ClaimKind, Value};
    use crate::document::Document;
    use crate::grammar::score::Stage;

    /// The scores `extract` reads in `text`, with their stages.
    fn scores(text: &str) -> Vec<(String, Stage)> {
        let doc = Document::new("t.txt", text, None);
        super::super::extract(&doc)
            .into_iter()
            .filter_map(|c| match c.value {
                Value::Score(s) if c.kind == ClaimKind::Score => Some((c.span.slice(text).to_string(), s.stage)),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_dashed_pair_is_a_score_where_the_words_around_it_say_so() {
        let found = scores(
            "The council voted 9-4 on Thursday. Ardlow beat Harwick City 3-1, a 5-4 decision. Rovers were 14-6 up, \
             and 12-6 at half-time. She won 6-4, 3-6, 7-6 (7-5). They won by set scores of 25-21, 22-25 and 15-12.",
        );
        let texts: Vec<&str> = found.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["9-4", "3-1", "5-4", "14-6", "12-6", "6-4", "3-6", "7-6", "7-5", "25-21", "22-25", "15-12"]);
        let stages: Vec<Stage> = found.iter().map(|&(_, s)| s).collect();
        assert_eq!(stages[3..5], [Stage::Lead, Stage::HalfTime]);
        assert!(stages.iter().enumerate().all(|(i, &s)| (3..5).contains(&i) || s == Stage::Result));
    }

    #[test]
    fn ranges_names_and_dates_are_no_scores() {
        let none = "Expect 2-3 days of rain and 10-15 people. The F-16 flew a 24-7 patrol on 2024-05-01 in a \
                    4-4-2 shape; Labour won 10-15 seats. It rose 3-5%.";
        assert_eq!(scores(none), []);
    }
}
