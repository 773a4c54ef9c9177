//! Candidates: the index on frames and the scored pairs of its buckets.
//! Claims meet by (dimension, governed subject), and by (dimension, head
//! word or sense) when one of them is named by no rule: never all pairs.

use super::bests::{pack, unpack, Bests, Packed};
use super::score::{self, Side};
use super::{At, World};
use crate::document::Document;
use crate::hash::FastMap;

/// The most claims of one index bucket compared pairwise; larger buckets
/// (an archive's hundred reports of one day) are swept in publication
/// order, each claim meeting the next ones only.
const BUCKET_SWEEP: usize = 48;
/// How many index buckets are scored at once, in parallel.
const BUCKETS_AT_ONCE: usize = 256;

/// Claims that meet in the index.
#[derive(Clone, Debug)]
pub(super) struct Bucket {
    /// True when they meet by a head word or sense, not by the subject a
    /// rule governs: two governed claims are not compared here.
    by_heads: bool,
    /// The claims.
    members: Vec<At>,
}

impl World<'_> {
    /// The index: claims by (dimension, governed subject) or, for frames no
    /// rule names, by (dimension, head word) and (dimension, sense).
    pub(super) fn buckets(&self, excluded: &FastMap<At, ()>) -> Vec<Bucket> {
        let mut index: FastMap<(u64, bool, u64), Vec<At>> = FastMap::default();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            for c in 0..doc_claims.len() {
                let at = (d, c);
                if !self.pairable(at, excluded) {
                    continue;
                }
                let Some(side) = self.side(at) else { continue };
                for (by_heads, key) in keys(side) {
                    index.entry((side.profile.dimension, by_heads, key)).or_default().push(at);
                }
            }
        }
        let mut buckets: Vec<Bucket> = index
            .into_iter()
            .filter(|(_, members)| members.len() > 1)
            .map(|((_, by_heads, _), members)| Bucket { by_heads, members })
            .filter(|b| !b.by_heads || b.members.iter().any(|&at| !self.governed(at)))
            .collect();
        buckets.sort_unstable_by(|a, b| (&a.members, a.by_heads).cmp(&(&b.members, b.by_heads)));
        buckets
    }

    /// For every claim and every other document, its best candidate there.
    pub(super) fn best_candidates(&self, buckets: &[Bucket], compared: &mut [Vec<bool>]) -> Bests {
        use rayon::prelude::*;
        let mut best = Bests::new(self.claims);
        // Buckets are scored in parallel, a slice at a time, and their
        // candidates offered in bucket order: the same bests for any
        // number of threads, and only one slice's scores held at once.
        for slice in buckets.chunks(BUCKETS_AT_ONCE) {
            let scored: Vec<Scored> = slice.par_iter().map(|b| self.bucket_scores(b)).collect();
            for bucket in scored {
                for at in bucket.compared {
                    mark(compared, unpack(at));
                }
                for (x, y, score) in bucket.kept {
                    let (x, y) = (unpack(x), unpack(y));
                    self.offer(&mut best, x, y, score);
                    self.offer(&mut best, y, x, score);
                }
            }
        }
        best
    }

    /// The scored candidate pairs of one bucket, in publication order:
    /// every pair of a small bucket, each claim with the next
    /// [`BUCKET_SWEEP`] of a large one. Only the pairs one of whose claims
    /// would keep the other as a candidate are kept (see
    /// [`World::offer`]); the claims scored at all are listed once.
    fn bucket_scores(&self, bucket: &Bucket) -> Scored {
        let mut members = bucket.members.clone();
        members.sort_by_key(|&(d, c)| (self.docs.get(d).and_then(Document::published_date), d, c));
        members.dedup();
        let lowest: Vec<f32> = members.iter().map(|&at| self.threshold(at) - super::consistency::LOWEST_KEPT).collect();
        let mut out = Scored::default();
        let mut scored = vec![false; members.len()];
        for (i, &x) in members.iter().enumerate() {
            let reach = if members.len() > BUCKET_SWEEP { i + 1 + BUCKET_SWEEP } else { members.len() };
            for (j, &y) in members.iter().enumerate().take(reach.min(members.len())).skip(i + 1) {
                if self.past_window(x, y) {
                    // Members are in publication order: the later ones are
                    // further still.
                    break;
                }
                if bucket.by_heads && self.governed(x) && self.governed(y) {
                    continue;
                }
                let Some(score) = self.pair_score(x, y) else { continue };
                for k in [i, j] {
                    if let Some(flag) = scored.get_mut(k) {
                        *flag = true;
                    }
                }
                let kept_by = |k: usize| lowest.get(k).is_some_and(|&l| score >= l);
                if kept_by(i) || kept_by(j) {
                    out.kept.push((pack(x), pack(y), score));
                }
            }
        }
        out.compared = members.iter().zip(&scored).filter(|(_, &s)| s).map(|(&at, _)| pack(at)).collect();
        out
    }
}

/// What scoring one bucket leaves: the pairs worth offering, and every
/// claim that was scored against another.
#[derive(Default)]
struct Scored {
    kept: Vec<(Packed, Packed, f32)>,
    compared: Vec<Packed>,
}

/// The index keys of a claim: its governed subject, if any, and its
/// heads' words and senses (or one key for frames with no head). Two
/// governed claims meet by their subject only (see [`Bucket::by_heads`]);
/// the heads let a governed claim meet one no rule names ("1,500 people"
/// and "employs 1,150 people").
pub(super) fn keys(side: Side<'_>) -> Vec<(bool, u64)> {
    let mut out = Vec::new();
    if let Some((rule, subject)) = side.profile.governed {
        out.push((
            false,
            crate::hash::fnv_bytes(
                0x5eed,
                (rule as u64).to_le_bytes().into_iter().chain((subject.map_or(u64::MAX, |s| s as u64)).to_le_bytes()),
            ),
        ));
    }
    for head in [&side.frame.counted, &side.frame.predicate].into_iter().flatten() {
        out.push((true, head.key));
        if let Some(lemma) = head.lemma {
            out.extend(lemma.concepts().map(|c| (true, 0xc0c0_0000_0000_0000 | u64::from(c.0))));
        }
    }
    if let Some(up) = side.frame.predicate.as_ref().and_then(score::direction) {
        // "fell 3.1%" and "slipped 1.3%" meet: one move, told two ways.
        out.push((true, if up { 0xd1_0000_0000_0001 } else { 0xd1_0000_0000_0002 }));
    }
    if side.profile.governed.is_none() && out.is_empty() {
        out.push((true, 0));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// Mark a claim as compared.
pub(super) fn mark(compared: &mut [Vec<bool>], at: At) {
    if let Some(flag) = compared.get_mut(at.0).and_then(|d| d.get_mut(at.1)) {
        *flag = true;
    }
}
