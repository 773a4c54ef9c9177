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

    /// Write raw bytes (a body that is not JSON).
    fn send_raw(&mut self, body: &str) {
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).unwrap();
        self.stdin.flush().unwrap();
    }

    /// Messages until one satisfies `want` (at most 200).
    fn until(&mut self, want: impl Fn(&Value) -> bool) -> Value {
        for _ in 0..200 {
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

    // Hover on the figure shows its normalized value and its frame.
    let at = fixed.find("45").unwrap();
    client.send(json!({"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": uri(&draft)}, "position": {"line": 0, "character": fixed[..at].encode_utf16().count()}}}));
    let hover = client.until(|m| m["id"] == 2);
    let shown = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(shown.contains("45") && shown.contains("predicate kill"), "{hover}");

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

fn initialize(client: &mut Client, root: &std::path::Path) -> Vec<Value> {
    client.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"processId": null, "rootUri": uri(root), "capabilities": {}}}));
    let mut before = Vec::new();
    loop {
        let m = client.receive();
        if m["id"] == 1 {
            break;
        }
        before.push(m);
    }
    client.send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    before
}

fn shutdown(mut client: Client) {
    client.send(json!({"jsonrpc": "2.0", "id": 99, "method": "shutdown", "params": null}));
    client.until(|m| m["id"] == 99);
    client.send(json!({"jsonrpc": "2.0", "method": "exit", "params": null}));
    assert!(client.child.wait().unwrap().success());
}

#[test]
fn a_broken_configuration_is_shown_and_the_builtin_rules_are_used() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let config = root.join("factlint.toml");
    std::fs::write(&config, "paths = []\ncolour = \"red\"\n").unwrap();
    std::fs::write(
        root.join("source.txt"),
        "PORT ALDEN, March 10, 2025 — The quake killed 42 people in Port Alden on Monday, officials said.\n",
    )
    .unwrap();
    let mut client = Client::start(&root);
    initialize(&mut client, &root);
    let shown = client.until(|m| m["method"] == "window/showMessage");
    assert_eq!(shown["params"]["type"], 1);
    assert!(shown["params"]["message"].as_str().unwrap().contains("colour"), "{shown}");
    let on_file = client.until(|m| diagnostics_for(m, &uri(&config)).is_some());
    let diags = diagnostics_for(&on_file, &uri(&config)).unwrap();
    assert_eq!(diags.len(), 1);
    assert_eq!(diags[0]["range"]["start"]["line"], 1, "{diags:#?}");
    // The server goes on with the built-in rules.
    let draft = root.join("draft.md");
    let text = "PORT ALDEN, March 10, 2025 — The quake killed 24 people in Port Alden on Monday, officials said.\n";
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri(&draft), "languageId": "markdown", "version": 1, "text": text}}}));
    let published = client.until(|m| diagnostics_for(m, &uri(&draft)).is_some());
    assert_eq!(diagnostics_for(&published, &uri(&draft)).unwrap()[0]["code"], "casualty-count");
    // Fixed and saved: its diagnostic clears.
    let fixed = "paths = []\n";
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didSave", "params": {"textDocument": {"uri": uri(&config)}, "text": fixed}}));
    let cleared = client.until(|m| diagnostics_for(m, &uri(&config)).is_some());
    assert!(diagnostics_for(&cleared, &uri(&config)).unwrap().is_empty());
    shutdown(client);
}

#[test]
fn a_body_that_is_not_json_gets_a_parse_error_and_the_server_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    let mut client = Client::start(&root);
    initialize(&mut client, &root);
    client.send_raw("this is not JSON");
    let error = client.until(|m| m.get("error").is_some());
    assert_eq!(error["error"]["code"], -32700);
    assert_eq!(error["id"], Value::Null);
    client.send_raw(r#"{"jsonrpc": "2.0", "id": 5, "nothing": true}"#);
    let error = client.until(|m| m.get("error").is_some());
    assert_eq!(error["error"]["code"], -32600);
    assert_eq!(error["id"], 5);
    shutdown(client);
}

#[test]
fn a_burst_of_edits_is_checked_once_at_its_last_version() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().canonicalize().unwrap();
    std::fs::write(
        root.join("source.txt"),
        "PORT ALDEN, March 10, 2025 — The quake killed 42 people in Port Alden on Monday, officials said.\n",
    )
    .unwrap();
    let draft = root.join("draft.md");
    let base = "PORT ALDEN, March 10, 2025 — The quake killed {N} people in Port Alden on Monday, officials said.\n";
    let mut client = Client::start(&root);
    initialize(&mut client, &root);
    client.send(json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri(&draft), "languageId": "markdown", "version": 1, "text": base.replace("{N}", "42")}}}));
    client.until(|m| diagnostics_for(m, &uri(&draft)).is_some());
    // 30 edits in one write; the last gives 24, which the source contradicts.
    let mut burst = String::new();
    for v in 2..=31 {
        let n = if v == 31 { "24".to_string() } else { (100 + v).to_string() };
        let body = json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": uri(&draft), "version": v}, "contentChanges": [{"text": base.replace("{N}", &n)}]}}).to_string();
        burst.push_str(&format!("Content-Length: {}\r\n\r\n{}", body.len(), body));
    }
    client.stdin.write_all(burst.as_bytes()).unwrap();
    client.stdin.flush().unwrap();
    let mut published = 0;
    let last = loop {
        let m = client.receive();
        if diagnostics_for(&m, &uri(&draft)).is_some() {
            published += 1;
            if m["params"]["version"] == 31 {
                break m;
            }
        }
    };
    let diags = diagnostics_for(&last, &uri(&draft)).unwrap();
    assert_eq!(diags.len(), 1, "{diags:#?}");
    assert!(diags[0]["message"].as_str().unwrap().contains("24"), "{diags:#?}");
    assert!(published < 10, "{published} publications for 30 edits");
    shutdown(client);
}
