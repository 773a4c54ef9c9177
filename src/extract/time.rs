//! Times of day, with zones.
//!
//! ```text
//! time = h ":" mm meridiem? zone? | h meridiem zone? | "noon" | "midnight"
//! meridiem = "am" | "a.m." | "pm" | "p.m."
//! ```

use chrono::NaiveTime;

use super::lexicon::ZONES;
use super::words::{at_boundary, fail, phrase, space0, word, PResult};
use crate::claim::TimeValue;

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
    for (form, pm) in [("a.m.", false), ("p.m.", true), ("a.m", false), ("p.m", true)] {
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

/// A zone abbreviation after the time ("IST", "GMT").
fn zone(input: &str) -> PResult<'_, &'static str> {
    let (rest, _) = space0(input)?;
    let (rest, w) = word(rest)?;
    match ZONES.iter().find(|(z, _)| *z == w) {
        Some(&(z, _)) if at_boundary(rest) => Ok((rest, z)),
        _ => fail(input),
    }
}

/// The offset of a zone abbreviation from UTC, in minutes.
pub fn zone_offset(zone: &str) -> Option<i32> {
    ZONES.iter().find(|(z, _)| *z == zone).map(|&(_, m)| m)
}

/// The part of the day after a time: "in the morning" → false (a.m.),
/// "in the afternoon/evening", "at night" → true (p.m.).
fn day_part(input: &str) -> PResult<'_, bool> {
    let (rest, _) = space0(input)?;
    for (p, pm) in [
        ("in the morning", false),
        ("in the afternoon", true),
        ("in the evening", true),
        ("at night", true),
        ("in afternoon", true),
        ("in the am", false),
        ("in the pm", true),
    ] {
        if let Ok((r, _)) = phrase(p)(rest) {
            return Ok((r, pm));
        }
    }
    fail(input)
}

/// A time of day.
pub fn time_of_day(input: &str) -> PResult<'_, TimeValue> {
    for (w, h) in [("noon", 12), ("midnight", 0)] {
        if let Ok((rest, _)) = phrase(w)(input) {
            let time = NaiveTime::from_hms_opt(h, 0, 0).unwrap_or_default();
            return Ok((rest, TimeValue { time, zone: None }));
        }
    }
    let (rest, hour) = small_digits(input, 2).or_else(|_| word_hour(input))?;
    let (rest, minute) = match rest.strip_prefix(':').or_else(|| rest.strip_prefix('.')) {
        Some(r) if r.bytes().take_while(u8::is_ascii_digit).count() == 2 => small_digits(r, 2)?,
        _ => (rest, u32::MAX),
    };
    let rest = match rest.strip_prefix(':') {
        Some(r) if minute != u32::MAX && r.bytes().take_while(u8::is_ascii_digit).count() == 2 => {
            r.get(2..).unwrap_or_default()
        }
        _ => rest,
    };
    let oclock = phrase("o'clock")(space0(rest)?.0).or_else(|_| phrase("o’clock")(space0(rest)?.0));
    let (rest, pm) = match meridiem(rest).or_else(|_| day_part(rest)) {
        Ok((r, pm)) => (r, Some(pm)),
        Err(_) => match oclock {
            Ok((r, _)) if minute == u32::MAX => {
                (day_part(r).map_or(r, |(r2, _)| r2), day_part(r).ok().map(|(_, pm)| pm))
            }
            _ if minute != u32::MAX && !input.get(..input.len() - rest.len()).unwrap_or_default().contains('.') => {
                (rest, None)
            }
            _ => return fail(input),
        },
    };
    let minute = if minute == u32::MAX { 0 } else { minute };
    let hour = match pm {
        Some(_) if !(1..=12).contains(&hour) => return fail(input),
        Some(true) => hour % 12 + 12,
        Some(false) => hour % 12,
        None => hour,
    };
    let Some(time) = NaiveTime::from_hms_opt(hour, minute, 0) else { return fail(input) };
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
        assert_eq!(hm("3pm"), ("15:00".into(), None));
        assert_eq!(hm("12 p.m."), ("12:00".into(), None));
        assert_eq!(hm("3:15 in the afternoon"), ("15:15".into(), None));
        assert_eq!(hm("8 in the morning"), ("08:00".into(), None));
        assert_eq!(hm("seven o'clock").0, "07:00");
        assert_eq!(hm("12:34:25 "), ("12:34".into(), None));
        assert!(time_of_day("25:00").is_err());
        assert!(time_of_day("3 people").is_err());
        assert!(time_of_day("10.4 version").is_err());
    }
}
