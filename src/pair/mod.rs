//! Events: which claims are about the same thing.
//!
//! 1. Copies and near-copies are aligned word by word ([`copies`]); a claim
//!    of a copy at an aligned place stands for the original's claim and is
//!    not paired again.
//! 2. Every other claim is profiled ([`profile`]): the rule governing its
//!    frame, its context words, names and anchors.
//! 3. Candidates come from an index on (dimension, governed subject) and
//!    (dimension, head word or sense), the latter only for a pair one of
//!    whose frames no rule names: never all pairs (`candidates.rs`).
//! 4. Each candidate pair is scored ([`score`]); a claim is paired with its
//!    mutual best in each other document when the score reaches the
//!    threshold of the rule that governs it (or of the catch-all rule).
//! 5. Inside a pair of documents that tell one story (they share telling
//!    figures and names), a slot (a dimension and a counted head) each
//!    fills with one telling value is one thing, though the two clauses
//!    read too differently to pair by score ([`slots`]); in such a pair,
//!    or one that may tell one story, a figure one digit off the other's
//!    is one figure told with a slip (`digit_slips.rs`).
//! 6. One calendar day given two weekdays ("Tuesday, July 28" and
//!    "Thursday, July 28") is a slip, linked without a score (`weekdays.rs`).
//!    Two reports of two days that each give their own day as the day
//!    their source spoke tell two statements, no disagreement
//!    (`said_day.rs`).
//! 7. Pairs join into events (a union-find grown as pairs are found); an
//!    event keeps the links that made it, agreeing or not, for the checks.
//!
//! Inside one document, a headline is paired with its body, and two
//! statements of the same frame in different sentences are paired when
//! they score well above the threshold.

mod ages;
mod bests;
mod candidates;
mod clock;
mod consistency;
pub mod copies;
mod digit_slips;
mod events;
mod explain;
mod govern;
mod headline;
pub mod idf;
mod lead_day;
mod named_ages;
pub mod profile;
mod said_day;
pub mod score;
mod side;
mod slip;
mod slots;
mod story;
mod synonym_days;
mod unrepeated;
mod weekdays;
mod world;

use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::hash::FastMap;
use crate::rules::Rule;

use consistency::consistent;
pub use copies::{Aligned, Alignment, Copies};
pub use explain::explain;
pub use govern::Governor;
use idf::Idf;
use profile::Profile;
use score::Side;
pub use slip::digits_swapped;
pub use story::documents_by_telling_figure;
use world::World;

/// A claim: its document and its index there.
pub type At = (usize, usize);

/// How much more than the threshold two statements of one document must
/// score to be the same thing.
const WITHIN_DOCUMENT_EXTRA: f32 = 2.0;
/// An agreeing candidate this close to the best is preferred to a
/// disagreeing best: a report that gives two figures for two nearby things
/// is not contradicted by one that gives one of them.
const MARGIN: f32 = 1.5;
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
    pair_with_copies(docs, claims, frames, rules, drafts, copies::find(docs, claims))
}

/// [`pair_with_drafts`], with the copies of `docs` already found (see
/// [`copies::find`]): the frames of a copy that repeats its original word
/// for word need not be read (see `checks::frames_beyond_copies`).
pub fn pair_with_copies(
    docs: &[Document],
    claims: &[Vec<Claim>],
    frames: &[Vec<Frame>],
    rules: &[Rule],
    drafts: &[usize],
    copies: Copies,
) -> Pairing {
    let excluded = excluded_by_copies(&copies, claims);
    let prepared = Prepared::new(docs, claims, frames, rules, &excluded);
    let world = prepared.world(docs, claims, frames, rules, drafts);
    let buckets = world.buckets(&excluded);
    let mut compared: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
    let best = world.best_candidates(&buckets, &mut compared);
    drop(buckets);
    let mutual = world.mutual_links(&best).into_iter().filter(|l| !world.two_statements(l)).collect();
    let stories = world.story_pairs();
    let mut links = consistent(mutual, &best, &world, &stories);
    // The bests weigh one entry per claim and document met: gone before
    // the slots are read.
    drop(best);
    let slot_links = world.slot_links(&stories, &excluded, &links);
    links.extend(slot_links);
    let named_ages = world.named_age_links(&excluded, &links);
    links.extend(named_ages);
    links.extend(world.headline_links(&excluded, &mut compared));
    links.extend(world.weekday_links(&excluded));
    let unrepeated = world.unrepeated_headline_links(&excluded, &links);
    links.extend(unrepeated);
    // Two reports of two days that each quote their own day tell two
    // statements (see `said_day.rs`).
    links.retain(|l| !world.two_statements(l));
    // Two times of day hours apart tell two moments: evidence, above, that
    // two reports tell two events, never a conflict themselves.
    links.retain(|l| l.agree || !world.moments_apart(l));
    // An undated page whose moment is hours off another report's tells
    // another event: its disagreements with that report are none.
    links.retain(|l| l.agree || !world.undated_moments_apart(l.a.0, l.b.0));
    // Two reports that each state both figures know both, and tell two
    // things by them (see `consistency::both_tell_both`).
    links.retain(|l| l.agree || !consistency::both_tell_both(&world, l.a, l.b));
    let events = events::events(&world, links);
    Pairing { copies, events, compared }
}

/// Name weights by salience: each name's rarity, times 1 + ln of how many
/// times its report tells it. A name told again and again is what the
/// report's story is about; one told once (a reporter, a street) says less.
fn salient(weights: &[f32], mentions: &[u32]) -> Vec<f32> {
    weights.iter().zip(mentions).map(|(w, &n)| w * (1.0 + (n.max(1) as f32).ln())).collect()
}

/// What pairing reads off the documents before it pairs: each claim's
/// profile, the names each document tells, and the rarity of words. A
/// copy all of whose claims stand for its original's (see
/// [`excluded_by_copies`]) pairs nothing: its claims get no profile, and
/// its words count only towards their rarity (in an archive, most pages
/// are such copies).
struct Prepared {
    profiles: Vec<Vec<Profile>>,
    leads: Vec<Vec<u64>>,
    lead_weights: Vec<f32>,
    lead_word_weights: Vec<Vec<f32>>,
    salient_weights: Vec<f32>,
    salient_word_weights: Vec<Vec<f32>>,
    catch_all: Option<usize>,
}

impl Prepared {
    fn new(
        docs: &[Document],
        claims: &[Vec<Claim>],
        frames: &[Vec<Frame>],
        rules: &[Rule],
        excluded: &FastMap<At, ()>,
    ) -> Self {
        use rayon::prelude::*;
        let copy_only: Vec<bool> = claims
            .iter()
            .enumerate()
            .map(|(d, c)| !c.is_empty() && (0..c.len()).all(|i| excluded.contains_key(&(d, i))))
            .collect();
        let mut governor = Governor::new(rules);
        governor.learn_all(frames.iter().flatten());
        let mut profiles: Vec<Vec<Profile>> = docs
            .par_iter()
            .zip(claims.par_iter().zip(frames.par_iter()))
            .zip(copy_only.par_iter())
            .map(|((doc, (c, f)), &only)| if only { Vec::new() } else { profile::profiles(doc, c, f, &governor) })
            .collect();
        let (leads, mentions): (Vec<Vec<u64>>, Vec<Vec<u32>>) =
            docs.par_iter().map(crate::frame::names::document_names_counted).unzip();
        let words: Vec<Vec<u64>> = docs
            .par_iter()
            .zip(claims.par_iter().zip(profiles.par_iter()))
            .zip(leads.par_iter().zip(copy_only.par_iter()))
            .map(|((doc, (c, ps)), (lead, &only))| {
                let context = if only { profile::context_words(doc, c) } else { profile::context_words_of(ps) };
                document_words(context, lead)
            })
            .collect();
        let idf = Idf::new(words.iter().map(Vec::as_slice));
        drop(words);
        profiles.par_iter_mut().for_each(|ps| weigh_contexts(ps, &idf));
        let lead_word_weights: Vec<Vec<f32>> = leads.iter().map(|l| idf.weights(l)).collect();
        let lead_weights = lead_word_weights.iter().map(|w| w.iter().sum()).collect();
        let salient_word_weights: Vec<Vec<f32>> =
            lead_word_weights.iter().zip(&mentions).map(|(ws, m)| salient(ws, m)).collect();
        let salient_weights = salient_word_weights.iter().map(|w| w.iter().sum()).collect();
        Prepared {
            profiles,
            leads,
            lead_weights,
            lead_word_weights,
            salient_weights,
            salient_word_weights,
            catch_all: rules.iter().position(|r| r.catch_all),
        }
    }

    /// The stages' shared view of the documents.
    fn world<'a>(
        &'a self,
        docs: &'a [Document],
        claims: &'a [Vec<Claim>],
        frames: &'a [Vec<Frame>],
        rules: &'a [Rule],
        drafts: &'a [usize],
    ) -> World<'a> {
        World {
            docs,
            claims,
            frames,
            profiles: &self.profiles,
            leads: &self.leads,
            lead_weights: &self.lead_weights,
            lead_word_weights: &self.lead_word_weights,
            salient_weights: &self.salient_weights,
            salient_word_weights: &self.salient_word_weights,
            rules,
            catch_all: self.catch_all,
            drafts,
        }
    }
}

/// The claims of copies that stand for a claim of their original: they are
/// not paired again.
fn excluded_by_copies(copies: &Copies, claims: &[Vec<Claim>]) -> FastMap<At, ()> {
    let _ = claims;
    copies.aligned.iter().map(|a| (a.copy, ())).collect()
}

/// Set the rarity of the context words of a document's profiles, once per
/// sentence (the claims of one sentence share their context).
fn weigh_contexts(profiles: &mut [Profile], idf: &Idf) {
    use std::sync::Arc;
    let mut weighed: Option<Arc<[u64]>> = None;
    let (mut total, mut weights): (f32, Arc<[f32]>) = Default::default();
    for p in profiles {
        if !weighed.as_ref().is_some_and(|context| Arc::ptr_eq(context, &p.context)) {
            weighed = Some(p.context.clone());
            weights = idf.weights(&p.context).into();
            total = weights.iter().sum();
        }
        p.context_weight = total;
        p.context_weights = weights.clone();
    }
}

/// The distinct context and lead words of a document.
fn document_words(context: Vec<u64>, lead: &[u64]) -> Vec<u64> {
    let mut ws = context;
    ws.extend_from_slice(lead);
    ws.sort_unstable();
    ws.dedup();
    ws
}

/// The links pairing finds in `docs` under the built-in rules, in the
/// events they make (for the tests of the stages).
#[cfg(test)]
fn links_of(docs: &[Document]) -> Vec<Link> {
    links_with_drafts(docs, &[])
}

/// Run `f` on the pairing world of `docs` under the built-in rules, every
/// claim profiled, with the documents' claims.
#[cfg(test)]
fn with_world<R>(docs: &[Document], f: impl FnOnce(&World<'_>, &[Vec<Claim>]) -> R) -> R {
    let rules = crate::rules::LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
    let (claims, frames) = crate::checks::extract_all(docs);
    let prepared = Prepared::new(docs, &claims, &frames, &rules, &FastMap::default());
    f(&prepared.world(docs, &claims, &frames, &rules, &[]), &claims)
}

/// How many disagreeing links join two reports published on June 10,
/// 2025, with these bodies.
#[cfg(test)]
fn disagreements_of_two(first: &str, second: &str) -> usize {
    let report = |path: &str, body: &str| Document::new(path, format!("June 10, 2025\n\n{body}\n"), None);
    disagreements_across(&[report("a.txt", first), report("b.txt", second)])
}

/// How many disagreeing links join two reports with these whole texts.
#[cfg(test)]
fn disagreements_of_texts(first: &str, second: &str) -> usize {
    disagreements_across(&[Document::new("a.txt", first, None), Document::new("b.txt", second, None)])
}

/// The texts of the disagreeing links between two reports of a probe
/// cluster (a folder of `tests/probes`).
#[cfg(test)]
fn disagreeing_texts(cluster: &str, files: [&str; 2]) -> Vec<(String, String)> {
    let read = |f: &str| std::fs::read_to_string(format!("{cluster}/{f}")).unwrap_or_default();
    let docs = files.map(|f| Document::new(f, read(f), None));
    with_world(&docs, |_, claims| {
        let text =
            |(d, c): At| claims.get(d).and_then(|cs| cs.get(c)).map_or("", |claim| claim.span.slice(&docs[d].text));
        let links = links_of(&docs);
        links.iter().filter(|l| !l.agree).map(|l| (text(l.a).to_string(), text(l.b).to_string())).collect()
    })
}

/// True when one of `texts` (see [`disagreeing_texts`]) sets a claim
/// holding `x` against one holding `y`, in either order.
#[cfg(test)]
fn sets_against(texts: &[(String, String)], x: &str, y: &str) -> bool {
    texts.iter().any(|(a, b)| (a.contains(x) && b.contains(y)) || (a.contains(y) && b.contains(x)))
}

/// How many disagreeing links join two different documents of `docs`.
#[cfg(test)]
fn disagreements_across(docs: &[Document]) -> usize {
    links_of(docs).iter().filter(|l| !l.agree && l.a.0 != l.b.0).count()
}

/// [`links_of`], with the documents `drafts` checked against the others.
#[cfg(test)]
fn links_with_drafts(docs: &[Document], drafts: &[usize]) -> Vec<Link> {
    let rules = crate::rules::LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
    let (claims, frames) = crate::checks::extract_all(docs);
    pair_with_drafts(docs, &claims, &frames, &rules, drafts).events.into_iter().flat_map(|e| e.links).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A court's term is exact to the month: "three years" is no rounding
    /// of "three and a half years", and "four and a half years" is "four
    /// years and six months".
    #[test]
    fn a_prison_term_is_exact_to_the_month() {
        let first = "Kell, the organiser, was jailed for four years and six months at Farnley Crown Court on Friday for stealing lead from 23 churches. Sorby, who did the climbing, was jailed for three years.";
        let second = |kell: &str, sorby: &str| {
            format!("At Farnley Crown Court on Friday, Kell was jailed for {kell} for the thefts from 23 churches. Sorby, who climbed onto the roofs, was jailed for {sorby}.")
        };
        assert_eq!(disagreements_of_two(first, &second("four and a half years", "three years")), 0);
        assert_eq!(disagreements_of_two(first, &second("four and a half years", "three and a half years")), 1);
    }

    /// "less than 50 km (30 miles)" tells one distance, not two: neither
    /// figure makes the other ambiguous.
    #[test]
    fn a_figure_in_another_unit_in_brackets_is_one_value() {
        let text = "An air strike hit the camp on Thursday, less than 50 km (30 miles) from the border.\n";
        let docs = vec![Document::new("a.txt", text, None)];
        let distances: Vec<bool> = with_world(&docs, |world, claims| {
            claims[0]
                .iter()
                .zip(&world.profiles[0])
                .filter(|(c, _)| c.kind == crate::claim::ClaimKind::Quantity)
                .map(|(_, p)| p.ambiguous)
                .collect()
        });
        assert_eq!(distances, [false, false]);
    }

    /// A date a draft plans ("to be fired up again at 10 p.m. on
    /// Thursday") is never what a source tells was done before the draft
    /// was written ("the walkout that began on March 3"); a date the source
    /// plans after the draft's day may be.
    #[test]
    fn a_plan_is_not_an_earlier_fact() {
        let disagreeing = |began: &str| {
            let docs = vec![
                Document::new("draft.txt", "March 12, 2026

Orsen Ceramics said its Dalmere kilns would be fired up again for the night shift starting at 10 p.m. on Thursday, after the tile workers voted to return.
", None),
                Document::new("source.txt", format!("March 13, 2026

The walkout at the Orsen Ceramics tile plant in Dalmere, which began on {began}, ended when workers voted to return.
"), None),
            ];
            links_with_drafts(&docs, &[0]).iter().filter(|l| !l.agree && l.a.0 != l.b.0).count()
        };
        assert_eq!(disagreeing("March 3"), 0, "begun before the plan was told");
    }

    /// Two times of day hours apart are two moments, never a conflict;
    /// an hour apart, a slip.
    #[test]
    fn times_of_day_hours_apart_are_two_moments() {
        let disagreeing = |time: &str| {
            let docs = vec![
                Document::new("a.txt", "June 10, 2025\n\nThe fire at the Waitrose store in Banstead broke out at 9 p.m. on Friday. More than 50 firefighters fought it and 60 residents were moved from their homes.\n", None),
                Document::new("b.txt", format!("June 10, 2025\n\nThe fire at the Banstead supermarket broke out at {time} on Friday. Some 60 residents left their homes as more than 50 firefighters arrived.\n"), None),
            ];
            disagreements_across(&docs)
        };
        assert_eq!(disagreeing("8 p.m."), 1, "an hour off");
        assert_eq!(disagreeing("6 a.m."), 0, "nine hours off");
    }

    /// A claim is scored against the reports published inside its rule's
    /// window (ten days for a toll), before or after its own, and never
    /// against those further off; an undated page against all of them.
    #[test]
    fn claims_are_scored_inside_their_window_only() {
        let report = |date: &str, killed: u32| {
            let body = format!("The earthquake in Port Alden killed {killed} people, officials said.\n");
            Document::new(format!("{killed}.txt"), format!("{date}{body}"), None)
        };
        let docs = vec![
            report("June 1, 2025\n\n", 24),
            report("June 20, 2025\n\n", 31),
            report("June 9, 2025\n\n", 27),
            report("", 29),
        ];
        let scored: Vec<(usize, usize)> = with_world(&docs, |world, claims| {
            let mut compared: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
            let best = world.best_candidates(&world.buckets(&FastMap::default()), &mut compared);
            let toll =
                |d: usize| claims[d].iter().position(|c| c.kind == crate::claim::ClaimKind::Count).map(|c| (d, c));
            let mut found = Vec::new();
            for a in 0..docs.len() {
                for b in (a + 1)..docs.len() {
                    if toll(a).zip(Some(b)).and_then(|(x, b)| best.get(x, b)).is_some() {
                        found.push((a, b));
                    }
                }
            }
            found
        });
        assert_eq!(
            scored,
            [(0, 2), (0, 3), (1, 3), (2, 3)],
            "June 1 and June 20 are 19 days apart, June 9 and June 20 eleven"
        );
    }

    /// A copy all of whose claims stand for its original's gets no
    /// profiles, yet its words weigh in their rarity as before.
    #[test]
    fn a_copy_that_pairs_nothing_is_not_profiled_but_its_words_count() {
        let story = "The fire at the Harlow plant in Marsden injured 23 workers on Monday.\n";
        let docs = vec![
            Document::new("a.txt", story, None),
            Document::new("b.txt", story, None),
            Document::new("c.txt", "Floods in Teskar closed 14 schools on Tuesday.\n", None),
        ];
        let rules = crate::rules::LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
        let (claims, frames) = crate::checks::extract_all(&docs);
        let excluded = excluded_by_copies(&copies::find(&docs, &claims), &claims);
        assert!(!claims[1].is_empty() && (0..claims[1].len()).all(|c| excluded.contains_key(&(1, c))));
        let light = Prepared::new(&docs, &claims, &frames, &rules, &excluded);
        let full = Prepared::new(&docs, &claims, &frames, &rules, &FastMap::default());
        assert!(light.profiles[1].is_empty(), "the copy is not profiled");
        assert_eq!(light.profiles[0].len(), claims[0].len());
        // The weight of a word of the context of a document's first claim.
        let weight = |p: &Prepared, d: usize, word: &str| {
            let profile = &p.profiles[d][0];
            let at = profile.context.binary_search(&crate::lexical::stem_key(word)).expect("a context word");
            profile.context_weights[at]
        };
        assert_eq!(
            weight(&light, 0, "Marsden"),
            weight(&full, 0, "Marsden"),
            "two documents of three still name Marsden"
        );
        assert!(weight(&light, 0, "Marsden") < weight(&light, 2, "Teskar"));
    }
}
