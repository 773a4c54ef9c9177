//! Writing: whole outputs at once, files atomically, errors as miette
//! diagnostics on stderr.

use std::io::{IsTerminal, Write};
use std::path::Path;

use factlint::document::load::{LoadError, Walk};
use factlint::Document;

use super::args::ColorChoice;
use super::errors::InputError;
use super::ExitStatus;

/// Print a diagnostic on stderr and return exit 2.
pub fn fail(diagnostic: impl miette::Diagnostic + Send + Sync + 'static) -> ExitStatus {
    eprintln!("{:?}", miette::Report::new(diagnostic));
    ExitStatus::Failed
}

/// Print a warning on stderr.
pub fn warn(message: &str) {
    eprintln!("warning: {message}");
}

/// Write the whole output at once; a closed pipe is not an error.
pub fn emit(text: &str) -> ExitStatus {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => ExitStatus::Clean,
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => ExitStatus::Clean,
        Err(_) => ExitStatus::Failed,
    }
}

/// A buffered stdout that stops quietly at a closed pipe.
pub struct Stream {
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    status: ExitStatus,
    closed: bool,
}

impl Stream {
    /// Standard output.
    pub fn stdout() -> Self {
        Stream {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            status: ExitStatus::Clean,
            closed: false,
        }
    }

    /// Write a piece (ignored after the pipe closed).
    pub fn write(&mut self, text: &str) {
        self.write_bytes(text.as_bytes());
    }

    /// Write a piece of bytes (ignored after the pipe closed).
    pub fn write_bytes(&mut self, bytes: &[u8]) {
        if self.closed {
            return;
        }
        if let Err(e) = self.out.write_all(bytes) {
            self.closed = true;
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                self.status = ExitStatus::Failed;
            }
        }
    }

    /// Flush; the status of the whole output.
    pub fn finish(mut self) -> ExitStatus {
        if !self.closed {
            if let Err(e) = self.out.flush() {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    self.status = ExitStatus::Failed;
                }
            }
        }
        self.status
    }
}

/// Write `text` to a temporary file beside `path`, then rename it into place,
/// so that the file is whole or untouched.
pub fn write_atomically(path: &str, text: &str) -> std::io::Result<()> {
    let target = Path::new(path);
    let dir = target.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = target.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let temp = dir.join(format!(".{name}.factlint-{}.tmp", std::process::id()));
    let result = std::fs::File::create(&temp)
        .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|_| f.sync_all()))
        .and_then(|_| std::fs::rename(&temp, target));
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

/// Read the documents; unreadable inputs are reported on stderr (excluded
/// paths are never read).
pub fn read_documents(
    walk: &Walk,
    paths: &[String],
    reference: Option<chrono::NaiveDate>,
) -> (Vec<Document>, Vec<LoadError>) {
    let (sources, errors) = walk.load_all(paths);
    for e in &errors {
        eprintln!("{:?}", miette::Report::new(InputError::from(e)));
    }
    use rayon::prelude::*;
    let docs = sources.into_par_iter().map(|s| Document::new(s.path, s.text, reference)).collect();
    (docs, errors)
}

/// Progress on stderr for long runs: only on a terminal, only past
/// `threshold` items, overwritten in place and cleared at the end.
pub struct Progress {
    total: usize,
    shown: bool,
}

impl Progress {
    /// Progress over `total` items, shown when there are more than 500.
    pub fn new(total: usize) -> Self {
        Progress { total, shown: total > 500 && std::io::stderr().is_terminal() }
    }

    /// Report `done` items of the total, with what is being done.
    pub fn update(&self, what: &str, done: usize) {
        if self.shown {
            eprint!("\r{what} {done}/{} files…", self.total);
        }
    }

    /// Clear the line.
    pub fn finish(&self) {
        if self.shown {
            eprint!("\r\x1b[2K");
        }
    }
}

/// Whether to colour the output. `--color always|never` decides; with
/// `auto` (the default), a non-empty `NO_COLOR` turns colour off, then a
/// `FORCE_COLOR` or `CLICOLOR_FORCE` that is set, non-empty and not `0`
/// turns it on, and otherwise colour is used on a terminal only.
pub fn use_color(choice: ColorChoice) -> bool {
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != "0");
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto if std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()) => false,
        ColorChoice::Auto if set("FORCE_COLOR") || set("CLICOLOR_FORCE") => true,
        ColorChoice::Auto => std::io::stdout().is_terminal(),
    }
}
