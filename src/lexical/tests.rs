use super::*;
use proptest::prelude::*;

fn text(word: &str, pos: Pos) -> Option<&'static str> {
    lemma(word, pos).map(Lemma::text)
}

/// The strongest relation between any readings of two words.
fn word_relation(a: &str, b: &str) -> Option<RelationKind> {
    words_relation(a, b).map(|r| r.kind)
}

#[test]
fn the_data_file_decodes_with_the_documented_counts() {
    let s = stats();
    assert_eq!(
        s,
        Stats {
            lemmas: 71_339,
            entries: 78_532,
            concepts: 37_722,
            features: 149_274,
            exceptions: 4_174,
            bytes: 1_274_300,
            max_senses: 3,
            min_tags: 1,
        }
    );
    assert!(s.bytes < 2 * 1024 * 1024);
}

#[test]
fn a_damaged_file_decodes_to_none() {
    assert!(data::decode(b"").is_none());
    assert!(data::decode(b"FLWN\x02").is_none());
    let good = data::DATA;
    for cut in [5, 100, good.len() / 2, good.len() - 1] {
        assert!(data::decode(good.get(..cut).unwrap()).is_none(), "cut at {cut}");
    }
    let mut flipped = good.to_vec();
    flipped[good.len() / 3] ^= 0x55;
    // Any outcome but a panic.
    let _ = data::decode(&flipped);
}

#[test]
fn morphy_finds_the_lemmas() {
    assert_eq!(text("killed", Pos::Verb), Some("kill"));
    assert_eq!(text("died", Pos::Verb), Some("die"));
    assert_eq!(text("deaths", Pos::Noun), Some("death"));
    assert_eq!(text("injuries", Pos::Noun), Some("injury"));
    assert_eq!(text("wounded", Pos::Verb), Some("wound"));
    assert_eq!(text("wounded", Pos::Adjective), Some("wounded"));
    assert_eq!(text("people", Pos::Noun), Some("people"));
    assert_eq!(text("homes", Pos::Noun), Some("home"));
    assert_eq!(text("sales", Pos::Noun), Some("sale"));
    assert_eq!(text("children", Pos::Noun), Some("child"));
    assert_eq!(text("arrested", Pos::Verb), Some("arrest"));
    assert_eq!(text("fled", Pos::Verb), Some("flee"));
    assert_eq!(text("found", Pos::Verb), Some("find"));
    assert_eq!(text("Killed", Pos::Verb), Some("kill"));
    assert_eq!(text("fatalities", Pos::Noun), Some("fatality"));
    assert_eq!(text("detained", Pos::Verb), Some("detain"));
    assert_eq!(text("blazes", Pos::Noun), Some("blaze"));
    assert_eq!(text("women", Pos::Noun), Some("woman"));
    assert_eq!(text("worse", Pos::Adjective), Some("bad"));
    assert_eq!(text("workers'", Pos::Noun), Some("worker"));
    assert_eq!(text("children's", Pos::Noun), Some("child"));
    assert_eq!(text("glass", Pos::Noun), Some("glass"));
    assert_eq!(text("killed", Pos::Noun), None);
}

#[test]
fn readings_in_every_part_of_speech_most_frequent_first() {
    let killed = lemma_any("killed");
    assert_eq!(killed.first().map(|l| (l.text(), l.pos())), Some(("kill", Pos::Verb)));
    let wounded: Vec<_> = lemma_any("wounded").iter().map(|l| (l.text(), l.pos())).collect();
    assert!(wounded.contains(&("wound", Pos::Verb)), "{wounded:?}");
    assert!(wounded.contains(&("wounded", Pos::Adjective)), "{wounded:?}");
    assert_eq!(dominant_pos("deaths"), Some(Pos::Noun));
    assert_eq!(dominant_pos("arrested"), Some(Pos::Verb));
    assert_eq!(dominant_pos("dead"), Some(Pos::Adjective));
    assert_eq!(dominant_pos("fire"), Some(Pos::Noun));
    let fire = parts_of_speech("fire");
    assert!(fire.contains(Pos::Noun) && fire.contains(Pos::Verb) && !fire.contains(Pos::Adverb));
    assert_eq!(parts_of_speech("the").len(), 0);
    // Frequency order is by tag count: each reading has no more than the one before.
    for word in ["killed", "wounded", "fire", "vote", "strike", "homes"] {
        let counts: Vec<u32> = lemma_any(word).iter().map(Lemma::tag_count).collect();
        assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{word}: {counts:?}");
    }
}

#[test]
fn people_is_its_own_lemma_and_related_to_person() {
    let people = lemma("people", Pos::Noun).unwrap();
    let person = lemma("persons", Pos::Noun).unwrap();
    assert_eq!((people.text(), person.text()), ("people", "person"));
    // WordNet: people n 1 has person n 1 as a member (%m).
    assert_eq!(relation(people, person).map(|r| r.kind), Some(RelationKind::Linked));
}

const SAME: &[(&str, &str, RelationKind)] = {
    use RelationKind::*;
    &[
        ("killed", "kill", Same),
        ("deaths", "death", Same),
        ("fire", "blaze", Hypernym),
        ("stoppage", "strike", Synonym),
        ("detain", "arrest", Synonym),
        ("ballot", "vote", Synonym),
        ("die", "death", Linked),
        ("die", "dead", Linked),
        ("dead", "death", TwoSteps),
        ("death", "fatality", Hypernym),
        ("die", "fatality", TwoSteps),
        ("fatal", "fatality", Linked),
        ("kill", "die", Linked),
        ("kill", "death", TwoSteps),
        ("kill", "dead", TwoSteps),
        ("injure", "wound", Synonym),
        ("injure", "hurt", Linked),
        ("wound", "hurt", Hypernym),
        ("injure", "injury", Linked),
        ("hurt", "injury", Synonym),
        ("wounded", "injured", Synonym),
        ("people", "person", Linked),
        ("arrest", "arrests", Same),
        ("votes", "ballots", Synonym),
        ("fires", "blazes", Hypernym),
    ]
};

const DIFFERENT: &[(&str, &str)] = &[
    ("kill", "injure"),
    ("killed", "injured"),
    ("phone", "video"),
    ("arrest", "release"),
    ("arrested", "released"),
    ("rise", "fall"),
    ("buy", "sell"),
    ("death", "injury"),
    ("deaths", "injuries"),
    ("first", "second"),
    ("dead", "injured"),
    ("died", "wounded"),
    ("detain", "release"),
    ("million", "billion"),
    ("arrest", "stoppage"),
    ("employer", "employee"),
    ("increase", "decrease"),
    ("birth", "death"),
    ("import", "export"),
    ("day", "week"),
    ("man", "woman"),
    ("fire", "flood"),
    ("profit", "loss"),
    ("kitchen", "bathroom"),
    ("absence", "presence"),
    ("father", "mother"),
    ("farm", "farmer"),
    ("votes", "voters"),
    ("killings", "killers"),
];

#[test]
fn the_same_things_are_related() {
    for &(a, b, kind) in SAME {
        assert_eq!(word_relation(a, b), Some(kind), "{a} / {b}");
        assert_eq!(word_relation(b, a), Some(kind), "{b} / {a}");
        assert!(words_related(a, b), "{a} / {b}");
    }
}

#[test]
fn different_things_are_not_related() {
    for &(a, b) in DIFFERENT {
        assert_eq!(word_relation(a, b), None, "{a} / {b}");
        assert!(!words_related(a, b), "{a} / {b}");
    }
}

#[test]
fn related_lemmas_by_part_of_speech() {
    let l = |w, p| lemma(w, p).unwrap();
    assert!(related(l("arrest", Pos::Verb), l("arrest", Pos::Noun)));
    assert!(related(l("died", Pos::Verb), l("deaths", Pos::Noun)));
    assert!(related(l("killed", Pos::Verb), l("died", Pos::Verb)));
    assert!(!related(l("killed", Pos::Verb), l("injured", Pos::Verb)));
    let r = relation(l("blaze", Pos::Noun), l("fire", Pos::Noun)).unwrap();
    assert_eq!(r.kind, RelationKind::Hypernym);
    let concept = r.concept.unwrap();
    assert!(l("fire", Pos::Noun).concepts().any(|c| c == concept));
    assert_eq!(l("kill", Pos::Verb).to_string(), "kill.v");
}

#[test]
fn unknown_words_fall_back_to_stems() {
    assert_eq!(stem_key("protesters"), stem_key("protester"));
    assert_eq!(stem_key("Detentions"), stem_key("detention"));
    assert_ne!(stem_key("killed"), stem_key("injured"));
    assert!(words_related("cyberattacks", "cyberattack"));
    assert!(!words_related("cyberattacks", "ransomware"));
}

#[test]
fn hostile_input_never_panics() {
    let long = "a".repeat(1000);
    let words = [
        "",
        " ",
        "'",
        "'s",
        "\u{2019}s",
        &long,
        "café",
        "Zürich",
        "東京",
        "1234",
        "50-minute",
        "Putin's",
        "don't",
        "e.g.",
        "\u{0}",
        "ß",
        "İ",
        "s",
        "ies",
        "men",
        "ing",
    ];
    for w in words {
        for pos in Pos::ALL {
            let _ = lemma(w, pos);
        }
        let _ = lemma_any(w);
        let _ = parts_of_speech(w);
        let _ = stem_key(w);
        let _ = words_related(w, "kill");
    }
    assert_eq!(lemma("", Pos::Noun), None);
    assert_eq!(lemma(&long, Pos::Noun), None);
    assert_eq!(lemma("café", Pos::Noun), None);
    assert_eq!(lemma("1234", Pos::Noun), None);
    assert_eq!(lemma("50-minute", Pos::Adjective), None);
    assert_eq!(text("half-hour", Pos::Noun), Some("half-hour"));
}

proptest! {
    #[test]
    fn lemma_never_panics(word in "\\PC{0,60}") {
        for pos in Pos::ALL {
            if let Some(l) = lemma(&word, pos) {
                prop_assert_eq!(l.pos(), pos);
                prop_assert!(!l.text().is_empty());
            }
        }
        let _ = lemma_any(&word);
        let _ = stem_key(&word);
    }

    #[test]
    fn ascii_words_never_panic(word in "[a-zA-Z'\\-.0-9]{0,50}") {
        for r in lemma_any(&word).iter() {
            prop_assert!(related(r, r));
        }
        let _ = stem_key(&word);
    }
}

#[test]
fn people_and_events_among_nouns() {
    let noun = |w: &str| lemma(w, Pos::Noun).unwrap();
    for w in ["woman", "victim", "officer", "adult", "child", "soldier", "passenger", "worker"] {
        assert!(is_person(noun(w)), "{w}");
    }
    for w in ["call", "quake", "earthquake", "strike", "election", "meeting", "stay", "flight", "fire", "temblor"] {
        assert!(is_event(noun(w)), "{w}");
    }
    for w in ["house", "car", "money", "dollar", "island"] {
        assert!(!is_event(noun(w)) && !is_person(noun(w)), "{w}");
    }
}
