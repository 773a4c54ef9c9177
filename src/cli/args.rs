//! Command-line arguments (clap). Only this module knows clap.

use clap::{Parser, Subcommand, ValueEnum};

/// factlint: find numeric and temporal claims that contradict each other
/// across several reports of the same story.
#[derive(Debug, Parser)]
#[command(name = "factlint", version, about, long_about = None)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Cross-check every claim in the given documents and report conflicts.
    Check(CheckArgs),
    /// Print the claims found, without checking them.
    Extract(ExtractArgs),
    /// List the rules in force (built-in and --rules).
    Rules(RulesArgs),
    /// Print what a rule checks, why, and an example.
    Explain(ExplainArgs),
    /// Run the language server on standard input and output.
    Lsp(LspArgs),
}

/// `factlint lsp`.
#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

/// Options shared by the commands that read documents.
#[derive(Debug, clap::Args)]
pub struct InputArgs {
    /// Files, directories (searched recursively for .txt, .md, .markdown,
    /// .html, .htm) or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that state none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<chrono::NaiveDate>,
}

/// `factlint check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 nothing at or above --fail-on, 1 conflicts at or above it, 2 the run could not be done."
)]
pub struct CheckArgs {
    /// Files, directories (searched recursively for .txt, .md, .markdown,
    /// .html, .htm) or `-` for standard input; `paths` in factlint.toml when
    /// none is given.
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// Check PATHs (drafts) against these sources: only conflicts that
    /// involve a draft are reported; disagreements among the sources are
    /// shown once, at info (repeatable).
    #[arg(long, value_name = "PATH")]
    pub against: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that state none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<chrono::NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
    /// Exit 1 when a conflict at or above this severity is found [default: error].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Report only conflicts at or above this severity [default: info].
    #[arg(long, value_enum)]
    pub min_severity: Option<MinSeverity>,
    /// Use this configuration file instead of the nearest factlint.toml.
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Report only conflicts not recorded in this baseline file; entries that
    /// match nothing are reported as stale.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
    /// Record today's conflicts in FILE (written atomically).
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<String>,
    /// Report suppression comments that suppress nothing.
    #[arg(long)]
    pub report_unused_suppressions: bool,
}

/// `factlint extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Documents to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
}

/// `factlint rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
}

/// `factlint explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. casualty-count.
    pub rule: String,
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
}

/// Output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// miette's graphical report (plain when not a terminal or NO_COLOR).
    Human,
    /// The JSON contract.
    Json,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (and a step summary).
    Github,
}

/// Output formats of `extract`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// One line per claim.
    Human,
    /// The JSON contract.
    Json,
    /// One claim per line.
    Jsonl,
}

/// When the run fails.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    /// Conflicts at `error`.
    Error,
    /// Conflicts at `warning` or `error`.
    Warning,
    /// Never (exit 0 whatever is found).
    Never,
}

/// The lowest severity shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum MinSeverity {
    /// Everything.
    Info,
    /// Warnings and errors.
    Warning,
    /// Errors only.
    Error,
}

/// A `YYYY-MM-DD` date.
fn parse_date(s: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| format!("expected YYYY-MM-DD: {e}"))
}
