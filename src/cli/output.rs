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
    progress: &Progress,
) -> (Vec<Document>, Vec<LoadError>) {
    let (sources, errors) = walk.load_all(paths);
    for e in &errors {
        eprintln!("{:?}", miette::Report::new(InputError::from(e)));
    }
    use rayon::prelude::*;
    progress.stage("reading", sources.len());
    let docs = sources
        .into_par_iter()
        .map(|s| {
            let doc = Document::new(s.path, s.text, reference);
            progress.inc(1);
            doc
        })
        .collect();
    (docs, errors)
}

/// Progress on stderr for long runs (an `indicatif` bar): drawn only when
/// stderr is a terminal and the run has lasted more than [`Progress::AFTER`],
/// never on standard output (JSON, SARIF and the other formats are
/// untouched), and cleared at the end.
pub struct Progress {
    bar: indicatif::ProgressBar,
    started: std::time::Instant,
    terminal: bool,
    shown: std::sync::atomic::AtomicBool,
}

impl Progress {
    /// How long a run goes before its progress is drawn.
    pub const AFTER: std::time::Duration = std::time::Duration::from_secs(2);

    /// Progress through a first stage of `total` items.
    pub fn new(what: &str, total: usize) -> Self {
        let bar = indicatif::ProgressBar::with_draw_target(Some(total as u64), indicatif::ProgressDrawTarget::hidden());
        bar.set_style(Self::counted());
        bar.set_message(what.to_string());
        Progress {
            bar,
            started: std::time::Instant::now(),
            terminal: std::io::stderr().is_terminal(),
            shown: std::sync::atomic::AtomicBool::new(false),
        }
    }

    fn counted() -> indicatif::ProgressStyle {
        indicatif::ProgressStyle::with_template("{msg:>10} [{bar:40}] {human_pos}/{human_len} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar())
            .progress_chars("=> ")
    }

    /// Draw from now on when the run has lasted long enough on a terminal.
    fn maybe_show(&self) {
        use std::sync::atomic::Ordering;
        if self.terminal
            && !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= Self::AFTER
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
        }
    }

    /// `n` more items done.
    pub fn inc(&self, n: usize) {
        self.bar.inc(n as u64);
        self.maybe_show();
    }

    /// A new stage of `total` items, counted from zero.
    pub fn stage(&self, what: &str, total: usize) {
        self.bar.set_style(Self::counted());
        self.bar.set_length(total as u64);
        self.bar.set_position(0);
        self.bar.set_message(what.to_string());
        self.maybe_show();
    }

    /// A last stage whose length is not known (pairing): a spinner.
    pub fn spin(&self, what: &str) {
        let style = indicatif::ProgressStyle::with_template("{msg:>10} {spinner} ({elapsed})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner());
        self.bar.set_style(style);
        self.bar.set_message(what.to_string());
        self.maybe_show();
        if self.terminal {
            self.bar.enable_steady_tick(std::time::Duration::from_millis(120));
            // A long stage shows itself once it passes the threshold.
            let bar = self.bar.clone();
            let wait = Self::AFTER.saturating_sub(self.started.elapsed());
            std::thread::spawn(move || {
                std::thread::sleep(wait);
                if !bar.is_finished() && bar.is_hidden() {
                    bar.set_draw_target(indicatif::ProgressDrawTarget::stderr());
                }
            });
        }
    }

    /// Clear the bar.
    pub fn finish(&self) {
        self.bar.finish_and_clear();
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
