//! Times of day, with zones.
//!
//! ```text
//! time = h ":" mm (":" ss)? meridiem? zone? | h meridiem zone? | "noon" | "midnight"
//!      | minutes ("past" | "to") hour              "half past eight", "ten to nine"
//! meridiem = "am" | "a.m." | "pm" | "p.m."
//! ```

use std::sync::OnceLock;

use chrono::{NaiveTime, TimeDelta, Timelike};

use super::lexicon::ZONES;
use super::words::{any_phrase, at_boundary, fail, phrase, space, space0, word, PResult, PhraseIndex};
use crate::grammar::value::TimeValue;

/// Up to two digits as a number.
fn small_digits(input: &str, max_len: usize) -> PResult<'_, u32> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > max_len {
        return fail(input);
    }
    let value = input.get(..len).unwrap_or_default().bytes().fold(0u32, |v, b| v * 10 + u32::from(b - b'0'));
    Ok((input.get(len..).unwrap_or_default(), value))
}

/// An hour in words, one to twelve ("seven o'clock", "ten pm").
fn word_hour(input: &str) -> PResult<'_, u32> {
    let (rest, h) = super::words::lexeme(super::lexicon::SMALL_NUMBERS)(input)?;
    if (1..=12).contains(&h) {
        Ok((rest, h))
    } else {
        fail(input)
    }
}

/// "am"/"a.m." → false, "pm"/"p.m." → true.
fn meridiem(input: &str) -> PResult<'_, bool> {
    let (rest, _) = space0(input)?;
    // Some papers space it ("1:35 p. m.").
    let forms = [("a.m.", false), ("p.m.", true), ("a. m.", false), ("p. m.", true), ("a.m", false), ("p.m", true)];
    for (form, pm) in forms {
        if rest.get(..form.len()).is_some_and(|h| h.eq_ignore_ascii_case(form)) {
            return Ok((rest.get(form.len()..).unwrap_or_default(), pm));
        }
    }
    for (form, pm) in [("am", false), ("pm", true)] {
        if let Ok((r, _)) = phrase(form)(rest) {
            return Ok((r, pm));
        }
    }
    fail(input)
}

/// True when `input` starts with "am", "a.m.", "pm" or "p.m." (after
/// spaces): a figure before it is an hour ("around 7 p.m.").
pub fn starts_with_meridiem(input: &str) -> bool {
    meridiem(input).is_ok()
}

/// An hour of the 12-hour clock (1–12) on the 24-hour clock: 12 a.m. is 0,
/// 12 p.m. is 12, 7 p.m. is 19.
fn on_24_hours(hour: u32, pm: bool) -> u32 {
    if pm {
        hour % 12 + 12
    } else {
        hour % 12
    }
}

/// "a" or "p" glued to a clock time with minutes, as in listings ("8:45a",
/// "3:20p").
fn glued_meridiem(rest: &str) -> Option<(&str, bool)> {
    let pm = match rest.as_bytes().first()? {
        b'a' | b'A' => false,
        b'p' | b'P' => true,
        _ => return None,
    };
    let after = rest.get(1..)?;
    at_boundary(after).then_some((after, pm))
}

/// A zone abbreviation after the time ("IST", "GMT").
fn zone(input: &str) -> PResult<'_, &'static str> {
    let (rest, _) = space0(input)?;
    let (rest, w) = word(rest)?;
    if w.len() > 4 {
        return fail(input);
    }
    // In capitals, or in any case when three letters or more ("8:00 gmt").
    let named = |z: &str| z == w || (z.len() >= 3 && z.eq_ignore_ascii_case(w));
    match ZONES.iter().find(|(z, _)| named(z)) {
        Some(&(z, _)) if at_boundary(rest) => Ok((rest, z)),
        _ => fail(input),
    }
}

/// The offset of a zone abbreviation from UTC, in minutes.
pub fn zone_offset(zone: &str) -> Option<i32> {
    ZONES.iter().find(|(z, _)| *z == zone).map(|&(_, m)| m)
}

/// Parts of the day after a time, and whether they are p.m.: "7 in the
/// morning", "8 tonight", "at 7 this morning".
const DAY_PARTS_AFTER: &[(&str, bool)] = &[
    ("in the morning", false),
    ("in the afternoon", true),
    ("in the evening", true),
    ("in the night", true),
    ("at night", true),
    ("in afternoon", true),
    ("in the am", false),
    ("in the pm", true),
    ("this morning", false),
    ("this afternoon", true),
    ("this evening", true),
    ("tonight", true),
    ("last night", true),
];

/// The part of the day after a time: "in the morning" → false (a.m.),
/// "in the afternoon/evening", "at night", "tonight" → true (p.m.).
fn day_part(input: &str) -> PResult<'_, bool> {
    let (rest, _) = space0(input)?;
    any_phrase(DAY_PARTS_AFTER)(rest)
}

/// Parts of the day that lead a time, with their day (from the publication
/// date, when they name one) and whether they are p.m.: "tonight at 7",
/// "tomorrow morning at 9", "in the afternoon at 3".
const DAY_PARTS_BEFORE: &[(&str, (Option<i64>, bool))] = &[
    ("tonight", (Some(0), true)),
    ("this morning", (Some(0), false)),
    ("this afternoon", (Some(0), true)),
    ("this evening", (Some(0), true)),
    ("tomorrow morning", (Some(1), false)),
    ("tomorrow afternoon", (Some(1), true)),
    ("tomorrow evening", (Some(1), true)),
    ("tomorrow night", (Some(1), true)),
    ("yesterday morning", (Some(-1), false)),
    ("yesterday afternoon", (Some(-1), true)),
    ("yesterday evening", (Some(-1), true)),
    ("last night", (Some(-1), true)),
    ("in the morning", (None, false)),
    ("in the afternoon", (None, true)),
    ("in the evening", (None, true)),
    ("this night", (Some(0), true)),
    ("morning", (None, false)),
    ("afternoon", (None, true)),
    ("evening", (None, true)),
];

/// A time led by the part of the day: "tonight at 7", "this morning at
/// 9:30", "in the evening at eight". Returns the day (from the publication
/// date) the part names, if it names one.
pub fn led_by_day_part(input: &str) -> PResult<'_, (Option<i64>, TimeValue)> {
    static INDEX: OnceLock<PhraseIndex<(Option<i64>, bool)>> = OnceLock::new();
    let (rest, (day, pm)) = PhraseIndex::of(&INDEX, DAY_PARTS_BEFORE).find(input)?;
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    let (rest, _) = space(rest)?;
    let (rest, _) = any_phrase(&[("at", ()), ("around", ()), ("about", ())])(rest)?;
    let (rest, _) = space(rest)?;
    if let Ok((r, t)) = clock_time(rest) {
        let written = rest.get(..rest.len() - r.len()).unwrap_or_default().to_ascii_lowercase();
        let stated = ["am", "pm", "a.m", "p.m"].iter().any(|m| written.contains(m));
        let time =
            if pm && !stated && (1..12).contains(&t.time.hour()) { t.time + TimeDelta::hours(12) } else { t.time };
        return Ok((r, (day, TimeValue { time, ..t })));
    }
    let (rest, hour) = small_digits(rest, 2).or_else(|_| word_hour(rest))?;
    let (rest, minute) = match rest.strip_prefix([':', '.']) {
        Some(r) if r.bytes().take_while(u8::is_ascii_digit).count() == 2 => small_digits(r, 2)?,
        _ => (rest, 0),
    };
    if !(1..=12).contains(&hour) || !at_boundary(rest) {
        return fail(input);
    }
    let hour = on_24_hours(hour, pm);
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) else { return fail(input) };
    Ok((rest, (day, TimeValue { time, zone: None })))
}

/// Words that may follow a bare hour after "on Monday at": the clause goes
/// on, but not with a unit ("at 5 percent").
const AFTER_A_BARE_HOUR: &[&str] = &["on", "in", "and", "to", "for", "when", "with", "local", "this", "tonight"];

/// A time after a date and "at" that needs that context to be a time: a
/// bare hour ("on Saturday at 5") or a dotted one ("Monday at 2.30"), read
/// as written.
pub fn after_at(input: &str) -> PResult<'_, TimeValue> {
    let (rest, hour) = small_digits(input, 2).or_else(|_| word_hour(input))?;
    let (rest, minute) = match rest.strip_prefix('.') {
        Some(r) if r.bytes().take_while(u8::is_ascii_digit).count() == 2 => small_digits(r, 2)?,
        // "tomorrow at seven twenty-seven": minutes in words after an hour in words.
        _ => match word_hour(input).and_then(|_| word_minutes(rest)) {
            Ok(found) => found,
            Err(_) => (rest, 0),
        },
    };
    // "8:45a" is a clock time this parser does not read, not a bare "8".
    if rest.starts_with(':') {
        return fail(input);
    }
    let next = space0(rest)?.0;
    let ends = next.is_empty()
        || !next.starts_with(|c: char| c.is_alphanumeric())
        || super::words::first_word_in(next, AFTER_A_BARE_HOUR);
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) else { return fail(input) };
    if !ends || !at_boundary(rest) || (minute == 0 && !(1..=12).contains(&hour)) {
        return fail(input);
    }
    Ok((rest, TimeValue { time, zone: None }))
}

/// Minutes in words after an hour in words: "thirty" in "seven thirty pm",
/// "oh five" in "ten oh five am".
fn word_minutes(input: &str) -> PResult<'_, u32> {
    let (rest, _) = space(input)?;
    if let Ok((r, _)) = any_phrase(&[("oh", ()), ("o", ())])(rest) {
        let (r, _) = space(r)?;
        let (r, m) = super::words::lexeme(super::lexicon::SMALL_NUMBERS)(r)?;
        return if (1..10).contains(&m) { Ok((r, m)) } else { fail(input) };
    }
    let (r, n) = super::number::words(rest)?;
    if n.value.fract() == 0.0 && (10.0..60.0).contains(&n.value) {
        Ok((r, n.value as u32))
    } else {
        fail(input)
    }
}

/// Minutes before or after an hour: "half", "a quarter", "ten", "20 minutes".
/// The flag is true when the count is a word for part of an hour or names
/// its unit, which a range ("5 to 10") never does.
fn minutes_word(input: &str) -> PResult<'_, (u32, bool)> {
    if let Ok(found) = any_phrase(&[("half", 30), ("a quarter", 15), ("quarter", 15), ("three quarters", 45)])(input) {
        return Ok((found.0, (found.1, true)));
    }
    let (rest, n) = super::number::number(input, false)?;
    if n.value.fract() != 0.0 || !(1.0..60.0).contains(&n.value) {
        return fail(input);
    }
    let unit =
        space(rest).and_then(|(r, _)| any_phrase(&[("minutes", ()), ("minute", ()), ("mins", ()), ("min", ())])(r));
    match unit {
        Ok((r, ())) => Ok((r, (n.value as u32, true))),
        Err(_) => Ok((rest, (n.value as u32, false))),
    }
}

/// "half past eight", "a quarter to 8 in the morning", "ten past nine",
/// "twenty to nine": minutes before or after a whole hour.
fn past_or_to(input: &str) -> PResult<'_, TimeValue> {
    if !super::words::mentions(input, &[" past ", " to "]) {
        return fail(input);
    }
    let (rest, (minutes, named)) = minutes_word(input)?;
    let (rest, _) = space(rest)?;
    let (rest, past) = any_phrase(&[("past", true), ("to", false)])(rest)?;
    let (rest, _) = space(rest)?;
    // "5 to 10" and "9 to 5" are ranges; "twenty to nine" and "15 to noon"
    // are times.
    let digits = input.starts_with(|c: char| c.is_ascii_digit()) && rest.starts_with(|c: char| c.is_ascii_digit());
    let (rest, hour) = clock_time(rest).or_else(|_| bare_hour(rest))?;
    let range_like = !past && !named && (digits || minutes <= hour.time.hour() % 12);
    if hour.time.minute() != 0 || range_like {
        return fail(input);
    }
    let delta = TimeDelta::minutes(i64::from(minutes));
    let time = if past { hour.time + delta } else { hour.time - delta };
    Ok((rest, TimeValue { time, zone: hour.zone }))
}

/// An hour with nothing after it ("eight", "9"), after "past" or "to".
fn bare_hour(input: &str) -> PResult<'_, TimeValue> {
    let (rest, hour) = small_digits(input, 2).or_else(|_| word_hour(input))?;
    match NaiveTime::from_hms_opt(hour, 0, 0) {
        Some(time) if (1..=12).contains(&hour) && at_boundary(rest) => Ok((rest, TimeValue { time, zone: None })),
        _ => fail(input),
    }
}

/// The clock of an ISO 8601 date-time after its "T": "12:23:59",
/// "08:13:00.000Z", "14:30+05:30"; with the offset from UTC in minutes when
/// one is given ("Z" is 0).
pub fn iso_clock(input: &str) -> PResult<'_, (NaiveTime, Option<i32>)> {
    let Some((rest, hour)) = two_digits_first(input) else { return fail(input) };
    let Some((mut rest, minute)) = rest.strip_prefix(':').and_then(two_digits_first) else { return fail(input) };
    let mut second = 0;
    if let Some((r, s)) = rest.strip_prefix(':').and_then(two_digits_first) {
        rest = r.strip_prefix('.').map_or(r, |f| f.trim_start_matches(|c: char| c.is_ascii_digit()));
        second = s;
    }
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, second) else { return fail(input) };
    let (rest, offset) = match rest.strip_prefix('Z') {
        Some(r) => (r, Some(0)),
        None => match utc_offset(rest) {
            Some((r, minutes)) => (r, Some(minutes)),
            None => (rest, None),
        },
    };
    if rest.starts_with(|c: char| c.is_ascii_alphanumeric()) {
        return fail(input);
    }
    Ok((rest, (time, offset)))
}

/// "GMT+8", " UTC -5", " (GMT +8)", "UTC+5:30" after a time: the offset
/// from UTC in minutes.
fn offset_zone(rest: &str) -> Option<(&str, i32)> {
    let r = rest.trim_start_matches(' ');
    let (r, paren) = r.strip_prefix('(').map_or((r, false), |inner| (inner, true));
    let r = r.strip_prefix("GMT").or_else(|| r.strip_prefix("UTC"))?.trim_start_matches(' ');
    let (mut r, minutes) = utc_offset(r)?;
    if paren {
        r = r.trim_start_matches(' ').strip_prefix(')')?;
    }
    at_boundary(r).then_some((r, minutes))
}

/// Two digits at the start of `s`, as a number, and what follows them.
fn two_digits_first(s: &str) -> Option<(&str, u32)> {
    match s.as_bytes() {
        [a, b, ..] => super::date::two_digits(*a, *b).map(|v| (s.get(2..).unwrap_or_default(), v)),
        _ => None,
    }
}

/// "+05:30", "-0800", "+8", "−5": an offset from UTC in minutes.
fn utc_offset(input: &str) -> Option<(&str, i32)> {
    let (r, sign) = match input.chars().next()? {
        '+' => (input.get(1..)?, 1),
        '-' => (input.get(1..)?, -1),
        '−' => (input.get('−'.len_utf8()..)?, -1),
        _ => return None,
    };
    let len = r.bytes().take_while(u8::is_ascii_digit).count();
    let (hours, minutes, rest) = match len {
        // "+0530"
        4 => (r.get(..2)?.parse::<i32>().ok()?, r.get(2..4)?.parse::<i32>().ok()?, r.get(4..)?),
        1 | 2 => {
            let hours = r.get(..len)?.parse::<i32>().ok()?;
            let after = r.get(len..)?;
            match after.strip_prefix(':').and_then(two_digits_first) {
                Some((rest, m)) => (hours, i32::try_from(m).ok()?, rest),
                None => (hours, 0, after),
            }
        }
        _ => return None,
    };
    (hours <= 14 && minutes < 60).then_some((rest, sign * (hours * 60 + minutes)))
}

/// A time of day.
pub fn time_of_day(input: &str) -> PResult<'_, TimeValue> {
    past_or_to(input).or_else(|_| clock_time(input)).or_else(|_| four_digit_time(input))
}

/// "0800 UTC", "1430 GMT", "0600 hours": four digits as hours and minutes,
/// with a zone, or with "hours" after a leading zero ("1500 hours" may be a
/// duration).
fn four_digit_time(input: &str) -> PResult<'_, TimeValue> {
    if let Ok(found) = run_together_with_meridiem(input) {
        return Ok(found);
    }
    let Some((digits, rest)) = input.split_at_checked(4) else { return fail(input) };
    let [h1, h2, m1, m2] = digits.as_bytes() else { return fail(input) };
    let (Some(hour), Some(minute)) = (super::date::two_digits(*h1, *h2), super::date::two_digits(*m1, *m2)) else {
        return fail(input);
    };
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) else { return fail(input) };
    if let Ok((r, z)) = zone(rest) {
        return Ok((r, TimeValue { time, zone: Some(z) }));
    }
    let military = space(rest).and_then(|(r, _)| any_phrase(&[("hours", ()), ("hrs", ())])(r));
    match military {
        Ok((r, ())) if *h1 == b'0' => Ok((r, TimeValue { time, zone: None })),
        _ => fail(input),
    }
}

/// "330 p.m.", "1140 a.m.": hour and minutes run together, then a.m. or
/// p.m., which make the figure a time.
fn run_together_with_meridiem(input: &str) -> PResult<'_, TimeValue> {
    let len = input.bytes().take_while(u8::is_ascii_digit).count();
    let (Some(digits), Some(rest)) = (input.get(..len), input.get(len..)) else { return fail(input) };
    let Some(value) = digits.parse::<u32>().ok().filter(|_| matches!(len, 3 | 4)) else { return fail(input) };
    let (hour, minute) = (value / 100, value % 100);
    let (rest, pm) = meridiem(rest)?;
    if !(1..=12).contains(&hour) || (!at_boundary(rest) && !rest.starts_with('.')) {
        return fail(input);
    }
    match NaiveTime::from_hms_opt(on_24_hours(hour, pm), minute, 0) {
        Some(time) => Ok((rest, TimeValue { time, zone: None })),
        None => fail(input),
    }
}

/// A time on the clock: "2:15 a.m.", "14:30 GMT", "seven o'clock", "noon".
fn clock_time(input: &str) -> PResult<'_, TimeValue> {
    for (w, h) in [("noon", 12), ("midday", 12), ("mid day", 12), ("midnight", 0), ("mid night", 0)] {
        if let Ok((rest, _)) = phrase(w)(input) {
            let time = NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
            return Ok((rest, TimeValue { time, zone: None }));
        }
    }
    let (rest, hour) = small_digits(input, 2).or_else(|_| word_hour(input))?;
    // "14:30", "2.15", and "15h30" as much of the world writes it.
    let separator = rest.strip_prefix(':').or_else(|| rest.strip_prefix('.')).or_else(|| rest.strip_prefix('h'));
    let (rest, minute) = match separator {
        Some(r) if r.bytes().take_while(u8::is_ascii_digit).count() == 2 => small_digits(r, 2)?,
        // "seven thirty pm": said in words, and only with a.m./p.m.
        _ => match word_hour(input).and_then(|_| word_minutes(rest)) {
            Ok((r, m)) if meridiem(r).is_ok() => (r, m),
            _ => (rest, u32::MAX),
        },
    };
    let (rest, second) = match rest.strip_prefix(':') {
        Some(r) if minute != u32::MAX && r.bytes().take_while(u8::is_ascii_digit).count() == 2 => small_digits(r, 2)?,
        _ => (rest, 0),
    };
    let after = space0(rest)?.0;
    let oclock = any_phrase(&[("o'clock", ()), ("o’clock", ()), ("oclock", ())])(after);
    let stated = match (minute != u32::MAX).then(|| glued_meridiem(rest)).flatten() {
        Some(glued) => Ok(glued),
        None => meridiem(rest).or_else(|_| day_part(rest)),
    };
    let (rest, pm) = match stated {
        Ok((r, pm)) => (r, Some(pm)),
        Err(_) => match oclock {
            Ok((r, _)) if minute == u32::MAX => {
                (day_part(r).map_or(r, |(r2, _)| r2), day_part(r).ok().map(|(_, pm)| pm))
            }
            _ if minute != u32::MAX && !input.get(..input.len() - rest.len()).unwrap_or_default().contains('.') => {
                (rest, None)
            }
            // "8 GMT": an hour with a zone is on the 24-hour clock.
            _ if minute == u32::MAX && zone(rest).is_ok_and(|(_, z)| z.len() >= 3) => (rest, None),
            _ => return fail(input),
        },
    };
    let minute = if minute == u32::MAX { 0 } else { minute };
    let hour = match pm {
        Some(_) if !(1..=12).contains(&hour) => return fail(input),
        Some(pm) => on_24_hours(hour, pm),
        None => hour,
    };
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, second) else { return fail(input) };
    // "6:40 p.m. (GMT +8)", "9:30 UTC+5:30": moved to UTC. (A time that
    // crosses midnight so keeps the day written beside it.)
    if let Some((r, minutes)) = offset_zone(rest) {
        let (utc, _) = time.overflowing_sub_signed(TimeDelta::minutes(i64::from(minutes)));
        return Ok((r, TimeValue { time: utc, zone: Some("UTC") }));
    }
    let (rest, zone) = match zone(rest) {
        Ok((r, z)) => (r, Some(z)),
        Err(_) => (rest, None),
    };
    if !at_boundary(rest) && !rest.starts_with('.') {
        return fail(input);
    }
    Ok((rest, TimeValue { time, zone }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hm(text: &str) -> (String, Option<&'static str>) {
        let (_, t) = time_of_day(text).unwrap();
        (t.time.format("%H:%M").to_string(), t.zone)
    }

    #[test]
    fn clock_forms() {
        assert_eq!(hm("2:15 a.m. local"), ("02:15".into(), None));
        assert_eq!(hm("08:13 AM IST"), ("08:13".into(), Some("IST")));
        assert_eq!(hm("14:30 GMT"), ("14:30".into(), Some("GMT")));
        assert_eq!(hm("8:00 pst"), ("08:00".into(), Some("PST")));
        assert_eq!(hm("8:00 pt"), ("08:00".into(), None));
        assert_eq!(hm("8 GMT"), ("08:00".into(), Some("GMT")));
        assert_eq!(hm("15h30"), ("15:30".into(), None));
        assert_eq!(hm("330 p.m."), ("15:30".into(), None));
        assert_eq!(hm("1140 a.m. local"), ("11:40".into(), None));
        assert!(time_of_day("1370 pm").is_err());
        assert_eq!(hm("19h00 GMT"), ("19:00".into(), Some("GMT")));
        assert!(time_of_day("15h").is_err(), "fifteen hours, maybe");
        assert_eq!(hm("17 UTC"), ("17:00".into(), Some("UTC")));
        assert_eq!(hm("3pm"), ("15:00".into(), None));
        assert_eq!(hm("1:35 p. m. semifinal"), ("13:35".into(), None), "spaced");
        assert_eq!(hm("12 p.m."), ("12:00".into(), None));
        assert_eq!(hm("3:15 in the afternoon"), ("15:15".into(), None));
        assert_eq!(hm("8 in the morning"), ("08:00".into(), None));
        assert_eq!(hm("seven o'clock").0, "07:00");
        assert_eq!(hm("12:34:25 "), ("12:34".into(), None));
        assert_eq!(time_of_day("7:56:30 pm").map(|(_, t)| t.time.second()), Ok(30));
        assert!(time_of_day("25:00").is_err());
        assert!(time_of_day("3 people").is_err());
        assert!(time_of_day("10.4 version").is_err());
        assert_eq!(hm("8 tonight").0, "20:00");
        assert_eq!(hm("7 this morning").0, "07:00");
        assert_eq!(hm("seven thirty pm").0, "19:30");
        assert_eq!(hm("ten oh five am").0, "10:05");
        assert_eq!(hm("midday").0, "12:00");
        assert_eq!(hm("9 oclock").0, "09:00");
        assert!(time_of_day("seven thirty people").is_err());
        assert_eq!(hm("3:20p.").0, "15:20");
        assert_eq!(hm("8:45a ET").0, "08:45");
        assert!(time_of_day("3:20pa").is_err());
    }

    #[test]
    fn times_led_by_the_part_of_the_day() {
        let led = |t: &'static str| led_by_day_part(t).map(|(_, (day, t))| (day, t.time.format("%H:%M").to_string()));
        assert_eq!(led("tonight at 7"), Ok((Some(0), "19:00".into())));
        assert_eq!(led("tomorrow morning at 9:30"), Ok((Some(1), "09:30".into())));
        assert_eq!(led("in the evening at eight"), Ok((None, "20:00".into())));
        assert_eq!(led("this afternoon at 3:20"), Ok((Some(0), "15:20".into())));
        assert_eq!(led("this morning at 10am"), Ok((Some(0), "10:00".into())));
        assert!(led("tonight the 7").is_err());
        assert_eq!(led("afternoon at 7"), Ok((None, "19:00".into())));
    }

    #[test]
    fn bare_and_dotted_hours_after_a_date_and_at() {
        let at = |t: &'static str| after_at(t).map(|(_, t)| t.time.format("%H:%M").to_string());
        assert_eq!(at("5."), Ok("05:00".into()));
        assert_eq!(at("2.30 on"), Ok("02:30".into()));
        assert_eq!(at("19.45,"), Ok("19:45".into()));
        assert!(at("5 percent").is_err());
        assert!(at("50.").is_err());
        assert!(at("8:45a.").is_err(), "a clock time, not a bare hour");
        assert_eq!(at("seven twenty-seven."), Ok("07:27".into()));
    }

    #[test]
    fn four_digit_times_need_a_zone_or_a_leading_zero() {
        assert_eq!(hm("0800 UTC, the banks"), ("08:00".into(), Some("UTC")));
        assert_eq!(hm("0600 hours").0, "06:00");
        assert!(time_of_day("1500 hours of service").is_err());
        assert!(time_of_day("2014 was").is_err());
    }

    #[test]
    fn minutes_past_and_to_the_hour() {
        assert_eq!(hm("half past eight").0, "08:30");
        assert_eq!(hm("a quarter to 8 in the morning").0, "07:45");
        assert_eq!(hm("ten past 9 in the evening").0, "21:10");
        assert_eq!(hm("twenty to nine").0, "08:40");
        assert_eq!(hm("20 minutes past eight").0, "08:20");
        assert!(time_of_day("5 to 10 people").is_err(), "a range");
        assert!(time_of_day("9 to 5 jobs").is_err(), "a range");
        assert_eq!(hm("15 to noon").0, "11:45");
    }

    #[test]
    fn offsets_from_utc_move_the_time_to_utc() {
        assert_eq!(hm("6:40 p.m. (GMT +8) after"), ("10:40".into(), Some("UTC")));
        assert_eq!(hm("9:30 UTC+5:30"), ("04:00".into(), Some("UTC")));
        assert_eq!(hm("7 p.m. GMT-5"), ("00:00".into(), Some("UTC")));
        assert_eq!(hm("14:30 GMT"), ("14:30".into(), Some("GMT")));
        assert!(time_of_day("half past the deadline").is_err());
    }
}
