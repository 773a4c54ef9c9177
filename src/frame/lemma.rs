//! The frame reader's view of a word's meaning: its part of speech in
//! context, its lemma, and a key to compare it by, from WordNet through
//! [`crate::lexical`] (a Snowball stem for words WordNet does not have).

use crate::lexical::{self, Lemma, Pos, Readings};
use crate::span::Span;

/// A word with its WordNet readings, looked up once for all the questions
/// below (the frame reader keeps them per token).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Read<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Its readings ([`lexical::lemma_any`]).
    pub readings: Readings,
}

impl<'a> Read<'a> {
    /// `text` looked up.
    pub fn of(text: &'a str) -> Read<'a> {
        Read { text, readings: lexical::lemma_any(text) }
    }

    /// Its lemma as `pos` ([`lexical::lemma`]).
    pub fn lemma(self, pos: Pos) -> Option<Lemma> {
        self.readings.iter().find(|l| l.pos() == pos)
    }

    /// True when WordNet reads it as a noun (see [`can_be_noun`]).
    pub fn can_be_noun(self) -> bool {
        self.readings.parts_of_speech().contains(Pos::Noun)
    }

    /// True when it is a noun first of all (see [`mostly_noun`]).
    pub fn mostly_noun(self) -> bool {
        self.readings.first().map(Lemma::pos) == Some(Pos::Noun)
    }

    /// True when WordNet has it as a verb (see [`can_be_verb`]).
    pub fn can_be_verb(self) -> bool {
        self.readings.parts_of_speech().contains(Pos::Verb)
    }

    /// True when it reads as an adjective first of all (see
    /// [`mostly_adjective`]).
    pub fn mostly_adjective(self) -> bool {
        matches!(self.readings.first().map(Lemma::pos), Some(Pos::Adjective | Pos::Adverb))
    }

    /// True when it looks like a finite verb or a participle (see
    /// [`is_finite_verb`]).
    pub fn is_finite_verb(self) -> bool {
        let word = self.text;
        if word.is_empty() || word.starts_with(char::is_uppercase) {
            return false;
        }
        self.can_be_verb() && (self.is_inflected() || !self.mostly_noun())
    }

    /// True when it looks like an inflected verb, in any case: it ends in
    /// "-ed", or its verb lemma is another word ("built": build).
    pub fn is_inflected(self) -> bool {
        let word = self.text;
        word.ends_with("ed") || self.lemma(Pos::Verb).is_some_and(|l| !l.text().eq_ignore_ascii_case(word))
    }

    /// True when it names a person (see [`is_person`]).
    pub fn is_person(self) -> bool {
        self.lemma(Pos::Noun).is_some_and(lexical::is_person)
    }

    /// True when it names an event, an act or a process (see
    /// [`is_event_noun`]).
    pub fn is_event_noun(self) -> bool {
        self.lemma(Pos::Noun).is_some_and(lexical::is_event)
    }
}

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
        Head::of(span, Read::of(span.slice(text)), pos)
    }

    /// The word `word` at `span`, already looked up, read as `pos` (see
    /// [`Head::new`]).
    pub fn of(span: Span, word: Read<'_>, pos: Pos) -> Head {
        let lemma = word.lemma(pos).or_else(|| word.readings.first());
        let key = lemma.map_or_else(|| lexical::stem_key(word.text), |l| crate::hash::stable_hash(l.text()));
        Head { span, lemma, key }
    }

    /// A name's word at `span` of `text`: keyed as names are
    /// ([`super::names::name_key`]: its first letters, any case), with no
    /// lemma.
    pub fn name(text: &str, span: Span) -> Head {
        Head { span, lemma: None, key: super::names::name_key(span.slice(text)) }
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
    Read::of(word).can_be_noun()
}

/// True when `word` is a noun first of all (its most frequent reading).
pub fn mostly_noun(word: &str) -> bool {
    Read::of(word).mostly_noun()
}

/// True when WordNet has `word` as a verb.
pub fn can_be_verb(word: &str) -> bool {
    Read::of(word).can_be_verb()
}

/// True when `word` reads as an adjective first of all.
pub fn mostly_adjective(word: &str) -> bool {
    Read::of(word).mostly_adjective()
}

/// True for a word that looks like a finite verb or a participle: WordNet
/// has it as a verb, and it is not a noun first unless it ends like a
/// past tense ("killed", "struck", "says").
pub fn is_finite_verb(word: &str) -> bool {
    !word.is_empty() && !word.starts_with(char::is_uppercase) && Read::of(word).is_finite_verb()
}

/// True when `word` names a person (WordNet's noun.person: "woman",
/// "victim", "officer").
pub fn is_person(word: &str) -> bool {
    Read::of(word).is_person()
}

/// True when `word` names an event, an act or a process (WordNet's
/// noun.event, noun.act, noun.process, noun.phenomenon: "call", "quake",
/// "strike", "election"), which a duration or a date is of.
pub fn is_event_noun(word: &str) -> bool {
    Read::of(word).is_event_noun()
}
