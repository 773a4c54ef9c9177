//! Dates as news prose writes them, before they are resolved against the
//! publication date (see [`super::resolve`]).
//!
//! ```text
//! date      = weekday ","? (month_day | day_month) | month_day | day_month
//!           | numeric | month year | nth_weekday | day_of_month | relative | holiday | weekday
//! month_day = month "."? day ("st"|"nd"|"rd"|"th")? (range)? (","? ("of" | "in")? year)?
//! day_month = "the"? day (range)? ("day")? "of"? month ","? year?
//! range     = ("-" | "–" | "and" | "to") day
//! nth_weekday = "the"? ("first" … "fifth" | "last") weekday ("of" | "in") (month year? | "next month" …)
//! day_of_month = weekday? "on"? "the"? ordinal ("of next month" | "of this month")?
//! ```
//! Figures ("2025-03-10", "3/10/2025", "05-Aug-2016", "4/22") are in
//! `date/numeric.rs`; days named from the publication date ("last Friday",
//! "Friday next week") in `date/relative.rs`; months without a day ("last
//! November", "in January") in `date/month.rs`.

use chrono::Weekday;

mod month;
mod numeric;
mod relative;
mod stretch;

pub use month::{lone_month, MonthPick};
pub(super) use numeric::two_digits;
use numeric::{day_month_year_joined, iso, month_slash_day, numeric};
pub use relative::{day_next_to, names_a_day_from_its_date, Toward};
use relative::{month_offset, relative};
pub use stretch::YearOf;

use super::lexicon::{MONTHS, WEEKDAYS};
use super::words::{any_phrase, at_boundary, fail, lexeme, phrase, space, space0, PResult};

/// A date as written, not yet placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RawDate {
    /// A day of a month, maybe with its year, weekday and a range end.
    Calendar {
        /// The stated weekday.
        weekday: Option<Weekday>,
        /// The stated year.
        year: Option<i32>,
        /// The month, 1–12.
        month: u32,
        /// The day of the month.
        day: u32,
        /// The last day of a range in the same month.
        day_to: Option<u32>,
    },
    /// Days across two months ("June 28 to July 3"); the year, when stated,
    /// is the end's ("December 28 – January 3, 2025" ends in 2025).
    CalendarRange {
        /// The first month and day.
        from: (u32, u32),
        /// The last month and day.
        to: (u32, u32),
        /// The stated year of the last day.
        year: Option<i32>,
    },
    /// A month of a year ("March 2025").
    MonthOfYear {
        /// The year.
        year: i32,
        /// The month, 1–12.
        month: u32,
    },
    /// A weekday alone ("on Tuesday").
    Weekday(Weekday),
    /// A day of an unnamed month ("on the 24th"), maybe with its weekday
    /// ("Thu 15th").
    DayOfMonth {
        /// The stated weekday.
        weekday: Option<Weekday>,
        /// The day of the month.
        day: u32,
    },
    /// Days from the publication date (yesterday = -1).
    DaysFromNow(i64),
    /// A weekday with a direction word: "last Sunday", "next Friday", "this
    /// past Wednesday".
    DirectedWeekday(Weekday, Toward),
    /// A weekday of a week counted from the publication week: "Friday next
    /// week" (1), "last week's Sunday" (-1), "Tuesday of this week" (0).
    WeekdayOfWeek(Weekday, i64),
    /// A day of a month counted from the publication month: "the 20th of
    /// next month" (1).
    DayOfMonthFromNow {
        /// The day of the month.
        day: u32,
        /// Months from the publication month.
        months: i64,
    },
    /// The nth weekday of a month counted from the publication month: "the
    /// first Friday of next month".
    NthWeekdayFromNow {
        /// 1–5, or 0 for the last.
        nth: u8,
        /// The weekday.
        weekday: Weekday,
        /// Months from the publication month.
        months: i64,
    },
    /// A named day ("Christmas Eve", "Thanksgiving 2010").
    Holiday {
        /// How its date is found.
        rule: super::holiday::Rule,
        /// The stated year.
        year: Option<i32>,
    },
    /// The nth weekday of a month ("the first Tuesday of October"); `nth`
    /// 0 is the last ("the last Monday of March").
    NthWeekday {
        /// 1–5, or 0 for the last.
        nth: u8,
        /// The weekday.
        weekday: Weekday,
        /// The month, 1–12.
        month: u32,
        /// The stated year.
        year: Option<i32>,
    },
    /// A week relative to the publication week (last week = -1).
    WeeksFromNow(i64),
    /// A month relative to the publication month.
    MonthsFromNow(i64),
    /// A year relative to the publication year ("last year").
    YearsFromNow(i64),
    /// A month named without a day or a year ("last November", "in
    /// January").
    MonthNear {
        /// The month, 1–12.
        month: u32,
        /// Which year it is in.
        pick: MonthPick,
    },
    /// A stretch of days named as such ("early March", "fall 2007", "the
    /// 1990s", "between September and October of 2007").
    Stretch {
        /// The year it starts in.
        year: YearOf,
        /// Its first month and day.
        from: (u32, u32),
        /// Its last month and day (day 0: the month's last).
        to: (u32, u32),
        /// Years from its first year to its last.
        years: u8,
    },
    /// A weekend: this (0), last (-1) or next (1), or by the tense ("over
    /// the weekend").
    Weekend(Option<i64>),
}

/// A day of the month in ordinal words: "second", "twenty-first".
fn day_word(input: &str) -> PResult<'_, u32> {
    let (rest, d) = super::number::ordinal_words(input)?;
    if d > 31 {
        return fail(input);
    }
    Ok((rest, d))
}

/// A day of the month: "7", "07", "7th", "1st", or in words after a month
/// or before "of" ("the second of March").
fn day_number(input: &str) -> PResult<'_, u32> {
    if let Ok(found) = day_word(input) {
        return Ok(found);
    }
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 2 {
        return fail(input);
    }
    let day = input.get(..len).unwrap_or_default().bytes().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
    let rest = input.get(len..).unwrap_or_default();
    let rest = if super::number::starts_with_ordinal_suffix(rest) { rest.get(2..).unwrap_or_default() } else { rest };
    if day == 0 || day > 31 || rest.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric()) {
        return fail(input);
    }
    Ok((rest, day))
}

/// A four-digit year from 1000 to 2999 (or year 0–99999 when `wide`).
fn year_number(input: &str) -> PResult<'_, i32> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len != 4 || input.as_bytes().get(4).is_some_and(u8::is_ascii_alphanumeric) {
        return fail(input);
    }
    let year = input.get(..4).unwrap_or_default().bytes().fold(0i32, |v, b| v * 10 + i32::from(b - b'0'));
    if !(1000..=2999).contains(&year) {
        return fail(input);
    }
    Ok((input.get(4..).unwrap_or_default(), year))
}

/// A month name, with the dot of an abbreviation ("Nov.", not the full stop
/// after "November").
fn month(input: &str) -> PResult<'_, u32> {
    let (rest, m) = lexeme(MONTHS)(input)?;
    let written = input.get(..input.len() - rest.len()).unwrap_or_default();
    // The first twelve entries of MONTHS are the full names.
    let abbreviated = !MONTHS.iter().take(12).any(|(full, _)| full.eq_ignore_ascii_case(written));
    let rest = if abbreviated { rest.strip_prefix('.').unwrap_or(rest) } else { rest };
    Ok((rest, m))
}

/// The first weekday `text` names by a word of its own ("6am on Saturday,
/// June 5", "on Friday evening", "Sat"), if any.
pub fn weekday_named_in(text: &str) -> Option<Weekday> {
    super::tokens::words(text).find_map(|(_, w)| super::words::lookup(WEEKDAYS, w))
}

/// A weekday name (with "'s" allowed), then an optional comma.
fn weekday(input: &str) -> PResult<'_, Weekday> {
    let (rest, w) = lexeme(WEEKDAYS)(input)?;
    let rest = rest.strip_prefix('.').unwrap_or(rest);
    Ok((rest, w))
}

/// The separator of a day range: "-", "–", " and ", " to ".
fn range_separator(input: &str) -> PResult<'_, ()> {
    let (rest, _) = space0(input)?;
    if let Some(r) = rest.strip_prefix('-').or_else(|| rest.strip_prefix('–')) {
        return Ok((space0(r)?.0, ()));
    }
    let (rest, _) = any_phrase(&[("and", ()), ("to", ()), ("through", ())])(rest)?;
    Ok((space(rest)?.0, ()))
}

/// An optional ", 2025", " 2025", " of 1995" or " in 2020" after a day.
fn trailing_year(input: &str) -> (&str, Option<i32>) {
    let r = input.trim_start_matches(' ');
    let r = r.strip_prefix(',').unwrap_or(r);
    let r = space0(r).map_or(r, |(r, _)| r);
    let r = any_phrase(&[("of", ()), ("in", ())])(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    match year_number(r) {
        Ok((rest, y)) => (rest, Some(y)),
        Err(_) => (input, None),
    }
}

/// "December 7", "Dec. 7, 2021", "January 9 and 10", "March 10-12".
fn month_day(input: &str) -> PResult<'_, (u32, u32, Option<u32>, Option<i32>)> {
    let (rest, m) = month(input)?;
    let (rest, _) = space(rest)?;
    let (rest, d) = day_number(rest)?;
    let (rest, to) = match range_separator(rest).and_then(|(r, _)| day_number(r)) {
        Ok((r, to)) if to > d => (r, Some(to)),
        _ => (rest, None),
    };
    let (rest, y) = trailing_year(rest);
    Ok((rest, (m, d, to, y)))
}

/// "7 December", "3rd of October", "9-10 January 2022", "09 December,2021".
fn day_month(input: &str) -> PResult<'_, (u32, u32, Option<u32>, Option<i32>)> {
    let input = phrase("the")(input).and_then(|(r, _)| space(r)).map_or(input, |(r, _)| r);
    let (rest, d) = day_number(input)?;
    let (rest, to) = match range_separator(rest).and_then(|(r, _)| day_number(r)) {
        Ok((r, to)) if to > d => (r, Some(to)),
        _ => (rest, None),
    };
    let (rest, _) = space0(rest)?;
    // "the twenty-third day of September"
    let rest = phrase("day")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    if day_word(input).is_ok() && phrase("of")(rest).is_err() {
        return fail(input);
    }
    let rest = match phrase("of")(rest).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => r,
        Err(_) => rest,
    };
    let (rest, m) = month(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    let (rest, y) = trailing_year(rest);
    Ok((rest, (m, d, to, y)))
}

/// A calendar date, with an optional leading weekday.
fn calendar(input: &str) -> PResult<'_, RawDate> {
    let (after_weekday, wd) = match weekday(input) {
        Ok((r, w)) => {
            let r = r.strip_prefix(',').unwrap_or(r);
            match space(r) {
                Ok((r, _)) => (r, Some(w)),
                Err(_) => (input, None),
            }
        }
        Err(_) => (input, None),
    };
    let parsed = month_day(after_weekday).or_else(|_| day_month(after_weekday));
    let (rest, (month, day, day_to, year)) = match parsed {
        Ok(ok) => ok,
        Err(e) if wd.is_none() => return Err(e),
        Err(_) => return fail(input),
    };
    if let (None, None) = (day_to, year) {
        if let Some(found) = range_into_another_month(rest, (month, day)) {
            return Ok(found);
        }
    }
    Ok((rest, RawDate::Calendar { weekday: wd, year, month, day, day_to }))
}

/// " to April 2", "–2 April 2025", " through July 3" after the day `from`
/// (month, day): a range that ends in another month, with its year if stated.
fn range_into_another_month(input: &str, from: (u32, u32)) -> Option<(&str, RawDate)> {
    let (r, _) = range_separator(input).ok()?;
    let (r, (to_month, to_day, to_day_to, year)) = month_day(r).or_else(|_| day_month(r)).ok()?;
    let range = RawDate::CalendarRange { from, to: (to_month, to_day), year };
    (to_month != from.0 && to_day_to.is_none()).then_some((r, range))
}

/// "March 2025", "March of 2008".
fn month_of_year(input: &str) -> PResult<'_, RawDate> {
    let (rest, m) = month(input)?;
    let (rest, _) = space(rest)?;
    let rest = phrase("of")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    let (rest, y) = year_number(rest)?;
    Ok((rest, RawDate::MonthOfYear { year: y, month: m }))
}

/// Which weekday of a month: "first" … "fifth", or "last" (0).
const NTH: &[(&str, u8)] = &[("first", 1), ("second", 2), ("third", 3), ("fourth", 4), ("fifth", 5), ("last", 0)];

/// "the first Tuesday of October", "last Monday in March 2014".
fn nth_weekday(input: &str) -> PResult<'_, RawDate> {
    let rest = phrase("the")(input).and_then(|(r, _)| space(r)).map_or(input, |(r, _)| r);
    let (rest, nth) = any_phrase(NTH)(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, w) = weekday(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = any_phrase(&[("of", ()), ("in", ())])(rest)?;
    let (rest, _) = space(rest)?;
    if let Ok((rest, months)) = month_offset(rest) {
        return Ok((rest, RawDate::NthWeekdayFromNow { nth, weekday: w, months }));
    }
    let (rest, m) = month(rest)?;
    let (rest, year) = trailing_year(rest);
    Ok((rest, RawDate::NthWeekday { nth, weekday: w, month: m, year }))
}

/// A day number written as an ordinal ("24th"), nothing else.
fn ordinal_day(input: &str) -> PResult<'_, u32> {
    let digits = input.bytes().take_while(u8::is_ascii_digit).count();
    // "third" starts with "th" but has no digit: no day ("4 percent in the
    // third" is a year of a contract).
    if digits == 0 || !super::number::starts_with_ordinal_suffix(input.get(digits..).unwrap_or_default()) {
        return fail(input);
    }
    day_number(input)
}

/// True when a figure after a weekday ends there as a day ("Sunday 31.",
/// "Sunday 31 at noon"), not as a count ("Sunday 31 people", "Monday 5 of
/// the 12").
fn ends_a_bare_day(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c.is_whitespace() => {
            let after = rest.trim_start();
            !after.starts_with(char::is_alphanumeric) || super::words::first_word_in(after, &["at"])
        }
        // "Sunday 31." ends, "Thursday 8:00" and "Monday 3.5" go on.
        Some(',' | '.' | ';' | '!' | '?' | ')') => !chars.next().is_some_and(|d| d.is_ascii_digit()),
        Some(_) => false,
    }
}

/// True when the words after a bare day do not make it an ordinal of a noun
/// ("the 2nd conference"): end of clause, a preposition, "of this month".
fn ends_as_day(rest: &str) -> bool {
    let after = space0(rest).map_or(rest, |(r, _)| r);
    match super::words::word(after) {
        Ok((_, w)) => ["of", "at", "in", "and", "or", "when", "after", "before", "to", "until"]
            .iter()
            .any(|p| p.eq_ignore_ascii_case(w)),
        Err(_) => !after.starts_with(|c: char| c.is_alphanumeric()),
    }
}

/// "of this month", "of the current month" after a day.
fn of_this_month(input: &str) -> &str {
    let (r, _) = match space(input) {
        Ok(ok) => ok,
        Err(_) => return input,
    };
    for p in ["of this month", "of the current month", "of the month"] {
        if let Ok((rest, _)) = phrase(p)(r) {
            return rest;
        }
    }
    input
}

/// " of next month", " of the previous month" after a day (not "this
/// month", which is the publication month and read as a plain day).
fn of_relative_month(input: &str) -> PResult<'_, i64> {
    let (r, _) = space(input)?;
    let r = phrase("day")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    let (r, _) = phrase("of")(r)?;
    let (r, _) = space(r)?;
    match month_offset(r)? {
        (_, 0) => fail(input),
        found => Ok(found),
    }
}

/// "on the 24th", "the 19th", "on 24th", "Thu 15th", "Tuesday the 19th".
fn day_of_month(input: &str) -> PResult<'_, RawDate> {
    let (rest, weekday) = match weekday(input) {
        Ok((r, w)) => (r.strip_prefix(',').unwrap_or(r), Some(w)),
        Err(_) => (input, None),
    };
    let mut rest = rest;
    let mut led = weekday.is_some();
    for lead in ["on", "the"] {
        let r = space0(rest).map_or(rest, |(r, _)| r);
        if let Ok((r, _)) = phrase(lead)(r).and_then(|(r, _)| space(r)) {
            rest = r;
            led = true;
        }
    }
    let rest = space0(rest).map_or(rest, |(r, _)| r);
    let (rest, day) = match ordinal_day(rest) {
        Ok(found) => found,
        // After a weekday, a day may be a bare figure or an ordinal word:
        // "Sunday 31", "Tuesday the eleventh".
        Err(_) if weekday.is_some() => {
            let (r, day) = day_number(rest)?;
            let bare = rest.starts_with(|c: char| c.is_ascii_digit());
            if bare && !ends_a_bare_day(r) {
                return fail(input);
            }
            (r, day)
        }
        Err(e) => return Err(e),
    };
    if let Ok((r, months)) = of_relative_month(rest) {
        return Ok((r, RawDate::DayOfMonthFromNow { day, months }));
    }
    let after_month = of_this_month(rest);
    if !led && after_month.len() == rest.len() {
        return fail(input);
    }
    let rest = after_month;
    if !ends_as_day(rest) {
        return fail(input);
    }
    Ok((rest, RawDate::DayOfMonth { weekday, day }))
}

/// A lone weekday, possessive allowed ("Tuesday's call").
fn lone_weekday(input: &str) -> PResult<'_, RawDate> {
    let (rest, w) = lexeme(WEEKDAYS)(input)?;
    let word_len = input.len() - rest.len();
    if word_len < 6 {
        return fail(input);
    }
    Ok((rest, RawDate::Weekday(w)))
}

impl RawDate {
    /// True for a period relative to the publication date ("this month",
    /// "last week", "this weekend"), or a stretch whose year is a guess from
    /// the tense ("early March"): it names no event's date by itself.
    pub fn is_relative_period(&self) -> bool {
        matches!(
            self,
            RawDate::WeeksFromNow(_)
                | RawDate::MonthsFromNow(_)
                | RawDate::YearsFromNow(_)
                | RawDate::Weekend(_)
                | RawDate::Stretch { year: YearOf::Picked(MonthPick::ByTense), .. }
        )
    }
}

/// Any date form.
pub fn raw_date(input: &str) -> PResult<'_, RawDate> {
    if let Ok(ok) = iso(input) {
        return Ok(ok);
    }
    if let Ok(ok) = numeric(input) {
        return Ok(ok);
    }
    if let Ok(ok) = day_month_year_joined(input) {
        return Ok(ok);
    }
    if let Ok(ok) = month_slash_day(input) {
        return Ok(ok);
    }
    if let Ok(ok) = calendar(input) {
        return Ok(ok);
    }
    if let Ok(ok) = day_of_month(input) {
        return Ok(ok);
    }
    if let Ok(ok) = nth_weekday(input) {
        return Ok(ok);
    }
    if let Ok(ok) = month_of_year(input) {
        return Ok(ok);
    }
    if let Ok(ok) = stretch::stretch(input) {
        return Ok(ok);
    }
    if let Ok(ok) = relative(input) {
        return Ok(ok);
    }
    if let Ok(ok) = month::directed_month(input) {
        return Ok(ok);
    }
    if let Ok((rest, (rule, year))) = super::holiday::holiday(input).or_else(|_| on_a_feast(input)) {
        return Ok((rest, RawDate::Holiday { rule, year }));
    }
    lone_weekday(input)
}

/// "on Christmas", "on New Year": a feast named without "Day" is its day
/// after "on" (elsewhere it is mostly a season).
fn on_a_feast(input: &str) -> PResult<'_, (super::holiday::Rule, Option<i32>)> {
    let (rest, _) = phrase("on")(input)?;
    let (rest, _) = space(rest)?;
    super::holiday::anchor(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cal(text: &str) -> (Option<Weekday>, Option<i32>, u32, u32, Option<u32>) {
        match raw_date(text) {
            Ok((_, RawDate::Calendar { weekday, year, month, day, day_to })) => (weekday, year, month, day, day_to),
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn numeric_dates_with_slashes_dashes_and_dots() {
        assert_eq!(cal("3/10/2025"), (None, Some(2025), 3, 10, None));
        assert_eq!(cal("21-04-2016"), (None, Some(2016), 4, 21, None));
        assert_eq!(cal("3/10/25"), (None, Some(2025), 3, 10, None));
        assert_eq!(cal("21.04.2016"), (None, Some(2016), 4, 21, None));
        assert_eq!(cal("03-02-2009"), (None, Some(2009), 2, 3, None));
        assert_eq!(cal("13/02/2009"), (None, Some(2009), 2, 13, None));
        assert_eq!(cal("27 / 09 / 2013"), (None, Some(2013), 9, 27, None));
        assert!(raw_date("27 / 09-2013").is_err(), "one kind of joint");
        assert!(raw_date("1.2.3").is_err(), "a version number");
        assert!(raw_date("2-15").is_err(), "no year");
        assert!(raw_date("3/10/2025x").is_err());
        assert_eq!(cal("2015-3-3"), (None, Some(2015), 3, 3, None));
        assert_eq!(cal("2015/08/12"), (None, Some(2015), 8, 12, None));
        assert_eq!(cal("2015.5.13"), (None, Some(2015), 5, 13, None));
        assert_eq!(cal("05-Aug-2016"), (None, Some(2016), 8, 5, None));
        assert_eq!(cal("31/Oct/74"), (None, Some(1974), 10, 31, None));
        assert_eq!(cal("Sep-23-2020"), (None, Some(2020), 9, 23, None));
        assert_eq!(cal("Oct/31/1974"), (None, Some(1974), 10, 31, None));
        assert_eq!(cal("2019-Aug-1"), (None, Some(2019), 8, 1, None));
        assert_eq!(cal("July 4th of 1995"), (None, Some(1995), 7, 4, None));
        assert_eq!(cal("28 June in 2020"), (None, Some(2020), 6, 28, None));
        assert_eq!(cal("the twenty-third day of September"), (None, None, 9, 23, None));
    }

    #[test]
    fn ranges_across_months() {
        let range = |t: &'static str| raw_date(t).map(|r| r.1);
        let june_july = RawDate::CalendarRange { from: (6, 28), to: (7, 3), year: None };
        assert_eq!(range("June 28 to July 3"), Ok(june_july));
        let with_year = RawDate::CalendarRange { from: (12, 28), to: (1, 3), year: Some(2025) };
        assert_eq!(range("28 December – 3 January 2025"), Ok(with_year));
        assert_eq!(cal("March 10-12"), (None, None, 3, 10, Some(12)));
    }

    #[test]
    fn feasts_after_on() {
        let christmas = RawDate::Holiday { rule: crate::grammar::holiday::Rule::Fixed(12, 25), year: None };
        assert_eq!(raw_date("on Christmas, police said").map(|r| r.1), Ok(christmas));
        assert!(raw_date("on Christmas shopping").is_err());
    }

    #[test]
    fn days_after_a_weekday() {
        let day = |t: &'static str| raw_date(t).map(|r| r.1);
        let sunday_31 = RawDate::DayOfMonth { weekday: Some(Weekday::Sun), day: 31 };
        assert_eq!(day("Sunday 31."), Ok(sunday_31));
        assert_eq!(day("Sunday 31 at noon"), Ok(sunday_31));
        assert_eq!(day("Tuesday the eleventh"), Ok(RawDate::DayOfMonth { weekday: Some(Weekday::Tue), day: 11 }));
        assert_eq!(day("Tuesday the first generation"), Ok(RawDate::Weekday(Weekday::Tue)), "an ordinal of a noun");
        assert_eq!(day("Sunday 31 people"), Ok(RawDate::Weekday(Weekday::Sun)), "a count after a weekday");
        assert_eq!(day("Monday 5 of the 12"), Ok(RawDate::Weekday(Weekday::Mon)));
        assert_eq!(day("Thursday 8:00 GMT"), Ok(RawDate::Weekday(Weekday::Thu)), "a time after a weekday");
    }

    #[test]
    fn month_and_day_with_a_slash() {
        assert_eq!(cal("4/22 was"), (None, None, 4, 22, None));
        assert_eq!(cal("on 3/4."), (None, None, 3, 4, None));
        assert_eq!(cal("15/2 was"), (None, None, 2, 15, None));
        assert!(raw_date("3/4 of").is_err(), "a fraction");
        assert!(raw_date("on 9/11").is_err(), "an event's name");
        assert!(raw_date("on 24/7").is_err());
        assert!(raw_date("4/22/x").is_err());
    }

    #[test]
    fn weekdays_of_relative_weeks_and_months() {
        let wow = |t: &'static str| raw_date(t).map(|r| r.1);
        assert_eq!(wow("Friday next week"), Ok(RawDate::WeekdayOfWeek(Weekday::Fri, 1)));
        assert_eq!(wow("Tuesday of this week"), Ok(RawDate::WeekdayOfWeek(Weekday::Tue, 0)));
        assert_eq!(wow("next week on Friday"), Ok(RawDate::WeekdayOfWeek(Weekday::Fri, 1)));
        assert_eq!(wow("last week's Sunday"), Ok(RawDate::WeekdayOfWeek(Weekday::Sun, -1)));
        assert_eq!(wow("the 20th of next month"), Ok(RawDate::DayOfMonthFromNow { day: 20, months: 1 }));
        assert_eq!(wow("the 15th day of next month"), Ok(RawDate::DayOfMonthFromNow { day: 15, months: 1 }));
        let first_friday = RawDate::NthWeekdayFromNow { nth: 1, weekday: Weekday::Fri, months: 1 };
        assert_eq!(wow("the first Friday of next month"), Ok(first_friday));
        assert_eq!(wow("last week"), Ok(RawDate::WeeksFromNow(-1)));
    }

    #[test]
    fn months_of_a_year() {
        assert_eq!(raw_date("March 2025").map(|r| r.1), Ok(RawDate::MonthOfYear { year: 2025, month: 3 }));
        assert_eq!(raw_date("March of 2008,").map(|r| r.1), Ok(RawDate::MonthOfYear { year: 2008, month: 3 }));
    }

    #[test]
    fn directed_and_nth_weekdays() {
        let directed = |t: &'static str| raw_date(t).map(|r| r.1);
        assert_eq!(directed("last Sunday"), Ok(RawDate::DirectedWeekday(Weekday::Sun, Toward::PreviousWeek)));
        assert_eq!(directed("this coming Monday"), Ok(RawDate::DirectedWeekday(Weekday::Mon, Toward::Coming)));
        assert_eq!(directed("this past Monday"), Ok(RawDate::DirectedWeekday(Weekday::Mon, Toward::Past)));
        let nth = raw_date("the last Monday of March 2014.").unwrap();
        assert_eq!(nth, (".", RawDate::NthWeekday { nth: 0, weekday: Weekday::Mon, month: 3, year: Some(2014) }));
        assert!(raw_date("the first Tuesday meeting").is_err());
        assert_eq!(raw_date("day after tomorrow").map(|r| r.1), Ok(RawDate::DaysFromNow(2)));
        assert_eq!(cal("Dec. 31 , 1994"), (None, Some(1994), 12, 31, None));
    }

    #[test]
    fn news_date_forms() {
        assert_eq!(cal("Dec 7"), (None, None, 12, 7, None));
        assert_eq!(cal("January 9 and 10"), (None, None, 1, 9, Some(10)));
        assert_eq!(cal("9-10 January"), (None, None, 1, 9, Some(10)));
        assert_eq!(cal("3 October"), (None, None, 10, 3, None));
        assert_eq!(cal("Friday, October 3"), (Some(Weekday::Fri), None, 10, 3, None));
        assert_eq!(cal("2025-03-10"), (None, Some(2025), 3, 10, None));
        assert_eq!(cal("09 December,2021 08:13"), (None, Some(2021), 12, 9, None));
        assert_eq!(cal("March 10, 2025 —"), (None, Some(2025), 3, 10, None));
        assert_eq!(cal("3rd of October"), (None, None, 10, 3, None));
        assert_eq!(cal("February 30"), (None, None, 2, 30, None));
        assert_eq!(cal("the second of March"), (None, None, 3, 2, None));
        assert_eq!(cal("March twenty-first"), (None, None, 3, 21, None));
        assert!(raw_date("second round").is_err());
    }

    #[test]
    fn days_of_an_unnamed_month() {
        assert_eq!(raw_date("on the 24th.").map(|r| r.1), Ok(RawDate::DayOfMonth { weekday: None, day: 24 }));
        assert_eq!(raw_date("Thu 15th").map(|r| r.1), Ok(RawDate::DayOfMonth { weekday: Some(Weekday::Thu), day: 15 }));
        assert_eq!(
            raw_date("Tuesday the 19th").map(|r| r.1),
            Ok(RawDate::DayOfMonth { weekday: Some(Weekday::Tue), day: 19 })
        );
        assert!(raw_date("the 2nd conference").is_err());
        // An ordinal word is a day only after a weekday ("4 percent in the
        // third" is the third year of a contract).
        assert!(raw_date("the third.").is_err());
        assert_eq!(
            raw_date("Tuesday the eleventh").map(|r| r.1),
            Ok(RawDate::DayOfMonth { weekday: Some(Weekday::Tue), day: 11 })
        );
    }

    #[test]
    fn relative_and_weekdays() {
        assert_eq!(raw_date("yesterday").map(|r| r.1), Ok(RawDate::DaysFromNow(-1)));
        assert_eq!(raw_date("last week").map(|r| r.1), Ok(RawDate::WeeksFromNow(-1)));
        assert_eq!(raw_date("Tuesday's").map(|r| r.1), Ok(RawDate::Weekday(Weekday::Tue)));
        assert!(raw_date("May I").is_err());
        assert!(raw_date("march on").is_err());
    }
}
