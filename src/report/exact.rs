//! Claims as the checker holds them, on the wire and back: the `exact`
//! object of `extract --format jsonl` (added to contract version 1; fields
//! are only ever added) and the reading of that output back into claims
//! and frames, for `check --claims` (the map step of an archive audit runs
//! `extract` anywhere; the pairing stage reads its lines back).
//!
//! The contract's fields round values for people (a time to the minute, a
//! figure to nine decimals) and leave out what only the checker needs (a
//! figure's precision, a vague amount, a weekday stated beside its date, a
//! period relative to the publication date, the sentence); `exact` carries
//! those, so that a claim read back is the claim extracted. Frames are read
//! again from the documents' texts (re-read from their paths, which the
//! pairing stage needs anyway for context words and copies) by the frame
//! reader, and must equal the lines' `frame` objects: the lines carry the
//! frame's words, not their senses or the clause's other actions.

use std::collections::HashSet;
use std::sync::Mutex;

use chrono::{NaiveDate, NaiveTime, Weekday};
use serde::{Deserialize, Serialize};

use crate::claim::{Amount, Claim, DateValue, PartialDate, TimeValue, Value};
use crate::document::Document;

/// What a claim is, exactly, beyond the contract's fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Exact {
    /// The claim's bytes in the reading text, when they differ from
    /// `span` (a claim that starts or ends inside a character reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<[usize; 2]>,
    /// The sentence the claim stands in, in bytes.
    pub sentence: [usize; 2],
    /// A period relative to the publication date.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub relative: bool,
    /// The value, unrounded.
    pub value: ExactValue,
}

/// A value, unrounded, with every field the checker compares.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "is", rename_all = "lowercase")]
pub enum ExactValue {
    /// An interval.
    Amount {
        /// Lower bound.
        low: Option<f64>,
        /// Upper bound.
        high: Option<f64>,
        /// Unit.
        unit: Option<String>,
        /// The figure's precision.
        precision: f64,
        /// A vague amount ("thousands").
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        vague: bool,
    },
    /// A date.
    Date {
        /// `YYYY-MM-DD`, or the first and last day of a range.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        day: Option<String>,
        /// The last day of a range.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        to: Option<String>,
        /// The stated parts of a date not resolved, or impossible.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        parts: Option<[Option<i64>; 5]>,
        /// True for an impossible date.
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        impossible: bool,
        /// The weekday stated beside the date (0 = Monday).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        weekday: Option<u8>,
    },
    /// A time of day.
    Time {
        /// `HH:MM:SS` with any fraction.
        time: String,
        /// Zone.
        zone: Option<String>,
    },
    /// A date and a time.
    DateTime {
        /// `YYYY-MM-DD`.
        day: String,
        /// `HH:MM:SS` with any fraction.
        time: String,
        /// Zone.
        zone: Option<String>,
    },
    /// A year.
    Year {
        /// The year.
        year: i32,
    },
    /// A score or a tally.
    Score {
        /// The two sides, as written.
        sides: [u32; 2],
        /// Its stage, by name.
        stage: String,
    },
}

const TIME: &str = "%H:%M:%S%.f";

fn weekday_number(w: Weekday) -> u8 {
    w.num_days_from_monday() as u8
}

fn weekday_of(n: u8) -> Option<Weekday> {
    Weekday::try_from(n).ok()
}

impl Exact {
    /// The exact form of a claim of `doc`.
    pub fn of(doc: &Document, claim: &Claim) -> Self {
        let at = (doc.written_span(claim.span) != claim.span).then_some([claim.span.start, claim.span.end]);
        let value = match claim.value {
            Value::Amount(a) => ExactValue::Amount {
                low: a.low,
                high: a.high,
                unit: a.unit.map(str::to_string),
                precision: a.precision,
                vague: a.vague,
            },
            Value::Date { date, stated_weekday } => {
                let weekday = stated_weekday.map(weekday_number);
                let parts = |p: PartialDate| {
                    [
                        p.year.map(i64::from),
                        p.month.map(i64::from),
                        p.day.map(i64::from),
                        p.day_to.map(i64::from),
                        p.weekday.map(|w| i64::from(weekday_number(w))),
                    ]
                };
                let (day, to, parts, impossible) = match date {
                    DateValue::Day(d) => (Some(d.to_string()), None, None, false),
                    DateValue::Range(a, b) => (Some(a.to_string()), Some(b.to_string()), None, false),
                    DateValue::Partial(p) => (None, None, Some(parts(p)), false),
                    DateValue::Impossible(p) => (None, None, Some(parts(p)), true),
                };
                ExactValue::Date { day, to, parts, impossible, weekday }
            }
            Value::Time(t) => {
                ExactValue::Time { time: t.time.format(TIME).to_string(), zone: t.zone.map(str::to_string) }
            }
            Value::DateTime(d, t) => ExactValue::DateTime {
                day: d.to_string(),
                time: t.time.format(TIME).to_string(),
                zone: t.zone.map(str::to_string),
            },
            Value::Year(year) => ExactValue::Year { year },
            Value::Score(s) => ExactValue::Score { sides: s.sides, stage: s.stage.name().to_string() },
        };
        Exact { at, sentence: [claim.sentence.start, claim.sentence.end], relative: claim.relative, value }
    }

    /// The value, or `None` when a field cannot be read.
    pub fn value(&self) -> Option<Value> {
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let time = |s: &str, zone: &Option<String>| {
            Some(TimeValue { time: NaiveTime::parse_from_str(s, TIME).ok()?, zone: zone.as_deref().map(intern) })
        };
        Some(match &self.value {
            ExactValue::Amount { low, high, unit, precision, vague } => Value::Amount(Amount {
                low: *low,
                high: *high,
                unit: unit.as_deref().map(intern),
                precision: *precision,
                vague: *vague,
            }),
            ExactValue::Date { day: d, to, parts, impossible, weekday } => {
                let date = match (d, to, parts) {
                    (Some(a), Some(b), _) => DateValue::Range(day(a)?, day(b)?),
                    (Some(a), None, _) => DateValue::Day(day(a)?),
                    (None, _, Some([y, m, dd, to, w])) => {
                        let p = PartialDate {
                            year: y.map(i32::try_from).transpose().ok()?,
                            month: m.map(u32::try_from).transpose().ok()?,
                            day: dd.map(u32::try_from).transpose().ok()?,
                            day_to: to.map(u32::try_from).transpose().ok()?,
                            weekday: w.and_then(|w| u8::try_from(w).ok()).and_then(weekday_of),
                        };
                        if *impossible {
                            DateValue::Impossible(p)
                        } else {
                            DateValue::Partial(p)
                        }
                    }
                    _ => return None,
                };
                Value::Date { date, stated_weekday: weekday.and_then(weekday_of) }
            }
            ExactValue::Time { time: t, zone } => Value::Time(time(t, zone)?),
            ExactValue::DateTime { day: d, time: t, zone } => Value::DateTime(day(d)?, time(t, zone)?),
            ExactValue::Year { year } => Value::Year(*year),
            ExactValue::Score { sides, stage } => Value::Score(crate::grammar::score::Score {
                sides: *sides,
                stage: crate::grammar::score::Stage::from_name(stage)?,
            }),
        })
    }
}

/// Units and zones are `&'static str` in a value: the ones read back are
/// kept once each for the run.
fn intern(s: &str) -> &'static str {
    static KEPT: Mutex<Option<HashSet<&'static str>>> = Mutex::new(None);
    let Ok(mut kept) = KEPT.lock() else { return "" };
    let kept = kept.get_or_insert_with(HashSet::new);
    if let Some(&k) = kept.get(s) {
        return k;
    }
    let k: &'static str = Box::leak(s.to_string().into_boxed_str());
    kept.insert(k);
    k
}
