//! `review-ls --init`: a configuration written from a folder's own notes,
//! never over an existing one; on each real corpus it loads and changes no
//! finding the notes' headings did not already decide.

use std::path::{Path, PathBuf};

use support::{copy_tree, run_in};

mod support;

use expect_test::expect;

fn note(folder: &Path, name: &str, text: &str) {
    std::fs::write(folder.join(name), text).unwrap();
}

/// Three notes written from one template, `body` given each title; the
/// third with CRLF and an emoji in its title.
fn three_notes(folder: &Path, body: impl Fn(&str) -> String) {
    note(folder, "attention.md", &body("Attention Is All You Need"));
    note(
        folder,
        "bert.md",
        &body("BERT: Pre-training of Deep Bidirectional Transformers"),
    );
    note(
        folder,
        "vit.md",
        &body("An Image is Worth 16x16 Words 🖼️").replace('\n', "\r\n"),
    );
}

/// A lab's Korean template with a heading of its own (`5. 구현 노트`) in
/// four notes, one of them with CRLF and an emoji.
fn template_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let body = |title: &str| {
        format!(
            "# {title}\n\n- Authors: Ada Lovelace, Alan Turing\n\n## 0. 한 줄 요약\n요약.\n\n## 1. 연구 배경\n왜.\n\n## 2. 제안 기법\n어떻게.\n\n## 3. 실험 결과\n결과.\n\n## 4. 느낀 점 🙂\n좋다.\n\n## 5. 구현 노트\n표.\n"
        )
    };
    three_notes(dir.path(), body);
    note(
        dir.path(),
        "resnet.md",
        "# Deep Residual Learning for Image Recognition\n\n- Authors: Kaiming He\n\n## 1. 연구 배경\n왜.\n\n## 3. 실험 결과\n결과.\n",
    );
    note(
        dir.path(),
        "README.md",
        "# 우리 랩 논문 노트\n\n매주 한 편씩 읽는다.\n",
    );
    dir
}

#[test]
fn init_writes_the_headings_the_notes_use_and_never_overwrites() {
    let dir = template_folder();
    let written = run_in(dir.path(), &["--init"]);
    assert_eq!(
        written.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&written.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&written.stderr),
        "wrote ./review-ls.toml: 6 headings and bold labels from 4 single-review notes (1 left as comments: they name no kind)\n"
    );
    let raw = std::fs::read_to_string(dir.path().join("review-ls.toml")).unwrap();
    let text = raw.replacen("under .", "under <folder>", 1);
    expect![[r##"
        # review-ls.toml, written by `review-ls --init` from the 4 single-review notes under <folder>.
        # The section headings and bold labels those notes use, most frequent
        # first; the number is how many notes use each. review-ls already reads
        # the ones listed under a kind: they are written out so that the template
        # is visible and can be edited. Those that name no kind are comments at
        # the end: move one into a list to count it as that kind. See README.md,
        # "Configuration".

        [sections]
        required = ["purpose", "method", "experiment"]

        [sections.aliases]
        purpose = [
            "연구 배경",  # 4
        ]
        method = [
            "제안 기법",  # 3
        ]
        experiment = [
            "실험 결과",  # 4
        ]
        takeaways = [
            "느낀 점",  # 3
        ]
        summary = [
            "한 줄 요약",  # 3
        ]

        # Headings and labels that name none of the kinds (notes using each):
        #   "구현 노트"  # 3
    "##]]
    .assert_eq(&text);

    // The configuration is in force: resnet.md lacks its method, nothing else.
    assert_eq!(
        findings(dir.path(), None),
        [
            "resnet.md missing method section: add a `## Method` section saying how the paper solves it"
        ]
    );

    // A second --init refuses, and leaves the file as it was (edited by hand).
    let edited = format!("{raw}\n# edited by hand\n");
    std::fs::write(dir.path().join("review-ls.toml"), &edited).unwrap();
    let again = run_in(dir.path(), &["--init", "."]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&again.stderr),
        "error: ./review-ls.toml: already exists; not overwritten (remove it, or edit it by hand)\n"
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("review-ls.toml")).unwrap(),
        edited
    );
    let bad = run_in(dir.path(), &["--init", "attention.md"]);
    assert_eq!(bad.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&bad.stderr),
        "error: attention.md: not a folder\n"
    );
}

/// An Obsidian-style template with no section headings at all: its parts
/// are bold labels (`**Question**:`, `- **Motivating Idea**` alone on its
/// item, `**결과.**` run in), one note with CRLF and emoji. `--init` lists
/// the labels as it lists headings; moving the one that names no kind into
/// a list is what makes the notes pass.
#[test]
fn init_counts_a_templates_bold_labels() {
    let dir = tempfile::tempdir().unwrap();
    let body = |title: &str| {
        format!(
            "# {title}\n\n**Authors**: Ada Lovelace\n\n**Question**: 무엇을 풀려고 하는가 🤔\n\n- **Motivating Idea**\n  - 어텐션만으로 충분하다.\n\n**결과.** BLEU 28.4.\n\n**Figure 1.** 구조도.\n\n```\n**Snippet**: not a label\n```\n"
        )
    };
    three_notes(dir.path(), body);
    let before = findings(dir.path(), Some("RV001"));
    assert_eq!(
        before,
        [
            "attention.md missing purpose section: add a purpose section saying what problem the paper sets out to solve",
            "bert.md missing purpose section: add a purpose section saying what problem the paper sets out to solve",
            "vit.md missing purpose section: add a purpose section saying what problem the paper sets out to solve",
        ]
    );
    let written = run_in(dir.path(), &["--init"]);
    assert_eq!(
        String::from_utf8_lossy(&written.stderr),
        "wrote ./review-ls.toml: 3 headings and bold labels from 3 single-review notes (1 left as comments: they name no kind)\n"
    );
    let raw = std::fs::read_to_string(dir.path().join("review-ls.toml")).unwrap();
    let aliases = &raw[raw.find("[sections.aliases]").unwrap()..];
    expect![[r#"
        [sections.aliases]
        method = [
            "Motivating Idea",  # 3
        ]
        experiment = [
            "결과",  # 3
        ]

        # Headings and labels that name none of the kinds (notes using each):
        #   "Question"  # 3
    "#]]
    .assert_eq(aliases);
    // The group says its question is the purpose: the notes pass.
    let moved = raw.replace("#   \"Question\"  # 3\n", "").replace(
        "[sections.aliases]\n",
        "[sections.aliases]\npurpose = [\"Question\"]\n",
    );
    std::fs::write(dir.path().join("review-ls.toml"), moved).unwrap();
    assert_eq!(findings(dir.path(), Some("RV001")), Vec::<String>::new());
}

/// Where every heading names a kind, nothing is left as a comment, and the
/// report says nothing of comments.
#[test]
fn init_with_every_heading_known_reports_no_comments() {
    let dir = tempfile::tempdir().unwrap();
    three_notes(dir.path(), |title| {
        format!("# {title}\n\n## 동기\n왜.\n\n## Method\n어떻게 ✨\n\n## Results\n결과.\n")
    });
    let written = run_in(dir.path(), &["--init"]);
    assert_eq!(
        String::from_utf8_lossy(&written.stderr),
        "wrote ./review-ls.toml: 3 headings and bold labels from 3 single-review notes\n"
    );
}

/// A file of several papers, each under its heading with the group's
/// template below, gives the template's headings; the papers' titles are
/// no section headings.
#[test]
fn init_reads_the_template_of_a_file_of_several_papers() {
    let dir = tempfile::tempdir().unwrap();
    note(
        dir.path(),
        "papers.md",
        "# 읽은 논문 📚\r\n\r\n## Attention Is All You Need\r\n\r\n### 1. 연구 배경\r\n왜.\r\n\r\n### 2. 핵심 아이디어\r\n어떻게.\r\n\r\n## BERT: Pre-training of Deep Bidirectional Transformers\r\n\r\n### 1. 연구 배경\r\n왜.\r\n\r\n### 3. 실험 결과\r\n결과.\r\n",
    );
    let written = run_in(dir.path(), &["--init"]);
    assert_eq!(
        String::from_utf8_lossy(&written.stderr),
        "wrote ./review-ls.toml: 3 headings and bold labels from 1 single-review note\n"
    );
    let raw = std::fs::read_to_string(dir.path().join("review-ls.toml")).unwrap();
    let aliases = &raw[raw.find("[sections.aliases]").unwrap()..];
    expect![[r#"
        [sections.aliases]
        purpose = [
            "연구 배경",  # 1
        ]
        method = [
            "핵심 아이디어",  # 1
        ]
        experiment = [
            "실험 결과",  # 1
        ]
    "#]]
    .assert_eq(aliases);
}

/// `path message` of each finding `--check` reports in `dir` (of rule
/// `code` only, when given), sorted.
fn findings(dir: &Path, code: Option<&str>) -> Vec<String> {
    let check = run_in(dir, &["--check", "--format", "json"]);
    let findings: serde_json::Value = serde_json::from_slice(&check.stdout).unwrap();
    let mut found: Vec<String> = findings
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| code.is_none_or(|code| f["code"] == code))
        .map(|f| {
            format!(
                "{} {}",
                f["path"].as_str().unwrap(),
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    found.sort();
    found
}

/// On a copy of each real corpus, `--init` writes a configuration that
/// loads, and `--check` with it reports the same missing sections as
/// without: the headings it names are the ones review-ls already read.
#[test]
fn init_on_each_real_corpus() {
    let corpora = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/notes");
    let mut names: Vec<_> = std::fs::read_dir(&corpora)
        .unwrap()
        .map(|entry| entry.unwrap().file_name())
        .collect();
    names.sort();
    let mut summary = String::new();
    for name in names {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&corpora.join(&name), dir.path());
        let before = findings(dir.path(), Some("RV001"));
        let init = run_in(dir.path(), &["--init"]);
        assert_eq!(init.status.code(), Some(0), "{name:?}");
        summary.push_str(&format!(
            "{}: {}",
            name.to_string_lossy(),
            String::from_utf8_lossy(&init.stderr).replace("./review-ls.toml: ", "")
        ));
        assert_eq!(findings(dir.path(), Some("RV001")), before, "{name:?}");
    }
    expect![[r#"
        Pseudo-Lab-pseudodiffusers: wrote 39 headings and bold labels from 65 single-review notes (18 left as comments: they name no kind)
        awesome-davian-awesome-reviews-kaist: wrote 38 headings and bold labels from 164 single-review notes (14 left as comments: they name no kind)
        bentrevett-paper-notes: wrote 0 headings and bold labels from 22 single-review notes
        dLobatog-paper-notes: wrote 11 headings and bold labels from 65 single-review notes (3 left as comments: they name no kind)
        k1101jh-DeepLearning-Paper-Review: wrote 32 headings and bold labels from 109 single-review notes (13 left as comments: they name no kind)
        standing-o-Machine_Learning_Paper_Review: wrote 10 headings and bold labels from 40 single-review notes (2 left as comments: they name no kind)
    "#]].assert_eq(&summary);
}
