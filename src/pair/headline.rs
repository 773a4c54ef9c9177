//! Headline figures against their own body: a headline sums up its
//! body, so its figure is compared with the one body figure that fits it
//! best, and repeated word for word it is never contradicted.

use chrono::Datelike;

use crate::claim::{Claim, ClaimKind, Value};
use crate::document::Document;
use crate::frame::words::{is_in, COMPARISON_LEADS};
use crate::hash::FastMap;

use super::candidates::mark;
use super::score::{self, Side};
use super::{At, Link, LinkKind, World, MARGIN};

/// How much more than the threshold a headline figure must score with a
/// figure of its own body: less (a headline is a few words, so shares
/// little context), but only one body figure may fit it (see below).
const HEADLINE_EXTRA: f32 = -2.0;
/// How much less a headline figure needs with the only body figure that
/// scores with it at all.
const HEADLINE_ALONE: f32 = 1.0;
/// How much worse than the best a body figure giving the headline's value
/// may fit and still be the one the headline repeats.
const HEADLINE_MARGIN: f32 = 4.0;

impl World<'_> {
    /// Each headline figure with its best match in its own body.
    pub(super) fn headline_links(&self, excluded: &FastMap<At, ()>, compared: &mut [Vec<bool>]) -> Vec<Link> {
        let mut links = Vec::new();
        for (d, doc_claims) in self.claims.iter().enumerate() {
            for (h, head) in doc_claims.iter().enumerate().filter(|(_, c)| c.in_headline) {
                if !self.pairable((d, h), excluded) {
                    continue;
                }
                let mut best: Option<(f32, usize)> = None;
                let mut runner_up: Option<(f32, usize)> = None;
                let mut agreeing: Option<(f32, usize)> = None;
                for (b, body) in doc_claims.iter().enumerate() {
                    if body.in_headline || !self.pairable((d, b), excluded) {
                        continue;
                    }
                    let (Some(sh), Some(sb)) = (self.side((d, h)), self.side((d, b))) else { continue };
                    let same_rule = sh.profile.governed == sb.profile.governed;
                    // Names the headline and the clause both give, none
                    // shared, say they are about others ("GM sales plunge"
                    // over "Ford sales fell"), unless both count one thing
                    // with one verb ("Quillon to cut 2,800 jobs" over "the
                    // Marston-based firm would cut 1,800 jobs").
                    // A headline's score is its story's result, told with
                    // one side's names ("Kestrels win cup 54-50") over the
                    // body's other ("a 54-51 win over the Swifts").
                    let result = head.kind == ClaimKind::Score;
                    let others = !result && score::other_names(sh.profile, sb.profile) && !score::same_frame(sh, sb);
                    // A result is no score at the break nor a lead on the way.
                    let other_stage =
                        matches!((head.value, body.value), (Value::Score(x), Value::Score(y)) if x.stage != y.stage);
                    if sh.profile.dimension != sb.profile.dimension
                        || head.sentence == body.sentence
                        || !same_rule
                        || others
                        || other_stage
                        || self.of_another_year(sb, d)
                    {
                        continue;
                    }
                    // A headline's own verb for the body's weighs nothing
                    // either way ("43 homes lost" over "37 homes were
                    // destroyed"), nor does a result's.
                    let scored = if result || self.reworded((d, h), sh, sb) {
                        score::score_in_slot(sh, sb)
                    } else {
                        score::score(sh, sb)
                    };
                    let Some(s) = scored else { continue };
                    mark(compared, (d, h));
                    mark(compared, (d, b));
                    if best.is_none_or(|(bs, _)| s > bs) {
                        runner_up = best;
                        best = Some((s, b));
                    } else if runner_up.is_none_or(|(r, _)| s > r) {
                        runner_up = Some((s, b));
                    }
                    if self.agree((d, h), (d, b)) && agreeing.is_none_or(|(a, _)| s > a) {
                        agreeing = Some((s, b));
                    }
                }
                // A body figure that alone can be what the headline sums
                // up needs less ("Four dead" over "five people were killed").
                let alone = if runner_up.is_none() { HEADLINE_ALONE } else { 0.0 };
                let Some((s, b)) = best.filter(|&(s, b)| s >= self.headline_needed((d, h), (d, b)) - alone) else {
                    continue;
                };
                // A body figure that gives the headline's value is the one
                // the headline repeats, unless it fits far worse.
                let repeated = agreeing.filter(|(a, _)| *a >= s - HEADLINE_MARGIN);
                let rival = runner_up.is_some_and(|(r, z)| {
                    r >= s - MARGIN && r >= self.headline_needed((d, h), (d, z)) && !self.agree((d, b), (d, z))
                });
                if repeated.is_none() && rival {
                    // Two body figures that give two values fit the
                    // headline about as well: the headline may sum up
                    // either, or something else. Two that give one value
                    // ("seven dead", "the toll rose to seven") are one
                    // figure told twice.
                    continue;
                }
                // A telling figure the body gives word for word is the one
                // the headline repeats, however its clause reads ("Ford
                // offers US$78 million" over "will pay €57 million (US$78
                // million)").
                let verbatim = crate::values::is_informative(&head.value)
                    && doc_claims.iter().any(|c| !c.in_headline && c.kind == head.kind && c.value == head.value);
                if verbatim && !self.agree((d, h), (d, b)) {
                    continue;
                }
                let rounded = doc_claims.get(b).is_some_and(|body| {
                    crate::values::rounds_to(&head.value, &body.value)
                        || crate::values::truncates_to(&head.value, &body.value)
                });
                let agree = repeated.is_some() || rounded || self.agree((d, h), (d, b));
                let other = repeated.map_or(b, |(_, z)| z);
                links.push(Link { a: (d, h), b: (d, other), score: s, agree, kind: LinkKind::Headline });
            }
        }
        links
    }

    /// True when the headline figure `head` (at `at`) counts the thing a
    /// body figure counts (not people, whose verbs tell what befell them)
    /// with a verb the body never tells that thing with: the headline's
    /// few words for the body's ("43 homes lost" over "37 homes were
    /// destroyed"), which weigh nothing instead of forbidding the pair.
    fn reworded(&self, at: At, head: Side<'_>, body: Side<'_>) -> bool {
        let (Some((verb, _)), Some(counted)) = (score::one_thing_two_verbs(head, body), head.frame.counted) else {
            return false;
        };
        let frames = self.frames.get(at.0).map_or(&[][..], Vec::as_slice);
        !head.doc_claims.iter().zip(frames).any(|(c, f)| {
            !c.in_headline
                && f.counted.is_some_and(|x| x.same_as(&counted))
                && f.predicate.is_some_and(|p| p.same_as(&verb))
        })
    }

    /// The score a headline figure needs with a body figure: its rule's
    /// threshold less [`HEADLINE_EXTRA`]; when both count one thing with
    /// one verb, or the headline with a verb of its own (see
    /// [`World::reworded`]), no more than the lowest threshold of a named
    /// rule less the same (what a headline sums up, whatever rule names
    /// it).
    fn headline_needed(&self, head: At, body: At) -> f32 {
        let needed = self.threshold(head) + HEADLINE_EXTRA;
        match (self.side(head), self.side(body)) {
            (Some(h), Some(b)) if score::same_frame(h, b) || self.reworded(head, h, b) => {
                let named = self.rules.iter().filter(|r| !r.catch_all).map(|r| r.compare.threshold);
                needed.min(named.fold(f32::MAX, f32::min) + HEADLINE_EXTRA)
            }
            _ => needed,
        }
    }

    /// True when a body claim's clause is dated in another year than its
    /// document is published ("a loss of $381 million in the first quarter
    /// of last year", "a $10 billion contract in 2006"): not what the
    /// headline, which tells the news, sums up. A date a change is measured
    /// from ("rose 21% from a year earlier") dates the comparison only.
    fn of_another_year(&self, side: Side<'_>, doc: usize) -> bool {
        let Some(published) = self.docs.get(doc).and_then(Document::published_date) else { return false };
        let clause = side.frame.clause;
        let year_of = |c: &Claim| match c.value {
            Value::Year(y) => Some(y),
            Value::Date { date: crate::claim::DateValue::Day(d), .. } => Some(d.year()),
            Value::Date { date: crate::claim::DateValue::Range(a, b), .. } if a.year() == b.year() => Some(a.year()),
            _ => None,
        };
        // The clause's dates, "last year" among them, but not the base a
        // change is measured from ("rose 21% from a year earlier").
        let text = self.docs.get(doc).map_or("", |d| d.text.as_str());
        let base = |c: &Claim| {
            let before = text.get(clause.start.min(c.span.start)..c.span.start).unwrap_or_default();
            // The two words before the date, as the frame reader reads them.
            before.split_whitespace().rev().take(2).any(|w| is_in(COMPARISON_LEADS, w))
        };
        side.doc_claims
            .iter()
            .filter(|c| clause.start <= c.span.start && c.span.end <= clause.end && !base(c))
            .filter_map(year_of)
            .any(|y| y != published.year())
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::pair::LinkKind;

    /// The disagreeing headline links of one report.
    fn headline_disagreements(text: &str) -> usize {
        let docs = vec![Document::new("a.txt", text.to_string(), None)];
        crate::pair::links_of(&docs).iter().filter(|l| l.kind == LinkKind::Headline && !l.agree).count()
    }

    #[test]
    fn a_headline_that_counts_one_thing_with_one_verb_sums_up_its_body_whatever_names() {
        let jobs = "Quillon to cut 2,800 jobs\nSeptember 23, 2025\n\nThe Marston-based firm confirmed on Tuesday that it would cut 1,800 jobs worldwide.\n";
        assert_eq!(headline_disagreements(jobs), 1);
        let sales = "Halden sales plunge 20%\nSeptember 23, 2025\n\nSales at Corvin fell 10% in August, the Brightwater company said.\n";
        assert_eq!(headline_disagreements(sales), 0, "another firm's sales, another verb");
    }

    #[test]
    fn a_headline_verb_the_body_never_uses_for_the_thing_is_its_word_for_the_body_s() {
        let flood = "Harn Valley floods: 52 homes lost\nApril 2, 2025\n\nCounty officials said 25 homes were destroyed when the river burst its banks on Monday.\n";
        assert_eq!(headline_disagreements(flood), 1);
        let told = "Harn Valley floods: 25 homes lost\nApril 2, 2025\n\nCounty officials said 25 homes were destroyed when the river burst its banks on Monday.\n";
        assert_eq!(headline_disagreements(told), 0, "the body gives the headline's figure");
        let term = "Harlow treasurer jailed for nine years\nJune 3, 2025\n\nA court in Harlow handed the former treasurer a six-year prison term on Tuesday for taking bribes.\n";
        assert_eq!(headline_disagreements(term), 1, "jailed, a term: two verbs for one sentence");
    }

    #[test]
    fn a_body_figure_too_weak_to_be_linked_or_giving_the_same_value_is_no_rival() {
        let crash = "Six killed in overnight coach crash\nMay 6, 2025\n\nAn overnight coach plunged off the Tarrow Pass road on Sunday night, leaving five dead and 20 people hurt.\n\nThe toll rose to five from three on Monday after two passengers died in hospital, a spokesman said.\n";
        assert_eq!(headline_disagreements(crash), 1, "two passengers who died later are no rival of the toll");
        let told = crash.replacen("Six killed", "Five killed", 1);
        assert_eq!(headline_disagreements(&told), 0);
        let twice = "Six killed in overnight coach crash\nMay 6, 2025\n\nAn overnight coach plunged off the Tarrow Pass road on Sunday night, leaving five dead.\n\nFive people were killed in the overnight coach crash, police said.\n";
        assert_eq!(headline_disagreements(twice), 1, "two body figures that give one value are no rivals");
    }

    #[test]
    fn the_only_body_figure_that_fits_a_headline_needs_less() {
        let dam = "Four dead as Kestrel Creek dam gives way\nMay 6, 2025\n\nFive people were killed when the earthen wall failed before dawn on Tuesday, the county said.\n";
        assert_eq!(headline_disagreements(dam), 1);
        let told = "Four dead as Kestrel Creek dam gives way\nMay 6, 2025\n\nFour people were killed when the earthen wall failed before dawn on Tuesday, the county said.\n";
        assert_eq!(headline_disagreements(told), 0, "the body repeats the headline");
    }

    #[test]
    fn a_headline_score_is_the_result_its_body_tells() {
        let body = "\nApril 20, 2026\n\nThe Harlow Hawks are Tarrow Cup champions after a 61-57 win over Stenfield Rovers in Sunday's final, their first title since 2009.\n\nRovers led by three goals at the break and were still ahead 47-46 at the end of the third quarter.\n";
        assert_eq!(headline_disagreements(&format!("Hawks win Tarrow Cup 61-58 after late Adeyemi goal{body}")), 1);
        assert_eq!(headline_disagreements(&format!("Hawks win Tarrow Cup 61-57 after late Adeyemi goal{body}")), 0);
        let lead = "Marsh beats Olsen 10-6 to take the Harlow title\nMay 3, 2026\n\nThe 31-year-old won 10-7 against Pia Olsen in Sunday's final, although Olsen led 6-3 after the afternoon session.\n";
        assert_eq!(headline_disagreements(lead), 1, "a lead on the way is no rival of the result");
    }
}
