//! Copies and near-copies, aligned.
//!
//! A document whose prose is mostly another's (syndicated text with other
//! furniture, a lightly edited rewrite) is a copy; every copy points at one
//! representative, the earliest by publication date, then by path, so a
//! thousand copies cost a thousand alignments. Copies are found through
//! sampled word shingles in an inverted index that holds representatives
//! only: the thousandth copy of a text meets its representative's shingles,
//! never a list grown with the other copies. A shingle that many different
//! representatives share is boilerplate and is not counted.
//!
//! A document that shares a long passage with an earlier one without being
//! its copy (a paragraph taken over) is aligned with it too.
//!
//! Alignment diffs the two documents' words (`similar`, patience) and pairs
//! the claims that stand at aligned places: claims whose words are equal
//! are the same claim told twice; claims in a replaced stretch are the same
//! claim changed, whatever their frame.

use std::cmp::Ordering;

use similar::algorithms::{Capture, Replace};
use similar::{Algorithm, DiffOp};

use crate::claim::Claim;
use crate::document::Document;
use crate::grammar::tokens::words;
use crate::hash::{stable_hash_lower, FastMap};
use crate::span::Span;

/// Words per shingle.
const SHINGLE: usize = 5;
/// One shingle in this many is sampled.
const SAMPLE: u64 = 4;
/// Share of a document's sampled shingles found in a representative that
/// makes it a copy.
const COPY_SHARE: f64 = 0.5;
/// Sampled shingles two documents must share to align a passage.
const PASSAGE: usize = 6;
/// Shingles found in more representatives than this are boilerplate.
const COMMON: usize = 50;
/// Equal words a change must stand between, on each side.
const FLANK: usize = 4;
/// A replaced stretch longer than this many words is a rewrite, not one
/// figure changed: its claims are left to pairing.
const MAX_CHANGE: usize = 12;

/// How a claim of one document stands against the claim at the aligned
/// place of the document it is aligned with.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Alignment {
    /// The same words: the same claim told twice.
    Same,
    /// Changed words at the same place.
    Changed,
}

/// Two claims at aligned places.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Aligned {
    /// The later document and its claim.
    pub copy: (usize, usize),
    /// The earlier document and its claim.
    pub original: (usize, usize),
    /// Same words or changed.
    pub how: Alignment,
}

/// The copies of a set of documents.
#[derive(Clone, Debug, Default)]
pub struct Copies {
    /// For each document, the representative it is a copy of.
    pub copy_of: Vec<Option<usize>>,
    /// Claims at aligned places.
    pub aligned: Vec<Aligned>,
}

/// The order documents are met in: publication date (undated last), then
/// path, then argument order.
pub fn earliest_first(docs: &[Document]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..docs.len()).collect();
    order.sort_by(|&a, &b| compare_age(docs, a, b));
    order
}

fn compare_age(docs: &[Document], a: usize, b: usize) -> Ordering {
    let key =
        |d: usize| docs.get(d).map(|doc| (doc.published_date().is_none(), doc.published_date(), doc.path.as_str()));
    key(a).cmp(&key(b)).then(a.cmp(&b))
}

/// Find copies and passages, and align their claims.
pub fn find(docs: &[Document], claims: &[Vec<Claim>]) -> Copies {
    use rayon::prelude::*;
    let shingles: Vec<Vec<u64>> = docs.par_iter().map(sampled_shingles).collect();
    let mut copy_of = vec![None; docs.len()];
    let mut partners: Vec<(usize, usize)> = Vec::new();
    // Shingle → the groups (by representative) whose documents have it.
    let mut index = ShingleIndex::with_capacity(shingles.iter().map(Vec::len).sum());
    // Representative → its latest members, for choosing whom to align with.
    let mut members: FastMap<usize, Vec<usize>> = FastMap::default();
    for d in earliest_first(docs) {
        let Some(own) = shingles.get(d) else { continue };
        let mut shared: FastMap<usize, usize> = FastMap::default();
        for &s in own {
            index.for_each_group(s, |g| *shared.entry(g).or_default() += 1);
        }
        let best = shared.into_iter().max_by(|x, y| x.1.cmp(&y.1).then(compare_age(docs, y.0, x.0)));
        let needed = ((own.len() as f64) * COPY_SHARE).ceil() as usize;
        let group = match best {
            Some((g, n)) if n >= PASSAGE || n >= needed.max(3) => {
                let partner = closest_member(&shingles, own, g, members.get(&g));
                partners.push((d, partner));
                (n >= needed.max(3)).then_some(g)
            }
            _ => None,
        };
        match group {
            Some(g) => {
                if let Some(slot) = copy_of.get_mut(d) {
                    *slot = Some(g);
                }
                let list = members.entry(g).or_default();
                list.push(d);
                if list.len() > MEMBERS {
                    list.remove(0);
                }
            }
            None => {
                for &s in own {
                    index.insert(s, d);
                }
            }
        }
    }
    // Partners grouped by their original, whose words are read once for
    // all its copies (a thousand copies of one wire story: one reading).
    let mut by_original: Vec<(usize, usize, usize)> =
        partners.iter().enumerate().map(|(k, &(d, o))| (o, k, d)).collect();
    by_original.sort_unstable();
    let groups: Vec<&[(usize, usize, usize)]> = by_original.chunk_by(|x, y| x.0 == y.0).collect();
    let mut per_pair: Vec<(usize, usize, Vec<Aligned>)> = groups
        .par_iter()
        .flat_map_iter(|group| {
            let o = group.first().map_or(0, |g| g.0);
            let original = docs.get(o).zip(claims.get(o)).map(|(doc, c)| (doc, c, prose_words(doc)));
            group
                .iter()
                .map(|&(_, k, d)| match (&original, docs.get(d), claims.get(d)) {
                    (Some((odoc, oc, owords)), Some(cdoc), Some(cc)) => {
                        (k, d, align((d, cdoc, cc), (o, odoc, oc, owords)))
                    }
                    _ => (k, d, Vec::new()),
                })
                .collect::<Vec<_>>()
        })
        .collect();
    per_pair.sort_unstable_by_key(|p| p.0);
    let per_pair = per_pair.into_iter().map(|(_, d, found)| (d, found));
    let mut aligned = Vec::new();
    for (d, mut found) in per_pair {
        let other_day = found.first().is_some_and(|a| days_apart(docs, a.copy.0, a.original.0) > MAX_DAYS_APART);
        if other_day || is_template(&found) {
            // A new report written on an old one's pattern (a market report
            // of another day): its figures are new, not changed.
            found.retain(|a| a.how == Alignment::Same);
            if let Some(slot) = copy_of.get_mut(d) {
                *slot = None;
            }
        }
        aligned.extend(found);
    }
    Copies { copy_of, aligned }
}

/// Shingle → the representatives whose prose has it, at most
/// [`COMMON`] + 1 of them (a shingle of more is boilerplate). Most
/// shingles belong to one representative: the lists live in one arena,
/// linked, not in a vector per shingle.
struct ShingleIndex {
    /// Shingle → (its newest entry in `entries`, how many it has).
    heads: FastMap<u64, (u32, u32)>,
    /// (representative, the shingle's previous entry or `NONE`).
    entries: Vec<(u32, u32)>,
}

impl ShingleIndex {
    /// The end of a shingle's list.
    const NONE: u32 = u32::MAX;

    /// An empty index with room for `shingles` entries.
    fn with_capacity(shingles: usize) -> Self {
        let mut heads = FastMap::default();
        heads.reserve(shingles);
        ShingleIndex { heads, entries: Vec::with_capacity(shingles) }
    }

    /// Record that representative `doc` has `shingle`.
    fn insert(&mut self, shingle: u64, doc: usize) {
        let (Ok(next), Ok(doc)) = (u32::try_from(self.entries.len()), u32::try_from(doc)) else { return };
        let head = self.heads.entry(shingle).or_insert((Self::NONE, 0));
        if head.1 as usize > COMMON || next == Self::NONE {
            return;
        }
        self.entries.push((doc, head.0));
        *head = (next, head.1 + 1);
    }

    /// Call `f` with each representative that has `shingle`, unless the
    /// shingle is boilerplate.
    fn for_each_group(&self, shingle: u64, mut f: impl FnMut(usize)) {
        let Some(&(mut at, count)) = self.heads.get(&shingle) else { return };
        if count as usize > COMMON {
            return;
        }
        while let Some(&(doc, next)) = self.entries.get(at as usize) {
            f(doc as usize);
            at = next;
        }
    }
}

/// The latest members of a group kept as candidates to align a new copy
/// with (a near-copy of a copy is closer to that copy than to the first).
const MEMBERS: usize = 8;

/// Of a group's representative and its latest members, the document that
/// shares the most shingles with `own`.
fn closest_member(shingles: &[Vec<u64>], own: &[u64], rep: usize, members: Option<&Vec<usize>>) -> usize {
    let shared = |d: usize| shingles.get(d).map_or(0, |theirs| sorted_overlap(own, theirs));
    std::iter::once(rep)
        .chain(members.into_iter().flatten().copied())
        .max_by(|&a, &b| shared(a).cmp(&shared(b)).then(b.cmp(&a)))
        .unwrap_or(rep)
}

/// How many values two sorted lists share.
fn sorted_overlap(a: &[u64], b: &[u64]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.cmp(y) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

/// A copy published this many days after its original is a new report.
const MAX_DAYS_APART: i64 = 2;

/// Days between two documents' publication (0 when one is undated).
fn days_apart(docs: &[Document], a: usize, b: usize) -> i64 {
    let day = |d: usize| docs.get(d).and_then(Document::published_date);
    match (day(a), day(b)) {
        (Some(x), Some(y)) => (x - y).num_days().abs(),
        _ => 0,
    }
}

/// True when more than a few of the aligned claims changed: a report on a
/// template ("the index fell 2.36% to 4,907.20"), not a copy with a figure
/// altered.
fn is_template(aligned: &[Aligned]) -> bool {
    let changed = aligned.iter().filter(|a| a.how == Alignment::Changed).count();
    changed > 2 && changed * 4 > aligned.len()
}

/// The sampled, de-duplicated shingle hashes of a document's prose; a short
/// document (fewer than [`SHORT`] sampled shingles) keeps all of its
/// shingles, so that two short copies still meet.
fn sampled_shingles(doc: &Document) -> Vec<u64> {
    let sampled = shingles(doc, SAMPLE);
    if sampled.len() < SHORT {
        shingles(doc, 1)
    } else {
        sampled
    }
}

/// Sampled shingles below which a document keeps all of them.
const SHORT: usize = 16;

/// The de-duplicated shingle hashes of a document's prose, one in `sample`.
fn shingles(doc: &Document, sample: u64) -> Vec<u64> {
    let mut hashes: Vec<u64> = Vec::new();
    let mut window: [u64; SHINGLE] = [0; SHINGLE];
    let mut count = 0usize;
    for region in doc.prose_text() {
        for (_, w) in words(region) {
            window.copy_within(1.., 0);
            if let Some(last) = window.last_mut() {
                *last = stable_hash_lower(w);
            }
            count += 1;
            if count >= SHINGLE {
                let h = window.iter().fold(0u64, |acc, &x| acc.rotate_left(7) ^ x);
                if h % sample == 0 {
                    hashes.push(h);
                }
            }
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    hashes
}

/// A document's prose words: spans and lower-cased hashes.
type ProseWords = (Vec<Span>, Vec<u64>);

/// The words of a document's prose: their spans and lower-cased hashes.
fn prose_words(doc: &Document) -> ProseWords {
    let mut spans = Vec::new();
    let mut hashes = Vec::new();
    for region in &doc.prose {
        for (o, w) in words(region.slice(&doc.text)) {
            spans.push(Span::new(region.start + o, region.start + o + w.len()));
            hashes.push(stable_hash_lower(w));
        }
    }
    (spans, hashes)
}

/// Where a word of the copy stands in the original.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Place {
    /// An equal word: its index in the original.
    Equal(usize),
    /// A word of a changed stretch (one figure changed inside a shared
    /// sentence): the stretch's words in the original.
    Changed(usize, usize),
    /// Anything else (inserted text, a rewritten passage).
    Elsewhere,
}

/// The claims of `copy` at places aligned with claims of `original`: each
/// claim of the copy is followed word by word into the original. All its
/// words equal: the claim there, the same claim (or, when its text differs
/// around the words that are equal, changed). Some words in a changed
/// stretch: the claim of the original in that stretch, changed.
fn align(copy: (usize, &Document, &[Claim]), original: (usize, &Document, &[Claim], &ProseWords)) -> Vec<Aligned> {
    let (cd, cdoc, cclaims) = copy;
    let (od, odoc, oclaims, (ospans, ohashes)) = original;
    let (cspans, chashes) = prose_words(cdoc);
    let places = places(&diff(ohashes, &chashes), chashes.len());
    let mut out = Vec::new();
    for (c, claim) in cclaims.iter().enumerate().filter(|(_, c)| !c.derived) {
        let first = cspans.partition_point(|w| w.end <= claim.span.start);
        let words: Vec<Place> = (first..cspans.len())
            .take_while(|&i| cspans.get(i).is_some_and(|w| w.start < claim.span.end))
            .filter_map(|i| places.get(i).copied())
            .collect();
        let Some(target) = original_span(&words, ospans) else { continue };
        let changed = words.iter().any(|p| matches!(p, Place::Changed(..)));
        let Some(o) = claims_in(oclaims, target).first().copied() else { continue };
        let same_text = Some(claim.span.slice(&cdoc.text)) == oclaims.get(o).map(|x| x.span.slice(&odoc.text));
        let how = if same_text || !changed { Alignment::Same } else { Alignment::Changed };
        out.push(Aligned { copy: (cd, c), original: (od, o), how });
    }
    out
}

/// The place of each word of the copy (`len` words) in the original.
fn places(ops: &[DiffOp], len: usize) -> Vec<Place> {
    let mut out = vec![Place::Elsewhere; len];
    let equal_len = |k: Option<usize>| match k.and_then(|k| ops.get(k)) {
        Some(DiffOp::Equal { len, .. }) => *len,
        _ => 0,
    };
    for (k, op) in ops.iter().enumerate() {
        match *op {
            DiffOp::Equal { old_index, new_index, len } => {
                for i in 0..len {
                    if let Some(slot) = out.get_mut(new_index + i) {
                        *slot = Place::Equal(old_index + i);
                    }
                }
            }
            // A change inside a shared stretch of words: the same sentence
            // with a figure changed, not two sentences the diff happened
            // to line up. Both texts' start is a shared edge too
            // ("SEVENTEEN hours after the attack…" opening both).
            DiffOp::Replace { old_index, old_len, new_index, new_len }
                if old_len.max(new_len) <= MAX_CHANGE
                    && (equal_len(k.checked_sub(1)) >= FLANK || (old_index == 0 && new_index == 0))
                    && equal_len(Some(k + 1)) >= FLANK =>
            {
                for i in 0..new_len {
                    if let Some(slot) = out.get_mut(new_index + i) {
                        *slot = Place::Changed(old_index, old_index + old_len);
                    }
                }
            }
            _ => {}
        }
    }
    out
}

/// The span of the original a claim's words stand at: the equal words'
/// own places and the changed stretches' words. `None` when a word stands
/// elsewhere (the claim is not at an aligned place).
fn original_span(words: &[Place], ospans: &[Span]) -> Option<Span> {
    let mut range: Option<(usize, usize)> = None;
    for &p in words {
        let (from, to) = match p {
            Place::Equal(i) => (i, i + 1),
            Place::Changed(from, to) => (from, to),
            Place::Elsewhere => return None,
        };
        range = Some(range.map_or((from, to), |(a, b)| (a.min(from), b.max(to))));
    }
    let (from, to) = range?;
    covering(ospans, from..to)
}

/// The diff of two documents' words: the patience diff of the stretch
/// between their common first and last words, with the equal stretches
/// around it (a syndicated copy differs from its original in a few
/// places; diffing only the stretch that holds them made `check` spend
/// 6.5% fewer instructions on an archive, where the patience diff of
/// whole texts took 23% of them).
fn diff(old: &[u64], new: &[u64]) -> Vec<DiffOp> {
    let prefix = old.iter().zip(new).take_while(|(a, b)| a == b).count();
    let (old_rest, new_rest) = (old.get(prefix..).unwrap_or_default(), new.get(prefix..).unwrap_or_default());
    let suffix = old_rest.iter().rev().zip(new_rest.iter().rev()).take_while(|(a, b)| a == b).count();
    let (old_end, new_end) = (old.len() - suffix, new.len() - suffix);
    let mut ops = Vec::new();
    if prefix > 0 {
        ops.push(DiffOp::Equal { old_index: 0, new_index: 0, len: prefix });
    }
    if prefix < old_end || prefix < new_end {
        let mut capture = Replace::new(Capture::new());
        // Capturing never fails.
        let _ =
            similar::algorithms::diff(Algorithm::Patience, &mut capture, old, prefix..old_end, new, prefix..new_end);
        ops.extend(capture.into_inner().into_ops());
    }
    if suffix > 0 {
        ops.push(DiffOp::Equal { old_index: old_end, new_index: new_end, len: suffix });
    }
    ops
}

/// The span from the first to the last word of `range`.
fn covering(spans: &[Span], range: std::ops::Range<usize>) -> Option<Span> {
    let first = spans.get(range.start)?;
    let last = spans.get(range.end.checked_sub(1)?)?;
    Some(Span::new(first.start, last.end))
}

/// The claims (not derived) that overlap `span`.
fn claims_in(claims: &[Claim], span: Span) -> Vec<usize> {
    let from = claims.partition_point(|c| c.span.end <= span.start && !c.derived);
    claims
        .iter()
        .enumerate()
        .skip(from)
        .filter(|(_, c)| !c.derived)
        .take_while(|(_, c)| c.span.start < span.end)
        .filter(|(_, c)| c.span.end > span.start)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shingle_of_more_representatives_than_common_is_boilerplate() {
        let mut index = ShingleIndex::with_capacity(4);
        let groups = |index: &ShingleIndex, shingle| {
            let mut found = Vec::new();
            index.for_each_group(shingle, |g| found.push(g));
            found.sort_unstable();
            found
        };
        index.insert(7, 3);
        index.insert(9, 3);
        index.insert(7, 5);
        assert_eq!(groups(&index, 7), [3, 5]);
        assert_eq!(groups(&index, 9), [3]);
        assert!(groups(&index, 8).is_empty());
        for doc in 6..(COMMON + 4) {
            index.insert(7, doc);
        }
        assert_eq!(groups(&index, 7).len(), COMMON, "as many as {COMMON} representatives still count");
        index.insert(7, 99);
        assert!(groups(&index, 7).is_empty(), "more than {COMMON}: boilerplate");
        assert_eq!(groups(&index, 9), [3]);
    }

    /// A figure changed in the first word of both texts stands at its place
    /// in the original: the start is an edge both share. Two words in,
    /// with one equal word before it, it does not.
    #[test]
    fn a_change_at_the_start_of_both_texts_is_aligned() {
        let original: Vec<u64> = (0..20).collect();
        let mut first = original.clone();
        first[0] = 99;
        assert_eq!(places(&diff(&original, &first), first.len())[0], Place::Changed(0, 1));
        let mut second = original.clone();
        second[1] = 99;
        assert_eq!(places(&diff(&original, &second), second.len())[1], Place::Elsewhere);
    }

    #[test]
    fn the_trimmed_diff_places_words_as_the_patience_diff_of_whole_texts() {
        let text: Vec<u64> = (0..500).map(|i| i % 37).collect();
        let mut changed = text.clone();
        changed[250] = 99;
        let mut inserted = text.clone();
        inserted.insert(100, 98);
        let mut ends = changed.clone();
        ends[0] = 97;
        ends[499] = 96;
        for (old, new) in [
            (vec![], vec![]),
            (vec![7u64], vec![7]),
            (text.clone(), text.clone()),
            (text.clone(), changed),
            (text.clone(), inserted),
            (text, ends),
        ] {
            let whole = similar::capture_diff_slices(Algorithm::Patience, &old, &new);
            assert_eq!(places(&diff(&old, &new), new.len()), places(&whole, new.len()));
        }
    }
}
