//! What the reader of each format gives: which byte ranges of a file are
//! prose (the readers are [`super::markdown`] and [`super::html`]; the
//! document picks one by the file's format).
//!
//! Markup is masked, never deleted: the prose ranges point into the file as
//! read, so spans stay exact. Block boundaries (paragraphs, headings, list
//! items, HTML block tags) are recorded as sentence breaks. Character
//! references and escapes are reported as replacements, which
//! [`super::reading`] turns into same-length stand-ins for reading.
//!
//! Markdown is read by `pulldown-cmark` ([`super::markdown`]), HTML by the
//! `html5gum` tokenizer ([`super::html`]); both give byte ranges into the
//! file for every piece of text.

use super::reading::Replacement;
use crate::span::Span;

/// The file formats factlint reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown (CommonMark, with tables, footnotes and front matter).
    Markdown,
    /// HTML.
    Html,
}

impl Format {
    /// The format for a file name, by its extension (text when unknown).
    pub fn from_path(path: &str) -> Format {
        let lower = path.to_ascii_lowercase();
        if lower.ends_with(".md") || lower.ends_with(".markdown") {
            Format::Markdown
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            Format::Html
        } else {
            Format::Text
        }
    }
}

/// What a reader found: prose ranges and hard breaks between blocks.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Markup {
    /// Ranges that may hold claims, sorted and disjoint (touching ranges
    /// merged, so that a figure and its unit on either side of a reference
    /// are one region).
    pub prose: Vec<Span>,
    /// Byte offsets where a block ends (sentences never run across them),
    /// sorted.
    pub breaks: Vec<usize>,
    /// The front matter or `<head>` range, when present.
    pub header: Option<Span>,
    /// The headline the markup states (a Markdown document's first
    /// heading), when it does.
    pub headline: Option<Span>,
    /// Character references and escapes in prose, sorted and disjoint.
    pub replacements: Vec<Replacement>,
}

/// Sort spans and merge the ones that overlap or touch; empty ones go.
pub(crate) fn merge(spans: &mut Vec<Span>) {
    spans.retain(|s| !s.is_empty());
    spans.sort_unstable();
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans.drain(..) {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    *spans = out;
}

/// A piece of text as written at `span` in `text` that reads as `value`:
/// a prose range, and a replacement of the whole piece when the two differ
/// (pulldown-cmark gives each character reference and escape its own piece).
pub(crate) fn decoded_piece(
    text: &str,
    span: Span,
    value: &str,
    prose: &mut Vec<Span>,
    replacements: &mut Vec<Replacement>,
) {
    let Some(written) = text.get(span.start..span.end) else { return };
    prose.push(span);
    if written != value {
        replacements.push(Replacement { span, decoded: value.to_string() });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_joins_touching_ranges() {
        let mut spans = vec![Span::new(5, 7), Span::new(0, 3), Span::new(3, 5), Span::new(9, 9), Span::new(10, 12)];
        merge(&mut spans);
        assert_eq!(spans, vec![Span::new(0, 7), Span::new(10, 12)]);
    }

    #[test]
    fn a_decoded_piece_is_replaced_when_it_differs() {
        let text = "ab&amp;cd";
        let (mut prose, mut reps) = (Vec::new(), Vec::new());
        decoded_piece(text, Span::new(0, 2), "ab", &mut prose, &mut reps);
        decoded_piece(text, Span::new(2, 7), "&", &mut prose, &mut reps);
        assert_eq!(prose, vec![Span::new(0, 2), Span::new(2, 7)]);
        assert_eq!(reps, vec![Replacement { span: Span::new(2, 7), decoded: "&".into() }]);
    }
}
