//! The command line: parse arguments, run the library, write the output,
//! and map the outcome to an exit status. Only wiring lives here.

pub mod args;
pub mod check;
pub mod errors;
pub mod output;

use clap::Parser;

use args::{Cli, Command, ExtractArgs, ExtractFormat};
use errors::{FileError, UnknownRule};
use factlint::document::load;
use factlint::report::{human, json};
use factlint::rules::LoadedRules;
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
        Err(e) => fail(FileError::from(e)),
    }
}

/// Files read, parsed and extracted at once; the output of each batch is
/// written before the next is read, so memory stays bounded on big corpora.
const BATCH: usize = 512;

/// `factlint extract`: streamed in batches, each read and extracted in
/// parallel and written in order (the same bytes for any number of threads).
fn extract(a: ExtractArgs) -> ExitStatus {
    use rayon::prelude::*;
    let (files, walk_errors) = load::files(&a.input.paths);
    report_load_errors(&walk_errors);
    let mut failed = !walk_errors.is_empty();
    let mut out = output::Stream::stdout();
    let (open, separator, close) = match a.format {
        ExtractFormat::Json => ("{\n  \"version\": 1,\n  \"documents\": [\n", ",\n", "\n  ]\n}\n"),
        _ => ("", "", ""),
    };
    out.write(open);
    let mut first = true;
    let progress = output::Progress::new(files.len());
    for (n, batch) in files.chunks(BATCH).enumerate() {
        progress.update("extracting", n * BATCH);
        let rendered: Vec<Result<String, load::LoadError>> = batch
            .par_iter()
            .map(|f| {
                let source = load::read_one(f)?;
                let doc = factlint::Document::new(source.path, source.text, a.input.reference_date);
                let (claims, frames) = factlint::frame::extract_with_frames(&doc);
                Ok(match a.format {
                    ExtractFormat::Human => human::render_extract_document(&doc, &claims, &frames),
                    ExtractFormat::Jsonl => json::extract_document_jsonl(&doc, &claims, &frames),
                    ExtractFormat::Json => json::indent(&json::extract_document_json(&doc, &claims, &frames), "    "),
                })
            })
            .collect();
        for r in rendered {
            match r {
                Ok(text) => {
                    if !first {
                        out.write(separator);
                    }
                    first = false;
                    out.write(&text);
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
