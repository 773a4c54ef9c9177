//! Page furniture: the parts of a news page that are not the story
//! (read-more teasers, link lists, cookie notices, disclaimers, bylines,
//! photo credits). Found with general signals, never with strings from one
//! page, and masked like markup.

use crate::span::Span;

/// Endings of teaser lines that link to another story.
const READ_MORE_MARKERS: &[&str] = &[
    "read more",
    "continue reading",
    "read full story",
    "full story",
    "read the full story",
    "more »",
    "read more »",
    "read more...",
    "learn more",
];

/// Headings that introduce a list of links to other stories.
const LINK_LIST_HEADINGS: &[&str] = &[
    "also read",
    "read also",
    "more from",
    "related",
    "related stories",
    "related articles",
    "related news",
    "you may also like",
    "recommended",
    "trending",
    "most read",
    "most popular",
    "must read",
    "top stories",
    "latest news",
    "see also",
    "more stories",
    "popular stories",
    "don't miss",
    "editor's picks",
    "watch",
    "read",
    "more news",
    "also see",
    "in other news",
];

/// Phrases of boilerplate lines: cookies, translation widgets, syndication
/// disclaimers, copyright, sharing and subscription prompts.
const BOILERPLATE: &[&str] = &[
    "uses cookies",
    "use of cookies",
    "cookie policy",
    "accept cookies",
    "translate this news",
    "syndicated feed",
    "accepts no responsibility",
    "all rights reserved",
    "©",
    "copyright ",
    "subscribe to our",
    "sign up for our",
    "follow us on",
    "click here",
    "share this article",
    "terms of use",
    "privacy policy",
    "advertisement",
    "this story has been sourced",
    "has not been edited by",
    "auto-generated from a syndicated",
    "published from a wire",
];

/// Markers of photo credits.
const CREDITS: &[&str] = &[
    "pic/",
    "photo/",
    "photo:",
    "(ap photo",
    "photograph:",
    "image:",
    "image credit",
    "getty images",
    "file photo",
    "representational image",
    "photo credit",
    "pic courtesy",
];

/// One automaton over the boilerplate phrases and the credit markers, built
/// once (ASCII case-insensitive): a single scan per line finds both.
fn phrases() -> Option<&'static aho_corasick::AhoCorasick> {
    static CELL: std::sync::OnceLock<Option<aho_corasick::AhoCorasick>> = std::sync::OnceLock::new();
    CELL.get_or_init(|| {
        let all: Vec<&str> = BOILERPLATE.iter().chain(CREDITS).copied().collect();
        aho_corasick::AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(all)
            .ok()
    })
    .as_ref()
}

/// Whether a line holds boilerplate, and where its first credit marker is.
fn scan_phrases(line: &str) -> (bool, Option<usize>) {
    let Some(ac) = phrases() else { return (false, None) };
    let mut boilerplate = false;
    let mut credit = None;
    for m in ac.find_overlapping_iter(line) {
        if m.pattern().as_usize() < BOILERPLATE.len() {
            boilerplate = true;
        } else if credit.is_none_or(|c| m.start() < c) {
            credit = Some(m.start());
        }
    }
    (boilerplate, credit)
}

/// The visible lines of a document: `(line span, visible text)`.
pub type Line<'t> = (Span, &'t str);

/// Byte ranges of the furniture lines among `lines` (in document order).
/// `text` is the document the lines come from.
pub fn furniture(text: &str, lines: &[Line<'_>]) -> Vec<Span> {
    let mut masked = Vec::new();
    let mut in_link_list = false;
    let mut previous: Option<&str> = None;
    for &(span, visible) in lines {
        let line = visible.trim();
        if line.is_empty() {
            in_link_list = false;
            continue;
        }
        let (boilerplate, credit_at) = scan_phrases(line);
        // The visible text of a line is contiguous in the file only when no
        // markup sits inside it; a credit is masked only then (or the whole
        // line is).
        if let Some(credit) = credit_at.and_then(|at| credit_span(line, at)) {
            match span.slice(text).find(line) {
                Some(offset) => {
                    let mask = Span::new(span.start + offset + credit.start, span.start + offset + credit.end);
                    if text.is_char_boundary(mask.start) && text.is_char_boundary(mask.end) {
                        masked.push(mask);
                    }
                }
                None if credit.start == 0 => masked.push(span),
                None => {}
            }
        }
        let heading = line.len() < 60 && is_link_list_heading(line);
        let furniture = heading
            || in_link_list && is_link_like_line(line)
            || is_teaser(line)
            || (boilerplate && (line.len() < 400 || line.to_ascii_lowercase().contains("syndicated")))
            || is_byline(line)
            || previous == Some(line);
        in_link_list = heading || (in_link_list && is_link_like_line(line));
        if furniture {
            masked.push(span);
        }
        previous = Some(line);
    }
    masked
}

/// True for a teaser line: ends with a read-more marker, or is one. A
/// sentence that ends in words like the marker's is prose ("The delay could
/// last a year or more.", "Officials want to learn more."): a marker's "»"
/// is part of it, and a line longer than the marker may not end with a
/// single full stop.
fn is_teaser(line: &str) -> bool {
    let line = line.trim_end();
    let stripped = line.trim_end_matches(['.', '…', ' ', '>']);
    let ends_a_sentence = line.ends_with('.') && !line.ends_with("..");
    READ_MORE_MARKERS.iter().any(|m| {
        let m = m.trim_end_matches(['.', ' ']);
        stripped.len() >= m.len()
            && (stripped.len() == m.len() || !ends_a_sentence)
            && stripped.is_char_boundary(stripped.len() - m.len())
            && stripped.get(stripped.len() - m.len()..).unwrap_or_default().eq_ignore_ascii_case(m)
    })
}

/// True for a link-list heading ("ALSO READ", "More from …", "READ: …").
fn is_link_list_heading(line: &str) -> bool {
    LINK_LIST_HEADINGS.iter().any(|h| {
        let Some((head, rest)) = line.split_at_checked(h.len()) else { return false };
        head.eq_ignore_ascii_case(h)
            && (rest.is_empty()
                || rest.starts_with(':')
                || rest.starts_with(" |")
                || (rest.starts_with(' ') && line.len() < 40 && !line.ends_with('.')))
    })
}

/// A line that looks like the title of a linked story: short, with no
/// sentence-final full stop.
fn is_link_like_line(line: &str) -> bool {
    line.chars().count() <= 120 && !line.ends_with('.') && !line.ends_with('"') && !line.ends_with('”')
}

/// True for a byline ("By Jane Doe", "Jane Doe | Agencies").
fn is_byline(line: &str) -> bool {
    let short = line.chars().count() <= 60;
    let by = line.strip_prefix("By ").or_else(|| line.strip_prefix("BY "));
    let names =
        |s: &str| s.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w == "and" || w == "|" || w == ",");
    short && (by.is_some_and(names) || (line.matches('|').count() >= 2 && !line.ends_with('.')))
}

/// The range of a photo credit in a line ("Pic/AFP"), relative to `line`.
fn credit_span(line: &str, at: usize) -> Option<Span> {
    let end = line.get(at..).unwrap_or_default().find(['.', '\n']).map_or(line.len(), |e| at + e);
    let start = line.get(..at).unwrap_or_default().rfind(['.', '(', '|']).map_or(0, |s| s + 1);
    let start = if line.get(start..at).unwrap_or_default().split_whitespace().count() <= 1 { start } else { at };
    let start = start
        + (line.get(start..).unwrap_or_default().len() - line.get(start..).unwrap_or_default().trim_start().len());
    Some(Span::new(start, end.max(at + 1).min(line.len())))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn masked_lines(text: &str) -> Vec<&str> {
        let mut lines = Vec::new();
        let mut at = 0;
        for l in text.split('\n') {
            lines.push((Span::new(at, at + l.len()), l));
            at += l.len() + 1;
        }
        furniture(text, &lines).iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn teasers_lists_and_boilerplate_are_masked() {
        let text = "The quake killed 42 people.\nA ferry sank off the coast on the 10th… Read More\nALSO READ\nMarkets fall 3% on Monday\nTwo held over 2019 fraud\n\nThis website uses cookies.\nBy Jane Doe\nThe end came on 3 May.";
        let m = masked_lines(text);
        assert!(m.contains(&"A ferry sank off the coast on the 10th… Read More"));
        assert!(m.contains(&"Markets fall 3% on Monday") && m.contains(&"Two held over 2019 fraud"));
        assert!(m.contains(&"This website uses cookies.") && m.contains(&"By Jane Doe"));
        assert!(!m.contains(&"The quake killed 42 people.") && !m.contains(&"The end came on 3 May."));
    }

    #[test]
    fn sentences_ending_like_a_marker_are_prose() {
        let text = "It could last a year or more.\nOfficials want to learn more.\nMore »\nShares rose. Read more...\nRead more.";
        let m = masked_lines(text);
        assert_eq!(m, vec!["More »", "Shares rose. Read more...", "Read more."]);
    }

    #[test]
    fn photo_credit_alone_is_masked() {
        let text = "Leaders met in Geneva on Dec 7. Pic/AFP";
        let m = masked_lines(text);
        assert_eq!(m, vec!["Pic/AFP"]);
    }
}
