//! The slots' tests: two reports of one story, and what they disagree on.

use crate::document::Document;

/// How many disagreeing links two reports, `first` and `second`, make.
fn two_reports_disagree(first: &str, second: &str) -> usize {
    crate::pair::disagreements_across(&[Document::new("a.txt", first, None), Document::new("b.txt", second, None)])
}

/// Two reports of one fire that share two telling figures and the
/// fire's name, and give the burned area in clauses too unlike to pair
/// by score (2.0 against a threshold of 5): with `area` as the second
/// report's area and `homes` its homes destroyed, how many disagreeing
/// links.
fn disagreements(area: &str, homes: &str) -> usize {
    disagreements_with_drafts(area, homes, &[])
}

/// [`disagreements`], with the documents `drafts` (0: the first
/// report, 1: the second) checked against the other.
/// The slot disagreements of two reports that each give the age of
/// someone they do not name, the story's slots compared or not.
fn unnamed_age_disagreements(story_wide: bool) -> usize {
    let first = VESSMARK_ARREST;
    let docs = [Document::new("a.txt", first, None), Document::new("b.txt", vessmark_held("29"), None)];
    crate::pair::with_world(&docs, |world, _| {
        let none = crate::hash::FastMap::default();
        let (sa, sb) = (world.slots_of(0, &none), world.slots_of(1, &none));
        world.slot_disagreements((0, &sa), (1, &sb), &crate::hash::FastMap::default(), story_wide).len()
    })
}

/// Related reports do not compare the story's slots: its one unnamed
/// age among them (a widow of 91, a victim's father of 88).
#[test]
fn related_reports_leave_their_unnamed_ages_apart() {
    assert_eq!(unnamed_age_disagreements(true), 1, "reports of one story");
    assert_eq!(unnamed_age_disagreements(false), 0, "related reports");
}

fn disagreements_with_drafts(area: &str, homes: &str, drafts: &[usize]) -> usize {
    let docs = vec![
        Document::new(
            "a.txt",
            "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board.\n",
            None,
        ),
        Document::new(
            "b.txt",
            format!("June 10, 2025\n\nForestry staff estimate that {area} of pine and scrub have been blackened. The Harlow Ridge fire has destroyed {homes} houses in Merrin County. Officials said it was 35 percent contained. Rosa Delgado, 71, sheltered with the Red Cross in Tolland Flats.\n"),
            None,
        ),
    ];
    crate::pair::links_with_drafts(&docs, drafts).iter().filter(|l| !l.agree && l.a.0 != l.b.0).count()
}

/// Two reports of one story give one value per slot; a related report
/// of the same day (one shared figure, some names) is compared for a
/// small slip only.
#[test]
fn one_story_one_value_per_slot() {
    assert_eq!(disagreements("4,600 hectares", "212"), 0, "the same area");
    assert_eq!(disagreements("6,400 hectares", "212"), 1, "a slip in the area");
    assert_eq!(disagreements("46,000 hectares", "212"), 0, "ten times the area is something else");
    assert_eq!(disagreements("7,900 hectares", "350"), 0, "one shared figure is no story");
    assert_eq!(disagreements("6,900 hectares", "350"), 1, "a related report of the same day, a small slip");
}

/// Two reports of one outbreak, the second ending on `towers`: how
/// many disagreeing links.
fn outbreak_disagreements(towers: &str) -> usize {
    outbreak_disagreements_from("six", towers)
}

/// [`outbreak_disagreements`], the first report's towers sampled
/// `sampled`.
fn outbreak_disagreements_from(sampled: &str, towers: &str) -> usize {
    let first = format!("June 10, 2025\n\nAn outbreak of Legionnaires' disease in Kelverton has sickened 21 people, the Northern Health Agency said. Samples were taken on Saturday from {sampled} cooling towers on the Brackley Road estate.\n");
    let second = format!("June 10, 2025\n\nThe Northern Health Agency said 21 people in Kelverton have fallen ill with Legionnaires' disease. {towers}\n");
    two_reports_disagree(&first, &second)
}

/// A small count of a thing fills a slot of its own: two reports of
/// one story that count it differently in clauses that read nearly
/// alike disagree.
#[test]
fn a_small_count_of_a_thing_fills_a_slot() {
    // The clauses score 7.9 against a threshold of 8: no pair by score.
    assert_eq!(outbreak_disagreements("Officials checked nine cooling towers."), 1);
    assert_eq!(outbreak_disagreements("Officials checked six cooling towers."), 0);
    assert_eq!(
        outbreak_disagreements("Engineers will inspect nine cooling towers across the county next month."),
        0,
        "clauses too unlike"
    );
}

/// A figure that agrees with the other report's bound still meets its
/// exact figure one digit edit away.
#[test]
fn a_figure_within_a_bound_meets_the_exact_figure() {
    let first = "June 10, 2025\n\nThe Brammerton trust said 3,412 patients had waited more than a year for treatment, its board heard on Monday.\n";
    let second = |exact: &str| {
        format!("June 10, 2025\n\nMore than 3,000 patients have waited over a year, the Brammerton trust said. An audit on Monday found {exact} patients in that group.\n")
    };
    assert_eq!(two_reports_disagree(first, &second("3,142")), 1);
    assert_eq!(two_reports_disagree(first, &second("3,412")), 0);
}

/// Two reports of one lighthouse's reopening, the first telling
/// `first` and the second `second`: how many disagreeing links.
fn lighthouse_disagreements(first: &str, second: &str) -> usize {
    let report = |told: &str| {
        format!("June 10, 2025\n\nThe Grenmouth lighthouse reopened on Saturday after a £2.4 million restoration, the Coastal Trust said. {told}\n")
    };
    two_reports_disagree(&report(first), &report(second))
}

/// A year of history told with a slip by two reports of one story is
/// one year two ways; two recent years, or the years of an event noun,
/// may be two things'.
#[test]
fn a_year_of_history_slipped_is_a_disagreement() {
    let lit = |year: &str| format!("Its tower, designed by the engineer Alasdair Penhallow, was lit in {year}.");
    let records = |year: &str| format!("Parish records show the lamp was lit in {year}.");
    assert_eq!(lighthouse_disagreements(&lit("1874"), &records("1847")), 1);
    assert_eq!(lighthouse_disagreements(&lit("1874"), &records("1874")), 0);
    assert_eq!(lighthouse_disagreements(&lit("2021"), &records("2012")), 0, "recent years");
    let storm = |year: &str| format!("A {year} storm, the engineer Alasdair Penhallow wrote, damaged the tower.");
    let gale = |year: &str| format!("Parish records show a storm in {year}.");
    assert_eq!(lighthouse_disagreements(&storm("1874"), &gale("1847")), 0, "an event noun");
}

/// Two reports of a pier's storm damage that tell the year it opened
/// with two digits swapped, in clauses that share little else.
#[test]
fn a_year_of_history_slipped_in_unlike_clauses() {
    let texts = crate::pair::disagreeing_texts("tests/probes/crowhaven-pier-storm-damage", ["a.txt", "b.txt"]);
    assert!(crate::pair::sets_against(&texts, "1869", "1896"), "{texts:?}");
}

/// A count just past the small ones meets a small count of its thing
/// when the two are close.
#[test]
fn a_count_just_past_the_small_ones_meets_a_small_count() {
    assert_eq!(outbreak_disagreements_from("nine", "Officials checked 11 cooling towers."), 1);
    assert_eq!(outbreak_disagreements_from("nine", "Officials checked 14 cooling towers."), 0, "not close");
    assert_eq!(outbreak_disagreements_from("nine", "Officials checked nine cooling towers."), 0);
    // A count past the small ones does not join a small slot a small
    // count fills: the second report still gives one small count.
    let two_counts = "Officials checked nine cooling towers. In 2019, inspectors shut 14 cooling towers.";
    assert_eq!(outbreak_disagreements(two_counts), 1);
}

/// Two reports of one bog study, the second ending on `study`: how
/// many disagreeing links.
fn study_disagreements(study: &str) -> usize {
    let first = "June 10, 2025\n\nRestoring Harrowdale Moss cut its carbon losses by 38 percent, the Northern Soil Institute said. The four-year study relied on 36 monitoring stations across the bog.\n";
    let second = format!("June 10, 2025\n\nThe Northern Soil Institute said carbon losses from Harrowdale Moss fell by 38 percent after its restoration. {study}\n");
    two_reports_disagree(first, &second)
}

/// A small duration fills a slot of what it is the length of: two
/// reports of one story that give it differently in clauses too
/// unlike to pair by score disagree; a small duration of something
/// else ("a three-year survey") fills another slot.
#[test]
fn a_small_duration_fills_a_slot_of_what_it_lasts() {
    // The clauses score 7.84 against a threshold of 8: no pair by score.
    let told =
        |years: &str| format!("Over a {years} study, scientists from Penhallow compared the moss with Bellhope Moss.");
    assert_eq!(study_disagreements(&told("three-year")), 1);
    assert_eq!(study_disagreements(&told("four-year")), 0);
    assert_eq!(
        study_disagreements("Penhallow's ornithologists also began a three-year survey of curlews on the moss."),
        0,
        "the length of something else"
    );
}

/// Two reports of one theft trial, the second ending on `days`: how many
/// disagreeing links.
fn trial_disagreements(days: &str) -> usize {
    let first = "June 10, 2025\n\nTwo men were convicted on Monday of stealing 40 casks of whisky worth £1.3 million from the Glenavrick bond in Kilbrae. The trial at Dunmore Sheriff Court lasted 19 days.\n";
    let second = format!("June 10, 2025\n\nA jury at Dunmore Sheriff Court convicted two men on Monday over the theft of 40 casks, worth £1.3 million, from the Glenavrick bond. {days}\n");
    two_reports_disagree(first, &second)
}

/// Two reports of one sentencing, the second telling the term `term`:
/// how many disagreeing links.
fn sentencing_disagreements(term: &str) -> usize {
    let first = "March 20, 2026\n\nA former bookkeeper who stole from a Harnley church fund was jailed on Friday. Petra Vossel, 52, was sentenced at Harnley Crown Court to four years and eight months. She took £212,000 while keeping its accounts for 14 years.\n";
    let second = format!("March 20, 2026\n\nParishioners wept as the bookkeeper who took £212,000 from the Harnley church fund {term}.\n");
    two_reports_disagree(first, &second)
}

/// A prison term is one slot whatever verb tells it ("was sentenced
/// to", "was sent to prison for").
#[test]
fn a_prison_term_told_with_two_verbs_is_one_term() {
    assert_eq!(sentencing_disagreements("was sent to prison for four years and two months"), 1);
    assert_eq!(sentencing_disagreements("was sent to prison for four years and eight months"), 0);
}

/// Two reports of a trial of two men, the second telling the
/// organiser's term `term` with another verb: how many disagreeing
/// links.
fn two_defendants_disagreements(term: &str) -> usize {
    let first = "March 20, 2026\n\nTwo men who stole 16 clocks from Ravensby Hall were jailed at Kelford Crown Court on Friday. Gary Selden, 46, of Dunfield, was sentenced to nine years and Liam Corbett, 29, to six years and six months. The van driver, Nathan Prowse, 38, was jailed for three years.\n";
    let second = format!("March 20, 2026\n\nThe hall's 16 clocks were taken in a raid planned by Gary Selden. Liam Corbett, 29, who worked at the hall, was jailed for six years and six months at Kelford Crown Court on Friday. Gary Selden, 46, the organiser, {term}.\n");
    two_reports_disagree(first, &second)
}

/// Each person sentenced fills a slot of their own term: a report that
/// sentences two gives each one value, small or not.
#[test]
fn each_person_sentenced_fills_a_slot_of_their_term() {
    assert_eq!(two_defendants_disagreements("received eight years"), 1);
    assert_eq!(two_defendants_disagreements("received nine years"), 0);
}

/// Two reports of one sentencing that name no one in the term's
/// sentence, the second telling the term `term`: how many disagreeing
/// links.
fn unnamed_term_disagreements(term: &str) -> usize {
    let first = "October 15, 2027\n\nA gamekeeper who laced rabbit carcasses with carbofuran has been jailed for two years and four months. Judge Helena Ashdown said he had shown a cold disregard for the law. The court heard that nine red kites and three buzzards died on the 2,600-hectare Ashby Moor estate, where investigators recovered 14 baits. He must also pay £18,500 in costs. Wildlife charity Raptor Watch welcomed the sentence.\n";
    let second = format!("October 16, 2027\n\nA gamekeeper on the Ashby Moor estate {term} after birds of prey were found poisoned with carbofuran. Kelford Crown Court heard that 14 baits were found on the 2,600-hectare moor. He was ordered to pay £18,500 towards the prosecution. Sergeant Ellen Marsh of the county wildlife crime unit said she hoped the case would deter others.\n");
    two_reports_disagree(first, &second)
}

/// A report of one sentencing hands down one term: two reports' terms
/// are one term, named or not; a term a noun names ("serving a
/// two-year sentence") is as often of the past, and fills no such slot.
#[test]
fn a_report_s_sole_prison_term_is_the_story_s_term() {
    assert_eq!(unnamed_term_disagreements("was jailed for two years and eight months"), 1);
    assert_eq!(unnamed_term_disagreements("was jailed for two years and four months"), 0);
    assert_eq!(unnamed_term_disagreements("already serving a two-year sentence was jailed again"), 0);
}

/// A length fills the slot of its unit ("sat for 17 days"); a stretch
/// between two moments ("ten days after the raid") fills none.
#[test]
fn a_stretch_between_two_moments_fills_no_slot_of_its_unit() {
    assert_eq!(
        trial_disagreements("Police recovered the casks from a farm building at Kilbrae ten days after the raid."),
        0
    );
    assert_eq!(trial_disagreements("The court sat for 17 days."), 1);
    assert_eq!(trial_disagreements("The court sat for 17 days after the arrests."), 1, "a length");
}

/// A margin a duration is told by is no stretch between two moments:
/// "beat Pelling by 8.4 seconds after a rain-delayed start" against
/// "holding off Pelling by 4.8 seconds" (blind round 85).
#[test]
fn a_margin_before_after_is_a_length() {
    let texts = crate::pair::disagreeing_texts("tests/probes/wraxholme-road-races-senior", ["a.txt", "c.txt"]);
    assert!(texts.iter().any(|(a, c)| a.contains("4.8 seconds") && c.contains("8.4 seconds")), "{texts:?}");
}

/// Two reports of one fire, the second giving `share` of homes that lost
/// power: how many disagreeing links.
fn power_cut_disagreements(share: &str) -> usize {
    let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares and destroyed 212 homes in Merrin County. About 40 percent of homes in Tolland Flats were left without power.\n";
    let second = format!("June 10, 2025\n\nThe Harlow Ridge fire destroyed 212 homes in Merrin County after burning 4,600 hectares. The utility said {share} were cut off.\n");
    two_reports_disagree(first, &second)
}

/// Two shares of one slot are of one population only when their
/// clauses name it alike, or one of them names nothing.
#[test]
fn shares_of_two_named_places_are_two() {
    assert_eq!(power_cut_disagreements("60 percent of homes in Tolland Flats"), 1);
    assert_eq!(power_cut_disagreements("60 percent of homes"), 1);
    assert_eq!(power_cut_disagreements("60 percent of homes in Caddon Springs"), 0, "another place");
}

/// Two reports that share one telling figure and a few of their names
/// might tell one story: a time of day one digit off is compared
/// there, and nothing else.
#[test]
fn reports_that_might_tell_one_story_compare_a_time_one_digit_off() {
    let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board. The alarm was raised at 5:42 p.m., and crews moved 1,184 residents.\n";
    let count = |rest: &str| {
        let second = format!("June 10, 2025\n\nRosa Delgado of the Red Cross said the Caddon Springs fire was 35 percent contained. {rest}\n");
        crate::pair::disagreements_across(&[Document::new("a.txt", first, None), Document::new("b.txt", second, None)])
    };
    assert_eq!(count("Its alarm was raised at 6:42 p.m."), 1, "a time one digit off");
    assert_eq!(count("Buses carried 1,148 residents to shelters."), 0, "a count one digit off");
}

/// Two reports of one fire, each ending on `a` and on `b`: how many
/// disagreeing links.
fn ending_on(a: &str, b: &str) -> usize {
    crate::pair::disagreements_across(&[
        Document::new("a.txt", format!("June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs. It destroyed 212 homes in Merrin County. The blaze was 35 percent contained on Monday, said Dana Whitcombe of the Forestry Board. {a}\n"), None),
        Document::new("b.txt", format!("June 10, 2025\n\nForestry staff estimate that 4,600 hectares of pine and scrub have been blackened. The Harlow Ridge fire has destroyed 212 houses in Merrin County. Officials said it was 35 percent contained. {b}\n"), None),
    ])
}

/// A report that gives two figures of one counted head still gives one
/// to the slot of that head and its verb: the other report's figure
/// there is a slip; not when one report gives three such figures (a
/// box score); names told on both sides and none shared weigh against
/// it as in any pair.
#[test]
fn a_slot_told_by_its_verb_holds_one_figure() {
    let crews = "Crews cut a firebreak 18 kilometres north of Tolland. The blaze spread 47 kilometres overnight.";
    let slip = "Volunteers with two bulldozers had cut it 21 kilometres beyond the town by Sunday night.";
    assert_eq!(ending_on(crews, slip), 1, "the firebreak's distance");
    let three = format!("{crews} Its smoke drifted 64 kilometres.");
    assert_eq!(ending_on(&three, slip), 0, "three distances");
    let harker = "Crews led by Tom Harker cut a firebreak 18 kilometres north of Tolland. The blaze spread 47 kilometres overnight.";
    let pryce = "Volunteers led by Ann Pryce had cut it 21 kilometres beyond the town by Sunday night.";
    assert_eq!(ending_on(harker, pryce), 0, "other people's work");
}

/// Two reports that each give a slot two values and share one tell one
/// thing by the other two: a slip when their digits are one edit apart,
/// not when the shared value stands in the same sentence (two things
/// set side by side), nor when the digits are further apart.
#[test]
fn the_other_values_of_a_slot_that_shares_one_are_one_thing() {
    let pumps = |b: &str| {
        crate::pair::disagreements_across(&[
            Document::new("a.txt", "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs, said Dana Whitcombe of the Forestry Board. It destroyed 212 homes. Engineers spent 41 minutes cooling the ridge line. The pumps at the reservoir ran for 94 minutes.\n", None),
            Document::new("b.txt", format!("June 10, 2025\n\nA wildfire near Caddon Springs has blackened 4,600 hectares and destroyed 212 houses, firefighters in Merrin County said. {b}\n"), None),
        ])
    };
    let ridge = "The ridge line was cooled in 41 minutes.";
    assert_eq!(pumps(&format!("{ridge} It was 84 minutes before the reservoir was safe.")), 1, "94 and 84 minutes");
    assert_eq!(pumps(&format!("{ridge} It was 57 minutes before the reservoir was safe.")), 0, "no slip");
    let side_by_side = "Cooling the ridge line took 41 minutes and making the reservoir safe took 84 minutes.";
    assert_eq!(pumps(side_by_side), 0, "set side by side");
}

/// The day a paper was published, told in a sentence of its story
/// ("The paper describing the species, published on Wednesday in the
/// Journal of Cave Fauna"), is a
/// fact of the story and fills a slot.
#[test]
fn a_day_of_publishing_told_in_a_sentence_fills_a_slot() {
    let texts = crate::pair::disagreeing_texts("tests/probes/farrowdene-beetle-species-discovery", ["a.txt", "b.txt"]);
    assert!(texts.iter().any(|(a, b)| a == "Wednesday" && b == "Tuesday"), "{texts:?}");
}

/// Two reports' days of one verb one day apart are a slip, judged as
/// leniently as figures one digit edit apart: an inspector's decision
/// letter "published on Tuesday" against "published on Monday", in
/// clauses that score 3.2 against a threshold of 8.
#[test]
fn a_day_one_off_in_a_slot_of_its_verb_is_a_slip() {
    let texts =
        crate::pair::disagreeing_texts("tests/probes/hollinbrook-supermarket-planning-appeal", ["a.txt", "c.txt"]);
    assert!(texts.iter().any(|(a, b)| a == "Tuesday" && b == "Monday"), "{texts:?}");
}

/// A report of an arrest over an exam leak, with the age of the man
/// arrested and no name.
const VESSMARK_ARREST: &str = "June 10, 2025\n\nPolice arrested a 34-year-old man at his home in Brennick on Tuesday over the leak of the Vessmark exam paper. The Vessmark board cancelled the paper for 48,000 pupils at 312 schools.\n";

/// Another report of that arrest, with the age `age` of a machine
/// operator it does not name.
fn vessmark_held(age: &str) -> String {
    format!("June 10, 2025\n\nA {age}-year-old machine operator from Brennick was held over the Vessmark exam leak, which forced the board to cancel the paper for 48,000 pupils at 312 schools.\n")
}

/// Two reports of one story that each give one age of someone they do
/// not name give one person's age, whatever noun each chose.
#[test]
fn a_report_s_one_unnamed_age_is_its_story_s() {
    let first = VESSMARK_ARREST;
    let second = vessmark_held;
    assert_eq!(two_reports_disagree(first, &second("34")), 0, "one age");
    assert_eq!(two_reports_disagree(first, &second("43")), 1, "a slipped age");
    assert_eq!(two_reports_disagree(first, &second("29")), 1, "an age a few years off");
    assert_eq!(two_reports_disagree(first, &second("71")), 0, "too far apart for a slip");
}

/// Two reports of one story that each give one share give one share,
/// whatever each says it is of.
#[test]
fn a_report_s_one_share_is_its_story_s() {
    let first = "June 10, 2025\n\nThe Pell family owns 71 per cent of Lessingford Coaches, which runs 214 buses from its Quarry Road depot and employs 630 people.\n";
    let second = |share: &str| {
        format!("June 10, 2025\n\nLessingford Coaches, in which the Pell family holds {share}, runs 214 buses from the Quarry Road depot with 630 staff.\n")
    };
    assert_eq!(two_reports_disagree(first, &second("71 per cent")), 0, "one share");
    assert_eq!(two_reports_disagree(first, &second("67 per cent")), 1, "a slipped share");
}

/// An ordinal names one of a series ("the 79th Academy Awards", "the
/// 85th"): reports of one story recall several, so it fills no slot.
#[test]
fn an_ordinal_fills_no_slot() {
    let text = "June 10, 2025\n\nNadia Orme hosted the 41st Marrow Film Prize gala, which drew 2,300 guests.\n";
    let docs = [Document::new("a.txt", text, None)];
    let why = |figure: &str| {
        crate::pair::with_world(&docs, |world, claims| {
            let c = claims[0].iter().position(|c| c.span.slice(text) == figure).expect(figure);
            world.slot_keys((0, c)).err()
        })
    };
    assert_eq!(why("41st"), Some("an ordinal"));
    assert_eq!(why("2,300"), None, "a count beside it fills its slot");
}

/// A month slips by a few months ("July 2024" for "September 2024"),
/// a day by a few days.
#[test]
fn a_slipped_month_is_a_few_months_off() {
    let doc = Document::new(
        "a.txt",
        "June 2, 2025\n\nIt began in July 2024. It ended in September 2024. It paused in January 2025. It met on June 3, 2024.\n",
        None,
    );
    let claims = crate::extract::extract(&doc);
    let value = |text: &str| claims.iter().find(|c| c.span.slice(&doc.text) == text).map(|c| c.value);
    let (july, september, january) = (value("July 2024"), value("September 2024"), value("January 2025"));
    let (Some(july), Some(september), Some(january)) = (july, september, january) else {
        panic!("months read: {claims:?}")
    };
    assert!(crate::pair::slip::slip_sized(&july, &september), "two months apart");
    assert!(!crate::pair::slip::slip_sized(&july, &january), "six months apart");
    let june = value("June 3, 2024").expect("a day");
    assert!(!crate::pair::slip::slip_sized(&july, &june), "a month against a day of another");
}

/// Two related reports' days are a small slip apart when at most two
/// days apart or slipped in one part ("December 2", "December 12").
#[test]
fn a_date_slipped_in_one_part_is_a_small_slip() {
    let text = "January 5, 2027\n\nHe was arrested on December 2, 2026. He was charged on December 12, 2026. \
                He was bailed on December 19, 2026. He was freed on December 3, 2026.\n";
    let docs = [Document::new("a.txt", text, None)];
    crate::pair::with_world(&docs, |world, claims| {
        let at = |t: &str| claims[0].iter().position(|c| c.span.slice(text) == t).map(|c| (0, c));
        let close = |a: &str, b: &str| match (at(a), at(b)) {
            (Some(x), Some(y)) => world.close_slip(x, y),
            _ => panic!("dates read: {:?}", claims[0]),
        };
        assert!(close("December 2, 2026", "December 12, 2026"), "a day one digit off");
        assert!(close("December 2, 2026", "December 3, 2026"), "a day off");
        assert!(!close("December 2, 2026", "December 19, 2026"), "two digits off");
    });
}

/// A day slipped in one of its parts is a slip: its day of the month
/// one digit off, its month one off, its year one digit off; a month's
/// year one digit off too. Not two other days.
#[test]
fn a_date_slipped_in_one_part_is_slip_sized() {
    let text = "June 2, 2027\n\nIt began on April 2, 2027. It ended on April 12, 2027. It paused on May 12, 2027. \
                It met on May 21, 2027. It was built in October 1967. It was rebuilt in October 1976. It was sold \
                in December 1966. It closed on April 19, 2027.\n";
    let doc = Document::new("a.txt", text, None);
    let claims = crate::extract::extract(&doc);
    let value = |text: &str| claims.iter().find(|c| c.span.slice(&doc.text) == text).map(|c| c.value);
    let sized = |a: &str, b: &str| match (value(a), value(b)) {
        (Some(x), Some(y)) => crate::pair::slip::slip_sized(&x, &y),
        _ => panic!("dates read: {claims:?}"),
    };
    assert!(sized("April 2, 2027", "April 12, 2027"), "a day one digit off");
    assert!(sized("April 12, 2027", "May 12, 2027"), "a month off");
    assert!(sized("May 12, 2027", "May 21, 2027"), "a day's digits swapped");
    assert!(sized("October 1967", "October 1976"), "a month's year's digits swapped");
    assert!(!sized("October 1967", "December 1966"), "another month");
    assert!(!sized("April 2, 2027", "April 19, 2027"), "two digits off");
}

/// A change fills a slot of changes ("shares jumped 22%", "shares
/// climbed 12%" in the probe cluster `steel-takeover`), apart from the
/// levels of the same head.
#[test]
fn a_change_fills_a_slot_of_changes() {
    let a = include_str!("../../../tests/probes/steel-takeover/a.txt");
    let b = include_str!("../../../tests/probes/steel-takeover/b.txt");
    let docs = [Document::new("a.txt", a, None), Document::new("b.txt", b, None)];
    let (claims, _) = crate::checks::extract_all(&docs);
    let text = |at: (usize, usize)| claims[at.0][at.1].span.slice(if at.0 == 0 { a } else { b });
    let links = crate::pair::links_with_drafts(&docs, &[]);
    let moves = links.iter().filter(|l| !l.agree && (text(l.a), text(l.b)) == ("22%", "12%")).count();
    assert_eq!(moves, 1, "Corvane's shares jumped 22% against climbed 12%");
}

/// Three changes of one head (a week of share moves) leave no finer
/// slot for them, as three levels would; two do.
#[test]
fn three_changes_of_one_head_leave_no_finer_slot() {
    let few = |body: &str| {
        let docs = [Document::new("a.txt", format!("June 10, 2025\n\n{body}\n"), None)];
        crate::pair::with_world(&docs, |world, claims| {
            let jump = claims[0].iter().position(|c| c.span.slice(&docs[0].text) == "22%").expect("the jump");
            world.few_figures(&world.slots_of(0, &Default::default()), (0, jump))
        })
    };
    let two = "Corvane shares jumped 22% on Monday. Corvane shares slid 3.4% on Tuesday.";
    assert!(few(two), "two moves");
    assert!(!few(&format!("{two} Corvane shares rose 5.6% on Wednesday.")), "three moves");
}

/// An estimate fills a slot as its figure would: "about 420,000" and
/// "around 240,000" are two values, "about 420,000" and "420,000" one.
#[test]
fn an_estimate_fills_a_slot() {
    let patients = |v: &str| {
        ending_on(
            "Around 420,000 patients take the tablets every day, the regulator said.",
            &format!("The recall affects {v} patients who were prescribed the drug."),
        )
    };
    assert_eq!(patients("about 240,000"), 1, "two estimates of one count");
    assert_eq!(patients("about 410,000"), 0, "estimates that agree");
    assert_eq!(patients("between 100,000 and 400,000"), 0, "a wide range fills no slot");
}

/// A slot that a rule names on one side only is one thing at the
/// stricter threshold of the two rules.
#[test]
fn a_slot_one_rule_names_on_one_side_is_judged_at_the_stricter_threshold() {
    let fund = |v: &str| {
        ending_on(
            "Mayor Tom Reddy announced a £500,000 emergency fund for displaced families and said the council would pay for hotel rooms.",
            &format!("Reddy has promised that a {v} hardship fund will be open for applications by Wednesday."),
        )
    };
    assert_eq!(fund("£350,000"), 1, "one fund, two sums");
    assert_eq!(fund("£5,000"), 0, "too far apart for a slip");
    let trip = "An end-to-end trip on the new line takes 19 minutes.";
    let bus = "\"I usually sit on the bus for 47 minutes,\" said Luka Brandt, who rode it on Monday.";
    assert_eq!(ending_on(trip, bus), 0, "a trip's length against a rider's bus ride: not near the catch-all's bar");
}

/// A slot each report fills once with values one digit edit apart is
/// one figure told with a slip, though the clauses share little; not
/// for a reading that changes by the hour, nor for people the verbs
/// tell apart.
#[test]
fn a_slot_filled_one_digit_off_is_a_slip() {
    let smoke = "Smoke drifted 38 miles to the coast.";
    assert_eq!(ending_on(smoke, "Ash fell as far away as Tolland, 83 miles from the blaze."), 1, "digits swapped");
    assert_eq!(ending_on(smoke, "Ash fell as far away as Tolland, 63 miles from the blaze."), 0, "two distances");
    let temperature =
        |v: &str| ending_on("Crews worked in heat of 31°C.", &format!("By dusk the air in Tolland had cooled to {v}."));
    assert_eq!(temperature("13°C"), 0, "two moments' readings");
    let people = |v: &str| {
        ending_on(
            "Sheriff's deputies held 19 people in Tolland.",
            &format!("Separately, prosecutors in Ardent charged {v} people with insurance fraud."),
        )
    };
    assert_eq!(people("12"), 0, "people the verbs tell apart");
}

/// A report that also states the other's value, whatever it counts
/// with it, knows both values and tells two things by them.
#[test]
fn a_report_that_states_both_values_tells_two_things() {
    assert_eq!(disagreements("6,900 hectares", "212"), 1, "a slip in the area");
    let both = "6,900 hectares of pine and scrub have been blackened. The Merrin reserve is 4,600 hectares, and";
    assert_eq!(disagreements(both, "212"), 0, "the report states both");
}

/// Inside one story, two verbs for one slot's figure weigh nothing
/// instead of forbidding the pair ("kept underground for 31 hours",
/// "spent 37 hours in the dark": no rule names either).
#[test]
fn a_slot_is_one_thing_whatever_the_verbs() {
    let docs = vec![
        Document::new("a.txt", "June 10, 2025\n\nRescuers freed 23 miners at the Kestrel Ridge mine in Selwick on Wednesday. The collapse kept the men underground for 31 hours. The Kestrel Ridge mine employs 140 workers.\n", None),
        Document::new("b.txt", "June 10, 2025\n\nTwenty-three miners were freed at the Kestrel Ridge mine in Selwick on Wednesday. The crew spent 37 hours in the dark. Brannock Minerals, which runs the Kestrel Ridge mine, has 140 workers there.\n", None),
    ];
    let disagreements = crate::pair::disagreements_across(&docs);
    assert_eq!(disagreements, 1);
}

/// A draft and its sources tell one story by the writer's word: a slot
/// the draft fills with another value is a disagreement even when the
/// two share too few figures to be judged one story on their own.
#[test]
fn a_draft_and_its_sources_tell_one_story() {
    assert_eq!(disagreements_with_drafts("7,900 hectares", "350", &[]), 0, "one shared figure is no story");
    assert_eq!(disagreements_with_drafts("7,900 hectares", "350", &[1]), 1, "the draft's area against its source's");
    assert_eq!(disagreements_with_drafts("4,600 hectares", "350", &[1]), 0, "the same area");
}

/// Two reports of one story that each give one sum of money tell one
/// sum, whatever each says it pays for; a report that gives two sums
/// compares neither there.
#[test]
fn one_story_one_sum_of_money() {
    let count = |sums: &str| {
        let first = "June 10, 2025\n\nThe Harlow Ridge fire has burned 4,600 hectares near Caddon Springs and destroyed 212 homes in Merrin County. The families will get a £1.8 million grant from the county council.\n";
        let second = format!("June 10, 2025\n\nThe Harlow Ridge fire has destroyed 212 homes in Merrin County after blackening 4,600 hectares near Caddon Springs. {sums}\n");
        crate::pair::disagreements_of_texts(first, &second)
    };
    assert_eq!(count("The families have received £1.3 million in public funding."), 1, "a slipped sum");
    assert_eq!(count("The families have received £1.8 million in public funding."), 0, "the same sum");
    assert_eq!(
        count("The families have received £1.3 million in public funding. Road repairs will cost £2.6 million."),
        0,
        "two sums"
    );
}

/// A day told two ways by two reports of one story is a slip, unless
/// one of them also tells the other's day: then it tells two days of
/// two things ("samples taken on Thursday" beside "Tuesday's samples").
#[test]
fn a_report_that_tells_both_days_tells_two_things() {
    let story = "The Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
    let two = |b: &str| {
        let docs = vec![
            Document::new(
                "a.txt",
                format!("June 12, 2025\n\n{story} Crews sampled the Merrin reservoir on Tuesday.\n"),
                None,
            ),
            Document::new("b.txt", format!("June 12, 2025\n\n{story} {b}\n"), None),
        ];
        crate::pair::disagreements_across(&docs)
    };
    assert_eq!(two("Crews sampled the Merrin reservoir on Thursday."), 1, "a slipped day");
    assert_eq!(
        two("Crews sampled the Merrin reservoir on Thursday. The results of Tuesday's tests were clean."),
        0,
        "the report tells both days"
    );
}

/// The first time of day a report gives is the moment of its story,
/// whatever its verb: two reports of one story disagree when their
/// first times look like a slip (one digit edit, or half an hour), and
/// so do two times each the other's nearest, half an hour apart at
/// most, when their clauses read alike enough; a bound ("before") is no
/// moment, and a lower bound ("shortly after") a time a little later
/// fits is none either.
#[test]
fn the_first_time_of_day_of_two_reports_is_one_moment() {
    let story = "The Harlow Ridge fire has destroyed 212 homes in Merrin County and burned 4,600 hectares.";
    let first = format!("{story} A falling power line sparked the blaze at 4:15 a.m.");
    let count = |second: &str| crate::pair::disagreements_of_two(&first, &format!("{second} {story}"));
    assert_eq!(count("The fire in the hills took hold at 5:15 a.m."), 1, "an hour off, one digit");
    assert_eq!(count("The fire in the hills took hold at 4:40 a.m."), 1, "25 minutes off");
    assert_eq!(count("The fire in the hills took hold at 4:15 a.m."), 0, "the same moment");
    assert_eq!(count("The fire in the hills took hold at 5:00 a.m."), 0, "45 minutes and two digits off");
    assert_eq!(count("The fire in the hills took hold before 5:15 a.m."), 0, "a bound");
    assert_eq!(count("The fire in the hills took hold at 4:40 a.m. Crews arrived at 6:30 a.m."), 1, "the first of two");
    assert_eq!(
        count("Crews arrived at 6:30 a.m. The fire in the hills took hold at 4:40 a.m."),
        1,
        "not the first, the nearest"
    );
    assert_eq!(
        count("Crews arrived at 4:30 a.m. The fire in the hills took hold at 5:40 a.m."),
        0,
        "the nearest, another moment"
    );
    assert_eq!(count("The fire in the hills took hold shortly after 4 a.m."), 0, "a lower bound 4:15 fits");
    assert_eq!(count("The fire in the hills took hold shortly after 3:15 a.m."), 1, "an hour before");
    assert_eq!(count("The fire in the hills took hold at around 4 a.m."), 0, "a rough time 4:15 fits");
    assert_eq!(count("The fire in the hills took hold at around 4:40 a.m."), 1, "a time told to the minute");
    assert_eq!(
        count("Crews were called at 5:15 a.m., an hour after the power line fell."),
        0,
        "placed by the other's moment"
    );
    assert_eq!(
        count("Crews were called at 5:15 a.m., two hours after the power line fell."),
        1,
        "placed by another moment"
    );
}

/// A link between a day with a time ("7:42 a.m. on Tuesday") and a day
/// alone ("on Tuesday") agrees on the day and says nothing of the
/// time, which slots and digit slips still compare.
#[test]
fn a_day_alone_links_a_day_with_a_time_for_its_day_only() {
    let docs = [
        Document::new("a.txt", "June 10, 2025\n\nThe depot blast came on Tuesday. It struck at 6:42 a.m.\n", None),
        Document::new("b.txt", "June 10, 2025\n\nThe depot was hit by a blast at 7:42 a.m. on Tuesday.\n", None),
    ];
    crate::pair::with_world(&docs, |world, claims| {
        let at = |d: usize, text: &str| {
            let c = claims[d].iter().position(|c| c.span.slice(&docs[d].text) == text).expect(text);
            (d, c)
        };
        let link = |a, b| crate::pair::Link { a, b, score: 6.0, agree: true, kind: crate::pair::LinkKind::Across };
        assert!(world.day_only_link(&link(at(0, "Tuesday"), at(1, "7:42 a.m. on Tuesday"))));
        assert!(!world.day_only_link(&link(at(0, "6:42 a.m."), at(1, "7:42 a.m. on Tuesday"))));
    });
}

/// A day is a slot too, keyed by what happened on it ("collapsed on
/// Tuesday"); the day a page was posted is no fact of the story; a
/// slipped day is days off, not a year.
#[test]
fn the_day_of_what_happened_is_a_slot() {
    let text = "June 10, 2025\n\nA haulage tunnel at the Kestrel Ridge mine collapsed on Tuesday. The account was posted in Mine Accidents on Wednesday, June 11, 2025.\n";
    let docs = vec![Document::new("a.txt", text, None)];
    let filled: Vec<&str> = crate::pair::with_world(&docs, |world, claims| {
        world
            .slots_of(0, &Default::default())
            .iter()
            .filter(|(key, _)| !matches!(key.1, super::LEAD | super::EARLIEST))
            .filter_map(|(_, f)| match f {
                super::Fill::One(_, at) => claims.first()?.get(at.1).map(|c| c.span.slice(text)),
                super::Fill::Two(..) | super::Fill::Many => None,
            })
            .collect()
    });
    assert_eq!(filled, ["Tuesday"]);
    let day = |d: &str| Document::new("b.txt", format!("{d}\n\nIt collapsed on {d}.\n"), None);
    let value = |d: &str| crate::checks::extract_all(&[day(d)]).0.into_iter().flatten().last().map(|c| c.value);
    let (Some(a), Some(b), Some(c)) = (value("June 10, 2025"), value("June 12, 2025"), value("June 12, 2024")) else {
        panic!("three dates");
    };
    assert!(crate::pair::slip::slip_sized(&a, &b) && !crate::pair::slip::slip_sized(&a, &c));
}

/// A report whose sentence sets the other report's figure beside its
/// own (a peak it comes down from) acknowledges it: the two are two
/// moments, no slot disagreement.
#[test]
fn a_figure_set_beside_the_others_is_acknowledged() {
    let first = "June 10, 2025\n\nAn ice storm in Quarnby knocked out power to 48,200 homes at its peak on \
                 Tuesday, and 212 crews from Selmoor worked through the night, Northmere Power said.\n";
    let second = |tail: &str| {
        format!(
            "June 10, 2025\n\nNorthmere Power said 31,000 homes in Quarnby were still without electricity late \
             on Tuesday{tail}. Some 212 crews from Selmoor were at work.\n"
        )
    };
    let count = |tail: &str| {
        let docs = [Document::new("a.txt", first, None), Document::new("b.txt", second(tail), None)];
        crate::pair::disagreements_across(&docs)
    };
    assert_eq!(count(", down from about 48,000 at the height of the storm"), 0);
    assert_eq!(count(""), 1);
}

/// Two reports of one final, the second telling its score with
/// `told`: how many disagreeing links.
fn final_disagreements(told: &str) -> usize {
    let first = "May 4, 2025\n\nHarnford Hawks beat Kelby Rovers 26-18 in the Grand Final at Marlow Park on Saturday, \
                 watched by 31,250 fans. Hawks coach Dale Prentice said the club had waited 14 years.\n";
    let second = format!(
        "May 4, 2025\n\nA crowd of 31,250 at Marlow Park saw Harnford Hawks and Kelby Rovers meet in the Grand \
         Final on Saturday. {told} Coach Dale Prentice said the club had waited 14 years.\n"
    );
    crate::pair::disagreements_of_texts(first, &second)
}

/// Reports of one match give one result, whatever verb tells it; a
/// score at the break or a lead on the way is not the result.
#[test]
fn one_match_has_one_result() {
    assert_eq!(final_disagreements("The Hawks won 26-18."), 0, "the same result");
    assert_eq!(final_disagreements("The Hawks won 28-18."), 1, "a slipped result");
    assert_eq!(final_disagreements("The Hawks ran out 28-18 winners."), 1, "a slipped result, told otherwise");
    assert_eq!(final_disagreements("The Hawks led 14-6 at the break."), 0, "the score at half-time");
    assert_eq!(final_disagreements("The Hawks were 14-6 up at the break."), 0, "a lead at half-time");
    assert_eq!(final_disagreements("The Hawks led 20-18 with ten minutes left."), 0, "a lead");
}

/// Two reports of one day that share names and no telling figure,
/// the second one's body `body`: how many disagreeing links.
fn blast_disagreements(body: &str) -> usize {
    let first = "June 10, 2025\n\nA gas explosion tore through the Corran Street bakery in Kelmsford on Monday, \
                 said fire chief Aldo Brannick of the Kelmsford Fire Service. The blast came at 6:40 a.m. Crews of \
                 28 firefighters fought the flames, and police moved 140 residents from the terrace to the Ellery \
                 Hall.\n";
    crate::pair::disagreements_of_texts(first, &format!("June 10, 2025\n\n{body}\n"))
}

/// Two reports of one story that each give one sum of money tell one
/// sum, whatever each says it pays for: "a penalty" and "an
/// underperformance payment" are two subject groups of the money rule,
/// which part them nowhere else.
#[test]
fn one_story_s_sum_is_one_whatever_it_pays_for() {
    let first = "October 9, 2025\n\nVale Marsh Water lost 182 million litres a day through leaks in the year to \
                 March, the Water Standards Office said, and must pay a penalty of £11.6 million. Its chief \
                 executive, Hal Brennick, said 31,500 leaks had been fixed.\n";
    let second = "October 9, 2025\n\nThe Water Standards Office has imposed a £16.1 million underperformance \
                  payment on Vale Marsh Water, which lost 182 million litres a day. Hal Brennick said crews had \
                  fixed 31,500 leaks.\n";
    assert_eq!(crate::pair::disagreements_of_texts(first, second), 1);
}

/// Reports of one story may disagree on more than they agree: a slip
/// in the event's day and time, or in two counts told with other verbs
/// ("crews of 28 firefighters" against "about 24 firefighters were
/// sent"), is a slip all the same.
#[test]
fn reports_of_one_story_keep_every_disagreement() {
    let moment = "The Corran Street bakery blew apart on Sunday. The Kelmsford Fire Service said the blast came at \
                  6:10 a.m.; its chief, Aldo Brannick, had led the crews, and residents of the terrace spent the \
                  day at the Ellery Hall.";
    assert_eq!(blast_disagreements(moment), 2, "the day and the time");
    let counts = "About 24 firefighters were sent to Corran Street, and 190 residents were evacuated. The \
                  Kelmsford Fire Service said its chief, Aldo Brannick, had led the crews, and residents of the \
                  terrace spent the day at the Ellery Hall.";
    assert_eq!(blast_disagreements(counts), 2, "two counts told with other verbs");
}
