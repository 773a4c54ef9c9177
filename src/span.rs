//! Byte spans, the one truth about positions inside factlint.
//!
//! Lines and columns are computed only at the output edge, from a [`LineIndex`].

use serde::Serialize;

/// A half-open range of UTF-8 byte offsets into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (exclusive).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Number of bytes covered.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies entirely inside this span.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The text this span covers, or "" when it does not fit `text`.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

/// The start of every line of a text, for byte → line/column conversion.
/// Long lines carry checkpoints (a byte offset and the characters before it
/// on its line) every [`CHECKPOINT`] bytes, so that a column costs at most
/// that much counting, however long the line.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    checkpoints: Vec<(usize, usize)>,
}

/// Bytes between column checkpoints on long lines.
pub const CHECKPOINT: usize = 4096;

/// A 1-based line and column (columns counted in Unicode scalar values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
}

impl LineIndex {
    /// Index the line starts of `text`.
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(text.bytes().enumerate().filter(|&(_, b)| b == b'\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::new();
        for (i, &start) in starts.iter().enumerate() {
            let end = starts.get(i + 1).copied().unwrap_or(text.len());
            if end - start <= CHECKPOINT {
                continue;
            }
            let mut next = start + CHECKPOINT;
            for (chars, (at, _)) in text.get(start..end).unwrap_or("").char_indices().enumerate() {
                if start + at >= next {
                    checkpoints.push((start + at, chars));
                    next = start + at + CHECKPOINT;
                }
            }
        }
        LineIndex { starts, checkpoints }
    }

    /// 0-based line containing byte `offset`.
    pub fn line_of(&self, offset: usize) -> usize {
        self.starts.partition_point(|&s| s <= offset).saturating_sub(1)
    }

    /// Byte offset where 0-based `line` starts.
    pub fn line_start(&self, line: usize) -> usize {
        self.starts.get(line).copied().unwrap_or(0)
    }

    /// The bytes of 0-based `line` (with its line break), if it exists.
    pub fn line_span(&self, line: usize, len: usize) -> Option<Span> {
        let start = *self.starts.get(line)?;
        (start < len || line == 0).then(|| Span::new(start, self.starts.get(line + 1).copied().unwrap_or(len)))
    }

    /// 1-based line and character column of byte `offset` in `text`.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let i = self.checkpoints.partition_point(|&(at, _)| at <= offset);
        let (from, before) = match i.checked_sub(1).and_then(|k| self.checkpoints.get(k).copied()) {
            Some((at, chars)) if at >= start => (at, chars),
            _ => (start, 0),
        };
        let column = before + text.get(from..offset).map_or(0, |s| s.chars().count()) + 1;
        LineCol { line: line + 1, column }
    }

    /// The JSON position of a span (1-based lines and character columns).
    pub fn position(&self, text: &str, span: Span) -> Position {
        let from = self.line_col(text, span.start);
        let to = self.line_col(text, span.end);
        Position {
            start: span.start,
            end: span.end,
            line: from.line,
            column: from.column,
            end_line: to.line,
            end_column: to.column,
        }
    }
}

/// A span as the JSON contract writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Position {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// 1-based line of `start`.
    pub line: usize,
    /// 1-based character column of `start`.
    pub column: usize,
    /// 1-based line of `end`.
    pub end_line: usize,
    /// 1-based character column of `end`.
    pub end_column: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\ncé d\n";
        let index = LineIndex::new(text);
        let d = text.find('d').unwrap();
        assert_eq!(index.line_col(text, d), LineCol { line: 2, column: 4 });
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
    }

    #[test]
    fn long_lines_use_checkpoints_with_the_same_columns() {
        let text = "é".repeat(10_000) + "x";
        let index = LineIndex::new(&text);
        assert!(!index.checkpoints.is_empty());
        let x = text.len() - 1;
        assert_eq!(index.line_col(&text, x), LineCol { line: 1, column: 10_001 });
        assert_eq!(index.line_col(&text, 2 * 5_000), LineCol { line: 1, column: 5_001 });
    }
}
