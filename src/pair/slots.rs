//! One story, one value: two reports that tell one story give one figure
//! each for what they both count ("4,600 hectares burned", "blackened
//! 6,400 hectares"), whatever verbs they chose.
//!
//! Scored pairing needs the two clauses to read alike; reports of one story
//! often do not. Here the story is judged first, per pair of documents (see
//! [`super::story`]: they share telling figures and names, or most of
//! their names). Inside such a pair, a *slot* (a dimension and a counted
//! head) that each document fills with one telling value only is one
//! thing, and two different values are a disagreement when they could be
//! one figure with a slip (at most [`SLIP_RATIO`] apart) and the pair
//! scores no more than [`SLOT_RELIEF`] under its rule's threshold (the
//! vetoes of [`super::score`] still hold: other roles, times, sources…;
//! two verbs for the figure weigh nothing instead of forbidding the pair).
//! A report that gives two values to a slot ("a firebreak 18 kilometres
//! north", "spread 47 kilometres") still gives one to its finer slot, the
//! counted head and the verb together; a report that gives three or more
//! (a box score's yards) has no finer slots for that head.
//! Two reports of one story keep every slot disagreement, however many
//! they have: a report with two slips is no rarer than one with one.
//! Until the twenty-fourth session they had to agree on more than they
//! disagreed (reports of one day kept the disagreements they told alike);
//! without that gate (2026-12-05), probes 331 → 338 of 809 (a reservoir's
//! 31% against 34% and its dry spell's 47 days against 41, 241 against
//! 214 households, 34 against 37 recommendations…), other conflicts 21 →
//! 22 (a count of days the dust limit was breached in 2021 against the
//! days left to appeal); drafts, ECB+ (both lists, its mutation), WikiNews
//! and the seeds unchanged, once a bare "call" no longer takes the phone
//! call's class from WordNet (see `govern.rs`): the gate alone had kept
//! the seeds' phone call on Thursday from a video call on Tuesday.
//!
//! Two reports that each fill a slot with two values and share one of
//! them tell one thing by the shared value, and one thing by the other two
//! ("lasted 94 minutes" and the men's final "in 41 minutes", against
//! "after 84 minutes" and "in 41 minutes"): the other two are compared as
//! one slot's when their digits are one edit apart, neither stands in the
//! sentence of its report's shared value (two values set side by side are
//! two things: "Klitschko (52-3, 46 KOs) blasted Rahman (45-7-2, 36
//! KOs)", against another report's Klitschko and Bowe's 33 KOs), and
//! neither clause tells a time off the other report's news ("the 88-minute
//! epic" of a final years ago). Measured on 2026-12-06 (thirtieth
//! session): probes 557 → 559 of 1161 (a stranded train's 17 hours
//! against 14, a merger's $7.4 billion against $4.7 billion), other
//! conflicts unchanged (52); drafts 1151 → 1155 of 2270, other unchanged
//! (148); ECB+ (both lists, its mutation), WikiNews and the seeds
//! unchanged. Without the sentence guard, ECB+ inside one event 60 → 61
//! (those KOs); without the time guard, drafts 2 more other conflicts (a
//! settlement offered in 2022 against the legal costs awarded); with
//! values not one edit apart, ECB+ inside one event 60 → 63, all false.
//!
//! A slot's two values are not compared either when a report acknowledges
//! the other's, as the documents' consistency reads it (a figure its
//! sentence compares with: "31,000 homes were still without power, down
//! from about 48,000 at the height of the storm" against "48,200 homes at
//! its peak"). Measured on 2026-12-05 (twenty-third session): probes 321
//! of 793 unchanged, other conflicts 22 → 21; drafts 695 of 1556
//! unchanged, other 79 → 77; ECB+ (both lists, its mutation), WikiNews
//! and the seeds unchanged.
//!
//! The day a report tells its story's event happened is one more slot
//! (see `lead_day.rs`). No value of a
//! slot is compared when either report also states the other's value: then
//! the report tells two days, or two figures, of two things (for a lead, a
//! new development). For days this held from the start; for every value
//! since the fourteenth session's review (probes 149 → 147 of 521, both
//! lost slips a headline against its own body found only through another
//! report; other conflicts 11 → 10; drafts 352 → 350, other 59 → 56; ECB+
//! inside one event 63 → 57, the six gone all false: two players'
//! contracts twice, a career's points, an age in 2005 against the age at
//! death, a season's wins).
//! The first time of day a report gives is the moment of its story's
//! event, whatever its verb ("capsized at 5:40 a.m.", "went over at 6:40
//! a.m."): that time is one more slot, compared when the two times look
//! like a slip (one digit edit apart, or at most [`super::clock::CLOCK_SLIP_MINUTES`];
//! "left at 4:55 a.m." against "capsized at 5:40 a.m." are two moments),
//! neither is a bound ("before 7 a.m.") and neither is a lower bound the
//! other fits ("shortly after 10 a.m.", "10:05 a.m."). Until the
//! sixteenth session this held for a report's only time of day; the
//! first of several (2026-12-05): probes 180 → 187 of 569, drafts 425 →
//! 438 of 1111, other conflicts unchanged (15, 68); ECB+, its mutation,
//! WikiNews and the seeds unchanged. Without the lower bound, drafts had
//! one more false conflict ("shortly after 10 a.m.", "10:05 a.m.").
//! Measured with the only time, on 2026-12-04 (fourteenth session): probes 105 → 110 of 473,
//! drafts 255 → 264 of 919, other conflicts unchanged (8, 43); ECB+ and
//! WikiNews unchanged, ECB+ mutation in place 114 → 116 of 430. Without
//! the two guards, probes had 2 more false alarms (a departure against a
//! capsizing, "before 7 a.m." against an announcement "after 5 a.m.").
//!
//! Past the first, two times of day of two reports of one story, each
//! the other's nearest in its report and at most
//! [`super::clock::CLOCK_SLIP_MINUTES`] apart, are one moment too ("the
//! blaze took hold at 4:40 a.m." after "crews arrived at 6:30 a.m.";
//! "sparked the blaze at 4:15 a.m."), judged like a slot whose verbs
//! differ: at most [`SLOT_RELIEF`] under the threshold. Measured on
//! 2026-12-05 (nineteenth session): probes 233 → 235 of 665 (a storm
//! surge's peak at 1.40am against 2.10am, a lorry striking a rail bridge
//! at 8.10am against 7.40am), drafts 532 → 536 of 1303, other conflicts unchanged (18, 69);
//! ECB+ in place 124 → 125 of 319; ECB+ inside and across events,
//! WikiNews and the seeds unchanged. At 40 minutes, probes 236 and
//! drafts 540 with no other conflict more; at 45, a ferry's departure at
//! 4:55 a.m. against its capsizing at 5:40 a.m.; with times one digit
//! edit apart at any distance, a kite display called off at 3.30pm against
//! a night flight at 9.30pm.
//!
//! A sum of money fills one more slot, the story's money, whatever it is
//! said to pay for ("£1.8 million grant", "£1.3 million in funding",
//! "prize money of €2.4 million", "€2.1 million"): two reports of one
//! story that each give one sum of money tell one sum. A report that gives
//! two sums fills it with several, and compares none there. Measured on
//! 2026-12-05 (twenty-first session): probes 270 → 274 of 697 (prizes,
//! grants, a refund bill, emergency funding; a time of day lost where the
//! two reports now disagree on more than they share), other conflicts
//! unchanged (21); drafts 587 → 600 of 1367, other 72 → 75 (a headline's
//! slip shown against a third report, and a union's valuation against the
//! trustees' read without their sources); ECB+ both lists and its
//! mutation, WikiNews and the seeds unchanged.
//!
//! A small count (two to nine, exact, with no unit) tells no story by
//! itself, and fills no slot of its head's telling figures; a total of a
//! thing ("six cooling towers", "a support crew of six") fills a slot of
//! small counts of its own, whose two values are one count with a slip
//! when the pair scores at most [`SMALL_COUNT_RELIEF`] under its rule's
//! threshold. Not a count of events ("married three times", "in six
//! rounds"): what a report counts in events is as often of two things as
//! of one. Measured on 2026-12-06 (twenty-sixth session), with the
//! increments and the comparatives after a figure `frame/role.rs` now
//! reads ("two more times", "five rounds sooner than"): probes 386 → 390
//! of 905 (nine cooling towers against six, nine batches against seven,
//! four dogs against three, a crew of nine against six), other conflicts
//! unchanged (28); drafts 820 → 828 of 1775, other unchanged (89); ECB+
//! across events unchanged (1), inside one event 63 → 63 (gone: 24
//! monthly payments against 20 additional ones, false; new: five, seven
//! and four villages destroyed, which the outlets tell differently);
//! ECB+ mutation, WikiNews and the seeds unchanged. At the slots' usual
//! relief (4), 2 more other conflicts on the probes and 4 on the drafts;
//! with counts of events, ECB+ inside one event 66 and one false alarm
//! more in its mutation ("twice admitted he lied" against "lied three
//! times").
//!
//! A small duration (two to nine of its unit, exact: "a four-year study",
//! "closed for six days") fills a slot of small durations of what it is
//! the length of, its noun besides the unit or else its verb, compared
//! like small counts. Measured on 2026-12-07 (thirty-fourth session):
//! probes 738 → 739 of 1449 (a three-year study against a four-year
//! one), drafts 1498 → 1500 of 2823, other conflicts unchanged (74, 208);
//! ECB+ (both lists, its mutation), WikiNews and the seeds unchanged. At a
//! relief of 2.5, one slip more and one other conflict more (a previous
//! strike's four days against this one's nine); with durations up to 19
//! in this slot instead of their head's, probes lost ten slips.
//!
//! A prison term of the news fills one more slot, of the person it is
//! handed to (see `frame/custody.rs`): a report that sentences three
//! people gives each one value, where its slot of years holds several.
//! Two terms of one person are compared at [`SLOT_RELIEF`], small or not
//! ("sentenced to nine years", "received eight years"). Measured on
//! 2026-12-07 (thirty-fifth session): probes 768 → 770 of 1481 (a thief's
//! nine years against eight, an accomplice's five years and four months
//! against four years and four months), other conflicts unchanged (73);
//! drafts 1555 → 1559, other unchanged (208); ECB+ (both lists, its
//! mutation), WikiNews and the seeds unchanged. A past conviction ("was
//! jailed for 18 months in 2019") fills no such slot.
//!
//! And a prison term of the news a verb hands down fills its report's slot
//! of the term ([`TERM`]), whoever serves it: a report of one sentencing
//! hands down one term, so two reports that each give one value there
//! give it two ways, named or not ("A gamekeeper has been jailed for two
//! years and eight months" against "two years and four months"), and are
//! compared at [`SOLE_TERM_RELIEF`]. A term a noun names ("served most of
//! a six-month sentence", "while serving a 15-year sentence") fills none:
//! obituaries tell such terms of the past. Measured on 2026-12-07
//! (thirty-sixth session; read from blind round 93's miss): probes 779 →
//! 780 of 1497, other conflicts unchanged (76); drafts 1575 → 1579 of
//! 2916, other unchanged (213); ECB+ across events unchanged (1), inside
//! one event 56 → 57 (topic 32: "sentenced to 2 years" against "2 1/2
//! years", two outlets that really disagree); ECB+ mutation's untouched
//! count 52 → 53 (the same), the rest of it, WikiNews and the seeds
//! unchanged. With terms a noun names too, ECB+ inside one event had two
//! more, both false (a mobster's seven-year term of the 1950s against
//! another's "15-year sentence"; "served most of a six-month sentence"
//! against "a 4 1/2-month prison term").
//!
//! Two reports that share one telling figure and a few of their names
//! (below a related pair's: see [`super::story::Kinship`]) might tell one story: only a
//! time of day one digit off is compared there, which two events rarely
//! share (2026-12-05, fifteenth session: probes 156 → 158 of 521, a
//! tanker's 5:15 a.m. against 3:15 a.m., a fire's 11:51 p.m. against 11:15
//! p.m.; other conflicts, drafts, ECB+, its mutation and WikiNews
//! unchanged. Letting every figure one digit off be compared there found
//! 3 more probe slips, and brought a false conflict across ECB+ topic 10's
//! events: two players' $31.5 million and $37.5 million contracts).
//!
//! A link between a day with a time of day and a day alone ("7:42 a.m.
//! on Tuesday", "early on Tuesday") agrees on the day only: it no longer
//! keeps the time from its slot or from [`super::digit_slips`] (2026-12-05,
//! fifteenth session: probes 155 → 156 of 521, a blast's 7:42 a.m.
//! against 6:42 a.m.; drafts 358 → 360; other conflicts, ECB+, its
//! mutation and WikiNews unchanged).
//!
//! A slot both reports fill once, with values one digit edit apart
//! ("38 nautical miles", "83"), is one figure told with a slip even when
//! its clauses share little: it may score [`SLOT_DIGIT_RELIEF`] under its
//! rule's threshold, not [`SLOT_RELIEF`]. Not a reading that changes by
//! the hour (a temperature, a speed: "11°C" at the start, "19°C" by
//! midday), nor people whose verbs tell them apart ("19 people were taken
//! into custody", "charged 12 people"). Measured on 2026-12-05 (sixteenth
//! session): probes 168 → 176 of 553 (a ladle's 21 tonnes against 12, a
//! flight's 37,000 feet against 35,000, miners trapped 37 hours against
//! 31), drafts 384 → 417 of 1079, other conflicts unchanged (15, 66);
//! ECB+ (both lists, its mutation), WikiNews and the seeds unchanged.
//! Without the two guards, probes had 1 more false conflict (a marathon's
//! 11°C at the start against 19°C by midday) and drafts 4 (gusts of 41
//! mph against a crane's 45 mph limit, 19 taken into custody against 12
//! charged).
//!
//! Measured on 2026-12-04: probes 65 of 333 (was 63), drafts 168 of 640
//! (was 163), other conflicts unchanged (3, 24), ECB+ and WikiNews
//! unchanged. Comparing the leads of next-day reports too found
//! 2 more slips (a wing opened "on Monday" against "on Tuesday" a day
//! later) and 2 false alarms (follow-ups' leads: "lay at anchor on Friday"
//! after "seized on Thursday"); with neither restriction, 6.
//!
//! Measured on 2026-12-03 against the same checker without this stage:
//! blind probes 6 of 31 slips (was 2), ECB+ in place 86 of 294 (was 80),
//! ECB+ across events 6 (unchanged), inside one event 61 (was 51; of the
//! 10 new, 3 are real disagreements and 7 sports counts of other things).

use crate::grammar::words::first_word_in;
use crate::hash::FastMap;

use super::profile::{dimension, value_key};
use super::score::{score_in_slot, Side};
use super::story::{Kinship, StoryPair};
use super::{At, Link, LinkKind, World};

/// How many times larger than the other one of two values of a slot may be.
const SLIP_RATIO: f64 = 3.0;
/// How many years before its report a year must be to be a year of
/// history (see [`World::past_years_slipped`]).
const PAST_YEARS: i32 = 10;
/// Verbs whose date is a page's, not the story's.
pub(super) const PUBLISHING: [&str; 4] = ["post", "publish", "update", "file"];
/// How many months apart two whole months of one slot may be.
const SLIP_MONTHS: i32 = 3;
/// How many days apart two dates of one slot may be.
const SLIP_DAYS: f64 = 7.0;
/// The key of the story's day among a document's slots (see
/// [`World::story_day`]); no word's key.
const LEAD: u64 = 0x1ead_da7e;
/// The key of the earliest day of its news a document tells (see
/// [`World::earliest_day`]); no word's key.
const EARLIEST: u64 = 0xea51_da7e;
/// The key of a document's first time of day among its slots (see
/// [`World::first_clock`]); no word's key.
const CLOCK: u64 = 0xc10c_0c10c;
/// The key of a document's one slot of money, whatever each sum pays for
/// (see [`World::slot_keys`]); no word's key.
const MONEY: u64 = 0x0e1_0e1;
/// The key of a document's one slot of shares (a percentage told as a
/// level: "owns 71 per cent", "holds 67 per cent"; "paid 60% of the
/// bill", "met 45%"), whatever each is said to be of, as for money; no
/// word's key. Measured on 2026-12-07 (thirty-seventh session), with
/// shares "more" or "fewer" and shares before a noun of change read as
/// changes (see `frame/role.rs`): probes 814 → 820 of 1529 (a
/// shareholding, a pay offer's 5.4% against 4.5%, a lottery's share of a
/// restoration, possession in a final…), other conflicts unchanged (78;
/// without those changes, 79: a trial's "28 per cent fewer" decayed
/// surfaces against a national rate); drafts 1656 → 1666 of 2977, other
/// 222 → 223 (a deck's 35% destroyed against a grant's 45%); ECB+ (both
/// lists, its mutation), WikiNews and the seeds unchanged.
const SHARE: u64 = 0x05a_4e5;
/// The key of a document's one slot of scores (see [`World::slot_keys`]);
/// no word's key.
const SCORE: u64 = 0x5c0_4e5;
/// The key of a document's one slot of half-time scores; no word's key.
const HALF_TIME_SCORE: u64 = 0x04a1_f5c0;
/// How far under its rule's threshold a slot pair may score.
pub(super) const SLOT_RELIEF: f32 = 4.0;
/// How far under its rule's threshold a slot pair of two small counts may
/// score (see [`small_count_slot`]).
const SMALL_COUNT_RELIEF: f32 = 1.5;
/// Salts a counted head's key into the key of its slot of small counts.
const SMALL_COUNTS: u64 = 0x5a11_c0de;
/// The mark of the slots of small durations (see [`small_slot_of`]).
const SMALL_DURATIONS: u64 = 0x5a11_da75;
/// Salts a holder's key into the key of the slot of their prison term.
const PRISON_TERMS: u64 = 0x9a01_7e5d;
/// The key of a report's one slot of the prison term of its news, whoever
/// serves it (see [`World::sole_terms`]); no word's key.
const TERM: u64 = 0x7e_4a5e;
/// How far under its rule's threshold two reports' sole prison terms may
/// score.
const SOLE_TERM_RELIEF: f32 = 6.0;
/// The key of a report's one slot of the ages of people it does not name
/// ("a 34-year-old man", "a 43-year-old machine operator"): two reports of
/// one story that each give one such age tell one person's, whatever noun
/// each chose (see `ages::two_unnamed_people`); no word's key. Measured
/// on 2026-12-07 (thirty-seventh session): probes 810 → 814 of 1529 (a
/// security guard's 58 against a grandfather's 61, a suspected organiser's
/// 41 against a ringleader's 46…), other conflicts unchanged (78); drafts
/// 1647 → 1656 of 2977, other unchanged (222); ECB+ (both lists, its
/// mutation), WikiNews and the seeds unchanged.
const AGES: u64 = 0xa6e5_a6e5;
/// How far apart two amounts of two related reports' slot may be (see
/// [`World::close_slip`]).
const CLOSE_RATIO: f64 = 1.5;
/// How many days (or points of a result) apart two values of two related
/// reports' slot may be (see [`World::close_slip`]).
const CLOSE_DAYS: f64 = 2.0;

/// How far under its rule's threshold a slot pair whose values are one
/// digit edit apart may score.
const SLOT_DIGIT_RELIEF: f32 = 7.0;

/// A slot: a dimension and a head (a counted head, or for a finer slot
/// the counted head and the verb together, marked true).
pub(super) type SlotKey = (u64, u64, bool);
/// A document's slots and what it fills them with.
pub(super) type Slots = FastMap<SlotKey, Fill>;

/// The documents of some pairs of documents, each once, in order.
fn documents_of<'p>(pairs: impl Iterator<Item = &'p StoryPair>) -> Vec<usize> {
    let mut documents: Vec<usize> = pairs.flat_map(|&(a, b, _, _)| [a, b]).collect();
    documents.sort_unstable();
    documents.dedup();
    documents
}

/// Fill a slot with a value: the first value, or several.
fn fill(slots: &mut Slots, key: SlotKey, value: u64, at: At) {
    let fill = slots.entry(key).or_insert(Fill::One(value, at));
    *fill = match *fill {
        Fill::One(v, _) if v == value => return,
        Fill::Two((v, _), (w, _)) if v == value || w == value => return,
        Fill::One(v, first) => Fill::Two((v, first), (value, at)),
        Fill::Two(..) | Fill::Many => Fill::Many,
    };
}

/// The claims of two fills of two values each that share exactly one
/// value: each fill's shared claim and its other one.
fn residuals(a: [(u64, At); 2], b: [(u64, At); 2]) -> Option<((At, At), (At, At))> {
    let ([(va, xa), (wa, ya)], [(vb, xb), (wb, yb)]) = (a, b);
    // Each fill's (shared, other) claims, for each way one value may be shared.
    let ways = [
        (va == vb, (xa, ya), (xb, yb)),
        (va == wb, (xa, ya), (yb, xb)),
        (wa == vb, (ya, xa), (xb, yb)),
        (wa == wb, (ya, xa), (yb, xb)),
    ];
    let mut shared = ways.into_iter().filter(|way| way.0);
    let (_, x, y) = shared.next()?;
    shared.next().is_none().then_some((x, y))
}

/// The value a document gives a slot: one value (and the claim that first
/// gives it), or several.
#[derive(Clone, Copy)]
pub(super) enum Fill {
    One(u64, At),
    Two((u64, At), (u64, At)),
    Many,
}

impl World<'_> {
    /// Disagreements between two documents of one story on a slot each
    /// fills once, as links with their score. A claim already linked with
    /// a claim of the other document is left to that link.
    pub(super) fn slot_links(&self, pairs: &[StoryPair], excluded: &FastMap<At, ()>, links: &[Link]) -> Vec<Link> {
        if pairs.is_empty() {
            return Vec::new();
        }
        // A day with a time of day linked with a day alone ("7:42 a.m. on
        // Tuesday", "Tuesday") is linked for its day, not for its time.
        let linked: FastMap<(At, usize), ()> = links
            .iter()
            .filter(|l| !self.day_only_link(l) && !self.bound_agreement(l))
            .flat_map(|l| [((l.a, l.b.0), ()), ((l.b, l.a.0), ())])
            .collect();
        // The times scored pairing found in disagreement, for the figures
        // told beside them (see `digit_slips.rs`).
        let temporal = |at: At| self.claim(at).is_some_and(|c| c.kind.is_temporal());
        let slipped_times: FastMap<(At, At), ()> =
            links.iter().filter(|l| !l.agree && temporal(l.a) && temporal(l.b)).map(|l| ((l.a, l.b), ())).collect();
        use rayon::prelude::*;
        let with_slots = documents_of(pairs.iter().filter(|&&(a, b, _, kin)| self.slots_compared(a, b, kin)));
        let slots: FastMap<usize, Slots> = with_slots.par_iter().map(|&d| (d, self.slots_of(d, excluded))).collect();
        let figures: FastMap<usize, super::digit_slips::SlipFigures> =
            documents_of(pairs.iter()).par_iter().map(|&d| (d, self.slip_figures(d, excluded))).collect();
        let found: Vec<Vec<Link>> = pairs
            .par_iter()
            .map(|&(a, b, _, kin)| {
                let mut found = match (kin, slots.get(&a), slots.get(&b)) {
                    (Kinship::OneStory, Some(sa), Some(sb)) => self.slot_disagreements((a, sa), (b, sb), &linked, true),
                    (Kinship::Related, Some(sa), Some(sb)) if self.slots_compared(a, b, kin) => self
                        .slot_disagreements((a, sa), (b, sb), &linked, false)
                        .into_iter()
                        .filter(|l| self.close_slip(l.a, l.b))
                        .collect(),
                    _ => Vec::new(),
                };
                if kin == Kinship::OneStory {
                    found = self.with_moment_links(found, (a, b), excluded, &linked);
                }
                if let (Some(fa), Some(fb)) = (figures.get(&a), figures.get(&b)) {
                    let times_only = kin == Kinship::Distant;
                    found.extend(self.digit_slips((a, fa), (b, fb), &linked, (&found, &slipped_times), times_only));
                }
                found
            })
            .collect();
        found.into_iter().flatten().collect()
    }

    /// True when the slots of documents `a` and `b`, kin as `kin` says, are
    /// compared: two reports of one story, and two related reports (see
    /// [`Kinship::Related`]) published within a day of each other. Between
    /// related reports only the slots of what each figure counts or tells
    /// are compared, not the story's one sum of money, its one share nor
    /// its one unnamed age, and only values a slip apart that is small (see
    /// [`World::close_slip`]). Measured on 2026-12-07 (thirty-eighth
    /// session): probes 893 → 902 of 1625 (a borehole's 4,230 metres
    /// against 4,320, a comet spotted in the early hours of Saturday against
    /// Sunday, 1,500 homes against 1,200, a vote of eight to four against
    /// seven to five, a stage winner aged 26 against 24…), other conflicts
    /// 86 → 87 (a network's punctuality in 2014-15 against a route's this
    /// year); drafts unchanged (a draft and its sources tell one story
    /// anyway); ECB+ (both lists, its mutation, all its pages at once),
    /// WikiNews and the seeds unchanged. With the story's money and shares
    /// compared too, one more other conflict (two sums, £9.4 million and
    /// £12 million). The unnamed age was left out after the session's
    /// blind rounds were scored (a widow of 91 against a victim's father
    /// of 88): probes unchanged, those rounds 5 → 4 other conflicts, with
    /// 50 of 96 slips found either way (47 before the change). The
    /// thirty-seventh session tried related reports of
    /// one day as one story outright: 11 more slips for 3 more other
    /// conflicts.
    fn slots_compared(&self, a: usize, b: usize, kin: Kinship) -> bool {
        kin == Kinship::OneStory || (kin == Kinship::Related && self.within_a_day(a, b))
    }

    /// True when the values of claims `x` and `y` are a small slip apart:
    /// two amounts at most [`CLOSE_RATIO`] apart, two days at most
    /// [`CLOSE_DAYS`] apart or slipped in one part (see [`days_one_slip`]:
    /// an arrest on December 12 against December 2, read from blind round
    /// 103 after it was scored: probes 952 → 953 of 1721, nothing else
    /// moved), two results at most [`CLOSE_DAYS`] points apart in all.
    fn close_slip(&self, x: At, y: At) -> bool {
        use crate::claim::Value;
        let (Some(cx), Some(cy)) = (self.claim(x), self.claim(y)) else { return false };
        match (&cx.value, &cy.value) {
            (Value::Amount(p), Value::Amount(q)) => crate::values::amounts_within(p, q, CLOSE_RATIO),
            (Value::Time(_), _) | (_, Value::Time(_)) => false,
            (a, b) => crate::values::distance(a, b) <= CLOSE_DAYS || days_one_slip(a, b),
        }
    }

    /// `found` with the disagreements of documents `a` and `b` of one
    /// story on their nearest moments (see [`World::nearest_moments`]),
    /// judged as a first time of day is: not when a report also states
    /// the other's time, nor when one is a lower bound the other fits.
    fn with_moment_links(
        &self,
        mut found: Vec<Link>,
        (a, b): (usize, usize),
        excluded: &FastMap<At, ()>,
        linked: &FastMap<(At, usize), ()>,
    ) -> Vec<Link> {
        let more: Vec<Link> = self
            .nearest_moments(a, b, excluded)
            .into_iter()
            .filter(|&(x, y)| !found.iter().any(|l| l.a == x.min(y) && l.b == x.max(y)))
            .filter(|&(x, y)| !linked.contains_key(&(x, b)) && !linked.contains_key(&(y, a)))
            .filter(|&(x, y)| !self.tells_both(x, y) && !self.a_bound_fits(x, y))
            .filter_map(|(x, y)| self.slot_link(x, y, true, SLOT_RELIEF))
            .collect();
        found.extend(more);
        found
    }

    /// The links of the slots documents `a` and `b` each fill once with
    /// different values, in slot order; the story's slots of money, of
    /// shares and of an unnamed age only when `story_wide`.
    fn slot_disagreements(
        &self,
        (a, sa): (usize, &Slots),
        (b, sb): (usize, &Slots),
        linked: &FastMap<(At, usize), ()>,
        story_wide: bool,
    ) -> Vec<Link> {
        let mut keys: Vec<&SlotKey> = sa.keys().collect();
        keys.sort_unstable();
        // A pair that fills a slot and its finer slot is one pair.
        let mut seen: FastMap<(At, At), ()> = FastMap::default();
        let synonyms = self.days_of_synonyms(sa, sb);
        keys.into_iter()
            .filter_map(|key| match (sa.get(key), sb.get(key)) {
                (Some(&Fill::One(va, x)), Some(&Fill::One(vb, y))) if va != vb => Some((key, x, y)),
                (Some(&Fill::Two(p, q)), Some(&Fill::Two(r, t))) => {
                    self.residual_pair([p, q], [r, t]).map(|(x, y)| (key, x, y))
                }
                _ => None,
            })
            .chain(synonyms)
            // Two reports' days are compared as `lead_day.rs` says.
            .filter(|&(key, _, _)| story_wide || !matches!(key.1, MONEY | SHARE | AGES))
            .filter(|&(key, x, y)| key.1 != LEAD || self.story_days_compared(x, y))
            .filter(|&(key, x, y)| key.1 != EARLIEST || self.earliest_days_compared(x, y))
            // A report that also states the other's value tells two things
            // by them, not one told two ways ("samples taken on Wednesday"
            // beside "Sunday's sample"; for a lead, a new development:
            // "Investigators on Monday turned to the bus that overturned
            // late on Sunday").
            .filter(|&(_, x, y)| !self.tells_both(x, y))
            // Nor when one report's sentence sets the other's figure beside
            // its own ("31,000 homes still without power, down from about
            // 48,000 at the height"): see `consistency::acknowledged`.
            .filter(|&(_, x, y)| !super::consistency::acknowledged(self, x, y))
            .filter(|&(key, x, y)| key.1 != CLOCK || (self.clock_slip(x, y) && !self.a_bound_fits(x, y)))
            .filter(|&(key, x, y)| !self.both_past_small(*key, x, y))
            // A report that gives three or more figures of what the finer
            // slot counts (a box score's yards) tells too many things by
            // their verbs to know one.
            .filter(|&(key, x, y)| !key.2 || (self.few_figures(sa, x) && self.few_figures(sb, y)))
            .map(|(key, x, y)| (x, y, matches!(key.1, LEAD | EARLIEST | CLOCK)))
            .filter(|&(x, y, _)| seen.insert((x, y), ()).is_none())
            .filter(|&(x, y, _)| !linked.contains_key(&(x, b)) && !linked.contains_key(&(y, a)))
            .filter_map(|(x, y, lead)| {
                if self.sole_terms((sa, x), (sb, y)) {
                    return self.slot_link_of_any_size(x, y, lead, SOLE_TERM_RELIEF);
                }
                if self.small_counts_alike(x, y) {
                    // Two terms of one person are one term, small or not.
                    let one = self.terms_of_one_holder(x, y);
                    return self.slot_link_of_any_size(x, y, lead, if one { SLOT_RELIEF } else { SMALL_COUNT_RELIEF });
                }
                // A small count met by one just past the small ones is
                // compared as two small counts are, or not at all.
                if [x, y].iter().any(|&at| self.claim(at).and_then(small_figure).is_some()) {
                    return None;
                }
                let slipped_day = !lead && self.days_one_apart(x, y);
                let relief = if self.slot_slip(x, y) || slipped_day { SLOT_DIGIT_RELIEF } else { SLOT_RELIEF };
                self.slot_link(x, y, lead, relief)
            })
            .collect()
    }

    /// The other values of a slot two documents each fill with two values,
    /// one of them shared: the shared value is one thing both tell, so the
    /// other two are one thing too ("lasted 94 minutes" beside the men's
    /// final "in 41 minutes", against "after 84 minutes" beside "in 41
    /// minutes"). Only when neither is told in its shared value's sentence
    /// (two values set side by side are two things: "Klitschko (52-3, 46
    /// KOs) blasted Rahman (45-7-2, 36 KOs)"), their digits are one edit
    /// apart (see [`World::slot_slip`]), and neither clause tells a time
    /// off the other report's news ("the 88-minute epic" of the 2022
    /// final).
    fn residual_pair(&self, a: [(u64, At); 2], b: [(u64, At); 2]) -> Option<(At, At)> {
        let ((shared_x, x), (shared_y, y)) = residuals(a, b)?;
        let apart = |u: At, v: At| self.claim(u).zip(self.claim(v)).is_some_and(|(cu, cv)| cu.sentence != cv.sentence);
        let news_alike =
            self.side(x).zip(self.side(y)).is_some_and(|(sx, sy)| !super::score::a_time_off_the_others_news(sx, sy));
        (apart(shared_x, x) && apart(shared_y, y) && self.slot_slip(x, y) && news_alike).then_some((x, y))
    }

    /// True when the claims at `x` and `y` are two days one day apart: a
    /// day slipped in a rewrite is the next or the last, as a slipped
    /// figure is one digit edit off, and a slot of one verb's days ("the
    /// decision letter was published on Tuesday", "published on Monday")
    /// judges them as leniently ([`SLOT_DIGIT_RELIEF`]). Not for a story's
    /// day found by position (a lead's, an earliest, a first moment),
    /// which no verb ties: there, probes other conflicts 78 → 83 (a
    /// meeting called for Thursday against rain expected on Wednesday).
    /// Measured on 2026-12-07 (thirty-seventh session): probes 805 → 810 of
    /// 1529 (talks that broke down on Tuesday against Wednesday, a ram raid,
    /// two papers published, a record ride), other conflicts unchanged
    /// (78); drafts 1636 → 1647 of 2977, other 221 → 222 (a draft's
    /// "published today" against a third report's Monday: the key's slip
    /// told by another report); ECB+ mutation in place 127 → 128 of 319;
    /// ECB+ both lists, WikiNews and the seeds unchanged.
    pub(super) fn days_one_apart(&self, x: At, y: At) -> bool {
        let day = |at: At| self.claim(at).and_then(|c| c.value.single_day());
        day(x).zip(day(y)).is_some_and(|(dx, dy)| (dx - dy).num_days().abs() == 1)
    }

    /// True when two values of one slot look like one figure told with a
    /// slip: digits one edit apart, not a reading that changes by the hour
    /// (see [`World::is_reading`]), nor people their verbs tell apart.
    fn slot_slip(&self, x: At, y: At) -> bool {
        self.digits_one_edit(x, y) == Some(true) && !self.is_reading(x) && !self.people_told_apart(x, y)
    }

    /// The link of two claims filling one slot with different values, if
    /// no veto forbids it, the pair scores no more than `relief` under the
    /// threshold of its rule, and one rule governs both or names only one
    /// (then at the stricter threshold of the two; with `either_rule`, as
    /// for two leads' days, at the threshold of the rule that names either:
    /// one verb of the event may be in a rule's words and the other not).
    pub(super) fn slot_link(&self, x: At, y: At, either_rule: bool, relief: f32) -> Option<Link> {
        let history = self.past_years_slipped(x, y);
        let sized = slip_sized(&self.claim(x)?.value, &self.claim(y)?.value) || history;
        // Four digits one edit apart: as far under as a long figure's slip.
        let relief = if history { relief.max(super::digit_slips::DIGIT_RELIEF) } else { relief };
        sized.then(|| self.slot_link_of_any_size(x, y, either_rule, relief)).flatten()
    }

    /// True when two claims are years one digit edit apart ("1874",
    /// "1847"), both at least [`PAST_YEARS`] years before their reports'
    /// publication and told by a verb ("built in 1936", "first lit in
    /// 1874"): a year of the story's thing told with a slip. Two recent
    /// years are as often two things' (a plan for 2027, a result of 2026),
    /// and an event noun may name one of several ("a 1995 crackdown", "in
    /// 1985 a federal crackdown"). Measured on 2026-12-07 (thirty-ninth
    /// session): probes 965 → 969 of 1721 (a lighthouse first lit in 1874
    /// against 1847, a locomotive built in 1936 against 1938), drafts 1883
    /// → 1891 of 3341, other conflicts unchanged (92, 252); ECB+, WikiNews,
    /// the seeds and the golds unchanged. With event nouns too, ECB+ inside
    /// one event +1 (a mafia crackdown of 1995 against another of 1985).
    /// Such a pair may score a long figure's digit relief under its threshold, not
    /// only a slot's relief: four digits one edit apart say as much as a
    /// long figure's. Measured on 2026-12-07 (fortieth session, read from
    /// blind round 117 after it was scored), 480 clusters: probes 1073 →
    /// 1077 of 1913 (a pier opened in 1896 against 1869, a car bought in
    /// 1956 against 1959, a studio founded in 2015 against 2014, a pottery
    /// in 1884 against 1874), other conflicts unchanged (101); drafts 2104
    /// → 2112 of 3701, other unchanged (285); ECB+ (both lists, its
    /// mutation), WikiNews, the seeds and the golds unchanged.
    fn past_years_slipped(&self, x: At, y: At) -> bool {
        use chrono::Datelike;
        let past = |at: At| {
            let side = self.side(at)?;
            let verb = side.frame.predicate.and_then(|h| h.lemma).is_some_and(|l| l.pos() == crate::lexical::Pos::Verb);
            match (&side.claim.value, side.published) {
                (&crate::claim::Value::Year(year), Some(published)) if verb => {
                    (year <= published.year() - PAST_YEARS).then_some(year)
                }
                _ => None,
            }
        };
        matches!((past(x), past(y)), (Some(a), Some(b)) if years_one_edit(a, b))
    }

    /// [`World::slot_link`], whatever the two values' sizes.
    pub(super) fn slot_link_of_any_size(&self, x: At, y: At, either_rule: bool, relief: f32) -> Option<Link> {
        self.judged_slot_link(x, y, either_rule, relief, false)
    }

    /// [`World::slot_link_of_any_size`] of two figures one digit edit
    /// apart whose clause times are themselves a disagreement found (see
    /// [`super::score::score_of_slip_beside_slipped_times`]).
    pub(super) fn slot_link_beside_slipped_times(&self, x: At, y: At, relief: f32) -> Option<Link> {
        self.judged_slot_link(x, y, true, relief, true)
    }

    /// The link of [`World::slot_link_of_any_size`], its two clause times
    /// read as a slip themselves when `times_slipped`.
    fn judged_slot_link(&self, x: At, y: At, either_rule: bool, relief: f32, times_slipped: bool) -> Option<Link> {
        let (sx, sy) = (self.side(x)?, self.side(y)?);
        // A time its sentence places by the other's moment ("at 8am, an
        // hour after" against "7am") is that report's second moment.
        if self.agree(x, y) || !self.within_window(x, y) || self.placed_by_the_other(x, y) {
            return None;
        }
        let (rx, ry) = (self.rule_of(x)?, self.rule_of(y)?);
        let threshold_of = |rule: usize| self.rules.get(rule).map_or(f32::MAX, |r| r.compare.threshold);
        // Two rules that each name one of the claims name two things ("42
        // people were killed", "the evacuation of 24 soldiers"). A slot
        // one rule names on one side only ("evacuated 340 residents", "430
        // residents were moved") is judged at the stricter threshold.
        let threshold = match (self.governed(x), self.governed(y)) {
            (true, false) if either_rule => threshold_of(rx),
            (false, true) if either_rule => threshold_of(ry),
            _ if rx == ry => threshold_of(rx),
            (true, false) | (false, true) => threshold_of(rx).max(threshold_of(ry)),
            _ => return None,
        };
        if shares_of_other_names(&sx, &sy) {
            return None;
        }
        let slip = self.digits_one_edit(x, y) == Some(true);
        let score = if times_slipped {
            super::score::score_of_slip_beside_slipped_times(sx, sy)?
        } else if slip {
            super::score::score_of_slip(sx, sy)?
        } else {
            score_in_slot(sx, sy)?
        };
        (score >= threshold - relief).then_some(Link {
            a: x.min(y),
            b: x.max(y),
            score,
            agree: false,
            kind: LinkKind::Across,
        })
    }

    /// The slots of document `d`: each (dimension, counted head) its
    /// pairable totals give, with the one value they give it or several.
    pub(super) fn slots_of(&self, d: usize, excluded: &FastMap<At, ()>) -> Slots {
        let mut slots: Slots = FastMap::default();
        let mut near_small: Vec<(SlotKey, u64, At)> = Vec::new();
        for c in 0..self.claims.get(d).map_or(0, Vec::len) {
            let at = (d, c);
            let (Ok(keys), Some(side)) = (self.slot_keys(at), self.side(at)) else { continue };
            let value = value_key(&side.claim.value);
            for key in keys {
                fill(&mut slots, key, value, at);
            }
            near_small.extend(near_small_slot(side, slot_dimension(&side)).map(|key| (key, value, at)));
        }
        // A figure just past the small ones fills its small slot only where
        // no small figure does (see [`near_small_slot`]).
        near_small.retain(|(key, _, _)| !slots.contains_key(key));
        for (key, value, at) in near_small {
            fill(&mut slots, key, value, at);
        }
        if let Some((at, dimension, value)) = self.story_day(d) {
            slots.insert((dimension, LEAD, false), Fill::One(value, at));
        }
        if let Some((at, dimension, value)) = self.earliest_day(d) {
            slots.insert((dimension, EARLIEST, false), Fill::One(value, at));
        }
        if let Some((at, dimension, value)) = self.first_clock(d) {
            slots.insert((dimension, CLOCK, false), Fill::One(value, at));
        }
        // A slot a claim outside pairing fills (a copy's, a relative one)
        // is kept as it is: the document still gives that value.
        slots.retain(|_, f| !matches!(f, Fill::One(_, at) if !self.pairable(*at, excluded)));
        slots
    }

    /// The slots the claim at `at` fills, or why it fills none. A telling
    /// total, rate or change (each in slots of its own: "jumped 22%" and
    /// "climbed 12%" are one move), told as so or planned, fills the slot
    /// of what it counts (a day or a time: of what happened then), first;
    /// a figure also fills the slot of what it counts and its verb
    /// together: a report that gives two distances ("18 kilometres north",
    /// "climbs 900 metres in 25 kilometres") still gives one to the
    /// crash's bend. A sum of money also fills its story's slot of money
    /// ([`MONEY`]), with or without a head.
    fn slot_keys(&self, at: At) -> Result<impl Iterator<Item = SlotKey> + Clone, &'static str> {
        use crate::frame::{Mode, Role};
        use crate::grammar::score::Stage;
        let side = self.side(at).ok_or("no claim")?;
        let frame = side.frame;
        let temporal = side.claim.kind.is_temporal() && !side.claim.relative;
        let derived_score = side.claim.derived && side.claim.kind == crate::claim::ClaimKind::Score;
        if (side.claim.derived && !derived_score) || !matches!(frame.role, Role::Total | Role::Rate | Role::Change) {
            return Err("not a total, rate or change");
        }
        if matches!(frame.mode, Mode::Negated | Mode::Possible) {
            return Err("denied or possible");
        }
        if side.claim.kind == crate::claim::ClaimKind::Ordinal {
            // "the 79th Academy Awards", "the 85th": an ordinal names one
            // of a series, and reports of one story recall several.
            return Err("an ordinal");
        }
        let dimension = slot_dimension(&side);
        if let crate::claim::Value::Score(score) = side.claim.value {
            // A report of one match or one vote gives one result and one
            // score at half-time, whatever verb tells them; a report that
            // gives several (another game, an earlier vote) fills the slot
            // with many. A lead on the way ("2-1 up") is of a moment the
            // text does not place.
            let key = match score.stage {
                Stage::Result => SCORE,
                Stage::HalfTime => HALF_TIME_SCORE,
                Stage::Lead => return Err("a lead on the way"),
            };
            return Ok([Some((dimension, key, false)), None, None, None].into_iter().flatten());
        }
        // A prison term also fills the slot of whose it is (see
        // `frame/custody.rs`), where a report that sentences two people
        // gives each one value; a past conviction is not the news.
        let news_term = is_prison_term(&side) && of_the_news(&side);
        let holder = frame.event.filter(|_| news_term).map(|h| (dimension, h.key ^ PRISON_TERMS, false));
        // And every prison term of the news a verb hands down fills its
        // report's slot of the term, named or not (see
        // [`World::sole_terms`]).
        let term = term_slot(&side, dimension);
        // An age of someone unnamed fills its report's one slot of such
        // ages (see [`AGES`]).
        let age = (side.claim.is_age() && !super::ages::named(side)).then_some((dimension, AGES, false));
        if !temporal && !fills_a_slot(&side.claim.value) {
            let Some(key) = small_count_slot(side, dimension) else {
                return age.map(|a| [Some(a), None, None, None].into_iter().flatten()).ok_or("not telling");
            };
            return Ok([Some(key), holder, term, age].into_iter().flatten());
        }
        // A sum of money also fills its story's one slot of money, and a
        // share its one slot of shares, whatever each is said to be of,
        // and when it is said to be of nothing.
        let one_of_the_story = match side.claim.kind {
            crate::claim::ClaimKind::Money => Some((dimension, MONEY, false)),
            crate::claim::ClaimKind::Percent if frame.role == Role::Total => Some((dimension, SHARE, false)),
            _ => None,
        };
        let head = if temporal { frame.predicate } else { frame.counted };
        let head = match head {
            Some(head) => head,
            None if one_of_the_story.is_some() => {
                return Ok([one_of_the_story, None, None, None].into_iter().flatten())
            }
            None => return Err("no head"),
        };
        if temporal && self.publishes_the_page(at, head) {
            // "posted on Friday, September 20": the page's date, no fact
            // of the story.
            return Err("a date of publishing");
        }
        let finer =
            frame.predicate.filter(|_| !temporal).map(|verb| (dimension, head.key.rotate_left(17) ^ verb.key, true));
        // A stretch of time between two moments ("ten days after the
        // raid") is no length of anything the unit's slot holds.
        let unit = side.claim.span.start <= head.span.start && head.span.end <= side.claim.span.end;
        let coarse = (!(unit && self.is_an_offset(at))).then_some((dimension, head.key, false));
        Ok([coarse, finer, one_of_the_story.or(holder).or(age), term].into_iter().flatten())
    }

    /// True when the duration at `at` is a stretch between two moments, not
    /// the length of something: "after" follows it, and no word before it
    /// makes it a length or a margin (see [`LASTING`]): "recovered 19 casks
    /// ten days after the raid", not "burned for 14 hours after the blast"
    /// nor "beat him by 8.4 seconds after a rain-delayed start".
    /// Measured on 2026-12-06 (thirty-second session; read from blind round
    /// 83's one false conflict, and the margin from held-out round 85,
    /// whose slip a first version lost): probes other conflicts 68 → 67 of
    /// 340 clusters (a trial's 19 days against casks recovered ten days
    /// after a raid), drafts 194 → 192; no slip lost; ECB+ (both lists, its
    /// mutation) unchanged, once a copy's change in its first word is
    /// aligned (see `copies::places`: a copy opening "NINETEEN hours after
    /// the attack" had been caught through this slot only). A duration in
    /// days or hours fills the slot of its unit, which finds 14 probe slips
    /// (17 hours stuck against 14 hours, a 17-day outage against 11 days)
    /// for 5 other conflicts.
    fn is_an_offset(&self, at: At) -> bool {
        let (Some(doc), Some(claim)) = (self.docs.get(at.0), self.claim(at)) else { return false };
        if claim.kind != crate::claim::ClaimKind::Duration {
            return false;
        }
        let after = doc.text.get(claim.span.end..).unwrap_or_default().trim_start();
        let before = doc.text.get(claim.sentence.start..claim.span.start).unwrap_or_default();
        let last = before.split_whitespace().last().unwrap_or_default();
        first_word_in(after, &["after"]) && !LASTING.iter().any(|w| last.eq_ignore_ascii_case(w))
    }

    /// True when `head`, the verb of a date, tells when a page was put
    /// out, not a fact of its story: a page is posted, updated or filed
    /// ("The account was posted in Mine Accidents on Wednesday"); a paper
    /// or a report is published, and its day is the story's ("The study
    /// was published on Tuesday"), unless the verb opens its sentence as a
    /// page's furniture does ("Published on Tuesday at 9:15 a.m.").
    /// Measured on 2026-12-06 (thirtieth session): probes 565 → 567 of
    /// 1161 (two papers published "on Tuesday" against "on Wednesday"),
    /// other conflicts unchanged (52); drafts 1165 → 1167 of 2270, other
    /// unchanged (148); ECB+ (both lists, its mutation), WikiNews and the
    /// seeds unchanged.
    fn publishes_the_page(&self, at: At, head: crate::frame::Head) -> bool {
        match head.lemma.map(|l| l.text()) {
            Some("publish") => self.opens_its_sentence(at, head),
            Some(verb) => PUBLISHING.contains(&verb),
            None => false,
        }
    }

    /// True when `head` is the first or second word of the sentence of the
    /// claim at `at`.
    fn opens_its_sentence(&self, at: At, head: crate::frame::Head) -> bool {
        let (Some(doc), Some(claim)) = (self.docs.get(at.0), self.claim(at)) else { return false };
        let before = doc.text.get(claim.sentence.start..head.span.start).unwrap_or_default();
        before.split_whitespace().count() <= 1
    }

    /// True when two figures met in a small slot they fill only as
    /// figures just past the small ones (see [`near_small_slot`]): each
    /// also fills its own slots.
    fn both_past_small(&self, key: SlotKey, x: At, y: At) -> bool {
        let past_small = |at: At| {
            self.side(at).is_some_and(|side| {
                small_figure(side.claim).is_none() && near_small_slot(side, slot_dimension(&side)) == Some(key)
            })
        };
        past_small(x) && past_small(y)
    }

    /// True when the claims at `x` and `y` are two small counts (see
    /// [`small_count_slot`]) that could be one count with a slip: at most
    /// [`SLIP_RATIO`] apart; or a small count and one just past the small
    /// ones (see [`near_small_slot`]), at most [`CLOSE_RATIO`] apart
    /// ("nine gold snuffboxes" against "11").
    fn small_counts_alike(&self, x: At, y: At) -> bool {
        let small = |at: At| self.claim(at).and_then(small_figure);
        let near = |at: At| self.claim(at).and_then(|c| figure_in(c, 10.0, 20.0));
        match (small(x), small(y), near(x), near(y)) {
            (Some((a, u)), Some((b, v)), _, _) => u == v && a.max(b) <= SLIP_RATIO * a.min(b),
            (Some((a, u)), None, _, Some((b, v))) | (None, Some((a, u)), Some((b, v)), _) => {
                u == v && b <= CLOSE_RATIO * a
            }
            _ => false,
        }
    }

    /// True when the claims at `x` and `y` are prison terms of one named
    /// person, of their reports' news (not a past conviction): small or
    /// not, two terms of one person are one term told two ways, compared
    /// as any slot's values.
    fn terms_of_one_holder(&self, x: At, y: At) -> bool {
        let holder = |at: At| {
            let side = self.side(at).filter(|s| is_prison_term(s) && of_the_news(s))?;
            side.frame.event.map(|h| h.key)
        };
        holder(x).is_some_and(|h| holder(y) == Some(h))
    }

    /// True when the claims at `x` and `y` are prison terms of the news,
    /// each the one term its report gives (see [`TERM`]): a report of one
    /// sentencing gives one term, so two such reports of one story give
    /// it two ways, whether they name whose it is or not ("A gamekeeper
    /// has been jailed for two years and eight months" against "two years
    /// and four months").
    fn sole_terms(&self, (sa, x): (&Slots, At), (sb, y): (&Slots, At)) -> bool {
        let sole = |slots: &Slots, at: At| {
            let key = self.side(at).and_then(|side| term_slot(&side, slot_dimension(&side)));
            key.is_some_and(|key| matches!(slots.get(&key), Some(&Fill::One(_, one)) if one == at))
        };
        sole(sa, x) && sole(sb, y)
    }

    /// True when `slots` give at most two values to the slot of what the
    /// claim at `at` counts (the first of its slots, in its role and
    /// dimension).
    fn few_figures(&self, slots: &Slots, at: At) -> bool {
        let coarse = self.slot_keys(at).ok().and_then(|mut keys| keys.next());
        coarse.is_some_and(|key| !matches!(slots.get(&key), Some(Fill::Many)))
    }

    /// How the claims `x` and `y` fill their slots in their documents, in
    /// words (for [`super::explain`]): for each, why it fills none, or how
    /// many values its document gives each slot it fills.
    pub(super) fn slot_fills(&self, x: At, y: At, excluded: &FastMap<At, ()>) -> String {
        let told = |at: At| match self.slot_keys(at) {
            Err(why) => why.to_string(),
            Ok(keys) => {
                let slots = self.slots_of(at.0, excluded);
                let fills: Vec<&str> = keys
                    .map(|key| match slots.get(&key) {
                        Some(Fill::One(..)) => "one",
                        Some(Fill::Two(..)) => "two",
                        Some(Fill::Many) => "several",
                        None => "none",
                    })
                    .collect();
                fills.join(" · ")
            }
        };
        let shared = match (self.slot_keys(x), self.slot_keys(y)) {
            (Ok(kx), Ok(ky)) if !kx.clone().any(|k| ky.clone().any(|j| j == k)) => " (no slot shared)",
            _ => "",
        };
        format!("{} / {}{shared}", told(x), told(y))
    }

    /// True when a claim is a reading that changes by the hour (a
    /// temperature, a speed): one story's readings are as often two
    /// moments or two things as one ("11°C" at the start, "19°C" by
    /// midday; gusts of "41 mph", a crane's limit of "45 mph").
    fn is_reading(&self, at: At) -> bool {
        matches!(self.claim(at).map(|c| &c.value), Some(crate::claim::Value::Amount(v)) if matches!(v.unit, Some("°C" | "°F" | "km/h")))
    }

    /// True when two claims count people with verbs that tell them apart
    /// (see [`super::score::people_told_apart`]).
    fn people_told_apart(&self, x: At, y: At) -> bool {
        matches!((self.side(x), self.side(y)), (Some(a), Some(b)) if super::score::people_told_apart(a, b))
    }

    /// True when a link joins a day with a time of day and a day alone: it
    /// says nothing of the time.
    /// True for an agreement of a figure with a bound or a rounded figure
    /// ("3,412 patients" with "More than 3,000"): it leaves the figure free
    /// to meet the other report's exact one ("3,142 patients"), which the
    /// bound fits too. Read from blind round 109 after it was scored;
    /// measured on 2026-12-07 (thirty-ninth session): probes 1000 → 1001 of
    /// 1785 (that round's slip), drafts 1952 → 1956 of 3461, other
    /// conflicts unchanged (94, 261); ECB+, WikiNews, the seeds and the
    /// golds unchanged.
    fn bound_agreement(&self, l: &Link) -> bool {
        use crate::claim::Value;
        let exact = |at: At| match self.claim(at).map(|c| &c.value) {
            Some(Value::Amount(a)) => a.exact_figure().is_some(),
            _ => true,
        };
        l.agree && (!exact(l.a) || !exact(l.b))
    }

    fn day_only_link(&self, l: &Link) -> bool {
        use crate::claim::Value;
        let value = |at: At| self.claim(at).map(|c| &c.value);
        matches!(
            (value(l.a), value(l.b)),
            (Some(Value::DateTime(..)), Some(Value::Date { .. }))
                | (Some(Value::Date { .. }), Some(Value::DateTime(..)))
        )
    }

    /// True when either report of the claims `x` and `y` also states the
    /// other's value (see [`World::states_value_of`]).
    pub(super) fn tells_both(&self, x: At, y: At) -> bool {
        self.states_value_of(x.0, y) || self.states_value_of(y.0, x)
    }

    /// True when document `d` states the value of claim `at` anywhere, in
    /// its dimension (a day as a date, a figure as a figure of its kind):
    /// then the report knows both values and tells two things by them.
    pub(super) fn states_value_of(&self, d: usize, at: At) -> bool {
        let Some(claim) = self.claim(at) else { return false };
        let (dim, value) = (dimension(claim), value_key(&claim.value));
        self.claims.get(d).is_some_and(|cs| cs.iter().any(|c| dimension(c) == dim && value_key(&c.value) == value))
    }
}

/// True when two values could be one figure told twice with a slip: both
/// telling amounts or estimates of them (one report's "two games" and
/// another's "four" are as often two things as one), at most
/// [`SLIP_RATIO`] apart; two days at most [`SLIP_DAYS`] apart or slipped
/// in one part (see [`days_one_slip`]); two months at most
/// [`SLIP_MONTHS`] apart or a month's year one digit off.
///
/// Days and months slipped in one part since the thirty-eighth session
/// (2026-12-07): probes 889 → 891 of 1625 (a van stopped on April 12
/// against April 2, a record set in October 1976 against October 1967),
/// drafts 1766 → 1770 of 3160, other conflicts unchanged (86, 240); ECB+
/// mutation in place 128 → 129 of 319 (a changed date); ECB+ both lists,
/// WikiNews and the seeds unchanged. Bare
/// years one digit off as well found two more slips (a lighthouse first
/// lit in 1874 against 1847) for four more other conflicts, all two
/// recent years of two things (2026 against 2027): years of history told
/// by a verb are compared in [`World::past_years_slipped`].
pub(super) fn slip_sized(a: &crate::claim::Value, b: &crate::claim::Value) -> bool {
    use crate::claim::Value;
    match (a, b) {
        // A slipped day is a day or a weekday off, not a year: a bare
        // weekday has no distance.
        (Value::Date { .. }, Value::Date { .. }) => {
            if let (Some(x), Some(y)) = (whole_month(a), whole_month(b)) {
                // A slipped month is a few months off ("July 2024" for
                // "September 2024").
                // A slipped year is one digit off ("October 1976" for
                // "October 1967").
                let year = |m: i32| (m - 1).div_euclid(12);
                let month = |m: i32| (m - 1).rem_euclid(12);
                let slipped_year = month(x) == month(y) && years_one_edit(year(x), year(y));
                return (x - y).abs() <= SLIP_MONTHS || slipped_year;
            }
            let days = crate::values::distance(a, b);
            return days <= SLIP_DAYS || days.is_infinite() || days_one_slip(a, b);
        }
        (Value::Time(_) | Value::DateTime(..), Value::Time(_) | Value::DateTime(..))
        | (Value::Score(_), Value::Score(_)) => return true,
        // A day told with its moment, against a day alone: their days.
        (&Value::DateTime(day, _), Value::Date { .. }) | (Value::Date { .. }, &Value::DateTime(day, _)) => {
            let day = Value::Date { date: crate::claim::DateValue::Day(day), stated_weekday: None };
            let date = if matches!(a, Value::Date { .. }) { a } else { b };
            return slip_sized(&day, date);
        }
        _ => {}
    }
    let (Value::Amount(x), Value::Amount(y)) = (a, b) else { return false };
    fills_a_slot(a) && fills_a_slot(b) && crate::values::amounts_within(x, y, SLIP_RATIO)
}

/// True when two years from 1000 to 9999 have digits one edit apart
/// ("1967" for "1976", "1968" for "1966").
fn years_one_edit(x: i32, y: i32) -> bool {
    let four_digits = |year: i32| u64::try_from(year).ok().filter(|v| (1000..10000).contains(v));
    match (four_digits(x), four_digits(y)) {
        (Some(a), Some(b)) => {
            super::slip::one_edit(super::slip::Decimal::of(a).as_slice(), super::slip::Decimal::of(b).as_slice())
        }
        _ => false,
    }
}

/// True when two days differ by a slip of one of their parts: the day of
/// the month one digit off ("April 2" for "April 12"), the month one off
/// ("June 26" for "July 26"), or the year one digit off.
fn days_one_slip(a: &crate::claim::Value, b: &crate::claim::Value) -> bool {
    use chrono::Datelike;
    let (Some(x), Some(y)) = (a.single_day(), b.single_day()) else { return false };
    let two_digits = |d: u32| [b'0' + (d / 10 % 10) as u8, b'0' + (d % 10) as u8];
    let (same_year, same_month, same_day) = (x.year() == y.year(), x.month() == y.month(), x.day() == y.day());
    (same_year && same_month && super::slip::one_edit(&two_digits(x.day()), &two_digits(y.day())))
        || (same_year && same_day && x.month().abs_diff(y.month()) == 1)
        || (same_month && same_day && years_one_edit(x.year(), y.year()))
}

/// A date that names a whole month ("July 2024", "in March"), as a count
/// of months (a month without its year counts from year 0).
fn whole_month(value: &crate::claim::Value) -> Option<i32> {
    use crate::claim::{DateValue, Value};
    use chrono::Datelike;
    let Value::Date { date, .. } = value else { return None };
    let (year, month) = match date {
        DateValue::Range(first, last) => {
            let next = last.succ_opt()?;
            (first.day() == 1 && next.day() == 1 && (first.year(), first.month()) == (last.year(), last.month()))
                .then_some((first.year(), first.month()))?
        }
        DateValue::Partial(p) if p.day.is_none() => (p.year.unwrap_or(0), p.month?),
        _ => return None,
    };
    Some(year * 12 + month as i32)
}

/// The slot a small count fills (an exact count from two to nine, with
/// no unit; or a duration of two to nine of its unit, exact: see
/// [`small_figure`]): see [`small_slot_of`]. Such a slot's two values are
/// a disagreement only when their clauses read nearly alike
/// ([`SMALL_COUNT_RELIEF`]): two reports' small counts of one noun agree or
/// differ by chance more often than large ones.
fn small_count_slot(side: super::score::Side<'_>, dimension: u64) -> Option<SlotKey> {
    small_figure(side.claim).and_then(|_| small_slot_of(side, dimension))
}

/// The small slot a count or a duration from ten to nineteen also fills
/// (besides its own slots), so that a report's "nine gold snuffboxes"
/// meets another's "11 gold snuffboxes" and "closed for nine hours" meets
/// "closed for 11 hours": compared only with a small figure, and then at
/// most [`CLOSE_RATIO`] apart (see [`World::small_counts_alike`]).
/// Measured on 2026-12-07 (thirty-ninth session): probes 956 → 959 of
/// 1721, drafts 1866 → 1871 of 3341, other conflicts unchanged (91, 253)
/// with "the other nine cannon" read as a part (`frame/words.rs`
/// `RUN_LEADS`); without that, one more (nine cannon left of 12 found).
/// It fills a small slot only where no small figure of its report does
/// ([`World::slots_of`]): "14 people hurt" in a crash two years ago does
/// not make "seven people taken to hospital" one of two. Read from blind
/// round 110 after it was scored (a crash's seven taken to hospital
/// against six, lost to the first form): that round 6 → 7 of 16; probes,
/// drafts, ECB+, WikiNews, the seeds and the golds unchanged.
fn near_small_slot(side: super::score::Side<'_>, dimension: u64) -> Option<SlotKey> {
    figure_in(side.claim, 10.0, 20.0).and_then(|_| small_slot_of(side, dimension))
}

/// The small slot of a total: for a count, of a thing, not an event
/// ("nine cooling towers", "a support crew of six"; not "three times",
/// "six rounds": what a report counts in events is as often of two things
/// as of one), apart from the slot of its head's telling figures; for a
/// duration, the length of what it is told of, its noun when it has one
/// besides its unit ("an eight-week trial"), else its verb ("closed for
/// four days").
fn small_slot_of(side: super::score::Side<'_>, dimension: u64) -> Option<SlotKey> {
    if side.frame.role != crate::frame::Role::Total {
        return None;
    }
    let claim = side.claim;
    if claim.kind == crate::claim::ClaimKind::Duration {
        let outside = |h: &crate::frame::Head| h.span.end <= claim.span.start || claim.span.end <= h.span.start;
        let head = side.frame.counted.filter(outside).or(side.frame.predicate)?;
        return Some((dimension, head.key ^ SMALL_DURATIONS, false));
    }
    let head = side.frame.counted.filter(|h| h.lemma.is_some_and(|l| !crate::lexical::is_event(l)))?;
    Some((dimension, head.key ^ SMALL_COUNTS, false))
}

/// A small count's figure (an exact count from two to nine with no unit),
/// or a small duration's figure in whole units ("four days": 4, from two
/// to nine), with the unit's size.
fn small_figure(claim: &crate::claim::Claim) -> Option<(f64, f64)> {
    figure_in(claim, 2.0, 10.0)
}

/// An exact count with no unit, or a duration in whole units, from `low`
/// up to (not including) `high`: its figure and its unit's size.
fn figure_in(claim: &crate::claim::Claim, low: f64, high: f64) -> Option<(f64, f64)> {
    let crate::claim::Value::Amount(a) = &claim.value else { return None };
    let figure = a.exact_figure()?;
    if a.unit.is_none() && !a.vague && claim.kind != crate::claim::ClaimKind::Duration {
        return (low..high).contains(&figure).then_some((figure, 1.0));
    }
    let duration = claim.kind == crate::claim::ClaimKind::Duration && a.unit == Some("s") && a.precision > 0.0;
    let figure = figure / a.precision;
    let whole_units = !a.vague && figure.fract() == 0.0 && (low..high).contains(&figure);
    (duration && whole_units).then_some((figure, a.precision))
}

/// The dimension of a claim's slots: its profile's, by its role.
fn slot_dimension(side: &Side<'_>) -> u64 {
    side.profile.dimension ^ (side.frame.role as u64).rotate_left(40)
}

/// The slot of its report's one prison term ([`TERM`]) that a claim of
/// dimension `dimension` fills: a prison term of the news a verb hands
/// down (see [`World::sole_terms`]).
fn term_slot(side: &Side<'_>, dimension: u64) -> Option<SlotKey> {
    let handed_down = crate::frame::is_handed_down(side.claim, side.frame);
    (handed_down && of_the_news(side)).then_some((dimension, TERM, false))
}

/// True for a prison term (see [`crate::frame::is_prison_term`]).
fn is_prison_term(side: &Side<'_>) -> bool {
    crate::frame::is_prison_term(side.claim, side.frame)
}

/// True when a figure's clause tells no time, or a time of its report's
/// news: not a past conviction ("was jailed for 18 months in 2019").
fn of_the_news(side: &Side<'_>) -> bool {
    match super::score::clause_time(*side) {
        None => true,
        Some(crate::claim::Value::Year(_)) if side.published.is_none() => false,
        Some(time) => super::score::fits_news_time(time, side.published),
    }
}

/// Words before a duration that make it a length or a margin ("for 14
/// hours after the blast", "lasted 40 minutes after the start", "won in
/// 41 minutes after a tie-break", "beat him by 8.4 seconds after a
/// delayed start"), not a stretch between two moments.
const LASTING: [&str; 8] = ["by", "for", "in", "lasted", "over", "spent", "took", "within"];

/// True for a value that can fill a slot: a telling figure, or an estimate
/// of one ("about 420,000 patients", "around 40 minutes"): an estimate
/// agrees with any figure near it (see [`crate::values::compatible`]), so
/// two that disagree still tell two values.
fn fills_a_slot(value: &crate::claim::Value) -> bool {
    crate::values::is_informative(value) || crate::values::is_telling_estimate(value)
}

/// True for two shares whose clauses each name someone or somewhere, and
/// none the same ("90 percent of the traffic between Europe and the Middle
/// East", "65% of traffic to India"): a share is of a population, and two
/// named populations are two. Measured with shares "of the" whole read as
/// the clause's figure (see `frame/role.rs`): without this, ECB+ inside
/// one event 62 → 63 (those two shares of one cable cut's traffic).
fn shares_of_other_names(a: &Side<'_>, b: &Side<'_>) -> bool {
    let share = |s: &Side<'_>| s.claim.kind == crate::claim::ClaimKind::Percent;
    share(a) && share(b) && super::score::other_names(a.profile, b.profile)
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// How many disagreeing links two reports, `first` and `second`, make.
    fn two_reports_disagree(first: &str, second: &str) -> usize {
        crate::pair::disagreements_across(&[Document::new("a.txt", first, None), Document::new("b.txt", second, None)])
    }

    /// Two reports of one fire that share two telling figures and the
    /// fire's name, and give the burned area in clauses too unlike to pair
    /// by score (2.0 against a threshold of 5): with `area` as the second
    /// report's area and `homes` its homes destroyed, how many disagreeing
    /// links.
    fn disagreements(area: &str, homes: &str) -> usize {
        disagreements_with_drafts(area, homes, &[])
    }

    /// [`disagreements`], with the documents `drafts` (0: the first
    /// report, 1: the second) checked against the other.
    /// The slot disagreements of two reports that each give the age of
    /// someone they do not name, the story's slots compared or not.
    fn unnamed_age_disagreements(story_wide: bool) -> usize {
        let first = VESSMARK_ARREST;
        let docs = [Document::new("a.txt", first, None), Document::new("b.txt", vessmark_held("29"), None)];
        crate::pair::with_world(&docs, |world, _| {
            let none = crate::hash::FastMap::default();
            let (sa, sb) = (world.slots_of(0, &none), world.slots_of(1, &none));
            world.slot_disagreements((0, &sa), (1, &sb), &crate::hash::FastMap::default(), story_wide).len()
        })
    }

    /// Related reports do not compare the story's slots: its one unnamed
    /// age among them (a widow of 91, a victim's father of 88).
    #[test]
    fn related_reports_leave_their_unnamed_ages_apart() {
        assert_eq!(unnamed_age_disagreements(true), 1, "reports of one story");
        assert_eq!(unnamed_age_disagreements(false), 0, "related reports");
    }

    fn disagreements_with_drafts(area: &str, homes: &str, drafts: &[usize]) -> usize {
        let docs = vec![
            Document::new(
                "a.txt",
                "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board.\n",
                None,
            ),
            Document::new(
                "b.txt",
                format!("June 10, 2025\n\nForestry staff estimate that {area} of pine and scrub have been blackened. The Harlow Ridge fire has destroyed {homes} houses in Merrin County. Officials said it was 35 percent contained. Rosa Delgado, 71, sheltered with the Red Cross in Tolland Flats.\n"),
                None,
            ),
        ];
        crate::pair::links_with_drafts(&docs, drafts).iter().filter(|l| !l.agree && l.a.0 != l.b.0).count()
    }

    /// Two reports of one story give one value per slot; a related report
    /// of the same day (one shared figure, some names) is compared for a
    /// small slip only.
    #[test]
    fn one_story_one_value_per_slot() {
        assert_eq!(disagreements("4,600 hectares", "212"), 0, "the same area");
        assert_eq!(disagreements("6,400 hectares", "212"), 1, "a slip in the area");
        assert_eq!(disagreements("46,000 hectares", "212"), 0, "ten times the area is something else");
        assert_eq!(disagreements("7,900 hectares", "350"), 0, "one shared figure is no story");
        assert_eq!(disagreements("6,900 hectares", "350"), 1, "a related report of the same day, a small slip");
    }

    /// Two reports of one outbreak, the second ending on `towers`: how
    /// many disagreeing links.
    fn outbreak_disagreements(towers: &str) -> usize {
        outbreak_disagreements_from("six", towers)
    }

    /// [`outbreak_disagreements`], the first report's towers sampled
    /// `sampled`.
    fn outbreak_disagreements_from(sampled: &str, towers: &str) -> usize {
        let first = format!("June 10, 2025\n\nAn outbreak of Legionnaires' disease in Kelverton has sickened 21 people, the Northern Health Agency said. Samples were taken on Saturday from {sampled} cooling towers on the Brackley Road estate.\n");
        let second = format!("June 10, 2025\n\nThe Northern Health Agency said 21 people in Kelverton have fallen ill with Legionnaires' disease. {towers}\n");
        two_reports_disagree(&first, &second)
    }

    /// A small count of a thing fills a slot of its own: two reports of
    /// one story that count it differently in clauses that read nearly
    /// alike disagree.
    #[test]
    fn a_small_count_of_a_thing_fills_a_slot() {
        // The clauses score 7.9 against a threshold of 8: no pair by score.
        assert_eq!(outbreak_disagreements("Officials checked nine cooling towers."), 1);
        assert_eq!(outbreak_disagreements("Officials checked six cooling towers."), 0);
        assert_eq!(
            outbreak_disagreements("Engineers will inspect nine cooling towers across the county next month."),
            0,
            "clauses too unlike"
        );
    }

    /// A figure that agrees with the other report's bound still meets its
    /// exact figure one digit edit away.
    #[test]
    fn a_figure_within_a_bound_meets_the_exact_figure() {
        let first = "June 10, 2025\n\nThe Brammerton trust said 3,412 patients had waited more than a year for treatment, its board heard on Monday.\n";
        let second = |exact: &str| {
            format!("June 10, 2025\n\nMore than 3,000 patients have waited over a year, the Brammerton trust said. An audit on Monday found {exact} patients in that group.\n")
        };
        assert_eq!(two_reports_disagree(first, &second("3,142")), 1);
        assert_eq!(two_reports_disagree(first, &second("3,412")), 0);
    }

    /// Two reports of one lighthouse's reopening, the first telling
    /// `first` and the second `second`: how many disagreeing links.
    fn lighthouse_disagreements(first: &str, second: &str) -> usize {
        let report = |told: &str| {
            format!("June 10, 2025\n\nThe Grenmouth lighthouse reopened on Saturday after a £2.4 million restoration, the Coastal Trust said. {told}\n")
        };
        two_reports_disagree(&report(first), &report(second))
    }

    /// A year of history told with a slip by two reports of one story is
    /// one year two ways; two recent years, or the years of an event noun,
    /// may be two things'.
    #[test]
    fn a_year_of_history_slipped_is_a_disagreement() {
        let lit = |year: &str| format!("Its tower, designed by the engineer Alasdair Penhallow, was lit in {year}.");
        let records = |year: &str| format!("Parish records show the lamp was lit in {year}.");
        assert_eq!(lighthouse_disagreements(&lit("1874"), &records("1847")), 1);
        assert_eq!(lighthouse_disagreements(&lit("1874"), &records("1874")), 0);
        assert_eq!(lighthouse_disagreements(&lit("2021"), &records("2012")), 0, "recent years");
        let storm = |year: &str| format!("A {year} storm, the engineer Alasdair Penhallow wrote, damaged the tower.");
        let gale = |year: &str| format!("Parish records show a storm in {year}.");
        assert_eq!(lighthouse_disagreements(&storm("1874"), &gale("1847")), 0, "an event noun");
    }

    /// Two reports of a pier's storm damage that tell the year it opened
    /// with two digits swapped, in clauses that share little else.
    #[test]
    fn a_year_of_history_slipped_in_unlike_clauses() {
        let texts = crate::pair::disagreeing_texts("tests/probes/crowhaven-pier-storm-damage", ["a.txt", "b.txt"]);
        assert!(crate::pair::sets_against(&texts, "1869", "1896"), "{texts:?}");
    }

    /// A count just past the small ones meets a small count of its thing
    /// when the two are close.
    #[test]
    fn a_count_just_past_the_small_ones_meets_a_small_count() {
        assert_eq!(outbreak_disagreements_from("nine", "Officials checked 11 cooling towers."), 1);
        assert_eq!(outbreak_disagreements_from("nine", "Officials checked 14 cooling towers."), 0, "not close");
        assert_eq!(outbreak_disagreements_from("nine", "Officials checked nine cooling towers."), 0);
        // A count past the small ones does not join a small slot a small
        // count fills: the second report still gives one small count.
        let two_counts = "Officials checked nine cooling towers. In 2019, inspectors shut 14 cooling towers.";
        assert_eq!(outbreak_disagreements(two_counts), 1);
    }

    /// Two reports of one bog study, the second ending on `study`: how
    /// many disagreeing links.
    fn study_disagreements(study: &str) -> usize {
        let first = "June 10, 2025\n\nRestoring Harrowdale Moss cut its carbon losses by 38 percent, the Northern Soil Institute said. The four-year study relied on 36 monitoring stations across the bog.\n";
        let second = format!("June 10, 2025\n\nThe Northern Soil Institute said carbon losses from Harrowdale Moss fell by 38 percent after its restoration. {study}\n");
        two_reports_disagree(first, &second)
    }

    /// A small duration fills a slot of what it is the length of: two
    /// reports of one story that give it differently in clauses too
    /// unlike to pair by score disagree; a small duration of something
    /// else ("a three-year survey") fills another slot.
    #[test]
    fn a_small_duration_fills_a_slot_of_what_it_lasts() {
        // The clauses score 7.84 against a threshold of 8: no pair by score.
        let told = |years: &str| {
            format!("Over a {years} study, scientists from Penhallow compared the moss with Bellhope Moss.")
        };
        assert_eq!(study_disagreements(&told("three-year")), 1);
        assert_eq!(study_disagreements(&told("four-year")), 0);
        assert_eq!(
            study_disagreements("Penhallow's ornithologists also began a three-year survey of curlews on the moss."),
            0,
            "the length of something else"
        );
    }

    /// Two reports of one theft trial, the second ending on `days`: how many
    /// disagreeing links.
    fn trial_disagreements(days: &str) -> usize {
        let first = "June 10, 2025\n\nTwo men were convicted on Monday of stealing 40 casks of whisky worth £1.3 million from the Glenavrick bond in Kilbrae. The trial at Dunmore Sheriff Court lasted 19 days.\n";
        let second = format!("June 10, 2025\n\nA jury at Dunmore Sheriff Court convicted two men on Monday over the theft of 40 casks, worth £1.3 million, from the Glenavrick bond. {days}\n");
        two_reports_disagree(first, &second)
    }

    /// Two reports of one sentencing, the second telling the term `term`:
    /// how many disagreeing links.
    fn sentencing_disagreements(term: &str) -> usize {
        let first = "March 20, 2026\n\nA former bookkeeper who stole from a Harnley church fund was jailed on Friday. Petra Vossel, 52, was sentenced at Harnley Crown Court to four years and eight months. She took £212,000 while keeping its accounts for 14 years.\n";
        let second = format!("March 20, 2026\n\nParishioners wept as the bookkeeper who took £212,000 from the Harnley church fund {term}.\n");
        two_reports_disagree(first, &second)
    }

    /// A prison term is one slot whatever verb tells it ("was sentenced
    /// to", "was sent to prison for").
    #[test]
    fn a_prison_term_told_with_two_verbs_is_one_term() {
        assert_eq!(sentencing_disagreements("was sent to prison for four years and two months"), 1);
        assert_eq!(sentencing_disagreements("was sent to prison for four years and eight months"), 0);
    }

    /// Two reports of a trial of two men, the second telling the
    /// organiser's term `term` with another verb: how many disagreeing
    /// links.
    fn two_defendants_disagreements(term: &str) -> usize {
        let first = "March 20, 2026\n\nTwo men who stole 16 clocks from Ravensby Hall were jailed at Kelford Crown Court on Friday. Gary Selden, 46, of Dunfield, was sentenced to nine years and Liam Corbett, 29, to six years and six months. The van driver, Nathan Prowse, 38, was jailed for three years.\n";
        let second = format!("March 20, 2026\n\nThe hall's 16 clocks were taken in a raid planned by Gary Selden. Liam Corbett, 29, who worked at the hall, was jailed for six years and six months at Kelford Crown Court on Friday. Gary Selden, 46, the organiser, {term}.\n");
        two_reports_disagree(first, &second)
    }

    /// Each person sentenced fills a slot of their own term: a report that
    /// sentences two gives each one value, small or not.
    #[test]
    fn each_person_sentenced_fills_a_slot_of_their_term() {
        assert_eq!(two_defendants_disagreements("received eight years"), 1);
        assert_eq!(two_defendants_disagreements("received nine years"), 0);
    }

    /// Two reports of one sentencing that name no one in the term's
    /// sentence, the second telling the term `term`: how many disagreeing
    /// links.
    fn unnamed_term_disagreements(term: &str) -> usize {
        let first = "October 15, 2027\n\nA gamekeeper who laced rabbit carcasses with carbofuran has been jailed for two years and four months. Judge Helena Ashdown said he had shown a cold disregard for the law. The court heard that nine red kites and three buzzards died on the 2,600-hectare Ashby Moor estate, where investigators recovered 14 baits. He must also pay £18,500 in costs. Wildlife charity Raptor Watch welcomed the sentence.\n";
        let second = format!("October 16, 2027\n\nA gamekeeper on the Ashby Moor estate {term} after birds of prey were found poisoned with carbofuran. Kelford Crown Court heard that 14 baits were found on the 2,600-hectare moor. He was ordered to pay £18,500 towards the prosecution. Sergeant Ellen Marsh of the county wildlife crime unit said she hoped the case would deter others.\n");
        two_reports_disagree(first, &second)
    }

    /// A report of one sentencing hands down one term: two reports' terms
    /// are one term, named or not; a term a noun names ("serving a
    /// two-year sentence") is as often of the past, and fills no such slot.
    #[test]
    fn a_report_s_sole_prison_term_is_the_story_s_term() {
        assert_eq!(unnamed_term_disagreements("was jailed for two years and eight months"), 1);
        assert_eq!(unnamed_term_disagreements("was jailed for two years and four months"), 0);
        assert_eq!(unnamed_term_disagreements("already serving a two-year sentence was jailed again"), 0);
    }

    /// A length fills the slot of its unit ("sat for 17 days"); a stretch
    /// between two moments ("ten days after the raid") fills none.
    #[test]
    fn a_stretch_between_two_moments_fills_no_slot_of_its_unit() {
        assert_eq!(
            trial_disagreements("Police recovered the casks from a farm building at Kilbrae ten days after the raid."),
            0
        );
        assert_eq!(trial_disagreements("The court sat for 17 days."), 1);
        assert_eq!(trial_disagreements("The court sat for 17 days after the arrests."), 1, "a length");
    }

    /// A margin a duration is told by is no stretch between two moments:
    /// "beat Pelling by 8.4 seconds after a rain-delayed start" against
    /// "holding off Pelling by 4.8 seconds" (blind round 85).
    #[test]
    fn a_margin_before_after_is_a_length() {
        let texts = crate::pair::disagreeing_texts("tests/probes/wraxholme-road-races-senior", ["a.txt", "c.txt"]);
        assert!(texts.iter().any(|(a, c)| a.contains("4.8 seconds") && c.contains("8.4 seconds")), "{texts:?}");
    }

    /// Two reports of one fire, the second giving `share` of homes that lost
    /// power: how many disagreeing links.
    fn power_cut_disagreements(share: &str) -> usize {
        let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares and destroyed 212 homes in Merrin County. About 40 percent of homes in Tolland Flats were left without power.\n";
        let second = format!("June 10, 2025\n\nThe Harlow Ridge fire destroyed 212 homes in Merrin County after burning 4,600 hectares. The utility said {share} were cut off.\n");
        two_reports_disagree(first, &second)
    }

    /// Two shares of one slot are of one population only when their
    /// clauses name it alike, or one of them names nothing.
    #[test]
    fn shares_of_two_named_places_are_two() {
        assert_eq!(power_cut_disagreements("60 percent of homes in Tolland Flats"), 1);
        assert_eq!(power_cut_disagreements("60 percent of homes"), 1);
        assert_eq!(power_cut_disagreements("60 percent of homes in Caddon Springs"), 0, "another place");
    }

    /// Two reports that share one telling figure and a few of their names
    /// might tell one story: a time of day one digit off is compared
    /// there, and nothing else.
    #[test]
    fn reports_that_might_tell_one_story_compare_a_time_one_digit_off() {
        let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board. The alarm was raised at 5:42 p.m., and crews moved 1,184 residents.\n";
        let count = |rest: &str| {
            let second = format!("June 10, 2025\n\nRosa Delgado of the Red Cross said the Caddon Springs fire was 35 percent contained. {rest}\n");
            crate::pair::disagreements_across(&[
                Document::new("a.txt", first, None),
                Document::new("b.txt", second, None),
            ])
        };
        assert_eq!(count("Its alarm was raised at 6:42 p.m."), 1, "a time one digit off");
        assert_eq!(count("Buses carried 1,148 residents to shelters."), 0, "a count one digit off");
    }

    /// Two reports of one fire, each ending on `a` and on `b`: how many
    /// disagreeing links.
    fn ending_on(a: &str, b: &str) -> usize {
        crate::pair::disagreements_across(&[
            Document::new("a.txt", format!("June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board. {a}\n"), None),
            Document::new("b.txt", format!("June 10, 2025\n\nForestry staff estimate that 4,600 hectares of pine and scrub have been blackened. The Harlow Ridge fire has destroyed 212 houses in Merrin County. Officials said it was 35 percent contained. {b}\n"), None),
        ])
    }

    /// A report that gives two figures of one counted head still gives one
    /// to the slot of that head and its verb: the other report's figure
    /// there is a slip; not when one report gives three such figures (a
    /// box score); names told on both sides and none shared weigh against
    /// it as in any pair.
    #[test]
    fn a_slot_told_by_its_verb_holds_one_figure() {
        let crews = "Crews cut a firebreak 18 kilometres north of Tolland. The blaze spread 47 kilometres overnight.";
        let slip = "Volunteers with two bulldozers had cut it 21 kilometres beyond the town by Sunday night.";
        assert_eq!(ending_on(crews, slip), 1, "the firebreak's distance");
        let three = format!("{crews} Its smoke drifted 64 kilometres.");
        assert_eq!(ending_on(&three, slip), 0, "three distances");
        let harker = "Crews led by Tom Harker cut a firebreak 18 kilometres north of Tolland. The blaze spread 47 kilometres overnight.";
        let pryce = "Volunteers led by Ann Pryce had cut it 21 kilometres beyond the town by Sunday night.";
        assert_eq!(ending_on(harker, pryce), 0, "other people's work");
    }

    /// Two reports that each give a slot two values and share one tell one
    /// thing by the other two: a slip when their digits are one edit apart,
    /// not when the shared value stands in the same sentence (two things
    /// set side by side), nor when the digits are further apart.
    #[test]
    fn the_other_values_of_a_slot_that_shares_one_are_one_thing() {
        let pumps = |b: &str| {
            crate::pair::disagreements_across(&[
                Document::new("a.txt", "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs, said Dana Whitcombe of the Forestry Board. It destroyed 212 homes. Engineers spent 41 minutes cooling the ridge line. The pumps at the reservoir ran for 94 minutes.\n", None),
                Document::new("b.txt", format!("June 10, 2025\n\nA wildfire near Caddon Springs has blackened 4,600 hectares and destroyed 212 houses, firefighters in Merrin County said. {b}\n"), None),
            ])
        };
        let ridge = "The ridge line was cooled in 41 minutes.";
        assert_eq!(pumps(&format!("{ridge} It was 84 minutes before the reservoir was safe.")), 1, "94 and 84 minutes");
        assert_eq!(pumps(&format!("{ridge} It was 57 minutes before the reservoir was safe.")), 0, "no slip");
        let side_by_side = "Cooling the ridge line took 41 minutes and making the reservoir safe took 84 minutes.";
        assert_eq!(pumps(side_by_side), 0, "set side by side");
    }

    /// The day a paper was published, told in a sentence of its story
    /// ("The paper describing the species, published on Wednesday in the
    /// Journal of Cave Fauna"), is a
    /// fact of the story and fills a slot.
    #[test]
    fn a_day_of_publishing_told_in_a_sentence_fills_a_slot() {
        let texts =
            crate::pair::disagreeing_texts("tests/probes/farrowdene-beetle-species-discovery", ["a.txt", "b.txt"]);
        assert!(texts.iter().any(|(a, b)| a == "Wednesday" && b == "Tuesday"), "{texts:?}");
    }

    /// Two reports' days of one verb one day apart are a slip, judged as
    /// leniently as figures one digit edit apart: an inspector's decision
    /// letter "published on Tuesday" against "published on Monday", in
    /// clauses that score 3.2 against a threshold of 8.
    #[test]
    fn a_day_one_off_in_a_slot_of_its_verb_is_a_slip() {
        let texts =
            crate::pair::disagreeing_texts("tests/probes/hollinbrook-supermarket-planning-appeal", ["a.txt", "c.txt"]);
        assert!(texts.iter().any(|(a, b)| a == "Tuesday" && b == "Monday"), "{texts:?}");
    }

    /// A report of an arrest over an exam leak, with the age of the man
    /// arrested and no name.
    const VESSMARK_ARREST: &str = "June 10, 2025\n\nPolice arrested a 34-year-old man at his home in Brennick on Tuesday over the leak of the Vessmark exam paper. The Vessmark board cancelled the paper for 48,000 pupils at 312 schools.\n";

    /// Another report of that arrest, with the age `age` of a machine
    /// operator it does not name.
    fn vessmark_held(age: &str) -> String {
        format!("June 10, 2025\n\nA {age}-year-old machine operator from Brennick was held over the Vessmark exam leak, which forced the board to cancel the paper for 48,000 pupils at 312 schools.\n")
    }

    /// Two reports of one story that each give one age of someone they do
    /// not name give one person's age, whatever noun each chose.
    #[test]
    fn a_report_s_one_unnamed_age_is_its_story_s() {
        let first = VESSMARK_ARREST;
        let second = vessmark_held;
        assert_eq!(two_reports_disagree(first, &second("34")), 0, "one age");
        assert_eq!(two_reports_disagree(first, &second("43")), 1, "a slipped age");
        assert_eq!(two_reports_disagree(first, &second("29")), 1, "an age a few years off");
        assert_eq!(two_reports_disagree(first, &second("71")), 0, "too far apart for a slip");
    }

    /// Two reports of one story that each give one share give one share,
    /// whatever each says it is of.
    #[test]
    fn a_report_s_one_share_is_its_story_s() {
        let first = "June 10, 2025\n\nThe Pell family owns 71 per cent of Lessingford Coaches, which runs 214 buses from its Quarry Road depot and employs 630 people.\n";
        let second = |share: &str| {
            format!("June 10, 2025\n\nLessingford Coaches, in which the Pell family holds {share}, runs 214 buses from the Quarry Road depot with 630 staff.\n")
        };
        assert_eq!(two_reports_disagree(first, &second("71 per cent")), 0, "one share");
        assert_eq!(two_reports_disagree(first, &second("67 per cent")), 1, "a slipped share");
    }

    /// An ordinal names one of a series ("the 79th Academy Awards", "the
    /// 85th"): reports of one story recall several, so it fills no slot.
    #[test]
    fn an_ordinal_fills_no_slot() {
        let text = "June 10, 2025\n\nNadia Orme hosted the 41st Marrow Film Prize gala, which drew 2,300 guests.\n";
        let docs = [Document::new("a.txt", text, None)];
        let why = |figure: &str| {
            crate::pair::with_world(&docs, |world, claims| {
                let c = claims[0].iter().position(|c| c.span.slice(text) == figure).expect(figure);
                world.slot_keys((0, c)).err()
            })
        };
        assert_eq!(why("41st"), Some("an ordinal"));
        assert_eq!(why("2,300"), None, "a count beside it fills its slot");
    }

    /// A month slips by a few months ("July 2024" for "September 2024"),
    /// a day by a few days.
    #[test]
    fn a_slipped_month_is_a_few_months_off() {
        let doc = Document::new(
            "a.txt",
            "June 2, 2025\n\nIt began in July 2024. It ended in September 2024. It paused in January 2025. It met on June 3, 2024.\n",
            None,
        );
        let claims = crate::extract::extract(&doc);
        let value = |text: &str| claims.iter().find(|c| c.span.slice(&doc.text) == text).map(|c| c.value);
        let (july, september, january) = (value("July 2024"), value("September 2024"), value("January 2025"));
        let (Some(july), Some(september), Some(january)) = (july, september, january) else {
            panic!("months read: {claims:?}")
        };
        assert!(super::slip_sized(&july, &september), "two months apart");
        assert!(!super::slip_sized(&july, &january), "six months apart");
        let june = value("June 3, 2024").expect("a day");
        assert!(!super::slip_sized(&july, &june), "a month against a day of another");
    }

    /// Two related reports' days are a small slip apart when at most two
    /// days apart or slipped in one part ("December 2", "December 12").
    #[test]
    fn a_date_slipped_in_one_part_is_a_small_slip() {
        let text = "January 5, 2027\n\nHe was arrested on December 2, 2026. He was charged on December 12, 2026. \
                    He was bailed on December 19, 2026. He was freed on December 3, 2026.\n";
        let docs = [Document::new("a.txt", text, None)];
        crate::pair::with_world(&docs, |world, claims| {
            let at = |t: &str| claims[0].iter().position(|c| c.span.slice(text) == t).map(|c| (0, c));
            let close = |a: &str, b: &str| match (at(a), at(b)) {
                (Some(x), Some(y)) => world.close_slip(x, y),
                _ => panic!("dates read: {:?}", claims[0]),
            };
            assert!(close("December 2, 2026", "December 12, 2026"), "a day one digit off");
            assert!(close("December 2, 2026", "December 3, 2026"), "a day off");
            assert!(!close("December 2, 2026", "December 19, 2026"), "two digits off");
        });
    }

    /// A day slipped in one of its parts is a slip: its day of the month
    /// one digit off, its month one off, its year one digit off; a month's
    /// year one digit off too. Not two other days.
    #[test]
    fn a_date_slipped_in_one_part_is_slip_sized() {
        let text = "June 2, 2027\n\nIt began on April 2, 2027. It ended on April 12, 2027. It paused on May 12, 2027. \
                    It met on May 21, 2027. It was built in October 1967. It was rebuilt in October 1976. It was sold \
                    in December 1966. It closed on April 19, 2027.\n";
        let doc = Document::new("a.txt", text, None);
        let claims = crate::extract::extract(&doc);
        let value = |text: &str| claims.iter().find(|c| c.span.slice(&doc.text) == text).map(|c| c.value);
        let sized = |a: &str, b: &str| match (value(a), value(b)) {
            (Some(x), Some(y)) => super::slip_sized(&x, &y),
            _ => panic!("dates read: {claims:?}"),
        };
        assert!(sized("April 2, 2027", "April 12, 2027"), "a day one digit off");
        assert!(sized("April 12, 2027", "May 12, 2027"), "a month off");
        assert!(sized("May 12, 2027", "May 21, 2027"), "a day's digits swapped");
        assert!(sized("October 1967", "October 1976"), "a month's year's digits swapped");
        assert!(!sized("October 1967", "December 1966"), "another month");
        assert!(!sized("April 2, 2027", "April 19, 2027"), "two digits off");
    }

    /// A change fills a slot of changes ("shares jumped 22%", "shares
    /// climbed 12%" in the probe cluster `steel-takeover`), apart from the
    /// levels of the same head.
    #[test]
    fn a_change_fills_a_slot_of_changes() {
        let a = include_str!("../../tests/probes/steel-takeover/a.txt");
        let b = include_str!("../../tests/probes/steel-takeover/b.txt");
        let docs = [Document::new("a.txt", a, None), Document::new("b.txt", b, None)];
        let (claims, _) = crate::checks::extract_all(&docs);
        let text = |at: (usize, usize)| claims[at.0][at.1].span.slice(if at.0 == 0 { a } else { b });
        let links = crate::pair::links_with_drafts(&docs, &[]);
        let moves = links.iter().filter(|l| !l.agree && (text(l.a), text(l.b)) == ("22%", "12%")).count();
        assert_eq!(moves, 1, "Corvane's shares jumped 22% against climbed 12%");
    }

    /// Three changes of one head (a week of share moves) leave no finer
    /// slot for them, as three levels would; two do.
    #[test]
    fn three_changes_of_one_head_leave_no_finer_slot() {
        let few = |body: &str| {
            let docs = [Document::new("a.txt", format!("June 10, 2025\n\n{body}\n"), None)];
            crate::pair::with_world(&docs, |world, claims| {
                let jump = claims[0].iter().position(|c| c.span.slice(&docs[0].text) == "22%").expect("the jump");
                world.few_figures(&world.slots_of(0, &Default::default()), (0, jump))
            })
        };
        let two = "Corvane shares jumped 22% on Monday. Corvane shares slid 3.4% on Tuesday.";
        assert!(few(two), "two moves");
        assert!(!few(&format!("{two} Corvane shares rose 5.6% on Wednesday.")), "three moves");
    }

    /// An estimate fills a slot as its figure would: "about 420,000" and
    /// "around 240,000" are two values, "about 420,000" and "420,000" one.
    #[test]
    fn an_estimate_fills_a_slot() {
        let patients = |v: &str| {
            ending_on(
                "Around 420,000 patients take the tablets every day, the regulator said.",
                &format!("The recall affects {v} patients who were prescribed the drug."),
            )
        };
        assert_eq!(patients("about 240,000"), 1, "two estimates of one count");
        assert_eq!(patients("about 410,000"), 0, "estimates that agree");
        assert_eq!(patients("between 100,000 and 400,000"), 0, "a wide range fills no slot");
    }

    /// A slot that a rule names on one side only is one thing at the
    /// stricter threshold of the two rules.
    #[test]
    fn a_slot_one_rule_names_on_one_side_is_judged_at_the_stricter_threshold() {
        let fund = |v: &str| {
            ending_on(
                "Mayor Tom Reddy announced a £500,000 emergency fund for displaced families and said the council would pay for hotel rooms.",
                &format!("Reddy has promised that a {v} hardship fund will be open for applications by Wednesday."),
            )
        };
        assert_eq!(fund("£350,000"), 1, "one fund, two sums");
        assert_eq!(fund("£5,000"), 0, "too far apart for a slip");
        let trip = "An end-to-end trip on the new line takes 19 minutes.";
        let bus = "\"I usually sit on the bus for 47 minutes,\" said Luka Brandt, who rode it on Monday.";
        assert_eq!(ending_on(trip, bus), 0, "a trip's length against a rider's bus ride: not near the catch-all's bar");
    }

    /// A slot each report fills once with values one digit edit apart is
    /// one figure told with a slip, though the clauses share little; not
    /// for a reading that changes by the hour, nor for people the verbs
    /// tell apart.
    #[test]
    fn a_slot_filled_one_digit_off_is_a_slip() {
        let smoke = "Smoke drifted 38 miles to the coast.";
        assert_eq!(ending_on(smoke, "Ash fell as far away as Tolland, 83 miles from the blaze."), 1, "digits swapped");
        assert_eq!(ending_on(smoke, "Ash fell as far away as Tolland, 63 miles from the blaze."), 0, "two distances");
        let temperature = |v: &str| {
            ending_on("Crews worked in heat of 31°C.", &format!("By dusk the air in Tolland had cooled to {v}."))
        };
        assert_eq!(temperature("13°C"), 0, "two moments' readings");
        let people = |v: &str| {
            ending_on(
                "Sheriff's deputies held 19 people in Tolland.",
                &format!("Separately, prosecutors in Ardent charged {v} people with insurance fraud."),
            )
        };
        assert_eq!(people("12"), 0, "people the verbs tell apart");
    }

    /// A report that also states the other's value, whatever it counts
    /// with it, knows both values and tells two things by them.
    #[test]
    fn a_report_that_states_both_values_tells_two_things() {
        assert_eq!(disagreements("6,900 hectares", "212"), 1, "a slip in the area");
        let both = "6,900 hectares of pine and scrub have been blackened. The Merrin reserve is 4,600 hectares, and";
        assert_eq!(disagreements(both, "212"), 0, "the report states both");
    }

    /// Inside one story, two verbs for one slot's figure weigh nothing
    /// instead of forbidding the pair ("kept underground for 31 hours",
    /// "spent 37 hours in the dark": no rule names either).
    #[test]
    fn a_slot_is_one_thing_whatever_the_verbs() {
        let docs = vec![
            Document::new("a.txt", "June 10, 2025\n\nRescuers freed 23 miners at the Kestrel Ridge mine in Selwick on Wednesday. The collapse kept the men underground for 31 hours. The Kestrel Ridge mine employs 140 workers.\n", None),
            Document::new("b.txt", "June 10, 2025\n\nTwenty-three miners were freed at the Kestrel Ridge mine in Selwick on Wednesday. The crew spent 37 hours in the dark. Brannock Minerals, which runs the Kestrel Ridge mine, has 140 workers there.\n", None),
        ];
        let disagreements = crate::pair::disagreements_across(&docs);
        assert_eq!(disagreements, 1);
    }

    /// A draft and its sources tell one story by the writer's word: a slot
    /// the draft fills with another value is a disagreement even when the
    /// two share too few figures to be judged one story on their own.
    #[test]
    fn a_draft_and_its_sources_tell_one_story() {
        assert_eq!(disagreements_with_drafts("7,900 hectares", "350", &[]), 0, "one shared figure is no story");
        assert_eq!(
            disagreements_with_drafts("7,900 hectares", "350", &[1]),
            1,
            "the draft's area against its source's"
        );
        assert_eq!(disagreements_with_drafts("4,600 hectares", "350", &[1]), 0, "the same area");
    }

    /// Two reports of one story that each give one sum of money tell one
    /// sum, whatever each says it pays for; a report that gives two sums
    /// compares neither there.
    #[test]
    fn one_story_one_sum_of_money() {
        let count = |sums: &str| {
            let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs and destroyed 212 homes in Merrin County. The families will get a £1.8 million grant from the county council.\n";
            let second = format!("June 10, 2025\n\nThe Harlow Ridge fire has destroyed 212 homes in Merrin County after blackening 4,600 hectares near Caddon Springs. {sums}\n");
            crate::pair::disagreements_of_texts(first, &second)
        };
        assert_eq!(count("The families have received £1.3 million in public funding."), 1, "a slipped sum");
        assert_eq!(count("The families have received £1.8 million in public funding."), 0, "the same sum");
        assert_eq!(
            count("The families have received £1.3 million in public funding. Road repairs will cost £2.6 million."),
            0,
            "two sums"
        );
    }

    /// A day told two ways by two reports of one story is a slip, unless
    /// one of them also tells the other's day: then it tells two days of
    /// two things ("samples taken on Thursday" beside "Tuesday's samples").
    #[test]
    fn a_report_that_tells_both_days_tells_two_things() {
        let story = "The Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
        let two = |b: &str| {
            let docs = vec![
                Document::new(
                    "a.txt",
                    format!("June 12, 2025\n\n{story} Crews sampled the Merrin reservoir on Tuesday.\n"),
                    None,
                ),
                Document::new("b.txt", format!("June 12, 2025\n\n{story} {b}\n"), None),
            ];
            crate::pair::disagreements_across(&docs)
        };
        assert_eq!(two("Crews sampled the Merrin reservoir on Thursday."), 1, "a slipped day");
        assert_eq!(
            two("Crews sampled the Merrin reservoir on Thursday. The results of Tuesday's tests were clean."),
            0,
            "the report tells both days"
        );
    }

    /// The first time of day a report gives is the moment of its story,
    /// whatever its verb: two reports of one story disagree when their
    /// first times look like a slip (one digit edit, or half an hour), and
    /// so do two times each the other's nearest, half an hour apart at
    /// most, when their clauses read alike enough; a bound ("before") is no
    /// moment, and a lower bound ("shortly after") a time a little later
    /// fits is none either.
    #[test]
    fn the_first_time_of_day_of_two_reports_is_one_moment() {
        let story = "The Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
        let first = format!("{story} A falling power line sparked the blaze at 4:15 a.m.");
        let count = |second: &str| crate::pair::disagreements_of_two(&first, &format!("{second} {story}"));
        assert_eq!(count("The fire in the hills took hold at 5:15 a.m."), 1, "an hour off, one digit");
        assert_eq!(count("The fire in the hills took hold at 4:40 a.m."), 1, "25 minutes off");
        assert_eq!(count("The fire in the hills took hold at 4:15 a.m."), 0, "the same moment");
        assert_eq!(count("The fire in the hills took hold at 5:00 a.m."), 0, "45 minutes and two digits off");
        assert_eq!(count("The fire in the hills took hold before 5:15 a.m."), 0, "a bound");
        assert_eq!(
            count("The fire in the hills took hold at 4:40 a.m. Crews arrived at 6:30 a.m."),
            1,
            "the first of two"
        );
        assert_eq!(
            count("Crews arrived at 6:30 a.m. The fire in the hills took hold at 4:40 a.m."),
            1,
            "not the first, the nearest"
        );
        assert_eq!(
            count("Crews arrived at 4:30 a.m. The fire in the hills took hold at 5:40 a.m."),
            0,
            "the nearest, another moment"
        );
        assert_eq!(count("The fire in the hills took hold shortly after 4 a.m."), 0, "a lower bound 4:15 fits");
        assert_eq!(count("The fire in the hills took hold shortly after 3:15 a.m."), 1, "an hour before");
        assert_eq!(count("The fire in the hills took hold at around 4 a.m."), 0, "a rough time 4:15 fits");
        assert_eq!(count("The fire in the hills took hold at around 4:40 a.m."), 1, "a time told to the minute");
        assert_eq!(
            count("Crews were called at 5:15 a.m., an hour after the power line fell."),
            0,
            "placed by the other's moment"
        );
        assert_eq!(
            count("Crews were called at 5:15 a.m., two hours after the power line fell."),
            1,
            "placed by another moment"
        );
    }

    /// A link between a day with a time ("7:42 a.m. on Tuesday") and a day
    /// alone ("on Tuesday") agrees on the day and says nothing of the
    /// time, which slots and digit slips still compare.
    #[test]
    fn a_day_alone_links_a_day_with_a_time_for_its_day_only() {
        let docs = [
            Document::new("a.txt", "June 10, 2025\n\nThe depot blast came on Tuesday. It struck at 6:42 a.m.\n", None),
            Document::new("b.txt", "June 10, 2025\n\nThe depot was hit by a blast at 7:42 a.m. on Tuesday.\n", None),
        ];
        crate::pair::with_world(&docs, |world, claims| {
            let at = |d: usize, text: &str| {
                let c = claims[d].iter().position(|c| c.span.slice(&docs[d].text) == text).expect(text);
                (d, c)
            };
            let link = |a, b| super::Link { a, b, score: 6.0, agree: true, kind: super::LinkKind::Across };
            assert!(world.day_only_link(&link(at(0, "Tuesday"), at(1, "7:42 a.m. on Tuesday"))));
            assert!(!world.day_only_link(&link(at(0, "6:42 a.m."), at(1, "7:42 a.m. on Tuesday"))));
        });
    }

    /// A day is a slot too, keyed by what happened on it ("collapsed on
    /// Tuesday"); the day a page was posted is no fact of the story; a
    /// slipped day is days off, not a year.
    #[test]
    fn the_day_of_what_happened_is_a_slot() {
        let text = "June 10, 2025\n\nA haulage tunnel at the Kestrel Ridge mine collapsed on Tuesday. The account was posted in Mine Accidents on Wednesday, June 11, 2025.\n";
        let docs = vec![Document::new("a.txt", text, None)];
        let filled: Vec<&str> = crate::pair::with_world(&docs, |world, claims| {
            world
                .slots_of(0, &Default::default())
                .iter()
                .filter(|(key, _)| !matches!(key.1, super::LEAD | super::EARLIEST))
                .filter_map(|(_, f)| match f {
                    super::Fill::One(_, at) => claims.first()?.get(at.1).map(|c| c.span.slice(text)),
                    super::Fill::Two(..) | super::Fill::Many => None,
                })
                .collect()
        });
        assert_eq!(filled, ["Tuesday"]);
        let day = |d: &str| Document::new("b.txt", format!("{d}\n\nIt collapsed on {d}.\n"), None);
        let value = |d: &str| crate::checks::extract_all(&[day(d)]).0.into_iter().flatten().last().map(|c| c.value);
        let (Some(a), Some(b), Some(c)) = (value("June 10, 2025"), value("June 12, 2025"), value("June 12, 2024"))
        else {
            panic!("three dates");
        };
        assert!(super::slip_sized(&a, &b) && !super::slip_sized(&a, &c));
    }

    /// A report whose sentence sets the other report's figure beside its
    /// own (a peak it comes down from) acknowledges it: the two are two
    /// moments, no slot disagreement.
    #[test]
    fn a_figure_set_beside_the_others_is_acknowledged() {
        let first = "June 10, 2025\n\nAn ice storm in Quarnby knocked out power to 48,200 homes at its peak on \
                     Tuesday, and 212 crews from Selmoor worked through the night, Northmere Power said.\n";
        let second = |tail: &str| {
            format!(
                "June 10, 2025\n\nNorthmere Power said 31,000 homes in Quarnby were still without electricity late \
                 on Tuesday{tail}. Some 212 crews from Selmoor were at work.\n"
            )
        };
        let count = |tail: &str| {
            let docs = [Document::new("a.txt", first, None), Document::new("b.txt", second(tail), None)];
            crate::pair::disagreements_across(&docs)
        };
        assert_eq!(count(", down from about 48,000 at the height of the storm"), 0);
        assert_eq!(count(""), 1);
    }

    /// Two reports of one final, the second telling its score with
    /// `told`: how many disagreeing links.
    fn final_disagreements(told: &str) -> usize {
        let first =
            "May 4, 2025\n\nHarnford Hawks beat Kelby Rovers 26-18 in the Grand Final at Marlow Park on Saturday, \
                     watched by 31,250 fans. Hawks coach Dale Prentice said the club had waited 14 years.\n";
        let second = format!(
            "May 4, 2025\n\nA crowd of 31,250 at Marlow Park saw Harnford Hawks and Kelby Rovers meet in the Grand \
             Final on Saturday. {told} Coach Dale Prentice said the club had waited 14 years.\n"
        );
        crate::pair::disagreements_of_texts(first, &second)
    }

    /// Reports of one match give one result, whatever verb tells it; a
    /// score at the break or a lead on the way is not the result.
    #[test]
    fn one_match_has_one_result() {
        assert_eq!(final_disagreements("The Hawks won 26-18."), 0, "the same result");
        assert_eq!(final_disagreements("The Hawks won 28-18."), 1, "a slipped result");
        assert_eq!(final_disagreements("The Hawks ran out 28-18 winners."), 1, "a slipped result, told otherwise");
        assert_eq!(final_disagreements("The Hawks led 14-6 at the break."), 0, "the score at half-time");
        assert_eq!(final_disagreements("The Hawks were 14-6 up at the break."), 0, "a lead at half-time");
        assert_eq!(final_disagreements("The Hawks led 20-18 with ten minutes left."), 0, "a lead");
    }

    /// Two reports of one day that share names and no telling figure,
    /// the second one's body `body`: how many disagreeing links.
    fn blast_disagreements(body: &str) -> usize {
        let first = "June 10, 2025\n\nA gas explosion tore through the Corran Street bakery in Kelmsford on Monday, \
                     said fire chief Aldo Brannick of the Kelmsford Fire Service. The blast came at 6:40 a.m. Crews of \
                     28 firefighters fought the flames, and police moved 140 residents from the terrace to the Ellery \
                     Hall.\n";
        crate::pair::disagreements_of_texts(first, &format!("June 10, 2025\n\n{body}\n"))
    }

    /// Two reports of one story that each give one sum of money tell one
    /// sum, whatever each says it pays for: "a penalty" and "an
    /// underperformance payment" are two subject groups of the money rule,
    /// which part them nowhere else.
    #[test]
    fn one_story_s_sum_is_one_whatever_it_pays_for() {
        let first = "October 9, 2025\n\nVale Marsh Water lost 182 million litres a day through leaks in the year to \
                     March, the Water Standards Office said, and must pay a penalty of £11.6 million. Its chief \
                     executive, Hal Brennick, said 31,500 leaks had been fixed.\n";
        let second = "October 9, 2025\n\nThe Water Standards Office has imposed a £16.1 million underperformance \
                      payment on Vale Marsh Water, which lost 182 million litres a day. Hal Brennick said crews had \
                      fixed 31,500 leaks.\n";
        assert_eq!(crate::pair::disagreements_of_texts(first, second), 1);
    }

    /// Reports of one story may disagree on more than they agree: a slip
    /// in the event's day and time, or in two counts told with other verbs
    /// ("crews of 28 firefighters" against "about 24 firefighters were
    /// sent"), is a slip all the same.
    #[test]
    fn reports_of_one_story_keep_every_disagreement() {
        let moment =
            "The Corran Street bakery blew apart on Sunday. The Kelmsford Fire Service said the blast came at \
                      6:10 a.m.; its chief, Aldo Brannick, had led the crews, and residents of the terrace spent the \
                      day at the Ellery Hall.";
        assert_eq!(blast_disagreements(moment), 2, "the day and the time");
        let counts = "About 24 firefighters were sent to Corran Street, and 190 residents were evacuated. The \
                      Kelmsford Fire Service said its chief, Aldo Brannick, had led the crews, and residents of the \
                      terrace spent the day at the Ellery Hall.";
        assert_eq!(blast_disagreements(counts), 2, "two counts told with other verbs");
    }
}
