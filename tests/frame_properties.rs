//! Properties of the frame reader: sentences built from templates, with
//! the figure, what is counted, what happened, the place and the day
//! drawn at random, are read with the frame the template says, wherever
//! the figure stands in the sentence.

use factlint::claim::ClaimKind;
use factlint::frame::{extract_with_frames, Frame, Mode, Role};
use factlint::Document;
use proptest::prelude::*;

/// Plural nouns of counted people and their lemmas.
const PEOPLE: [(&str, &str); 5] = [
    ("people", "people"),
    ("residents", "resident"),
    ("workers", "worker"),
    ("soldiers", "soldier"),
    ("passengers", "passenger"),
];
/// Passive participles and their lemmas.
const VERBS: [(&str, &str); 5] = [
    ("killed", "kill"),
    ("injured", "injure"),
    ("evacuated", "evacuate"),
    ("arrested", "arrest"),
    ("rescued", "rescue"),
];
const PLACES: [&str; 4] = ["Port Alden", "Kelsby", "Varnholt", "Brennick"];
const DAYS: [&str; 4] = ["Monday", "Tuesday", "Friday", "Sunday"];

/// A count as news writes it: thousands with a comma (a bare "1801" before
/// a noun reads as a year, as in "2007 models").
fn written(n: u32) -> String {
    if n >= 1000 {
        format!("{},{:03}", n / 1000, n % 1000)
    } else {
        n.to_string()
    }
}

/// The frame of the claim whose text is `text`.
fn frame_of(sentence: &str, text: &str) -> Option<(Frame, String)> {
    let doc = Document::new("a.txt", format!("March 10, 2025\n{sentence}\n"), None);
    let (claims, frames) = extract_with_frames(&doc);
    let i = claims.iter().position(|c| c.span.slice(&doc.text) == text)?;
    Some((frames.get(i)?.clone(), doc.text.clone()))
}

fn head(frame: &Frame, text: &str, which: fn(&Frame) -> Option<factlint::frame::Head>) -> String {
    which(frame).map_or("-".into(), |h| h.text(text))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// "N residents were evacuated in Kelsby on Monday", and the same with
    /// the attribution first: the noun after the figure is counted, the
    /// verb after it is what happened, and it is a total told as a fact.
    #[test]
    fn a_figure_before_its_noun_and_verb(n in 2u32..5000, who in 0usize..5, verb in 0usize..5, place in 0usize..4, day in 0usize..4, lead in any::<bool>()) {
        let (noun, noun_lemma) = PEOPLE[who];
        let (participle, verb_lemma) = VERBS[verb];
        let n = written(n);
        let clause = format!("{n} {noun} were {participle} in {} on {}", PLACES[place], DAYS[day]);
        let sentence = if lead { format!("Officials said {clause}.") } else { format!("{clause}, officials said.") };
        let (frame, text) = frame_of(&sentence, &n).expect("the figure is a claim");
        prop_assert_eq!(head(&frame, &text, |f| f.counted), noun_lemma, "{}", sentence);
        prop_assert_eq!(head(&frame, &text, |f| f.predicate), verb_lemma, "{}", sentence);
        prop_assert_eq!(frame.role, Role::Total);
        prop_assert!(frame.entities.iter().any(|e| e.slice(&text) == PLACES[place].split(' ').next().unwrap_or_default()), "{}", sentence);
    }

    /// "Police arrested N people": the verb before the figure.
    #[test]
    fn a_figure_after_its_verb(n in 2u32..5000, who in 0usize..5, verb in 0usize..5) {
        let (noun, noun_lemma) = PEOPLE[who];
        let (participle, verb_lemma) = VERBS[verb];
        let n = written(n);
        let sentence = format!("The army {participle} {n} {noun} in Kelsby.");
        let (frame, text) = frame_of(&sentence, &n).expect("the figure is a claim");
        prop_assert_eq!(head(&frame, &text, |f| f.counted), noun_lemma, "{}", sentence);
        prop_assert_eq!(head(&frame, &text, |f| f.predicate), verb_lemma, "{}", sentence);
    }

    /// "Turnout in Kelsby was N%": the subject before a copula is counted.
    #[test]
    fn the_subject_of_a_copula_is_counted(n in 1u32..100, subject in prop::sample::select(vec!["Turnout", "Inflation", "Unemployment"]), place in 0usize..4, with_place in any::<bool>()) {
        let place = if with_place { format!(" in {}", PLACES[place]) } else { String::new() };
        let sentence = format!("{subject}{place} was {n}%.");
        let (frame, text) = frame_of(&sentence, &format!("{n}%")).expect("the figure is a claim");
        prop_assert_eq!(head(&frame, &text, |f| f.counted), subject.to_lowercase(), "{}", sentence);
    }

    /// "N people were killed, including M soldiers": the second figure is
    /// a subset, the first a total.
    #[test]
    fn including_makes_a_subset(n in 10u32..500, m in 2u32..9, who in 1usize..5) {
        let (noun, _) = PEOPLE[who];
        let sentence = format!("{n} people were killed, including {m} {noun}.");
        let (total, _) = frame_of(&sentence, &n.to_string()).expect("the total is a claim");
        let (part, _) = frame_of(&sentence, &m.to_string()).expect("the subset is a claim");
        prop_assert_eq!(total.role, Role::Total);
        prop_assert_eq!(part.role, Role::Subset);
    }

    /// "A gunman shot N people in Kelsby on Monday, killing M": the
    /// participle clause is the second figure's own, so its predicate is
    /// the participle and its time the day of the clause it leans on; the
    /// first figure is not governed by "killing".
    #[test]
    fn a_participle_clause_has_its_own_figure_and_the_time_before_it(n in 3u32..60, m in 1u32..3, place in 0usize..4, day in 0usize..4) {
        let sentence = format!("A gunman shot {n} people in {} on {}, killing {m}.", PLACES[place], DAYS[day]);
        let (shot, text) = frame_of(&sentence, &n.to_string()).expect("the first figure is a claim");
        let (killed, _) = frame_of(&sentence, &m.to_string()).expect("the second figure is a claim");
        prop_assert_eq!(head(&shot, &text, |f| f.predicate), "shoot", "{}", sentence);
        prop_assert!(shot.actions.iter().all(|a| a.text(&text) != "kill"), "{}", sentence);
        prop_assert_eq!(head(&killed, &text, |f| f.predicate), "kill", "{}", sentence);
        prop_assert!(killed.time.is_some(), "the time of the clause before: {}", sentence);
    }

    /// "The number of residents missing has since risen to N": the noun
    /// of the generic "number of" is counted, the outcome after it is what
    /// happened, and "since" does not open a clause of its own.
    #[test]
    fn the_number_of_people_and_their_outcome(n in 2u32..900, who in 0usize..5, outcome in 0usize..3, since in any::<bool>()) {
        let (noun, noun_lemma) = PEOPLE[who];
        let (adjective, lemma) = [("missing", "miss"), ("injured", "injure"), ("dead", "dead")][outcome];
        let adverb = if since { " since" } else { "" };
        let sentence = format!("The number of {noun} {adjective} has{adverb} risen to {n}.");
        let (frame, text) = frame_of(&sentence, &n.to_string()).expect("the figure is a claim");
        prop_assert_eq!(head(&frame, &text, |f| f.counted), noun_lemma, "{}", sentence);
        prop_assert_eq!(head(&frame, &text, |f| f.predicate), lemma, "{}", sentence);
    }

    /// "Kelsby scored N of Varnholt's first M points": the first figure is
    /// a subset that counts the points (through the possessive and the
    /// figures), and the second is the whole it is part of; alone ("took
    /// Varnholt's first M points"), a run picked by its order is a subset.
    #[test]
    fn a_partitive_through_a_possessive_and_a_run_of_a_series(n in 2u32..9, extra in 1u32..30, place in 0usize..4, curly in any::<bool>()) {
        let m = n + extra;
        let apostrophe = if curly { "\u{2019}" } else { "'" };
        let sentence = format!("Kelsby scored {n} of {}{apostrophe}s first {m} points.", PLACES[place]);
        let (part, text) = frame_of(&sentence, &n.to_string()).expect("the part is a claim");
        let (run, _) = frame_of(&sentence, &m.to_string()).expect("the run is a claim");
        prop_assert_eq!(part.role, Role::Subset, "{}", sentence);
        prop_assert_eq!(head(&part, &text, |f| f.counted), "point", "{}", sentence);
        prop_assert_eq!(run.role, Role::Whole, "{}", sentence);
        let alone = format!("Kelsby took {}{apostrophe}s first {m} points.", PLACES[place]);
        let (run, _) = frame_of(&alone, &m.to_string()).expect("the run is a claim");
        prop_assert_eq!(run.role, Role::Subset, "{}", alone);
    }

    /// "It was followed by a N.D aftershock" and "batting .DDD": a fraction
    /// after "a" is the magnitude of one thing, and a count below one is a
    /// ratio; neither counts aftershocks or home runs.
    #[test]
    fn a_magnitude_after_a_and_a_ratio_count_nothing(whole in 2u32..7, tenth in 1u32..10, thousandths in 100u32..999) {
        let magnitude = format!("{whole}.{tenth}");
        let sentence = format!("It was followed by a {magnitude} aftershock in Kelsby.");
        let (frame, text) = frame_of(&sentence, &magnitude).expect("the magnitude is a claim");
        prop_assert_eq!(head(&frame, &text, |f| f.counted), "magnitude", "{}", sentence);
        let average = format!(".{thousandths}");
        let sentence = format!("He hit {average} with 13 home runs.");
        let (frame, _) = frame_of(&sentence, &average).expect("the average is a claim");
        prop_assert_eq!(frame.role, Role::Rate, "{}", sentence);
    }
}

/// "Struck twice" counts times, never the people of the clause.
#[test]
fn twice_counts_times() {
    let (frame, text) = frame_of("The worker was struck twice by the car.", "twice").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "time");
}

/// "Voters took part in parliamentary elections Sunday": the day is the
/// elections' own, whatever the verb of the clause.
#[test]
fn a_day_after_an_event_noun_is_that_event_s() {
    let (frame, text) =
        frame_of("Most voters took part in the parliamentary elections Sunday.", "Sunday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "election");
    let (frame, text) = frame_of("Police reported the attack on Tuesday.", "Tuesday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "attack");
}

/// "a dominant seventh-round knockout", "the final quarter": a word that
/// opens a noun phrase modifies it, and is no event noun however it may
/// read alone; the clause's verb tells what happened.
#[test]
fn an_event_noun_heads_its_phrase() {
    let (frame, text) =
        frame_of("Arlo Venn won a dominant seventh-round knockout of Tam Reyes.", "seventh").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "win");
    let (frame, text) =
        frame_of("The company made a profit of $868 million in the final quarter.", "$868 million").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "make");
}

/// "came ashore before dawn on Monday": a time of the day is no event the
/// day could be of.
#[test]
fn a_time_of_the_day_before_a_date_is_no_event() {
    let (frame, text) = frame_of("The storm came ashore before dawn on Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "come");
}

/// "three United Nations schools": a name of several words that ends in
/// a plural names what is counted, the noun after it.
#[test]
fn a_plural_name_before_its_noun_leaves_the_noun_counted() {
    let (frame, text) = frame_of("Shells hit three United Nations schools in Gaza.", "three").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "school");
    let (frame, text) = frame_of("Two United States indices fell sharply.", "Two").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "index");
    let (frame, text) = frame_of("Mora batted in 121 RBIs last season.", "121").expect("a claim");
    assert_ne!(head(&frame, &text, |f| f.counted), "season");
}

/// "Castell said the group would save $150 million": the future as it was
/// told, a plan; "the group would save $150 million if…" alone is a
/// possibility.
#[test]
fn would_in_reported_speech_is_a_plan() {
    let (frame, _) =
        frame_of("Castell said the group would save $150 million a year.", "$150 million").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Planned);
    let (frame, _) = frame_of("The group would save $150 million a year.", "$150 million").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Possible);
}

/// "Norhaven fell 3.1%": a name is no counted thing ("Norhaven shares fell
/// 3.1%" counts shares).
#[test]
fn a_name_before_a_verb_of_change_counts_nothing() {
    let (frame, text) =
        frame_of("Shares in Pellan rose, while Norhaven fell 3.1% in morning trading.", "3.1%").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "-");
    let (frame, text) = frame_of("Norhaven shares fell 3.1% in morning trading.", "3.1%").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "share");
}

/// "Shares of Norhaven Foods fell 3.1%": a name of several words, the last
/// of which can be a noun ("Foods", "Valley"), is still a name; the noun
/// before its "of" is what fell ("Norhaven Foods fell 3.1%" still counts
/// nothing).
#[test]
fn a_name_of_several_words_leaves_the_noun_before_it_counted() {
    for (sentence, counted) in [
        ("Shares of Norhaven Foods fell 3.1% in Kelsby on Tuesday.", "share"),
        ("Sales at Linden Valley rose 12% in the quarter.", "sale"),
        ("Norhaven Foods fell 3.1% in morning trading.", "-"),
    ] {
        let (frame, text) =
            frame_of(sentence, sentence.split(' ').find(|w| w.ends_with('%')).unwrap_or_default()).expect("a claim");
        assert_eq!(head(&frame, &text, |f| f.counted), counted, "{sentence}");
    }
}

/// "$2.4 billion in the quarter", "$84 in March": money told for a time is
/// not money in that time ("$5 million in damage" is money in damage);
/// "closed 3.1% lower": a comparative after the figure counts nothing;
/// "is worth $4.2 billion": the subject's value.
#[test]
fn money_in_a_time_and_a_comparative_count_nothing_and_worth_is_a_value() {
    for (sentence, figure, counted) in [
        ("The firm earned $2.4 billion in the quarter.", "$2.4 billion", "-"),
        ("Brent sold for $84 in March.", "$84", "-"),
        ("The storm caused $5 million in damage.", "$5 million", "damage"),
        ("Shares in Norhaven closed 3.1% lower at $30.24.", "3.1%", "-"),
        ("The deal is worth $4.2 billion.", "$4.2 billion", "deal"),
    ] {
        let (frame, text) = frame_of(sentence, figure).expect("a claim");
        assert_eq!(head(&frame, &text, |f| f.counted), counted, "{sentence}");
    }
}

/// "Five employees and two customers were held": a figure's noun phrase
/// joined to another's shares its verb.
#[test]
fn two_joined_figures_share_their_verb() {
    let sentence = "Five employees and two customers were held in the bank.";
    for figure in ["Five", "two"] {
        let (frame, text) = frame_of(sentence, figure).expect("a claim");
        assert_eq!(head(&frame, &text, |f| f.predicate), "hold", "{figure}");
    }
}

/// "Rescuers needed seven hours to free the passengers": the duration is
/// the freeing's, whatever verb carries it.
#[test]
fn a_duration_before_to_is_the_length_of_its_verb() {
    for sentence in
        ["Rescuers needed seven hours to free the passengers.", "It took rescuers seven hours to free the passengers."]
    {
        let (frame, text) = frame_of(sentence, "seven hours").expect("a claim");
        assert_eq!(head(&frame, &text, |f| f.predicate), "free", "{sentence}");
    }
}

/// "Profit rose 21% from a year earlier": the date is what the change is
/// measured from, not the time of the clause.
#[test]
fn the_base_of_a_change_is_not_its_time() {
    let (frame, _) = frame_of("Net profit rose 21% from a year earlier to $310 million.", "21%").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of("Net profit rose 21% on Monday.", "21%").expect("a claim");
    assert!(frame.time.is_some(), "a day of the change is its time");
}

/// "Wore nothing but a Santa hat in the January 1955 issue": "nothing but"
/// is "only", no negation.
#[test]
fn nothing_but_is_no_negation() {
    let (frame, _) =
        frame_of("She wore nothing but a Santa hat in the January 1955 issue.", "January 1955").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Fact);
    let (frame, _) = frame_of("Nothing was found in the January 1955 issue.", "January 1955").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Negated);
}

/// "did not finish until 11.20pm" tells when it finished: "not … until"
/// is no negation of the time.
#[test]
fn not_until_tells_when() {
    let (frame, _) =
        frame_of("The debate did not finish until 11.20pm on Monday.", "11.20pm on Monday").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Fact);
    let (frame, _) = frame_of("The debate did not finish at 11.20pm on Monday.", "11.20pm on Monday").expect("a claim");
    assert_eq!(frame.mode, factlint::frame::Mode::Negated);
}

/// "He is presumed dead after disappearing off the ridge, on Mt Cook, on
/// Thursday": the day of the aside takes the verb of the clause before the
/// asides.
#[test]
fn a_day_after_asides_takes_the_verb_before_them() {
    let sentence = "Dr Mark Vinar is presumed dead after disappearing off the ridge, on Mt Cook, on Thursday.";
    let (frame, text) = frame_of(sentence, "Thursday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "disappear");
}

/// "The enlarged group will employ 14,000 people": a participle between a
/// determiner and its noun is an adjective, not the verb.
#[test]
fn an_attributive_participle_is_no_predicate() {
    let (frame, text) = frame_of("The enlarged group will employ 14,000 people.", "14,000").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "employ");
}

/// A noun after an article, or after an article and a name, is no verb
/// ("sold the house on Monday", "called to the High Street premises
/// shortly before 9pm on Friday"), though WordNet has "house" and "premise"
/// as verbs.
#[test]
fn a_noun_after_an_article_is_no_predicate() {
    let (frame, text) = frame_of("The company sold the house on Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "sell");
    let (frame, text) =
        frame_of("Crews were called to the High Street premises shortly before 9pm on Friday.", "9pm on Friday")
            .expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "call");
}

/// A verb and the adverb or noun after it that make one verb WordNet has
/// are that verb ("stepped down": step_down; "gave way"; "held up", one
/// meaning with "delayed"); a preposition after a verb leads its object
/// ("taken to hospital" is no "take_to").
#[test]
fn a_phrasal_verb_is_one_predicate() {
    let predicate = |sentence: &str, figure: &str| {
        let (frame, text) = frame_of(sentence, figure).expect("a claim");
        head(&frame, &text, |f| f.predicate)
    };
    assert_eq!(predicate("The chairman stepped down on Monday.", "Monday"), "step_down");
    assert_eq!(predicate("The old dam gave way at 4:14 a.m.", "4:14 a.m."), "give_way");
    assert_eq!(predicate("The council set aside £2 million for repairs.", "£2 million"), "set_aside");
    assert_eq!(predicate("Eleven children were taken to hospital.", "Eleven"), "take");
    assert_eq!(predicate("The race was held up for 40 minutes.", "40 minutes"), "hold_up");
    let verb = |word: &str| factlint::lexical::lemma(word, factlint::lexical::Pos::Verb).expect("a verb");
    let hold_up = factlint::lexical::phrasal_verb(verb("hold"), "up").expect("in WordNet");
    assert!(factlint::lexical::relation(verb("delay"), hold_up)
        .is_some_and(|r| r.kind == factlint::lexical::RelationKind::Synonym));
}

/// A plural noun right after a count is what it counts, no verb ("closed
/// nine beaches on Monday": the closing's day, though WordNet has "beach"
/// as a verb).
#[test]
fn a_noun_after_a_count_is_no_predicate() {
    let (frame, text) = frame_of("Officials closed nine beaches on Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "close");
}

/// What a count counts is not what happened to it ("32 posts would go":
/// go, though "post" may name an act); the value of an event is the
/// event's ("the $13.9 billion acquisition"); an ordinal right before a
/// count picks a run of a series whatever the verb ("completed his first 17
/// passes").
#[test]
fn a_counted_event_noun_is_no_predicate_of_its_count() {
    let (frame, text) = frame_of("The union said 32 posts would go.", "32").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "go");
    let (frame, text) = frame_of("The $13.9 billion acquisition is a good move.", "$13.9 billion").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "acquisition");
    let (frame, _) = frame_of("Manning completed his first 17 passes.", "17").expect("a claim");
    assert_eq!(frame.ordinal, Some(1));
}

/// "put the tremor's magnitude at 6.8" is a magnitude, as "a magnitude of
/// 6.8" is; "magnitude at least 6" is not read as "at".
#[test]
fn a_magnitude_at_a_figure() {
    let doc =
        Document::new("a.txt", "May 19, 2025\nThe survey put the magnitude at 6.8 on Sunday.\n".to_string(), None);
    let (claims, _) = extract_with_frames(&doc);
    assert!(claims.iter().any(|c| c.span.slice(&doc.text) == "magnitude at 6.8" && c.kind == ClaimKind::Quantity));
}

/// The subject of "put ... at" is the source of an estimate ("the survey
/// put the magnitude at 5.4"; "officials put the toll at 40"), as the
/// subject of "said" is.
#[test]
fn the_subject_of_put_at_is_a_source() {
    let text = "May 19, 2025\nThe survey put the magnitude at 5.4.\nOfficials put the toll at 40.\nCrews put 300 sandbags in place.\n";
    let doc = Document::new("a.txt", text.to_string(), None);
    let (claims, frames) = extract_with_frames(&doc);
    let source = |t: &str| {
        let at = claims.iter().position(|c| c.span.slice(&doc.text) == t)?;
        frames.get(at)?.source.map(|s| s.span.slice(&doc.text).to_string())
    };
    assert_eq!(source("magnitude at 5.4").as_deref(), Some("survey"));
    assert_eq!(source("40").as_deref(), Some("Officials"));
    assert_eq!(source("300"), None, "putting sandbags in place is no estimate");
}

/// A clause opened by "when" right after a date is about that date ("since
/// 1998, when a magnitude 6.1 tremor killed 212 people"): the figures of
/// a past event, not the news.
#[test]
fn a_when_clause_takes_the_date_before_it() {
    let text = "May 19, 2025\nIt was the deadliest quake since 1998, when a tremor killed 212 people.\n";
    let doc = Document::new("a.txt", text.to_string(), None);
    let (claims, frames) = extract_with_frames(&doc);
    let at = |t: &str| claims.iter().position(|c| c.span.slice(&doc.text) == t);
    let (Some(toll), Some(year)) = (at("212"), at("1998")) else { panic!("claims: {claims:?}") };
    assert_eq!(frames.get(toll).and_then(|f| f.time), Some(year));
}

/// "put up $780 million" pays a sum: "up" after a verb of paying is its
/// particle, not a change ("shares were up 3%").
#[test]
fn a_sum_put_up_is_no_change() {
    let text = "May 4, 2026\nThe owners will put up $780 million, and shares were up 3%.\n";
    let doc = Document::new("a.txt", text.to_string(), None);
    let (claims, frames) = extract_with_frames(&doc);
    let role =
        |t: &str| claims.iter().position(|c| c.span.slice(&doc.text) == t).and_then(|i| frames.get(i)).map(|f| f.role);
    assert_eq!(role("$780 million"), Some(Role::Total));
    assert_eq!(role("3%"), Some(Role::Change));
}

/// "Kirkpatrick made a brief appearance in court Monday": a support verb
/// lends its clause to the event noun it takes ("made an appearance",
/// "held talks"); with a figure as its object it is the verb ("made 40
/// calls").
#[test]
fn a_support_verb_lends_its_clause_to_its_event_noun() {
    let (frame, text) = frame_of("Kirkpatrick made a brief appearance in court Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "appearance");
    let (frame, text) = frame_of("The two unions held talks on Friday.", "Friday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "talk");
    let (frame, text) = frame_of("The volunteers made 40 calls on Friday.", "40").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "make");
}

/// "broke out after 2 p.m. on Saturday and raced through scrub": "after"
/// before a time is a preposition, so the day is the outbreak's, not the
/// racing's.
#[test]
fn a_time_after_after_keeps_the_verb_before_it() {
    let sentence = "The fire broke out shortly after 2 p.m. on Saturday and raced through dry scrub.";
    let (frame, text) = frame_of(sentence, "2 p.m. on Saturday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "break_out");
}

/// "owes some $2.3 billion and can no longer meet its payments": a modal
/// past a conjunction after the figure and its verb is another verb's.
#[test]
fn a_modal_of_a_coordinated_verb_is_not_the_figure_s() {
    let sentence = "The carrier said it owes some $2.3 billion and can no longer meet its payments.";
    let (frame, _) = frame_of(sentence, "some $2.3 billion").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("Up to 30 people could die in the storm.", "Up to 30").expect("a claim");
    assert_eq!(frame.mode, Mode::Possible);
}

/// "a five-year contract that runs until June 2030": the date ends the
/// span, it is not when the contract was signed.
#[test]
fn a_date_after_until_is_no_time_of_its_clause() {
    let sentence = "Ilunga signed a five-year contract that runs until June 2030.";
    let (frame, _) = frame_of(sentence, "five-year").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of("Ilunga signed a five-year contract in June 2025.", "five-year").expect("a claim");
    assert!(frame.time.is_some());
}

/// "a 10 per cent cut of any future sale" is a share of the sale; "a 10
/// per cent cut in pay" is a change.
#[test]
fn a_cut_of_something_is_a_share() {
    let (frame, _) =
        frame_of("The club will receive a 10 per cent cut of any future sale.", "10 per cent").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    let (frame, _) = frame_of("Workers took a 10 per cent cut in pay.", "10 per cent").expect("a claim");
    assert_eq!(frame.role, Role::Change);
}

/// "All 27 crew members were airlifted": "members" leaves what is counted
/// to the noun before it, and the verb after it is still the figure's.
#[test]
fn crew_members_count_the_crew() {
    let (frame, text) = frame_of("All 27 crew members were airlifted to safety.", "27").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "crew");
    assert_eq!(head(&frame, &text, |f| f.predicate), "airlift");
}

/// "a secure video call": the noun before an event noun is its class;
/// "a brief appearance": an adjective that can be a noun too is not.
#[test]
fn an_event_s_class_is_a_noun_before_it() {
    let (frame, text) = frame_of("Kirkpatrick made a brief appearance in court Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.event), "-");
    let (frame, text) = frame_of("The two leaders held a video call on Tuesday.", "Tuesday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.event), "video");
}

/// "made a second attempt to land the glider on Sunday": the day is the
/// attempt's, and the landing may never have happened; a plain "to" verb
/// keeps its own ("flew north to reach the hut on Sunday").
#[test]
fn the_verb_of_an_attempt_gives_its_day_to_the_attempt() {
    let sentence = "The pilot made a second attempt to land the glider on Sunday.";
    let (frame, text) = frame_of(sentence, "Sunday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "attempt");
    let (frame, text) = frame_of("Crews tried to reopen it on Monday.", "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "try");
    let (frame, text) = frame_of("The crew flew north to reach the hut on Sunday.", "Sunday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "reach");
}

/// "the 2011 survey, which found 4,200 nesting pairs": a relative clause
/// takes the year of the noun it is about.
#[test]
fn a_relative_clause_takes_the_year_of_its_noun() {
    let sentence = "Numbers have fallen since the 2011 survey, which found 4,200 nesting pairs.";
    let (frame, _) = frame_of(sentence, "4,200").expect("a claim");
    assert!(frame.time.is_some(), "the survey's year");
    let (frame, _) =
        frame_of("Numbers have fallen since the survey, which found 4,200 nesting pairs.", "4,200").expect("a claim");
    assert_eq!(frame.time, None);
}

/// "Seventeen were hurt, nine of whom were taken to hospital": the figure
/// before "of whom" is the subject of the relative clause's own verb.
#[test]
fn a_figure_of_whom_takes_the_relative_clause_s_verb() {
    let sentence = "Seventeen people were hurt, nine of whom were taken to hospital.";
    let (frame, text) = frame_of(sentence, "nine").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "take");
}

/// A noun after a preposition is no verb ("In total 13 children were
/// taken"), and a light verb of duration is a count's own verb ("took 11
/// children to hospital").
#[test]
fn in_total_is_no_verb_and_took_is_a_count_s_verb() {
    let (frame, text) = frame_of("In total 13 children were taken to hospital.", "13").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "take");
    let (frame, text) = frame_of("Over two hours paramedics took 11 children to hospital.", "11").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "take");
}

/// "5.8% higher than a year earlier": "than" opens a comparison and is
/// counted by nobody.
#[test]
fn than_is_no_counted_head() {
    let sentence = "Grocery prices were 5.8% higher than a year earlier.";
    let (frame, text) = frame_of(sentence, "5.8%").expect("a claim");
    assert_ne!(head(&frame, &text, |f| f.counted), "than");
}

/// "a 14.2-kilometre line" and "the 13.4 km line" measure one thing: a
/// unit's word is keyed by its symbol.
#[test]
fn one_unit_in_two_spellings_counts_one_thing() {
    let key = |sentence: &str, figure: &str| frame_of(sentence, figure).and_then(|(f, _)| f.counted).map(|h| h.key);
    let written = key("The new line is a 14.2-kilometre route.", "14.2-kilometre");
    let symbol = key("The new line runs 13.4 km.", "13.4 km");
    assert!(written.is_some());
    assert_eq!(written, symbol);
    assert_ne!(symbol, key("The river rose 3 metres.", "3 metres"));
}

/// "Turnout reached 61.4%, a marked rise from 54.8% in 2022": the earlier
/// level and its year are a comparison of their own.
#[test]
fn a_rise_from_after_a_comma_is_a_comparison() {
    let sentence = "Turnout reached 61.4%, a marked rise from 54.8% at the previous election in 2022.";
    let (frame, _) = frame_of(sentence, "61.4%").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of(sentence, "54.8%").expect("a claim");
    assert_eq!(frame.role, Role::Comparison);
}

/// "…, its biggest drop since March 2020, wiping €94 billion": where a
/// stretch starts is no time for the participle clause after it; a date
/// of the clause before still is ("struck in September, killing seven").
#[test]
fn a_since_date_lends_no_time_to_a_participle_clause() {
    let sentence = "The index fell 6.8 per cent, its biggest drop since March 2020, wiping €94 billion off shares.";
    let (frame, _) = frame_of(sentence, "€94 billion").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of("The quake struck in September 2024, killing 212 people.", "212").expect("a claim");
    assert!(frame.time.is_some(), "the quake's month");
}

/// "won 19 of the council's 51 seats": the 51 is the whole the 19 are part
/// of, not seats won.
#[test]
fn the_whole_of_a_subset_is_a_whole() {
    let sentence = "The Harbour Party won 19 of the council's 51 seats on Sunday.";
    let (frame, _) = frame_of(sentence, "51").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
    let (frame, _) = frame_of(sentence, "19").expect("a claim");
    assert_eq!(frame.role, Role::Subset);
    let (frame, _) = frame_of("The party won 19 of 51 seats.", "51").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
    let (frame, _) = frame_of("The council has 51 seats.", "51").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    // Past an ordinal: "10 of the team's first 17 points".
    let (frame, _) = frame_of("She scored 10 of the team's first 17 points.", "17").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
    // Past a possessive and a word that picks a run: "18 of its next 23".
    let (frame, _) = frame_of("The club won 18 of its next 23 games.", "23").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
    // After a share: "a third of the lake's 38 square kilometres".
    let sentence = "The bloom covers more than a third of the lake's 38 square kilometres.";
    let (frame, _) = frame_of(sentence, "38 square kilometres").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
}

/// "30 of the 80 wounded": a whole told by what befell it, its verb right
/// after it, counts those the verb befell, as a total does ("80 people
/// were injured"); a whole told by its noun stays a whole.
#[test]
fn a_whole_told_by_what_befell_it_is_a_total() {
    let sentence = "Doctors said 30 of the 80 wounded were still in hospital on Monday.";
    let (frame, _) = frame_of(sentence, "80").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    let (frame, _) = frame_of(sentence, "30").expect("a claim");
    assert_eq!(frame.role, Role::Subset);
    let (frame, _) = frame_of("Doctors said 30 of the 80 patients were still in hospital.", "80").expect("a claim");
    assert_eq!(frame.role, Role::Whole);
}

/// "In Marrick Falls alone, about 210 homes" is a part of the homes
/// flooded (but "on Thursday alone" is that day's whole), and "10 minutes
/// into the journey" a moment of the journey, not its length.
#[test]
fn one_place_alone_and_minutes_into_are_subsets() {
    let (frame, _) = frame_of("In Marrick Falls alone, about 210 homes took on water.", "about 210").expect("a claim");
    assert_eq!(frame.role, Role::Subset);
    let (frame, _) = frame_of("The airport scrapped 24 flights on Thursday alone.", "24").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    let (frame, _) = frame_of("It was about 10 minutes into the journey.", "about 10 minutes").expect("a claim");
    assert_eq!(frame.role, Role::Subset);
    let (frame, _) = frame_of("The journey took about 10 minutes.", "about 10 minutes").expect("a claim");
    assert_eq!(frame.role, Role::Total);
}

/// "surrendered on Monday evening, ending the siege": "evening" is part of
/// the day, not the verb "even".
#[test]
fn a_part_of_the_day_after_a_date_is_no_verb() {
    let sentence =
        "A gunman who held seven people for nine hours surrendered to police on Monday evening, ending a standoff.";
    let (frame, text) = frame_of(sentence, "Monday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "surrender");
}

/// "advised anyone who fell ill to stay home for 48 hours": asked of
/// someone, not done; whom they asked, and what happened besides, are facts.
#[test]
fn what_advice_asks_is_no_fact() {
    let sentence = "Officials advised anyone who fell ill to stay home for 48 hours.";
    let (frame, _) = frame_of(sentence, "48 hours").expect("a claim");
    assert_eq!(frame.mode, Mode::Possible);
    let (frame, _) = frame_of("Police asked 300 residents to leave.", "300").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("Officials urged calm, and 40 people were killed.", "40").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    // "to" before a figure is no infinitive.
    let (frame, _) = frame_of("Asked about the toll, officials raised it to 40 dead.", "40").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
}

/// "licensed to carry 80 passengers" is what the ferry may carry, not what
/// it carried: a possibility.
/// "Holdsworth, founded in Pellingham in 1842, runs 286 pubs": the year
/// is the founding's, not the pubs'; "Manokwari, a city of 160,000
/// people, collapsed in…" keeps its verb.
#[test]
fn a_participle_phrase_keeps_its_time() {
    let sentence = "Holdsworth, founded in Pellingham in 1842, runs 286 pubs.";
    let (frame, _) = frame_of(sentence, "286").expect("a claim");
    assert_eq!(frame.time, None);
    let sentence = "The brewer, which was founded in 1842, runs 286 pubs.";
    let (frame, _) = frame_of(sentence, "286").expect("a claim");
    assert_eq!(frame.time, None, "a relative clause, as before");
}

/// "said on Tuesday it would buy": the day it was said is a fact; what it
/// would do is planned.
#[test]
fn the_day_a_plan_was_told_is_a_fact() {
    let sentence = "Harrowgate said on Tuesday it would buy Linden for $3.2 billion.";
    let (frame, _) = frame_of(sentence, "Tuesday").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of(sentence, "$3.2 billion").expect("a claim");
    assert_eq!(frame.mode, Mode::Planned);
    let (frame, _) = frame_of("The bank said 2,000 jobs would be cut.", "2,000").expect("a claim");
    assert_eq!(frame.mode, Mode::Planned);
    let sentence = "Councillors voted on Wednesday to approve the line, a project that will link the station.";
    let (frame, _) = frame_of(sentence, "Wednesday").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("The coach left at 7 p.m. on a scheduled run.", "7 p.m.").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("The coach will leave at 7 p.m.", "7 p.m.").expect("a claim");
    assert_eq!(frame.mode, Mode::Planned);
}

/// A headline's "Family of five escape": the family is counted, the
/// verb is what befell it (headlines tell a past event in the present).
#[test]
fn a_headline_of_phrase_before_a_verb_is_what_is_counted() {
    let doc = Document::new(
        "a.txt",
        "Family of five escape blaze
March 10, 2025

Neighbours helped.
"
        .to_string(),
        None,
    );
    let (claims, frames) = extract_with_frames(&doc);
    let i = claims.iter().position(|c| c.span.slice(&doc.text) == "five").expect("a claim");
    let frame = frames.get(i).expect("a frame");
    assert_eq!(head(frame, &doc.text, |f| f.counted), "family");
    assert_eq!(head(frame, &doc.text, |f| f.predicate), "escape");
}

/// A participle that opens its sentence before a preposition is the
/// verb of the figure after it, capital and all ("Built in 1938, …").
#[test]
fn an_opening_participle_is_the_predicate() {
    let (frame, text) =
        frame_of("Built in 1938 at the Crannock Works, the engine hauled express trains.", "1938").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "build");
    let (frame, text) = frame_of("Founded in 1923 by two brothers, the mill employs 40.", "1923").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "found");
}

/// "is set to open", "set for Tuesday": a plan; "set off at 7.30am",
/// "set a record": done.
#[test]
fn set_is_a_plan_only_before_to_or_for() {
    let mode = |sentence: &str, figure: &str| frame_of(sentence, figure).expect("a claim").0.mode;
    assert_eq!(mode("The first wave set off at 7.30am.", "7.30am"), Mode::Fact);
    assert_eq!(mode("Mills set a record of 52 minutes.", "52 minutes"), Mode::Fact);
    assert_eq!(mode("The lido is set to open at 10am.", "10am"), Mode::Planned);
    assert_eq!(mode("The vote is set for Tuesday.", "Tuesday"), Mode::Planned);
}

#[test]
fn a_capacity_is_a_possibility() {
    let (frame, _) = frame_of("The ferry was licensed to carry 80 passengers.", "80").expect("a claim");
    assert_eq!(frame.mode, Mode::Possible);
    let (frame, _) = frame_of("The ferry was carrying 58 passengers.", "58").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
}

/// "tore through a five-storey apartment building … at 6:25 a.m.": the
/// "-ing" noun a determiner opens is no verb; "crews were building a
/// wall" still is.
#[test]
fn an_ing_noun_inside_a_noun_phrase_is_no_predicate() {
    let sentence = "A gas blast tore through a five-storey apartment building in Ostbury at 6:25 a.m. on Saturday.";
    let (frame, text) = frame_of(sentence, "6:25 a.m. on Saturday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "tear");
    let (frame, text) = frame_of("Crews were building a wall of 40 metres.", "40 metres").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "build");
}

/// "the 2019 blast on Moss Lane, which injured 11": the place's name
/// between the noun and the relative clause does not hide the noun's year.
#[test]
fn a_relative_clause_takes_the_year_across_a_place_name() {
    let sentence = "It was worse than the 2019 blast on Moss Lane, which injured 11 people.";
    let (frame, _) = frame_of(sentence, "11").expect("a claim");
    assert!(frame.time.is_some(), "the blast's year");
    let sentence = "It was worse than the blast on Moss Lane, which injured 11 people.";
    let (frame, _) = frame_of(sentence, "11").expect("a claim");
    assert_eq!(frame.time, None);
}

/// "a 2021 survey by the county council, which counted 380 nests": a
/// short phrase after the noun does not hide the noun's year either.
#[test]
fn a_relative_clause_takes_the_year_across_a_phrase_after_its_noun() {
    let sentence = "It follows a 2021 survey by the county council, which counted 380 nests.";
    let (frame, _) = frame_of(sentence, "380").expect("a claim");
    assert!(frame.time.is_some(), "the survey's year");
    let sentence = "It follows a survey by the county council, which counted 380 nests.";
    let (frame, _) = frame_of(sentence, "380").expect("a claim");
    assert_eq!(frame.time, None);
}

/// "six life sentences for the 2005 courthouse shooting": a date that
/// names the earlier event a phrase after the figure is about is not the
/// figure's time; "in the 2019 season" is.
#[test]
fn a_dated_event_after_for_is_not_the_figure_s_time() {
    let sentence = "The judge imposed six life sentences for the 2005 courthouse shooting.";
    let (frame, _) = frame_of(sentence, "six").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of("She scored 21 goals in the 2019 season.", "21").expect("a claim");
    assert!(frame.time.is_some(), "the season's year");
}

/// "went down 40 miles off Cape Rell" places a wreck, "within 5 kilometres
/// of the plant" is a radius: neither is a change or a subset.
#[test]
fn a_distance_from_a_place_is_no_change_and_no_subset() {
    let (frame, _) = frame_of("The tanker went down 40 miles off Cape Rell.", "40 miles").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    let (frame, _) = frame_of("The index went down 40 points on Friday.", "40").expect("a claim");
    assert_eq!(frame.role, Role::Change);
    let sentence = "Police cleared every home within 5 kilometres of the plant.";
    let (frame, _) = frame_of(sentence, "within 5 kilometres").expect("a claim");
    assert_eq!(frame.role, Role::Total);
}

/// "The district administration said 37 homes were destroyed": an event
/// noun across a reporting verb is the source's ("administration", the act
/// of administering, in WordNet), not what the figure counts.
#[test]
fn a_noun_across_a_reporting_verb_is_not_the_figure_s_event() {
    let sentence = "The regional administration said 37 homes were destroyed.";
    let (frame, text) = frame_of(sentence, "37").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "destroy");
}

/// "3 deaths a day" is a rate; "nine hours tracking a jaguar" is no rate:
/// the word between the figure and "a" is a verb, not the noun a rate
/// counts.
#[test]
fn a_figure_then_a_verb_then_a_is_no_rate() {
    let sentence = "Keepers spent nine hours tracking a jaguar through Kelsby.";
    let (frame, _) = frame_of(sentence, "nine hours").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    let (frame, _) = frame_of("The fever killed 3 people a day in Kelsby.", "3").expect("a claim");
    assert_eq!(frame.role, Role::Rate);
}

/// "each day of the stoppage was costing €4.1 million" is a rate: the
/// clause tells a stretch of time, one at a time, before the figure.
#[test]
fn each_day_before_a_figure_makes_it_a_rate() {
    let sentence = "Voss said each day of the stoppage was costing the airport €4.1 million in lost fees.";
    let (frame, _) = frame_of(sentence, "€4.1 million").expect("a claim");
    assert_eq!(frame.role, Role::Rate);
    let (frame, _) =
        frame_of("The stoppage cost the airport €4.1 million, Voss said.", "€4.1 million").expect("a claim");
    assert_eq!(frame.role, Role::Total);
}

/// "fell in May" names the month: no modal "may" makes the figure a
/// possibility.
#[test]
fn the_month_may_is_no_modal() {
    let sentence = "Prices fell in May, with the average home now worth £214,600.";
    let (frame, _) = frame_of(sentence, "£214,600").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("Prices may rise 5% next year.", "5%").expect("a claim");
    assert_eq!(frame.mode, Mode::Possible);
}

/// "has averaged more than 100 RBIs" tells a mean, not one season's total.
#[test]
fn an_averaged_figure_is_a_rate() {
    let sentence = "Ortega has averaged 31 home runs and 104 RBIs in his six seasons.";
    let (frame, _) = frame_of(sentence, "104").expect("a claim");
    assert_eq!(frame.role, Role::Rate);
    let (frame, _) = frame_of("Ortega hit 31 home runs and drove in 104 runs last season.", "104").expect("a claim");
    assert_eq!(frame.role, Role::Total);
    // A batting average before the figure is no mean of it.
    let (frame, _) = frame_of("Ortega hit for a .308 average with 104 RBIs last season.", "104").expect("a claim");
    assert_eq!(frame.role, Role::Total);
}

/// A move told in the "-ing" form is a change, as the past tense is:
/// "with the index sliding 6.3 per cent", "shares plunging 12%".
#[test]
fn a_move_in_the_ing_form_is_a_change() {
    let (frame, _) =
        frame_of("Stocks fell, with the OX40 index sliding 6.3 per cent.", "6.3 per cent").expect("a claim");
    assert_eq!(frame.role, Role::Change);
    let (frame, _) = frame_of("Trading stopped, with Halden shares plunging 12% by noon.", "12%").expect("a claim");
    assert_eq!(frame.role, Role::Change);
}

/// A modal past both the figure and its verb belongs to another verb, in a
/// clause of its own: "sliding 6.3 per cent in one of the worst sessions
/// traders could remember" is a fact; "6.3 per cent could be wiped off"
/// is not.
#[test]
fn a_modal_after_the_figure_and_its_verb_is_another_verb_s() {
    let sentence = "The index slid 6.3 per cent in one of the worst sessions traders could remember.";
    let (frame, _) = frame_of(sentence, "6.3 per cent").expect("a claim");
    assert_eq!(frame.mode, Mode::Fact);
    let (frame, _) = frame_of("Another 6.3 per cent could be wiped off the index.", "6.3 per cent").expect("a claim");
    assert_eq!(frame.mode, Mode::Possible);
}

/// A change's "since" date is what it is measured from, not its time: "its
/// biggest daily drop since March 2020", "up 5% since January". A total's
/// date stays its time.
#[test]
fn a_change_since_a_date_has_no_time_from_it() {
    let sentence = "The index closed down 6.8 per cent, its biggest daily drop since March 2020.";
    let (frame, _) = frame_of(sentence, "6.8 per cent").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of("The quake killed 40 people in March 2020.", "40").expect("a claim");
    assert!(frame.time.is_some());
}

/// A date after a figure set against this one is that figure's time:
/// "dropped to 1,280, against 1,530 a year earlier". Without a figure
/// set against it, the date stays the clause's.
#[test]
fn a_date_after_a_comparison_figure_is_its_time() {
    let sentence = "Enrolments dropped to 1,280, against 1,530 a year earlier.";
    let (frame, _) = frame_of(sentence, "1,280").expect("a claim");
    assert_eq!(frame.time, None);
    let (frame, _) = frame_of(sentence, "1,530").expect("a claim");
    assert!(frame.time.is_some());
    let (frame, _) = frame_of("Enrolments dropped to 1,280 in September 2024.", "1,280").expect("a claim");
    assert!(frame.time.is_some());
}

/// A word that WordNet reads first as a noun is a verb after a subject
/// pronoun or a modal ("it cost the city", "will cost"); a possessive is
/// never a verb, and an owner is not the event ("The cooperative's 870
/// staff will transfer").
#[test]
fn a_verb_after_a_pronoun_or_a_modal_and_no_possessive_predicate() {
    let (frame, text) = frame_of("Officials said it cost the city about $186,000.", "about $186,000").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "cost");
    let (frame, text) = frame_of("The recount will cost the city $216,000.", "$216,000").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "cost");
    let (frame, text) = frame_of("The cooperative's 870 staff will transfer to the group.", "870").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "transfer");
    // "cost" after a determiner stays a noun.
    let (frame, text) = frame_of("The cost rose to $216,000.", "$216,000").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "rise");
}

/// "In the end, 78 percent of voting members approved it": a figure after
/// an opening phrase's comma is the subject of the verb after it, and
/// "voting members" counts members.
#[test]
fn a_figure_after_an_opening_phrase_takes_the_verb_after_it() {
    let sentence = "In the end, 78 percent of voting members approved it.";
    let (frame, text) = frame_of(sentence, "78 percent").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "approve");
    assert_eq!(head(&frame, &text, |f| f.counted), "member");
    let (frame, text) = frame_of("The ship carried 27 crew members.", "27").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.counted), "crew");
}

/// "the sale of their business … for $321 million": the noun an of-phrase
/// completes is the event, not the noun inside it.
#[test]
fn an_event_noun_heads_its_of_phrase() {
    let sentence = "Members approved the sale of their business to the group for $321 million.";
    let (frame, text) = frame_of(sentence, "$321 million").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "sale");
}

/// What lasted is the subject of "lasted", not a noun across another verb
/// ("Witnesses described a light that lasted"), and a participle's subject
/// stands before it ("described the fireball as lasting").
#[test]
fn what_lasted_is_the_subject_of_the_light_verb() {
    let sentence = "Witnesses described a green light that lasted about six seconds.";
    let (frame, text) = frame_of(sentence, "about six seconds").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "light");
    let sentence = "Drivers described the fireball as lasting about ten seconds.";
    let (frame, text) = frame_of(sentence, "about ten seconds").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "fireball");
    let sentence = "Talks between the union and the operators lasted nine hours.";
    let (frame, text) = frame_of(sentence, "nine hours").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "talk");
}

/// "came to a halt at 4:40 p.m.": the state reached is the event, not a
/// coming; "came to Vellmark" is still a coming.
#[test]
fn a_state_reached_through_to_is_the_event() {
    let (frame, text) = frame_of("The gondola came to a halt at 4:40 p.m.", "4:40 p.m.").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "halt");
    let (frame, text) = frame_of("The strike was brought to an end on Friday.", "Friday").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "end");
    let (frame, text) = frame_of("The minister came to Vellmark at 4 p.m.", "4 p.m.").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "come");
}

/// "started the hand recount on April 21": the day is the start's, as in
/// "the recount began on April 23"; "the recount on April 21" alone is the
/// recount's.
#[test]
fn a_phase_verb_before_an_event_noun_gives_the_day() {
    let (frame, text) = frame_of("Staff started the hand recount on April 21.", "April 21").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "start");
    let (frame, text) = frame_of("Staff watched the recount on April 21.", "April 21").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "recount");
}

/// "initially said 800 … but it has since raised that estimate": a
/// first figure its sentence says was replaced is compared with a newer
/// one, not stated as a fact; so is one told in the past of a past ("had
/// initially put its losses at $11 million"); without either it is the
/// figure.
#[test]
fn a_first_figure_since_replaced_is_a_comparison() {
    let sentence =
        "The hospital initially said 800 appointments would be affected, but it has since raised that estimate.";
    let (frame, _) = frame_of(sentence, "800").expect("a claim");
    assert_eq!(frame.role, Role::Comparison);
    let sentence = "The company had initially put its losses at $11 million after the first week.";
    let (frame, _) = frame_of(sentence, "$11 million").expect("a claim");
    assert_eq!(frame.role, Role::Comparison, "the past of a past");
    let sentence = "The hospital initially said 800 appointments would be affected.";
    let (frame, _) = frame_of(sentence, "800").expect("a claim");
    assert_ne!(frame.role, Role::Comparison);
}

/// "originally costed at £4.2 million, but the bill soared": a first
/// figure whose sentence goes on, after "but", to the change that replaced
/// it is compared with the newer one too; after "but" with no change it
/// is the figure.
#[test]
fn a_first_figure_a_later_change_replaced_is_a_comparison() {
    let sentence = "The new footbridge was originally costed at £4.2 million, but the bill soared when piling began.";
    let (frame, _) = frame_of(sentence, "£4.2 million").expect("a claim");
    assert_eq!(frame.role, Role::Comparison);
    let sentence = "The new footbridge was originally costed at £4.2 million, but the council found the money.";
    let (frame, _) = frame_of(sentence, "£4.2 million").expect("a claim");
    assert_ne!(frame.role, Role::Comparison);
}

/// "78 percent of members who took part in the ballot backed the
/// agreement": the figure's verb is the main verb after its relative
/// clause, not the clause's own, and not a noun after an article ("the
/// crash").
#[test]
fn the_verb_after_a_relative_clause_is_the_figure_s() {
    let sentence = "The union said 78 percent of members who took part in the ballot backed the agreement.";
    let (frame, text) = frame_of(sentence, "78 percent").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "back");
    let sentence = "Police said 23 people who were injured in the crash were taken to hospital.";
    let (frame, text) = frame_of(sentence, "23").expect("a claim");
    assert_eq!(head(&frame, &text, |f| f.predicate), "take");
}

/// "raised its water rates by 12 percent": a change, though the verb
/// stands past its object; "hit by 12 percent of voters" is none.
#[test]
fn by_a_figure_after_a_verb_of_change_and_its_object_is_a_change() {
    let (frame, _) =
        frame_of("The authority raised its water rates by 12 percent in 2023.", "12 percent").expect("a claim");
    assert_eq!(frame.role, Role::Change);
    let (frame, _) = frame_of("The plan was backed by 12 percent of voters.", "12 percent").expect("a claim");
    assert_ne!(frame.role, Role::Change);
}

/// "closed 11% higher", "ended 180 points lower": the side a figure moved
/// to makes it a change; "a figure 11% of the total" is none.
#[test]
fn a_figure_and_the_side_it_moved_to_is_a_change() {
    let (frame, _) = frame_of("The stock closed 11% higher on Friday.", "11%").expect("a claim");
    assert_eq!(frame.role, Role::Change);
    let (frame, _) = frame_of("The index ended 180 points lower.", "180").expect("a claim");
    assert_eq!(frame.role, Role::Change);
    let (frame, _) = frame_of("The stock made up 11% of the fund.", "11%").expect("a claim");
    assert_ne!(frame.role, Role::Change);
}

/// A sum paid for each one of something later in its clause is a rate:
/// "a reward of $10,000 for the capture of each man"; in "$184 million or
/// $23 million per season" only the second sum is.
#[test]
fn money_paid_for_each_one_is_a_rate() {
    let sentence = "The state offers a reward of $10,000 for information leading to the capture of each man.";
    let (frame, _) = frame_of(sentence, "$10,000").expect("a claim");
    assert_eq!(frame.role, Role::Rate);
    let sentence = "They offered him a deal worth $184 million or $23 million per season.";
    let (frame, _) = frame_of(sentence, "$184 million").expect("a claim");
    assert_ne!(frame.role, Role::Rate);
}

/// ", and that …" opens a second clause: the day of the second thing said
/// is no time of the first ("a clean lasting 36 hours, and that its
/// departure, originally scheduled for Tuesday, would leave on Thursday").
#[test]
fn and_that_opens_a_second_clause() {
    let sentence = "She said the ship would undergo a clean lasting 36 hours, and that its departure, \
                    originally scheduled for Tuesday, would now leave on Thursday.";
    let (frame, _) = frame_of(sentence, "36 hours").expect("a claim");
    assert_eq!(frame.time, None);
}
