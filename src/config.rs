//! `factlint.toml`: configuration as plain data. Found by walking up from the
//! working directory (or given with `--config`). Unknown keys and unknown
//! rule ids are errors that point into the file.
//!
//! ```toml
//! paths = ["stories/"]            # checked when no PATH is given
//! exclude = ["stories/archive/", "**/drafts-old/**"]  # globs never read
//! sources = ["sources/"]          # what drafts are checked against (check, the language server)
//! rules = ["house-rules/"]        # extra rule directories
//! select = ["casualty-count", "money-amount"]  # only these rules (default: all)
//! ignore = ["event-ordinal"]      # rules turned off (`disable` is an alias)
//! reference-date = "2025-03-10"   # publication date for undated documents
//! fail-on = "warning"             # error | warning | never
//! min-severity = "info"           # info | warning | error
//!
//! [severity]                      # severities changed
//! people-count = "error"
//! ```

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schemars::JsonSchema;
use serde::Deserialize;

use crate::document::load::Excludes;
use crate::rules::load::toml_span;
use crate::rules::{Rule, Severity};
use crate::span::Span;

/// The file name looked for.
pub const FILE_NAME: &str = "factlint.toml";

/// When a run fails.
#[derive(Clone, Copy, Debug, Deserialize, JsonSchema, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub enum FailOn {
    /// On conflicts at `error`.
    Error,
    /// On conflicts at `warning` or above.
    Warning,
    /// Never.
    Never,
}

/// The contents of `factlint.toml`: every key is optional. Paths are
/// relative to the file's folder.
#[derive(Clone, Debug, Default, Deserialize, JsonSchema, PartialEq)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
#[schemars(title = "factlint.toml")]
pub struct Config {
    /// Files and folders checked when the command line names none.
    #[serde(default)]
    pub paths: Vec<String>,
    /// Globs of paths never read, relative to this file's folder: `*` stays
    /// within one path component, `**` crosses any number (`build` is the
    /// top-level build folder, `**/node_modules/**` everything under any
    /// node_modules). A folder that matches excludes everything in it.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Files and folders drafts are checked against: `check` uses them as
    /// `--against` when none is given, the language server checks open
    /// documents against them.
    #[serde(default)]
    pub sources: Vec<String>,
    /// Folders of extra rule files (TOML), loaded after the built-in rules.
    #[serde(default)]
    pub rules: Vec<String>,
    /// The rule ids turned on (default: every rule); `--select` replaces it.
    pub select: Option<Vec<String>>,
    /// Rule ids turned off; `--ignore` adds to it.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// Rule ids turned off: an alias of `ignore`, kept for older files.
    #[serde(default)]
    pub disable: Vec<String>,
    /// Severities changed, by rule id.
    #[serde(default)]
    #[schemars(with = "BTreeMap<String, SeverityName>")]
    pub severity: BTreeMap<String, Severity>,
    /// The publication date for undated documents, `YYYY-MM-DD` (quoted).
    #[schemars(regex(pattern = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))]
    pub reference_date: Option<String>,
    /// When the run fails (exit 1): on conflicts at `error`, at `warning` or
    /// above, or never. Default: error.
    pub fail_on: Option<FailOn>,
    /// The lowest severity reported. Default: info.
    #[schemars(with = "Option<SeverityName>")]
    pub min_severity: Option<Severity>,
}

/// A severity as written in the file (the schema's view of [`Severity`],
/// which the rule model owns).
#[derive(JsonSchema)]
#[serde(rename_all = "lowercase")]
#[allow(dead_code)]
enum SeverityName {
    /// Context worth knowing.
    Info,
    /// Probably a contradiction.
    Warning,
    /// A contradiction.
    Error,
}

/// The JSON Schema of `factlint.toml`, generated from [`Config`] (committed
/// as `factlint.schema.json`; a test keeps the two equal).
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Config);
    serde_json::to_string_pretty(&schema).map(|s| s + "\n").unwrap_or_default()
}

/// Rule ids chosen on the command line (`--select`, `--ignore`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Selection {
    /// Only these rules (replaces the configuration's `select`).
    pub select: Option<Vec<String>>,
    /// These rules off (added to the configuration's `ignore`).
    pub ignore: Vec<String>,
}

/// Whether a rule is in force, and why not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleState {
    /// In force.
    On,
    /// Not in `select` (of the configuration or the command line).
    NotSelected,
    /// In `ignore` or `disable` of the configuration.
    IgnoredByConfig,
    /// In `--ignore`.
    IgnoredByFlag,
}

impl RuleState {
    /// In words, for `factlint rules`.
    pub const fn describe(self) -> &'static str {
        match self {
            RuleState::On => "on",
            RuleState::NotSelected => "off (not selected)",
            RuleState::IgnoredByConfig => "off (ignored in factlint.toml)",
            RuleState::IgnoredByFlag => "off (--ignore)",
        }
    }
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
    /// The `exclude` globs, compiled (relative to the file's folder, or to
    /// the working directory without a file).
    pub excludes: Excludes,
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
    let mut loaded = Loaded { config, path: Some(path.to_path_buf()), text, excludes: Excludes::default() };
    loaded.excludes = loaded.compile_excludes()?;
    Ok(loaded)
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

    /// True when `path` is excluded by the `exclude` globs.
    pub fn excluded(&self, path: &str) -> bool {
        self.excludes.excluded(Path::new(path))
    }

    /// An error pointing at `token` in the file.
    fn error(&self, message: String, token: &str) -> ConfigError {
        ConfigError {
            path: self.path.as_ref().map(|p| p.display().to_string()).unwrap_or_default(),
            text: self.text.clone(),
            message,
            span: toml_span(&self.text, token),
        }
    }

    /// The `exclude` globs compiled; a bad glob is an error pointing at it.
    fn compile_excludes(&self) -> Result<Excludes, ConfigError> {
        let base = self.base();
        let base = if base.as_os_str().is_empty() { PathBuf::from(".") } else { base };
        Excludes::new(&self.config.exclude, &base)
            .map_err(|(glob, e)| self.error(format!("invalid exclude glob `{glob}`: {e}"), &glob))
    }

    /// Whether each of `rules` is in force under this configuration and the
    /// command line's `selection`. An unknown rule id in the file is an error
    /// pointing at it (the command line's ids are checked by the caller).
    pub fn rule_states(&self, rules: &[Rule], selection: &Selection) -> Result<Vec<RuleState>, ConfigError> {
        let known = |id: &str| rules.iter().any(|r| r.id == id);
        let c = &self.config;
        let ids = c.select.iter().flatten().chain(&c.ignore).chain(&c.disable).chain(c.severity.keys());
        if let Some(bad) = ids.into_iter().find(|id| !known(id)) {
            return Err(self.error(format!("unknown rule id `{bad}` (see `factlint rules`)"), bad));
        }
        let select = selection.select.as_ref().or(c.select.as_ref());
        Ok(rules
            .iter()
            .map(|r| {
                let id = &r.id;
                if selection.ignore.contains(id) {
                    RuleState::IgnoredByFlag
                } else if c.ignore.contains(id) || c.disable.contains(id) {
                    RuleState::IgnoredByConfig
                } else if select.is_some_and(|s| !s.contains(id)) {
                    RuleState::NotSelected
                } else {
                    RuleState::On
                }
            })
            .collect())
    }

    /// Keep the rules in force and change severities; an unknown rule id in
    /// the file is an error pointing at it.
    pub fn apply(&self, rules: &mut Vec<Rule>) -> Result<(), ConfigError> {
        self.apply_with(rules, &Selection::default())
    }

    /// [`Loaded::apply`] with the command line's selection as well.
    pub fn apply_with(&self, rules: &mut Vec<Rule>, selection: &Selection) -> Result<(), ConfigError> {
        let states = self.rule_states(rules, selection)?;
        let mut on = states.iter().map(|s| *s == RuleState::On);
        rules.retain(|_| on.next().unwrap_or(false));
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
        let loaded = Loaded {
            config: parse("f.toml", text).unwrap(),
            path: Some("f.toml".into()),
            text: text.into(),
            ..Loaded::default()
        };
        let mut rules = LoadedRules::builtin().unwrap().rules;
        let err = loaded.apply(&mut rules).unwrap_err();
        assert_eq!(err.span.map(|s| s.slice(text)), Some("\"no-such-rule\""));
    }

    #[test]
    fn disable_and_severity() {
        let text = "disable = [\"event-ordinal\"]\n[severity]\npeople-count = \"error\"\n";
        let loaded =
            Loaded { config: parse("f.toml", text).unwrap(), path: None, text: text.into(), ..Loaded::default() };
        let mut rules = LoadedRules::builtin().unwrap().rules;
        loaded.apply(&mut rules).unwrap();
        assert!(rules.iter().all(|r| r.id != "event-ordinal"));
        assert_eq!(rules.iter().find(|r| r.id == "people-count").map(|r| r.severity), Some(Severity::Error));
    }

    #[test]
    fn select_and_ignore_from_the_file_and_the_command_line() {
        let text = "select = [\"casualty-count\", \"measure\", \"percentage\"]\nignore = [\"measure\"]\n";
        let loaded =
            Loaded { config: parse("f.toml", text).unwrap(), path: None, text: text.into(), ..Loaded::default() };
        let all = LoadedRules::builtin().unwrap().rules;
        let on = |selection: &Selection| {
            let mut rules = all.clone();
            loaded.apply_with(&mut rules, selection).unwrap();
            rules.into_iter().map(|r| r.id).collect::<Vec<_>>()
        };
        assert_eq!(on(&Selection::default()), vec!["casualty-count", "percentage"]);
        let flags = Selection { select: Some(vec!["money-amount".into(), "measure".into()]), ignore: vec![] };
        assert_eq!(on(&flags), vec!["money-amount"]);
        let flags = Selection { select: None, ignore: vec!["percentage".into()] };
        assert_eq!(on(&flags), vec!["casualty-count"]);
        let states = loaded.rule_states(&all, &flags).unwrap();
        let state = |id: &str| states[all.iter().position(|r| r.id == id).unwrap()];
        assert_eq!(state("measure"), RuleState::IgnoredByConfig);
        assert_eq!(state("percentage"), RuleState::IgnoredByFlag);
        assert_eq!(state("money-amount"), RuleState::NotSelected);
        let bad = "select = [\"nope\"]\n";
        let loaded =
            Loaded { config: parse("f.toml", bad).unwrap(), path: None, text: bad.into(), ..Loaded::default() };
        assert!(loaded.rule_states(&all, &Selection::default()).unwrap_err().message.contains("nope"));
    }

    #[test]
    fn a_bad_exclude_glob_points_at_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(FILE_NAME);
        std::fs::write(&path, "exclude = [\"ok/**\", \"bad[\"]\n").unwrap();
        let err = load(&path).unwrap_err();
        assert_eq!(err.span.map(|s| s.slice(&err.text)), Some("\"bad[\""));
    }
}
