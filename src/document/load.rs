//! Finding and reading input files: files, directories (recursively, in a
//! stable order, symlink loops broken) and standard input.

use std::collections::HashSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// The extensions read when walking a directory.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// The largest file factlint reads, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// A file as read, before it becomes a document.
#[derive(Clone, Debug)]
pub struct Source {
    /// The path as shown to the user.
    pub path: String,
    /// The contents.
    pub text: String,
}

/// Why one input could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LoadError {
    /// The path as shown to the user.
    pub path: String,
    /// What went wrong, in words.
    pub reason: String,
    /// For invalid UTF-8, the byte offset of the first bad sequence.
    pub offset: Option<usize>,
}

/// Every source named by `paths`, in argument order (directory entries
/// sorted), with the inputs that could not be read. Files are read in
/// parallel; the order does not depend on it.
pub fn load_all(paths: &[String]) -> (Vec<Source>, Vec<LoadError>) {
    use rayon::prelude::*;
    let (files, mut errors) = files(paths);
    let read: Vec<Result<Source, LoadError>> = files.par_iter().map(|f| read_one(f)).collect();
    let mut sources = Vec::with_capacity(read.len());
    for r in read {
        match r {
            Ok(s) => sources.push(s),
            Err(e) => errors.push(e),
        }
    }
    (sources, errors)
}

/// The files `paths` name, in order (directories walked, entries sorted;
/// `-` is standard input), with the paths that could not be walked.
pub fn files(paths: &[String]) -> (Vec<PathBuf>, Vec<LoadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p == "-" {
            files.push(PathBuf::from("-"));
        } else {
            collect(Path::new(p), true, &mut HashSet::new(), &mut files, &mut errors);
        }
    }
    (files, errors)
}

/// Add `path` (a file, or a directory to walk) to `files`.
fn collect(
    path: &Path,
    explicit: bool,
    seen: &mut HashSet<PathBuf>,
    files: &mut Vec<PathBuf>,
    errors: &mut Vec<LoadError>,
) {
    let shown = || path.display().to_string();
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => {
            errors.push(LoadError { path: shown(), reason: io_reason(&e), offset: None });
            return;
        }
    };
    if meta.is_file() {
        if explicit || has_known_extension(path) {
            files.push(path.to_path_buf());
        }
        return;
    }
    let canonical = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
    if !seen.insert(canonical) {
        return;
    }
    let entries = match std::fs::read_dir(path) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push(LoadError { path: shown(), reason: io_reason(&e), offset: None });
            return;
        }
    };
    let mut children: Vec<(PathBuf, Option<std::fs::FileType>)> =
        entries.filter_map(|e| e.ok().map(|e| (e.path(), e.file_type().ok()))).collect();
    children.sort_by(|a, b| a.0.cmp(&b.0));
    for (child, kind) in children {
        let hidden = child.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
        match kind {
            _ if hidden => {}
            // A plain file needs no second look: the directory entry says
            // what it is (symlinks are followed by `collect`).
            Some(kind) if kind.is_file() => {
                if has_known_extension(&child) {
                    files.push(child);
                }
            }
            _ => collect(&child, false, seen, files, errors),
        }
    }
}

/// True for the file extensions factlint reads in directories.
fn has_known_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

/// Read one file (or stdin for `-`) as UTF-8.
pub fn read_one(path: &Path) -> Result<Source, LoadError> {
    let is_stdin = path == Path::new("-");
    let shown = if is_stdin { "<stdin>".to_string() } else { path.display().to_string() };
    let error = |reason: String, offset| LoadError { path: shown.clone(), reason, offset };
    let mut bytes = Vec::new();
    let result = if is_stdin {
        std::io::stdin().lock().take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(path).and_then(|f| {
            // The size read up front lets one read fill the buffer.
            let size = f.metadata().map_or(0, |m| m.len().min(MAX_FILE_BYTES));
            bytes.reserve_exact(usize::try_from(size).unwrap_or(0) + 1);
            f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes)
        })
    };
    result.map_err(|e| error(io_reason(&e), None))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(error(format!("file is larger than the {} MiB limit", MAX_FILE_BYTES / 1024 / 1024), None));
    }
    if bytes.contains(&0) {
        return Err(error("binary file (contains NUL bytes)".into(), bytes.iter().position(|&b| b == 0)));
    }
    match String::from_utf8(bytes) {
        Ok(text) => Ok(Source { path: shown, text }),
        Err(e) => {
            let at = e.utf8_error().valid_up_to();
            Err(error(format!("invalid UTF-8 at byte {at}"), Some(at)))
        }
    }
}

/// A short reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}
