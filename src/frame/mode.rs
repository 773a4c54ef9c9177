//! `mode`: whether what a figure's clause states happened, is planned,
//! may be, or is denied ("40 were not killed", "could reach 100", "will
//! meet on January 12", "advised anyone who fell ill to stay home for 48
//! hours").

use super::clause::Clause;
use super::lemma::Head;
use super::tokens::Kind;
use super::words::{Class, ADVICE_WORDS, CAPACITY_WORDS, DENIAL_WORDS, PLAN_WORDS, POSSIBLE_WORDS};
use super::{Mode, Reader};

/// True for "nothing but" ("wore nothing but a Santa hat"): only, not a
/// negation.
fn nothing_but(r: &Reader<'_>, i: usize) -> bool {
    r.word(i).eq_ignore_ascii_case("nothing") && r.word(i + 1).eq_ignore_ascii_case("but")
}

/// True for "not … until" before the figure at token `t`, the negation at
/// token `i`: "did not finish until 11.20pm" tells when it finished.
fn not_until(r: &Reader<'_>, i: usize, t: usize) -> bool {
    (i + 1..t).any(|k| ["until", "till"].iter().any(|w| w.eq_ignore_ascii_case(r.word(k))))
}

/// True for the "would" of reported speech, a reporting verb before it in
/// its sentence ("Castell said the group would save $150 million"): the
/// future as it was told, not a possibility.
fn reported_future(r: &Reader<'_>, i: usize) -> bool {
    r.word(i).eq_ignore_ascii_case("would")
        && r.tokens.get(..i).is_some_and(|before| before.iter().any(|tok| tok.is_in(super::words::REPORTING)))
}

/// True for a verb of hope, which before "to" tells what was hoped for,
/// not what happened ("had hoped to raise £5,000": it raised £4,600).
/// Read from blind round 114 after it was scored; measured on 2026-12-07
/// (fortieth session), 464 clusters: probes other conflicts 96 → 95 (that
/// raffle), slips unchanged (1045 of 1849); drafts 2047 → 2049 of 3581
/// (a tornado's power promised back "by Friday evening" no longer hides
/// the slipped evening), other 270 → 268; ECB+ (both lists, its
/// mutation), WikiNews, the seeds and the golds unchanged. As a word of
/// possibility anywhere, "Hopes fade for seven missing" and "hoping that a
/// €150,000 reward will persuade" lost two slips.
fn is_a_hope(word: &str) -> bool {
    ["hoped", "hopes", "hoping"].iter().any(|h| h.eq_ignore_ascii_case(word))
}

/// True when the figure at token `t` is an aim: "a target of 90 per
/// cent", "its £1.2m target", "aims to complete 90 per cent". An aim is
/// no outcome, and a report that gives both (raised £23,600 against a
/// £20,000 target; 81 per cent of repairs on time where the council aims
/// at 90) tells two things; a possibility is compared with no fact.
/// Measured on 2026-12-07 (forty-first session; read from blind round 123
/// after it was scored): that round's other conflicts 2 → 1 (81 per cent
/// of repairs done against the 90 per cent aimed at); probes, drafts, ECB+
/// (both lists, its mutation), WikiNews, the seeds and the golds
/// unchanged. Any "target", "goal" or "aim" before the figure in its
/// clause lost three slips ("missing its target and triggering a penalty
/// of £11.6 million"; a hockey goal "at 8:42 of overtime").
fn is_an_aim(r: &Reader<'_>, t: usize) -> bool {
    let is =
        |i: Option<usize>, words: &[&str]| i.is_some_and(|i| words.iter().any(|w| w.eq_ignore_ascii_case(r.word(i))));
    let aims = ["aim", "ambition", "goal", "target"];
    (is(t.checked_sub(1), &["of"]) && is(t.checked_sub(2), &aims))
        || is(Some(t + 1), &["target", "targets"])
        || (is(t.checked_sub(2), &["to"]) && is(t.checked_sub(3), &["aim", "aims", "aiming", "aimed"]))
}

/// True for "May" written as the month ("fell in May", "compared with May
/// last year"), not the modal "may".
fn is_the_month_may(word: &str) -> bool {
    word == "May"
}

/// The mode of the figure's clause: a denial or negation, a possibility, a
/// plan, or a fact.
pub(super) fn of(r: &Reader<'_>, t: usize, clause: Clause, predicate: Option<&Head>) -> Mode {
    let mut mode = Mode::Fact;
    let sentence_denies = r.tokens.iter().take(t).any(|tok| tok.is_in(DENIAL_WORDS));
    // A negation speaks of the figure when it stands before it, or between
    // it and its predicate ("40 were not killed"), not elsewhere in the
    // clause ("were 2-14 and did not figure to be better").
    let reach = predicate.map_or(t, |p| r.index_of(p.span).unwrap_or(t).max(t));
    // A modal past a conjunction after the figure and its verb is another
    // verb's ("owes $2.3 billion and can no longer meet its payments").
    let end =
        (reach..clause.end).find(|&i| r.token(i).is_some_and(|tok| tok.is(Class::Conjunction))).unwrap_or(clause.end);
    for i in clause.start..end {
        let Some(tok) = r.token(i) else { continue };
        let word = tok.text(r.text);
        if is_the_month_may(word) {
            continue;
        }
        match tok.kind {
            Kind::Word(Class::Negation)
                if i < reach
                    && (!word.eq_ignore_ascii_case("no") || i + 1 == t)
                    && !nothing_but(r, i)
                    && !not_until(r, i, t) =>
            {
                return Mode::Negated
            }
            // A modal past both the figure and its verb is another verb's
            // ("sliding 6.3 per cent in one of the worst sessions traders
            // could remember"; "said on Tuesday it would buy": the day
            // it was said, no plan; first on 2026-12-05, twenty-fourth
            // session: probes 338 → 339 of 809, drafts 714 → 716, the
            // rest unchanged). A plan's word there is another verb's too
            // ("voted on Wednesday to approve the line, a project that
            // will link…", "left at 7 p.m. on a scheduled run"): with the
            // veto of a plan against an earlier fact (`pair/score.rs`),
            // probes 339 → 342, other conflicts 22 → 23 (a coach's
            // departure at 7 p.m. against its driver's shift from 6:30,
            // once neither is read as planned); drafts 716 → 721, other 75
            // → 73; ECB+ inside one event 63 → 64 (a quarterback's 28
            // completions against a record of 24 set in 2006).
            _ if (tok.is_in(POSSIBLE_WORDS) || tok.is_in(PLAN_WORDS)) && i > reach => {}
            _ if tok.is_in(POSSIBLE_WORDS) && reported_future(r, i) => {
                mode = if mode == Mode::Fact { Mode::Planned } else { mode };
            }
            _ if tok.is_in(POSSIBLE_WORDS) => mode = Mode::Possible,
            _ if (tok.is_in(CAPACITY_WORDS) || is_a_hope(word))
                && i < reach
                && r.word(i + 1).eq_ignore_ascii_case("to") =>
            {
                mode = Mode::Possible
            }
            _ if tok.is_in(PLAN_WORDS) && mode == Mode::Fact && !set_otherwise(r, i) => mode = Mode::Planned,
            _ => {}
        }
    }
    if matches!(mode, Mode::Fact | Mode::Planned) && is_an_aim(r, t) {
        mode = Mode::Possible;
    }
    if sentence_denies {
        Mode::Negated
    } else if mode == Mode::Fact && asked_to(r, t, clause) {
        Mode::Possible
    } else {
        mode
    }
}

/// True when the word at token `i` is "set" in another sense than a
/// plan's ("is set to open", "set for Tuesday"): "the first wave set off
/// at 7.30am", "set a record", "set aside £2 million" tell what was done.
/// Measured on 2026-12-07 (thirty-ninth session): probes 960 → 965 of
/// 1721, other conflicts 90 → 92 (an alarm set off at 3:19 a.m. against
/// an intruder's drop at 3:17 a.m., each report's first clock time; two
/// overs of a cricket final once "Set a target of 248" was no plan);
/// drafts 1873 → 1883 of 3341, other 248 → 252; ECB+ (both lists, its
/// mutation), WikiNews, the seeds and the golds unchanged.
fn set_otherwise(r: &Reader<'_>, i: usize) -> bool {
    r.word(i).eq_ignore_ascii_case("set") && !["to", "for"].iter().any(|w| r.word(i + 1).eq_ignore_ascii_case(w))
}

/// True when the figure at token `t` stands after a "to" of its clause
/// that a verb of advice or request earlier in the sentence leads ("urged
/// residents to stay home for 48 hours", "advised anyone who fell ill to
/// stay home for 48 hours"): asked of someone, not done. A figure before
/// the "to" is whom they asked ("asked 300 residents to leave").
fn asked_to(r: &Reader<'_>, t: usize, clause: Clause) -> bool {
    let Some(to) = (clause.start..t).rev().find(|&i| r.word(i).eq_ignore_ascii_case("to")) else {
        return false;
    };
    // "to stay", not "raised the toll to 40".
    let infinitive = r.token(to + 1).is_some_and(|tok| tok.is_open()) && r.read(to + 1).can_be_verb();
    infinitive && (0..to).any(|i| r.token(i).is_some_and(|tok| tok.is_in(ADVICE_WORDS)))
}

#[cfg(test)]
mod tests {
    use crate::frame::Mode;

    fn mode_of(text: &str, figure: &str) -> Option<Mode> {
        crate::frame::frame_of(text, figure).map(|(_, f)| f.mode)
    }

    /// What was hoped for is no fact; a hope that something else will
    /// happen leaves the figure told as it is.
    #[test]
    fn a_figure_hoped_for_is_a_possibility() {
        let hoped = "The hospice had hoped to raise £5,000 from the raffle.";
        assert_eq!(mode_of(hoped, "£5,000"), Some(Mode::Possible));
        let raised = "The hospice raised £4,600 from the raffle.";
        assert_eq!(mode_of(raised, "£4,600"), Some(Mode::Fact));
        let hoping = "Investigators are hoping that a €150,000 reward will persuade someone to talk.";
        assert_ne!(mode_of(hoping, "€150,000"), Some(Mode::Possible));
    }

    /// An aim is no outcome; a figure beside a word of aims that is not
    /// its own stays as told.
    #[test]
    fn an_aim_is_a_possibility() {
        let target = "The appeal has a target of £40,000 for the new boat.";
        assert_eq!(mode_of(target, "£40,000"), Some(Mode::Possible));
        let after = "The trust missed its £1.2m target by a wide margin.";
        assert_eq!(mode_of(after, "£1.2m"), Some(Mode::Possible));
        let aims = "The council aims to complete 90 per cent of repairs within 28 days.";
        assert_eq!(mode_of(aims, "90 per cent"), Some(Mode::Possible));
        let beat = "The appeal raised £912,400, comfortably beating its target.";
        assert_eq!(mode_of(beat, "£912,400"), Some(Mode::Fact));
        let goal = "Ekvall's goal at 8:42 of overtime won the final.";
        assert_ne!(mode_of(goal, "8:42"), Some(Mode::Possible));
    }
}
