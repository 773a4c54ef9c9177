//! How far a check could run story by story (issue 16: memory bounded by
//! the largest story). Groups the documents given (folders recursively)
//! into stories: a copy joins its original, and two documents join when
//! they state at least two of the same telling figures (exact figures of
//! 10 or more, days; see `factlint::values::tells_its_story`). A figure
//! more than `STORIES_LIMIT` documents state (default 16) joins nothing:
//! a round price or a famous toll says nothing of which pages tell one
//! story. Prints the largest groups, how many documents stand alone, and
//! how many of `check`'s conflicts between documents fall inside one group
//! (the ones a story-by-story check would still find).
//!
//! ```sh
//! cargo run --release --example stories -- target/throughput/archive-1x
//! STORIES_LIMIT=50 STORIES_SHARED=1 cargo run --release --example stories -- ../shared/ecbplus
//! ```
//!
//! `STORIES_SHARED` sets how many telling figures two documents must share
//! (default 2).

use std::collections::HashMap;

use factlint::checks::{check_framed, extract_all, Options};
use factlint::document::load::load_all;
use factlint::rules::LoadedRules;
use factlint::Document;

fn env(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.parse().ok()).unwrap_or(default)
}

/// A union-find over documents.
struct Groups(Vec<usize>);

impl Groups {
    fn root(&mut self, mut d: usize) -> usize {
        while let Some(&parent) = self.0.get(d).filter(|&&p| p != d) {
            let grand = self.0.get(parent).copied().unwrap_or(parent);
            if let Some(slot) = self.0.get_mut(d) {
                *slot = grand;
            }
            d = parent;
        }
        d
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.root(a), self.root(b));
        if ra != rb {
            if let Some(slot) = self.0.get_mut(ra.max(rb)) {
                *slot = ra.min(rb);
            }
        }
    }
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let (limit, needed) = (env("STORIES_LIMIT", 16), env("STORIES_SHARED", 2));
    let docs: Vec<Document> = load_all(&paths).0.into_iter().map(|s| Document::new(s.path, s.text, None)).collect();
    let Ok(rules) = LoadedRules::builtin().map(|r| r.rules) else {
        eprintln!("the built-in rules do not load");
        std::process::exit(2);
    };
    let (claims, frames) = extract_all(&docs);
    let mut groups = Groups((0..docs.len()).collect());
    let copies = factlint::pair::copies::find(&docs, &claims);
    for (d, original) in copies.copy_of.iter().enumerate() {
        if let Some(o) = original {
            groups.join(d, *o);
        }
    }
    let stated = factlint::pair::documents_by_telling_figure(&claims);
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for ds in stated.values().filter(|ds| ds.len() > 1 && ds.len() <= limit) {
        for (i, &a) in ds.iter().enumerate() {
            for &b in ds.get(i + 1..).unwrap_or_default() {
                *shared.entry((a, b)).or_default() += 1;
            }
        }
    }
    let mut joined: Vec<(usize, usize)> = shared.into_iter().filter(|&(_, n)| n >= needed).map(|(p, _)| p).collect();
    joined.sort_unstable();
    for (a, b) in joined {
        groups.join(a, b);
    }
    let roots: Vec<usize> = (0..docs.len()).map(|d| groups.root(d)).collect();
    let mut sizes: HashMap<usize, usize> = HashMap::new();
    for &r in &roots {
        *sizes.entry(r).or_default() += 1;
    }
    let mut by_size: Vec<usize> = sizes.values().copied().collect();
    by_size.sort_unstable_by(|a, b| b.cmp(a));
    let alone = by_size.iter().filter(|&&n| n == 1).count();
    let count = docs.len();
    let report = check_framed(docs, claims, frames, &rules, &Options::default());
    let (mut across, mut inside) = (0, 0);
    for conflict in &report.conflicts {
        let mut ds: Vec<usize> = conflict.claims.iter().map(|c| c.doc).collect();
        ds.sort_unstable();
        ds.dedup();
        if ds.len() > 1 {
            across += 1;
            let first = ds.first().and_then(|&d| roots.get(d));
            if ds.iter().all(|&d| roots.get(d) == first) {
                inside += 1;
            }
        }
    }
    println!(
        "{count} documents, {} groups (a figure joins at most {limit} documents, {needed} shared join two); largest {:?}; {alone} alone",
        by_size.len(),
        by_size.iter().take(5).collect::<Vec<_>>()
    );
    println!("conflicts between documents: {across}, inside one group: {inside}");
}
