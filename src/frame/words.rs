//! The closed classes of English a clause reader needs: determiners,
//! prepositions, conjunctions, pronouns, auxiliaries, modals, negations,
//! and the few open-class words with a grammatical job in news (reporting
//! verbs, verbs of change, words of inclusion). Open-class words (nouns,
//! verbs, adjectives) come from WordNet through [`crate::lexical`].
//!
//! Every table is sorted (a test keeps them so). A word is looked up once,
//! in lower case and without allocating, for its class and every
//! [`WordSet`] that holds it (one hash look-up, not a search per table).

/// The grammatical class of a word, as far as the clause reader needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// "the", "a", "its", "their", "this", "some".
    Determiner,
    /// "of", "in", "on", "at", "by", "for", "from", "to", "with".
    Preposition,
    /// "and", "or", "but", "nor".
    Conjunction,
    /// Words that open a dependent clause: "when", "while", "because".
    Subordinator,
    /// Relative pronouns: "who", "which", "that", "whom", "whose".
    Relative,
    /// "he", "she", "it", "they", "we", "there".
    Pronoun,
    /// Forms of "be", "have" and "do".
    Auxiliary,
    /// "will", "would", "could", "may", "might", "must", "should", "can".
    Modal,
    /// "not", "never", "no", "n't".
    Negation,
    /// Any other word.
    Open,
}

const DETERMINERS: &[&str] = &[
    "a", "all", "an", "another", "any", "both", "each", "either", "every", "her", "his", "its", "my", "neither", "our",
    "some", "such", "the", "their", "these", "this", "those", "your",
];

const PREPOSITIONS: &[&str] = &[
    "about",
    "above",
    "across",
    "against",
    "along",
    "amid",
    "among",
    "amongst",
    "around",
    "at",
    "behind",
    "below",
    "beside",
    "besides",
    "between",
    "beyond",
    "by",
    "despite",
    "down",
    "during",
    "for",
    "from",
    "in",
    "inside",
    "into",
    "near",
    "of",
    "off",
    "on",
    "onto",
    "out",
    "outside",
    "over",
    "per",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "up",
    "upon",
    "via",
    "with",
    "within",
    "without",
];

const CONJUNCTIONS: &[&str] = &["and", "but", "nor", "or", "plus", "yet"];

/// Subordinators; "after", "before", "since", "until" are prepositions too,
/// and open a clause only when a verb follows them (see `clause`).
const SUBORDINATORS: &[&str] = &[
    "after", "although", "as", "because", "before", "if", "once", "since", "though", "unless", "until", "whereas",
    "whether", "while", "whilst",
];

const RELATIVES: &[&str] = &["that", "when", "where", "which", "who", "whom", "whose"];

const PRONOUNS: &[&str] = &["he", "her", "him", "i", "it", "me", "she", "them", "there", "they", "us", "we", "you"];

const AUXILIARIES: &[&str] =
    &["am", "are", "be", "been", "being", "did", "do", "does", "had", "has", "have", "having", "is", "was", "were"];

const MODALS: &[&str] = &["'ll", "can", "could", "may", "might", "must", "shall", "should", "will", "would"];

const NEGATIONS: &[&str] = &["n't", "never", "no", "nobody", "none", "not", "nothing"];

/// Verbs that attribute what follows to a source ("police said 23 died"):
/// never the predicate of the figure they introduce.
pub const REPORTING: WordSet = WordSet::new(
    &[
        "according",
        "added",
        "adds",
        "announced",
        "announces",
        "believe",
        "believed",
        "believes",
        "claim",
        "claimed",
        "claims",
        "confirmed",
        "confirms",
        "estimate",
        "estimated",
        "estimates",
        "explained",
        "noted",
        "quoted",
        "reported",
        "reports",
        "said",
        "say",
        "saying",
        "says",
        "stated",
        "states",
        "tell",
        "telling",
        "tells",
        "told",
    ],
    0,
);

/// Verbs of change: a figure after them is a level ("rose to 5%") or a
/// change ("rose 5%", "rose by 5%").
pub const CHANGE_VERBS: WordSet = WordSet::new(
    &[
        "add",
        "added",
        "adding",
        "adds",
        "advance",
        "advanced",
        "advances",
        "advancing",
        "climb",
        "climbed",
        "climbing",
        "climbs",
        "decline",
        "declined",
        "declines",
        "declining",
        "decrease",
        "decreased",
        "decreases",
        "dip",
        "dipped",
        "dipping",
        "dips",
        "drop",
        "dropped",
        "dropping",
        "drops",
        "edge",
        "edged",
        "edges",
        "edging",
        "fall",
        "fallen",
        "falling",
        "falls",
        "fell",
        "gain",
        "gained",
        "gaining",
        "gains",
        "grew",
        "grow",
        "growing",
        "grown",
        "grows",
        "increase",
        "increased",
        "increases",
        "increasing",
        "jump",
        "jumped",
        "jumps",
        "lose",
        "loses",
        "losing",
        "lost",
        "plummeted",
        "plummeting",
        "plummets",
        "plunge",
        "plunged",
        "plunges",
        "plunging",
        "rise",
        "risen",
        "rises",
        "rising",
        "rose",
        "sank",
        "shed",
        "shedding",
        "sheds",
        "shrank",
        "shrink",
        "shrinking",
        "shrinks",
        "sink",
        "sinking",
        "sinks",
        "slid",
        "slide",
        "slides",
        "sliding",
        "slip",
        "slipped",
        "slipping",
        "slips",
        "slump",
        "slumped",
        "slumping",
        "slumps",
        "soar",
        "soared",
        "soaring",
        "soars",
        "surge",
        "surged",
        "surges",
        "surging",
        "tumble",
        "tumbled",
        "tumbles",
        "tumbling",
    ],
    1,
);

/// Nouns of change after a figure ("a 12% drop", "a 5-point gain").
pub const CHANGE_NOUNS: WordSet = WordSet::new(
    &[
        "cut",
        "cuts",
        "decline",
        "declines",
        "decrease",
        "dip",
        "drop",
        "fall",
        "gain",
        "gains",
        "growth",
        "hike",
        "increase",
        "increases",
        "jump",
        "loss",
        "losses",
        "plunge",
        "reduction",
        "rise",
        "slide",
        "slump",
        "surge",
    ],
    2,
);

/// Words that make the figures after them a subset of a whole stated before
/// ("including three officers", "among them two children").
pub const SUBSET_LEADS: WordSet = WordSet::new(&["among", "included", "includes", "including"], 3);

/// Words that pick a run of a series before a count ("his last 10 games",
/// "the remaining three hostages", "the other nine cannon"): some of the
/// things counted, not all.
pub const RUN_LEADS: WordSet =
    WordSet::new(&["final", "first", "last", "next", "opening", "other", "previous", "remaining"], 19);

/// Lemmas of sources that name no one in particular ("officials said",
/// "according to reports"): any named source of a report may be one of
/// them.
pub const UNNAMED_SOURCES: [&str; 9] =
    ["authority", "media", "official", "report", "source", "spokesman", "spokesperson", "spokeswoman", "statement"];

/// Lemmas of verbs that move a level up, and down: two reports tell one
/// move with different verbs ("fell 3.1%", "slipped 3.1%"), never with
/// verbs of the other way.
const RISE_LEMMAS: [&str; 14] = [
    "advance", "climb", "gain", "grow", "increase", "jump", "leap", "rally", "rebound", "rise", "soar", "spike",
    "surge", "swell",
];
const FALL_LEMMAS: [&str; 18] = [
    "decline", "decrease", "dip", "dive", "drop", "ease", "fall", "lose", "plunge", "retreat", "sag", "shed", "shrink",
    "sink", "slide", "slip", "slump", "tumble",
];

/// Which way the verb of `lemma` moves a level: up (true), down (false),
/// or neither (`None`).
pub fn direction(lemma: &str) -> Option<bool> {
    if RISE_LEMMAS.contains(&lemma) {
        Some(true)
    } else if FALL_LEMMAS.contains(&lemma) {
        Some(false)
    } else {
        None
    }
}

/// Words after which a figure is a rate ("26 cents per share", "$80 a
/// barrel", "3 deaths a day").
pub const RATE_LEADS: WordSet = WordSet::new(&["a", "an", "apiece", "each", "every", "per"], 4);

/// Words that compare a figure with another ("more than last year", "down
/// from 5 percent", "compared with").
pub const COMPARISON_LEADS: WordSet = WordSet::new(&["compared", "from", "than", "versus", "vs"], 5);

/// Words that tell an update in the writer's own words ("the toll rose to
/// 57", "revised to", "climbed to").
pub const UPDATE_VERBS: WordSet =
    WordSet::new(&["climbed", "grew", "increased", "jumped", "raised", "revised", "risen", "rose", "updated"], 6);

/// Modal words and phrases' heads that make a clause a plan ("will",
/// "scheduled", "expected to", "plans to", "due to", "set to").
pub const PLAN_WORDS: WordSet = WordSet::new(
    &[
        "'ll",
        "aims",
        "due",
        "expected",
        "expects",
        "intends",
        "plan",
        "planned",
        "planning",
        "plans",
        "scheduled",
        "set",
        "shall",
        "slated",
        "upcoming",
        "will",
    ],
    7,
);

/// Words that make a clause a possibility ("could", "may", "if").
pub const POSSIBLE_WORDS: WordSet =
    WordSet::new(&["can", "could", "if", "may", "might", "perhaps", "possibly", "would"], 8);

/// Words that, before "to" and a verb, tell what something may do, not
/// what it did ("licensed to carry 80 passengers", "designed to hold
/// 2,000"): a capacity.
pub const CAPACITY_WORDS: WordSet =
    WordSet::new(&["allowed", "built", "certified", "designed", "equipped", "licensed", "permitted", "rated"], 23);

/// Verbs of advice and request: what they ask someone "to" do is asked,
/// not done ("advised anyone with symptoms to stay home for 48 hours").
pub const ADVICE_WORDS: WordSet = WordSet::new(
    &[
        "advice",
        "advise",
        "advised",
        "advises",
        "advising",
        "ask",
        "asked",
        "asking",
        "asks",
        "recommend",
        "recommended",
        "recommends",
        "urge",
        "urged",
        "urges",
        "urging",
    ],
    24,
);

/// Verbs that deny what follows ("denied that 40 were killed").
pub const DENIAL_WORDS: WordSet = WordSet::new(&["denied", "denies", "deny", "refuted", "rejected"], 9);

/// A set of words with a job in a clause (reporting verbs, verbs of
/// change…), in lower case, with its own bit among the sets the reader
/// knows ([`SETS`]): a word is looked up once for all of them.
#[derive(Clone, Copy, Debug)]
pub struct WordSet {
    words: &'static [&'static str],
    bit: u32,
}

impl WordSet {
    /// The set of `words` (sorted, lower case) with bit number `index`.
    pub const fn new(words: &'static [&'static str], index: u32) -> WordSet {
        WordSet { words, bit: 1 << index }
    }

    /// Its words.
    pub const fn words(self) -> &'static [&'static str] {
        self.words
    }

    /// Its bit in a word's [`Entry::sets`].
    pub const fn bit(self) -> u32 {
        self.bit
    }
}

/// Verbs a duration is told with ("lasted 50 minutes", "took two hours"):
/// the event is their subject.
pub const LIGHT_VERBS: WordSet =
    WordSet::new(&["last", "lasted", "lasting", "lasts", "spent", "take", "takes", "taking", "took"], 10);

/// Adjectives that tell what happened to counted people ("One dead, four
/// hurt", "12 missing").
pub const OUTCOME_ADJECTIVES: WordSet = WordSet::new(&["dead", "hurt", "injured", "missing", "safe", "wounded"], 12);

/// Words after a date that are part of its day ("Saturday morning"), and
/// other times of the day ("before dawn on Monday"): no event.
pub const PARTS_OF_A_DAY: WordSet = WordSet::new(
    &[
        "afternoon",
        "dawn",
        "daybreak",
        "dusk",
        "evening",
        "midday",
        "midnight",
        "morning",
        "night",
        "nightfall",
        "noon",
        "sunrise",
        "sunset",
    ],
    11,
);

/// Nouns too general to say what is counted ("a total of", "the number
/// of"): the reader looks past them.
pub const GENERIC: WordSet =
    WordSet::new(&["amount", "average", "estimate", "figure", "level", "number", "sum", "tally", "total"], 13);

/// Verbs after which a figure is the level of their subject ("stood at 52",
/// "reached 100", "totalled $5 million"), besides copulas and verbs of change.
pub const LEVEL_VERBS: WordSet = WordSet::new(
    &[
        "amounted", "came", "climbed", "exceeded", "hit", "hits", "reached", "reaches", "remained", "remains", "stand",
        "stands", "stayed", "stood", "topped", "total", "totaled", "totalled", "totals",
    ],
    14,
);

/// Counts that are numbers of times ("twice", "thrice").
pub const TIMES_WORDS: WordSet = WordSet::new(&["thrice", "twice"], 20);

/// Words that name a length of time, the unit of a duration.
pub const TIME_UNITS: WordSet = WordSet::new(
    &[
        "centuries",
        "century",
        "day",
        "days",
        "decade",
        "decades",
        "fortnight",
        "hour",
        "hours",
        "minute",
        "minutes",
        "month",
        "months",
        "second",
        "seconds",
        "week",
        "weeks",
        "year",
        "years",
    ],
    15,
);

/// Words that name a stretch of time an amount is told for ("in the
/// quarter"), besides the units of [`TIME_UNITS`].
pub const TIME_STRETCHES: WordSet = WordSet::new(
    &["half", "halves", "period", "periods", "quarter", "quarters", "season", "seasons", "session", "sessions"],
    22,
);

/// Words that count a change after a figure ("180 points", "3 percentage
/// points").
pub const CHANGE_UNITS: WordSet = WordSet::new(&["basis", "percentage", "point", "points", "pts"], 16);

/// Words that make a count one of events before the one reported.
pub(crate) const EARLIER: WordSet = WordSet::new(&["earlier", "past", "preceding", "previous", "prior"], 17);

/// Every word set of the clause reader, each with its own bit.
const SETS: [WordSet; 25] = [
    REPORTING,
    CHANGE_VERBS,
    CHANGE_NOUNS,
    SUBSET_LEADS,
    RATE_LEADS,
    COMPARISON_LEADS,
    UPDATE_VERBS,
    PLAN_WORDS,
    POSSIBLE_WORDS,
    DENIAL_WORDS,
    LIGHT_VERBS,
    PARTS_OF_A_DAY,
    OUTCOME_ADJECTIVES,
    GENERIC,
    LEVEL_VERBS,
    TIME_UNITS,
    CHANGE_UNITS,
    EARLIER,
    VERB_GROUP_ADVERBS,
    RUN_LEADS,
    TIMES_WORDS,
    ARTICLES,
    TIME_STRETCHES,
    CAPACITY_WORDS,
    ADVICE_WORDS,
];

/// Determiners after which a word is a noun, never a verb: the articles
/// and the possessives ("the church", "its premises").
pub const ARTICLES: WordSet = WordSet::new(&["a", "an", "her", "his", "its", "my", "our", "the", "their", "your"], 21);

/// Words that are prepositions or subordinators elsewhere but adverbs
/// right after an auxiliary, inside a verb group ("has since risen").
pub const VERB_GROUP_ADVERBS: WordSet = WordSet::new(&["since"], 18);

/// What the clause reader knows of a word: its class and the sets it is in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// Its grammatical class.
    pub class: Class,
    /// The bits of the [`WordSet`]s that hold it.
    pub sets: u32,
}

/// The entry of a word no table holds.
const OPEN: Entry = Entry { class: Class::Open, sets: 0 };

/// The entry of `word` (any case): one look-up for its class and its sets.
pub fn entry(word: &str) -> Entry {
    static ENTRIES: std::sync::OnceLock<crate::hash::FastMap<&'static [u8], Entry>> = std::sync::OnceLock::new();
    let entries = ENTRIES.get_or_init(build_entries);
    let mut buf = [0u8; 24];
    lowered(word, &mut buf).and_then(|lower| entries.get(lower).copied()).unwrap_or(OPEN)
}

/// Every word of the class tables and the sets, with its entry.
fn build_entries() -> crate::hash::FastMap<&'static [u8], Entry> {
    let mut map: crate::hash::FastMap<&'static [u8], Entry> = crate::hash::FastMap::default();
    // The first table that holds a word gives its class.
    for (table, class) in CLASS_TABLES.iter().rev() {
        for &w in *table {
            map.entry(w.as_bytes()).or_insert(OPEN).class = *class;
        }
    }
    for set in SETS {
        for &w in set.words {
            map.entry(w.as_bytes()).or_insert(OPEN).sets |= set.bit;
        }
    }
    map
}

/// The class of `word` (any case).
pub fn class(word: &str) -> Class {
    entry(word).class
}

/// The closed classes, in the order they are told apart.
const CLASS_TABLES: [(&[&str], Class); 9] = [
    (DETERMINERS, Class::Determiner),
    (RELATIVES, Class::Relative),
    (SUBORDINATORS, Class::Subordinator),
    (PREPOSITIONS, Class::Preposition),
    (CONJUNCTIONS, Class::Conjunction),
    (PRONOUNS, Class::Pronoun),
    (AUXILIARIES, Class::Auxiliary),
    (MODALS, Class::Modal),
    (NEGATIONS, Class::Negation),
];

/// True when `word` (any case) is in `set`.
pub fn is_in(set: WordSet, word: &str) -> bool {
    entry(word).sets & set.bit != 0
}

/// `word` in lower case in `buf`, for ASCII words of up to 24 bytes; a
/// curly apostrophe is read as a straight one ("n’t").
fn lowered<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b [u8]> {
    let bytes = word.as_bytes();
    let (mut i, mut n) = (0, 0);
    while let Some(&b) = bytes.get(i) {
        let (lower, len) = match b {
            0..=0x7f => (b.to_ascii_lowercase(), 1),
            // U+2019, the curly apostrophe.
            0xe2 if bytes.get(i + 1..i + 3) == Some(&[0x80, 0x99]) => (b'\'', 3),
            _ => return None,
        };
        *buf.get_mut(n)? = lower;
        n += 1;
        i += len;
    }
    buf.get(..n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_are_sorted_for_halving() {
        for table in [
            DETERMINERS,
            PREPOSITIONS,
            CONJUNCTIONS,
            SUBORDINATORS,
            RELATIVES,
            PRONOUNS,
            AUXILIARIES,
            MODALS,
            NEGATIONS,
        ]
        .into_iter()
        .chain(SETS.map(WordSet::words))
        {
            assert!(table.windows(2).all(|w| w[0] < w[1]), "{table:?}");
        }
    }

    #[test]
    fn classes_in_any_case() {
        assert_eq!(class("The"), Class::Determiner);
        assert_eq!(class("WERE"), Class::Auxiliary);
        assert_eq!(class("n’t"), Class::Negation);
        assert_eq!(class("which"), Class::Relative);
        assert_eq!(class("troops"), Class::Open);
        assert_eq!(class("Zürich"), Class::Open);
        assert!(is_in(REPORTING, "Said") && !is_in(REPORTING, "killed"));
        assert!(is_in(super::LIGHT_VERBS, "LASTED") && !is_in(REPORTING, "said’"));
    }

    #[test]
    fn every_set_has_its_own_bit() {
        let all = SETS.iter().fold(0u32, |seen, set| {
            assert_eq!(seen & set.bit(), 0, "{:?}", set.words());
            seen | set.bit()
        });
        assert_eq!(all.count_ones() as usize, SETS.len());
    }
}
