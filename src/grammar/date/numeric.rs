//! Dates written in figures: "2025-03-10", "3/10/2025", "21.04.2016",
//! "05-Aug-2016", "4/22".

use super::{month, year_number, RawDate};
use crate::grammar::words::{fail, phrase, space, PResult};

/// "2025-03-10", "2015-3-3", "2015/08/12", "2015.5.13": year first.
pub(super) fn iso(input: &str) -> PResult<'_, RawDate> {
    let (rest, year) = year_number(input).or_else(|_| match input.as_bytes() {
        [a, b, c, d, b'-', ..] if [a, b, c, d].iter().all(|x| x.is_ascii_digit()) => {
            let year = [a, b, c, d].iter().fold(0i32, |v, &&x| v * 10 + i32::from(x - b'0'));
            Ok((input.get(4..).unwrap_or_default(), year))
        }
        _ => fail(input),
    })?;
    let Some(sep) = rest.chars().next().filter(|c| matches!(c, '-' | '/' | '.')) else { return fail(input) };
    let after_sep = rest.get(1..).unwrap_or_default();
    // "2019-Aug-01", "2019/Sep/1"
    let named = month(after_sep).ok().filter(|(r, _)| r.starts_with(sep)).map(|(r, m)| (m, r));
    let Some((month, rest)) = named.or_else(|| one_or_two_digits(after_sep)) else { return fail(input) };
    let Some((day, rest)) = rest.strip_prefix(sep).and_then(one_or_two_digits) else { return fail(input) };
    // "2016-12-16T12:23:59": the date of an ISO date-time.
    let clock_follows = sep == '-' && rest.starts_with('T') && rest.as_bytes().get(1).is_some_and(u8::is_ascii_digit);
    let glued = rest.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) && !clock_follows;
    if glued || !(1..=12).contains(&month) || day == 0 {
        return fail(input);
    }
    Ok((rest, RawDate::Calendar { weekday: None, year: Some(year), month, day, day_to: None }))
}

/// "05-Aug-2016", "31-Oct-74", "31/Oct/1974", "Sep-23-2020": a day and a
/// month name in either order, then a year, joined by dashes or slashes as
/// in tables and datelines.
pub(super) fn day_month_year_joined(input: &str) -> PResult<'_, RawDate> {
    let (rest, sep, (month, day)) = match one_or_two_digits(input) {
        Some((day, rest)) => {
            let Some(sep) = joiner(rest) else { return fail(input) };
            let (rest, month) = month(rest.get(1..).unwrap_or_default())?;
            (rest, sep, (month, day))
        }
        None => {
            // A month's name then a dash or slash: look before parsing.
            let word_end = input.find(|c: char| !c.is_ascii_alphabetic()).unwrap_or(input.len());
            if joiner(input.get(word_end..).unwrap_or_default()).is_none() {
                return fail(input);
            }
            let (rest, month) = month(input)?;
            let Some(sep) = joiner(rest) else { return fail(input) };
            let Some((day, rest)) = rest.get(1..).and_then(one_or_two_digits) else { return fail(input) };
            (rest, sep, (month, day))
        }
    };
    let Some(rest) = rest.strip_prefix(sep) else { return fail(input) };
    let (rest, year) = year_number(rest).or_else(|_| two_digit_year(rest))?;
    if day == 0 {
        return fail(input);
    }
    Ok((rest, RawDate::Calendar { weekday: None, year: Some(year), month, day, day_to: None }))
}

/// The dash or slash that joins the parts of a date, if `rest` starts with one.
fn joiner(rest: &str) -> Option<char> {
    rest.chars().next().filter(|c| matches!(c, '-' | '/'))
}

/// Slashed numbers that name an event or a habit, not a day ("9/11",
/// "7/7", "24/7").
const NAMED_SLASHES: &[&str] = &["9/11", "7/7", "24/7"];

/// A month and day with a slash and no year: month first ("4/22"), or day
/// first when the first part cannot be a month ("15/2"). Both parts may be
/// twelve or less only after "on" ("on 3/4"): a bare "3/4" is a fraction.
pub(super) fn month_slash_day(input: &str) -> PResult<'_, RawDate> {
    let (body, led) = match phrase("on")(input).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => (r, true),
        Err(_) => (input, false),
    };
    let Some((first, rest)) = one_or_two_digits(body) else { return fail(input) };
    let Some((second, rest)) = rest.strip_prefix('/').and_then(one_or_two_digits) else { return fail(input) };
    let (month, day) = if first > 12 { (second, first) } else { (first, second) };
    let written = body.get(..body.len() - rest.len()).unwrap_or_default();
    let joined = rest.starts_with(|c: char| c.is_alphanumeric() || c == '/' || c == '-');
    let decimal =
        rest.starts_with(['.', ',']) && rest.get(1..).is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    let ends = !joined && !decimal;
    let plausible = (1..=12).contains(&month) && (1..=31).contains(&day) && (led || first.max(second) > 12);
    if !ends || !plausible || NAMED_SLASHES.contains(&written) {
        return fail(input);
    }
    Ok((rest, RawDate::Calendar { weekday: None, year: None, month, day, day_to: None }))
}

/// The value of two ASCII digits, if both are digits.
pub(in crate::grammar) fn two_digits(tens: u8, ones: u8) -> Option<u32> {
    (tens.is_ascii_digit() && ones.is_ascii_digit()).then(|| u32::from(tens - b'0') * 10 + u32::from(ones - b'0'))
}

/// "3/10/2025", "3/10/25" (month first), "21-04-2016", "21.04.2016" (day
/// first), "27 / 09 / 2013" (spaced slashes); with dots, a four-digit year
/// only, so version numbers are not dates.
pub(super) fn numeric(input: &str) -> PResult<'_, RawDate> {
    let Some((a, rest)) = one_or_two_digits(input) else { return fail(input) };
    // "27 / 09 / 2013", as some sites print their dates: slashes only.
    let spaced = rest.starts_with(" / ");
    let sep = if spaced { Some('/') } else { rest.chars().next().filter(|c| matches!(c, '/' | '-' | '.')) };
    let Some(sep) = sep else { return fail(input) };
    let Some((b, rest)) = joint(rest, spaced, sep).and_then(one_or_two_digits) else { return fail(input) };
    let Some(rest) = joint(rest, spaced, sep) else { return fail(input) };
    let (rest, year) = match year_number(rest) {
        Ok(found) => found,
        Err(_) if sep != '.' => two_digit_year(rest)?,
        Err(e) => return Err(e),
    };
    // Slashes are month first (as in the US), dashes and dots day first (as
    // in most of the world), unless the first part cannot be a month.
    let (month, day) = match sep {
        '/' if a <= 12 => (a, b),
        _ if b <= 12 => (b, a),
        _ => (a, b),
    };
    if month > 12 || day == 0 {
        return fail(input);
    }
    Ok((rest, RawDate::Calendar { weekday: None, year: Some(year), month, day, day_to: None }))
}

/// What follows the joint `sep` of a numeric date at the start of `rest`
/// (spaced: " / ").
fn joint(rest: &str, spaced: bool, sep: char) -> Option<&str> {
    if spaced {
        rest.strip_prefix(" / ")
    } else {
        rest.strip_prefix(sep)
    }
}

/// One or two digits at the start of `s`, as a number, and what follows.
fn one_or_two_digits(s: &str) -> Option<(u32, &str)> {
    let n = s.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&n) {
        return None;
    }
    let (number, rest) = s.split_at_checked(n)?;
    Some((number.parse().ok()?, rest))
}

/// A two-digit year ("25" → 2025, "87" → 1987), not followed by more digits
/// or letters.
fn two_digit_year(input: &str) -> PResult<'_, i32> {
    let Some((digits, rest)) = input.split_at_checked(2) else { return fail(input) };
    let [tens, ones] = digits.as_bytes() else { return fail(input) };
    let Some(year) = two_digits(*tens, *ones) else { return fail(input) };
    if rest.starts_with(char::is_alphanumeric) {
        return fail(input);
    }
    Ok((rest, if year < 70 { 2000 + year as i32 } else { 1900 + year as i32 }))
}
