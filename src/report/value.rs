//! How values are written: JSON shapes of the contract and short human forms.

use chrono::Weekday;
use serde::{Serialize, Serializer};
use serde_json::{json, Map, Value as Json};

use crate::claim::{Amount, DateValue, PartialDate, TimeValue, Value};

/// A number as the contract writes it: whole numbers without a fraction.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.0.fract() == 0.0 && self.0.abs() < 9.0e15 {
            s.serialize_i64(self.0 as i64)
        } else {
            s.serialize_f64((self.0 * 1e9).round() / 1e9)
        }
    }
}

/// A number as JSON: whole numbers without a fraction (the rule of
/// [`Num`], the wire form).
pub fn number_json(n: f64) -> Json {
    serde_json::to_value(Num(n)).unwrap_or(Json::Null)
}

/// The JSON `value` of a claim, as the contract shapes it per kind.
pub fn value_json(value: &Value) -> Json {
    match value {
        Value::Amount(a) => amount_json(a),
        Value::Date { date, .. } => date_json(date),
        Value::Time(t) => json!({"time": t.time.format("%H:%M").to_string(), "zone": t.zone}),
        Value::DateTime(d, t) => json!({"datetime": format!("{}T{}", d, t.time.format("%H:%M:%S")), "zone": t.zone}),
        Value::Year(y) => json!({"year": y}),
        Value::Score(s) => json!({"sides": s.sides, "stage": s.stage.name()}),
    }
}

/// `{"low", "high", "unit"}`.
fn amount_json(a: &Amount) -> Json {
    json!({
        "low": a.low.map(number_json),
        "high": a.high.map(number_json),
        "unit": a.unit,
    })
}

/// `{"date"}`, `{"from","to"}`, or the stated parts.
fn date_json(date: &DateValue) -> Json {
    match date {
        DateValue::Day(d) => json!({"date": d.to_string()}),
        DateValue::Range(a, b) => json!({"from": a.to_string(), "to": b.to_string()}),
        DateValue::Partial(p) => partial_json(p, false),
        DateValue::Impossible(p) => partial_json(p, true),
    }
}

/// The stated parts of a date.
fn partial_json(p: &PartialDate, impossible: bool) -> Json {
    let mut map = Map::new();
    if let Some(y) = p.year {
        map.insert("year".into(), json!(y));
    }
    if let Some(m) = p.month {
        map.insert("month".into(), json!(m));
    }
    if let Some(d) = p.day {
        map.insert("day".into(), json!(d));
    }
    if let Some(d) = p.day_to {
        map.insert("day_to".into(), json!(d));
    }
    if let Some(w) = p.weekday {
        map.insert("weekday".into(), json!(weekday_name(w)));
    }
    if impossible {
        map.insert("impossible".into(), json!(true));
    }
    Json::Object(map)
}

/// The English name of a weekday.
pub fn weekday_name(w: Weekday) -> &'static str {
    match w {
        Weekday::Mon => "Monday",
        Weekday::Tue => "Tuesday",
        Weekday::Wed => "Wednesday",
        Weekday::Thu => "Thursday",
        Weekday::Fri => "Friday",
        Weekday::Sat => "Saturday",
        Weekday::Sun => "Sunday",
    }
}

/// A short human form of a value: "13,000", "≥ 13,000", "2h", "2021-12-07".
pub fn value_text(value: &Value) -> String {
    match value {
        Value::Amount(a) => amount_text(a),
        Value::Date { date, .. } => date_text(date),
        Value::Time(t) => time_text(t),
        Value::DateTime(d, t) => format!("{d} {}", time_text(t)),
        Value::Year(y) => y.to_string(),
        Value::Score(s) => format!("{}-{}", s.sides[0], s.sides[1]),
    }
}

/// A value as a message shows it: [`value_text`], except that a length of
/// a year or more reads in years and months ("4 years 8 months", "4.5
/// years"), and a length in hours that tenths do not tell, in hours and
/// minutes ("3h 20 min", not "3.333h"). Fingerprints keep [`value_text`],
/// so that baselines stay valid.
pub fn value_words(value: &Value) -> String {
    match value {
        Value::Amount(a) if a.unit == Some("s") && a.low.is_some() && a.low == a.high && !a.vague => {
            a.low.and_then(duration_words).unwrap_or_else(|| value_text(value))
        }
        _ => value_text(value),
    }
}

/// Seconds in calendar words, where [`duration_text`] would read poorly.
fn duration_words(secs: f64) -> Option<String> {
    const DAY: f64 = 86_400.0;
    let days = secs / DAY;
    if days >= 365.0 {
        return years_and_months(days);
    }
    let hours = secs / 3600.0;
    let tenths_tell = (hours * 10.0 - (hours * 10.0).round()).abs() < 1e-9;
    if (1.0..24.0).contains(&hours) && !tenths_tell {
        let whole = hours.floor();
        let minutes = ((hours - whole) * 60.0).round();
        return Some(format!("{}h {} min", plain(whole), plain(minutes)));
    }
    None
}

/// Days of a year or more in years (365 days) and months (30 days): "4
/// years 8 months", "1 year", "4.5 years"; none when neither reads them.
fn years_and_months(days: f64) -> Option<String> {
    let counted = |n: f64, unit: &str| format!("{} {unit}{}", plain(n), if n == 1.0 { "" } else { "s" });
    let years = (days / 365.0).floor();
    let months = (days - years * 365.0) / 30.0;
    if months.fract() == 0.0 {
        let months = (months > 0.0).then(|| format!(" {}", counted(months, "month")));
        Some(format!("{}{}", counted(years, "year"), months.unwrap_or_default()))
    } else if ((days / 365.0) * 100.0).fract() == 0.0 {
        Some(format!("{} years", trim_float(days / 365.0)))
    } else {
        None
    }
}

/// "14:30 GMT".
fn time_text(t: &TimeValue) -> String {
    match t.zone {
        Some(z) => format!("{} {z}", t.time.format("%H:%M")),
        None => t.time.format("%H:%M").to_string(),
    }
}

/// A date in ISO form, or its stated parts.
fn date_text(date: &DateValue) -> String {
    match date {
        DateValue::Day(d) => d.to_string(),
        DateValue::Range(a, b) => format!("{a}..{b}"),
        DateValue::Partial(p) | DateValue::Impossible(p) => {
            let mut parts = Vec::new();
            if let Some(w) = p.weekday {
                parts.push(weekday_name(w).to_string());
            }
            if let (Some(m), Some(d)) = (p.month, p.day) {
                let month =
                    chrono::Month::try_from(m as u8).map(|m| m.name().to_string()).unwrap_or_else(|_| m.to_string());
                match p.day_to {
                    Some(to) => parts.push(format!("{month} {d}-{to}")),
                    None => parts.push(format!("{month} {d}")),
                }
            }
            if let Some(y) = p.year {
                parts.push(y.to_string());
            }
            parts.join(" ")
        }
    }
}

/// An interval in words and digits.
fn amount_text(a: &Amount) -> String {
    if crate::grammar::age::is_age(a) {
        return format!("aged {}", amount_text(&Amount { unit: None, ..*a }));
    }
    let unit = a.unit.unwrap_or("");
    let show = |n: f64| with_unit(n, unit);
    match (a.low, a.high) {
        (Some(l), Some(h)) if (l - h).abs() < f64::EPSILON => show(l),
        (Some(l), Some(h)) => format!("{}–{}", show(l), show(h)),
        (Some(l), None) => format!("≥ {}", show(l)),
        (None, Some(h)) => format!("≤ {}", show(h)),
        (None, None) => "any".into(),
    }
}

/// A figure with its unit: "$1,300,000,000" is written "1.3 billion USD".
fn with_unit(n: f64, unit: &str) -> String {
    match unit {
        "s" => duration_text(n),
        "%" => format!("{}%", plain(n)),
        "" => plain(n),
        u => format!("{} {u}", plain(n)),
    }
}

/// 13000 → "13,000"; 1.3e9 → "1.3 billion".
pub fn plain(n: f64) -> String {
    if n.abs() >= 1e9 {
        return format!("{} billion", trim_float(n / 1e9));
    }
    if n.abs() >= 1e6 {
        return format!("{} million", trim_float(n / 1e6));
    }
    if n.fract() != 0.0 {
        return trim_float(n);
    }
    let digits = format!("{}", n.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if n < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// A float without trailing zeros.
fn trim_float(n: f64) -> String {
    let s = format!("{n:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Seconds as "2h", "50 min", "3 days".
fn duration_text(secs: f64) -> String {
    if secs >= 86_400.0 && secs % 86_400.0 == 0.0 {
        format!("{} days", plain(secs / 86_400.0))
    } else if secs >= 3600.0 {
        format!("{}h", trim_float(secs / 3600.0))
    } else {
        format!("{} min", trim_float(secs / 60.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::claim::Amount;

    fn seconds(n: f64) -> Value {
        Value::Amount(Amount::exact(n, 1.0, Some("s")))
    }

    /// Long terms read in years and months, odd hours in minutes; the
    /// rest as the short form.
    #[test]
    fn lengths_read_in_calendar_words() {
        let day = 86_400.0;
        assert_eq!(value_words(&seconds((4.0 * 365.0 + 8.0 * 30.0) * day)), "4 years 8 months");
        assert_eq!(value_words(&seconds(365.0 * day)), "1 year");
        assert_eq!(value_words(&seconds(4.5 * 365.0 * day)), "4.5 years");
        assert_eq!(value_words(&seconds(3.0 * 3600.0 + 20.0 * 60.0)), "3h 20 min");
        assert_eq!(value_words(&seconds(1.5 * 3600.0)), "1.5h");
        assert_eq!(value_words(&seconds(17.0 * day)), "17 days");
        assert_eq!(value_text(&seconds(1_700.0 * day)), "1,700 days", "fingerprints keep the short form");
    }
}
