//! The language server's view of the workspace: open documents (from the
//! editor, in memory) and source documents (from disk), each with its claims
//! extracted once, and one check over all of them after every edit.

use std::collections::BTreeMap;

use crate::claim::Claim;
use crate::document::load::Walk;
use crate::document::Document;
use crate::frame::{extract_with_frames, Frame};
use crate::pipeline::{run_check, Options, Read};
use crate::report::Report;

/// A document with its claims.
#[derive(Clone, Debug)]
struct Entry {
    doc: Document,
    claims: Vec<Claim>,
    frames: Vec<Frame>,
}

/// Open and source documents, keyed by path.
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    entries: BTreeMap<String, Entry>,
    open: BTreeMap<String, i32>,
}

impl Workspace {
    /// Read the sources under `roots` from disk.
    pub fn load_sources(&mut self, roots: &[String]) {
        self.load_sources_with(&Walk::default(), roots);
    }

    /// Read the sources under `roots` from disk, walked as `walk` says
    /// (the configuration's `exclude`).
    pub fn load_sources_with(&mut self, walk: &Walk, roots: &[String]) {
        let (sources, _) = walk.load_all(roots);
        for s in sources {
            if !self.open.contains_key(&s.path) {
                self.set(&s.path, s.text);
            }
        }
    }

    /// Add a source document from memory (as if read from disk).
    pub fn add_source(&mut self, path: &str, text: String) {
        self.set(path, text);
    }

    /// Set a document's text (opened or edited in the editor).
    pub fn open(&mut self, path: &str, text: String, version: i32) {
        self.open.insert(path.to_string(), version);
        self.set(path, text);
    }

    /// The editor closed a document; its text on disk becomes a source again.
    pub fn close(&mut self, path: &str) {
        self.open.remove(path);
        match std::fs::read_to_string(path) {
            Ok(text) => self.set(path, text),
            Err(_) => {
                self.entries.remove(path);
            }
        }
    }

    fn set(&mut self, path: &str, text: String) {
        let doc = Document::new(path, text, None);
        let (claims, frames) = extract_with_frames(&doc);
        self.entries.insert(path.to_string(), Entry { doc, claims, frames });
    }

    /// The paths of the open documents, with their versions.
    pub fn open_documents(&self) -> impl Iterator<Item = (&str, i32)> {
        self.open.iter().map(|(p, v)| (p.as_str(), *v))
    }

    /// A document and its claims.
    pub fn get(&self, path: &str) -> Option<(&Document, &[Claim])> {
        self.entries.get(path).map(|e| (&e.doc, e.claims.as_slice()))
    }

    /// A document, its claims and their frames.
    pub fn get_framed(&self, path: &str) -> Option<(&Document, &[Claim], &[Frame])> {
        self.entries.get(path).map(|e| (&e.doc, e.claims.as_slice(), e.frames.as_slice()))
    }

    /// Check every document against every other, reusing extracted claims,
    /// through the library's pipeline (suppressions applied).
    pub fn run(&self, options: &Options<'_>) -> Report {
        let docs: Vec<Document> = self.entries.values().map(|e| e.doc.clone()).collect();
        let claims: Vec<Vec<Claim>> = self.entries.values().map(|e| e.claims.clone()).collect();
        let frames: Vec<Vec<Frame>> = self.entries.values().map(|e| e.frames.clone()).collect();
        run_check(docs, Read::Framed((claims, frames)), options).report
    }
}
