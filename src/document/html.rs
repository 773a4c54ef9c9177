//! The HTML reader, on the `html5gum` tokenizer (WHATWG tokenization, with
//! the byte range of every token in the file).
//!
//! Prose is the character data outside the elements that hold no story:
//! `script`, `style`, `noscript`, `template`, `svg`, `head` (with its
//! `title`), `nav`, `footer`, `aside`, `pre` and `code`. Tags, comments and
//! doctypes are masked whole, so a `>` inside an attribute value does not
//! end a tag, and script text is raw text (`if (a<b)` opens no tag).
//! Character references in prose are replacements (see
//! [`super::reading`]), decoded by the tokenizer itself, so every reference
//! the HTML standard knows reads as it should (`&nbsp;`, `&euro;`, `&#36;`,
//! `&amp` without its semicolon). Linear in the input whatever the nesting:
//! hidden elements are counted, not stacked.

use std::collections::HashMap;

use html5gum::{DefaultEmitter, Token, Tokenizer};

use super::markup::{merge, Markup};
use super::reading::Replacement;
use crate::span::Span;

/// HTML block tags: text on either side of them is a separate block.
const BLOCK_TAGS: &[&[u8]] = &[
    b"p",
    b"div",
    b"br",
    b"li",
    b"ul",
    b"ol",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"tr",
    b"td",
    b"th",
    b"table",
    b"section",
    b"article",
    b"header",
    b"footer",
    b"nav",
    b"aside",
    b"title",
    b"blockquote",
    b"figure",
    b"figcaption",
    b"main",
    b"body",
    b"html",
    b"head",
    b"hr",
    b"pre",
    b"dd",
    b"dt",
    b"dl",
];

/// Elements whose whole content is masked.
const HIDDEN_ELEMENTS: &[&[u8]] =
    &[b"script", b"style", b"noscript", b"template", b"svg", b"head", b"nav", b"footer", b"aside", b"pre", b"code"];

/// The index of `head` in [`HIDDEN_ELEMENTS`].
const HEAD: usize = 5;

/// Read an HTML text.
pub fn read(text: &str) -> Markup {
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style content is raw text, as a browser reads it.
    emitter.naively_switch_states(true);
    let mut markup = Markup::default();
    let mut open = [0usize; HIDDEN_ELEMENTS.len()];
    let mut decoder = Decoder::default();
    for token in Tokenizer::new_with_emitter(text, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => {
                if BLOCK_TAGS.contains(&tag.name.as_slice()) {
                    markup.breaks.push(tag.span.start);
                }
                if tag.name.as_slice() == b"body" {
                    // A body closes a head left open.
                    close_head(&mut open, &mut markup, tag.span.start);
                }
                if let Some(i) = HIDDEN_ELEMENTS.iter().position(|h| *h == tag.name.as_slice()) {
                    if !tag.self_closing {
                        if let Some(n) = open.get_mut(i) {
                            *n += 1;
                        }
                    }
                }
            }
            Token::EndTag(tag) => {
                if BLOCK_TAGS.contains(&tag.name.as_slice()) {
                    markup.breaks.push(tag.span.start);
                }
                if tag.name.as_slice() == b"head" {
                    close_head(&mut open, &mut markup, tag.span.start);
                } else if let Some(i) = HIDDEN_ELEMENTS.iter().position(|h| *h == tag.name.as_slice()) {
                    if let Some(n) = open.get_mut(i) {
                        *n = n.saturating_sub(1);
                    }
                }
            }
            Token::String(s) if open.iter().all(|&n| n == 0) => {
                let span = Span::new(s.span.start, s.span.end);
                if text.get(span.start..span.end).is_some() {
                    markup.prose.push(span);
                    decoder.references(text, span, &mut markup.replacements);
                }
            }
            _ => {}
        }
    }
    merge(&mut markup.prose);
    markup.breaks.sort_unstable();
    markup.breaks.dedup();
    markup
}

/// The head ends at `at`: its content is the header.
fn close_head(open: &mut [usize], markup: &mut Markup, at: usize) {
    if let Some(n) = open.get_mut(HEAD) {
        if *n > 0 && markup.header.is_none() {
            markup.header = Some(Span::new(0, at));
        }
        *n = 0;
    }
}

/// The longest character reference looked at (`&CounterClockwiseContourIntegral;` is 33 bytes).
const MAX_REFERENCE: usize = 40;

/// Decodes character references with the tokenizer itself, remembering
/// each one it has seen.
#[derive(Default)]
struct Decoder {
    /// A candidate (`&` and the name-like bytes after it) → how many of its
    /// bytes are the reference, and what they decode to.
    seen: HashMap<String, Option<(usize, String)>>,
}

impl Decoder {
    /// The references in the character data at `span` of `text`.
    fn references(&mut self, text: &str, span: Span, out: &mut Vec<Replacement>) {
        let Some(data) = text.get(span.start..span.end) else { return };
        let bytes = data.as_bytes();
        let mut i = 0;
        while let Some(found) = bytes.get(i..).and_then(|rest| rest.iter().position(|&b| b == b'&')) {
            let at = i + found;
            let name_len = bytes
                .get(at + 1..)
                .unwrap_or_default()
                .iter()
                .take(MAX_REFERENCE)
                .take_while(|b| b.is_ascii_alphanumeric() || **b == b'#')
                .count();
            let semicolon = usize::from(bytes.get(at + 1 + name_len) == Some(&b';'));
            let candidate = data.get(at..at + 1 + name_len + semicolon).unwrap_or_default();
            match self.decode(candidate) {
                Some((len, decoded)) => {
                    out.push(Replacement { span: Span::new(span.start + at, span.start + at + len), decoded });
                    i = at + len.max(1);
                }
                None => i = at + 1,
            }
        }
    }

    /// How much of `candidate` is a reference, and what it decodes to
    /// (`None`: a plain `&`).
    fn decode(&mut self, candidate: &str) -> Option<(usize, String)> {
        if candidate.len() < 2 {
            return None;
        }
        if let Some(known) = self.seen.get(candidate) {
            return known.clone();
        }
        let mut decoded = String::new();
        for token in Tokenizer::new(candidate).flatten() {
            if let Token::String(s) = token {
                decoded.push_str(&String::from_utf8_lossy(&s.value));
            }
        }
        let result = (decoded != candidate).then(|| {
            // What follows the reference stays as written: the longest common
            // ending (ASCII, so a character boundary), leaving the reference
            // at least `&x` and its decoding at least one character.
            let common = candidate.bytes().rev().zip(decoded.bytes().rev()).take_while(|(a, b)| a == b).count();
            let keep = common.min(candidate.len() - 2).min(decoded.len().saturating_sub(1));
            let len = candidate.len() - keep;
            (len, decoded.get(..decoded.len() - keep).unwrap_or_default().to_string())
        });
        if self.seen.len() < 4096 {
            self.seen.insert(candidate.to_string(), result.clone());
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> String {
        read(text).prose.iter().map(|s| s.slice(text)).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn tags_scripts_and_page_furniture_are_masked() {
        let text = "<html><head><title>T 1</title></head><body><nav>Home 4</nav><p class=\"x9\" title='a>b 7'>Over 13,000 killed</p><script>if (a<b) { n = 5; }</script><style>p{margin:3px}</style><footer>© 2025</footer></body></html>";
        assert_eq!(prose(text), "Over 13,000 killed");
        assert_eq!(read(text).header.map(|h| h.slice(text).contains("<title>T 1</title>")), Some(true));
    }

    #[test]
    fn references_are_decoded_where_they_stand() {
        let text = "<p>$45&nbsp;million &amp; &euro;5 &notit; AT&T &#36;3 &amp</p>";
        let m = read(text);
        let got: Vec<(&str, &str)> = m.replacements.iter().map(|r| (r.span.slice(text), r.decoded.as_str())).collect();
        assert_eq!(
            got,
            vec![("&nbsp;", "\u{a0}"), ("&amp;", "&"), ("&euro;", "€"), ("&not", "¬"), ("&#36;", "$"), ("&amp", "&")]
        );
        assert_eq!(prose(text), "$45&nbsp;million &amp; &euro;5 &notit; AT&T &#36;3 &amp");
    }

    #[test]
    fn unclosed_head_ends_at_the_body() {
        let text = "<html><head><meta name=date content=2025-01-02><body><p>42 people</p>";
        assert_eq!(prose(text), "42 people");
    }
}
