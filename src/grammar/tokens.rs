//! The tokenizer: the words of a text with their byte offsets, without
//! allocating, and the stopwords that are never the head of a phrase.

/// Words that end a subject phrase or are never its head.
// Sorted (a test keeps it so); `is_stopword` looks it up in a hash set.
const STOPWORDS: &[&str] = &[
    "a",
    "about",
    "according",
    "across",
    "after",
    "again",
    "against",
    "ago",
    "ahead",
    "all",
    "along",
    "also",
    "among",
    "an",
    "and",
    "another",
    "any",
    "are",
    "around",
    "as",
    "at",
    "be",
    "because",
    "been",
    "before",
    "being",
    "between",
    "both",
    "but",
    "by",
    "can",
    "could",
    "did",
    "do",
    "does",
    "down",
    "during",
    "each",
    "earlier",
    "either",
    "every",
    "for",
    "from",
    "had",
    "has",
    "have",
    "he",
    "her",
    "here",
    "his",
    "how",
    "if",
    "in",
    "into",
    "is",
    "it",
    "its",
    "just",
    "last",
    "later",
    "least",
    "may",
    "might",
    "more",
    "near",
    "next",
    "not",
    "now",
    "of",
    "off",
    "on",
    "once",
    "only",
    "or",
    "other",
    "our",
    "out",
    "over",
    "past",
    "per",
    "said",
    "says",
    "she",
    "should",
    "since",
    "so",
    "some",
    "still",
    "such",
    "than",
    "that",
    "the",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "to",
    "twice",
    "under",
    "until",
    "up",
    "was",
    "we",
    "were",
    "what",
    "when",
    "where",
    "whether",
    "which",
    "while",
    "who",
    "why",
    "will",
    "with",
    "within",
    "would",
    "yet",
];

/// The words of `text` with their byte offsets (letters, inner hyphens and
/// apostrophes kept), without allocating. ASCII is read byte by byte; other
/// characters are decoded where they stand.
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    std::iter::from_fn(move || {
        let start = next_word_start(text, pos)?;
        let end = word_end(text, start);
        pos = end.max(start + 1);
        Some((start, text.get(start..end).unwrap_or_default()))
    })
}

/// The end of the word that starts at byte `start`: runs of ASCII letters
/// and digits are skipped byte by byte, other letters decoded, and a
/// hyphen or apostrophe joins when a letter or digit follows it.
fn word_end(text: &str, start: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = start;
    loop {
        while bytes.get(end).is_some_and(u8::is_ascii_alphanumeric) {
            end += 1;
        }
        match char_at(text, end) {
            Some((c, len)) if !c.is_ascii() && c.is_alphanumeric() => end += len,
            Some((c, len)) if end > start && matches!(c, '-' | '\'' | '’') && alphanumeric_at(text, end + len) => {
                end += len;
            }
            _ => return end,
        }
    }
}

/// The character at byte `at` and its length (ASCII without decoding).
pub(crate) fn char_at(text: &str, at: usize) -> Option<(char, usize)> {
    let &b = text.as_bytes().get(at)?;
    if b.is_ascii() {
        return Some((char::from(b), 1));
    }
    let c = text.get(at..)?.chars().next()?;
    Some((c, c.len_utf8()))
}

/// True when an alphanumeric character starts at byte `at`.
fn alphanumeric_at(text: &str, at: usize) -> bool {
    char_at(text, at).is_some_and(|(c, _)| c.is_alphanumeric())
}

/// The first byte at or after `from` that starts an alphanumeric character.
fn next_word_start(text: &str, mut from: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    loop {
        while bytes.get(from).is_some_and(|b| b.is_ascii() && !b.is_ascii_alphanumeric()) {
            from += 1;
        }
        let (c, len) = char_at(text, from)?;
        if c.is_alphanumeric() {
            return Some(from);
        }
        from += len;
    }
}

/// True when `word` is a stopword (ASCII case-insensitive).
pub fn is_stopword(word: &str) -> bool {
    static SET: std::sync::OnceLock<crate::hash::FastMap<&'static [u8], ()>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| STOPWORDS.iter().map(|w| (w.as_bytes(), ())).collect());
    let mut buf = [0u8; 24];
    let Some(n) = super::words::lowered(word, &mut buf) else { return false };
    buf.get(..n).is_some_and(|lower| set.contains_key(lower))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain char-by-char tokenizer the byte scanner must agree with.
    fn words_by_chars(text: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut chars = text.char_indices().peekable();
        while let Some((start, c)) = chars.next() {
            if !c.is_alphanumeric() {
                continue;
            }
            let mut end = start + c.len_utf8();
            while let Some(&(i, c)) = chars.peek() {
                let next_is_alnum = text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
                if c.is_alphanumeric() || (matches!(c, '-' | '\'' | '’') && next_is_alnum) {
                    end = i + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            out.push((start, &text[start..end]));
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn byte_scanner_agrees_with_the_char_tokenizer(text in "[a-zé’' .,-]{0,40}|\\PC{0,40}") {
            proptest::prop_assert_eq!(words(&text).collect::<Vec<_>>(), words_by_chars(&text));
        }
    }

    #[test]
    fn stopwords_are_sorted_and_found_in_any_case() {
        assert!(STOPWORDS.windows(2).all(|w| w[0] < w[1]));
        assert!(is_stopword("The") && is_stopword("about") && !is_stopword("troops"));
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        let found: Vec<&str> = words("Kyiv's 50-minute call — ‘done’, co-op -x").map(|(_, w)| w).collect();
        assert_eq!(found, ["Kyiv's", "50-minute", "call", "done", "co-op", "x"]);
    }
}
