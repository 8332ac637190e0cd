//! The tantivy index of everything the workspace knows: one document per
//! review (from the workspace's notes) and per catalog title (from its
//! bibliographies).
//!
//! It lives in a per-workspace folder under the user's cache directory,
//! records its schema version and the size and modification time of every
//! file it indexed, and is rebuilt when missing, of another version, or
//! corrupt. When the cache folder cannot be written the index lives in
//! memory for the session and says so once. Commits are batched: callers
//! stage changes and `commit` when a batch is done (one commit costs tens of
//! milliseconds and adds a segment).

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::UNIX_EPOCH;

use review_syntax::{ParsedFile, SectionKind, TitleKey, short_title};
use serde::{Deserialize, Serialize};
use tantivy::collector::{DocSetCollector, TopDocs};
use tantivy::directory::footer::Footer;
use tantivy::directory::{CompositeFile, FileHandle, FileSlice, OwnedBytes};
use tantivy::query::{BooleanQuery, FuzzyTermQuery, Occur, PhrasePrefixQuery, Query, TermQuery};
use tantivy::schema::{
    FAST, Field, INDEXED, IndexRecordOption, STORED, STRING, Schema, TantivyDocument,
    TextFieldIndexing, TextOptions, Value,
};
use tantivy::termdict::TermDictionary;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, IndexWriter, Order, ReloadPolicy, Searcher, Term, doc};

use crate::catalog::CatalogTitle;
use crate::distinct::{DistinctKeys, KeyHit};
use crate::tokenizer::{self, ReviewWords};
use crate::typos::{differs_in_digits, near_miss_rank};

/// Bumped whenever the schema or what is indexed changes: an index of
/// another version is rebuilt.
pub const SCHEMA_VERSION: u32 = 8;

const META_FILE: &str = "review-ls-index.json";
/// The near-miss table of the index's keys, as of the file list it was made
/// under (see [`TitleIndex::key_table_cached`]).
const KEYS_FILE: &str = "review-ls-keys.bin";

/// tantivy's minimum writer budget (15 MB per indexing thread); one thread:
/// a workspace's notes are small, and the second core serves requests.
const WRITER_BUDGET: usize = 15_000_000;

#[derive(Clone, Copy)]
struct Fields {
    kind: Field,
    key: Field,
    review_key: Field,
    /// The key of the name the paper goes by in prose (`short_title`).
    short_key: Field,
    words: Field,
    title: Field,
    reviewer: Field,
    file: Field,
    line: Field,
    sections: Field,
    /// A preview of the body, for reviews without labelled sections.
    summary: Field,
    body: Field,
    authors: Field,
    year: Field,
    venue: Field,
    /// The order of capped result lists: reviews first, then shorter
    /// titles (see `weight`).
    weight: Field,
}

fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let words = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(tokenizer::NAME)
            // No phrase queries: positions would only cost indexing time
            // and space.
            .set_index_option(IndexRecordOption::WithFreqs),
    );
    let fields = Fields {
        kind: builder.add_text_field("kind", STRING | STORED),
        // Fast too: a search keeps one document per key (see `distinct`).
        key: builder.add_text_field("key", STRING | STORED | FAST),
        review_key: builder.add_text_field("review_key", STRING),
        short_key: builder.add_text_field("short_key", STRING),
        words: builder.add_text_field("words", words.clone()),
        title: builder.add_text_field("title", STORED),
        reviewer: builder.add_text_field("reviewer", STRING | STORED),
        file: builder.add_text_field("file", STRING | STORED),
        line: builder.add_u64_field("line", STORED),
        sections: builder.add_text_field("sections", STORED),
        summary: builder.add_text_field("summary", STORED),
        body: builder.add_text_field("body", words),
        authors: builder.add_text_field("authors", STORED),
        year: builder.add_u64_field("year", STORED),
        venue: builder.add_text_field("venue", STORED),
        weight: builder.add_u64_field("weight", INDEXED | FAST),
    };
    (builder.build(), fields)
}

/// A file's identity for staleness checks: its size and modification time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FileStamp {
    pub size: u64,
    pub modified_ns: u128,
}

impl FileStamp {
    pub fn of(path: &Path) -> Option<FileStamp> {
        let metadata = std::fs::metadata(path).ok()?;
        let modified_ns = metadata
            .modified()
            .ok()?
            .duration_since(UNIX_EPOCH)
            .ok()?
            .as_nanos();
        Some(FileStamp {
            size: metadata.len(),
            modified_ns,
        })
    }
}

#[derive(Clone, Debug, Default, Serialize, Deserialize)]
struct Meta {
    schema_version: u32,
    files: BTreeMap<String, FileStamp>,
    /// [`text_hash`] of each review file's text as committed (see
    /// [`TitleIndex::holds`]). Missing from an older list: then no file is
    /// known to be held, which costs time, never a wrong answer.
    #[serde(default)]
    texts: BTreeMap<String, u64>,
}

/// A hash of a file's text: what tells whether the index holds a buffer as
/// it is now (see [`TitleIndex::holds`]).
pub fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut hasher);
    hasher.finish()
}

/// Where the index lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Location {
    Disk(PathBuf),
    /// In memory, because the cache folder could not be used (the reason).
    Memory(String),
}

/// How [`TitleIndex::open`] found the cache.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OpenState {
    /// Nothing there: a new index.
    Created,
    /// A usable index from an earlier session.
    Reopened,
    /// There, but of another schema version or unreadable: rebuilt (why).
    Rebuilt(String),
    /// In memory (see [`Location::Memory`]).
    InMemory,
}

/// Everything known about one paper, for hover and references.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paper {
    pub key: TitleKey,
    pub reviews: Vec<ReviewRecord>,
    pub catalog: Vec<CatalogRecord>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewRecord {
    pub file: String,
    /// 1-based line of the review's title.
    pub line: usize,
    pub reviewer: Option<String>,
    pub title: String,
    /// Section texts, in order, each shortened to a preview.
    pub sections: Vec<(SectionKind, String)>,
    /// The start of the body, shortened: what to show when there are no
    /// labelled sections.
    pub summary: String,
}

impl ReviewRecord {
    /// The record of one entry (with a title) of `file`, as the index
    /// stores it: what hover and completion show of a review.
    pub fn of_entry(
        file: &str,
        text: &str,
        line_index: &review_syntax::LineIndex,
        entry: &review_syntax::Entry,
    ) -> ReviewRecord {
        let title = entry.header.title.as_ref();
        let line = title.map_or(entry.header.range.start, |title| title.range.start);
        ReviewRecord {
            file: file.to_owned(),
            line: line_index
                .line_col(text, line, review_syntax::ColumnUnit::Utf8)
                .line as usize
                + 1,
            reviewer: entry.header.reviewer.as_ref().map(|r| r.name.clone()),
            title: title.map(|t| t.text.clone()).unwrap_or_default(),
            sections: entry
                .sections
                .iter()
                .map(|s| (s.kind, preview(s.content.slice(text), PREVIEW_CHARS)))
                .collect(),
            summary: {
                // Without the list marker the body starts with, as the
                // parser reads markers.
                let body = entry.body.slice(text).trim_start();
                preview(&body[review_syntax::bullet_len(body)..], PREVIEW_CHARS)
            },
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogRecord {
    pub source: String,
    pub line: usize,
    pub title: String,
    pub authors: Vec<String>,
    pub year: Option<u16>,
    pub venue: Option<String>,
}

/// How well a known title matches what was typed, best first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MatchQuality {
    /// The typed text is the start of the title.
    Prefix,
    /// Every typed word starts a word of the title, in any order.
    Words,
    /// Within a small edit distance of the title's words (typos).
    Fuzzy,
}

/// A known title found by [`TitleIndex::search`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleMatch {
    pub key: TitleKey,
    pub title: String,
    pub quality: MatchQuality,
    pub review_count: usize,
    pub catalog_count: usize,
    pub year: Option<u16>,
    pub venue: Option<String>,
}

/// The result of a search, and whether the list was cut at its limit.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TitleSearch {
    pub matches: Vec<TitleMatch>,
    pub truncated: bool,
}

/// The read side of the title index, shared by every reader. Writing
/// goes through the one [`TitleWriter`] that [`TitleIndex::writer`] hands
/// out: whoever holds it is the index's only writer.
pub struct TitleIndex {
    reader: IndexReader,
    /// tantivy's writer until [`TitleIndex::writer`] takes it.
    writer: Mutex<Option<IndexWriter>>,
    fields: Fields,
    location: Location,
    /// Which files are indexed, with the stamp they were indexed at:
    /// written by the writer, read by anyone deciding what to stage.
    meta: Mutex<Meta>,
    /// Counts of keys already looked up, for the searcher generation they
    /// were counted in (see [`TitleIndex::count`]).
    counts: Mutex<CountCache>,
    /// The last [`TitleIndex::docs_of_files`]: its generation and files.
    file_docs: Mutex<Option<KeptFileDocs>>,
    /// The [`text_hash`] of each review file as the last commit holds it:
    /// an open document with that text needs nothing laid over the index
    /// (see [`crate::View`]). Updated after the reader sees the commit.
    held: Mutex<BTreeMap<String, u64>>,
}

/// A searcher generation, the files asked for in it, and their documents.
type KeptFileDocs = (u64, Vec<String>, Arc<FileDocs>);

/// Term counts of one searcher generation. A completion counts the reviews
/// and catalog entries of every candidate title, and the next keystroke's
/// completion mostly has the same candidates.
#[derive(Default)]
struct CountCache {
    generation: u64,
    /// By field, then by key: a lookup copies nothing.
    counts: HashMap<Field, HashMap<TitleKey, usize>>,
    len: usize,
}

/// Beyond this many counts the cache starts again.
const COUNT_CACHE_LIMIT: usize = 10_000;

/// The one writer of a [`TitleIndex`]: stages files' reviews, catalogs and
/// removals, and commits them. Not `Clone`; there is one per index.
pub struct TitleWriter {
    index: Arc<TitleIndex>,
    writer: IndexWriter,
    /// Documents the writer refused since the last commit: how many, and
    /// the first reason.
    refused: (usize, Option<String>),
    /// Something was staged since the last commit. A commit of nothing is
    /// skipped: it would rewrite the index's metadata, which is what the
    /// near-miss table's cache is checked against (a warm start made that
    /// table again, twice), and let tantivy start merges.
    staged: bool,
    /// The text hash each file staged since the last commit will have once
    /// committed (`None`: no review text, removed or a catalog), in order.
    texts: Vec<(String, Option<u64>)>,
}

/// What went wrong writing the index.
#[derive(Debug)]
pub enum IndexError {
    /// tantivy could not commit or reload.
    Tantivy {
        doing: &'static str,
        error: tantivy::TantivyError,
    },
    /// The list of indexed files could not be saved beside the index.
    SaveFileList(std::io::Error),
    /// The commit went through, but these documents were refused when
    /// staged (their files are missing from search until staged again).
    Refused { count: usize, first: String },
    /// The task committing stopped before it could say (it panicked).
    Stopped(String),
}

impl std::fmt::Display for IndexError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IndexError::Tantivy { doing, error } => write!(f, "cannot {doing} the index: {error}"),
            IndexError::SaveFileList(error) => {
                write!(f, "cannot save the index's file list: {error}")
            }
            IndexError::Refused { count, first } => write!(
                f,
                "the index refused {count} document{} ({first}); the rest is committed",
                if *count == 1 { "" } else { "s" }
            ),
            IndexError::Stopped(why) => write!(f, "the commit failed: {why}"),
        }
    }
}

impl std::error::Error for IndexError {}

impl TitleWriter {
    /// The index this writes.
    pub fn index(&self) -> &Arc<TitleIndex> {
        &self.index
    }

    /// Stages the reviews of one file in place of what it held before.
    pub fn stage_reviews(
        &mut self,
        file: &str,
        stamp: Option<FileStamp>,
        text: &str,
        parsed: &ParsedFile,
    ) {
        self.staged = true;
        let fields = self.index.fields;
        let writer = &self.writer;
        writer.delete_term(Term::from_field_text(fields.file, file));
        let line_index = review_syntax::LineIndex::new(text);
        for entry in &parsed.entries {
            let Some(title) = &entry.header.title else {
                continue;
            };
            let record = ReviewRecord::of_entry(file, text, &line_index, entry);
            let line = record.line as u64;
            let sections: Vec<(String, String)> = record
                .sections
                .iter()
                .map(|(kind, preview)| (kind.name().to_owned(), preview.clone()))
                .collect();
            let mut document = doc!(
                fields.kind => "review",
                fields.key => title.key.as_str(),
                fields.review_key => title.key.as_str(),
                fields.words => title.text.as_str(),
                fields.title => title.text.as_str(),
                fields.file => file,
                fields.line => line,
                fields.sections => serde_json::to_string(&sections).unwrap_or_default(),
                fields.summary => record.summary.as_str(),
                fields.body => entry.body.slice(text),
                fields.weight => weight(true, &title.text),
            );
            if let Some(reviewer) = &entry.header.reviewer {
                document.add_text(fields.reviewer, &reviewer.name);
            }
            add_short_key(&mut document, fields, &title.text);
            add_year_and_venue(&mut document, fields, title.year, title.venue.as_deref());
            // A failed add leaves the file unindexed; search still works.
            if let Err(error) = writer.add_document(document) {
                refuse(&mut self.refused, &error);
            }
        }
        self.record(file, stamp);
        self.restage(file, Some(text_hash(text)));
    }

    /// Notes what `file` will hold once committed. Until then it is not
    /// held as any text: the searcher still sees the old one, and a file
    /// not held only costs a request some work (see [`TitleIndex::holds`]).
    fn restage(&mut self, file: &str, hash: Option<u64>) {
        locked(&self.index.held).remove(file);
        self.texts.push((file.to_owned(), hash));
    }

    /// Stages the titles of one catalog file in place of what it held
    /// before. Each title is dropped as soon as it is staged.
    pub fn stage_catalog(
        &mut self,
        source: &str,
        stamp: Option<FileStamp>,
        titles: Vec<CatalogTitle>,
    ) {
        self.stage_catalog_with(source, stamp, |add| titles.into_iter().for_each(add));
    }

    /// Stages the titles `read` gives, as it gives them, in place of what
    /// the catalog file `source` held before: with
    /// [`crate::catalog::load_each`], a catalog is parsed and staged a title
    /// at a time, and no list of its titles is held.
    pub fn stage_catalog_with(
        &mut self,
        source: &str,
        stamp: Option<FileStamp>,
        read: impl FnOnce(&mut dyn FnMut(CatalogTitle)),
    ) {
        self.staged = true;
        self.restage(source, None);
        let fields = self.index.fields;
        let TitleWriter {
            writer, refused, ..
        } = self;
        writer.delete_term(Term::from_field_text(fields.file, source));
        read(&mut |title: CatalogTitle| {
            let mut document = doc!(
                fields.kind => "catalog",
                fields.key => title.key.as_str(),
                fields.words => title.title.as_str(),
                fields.title => title.title.as_str(),
                fields.file => source,
                fields.line => title.line as u64,
                fields.authors => title.authors.join("; "),
                fields.weight => weight(false, &title.title),
            );
            add_short_key(&mut document, fields, &title.title);
            add_year_and_venue(&mut document, fields, title.year, title.venue.as_deref());
            if let Err(error) = writer.add_document(document) {
                refuse(refused, &error);
            }
        });
        self.record(source, stamp);
    }

    /// Stages the removal of everything one file contributed.
    pub fn stage_removal(&mut self, file: &str) {
        self.staged = true;
        self.restage(file, None);
        self.writer
            .delete_term(Term::from_field_text(self.index.fields.file, file));
        self.index
            .meta
            .lock()
            .expect("index meta")
            .files
            .remove(file);
    }

    fn record(&self, file: &str, stamp: Option<FileStamp>) {
        let mut meta = self.index.meta.lock().expect("index meta");
        match stamp {
            Some(stamp) => meta.files.insert(file.to_owned(), stamp),
            None => meta.files.remove(file),
        };
    }

    /// Stops writing: waits for the merges tantivy runs in the background
    /// (a merge abandoned half way is done again by the next session), and
    /// gives the index's lock back. What is staged and not committed is
    /// dropped.
    pub fn finish(self) -> Result<(), IndexError> {
        self.writer
            .wait_merging_threads()
            .map_err(|error| IndexError::Tantivy {
                doing: "finish merging",
                error,
            })
    }

    /// Commits what was staged and makes it searchable.
    pub fn commit(&mut self) -> Result<(), IndexError> {
        if !std::mem::take(&mut self.staged) {
            return Ok(());
        }
        let texts = std::mem::take(&mut self.texts);
        let committed = self
            .writer
            .commit()
            .map_err(|error| IndexError::Tantivy {
                doing: "commit",
                error,
            })
            .and_then(|_| {
                self.index
                    .reader
                    .reload()
                    .map_err(|error| IndexError::Tantivy {
                        doing: "reload",
                        error,
                    })
            });
        {
            // Only now can a search see these texts; after a failure, what
            // the index holds of these files is not known.
            let mut held = locked(&self.index.held);
            for (file, hash) in texts {
                match hash.filter(|_| committed.is_ok()) {
                    Some(hash) => held.insert(file, hash),
                    None => held.remove(&file),
                };
            }
        }
        committed?;
        self.index.save_meta().map_err(IndexError::SaveFileList)?;
        let (count, first) = std::mem::take(&mut self.refused);
        match first {
            Some(first) if count > 0 => Err(IndexError::Refused { count, first }),
            _ => Ok(()),
        }
    }
}

/// Counts a document the writer refused, for the next commit to say.
fn refuse(refused: &mut (usize, Option<String>), error: &tantivy::TantivyError) {
    refused.0 += 1;
    refused.1.get_or_insert_with(|| error.to_string());
}

/// How long a section preview may be, in characters: about three lines of a
/// hover popup.
const PREVIEW_CHARS: usize = 240;

/// Shortens `text` to at most `limit` characters, at a word boundary, with
/// an ellipsis when cut.
pub fn preview(text: &str, limit: usize) -> String {
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= limit {
        return flat;
    }
    let cut: String = flat.chars().take(limit).collect();
    let at_space = cut
        .rfind(' ')
        .filter(|&i| i > cut.len() / 2)
        .unwrap_or(cut.len());
    format!("{}…", cut[..at_space].trim_end_matches([',', '.', ' ']))
}

/// The per-workspace folder under `cache_root`, named after the workspace
/// path so two workspaces never share one.
pub fn workspace_cache_dir(cache_root: &Path, workspace: &Path) -> PathBuf {
    use std::hash::{Hash, Hasher};
    // FNV-1a: stable across Rust versions, unlike DefaultHasher.
    struct Fnv(u64);
    impl Hasher for Fnv {
        fn finish(&self) -> u64 {
            self.0
        }
        fn write(&mut self, bytes: &[u8]) {
            for byte in bytes {
                self.0 ^= u64::from(*byte);
                self.0 = self.0.wrapping_mul(0x100_0000_01b3);
            }
        }
    }
    let mut hasher = Fnv(0xcbf2_9ce4_8422_2325);
    workspace.hash(&mut hasher);
    let name = workspace
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or("workspace");
    let safe: String = name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    cache_root.join(format!("{safe}-{:016x}", hasher.finish()))
}

/// The user's cache root for review-ls (`$XDG_CACHE_HOME/review-ls`).
pub fn default_cache_root() -> Option<PathBuf> {
    dirs::cache_dir().map(|dir| dir.join("review-ls"))
}

impl TitleIndex {
    /// Opens (or creates, or rebuilds) the index in `dir`; falls back to
    /// memory when `dir` cannot be used.
    pub fn open(dir: &Path) -> (TitleIndex, OpenState) {
        let (schema, _) = schema();
        let meta_path = dir.join(META_FILE);
        let existing_meta: Option<Meta> = std::fs::read_to_string(&meta_path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok());
        let has_index = dir.join("meta.json").is_file();
        let attempt = || -> Result<(Index, Meta, OpenState), String> {
            std::fs::create_dir_all(dir)
                .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
            if has_index {
                match &existing_meta {
                    Some(meta) if meta.schema_version == SCHEMA_VERSION => {
                        match Index::open_in_dir(dir) {
                            Ok(index) if index.schema() == schema => {
                                return Ok((index, meta.clone(), OpenState::Reopened));
                            }
                            Ok(_) => wipe(dir)?,
                            Err(error) => {
                                wipe(dir)?;
                                let index = create(dir, &schema)?;
                                return Ok((
                                    index,
                                    fresh_meta(),
                                    OpenState::Rebuilt(format!(
                                        "the index was unreadable ({error})"
                                    )),
                                ));
                            }
                        }
                    }
                    Some(meta) => {
                        let version = meta.schema_version;
                        wipe(dir)?;
                        let index = create(dir, &schema)?;
                        return Ok((
                            index,
                            fresh_meta(),
                            OpenState::Rebuilt(format!(
                                "schema version {version} is not {SCHEMA_VERSION}"
                            )),
                        ));
                    }
                    None => {
                        wipe(dir)?;
                        let index = create(dir, &schema)?;
                        return Ok((
                            index,
                            fresh_meta(),
                            OpenState::Rebuilt(
                                "its file list was missing or unreadable".to_owned(),
                            ),
                        ));
                    }
                }
            }
            let index = create(dir, &schema)?;
            Ok((index, fresh_meta(), OpenState::Created))
        };
        match attempt().and_then(|(index, meta, state)| {
            let index = TitleIndex::from_index(index, meta, Location::Disk(dir.to_owned()))?;
            index
                .save_meta()
                .map_err(|e| format!("cannot write {}: {e}", meta_path.display()))?;
            Ok((index, state))
        }) {
            Ok(opened) => opened,
            Err(reason) => (TitleIndex::in_memory(reason), OpenState::InMemory),
        }
    }

    /// An index that lives only in memory.
    pub fn in_memory(reason: String) -> TitleIndex {
        let (schema, _) = schema();
        let index = Index::create_in_ram(schema);
        TitleIndex::from_index(index, fresh_meta(), Location::Memory(reason))
            .expect("an in-memory index always opens")
    }

    fn from_index(index: Index, meta: Meta, location: Location) -> Result<TitleIndex, String> {
        index
            .tokenizers()
            .register(tokenizer::NAME, TextAnalyzer::from(ReviewWords));
        let (_, fields) = schema();
        let writer = index
            .writer_with_num_threads(1, WRITER_BUDGET)
            .map_err(|e| format!("cannot open the index for writing: {e}"))?;
        // Reloaded by every commit here, and also when tantivy's background
        // merges change the segment list (it watches meta.json): with only
        // the first, the searcher kept the merged-away segments' files
        // mapped, and the pages the merge had read stayed resident (15 MB
        // after a 150,000-title catalog's cold start). A merge changes no
        // answer.
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::OnCommitWithDelay)
            .try_into()
            .map_err(|e| format!("cannot read the index: {e}"))?;
        Ok(TitleIndex {
            reader,
            writer: Mutex::new(Some(writer)),
            fields,
            location,
            counts: Mutex::new(CountCache::default()),
            file_docs: Mutex::new(None),
            held: Mutex::new(meta.texts.clone()),
            meta: Mutex::new(meta),
        })
    }

    /// The index's writer: `Some` the first time only, so that whoever
    /// asked first is the one place that writes.
    pub fn writer(self: &Arc<Self>) -> Option<TitleWriter> {
        let writer = locked(&self.writer).take()?;
        Some(TitleWriter {
            index: Arc::clone(self),
            writer,
            refused: (0, None),
            staged: false,
            texts: Vec::new(),
        })
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    /// Whether the committed index holds the reviews of `file` as read from
    /// a text of this [`text_hash`]: then a buffer with that text adds
    /// nothing to what a search finds.
    pub fn holds(&self, file: &str, hash: u64) -> bool {
        locked(&self.held).get(file) == Some(&hash)
    }

    /// Whether `file` was indexed with exactly this stamp.
    pub fn is_current(&self, file: &str, stamp: FileStamp) -> bool {
        self.meta.lock().expect("index meta").files.get(file) == Some(&stamp)
    }

    /// The files the index holds, for pruning those gone from disk.
    pub fn indexed_files(&self) -> Vec<String> {
        self.meta
            .lock()
            .expect("index meta")
            .files
            .keys()
            .cloned()
            .collect()
    }

    fn save_meta(&self) -> std::io::Result<()> {
        let Location::Disk(dir) = &self.location else {
            return Ok(());
        };
        let mut meta = self.meta.lock().expect("index meta").clone();
        meta.texts = locked(&self.held).clone();
        let text = serde_json::to_string(&meta).map_err(std::io::Error::other)?;
        // Write then rename, so a crash never leaves a half-written list.
        let temporary = dir.join(format!("{META_FILE}.tmp"));
        std::fs::write(&temporary, text)?;
        std::fs::rename(temporary, dir.join(META_FILE))
    }

    /// How many live documents have `key` in `field`: the term's document
    /// frequency in each segment, its postings walked only in a segment
    /// with deletions. (A query and a collector per count were a good part
    /// of a completion, which counts every candidate's reviews and catalog
    /// entries.)
    fn count(&self, field: Field, key: &TitleKey) -> usize {
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        {
            let cache = locked(&self.counts);
            if cache.generation == generation
                && let Some(&count) = cache.counts.get(&field).and_then(|counts| counts.get(key))
            {
                return count;
            }
        }
        let term = Term::from_field_text(field, key.as_str());
        let count = live_docs(&searcher, &term, None);
        let mut cache = locked(&self.counts);
        // Generations only grow: a count from an older searcher than the
        // cache's is not kept.
        if cache.generation < generation || cache.len >= COUNT_CACHE_LIMIT {
            cache.counts.clear();
            cache.len = 0;
            cache.generation = generation;
        }
        if cache.generation == generation {
            cache
                .counts
                .entry(field)
                .or_default()
                .insert(key.clone(), count);
            cache.len += 1;
        }
        count
    }

    /// Known titles matching what was typed: by prefix of the whole title,
    /// by the start of any of its words, then by words within a small edit
    /// distance. Ranked by match quality, then by how many reviews and
    /// catalog entries know the title, then shorter first.
    ///
    /// Each kind of match runs only while the list is not full: a prefix
    /// that already names more titles than fit never pays for the word and
    /// typo queries, which walk much more of the term dictionary.
    pub fn search(&self, typed: &str, limit: usize) -> TitleSearch {
        let typed_key = TitleKey::new(typed);
        if typed_key.is_empty() {
            return TitleSearch::default();
        }
        let searcher = self.reader.searcher();
        let fields = self.fields;
        // Capped result lists come in weight order — reviews first, then
        // shorter titles, as the ranking below breaks ties — so a few more
        // candidates than the list holds are enough to rank.
        let candidates = 2 * limit + 1;
        let collector = DistinctKeys {
            limit: candidates,
            key_field: "key",
            weight_field: "weight",
        };
        let words = tokenizer::tokens(typed);
        let mut matches: Vec<TitleMatch> = Vec::new();
        let mut truncated = false;
        for quality in [
            MatchQuality::Prefix,
            MatchQuality::Words,
            MatchQuality::Fuzzy,
        ] {
            if matches.len() > limit
                || quality == MatchQuality::Fuzzy && matches.len() >= FUZZY_BELOW
            {
                break;
            }
            let Some(query) = self.query_for(&searcher, quality, &typed_key, &words) else {
                continue;
            };
            let Ok(hits) = searcher.search(&*query, &collector) else {
                continue;
            };
            truncated |= hits.len() == candidates;
            let mut tier: Vec<TitleMatch> = Vec::new();
            for KeyHit { key, address, .. } in hits {
                // Found in an earlier tier.
                if matches.iter().any(|known| known.key.as_str() == key) {
                    continue;
                }
                let Ok(document) = searcher.doc::<TantivyDocument>(address) else {
                    continue;
                };
                let text = |field| document.get_first(field).and_then(|v| v.as_str());
                let Some(title) = text(fields.title) else {
                    continue;
                };
                let key = TitleKey::from_normalized(&key);
                tier.push(TitleMatch {
                    // Both counts are cached per searcher generation.
                    review_count: self.count(fields.review_key, &key),
                    catalog_count: self.catalog_count(&key),
                    year: document
                        .get_first(fields.year)
                        .and_then(|v| v.as_u64())
                        .and_then(|y| u16::try_from(y).ok()),
                    venue: text(fields.venue).map(str::to_owned),
                    key,
                    title: title.to_owned(),
                    quality,
                });
            }
            tier.sort_by(|a, b| {
                (b.review_count + b.catalog_count)
                    .cmp(&(a.review_count + a.catalog_count))
                    .then(a.title.len().cmp(&b.title.len()))
                    .then(a.title.cmp(&b.title))
            });
            matches.extend(tier);
        }
        truncated |= matches.len() > limit;
        matches.truncate(limit);
        TitleSearch { matches, truncated }
    }

    /// The query finding titles of one match quality; `None` when that kind
    /// of match cannot apply to what was typed.
    fn query_for(
        &self,
        searcher: &Searcher,
        quality: MatchQuality,
        typed_key: &TitleKey,
        words: &[tantivy::tokenizer::Token],
    ) -> Option<Box<dyn Query>> {
        let fields = self.fields;
        let last = words.len().checked_sub(1)?;
        match quality {
            MatchQuality::Prefix => Some(prefix_query(fields.key, typed_key.as_str())),
            MatchQuality::Words => {
                let clauses: Vec<(Occur, Box<dyn Query>)> = words
                    .iter()
                    .enumerate()
                    .map(|(i, token)| -> (Occur, Box<dyn Query>) {
                        let term = Term::from_field_text(fields.words, &token.text);
                        let exact =
                            || Box::new(TermQuery::new(term.clone(), IndexRecordOption::Basic));
                        if i < last {
                            return (Occur::Must, exact());
                        }
                        (Occur::Must, prefix_query(fields.words, &token.text))
                    })
                    .collect();
                Some(Box::new(BooleanQuery::new(clauses)))
            }
            MatchQuality::Fuzzy => {
                // Typos: words of five or more letters within one edit (two
                // from eight letters); shorter words must match as typed,
                // since one edit in a four-letter word is another word
                // (`Swin` / `twin`). The last word may still be half typed.
                //
                // A whole word that many titles use is spelled right: it is
                // matched as typed, which spares walking the dictionary for
                // its neighbours (the costliest query here, measured).
                let common = |term: &Term| searcher.doc_freq(term).unwrap_or(0) >= COMMON_WORD;
                let mut any_fuzzy = false;
                let clauses: Vec<(Occur, Box<dyn Query>)> = words
                    .iter()
                    .enumerate()
                    .map(|(i, token)| -> (Occur, Box<dyn Query>) {
                        let term = Term::from_field_text(fields.words, &token.text);
                        let distance = match token.text.chars().count() {
                            0..=4 => 0,
                            5..=7 => 1,
                            _ => 2,
                        };
                        if i < last && (distance == 0 || common(&term)) {
                            return (
                                Occur::Must,
                                Box::new(TermQuery::new(term, IndexRecordOption::Basic)),
                            );
                        }
                        any_fuzzy |= distance > 0;
                        let query = if i == last {
                            FuzzyTermQuery::new_prefix(term, distance, true)
                        } else {
                            FuzzyTermQuery::new(term, distance, true)
                        };
                        (Occur::Must, Box::new(query))
                    })
                    .collect();
                any_fuzzy.then(|| Box::new(BooleanQuery::new(clauses)) as Box<dyn Query>)
            }
        }
    }

    /// Every review and catalog entry of the paper with `key`.
    pub fn paper(&self, key: &TitleKey) -> Paper {
        let query = TermQuery::new(
            Term::from_field_text(self.fields.key, key.as_str()),
            IndexRecordOption::Basic,
        );
        let hits = self
            .reader
            .searcher()
            .search(&query, &TopDocs::with_limit(1_000).order_by_score())
            .unwrap_or_default();
        self.paper_of(key, hits.into_iter().map(|(_, address)| address))
    }

    /// The paper with `key` with at most `reviews` of its reviews (the
    /// best weighted) and all its catalog entries: what a completion item
    /// shows, without reading the hundreds of reviews a paper of a large
    /// workspace has.
    pub fn paper_sample(&self, key: &TitleKey, reviews: usize) -> Paper {
        self.paper_sample_except(key, reviews, &FileDocs::default())
    }

    /// The documents of `files`: what [`Self::paper_sample_except`] leaves
    /// out. Found once per request, however many papers it samples, and
    /// kept for the next request while the files and the searcher
    /// generation are the same (every request of an editor with documents
    /// open asks for the same files).
    pub fn docs_of_files(&self, files: &[&str]) -> Arc<FileDocs> {
        if files.is_empty() {
            return Arc::default();
        }
        let searcher = self.reader.searcher();
        let generation = searcher.generation().generation_id();
        if let Some((kept_generation, kept_files, docs)) = &*locked(&self.file_docs)
            && *kept_generation == generation
            && kept_files
                .iter()
                .map(String::as_str)
                .eq(files.iter().copied())
        {
            return Arc::clone(docs);
        }
        let any_file = BooleanQuery::new(
            files
                .iter()
                .map(|file| -> (Occur, Box<dyn Query>) {
                    (
                        Occur::Should,
                        Box::new(TermQuery::new(
                            Term::from_field_text(self.fields.file, file),
                            IndexRecordOption::Basic,
                        )),
                    )
                })
                .collect(),
        );
        let found = searcher
            .search(&any_file, &DocSetCollector)
            .unwrap_or_default();
        let docs = Arc::new(FileDocs(
            found
                .into_iter()
                .map(|address| doc_identity(&searcher, address))
                .collect(),
        ));
        let mut kept = locked(&self.file_docs);
        if kept
            .as_ref()
            .is_none_or(|(kept_generation, ..)| *kept_generation <= generation)
        {
            let files = files.iter().map(|file| (*file).to_owned()).collect();
            *kept = Some((generation, files, Arc::clone(&docs)));
        }
        docs
    }

    /// [`Self::paper_sample`] leaving out the documents `except` (of files
    /// whose current text a view lays over the index).
    pub fn paper_sample_except(&self, key: &TitleKey, reviews: usize, except: &FileDocs) -> Paper {
        let searcher = self.reader.searcher();
        let term = |field: Field| {
            TermQuery::new(
                Term::from_field_text(field, key.as_str()),
                IndexRecordOption::Basic,
            )
        };
        let by_weight = |limit: usize, order: Order| {
            TopDocs::with_limit(limit.max(1)).order_by_fast_field::<u64>("weight", order)
        };
        // Addresses cost little, documents read much: enough addresses to
        // fill the sample after leaving out `except`, then only the sample
        // is read.
        let mut addresses: Vec<tantivy::DocAddress> = searcher
            .search(
                &term(self.fields.review_key),
                &by_weight(reviews + except.0.len(), Order::Desc),
            )
            .unwrap_or_default()
            .into_iter()
            .map(|(_, address)| address)
            .filter(|address| !except.0.contains(&doc_identity(&searcher, *address)))
            .take(reviews)
            .collect();
        // Catalog entries weigh less than any review: the lightest
        // documents with the key are exactly the catalog's.
        let catalog = self.catalog_count(key);
        if catalog > 0 {
            addresses.extend(
                searcher
                    .search(&term(self.fields.key), &by_weight(catalog, Order::Asc))
                    .unwrap_or_default()
                    .into_iter()
                    .map(|(_, address)| address),
            );
        }
        self.paper_of(key, addresses.into_iter())
    }

    /// The paper made of these documents.
    fn paper_of(
        &self,
        key: &TitleKey,
        addresses: impl Iterator<Item = tantivy::DocAddress>,
    ) -> Paper {
        let searcher = self.reader.searcher();
        let fields = self.fields;
        let mut paper = Paper {
            key: key.clone(),
            reviews: Vec::new(),
            catalog: Vec::new(),
        };
        for address in addresses {
            let Ok(document) = searcher.doc::<TantivyDocument>(address) else {
                continue;
            };
            let text = |field| {
                document
                    .get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_owned)
            };
            let line = document
                .get_first(fields.line)
                .and_then(|v| v.as_u64())
                .unwrap_or(1) as usize;
            let title = text(fields.title).unwrap_or_default();
            let file = text(fields.file).unwrap_or_default();
            match text(fields.kind).as_deref() {
                Some("review") => {
                    let sections: Vec<(String, String)> = text(fields.sections)
                        .and_then(|json| serde_json::from_str(&json).ok())
                        .unwrap_or_default();
                    paper.reviews.push(ReviewRecord {
                        file,
                        line,
                        reviewer: text(fields.reviewer),
                        title,
                        sections: sections
                            .into_iter()
                            .filter_map(|(kind, text)| Some((SectionKind::from_name(&kind)?, text)))
                            .collect(),
                        summary: text(fields.summary).unwrap_or_default(),
                    });
                }
                _ => paper.catalog.push(CatalogRecord {
                    source: file,
                    line,
                    title,
                    authors: text(fields.authors)
                        .map(|a| {
                            a.split("; ")
                                .filter(|s| !s.is_empty())
                                .map(str::to_owned)
                                .collect()
                        })
                        .unwrap_or_default(),
                    year: document
                        .get_first(fields.year)
                        .and_then(|v| v.as_u64())
                        .and_then(|y| u16::try_from(y).ok()),
                    venue: text(fields.venue),
                }),
            }
        }
        paper
            .reviews
            .sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        paper
            .catalog
            .sort_by(|a, b| (&a.source, a.line).cmp(&(&b.source, b.line)));
        paper
    }

    /// Every title key the index's term dictionary holds (keys of deleted
    /// documents too, until their segment is merged): the candidates a
    /// near-miss table is built from, each checked here before it is used.
    pub fn keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        let searcher = self.reader.searcher();
        self.for_each_distinct_key(&searcher, &mut |key| keys.push(key.to_owned()));
        keys
    }

    /// The near-miss table of every title key the index holds, written
    /// straight from the term dictionaries (two walks of them, one
    /// searcher): at 150,000 catalog keys, gathering the keys first, then
    /// copying them into the table, was most of a cold start's peak.
    pub fn key_table(&self) -> crate::TitleTable {
        let searcher = self.reader.searcher();
        crate::TitleTable::of_distinct_keys(|each| {
            self.for_each_distinct_key(&searcher, each);
        })
    }

    /// Calls `each` once with every key of the segments' term dictionaries,
    /// in order: the segments' sorted streams merged, each read a chunk of
    /// keys at a time.
    fn for_each_distinct_key(&self, searcher: &Searcher, each: &mut dyn FnMut(&str)) {
        let dictionaries = self.key_dictionaries(searcher);
        let mut streams: Vec<KeyChunks<'_>> = dictionaries.iter().map(KeyChunks::new).collect();
        let mut current: Vec<u8> = Vec::new();
        while let Some(smallest) = streams.iter_mut().filter_map(KeyChunks::head).min() {
            current.clear();
            current.extend_from_slice(smallest);
            if let Ok(key) = std::str::from_utf8(&current) {
                each(key);
            }
            for stream in &mut streams {
                if stream.head() == Some(current.as_slice()) {
                    stream.next();
                }
            }
        }
    }

    /// The `key` field's term dictionary of each segment. On disk, read
    /// from the files with positioned reads rather than through tantivy's
    /// memory map: a walk of every key through the map left all their
    /// pages resident (12 MB with a 150,000-title catalog, at the moment of
    /// the cold start's peak); read this way, each chunk is dropped once
    /// walked.
    fn key_dictionaries(&self, searcher: &Searcher) -> Vec<TermDictionary> {
        #[cfg(unix)]
        if let Location::Disk(dir) = &self.location {
            let read: Option<Vec<TermDictionary>> = searcher
                .segment_readers()
                .iter()
                .map(|segment| {
                    let path = dir.join(format!("{}.term", segment.segment_id().uuid_string()));
                    let file = FileSlice::new(Arc::new(ReadAt::open(&path).ok()?));
                    let (footer, slice) = Footer::extract_footer(file).ok()?;
                    footer.is_compatible().ok()?;
                    let fields = CompositeFile::open(&slice).ok()?;
                    TermDictionary::open(fields.open_read(self.fields.key)?).ok()
                })
                .collect();
            if let Some(read) = read {
                return read;
            }
        }
        searcher
            .segment_readers()
            .iter()
            .filter_map(|segment| segment.inverted_index(self.fields.key).ok())
            .map(|inverted| inverted.terms().clone())
            .collect()
    }

    /// [`TitleIndex::key_table`], kept beside an index on disk: a warm
    /// start with a 150,000-title catalog spent most of its time making it
    /// again. The table is taken from the file when it was made under the
    /// index's file list as committed now (a hash of `review-ls-index.json`);
    /// otherwise it is written for the next time, unless the list changed
    /// while it was being made (then it is made in memory). A table made
    /// from a newer commit than its list holds extra keys at worst, which
    /// the index's counts drop. On disk the table is mapped, not read.
    pub fn key_table_cached(&self) -> crate::TitleTable {
        let Location::Disk(dir) = &self.location else {
            return self.key_table();
        };
        let fingerprint = || {
            use std::hash::{Hash, Hasher};
            let bytes = std::fs::read(dir.join(META_FILE)).ok()?;
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            bytes.hash(&mut hasher);
            Some(hasher.finish().to_le_bytes())
        };
        let Some(before) = fingerprint() else {
            return self.key_table();
        };
        let path = dir.join(KEYS_FILE);
        if let Some(table) = read_kept_table(dir, &before) {
            return table;
        }
        // Written straight to the file, then mapped: never held whole in
        // memory (it was 17 MB of a cold start's peak with a 150,000-title
        // catalog, and stayed resident). Written then renamed; a failure
        // only means making it again, in memory.
        let searcher = self.reader.searcher();
        let temporary = dir.join(format!("{KEYS_FILE}.{}.tmp", std::process::id()));
        let written = std::fs::File::create(&temporary).and_then(|file| {
            use std::io::Write;
            let mut out = std::io::BufWriter::new(file);
            out.write_all(&before)?;
            let complete = crate::TitleTable::write_distinct_keys(
                |each| self.for_each_distinct_key(&searcher, each),
                &mut out,
            )?;
            out.flush()?;
            Ok(complete)
        });
        if matches!(written, Ok(true))
            && fingerprint() == Some(before)
            && std::fs::rename(&temporary, &path).is_ok()
            && let Some(table) = read_kept_table(dir, &before)
        {
            return table;
        }
        let _ = std::fs::remove_file(&temporary);
        self.key_table()
    }

    /// A known title that `key` is a typo of, among `candidates` (keys
    /// within two edits of it, from a near-miss [`crate::TitleTable`] of the
    /// index's keys): none when `key` is short or known itself beyond its
    /// `own_documents`; else the closest candidate the index still holds
    /// that does not differ in digits (`YOLOv3` / `YOLOv4` are two papers),
    /// the best known of equals, with its best-weighted spelling. Only
    /// counts and the winner's spelling are read from the index.
    pub fn near_miss_among(
        &self,
        key: &TitleKey,
        own_documents: usize,
        candidates: &[(String, usize)],
    ) -> Option<(TitleKey, String)> {
        if key.as_str().chars().count() < crate::typos::NEAR_MISS_MIN_CHARS {
            return None;
        }
        // Every document with the key is a review or a catalog entry.
        let known_elsewhere = self
            .count(self.fields.key, key)
            .saturating_sub(own_documents);
        if known_elsewhere > 0 {
            return None;
        }
        let mut best: Option<(usize, usize, TitleKey)> = None;
        for (other, _) in candidates {
            let other = TitleKey::from_normalized(other);
            if other == *key || differs_in_digits(key.as_str(), other.as_str()) {
                continue;
            }
            let distance = strsim::damerau_levenshtein(key.as_str(), other.as_str());
            if distance == 0 || distance > 2 {
                continue;
            }
            // A key the index no longer holds (its file changed) is no title.
            let support = self.count(self.fields.key, &other);
            if support == 0 {
                continue;
            }
            let better = best.as_ref().is_none_or(|(d, s, k)| {
                near_miss_rank(distance, support, other.as_str())
                    < near_miss_rank(*d, *s, k.as_str())
            });
            if better {
                best = Some((distance, support, other));
            }
        }
        let (_, _, other) = best?;
        let searcher = self.reader.searcher();
        let query = TermQuery::new(
            Term::from_field_text(self.fields.key, other.as_str()),
            IndexRecordOption::Basic,
        );
        let (_, address) = searcher
            .search(
                &query,
                &TopDocs::with_limit(1).order_by_fast_field::<u64>("weight", Order::Desc),
            )
            .ok()?
            .into_iter()
            .next()?;
        let document = searcher.doc::<TantivyDocument>(address).ok()?;
        let title = document.get_first(self.fields.title)?.as_str()?.to_owned();
        Some((other, title))
    }

    /// The paper a piece of prose names, by its whole title or by the name
    /// it goes by (`short_title`); the one most reviews and catalog entries
    /// know when a name is shared.
    pub fn mentioned(&self, key: &TitleKey) -> Option<TitleKey> {
        let searcher = self.reader.searcher();
        // Most windows of prose are no title at all: the term dictionaries
        // say so without running a query.
        let known = |field: Field| {
            let term = Term::from_field_text(field, key.as_str());
            searcher.segment_readers().iter().any(|segment| {
                segment
                    .inverted_index(field)
                    .ok()
                    .and_then(|index| index.get_term_info(&term).ok().flatten())
                    .is_some()
            })
        };
        if known(self.fields.key) && self.count(self.fields.key, key) > 0 {
            return Some(key.clone());
        }
        if !known(self.fields.short_key) {
            return None;
        }
        let query = TermQuery::new(
            Term::from_field_text(self.fields.short_key, key.as_str()),
            IndexRecordOption::Basic,
        );
        let hits = searcher
            .search(
                &query,
                &TopDocs::with_limit(64).order_by_fast_field::<u64>("weight", Order::Desc),
            )
            .ok()?;
        // (reviews, all documents) per key.
        let mut support: Vec<(TitleKey, (u64, u64))> = Vec::new();
        for (weight, address) in hits {
            let weight = (u64::from(weight.is_some_and(|w| w >= REVIEW_WEIGHT)), 1);
            let Ok(document) = searcher.doc::<TantivyDocument>(address) else {
                continue;
            };
            let Some(found) = document.get_first(self.fields.key).and_then(|v| v.as_str()) else {
                continue;
            };
            match support
                .iter_mut()
                .find(|(known, _)| known.as_str() == found)
            {
                Some((_, total)) => *total = (total.0 + weight.0, total.1 + weight.1),
                None => support.push((TitleKey::from_normalized(found), weight)),
            }
        }
        // Most support first; of equals, the first key in order, so the
        // answer does not depend on segment order.
        support.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        support.into_iter().next().map(|(key, _)| key)
    }

    /// How many catalog entries have this title: every document with the
    /// key that is not a review (a second field of 150,000 keys, one per
    /// catalog title, would double the cost of indexing a catalog).
    pub(crate) fn catalog_count(&self, key: &TitleKey) -> usize {
        self.count(self.fields.key, key)
            .saturating_sub(self.count(self.fields.review_key, key))
    }

    /// How many reviews with this title are among `docs` (the documents of
    /// some files, [`TitleIndex::docs_of_files`]): the title's postings,
    /// usually a handful, checked against the set. (A query of the title
    /// and every file looked up one term per file per segment, for every
    /// candidate of a completion.)
    pub fn review_count_among(&self, key: &TitleKey, docs: &FileDocs) -> usize {
        if docs.0.is_empty() {
            return 0;
        }
        let term = Term::from_field_text(self.fields.review_key, key.as_str());
        let among = |segment, doc| docs.0.contains(&(segment, doc));
        live_docs(&self.reader.searcher(), &term, Some(&among))
    }

    /// How many reviews in the workspace have this title.
    pub fn review_count(&self, key: &TitleKey) -> usize {
        self.count(self.fields.review_key, key)
    }

    /// Reviews whose reviewer's name starts with `prefix`.
    pub fn reviews_by_reviewer_prefix(&self, prefix: &str, limit: usize) -> Vec<ReviewLocation> {
        let prefix = prefix.trim();
        if prefix.is_empty() {
            return Vec::new();
        }
        let searcher = self.reader.searcher();
        let query = prefix_query(self.fields.reviewer, prefix);
        let hits = searcher
            .search(&query, &TopDocs::with_limit(limit).order_by_score())
            .unwrap_or_default();
        let mut found = Vec::new();
        for (_, address) in hits {
            let Ok(document) = searcher.doc::<TantivyDocument>(address) else {
                continue;
            };
            let text = |field| {
                document
                    .get_first(field)
                    .and_then(|v| v.as_str())
                    .map(str::to_owned)
            };
            found.push(ReviewLocation {
                file: text(self.fields.file).unwrap_or_default(),
                line: document
                    .get_first(self.fields.line)
                    .and_then(|v| v.as_u64())
                    .unwrap_or(1) as usize,
                reviewer: text(self.fields.reviewer),
                title: text(self.fields.title).unwrap_or_default(),
            });
        }
        found.sort_by(|a, b| (&a.file, a.line).cmp(&(&b.file, b.line)));
        found
    }

    /// How many documents the index holds (reviews and catalog titles).
    pub fn document_count(&self) -> u64 {
        self.reader.searcher().num_docs()
    }
}

/// Typo matches are looked for only while fewer titles than this match as
/// typed: they are a fallback, and the costliest query.
const FUZZY_BELOW: usize = 5;

/// A word used by at least this many titles is taken as spelled right in
/// the typo query.
const COMMON_WORD: u64 = 3;

/// Every review weighs at least this; no catalog title does.
const REVIEW_WEIGHT: u64 = 1024;

/// The order capped result lists come in: reviews before catalog titles,
/// then shorter titles first, as `TitleIndex::search` breaks ties.
/// A review elsewhere: where it is (what search and references list).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReviewLocation {
    pub file: String,
    /// 1-based.
    pub line: usize,
    pub reviewer: Option<String>,
    pub title: String,
}

/// Documents of some files, by an identity that holds across searchers
/// (a segment's documents never change; a merge makes a new segment).
#[derive(Debug, Default)]
pub struct FileDocs(std::collections::HashSet<(tantivy::index::SegmentId, tantivy::DocId)>);

fn doc_identity(
    searcher: &Searcher,
    address: tantivy::DocAddress,
) -> (tantivy::index::SegmentId, tantivy::DocId) {
    (
        searcher.segment_reader(address.segment_ord).segment_id(),
        address.doc_id,
    )
}

/// How many live documents have `term`, among those `among` keeps when
/// given: the term's document frequency in a segment without deletions
/// when every document counts, else its postings walked.
fn live_docs(
    searcher: &Searcher,
    term: &Term,
    among: Option<&dyn Fn(tantivy::index::SegmentId, tantivy::DocId) -> bool>,
) -> usize {
    use tantivy::DocSet;
    searcher
        .segment_readers()
        .iter()
        .map(|segment| {
            let Ok(inverted) = segment.inverted_index(term.field()) else {
                return 0;
            };
            let Ok(Some(info)) = inverted.get_term_info(term) else {
                return 0;
            };
            let alive = segment.alive_bitset();
            if alive.is_none() && among.is_none() {
                return info.doc_freq as usize;
            }
            let Ok(mut postings) =
                inverted.read_postings_from_terminfo(&info, IndexRecordOption::Basic)
            else {
                return 0;
            };
            let id = segment.segment_id();
            let mut count = 0;
            let mut doc = postings.doc();
            while doc != tantivy::TERMINATED {
                let live = alive.is_none_or(|alive| alive.is_alive(doc));
                count += usize::from(live && among.is_none_or(|among| among(id, doc)));
                doc = postings.advance();
            }
            count
        })
        .sum()
}

/// How many keys of one segment [`KeyChunks`] holds at a time.
const KEY_CHUNK: usize = 4_096;

/// A term dictionary's keys in order, read [`KEY_CHUNK`] at a time.
struct KeyChunks<'a> {
    dictionary: &'a TermDictionary,
    /// The chunk's keys, one after the other; `ends` says where each ends.
    keys: Vec<u8>,
    ends: Vec<usize>,
    /// The key `head` gives, in `ends`.
    at: usize,
    /// The dictionary has no key after this chunk.
    last_chunk: bool,
}

impl<'a> KeyChunks<'a> {
    fn new(dictionary: &'a TermDictionary) -> KeyChunks<'a> {
        let mut chunks = KeyChunks {
            dictionary,
            keys: Vec::new(),
            ends: Vec::new(),
            at: 0,
            last_chunk: false,
        };
        chunks.read(None);
        chunks
    }

    /// The key this stream is at; `None` once it is done (or a read
    /// failed: a key table short of some keys only misses near misses).
    fn head(&mut self) -> Option<&[u8]> {
        if self.at == self.ends.len() && !self.last_chunk {
            let after = self.key(self.ends.len().checked_sub(1)?).to_vec();
            self.read(Some(&after));
        }
        (self.at < self.ends.len()).then(|| self.key(self.at))
    }

    fn next(&mut self) {
        self.at += 1;
    }

    fn key(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.keys[start..self.ends[i]]
    }

    /// Reads the next chunk: the keys after `after`.
    fn read(&mut self, after: Option<&[u8]>) {
        self.keys.clear();
        self.ends.clear();
        self.at = 0;
        let mut range = self.dictionary.range().limit(KEY_CHUNK as u64);
        if let Some(after) = after {
            range = range.gt(after);
        }
        if let Ok(mut stream) = range.into_stream() {
            while self.ends.len() < KEY_CHUNK && stream.advance() {
                self.keys.extend_from_slice(stream.key());
                self.ends.push(self.keys.len());
            }
        }
        self.last_chunk = self.ends.len() < KEY_CHUNK;
    }
}

/// A file read with positioned reads, for [`FileSlice`]: what is read is
/// the caller's, and nothing stays mapped.
#[cfg(unix)]
#[derive(Debug)]
struct ReadAt {
    file: std::fs::File,
    len: usize,
}

#[cfg(unix)]
impl ReadAt {
    fn open(path: &Path) -> std::io::Result<ReadAt> {
        let file = std::fs::File::open(path)?;
        let len = usize::try_from(file.metadata()?.len()).map_err(std::io::Error::other)?;
        Ok(ReadAt { file, len })
    }
}

#[cfg(unix)]
impl tantivy::HasLen for ReadAt {
    fn len(&self) -> usize {
        self.len
    }
}

#[cfg(unix)]
impl FileHandle for ReadAt {
    fn read_bytes(&self, range: std::ops::Range<usize>) -> std::io::Result<OwnedBytes> {
        use std::os::unix::fs::FileExt;
        let mut bytes = vec![0; range.len()];
        self.file.read_exact_at(&mut bytes, range.start as u64)?;
        Ok(OwnedBytes::new(bytes))
    }
}

/// A lock whose holder panicked still guards consistent data here: every
/// value behind these locks is replaced whole.
fn locked<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|error| error.into_inner())
}

fn weight(review: bool, title: &str) -> u64 {
    let shortness = REVIEW_WEIGHT - 1 - title.chars().count().min(1023) as u64;
    if review {
        REVIEW_WEIGHT + shortness
    } else {
        shortness
    }
}

/// The key of the title's prose name, when it has one.
fn add_short_key(document: &mut TantivyDocument, fields: Fields, title: &str) {
    if let Some(short) = short_title(title) {
        let key = TitleKey::new(short);
        if !key.is_empty() {
            document.add_text(fields.short_key, key.as_str());
        }
    }
}

/// Year and venue are optional on reviews and catalog titles alike.
fn add_year_and_venue(
    document: &mut TantivyDocument,
    fields: Fields,
    year: Option<u16>,
    venue: Option<&str>,
) {
    if let Some(year) = year {
        document.add_u64(fields.year, u64::from(year));
    }
    if let Some(venue) = venue {
        document.add_text(fields.venue, venue);
    }
}

/// Every term of `field` that starts with `prefix`: a range of the term
/// dictionary. (A regex query compiled an automaton per keystroke: nearly
/// half of a completion's time.)
fn prefix_query(field: Field, prefix: &str) -> Box<dyn Query> {
    let mut query = PhrasePrefixQuery::new(vec![Term::from_field_text(field, prefix)]);
    // Every title with that prefix, not the first 50 in key order: the
    // ranking needs them all.
    query.set_max_expansions(u32::MAX);
    Box::new(query)
}

fn fresh_meta() -> Meta {
    Meta {
        schema_version: SCHEMA_VERSION,
        files: BTreeMap::new(),
        texts: BTreeMap::new(),
    }
}

fn create(dir: &Path, schema: &Schema) -> Result<Index, String> {
    Index::create_in_dir(dir, schema.clone())
        .map_err(|e| format!("cannot create an index in {}: {e}", dir.display()))
}

/// The near-miss table kept in `dir` when it was made under the file list
/// `fingerprint`: mapped where tantivy maps the index's own files (only the
/// pages lookups touch become resident), else read.
fn read_kept_table(dir: &Path, fingerprint: &[u8]) -> Option<crate::TitleTable> {
    #[cfg(unix)]
    let bytes = {
        use tantivy::Directory;
        tantivy::directory::MmapDirectory::open(dir)
            .ok()?
            .open_read(Path::new(KEYS_FILE))
            .ok()?
            .read_bytes()
            .ok()?
    };
    #[cfg(not(unix))]
    let bytes = OwnedBytes::new(std::fs::read(dir.join(KEYS_FILE)).ok()?);
    if !bytes.as_slice().starts_with(fingerprint) {
        return None;
    }
    crate::TitleTable::from_mapped(bytes.slice(fingerprint.len()..bytes.len()))
}

/// Empties the index folder (only files this code would have written).
fn wipe(dir: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    for entry in entries.flatten() {
        let path = entry.path();
        let removal = if path.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        removal.map_err(|e| format!("cannot remove {}: {e}", path.display()))?;
    }
    Ok(())
}
