//! The server's title index: where it lives, and a cheap near-miss lookup
//! for diagnostics on every keystroke.
//!
//! The index is a [`TitleIndex`] in a per-workspace folder of the user's
//! cache (see [`cache_root`]); when that folder cannot be used it lives in
//! memory and the user is told once. Changes are sent to the index's one
//! writer (`writer.rs`) and committed in batches (one commit per workspace
//! scan, and a debounced one after edits): a commit costs tens of
//! milliseconds, too much for a keystroke.
//!
//! `near-miss-title` asks the index about every title of a file on every
//! check. The answer only changes when the index does, so it is cached per
//! title key and the cache is cleared after each commit.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use review_analysis::KnownTitles;
use review_index::{
    FileStamp, OpenState, TitleIndex, TitleTable, default_cache_root, workspace_cache_dir,
};
use review_syntax::TitleKey;

use crate::writer::{IndexJobs, WriterThread};

/// The environment variable that moves the cache root (tests, sandboxes,
/// read-only homes). The `initializationOptions` key `cacheDirectory` does
/// the same per session and wins over it.
pub const CACHE_DIR_VARIABLE: &str = "REVIEW_LS_CACHE_DIR";

type NearMiss = Option<(TitleKey, String)>;

/// The stamp recorded for a file staged from an editor buffer: no file on
/// disk has it, so the next scan re-reads the file (the buffer may never
/// have been saved), and prunes it when there is no such file. Without a
/// stamp the index would not list the file at all, and a buffer never saved
/// would stay in the cache for good.
pub const BUFFER_STAMP: FileStamp = FileStamp {
    size: u64::MAX,
    modified_ns: 0,
};

/// The title index, its writer, and the near-miss answers given since its
/// last commit.
pub struct Titles {
    /// The read side, shared with snapshots.
    pub index: Arc<TitleIndex>,
    /// The only way to write it.
    pub jobs: IndexJobs,
    /// Stops and waits for the writer when these titles are dropped.
    _writer: WriterThread,
    near_misses: Mutex<HashMap<(TitleKey, usize), NearMiss>>,
    /// Where near-miss candidates come from (a fuzzy query builds a
    /// Levenshtein automaton per title: most of a didOpen's time).
    keys: Mutex<KeyTables>,
}

/// Every title key the index may hold, cut into pieces for near-miss
/// lookups: a table of the keys the index held after its last scan or
/// catalog commit, and a small one of the keys staged since. Keys that are
/// gone from the index stay until the next rebuild; the index's counts
/// drop them.
#[derive(Default)]
struct KeyTables {
    built: Arc<TitleTable>,
    added: HashSet<TitleKey>,
    /// The table of `added`, made when a lookup needs it: a branch switch
    /// stages thousands of files one by one, and rebuilding per file would
    /// cost the square of their number.
    added_table: Option<Arc<TitleTable>>,
}
impl std::fmt::Debug for Titles {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Titles")
            .field("location", self.index.location())
            .finish_non_exhaustive()
    }
}

impl Titles {
    pub fn new(index: TitleIndex) -> Titles {
        let index = Arc::new(index);
        let (jobs, writer) = IndexJobs::start(&index);
        Titles {
            jobs,
            _writer: writer,
            index,
            near_misses: Mutex::new(HashMap::new()),
            keys: Mutex::new(KeyTables::default()),
        }
    }

    /// Forgets cached answers: call after every commit.
    pub fn committed(&self) {
        self.near_misses
            .lock()
            .unwrap_or_else(|error| error.into_inner())
            .clear();
    }

    /// Forgets the cached answers that a commit changing only the keys in
    /// `changed` (added or removed) may have changed: those about a key
    /// within two edits of one of them, the most `near_miss` looks at.
    /// Typing in a title changes a key or two, and the other titles of the
    /// open files keep their answers.
    pub fn committed_keys(&self, changed: &[TitleKey]) {
        if changed.is_empty() {
            return;
        }
        self.near_misses
            .lock()
            .unwrap_or_else(|error| error.into_inner())
            .retain(|(key, _), _| {
                !changed.iter().any(|other| {
                    let (a, b) = (key.as_str(), other.as_str());
                    // Two edits change at most two characters of four bytes.
                    a.len().abs_diff(b.len()) <= 2 * 4 && strsim::damerau_levenshtein(a, b) <= 2
                })
            });
    }

    /// Installs a table from [`TitleIndex::key_table_cached`] (built after a
    /// scan or catalog commit, off the async threads); the keys staged
    /// since are kept as well (the table may predate them).
    pub fn set_key_table(&self, table: TitleTable) {
        let mut keys = self.keys.lock().unwrap_or_else(|error| error.into_inner());
        keys.added.retain(|key| table.count(key.as_str()) == 0);
        keys.added_table = None;
        keys.built = Arc::new(table);
        drop(keys);
        // Answers given without these candidates may change.
        self.committed();
    }

    /// Keys staged in the index since the table was built (an edited
    /// buffer's titles, a file changed on disk).
    pub fn add_keys<'k>(&self, added: impl IntoIterator<Item = &'k TitleKey>) {
        let mut keys = self.keys.lock().unwrap_or_else(|error| error.into_inner());
        for key in added {
            if keys.built.count(key.as_str()) == 0 && keys.added.insert(key.clone()) {
                keys.added_table = None;
            }
        }
    }

    fn candidates(&self, key: &TitleKey) -> Vec<(String, usize)> {
        let (built, added) = {
            let mut keys = self.keys.lock().unwrap_or_else(|error| error.into_inner());
            let KeyTables {
                built,
                added,
                added_table,
            } = &mut *keys;
            let added_table = added_table
                .get_or_insert_with(|| {
                    Arc::new(TitleTable::build(added.iter().map(|key| (key, ""))))
                })
                .clone();
            (built.clone(), added_table)
        };
        let mut found = built.near_keys(key.as_str());
        found.extend(added.near_keys(key.as_str()));
        found
    }

    /// A view for checking the file known as `file`.
    pub fn for_file<'a>(&'a self, file: &'a str) -> FileTitles<'a> {
        FileTitles { titles: self, file }
    }

    fn cached_near_miss(&self, key: &TitleKey, own_documents: usize) -> Option<NearMiss> {
        self.near_misses
            .lock()
            .unwrap_or_else(|error| error.into_inner())
            .get(&(key.clone(), own_documents))
            .cloned()
    }

    fn near_miss(&self, key: &TitleKey, own_documents: usize) -> NearMiss {
        if let Some(cached) = self.cached_near_miss(key, own_documents) {
            return cached;
        }
        let cache_key = (key.clone(), own_documents);
        let found = self
            .index
            .near_miss_among(key, own_documents, &self.candidates(key));
        self.near_misses
            .lock()
            .unwrap_or_else(|error| error.into_inner())
            .insert(cache_key, found.clone());
        found
    }
}

/// The known titles as seen from one file: a title known only from this
/// file's own reviews is not "known". The index holds an open buffer's text
/// as of the last commit, so while a title is being typed its earlier,
/// shorter spelling is still indexed; without this, every keystroke would
/// look like a typo of the keystrokes before it.
pub struct FileTitles<'a> {
    titles: &'a Titles,
    file: &'a str,
}

impl KnownTitles for FileTitles<'_> {
    fn near_miss(&self, key: &TitleKey, own_documents: usize) -> NearMiss {
        // A title typed since the last commit is not looked up yet: it
        // changes with every keystroke, so a fuzzy lookup (several
        // milliseconds against 150,000 titles) would be paid per keystroke
        // and never reused, and a title half typed is no typo. The commit
        // that follows a pause in typing re-checks the file.
        let found = match self.titles.cached_near_miss(key, own_documents) {
            // Answered since the last commit that could change the answer.
            Some(cached) => cached,
            None if self.titles.index.review_count(key) < own_documents => return None,
            None => self.titles.near_miss(key, own_documents),
        };
        let (known, spelling) = found?;
        // Rare (a near miss was found): one more lookup is cheap.
        let paper = self.titles.index.paper(&known);
        let only_here =
            paper.catalog.is_empty() && paper.reviews.iter().all(|review| review.file == self.file);
        (!only_here).then_some((known, spelling))
    }
}

/// The cache root: `initializationOptions.cacheDirectory`, else
/// `$REVIEW_LS_CACHE_DIR`, else the user's cache (`$XDG_CACHE_HOME/review-ls`).
pub fn cache_root(option: Option<&str>) -> Option<PathBuf> {
    if let Some(option) = option.filter(|option| !option.is_empty()) {
        return Some(PathBuf::from(option));
    }
    match std::env::var_os(CACHE_DIR_VARIABLE) {
        Some(value) if !value.is_empty() => Some(PathBuf::from(value)),
        _ => default_cache_root(),
    }
}

/// Opens the index of `workspace` under `root`. The second value is what to
/// tell the user, once, when the index could not be kept on disk; the third
/// is a line for the log.
pub fn open(root: Option<&Path>, workspace: Option<&Path>) -> (Titles, Option<String>, String) {
    let (Some(root), Some(workspace)) = (root, workspace) else {
        let reason = if workspace.is_none() {
            "no workspace folder is open"
        } else {
            "no cache directory is known (set REVIEW_LS_CACHE_DIR)"
        };
        let index = TitleIndex::in_memory(reason.to_owned());
        // Without a workspace there is nothing to keep: no need to say so.
        let show = workspace
            .is_some()
            .then(|| format!("review-ls: the title index is kept in memory: {reason}"));
        let log = format!("review-ls: title index in memory ({reason})");
        return (Titles::new(index), show, log);
    };
    let dir = workspace_cache_dir(root, workspace);
    let (index, state) = TitleIndex::open(&dir);
    let (show, log) = match &state {
        OpenState::InMemory => {
            let reason = match index.location() {
                review_index::Location::Memory(reason) => reason.clone(),
                review_index::Location::Disk(_) => String::new(),
            };
            (
                Some(format!(
                    "review-ls: the title index is kept in memory for this session: {reason}"
                )),
                format!("review-ls: title index in memory ({reason})"),
            )
        }
        OpenState::Created => (
            None,
            format!("review-ls: title index created in {}", dir.display()),
        ),
        OpenState::Reopened => (
            None,
            format!(
                "review-ls: title index reopened from {} ({} documents)",
                dir.display(),
                index.document_count()
            ),
        ),
        OpenState::Rebuilt(why) => (
            None,
            format!("review-ls: title index rebuilt in {}: {why}", dir.display()),
        ),
    };
    (Titles::new(index), show, log)
}
