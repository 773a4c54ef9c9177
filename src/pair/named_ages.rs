//! A named person's age, told by two reports of one week: one age. "Alison
//! Threlkeld, 61" and "Alison Threlkeld, 58" are one woman, whatever else
//! the two reports share: the full name says it, where the reports' shared
//! figures and names (see [`super::story`]) may be too few to call them one
//! story (a report of a roof's repair, another of its blessing).
//!
//! Both reports must be dated, at most [`DAYS_APART`] apart (an undated
//! page may be of another year, when the same person was younger), the
//! age must name its person in full (a surname and a first name, the same
//! in both), each report must give that person one age, and the two ages
//! must look like one age told with a slip (see `ages.rs`). The pair is
//! judged like a slot's ([`super::slots`]): the vetoes of
//! [`super::score`] hold, and it may score [`super::slots::SLOT_RELIEF`]
//! under its rule's threshold. Ages are met through an index on the name,
//! each report with the next [`SWEEP`] that name the person, never all
//! pairs.
//!
//! Measured on 2026-12-06 (twenty-sixth session): probes 390 → 392 of 905
//! (a dean's 61 against 58, a defendant's 34 against 38), other conflicts
//! unchanged (28); drafts unchanged (828 of 1775: a draft and its sources
//! tell one story anyway); ECB+ (both lists, its mutation: its pages are
//! mostly undated), WikiNews and the seeds unchanged.

use crate::document::Document;
use crate::hash::FastMap;

use super::{At, Link, World};

/// How many days apart two reports may be published.
const DAYS_APART: i64 = 7;
/// How many later reports naming one person each report is compared with.
const SWEEP: usize = 8;

impl World<'_> {
    /// Disagreements on the ages of people named in full, between two
    /// reports of one week. Claims already linked with a claim of the
    /// other document are left to that link.
    pub(super) fn named_age_links(&self, excluded: &FastMap<At, ()>, links: &[Link]) -> Vec<Link> {
        let linked: FastMap<(At, usize), ()> =
            links.iter().flat_map(|l| [((l.a, l.b.0), ()), ((l.b, l.a.0), ())]).collect();
        let mut out = Vec::new();
        for ages in self.ages_by_name(excluded) {
            for (i, &x) in ages.iter().enumerate() {
                for &y in ages.iter().skip(i + 1).take(SWEEP) {
                    let apart = self.days_apart(x.0, y.0).is_none_or(|days| days > DAYS_APART);
                    if apart || linked.contains_key(&(x, y.0)) || linked.contains_key(&(y, x.0)) {
                        continue;
                    }
                    let (Some(cx), Some(cy)) = (self.claim(x), self.claim(y)) else { continue };
                    if super::ages::too_far_apart(cx, cy) {
                        continue;
                    }
                    out.extend(self.slot_link_of_any_size(x, y, false, super::slots::SLOT_RELIEF));
                }
            }
        }
        out
    }

    /// The ages of each person named in full, one per document that gives
    /// that person one age, by publication date: only names two documents
    /// or more give.
    fn ages_by_name(&self, excluded: &FastMap<At, ()>) -> Vec<Vec<At>> {
        // (surname, first name) → (document → its one age, or none when
        // it gives two).
        let mut by_name: FastMap<(u64, u64), FastMap<usize, Option<At>>> = FastMap::default();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            if self.docs.get(d).and_then(Document::published_date).is_none() {
                continue;
            }
            for c in 0..doc_claims.len() {
                let at = (d, c);
                let Some(name) = self.side(at).and_then(super::ages::full_name) else { continue };
                if !self.pairable(at, excluded) {
                    continue;
                }
                let told = by_name.entry(name).or_default();
                match told.get(&d) {
                    Some(Some(first)) if !self.same_value(*first, at) => {
                        told.insert(d, None);
                    }
                    Some(_) => {}
                    None => {
                        told.insert(d, Some(at));
                    }
                }
            }
        }
        let mut groups: Vec<Vec<At>> = by_name
            .into_values()
            .map(|told| told.into_values().flatten().collect::<Vec<At>>())
            .filter(|ages| ages.len() > 1)
            .map(|mut ages| {
                ages.sort_by_key(|&(d, c)| (self.docs.get(d).and_then(Document::published_date), d, c));
                ages
            })
            .collect();
        groups.sort_unstable();
        groups
    }

    /// True when the claims at `x` and `y` state one value.
    fn same_value(&self, x: At, y: At) -> bool {
        matches!((self.claim(x), self.claim(y)), (Some(a), Some(b)) if a.value == b.value)
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// A report of a roof's repair, and one of its blessing published on
    /// `published` that names `dean`, sharing few names and no telling
    /// figure (their ages' clauses score 4.7 against a threshold of 5):
    /// how many disagreeing links.
    fn dean_disagreements(published: &str, dean: &str) -> usize {
        let repair = "September 12, 2025\n\nScaffolding will come down at Ebbersleigh Cathedral next week after a £4.2 million repair of its roof by Harland and Pryce of Stockbridge, with oak from the Wyre Forest. \"We have waited a long time for this,\" said the Dean, Alison Threlkeld, 61.\n";
        let blessing = format!("{published}\n\nBishop Thomas Kerrow of Marlbury and the choir of St Aldhelm's joined hundreds of people on Sunday to see the new roof blessed. Among them was {dean}, who thanked the donors of Kessing Vale.\n");
        crate::pair::disagreements_across(&[
            Document::new("a.txt", repair, None),
            Document::new("b.txt", blessing, None),
        ])
    }

    #[test]
    fn a_named_person_has_one_age_in_one_week() {
        assert_eq!(dean_disagreements("September 15, 2025", "the Dean, Alison Threlkeld, 58"), 1);
        assert_eq!(dean_disagreements("September 15, 2025", "the Dean, Alison Threlkeld, 61"), 0, "the same age");
        assert_eq!(dean_disagreements("September 15, 2025", "her sister, Mary Threlkeld, 58"), 0, "another person");
        assert_eq!(dean_disagreements("October 1, 2025", "the Dean, Alison Threlkeld, 58"), 0, "weeks later");
        assert_eq!(dean_disagreements("", "the Dean, Alison Threlkeld, 58"), 0, "an undated page");
    }
}
