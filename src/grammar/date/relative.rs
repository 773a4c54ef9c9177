//! Dates named from the publication date: "yesterday", "last week", "next
//! Friday", "this past Wednesday", "Friday next week", "last week's Sunday".

use std::sync::OnceLock;

use super::{weekday, RawDate};
use crate::grammar::words::{any_phrase, fail, phrase, space, PResult, PhraseIndex};

/// Relative day words and their offsets.
const RELATIVE_DAYS: &[(&str, i64)] = &[
    ("the day before yesterday", -2),
    ("the day after tomorrow", 2),
    ("day before yesterday", -2),
    ("day after tomorrow", 2),
    ("yesterday", -1),
    ("today", 0),
    ("tonight", 0),
    ("this morning", 0),
    ("this afternoon", 0),
    ("this evening", 0),
    ("tomorrow", 1),
];

/// True when `text` names a day from the day it was written ("10am
/// today", "yesterday's vote", "this morning"), by one of its words.
pub fn names_a_day_from_its_date(text: &str) -> bool {
    let mut previous = "";
    text.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).any(|word| {
        let named = RELATIVE_DAYS.iter().any(|(day, _)| match day.split_once(' ') {
            Some((this, part)) => this.eq_ignore_ascii_case(previous) && part.eq_ignore_ascii_case(word),
            None => day.eq_ignore_ascii_case(word),
        });
        previous = word;
        named
    })
}

/// Days next to the last day a text named, and which way: "the next day",
/// "the day before". "the day after" and "the day before" count only where
/// the clause ends ("the day before the vote" is another anchor).
const NEXT_DAYS: &[(&str, (bool, bool))] = &[
    ("the next day", (true, false)),
    ("the following day", (true, false)),
    ("the previous day", (false, false)),
    ("the preceding day", (false, false)),
    ("the day after", (true, true)),
    ("the day before", (false, true)),
];

/// "the next day", "the previous day", "the day before.": a day after
/// (true) or before the last one named.
pub fn day_next_to(input: &str) -> PResult<'_, bool> {
    if !input.get(..4).is_some_and(|the| the.eq_ignore_ascii_case("the ")) {
        return fail(input);
    }
    let (rest, (forward, at_clause_end)) = any_phrase(NEXT_DAYS)(input)?;
    if at_clause_end && !crate::grammar::words::clause_ends(rest) {
        return fail(input);
    }
    Ok((rest, forward))
}

/// The unit of a period named from the publication date.
#[derive(Clone, Copy)]
enum Period {
    Week,
    Month,
    Year,
}

/// Relative weeks, months and years.
const RELATIVE_PERIODS: &[(&str, (Period, i64))] = &[
    ("last week", (Period::Week, -1)),
    ("next week", (Period::Week, 1)),
    ("this week", (Period::Week, 0)),
    ("last month", (Period::Month, -1)),
    ("next month", (Period::Month, 1)),
    ("this month", (Period::Month, 0)),
    ("last year", (Period::Year, -1)),
    ("next year", (Period::Year, 1)),
    ("this year", (Period::Year, 0)),
];

/// Relative words: "yesterday", "last week", "next month".
pub(super) fn relative(input: &str) -> PResult<'_, RawDate> {
    if input.starts_with(|c: char| c.is_ascii_digit()) {
        return fail(input);
    }
    if let Ok((rest, days)) = any_phrase(RELATIVE_DAYS)(input) {
        return Ok((rest, RawDate::DaysFromNow(days)));
    }
    if let Ok(found) = weekday_of_week(input) {
        return Ok(found);
    }
    if let Ok(found) = directed_weekday(input) {
        return Ok(found);
    }
    let (rest, (period, offset)) = any_phrase(RELATIVE_PERIODS)(input)?;
    let raw = match period {
        Period::Week => RawDate::WeeksFromNow(offset),
        Period::Month => RawDate::MonthsFromNow(offset),
        Period::Year => RawDate::YearsFromNow(offset),
    };
    Ok((rest, raw))
}

/// Which occurrence of a weekday a direction word picks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Toward {
    /// "last Friday", "previous Friday": the Friday of the previous week
    /// (weeks run Monday to Sunday).
    PreviousWeek,
    /// "next Friday": the Friday of the following week.
    NextWeek,
    /// "this past Friday": the last one before the publication day.
    Past,
    /// "this coming Friday": the first one after the publication day.
    Coming,
    /// "this Friday": the one this week the tense points to.
    This,
}

/// Words that point a weekday back or forward, longest first.
const DIRECTIONS: &[(&str, Toward)] = &[
    ("this past", Toward::Past),
    ("this coming", Toward::Coming),
    ("last", Toward::PreviousWeek),
    ("previous", Toward::PreviousWeek),
    ("past", Toward::Past),
    ("next", Toward::NextWeek),
    ("coming", Toward::Coming),
    ("following", Toward::Coming),
    ("this", Toward::This),
];

/// "last Sunday", "next Friday", "this coming Monday".
fn directed_weekday(input: &str) -> PResult<'_, RawDate> {
    let (rest, toward) = any_phrase(DIRECTIONS)(input)?;
    let (rest, _) = space(rest)?;
    let (rest, w) = weekday(rest)?;
    Ok((rest, RawDate::DirectedWeekday(w, toward)))
}

/// Weeks counted from the publication week.
const WEEK_OFFSETS: &[(&str, i64)] = &[
    ("the following week", 1),
    ("the next week", 1),
    ("the previous week", -1),
    ("the current week", 0),
    ("next week", 1),
    ("last week", -1),
    ("previous week", -1),
    ("this week", 0),
];

/// Months counted from the publication month.
const MONTH_OFFSETS: &[(&str, i64)] = &[
    ("the following month", 1),
    ("the next month", 1),
    ("the previous month", -1),
    ("the current month", 0),
    ("the month", 0),
    ("next month", 1),
    ("last month", -1),
    ("previous month", -1),
    ("this month", 0),
];

/// "next week", "the previous week", "last week's": weeks from the
/// publication week.
fn week_offset(input: &str) -> PResult<'_, i64> {
    static INDEX: OnceLock<PhraseIndex<i64>> = OnceLock::new();
    let (rest, weeks) = PhraseIndex::of(&INDEX, WEEK_OFFSETS).find(input)?;
    Ok((without_possessive(rest), weeks))
}

/// "next month", "the previous month", "this month's": months from the
/// publication month.
pub(super) fn month_offset(input: &str) -> PResult<'_, i64> {
    static INDEX: OnceLock<PhraseIndex<i64>> = OnceLock::new();
    let (rest, months) = PhraseIndex::of(&INDEX, MONTH_OFFSETS).find(input)?;
    Ok((without_possessive(rest), months))
}

/// `rest` after a possessive "'s", if one starts it.
fn without_possessive(rest: &str) -> &str {
    rest.strip_prefix("'s").or_else(|| rest.strip_prefix("’s")).unwrap_or(rest)
}

/// "Friday next week", "Tuesday of this week", "next week on Friday", "last
/// week's Sunday".
fn weekday_of_week(input: &str) -> PResult<'_, RawDate> {
    if let Ok((rest, w)) = weekday(input) {
        let r = rest.strip_prefix(',').unwrap_or(rest);
        let (r, _) = space(r)?;
        let r = phrase("of")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
        let (rest, weeks) = week_offset(r)?;
        return Ok((rest, RawDate::WeekdayOfWeek(w, weeks)));
    }
    let (rest, weeks) = week_offset(input)?;
    let r = rest.strip_prefix(',').unwrap_or(rest);
    let (r, _) = space(r)?;
    let r = phrase("on")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    let (rest, w) = weekday(r)?;
    Ok((rest, RawDate::WeekdayOfWeek(w, weeks)))
}
