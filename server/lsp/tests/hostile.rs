//! Hostile workspaces, opened by the server: what a real notes folder can
//! hold besides notes. Each file that cannot be read as notes is reported
//! once (a `window/logMessage` naming it) and skipped, while the good files
//! in the same workspace still get their diagnostics and hover answers;
//! links are not followed (SECURITY.md); a file deleted while the scan runs
//! leaves nothing behind; and requests are answered while a large workspace
//! is being read.
//!
//! The cache folder: a corrupt index in it is rebuilt and the log says so
//! (here, through the server; each kind of damage on the index itself in
//! `server/index/tests/store.rs`,
//! `life_cycle_cold_warm_edited_corrupt_unwritable`). A cache folder that
//! cannot be created is not repeated here: the index then lives in memory
//! and the user is told once (`titles.rs`,
//! `an_unusable_cache_falls_back_to_memory_and_says_so_once`, with a file
//! where the folder should be, which stops root too; a read-only folder
//! would not, and the tests may run as root).

mod support;

use std::path::{Path, PathBuf};

use serde_json::{Value, json};
use support::{TestClient, at, file_uri, scan_summary, span, utf16_client};

fn write(root: &Path, path: &str, bytes: &[u8]) -> PathBuf {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

fn capabilities() -> Value {
    json!({
        "window": {"workDoneProgress": true},
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
    })
}

/// Every `window/logMessage` and `window/showMessage` among `messages`, as
/// `(method, type, message)`.
fn messages_to_the_user(messages: &[Value]) -> Vec<(String, u64, String)> {
    messages
        .iter()
        .filter(|m| m["method"] == "window/logMessage" || m["method"] == "window/showMessage")
        .map(|m| {
            (
                m["method"].as_str().unwrap().to_owned(),
                m["params"]["type"].as_u64().unwrap(),
                m["params"]["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The messages to the user that name `path`.
fn naming(messages: &[(String, u64, String)], path: &Path) -> Vec<String> {
    let name = path.display().to_string();
    messages
        .iter()
        .filter(|(_, _, text)| text.contains(&name))
        .map(|(_, _, text)| text.clone())
        .collect()
}

/// Ends the session and returns every message the server sent.
async fn finish(mut client: TestClient) -> Vec<Value> {
    assert_eq!(client.request("shutdown", Value::Null).await, Value::Null);
    client.notify("exit", Value::Null);
    client.closed().await;
    client.seen
}

const DT: &str = "Decision Transformer: Reinforcement Learning via Sequence Modeling";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bad_files_are_reported_once_and_skipped_and_good_files_still_work() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    // The good files: a review, and another review of the same paper by
    // someone else, and a duplicate by the same reviewer.
    let good = format!("전지형, {DT}\n\n- 목적: a\n- Method: b\n- 실험: c\n");
    write(root, "good.md", good.as_bytes());
    write(
        root,
        "notes/other.md",
        format!("# 주간 노트\n\n정민준: {DT}\n\n- 목적: 다른 요약.\n- Method: m\n- 실험: e\n")
            .as_bytes(),
    );
    write(
        root,
        "again.md",
        format!("전지형: {DT}\n\n• 다시 쓴 요약.\n").as_bytes(),
    );

    // The bad ones.
    let binary = write(root, "notes/image.md", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let latin1 = write(root, "notes/latin1.md", b"# Notes\n\nHong: Caf\xe9 Paper\n");
    let dump = root.join("dump.md");
    std::fs::File::create(&dump)
        .unwrap()
        .set_len(65 * 1024 * 1024)
        .unwrap();
    // Read, but hostile in size: 50 MB in one review, and one paragraph of
    // 10,000 lines.
    let line = "한 줄의 긴 메모 😀 (Method 적 고찰) 와 결과 정리, 그리고 다음 문장.\n";
    let mut huge = String::from("김철수: Huge Paper\n\n");
    huge.push_str(&line.repeat(50_000_000 / line.len() + 1));
    assert!(huge.len() > 50_000_000);
    let huge_path = write(root, "huge.md", huge.as_bytes());
    drop(huge);
    let mut long = String::from("박영희: Long Paper\n\n");
    for i in 0..10_000 {
        long.push_str(&format!("문장 {i} 번째, Method 적 고찰과 😀 결과 정리.\n"));
    }
    let long_path = write(root, "long.md", long.as_bytes());
    // Links are not followed: a loop, a dangling link, a link to a good
    // file; and a folder named like a note.
    std::os::unix::fs::symlink(root, root.join("notes/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("missing.md"), root.join("dangling.md")).unwrap();
    std::os::unix::fs::symlink(root.join("good.md"), root.join("link.md")).unwrap();
    std::fs::create_dir(root.join("folder.md")).unwrap();
    // Unreadable, unless the tests run as root (or with CAP_DAC_OVERRIDE),
    // where `chmod 000` stops nobody: then the file is read like any other.
    let locked = write(
        root,
        "locked.md",
        "최철수: Locked Paper\n\n- 목적: x\n".as_bytes(),
    );
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000)).unwrap();
    let locked_readable = std::fs::read(&locked).is_ok();

    let mut client = TestClient::in_process();
    // Reading and indexing the 50 MB note takes 12–15 s in the debug build
    // on an idle machine.
    client.set_timeout(std::time::Duration::from_secs(120));
    client.initialize(capabilities(), Some(root)).await;
    let read = 5 + usize::from(locked_readable);
    assert_eq!(
        scan_summary(&mut client).await,
        format!(
            "review-ls: title index: {read} files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
        )
    );
    let end = client
        .wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end")
        .await;
    assert_eq!(
        end["params"]["value"]["message"],
        format!("{read} review files")
    );

    // The good file, open: the duplicate in again.md is found, and
    // hover lists the other two reviews.
    let uri = file_uri(&root.join("good.md"));
    client.open(&uri, &good);
    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["RV006"]);
    assert_eq!(
        diagnostics[0]["message"],
        "전지형 already reviewed this paper at again.md:1: merge the two reviews or remove one"
    );
    let hover = client.request("textDocument/hover", at(&uri, 0, 10)).await;
    let title_units = DT.encode_utf16().count() as u64;
    assert_eq!(span(&hover["range"]), [[0, 5], [0, 5 + title_units]]);
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("**{DT}**\n\n2 other reviews:\n\n")),
        "{markdown}"
    );
    let other_uri = file_uri(&root.join("notes/other.md"));
    assert!(
        markdown.contains(&format!("**정민준** · [notes/other.md:3]({other_uri}#L3)")),
        "{markdown}"
    );
    assert!(markdown.contains("다른 요약."), "{markdown}");

    // The big files were read: their reviews are found by workspace
    // symbols, at their first line.
    for (query, path) in [("Huge Paper", &huge_path), ("Long Paper", &long_path)] {
        let symbols = client
            .request("workspace/symbol", json!({"query": query}))
            .await;
        let found: Vec<(&str, &str, u64)> = symbols
            .as_array()
            .unwrap()
            .iter()
            .map(|s| {
                (
                    s["name"].as_str().unwrap(),
                    s["location"]["uri"].as_str().unwrap(),
                    s["location"]["range"]["start"]["line"].as_u64().unwrap(),
                )
            })
            .filter(|(name, _, _)| name.ends_with(query))
            .collect();
        let path_uri = file_uri(path);
        assert_eq!(found.len(), 1, "{query}: {symbols}");
        assert_eq!((found[0].1, found[0].2), (path_uri.as_str(), 0), "{query}");
    }
    // The 10,000-line paragraph, open: one review, its body to the end.
    let long_uri = file_uri(&long_path);
    client.open(&long_uri, &long);
    let outline = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": long_uri}}),
        )
        .await;
    assert_eq!(outline.as_array().unwrap().len(), 1);
    assert_eq!(outline[0]["name"], "Long Paper");
    assert_eq!(outline[0]["range"]["end"]["line"], 10_001);
    let locked_symbols = client
        .request("workspace/symbol", json!({"query": "Locked Paper"}))
        .await;
    let locked_found = locked_symbols
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s["name"] == "최철수: Locked Paper");
    assert_eq!(locked_found, locked_readable);

    let seen = finish(client).await;
    let told = messages_to_the_user(&seen);
    // Each bad file once, saying why, as a warning in the log.
    let skipping =
        |path: &Path, why: &str| vec![format!("review-ls: skipping {}: {why}", path.display())];
    assert_eq!(
        naming(&told, &binary),
        skipping(&binary, "binary file (it contains NUL bytes)")
    );
    assert_eq!(
        naming(&told, &latin1),
        skipping(
            &latin1,
            "not valid UTF-8 (byte 0xe9 at line 3, byte 10); save it as UTF-8"
        )
    );
    assert_eq!(
        naming(&told, &dump),
        skipping(
            &dump,
            "too large to be review notes (65 MiB; the limit is 64 MiB)"
        )
    );
    if locked_readable {
        // Running as root: read like any other file, nothing to report.
        assert_eq!(naming(&told, &locked), Vec::<String>::new());
    } else {
        assert_eq!(
            naming(&told, &locked),
            skipping(&locked, "cannot read: Permission denied (os error 13)")
        );
    }
    // Nothing about the links, the folder or the big files.
    for quiet in [
        "notes/loop",
        "dangling.md",
        "link.md",
        "folder.md",
        "huge.md",
        "long.md",
    ] {
        assert_eq!(naming(&told, &root.join(quiet)), Vec::<String>::new());
    }
    let warnings: Vec<&(String, u64, String)> =
        told.iter().filter(|(_, kind, _)| *kind <= 2).collect();
    assert_eq!(
        warnings.len(),
        4 - usize::from(locked_readable),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .all(|(method, kind, _)| method == "window/logMessage" && *kind == 2)
    );
}

/// Reviewers for generated workspaces.
const REVIEWERS: [&str; 7] = [
    "김민우",
    "이서연",
    "박지훈",
    "최유진",
    "정하늘",
    "강도윤",
    "윤서준",
];

/// The title of generated review `i`: a word of its own (`0042`) so that a
/// search finds it alone.
fn generated_title(i: usize) -> String {
    format!("Study {i:04} of Generated Reviews")
}

fn generated_reviewer(i: usize) -> &'static str {
    REVIEWERS[i % REVIEWERS.len()]
}

/// Writes `count` review files `r0000.md` … (one review each, all sections).
fn generate(root: &Path, count: usize) {
    for i in 0..count {
        let text = format!(
            "{}: {}\n\n- 목적: 목적 {i}.\n- Method: 방법 {i}.\n- 실험: 실험 {i}.\n",
            generated_reviewer(i),
            generated_title(i)
        );
        write(root, &format!("r{i:04}.md"), text.as_bytes());
    }
}

/// The files of the workspace symbols found for `query`, by URI.
async fn symbol_uris(client: &mut TestClient, query: &str) -> Vec<String> {
    client
        .request("workspace/symbol", json!({"query": query}))
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|symbol| symbol["location"]["uri"].as_str().unwrap().to_owned())
        .collect()
}

/// Files deleted while the scan is under way, with the watcher's delete
/// events sent at once: some were already read (the first batch of 64 is
/// read when the first progress report comes), some not yet (the last
/// ones in path order, most likely). A file not read yet is reported at
/// most once, as not found; nothing else is reported; and once the events
/// are handled nothing of the deleted files stays: not in another file's
/// `duplicate-review`, not in workspace symbols.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn files_deleted_during_the_scan_leave_nothing_behind() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    generate(root, 2_000);
    let early: Vec<usize> = (0..5).collect();
    let late: Vec<usize> = (1_995..2_000).collect();
    let mut client = TestClient::in_process();
    client.initialize(capabilities(), Some(root)).await;
    // A draft (never saved) repeating two reviews: r0002's, deleted below,
    // and r0010's, kept.
    let draft = file_uri(&root.join("zz-draft.md"));
    let draft_text = format!(
        "{}: {}\n\n- 목적: a\n- Method: b\n- 실험: c\n\n{}: {}\n\n- 목적: a\n- Method: b\n- 실험: c\n",
        generated_reviewer(2),
        generated_title(2),
        generated_reviewer(10),
        generated_title(10)
    );
    client.open(&draft, &draft_text);
    let report = client
        .wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "report")
        .await;
    assert_eq!(report["params"]["value"]["message"], "64/2000 files");
    let deleted: Vec<PathBuf> = early
        .iter()
        .chain(&late)
        .map(|i| root.join(format!("r{i:04}.md")))
        .collect();
    for path in &deleted {
        std::fs::remove_file(path).unwrap();
    }
    let changes: Vec<Value> = deleted
        .iter()
        .map(|path| json!({"uri": file_uri(path), "type": 3}))
        .collect();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": changes}),
    );
    let summary = scan_summary(&mut client).await;
    assert!(summary.starts_with("review-ls: title index: "), "{summary}");

    // An edit after the scan and the events: its diagnostics see the
    // workspace as it is, with r0010 and without r0002.
    client.change(&draft, 2, [[0, 0], [0, 0]], "");
    let diagnostics = client.diagnostics(&draft, Some(2)).await;
    let found: Vec<(&str, &str)> = diagnostics
        .iter()
        .map(|d| (d["code"].as_str().unwrap(), d["message"].as_str().unwrap()))
        .collect();
    let r0010 = format!(
        "{} already reviewed this paper at r0010.md:1: merge the two reviews or remove one",
        generated_reviewer(10)
    );
    assert_eq!(found, [("RV006", r0010.as_str())]);

    // Workspace symbols: the deleted files' reviews go with the commit that
    // follows the events (the title index is committed in batches, see
    // `server.rs`); each commit republishes the draft's diagnostics, which
    // is what this waits for between tries.
    let deleted_uris: Vec<String> = deleted.iter().map(|path| file_uri(path)).collect();
    let mut commits = 0;
    loop {
        let mut stale = Vec::new();
        for i in early.iter().chain(&late) {
            stale.extend(
                symbol_uris(&mut client, &generated_title(*i))
                    .await
                    .into_iter()
                    .filter(|uri| deleted_uris.contains(uri)),
            );
        }
        if stale.is_empty() {
            break;
        }
        commits += 1;
        assert!(
            commits <= 2,
            "still listed after {commits} commits: {stale:?}"
        );
        client.diagnostics(&draft, Some(2)).await;
    }
    // The files kept are all still there. (Whether the draft's own review
    // of r0010's paper is listed too depends on whether its buffer was
    // committed yet.)
    for i in [5, 10, 1_000, 1_994] {
        let mut uris = symbol_uris(&mut client, &generated_title(i)).await;
        uris.retain(|uri| *uri != draft);
        assert_eq!(uris, [file_uri(&root.join(format!("r{i:04}.md")))]);
    }

    let seen = finish(client).await;
    let told = messages_to_the_user(&seen);
    for i in &early {
        assert_eq!(
            naming(&told, &root.join(format!("r{i:04}.md"))),
            Vec::<String>::new()
        );
    }
    let mut not_found = 0;
    for i in &late {
        let path = root.join(format!("r{i:04}.md"));
        let about = naming(&told, &path);
        if !about.is_empty() {
            assert_eq!(
                about,
                [format!(
                    "review-ls: skipping {}: cannot read: No such file or directory (os error 2)",
                    path.display()
                )]
            );
            not_found += 1;
        }
    }
    let warnings = told.iter().filter(|(_, kind, _)| *kind <= 2).count();
    assert_eq!(warnings, not_found, "{told:?}");
}

/// Requests are answered while a large workspace is read: a document opened
/// as the scan begins gets its outline and its hover (from the index the
/// previous session left in the cache), and typing in it goes on, each
/// hover seeing the keystroke before it. Whether each answer comes before
/// the scan's `$/progress` end is a matter of timing (two threads share
/// two cores with the rest of the test suite), so only the answers are
/// asserted; the figures measured are in the comment at the end.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_are_answered_while_a_large_workspace_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    generate(root, 2_000);
    let mut first = TestClient::in_process();
    first
        .initialize_with_cache(capabilities(), Some(root), cache.path())
        .await;
    assert_eq!(
        scan_summary(&mut first).await,
        "review-ls: title index: 2000 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    finish(first).await;

    let mut client = TestClient::in_process();
    client
        .initialize_with_cache(capabilities(), Some(root), cache.path())
        .await;
    client
        .wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "begin")
        .await;
    // Paper 100, reviewed in r0100.md by someone else.
    let uri = file_uri(&root.join("zz-draft.md"));
    let header = format!("홍길동: {}", generated_title(100));
    client.open(&uri, &format!("{header}\n\n- 목적: 초안.\n"));
    let outline = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(outline[0]["name"], generated_title(100));
    assert_eq!(
        span(&outline[0]["selectionRange"]),
        [[0, 0], [0, header.encode_utf16().count() as u64]]
    );
    let hover = client.request("textDocument/hover", at(&uri, 0, 10)).await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    let link = format!(
        "**{}** · [r0100.md:1]({}#L1)",
        generated_reviewer(100),
        file_uri(&root.join("r0100.md"))
    );
    assert!(
        markdown.starts_with(&format!(
            "**{}**\n\n1 other review:\n\n{link}",
            generated_title(100)
        )),
        "{markdown}"
    );
    assert!(markdown.contains("목적 100."), "{markdown}");
    let scan_ended = |client: &TestClient| {
        client
            .seen
            .iter()
            .any(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end")
    };

    // Typing in the title while the scan goes on: each hover sees the new
    // title, whose range grows by one character a keystroke.
    let mut version = 1;
    while !scan_ended(&client) && version < 2_000 {
        version += 1;
        let column = header.encode_utf16().count() as u32 + version as u32 - 2;
        client.change(&uri, version, [[0, column], [0, column]], "x");
        let hover = client.request("textDocument/hover", at(&uri, 0, 10)).await;
        assert_eq!(
            span(&hover["range"]),
            [[0, 5], [0, u64::from(column) + 1]],
            "after keystroke {version}"
        );
    }
    let summary = scan_summary(&mut client).await;
    assert_eq!(
        summary,
        "review-ls: title index: 0 files indexed, 2000 already current (2000 not parsed again), 0 removed; 0 catalog titles read"
    );
    finish(client).await;
    // Measured (debug build, two cores, one of them busy): the outline and
    // the hover came 6–10 ms after the scan's `begin`, before its `end` in
    // every run; the scan of the 2,000 files (all current in the index)
    // took 160–300 ms, during which 47–62 keystroke + hover pairs were
    // answered, the slowest in 64–89 ms.
}

/// A corrupt index in the cache folder, at the server's level: the folder
/// is rebuilt, the log says why (once), the user is not bothered with a
/// message, and the workspace is read into the new index. (Which kinds of
/// damage are told apart is tested on the index itself, in
/// `server/index/tests/store.rs`.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_corrupt_index_in_the_cache_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.md", format!("김영국, {DT}\n").as_bytes());
    let folder = review_index::workspace_cache_dir(cache.path(), root);
    let mut first = TestClient::in_process();
    first
        .initialize_with_cache(utf16_client(), Some(root), cache.path())
        .await;
    scan_summary(&mut first).await;
    finish(first).await;

    for (damage, why) in [
        // tantivy's own list of segments.
        ("meta.json", "the index was unreadable ("),
        // review-ls's list of indexed files.
        (
            "review-ls-index.json",
            "its file list was missing or unreadable",
        ),
    ] {
        std::fs::write(folder.join(damage), b"{ not json").unwrap();
        let mut client = TestClient::in_process();
        client
            .initialize_with_cache(utf16_client(), Some(root), cache.path())
            .await;
        assert_eq!(
            scan_summary(&mut client).await,
            "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read",
            "{damage}"
        );
        let uri = file_uri(&root.join("new.md"));
        client.open(&uri, "홍길동: Decision");
        let result = client
            .request("textDocument/completion", at(&uri, 0, 13))
            .await;
        assert_eq!(result["items"][0]["label"], DT, "{damage}");
        let told = messages_to_the_user(&finish(client).await);
        let rebuilt: Vec<&String> = told
            .iter()
            .filter(|(_, _, text)| text.contains("title index rebuilt"))
            .map(|(_, _, text)| text)
            .collect();
        assert_eq!(rebuilt.len(), 1, "{damage}: {told:?}");
        let prefix = format!(
            "review-ls: title index rebuilt in {}: {why}",
            folder.display()
        );
        assert!(rebuilt[0].starts_with(&prefix), "{damage}: {}", rebuilt[0]);
        assert!(
            told.iter()
                .all(|(method, kind, _)| method == "window/logMessage" && *kind > 2),
            "{damage}: {told:?}"
        );
        assert!(folder.join("review-ls-index.json").is_file());
    }
}
