//! Stretches of days named as such: parts of a month, a year or a decade
//! ("early March", "mid-2008", "the late 1980s"), weeks of a month ("the last
//! week of March"), halves of a year ("the second half of this year"), seasons ("fall 2007", "the summer of 2009", "this
//! spring"), decades ("the 1990s"), spans of months ("between September and
//! October of 2007", "from May to July 2008") and weekends ("this weekend").
//!
//! ```text
//! stretch    = part_of | week_of | half_of | season | decade | month_span
//! part_of    = "the"? part (month year? | year)
//! part       = "early" | "mid" | "mid-" | "late"
//! week_of    = "the"? ("first" … "fourth" | "last" | "final") "week" ("of" | "in") month year?
//! half_of    = "the"? ("first" | "second") "half" ("of" | "in") (year | ("this" | "last" | "next") "year")
//! season     = "the"? season "of"? year | ("this" | "last" | "next") season
//! decade     = "the"? (part "-"?)? 19X0 ("s" | "'s")
//! month_span = ("between" | "from") month join month year?
//!            | month join month year
//! join       = "-" | "–" | "and" | "to" | "through" | "until"
//! weekend    = ("this" | "last" | "next") "weekend" | ("over" | "at" | "on")? "the weekend"
//! ```
//!
//! Parts are read generously, so that two reports that word one time
//! differently do not disagree: early is days 1–15 of a month (January to
//! June of a year, years 0–4 of a decade), mid days 10–20 (April to
//! September, years 3–7), late day 16 to the end (July to December, years
//! 5–9). Seasons are the northern meteorological ones: spring March to May,
//! summer June to August, fall (autumn) September to November; winter
//! straddles two years and is not read.

use super::month::MonthPick;
use super::{month, trailing_year, year_number, RawDate};
use crate::grammar::words::{any_phrase, at_boundary, fail, first_word_in, phrase, space, space0, PResult};

/// The year a stretch is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum YearOf {
    /// Written out ("fall 2007").
    Stated(i32),
    /// Picked as for a month named alone ("early March", "last summer").
    Picked(MonthPick),
}

/// A part of a month, a year or a decade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    Early,
    Mid,
    Late,
}

impl Part {
    /// The days of a month it covers; 0 is the month's last day.
    fn days(self) -> (u32, u32) {
        match self {
            Part::Early => (1, 15),
            Part::Mid => (10, 20),
            Part::Late => (16, 0),
        }
    }

    /// The months of a year it covers.
    fn months(self) -> (u32, u32) {
        match self {
            Part::Early => (1, 6),
            Part::Mid => (4, 9),
            Part::Late => (7, 12),
        }
    }

    /// The years of a decade it covers.
    fn years(self) -> (i32, i32) {
        match self {
            Part::Early => (0, 4),
            Part::Mid => (3, 7),
            Part::Late => (5, 9),
        }
    }
}

/// Seasons: their first and last month.
const SEASONS: &[(&str, (u32, u32))] =
    &[("spring", (3, 5)), ("summer", (6, 8)), ("fall", (9, 11)), ("autumn", (9, 11))];

/// Which week of a month: its first and last day (0 is the month's last).
const WEEKS: &[(&str, (u32, u32))] = &[
    ("first", (1, 7)),
    ("second", (8, 14)),
    ("third", (15, 21)),
    ("fourth", (22, 28)),
    ("last", (25, 0)),
    ("final", (25, 0)),
];

/// Direction words before a season or a weekend.
const DIRECTIONS: &[(&str, MonthPick)] =
    &[("this", MonthPick::YearsFromNow(0)), ("last", MonthPick::Last), ("next", MonthPick::Next)];

/// Which parsers a stretch's first word can start.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Lead {
    /// "the": what follows it.
    The,
    /// "early", "mid", "late": a part of a month, a year or a decade.
    Part,
    /// "first" … "last": a week of a month.
    Week,
    /// "this", "last", "next": a season or a weekend.
    Direction,
    /// A season's name.
    Season,
    /// "over", "at", "on": a weekend.
    Weekend,
    /// "between", "from", or a month: a span of months.
    Span,
}

/// First words of stretches. A month's name leads a span of months; a
/// decade starts with "1" or "2".
const LEADS: &[(&str, Lead)] = &[
    ("the", Lead::The),
    ("early", Lead::Part),
    ("mid", Lead::Part),
    ("late", Lead::Part),
    ("first", Lead::Week),
    ("second", Lead::Week),
    ("third", Lead::Week),
    ("fourth", Lead::Week),
    ("final", Lead::Week),
    ("last", Lead::Direction),
    ("this", Lead::Direction),
    ("next", Lead::Direction),
    ("spring", Lead::Season),
    ("summer", Lead::Season),
    ("fall", Lead::Season),
    ("autumn", Lead::Season),
    ("over", Lead::Weekend),
    ("at", Lead::Weekend),
    ("on", Lead::Weekend),
    ("between", Lead::Span),
    ("from", Lead::Span),
];

/// Words that join the two months of a span.
const SPAN_JOINS: &[&str] = &["and", "to", "through", "until"];

/// Any stretch. Most places where a date is tried start none, so the first
/// word is looked up once and only its parsers run.
pub(super) fn stretch(input: &str) -> PResult<'_, RawDate> {
    if input.starts_with(['1', '2']) {
        return decade(input);
    }
    let first = input.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or_default();
    // A span led by its month has a dash or a joining word after it
    // ("September-October 2007", "May to July 2008").
    let joined_next = || {
        input.get(first.len()..).is_some_and(|r| {
            let r = r.trim_start_matches(['.', ' ']);
            r.starts_with(['-', '–']) || first_word_in(r, SPAN_JOINS)
        })
    };
    let lead = match crate::grammar::words::lookup(LEADS, first) {
        Some(lead) => lead,
        None if joined_next() && month(input).is_ok() => Lead::Span,
        None => return fail(input),
    };
    match lead {
        Lead::The => {
            let (after_the, _) = space(phrase("the")(input)?.0)?;
            decade(after_the)
                .or_else(|_| part_of(after_the))
                .or_else(|_| week_of(after_the))
                .or_else(|_| half_of(after_the))
                .or_else(|_| season(after_the))
                .or_else(|_| weekend(input))
        }
        Lead::Part => decade(input).or_else(|_| part_of(input)),
        Lead::Week => week_of(input).or_else(|_| half_of(input)),
        Lead::Direction => week_of(input).or_else(|_| season(input)).or_else(|_| weekend(input)),
        Lead::Season => season(input),
        Lead::Weekend => weekend(input),
        Lead::Span => month_span(input),
    }
}

/// "early", "mid", "mid-", "late", then a space (or the hyphen of "mid-").
fn part(input: &str) -> PResult<'_, Part> {
    if let Some(rest) = input.get(..4).filter(|h| h.eq_ignore_ascii_case("mid-")).and(input.get(4..)) {
        return Ok((rest, Part::Mid));
    }
    let (rest, p) = any_phrase(&[("early", Part::Early), ("mid", Part::Mid), ("late", Part::Late)])(input)?;
    let rest = rest.strip_prefix('-').map_or_else(|| space(rest).map(|(r, _)| r), Ok)?;
    Ok((rest, p))
}

/// "early March", "late March 2009", "mid-2008", "late 2009".
fn part_of(input: &str) -> PResult<'_, RawDate> {
    let (rest, p) = part(input)?;
    if let Ok((r, y)) = year_number(rest) {
        let (first, last) = p.months();
        return Ok((r, whole_months(YearOf::Stated(y), first, last)));
    }
    let (r, m) = month(rest)?;
    if !at_boundary(r) || r.trim_start().starts_with(|c: char| c.is_ascii_digit()) && trailing_year(r).1.is_none() {
        return fail(input);
    }
    let (r, year) = trailing_year(r);
    let (from, to) = p.days();
    Ok((r, RawDate::Stretch { year: year_of(year), from: (m, from), to: (m, to), years: 0 }))
}

/// "the last week of March", "the first week in April 2010".
fn week_of(input: &str) -> PResult<'_, RawDate> {
    let (rest, (from, to)) = any_phrase(WEEKS)(input)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = phrase("week")(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = any_phrase(&[("of", ()), ("in", ())])(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, m) = month(rest)?;
    if !at_boundary(rest) {
        return fail(input);
    }
    let (rest, year) = trailing_year(rest);
    Ok((rest, RawDate::Stretch { year: year_of(year), from: (m, from), to: (m, to), years: 0 }))
}

/// Years named from now after "half of": "this year" is 0.
const YEARS_FROM_NOW: &[(&str, i64)] = &[("this year", 0), ("last year", -1), ("next year", 1)];

/// "the first half of 2009", "the second half of this year": January to
/// June or July to December.
fn half_of(input: &str) -> PResult<'_, RawDate> {
    let (rest, (first, last)) = any_phrase(&[("first", (1, 6)), ("second", (7, 12))])(input)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = phrase("half")(rest)?;
    let (rest, _) = space(rest)?;
    let (rest, _) = any_phrase(&[("of", ()), ("in", ())])(rest)?;
    let (rest, _) = space(rest)?;
    if let Ok((r, years)) = any_phrase(YEARS_FROM_NOW)(rest) {
        return Ok((r, whole_months(YearOf::Picked(MonthPick::YearsFromNow(years)), first, last)));
    }
    let (rest, y) = year_number(rest)?;
    Ok((rest, whole_months(YearOf::Stated(y), first, last)))
}

/// "fall 2007", "the summer of 2009", "spring 2010", "this spring", "last
/// summer".
fn season(input: &str) -> PResult<'_, RawDate> {
    if let Ok((rest, pick)) = any_phrase(DIRECTIONS)(input) {
        let (rest, _) = space(rest)?;
        let (rest, (first, last)) = any_phrase(SEASONS)(rest)?;
        return Ok((rest, whole_months(YearOf::Picked(pick), first, last)));
    }
    let (rest, (first, last)) = any_phrase(SEASONS)(input)?;
    let (rest, _) = space(rest)?;
    let rest = phrase("of")(rest).and_then(|(r, _)| space(r)).map_or(rest, |(r, _)| r);
    let (rest, y) = year_number(rest)?;
    Ok((rest, whole_months(YearOf::Stated(y), first, last)))
}

/// "the 1990s", "the 1980's", "the late 1980s", "the mid-1970s".
fn decade(input: &str) -> PResult<'_, RawDate> {
    let (rest, p) = match part(input) {
        Ok((r, p)) => (r, Some(p)),
        Err(_) => (input, None),
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let year = rest.get(..digits).and_then(|d| d.parse::<i32>().ok()).filter(|y| digits == 4 && y % 10 == 0);
    let Some(first_year) = year.filter(|y| (1000..=2990).contains(y)) else { return fail(input) };
    let after = rest.get(digits..).unwrap_or_default();
    let after = after.strip_prefix("'s").or_else(|| after.strip_prefix("’s")).or_else(|| after.strip_prefix('s'));
    let Some(after) = after.filter(|a| at_boundary(a)) else { return fail(input) };
    let (from, to) = p.map_or((0, 9), Part::years);
    let year = YearOf::Stated(first_year + from);
    Ok((after, RawDate::Stretch { year, from: (1, 1), to: (12, 0), years: u8::try_from(to - from).unwrap_or(0) }))
}

/// "between September and October of 2007", "from May to July 2008",
/// "September-October 2007", "May to July 2008" (without a lead word, only
/// with a year).
fn month_span(input: &str) -> PResult<'_, RawDate> {
    let (rest, led) = match any_phrase(&[("between", ()), ("from", ())])(input).and_then(|(r, _)| space(r)) {
        Ok((r, _)) => (r, true),
        Err(_) => (input, false),
    };
    let (rest, first) = month(rest)?;
    let separators: &[(&str, ())] = &[("and", ()), ("to", ()), ("through", ()), ("until", ())];
    let rest = match rest.trim_start_matches(' ').strip_prefix(['-', '–']) {
        Some(r) => space0(r)?.0,
        None => space(any_phrase(separators)(space(rest)?.0)?.0)?.0,
    };
    let (rest, last) = month(rest)?;
    if !at_boundary(rest)
        || first == last
        || rest.trim_start().starts_with(|c: char| c.is_ascii_digit()) && trailing_year(rest).1.is_none()
    {
        return fail(input);
    }
    let (rest, year) = trailing_year(rest);
    if year.is_none() && !led {
        return fail(input);
    }
    // The year written is the end's: "November to February 2009" starts in 2008.
    let crosses = u8::from(last < first);
    let year = match year {
        Some(y) => YearOf::Stated(y - i32::from(crosses)),
        None => YearOf::Picked(MonthPick::ByTense),
    };
    Ok((rest, RawDate::Stretch { year, from: (first, 1), to: (last, 0), years: crosses }))
}

/// "this weekend", "last weekend", "(over) the weekend".
fn weekend(input: &str) -> PResult<'_, RawDate> {
    let (rest, weeks) = match any_phrase(&[("this", 0i64), ("last", -1), ("next", 1)])(input) {
        Ok((r, w)) => (space(r)?.0, Some(w)),
        Err(_) => {
            let (r, _) = any_phrase(&[("over the", ()), ("at the", ()), ("on the", ()), ("the", ())])(input)?;
            (space(r)?.0, None)
        }
    };
    let (rest, _) = phrase("weekend")(rest)?;
    Ok((rest, RawDate::Weekend(weeks)))
}

/// Whole months `first` to `last` of one year.
fn whole_months(year: YearOf, first: u32, last: u32) -> RawDate {
    RawDate::Stretch { year, from: (first, 1), to: (last, 0), years: 0 }
}

/// A stated year, or the one picked by tense.
fn year_of(year: Option<i32>) -> YearOf {
    year.map_or(YearOf::Picked(MonthPick::ByTense), YearOf::Stated)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parsed(text: &'static str) -> Option<(RawDate, &'static str)> {
        stretch(text).ok().map(|(rest, raw)| (raw, rest))
    }

    fn stated(y: i32, from: (u32, u32), to: (u32, u32), years: u8) -> RawDate {
        RawDate::Stretch { year: YearOf::Stated(y), from, to, years }
    }

    #[test]
    fn parts_of_months_years_and_decades() {
        let by_tense = YearOf::Picked(MonthPick::ByTense);
        assert_eq!(
            parsed("early March,").map(|p| p.0),
            Some(RawDate::Stretch { year: by_tense, from: (3, 1), to: (3, 15), years: 0 })
        );
        assert_eq!(
            parsed("mid-January").map(|p| p.0),
            Some(RawDate::Stretch { year: by_tense, from: (1, 10), to: (1, 20), years: 0 })
        );
        assert_eq!(parsed("late March 2009").map(|p| p.0), Some(stated(2009, (3, 16), (3, 0), 0)));
        assert_eq!(parsed("late 2009.").map(|p| p.0), Some(stated(2009, (7, 1), (12, 0), 0)));
        assert_eq!(parsed("the late 1980's").map(|p| p.0), Some(stated(1985, (1, 1), (12, 0), 4)));
        assert_eq!(parsed("the 1990s").map(|p| p.0), Some(stated(1990, (1, 1), (12, 0), 9)));
        assert_eq!(parsed("mid-1970s").map(|p| p.0), Some(stated(1973, (1, 1), (12, 0), 4)));
        assert!(parsed("late March 10").is_none(), "a day: another parser");
        assert!(parsed("early 1985s").is_none() && parsed("the 1990 season").is_none());
        assert!(parsed("late payments").is_none());
    }

    #[test]
    fn weeks_seasons_and_spans() {
        assert_eq!(
            parsed("the last week of March")
                .map(|p| p.0)
                .map(|r| matches!(r, RawDate::Stretch { from: (3, 25), to: (3, 0), .. })),
            Some(true)
        );
        assert_eq!(parsed("fall 2007").map(|p| p.0), Some(stated(2007, (9, 1), (11, 0), 0)));
        assert_eq!(parsed("the first half of 2009").map(|p| p.0), Some(stated(2009, (1, 1), (6, 0), 0)));
        let this_year = YearOf::Picked(MonthPick::YearsFromNow(0));
        assert_eq!(parsed("second half of this year").map(|p| p.0), Some(whole_months(this_year, 7, 12)));
        assert!(parsed("the second half of the game").is_none());
        assert_eq!(parsed("the summer of 2009").map(|p| p.0), Some(stated(2009, (6, 1), (8, 0), 0)));
        assert_eq!(parsed("last summer").map(|p| p.0), Some(whole_months(YearOf::Picked(MonthPick::Last), 6, 8)));
        assert!(parsed("fall 20%").is_none() && parsed("spring training").is_none());
        assert_eq!(
            parsed("between September and October of 2007").map(|p| p.0),
            Some(stated(2007, (9, 1), (10, 0), 0))
        );
        assert_eq!(parsed("from November to February 2009").map(|p| p.0), Some(stated(2008, (11, 1), (2, 0), 1)));
        assert_eq!(parsed("September-October 2007").map(|p| p.0), Some(stated(2007, (9, 1), (10, 0), 0)));
        assert!(parsed("from May to July 4").is_none(), "a day: another parser");
        assert!(parsed("March-April").is_none(), "no year, no lead word");
        assert_eq!(parsed("May to July 2008").map(|p| p.0), Some(stated(2008, (5, 1), (7, 0), 0)));
        assert!(parsed("May and June were wet").is_none());
        assert_eq!(parsed("this weekend").map(|p| p.0), Some(RawDate::Weekend(Some(0))));
        assert_eq!(parsed("over the weekend").map(|p| p.0), Some(RawDate::Weekend(None)));
    }
}
