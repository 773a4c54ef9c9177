//! Named days: holidays on a fixed date ("Christmas Day"), on a weekday of a
//! month ("Thanksgiving", "Memorial Day") or counted from Easter ("Good
//! Friday"). Names that could be ordinary words count only capitalized ("a
//! good Friday for stocks" is no holiday); "new year's eve" counts in any
//! case. Days that differ by country (independence days) are left out.
//!
//! ```text
//! holiday = name ((",")? " " year | " of " year)?      "Easter Sunday 2018"
//! ```

use chrono::{Datelike, Days, NaiveDate, Weekday};

use std::sync::OnceLock;

use super::words::{fail, phrase, space, PResult, PhraseIndex};

/// How a holiday's date is found in a given year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// The same month and day every year.
    Fixed(u32, u32),
    /// Days after Easter Sunday (negative: before).
    Easter(i64),
    /// The nth weekday of a month (0: the last), then days after it.
    Nth(u8, Weekday, u32, u64),
}

/// Holiday names, longest first where one starts another.
const HOLIDAYS: &[(&str, Rule)] = &[
    ("christmas day", Rule::Fixed(12, 25)),
    ("christmas eve", Rule::Fixed(12, 24)),
    ("new year's day", Rule::Fixed(1, 1)),
    ("new year’s day", Rule::Fixed(1, 1)),
    ("new year's eve", Rule::Fixed(12, 31)),
    ("new year’s eve", Rule::Fixed(12, 31)),
    ("boxing day", Rule::Fixed(12, 26)),
    ("halloween", Rule::Fixed(10, 31)),
    ("valentine's day", Rule::Fixed(2, 14)),
    ("valentine’s day", Rule::Fixed(2, 14)),
    ("st. patrick's day", Rule::Fixed(3, 17)),
    ("st patrick's day", Rule::Fixed(3, 17)),
    ("saint patrick's day", Rule::Fixed(3, 17)),
    ("bastille day", Rule::Fixed(7, 14)),
    ("armistice day", Rule::Fixed(11, 11)),
    ("veterans day", Rule::Fixed(11, 11)),
    ("remembrance day", Rule::Fixed(11, 11)),
    ("earth day", Rule::Fixed(4, 22)),
    ("juneteenth", Rule::Fixed(6, 19)),
    ("may day", Rule::Fixed(5, 1)),
    ("international workers' day", Rule::Fixed(5, 1)),
    ("international workers’ day", Rule::Fixed(5, 1)),
    ("canada day", Rule::Fixed(7, 1)),
    ("australia day", Rule::Fixed(1, 26)),
    ("anzac day", Rule::Fixed(4, 25)),
    ("easter sunday", Rule::Easter(0)),
    ("easter monday", Rule::Easter(1)),
    ("easter", Rule::Easter(0)),
    ("good friday", Rule::Easter(-2)),
    ("maundy thursday", Rule::Easter(-3)),
    ("holy saturday", Rule::Easter(-1)),
    ("palm sunday", Rule::Easter(-7)),
    ("ash wednesday", Rule::Easter(-46)),
    ("pentecost", Rule::Easter(49)),
    ("whit monday", Rule::Easter(50)),
    ("thanksgiving day", Rule::Nth(4, Weekday::Thu, 11, 0)),
    ("thanksgiving", Rule::Nth(4, Weekday::Thu, 11, 0)),
    ("black friday", Rule::Nth(4, Weekday::Thu, 11, 1)),
    ("cyber monday", Rule::Nth(4, Weekday::Thu, 11, 4)),
    ("memorial day", Rule::Nth(0, Weekday::Mon, 5, 0)),
    ("labor day", Rule::Nth(1, Weekday::Mon, 9, 0)),
    ("martin luther king day", Rule::Nth(3, Weekday::Mon, 1, 0)),
    ("mlk day", Rule::Nth(3, Weekday::Mon, 1, 0)),
    ("martin luther king jr. day", Rule::Nth(3, Weekday::Mon, 1, 0)),
    ("presidents' day", Rule::Nth(3, Weekday::Mon, 2, 0)),
    ("presidents day", Rule::Nth(3, Weekday::Mon, 2, 0)),
    ("columbus day", Rule::Nth(2, Weekday::Mon, 10, 0)),
    ("mother's day", Rule::Nth(2, Weekday::Sun, 5, 0)),
    ("father's day", Rule::Nth(3, Weekday::Sun, 6, 0)),
];

/// The first word of every holiday name, for the scanner's trigger table.
pub fn first_words() -> impl Iterator<Item = &'static str> {
    HOLIDAYS.iter().filter_map(|(name, _)| name.split([' ', '\'', '’', '.']).next())
}

/// A capitalized holiday name, with the year when one follows.
pub fn holiday(input: &str) -> PResult<'_, (Rule, Option<i32>)> {
    static INDEX: OnceLock<PhraseIndex<Rule>> = OnceLock::new();
    let (rest, rule) = PhraseIndex::of(&INDEX, HOLIDAYS).find(input)?;
    let name = input.get(..input.len() - rest.len()).unwrap_or_default();
    if !input.starts_with(|c: char| c.is_ascii_uppercase()) && !unmistakable(name) {
        return fail(input);
    }
    match following_year(rest) {
        Some((r, year)) => Ok((r, (rule, Some(year)))),
        None => Ok((rest, (rule, None))),
    }
}

/// Feasts named without "Day" that count only as the anchor of an offset
/// ("two weeks before Christmas", "five days after New Year"): on their own
/// they are mostly seasons ("Christmas sales", "the New Year holiday").
const FEASTS: &[(&str, Rule)] = &[("christmas", Rule::Fixed(12, 25)), ("new year", Rule::Fixed(1, 1))];

/// Words after which a feast's name has ended ("before Christmas in 2009").
const AFTER_A_FEAST: &[&str] = &["in", "on", "and", "or", "when", "this", "last", "next", "of", "to", "at", "with"];

/// A feast as an offset's anchor: a holiday, or a capitalized [`FEASTS`]
/// name that ends there ("before Christmas.", not "before Christmas sales").
pub fn anchor(input: &str) -> PResult<'_, (Rule, Option<i32>)> {
    if let Ok(found) = holiday(input) {
        return Ok(found);
    }
    let (rest, rule) = super::words::any_phrase(FEASTS)(input)?;
    let next = rest.trim_start_matches(' ');
    let ends = !next.starts_with(char::is_alphanumeric) || super::words::first_word_in(next, AFTER_A_FEAST);
    if !input.starts_with(|c: char| c.is_ascii_uppercase()) || rest.starts_with(['\'', '’']) {
        return fail(input);
    }
    match following_year(rest) {
        Some((r, year)) => Ok((r, (rule, Some(year)))),
        None if ends => Ok((rest, (rule, None))),
        None => fail(input),
    }
}

/// True for a holiday name that means nothing else even in lower case
/// ("christmas eve", "new year's day"); "good friday", "easter",
/// "thanksgiving" and "may day" need their capitals.
fn unmistakable(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    let one_word = ["christmas", "halloween", "juneteenth"].contains(&lower.as_str());
    let ends_in_day = lower.ends_with(" day") || lower.ends_with(" eve");
    one_word || (ends_in_day && lower.contains(' ') && !lower.starts_with("may "))
}

/// ", 2014", " 2014" or " of 2015" after a name.
fn following_year(rest: &str) -> Option<(&str, i32)> {
    let r = rest.strip_prefix(',').unwrap_or(rest);
    let (r, _) = space(r).ok()?;
    let r = phrase("of")(r).and_then(|(r, _)| space(r)).map_or(r, |(r, _)| r);
    let (digits, after) = r.split_at_checked(4)?;
    if !digits.bytes().all(|b| b.is_ascii_digit()) || after.starts_with(char::is_alphanumeric) {
        return None;
    }
    Some((after, digits.parse().ok()?))
}

/// The holiday's date in `year`.
pub fn in_year(rule: Rule, year: i32) -> Option<NaiveDate> {
    match rule {
        Rule::Fixed(month, day) => NaiveDate::from_ymd_opt(year, month, day),
        Rule::Easter(offset) => {
            let easter = easter_sunday(year)?;
            if offset >= 0 {
                easter.checked_add_days(Days::new(offset.unsigned_abs()))
            } else {
                easter.checked_sub_days(Days::new(offset.unsigned_abs()))
            }
        }
        Rule::Nth(nth, weekday, month, after) => {
            nth_weekday_of(year, month, weekday, nth)?.checked_add_days(Days::new(after))
        }
    }
}

/// The nth (1–5; 0 for the last) `weekday` of a month of a year.
pub fn nth_weekday_of(year: i32, month: u32, weekday: Weekday, nth: u8) -> Option<NaiveDate> {
    match nth {
        0 => (1..=5).rev().find_map(|n| NaiveDate::from_weekday_of_month_opt(year, month, weekday, n)),
        n => NaiveDate::from_weekday_of_month_opt(year, month, weekday, n),
    }
}

/// Western Easter Sunday (the anonymous Gregorian algorithm).
fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15).rem_euclid(30);
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k).rem_euclid(7);
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
        .filter(|d| d.weekday() == Weekday::Sun)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn easter_and_its_days() {
        assert_eq!(easter_sunday(2018), Some(d(2018, 4, 1)));
        assert_eq!(easter_sunday(2019), Some(d(2019, 4, 21)));
        assert_eq!(easter_sunday(2025), Some(d(2025, 4, 20)));
        assert_eq!(in_year(Rule::Easter(-2), 2025), Some(d(2025, 4, 18)));
    }

    #[test]
    fn weekday_holidays() {
        assert_eq!(in_year(Rule::Nth(4, Weekday::Thu, 11, 0), 2010), Some(d(2010, 11, 25)));
        assert_eq!(in_year(Rule::Nth(4, Weekday::Thu, 11, 4), 2015), Some(d(2015, 11, 30)));
        assert_eq!(in_year(Rule::Nth(0, Weekday::Mon, 5, 0), 2024), Some(d(2024, 5, 27)));
    }

    #[test]
    fn ambiguous_names_are_capitalized_and_names_take_a_year() {
        assert_eq!(holiday("Christmas Eve, 2014 was").map(|r| r.1), Ok((Rule::Fixed(12, 24), Some(2014))));
        assert_eq!(holiday("Father's Day of 2015").map(|r| r.1 .1), Ok(Some(2015)));
        assert_eq!(holiday("Easter weekend").map(|r| r.1), Ok((Rule::Easter(0), None)));
        assert!(holiday("good friday").is_err());
        assert!(holiday("thanksgiving").is_err());
        assert!(holiday("may day").is_err());
        assert_eq!(holiday("new year's eve").map(|r| r.1), Ok((Rule::Fixed(12, 31), None)));
        assert_eq!(holiday("father's day 2015").map(|r| r.1 .1), Ok(Some(2015)));
        assert!(holiday("Christmas tree").is_err());
    }

    #[test]
    fn feasts_anchor_offsets_only_where_their_name_ends() {
        assert_eq!(anchor("Christmas.").map(|r| r.1), Ok((Rule::Fixed(12, 25), None)));
        assert_eq!(anchor("New Year 2020").map(|r| r.1), Ok((Rule::Fixed(1, 1), Some(2020))));
        assert_eq!(anchor("Christmas Eve").map(|r| r.1 .0), Ok(Rule::Fixed(12, 24)));
        assert!(anchor("Christmas Shopping").is_err());
        assert!(anchor("Christmas shopping").is_err());
        assert_eq!(anchor("Christmas in 2009").map(|r| r.1 .0), Ok(Rule::Fixed(12, 25)));
        assert!(anchor("New Year's resolutions").is_err());
    }
}
