//! One story, one figure, one digit off: two reports of one story, or two
//! that may be (they share a telling figure and some of their names: see
//! [`super::slots`]; for two that share fewer names, times of day only), that give figures of one dimension whose digits differ
//! in one place, or by two neighbours swapped ("1,184 patients", "1,148
//! patients"; "$321 million", "$312 million"; "5:42 p.m.", "6:42 p.m."),
//! or, in a figure of [`LONG`] significant digits, by two swapped across
//! one ("2,406", "2,604"),
//! give one figure told with a slip, whatever verbs their clauses chose.
//! That is the commonest way a figure goes wrong when it is copied by hand.
//!
//! How much the digits tell depends on how many are significant: two
//! different things of one story rarely have figures of three or more
//! significant digits one edit apart, so such a pair may score up to
//! [`DIGIT_RELIEF`] under its rule's threshold; "22" and "27" are as often
//! two things as one, so a pair of [`SIGNIFICANT`] digits needs its clauses
//! to read as alike as a slot's ([`SHORT_RELIEF`]). A time of day counts
//! the digits its 12-hour clock shows and needs [`CLOCK_SIGNIFICANT`] of
//! them ("5:30 a.m." and "7:30 a.m." are as often two moments as one),
//! unless its minutes are off the quarter hours ("2:20 p.m." against
//! "3:20 p.m.").
//!
//! A figure is compared only when the other report does not state it too
//! (then the two figures are two things the other report tells apart), and
//! the vetoes of [`super::score`] still hold, as for a slot. A report that
//! itself gives figures one edit apart gives a family of them (price tiers
//! "$1,099", "$1,199", "$1,499"; a game's yards), where one edit is no
//! slip. Candidates come from an index on each figure's digits with one
//! place left open, never all pairs.
//!
//! Measured on 2026-12-04 (fourteenth session), step by step:
//! - three significant digits, reports of one story: probes 110 → 114 of
//!   473, drafts 264 → 277 of 919, other conflicts unchanged (8, 43); ECB+
//!   across events unchanged (3), inside one event 58 → 60: one real typo
//!   ("2,029" career points in a report whose own figures make 2,129) and
//!   one false (a game's "102 yards" against "302 yards"). Without the
//!   family guard, Apple's price tiers of two launches met across ECB+
//!   topic 40's events;
//! - reports that may tell one story too (128 clusters from here): probes
//!   115 → 118 of 505, the rest unchanged;
//! - times of day: probes 118 → 129, drafts 282 → 303 of 983, other
//!   conflicts unchanged (10, 52), ECB+ and WikiNews unchanged;
//! - two significant digits at the slot's relief: probes 129 → 146 (other
//!   10 → 12: passengers against everyone on board, and a vote's "19"
//!   against "18" that is the planted slip quoted whole), drafts 303 → 340
//!   (other 52 → 57), ECB+ inside one event 60 → 64 (two distances told
//!   two ways, "36 miles" and "35 miles", "13 nautical miles" and "12";
//!   two false: a boxer's 51 knockouts against his 58 wins, a school's 42
//!   dead against 24 soldiers wounded); across events unchanged. At the
//!   longer figures' relief, probes 157 with 14 other, and ECB+ 67 inside
//!   one event, five of the seven new ones false;
//! - a bound is no moment here either ("by 11:42 a.m."): probes 146 → 145,
//!   drafts 340 → 338, the rest unchanged;
//! - a report's family read over all its figures (132 clusters): other
//!   conflicts 12 → 11 (a vote's "28 votes to 18" is a family);
//! - two figures two different rules name are two things here too (a
//!   slot's rule may be the one that names either claim only when the
//!   other is named by none): ECB+ inside one event 64 → 63 (a school's
//!   42 dead against 24 wounded soldiers' evacuation, false), probes 150 →
//!   149 (23 injured, read as a people count, against 29 hurt);
//! - (2026-12-05, fifteenth session) a time off the quarter hours needs
//!   two significant digits, not three: probes 154 → 155 of 521 (a heat
//!   record's 2:20 p.m. against 3:20 p.m.), drafts 356 → 358, other
//!   conflicts unchanged (9, 55); ECB+, its mutation and WikiNews
//!   unchanged;
//! - (sixteenth session) a plan's figure against a plan's, a change
//!   against a change, not only a fact's total against a fact's ("will
//!   take on £83 million of debts", "£38 million"); a family is still
//!   read over all of a report's figures of one dimension, whatever their
//!   mode (with families read per mode, Apple's "11-inch" and "17-inch"
//!   models met across ECB+ topic 40's events): probes 187 → 191 of 569
//!   (7 found, 3 lost to families that now hold a plan's figure), drafts
//!   438 → 447 of 1111, other conflicts 14 and 66 → 64; ECB+ unchanged;
//! - (sixteenth session) two sums of money or two shares whose counted
//!   nouns differ ("a $7.4 million contract", "a $4.7 million deal") are
//!   not kept apart by them here or in a slot: what a sum buys is told
//!   with whatever word. Probes 191 → 197 of 569 (£54 million against £45
//!   million, 9.4 million florins against 4.9 million), drafts 446 → 457,
//!   other conflicts unchanged (14, 62 → 61); ECB+, its mutation, WikiNews
//!   and the seeds unchanged.
//! - (twenty-third session) a figure told with a hedge ("some 4.5
//!   kilometres", "roughly 240 metres", "about 1.8 miles") is compared by
//!   the digits written, as an exact one is; a range of two figures ("10
//!   to 15") is not. Probes 307 → 314 of 761 (distances, depths, lengths
//!   and a count of dead fish that one report hedged), drafts 665 → 678 of
//!   1493, other conflicts unchanged (22, 81); ECB+ inside one event 63 →
//!   64 (the 12 worst-hit villages against about 15 villages damaged: a
//!   ranking's top is some of a whole, read since as a subset by
//!   `frame/role.rs`, and the list is the start's again); ECB+ across
//!   events, its mutation, WikiNews and the seeds unchanged.
//! - (twenty-sixth session) figures of three significant digits or more
//!   one edit apart are compared whatever their sizes (a slot's values
//!   must be at most three times apart; a swapped or changed leading
//!   digit is not: £16,200 against £61,200): probes 400 → 401 of 921,
//!   other conflicts unchanged (28); drafts, ECB+ (both lists, its
//!   mutation), WikiNews and the seeds unchanged. For two significant
//!   digits too, 2 more other conflicts (11 weeks against 14 months).
//! - (twenty-seventh session) the sides of a tally in words are told for
//!   once the tally is linked ("by 27 votes to 19" against "by 27 votes to
//!   17": the 19 then met another report's 49 councillors): probes other
//!   conflicts 39 → 38 of 252 clusters, drafts 117 → 115; slips and
//!   everything else unchanged.
//! - (twenty-eighth session) a figure of three significant digits or more
//!   with two digits swapped across one between ("2,406 pupils", "2,604";
//!   "213 invoices", "312"): probes 464 → 466 of 1017, other conflicts
//!   unchanged (40); drafts 968 → 970 of 1990, other unchanged (122); ECB+
//!   across events unchanged (1), inside one event 63 → 62 (a game's "102
//!   yards" against "302 yards", false: the report's own yards are now a
//!   family); ECB+ mutation untouched 59 → 58, the rest of it, WikiNews
//!   and the seeds unchanged.
//! - (thirtieth session) a duration told in hours and minutes is compared
//!   by the digits a clock would show ("three hours and 20 minutes": 320,
//!   against "four hours and 20 minutes": 420; "an hour and 15 minutes":
//!   115): probes 559 → 562 of 1161 (a swim's 26 hours and 14 minutes
//!   against 27 hours 14, a lightning suspension, a tennis match's three
//!   hours and 14 minutes against 3 hours and 41), other conflicts
//!   unchanged (52); drafts 1155 → 1159 of 2270, other unchanged (148);
//!   blind round 73's jury out three hours and 20 minutes against four
//!   hours and 20 found; ECB+ (both lists, its mutation), WikiNews and the
//!   seeds unchanged.
//! - (fortieth session) so is one told in minutes and seconds, a race's
//!   time ("17 minutes 24 seconds": 1724): probes 1009 → 1011 of 1785
//!   (two winning times with their seconds or minutes slipped), other
//!   conflicts unchanged (93); drafts 1974 → 1977, other 259 → 260 (a
//!   crew's 17 minutes 29 seconds against the winner's 17 minutes 24);
//!   ECB+ (both lists, its mutation), WikiNews, the seeds and the golds
//!   unchanged.

use crate::claim::Value;
use crate::frame::{Mode, Role};
use crate::hash::FastMap;

use super::{At, Link, World};

/// How many significant digits (past leading and trailing zeros) a figure
/// must have to be compared by its digits: "13,000" has two, "1,148" four.
const SIGNIFICANT: usize = 2;
/// How many significant digits a time of day on a quarter hour must show
/// ("5:30 a.m." and "7:30 a.m.", "11 p.m." and midnight are as often two
/// moments as one; "10:15 a.m." shows three). A time off the quarter hours
/// ("5:40 a.m.", "2:20 p.m.") needs [`SIGNIFICANT`] only: its minutes are
/// told of a moment, not of a timetable.
const CLOCK_SIGNIFICANT: usize = 3;
/// How many significant digits a result's two sides together must have to
/// be compared by their digits: "3-1" and "3-2" are two matches' as often
/// as one's. Results compared by their digits, measured on 2026-12-07
/// (thirty-seventh session): probes 827 → 830 of 1529 (a final's 24-17
/// against 24-19, a deciding set's 15-13 against 15-12, a game's 18-21
/// against 19-21), other conflicts unchanged (80); drafts 1666 → 1671 of
/// 2977, other unchanged (221); ECB+ (both lists, its mutation), WikiNews
/// and the seeds unchanged, once a score before "tie" is one on the way
/// (`grammar/score.rs`; without, ECB+ inside one event +1: a game's
/// "13-13 tie" against another game's 13-10).
const SCORE_SIGNIFICANT: usize = 3;
/// How far under its rule's threshold a pair of figures one digit apart
/// may score: their digits are evidence that their clauses need not give.
pub(super) const DIGIT_RELIEF: f32 = 6.0;
/// How many significant digits make a figure's digits telling enough for
/// [`DIGIT_RELIEF`]: two reports' "22" and "27" are as often two things as
/// one, and their clauses must read more alike ([`SHORT_RELIEF`]).
const LONG: usize = 3;
/// How far under its rule's threshold a pair of figures of two
/// significant digits one digit apart may score: as much as a slot.
const SHORT_RELIEF: f32 = 4.0;
/// The longest run of digits compared.
const MAX_DIGITS: usize = 16;
/// A digit left open in an index key.
const OPEN: u8 = b'*';

/// A figure's digits as written ("$84.6 billion": 846).
#[derive(Clone, Copy)]
struct Digits {
    len: usize,
    bytes: [u8; MAX_DIGITS],
    /// How many of them are significant (past leading and trailing zeros).
    significant: usize,
}

impl Digits {
    /// The digits of `written`, when there are at most [`MAX_DIGITS`] and
    /// at least [`SIGNIFICANT`] of them are significant.
    fn of(written: &str) -> Option<Digits> {
        Digits::of_bytes(written.bytes().filter(u8::is_ascii_digit), SIGNIFICANT)
    }

    /// [`Digits::of`] ASCII digits, at least `needed` of them significant.
    fn of_bytes(digits: impl Iterator<Item = u8>, needed: usize) -> Option<Digits> {
        let mut out = Digits { len: 0, bytes: [0; MAX_DIGITS], significant: 0 };
        for b in digits {
            *out.bytes.get_mut(out.len)? = b;
            out.len += 1;
        }
        let digits = out.as_slice();
        out.significant = digits
            .iter()
            .rposition(|&d| d != b'0')
            .map_or(0, |last| last + 1 - digits.iter().position(|&d| d != b'0').unwrap_or(last));
        (out.significant >= needed).then_some(out)
    }

    fn as_slice(&self) -> &[u8] {
        self.bytes.get(..self.len).unwrap_or_default()
    }

    /// True for a long figure (of [`LONG`] significant digits or more).
    fn is_long(&self) -> bool {
        self.significant >= LONG
    }

    /// How far apart two swapped digits may be for a slip: next to each
    /// other, or, in a long figure, with one between ("2,406" for
    /// "2,604": a long figure is rarely another thing's).
    fn reach(&self) -> usize {
        if self.is_long() {
            2
        } else {
            1
        }
    }

    /// True when `other` is these digits with one changed or two swapped
    /// within both figures' reach (the same digits too).
    fn one_slip_from(&self, other: &Digits) -> bool {
        super::slip::swapped_within(self.as_slice(), other.as_slice(), self.reach().min(other.reach()))
    }

    /// The index key of these digits with place `open` left open.
    fn key_open_at(&self, open: usize) -> u64 {
        let mut bytes = self.bytes;
        if let Some(b) = bytes.get_mut(open) {
            *b = OPEN;
        }
        crate::hash::fnv_bytes(crate::hash::FNV_OFFSET, bytes.get(..self.len).unwrap_or_default().iter().copied())
    }
}

/// The figures of one document that may be compared by their digits, with
/// an index on their digits with one place left open.
pub(super) struct SlipFigures {
    figures: Vec<(At, u64, Digits)>,
    index: FastMap<(u64, u64), Vec<usize>>,
}

impl SlipFigures {
    /// Index `figures` (each with its dimension and digits).
    fn new(figures: Vec<(At, u64, Digits)>) -> SlipFigures {
        let mut index: FastMap<(u64, u64), Vec<usize>> = FastMap::default();
        for (i, (_, dim, digits)) in figures.iter().enumerate() {
            for open in 0..digits.len {
                index.entry((*dim, digits.key_open_at(open))).or_default().push(i);
            }
        }
        SlipFigures { figures, index }
    }

    /// The figures one digit edit from `digits` in dimension `dim` (the
    /// same digits too), each once, in order.
    fn near(&self, dim: u64, digits: Digits) -> impl Iterator<Item = (At, Digits)> + '_ {
        let mut found: Vec<usize> = (0..digits.len)
            .map(|open| digits.key_open_at(open))
            .chain(swapped(digits, digits.reach()).map(|s| s.key_open_at(0)))
            .filter_map(|key| self.index.get(&(dim, key)))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        found
            .into_iter()
            .filter_map(|i| self.figures.get(i).copied())
            .filter(move |f| digits.one_slip_from(&f.2))
            .map(|(at, _, d)| (at, d))
    }
}

impl World<'_> {
    /// The figures of document `d` that may be compared by their digits: a
    /// report that itself gives figures one edit apart gives a family of
    /// them (price tiers, "102 yards" and "108 yards"), where one edit is
    /// no slip, so these are left out.
    pub(super) fn slip_figures(&self, d: usize, excluded: &FastMap<At, ()>) -> SlipFigures {
        let count = self.claims.get(d).map_or(0, Vec::len);
        let all = SlipFigures::new(
            (0..count)
                .map(|c| (d, c))
                .filter(|&at| self.pairable(at, excluded))
                .filter_map(|at| Some((at, self.side(at)?.profile.dimension, self.slip_digits(at)?)))
                .collect(),
        );
        // A family is one whatever the verbs ("11-inch and 13-inch models");
        // a long figure told twice ("£14.6m" in two sentences) is no
        // family of its own. Measured on 2026-12-07 (thirty-ninth session):
        // probes 1003 → 1008 of 1785 (£14.6m against £16.4m, £912,400
        // against £921,400, €86.4 billion against €84.6 billion…), other
        // 94 → 95 (a festival's 41,500 against a headline's "top 41,000",
        // read as exact); drafts 1959 → 1973 of 3461, other 261 → 263;
        // ECB+, WikiNews, the seeds and the golds unchanged. For figures
        // of two significant digits too: three more other conflicts, and
        // ECB+ across events 1 → 2 (topic 20's two quakes' magnitudes).
        let lone = all.figures.iter().filter(|&&(x, dim, digits)| {
            all.near(dim, digits).all(|(y, dy)| y == x || (digits.is_long() && dy.as_slice() == digits.as_slice()))
        });
        SlipFigures::new(lone.filter_map(|&(at, _, digits)| Some((at, self.slip_class(at)?, digits))).collect())
    }

    /// Disagreements between documents `a` and `b` (of one story, or that
    /// may be) on a figure told with a digit slip, as links, leaving out
    /// the claims of `found` and the claims already linked with the other
    /// document; with `times_only`, on a time of day only. `slipped_times`
    /// are the times scored pairing found in disagreement: with `found`,
    /// the disagreements a figure's clause time may be one side of.
    pub(super) fn digit_slips(
        &self,
        (a, fa): (usize, &SlipFigures),
        (b, fb): (usize, &SlipFigures),
        linked: &FastMap<(At, usize), ()>,
        (found, slipped_times): (&[Link], &FastMap<(At, At), ()>),
        times_only: bool,
    ) -> Vec<Link> {
        let taken = |at: At| found.iter().any(|l| [l.a, l.b].into_iter().any(|f| f == at || self.tallied_in(f, at)));
        let time = |at: At| self.claim(at).is_some_and(|c| c.kind.is_temporal());
        let mut out = Vec::new();
        for &(x, dim, dx) in fa.figures.iter().filter(|f| !taken(f.0) && (!times_only || time(f.0))) {
            for (y, dy) in fb.near(dim, dx).filter(|&(y, dy)| !taken(y) && dy.as_slice() != dx.as_slice()) {
                if !linked.contains_key(&(x, b))
                    && !linked.contains_key(&(y, a))
                    && !self.states_value_of(b, x)
                    && !self.states_value_of(a, y)
                {
                    // Three digits or more one edit apart are one figure
                    // whatever their sizes: a swapped leading digit puts
                    // £16,200 at a quarter of £61,200.
                    let long = dx.is_long() && dy.is_long();
                    let link = if long {
                        self.slot_link_of_any_size(x, y, true, DIGIT_RELIEF)
                    } else {
                        self.slot_link(x, y, true, SHORT_RELIEF)
                    };
                    out.extend(link.or_else(|| self.slip_beside_slipped_times(x, y, long, (found, slipped_times))));
                }
            }
        }
        out.sort_by_key(|l| (l.a, l.b));
        out.dedup_by_key(|l| (l.a, l.b));
        out
    }

    /// The link of two figures one digit edit apart (`long`: with
    /// [`LONG`] significant digits or more) whose clause times are one of
    /// the disagreements `found` between the two documents or in
    /// `slipped_times` (two slips in one sentence: "1,240 homes were
    /// flooded on Tuesday" against "1,420 homes … on Wednesday").
    fn slip_beside_slipped_times(
        &self,
        x: At,
        y: At,
        long: bool,
        (found, slipped_times): (&[Link], &FastMap<(At, At), ()>),
    ) -> Option<Link> {
        let time = |at: At| self.side(at).and_then(|s| s.frame.time).map(|t| (at.0, t));
        let (tx, ty) = (time(x)?, time(y)?);
        let (first, second) = (tx.min(ty), tx.max(ty));
        let slipped = slipped_times.contains_key(&(first, second))
            || found.iter().any(|l| !l.agree && l.a == first && l.b == second);
        let sized = long || super::slip::slip_sized(&self.claim(x)?.value, &self.claim(y)?.value);
        let relief = if long { DIGIT_RELIEF } else { SHORT_RELIEF };
        (slipped && sized).then(|| self.slot_link_beside_slipped_times(x, y, relief)).flatten()
    }

    /// True when the claim at `side` is a side of the tally at `tally` (a
    /// score the frame reader derived from "27 votes to 19"): once the
    /// tally is linked, its sides are told for.
    fn tallied_in(&self, tally: At, side: At) -> bool {
        let (Some(t), Some(s)) = (self.claim(tally), self.claim(side)) else { return false };
        tally.0 == side.0 && t.derived && t.kind == crate::claim::ClaimKind::Score && t.span.contains(s.span)
    }

    /// Whether two claims' digits are one edit apart, `None` when either
    /// is no figure compared by its digits (for [`super::explain`]).
    pub(super) fn digits_one_edit(&self, x: At, y: At) -> Option<bool> {
        self.slipped_digits(x, y).map(|(slipped, _)| slipped)
    }

    /// True when two claims' digits are one edit apart (see
    /// [`World::digits_one_edit`]) and both have [`LONG`] significant
    /// digits or more: figures that are rarely two things' (for a headline
    /// against a body figure past its lead, `unrepeated.rs`).
    pub(super) fn long_digit_slip(&self, x: At, y: At) -> bool {
        self.slipped_digits(x, y) == Some((true, true))
    }

    /// Whether two claims' digits are one edit apart in one class, and
    /// whether both are long; `None` when either is no figure compared by
    /// its digits.
    fn slipped_digits(&self, x: At, y: At) -> Option<(bool, bool)> {
        let (dx, dy) = (self.slip_digits(x)?, self.slip_digits(y)?);
        let one_class = self.slip_class(x) == self.slip_class(y);
        let slipped = one_class && dx.as_slice() != dy.as_slice() && dx.one_slip_from(&dy);
        Some((slipped, dx.is_long() && dy.is_long()))
    }

    /// The class of figures a claim's digits are compared within: its
    /// dimension, and whether it is told as a fact or a plan, as a total
    /// or a change ("will close 181 branches" against "plans to shut 118";
    /// not against "closed 118 last year").
    fn slip_class(&self, at: At) -> Option<u64> {
        let side = self.side(at)?;
        Some(crate::hash::fnv_bytes(side.profile.dimension, [side.frame.mode as u8, side.frame.role as u8]))
    }

    /// The digits of a claim that may be compared by them: one stated
    /// figure (exact, or hedged: "some 4.5 kilometres", "roughly 240
    /// metres"), a total and a fact; a duration in hours and minutes as a
    /// clock shows it.
    fn slip_digits(&self, at: At) -> Option<Digits> {
        let side = self.side(at)?;
        let told = matches!(side.frame.mode, Mode::Fact | Mode::Planned)
            && matches!(side.frame.role, Role::Total | Role::Change);
        if !told || side.claim.derived || side.claim.relative {
            return None;
        }
        let written = side.claim.span.slice(&self.docs.get(at.0)?.text);
        match side.claim.value {
            Value::Amount(v) if side.claim.kind == crate::claim::ClaimKind::Duration => match clock_units(written) {
                Some(smaller) => clock_of_a_duration(v.low? / smaller),
                None if bounded(&v) => one_figure_written(written).then(|| Digits::of(written)).flatten(),
                None => None,
            },
            Value::Amount(v) if bounded(&v) => one_figure_written(written).then(|| Digits::of(written)).flatten(),
            // A time as its clock shows it ("5:15 p.m.": 515).
            // "before 7 a.m." is a bound, no moment.
            Value::Time(_) | Value::DateTime(..) if !self.is_bound(at) => {
                // Minutes off the quarter hours ("5:40 a.m.") are told of a
                // moment, not of a timetable.
                let odd = super::clock::minute_of(side.claim).is_some_and(|m| m % 15 != 0);
                let needed = if odd { SIGNIFICANT } else { CLOCK_SIGNIFICANT };
                Digits::of_bytes(super::clock::clock_digits(side.claim)?.into_iter(), needed)
            }
            // A result as its sides are written ("29 votes to 24": 2924):
            // a slip of one side is one edit.
            Value::Score(score) if score.stage == crate::grammar::score::Stage::Result => Digits::of_bytes(
                score.sides.into_iter().flat_map(|side| super::slip::Decimal::of(u64::from(side)).digits()),
                SCORE_SIGNIFICANT,
            ),
            _ => None,
        }
    }
}

/// The smaller unit, in seconds, of a duration written as a clock shows
/// it: in hours and minutes ("three hours and 20 minutes", "27 hours 14
/// minutes": 60) or in minutes and seconds ("6 minutes 21 seconds", a
/// race's time: 1). Its digits are those of a clock, the larger unit then
/// two of the smaller (see [`clock_of_a_duration`]).
fn clock_units(written: &str) -> Option<f64> {
    let has = |unit: &str| {
        let starts = |w: &str| w.get(..unit.len()).is_some_and(|start| start.eq_ignore_ascii_case(unit));
        written.split(|c: char| !c.is_ascii_alphabetic()).any(starts)
    };
    if has("hour") && has("minute") {
        Some(60.0)
    } else if has("minute") && has("second") {
        Some(1.0)
    } else {
        None
    }
}

/// The digits of a duration of `units` of its smaller unit read as a
/// clock: the larger unit, then the smaller in two digits ("three hours
/// and 20 minutes", 200 minutes: 320; "an hour and 15 minutes": 115; "6
/// minutes 21 seconds", 381 seconds: 621), so that a slip of either is one
/// digit edit, as in a time of day.
fn clock_of_a_duration(units: f64) -> Option<Digits> {
    let units = units.round();
    if !(0.0..1e9).contains(&units) {
        return None;
    }
    let units = units as u64;
    let (hours, minutes) = (units / 60, units % 60);
    let mut digits = [0u8; MAX_DIGITS];
    let mut len = 0;
    let mut push = |d: u64| {
        if let Some(slot) = digits.get_mut(len) {
            *slot = b'0' + (d % 10) as u8;
            len += 1;
        }
    };
    let places = hours.checked_ilog10().unwrap_or(0);
    for place in (0..=places).rev() {
        push(hours / 10u64.pow(place));
    }
    push(minutes / 10);
    push(minutes);
    Digits::of_bytes(digits.into_iter().take(len), SIGNIFICANT)
}

/// True for an amount stated with both its bounds, exact ("240 metres")
/// or hedged ("about 150 metres", "some 3,400"), not a vague quantity
/// ("dozens") or a bound ("more than 200"). Whether one figure is written
/// is for the text to say (see [`one_figure_written`]: "10 to 15" is
/// bounded too).
fn bounded(amount: &crate::grammar::value::Amount) -> bool {
    amount.low.is_some() && amount.high.is_some() && !amount.vague
}

/// True when `written` holds one figure in digits ("about 1.8 miles",
/// "4,300"), not two ("10 to 15", "6-4").
fn one_figure_written(written: &str) -> bool {
    let figure = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    written.split(|c: char| !figure(c)).filter(|part| part.bytes().any(|b| b.is_ascii_digit())).count() == 1
}

/// The digits with each pair at most `reach` places apart swapped ("1184"
/// at a reach of 1: 1814, 1148; equal digits give nothing new).
fn swapped(digits: Digits, reach: usize) -> impl Iterator<Item = Digits> {
    (0..digits.len).flat_map(move |i| {
        (i + 1..=i + reach).filter_map(move |j| {
            let mut out = digits;
            let (x, y) = (*out.bytes.get(i)?, *out.bytes.get(j)?);
            (x != y).then(|| {
                out.bytes.swap(i, j);
                out
            })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{clock_of_a_duration, clock_units, one_figure_written, Digits};

    /// A long figure a report tells twice ("£14.6m" in two sentences) is
    /// no family of figures one edit apart: it still meets the other
    /// report's "£16.4m".
    #[test]
    fn a_long_figure_told_twice_is_compared_by_its_digits() {
        let texts = crate::pair::disagreeing_texts("tests/probes/lanthorpe-playhouse-reopening", ["a.txt", "b.txt"]);
        assert!(texts.iter().any(|(a, b)| a == "£14.6m" && b == "£16.4m"), "{texts:?}");
    }

    #[test]
    fn digits_need_two_significant() {
        let significant = |w: &str| Digits::of(w).map(|d| d.significant);
        assert_eq!(significant("1,148 patients"), Some(4));
        assert_eq!(significant("$84.6 billion"), Some(3));
        assert_eq!(significant("13,000"), Some(2));
        assert_eq!(significant("5,000"), None, "one significant digit");
        assert_eq!(significant("7"), None);
    }

    #[test]
    fn a_duration_in_hours_and_minutes_reads_as_a_clock() {
        let clock = |units: f64| clock_of_a_duration(units).map(|d| String::from_utf8_lossy(d.as_slice()).into_owned());
        assert_eq!(clock(3.0 * 60.0 + 20.0).as_deref(), Some("320"));
        assert_eq!(clock(60.0 + 5.0).as_deref(), Some("105"));
        assert_eq!(clock(27.0 * 60.0 + 14.0).as_deref(), Some("2714"));
        assert_eq!(clock(6.0 * 60.0 + 21.0).as_deref(), Some("621"));
        assert_eq!(clock_units("three hours and 20 minutes"), Some(60.0));
        assert_eq!(clock_units("27 hours 14 minutes"), Some(60.0));
        assert_eq!(clock_units("6 minutes 21 seconds"), Some(1.0));
        assert_eq!(clock_units("an hour and a half"), None);
        assert_eq!(clock_units("94 minutes"), None);
    }

    /// A lightning suspension of "an hour and 15 minutes" in one report of
    /// a golf open and "two hours and 15 minutes" in another: one digit of
    /// a clock apart, in clauses that read too little alike for a slot.
    /// A result's sides read as one figure's digits: one side slipped is
    /// one edit ("24-17" against "24-19" in reports only related by their
    /// names and one figure).
    #[test]
    fn results_one_digit_apart_are_a_slip() {
        let texts = crate::pair::disagreeing_texts("tests/probes/tarnholm-rugby-sevens-final", ["a.txt", "c.txt"]);
        assert!(texts.iter().any(|(a, b)| a == "24-19" && b == "24-17"), "{texts:?}");
    }

    #[test]
    fn durations_in_hours_and_minutes_one_digit_apart_are_a_slip() {
        let texts = crate::pair::disagreeing_texts("tests/probes/pellmarsh-links-golf-open", ["a.txt", "c.txt"]);
        let slip =
            |(a, b): &(String, String)| a.contains("two hours and 15 minutes") && b.contains("an hour and 15 minutes");
        assert!(texts.iter().any(slip), "{texts:?}");
    }

    /// A race's winning time in minutes and seconds, one digit of its
    /// clock apart: "34 minutes 12 seconds" against "33 minutes 12 seconds".
    #[test]
    fn times_in_minutes_and_seconds_one_digit_apart_are_a_slip() {
        let texts = crate::pair::disagreeing_texts("tests/probes/amberlow-hospice-fun-run", ["a.txt", "c.txt"]);
        assert!(crate::pair::sets_against(&texts, "34 minutes 12 seconds", "33 minutes 12 seconds"), "{texts:?}");
    }

    /// Two slips in one sentence: "1,420 homes" flooded on one day in one
    /// report, "1,240 homes" on the next in another. The days disagree,
    /// and are reported; the figures beside them are one figure slipped.
    #[test]
    fn a_slip_beside_a_slipped_day_is_a_slip() {
        let texts = crate::pair::disagreeing_texts("tests/probes/river-flood", ["a.txt", "b.txt"]);
        assert!(crate::pair::sets_against(&texts, "1,420", "1,240"), "{texts:?}");
    }

    /// Two reports of one story (they share two telling figures and their
    /// names) and, in clauses whose verbs differ, one more figure each:
    /// how many disagreeing links.
    /// Once a tally in words is linked ("by 27 votes to 19" against "by 27
    /// votes to 17"), its sides are told for: the 19 votes against meet no
    /// other report's 49 councillors as a slip.
    #[test]
    fn a_linked_tally_s_sides_are_told_for() {
        let texts = crate::pair::disagreeing_texts("tests/probes/kendlemoor-allotment-sale-vote", ["a.txt", "b.txt"]);
        assert!(texts.iter().any(|(a, b)| a.contains("27 votes to 19") && b.contains("27 votes to 17")), "{texts:?}");
        assert!(!texts.iter().any(|(a, b)| a == "19" && b == "49"), "{texts:?}");
    }

    fn count(first: &str, second: &str) -> usize {
        let story = "The Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
        crate::pair::disagreements_of_two(&format!("{story} {first}"), &format!("{story} {second}"))
    }

    /// Two reports that share one telling figure and some of their names
    /// may tell one story: a figure one digit off is compared there, and
    /// nothing else of their slots.
    #[test]
    fn a_figure_one_digit_off_in_a_report_that_may_tell_the_story() {
        let first = "The Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board. Crews moved 1,184 residents to safety.";
        let count = |second: &str| crate::pair::disagreements_of_two(first, second);
        let some = "Dana Whitcombe of the Red Cross said the Harlow Ridge fire was 35 percent contained.";
        assert_eq!(count(&format!("{some} Buses carried 1,148 residents to shelters.")), 1, "some names shared");
        let none = "Rosa Delgado of the Red Cross said the fire was 35 percent contained.";
        assert_eq!(count(&format!("{none} Buses carried 1,148 residents to shelters.")), 0, "no name shared");
    }

    /// A figure of two significant digits is a slip only when the clauses
    /// read more alike than for a longer figure: "84" and "48" are as
    /// often two things as one.
    #[test]
    fn two_digit_figures_need_clauses_more_alike() {
        let first = "Crews moved 84 residents out of Tolland Flats.";
        assert_eq!(count(first, "In Tolland Flats, 48 residents were rescued by crews."), 1, "alike enough");
        assert_eq!(count(first, "Buses carried 48 residents to shelters in Caddon."), 0, "not alike enough");
        let long = "Crews moved 1,184 residents out of Tolland Flats.";
        assert_eq!(count(long, "Buses carried 1,148 residents to shelters in Caddon."), 1, "four digits");
        assert_eq!(
            count(long, "Buses carried 5,184 residents to shelters in Caddon."),
            1,
            "a leading digit, four times the size"
        );
        assert_eq!(count(first, "Buses carried 480 residents to shelters in Caddon."), 0, "no edit apart");
    }

    /// A time one clause recalls and the other does not tell is no
    /// evidence against two figures one digit apart.
    #[test]
    fn a_recalled_time_does_not_part_a_slip() {
        let long = "Crews moved 1,184 residents out of Tolland Flats in April.";
        assert_eq!(count(long, "Buses carried 1,148 residents to shelters in Caddon."), 1, "a slip");
        assert_eq!(count(long, "Buses carried 1,184 residents to shelters in Caddon."), 0, "the same figure");
    }

    /// A figure told with a hedge ("some", "about", "roughly") is still
    /// one figure written, compared by its digits; a range of two figures
    /// is not.
    #[test]
    fn a_hedged_figure_is_compared_by_its_digits() {
        let long = "Crews moved 1,184 residents out of Tolland Flats.";
        assert_eq!(count(long, "Buses carried some 1,814 residents to shelters in Caddon."), 1, "some");
        assert_eq!(count(long, "Buses carried roughly 1,814 residents to shelters in Caddon."), 1, "roughly");
        assert_eq!(count(long, "Buses carried 1,700 to 1,814 residents to shelters in Caddon."), 0, "a range");
        assert!(one_figure_written("about 1.8 miles") && one_figure_written("4,300"));
        assert!(!one_figure_written("10 to 15") && !one_figure_written("6-4"));
    }

    /// A sum's counted noun is what it buys, told with whatever word ("a
    /// $7.4 million contract", "won a $4.7 million deal"): it does
    /// not keep two sums one digit apart from meeting. A count's does.
    #[test]
    fn a_sum_meets_a_sum_whatever_it_buys() {
        let first = "The county signed a $7.4 million contract with Brannock Civil for the Tolland levee.";
        assert_eq!(count(first, "Brannock Civil won a $4.7 million deal for the Tolland levee work."), 1);
        let first = "The county hired 74 firefighters from Brannock for the Tolland levee.";
        assert_eq!(count(first, "Merrin officials sent 47 trucks from Brannock to the Tolland levee."), 0, "counts");
    }

    /// A plan's figure is compared by its digits with another plan's, not
    /// with a fact's: what will be is not what was.
    #[test]
    fn plans_meet_plans() {
        let first = "The county will rebuild 1,184 homes in Tolland Flats.";
        assert_eq!(count(first, "Officials plan to replace 1,148 houses across Caddon."), 1, "two plans");
        assert_eq!(count(first, "Crews cleared 1,148 houses across Caddon."), 0, "a plan and a fact");
    }

    /// Two figures that two rules each name are two things, digits or not
    /// ("42 people were killed", "the evacuation of 24 people").
    #[test]
    fn two_rules_name_two_things() {
        let killed = "The blaze killed 42 people in Tolland Flats.";
        let evacuated = "Crews finished the evacuation of 24 people from Tolland Flats.";
        assert_eq!(count(killed, evacuated), 0);
    }

    /// A time of day is compared by the digits its clock shows, whatever
    /// the verbs; one report that gives two times one digit apart gives
    /// two moments.
    #[test]
    fn a_time_one_digit_off_is_one_time_told_with_a_slip() {
        let first = "The alarm was raised at 5:42 p.m. Crews reached the ridge at 7:20 p.m.";
        assert_eq!(count(first, "Flames jumped the road at 6:42 p.m."), 1, "an hour off, one digit");
        assert_eq!(count(first, "Flames jumped the road at 5:24 p.m."), 1, "two digits swapped");
        assert_eq!(count(first, "Flames jumped the road at 6:15 p.m."), 0, "no slip");
        // Neither is its report's first time of day (see slots).
        let first = |time: &str| {
            format!("Crews were called at 4:05 p.m. Flames jumped the Tolland road at {time}, and crews held the ridge by 8:15 p.m.")
        };
        let second = |time: &str| {
            format!("The first call came at 4:05 p.m. The blaze crossed into Tolland at {time}, and the ridge was held by 8:15 p.m.")
        };
        assert_eq!(count(&first("5:30 p.m."), &second("6:30 p.m.")), 0, "a quarter hour: a timetable's");
        assert_eq!(count(&first("5:40 p.m."), &second("6:40 p.m.")), 1, "minutes off the quarter hours");
        let two =
            "Crews were called at 4:05 p.m. The alarm was raised at 5:42 p.m. Crews reached the ridge at 5:46 p.m.";
        let other = "The first call came at 4:05 p.m. Flames jumped the road at 6:42 p.m.";
        assert_eq!(count(two, other), 0, "a family of moments");
    }

    #[test]
    fn a_figure_one_digit_off_is_one_figure_told_with_a_slip() {
        let first = "Crews moved 1,184 residents out of Tolland Flats.";
        assert_eq!(count(first, "Buses carried 1,148 residents to shelters in Caddon."), 1, "two digits swapped");
        assert_eq!(count(first, "Buses carried 1,174 residents to shelters in Caddon."), 1, "one digit changed");
        assert_eq!(count(first, "Buses carried 1,184 residents to shelters in Caddon."), 0, "the same figure");
        assert_eq!(count(first, "Buses carried 1,250 residents to shelters in Caddon."), 0, "no slip");
        assert_eq!(
            count(first, "Buses carried 1,148 residents to shelters in Caddon. The district counts 1,184 voters."),
            0,
            "the other report states both"
        );
        let family =
            "Crews moved 1,184 residents out of Tolland Flats. The county has 1,174 firefighters on the lines.";
        assert_eq!(count(family, "Buses carried 1,148 residents to shelters in Caddon."), 0, "a family of figures");
    }

    #[test]
    fn a_long_figure_with_two_digits_swapped_across_one_is_a_slip() {
        let first = "Crews moved 1,284 residents out of Tolland Flats.";
        assert_eq!(count(first, "Buses carried 1,482 residents to shelters in Caddon."), 1, "across one digit");
        assert_eq!(count(first, "Buses carried 4,281 residents to shelters in Caddon."), 0, "across two digits");
        let short = "The blaze forced 84 families from Tolland Flats.";
        assert_eq!(count(short, "Buses carried 48 families to shelters in Caddon."), 1, "neighbours");
        let three = "The blaze forced 804 families from Tolland Flats.";
        assert_eq!(count(three, "Buses carried 408 families to shelters in Caddon."), 1, "three digits, one between");
    }
}
