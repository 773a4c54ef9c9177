//! The language server (`factlint lsp`): a thin shell over the core, on
//! `lsp-server` and `lsp-types`. Diagnostics on open, change and save, with
//! the other side of each conflict as related information; hover on a claim;
//! a code action that inserts a suppression comment.

pub mod position;
pub mod workspace;

use std::error::Error;

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeDescription, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, Hover, HoverContents, HoverParams, InitializeParams, Location, MarkupContent,
    MarkupKind, NumberOrString, PositionEncodingKind, PublishDiagnosticsParams, TextEdit, Uri, WorkspaceEdit,
};
use serde_json::json;

use crate::config;
use crate::report::value::value_text;
use crate::report::{Lines, Located, Report};
use crate::rules::{LoadedRules, Rule, Severity};
use crate::span::LineIndex;
use crate::suppress;
use position::Encoding;
use workspace::Workspace;

/// The server's state: rules, documents, and how the client counts columns.
pub struct Server {
    rules: Vec<Rule>,
    workspace: Workspace,
    encoding: Encoding,
    last: Option<Report>,
}

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// Serve the Language Server Protocol on standard input and output.
pub fn run_stdio() -> Result<()> {
    let (connection, io_threads) = Connection::stdio();
    serve(&connection)?;
    drop(connection);
    io_threads.join()?;
    Ok(())
}

/// Serve on a connection until the client shuts down.
pub fn serve(connection: &Connection) -> Result<()> {
    let (id, params) = connection.initialize_start()?;
    let params: InitializeParams = serde_json::from_value(params)?;
    let encoding = negotiate(&params);
    let capabilities = json!({
        "positionEncoding": if encoding == Encoding::Utf8 { "utf-8" } else { "utf-16" },
        "textDocumentSync": {"openClose": true, "change": 1, "save": {"includeText": true}},
        "hoverProvider": true,
        "codeActionProvider": true,
    });
    connection.initialize_finish(
        id,
        json!({"capabilities": capabilities, "serverInfo": {"name": "factlint", "version": env!("CARGO_PKG_VERSION")}}),
    )?;
    let roots = workspace_roots(&params);
    let mut server = Server::new(&roots, encoding)?;
    for message in &connection.receiver {
        match message {
            Message::Request(req) => {
                if connection.handle_shutdown(&req)? {
                    return Ok(());
                }
                let response = server.request(req);
                connection.sender.send(Message::Response(response))?;
            }
            Message::Notification(n) => {
                for out in server.notification(n) {
                    connection.sender.send(Message::Notification(out))?;
                }
            }
            Message::Response(_) => {}
        }
    }
    Ok(())
}

/// UTF-8 when the client offers it, else UTF-16.
fn negotiate(params: &InitializeParams) -> Encoding {
    let offered = params.capabilities.general.as_ref().and_then(|g| g.position_encodings.as_ref());
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

/// The workspace folders (or root) as paths.
#[allow(deprecated)]
fn workspace_roots(params: &InitializeParams) -> Vec<String> {
    let mut roots: Vec<String> =
        params.workspace_folders.iter().flatten().filter_map(|f| uri_to_path(&f.uri)).collect();
    if roots.is_empty() {
        roots.extend(params.root_uri.as_ref().and_then(uri_to_path));
    }
    roots
}

/// A `file://` URI as a path.
pub fn uri_to_path(uri: &Uri) -> Option<String> {
    let rest = uri.as_str().strip_prefix("file://")?;
    let mut bytes = rest.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    while let Some((&first, tail)) = bytes.split_first() {
        let escaped = match tail {
            [hi, lo, after @ ..] if first == b'%' => {
                let hex = |d: u8| char::from(d).to_digit(16);
                hex(*hi).zip(hex(*lo)).and_then(|(h, l)| u8::try_from(h * 16 + l).ok()).map(|b| (b, after))
            }
            _ => None,
        };
        let (byte, rest) = escaped.unwrap_or((first, tail));
        out.push(byte);
        bytes = rest;
    }
    String::from_utf8(out).ok()
}

/// A path as a `file://` URI.
pub fn path_to_uri(path: &str) -> Option<Uri> {
    let absolute = std::path::Path::new(path);
    let absolute =
        if absolute.is_absolute() { absolute.to_path_buf() } else { std::env::current_dir().ok()?.join(absolute) };
    let mut encoded = String::from("file://");
    for b in absolute.to_string_lossy().bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => encoded.push(b as char),
            _ => encoded.push_str(&format!("%{b:02X}")),
        }
    }
    encoded.parse().ok()
}

impl Server {
    /// A server over the given workspace roots, with the nearest
    /// configuration's rules and source folders.
    pub fn new(roots: &[String], encoding: Encoding) -> Result<Self> {
        let loaded = roots
            .first()
            .and_then(|r| config::discover(std::path::Path::new(r)))
            .and_then(|p| config::load(&p).ok())
            .unwrap_or_default();
        let dirs: Vec<String> = loaded.config.rules.iter().map(|d| loaded.resolve(d)).collect();
        let mut rules = LoadedRules::with_dirs(&dirs).map_err(|e| e.message)?.rules;
        loaded.apply(&mut rules).map_err(|e| e.message)?;
        let mut workspace = Workspace::default();
        let sources: Vec<String> = if loaded.config.sources.is_empty() {
            roots.to_vec()
        } else {
            loaded.config.sources.iter().map(|s| loaded.resolve(s)).collect()
        };
        workspace.load_sources(&sources);
        Ok(Server { rules, workspace, encoding, last: None })
    }

    /// A server over a workspace built in memory (benchmarks and tests).
    pub fn with_workspace(rules: Vec<Rule>, workspace: Workspace, encoding: Encoding) -> Self {
        Server { rules, workspace, encoding, last: None }
    }

    /// The workspace (for benchmarks and tests).
    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
    }

    /// Handle a notification; returns the notifications to send.
    pub fn notification(&mut self, n: Notification) -> Vec<Notification> {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else { return Vec::new() };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return Vec::new() };
                self.workspace.open(&path, p.text_document.text, p.text_document.version);
            }
            "textDocument/didChange" => {
                let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else { return Vec::new() };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return Vec::new() };
                let Some(change) = p.content_changes.into_iter().last() else { return Vec::new() };
                self.workspace.open(&path, change.text, p.text_document.version);
            }
            "textDocument/didSave" => {
                let text = n.params.get("text").and_then(|t| t.as_str()).map(str::to_string);
                let uri =
                    n.params.pointer("/textDocument/uri").and_then(|u| u.as_str()).and_then(|u| u.parse::<Uri>().ok());
                if let (Some(text), Some(path)) = (text, uri.as_ref().and_then(uri_to_path)) {
                    let version = self.workspace.open_documents().find(|(p, _)| *p == path).map_or(0, |(_, v)| v);
                    self.workspace.open(&path, text, version);
                }
            }
            "textDocument/didClose" => {
                let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else { return Vec::new() };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return Vec::new() };
                self.workspace.close(&path);
                let mut out = self.publish_all();
                out.extend(path_to_uri(&path).map(|uri| publish(uri, Vec::new(), None)));
                return out;
            }
            _ => return Vec::new(),
        }
        self.publish_all()
    }

    /// Re-check the workspace and publish diagnostics for every open
    /// document (so that both sides of a conflict update).
    pub fn publish_all(&mut self) -> Vec<Notification> {
        let mut report = self.workspace.check(&self.rules);
        suppress::apply(&mut report);
        let open: Vec<(String, i32)> = self.workspace.open_documents().map(|(p, v)| (p.to_string(), v)).collect();
        let out = open
            .iter()
            .filter_map(|(path, version)| {
                let uri = path_to_uri(path)?;
                Some(publish(uri, diagnostics_for(&report, path, self.encoding), Some(*version)))
            })
            .collect();
        self.last = Some(report);
        out
    }

    /// Handle a request.
    pub fn request(&mut self, req: Request) -> Response {
        let id = req.id.clone();
        let result = match req.method.as_str() {
            "textDocument/hover" => serde_json::from_value::<HoverParams>(req.params)
                .ok()
                .map(|p| self.hover(&p))
                .map(|h| serde_json::to_value(h).unwrap_or_default()),
            "textDocument/codeAction" => serde_json::from_value::<CodeActionParams>(req.params)
                .ok()
                .map(|p| serde_json::to_value(self.code_actions(&p)).unwrap_or_default()),
            _ => return method_not_found(id, &req.method),
        };
        Response::new_ok(id, result.unwrap_or(serde_json::Value::Null))
    }

    /// The normalized value and subject of the claim under the cursor.
    fn hover(&self, p: &HoverParams) -> Option<Hover> {
        let path = uri_to_path(&p.text_document_position_params.text_document.uri)?;
        let (doc, claims) = self.workspace.get(&path)?;
        let text = doc.written();
        let index = LineIndex::new(text);
        let at = position::offset(text, &index, p.text_document_position_params.position, self.encoding);
        let claim = claims.iter().find(|c| {
            let span = doc.written_span(c.span);
            span.start <= at && at <= span.end
        })?;
        let span = doc.written_span(claim.span);
        let subject = claim.subject.as_deref().map(|s| format!("\n\nabout: {s}")).unwrap_or_default();
        Some(Hover {
            contents: HoverContents::Markup(MarkupContent {
                kind: MarkupKind::Markdown,
                value: format!(
                    "**{}** `{}` = {}{subject}",
                    claim.kind.name(),
                    span.slice(text),
                    value_text(&claim.value)
                ),
            }),
            range: Some(position::range(text, &index, span, self.encoding)),
        })
    }

    /// A quick fix per factlint diagnostic: insert a suppression comment on
    /// the line before.
    // `WorkspaceEdit::changes` is keyed by `Uri` in lsp-types; the key is
    // never mutated.
    #[allow(clippy::mutable_key_type)]
    fn code_actions(&self, p: &CodeActionParams) -> Vec<CodeActionOrCommand> {
        let Some(path) = uri_to_path(&p.text_document.uri) else { return Vec::new() };
        let Some((doc, _)) = self.workspace.get(&path) else { return Vec::new() };
        let text = doc.written();
        let index = LineIndex::new(text);
        p.context
            .diagnostics
            .iter()
            .filter(|d| d.source.as_deref() == Some("factlint"))
            .filter_map(|d| {
                let NumberOrString::String(rule) = d.code.as_ref()? else { return None };
                let line_start = index.line_start(d.range.start.line as usize);
                let at = position::position(text, &index, line_start, self.encoding);
                let edit = TextEdit {
                    range: lsp_types::Range { start: at, end: at },
                    new_text: format!("<!-- factlint-disable-next-line {rule} -->\n"),
                };
                let changes = std::collections::HashMap::from([(p.text_document.uri.clone(), vec![edit])]);
                Some(CodeActionOrCommand::CodeAction(CodeAction {
                    title: format!("Suppress {rule} on this line"),
                    kind: Some(CodeActionKind::QUICKFIX),
                    diagnostics: Some(vec![d.clone()]),
                    edit: Some(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }),
                    ..CodeAction::default()
                }))
            })
            .collect()
    }
}

/// The diagnostics of one document: one per claim of each conflict that
/// involves it, with the other claims as related information.
pub fn diagnostics_for(report: &Report, path: &str, enc: Encoding) -> Vec<Diagnostic> {
    let Some(d) = report.documents.iter().position(|doc| doc.path == path) else {
        return Vec::new();
    };
    // Line indexes are built once per document, and only for documents named.
    let lines = Lines::new(report);
    let mut out = Vec::new();
    for c in &report.conflicts {
        let own = c.claims.iter().filter(|r| r.doc == d).filter_map(|r| Some((r, lines.claim(*r)?)));
        for (r, Located { doc, index, span: own_span, .. }) in own {
            let related: Vec<DiagnosticRelatedInformation> = c
                .claims
                .iter()
                .filter(|o| *o != r)
                .filter_map(|o| {
                    let Located { doc: other, index: other_index, claim, span } = lines.claim(*o)?;
                    Some(DiagnosticRelatedInformation {
                        location: Location {
                            uri: path_to_uri(&other.path)?,
                            range: position::range(other.written(), other_index, span, enc),
                        },
                        message: format!("{} says {}", other.path, value_text(&claim.value)),
                    })
                })
                .collect();
            out.push(Diagnostic {
                range: position::range(doc.written(), index, own_span, enc),
                severity: Some(match c.severity {
                    Severity::Error => DiagnosticSeverity::ERROR,
                    Severity::Warning => DiagnosticSeverity::WARNING,
                    Severity::Info => DiagnosticSeverity::INFORMATION,
                }),
                code: Some(NumberOrString::String(c.rule.clone())),
                // Rules have no published documentation page yet; `factlint
                // explain <rule>` prints it. The field stays empty until one exists.
                code_description: None::<CodeDescription>,
                source: Some("factlint".into()),
                message: format!("{}\n{}", c.message, c.help),
                related_information: Some(related),
                ..Diagnostic::default()
            });
        }
    }
    out
}

fn publish(uri: Uri, diagnostics: Vec<Diagnostic>, version: Option<i32>) -> Notification {
    let params = PublishDiagnosticsParams { uri, diagnostics, version };
    Notification::new("textDocument/publishDiagnostics".into(), params)
}

fn method_not_found(id: RequestId, method: &str) -> Response {
    Response::new_err(id, lsp_server::ErrorCode::MethodNotFound as i32, format!("factlint does not handle {method}"))
}
