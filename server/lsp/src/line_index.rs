//! Every conversion between LSP positions and byte offsets, in one place.
//!
//! The protocol counts columns in the negotiated encoding: UTF-8 bytes when
//! the client offers `utf-8`, UTF-16 code units otherwise. Hangul is three
//! bytes but one UTF-16 unit; an emoji outside the basic plane four bytes but
//! two units. Lines end at `\n`, `\r\n` or a lone `\r`, as in the protocol,
//! in `review_syntax::lines` and in ropey with `cr_lines` (and without
//! `unicode_lines`, which would also break at U+2028 and U+0085).
//!
//! Outgoing positions (diagnostics, symbols, edits) go through
//! [`review_syntax::LineIndex`] on the text the analysis saw. Incoming edits
//! are applied to the document's rope, so [`rope_char`] converts positions
//! with ropey's own counters; the test at the bottom checks that both agree
//! on every position of a text with Hangul, an emoji and every line ending.
//! Everything clamps: a line past the end is the end of the text, a column
//! past the end of a line is the end of that line's content.

use review_syntax::{ColumnUnit, LineCol, LineIndex, TextRange};
use ropey::{Rope, RopeSlice};
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// The position encoding agreed with the client at `initialize`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
}

impl PositionEncoding {
    /// `utf-8` when the client offers it, else `utf-16`, which every client
    /// must support.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
        let offers_utf8 = offered
            .unwrap_or_default()
            .contains(&PositionEncodingKind::UTF8);
        if offers_utf8 {
            PositionEncoding::Utf8
        } else {
            PositionEncoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    fn unit(self) -> ColumnUnit {
        match self {
            PositionEncoding::Utf8 => ColumnUnit::Utf8,
            PositionEncoding::Utf16 => ColumnUnit::Utf16,
        }
    }
}

/// A text with its line index and the encoding its positions use: what a
/// conversion needs, borrowed together so that a text is never converted
/// with another text's index.
#[derive(Clone, Copy)]
pub struct Positions<'a> {
    pub text: &'a str,
    pub index: &'a LineIndex,
    pub encoding: PositionEncoding,
}

impl Positions<'_> {
    pub fn position(&self, offset: usize) -> Position {
        let LineCol { line, col } = self.index.line_col(self.text, offset, self.encoding.unit());
        Position::new(line, col)
    }

    pub fn range(&self, range: TextRange) -> Range {
        Range::new(self.position(range.start), self.position(range.end))
    }

    /// The byte offset of a position, clamped to the text.
    pub fn offset(&self, position: Position) -> usize {
        let position = LineCol {
            line: position.line,
            col: position.character,
        };
        self.index.offset(self.text, position, self.encoding.unit())
    }

    /// The byte range of a protocol range; an inverted range is put right.
    pub fn text_range(&self, range: Range) -> TextRange {
        let (start, end) = (self.offset(range.start), self.offset(range.end));
        TextRange::new(start.min(end), start.max(end))
    }

    /// The zero-based line of a byte offset.
    pub fn line(&self, offset: usize) -> u32 {
        self.index.line_of(offset) as u32
    }
}

/// The char index in `rope` of a protocol position, clamped like
/// [`LineIndex::offset`]: a column inside a character (the middle of a
/// surrogate pair, or of a UTF-8 sequence) rounds down to its start.
pub fn rope_char(rope: &Rope, position: Position, encoding: PositionEncoding) -> usize {
    let line_number = position.line as usize;
    if line_number >= rope.len_lines() {
        return rope.len_chars();
    }
    let line = rope.line(line_number);
    let content_chars = line.len_chars() - line_break_chars(line);
    let column = position.character as usize;
    let chars = match encoding {
        PositionEncoding::Utf8 => line.byte_to_char(column.min(line.len_bytes())),
        PositionEncoding::Utf16 => line.utf16_cu_to_char(column.min(line.len_utf16_cu())),
    };
    rope.line_to_char(line_number) + chars.min(content_chars)
}

/// How many chars the line break at the end of `line` takes: 2 for `\r\n`,
/// 1 for `\n` or `\r`, 0 on the last line.
fn line_break_chars(line: RopeSlice<'_>) -> usize {
    let len = line.len_chars();
    let last = (len > 0).then(|| line.char(len - 1));
    let before = (len > 1).then(|| line.char(len - 2));
    match (before, last) {
        (Some('\r'), Some('\n')) => 2,
        (_, Some('\n' | '\r')) => 1,
        _ => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Hangul (3 bytes, 1 unit), an emoji (4 bytes, 2 units), CRLF, LF, a
    // lone CR and a trailing line break.
    const TEXT: &str = "## 홍길동: 😀 Paper\r\n- 목적: x😀y\n\n- 실험\rend\n";

    #[test]
    fn negotiation_prefers_utf8_when_offered() {
        let offered = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(
            PositionEncoding::negotiate(Some(&offered)),
            PositionEncoding::Utf8
        );
        assert_eq!(
            PositionEncoding::negotiate(Some(&[PositionEncodingKind::UTF32])),
            PositionEncoding::Utf16
        );
        assert_eq!(PositionEncoding::negotiate(None), PositionEncoding::Utf16);
    }

    #[test]
    fn columns_count_in_the_negotiated_encoding() {
        let index = LineIndex::new(TEXT);
        let paper = TEXT.find("Paper").unwrap();
        let utf8 = Positions {
            text: TEXT,
            index: &index,
            encoding: PositionEncoding::Utf8,
        };
        let utf16 = Positions {
            encoding: PositionEncoding::Utf16,
            ..utf8
        };
        assert_eq!(utf8.position(paper), Position::new(0, 19));
        assert_eq!(utf16.position(paper), Position::new(0, 11));
        let y = TEXT.find('y').unwrap();
        assert_eq!(utf8.position(y), Position::new(1, 15));
        assert_eq!(utf16.position(y), Position::new(1, 9));
        assert_eq!(
            utf16.position(TEXT.find("end").unwrap()),
            Position::new(4, 0)
        );
    }

    /// The rope (incoming edits) and the line index (everything else) agree
    /// on every position, in range or not, in both encodings.
    #[test]
    fn rope_and_line_index_agree_everywhere() {
        let rope = Rope::from_str(TEXT);
        let index = LineIndex::new(TEXT);
        assert_eq!(rope.len_lines(), index.line_count());
        for encoding in [PositionEncoding::Utf8, PositionEncoding::Utf16] {
            let positions = Positions {
                text: TEXT,
                index: &index,
                encoding,
            };
            for line in 0..8 {
                for character in 0..40 {
                    let position = Position::new(line, character);
                    let from_rope = rope.char_to_byte(rope_char(&rope, position, encoding));
                    assert_eq!(
                        from_rope,
                        positions.offset(position),
                        "{encoding:?} {line}:{character}"
                    );
                }
            }
        }
    }
}
