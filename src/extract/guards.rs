//! Places where a parser reads a figure that is no claim: a weekday that
//! names an event ("Black Monday"), a rolling period ("the last year"), an
//! age to come ("the cars of tomorrow"), a clock offset with nothing to count
//! from, a rate ("$28 an hour"), "one day" meaning some day, "at first", and
//! the tail of an identifier ("133-03-03-2020").

use super::{names, Found};
use crate::claim::{Claim, ClaimKind};
use crate::document::Document;
use crate::grammar::{duration, lexicon, words};

/// True when `input` starts with a weekday, after "on" or not.
pub(super) fn starts_with_weekday(input: &str) -> bool {
    let day = words::phrase("on")(input).and_then(|(r, _)| words::space(r)).map_or(input, |(r, _)| r);
    lexicon::WEEKDAYS.iter().any(|(w, _)| words::first_word_in(day, &[w]))
}

/// True for a weekday that names an event ("Black Monday", "Super
/// Tuesday"), not a day near the publication date.
pub(super) fn named_day(doc: &Document, start: usize, input: &str) -> bool {
    input.starts_with(|c: char| c.is_ascii_uppercase())
        && names::names_the_weekday(&doc.text, start)
        && starts_with_weekday(input)
}

/// True for "last"/"next" after "the" or "past" ("in the last year", "over
/// the next week"): a stretch counted back or forward from now, not the
/// calendar's year or week before or after the publication date.
pub(super) fn rolling_period(text: &str, start: usize, input: &str) -> bool {
    let before = words::word_before(text, start);
    words::first_word_in(input, &["last", "next"])
        && (before.eq_ignore_ascii_case("the") || before.eq_ignore_ascii_case("past"))
}

/// Words after a count or a duration that may make it a clock offset
/// ("three hours later", "an hour ago").
const CLOCK_OFFSET_WORDS: &[&str] =
    &["hours", "hour", "hrs", "minutes", "minute", "mins", "seconds", "later", "ago", "earlier", "from", "hence"];

/// True for a count or duration that is part of a clock offset with no time
/// to count from ("Three hours later, crews arrived."): neither a count of
/// three nor a duration, so no claim at all.
pub(super) fn is_unanchored_clock_offset(input: &str, found: &Found, start: usize) -> bool {
    let rest = input.get(found.end - start..).unwrap_or_default().trim_start();
    matches!(found.kind, ClaimKind::Count | ClaimKind::Duration)
        && words::first_word_in(rest, CLOCK_OFFSET_WORDS)
        && matches!(duration::anchored_offset(input), Ok((_, (duration::Offset::Clock(_), _))))
}

/// Words before "of tomorrow" that make it the day ("the end of tomorrow").
const PARTS_OF_A_DAY: &[&str] =
    &["end", "start", "beginning", "middle", "morning", "afternoon", "evening", "night", "rest", "events"];

/// True for "tomorrow" after "of" ("the cars of tomorrow", "the city of
/// tomorrow"): an age to come, not a day. ("The end of tomorrow", "the
/// events of today" and "a lot of tomorrow's trading" are the day.)
pub(super) fn generic_day(text: &str, start: usize, input: &str) -> bool {
    if !words::first_word_in(input, &["tomorrow"])
        || input.get(8..).is_some_and(|r| r.starts_with(['\'', '’']))
        || !words::word_before(text, start).eq_ignore_ascii_case("of")
    {
        return false;
    }
    let of_start = text.get(..start).map_or(0, |b| b.trim_end().len().saturating_sub(2));
    let owner = words::word_before(text, of_start);
    !PARTS_OF_A_DAY.iter().any(|p| p.eq_ignore_ascii_case(owner))
}

/// True for the "first" of "at first" ("slow at first", "at first glance"):
/// a manner, not a rank.
pub(super) fn at_first(text: &str, start: usize, input: &str) -> bool {
    words::first_word_in(input, &["first"]) && words::word_before(text, start).eq_ignore_ascii_case("at")
}

/// Words after "one day" that open a clause: "one day the United States
/// might return", "one day, he said" mean some day, not a day long.
const CLAUSE_OPENERS: &[&str] =
    &["the", "he", "she", "they", "we", "i", "it", "you", "this", "that", "there", "his", "her", "their", "our"];

/// True for "one day" meaning some day, not a duration: a clause follows it
/// and no preposition ("for one day", "within one day") leads it.
pub(super) fn is_someday(text: &str, start: usize, input: &str, found: &Found) -> bool {
    let written = input.get(..found.end - start).unwrap_or_default();
    if found.kind != ClaimKind::Duration || !written.eq_ignore_ascii_case("one day") {
        return false;
    }
    let after = input.get(found.end - start..).unwrap_or_default();
    let clause_follows = after.starts_with(',') || words::first_word_in(after.trim_start(), CLAUSE_OPENERS);
    let led = ["for", "within", "in", "after", "of", "than", "only", "just", "about", "over"]
        .iter()
        .any(|w| words::word_before(text, start).eq_ignore_ascii_case(w));
    clause_follows && !led
}

/// True for "an hour" right after a figure ("$28 an hour", "60 km an
/// hour"): the figure's rate, not a duration of its own.
pub(super) fn is_a_rate(text: &str, start: usize, input: &str, found: &Found, earlier: &[Claim]) -> bool {
    found.kind == ClaimKind::Duration
        && words::first_word_in(input, &["a", "an"])
        && earlier.last().is_some_and(|c| text.get(c.span.end..start).is_some_and(|between| between.trim().is_empty()))
}

/// True when `start` is in the middle of a run of figures joined by
/// dashes, slashes, dots or colons that no parser read whole
/// ("133-03-03-2020", "+1-222-2222", the "00" of "8:00"): an identifier, a
/// phone number or the rest of a time, not a claim.
pub(super) fn continues_a_figure(text: &str, start: usize) -> bool {
    let mut before = text.get(..start).unwrap_or_default().chars().rev();
    matches!(before.next(), Some('-' | '/' | '.' | ':')) && before.next().is_some_and(|c| c.is_ascii_digit())
}
