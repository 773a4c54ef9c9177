//! The frame reader's view of a word's meaning: its part of speech in
//! context, its lemma, and a key to compare it by, from WordNet through
//! [`crate::lexical`] (a Snowball stem for words WordNet does not have).

use crate::lexical::{self, Lemma, Pos};
use crate::span::Span;

/// A word of a frame: where it stands, its lemma when WordNet has one, and
/// a key that two spellings of one word share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Head {
    /// The word in the document.
    pub span: Span,
    /// Its WordNet lemma, when there is one.
    pub lemma: Option<Lemma>,
    /// The lemma's text hashed, or the word's stem hashed.
    pub key: u64,
}

impl Head {
    /// The word at `span` of `text` read as part of speech `pos` (or its
    /// most frequent reading when `pos` has none).
    pub fn new(text: &str, span: Span, pos: Pos) -> Head {
        let word = span.slice(text);
        let lemma = lexical::lemma(word, pos).or_else(|| lexical::lemma_any(word).first());
        let key = lemma.map_or_else(|| lexical::stem_key(word), |l| crate::hash::stable_hash(l.text()));
        Head { span, lemma, key }
    }

    /// The lemma's text, or the word as written in lower case.
    pub fn text(&self, doc_text: &str) -> String {
        self.lemma.map_or_else(|| self.span.slice(doc_text).to_lowercase(), |l| l.text().to_string())
    }

    /// True when two heads mean the same thing: one key, or related lemmas.
    pub fn same_as(&self, other: &Head) -> bool {
        self.key == other.key || matches!((self.lemma, other.lemma), (Some(a), Some(b)) if lexical::related(a, b))
    }
}

/// True when WordNet reads `word` as a noun (its only or most frequent
/// reading, or a noun reading of a word whose verb reading is rarer).
pub fn can_be_noun(word: &str) -> bool {
    lexical::parts_of_speech(word).contains(Pos::Noun)
}

/// True when `word` is a noun first of all (its most frequent reading).
pub fn mostly_noun(word: &str) -> bool {
    lexical::dominant_pos(word) == Some(Pos::Noun)
}

/// True when WordNet has `word` as a verb.
pub fn can_be_verb(word: &str) -> bool {
    lexical::parts_of_speech(word).contains(Pos::Verb)
}

/// True when `word` reads as an adjective first of all.
pub fn mostly_adjective(word: &str) -> bool {
    matches!(lexical::dominant_pos(word), Some(Pos::Adjective | Pos::Adverb))
}

/// True for a word that looks like a finite verb or a participle: WordNet
/// has it as a verb, and it is not a noun first unless it ends like a
/// past tense ("killed", "struck", "says").
pub fn is_finite_verb(word: &str) -> bool {
    if word.is_empty() || word.starts_with(char::is_uppercase) {
        return false;
    }
    let verb = can_be_verb(word);
    let inflected = word.ends_with("ed") || lexical::lemma(word, Pos::Verb).is_some_and(|l| l.text() != word);
    verb && (inflected || !mostly_noun(word))
}

/// True when `word` names a person (WordNet's noun.person: "woman",
/// "victim", "officer").
pub fn is_person(word: &str) -> bool {
    lexical::lemma(word, Pos::Noun).is_some_and(lexical::is_person)
}

/// True when `word` names an event, an act or a process (WordNet's
/// noun.event, noun.act, noun.process, noun.phenomenon: "call", "quake",
/// "strike", "election"), which a duration or a date is of.
pub fn is_event_noun(word: &str) -> bool {
    lexical::lemma(word, Pos::Noun).is_some_and(lexical::is_event)
}
