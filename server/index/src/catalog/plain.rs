//! A plain list: one title a line. Blank lines and `#` comments are skipped;
//! a leading bullet or number is dropped.

use super::{CatalogTitle, Sink};

pub(super) fn load(text: &str, out: &mut Sink<'_>) {
    for (index, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let without_bullet = trimmed.trim_start_matches(['-', '*', '•']).trim_start();
        let digits = without_bullet
            .bytes()
            .take_while(u8::is_ascii_digit)
            .count();
        let title = if digits > 0 && without_bullet[digits..].starts_with(['.', ')']) {
            without_bullet[digits + 1..].trim()
        } else {
            without_bullet
        };
        if let Some(title) = CatalogTitle::new(title.to_owned(), index + 1) {
            out.title(title);
        }
    }
}
