//! Readers for each format: which byte ranges of a file are prose.
//!
//! Markup is masked, never deleted: the prose ranges point into the file as
//! read, so spans stay exact. Block boundaries (HTML block tags, blank lines)
//! are recorded as sentence breaks.

use crate::span::Span;

/// The file formats factlint reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// Plain text.
    Text,
    /// Markdown (CommonMark-ish).
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
    /// Ranges that may hold claims, sorted and disjoint.
    pub prose: Vec<Span>,
    /// Byte offsets where a block ends (sentences never run across them).
    pub breaks: Vec<usize>,
    /// The front matter or `<head>` range, when present.
    pub header: Option<Span>,
}

/// Read the prose ranges of `text` in `format`.
pub fn read(text: &str, format: Format) -> Markup {
    match format {
        Format::Text => Markup { prose: vec![Span::new(0, text.len())], ..Markup::default() },
        Format::Markdown => markdown(text),
        Format::Html => html(text),
    }
}

/// The complement of sorted, possibly overlapping `masked` ranges in `0..len`.
fn complement(masked: &mut [Span], len: usize) -> Vec<Span> {
    masked.sort();
    let mut prose = Vec::new();
    let mut at = 0;
    for m in masked.iter() {
        if m.start > at {
            prose.push(Span::new(at, m.start));
        }
        at = at.max(m.end);
    }
    if at < len {
        prose.push(Span::new(at, len));
    }
    prose
}

/// Markdown: front matter, code (fenced and inline), link targets, images,
/// autolinks, reference definitions, HTML tags and comments are masked.
fn markdown(text: &str) -> Markup {
    let mut masked = Vec::new();
    let mut breaks = Vec::new();
    let header = front_matter(text);
    masked.extend(header);
    let mut fence: Option<usize> = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if header.is_some_and(|h| start < h.end) {
            continue;
        }
        let trimmed = line.trim_start();
        let is_fence = trimmed.starts_with("```") || trimmed.starts_with("~~~");
        match (fence, is_fence) {
            (Some(open), true) => {
                masked.push(Span::new(open, offset));
                fence = None;
                breaks.push(offset);
            }
            (Some(_), false) => {}
            (None, true) => fence = Some(start),
            (None, false) => {
                if trimmed.trim().is_empty()
                    || trimmed.starts_with('#')
                    || trimmed.starts_with("- ")
                    || trimmed.starts_with("* ")
                    || trimmed.starts_with('>')
                {
                    breaks.push(start);
                }
                if trimmed.starts_with('[') && trimmed.contains("]:") {
                    masked.push(Span::new(start, offset));
                } else {
                    mask_inline_markdown(line, start, &mut masked);
                }
            }
        }
    }
    if let Some(open) = fence {
        masked.push(Span::new(open, text.len()));
    }
    Markup { prose: complement(&mut masked, text.len()), breaks, header }
}

/// A `---` front matter block at the start of the file.
fn front_matter(text: &str) -> Option<Span> {
    let body = text.strip_prefix("---\n").or_else(|| text.strip_prefix("---\r\n"))?;
    let close = body.find("\n---")?;
    let end = 4 + close + 4;
    let end = text.get(end.min(text.len())..).unwrap_or_default().find('\n').map_or(text.len(), |i| end + i + 1);
    Some(Span::new(0, end))
}

/// Inline code, link targets, images, autolinks and tags on one line.
fn mask_inline_markdown(line: &str, base: usize, masked: &mut Vec<Span>) {
    let bytes = line.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'`' => {
                let close = line.get(i + 1..).unwrap_or_default().find('`').map_or(line.len(), |c| i + 1 + c + 1);
                masked.push(Span::new(base + i, base + close));
                i = close;
            }
            b']' if bytes.get(i + 1) == Some(&b'(') => {
                let close = line.get(i..).unwrap_or_default().find(')').map_or(line.len(), |c| i + c + 1);
                masked.push(Span::new(base + i + 1, base + close));
                i = close;
            }
            b'!' if bytes.get(i + 1) == Some(&b'[') => {
                let close = line.get(i..).unwrap_or_default().find(')').map_or(line.len(), |c| i + c + 1);
                masked.push(Span::new(base + i, base + close));
                i = close;
            }
            b'<' => {
                let close = line.get(i..).unwrap_or_default().find('>').map_or(line.len(), |c| i + c + 1);
                masked.push(Span::new(base + i, base + close));
                i = close;
            }
            _ => i += 1,
        }
    }
}

/// HTML block tags: text on either side of them is a separate block.
const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "td",
    "th",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "title",
    "blockquote",
    "figure",
    "figcaption",
    "main",
    "body",
    "html",
    "head",
    "hr",
    "pre",
    "dd",
    "dt",
    "dl",
];

/// Elements whose whole content is masked.
const HIDDEN_ELEMENTS: &[&str] =
    &["script", "style", "noscript", "template", "svg", "head", "nav", "footer", "aside", "pre", "code"];

/// HTML: tags, comments, entities, and the content of scripts, styles and
/// page navigation are masked. Linear in the input, whatever the nesting.
fn html(text: &str) -> Markup {
    let mut masked = Vec::new();
    let mut breaks = Vec::new();
    let mut header = None;
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(&byte) = bytes.get(i) {
        match byte {
            b'<' if text.get(i..).unwrap_or_default().starts_with("<!--") => {
                let close = text.get(i..).unwrap_or_default().find("-->").map_or(text.len(), |c| i + c + 3);
                masked.push(Span::new(i, close));
                i = close;
            }
            b'<' => {
                let close = text.get(i..).unwrap_or_default().find('>').map_or(text.len(), |c| i + c + 1);
                masked.push(Span::new(i, close));
                let name = tag_name(text.get(i..close).unwrap_or_default());
                if BLOCK_TAGS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
                    breaks.push(i);
                }
                let closing = text.get(i..close).unwrap_or_default().starts_with("</");
                i = close;
                if !closing && HIDDEN_ELEMENTS.iter().any(|t| t.eq_ignore_ascii_case(name)) {
                    let end = find_closing(text, i, name);
                    masked.push(Span::new(i, end));
                    if name.eq_ignore_ascii_case("head") {
                        header = Some(Span::new(0, end));
                    }
                    i = end;
                }
            }
            b'&' => {
                let len = text.get(i..).unwrap_or_default().bytes().take(12).position(|b| b == b';');
                match len {
                    Some(l) if l > 1 => {
                        masked.push(Span::new(i, i + l + 1));
                        i += l + 1;
                    }
                    _ => i += 1,
                }
            }
            _ => i += 1,
        }
    }
    Markup { prose: complement(&mut masked, text.len()), breaks, header }
}

/// The element name of a tag's text ("<p class=x>" → "p").
fn tag_name(tag: &str) -> &str {
    let inner = tag.trim_start_matches('<').trim_start_matches('/');
    let end = inner.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(inner.len());
    inner.get(..end).unwrap_or_default()
}

/// Where the element `name` opened before `from` closes (end of its closing tag).
fn find_closing(text: &str, from: usize, name: &str) -> usize {
    let rest = text.get(from..).unwrap_or_default();
    let mut search = 0;
    while let Some(found) = rest.get(search..).unwrap_or_default().find("</") {
        let at = search + found;
        if tag_name(rest.get(at..).unwrap_or_default()).eq_ignore_ascii_case(name) {
            return from + at;
        }
        search = at + 2;
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose(text: &str, format: Format) -> String {
        read(text, format).prose.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn markdown_masks_code_and_link_targets() {
        let text = "See [the 2021 report](https://x.org/2021/5) and `42 items`.\n```\n99 bottles\n```\nEnd 7.";
        let p = prose(text, Format::Markdown);
        assert!(p.contains("the 2021 report"));
        assert!(!p.contains("x.org") && !p.contains("42 items") && !p.contains("99 bottles"));
        assert!(p.contains("End 7."));
    }

    #[test]
    fn html_masks_tags_scripts_and_entities() {
        let text = "<html><head><title>T 1</title></head><body><p class=\"x9\">Over 13,000&nbsp;killed</p><script>var a = 5;</script></body></html>";
        let p = prose(text, Format::Html);
        assert_eq!(p, "Over 13,000killed");
    }
}
