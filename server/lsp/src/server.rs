//! The `LanguageServer` implementation: notifications change the state;
//! requests take a snapshot of it ([`Backend::answer`]) and are answered
//! from that on a blocking thread, with no lock held.
//!
//! Handlers touch the state only through [`Backend::with_state`], which
//! runs synchronously, before the handler's first `.await` (see `state.rs`
//! for why that keeps edits and requests in order), catches a panic in the
//! work so that one bad request cannot take the server down, and queues the
//! notifications the work produced, in order, for the one task that sends
//! them.

use std::collections::{HashMap, HashSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use review_files::{LoadedConfig, catalog_files, catalog_watch_globs, read_review_file};
use review_index::catalog::{CatalogFormat, load_each};
use review_index::{FileStamp, TitleIndex, TitleWriter};
use tokio::sync::Notify;

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::notification::{Notification, PublishDiagnostics};
use tower_lsp_server::ls_types::{
    ClientCapabilities, CodeActionKind, CodeActionOptions, CodeActionParams,
    CodeActionProviderCapability, CodeActionResponse, CodeLens, CodeLensOptions, CodeLensParams,
    CompletionItem, CompletionOptions, CompletionParams, CompletionResponse,
    DidChangeTextDocumentParams, DidChangeWatchedFilesParams,
    DidChangeWatchedFilesRegistrationOptions, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, DocumentSymbolParams, DocumentSymbolResponse, FileSystemWatcher,
    FoldingRange, FoldingRangeParams, FoldingRangeProviderCapability, GlobPattern,
    GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverParams, HoverProviderCapability,
    InitializeParams, InitializeResult, InitializedParams, Location, MessageType, NumberOrString,
    OneOf, PublishDiagnosticsParams, ReferenceParams, Registration, SelectionRange,
    SelectionRangeParams, SelectionRangeProviderCapability, ServerCapabilities, ServerInfo,
    SymbolInformation, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    Unregistration, WorkspaceFolder, WorkspaceSymbolParams, WorkspaceSymbolResponse,
};
use tower_lsp_server::{Bounded, Client, LanguageServer, NotCancellable, OngoingProgress};

use crate::analysis::Analysis;
use crate::line_index::PositionEncoding;
use crate::scan_cache;
use crate::state::{Outgoing, ScannedFile, State, file_key, read_files, walk};
use crate::titles;
use crate::to_proto;
use crate::transport;
use crate::writer::StagedFile;

/// Files per `$/progress` report while scanning the workspace.
const SCAN_BATCH: usize = 64;

/// How long edits are gathered before the title index is committed: a
/// commit costs 16–35 ms (DEPENDENCIES.md), so a burst of typing shares one.
const COMMIT_DELAY: Duration = Duration::from_millis(250);

pub struct Backend {
    shared: Arc<Shared>,
}

struct Shared {
    client: Client,
    state: Mutex<State>,
    outgoing: UnboundedSender<Outgoing>,
    capabilities: Mutex<ClientCapabilities>,
    /// Wakes the task that commits staged title changes (see
    /// [`commit_titles`]).
    commit_requested: Arc<Notify>,
    /// Wakes the task that checks edited documents (see [`check_edited`]).
    check_requested: Arc<Notify>,
}

impl Backend {
    /// `output` takes framed messages for the client: diagnostics are
    /// written there directly (see [`send`]).
    pub fn new(client: Client, output: UnboundedSender<Vec<u8>>) -> Backend {
        let (sender, receiver) = unbounded_channel();
        tokio::spawn(send_outgoing(client.clone(), output, receiver));
        let commit_requested = Arc::new(Notify::new());
        let check_requested = Arc::new(Notify::new());
        let shared = Arc::new(Shared {
            client,
            state: Mutex::new(State::default()),
            outgoing: sender,
            capabilities: Mutex::new(ClientCapabilities::default()),
            commit_requested: commit_requested.clone(),
            check_requested: check_requested.clone(),
        });
        tokio::spawn(commit_titles(Arc::downgrade(&shared), commit_requested));
        tokio::spawn(check_edited(Arc::downgrade(&shared), check_requested));
        Backend { shared }
    }

    /// Runs `work` like [`Backend::with_state`], then asks for a commit of
    /// whatever it staged in the title index.
    fn with_state_then_commit<T>(
        &self,
        what: &str,
        work: impl FnOnce(&mut State) -> T,
    ) -> Option<T> {
        let result = self.with_state(what, work);
        self.shared.commit_requested.notify_one();
        result
    }

    /// See the module docs. `None` when the work panicked.
    fn with_state<T>(&self, what: &str, work: impl FnOnce(&mut State) -> T) -> Option<T> {
        self.shared.with_state(what, work)
    }

    /// Answers a request from a snapshot (see `analysis.rs`): taken before
    /// the first `.await`, so it holds every change received before the
    /// request, then read on a blocking thread with no lock held. `None`
    /// when the work panicked (reported like a panic in [`Self::with_state`]).
    async fn answer<T: Send + 'static>(
        &self,
        what: &'static str,
        work: impl FnOnce(&Analysis) -> T + Send + 'static,
    ) -> Option<T> {
        let analysis = self.with_state(what, |state| state.analysis())?;
        match tokio::task::spawn_blocking(move || work(&analysis)).await {
            Ok(answer) => Some(answer),
            Err(error) => {
                let reason = match error.try_into_panic() {
                    Ok(panic) => panic_reason(&*panic),
                    Err(error) => error.to_string(),
                };
                let message = format!("review-ls: internal error in {what}: {reason}");
                log_to_stderr(&message);
                let _ = self
                    .shared
                    .outgoing
                    .send(Outgoing::Log(MessageType::ERROR, message));
                None
            }
        }
    }
}

/// What a caught panic said.
fn panic_reason(panic: &(dyn std::any::Any + Send)) -> String {
    panic
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown cause".to_owned())
}

impl Shared {
    fn with_state<T>(&self, what: &str, work: impl FnOnce(&mut State) -> T) -> Option<T> {
        // A panic is caught inside the lock, so the mutex is not poisoned by
        // it; `into_inner` covers any other way it could have been.
        let mut state = self.state.lock().unwrap_or_else(|error| error.into_inner());
        let result = catch_unwind(AssertUnwindSafe(|| work(&mut state)));
        let mut outgoing = state.take_outgoing();
        let result = match result {
            Ok(result) => Some(result),
            Err(panic) => {
                let reason = panic_reason(&*panic);
                let message = format!("review-ls: internal error in {what}: {reason}");
                log_to_stderr(&message);
                outgoing.push(Outgoing::Log(MessageType::ERROR, message));
                None
            }
        };
        // Still under the lock: what two handlers queue goes out in the
        // order they changed the state, so older diagnostics never follow
        // newer ones.
        for message in outgoing {
            // The receiver lives as long as the client connection.
            let _ = self.outgoing.send(message);
        }
        drop(state);
        result
    }

    fn capabilities(&self) -> ClientCapabilities {
        self.capabilities
            .lock()
            .unwrap_or_else(|error| error.into_inner())
            .clone()
    }
}

#[allow(
    clippy::print_stderr,
    reason = "stderr is the server's log; stdout is the protocol"
)]
fn log_to_stderr(message: &str) {
    eprintln!("{message}");
}

/// Sends queued notifications one at a time, in the order they were queued.
/// Diagnostics that a later queued set for the same document replaces are
/// dropped unsent: when edits come faster than a large file's diagnostics
/// can be written, the editor gets the newest instead of a backlog.
async fn send_outgoing(
    client: Client,
    output: UnboundedSender<Vec<u8>>,
    mut receiver: UnboundedReceiver<Outgoing>,
) {
    let mut batch = Vec::new();
    while receiver.recv_many(&mut batch, 256).await > 0 {
        let replaced: Vec<bool> = batch
            .iter()
            .enumerate()
            .map(|(at, message)| {
                match message {
                Outgoing::Diagnostics { uri, .. } => batch[at + 1..].iter().any(|later| {
                    matches!(later, Outgoing::Diagnostics { uri: later, .. } if later == uri)
                }),
                _ => false,
            }
            })
            .collect();
        for (message, replaced) in batch.drain(..).zip(replaced) {
            if !replaced {
                send(&client, &output, message).await;
            }
        }
    }
}

/// Sends one notification. Diagnostics bypass tower-lsp's client, which
/// turns every message into a `serde_json::Value` tree before writing it:
/// for the seed's 307 diagnostics that costs 0.96 ms a keystroke against
/// 0.19 ms for serializing them directly (more than the re-check itself),
/// and the 1 MB file's 4,894 take tens of milliseconds. They are only
/// published after `initialized`, as tower-lsp would require.
async fn send(client: &Client, output: &UnboundedSender<Vec<u8>>, message: Outgoing) {
    match message {
        Outgoing::Diagnostics {
            uri,
            diagnostics,
            version,
        } => {
            let params = PublishDiagnosticsParams::new(uri, diagnostics, version);
            match serde_json::to_string(&params) {
                Ok(params) => {
                    let body = format!(
                        r#"{{"jsonrpc":"2.0","method":"{}","params":{params}}}"#,
                        PublishDiagnostics::METHOD
                    );
                    // The receiver lives as long as the connection.
                    let _ = output.send(transport::frame(body.as_bytes()));
                }
                Err(error) => {
                    log_to_stderr(&format!("review-ls: cannot send diagnostics: {error}"))
                }
            }
        }
        Outgoing::Log(level, message) => client.log_message(level, message).await,
        Outgoing::Show(level, message) => client.show_message(level, message).await,
    }
}

fn workspace_roots(params: &InitializeParams) -> Vec<PathBuf> {
    #[allow(deprecated, reason = "older clients send only `rootUri`")]
    let folders: Vec<WorkspaceFolder> = match (&params.workspace_folders, &params.root_uri) {
        (Some(folders), _) if !folders.is_empty() => folders.clone(),
        (_, Some(uri)) => vec![WorkspaceFolder {
            uri: uri.clone(),
            name: String::new(),
        }],
        _ => Vec::new(),
    };
    folders
        .iter()
        .filter_map(|folder| folder.uri.to_file_path().map(|path| path.into_owned()))
        .collect()
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = PositionEncoding::negotiate(
            params
                .capabilities
                .general
                .as_ref()
                .and_then(|general| general.position_encodings.as_deref()),
        );
        let roots = workspace_roots(&params);
        let cache_option = params
            .initialization_options
            .as_ref()
            .and_then(|options| options.get("cacheDirectory"))
            .and_then(|value| value.as_str());
        let cache_root = titles::cache_root(cache_option);
        *self
            .shared
            .capabilities
            .lock()
            .unwrap_or_else(|error| error.into_inner()) = params.capabilities.clone();
        // Notifications cannot be sent before `initialized`: whatever loading
        // the configuration queues stays queued until then.
        {
            let mut state = self.shared.state.lock().unwrap_or_else(|e| e.into_inner());
            state.encoding = encoding;
            state.previews = previews(&params.capabilities);
            state.rule_docs = cache_root
                .as_deref()
                .and_then(to_proto::RuleDocs::install)
                .map(Arc::new);
            if catch_unwind(AssertUnwindSafe(|| state.set_roots(roots))).is_err() {
                log_to_stderr("review-ls: internal error while loading the configuration");
            }
            if catch_unwind(AssertUnwindSafe(|| {
                state.open_titles(cache_root.as_deref())
            }))
            .is_err()
            {
                log_to_stderr("review-ls: internal error while opening the title index");
            }
        }
        Ok(InitializeResult {
            capabilities: ServerCapabilities {
                position_encoding: Some(encoding.kind()),
                text_document_sync: Some(TextDocumentSyncCapability::Options(
                    TextDocumentSyncOptions {
                        open_close: Some(true),
                        change: Some(TextDocumentSyncKind::INCREMENTAL),
                        ..TextDocumentSyncOptions::default()
                    },
                )),
                code_action_provider: Some(CodeActionProviderCapability::Options(
                    CodeActionOptions {
                        code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
                        ..CodeActionOptions::default()
                    },
                )),
                document_symbol_provider: Some(OneOf::Left(true)),
                completion_provider: Some(CompletionOptions {
                    // After `Name:` / `Name,` and the space before a title.
                    trigger_characters: Some(vec![":".to_owned(), ",".to_owned(), " ".to_owned()]),
                    // A title's preview, for clients that ask for it when
                    // they show the item.
                    resolve_provider: Some(true),
                    ..CompletionOptions::default()
                }),
                hover_provider: Some(HoverProviderCapability::Simple(true)),
                definition_provider: Some(OneOf::Left(true)),
                references_provider: Some(OneOf::Left(true)),
                workspace_symbol_provider: Some(OneOf::Left(true)),
                code_lens_provider: Some(CodeLensOptions {
                    resolve_provider: Some(false),
                }),
                folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
                selection_range_provider: Some(SelectionRangeProviderCapability::Simple(true)),
                ..ServerCapabilities::default()
            },
            server_info: Some(ServerInfo {
                name: "review-ls".to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        // Flush what `initialize` queued (a broken configuration's report).
        self.with_state("initialized", |_| ());
        let capabilities = self.shared.capabilities();
        let dynamic_watch = watches_dynamically(&capabilities);
        tokio::spawn(scan_workspace(self.shared.clone()));
        if dynamic_watch {
            // Not awaited here: the client's answer may come after `exit`,
            // which tower-lsp would never read, and it waits for every
            // handler still running before it ends the session.
            let shared = self.shared.clone();
            tokio::spawn(async move { register_watchers(&shared, false).await });
        }
    }

    async fn shutdown(&self) -> Result<()> {
        // What is staged is committed, then the index's writer stops and
        // its lock on the cache folder is released before the answer: an
        // editor restarting the server often starts the next one before
        // this one exits, and that one would find the index locked.
        self.with_state("shutdown", State::close_titles);
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.with_state_then_commit("didOpen", |state| {
            state.open(document.uri, document.version, document.text);
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        self.with_state_then_commit("didChange", |state| state.change(&params));
        self.shared.check_requested.notify_one();
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        self.with_state_then_commit("didClose", |state| state.close(&params.text_document.uri));
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let change = self
            .with_state_then_commit("didChangeWatchedFiles", |state| {
                state.watched_files_changed(&params.changes)
            })
            .unwrap_or_default();
        if change.rescan {
            // The scan re-reads the catalogs too; the new configuration may
            // name other catalog files to watch.
            tokio::spawn(scan_workspace(self.shared.clone()));
            if watches_dynamically(&self.shared.capabilities()) {
                // Not awaited here: a handler waiting on the client would
                // hold up the messages behind it.
                let shared = self.shared.clone();
                tokio::spawn(async move { register_watchers(&shared, true).await });
            }
        } else if change.catalogs {
            tokio::spawn(refresh_catalogs(self.shared.clone()));
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        Ok(self
            .answer("codeAction", move |analysis| {
                analysis.code_actions(&uri, params.range)
            })
            .await
            .flatten())
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        Ok(self
            .answer("documentSymbol", move |analysis| {
                analysis.document_symbols(&uri)
            })
            .await
            .flatten()
            .map(DocumentSymbolResponse::Nested))
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        let uri = params.text_document.uri;
        Ok(self
            .answer("selectionRange", move |analysis| {
                analysis.selection_ranges(&uri, &params.positions)
            })
            .await
            .flatten())
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        Ok(self
            .answer("completion", move |analysis| {
                analysis.completion(&at.text_document.uri, at.position)
            })
            .await
            .flatten())
    }

    async fn completion_resolve(&self, item: CompletionItem) -> Result<CompletionItem> {
        let asked = item.clone();
        Ok(self
            .answer("completionItem/resolve", move |analysis| {
                analysis.resolve_completion(item)
            })
            .await
            // The item as it came, rather than an error the editor shows.
            .unwrap_or(asked))
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        Ok(self
            .answer("hover", move |analysis| {
                analysis.hover(&at.text_document.uri, at.position)
            })
            .await
            .flatten())
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        Ok(self
            .answer("definition", move |analysis| {
                analysis.other_reviews(&at.text_document.uri, at.position, false)
            })
            .await
            .flatten()
            .filter(|locations| !locations.is_empty())
            .map(GotoDefinitionResponse::Array))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let include_self = params.context.include_declaration;
        Ok(self
            .answer("references", move |analysis| {
                analysis.other_reviews(&at.text_document.uri, at.position, include_self)
            })
            .await
            .flatten())
    }

    async fn symbol(
        &self,
        params: WorkspaceSymbolParams,
    ) -> Result<Option<WorkspaceSymbolResponse>> {
        let symbols: Option<Vec<SymbolInformation>> = self
            .answer("workspaceSymbol", move |analysis| {
                analysis.workspace_symbols(&params.query)
            })
            .await;
        Ok(symbols.map(WorkspaceSymbolResponse::Flat))
    }

    async fn code_lens(&self, params: CodeLensParams) -> Result<Option<Vec<CodeLens>>> {
        let uri = params.text_document.uri;
        Ok(self
            .answer("codeLens", move |analysis| analysis.code_lenses(&uri))
            .await
            .flatten())
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let uri = params.text_document.uri;
        Ok(self
            .answer("foldingRange", move |analysis| {
                analysis.folding_ranges(&uri)
            })
            .await
            .flatten())
    }
}

/// Commits the title index after edits, at most once per [`COMMIT_DELAY`]:
/// the buffers are sent to the index's writer in order, under the state's
/// lock, and staged and committed (tens of milliseconds) on its thread, so
/// that no keystroke waits for it. Ends with the server.
async fn commit_titles(shared: Weak<Shared>, requested: Arc<Notify>) {
    loop {
        requested.notified().await;
        tokio::time::sleep(COMMIT_DELAY).await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        let Some(Some((committed, changed))) = shared.with_state("commit", State::commit_buffers)
        else {
            continue;
        };
        let result = committed.await;
        shared.with_state("commit", |state| state.titles_committed(result, changed));
    }
}

/// Checks edited documents once the edits that arrived together are
/// applied (`State::check_edited`): a version edited over before its check
/// began is never checked. Ends with the server.
async fn check_edited(shared: Weak<Shared>, requested: Arc<Notify>) {
    loop {
        requested.notified().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        shared.with_state("check", State::check_edited);
    }
}

/// What a scan did to the title index, for the log.
#[derive(Default)]
struct ScanCounts {
    staged: usize,
    /// Files taken from the scan cache, not read (counted in `current`).
    reused: usize,
    current: usize,
    removed: usize,
    catalog_titles: usize,
}

fn watches_dynamically(capabilities: &ClientCapabilities) -> bool {
    capabilities
        .workspace
        .as_ref()
        .and_then(|workspace| workspace.did_change_watched_files.as_ref())
        .and_then(|watch| watch.dynamic_registration)
        .unwrap_or(false)
}

const WATCHERS_ID: &str = "review-ls-watched-files";

/// Asks the client to watch the review files, the configuration and the
/// catalog files it names; `again` replaces the earlier registration (the
/// configuration changed).
async fn register_watchers(shared: &Arc<Shared>, again: bool) {
    let method = "workspace/didChangeWatchedFiles";
    let catalogs = shared
        .with_state("watch", |state| catalog_watch_globs(&state.loaded))
        .unwrap_or_default();
    let watchers = ["**/*.md", "**/*.markdown", "**/review-ls.toml"]
        .into_iter()
        .map(str::to_owned)
        .chain(catalogs)
        .map(|glob| FileSystemWatcher {
            glob_pattern: GlobPattern::String(glob),
            kind: None,
        })
        .collect();
    if again {
        let old = Unregistration {
            id: WATCHERS_ID.to_owned(),
            method: method.to_owned(),
        };
        // A client that lost the first registration has nothing to drop.
        let _ = shared.client.unregister_capability(vec![old]).await;
    }
    let options = DidChangeWatchedFilesRegistrationOptions { watchers };
    let registration = Registration {
        id: WATCHERS_ID.to_owned(),
        method: method.to_owned(),
        register_options: serde_json::to_value(options).ok(),
    };
    if let Err(error) = shared.client.register_capability(vec![registration]).await {
        shared.with_state("registerCapability", |state| {
            state.outgoing.push(Outgoing::Log(
                MessageType::WARNING,
                format!("review-ls: could not watch files: {error}"),
            ));
        });
    }
}

/// Re-reads the catalog files after one changed on disk: those whose stamp
/// changed are indexed again, those gone are removed, then what the editor
/// shows about titles is refreshed.
async fn refresh_catalogs(shared: Arc<Shared>) {
    let Some((roots, loaded, index, jobs, before)) = shared.with_state("catalog", |state| {
        (
            state.roots.clone(),
            state.loaded.clone(),
            state.titles.index.clone(),
            state.titles.jobs.clone(),
            state.catalog_keys.clone(),
        )
    }) else {
        return;
    };
    let read_index = index.clone();
    let Some(StagedCatalogs {
        keys,
        titles,
        problems,
    }) = jobs
        .run(move |writer| {
            stage_catalogs(writer, &read_index, &roots, &loaded, catalog_files(&loaded))
        })
        .await
    else {
        return;
    };
    jobs.remove(before.difference(&keys).cloned().collect());
    let result = jobs.commit().await;
    let Some(table) = jobs.run(move |_| index.key_table_cached()).await else {
        return;
    };
    shared.with_state("catalog", |state| {
        state.titles.set_key_table(table);
        for problem in problems {
            state.report_catalog_problem(problem);
        }
        state.outgoing.push(Outgoing::Log(
            MessageType::INFO,
            format!(
                "review-ls: catalog changed: {titles} titles re-read from {} files",
                keys.len()
            ),
        ));
        state.catalog_keys = keys;
        state.titles_committed(result, None);
    });
}

/// Title previews are left to `completionItem/resolve` only for a client
/// that says it resolves an item's documentation (VS Code does). Neovim's
/// own completion resolves only what it inserts, and shows the
/// documentation the list holds.
fn previews(capabilities: &ClientCapabilities) -> review_index::ide::Previews {
    let resolves_documentation = capabilities
        .text_document
        .as_ref()
        .and_then(|text| text.completion.as_ref())
        .and_then(|completion| completion.completion_item.as_ref())
        .and_then(|item| item.resolve_support.as_ref())
        .is_some_and(|support| {
            support
                .properties
                .iter()
                .any(|property| property == "documentation")
        });
    if resolves_documentation {
        review_index::ide::Previews::Later
    } else {
        review_index::ide::Previews::Now
    }
}

/// Reads every review file of the workspace in the background, with
/// `$/progress` when the client supports it, and feeds the review index and
/// the title index. Files the title index holds with the same size and
/// modification time are not staged again, so a reopened workspace is ready
/// as soon as its files are read; files gone from disk are removed. One
/// commit per scan.
async fn scan_workspace(shared: Arc<Shared>) {
    let Some(setup) = shared.with_state("scan", |state| {
        (
            state.begin_scan(),
            state.roots.clone(),
            state.filter.clone(),
            state.loaded.clone(),
            state.titles.index.clone(),
            state.titles.jobs.clone(),
            state.open_keys(),
        )
    }) else {
        return;
    };
    let (generation, roots, filter, loaded, index, jobs, open_keys) = setup;
    if roots.is_empty() {
        return;
    }
    let supports_progress = shared
        .capabilities()
        .window
        .and_then(|window| window.work_done_progress)
        .unwrap_or(false);
    let progress = begin_progress(
        &shared,
        supports_progress,
        format!("review-ls/scan/{generation}"),
        "Reading review notes",
    )
    .await;
    let walk_roots = roots.clone();
    let cache_dir = match index.location() {
        review_index::Location::Disk(dir) => Some(dir.clone()),
        review_index::Location::Memory(_) => None,
    };
    let identity = scan_cache::identity(&loaded, &roots);
    let load_dir = cache_dir.clone();
    let walked = tokio::task::spawn_blocking(move || {
        let cached = load_dir
            .map(|dir| scan_cache::load(&dir, identity))
            .unwrap_or_default();
        (walk(&walk_roots, &filter), cached)
    })
    .await;
    let Ok(((paths, mut errors), cached)) = walked else {
        if let Some(progress) = progress {
            progress.finish_with_message("failed").await;
        }
        return;
    };
    let loaded = Arc::new(loaded);
    let notes_in_folder = Arc::new(review_files::notes_per_folder(
        paths.iter().map(PathBuf::as_path),
    ));
    let roots = Arc::new(roots);
    let open_keys = Arc::new(open_keys);
    let cached_before = cached.len();
    let cached = Arc::new(Mutex::new(cached));
    let set_reading = |notes: Option<(usize, usize)>| {
        shared.with_state("scan", |state| {
            if state.scan_generation == generation {
                state.reading.notes = notes;
            }
        });
    };
    set_reading(Some((0, paths.len())));
    let mut files = Vec::with_capacity(paths.len());
    let mut counts = ScanCounts::default();
    // While the writer stages one batch, the next is read: no more than
    // two batches' texts are held at a time.
    let mut staging: Option<_> = None;
    for (done, batch) in paths.chunks(SCAN_BATCH).enumerate() {
        let batch = batch.to_vec();
        let (loaded, notes_in_folder, roots, open_keys, index, cached) = (
            loaded.clone(),
            notes_in_folder.clone(),
            roots.clone(),
            open_keys.clone(),
            index.clone(),
            cached.clone(),
        );
        if let Ok((read, unreadable, staged, current, unchanged)) =
            tokio::task::spawn_blocking(move || {
                let (reused, unchanged) = from_cache(
                    &batch,
                    &cached,
                    &index,
                    &roots,
                    &open_keys,
                    &loaded,
                    &notes_in_folder,
                );
                let to_read: Vec<PathBuf> = batch
                    .iter()
                    .filter(|path| !reused.contains_key(*path))
                    .cloned()
                    .collect();
                let (read, unreadable) = read_files(&to_read, &loaded, &notes_in_folder);
                let (scanned, staged, current) = to_stage(&index, &roots, &open_keys, read);
                let scanned = in_walk_order(&batch, reused, scanned);
                (scanned, unreadable, staged, current, unchanged)
            })
            .await
        {
            files.extend(read);
            errors.extend(unreadable);
            counts.staged += staged.len();
            counts.current += current + unchanged;
            counts.reused += unchanged;
            if let Some(previous) = staging.take() {
                previous.await;
            }
            jobs.stage(staged);
            staging = Some(jobs.flushed());
        }
        set_reading(Some((files.len() + errors.len(), paths.len())));
        if let Some(progress) = &progress {
            let read = ((done + 1) * SCAN_BATCH).min(paths.len());
            let percentage = (read * 100 / paths.len().max(1)) as u32;
            progress
                .report_with_message(format!("{read}/{} files", paths.len()), percentage)
                .await;
        }
    }
    let walked_keys: HashSet<String> = paths.iter().map(|path| file_key(&roots, path)).collect();
    // A document opened while the scan ran may be in the index already (the
    // commit task stages buffers): it is not a file gone from disk.
    let open_now = shared
        .with_state("scan", |state| state.open_keys())
        .unwrap_or_default();
    // The notes first: they are what the editor checks, and they are ready
    // in well under a second. A large catalog (150,000 titles: seconds) is
    // indexed after, with its own progress.
    let catalog_loaded = loaded.clone();
    let notes_roots = roots.clone();
    let found = tokio::task::spawn_blocking(move || {
        // Found once per scan (a glob walks the workspace): kept for the
        // catalog phase below.
        let catalogs = catalog_files(&catalog_loaded);
        let catalog_keys: HashSet<String> = catalogs
            .0
            .iter()
            .map(|path| file_key(&notes_roots, path))
            .collect();
        (catalogs, catalog_keys)
    })
    .await;
    let (catalogs, catalog_keys) = match found {
        Ok((catalogs, keys)) => (Some(catalogs), keys),
        Err(_) => (None, HashSet::new()),
    };
    let gone: Vec<String> = index
        .indexed_files()
        .into_iter()
        .filter(|key| {
            !walked_keys.contains(key)
                && !catalog_keys.contains(key)
                && !open_keys.contains(key)
                && !open_now.contains(key)
        })
        .collect();
    counts.removed = gone.len();
    jobs.remove(gone);
    let committed = jobs.commit().await;
    let notes_index = index.clone();
    let keys = tokio::task::spawn_blocking(move || notes_index.key_table_cached()).await;
    // The cache is written again when this scan read anything it did not
    // hold, or it held files that are gone.
    let mut cache_error = None;
    let files = match cache_dir {
        Some(dir) if counts.reused != cached_before || counts.reused != files.len() => {
            let save_roots = roots.clone();
            let saved = tokio::task::spawn_blocking(move || {
                // The files go back whatever happens: they are the scan.
                let result = catch_unwind(AssertUnwindSafe(|| {
                    save_scan_cache(&dir, identity, &save_roots, &files)
                }))
                .unwrap_or_else(|_| Err(std::io::Error::other("internal error")));
                (files, result)
            })
            .await;
            match saved {
                Ok((files, result)) => {
                    cache_error = result.err();
                    files
                }
                Err(_) => Vec::new(),
            }
        }
        _ => files,
    };
    let count = files.len();
    shared.with_state("scan", |state| {
        for (path, error) in &errors {
            state.report_unreadable(path, error);
        }
        if let Some(error) = &cache_error {
            state.outgoing.push(Outgoing::Log(
                MessageType::WARNING,
                format!("review-ls: cannot write the scan cache: {error}"),
            ));
        }
        if let Ok(keys) = keys {
            state.titles.set_key_table(keys);
        }
        if let Err(error) = committed {
            state.outgoing.push(Outgoing::Log(
                MessageType::ERROR,
                format!("review-ls: {error}"),
            ));
        }
        if state.scan_generation == generation {
            state.install_scan(files);
        }
    });
    // Open buffers go back over what the scan read from disk.
    shared.commit_requested.notify_one();
    if let Some(progress) = progress {
        progress
            .finish_with_message(format!("{count} review files"))
            .await;
    }

    if !loaded.config.catalog_paths.is_empty() {
        shared.with_state("scan", |state| state.reading.catalogs = true);
    }
    let progress = if loaded.config.catalog_paths.is_empty() {
        None
    } else {
        begin_progress(
            &shared,
            supports_progress,
            format!("review-ls/catalog/{generation}"),
            "Reading catalogs",
        )
        .await
    };
    // Read, parsed and staged on the writer's thread, a file at a time.
    let read_index = index.clone();
    let staged = jobs
        .run(move |writer| {
            let catalogs = catalogs.unwrap_or_else(|| catalog_files(&loaded));
            stage_catalogs(writer, &read_index, &roots, &loaded, catalogs)
        })
        .await;
    let finished = match staged {
        Some(StagedCatalogs {
            keys: catalog_keys,
            titles: catalog_titles,
            problems,
        }) => {
            let committed = jobs.commit().await;
            // The catalog's keys join the near-miss table (150,000 keys: a
            // fraction of a second, on the writer's thread too).
            let keys = if catalog_titles > 0 {
                jobs.run(move |_| index.key_table_cached()).await
            } else {
                None
            };
            Some((committed, catalog_keys, catalog_titles, problems, keys))
        }
        None => None,
    };
    shared.with_state("scan", |state| {
        state.reading.catalogs = false;
        if let Some((result, catalog_keys, catalog_titles, problems, keys)) = finished {
            if let Some(keys) = keys {
                state.titles.set_key_table(keys);
            }
            state.catalog_keys = catalog_keys;
            counts.catalog_titles = catalog_titles;
            for problem in problems {
                state.report_catalog_problem(problem);
            }
            if counts.catalog_titles > 0 || result.is_err() {
                // What open files are told about their titles may change.
                state.titles_committed(result, None);
            }
        }
        state.outgoing.push(Outgoing::Log(
            MessageType::INFO,
            format!(
                "review-ls: title index: {} files indexed, {} already current ({} not parsed again), {} removed; {} catalog titles read",
                counts.staged, counts.current, counts.reused, counts.removed, counts.catalog_titles
            ),
        ));
    });
    if let Some(progress) = progress {
        let message = format!("{} catalog titles read", counts.catalog_titles);
        progress.finish_with_message(message).await;
    }
}

/// Creates and begins a `$/progress` when the client supports it.
/// How long the scan waits for the client to accept a progress token.
const PROGRESS_CREATE_WAIT: std::time::Duration = std::time::Duration::from_secs(2);

async fn begin_progress(
    shared: &Shared,
    supported: bool,
    token: String,
    title: &str,
) -> Option<OngoingProgress<Bounded, NotCancellable>> {
    let token = NumberOrString::String(token);
    // The work waits for the client's answer, so a client that never
    // answers (or only once it reads again) gets no progress for it rather
    // than holding up the scan.
    if !supported
        || !matches!(
            tokio::time::timeout(
                PROGRESS_CREATE_WAIT,
                shared.client.create_work_done_progress(token.clone())
            )
            .await,
            Ok(Ok(()))
        )
    {
        return None;
    }
    Some(
        shared
            .client
            .progress(token, title)
            .with_percentage(0)
            .begin()
            .await,
    )
}

/// The files of a batch the scan cache holds as they are now (same size
/// and modification time, parsed with the same site, the title index
/// current for them, not open), taken out of the cache; and how many.
fn from_cache(
    batch: &[PathBuf],
    cached: &Mutex<HashMap<String, scan_cache::CachedFile>>,
    index: &TitleIndex,
    roots: &[PathBuf],
    open_keys: &HashSet<String>,
    loaded: &LoadedConfig,
    notes_in_folder: &HashMap<PathBuf, usize>,
) -> (HashMap<PathBuf, ScannedFile>, usize) {
    let mut reused = HashMap::new();
    let mut cached = cached.lock().unwrap_or_else(|error| error.into_inner());
    if cached.is_empty() {
        return (reused, 0);
    }
    for path in batch {
        let key = file_key(roots, path);
        let Some(stamp) = FileStamp::of(path) else {
            continue;
        };
        if open_keys.contains(&key) || !index.is_current(&key, stamp) {
            continue;
        }
        let only = review_files::file_site(loaded, path, notes_in_folder).only_note_in_folder;
        let Some(file) = cached.remove(&key) else {
            continue;
        };
        if file.stamp == stamp && file.only_note_in_folder == only {
            let scanned = ScannedFile {
                path: path.clone(),
                reviews: file.reviews,
                hash: file.hash,
                stamp: Some(stamp),
                only_note_in_folder: only,
            };
            reused.insert(path.clone(), scanned);
        }
    }
    let count = reused.len();
    (reused, count)
}

/// A batch's files in the order the walk found them, from the cache or
/// read.
fn in_walk_order(
    batch: &[PathBuf],
    mut reused: HashMap<PathBuf, ScannedFile>,
    read: Vec<ScannedFile>,
) -> Vec<ScannedFile> {
    if reused.is_empty() {
        return read;
    }
    let mut read: HashMap<PathBuf, ScannedFile> = read
        .into_iter()
        .map(|file| (file.path.clone(), file))
        .collect();
    batch
        .iter()
        .filter_map(|path| reused.remove(path).or_else(|| read.remove(path)))
        .collect()
}

/// Writes what the scan read into the scan cache.
fn save_scan_cache(
    dir: &std::path::Path,
    identity: u64,
    roots: &[PathBuf],
    files: &[ScannedFile],
) -> std::io::Result<()> {
    let keys: Vec<String> = files
        .iter()
        .map(|file| file_key(roots, &file.path))
        .collect();
    let entries: Vec<scan_cache::Entry<'_>> = files
        .iter()
        .zip(&keys)
        .filter_map(|(file, key)| {
            Some(scan_cache::Entry {
                key,
                stamp: file.stamp?,
                only_note_in_folder: file.only_note_in_folder,
                hash: file.hash,
                reviews: &file.reviews,
            })
        })
        .collect();
    scan_cache::save(dir, identity, &entries)
}

/// Splits a batch of scanned files into what the state keeps (their
/// reviews) and what the index's writer stages: the files whose stamp the
/// index does not hold already (open documents are staged from their
/// buffers instead). Also says how many were current.
fn to_stage(
    index: &TitleIndex,
    roots: &[PathBuf],
    open_keys: &HashSet<String>,
    files: Vec<review_files::ReadNote>,
) -> (Vec<ScannedFile>, Vec<StagedFile>, usize) {
    let mut current = 0;
    let mut staged = Vec::new();
    let mut scanned = Vec::with_capacity(files.len());
    for file in files {
        let key = file_key(roots, &file.path);
        let (kept, text, parsed) = ScannedFile::of(file);
        scanned.push(kept);
        if open_keys.contains(&key) {
            continue;
        }
        let stamp = scanned[scanned.len() - 1].stamp;
        if stamp.is_some_and(|stamp| index.is_current(&key, stamp)) {
            current += 1;
        } else {
            staged.push(StagedFile {
                key: key.into(),
                stamp,
                text: text.into(),
                parsed: Arc::new(parsed),
            });
        }
    }
    (scanned, staged, current)
}

/// What [`stage_catalogs`] did.
struct StagedCatalogs {
    /// The keys of every catalog file, changed or not.
    keys: HashSet<String>,
    /// How many titles the changed ones hold.
    titles: usize,
    /// `file:line: message`.
    problems: Vec<String>,
}

/// Reads the catalog files of the configuration (`[catalog] paths`, as
/// `catalog_files` found them: the files and the patterns matching none)
/// that changed since they were indexed, and stages each in turn, a title
/// at a time as it is parsed: one file's text is held, never a list of its
/// titles. Blocking: run on the
/// writer's thread ([`crate::writer::IndexJobs::run`]).
fn stage_catalogs(
    writer: &mut TitleWriter,
    index: &TitleIndex,
    roots: &[PathBuf],
    loaded: &LoadedConfig,
    (paths, unmatched): (Vec<PathBuf>, Vec<String>),
) -> StagedCatalogs {
    let config_file = loaded.path.as_deref().map_or_else(
        || "the configuration".to_owned(),
        |path| file_key(roots, path),
    );
    let mut problems: Vec<String> = unmatched
        .into_iter()
        .map(|pattern| format!("{config_file}: catalog path `{pattern}` matches no file"))
        .collect();
    let mut keys = HashSet::new();
    let mut titles = 0;
    for path in paths {
        let key = file_key(roots, &path);
        keys.insert(key.clone());
        let stamp = FileStamp::of(&path);
        if stamp.is_some_and(|stamp| index.is_current(&key, stamp)) {
            continue;
        }
        match read_review_file(&path) {
            Ok(text) => {
                let mut found = Vec::new();
                writer.stage_catalog_with(&key, stamp, |add| {
                    found = load_each(&text, CatalogFormat::of(&path), &mut |title| {
                        titles += 1;
                        add(title);
                    });
                });
                problems.extend(
                    found
                        .iter()
                        .map(|problem| format!("{key}:{}: {}", problem.line, problem.message)),
                );
            }
            Err(error) => problems.push(format!("{key}: {error}; catalog skipped")),
        }
    }
    StagedCatalogs {
        keys,
        titles,
        problems,
    }
}

#[cfg(test)]
mod tests {
    use tower_lsp_server::LspService;

    #[tokio::test]
    async fn a_panic_in_a_handler_is_caught_and_the_server_goes_on() {
        let (output, _) = tokio::sync::mpsc::unbounded_channel();
        let (service, _socket) = LspService::new(|client| super::Backend::new(client, output));
        let backend = service.inner();
        let answer: Option<()> = backend.with_state("test", |_| panic!("boom"));
        assert_eq!(answer, None);
        // The state is still there, and its lock is not poisoned.
        assert!(!backend.shared.state.is_poisoned());
        let encoding = backend.with_state("test", |state| state.encoding);
        assert_eq!(encoding, Some(crate::line_index::PositionEncoding::Utf16));
    }

    #[tokio::test]
    async fn a_panic_while_answering_from_a_snapshot_is_caught_too() {
        let (output, _) = tokio::sync::mpsc::unbounded_channel();
        let (service, _socket) = LspService::new(|client| super::Backend::new(client, output));
        let backend = service.inner();
        let answer: Option<()> = backend.answer("test", |_| panic!("boom")).await;
        assert_eq!(answer, None);
        let encoding = backend.answer("test", |analysis| analysis.encoding).await;
        assert_eq!(encoding, Some(crate::line_index::PositionEncoding::Utf16));
    }
}
