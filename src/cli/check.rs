//! `factlint check`: configuration, documents, rules, the check, then
//! suppressions, baseline and severity filters, and the output.

use factlint::baseline::Baseline;
use factlint::config::{self, FailOn as ConfigFailOn, Loaded};
use factlint::report::{github, human, json, sarif, Note, Report};
use factlint::rules::{LoadedRules, Rule, Severity};
use factlint::{checks, suppress, Document};

use super::args::{CheckArgs, CheckFormat, FailOn, MinSeverity};
use super::errors::{FileError, UsageError};
use super::output::{emit, fail, read_documents, use_color, write_atomically};
use super::ExitStatus;

/// Run `factlint check`.
pub fn run(a: CheckArgs) -> ExitStatus {
    let loaded = match load_config(a.config.as_deref()) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let rules = match load_rules(&a, &loaded) {
        Ok(r) => r,
        Err(status) => return status,
    };
    let paths: Vec<String> = if a.paths.is_empty() {
        loaded.config.paths.iter().map(|p| loaded.resolve(p)).collect()
    } else {
        a.paths.clone()
    };
    if paths.is_empty() {
        return fail(UsageError("no PATH given and no `paths` in factlint.toml".into()));
    }
    let reference = a.reference_date.or(loaded.config.reference());
    let (drafts, draft_errors) = read_documents(&paths, reference, &loaded);
    let (sources, source_errors) = read_documents(&a.against, reference, &loaded);
    let unreadable = !draft_errors.is_empty() || !source_errors.is_empty();
    if drafts.is_empty() && sources.is_empty() && unreadable {
        return ExitStatus::Failed;
    }
    let draft_count = drafts.len();
    let docs: Vec<Document> = drafts.into_iter().chain(sources).collect();
    let progress = super::output::Progress::new(docs.len());
    progress.update("checking", docs.len());
    let options = checks::Options { focus: if a.against.is_empty() { Vec::new() } else { (0..draft_count).collect() } };
    let mut report = checks::check_with(docs, &rules, &options);
    progress.finish();
    if !a.against.is_empty() {
        report.focus_on(&(0..draft_count).collect::<Vec<_>>());
    }
    let unused = suppress::apply(&mut report);
    if a.report_unused_suppressions {
        report.notes.extend(unused.into_iter().map(|u| Note {
            code: "unused-suppression",
            severity: Severity::Warning,
            at: Some((u.doc, u.comment)),
            message: "this suppression comment suppresses nothing".into(),
        }));
    }
    if let Some(path) = &a.write_baseline {
        if let Err(e) = write_atomically(path, &Baseline::of(&report).to_json()) {
            return fail(UsageError(format!("cannot write baseline {path}: {e}")));
        }
    }
    if let Some(path) = &a.baseline {
        match read_baseline(path) {
            Ok(baseline) => apply_baseline(&mut report, &baseline),
            Err(status) => return status,
        }
    }
    report.retain_at_least(min_severity(a.min_severity, &loaded));
    let out = render(&report, &rules, a.format);
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

/// The configuration named, or the nearest one, or none.
fn load_config(explicit: Option<&str>) -> Result<Loaded, ExitStatus> {
    let path = match explicit {
        Some(p) => Some(std::path::PathBuf::from(p)),
        None => std::env::current_dir().ok().and_then(|d| config::discover(&d)),
    };
    match path {
        None => Ok(Loaded::default()),
        Some(p) => config::load(&p).map_err(|e| fail(FileError::from(e))),
    }
}

/// Built-in rules, the configuration's rule directories and `--rules`,
/// with the configuration's changes applied.
fn load_rules(a: &CheckArgs, loaded: &Loaded) -> Result<Vec<Rule>, ExitStatus> {
    let dirs: Vec<String> =
        loaded.config.rules.iter().map(|d| loaded.resolve(d)).chain(a.rules.iter().cloned()).collect();
    let mut rules = LoadedRules::with_dirs(&dirs).map_err(|e| fail(FileError::from(e)))?.rules;
    loaded.apply(&mut rules).map_err(|e| fail(FileError::from(e)))?;
    Ok(rules)
}

/// Read a baseline file.
fn read_baseline(path: &str) -> Result<Baseline, ExitStatus> {
    let text =
        std::fs::read_to_string(path).map_err(|e| fail(UsageError(format!("cannot read baseline {path}: {e}"))))?;
    serde_json::from_str(&text)
        .map_err(|e| fail(UsageError(format!("baseline {path} is not a factlint baseline: {e}"))))
}

/// Drop baselined conflicts; note the stale entries.
fn apply_baseline(report: &mut Report, baseline: &Baseline) {
    for entry in baseline.apply(report) {
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

/// The output text in the chosen format.
fn render(report: &Report, rules: &[Rule], format: CheckFormat) -> String {
    match format {
        CheckFormat::Human => human::render_check(report, use_color()),
        CheckFormat::Json => json::check_json(report) + "\n",
        CheckFormat::Sarif => format!("{:#}\n", sarif::sarif(report, rules)),
        CheckFormat::Github => github::annotations(report),
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
