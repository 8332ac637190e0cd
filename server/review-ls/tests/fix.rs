//! `--fix` and the file system: links are followed and stay links; notes
//! that are read-only, hard-linked or reached twice are never damaged.

use std::collections::{BTreeMap, BTreeSet};
use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::Output;

use expect_test::expect;
use serde_json::Value;
use similar::{ChangeTag, TextDiff};
use support::{copy_tree, run_in};

mod support;

/// A review missing its experiment section, with Hangul, an emoji and CRLF:
/// `--fix` adds `- 실험: ...` after its last section.
const NOTE: &str = "홍길동: Attention Is All You Need 😀\r\n\r\n- 목적: 왜.\r\n- 방법: 어떻게.\r\n";
const FIXED: &str =
    "홍길동: Attention Is All You Need 😀\r\n\r\n- 목적: 왜.\r\n- 방법: 어떻게.\r\n- 실험: ...\r\n";

/// [`NOTE`] as another paper (so that notes are no duplicates of each other).
fn note(paper: &str) -> String {
    NOTE.replace("Attention Is All You Need", paper)
}

fn fixed(paper: &str) -> String {
    FIXED.replace("Attention Is All You Need", paper)
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

fn read(path: impl AsRef<Path>) -> String {
    std::fs::read_to_string(path).unwrap()
}

#[test]
fn a_linked_note_is_fixed_in_its_target_and_the_link_stays() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::create_dir_all(root.join("notes")).unwrap();
    std::fs::create_dir_all(root.join("elsewhere")).unwrap();
    std::fs::write(root.join("elsewhere/real.md"), NOTE).unwrap();
    symlink("../elsewhere/real.md", root.join("notes/link.md")).unwrap();
    let output = run_in(root, &["--check", "--fix", "notes/link.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "fixed 1 problem in 1 file\n");
    assert!(
        std::fs::symlink_metadata(root.join("notes/link.md"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_eq!(
        std::fs::read_link(root.join("notes/link.md")).unwrap(),
        Path::new("../elsewhere/real.md")
    );
    assert_eq!(read(root.join("elsewhere/real.md")), FIXED);
    // Nothing left beside the target or the link.
    let mut left: Vec<String> = std::fs::read_dir(root.join("elsewhere"))
        .unwrap()
        .chain(std::fs::read_dir(root.join("notes")).unwrap())
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["link.md", "real.md"]);
}

#[test]
fn a_note_reached_by_a_link_and_by_its_name_is_checked_and_fixed_once() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("real.md"), NOTE).unwrap();
    symlink("real.md", root.join("link.md")).unwrap();
    let output = run_in(root, &["--check", "--fix", "real.md", "link.md"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "fixed 1 problem in 1 file\n");
    assert_eq!(read(root.join("real.md")), FIXED);
    // Checked once: no duplicate of itself.
    let output = run_in(root, &["--check", "real.md", "link.md"]);
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "No problems: 1 review in 1 file checked.\n"
    );
}

#[test]
fn read_only_and_hard_linked_notes_are_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path();
    std::fs::write(root.join("read-only.md"), note("Read Only")).unwrap();
    std::fs::set_permissions(
        root.join("read-only.md"),
        std::fs::Permissions::from_mode(0o444),
    )
    .unwrap();
    std::fs::write(root.join("linked.md"), note("Linked")).unwrap();
    std::fs::hard_link(root.join("linked.md"), root.join("other-name.txt")).unwrap();
    std::fs::write(root.join("plain.md"), note("Plain")).unwrap();
    let inode = std::fs::metadata(root.join("linked.md")).unwrap().ino();

    let output = run_in(root, &["--check", "--fix", "--format", "json", "."]);
    // The two notes left alone still have their finding.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "warning: linked.md: has 2 hard links, and replacing it would part them; not fixed\n\
         warning: read-only.md: is read-only; not fixed\n\
         fixed 1 problem in 1 file\n"
    );
    assert_eq!(read(root.join("plain.md")), fixed("Plain"));
    assert_eq!(read(root.join("read-only.md")), note("Read Only"));
    assert_eq!(
        std::fs::metadata(root.join("read-only.md"))
            .unwrap()
            .permissions()
            .mode()
            & 0o777,
        0o444
    );
    assert_eq!(read(root.join("linked.md")), note("Linked"));
    assert_eq!(read(root.join("other-name.txt")), note("Linked"));
    assert_eq!(
        std::fs::metadata(root.join("linked.md")).unwrap().ino(),
        inode
    );
    let findings: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("JSON findings");
    let paths: Vec<&str> = findings
        .iter()
        .map(|finding| finding["path"].as_str().unwrap())
        .collect();
    assert_eq!(paths, ["linked.md", "read-only.md"]);
}

/// Every file under `root`, by its path from `root`, with its bytes.
fn files_under(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut files = BTreeMap::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else {
                let name = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    files
}

/// A note's lines, each ending in a line break (the last one too, so that
/// a section added after it does not show it as changed).
fn with_final_line_break(text: &[u8]) -> String {
    let mut text = String::from_utf8(text.to_vec()).unwrap();
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text
}

/// `--fix` on a copy of the six real corpora adds sections only where the
/// notes' structure puts them: afterwards no finding with a fix is left
/// (each fix removed its finding — a heading added inside a code block
/// would be code, stay missing and be added again every round), no line of
/// a note is lost, and what is added is a heading of one of the three parts
/// with its `...`, each once in a note. The one line replaced is a title
/// the built-in catalog spells otherwise.
#[test]
fn fix_on_the_real_corpora_adds_each_section_once_and_loses_nothing() {
    let corpora = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/notes");
    let dir = tempfile::tempdir().unwrap();
    copy_tree(&corpora, dir.path());
    let before = files_under(dir.path());
    let output = run_in(dir.path(), &["--check", "--fix", "--format", "json"]);
    assert_eq!(stderr(&output), "fixed 127 problems in 105 files\n");
    let left: Vec<Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(left.len(), 246);
    let unfixed: Vec<&Value> = left
        .iter()
        .filter(|finding| finding.get("fix").is_some_and(|fix| !fix.is_null()))
        .collect();
    assert_eq!(unfixed, Vec::<&Value>::new());
    let after = files_under(dir.path());
    assert_eq!(
        after.keys().collect::<Vec<_>>(),
        before.keys().collect::<Vec<_>>()
    );
    let section_heading = |line: &str| {
        let label = line.trim_start_matches('#');
        label.len() < line.len()
            && line.len() - label.len() <= 6
            && [" Purpose", " Method", " Experiments", " 목적", " 실험"].contains(&label)
    };
    let mut changed = 0;
    let mut other_changes = String::new();
    for (path, old) in &before {
        let new = &after[path];
        if old == new {
            continue;
        }
        changed += 1;
        let (old, new) = (with_final_line_break(old), with_final_line_break(new));
        let mut added = BTreeSet::new();
        for change in TextDiff::from_lines(&old, &new).iter_all_changes() {
            let line = change.value().trim_end_matches(['\r', '\n']);
            match change.tag() {
                ChangeTag::Equal => {}
                ChangeTag::Insert if line.is_empty() || line == "..." => {}
                ChangeTag::Insert if section_heading(line) => {
                    assert!(
                        added.insert(line.to_owned()),
                        "{path}: `{line}` added twice"
                    );
                }
                ChangeTag::Insert => other_changes.push_str(&format!("{path}\n  + {line}\n")),
                ChangeTag::Delete => other_changes.push_str(&format!("{path}\n  - {line}\n")),
            }
        }
    }
    assert_eq!(changed, 105);
    expect![[r#"
        awesome-davian-awesome-reviews-kaist/paper-review/2022-spring-paper-review/iclr-2021-vit-eng.md
          - # An Image is Worth 16*16 Words: Transformers for Image Recognition at Scale \[English]
        awesome-davian-awesome-reviews-kaist/paper-review/2022-spring-paper-review/iclr-2021-vit-eng.md
          + # An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale \[English]
    "#]].assert_eq(&other_changes);
}
