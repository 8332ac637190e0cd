//! Byte offsets to line/column positions and back, in the three units that
//! matter: UTF-8 bytes and UTF-16 code units (the two LSP position encodings)
//! and Unicode scalar values (what the CLI prints as a column).
//!
//! Hangul is 3 bytes in UTF-8 and 1 unit in UTF-16; an emoji outside the
//! basic plane is 4 bytes and 2 units. Every conversion clamps instead of
//! panicking: a line past the end maps to the end of the text, a column past
//! the end of a line to the end of that line, and an offset inside a
//! multi-byte character to the start of that character.

use crate::text::{Line, lines};

/// How a column counts the characters before it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    Utf8,
    Utf16,
    Char,
}

/// A zero-based line and a zero-based column in some [`ColumnUnit`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: u32,
    pub col: u32,
}

/// The start of every line of one text, built once per version of it.
#[derive(Clone, Debug)]
pub struct LineIndex {
    lines: Vec<Line>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        LineIndex {
            lines: lines(text),
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.lines.len()
    }

    /// The line `line` (zero-based), clamped to the last line.
    pub fn line(&self, line: usize) -> Line {
        self.lines[line.min(self.lines.len() - 1)]
    }

    /// The zero-based line holding `offset` (clamped to the text).
    pub fn line_of(&self, offset: usize) -> usize {
        let offset = offset.min(self.len);
        // The last line whose start is at or before the offset. An offset that
        // falls on a line ending belongs to the line it ends.
        self.lines
            .partition_point(|line| line.start <= offset)
            .saturating_sub(1)
    }

    /// The position of `offset` in `text`, which must be the text this index
    /// was built from.
    pub fn line_col(&self, text: &str, offset: usize, unit: ColumnUnit) -> LineCol {
        let offset = floor_char_boundary(text, offset.min(self.len));
        let line_number = self.line_of(offset);
        let line = self.lines[line_number];
        let prefix = &text[line.start..offset.min(line.end)];
        LineCol {
            line: line_number as u32,
            col: measure(prefix, unit) as u32,
        }
    }

    /// The byte offset of a position, clamped to the line's content.
    pub fn offset(&self, text: &str, position: LineCol, unit: ColumnUnit) -> usize {
        let line_number = position.line as usize;
        if line_number >= self.lines.len() {
            return self.len;
        }
        let line = self.lines[line_number];
        line.start + advance(line.text(text), position.col as usize, unit)
    }
}

/// The width of `text` in `unit`.
pub fn measure(text: &str, unit: ColumnUnit) -> usize {
    match unit {
        ColumnUnit::Utf8 => text.len(),
        ColumnUnit::Utf16 => text.chars().map(char::len_utf16).sum(),
        ColumnUnit::Char => text.chars().count(),
    }
}

/// The byte length of the longest prefix of `line` at most `count` units
/// wide. A UTF-16 column that falls between the two halves of a surrogate
/// pair, or a UTF-8 column inside a character, rounds down.
fn advance(line: &str, count: usize, unit: ColumnUnit) -> usize {
    if unit == ColumnUnit::Utf8 {
        return floor_char_boundary(line, count.min(line.len()));
    }
    let mut used = 0;
    for (byte, ch) in line.char_indices() {
        let width = if unit == ColumnUnit::Utf16 {
            ch.len_utf16()
        } else {
            1
        };
        if used + width > count {
            return byte;
        }
        used += width;
    }
    line.len()
}

/// The greatest char boundary at or before `offset`.
pub fn floor_char_boundary(text: &str, mut offset: usize) -> usize {
    offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

#[cfg(test)]
mod tests {
    use super::*;

    // One Hangul syllable, one emoji outside the BMP, CRLF line endings.
    const TEXT: &str = "목적: 😀 ok\r\n둘째 줄\n";

    fn at(line: u32, col: u32) -> LineCol {
        LineCol { line, col }
    }

    #[test]
    fn columns_in_each_unit() {
        let index = LineIndex::new(TEXT);
        let ok = TEXT.find("ok").unwrap();
        assert_eq!(index.line_col(TEXT, ok, ColumnUnit::Utf8), at(0, 13));
        assert_eq!(index.line_col(TEXT, ok, ColumnUnit::Utf16), at(0, 7));
        assert_eq!(index.line_col(TEXT, ok, ColumnUnit::Char), at(0, 6));
        let second = TEXT.find("둘째").unwrap();
        assert_eq!(index.line_col(TEXT, second, ColumnUnit::Utf16), at(1, 0));
        assert_eq!(
            index.line_col(TEXT, second + 6, ColumnUnit::Utf16),
            at(1, 2)
        );
    }

    #[test]
    fn offsets_round_trip_in_every_unit() {
        let index = LineIndex::new(TEXT);
        for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Char] {
            for (offset, _) in TEXT.char_indices() {
                let position = index.line_col(TEXT, offset, unit);
                let back = index.offset(TEXT, position, unit);
                // A line ending's bytes map to the end of the line's content.
                let line = index.line(position.line as usize);
                assert_eq!(back, offset.min(line.end), "{unit:?} at {offset}");
            }
        }
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let index = LineIndex::new(TEXT);
        assert_eq!(
            index.offset(TEXT, at(0, 999), ColumnUnit::Utf16),
            TEXT.find('\r').unwrap()
        );
        assert_eq!(index.offset(TEXT, at(99, 0), ColumnUnit::Utf16), TEXT.len());
        // Between the two halves of the emoji's surrogate pair: rounds down.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(index.offset(TEXT, at(0, 5), ColumnUnit::Utf16), emoji);
        // Inside the three bytes of a Hangul syllable: rounds down.
        assert_eq!(index.offset(TEXT, at(0, 2), ColumnUnit::Utf8), 0);
        assert_eq!(index.line_col(TEXT, 1, ColumnUnit::Utf8), at(0, 0));
        assert_eq!(index.line_col(TEXT, 10_000, ColumnUnit::Char), at(2, 0));
    }
}
