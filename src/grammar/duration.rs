//! Durations in every common news form, normalized to seconds.
//!
//! ```text
//! duration = qualifier? (phrasal | number ("-" | space)? unit ("and" number unit)?)
//! phrasal  = "an hour and a half" | "hour-and-a-half" | "half an hour" | "a half hour" | "an hour"
//! ```
//! "two days ago" is not a duration but a date: see [`anchored_offset`].

use super::amount::{bound, optional_qualifier, or_postfix, postfix_qualifier, widen_vague, Qualifier};
use super::lexicon::TIME_UNITS;
use super::number::{and_fraction, number};
use std::sync::OnceLock;

use super::words::{
    any_phrase, at_boundary, fail, first_word_in, followed_by_of, lexeme, mentions, phrase, range_dash, space, space0,
    PResult, PhraseIndex,
};
use crate::grammar::value::Amount;

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

/// Words that may stand between a count and its unit: "two more years",
/// "30 additional minutes".
const BETWEEN: &[(&str, ())] = &[("more", ()), ("additional", ()), ("extra", ()), ("further", ())];

/// A number and a time unit: seconds, precision and the unit, as in
/// "50 minutes", "two-hour", "17-day", "two more years".
fn counted(input: &str) -> PResult<'_, (f64, f64, f64)> {
    let (rest, n) = number(input, false)?;
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    let (rest, _) = space0(rest)?;
    let rest = match any_phrase(BETWEEN)(rest).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    if unit == QUARTER && followed_by_of(rest) {
        // "three quarters of the vote" is a share, not nine months.
        return fail(input);
    }
    Ok((rest, (n.value * unit, n.precision * unit, unit)))
}

/// Counts said without a number, as intervals: "a few hours", "several
/// weeks", "a couple of days".
const VAGUE_COUNTS: &[(&str, (f64, f64))] = &[
    ("a couple of", (2.0, 3.0)),
    ("couple of", (2.0, 3.0)),
    ("a few", (2.0, 5.0)),
    ("few", (2.0, 5.0)),
    ("several", (3.0, 9.0)),
];

/// "a few hours", "several weeks": a vague duration.
fn vague_count(input: &str) -> PResult<'_, Amount> {
    static INDEX: OnceLock<PhraseIndex<(f64, f64)>> = OnceLock::new();
    let (rest, (low, high)) = PhraseIndex::of(&INDEX, VAGUE_COUNTS).find(input)?;
    let (rest, _) = space(rest)?;
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    if !at_boundary(rest) || is_age_or_relative(rest) {
        return fail(input);
    }
    let amount =
        Amount { low: Some(low * unit), high: Some(high * unit), unit: Some("s"), precision: unit, vague: true };
    Ok((rest, amount))
}

/// Words that make one whole unit of a day or longer: "a full week", "the
/// whole day", "an entire year". ("all day" is too loose to count.)
const WHOLE: &[(&str, ())] = &[("full", ()), ("whole", ()), ("entire", ())];

/// "half a day", "half year", "another week", "another two hours": a unit
/// counted by a word. After "within", "a month" is no rate.
fn counted_by_word(input: &str, within: bool) -> PResult<'_, (f64, f64, f64)> {
    if !first_word_in(input, &["another", "a", "an", "half", "full", "whole", "entire"]) {
        return fail(input);
    }
    // "a full week", "the whole day": one whole unit, said loosely.
    if let Ok((rest, _)) = any_phrase(WHOLE)(input) {
        let rest = rest.strip_prefix('-').map_or_else(|| space(rest).map(|(r, _)| r), Ok)?;
        let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
        return if unit >= 86_400.0 { Ok((rest, (unit, unit, unit))) } else { fail(input) };
    }
    if let Ok((rest, _)) = phrase("another")(input) {
        let (rest, _) = space(rest)?;
        return counted(rest).or_else(|_| lexeme(TIME_UNITS)(rest).map(|(r, unit)| (r, (unit, unit, unit))));
    }
    if let Ok((rest, _)) = any_phrase(&[("a", ()), ("an", ())])(input) {
        // "a month and a half"; "a day" alone is too often a rate ("twice a
        // day", "$50,000 a year") to be a duration.
        let (rest, _) = space(rest)?;
        let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
        // A week, a month or a year alone is too often a rate; "a year or
        // more" is none.
        let not_a_rate = within || unit == FORTNIGHT || unit >= DECADE || postfix_qualifier(rest).is_ok();
        return match and_fraction(rest) {
            Some(_) => Ok((rest, (unit, unit, unit))),
            None if not_a_rate => Ok((rest, (unit, unit, unit))),
            None => fail(input),
        };
    }
    let (rest, _) = phrase("half")(input)?;
    let (rest, _) = space(rest)?;
    let rest = match any_phrase(&[("a", ()), ("an", ())])(rest).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    Ok((rest, (unit / 2.0, unit / 2.0, unit)))
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

/// The parts after a first one, summed, with the unit of the last: the
/// precision the whole is told to ("one hour and 25 minutes" to the
/// minute).
fn more_parts(mut rest: &str, mut unit: f64) -> (&str, f64, f64) {
    let mut extra = 0.0;
    while let Some((r, secs, u)) = and_part(rest, unit) {
        extra += secs;
        unit = u;
        rest = r;
    }
    (rest, extra, unit)
}

/// "two to three years", "5-7 days", "between two and three hours": a
/// range of counts of one unit, as an interval in seconds.
fn range_of_units(input: &str) -> PResult<'_, Amount> {
    let (rest, between) = match phrase("between")(input).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => (r, true),
        Err(_) => (input, false),
    };
    let (rest, low) = number(rest, false)?;
    let rest = match range_dash(rest.trim_start_matches(' ')) {
        Some(r) => r.trim_start_matches(' '),
        None => {
            let joiner = if between { "and" } else { "to" };
            let (r, _) = space(rest)?;
            let (r, _) = phrase(joiner)(r)?;
            space(r)?.0
        }
    };
    let (rest, (high_secs, _, unit)) = counted(rest)?;
    let low_secs = low.value * unit;
    if !(0.0..high_secs).contains(&low_secs) || !at_boundary(rest) || is_age_or_relative(rest) {
        return fail(input);
    }
    Ok((rest, Amount { low: Some(low_secs), high: Some(high_secs), unit: Some("s"), precision: 0.0, vague: false }))
}

/// A duration with its interval in seconds.
pub fn duration(input: &str) -> PResult<'_, Amount> {
    if let Ok(found) = range_of_units(input) {
        return Ok(found);
    }
    let (rest, q) = optional_qualifier(input);
    if let Ok((r, secs)) = any_phrase(PHRASAL)(rest) {
        // "an hour and half", "a minute and 30 seconds"
        let (r, extra) = match and_fraction(r) {
            Some((r, f)) => (r, f * secs),
            None => {
                let (r, extra, _) = more_parts(r, secs);
                (r, extra)
            }
        };
        let (r, q) = or_postfix(r, q);
        return Ok((r, bound(q, secs + extra, 60.0, Some("s"))));
    }
    if let Ok((r, amount)) = vague_count(rest) {
        return Ok((r, widen_vague(amount, q)));
    }
    let within = q.is_some() && phrase("within")(input).is_ok();
    let (r, (secs, precision, unit)) = counted(rest).or_else(|_| counted_by_word(rest, within))?;
    if is_age_or_relative(r) {
        return fail(input);
    }
    // "a month and a half", "one year and a quarter"
    let (r, secs) = match and_fraction(r) {
        Some((r, f)) => (r, secs + f * unit),
        None => (r, secs),
    };
    let (r, extra, last) = more_parts(r, unit);
    let secs = secs + extra;
    let precision = if extra > 0.0 { precision.min(last) } else { precision };
    if !at_boundary(r) || !secs.is_finite() {
        return fail(input);
    }
    let (r, q) = or_postfix(r, q);
    Ok((r, bound(q.filter(|&q| q != Qualifier::About || secs > 0.0), secs, precision, Some("s"))))
}

/// True after "N years old" / "N-year-old" (an age) or "N days ago/later"
/// (a point in time). "lasted five hours before a deal" stays a duration.
fn is_age_or_relative(rest: &str) -> bool {
    let r = rest.strip_prefix('-').unwrap_or(rest);
    let r = space0(r).map_or(r, |(r, _)| r);
    ["old", "ago", "later", "earlier"].iter().any(|w| phrase(w)(r).is_ok())
}

/// Seconds in the suites' month and year, which are calendar units here.
const MONTH: f64 = 2_592_000.0;
const QUARTER: f64 = 7_776_000.0;
const FORTNIGHT: f64 = 1_209_600.0;
const DECADE: f64 = 315_360_000.0;
const YEAR: f64 = 31_536_000.0;

/// "two weeks", "three months", "1 month and 21 days": whole counts of days
/// or longer units, as days and calendar months, for a date that far from
/// another.
pub fn calendar_offset(input: &str) -> PResult<'_, (u64, u32)> {
    let (mut rest, (mut days, mut months, mut unit)) = offset_part(input, true)?;
    while let Some((r, (d, m, u))) = further_offset_part(rest, unit) {
        days += d;
        months += m;
        unit = u;
        rest = r;
    }
    Ok((rest, (days, months)))
}

/// One count and unit of an offset: days and months, and the unit's length.
fn offset_part(input: &str, article: bool) -> PResult<'_, (u64, u32, f64)> {
    let (rest, count) = match number(input, false) {
        Ok((rest, n)) if n.value.fract() == 0.0 && (1.0..=3660.0).contains(&n.value) => (rest, n.value as u32),
        Ok(_) => return fail(input),
        Err(_) if article => any_phrase(&[("a", 1), ("an", 1)])(input)?,
        Err(e) => return Err(e),
    };
    let (rest, _) = space(rest)?;
    let (rest, unit) = lexeme(TIME_UNITS)(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    match unit {
        u if u == YEAR => Ok((rest, (0, count * 12, u))),
        u if u == MONTH => Ok((rest, (0, count, u))),
        u if u >= 86_400.0 && u % 86_400.0 == 0.0 => Ok((rest, (u64::from(count) * (u / 86_400.0) as u64, 0, u))),
        _ => fail(input),
    }
}

/// ", 21 days" or " and 21 days" after a part in a longer unit.
fn further_offset_part(input: &str, unit: f64) -> Option<(&str, (u64, u32, f64))> {
    let r = input.strip_prefix(',').unwrap_or(input);
    let (r, _) = space(r).ok()?;
    let r = phrase("and")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    let (r, part) = offset_part(r, false).ok()?;
    (part.2 < unit).then_some((r, part))
}

/// What an offset counts from, and which way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// "three days ago": back from the publication date.
    Ago,
    /// "two weeks from now", "a year from tomorrow", "three days hence":
    /// forward from the publication date moved by this many days.
    FromNow(i64),
    /// "two days later" (true), "a week earlier" (false): from the last
    /// day the text named.
    Later(bool),
}

/// The words after an offset that anchor it.
const ANCHORS: &[(&str, Anchor)] = &[
    ("ago", Anchor::Ago),
    ("later", Anchor::Later(true)),
    ("earlier", Anchor::Later(false)),
    ("from now", Anchor::FromNow(0)),
    ("from today", Anchor::FromNow(0)),
    ("hence", Anchor::FromNow(0)),
    ("from tomorrow", Anchor::FromNow(1)),
    ("from yesterday", Anchor::FromNow(-1)),
];

/// The first words of [`ANCHORS`], as [`mentions`] looks for them (a test
/// keeps the two in step).
const ANCHOR_WORDS: &[&str] = &[" ago", " later", " earlier", " from ", " hence"];

/// How far an anchored offset moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Offset {
    /// Days and calendar months: "three days", "two months".
    Calendar(u64, u32),
    /// Seconds on the clock: "three hours", "30 minutes".
    Clock(i64),
}

/// "three days ago", "two weeks from now", "a year later", "three hours
/// later": the offset and its anchor. One parse of the count and unit
/// serves every anchor.
pub fn anchored_offset(input: &str) -> PResult<'_, (Offset, Anchor)> {
    // An anchor's first word must come within a few words: a cheap test
    // before the count and unit are parsed.
    if !mentions(input, ANCHOR_WORDS) {
        return fail(input);
    }
    let (rest, offset) = match calendar_offset(input) {
        Ok((rest, (days, months))) => (rest, Offset::Calendar(days, months)),
        Err(_) => clock_span(input).map(|(rest, secs)| (rest, Offset::Clock(secs)))?,
    };
    let (rest, _) = space(rest)?;
    let (rest, anchor) = any_phrase(ANCHORS)(rest)?;
    Ok((rest, (offset, anchor)))
}

/// "three hours", "an hour and a half", "2 hours and 30 minutes": a whole
/// number of seconds counted in hours, minutes or seconds (up to a week).
pub fn clock_span(input: &str) -> PResult<'_, i64> {
    let (rest, (secs, unit)) = match any_phrase(PHRASAL)(input) {
        Ok((r, secs)) => (r, (secs, if secs >= 3600.0 { 3600.0 } else { 60.0 })),
        Err(_) => counted(input).map(|(r, (secs, _, unit))| (r, (secs, unit)))?,
    };
    let (rest, extra, _) = more_parts(rest, unit);
    let secs = secs + extra;
    if unit >= 86_400.0 || secs.fract() != 0.0 || !(1.0..=86_400.0 * 7.0).contains(&secs) || !at_boundary(rest) {
        return fail(input);
    }
    Ok((rest, secs as i64))
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
        assert_eq!(secs("a year or more"), (Some(31_536_000.0), None));
        assert_eq!(secs("30 -- 40 days"), (Some(2_592_000.0), Some(3_456_000.0)));
        assert_eq!(secs("within a month"), (None, Some(2_592_000.0)));
        assert_eq!(secs("within 24 hours"), (None, Some(86_400.0)));
        assert_eq!(secs("two years or longer"), (Some(63_072_000.0), None));
        assert_eq!(secs("an hour or so"), (Some(3240.0), Some(3960.0)));
        assert!(duration("a year or two").is_err(), "a year alone is mostly a rate");
        assert_eq!(secs("hour-and-a-half meeting"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("two and a half hours"), (Some(9000.0), Some(9000.0)));
        assert_eq!(secs("90 mins"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("17-day"), (Some(17.0 * 86400.0), Some(17.0 * 86400.0)));
        assert_eq!(secs("three-week strike"), (Some(3.0 * 604800.0), Some(3.0 * 604800.0)));
        assert_eq!(secs("more than two hours"), (Some(7200.0), None));
        assert_eq!(secs("2 hours and 15 minutes"), (Some(8100.0), Some(8100.0)));
        assert_eq!(secs("an hour and 45 minutes"), (Some(6300.0), Some(6300.0)));
        assert_eq!(secs("1 year 2 days 3 hours and 4 seconds"), (Some(31_719_604.0), Some(31_719_604.0)));
        assert_eq!(secs("a month and a half"), (Some(3_888_000.0), Some(3_888_000.0)));
        assert_eq!(secs("one and a quarter hours"), (Some(4500.0), Some(4500.0)));
        assert_eq!(secs("half a day"), (Some(43_200.0), Some(43_200.0)));
        assert_eq!(secs("1/2 hour"), (Some(1800.0), Some(1800.0)));
        assert_eq!(secs("two more years"), (Some(63_072_000.0), Some(63_072_000.0)));
        assert_eq!(secs("another week"), (Some(604_800.0), Some(604_800.0)));
        assert_eq!(secs("another two hours"), (Some(7200.0), Some(7200.0)));
        assert_eq!(secs("several weeks"), (Some(3.0 * 604_800.0), Some(9.0 * 604_800.0)));
        assert_eq!(secs("a couple of days"), (Some(172_800.0), Some(259_200.0)));
        assert_eq!(secs("two nights"), (Some(172_800.0), Some(172_800.0)));
        assert_eq!(secs("an hour and half"), (Some(5400.0), Some(5400.0)));
        assert_eq!(secs("a minute and 30 seconds"), (Some(90.0), Some(90.0)));
        assert_eq!(secs("a fortnight"), (Some(1_209_600.0), Some(1_209_600.0)));
        assert!(duration("a week").is_err(), "twice a week");
        assert_eq!(secs("full week"), (Some(604_800.0), Some(604_800.0)));
        assert_eq!(secs("full-day meeting"), (Some(86_400.0), Some(86_400.0)));
        assert!(duration("all day").is_err(), "too loose");
        assert_eq!(secs("entire year"), (Some(31_536_000.0), Some(31_536_000.0)));
        assert!(duration("whole hours").is_err(), "a day or longer");
    }

    /// A duration told in parts is told to the unit of its last part.
    #[test]
    fn a_duration_in_parts_is_told_to_its_last_unit() {
        let precision = |t: &str| duration(t).map(|(_, a)| a.precision).ok();
        assert_eq!(precision("one hour and 25 minutes"), Some(60.0));
        assert_eq!(precision("2 hours 15 minutes"), Some(60.0));
        assert_eq!(precision("two hours"), Some(3600.0));
    }

    #[test]
    fn ranges_of_one_unit() {
        assert_eq!(secs("two to three years"), (Some(63_072_000.0), Some(94_608_000.0)));
        assert_eq!(secs("5-7 days"), (Some(432_000.0), Some(604_800.0)));
        assert_eq!(secs("between 60 and 90 minutes"), (Some(3_600.0), Some(5_400.0)));
        assert!(duration("30 to 40 years old").is_err(), "an age");
        assert!(duration("2-3 years ago").is_err(), "a point in time");
        assert!(duration("3 to 2 hours").is_err());
    }

    #[test]
    fn shares_are_not_quarters_of_a_year() {
        assert!(duration("three quarters of the vote").is_err());
        assert_eq!(secs("three quarters"), (Some(23_328_000.0), Some(23_328_000.0)));
    }

    #[test]
    fn ages_and_relative_points_are_not_durations() {
        assert!(duration("65-year-old man").is_err());
        assert!(duration("two days ago").is_err());
        assert!(duration("five hours before a deal").is_ok());
        let anchored = |t: &'static str| match anchored_offset(t) {
            Ok((_, (Offset::Calendar(days, months), anchor))) => Ok(((days, months), anchor)),
            _ => Err(t),
        };
        assert_eq!(anchored("two days ago"), Ok(((2, 0), Anchor::Ago)));
        assert_eq!(anchored("three months ago"), Ok(((0, 3), Anchor::Ago)));
        assert_eq!(anchored("two years ago"), Ok(((0, 24), Anchor::Ago)));
        assert_eq!(anchored("a week ago"), Ok(((7, 0), Anchor::Ago)));
        assert_eq!(anchored("two days later"), Ok(((2, 0), Anchor::Later(true))));
        assert_eq!(anchored("a month earlier"), Ok(((0, 1), Anchor::Later(false))));
        assert_eq!(anchored("two weeks from now"), Ok(((14, 0), Anchor::FromNow(0))));
        assert_eq!(anchored("a year from tomorrow"), Ok(((0, 12), Anchor::FromNow(1))));
        assert_eq!(anchored("three days hence"), Ok(((3, 0), Anchor::FromNow(0))));
        for (anchor, _) in ANCHORS {
            let first = anchor.split(' ').next().unwrap_or_default();
            assert!(ANCHOR_WORDS.iter().any(|w| w.trim() == first), "{anchor} is looked for");
        }
        assert_eq!(anchored("1 month and 21 days ago"), Ok(((21, 1), Anchor::Ago)));
        assert_eq!(anchored("2 years, 1 month 21 days ago"), Ok(((21, 25), Anchor::Ago)));
        let clock = |t: &'static str| anchored_offset(t).map(|r| r.1);
        assert_eq!(clock("three hours later"), Ok((Offset::Clock(10_800), Anchor::Later(true))));
        assert_eq!(clock("an hour and a half earlier"), Ok((Offset::Clock(5_400), Anchor::Later(false))));
        assert_eq!(clock("2 hours and 30 minutes ago"), Ok((Offset::Clock(9_000), Anchor::Ago)));
        assert_eq!(clock("15 minutes from now"), Ok((Offset::Clock(900), Anchor::FromNow(0))));
        assert!(clock("three hours of talks").is_err());
    }
}
