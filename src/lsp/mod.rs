//! The language server (`factlint lsp`): a thin shell over the core, on
//! `lsp-server` and `lsp-types`. Diagnostics on open, change and save, with
//! the other side of each conflict as related information; hover on a claim;
//! a code action that inserts a suppression comment.
//!
//! Edits that arrive in a burst are applied together and checked once, so
//! the version diagnosed is always the last one. A broken `factlint.toml`
//! (or rule file) is shown to the user, as a message and as a diagnostic on
//! the file, and the built-in rules are used until it is fixed; saving the
//! file reloads it. A message whose body is not JSON gets a parse error and
//! the server goes on ([`transport`]).

pub mod position;
pub mod transport;
pub mod workspace;

use std::error::Error;
use std::path::{Path, PathBuf};

use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeDescription, Diagnostic,
    DiagnosticRelatedInformation, DiagnosticSeverity, DidChangeTextDocumentParams, DidCloseTextDocumentParams,
    DidOpenTextDocumentParams, Hover, HoverContents, HoverParams, InitializeParams, Location, MarkupContent,
    MarkupKind, MessageType, NumberOrString, PositionEncodingKind, PublishDiagnosticsParams, ShowMessageParams,
    TextEdit, Uri, WorkspaceEdit,
};
use serde_json::json;

use crate::config::{self, Loaded};
use crate::pipeline::Options;
use crate::report::value::value_text;
use crate::report::{Lines, Located, Report};
use crate::rules::{LoadedRules, Rule, Severity};
use crate::span::{LineIndex, Span};
use position::Encoding;
use workspace::Workspace;

/// The server's state: rules, documents, and how the client counts columns.
pub struct Server {
    rules: Vec<Rule>,
    known: Vec<String>,
    workspace: Workspace,
    encoding: Encoding,
    last: Option<Report>,
    /// The workspace root, where `factlint.toml` is looked for.
    root: Option<PathBuf>,
    /// The configuration or rule files with a problem shown (cleared when fixed).
    broken: Vec<String>,
    /// Messages for the client not yet sent (configuration problems).
    pending: Vec<Notification>,
}

type Result<T> = std::result::Result<T, Box<dyn Error + Send + Sync>>;

/// Serve the Language Server Protocol on standard input and output.
pub fn run_stdio() -> Result<()> {
    let (connection, writer) = transport::stdio();
    let result = serve(&connection);
    drop(connection);
    writer.join();
    result
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
    let mut server = Server::new(&roots, encoding);
    for n in server.take_pending() {
        connection.sender.send(Message::Notification(n))?;
    }
    while let Ok(first) = connection.receiver.recv() {
        // Everything already waiting is handled with it: a burst of edits
        // is applied in order and checked once, after the last.
        let mut batch = vec![first];
        batch.extend(connection.receiver.try_iter());
        let mut changed = false;
        for message in batch {
            match message {
                Message::Request(req) => {
                    if connection.handle_shutdown(&req)? {
                        return Ok(());
                    }
                    let response = server.request(req);
                    connection.sender.send(Message::Response(response))?;
                }
                Message::Notification(n) => {
                    let (did_change, out) = server.apply(n);
                    changed |= did_change;
                    for n in out {
                        connection.sender.send(Message::Notification(n))?;
                    }
                }
                Message::Response(_) => {}
            }
        }
        let mut out = server.take_pending();
        if changed {
            out.extend(server.publish_all());
        }
        for n in out {
            connection.sender.send(Message::Notification(n))?;
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

/// A `file:` URI as a path (percent-decoded by the `url` crate).
pub fn uri_to_path(uri: &Uri) -> Option<String> {
    let url = url::Url::parse(uri.as_str()).ok()?;
    Some(url.to_file_path().ok()?.display().to_string())
}

/// A path as a `file:` URI (made absolute against the working directory).
pub fn path_to_uri(path: &str) -> Option<Uri> {
    let path = Path::new(path);
    let absolute = if path.is_absolute() { path.to_path_buf() } else { std::env::current_dir().ok()?.join(path) };
    url::Url::from_file_path(absolute).ok()?.as_str().parse().ok()
}

/// True for a path named `factlint.toml`.
fn is_config(path: &str) -> bool {
    Path::new(path).file_name().is_some_and(|n| n == config::FILE_NAME)
}

/// A problem with a file the server reads: where, and what.
struct Problem {
    path: String,
    text: String,
    message: String,
    span: Option<Span>,
}

impl Server {
    /// A server over the given workspace roots, with the nearest
    /// configuration's rules and source folders. A configuration or rule
    /// file that cannot be used is reported (see [`Server::take_pending`])
    /// and the built-in rules are used.
    pub fn new(roots: &[String], encoding: Encoding) -> Self {
        let root = roots.first().map(PathBuf::from);
        let mut server = Server {
            rules: Vec::new(),
            known: Vec::new(),
            workspace: Workspace::default(),
            encoding,
            last: None,
            root,
            broken: Vec::new(),
            pending: Vec::new(),
        };
        let loaded = server.configure(None);
        let sources: Vec<String> = if loaded.config.sources.is_empty() {
            roots.to_vec()
        } else {
            loaded.config.sources.iter().map(|s| loaded.resolve(s)).collect()
        };
        let walk = crate::document::load::Walk { excludes: loaded.excludes.clone(), ..Default::default() };
        server.workspace.load_sources_with(&walk, &sources);
        server
    }

    /// Load the configuration (from `text` when the editor holds it, else
    /// from disk) and the rules; report what cannot be used.
    fn configure(&mut self, text: Option<(&str, &str)>) -> Loaded {
        let found = match text {
            Some((path, text)) => Some(config::parse(path, text).map(|config| Loaded {
                config,
                path: Some(PathBuf::from(path)),
                text: text.into(),
                ..Loaded::default()
            })),
            None => self.root.as_deref().and_then(config::discover).map(|p| config::load(&p)),
        };
        let mut problems = Vec::new();
        let loaded = match found {
            None => Loaded::default(),
            Some(Ok(l)) => l,
            Some(Err(e)) => {
                problems.push(Problem { path: e.path, text: e.text, message: e.message, span: e.span });
                Loaded::default()
            }
        };
        let dirs: Vec<String> = loaded.config.rules.iter().map(|d| loaded.resolve(d)).collect();
        let all = match LoadedRules::with_dirs(&dirs) {
            Ok(r) => r.rules,
            Err(e) => {
                problems.push(Problem { path: e.path, text: e.text, message: e.message, span: e.span });
                LoadedRules::builtin().map(|r| r.rules).unwrap_or_default()
            }
        };
        self.known = all.iter().map(|r| r.id.clone()).collect();
        let mut rules = all.clone();
        if let Err(e) = loaded.apply(&mut rules) {
            problems.push(Problem { path: e.path, text: e.text, message: e.message, span: e.span });
            rules = all;
        }
        self.rules = rules;
        self.report(problems);
        loaded
    }

    /// Show the problems (a message and a diagnostic on each file), and
    /// clear the diagnostics of files that have none any more.
    fn report(&mut self, problems: Vec<Problem>) {
        for old in std::mem::take(&mut self.broken) {
            if !problems.iter().any(|p| p.path == old) {
                self.pending.extend(path_to_uri(&old).map(|uri| publish(uri, Vec::new(), None)));
            }
        }
        for p in problems {
            let message = format!("factlint: {}: {}; the built-in rules are used until it is fixed", p.path, p.message);
            self.pending.push(Notification::new(
                "window/showMessage".into(),
                ShowMessageParams { typ: MessageType::ERROR, message: message.clone() },
            ));
            let index = LineIndex::new(&p.text);
            let span = p.span.unwrap_or_default();
            let diagnostic = Diagnostic {
                range: position::range(&p.text, &index, span, self.encoding),
                severity: Some(DiagnosticSeverity::ERROR),
                code: Some(NumberOrString::String("invalid-configuration".into())),
                source: Some("factlint".into()),
                message: p.message.clone(),
                ..Diagnostic::default()
            };
            self.pending.extend(path_to_uri(&p.path).map(|uri| publish(uri, vec![diagnostic], None)));
            self.broken.push(p.path);
        }
    }

    /// Messages for the client not yet sent.
    pub fn take_pending(&mut self) -> Vec<Notification> {
        std::mem::take(&mut self.pending)
    }

    /// A server over a workspace built in memory (benchmarks and tests).
    pub fn with_workspace(rules: Vec<Rule>, workspace: Workspace, encoding: Encoding) -> Self {
        let known = rules.iter().map(|r| r.id.clone()).collect();
        Server { rules, known, workspace, encoding, last: None, root: None, broken: Vec::new(), pending: Vec::new() }
    }

    /// The workspace (for benchmarks and tests).
    pub fn workspace_mut(&mut self) -> &mut Workspace {
        &mut self.workspace
    }

    /// Handle a notification and check at once; returns the notifications
    /// to send.
    pub fn notification(&mut self, n: Notification) -> Vec<Notification> {
        let (changed, mut out) = self.apply(n);
        out.extend(self.take_pending());
        if changed {
            out.extend(self.publish_all());
        }
        out
    }

    /// Apply a notification to the workspace without checking: whether a
    /// check is due, and what to send now.
    pub fn apply(&mut self, n: Notification) -> (bool, Vec<Notification>) {
        match n.method.as_str() {
            "textDocument/didOpen" => {
                let Ok(p) = serde_json::from_value::<DidOpenTextDocumentParams>(n.params) else {
                    return (false, Vec::new());
                };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return (false, Vec::new()) };
                if is_config(&path) {
                    self.configure(Some((&path, &p.text_document.text)));
                    return (true, Vec::new());
                }
                self.workspace.open(&path, p.text_document.text, p.text_document.version);
            }
            "textDocument/didChange" => {
                let Ok(p) = serde_json::from_value::<DidChangeTextDocumentParams>(n.params) else {
                    return (false, Vec::new());
                };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return (false, Vec::new()) };
                let Some(change) = p.content_changes.into_iter().last() else { return (false, Vec::new()) };
                if is_config(&path) {
                    self.configure(Some((&path, &change.text)));
                    return (true, Vec::new());
                }
                self.workspace.open(&path, change.text, p.text_document.version);
            }
            "textDocument/didSave" => {
                let text = n.params.get("text").and_then(|t| t.as_str()).map(str::to_string);
                let uri =
                    n.params.pointer("/textDocument/uri").and_then(|u| u.as_str()).and_then(|u| u.parse::<Uri>().ok());
                let Some(path) = uri.as_ref().and_then(uri_to_path) else { return (false, Vec::new()) };
                if is_config(&path) {
                    match &text {
                        Some(t) => self.configure(Some((&path, t))),
                        None => self.configure(None),
                    };
                    return (true, Vec::new());
                }
                if let Some(text) = text {
                    let version = self.workspace.open_documents().find(|(p, _)| *p == path).map_or(0, |(_, v)| v);
                    self.workspace.open(&path, text, version);
                }
            }
            "textDocument/didClose" => {
                let Ok(p) = serde_json::from_value::<DidCloseTextDocumentParams>(n.params) else {
                    return (false, Vec::new());
                };
                let Some(path) = uri_to_path(&p.text_document.uri) else { return (false, Vec::new()) };
                if is_config(&path) {
                    return (false, Vec::new());
                }
                self.workspace.close(&path);
                let cleared = path_to_uri(&path).map(|uri| publish(uri, Vec::new(), None));
                return (true, cleared.into_iter().collect());
            }
            _ => return (false, Vec::new()),
        }
        (true, Vec::new())
    }

    /// Re-check the workspace and publish diagnostics for every open
    /// document (so that both sides of a conflict update).
    pub fn publish_all(&mut self) -> Vec<Notification> {
        let options = Options::new(&self.rules, &self.known);
        let report = self.workspace.run(&options);
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

    /// The normalized value of the claim under the cursor and its frame
    /// (what is counted, what happened, role, mode, names, time, source).
    fn hover(&self, p: &HoverParams) -> Option<Hover> {
        let path = uri_to_path(&p.text_document_position_params.text_document.uri)?;
        let (doc, claims, frames) = self.workspace.get_framed(&path)?;
        let text = doc.written();
        let index = LineIndex::new(text);
        let at = position::offset(text, &index, p.text_document_position_params.position, self.encoding);
        let (i, claim) = claims.iter().enumerate().find(|(_, c)| {
            let span = doc.written_span(c.span);
            !c.derived && span.start <= at && at <= span.end
        })?;
        let span = doc.written_span(claim.span);
        let subject =
            frames.get(i).map(|f| format!("\n\nframe: {}", f.describe(&doc.text, claims))).unwrap_or_default();
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
                if !self.known.contains(rule) {
                    return None;
                }
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
    for note in &report.notes {
        let Some((nd, span)) = note.at.filter(|(nd, _)| *nd == d) else { continue };
        let Some((doc, index)) = lines.document(nd) else { continue };
        out.push(Diagnostic {
            range: position::range(doc.written(), index, doc.written_span(span), enc),
            severity: Some(match note.severity {
                Severity::Error => DiagnosticSeverity::ERROR,
                Severity::Warning => DiagnosticSeverity::WARNING,
                Severity::Info => DiagnosticSeverity::INFORMATION,
            }),
            code: Some(NumberOrString::String(note.code.into())),
            source: Some("factlint".into()),
            message: note.message.clone(),
            ..Diagnostic::default()
        });
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
