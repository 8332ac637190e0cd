//! The server writes nothing outside its cache folder (SECURITY.md): the
//! real process, with `HOME`, `XDG_CACHE_HOME`, `XDG_CONFIG_HOME`,
//! `XDG_DATA_HOME` and `TMPDIR` pointed at fresh folders and its current
//! folder in the workspace, runs a whole session — initialize with the
//! workspace, the scan, open, several changes, hover, completion, code
//! actions, outline, close, shutdown, exit — and every file and folder
//! (path, size, modification time, content hash) under the workspace and
//! those folders is compared before and after.

mod support;

use std::collections::BTreeMap;
use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde_json::{Value, json};
use support::{SEED, at, exits, file_uri, scan_summary, spawn_server_in, write};

const DT: &str = "Decision Transformer: Reinforcement Learning via Sequence Modeling";
const SEED_PATH: &str = "seeds/000_1d7a1aefbff0b690.md";

/// What is on disk at one path.
#[derive(Debug, PartialEq, Eq)]
enum Entry {
    Folder {
        modified: SystemTime,
    },
    File {
        size: u64,
        modified: SystemTime,
        hash: u64,
    },
    Link {
        target: PathBuf,
    },
}

/// Every path under `root` (itself included) and what is there.
fn snapshot(root: &Path) -> BTreeMap<PathBuf, Entry> {
    let mut out = BTreeMap::new();
    let mut todo = vec![root.to_owned()];
    while let Some(path) = todo.pop() {
        let metadata = std::fs::symlink_metadata(&path).unwrap();
        let entry = if metadata.is_symlink() {
            Entry::Link {
                target: std::fs::read_link(&path).unwrap(),
            }
        } else if metadata.is_dir() {
            for child in std::fs::read_dir(&path).unwrap() {
                todo.push(child.unwrap().path());
            }
            Entry::Folder {
                modified: metadata.modified().unwrap(),
            }
        } else {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            std::fs::read(&path).unwrap().hash(&mut hasher);
            Entry::File {
                size: metadata.len(),
                modified: metadata.modified().unwrap(),
                hash: hasher.finish(),
            }
        };
        out.insert(path, entry);
    }
    out
}

/// The paths added, removed or changed between two snapshots.
fn differences(
    before: &BTreeMap<PathBuf, Entry>,
    after: &BTreeMap<PathBuf, Entry>,
) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = before
        .keys()
        .chain(after.keys())
        .filter(|path| before.get(*path) != after.get(*path))
        .cloned()
        .collect();
    paths.sort();
    paths.dedup();
    paths
}

/// One session of the real server in `sandbox/workspace`, with the user's
/// folders in `sandbox`, and `REVIEW_LS_CACHE_DIR` set to `cache_variable`
/// or unset. Returns the workspace.
async fn session(sandbox: &Path, cache_variable: Option<&Path>) -> PathBuf {
    let workspace = sandbox.join("workspace");
    let home = sandbox.join("home");
    let (cache, config, data, tmp) = (
        sandbox.join("cache"),
        sandbox.join("config"),
        sandbox.join("data"),
        sandbox.join("tmp"),
    );
    let mut env: Vec<(&str, &Path)> = vec![
        ("HOME", &home),
        ("XDG_CACHE_HOME", &cache),
        ("XDG_CONFIG_HOME", &config),
        ("XDG_DATA_HOME", &data),
        ("TMPDIR", &tmp),
    ];
    let mut remove = vec![];
    match cache_variable {
        Some(folder) => env.push(("REVIEW_LS_CACHE_DIR", folder)),
        None => remove.push("REVIEW_LS_CACHE_DIR"),
    }
    let (mut child, mut client) = spawn_server_in(&env, &remove, Some(&workspace)).await;
    // No `initializationOptions`: the environment decides where the cache
    // is.
    let folders = json!([{"uri": file_uri(&workspace), "name": "workspace"}]);
    client
        .request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": file_uri(&workspace),
                "workspaceFolders": folders,
                "capabilities": {
                    "window": {"workDoneProgress": true},
                    "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}},
                    "general": {"positionEncodings": ["utf-16"]},
                },
            }),
        )
        .await;
    client.notify("initialized", json!({}));
    let summary = scan_summary(&mut client).await;
    assert_eq!(
        summary,
        "review-ls: title index: 1 files indexed, 0 already current (0 not parsed again), 0 removed; 1 catalog titles read"
    );

    let uri = file_uri(&workspace.join(SEED_PATH));
    client.open(&uri, SEED);
    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    // Typing a new review at the end, a few keystrokes, each published.
    let last_line = SEED.split('\n').count() as u32 - 1;
    let mut cursor = [
        last_line,
        SEED.split('\n').next_back().unwrap().encode_utf16().count() as u32,
    ];
    let mut version = 1;
    for piece in ["\n\n", "## 홍길동: ", "Decision", " Tr"] {
        version += 1;
        client.change(&uri, version, [cursor, cursor], piece);
        cursor = match piece {
            "\n\n" => [cursor[0] + 2, 0],
            _ => [cursor[0], cursor[1] + piece.encode_utf16().count() as u32],
        };
        client.diagnostics(&uri, Some(version)).await;
    }
    let completion = client
        .request("textDocument/completion", at(&uri, cursor[0], cursor[1]))
        .await;
    assert_eq!(completion["items"][0]["label"], DT);
    // 전지형's review of the same paper, line 111.
    let hover = client
        .request("textDocument/hover", at(&uri, 110, 10))
        .await;
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.starts_with(&format!("**{DT}**\n\n")), "{markdown}");
    // The review starting mid-line at line 55 has a fix.
    let mid_line = diagnostics
        .iter()
        .find(|d| d["code"] == "RV003")
        .expect("the seed's first mid-line review");
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": mid_line["range"],
                "context": {"diagnostics": [mid_line]},
            }),
        )
        .await;
    assert!(
        actions
            .as_array()
            .unwrap()
            .iter()
            .any(|action| action["title"] == "Move this review onto its own line"),
        "{actions}"
    );
    let outline = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(outline.as_array().unwrap().len(), 111);
    // The debounced commit of the edited buffer republishes its
    // diagnostics: the index has been written by then.
    client.diagnostics(&uri, Some(version)).await;
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    client.diagnostics(&uri, None).await;
    assert_eq!(client.request("shutdown", Value::Null).await, Value::Null);
    client.notify("exit", Value::Null);
    client.closed().await;
    assert!(exits(&mut child).await.success());
    workspace
}

/// A sandbox with the workspace (the seed notes, a configuration naming a
/// catalog, the catalog) and the user's empty folders.
fn sandbox() -> tempfile::TempDir {
    let sandbox = tempfile::tempdir().unwrap();
    let root = sandbox.path();
    let workspace = root.join("workspace");
    write(&workspace, SEED_PATH, SEED);
    write(
        &workspace,
        "review-ls.toml",
        "[catalog]\npaths = [\"refs.txt\"]\n",
    );
    write(&workspace, "refs.txt", &format!("{DT}\n"));
    for folder in ["home", "cache", "config", "data", "tmp"] {
        std::fs::create_dir(root.join(folder)).unwrap();
    }
    sandbox
}

/// Where the rules' documentation is written, under the cache root.
const RULE_DOCS: &str = concat!("docs/rules-", env!("CARGO_PKG_VERSION"), ".md");

/// The cache's files: the title index and its file list, and what the
/// scan read.
fn assert_index_written(folder: &Path) {
    assert!(folder.join("review-ls-index.json").is_file());
    assert!(folder.join("meta.json").is_file());
    assert!(folder.join("review-ls-scan.bin").is_file());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_writes_only_its_cache_folder_under_xdg_cache_home() {
    let sandbox = sandbox();
    let root = sandbox.path();
    let before = snapshot(root);
    let workspace = session(root, None).await;
    let after = snapshot(root);
    // `$XDG_CACHE_HOME/review-ls/<workspace>-<hash>/`.
    let cache_root = root.join("cache/review-ls");
    let folder = review_index::workspace_cache_dir(&cache_root, &workspace);
    assert_eq!(folder.parent(), Some(cache_root.as_path()));
    assert_index_written(&folder);
    let outside: Vec<PathBuf> = differences(&before, &after)
        .into_iter()
        .filter(|path| !path.starts_with(&folder))
        .collect();
    // Besides the folder's contents: the cache root, created, and the
    // folder it was created in, whose modification time that changed; and
    // the rules' documentation diagnostics link to, one file per version.
    assert_eq!(
        outside,
        [
            root.join("cache"),
            cache_root.clone(),
            cache_root.join("docs"),
            cache_root.join(RULE_DOCS),
        ]
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_writes_only_its_cache_folder_under_review_ls_cache_dir() {
    let sandbox = sandbox();
    let root = sandbox.path();
    let cache_root = root.join("review-ls-cache");
    std::fs::create_dir(&cache_root).unwrap();
    let before = snapshot(root);
    let workspace = session(root, Some(&cache_root)).await;
    let after = snapshot(root);
    let folder = review_index::workspace_cache_dir(&cache_root, &workspace);
    assert_index_written(&folder);
    let outside: Vec<PathBuf> = differences(&before, &after)
        .into_iter()
        .filter(|path| !path.starts_with(&folder))
        .collect();
    // Nothing under `XDG_CACHE_HOME` or anywhere else: only the cache root
    // the variable names, where the folder was created, and the rules'
    // documentation in it.
    assert_eq!(
        outside,
        [
            cache_root.clone(),
            cache_root.join("docs"),
            cache_root.join(RULE_DOCS),
        ]
    );
}
