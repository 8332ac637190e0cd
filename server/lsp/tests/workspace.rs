//! The workspace: files that are not open are read in the background (with
//! `$/progress`), so that `duplicate-review` sees them; the file watcher is
//! registered dynamically and keeps them, and the configuration, current.

mod support;

use std::path::Path;

use serde_json::{Value, json};
use support::{TestClient, file_uri, span};

const FIRST: &str =
    "김영국, Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors\n\n• 내용.\n";
const SECOND: &str = "# 주간 노트\n\n김영국: Efficient and Scalable Bayesian Neural Nets with Rank 1 Factors (ICML 2020)\n\n- 목적: a\n- Method: b\n- 실험: c\n";

fn write(root: &Path, path: &str, text: &[u8]) {
    let path = root.join(path);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(path, text).unwrap();
}

fn capabilities() -> Value {
    json!({
        "window": {"workDoneProgress": true},
        "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
    })
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap_or(""))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_across_the_workspace_and_watched_changes() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.md", FIRST.as_bytes());
    write(root, "notes/b.md", SECOND.as_bytes());
    // Ignored by git, and not a review file: neither is read.
    write(root, ".gitignore", b"build/\n");
    write(root, "build/c.md", FIRST.as_bytes());
    write(root, "notes/d.txt", FIRST.as_bytes());
    // Unreadable: reported once, skipped.
    write(root, "notes/image.md", b"\x89PNG\0\0\0");

    let mut client = TestClient::in_process();
    client.initialize(capabilities(), Some(root)).await;

    // The watcher, registered dynamically.
    let registration = client
        .wait_for(|m| m["method"] == "client/registerCapability")
        .await;
    let registration = &registration["params"]["registrations"][0];
    assert_eq!(registration["method"], "workspace/didChangeWatchedFiles");
    assert_eq!(
        registration["registerOptions"]["watchers"],
        json!([
            {"globPattern": "**/*.md"},
            {"globPattern": "**/*.markdown"},
            {"globPattern": "**/review-ls.toml"},
        ])
    );

    // Progress: created first, then begin … end.
    let create = client
        .wait_for(|m| m["method"] == "window/workDoneProgress/create")
        .await;
    let token = create["params"]["token"].clone();
    let begin = client.notification("$/progress").await;
    assert_eq!(begin["token"], token);
    assert_eq!(begin["value"]["kind"], "begin");
    assert_eq!(begin["value"]["title"], "Reading review notes");
    let end = client
        .wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end")
        .await;
    assert_eq!(end["params"]["value"]["message"], "2 review files");

    // (Other lines are logged too: where the title index lives.)
    let skipped = client
        .wait_for(|m| {
            m["method"] == "window/logMessage"
                && m["params"]["message"]
                    .as_str()
                    .is_some_and(|text| text.starts_with("review-ls: skipping"))
        })
        .await["params"]
        .clone();
    let image = root.join("notes/image.md");
    assert_eq!(
        skipped["message"],
        format!(
            "review-ls: skipping {}: binary file (it contains NUL bytes)",
            image.display()
        )
    );

    // b.md is open; a.md is known only from disk.
    let b_uri = file_uri(&root.join("notes/b.md"));
    client.open(&b_uri, SECOND);
    let diagnostics = client.diagnostics(&b_uri, Some(1)).await;
    assert_eq!(codes(&diagnostics), ["RV006"]);
    let duplicate = &diagnostics[0];
    assert_eq!(span(&duplicate["range"]), [[2, 5], [2, 68]]);
    assert_eq!(
        duplicate["message"],
        "김영국 already reviewed this paper at a.md:1: merge the two reviews or remove one"
    );
    let related = &duplicate["relatedInformation"][0]["location"];
    assert_eq!(related["uri"], file_uri(&root.join("a.md")));
    assert_eq!(span(&related["range"]), [[0, 5], [0, 68]]);

    // a.md changes on disk to another reviewer: the duplicate goes.
    write(root, "a.md", FIRST.replace("김영국", "이동휴").as_bytes());
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&root.join("a.md")), "type": 2}]}),
    );
    assert_eq!(
        client.diagnostics(&b_uri, Some(1)).await,
        Vec::<Value>::new()
    );

    // A new file with the same review again, created on disk.
    write(root, "0.md", FIRST.as_bytes());
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&root.join("0.md")), "type": 1}]}),
    );
    let diagnostics = client.diagnostics(&b_uri, Some(1)).await;
    assert_eq!(codes(&diagnostics), ["RV006"]);
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .contains("at 0.md:1")
    );

    // And deleted.
    std::fs::remove_file(root.join("0.md")).unwrap();
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": file_uri(&root.join("0.md")), "type": 3}]}),
    );
    assert_eq!(
        client.diagnostics(&b_uri, Some(1)).await,
        Vec::<Value>::new()
    );

    // A new file under `.gitignore`d `build/`, or not a review file, is
    // not read, whatever the watcher says.
    write(root, "build/new.md", FIRST.as_bytes());
    write(root, "notes/new.txt", FIRST.as_bytes());
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [
            {"uri": file_uri(&root.join("build/new.md")), "type": 1},
            {"uri": file_uri(&root.join("notes/new.txt")), "type": 1},
        ]}),
    );
    assert_eq!(
        client.diagnostics(&b_uri, Some(1)).await,
        Vec::<Value>::new()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_broken_configuration_is_shown_on_itself_and_the_last_good_one_stays() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(
        root,
        "review-ls.toml",
        b"[rules]\nempty-section = \"off\"\n",
    );
    let mut client = TestClient::in_process();
    client.initialize(capabilities(), Some(root)).await;
    // Let the first scan finish, so that its republishing is not taken
    // for an answer to the changes below.
    client
        .wait_for(|m| m["method"] == "$/progress" && m["params"]["value"]["kind"] == "end")
        .await;
    let uri = file_uri(&root.join("notes.md"));
    // Missing the experiment, and an empty method, switched off.
    client.open(&uri, "홍길동: Paper\n\n- 목적: x\n- Method:\n");
    assert_eq!(codes(&client.diagnostics(&uri, Some(1)).await), ["RV001"]);

    // Broken: an unknown section kind, with Hangul and an emoji before the
    // end of the bad value, so the range differs by encoding.
    let config_uri = file_uri(&root.join("review-ls.toml"));
    write(
        root,
        "review-ls.toml",
        "[sections]\nrequired = [\"목적😀\", \"method\"]\n".as_bytes(),
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    let on_config = client.diagnostics(&config_uri, None).await;
    assert_eq!(on_config.len(), 1);
    assert_eq!(span(&on_config[0]["range"]), [[1, 12], [1, 18]]);
    assert_eq!(on_config[0]["severity"], 1);
    assert!(
        on_config[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("`sections.required`: unknown section kind \"목적😀\""),
        "{}",
        on_config[0]["message"]
    );
    let shown = client.notification("window/showMessage").await;
    assert_eq!(shown["type"], 1);
    assert!(
        shown["message"]
            .as_str()
            .unwrap()
            .ends_with("keeping the previous settings")
    );
    // The previous settings stay: empty sections are still off.
    assert_eq!(codes(&client.diagnostics(&uri, Some(1)).await), ["RV001"]);

    // Fixed: the error goes, the new settings apply.
    write(
        root,
        "review-ls.toml",
        b"[sections]\nrequired = [\"purpose\"]\n",
    );
    client.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": config_uri, "type": 2}]}),
    );
    assert_eq!(
        client.diagnostics(&config_uri, None).await,
        Vec::<Value>::new()
    );
    assert_eq!(codes(&client.diagnostics(&uri, Some(1)).await), ["RV002"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_configuration_broken_at_startup_is_reported_after_initialized() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "review-ls.toml", b"[rulez]\n");
    let mut client = TestClient::in_process();
    // A client without progress or dynamic registration.
    client.initialize(json!({}), Some(root)).await;
    let config_uri = file_uri(&root.join("review-ls.toml"));
    let on_config = client.diagnostics(&config_uri, None).await;
    assert_eq!(on_config.len(), 1);
    assert_eq!(span(&on_config[0]["range"]), [[0, 1], [0, 6]]);
    client.notification("window/showMessage").await;
    // The defaults apply.
    let uri = file_uri(&root.join("notes.md"));
    client.open(&uri, "홍길동: Paper\n\n- 목적: x\n- Method: y\n");
    assert_eq!(codes(&client.diagnostics(&uri, Some(1)).await), ["RV001"]);
    assert!(
        client
            .seen
            .iter()
            .all(|m| m["method"] != "window/workDoneProgress/create"
                && m["method"] != "client/registerCapability")
    );
}

/// Several workspace folders are one workspace: every folder is read, files
/// are known as `folder/path` (two `notes/week1.md` stay two files), a
/// review in one folder is a duplicate of and hovers to one in another, and
/// the first folder's `review-ls.toml` configures them all.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_workspace_folders_are_one_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("course-a"), dir.path().join("course-b"));
    let paper = "Attention Is All You Need";
    write(
        &a,
        "notes/week1.md",
        format!("김철수: {paper}\r\n\r\n- 목적: 번역 😀\r\n- Method: a\r\n- 실험: b\r\n")
            .as_bytes(),
    );
    write(
        &a,
        "review-ls.toml",
        b"[rules]\nempty-section = \"error\"\n",
    );
    write(
        &b,
        "notes/week1.md",
        format!("홍길동: {paper}\n\n- 목적: 왜\n- Method: a\n- 실험:\n\n김철수: {paper}\n\n- 목적: c\n- Method: d\n- 실험: e\n").as_bytes(),
    );
    let mut client = TestClient::in_process();
    client
        .request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": file_uri(&a),
                "capabilities": capabilities(),
                "workspaceFolders": [
                    {"uri": file_uri(&a), "name": "course-a"},
                    {"uri": file_uri(&b), "name": "course-b"},
                ],
                "initializationOptions": {"cacheDirectory": dir.path().join("cache")},
            }),
        )
        .await;
    client.notify("initialized", json!({}));
    assert_eq!(
        support::scan_summary(&mut client).await,
        "review-ls: title index: 2 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    let uri = file_uri(&b.join("notes/week1.md"));
    let text = std::fs::read_to_string(b.join("notes/week1.md")).unwrap();
    client.open(&uri, &text);
    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    // course-a's configuration makes the empty section an error here too;
    // 김철수 reviewed the paper in both folders.
    assert_eq!(codes(&diagnostics), ["RV002", "RV006"]);
    assert_eq!(diagnostics[0]["severity"], 1);
    let duplicate = &diagnostics[1];
    assert_eq!(
        duplicate["relatedInformation"][0]["location"]["uri"],
        file_uri(&a.join("notes/week1.md"))
    );
    // Hover on 홍길동's title: both of 김철수's reviews, one in each folder.
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 6}}),
        )
        .await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.contains("2 other reviews:"), "{markdown}");
    assert!(
        markdown.contains(&format!(
            "**김철수** · [course-a/notes/week1.md:1]({}#L1)",
            file_uri(&a.join("notes/week1.md"))
        )),
        "{markdown}"
    );
    assert!(
        markdown.contains(&format!(
            "**김철수** · [course-b/notes/week1.md:7]({}#L7)",
            file_uri(&b.join("notes/week1.md"))
        )),
        "{markdown}"
    );
    client.request("shutdown", Value::Null).await;
    client.notify("exit", Value::Null);
}

/// Cross-file findings are updated by difference: opening a file as it is
/// on disk re-checks no other document, and an edit that changes who
/// reviews what re-checks the open documents reviewing that paper — and
/// only those.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn other_documents_are_rechecked_only_when_their_papers_change() {
    const ATTENTION: &str = "홍길동: Attention Is All You Need\n\n- 목적: 순환 없이 번역.\n- Method: self-attention 만 사용.\n- 실험: WMT 2014 BLEU 28.4 🚀\n";
    const RESNET: &str = "김철수: Deep Residual Learning for Image Recognition\r\n\r\n- 목적: 깊은 망.\r\n- Method: 잔차 연결.\r\n- 실험: ImageNet.\r\n";
    const OTHER: &str = "박영희: Language Models are Few-Shot Learners\n\n- 목적: 적은 예시.\n- Method: GPT-3.\n- 실험: 여러 과제.\n";
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.md", ATTENTION.as_bytes());
    write(root, "b.md", RESNET.as_bytes());
    write(root, "c.md", OTHER.as_bytes());
    let mut client = TestClient::in_process();
    client.initialize(capabilities(), Some(root)).await;
    support::scan_summary(&mut client).await;
    let [a, b, c] = ["a.md", "b.md", "c.md"].map(|name| file_uri(&root.join(name)));

    // Opened as on disk, one after the other: each is checked once.
    let mut published: Vec<(String, i64)> = Vec::new();
    for (uri, text) in [(&a, ATTENTION), (&b, RESNET), (&c, OTHER)] {
        client.open(uri, text);
    }
    while published.last() != Some(&(c.clone(), 1)) {
        let params = client.notification("textDocument/publishDiagnostics").await;
        published.push((
            params["uri"].as_str().unwrap().to_owned(),
            params["version"].as_i64().unwrap_or(-1),
        ));
    }
    assert_eq!(published, [(a.clone(), 1), (b.clone(), 1), (c.clone(), 1)]);

    // b.md becomes a second review of Attention by 홍길동: b.md is checked,
    // then a.md, reviewing that paper (the duplicate is reported on the
    // later review, in b.md); c.md, about another paper, is not (it would
    // be published before the close below).
    client.change(
        &b,
        2,
        [
            [0, 0],
            [
                0,
                "김철수: Deep Residual Learning for Image Recognition".len() as u32,
            ],
        ],
        "홍길동: Attention Is All You Need",
    );
    let mut published: Vec<(String, Vec<String>)> = Vec::new();
    while published.len() < 2 {
        let params = client.notification("textDocument/publishDiagnostics").await;
        let diagnostics = params["diagnostics"].as_array().unwrap();
        published.push((
            params["uri"].as_str().unwrap().to_owned(),
            codes(diagnostics)
                .iter()
                .map(|code| (*code).to_owned())
                .collect(),
        ));
    }
    assert_eq!(
        published,
        [
            (b.clone(), vec!["RV006".to_owned()]),
            (a.clone(), Vec::new()),
        ]
    );

    // c.md closed as it is on disk: its diagnostics are cleared and no
    // other document is checked again before the next edit's answer.
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": c.as_str()}}),
    );
    client.change(&a, 2, [[0, 0], [0, 0]], "");
    let mut published: Vec<(String, i64)> = Vec::new();
    while published.last() != Some(&(a.clone(), 2)) {
        let params = client.notification("textDocument/publishDiagnostics").await;
        published.push((
            params["uri"].as_str().unwrap().to_owned(),
            params["version"].as_i64().unwrap_or(-1),
        ));
    }
    assert_eq!(published, [(c.clone(), -1), (a.clone(), 2)]);
    client.request("shutdown", Value::Null).await;
}

/// A warm start takes unchanged files from the scan cache instead of
/// parsing them again — and only those: a file edited on disk since (same
/// size, another modification time) is read again, and another
/// configuration makes the whole cache void. Each session's findings are
/// what the files on disk say.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_warm_start_parses_only_what_changed_since() {
    const A: &str = "홍길동: Attention Is All You Need 🚀\r\n\r\n- 목적: 번역.\r\n- Method: attention.\r\n- 실험: WMT.\r\n";
    const B: &str =
        "홍길동: Attention Is All You Need\n\n- 목적: 요약.\n- Method: 같음.\n- 실험: BLEU.\n";
    // B with another reviewer of as many bytes.
    const B_EDITED: &str =
        "이서연: Attention Is All You Need\n\n- 목적: 요약.\n- Method: 같음.\n- 실험: BLEU.\n";
    assert_eq!(B.len(), B_EDITED.len());
    let dir = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let root = dir.path();
    write(root, "a.md", A.as_bytes());
    write(root, "b.md", B.as_bytes());
    let b = file_uri(&root.join("b.md"));

    async fn session(root: &Path, cache: &Path, b: &str, b_text: &str) -> (String, Vec<String>) {
        let mut client = TestClient::in_process();
        client
            .initialize_with_cache(capabilities(), Some(root), cache)
            .await;
        let summary = support::scan_summary(&mut client).await;
        client.open(b, b_text);
        let diagnostics = client.diagnostics(b, Some(1)).await;
        let codes = codes(&diagnostics)
            .iter()
            .map(|c| (*c).to_owned())
            .collect();
        client.request("shutdown", Value::Null).await;
        (summary, codes)
    }

    let cold = session(root, cache.path(), &b, B).await;
    assert_eq!(
        cold,
        (
            "review-ls: title index: 2 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read".to_owned(),
            vec!["RV006".to_owned()]
        )
    );
    let warm = session(root, cache.path(), &b, B).await;
    assert_eq!(
        warm,
        (
            "review-ls: title index: 0 files indexed, 2 already current (2 not parsed again), 0 removed; 0 catalog titles read".to_owned(),
            vec!["RV006".to_owned()]
        )
    );

    // b.md edited on disk: a new reviewer, the same size, a later time.
    write(root, "b.md", B_EDITED.as_bytes());
    let modified = std::fs::metadata(root.join("b.md"))
        .unwrap()
        .modified()
        .unwrap();
    std::fs::File::options()
        .write(true)
        .open(root.join("b.md"))
        .unwrap()
        .set_modified(modified + std::time::Duration::from_secs(2))
        .unwrap();
    let edited = session(root, cache.path(), &b, B_EDITED).await;
    assert_eq!(
        edited,
        (
            "review-ls: title index: 1 files indexed, 1 already current (1 not parsed again), 0 removed; 0 catalog titles read".to_owned(),
            Vec::new()
        )
    );

    // Another configuration: every file is parsed again (the index still
    // holds them as they are).
    write(
        root,
        "review-ls.toml",
        b"[sections]\nrequired = [\"purpose\"]\n",
    );
    let configured = session(root, cache.path(), &b, B_EDITED).await;
    assert_eq!(
        configured.0,
        "review-ls: title index: 0 files indexed, 2 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
}
