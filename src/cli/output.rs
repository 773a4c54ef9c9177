//! Writing: whole outputs at once, files atomically, errors as miette
//! diagnostics on stderr.

use std::io::{IsTerminal, Write};
use std::path::Path;

use factlint::config::Loaded;
use factlint::document::load::{load_all, LoadError};
use factlint::Document;

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
        if self.closed {
            return;
        }
        if let Err(e) = self.out.write_all(text.as_bytes()) {
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

/// Read the documents; unreadable inputs are reported on stderr, excluded
/// paths skipped.
pub fn read_documents(
    paths: &[String],
    reference: Option<chrono::NaiveDate>,
    loaded: &Loaded,
) -> (Vec<Document>, Vec<LoadError>) {
    let (sources, errors) = load_all(paths);
    for e in &errors {
        eprintln!("{:?}", miette::Report::new(InputError::from(e)));
    }
    use rayon::prelude::*;
    let docs = sources
        .into_par_iter()
        .filter(|s| !loaded.excluded(&s.path))
        .map(|s| Document::new(s.path, s.text, reference))
        .collect();
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

/// Colour only on a terminal, and never with NO_COLOR set.
pub fn use_color() -> bool {
    std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none()
}
