//! Loading rules: the built-in ones compiled into the binary, and rule
//! directories given with `--rules`, whose rules replace built-ins of the
//! same id.

use std::path::Path;

use super::Rule;
use crate::claim::ClaimKind;
use crate::span::Span;

/// The built-in rule files, compiled in.
const BUILTIN: &[(&str, &str)] = &[
    ("rules/casualty-count.toml", include_str!("../../rules/casualty-count.toml")),
    ("rules/people-count.toml", include_str!("../../rules/people-count.toml")),
    ("rules/money-amount.toml", include_str!("../../rules/money-amount.toml")),
    ("rules/percentage.toml", include_str!("../../rules/percentage.toml")),
    ("rules/event-duration.toml", include_str!("../../rules/event-duration.toml")),
    ("rules/event-date.toml", include_str!("../../rules/event-date.toml")),
    ("rules/event-ordinal.toml", include_str!("../../rules/event-ordinal.toml")),
    ("rules/measure.toml", include_str!("../../rules/measure.toml")),
    ("rules/weekday-date.toml", include_str!("../../rules/weekday-date.toml")),
    ("rules/impossible-date.toml", include_str!("../../rules/impossible-date.toml")),
    ("rules/copy-altered.toml", include_str!("../../rules/copy-altered.toml")),
    ("rules/parts-sum.toml", include_str!("../../rules/parts-sum.toml")),
    ("rules/count-ordinal.toml", include_str!("../../rules/count-ordinal.toml")),
    ("rules/score-tally.toml", include_str!("../../rules/score-tally.toml")),
    ("rules/same-figure.toml", include_str!("../../rules/same-figure.toml")),
    ("rules/person-age.toml", include_str!("../../rules/person-age.toml")),
];

/// A rule file that could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RuleError {
    /// The file.
    pub path: String,
    /// Its text, for pointing into it.
    pub text: String,
    /// What is wrong.
    pub message: String,
    /// Where, when known.
    pub span: Option<Span>,
}

/// The rules in force, in a stable order (built-ins first, by file).
#[derive(Clone, Debug, Default)]
pub struct LoadedRules {
    /// The rules.
    pub rules: Vec<Rule>,
    /// For each rule, true when a rule directory defined it.
    from_user: Vec<bool>,
}

impl LoadedRules {
    /// The built-in rules.
    pub fn builtin() -> Result<Self, RuleError> {
        let mut rules = Vec::with_capacity(BUILTIN.len());
        for (path, text) in BUILTIN {
            rules.push(parse(path, text)?);
        }
        let from_user = vec![false; rules.len()];
        Ok(LoadedRules { rules, from_user })
    }

    /// The built-in rules, then each directory's rules (sorted by file name),
    /// a later rule replacing an earlier one with the same id.
    pub fn with_dirs(dirs: &[impl AsRef<Path>]) -> Result<Self, RuleError> {
        let mut loaded = Self::builtin()?;
        for dir in dirs {
            for (path, text) in rule_files(dir.as_ref())? {
                loaded.add(parse(&path, &text)?, &path, &text)?;
            }
        }
        Ok(loaded)
    }

    /// Add a user rule, replacing a built-in of the same id. Two user rules
    /// with one id are an error.
    fn add(&mut self, rule: Rule, path: &str, text: &str) -> Result<(), RuleError> {
        let existing = self.rules.iter_mut().zip(self.from_user.iter_mut()).find(|(r, _)| r.id == rule.id);
        match existing {
            Some((slot, from_user)) if !*from_user => {
                *slot = rule;
                *from_user = true;
                Ok(())
            }
            Some(_) => Err(RuleError {
                path: path.into(),
                text: text.into(),
                message: format!("duplicate rule id `{}`: another rule file already defines it", rule.id),
                span: toml_span(text, "id"),
            }),
            None => {
                self.rules.push(rule);
                self.from_user.push(true);
                Ok(())
            }
        }
    }

    /// The rule with this id.
    pub fn get(&self, id: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.id == id)
    }
}

/// The `.toml` files of a rule directory, sorted, with their text.
fn rule_files(dir: &Path) -> Result<Vec<(String, String)>, RuleError> {
    let shown = dir.display().to_string();
    let io_error = |e: std::io::Error, path: &str| RuleError {
        path: path.into(),
        text: String::new(),
        message: format!("cannot read rules: {e}"),
        span: None,
    };
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| io_error(e, &shown))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let shown = p.display().to_string();
            std::fs::read_to_string(&p).map(|t| (shown.clone(), t)).map_err(|e| io_error(e, &shown))
        })
        .collect()
}

/// Parse and validate one rule file.
pub fn parse(path: &str, text: &str) -> Result<Rule, RuleError> {
    let error = |message: String, span: Option<Span>| RuleError { path: path.into(), text: text.into(), message, span };
    let mut rule: Rule = toml::from_str(text).map_err(|e| {
        let span = e.span().map(|r| Span::new(r.start, r.end.max(r.start)));
        error(e.message().to_string(), span)
    })?;
    if rule.id.is_empty() || !rule.id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Err(error(
            "rule id must be kebab-case: lower-case letters, digits and '-'".into(),
            toml_span(text, "id"),
        ));
    }
    if let Some(bad) = rule.kinds.iter().find(|k| ClaimKind::from_name(k).is_none()) {
        let names: Vec<&str> = ClaimKind::ALL.iter().map(|k| k.name()).collect();
        return Err(error(format!("unknown claim kind `{bad}` (known: {})", names.join(", ")), toml_span(text, bad)));
    }
    for lexicon in rule.subjects.iter_mut().chain(rule.events.iter_mut()) {
        for w in &mut lexicon.words {
            *w = w.to_lowercase();
        }
    }
    Ok(rule)
}

/// Where `token` stands in a TOML text: as a quoted string, else as the key
/// of a `key = value` line. Rule files and `factlint.toml` point into
/// themselves with it.
pub(crate) fn toml_span(text: &str, token: &str) -> Option<Span> {
    let quoted = format!("\"{token}\"");
    if let Some(at) = text.find(&quoted) {
        return Some(Span::new(at, at + quoted.len()));
    }
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let lead = line.len() - line.trim_start().len();
        if line.trim_start().starts_with(token) && line.contains('=') {
            return Some(Span::new(at + lead, at + lead + token.len()));
        }
        at += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_rules_load() {
        let rules = LoadedRules::builtin().unwrap();
        assert!(rules.get("casualty-count").is_some());
        let ids: std::collections::HashSet<_> = rules.rules.iter().map(|r| &r.id).collect();
        assert_eq!(ids.len(), rules.rules.len(), "rule ids are unique");
    }

    #[test]
    fn malformed_rule_points_into_the_file() {
        let err = parse("bad.toml", "id = \"x\"\ntitle = 5\n").unwrap_err();
        assert!(err.span.is_some());
        let err = parse("bad.toml", "id = \"x\"\ntitle = \"t\"\nseverity = \"error\"\ncheck = \"figures\"\nkinds = [\"counts\"]\n[doc]\nwhat=\"\"\nwhy=\"\"\nexample=\"\"\n").unwrap_err();
        assert!(err.message.contains("unknown claim kind"));
    }
}
