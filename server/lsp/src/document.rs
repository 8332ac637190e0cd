//! An open document: its rope, its version, and what the analysis made of
//! its current text.
//!
//! Edits arrive as `contentChanges`, each positioned against the text as the
//! previous one left it, so they are applied one by one to the rope. After
//! the last one the text is flattened once, parsed once, and kept with its
//! line index, so that every request about this version reads the same
//! snapshot without re-parsing.

use std::sync::{Arc, OnceLock};

use review_analysis::{Config, FileSite};
use review_syntax::{LineIndex, ParsedFile};
use ropey::Rope;
use tower_lsp_server::ls_types::TextDocumentContentChangeEvent;

use crate::line_index::{PositionEncoding, Positions, rope_char};

/// One version of a document, as the analysis sees it. Cheap to clone.
#[derive(Clone, Debug)]
pub struct Snapshot {
    pub version: i32,
    pub text: Arc<str>,
    pub index: Arc<LineIndex>,
    pub parsed: Arc<ParsedFile>,
    /// [`review_index::text_hash`] of `text`, made at first need: a
    /// request asks it of every open document, a keystroke never.
    hash: Arc<OnceLock<u64>>,
}

impl Snapshot {
    /// Parses `text` as the file at `site` (for its layout and for titles
    /// taken from its folder's or its own name).
    pub fn new(version: i32, text: String, config: &Config, site: Option<&FileSite>) -> Snapshot {
        let parsed = config.parse(&text, site);
        Snapshot {
            version,
            index: Arc::new(LineIndex::new(&text)),
            text: Arc::from(text),
            parsed: Arc::new(parsed),
            hash: Arc::default(),
        }
    }

    pub fn text_hash(&self) -> u64 {
        *self
            .hash
            .get_or_init(|| review_index::text_hash(&self.text))
    }

    pub fn positions(&self, encoding: PositionEncoding) -> Positions<'_> {
        Positions {
            text: &self.text,
            index: &self.index,
            encoding,
        }
    }
}

#[derive(Debug)]
pub struct Document {
    rope: Rope,
    pub snapshot: Snapshot,
    /// Where the file stands; `None` for an `untitled:` buffer.
    pub site: Option<FileSite>,
}

impl Document {
    pub fn new(version: i32, text: String, config: &Config, site: Option<FileSite>) -> Document {
        Document {
            rope: Rope::from_str(&text),
            snapshot: Snapshot::new(version, text, config, site.as_ref()),
            site,
        }
    }

    /// Applies every change in order, then re-parses once.
    pub fn apply_changes(
        &mut self,
        version: i32,
        changes: &[TextDocumentContentChangeEvent],
        encoding: PositionEncoding,
        config: &Config,
    ) {
        for change in changes {
            match change.range {
                Some(range) => {
                    let start = rope_char(&self.rope, range.start, encoding);
                    let end = rope_char(&self.rope, range.end, encoding);
                    let (start, end) = (start.min(end), start.max(end));
                    self.rope.remove(start..end);
                    self.rope.insert(start, &change.text);
                }
                None => self.rope = Rope::from_str(&change.text),
            }
        }
        self.snapshot = Snapshot::new(version, self.rope.to_string(), config, self.site.as_ref());
    }

    /// Re-parses the current text, after the configuration changed.
    pub fn reparse(&mut self, config: &Config) {
        self.snapshot = Snapshot::new(
            self.snapshot.version,
            self.snapshot.text.to_string(),
            config,
            self.site.as_ref(),
        );
    }
}

#[cfg(test)]
mod tests {
    use tower_lsp_server::ls_types::{Position, Range};

    use super::*;

    fn change(
        range: Option<((u32, u32), (u32, u32))>,
        text: &str,
    ) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: range.map(|(start, end)| {
                Range::new(Position::new(start.0, start.1), Position::new(end.0, end.1))
            }),
            range_length: None,
            text: text.to_owned(),
        }
    }

    #[test]
    fn changes_apply_in_order_in_either_encoding() {
        let config = Config::default();
        let mut document = Document::new(1, "a😀b\r\n목적\n".to_owned(), &config, None);
        // In UTF-16 the emoji is columns 1..3; each change sees the text the
        // previous one left.
        document.apply_changes(
            2,
            &[
                change(Some(((0, 1), (0, 3))), "X"),
                change(Some(((0, 2), (0, 2))), "Y"),
                change(Some(((1, 2), (1, 99))), ":"),
                change(Some(((9, 0), (9, 0))), "end"),
            ],
            PositionEncoding::Utf16,
            &config,
        );
        assert_eq!(&*document.snapshot.text, "aXYb\r\n목적:\nend");
        assert_eq!(document.snapshot.version, 2);
        // In UTF-8 the Hangul syllable `목` is bytes 0..3 of its line.
        document.apply_changes(
            3,
            &[change(Some(((1, 3), (1, 6))), "표")],
            PositionEncoding::Utf8,
            &config,
        );
        assert_eq!(&*document.snapshot.text, "aXYb\r\n목표:\nend");
        document.apply_changes(4, &[change(None, "new")], PositionEncoding::Utf8, &config);
        assert_eq!(&*document.snapshot.text, "new");
    }
}

/// Edit storms: thousands of random incremental edits — Hangul, emoji, CRLF
/// and lone CR, edits spanning lines, deletions down to nothing — applied
/// through `apply_changes` in both encodings, checked after every step
/// against a plain `String` edited by character offsets.
#[cfg(test)]
mod edit_storm {
    use proptest::prelude::*;
    use tower_lsp_server::ls_types::{Position, Range, TextDocumentContentChangeEvent};

    use super::*;

    const PIECES: &[&str] = &["a", "목", "적", "😀", "\r\n", "\n", "\r", " ", ":", "é"];

    fn text_of(pieces: &[usize]) -> String {
        pieces.iter().map(|&i| PIECES[i % PIECES.len()]).collect()
    }

    /// The LSP position of byte `offset` in `text`, computed independently of
    /// the server's conversion code: lines end at `\r\n`, `\r` or `\n`.
    fn position(text: &str, offset: usize, encoding: PositionEncoding) -> Position {
        let before = &text[..offset];
        let mut line = 0;
        let mut line_start = 0;
        let bytes = before.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    line += 1;
                    i += 2;
                    line_start = i;
                }
                // A `\r` whose `\n` lies after the offset still ends a line
                // only once the pair is complete: positions are never
                // generated between the two.
                b'\r' | b'\n' => {
                    line += 1;
                    i += 1;
                    line_start = i;
                }
                _ => i += 1,
            }
        }
        let prefix = &before[line_start..];
        let character = match encoding {
            PositionEncoding::Utf8 => prefix.len(),
            PositionEncoding::Utf16 => prefix.encode_utf16().count(),
        };
        Position::new(line, character as u32)
    }

    /// Char boundaries of `text` that do not split a `\r\n`.
    fn boundaries(text: &str) -> Vec<usize> {
        (0..=text.len())
            .filter(|&i| {
                text.is_char_boundary(i)
                    && !(i > 0
                        && text.as_bytes()[i - 1] == b'\r'
                        && text.as_bytes().get(i) == Some(&b'\n'))
            })
            .collect()
    }

    fn storm(
        initial: Vec<usize>,
        edits: Vec<(usize, usize, Vec<usize>)>,
        encoding: PositionEncoding,
    ) {
        let config = Config::default();
        let mut reference = text_of(&initial);
        let mut document = Document::new(0, reference.clone(), &config, None);
        for (version, (a, b, insert)) in edits.into_iter().enumerate() {
            let points = boundaries(&reference);
            let start = points[a % points.len()];
            let end = points[b % points.len()];
            let (start, end) = (start.min(end), start.max(end));
            let insert = text_of(&insert);
            let range = Range::new(
                position(&reference, start, encoding),
                position(&reference, end, encoding),
            );
            let change = TextDocumentContentChangeEvent {
                range: Some(range),
                range_length: None,
                text: insert.clone(),
            };
            document.apply_changes(version as i32 + 1, &[change], encoding, &config);
            reference.replace_range(start..end, &insert);
            assert_eq!(
                &*document.snapshot.text,
                reference.as_str(),
                "after edit {version} at {range:?}"
            );
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

        #[test]
        fn utf16_storm(initial in prop::collection::vec(0usize..10, 0..40),
                       edits in prop::collection::vec((0usize..1000, 0usize..1000, prop::collection::vec(0usize..10, 0..6)), 1..40)) {
            storm(initial, edits, PositionEncoding::Utf16);
        }

        #[test]
        fn utf8_storm(initial in prop::collection::vec(0usize..10, 0..40),
                      edits in prop::collection::vec((0usize..1000, 0usize..1000, prop::collection::vec(0usize..10, 0..6)), 1..40)) {
            storm(initial, edits, PositionEncoding::Utf8);
        }
    }
}
