//! Every answer reflects every change the server has received, through the
//! real process: the title index commits after a pause in typing, but
//! hover, references and completion read open documents as they are now.

mod support;

use serde_json::{Value, json};
use support::{SEED, TestClient, at, file_uri, spawn_server_with_env, write};

const DT: &str = "Decision Transformer: Reinforcement Learning via Sequence Modeling";

/// A server (its own process, a cold cache) on `root`, initialized with
/// UTF-8 positions and the `window` capabilities given.
async fn server_with(
    root: &std::path::Path,
    cache: &std::path::Path,
    window: Value,
) -> (tokio::process::Child, TestClient) {
    let (child, mut client) = spawn_server_with_env(&[("REVIEW_LS_CACHE_DIR", cache)]).await;
    client
        .request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": file_uri(root),
                "capabilities": {"general": {"positionEncodings": ["utf-8"]}, "window": window},
            }),
        )
        .await;
    client.notify("initialized", json!({}));
    (child, client)
}

async fn server(
    root: &std::path::Path,
    cache: &std::path::Path,
) -> (tokio::process::Child, TestClient) {
    server_with(root, cache, json!({})).await
}

/// A workspace holding the seed as `seed.md`, a cold cache folder, and a
/// server on them.
async fn seed_server() -> (
    tempfile::TempDir,
    tempfile::TempDir,
    tokio::process::Child,
    TestClient,
) {
    let workspace = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    write(workspace.path(), "seed.md", SEED);
    let (child, client) = server(workspace.path(), cache.path()).await;
    (workspace, cache, child, client)
}

/// The line (0-based) of 정민준's review of Decision Transformer in the
/// seed.
fn dt_review_line() -> u32 {
    SEED.lines()
        .position(|l| l.starts_with("정민준, Decision"))
        .unwrap() as u32
}

/// Asserts that `hover` (on 정민준's Decision Transformer title in the
/// seed) lists the seed's two other reviews of it, 전지형's and 오우석's, at
/// these 1-based lines of `seed.md`.
fn assert_other_dt_reviews(hover: &Value, first: u32, second: u32) {
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!(
            "**{DT}**\n\n2 other reviews:\n\n**전지형** · [seed.md:{first}]"
        )),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("**오우석** · [seed.md:{second}]")),
        "{markdown}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_right_after_opening_the_seed_counts_its_own_reviews() {
    let (workspace, _cache, _child, mut client) = seed_server().await;
    let uri = file_uri(&workspace.path().join("seed.md"));
    client.open(&uri, SEED);
    client.diagnostics(&uri, Some(1)).await;
    // 정민준's review of Decision Transformer (line 115): the file itself
    // holds two more, whatever the index has committed by now.
    let line = dt_review_line();
    let hover = client
        .request(
            "textDocument/hover",
            at(&uri, line, "정민준, ".len() as u32 + 3),
        )
        .await;
    assert_other_dt_reviews(&hover, 111, 281);
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}

/// A document opened as it is on disk, after the scan, is one the index
/// holds already: answers come from the index alone, and say what its text
/// says. Its first edit makes it pending again, at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_document_the_index_holds_answers_the_same_until_edited() {
    let (workspace, _cache, _child, mut client) = seed_server().await;
    support::scan_summary(&mut client).await;
    let uri = file_uri(&workspace.path().join("seed.md"));
    client.open(&uri, SEED);
    client.diagnostics(&uri, Some(1)).await;
    let line = dt_review_line();
    let hover = |line: u32| at(&uri, line, "정민준, ".len() as u32 + 3);
    let answer = client.request("textDocument/hover", hover(line)).await;
    assert_other_dt_reviews(&answer, 111, 281);
    let references = client
        .request(
            "textDocument/references",
            json!({"textDocument": {"uri": uri}, "position": hover(line)["position"], "context": {"includeDeclaration": true}}),
        )
        .await;
    let mut lines: Vec<u64> = references
        .as_array()
        .unwrap()
        .iter()
        .map(|location| location["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    lines.sort();
    assert_eq!(lines, [110, u64::from(line), 280]);
    // A line added at the top moves every review down one line; the next
    // answers say so, though the index holds the text as opened.
    client.change(&uri, 2, [[0, 0], [0, 0]], "\n");
    let answer = client.request("textDocument/hover", hover(line + 1)).await;
    assert_other_dt_reviews(&answer, 112, 282);
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_title_typed_in_one_change_completes_in_the_next() {
    let (workspace, _cache, _child, mut client) = seed_server().await;
    let uri = file_uri(&workspace.path().join("week9.md"));
    client.open(&uri, "");
    client.diagnostics(&uri, Some(1)).await;
    // A new paper, Hangul and an emoji in its review; then, at once, the
    // start of its title in the next review.
    let first =
        "김철수: Graph Transformers for Molecular Property Prediction\n\n- 목적: 분자 😀\n\n";
    client.change(&uri, 2, [[0, 0], [0, 0]], first);
    let typed = "홍길동: Graph Transformers for Mol";
    client.change(&uri, 3, [[4, 0], [4, 0]], typed);
    let completion = client
        .request("textDocument/completion", at(&uri, 4, typed.len() as u32))
        .await;
    let items = completion["items"].as_array().unwrap();
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(
        labels,
        ["Graph Transformers for Molecular Property Prediction"]
    );
    assert_eq!(items[0]["detail"], "reviewed once");
    // Accepted, the completion makes a second review, which hover on the
    // first title knows at once.
    let edit = &items[0]["textEdit"];
    assert_eq!(
        edit["range"],
        json!({"start": {"line": 4, "character": "홍길동: ".len()}, "end": {"line": 4, "character": typed.len()}})
    );
    client.change(
        &uri,
        4,
        [[4, "홍길동: ".len() as u32], [4, typed.len() as u32]],
        edit["newText"].as_str().unwrap(),
    );
    let hover = client
        .request(
            "textDocument/hover",
            at(&uri, 0, "김철수: ".len() as u32 + 2),
        )
        .await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(
            "**Graph Transformers for Molecular Property Prediction**\n\n1 other review:\n\n**홍길동** · [week9.md:5]"
        ),
        "{markdown}"
    );
    // Both reviews edited away, the title is no longer offered.
    let accepted = "홍길동: Graph Transformers for Molecular Property Prediction";
    client.change(&uri, 5, [[0, 0], [4, accepted.len() as u32]], typed);
    let completion = client
        .request("textDocument/completion", at(&uri, 0, typed.len() as u32))
        .await;
    let labels: Vec<&str> = completion["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["label"].as_str().unwrap())
        .collect();
    assert!(labels.is_empty(), "{labels:?}");
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}

/// While the catalogs are still read (150,000 titles take seconds), hover
/// says so instead of passing a partial answer for a whole one; once they
/// are read, it does not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_during_the_scan_say_what_is_still_read() {
    let workspace = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = workspace.path();
    write(root, "seed.md", SEED);
    let titles = review_index::synthetic::catalog(150_000, &mut review_index::synthetic::Rng(7));
    write(root, "catalog.txt", &titles.join("\n"));
    write(
        root,
        "review-ls.toml",
        "[catalog]\npaths = [\"catalog.txt\"]\n",
    );
    let (_child, mut client) =
        server_with(root, cache.path(), json!({"workDoneProgress": true})).await;
    let uri = file_uri(&root.join("seed.md"));
    client.open(&uri, SEED);
    // The notes are read (their progress ends); the catalog is not yet.
    client
        .wait_for(|message| {
            message["method"] == "$/progress"
                && message["params"]["token"]
                    .as_str()
                    .is_some_and(|token| token.starts_with("review-ls/scan/"))
                && message["params"]["value"]["kind"] == "end"
        })
        .await;
    let line = dt_review_line();
    let position = at(&uri, line, "정민준, ".len() as u32 + 3);
    let hover = client.request("textDocument/hover", position.clone()).await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("**{DT}**\n\n2 other reviews:")),
        "{markdown}"
    );
    assert!(
        markdown.contains("\n\n_Still reading catalogs: their titles are not known yet._"),
        "{markdown}"
    );
    // Read: the note is gone. Reading the 150,000 titles takes 8 s in the
    // debug build on an idle machine and once passed 20 s beside other
    // builds.
    client.set_timeout(std::time::Duration::from_secs(120));
    support::scan_summary(&mut client).await;
    let hover = client.request("textDocument/hover", position).await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(!markdown.contains("Still reading"), "{markdown}");
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}
