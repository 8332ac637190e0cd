//! The title index under load, end to end through stdio: generates a
//! workspace of review files and a catalog of titles into a temporary
//! folder, starts the server (the `stdio` example, a real process) twice on
//! it with a temporary cache — cold, then warm — and measures for each
//! start the time until the workspace scan's `$/progress` ends, the
//! server's resident memory (VmRSS, and its peak VmHWM, from
//! `/proc/<pid>/status`), and the latency of title completion and hover
//! requests (p50 / p99, request sent to response read).
//!
//! ```sh
//! CARGO_TARGET_DIR=/work/target-index cargo build --release -p review-lsp --examples
//! /work/target-index/release/examples/title_bench --files 2000 --catalog 150000
//! ```
//!
//! Everything generated is deterministic (a fixed xorshift seed):
//! - catalog titles: 4–11 words drawn from the words of the real titles in
//!   `tests/data/cdl.bib` and `tests/data/ml-papers.txt`, capitalised like
//!   titles, plus those real titles themselves, as a plain list;
//! - review files: entries of the seed (its bodies, in order) under
//!   generated Korean reviewer names, each file about 3.3 KB (2,000 files ≈
//!   6.5 MB); a third of the titles are the seed's own, the rest catalog
//!   titles, so papers have several reviews and catalog entries.

#![allow(clippy::print_stdout, reason = "a benchmark's report")]

use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use review_index::synthetic::{Rng, catalog as generate_catalog, typed_prefix};
use serde_json::{Value, json};

const SEED: &str = include_str!("../../../seeds/000_1d7a1aefbff0b690.md");

/// Bytes per generated review file: 2,000 files make the 6.5 MB of the
/// issue's workspace.
const FILE_BYTES: usize = 2_850;

/// A header the generator wrote: file, 0-based line, and the UTF-16 column
/// where its title starts.
struct Header {
    file: usize,
    line: u32,
    title_column: u32,
}

fn generate_workspace(
    root: &std::path::Path,
    files: usize,
    catalog: &[String],
    rng: &mut Rng,
) -> anyhow::Result<(Vec<Header>, usize)> {
    let parsed = review_syntax::parse(SEED, &review_syntax::Vocabulary::default());
    let seed_entries: Vec<(String, &str)> = parsed
        .entries
        .iter()
        .filter_map(|entry| {
            let title = entry.header.title.as_ref()?;
            Some((title.text.clone(), entry.body.slice(SEED).trim()))
        })
        .collect();
    let family = [
        "김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오",
    ];
    let given = [
        "민준", "서연", "도윤", "하은", "지호", "수아", "우석", "영국", "동휴", "지형",
    ];
    let notes = root.join("notes");
    std::fs::create_dir_all(&notes)?;
    let mut headers = Vec::new();
    let mut total = 0;
    let mut next_entry = 0;
    for file in 0..files {
        let mut text = String::from("# 주간 리뷰 노트\n\n");
        let mut line = 2u32;
        while text.len() < FILE_BYTES {
            let (seed_title, body) = &seed_entries[next_entry % seed_entries.len()];
            next_entry += 1;
            let name = format!(
                "{}{}",
                family[rng.below(family.len())],
                given[rng.below(given.len())]
            );
            let title = if rng.below(3) == 0 {
                seed_title.clone()
            } else {
                // A skewed pick: low indices (the real titles) come up often.
                let pick = rng.below(catalog.len()).min(rng.below(catalog.len()));
                catalog[pick].clone()
            };
            headers.push(Header {
                file,
                line,
                title_column: name.encode_utf16().count() as u32 + 2,
            });
            let entry = format!("{name}, {title}\n\n{body}\n\n");
            line += entry.matches('\n').count() as u32;
            text.push_str(&entry);
        }
        total += text.len();
        std::fs::write(notes.join(format!("{file:05}.md")), text)?;
    }
    Ok((headers, total))
}

/// The server process and what it sent, read on a thread.
struct Server {
    child: Child,
    stdin: Arc<Mutex<ChildStdin>>,
    messages: Receiver<Value>,
    next_id: i64,
}

fn frame(message: &Value) -> Vec<u8> {
    let body = message.to_string();
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body.as_bytes());
    out
}

fn read_message(stdout: &mut impl BufRead) -> Option<Value> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if stdout.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse().ok()?;
        }
    }
    let mut body = vec![0; length];
    stdout.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

impl Server {
    fn start(binary: &str, cache: &std::path::Path) -> anyhow::Result<Server> {
        // As the editor plugins start it: two malloc arenas unless the
        // environment says otherwise.
        let arenas = std::env::var("MALLOC_ARENA_MAX").unwrap_or_else(|_| "2".to_owned());
        let mut child = Command::new(binary)
            .env("REVIEW_LS_CACHE_DIR", cache)
            .env("MALLOC_ARENA_MAX", arenas)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .with_context(|| format!("cannot start {binary}"))?;
        let stdin = Arc::new(Mutex::new(child.stdin.take().context("stdin")?));
        let stdout = child.stdout.take().context("stdout")?;
        let (sender, messages): (Sender<Value>, Receiver<Value>) = channel();
        let answer = stdin.clone();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                // Requests from the server (progress tokens, registrations)
                // get an empty answer, as an editor would give.
                if let (Some(id), Some(_)) = (message.get("id"), message.get("method")) {
                    let response = json!({"jsonrpc": "2.0", "id": id, "result": null});
                    let mut stdin = answer.lock().expect("stdin");
                    let _ = stdin.write_all(&frame(&response));
                    let _ = stdin.flush();
                }
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        Ok(Server {
            child,
            stdin,
            messages,
            next_id: 1,
        })
    }

    fn send(&self, message: &Value) -> anyhow::Result<()> {
        let mut stdin = self.stdin.lock().expect("stdin");
        stdin.write_all(&frame(message))?;
        stdin.flush()?;
        Ok(())
    }

    fn notify(&self, method: &str, params: Value) -> anyhow::Result<()> {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    fn wait_for(&self, wanted: impl Fn(&Value) -> bool) -> anyhow::Result<Value> {
        loop {
            let message = self
                .messages
                .recv_timeout(Duration::from_secs(600))
                .context("the server went quiet")?;
            if wanted(&message) {
                return Ok(message);
            }
        }
    }

    fn request(&mut self, method: &str, params: Value) -> anyhow::Result<Value> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))?;
        let response = self.wait_for(|m| m.get("method").is_none() && m["id"] == id)?;
        if response.get("error").is_some() {
            bail!("{method} failed: {response}");
        }
        Ok(response["result"].clone())
    }

    /// VmRSS and VmHWM of the process, in MB.
    /// VmRSS, VmHWM and RssAnon in MB: the resident set counts the pages of
    /// the index files the server maps, which the kernel can drop; RssAnon
    /// is the server's own memory.
    fn memory(&self) -> (f64, f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|line| line.starts_with(name))
                .and_then(|line| line.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
                .map_or(0.0, |kb| kb / 1024.0)
        };
        (field("VmRSS:"), field("VmHWM:"), field("RssAnon:"))
    }

    fn stop(mut self) -> anyhow::Result<()> {
        self.request("shutdown", Value::Null)?;
        self.notify("exit", Value::Null)?;
        self.child.wait()?;
        Ok(())
    }
}

fn percentile(sorted: &[Duration], at: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * at).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

fn summary(mut times: Vec<Duration>) -> String {
    times.sort();
    format!(
        "p50 {:.2} ms, p99 {:.2} ms, max {:.2} ms",
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&times, 1.0)
    )
}

fn session(
    label: &str,
    binary: &str,
    root: &std::path::Path,
    cache: &std::path::Path,
    catalog: &[String],
    headers: &[Header],
    requests: usize,
) -> anyhow::Result<()> {
    let mut server = Server::start(binary, cache)?;
    let root_uri = format!("file://{}", root.display());
    let started = Instant::now();
    server.request(
        "initialize",
        json!({
            "processId": null,
            "rootUri": root_uri,
            "workspaceFolders": [{"uri": root_uri, "name": "bench"}],
            "capabilities": {"window": {"workDoneProgress": true}},
        }),
    )?;
    server.notify("initialized", json!({}))?;
    // Two progresses: the notes (ready to check and complete their own
    // titles), then the catalog (its titles complete too).
    let ended = |m: &Value, token: &str| {
        m["method"] == "$/progress"
            && m["params"]["value"]["kind"] == "end"
            && m["params"]["token"]
                .as_str()
                .is_some_and(|t| t.starts_with(token))
    };
    server.wait_for(|m| ended(m, "review-ls/scan/"))?;
    let ready = started.elapsed();
    let (rss_ready, _, _) = server.memory();
    // The catalog's progress ends as its commit is done; the summary line
    // is logged then too, in either order.
    let summary_line = |m: &Value| {
        m["method"] == "window/logMessage"
            && m["params"]["message"]
                .as_str()
                .is_some_and(|text| text.starts_with("review-ls: title index: "))
    };
    let mut log = None;
    let mut catalog_ready = None;
    while log.is_none() || catalog_ready.is_none() {
        let message = server.wait_for(|m| summary_line(m) || ended(m, "review-ls/catalog/"))?;
        if summary_line(&message) {
            log = Some(message);
        } else {
            catalog_ready = Some(started.elapsed());
        }
    }
    let (log, catalog_ready) = (log.unwrap_or_default(), catalog_ready.unwrap_or_default());
    let (rss_catalog, _, _) = server.memory();

    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    // Completion in a new buffer: the typed part replaced before each request.
    let new_uri = format!("{root_uri}/new.md");
    let header = "홍길동: ";
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": new_uri, "languageId": "markdown", "version": 1, "text": header}}),
    )?;
    let start = header.encode_utf16().count() as u32;
    let mut typed_units = 0u32;
    let mut completion_times = Vec::with_capacity(requests);
    let mut empty = 0;
    for version in 0..requests {
        let title = &catalog[rng.below(catalog.len()).min(rng.below(catalog.len()))];
        let typed = typed_prefix(title, &mut rng);
        server.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": new_uri, "version": version + 2},
                "contentChanges": [{
                    "range": {"start": {"line": 0, "character": start}, "end": {"line": 0, "character": start + typed_units}},
                    "text": typed,
                }],
            }),
        )?;
        typed_units = typed.encode_utf16().count() as u32;
        let asked = Instant::now();
        let result = server.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": new_uri}, "position": {"line": 0, "character": start + typed_units}}),
        )?;
        completion_times.push(asked.elapsed());
        if result["items"].as_array().is_none_or(Vec::is_empty) {
            empty += 1;
        }
    }

    // Hover on the titles of a few open files.
    let opened: Vec<usize> = (0..20)
        .map(|n| n * 97 % headers.last().map_or(1, |h| h.file + 1))
        .collect();
    for file in &opened {
        let path = root.join("notes").join(format!("{file:05}.md"));
        let text = std::fs::read_to_string(&path)?;
        server.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": format!("file://{}", path.display()), "languageId": "markdown", "version": 1, "text": text}}),
        )?;
    }
    let targets: Vec<&Header> = headers
        .iter()
        .filter(|header| opened.contains(&header.file))
        .collect();
    let mut hover_times = Vec::with_capacity(requests);
    let mut no_hover = 0;
    for at in 0..requests {
        let header = targets[at % targets.len()];
        let uri = format!("file://{}/notes/{:05}.md", root.display(), header.file);
        let asked = Instant::now();
        let result = server.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": uri}, "position": {"line": header.line, "character": header.title_column + 3}}),
        )?;
        hover_times.push(asked.elapsed());
        if result.is_null() {
            no_hover += 1;
        }
    }
    // Typing in the seed (110 reviews, each title checked for near misses
    // against everything indexed): a character inserted, then deleted,
    // every 50 ms, timed until the diagnostics of that version arrive. The
    // title index is committed 250 ms after edits, which clears the
    // near-miss cache, so some keystrokes pay for a full re-check.
    let seed_uri = format!("{root_uri}/seed-open.md");
    server.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": seed_uri, "languageId": "markdown", "version": 1, "text": SEED}}),
    )?;
    server.wait_for(|m| {
        m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == seed_uri
    })?;
    let mut keystroke_times = Vec::with_capacity(requests);
    for at in 0..requests {
        let version = at as i64 + 2;
        let (range, text) = if at % 2 == 0 {
            (
                json!({"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}),
                "x",
            )
        } else {
            (
                json!({"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 1}}),
                "",
            )
        };
        let sent = Instant::now();
        server.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": seed_uri, "version": version},
                "contentChanges": [{"range": range, "text": text}],
            }),
        )?;
        server.wait_for(|m| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == seed_uri
                && m["params"]["version"] == version
        })?;
        keystroke_times.push(sent.elapsed());
        std::thread::sleep(Duration::from_millis(50));
    }
    let (rss_after, peak, anon_after) = server.memory();
    server.stop()?;
    println!(
        "{label}: notes ready in {:.0} ms, catalog in {:.0} ms",
        ready.as_secs_f64() * 1000.0,
        catalog_ready.as_secs_f64() * 1000.0
    );
    println!("  {}", log["params"]["message"].as_str().unwrap_or(""));
    println!(
        "  completion ({requests}, {empty} empty): {}",
        summary(completion_times)
    );
    println!(
        "  hover ({requests}, {no_hover} without a hover): {}",
        summary(hover_times)
    );
    println!(
        "  keystroke to diagnostics in the seed ({requests}, every 50 ms): {}",
        summary(keystroke_times)
    );
    println!(
        "  VmRSS {rss_ready:.0} MB when the notes are ready, {rss_catalog:.0} MB with the catalog, {rss_after:.0} MB after the requests (RssAnon {anon_after:.0} MB); VmHWM {peak:.0} MB"
    );
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let mut files = 2_000;
    let mut catalog_size = 150_000;
    let mut requests = 500;
    let mut binary = None;
    let mut rules_off = Vec::new();
    let mut arguments = std::env::args().skip(1);
    while let Some(argument) = arguments.next() {
        let mut value = || arguments.next().context("a value");
        match argument.as_str() {
            "--files" => files = value()?.parse()?,
            "--catalog" => catalog_size = value()?.parse()?,
            "--requests" => requests = value()?.parse()?,
            "--server" => binary = Some(value()?),
            // A rule to switch off in the workspace's configuration, to see
            // what it costs (`--off RV008`).
            "--off" => rules_off.push(value()?),
            other => bail!("unknown argument {other}"),
        }
    }
    let binary = match binary {
        Some(binary) => binary,
        None => std::env::current_exe()?
            .with_file_name("stdio")
            .display()
            .to_string(),
    };
    let dir = tempfile::tempdir()?;
    let root = dir.path().join("workspace");
    let cache = dir.path().join("cache");
    std::fs::create_dir_all(root.join("refs"))?;
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    let generated = Instant::now();
    let catalog = generate_catalog(catalog_size, &mut rng);
    std::fs::write(root.join("refs/catalog.txt"), catalog.join("\n"))?;
    let mut config = String::from("[catalog]\npaths = [\"refs/catalog.txt\"]\n");
    if !rules_off.is_empty() {
        config.push_str("\n[rules]\n");
        for rule in &rules_off {
            config.push_str(&format!("{rule} = \"off\"\n"));
        }
    }
    std::fs::write(root.join("review-ls.toml"), config)?;
    let (headers, bytes) = generate_workspace(&root, files, &catalog, &mut rng)?;
    println!(
        "{files} review files ({:.1} MB, {} reviews), a catalog of {} titles; generated in {:.1} s",
        bytes as f64 / 1e6,
        headers.len(),
        catalog.len(),
        generated.elapsed().as_secs_f64()
    );
    session("cold", &binary, &root, &cache, &catalog, &headers, requests)?;
    session("warm", &binary, &root, &cache, &catalog, &headers, requests)?;
    Ok(())
}
