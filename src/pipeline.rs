//! What happens to a check's report before it is shown, in one place for
//! the command line and the language server: the drafts are focused on
//! (`--against`), suppression comments are applied (and the ones that name
//! an unknown rule, or with [`Options::report_unused_suppressions`] the ones
//! that suppress nothing, are noted), a baseline is recorded and applied,
//! and conflicts below the minimum severity are dropped.
//!
//! [`run_check`] is the library's one call that runs the whole pipeline —
//! documents → claims → frames → events → conflicts → report — for the
//! command line and the language server alike (the language server passes
//! the claims and frames it keeps per open document).

use crate::baseline::Baseline;
use crate::claim::Claim;
use crate::document::Document;
use crate::frame::Frame;
use crate::report::{Note, Report};
use crate::rules::{Rule, Severity};
use crate::{checks, suppress};

/// How a check is run and filtered.
#[derive(Clone, Copy, Debug)]
pub struct Options<'a> {
    /// The rules in force.
    pub rules: &'a [Rule],
    /// Every rule id that exists, in force or not: suppression comments
    /// that name another id are noted.
    pub known_rules: &'a [String],
    /// With sources to check against: the first `n` documents are the
    /// drafts; conflicts that involve none of them are lowered to `info`.
    pub drafts: Option<usize>,
    /// Note suppression comments that suppress nothing.
    pub report_unused_suppressions: bool,
    /// Drop the conflicts this baseline records, and note its stale entries.
    pub baseline: Option<&'a Baseline>,
    /// Record the baseline of the conflicts found (after suppressions,
    /// before the baseline and the severity filter).
    pub record_baseline: bool,
    /// Drop conflicts below this severity.
    pub min_severity: Severity,
}

impl<'a> Options<'a> {
    /// Check with `rules`, every rule known, nothing else.
    pub fn new(rules: &'a [Rule], known_rules: &'a [String]) -> Self {
        Options {
            rules,
            known_rules,
            drafts: None,
            report_unused_suppressions: false,
            baseline: None,
            record_baseline: false,
            min_severity: Severity::Info,
        }
    }
}

/// The outcome of [`run_check`].
#[derive(Debug)]
pub struct Outcome {
    /// The report, filtered.
    pub report: Report,
    /// The baseline recorded, when asked for.
    pub baseline: Option<Baseline>,
}

/// Each document's claims and their frames, already read.
pub type Framed = (Vec<Vec<Claim>>, Vec<Vec<Frame>>);

/// What the caller has already read of the documents, in document order.
#[derive(Debug, Default)]
pub enum Read {
    /// Nothing: the check extracts the claims, finds the copies, then
    /// reads the frames pairing needs.
    #[default]
    Nothing,
    /// Each document's claims, not yet framed
    /// ([`checks::extract_claims`]): the check finds the copies, then
    /// reads the frames pairing needs ([`checks::frames_beyond_copies`]).
    Claims(Vec<Vec<Claim>>),
    /// Each document's claims and frames (the language server keeps them
    /// per open document; `check --claims` reads them from lines).
    Framed(Framed),
}

/// Check `docs` (with what is already read of them) and filter the report
/// as `options` say.
pub fn run_check(docs: Vec<Document>, read: Read, options: &Options<'_>) -> Outcome {
    let check_options = checks::Options { focus: options.drafts.map(|n| (0..n).collect()).unwrap_or_default() };
    let mut report = match read {
        Read::Nothing => checks::check_with(docs, options.rules, &check_options),
        Read::Claims(claims) => checks::check_claims(docs, claims, options.rules, &check_options),
        Read::Framed((claims, frames)) => checks::check_framed(docs, claims, frames, options.rules, &check_options),
    };
    if let Some(n) = options.drafts {
        report.focus_on(&(0..n).collect::<Vec<_>>());
    }
    let unknown = suppress::unknown_rules(&report, options.known_rules);
    let unused = suppress::apply(&mut report);
    for u in &unknown {
        report.notes.push(Note {
            code: "unknown-rule-in-suppression",
            severity: Severity::Warning,
            at: Some((u.doc, u.comment)),
            message: format!("this suppression comment names `{}`, which is no rule (see `factlint rules`)", u.rule),
        });
    }
    if options.report_unused_suppressions {
        // A comment already noted for its unknown rule is not noted twice.
        let noted = |doc: usize, comment| unknown.iter().any(|u| u.doc == doc && u.comment == comment);
        report.notes.extend(unused.into_iter().filter(|u| !noted(u.doc, u.comment)).map(|u| Note {
            code: "unused-suppression",
            severity: Severity::Warning,
            at: Some((u.doc, u.comment)),
            message: "this suppression comment suppresses nothing".into(),
        }));
    }
    let baseline = options.record_baseline.then(|| Baseline::of(&report));
    if let Some(b) = options.baseline {
        for entry in b.apply(&mut report) {
            report.notes.push(Note {
                code: "stale-baseline",
                severity: Severity::Info,
                at: None,
                message: format!(
                    "baseline entry {} ({}: {}) matches no conflict any more",
                    entry.fingerprint, entry.rule, entry.message
                ),
            });
        }
    }
    report.retain_at_least(options.min_severity);
    Outcome { report, baseline }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::LoadedRules;

    #[test]
    fn suppressions_unknown_rules_and_the_severity_floor() {
        let rules = LoadedRules::builtin().unwrap().rules;
        let known: Vec<String> = rules.iter().map(|r| r.id.clone()).collect();
        let docs = || {
            vec![
                Document::new("a.md", "March 10, 2025\n\n<!-- factlint-disable-next-line casualty-cuont -->\nThe quake killed 24 people in Port Alden on Monday.\n", None),
                Document::new("b.md", "March 10, 2025\n\nThe quake killed 42 people in Port Alden on Monday.\n", None),
            ]
        };
        let outcome = run_check(docs(), Read::Nothing, &Options::new(&rules, &known));
        assert_eq!(outcome.report.conflicts.len(), 1);
        assert_eq!(outcome.report.notes.len(), 1);
        assert_eq!(outcome.report.notes[0].code, "unknown-rule-in-suppression");
        assert!(outcome.report.notes[0].message.contains("casualty-cuont"));
        let options = Options { min_severity: Severity::Error, drafts: Some(0), ..Options::new(&rules, &known) };
        assert!(
            run_check(docs(), Read::Nothing, &options).report.conflicts.is_empty(),
            "focused on no draft: all info"
        );
    }
}
