//! Everything the server knows, behind one `std::sync::Mutex`: the one
//! owner of change. Edits, watched files, configuration, scan results and
//! catalog loads are applied here, in the order received; requests only
//! take a snapshot from it ([`State::analysis`]) and are answered from that
//! with the lock released (`analysis.rs`).
//!
//! tower-lsp runs handlers concurrently (a `buffer_unordered(4)` stream), so
//! a `didChange` could be overtaken by the request sent after it if it
//! awaited anything before storing the new text. Every method here is
//! synchronous and is called before a handler's first `.await`: a handler's
//! first poll happens in the order the messages arrived, so a request always
//! sees every edit sent before it, and so does the snapshot it takes. Notifications produced on the way
//! (diagnostics, log messages) are queued in order on an unbounded channel
//! that one task drains (see `server.rs`), so they keep that order too.
//!
//! Files are known to the analysis by a key: their path relative to the
//! workspace folder holding them (what messages show), else their full path,
//! else their URI.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use review_analysis::{
    CONFIG_FILE_NAME, Config, FileReviews, FileSite, ReviewIndex, check_file_with_titles,
};
use review_files::{
    ConfigLoadError, FileFilter, LoadedConfig, ReadNote, file_site, is_catalog_file, load_config,
    notes_per_folder, read_review_file,
};
use review_index::{FileStamp, TitleIndex};
use review_syntax::{ParsedFile, TitleKey};
use tower_lsp_server::ls_types::{
    Diagnostic, DidChangeTextDocumentParams, FileChangeType, FileEvent, Location, MessageType, Uri,
};

pub use crate::analysis::Reading;
use crate::analysis::{self, Analysis, DiskFile, OpenView, root_name};
use crate::document::{Document, Snapshot};
use crate::line_index::PositionEncoding;
use crate::titles::{self, Titles};
use crate::to_proto;
use crate::writer::StagedFile;

/// A notification for the client, queued in order by synchronous code.
#[derive(Debug)]
pub enum Outgoing {
    Diagnostics {
        uri: Uri,
        diagnostics: Vec<Diagnostic>,
        version: Option<i32>,
    },
    Log(MessageType, String),
    Show(MessageType, String),
}

#[derive(Debug)]
struct OpenDocument {
    key: Arc<str>,
    document: Document,
    /// The findings last published for this document: code actions and
    /// hovers answer from them instead of running every rule again.
    findings: Arc<[review_analysis::Finding]>,
}

/// A file read by a workspace scan as it is kept until the scan is
/// installed: its reviews, not its text or parse (at 20,000 files those
/// made most of the scan's peak memory).
pub struct ScannedFile {
    pub path: PathBuf,
    /// Read off the thread that installs the scan.
    pub reviews: FileReviews,
    /// See [`DiskFile::hash`].
    pub hash: u64,
    /// The file's size and modification time when it was read (`None`: not
    /// known, as for a file gone since), and whether it was parsed as its
    /// folder's only note: what the scan cache checks (`scan_cache.rs`).
    pub stamp: Option<FileStamp>,
    pub only_note_in_folder: bool,
}

impl ScannedFile {
    /// What the state keeps of a note the scan read, and its text and
    /// parse for the title index.
    pub fn of(note: ReadNote) -> (ScannedFile, String, ParsedFile) {
        let scanned = ScannedFile {
            reviews: note.reviews,
            hash: analysis::text_hash(&note.text),
            stamp: FileStamp::of(&note.path),
            only_note_in_folder: note.site.only_note_in_folder,
            path: note.path,
        };
        (scanned, note.text, note.parsed)
    }
}

#[derive(Debug)]
pub struct State {
    pub encoding: PositionEncoding,
    /// When title completions' previews are made (from the client's
    /// capabilities).
    pub previews: review_index::ide::Previews,
    /// What the background scan has still to read.
    pub reading: Reading,
    pub roots: Vec<PathBuf>,
    pub loaded: LoadedConfig,
    /// `loaded.config`, shared with snapshots.
    config: Arc<Config>,
    pub filter: FileFilter,
    /// The configuration file whose error is shown, to clear it once fixed.
    config_error_uri: Option<Uri>,
    documents: HashMap<Uri, OpenDocument>,
    /// Shared with the snapshots taken since it last changed.
    disk_files: Arc<HashMap<String, Arc<DiskFile>>>,
    reviews: ReviewIndex,
    /// Files already reported as unreadable, so each is reported once.
    reported_unreadable: HashSet<PathBuf>,
    /// Bumped by every scan, so that a slow older scan cannot overwrite a
    /// newer one's results.
    pub scan_generation: u64,
    /// The review files the watcher reported since the latest scan began:
    /// that scan may have read one before it changed or was deleted, so
    /// they are refreshed again once its results are installed.
    watched_during_scan: HashSet<PathBuf>,
    pub outgoing: Vec<Outgoing>,
    /// Titles, reviewers and summaries of the workspace and its catalogs.
    pub titles: Titles,
    /// Open documents edited since their text was last staged in `titles`.
    unstaged_buffers: HashSet<Uri>,
    /// Whether `titles` has staged changes that are not committed yet.
    titles_dirty: bool,
    /// The title keys of each open buffer as last staged, so that staging
    /// it again can tell which keys changed (see `Titles::committed_keys`).
    staged_keys: HashMap<Uri, Vec<TitleKey>>,
    /// Whether something other than buffers was staged since the last
    /// commit (files on disk): any cached answer may have changed.
    titles_changed_widely: bool,
    /// Open documents edited since their findings were last published: a
    /// burst of edits is checked once, for its newest version (see
    /// [`State::check_edited`]).
    edited: HashSet<Uri>,
    /// The papers whose reviews those edits changed: other open documents
    /// reviewing them are checked again with them.
    edited_papers: HashSet<TitleKey>,
    /// The rules' documentation in the cache root, which diagnostics link
    /// to; `None` when it could not be written there.
    pub rule_docs: Option<Arc<to_proto::RuleDocs>>,
    /// Catalog problems already logged, so that each is logged once.
    reported_catalog_problems: HashSet<String>,
    /// The keys of the catalog files last read, so that one deleted or no
    /// longer configured is removed from the index.
    pub catalog_keys: HashSet<String>,
}

/// What a batch of watched-file events asks of the server.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WatchedChange {
    /// The configuration changed: scan the workspace again.
    pub rescan: bool,
    /// A catalog file changed: read the catalogs again.
    pub catalogs: bool,
}

/// Who reviewed what where, per file: when it changes, other open files'
/// `duplicate-review` findings may change too.
type ReviewSignature = Vec<(String, TitleKey, usize)>;

fn review_signature(snapshot: &Snapshot) -> ReviewSignature {
    snapshot
        .parsed
        .entries
        .iter()
        .filter_map(|entry| {
            let reviewer = entry.header.reviewer.as_ref()?;
            let title = entry.header.title.as_ref()?;
            Some((
                reviewer.name.clone(),
                title.key.clone(),
                snapshot.index.line_of(title.range.start),
            ))
        })
        .collect()
}

/// The title keys of a document's reviews, sorted.
fn title_keys(snapshot: &Snapshot) -> Vec<TitleKey> {
    let mut keys: Vec<TitleKey> = snapshot
        .parsed
        .entries
        .iter()
        .filter_map(|entry| entry.title_key().cloned())
        .collect();
    keys.sort();
    keys
}

/// The path of a `file:` URI; `None` for other schemes (`untitled:` …).
fn file_path(uri: &Uri) -> Option<PathBuf> {
    if uri.scheme().as_str() != "file" {
        return None;
    }
    uri.to_file_path().map(|path| path.into_owned())
}

fn is_config_file(path: &Path) -> bool {
    path.file_name()
        .is_some_and(|name| name == CONFIG_FILE_NAME)
}

fn default_loaded(base: PathBuf) -> LoadedConfig {
    LoadedConfig {
        config: Config::default(),
        path: None,
        base,
    }
}

impl Default for State {
    fn default() -> State {
        let loaded = default_loaded(PathBuf::from("."));
        State {
            reading: Reading::default(),
            encoding: PositionEncoding::default(),
            previews: review_index::ide::Previews::Now,
            roots: Vec::new(),
            filter: FileFilter::new(&loaded),
            config: Arc::new(loaded.config.clone()),
            loaded,
            config_error_uri: None,
            documents: HashMap::new(),
            disk_files: Arc::default(),
            reviews: ReviewIndex::new(),
            reported_unreadable: HashSet::new(),
            scan_generation: 0,
            watched_during_scan: HashSet::new(),
            outgoing: Vec::new(),
            titles: Titles::new(TitleIndex::in_memory(
                "the server is not initialized".to_owned(),
            )),
            unstaged_buffers: HashSet::new(),
            titles_dirty: false,
            staged_keys: HashMap::new(),
            titles_changed_widely: false,
            edited: HashSet::new(),
            edited_papers: HashSet::new(),
            rule_docs: None,
            reported_catalog_problems: HashSet::new(),
            catalog_keys: HashSet::new(),
        }
    }
}

/// The key a file is known by (see the module docs): its path relative to
/// the first workspace folder holding it — behind that folder's name when
/// there are several folders, so that `a/notes.md` and `b/notes.md` stay
/// two files — else its full path.
pub fn file_key(roots: &[PathBuf], path: &Path) -> String {
    for root in roots {
        if let Ok(relative) = path.strip_prefix(root) {
            let mut parts: Vec<String> = relative
                .components()
                .map(|part| part.as_os_str().to_string_lossy().into_owned())
                .collect();
            if roots.len() > 1 {
                parts.insert(0, root_name(root));
            }
            return parts.join("/");
        }
    }
    path.display().to_string()
}

impl State {
    pub fn config(&self) -> &Config {
        &self.config
    }

    /// Installs a loaded configuration (and the filter and shared copy
    /// made from it).
    fn set_loaded(&mut self, loaded: LoadedConfig) {
        self.filter = FileFilter::new(&loaded);
        self.config = Arc::new(loaded.config.clone());
        self.loaded = loaded;
    }

    /// The key a file is known by (see the module docs).
    fn key_for_path(&self, path: &Path) -> String {
        file_key(&self.roots, path)
    }

    fn key_for_uri(&self, uri: &Uri) -> String {
        match file_path(uri) {
            Some(path) => self.key_for_path(&path),
            None => uri.as_str().to_owned(),
        }
    }

    fn log(&mut self, level: MessageType, message: String) {
        self.outgoing.push(Outgoing::Log(level, message));
    }

    /// Sets the workspace folders and loads their configuration.
    pub fn set_roots(&mut self, roots: Vec<PathBuf>) {
        self.roots = roots;
        if let Some(root) = self.roots.first() {
            self.set_loaded(default_loaded(root.clone()));
        }
        self.load_configuration();
    }

    /// Loads the configuration for the first workspace folder. A broken file
    /// is reported on itself and the previous settings stay (the defaults at
    /// startup). Returns whether the settings changed.
    pub fn load_configuration(&mut self) -> bool {
        let Some(root) = self.roots.first().cloned() else {
            return false;
        };
        match load_config(&root) {
            Ok(loaded) => {
                if let Some(uri) = self.config_error_uri.take() {
                    self.outgoing.push(Outgoing::Diagnostics {
                        uri,
                        diagnostics: Vec::new(),
                        version: None,
                    });
                }
                self.set_loaded(loaded);
                let config = self.config.clone();
                let sites: Vec<(Uri, Option<FileSite>)> = self
                    .documents
                    .keys()
                    .map(|uri| {
                        (
                            uri.clone(),
                            file_path(uri).and_then(|path| self.site_of(&path)),
                        )
                    })
                    .collect();
                for (uri, site) in sites {
                    if let Some(open) = self.documents.get_mut(&uri) {
                        open.document.site = site;
                        open.document.reparse(&config);
                    }
                }
                true
            }
            Err(ConfigLoadError::Invalid(error)) => {
                let path = PathBuf::from(&error.path);
                let text = std::fs::read_to_string(&path).unwrap_or_default();
                if let Some(uri) = Uri::from_file_path(&path) {
                    let diagnostic = to_proto::config_diagnostic(&text, &error, self.encoding);
                    self.outgoing.push(Outgoing::Diagnostics {
                        uri: uri.clone(),
                        diagnostics: vec![diagnostic],
                        version: None,
                    });
                    self.config_error_uri = Some(uri);
                }
                let message = format!("review-ls: {error}; keeping the previous settings");
                self.outgoing
                    .push(Outgoing::Show(MessageType::ERROR, message.clone()));
                self.log(MessageType::ERROR, message);
                false
            }
            Err(error @ ConfigLoadError::Io { .. }) => {
                let message = format!("review-ls: {error}; keeping the previous settings");
                self.outgoing
                    .push(Outgoing::Show(MessageType::ERROR, message.clone()));
                self.log(MessageType::ERROR, message);
                false
            }
        }
    }

    /// Where a file stands for the workspace's configuration, with the
    /// notes of its folder counted on disk.
    fn site_of(&self, path: &Path) -> Option<FileSite> {
        let counts = notes_per_folder([path]);
        Some(file_site(&self.loaded, path, &counts))
    }

    pub fn open(&mut self, uri: Uri, version: i32, text: String) {
        let key = self.key_for_uri(&uri);
        // Opening a file as it is on disk changes nothing the workspace
        // knows: the other open documents keep their findings, and the
        // title index already holds it (the usual case, and the one that
        // made opening 20 files cost 20 re-checks of every open file).
        let as_on_disk = self
            .disk_files
            .get(&key)
            .is_some_and(|file| file.hash == analysis::text_hash(&text));
        let site = file_path(&uri).and_then(|path| self.site_of(&path));
        let document = Document::new(version, text, self.config(), site);
        self.reviews
            .insert_file(&key, &document.snapshot.text, &document.snapshot.parsed);
        let keys = title_keys(&document.snapshot);
        self.documents.insert(
            uri.clone(),
            OpenDocument {
                key: key.into(),
                document,
                findings: Arc::default(),
            },
        );
        if as_on_disk {
            // What the index holds for it, to stage later edits by difference.
            self.staged_keys.insert(uri.clone(), keys);
        } else {
            self.unstaged_buffers.insert(uri.clone());
            self.titles_dirty = true;
            self.publish_others(&uri);
        }
        self.publish(&uri);
    }

    pub fn change(&mut self, params: &DidChangeTextDocumentParams) {
        let uri = &params.text_document.uri;
        let Some(open) = self.documents.get_mut(uri) else {
            let message = format!(
                "didChange for a document that is not open: {}",
                uri.as_str()
            );
            self.log(MessageType::WARNING, message);
            return;
        };
        let before = review_signature(&open.document.snapshot);
        open.document.apply_changes(
            params.text_document.version,
            &params.content_changes,
            self.encoding,
            &self.loaded.config,
        );
        let snapshot = &open.document.snapshot;
        self.reviews
            .insert_file(&open.key, &snapshot.text, &snapshot.parsed);
        // Staged later, in a batch: see `stage_buffers`.
        self.unstaged_buffers.insert(uri.clone());
        self.titles_dirty = true;
        let after = review_signature(snapshot);
        if after != before {
            // Only documents reviewing a paper whose reviews changed can
            // have other findings now.
            self.edited_papers.extend(
                before
                    .iter()
                    .filter(|review| !after.contains(review))
                    .chain(after.iter().filter(|review| !before.contains(review)))
                    .map(|(_, key, _)| key.clone()),
            );
        }
        // Checked by `check_edited`: by the server's check task, or before
        // a snapshot is taken, whichever comes first.
        self.edited.insert(uri.clone());
    }

    /// Checks the documents edited since their last check, each once, as
    /// they are now, and the open documents that review a paper whose
    /// reviews those edits changed. The versions edited over in between
    /// are never checked: a burst of keystrokes costs one check, and every
    /// published set carries the version it was computed for.
    pub fn check_edited(&mut self) {
        let edited: Vec<Uri> = self.edited.drain().collect();
        let papers = std::mem::take(&mut self.edited_papers);
        for uri in &edited {
            self.publish(uri);
        }
        if !papers.is_empty() {
            self.publish_sharing(&edited, &papers);
        }
    }

    pub fn close(&mut self, uri: &Uri) {
        let Some(open) = self.documents.remove(uri) else {
            return;
        };
        self.outgoing.push(Outgoing::Diagnostics {
            uri: uri.clone(),
            diagnostics: Vec::new(),
            version: None,
        });
        // Closed as it is on disk, with nothing left to stage: the review
        // index and the title index already hold what the disk says, and
        // no other document's findings change.
        let text_hash = analysis::text_hash(&open.document.snapshot.text);
        if !self.unstaged_buffers.contains(uri)
            && self.disk_files.contains_key(&*open.key)
            && file_path(uri)
                .and_then(|path| read_review_file(&path).ok())
                .is_some_and(|disk| analysis::text_hash(&disk) == text_hash)
        {
            self.staged_keys.remove(uri);
            let file = DiskFile::new(uri.clone(), text_hash);
            Arc::make_mut(&mut self.disk_files).insert(open.key.to_string(), Arc::new(file));
            return;
        }
        // The buffer may have differed from the file: the workspace goes on
        // with what is on disk.
        self.unstaged_buffers.remove(uri);
        self.reviews.remove_file(&open.key);
        self.titles.jobs.remove(vec![open.key.to_string()]);
        self.titles_dirty = true;
        self.titles_changed_widely = true;
        self.staged_keys.remove(uri);
        if let Some(path) = file_path(uri) {
            self.refresh_disk_file(&path);
        }
        self.publish_others(uri);
    }

    /// Re-reads one file that is not open, or forgets it when it is gone or
    /// no longer a review file.
    fn refresh_disk_file(&mut self, path: &Path) {
        let key = self.key_for_path(path);
        if self.documents.values().any(|open| *open.key == *key) {
            return;
        }
        let known = Arc::make_mut(&mut self.disk_files).remove(&key).is_some();
        self.reviews.remove_file(&key);
        self.titles.jobs.remove(vec![key.clone()]);
        self.titles_dirty = true;
        self.titles_changed_widely = true;
        if !path.is_file() || !(known || self.is_new_review_file(path)) {
            return;
        }
        let stamp = FileStamp::of(path);
        match read_review_file(path) {
            Ok(text) => {
                let parsed = self.loaded.config.parse(&text, self.site_of(path).as_ref());
                self.titles
                    .add_keys(parsed.entries.iter().filter_map(|entry| entry.title_key()));
                let reviews = FileReviews::read(&text, &parsed);
                let hash = analysis::text_hash(&text);
                self.titles.jobs.stage(vec![StagedFile {
                    key: key.into(),
                    stamp,
                    text: text.into(),
                    parsed: Arc::new(parsed),
                }]);
                self.install_read_file(path, reviews, hash);
            }
            Err(error) => self.report_unreadable(path, &error.to_string()),
        }
    }

    /// Whether a file the workspace scan did not see is one it would have
    /// seen: inside a workspace folder, matching the configuration, and not
    /// `.gitignore`d. Only a walk from the workspace folder can tell the
    /// last (a walk that starts inside an ignored folder does not ignore
    /// it); notes folders are small, and this runs only for new files.
    fn is_new_review_file(&self, path: &Path) -> bool {
        let Some(root) = self.roots.iter().find(|root| path.starts_with(root)) else {
            return false;
        };
        self.filter.includes(path)
            && review_files::review_files(root, &self.filter)
                .iter()
                .any(|walked| matches!(walked, review_files::Walked::File(found) if found == path))
    }

    pub fn report_unreadable(&mut self, path: &Path, error: &str) {
        if self.reported_unreadable.insert(path.to_owned()) {
            let message = format!("review-ls: skipping {}: {error}", path.display());
            self.log(MessageType::WARNING, message);
        }
    }

    fn install_read_file(&mut self, path: &Path, reviews: FileReviews, hash: u64) {
        let key = self.key_for_path(path);
        let Some(uri) = Uri::from_file_path(path) else {
            return;
        };
        self.reviews.insert_reviews(&key, reviews);
        Arc::make_mut(&mut self.disk_files).insert(key, Arc::new(DiskFile::new(uri, hash)));
    }

    /// Begins a workspace scan: returns its generation (see
    /// `scan_generation`).
    pub fn begin_scan(&mut self) -> u64 {
        self.scan_generation += 1;
        self.watched_during_scan.clear();
        self.scan_generation
    }

    /// Replaces what is known of the files on disk with a scan's results.
    /// Open documents keep their buffers' contents. The files the watcher
    /// reported while the scan ran are refreshed again, so that a text the
    /// scan read before a change, or before the file was deleted, does not
    /// stay.
    pub fn install_scan(&mut self, files: Vec<ScannedFile>) {
        self.reading.notes = None;
        self.disk_files = Arc::default();
        self.reviews = ReviewIndex::new();
        for open in self.documents.values() {
            let snapshot = &open.document.snapshot;
            self.reviews
                .insert_file(&open.key, &snapshot.text, &snapshot.parsed);
        }
        for file in files {
            let key = self.key_for_path(&file.path);
            if self.documents.values().any(|open| *open.key == *key) {
                continue;
            }
            self.install_read_file(&file.path, file.reviews, file.hash);
        }
        for path in std::mem::take(&mut self.watched_during_scan) {
            self.refresh_disk_file(&path);
        }
        // The scan staged what is on disk; open buffers win over it.
        self.unstaged_buffers.extend(self.documents.keys().cloned());
        self.titles_dirty = true;
        self.titles.committed();
        self.publish_all();
    }

    /// Applies `workspace/didChangeWatchedFiles`. Says whether the
    /// configuration changed (the caller rescans) or a catalog file did (the
    /// caller re-reads the catalogs).
    pub fn watched_files_changed(&mut self, changes: &[FileEvent]) -> WatchedChange {
        let mut config_changed = false;
        let mut catalogs = false;
        for change in changes {
            let Some(path) = file_path(&change.uri) else {
                continue;
            };
            if is_config_file(&path) {
                config_changed = true;
            } else if is_catalog_file(&self.loaded, &path)
                || self.catalog_keys.contains(&self.key_for_path(&path))
            {
                // Catalogs are re-read off the lock, all at once.
                catalogs = true;
            } else if change.typ == FileChangeType::DELETED {
                self.watched_during_scan.insert(path.clone());
                let key = self.key_for_path(&path);
                if !self.documents.values().any(|open| *open.key == *key) {
                    Arc::make_mut(&mut self.disk_files).remove(&key);
                    self.reviews.remove_file(&key);
                    self.titles.jobs.remove(vec![key]);
                    self.titles_dirty = true;
                    self.titles_changed_widely = true;
                }
            } else {
                self.watched_during_scan.insert(path.clone());
                self.reported_unreadable.remove(&path);
                self.refresh_disk_file(&path);
            }
        }
        let reloaded = config_changed && self.load_configuration();
        self.publish_all();
        WatchedChange {
            rescan: reloaded,
            catalogs,
        }
    }

    fn location(&self, key: &str, range: review_syntax::TextRange) -> Option<Location> {
        let open = self
            .documents
            .iter()
            .find(|(_, open)| *open.key == *key)
            .map(|(uri, open)| (uri, &open.document.snapshot));
        analysis::location(self.encoding, open, &self.disk_files, key, range)
    }

    /// A snapshot of what requests read (see `analysis.rs`): cheap, the
    /// large parts are shared. Edited documents are checked first, so that
    /// code actions and hovers see findings for the text as it is.
    pub fn analysis(&mut self) -> Analysis {
        self.check_edited();
        Analysis {
            encoding: self.encoding,
            previews: self.previews,
            reading: self.reading,
            config: self.config.clone(),
            roots: Arc::from(self.roots.as_slice()),
            documents: self
                .documents
                .iter()
                .map(|(uri, open)| {
                    let snapshot = &open.document.snapshot;
                    // Not while the notes are read, nor while the buffer
                    // waits to be staged: after a configuration change the
                    // index holds this same text parsed the old way until
                    // then.
                    let held = self.reading.notes.is_none()
                        && !self.unstaged_buffers.contains(uri)
                        && self.titles.index.holds(&open.key, snapshot.text_hash());
                    let view = OpenView {
                        key: open.key.clone(),
                        snapshot: snapshot.clone(),
                        findings: open.findings.clone(),
                        held,
                    };
                    (uri.clone(), view)
                })
                .collect(),
            disk_files: self.disk_files.clone(),
            index: self.titles.index.clone(),
            rule_docs: self.rule_docs.clone(),
        }
    }

    /// Every rule over one open document, as diagnostics and code actions
    /// both see it.
    fn findings(&self, open: &OpenDocument) -> Vec<review_analysis::Finding> {
        let snapshot = &open.document.snapshot;
        check_file_with_titles(
            &open.key,
            &snapshot.text,
            &snapshot.parsed,
            self.config(),
            &self.reviews,
            &self.titles.for_file(&open.key),
        )
    }

    /// Queues the diagnostics of one open document, and keeps its findings.
    fn publish(&mut self, uri: &Uri) {
        self.edited.remove(uri);
        let Some(open) = self.documents.get(uri) else {
            return;
        };
        let findings = self.findings(open);
        let snapshot = &open.document.snapshot;
        let positions = snapshot.positions(self.encoding);
        let locate = |key: &str, range| self.location(key, range);
        let diagnostics: Vec<Diagnostic> = findings
            .iter()
            .map(|finding| {
                to_proto::diagnostic(&positions, finding, &locate, self.rule_docs.as_deref())
            })
            .collect();
        let version = Some(snapshot.version);
        self.outgoing.push(Outgoing::Diagnostics {
            uri: uri.clone(),
            diagnostics,
            version,
        });
        if let Some(open) = self.documents.get_mut(uri) {
            open.findings = findings.into();
        }
    }

    fn publish_others(&mut self, except: &Uri) {
        let others: Vec<Uri> = self
            .documents
            .keys()
            .filter(|uri| *uri != except)
            .cloned()
            .collect();
        for uri in others {
            self.publish(&uri);
        }
    }

    /// Publishes the open documents other than `except` that review one
    /// of the papers `keys`.
    fn publish_sharing(&mut self, except: &[Uri], keys: &HashSet<TitleKey>) {
        let sharing: Vec<Uri> = self
            .documents
            .iter()
            .filter(|(uri, open)| {
                !except.contains(uri)
                    && open
                        .document
                        .snapshot
                        .parsed
                        .entries
                        .iter()
                        .any(|entry| entry.title_key().is_some_and(|key| keys.contains(key)))
            })
            .map(|(uri, _)| uri.clone())
            .collect();
        for uri in sharing {
            self.publish(&uri);
        }
    }

    pub fn publish_all(&mut self) {
        self.edited_papers.clear();
        let all: Vec<Uri> = self.documents.keys().cloned().collect();
        for uri in all {
            self.publish(&uri);
        }
    }

    /// Opens the title index of the first workspace folder under
    /// `cache_root` (see `titles::cache_root`), telling the user once when it
    /// has to live in memory.
    pub fn open_titles(&mut self, cache_root: Option<&Path>) {
        let (titles, show, log) =
            titles::open(cache_root, self.roots.first().map(PathBuf::as_path));
        self.titles = titles;
        if let Some(message) = show {
            self.outgoing
                .push(Outgoing::Show(MessageType::WARNING, message));
        }
        self.log(MessageType::INFO, log);
    }

    /// Commits what was staged and lets the index go (see `shutdown`):
    /// waits until its writer has stopped.
    pub fn close_titles(&mut self) {
        drop(self.titles.jobs.commit());
        self.titles = Titles::new(TitleIndex::in_memory(
            "the server is shutting down".to_owned(),
        ));
    }

    /// Sends the open buffers edited since they were last staged to the
    /// index's writer, then a commit. Returns the commit's answer and the
    /// title keys it adds or removes (`None`: anything may have changed);
    /// `None` when nothing was staged since the last commit.
    ///
    /// Sent under the state's lock, so that the writer gets them in order
    /// with the removals and files changes send; staging (a few
    /// milliseconds for a large file) and the commit (tens) happen on the
    /// writer's thread, so keystrokes are not held up.
    #[allow(clippy::type_complexity, reason = "a future and a list, named once")]
    pub fn commit_buffers(
        &mut self,
    ) -> Option<(
        impl Future<Output = Result<(), review_index::IndexError>> + use<>,
        Option<Vec<TitleKey>>,
    )> {
        let mut changed = Vec::new();
        let mut buffers = Vec::new();
        for uri in std::mem::take(&mut self.unstaged_buffers) {
            let Some(open) = self.documents.get(&uri) else {
                continue;
            };
            let snapshot = &open.document.snapshot;
            buffers.push(StagedFile {
                key: open.key.clone(),
                stamp: Some(titles::BUFFER_STAMP),
                text: snapshot.text.clone(),
                parsed: snapshot.parsed.clone(),
            });
            let keys = title_keys(snapshot);
            self.titles.add_keys(&keys);
            match self.staged_keys.insert(uri, keys.clone()) {
                // First staged since it was opened: what the index held for
                // this file before is not known here.
                None => self.titles_changed_widely = true,
                Some(before) => {
                    changed.extend(before.iter().filter(|key| !keys.contains(key)).cloned());
                    changed.extend(keys.iter().filter(|key| !before.contains(key)).cloned());
                    // A key whose count changed (one more review of it).
                    if before != keys {
                        changed.extend(
                            keys.iter()
                                .filter(|key| before.contains(key))
                                .filter(|key| {
                                    before.iter().filter(|k| k == key).count()
                                        != keys.iter().filter(|k| k == key).count()
                                })
                                .cloned(),
                        );
                    }
                }
            }
        }
        let widely = std::mem::take(&mut self.titles_changed_widely);
        if !std::mem::take(&mut self.titles_dirty) {
            return None;
        }
        self.titles.jobs.stage(buffers);
        Some((self.titles.jobs.commit(), (!widely).then_some(changed)))
    }

    /// After a commit: cached answers about the changed keys (all, when
    /// `changed` is `None`) are stale, and what open documents are told
    /// about their titles may have changed.
    pub fn titles_committed(
        &mut self,
        result: Result<(), review_index::IndexError>,
        changed: Option<Vec<TitleKey>>,
    ) {
        match result {
            // The writer stops when the session ends; a commit sent after
            // that is not news to the user (what was staged was committed
            // as it stopped).
            Ok(()) | Err(review_index::IndexError::Stopped(_)) => {}
            Err(error) => self.log(MessageType::ERROR, format!("review-ls: {error}")),
        }
        match changed {
            Some(keys) if keys.is_empty() => return,
            Some(keys) => self.titles.committed_keys(&keys),
            None => self.titles.committed(),
        }
        self.publish_all();
    }

    /// Logs one catalog problem (`file:line: message`) unless it was logged
    /// before.
    pub fn report_catalog_problem(&mut self, problem: String) {
        if self.reported_catalog_problems.insert(problem.clone()) {
            self.log(
                MessageType::WARNING,
                format!("review-ls: catalog: {problem}"),
            );
        }
    }

    /// The keys of the open documents.
    pub fn open_keys(&self) -> HashSet<String> {
        self.documents
            .values()
            .map(|open| open.key.to_string())
            .collect()
    }

    pub fn take_outgoing(&mut self) -> Vec<Outgoing> {
        std::mem::take(&mut self.outgoing)
    }
}

/// Walks the workspace folders and reads and parses every review file;
/// unreadable files come back as errors to report. Blocking: run it off
/// the async threads.
pub fn walk(roots: &[PathBuf], filter: &FileFilter) -> (Vec<PathBuf>, Vec<(PathBuf, String)>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for root in roots {
        for walked in review_files::review_files(root, filter) {
            match walked {
                review_files::Walked::File(path) => files.push(path),
                review_files::Walked::Error { path, message } => {
                    errors.push((path.unwrap_or_else(|| root.clone()), message));
                }
            }
        }
    }
    (files, errors)
}

/// Reads and parses some files found by [`walk`] as `--check` does
/// ([`review_files::read_notes`]: on every core, in the order given);
/// `notes_in_folder` counts the notes of the whole walk per folder. Blocking:
/// run it off the async threads.
pub fn read_files(
    paths: &[PathBuf],
    loaded: &LoadedConfig,
    notes_in_folder: &HashMap<PathBuf, usize>,
) -> (Vec<ReadNote>, Vec<(PathBuf, String)>) {
    let notes: Vec<(PathBuf, &LoadedConfig)> =
        paths.iter().map(|path| (path.clone(), loaded)).collect();
    let mut files = Vec::with_capacity(paths.len());
    let mut errors = Vec::new();
    for read in review_files::read_notes(&notes, notes_in_folder, true, &|| ()) {
        match read {
            Ok(note) => files.push(note),
            Err(unreadable) => errors.push(unreadable),
        }
    }
    (files, errors)
}

#[cfg(test)]
mod tests {
    use tower_lsp_server::ls_types::{
        Position, Range, TextDocumentContentChangeEvent, VersionedTextDocumentIdentifier,
    };

    use super::*;

    const MISSING: [&str; 3] = [
        "missing purpose section: add `목적:` saying what problem the paper sets out to solve",
        "missing method section: add `Method:` saying how the paper solves it",
        "missing experiment section: add `실험:` saying how the paper was evaluated and what it found",
    ];

    /// `(version, messages)` of each diagnostics set queued.
    fn published(state: &mut State) -> Vec<(Option<i32>, Vec<String>)> {
        state
            .take_outgoing()
            .into_iter()
            .filter_map(|message| match message {
                Outgoing::Diagnostics {
                    diagnostics,
                    version,
                    ..
                } => Some((
                    version,
                    diagnostics.into_iter().map(|d| d.message).collect(),
                )),
                _ => None,
            })
            .collect()
    }

    /// Appends `text` at the start of line `line`.
    fn insert(uri: &Uri, version: i32, line: u32, text: &str) -> DidChangeTextDocumentParams {
        let at = Position::new(line, 0);
        DidChangeTextDocumentParams {
            text_document: VersionedTextDocumentIdentifier::new(uri.clone(), version),
            content_changes: vec![TextDocumentContentChangeEvent {
                range: Some(Range::new(at, at)),
                range_length: None,
                text: text.to_owned(),
            }],
        }
    }

    /// Three edits before the check: one check, of the third version, with
    /// that version's findings; the two versions edited over are never
    /// checked. A snapshot taken before the check task runs checks first.
    #[test]
    fn a_burst_of_edits_is_checked_once_for_its_newest_version() {
        let mut state = State::default();
        let uri: Uri = "untitled:review.md".parse().unwrap();
        state.open(uri.clone(), 1, "김민수: 어텐션 논문\n\n".to_owned());
        assert_eq!(
            published(&mut state),
            [(Some(1), MISSING.map(str::to_owned).to_vec())]
        );
        state.change(&insert(&uri, 2, 2, "- 목적: 번역 🚀\r\n"));
        state.change(&insert(&uri, 3, 3, "- 방법: 셀프 어텐션\r\n"));
        state.change(&insert(&uri, 4, 4, "- 실험: WMT\r\n"));
        assert_eq!(published(&mut state), []);
        state.check_edited();
        assert_eq!(published(&mut state), [(Some(4), vec![])]);
        state.check_edited();
        assert_eq!(published(&mut state), []);

        state.change(&insert(&uri, 5, 5, "\r\n"));
        state.change(&insert(&uri, 6, 6, "이서연: 어텐션 논문\r\n"));
        let analysis = state.analysis();
        assert_eq!(
            published(&mut state),
            [(Some(6), MISSING.map(str::to_owned).to_vec())]
        );
        let actions = analysis
            .code_actions(&uri, Range::new(Position::new(6, 0), Position::new(6, 3)))
            .unwrap();
        assert_eq!(actions.len(), 4, "{actions:#?}");
    }
}
