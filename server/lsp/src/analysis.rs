//! What requests are answered from: an immutable snapshot of the state.
//!
//! The state (`state.rs`) is the one owner of change: edits, watched files,
//! configuration, scan results and catalog loads go through it, in the
//! order received. A request takes an [`Analysis`] from it — under the
//! state's lock, before the handler's first `.await`, so it sees every edit
//! sent before it — and is answered from that snapshot after the lock is
//! released, on a blocking thread: a title search never holds up a
//! keystroke, and two requests run side by side.
//!
//! Taking a snapshot copies nothing large: the texts, parses, line indexes,
//! findings, the files on disk and the title index are shared (`Arc`); only
//! the small map of open documents is built anew.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use review_analysis::{Config, Finding};
use review_index::{PendingFile, TitleIndex, View, ide};
use review_syntax::{LineIndex, TextRange};
use tower_lsp_server::ls_types::{
    CodeActionOrCommand, CodeLens, CompletionItem, CompletionResponse, DocumentSymbol,
    FoldingRange, Hover, Location, Position, Range, SelectionRange, SymbolInformation, Uri,
};

use crate::document::Snapshot;
use crate::line_index::{PositionEncoding, Positions};
use crate::to_proto;

/// Most titles one completion list offers; `isIncomplete` says when there
/// were more.
const COMPLETION_LIMIT: usize = 20;

/// Most reviews one workspace-symbol answer lists.
const SYMBOL_LIMIT: usize = 128;

/// A review file that is not open in the editor, as last read from disk.
///
/// Its text is not kept: at 20,000 files texts and line indexes were a
/// third of the server's memory, for the few answers that need a column in
/// a file that is not open (the file is read again then; see [`location`]).
#[derive(Debug)]
pub struct DiskFile {
    pub uri: Uri,
    /// [`text_hash`] of the text read, to tell whether a buffer differs.
    pub hash: u64,
    /// The text and line index, read again the first time a location in
    /// this file needs a column: a finding related to it is published on
    /// every keystroke of the file that has it. Gone with this `DiskFile`
    /// when the file changes (the watcher replaces it).
    lines: OnceLock<(String, LineIndex)>,
}

impl DiskFile {
    pub fn new(uri: Uri, hash: u64) -> DiskFile {
        DiskFile {
            uri,
            hash,
            lines: OnceLock::new(),
        }
    }

    fn lines(&self) -> &(String, LineIndex) {
        self.lines.get_or_init(|| {
            let text = self
                .uri
                .to_file_path()
                .and_then(|path| review_files::read_review_file(&path).ok())
                .unwrap_or_default();
            let index = LineIndex::new(&text);
            (text, index)
        })
    }
}

/// A hash of a file's text (the one the title index keeps, see
/// [`TitleIndex::holds`]).
pub use review_index::text_hash;

/// One open document as of the snapshot.
#[derive(Clone, Debug)]
pub struct OpenView {
    pub key: Arc<str>,
    pub snapshot: Snapshot,
    /// The findings last published for it: code actions and hovers answer
    /// from them instead of running every rule again.
    pub findings: Arc<[Finding]>,
    /// Whether the title index, as committed, holds this text's reviews:
    /// then nothing of it is laid over the index (see [`View`]). Most open
    /// documents are: opened as on disk, or edited and committed since.
    pub held: bool,
}

/// What the background scan has still to read: answers that depend on it
/// say so rather than give a partial answer as whole.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Reading {
    /// Review files read of all found, while the notes are read.
    pub notes: Option<(usize, usize)>,
    /// Whether the catalogs are being read.
    pub catalogs: bool,
}

impl Reading {
    /// The line hover ends with while something is being read.
    pub fn note(&self) -> Option<String> {
        if let Some((read, total)) = self.notes {
            return Some(format!(
                "_Still reading notes: {read} / {total} files. Reviews in the others are not counted yet._"
            ));
        }
        self.catalogs
            .then(|| "_Still reading catalogs: their titles are not known yet._".to_owned())
    }

    pub fn any(&self) -> bool {
        self.notes.is_some() || self.catalogs
    }
}

/// An immutable snapshot of everything requests read (see the module docs).
#[derive(Clone)]
pub struct Analysis {
    pub encoding: PositionEncoding,
    /// When title completions' previews are made: later when the client
    /// resolves an item's documentation itself.
    pub previews: ide::Previews,
    pub reading: Reading,
    pub config: Arc<Config>,
    pub roots: Arc<[PathBuf]>,
    pub documents: HashMap<Uri, OpenView>,
    pub disk_files: Arc<HashMap<String, Arc<DiskFile>>>,
    pub index: Arc<TitleIndex>,
    pub rule_docs: Option<Arc<to_proto::RuleDocs>>,
}

impl Analysis {
    fn open(&self, uri: &Uri) -> Option<&OpenView> {
        self.documents.get(uri)
    }

    fn open_by_key(&self, key: &str) -> Option<(&Uri, &OpenView)> {
        self.documents.iter().find(|(_, open)| &*open.key == key)
    }

    /// Every open document whose text the title index does not hold as it
    /// is now (see [`View`]).
    fn pending(&self) -> Vec<PendingFile<'_>> {
        self.documents
            .values()
            .filter(|open| !open.held)
            .map(|open| PendingFile {
                file: &open.key,
                text: &open.snapshot.text,
                parsed: &open.snapshot.parsed,
                line_index: &open.snapshot.index,
            })
            .collect()
    }

    pub fn document_symbols(&self, uri: &Uri) -> Option<Vec<DocumentSymbol>> {
        let snapshot = &self.open(uri)?.snapshot;
        let positions = snapshot.positions(self.encoding);
        Some(to_proto::document_symbols(&positions, &snapshot.parsed))
    }

    pub fn folding_ranges(&self, uri: &Uri) -> Option<Vec<FoldingRange>> {
        let snapshot = &self.open(uri)?.snapshot;
        let positions = snapshot.positions(self.encoding);
        Some(to_proto::folding_ranges(&positions, &snapshot.parsed))
    }

    pub fn selection_ranges(&self, uri: &Uri, at: &[Position]) -> Option<Vec<SelectionRange>> {
        let snapshot = &self.open(uri)?.snapshot;
        let positions = snapshot.positions(self.encoding);
        Some(
            at.iter()
                .map(|position| {
                    let offset = positions.offset(*position);
                    to_proto::selection_range(&positions, &snapshot.parsed, offset)
                })
                .collect(),
        )
    }

    /// The fixes of the findings under `range`, and for each entry there
    /// missing more than one section, one action inserting them all.
    pub fn code_actions(&self, uri: &Uri, range: Range) -> Option<Vec<CodeActionOrCommand>> {
        let open = self.open(uri)?;
        let snapshot = &open.snapshot;
        let positions = snapshot.positions(self.encoding);
        let wanted = positions.text_range(range);
        let locate = |key: &str, range| self.location(key, range);
        let fixes = review_index::actions::code_fixes(
            &snapshot.text,
            &snapshot.parsed,
            &self.config.required_sections,
            &open.findings,
            wanted,
        );
        let actions = fixes
            .into_iter()
            .map(|fix| {
                let diagnostics = fix
                    .findings
                    .iter()
                    .map(|finding| {
                        to_proto::diagnostic(
                            &positions,
                            finding,
                            &locate,
                            self.rule_docs.as_deref(),
                        )
                    })
                    .collect();
                to_proto::quickfix(uri, &positions, &fix.fix, diagnostics, fix.preferred)
            })
            .collect();
        Some(actions)
    }

    pub fn completion(&self, uri: &Uri, position: Position) -> Option<CompletionResponse> {
        let snapshot = &self.open(uri)?.snapshot;
        let positions = snapshot.positions(self.encoding);
        let offset = positions.offset(position);
        let pending = self.pending();
        let completions = ide::complete(
            &snapshot.text,
            offset,
            &self.config.vocabulary,
            &View::new(&self.index, &pending),
            COMPLETION_LIMIT,
            self.previews,
        )?;
        // Asked again as the user types, the list fills in as the scan does.
        let completions = ide::Completions {
            is_incomplete: completions.is_incomplete || self.reading.any(),
            ..completions
        };
        Some(to_proto::completion_list(&positions, completions))
    }

    /// `completionItem/resolve`: a title item's preview, made from what
    /// the workspace holds now. Other items come back as they were.
    pub fn resolve_completion(&self, mut item: CompletionItem) -> CompletionItem {
        if item.documentation.is_none()
            && let Some(paper) = to_proto::completion_paper(&item)
        {
            let pending = self.pending();
            let preview = ide::title_preview(&paper, &View::new(&self.index, &pending));
            item.documentation = Some(to_proto::markdown_documentation(preview));
        }
        item
    }

    /// Hover: what is known of the title at `position` (in a header or
    /// named in prose), then the documentation of the rules whose findings
    /// cover it.
    pub fn hover(&self, uri: &Uri, position: Position) -> Option<Hover> {
        let open = self.open(uri)?;
        let snapshot = &open.snapshot;
        let positions = snapshot.positions(self.encoding);
        let offset = positions.offset(position);
        let link = |file: &str, line: usize| self.line_link(file, line);
        let pending = self.pending();
        let title = ide::hover(
            &snapshot.parsed,
            &open.key,
            &snapshot.text,
            offset,
            &View::new(&self.index, &pending),
            &link,
        );
        let mut rules: Vec<&Finding> = Vec::new();
        for finding in open.findings.iter() {
            if finding.range.touches(offset) && !rules.iter().any(|seen| seen.rule == finding.rule)
            {
                rules.push(finding);
            }
        }
        let range = match (&title, rules.first()) {
            (Some(title), _) => title.range,
            (None, Some(finding)) => finding.range,
            (None, None) => return None,
        };
        let mut parts: Vec<String> = title.into_iter().map(|hover| hover.markdown).collect();
        if !parts.is_empty()
            && let Some(note) = self.reading.note()
        {
            parts[0].push_str(&format!("\n\n{note}"));
        }
        parts.extend(
            rules
                .iter()
                .map(|finding| to_proto::rule_doc_markdown(finding, self.rule_docs.as_deref())),
        );
        Some(to_proto::hover(
            &positions,
            ide::Hover {
                range,
                markdown: parts.join("\n\n---\n\n"),
            },
        ))
    }

    /// The other reviews of the paper whose title is at `position`, and
    /// with `include_self` the title itself first.
    pub fn other_reviews(
        &self,
        uri: &Uri,
        position: Position,
        include_self: bool,
    ) -> Option<Vec<Location>> {
        let open = self.open(uri)?;
        let snapshot = &open.snapshot;
        let positions = snapshot.positions(self.encoding);
        let offset = positions.offset(position);
        let pending = self.pending();
        let others = ide::other_reviews(
            &snapshot.parsed,
            &open.key,
            &snapshot.text,
            offset,
            &View::new(&self.index, &pending),
        )?;
        let mut locations = Vec::new();
        if include_self
            && let Some(title) = ide::entry_at_title(&snapshot.parsed, offset)
                .and_then(|entry| entry.header.title.as_ref())
        {
            locations.push(to_proto::location(uri, &positions, title.range));
        }
        locations.extend(
            others
                .iter()
                .filter_map(|review| self.line_location(&review.file, review.line)),
        );
        Some(locations)
    }

    pub fn workspace_symbols(&self, query: &str) -> Vec<SymbolInformation> {
        ide::search_reviews(query, &self.index, SYMBOL_LIMIT)
            .iter()
            .filter_map(|review| {
                let location = self.line_location(&review.file, review.line)?;
                Some(to_proto::review_symbol(review, location))
            })
            .collect()
    }

    pub fn code_lenses(&self, uri: &Uri) -> Option<Vec<CodeLens>> {
        let snapshot = &self.open(uri)?.snapshot;
        let positions = snapshot.positions(self.encoding);
        let pending = self.pending();
        let counts = ide::other_review_counts(&snapshot.parsed, &View::new(&self.index, &pending));
        Some(
            counts
                .into_iter()
                .filter(|(_, count)| *count > 0)
                .map(|(range, count)| to_proto::other_reviews_lens(&positions, range, count))
                .collect(),
        )
    }

    /// Where `range` of the file known as `key` is, when its text is known.
    pub fn location(&self, key: &str, range: TextRange) -> Option<Location> {
        let open = self
            .open_by_key(key)
            .map(|(uri, open)| (uri, &open.snapshot));
        location(self.encoding, open, &self.disk_files, key, range)
    }

    /// The URI of the file known as `key`.
    fn uri_for_key(&self, key: &str) -> Option<Uri> {
        if let Some((uri, _)) = self.open_by_key(key) {
            return Some(uri.clone());
        }
        if let Some(file) = self.disk_files.get(key) {
            return Some(file.uri.clone());
        }
        let path = Path::new(key);
        let path = match &*self.roots {
            _ if path.is_absolute() => path.to_owned(),
            [root] => root.join(path),
            roots => {
                // `folder/rest`: the folder of that name.
                let (name, rest) = key.split_once('/')?;
                let root = roots.iter().find(|root| root_name(root) == name)?;
                root.join(rest)
            }
        };
        Uri::from_file_path(path)
    }

    /// A link to a 1-based line of the file known as `key`.
    fn line_link(&self, key: &str, line: usize) -> String {
        match self.uri_for_key(key) {
            Some(uri) => format!("{}#L{line}", uri.as_str()),
            None => key.to_owned(),
        }
    }

    /// The location of a 1-based line of the file known as `key`: the
    /// whole line (to the start of the next, in a file that is not open),
    /// else its start.
    fn line_location(&self, key: &str, line: usize) -> Option<Location> {
        let line = line.saturating_sub(1);
        if let Some((_, open)) = self.open_by_key(key) {
            return self.location(key, open.snapshot.index.line(line).range());
        }
        let start = Position::new(line as u32, 0);
        let end = match self.disk_files.get(key) {
            Some(_) => Position::new(line as u32 + 1, 0),
            None => start,
        };
        Some(Location::new(
            self.uri_for_key(key)?,
            Range::new(start, end),
        ))
    }
}

/// Where `range` of the file known as `key` is — in `open`, the open
/// document known by it, if any, else on disk. Shared by the snapshot and
/// by the state, which publishes diagnostics with related locations.
pub fn location(
    encoding: PositionEncoding,
    open: Option<(&Uri, &Snapshot)>,
    disk_files: &HashMap<String, Arc<DiskFile>>,
    key: &str,
    range: TextRange,
) -> Option<Location> {
    if let Some((uri, snapshot)) = open {
        let positions = snapshot.positions(encoding);
        return Some(to_proto::location(uri, &positions, range));
    }
    let file = disk_files.get(key)?;
    // Columns need the line's text (UTF-16 counts). A file gone or changed
    // since is reported by the watcher; until then the range may be off,
    // never out of the file (positions are clamped).
    let (text, index) = file.lines();
    let positions = Positions {
        text,
        index,
        encoding,
    };
    Some(to_proto::location(&file.uri, &positions, range))
}

/// A workspace folder's name, the first part of its files' keys when there
/// are several folders.
pub fn root_name(root: &Path) -> String {
    root.file_name().map_or_else(
        || "root".to_owned(),
        |name| name.to_string_lossy().into_owned(),
    )
}
