//! The closed classes of English a clause reader needs: determiners,
//! prepositions, conjunctions, pronouns, auxiliaries, modals, negations,
//! and the few open-class words with a grammatical job in news (reporting
//! verbs, verbs of change, words of inclusion). Open-class words (nouns,
//! verbs, adjectives) come from WordNet through [`crate::lexical`].
//!
//! Every table is sorted (a test keeps them so) and searched by halves, in
//! lower case, without allocating.

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
pub const REPORTING: &[&str] = &[
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
];

/// Verbs of change: a figure after them is a level ("rose to 5%") or a
/// change ("rose 5%", "rose by 5%").
pub const CHANGE_VERBS: &[&str] = &[
    "add",
    "added",
    "adding",
    "adds",
    "advance",
    "advanced",
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
    "drop",
    "dropped",
    "dropping",
    "drops",
    "edge",
    "edged",
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
    "plunge",
    "plunged",
    "plunges",
    "rise",
    "risen",
    "rises",
    "rising",
    "rose",
    "sank",
    "shed",
    "shrank",
    "shrink",
    "sink",
    "slid",
    "slide",
    "slip",
    "slipped",
    "slips",
    "slump",
    "slumped",
    "soar",
    "soared",
    "soars",
    "surge",
    "surged",
    "surges",
    "tumble",
    "tumbled",
    "tumbles",
];

/// Nouns of change after a figure ("a 12% drop", "a 5-point gain").
pub const CHANGE_NOUNS: &[&str] = &[
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
];

/// Words that make the figures after them a subset of a whole stated before
/// ("including three officers", "among them two children").
pub const SUBSET_LEADS: &[&str] = &["among", "included", "includes", "including"];

/// Words after which a figure is a rate ("26 cents per share", "$80 a
/// barrel", "3 deaths a day").
pub const RATE_LEADS: &[&str] = &["a", "an", "apiece", "each", "every", "per"];

/// Words that compare a figure with another ("more than last year", "down
/// from 5 percent", "compared with").
pub const COMPARISON_LEADS: &[&str] = &["compared", "from", "than", "versus", "vs"];

/// Words that tell an update in the writer's own words ("the toll rose to
/// 57", "revised to", "climbed to").
pub const UPDATE_VERBS: &[&str] =
    &["climbed", "grew", "increased", "jumped", "raised", "revised", "risen", "rose", "updated"];

/// Modal words and phrases' heads that make a clause a plan ("will",
/// "scheduled", "expected to", "plans to", "due to", "set to").
pub const PLAN_WORDS: &[&str] = &[
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
];

/// Words that make a clause a possibility ("could", "may", "if").
pub const POSSIBLE_WORDS: &[&str] = &["can", "could", "if", "may", "might", "perhaps", "possibly", "would"];

/// Verbs that deny what follows ("denied that 40 were killed").
pub const DENIAL_WORDS: &[&str] = &["denied", "denies", "deny", "refuted", "rejected"];

/// The class of `word` (any case).
pub fn class(word: &str) -> Class {
    static CLASSES: std::sync::OnceLock<crate::hash::FastMap<&'static str, Class>> = std::sync::OnceLock::new();
    let mut buf = [0u8; 24];
    let Some(lower) = lowered(word, &mut buf) else { return Class::Open };
    let classes = CLASSES.get_or_init(|| {
        let mut map = crate::hash::FastMap::default();
        // The first table that holds a word gives its class.
        for (table, class) in CLASS_TABLES.iter().rev() {
            for &w in *table {
                map.insert(w, *class);
            }
        }
        map
    });
    classes.get(lower).copied().unwrap_or(Class::Open)
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

/// True when `word` (any case) is in the sorted `table`.
pub fn is_in(table: &[&str], word: &str) -> bool {
    let mut buf = [0u8; 24];
    lowered(word, &mut buf).is_some_and(|lower| table.binary_search(&lower).is_ok())
}

/// `word` in lower case in `buf`, for ASCII words of up to 24 bytes; a
/// curly apostrophe is read as a straight one ("n’t").
fn lowered<'b>(word: &str, buf: &'b mut [u8; 24]) -> Option<&'b str> {
    let mut n = 0;
    for c in word.chars() {
        let c = if c == '’' { '\'' } else { c };
        if !c.is_ascii() {
            return None;
        }
        *buf.get_mut(n)? = (c as u8).to_ascii_lowercase();
        n += 1;
    }
    std::str::from_utf8(buf.get(..n)?).ok()
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
        ] {
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
    }
}
