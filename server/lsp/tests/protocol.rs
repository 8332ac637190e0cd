//! Malformed protocol input: each message is answered as JSON-RPC 2.0 and
//! the Language Server Protocol say, or ignored where they say so, never
//! with a crash; and after each one the server still answers a valid
//! request about the current text.
//!
//! Every test ends the session (`shutdown`, `exit`) and reads the server's
//! output to its end, so that "no answer" is asserted over everything the
//! server ever sent, not over what had arrived by some moment.
//! `robustness.rs` has the simpler cases (text that is not JSON, JSON that
//! is not JSON-RPC, a header without a number).

mod support;

use serde_json::{Value, json};
use support::{TestClient, exits, frame, spawn_server, utf8_client, utf16_client};

const URI: &str = "file:///notes/protocol.md";

/// A client with one open document, whose title each check renames.
struct Session {
    client: TestClient,
    version: i64,
}

impl Session {
    async fn start() -> Session {
        let mut client = TestClient::in_process();
        client.initialize(utf16_client(), None).await;
        client.open(URI, "홍길동: Paper 1\n\n- 목적: x\n");
        let mut session = Session { client, version: 1 };
        session.answers_about_the_current_text().await;
        session
    }

    /// Renames the document's title to `Paper <new version>` and checks
    /// that the outline names exactly that, at the right UTF-16 columns
    /// (`홍길동: ` is 5 units).
    async fn still_serves(&mut self) {
        self.version += 1;
        let version = self.version;
        self.client.change(
            URI,
            version,
            [[0, 0], [0, 1000]],
            &format!("홍길동: Paper {version}"),
        );
        self.answers_about_the_current_text().await;
    }

    async fn answers_about_the_current_text(&mut self) {
        let title = format!("Paper {}", self.version);
        let symbols = self.document_symbols(URI).await;
        assert_eq!(symbols[0]["name"], title.as_str(), "{symbols}");
        assert_eq!(
            symbols[0]["selectionRange"],
            json!({"start": {"line": 0, "character": 0},
                   "end": {"line": 0, "character": 5 + title.len()}})
        );
    }

    async fn document_symbols(&mut self, uri: &str) -> Value {
        self.client
            .request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": uri}}),
            )
            .await
    }

    /// Sends `method` with `params` and returns the whole response.
    async fn answer(&mut self, method: &str, params: Value) -> Value {
        let id = self.client.send_request(method, params);
        self.client.response(id).await
    }

    /// Ends the session and returns every message the server sent, in
    /// order.
    async fn finish(mut self) -> Vec<Value> {
        assert_eq!(
            self.client.request("shutdown", Value::Null).await,
            Value::Null
        );
        self.client.notify("exit", Value::Null);
        self.client.closed().await;
        self.client.seen
    }
}

/// The responses among `messages`, but the one to `initialize`.
fn responses(messages: &[Value]) -> Vec<Value> {
    messages
        .iter()
        .filter(|message| message.get("method").is_none())
        .filter(|message| message["result"].get("capabilities").is_none())
        .cloned()
        .collect()
}

/// The ids of the responses that are not errors.
fn answered(responses: &[Value]) -> Vec<Value> {
    responses
        .iter()
        .filter(|response| response.get("error").is_none())
        .map(|response| response["id"].clone())
        .collect()
}

/// The error responses, each as `(id, error)`.
fn errors(responses: &[Value]) -> Vec<(Value, Value)> {
    responses
        .iter()
        .filter_map(|response| Some((response["id"].clone(), response.get("error")?.clone())))
        .collect()
}

fn request_body(id: i64, method: &str, params: Value) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
        .to_string()
        .into_bytes()
}

fn symbols_body(id: i64) -> Vec<u8> {
    request_body(
        id,
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    )
}

/// A `didChange` renaming the title to `title`, as `version`.
fn rename_body(version: i64, title: &str) -> Vec<u8> {
    json!({
        "jsonrpc": "2.0",
        "method": "textDocument/didChange",
        "params": {
            "textDocument": {"uri": URI, "version": version},
            "contentChanges": [{"range": support::range_json([[0, 0], [0, 1000]]), "text": format!("홍길동: {title}")}],
        },
    })
    .to_string()
    .into_bytes()
}

/// A header line without the blank line that ends the headers: it becomes
/// one more header of the next message, and the last `Content-Length`
/// counts. Nothing is refused, nothing is lost.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_header_without_its_blank_line_joins_the_next_message() {
    let mut session = Session::start().await;
    // A length that would swallow the next message, then a type, then a
    // line that is no header at all: each followed directly by a whole
    // request.
    for (id, stray) in [
        (100, "Content-Length: 9999\r\n"),
        (
            101,
            "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n",
        ),
        (102, "no header here\r\n"),
    ] {
        let mut bytes = stray.as_bytes().to_vec();
        bytes.extend(frame(&symbols_body(id)));
        session.client.send_raw(bytes);
        let response = session.client.response(id).await;
        assert_eq!(response["result"][0]["name"], "Paper 1", "{response}");
    }
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(errors(&responses), []);
    assert_eq!(answered(&responses)[..4], [2, 100, 101, 102]);
}

/// Input that ends inside a header, or inside a body, is the end of the
/// session: the process exits, successfully, and sends nothing more.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn input_cut_inside_a_message_ends_the_process_cleanly() {
    for cut in [
        // A header line without its line ending.
        &b"Content-Len"[..],
        // A whole header line, without the blank line.
        b"Content-Length: 120\r\n",
        // Headers, and a body shorter than they said.
        b"Content-Length: 120\r\n\r\n{\"jsonrpc\": \"2.0\", \"id\": 9, \"met",
    ] {
        let (mut child, mut client) = spawn_server().await;
        client.initialize(utf16_client(), None).await;
        client.open(URI, "홍길동: Paper\n");
        let symbols = client
            .request(
                "textDocument/documentSymbol",
                json!({"textDocument": {"uri": URI}}),
            )
            .await;
        assert_eq!(symbols[0]["name"], "Paper");
        let before = client.seen.len();
        client.send_raw(cut.to_vec());
        client.close_input();
        client.closed().await;
        let status = exits(&mut child).await;
        assert!(status.success(), "{status} after {cut:?}");
        // Nothing answered the cut message: no error, no response.
        let after: Vec<&Value> = client.seen[before..]
            .iter()
            .filter(|message| message.get("method").is_none())
            .collect();
        assert_eq!(after, Vec::<&Value>::new(), "after {cut:?}");
    }
}

/// A `Content-Length` shorter than the body: the server reads that many
/// bytes, which are not JSON, and answers `-32700` with a `null` id (the
/// request's id cannot be read, so the request itself is never answered).
/// The rest of the body runs into the next message's header line, where
/// the reader finds `Content-Length` again: the next request is answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_content_length_too_short_costs_that_message_only() {
    let mut session = Session::start().await;
    let body = symbols_body(200);
    let mut bytes = format!("Content-Length: {}\r\n\r\n", body.len() - 10).into_bytes();
    bytes.extend(&body);
    bytes.extend(frame(&symbols_body(201)));
    session.client.send_raw(bytes);
    let response = session.client.response(201).await;
    assert_eq!(response["result"][0]["name"], "Paper 1");
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(
        errors(&responses),
        [(
            Value::Null,
            json!({"code": -32700, "message": "Parse error: not JSON"})
        )]
    );
    assert!(!responses.iter().any(|response| response["id"] == 200));
    assert_eq!(answered(&responses)[..2], [2, 201]);
}

/// A `Content-Length` longer than the body: the server reads on into the
/// next message. What is lost depends on where the count ends.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_content_length_too_long_costs_the_messages_it_runs_into() {
    let mut session = Session::start().await;

    // Ending exactly after the next whole message (a change renaming the
    // title): the two bodies together are not JSON, one `-32700`; the
    // change inside is never applied; the request after it is answered,
    // about the text before the change.
    let body = symbols_body(300);
    let swallowed = frame(&rename_body(50, "Swallowed"));
    let mut bytes =
        format!("Content-Length: {}\r\n\r\n", body.len() + swallowed.len()).into_bytes();
    bytes.extend(&body);
    bytes.extend(&swallowed);
    bytes.extend(frame(&symbols_body(301)));
    session.client.send_raw(bytes);
    let response = session.client.response(301).await;
    assert_eq!(response["result"][0]["name"], "Paper 1");

    // Ending 9 bytes into the next message's header (`Content-L`): the
    // first body is refused (`-32700`, not JSON); what is left of that
    // header (`ength: …`) has no usable length (`-32700` again) and its
    // body is skipped up to the `Content-Length` of the message after it;
    // so request 311 is never answered and request 312 is.
    let body = symbols_body(310);
    let mut bytes = format!("Content-Length: {}\r\n\r\n", body.len() + 9).into_bytes();
    bytes.extend(&body);
    let lost = frame(&symbols_body(311));
    assert!(lost.starts_with(b"Content-L"));
    bytes.extend(&lost);
    bytes.extend(frame(&symbols_body(312)));
    session.client.send_raw(bytes);
    let response = session.client.response(312).await;
    assert_eq!(response["result"][0]["name"], "Paper 1");

    session.still_serves().await;
    let responses = responses(&session.finish().await);
    let not_json = json!({"code": -32700, "message": "Parse error: not JSON"});
    assert_eq!(
        errors(&responses),
        [
            (Value::Null, not_json.clone()),
            (Value::Null, not_json),
            (
                Value::Null,
                json!({"code": -32700, "message": "Parse error: no usable Content-Length header"})
            ),
        ]
    );
    for never in [300, 310, 311] {
        assert!(
            !responses.iter().any(|response| response["id"] == never),
            "{never}"
        );
    }
    assert_eq!(answered(&responses)[..3], [2, 301, 312]);
}

/// A request for a method the server does not know: `-32601` (Method not
/// found) with the request's id, naming the method; a `$/` request too,
/// which LSP says must be answered so (not dropped, as tower-lsp alone
/// would).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_requests_are_answered_method_not_found() {
    let mut session = Session::start().await;
    for method in ["review/unknown", "textDocument/unknown", "$/review/unknown"] {
        let response = session.answer(method, json!({"x": 1})).await;
        assert_eq!(
            response["error"],
            json!({"code": -32601, "message": "Method not found", "data": method})
        );
        session.still_serves().await;
    }
    // With a string id, the same id comes back.
    session.client.send_raw(frame(
        br#"{"jsonrpc":"2.0","id":"abc","method":"$/review/unknown"}"#,
    ));
    let response = session
        .client
        .wait_for(|message| message["id"] == "abc")
        .await;
    assert_eq!(response["error"]["code"], -32601);
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(errors(&responses).len(), 4);
}

/// Notifications the server does not know, `$/`-prefixed or not, and
/// `$/cancelRequest` for nothing or with a bad shape: ignored, with no
/// response of any kind, and the next request is answered.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn unknown_notifications_are_ignored() {
    let mut session = Session::start().await;
    for (method, params) in [
        ("review/somethingHappened", json!({"x": 1})),
        ("$/review/somethingHappened", json!({"x": 1})),
        ("$/setTrace", json!({"value": "verbose"})),
        ("$/cancelRequest", json!({"id": 12345})),
        ("$/cancelRequest", json!({"id": [1]})),
        ("$/cancelRequest", Value::Null),
    ] {
        session.client.notify(method, params);
        session.still_serves().await;
    }
    let responses = responses(&session.finish().await);
    assert_eq!(errors(&responses), []);
    // The outline asked when the session started and after each
    // notification, then `shutdown`: nothing else.
    assert_eq!(responses.len(), 1 + 6 + 1);
}

/// Wrong parameter shapes: a request is answered `-32602` (Invalid params)
/// with its id and serde's account of what was wrong; a notification is
/// ignored, changing nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_parameter_shapes() {
    let mut session = Session::start().await;
    let at = |position: Value| json!({"textDocument": {"uri": URI}, "position": position});
    for (method, params, message) in [
        (
            "textDocument/hover",
            at(json!("0:4")),
            "invalid type: string \"0:4\", expected struct Position",
        ),
        (
            "textDocument/hover",
            json!({"position": {"line": 0, "character": 6}}),
            "missing field `textDocument`",
        ),
        (
            "textDocument/hover",
            Value::Null,
            "invalid type: null, expected struct HoverParams",
        ),
        (
            "textDocument/completion",
            at(json!({"line": -1, "character": 0})),
            "invalid value: integer `-1`, expected u32",
        ),
        (
            "textDocument/completion",
            json!([URI, 0, 6]),
            "invalid type: sequence, expected struct CompletionParams",
        ),
        (
            "textDocument/completion",
            json!({"textDocument": {"uri": 5}, "position": {"line": 0, "character": 6}}),
            "invalid type: integer `5`, expected a string",
        ),
        (
            "textDocument/documentSymbol",
            json!({"textDocument": URI}),
            "invalid type: string \"file:///notes/protocol.md\", expected struct TextDocumentIdentifier",
        ),
    ] {
        let response = session.answer(method, params.clone()).await;
        assert_eq!(
            response["error"],
            json!({"code": -32602, "message": message}),
            "{method} {params}"
        );
        session.still_serves().await;
    }
    // A request with no `params` at all.
    session.client.send_raw(frame(
        br#"{"jsonrpc":"2.0","id":400,"method":"textDocument/hover"}"#,
    ));
    let response = session.client.response(400).await;
    assert_eq!(
        response["error"],
        json!({"code": -32602, "message": "Missing params field"})
    );
    session.still_serves().await;

    // Notifications: nothing opens, nothing changes.
    let other = "file:///notes/other.md";
    for params in [
        json!({"uri": other, "text": "김영국: Other\n"}),
        json!({"textDocument": {"uri": other, "languageId": "markdown", "version": 1, "text": 5}}),
        json!({"textDocument": {"uri": other, "languageId": "markdown", "version": "one", "text": "김영국: Other\n"}}),
    ] {
        session.client.notify("textDocument/didOpen", params);
        assert_eq!(session.document_symbols(other).await, Value::Null);
    }
    let version = session.version;
    for params in [
        json!({"textDocument": {"uri": URI, "version": version + 1}, "contentChanges": "김영국: Changed"}),
        json!({"textDocument": {"uri": URI, "version": version + 1}, "contentChanges": [{"range": "all", "text": "김영국: Changed"}]}),
        json!({"textDocument": {"uri": URI}, "contentChanges": [{"text": "김영국: Changed"}]}),
        json!({"contentChanges": [{"text": "김영국: Changed"}]}),
    ] {
        session.client.notify("textDocument/didChange", params);
        session.answers_about_the_current_text().await;
    }
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(errors(&responses).len(), 8);
}

/// Before `initialize`, requests are answered `-32002` (ServerNotInitialized)
/// and notifications dropped, as LSP says; `initialize` then works.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_before_initialize_are_refused() {
    let mut client = TestClient::in_process();
    let not_initialized = json!({"code": -32002, "message": "Server not initialized"});
    for (method, params) in [
        (
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        ),
        (
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 6}}),
        ),
        ("workspace/symbol", json!({"query": "Paper"})),
        ("shutdown", Value::Null),
    ] {
        let id = client.send_request(method, params);
        let response = client.response(id).await;
        assert_eq!(response["error"], not_initialized, "{method}");
    }
    // Dropped: the document is not open after `initialize`.
    client.open(URI, "홍길동: Early\n");
    let result = client.initialize(utf16_client(), None).await;
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        )
        .await;
    assert_eq!(symbols, Value::Null);
    client.open(URI, "홍길동: Paper 1\n");
    let mut session = Session { client, version: 1 };
    session.answers_about_the_current_text().await;
    // Diagnostics are published on their own time: wait for them before
    // shutting down, or a slow machine shuts down first (seen once, with
    // the machine busy).
    session.client.diagnostics(URI, None).await;
    let seen = session.finish().await;
    assert_eq!(errors(&responses(&seen)).len(), 4);
    // Diagnostics were only ever published for the document opened after
    // `initialize`: its three missing sections, on `홍길동: Paper 1` (12
    // units), never on the dropped `홍길동: Early` (10).
    let published: Vec<&Value> = seen
        .iter()
        .filter(|message| message["method"] == "textDocument/publishDiagnostics")
        .collect();
    assert!(!published.is_empty());
    for message in published {
        let diagnostics = message["params"]["diagnostics"].as_array().unwrap();
        assert_eq!(diagnostics.len(), 3, "{message}");
        for diagnostic in diagnostics {
            assert_eq!(
                diagnostic["range"]["end"],
                json!({"line": 0, "character": 12})
            );
        }
    }
}

/// A second `initialize` is refused with `-32600` (Invalid request) and its
/// id; it changes nothing: the position encoding negotiated first stays.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_initialize_is_refused_and_changes_nothing() {
    let mut session = Session::start().await;
    let response = session
        .answer(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": utf8_client()}),
        )
        .await;
    assert_eq!(
        response["error"],
        json!({"code": -32600, "message": "Invalid request"})
    );
    // Still UTF-16: `still_serves` checks the columns in UTF-16 units,
    // which differ from UTF-8 bytes under `홍길동`.
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(errors(&responses).len(), 1);
}

/// JSON-RPC batches (arrays): the server takes single messages only, as
/// every LSP client sends them. An array is refused whole, with one
/// `-32600` and a `null` id (what JSON-RPC answers an empty batch with),
/// and nothing in it is run: its request is not answered, its change not
/// applied.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batches_are_refused_whole() {
    let mut session = Session::start().await;
    let invalid = json!({"code": -32600, "message": "Invalid request: not a JSON-RPC 2.0 message"});
    session.client.send_raw(frame(b"[]"));
    session.still_serves().await;
    let batch = format!(
        "[{}, {}]",
        String::from_utf8(rename_body(90, "Batched")).unwrap(),
        String::from_utf8(symbols_body(500)).unwrap()
    );
    session.client.send_raw(frame(batch.as_bytes()));
    session.answers_about_the_current_text().await;
    session.still_serves().await;
    let responses = responses(&session.finish().await);
    assert_eq!(
        errors(&responses),
        [(Value::Null, invalid.clone()), (Value::Null, invalid)]
    );
    assert!(!responses.iter().any(|response| response["id"] == 500));
}
