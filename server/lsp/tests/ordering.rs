//! Edits and requests are answered in the order the client sent them: a
//! request sent right after a change sees the change (tower-lsp #284).
//! Every change is immediately followed by a request, without waiting for
//! anything in between, hundreds of times; every answer must show its edit.

mod support;

use serde_json::json;
use support::{SEED, TestClient, utf16_client};

const URI: &str = "file:///notes/seed.md";

async fn requests_see_the_change_before_them(client: &mut TestClient, rounds: usize) {
    client.initialize(utf16_client(), None).await;
    client.open(URI, SEED);
    let mut requests = Vec::new();
    for round in 0..rounds {
        // Rewrite the first header; the end column is past the line's end
        // and clamps to it.
        client.change(
            URI,
            round as i64 + 2,
            [[0, 0], [0, 10_000]],
            &format!("강봉균: Paper {round} 😀"),
        );
        let id = client.send_request(
            "textDocument/documentSymbol",
            json!({"textDocument": {"uri": URI}}),
        );
        requests.push((round, id));
    }
    let mut stale = Vec::new();
    for (round, id) in requests {
        let response = client.response(id).await;
        let result = &response["result"];
        // The title and where it ends: `강봉균: Paper N 😀` is 14 UTF-16
        // units plus the digits (the emoji takes two).
        let width = 14 + round.to_string().len() as u64;
        let fresh = result[0]["name"] == format!("Paper {round} 😀")
            && result[0]["selectionRange"]["end"] == json!({"line": 0, "character": width});
        if !fresh {
            stale.push((
                round,
                result[0]["name"].clone(),
                result[0]["selectionRange"].clone(),
            ));
        }
    }
    assert!(
        stale.is_empty(),
        "{} stale answers, first: {:?}",
        stale.len(),
        stale.first()
    );
    // And the diagnostics of the last version came last.
    let last = client.diagnostics(URI, Some(rounds as i64 + 1)).await;
    assert!(!last.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_after_a_change_sees_the_change() {
    let mut client = TestClient::in_process();
    requests_see_the_change_before_them(&mut client, 400).await;
}

/// The same through a real process's stdin and stdout, on the
/// single-threaded runtime `run_stdio` uses.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_request_after_a_change_sees_the_change_in_a_process() {
    let (mut child, mut client) = support::spawn_server().await;
    requests_see_the_change_before_them(&mut client, 200).await;
    drop(client);
    assert!(support::exits(&mut child).await.success());
}

/// A burst of edits sent without waiting: whatever versions the server
/// checks (it skips those edited over before their check began: 2 or 3 of
/// these 39 in practice), each published set is the one computed for the
/// version it carries, versions only go up, and the last edit's set comes
/// last.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_published_set_carries_the_version_it_was_computed_for() {
    const NOTE: &str = "file:///notes/burst.md";
    let (mut child, mut client) = support::spawn_server().await;
    client.initialize(utf16_client(), None).await;
    client.open(NOTE, "정하늘: Attention Is All You Need 🚀\r\n\r\n");
    assert_eq!(client.diagnostics(NOTE, Some(1)).await.len(), 3);
    // Version v appends line v: the purpose at 5, the method at 20, the
    // experiment at 40; filler lines between.
    let section = |version: i64| match version {
        5 => "- 목적: 순환 없이 번역 😀\r\n".to_owned(),
        20 => "- Method: self-attention\r\n".to_owned(),
        40 => "- 실험: WMT 2014\r\n".to_owned(),
        _ => format!("  줄 {version} 🚀\r\n"),
    };
    let missing_at = |version: i64| 3 - [5, 20, 40].iter().filter(|&&v| v <= version).count();
    for version in 2..=40 {
        let line = version as u32;
        client.change(NOTE, version, [[line, 0], [line, 0]], &section(version));
    }
    let mut seen = Vec::new();
    loop {
        let params = client.notification("textDocument/publishDiagnostics").await;
        let version = params["version"].as_i64().unwrap();
        let diagnostics = params["diagnostics"].as_array().unwrap();
        assert_eq!(
            diagnostics.len(),
            missing_at(version),
            "version {version}: {diagnostics:?}"
        );
        assert!(
            seen.last().is_none_or(|&last| last < version),
            "{version} after {seen:?}"
        );
        seen.push(version);
        if version == 40 {
            break;
        }
    }
    client.request("shutdown", serde_json::Value::Null).await;
    drop(client);
    assert!(support::exits(&mut child).await.success());
}
