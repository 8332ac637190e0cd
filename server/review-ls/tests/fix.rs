//! `--fix` and the file system: links are followed and stay links; notes
//! that are read-only, hard-linked or reached twice are never damaged.

use std::os::unix::fs::{MetadataExt, PermissionsExt, symlink};
use std::path::Path;
use std::process::Output;

use support::run_in;

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
