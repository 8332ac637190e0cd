//! The parser and every rule on arbitrary text: no panic, and every range
//! they report lies inside the text, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use review_analysis::{Config, ReviewIndex, apply_edits, check_file};
use review_syntax::{TextRange, parse};

fn check_range(text: &str, range: TextRange) {
    assert!(range.start <= range.end && range.end <= text.len(), "{range:?} outside {}", text.len());
    assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end), "{range:?} splits a character");
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let config = Config::default();
    let parsed = parse(text, &config.vocabulary);
    for entry in &parsed.entries {
        check_range(text, entry.header.range);
        check_range(text, entry.body);
        if let Some(title) = &entry.header.title {
            check_range(text, title.range);
        }
        for section in &entry.sections {
            check_range(text, section.label);
            check_range(text, section.content);
        }
    }
    let mut reviews = ReviewIndex::new();
    reviews.insert_file("fuzz.md", text, &parsed);
    for finding in check_file("fuzz.md", text, &parsed, &config, &reviews) {
        check_range(text, finding.range);
        if let Some(fix) = &finding.fix {
            for edit in &fix.edits {
                check_range(text, edit.range);
            }
            // A fix applies cleanly and the result parses.
            let fixed = apply_edits(text, &fix.edits);
            let _ = parse(&fixed, &config.vocabulary);
        }
    }
});
