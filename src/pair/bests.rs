//! The best candidates of every claim: per claim, a list of its best
//! candidate in each other document (or its own), sorted by document and
//! packed (an archive holds millions of them; a list costs far less than a
//! map's entries).

use crate::claim::Claim;

use super::At;

/// The best candidate of one claim in one other document (or its own).
#[derive(Clone, Copy, Debug)]
pub(super) struct Best {
    pub(super) score: f32,
    pub(super) other: At,
    pub(super) agreeing: Option<(f32, At)>,
}

/// A claim's place, packed for [`Bests`].
pub(super) type Packed = (u32, u32);

pub(super) fn pack(at: At) -> Packed {
    (u32::try_from(at.0).unwrap_or(u32::MAX), u32::try_from(at.1).unwrap_or(u32::MAX))
}

pub(super) fn unpack(p: Packed) -> At {
    (p.0 as usize, p.1 as usize)
}

/// [`Best`], packed: an archive holds millions of them.
#[derive(Clone, Copy, Debug)]
pub(super) struct PackedBest {
    pub(super) score: f32,
    pub(super) other: Packed,
    pub(super) agreeing: Option<(f32, Packed)>,
}

/// For every claim and every other document (or its own), the best
/// candidate there: per claim, a list sorted by document (most claims
/// meet a few documents; a list costs far less than a map's entries).
pub(super) struct Bests {
    /// Where each document's claims start in `lists`.
    pub(super) offsets: Vec<usize>,
    /// Per claim: (document, best candidate there), sorted by document.
    pub(super) lists: Vec<Vec<(u32, PackedBest)>>,
}

impl Bests {
    pub(super) fn new(claims: &[Vec<Claim>]) -> Self {
        let mut offsets = Vec::with_capacity(claims.len());
        let mut total = 0;
        for c in claims {
            offsets.push(total);
            total += c.len();
        }
        Bests { offsets, lists: vec![Vec::new(); total] }
    }

    pub(super) fn list(&self, at: At) -> Option<&Vec<(u32, PackedBest)>> {
        self.lists.get(self.offsets.get(at.0)? + at.1)
    }

    /// The best candidate of `at` in document `doc`.
    pub(super) fn get(&self, at: At, doc: usize) -> Option<Best> {
        let list = self.list(at)?;
        let doc = u32::try_from(doc).ok()?;
        let i = list.binary_search_by_key(&doc, |e| e.0).ok()?;
        list.get(i).map(|(_, b)| unpack_best(b))
    }

    /// Every claim with each of its best candidates.
    pub(super) fn iter(&self) -> impl Iterator<Item = (At, Best)> + '_ {
        self.offsets.iter().enumerate().flat_map(move |(d, &start)| {
            let end = self.offsets.get(d + 1).copied().unwrap_or(self.lists.len());
            (start..end).flat_map(move |g| {
                self.lists.get(g).into_iter().flatten().map(move |(_, b)| ((d, g - start), unpack_best(b)))
            })
        })
    }

    /// The entry of `at` for document `doc`, made with `fresh` if absent.
    pub(super) fn entry(&mut self, at: At, doc: usize, fresh: Best) -> Option<&mut PackedBest> {
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

pub(super) fn pack_best(b: &Best) -> PackedBest {
    PackedBest { score: b.score, other: pack(b.other), agreeing: b.agreeing.map(|(s, a)| (s, pack(a))) }
}

pub(super) fn unpack_best(b: &PackedBest) -> Best {
    Best { score: b.score, other: unpack(b.other), agreeing: b.agreeing.map(|(s, a)| (s, unpack(a))) }
}
