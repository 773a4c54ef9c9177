//! Which tokens of a clause are part of a name: capitalized words that are
//! not the sentence's first (unless WordNet does not know them in lower
//! case), nor months, weekdays or common capitalized words; in a title-case
//! headline, the words [`super::names`] takes for names.

use super::tokens::Kind;
use super::words::Class;
use super::Reader;

/// Capitalized words that name nobody in particular.
const COMMON_CAPITALS: &[&str] = &[
    "A",
    "According",
    "After",
    "An",
    "And",
    "As",
    "At",
    "But",
    "Dr",
    "For",
    "He",
    "Her",
    "His",
    "I",
    "In",
    "It",
    "Its",
    "Mr",
    "Mrs",
    "Ms",
    "On",
    "She",
    "The",
    "Their",
    "They",
    "This",
    "We",
];

/// True when the token at `i` is an open word that is a name (see
/// [`is_name`]): not a capitalized function word ("Of", "At").
pub(super) fn is_open_name(r: &Reader<'_>, i: usize) -> bool {
    r.token(i).is_some_and(|tok| tok.kind == Kind::Word(Class::Open)) && is_name(r, i)
}

/// True when the word at token `i` is part of a name: capitalized, not the
/// sentence's first word unless WordNet does not know it in lower case (in
/// a headline: see [`super::names::is_headline_name`]),
/// not a month, a weekday or a common capitalized word.
pub(super) fn is_name(r: &Reader<'_>, i: usize) -> bool {
    let word = r.word(i);
    let capitalized = word.starts_with(char::is_uppercase) && word.chars().nth(1).is_some();
    if !capitalized || COMMON_CAPITALS.contains(&word) {
        return false;
    }
    if super::names::is_calendar_word(word) {
        return false;
    }
    // Read only where it decides: WordNet is asked about a first word or a
    // headline's word, not about every name of a sentence.
    let unknown_in_lower_case = || r.read(i).readings.is_empty();
    if r.headline {
        return super::names::is_headline_name(word, r.body_names, unknown_in_lower_case);
    }
    i != 0 || unknown_in_lower_case()
}
