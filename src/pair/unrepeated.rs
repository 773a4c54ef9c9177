//! A headline figure its body never repeats, against its lead: a headline
//! tells its lead's news in fewer words, and its figure is one of the
//! lead's ("Auralis Air grounds 15 jets" over "Auralis Air has parked 12
//! aircraft, out of a fleet of 58"). When the body nowhere gives the
//! headline's value, and the lead (the first sentence past the headline)
//! gives one figure of its dimension that the headline could sum up, the
//! two disagree, whatever words each chose ("Nine Gunmen Hold Corvina
//! Star" over "eight armed men stormed the vessel").
//!
//! The vetoes of [`super::score`] still hold (a part is not its total, a
//! change is not a level), names the headline and the lead's clause both
//! give, none shared, tell of others ("Halden sales plunge 20%" over
//! "Sales at Corvin fell 10%"), two figures two different rules name are
//! two things, the two values must look like one figure with a slip (see
//! `slip::slip_sized`, or two small counts at most [`SMALL_RATIO`]
//! apart), and a lead that gives two or more such figures leaves the
//! headline's unsaid. A round headline figure that is a body figure
//! rounded ("Dow falls 340 points" over "fell 344.65") is repeated (see
//! [`crate::values::rounds_to`], which the stage of `headline.rs` now
//! honours too).
//!
//! When the lead gives no such figure, a body figure anywhere whose
//! digits are one edit off the headline's, both of three significant
//! digits or more (see `digit_slips.rs`), is the one the headline gives
//! with a slip ("1,130 finish" over "Of the 1,106 who started, 1,031
//! finished"), when it is the only one. Measured on 2026-12-06
//! (twenty-eighth session): only the blind round it was read from moved;
//! probes, drafts, ECB+ (both lists, its mutation), WikiNews and the
//! seeds unchanged.
//!
//! Measured on 2026-12-05 (fifteenth session), against the checker
//! without this stage: probes 147 → 154 of 521 (seven headlines against
//! their own lead), other conflicts unchanged (9); drafts 350 → 356 of
//! 1015, other unchanged (55); ECB+ and WikiNews counts unchanged; ECB+
//! mutation in place 118 → 119 of 430, false alarms unchanged (WikiNews
//! in place was noted as 1 → 2 of 40; its mutation harness gives 1 of 40
//! from 3b40ad0 on). Before the rounding guard, WikiNews had one false
//! alarm (the Dow's 340 points). Few real reports here have headlines
//! (ECB+ almost none): the real-text test of this stage is thin.

use crate::frame::Mode;
use crate::hash::FastMap;

use super::{At, Link, LinkKind, World};

/// True when `body` is an open bound ("more than 500", "passed £500,000")
/// and `head` another exact figure it merely fits ("at least one" does
/// repeat "1 dead").
fn bounds_an_exact(head: &crate::claim::Claim, body: &crate::claim::Claim) -> bool {
    use crate::claim::Value;
    let Value::Amount(bound) = body.value else { return false };
    let Some(figure) = head.value.exact_figure() else { return false };
    match (bound.low, bound.high) {
        (Some(edge), None) | (None, Some(edge)) => edge != figure,
        _ => false,
    }
}

impl World<'_> {
    /// Each headline figure its body never states, against the one figure
    /// of its lead it can sum up, as a disagreeing link. Headline figures
    /// already in `links` are left to them.
    pub(super) fn unrepeated_headline_links(&self, excluded: &FastMap<At, ()>, links: &[Link]) -> Vec<Link> {
        let linked: FastMap<At, ()> =
            links.iter().filter(|l| l.kind == LinkKind::Headline).flat_map(|l| [(l.a, ()), (l.b, ())]).collect();
        let mut out = Vec::new();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            let Some(headline) = self.docs.get(d).and_then(|doc| Some(doc.headline?.slice(&doc.text))) else {
                continue;
            };
            let Some(lead) = self.lead_sentence(d) else { continue };
            // What the headline names, read once for all its figures.
            let names = crate::frame::names::headline_proper_names(headline);
            for h in (0..doc_claims.len()).filter(|&h| doc_claims.get(h).is_some_and(|c| c.in_headline)) {
                let at = (d, h);
                if linked.contains_key(&at) || !self.headline_figure(at, excluded) || self.repeated_in_body(at) {
                    continue;
                }
                let mut fits: Vec<At> = (0..doc_claims.len())
                    .filter(|&c| doc_claims.get(c).is_some_and(|claim| claim.sentence == lead))
                    .map(|c| (d, c))
                    .filter(|&c| self.can_sum_up(at, c, &names, excluded))
                    .collect();
                if fits.is_empty() {
                    // A long figure one digit off a body figure past the
                    // lead is that figure told with a slip.
                    fits = (0..doc_claims.len())
                        .filter(|&c| doc_claims.get(c).is_some_and(|claim| !claim.in_headline))
                        .map(|c| (d, c))
                        .filter(|&c| self.long_digit_slip(at, c) && self.can_sum_up(at, c, &names, excluded))
                        .collect();
                }
                if let [c] = fits[..] {
                    let score = self.threshold(at);
                    out.push(Link { a: at, b: c, score, agree: false, kind: LinkKind::Headline });
                }
            }
        }
        out
    }

    /// True when one of two claims counts people (its rule counts people,
    /// "One dead"; or its counted noun is people, or a word such a rule
    /// counts them by, "claimed three lives", "Heat Toll Climbs to 13")
    /// and the other counts things it names ("two cars collided").
    fn people_against_things(&self, x: At, y: At) -> bool {
        let counted = |at: At| self.side(at).and_then(|s| s.frame.counted);
        let people = |at: At| {
            self.rule_of(at).and_then(|r| self.rules.get(r)).is_some_and(|r| r.counts_people && !r.catch_all)
                || counted(at).is_some_and(|h| super::govern::counts_people(&h) || self.a_word_for_people(at.0, &h))
        };
        let things = |at: At| !people(at) && counted(at).is_some_and(|h| !super::govern::counts_people(&h));
        (people(x) && things(y)) || (things(x) && people(y))
    }

    /// True when a counted noun of document `d` is one a rule that counts
    /// people names them by, or the head of such a phrase ("lives";
    /// "toll", of "death toll").
    fn a_word_for_people(&self, d: usize, head: &crate::frame::Head) -> bool {
        let Some(word) = self.docs.get(d).map(|doc| head.span.slice(&doc.text).to_lowercase()) else { return false };
        let names = |phrase: &String| *phrase == word || phrase.rsplit(' ').next() == Some(word.as_str());
        self.rules
            .iter()
            .filter(|r| r.counts_people && !r.catch_all)
            .any(|r| r.subjects.iter().any(|s| s.words.iter().any(names)))
    }

    /// True for a claim told as a fact or a plan (a headline's present
    /// tense tells the lead's future: "Strike at 68 universities" over
    /// "staff at 62 universities will strike"), one stated figure.
    fn headline_figure(&self, at: At, excluded: &FastMap<At, ()>) -> bool {
        self.pairable(at, excluded)
            && self.side(at).is_some_and(|s| {
                matches!(s.frame.mode, Mode::Fact | Mode::Planned) && !s.claim.derived && !s.claim.relative
            })
    }

    /// True when the body of the headline claim's document gives a value
    /// that agrees with it, in its dimension. An open bound the headline's
    /// exact figure merely fits does not give it ("the price passed
    /// £500,000" under "Cottage sells for £621,000"). Read from blind
    /// round 115 after it was scored, where reading "passed" as a bound
    /// had made that bound repeat the headline. A headline's whole years
    /// repeat a term told in years and months ([`crate::values::truncates_to`]).
    /// Measured on 2026-12-07 (fortieth session): probes 1008 → 1009 of
    /// 1785 (a bid's "£221m" headline over "£212 million": the body's "at
    /// least £40 million" had been taken to repeat it), drafts 1973 → 1974,
    /// other conflicts unchanged (93, 259); ECB+ (both lists, its
    /// mutation), WikiNews, the seeds and the golds unchanged. Without the
    /// bound's own figure kept ("at least one" under "1 dead"), ECB+
    /// inside one event +1 (false); without the whole years, probes other
    /// +1 (a combined 15 years over 15 years and 10 months).
    fn repeated_in_body(&self, at: At) -> bool {
        let Some(claims) = self.claims.get(at.0) else { return false };
        let Some(head) = claims.get(at.1) else { return false };
        let dim = self.side(at).map(|s| s.profile.dimension);
        claims.iter().enumerate().filter(|(_, body)| !body.in_headline).any(|(c, body)| {
            self.side((at.0, c)).map(|s| s.profile.dimension) == dim
                && ((self.agree(at, (at.0, c)) && !bounds_an_exact(head, body))
                    || crate::values::rounds_to(&head.value, &body.value)
                    || crate::values::truncates_to(&head.value, &body.value))
        })
    }

    /// True when a lead claim can be the figure a headline claim sums up
    /// (`names`: the headline's names): one dimension, no veto, no names of
    /// others, not named by two rules, and values that could be one figure
    /// with a slip.
    fn can_sum_up(&self, head: At, body: At, names: &[u64], excluded: &FastMap<At, ()>) -> bool {
        let (Some(sh), Some(sb)) = (self.side(head), self.side(body)) else { return false };
        let two_rules = self.governed(head) && self.governed(body) && self.rule_of(head) != self.rule_of(body);
        self.headline_figure(body, excluded)
            && sh.profile.dimension == sb.profile.dimension
            && !two_rules
            && !names_apart(names, sb.profile)
            && !self.people_against_things(head, body)
            && super::score::veto(sh, sb).is_none()
            && (super::slip::slip_sized(&sh.claim.value, &sb.claim.value) || small_counts_alike(sh.claim, sb.claim))
    }
}

/// True when a headline names someone or something (`names`: see
/// [`crate::frame::names::headline_proper_names`]) and a body claim's
/// clause names others, none of them the headline's: the two tell of two
/// ("Halden sales plunge 20%" over "Sales at Corvin fell 10%").
fn names_apart(names: &[u64], body: &super::profile::Profile) -> bool {
    !names.is_empty() && !body.names.is_empty() && !names.iter().any(|k| body.names.binary_search(k).is_ok())
}

/// True for two exact counts that could be one count with a slip ("Nine
/// hijackers" over "eight armed men"): at most [`SMALL_RATIO`] apart.
/// Under ten, `slip::slip_sized` compares no count (two reports' small
/// counts agree or differ by chance); a headline's small count is its own
/// lead's.
fn small_counts_alike(a: &crate::claim::Claim, b: &crate::claim::Claim) -> bool {
    use crate::claim::Value;
    let exact = |c: &crate::claim::Claim| match &c.value {
        Value::Amount(v) if v.unit.is_none() => v.exact_figure().filter(|&x| x > 0.0),
        _ => None,
    };
    matches!((exact(a), exact(b)), (Some(x), Some(y)) if x.max(y) <= SMALL_RATIO * x.min(y))
}

/// How many times larger than the other one of two small counts may be.
const SMALL_RATIO: f64 = 2.0;

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::pair::LinkKind;

    /// The disagreeing headline links of one report, its headline and lead
    /// given.
    fn disagreements(headline: &str, body: &str) -> usize {
        let text = format!("{headline}\nJune 3, 2025\n\n{body}\n");
        let docs = vec![Document::new("a.txt", text, None)];
        crate::pair::links_of(&docs).iter().filter(|l| l.kind == LinkKind::Headline && !l.agree).count()
    }

    const LEAD: &str = "Merrow Air has parked 12 aircraft, out of a fleet of 58, and handed them back to their lessors, the carrier said on Wednesday.";

    #[test]
    fn a_headline_figure_the_body_never_gives_against_the_lead_s_one_figure() {
        assert_eq!(disagreements("Merrow Air grounds 15 jets after filing", LEAD), 1);
        assert_eq!(disagreements("Merrow Air grounds 12 jets after filing", LEAD), 0, "the lead's figure");
    }

    #[test]
    fn a_long_headline_figure_one_digit_off_a_body_figure_past_the_lead_is_a_slip() {
        let body = format!("{LEAD} Of the 1,106 riders who started the race, 1,031 finished.");
        assert_eq!(disagreements("Merrow race ends as 1,130 finish", &body), 1);
        assert_eq!(disagreements("Merrow race ends as 1,031 finish", &body), 0, "the body's figure");
        assert_eq!(disagreements("Merrow race ends as 1,250 finish", &body), 0, "no slip of a body figure");
    }

    #[test]
    fn a_headline_figure_the_body_gives_anywhere_is_repeated() {
        let body = format!("{LEAD} Three more jets, 15 in all, will follow next month.");
        assert_eq!(disagreements("Merrow Air grounds 15 jets after filing", &body), 0);
    }

    /// A bound the headline's figure merely fits does not repeat it,
    /// unless it bounds at that very figure; a headline's whole years
    /// repeat a term told in years and months.
    #[test]
    fn a_bound_repeats_only_its_own_figure_and_a_term_may_drop_its_months() {
        let sale = "A clifftop cottage at Marrow Head has been sold for £612,000 to a telephone bidder. The price at Thursday's auction beat the £350,000 guide, and only three bidders were left once it passed £500,000.";
        assert_eq!(unrepeated("Marrow Head cottage sells for £621,000", sale), 1);
        let toll = "A strong earthquake struck the Kessel coast on Tuesday, killing at least one person and leaving two others missing.";
        assert_eq!(disagreements("Quake hits Kessel coast; 1 dead", toll), 0);
        let term = "Three men have been jailed for a combined 15 years and 10 months for stealing 29 casks of whisky. One of them had worked at the distillery for more than a decade.";
        assert_eq!(disagreements("Cask thieves jailed for combined 15 years", term), 0);
        assert_eq!(disagreements("Cask thieves jailed for combined 13 years", term), 1);
    }

    #[test]
    fn a_round_headline_figure_is_a_body_figure_rounded() {
        let body = "The Harrow index of leading shares fell 344.65 points at the close of trading on Thursday.";
        assert_eq!(disagreements("Harrow index falls 340 points on jobs data", body), 0);
        assert_eq!(disagreements("Harrow index falls 320 points on jobs data", body), 1);
    }

    #[test]
    fn a_lead_with_two_figures_the_headline_could_sum_up_leaves_it_unsaid() {
        let body = "Eight armed men stormed the bulk carrier Tessa Rose on Thursday and took its seven officers hostage, naval officials said.";
        assert_eq!(disagreements("Nine hijackers hold Tessa Rose off Carrow coast", body), 0);
        let crew = "Eight armed men stormed the bulk carrier Tessa Rose on Thursday and took its 23 sailors hostage, naval officials said.";
        assert_eq!(disagreements("Nine hijackers hold Tessa Rose off Carrow coast", crew), 1, "23 is too far to be 9");
        let one = "Eight armed men stormed the bulk carrier Tessa Rose on Thursday, naval officials said.";
        assert_eq!(disagreements("Nine hijackers hold Tessa Rose off Carrow coast", one), 1);
        let others = "Eight armed men stormed the bulk carrier Maren Holt on Thursday, naval officials said.";
        assert_eq!(disagreements("Nine hijackers hold Tessa Rose off Carrow coast", others), 0, "another ship");
    }

    /// The links this stage alone makes for one report.
    fn unrepeated(headline: &str, body: &str) -> usize {
        let docs = vec![Document::new("a.txt", format!("{headline}\nJune 3, 2025\n\n{body}\n"), None)];
        crate::pair::with_world(&docs, |world, _| world.unrepeated_headline_links(&Default::default(), &[]).len())
    }

    #[test]
    fn a_headline_tells_the_lead_s_plan_in_the_present() {
        let body = "Deans warned that exams could be hit after union leaders confirmed that lecturers at 62 universities will strike.";
        assert_eq!(unrepeated("Strike at 68 universities threatens exams", body), 1);
        let maybe = "Deans warned that lecturers at 62 universities might strike.";
        assert_eq!(unrepeated("Strike at 68 universities threatens exams", maybe), 0, "a possibility");
    }

    #[test]
    fn a_count_of_people_is_no_count_of_things() {
        let body = "A woman died and two cars were wrecked when they collided on Ridge Road near Delmore on Monday.";
        assert_eq!(unrepeated("One dead in Ridge Road collision", body), 0);
        let lives = "Investigators are searching the Lindell Hotel in Carrow after a fire that claimed three lives.";
        assert_eq!(unrepeated("Four dead in Carrow hotel blaze", lives), 1, "lives are people");
    }

    #[test]
    fn figures_too_far_apart_or_of_another_dimension_are_other_things() {
        let body = "Merrow Air has parked 12 aircraft and cut 40% of its routes, the carrier said on Wednesday.";
        assert_eq!(disagreements("Merrow Air grounds 60 jets after filing", body), 0, "five times the lead's");
        assert_eq!(disagreements("Merrow Air owes $3 million after filing", body), 0, "money against a count");
    }
}
