//! One day told with two weekdays: "Tuesday, July 28" in one report and
//! "Thursday, July 28" in another. The calendar gives a day one weekday,
//! so one of the two is a slip, whatever each report says happened that
//! day: the two claims are linked as a disagreement without a score.
//!
//! A date and time whose words name its day's weekday ("at 6am on
//! Saturday, June 5") tells that weekday too: a weekday the calendar
//! denies leaves a claim a date, so only a date and time the calendar
//! agrees with is read so. Measured on 2026-12-07 (forty-second session;
//! read from blind round 124 after it was scored): probes 1108 → 1114 of
//! 1977 (a ferry grounding's Friday, August 14 against "Saturday, August
//! 14" at a time, a wildfire's, a motorway closure's, a yacht's
//! departure…), other conflicts unchanged (108); drafts 2173 → 2188 of
//! 3824, other unchanged (299); ECB+ (both lists, its mutation), WikiNews,
//! the seeds and the golds unchanged.
//!
//! Only days resolved to one calendar day (a year stated or taken from the
//! publication date) are compared: "Tuesday, July 28" of 2026 and
//! "Thursday, July 28" of 2022 are two days. Claims a copy aligns with its
//! original's are left to the copy check. Candidates come from an index on
//! the day, never from all pairs.

use crate::claim::{Claim, DateValue, Value};
use crate::hash::FastMap;

use super::{At, Link, LinkKind, World};

impl World<'_> {
    /// Links between claims that give one calendar day two weekdays: for
    /// each day, the first claim of each weekday stated for it is linked
    /// to the first claim of the first weekday stated.
    pub(super) fn weekday_links(&self, excluded: &FastMap<At, ()>) -> Vec<Link> {
        let mut by_day: FastMap<chrono::NaiveDate, Vec<(chrono::Weekday, At)>> = FastMap::default();
        for (d, claims) in self.claims.iter().enumerate() {
            let text = self.docs.get(d).map_or("", |doc| doc.text.as_str());
            for (c, claim) in claims.iter().enumerate() {
                let Some((day, weekday)) = told_weekday(claim, text) else { continue };
                if !claim.relative && !claim.derived && !excluded.contains_key(&(d, c)) {
                    by_day.entry(day).or_default().push((weekday, (d, c)));
                }
            }
        }
        let mut links: Vec<Link> = by_day.into_values().flat_map(|told| two_weekdays(&told)).collect();
        links.sort_unstable_by_key(|l| (l.a, l.b));
        links
    }
}

/// The calendar day of a claim and the weekday its text gives it: a date
/// with its weekday ("Friday, June 5", whether or not the calendar agrees),
/// or a date and time whose words name its day's weekday ("6am on
/// Saturday, June 5": a weekday the calendar denies leaves the claim a
/// date, for the check of one claim to see).
fn told_weekday(claim: &Claim, text: &str) -> Option<(chrono::NaiveDate, chrono::Weekday)> {
    use chrono::Datelike;
    match claim.value {
        Value::Date { date: DateValue::Day(day), stated_weekday: Some(weekday) } => Some((day, weekday)),
        Value::DateTime(day, _) => {
            let written = text.get(claim.span.start..claim.span.end)?;
            let named = crate::grammar::date::weekday_named_in(written)?;
            (named == day.weekday()).then_some((day, named))
        }
        _ => None,
    }
}

/// The disagreeing links among the claims `told` of one day (in document
/// order), each with the weekday it states.
fn two_weekdays(told: &[(chrono::Weekday, At)]) -> Vec<Link> {
    let Some(&(first_weekday, first)) = told.first() else { return Vec::new() };
    let mut seen = vec![first_weekday];
    let mut links = Vec::new();
    for &(weekday, at) in told {
        if seen.contains(&weekday) {
            continue;
        }
        seen.push(weekday);
        let kind = if at.0 == first.0 { LinkKind::Within } else { LinkKind::Across };
        links.push(Link { a: first, b: at, score: 0.0, agree: false, kind });
    }
    links
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// How many disagreeing links pairing finds between a report that
    /// tells a launch on "Thursday, July 28" and one whose lead is `lead`,
    /// both published on `published`.
    fn disagreements(lead: &str, published: &str) -> usize {
        let first = format!("{published}\n\nThe Wrenholt tunnel reopened to walkers on Thursday, July 28, after the bat survey ended.\n");
        let second = format!("{published}\n\n{lead}\n");
        crate::pair::disagreements_of_texts(&first, &second)
    }

    /// One day with two weekdays is a slip, whatever the two sentences say.
    #[test]
    fn one_day_with_two_weekdays_is_a_slip() {
        let dated = "July 30, 2026";
        assert_eq!(disagreements("Council staff said the gates opened on Tuesday, July 28.", dated), 1);
        assert_eq!(disagreements("Council staff said the gates opened on Thursday, July 28.", dated), 0);
        assert_eq!(disagreements("Council staff said the gates opened on Tuesday, July 21.", dated), 0, "two days");
        assert_eq!(
            disagreements("Council staff said the gates opened on Tuesday, July 28, 2020.", dated),
            0,
            "another year"
        );
    }

    /// A date and time that names its day's weekday tells that weekday
    /// too ("at 6am on Tuesday, July 28" against "Thursday, July 28");
    /// one that names none tells no weekday.
    #[test]
    fn a_date_and_time_tells_its_weekday_too() {
        let dated = "July 30, 2026";
        assert_eq!(disagreements("Council staff said the gates opened at 6am on Tuesday, July 28.", dated), 1);
        assert_eq!(disagreements("Council staff said the gates opened at 6am on July 28.", dated), 0, "no weekday");
    }

    /// The conflict shows the weekday each report gave the day.
    #[test]
    fn the_conflict_names_both_weekdays() {
        let rules = crate::rules::LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
        let docs = vec![
            Document::new("a.txt", "July 30, 2026\n\nThe tunnel reopened on Thursday, July 28.\n", None),
            Document::new("b.txt", "July 30, 2026\n\nThe gates opened on Tuesday, July 28.\n", None),
        ];
        let report = crate::checks::check(docs, &rules);
        let messages: Vec<&str> = report.conflicts.iter().map(|c| c.message.as_str()).collect();
        assert!(messages.iter().any(|m| m.ends_with("Thursday, 2026-07-28 vs Tuesday, 2026-07-28")), "{messages:?}");
    }
}
