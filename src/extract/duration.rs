//! Durations in every common news form, normalized to seconds.
//!
//! ```text
//! duration = qualifier? (phrasal | number ("-" | space)? unit ("and" number unit)?)
//! phrasal  = "an hour and a half" | "hour-and-a-half" | "half an hour" | "a half hour" | "an hour"
//! ```
//! "two days ago" is not a duration but a date: see [`ago`].

use super::amount::{bound, qualifier, Qualifier};
use super::lexicon::TIME_UNITS;
use super::number::number;
use super::words::{any_phrase, at_boundary, fail, lexeme, phrase, space, space0, PResult};
use crate::claim::Amount;

/// Durations said in words, in seconds.
const PHRASAL: &[(&str, f64)] = &[
    ("an hour and a half", 5400.0),
    ("hour and a half", 5400.0),
    ("one and a half hours", 5400.0),
    ("half an hour", 1800.0),
    ("a half hour", 1800.0),
    ("half hour", 1800.0),
    ("an hour", 3600.0),
    ("a minute", 60.0),
];

/// A number and a time unit: seconds, precision and the unit, as in
/// "50 minutes", "two-hour", "17-day".
fn counted(input: &str) -> PResult<'_, (f64, f64, f64)> {
    let (rest, n) = number(input, false)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (rest, _) = space0(rest)?;
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    Ok((rest, (n.value * unit, n.precision * unit, unit)))
}

/// "2 hours and 15 minutes", "1 year 2 days": a further part in a smaller
/// unit than `unit`, with its value and unit.
fn and_part(input: &str, unit: f64) -> Option<(&str, f64, f64)> {
    let r = input.strip_prefix(',').unwrap_or(input);
    let (r, _) = space(r).ok()?;
    let r = phrase("and")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    let (r, n) = number(r, false).ok()?;
    let r = space0(r).map_or(r, |(r, _)| r);
    let (r, part_unit) = lexeme(TIME_UNITS)(r).ok()?;
    (part_unit < unit).then_some((r, n.value * part_unit, part_unit))
}

/// The parts after a first one, summed.
fn more_parts(mut rest: &str, mut unit: f64) -> (&str, f64) {
    let mut extra = 0.0;
    while let Some((r, secs, u)) = and_part(rest, unit) {
        extra += secs;
        unit = u;
        rest = r;
    }
    (rest, extra)
}

/// A duration with its interval in seconds.
pub fn duration(input: &str) -> PResult<'_, Amount> {
    let (rest, q) = match qualifier(input) {
        Ok((r, q)) => (r, Some(q)),
        Err(_) => (input, None),
    };
    if let Ok((r, secs)) = any_phrase(PHRASAL)(rest) {
        let (r, extra) = if secs == 3600.0 { more_parts(r, 3600.0) } else { (r, 0.0) };
        return Ok((r, bound(q, secs + extra, 60.0, Some("s"))));
    }
    let (r, (secs, precision, unit)) = counted(rest)?;
    if is_age_or_relative(r) {
        return fail(input);
    }
    let (r, extra) = more_parts(r, unit);
    let secs = secs + extra;
    if !at_boundary(r) || !secs.is_finite() {
        return fail(input);
    }
    Ok((r, bound(q.filter(|&q| q != Qualifier::About || secs > 0.0), secs, precision, Some("s"))))
}

/// True after "N years old" / "N-year-old" (an age) or "N days ago/later"
/// (a point in time). "lasted five hours before a deal" stays a duration.
fn is_age_or_relative(rest: &str) -> bool {
    let r = rest.strip_prefix('-').unwrap_or(rest);
    let r = space0(r).map_or(r, |(r, _)| r);
    ["old", "ago", "later", "earlier"].iter().any(|w| phrase(w)(r).is_ok())
}

/// How far back "N units ago" reaches: months and years are calendar
/// months ("three months ago" on 12 February is 12 November), shorter units
/// whole days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Back {
    /// This many days.
    Days(i64),
    /// This many calendar months.
    Months(u32),
}

/// Seconds in the suites' month and year, which are calendar units here.
const MONTH: f64 = 2_592_000.0;
const YEAR: f64 = 31_536_000.0;

/// "two weeks", "three months": one whole count of days or longer units, as
/// days and calendar months, for a date that far from another.
pub fn calendar_offset(input: &str) -> PResult<'_, (u64, u32)> {
    let (rest, count) = match number(input, false) {
        Ok((rest, n)) if n.value.fract() == 0.0 && (1.0..=120.0).contains(&n.value) => (rest, n.value as u32),
        Ok(_) => return fail(input),
        Err(_) => any_phrase(&[("a", 1), ("an", 1)])(input)?,
    };
    let (rest, _) = space(rest)?;
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    match unit {
        u if u == YEAR => Ok((rest, (0, count * 12))),
        u if u == MONTH => Ok((rest, (0, count))),
        u if u >= 86_400.0 && u % 86_400.0 == 0.0 => Ok((rest, (u64::from(count) * (u / 86_400.0) as u64, 0))),
        _ => fail(input),
    }
}

/// "two days later", "a week earlier": the offset, and whether it is forward.
pub fn later(input: &str) -> PResult<'_, (u64, u32, bool)> {
    let (rest, (days, months)) = calendar_offset(input)?;
    let (rest, _) = space(rest)?;
    let (rest, forward) = any_phrase(&[("later", true), ("earlier", false)])(rest)?;
    Ok((rest, (days, months, forward)))
}

/// "two days ago", "three weeks ago", "three months ago".
pub fn ago(input: &str) -> PResult<'_, Back> {
    let (rest, n) = number(input, false)?;
    let (rest, _) = space(rest)?;
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = phrase("ago")(rest)?;
    let months = if unit == MONTH { Some(n.value) } else { (unit == YEAR).then_some(n.value * 12.0) };
    if let Some(months) = months {
        if !(1.0..=120.0).contains(&months) || months.fract() != 0.0 {
            return fail(input);
        }
        return Ok((rest, Back::Months(months as u32)));
    }
    let days = n.value * unit / 86_400.0;
    if !(1.0..=3660.0).contains(&days) || days.fract() != 0.0 {
        return fail(input);
    }
    Ok((rest, Back::Days(days as i64)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secs(text: &str) -> (Option<f64>, Option<f64>) {
        let (_, a) = duration(text).unwrap();
        (a.low, a.high)
    }

    #[test]
    fn every_common_form() {
        assert_eq!(secs("50 minutes"), (Some(3000.0), Some(3000.0)));
        assert_eq!(secs("50-minute call"), (Some(3000.0), Some(3000.0)));
        assert_eq!(secs("two-hour"), (Some(7200.0), Some(7200.0)));
        assert_eq!(secs("an hour and a half"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("hour-and-a-half meeting"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("two and a half hours"), (Some(9000.0), Some(9000.0)));
        assert_eq!(secs("90 mins"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("17-day"), (Some(17.0 * 86400.0), Some(17.0 * 86400.0)));
        assert_eq!(secs("three-week strike"), (Some(3.0 * 604800.0), Some(3.0 * 604800.0)));
        assert_eq!(secs("more than two hours"), (Some(7200.0), None));
        assert_eq!(secs("2 hours and 15 minutes"), (Some(8100.0), Some(8100.0)));
        assert_eq!(secs("an hour and 45 minutes"), (Some(6300.0), Some(6300.0)));
        assert_eq!(secs("1 year 2 days 3 hours and 4 seconds"), (Some(31_719_604.0), Some(31_719_604.0)));
    }

    #[test]
    fn ages_and_relative_points_are_not_durations() {
        assert!(duration("65-year-old man").is_err());
        assert!(duration("two days ago").is_err());
        assert!(duration("five hours before a deal").is_ok());
        assert_eq!(ago("two days ago").map(|r| r.1), Ok(Back::Days(2)));
        assert_eq!(ago("three months ago").map(|r| r.1), Ok(Back::Months(3)));
        assert_eq!(ago("two years ago").map(|r| r.1), Ok(Back::Months(24)));
        assert_eq!(later("two days later").map(|r| r.1), Ok((2, 0, true)));
        assert_eq!(later("a month earlier").map(|r| r.1), Ok((0, 1, false)));
    }
}
