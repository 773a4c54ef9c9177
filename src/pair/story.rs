//! Which documents tell one story: the pairs whose slots
//! ([`super::slots`]) are compared.
//!
//! Two documents tell one story when they share at least
//! [`SHARED_FIGURES`] telling figures (exact figures of 10 or more, days of
//! a month: see [`crate::values::is_informative`]) and some of their names
//! ([`SHARED_NAMES`]), or one telling figure and most of their names
//! ([`MOST_NAMES`]), or [`MANY_FIGURES`] whatever their names. Measured
//! on ECB+ (pairs of documents of one topic, 2026-12-04), the first holds
//! for 17.3% of the pairs that tell one event and 0.48% of those that
//! tell two; with the second, 26.4% and 0.96% (at 0.4 of the names, 29.9%
//! and 1.23%: baseball box scores of two seasons start to meet). A draft and each of its sources tell one story by the
//! writer's word.
//!
//! Between two dated reports, each name weighs its rarity times 1 + ln of
//! how many times its report tells it ([`super::salient`]): the firm a
//! report names again and again is its story; the reporter, the
//! neighbour and the analyst it names once say less. In a check of three
//! reports of one story, the story's own names are in all three and weigh
//! least by rarity alone, so reports rich in people met once shared 0.1 to
//! 0.3 of their names (blind probe round 43). Undated pages weigh names by
//! rarity alone: they could be of any year, and a team's or a firm's names
//! come back in the news year after year (ECB+ topics tell two events of
//! one team or firm; weighing their names by salience too brought 5 false
//! conflicts across events). Measured on 2026-12-05 (twentieth session):
//! probes 244 → 257 of 681 slips, other conflicts 18 → 21 (a forecast
//! ridership against today's, witness reports by a Sunday morning against
//! a later total, and a weekday slip the key quotes elsewhere); drafts
//! unchanged (a draft and its sources tell one story anyway); ECB+ across
//! events unchanged (1), inside one event 62 → 63 (two laptops' prices),
//! in place unchanged (124 of 319); WikiNews and the seeds unchanged. At
//! half the salience (1 + ½ ln), probes 254 and 20 other.
//!
//! A story told with few exact figures (a supermarket fire with "more than
//! 50 firefighters", a church fire "on Friday night") is told by its names
//! alone: two documents that share no telling figure tell one story when
//! they share at least [`NAMES_SHARED`] names and those names weigh at
//! least [`NAMES_ALONE`] of the heavier document's names (each weighted by
//! its rarity among the documents checked). The heavier, not the lighter:
//! a short report's few names ("Iran", "Richter") are all in any report of
//! another quake in the same country. Measured on 2026-12-05 (nineteenth
//! session): probes 228 → 233 of 665 slips, other conflicts unchanged
//! (18); ECB+ in place 120 → 124 of the 319 changes another report states
//! (days of a fire and of a deal), untouched clusters unchanged; ECB+
//! inside one event 59 → 60 (a real one: 19 wives against 20), across
//! events unchanged (3); drafts, WikiNews and the seeds unchanged. At 0.3
//! of the heavier's names, probes 234 with one more other conflict; with
//! the lighter's share at 0.7, ECB+ across events 3 → 5 (two Iranian
//! quakes' magnitudes).
//!
//! Two reports published within a day of each other need only
//! [`NAMES_ALONE_WITHIN_A_DAY`] of the heavier's names: the day is evidence
//! too. Found by reading blind round 44's misses after it was scored: a
//! study's reports whose figures were the slipped ones shared 0.34 and
//! 0.40 of their names, and nothing else. Measured on 2026-12-05
//! (twenty-first session): probes 274 → 279 of 697, other conflicts
//! unchanged (21); drafts unchanged (600 of 1367, a draft and its sources
//! tell one story anyway); ECB+ both lists (its pages are mostly undated),
//! WikiNews and the seeds unchanged; all 982 ECB+ pages checked at once,
//! no conflict across topics before or after. At 0.2, probes 281.
//!
//! Two documents that share a telling figure and fewer names may still
//! tell one story ([`Kinship::Related`], [`Kinship::Distant`]): only a
//! figure or a time one digit off is compared there. So may two reports
//! published within a day of each other that share no telling figure but
//! [`RELATED_NAMES`] of the lighter's names (a short report of a buyout
//! beside a long one: the day is evidence too). Measured on 2026-12-06
//! (twenty-fifth session): probes 378 → 380 of 889 (a chain's 640 staff
//! against 610, 27 households against 23), other conflicts unchanged
//! (26); drafts unchanged in slips, other 86 → 85; ECB+ (both lists, its
//! mutation), WikiNews and the seeds unchanged. Without the day, probes
//! 383 but ECB+ across events 1 → 2 (two quakes' magnitudes, one digit
//! off, in reports of one region). Pairs come from indexes on the figures
//! and the names, never from all pairs.

use crate::hash::FastMap;

use super::idf::{Idf, Weighed};
use super::profile::{dimension, value_key};
use super::World;

/// How many telling figures two documents must both state to tell one
/// story.
const SHARED_FIGURES: usize = 2;
/// How many telling figures two documents must both state to tell one
/// story whatever names they share: a rewrite that names other people
/// ("the finance office", "the assembly's chair") but gives the bill's 349
/// and 412 crowns and its 15 crowns a cubic metre. Measured on 2026-12-07
/// (thirty-eighth session): probes 891 → 893 of 1625 (that rewrite's 13
/// percent rise against 18 percent, and its Monday vote against Tuesday),
/// other conflicts unchanged (86); drafts unchanged (a draft and its
/// sources tell one story anyway); ECB+ (both lists, its mutation, all
/// 982 of its pages checked at once), WikiNews and the seeds unchanged.
/// At four figures, the same.
const MANY_FIGURES: usize = 3;
/// How much of their names two such documents must share (two reports of
/// different events that both recall the 2004 tsunami's toll share
/// figures, not names).
const SHARED_NAMES: f32 = 0.2;
/// How much of their names two documents that share one telling figure
/// only must share to tell one story.
const MOST_NAMES: f32 = 0.5;
/// How much of their names two documents that share a telling figure must
/// share for a figure one digit off to be compared.
const RELATED_NAMES: f32 = 0.3;
/// How much of their names two documents that share a telling figure must
/// share for a time of day one digit off to be compared.
const DISTANT_NAMES: f32 = 0.2;
/// How many names two documents that share no telling figure must share to
/// tell one story.
const NAMES_SHARED: usize = 3;
/// How much of the heavier document's names (by rarity) two documents that
/// share no telling figure must share to tell one story.
const NAMES_ALONE: f32 = 0.4;
/// [`NAMES_ALONE`] for two reports published within a day of each other:
/// the day itself is evidence that they tell one story.
const NAMES_ALONE_WITHIN_A_DAY: f32 = 0.25;
/// A telling figure or a name stated by more documents than this says
/// nothing of which of them tell one story (a round price, a famous toll,
/// a country).
const COMMON: usize = 16;

/// Two documents kin as a story may be (see [`Kinship`]), with how many
/// telling figures they both state: `(a, b, figures, kinship)`, `a < b`.
pub(super) type StoryPair = (usize, usize, usize, Kinship);

/// How documents `a` and `b` are kin in `pairs` (sorted, as
/// [`World::story_pairs`] gives them), if at all.
pub(super) fn kinship_in(pairs: &[StoryPair], a: usize, b: usize) -> Option<Kinship> {
    let key = (a.min(b), a.max(b));
    pairs.binary_search_by_key(&key, |&(x, y, _, _)| (x, y)).ok().and_then(|i| pairs.get(i)).map(|p| p.3)
}

/// How two documents that share a telling figure are kin.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kinship {
    /// They tell one story: their slots are compared.
    OneStory,
    /// They may: they share a telling figure, or were published within a
    /// day of each other, and some of their names ([`RELATED_NAMES`]);
    /// only a figure one digit off is compared (see
    /// [`super::digit_slips`]).
    Related,
    /// They might: they share a telling figure and a few of their names
    /// ([`DISTANT_NAMES`]); only a time of day one digit off is compared.
    Distant,
}

/// Two related documents (see [`Kinship::Related`]) published within a
/// day of each other that each tell one story with a third published
/// within a day of both tell that story together: a follow-up that shares
/// little with the first report but much with the second. Undated pages
/// and reports days apart are left as they are: ECB+ topics tell two
/// events of one kind, and chains of kin there run from one event to the
/// other (a slugger's home runs of two seasons). Measured on 2026-12-07
/// (thirty-seventh session): probes 820 → 827 of 1529 (a merger's 181
/// branches against 118, a store's £2.8m loss against £2.3m, a sentence's
/// three months against eight, volunteers, buyers…), other conflicts 78 →
/// 80 (a deficit the trustees value against the shortfall a union's
/// actuaries found; counts of theft against counts of theft and fraud);
/// drafts 1666 of 2977 unchanged, other 223 → 221; ECB+ inside one event
/// 58 → 59 (an island "home to 120,000 people" against "200,000": worth a
/// look), its mutation in place 133 → 134 of 430, untouched clusters 54 →
/// 55 (that pair); WikiNews and the seeds unchanged. Without "within a
/// day", probes 830 but ECB+ across events 1 → 5.
fn one_story_through_a_third(pairs: &mut [StoryPair], near: impl Fn(usize, usize) -> bool) {
    let mut kin: FastMap<usize, Vec<usize>> = FastMap::default();
    for &(a, b, _, k) in pairs.iter() {
        if k == Kinship::OneStory && near(a, b) {
            kin.entry(a).or_default().push(b);
            kin.entry(b).or_default().push(a);
        }
    }
    for list in kin.values_mut() {
        list.sort_unstable();
    }
    let shares_a_third = |a: usize, b: usize| match (kin.get(&a), kin.get(&b)) {
        (Some(x), Some(y)) => x.iter().any(|c| y.binary_search(c).is_ok()),
        _ => false,
    };
    for pair in pairs.iter_mut() {
        if pair.3 == Kinship::Related && near(pair.0, pair.1) && shares_a_third(pair.0, pair.1) {
            pair.3 = Kinship::OneStory;
        }
    }
}

impl World<'_> {
    /// The pairs of documents that tell one story or may (see
    /// [`Kinship`]), with how many telling figures they both state, in
    /// document order: found from indexes on the figures and the names.
    pub(super) fn story_pairs(&self) -> Vec<StoryPair> {
        let mut shared = pairs_sharing(documents_by_telling_figure(self.claims).values());
        for (pair, names) in pairs_sharing(self.documents_by_name().values()) {
            if names >= NAMES_SHARED {
                shared.entry(pair).or_default();
            }
        }
        for &draft in self.drafts {
            for source in (0..self.claims.len()).filter(|d| !self.drafts.contains(d)) {
                shared.entry((draft.min(source), draft.max(source))).or_default();
            }
        }
        let mut pairs: Vec<StoryPair> =
            shared.into_iter().filter_map(|((a, b), n)| Some((a, b, n, self.kinship(a, b, n)?))).collect();
        pairs.sort_unstable_by_key(|&(a, b, _, _)| (a, b));
        one_story_through_a_third(&mut pairs, |a, b| self.within_a_day(a, b));
        pairs
    }

    /// How documents `a` and `b`, which state `figures` telling figures
    /// both, are kin, if at all.
    fn kinship(&self, a: usize, b: usize, figures: usize) -> Option<Kinship> {
        let names = self.kin_names(a, b);
        let kin = if self.draft_and_source(a, b)
            || (figures >= SHARED_FIGURES && names >= SHARED_NAMES)
            || (figures >= 1 && names >= MOST_NAMES)
            || figures >= MANY_FIGURES
            || (figures == 0 && self.names_of_heavier(a, b) >= self.names_alone(a, b))
        {
            Kinship::OneStory
        } else if (figures >= 1 || self.within_a_day(a, b)) && names >= RELATED_NAMES {
            Kinship::Related
        } else if figures >= 1 && names >= DISTANT_NAMES {
            Kinship::Distant
        } else {
            return None;
        };
        Some(kin)
    }

    /// How much of the heavier document's names two documents that share no
    /// telling figure must share to tell one story: [`NAMES_ALONE`], or
    /// [`NAMES_ALONE_WITHIN_A_DAY`] for two reports published within a day
    /// of each other.
    fn names_alone(&self, a: usize, b: usize) -> f32 {
        if self.within_a_day(a, b) {
            NAMES_ALONE_WITHIN_A_DAY
        } else {
            NAMES_ALONE
        }
    }

    /// How much of their names two documents share (0 to 1), weighed as
    /// [`World::kin_leads`] says.
    pub(super) fn kin_names(&self, a: usize, b: usize) -> f32 {
        match self.kin_leads(a, b) {
            Some((x, y)) if !x.words.is_empty() && !y.words.is_empty() => Idf::overlap_known(x, y),
            _ => 0.0,
        }
    }

    /// How much of the heavier of two documents' names the other shares (0
    /// to 1), weighed as [`World::kin_leads`] says.
    fn names_of_heavier(&self, a: usize, b: usize) -> f32 {
        self.kin_leads(a, b).map_or(0.0, |(x, y)| Idf::overlap_of_heavier(x, y))
    }

    /// The names of documents `a` and `b`, weighed for their kinship: by
    /// salience (see [`super::salient`]) when both are dated, by rarity
    /// alone otherwise. Undated pages could be of any year, and the names
    /// of a team or a firm come back in the news year after year.
    fn kin_leads(&self, a: usize, b: usize) -> Option<(Weighed<'_>, Weighed<'_>)> {
        if self.days_apart(a, b).is_some() {
            Some((self.salient_lead(a)?, self.salient_lead(b)?))
        } else {
            Some((self.lead(a)?, self.lead(b)?))
        }
    }

    /// Each name, with the documents that tell it, in document order.
    fn documents_by_name(&self) -> FastMap<u64, Vec<usize>> {
        let mut by_name: FastMap<u64, Vec<usize>> = FastMap::default();
        for (d, names) in self.leads.iter().enumerate() {
            for &name in names {
                by_name.entry(name).or_default().push(d);
            }
        }
        by_name
    }
}

/// How many of the lists `groups` hold each pair of documents (in
/// document order), counting only lists of at most [`COMMON`] documents.
fn pairs_sharing<'a>(groups: impl Iterator<Item = &'a Vec<usize>>) -> FastMap<(usize, usize), usize> {
    let mut shared: FastMap<(usize, usize), usize> = FastMap::default();
    for docs in groups.filter(|docs| docs.len() > 1 && docs.len() <= COMMON) {
        for (i, &a) in docs.iter().enumerate() {
            for &b in docs.get(i + 1..).unwrap_or_default() {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    shared
}

/// Each telling figure (see [`crate::values::tells_its_story`]) stated as
/// itself (not derived, not relative), by its dimension and value key, with
/// the documents that state it, in document order.
pub fn documents_by_telling_figure(claims: &[Vec<crate::claim::Claim>]) -> FastMap<(u64, u64), Vec<usize>> {
    let mut by_figure: FastMap<(u64, u64), Vec<usize>> = FastMap::default();
    for (d, claims) in claims.iter().enumerate() {
        let mut figures: Vec<(u64, u64)> = claims
            .iter()
            .filter(|c| !c.derived && !c.relative && crate::values::tells_its_story(c))
            .map(|c| (dimension(c), value_key(&c.value)))
            .collect();
        figures.sort_unstable();
        figures.dedup();
        for f in figures {
            by_figure.entry(f).or_default().push(d);
        }
    }
    by_figure
}

#[cfg(test)]
mod tests {
    use super::{Kinship, StoryPair};
    use crate::document::Document;

    const FIRE: &str = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board.\n";

    /// Two related reports that each tell one story with a third tell it
    /// together, when all three came out within a day of each other.
    #[test]
    fn kin_of_one_third_tell_one_story() {
        use Kinship::{Distant, OneStory, Related};
        let kin = |near: fn(usize, usize) -> bool, first: Kinship| {
            let mut pairs = [(0, 1, 2, OneStory), (0, 2, 1, first), (1, 2, 2, OneStory)];
            super::one_story_through_a_third(&mut pairs, near);
            pairs[1].3
        };
        assert_eq!(kin(|_, _| true, Related), OneStory);
        assert_eq!(kin(|_, _| true, Distant), Distant, "distant kin stay distant");
        assert_eq!(kin(|a, b| (a, b) != (0, 2), Related), Related, "days apart");
        assert_eq!(kin(|a, b| (a, b) != (0, 1), Related), Related, "the third days from one");
    }

    /// The story pairs of the fire report and a second report whose body
    /// is `second`.
    fn story_pairs(second: &str) -> Vec<StoryPair> {
        story_pairs_of(second, "June 10, 2025")
    }

    /// [`story_pairs`], with the second report published on `published`.
    fn story_pairs_of(second: &str, published: &str) -> Vec<StoryPair> {
        let docs =
            [Document::new("a.txt", FIRE, None), Document::new("b.txt", format!("{published}\n\n{second}\n"), None)];
        crate::pair::with_world(&docs, |world, _| world.story_pairs())
    }

    /// Two reports that share three telling figures tell one story whatever
    /// names they share; two figures and few names are not enough.
    #[test]
    fn three_shared_figures_are_one_story_whatever_the_names() {
        let three = "Rosa Delgado of the Red Cross said 212 homes were lost, 4,600 hectares burned and the blaze was 35 percent contained.";
        assert_eq!(story_pairs(three), [(0, 1, 3, Kinship::OneStory)]);
        let two = "Rosa Delgado of the Red Cross said 212 homes were lost and 4,600 hectares burned.";
        assert_eq!(story_pairs(two), [], "two figures and no name");
    }

    /// Two reports that share one telling figure only tell one story when
    /// they share most of their names too.
    #[test]
    fn one_shared_figure_and_most_names_are_one_story() {
        let most = "Dana Whitcombe of the Forestry Board said the Harlow Ridge fire near Caddon Springs in Merrin County was 35 percent contained.";
        assert_eq!(story_pairs(most), [(0, 1, 1, Kinship::OneStory)], "one figure and most names");
        let some = "Dana Whitcombe of the Red Cross said the Harlow Ridge fire was 35 percent contained.";
        assert_eq!(story_pairs(some), [(0, 1, 1, Kinship::Related)], "one figure and some names");
        let few = "Rosa Delgado of the Red Cross said the fire was 35 percent contained.";
        assert_eq!(story_pairs(few), [], "one figure and few names");
        let distant = "Rosa Delgado of the Red Cross said the Caddon Springs fire was 35 percent contained.";
        assert_eq!(story_pairs(distant), [(0, 1, 1, Kinship::Distant)], "one figure and a few names");
    }

    /// Two reports of a bakery chain's buyout a day apart (a blind probe
    /// cluster, written for the tests) share no telling figure, and a
    /// third of their names by the lighter's weight: they are related, so
    /// that the staff count one digit off (640 against 610) is compared,
    /// and the deal's value (£16.5m against £18.5m, a figure one report
    /// tells twice: see `digit_slips.rs`). Three days apart they are not.
    /// (The second report's "46-shop craft bakery" is the one telling
    /// figure both state, and is left out here.)
    #[test]
    fn reports_a_day_apart_that_share_names_are_related() {
        let first = include_str!("../../tests/probes/ketterby-bakery-staff-buyout/a.txt");
        let told = include_str!("../../tests/probes/ketterby-bakery-staff-buyout/c.txt");
        let next_day = &told.replacen("46-shop craft bakery", "craft bakery", 1);
        let kin = |second: &str| {
            let docs = [Document::new("a.txt", first, None), Document::new("c.txt", second, None)];
            crate::pair::with_world(&docs, |world, _| world.story_pairs())
        };
        assert_eq!(kin(next_day), [(0, 1, 0, Kinship::Related)]);
        assert_eq!(kin(&next_day.replacen("May 15, 2026", "May 18, 2026", 1)), []);
        let docs = [Document::new("a.txt", first, None), Document::new("c.txt", next_day, None)];
        assert_eq!(crate::pair::disagreements_across(&docs), 2, "640 people against 610, £16.5m against £18.5m");
    }

    /// Two reports that share no telling figure tell one story when they
    /// share most of the names of both (not only of the shorter one).
    #[test]
    fn most_names_of_both_and_no_figure_are_one_story() {
        let most = "Dana Whitcombe of the Forestry Board said the Harlow Ridge fire near Caddon Springs in Merrin County was nearly contained.";
        assert_eq!(story_pairs(most), [(0, 1, 0, Kinship::OneStory)], "most names of both");
        let few = "Rosa Delgado of the Red Cross in Tolland Flats said the Caddon Springs fire near Merrin County was nearly contained, Ann Pryce and Tom Harker of Kestrel Radio reported from Lintfield.";
        assert_eq!(story_pairs(few), [], "three names shared, most of neither report");
        let short = "The Caddon Springs fire in Merrin County was nearly contained.";
        assert_eq!(story_pairs_of(short, "June 20, 2025"), [], "all of a short report's names, few of the other's");
        assert_eq!(story_pairs(short), [(0, 1, 0, Kinship::OneStory)], "the same day, a quarter of the other's names");
    }

    /// Two reports of a fire told with no exact figure, one story by their
    /// names: the day their leads give is one day.
    #[test]
    fn a_story_told_by_its_names_compares_its_day() {
        let first = "June 14, 2025

A fire broke out at the Corvell's supermarket on Ashby Lane in Penrith Vale on Friday night. Officers of the Tarrow Police said the blaze was being treated as suspicious, and Jenny Marsh of the Tarrow Fire Service said crews stayed until dawn.
";
        let count = |day: &str| {
            let second = format!("June 14, 2025

Flames gutted the Corvell's store in Penrith Vale on {day} night, the Tarrow Police said. Jenny Marsh of the Tarrow Fire Service said crews worked through the night on Ashby Lane.
");
            crate::pair::disagreements_across(&[
                Document::new("a.txt", first, None),
                Document::new("b.txt", second, None),
            ])
        };
        assert_eq!(count("Friday"), 0, "the same day");
        assert_eq!(count("Thursday"), 1, "a slipped day");
    }

    /// Two dated reports of a platform's freeze that name the firm again
    /// and again and different people once each; the second gives the
    /// average holding as `holding`; `date` heads both. How many
    /// disagreeing links.
    fn freeze_disagreements(holding: &str, date: &str) -> usize {
        let first = format!("Savers locked out as Brightfold halts withdrawals\n{date}Brightfold, the Sennock lending platform, suspended all withdrawals on Tuesday, leaving 21,400 investors unable to reach their money. Brightfold has about £212 million in loans outstanding.\n\nRetired teacher Margaret Obrey said she had planned to spend her savings on a roof. Her neighbour said he felt let down. Brightfold said the average holding was £11,500.\n\nA Brightfold spokesperson apologised to customers.\n");
        let second = format!("Regulator to examine Brightfold freeze\n{date}Brightfold stopped 21,400 investors from withdrawing money on Tuesday, and the regulator said it would look at how Brightfold valued its £212 million loan book.\n\nAnalyst Priya Castellane of Harwick Securities said the trouble had been building for months, and Deputy Governor Tomas Reinholt promised a quick review. Brightfold said the average holding was {holding}.\n");
        crate::pair::disagreements_of_texts(&first, &second)
    }

    /// A name two dated reports tell again and again is what their story
    /// is about; the people each names once say less.
    #[test]
    fn names_told_again_and_again_tell_the_story() {
        let dated = "March 10, 2026\n\n";
        assert_eq!(freeze_disagreements("£15,100", dated), 1, "one story, a slipped figure");
        assert_eq!(freeze_disagreements("£11,500", dated), 0, "the same figure");
        assert_eq!(freeze_disagreements("£15,100", ""), 0, "undated pages: names weigh by rarity alone");
    }
}
