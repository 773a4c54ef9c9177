//! The errors that stop a run (exit 2), as miette diagnostics that name the
//! file and point at the span.

use miette::{Diagnostic, NamedSource, SourceSpan};
use thiserror::Error;

use factlint::document::load::LoadError;
use factlint::rules::RuleError;

/// An input that could not be read.
#[derive(Debug, Diagnostic, Error)]
#[error("cannot read {path}: {reason}")]
#[diagnostic(code(factlint::input), help("factlint reads UTF-8 text, Markdown and HTML files up to 64 MiB"))]
pub struct InputError {
    /// The file.
    pub path: String,
    /// Why.
    pub reason: String,
}

impl From<&LoadError> for InputError {
    fn from(e: &LoadError) -> Self {
        InputError { path: e.path.clone(), reason: e.reason.clone() }
    }
}

/// A rule file or configuration file that could not be used, pointing at
/// the place in it.
#[derive(Debug, Diagnostic, Error)]
#[error("invalid {what} {path}: {message}")]
#[diagnostic(code(factlint::file))]
pub struct FileError {
    /// "rule file" or "configuration".
    pub what: &'static str,
    /// The file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// Where to look for the format.
    #[help]
    pub help: &'static str,
    /// The file's text.
    #[source_code]
    pub source_code: NamedSource<String>,
    /// Where.
    #[label("here")]
    pub span: Option<SourceSpan>,
}

impl FileError {
    fn new(
        what: &'static str,
        help: &'static str,
        path: String,
        text: String,
        message: String,
        span: Option<factlint::span::Span>,
    ) -> Self {
        FileError {
            what,
            help,
            span: span.map(|s| SourceSpan::new(s.start.into(), s.len())),
            source_code: NamedSource::new(path.clone(), text),
            path,
            message,
        }
    }
}

impl From<RuleError> for FileError {
    fn from(e: RuleError) -> Self {
        FileError::new(
            "rule file",
            "see `factlint explain casualty-count` and rules/*.toml for the format",
            e.path,
            e.text,
            e.message,
            e.span,
        )
    }
}

impl From<factlint::config::ConfigError> for FileError {
    fn from(e: factlint::config::ConfigError) -> Self {
        FileError::new(
            "configuration",
            "see the README for the keys of factlint.toml",
            e.path,
            e.text,
            e.message,
            e.span,
        )
    }
}

/// A rule id that is not known.
#[derive(Debug, Diagnostic, Error)]
#[error("unknown rule `{0}`")]
#[diagnostic(code(factlint::unknown_rule), help("`factlint rules` lists the rules in force"))]
pub struct UnknownRule(pub String);

/// A run that cannot be done as asked.
#[derive(Debug, Diagnostic, Error)]
#[error("{0}")]
#[diagnostic(code(factlint::usage), help("`factlint check --help` lists the options"))]
pub struct UsageError(pub String);
