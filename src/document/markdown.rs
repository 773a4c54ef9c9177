//! The Markdown reader, on `pulldown-cmark`'s offset iterator: every piece
//! of text comes with its byte range in the file.
//!
//! Prose is the text of paragraphs, headings, list items, block quotes,
//! tables and footnotes, and the text of links. Code (fenced, indented and
//! inline), link targets and autolinks, images, raw HTML (blocks and inline
//! tags) and front matter (`---` YAML or `+++` TOML) give no claims; list
//! markers ("1.", "2.") and reference definitions are syntax, not text.
//! Character references and escapes are replacements (see
//! [`super::reading`]). The first heading, when no body text comes before
//! it, is the document's headline; every heading is a block of its own.

use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};

use super::markup::{decoded_piece, merge, Markup};
use crate::span::Span;

/// Read a Markdown text.
pub fn read(text: &str) -> Markup {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_FOOTNOTES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_YAML_STYLE_METADATA_BLOCKS);
    options.insert(Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS);
    let mut markup = Markup::default();
    // Depth of the elements whose text is no prose (code, images, autolinks,
    // front matter, HTML blocks).
    let mut hidden = 0usize;
    // The heading being read: where its text starts and ends.
    let mut heading: Option<Option<Span>> = None;
    let mut body_seen = false;
    // For each open link, whether it is an autolink (its text is the URL).
    let mut links: Vec<bool> = Vec::new();
    for (event, range) in Parser::new_ext(text, options).into_offset_iter() {
        let span = Span::new(range.start, range.end);
        match event {
            Event::Start(tag) => {
                if is_block(&tag) {
                    markup.breaks.push(span.start);
                }
                match tag {
                    Tag::MetadataBlock(_) => {
                        if markup.header.is_none() {
                            markup.header = Some(span);
                        }
                        hidden += 1;
                    }
                    Tag::CodeBlock(_) | Tag::Image { .. } | Tag::HtmlBlock => hidden += 1,
                    Tag::Link { link_type, .. } => {
                        let auto = matches!(link_type, LinkType::Autolink | LinkType::Email);
                        hidden += usize::from(auto);
                        links.push(auto);
                    }
                    Tag::Heading { .. } => heading = Some(None),
                    _ => {}
                }
            }
            Event::End(end) => {
                if is_block_end(end) {
                    markup.breaks.push(span.end);
                }
                match end {
                    TagEnd::MetadataBlock(_) | TagEnd::CodeBlock | TagEnd::Image | TagEnd::HtmlBlock => {
                        hidden = hidden.saturating_sub(1);
                    }
                    TagEnd::Link => hidden = hidden.saturating_sub(usize::from(links.pop() == Some(true))),
                    TagEnd::Heading(_) => {
                        if let Some(Some(h)) = heading.take() {
                            if !body_seen && markup.headline.is_none() {
                                markup.headline = Some(h);
                            }
                        }
                        heading = None;
                    }
                    _ => {}
                }
            }
            Event::Text(value) if hidden == 0 => {
                decoded_piece(text, span, &value, &mut markup.prose, &mut markup.replacements);
                match heading.as_mut() {
                    Some(h) => {
                        let start = h.map_or(span.start, |h| h.start);
                        *h = Some(Span::new(start, span.end));
                    }
                    None if !value.trim().is_empty() => body_seen = true,
                    None => {}
                }
            }
            Event::SoftBreak | Event::HardBreak if hidden == 0 => {
                // A line break inside a paragraph is white space of the
                // prose (a hard break's backslash is not).
                let written = span.slice(text);
                let lead = written.len() - written.trim_start_matches(['\\', ' ', '\t']).len();
                markup.prose.push(Span::new(span.start + lead, span.end));
            }
            _ => {}
        }
    }
    merge(&mut markup.prose);
    markup.breaks.sort_unstable();
    markup.breaks.dedup();
    markup
}

/// Blocks: sentences never run across their edges.
fn is_block(tag: &Tag<'_>) -> bool {
    matches!(
        tag,
        Tag::Paragraph
            | Tag::Heading { .. }
            | Tag::BlockQuote(_)
            | Tag::CodeBlock(_)
            | Tag::HtmlBlock
            | Tag::List(_)
            | Tag::Item
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::MetadataBlock(_)
    )
}

/// The ends of blocks.
fn is_block_end(end: TagEnd) -> bool {
    matches!(
        end,
        TagEnd::Paragraph
            | TagEnd::Heading(_)
            | TagEnd::BlockQuote(_)
            | TagEnd::CodeBlock
            | TagEnd::HtmlBlock
            | TagEnd::List(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::Table
            | TagEnd::TableHead
            | TagEnd::TableRow
            | TagEnd::TableCell
            | TagEnd::MetadataBlock(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str) -> String {
        read(text).prose.iter().map(|s| s.slice(text)).collect::<Vec<_>>().join("|")
    }

    #[test]
    fn code_links_html_and_front_matter_are_no_prose() {
        let text = "---\ndate: 2025-03-10\n---\nSee [the 2021 report](https://x.org/2021/5) and `42 items`.\n\n```\n99 bottles\n```\n\n    17 people\n\n<div>\n88 cars\n</div>\n\nEnd <https://x.org/7> 7 <b>bold</b> after.\n\n![a 5 photo](p/6.png)\n\n[r]: https://e.org/31\n";
        let p = prose(text);
        assert!(p.contains("the 2021 report") && p.contains("End ") && p.contains(" 7 ") && p.contains(" after."));
        for hidden in ["x.org", "42 items", "99 bottles", "17 people", "88 cars", "a 5 photo", "e.org", "2025-03-10"] {
            assert!(!p.contains(hidden), "{hidden} in {p:?}");
        }
        assert!(p.contains("bold"), "text after an inline tag stays prose: {p:?}");
        assert_eq!(read(text).header.map(|h| h.slice(text).starts_with("---\ndate")), Some(true));
    }

    #[test]
    fn list_markers_are_not_text_and_headings_are_headlines() {
        let text = "Toll rises\n==========\n\n1. One report.\n2. Another report.\n\n## Second heading\n";
        let m = read(text);
        assert_eq!(m.headline.map(|h| h.slice(text)), Some("Toll rises"));
        let p = prose(text);
        assert!(!p.contains("1.") && !p.contains("2.") && p.contains("One report."), "{p:?}");
        let later = "Body first.\n\n# Heading\n";
        assert_eq!(read(later).headline, None);
    }

    #[test]
    fn references_and_reference_links() {
        let text = "It cost $45&nbsp;million, see [the plan][p].\n\n[p]: https://e.org/2024\n";
        let m = read(text);
        assert_eq!(m.replacements.len(), 1);
        assert_eq!(m.replacements[0].span.slice(text), "&nbsp;");
        assert_eq!(m.replacements[0].decoded, "\u{a0}");
        let p = prose(text);
        assert!(p.contains("$45&nbsp;million") && p.contains("the plan") && !p.contains("e.org"), "{p:?}");
    }
}
