//! A guard in front of tower-lsp's transport, so that a malformed message
//! costs the client one error response instead of the whole session.
//!
//! tower-lsp-server reads its input with tokio-util's `FramedRead`, which
//! ends the stream after the first decoding error (tokio #3976): a single
//! message that is not JSON, or JSON that is not a JSON-RPC message, would
//! stop the server. So the input is read here first, message by message;
//! well-formed messages are passed on unchanged (re-framed with only a
//! `Content-Length` header), and the rest are answered here, as JSON-RPC
//! says: `-32700` for text that is not JSON, `-32600` for JSON that is not a
//! request, notification or response, both with a `null` id. The answers
//! are merged into the server's output between whole messages.
//!
//! It also answers requests whose method starts with `$/`, which the LSP
//! specification says must be answered with `-32601` (MethodNotFound) when
//! not understood: tower-lsp drops its own MethodNotFound answer to every
//! `$/` message, requests included, so a client waiting for one would wait
//! for ever. The server takes no `$/` request (`$/cancelRequest` and the
//! like are notifications), so every one is answered here.

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender};

/// A message larger than this is refused, not allocated: review notes are
/// kilobytes, and the largest file the server reads is 64 MiB
/// (`review_files::MAX_FILE_BYTES`), plus room for JSON escaping.
const MAX_MESSAGE_BYTES: usize = 256 * 1024 * 1024;

/// One framed message, or why it could not be read.
pub(crate) enum Frame {
    Body(Vec<u8>),
    /// Headers without a usable `Content-Length`; the bytes are skipped.
    BadHeader,
}

/// Reads one framed message; `None` at the end of the input.
pub(crate) async fn read_frame<R: AsyncRead + Unpin>(reader: &mut BufReader<R>) -> Option<Frame> {
    let mut length = None;
    let mut saw_header = false;
    loop {
        let mut line = Vec::new();
        if reader.read_until(b'\n', &mut line).await.ok()? == 0 {
            return None;
        }
        let line = String::from_utf8_lossy(&line);
        let line = line.trim();
        if line.is_empty() {
            if saw_header {
                break;
            }
            // Blank lines between messages are harmless.
            continue;
        }
        saw_header = true;
        // After a bad header the unread body runs into the next message's
        // headers: resynchronise on the next `Content-Length`.
        let line = line.find("Content-Length").map_or(line, |at| &line[at..]);
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse::<usize>().ok();
        }
    }
    match length {
        Some(length) if length <= MAX_MESSAGE_BYTES => {
            let mut body = vec![0; length];
            reader.read_exact(&mut body).await.ok()?;
            Some(Frame::Body(body))
        }
        _ => Some(Frame::BadHeader),
    }
}

pub(crate) fn frame(body: &[u8]) -> Vec<u8> {
    let mut out = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    out.extend_from_slice(body);
    out
}

/// Whether tower-lsp will accept `body` as a message and answer it as the
/// protocol says; the error to answer with when it will not (see the module
/// docs for `$/` requests).
fn check(body: &[u8]) -> Result<Passed, Value> {
    let error = |code: i64, message: &str| json!({"jsonrpc": "2.0", "id": null, "error": {"code": code, "message": message}});
    let value: Value =
        serde_json::from_slice(body).map_err(|_| error(-32700, "Parse error: not JSON"))?;
    let invalid = || error(-32600, "Invalid request: not a JSON-RPC 2.0 message");
    let object = value.as_object().ok_or_else(invalid)?;
    if object.get("jsonrpc").and_then(Value::as_str) != Some("2.0") {
        return Err(invalid());
    }
    let id_ok = |id: Option<&Value>| {
        id.is_none_or(|id| id.is_null() || id.is_string() || id.is_i64() || id.is_u64())
    };
    match object.get("method") {
        Some(Value::String(method))
            if method.starts_with("$/") && object.contains_key("id") && id_ok(object.get("id")) =>
        {
            Err(json!({
                "jsonrpc": "2.0", "id": object["id"],
                "error": {"code": -32601, "message": "Method not found", "data": method},
            }))
        }
        Some(Value::String(method)) if id_ok(object.get("id")) => {
            Ok(match (method.as_str(), object.contains_key("id")) {
                ("shutdown", true) => Passed::Shutdown,
                ("exit", false) => Passed::Exit,
                _ => Passed::Other,
            })
        }
        Some(_) => Err(invalid()),
        None if object.contains_key("id")
            && id_ok(object.get("id"))
            && (object.contains_key("result") || object.contains_key("error")) =>
        {
            Ok(Passed::Other)
        }
        None => Err(invalid()),
    }
}

/// A message the guard passed on, as far as the end of a session goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Passed {
    Shutdown,
    Exit,
    Other,
}

/// What the client said before the session ended, recorded by
/// [`filter_input`] (which is dropped once the server stops).
#[derive(Debug, Default)]
pub(crate) struct SessionEnd {
    pub(crate) shutdown: std::sync::atomic::AtomicBool,
    pub(crate) exit: std::sync::atomic::AtomicBool,
    /// Notified when `exit` has been passed on.
    pub(crate) exited: tokio::sync::Notify,
}

/// Copies messages from `input` to the server, answering malformed ones
/// on `errors` and recording `shutdown` and `exit` in `end`. Returns at the
/// end of the input, which closes the server's.
pub(crate) async fn filter_input<R, W>(
    input: R,
    mut server: W,
    errors: UnboundedSender<Vec<u8>>,
    end: &SessionEnd,
) where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = BufReader::new(input);
    while let Some(frame_read) = read_frame(&mut reader).await {
        let answer = match frame_read {
            Frame::Body(body) => match check(&body) {
                Ok(passed) => {
                    let flag = match passed {
                        Passed::Shutdown => Some(&end.shutdown),
                        Passed::Exit => Some(&end.exit),
                        Passed::Other => None,
                    };
                    if let Some(flag) = flag {
                        flag.store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                    if server.write_all(&frame(&body)).await.is_err() {
                        return;
                    }
                    if passed == Passed::Exit {
                        end.exited.notify_one();
                    }
                    continue;
                }
                Err(answer) => answer,
            },
            Frame::BadHeader => json!({
                "jsonrpc": "2.0", "id": null,
                "error": {"code": -32700, "message": "Parse error: no usable Content-Length header"},
            }),
        };
        if errors.send(frame(answer.to_string().as_bytes())).is_err() {
            return;
        }
    }
}

/// Reads the server's messages and queues them whole for [`write_output`],
/// so that the input filter's answers never land inside one. When the
/// server's output ends, queues the empty end marker.
pub(crate) async fn forward_output<R>(server: R, queue: UnboundedSender<Vec<u8>>)
where
    R: AsyncRead + Unpin,
{
    let mut reader = BufReader::new(server);
    while let Some(frame_read) = read_frame(&mut reader).await {
        // The server frames its own output correctly.
        if let Frame::Body(body) = frame_read
            && queue.send(frame(&body)).is_err()
        {
            return;
        }
    }
    let _ = queue.send(Vec::new());
}

/// Writes queued messages to `output` until the end marker (or until every
/// sender is gone), then writes what is already queued and closes it. A
/// background task still holding a sender does not keep the output open.
pub(crate) async fn write_output<W>(mut output: W, mut queue: UnboundedReceiver<Vec<u8>>)
where
    W: AsyncWrite + Unpin,
{
    while let Some(bytes) = queue.recv().await {
        if bytes.is_empty() {
            while let Ok(bytes) = queue.try_recv() {
                if output.write_all(&bytes).await.is_err() {
                    break;
                }
            }
            break;
        }
        if output.write_all(&bytes).await.is_err() || output.flush().await.is_err() {
            return;
        }
    }
    let _ = output.flush().await;
    let _ = output.shutdown().await;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads every frame of `input`, as `Ok(body)` or `Err(())` for a bad
    /// header.
    async fn frames(input: &[u8]) -> Vec<Result<String, ()>> {
        let mut reader = BufReader::new(input);
        let mut out = Vec::new();
        while let Some(frame) = read_frame(&mut reader).await {
            out.push(match frame {
                Frame::Body(body) => Ok(String::from_utf8(body).unwrap()),
                Frame::BadHeader => Err(()),
            });
        }
        out
    }

    #[tokio::test]
    async fn bad_headers_are_skipped_and_the_next_message_read() {
        let input = b"Content-Length: 2\r\n\r\n{}Content-Length: abc\r\n\r\n{\"x\":1}Content-Length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]";
        assert_eq!(
            frames(input).await,
            [Ok("{}".to_owned()), Err(()), Ok("[1]".to_owned())]
        );
    }

    #[test]
    fn what_tower_lsp_accepts() {
        let ok = |text: &str| check(text.as_bytes()).is_ok();
        assert_eq!(
            check(br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#),
            Ok(Passed::Shutdown)
        );
        assert_eq!(
            check(br#"{"jsonrpc":"2.0","method":"exit"}"#),
            Ok(Passed::Exit)
        );
        // Not a notification: not the end of the session.
        assert_eq!(
            check(br#"{"jsonrpc":"2.0","id":2,"method":"exit"}"#),
            Ok(Passed::Other)
        );
        assert!(ok(r#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#));
        assert!(ok(
            r#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#
        ));
        assert!(ok(r#"{"jsonrpc":"2.0","id":"a","result":null}"#));
        let code = |text: &str| check(text.as_bytes()).unwrap_err()["error"]["code"].clone();
        assert_eq!(code(r#"{"jsonrpc": "2.0", "id": 9, "method": "#), -32700);
        assert_eq!(code("[1, 2, 3]"), -32600);
        assert_eq!(code(r#"{"id":1,"method":"x"}"#), -32600);
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":1.5,"method":"x"}"#), -32600);
        assert_eq!(code(r#"{"jsonrpc":"2.0","id":1}"#), -32600);
        // A `$/` request is answered here; a `$/` notification goes on.
        assert_eq!(
            check(br#"{"jsonrpc":"2.0","id":"x","method":"$/custom"}"#).unwrap_err(),
            json!({"jsonrpc": "2.0", "id": "x", "error": {"code": -32601, "message": "Method not found", "data": "$/custom"}})
        );
        assert!(ok(
            r#"{"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}}"#
        ));
    }
}
