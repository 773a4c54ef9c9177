//! The language server's re-check after an edit: a 2,000-word draft checked
//! against 50 sources from memory, diagnostics for the open documents
//! published. The budget (issue 16) is 20 ms; measured 16.3 ms (median) on
//! the 2-core machine on 2026-12-03.
//!
//! `cargo bench --bench lsp`

#[path = "common/corpus.rs"]
mod corpus;

use criterion::{criterion_group, criterion_main, Criterion};
use factlint::lsp::position::Encoding;
use factlint::lsp::workspace::Workspace;
use factlint::lsp::Server;
use factlint::rules::LoadedRules;

fn bench(c: &mut Criterion) {
    let mut workspace = Workspace::default();
    let mut articles = corpus::corpus(9, 40).flat_map(|(a, _)| a);
    for (i, a) in articles.by_ref().take(50).enumerate() {
        workspace.add_source(&format!("/sources/{i}-{}", a.path.replace('/', "-")), a.text);
    }
    let mut draft = String::from("A draft under edit\n");
    for a in articles {
        if draft.split_whitespace().count() >= 2000 {
            break;
        }
        draft.push_str(&a.text);
        draft.push('\n');
    }
    let path = "/drafts/draft.md";
    workspace.open(path, draft.clone(), 1);
    let rules = LoadedRules::builtin().map(|r| r.rules).unwrap_or_default();
    let mut server = Server::with_workspace(rules, workspace, Encoding::Utf16);
    let mut version = 1;
    c.bench_function("lsp re-check after an edit (2,000 words vs 50 sources)", |b| {
        b.iter(|| {
            version += 1;
            let edited = draft.replacen("killed", "died", (version % 3) as usize);
            server.workspace_mut().open(path, edited, version);
            server.publish_all().len()
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
