//! How rare each context word is among the documents checked: a word most
//! documents share ("said", "people") says little about whether two claims
//! are about the same thing; a rare one ("Aceh", "aftershock") says much.

use crate::hash::FastMap;

/// Inverse document frequencies of context word keys.
#[derive(Clone, Debug, Default)]
pub struct Idf {
    weights: FastMap<u64, f32>,
    /// The weight of a word met in no document (the rarest).
    unseen: f32,
}

impl Idf {
    /// The weights of the words of `documents`, each a list of distinct
    /// word keys (a document's claims' contexts, merged).
    pub fn new<'a>(documents: impl IntoIterator<Item = &'a [u64]>) -> Self {
        let mut df: FastMap<u64, u32> = FastMap::default();
        let mut n = 0u32;
        for words in documents {
            n += 1;
            for &w in words {
                *df.entry(w).or_default() += 1;
            }
        }
        // ln(1 + N/df): a word of every document still weighs ln 2 (the
        // names of the one story all the documents tell are evidence too);
        // a word of one document in thirty weighs ln 31.
        let idf = |d: u32| (1.0 + f64::from(n) / f64::from(d.max(1))).ln() as f32;
        let weights = df.into_iter().map(|(w, d)| (w, idf(d))).collect();
        Idf { weights, unseen: idf(1) }
    }

    /// The weight of one word.
    pub fn weight(&self, word: u64) -> f32 {
        self.weights.get(&word).copied().unwrap_or(self.unseen)
    }

    /// How many of the shorter list's words two sorted word lists share, from
    /// 0 to 1, every word weighing the same (for two statements of one
    /// document, where rarity among the documents says nothing).
    pub fn overlap_plain(a: &[u64], b: &[u64]) -> f32 {
        let lighter = a.len().min(b.len());
        if lighter == 0 {
            return 0.0;
        }
        let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
        (shared as f32 / lighter as f32).min(1.0)
    }

    /// How much of the rarer side's weight two sorted word lists share, from
    /// 0 (nothing) to 1 (all of the lighter list is in the other). Pairing
    /// weighs each list once and compares with [`Idf::overlap_known`].
    pub fn overlap(&self, a: &[u64], b: &[u64]) -> f32 {
        let (wa, wb) = (self.weights(a), self.weights(b));
        Idf::overlap_known(
            Weighed { words: a, weights: &wa, total: self.total(a) },
            Weighed { words: b, weights: &wb, total: self.total(b) },
        )
    }

    /// The summed weight of a word list.
    pub fn total(&self, words: &[u64]) -> f32 {
        words.iter().map(|&w| self.weight(w)).sum::<f32>()
    }

    /// The weight of each word of a list, in its order (read once per
    /// list, so that comparing two lists looks nothing up: see
    /// [`Weighed`]).
    pub fn weights(&self, words: &[u64]) -> Vec<f32> {
        words.iter().map(|&w| self.weight(w)).collect()
    }

    /// [`Idf::overlap`] of two lists whose words' weights are known (read
    /// once per list with [`Idf::weights`] and [`Idf::total`], not once per
    /// pair).
    pub fn overlap_known(a: Weighed<'_>, b: Weighed<'_>) -> f32 {
        let lighter = a.total.min(b.total);
        if lighter <= 0.0 {
            return 0.0;
        }
        (shared_known(a, b.words) / lighter).min(1.0)
    }

    /// How much of the heavier of two lists of known weights the other
    /// shares (0 to 1): both must share most of their words for it to be
    /// high, not the shorter only.
    pub fn overlap_of_heavier(a: Weighed<'_>, b: Weighed<'_>) -> f32 {
        let heavier = a.total.max(b.total);
        if heavier <= 0.0 {
            return 0.0;
        }
        (shared_known(a, b.words) / heavier).min(1.0)
    }
}

/// A sorted word list with the weight of each of its words and their sum.
#[derive(Clone, Copy, Debug, Default)]
pub struct Weighed<'a> {
    /// The word keys, sorted and unique.
    pub words: &'a [u64],
    /// Their weights, in the same order.
    pub weights: &'a [f32],
    /// The sum of the weights.
    pub total: f32,
}

/// The summed weight of the words of `a` that `b` has too, walked side by
/// side.
fn shared_known(a: Weighed<'_>, b: &[u64]) -> f32 {
    let mut shared = 0.0;
    let (mut i, mut j) = (0, 0);
    while let (Some(&x), Some(&y)) = (a.words.get(i), b.get(j)) {
        match x.cmp(&y) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += a.weights.get(i).copied().unwrap_or_default();
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rare_words_weigh_more_and_overlap_is_a_share() {
        let docs: [&[u64]; 3] = [&[1, 2], &[1, 3], &[1, 4]];
        let idf = Idf::new(docs);
        assert!(idf.weight(2) > idf.weight(1));
        assert!((idf.overlap(&[1, 2], &[1, 2]) - 1.0).abs() < 1e-6);
        assert!(idf.overlap(&[1, 2], &[1, 3]) < 0.5);
        assert_eq!(idf.overlap(&[], &[1]), 0.0);
    }

    #[test]
    fn known_weights_give_the_overlap_the_look_ups_give() {
        let docs: [&[u64]; 4] = [&[1, 2, 5], &[1, 3], &[1, 4, 5], &[2, 3, 4, 9]];
        let idf = Idf::new(docs);
        let lists: [&[u64]; 5] = [&[1, 2, 5], &[2, 3, 4, 9], &[5, 7], &[], &[1, 9, 11]];
        for a in lists {
            for b in lists {
                let (wa, wb) = (idf.weights(a), idf.weights(b));
                let known = Idf::overlap_known(
                    Weighed { words: a, weights: &wa, total: idf.total(a) },
                    Weighed { words: b, weights: &wb, total: idf.total(b) },
                );
                // Looked up word by word: the shared words' weight over the
                // lighter list's.
                let shared = a.iter().filter(|w| b.contains(w)).fold(0.0f32, |s, &w| s + idf.weight(w));
                let lighter = idf.total(a).min(idf.total(b));
                let looked_up = if lighter <= 0.0 { 0.0 } else { (shared / lighter).min(1.0) };
                assert_eq!(known.to_bits(), looked_up.to_bits(), "{a:?} {b:?}");
            }
        }
    }
}
