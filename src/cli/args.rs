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
pub struct CheckArgs {
    /// Documents to read.
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
    /// Exit 1 when a conflict at or above this severity is found.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    /// Report only conflicts at or above this severity.
    #[arg(long, value_enum, default_value_t = MinSeverity::Info)]
    pub min_severity: MinSeverity,
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
