//! A person's age, in years: "57-year-old", "a 6-year-old", "26 years old".
//!
//! ```text
//! age = number ("-" | space) ("year" | "years") ("-" | space) "old"
//! ```
//! The figure is a whole number of years up to [`OLDEST`]; "a
//! 125-million-year-old fossil" is the age of a thing, not of a person, and
//! stays out. Ages led by a word ("aged 37"), set off after a name
//! ("Feld, 58") or told of a clause's subject ("dies at 76", "He was 75.",
//! see [`subject_lead`]) are read by the extractor's guards, which know
//! the words around the figure.

use super::number::number;
use super::words::{any_phrase, fail, word_before, PResult};
use crate::grammar::value::Amount;

/// The unit of an age: the year (its SI symbol, "a" for annum). Ages are
/// quantities in this unit, compared only with each other.
pub const AGE_UNIT: &str = "a";

/// The oldest age read as a person's.
pub const OLDEST: f64 = 120.0;

/// The words that make a figure an age ("-year-old", " years old").
const YEARS_OLD: &[(&str, ())] = &[("year old", ()), ("years old", ())];

/// An age in years: "57-year-old", "six-year-old", "26 years old".
pub fn age(input: &str) -> PResult<'_, Amount> {
    let (rest, n) = number(input, false)?;
    if n.value.fract() != 0.0 || !(0.0..=OLDEST).contains(&n.value) {
        return fail(input);
    }
    let after = rest.strip_prefix('-').unwrap_or(rest).trim_start_matches([' ', '\u{a0}']);
    let (rest, ()) = any_phrase(YEARS_OLD)(after)?;
    Ok((rest, of_years(n.value)))
}

/// An age of `years` years.
pub fn of_years(years: f64) -> Amount {
    Amount::exact(years, 1.0, Some(AGE_UNIT))
}

/// Forms of "die" an age follows with "at" ("died at 76", "Dead at 95").
const DEATH_VERBS: &[&str] = &["die", "died", "dies", "dead", "dying"];

/// Subject pronouns an age follows with "was" or "is" ("He was 75.").
const PRONOUNS: &[&str] = &["he", "she"];

/// How an age of a clause's subject is told.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SubjectLead {
    /// After a form of "die" and "at": "dies at 76", "Dead at 95".
    Death,
    /// After a pronoun and "was" or "is": "He was 75."
    Pronoun,
    /// After "at the age of" or "at age": "died on Thursday at the age of
    /// 95".
    AgeOf,
}

/// Where the words that tell a figure as its clause subject's age start,
/// and how, when `before` (the text before the figure) ends with them: a
/// form of "die" and "at" ("dies at 76"), "at the age of" or "at age"
/// after any verb ("died on Thursday at the age of 85"), or "he" or "she"
/// and "was" or "is" ("He was 75."). An obituary tells its subject's age
/// so, in its headline and after its lead.
pub fn subject_lead(before: &str) -> Option<(usize, SubjectLead)> {
    let (mut at, mut word) = word_ending(before, before.len());
    let age_of: &[&str] = if word.eq_ignore_ascii_case("of") {
        &["age", "the", "at"]
    } else if word.eq_ignore_ascii_case("age") {
        &["at"]
    } else {
        &[]
    };
    if !age_of.is_empty() {
        for expected in age_of {
            (at, word) = word_ending(before, at);
            if !word.eq_ignore_ascii_case(expected) {
                return None;
            }
        }
        // "at the age of" tells its subject's age after any verb ("died
        // on Thursday at the age of 95").
        return Some((at, SubjectLead::AgeOf));
    }
    let leads = |lead: &[&str]| lead.iter().any(|l| l.eq_ignore_ascii_case(word));
    let (told, subjects) = if leads(&["at"]) {
        (SubjectLead::Death, DEATH_VERBS)
    } else if leads(&["was", "is"]) {
        (SubjectLead::Pronoun, PRONOUNS)
    } else {
        return None;
    };
    let (start, subject) = word_ending(before, at);
    subjects.iter().any(|w| w.eq_ignore_ascii_case(subject)).then_some((start, told))
}

/// The word of ASCII letters ending right before byte `at` of `text`
/// (past spaces), with its start.
fn word_ending(text: &str, at: usize) -> (usize, &str) {
    let word = word_before(text, at);
    let end = text.get(..at).unwrap_or_default().trim_end_matches([' ', '-']).len();
    (end - word.len(), word)
}

/// True when `amount` is an age.
pub fn is_age(amount: &Amount) -> bool {
    amount.unit == Some(AGE_UNIT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(input: &str) -> Option<(f64, &str)> {
        age(input).ok().and_then(|(rest, a)| Some((a.low?, rest)))
    }

    #[test]
    fn hyphenated_spaced_and_spelled_ages() {
        assert_eq!(years("57-year-old man"), Some((57.0, " man")));
        assert_eq!(years("26 years old when"), Some((26.0, " when")));
        assert_eq!(years("six-year-old girl"), Some((6.0, " girl")));
        assert_eq!(years("43-Year-Old"), Some((43.0, "")));
    }

    #[test]
    fn an_obituary_tells_its_subject_s_age() {
        let lead = |before: &'static str| subject_lead(before).and_then(|(at, _)| before.get(at..));
        assert_eq!(lead("Fred Harl, pianist, dies at "), Some("dies at "));
        assert_eq!(lead("She died on Monday at the age of "), Some("at the age of "));
        assert_eq!(lead("has died at age "), Some("at age "));
        assert_eq!(lead("has died. He was "), Some("He was "));
        assert_eq!(lead("The score was "), None, "no pronoun");
        assert_eq!(lead("arrived at "), None, "no death");
        assert_eq!(lead("the company was "), None);
    }

    #[test]
    fn not_ages() {
        assert_eq!(years("125-million-year-old fossil"), None, "the age of a thing");
        assert_eq!(years("300-year-old bridge"), None, "older than any person");
        assert_eq!(years("five years ago"), None);
        assert_eq!(years("a five-year plan"), None);
        assert_eq!(years("2.5 years old"), None, "not a whole number of years");
    }
}
