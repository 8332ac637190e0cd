//! Document symbols (entries with their sections) and folding ranges, with
//! exact ranges in UTF-16 over Hangul and an emoji.

mod support;

use serde_json::{Value, json};
use support::{TestClient, span, utf16_client};

const URI: &str = "file:///notes/outline.md";
const TEXT: &str = "## 홍길동: Attention 😀 Is All You Need\n\n- 목적: 번역.\n- Method: self-attention\n  만으로.\n- 실험: BLEU\n\n김영국, Rank-1 Factors\n\n• 내용.\n";

async fn ask(method: &str) -> Value {
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(URI, TEXT);
    client
        .request(method, json!({"textDocument": {"uri": URI}}))
        .await
}

fn outline(symbol: &Value) -> (String, String, [[u64; 2]; 2], [[u64; 2]; 2]) {
    (
        symbol["name"].as_str().unwrap().to_owned(),
        symbol["detail"].as_str().unwrap_or("").to_owned(),
        span(&symbol["range"]),
        span(&symbol["selectionRange"]),
    )
}

fn owned(
    name: &str,
    detail: &str,
    range: [[u64; 2]; 2],
    selection: [[u64; 2]; 2],
) -> (String, String, [[u64; 2]; 2], [[u64; 2]; 2]) {
    (name.to_owned(), detail.to_owned(), range, selection)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn entries_with_their_sections() {
    let symbols = ask("textDocument/documentSymbol").await;
    let symbols = symbols.as_array().unwrap();
    assert_eq!(
        symbols.iter().map(outline).collect::<Vec<_>>(),
        [
            // The emoji is two UTF-16 units.
            owned(
                "Attention 😀 Is All You Need",
                "홍길동",
                [[0, 0], [5, 10]],
                [[0, 3], [0, 36]]
            ),
            owned(
                "Rank-1 Factors",
                "김영국",
                [[7, 0], [9, 5]],
                [[7, 0], [7, 19]]
            ),
        ]
    );
    assert_eq!(symbols[0]["kind"], 19);
    let sections: Vec<_> = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(outline)
        .collect();
    assert_eq!(
        sections,
        [
            owned("목적", "purpose", [[2, 2], [2, 9]], [[2, 2], [2, 4]]),
            owned("Method", "method", [[3, 2], [4, 6]], [[3, 2], [3, 8]]),
            owned("실험", "experiment", [[5, 2], [5, 10]], [[5, 2], [5, 4]]),
        ]
    );
    assert_eq!(symbols[1].get("children"), None);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn folds_per_entry_and_multi_line_section() {
    let folds = ask("textDocument/foldingRange").await;
    let folds: Vec<(u64, u64)> = folds
        .as_array()
        .unwrap()
        .iter()
        .map(|fold| {
            assert_eq!(fold["kind"], "region");
            (
                fold["startLine"].as_u64().unwrap(),
                fold["endLine"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(folds, [(0, 5), (3, 4), (7, 9)]);
}

/// Innermost first: each step's range, as `[[line, character]; 2]`.
fn chain(selection: &Value) -> Vec<[[u64; 2]; 2]> {
    let mut out = Vec::new();
    let mut at = selection;
    while !at.is_null() {
        out.push(span(&at["range"]));
        at = &at["parent"];
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn selection_grows_from_title_or_section_to_entry() {
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(URI, TEXT);
    let positions = json!([
        {"line": 0, "character": 14},  // in the title
        {"line": 4, "character": 3},   // in the Method text's second line
        {"line": 6, "character": 0},   // between the entries
    ]);
    let selections = client
        .request(
            "textDocument/selectionRange",
            json!({"textDocument": {"uri": URI}, "positions": positions}),
        )
        .await;
    let selections = selections.as_array().unwrap();
    assert_eq!(
        chain(&selections[0]),
        [[[0, 8], [0, 36]], [[0, 3], [0, 36]], [[0, 0], [5, 10]]]
    );
    assert_eq!(
        chain(&selections[1]),
        [[[3, 10], [4, 6]], [[3, 2], [4, 6]], [[0, 0], [5, 10]]]
    );
    assert_eq!(chain(&selections[2]), [[[6, 0], [6, 0]]]);
}
