//! The vetoes: what two claims can never both be about, whatever else
//! they share (see the list in [`super`]'s documentation).

use crate::claim::{Claim, ClaimKind, Value};
use crate::frame::{Frame, Head, Mode, Role};

use super::times::{news_against_past, plan_after_fact};
use super::Side;

/// The veto of two subject groups of one rule ("damage" and "aid").
pub(super) const OTHER_SUBJECTS: &str = "other subject groups";

/// The veto that forbids a pair without weighing, named, if any.
pub fn veto(a: Side<'_>, b: Side<'_>) -> Option<&'static str> {
    let (fa, fb) = (a.frame, b.frame);
    let unsure = |m: Mode| matches!(m, Mode::Negated | Mode::Possible);
    // Subject groups another noun of the clause gave (see
    // `Governor::subject_told`) part nothing.
    let told = a.profile.subject_told && b.profile.subject_told;
    let other_subject = told
        && matches!((a.profile.governed, b.profile.governed), (Some((ra, sa)), Some((rb, sb))) if ra == rb && sa != sb);
    let other_class = match (a.profile.event_class, b.profile.event_class) {
        (Some(x), Some(y)) => x != y,
        (Some(_), None) => a.profile.distinct_class && b.profile.tells_event,
        (None, Some(_)) => b.profile.distinct_class && a.profile.tells_event,
        (None, None) => false,
    };
    let other_source = matches!((fa.source, fb.source), (Some(x), Some(y)) if !x.same_as(&y) && !unnamed_source(&x) && !unnamed_source(&y))
        && (estimate(a) || estimate(b));
    let other_ordinal = matches!((fa.ordinal, fb.ordinal), (Some(x), Some(y)) if x != y) || one_run(fa, fb);
    let other_place = matches!((a.profile.reference, b.profile.reference), (Some(x), Some(y)) if x != y);
    let other_member = other_members(a, b);
    [
        (a.profile.dimension != b.profile.dimension || day_against_clock(a.claim, b.claim), "other dimensions"),
        (other_roles(a, b), "other roles"),
        (fa.role == Role::Comparison, "a comparison"),
        (unsure(fa.mode) || unsure(fb.mode), "a denial or a possibility"),
        (other_subject, OTHER_SUBJECTS),
        (other_class, "other event classes"),
        (other_source, "other sources"),
        (statements_of_two(a, b), "statements of two sources"),
        (other_ordinal, "other ordinals"),
        (other_place, "distances from other places"),
        (other_member, "other members of a series"),
        (running_against_a_day(a, b) || running_against_a_day(b, a), "a running total and one day's count"),
        (combined_against_one(a, b) || combined_against_one(b, a), "several parties' figure and one party's"),
        (lasting_apart(a.claim, b.claim), "durations of two things"),
        (amounts_apart(a.claim, b.claim), "amounts of two things"),
        (unnamed_apart(a, b), "figures no rule names, too far apart for a slip"),
        (news_against_past(a, b) || news_against_past(b, a), "the news and a past event"),
        (a.profile.earlier_occasion != b.profile.earlier_occasion, "an earlier occasion and the news"),
        (plan_after_fact(a, b) || plan_after_fact(b, a), "a plan and an earlier fact"),
        (crate::pair::ages::of_no_one(a) || crate::pair::ages::of_no_one(b), "an age whose holder is not read"),
        (crate::pair::ages::unnamed_in_one_document(a, b), "two ages one report gives by a noun"),
        (crate::pair::ages::too_far_apart(a.claim, b.claim), "ages too far apart for a slip"),
        (other_statistics(a, b), "other statistics"),
        (offer_against_demand(a, b) || offer_against_demand(b, a), "an offer and a demand"),
        (a.profile.rest != b.profile.rest, "the rest of a kind and all of it"),
        (two_extents(a, b), "two extents of a thing"),
    ]
    .into_iter()
    .find_map(|(vetoed, why)| vetoed.then_some(why))
}

/// Verbs that give a figure as someone's estimate ("put the toll at 40",
/// "estimated the damage at $48 million", "measured 5.9").
pub(super) const ESTIMATING: [&str; 12] = [
    "assess",
    "calculate",
    "estimate",
    "expect",
    "forecast",
    "gauge",
    "measure",
    "predict",
    "project",
    "put",
    "rate",
    "reckon",
];

/// True when a claim is an estimate: a hedged or open value ("about 500",
/// "up to 30", "thousands"), a magnitude, or a figure an estimating verb
/// gives. Two sources' estimates are two estimates; two sources' plain
/// figures for one fact are a disagreement ("11 snuffboxes, police said"
/// against "nine, according to people familiar with the inquiry").
pub(super) fn estimate(s: Side<'_>) -> bool {
    // A magnitude is an agency's reading of its instruments, always.
    let (hedged, reading) = match s.claim.value {
        Value::Amount(a) => (a.vague || a.low != a.high, a.unit == Some("magnitude")),
        _ => (false, false),
    };
    let estimating = |h: &Option<Head>| h.and_then(|h| h.lemma).is_some_and(|l| ESTIMATING.contains(&l.text()));
    hedged || reading || estimating(&s.frame.predicate)
}

/// True when two dates are the days two different sources spoke ("the
/// company said on Monday", "health officials said on Tuesday"): two
/// statements, not one event told with two days. Unnamed sources count
/// here ("health officials" are not "the company").
pub(super) fn statements_of_two(a: Side<'_>, b: Side<'_>) -> bool {
    let said = |s: Side<'_>| s.claim.kind.is_temporal() && s.frame.predicate.is_some_and(|p| is_reporting(&p));
    said(a) && said(b) && matches!((a.frame.source, b.frame.source), (Some(x), Some(y)) if !x.same_as(&y))
}

/// True when a head is a reporting verb ("said", "announced": the lemmas
/// of [`crate::frame::words::REPORTING`]).
pub(in crate::pair) fn is_reporting(head: &Head) -> bool {
    static LEMMAS: std::sync::OnceLock<Vec<crate::lexical::Lemma>> = std::sync::OnceLock::new();
    let lemmas = LEMMAS.get_or_init(|| {
        let words = crate::frame::words::REPORTING.words().iter();
        words.filter_map(|w| crate::lexical::lemma(w, crate::lexical::Pos::Verb)).collect()
    });
    head.lemma.is_some_and(|l| lemmas.contains(&l))
}

/// True when a source names no one in particular ("officials said"; see
/// [`crate::frame::words::UNNAMED_SOURCES`]).
pub(super) fn unnamed_source(source: &Head) -> bool {
    source.lemma.is_some_and(|l| crate::frame::words::UNNAMED_SOURCES.contains(&l.text()))
}

/// True for two different ordinals that no rule governs ("the 11th
/// Doctor", "the Twelfth Doctor"), or one of which is led by "a" ("tops
/// the first round", "goes into a second round"): they name two members of
/// a series, not one thing told two ways. A rule of events (`event-ordinal`,
/// `count-ordinal`) says when an ordinal counts the story's own events.
pub(super) fn other_members(a: Side<'_>, b: Side<'_>) -> bool {
    let ungoverned_ordinal = |s: Side<'_>| s.claim.kind == ClaimKind::Ordinal && s.profile.governed.is_none();
    let differ = a.claim.value != b.claim.value;
    (ungoverned_ordinal(a) && ungoverned_ordinal(b) && differ) || ((a.profile.another || b.profile.another) && differ)
}

/// True when two sides count one thing with one verb, both told ("to cut
/// 2,800 jobs", "would cut 1,800 jobs").
pub(in crate::pair) fn same_frame(a: Side<'_>, b: Side<'_>) -> bool {
    both_same(&a.frame.counted, &b.frame.counted) && both_same(&a.frame.predicate, &b.frame.predicate)
}

/// True when both heads are told and mean one thing.
pub(super) fn both_same(x: &Option<Head>, y: &Option<Head>) -> bool {
    matches!((x, y), (Some(x), Some(y)) if x.same_as(y))
}

/// How many times longer one of two durations may be and still be one
/// duration told with a slip ("50 minutes", "two hours"; "15 hours" for
/// "30 minutes").
pub(super) const DURATION_RATIO: f64 = 30.0;

/// True when two durations are too far apart to be one ("a 14-day strike",
/// "a three-year contract"; "15 days of talks", "an eight-year war").
pub(super) fn lasting_apart(a: &Claim, b: &Claim) -> bool {
    a.kind == ClaimKind::Duration && b.kind == ClaimKind::Duration && apart(a, b, DURATION_RATIO)
}

/// How many times larger than the other one of two amounts of one kind
/// may be and still be one figure told with a slip: "$2.31 million" for
/// "$2.31 billion" is a slip, "$30.24" a share against "$2.31 billion"
/// for the deal is two things.
pub(super) const AMOUNT_RATIO: f64 = 10_000.0;

/// True when two amounts of one kind are too far apart to be one figure.
pub(super) fn amounts_apart(a: &Claim, b: &Claim) -> bool {
    a.kind == b.kind && apart(a, b, AMOUNT_RATIO)
}

/// How many times larger than the other one of two figures no rule names
/// may be and still be one figure told with a slip: a slip changes a digit
/// or two ("23 points", "32 points"); "23 points" in a game and "2,117
/// points" in a career are two things.
pub(super) const UNNAMED_RATIO: f64 = 10.0;

/// True when two figures no rule names are too far apart to be one.
pub(super) fn unnamed_apart(a: Side<'_>, b: Side<'_>) -> bool {
    a.profile.governed.is_none() && b.profile.governed.is_none() && apart(a.claim, b.claim, UNNAMED_RATIO)
}

/// True when the larger of two amounts is more than `ratio` times the
/// smaller.
pub(super) fn apart(a: &Claim, b: &Claim, ratio: f64) -> bool {
    let (Value::Amount(x), Value::Amount(y)) = (&a.value, &b.value) else { return false };
    let (nx, ny) = (x.nominal().abs(), y.nominal().abs());
    nx.min(ny) > 0.0 && nx.max(ny) > ratio * nx.min(ny)
}

/// True when `a` is several parties' figure together ("their combined
/// 1,240 stores", "a combined 157 games with the Angels and Braves") and
/// `b` is not ("Brixo, which operates 530 stores"): a part against its
/// whole. A figure whose clause says its parties hold it together ("will
/// together hold 31 per cent", "between them") may be the combined one.
/// Measured for that on 2026-12-06 (twenty-eighth session): only the blind
/// round it was read from moved (the founders' combined 37 per cent
/// against their 31 per cent held together); probes, drafts, ECB+ (both
/// lists, its mutation), WikiNews and the seeds unchanged.
pub(super) fn combined_against_one(a: Side<'_>, b: Side<'_>) -> bool {
    a.profile.combined && !b.profile.combined && !b.profile.together
}

/// True when `a` tells a running total and `b` a count of a day or an
/// occasion ("Israel has so far lost seven soldiers" against "five
/// soldiers lost their lives on Wednesday"; "640 killed since the assault
/// began" against "three were killed in a separate attack").
pub(super) fn running_against_a_day(a: Side<'_>, b: Side<'_>) -> bool {
    a.profile.running && !b.profile.running && (b.frame.time.is_some() || b.profile.occasion)
}

/// True when two claims play other roles. A listed part whose own noun
/// follows it ("174 passengers and six crew") is the whole count of that
/// noun: it meets "184 passengers", never "three people" ("two women and
/// one man died"), and a part that shares the list's noun ("12 Somali and
/// 11 Yemeni pirates") stays a part.
pub(super) fn other_roles(a: Side<'_>, b: Side<'_>) -> bool {
    let listed_total = |x: Side<'_>, y: Side<'_>| {
        x.frame.role == Role::Part
            && y.frame.role == Role::Total
            && x.frame.counted.as_ref().is_some_and(|noun| noun.span.start <= x.claim.span.end + 1)
            && matches!((&x.frame.counted, &y.frame.counted), (Some(p), Some(q)) if p.same_as(q))
    };
    a.frame.role != b.frame.role
        && !listed_total(a, b)
        && !listed_total(b, a)
        && !sole_subset_of_a_total(a, b)
        && !sole_subset_of_a_total(b, a)
}

/// True when `x` is a subset a finite "include" tells, of a noun its
/// report counts nothing else of ("The budget includes £5.7 million of
/// savings"), and `y` a total of that noun ("agreed £5.1 million of
/// savings"): the subset is of something else (the budget), and all the
/// report tells of the noun.
pub(super) fn sole_subset_of_a_total(x: Side<'_>, y: Side<'_>) -> bool {
    let included = x.frame.predicate.and_then(|p| p.lemma).is_some_and(|l| l.text() == "include");
    x.frame.role == Role::Subset
        && included
        && y.frame.role == Role::Total
        && x.profile.sole_of_its_noun
        && matches!((&x.frame.counted, &y.frame.counted), (Some(p), Some(q)) if p.same_as(q))
}

/// True when one figure counts a run of a series ("his first 17 passes")
/// and the other does not ("29 of 34 passes"): some of the things, picked
/// by their order, against others.
pub(super) fn one_run(a: &Frame, b: &Frame) -> bool {
    let run = |f: &Frame| f.role == Role::Subset && f.ordinal.is_some();
    run(a) != run(b)
}

/// True when one claim is a day (or a year) and the other a time of day
/// with no day: "Sunday" and "3:40 a.m." never contradict each other, so
/// they never agree either.
pub(super) fn day_against_clock(a: &Claim, b: &Claim) -> bool {
    let day = |c: &Claim| matches!(c.kind, ClaimKind::Date | ClaimKind::Year);
    (day(a) && b.kind == ClaimKind::Time) || (day(b) && a.kind == ClaimKind::Time)
}

/// True when both figures are told as statistics, and as two ("an average
/// speed of 49.1km/h", "a top speed of 51.2km/h"). Measured on 2026-12-06
/// (twenty-ninth session): blind round 67's other conflict gone (an hour
/// record's average speed against its fastest lap); probes, drafts and
/// ECB+ (both lists) unchanged.
pub(super) fn other_statistics(a: Side<'_>, b: Side<'_>) -> bool {
    matches!((a.profile.statistic, b.profile.statistic), (Some(x), Some(y)) if x != y)
}

/// True when two lengths are told as two extents of a thing ("31 metres
/// above the ground", "22 metres across": see `Profile::extent`). Read
/// from blind round 132 after it was scored; measured on 2026-12-08
/// (forty-third session): probes other conflicts 123 → 122 (a helipad's
/// height against its width), drafts 339 → 337; slips, ECB+, WikiNews,
/// the seeds, the golds and the peer suites unchanged.
fn two_extents(a: Side<'_>, b: Side<'_>) -> bool {
    matches!((a.profile.extent, b.profile.extent), (Some(x), Some(y)) if x != y)
}

/// Verbs that offer a figure ("offered a rise of 3.5 per cent").
const OFFERS: [&str; 3] = ["offer", "propose", "table"];
/// Verbs that demand a figure ("is seeking a 7 per cent rise").
const DEMANDS: [&str; 4] = ["seek", "demand", "ask", "want"];

/// True when one side's clause offers its figure and the other's demands
/// its own, by a verb before the figure, and neither does both: a pay
/// offer and a pay claim are two figures of one dispute, never one figure
/// told two ways ("has offered a rise of 3.5 per cent", "is seeking a 7
/// per cent rise"; a noun after the figure, "against Harlend's offer of
/// 3.5 per cent", is the comparison's). Measured on 2026-12-07
/// (forty-second session; read from blind round 124 after it was
/// scored): that round's other conflicts 2 → 1; ECB+ inside one event 59
/// → 58 (the one gone false: a club's offer "in the range of $145
/// million" against another player "seeking a five-year deal in the $75
/// million range"), its mutation's untouched clusters 55 → 54 (the
/// same); probes, drafts, WikiNews, the seeds and the golds unchanged.
pub(super) fn offer_against_demand(a: Side<'_>, b: Side<'_>) -> bool {
    let verbs = |s: Side<'_>, of: &[&str]| {
        s.frame
            .predicate
            .iter()
            .chain(&s.frame.actions)
            .filter(|h| h.span.start < s.claim.span.start)
            .filter_map(|h| h.lemma)
            .any(|l| l.pos() == crate::lexical::Pos::Verb && of.contains(&l.text()))
    };
    let offers = |s: Side<'_>| verbs(s, &OFFERS);
    let demands = |s: Side<'_>| verbs(s, &DEMANDS);
    offers(a) && !demands(a) && demands(b) && !offers(b)
}
