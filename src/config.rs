//! `factlint.toml`: configuration as plain data. Found by walking up from the
//! working directory (or given with `--config`). Unknown keys and unknown
//! rule ids are errors that point into the file.
//!
//! ```toml
//! paths = ["stories/"]            # checked when no PATH is given
//! exclude = ["stories/archive/"]  # path prefixes never read
//! sources = ["sources/"]          # what drafts are checked against (--against, the language server)
//! rules = ["house-rules/"]        # extra rule directories
//! disable = ["event-ordinal"]     # rules turned off
//! reference-date = "2025-03-10"   # publication date for undated documents
//! fail-on = "warning"             # error | warning | never
//! min-severity = "info"           # info | warning | error
//!
//! [severity]                      # severities changed
//! people-count = "error"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::rules::load::toml_span;
use crate::rules::{Rule, Severity};
use crate::span::Span;

/// The file name looked for.
pub const FILE_NAME: &str = "factlint.toml";

/// When a run fails.
#[derive(Clone, Copy, Debug, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// On conflicts at `error`.
    Error,
    /// On conflicts at `warning` or above.
    Warning,
    /// Never.
    Never,
}

/// The contents of `factlint.toml`.
#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Paths checked when the command line names none.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Path prefixes never read.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Source folders drafts are checked against.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Extra rule directories.
    #[serde(default)]
    pub rules: Vec<String>,
    /// Rule ids turned off.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severities changed, by rule id.
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    /// The publication date for undated documents, `YYYY-MM-DD` (quoted).
    pub reference_date: Option<String>,
    /// When the run fails.
    pub fail_on: Option<FailOn>,
    /// The lowest severity shown.
    pub min_severity: Option<Severity>,
}

/// A configuration file that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// The file.
    pub path: String,
    /// Its text.
    pub text: String,
    /// What is wrong.
    pub message: String,
    /// Where, when known.
    pub span: Option<Span>,
}

/// A configuration with where it came from.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The settings.
    pub config: Config,
    /// The file, if one was found.
    pub path: Option<PathBuf>,
    /// Its text.
    pub text: String,
}

/// The nearest `factlint.toml` at or above `start`.
pub fn discover(start: &Path) -> Option<PathBuf> {
    start.ancestors().map(|d| d.join(FILE_NAME)).find(|p| p.is_file())
}

/// Parse a configuration text.
pub fn parse(path: &str, text: &str) -> Result<Config, ConfigError> {
    let error =
        |message: String, span: Option<Span>| ConfigError { path: path.into(), text: text.into(), message, span };
    let config: Config = toml::from_str(text)
        .map_err(|e| error(e.message().to_string(), e.span().map(|r| Span::new(r.start, r.end.max(r.start)))))?;
    if let Some(d) = &config.reference_date {
        if chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").is_err() {
            return Err(error(format!("reference-date `{d}` is not a YYYY-MM-DD date"), toml_span(text, d)));
        }
    }
    Ok(config)
}

/// Read the configuration at `path`.
pub fn load(path: &Path) -> Result<Loaded, ConfigError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: shown.clone(),
        text: String::new(),
        message: format!("cannot read: {e}"),
        span: None,
    })?;
    let config = parse(&shown, &text)?;
    Ok(Loaded { config, path: Some(path.to_path_buf()), text })
}

impl Config {
    /// The reference date, parsed (validated by [`parse`]).
    pub fn reference(&self) -> Option<chrono::NaiveDate> {
        self.reference_date.as_deref().and_then(|d| chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").ok())
    }
}

impl Loaded {
    /// The directory paths in the file are relative to.
    pub fn base(&self) -> PathBuf {
        self.path.as_ref().and_then(|p| p.parent()).map(Path::to_path_buf).unwrap_or_default()
    }

    /// A path from the file, resolved against its directory.
    pub fn resolve(&self, p: &str) -> String {
        let base = self.base();
        if Path::new(p).is_absolute() || base.as_os_str().is_empty() {
            p.to_string()
        } else {
            base.join(p).display().to_string()
        }
    }

    /// True when `path` falls under an excluded prefix.
    pub fn excluded(&self, path: &str) -> bool {
        let clean = |p: &str| p.trim_start_matches("./").to_string();
        self.config
            .exclude
            .iter()
            .any(|e| clean(path).starts_with(&clean(&self.resolve(e))) || clean(path).starts_with(&clean(e)))
    }

    /// Turn rules off and change severities; an unknown rule id is an error
    /// pointing at it in the file.
    pub fn apply(&self, rules: &mut Vec<Rule>) -> Result<(), ConfigError> {
        let known = |id: &str| rules.iter().any(|r| r.id == id);
        let ids = self.config.disable.iter().chain(self.config.severity.keys());
        if let Some(bad) = ids.into_iter().find(|id| !known(id)) {
            return Err(ConfigError {
                path: self.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
                text: self.text.clone(),
                message: format!("unknown rule id `{bad}` (see `factlint rules`)"),
                span: toml_span(&self.text, bad),
            });
        }
        rules.retain(|r| !self.config.disable.contains(&r.id));
        for rule in rules.iter_mut() {
            if let Some(&s) = self.config.severity.get(&rule.id) {
                rule.severity = s;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::LoadedRules;

    #[test]
    fn unknown_keys_point_into_the_file() {
        let err = parse("f.toml", "paths = []\ncolour = true\n").unwrap_err();
        assert!(err.message.contains("colour"), "{}", err.message);
        assert!(err.span.is_some());
    }

    #[test]
    fn unknown_rule_ids_point_at_the_id() {
        let text = "disable = [\"no-such-rule\"]\n";
        let loaded = Loaded { config: parse("f.toml", text).unwrap(), path: Some("f.toml".into()), text: text.into() };
        let mut rules = LoadedRules::builtin().unwrap().rules;
        let err = loaded.apply(&mut rules).unwrap_err();
        assert_eq!(err.span.map(|s| s.slice(text)), Some("\"no-such-rule\""));
    }

    #[test]
    fn disable_and_severity() {
        let text = "disable = [\"event-ordinal\"]\n[severity]\npeople-count = \"error\"\n";
        let loaded = Loaded { config: parse("f.toml", text).unwrap(), path: None, text: text.into() };
        let mut rules = LoadedRules::builtin().unwrap().rules;
        loaded.apply(&mut rules).unwrap();
        assert!(rules.iter().all(|r| r.id != "event-ordinal"));
        assert_eq!(rules.iter().find(|r| r.id == "people-count").map(|r| r.severity), Some(Severity::Error));
    }
}
