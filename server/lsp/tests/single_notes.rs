//! One paper per file, through the protocol: a note whose title is only in
//! its folder's name (with a lookalike `ː` for the colon), CRLF line endings,
//! Hangul and an emoji; the outline shows its template's sections, another
//! note's prose hovers to it, its missing section is reported on its title
//! with a fix in its own form, and a title heading completes.

mod support;

use serde_json::{Value, json};
use support::{TestClient, at, file_uri, scan_summary, span, utf16_client, write};

const SWIN: &str = "Swin Transformer: Hierarchical Vision Transformer";
const SWIN_FOLDER: &str = "papers/Swin Transformerː Hierarchical Vision Transformer";
const SWIN_NOTE: &str = "## 📌 Metadata\r\n- Authors: Ze Liu, Yutong Lin, Yue Cao\r\n- Venue: ICCV 2021\r\n\r\n## 1. Introduction 🙂\r\nViT는 고해상도에서 느리다.\r\n\r\n## 2. Method\r\nShifted window attention.\r\n\r\n## 3. Experiments\r\nImageNet 87.3%.\r\n";
const VIT_NOTE: &str = "# [An Image is Worth 16x16 Words](https://arxiv.org/abs/2010.11929)\n\n## Introduction\n🙂 Swin Transformer와 비교한다.\n\n## Method\npatch 로 자른다.\n";

async fn notes_workspace() -> (tempfile::TempDir, TestClient) {
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), &format!("{SWIN_FOLDER}/README.md"), SWIN_NOTE);
    write(dir.path(), "papers/vit.md", VIT_NOTE);
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), Some(dir.path())).await;
    assert_eq!(
        scan_summary(&mut client).await,
        "review-ls: title index: 2 files indexed, 0 already current (0 not parsed again), 0 removed; 0 catalog titles read"
    );
    (dir, client)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_outline_shows_the_notes_own_sections_under_its_folders_title() {
    let (dir, mut client) = notes_workspace().await;
    let uri = file_uri(&dir.path().join(SWIN_FOLDER).join("README.md"));
    client.open(&uri, SWIN_NOTE);
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let symbols = symbols.as_array().unwrap();
    assert_eq!(symbols.len(), 1);
    assert_eq!(symbols[0]["name"], SWIN);
    let sections: Vec<(String, String, [[u64; 2]; 2])> = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|symbol| {
            (
                symbol["name"].as_str().unwrap().to_owned(),
                symbol["detail"].as_str().unwrap().to_owned(),
                span(&symbol["selectionRange"]),
            )
        })
        .collect();
    // `## 1. Introduction 🙂`: the emoji is two UTF-16 units.
    assert_eq!(
        sections,
        [
            (
                "1. Introduction 🙂".to_owned(),
                "purpose".to_owned(),
                [[4, 3], [4, 21]]
            ),
            (
                "2. Method".to_owned(),
                "method".to_owned(),
                [[7, 3], [7, 12]]
            ),
            (
                "3. Experiments".to_owned(),
                "experiment".to_owned(),
                [[10, 3], [10, 17]]
            ),
        ]
    );
    // Nothing is missing: no finding.
    assert_eq!(client.diagnostics(&uri, Some(1)).await, Vec::<Value>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn prose_in_another_note_hovers_to_it_and_a_missing_section_gets_a_heading() {
    let (dir, mut client) = notes_workspace().await;
    let uri = file_uri(&dir.path().join("papers/vit.md"));
    client.open(&uri, VIT_NOTE);
    // `🙂 ` is three UTF-16 units; `Swin Transformer` sixteen.
    let hover = client.request("textDocument/hover", at(&uri, 3, 8)).await;
    assert_eq!(span(&hover["range"]), [[3, 3], [3, 19]]);
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(
        markdown.starts_with(&format!("**{SWIN}**\n\n1 review:\n\n**(no reviewer)**")),
        "{markdown}"
    );
    assert!(markdown.contains("README.md"), "{markdown}");
    assert!(
        markdown.contains("- *method*: Shifted window attention."),
        "{markdown}"
    );

    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(span(&diagnostics[0]["range"]), [[0, 3], [0, 32]]);
    assert_eq!(
        diagnostics[0]["message"],
        "missing experiment section: add a `## Experiments` section saying how the paper was evaluated and what it found"
    );
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 0, "character": 5}, "end": {"line": 0, "character": 5}},
                "context": {"diagnostics": diagnostics},
            }),
        )
        .await;
    let action = &actions.as_array().unwrap()[0];
    assert_eq!(action["title"], "Add a `## Experiments` section");
    let edits = &action["edit"]["changes"][&uri];
    assert_eq!(edits[0]["newText"], "\n## Experiments\n\n...\n");
    assert_eq!(span(&edits[0]["range"]), [[7, 0], [7, 0]]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_notes_title_heading_completes_from_the_other_notes() {
    let (dir, mut client) = notes_workspace().await;
    let uri = file_uri(&dir.path().join("papers/new.md"));
    client.open(&uri, "# Swin Tr");
    let completion = client
        .request("textDocument/completion", at(&uri, 0, 9))
        .await;
    let items = completion["items"].as_array().unwrap();
    assert_eq!(items[0]["label"], SWIN, "{completion}");
    assert_eq!(span(&items[0]["textEdit"]["range"]), [[0, 2], [0, 9]]);
}

/// A file of several papers, each under its own heading with its parts:
/// the outline shows each paper with its sections, a part missing from the
/// first is reported on its heading, and its fix goes before the next
/// paper's heading.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_file_of_several_papers_outlines_and_fixes_each_paper() {
    const PAPERS: &str = "# 읽은 논문 📚\r\n\r\n## Attention Is All You Need\r\n\r\n### 문제 정의\r\n\r\nRNN은 느리다 🐢.\r\n\r\n### 제안 방법\r\n\r\n셀프 어텐션.\r\n\r\n## BERT: Pre-training of Deep Bidirectional Transformers\r\n\r\n### 방법\r\n\r\nMLM.\r\n\r\n### 실험 결과\r\n\r\nGLUE 80.5.\r\n";
    let dir = tempfile::tempdir().unwrap();
    write(dir.path(), "reading/papers.md", PAPERS);
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), Some(dir.path())).await;
    scan_summary(&mut client).await;
    let uri = file_uri(&dir.path().join("reading/papers.md"));
    client.open(&uri, PAPERS);
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let outline: Vec<(String, [[u64; 2]; 2], Vec<String>)> = symbols
        .as_array()
        .unwrap()
        .iter()
        .map(|paper| {
            (
                paper["name"].as_str().unwrap().to_owned(),
                span(&paper["selectionRange"]),
                paper["children"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|part| {
                        format!(
                            "{} ({})",
                            part["name"].as_str().unwrap(),
                            part["detail"].as_str().unwrap()
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    assert_eq!(
        outline,
        [
            (
                "Attention Is All You Need".to_owned(),
                [[2, 3], [2, 28]],
                vec![
                    "문제 정의 (purpose)".to_owned(),
                    "제안 방법 (method)".to_owned()
                ]
            ),
            (
                "BERT: Pre-training of Deep Bidirectional Transformers".to_owned(),
                [[12, 3], [12, 56]],
                vec![
                    "방법 (method)".to_owned(),
                    "실험 결과 (experiment)".to_owned()
                ]
            ),
        ]
    );
    let diagnostics = client.diagnostics(&uri, Some(1)).await;
    let messages: Vec<(String, [[u64; 2]; 2])> = diagnostics
        .iter()
        .map(|d| (d["message"].as_str().unwrap().to_owned(), span(&d["range"])))
        .collect();
    assert_eq!(
        messages,
        [
            (
                "missing experiment section: add a `### 실험` section saying how the paper was evaluated and what it found".to_owned(),
                [[2, 3], [2, 28]]
            ),
            (
                "missing purpose section: add a `### 목적` section saying what problem the paper sets out to solve".to_owned(),
                [[12, 3], [12, 56]]
            ),
        ]
    );
    let actions = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 2, "character": 5}, "end": {"line": 2, "character": 5}},
                "context": {"diagnostics": [diagnostics[0]]},
            }),
        )
        .await;
    let action = &actions.as_array().unwrap()[0];
    assert_eq!(action["title"], "Add a `### 실험` section");
    let edits = &action["edit"]["changes"][&uri];
    assert_eq!(edits[0]["newText"], "### 실험\r\n\r\n...\r\n\r\n");
    assert_eq!(span(&edits[0]["range"]), [[12, 0], [12, 0]]);
}
