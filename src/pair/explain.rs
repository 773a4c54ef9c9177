//! Why two claims are paired or not, in words.

use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::rules::Rule;

use super::candidates::keys;
use super::{copies, excluded_by_copies, score, At, Prepared};

/// Why two claims are paired or not, in words (for `examples/pairs`, when
/// looking into a pair that was or was not made): whether each takes part,
/// whether they meet in the index, how their documents are kin, each one's
/// better partner in the other's document if it has one, the veto or the
/// score against the threshold, and for a pair that reaches it, what
/// became of it (see `after_the_score`).
pub fn explain(
    docs: &[Document],
    claims: &[Vec<Claim>],
    frames: &[Vec<Frame>],
    rules: &[Rule],
    x: At,
    y: At,
) -> String {
    // Every claim is profiled here, a copy's too, so that any two can be
    // explained.
    let prepared = Prepared::new(docs, claims, frames, rules, &Default::default());
    let world = prepared.world(docs, claims, frames, rules, &[]);
    let excluded = excluded_by_copies(&copies::find(docs, claims), claims);
    let (Some(sx), Some(sy)) = (world.side(x), world.side(y)) else { return "no such claims".into() };
    let rule = |at: At| world.rule_of(at).and_then(|r| rules.get(r)).map_or("none", |r| r.id.as_str());
    let mut out = format!("rules {} / {}", rule(x), rule(y));
    out += &format!("; pairable {} / {}", world.pairable(x, &excluded), world.pairable(y, &excluded));
    let (kx, ky) = (keys(sx), keys(sy));
    // Two governed claims meet by their subject only, not by their words.
    let both_governed = world.governed(x) && world.governed(y);
    let meet = kx.iter().any(|k| ky.contains(k) && !(k.0 && both_governed));
    out += &format!("; meet in the index: {meet}");
    out += &format!("; within the window: {}", world.within_window(x, y));
    if x.0 != y.0 {
        out += &story_and_digits(&world, x, y);
        out += &format!("; slots: {}", world.slot_fills(x, y, &excluded));
        out += &rivals(&world, docs, x, y);
    }
    // The veto or the score comes last (`probe_eval` reads it there).
    match score::veto(sx, sy) {
        Some(why) => out += &format!("; vetoed: {why}"),
        None => match score::score_or_why(sx, sy) {
            Ok(parts) => {
                let (s, threshold) = (parts.total(), world.threshold(x).max(world.threshold(y)));
                if s >= threshold && x.0 != y.0 {
                    out += &after_the_score(&world, &excluded, x, y);
                }
                out += &format!("; score {s:.2} ({parts}), threshold {threshold:.2}");
            }
            Err(why) => out += &format!("; no score: {why}"),
        },
    }
    out
}

/// For a pair that reaches its threshold, what became of it after: a
/// mutual best, then a link the documents' consistency keeps, unless one
/// report also states the other's value.
fn after_the_score(world: &super::World<'_>, excluded: &crate::hash::FastMap<At, ()>, x: At, y: At) -> String {
    let buckets = world.buckets(excluded);
    let mut compared: Vec<Vec<bool>> = world.claims.iter().map(|c| vec![false; c.len()]).collect();
    let best = world.best_candidates(&buckets, &mut compared);
    let mutual = world.mutual_links(&best);
    let is = |l: &super::Link| (l.a, l.b) == (x.min(y), x.max(y));
    let linked = mutual.iter().any(is);
    let kept = super::consistency::consistent(mutual, &best, world, &world.story_pairs()).iter().any(is);
    let told = super::consistency::acknowledged(world, x, y);
    let both = super::consistency::both_tell_both(world, x, y);
    format!(
        "; mutual link: {linked}; kept by the documents' consistency: {kept}; one report states the other's value: {told}; \
         each report states both values: {both}"
    )
}

/// Each claim's best-scoring candidate in the other's document, when it is
/// another claim than the one asked about (a pair that scores over its
/// threshold is still lost when one side has a better partner).
fn rivals(world: &super::World<'_>, docs: &[Document], x: At, y: At) -> String {
    let best_in = |from: At, doc: usize| {
        let count = world.claims.get(doc).map_or(0, Vec::len);
        (0..count)
            .filter_map(|c| world.pair_score(from, (doc, c)).map(|s| ((doc, c), s)))
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
    };
    let text = |at: At| {
        let claim = world.claims.get(at.0).and_then(|c| c.get(at.1));
        claim.zip(docs.get(at.0)).map_or("", |(c, d)| c.span.slice(&d.text))
    };
    let mut out = String::new();
    for (from, other) in [(x, y), (y, x)] {
        if let Some((best, s)) = best_in(from, other.0).filter(|(best, _)| *best != other) {
            out += &format!("; {:?}'s best is {:?} ({s:.2})", text(from), text(best));
        }
    }
    out
}

/// How the documents of two claims are kin (see `story::Kinship`: the
/// stages that compare a figure whatever its clause) and whether their
/// digits are one edit apart (see [`super::digit_slips`]), with the score
/// of the two as a slip then, or what forbids one.
fn story_and_digits(world: &super::World<'_>, x: At, y: At) -> String {
    let (a, b) = (x.0.min(y.0), x.0.max(y.0));
    let names = world.kin_names(a, b);
    let kin = world.story_pairs().into_iter().find(|p| (p.0, p.1) == (a, b));
    let story = match kin {
        Some((_, _, shared, kin)) => format!("{kin:?} ({shared} telling figures shared, names {names:.2})"),
        None => format!("none (names {names:.2})"),
    };
    let digits = match world.digits_one_edit(x, y) {
        Some(true) => match world.side(x).zip(world.side(y)).map(|(sx, sy)| super::score::slip_score_or_why(sx, sy)) {
            Some(Ok(parts)) => format!("one edit apart, scored as a slip {:.2} ({parts})", parts.total()),
            // See `digit_slips.rs`: clause times that are themselves a
            // disagreement found do not forbid a slip beside them.
            Some(Err(why)) if why == "other clause times" => {
                format!("one edit apart, no score as a slip: {why} (unless those times are a disagreement found)")
            }
            Some(Err(why)) => format!("one edit apart, no score as a slip: {why}"),
            None => "one edit apart".into(),
        },
        Some(false) => "not one edit apart".into(),
        None => "not compared".into(),
    };
    format!("; story: {story}; digits: {digits}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::LoadedRules;

    /// Asserts that the pair is vetoed for `veto`.
    fn assert_veto(first: &str, a: &str, second: &str, b: &str, veto: &str) {
        let told = why(first, a, second, b);
        assert!(told.contains(&format!("vetoed: {veto}")), "{told}");
    }

    /// Asserts that no veto forbids the pair (`reason` says why).
    fn assert_no_veto(first: &str, a: &str, second: &str, b: &str, reason: &str) {
        let told = why(first, a, second, b);
        assert!(!told.contains("vetoed"), "{reason}: {told}");
    }

    /// Why the claim `a` of the first text and `b` of the second are paired
    /// or not.
    fn why(first: &str, a: &str, second: &str, b: &str) -> String {
        let docs = vec![Document::new("a.txt", first, None), Document::new("b.txt", second, None)];
        let rules = LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
        let (claims, frames) = crate::checks::extract_all(&docs);
        let at = |d: usize, text: &str| {
            let doc = docs.get(d)?;
            claims.get(d)?.iter().position(|c| c.span.slice(&doc.text) == text).map(|c| (d, c))
        };
        match (at(0, a), at(1, b)) {
            (Some(x), Some(y)) => explain(&docs, &claims, &frames, &rules, x, y),
            _ => format!("no claim {a:?} or {b:?}"),
        }
    }

    /// An average and a top speed are two statistics of one ride.
    #[test]
    fn two_statistics_of_one_head_are_two_things() {
        let first = "Carrow sets hour record\nMay 3, 2027\n\nInes Carrow covered 49.1 kilometres at the Velthorpe velodrome on Saturday, an average speed of 49.1km/h.\n";
        let second = |speed: &str| {
            format!("Hour record falls at Velthorpe\nMay 3, 2027\n\nRiding at Velthorpe on Saturday, Ines Carrow reached {speed} of 51.2km/h on her way to the record.\n")
        };
        assert_veto(first, "49.1km/h", &second("a top speed"), "51.2km/h", "other statistics");
        assert_no_veto(first, "49.1km/h", &second("an average speed"), "51.2km/h", "one statistic");
        let top = "Carrow sets hour record\nMay 3, 2027\n\nInes Carrow rode at the Velthorpe velodrome on Saturday, reaching a top speed of 49.1km/h.\n";
        assert_no_veto(top, "49.1km/h", &second("a maximum speed"), "51.2km/h", "one kind of statistic");
    }

    /// "accepted liability four years ago", in a report of May 2027, may
    /// be "in September 2023"; "ten years ago" may not.
    #[test]
    fn a_rounded_offset_as_a_clause_time_fits_the_days_around_it() {
        let first = "Trust pays boy's damages\nMay 20, 2027\n\nA boy injured at birth will receive damages from the Larkspen trust. The trust admitted liability in September 2023 and agreed to pay 90 per cent of the claim's full value, the High Court heard on Wednesday.\n";
        let second = |when: &str| {
            format!("Damages for Oliver Brant\nMay 20, 2027\n\nOliver Brant, now eight, suffered brain damage when staff missed signs of distress. Larkspen's hospital trust accepted liability {when} and agreed to pay 80 per cent of the value of the claim in full, a judge was told.\n")
        };
        let told = why(first, "90 per cent", &second("four years ago"), "80 per cent");
        assert!(told.contains("score") && !told.contains("other clause times"), "{told}");
        let told = why(first, "90 per cent", &second("ten years ago"), "80 per cent");
        assert!(told.contains("other clause times"), "{told}");
    }

    #[test]
    fn the_story_and_the_digits_are_told_before_the_score() {
        let story = "June 10, 2025\n\nThe Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
        let first = format!("{story} Crews moved 1,184 residents out of Tolland Flats.");
        let second = format!("{story} Buses carried 1,148 residents to shelters in Caddon.");
        let told = why(&first, "1,184", &second, "1,148");
        assert!(told.contains("; story: OneStory (2 telling figures shared"), "{told}");
        assert!(told.contains("; digits: one edit apart, scored as a slip "), "{told}");
        assert!(told.contains("; slots: one · one / one · one;"), "{told}");
        let elsewhere = why(&first, "1,184", &format!("{story} The blaze began on Sunday."), "Sunday");
        assert!(elsewhere.contains("(no slot shared)"), "{elsewhere}");
        let last = told.rsplit("; ").next().unwrap_or_default();
        assert!(last.starts_with("score ") || last.starts_with("no score") || last.starts_with("vetoed"), "{told}");
    }

    #[test]
    fn two_ordinals_no_rule_governs_are_two_members_of_a_series() {
        let first = "Lena Ortiz will be the seventh host of Brainstorm, the broadcaster Northlight said.";
        let second = "Tomas Wren will be the eighth host of Brainstorm, the broadcaster Northlight said.";
        assert_veto(first, "seventh", second, "eighth", "other members of a series");
        let same = "Tomas Wren will be the seventh host of Brainstorm, the broadcaster Northlight said.";
        assert_no_veto(first, "seventh", same, "seventh", "one member told twice");
    }

    #[test]
    fn an_ordinal_after_a_is_another_member_of_a_series() {
        let first = "Ana Ortiz topped the first round of the mayoral race in Kelsby on Sunday.";
        let second = "Ana Ortiz goes into a second round of the mayoral race in Kelsby.";
        assert_veto(first, "first", second, "second", "other members of a series");
        let again = "Ana Ortiz heads into a second round of the mayoral race in Kelsby.";
        assert!(!why(second, "second", again, "second").contains("other members"), "one more round, told twice");
    }

    /// The score `why` tells, if any.
    fn score_of(told: &str) -> Option<f32> {
        told.split("; score ").nth(1)?.split_whitespace().next()?.parse().ok()
    }

    #[test]
    fn an_ordinal_of_a_series_its_report_tells_must_be_paired_by_more_than_the_ordinal() {
        let plain = "Klitschko stopped Rahman in the seventh round in Mannheim on Saturday.";
        let series = format!("{plain} Rahman had rallied in the fourth round.");
        let other = "Klitschko stopped Rahman in the sixth round in Mannheim on Saturday.";
        let (alone, member) = (why(plain, "seventh", other, "sixth"), why(&series, "seventh", other, "sixth"));
        let lost = score_of(&alone).zip(score_of(&member)).map(|(x, y)| x - y);
        assert!(lost.is_some_and(|l| (l - score::SERIES).abs() < 0.01), "{alone}\n{member}");
        let same = "Klitschko stopped Rahman in the seventh round in Mannheim on Saturday.";
        assert_eq!(
            score_of(&why(plain, "seventh", same, "seventh")),
            score_of(&why(&series, "seventh", same, "seventh"))
        );
    }

    #[test]
    fn a_better_partner_in_the_other_document_is_told() {
        let first = "March 10, 2025\n\nThe quake killed 24 people in Port Alden on Monday. A ferry sank off Kelsby with 31 people aboard.";
        let second = "March 10, 2025\n\nThe quake killed 42 people in Port Alden on Monday.";
        let told = why(first, "31", second, "42");
        assert!(told.contains(r#""42"'s best is "24""#), "{told}");
        assert!(!why(first, "24", second, "42").contains("best is"), "each the other's best");
    }

    #[test]
    fn a_pair_over_its_threshold_is_followed_through_pairing() {
        let first = "March 10, 2025\n\nThe quake killed 24 people in Port Alden on Monday.";
        let second = "March 10, 2025\n\nThe quake killed 42 people in Port Alden on Monday.";
        let told = why(first, "24", second, "42");
        assert!(told.contains("; mutual link: true; kept by the documents' consistency: true;"), "{told}");
        let stated = "March 10, 2025\n\nThe quake killed 42 people in Port Alden on Monday, not 24 as first feared.";
        assert!(why(first, "24", stated, "42").contains("one report states the other's value: true"));
    }

    #[test]
    fn a_day_never_pairs_with_a_time_of_day() {
        let first = "A quake shook the Redwater valley on Sunday, the survey said.";
        let second = "March 14, 2024\n\nA quake shook the Redwater valley at 3:40 a.m., the survey said.";
        assert_veto(first, "Sunday", second, "3:40 a.m.", "other dimensions");
    }

    #[test]
    fn the_news_never_pairs_with_a_past_event_recalled() {
        let first = "May 16, 2024\n\nA quake struck the Redwater field on Tuesday, the survey said.";
        let second = "May 16, 2024\n\nA quake struck the Redwater field on March 3, 2022, the survey said.";
        assert_veto(first, "Tuesday", second, "March 3, 2022", "the news and a past event");
        let recent = "May 16, 2024\n\nA quake struck the Redwater field on May 14, the survey said.";
        assert!(why(first, "Tuesday", recent, "May 14").contains("; score "), "two days of the news week are scored");
    }

    #[test]
    fn estimates_of_two_named_sources_never_pair_but_officials_name_no_one() {
        let police = "About 4,000 people marched through Kelsby on Sunday, police said.";
        let organisers = "About 9,000 people marched through Kelsby on Sunday, organisers said.";
        assert_veto(police, "About 4,000", organisers, "About 9,000", "other sources");
        let officials = "About 9,000 people marched through Kelsby on Sunday, officials said.";
        assert_no_veto(police, "About 4,000", officials, "About 9,000", "officials may be the police");
    }

    #[test]
    fn plain_figures_of_two_named_sources_still_pair() {
        let police = "Thieves took 11 gold snuffboxes from the Vossberg museum on Tuesday, police said.";
        let curator = "Thieves took nine gold snuffboxes from the Vossberg museum on Tuesday, the curator said.";
        assert_no_veto(police, "11", curator, "nine", "two sources of one fact disagree");
        let estimated =
            "Thieves took about nine gold snuffboxes from the Vossberg museum on Tuesday, the curator said.";
        assert_veto(police, "11", estimated, "about nine", "other sources");
    }

    #[test]
    fn a_share_price_never_pairs_with_a_deal_s_value() {
        let close = "Linden Valley shares closed at $30.24 in Kelsby on Friday.";
        let deal = "The deal values Linden Valley at $2.31 billion based on Friday's close in Kelsby.";
        assert_veto(close, "$30.24", deal, "$2.31 billion", "amounts of two things");
        let slip = "The deal values Linden Valley at $2.31 million based on Friday's close in Kelsby.";
        assert_no_veto(slip, "$2.31 million", deal, "$2.31 billion", "a million for a billion is a slip");
    }

    #[test]
    fn two_verbs_for_one_count_of_things_weigh_nothing() {
        let escaped = "Thieves escaped with 11 gold snuffboxes from the Vossberg museum on Tuesday.";
        let walked = "The gang walked away with nine gold snuffboxes from the Vossberg museum on Tuesday.";
        assert!(why(escaped, "11", walked, "nine").contains("; score "), "one count, two reporters' verbs");
        let both = "Thieves escaped with 11 gold snuffboxes from the Vossberg museum. Police recovered four gold snuffboxes in Kelsby.";
        let recovered = "Police recovered two gold snuffboxes from the Vossberg museum.";
        assert!(
            why(both, "11", recovered, "two").contains("no score: other predicates"),
            "a document that tells both verbs tells them apart"
        );
        let killed = "The storm killed 11 people in Kelsby on Tuesday.";
        let injured = "The storm injured nine people in Kelsby on Tuesday.";
        assert!(
            !why(killed, "11", injured, "nine").contains("; score "),
            "what befell people is never two words for one thing"
        );
    }

    #[test]
    fn a_value_told_for_another_time_is_another_occasion_not_another_value() {
        let first = "June 10, 2024\n\nThe storm injured 37 people on Saturday. In 2019, a storm injured four people.";
        let second = "June 10, 2024\n\nThe storm injured 31 people, officials said.";
        let told = why(first, "37", second, "31");
        assert!(told.contains("; score "), "the 2019 storm's four make the 37 no less clear: {told}");
        let twice =
            "June 10, 2024\n\nThe storm injured 37 people on Saturday. Officials said the storm injured four people.";
        let told = why(twice, "37", second, "31");
        assert!(told.contains("several values"), "two values for one occasion: {told}");
    }

    #[test]
    fn verbs_of_one_move_meet_and_verbs_of_two_ways_never_pair() {
        let first = "May 16, 2024\n\nShares of Norhaven Foods fell 3.1% in Kelsby on Tuesday after the deal.";
        let second = "May 16, 2024\n\nShares of Norhaven Foods slipped 1.3% in Kelsby on Tuesday after the deal.";
        let why_same = why(first, "3.1%", second, "1.3%");
        assert!(why_same.contains("meet in the index: true") && why_same.contains("; score "), "{why_same}");
        let rose = "May 16, 2024\n\nShares of Norhaven Foods rose 1.3% in Kelsby on Tuesday after the deal.";
        let told = why(first, "3.1%", rose, "1.3%");
        assert!(told.contains("no score: other predicates"), "a fall is not a rise: {told}");
        let sales = "May 16, 2024\n\nSales of Norhaven Foods fell 1.3% in Kelsby on Tuesday after the deal.";
        let told = why(first, "3.1%", sales, "1.3%");
        assert!(told.contains("no score: other counted heads"), "shares are not sales: {told}");
    }

    #[test]
    fn a_running_total_never_pairs_with_one_days_count() {
        let so_far = "Kelsby has so far lost seven soldiers in the fighting at Orran, the army said.";
        let wednesday = "Five soldiers were killed in the fighting at Orran on Wednesday, the army said.";
        assert_veto(so_far, "seven", wednesday, "Five", "a running total and one day's count");
        let again = "Kelsby has so far lost five soldiers in the fighting at Orran, the army said.";
        assert_no_veto(so_far, "seven", again, "five", "two running totals are one thing");
        let since = "More than 640 people have been killed in Orran since the assault began, the army said.";
        let separate = "In a separate attack, three people were killed in Orran, the army said.";
        assert_veto(since, "More than 640", separate, "three", "a running total and one day's count");
        let since_january = "Hollerwick has recorded 168 confirmed cases of whooping cough since January.";
        let since_the_start = "Hollerwick has had 186 confirmed cases of whooping cough since the start of January.";
        assert_no_veto(since_january, "168", since_the_start, "186", "two counts since one month");
        let record = "The Kelsby index fell 6.8 per cent on Thursday, its biggest daily drop since March 2020.";
        let day = "The Kelsby index slid 6.3 per cent on Thursday.";
        assert_no_veto(record, "6.8 per cent", day, "6.3 per cent", "a record since a month is no running total");
        let since_the_crash =
            "The Kelsby index fell 6.8 per cent on Thursday, its biggest daily drop since the crash of 2008.";
        assert_no_veto(
            since_the_crash,
            "6.8 per cent",
            day,
            "6.3 per cent",
            "a record since an event is no running total",
        );
    }

    #[test]
    fn a_listed_part_with_its_own_noun_meets_the_count_of_that_noun() {
        let listed = "The Corvane jet left Lisport with 174 passengers and six crew members on Saturday.";
        let carried = "The Corvane jet was carrying 184 passengers from Lisport on Saturday.";
        assert_no_veto(listed, "174", carried, "184", "not vetoed");
        let died = "Two women and one man died in the fire at the Marfin branch in Kelsby on Wednesday.";
        let three = "Three people died in the fire at the Marfin branch in Kelsby on Wednesday.";
        assert_veto(died, "Two", three, "Three", "other roles");
    }

    #[test]
    fn a_sum_a_budget_includes_meets_the_report_s_total_of_that_noun() {
        let agreed = "The council has agreed £5.1 million of savings in its budget for Marravale.";
        let includes = "The budget for Marravale includes £5.7 million of savings over the year.";
        assert_no_veto(agreed, "£5.1 million", includes, "£5.7 million", "all its report tells of savings");
        let posts = "The budget for Marravale cuts 62 posts and includes 40 posts that are vacant.";
        let cut = "The council's budget for Marravale cuts 62 posts over the year.";
        assert_veto(posts, "40", cut, "62", "other roles");
    }

    #[test]
    fn a_governed_claim_meets_one_no_rule_names_by_their_heads() {
        let governed = "Elias Fennhoff struck in the 88th minute to give Varnholt the Aurelian Cup on Saturday.";
        let ungoverned = "Elias Fennhoff's finish in the 84th minute settled the Aurelian Cup final for Varnholt.";
        let why_pair = why(governed, "88th", ungoverned, "84th");
        assert!(why_pair.contains("rules event-ordinal / same-figure"), "{why_pair}");
        assert!(why_pair.contains("meet in the index: true"), "{why_pair}");
    }

    #[test]
    fn durations_far_apart_are_two_things() {
        let strike = "The Kelsby teachers' strike lasted 14 days, the union said.";
        let contract = "The Kelsby teachers ratified a three-year contract, the union said.";
        assert_veto(strike, "14 days", contract, "three-year", "durations of two things");
        let call = "The call between the two leaders in Kelsby lasted 50 minutes.";
        let longer = "The call between the two leaders in Kelsby lasted two hours.";
        assert_no_veto(call, "50 minutes", longer, "two hours", "one call, told two ways");
    }

    #[test]
    fn an_earlier_occasion_is_not_the_news() {
        let today = "June 12, 2013\n\nA hearing for Tom Alden took place at Preston Crown Court on Wednesday.";
        let earlier =
            "June 12, 2013\n\nAlden appeared by video link at the earlier hearing on Monday, at Preston Crown Court.";
        let told = why(today, "Wednesday", earlier, "Monday");
        assert!(told.contains("vetoed: an earlier occasion and the news"), "{told}");
        let same = "June 12, 2013\n\nAlden appeared by video link at the hearing on Monday, at Preston Crown Court.";
        let told = why(today, "Wednesday", same, "Monday");
        assert!(!told.contains("an earlier occasion"), "one hearing, told two ways: {told}");
    }
}
