//! The server stays up: malformed messages, unknown documents, positions
//! past the end, and it honours `shutdown` / `exit` and a closed stdin.

mod support;

use serde_json::{Value, json};
use support::{TestClient, exits, frame, range_json, spawn_server, utf16_client};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_message_then_a_valid_request_is_answered() {
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.send_raw(frame(b"{\"jsonrpc\": \"2.0\", \"id\": 99, \"method\": "));
    let error = client
        .wait_for(|message| message.get("error").is_some())
        .await;
    assert_eq!(error["id"], Value::Null);
    assert_eq!(error["error"]["code"], -32700);
    // A well-formed JSON value that is not a JSON-RPC message.
    client.send_raw(frame(b"[1, 2, 3]"));
    let error = client
        .wait_for(|message| message.get("error").is_some())
        .await;
    assert_eq!(error["id"], Value::Null);
    // A header without a usable length.
    client.send_raw(b"Content-Length: many\r\n\r\n".to_vec());
    let error = client
        .wait_for(|message| message.get("error").is_some())
        .await;
    assert_eq!(error["error"]["code"], -32700);
    client.open("file:///notes/a.md", "홍길동: Paper\n\n- 목적: x\n");
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": "file:///notes/a.md"}}),
        )
        .await;
    assert_eq!(symbols[0]["name"], "Paper");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_documents_answer_null() {
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    let document = json!({"uri": "file:///nowhere.md"});
    for (method, params) in [
        (
            "textDocument/documentSymbol",
            json!({"textDocument": document}),
        ),
        (
            "textDocument/foldingRange",
            json!({"textDocument": document}),
        ),
        (
            "textDocument/codeAction",
            json!({"textDocument": document, "range": range_json([[0, 0], [0, 0]]), "context": {"diagnostics": []}}),
        ),
    ] {
        assert_eq!(
            client.request(method, params).await,
            Value::Null,
            "{method}"
        );
    }
    // A change to a document never opened is ignored and logged.
    client.change("file:///nowhere.md", 2, [[0, 0], [0, 0]], "x");
    let log = client
        .wait_for(|message| {
            message["method"] == "window/logMessage"
                && message["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.contains("not open"))
        })
        .await["params"]
        .clone();
    assert!(
        log["message"]
            .as_str()
            .unwrap()
            .contains("not open: file:///nowhere.md"),
        "{log}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn positions_past_the_end_clamp() {
    let uri = "file:///notes/clamp.md";
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(uri, "홍길동: Paper 😀\n\n- 목적: x\n- Method: y");
    assert_eq!(client.diagnostics(uri, Some(1)).await.len(), 1);
    // Line 99 is past the end: the text is appended there.
    client.change(uri, 2, [[99, 5], [120, 0]], "\n- 실험: z");
    assert_eq!(client.diagnostics(uri, Some(2)).await, Vec::<Value>::new());
    // A column past the end of line 0 is its end; in the middle of the
    // emoji's surrogate pair it rounds down to the emoji's start.
    client.change(uri, 3, [[0, 12], [0, 999]], "!");
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(symbols[0]["name"], "Paper !");
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": range_json([[500, 500], [0, 0]]), "context": {"diagnostics": []}}),
        )
        .await;
    assert_eq!(actions, json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shutdown_then_exit_closes_the_connection() {
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    assert_eq!(client.request("shutdown", Value::Null).await, Value::Null);
    // After shutdown, requests are refused rather than served.
    let id = client.send_request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": "file:///a.md"}}),
    );
    assert_eq!(client.response(id).await["error"]["code"], -32600);
    client.notify("exit", Value::Null);
    client.closed().await;
}

/// `exit` ends the session even while the server waits for an answer from
/// the client: here, to the file watchers' registration that follows
/// `initialized`, which a client sending `shutdown` and `exit` at once
/// answers after them, when tower-lsp no longer reads its input. The
/// session used to wait for that answer for ever (pytest-lsp's suite hung
/// so in CI, 1 run in about 30).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_ends_the_session_while_a_registration_waits_for_its_answer() {
    let mut client = TestClient::in_process_unanswering(&["client/registerCapability"]);
    client
        .initialize(
            json!({"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}),
            None,
        )
        .await;
    client
        .wait_for(|message| message["method"] == "client/registerCapability")
        .await;
    assert_eq!(client.request("shutdown", Value::Null).await, Value::Null);
    client.notify("exit", Value::Null);
    client.closed().await;
}

/// A client that announces progress support but never accepts a progress
/// token does not hold up the workspace scan: it is read without progress,
/// and its reviews are counted.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_that_never_accepts_progress_still_gets_the_scan() {
    let workspace = tempfile::tempdir().unwrap();
    std::fs::write(
        workspace.path().join("week1.md"),
        "김철수: Attention Is All You Need 😀\r\n\r\n- 목적: 번역\r\n",
    )
    .unwrap();
    let mut client = TestClient::in_process_unanswering(&["window/workDoneProgress/create"]);
    client
        .initialize(
            json!({"window": {"workDoneProgress": true}}),
            Some(workspace.path()),
        )
        .await;
    assert_eq!(
        support::scan_summary(&mut client).await,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    assert!(
        !client
            .seen
            .iter()
            .any(|message| message["method"] == "$/progress"),
        "no progress for a token the client never accepted"
    );
}

/// A client that stops reading (its end of the pipe full) does not keep
/// the server alive after `exit`: what is left to write is given up after
/// a moment, and the session ends as the client asked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_ends_the_session_when_the_client_no_longer_reads() {
    use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
    let (mut to_server, server_input) = tokio::io::duplex(1 << 16);
    // A pipe smaller than any answer: once the client stops reading, the
    // next message the server writes does not fit.
    let (server_output, from_server) = tokio::io::duplex(16);
    let mut from_server = BufReader::new(from_server);
    let session = tokio::spawn(review_lsp::serve(server_input, server_output));
    let mut send = async |message: Value| {
        to_server
            .write_all(&frame(message.to_string().as_bytes()))
            .await
            .unwrap();
    };
    // Reads messages until one that `wanted` accepts.
    let mut read_until = async |wanted: &dyn Fn(&Value) -> bool| loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            from_server.read_line(&mut line).await.unwrap();
            match line.trim().split_once(": ") {
                Some(("Content-Length", value)) => length = value.parse().unwrap(),
                _ if line.trim().is_empty() => break,
                _ => {}
            }
        }
        let mut body = vec![0; length];
        from_server.read_exact(&mut body).await.unwrap();
        if wanted(&serde_json::from_slice(&body).unwrap()) {
            return;
        }
    };
    send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "rootUri": null, "capabilities": {}}}))
    .await;
    read_until(&|message| message["id"] == 1).await;
    send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}})).await;
    send(
        json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {
        "uri": "file:///notes/week1.md", "languageId": "markdown", "version": 1,
        "text": "김철수: Attention Is All You Need 😀\r\n"}}}),
    )
    .await;
    read_until(&|message| message["method"] == "textDocument/publishDiagnostics").await;
    // From here on nothing is read.
    send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"})).await;
    send(json!({"jsonrpc": "2.0", "method": "exit"})).await;
    let ending = tokio::time::timeout(std::time::Duration::from_secs(30), session)
        .await
        .expect("the session did not end")
        .unwrap();
    assert_eq!(
        ending,
        review_lsp::Ending::Exit {
            after_shutdown: true
        }
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_process_exits_when_stdin_closes() {
    let (mut child, mut client) = spawn_server().await;
    client.initialize(utf16_client(), None).await;
    client.open("file:///notes/a.md", "홍길동: Paper\n");
    assert_eq!(
        client
            .diagnostics("file:///notes/a.md", Some(1))
            .await
            .len(),
        3
    );
    drop(client);
    assert!(exits(&mut child).await.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_process_exits_on_exit_and_writes_only_protocol_to_stdout() {
    let (mut child, mut client) = spawn_server().await;
    client.initialize(utf16_client(), None).await;
    client.open("file:///notes/a.md", "홍길동: Paper\n");
    client.diagnostics("file:///notes/a.md", Some(1)).await;
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
    // Every byte on stdout was a framed JSON-RPC message: the client would
    // have failed to parse anything else before the connection closed.
    client.closed().await;
    assert!(exits(&mut child).await.success());
    assert!(
        client
            .seen
            .iter()
            .all(|message| message["jsonrpc"] == "2.0")
    );
}

/// LSP: `exit` without `shutdown` before it ends the process with code 1.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_without_shutdown_exits_with_code_one() {
    let (mut child, mut client) = spawn_server().await;
    client.initialize(utf16_client(), None).await;
    client.notify("exit", Value::Null);
    client.closed().await;
    assert_eq!(exits(&mut child).await.code(), Some(1));
}
