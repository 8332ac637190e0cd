//! Hostile workspaces: what a real notes folder can hold besides notes. Each
//! case is reported once, clearly, and the rest is still checked.

use std::path::{Path, PathBuf};
use std::process::Command;

use support::run_in;

mod support;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}

const GOOD: &str = "홍길동: Paper\n\n- 목적: a\n- Method: b\n- 실험: c\n";

fn workspace() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_owned();
    std::fs::write(root.join("good.md"), GOOD).unwrap();
    (dir, root)
}

#[test]
fn a_huge_file_is_checked_and_an_oversized_one_skipped() {
    let (_dir, root) = workspace();
    // 50 MB in one file: a review whose body runs on and on (Hangul, emoji,
    // labels that are not labels), as a dump pasted into the notes would.
    let line = "한 줄의 긴 메모 😀 (Method 적 고찰) 와 결과 정리, 그리고 다음 문장.\n";
    let mut huge = String::from("김철수: Huge Paper\n\n");
    huge.push_str(&line.repeat(50_000_000 / line.len() + 1));
    std::fs::write(root.join("huge.md"), &huge).unwrap();
    let output = run_in(&root, &["--check", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(1), "{}", text(&output.stderr));
    let findings: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let rules: Vec<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["missing-section"; 3]);
    assert!(huge.len() > 50_000_000);

    // Past the 64 MiB limit: reported and skipped, never read.
    let big = std::fs::File::create(root.join("dump.md")).unwrap();
    big.set_len(65 * 1024 * 1024).unwrap();
    std::fs::remove_file(root.join("huge.md")).unwrap();
    let output = run_in(&root, &["--check", "."]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "error: dump.md: too large to be review notes (65 MiB; the limit is 64 MiB); skipped\n"
    );
    assert!(text(&output.stdout).starts_with("No problems: 1 review in 1 file checked.\n"));
}

#[test]
fn a_ten_thousand_line_paragraph_is_one_review_body() {
    let (_dir, root) = workspace();
    let mut long = String::from("김철수: Long Paper\n\n");
    for i in 0..10_000 {
        long.push_str(&format!("문장 {i} 번째, Method 적 고찰과 😀 결과 정리.\n"));
    }
    std::fs::write(root.join("long.md"), long).unwrap();
    let output = run_in(&root, &["--list", ".", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let listed: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let titles: Vec<&str> = listed
        .iter()
        .map(|r| r["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, ["Paper", "Long Paper"]);
    assert_eq!(listed[1]["sections"], serde_json::json!([]));
}

#[test]
fn symlink_loops_directories_named_md_and_broken_links() {
    let (_dir, root) = workspace();
    std::fs::create_dir(root.join("notes")).unwrap();
    std::os::unix::fs::symlink(&root, root.join("notes/loop")).unwrap();
    std::os::unix::fs::symlink(root.join("missing.md"), root.join("dangling.md")).unwrap();
    std::fs::create_dir(root.join("folder.md")).unwrap();
    let output = run_in(&root, &["--check", "."]);
    // Links are not followed, so neither the loop nor the dangling link is
    // walked into; a folder named `.md` is a folder.
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    assert_eq!(text(&output.stderr), "");
    assert_eq!(
        text(&output.stdout),
        "No problems: 1 review in 1 file checked.\n"
    );
    // Named explicitly, a dangling link is an I/O error, reported once.
    let output = run_in(&root, &["--check", "good.md", "dangling.md"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        text(&output.stderr),
        "error: dangling.md: no such file or directory\n"
    );
}

#[test]
fn the_cli_writes_nowhere_but_its_catalog_cache() {
    let (_dir, root) = workspace();
    std::fs::write(
        root.join("review-ls.toml"),
        "[catalog]\npaths = [\"refs.txt\"]\n",
    )
    .unwrap();
    std::fs::write(root.join("refs.txt"), "Paper\n").unwrap();
    let home = tempfile::tempdir().unwrap();
    let before = snapshot(&root);
    let check = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_review-ls"))
            .args(["--check", ".", "--format", "sarif"])
            .args(extra)
            .current_dir(&root)
            .env("HOME", home.path())
            .env("XDG_CACHE_HOME", home.path().join("cache"))
            .env_remove("REVIEW_LS_CACHE_DIR")
            .output()
            .unwrap()
    };
    // With --no-cache, nothing at all.
    assert_eq!(check(&["--no-cache"]).status.code(), Some(0));
    assert_eq!(snapshot(&root), before);
    assert_eq!(std::fs::read_dir(home.path()).unwrap().count(), 0);
    // Otherwise one table per catalog, in the user's cache, and nothing in
    // the notes' folder.
    assert_eq!(check(&[]).status.code(), Some(0));
    assert_eq!(snapshot(&root), before);
    let written: Vec<String> = walk(home.path())
        .into_iter()
        .map(|path| {
            path.strip_prefix(home.path())
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    assert_eq!(written.len(), 1, "{written:?}");
    assert!(
        written[0].starts_with("cache/review-ls/catalogs/") && written[0].ends_with(".bin"),
        "{written:?}"
    );
}

/// Every file under `root` with its contents.
fn snapshot(root: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = Vec::new();
    for entry in walk(root) {
        files.push((entry.clone(), std::fs::read(&entry).unwrap()));
    }
    files.sort();
    files
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            found.extend(walk(&path));
        } else {
            found.push(path);
        }
    }
    found
}
