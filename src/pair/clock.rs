//! Vetoes that only times of day know: a slip moves a time by an hour or
//! two, or changes or swaps its digits; two times further apart are two
//! moments ("polls opened at 0300 GMT", "turnout at 1100 GMT"; a quake at
//! 9:27 a.m. and an aftershock at 9:32 p.m.).

use chrono::{NaiveTime, Timelike};

use crate::claim::{Claim, Value};

/// How many minutes apart, around the clock, two times may be and still be
/// one time told with a slip, when their digits are not one edit apart.
const SLIP_MINUTES: u32 = 150;

/// True for two times of day too far apart to be one time told with a
/// slip: more than [`SLIP_MINUTES`] apart around the clock, with their
/// digits on a 12-hour clock neither one changed nor two neighbours
/// swapped ("7:42" and "6:42" are a slip; "11:51" and "11:15" too; "9
/// p.m." and "6 a.m.", "3pm" and "11am" are not).
pub(super) fn too_far_apart(a: &Claim, b: &Claim) -> bool {
    further_than(a, b, SLIP_MINUTES)
}

/// True for two times of day more than `minutes` apart around the clock,
/// with their digits on a 12-hour clock not one edit apart (see
/// [`too_far_apart`]).
pub(super) fn further_than(a: &Claim, b: &Claim, minutes: u32) -> bool {
    let (Some(x), Some(y)) = (time_of(a), time_of(b)) else { return false };
    let apart = minute_of_day(x).abs_diff(minute_of_day(y));
    let around = apart.min(24 * 60 - apart);
    around > minutes && !super::slip::one_edit(&digits(x), &digits(y))
}

/// The minute of the day a time or a date with a time tells.
pub(super) fn minute_of(c: &Claim) -> Option<u32> {
    time_of(c).map(minute_of_day)
}

/// The minute of the day of a time.
fn minute_of_day(t: NaiveTime) -> u32 {
    t.hour() * 60 + t.minute()
}

/// The digits a 12-hour clock shows for a time or a date with a time, as
/// ASCII ("5:15 p.m.": 0515).
pub(super) fn clock_digits(c: &Claim) -> Option<[u8; 4]> {
    let [h1, h2, m1, m2, _] = digits(time_of(c)?);
    Some([h1, h2, m1, m2].map(|d| b'0' + d))
}

/// The time of day of a time or a date with a time.
fn time_of(c: &Claim) -> Option<NaiveTime> {
    match c.value {
        Value::Time(t) | Value::DateTime(_, t) => Some(t.time),
        _ => None,
    }
}

/// A time as a 12-hour clock shows it: the hour's two digits, the
/// minutes' two, and morning or afternoon ("3pm" and "11am" are three
/// changes apart, though 15:00 and 11:00 differ in one digit).
fn digits(t: NaiveTime) -> [u8; 5] {
    let (pm, h) = t.hour12();
    let (h, m) = (h as u8, t.minute() as u8);
    [h / 10, h % 10, m / 10, m % 10, u8::from(pm)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn time(text: &str) -> Claim {
        let doc = Document::new("a.txt", format!("It happened at {text}.\n"), None);
        let claims = crate::extract::extract(&doc);
        claims.into_iter().find(|c| time_of(c).is_some()).expect("a time")
    }

    #[test]
    fn slips_are_near_or_one_digit_edit_off() {
        let apart = |x: &str, y: &str| too_far_apart(&time(x), &time(y));
        assert!(!apart("7:42 a.m.", "6:42 a.m."), "an hour");
        assert!(!apart("11:51 p.m.", "11:15 p.m."), "minutes swapped");
        assert!(!apart("2:15 p.m.", "2:45 p.m."), "one digit");
        assert!(!apart("11:40 p.m.", "12:40 a.m."), "an hour around midnight");
        assert!(apart("9 p.m.", "6 a.m."), "nine hours");
        assert!(apart("9:27 a.m.", "9:32 p.m."), "twelve hours and two digits");
        assert!(!apart("10:15 a.m.", "10:15 p.m."), "p.m. for a.m. is a slip");
        assert!(apart("3 a.m.", "11 a.m."), "eight hours");
        assert!(apart("3pm", "11am"), "four hours, one 24-hour digit apart");
        assert!(!apart("1 a.m.", "7 a.m."), "one digit, six hours");
    }
}
