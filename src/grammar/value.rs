//! The values the grammar produces: what sort of figure was read and its
//! normalized value (intervals, dates, times, years).

use chrono::{NaiveDate, NaiveTime, Weekday};

/// What sort of figure a claim states.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ClaimKind {
    /// A plain number of things ("13,000 people").
    Count,
    /// A measure with a unit ("6.1 magnitude", "40 km").
    Quantity,
    /// An amount of money ("$1.3bn").
    Money,
    /// A percentage ("25 per cent").
    Percent,
    /// A rank or a repetition ("second call").
    Ordinal,
    /// A length of time ("50 minutes").
    Duration,
    /// A calendar date or range of dates.
    Date,
    /// A time of day.
    Time,
    /// A date with a time of day.
    DateTime,
    /// A calendar year ("in 2014").
    Year,
    /// A score or a tally ("won 3-1", "eight votes to four").
    Score,
}

impl ClaimKind {
    /// Every kind, in output order.
    pub const ALL: [ClaimKind; 11] = [
        ClaimKind::Count,
        ClaimKind::Quantity,
        ClaimKind::Money,
        ClaimKind::Percent,
        ClaimKind::Ordinal,
        ClaimKind::Duration,
        ClaimKind::Date,
        ClaimKind::Time,
        ClaimKind::DateTime,
        ClaimKind::Year,
        ClaimKind::Score,
    ];

    /// The name used in JSON and in rule files.
    pub const fn name(self) -> &'static str {
        match self {
            ClaimKind::Count => "count",
            ClaimKind::Quantity => "quantity",
            ClaimKind::Money => "money",
            ClaimKind::Percent => "percent",
            ClaimKind::Ordinal => "ordinal",
            ClaimKind::Duration => "duration",
            ClaimKind::Date => "date",
            ClaimKind::Time => "time",
            ClaimKind::DateTime => "datetime",
            ClaimKind::Year => "year",
            ClaimKind::Score => "score",
        }
    }

    /// True for dates, times, date-times and years.
    pub const fn is_temporal(self) -> bool {
        matches!(self, ClaimKind::Date | ClaimKind::Time | ClaimKind::DateTime | ClaimKind::Year)
    }

    /// The kind with this JSON name.
    pub fn from_name(name: &str) -> Option<ClaimKind> {
        ClaimKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// An interval of numbers with an optional unit: counts, money, percentages,
/// quantities, ordinals and durations (in seconds).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Amount {
    /// Lower bound, `None` when open.
    pub low: Option<f64>,
    /// Upper bound, `None` when open.
    pub high: Option<f64>,
    /// ISO 4217 code, `%`, `s`, or a unit symbol.
    pub unit: Option<&'static str>,
    /// The size of the last stated digit ("2.4 million" → 100,000), used to
    /// accept values that round to each other.
    pub precision: f64,
    /// A vague amount ("thousands", "dozens").
    pub vague: bool,
}

impl Amount {
    /// An exact figure.
    pub fn exact(value: f64, precision: f64, unit: Option<&'static str>) -> Self {
        Amount { low: Some(value), high: Some(value), unit, precision, vague: false }
    }

    /// The figure of an exact amount ("12"; not "at least 12", "10-15" or
    /// "dozens").
    pub fn exact_figure(&self) -> Option<f64> {
        self.low.filter(|_| self.low == self.high && !self.vague)
    }

    /// The central figure: the exact value, or the stated bound.
    pub fn nominal(&self) -> f64 {
        match (self.low, self.high) {
            (Some(l), Some(h)) => (l + h) / 2.0,
            (Some(v), None) | (None, Some(v)) => v,
            (None, None) => 0.0,
        }
    }
}

/// A date as stated, resolved as far as the text allows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    /// One calendar day.
    Day(NaiveDate),
    /// A range of days, both ends included.
    Range(NaiveDate, NaiveDate),
    /// A date whose year (or more) could not be resolved.
    Partial(PartialDate),
    /// A date that cannot exist ("February 30").
    Impossible(PartialDate),
}

/// The parts of a date that were stated.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PartialDate {
    /// The year, when stated.
    pub year: Option<i32>,
    /// The month (1–12), when stated.
    pub month: Option<u32>,
    /// The day of the month, when stated.
    pub day: Option<u32>,
    /// The last day of a range within one month ("9 and 10").
    pub day_to: Option<u32>,
    /// The weekday, when stated.
    pub weekday: Option<Weekday>,
}

/// A time of day, with the zone as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TimeValue {
    /// The time, 24-hour.
    pub time: NaiveTime,
    /// The zone abbreviation as written, upper-cased ("IST", "GMT").
    pub zone: Option<&'static str>,
}

/// The normalized value of a claim.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Value {
    /// Counts, money, percentages, quantities, ordinals, durations.
    Amount(Amount),
    /// A date, with the weekday the text gave for it, if any.
    Date {
        /// The date as resolved.
        date: DateValue,
        /// The weekday written next to it ("Tuesday, May 7").
        stated_weekday: Option<Weekday>,
    },
    /// A time of day.
    Time(TimeValue),
    /// A date and a time of day.
    DateTime(NaiveDate, TimeValue),
    /// A calendar year.
    Year(i32),
    /// A score or a tally: its two sides as written.
    Score(super::score::Score),
}

impl Value {
    /// The figure of an exact amount (see [`Amount::exact_figure`]); `None`
    /// for any other value.
    pub fn exact_figure(&self) -> Option<f64> {
        match self {
            Value::Amount(a) => a.exact_figure(),
            _ => None,
        }
    }

    /// The one calendar day of a date or a date with a time of day; `None`
    /// for a range of days, a partial date and any other value.
    pub fn single_day(&self) -> Option<chrono::NaiveDate> {
        match *self {
            Value::Date { date: DateValue::Day(d), .. } | Value::DateTime(d, _) => Some(d),
            _ => None,
        }
    }
}
