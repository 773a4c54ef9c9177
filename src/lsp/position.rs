//! Byte offsets ↔ LSP positions, in the encoding the client negotiated
//! (UTF-16 code units by default, UTF-8 bytes when asked for). The one place
//! positions are converted.

use lsp_types::{Position, Range};

use crate::span::{LineIndex, Span};

/// How the client counts columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-16 code units (the LSP default).
    Utf16,
    /// UTF-8 bytes.
    Utf8,
}

/// The LSP position of byte `offset` in `text`.
pub fn position(text: &str, index: &LineIndex, offset: usize, enc: Encoding) -> Position {
    let offset = offset.min(text.len());
    let line = index.line_of(offset);
    let start = index.line_start(line);
    let prefix = text.get(start..offset).unwrap_or("");
    let character = match enc {
        Encoding::Utf8 => prefix.len(),
        Encoding::Utf16 => prefix.encode_utf16().count(),
    };
    Position { line: line as u32, character: character as u32 }
}

/// The LSP range of a span.
pub fn range(text: &str, index: &LineIndex, span: Span, enc: Encoding) -> Range {
    Range { start: position(text, index, span.start, enc), end: position(text, index, span.end, enc) }
}

/// The byte offset of an LSP position (clamped to the line and the text).
pub fn offset(text: &str, index: &LineIndex, pos: Position, enc: Encoding) -> usize {
    let line = pos.line as usize;
    let Some(line_span) = index.line_span(line, text.len()) else { return text.len() };
    let line_text = line_span.slice(text);
    let mut units = 0usize;
    for (i, c) in line_text.char_indices() {
        if units >= pos.character as usize || c == '\n' {
            return line_span.start + i;
        }
        units += match enc {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        };
    }
    line_span.end
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_utf8_columns_differ_after_non_ascii() {
        let text = "é😀 a\nb";
        let index = LineIndex::new(text);
        let a = text.find('a').unwrap();
        assert_eq!(position(text, &index, a, Encoding::Utf16), Position { line: 0, character: 4 });
        assert_eq!(position(text, &index, a, Encoding::Utf8), Position { line: 0, character: 7 });
        for enc in [Encoding::Utf16, Encoding::Utf8] {
            assert_eq!(offset(text, &index, position(text, &index, a, enc), enc), a);
        }
        assert_eq!(offset(text, &index, Position { line: 1, character: 0 }, Encoding::Utf16), text.find('b').unwrap());
    }
}
