//! Sentence boundaries, so that a claim's context never runs into the next
//! sentence.

use crate::span::Span;

/// Abbreviations that end in a full stop and never end a sentence (titles,
/// months, "e.g."); those that may (see [`FINAL_ABBREVIATIONS`]) end one
/// only before a word that opens a sentence.
const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev", "no", "vs",
    "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e",
    "mt", "ft", "fig",
];

/// Split the prose of a document into sentences. Hard breaks come from the
/// format reader (blocks), blank lines, and line ends after a short line or a
/// sentence-final mark.
pub fn split(text: &str, prose: &[Span], breaks: &[usize]) -> Vec<Span> {
    let mut sentences = Vec::new();
    let mut start: Option<usize> = None;
    let mut next_break = 0;
    for region in prose {
        while let Some(&at) = breaks.get(next_break).filter(|&&at| at <= region.start) {
            if let Some(s) = start.take() {
                push_trimmed(text, s, at.max(s), &mut sentences);
            }
            next_break += 1;
        }
        // Only ASCII bytes end sentences, so the scan is over bytes; a
        // sentence starts at the first byte that starts a non-space character.
        let mut line_start = region.start;
        let bytes = region.slice(text).as_bytes();
        let mut from = 0;
        // Only the bytes that may end a sentence, or start one when none is
        // open, are looked at; the others change nothing.
        while let Some(i) = next_mark(bytes, from, start.is_none()) {
            from = i + 1;
            let Some(&b) = bytes.get(i) else { break };
            let at = region.start + i;
            if start.is_none() && !b.is_ascii_whitespace() && (b & 0xC0) != 0x80 {
                start = Some(at);
            }
            let ends = match b {
                b'\n' => {
                    let line = text.get(line_start..at).unwrap_or("");
                    line_start = at + 1;
                    let trimmed = line.trim_end();
                    trimmed.is_empty() || is_short(trimmed) || trimmed.ends_with(['.', '!', '?', ':', '"', '”', '|'])
                }
                b'.' | b'!' | b'?' => is_sentence_end(text, at, text.get(at + 1..).and_then(|r| r.chars().next())),
                _ => false,
            };
            if ends {
                if let Some(s) = start.take() {
                    push_trimmed(text, s, at + 1, &mut sentences);
                }
            }
        }
    }
    if let Some(s) = start {
        let end = prose.last().map_or(text.len(), |r| r.end);
        push_trimmed(text, s, end, &mut sentences);
    }
    sentences
}

/// The first byte of `bytes` at or after `from` that may end a sentence
/// (a line end, a full stop, `!` or `?`), or, when `seek_start`, that
/// starts a character other than a space.
fn next_mark(bytes: &[u8], from: usize, seek_start: bool) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let ends = |b: u8| matches!(b, b'\n' | b'.' | b'!' | b'?');
    let found = if seek_start {
        rest.iter().position(|&b| ends(b) || (!b.is_ascii_whitespace() && (b & 0xC0) != 0x80))
    } else {
        rest.iter().position(|&b| ends(b))
    };
    found.map(|i| from + i)
}

/// True for a line of fewer than 60 characters (a headline, a heading).
fn is_short(line: &str) -> bool {
    line.len() < 60 || (line.len() < 240 && line.chars().count() < 60)
}

/// True when the mark at `at` ends a sentence: it is followed by space and
/// the word before it is not an abbreviation.
fn is_sentence_end(text: &str, at: usize, next: Option<char>) -> bool {
    if !next.is_none_or(|n| n.is_whitespace() || n == '"' || n == '”' || n == '\'') {
        return false;
    }
    if text.as_bytes().get(at) != Some(&b'.') {
        return true;
    }
    let before = text.get(..at).unwrap_or_default();
    let word_start =
        before.char_indices().rev().find(|&(_, c)| c.is_whitespace() || c == '(').map_or(0, |(i, c)| i + c.len_utf8());
    let word = before.get(word_start..).unwrap_or_default();
    let single_letter = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    if single_letter {
        return false;
    }
    let is = |list: &[&str]| list.iter().any(|a| a.eq_ignore_ascii_case(word));
    if is(ABBREVIATIONS) {
        return false;
    }
    // "at 5:30 a.m. The targets included…": an abbreviation that may close
    // a sentence does, before a word that only opens one.
    !is(FINAL_ABBREVIATIONS) || opens_sentence(text.get(at + 1..).unwrap_or_default())
}

/// Abbreviations that often close a sentence ("at 9 a.m.", "Acme Inc.").
const FINAL_ABBREVIATIONS: &[&str] =
    &["a.m", "p.m", "etc", "inc", "ltd", "corp", "co", "jr", "sr", "u.s", "u.k", "u.n"];

/// Capitalized words that open a sentence and are no part of a name.
const OPENERS: &[&str] = &[
    "A", "After", "An", "And", "As", "At", "But", "By", "He", "Her", "His", "I", "In", "It", "Its", "On", "She",
    "That", "The", "Their", "There", "These", "They", "This", "Those", "We", "When", "While",
];

/// True when `rest` (the text after a full stop) goes on with a word of
/// [`OPENERS`] followed by a space.
fn opens_sentence(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '"', '”', '\'']);
    let word_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    let word = rest.get(..word_end).unwrap_or_default();
    OPENERS.contains(&word) && rest.get(word_end..).is_some_and(|r| r.starts_with(' '))
}

/// The longest sentence kept whole, in bytes. Longer runs (a page with no
/// full stop, a 10 MB line) are cut at a space, so that the work per claim
/// stays bounded whatever the input.
pub const MAX_SENTENCE: usize = 1000;

/// Push `start..end` without surrounding white space, if not empty, in
/// pieces of at most [`MAX_SENTENCE`] bytes.
fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let mut from = start;
    while end.saturating_sub(from) > MAX_SENTENCE {
        let window = text
            .get(from..from + MAX_SENTENCE)
            .map_or_else(|| floor_slice(text, from, from + MAX_SENTENCE), str::to_string);
        let cut = window.rfind(char::is_whitespace).filter(|&c| c > 0).map_or(window.len(), |c| c);
        let cut = from + cut.max(1);
        let cut = (cut..end).find(|&c| text.is_char_boundary(c)).unwrap_or(end);
        push_piece(text, from, cut, out);
        from = cut;
    }
    push_piece(text, from, end, out);
}

/// `text[from..to]` with `to` moved back to a character boundary.
fn floor_slice(text: &str, from: usize, to: usize) -> String {
    let to = (from..=to.min(text.len())).rev().find(|&c| text.is_char_boundary(c)).unwrap_or(from);
    text.get(from..to).unwrap_or("").to_string()
}

/// Push one piece, trimmed.
fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<Span>) {
    let slice = text.get(start..end).unwrap_or_default();
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if start + lead < end - trail {
        out.push(Span::new(start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn very_long_runs_are_cut_at_spaces() {
        let text = "word 12 ".repeat(1000);
        let spans = split(&text, &[Span::new(0, text.len())], &[]);
        assert!(spans.len() > 5);
        assert!(spans
            .iter()
            .all(|s| s.len() <= MAX_SENTENCE && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)));
    }

    #[test]
    fn sentences_respect_abbreviations_and_lines() {
        let text = "Headline here\nMr. Smith met at 2 p.m. on Dec. 7 in Washington. Then he left.";
        let spans = split(text, &[Span::new(0, text.len())], &[]);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(got, vec!["Headline here", "Mr. Smith met at 2 p.m. on Dec. 7 in Washington.", "Then he left."]);
    }

    #[test]
    fn an_abbreviation_closes_a_sentence_before_a_word_that_opens_one() {
        let text = "Officers entered 27 homes from 5:30 a.m. The raids ended at 9 a.m. Thursday. Acme Inc. The end.";
        let spans = split(text, &[Span::new(0, text.len())], &[]);
        let got: Vec<&str> = spans.iter().map(|s| s.slice(text)).collect();
        assert_eq!(
            got,
            vec![
                "Officers entered 27 homes from 5:30 a.m.",
                "The raids ended at 9 a.m. Thursday.",
                "Acme Inc.",
                "The end."
            ]
        );
    }
}
