//! The command line: parse arguments, run the library, write the output,
//! and map the outcome to an exit status. Only wiring lives here.

pub mod args;
pub mod errors;

use std::io::{IsTerminal, Write};

use clap::Parser;

use args::{CheckArgs, CheckFormat, Cli, Command, ExtractArgs, ExtractFormat, FailOn, InputArgs, MinSeverity};
use errors::{InputError, RuleFileError, UnknownRule};
use factlint::checks;
use factlint::document::load::{load_all, LoadError};
use factlint::document::Document;
use factlint::report::{human, json};
use factlint::rules::{LoadedRules, Severity};

/// How a run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExitStatus {
    /// Nothing at or above `--fail-on`.
    Clean = 0,
    /// Conflicts at or above `--fail-on`.
    Conflicts = 1,
    /// The run could not be done.
    Failed = 2,
}

/// Run the command line and return the exit status.
pub fn run() -> ExitStatus {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return if e.use_stderr() { ExitStatus::Failed } else { ExitStatus::Clean };
        }
    };
    match cli.command {
        Command::Check(a) => check(a),
        Command::Extract(a) => extract(a),
        Command::Rules(a) => with_rules(&a.rules, |rules| {
            let mut out = String::new();
            for r in &rules.rules {
                out.push_str(&format!("{:<18} {:<8} {}\n", r.id, r.effective_severity().name(), r.title));
            }
            emit(&out)
        }),
        Command::Explain(a) => with_rules(&a.rules, |rules| match rules.get(&a.rule) {
            Some(rule) => emit(&rule.explain()),
            None => fail(UnknownRule(a.rule.clone())),
        }),
    }
}

/// Load the rules, or report the bad rule file.
fn with_rules(dirs: &[String], then: impl FnOnce(&LoadedRules) -> ExitStatus) -> ExitStatus {
    match LoadedRules::with_dirs(dirs) {
        Ok(rules) => then(&rules),
        Err(e) => fail(RuleFileError::from(e)),
    }
}

/// Print a diagnostic on stderr and return exit 2.
fn fail(diagnostic: impl miette::Diagnostic + Send + Sync + 'static) -> ExitStatus {
    eprintln!("{:?}", miette::Report::new(diagnostic));
    ExitStatus::Failed
}

/// Write the whole output at once; a closed pipe is not an error.
fn emit(text: &str) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => ExitStatus::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Clean,
        Err(_) => ExitStatus::Failed,
    }
}

/// Read the documents; unreadable inputs are reported on stderr.
fn read_documents(input: &InputArgs) -> (Vec<Document>, Vec<LoadError>) {
    let (sources, errors) = load_all(&input.paths);
    for e in &errors {
        eprintln!("{:?}", miette::Report::new(InputError::from(e)));
    }
    let docs = sources.into_iter().map(|s| Document::new(s.path, s.text, input.reference_date)).collect();
    (docs, errors)
}

/// `factlint extract`.
fn extract(a: ExtractArgs) -> ExitStatus {
    let (docs, errors) = read_documents(&a.input);
    if docs.is_empty() && !errors.is_empty() {
        return ExitStatus::Failed;
    }
    let claims = checks::extract_all(&docs);
    let out = match a.format {
        ExtractFormat::Human => human::render_extract(&docs, &claims),
        ExtractFormat::Json => format!("{:#}\n", json::extract_json(&docs, &claims)),
        ExtractFormat::Jsonl => json::extract_jsonl(&docs, &claims),
    };
    let status = emit(&out);
    if errors.is_empty() {
        status
    } else {
        ExitStatus::Failed
    }
}

/// `factlint check`.
fn check(a: CheckArgs) -> ExitStatus {
    with_rules(&a.rules, |rules| {
        let (docs, errors) = read_documents(&a.input);
        if docs.is_empty() && !errors.is_empty() {
            return ExitStatus::Failed;
        }
        let mut report = checks::check(docs, &rules.rules);
        report.retain_at_least(match a.min_severity {
            MinSeverity::Info => Severity::Info,
            MinSeverity::Warning => Severity::Warning,
            MinSeverity::Error => Severity::Error,
        });
        let out = match a.format {
            CheckFormat::Human => human::render_check(&report, use_color()),
            CheckFormat::Json => format!("{:#}\n", json::check_json(&report)),
        };
        if emit(&out) == ExitStatus::Failed || !errors.is_empty() {
            return ExitStatus::Failed;
        }
        let threshold = match a.fail_on {
            FailOn::Error => Some(Severity::Error),
            FailOn::Warning => Some(Severity::Warning),
            FailOn::Never => None,
        };
        match (threshold, report.worst()) {
            (Some(t), Some(w)) if w >= t => ExitStatus::Conflicts,
            _ => ExitStatus::Clean,
        }
    })
}

/// Colour only on a terminal, and never with NO_COLOR set.
fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
