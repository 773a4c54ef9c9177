//! Small nom parsers for words, phrases and spacing, shared by every claim parser.
//!
//! All matching is ASCII case-insensitive and allocation-free.

use std::sync::OnceLock;

use nom::bytes::complete::take_while1;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

use crate::hash::{stable_hash_lower, FastMap};

/// The result type of every claim parser.
pub type PResult<'a, T> = IResult<&'a str, T>;

/// A recoverable parse failure at `input`.
pub fn fail<T>(input: &str) -> PResult<'_, T> {
    Err(nom::Err::Error(Error::new(input, ErrorKind::Verify)))
}

/// One run of letters (a word, without apostrophes or hyphens).
pub fn word(input: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c.is_alphabetic()).parse(input)
}

/// Horizontal space between two words of one claim (never a line break).
pub fn space(input: &str) -> PResult<'_, &str> {
    take_while1(|c: char| c == ' ' || c == '\t' || c == '\u{a0}').parse(input)
}

/// Optional horizontal space.
pub fn space0(input: &str) -> PResult<'_, &str> {
    let end =
        input.char_indices().find(|&(_, c)| !(c == ' ' || c == '\t' || c == '\u{a0}')).map_or(input.len(), |(i, _)| i);
    Ok((input.get(end..).unwrap_or_default(), input.get(..end).unwrap_or_default()))
}

/// True when `input` does not continue the current word.
pub fn at_boundary(input: &str) -> bool {
    input.chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// True when the clause ends at `input`: nothing but spaces, or a mark of
/// punctuation ("15 dollars 50.", "the day before,").
pub fn clause_ends(input: &str) -> bool {
    let rest = input.trim_start();
    rest.is_empty() || rest.starts_with([',', '.', ';', ':', '!', '?', ')'])
}

/// Look a word up in a table, ignoring ASCII case.
pub fn lookup<T: Copy>(table: &[(&str, T)], key: &str) -> Option<T> {
    table.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|&(_, v)| v)
}

/// A whole word found in `table`.
pub fn lexeme<'a, T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(&'a str) -> PResult<'a, T> {
    move |input| {
        let (rest, w) = word(input)?;
        match lookup(table, w) {
            Some(v) => Ok((rest, v)),
            None => fail(input),
        }
    }
}

/// The words of `phrase` (separated by single spaces in the pattern, by any
/// horizontal space or a hyphen in the text), ignoring case, ending at a word
/// boundary. Returns the matched text.
pub fn phrase<'a>(phrase: &'static str) -> impl Fn(&'a str) -> PResult<'a, &'a str> {
    move |input| {
        // Most attempts fail on the first letter: check it before splitting
        // the pattern into words.
        let first_matches = match (phrase.as_bytes().first(), input.as_bytes().first()) {
            (Some(p), Some(i)) => p.eq_ignore_ascii_case(i),
            _ => false,
        };
        if !first_matches {
            return fail(input);
        }
        let mut rest = input;
        for (i, part) in phrase.split(' ').enumerate() {
            if i > 0 {
                rest = match space(rest) {
                    Ok((r, _)) => r,
                    Err(_) => match rest.strip_prefix('-') {
                        Some(r) => r,
                        None => return fail(input),
                    },
                };
            }
            match rest.get(..part.len()) {
                Some(head) if head.eq_ignore_ascii_case(part) => rest = rest.get(part.len()..).unwrap_or_default(),
                _ => return fail(input),
            }
        }
        if !at_boundary(rest) {
            return fail(input);
        }
        Ok((rest, input.get(..input.len() - rest.len()).unwrap_or_default()))
    }
}

/// The first of `phrases` that matches, with its value. Phrases whose first
/// letter differs are skipped without being tried.
pub fn any_phrase<'a, T: Copy>(table: &'static [(&'static str, T)]) -> impl Fn(&'a str) -> PResult<'a, T> {
    move |input| {
        let Some(first) = input.as_bytes().first().map(u8::to_ascii_lowercase) else { return fail(input) };
        for &(p, v) in table {
            if p.as_bytes().first().map(u8::to_ascii_lowercase) != Some(first) {
                continue;
            }
            if let Ok((rest, _)) = phrase(p)(input) {
                return Ok((rest, v));
            }
        }
        fail(input)
    }
}

/// The text after the dash of a range ("5-7", "5–7", "30 -- 40"), when
/// `input` starts with one: "--", an en or em dash, or a hyphen.
pub fn range_dash(input: &str) -> Option<&str> {
    input.strip_prefix("--").or_else(|| input.strip_prefix(['–', '—', '-']))
}

/// True when " of" follows: "thousands of troops", "a third of the vote".
pub fn followed_by_of(input: &str) -> bool {
    space(input).and_then(|(r, _)| phrase("of")(r)).is_ok()
}

/// A table of phrases indexed by their first word, for tables too long to
/// scan at every figure (currency names, units). Phrases sharing a first
/// word are tried in table order, so a table lists longer phrases first.
pub struct PhraseIndex<T: 'static> {
    by_first_word: FastMap<u64, Vec<(&'static str, T)>>,
    /// The first letters (a–z) the phrases start with, one bit each: most
    /// inputs are turned away before their first word is hashed.
    first_letters: u32,
}

impl<T: Copy> PhraseIndex<T> {
    /// Index `phrases` by the lower-cased letters they start with.
    pub fn new(phrases: impl IntoIterator<Item = (&'static str, T)>) -> Self {
        let mut by_first_word: FastMap<u64, Vec<(&'static str, T)>> = FastMap::default();
        let mut first_letters = 0;
        for (p, v) in phrases {
            first_letters |= letter_bit(p);
            by_first_word.entry(stable_hash_lower(leading_letters(p))).or_default().push((p, v));
        }
        PhraseIndex { by_first_word, first_letters }
    }

    /// The index of `table`, built the first time it is asked for.
    pub fn of(cell: &'static OnceLock<Self>, table: &'static [(&'static str, T)]) -> &'static Self
    where
        T: Send + Sync,
    {
        cell.get_or_init(|| PhraseIndex::new(table.iter().copied()))
    }

    /// The first phrase of the table that `input` starts with, and its value.
    pub fn find<'a>(&self, input: &'a str) -> PResult<'a, T> {
        if letter_bit(input) & self.first_letters == 0 {
            return fail(input);
        }
        let first = leading_letters(input);
        let Some(candidates) = (!first.is_empty()).then(|| self.by_first_word.get(&stable_hash_lower(first))).flatten()
        else {
            return fail(input);
        };
        for &(p, v) in candidates {
            if let Ok((rest, _)) = phrase(p)(input) {
                return Ok((rest, v));
            }
        }
        fail(input)
    }
}

/// The bit of the ASCII letter `text` starts with (any case), or 0.
fn letter_bit(text: &str) -> u32 {
    match text.as_bytes().first().map(u8::to_ascii_lowercase) {
        Some(b @ b'a'..=b'z') => 1 << (b - b'a'),
        _ => 0,
    }
}

/// The run of ASCII letters `text` starts with.
fn leading_letters(text: &str) -> &str {
    let len = text.bytes().take_while(u8::is_ascii_alphabetic).count();
    text.get(..len).unwrap_or_default()
}

/// The run of ASCII letters `input` starts with, past any spaces ("tall"
/// of " tall and thin").
pub fn leading_word(input: &str) -> &str {
    leading_letters(input.trim_start_matches(' '))
}

/// The word of ASCII letters a hyphen joins to what comes before `rest`
/// ("-seat auditorium" → "seat"), with what follows it; `None` when
/// `rest` opens with no hyphen and letters.
pub fn joined_word(rest: &str) -> Option<(&str, &str)> {
    let after = rest.strip_prefix('-')?;
    let word = leading_letters(after);
    (!word.is_empty()).then(|| (word, after.get(word.len()..).unwrap_or_default()))
}

/// The word of ASCII letters just before byte `at` of `text`, past the
/// spaces and hyphens there ("the" before "the 787", "mid" before
/// "mid-March"); empty when none. Reads back only over that word.
pub fn word_before(text: &str, at: usize) -> &str {
    let lead = text.get(..at).unwrap_or_default().trim_end_matches([' ', '-']);
    let start = lead.bytes().rposition(|b| !b.is_ascii_alphabetic()).map_or(0, |i| i + 1);
    lead.get(start..).unwrap_or_default()
}

/// True when the first word of `input` is one of `words` (any case): a
/// cheap test before a table of phrases that all start with those words.
pub fn first_word_in(input: &str, words: &[&str]) -> bool {
    let first = leading_letters(input);
    !first.is_empty() && words.iter().any(|w| w.eq_ignore_ascii_case(first))
}

/// How far ahead [`mentions`] looks: a count, a unit and the word after.
const MENTION_REACH: usize = 48;

/// True when one of `needles` (each starting with a space) occurs, in any
/// case, within the next few words of `input`: a cheap test before a parser
/// whose grammar needs that word (" ago", " past ").
pub fn mentions(input: &str, needles: &[&str]) -> bool {
    let bytes = input.as_bytes();
    let head = bytes.get(..MENTION_REACH).unwrap_or(bytes);
    let at = |i: usize, n: &str| head.get(i..i + n.len()).is_some_and(|w| w.eq_ignore_ascii_case(n.as_bytes()));
    head.iter().enumerate().any(|(i, &b)| b == b' ' && needles.iter().any(|n| at(i, n)))
}

/// The lower-cased ASCII form of a short word in a stack buffer, for matching
/// without allocating. Words longer than the buffer give `None`.
pub fn lowered(word: &str, buf: &mut [u8; 24]) -> Option<usize> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    for (slot, b) in buf.iter_mut().zip(bytes) {
        *slot = b.to_ascii_lowercase();
    }
    Some(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_word_before_a_place() {
        let text = "shrink the 787 by mid-March; bathe 5";
        assert_eq!(word_before(text, text.find("787").unwrap()), "the");
        assert_eq!(word_before(text, text.find("March").unwrap()), "mid");
        assert_eq!(word_before(text, text.find('5').unwrap()), "bathe");
        assert_eq!(word_before("é 5", 3), "");
    }

    #[test]
    fn phrase_matches_across_spaces_and_hyphens() {
        assert_eq!(phrase("more than")("More  than 5"), Ok((" 5", "More  than")));
        assert_eq!(phrase("hour and a half")("hour-and-a-half talk").map(|r| r.0), Ok(" talk"));
        assert!(phrase("more than")("morethan").is_err());
        assert!(phrase("at least")("at leastwise").is_err());
    }
}
