//! Comparing the mentions of one group: across documents (within the rule's
//! window of days) and a headline against its own body.
//!
//! A claim is contradicted only when another document speaks of the same
//! thing and none of its values agree; a document that gives two dates for
//! two meetings is not contradicted by one that gives one of them.
#![cfg_attr(
    not(test),
    expect(
        clippy::indexing_slicing,
        reason = "mention ids index `Context::mentions`, built by the one `events::mentions` call; the document, claim and rule ids inside a mention come \
                  from enumerating those same slices. No input reaches these indices."
    )
)]

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::compare::compatible;
use crate::claim::Claim;
use crate::document::Document;
use crate::events::{may_be_same, Mention};
use crate::report::ClaimRef;
use crate::rules::{CheckKind, Rule, Severity};

/// Two mentions found to disagree, and how seriously.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Edge {
    /// One mention (index into the mentions).
    pub a: usize,
    /// The other.
    pub b: usize,
    /// How serious the disagreement is.
    pub severity: Severity,
    /// True when the later report raised a figure that changes over time.
    pub update: bool,
    /// True when a headline disagrees with its body.
    pub headline: bool,
}

/// What the comparisons of one group need to see.
pub struct Context<'a> {
    /// The documents.
    pub docs: &'a [Document],
    /// Their claims.
    pub claims: &'a [Vec<Claim>],
    /// All mentions.
    pub mentions: &'a [Mention],
    /// The rules.
    pub rules: &'a [Rule],
    /// For each document, the earlier document it copies.
    pub duplicate_of: &'a [Option<usize>],
}

impl Context<'_> {
    fn claim(&self, m: usize) -> &Claim {
        let m = &self.mentions[m];
        &self.claims[m.doc][m.claim]
    }

    fn published(&self, m: usize) -> Option<NaiveDate> {
        self.docs[self.mentions[m].doc].published_date()
    }

    fn agree(&self, a: usize, b: usize) -> bool {
        let rule = &self.rules[self.mentions[a].rule];
        compatible(&self.claim(a).value, &self.claim(b).value, &rule.compare)
    }
}

/// The disagreements in one group; the mentions that were compared are
/// added to `compared` (a mention may be added more than once).
pub fn compare_group(cx: &Context<'_>, group: &[usize], compared: &mut Vec<usize>) -> Vec<Edge> {
    let mut by_doc: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for &m in group {
        by_doc.entry(cx.mentions[m].doc).or_default().push(m);
    }
    let mut edges = Vec::new();
    for (&doc, members) in &by_doc {
        if !copies_its_original_headline(cx, doc) {
            headline_against_body(cx, members, compared, &mut edges);
        }
    }
    // A headline already reported against its own body is not reported again
    // against other documents.
    let contradicted_headlines: Vec<usize> = edges.iter().map(|e| e.a).collect();
    let mut members: Vec<(Option<NaiveDate>, usize, Vec<usize>)> = by_doc
        .into_iter()
        .map(|(doc, ms)| {
            (
                cx.docs[doc].published_date(),
                doc,
                ms.into_iter().filter(|m| !contradicted_headlines.contains(m)).collect(),
            )
        })
        .filter(|(_, _, ms): &(Option<NaiveDate>, usize, Vec<usize>)| !ms.is_empty())
        .collect();
    // Sorted by publication date (undated first, compared with all), each
    // document meets only the documents within the rule's window after it:
    // a sweep, not all pairs.
    members.sort();
    let window = group.first().map_or(0, |&m| cx.rules[cx.mentions[m].rule].compare.window_days);
    for (i, (date, _, xs)) in members.iter().enumerate() {
        for (other_date, _, ys) in &members[i + 1..] {
            if let (Some(a), Some(b)) = (date, other_date) {
                if (*b - *a).num_days() > window {
                    break;
                }
            }
            edges.extend(compare_documents(cx, xs, ys, compared));
        }
    }
    edges
}

/// Two documents' mentions of one thing, as sets: claims that agree are
/// paired first; only when both documents have claims left over do those
/// disagree. "A won 41%, B won 38%" against "B won 38%" leaves nothing over
/// on one side, so nothing is reported.
fn compare_documents(cx: &Context<'_>, xs: &[usize], ys: &[usize], compared: &mut Vec<usize>) -> Vec<Edge> {
    let rule = &cx.rules[cx.mentions[xs[0]].rule];
    let comparable = |a: usize, b: usize| {
        within_window(cx, a, b, rule.compare.window_days)
            && may_be_same(&cx.mentions[a], &cx.mentions[b], rule.check == CheckKind::EventDates)
    };
    let mut x_left: Vec<usize> = Vec::new();
    let mut y_used = vec![false; ys.len()];
    for &x in xs {
        let same: Vec<usize> = (0..ys.len()).filter(|&j| comparable(x, ys[j])).collect();
        if same.is_empty() {
            continue;
        }
        compared.push(x);
        compared.extend(same.iter().map(|&j| ys[j]));
        let agreeing: Vec<usize> = same.into_iter().filter(|&j| cx.agree(x, ys[j])).collect();
        match agreeing.iter().find(|&&j| !y_used[j]) {
            Some(&j) => y_used[j] = true,
            None if agreeing.is_empty() => x_left.push(x),
            None => {}
        }
    }
    let y_left: Vec<usize> = ys
        .iter()
        .enumerate()
        .filter(|&(j, &y)| !y_used[j] && !xs.iter().any(|&x| comparable(x, y) && cx.agree(x, y)))
        .map(|(_, &y)| y)
        .collect();
    if y_left.is_empty() {
        return Vec::new();
    }
    let mut edges = Vec::new();
    for &x in &x_left {
        let partners: Vec<usize> = y_left.iter().copied().filter(|&y| comparable(x, y)).collect();
        if partners.is_empty() {
            continue;
        }
        let y = nearest(cx, x, &partners);
        let (severity, update) = severity_between(cx, x, y, rule);
        edges.push(Edge { a: x, b: y, severity, update, headline: false });
    }
    for &y in &y_left {
        if edges.iter().any(|e| e.b == y) {
            continue;
        }
        let partners: Vec<usize> = x_left.iter().copied().filter(|&x| comparable(x, y)).collect();
        if let Some(x) = (!partners.is_empty()).then(|| nearest(cx, y, &partners)) {
            let (severity, update) = severity_between(cx, y, x, rule);
            edges.push(Edge { a: y, b: x, severity, update, headline: false });
        }
    }
    edges
}

/// True when `doc` is a copy with the same headline as its original, whose
/// headline conflicts are reported once, on the original.
fn copies_its_original_headline(cx: &Context<'_>, doc: usize) -> bool {
    let headline = |d: usize| cx.docs[d].headline.map(|h| h.slice(&cx.docs[d].text).trim());
    cx.duplicate_of[doc].is_some_and(|original| headline(original) == headline(doc))
}

/// Reports published further apart than the window are about different events.
fn within_window(cx: &Context<'_>, a: usize, b: usize, days: i64) -> bool {
    match (cx.published(a), cx.published(b)) {
        (Some(x), Some(y)) => (x - y).num_days().abs() <= days,
        _ => true,
    }
}

/// Of `candidates`, the counterpart of `a`: the claim with the same subject
/// phrase if any, then the closest value (ties broken by position, so the
/// choice is deterministic).
fn nearest(cx: &Context<'_>, a: usize, candidates: &[usize]) -> usize {
    let target = cx.claim(a);
    let other_subject = |m: usize| cx.claim(m).subject != target.subject;
    let gap = |m: usize| super::compare::distance(&target.value, &cx.claim(m).value);
    candidates
        .iter()
        .copied()
        .min_by(|&x, &y| {
            (other_subject(x).cmp(&other_subject(y)))
                .then_with(|| gap(x).total_cmp(&gap(y)))
                .then_with(|| cx.claim(x).span.cmp(&cx.claim(y).span))
        })
        .unwrap_or(candidates[0])
}

/// The severity of a disagreement: for figures that change over time,
/// reports of different days are an update (info) when the later is larger.
fn severity_between(cx: &Context<'_>, a: usize, b: usize, rule: &Rule) -> (Severity, bool) {
    let base = rule.effective_severity();
    if !rule.compare.changes_over_time {
        return (base, false);
    }
    let (Some(pa), Some(pb)) = (cx.published(a), cx.published(b)) else { return (base, false) };
    if pa == pb {
        return (base, false);
    }
    let (early, late) = if pa < pb { (a, b) } else { (b, a) };
    let value = |m: usize| match cx.claim(m).value {
        crate::claim::Value::Amount(x) => x.nominal(),
        _ => 0.0,
    };
    if value(late) > value(early) {
        (Severity::Info, true)
    } else {
        (base.min(Severity::Warning), false)
    }
}

/// A headline figure against the body of its own document.
fn headline_against_body(cx: &Context<'_>, members: &[usize], compared: &mut Vec<usize>, edges: &mut Vec<Edge>) {
    let (heads, body): (Vec<usize>, Vec<usize>) = members.iter().partition(|&&m| cx.claim(m).in_headline);
    if body.is_empty() {
        return;
    }
    for h in heads {
        compared.push(h);
        for &b in &body {
            compared.push(b);
        }
        if !body.iter().any(|&b| cx.agree(h, b)) {
            let severity = cx.rules[cx.mentions[h].rule].effective_severity();
            edges.push(Edge { a: h, b: nearest(cx, h, &body), severity, update: false, headline: true });
        }
    }
}

/// Join edges that share a mention into clusters, each one conflict
/// (updates and headline checks apart from contradictions).
pub fn clusters(edges: &[Edge]) -> Vec<Vec<Edge>> {
    let mut nodes: Vec<usize> = edges.iter().flat_map(|e| [e.a, e.b]).collect();
    nodes.sort_unstable();
    nodes.dedup();
    let index = |m: usize| nodes.binary_search(&m).unwrap_or(0);
    let mut parent: Vec<usize> = (0..nodes.len()).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    for e in edges {
        let (ra, rb) = (find(&mut parent, index(e.a)), find(&mut parent, index(e.b)));
        if ra != rb {
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut groups: BTreeMap<(usize, bool, bool), Vec<Edge>> = BTreeMap::new();
    for e in edges {
        let root = find(&mut parent, index(e.a));
        groups.entry((root, e.update, e.headline)).or_default().push(*e);
    }
    groups.into_values().collect()
}

/// The claim references of a cluster, in document order, one per claim.
pub fn cluster_claims(mentions: &[Mention], cluster: &[Edge]) -> Vec<ClaimRef> {
    let mut refs: Vec<ClaimRef> = cluster
        .iter()
        .flat_map(|e| [e.a, e.b])
        .map(|m| ClaimRef { doc: mentions[m].doc, claim: mentions[m].claim })
        .collect();
    refs.sort();
    refs.dedup();
    refs
}
