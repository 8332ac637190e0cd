//! Position conversion on arbitrary text and positions: never a panic, and
//! every offset it gives is inside the text on a character boundary.
#![no_main]

use libfuzzer_sys::fuzz_target;
use review_syntax::{ColumnUnit, LineCol, LineIndex};

fuzz_target!(|data: &[u8]| {
    if data.len() < 8 {
        return;
    }
    let (numbers, rest) = data.split_at(8);
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let line = u32::from_le_bytes(numbers[..4].try_into().unwrap()) % 64;
    let col = u32::from_le_bytes(numbers[4..].try_into().unwrap()) % 512;
    let index = LineIndex::new(text);
    for unit in [ColumnUnit::Utf8, ColumnUnit::Utf16, ColumnUnit::Char] {
        let offset = index.offset(text, LineCol { line, col }, unit);
        assert!(offset <= text.len() && text.is_char_boundary(offset));
        let back = index.line_col(text, offset, unit);
        // Converting back and forth again is stable.
        assert_eq!(index.offset(text, back, unit), offset);
        let _ = index.line_col(text, col as usize * 7, unit);
    }
});
