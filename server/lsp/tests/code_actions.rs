//! Code actions over the protocol, on the seed: every fix, applied the way
//! an editor applies it (as incremental changes), removes its finding and
//! changes nothing else.

mod support;

use serde_json::{Value, json};
use support::{SEED, TestClient, range_json, span, utf8_client, utf16_client};

const URI: &str = "file:///notes/seed.md";

/// The byte offset of a protocol position in an LF-only text, computed
/// here independently of the server's line index.
fn offset(text: &str, position: [u64; 2], utf8: bool) -> usize {
    let line_start: usize = text
        .split('\n')
        .take(position[0] as usize)
        .map(|line| line.len() + 1)
        .sum();
    let line = text[line_start..].split('\n').next().unwrap_or("");
    let mut units = 0;
    for (byte, ch) in line.char_indices() {
        if units >= position[1] as usize {
            return line_start + byte;
        }
        units += if utf8 { ch.len_utf8() } else { ch.len_utf16() };
    }
    line_start + line.len()
}

/// What is left to compare once positions may have moved: code and message.
fn findings(diagnostics: &[Value]) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = diagnostics
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["message"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    out.sort();
    out
}

struct Session {
    client: TestClient,
    version: i64,
    utf8: bool,
}

impl Session {
    async fn start(capabilities: Value, utf8: bool) -> (Session, Vec<Value>) {
        let mut client = TestClient::in_process();
        client.initialize(capabilities, None).await;
        client.open(URI, SEED);
        let diagnostics = client.diagnostics(URI, Some(1)).await;
        let session = Session {
            client,
            version: 1,
            utf8,
        };
        (session, diagnostics)
    }

    /// Puts the seed back, as one full-text change.
    async fn reset(&mut self) {
        self.version += 1;
        self.client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": self.version}, "contentChanges": [{"text": SEED}]}),
        );
        self.client.diagnostics(URI, Some(self.version)).await;
    }

    async fn actions(&mut self, range: &Value, diagnostics: Vec<Value>) -> Vec<Value> {
        self.client
            .request(
                "textDocument/codeAction",
                json!({
                    "textDocument": {"uri": URI},
                    "range": range,
                    "context": {"diagnostics": diagnostics},
                }),
            )
            .await
            .as_array()
            .expect("code actions")
            .clone()
    }

    /// Applies an action's edits as an editor would: as incremental
    /// changes, last first so each one's positions still hold. Returns the
    /// text expected afterwards and the diagnostics published.
    async fn apply(&mut self, action: &Value) -> (String, Vec<Value>) {
        let edits = action["edit"]["changes"][URI]
            .as_array()
            .expect("edits for this document");
        let mut edits: Vec<([[u64; 2]; 2], String)> = edits
            .iter()
            .map(|edit| {
                (
                    span(&edit["range"]),
                    edit["newText"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.0));
        let mut text = SEED.to_owned();
        let mut changes = Vec::new();
        for (range, new_text) in &edits {
            let start = offset(&text, range[0], self.utf8);
            let end = offset(&text, range[1], self.utf8);
            text.replace_range(start..end, new_text);
            let range = [
                [range[0][0] as u32, range[0][1] as u32],
                [range[1][0] as u32, range[1][1] as u32],
            ];
            changes.push(json!({"range": range_json(range), "text": new_text}));
        }
        self.version += 1;
        self.client.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": URI, "version": self.version}, "contentChanges": changes}),
        );
        let diagnostics = self.client.diagnostics(URI, Some(self.version)).await;
        (text, diagnostics)
    }
}

/// Applies the fix of every diagnostic that `chosen` picks (by index and
/// diagnostic) to a fresh copy of the seed; returns how many and the titles.
async fn fixes_remove_their_finding_only(
    capabilities: Value,
    utf8: bool,
    chosen: impl Fn(usize, &Value) -> bool,
) -> (usize, Vec<String>) {
    let (mut session, before) = Session::start(capabilities, utf8).await;
    let before_findings = findings(&before);
    let mut applied = 0;
    let mut titles = std::collections::BTreeSet::new();
    for (at, diagnostic) in before.iter().enumerate() {
        // `title-text-mismatch` (RV008) has no fix: nothing to apply.
        if diagnostic["code"] == "RV008" || !chosen(at, diagnostic) {
            continue;
        }
        let actions = session
            .actions(&diagnostic["range"], vec![diagnostic.clone()])
            .await;
        // The quickfix for exactly this diagnostic (several findings can
        // share a range: an entry missing three sections).
        let fixes: Vec<&Value> = actions
            .iter()
            .filter(|action| {
                action["kind"] == "quickfix"
                    && action["diagnostics"].as_array().map(Vec::len) == Some(1)
                    && action["diagnostics"][0] == *diagnostic
            })
            .collect();
        assert_eq!(fixes.len(), 1, "diagnostic {at}: {diagnostic}");
        let fix = fixes[0];
        titles.insert(fix["title"].as_str().unwrap().to_owned());
        let (text, after) = session.apply(fix).await;
        assert_ne!(text, SEED);
        let mut wanted = before_findings.clone();
        let gone = wanted
            .iter()
            .position(|f| *f == findings(std::slice::from_ref(diagnostic))[0])
            .unwrap();
        wanted.remove(gone);
        assert_eq!(findings(&after), wanted, "after fixing diagnostic {at}");
        applied += 1;
        session.reset().await;
    }
    (applied, titles.into_iter().collect())
}

const TITLES: [&str; 4] = [
    "Add the `Method:` section",
    "Add the `목적:` section",
    "Add the `실험:` section",
    "Move this review onto its own line",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_fix_removes_its_finding_only_utf16() {
    let (applied, titles) =
        fixes_remove_their_finding_only(utf16_client(), false, |_, _| true).await;
    // Every fixable finding of the seed: 302 missing sections and the five
    // mid-line entries.
    assert_eq!(applied, 307);
    assert_eq!(titles, TITLES);
}

/// In UTF-8 a sample (all mid-line splits, every seventh missing section)
/// keeps the debug-build test short; the UTF-16 test applies all of them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sampled_fixes_remove_their_finding_only_utf8() {
    let (applied, titles) = fixes_remove_their_finding_only(utf8_client(), true, |at, d| {
        d["code"] == "RV003" || at % 7 == 0
    })
    .await;
    // Indices 0, 7, …, 308 of the seed's 309 diagnostics (45 of them, one
    // a mid-line split, none an RV008, which has no fix) and the other four
    // mid-line splits.
    assert_eq!(applied, 49);
    assert_eq!(titles, TITLES);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn insert_all_missing_sections_at_once() {
    let (mut session, before) = Session::start(utf16_client(), false).await;
    // 구정현's review (line 5) has labels; 안진형's (line 67) has none and
    // misses all three sections.
    let header = before
        .iter()
        .find(|d| d["code"] == "RV001" && d["range"]["start"]["line"] == 66)
        .expect("a missing section on line 67");
    let on_entry: Vec<Value> = before
        .iter()
        .filter(|d| d["range"] == header["range"])
        .cloned()
        .collect();
    assert_eq!(on_entry.len(), 3);
    let actions = session.actions(&header["range"], on_entry.clone()).await;
    let all: Vec<&Value> = actions
        .iter()
        .filter(|a| a["diagnostics"].as_array().map(Vec::len) == Some(3))
        .collect();
    assert_eq!(all.len(), 1);
    assert_eq!(
        all[0]["title"],
        "Add the missing sections (목적, Method, 실험)"
    );
    assert_eq!(all[0]["diagnostics"], Value::Array(on_entry.clone()));
    let (text, after) = session.apply(all[0]).await;
    // The three sections follow the entry's body, as a list.
    let line = text.lines().nth(66).unwrap();
    assert!(line.starts_with("안진형,TENT"), "{line}");
    let body_end = text
        .find("- 목적: ...\n- Method: ...\n- 실험: ...")
        .unwrap();
    assert_eq!(text[..body_end].lines().count(), 70);
    let mut wanted = findings(&before);
    for gone in findings(&on_entry) {
        let at = wanted.iter().position(|f| *f == gone).unwrap();
        wanted.remove(at);
    }
    assert_eq!(findings(&after), wanted);
}
