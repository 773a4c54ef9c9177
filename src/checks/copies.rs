//! Copies: a document whose prose is mostly another's (syndicated text with
//! different page furniture). Found through sampled word shingles in an
//! inverted index, so the cost grows with the text, not with pairs of
//! documents.

use crate::document::Document;
use crate::grammar::tokens::words;
use crate::hash::{stable_hash_lower, FastMap};

/// Words per shingle.
const SHINGLE: usize = 5;
/// One shingle in this many is sampled.
const SAMPLE: u64 = 4;
/// Share of a document's sampled shingles found in an earlier one that makes
/// it a copy.
const COPY_SHARE: f64 = 0.7;
/// Shingles found in more documents than this are boilerplate.
const COMMON: usize = 50;

/// For each document, the earlier document it is a copy of.
pub fn duplicates(docs: &[Document]) -> Vec<Option<usize>> {
    use rayon::prelude::*;
    let all: Vec<Vec<u64>> = docs.par_iter().map(sampled_shingles).collect();
    let mut index: FastMap<u64, Vec<usize>> = FastMap::default();
    let mut out = Vec::with_capacity(docs.len());
    for (d, shingles) in all.into_iter().enumerate() {
        let mut shared: FastMap<usize, usize> = FastMap::default();
        for s in &shingles {
            if let Some(owners) = index.get(s).filter(|o| o.len() <= COMMON) {
                for &o in owners {
                    *shared.entry(o).or_default() += 1;
                }
            }
        }
        let needed = (shingles.len() as f64 * COPY_SHARE).ceil() as usize;
        let original = shared.into_iter().filter(|&(_, n)| n >= needed.max(3)).map(|(o, _)| o).min();
        out.push(original.map(|o| out.get(o).copied().flatten().unwrap_or(o)));
        for s in shingles {
            let owners = index.entry(s).or_default();
            if owners.last() != Some(&d) {
                owners.push(d);
            }
        }
    }
    out
}

/// The sampled, de-duplicated shingle hashes of a document's prose.
fn sampled_shingles(doc: &Document) -> Vec<u64> {
    let mut hashes: Vec<u64> = Vec::new();
    let mut window: [u64; SHINGLE] = [0; SHINGLE];
    let mut count = 0usize;
    for region in doc.prose_text() {
        for (_, w) in words(region) {
            window.copy_within(1.., 0);
            window[SHINGLE - 1] = stable_hash_lower(w);
            count += 1;
            if count >= SHINGLE {
                let h = window.iter().fold(0u64, |acc, &x| acc.rotate_left(7) ^ x);
                if h % SAMPLE == 0 {
                    hashes.push(h);
                }
            }
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}
