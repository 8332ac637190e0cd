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

/// How many papers, and reviews of each, [`ReviewIndex::usual_similarity`]
/// samples.
const USUAL_SAMPLE_PAPERS: usize = 256;
const USUAL_SAMPLE_REVIEWS: usize = 8;

/// One review of a paper and the technical terms of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewTerms {
    pub file: Arc<str>,
    pub title_range: TextRange,
    pub terms: crate::terms::Terms,
    /// Whether the text uses any distinctive word of its own title.
    pub about_its_title: bool,
    /// A hash of the title and body the terms were read from: an entry
    /// unchanged since the file was last inserted keeps its terms.
    text_hash: u64,
}

impl ReviewTerms {
    /// Whether these terms were read from exactly this entry's text (the
    /// index may be older than the text being checked, as in `--fix`'s
    /// rounds).
    pub fn read_from(&self, text: &str, title: &str, entry: &review_syntax::Entry) -> bool {
        self.text_hash == text_hash(text, title, entry)
    }
}

/// What an entry's terms are read from: its title, its body, and where in
/// the body its section labels are (left out of the terms).
fn text_hash(text: &str, title: &str, entry: &review_syntax::Entry) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    title.hash(&mut hasher);
    entry.body.slice(text).hash(&mut hasher);
    for section in &entry.sections {
        (section.label.start.wrapping_sub(entry.body.start)).hash(&mut hasher);
        (section.label.end.wrapping_sub(entry.body.start)).hash(&mut hasher);
    }
    hasher.finish()
}

/// One file's reviews as the index keeps them: read on any thread (a
/// workspace scan reads thousands of files, and the index is held while
/// they are inserted), and holding neither the text nor its parse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileReviews(Vec<FileReview>);

#[derive(Clone, Debug, PartialEq, Eq)]
struct FileReview {
    reviewer: String,
    title: TitleKey,
    title_range: TextRange,
    line: usize,
    text_hash: u64,
    terms: crate::terms::Terms,
    about_its_title: bool,
}

impl FileReviews {
    pub fn read(text: &str, parsed: &ParsedFile) -> FileReviews {
        FileReviews::read_reusing(text, parsed, &mut HashMap::new())
    }

    /// Reads the reviews, taking the terms of an entry whose title and body
    /// hash to a key of `earlier` from there.
    fn read_reusing(
        text: &str,
        parsed: &ParsedFile,
        earlier: &mut HashMap<u64, (crate::terms::Terms, bool)>,
    ) -> FileReviews {
        let mut line_index = None;
        let mut reviews = Vec::new();
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
            let hash = text_hash(text, &title.text, entry);
            let (terms, about_its_title) = earlier.remove(&hash).unwrap_or_else(|| {
                let terms = crate::terms::entry_terms(text, entry);
                let about = !terms.is_disjoint(&crate::terms::title_terms(&title.text));
                (terms, about)
            });
            reviews.push(FileReview {
                reviewer: reviewer_key(&reviewer.name),
                title: title.key.clone(),
                title_range: title.range,
                line,
                text_hash: hash,
                terms,
                about_its_title,
            });
        }
        FileReviews(reviews)
    }

    /// Appends these reviews to `out` in a compact form that
    /// [`FileReviews::decode`] reads back: for caching what a scan read, so
    /// that a file unchanged since is not parsed again.
    pub fn encode(&self, out: &mut Vec<u8>) {
        put_u64(out, self.0.len() as u64);
        for review in &self.0 {
            put_str(out, &review.reviewer);
            put_str(out, review.title.as_str());
            put_u64(out, review.title_range.start as u64);
            put_u64(out, review.title_range.end as u64);
            put_u64(out, review.line as u64);
            put_u64(out, review.text_hash);
            out.push(u8::from(review.about_its_title));
            let terms = review.terms.as_slice();
            put_u64(out, terms.len() as u64);
            for term in terms {
                put_u64(out, *term);
            }
        }
    }

    /// Reads what [`FileReviews::encode`] wrote at the start of `input`,
    /// and moves `input` past it; `None` when it is not that (a cache
    /// written by another build, cut short, or damaged).
    pub fn decode(input: &mut &[u8]) -> Option<FileReviews> {
        let count = get_len(input)?;
        let mut reviews = Vec::with_capacity(count);
        for _ in 0..count {
            let reviewer = get_str(input)?;
            let title = TitleKey::from_normalized(&get_str(input)?);
            let start = usize::try_from(get_u64(input)?).ok()?;
            let end = usize::try_from(get_u64(input)?).ok()?;
            let line = usize::try_from(get_u64(input)?).ok()?;
            let text_hash = get_u64(input)?;
            let (&about, rest) = input.split_first()?;
            *input = rest;
            let terms_count = get_len(input)?;
            let mut terms = Vec::with_capacity(terms_count);
            for _ in 0..terms_count {
                terms.push(get_u64(input)?);
            }
            if start > end || about > 1 {
                return None;
            }
            reviews.push(FileReview {
                reviewer,
                title,
                title_range: TextRange::new(start, end),
                line,
                text_hash,
                terms: crate::terms::Terms::from_sorted(terms)?,
                about_its_title: about == 1,
            });
        }
        Some(FileReviews(reviews))
    }
}

fn put_u64(out: &mut Vec<u8>, value: u64) {
    out.extend_from_slice(&value.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, text: &str) {
    put_u64(out, text.len() as u64);
    out.extend_from_slice(text.as_bytes());
}

fn get_u64(input: &mut &[u8]) -> Option<u64> {
    let (bytes, rest) = input.split_first_chunk::<8>()?;
    *input = rest;
    Some(u64::from_le_bytes(*bytes))
}

/// A length, no larger than what is left to read (a damaged length must
/// not reserve gigabytes).
fn get_len(input: &mut &[u8]) -> Option<usize> {
    let length = usize::try_from(get_u64(input)?).ok()?;
    (length <= input.len()).then_some(length)
}

fn get_str(input: &mut &[u8]) -> Option<String> {
    let length = get_len(input)?;
    let (bytes, rest) = input.split_at(length);
    *input = rest;
    String::from_utf8(bytes.to_vec()).ok()
}

#[derive(Clone, Debug, Default)]
pub struct ReviewIndex {
    by_reviewer_and_title: HashMap<ReviewKey, Vec<ReviewLocation>>,
    keys_by_file: HashMap<Arc<str>, Vec<ReviewKey>>,
    by_title: HashMap<TitleKey, Vec<ReviewTerms>>,
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
        // Reading terms is the costliest part of this (profiled: per
        // keystroke, the server re-inserts the file being typed in), and a
        // keystroke changes one entry: the others keep theirs.
        let mut earlier: HashMap<u64, (crate::terms::Terms, bool)> = HashMap::new();
        for (_, title) in self.keys_by_file.get(file).into_iter().flatten() {
            for review in self.by_title.get(title).into_iter().flatten() {
                if &*review.file == file {
                    earlier.insert(
                        review.text_hash,
                        (review.terms.clone(), review.about_its_title),
                    );
                }
            }
        }
        let reviews = FileReviews::read_reusing(text, parsed, &mut earlier);
        self.insert_reviews(file, reviews);
    }

    /// Records (or re-records) the reviews of one file, read ahead by
    /// [`FileReviews::read`].
    pub fn insert_reviews(&mut self, file: &str, reviews: FileReviews) {
        self.remove_file(file);
        let file: Arc<str> = Arc::from(file);
        let mut keys = Vec::new();
        for review in reviews.0 {
            self.by_title
                .entry(review.title.clone())
                .or_default()
                .push(ReviewTerms {
                    file: file.clone(),
                    title_range: review.title_range,
                    terms: review.terms,
                    about_its_title: review.about_its_title,
                    text_hash: review.text_hash,
                });
            let key = (review.reviewer, review.title);
            let locations = self.by_reviewer_and_title.entry(key.clone()).or_default();
            locations.push(ReviewLocation {
                file: file.clone(),
                title_range: review.title_range,
                line: review.line,
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
        for (_, title) in &keys {
            if let Some(reviews) = self.by_title.get_mut(title) {
                reviews.retain(|review| &*review.file != file);
                if reviews.is_empty() {
                    self.by_title.remove(title);
                }
            }
        }
        for key in keys {
            if let Some(locations) = self.by_reviewer_and_title.get_mut(&key) {
                locations.retain(|location| &*location.file != file);
                if locations.is_empty() {
                    self.by_reviewer_and_title.remove(&key);
                }
            }
        }
    }

    /// Every review of the paper with key `title`, whoever wrote it.
    pub fn reviews_of(&self, title: &TitleKey) -> &[ReviewTerms] {
        self.by_title.get(title).map_or(&[], Vec::as_slice)
    }

    /// The median share of terms between two reviews of one paper, over the
    /// pairs whose both reviews use their title's words: what "reviews of
    /// the same paper" look like in this workspace. `None` without such a
    /// pair.
    pub fn usual_similarity(&self) -> Option<f32> {
        // Bounded and deterministic: a few reviews of each of the first few
        // hundred papers (by key) say what is usual as well as all pairs
        // would; all pairs of a workspace with hundreds of reviews of one
        // paper cost seconds.
        let mut keys: Vec<&TitleKey> = self.by_title.keys().collect();
        keys.sort();
        let mut shares = Vec::new();
        for key in keys.into_iter().take(USUAL_SAMPLE_PAPERS) {
            let about: Vec<&ReviewTerms> = self.by_title[key]
                .iter()
                .filter(|review| review.about_its_title)
                .take(USUAL_SAMPLE_REVIEWS)
                .collect();
            for (i, a) in about.iter().enumerate() {
                for b in &about[i + 1..] {
                    shares.push(crate::terms::similarity(&a.terms, &b.terms));
                }
            }
        }
        if shares.is_empty() {
            return None;
        }
        shares.sort_by(f32::total_cmp);
        Some(shares[shares.len() / 2])
    }

    /// Every review of `title` by `reviewer`, in file then position order.
    pub fn reviews_by(&self, reviewer: &str, title: &TitleKey) -> &[ReviewLocation] {
        self.by_reviewer_and_title
            .get(&(reviewer_key(reviewer), title.clone()))
            .map_or(&[], Vec::as_slice)
    }
}
