//! `factlint check`: configuration, documents, rules, then the library's
//! pipeline (check, focus, suppressions, baseline, severity floor), and the
//! output.

use factlint::baseline::Baseline;
use factlint::config::{FailOn as ConfigFailOn, Loaded};
use factlint::pipeline::{self, Options, Read};
use factlint::report::claim_lines::{self, ClaimLine};
use factlint::report::{github, gitlab, human, json, sarif, Report};
use factlint::rules::{Rule, Severity};
use factlint::Document;

use super::args::{CheckArgs, CheckFormat, ColorChoice, FailOn, MinSeverity};
use super::errors::UsageError;
use super::output::{emit, fail, read_documents, use_color, write_atomically, Progress};
use super::{load_config, load_rules, walk, ExitStatus};

/// Run `factlint check`.
pub fn run(a: CheckArgs) -> ExitStatus {
    let loaded = match load_config(a.config.as_deref()) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let (rules, known) = match load_rules(&a.rules, &a.selection, &loaded) {
        Ok(r) => r,
        Err(status) => return status,
    };
    let lines = match a.claims.as_deref().map(read_claim_lines).transpose() {
        Ok(l) => l,
        Err(status) => return status,
    };
    let paths: Vec<String> = match &lines {
        _ if !a.paths.is_empty() => a.paths.clone(),
        Some(lines) => lines.iter().map(|(path, _)| path.clone()).collect(),
        None => loaded.config.paths.iter().map(|p| loaded.resolve(p)).collect(),
    };
    if paths.is_empty() {
        return fail(UsageError("no PATH given and no `paths` in factlint.toml".into()));
    }
    let against: Vec<String> = if a.against.is_empty() {
        loaded.config.sources.iter().map(|p| loaded.resolve(p)).collect()
    } else {
        a.against.clone()
    };
    let walk = walk(&a.walk, &loaded);
    let reference = a.reference_date.or(loaded.config.reference());
    let progress = Progress::new("reading", 0);
    let (drafts, draft_errors) = read_documents(&walk, &paths, reference, &progress);
    let (sources, source_errors) = read_documents(&walk, &against, reference, &progress);
    let unreadable = !draft_errors.is_empty() || !source_errors.is_empty();
    if drafts.is_empty() && sources.is_empty() && unreadable {
        return ExitStatus::Failed;
    }
    // A draft that is also among the sources is read once, as a draft.
    let sources: Vec<Document> = sources.into_iter().filter(|s| !drafts.iter().any(|d| same_file(d, s))).collect();
    let draft_count = drafts.len();
    let focused = !against.is_empty();
    let docs: Vec<Document> = drafts.into_iter().chain(sources).collect();
    let baseline = match a.baseline.as_deref().map(read_baseline).transpose() {
        Ok(b) => b,
        Err(status) => return status,
    };
    let options = Options {
        drafts: focused.then_some(draft_count),
        report_unused_suppressions: a.report_unused_suppressions,
        baseline: baseline.as_ref(),
        record_baseline: a.write_baseline.is_some(),
        min_severity: min_severity(a.min_severity, &loaded),
        ..Options::new(&rules, &known)
    };
    progress.stage("claims", docs.len());
    let read = match lines {
        None => {
            use rayon::prelude::*;
            Read::Claims(
                docs.par_iter()
                    .map(|d| {
                        let claims = factlint::extract::extract(d);
                        progress.inc(1);
                        claims
                    })
                    .collect(),
            )
        }
        Some(lines) => match claims_from_lines(&docs, lines, &progress) {
            Ok(framed) => Read::Framed(framed),
            Err(status) => {
                progress.finish();
                return status;
            }
        },
    };
    progress.spin("frames and pairing");
    let outcome = pipeline::run_check(docs, read, &options);
    progress.finish();
    if let (Some(path), Some(recorded)) = (&a.write_baseline, &outcome.baseline) {
        if let Err(e) = write_atomically(path, &recorded.to_json()) {
            return fail(UsageError(format!("cannot write baseline {path}: {e}")));
        }
    }
    let report = outcome.report;
    let out = render(&report, &rules, a.format, a.color);
    if a.format == CheckFormat::Github {
        append_step_summary(&report);
    }
    if emit(&out) == ExitStatus::Failed || unreadable {
        return ExitStatus::Failed;
    }
    let status = exit_status(&report, fail_on(a.fail_on, &loaded));
    // The process ends here: freeing every document, claim and string one by
    // one would only delay the exit (the system takes the memory back whole).
    std::mem::forget(report);
    status
}

/// The lines of `extract --format jsonl` output in `path`, by document.
fn read_claim_lines(path: &str) -> Result<Vec<(String, Vec<ClaimLine>)>, ExitStatus> {
    let text =
        std::fs::read_to_string(path).map_err(|e| fail(UsageError(format!("cannot read claims {path}: {e}"))))?;
    claim_lines::read_lines(&text).map_err(|e| fail(UsageError(format!("claims {path}: {e}"))))
}

/// Each document's claims and frames, from its lines (none for a
/// document with no line).
fn claims_from_lines(
    docs: &[Document],
    lines: Vec<(String, Vec<ClaimLine>)>,
    progress: &Progress,
) -> Result<pipeline::Framed, ExitStatus> {
    use rayon::prelude::*;
    let mut by_path: std::collections::HashMap<String, Vec<ClaimLine>> = lines.into_iter().collect();
    let mine: Vec<Vec<ClaimLine>> = docs.iter().map(|d| by_path.remove(&d.path).unwrap_or_default()).collect();
    for path in by_path.keys() {
        super::output::warn(&format!("claims of {path} are not checked: it is not among the documents read"));
    }
    let read: Result<Vec<_>, claim_lines::ReadError> = docs
        .par_iter()
        .zip(&mine)
        .map(|(doc, lines)| {
            let read = claim_lines::claims_of(doc, lines);
            progress.inc(1);
            read
        })
        .collect();
    match read {
        Ok(framed) => Ok(framed.into_iter().unzip()),
        Err(e) => Err(fail(UsageError(e.to_string()))),
    }
}

/// True when two documents were read from one file.
fn same_file(a: &Document, b: &Document) -> bool {
    let canonical = |d: &Document| std::fs::canonicalize(&d.path).ok();
    a.path == b.path || canonical(a).is_some_and(|p| Some(p) == canonical(b))
}

/// Read a baseline file.
fn read_baseline(path: &str) -> Result<Baseline, ExitStatus> {
    let text =
        std::fs::read_to_string(path).map_err(|e| fail(UsageError(format!("cannot read baseline {path}: {e}"))))?;
    serde_json::from_str(&text)
        .map_err(|e| fail(UsageError(format!("baseline {path} is not a factlint baseline: {e}"))))
}

/// The output text in the chosen format.
fn render(report: &Report, rules: &[Rule], format: CheckFormat, color: ColorChoice) -> String {
    match format {
        CheckFormat::Human => human::render_check(report, use_color(color)),
        CheckFormat::Json => json::check_json(report) + "\n",
        CheckFormat::Jsonl => json::check_jsonl(report),
        CheckFormat::Sarif => {
            let root = std::env::current_dir().unwrap_or_default();
            format!("{:#}\n", sarif::sarif(report, rules, &root))
        }
        CheckFormat::Github => github::annotations(report),
        CheckFormat::Gitlab => gitlab::code_quality(report) + "\n",
    }
}

/// Append the Markdown summary to `GITHUB_STEP_SUMMARY` when it is set.
fn append_step_summary(report: &Report) {
    let Some(path) = std::env::var_os("GITHUB_STEP_SUMMARY") else { return };
    use std::io::Write;
    let written = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(&path)
        .and_then(|mut f| f.write_all(github::step_summary(report).as_bytes()));
    if let Err(e) = written {
        super::output::warn(&format!("cannot append to GITHUB_STEP_SUMMARY: {e}"));
    }
}

/// `--min-severity`, else the configuration's, else info.
fn min_severity(flag: Option<MinSeverity>, loaded: &Loaded) -> Severity {
    match flag {
        Some(MinSeverity::Info) => Severity::Info,
        Some(MinSeverity::Warning) => Severity::Warning,
        Some(MinSeverity::Error) => Severity::Error,
        None => loaded.config.min_severity.unwrap_or(Severity::Info),
    }
}

/// `--fail-on`, else the configuration's, else error; `None` never fails.
fn fail_on(flag: Option<FailOn>, loaded: &Loaded) -> Option<Severity> {
    match flag {
        Some(FailOn::Error) => Some(Severity::Error),
        Some(FailOn::Warning) => Some(Severity::Warning),
        Some(FailOn::Never) => None,
        None => match loaded.config.fail_on {
            Some(ConfigFailOn::Warning) => Some(Severity::Warning),
            Some(ConfigFailOn::Never) => None,
            Some(ConfigFailOn::Error) | None => Some(Severity::Error),
        },
    }
}

/// The exit status: decided in this one place.
fn exit_status(report: &Report, threshold: Option<Severity>) -> ExitStatus {
    match (threshold, report.worst()) {
        (Some(t), Some(w)) if w >= t => ExitStatus::Conflicts,
        _ => ExitStatus::Clean,
    }
}
