//! Keystroke-to-diagnostics latency, end to end through stdio: starts the
//! `stdio` example as a real process, opens a file, and types one character
//! at a time (inserting it, then deleting it, so the text stays the same),
//! timing each `didChange` until the `publishDiagnostics` for its version
//! has been read in full. No debounce: every keystroke is checked.
//!
//! ```sh
//! cargo build --release -p review-lsp --examples
//! target/release/examples/latency seeds/000_1d7a1aefbff0b690.md 500
//! ```
//!
//! With `--mb N` the file is the seed repeated to N MB. Prints one line of
//! a markdown table.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use serde_json::{Value, json};

fn send(stdin: &mut impl Write, message: &Value) -> anyhow::Result<()> {
    let body = message.to_string();
    write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    stdin.flush()?;
    Ok(())
}

fn read(stdout: &mut impl BufRead) -> anyhow::Result<Vec<u8>> {
    let mut length = 0;
    loop {
        let mut line = String::new();
        if stdout.read_line(&mut line)? == 0 {
            bail!("the server closed its output");
        }
        let line = line.trim();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length:") {
            length = value.trim().parse()?;
        }
    }
    let mut body = vec![0; length];
    stdout.read_exact(&mut body)?;
    Ok(body)
}

/// Reads until the diagnostics of `version` arrive; returns how many
/// diagnostics they hold.
fn wait_for_diagnostics(stdout: &mut impl BufRead, version: i64) -> anyhow::Result<usize> {
    let wanted = format!("\"version\":{version}");
    loop {
        let body = read(stdout)?;
        let text = String::from_utf8_lossy(&body);
        if text.contains("textDocument/publishDiagnostics") && text.contains(&wanted) {
            let message: Value = serde_json::from_slice(&body)?;
            return Ok(message["params"]["diagnostics"]
                .as_array()
                .map_or(0, Vec::len));
        }
    }
}

fn percentile(sorted: &[Duration], p: f64) -> f64 {
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index].as_secs_f64() * 1000.0
}

#[allow(clippy::print_stdout, reason = "a benchmark's report")]
fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (path, keystrokes, megabytes) = match args.as_slice() {
        [path, count] => (path.clone(), count.parse::<usize>()?, None),
        [path, count, flag, mb] if flag == "--mb" => {
            (path.clone(), count.parse()?, Some(mb.parse::<usize>()?))
        }
        _ => bail!("usage: latency FILE KEYSTROKES [--mb N]"),
    };
    let seed = std::fs::read_to_string(&path).with_context(|| path.clone())?;
    let text = match megabytes {
        Some(mb) => {
            let mut text = String::new();
            while text.len() < mb * 1024 * 1024 {
                text.push_str(&seed);
                text.push_str("\n\n");
            }
            text
        }
        None => seed,
    };
    // Type in the middle of the file, at the start of a body line.
    let line = text.lines().count() / 2;
    let line = (line..)
        .find(|&n| text.lines().nth(n).is_some_and(|l| l.starts_with('•')))
        .unwrap_or(line);

    let server = std::env::current_exe()?.with_file_name("stdio");
    let mut child = Command::new(&server)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .with_context(|| format!("starting {}", server.display()))?;
    let mut stdin = child.stdin.take().context("stdin")?;
    let mut stdout = BufReader::new(child.stdout.take().context("stdout")?);

    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                "params": {"processId": null, "rootUri": null, "capabilities": {}}}),
    )?;
    read(&mut stdout)?;
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
    )?;
    let uri = "file:///bench/notes.md";
    send(
        &mut stdin,
        &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {
            "textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}}),
    )?;
    let findings = wait_for_diagnostics(&mut stdout, 1)?;

    let mut times = Vec::with_capacity(keystrokes);
    for keystroke in 0..keystrokes {
        let version = keystroke as i64 + 2;
        // Insert `x` after the bullet, then delete it again.
        let (range, new_text) = if keystroke % 2 == 0 {
            ([[line, 1], [line, 1]], "x")
        } else {
            ([[line, 1], [line, 2]], "")
        };
        let change = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
            "textDocument": {"uri": uri, "version": version},
            "contentChanges": [{"range": {
                "start": {"line": range[0][0], "character": range[0][1]},
                "end": {"line": range[1][0], "character": range[1][1]}}, "text": new_text}]}});
        let started = Instant::now();
        send(&mut stdin, &change)?;
        wait_for_diagnostics(&mut stdout, version)?;
        times.push(started.elapsed());
    }
    drop(stdin);
    child.wait()?;

    times.sort();
    let name = match megabytes {
        Some(mb) => format!("seed repeated to {mb} MB"),
        None => path,
    };
    println!(
        "| {name} | {:.0} KB | {findings} | {keystrokes} | {:.2} ms | {:.2} ms | {:.2} ms |",
        text.len() as f64 / 1024.0,
        percentile(&times, 0.5),
        percentile(&times, 0.99),
        percentile(&times, 1.0),
    );
    Ok(())
}
