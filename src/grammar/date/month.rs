//! Months named without a day: "last November", "next March", "this
//! January", and after a preposition "in January", "since May", "by June
//! next year". Which year is meant is left to [`crate::grammar::resolve`].
//!
//! ```text
//! directed_month = ("last" | "next" | "this") month
//! lone_month     = Month (("next" | "last" | "this") "year")?    capitalized
//! ```

use super::{month, RawDate};
use crate::grammar::lexicon::MONTHS;
use crate::grammar::words::{any_phrase, at_boundary, fail, space, PResult};

/// Which year a month named without one is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthPick {
    /// The one the sentence's tense points to, or the nearer one.
    ByTense,
    /// The last one before the publication month ("last November").
    Last,
    /// The next one after the publication month ("next March").
    Next,
    /// The one in the year this many years from the publication year ("this
    /// January" is 0, "June next year" 1).
    YearsFromNow(i64),
}

/// Direction words before a month.
const DIRECTIONS: &[(&str, MonthPick)] =
    &[("last", MonthPick::Last), ("next", MonthPick::Next), ("this", MonthPick::YearsFromNow(0))];

/// "last November", "next March", "this January".
pub(super) fn directed_month(input: &str) -> PResult<'_, RawDate> {
    let (rest, pick) = any_phrase(DIRECTIONS)(input)?;
    let (rest, _) = space(rest)?;
    // "This may be…": a month needs its capital.
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(input);
    }
    let (rest, m) = month(rest)?;
    ends_the_month(rest)?;
    Ok((rest, RawDate::MonthNear { month: m, pick }))
}

/// Years after a month: "January next year", "April of last year".
const YEAR_AFTER: &[(&str, i64)] = &[
    ("next year", 1),
    ("last year", -1),
    ("this year", 0),
    ("of next year", 1),
    ("of last year", -1),
    ("of this year", 0),
];

/// A capitalized month alone ("January", "Sept."), maybe with the year
/// named from now after it ("June next year"). The caller checks the word
/// before it ("in", "since"): "May" alone is mostly the verb.
pub fn lone_month(input: &str) -> PResult<'_, RawDate> {
    if !input.starts_with(|c: char| c.is_ascii_uppercase()) {
        return fail(input);
    }
    let (rest, m) = month(input)?;
    let written = input.get(..input.len() - rest.len()).unwrap_or_default();
    // "Jan" and "Mar" are names too: an abbreviation needs its full stop.
    let full_name = MONTHS.iter().take(12).any(|(name, _)| name.eq_ignore_ascii_case(written));
    if !full_name && !written.ends_with('.') {
        return fail(input);
    }
    if let Ok((r, years)) = space(rest).and_then(|(r, _)| any_phrase(YEAR_AFTER)(r)) {
        return Ok((r, RawDate::MonthNear { month: m, pick: MonthPick::YearsFromNow(years) }));
    }
    ends_the_month(rest)?;
    Ok((rest, RawDate::MonthNear { month: m, pick: MonthPick::ByTense }))
}

/// A month alone ends at a word boundary with no figure after it ("March
/// 10" is a day, "March 2025" a month of a year: other parsers).
fn ends_the_month(rest: &str) -> PResult<'_, ()> {
    let next = rest.trim_start_matches([' ', ',']);
    if !at_boundary(rest) || next.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(rest);
    }
    Ok((rest, ()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_without_a_day() {
        let near = |t: &'static str| lone_month(t).map(|(_, r)| r);
        assert_eq!(near("January."), Ok(RawDate::MonthNear { month: 1, pick: MonthPick::ByTense }));
        assert_eq!(near("June next year"), Ok(RawDate::MonthNear { month: 6, pick: MonthPick::YearsFromNow(1) }));
        assert_eq!(near("April of last year"), Ok(RawDate::MonthNear { month: 4, pick: MonthPick::YearsFromNow(-1) }));
        assert_eq!(near("Sept. and"), Ok(RawDate::MonthNear { month: 9, pick: MonthPick::ByTense }));
        assert!(near("may").is_err() && near("Jan Smith").is_err() && near("March 10").is_err());
        assert_eq!(near("May,"), Ok(RawDate::MonthNear { month: 5, pick: MonthPick::ByTense }));
        let directed = |t: &'static str| directed_month(t).map(|(_, r)| r);
        assert_eq!(directed("last November"), Ok(RawDate::MonthNear { month: 11, pick: MonthPick::Last }));
        assert!(directed("next March 3").is_err());
        assert!(directed("this may be").is_err(), "a modal");
    }
}
