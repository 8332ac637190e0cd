//! Diagnostics over the protocol: the same findings as `check_file`, at
//! exactly the right characters under both position encodings, updated on
//! every keystroke, cleared on close.

mod support;

use review_analysis::{Config, ReviewIndex, check_file};
use review_syntax::{ColumnUnit, LineIndex, parse};
use serde_json::{Value, json};
use support::{SEED, TestClient, span, utf8_client, utf16_client};

/// What a diagnostic says, in a form short enough to compare whole lists.
fn summary(diagnostic: &Value) -> (String, [[u64; 2]; 2], String) {
    (
        diagnostic["code"].as_str().expect("a code").to_owned(),
        span(&diagnostic["range"]),
        diagnostic["message"]
            .as_str()
            .expect("a message")
            .to_owned(),
    )
}

/// The findings `check_file` reports for `text` as `key`, with ranges in
/// `unit`, as the server should publish them.
fn expected(key: &str, text: &str, unit: ColumnUnit) -> Vec<(String, [[u64; 2]; 2], String)> {
    let config = Config::default();
    let parsed = parse(text, &config.vocabulary);
    let mut reviews = ReviewIndex::new();
    reviews.insert_file(key, text, &parsed);
    let index = LineIndex::new(text);
    let at = |offset| {
        let position = index.line_col(text, offset, unit);
        [u64::from(position.line), u64::from(position.col)]
    };
    check_file(key, text, &parsed, &config, &reviews)
        .into_iter()
        .map(|finding| {
            (
                finding.rule.code().to_owned(),
                [at(finding.range.start), at(finding.range.end)],
                finding.message,
            )
        })
        .collect()
}

async fn seed_in(capabilities: Value, unit: ColumnUnit) {
    let mut client = TestClient::in_process();
    let result = client.initialize(capabilities, None).await;
    let encoding = if unit == ColumnUnit::Utf8 {
        "utf-8"
    } else {
        "utf-16"
    };
    assert_eq!(result["capabilities"]["positionEncoding"], encoding);
    assert_eq!(result["capabilities"]["textDocumentSync"]["change"], 2);
    client.open("file:///notes/seed.md", SEED);
    let diagnostics = client.diagnostics("file:///notes/seed.md", Some(1)).await;
    let published: Vec<_> = diagnostics.iter().map(summary).collect();
    let wanted = expected("/notes/seed.md", SEED, unit);
    assert_eq!(published.len(), wanted.len());
    assert_eq!(published, wanted);
    // Independently of `check_file`: the five mid-line entries that
    // tests/data/SEED_NOTES.md lists by hand (1-based line, character
    // column), at the column of the encoding in use.
    let mid_line: Vec<[u64; 2]> = published
        .iter()
        .filter(|d| d.0 == "RV003")
        .map(|d| d.1[0])
        .collect();
    let by_hand = [(55, 159), (133, 333), (151, 223), (225, 351), (327, 447)].map(
        |(line, column): (usize, usize)| {
            let text = SEED.lines().nth(line - 1).unwrap();
            let (byte, _) = text.char_indices().nth(column - 1).unwrap();
            let prefix = &text[..byte];
            let col = match unit {
                ColumnUnit::Utf8 => prefix.len(),
                _ => prefix.encode_utf16().count(),
            };
            [line as u64 - 1, col as u64]
        },
    );
    assert_eq!(mid_line, by_hand);
    // 110 entries; the 100 without labels miss all three sections, and two
    // of the ten labelled ones miss the experiment (SEED_NOTES.md).
    assert_eq!(published.iter().filter(|d| d.0 == "RV001").count(), 302);
    // The rules' documentation ships with the binary: the server writes it
    // into its cache root, and each code links to its rule's section.
    let docs = client
        .cache_path()
        .join("docs")
        .join(format!("rules-{}.md", env!("CARGO_PKG_VERSION")));
    assert_eq!(
        std::fs::read_to_string(&docs).unwrap(),
        review_analysis::rules_markdown()
    );
    for diagnostic in &diagnostics {
        assert_eq!(diagnostic["source"], "review-ls");
        let rule = match diagnostic["code"].as_str().unwrap() {
            "RV001" => "missing-section",
            "RV003" => "entry-starts-mid-line",
            "RV008" => "title-text-mismatch",
            other => panic!("unexpected {other}"),
        };
        assert_eq!(
            diagnostic["codeDescription"]["href"],
            format!("{}#{rule}", support::file_uri(&docs))
        );
    }
    // No reviewer reviewed the same paper twice (SEED_NOTES.md).
    assert!(published.iter().all(|d| d.0 != "RV006"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_findings_match_check_file_in_utf8() {
    seed_in(utf8_client(), ColumnUnit::Utf8).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn seed_findings_match_check_file_in_utf16() {
    seed_in(utf16_client(), ColumnUnit::Utf16).await;
}

/// Hangul (3 bytes, 1 unit) and an emoji (4 bytes, 2 units) before a
/// mid-line header, with CRLF line endings: the columns differ in each
/// encoding and are written out by hand.
const WIDE: &str = "서승현, Human Pose\r\n\r\n 소개 (Method 적) 😀. 송우혁, SimPLE: Similar Pseudo Label\r\n\r\n• 제안.\r\n";

async fn wide_ranges(capabilities: Value) -> Vec<(String, [[u64; 2]; 2])> {
    let mut client = TestClient::in_process();
    client.initialize(capabilities, None).await;
    client.open("file:///notes/wide.md", WIDE);
    client
        .diagnostics("file:///notes/wide.md", Some(1))
        .await
        .iter()
        .map(|d| (d["code"].as_str().unwrap().to_owned(), span(&d["range"])))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hangul_and_emoji_columns_in_each_encoding() {
    let first = |end: u64| ("RV001".to_owned(), [[0, 0], [0, end]]);
    let second = |code: &str, start: u64, end: u64| (code.to_owned(), [[2, start], [2, end]]);
    // UTF-16: `서승현, Human Pose` is 15 units; `송` follows 17 characters, one
    // of them the two-unit emoji.
    assert_eq!(
        wide_ranges(utf16_client()).await,
        [
            first(15),
            first(15),
            first(15),
            second("RV001", 19, 52),
            second("RV001", 19, 52),
            second("RV001", 19, 52),
            second("RV003", 19, 52),
        ]
    );
    // UTF-8: three bytes a syllable, four for the emoji.
    assert_eq!(
        wide_ranges(utf8_client()).await,
        [
            first(21),
            first(21),
            first(21),
            second("RV001", 27, 66),
            second("RV001", 27, 66),
            second("RV001", 27, 66),
            second("RV003", 27, 66),
        ]
    );
}

const TYPED: &str =
    "## 홍길동: Attention 😀 Is All You Need\n\n- 목적: 번역 😀.\n- Method: attention\n";

/// Types `- 실험: x` on the last line one character at a time, and returns
/// the codes published after each keystroke.
async fn type_experiment_label(capabilities: Value, columns: [u32; 7]) -> Vec<Vec<String>> {
    let uri = "file:///notes/typed.md";
    let mut client = TestClient::in_process();
    client.initialize(capabilities, None).await;
    client.open(uri, TYPED);
    let mut codes = Vec::new();
    let initial = client.diagnostics(uri, Some(1)).await;
    codes.push(initial.iter().map(|d| d["code"].to_string()).collect());
    for (step, (character, column)) in ["-", " ", "실", "험", ":", " ", "x"]
        .into_iter()
        .zip(columns)
        .enumerate()
    {
        let version = step as i64 + 2;
        client.change(uri, version, [[4, column], [4, column]], character);
        let diagnostics = client.diagnostics(uri, Some(version)).await;
        codes.push(diagnostics.iter().map(|d| d["code"].to_string()).collect());
    }
    // The document now holds what was typed, as the outline shows.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    let children: Vec<&str> = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|child| child["name"].as_str().unwrap())
        .collect();
    assert_eq!(children, ["목적", "Method", "실험"]);
    codes
}

fn typing_sequence() -> Vec<Vec<String>> {
    let missing = vec!["\"RV001\"".to_owned()];
    let empty = vec!["\"RV002\"".to_owned()];
    vec![
        missing.clone(), // before typing
        missing.clone(), // -
        missing.clone(), // -␠
        missing.clone(), // - 실
        missing.clone(), // - 실험
        empty.clone(),   // - 실험:   the label is there, with nothing after it
        empty,           // - 실험:␠
        Vec::new(),      // - 실험: x
    ]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_a_section_label_clears_the_finding_in_utf16() {
    let codes = type_experiment_label(utf16_client(), [0, 1, 2, 3, 4, 5, 6]).await;
    assert_eq!(codes, typing_sequence());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn typing_a_section_label_clears_the_finding_in_utf8() {
    let codes = type_experiment_label(utf8_client(), [0, 1, 2, 5, 8, 9, 10]).await;
    assert_eq!(codes, typing_sequence());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn closing_clears_diagnostics() {
    let uri = "file:///notes/closed.md";
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(uri, TYPED);
    assert_eq!(client.diagnostics(uri, Some(1)).await.len(), 1);
    client.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": uri}}),
    );
    assert_eq!(client.diagnostics(uri, None).await, Vec::<Value>::new());
    // A request about the closed document answers null.
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(symbols, Value::Null);
}

/// One `didChange` with several changes: each is positioned against the
/// text the previous one left, as the protocol says.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_changes_in_one_notification_apply_in_order() {
    let uri = "file:///notes/several.md";
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(uri, "홍길동: Paper 😀\n\n- 목적: x\n");
    assert_eq!(client.diagnostics(uri, Some(1)).await.len(), 2);
    let change = |range: [[u32; 2]; 2], text: &str| json!({"range": support::range_json(range), "text": text});
    client.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [
                // Append two lines; the second change edits the first's text.
                change([[3, 0], [3, 0]], "- Method: y\n- 실험: z\n"),
                change([[3, 2], [3, 8]], "방법"),
                // Replace the emoji (two UTF-16 units) in the title.
                change([[0, 11], [0, 13]], "Two"),
            ],
        }),
    );
    assert_eq!(client.diagnostics(uri, Some(2)).await, Vec::<Value>::new());
    let symbols = client
        .request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    assert_eq!(symbols[0]["name"], "Paper Two");
    let sections: Vec<&str> = symbols[0]["children"]
        .as_array()
        .unwrap()
        .iter()
        .map(|child| child["name"].as_str().unwrap())
        .collect();
    assert_eq!(sections, ["목적", "방법", "실험"]);
}

/// Hovering a finding shows its rule's documentation, once per rule however
/// many findings of it cover the position; elsewhere, no hover.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hover_on_a_finding_shows_its_rules_documentation() {
    let uri = "file:///notes/doc.md";
    let mut client = TestClient::in_process();
    client.initialize(utf16_client(), None).await;
    client.open(uri, "홍길동: Paper 😀\n\n- 목적: x\n");
    let diagnostics = client.diagnostics(uri, Some(1)).await;
    assert_eq!(diagnostics.len(), 2, "{diagnostics:?}");
    let hover = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 1}}),
        )
        .await;
    assert_eq!(hover["range"], diagnostics[0]["range"]);
    let meta = review_analysis::Rule::MissingSection.meta();
    assert_eq!(
        hover["contents"]["value"],
        format!(
            "**RV001 missing-section** (warning) · [rule documentation]({}#missing-section)\n\n{}",
            support::file_uri(
                &client
                    .cache_path()
                    .join(format!("docs/rules-{}.md", env!("CARGO_PKG_VERSION")))
            ),
            meta.doc.trim_end()
        )
    );
    let body = client
        .request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": 2, "character": 3}}),
        )
        .await;
    assert_eq!(body, Value::Null);
}
