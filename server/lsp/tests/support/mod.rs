//! A small LSP client for protocol-level tests: it speaks JSON-RPC with
//! `Content-Length` framing to the server, either in-process over
//! `tokio::io::duplex` pipes (the same code `run_stdio` runs, on other
//! handles) or to a real process on its stdin / stdout.
//!
//! Requests the server sends (`client/registerCapability`,
//! `window/workDoneProgress/create`) are answered with `null` and also kept,
//! like every notification, for tests to look at.

#![allow(dead_code, reason = "each test file uses a different part")]

use std::collections::VecDeque;
use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

pub const SEED: &str = include_str!("../../../../seeds/000_1d7a1aefbff0b690.md");

/// How long any one wait may take before the test fails: a hang, not a
/// slow debug build on a busy two-core machine (a wait of 8 s on an idle
/// one passed 20 s beside other builds).
const TIMEOUT: Duration = Duration::from_secs(60);

pub struct TestClient {
    /// `None` once [`TestClient::close_input`] closed the server's input.
    to_server: Option<UnboundedSender<Vec<u8>>>,
    from_server: UnboundedReceiver<Value>,
    /// Messages read while waiting for something else.
    pending: VecDeque<Value>,
    /// Every message the server sent, in order.
    pub seen: Vec<Value>,
    next_id: i64,
    /// How long any one wait may take before the test fails.
    timeout: Duration,
    /// The title index's cache root for this client's server: tests never
    /// write to the user's cache.
    cache: tempfile::TempDir,
}

pub fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

async fn read_message<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).await.ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).await.ok()?;
    Some(serde_json::from_slice(&body).expect("the server sent invalid JSON"))
}

impl TestClient {
    /// Connects to a server reading `input` and writing `output`.
    pub fn connect<R, W>(server_output: R, server_input: W) -> TestClient
    where
        R: AsyncRead + Unpin + Send + 'static,
        W: AsyncWrite + Unpin + Send + 'static,
    {
        TestClient::connect_unanswering(server_output, server_input, &[])
    }

    /// [`TestClient::connect`], leaving the server's requests of these
    /// methods unanswered (every other one is answered with `null`).
    pub fn connect_unanswering<R, W>(
        server_output: R,
        server_input: W,
        unanswered: &'static [&'static str],
    ) -> TestClient
    where
        R: AsyncRead + Unpin + Send + 'static,
        W: AsyncWrite + Unpin + Send + 'static,
    {
        let (to_server, mut outbox) = unbounded_channel::<Vec<u8>>();
        let (inbox, from_server) = unbounded_channel();
        tokio::spawn(async move {
            let mut writer = server_input;
            while let Some(bytes) = outbox.recv().await {
                if writer.write_all(&bytes).await.is_err() || writer.flush().await.is_err() {
                    break;
                }
            }
            // Dropping the writer closes the server's input.
        });
        // Weak, so that dropping the client closes the server's input.
        let answer = to_server.downgrade();
        tokio::spawn(async move {
            let mut reader = BufReader::new(server_output);
            while let Some(message) = read_message(&mut reader).await {
                if let (Some(id), Some(method)) = (message.get("id"), message.get("method"))
                    && !unanswered.iter().any(|unanswered| method == unanswered)
                {
                    let response = json!({"jsonrpc": "2.0", "id": id, "result": null});
                    if let Some(answer) = answer.upgrade() {
                        let _ = answer.send(frame(response.to_string().as_bytes()));
                    }
                }
                if inbox.send(message).is_err() {
                    break;
                }
            }
        });
        TestClient {
            to_server: Some(to_server),
            from_server,
            pending: VecDeque::new(),
            seen: Vec::new(),
            next_id: 1,
            timeout: TIMEOUT,
            cache: tempfile::tempdir().expect("a temporary cache folder"),
        }
    }

    /// A server in this process, on duplex pipes.
    pub fn in_process() -> TestClient {
        TestClient::in_process_unanswering(&[])
    }

    /// [`TestClient::in_process`], leaving the server's requests of these
    /// methods unanswered.
    pub fn in_process_unanswering(unanswered: &'static [&'static str]) -> TestClient {
        let (client_end, server_end) = tokio::io::duplex(1 << 20);
        let (server_read, server_write) = tokio::io::split(server_end);
        tokio::spawn(review_lsp::serve(server_read, server_write));
        let (client_read, client_write) = tokio::io::split(client_end);
        TestClient::connect_unanswering(client_read, client_write, unanswered)
    }

    /// Initializes with `capabilities` and the workspace folder `root`, with
    /// the title index cached in a temporary folder of this client's.
    pub async fn initialize(&mut self, capabilities: Value, root: Option<&Path>) -> Value {
        let cache = self.cache.path().to_owned();
        self.initialize_with_cache(capabilities, root, &cache).await
    }

    /// [`TestClient::initialize`] with the title index's cache root `cache`
    /// (`initializationOptions.cacheDirectory`).
    pub async fn initialize_with_cache(
        &mut self,
        capabilities: Value,
        root: Option<&Path>,
        cache: &Path,
    ) -> Value {
        let folders = root.map(|root| json!([{ "uri": file_uri(root), "name": "root" }]));
        let result = self
            .request(
                "initialize",
                json!({
                    "processId": null,
                    "rootUri": root.map(file_uri),
                    "capabilities": capabilities,
                    "workspaceFolders": folders,
                    "initializationOptions": {"cacheDirectory": cache},
                }),
            )
            .await;
        self.notify("initialized", json!({}));
        result
    }

    /// The cache root [`TestClient::initialize`] gives the server.
    pub fn cache_path(&self) -> &Path {
        self.cache.path()
    }

    pub fn send_raw(&self, bytes: Vec<u8>) {
        self.to_server
            .as_ref()
            .expect("the server's input was closed by the test")
            .send(bytes)
            .expect("the connection to the server is closed");
    }

    /// Lets each wait take up to `timeout` (60 s by default) before the
    /// test fails: for sessions with work measured in seconds even when the
    /// machine is not busy.
    pub fn set_timeout(&mut self, timeout: Duration) {
        self.timeout = timeout;
    }

    /// Closes the server's input (its stdin, for a process) after what was
    /// sent so far, and keeps reading its output: see [`TestClient::closed`].
    pub fn close_input(&mut self) {
        self.to_server = None;
    }

    pub fn notify(&self, method: &str, params: Value) {
        let message = json!({"jsonrpc": "2.0", "method": method, "params": params});
        self.send_raw(frame(message.to_string().as_bytes()));
    }

    /// Sends a request without waiting; returns its id.
    pub fn send_request(&mut self, method: &str, params: Value) -> i64 {
        let id = self.next_id;
        self.next_id += 1;
        let message = json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params});
        self.send_raw(frame(message.to_string().as_bytes()));
        id
    }

    /// The whole response (`result` or `error`) to request `id`.
    pub async fn response(&mut self, id: i64) -> Value {
        self.wait_for(|message| {
            message.get("method").is_none() && message.get("id") == Some(&json!(id))
        })
        .await
    }

    /// Sends a request and returns its result, failing on an error.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.send_request(method, params);
        let response = self.response(id).await;
        assert!(
            response.get("error").is_none(),
            "{method} failed: {response}"
        );
        response["result"].clone()
    }

    /// The next message, kept ones first; `None` once the server closed
    /// its output.
    pub async fn next(&mut self) -> Option<Value> {
        match self.pending.pop_front() {
            Some(message) => Some(message),
            None => self.next_message().await,
        }
    }

    async fn next_message(&mut self) -> Option<Value> {
        let message = tokio::time::timeout(self.timeout, self.from_server.recv())
            .await
            .expect("timed out waiting for the server")?;
        self.seen.push(message.clone());
        Some(message)
    }

    /// The first message (kept ones first) matching `wanted`, removing it.
    pub async fn wait_for(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(at) = self.pending.iter().position(&wanted) {
            return self.pending.remove(at).expect("an index found just now");
        }
        loop {
            let message = self
                .next_message()
                .await
                .expect("the server closed the connection");
            if wanted(&message) {
                return message;
            }
            self.pending.push_back(message);
        }
    }

    pub async fn notification(&mut self, method: &str) -> Value {
        self.wait_for(|message| message["method"] == method && message.get("id").is_none())
            .await["params"]
            .clone()
    }

    /// The diagnostics published for `uri` at `version`.
    pub async fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let params = self
            .wait_for(|message| {
                message["method"] == "textDocument/publishDiagnostics"
                    && message["params"]["uri"] == uri
                    && version.is_none_or(|version| message["params"]["version"] == version)
            })
            .await["params"]
            .clone();
        params["diagnostics"]
            .as_array()
            .expect("diagnostics are an array")
            .clone()
    }

    pub fn open(&self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    /// Replaces `range` (as `[[line, character], [line, character]]`) with
    /// `text`, as version `version`.
    pub fn change(&self, uri: &str, version: i64, range: [[u32; 2]; 2], text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": uri, "version": version},
                "contentChanges": [{"range": range_json(range), "text": text}],
            }),
        );
    }

    /// Waits until the server has closed its output.
    pub async fn closed(&mut self) {
        while self.next_message().await.is_some() {}
    }
}

pub fn range_json(range: [[u32; 2]; 2]) -> Value {
    json!({
        "start": {"line": range[0][0], "character": range[0][1]},
        "end": {"line": range[1][0], "character": range[1][1]},
    })
}

/// Writes `text` at `path` under `root`, making its folders.
pub fn write(root: &Path, path: &str, text: &str) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

/// The params of a position request (hover, completion, definition …).
pub fn at(uri: &str, line: u32, character: u32) -> Value {
    json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}})
}

/// The `file:` URI of a path, percent-encoded the way editors send it
/// (spaces, Hangul and lookalike letters in folder names included).
pub fn file_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for byte in path.to_string_lossy().bytes() {
        if byte.is_ascii_alphanumeric() || b"/-._~".contains(&byte) {
            uri.push(char::from(byte));
        } else {
            uri.push_str(&format!("%{byte:02X}"));
        }
    }
    uri
}

/// Capabilities of a client that offers UTF-8 positions (like Neovim).
pub fn utf8_client() -> Value {
    json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}})
}

/// Capabilities of a client that knows only UTF-16 (like VS Code).
pub fn utf16_client() -> Value {
    json!({})
}

/// `[[start line, start character], [end line, end character]]` of a
/// protocol range, for short asserts.
pub fn span(range: &Value) -> [[u64; 2]; 2] {
    let at = |position: &Value| {
        [
            position["line"].as_u64().expect("a line"),
            position["character"].as_u64().expect("a character"),
        ]
    };
    [at(&range["start"]), at(&range["end"])]
}

/// The example binary that `cargo test` builds beside the tests: the real
/// `run_stdio` in a process of its own.
pub fn example_binary() -> std::path::PathBuf {
    let test = std::env::current_exe().unwrap();
    let target = test.parent().and_then(|deps| deps.parent()).unwrap();
    let binary = target.join("examples").join("stdio");
    assert!(
        binary.is_file(),
        "{} is missing: run the tests with `cargo test -p review-lsp`, which builds the examples",
        binary.display()
    );
    binary
}

pub async fn spawn_server() -> (tokio::process::Child, TestClient) {
    spawn_server_with_env(&[]).await
}

/// [`spawn_server`] with extra environment variables.
pub async fn spawn_server_with_env(env: &[(&str, &Path)]) -> (tokio::process::Child, TestClient) {
    spawn_server_in(env, &[], None).await
}

/// [`spawn_server`] with extra environment variables, without the
/// variables named in `remove`, and in the folder `dir` (else the test's).
pub async fn spawn_server_in(
    env: &[(&str, &Path)],
    remove: &[&str],
    dir: Option<&Path>,
) -> (tokio::process::Child, TestClient) {
    let mut command = tokio::process::Command::new(example_binary());
    for name in remove {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    if let Some(dir) = dir {
        command.current_dir(dir);
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    (child, TestClient::connect(stdout, stdin))
}

pub async fn exits(child: &mut tokio::process::Child) -> std::process::ExitStatus {
    tokio::time::timeout(std::time::Duration::from_secs(10), child.wait())
        .await
        .expect("the server did not exit")
        .unwrap()
}

/// Waits for the line the server logs when a workspace scan has fed the
/// title index (notes and catalogs), and returns it.
pub async fn scan_summary(client: &mut TestClient) -> String {
    client
        .wait_for(|message| {
            message["method"] == "window/logMessage"
                && message["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.starts_with("review-ls: title index: "))
        })
        .await["params"]["message"]
        .as_str()
        .unwrap()
        .to_owned()
}
