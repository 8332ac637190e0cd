//! What every answer reads: the index as of its last commit, with the files
//! it does not hold yet laid over it.
//!
//! A commit costs tens of milliseconds, so the server commits after a pause
//! in typing, not per keystroke. Between commits the index holds an open
//! buffer as it was at the last commit; a [`View`] replaces those files'
//! reviews with what their current text says, so that hover, references,
//! code lenses and completion see a change at once ("read your writes").

use std::cell::OnceCell;
use std::sync::Arc;

use review_syntax::{LineIndex, ParsedFile, TitleKey};

use crate::store::{
    FileDocs, MatchQuality, Paper, ReviewRecord, TitleIndex, TitleMatch, TitleSearch,
};

/// A file whose current text the index may not hold yet.
#[derive(Clone, Copy, Debug)]
pub struct PendingFile<'a> {
    /// The key the index knows the file by.
    pub file: &'a str,
    pub text: &'a str,
    pub parsed: &'a ParsedFile,
    pub line_index: &'a LineIndex,
}

/// The index with pending files over it.
pub struct View<'a> {
    pub index: &'a TitleIndex,
    pending: &'a [PendingFile<'a>],
    /// The index's documents of the pending files, found at first need.
    pending_docs: OnceCell<Arc<FileDocs>>,
}

impl<'a> View<'a> {
    /// The index as committed, nothing over it.
    pub fn committed(index: &'a TitleIndex) -> View<'a> {
        View {
            index,
            pending: &[],
            pending_docs: OnceCell::new(),
        }
    }

    pub fn new(index: &'a TitleIndex, pending: &'a [PendingFile<'a>]) -> View<'a> {
        View {
            index,
            pending,
            pending_docs: OnceCell::new(),
        }
    }

    fn is_pending(&self, file: &str) -> bool {
        self.pending.iter().any(|pending| pending.file == file)
    }

    /// Everything known of a paper: the index's reviews of files that are
    /// not pending, then the pending files' reviews as their text is now.
    pub fn paper(&self, key: &TitleKey) -> Paper {
        let paper = self.index.paper(key);
        self.over(key, paper)
    }

    /// [`TitleIndex::paper_sample`] with the pending files over it: at most
    /// `reviews` reviews, in file order.
    pub fn paper_sample(&self, key: &TitleKey, reviews: usize) -> Paper {
        let except = self.pending_docs();
        let mut paper = self.over(key, self.index.paper_sample_except(key, reviews, except));
        paper.reviews.truncate(reviews);
        paper
    }

    /// `paper` from the index, its pending files' reviews replaced by what
    /// their text says now.
    fn over(&self, key: &TitleKey, mut paper: Paper) -> Paper {
        if self.pending.is_empty() {
            return paper;
        }
        paper
            .reviews
            .retain(|review| !self.is_pending(&review.file));
        for pending in self.pending {
            for entry in &pending.parsed.entries {
                if entry.title_key() == Some(key) {
                    paper.reviews.push(ReviewRecord::of_entry(
                        pending.file,
                        pending.text,
                        pending.line_index,
                        entry,
                    ));
                }
            }
        }
        paper
            .reviews
            .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        paper
    }

    /// The index's documents of the pending files, found once per view.
    fn pending_docs(&self) -> &FileDocs {
        self.pending_docs.get_or_init(|| {
            let files: Vec<&str> = self.pending.iter().map(|pending| pending.file).collect();
            self.index.docs_of_files(&files)
        })
    }

    /// How many reviews of the workspace have this title.
    pub fn review_count(&self, key: &TitleKey) -> usize {
        let committed = self.index.review_count(key);
        if self.pending.is_empty() {
            return committed;
        }
        // Counted, not read: a paper of a large workspace has hundreds of
        // reviews.
        let now: usize = self
            .pending
            .iter()
            .map(|pending| {
                pending
                    .parsed
                    .entries
                    .iter()
                    .filter(|entry| entry.title_key() == Some(key))
                    .count()
            })
            .sum();
        committed
            - self
                .index
                .review_count_among(key, self.pending_docs())
                .min(committed)
            + now
    }

    /// [`TitleIndex::search`], with the pending files' titles: a title typed
    /// a moment ago completes in the next line, and one edited away is no
    /// longer offered.
    pub fn search(&self, typed: &str, limit: usize) -> TitleSearch {
        let mut search = self.index.search(typed, limit);
        if self.pending.is_empty() {
            return search;
        }
        for found in &mut search.matches {
            found.review_count = self.review_count(&found.key);
        }
        search
            .matches
            .retain(|found| found.review_count > 0 || found.catalog_count > 0);
        let typed_key = TitleKey::new(typed);
        for pending in self.pending {
            for entry in &pending.parsed.entries {
                let Some(title) = &entry.header.title else {
                    continue;
                };
                if search.matches.iter().any(|found| found.key == title.key) {
                    continue;
                }
                let quality = if title.key.as_str().starts_with(typed_key.as_str()) {
                    MatchQuality::Prefix
                } else if words_match(typed, &title.text) {
                    MatchQuality::Words
                } else {
                    continue;
                };
                let review_count = self.review_count(&title.key);
                search.matches.push(TitleMatch {
                    key: title.key.clone(),
                    title: title.text.clone(),
                    quality,
                    review_count,
                    catalog_count: self.index.catalog_count(&title.key),
                    year: title.year,
                    venue: title.venue.clone(),
                });
            }
        }
        // By quality, the order within each kept (stable).
        search.matches.sort_by_key(|found| found.quality);
        search.truncated |= search.matches.len() > limit;
        search.matches.truncate(limit);
        search
    }
}

/// Every typed word is a word of `title`, the last one perhaps half typed
/// (what the index's word query matches).
fn words_match(typed: &str, title: &str) -> bool {
    let typed = crate::tokenizer::tokens(typed);
    let title = crate::tokenizer::tokens(title);
    let Some((last, whole)) = typed.split_last() else {
        return false;
    };
    whole
        .iter()
        .all(|word| title.iter().any(|known| known.text == word.text))
        && title.iter().any(|known| known.text.starts_with(&last.text))
}
