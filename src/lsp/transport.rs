//! Standard input and output for the language server: the LSP base
//! protocol (`Content-Length` headers, a JSON body), read here rather than
//! by `lsp-server`'s stdio transport, so that a body that is not JSON is
//! answered with a JSON-RPC parse error (-32700), valid JSON that is no
//! JSON-RPC message with an invalid-request error (-32600), and the server
//! goes on. Messages reach the server through an in-memory
//! [`lsp_server::Connection`]; what the server sends is written by one
//! writer thread, and error responses share its lock, so no two messages
//! interleave.

use std::io::{BufRead, Read, Write};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;

use lsp_server::{Connection, Message};

/// The largest message body read; a longer one is skipped with an error.
const MAX_BODY: usize = 256 * 1024 * 1024;

/// The writer thread; joined when the server is done.
pub struct Writer(JoinHandle<()>);

impl Writer {
    /// Wait until everything the server sent is written.
    pub fn join(self) {
        let _ = self.0.join();
    }
}

/// A connection on standard input and output, and its writer thread. The
/// reader thread stops at the end of input or after the `exit`
/// notification; it is never joined (it may be waiting on input).
pub fn stdio() -> (Connection, Writer) {
    let (server, client) = Connection::memory();
    let stdout = Arc::new(Mutex::new(std::io::stdout()));
    let out = Arc::clone(&stdout);
    let receiver = client.receiver;
    let writer = std::thread::spawn(move || {
        for message in receiver {
            let Ok(mut lock) = out.lock() else { return };
            if message.write(&mut *lock).is_err() {
                return;
            }
        }
    });
    let sender = client.sender;
    std::thread::spawn(move || {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        loop {
            let frame = match read_frame(&mut input) {
                Ok(Some(frame)) => frame,
                Ok(None) | Err(_) => return,
            };
            let reply = match frame {
                Frame::Body(body) => match classify(&body) {
                    Ok(message) => {
                        let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                        if sender.send(message).is_err() || exit {
                            return;
                        }
                        continue;
                    }
                    Err(reply) => reply,
                },
                Frame::Bad(why) => error_response(serde_json::Value::Null, -32700, &why),
            };
            let Ok(mut lock) = stdout.lock() else { return };
            if write_raw(&mut *lock, &reply).is_err() {
                return;
            }
        }
    });
    (server, Writer(writer))
}

/// One framed message, or why the framing was wrong.
enum Frame {
    Body(Vec<u8>),
    Bad(String),
}

/// Read the headers and the body of one message; `None` at the end of input.
fn read_frame(input: &mut impl BufRead) -> std::io::Result<Option<Frame>> {
    let mut length: Option<usize> = None;
    let mut saw_header = false;
    loop {
        let mut line = String::new();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let line = line.trim_end_matches(['\r', '\n']);
        if line.is_empty() {
            if saw_header {
                break;
            }
            continue;
        }
        saw_header = true;
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().ok();
            }
        }
    }
    let Some(length) = length else { return Ok(Some(Frame::Bad("missing or invalid Content-Length".into()))) };
    let mut body = Vec::with_capacity(length.min(1 << 20));
    input.take(length as u64).read_to_end(&mut body)?;
    if length > MAX_BODY {
        return Ok(Some(Frame::Bad(format!("message of {length} bytes is over the limit"))));
    }
    Ok(Some(Frame::Body(body)))
}

/// The message in a body, or the error response it calls for.
fn classify(body: &[u8]) -> Result<Message, String> {
    let value: serde_json::Value = serde_json::from_slice(body)
        .map_err(|e| error_response(serde_json::Value::Null, -32700, &format!("parse error: {e}")))?;
    let id = value.get("id").cloned().unwrap_or(serde_json::Value::Null);
    serde_json::from_value::<Message>(value).map_err(|e| error_response(id, -32600, &format!("invalid request: {e}")))
}

/// A JSON-RPC error response, as text.
fn error_response(id: serde_json::Value, code: i32, message: &str) -> String {
    serde_json::json!({"jsonrpc": "2.0", "id": id, "error": {"code": code, "message": message}}).to_string()
}

/// Write one message body with its header.
fn write_raw(out: &mut impl Write, body: &str) -> std::io::Result<()> {
    write!(out, "Content-Length: {}\r\n\r\n{body}", body.len())?;
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_bodies_and_errors() {
        let mut input = std::io::Cursor::new(b"Content-Length: 5\r\n\r\nnot {Content-Length: 2\r\n\r\n{}".to_vec());
        let Some(Frame::Body(first)) = read_frame(&mut input).unwrap() else { panic!() };
        let reply = classify(&first).unwrap_err();
        assert!(reply.contains("-32700") && reply.contains("\"id\":null"), "{reply}");
        let Some(Frame::Body(second)) = read_frame(&mut input).unwrap() else { panic!() };
        assert!(classify(&second).unwrap_err().contains("-32600"));
        assert!(read_frame(&mut input).unwrap().is_none());
    }
}
