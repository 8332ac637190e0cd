//! What cross-file rules need to know about the whole workspace: who
//! reviewed which paper, where.
//!
//! Kept up to date file by file (`insert_file` replaces what a file said
//! before), so that the server can update it on every change without
//! re-reading the workspace.

use std::collections::HashMap;
use std::sync::Arc;

use review_syntax::{ColumnUnit, LineIndex, ParsedFile, TextRange, TitleKey};

/// One review's place in the workspace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewLocation {
    pub file: Arc<str>,
    pub title_range: TextRange,
    /// 1-based, for messages.
    pub line: usize,
}

type ReviewKey = (String, TitleKey);

#[derive(Clone, Debug, Default)]
pub struct ReviewIndex {
    by_reviewer_and_title: HashMap<ReviewKey, Vec<ReviewLocation>>,
    keys_by_file: HashMap<Arc<str>, Vec<ReviewKey>>,
}

/// Reviewer names compare without spaces: `홍 길동` is `홍길동`.
fn reviewer_key(name: &str) -> String {
    name.split_whitespace().collect()
}

impl ReviewIndex {
    pub fn new() -> ReviewIndex {
        ReviewIndex::default()
    }

    /// Records (or re-records) the reviews of one file.
    pub fn insert_file(&mut self, file: &str, text: &str, parsed: &ParsedFile) {
        self.remove_file(file);
        let file: Arc<str> = Arc::from(file);
        let mut line_index = None;
        let mut keys = Vec::new();
        for entry in &parsed.entries {
            let (Some(reviewer), Some(title)) = (&entry.header.reviewer, &entry.header.title)
            else {
                continue;
            };
            if title.key.is_empty() {
                continue;
            }
            let index = line_index.get_or_insert_with(|| LineIndex::new(text));
            let line = index
                .line_col(text, title.range.start, ColumnUnit::Utf8)
                .line as usize
                + 1;
            let key = (reviewer_key(&reviewer.name), title.key.clone());
            let locations = self.by_reviewer_and_title.entry(key.clone()).or_default();
            locations.push(ReviewLocation {
                file: file.clone(),
                title_range: title.range,
                line,
            });
            locations.sort_by(|a, b| {
                (&a.file, a.title_range.start).cmp(&(&b.file, b.title_range.start))
            });
            keys.push(key);
        }
        if !keys.is_empty() {
            self.keys_by_file.insert(file, keys);
        }
    }

    pub fn remove_file(&mut self, file: &str) {
        let Some(keys) = self.keys_by_file.remove(file) else {
            return;
        };
        for key in keys {
            if let Some(locations) = self.by_reviewer_and_title.get_mut(&key) {
                locations.retain(|location| &*location.file != file);
                if locations.is_empty() {
                    self.by_reviewer_and_title.remove(&key);
                }
            }
        }
    }

    /// Every review of `title` by `reviewer`, in file then position order.
    pub fn reviews_by(&self, reviewer: &str, title: &TitleKey) -> &[ReviewLocation] {
        self.by_reviewer_and_title
            .get(&(reviewer_key(reviewer), title.clone()))
            .map_or(&[], Vec::as_slice)
    }
}
