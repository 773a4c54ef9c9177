//! The language server, started as an editor starts it and spoken to in
//! JSON-RPC over stdio: initialize, didOpen, didChange, hover, shutdown.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use serde_json::{json, Value};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
}

impl Client {
    fn start(root: &std::path::Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_factlint"))
            .arg("lsp")
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Client { child, stdin, stdout }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            self.stdout.read_line(&mut line).unwrap();
            let line = line.trim();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        serde_json::from_slice(&body).unwrap()
    }

    /// Messages until one satisfies `want` (at most 20).
    fn until(&mut self, want: impl Fn(&Value) -> bool) -> Value {
        for _ in 0..20 {
            let m = self.receive();
            if want(&m) {
                return m;
            }
        }
        panic!("message not received");
    }
}

fn uri(path: &std::path::Path) -> String {
    format!("file://{}", path.display()).replace(' ', "%20")
}

fn diagnostics_for<'a>(m: &'a Value, uri: &str) -> Option<&'a Vec<Value>> {
    (m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
        .then(|| m["params"]["diagnostics"].as_array())
        .flatten()
}

#[test]
fn diagnostics_follow_edits_with_related_information_and_utf16_positions() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let source = root.join("source.txt");
    std::fs::write(&source, "PORT ALDEN, March 10, 2025 — At least 42 people were killed when the quake struck Port Alden on Monday, officials said.\n").unwrap();
    let draft = root.join("draft.md");
    let mut client = Client::start(&root);
    client.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": null, "rootUri": uri(&root), "capabilities": {}}}));
    let init = client.until(|m| m["id"] == 1);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    client.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));

    // "Café ☕ — " before the figure: columns differ between UTF-16 and bytes.
    let text = "PORT ALDEN, March 10, 2025 — Café ☕ report: the quake killed 24 people in Port Alden on Monday, officials said.\n";
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri(&draft), "languageId": "markdown", "version": 1, "text": text}}}));
    let published = client.until(|m| diagnostics_for(m, &uri(&draft)).is_some());
    let diags = diagnostics_for(&published, &uri(&draft)).unwrap().clone();
    assert_eq!(diags.len(), 1, "{diags:#?}");
    let d = &diags[0];
    assert_eq!(d["code"], "casualty-count");
    let byte = text.find("24").unwrap();
    let utf16 = text[..byte].encode_utf16().count();
    assert_eq!(d["range"]["start"]["character"], utf16);
    assert_ne!(utf16, byte);
    let related = d["relatedInformation"].as_array().unwrap();
    assert_eq!(related[0]["location"]["uri"], uri(&source));

    // The quick fix inserts a suppression comment on the line before.
    client.send(json!({"jsonrpc": "2.0", "id": 7, "method": "textDocument/codeAction", "params": {"textDocument": {"uri": uri(&draft)}, "range": d["range"], "context": {"diagnostics": [d]}}}));
    let actions = client.until(|m| m["id"] == 7);
    let action = &actions["result"][0];
    assert_eq!(action["kind"], "quickfix");
    let edit = &action["edit"]["changes"][uri(&draft)][0];
    assert_eq!(edit["newText"], "<!-- factlint-disable-next-line casualty-count -->\n");
    assert_eq!(edit["range"]["start"]["line"], 0);

    // Fix the figure: the diagnostics clear without a save.
    let fixed = text.replace("24", "45");
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri(&draft), "version": 2}, "contentChanges": [{"text": fixed}]}}));
    let published = client.until(|m| diagnostics_for(m, &uri(&draft)).is_some());
    assert!(diagnostics_for(&published, &uri(&draft)).unwrap().is_empty());

    // Hover on the figure shows its normalized value.
    let at = fixed.find("45").unwrap();
    client.send(json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": uri(&draft)}, "position": {"line": 0, "character": fixed[..at].encode_utf16().count()}}}));
    let hover = client.until(|m| m["id"] == 2);
    assert!(hover["result"]["contents"]["value"].as_str().unwrap().contains("45"), "{hover}");

    client.send(json!({"jsonrpc": "2.0", "id": 3, "method": "shutdown", "params": null}));
    client.until(|m| m["id"] == 3);
    client.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    let status = client.child.wait().unwrap();
    assert!(status.success());
}

#[test]
fn editing_one_side_updates_the_other_open_document() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let (a, b) = (root.join("a.md"), root.join("b.md"));
    let base = "PORT ALDEN, March 10, 2025 — The quake killed {N} people in Port Alden on Monday, officials said.\n";
    let mut client = Client::start(&root);
    client.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": null, "rootUri": uri(&root), "capabilities": {"general": {"positionEncodings": ["utf-8", "utf-16"]}}}}));
    let init = client.until(|m| m["id"] == 1);
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-8");
    client.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    for (path, n) in [(&a, "42"), (&b, "42")] {
        client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri(path), "languageId": "markdown", "version": 1, "text": base.replace("{N}", n)}}}));
    }
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri(&b), "version": 2}, "contentChanges": [{"text": base.replace("{N}", "24")}]}}));
    let for_a = client.until(|m| diagnostics_for(m, &uri(&a)).is_some_and(|d| !d.is_empty()));
    assert_eq!(diagnostics_for(&for_a, &uri(&a)).unwrap()[0]["code"], "casualty-count");
    client.send(json!({"jsonrpc": "2.0", "id": 9, "method": "shutdown", "params": null}));
    client.until(|m| m["id"] == 9);
    client.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    assert!(client.child.wait().unwrap().success());
}
