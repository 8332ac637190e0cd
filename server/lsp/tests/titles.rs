//! What the group already knows, through the protocol: title completion,
//! hover with the other reviews, definition / references, workspace
//! symbols, code lenses, `near-miss-title` with a catalog, and the title
//! index's life across sessions (a warm reopen, an unusable cache).

mod support;

use serde_json::{Value, json};
use support::{
    SEED, TestClient, at, file_uri, scan_summary, span, spawn_server_with_env, utf8_client,
    utf16_client, write,
};

const DT: &str = "Decision Transformer: Reinforcement Learning via Sequence Modeling";
const MOCO: &str = "Momentum Contrast for Unsupervised Visual Representation Learning";

fn with_progress(mut capabilities: Value) -> Value {
    capabilities["window"] = json!({"workDoneProgress": true});
    capabilities
}

/// A server on a workspace holding the seed as `seed.md`, scanned.
async fn seed_workspace(capabilities: Value) -> (tempfile::TempDir, TestClient, String) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "seed.md", SEED);
    let mut client = TestClient::in_process();
    client.initialize(capabilities, Some(dir.path())).await;
    let summary = scan_summary(&mut client).await;
    assert_eq!(
        summary,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    let uri = file_uri(&dir.path().join("seed.md"));
    (dir, client, uri)
}

/// Typing `Decision Tr` after `## 홍길동: ` in a new buffer, with an emoji
/// right after the cursor: the exact title comes first, replacing exactly
/// what was typed, at `typed` (start and end columns in the encoding). Only
/// a heading marker and a name can come before a title, so the emoji that
/// makes the two encodings differ by two units sits after the cursor.
async fn completes_decision_transformer(capabilities: Value, typed: [u64; 2]) {
    let (dir, mut client, _) = seed_workspace(capabilities).await;
    let uri = file_uri(&dir.path().join("new.md"));
    let line = "## 홍길동: Decision Tr🙂";
    client.open(&uri, &format!("# 주간 노트\n\n{line}"));
    let result = client
        .request("textDocument/completion", at(&uri, 2, typed[1] as u32))
        .await;
    let items = result["items"].as_array().expect("a completion list");
    let first = &items[0];
    assert_eq!(first["label"], DT);
    assert_eq!(first["textEdit"]["newText"], DT);
    assert_eq!(
        span(&first["textEdit"]["range"]),
        [[2, typed[0]], [2, typed[1]]]
    );
    assert_eq!(first["filterText"], "Decision Tr");
    assert_eq!(first["sortText"], "0000");
    assert_eq!(first["detail"], "reviewed by 3");
    let documentation = &first["documentation"];
    assert_eq!(documentation["kind"], "markdown");
    assert!(
        documentation["value"]
            .as_str()
            .unwrap()
            .starts_with(&format!("**{DT}**\n\n3 reviews:")),
        "{documentation}"
    );
    assert_eq!(result["isIncomplete"], false);
    // Only the seed's one paper starts like that.
    assert_eq!(items.len(), 1, "{result}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_a_title_completes_it_in_utf8() {
    // `## ` 3 bytes, 홍길동 9, `: ` 2 = 14; `Decision Tr` 11.
    completes_decision_transformer(with_progress(utf8_client()), [14, 25]).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_a_title_completes_it_in_utf16() {
    // `## ` 3 units, 홍길동 3, `: ` 2 = 8; `Decision Tr` 11.
    completes_decision_transformer(with_progress(utf16_client()), [8, 19]).await;
}

/// A client that resolves an item's documentation itself (VS Code) gets a
/// list without previews, and each title's preview when it resolves the
/// item: made from the workspace as it is then, open buffers included.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn previews_come_with_completion_item_resolve_when_the_client_asks_for_them() {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "seed.md", SEED);
    let mut client = TestClient::in_process();
    let mut capabilities = with_progress(utf16_client());
    capabilities["textDocument"] = json!({"completion": {"completionItem": {
        "resolveSupport": {"properties": ["documentation", "detail", "additionalTextEdits"]}
    }}});
    let initialized = client.initialize(capabilities, Some(dir.path())).await;
    assert_eq!(
        initialized["capabilities"]["completionProvider"]["resolveProvider"],
        true
    );
    scan_summary(&mut client).await;
    let uri = file_uri(&dir.path().join("new.md"));
    // A fourth review of the paper, not yet saved, then a title being typed.
    client.open(
        &uri,
        &format!("## 홍길동: {DT}\r\n목적: 🙂 오프라인 RL\r\n\r\n## 김철수: Decision Tr"),
    );
    let result = client
        .request("textDocument/completion", at(&uri, 3, 18))
        .await;
    let first = result["items"][0].clone();
    assert_eq!(first["label"], DT);
    assert_eq!(first["detail"], "reviewed by 4");
    assert_eq!(first["documentation"], Value::Null);
    assert_eq!(
        first["data"],
        json!({"paper": "decision transformer reinforcement learning via sequence modeling"})
    );
    let resolved = client
        .request("completionItem/resolve", first.clone())
        .await;
    assert_eq!(resolved["label"], DT);
    assert_eq!(resolved["textEdit"], first["textEdit"]);
    let preview = resolved["documentation"]["value"].as_str().unwrap();
    assert_eq!(resolved["documentation"]["kind"], "markdown");
    assert!(
        preview.starts_with(&format!("**{DT}**\n\n4 reviews:\n\n")),
        "{preview}"
    );
    assert!(preview.ends_with("…and 3 more."), "{preview}");
    // An item that names no paper comes back as it was.
    let label = json!({"label": "목적", "kind": 14});
    assert_eq!(
        client
            .request("completionItem/resolve", label.clone())
            .await,
        label
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn section_labels_complete_at_the_start_of_a_body_line() {
    let (dir, mut client, _) = seed_workspace(utf16_client()).await;
    let uri = file_uri(&dir.path().join("new.md"));
    client.open(&uri, "홍길동: Attention Is All You Need\n\n- 목");
    let result = client
        .request("textDocument/completion", at(&uri, 2, 3))
        .await;
    let items = result["items"].as_array().unwrap();
    let labels: Vec<&str> = items.iter().map(|i| i["label"].as_str().unwrap()).collect();
    assert_eq!(labels, ["목적", "목표"]);
    assert_eq!(items[0]["textEdit"]["newText"], "목적: ");
    assert_eq!(span(&items[0]["textEdit"]["range"]), [[2, 2], [2, 3]]);
    assert_eq!(result["isIncomplete"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_on_a_title_shows_the_other_reviews_with_links() {
    let (dir, mut client, uri) = seed_workspace(utf16_client()).await;
    client.open(&uri, SEED);
    // 전지형's review, line 111: `전지형, Decision Transformer: …`.
    let hover = client
        .request("textDocument/hover", at(&uri, 110, 10))
        .await;
    let title_units = DT.encode_utf16().count() as u64;
    assert_eq!(span(&hover["range"]), [[110, 5], [110, 5 + title_units]]);
    assert_eq!(hover["contents"]["kind"], "markdown");
    let markdown = hover["contents"]["value"].as_str().unwrap();
    let seed_uri = file_uri(&dir.path().join("seed.md"));
    assert!(
        markdown.starts_with(&format!("**{DT}**\n\n2 other reviews:\n\n")),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("**정민준** · [seed.md:115]({seed_uri}#L115)")),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!("**오우석** · [seed.md:281]({seed_uri}#L281)")),
        "{markdown}"
    );
    assert!(!markdown.contains("전지형"), "{markdown}");
    // Not on a title: no hover.
    let nothing = client.request("textDocument/hover", at(&uri, 111, 3)).await;
    assert_eq!(nothing, Value::Null);
}

/// A paper named in prose by the name it goes by: the hover covers the
/// name, and lists every review (none is this buffer's own).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_on_a_paper_named_in_prose() {
    let (dir, mut client, _) = seed_workspace(utf16_client()).await;
    let uri = file_uri(&dir.path().join("new.md"));
    client.open(
        &uri,
        "## 홍길동: Online RL 🙂\r\n\r\n- 목적: 🙂 Decision Transformer를 online 으로\r\n",
    );
    // `- 목적: 🙂 ` is 9 UTF-16 units; the name is 20 characters.
    let hover = client.request("textDocument/hover", at(&uri, 2, 20)).await;
    assert_eq!(span(&hover["range"]), [[2, 9], [2, 29]]);
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("**{DT}**\n\n3 reviews:\n\n**전지형**")),
        "{markdown}"
    );
    // The particle glued to the name is not part of it.
    let particle = client.request("textDocument/hover", at(&uri, 2, 30)).await;
    assert_eq!(particle, Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_and_definition_lead_to_the_other_spelling() {
    let (dir, mut client, uri) = seed_workspace(utf8_client()).await;
    client.open(&uri, SEED);
    let seed_uri = file_uri(&dir.path().join("seed.md"));
    // 김영국's `Rank-1`, line 183; 이동휴 spelled it `Rank 1`, line 317.
    let line_317 = SEED.lines().nth(316).unwrap();
    assert!(line_317.starts_with("이동휴: Efficient"));
    let whole_line = [[316, 0], [316, line_317.len() as u64]];
    let mut params = at(&uri, 182, 20);
    params["context"] = json!({"includeDeclaration": false});
    let references = client.request("textDocument/references", params).await;
    let references = references.as_array().unwrap();
    assert_eq!(references.len(), 1);
    assert_eq!(references[0]["uri"], seed_uri.as_str());
    assert_eq!(span(&references[0]["range"]), whole_line);

    let mut params = at(&uri, 182, 20);
    params["context"] = json!({"includeDeclaration": true});
    let references = client.request("textDocument/references", params).await;
    let spans: Vec<_> = references
        .as_array()
        .unwrap()
        .iter()
        .map(|location| span(&location["range"]))
        .collect();
    // `김영국, ` is 11 bytes; the title runs to the end of the line.
    let line_183 = SEED.lines().nth(182).unwrap();
    assert_eq!(
        spans,
        [[[182, 11], [182, line_183.len() as u64]], whole_line]
    );

    let definition = client
        .request("textDocument/definition", at(&uri, 182, 20))
        .await;
    assert_eq!(definition.as_array().unwrap().len(), 1);
    assert_eq!(span(&definition[0]["range"]), whole_line);
}

/// References into a file that is not open are whole lines, to the start
/// of the next: the server keeps no text of such files (the editor opens
/// the file at the line).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_into_a_file_that_is_not_open_are_its_lines() {
    let (dir, mut client, seed_uri) = seed_workspace(utf16_client()).await;
    let uri = file_uri(&dir.path().join("new.md"));
    client.open(&uri, &format!("홍길동: {DT} 🙂\r\n\r\n- 목적: 시퀀스.\r\n"));
    let mut params = at(&uri, 0, 10);
    params["context"] = json!({"includeDeclaration": false});
    let references = client.request("textDocument/references", params).await;
    let found: Vec<(&str, [[u64; 2]; 2])> = references
        .as_array()
        .unwrap()
        .iter()
        .map(|location| (location["uri"].as_str().unwrap(), span(&location["range"])))
        .collect();
    // 전지형 (line 111), 정민준 (115), 오우석 (281) in the seed.
    assert_eq!(
        found,
        [110, 114, 280].map(|line| (seed_uri.as_str(), [[line, 0], [line + 1, 0]]))
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workspace_symbols_find_a_reviewer() {
    let (_dir, mut client, _) = seed_workspace(utf16_client()).await;
    let symbols = client
        .request("workspace/symbol", json!({"query": "정민준"}))
        .await;
    let found: Vec<(String, u64)> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|symbol| {
            assert_eq!(symbol["containerName"], "정민준");
            (
                symbol["name"].as_str().unwrap().to_owned(),
                symbol["location"]["range"]["start"]["line"]
                    .as_u64()
                    .unwrap(),
            )
        })
        .collect();
    assert_eq!(found, [(format!("정민준: {DT}"), 114)]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn code_lenses_count_the_other_reviews() {
    let (_dir, mut client, uri) = seed_workspace(utf16_client()).await;
    client.open(&uri, SEED);
    let lenses = client
        .request(
            "textDocument/codeLens",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let lenses: Vec<(u64, String)> = lenses
        .as_array()
        .unwrap()
        .iter()
        .map(|lens| {
            assert_eq!(lens["command"]["command"], "");
            (
                lens["range"]["start"]["line"].as_u64().unwrap(),
                lens["command"]["title"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expected: Vec<(u64, String)> = EXPECTED_LENSES
        .iter()
        .map(|(line, title)| (*line, (*title).to_owned()))
        .collect();
    assert_eq!(lenses, expected);
}

/// The seed's papers reviewed more than once, by header line (0-based), as
/// `tests/data/seed_entries.tsv` lists them: Decision Transformer (lines
/// 111, 115, 281), Local Implicit Image Function (133, 141, 285), Soft
/// Teacher (245, 249) and the Rank-1 paper under two spellings (183, 317).
const EXPECTED_LENSES: &[(u64, &str)] = &[
    (110, "2 other reviews"),
    (114, "2 other reviews"),
    (132, "2 other reviews"),
    (140, "2 other reviews"),
    (182, "1 other review"),
    (244, "1 other review"),
    (248, "1 other review"),
    (280, "2 other reviews"),
    (284, "2 other reviews"),
    (316, "1 other review"),
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn near_miss_title_against_the_catalog_and_its_fix() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "seed.md", SEED);
    write(
        root,
        "refs/ml-papers.txt",
        include_str!("../../../tests/data/ml-papers.txt"),
    );
    write(
        root,
        "review-ls.toml",
        "[catalog]\npaths = [\"refs/ml-papers.txt\", \"refs/missing.bib\"]\n",
    );
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), Some(root)).await;
    let summary = scan_summary(&mut client).await;
    assert_eq!(
        summary,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 17 catalog titles read"
    );
    // The pattern matching nothing is reported once, with the file.
    let logs: Vec<String> = client
        .seen
        .iter()
        .filter(|m| m["method"] == "window/logMessage")
        .filter_map(|m| m["params"]["message"].as_str().map(str::to_owned))
        .filter(|m| m.contains("catalog"))
        .collect();
    assert!(
        logs.iter().any(|m| m
            == "review-ls: catalog: review-ls.toml: catalog path `refs/missing.bib` matches no file"),
        "{logs:?}"
    );

    let uri = file_uri(&root.join("seed.md"));
    client.open(&uri, SEED);
    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    let near_misses: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "RV007")
        .collect();
    let lines: Vec<u64> = near_misses
        .iter()
        .map(|d| d["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    // Exactly the seed's five misspelled titles: Pretrainig (37), Constrast
    // (107), Representation for Representations (269), Properites (359),
    // Characterisin (369); no false alarm on the rest of its 110 reviews.
    assert_eq!(lines, [36, 106, 268, 358, 368]);
    // 이휘준, Momentum Constrast … (line 107).
    let moco = near_misses
        .iter()
        .find(|d| d["range"]["start"]["line"] == 106)
        .expect("the Momentum Constrast typo is reported");
    let typo = "Momentum Constrast for Unsupervised Visual Representation Learning";
    assert_eq!(
        span(&moco["range"]),
        [[106, 5], [106, 5 + typo.encode_utf16().count() as u64]]
    );
    assert_eq!(
        moco["message"],
        format!("this title looks like a typo of a known title: \"{MOCO}\"")
    );
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": moco["range"],
                "context": {"diagnostics": [moco]},
            }),
        )
        .await;
    let fix = actions
        .as_array()
        .unwrap()
        .iter()
        .find(|action| action["title"] == format!("Use the known spelling: {MOCO}"))
        .expect("the quick fix");
    let edits = &fix["edit"]["changes"][&uri];
    assert_eq!(edits.as_array().unwrap().len(), 1);
    assert_eq!(edits[0]["range"], moco["range"]);
    assert_eq!(edits[0]["newText"], MOCO);
}

/// A catalog file is watched: a `.bib` that gains the title a review
/// misspells makes the review's near-miss finding appear, and deleting the
/// file makes it go, with no rescan of the notes.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_catalog_file_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    let typo = "Momentum Constrast for Unsupervised Visual Representation Learning";
    let note = format!("홍길동: {typo}\n\n- 목적: x\n- Method: y\n- 실험: z\n");
    write(root, "notes/a.md", &note);
    write(
        root,
        "review-ls.toml",
        "[catalog]\npaths = [\"refs/*.bib\"]\n",
    );
    write(
        root,
        "refs/lab.bib",
        "@article{other, title = {Deep Residual Learning for Image Recognition}, year = 2016}\n",
    );
    let capabilities = json!({
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
        "general": {"positionEncodings": ["utf-16"]},
    });
    let mut client = TestClient::in_process();
    client.initialize(capabilities, Some(root)).await;
    let registration = client
        .wait_for(|m| m["method"] == "client/registerCapability")
        .await;
    assert_eq!(
        registration["params"]["registrations"][0]["registerOptions"]["watchers"],
        json!([
            {"globPattern": "**/*.md"},
            {"globPattern": "**/*.markdown"},
            {"globPattern": "**/review-ls.toml"},
            {"globPattern": "**/*.bib"},
        ])
    );
    assert_eq!(
        scan_summary(&mut client).await,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 1 catalog titles read"
    );
    let uri = file_uri(&root.join("notes/a.md"));
    client.open(&uri, &note);
    assert_eq!(client.diagnostics(&uri, Some(1)).await, Vec::<Value>::new());

    let near_miss = |message: &Value| {
        message["method"] == "textDocument/publishDiagnostics"
            && message["params"]["diagnostics"]
                .as_array()
                .is_some_and(|d| d.iter().any(|d| d["code"] == "RV007"))
    };
    write(
        root,
        "refs/lab.bib",
        &format!(
            "@article{{other, title = {{Deep Residual Learning for Image Recognition}}, year = 2016}}\n@inproceedings{{moco, title = {{{MOCO}}}, year = 2020}}\n"
        ),
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&root.join("refs/lab.bib")), "type": 2}]}),
    );
    let log = client
        .wait_for(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.starts_with("review-ls: catalog changed"))
        })
        .await;
    assert_eq!(
        log["params"]["message"],
        "review-ls: catalog changed: 2 titles re-read from 1 files"
    );
    let published = client.wait_for(near_miss).await;
    let diagnostics = published["params"]["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1);
    assert_eq!(
        diagnostics[0]["message"],
        format!("this title looks like a typo of a known title: \"{MOCO}\"")
    );

    std::fs::remove_file(root.join("refs/lab.bib")).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&root.join("refs/lab.bib")), "type": 3}]}),
    );
    let published = client
        .wait_for(|m| m["method"] == "textDocument/publishDiagnostics" && !near_miss(m))
        .await;
    assert_eq!(published["params"]["uri"], uri.as_str());
    assert_eq!(published["params"]["diagnostics"], json!([]));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reopened_workspace_reuses_its_index() {
    let workspace = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = workspace.path();
    write(root, "a.md", &format!("김영국, {DT}\n\n- 목적: a\n"));
    write(root, "b.md", &format!("이동휴: {MOCO}\n\n- 목적: b\n"));
    write(root, "c.md", "오우석: Attention Is All You Need\n");

    let mut first = TestClient::in_process();
    first
        .initialize_with_cache(utf16_client(), Some(root), cache.path())
        .await;
    assert_eq!(
        scan_summary(&mut first).await,
        "review-ls: title index: 3 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    // A buffer never saved: indexed while open, pruned by the next scan.
    let draft = file_uri(&root.join("draft.md"));
    first.open(&draft, "홍길동: A Draft Never Saved To Disk\n");
    first.diagnostics(&draft, Some(1)).await;
    // Published again after the debounced commit that staged the buffer.
    first.diagnostics(&draft, Some(1)).await;
    first.request("shutdown", Value::Null).await;
    first.notify("exit", Value::Null);
    first.closed().await;

    // Between sessions: one file edited, one deleted (and the draft was
    // never saved).
    std::thread::sleep(std::time::Duration::from_millis(20));
    write(
        root,
        "a.md",
        &format!("김영국, {DT}\n\n- 목적: a, edited\n"),
    );
    std::fs::remove_file(root.join("c.md")).unwrap();

    let mut second = TestClient::in_process();
    second
        .initialize_with_cache(utf16_client(), Some(root), cache.path())
        .await;
    let opened = second
        .wait_for(|message| {
            message["method"] == "window/logMessage"
                && message["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.starts_with("review-ls: title index reopened"))
        })
        .await;
    assert!(
        opened["params"]["message"]
            .as_str()
            .unwrap()
            .ends_with("(4 documents)"),
        "{opened}"
    );
    assert_eq!(
        scan_summary(&mut second).await,
        "review-ls: title index: 1 files indexed, 1 already current (1 not parsed again), 2 removed; 0 catalog titles read"
    );
    // The index answers from the reopened cache: b.md's title completes.
    let uri = file_uri(&root.join("new.md"));
    second.open(&uri, "홍길동: Momentum Con");
    let result = second
        .request("textDocument/completion", at(&uri, 0, 17))
        .await;
    assert_eq!(result["items"][0]["label"], MOCO);
    // No message for the user: the cache worked.
    assert!(
        !second
            .seen
            .iter()
            .any(|m| m["method"] == "window/showMessage"),
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unusable_cache_falls_back_to_memory_and_says_so_once() {
    let workspace = tempfile::tempdir().unwrap();
    let root = workspace.path();
    write(root, "a.md", &format!("김영국, {DT}\n"));
    // A file where the cache folder should be: it cannot be created.
    let cache = tempfile::NamedTempFile::new().unwrap();
    let mut client = TestClient::in_process();
    client
        .initialize_with_cache(utf16_client(), Some(root), cache.path())
        .await;
    assert_eq!(
        scan_summary(&mut client).await,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    // Still works, from memory.
    let uri = file_uri(&root.join("new.md"));
    client.open(&uri, "홍길동: Decision");
    let result = client
        .request("textDocument/completion", at(&uri, 0, 13))
        .await;
    assert_eq!(result["items"][0]["label"], DT);
    client.change(&uri, 2, [[0, 13], [0, 13]], " Tr");
    client.diagnostics(&uri, Some(2)).await;
    // After the debounced commit, another round of diagnostics.
    client.diagnostics(&uri, Some(2)).await;
    let shown: Vec<&Value> = client
        .seen
        .iter()
        .filter(|m| m["method"] == "window/showMessage")
        .collect();
    assert_eq!(shown.len(), 1, "{shown:?}");
    assert_eq!(shown[0]["params"]["type"], 2);
    let message = shown[0]["params"]["message"].as_str().unwrap();
    assert!(
        message.starts_with(
            "review-ls: the title index is kept in memory for this session: cannot create "
        ),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cache_root_comes_from_the_environment() {
    let workspace = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = workspace.path();
    write(root, "a.md", &format!("김영국, {DT}\n"));
    let (_child, mut client) =
        spawn_server_with_env(&[("REVIEW_LS_CACHE_DIR", cache.path())]).await;
    // No `initializationOptions`: the environment decides.
    client
        .request(
            "initialize",
            json!({"processId": null, "rootUri": file_uri(root), "capabilities": {}}),
        )
        .await;
    client.notify("initialized", json!({}));
    let created = client
        .wait_for(|message| {
            message["method"] == "window/logMessage"
                && message["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.starts_with("review-ls: title index created in "))
        })
        .await;
    let folder = review_index::workspace_cache_dir(cache.path(), root);
    assert_eq!(
        created["params"]["message"],
        format!("review-ls: title index created in {}", folder.display())
    );
    assert_eq!(
        scan_summary(&mut client).await,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    assert!(folder.join("review-ls-index.json").is_file());
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}
