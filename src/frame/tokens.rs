//! The tokens of one sentence as the clause reader sees them: words, the
//! claims the extractor found (each one token, whatever its length), and
//! the punctuation that bounds clauses. Read into a buffer the caller
//! reuses, so that reading a document allocates once, not once per word.

use std::cell::Cell;

use crate::claim::Claim;
use crate::grammar::tokens::char_at;
use crate::lexical::Readings;
use crate::span::Span;

use super::lemma::{Head, Read};
use super::words::{entry, Class, WordSet};

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A word, with its grammatical class.
    Word(Class),
    /// A claim of the document (its index among the document's claims).
    Figure(usize),
    /// A punctuation mark that may bound a clause: `, ; : ( ) —` and quotes.
    Mark(char),
}

/// One token: where it is and what it is, the word sets its text is in,
/// and its WordNet readings once they were asked for (each word of a
/// sentence is looked up once, however many figures the sentence holds).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Its bytes in the document.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
    /// The bits of the [`WordSet`]s that hold its text.
    sets: u32,
    /// Its readings, when looked up.
    readings: Cell<Option<Readings>>,
    /// What it is as an action of its clause, when read.
    action: Cell<Option<Option<Head>>>,
}

impl Token {
    /// A token of `text` at `span`, of kind `kind`.
    pub fn new(text: &str, span: Span, kind: Kind) -> Token {
        let sets = entry(span.slice(text)).sets;
        Token { span, kind, sets, readings: Cell::new(None), action: Cell::new(None) }
    }

    /// True when its text is in `set` (any case).
    pub fn is_in(&self, set: WordSet) -> bool {
        self.sets & set.bit() != 0
    }

    /// What it is as an action of its clause: `read` the first time, kept
    /// after (the sentence's tokens never change).
    pub fn action(&self, read: impl FnOnce() -> Option<Head>) -> Option<Head> {
        self.action.get().unwrap_or_else(|| {
            let action = read();
            self.action.set(Some(action));
            action
        })
    }

    /// Its text in `doc_text` with its WordNet readings (looked up once).
    pub fn read<'t>(&self, doc_text: &'t str) -> Read<'t> {
        let text = self.text(doc_text);
        match self.readings.get() {
            Some(readings) => Read { text, readings },
            None => {
                let read = Read::of(text);
                self.readings.set(Some(read.readings));
                read
            }
        }
    }

    /// Its text in `doc_text`.
    pub fn text<'t>(&self, doc_text: &'t str) -> &'t str {
        self.span.slice(doc_text)
    }

    /// True for a word of class `c`.
    pub fn is(&self, c: Class) -> bool {
        self.kind == Kind::Word(c)
    }

    /// True for an open-class word (noun, verb, adjective, adverb, name).
    pub fn is_open(&self) -> bool {
        self.is(Class::Open)
    }

    /// The claim index when the token is a figure.
    pub fn figure(&self) -> Option<usize> {
        match self.kind {
            Kind::Figure(i) => Some(i),
            _ => None,
        }
    }

    /// True for the punctuation mark `c`.
    pub fn is_mark(&self, c: char) -> bool {
        self.kind == Kind::Mark(c)
    }
}

/// Marks that may bound a clause (an en dash or a hyphen only with spaces
/// around it: "NATO–Russia" is one name).
fn is_bounding_mark(c: char) -> bool {
    matches!(c, ',' | ';' | ':' | '(' | ')' | '—' | '"' | '“' | '”' | '[' | ']')
}

/// Read `sentence` of `text` into `out` (cleared first). `claims` are the
/// document's claims in order; those inside the sentence become figure
/// tokens, `first` being the index of the first of them.
pub fn read(text: &str, sentence: Span, claims: &[Claim], first: usize, out: &mut Vec<Token>) {
    out.clear();
    let mut next_claim = first;
    let mut at = sentence.start;
    let end = sentence.end.min(text.len());
    while at < end {
        while claims.get(next_claim).is_some_and(|c| c.span.end <= at) {
            next_claim += 1;
        }
        if let Some(claim) = claims.get(next_claim).filter(|c| c.span.start <= at) {
            if claim.span.end <= end {
                out.push(Token::new(text, claim.span, Kind::Figure(next_claim)));
            }
            at = claim.span.end;
            next_claim += 1;
            continue;
        }
        let Some(c) = text.get(at..end).and_then(|r| r.chars().next()) else { break };
        let next_start = claims.get(next_claim).map_or(end, |c| c.span.start.min(end));
        if c.is_alphanumeric() {
            let word_end = word_end(text, at, next_start.max(at + c.len_utf8()));
            let span = Span::new(at, word_end);
            let word = entry(span.slice(text));
            let (readings, action) = (Cell::new(None), Cell::new(None));
            out.push(Token { span, kind: Kind::Word(word.class), sets: word.sets, readings, action });
            at = word_end;
        } else {
            if is_bounding_mark(c) || (matches!(c, '-' | '–') && is_spaced_dash(text, at, c.len_utf8())) {
                let mark = if matches!(c, '-' | '–') { '—' } else { c };
                out.push(Token::new(text, Span::new(at, at + c.len_utf8()), Kind::Mark(mark)));
            }
            at += c.len_utf8();
        }
    }
}

/// The end of the word at `start` (letters, digits, inner hyphens and
/// apostrophes), not past `limit`. "n't" is kept apart from its verb
/// ("didn't" reads as "did" "n't").
fn word_end(text: &str, start: usize, limit: usize) -> usize {
    let within = text.get(start..limit).unwrap_or_default();
    let mut i = 0;
    while let Some((c, len)) = char_at(within, i) {
        let joins = i > 0
            && matches!(c, '-' | '\'' | '’')
            && char_at(within, i + len).is_some_and(|(n, _)| n.is_alphanumeric());
        if !(c.is_alphanumeric() || joins) {
            break;
        }
        i += len;
    }
    let end = start + i;
    let word = text.get(start..end).unwrap_or_default();
    for suffix in ["n't", "n’t"] {
        if word.len() > suffix.len() + 1 && word.ends_with(suffix) {
            return end - suffix.len();
        }
    }
    end.max(start + text.get(start..).and_then(|r| r.chars().next()).map_or(1, char::len_utf8))
}

/// True for a hyphen or en dash (`len` bytes) with a space on each side
/// (" - "): a dash.
fn is_spaced_dash(text: &str, at: usize, len: usize) -> bool {
    let bytes = text.as_bytes();
    at > 0 && bytes.get(at - 1) == Some(&b' ') && bytes.get(at + len) == Some(&b' ')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;

    fn tokens(text: &str) -> Vec<String> {
        let doc = Document::passage("t.txt", text, chrono::NaiveDate::from_ymd_opt(2025, 3, 10));
        let claims = crate::extract::extract(&doc);
        let mut out = Vec::new();
        read(text, Span::new(0, text.len()), &claims, 0, &mut out);
        out.iter()
            .map(|t| match t.kind {
                Kind::Figure(_) => format!("[{}]", t.text(text)),
                Kind::Mark(c) => c.to_string(),
                Kind::Word(_) => t.text(text).to_string(),
            })
            .collect()
    }

    #[test]
    fn figures_are_one_token_and_marks_bound() {
        assert_eq!(
            tokens("At least 42 people didn't survive; police said - on Monday."),
            ["[At least 42]", "people", "did", "n't", "survive", ";", "police", "said", "—", "on", "[Monday]"]
        );
        assert_eq!(tokens("the 50-minute call (a record)"), ["the", "[50-minute]", "call", "(", "a", "record", ")"]);
    }
}
