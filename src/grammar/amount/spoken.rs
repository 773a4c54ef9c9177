//! Amounts said in words rather than figures: shares of a whole
//! ("two-thirds", "a quarter of the vote", "one in five"), fractions of a
//! percent ("half a percent") and counts of times ("twice").

use super::{percent_sign, Number};
use crate::grammar::lexicon::{SCALES, TIME_UNITS};
use crate::grammar::number::{number, spoken_fraction, FractionLead};
use crate::grammar::tokens::is_stopword;
use crate::grammar::words::{
    any_phrase, at_boundary, fail, first_word_in, followed_by_of, lexeme, phrase, space, word, PResult,
};

/// A spoken share of a whole, as a percentage: "two-thirds", "a quarter of
/// the vote", "half of the residents". Written with a hyphen, or followed by
/// "of" and not by "of a"/"of an" ("a third of a mile" is a measure, "a third
/// time" an ordinal).
pub(super) fn fraction(input: &str) -> PResult<'_, Number> {
    let (rest, f) = spoken_fraction(input)?;
    if f.lead == FractionLead::Bare && f.value != 0.5 {
        // A bare "quarter" is a part of a year ("the first quarter of 2009").
        return fail(input);
    }
    // "two thirds", "three fifths": a plural can only be a share, and so is
    // "one fifth"; "a fifth" may be an ordinal ("a fifth term") and "half"
    // an adverb ("half the time") unless "of" follows.
    let alone = match f.lead {
        FractionLead::Bare => false,
        FractionLead::Article => f.hyphen,
        FractionLead::One | FractionLead::Count => f.hyphen || f.plural || f.lead == FractionLead::One,
    };
    // "three quarters billion" is a number, not a share.
    let before_a_scale = space(rest).is_ok_and(|(r, _)| lexeme(SCALES)(r).is_ok());
    if before_a_scale || !((alone && !followed_by_of(rest)) || share_of_a_whole(rest)) {
        return fail(input);
    }
    Ok((rest, Number { value: f.value * 100.0, precision: 5.0, digits: false, grouped: false, decimal: false }))
}

/// Words that may follow a share a change is told by ("cut by a third to
/// £250,000", "fell by half in two years"); any other word makes the
/// fraction an ordinal or a measure ("by a third party", "by a fifth
/// consecutive win").
const AFTER_A_CHANGE: &[&str] = &[
    "after", "amid", "and", "at", "between", "but", "compared", "during", "from", "in", "last", "on", "or", "over",
    "since", "than", "this", "to", "while", "with", "within",
];

/// A share a change is told by, read after "by" (the caller checks the word
/// before): "cut by a third", "grew by a quarter", "slashed by half". As a
/// percentage, as precise as [`fraction`]'s.
pub fn share_of_a_change(input: &str) -> PResult<'_, Number> {
    let (rest, f) = spoken_fraction(input)?;
    // "by half", not "by quarter".
    if (f.lead == FractionLead::Bare && f.value != 0.5) || f.plural || !at_boundary(rest) {
        return fail(input);
    }
    let next = rest.trim_start();
    let word_next = next.starts_with(|c: char| c.is_ascii_alphabetic());
    if word_next && !first_word_in(next, AFTER_A_CHANGE) {
        return fail(input);
    }
    Ok((rest, Number { value: f.value * 100.0, precision: 5.0, digits: false, grouped: false, decimal: false }))
}

/// Words after "twice" that make it a multiplier ("twice as many", "twice
/// the size"), not a count of times.
const MULTIPLIED: &[&str] = &["as", "the", "that", "this", "its", "their", "his", "her", "what", "than", "over"];

/// "twice", "thrice": a count of times ("has twice sued"), not before what
/// it multiplies.
pub(super) fn times_word(input: &str) -> PResult<'_, Number> {
    let (rest, value) = any_phrase(&[("twice", 2.0), ("thrice", 3.0)])(input)?;
    if !at_boundary(rest) || first_word_in(rest.trim_start(), MULTIPLIED) {
        return fail(input);
    }
    Ok((rest, Number { value, precision: 1.0, digits: false, grouped: false, decimal: false }))
}

/// "half a percent", "a quarter of a percentage point": a fraction of one
/// percent (or point).
pub(super) fn fraction_of_a_percent(input: &str) -> PResult<'_, (Number, &'static str)> {
    let (rest, f) = spoken_fraction(input)?;
    let (rest, _) = space(rest)?;
    let rest = phrase("of")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    let (rest, _) = phrase("a")(rest)?;
    let (rest, unit) = percent_sign(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    Ok((rest, (Number { value: f.value, precision: 0.05, digits: false, grouped: false, decimal: true }, unit)))
}

/// "one in five", "1 in 3", "two out of three": a share stated as a count
/// of a count, as a percentage. Not before a unit of time ("2 in 3
/// minutes" is a rate) and not of a year ("one in 2019").
pub(super) fn one_in(input: &str) -> PResult<'_, Number> {
    if !crate::grammar::words::mentions(input, &[" in ", " out of "]) {
        return fail(input);
    }
    let (rest, part) = number(input, false)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = any_phrase(&[("in", ()), ("out of", ())])(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, whole) = number(rest, false)?;
    let counts = [part.value, whole.value].iter().all(|v| v.fract() == 0.0 && *v >= 1.0);
    let year_like = whole.digits && !whole.grouped && (1000.0..=2999.0).contains(&whole.value);
    let per_time = space(rest).and_then(|(r, _)| lexeme(TIME_UNITS)(r)).is_ok();
    if !counts || part.value >= whole.value || whole.value > 1000.0 || year_like || per_time {
        return fail(input);
    }
    let share = 100.0 * part.value / whole.value;
    Ok((rest, Number { value: share, precision: 0.5, digits: false, grouped: false, decimal: false }))
}

/// What a share must not be of: one unit ("a third of a mile") or a
/// pronoun that names no whole ("half of which", "a third of them").
const NOT_A_WHOLE: &[(&str, ())] = &[
    ("a", ()),
    ("an", ()),
    ("which", ()),
    ("them", ()),
    ("these", ()),
    ("those", ()),
    ("it", ()),
    ("this", ()),
    ("that", ()),
];

/// Words of [`NOT_A_WHOLE`] that are determiners before a noun ("half of
/// those cuts" has a whole; "half of those who voted" has none).
const DETERMINERS: &[&str] = &["these", "those", "this", "that"];

/// " of the …", but not of one unit or of a pronoun.
fn share_of_a_whole(rest: &str) -> bool {
    let after_of = space(rest).and_then(|(r, _)| phrase("of")(r)).and_then(|(r, _)| space(r));
    let Ok((r, _)) = after_of else { return false };
    match word(r) {
        Ok((after, w)) if DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(w)) => {
            let noun = after.strip_prefix(' ').and_then(|n| word(n).ok()).map(|(_, n)| n);
            // "those surfing", "those affected": a pronoun and a participle.
            let participle = |n: &str| n.ends_with("ing") || n.ends_with("ed");
            noun.is_some_and(|n| n.chars().all(char::is_lowercase) && !is_stopword(n) && !participle(n))
        }
        _ => any_phrase(NOT_A_WHOLE)(r).is_err(),
    }
}
