//! The `LanguageServer` implementation: each handler converts the request,
//! asks the state (which asks the analysis), and converts the answer.
//!
//! Handlers touch the state only through [`Backend::with_state`], which
//! runs synchronously, before the handler's first `.await` (see `state.rs`
//! for why that keeps edits and requests in order), catches a panic in the
//! work so that one bad request cannot take the server down, and queues the
//! notifications the work produced, in order, for the one task that sends
//! them.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::notification::{Notification, PublishDiagnostics};
use tower_lsp_server::ls_types::{
    ClientCapabilities, CodeActionKind, CodeActionOptions, CodeActionParams,
    CodeActionProviderCapability, CodeActionResponse, DidChangeTextDocumentParams,
    DidChangeWatchedFilesParams, DidChangeWatchedFilesRegistrationOptions,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DocumentSymbolParams,
    DocumentSymbolResponse, FileSystemWatcher, FoldingRange, FoldingRangeParams,
    FoldingRangeProviderCapability, GlobPattern, InitializeParams, InitializeResult,
    InitializedParams, MessageType, NumberOrString, OneOf, PublishDiagnosticsParams, Registration,
    SelectionRange, SelectionRangeParams, SelectionRangeProviderCapability, ServerCapabilities,
    ServerInfo, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    WorkspaceFolder,
};
use tower_lsp_server::{Client, LanguageServer};

use crate::line_index::PositionEncoding;
use crate::state::{Outgoing, State, read_files, walk};
use crate::transport;

/// Files per `$/progress` report while scanning the workspace.
const SCAN_BATCH: usize = 64;

pub struct Backend {
    shared: Arc<Shared>,
}

struct Shared {
    client: Client,
    state: Mutex<State>,
    outgoing: UnboundedSender<Outgoing>,
    capabilities: Mutex<ClientCapabilities>,
}

impl Backend {
    /// `output` takes framed messages for the client: diagnostics are
    /// written there directly (see [`send`]).
    pub fn new(client: Client, output: UnboundedSender<Vec<u8>>) -> Backend {
        let (sender, receiver) = unbounded_channel();
        tokio::spawn(send_outgoing(client.clone(), output, receiver));
        Backend {
            shared: Arc::new(Shared {
                client,
                state: Mutex::new(State::default()),
                outgoing: sender,
                capabilities: Mutex::new(ClientCapabilities::default()),
            }),
        }
    }

    /// See the module docs. `None` when the work panicked.
    fn with_state<T>(&self, what: &str, work: impl FnOnce(&mut State) -> T) -> Option<T> {
        self.shared.with_state(what, work)
    }
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
                let reason = panic
                    .downcast_ref::<&str>()
                    .map(|text| (*text).to_owned())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "unknown cause".to_owned());
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
            if catch_unwind(AssertUnwindSafe(|| state.set_roots(roots))).is_err() {
                log_to_stderr("review-ls: internal error while loading the configuration");
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
        let dynamic_watch = capabilities
            .workspace
            .as_ref()
            .and_then(|workspace| workspace.did_change_watched_files.as_ref())
            .and_then(|watch| watch.dynamic_registration)
            .unwrap_or(false);
        tokio::spawn(scan_workspace(self.shared.clone()));
        if dynamic_watch {
            let watchers = ["**/*.md", "**/*.markdown", "**/review-ls.toml"]
                .into_iter()
                .map(|glob| FileSystemWatcher {
                    glob_pattern: GlobPattern::String(glob.to_owned()),
                    kind: None,
                })
                .collect();
            let options = DidChangeWatchedFilesRegistrationOptions { watchers };
            let registration = Registration {
                id: "review-ls-watched-files".to_owned(),
                method: "workspace/didChangeWatchedFiles".to_owned(),
                register_options: serde_json::to_value(options).ok(),
            };
            if let Err(error) = self
                .shared
                .client
                .register_capability(vec![registration])
                .await
            {
                self.with_state("registerCapability", |state| {
                    state.outgoing.push(Outgoing::Log(
                        MessageType::WARNING,
                        format!("review-ls: could not watch files: {error}"),
                    ));
                });
            }
        }
    }

    async fn shutdown(&self) -> Result<()> {
        Ok(())
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let document = params.text_document;
        self.with_state("didOpen", |state| {
            state.open(document.uri, document.version, document.text);
        });
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        self.with_state("didChange", |state| state.change(&params));
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        self.with_state("didClose", |state| state.close(&params.text_document.uri));
    }

    async fn did_change_watched_files(&self, params: DidChangeWatchedFilesParams) {
        let rescan = self.with_state("didChangeWatchedFiles", |state| {
            state.watched_files_changed(&params.changes)
        });
        if rescan == Some(true) {
            tokio::spawn(scan_workspace(self.shared.clone()));
        }
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        Ok(self
            .with_state("codeAction", |state| state.code_actions(&uri, params.range))
            .flatten())
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        Ok(self
            .with_state("documentSymbol", |state| state.document_symbols(&uri))
            .flatten()
            .map(DocumentSymbolResponse::Nested))
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        let uri = params.text_document.uri;
        Ok(self
            .with_state("selectionRange", |state| {
                state.selection_ranges(&uri, &params.positions)
            })
            .flatten())
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let uri = params.text_document.uri;
        Ok(self
            .with_state("foldingRange", |state| state.folding_ranges(&uri))
            .flatten())
    }
}

/// Reads every review file of the workspace in the background, with
/// `$/progress` when the client supports it, and feeds the review index.
async fn scan_workspace(shared: Arc<Shared>) {
    let Some((generation, roots, filter, config)) = shared.with_state("scan", |state| {
        state.scan_generation += 1;
        (
            state.scan_generation,
            state.roots.clone(),
            state.filter.clone(),
            state.config().clone(),
        )
    }) else {
        return;
    };
    if roots.is_empty() {
        return;
    }
    let supports_progress = shared
        .capabilities()
        .window
        .and_then(|window| window.work_done_progress)
        .unwrap_or(false);
    let token = NumberOrString::String(format!("review-ls/scan/{generation}"));
    let progress = if supports_progress
        && shared
            .client
            .create_work_done_progress(token.clone())
            .await
            .is_ok()
    {
        Some(
            shared
                .client
                .progress(token, "Reading review notes")
                .with_percentage(0)
                .begin()
                .await,
        )
    } else {
        None
    };
    let walked = tokio::task::spawn_blocking(move || walk(&roots, &filter)).await;
    let Ok((paths, mut errors)) = walked else {
        if let Some(progress) = progress {
            progress.finish_with_message("failed").await;
        }
        return;
    };
    let config = Arc::new(config);
    let mut files = Vec::with_capacity(paths.len());
    for (done, batch) in paths.chunks(SCAN_BATCH).enumerate() {
        let batch = batch.to_vec();
        let config = config.clone();
        if let Ok((read, unreadable)) =
            tokio::task::spawn_blocking(move || read_files(&batch, &config)).await
        {
            files.extend(read);
            errors.extend(unreadable);
        }
        if let Some(progress) = &progress {
            let read = ((done + 1) * SCAN_BATCH).min(paths.len());
            let percentage = (read * 100 / paths.len().max(1)) as u32;
            progress
                .report_with_message(format!("{read}/{} files", paths.len()), percentage)
                .await;
        }
    }
    let count = files.len();
    shared.with_state("scan", |state| {
        for (path, error) in &errors {
            state.report_unreadable(path, error);
        }
        if state.scan_generation == generation {
            state.install_scan(files);
        }
    });
    if let Some(progress) = progress {
        progress
            .finish_with_message(format!("{count} review files"))
            .await;
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
}
