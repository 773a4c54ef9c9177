//! Events: which claims are about the same thing.
//!
//! 1. Copies and near-copies are aligned word by word ([`copies`]); a claim
//!    of a copy at an aligned place stands for the original's claim and is
//!    not paired again.
//! 2. Every other claim is profiled ([`profile`]): the rule governing its
//!    frame, its context words, names and anchors.
//! 3. Candidates come from an index on (dimension, governed subject) or,
//!    for frames no rule names, on (dimension, head word or sense): never
//!    all pairs.
//! 4. Each candidate pair is scored ([`score`]); a claim is paired with its
//!    mutual best in each other document when the score reaches the
//!    threshold of the rule that governs it (or of the catch-all rule).
//! 5. Pairs join into events (a union-find grown as pairs are found); an
//!    event keeps the links that made it, agreeing or not, for the checks.
//!
//! Inside one document, a headline is paired with its body, and two
//! statements of the same frame in different sentences are paired when
//! they score well above the threshold.

pub mod copies;
mod govern;
pub mod idf;
pub mod profile;
pub mod score;

use crate::claim::{Claim, Value};
use crate::document::Document;
use crate::frame::{Frame, Role};
use crate::hash::FastMap;
use crate::rules::Rule;
use crate::values::compatible;

pub use copies::{Aligned, Alignment, Copies};
pub use govern::Governor;
use idf::Idf;
use profile::Profile;
use score::Side;

/// A claim: its document and its index there.
pub type At = (usize, usize);

/// The rule (index) and subject group governing a frame, if any.
pub type Governed = Option<(usize, Option<usize>)>;

/// How much more than the threshold two statements of one document must
/// score to be the same thing.
const WITHIN_DOCUMENT_EXTRA: f32 = 2.0;
/// How much more than the threshold a headline figure must score with a
/// figure of its own body: less (a headline is a few words, so shares
/// little context), but only one body figure may fit it (see below).
const HEADLINE_EXTRA: f32 = -2.0;
/// How much worse than the best a body figure giving the headline's value
/// may fit and still be the one the headline repeats.
const HEADLINE_MARGIN: f32 = 4.0;
/// An agreeing candidate this close to the best is preferred to a
/// disagreeing best: a report that gives two figures for two nearby things
/// is not contradicted by one that gives one of them.
const MARGIN: f32 = 1.5;
/// The most claims of one index bucket compared pairwise; larger buckets
/// (an archive's hundred reports of one day) are swept in publication
/// order, each claim meeting the next ones only.
const BUCKET_SWEEP: usize = 48;

/// Two claims found to be about the same thing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    /// One claim.
    pub a: At,
    /// The other.
    pub b: At,
    /// The score of the pair.
    pub score: f32,
    /// True when their values agree.
    pub agree: bool,
    /// Where the pair was found.
    pub kind: LinkKind,
}

/// Where a link was found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkKind {
    /// Two documents.
    Across,
    /// A headline and its own body.
    Headline,
    /// Two sentences of one document.
    Within,
}

/// The claims about one thing, with the frame of its first claim.
#[derive(Clone, Debug)]
pub struct Event {
    /// The rule governing the event's frames (the catch-all rule for frames
    /// no rule names).
    pub rule: usize,
    /// The subject group of the rule, when one is named.
    pub subject: Option<usize>,
    /// The claims, in document order.
    pub claims: Vec<At>,
    /// The links that made the event.
    pub links: Vec<Link>,
}

/// Everything pairing found.
#[derive(Clone, Debug, Default)]
pub struct Pairing {
    /// Copies and aligned claims.
    pub copies: Copies,
    /// The events.
    pub events: Vec<Event>,
    /// Per document, per claim: true when it was scored against another.
    pub compared: Vec<Vec<bool>>,
    /// Per document, per claim: the rule governing its frame.
    pub governed: Vec<Vec<Governed>>,
}

/// Pair the claims of `docs` (with their frames) under `rules`.
pub fn pair(docs: &[Document], claims: &[Vec<Claim>], frames: &[Vec<Frame>], rules: &[Rule]) -> Pairing {
    pair_with_drafts(docs, claims, frames, rules, &[])
}

/// [`pair`], where the documents `drafts` are drafts checked against the
/// others (`--against`): the writer says they tell the sources' story, so
/// their disagreements with a source need no agreement beside them (see
/// [`consistent`]).
pub fn pair_with_drafts(
    docs: &[Document],
    claims: &[Vec<Claim>],
    frames: &[Vec<Frame>],
    rules: &[Rule],
    drafts: &[usize],
) -> Pairing {
    use rayon::prelude::*;
    let copies = copies::find(docs, claims);
    let mut governor = Governor::new(rules);
    for f in frames.iter().flatten() {
        governor.learn(f);
    }
    let profiles: Vec<Vec<Profile>> = docs
        .par_iter()
        .zip(claims.par_iter().zip(frames.par_iter()))
        .map(|(doc, (c, f))| profile::profiles(doc, c, f, &governor))
        .collect();
    let leads: Vec<Vec<u64>> = docs.par_iter().map(profile::document_names).collect();
    let idf = Idf::new(document_words(&profiles, &leads).iter().map(Vec::as_slice));
    let catch_all = rules.iter().position(|r| r.catch_all);
    let world = World { docs, claims, frames, profiles: &profiles, leads: &leads, rules, idf: &idf, catch_all, drafts };
    let excluded = excluded_by_copies(&copies, claims);
    let buckets = world.buckets(&excluded);
    let mut compared: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
    let best = world.best_candidates(&buckets, &mut compared);
    let mut links = consistent(world.mutual_links(&best), &best, &world);
    links.extend(world.headline_links(&excluded, &mut compared));
    let events = events(&world, links);
    let governed = profiles.iter().map(|ps| ps.iter().map(|p| p.governed).collect()).collect();
    Pairing { copies, events, compared, governed }
}

/// Why two claims are paired or not, in words (for `examples/pairs`, when
/// looking into a pair that was or was not made): whether each takes part,
/// whether they meet in the index, the veto or the score against the
/// threshold.
pub fn explain(
    docs: &[Document],
    claims: &[Vec<Claim>],
    frames: &[Vec<Frame>],
    rules: &[Rule],
    x: At,
    y: At,
) -> String {
    let mut governor = Governor::new(rules);
    for f in frames.iter().flatten() {
        governor.learn(f);
    }
    let profiles: Vec<Vec<Profile>> = docs
        .iter()
        .zip(claims.iter().zip(frames))
        .map(|(doc, (c, f))| profile::profiles(doc, c, f, &governor))
        .collect();
    let leads: Vec<Vec<u64>> = docs.iter().map(profile::document_names).collect();
    let idf = Idf::new(document_words(&profiles, &leads).iter().map(Vec::as_slice));
    let catch_all = rules.iter().position(|r| r.catch_all);
    let world =
        World { docs, claims, frames, profiles: &profiles, leads: &leads, rules, idf: &idf, catch_all, drafts: &[] };
    let excluded = excluded_by_copies(&copies::find(docs, claims), claims);
    let (Some(sx), Some(sy)) = (world.side(x), world.side(y)) else { return "no such claims".into() };
    let rule = |at: At| world.rule_of(at).and_then(|r| rules.get(r)).map_or("none", |r| r.id.as_str());
    let mut out = format!("rules {} / {}", rule(x), rule(y));
    out += &format!("; pairable {} / {}", world.pairable(x, &excluded), world.pairable(y, &excluded));
    let (kx, ky) = (keys(sx), keys(sy));
    out += &format!("; meet in the index: {}", kx.iter().any(|k| ky.contains(k)));
    out += &format!("; within the window: {}", world.within_window(x, y));
    match score::veto(sx, sy) {
        Some(why) => out += &format!("; vetoed: {why}"),
        None => match score::score(sx, sy, &idf) {
            Some(s) => out += &format!("; score {s:.2}, threshold {:.2}", world.threshold(x).max(world.threshold(y))),
            None => out += "; no score (heads, predicates, event or times differ, or ambiguous)",
        },
    }
    out
}

/// What the stages of pairing share.
struct World<'a> {
    docs: &'a [Document],
    claims: &'a [Vec<Claim>],
    frames: &'a [Vec<Frame>],
    profiles: &'a [Vec<Profile>],
    leads: &'a [Vec<u64>],
    rules: &'a [Rule],
    idf: &'a Idf,
    catch_all: Option<usize>,
    drafts: &'a [usize],
}

/// The best candidate of one claim in one other document (or its own).
#[derive(Clone, Copy, Debug)]
struct Best {
    score: f32,
    other: At,
    agreeing: Option<(f32, At)>,
}

/// A claim's place, packed for [`Bests`].
type Packed = (u32, u32);

fn pack(at: At) -> Packed {
    (u32::try_from(at.0).unwrap_or(u32::MAX), u32::try_from(at.1).unwrap_or(u32::MAX))
}

fn unpack(p: Packed) -> At {
    (p.0 as usize, p.1 as usize)
}

/// [`Best`], packed: an archive holds millions of them.
#[derive(Clone, Copy, Debug)]
struct PackedBest {
    score: f32,
    other: Packed,
    agreeing: Option<(f32, Packed)>,
}

/// For every claim and every other document (or its own), the best
/// candidate there: per claim, a list sorted by document (most claims
/// meet a few documents; a list costs far less than a map's entries).
struct Bests {
    /// Where each document's claims start in `lists`.
    offsets: Vec<usize>,
    /// Per claim: (document, best candidate there), sorted by document.
    lists: Vec<Vec<(u32, PackedBest)>>,
}

impl Bests {
    fn new(claims: &[Vec<Claim>]) -> Self {
        let mut offsets = Vec::with_capacity(claims.len());
        let mut total = 0;
        for c in claims {
            offsets.push(total);
            total += c.len();
        }
        Bests { offsets, lists: vec![Vec::new(); total] }
    }

    fn list(&self, at: At) -> Option<&Vec<(u32, PackedBest)>> {
        self.lists.get(self.offsets.get(at.0)? + at.1)
    }

    /// The best candidate of `at` in document `doc`.
    fn get(&self, at: At, doc: usize) -> Option<Best> {
        let list = self.list(at)?;
        let doc = u32::try_from(doc).ok()?;
        let i = list.binary_search_by_key(&doc, |e| e.0).ok()?;
        list.get(i).map(|(_, b)| unpack_best(b))
    }

    /// Every claim with each of its best candidates.
    fn iter(&self) -> impl Iterator<Item = (At, Best)> + '_ {
        self.offsets.iter().enumerate().flat_map(move |(d, &start)| {
            let end = self.offsets.get(d + 1).copied().unwrap_or(self.lists.len());
            (start..end).flat_map(move |g| {
                self.lists.get(g).into_iter().flatten().map(move |(_, b)| ((d, g - start), unpack_best(b)))
            })
        })
    }

    /// The entry of `at` for document `doc`, made with `fresh` if absent.
    fn entry(&mut self, at: At, doc: usize, fresh: Best) -> Option<&mut PackedBest> {
        let g = self.offsets.get(at.0)? + at.1;
        let list = self.lists.get_mut(g)?;
        let doc = u32::try_from(doc).ok()?;
        let i = match list.binary_search_by_key(&doc, |e| e.0) {
            Ok(i) => i,
            Err(i) => {
                list.insert(i, (doc, pack_best(&fresh)));
                i
            }
        };
        list.get_mut(i).map(|(_, b)| b)
    }
}

fn pack_best(b: &Best) -> PackedBest {
    PackedBest { score: b.score, other: pack(b.other), agreeing: b.agreeing.map(|(s, a)| (s, pack(a))) }
}

fn unpack_best(b: &PackedBest) -> Best {
    Best { score: b.score, other: unpack(b.other), agreeing: b.agreeing.map(|(s, a)| (s, unpack(a))) }
}

impl World<'_> {
    fn side(&self, at: At) -> Option<Side<'_>> {
        let (d, c) = at;
        let doc_claims = self.claims.get(d)?;
        Some(Side {
            claim: doc_claims.get(c)?,
            frame: self.frames.get(d)?.get(c)?,
            profile: self.profiles.get(d)?.get(c)?,
            doc_claims,
            lead: self.leads.get(d)?,
        })
    }

    /// True when a body claim's clause is dated in another year than its
    /// document is published ("a loss of $381 million in the first quarter
    /// of last year", "a $10 billion contract in 2006"): not what the
    /// headline, which tells the news, sums up.
    fn of_another_year(&self, side: Side<'_>, doc: usize) -> bool {
        use chrono::Datelike;
        let Some(published) = self.docs.get(doc).and_then(Document::published_date) else { return false };
        let clause = side.frame.clause;
        let year_of = |c: &Claim| match c.value {
            Value::Year(y) => Some(y),
            Value::Date { date: crate::claim::DateValue::Day(d), .. } => Some(d.year()),
            Value::Date { date: crate::claim::DateValue::Range(a, b), .. } if a.year() == b.year() => Some(a.year()),
            _ => None,
        };
        // The clause's dates, "last year" among them.
        side.doc_claims
            .iter()
            .filter(|c| clause.start <= c.span.start && c.span.end <= clause.end)
            .filter_map(year_of)
            .any(|y| y != published.year())
    }

    /// True when two documents are published on the same day (both dated).
    fn same_day(&self, a: usize, b: usize) -> bool {
        let day = |d: usize| self.docs.get(d).and_then(Document::published_date);
        day(a).is_some() && day(a) == day(b)
    }

    /// How much of their names two documents share (0 to 1, weighted by
    /// rarity).
    /// `None` when one of them names nothing (then names cannot tell).
    fn story(&self, a: usize, b: usize) -> Option<f32> {
        match (self.leads.get(a), self.leads.get(b)) {
            (Some(x), Some(y)) if !x.is_empty() && !y.is_empty() => Some(self.idf.overlap(x, y)),
            _ => None,
        }
    }

    /// The rule a claim is compared under: its governing rule or the
    /// catch-all.
    fn rule_of(&self, at: At) -> Option<usize> {
        let p = self.profiles.get(at.0)?.get(at.1)?;
        p.governed.map(|(r, _)| r).or(self.catch_all)
    }

    /// True when a claim takes part in pairing at all.
    fn pairable(&self, at: At, excluded: &FastMap<At, ()>) -> bool {
        let Some(side) = self.side(at) else { return false };
        !excluded.contains_key(&at)
            && !side.claim.relative
            && side.frame.role != Role::Comparison
            && side.frame.role != Role::Part
            && self.rule_of(at).is_some_and(|r| self.rules.get(r).is_some_and(|rule| rule.covers(side.claim.kind)))
    }

    /// The index: claims by (dimension, governed subject) or, for frames no
    /// rule names, by (dimension, head word) and (dimension, sense).
    fn buckets(&self, excluded: &FastMap<At, ()>) -> Vec<Vec<At>> {
        let mut index: FastMap<(u64, u64), Vec<At>> = FastMap::default();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            for c in 0..doc_claims.len() {
                let at = (d, c);
                if !self.pairable(at, excluded) {
                    continue;
                }
                let Some(side) = self.side(at) else { continue };
                for key in keys(side) {
                    index.entry((side.profile.dimension, key)).or_default().push(at);
                }
            }
        }
        let mut buckets: Vec<Vec<At>> = index.into_values().filter(|b| b.len() > 1).collect();
        buckets.sort_unstable();
        buckets
    }

    /// For every claim and every other document, its best candidate there.
    fn best_candidates(&self, buckets: &[Vec<At>], compared: &mut [Vec<bool>]) -> Bests {
        let mut best = Bests::new(self.claims);
        for bucket in buckets {
            let mut members = bucket.clone();
            members.sort_by_key(|&(d, c)| (self.docs.get(d).and_then(Document::published_date), d, c));
            members.dedup();
            for (i, &x) in members.iter().enumerate() {
                let reach = if members.len() > BUCKET_SWEEP { i + 1 + BUCKET_SWEEP } else { members.len() };
                for &y in members.get(i + 1..reach.min(members.len())).unwrap_or_default() {
                    if let Some(score) = self.pair_score(x, y) {
                        mark(compared, x);
                        mark(compared, y);
                        self.offer(&mut best, x, y, score);
                        self.offer(&mut best, y, x, score);
                    }
                }
            }
        }
        best
    }

    /// The score of two claims as candidates, or `None`.
    fn pair_score(&self, x: At, y: At) -> Option<f32> {
        let (sx, sy) = (self.side(x)?, self.side(y)?);
        if x.0 == y.0 && !self.comparable_within_document(sx, sy) {
            return None;
        }
        if !self.within_window(x, y) {
            return None;
        }
        score::score(sx, sy, self.idf)
    }

    /// Two statements of one document are compared only when they stand in
    /// different sentences, are figures (not dates: a story names many days
    /// of many events), state a total, and both tell what is counted and
    /// what happened.
    fn comparable_within_document(&self, x: Side<'_>, y: Side<'_>) -> bool {
        let told =
            |s: &Side<'_>| s.frame.counted.is_some() && s.frame.predicate.is_some() && s.frame.role == Role::Total;
        x.claim.sentence != y.claim.sentence && !x.claim.kind.is_temporal() && told(&x) && told(&y)
    }

    /// True when the two claims' documents are published within the
    /// window of the rule they are compared under (undated: always).
    fn within_window(&self, x: At, y: At) -> bool {
        let window = self.rule_of(x).and_then(|r| self.rules.get(r)).map_or(7, |r| r.compare.window_days);
        match (
            self.docs.get(x.0).and_then(Document::published_date),
            self.docs.get(y.0).and_then(Document::published_date),
        ) {
            (Some(a), Some(b)) => (a - b).num_days().abs() <= window,
            _ => true,
        }
    }

    /// Record `y` as a candidate of `x` in `y`'s document.
    fn offer(&self, best: &mut Bests, x: At, y: At, score: f32) {
        let agrees = self.agree(x, y);
        let Some(entry) = best.entry(x, y.0, Best { score: f32::MIN, other: y, agreeing: None }) else { return };
        let py = pack(y);
        if score > entry.score || (score == entry.score && py < entry.other) {
            entry.score = score;
            entry.other = py;
        }
        if agrees && entry.agreeing.is_none_or(|(s, o)| score > s || (score == s && py < o)) {
            entry.agreeing = Some((score, py));
        }
    }

    /// True when the values of two claims agree under their rule.
    fn agree(&self, x: At, y: At) -> bool {
        let (Some(sx), Some(sy)) = (self.side(x), self.side(y)) else { return true };
        let rule = self.rule_of(x).and_then(|r| self.rules.get(r));
        let compare = rule.map(|r| r.compare.clone()).unwrap_or_default();
        compatible(&sx.claim.value, &sy.claim.value, &compare)
    }

    /// The threshold of the rule a claim is compared under.
    fn threshold(&self, at: At) -> f32 {
        self.rule_of(at).and_then(|r| self.rules.get(r)).map_or(f32::MAX, |r| r.compare.threshold)
    }

    /// Mutual best pairs that reach their threshold, as links.
    fn mutual_links(&self, best: &Bests) -> Vec<Link> {
        let mut links = Vec::new();
        let keys =
            self.claims.iter().enumerate().flat_map(|(d, cs)| (0..cs.len()).map(move |c| (d, c))).flat_map(|x| {
                best.list(x).into_iter().flatten().map(move |&(doc, b)| (x, doc as usize, unpack_best(&b)))
            });
        for (x, _, b) in keys {
            let y = b.other;
            let mutual = best.get(y, x.0).is_some_and(|back| back.other == x);
            let within = x.0 == y.0;
            let needed = self.threshold(x).max(self.threshold(y)) + if within { WITHIN_DOCUMENT_EXTRA } else { 0.0 };
            if !mutual || x > y || b.score < needed {
                continue;
            }
            let kind = if within { LinkKind::Within } else { LinkKind::Across };
            let agree = self.agree(x, y);
            match b.agreeing {
                Some((s, z)) if !agree && s >= b.score - MARGIN && s >= needed => {
                    links.push(Link { a: x, b: z, score: s, agree: true, kind });
                }
                _ => links.push(Link { a: x, b: y, score: b.score, agree, kind }),
            }
        }
        links
    }

    /// Each headline figure with its best match in its own body.
    fn headline_links(&self, excluded: &FastMap<At, ()>, compared: &mut [Vec<bool>]) -> Vec<Link> {
        let mut links = Vec::new();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            for (h, head) in doc_claims.iter().enumerate().filter(|(_, c)| c.in_headline) {
                if !self.pairable((d, h), excluded) {
                    continue;
                }
                let mut best: Option<(f32, usize)> = None;
                let mut runner_up: Option<f32> = None;
                let mut agreeing: Option<(f32, usize)> = None;
                for (b, body) in doc_claims.iter().enumerate() {
                    if body.in_headline || !self.pairable((d, b), excluded) {
                        continue;
                    }
                    let (Some(sh), Some(sb)) = (self.side((d, h)), self.side((d, b))) else { continue };
                    let same_rule = sh.profile.governed == sb.profile.governed;
                    if sh.profile.dimension != sb.profile.dimension
                        || head.sentence == body.sentence
                        || !same_rule
                        || score::other_names(sh.profile, sb.profile)
                        || self.of_another_year(sb, d)
                    {
                        continue;
                    }
                    let Some(s) = score::score(sh, sb, self.idf) else { continue };
                    mark(compared, (d, h));
                    mark(compared, (d, b));
                    if best.is_none_or(|(bs, _)| s > bs) {
                        runner_up = best.map(|(bs, _)| bs);
                        best = Some((s, b));
                    } else if runner_up.is_none_or(|r| s > r) {
                        runner_up = Some(s);
                    }
                    if self.agree((d, h), (d, b)) && agreeing.is_none_or(|(a, _)| s > a) {
                        agreeing = Some((s, b));
                    }
                }
                let needed = self.threshold((d, h)) + HEADLINE_EXTRA;
                let Some((s, b)) = best.filter(|(s, _)| *s >= needed) else { continue };
                // A body figure that gives the headline's value is the one
                // the headline repeats, unless it fits far worse.
                let repeated = agreeing.filter(|(a, _)| *a >= s - HEADLINE_MARGIN);
                if repeated.is_none() && runner_up.is_some_and(|r| r >= s - MARGIN) {
                    // Two body figures fit the headline about as well: the
                    // headline may sum up either, or something else.
                    continue;
                }
                // A telling figure the body gives word for word is the one
                // the headline repeats, however its clause reads ("Ford
                // offers US$78 million" over "will pay €57 million (US$78
                // million)").
                let verbatim = crate::values::is_informative(&head.value)
                    && doc_claims.iter().any(|c| !c.in_headline && c.kind == head.kind && c.value == head.value);
                if verbatim && !self.agree((d, h), (d, b)) {
                    continue;
                }
                let agree = repeated.is_some() || self.agree((d, h), (d, b));
                let other = repeated.map_or(b, |(_, z)| z);
                links.push(Link { a: (d, h), b: (d, other), score: s, agree, kind: LinkKind::Headline });
            }
        }
        links
    }
}

/// How much more than its threshold a disagreeing pair must score when
/// nothing else the two documents say agrees.
const ALONE_EXTRA: f32 = 1.0;
/// How far below the threshold an agreement between two documents may
/// score and still count as evidence that they report one event.
const AGREE_SLACK: f32 = 1.0;
/// How much of their names two documents must share for a lone
/// disagreement between them to be reported.
const ALONE_STORY: f32 = 0.45;
/// The story similarity above which two documents published on the same
/// day are reports of one event whatever their tally (two short reports
/// that share every name and disagree on both their figures). On ECB+ and
/// the WikiNews clusters it changes nothing (measured 2026-12-02); it keeps
/// two versions of one short report apart from two events.
const SAME_DAY_STORY: f32 = 0.7;

/// Disagreements between two documents that are not reports of one event.
/// Two reports of one event agree on most of what they both state: when
/// two documents' paired claims disagree more often than they agree on
/// something telling (an exact figure of 10 or more, a day of a month: see
/// [`crate::values::is_informative`]; "two boats" and "Saturday" agree by
/// chance), they are reports of two events of one kind (two quakes on one
/// island years apart), and none of their disagreements is a conflict. A
/// lone disagreement with no agreement beside it needs a higher score. A
/// draft and a source are of one story by the writer's word, and so are
/// two reports of one day that share most of their names.
fn consistent(links: Vec<Link>, best: &Bests, world: &World<'_>) -> Vec<Link> {
    let mut tally: FastMap<(usize, usize), (usize, usize)> = FastMap::default();
    for l in links.iter().filter(|l| l.kind == LinkKind::Across && !l.agree) {
        tally.entry((l.a.0.min(l.b.0), l.a.0.max(l.b.0))).or_default().1 += 1;
    }
    // An agreement counts when it is telling and its pair scores near the
    // threshold, linked or not ("December 30" and "Thursday, December 30"
    // in two one-line reports).
    let mut agreements: Vec<(At, At)> = best
        .iter()
        .filter_map(|(x, b)| b.agreeing.map(|(score, y)| (x, y, score)))
        .filter(|&(x, y, score)| x.0 != y.0 && score >= world.threshold(x) - AGREE_SLACK)
        .filter(|&(x, _, _)| world.side(x).is_some_and(|s| crate::values::is_informative(&s.claim.value)))
        .map(|(x, y, _)| (x.min(y), x.max(y)))
        .collect();
    agreements.sort_unstable();
    agreements.dedup();
    for (x, y) in agreements {
        tally.entry((x.0.min(y.0), x.0.max(y.0))).or_default().0 += 1;
    }
    links
        .into_iter()
        .filter(|l| {
            if l.agree || l.kind != LinkKind::Across {
                return true;
            }
            if world.drafts.contains(&l.a.0) != world.drafts.contains(&l.b.0) {
                return true;
            }
            let (agree, disagree) = tally.get(&(l.a.0.min(l.b.0), l.a.0.max(l.b.0))).copied().unwrap_or_default();
            let needed = world.threshold(l.a).max(world.threshold(l.b)) + ALONE_EXTRA;
            let story = world.story(l.a.0, l.b.0).unwrap_or(1.0);
            (agree >= 1 && agree >= disagree)
                || (agree == 0 && disagree == 1 && l.score >= needed && story >= ALONE_STORY)
                || (l.score >= needed && story >= SAME_DAY_STORY && world.same_day(l.a.0, l.b.0))
        })
        .collect()
}

/// The index keys of a claim: its governed subject, else its heads' words
/// and senses, else one key for frames with no head.
fn keys(side: Side<'_>) -> Vec<u64> {
    if let Some((rule, subject)) = side.profile.governed {
        return vec![crate::hash::fnv_bytes(
            0x5eed,
            (rule as u64).to_le_bytes().into_iter().chain((subject.map_or(u64::MAX, |s| s as u64)).to_le_bytes()),
        )];
    }
    let mut out = Vec::new();
    for head in [&side.frame.counted, &side.frame.predicate].into_iter().flatten() {
        out.push(head.key);
        if let Some(lemma) = head.lemma {
            out.extend(lemma.concepts().map(|c| 0xc0c0_0000_0000_0000 | u64::from(c.0)));
        }
    }
    if out.is_empty() {
        out.push(0);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Mark a claim as compared.
fn mark(compared: &mut [Vec<bool>], at: At) {
    if let Some(flag) = compared.get_mut(at.0).and_then(|d| d.get_mut(at.1)) {
        *flag = true;
    }
}

/// The claims of copies that stand for a claim of their original: they are
/// not paired again.
fn excluded_by_copies(copies: &Copies, claims: &[Vec<Claim>]) -> FastMap<At, ()> {
    let _ = claims;
    copies.aligned.iter().map(|a| (a.copy, ())).collect()
}

/// The distinct context and lead words of each document.
fn document_words(profiles: &[Vec<Profile>], leads: &[Vec<u64>]) -> Vec<Vec<u64>> {
    profiles
        .iter()
        .zip(leads)
        .map(|(ps, lead)| {
            let mut ws: Vec<u64> =
                ps.iter().flat_map(|p| p.context.iter().copied()).chain(lead.iter().copied()).collect();
            ws.sort_unstable();
            ws.dedup();
            ws
        })
        .collect()
}

/// Links joined into events (a union-find over claims, grown link by link).
fn events(world: &World<'_>, links: Vec<Link>) -> Vec<Event> {
    let mut ids: FastMap<At, usize> = FastMap::default();
    let mut parent: Vec<usize> = Vec::new();
    let mut id = |at: At, parent: &mut Vec<usize>| {
        *ids.entry(at).or_insert_with(|| {
            parent.push(parent.len());
            parent.len() - 1
        })
    };
    fn root(parent: &mut [usize], mut x: usize) -> usize {
        while let Some(&p) = parent.get(x) {
            if p == x {
                break;
            }
            let grand = parent.get(p).copied().unwrap_or(p);
            if let Some(slot) = parent.get_mut(x) {
                *slot = grand;
            }
            x = p;
        }
        x
    }
    let pairs: Vec<(usize, usize)> = links.iter().map(|l| (id(l.a, &mut parent), id(l.b, &mut parent))).collect();
    for &(a, b) in &pairs {
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            let (lo, hi) = (ra.min(rb), ra.max(rb));
            if let Some(slot) = parent.get_mut(hi) {
                *slot = lo;
            }
        }
    }
    let mut by_root: std::collections::BTreeMap<usize, Event> = std::collections::BTreeMap::new();
    for (link, &(a, _)) in links.into_iter().zip(&pairs) {
        let r = root(&mut parent, a);
        let rule = world.rule_of(link.a).unwrap_or(0);
        let subject =
            world.profiles.get(link.a.0).and_then(|p| p.get(link.a.1)).and_then(|p| p.governed).and_then(|(_, s)| s);
        let event = by_root.entry(r).or_insert_with(|| Event { rule, subject, claims: Vec::new(), links: Vec::new() });
        event.claims.extend([link.a, link.b]);
        event.links.push(link);
    }
    by_root
        .into_values()
        .map(|mut e| {
            e.claims.sort_unstable();
            e.claims.dedup();
            e
        })
        .collect()
}
