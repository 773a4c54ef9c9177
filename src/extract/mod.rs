//! The extractor: documents → claims.
//!
//! A scanner walks the prose of a document word by word; at each word that
//! can start a figure it tries the nom parsers of each claim kind, longest
//! forms first, and records the claim with its exact byte span, its value
//! and what it is about. Dates, times and offsets as claims are in
//! `temporal.rs`; figures (counts, money, measures, ordinals, and the bare
//! numbers that are years or names) in `figures.rs`; readings that are no
//! claim ("Black Monday", "$28 an hour", "one day the …") in `guards.rs`.

pub mod context;
mod conversions;
mod dollars;
mod figures;
mod guards;
pub mod names;
mod scores;
mod temporal;
pub mod triggers;

use crate::claim::{Amount, Claim, ClaimKind, DateValue, Value};
use crate::document::Document;
use crate::grammar::resolve::Tense;
use crate::grammar::{amount, number, words};
use crate::span::Span;
use figures::{age_at, amount_at, compound_ordinal_at, duration_at, ordinal_at, share_of_a_change_at};
use guards::{
    at_first, continues_a_figure, generic_day, is_a_rate, is_age, is_clock_hour, is_repeating_day, is_someday,
    is_street_number, is_tally_side, is_unanchored_clock_offset, is_year_before_the_era, named_day, rolling_period,
    starts_with_weekday,
};
use triggers::{trigger, Parsers};

/// Every claim in `doc`, in document order.
pub fn extract(doc: &Document) -> Vec<Claim> {
    let mut claims = Vec::new();
    let named = names::NamedFigures::default();
    for &region in &doc.prose {
        scan_region(doc, region, &named, &mut claims);
    }
    dollars::dollars_in_one_sense(&doc.text, &mut claims);
    conversions::conversions_keep_their_bounds(&doc.text, &mut claims);
    claims
}

/// Scan one prose region (a region off character boundaries is skipped:
/// the readers never make one, and the scanner never trusts that blindly).
fn scan_region<'a>(doc: &'a Document, region: Span, named: &names::NamedFigures<'a>, out: &mut Vec<Claim>) {
    let text = &doc.text;
    if text.get(region.start..region.end).is_none() {
        return;
    }
    let mut pos = region.start;
    while pos < region.end {
        let Some((start, parsers)) = next_candidate(text, pos, region.end) else { break };
        let chunk_end =
            text.get(start..region.end).unwrap_or_default().find(char::is_whitespace).map_or(region.end, |i| start + i);
        let chunk_start = after_last_space(text.get(..start).unwrap_or_default()).max(region.start);
        if names::is_link_like(text.get(chunk_start..chunk_end).unwrap_or_default()) {
            pos = chunk_end;
            continue;
        }
        match claim_at(doc, start, region.end, parsers, named, out) {
            Some(claim) => {
                pos = claim.span.end.max(start + 1);
                out.push(claim);
            }
            None => pos = word_end(text, start),
        }
        while pos < text.len() && !text.is_char_boundary(pos) {
            pos += 1;
        }
    }
}

/// The offset just after the last white space in `text` (0 when none).
fn after_last_space(text: &str) -> usize {
    text.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(i, c)| i + c.len_utf8())
}

/// The end of the word (or single symbol) at `start`.
fn word_end(text: &str, start: usize) -> usize {
    let rest = text.get(start..).unwrap_or_default();
    let len = rest.find(|c: char| !c.is_alphanumeric()).unwrap_or(rest.len());
    start + len.max(rest.chars().next().map_or(1, char::len_utf8))
}

/// The next place at or after `pos` where a claim could start, with the
/// parsers worth trying there: a word start whose word is a trigger, any
/// digit at a word start, a currency sign, or a minus sign before a figure.
/// ASCII words are measured and looked up in one pass and skipped whole.
fn next_candidate(text: &str, pos: usize, end: usize) -> Option<(usize, Parsers)> {
    let bytes = text.as_bytes();
    let mut prev = text.get(..pos).unwrap_or_default().chars().next_back();
    let mut at = pos;
    while at < end {
        let rest = text.get(at..end)?;
        let c = rest.chars().next()?;
        // After "3," or "3." a digit continues a figure ("5,000" whose "5"
        // was refused), it never starts one.
        let word_start = !prev.is_some_and(char::is_alphanumeric) && !continues_a_figure_at(bytes, at);
        if !word_start {
            prev = Some(c);
            at += c.len_utf8();
            continue;
        }
        if c.is_ascii_alphabetic() {
            let len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
            let whole_ascii_word = bytes.get(at + len).is_none_or(|b| b.is_ascii());
            let found = match (whole_ascii_word, rest.split_at_checked(len)) {
                (true, Some((word, after))) => triggers::trigger_word(word, after),
                _ => trigger(rest),
            };
            if let Some(parsers) = found {
                return Some((at, parsers));
            }
            prev = rest.get(..len).and_then(|w| w.chars().next_back());
            at += len;
            continue;
        }
        let after_space = prev.is_none_or(|p| p.is_whitespace() || p == '(');
        prev = Some(c);
        let digit_next = || rest.get(c.len_utf8()..).is_some_and(|r| r.starts_with(|d: char| d.is_ascii_digit()));
        if matches!(c, '-' | '−' | '.') && after_space && digit_next() {
            return Some((at, Parsers::AMOUNT));
        }
        if c.is_ascii_digit()
            || matches!(c, '$' | '€' | '£' | '¥' | '₹' | '₽' | '₩' | '₺' | '₦' | '₱')
            || number::is_vulgar_fraction(c)
        {
            return Some((at, Parsers::ALL));
        }
        if c.is_alphabetic() {
            if let Some(parsers) = trigger(rest) {
                return Some((at, parsers));
            }
        }
        at += c.len_utf8();
    }
    None
}

/// True when byte `at` starts the decimals or a thousands group of a
/// figure before it ("3.5": the "5"; "3,400": the "400"; not the "24" of
/// the list "22,24,26").
fn continues_a_figure_at(bytes: &[u8], at: usize) -> bool {
    let separator = at.checked_sub(1).and_then(|i| bytes.get(i));
    let digit_before = at.checked_sub(2).and_then(|i| bytes.get(i)).is_some_and(u8::is_ascii_digit);
    let run = bytes.get(at..).map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count());
    run > 0 && digit_before && (separator == Some(&b'.') || (separator == Some(&b',') && run == 3))
}

/// True when the figure ending at `end` runs into a character the text
/// lost when it was decoded ("served 4\u{FFFD} months", where a "½" was):
/// what the figure was is not in the text.
fn lost_a_character(text: &str, end: usize) -> bool {
    text.get(end..).is_some_and(|rest| rest.starts_with(char::REPLACEMENT_CHARACTER))
}

/// What the scanner found at one place, before context is added.
struct Found {
    kind: ClaimKind,
    value: Value,
    end: usize,
    relative: bool,
}

impl Found {
    /// The same figure read as a person's age ("aged 37", "Feld, 58"); a
    /// figure that is no amount stays as it is.
    fn into_age(self) -> Found {
        match self.value {
            Value::Amount(a) => {
                let years = Amount { unit: Some(crate::grammar::age::AGE_UNIT), precision: 1.0, ..a };
                Found { kind: ClaimKind::Quantity, value: Value::Amount(years), ..self }
            }
            _ => self,
        }
    }

    /// A date found up to `end`, with no stated weekday.
    fn date(date: DateValue, end: usize, relative: bool) -> Found {
        Found { kind: ClaimKind::Date, value: Value::Date { date, stated_weekday: None }, end, relative }
    }
}

/// The claim starting at `start`, if any; `named` are the figures the
/// document uses as names, `earlier` its claims before this one (the date
/// that "two days later" counts from).
fn claim_at<'a>(
    doc: &'a Document,
    start: usize,
    limit: usize,
    parsers: Parsers,
    named: &names::NamedFigures<'a>,
    earlier: &[Claim],
) -> Option<Claim> {
    let input = doc.text.get(start..limit).unwrap_or_default();
    if continues_a_figure(&doc.text, start)
        || named_day(doc, start, input)
        || rolling_period(&doc.text, start, input)
        || generic_day(&doc.text, start, input)
    {
        return None;
    }
    let sentence = doc.sentence_at(start);
    let in_headline = doc.headline.is_some_and(|h| h.start <= start && start < h.end);
    // Headlines tell past events in the present ("Quake hits city Monday"):
    // a weekday there with no tense is the last one.
    let tense = || match context::clause_tense(&doc.text, sentence, start) {
        Tense::Unmarked if in_headline && starts_with_weekday(input) => Tense::Past,
        tense => tense,
    };
    let temporal = || {
        // A qualifier leads amounts, and dates only in "less than two weeks
        // ago", "about a year ago".
        let qualified_offset = || words::mentions(input, &[" ago"]) && amount::qualifier(input).is_ok();
        if !parsers.temporal() && !qualified_offset() {
            return None;
        }
        temporal::temporal(input, start, doc.published, earlier, tense)
    };
    let amount = || {
        parsers
            .amount()
            .then(|| {
                scores::score_at(&doc.text, input, start, earlier)
                    .or_else(|| compound_ordinal_at(input, start))
                    .or_else(|| age_at(input, start))
                    .or_else(|| duration_at(input, start))
                    .or_else(|| share_of_a_change_at(doc, input, start))
                    .or_else(|| amount_at(doc, input, start, in_headline, named))
                    .or_else(|| ordinal_at(input, start))
            })
            .flatten()
    };
    let month_alone = || {
        let before = doc.text.get(..start)?;
        parsers.temporal().then(|| temporal::lone_month(input, before, start, doc.published_date(), tense)).flatten()
    };
    let temporal = || temporal().filter(|f| !is_tally_side(&doc.text, start, f));
    let mut found = temporal().or_else(amount).or_else(month_alone)?;
    if is_age(&doc.text, start, found.end, &found) {
        found = found.into_age();
    }
    if is_unanchored_clock_offset(input, &found, start)
        || is_a_rate(&doc.text, start, input, &found, earlier)
        || is_someday(&doc.text, start, input, &found)
        || (found.kind == ClaimKind::Ordinal && at_first(&doc.text, start, input))
        || is_clock_hour(&doc.text, found.end, &found)
        || (found.kind == ClaimKind::Count && is_street_number(&doc.text, found.end))
        || (found.kind == ClaimKind::Count && is_year_before_the_era(&doc.text, found.end))
        || is_repeating_day(&doc.text, start, &found)
        || lost_a_character(&doc.text, found.end)
    {
        return None;
    }
    let span = Span::new(start, found.end);
    let noun_first = !matches!(found.kind, ClaimKind::Date | ClaimKind::Time | ClaimKind::DateTime | ClaimKind::Year);
    let subject = context::subject(&doc.text, sentence, span, noun_first);
    Some(Claim {
        kind: found.kind,
        span,
        value: found.value,
        subject,
        sentence,
        in_headline,
        relative: found.relative,
        derived: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::{Amount, TimeValue};
    use chrono::{NaiveDate, NaiveTime};

    fn claims(text: &str) -> Vec<(String, ClaimKind, Value)> {
        let doc = Document::new("t.txt", text, NaiveDate::from_ymd_opt(2025, 3, 12));
        extract(&doc).into_iter().map(|c| (c.span.slice(text).to_string(), c.kind, c.value)).collect()
    }

    /// A figure of ten or more joined by a hyphen to a noun it counts is a
    /// count ("the 740-seat auditorium"); a smaller one, or one joined to
    /// a kind ("a 10-point lead", "a 13-play drive", "a 64-bit chip"), or
    /// to a word with no noun after it, is none.
    #[test]
    fn a_figure_joined_to_the_noun_it_counts_is_a_count() {
        let counts = |text: &str| -> Vec<String> {
            claims(text).into_iter().filter(|c| c.1 == ClaimKind::Count).map(|c| c.0).collect()
        };
        assert_eq!(counts("The 740-seat auditorium and a 42-turbine wind farm."), ["740", "42"]);
        assert!(counts("A three-point attempt and a 10-point lead.").is_empty());
        assert!(counts("A 13-play drive and a 64-bit chip.").is_empty());
        assert!(counts("The venue holds 740-plus.").is_empty());
    }

    /// A date without a year keeps the year of the day its story named a
    /// moment before, when its tense fits ("failed on Sunday, June 13,
    /// 2024 ... until Tuesday, June 15" in a report of March 2025); a
    /// date the tense sends the other way is read from the publication
    /// date ("Next year's race is due to start on Saturday, April 8").
    #[test]
    fn a_date_without_a_year_keeps_the_year_its_story_named() {
        let days =
            |text: &str| -> Vec<NaiveDate> { claims(text).into_iter().filter_map(|c| c.2.single_day()).collect() };
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap_or_default();
        let past =
            "Two pumps failed on Sunday, June 13, 2024. Engineers did not stop the spill until Tuesday, June 15.";
        assert_eq!(days(past), [day(2024, 6, 13), day(2024, 6, 15)]);
        let ahead =
            "The race was held on Saturday, March 1, 2025. Next year's race will start on Saturday, February 28.";
        assert_eq!(days(ahead), [day(2025, 3, 1), day(2026, 2, 28)]);
    }

    /// The second side of a tally in words before a part of the day is
    /// a count, not an hour ("by seven votes to five last night"); a span
    /// of hours is not a tally.
    #[test]
    fn a_tally_side_before_last_night_is_no_time() {
        let kinds = |text: &str| claims(text).into_iter().map(|c| (c.0, c.1)).collect::<Vec<_>>();
        let tally = kinds("The committee backed it by seven votes to five last night.");
        assert_eq!(tally, [("seven".to_string(), ClaimKind::Count), ("five".to_string(), ClaimKind::Count)]);
        let at = kinds("The committee met at five last night.");
        assert!(at.contains(&("five last night".to_string(), ClaimKind::Time)), "{at:?}");
    }

    /// A figure after a verb that tells it was passed is a lower bound;
    /// "top" is that verb only after a plural noun or a modal, and a vote's
    /// side is no bound.
    #[test]
    fn a_figure_passed_is_a_lower_bound() {
        let open_ended = |text: &str| -> Vec<(String, bool)> {
            claims(text).into_iter().map(|c| (c.0, matches!(c.2, Value::Amount(Amount { high: None, .. })))).collect()
        };
        let bound = |t: &str| (t.to_string(), true);
        let exact = |t: &str| (t.to_string(), false);
        assert_eq!(open_ended("Crowds top 41,000 at the festival."), [bound("41,000")]);
        assert_eq!(
            open_ended("The appeal passed £31,000 and sales exceeded £110,000."),
            [bound("£31,000"), bound("£110,000")]
        );
        assert_eq!(open_ended("Numbers could top 50,000."), [bound("50,000")]);
        assert_eq!(open_ended("She is in the top 15, and the world's top 40."), [exact("15"), exact("40")]);
        assert_eq!(open_ended("It was his top 10 result."), [exact("10")], "\"his\" is no plural of \"hi\"");
        assert_eq!(open_ended("The motion, passed 27 to 19, stands."), [exact("27"), exact("19")]);
    }

    /// A count before a group named by a capitalized unit and a number is
    /// no duration ("15 Year 8 pupils": a school year).
    #[test]
    fn a_count_before_a_numbered_group_is_no_duration() {
        let kinds = |text: &str| claims(text).into_iter().map(|c| (c.0, c.1)).collect::<Vec<_>>();
        assert_eq!(kinds("The bus carried 15 Year 8 pupils."), [("15".to_string(), ClaimKind::Count)]);
        assert_eq!(kinds("The trip lasted 15 years."), [("15 years".to_string(), ClaimKind::Duration)]);
    }

    /// A figure that runs into a character lost in decoding is not read.
    #[test]
    fn a_figure_before_a_lost_character_is_not_read() {
        let texts = |text: &str| claims(text).into_iter().map(|c| c.0).collect::<Vec<_>>();
        assert_eq!(texts("He served 4\u{FFFD} months in prison."), Vec::<String>::new());
        assert_eq!(texts("He served 4 months in prison."), ["4 months"]);
    }

    #[test]
    fn a_bare_dollar_takes_the_sense_the_document_gives_it() {
        let found =
            claims("Ford gets $52.5 million\n\nIt will receive AU$52.5 million (US$40.4 million) and $3 million.");
        let units: Vec<Option<&str>> = found
            .iter()
            .map(|c| match &c.2 {
                Value::Amount(a) => a.unit,
                _ => None,
            })
            .collect();
        assert_eq!(units, [Some("AUD"), Some("AUD"), Some("USD"), Some("USD")]);
    }

    #[test]
    fn temperatures_glued_or_with_a_degree_sign() {
        let found = claims(
            "It reached 44.7C at noon, or 112.5F; the average is 29C (84F) and 45.1°C. A Boeing 777F landed; room 12F.",
        );
        let texts: Vec<(&str, Option<&str>)> =
            found.iter().map(|c| (c.0.as_str(), if let Value::Amount(a) = &c.2 { a.unit } else { None })).collect();
        assert!(texts.contains(&("44.7C", Some("°C"))) && texts.contains(&("112.5F", Some("°F"))));
        assert!(texts.contains(&("29C", Some("°C"))) && texts.contains(&("84F", Some("°F"))));
        assert!(texts.contains(&("45.1°C", Some("°C"))));
        assert!(
            !texts.iter().any(|t| t.1 == Some("°F") && (t.0.starts_with("777") || t.0.starts_with("12"))),
            "{texts:?}"
        );
    }

    #[test]
    fn a_qualified_hour_is_a_time_and_telephone_groups_are_no_counts() {
        let found = claims("She was struck around 7 p.m. on Wednesday. Call 0800 555 111 or 0845 125 2222.");
        let texts: Vec<(&str, ClaimKind)> = found.iter().map(|c| (c.0.as_str(), c.1)).collect();
        assert_eq!(texts, [("7 p.m. on Wednesday", ClaimKind::DateTime)]);
    }

    #[test]
    fn ordinals_set_apart_and_spans_of_years() {
        let texts = |t: &str| claims(t).into_iter().map(|c| (c.0, c.1)).collect::<Vec<_>>();
        assert_eq!(texts("the 15,599 th plane"), [("15,599 th".to_string(), ClaimKind::Ordinal)]);
        assert_eq!(
            texts("5 things and 2 th"),
            [("5".to_string(), ClaimKind::Count), ("2".to_string(), ClaimKind::Count)]
        );
        let span = claims("Steve Jobs 1955-2011");
        let (from, to) = (NaiveDate::from_ymd_opt(1955, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2011, 12, 31).unwrap());
        assert_eq!(span[0].2, Value::Date { date: DateValue::Range(from, to), stated_weekday: None });
        assert_eq!(claims("1200-1500 people came")[0].1, ClaimKind::Count);
        assert!(claims("Tel: +86 2010-2015-86").iter().all(|c| c.1 != ClaimKind::Date));
        let next = claims("The iPod came in 2001 and OS X the following year.");
        assert_eq!(next[1].2, Value::Year(2002));
    }

    #[test]
    fn one_counts_its_noun_and_this_morning_is_today() {
        let found = claims("One person was killed this morning; no one else was hurt at one point.");
        let texts: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["One", "this morning"]);
        assert_eq!(found[0].2, Value::Amount(Amount::exact(1.0, 1.0, None)));
        let today = NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
        assert_eq!(found[1].2, Value::Date { date: DateValue::Day(today), stated_weekday: None });
    }

    #[test]
    fn offsets_with_a_qualifier() {
        let since = claims("It was unveiled less than two weeks ago.");
        let from = NaiveDate::from_ymd_opt(2025, 2, 26).unwrap();
        let to = NaiveDate::from_ymd_opt(2025, 3, 12).unwrap();
        assert_eq!(since[0].0, "less than two weeks ago");
        assert_eq!(since[0].2, Value::Date { date: DateValue::Range(from, to), stated_weekday: None });
        assert_eq!(claims("It opened about a year ago.")[0].0, "about a year ago");
    }

    #[test]
    fn days_that_are_no_dates() {
        assert!(claims("They will build the cars of tomorrow.").is_empty());
        assert_eq!(claims("The events of today shocked them.")[0].0, "today");
        assert_eq!(claims("Most of tomorrow's trades will wait.")[0].0, "tomorrow");
        assert_eq!(claims("I'll go back at the end of tomorrow.")[0].0, "tomorrow");
        assert!(claims("He hoped that one day the country might return.").is_empty());
        assert!(claims("Growth will be slow at first, he said.").is_empty());
        assert_eq!(claims("The plant closed for one day, the union said.")[0].0, "one day");
        let later = claims("Deliveries start in 2011 and end two years later.");
        assert_eq!(later[1].2, Value::Year(2013));
    }

    #[test]
    fn an_hour_after_a_figure_is_its_rate() {
        let found = claims("Workers earn $28 an hour; the shift lasted an hour.");
        let texts: Vec<&str> = found.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(texts, ["$28", "an hour"]);
        assert_eq!(found[1].2, Value::Amount(Amount::exact(3600.0, 60.0, Some("s"))));
    }

    #[test]
    fn a_figure_glued_by_a_lost_dash_is_whole() {
        let found = claims("Most union members-62,000 at GM-will be offered it.");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "62,000");
        // The tail of a refused figure is never a figure of its own.
        assert!(claims("the COVID-19 strain").is_empty());
        assert!(claims("Boeing 737-800,000 jets").iter().all(|c| c.0 != "000"));
    }

    #[test]
    fn ages_addresses_and_clock_hours_are_no_counts() {
        let texts = |t: &str| claims(t).into_iter().map(|c| (c.0, c.1)).collect::<Vec<_>>();
        let ages = |t: &str| {
            claims(t)
                .into_iter()
                .map(|c| match c.2 {
                    Value::Amount(a) if crate::grammar::age::is_age(&a) => Ok((c.0, a.low, a.high)),
                    _ => Err(c.0),
                })
                .collect::<Vec<_>>()
        };
        let age = |text: &str, years: f64| Ok((text.to_string(), Some(years), Some(years)));
        assert_eq!(
            ages("A woman, 37, was killed. Girl, 8, dead. Smith (52) said so."),
            [age("37", 37.0), age("8", 8.0), age("52", 52.0)]
        );
        assert_eq!(
            ages("The children, aged 6 and 11, were hurt; a 52-year-old man; she was 26 years old."),
            [age("6", 6.0), age("11", 11.0), age("52-year-old", 52.0), age("26 years old", 26.0)]
        );
        assert_eq!(ages("ages 12 to 15"), [Ok(("12 to 15".to_string(), Some(12.0), Some(15.0)))]);
        assert_eq!(
            texts("Woman, 37, killed and three wounded"),
            [("37".to_string(), ClaimKind::Quantity), ("three".to_string(), ClaimKind::Count)]
        );
        assert_eq!(ages("The gunman opened fire, killing Benjamin Banky, 40."), [age("40", 40.0)]);
        assert_eq!(
            ages("Ann Lusk dies at 91. She died at the age of 91 after a fall, at age 91. She was 91."),
            [age("91", 91.0), age("91", 91.0), age("91", 91.0), age("91", 91.0)],
            "an obituary's ages"
        );
        assert_eq!(
            ages("Dr Imra Tell, who is 47 and has led the dig, spoke."),
            [age("47", 47.0)],
            "a verb joined after a relative clause's age"
        );
        assert_eq!(
            texts("He was 15 minutes late. She was 3 of 40 hired. He was 8 in the poll."),
            [
                ("15 minutes".to_string(), ClaimKind::Duration),
                ("3".to_string(), ClaimKind::Count),
                ("40".to_string(), ClaimKind::Count),
                ("8".to_string(), ClaimKind::Count)
            ],
            "no stop after the figure: no age"
        );
        assert!(ages("a 125-million-year-old fossil, a 300-year-old oak").iter().all(Result::is_err));
        assert_eq!(texts("Of the victims, 40."), [("40".to_string(), ClaimKind::Count)], "after a common word");
        assert!(texts("He lived at 1420 Main Street, in the 1400 block of Elm.").is_empty());
        assert_eq!(
            texts("He died between 340 and 180 BC; the hut dates to 250 BCE. About 150 came, and five BC Hydro crews."),
            [("About 150".to_string(), ClaimKind::Count), ("five".to_string(), ClaimKind::Count)],
            "years before the era"
        );
        assert_eq!(texts("It began around 7:15 p.m."), [("7:15 p.m.".to_string(), ClaimKind::Time)]);
        assert!(texts("The council meets every Monday.").is_empty());
        assert!(texts("The team plays its home matches on Thursday nights.").is_empty(), "a weekday that repeats");
        assert_eq!(texts("The team played on Thursday night.").len(), 1);
        let century = claims("In the 20th century the town was small; 21st-century tools help.");
        let (from, to) = (NaiveDate::from_ymd_opt(1901, 1, 1).unwrap(), NaiveDate::from_ymd_opt(2000, 12, 31).unwrap());
        assert_eq!(century.len(), 1);
        assert_eq!(
            (century[0].0.as_str(), century[0].2),
            ("20th century", Value::Date { date: DateValue::Range(from, to), stated_weekday: None })
        );
        assert_eq!(texts("In Ohio, 37 people died.")[0].0, "37");
    }

    #[test]
    fn power_energy_data_and_currencies_by_name() {
        let units = |t: &str| {
            claims(t)
                .into_iter()
                .map(|c| match c.2 {
                    Value::Amount(a) => (c.1, a.unit),
                    _ => (c.1, None),
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(
            units("It makes 500 MW, 20 kWh and 3 kilowatt-hours at 100 Mbps."),
            [
                (ClaimKind::Quantity, Some("MW")),
                (ClaimKind::Quantity, Some("kWh")),
                (ClaimKind::Quantity, Some("kWh")),
                (ClaimKind::Quantity, Some("Mbps"))
            ]
        );
        assert_eq!(units("Sales rose to 9.8 billion crowns.")[0], (ClaimKind::Money, Some("SEK")));
        assert_eq!(units("It cost 40 Hungarian forints and 5 hryvnias.")[1], (ClaimKind::Money, Some("UAH")));
        assert_eq!(units("They had 5 real problems.")[0], (ClaimKind::Count, None));
    }

    #[test]
    fn lead_words_alone_start_nothing() {
        assert!(claims("Figures at the end.").is_empty());
    }

    #[test]
    fn in_a_while_is_a_date_only_in_the_future() {
        let future = claims("The vote will be held in two weeks.");
        let day = NaiveDate::from_ymd_opt(2025, 3, 26).unwrap();
        assert_eq!(future.len(), 1);
        assert_eq!(future[0].0, "in two weeks");
        assert_eq!(future[0].2, Value::Date { date: DateValue::Day(day), stated_weekday: None });
        let past = claims("The economy grew in two years.");
        assert_eq!(past[0].1, ClaimKind::Duration);
        assert_eq!(claims("A deal will be signed in a month.")[0].0, "in a month");
        let ago = claims("It happened a week ago.");
        let week_before = NaiveDate::from_ymd_opt(2025, 3, 5).unwrap();
        assert_eq!(ago[0].2, Value::Date { date: DateValue::Day(week_before), stated_weekday: None });
        let after = claims("Talks resumed three days after March 2, 2024.");
        let day = NaiveDate::from_ymd_opt(2024, 3, 5).unwrap();
        assert_eq!(
            (after[0].0.as_str(), after[0].2),
            ("three days after March 2, 2024", Value::Date { date: DateValue::Day(day), stated_weekday: None })
        );
    }

    #[test]
    fn minus_signs_start_claims_after_a_space() {
        assert_eq!(claims("Lows of -5 overnight.")[0].0, "-5");
        assert!(claims("Scores were 3-2.").iter().all(|c| c.0 != "-2"), "a dash between figures is no sign");
        assert_eq!(claims("It fell to minus three million.")[0].0, "minus three million");
    }

    #[test]
    fn clock_offsets_are_points_in_time_never_counts() {
        let at = |d: u32, h: u32, m: u32| {
            let time = NaiveTime::from_hms_opt(h, m, 0).unwrap();
            Value::DateTime(NaiveDate::from_ymd_opt(2025, 3, d).unwrap(), TimeValue { time, zone: None })
        };
        let found = claims("The fire began on March 10 at 2 p.m. Three hours later, crews arrived.");
        assert_eq!((found[1].0.as_str(), found[1].2), ("Three hours later", at(10, 17, 0)));
        assert!(claims("Three hours later, crews arrived.").is_empty(), "no time to count from, and no count");
        assert!(claims("An hour later, crews arrived.").is_empty(), "nor a duration");
        let text = "PORT ALDEN, March 12, 2025 08:13 AM — The raid ended 2 hours ago. Talks will start in 15 minutes.";
        let found = claims(text);
        let offsets: Vec<_> = found.iter().filter(|c| c.1 == ClaimKind::DateTime).map(|c| c.2).collect();
        assert_eq!(offsets, [at(12, 6, 13), at(12, 8, 28)]);
    }

    #[test]
    fn a_time_takes_the_day_written_after_it() {
        let found = claims("The quake struck at 2 p.m. on Monday, and at noon local time on March 3.");
        let monday = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
        let two_pm = TimeValue { time: NaiveTime::from_hms_opt(14, 0, 0).unwrap(), zone: None };
        assert_eq!((found[0].0.as_str(), found[0].2), ("2 p.m. on Monday", Value::DateTime(monday, two_pm)));
        assert_eq!(found[1].0, "noon local time on March 3");
        assert_eq!(claims("It ended at 2 p.m. last week.")[0].1, ClaimKind::Time, "a week is no day");
        let wrong_weekday = claims("It opens at 2 p.m. on Friday, March 11, 2025.");
        assert_eq!(wrong_weekday[1].0, "Friday, March 11, 2025", "kept apart for the weekday check");
    }

    #[test]
    fn days_next_to_the_last_day_named() {
        let found =
            claims("The fire began on March 3. The next day, crews left. The vote was the day before the rally.");
        let march = |d| Value::Date {
            date: DateValue::Day(NaiveDate::from_ymd_opt(2025, 3, d).unwrap()),
            stated_weekday: None,
        };
        assert_eq!((found[1].0.as_str(), found[1].2), ("The next day", march(4)));
        assert_eq!(found.len(), 2, "the day before the rally counts from the rally");
    }

    #[test]
    fn headlines_lean_to_the_past_for_weekdays_only() {
        let text = "Quake hits city Friday; vote on March 14\n\nPORT ALDEN, March 12, 2025 — Talks went on.";
        let found = claims(text);
        let day = |m, d| Value::Date {
            date: DateValue::Day(NaiveDate::from_ymd_opt(2025, m, d).unwrap()),
            stated_weekday: None,
        };
        assert_eq!(found[0].2, day(3, 7), "the last Friday, not the nearer one ahead");
        assert_eq!(found[1].2, day(3, 14), "the nearest March 14");
    }

    #[test]
    fn weekdays_that_name_events_are_no_dates() {
        assert!(claims("Markets fell on Black Monday in 1987.").iter().all(|c| c.1 != ClaimKind::Date));
        assert_eq!(claims("Markets fell on Monday.")[0].1, ClaimKind::Date);
    }

    #[test]
    fn figures_inside_identifiers_are_no_claims() {
        assert!(claims("The code of this object is 133-03-03-2020.").is_empty());
        assert_eq!(claims("It rose 3.5% in 2008-2009.").len(), 2);
    }

    #[test]
    fn iso_date_times_are_one_claim_moved_to_utc_by_their_offset() {
        let found = claims("Filed 2016-12-16T12:23:59, revised 2021-03-04T23:30-02:00.");
        let at = |y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, zone: Option<&'static str>| {
            let time = NaiveTime::from_hms_opt(h, mi, s).unwrap();
            Value::DateTime(NaiveDate::from_ymd_opt(y, mo, d).unwrap(), TimeValue { time, zone })
        };
        assert_eq!(found[0].0, "2016-12-16T12:23:59");
        assert_eq!(found[0].2, at(2016, 12, 16, 12, 23, 59, None));
        assert_eq!(found[1].0, "2021-03-04T23:30-02:00");
        assert_eq!(found[1].2, at(2021, 3, 5, 1, 30, 0, Some("UTC")));
    }

    #[test]
    fn a_qualified_year_is_a_year_but_no_exact_one() {
        let doc = Document::new("t.txt", "Output runs until at least 2014; about 2000 people came.", None);
        let found = extract(&doc);
        assert_eq!((found[0].kind, found[0].value, found[0].relative), (ClaimKind::Year, Value::Year(2014), true));
        assert_eq!(found[1].kind, ClaimKind::Count);
    }

    #[test]
    fn a_figure_named_once_is_a_name_throughout_its_document() {
        let texts = |text: &str| claims(text).into_iter().map(|c| c.0).collect::<Vec<_>>();
        let named = "You can't shrink the 787 and keep its gains. Boeing 787 orders rose to 850 and 787 jobs went.";
        assert_eq!(texts(named), ["850", "787"]);
        assert_eq!(texts("The Boeing 787 is new; the 787 offers 20 more seats."), ["20"]);
        assert_eq!(texts("Seats: 200-250. Sales must exceed the 250 required."), ["200-250", "250"]);
        assert_eq!(texts("Deliveries of 737s rose; the 737 and the 747 sold."), ["747"]);
    }

    #[test]
    fn calendar_years_from_now_but_not_rolling_ones() {
        let found = claims("Sales fell last year and rose in the last year; in the last week they fell.");
        let year = |y: i32| NaiveDate::from_ymd_opt(y, 1, 1).zip(NaiveDate::from_ymd_opt(y, 12, 31)).unwrap();
        let (first, last) = year(2024);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].0, "last year");
        assert_eq!(found[0].2, Value::Date { date: DateValue::Range(first, last), stated_weekday: None });
    }

    #[test]
    fn months_named_alone_after_a_preposition() {
        let doc = Document::new(
            "t.txt",
            "It was filed in January. It opens in June next year. May I? Sales fell since May. He left last April.",
            NaiveDate::from_ymd_opt(2025, 3, 12),
        );
        let month = |y: i32, m: u32| {
            let first = NaiveDate::from_ymd_opt(y, m, 1).unwrap();
            let last = first.checked_add_months(chrono::Months::new(1)).unwrap().pred_opt().unwrap();
            Value::Date { date: DateValue::Range(first, last), stated_weekday: None }
        };
        let found: Vec<_> =
            extract(&doc).into_iter().map(|c| (c.span.slice(&doc.text).to_string(), c.value, c.relative)).collect();
        assert_eq!(
            found,
            [
                ("January".into(), month(2025, 1), true),
                ("June next year".into(), month(2026, 6), false),
                ("May".into(), month(2024, 5), true),
                ("last April".into(), month(2024, 4), false),
            ]
        );
    }

    #[test]
    fn four_digits_are_years_unless_they_count() {
        let kinds = |text: &str| claims(text).into_iter().map(|c| c.1).collect::<Vec<_>>();
        assert_eq!(kinds("Some 1800 people and 2000 troops came."), [ClaimKind::Count, ClaimKind::Count]);
        assert_eq!(kinds("A run of 2007 models, at 1990 levels, in 2008."), [ClaimKind::Year; 3]);
    }

    #[test]
    fn years_cut_to_two_digits() {
        let found = claims("Lows not seen since '82; iLife '11 ships; the '90s boom.");
        let values: Vec<_> = found.into_iter().map(|c| c.2).collect();
        assert_eq!(values, [Value::Year(1982), Value::Year(2011)]);
    }

    #[test]
    fn small_counts_in_words_need_a_counted_noun_or_a_sign() {
        let count = |text: &str| claims(text).into_iter().map(|c| (c.0, c.2)).collect::<Vec<_>>();
        assert_eq!(count("There were zero deaths."), [("zero".into(), Value::Amount(Amount::exact(0.0, 1.0, None)))]);
        assert_eq!(count("Lows of minus one."), [("minus one".into(), Value::Amount(Amount::exact(-1.0, 1.0, None)))]);
        assert!(count("A zero tolerance policy; one of them; Ground Zero.").is_empty());
    }
}
