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
