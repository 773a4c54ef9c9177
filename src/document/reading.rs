//! The reading text: what the extractor reads, with every byte offset the
//! same as in the file.
//!
//! Markup readers decode character references (`&nbsp;`, `&euro;`,
//! `&#36;`) and Markdown escapes (`\*`) for reading: `$45&nbsp;million` must
//! be read as 45 million dollars, not as "$45" about "nbsp". But every claim
//! span must stay exact on the file as written (`file[start..end]` is the
//! claim's text, always). The design:
//!
//! 1. A reader reports *replacements*: the byte range of a reference in the
//!    file and what it decodes to.
//! 2. Each replacement is written into the reading text as a *stand-in of
//!    the same byte length* ([`stand_in`]): the decoded character, padded
//!    with ASCII spaces (or, for spaces and line breaks of any kind, and
//!    for a decoded text longer than the reference, spaces alone). The
//!    reading text ([`crate::Document::text`]) therefore has exactly the
//!    file's length, is byte for byte the file outside the replaced ranges,
//!    and every replaced range is whole characters in both texts. Lines
//!    never move (a stand-in holds no line break).
//! 3. At the output edge, a span is widened to whole references
//!    ([`widen`], [`crate::Document::written_span`]): a claim that starts
//!    on the `€` of `   €45` starts on the `&` of `&euro;45` in the file.
//!    Text, lines and columns are then taken from the file as written
//!    ([`crate::Document::written`]).
//!
//! Where the padding goes keeps figures readable: spaces stand before a
//! currency sign or an opening quote (`   €45`), on both sides of a dash
//! (`10  –  12`, read as a spaced range) and after anything else (`’    s`).
//! A word with a reference inside it is split by the padding; no claim is
//! made of such words.

use crate::span::Span;

/// A range of the file that reads as other text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replacement {
    /// The reference as written in the file.
    pub span: Span,
    /// What it decodes to.
    pub decoded: String,
}

/// Currency signs and opening marks: padded before, so they stay next to
/// the figure that follows.
const LEADING: &[char] = &[
    '$', '£', '€', '¥', '¢', '₹', '₽', '₩', '₪', '₫', '₱', '₺', '₴', '₦', '฿', '¤', '“', '‘', '«', '‹', '„', '(', '[',
];

/// Dashes: padded on both sides, so that `10&ndash;12` reads as a spaced
/// range.
const DASHES: &[char] = &['–', '—', '‒', '―', '−', '‐', '‑'];

/// The stand-in of `decoded` in a range of `len` bytes: exactly `len` bytes.
pub fn stand_in(decoded: &str, len: usize) -> String {
    let blank = decoded.chars().all(char::is_whitespace) || decoded.len() > len || decoded.contains(['\n', '\r']);
    if blank {
        return " ".repeat(len);
    }
    let pad = len - decoded.len();
    let first = decoded.chars().next();
    if first.is_some_and(|c| LEADING.contains(&c)) {
        format!("{}{decoded}", " ".repeat(pad))
    } else if first.is_some_and(|c| DASHES.contains(&c)) {
        let before = pad / 2;
        format!("{}{decoded}{}", " ".repeat(before), " ".repeat(pad - before))
    } else {
        format!("{decoded}{}", " ".repeat(pad))
    }
}

/// The reading text of `text` with `replacements` (sorted, disjoint, on
/// character boundaries) written in as stand-ins, and the ranges replaced.
/// A replacement that does not fit the text is skipped. `None` when nothing
/// was replaced (the reading text is the file).
pub fn apply(text: &str, replacements: &[Replacement]) -> Option<(String, Vec<Span>)> {
    let mut out = String::with_capacity(text.len());
    let mut replaced = Vec::new();
    let mut at = 0;
    for r in replacements {
        let (Some(before), Some(_)) = (text.get(at..r.span.start), text.get(r.span.start..r.span.end)) else {
            continue;
        };
        if r.span.is_empty() {
            continue;
        }
        out.push_str(before);
        out.push_str(&stand_in(&r.decoded, r.span.len()));
        replaced.push(r.span);
        at = r.span.end;
    }
    if replaced.is_empty() {
        return None;
    }
    out.push_str(text.get(at..).unwrap_or_default());
    Some((out, replaced))
}

/// `span` widened to whole replaced ranges (`replaced` sorted and disjoint).
pub fn widen(span: Span, replaced: &[Span]) -> Span {
    let mut out = span;
    let i = replaced.partition_point(|r| r.end <= span.start);
    if let Some(r) = replaced.get(i) {
        if r.start < span.start {
            out.start = r.start;
        }
    }
    let j = replaced.partition_point(|r| r.end < span.end);
    if let Some(r) = replaced.get(j) {
        if r.start < span.end && span.end < r.end {
            out.end = r.end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stand_ins_keep_the_length_and_place_the_padding() {
        assert_eq!(stand_in("\u{a0}", 6), "      ");
        assert_eq!(stand_in("€", 6), "   €");
        assert_eq!(stand_in("–", 7), "  –  ");
        assert_eq!(stand_in("’", 7), "’    ");
        assert_eq!(stand_in("≫\u{20d2}", 5), "     ");
        for (d, n) in [("\u{a0}", 6), ("€", 6), ("–", 7), ("&", 5), ("$", 5), ("≫\u{20d2}", 5)] {
            assert_eq!(stand_in(d, n).len(), n, "{d}");
        }
    }

    #[test]
    fn apply_and_widen() {
        let text = "$45&nbsp;million and &euro;5";
        let nbsp = Span::new(3, 9);
        let euro = Span::new(21, 27);
        let reps =
            [Replacement { span: nbsp, decoded: "\u{a0}".into() }, Replacement { span: euro, decoded: "€".into() }];
        let (reading, replaced) = apply(text, &reps).unwrap();
        assert_eq!(reading, "$45      million and    €5");
        assert_eq!(reading.len(), text.len());
        let euro_sign = reading.find('€').unwrap();
        let claim = Span::new(euro_sign, reading.len());
        assert_eq!(widen(claim, &replaced).slice(text), "&euro;5");
        assert_eq!(widen(Span::new(0, 16), &replaced).slice(text), "$45&nbsp;million");
        assert_eq!(widen(Span::new(0, 5), &replaced).slice(text), "$45&nbsp;");
    }
}
