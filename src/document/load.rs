//! Finding and reading input files: files, directories and standard input.
//!
//! Directories are walked with the `ignore` crate, as ripgrep walks them:
//! `.gitignore` (also outside a Git repository), `.ignore`, `.git/info/exclude`
//! and hidden files and folders are respected unless [`Walk::no_ignore`]
//! is set; entries are sorted by name, so the order of the files is the same
//! on every run; symbolic links are followed and loops broken. A path named
//! on the command line is always read, whatever the ignore files say; the
//! `exclude` globs of `factlint.toml` ([`Excludes`]) apply to every path.

use std::io::Read;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};

/// The extensions read when walking a directory.
pub const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// The largest file factlint reads, in bytes.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How standard input is named when no `--stdin-filename` is given.
pub const STDIN: &str = "<stdin>";

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

/// Paths never read: globs matched against paths relative to a base folder
/// (the folder of `factlint.toml`), `/`-separated. `*` and `?` stay within
/// one path component and `**` crosses any number of them, so `build` is
/// the top-level `build` folder (never `buildings/`), `**/build` any folder
/// named `build`, and `**/node_modules/**` everything under one. A path is
/// excluded when a glob matches it or one of the folders it is in.
#[derive(Clone, Debug, Default)]
pub struct Excludes {
    set: Option<GlobSet>,
    base: PathBuf,
}

impl Excludes {
    /// Compile `globs` (a trailing `/` is dropped), relative to `base`; the
    /// first glob that does not compile is returned with its error.
    pub fn new(globs: &[String], base: &Path) -> Result<Self, (String, String)> {
        if globs.is_empty() {
            return Ok(Excludes::default());
        }
        let mut builder = GlobSetBuilder::new();
        for g in globs {
            let pattern = g.trim_start_matches("./").trim_end_matches('/');
            let glob: Glob =
                GlobBuilder::new(pattern).literal_separator(true).build().map_err(|e| (g.clone(), e.to_string()))?;
            builder.add(glob);
        }
        let set = builder.build().map_err(|e| (globs.join(", "), e.to_string()))?;
        let base = absolute(base);
        Ok(Excludes { set: Some(set), base })
    }

    /// True when `path` (as given, relative to the working directory or
    /// absolute) is excluded.
    pub fn excluded(&self, path: &Path) -> bool {
        let Some(set) = &self.set else { return false };
        let absolute = absolute(path);
        let relative = absolute.strip_prefix(&self.base).map(Path::to_path_buf).unwrap_or_else(|_| clean(path));
        relative.ancestors().filter(|p| !p.as_os_str().is_empty()).any(|p| set.is_match(p))
    }
}

/// `path` made absolute against the working directory, with `.` parts gone.
fn absolute(path: &Path) -> PathBuf {
    let joined = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|d| d.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    clean(&joined)
}

/// `path` without `.` components.
fn clean(path: &Path) -> PathBuf {
    path.components().filter(|c| !matches!(c, std::path::Component::CurDir)).collect()
}

/// How inputs are found and named.
#[derive(Clone, Debug, Default)]
pub struct Walk {
    /// Read ignored and hidden files too (`--no-ignore`).
    pub no_ignore: bool,
    /// Paths never read.
    pub excludes: Excludes,
    /// The name standard input goes by (`--stdin-filename`): its extension
    /// says its format.
    pub stdin_name: Option<String>,
}

/// Every source named by `paths`, in argument order (directory entries
/// sorted), with the inputs that could not be read, walked the default way.
pub fn load_all(paths: &[String]) -> (Vec<Source>, Vec<LoadError>) {
    Walk::default().load_all(paths)
}

/// The files `paths` name, walked the default way.
pub fn files(paths: &[String]) -> (Vec<PathBuf>, Vec<LoadError>) {
    Walk::default().files(paths)
}

/// Read one file (or standard input for `-`) as UTF-8.
pub fn read_one(path: &Path) -> Result<Source, LoadError> {
    Walk::default().read_one(path)
}

impl Walk {
    /// Every source named by `paths`, in argument order (directory entries
    /// sorted), with the inputs that could not be read. Files are read in
    /// parallel; the order does not depend on it.
    pub fn load_all(&self, paths: &[String]) -> (Vec<Source>, Vec<LoadError>) {
        use rayon::prelude::*;
        let (files, mut errors) = self.files(paths);
        let read: Vec<Result<Source, LoadError>> = files.par_iter().map(|f| self.read_one(f)).collect();
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
    pub fn files(&self, paths: &[String]) -> (Vec<PathBuf>, Vec<LoadError>) {
        let mut files = Vec::new();
        let mut errors = Vec::new();
        for p in paths {
            if p == "-" {
                files.push(PathBuf::from("-"));
                continue;
            }
            let path = Path::new(p);
            match std::fs::metadata(path) {
                Err(e) => errors.push(LoadError { path: p.clone(), reason: io_reason(&e), offset: None }),
                Ok(meta) if meta.is_file() => {
                    if !self.excludes.excluded(path) {
                        files.push(path.to_path_buf());
                    }
                }
                Ok(_) => self.walk(path, &mut files, &mut errors),
            }
        }
        (files, errors)
    }

    /// Walk one directory.
    fn walk(&self, dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<LoadError>) {
        let respect = !self.no_ignore;
        let excludes = self.excludes.clone();
        let walker = ignore::WalkBuilder::new(dir)
            .standard_filters(respect)
            .hidden(respect)
            .ignore(respect)
            .git_ignore(respect)
            .git_exclude(respect)
            .git_global(false)
            .parents(respect)
            .require_git(false)
            .follow_links(true)
            .sort_by_file_name(|a, b| a.cmp(b))
            .filter_entry(move |entry| entry.depth() == 0 || !excludes.excluded(entry.path()))
            .build();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    let is_file = entry.file_type().is_some_and(|t| t.is_file());
                    if is_file && has_known_extension(entry.path()) {
                        files.push(entry.into_path());
                    }
                }
                Err(e) if is_loop(&e) => {}
                Err(e) => errors.push(walk_error(&e, dir)),
            }
        }
    }
}

/// True for the file extensions factlint reads in directories.
fn has_known_extension(path: &Path) -> bool {
    path.extension().and_then(|e| e.to_str()).is_some_and(|e| EXTENSIONS.iter().any(|x| x.eq_ignore_ascii_case(e)))
}

impl Walk {
    /// Read one file (or standard input for `-`, named by
    /// [`Walk::stdin_name`] or `<stdin>`) as UTF-8.
    pub fn read_one(&self, path: &Path) -> Result<Source, LoadError> {
        let is_stdin = path == Path::new("-");
        let shown = if is_stdin {
            self.stdin_name.clone().unwrap_or_else(|| STDIN.to_string())
        } else {
            path.display().to_string()
        };
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
}

/// A short reason for an I/O error.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// True for a symbolic link loop (skipped quietly: the folder is walked once).
fn is_loop(e: &ignore::Error) -> bool {
    match e {
        ignore::Error::Loop { .. } => true,
        ignore::Error::WithPath { err, .. } | ignore::Error::WithDepth { err, .. } => is_loop(err),
        ignore::Error::WithLineNumber { err, .. } => is_loop(err),
        ignore::Error::Partial(errs) => errs.iter().all(is_loop),
        _ => false,
    }
}

/// A walk error as a load error naming its path.
fn walk_error(e: &ignore::Error, dir: &Path) -> LoadError {
    fn path_of(e: &ignore::Error) -> Option<&Path> {
        match e {
            ignore::Error::WithPath { path, .. } => Some(path),
            ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => path_of(err),
            _ => None,
        }
    }
    let reason = e.io_error().map_or_else(|| e.to_string(), io_reason);
    LoadError { path: path_of(e).unwrap_or(dir).display().to_string(), reason, offset: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excludes_are_globs_on_path_components() {
        let base = Path::new("/repo");
        let ex =
            Excludes::new(&["build".into(), "**/node_modules/**".into(), "stories/archive/".into()], base).unwrap();
        assert!(ex.excluded(Path::new("/repo/build/a.md")));
        assert!(!ex.excluded(Path::new("/repo/buildings/a.md")));
        assert!(ex.excluded(Path::new("/repo/web/node_modules/x/a.md")));
        assert!(ex.excluded(Path::new("/repo/stories/archive/2019/a.md")));
        assert!(!ex.excluded(Path::new("/repo/stories/a.md")));
        assert!(Excludes::new(&["a[".into()], base).is_err());
    }
}
