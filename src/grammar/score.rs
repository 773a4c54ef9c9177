//! Scores and tallies written with a dash: "3-1", "14–6", "7-2". A dash
//! between two small whole numbers is as often a range ("10-15 people",
//! "a 2-3 day trip") or a name ("F-16", "24-7") as a score, so a dashed
//! pair is a score only where a word around it says so: a verb of
//! winning, losing or voting before it ("won 3-1", "beat Rovers 3-1",
//! "voted 7-2"), or a noun or phrase of scores after it ("a 3-1 win", "a
//! 5-4 decision", "14-6 at the break", "6-1 in favour"). The same words
//! tell a result from a score on the way to it ("at half-time", "2-1 up",
//! "led 12-6"). "Eight votes to four" stays two counts, which a count of
//! the votes against can meet; the frame reader adds the score they make
//! (`frame/tally.rs`).

use super::words::{fail, phrase, range_dash, space, PResult};

/// How many words before a dashed pair a verb of scoring may stand
/// ("beating second seed Mateo Valcourt 6-4").
const CUE_REACH: usize = 5;

/// A score or a tally as written: its two sides, in the order given, and
/// the stage of the match or vote it tells.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Score {
    /// The two sides, in the order written.
    pub sides: [u32; 2],
    /// A result, or a score on the way to one.
    pub stage: Stage,
}

/// What a score tells of its match or vote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Stage {
    /// The result ("won 3-1", "voted 7-2").
    Result,
    /// The score at half-time ("14-6 at the break").
    HalfTime,
    /// A lead on the way ("2-1 up", "led 12-6"): a moment the text does
    /// not place.
    Lead,
}

impl Stage {
    /// The name used in JSON.
    pub const fn name(self) -> &'static str {
        match self {
            Stage::Result => "result",
            Stage::HalfTime => "half-time",
            Stage::Lead => "lead",
        }
    }

    /// The stage with this JSON name.
    pub fn from_name(name: &str) -> Option<Stage> {
        [Stage::Result, Stage::HalfTime, Stage::Lead].into_iter().find(|s| s.name() == name)
    }
}

impl Score {
    /// The two sides, larger first: "1-3" and "3-1" tell one result.
    pub fn sorted(self) -> (u32, u32) {
        let [a, b] = self.sides;
        (a.max(b), a.min(b))
    }
}

/// Verbs and words that, a few words before a dashed pair, make it a
/// score: "won 3-1", "beat Rovers 3-1", "voted 7-2", "led 12-6".
const CUES_BEFORE: &[&str] = &[
    "approve",
    "approved",
    "approves",
    "beat",
    "beaten",
    "beating",
    "beats",
    "by",
    "defeat",
    "defeated",
    "defeating",
    "defeats",
    "draw",
    "drawing",
    "drawn",
    "draws",
    "drew",
    "edge",
    "edged",
    "edges",
    "ended",
    "finished",
    "lead",
    "leading",
    "leads",
    "led",
    "lose",
    "loses",
    "losing",
    "lost",
    "overcame",
    "reject",
    "rejected",
    "rejects",
    "routed",
    "ruled",
    "score",
    "scoreline",
    "scored",
    "set",
    "sets",
    "take",
    "takes",
    "taking",
    "tally",
    "thrashed",
    "tiebreak",
    "tiebreaker",
    "took",
    "trail",
    "trailed",
    "trailing",
    "trails",
    "vote",
    "voted",
    "votes",
    "voting",
    "win",
    "winning",
    "wins",
    "won",
];

/// Words that, right after a dashed pair, make it a score: "a 3-1 win",
/// "a 5-4 decision", "14-6 up".
const CUES_AFTER: &[&str] = &[
    "aggregate",
    "decision",
    "defeat",
    "deficit",
    "down",
    "draw",
    "lead",
    "loss",
    "majority",
    "margin",
    "result",
    "ruling",
    "score",
    "scoreline",
    "split",
    "thrashing",
    "tie",
    "triumph",
    "up",
    "verdict",
    "victory",
    "vote",
    "votes",
    "win",
    "winner",
    "winners",
];

/// Phrases that, right after a dashed pair, make it a score: "14-6 at the
/// break", "6-1 in favour", "2-1 after extra time".
const PHRASES_AFTER: &[&str] = &[
    "after extra time",
    "after extra-time",
    "against",
    "at full time",
    "at full-time",
    "at half time",
    "at half-time",
    "at halftime",
    "at the break",
    "at the interval",
    "in favor",
    "in favour",
    "on aggregate",
    "on penalties",
];

/// Words that may follow a score that a verb before it announced ("won
/// 3-1 on Saturday", "voted 7-2 to approve"); any other word after a
/// dashed pair makes it a range or a name ("won 10-15 seats").
const MAY_FOLLOW: &[&str] = &[
    "after", "against", "and", "as", "at", "away", "before", "but", "despite", "for", "from", "home", "in", "last",
    "on", "over", "the", "this", "thanks", "to", "when", "while", "with",
];

/// One side of a score: one to three digits.
fn side(input: &str) -> PResult<'_, u32> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    let value = input.get(..digits).filter(|_| (1..=3).contains(&digits)).and_then(|d| d.parse::<u32>().ok());
    let rest = input.get(digits..).unwrap_or_default();
    match value {
        Some(v) if !rest.starts_with(char::is_alphanumeric) => Ok((rest, v)),
        _ => fail(input),
    }
}

/// A pair of digit runs joined by a dash, with nothing glued after:
/// "3-1", "14–6"; not "4-4-2", "2024-05-01", "3-1.5" or "10-15%".
pub fn dashed(input: &str) -> PResult<'_, [u32; 2]> {
    let (rest, first) = side(input)?;
    let Some(after_dash) = range_dash(rest).filter(|r| r.starts_with(|c: char| c.is_ascii_digit())) else {
        return fail(input);
    };
    let (rest, second) = side(after_dash)?;
    if range_dash(rest).is_some() || rest.starts_with(['.', ',', '%', '/', ':']) && continues(rest) {
        return fail(input);
    }
    Ok((rest, [first, second]))
}

/// True when a mark after a figure glues more figure to it ("3-1.5",
/// "10-15%"), not when it ends the clause ("won 3-1.").
fn continues(rest: &str) -> bool {
    rest.starts_with('%') || rest.get(1..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// True when the words right after a dashed pair make it a score ("a 3-1
/// win", "14-6 at the break").
pub fn cued_after(rest: &str) -> bool {
    let Ok((after, _)) = space(rest) else { return false };
    let word = leading_word(after);
    CUES_AFTER.iter().any(|c| c.eq_ignore_ascii_case(word))
        || PHRASES_AFTER.iter().any(|p| phrase(p)(after).is_ok_and(|(r, _)| !r.starts_with(char::is_alphanumeric)))
}

/// True when a dashed pair that a verb before it announced may end where
/// `rest` starts: at a mark, or before a word a score may stand before.
pub fn may_end_here(rest: &str) -> bool {
    let Ok((after, _)) = space(rest) else {
        return !rest.starts_with(char::is_alphanumeric);
    };
    let word = leading_word(after);
    word.is_empty() || MAY_FOLLOW.iter().any(|w| w.eq_ignore_ascii_case(word)) || cued_after(rest)
}

/// True when, within a few words before a dashed pair in its clause
/// (`before` is the text up to it), a verb of scoring or voting stands:
/// "won 3-1", "beat Ardlow City 3-1", "voted 7-2".
pub fn cued_before(before: &str) -> bool {
    nearest_cue(before).is_some()
}

/// The nearest verb of scoring or voting within a few words before a
/// dashed pair, in its clause.
fn nearest_cue(before: &str) -> Option<&str> {
    let clause_start = before.rfind(['.', ';', ':', '!', '?', '\n', '(', ')']).map_or(0, |i| i + 1);
    let clause = before.get(clause_start..).unwrap_or_default();
    clause
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .rev()
        .filter(|w| !w.is_empty())
        .take(CUE_REACH)
        .find(|w| CUES_BEFORE.iter().any(|c| c.eq_ignore_ascii_case(w)))
}

/// Words right after a score that make it a score on the way ("2-1 up",
/// "broke a 13-13 tie", "a 21-7 advantage").
const LEADS_AFTER: &[&str] = &["advantage", "cushion", "deficit", "down", "lead", "tie", "up"];
/// Verbs before a score that make it a lead on the way ("led 12-6").
const LEADS_BEFORE: &[&str] = &["lead", "leading", "leads", "led", "trail", "trailed", "trailing", "trails"];
/// Phrases right after a score that place it at half-time.
const HALF_TIME: &[&str] = &["at half time", "at half-time", "at halftime", "at the break", "at the interval"];

/// The stage a score tells, read from the words around it (`before` is
/// the text up to it, `rest` the text after it).
pub fn stage(before: &str, rest: &str) -> Stage {
    let after = space(rest).map_or("", |(r, _)| r);
    let ends = |r: &str| !r.starts_with(char::is_alphanumeric);
    if HALF_TIME.iter().any(|p| phrase(p)(after).is_ok_and(|(r, _)| ends(r))) {
        return Stage::HalfTime;
    }
    let led = nearest_cue(before).is_some_and(|w| LEADS_BEFORE.iter().any(|l| l.eq_ignore_ascii_case(w)));
    if led || LEADS_AFTER.iter().any(|l| l.eq_ignore_ascii_case(leading_word(after))) {
        return Stage::Lead;
    }
    Stage::Result
}

/// The run of letters `text` starts with.
fn leading_word(text: &str) -> &str {
    let len = text.find(|c: char| !c.is_alphabetic() && c != '-').unwrap_or(text.len());
    text.get(..len).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_dashed_pair_of_small_whole_numbers() {
        assert_eq!(dashed("3-1 win"), Ok((" win", [3, 1])));
        assert_eq!(dashed("14–6 at"), Ok((" at", [14, 6])));
        assert_eq!(dashed("7-2."), Ok((".", [7, 2])));
        for not_one in ["4-4-2", "2024-05-01", "3-1.5", "10-15%", "1200-1500", "3-1a", "three-one"] {
            assert!(dashed(not_one).is_err(), "{not_one}");
        }
    }

    #[test]
    fn the_words_around_a_dashed_pair_tell_a_score() {
        assert!(cued_after(" win over") && cued_after(" at the break") && cued_after(" in favour of"));
        assert!(!cued_after(" people") && !cued_after(" at noon") && !cued_after("-day"));
        assert!(cued_before("Ardlow beat Harwick City ") && cued_before("The board voted "));
        assert!(cued_before("with Garnock taking the tie-break "));
        assert!(!cued_before("The vote was close. Expect ") && !cued_before("won the toss and fielded for "));
        assert!(may_end_here(" on Saturday") && may_end_here(".") && may_end_here(" at half-time"));
        assert!(!may_end_here(" seats") && !may_end_here(" days"));
    }

    #[test]
    fn sides_sort_larger_first() {
        let score = |sides| Score { sides, stage: Stage::Result };
        assert_eq!(score([1, 3]).sorted(), score([3, 1]).sorted());
    }

    #[test]
    fn the_words_around_a_score_tell_its_stage() {
        assert_eq!(stage("Rovers won ", " on Saturday"), Stage::Result);
        assert_eq!(stage("They were ", " at the break."), Stage::HalfTime);
        assert_eq!(stage("putting his side ", " up after"), Stage::Lead);
        assert_eq!(stage("Harnford led ", " at half-time"), Stage::HalfTime);
        assert_eq!(stage("Harnford led ", " with ten minutes left"), Stage::Lead);
        assert_eq!(stage("a touchdown broke a ", " tie late on"), Stage::Lead);
        assert_eq!(stage("they built a ", " advantage"), Stage::Lead);
    }
}
