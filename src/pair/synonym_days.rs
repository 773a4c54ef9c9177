//! Days and times two reports tell with two verbs of one meaning: one
//! slot of a day or a time (see [`super::slots`]), keyed by its verb, is
//! paired with the other report's slot of a synonym.

use super::slots::{Fill, SlotKey, Slots};
use super::{At, World};

/// A day or a time a document fills a slot of its verb with (see
/// [`World::days_of_synonyms`]).
struct VerbDay<'s> {
    /// The slot.
    key: &'s SlotKey,
    /// The claim that fills it.
    at: At,
    /// Its verb.
    verb: crate::lexical::Lemma,
    /// Whether it is told as a fact or a plan.
    mode: crate::frame::Mode,
}

impl VerbDay<'_> {
    /// True when two such days are of one dimension and one mode, and
    /// their verbs share a synset among their frequent senses.
    fn alike(&self, other: &VerbDay<'_>) -> bool {
        let synonyms = crate::lexical::relation(self.verb, other.verb)
            .is_some_and(|r| r.kind == crate::lexical::RelationKind::Synonym);
        self.key.0 == other.key.0 && self.mode == other.mode && synonyms
    }
}

impl World<'_> {
    /// The slots of days and times two documents fill once each under two
    /// verbs of one meaning ("started the hand recount on April 21", "the
    /// recount began on April 23"): a slot of a verb one document has and
    /// the other lacks, paired with the other's one slot of a synonym (one
    /// WordNet synset among their frequent senses), when each is the
    /// other's only one, both are told as facts or both as plans ("was
    /// scheduled to start at 3 p.m." is not "play began at 3:40 p.m."), and
    /// neither is a bound ("until Sunday"). Measured on 2026-12-07
    /// (thirty-eighth session): probes 886 → 889 of 1625 (a recount begun
    /// on April 21 against April 23, teaching that began on September 22
    /// against September 15, a felling begun a week apart), other conflicts
    /// unchanged (86); drafts 1760 → 1766 of 3160, other unchanged (240);
    /// ECB+ (both lists, its mutation), WikiNews and the seeds unchanged.
    /// With a derivation as well as a synonym ("inspected", "inspection"),
    /// probes gained nothing more and had one more other conflict (a tour
    /// that "ends on Sunday" against riders who "remained" in hospital on
    /// Thursday).
    pub(super) fn days_of_synonyms<'s>(&self, sa: &'s Slots, sb: &'s Slots) -> Vec<(&'s SlotKey, At, At)> {
        let (da, db) = (self.verb_days(sa, sb), self.verb_days(sb, sa));
        let mut found: Vec<(&SlotKey, At, At)> = da
            .iter()
            .filter_map(|x| {
                let mut matches = db.iter().filter(|y| x.alike(y));
                let y = matches.next()?;
                let only = matches.next().is_none() && da.iter().filter(|z| z.alike(y)).count() == 1;
                only.then_some((x.key, x.at, y.at))
            })
            .collect();
        found.sort_unstable_by_key(|&(key, x, y)| (*key, x, y));
        found
    }

    /// The days and times `own` fills once under a verb `other` has no
    /// slot of, and that are moments, not bounds (see
    /// [`World::days_of_synonyms`]).
    fn verb_days<'s>(&self, own: &'s Slots, other: &Slots) -> Vec<VerbDay<'s>> {
        own.iter()
            .filter(|(key, _)| !key.2 && !other.contains_key(key))
            .filter_map(|(key, fill)| {
                let Fill::One(_, at) = *fill else { return None };
                let side = self.side(at)?;
                let verb = side.frame.predicate.filter(|h| h.key == key.1)?.lemma?;
                let moment = side.claim.kind.is_temporal() && !self.is_bound(at);
                moment.then_some(VerbDay { key, at, verb, mode: side.frame.mode })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;

    /// Two reports of one story that tell one day with two verbs of one
    /// meaning ("started the hand recount", "the recount began") tell one
    /// day.
    #[test]
    fn a_day_told_with_a_synonym_fills_the_slot_of_its_verb() {
        let texts = crate::pair::disagreeing_texts("tests/probes/castelbrook-mayoral-recount", ["b.txt", "c.txt"]);
        assert!(texts.iter().any(|(b, c)| b == "April 23" && c == "April 21"), "{texts:?}");
    }

    /// How many days two reports fill under two verbs of one meaning (see
    /// [`World::days_of_synonyms`]), the first telling `first` and the
    /// second that work on the hall began in May 2024.
    fn days_of_synonyms_with(first: &str) -> usize {
        let report = |path: &str, when: &str| {
            Document::new(
                path,
                format!("June 10, 2025\n\nThe Corn Exchange in Marrow reopened on Saturday. {when}\n"),
                None,
            )
        };
        let docs = [report("a.txt", first), report("b.txt", "Work on the hall began in May 2024.")];
        crate::pair::with_world(&docs, |world, _| {
            let none = crate::hash::FastMap::default();
            let (sa, sb) = (world.slots_of(0, &none), world.slots_of(1, &none));
            world.days_of_synonyms(&sa, &sb).len()
        })
    }

    /// Two verbs of one meaning tell one day only when both tell a fact or
    /// both a plan (work planned to start in March began in May), and
    /// neither is a bound.
    #[test]
    fn a_planned_day_and_a_fact_of_synonyms_are_two() {
        assert_eq!(days_of_synonyms_with("Work on the hall started in March 2024."), 1);
        assert_eq!(days_of_synonyms_with("Work on the hall was planned to start in March 2024."), 0, "a plan");
        assert_eq!(days_of_synonyms_with("Work on the hall had started by March 2024."), 0, "a bound");
        assert_eq!(days_of_synonyms_with("Work on the hall was finished in March 2024."), 0, "no synonym");
    }
}
