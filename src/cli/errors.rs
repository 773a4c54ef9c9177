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

/// A rule file that could not be used.
#[derive(Debug, Diagnostic, Error)]
#[error("invalid rule file {path}: {message}")]
#[diagnostic(code(factlint::rule_file), help("see `factlint explain casualty-count` and rules/*.toml for the format"))]
pub struct RuleFileError {
    /// The file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// The file's text.
    #[source_code]
    pub source_code: NamedSource<String>,
    /// Where.
    #[label("here")]
    pub span: Option<SourceSpan>,
}

impl From<RuleError> for RuleFileError {
    fn from(e: RuleError) -> Self {
        RuleFileError {
            span: e.span.map(|s| SourceSpan::new(s.start.into(), s.len())),
            source_code: NamedSource::new(e.path.clone(), e.text),
            path: e.path,
            message: e.message,
        }
    }
}

/// A rule id that is not known.
#[derive(Debug, Diagnostic, Error)]
#[error("unknown rule `{0}`")]
#[diagnostic(code(factlint::unknown_rule), help("`factlint rules` lists the rules in force"))]
pub struct UnknownRule(pub String);

/// A configuration file that could not be used.
#[derive(Debug, Diagnostic, Error)]
#[error("invalid configuration {path}: {message}")]
#[diagnostic(code(factlint::config), help("see the README for the keys of factlint.toml"))]
pub struct ConfigFileError {
    /// The file.
    pub path: String,
    /// What is wrong.
    pub message: String,
    /// The file's text.
    #[source_code]
    pub source_code: NamedSource<String>,
    /// Where.
    #[label("here")]
    pub span: Option<SourceSpan>,
}

impl From<factlint::config::ConfigError> for ConfigFileError {
    fn from(e: factlint::config::ConfigError) -> Self {
        ConfigFileError {
            span: e.span.map(|s| SourceSpan::new(s.start.into(), s.len())),
            source_code: NamedSource::new(e.path.clone(), e.text),
            path: e.path,
            message: e.message,
        }
    }
}

/// A run that cannot be done as asked.
#[derive(Debug, Diagnostic, Error)]
#[error("{0}")]
#[diagnostic(code(factlint::usage), help("`factlint check --help` lists the options"))]
pub struct UsageError(pub String);
