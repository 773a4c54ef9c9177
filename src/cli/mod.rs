//! The command line: parse arguments, run the library, write the output,
//! and map the outcome to an exit status. Only wiring lives here.

pub mod args;
pub mod check;
pub mod errors;
pub mod output;

use clap::Parser;

use args::{Cli, Command, ExtractArgs, ExtractFormat};
use errors::{RuleFileError, UnknownRule};
use factlint::checks;
use factlint::config::Loaded;
use factlint::report::{human, json};
use factlint::rules::LoadedRules;
use output::{emit, fail, read_documents};

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
        Command::Check(a) => check::run(a),
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
        Command::Lsp(_) => match factlint::lsp::run_stdio() {
            Ok(()) => ExitStatus::Clean,
            Err(e) => fail(errors::UsageError(format!("language server: {e}"))),
        },
    }
}

/// Load the rules, or report the bad rule file.
fn with_rules(dirs: &[String], then: impl FnOnce(&LoadedRules) -> ExitStatus) -> ExitStatus {
    match LoadedRules::with_dirs(dirs) {
        Ok(rules) => then(&rules),
        Err(e) => fail(RuleFileError::from(e)),
    }
}

/// `factlint extract`.
fn extract(a: ExtractArgs) -> ExitStatus {
    let (docs, errors) = read_documents(&a.input.paths, a.input.reference_date, &Loaded::default());
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
