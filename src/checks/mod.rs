//! Checks: claims → conflicts. One file per check kind; this module runs
//! them in order and assembles the report.

pub mod compare;
pub mod copies;
pub mod figures;
pub mod single;

use rayon::prelude::*;

use crate::claim::Claim;
use crate::document::Document;
use crate::events::{self, LexiconIndex};
use crate::report::model::summarize;
use crate::report::value::value_text;
use crate::report::{ClaimRef, Conflict, Report, Summary};
use crate::rules::{CheckKind, Rule};
use figures::{Context, Edge};

/// Extract every document's claims, in parallel, in document order.
pub fn extract_all(docs: &[Document]) -> Vec<Vec<Claim>> {
    docs.par_iter().map(crate::extract::extract).collect()
}

/// Check `docs` against `rules`: the whole pipeline after reading.
pub fn check(docs: Vec<Document>, rules: &[Rule]) -> Report {
    let claims = extract_all(&docs);
    check_claims(docs, claims, rules)
}

/// Check documents whose claims are already extracted.
pub fn check_claims(docs: Vec<Document>, claims: Vec<Vec<Claim>>, rules: &[Rule]) -> Report {
    let duplicate_of = copies::duplicates(&docs);
    let index = LexiconIndex::new(rules);
    let mentions = events::mentions(&docs, &claims, rules, &index);
    let cx = Context { docs: &docs, claims: &claims, mentions: &mentions, rules, duplicate_of: &duplicate_of };
    // Groups share no mention, so they are compared in parallel; the order
    // of the results is the order of the groups.
    let per_group: Vec<(Vec<Conflict>, Vec<usize>)> = events::group(&mentions)
        .par_iter()
        .map(|group| {
            let mut seen = Vec::new();
            let edges = figures::compare_group(&cx, group, &mut seen);
            let found = figures::clusters(&edges).iter().filter_map(|cluster| conflict_of(&cx, cluster)).collect();
            (found, seen)
        })
        .collect();
    let mut compared = vec![false; mentions.len()];
    let mut conflicts = Vec::new();
    for (found, seen) in per_group {
        conflicts.extend(found);
        for m in seen {
            if let Some(flag) = compared.get_mut(m) {
                *flag = true;
            }
        }
    }
    conflicts.extend(single_claim_conflicts(&docs, &claims, &duplicate_of, rules));
    let start = |r: &ClaimRef| claims.get(r.doc).and_then(|c| c.get(r.claim)).map_or(0, |c| c.span.start);
    conflicts.sort_by_key(|c| c.claims.first().map(|r| (r.doc, start(r))));
    let base = Summary {
        documents: docs.len(),
        claims: claims.iter().map(Vec::len).sum(),
        compared: compared.iter().filter(|&&c| c).count() + single_checked(&claims, rules),
        ..Summary::default()
    };
    let summary = summarize(base, &conflicts);
    Report { documents: docs, claims, duplicate_of, conflicts, summary, notes: Vec::new() }
}

/// The conflict a cluster of disagreements reports.
fn conflict_of(cx: &Context<'_>, cluster: &[Edge]) -> Option<Conflict> {
    let first_edge = cluster.first()?;
    let first = cx.mentions.get(first_edge.a)?;
    let rule = cx.rules.get(first.rule)?;
    let subject = subject_name(rule, &first.key);
    let refs = figures::cluster_claims(cx.mentions, cluster);
    let mut values: Vec<String> = Vec::new();
    for claim in refs.iter().filter_map(|r| cx.claims.get(r.doc)?.get(r.claim)) {
        let v = value_text(&claim.value);
        if !values.contains(&v) {
            values.push(v);
        }
    }
    let severity = cluster.iter().map(|e| e.severity).max().unwrap_or(rule.severity);
    let what = if first_edge.update {
        format!("{subject} changed between reports of different days: {}", values.join(" → "))
    } else if first_edge.headline {
        format!("the headline and the body disagree on {subject}: {}", values.join(" vs "))
    } else {
        format!("sources disagree on {subject}: {}", values.join(" vs "))
    };
    Some(Conflict {
        rule: rule.id.clone(),
        severity,
        message: what,
        subject: Some(subject.clone()),
        claims: refs,
        help: format!(
            "verify {subject} against the primary source; `factlint explain {}` says what this rule compares",
            rule.id
        ),
    })
}

/// The name of a mention's subject, with its event class when told.
fn subject_name(rule: &Rule, key: &events::EventKey) -> String {
    let subject = rule.subjects.get(key.subject).map_or("the figure", |s| s.name.as_str());
    match key.event.and_then(|e| rule.events.get(e)) {
        Some(event) => format!("{subject} ({})", event.name),
        None => subject.to_string(),
    }
}

/// Conflicts of the one-claim checks (weekday and impossible date), once
/// per claim that copies repeat.
fn single_claim_conflicts(
    docs: &[Document],
    claims: &[Vec<Claim>],
    duplicate_of: &[Option<usize>],
    rules: &[Rule],
) -> Vec<Conflict> {
    let mut out = Vec::new();
    for rule in rules {
        let test: fn(&Claim) -> Option<String> = match rule.check {
            CheckKind::WeekdayDate => single::weekday_mismatch,
            CheckKind::ImpossibleDate => single::impossible,
            _ => continue,
        };
        let original = |d: usize| {
            let o = duplicate_of.get(d).copied().flatten()?;
            Some((docs.get(o)?, claims.get(o)?))
        };
        for (d, (doc, doc_claims)) in docs.iter().zip(claims).enumerate() {
            for (c, claim) in doc_claims.iter().enumerate().filter(|(_, c)| rule.covers(c.kind)) {
                let Some(message) = test(claim) else { continue };
                let text = claim.span.slice(&doc.text);
                let repeated =
                    original(d).is_some_and(|(o, o_claims)| o_claims.iter().any(|x| x.span.slice(&o.text) == text));
                if !repeated {
                    out.push(Conflict {
                        rule: rule.id.clone(),
                        severity: rule.effective_severity(),
                        message,
                        subject: claim.subject.clone(),
                        claims: vec![ClaimRef { doc: d, claim: c }],
                        help: format!("check the date against the source; `factlint explain {}`", rule.id),
                    });
                }
            }
        }
    }
    out
}

/// How many claims the one-claim checks looked at.
fn single_checked(claims: &[Vec<Claim>], rules: &[Rule]) -> usize {
    let single: Vec<&Rule> =
        rules.iter().filter(|r| matches!(r.check, CheckKind::WeekdayDate | CheckKind::ImpossibleDate)).collect();
    claims
        .iter()
        .flatten()
        .filter(|c| single.iter().any(|r| r.covers(c.kind)) && matches!(c.value, crate::claim::Value::Date { .. }))
        .count()
}
