//! The score's tests: pairs of reports, and what pairs them or not.

use crate::document::Document;

/// Two reports of one recall that share its figures; the second says
/// who spoke on which day with `speaker`: how many disagreeing links
/// between the two.
fn disagreements(speaker: &str, dated: &str) -> usize {
    let docs = vec![
        Document::new(
            "a.txt",
            "Rellin Foods recalls infant formula\nApril 3, 2025\n\nRellin Foods said on Thursday it was recalling 14 batches of its Brindle infant formula, made at its Oswick plant, after tests found traces of salmonella. The tins were sold in 23 states.\n".to_string(),
            None,
        ),
        Document::new(
            "b.txt",
            format!("Parents told to return Brindle formula\n{dated}\n\n{speaker} said on Friday that parents should return the tins, after Rellin Foods pulled 14 batches of Brindle infant formula made at Oswick. The tins went to stores in 23 states.\n"),
            None,
        ),
    ];
    crate::pair::disagreements_across(&docs)
}

/// Two reports of one ruling that share its figures; the first gives
/// the two chains' stores as `stores`: how many disagreeing links.
fn store_disagreements(stores: &str) -> usize {
    let docs = vec![
        Document::new(
            "a.txt",
            format!("Tribunal blocks Halden-Corvo grocery merger\nMay 7, 2025\n\nThe tribunal on Wednesday blocked the $4.7 billion merger of Halden and Corvo, which run {stores} and had offered to sell 160 to win approval.\n"),
            None,
        ),
        Document::new(
            "b.txt",
            "Halden-Corvo deal blocked\nMay 7, 2025\n\nThe tribunal blocked the $4.7 billion Halden-Corvo merger on Wednesday. Corvo, which operates 530 stores, had offered to sell 160 of them.\n".to_string(),
            None,
        ),
    ];
    crate::pair::disagreements_across(&docs)
}

/// Two reports of one raid that share few names, whose weights of the
/// drug are told with two verbs; the second gives its weight as
/// `weight`: how many disagreeing links.
fn seizure_disagreements(weight: &str) -> usize {
    let first = "Police seize cocaine in Port Ellery raids\nMarch 5, 2026\n\nPORT ELLERY - Police arrested 19 people in raids on 72 addresses across Port Ellery, Carrow and Dunmere on Thursday, and found 3.1 million euros in cash. Officers seized 112 kg of cocaine hidden among banana shipments at the container terminal, the force said. Chief Inspector Rhona Vale of Kessary Police called it a record haul.\n";
    let second = format!("Nineteen held after coastal drug raids\nMarch 5, 2026\n\nNineteen suspects were held on Thursday after raids on 72 addresses in Dunmere, Port Ellery and Harwick, prosecutor Tomas Reinholt told reporters at Brackley courthouse. He said detectives had recovered {weight}, along with weapons and 3.1 million euros in cash. Sergeant Ilse Marrow of the Coastal Crime Unit led the Harwick team.\n");
    crate::pair::disagreements_of_texts(first, &second)
}

/// What a measure is told of ("112 kg of cocaine") says what it
/// measures; the unit only how.
#[test]
fn what_a_measure_is_told_of_pairs_it() {
    assert_eq!(seizure_disagreements("121 kilograms of cocaine"), 1, "one seizure told with a slip");
    assert_eq!(seizure_disagreements("121 kilograms"), 0, "too little said of what was weighed");
    assert_eq!(seizure_disagreements("112 kilograms of cocaine"), 0, "the same weight");
    assert_eq!(seizure_disagreements("121 kilograms of cannabis"), 0, "another drug");
}

/// Two reports of one sentencing; the first gives two ages of one
/// family, the second gives `age` for Dorran Maddock: how many
/// disagreeing links.
fn age_disagreements(age: &str) -> usize {
    let first = "Bramwick couple jailed over puppy farm\nMay 6, 2026\n\nDorran Maddock, 47, and Lise Maddock, 44, were jailed on Tuesday for keeping 214 dogs in filthy sheds at a farm near Bramwick. Inspectors found 38 puppies in a single barn.\n";
    let second = format!("Puppy farmers jailed\nMay 6, 2026\n\nDorran Maddock, {age}, showed no emotion in the dock. He was jailed on Tuesday over a Bramwick farm where 214 dogs were kept in filthy sheds. Inspectors had found 38 puppies in one barn.\n");
    crate::pair::disagreements_of_texts(first, &second)
}

/// A holder named in full says which of a report's ages is the
/// other's.
#[test]
fn an_age_told_with_its_holder_s_full_name_pairs_with_his_age() {
    assert_eq!(age_disagreements("52"), 1, "his age, told two ways");
    assert_eq!(age_disagreements("47"), 0, "his age");
}

/// Several parties' figure together is not one party's.
#[test]
fn a_combined_figure_is_not_one_party_s() {
    assert_eq!(store_disagreements("their combined 1,240 stores"), 0);
    assert_eq!(store_disagreements("its 1,240 stores"), 1, "one party's figure against another's");
}

/// A figure its clause says several parties hold together may be
/// another report's combined figure; one party's may not.
#[test]
fn a_figure_held_together_may_be_a_combined_one() {
    let combined = "Founders keep a third of Tendrel\nSeptember 8, 2027\n\nTendrel Robotics raised £42 million from investors on Wednesday. Its two founders will retain a combined 37 per cent stake after the deal.\n";
    let together = "Tendrel Robotics raises £42 million\nSeptember 8, 2027\n\nTendrel Robotics raised £42 million from investors on Wednesday. The two founders will together hold 31 per cent of the company after the deal.\n";
    let one = "Tendrel Robotics raises £42 million\nSeptember 8, 2027\n\nTendrel Robotics raised £42 million from investors on Wednesday. Its chief executive will hold 31 per cent of the company after the deal.\n";
    assert_eq!(crate::pair::disagreements_of_texts(combined, together), 1);
    assert_eq!(crate::pair::disagreements_of_texts(combined, one), 0, "one party's share");
}

/// A count of people told with no verb ("the five men", "One man,
/// whose leg was broken") gets nothing for its lemma class alone.
#[test]
fn people_told_with_no_verb_are_not_one_count_for_their_class() {
    let docs = vec![
        Document::new(
            "a.txt",
            "Five Tarrow Power surveyors freed in Dravia\nMay 2, 2026\n\nFive Tarrow Power surveyors held by kidnappers in Dravia for 40 days were freed on Friday near the Ossel border crossing. Chief executive Lena Marr said the company's priority was the health of the five men and their families.\n",
            None,
        ),
        Document::new(
            "b.txt",
            "Freed Tarrow Power surveyors land in Keshet\nMay 3, 2026\n\nThe five Tarrow Power surveyors freed on Friday after 40 days held by kidnappers in Dravia landed at Keshet on Saturday after crossing at Ossel. Doctors said the men were tired but well. One man, whose wrist was broken during the kidnapping, will have surgery next week.\n",
            None,
        ),
    ];
    let disagreeing = crate::pair::disagreements_across(&docs);
    assert_eq!(disagreeing, 0);
}

/// "Others" beside a noun of a person counts the same people less
/// precisely ("a crane operator was killed and seven others were
/// injured", "nine workers were injured"); beside a noun of a thing it
/// counts something else.
#[test]
fn others_are_people_beside_a_noun_of_a_person() {
    let head = |word: &str| {
        Some(crate::frame::Head::new(word, crate::span::Span::new(0, word.len()), crate::lexical::Pos::Noun))
    };
    assert!(super::heads::counted(&head("others"), &head("workers")).is_some_and(|w| w > 0.0));
    assert_eq!(super::heads::counted(&head("others"), &head("barrels")), None);
    assert!(super::heads::counted(&head("crowd"), &head("spectators")).is_some_and(|w| w > 0.0), "a gathering");
    assert!(super::heads::counted(&head("audience"), &head("fans")).is_some_and(|w| w > 0.0), "a gathering");
    assert_eq!(super::heads::counted(&head("crowd"), &head("tonnes")), None);
    assert!(super::heads::counted(&head("staff"), &head("employees")).is_some_and(|w| w > 0.0), "a body of workers");
    assert!(super::heads::counted(&head("workforce"), &head("workers")).is_some_and(|w| w > 0.0), "a body of workers");
    assert_eq!(super::heads::counted(&head("staff"), &head("trucks")), None);
}

/// Two nouns of change that move one way count one change ("an
/// increase of 6.8%", "a rise of 8.6 per cent"); two ways, two.
#[test]
fn nouns_of_one_way_of_change_count_one_change() {
    let head = |word: &str| {
        Some(crate::frame::Head::new(word, crate::span::Span::new(0, word.len()), crate::lexical::Pos::Noun))
    };
    assert!(super::heads::counted(&head("increase"), &head("rise")).is_some_and(|w| w > 0.0));
    assert!(super::heads::counted(&head("drop"), &head("fall")).is_some_and(|w| w > 0.0));
    assert_eq!(super::heads::counted(&head("rise"), &head("fall")), None);
}

/// A rounded offset names the calendar year, month or week around
/// the day it counts back to; a nearer day is itself.
#[test]
fn a_rounded_offset_names_the_days_around_it() {
    assert_eq!(
        super::times::rounded_days(day(2025, 3, 1), day(2025, 3, 4)),
        crate::claim::DateValue::Day(day(2025, 3, 1))
    );
    let month = crate::claim::DateValue::Range(day(2025, 1, 1), day(2025, 1, 31));
    assert_eq!(super::times::rounded_days(day(2025, 1, 20), day(2025, 3, 20)), month, "two months ago");
    let year = crate::claim::DateValue::Range(day(2023, 1, 1), day(2023, 12, 31));
    assert_eq!(super::times::rounded_days(day(2023, 5, 20), day(2027, 5, 20)), year, "four years ago");
    let later = crate::claim::DateValue::Day(day(2019, 3, 6));
    assert_eq!(super::times::rounded_days(day(2019, 3, 6), day(2027, 5, 20)), later, "two days after a day of 2019");
}

fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(y, m, d).expect("a day")
}

/// Two figures no rule names, more than ten times apart, are two
/// things, not one figure with a slip ("23 points" in a game, "2,117
/// points" in a career).
#[test]
fn figures_no_rule_names_far_apart_are_two_things() {
    let scored = |points: &str| {
        let docs = vec![
            Document::new("a.txt", "March 2, 2013\n\nDoug McDermott scored 23 points as Creighton beat Drake.\n", None),
            Document::new(
                "b.txt",
                format!("March 2, 2013\n\nMcDermott, who scored {points} points, led Creighton past Drake.\n"),
                None,
            ),
        ];
        crate::pair::with_world(&docs, |world, claims| {
            let points = |d: usize| claims[d].iter().position(|c| c.kind == crate::claim::ClaimKind::Count);
            world.pair_score((0, points(0)?), (1, points(1)?))
        })
    };
    assert!(scored("32").is_some(), "a slip");
    assert_eq!(scored("2,117"), None, "ninety times as many");
}

/// The time in a length's clause, or a time still ahead, says nothing
/// of which news a figure tells ("a lease running 30 years from the
/// opening in the spring of 2029"); a past time does ("killed seven in
/// 2019").
#[test]
fn a_length_or_a_plan_is_no_other_news() {
    let scored = |first: &str, kind: crate::claim::ClaimKind| {
        let docs = vec![
            Document::new("a.txt", format!("March 2, 2026\n\n{first}\n"), None),
            Document::new(
                "b.txt",
                "March 2, 2026\n\nThe Mariners signed a lease of 35 years, the club said. The storm killed nine.\n",
                None,
            ),
        ];
        crate::pair::with_world(&docs, |world, claims| {
            let of_kind = |d: usize| claims[d].iter().position(|c| c.kind == kind);
            world.pair_score((0, of_kind(0)?), (1, of_kind(1)?))
        })
    };
    let lease = "The Mariners signed a lease running 30 years from the opening in the spring of 2029.";
    assert!(scored(lease, crate::claim::ClaimKind::Duration).is_some());
    let storm = "A storm in 2019 killed seven.";
    assert_eq!(scored(storm, crate::claim::ClaimKind::Count), None, "another year's toll");
}

/// The days two sources spoke are two statements; one source's two
/// days for one statement are a disagreement, unless each report gives
/// its own day (see `said_day.rs`).
#[test]
fn statements_of_two_sources_are_two_events() {
    assert_eq!(disagreements("Rellin Foods", "April 5, 2025"), 1, "Friday in Saturday's report");
    assert_eq!(disagreements("Health officials", "April 5, 2025"), 0);
    assert_eq!(disagreements("Rellin Foods", "April 4, 2025"), 0, "each report's own day");
}

/// A pay offer and a pay claim are two figures of one dispute: an offer
/// is compared with an offer, never with what the other side seeks.
#[test]
fn an_offer_is_not_a_demand() {
    let first = "Bus drivers at the Tollby depot walked out on Monday. Kestrel Buses has offered a pay rise of 3.5 per cent, and the union says it falls short.";
    let demand = "Drivers at the Tollby depot struck on Monday. The union is seeking a pay rise of 7 per cent from Kestrel Buses.";
    let offer = "Drivers at the Tollby depot struck on Monday. Kestrel Buses has offered a pay rise of 5.3 per cent, and the union says it falls short.";
    assert_eq!(crate::pair::disagreements_of_two(first, demand), 0, "an offer and a demand");
    assert_eq!(crate::pair::disagreements_of_two(first, offer), 1, "two offers");
}

/// A change an adverb tells ("closed 2.3% lower") is one move with the
/// same change a verb tells ("fell 3.2 per cent"), and never with one the
/// other way ("closed 2.3% higher").
#[test]
fn a_change_told_by_an_adverb_meets_one_told_by_a_verb() {
    let verb = "Shares in Fairburn Holdings fell 3.2 per cent on Tuesday after the salad recall.";
    let lower = "Shares in Fairburn Holdings closed 2.3% lower on Tuesday after the salad recall.";
    let higher = "Shares in Fairburn Holdings closed 2.3% higher on Tuesday after the salad recall.";
    assert_eq!(crate::pair::disagreements_of_two(verb, lower), 1, "one fall");
    assert_eq!(crate::pair::disagreements_of_two(verb, higher), 0, "a fall and a rise");
}

/// A count before "other" is the rest of a kind after some of it named:
/// never all of the kind another report counts, though it is the rest
/// another report counts the same way.
#[test]
fn the_rest_of_a_kind_is_not_all_of_it() {
    let all =
        "The naval patrol boarded the Harrowby skiff on Tuesday and seized seven rifles, a launcher and 13 magazines.";
    let rest =
        "Marines took the skiff near Harrowby on Tuesday, seizing seven pistols, three other rifles and a launcher.";
    let other_rest = "A naval patrol took the Harrowby skiff on Tuesday with its crew of five, four other rifles, seven pistols and a launcher.";
    assert_eq!(crate::pair::disagreements_of_two(all, rest), 0, "all the rifles and the rest of them");
    assert_eq!(crate::pair::disagreements_of_two(rest, other_rest), 1, "the rest told twice");
    let others =
        "Two people died and three other people were injured when a van hit a bus shelter in Harrowby on Tuesday.";
    let injured = "A van struck a Harrowby bus shelter on Tuesday, killing two people and injuring four.";
    assert_eq!(crate::pair::disagreements_of_two(others, injured), 1, "the others of another verb");
}

/// Two lengths told as two extents of a thing (a helipad's height above
/// the ground, its width across; a blind probe cluster, written for the
/// tests) are two measures; told as one extent, they disagree.
#[test]
fn two_extents_of_a_thing_are_two_measures() {
    let high = include_str!("../../../tests/probes/stanbridge-hospital-helipad-first-landing/a.txt");
    let wide = include_str!("../../../tests/probes/stanbridge-hospital-helipad-first-landing/c.txt");
    let lengths = |a: &str| {
        let docs = [Document::new("a.txt", a, None), Document::new("c.txt", wide, None)];
        let (claims, _) = crate::checks::extract_all(&docs);
        let text = |at: (usize, usize)| claims[at.0][at.1].span.slice(&docs[at.0].text).to_string();
        let links = crate::pair::links_of(&docs);
        links.iter().filter(|l| !l.agree).map(|l| (text(l.a), text(l.b))).filter(|(x, _)| x.contains("metres")).count()
    };
    assert_eq!(lengths(high), 0, "a height and a width");
    assert_eq!(lengths(&high.replacen("31 metres above the ground", "31 metres across", 1)), 1, "two widths");
}
