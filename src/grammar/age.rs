//! A person's age, in years: "57-year-old", "a 6-year-old", "26 years old".
//!
//! ```text
//! age = number ("-" | space) ("year" | "years") ("-" | space) "old"
//! ```
//! The figure is a whole number of years up to [`OLDEST`]; "a
//! 125-million-year-old fossil" is the age of a thing, not of a person, and
//! stays out. Ages led by a word ("aged 37") or set off after a name
//! ("Feld, 58") are read by the extractor's guards, which know the words
//! around the figure.

use super::number::number;
use super::words::{any_phrase, fail, PResult};
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
    fn not_ages() {
        assert_eq!(years("125-million-year-old fossil"), None, "the age of a thing");
        assert_eq!(years("300-year-old bridge"), None, "older than any person");
        assert_eq!(years("five years ago"), None);
        assert_eq!(years("a five-year plan"), None);
        assert_eq!(years("2.5 years old"), None, "not a whole number of years");
    }
}
