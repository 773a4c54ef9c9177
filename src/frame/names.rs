//! Names: which capitalized words name someone or something in particular.
//!
//! In a sentence, a capitalized word that does not open it is a name. A
//! title-case headline capitalizes every word ("Five Wounded by Quake in
//! Southern Iran"): there a word is a name only when the body capitalizes
//! it too, or when WordNet does not know it in lower case.

use crate::document::Document;
use crate::grammar::lexicon::{MONTHS, WEEKDAYS};
use crate::grammar::tokens::words;
use crate::hash::{fnv_bytes, FNV_OFFSET};
use crate::span::Span;

/// A name's key: its first five letters, lower case, possessive dropped,
/// so that "Russia" and "Russian", "Ukraine" and "Ukrainian" are one name.
pub fn name_key(word: &str) -> u64 {
    let name = word.trim_end_matches("'s").trim_end_matches("’s");
    let mut utf8 = [0u8; 4];
    name.chars()
        .flat_map(char::to_lowercase)
        .take(5)
        .fold(FNV_OFFSET, |h, c| fnv_bytes(h, c.encode_utf8(&mut utf8).bytes()))
}

/// True for a month or a weekday, which are capitalized and name no one.
pub fn is_calendar_word(word: &str) -> bool {
    crate::grammar::words::lookup(MONTHS, word).is_some() || crate::grammar::words::lookup(WEEKDAYS, word).is_some()
}

/// The names of a document's body: the keys of the capitalized words that
/// do not open a sentence (months and weekdays aside), sorted and unique.
pub fn body_names(doc: &Document) -> Vec<u64> {
    let in_headline = |s: &&Span| doc.headline.is_some_and(|h| s.start < h.end && h.start < s.end);
    names_of(&doc.text, doc.sentences.iter().filter(|s| !in_headline(s)))
}

/// The names a document tells: the capitalized words that do not open a
/// sentence or its headline, months and weekdays aside, sorted and unique:
/// what its story is about ("Qeshm", "Bandar Abbas" in one report of a
/// quake; "Zarand", "Kerman" in a report of another). A title-case
/// headline's words count here: two reports whose headlines share "Floods"
/// share something of their story. Measured on ECB+, where each topic holds
/// two events of one kind, the weighted share of names two reports of one
/// event share has a median of 0.41, two reports of different events 0.11.
pub fn document_names(doc: &Document) -> Vec<u64> {
    names_of(&doc.text, doc.headline.iter().chain(&doc.sentences))
}

/// [`document_names`], each with how many times the document names it.
pub fn document_names_counted(doc: &Document) -> (Vec<u64>, Vec<u32>) {
    let mut keys = all_names_of(&doc.text, doc.headline.iter().chain(&doc.sentences));
    keys.sort_unstable();
    let runs = keys.chunk_by(|x, y| x == y);
    runs.filter_map(|run| Some((*run.first()?, u32::try_from(run.len()).unwrap_or(u32::MAX)))).unzip()
}

/// The keys of the capitalized words of `sentences` that do not open them,
/// months and weekdays aside, as often as they stand.
fn all_names_of<'a>(text: &str, sentences: impl Iterator<Item = &'a Span>) -> Vec<u64> {
    let mut keys: Vec<u64> = Vec::new();
    for sentence in sentences {
        for (i, (_, w)) in words(sentence.slice(text)).enumerate() {
            if i > 0 && is_capitalized(w) && !is_calendar_word(w) {
                keys.push(name_key(w));
            }
        }
    }
    keys
}

/// The sorted, unique keys of the capitalized words of `sentences` that do
/// not open them, months and weekdays aside.
fn names_of<'a>(text: &str, sentences: impl Iterator<Item = &'a Span>) -> Vec<u64> {
    let mut keys = all_names_of(text, sentences);
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// True when a capitalized word of a headline is a name: the body names
/// it, or WordNet does not know it in lower case.
pub fn is_headline_name(word: &str, body: &[u64], unknown_in_lower_case: impl FnOnce() -> bool) -> bool {
    body.binary_search(&name_key(word)).is_ok() || unknown_in_lower_case()
}

/// The keys of the words of a headline that can only be names: capitalized,
/// and unknown to WordNet in lower case ("Carrow",
/// "Halden"; not "Hospitals" or "Strain", which a title-case headline
/// capitalizes too), months and weekdays aside, sorted and unique.
pub fn headline_proper_names(headline: &str) -> Vec<u64> {
    let mut keys: Vec<u64> = words(headline)
        .map(|(_, w)| w)
        .filter(|w| is_capitalized(w) && !is_calendar_word(w))
        .filter(|w| crate::lexical::lemma_any(&w.to_lowercase()).is_empty())
        .map(name_key)
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// True for a word with a capital and then a lower-case letter ("Qeshm",
/// not "A" or "USGS").
fn is_capitalized(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_some_and(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_headline_s_proper_names_are_the_words_wordnet_does_not_know() {
        let names = headline_proper_names("Heat Toll Climbs to 13 as Hospitals in Verrin Strain");
        assert_eq!(names, vec![name_key("Verrin")]);
        assert_eq!(headline_proper_names("Halden sales plunge 20% in March"), vec![name_key("Halden")]);
    }

    #[test]
    fn a_title_case_headline_names_only_what_the_body_names() {
        let text =
            "Five Wounded by Quake in Southern Qeshm\n\nA quake injured five people on Qeshm island on Sunday.\n";
        let doc = Document::new("a.txt", text, None);
        let body = body_names(&doc);
        let headline_name = |w: &str| is_headline_name(w, &body, || crate::lexical::lemma_any(w).is_empty());
        assert!(headline_name("Qeshm"));
        assert!(!headline_name("Wounded"));
        assert!(!headline_name("Quake"));
        assert!(!body.contains(&name_key("Sunday")));
        assert!(document_names(&doc).contains(&name_key("Southern")), "a headline's words tell its story");
    }
}
