//! Figures as claims: durations, counts, money, percentages, quantities,
//! ordinals, and the bare numbers that are years or names instead ("in
//! 2014", "Boeing 787", "iOS 5").

use super::{names, Found};
use crate::claim::{Amount, ClaimKind, DateValue, Value};
use crate::document::Document;
use crate::grammar::{amount, duration, lexicon, number, words};
use chrono::NaiveDate;

/// A duration. Not a figure before a capitalized unit that names a group
/// by its number ("15 Year 8 pupils", a school year).
pub(super) fn duration_at(input: &str, start: usize) -> Option<Found> {
    let (rest, amount) = duration::duration(input).ok()?;
    if names_a_numbered_group(input.get(..input.len() - rest.len()).unwrap_or_default(), rest) {
        return None;
    }
    Some(Found {
        kind: ClaimKind::Duration,
        value: Value::Amount(amount),
        end: start + input.len() - rest.len(),
        relative: false,
    })
}

/// True when a duration as `written` ends in a capitalized unit that a
/// number follows (`rest`): "15 Year 8", a count of a group named "Year 8",
/// not fifteen years.
fn names_a_numbered_group(written: &str, rest: &str) -> bool {
    let unit = written.rsplit(' ').next().unwrap_or_default();
    let numbered = rest.strip_prefix(' ').is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    numbered && unit.starts_with(|c: char| c.is_ascii_uppercase()) && unit.len() > 1
}

/// A person's age written as one ("57-year-old", "26 years old"): a
/// quantity in years of age.
pub(super) fn age_at(input: &str, start: usize) -> Option<Found> {
    let (rest, amount) = crate::grammar::age::age(input).ok()?;
    Some(Found {
        kind: ClaimKind::Quantity,
        value: Value::Amount(amount),
        end: start + input.len() - rest.len(),
        relative: false,
    })
}

/// A share a change is told by: "cut by a third", "fell by half".
pub(super) fn share_of_a_change_at(doc: &Document, input: &str, start: usize) -> Option<Found> {
    if !words::word_before(&doc.text, start).eq_ignore_ascii_case("by") {
        return None;
    }
    let (rest, n) = amount::share_of_a_change(input).ok()?;
    Some(Found {
        kind: ClaimKind::Percent,
        value: Value::Amount(amount::bound(None, n.value, n.precision, Some("%"))),
        end: start + input.len() - rest.len(),
        relative: false,
    })
}

/// Words joined to a figure that name a kind of thing, not things counted
/// ("a 10-point lead", "a 64-bit chip").
const KIND_WORDS: [&str; 4] = ["point", "points", "bit", "bits"];

/// True when a count is joined by a hyphen to a word that names a kind,
/// not things counted: an event noun ("a 13-play drive", "a 12-game
/// run") or one of [`KIND_WORDS`].
fn joined_to_a_kind(rest: &str) -> bool {
    let Some((word, _)) = words::joined_word(rest) else { return false };
    let event = crate::lexical::lemma(word, crate::lexical::Pos::Noun).is_some_and(crate::lexical::is_event);
    event || KIND_WORDS.iter().any(|k| k.eq_ignore_ascii_case(word))
}

/// Counts, money, percentages, quantities, and bare years.
pub(super) fn amount_at<'a>(
    doc: &'a Document,
    input: &str,
    start: usize,
    in_headline: bool,
    named: &names::NamedFigures<'a>,
) -> Option<Found> {
    let (rest, (kind, amount, number)) = amount::amount(input).ok()?;
    let end = start + input.len() - rest.len();
    if kind == ClaimKind::Count && crate::grammar::time::starts_with_meridiem(rest) {
        // "around 7 p.m.": a time led by a qualifier, read from its hour on.
        return None;
    }
    if kind == ClaimKind::Count && joined_to_a_kind(rest) {
        return None;
    }
    if after_clock_hour(&doc.text, start) {
        // "6: 11p", "5: 03p": a comment's time, spaced, not a figure.
        return None;
    }
    if let Some(years) = year_span(&doc.text, start, end, kind) {
        return Some(Found::date(years, end, false));
    }
    // "the 15,599 th plane": an ordinal with its suffix set apart.
    let suffix_next = rest.get(1..).is_some_and(number::starts_with_ordinal_suffix);
    if kind == ClaimKind::Count && suffix_next && figure_ordinal(input).is_some_and(|(_, len)| len > end - start) {
        return None;
    }
    if kind == ClaimKind::Count && names::is_model_designation(input.get(..end - start).unwrap_or_default()) {
        return None;
    }
    let bare = kind == ClaimKind::Count && amount.low == amount.high && !amount.vague;
    let dated = bare || (kind == ClaimKind::Count && words::any_phrase(YEAR_QUALIFIERS)(input).is_ok());
    if dated && number.digits {
        // The first digit of the claim itself ("¾" has none: then its start).
        let written = input.get(..end - start).unwrap_or_default();
        let number_start = start + written.find(|c: char| c.is_ascii_digit()).unwrap_or(0);
        if let Some(year) = bare.then(|| clipped_year(&doc.text, number_start, end, doc.published_date())).flatten() {
            return Some(Found { kind: ClaimKind::Year, value: Value::Year(year), end, relative: false });
        }
        if bare && names::is_name(&doc.text, number_start, end, in_headline) {
            return None;
        }
        if bare && named_elsewhere(doc, named, number_start, end) {
            return None;
        }
        if let Some(year) = as_year(&doc.text, number_start, end, number.value, number.grouped || number.decimal) {
            // "around 2020", "at least 2014": a year, but no exact one.
            return Some(Found { kind: ClaimKind::Year, value: Value::Year(year), end, relative: !bare });
        }
    }
    let capitalized_word = kind == ClaimKind::Count && !number.digits && input.starts_with(char::is_uppercase);
    if capitalized_word && names::is_word_name(&doc.text, doc.sentence_at(start).start, start, in_headline) {
        return None;
    }
    if kind == ClaimKind::Count
        && !number.digits
        && !amount.vague
        && (0.0..=1.0).contains(&number.value)
        && amount.low == amount.high
        && !(number.value == 0.0 && counts_a_plural(&doc.text, end))
        && !(number.value == 1.0 && counts_one(&doc.text, start, end))
    {
        return None;
    }
    let amount = if passed_figure(&doc.text, start, end, &amount) { Amount { high: None, ..amount } } else { amount };
    let value = Value::Amount(amount);
    Some(Found { kind, value, end, relative: false })
}

/// Verbs that tell a figure was passed: the figure after them is a lower
/// bound ("the appeal passed £31,000", "the bill tops £400,000").
const PASSING_VERBS: &[&str] =
    &["passed", "passes", "surpassed", "surpasses", "exceeded", "exceeds", "topped", "tops", "topping"];

/// Words before "top" that make it a verb ("expected to top 50,000",
/// "could top 50,000"), not a rank ("the top 50").
const BEFORE_TOP_AS_VERB: &[&str] = &["to", "could", "would", "will", "may", "might", "should", "can"];

/// True when the figure ending at `end` is the first side of a vote ("27 to
/// 19", "9-4").
fn is_vote_side(text: &str, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let other = rest.strip_prefix(" to ").or_else(|| rest.strip_prefix('-'));
    other.is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

/// True when the exact figure `amount` at `start` follows a verb that tells
/// it was passed ("waiting list passes 50,000", "crowds top 41,000"): a
/// lower bound, as "more than 50,000" is. "top" is a verb only after a
/// plural noun or a modal; "the top 15", "the world's top 40" are ranks.
/// A vote's side is no bound ("the motion passed 27 to 19"). Measured on
/// 2026-12-07 (fortieth session): probes other conflicts 95 → 93 of 448
/// clusters (a festival's 41,500 against a headline's "top 41,000", a
/// petition's 14,800 against "passed 17,200"), drafts other 263 → 259; no
/// slip lost there, ECB+ (both lists, its mutation), WikiNews, the seeds,
/// the golds and the peer suites unchanged. Blind round 115 lost a
/// headline's slip to it, mended since in `pair/unrepeated.rs`.
fn passed_figure(text: &str, start: usize, end: usize, amount: &Amount) -> bool {
    if amount.vague || amount.low.is_none() || amount.high != amount.low || is_vote_side(text, end) {
        return false;
    }
    let verb = words::word_before(text, start);
    if PASSING_VERBS.iter().any(|v| v.eq_ignore_ascii_case(verb)) {
        return true;
    }
    if !verb.eq_ignore_ascii_case("top") {
        return false;
    }
    let verb_start =
        text.get(..start).unwrap_or_default().trim_end_matches([' ', '-']).len().saturating_sub(verb.len());
    let before = words::word_before(text, verb_start);
    crate::lexical::is_plural_noun(before) || BEFORE_TOP_AS_VERB.iter().any(|w| w.eq_ignore_ascii_case(before))
}

/// True when the figure at `start` follows an hour and a colon ("6: 11p"):
/// the minutes of a time written with a space, not a figure of their own.
fn after_clock_hour(text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or_default().trim_end_matches(' ');
    before.strip_suffix(':').is_some_and(|b| b.ends_with(|c: char| c.is_ascii_digit()))
}

/// True when the figure at `start..end` is one the document uses as a name
/// elsewhere ("Boeing 787"), and it follows "the" or no counted noun follows
/// it here ("the 787 would …", "the 787 offers", not "787 jobs"). Years are
/// never names.
fn named_elsewhere<'a>(doc: &'a Document, named: &names::NamedFigures<'a>, start: usize, end: usize) -> bool {
    let figure = doc.text.get(start..end).unwrap_or_default();
    let year_like = figure.len() == 4 && figure.parse::<u32>().is_ok_and(|y| (1800..=2100).contains(&y));
    // "the 787 offers": after "the" the word that follows is a verb; "787
    // jobs" counts.
    let after_the = words::word_before(&doc.text, start).eq_ignore_ascii_case("the");
    (3..=4).contains(&figure.len())
        && figure.bytes().all(|b| b.is_ascii_digit())
        && !year_like
        && (after_the || !counts_a_plural(&doc.text, end))
        && named.contains(&doc.text, &doc.prose, figure)
}

/// A year cut to two digits after an apostrophe ("since '82" is 1982,
/// "iLife '11" written in 2010 is 2011): the latest such year no more than
/// two years after publication. "the '90s" is a decade, no year.
fn clipped_year(text: &str, start: usize, end: usize, published: Option<chrono::NaiveDate>) -> Option<i32> {
    let figure = text.get(start..end).filter(|f| f.len() == 2)?;
    let after_apostrophe = text.get(..start).is_some_and(|b| b.ends_with(['\'', '’']));
    let decade = text.get(end..).is_some_and(|a| a.starts_with(['s', '\'', '’']));
    if !after_apostrophe || decade {
        return None;
    }
    let n: i32 = figure.parse().ok()?;
    let latest = published.map_or(2029, |p| chrono::Datelike::year(&p) + 2);
    Some(if 2000 + n <= latest { 2000 + n } else { 1900 + n })
}

/// Qualifiers that also bound a year: "around 2020", "until at least 2014"
/// (a count otherwise, as "around 2020 people").
const YEAR_QUALIFIERS: &[(&str, ())] = &[
    ("around", ()),
    ("about", ()),
    ("roughly", ()),
    ("approximately", ()),
    ("circa", ()),
    ("at least", ()),
    ("as early as", ()),
];

/// Nouns after "one" that make an idiom, not a count ("one way or
/// another", "at one point", "on one hand").
const ONE_IDIOMS: &[&str] =
    &["way", "thing", "hand", "side", "point", "another", "time", "day", "reason", "example", "direction"];

/// Words before "one" that make it a pronoun's part ("no one", "the one
/// thing", "any one").
const NOT_A_COUNT_BEFORE_ONE: &[&str] = &["no", "the", "this", "that", "any", "every", "each", "which"];

/// True when "one" at `start..end` counts the noun after it ("one person was
/// killed", "one shift cut"), which a count of one says in words.
fn counts_one(text: &str, start: usize, end: usize) -> bool {
    let rest = text.get(end..).unwrap_or_default();
    let Some(gap) = rest.strip_prefix(' ') else { return false };
    let Some((0, next)) = crate::grammar::tokens::words(gap).next() else { return false };
    let before = words::word_before(text, start);
    next.len() >= 3
        && next.chars().all(char::is_lowercase)
        && !crate::grammar::tokens::is_stopword(next)
        && !ONE_IDIOMS.contains(&next)
        && !NOT_A_COUNT_BEFORE_ONE.iter().any(|w| w.eq_ignore_ascii_case(before))
}

/// True when a plural noun follows byte `end` after a space ("zero deaths",
/// "1800 people"): the figure before it counts, so "zero" is a claim there
/// (not in "zero tolerance").
fn counts_a_plural(text: &str, end: usize) -> bool {
    counted_noun(text, end).is_some()
}

/// The plural noun right after byte `end`, after a space, if one is there.
fn counted_noun(text: &str, end: usize) -> Option<&str> {
    let rest = text.get(end..).unwrap_or_default();
    let gap = rest.trim_start_matches([' ', '\t']);
    let Some((0, next)) = crate::grammar::tokens::words(gap).next() else { return None };
    let plural = next.len() > 3 && next.ends_with('s') && !crate::grammar::tokens::is_stopword(next);
    let counted =
        gap.len() < rest.len() && next.chars().all(char::is_lowercase) && (plural || COUNT_NOUNS.contains(&next));
    counted.then_some(next)
}

/// Nouns counted without a plural "s": "1800 people" is a count, not a year.
const COUNT_NOUNS: &[&str] = &[
    "people",
    "police",
    "staff",
    "personnel",
    "children",
    "men",
    "women",
    "crew",
    "cattle",
    "livestock",
    "sheep",
    "fish",
    "aircraft",
    "youth",
];

/// A bare four-digit number read as a year ("in 2014", "since 1987,").
fn as_year(text: &str, start: usize, end: usize, value: f64, formatted: bool) -> Option<i32> {
    if formatted || !(1800.0..=2100.0).contains(&value) || end - start != 4 {
        return None;
    }
    // "1800 people", "2000 troops" count; "2007 models" and "1990 levels"
    // are of a year: news writes counts of thousands with a comma, so only
    // round hundreds or people are counted.
    let counted = counted_noun(text, end).is_some_and(|noun| value % 100.0 == 0.0 || COUNT_NOUNS.contains(&noun));
    (!counted).then_some(value as i32)
}

/// A span of years written as a range of figures ("1955-2011", "the
/// 2008–2009 season"): from the first day of the one to the last of the
/// other. Not before people or round hundreds of a thing ("1200-1500
/// people", "1800-1900 jobs").
fn year_span(text: &str, start: usize, end: usize, kind: ClaimKind) -> Option<DateValue> {
    let written = text.get(start..end)?;
    let (first, last) = written.split_once(['-', '–'])?;
    let year =
        |t: &str| (t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<i32>().ok()).flatten();
    let (from, to) = (year(first)?, year(last)?);
    let last_start = end - last.len();
    // "+86 2010-2015-86": a phone number goes on.
    let goes_on = text.get(end..).is_some_and(|a| a.starts_with(['-', '–', '/']));
    let years = !goes_on
        && as_year(text, last_start, end, f64::from(to), false).is_some()
        && (1800..=2100).contains(&from)
        && from < to;
    if kind != ClaimKind::Count || !years {
        return None;
    }
    Some(DateValue::Range(NaiveDate::from_ymd_opt(from, 1, 1)?, NaiveDate::from_ymd_opt(to, 12, 31)?))
}

/// An ordinal of two words ("twenty-first"), which would otherwise read as
/// the count "twenty".
pub(super) fn compound_ordinal_at(input: &str, start: usize) -> Option<Found> {
    let starts_with_tens = words::lexeme(lexicon::TENS)(input).is_ok();
    starts_with_tens.then(|| ordinal_at(input, start)).flatten()
}

/// Nouns that make an ordinal before them part of a fixed phrase ("third
/// party", "first-hand", "the Third World", "first lady"), not a rank.
const FIXED_AFTER_ORDINAL: &[&str] = &["party", "parties", "world", "hand", "person", "rate", "lady"];

/// True when the words after an ordinal make it a fixed phrase.
fn names_a_kind(after: &str) -> bool {
    let next = after.strip_prefix('-').unwrap_or_else(|| after.trim_start_matches(' '));
    words::first_word_in(next, FIXED_AFTER_ORDINAL)
}

/// An ordinal in figures and its length: "2nd", "1,000th", and with the
/// suffix set apart when it is the right one for the figure ("the 15,599 th
/// plane"; not "2 th", nor "5 things").
fn figure_ordinal(input: &str) -> Option<(f64, usize)> {
    let (after, n) = number::digits(input).ok()?;
    if n.decimal || n.value > 9_999_999.0 {
        return None;
    }
    let spaced = after.starts_with(' ');
    let suffix = after.get(usize::from(spaced)..usize::from(spaced) + 2)?;
    let right = ordinal_suffix(n.value as u64);
    let fits = if spaced { suffix.eq_ignore_ascii_case(right) } else { number::starts_with_ordinal_suffix(suffix) };
    let len = input.len() - after.len() + usize::from(spaced) + 2;
    let ends = words::at_boundary(input.get(len..).unwrap_or_default());
    (fits && ends && n.value >= 1.0).then_some((n.value, len))
}

/// The English suffix of an ordinal figure: 1st, 2nd, 3rd, 11th, 22nd.
fn ordinal_suffix(n: u64) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// An ordinal: "2nd", "third", "twenty-first".
pub(super) fn ordinal_at(input: &str, start: usize) -> Option<Found> {
    let (value, len) = if input.starts_with(|c: char| c.is_ascii_digit()) {
        figure_ordinal(input)?
    } else {
        let (rest, n) = number::ordinal_words(input).ok()?;
        (f64::from(n), input.len() - rest.len())
    };
    let after = input.get(len..).unwrap_or_default();
    if !words::at_boundary(after) || names_a_kind(after) || after.starts_with("-century") {
        return None;
    }
    if let Some(century) = century(after, value) {
        let century_len = len + " century".len();
        return Some(Found::date(century, start + century_len, false));
    }
    let amount = Amount::exact(value, 1.0, None);
    Some(Found { kind: ClaimKind::Ordinal, value: Value::Amount(amount), end: start + len, relative: false })
}

/// "the 20th century": its years, 1901 to 2000 (the strict reading; "the
/// 1900s" is the decade reading, read by the date grammar). "21st-century
/// technology" is no claim.
fn century(after: &str, ordinal: f64) -> Option<DateValue> {
    let word = after.strip_prefix(' ').filter(|r| words::first_word_in(r, &["century"]))?;
    if word.len() > "century".len() && word.get(7..8).is_some_and(|c| c.starts_with(char::is_alphabetic)) {
        return None;
    }
    let n = ordinal as i32;
    if !(1..=30).contains(&n) {
        return None;
    }
    let from = NaiveDate::from_ymd_opt((n - 1) * 100 + 1, 1, 1)?;
    let to = NaiveDate::from_ymd_opt(n * 100, 12, 31)?;
    Some(DateValue::Range(from, to))
}

#[cfg(test)]
mod tests {
    #[test]
    fn minutes_after_an_hour_and_a_colon_are_no_figure() {
        let text = "posted at 6: 11p; the score: 12";
        assert!(super::after_clock_hour(text, text.find("11p").unwrap()));
        assert!(!super::after_clock_hour(text, text.find("12").unwrap()), "a label's colon");
    }
}
