//! What the stages of pairing share: the documents, their claims, frames
//! and profiles, the weights of their words, the rules, and the drafts;
//! with the questions every stage asks of them (a claim's side, its rule
//! and threshold, the days between two documents, whether two values
//! agree, the mutual bests).

use crate::claim::Claim;
use crate::document::Document;
use crate::frame::{Frame, Role};
use crate::hash::FastMap;
use crate::rules::Rule;
use crate::values::{compatible, to_the_month};

use super::bests::{pack, unpack_best, Best, Bests};
use super::idf::{Idf, Weighed};
use super::profile::Profile;
use super::{clock, consistency, score, At, Link, LinkKind, Side, MARGIN, WITHIN_DOCUMENT_EXTRA};

/// What the stages of pairing share.
pub(super) struct World<'a> {
    pub(super) docs: &'a [Document],
    pub(super) claims: &'a [Vec<Claim>],
    pub(super) frames: &'a [Vec<Frame>],
    pub(super) profiles: &'a [Vec<Profile>],
    pub(super) leads: &'a [Vec<u64>],
    pub(super) lead_weights: &'a [f32],
    pub(super) lead_word_weights: &'a [Vec<f32>],
    pub(super) salient_weights: &'a [f32],
    pub(super) salient_word_weights: &'a [Vec<f32>],
    pub(super) rules: &'a [Rule],
    pub(super) catch_all: Option<usize>,
    pub(super) drafts: &'a [usize],
}

impl World<'_> {
    /// True when one of documents `a` and `b` is a draft and the other one
    /// of its sources.
    pub(super) fn draft_and_source(&self, a: usize, b: usize) -> bool {
        self.drafts.contains(&a) != self.drafts.contains(&b)
    }

    pub(super) fn side(&self, at: At) -> Option<Side<'_>> {
        let (d, c) = at;
        let doc_claims = self.claims.get(d)?;
        let doc_profiles = self.profiles.get(d)?;
        Some(Side {
            claim: doc_claims.get(c)?,
            frame: self.frames.get(d)?.get(c)?,
            profile: doc_profiles.get(c)?,
            doc_claims,
            doc_profiles,
            lead: self.lead(d)?,
            published: self.docs.get(d)?.published_date(),
        })
    }

    /// The names document `d` tells, weighed by rarity and by how often
    /// the document tells each (see [`super::salient`]).
    pub(super) fn salient_lead(&self, d: usize) -> Option<Weighed<'_>> {
        Some(Weighed {
            words: self.leads.get(d)?,
            weights: self.salient_word_weights.get(d)?,
            total: self.salient_weights.get(d).copied().unwrap_or_default(),
        })
    }

    /// The names document `d` tells, weighed.
    pub(super) fn lead(&self, d: usize) -> Option<Weighed<'_>> {
        Some(Weighed {
            words: self.leads.get(d)?,
            weights: self.lead_word_weights.get(d)?,
            total: self.lead_weights.get(d).copied().unwrap_or_default(),
        })
    }

    /// The claim at `at`.
    pub(super) fn claim(&self, at: At) -> Option<&Claim> {
        self.claims.get(at.0)?.get(at.1)
    }

    /// The lead of document `d`: its first sentence past the headline
    /// (news puts the main event, its day and its figures first).
    pub(super) fn lead_sentence(&self, d: usize) -> Option<crate::span::Span> {
        let doc = self.docs.get(d)?;
        doc.sentences.iter().find(|s| doc.headline.is_none_or(|h| s.start >= h.end)).copied()
    }

    /// How much of their names two documents share (0 to 1, weighted by
    /// rarity).
    /// `None` when one of them names nothing (then names cannot tell).
    pub(super) fn story(&self, a: usize, b: usize) -> Option<f32> {
        match (self.lead(a), self.lead(b)) {
            (Some(x), Some(y)) if !x.words.is_empty() && !y.words.is_empty() => Some(Idf::overlap_known(x, y)),
            _ => None,
        }
    }

    /// True when a rule names the claim's frame.
    pub(super) fn governed(&self, at: At) -> bool {
        self.profiles.get(at.0).and_then(|p| p.get(at.1)).is_some_and(|p| p.governed.is_some())
    }

    /// The rule a claim is compared under: its governing rule or the
    /// catch-all.
    pub(super) fn rule_of(&self, at: At) -> Option<usize> {
        let p = self.profiles.get(at.0)?.get(at.1)?;
        p.governed.map(|(r, _)| r).or(self.catch_all)
    }

    /// True when a claim takes part in pairing at all.
    pub(super) fn pairable(&self, at: At, excluded: &FastMap<At, ()>) -> bool {
        let Some(side) = self.side(at) else { return false };
        !excluded.contains_key(&at)
            && !side.claim.relative
            && side.frame.role != Role::Comparison
            && (side.frame.role != Role::Part || side.frame.counted.is_some())
            && self.rule_of(at).is_some_and(|r| self.rules.get(r).is_some_and(|rule| rule.covers(side.claim.kind)))
    }

    /// The score of two claims as candidates, or `None`.
    pub(super) fn pair_score(&self, x: At, y: At) -> Option<f32> {
        let (sx, sy) = (self.side(x)?, self.side(y)?);
        if x.0 == y.0 && !self.comparable_within_document(sx, sy) {
            return None;
        }
        if !self.within_window(x, y) {
            return None;
        }
        score::score(sx, sy)
    }

    /// Two statements of one document are compared only when they stand in
    /// different sentences, are figures (not dates: a story names many days
    /// of many events), state a total, and both tell what is counted and
    /// what happened.
    pub(super) fn comparable_within_document(&self, x: Side<'_>, y: Side<'_>) -> bool {
        let told =
            |s: &Side<'_>| s.frame.counted.is_some() && s.frame.predicate.is_some() && s.frame.role == Role::Total;
        x.claim.sentence != y.claim.sentence && !x.claim.kind.is_temporal() && told(&x) && told(&y)
    }

    /// How many days apart documents `a` and `b` are published, when both
    /// are dated.
    pub(super) fn days_apart(&self, a: usize, b: usize) -> Option<i64> {
        let day = |d: usize| self.docs.get(d).and_then(Document::published_date);
        Some((day(a)? - day(b)?).num_days().abs())
    }

    /// True when documents `a` and `b` are both dated, on the same day.
    pub(super) fn published_same_day(&self, a: usize, b: usize) -> bool {
        self.days_apart(a, b) == Some(0)
    }

    /// True when two documents are published on the same day or on
    /// consecutive days (both dated): the day's report and the next
    /// morning's of one story.
    pub(super) fn within_a_day(&self, a: usize, b: usize) -> bool {
        self.days_apart(a, b).is_some_and(|days| days <= 1)
    }

    /// True when the two claims' documents are published within the
    /// window of the rule they are compared under (undated: always, unless
    /// the rule compares a dated report with dated ones only).
    pub(super) fn within_window(&self, x: At, y: At) -> bool {
        let default = crate::rules::Compare::default();
        let compare = self.rule_of(x).and_then(|r| self.rules.get(r)).map_or(&default, |r| &r.compare);
        let dated = |d: usize| self.docs.get(d).and_then(Document::published_date).is_some();
        match self.days_apart(x.0, y.0) {
            Some(days) => days <= compare.window_days,
            None => !compare.both_dated_or_neither || dated(x.0) == dated(y.0),
        }
    }

    /// True when the two claims' documents are both dated, further apart
    /// than the window of the rule `x` is compared under (the dated half
    /// of [`World::within_window`]).
    pub(super) fn past_window(&self, x: At, y: At) -> bool {
        self.days_apart(x.0, y.0).is_some() && !self.within_window(x, y)
    }

    /// Record `y` as a candidate of `x` in `y`'s document, unless it scores
    /// too low to be read (see [`consistency::LOWEST_KEPT`]).
    pub(super) fn offer(&self, best: &mut Bests, x: At, y: At, score: f32) {
        if score < self.threshold(x) - consistency::LOWEST_KEPT {
            return;
        }
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

    /// True when a link's claims are times of day too far apart to be one
    /// told with a slip (see [`clock::too_far_apart`]).
    pub(super) fn moments_apart(&self, link: &Link) -> bool {
        match (self.side(link.a), self.side(link.b)) {
            (Some(a), Some(b)) => clock::too_far_apart(a.claim, b.claim),
            _ => false,
        }
    }

    /// True when the values of two claims agree under their rule.
    pub(super) fn agree(&self, x: At, y: At) -> bool {
        let (Some(sx), Some(sy)) = (self.side(x), self.side(y)) else { return true };
        let rule = self.rule_of(x).and_then(|r| self.rules.get(r));
        let compare = rule.map(|r| r.compare.clone()).unwrap_or_default();
        if crate::frame::is_prison_term(sx.claim, sx.frame) && crate::frame::is_prison_term(sy.claim, sy.frame) {
            // A court's term is exact, to the month.
            return compatible(&to_the_month(&sx.claim.value), &to_the_month(&sy.claim.value), &compare);
        }
        compatible(&sx.claim.value, &sy.claim.value, &compare) || self.roughly_one_time(x, y) || self.a_bound_fits(x, y)
    }

    /// The threshold of the rule a claim is compared under.
    pub(super) fn threshold(&self, at: At) -> f32 {
        self.rule_of(at).and_then(|r| self.rules.get(r)).map_or(f32::MAX, |r| r.compare.threshold)
    }

    /// Mutual best pairs that reach their threshold, as links, in the
    /// order of their first claims (found document by document, in
    /// parallel).
    pub(super) fn mutual_links(&self, best: &Bests) -> Vec<Link> {
        use rayon::prelude::*;
        let per_document: Vec<Vec<Link>> = (0..self.claims.len())
            .into_par_iter()
            .map(|d| {
                let count = self.claims.get(d).map_or(0, Vec::len);
                (0..count).flat_map(|c| self.mutual_links_of((d, c), best)).collect()
            })
            .collect();
        per_document.into_iter().flatten().collect()
    }

    /// The links of claim `x` with its mutual bests in the documents after
    /// its own (or later in its own).
    pub(super) fn mutual_links_of(&self, x: At, best: &Bests) -> Vec<Link> {
        let mut links = Vec::new();
        for b in best.list(x).into_iter().flatten().map(|(_, b)| unpack_best(b)) {
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
}
