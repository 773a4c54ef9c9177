//! Checks: events → conflicts. One file per check kind:
//! - [`figures`]: the claims of one event that disagree (across reports,
//!   a headline against its body, two statements of one document);
//! - [`copies`]: a copy that changed a figure of its original;
//! - [`parts`]: listed parts that do not make their stated whole;
//! - [`single`]: one claim alone (a weekday that does not fit its date, a
//!   date that cannot exist).
//!
//! This module runs the pipeline after reading (claims, frames, pairing)
//! and assembles the report.

pub mod copies;
pub mod figures;
pub mod parts;
pub mod single;

use rayon::prelude::*;

use crate::claim::{Claim, ClaimKind};
use crate::document::Document;
use crate::frame::Frame;
use crate::pair::{self, Copies, Pairing};
use crate::report::model::summarize;
use crate::report::{ClaimRef, Conflict, Report, Summary};
use crate::rules::{CheckKind, Rule};

/// How a check is run.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The documents being written (drafts checked against their sources):
    /// a conflict that involves one is reported at its rule's severity
    /// whatever the dates, unless the draft tells an update in words;
    /// conflicts among the other documents alone are context (`info`).
    /// Empty: every document is a source of equal standing.
    pub focus: Vec<usize>,
}

/// What the checks read: documents, their claims and frames, the pairing,
/// the rules and the options.
pub struct Context<'a> {
    /// The documents.
    pub docs: &'a [Document],
    /// Their claims.
    pub claims: &'a [Vec<Claim>],
    /// Their frames.
    pub frames: &'a [Vec<Frame>],
    /// Events and copies.
    pub pairing: &'a Pairing,
    /// The rules.
    pub rules: &'a [Rule],
    /// The options.
    pub options: &'a Options,
}

impl Context<'_> {
    /// The claim at a reference.
    pub fn claim(&self, at: (usize, usize)) -> Option<&Claim> {
        self.claims.get(at.0)?.get(at.1)
    }

    /// The frame of the claim at a reference.
    pub fn frame(&self, at: (usize, usize)) -> Option<&Frame> {
        self.frames.get(at.0)?.get(at.1)
    }

    /// The first rule of a check kind, if it is in force.
    pub fn rule_of_kind(&self, kind: CheckKind) -> Option<&Rule> {
        self.rules.iter().find(|r| r.check == kind)
    }

    /// True when document `d` is a draft being checked.
    pub fn is_focus(&self, d: usize) -> bool {
        self.options.focus.contains(&d)
    }
}

/// Every document's claims and frames, in parallel, in document order.
pub fn extract_all(docs: &[Document]) -> (Vec<Vec<Claim>>, Vec<Vec<Frame>>) {
    docs.par_iter().map(crate::frame::extract_with_frames).unzip()
}

/// Every document's claims, not yet framed, in parallel, in document order
/// (see [`check_claims`]).
pub fn extract_claims(docs: &[Document]) -> Vec<Vec<Claim>> {
    docs.par_iter().map(crate::extract::extract).collect()
}

/// The frames of every document's claims, read once the copies are found
/// (in parallel, in document order). A copy that repeats its original word
/// for word at every claim pairs nothing of its own (each claim stands for
/// its original's): its frames are not read, and it derives no sum of
/// listed parts (its original derives them). In an archive most pages are
/// such copies.
pub fn frames_beyond_copies(docs: &[Document], claims: &mut [Vec<Claim>], copies: &Copies) -> Vec<Vec<Frame>> {
    let repeats = repeated_claims(claims, copies);
    docs.par_iter()
        .zip(claims.par_iter_mut())
        .zip(repeats.par_iter())
        .map(|((doc, doc_claims), &repeated)| {
            if repeated == doc_claims.len() {
                doc_claims.shrink_to_fit();
                Vec::new()
            } else {
                crate::frame::frames_of(doc, doc_claims)
            }
        })
        .collect()
}

/// `claims` and `frames`, with the frames read of every document a
/// conflict cites that [`frames_beyond_copies`] left unframed (a copy's
/// claim stands beside its original's in an event): the report shows each
/// cited claim with its frame.
fn frame_cited_copies(
    docs: &[Document],
    mut claims: Vec<Vec<Claim>>,
    mut frames: Vec<Vec<Frame>>,
    conflicts: &[Conflict],
) -> (Vec<Vec<Claim>>, Vec<Vec<Frame>>) {
    let mut cited: Vec<usize> = conflicts.iter().flat_map(|c| c.claims.iter().map(|r| r.doc)).collect();
    cited.sort_unstable();
    cited.dedup();
    for d in cited {
        let (Some(doc), Some(doc_claims), Some(doc_frames)) = (docs.get(d), claims.get_mut(d), frames.get_mut(d))
        else {
            continue;
        };
        if doc_frames.is_empty() {
            *doc_frames = crate::frame::frames_of(doc, doc_claims);
        }
    }
    (claims, frames)
}

/// How many claims of each document repeat, word for word, a claim of the
/// original it is aligned with.
fn repeated_claims(claims: &[Vec<Claim>], copies: &Copies) -> Vec<usize> {
    let mut repeated: Vec<Vec<bool>> = claims.iter().map(|c| vec![false; c.len()]).collect();
    for a in copies.aligned.iter().filter(|a| a.how == pair::Alignment::Same) {
        if let Some(slot) = repeated.get_mut(a.copy.0).and_then(|d| d.get_mut(a.copy.1)) {
            *slot = true;
        }
    }
    repeated.iter().map(|d| d.iter().filter(|&&r| r).count()).collect()
}

/// Check `docs` against `rules`: the whole pipeline after reading.
pub fn check(docs: Vec<Document>, rules: &[Rule]) -> Report {
    check_with(docs, rules, &Options::default())
}

/// [`check`] with options (drafts against sources).
pub fn check_with(docs: Vec<Document>, rules: &[Rule], options: &Options) -> Report {
    let claims = extract_claims(&docs);
    check_claims(docs, claims, rules, options)
}

/// Check documents whose claims are already extracted, not yet framed
/// ([`extract_claims`]): the copies are found first, then the frames
/// pairing needs are read ([`frames_beyond_copies`]).
pub fn check_claims(docs: Vec<Document>, mut claims: Vec<Vec<Claim>>, rules: &[Rule], options: &Options) -> Report {
    let copies = pair::copies::find(&docs, &claims);
    let frames = frames_beyond_copies(&docs, &mut claims, &copies);
    check_paired(docs, claims, frames, copies, rules, options)
}

/// Check documents whose claims and frames are already read.
pub fn check_framed(
    docs: Vec<Document>,
    claims: Vec<Vec<Claim>>,
    frames: Vec<Vec<Frame>>,
    rules: &[Rule],
    options: &Options,
) -> Report {
    let copies = pair::copies::find(&docs, &claims);
    check_paired(docs, claims, frames, copies, rules, options)
}

/// The checks, from the documents' claims, frames and copies.
fn check_paired(
    docs: Vec<Document>,
    claims: Vec<Vec<Claim>>,
    frames: Vec<Vec<Frame>>,
    copies: Copies,
    rules: &[Rule],
    options: &Options,
) -> Report {
    let pairing = pair::pair_with_copies(&docs, &claims, &frames, rules, &options.focus, copies);
    let cx = Context { docs: &docs, claims: &claims, frames: &frames, pairing: &pairing, rules, options };
    let mut conflicts = figures::conflicts(&cx);
    conflicts.extend(copies::conflicts(&cx));
    conflicts.extend(parts::conflicts(&cx));
    conflicts.extend(single_claim_conflicts(&cx));
    let mut conflicts = without_counts_of_tallies(conflicts, &claims);
    let start = |r: &ClaimRef| claims.get(r.doc).and_then(|c| c.get(r.claim)).map_or(0, |c| c.span.start);
    conflicts.sort_by_key(|c| c.claims.first().map(|r| (r.doc, start(r))));
    let compared = pairing.compared.iter().flatten().filter(|&&c| c).count();
    let base = Summary {
        documents: docs.len(),
        claims: claims.iter().map(Vec::len).sum(),
        compared: compared + single_checked(&claims, rules),
        ..Summary::default()
    };
    let summary = summarize(base, &conflicts);
    let (claims, frames) = frame_cited_copies(&docs, claims, frames, &conflicts);
    let duplicate_of = pairing.copies.copy_of.clone();
    Report { documents: docs, claims, frames, duplicate_of, conflicts, summary, notes: Vec::new() }
}

/// `conflicts` without those a tally's conflict tells already: the votes
/// for or against of "28 votes to 18" and "27 votes to 19" disagree inside
/// the two tallies that disagree ("28-18 vs 27-19"), which say it whole.
fn without_counts_of_tallies(conflicts: Vec<Conflict>, claims: &[Vec<Claim>]) -> Vec<Conflict> {
    let claim = |r: &ClaimRef| claims.get(r.doc).and_then(|c| c.get(r.claim));
    let tallies: Vec<&Conflict> = conflicts
        .iter()
        .filter(|c| c.claims.iter().all(|r| claim(r).is_some_and(|x| x.derived && x.kind == ClaimKind::Score)))
        .collect();
    let inside = |r: &ClaimRef, tally: &Conflict| {
        tally.claims.iter().any(|t| {
            t.doc == r.doc && matches!((claim(t), claim(r)), (Some(x), Some(y)) if x.span.start <= y.span.start && y.span.end <= x.span.end)
        })
    };
    let told = |c: &Conflict| tallies.iter().any(|t| !std::ptr::eq(*t, c) && c.claims.iter().all(|r| inside(r, t)));
    let keep: Vec<bool> = conflicts.iter().map(|c| !told(c)).collect();
    conflicts.into_iter().zip(keep).filter_map(|(c, k)| k.then_some(c)).collect()
}

/// Conflicts of the one-claim checks (weekday and impossible date), once
/// per claim that copies repeat.
fn single_claim_conflicts(cx: &Context<'_>) -> Vec<Conflict> {
    let mut out = Vec::new();
    let repeated: crate::hash::FastMap<(usize, usize), ()> =
        cx.pairing.copies.aligned.iter().filter(|a| a.how == pair::Alignment::Same).map(|a| (a.copy, ())).collect();
    for rule in cx.rules {
        let test: fn(&Claim) -> Option<String> = match rule.check {
            CheckKind::WeekdayDate => single::weekday_mismatch,
            CheckKind::ImpossibleDate => single::impossible,
            _ => continue,
        };
        for (d, doc_claims) in cx.claims.iter().enumerate() {
            for (c, claim) in doc_claims.iter().enumerate().filter(|(_, c)| rule.covers(c.kind)) {
                let Some(message) = test(claim) else { continue };
                if !repeated.contains_key(&(d, c)) {
                    out.push(Conflict {
                        rule: rule.id.clone(),
                        severity: rule.effective_severity(),
                        message,
                        subject: claim.subject.clone(),
                        claims: vec![ClaimRef { doc: d, claim: c }],
                        omitted: 0,
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

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::rules::LoadedRules;

    /// The rules of the conflicts between two reports of one vote whose
    /// tallies are `first` and `second`.
    fn rules_of(first: &str, second: &str) -> Vec<String> {
        let text = |tally: &str| {
            format!(
                "March 4, 2026\n\nHarwell's council approved the £240 million Eastgate tram line on Tuesday by {tally}, \
                 after a debate of five hours in the Guildhall.\n"
            )
        };
        let docs = vec![Document::new("a.txt", text(first), None), Document::new("b.txt", text(second), None)];
        let report = super::check(docs, &LoadedRules::builtin().unwrap().rules);
        report.conflicts.iter().map(|c| c.rule.clone()).collect()
    }

    /// The syndicated-copy fixture's agency report, a copy that repeats it
    /// word for word under another headline and byline (its teasers, which
    /// tell figures of their own, left out), and a copy of that copy with
    /// the stake changed.
    fn copies_of_one_report() -> Vec<Document> {
        let agency = include_str!("../../fixtures/syndicated-copy/a-agency.txt");
        let syndicated = include_str!("../../fixtures/syndicated-copy/b-syndicated.txt");
        let copy: String =
            syndicated.lines().filter(|l| !l.starts_with("Read more:")).map(|l| format!("{l}\n")).collect();
        let altered = copy.replace("a 12% stake", "a 21% stake");
        vec![
            Document::new("a.txt", agency, None),
            Document::new("b.txt", copy, None),
            Document::new("c.txt", altered, None),
        ]
    }

    /// A copy that repeats its original at every claim pairs nothing of its
    /// own: its frames are not read. The copy that changed a figure is read.
    #[test]
    fn a_copy_that_repeats_every_claim_reads_no_frame() {
        let docs = copies_of_one_report();
        let mut claims = super::extract_claims(&docs);
        let copies = crate::pair::copies::find(&docs, &claims);
        let frames = super::frames_beyond_copies(&docs, &mut claims, &copies);
        let framed: Vec<bool> = frames.iter().map(|f| !f.is_empty()).collect();
        assert_eq!(framed, [true, false, true]);
        assert_eq!(frames[2].len(), claims[2].len());
    }

    /// A copy left unframed is framed when a conflict cites it: here the
    /// copy the altered copy changed, so that the report shows both sides
    /// with their frames.
    #[test]
    fn a_cited_copy_shows_its_frames() {
        let report = super::check(copies_of_one_report(), &LoadedRules::builtin().unwrap().rules);
        let cited: Vec<(String, usize)> =
            report.conflicts.iter().flat_map(|c| c.claims.iter().map(|r| (c.rule.clone(), r.doc))).collect();
        assert_eq!(cited, [("copy-altered".to_string(), 1), ("copy-altered".to_string(), 2)]);
        for conflict in &report.conflicts {
            for r in &conflict.claims {
                assert!(
                    report.frames[r.doc].get(r.claim).is_some(),
                    "claim {} of document {} has no frame",
                    r.claim,
                    r.doc
                );
            }
        }
    }

    /// Two tallies in words that disagree are one conflict, of their
    /// scores: the votes for and against inside them say no more.
    #[test]
    fn a_tally_in_words_is_one_conflict() {
        assert_eq!(rules_of("28 votes to 18", "27 votes to 19"), ["score-tally"]);
        assert_eq!(rules_of("28 votes to 18", "28 votes to 18"), Vec::<String>::new());
    }
}
