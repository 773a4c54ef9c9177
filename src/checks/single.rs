//! Checks of one claim alone: a weekday that does not match its date, and a
//! date that cannot exist.

use chrono::{Datelike, NaiveDate};

use crate::claim::{Claim, DateValue, Value};
use crate::report::value::weekday_name;

/// The message when a claim's stated weekday is not its date's weekday.
pub fn weekday_mismatch(claim: &Claim) -> Option<String> {
    let Value::Date { date, stated_weekday: Some(stated) } = claim.value else { return None };
    let day: NaiveDate = match date {
        DateValue::Day(d) | DateValue::Range(d, _) => d,
        _ => return None,
    };
    let actual = day.weekday();
    (actual != stated)
        .then(|| format!("{} is a {}, not a {}", day.format("%B %-d, %Y"), weekday_name(actual), weekday_name(stated)))
}

/// The message when a claim's date cannot exist.
pub fn impossible(claim: &Claim) -> Option<String> {
    let Value::Date { date: DateValue::Impossible(p), .. } = claim.value else { return None };
    let month = p.month.and_then(|m| chrono::Month::try_from(m as u8).ok()).map_or("?", |m| m.name());
    let year = p.year.map(|y| format!(", {y}")).unwrap_or_default();
    Some(format!("{month} {}{year} does not exist", p.day.unwrap_or(0)))
}
