//! The command line: parse arguments, run the library, write the output,
//! and map the outcome to an exit status. Only wiring lives here.

pub mod args;
pub mod check;
pub mod errors;
pub mod output;

use clap::{CommandFactory, Parser};

use args::{Cli, Command, ExtractArgs, ExtractFormat, RulesArgs, SelectArgs, TestRulesArgs, WalkArgs};
use errors::{FileError, UnknownRule, UsageError};
use factlint::config::{self, Loaded, Selection};
use factlint::document::load::{self, Walk};
use factlint::report::{human, json};
use factlint::rules::{LoadedRules, Rule};
use output::{emit, fail};

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
        Command::Rules(a) => rules(&a),
        Command::Explain(a) => with_rules(&a.rules, |rules| match rules.get(&a.rule) {
            Some(rule) => emit(&rule.explain()),
            None => fail(UnknownRule(a.rule.clone())),
        }),
        Command::TestRules(a) => test_rules(&a),
        Command::Lsp(_) => match factlint::lsp::run_stdio() {
            Ok(()) => ExitStatus::Clean,
            Err(e) => fail(errors::UsageError(format!("language server: {e}"))),
        },
        Command::Completions(a) => {
            let mut out = Vec::new();
            clap_complete::generate(a.shell, &mut Cli::command(), "factlint", &mut out);
            emit(&String::from_utf8_lossy(&out))
        }
        Command::Man => {
            let mut out = Vec::new();
            match clap_mangen::Man::new(Cli::command()).render(&mut out) {
                Ok(()) => emit(&String::from_utf8_lossy(&out)),
                Err(e) => fail(UsageError(format!("cannot render the manual page: {e}"))),
            }
        }
    }
}

/// Load the rules, or report the bad rule file.
fn with_rules(dirs: &[String], then: impl FnOnce(&LoadedRules) -> ExitStatus) -> ExitStatus {
    match LoadedRules::with_dirs(dirs) {
        Ok(rules) => then(&rules),
        Err(e) => fail(FileError::from(e)),
    }
}

/// The configuration named, or the nearest one, or none.
pub fn load_config(explicit: Option<&str>) -> Result<Loaded, ExitStatus> {
    let path = match explicit {
        Some(p) => Some(std::path::PathBuf::from(p)),
        None => std::env::current_dir().ok().and_then(|d| config::discover(&d)),
    };
    match path {
        None => Ok(Loaded::default()),
        Some(p) => config::load(&p).map_err(|e| fail(FileError::from(e))),
    }
}

/// Every rule (built-in, the configuration's rule folders, `--rules`), with
/// the ones the configuration and the command line leave on; and every
/// rule id.
fn all_rules(dirs: &[String], loaded: &Loaded) -> Result<Vec<Rule>, ExitStatus> {
    let dirs: Vec<String> = loaded.config.rules.iter().map(|d| loaded.resolve(d)).chain(dirs.iter().cloned()).collect();
    LoadedRules::with_dirs(&dirs).map(|r| r.rules).map_err(|e| fail(FileError::from(e)))
}

/// `--select` and `--ignore`, with unknown ids refused.
fn selection(a: &SelectArgs, rules: &[Rule]) -> Result<Selection, ExitStatus> {
    let ids = a.select.iter().flatten().chain(&a.ignore);
    if let Some(bad) = ids.into_iter().find(|id| !rules.iter().any(|r| &r.id == *id)) {
        return Err(fail(UnknownRule(bad.clone())));
    }
    Ok(Selection { select: a.select.clone(), ignore: a.ignore.clone() })
}

/// The rules in force, and every rule id (for suppression comments).
pub fn load_rules(dirs: &[String], a: &SelectArgs, loaded: &Loaded) -> Result<(Vec<Rule>, Vec<String>), ExitStatus> {
    let mut rules = all_rules(dirs, loaded)?;
    let known = rules.iter().map(|r| r.id.clone()).collect();
    let selection = selection(a, &rules)?;
    loaded.apply_with(&mut rules, &selection).map_err(|e| fail(FileError::from(e)))?;
    Ok((rules, known))
}

/// How inputs are found: the flags and the configuration's `exclude`.
pub fn walk(a: &WalkArgs, loaded: &Loaded) -> Walk {
    Walk { no_ignore: a.no_ignore, excludes: loaded.excludes.clone(), stdin_name: a.stdin_filename.clone() }
}

/// `factlint rules`: every rule, whether it is on, and its severity.
fn rules(a: &RulesArgs) -> ExitStatus {
    let loaded = match load_config(a.config.as_deref()) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let all = match all_rules(&a.rules, &loaded) {
        Ok(r) => r,
        Err(status) => return status,
    };
    let states = match selection(&a.selection, &all).map(|s| loaded.rule_states(&all, &s)) {
        Ok(Ok(states)) => states,
        Ok(Err(e)) => return fail(FileError::from(e)),
        Err(status) => return status,
    };
    let mut out = String::new();
    for (r, state) in all.iter().zip(states) {
        let mut rule = r.clone();
        if let Some(&s) = loaded.config.severity.get(&r.id) {
            rule.severity = s;
        }
        let state = state.describe();
        out.push_str(&format!("{:<18} {:<8} {:<31} {}\n", r.id, rule.effective_severity().name(), state, r.title));
    }
    if let Some(path) = &loaded.path {
        out.push_str(&format!("(configuration: {})\n", path.display()));
    }
    emit(&out)
}

/// `factlint test-rules`: run the example clusters and report the failures.
fn test_rules(a: &TestRulesArgs) -> ExitStatus {
    let loaded = match LoadedRules::with_dirs(&a.dirs) {
        Ok(l) => l,
        Err(e) => return fail(FileError::from(e)),
    };
    // With folders, their rules are tested (with the built-ins in force).
    let mut ids: Vec<String> = Vec::new();
    for dir in &a.dirs {
        match rule_ids_in(dir) {
            Ok(found) => ids.extend(found),
            Err(e) => return fail(FileError::from(e)),
        }
    }
    let tested: Vec<&Rule> = if a.dirs.is_empty() {
        loaded.rules.iter().collect()
    } else {
        loaded.rules.iter().filter(|r| ids.contains(&r.id)).collect()
    };
    let results = factlint::rule_examples::run_examples(&tested, &loaded.rules);
    let mut out = String::new();
    let mut failed = 0;
    for r in &results {
        let plural = |n: usize| if n == 1 { "conflict" } else { "conflicts" };
        if r.passed() {
            out.push_str(&format!(
                "ok      {} example {} ({} {})\n",
                r.rule.id,
                r.index + 1,
                r.expected,
                plural(r.expected)
            ));
            continue;
        }
        failed += 1;
        out.push_str(&format!(
            "FAILED  {} example {}: expected {} {}, found {}\n",
            r.rule.id,
            r.index + 1,
            r.expected,
            plural(r.expected),
            r.found.len()
        ));
        for c in &r.found {
            out.push_str(&format!("          {}: {}\n", c.severity.name(), c.message));
        }
    }
    let without: Vec<&str> = tested.iter().filter(|r| r.examples.is_empty()).map(|r| r.id.as_str()).collect();
    for id in &without {
        out.push_str(&format!("note    {id} has no example\n"));
    }
    out.push_str(&format!(
        "{} rules, {} examples: {} passed, {} failed\n",
        tested.len(),
        results.len(),
        results.len() - failed,
        failed
    ));
    match emit(&out) {
        ExitStatus::Clean if failed > 0 => ExitStatus::Conflicts,
        status => status,
    }
}

/// The ids of the rule files in a folder.
fn rule_ids_in(dir: &str) -> Result<Vec<String>, factlint::rules::RuleError> {
    let mut ids = Vec::new();
    let io = |e: std::io::Error| factlint::rules::RuleError {
        path: dir.to_string(),
        text: String::new(),
        message: format!("cannot read rules: {e}"),
        span: None,
    };
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let path = entry.map_err(io)?.path();
        if path.extension().is_some_and(|e| e == "toml") {
            let text = std::fs::read_to_string(&path).map_err(io)?;
            ids.push(factlint::rules::load::parse(&path.display().to_string(), &text)?.id);
        }
    }
    Ok(ids)
}

/// Files read, parsed and extracted at once; the output of each batch is
/// written before the next is read, so memory stays bounded on big corpora.
const BATCH: usize = 512;

/// `factlint extract`: streamed in batches, each read and extracted in
/// parallel and written in order (the same bytes for any number of threads).
fn extract(a: ExtractArgs) -> ExitStatus {
    use rayon::prelude::*;
    let loaded = match load_config(a.config.as_deref()) {
        Ok(l) => l,
        Err(status) => return status,
    };
    let walker = walk(&a.walk, &loaded);
    let (files, walk_errors) = walker.files(&a.paths);
    report_load_errors(&walk_errors);
    let mut failed = !walk_errors.is_empty();
    let mut out = output::Stream::stdout();
    let (open, separator, close) = match a.format {
        ExtractFormat::Json => ("{\n  \"version\": 1,\n  \"documents\": [\n", ",\n", "\n  ]\n}\n"),
        _ => ("", "", ""),
    };
    out.write(open);
    let mut first = true;
    let progress = output::Progress::new("extracting", files.len());
    for batch in files.chunks(BATCH) {
        let rendered: Vec<Result<Vec<u8>, load::LoadError>> = batch
            .par_iter()
            .map(|f| {
                let source = walker.read_one(f)?;
                let doc = factlint::Document::new(source.path, source.text, a.reference_date);
                let (claims, frames) = factlint::frame::extract_with_frames(&doc);
                progress.inc(1);
                let mut text = Vec::new();
                match a.format {
                    ExtractFormat::Human => {
                        text = human::render_extract_document(&doc, &claims, &frames).into_bytes();
                    }
                    ExtractFormat::Jsonl => json::write_extract_document_jsonl(&mut text, &doc, &claims, &frames),
                    ExtractFormat::Json => {
                        // Writing into memory cannot fail.
                        let _ = json::write_extract_document_json(&mut text, &doc, &claims, &frames, 2);
                    }
                }
                Ok(text)
            })
            .collect();
        for r in rendered {
            match r {
                Ok(text) => {
                    if !first {
                        out.write(separator);
                    }
                    first = false;
                    out.write_bytes(&text);
                }
                Err(e) => {
                    report_load_errors(std::slice::from_ref(&e));
                    failed = true;
                }
            }
        }
    }
    progress.finish();
    out.write(close);
    match (out.finish(), failed) {
        (ExitStatus::Clean, false) => ExitStatus::Clean,
        (ExitStatus::Clean, true) => ExitStatus::Failed,
        (status, _) => status,
    }
}

/// Report unreadable inputs on stderr.
fn report_load_errors(errors: &[load::LoadError]) {
    for e in errors {
        eprintln!("{:?}", miette::Report::new(errors::InputError::from(e)));
    }
}
