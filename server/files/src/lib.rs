//! Finding and reading review files, shared by the CLI and the server.
//!
//! - [`find_config`] walks up from a path to the nearest `review-ls.toml`;
//! - [`ReviewFiles`] lists the review files under some roots, honouring
//!   `.gitignore` and the configuration's include / exclude globs;
//! - [`read_review_file`] reads one file, refusing binary, non-UTF-8 and
//!   oversized files with an error that says which and where.
//!
//! Errors are a typed enum with a `Display` that a user can act on.

use std::collections::HashMap;
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use globset::{Glob, GlobBuilder, GlobSet, GlobSetBuilder};
use review_analysis::{CONFIG_FILE_NAME, Config, ConfigError, FileReviews, FileSite};
use review_syntax::ParsedFile;

/// Files larger than this are not read: review notes are kilobytes, and a
/// 64 MiB file is a dump or a mistake. Checked before reading.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file could not be read as review notes.
#[derive(Debug)]
pub enum ReadError {
    Io(io::Error),
    /// A NUL byte: an image or an archive named `.md`.
    Binary,
    /// Not UTF-8; `line` and `column` (1-based, column in bytes) locate the
    /// first bad byte.
    NotUtf8 {
        line: usize,
        column: usize,
        byte: u8,
    },
    TooLarge {
        bytes: u64,
    },
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadError::Io(error) => write!(f, "cannot read: {error}"),
            ReadError::Binary => f.write_str("binary file (it contains NUL bytes)"),
            ReadError::NotUtf8 { line, column, byte } => {
                write!(
                    f,
                    "not valid UTF-8 (byte 0x{byte:02x} at line {line}, byte {column}); save it as UTF-8"
                )
            }
            ReadError::TooLarge { bytes } => {
                write!(
                    f,
                    "too large to be review notes ({} MiB; the limit is {} MiB)",
                    bytes / (1024 * 1024),
                    MAX_FILE_BYTES / (1024 * 1024)
                )
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// Reads a review file, or says precisely why it cannot.
pub fn read_review_file(path: &Path) -> Result<String, ReadError> {
    use std::io::Read;
    // One open, then its size: a workspace scan reads thousands of files,
    // and each path lookup is a system call.
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let length = file.metadata().map_err(ReadError::Io)?.len();
    if length > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge { bytes: length });
    }
    // At most the limit and a byte, should the file grow while it is read.
    let mut bytes = Vec::with_capacity(length as usize + 1);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ReadError::TooLarge {
            bytes: bytes.len() as u64,
        });
    }
    decode(bytes)
}

/// Decodes file contents as review notes: UTF-8 (a BOM is dropped), no NULs.
pub fn decode(mut bytes: Vec<u8>) -> Result<String, ReadError> {
    if bytes.contains(&0) {
        return Err(ReadError::Binary);
    }
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|error| {
        let valid = error.utf8_error().valid_up_to();
        let bytes = error.as_bytes();
        let line = bytes[..valid].iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = bytes[..valid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        ReadError::NotUtf8 {
            line,
            column: valid - line_start + 1,
            byte: bytes[valid],
        }
    })
}

/// A configuration and where it came from.
#[derive(Clone, Debug)]
pub struct LoadedConfig {
    pub config: Config,
    /// The file, or `None` for the defaults.
    pub path: Option<PathBuf>,
    /// The folder globs are relative to: the file's folder, or the root the
    /// walk started from when there is no file.
    pub base: PathBuf,
}

/// Why a configuration could not be loaded.
#[derive(Debug)]
pub enum ConfigLoadError {
    Io { path: PathBuf, error: io::Error },
    Invalid(ConfigError),
}

impl fmt::Display for ConfigLoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ConfigLoadError::Io { path, error } => {
                write!(f, "{}: cannot read: {error}", path.display())
            }
            ConfigLoadError::Invalid(error) => error.fmt(f),
        }
    }
}

impl std::error::Error for ConfigLoadError {}

/// The nearest `review-ls.toml` at or above `start` (a file or a folder).
pub fn find_config(start: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(start).ok()?;
    let mut folder = if absolute.is_dir() {
        Some(absolute.as_path())
    } else {
        absolute.parent()
    };
    while let Some(current) = folder {
        let candidate = current.join(CONFIG_FILE_NAME);
        if candidate.is_file() {
            return Some(candidate);
        }
        folder = current.parent();
    }
    None
}

/// Loads the configuration in force for `start`: the nearest file's, or the
/// defaults (with globs relative to `start`'s folder).
pub fn load_config(start: &Path) -> Result<LoadedConfig, ConfigLoadError> {
    match find_config(start) {
        Some(path) => load_config_file(&path),
        None => {
            let absolute = std::path::absolute(start).unwrap_or_else(|_| start.to_owned());
            let base = if absolute.is_dir() {
                absolute
            } else {
                absolute
                    .parent()
                    .map_or_else(|| absolute.clone(), Path::to_owned)
            };
            Ok(LoadedConfig {
                config: Config::default(),
                path: None,
                base,
            })
        }
    }
}

pub fn load_config_file(path: &Path) -> Result<LoadedConfig, ConfigLoadError> {
    let text = std::fs::read_to_string(path).map_err(|error| ConfigLoadError::Io {
        path: path.to_owned(),
        error,
    })?;
    let config =
        Config::from_toml(&text, &path.display().to_string()).map_err(ConfigLoadError::Invalid)?;
    let base = path
        .parent()
        .map_or_else(|| PathBuf::from("."), Path::to_owned);
    Ok(LoadedConfig {
        config,
        path: Some(path.to_owned()),
        base,
    })
}

/// Include / exclude matching for one configuration.
#[derive(Clone, Debug)]
pub struct FileFilter {
    base: PathBuf,
    include: GlobSet,
    exclude: GlobSet,
}

/// The globs of `[files]`, matched ignoring case as macOS and Windows name
/// files: `**/*.md` takes `README.MD`, which editors open as markdown too.
fn glob_set(globs: &[String]) -> GlobSet {
    let mut builder = GlobSetBuilder::new();
    for glob in globs {
        // Configuration parsing validated every glob already.
        if let Ok(glob) = GlobBuilder::new(glob).case_insensitive(true).build() {
            builder.add(glob);
        }
    }
    builder.build().unwrap_or_else(|_| GlobSet::empty())
}

impl FileFilter {
    pub fn new(loaded: &LoadedConfig) -> FileFilter {
        FileFilter {
            base: std::path::absolute(&loaded.base).unwrap_or_else(|_| loaded.base.clone()),
            include: glob_set(&loaded.config.include),
            exclude: glob_set(&loaded.config.exclude),
        }
    }

    /// Whether a file found by walking a folder is a review file.
    pub fn includes(&self, path: &Path) -> bool {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let relative = absolute.strip_prefix(&self.base).unwrap_or(&absolute);
        self.include.is_match(relative) && !self.excludes(path)
    }

    /// Whether a path is excluded (explicitly named files are still checked
    /// unless excluded).
    pub fn excludes(&self, path: &Path) -> bool {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        let relative = absolute.strip_prefix(&self.base).unwrap_or(&absolute);
        self.exclude.is_match(relative)
    }
}

/// The catalog files (`[catalog] paths`) of a configuration: each glob
/// relative to the configuration's folder. A path without wildcards names
/// one file. Returns the files and the patterns that matched none.
pub fn catalog_files(loaded: &LoadedConfig) -> (Vec<PathBuf>, Vec<String>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for pattern in &loaded.config.catalog_paths {
        let before = files.len();
        if !has_wildcards(pattern) {
            let path = loaded.base.join(pattern);
            if path.is_file() {
                files.push(path);
            }
        } else if let Ok(glob) = Glob::new(pattern) {
            let matcher = glob.compile_matcher();
            let walker = ignore::WalkBuilder::new(&loaded.base)
                .standard_filters(false)
                .build();
            for entry in walker.flatten() {
                let path = entry.path();
                let relative = path.strip_prefix(&loaded.base).unwrap_or(path);
                if entry.file_type().is_some_and(|kind| kind.is_file())
                    && matcher.is_match(relative)
                {
                    files.push(path.to_owned());
                }
            }
        }
        if files.len() == before {
            problems.push(pattern.clone());
        }
    }
    files.sort();
    files.dedup();
    (files, problems)
}

fn has_wildcards(pattern: &str) -> bool {
    pattern.contains(['*', '?', '[', '{'])
}

/// Whether `path` is (or, deleted, was) a catalog file of the
/// configuration: named by one of its `[catalog] paths`, as
/// [`catalog_files`] reads them.
pub fn is_catalog_file(loaded: &LoadedConfig, path: &Path) -> bool {
    loaded.config.catalog_paths.iter().any(|pattern| {
        if !has_wildcards(pattern) {
            return loaded.base.join(pattern) == path;
        }
        let Ok(relative) = path.strip_prefix(&loaded.base) else {
            return false;
        };
        Glob::new(pattern).is_ok_and(|glob| glob.compile_matcher().is_match(relative))
    })
}

/// File-watcher globs that see every change to the catalog files: the
/// last part of each pattern anywhere in the workspace (`refs/*.bib` →
/// `**/*.bib`). They may see more; [`is_catalog_file`] tells.
pub fn catalog_watch_globs(loaded: &LoadedConfig) -> Vec<String> {
    let mut globs: Vec<String> = loaded
        .config
        .catalog_paths
        .iter()
        .map(|pattern| {
            let last = pattern.rsplit(['/', '\\']).next().unwrap_or(pattern);
            if last == "**" || last.is_empty() {
                "**/*".to_owned()
            } else {
                format!("**/{last}")
            }
        })
        .collect();
    globs.sort();
    globs.dedup();
    globs
}

/// One path found by [`review_files`], or a problem met on the way.
#[derive(Debug)]
pub enum Walked {
    File(PathBuf),
    Error {
        path: Option<PathBuf>,
        message: String,
    },
}

/// The review files under `root` (a file or a folder): `.gitignore`d and
/// hidden files skipped, include / exclude applied. An explicitly named file
/// is always a review file unless excluded. Sorted by path, so output is
/// stable.
pub fn review_files(root: &Path, filter: &FileFilter) -> Vec<Walked> {
    if root.is_file() {
        return if filter.excludes(root) {
            Vec::new()
        } else {
            vec![Walked::File(root.to_owned())]
        };
    }
    let mut found = Vec::new();
    let walker = ignore::WalkBuilder::new(root)
        .follow_links(false)
        .require_git(false)
        .build();
    for result in walker {
        match result {
            Ok(entry) => {
                let is_file = entry.file_type().is_some_and(|kind| kind.is_file());
                if is_file && filter.includes(entry.path()) {
                    found.push(Walked::File(entry.into_path()));
                }
            }
            Err(error) => found.push(Walked::Error {
                path: error_path(&error),
                message: error.to_string(),
            }),
        }
    }
    found.sort_by(|a, b| match (a, b) {
        (Walked::File(a), Walked::File(b)) => a.cmp(b),
        (Walked::File(_), Walked::Error { .. }) => std::cmp::Ordering::Less,
        (Walked::Error { .. }, Walked::File(_)) => std::cmp::Ordering::Greater,
        (Walked::Error { message: a, .. }, Walked::Error { message: b, .. }) => a.cmp(b),
    });
    found
}

fn error_path(error: &ignore::Error) -> Option<PathBuf> {
    match error {
        ignore::Error::WithPath { path, .. } => Some(path.clone()),
        ignore::Error::WithDepth { err, .. } | ignore::Error::WithLineNumber { err, .. } => {
            error_path(err)
        }
        _ => None,
    }
}

/// Where `path` stands for its configuration: relative to the
/// configuration's folder (or to `path`'s own folder when it is outside it),
/// and whether it is the only note of its folder, counted in `notes_in_folder`
/// (see [`notes_per_folder`]).
pub fn file_site(
    loaded: &LoadedConfig,
    path: &Path,
    notes_in_folder: &HashMap<PathBuf, usize>,
) -> FileSite {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let base = std::path::absolute(&loaded.base).unwrap_or_else(|_| loaded.base.clone());
    let relative = absolute
        .strip_prefix(&base)
        .map(Path::to_path_buf)
        .unwrap_or_else(|_| {
            // Outside the configuration's folder: keep the folder's name, which
            // a title may come from.
            let mut kept = PathBuf::new();
            if let Some(folder) = absolute.parent().and_then(Path::file_name) {
                kept.push(folder);
            }
            if let Some(name) = absolute.file_name() {
                kept.push(name);
            }
            kept
        });
    let relative = relative
        .components()
        .map(|part| part.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/");
    let only = absolute
        .parent()
        .and_then(|folder| notes_in_folder.get(folder))
        .is_some_and(|count| *count == 1);
    FileSite {
        relative,
        path: absolute.to_string_lossy().into_owned(),
        only_note_in_folder: only,
    }
}

/// How many notes (`.md` and `.markdown` files) each folder of `paths`
/// holds on disk, keyed by the absolute folder: counted by reading each
/// folder once, so that a file checked on its own is not taken for its
/// folder's only note.
pub fn notes_per_folder<'a>(paths: impl IntoIterator<Item = &'a Path>) -> HashMap<PathBuf, usize> {
    let mut counts = HashMap::new();
    for path in paths {
        let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
        let Some(folder) = absolute.parent() else {
            continue;
        };
        if counts.contains_key(folder) {
            continue;
        }
        let count = std::fs::read_dir(folder)
            .map(|entries| {
                entries
                    .filter_map(Result::ok)
                    .filter(|entry| entry.file_type().is_ok_and(|t| t.is_file()))
                    .filter(|entry| {
                        Path::new(&entry.file_name())
                            .extension()
                            .and_then(|e| e.to_str())
                            .is_some_and(|e| {
                                e.eq_ignore_ascii_case("md") || e.eq_ignore_ascii_case("markdown")
                            })
                    })
                    .count()
            })
            // A folder that cannot be read says nothing of its notes.
            .unwrap_or(0);
        counts.insert(folder.to_path_buf(), count);
    }
    counts
}

/// One note as `--check`, `--list` and the server's scan all read it:
/// decoded, placed for its configuration ([`file_site`]), parsed with that
/// configuration's vocabulary, and — when asked for — its reviews taken for
/// the cross-file rules.
pub struct ReadNote {
    pub path: PathBuf,
    pub site: FileSite,
    pub text: String,
    pub parsed: ParsedFile,
    /// Empty unless asked for.
    pub reviews: FileReviews,
}

/// A note that could not be read, and why (as the user is told).
pub type Unreadable = (PathBuf, String);

/// Reads and parses `notes` (each with the configuration in force for it)
/// on every core, in the order given; `notes_in_folder` counts the notes
/// per folder of the whole walk ([`notes_per_folder`]), for titles taken
/// from a folder's name. `read` is called once per note read (progress). A
/// panic while parsing one note makes that note unreadable, not the run.
pub fn read_notes(
    notes: &[(PathBuf, &LoadedConfig)],
    notes_in_folder: &HashMap<PathBuf, usize>,
    with_reviews: bool,
    read: &(dyn Fn() + Sync),
) -> Vec<Result<ReadNote, Unreadable>> {
    use rayon::prelude::*;
    notes
        .par_iter()
        .map(|(path, loaded)| {
            let note =
                std::panic::catch_unwind(|| read_note(path, loaded, notes_in_folder, with_reviews))
                    .unwrap_or_else(|_| Err("internal error while reading this file".to_owned()));
            read();
            note.map_err(|message| (path.clone(), message))
        })
        .collect()
}

fn read_note(
    path: &Path,
    loaded: &LoadedConfig,
    notes_in_folder: &HashMap<PathBuf, usize>,
    with_reviews: bool,
) -> Result<ReadNote, String> {
    let text = read_review_file(path).map_err(|error| error.to_string())?;
    let site = file_site(loaded, path, notes_in_folder);
    let parsed = loaded.config.parse(&text, Some(&site));
    let reviews = if with_reviews {
        FileReviews::read(&text, &parsed)
    } else {
        FileReviews::default()
    };
    Ok(ReadNote {
        path: path.to_owned(),
        site,
        text,
        parsed,
        reviews,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_reports_where_utf8_breaks() {
        assert_eq!(decode("목적".as_bytes().to_vec()).unwrap(), "목적");
        assert_eq!(decode(b"\xEF\xBB\xBFabc".to_vec()).unwrap(), "abc");
        let error = decode(b"ok\n\xea\xb0\x80 \xff rest".to_vec()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "not valid UTF-8 (byte 0xff at line 2, byte 5); save it as UTF-8"
        );
        assert_eq!(
            decode(b"PNG\0\0".to_vec()).unwrap_err().to_string(),
            "binary file (it contains NUL bytes)"
        );
    }

    #[test]
    fn walks_with_gitignore_and_globs() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("notes/drafts")).unwrap();
        std::fs::create_dir_all(root.join("build")).unwrap();
        std::fs::write(root.join(".gitignore"), "build/\n").unwrap();
        std::fs::write(
            root.join(CONFIG_FILE_NAME),
            "[files]\nexclude = [\"notes/drafts/**\"]\n",
        )
        .unwrap();
        for file in [
            "notes/a.md",
            "notes/b.markdown",
            "notes/c.txt",
            "notes/README.MD",
            "notes/f.Markdown",
            "notes/drafts/d.md",
            "notes/drafts/G.MD",
            "build/e.md",
            ".hidden.md",
        ] {
            std::fs::write(root.join(file), "x").unwrap();
        }
        let loaded = load_config(&root.join("notes")).unwrap();
        assert_eq!(
            loaded.path.as_deref(),
            Some(root.join(CONFIG_FILE_NAME).as_path())
        );
        let filter = FileFilter::new(&loaded);
        let files: Vec<String> = review_files(root, &filter)
            .into_iter()
            .map(|walked| match walked {
                Walked::File(path) => path.strip_prefix(root).unwrap().display().to_string(),
                Walked::Error { message, .. } => panic!("{message}"),
            })
            .collect();
        assert_eq!(
            files,
            [
                "notes/README.MD",
                "notes/a.md",
                "notes/b.markdown",
                "notes/f.Markdown"
            ]
        );
        // A file named explicitly is checked whatever its extension.
        assert_eq!(review_files(&root.join("notes/c.txt"), &filter).len(), 1);
        assert_eq!(
            review_files(&root.join("notes/drafts/d.md"), &filter).len(),
            0
        );
    }

    #[test]
    fn catalog_files_by_name_and_glob_and_their_watchers() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("refs/old")).unwrap();
        std::fs::create_dir_all(root.join("other")).unwrap();
        std::fs::write(
            root.join(CONFIG_FILE_NAME),
            "[catalog]\npaths = [\"refs/*.bib\", \"papers.txt\"]\n",
        )
        .unwrap();
        for file in ["refs/a.bib", "refs/old/b.bib", "other/c.bib", "papers.txt"] {
            std::fs::write(root.join(file), "x").unwrap();
        }
        let loaded = load_config(root).unwrap();
        let (files, unmatched) = catalog_files(&loaded);
        let files: Vec<&Path> = files
            .iter()
            .map(|path| path.strip_prefix(root).unwrap())
            .collect();
        // As every glob of the configuration (globset's defaults), `*` also
        // matches `/`.
        assert_eq!(
            files,
            [
                Path::new("papers.txt"),
                Path::new("refs/a.bib"),
                Path::new("refs/old/b.bib")
            ]
        );
        assert!(unmatched.is_empty());
        // What the walk finds is what is recognised, deleted files too.
        assert!(is_catalog_file(&loaded, &root.join("refs/a.bib")));
        assert!(is_catalog_file(&loaded, &root.join("refs/gone.bib")));
        assert!(is_catalog_file(&loaded, &root.join("papers.txt")));
        assert!(is_catalog_file(&loaded, &root.join("refs/old/b.bib")));
        assert!(!is_catalog_file(&loaded, &root.join("other/c.bib")));
        assert!(!is_catalog_file(&loaded, &root.join("other/papers.txt")));
        assert!(!is_catalog_file(&loaded, &root.join("notes.md")));
        assert_eq!(catalog_watch_globs(&loaded), ["**/*.bib", "**/papers.txt"]);
    }
}
