//! The language server of review-ls: the only crate that speaks the
//! Language Server Protocol.
//!
//! It turns protocol requests into questions for the analysis layer and the
//! answers back into protocol types; it holds open documents as ropes,
//! updated incrementally, and knows the whole workspace's reviews so that
//! cross-file rules see every file. See DESIGN.md §4.
//!
//! - `line_index`: every position conversion, in the negotiated encoding;
//! - `document`: an open document and its current snapshot;
//! - `state`: everything the server knows, changed synchronously so that
//!   edits and requests stay in the order the client sent them;
//! - `titles`: the title index (tantivy, cached per workspace) and a cheap
//!   near-miss lookup for diagnostics;
//! - `to_proto`: analysis results as protocol types;
//! - `server`: the handlers;
//! - `transport`: a guard that answers malformed messages instead of letting
//!   them end the session.
//!
//! The title index is the only thing the server writes to disk: a folder
//! per workspace under the cache root, which is, first found,
//! `initializationOptions.cacheDirectory`, the environment variable
//! `REVIEW_LS_CACHE_DIR`, or the user's cache (`$XDG_CACHE_HOME/review-ls`,
//! `~/.cache/review-ls`). When none can be used the index lives in memory
//! and the user is told once (`window/showMessage`).
//!
//! Nothing here writes to stdout but the protocol itself: logs go to stderr
//! and, for what the user should see, to `window/logMessage`.

mod allocator;
mod analysis;
mod document;
mod line_index;
mod scan_cache;
mod server;
mod state;
mod titles;
mod to_proto;
mod transport;
mod writer;

/// The environment variable naming the cache folder, for the server and the CLI.
pub use titles::CACHE_DIR_VARIABLE;

use std::sync::atomic::Ordering;

use tokio::io::{AsyncRead, AsyncWrite};
use tokio::sync::{mpsc::unbounded_channel, oneshot};
use tower_lsp_server::{LspService, Server};

use server::Backend;

/// How a session ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ending {
    /// The client sent `exit`, after `shutdown` or not.
    Exit { after_shutdown: bool },
    /// The input closed without `exit`.
    InputClosed,
}

impl Ending {
    /// The process's exit code: LSP asks for 1 when `exit` comes without
    /// `shutdown` first, 0 otherwise. An input that just closes (the
    /// editor went away) is no error of the server's.
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Exit {
                after_shutdown: false,
            } => 1,
            _ => 0,
        }
    }
}

/// How long the output may take to drain once the session has ended.
const EXIT_FLUSH: std::time::Duration = std::time::Duration::from_secs(2);

/// Serves the protocol on `input` / `output` until the client sends `exit`
/// or closes `input`.
pub async fn serve<I, O>(input: I, output: O) -> Ending
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
{
    // Pipe sizes: big enough for a burst of keystrokes; a full pipe only
    // makes the writer wait.
    let (filtered_input, server_input) = tokio::io::duplex(1 << 16);
    let (server_output, raw_output) = tokio::io::duplex(1 << 16);
    let (queue, queued) = unbounded_channel();
    let (stop, stopped) = oneshot::channel::<()>();
    let (ended, server_ended) = oneshot::channel::<()>();
    let end = transport::SessionEnd::default();
    let end_seen = &end;
    let diagnostics_queue = queue.clone();
    let (service, socket) = LspService::new(|client| Backend::new(client, diagnostics_queue));
    let server = async {
        // tower-lsp stops reading at `exit` but waits for every handler
        // still running, and one waiting for the client's answer to a
        // request would wait for ever (its answer is never read): the
        // session ends `EXIT_FLUSH` after `exit` whatever still runs.
        tokio::select! {
            () = Server::new(server_input, server_output, socket).serve(service) => {}
            () = async {
                end_seen.exited.notified().await;
                tokio::time::sleep(EXIT_FLUSH).await;
            } => {}
        }
        // After `exit` the input may never end: stop reading it.
        let _ = stop.send(());
        let _ = ended.send(());
    };
    // What is queued when the session ends is written, but a client that
    // stopped reading (its pipe full) must not keep the process alive
    // after `exit`: it gets `EXIT_FLUSH` to read the rest.
    let output = async move {
        tokio::select! {
            () = transport::write_output(output, queued) => {}
            () = async {
                let _ = server_ended.await;
                tokio::time::sleep(EXIT_FLUSH).await;
            } => {}
        }
    };
    let input_queue = queue.clone();
    let filter = async move {
        tokio::select! {
            () = transport::filter_input(input, filtered_input, input_queue, end_seen) => {}
            _ = stopped => {}
        }
    };
    tokio::join!(
        server,
        filter,
        transport::forward_output(raw_output, queue),
        output,
    );
    if end.exit.load(Ordering::Relaxed) {
        Ending::Exit {
            after_shutdown: end.shutdown.load(Ordering::Relaxed),
        }
    } else {
        Ending::InputClosed
    }
}

/// Runs the language server on standard input and output, returning when
/// the client exits or closes standard input. Sets one of glibc's malloc
/// parameters for the whole process first (see `allocator`).
pub fn run_stdio() -> anyhow::Result<Ending> {
    allocator::keep_large_blocks_unmapped();
    // Few blocking threads: every thread that allocates gets its own malloc
    // arena, and freed memory stays resident in them (tokio's default is up
    // to 512). Four: reading stdin and writing stdout each hold one (tokio
    // does both on blocking threads), and the scan, staging and commits use
    // the other two — with only two in all, a keystroke's diagnostics
    // waited behind a commit for the thread that writes stdout (measured on
    // the seed: keystroke p99 33–35 ms with two, 12–17 ms with four).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .max_blocking_threads(4)
        .build()?;
    let ending = runtime.block_on(serve(tokio::io::stdin(), tokio::io::stdout()));
    // Reading standard input blocks a thread that may never wake up again:
    // do not wait for it (nor for a scan still running) on the way out.
    runtime.shutdown_background();
    Ok(ending)
}
