//! Documents: a file as read, which parts of it are prose, its headline and
//! its publication date.
//!
//! A document keeps two texts of one length: the file as written
//! ([`Document::written`]) and the reading text ([`Document::text`]), where
//! character references and escapes in prose stand decoded (see
//! [`reading`] for the design). Every span is a byte range of both; output
//! widens it to whole references ([`Document::written_span`]) and takes text,
//! lines and columns from the file as written.

pub mod furniture;
pub mod html;
pub mod load;
pub mod markdown;
pub mod markup;
pub mod published;
pub mod reading;
pub mod sentences;
mod stamp;

use chrono::NaiveDate;

pub use markup::Format;
pub use published::Published;

use crate::span::Span;

/// One document, ready for extraction.
#[derive(Clone, Debug)]
pub struct Document {
    /// The path as given (or `<stdin>`, or the `--stdin-filename`).
    pub path: String,
    /// The reading text: the file as read, except that character references
    /// and escapes in prose are replaced by decoded stand-ins of the same
    /// byte length (see [`reading`]). Offsets are the file's.
    pub text: String,
    /// The file exactly as written, when it differs from [`Document::text`]
    /// (use [`Document::written`]).
    pub as_written: Option<String>,
    /// The ranges where the two texts differ, sorted.
    pub replaced: Vec<Span>,
    /// The format it was read as.
    pub format: Format,
    /// Ranges that may hold claims: markup and furniture masked.
    pub prose: Vec<Span>,
    /// Sentence ranges, in order.
    pub sentences: Vec<Span>,
    /// The headline, when the document starts with one.
    pub headline: Option<Span>,
    /// The publication date, when stated or given.
    pub published: Option<Published>,
}

/// A unit of layout: a line, or a block of HTML, with its visible text
/// (borrowed from the text when it is one piece of it, as most lines are).
struct Unit<'t> {
    span: Span,
    visible: std::borrow::Cow<'t, str>,
}

impl Document {
    /// Read `text` as a document named `path`; `reference` is the publication
    /// date to use when the document states none.
    pub fn new(path: impl Into<String>, text: impl Into<String>, reference: Option<NaiveDate>) -> Self {
        let path = path.into();
        let written = text.into();
        let format = Format::from_path(&path);
        let markup = read_markup(&written, format);
        let (text, as_written, replaced) = match reading::apply(&written, &markup.replacements) {
            Some((reading, replaced)) => (reading, Some(written), replaced),
            None => (written, None, Vec::new()),
        };
        let units = units(&text, &markup);
        let lines: Vec<(Span, &str)> = units.iter().map(|u| (u.span, u.visible.as_ref())).collect();
        let header_date = markup.header.and_then(|h| published::from_header(h.slice(&text)));
        let line_date = published::from_lines(&text, &lines);
        let mut masked = furniture::furniture(&text, &lines);
        masked.extend(line_date.iter().flat_map(|(_, spans)| spans.iter().copied()));
        masked.extend(published::wire_datelines(&text, &lines));
        let published = header_date.or(line_date.map(|(p, _)| p)).or(reference.map(Published::day));
        let prose = subtract(&markup.prose, &mut masked);
        let headline = markup.headline.map(|h| trim_heading(&text, h)).or_else(|| headline(&text, &lines, &prose));
        let mut breaks = markup.breaks.clone();
        breaks.extend(headline.map(|h| h.end));
        breaks.sort_unstable();
        let sentences = sentences::split(&text, &prose, &breaks);
        Document { path, text, as_written, replaced, format, prose, sentences, headline, published }
    }

    /// Read `text` as a passage of plain prose with no page around it (a
    /// quotation, an editor's selection, a test sentence): all of it is body,
    /// so no line is taken for a headline, a dateline or page furniture.
    /// `reference` is the publication date.
    pub fn passage(path: impl Into<String>, text: impl Into<String>, reference: Option<NaiveDate>) -> Self {
        let path = path.into();
        let text = text.into();
        let whole = vec![Span::new(0, text.len())];
        let sentences = sentences::split(&text, &whole, &[]);
        let published = reference.map(Published::day);
        Document {
            path,
            text,
            as_written: None,
            replaced: Vec::new(),
            format: Format::Text,
            prose: whole,
            sentences,
            headline: None,
            published,
        }
    }

    /// The file exactly as written: what output quotes, and what lines and
    /// columns are counted in.
    pub fn written(&self) -> &str {
        self.as_written.as_deref().unwrap_or(&self.text)
    }

    /// `span` widened to whole character references, so that it covers in
    /// the file as written exactly what it covers in the reading text.
    pub fn written_span(&self, span: Span) -> Span {
        reading::widen(span, &self.replaced)
    }

    /// The sentence containing byte `offset`, or an empty span at it.
    pub fn sentence_at(&self, offset: usize) -> Span {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        match self.sentences.get(i) {
            Some(s) if s.start <= offset => *s,
            _ => Span::new(offset, offset),
        }
    }

    /// The publication day, if known.
    pub fn published_date(&self) -> Option<NaiveDate> {
        self.published.map(|p| p.date)
    }

    /// The text of the document's prose, joined (for comparing copies).
    pub fn prose_text(&self) -> impl Iterator<Item = &str> {
        self.prose.iter().map(|s| s.slice(&self.text))
    }
}

/// The prose ranges of `text` in `format`, as its format's reader gives them.
fn read_markup(text: &str, format: Format) -> markup::Markup {
    match format {
        Format::Text => markup::Markup { prose: vec![Span::new(0, text.len())], ..markup::Markup::default() },
        Format::Markdown => markdown::read(text),
        Format::Html => html::read(text),
    }
}

/// Split the text into lines and blocks, each with its visible prose.
fn units<'t>(text: &'t str, markup: &markup::Markup) -> Vec<Unit<'t>> {
    let mut cuts: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    cuts.extend(markup.breaks.iter().copied());
    cuts.sort_unstable();
    cuts.dedup();
    let mut out = Vec::with_capacity(cuts.len() + 1);
    let mut start = 0;
    let mut prose = markup.prose.iter().peekable();
    for end in cuts.into_iter().chain(std::iter::once(text.len())) {
        if end < start {
            continue;
        }
        let span = Span::new(start, end);
        let mut visible = std::borrow::Cow::Borrowed("");
        while let Some(p) = prose.peek() {
            if p.start >= end {
                break;
            }
            let from = p.start.max(start);
            let to = p.end.min(end);
            if from < to {
                let piece = text.get(from..to).unwrap_or_default();
                if visible.is_empty() {
                    visible = std::borrow::Cow::Borrowed(piece);
                } else {
                    visible.to_mut().push_str(piece);
                }
            }
            if p.end <= end {
                prose.next();
            } else {
                break;
            }
        }
        out.push(Unit { span, visible });
        start = (end + 1).min(text.len());
        if text.as_bytes().get(end) != Some(&b'\n') {
            start = end;
        }
    }
    out
}

/// `prose` with the `masked` ranges cut out: one merge walk over both
/// sorted lists, linear whatever the markup.
fn subtract(prose: &[Span], masked: &mut [Span]) -> Vec<Span> {
    masked.sort();
    let mut out = Vec::with_capacity(prose.len());
    let mut m = 0;
    for &region in prose {
        while masked.get(m).is_some_and(|mask| mask.end <= region.start) {
            m += 1;
        }
        let mut at = region.start;
        for mask in masked.iter().skip(m).take_while(|mask| mask.start < region.end) {
            if mask.start > at {
                out.push(Span::new(at, mask.start));
            }
            at = at.max(mask.end);
        }
        if at < region.end {
            out.push(Span::new(at, region.end));
        }
    }
    out
}

/// The first visible line, when it reads as a headline: short and without a
/// final full stop.
fn headline(text: &str, lines: &[(Span, &str)], prose: &[Span]) -> Option<Span> {
    let first = lines.iter().find(|(span, visible)| {
        !visible.trim().is_empty() && {
            let i = prose.partition_point(|p| p.end <= span.start);
            prose.get(i).is_some_and(|p| p.start < span.end)
        }
    })?;
    let visible = first.1.trim();
    let looks_like_headline =
        visible.chars().count() <= 200 && !visible.ends_with('.') && visible.split_whitespace().count() >= 2;
    if !looks_like_headline {
        return None;
    }
    // The visible part of the line only: no tags, no Markdown heading marks.
    let line = first.0;
    let from = prose.partition_point(|p| p.end <= line.start);
    let inside: Vec<&Span> = prose.iter().skip(from).take_while(|p| p.start < line.end).collect();
    let start = inside.first().map_or(line.start, |p| p.start.max(line.start));
    let end = inside.last().map_or(line.end, |p| p.end.min(line.end));
    Some(trim_heading(text, Span::new(start, end)))
}

/// A span without surrounding white space and leading `#` marks.
fn trim_heading(text: &str, span: Span) -> Span {
    let slice = span.slice(text);
    let lead = slice.len() - slice.trim_start_matches(|c: char| c == '#' || c.is_whitespace()).len();
    let trail = slice.len() - slice.trim_end().len();
    Span::new(span.start + lead, (span.end - trail).max(span.start + lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pages_stamp_dates_it_and_is_no_claim() {
        let text = "Trial date set for Alden\n\nPublished at 12:45, Wednesday, 12 June 2013\n\nA hearing took place on Wednesday.\n";
        let doc = Document::new("a.txt", text, None);
        assert_eq!(doc.published.map(|p| p.to_rfc3339()).as_deref(), Some("2013-06-12"));
        let claims = crate::extract::extract(&doc);
        let texts: Vec<&str> = claims.iter().map(|c| c.span.slice(text)).collect();
        assert_eq!(texts, ["Wednesday"], "the stamp's date and time are furniture");
    }

    #[test]
    fn headline_dateline_and_body() {
        let text = "Quake kills 42 in coastal town\nPORT ALDEN, March 10, 2025 — At least 42 people died on Monday.\nRead More\n";
        let doc = Document::new("a.txt", text, None);
        assert_eq!(doc.headline.map(|h| h.slice(text)), Some("Quake kills 42 in coastal town"));
        let html = "<html><body>\n<h1>Quake kills 42</h1>\n<p>Body.</p></body></html>";
        assert_eq!(Document::new("a.html", html, None).headline.map(|h| h.slice(html)), Some("Quake kills 42"));
        let md = "# Quake kills 42\n\nBody.";
        assert_eq!(Document::new("a.md", md, None).headline.map(|h| h.slice(md)), Some("Quake kills 42"));
        assert_eq!(doc.published.map(|p| p.to_rfc3339()).as_deref(), Some("2025-03-10"));
        let prose: String = doc.prose_text().collect();
        assert!(!prose.contains("March 10") && prose.contains("At least 42") && !prose.contains("Read More"));
    }

    #[test]
    fn every_dateline_near_the_top_is_furniture() {
        let text = "May 8, 2006\n\nPublished 2006-05-08\n\nThe court ruled today.\n";
        let doc = Document::new("a.txt", text, None);
        assert_eq!(doc.published_date(), NaiveDate::from_ymd_opt(2006, 5, 8));
        assert_eq!(doc.prose_text().collect::<String>().trim(), "The court ruled today.");
    }

    #[test]
    fn a_wire_dateline_without_its_year_is_furniture() {
        let text = "Blood stocks low\nNovember 2, 2026\n\nCALVERLEY, Nov 2 (Newswire) - Stocks fell on Saturday.\n";
        let doc = Document::new("a.txt", text, None);
        assert_eq!(doc.published_date(), NaiveDate::from_ymd_opt(2026, 11, 2));
        let prose: String = doc.prose_text().collect();
        assert!(!prose.contains("Nov 2") && prose.contains("Stocks fell on Saturday."), "{prose}");
    }

    #[test]
    fn a_passage_is_all_body() {
        let text = "April 14, 2015
Read More";
        let reference = NaiveDate::from_ymd_opt(2013, 2, 12);
        let doc = Document::passage("p.txt", text, reference);
        assert_eq!(doc.headline, None);
        assert_eq!(doc.published_date(), reference);
        assert_eq!(doc.prose_text().collect::<String>(), text);
        assert_eq!(Document::new("p.txt", text, reference).published_date(), NaiveDate::from_ymd_opt(2015, 4, 14));
    }
}
