//! Command-line arguments (clap). Only this module knows clap.

use clap::{Parser, Subcommand, ValueEnum};

/// factlint: find numeric and temporal claims that contradict each other
/// across several reports of the same story.
#[derive(Debug, Parser)]
#[command(
    name = "factlint",
    version,
    about,
    long_about = "factlint reads several reports of one story (text, Markdown, HTML), extracts every \
numeric and temporal claim with its exact source span, and reports the claims that contradict each \
other. Configuration is read from the nearest factlint.toml (see the README).",
    after_help = "Exit status: 0 nothing at or above --fail-on, 1 conflicts at or above it, 2 the run \
could not be done (unreadable input, malformed rule or configuration file, bad arguments)."
)]
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
    /// List every rule, whether the configuration turns it on, and its severity.
    Rules(RulesArgs),
    /// Print what a rule checks, why, and an example.
    Explain(ExplainArgs),
    /// Run the example clusters of rule files (built-in, or the rule files in DIR) and report the ones that fail.
    TestRules(TestRulesArgs),
    /// Run the language server on standard input and output.
    Lsp(LspArgs),
    /// Print a shell completion script (bash, elvish, fish, powershell, zsh) to standard output.
    Completions(CompletionsArgs),
    /// Print the manual page (roff) to standard output, e.g. `factlint man > factlint.1`.
    Man,
}

/// `factlint lsp`.
#[derive(Debug, clap::Args)]
pub struct LspArgs {
    /// Accepted for editors that pass it; stdio is the only transport.
    #[arg(long)]
    pub stdio: bool,
}

/// `factlint completions`.
#[derive(Debug, clap::Args)]
pub struct CompletionsArgs {
    /// The shell to complete for.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// How input files are found and named.
#[derive(Debug, clap::Args)]
pub struct WalkArgs {
    /// Read files that .gitignore, .ignore or .git/info/exclude leave out,
    /// and hidden files and folders [default: they are skipped].
    #[arg(long)]
    pub no_ignore: bool,
    /// The name of standard input (`-`) in the output; its extension says
    /// its format (.md, .markdown, .html, .htm, else text) [default: <stdin>, read as text].
    #[arg(long, value_name = "NAME")]
    pub stdin_filename: Option<String>,
}

/// Rule ids turned on and off on the command line.
#[derive(Debug, clap::Args)]
pub struct SelectArgs {
    /// Turn on only these rules (comma-separated or repeated); replaces
    /// `select` of factlint.toml [default: every rule].
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub select: Option<Vec<String>>,
    /// Turn these rules off (comma-separated or repeated), besides the
    /// `ignore` of factlint.toml.
    #[arg(long, value_name = "RULE", value_delimiter = ',')]
    pub ignore: Vec<String>,
}

/// `factlint check`.
#[derive(Debug, clap::Args)]
#[command(
    after_help = "Exit status: 0 nothing at or above --fail-on, 1 conflicts at or above it, 2 the run could not be done."
)]
pub struct CheckArgs {
    /// Files, folders (searched recursively for .txt, .md, .markdown, .html,
    /// .htm) or `-` for standard input [default: `paths` of factlint.toml].
    #[arg(value_name = "PATH")]
    pub paths: Vec<String>,
    /// Check the PATHs (drafts) against these sources (repeatable): only
    /// conflicts that involve a draft are reported at their severity;
    /// disagreements among the sources are shown once, at info
    /// [default: `sources` of factlint.toml].
    #[arg(long, value_name = "PATH")]
    pub against: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that state none
    /// [default: `reference-date` of factlint.toml].
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<chrono::NaiveDate>,
    /// Output format (docs/output-formats.md describes each).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Load the rule files in DIR as well as the built-in ones (repeatable);
    /// a rule with a built-in's id replaces it.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
    /// Rules on and off.
    #[command(flatten)]
    pub selection: SelectArgs,
    /// Exit 1 when a conflict at or above this severity is found
    /// [default: `fail-on` of factlint.toml, else error].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Report only conflicts at or above this severity
    /// [default: `min-severity` of factlint.toml, else info].
    #[arg(long, value_enum)]
    pub min_severity: Option<MinSeverity>,
    /// Use this configuration file [default: the nearest factlint.toml at or
    /// above the working directory].
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// Report only conflicts not recorded in this baseline file; entries that
    /// match nothing are reported as stale.
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<String>,
    /// Record today's conflicts in FILE (written atomically), for --baseline.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<String>,
    /// Also report suppression comments that suppress nothing.
    #[arg(long)]
    pub report_unused_suppressions: bool,
    /// When to colour the human report.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,
    /// Check the claims in FILE, the output of `factlint extract --format
    /// jsonl`, instead of extracting them again (the map step of an archive
    /// audit run elsewhere). The documents' texts are still re-read, from
    /// the PATHs (or, with none, from the paths in FILE, as they were given
    /// to extract, relative to the working folder): pairing needs their
    /// words for context and copies, and frames are read again from them;
    /// a file that no longer gives its claims is an error. Give the same
    /// PATHs as to extract: a document with no line in FILE has no claims.
    #[arg(long, value_name = "FILE.jsonl")]
    pub claims: Option<String>,
    /// How inputs are found.
    #[command(flatten)]
    pub walk: WalkArgs,
}

/// When to colour the output.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set (non-empty); FORCE_COLOR or
    /// CLICOLOR_FORCE (set and not 0) force it.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// `factlint extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Files, folders (searched recursively for .txt, .md, .markdown, .html,
    /// .htm) or `-` for standard input.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<String>,
    /// Publication date (YYYY-MM-DD) for documents that state none.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub reference_date: Option<chrono::NaiveDate>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = ExtractFormat::Human)]
    pub format: ExtractFormat,
    /// Use this configuration file for `exclude` [default: the nearest
    /// factlint.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
    /// How inputs are found.
    #[command(flatten)]
    pub walk: WalkArgs,
}

/// `factlint rules`.
#[derive(Debug, clap::Args)]
pub struct RulesArgs {
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
    /// Rules on and off.
    #[command(flatten)]
    pub selection: SelectArgs,
    /// Use this configuration file [default: the nearest factlint.toml].
    #[arg(long, value_name = "FILE")]
    pub config: Option<String>,
}

/// `factlint explain`.
#[derive(Debug, clap::Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. casualty-count (`factlint rules` lists them).
    pub rule: String,
    /// Load the rule files in DIR as well as the built-in ones (repeatable).
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<String>,
}

/// `factlint test-rules`.
#[derive(Debug, clap::Args)]
#[command(after_help = "Exit status: 0 every example holds, 1 one fails, 2 a rule file cannot be read.")]
pub struct TestRulesArgs {
    /// Folders of rule files (TOML) whose examples are run, with the built-in
    /// rules in force beside them [default: the built-in rules' examples].
    #[arg(value_name = "DIR")]
    pub dirs: Vec<String>,
}

/// Output formats of `check`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    /// A block per conflict with every side of it, and a coverage line.
    Human,
    /// The JSON contract.
    Json,
    /// JSON Lines: a conflict or note per line, then the summary.
    Jsonl,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// GitHub Actions workflow commands (and a step summary).
    Github,
    /// GitLab Code Quality (a JSON array of issues).
    Gitlab,
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
