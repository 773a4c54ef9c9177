//! The day a report tells its story's event happened, and when two
//! reports' days are compared: one more slot of two reports of one story
//! (see [`super::slots`]).
//!
//! A lead (the first sentence past the headline) tells the story's event
//! and its day first, with whatever verb ("agreed on Monday to acquire",
//! "said on Tuesday it would buy"): its first date is one more slot,
//! compared between reports published the same day, or when the later
//! report's lead tells the earlier day (a follow-up's lead tells a new
//! development, later, never an earlier one: 2026-12-05, nineteenth
//! session, probes 235 → 236 of 665 (a probe's landing on Sunday against
//! Monday, a listing's first trading day; a time lost to the documents'
//! consistency), drafts 536 → 540 of 1303 with one more other conflict
//! that is a slip the key sets against a third report; ECB+ and its
//! mutation, WikiNews and the seeds unchanged). A report whose lead
//! tells no day tells it with its first moment ("The alarm was raised at
//! 2:40 a.m. on Wednesday"), whose day fills the lead's slot; a moment in
//! the small hours of the day after the other's day is the same night
//! ("Sunday's election", "declared at 2:30 a.m. on Monday"). Measured on
//! 2026-12-05 (twenty-first session): probes 267 → 270 of 697, drafts 583
//! → 587 of 1367, other conflicts unchanged (21, 72; without the night,
//! drafts had 3 more, the election's); ECB+ both lists and its mutation,
//! WikiNews and the seeds unchanged.
//!
//! A report that leads with the next development ("Inspectors began
//! examining the tunnel on Thursday") tells its story's day further down
//! ("The tunnel came down early on Monday"): the earliest recent day a
//! report tells as so, with a verb, is one more slot, compared as two
//! leads' days are when the two days are one apart (a slip; further apart,
//! one report never told the incident's day). Measured on 2026-12-07
//! (thirty-seventh session; read from the probes' 98 misses of "other
//! predicates", most of them days): probes 796 → 805 of 1529 (a leak's
//! Monday against Tuesday, a ferry's capsizing, a mine's collapse, a
//! judgment handed down…), other conflicts 77 → 78 (a drought story's
//! statement day against a Monday on its shore); drafts 1619 → 1636 of
//! 2977, other 218 → 221; ECB+ across events 1, inside one event 57 → 58
//! (betting on the next Doctor suspended "yesterday", the 3rd, against
//! "on Friday", the 2nd: worth a look), and a third page joins a real
//! one (a disaster's Monday against "this morning"); ECB+ mutation: in
//! place 127 of 319 unchanged, untouched clusters 53 → 54 (that pair);
//! WikiNews and the seeds unchanged. Without "one day apart": probes
//! other conflicts 77 → 87; without "with a verb": ECB+ inside one event
//! 57 → 60 ("Yesterday, the police explained" against the shooting's
//! Saturday).

use crate::claim::{ClaimKind, DateValue, Value};

use super::profile::value_key;
use super::slots::PUBLISHING;
use super::{At, World};

/// The hour the small hours end: a moment before it may close the night
/// of the day before.
const SMALL_HOURS_END: u32 = 6;
/// How many days before its publication a report's earliest day may lie
/// to be a day of its news.
const RECENT_DAYS: i64 = 7;

impl World<'_> {
    /// The day document `d` tells its story's event happened: its lead's
    /// day, or the day of its first moment. With its dimension and value
    /// key.
    pub(super) fn story_day(&self, d: usize) -> Option<(At, u64, u64)> {
        self.lead_day(d).or_else(|| self.first_moment_day(d))
    }

    /// True when two reports' story days `x` and `y` are compared: the
    /// reports were published the same day, or the later one's day is the
    /// earlier (the next day's lead tells the next development, "lay at
    /// anchor on Friday" after "seized on Thursday", never an earlier
    /// one); and the two are not one night (a day, and a moment in the
    /// small hours of the next: "Sunday's election", "declared the final
    /// result at 2:30 a.m. on Monday").
    pub(super) fn story_days_compared(&self, x: At, y: At) -> bool {
        (self.published_same_day(x.0, y.0) || self.later_tells_earlier(x, y)) && !self.one_night(x, y)
    }

    /// True when two reports' earliest days `x` and `y` (see
    /// [`World::earliest_day`]) are compared: as two story days, when they
    /// are one day apart. An earliest day is found anywhere in a report,
    /// so it is weaker evidence than a lead's day: a report that never
    /// tells the incident's day tells a later one first ("two firefighters
    /// suffered minor burns on Sunday" against "the fire began on
    /// Saturday"), days apart as often as not; a day slipped in a rewrite
    /// is the next or the last.
    pub(super) fn earliest_days_compared(&self, x: At, y: At) -> bool {
        self.days_one_apart(x, y) && self.story_days_compared(x, y)
    }

    /// The day the lead of document `d` (its first sentence past the
    /// headline) tells its story's event happened: the lead's first date,
    /// a fact and a total, whatever its verb ("agreed on Monday to
    /// acquire", "said on Tuesday it would buy": news puts the main event
    /// and its day first). With its dimension and value key.
    fn lead_day(&self, d: usize) -> Option<(At, u64, u64)> {
        let lead = self.lead_sentence(d)?;
        let claims = self.claims.get(d)?;
        let c = claims.iter().position(|c| c.sentence == lead && c.kind == ClaimKind::Date)?;
        let side = self.side((d, c))?;
        self.told_day((d, c)).then(|| ((d, c), side.profile.dimension, value_key(&side.claim.value)))
    }

    /// The earliest day of its news document `d` tells, anywhere in its
    /// body: a day of the week before its publication ([`RECENT_DAYS`] at
    /// most), told as so with a verb ("The
    /// tunnel came down early on Monday" in a report that leads with the
    /// inspectors' visit of Thursday). A report of one incident tells the
    /// incident's day before any day that followed it, whatever its verbs.
    /// With its dimension and value key.
    pub(super) fn earliest_day(&self, d: usize) -> Option<(At, u64, u64)> {
        let published = self.docs.get(d)?.published_date()?;
        let claims = self.claims.get(d)?;
        let recent = |day: chrono::NaiveDate| day <= published && (published - day).num_days() <= RECENT_DAYS;
        let (c, day) = claims
            .iter()
            .enumerate()
            .filter(|(_, c)| matches!(c.kind, ClaimKind::Date | ClaimKind::DateTime) && !c.in_headline)
            .filter_map(|(i, c)| Some((i, c.value.single_day()?)))
            .filter(|&(i, day)| recent(day) && self.told_day((d, i)) && self.tells_what_happened((d, i)))
            .min_by_key(|&(i, day)| (day, i))?;
        let side = self.side((d, c))?;
        Some((
            (d, c),
            side.profile.dimension,
            value_key(&Value::Date { date: DateValue::Day(day), stated_weekday: None }),
        ))
    }

    /// True when the clause of the claim at `at` tells what happened: it
    /// has a predicate ("Yesterday, the police explained" has none but a
    /// reporting verb).
    fn tells_what_happened(&self, at: At) -> bool {
        self.side(at).is_some_and(|side| side.frame.predicate.is_some())
    }

    /// True when the claim at `at` is a day alone, named by its weekday
    /// ("on Friday evening"; "tonight" in a quote may be the
    /// speaker's), not a bound ("by Sunday night"), whose clause tells
    /// an event: its predicate is a verb or an event noun, no reporting
    /// verb ("were told on Friday") and no verb of being ("On Friday
    /// there was a row of farmhouses"). Two story days (leads' days,
    /// earliest days) a day apart that are such days get a slipped
    /// day's relief (7 under the threshold), as two other days of one
    /// slot do: until the forty-second session a lead's day had only
    /// the slots' usual relief (4), so two leads told with verbs no
    /// rule names ("led thousands of lantern-carriers through Ambercott
    /// on Friday evening", "packed the streets of Ambercott on Saturday
    /// night") rarely scored enough. Measured on 2026-12-07: probes
    /// 1116 → 1123 of 1977 (a bridge opened on Friday against Saturday,
    /// a comet spotted in the early hours of Saturday against Sunday, a
    /// sentencing, a verdict, a depot fire…), other conflicts 108 → 109
    /// (a wildfire report whose lead's "On Friday there was a row of
    /// farmhouses" reads "row" as an event; gone once an existential
    /// "there was" tells a state: 512 clusters, other 115 → 114, drafts
    /// 315 → 313); drafts 2192 → 2207 of 3824, other 300 → 302; ECB+
    /// (both lists, its mutation), WikiNews, the seeds and the golds
    /// unchanged. For any two story days a day apart: probes 1126 and
    /// 113 other, drafts 2213 and 313 other; for days alone of any
    /// predicate, ECB+ inside one event +1 (a quoted "tonight" on a
    /// page stamped the next morning).
    pub(super) fn day_of_an_event(&self, at: At) -> bool {
        let (Some(side), Some(doc)) = (self.side(at), self.docs.get(at.0)) else { return false };
        let day_alone = side.claim.kind == crate::claim::ClaimKind::Date;
        let named = crate::grammar::date::weekday_named_in(side.claim.span.slice(&doc.text)).is_some();
        // "had cut it by Sunday night": a bound, not the day it was done.
        let bound = self.is_bound(at) || self.is_lower_bound(at);
        let Some(predicate) = side.frame.predicate else { return false };
        let event = predicate
            .lemma
            .filter(|&l| l.pos() == crate::lexical::Pos::Verb || crate::lexical::is_event(l))
            .is_some_and(|l| !matches!(l.text(), "be" | "have"));
        // "On Friday there was a row of farmhouses": a state, whatever noun
        // follows the existential "there was".
        let before = doc.text.get(side.claim.span.end.min(predicate.span.start)..predicate.span.start).unwrap_or("");
        let words = || crate::grammar::tokens::words(before).map(|(_, w)| w);
        let existential = words().zip(words().skip(1)).any(|(there, be)| {
            there.eq_ignore_ascii_case("there")
                && ["is", "are", "was", "were"].iter().any(|b| be.eq_ignore_ascii_case(b))
        });
        let reported = super::score::is_reporting(&predicate);
        day_alone && named && !bound && event && !existential && !reported
    }

    /// True when the date claim at `at` tells a day something happened
    /// on: a fact and a total, not a page's day ("posted on Monday"),
    /// relative to the page or derived.
    fn told_day(&self, at: At) -> bool {
        let Some(side) = self.side(at) else { return false };
        let told = side.frame.mode == crate::frame::Mode::Fact && side.frame.role == crate::frame::Role::Total;
        let published = side.frame.predicate.and_then(|h| h.lemma).is_some_and(|l| PUBLISHING.contains(&l.text()));
        told && !published && !side.claim.relative && !side.claim.derived
    }

    /// The day of the first moment document `d` tells, when its lead tells
    /// no day: a report that opens on what happened without its day tells
    /// the day with the event's first moment ("The alarm was raised at
    /// 2:40 a.m. on Wednesday"). With its dimension and the value key of
    /// the day alone, to be compared with another lead's day.
    fn first_moment_day(&self, d: usize) -> Option<(At, u64, u64)> {
        let (at, dimension, _) = self.first_clock(d)?;
        let Value::DateTime(day, _) = self.claim(at)?.value else { return None };
        Some((at, dimension, value_key(&Value::Date { date: DateValue::Day(day), stated_weekday: None })))
    }

    /// True when one of two claims is a day alone and the other a moment in
    /// the small hours (before [`SMALL_HOURS_END`]) of the next day: a
    /// night that runs past midnight tells both.
    fn one_night(&self, x: At, y: At) -> bool {
        use chrono::Timelike;
        let night = |day: At, moment: At| match (self.claim(day).map(|c| c.value), self.claim(moment).map(|c| c.value))
        {
            (Some(Value::Date { date: DateValue::Day(d), .. }), Some(Value::DateTime(next, t))) => {
                d.succ_opt() == Some(next) && t.time.hour() < SMALL_HOURS_END
            }
            _ => false,
        };
        night(x, y) || night(y, x)
    }

    /// True when the claims `x` and `y` are days of two reports published
    /// on two days, and the later report's day is the earlier one: news
    /// moves forward, so the later report's lead does not tell a new
    /// development there.
    fn later_tells_earlier(&self, x: At, y: At) -> bool {
        let published = |at: At| self.docs.get(at.0).and_then(crate::document::Document::published_date);
        let day = |at: At| self.claim(at).and_then(|c| c.value.single_day());
        let (Some(px), Some(py), Some(dx), Some(dy)) = (published(x), published(y), day(x), day(y)) else {
            return false;
        };
        (px < py && dy < dx) || (py < px && dx < dy)
    }
}

#[cfg(test)]
mod tests {
    /// Two reports of one story and one day, with `lead` as the second
    /// report's first sentence: how many disagreeing links.
    fn lead_disagreements(published: &str, lead: &str) -> usize {
        let first = "June 10, 2025\n\nThe Harlow Ridge fire broke out near Caddon Springs on Monday. It destroyed 212 homes in Merrin County and burned 4,600 hectares.\n";
        let second = format!("{published}\n\n{lead} The Harlow Ridge fire has destroyed 212 homes in Merrin County and blackened 4,600 hectares.\n");
        crate::pair::disagreements_of_texts(first, &second)
    }

    /// The leads of two reports of one story published the same day tell
    /// the day of one event, whatever their verbs; the next day's lead, or
    /// a lead whose report also tells the other's day, tells a new
    /// development.
    #[test]
    fn the_leads_of_one_day_tell_one_day() {
        let raced = |day: &str| format!("Flames raced across the hills above Caddon Springs on {day}, officials said.");
        assert_eq!(lead_disagreements("June 10, 2025", &raced("Monday")), 0, "the same day");
        assert_eq!(lead_disagreements("June 10, 2025", &raced("Sunday")), 1, "a slipped day");
        assert_eq!(lead_disagreements("June 11, 2025", &raced("Tuesday")), 0, "the next day's news");
        assert_eq!(lead_disagreements("June 11, 2025", &raced("Sunday")), 1, "the next day's report, an earlier day");
        let both = "Crews on Sunday dug firebreaks above Caddon Springs, where the blaze began on Monday.";
        assert_eq!(lead_disagreements("June 10, 2025", both), 0, "the report tells both days");
    }

    /// A report whose lead tells no day tells it with the first moment it
    /// gives; a moment in the small hours of the next day may close the
    /// other's night.
    #[test]
    fn a_lead_without_a_day_tells_it_with_its_first_moment() {
        let night = |moment: &str| {
            format!("Crews fought flames above Caddon Springs through the night. The alarm was raised at {moment}.")
        };
        assert_eq!(lead_disagreements("June 10, 2025", &night("about 5:20 a.m. on Monday")), 0, "the same day");
        assert_eq!(lead_disagreements("June 10, 2025", &night("about 5:20 a.m. on Sunday")), 1, "a slipped day");
        assert_eq!(lead_disagreements("June 10, 2025", &night("2:30 a.m. on Tuesday")), 0, "the same night");
    }

    /// A report whose lead tells the next development tells its story's
    /// day further down; its earliest day is compared with the other's
    /// when the two are one day apart, a slip; days further apart are a
    /// report that never told the incident's day.
    #[test]
    fn the_earliest_day_of_a_report_is_its_story_s_day() {
        let follow_up = |day: &str| {
            format!("Investigators on Tuesday walked the burned hills above Caddon Springs. The blaze took hold on {day} near a campground.")
        };
        assert_eq!(lead_disagreements("June 11, 2025", &follow_up("Monday")), 0, "the same day");
        assert_eq!(lead_disagreements("June 11, 2025", &follow_up("Sunday")), 1, "a slipped day");
        assert_eq!(lead_disagreements("June 11, 2025", &follow_up("Friday")), 0, "days apart");
    }
}

#[cfg(test)]
mod slipped_leads {
    use crate::pair::{disagreeing_texts, sets_against};

    /// Two leads of one festival a day apart, told with verbs no rule
    /// names and little else in common, are a slipped day ("led thousands
    /// of lantern-carriers through Ambercott on Friday evening", "packed
    /// the streets of Ambercott on Saturday night"), but not a lead's day
    /// that tells a state.
    #[test]
    fn leads_a_day_apart_are_a_slipped_day() {
        let festival = disagreeing_texts("tests/probes/ambercott-lantern-festival", ["a.txt", "b.txt"]);
        assert!(sets_against(&festival, "Friday", "Saturday"), "{festival:?}");
        let opening = disagreeing_texts("tests/probes/aldenmouth-cycle-bridge-opening", ["a.txt", "c.txt"]);
        assert!(sets_against(&opening, "Friday", "Saturday"), "{opening:?}");
        // "On Friday there was a row of farmhouses" tells a state, not the
        // fire's day.
        let state = disagreeing_texts("tests/probes/wildfire", ["b.txt", "c.txt"]);
        assert!(!sets_against(&state, "Friday", "Saturday"), "{state:?}");
    }
}
