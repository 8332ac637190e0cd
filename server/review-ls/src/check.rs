//! Collecting what `--check` and `--list` report: the files under the given
//! paths, each read, parsed and checked against the whole set (so that
//! `duplicate-review` sees every file), plus the files that could not be read.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rayon::prelude::*;
use review_analysis::{Config, FileSite, Finding, ReviewIndex, check_file_with_titles};
use review_files::{
    FileFilter, LoadedConfig, Walked, catalog_files, load_config, load_config_file,
    notes_per_folder, read_notes, read_review_file, review_files,
};
use review_index::{NearMisses, TitleTable};
use review_syntax::{LineIndex, ParsedFile};

use crate::catalogs;
use crate::progress::Progress;

/// What a run is for: `--list` reads and parses, `--check` also checks
/// every file against the whole set and the catalogs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Purpose {
    Check,
    List,
}

/// How to collect a run.
pub(crate) struct Options {
    /// The configuration file to use instead of looking above each path.
    pub(crate) config: Option<PathBuf>,
    pub(crate) purpose: Purpose,
    /// Whether catalog tables may be read from and written to the cache.
    pub(crate) cache: bool,
    /// Progress on stderr for long runs.
    pub(crate) progress: Progress,
}

impl Options {
    pub(crate) fn list() -> Options {
        Options {
            config: None,
            purpose: Purpose::List,
            cache: false,
            progress: Progress::off(),
        }
    }
}

/// One checked file.
pub(crate) struct CheckedFile {
    /// The path as the user would type it (relative to the current folder
    /// when under it), with `/` separators.
    pub(crate) path: String,
    /// Where the file is on disk, for `--fix`.
    pub(crate) disk_path: PathBuf,
    /// Where the file stands for its configuration.
    pub(crate) site: FileSite,
    /// The configuration in force for this file.
    pub(crate) config: Arc<Config>,
    pub(crate) text: String,
    pub(crate) line_index: LineIndex,
    pub(crate) parsed: ParsedFile,
    pub(crate) findings: Vec<Finding>,
}

/// A file (or folder) that could not be read, and why.
pub(crate) struct IoProblem {
    pub(crate) path: String,
    pub(crate) message: String,
}

impl IoProblem {
    /// The code and name every format gives an unreadable file (as a
    /// finding in JSON and GitHub annotations); not a rule one can turn off.
    pub(crate) const CODE: &'static str = "RV000";
    pub(crate) const NAME: &'static str = "unreadable-file";

    /// What happened, as every format says it after the path.
    pub(crate) fn what(&self) -> String {
        format!("{}; skipped", self.message)
    }
}

pub(crate) struct CheckRun {
    pub(crate) files: Vec<CheckedFile>,
    pub(crate) io_errors: Vec<IoProblem>,
    /// Problems with catalog files: reported, never fatal.
    pub(crate) catalog_warnings: Vec<String>,
    /// Who reviewed what across all checked files.
    pub(crate) reviews: ReviewIndex,
    /// The titles the checked files and the catalogs know (empty for
    /// `--list`, which does no fuzzy work).
    pub(crate) titles: NearMisses,
    /// Where each file is in `files`, by its path as shown.
    by_path: HashMap<String, usize>,
}

impl CheckRun {
    /// Reads, parses and (for `--check`) checks everything under `paths`,
    /// on every core. Fails (exit 2) only on a usage problem: a path that
    /// does not exist, or a broken configuration. Unreadable files are
    /// collected in `io_errors`.
    pub(crate) fn collect(paths: &[PathBuf], options: &Options) -> anyhow::Result<CheckRun> {
        let purpose = options.purpose;
        let mut configs: HashMap<Option<PathBuf>, LoadedConfig> = HashMap::new();
        let mut to_read: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        // A note reached twice (a link and its target, a file inside a
        // folder also given) is read once: by device and inode.
        let mut seen: HashSet<(u64, u64)> = HashSet::new();
        let mut io_errors = Vec::new();
        let override_config = match options.config.as_deref() {
            Some(path) => Some(load_config_file(path).map_err(|error| anyhow::anyhow!("{error}"))?),
            None => None,
        };
        for root in paths {
            if !root.exists() {
                anyhow::bail!("{}: no such file or directory", root.display());
            }
            let loaded = match &override_config {
                Some(loaded) => loaded.clone(),
                None => load_config(root).map_err(|error| anyhow::anyhow!("{error}"))?,
            };
            let filter = FileFilter::new(&loaded);
            let key = loaded.path.clone();
            configs.entry(key.clone()).or_insert(loaded);
            for walked in review_files(root, &filter) {
                match walked {
                    Walked::File(path) => {
                        if file_identity(&path).is_none_or(|identity| seen.insert(identity)) {
                            to_read.push((path, key.clone()));
                        }
                    }
                    Walked::Error { path, message } => io_errors.push(IoProblem {
                        path: path
                            .as_deref()
                            .map_or_else(|| root.display().to_string(), display_path),
                        message,
                    }),
                }
            }
        }

        let notes_in_folder = notes_per_folder(to_read.iter().map(|(path, _)| path.as_path()));
        let configs_shared: HashMap<Option<PathBuf>, Arc<Config>> = configs
            .iter()
            .map(|(key, loaded)| (key.clone(), Arc::new(loaded.config.clone())))
            .collect();
        // Reading, parsing and the terms of each review are per file: on
        // every core, in the order the walk found the files (the server's
        // scan reads the same way: `review_files::read_notes`).
        let reading = options.progress.files("Reading", to_read.len());
        let notes: Vec<(PathBuf, &LoadedConfig)> = to_read
            .iter()
            .map(|(path, config_key)| (path.clone(), &configs[config_key]))
            .collect();
        let read = read_notes(&notes, &notes_in_folder, purpose == Purpose::Check, &|| {
            reading.inc(1)
        });
        reading.finish_and_clear();
        let mut files = Vec::with_capacity(read.len());
        let mut reviews = ReviewIndex::new();
        for (outcome, (_, config_key)) in read.into_iter().zip(&to_read) {
            match outcome {
                Ok(note) => {
                    let file = CheckedFile {
                        path: display_path(&note.path),
                        disk_path: note.path,
                        site: note.site,
                        config: Arc::clone(&configs_shared[config_key]),
                        line_index: LineIndex::new(&note.text),
                        text: note.text,
                        parsed: note.parsed,
                        findings: Vec::new(),
                    };
                    if purpose == Purpose::Check {
                        reviews.insert_reviews(&file.path, note.reviews);
                    }
                    files.push(file);
                }
                Err((path, message)) => io_errors.push(IoProblem {
                    path: display_path(&path),
                    message,
                }),
            }
        }
        if purpose == Purpose::List {
            return Ok(CheckRun::new(
                files,
                io_errors,
                Vec::new(),
                reviews,
                NearMisses::default(),
            ));
        }

        // The titles known to the whole run, for near-miss-title: the
        // checked reviews, then every configured catalog.
        let review_titles = TitleTable::build(files.iter().flat_map(|file| {
            file.parsed
                .entries
                .iter()
                .filter_map(|entry| entry.header.title.as_ref())
                .map(|title| (&title.key, title.text.as_str()))
        }));
        let mut tables = vec![Arc::new(review_titles)];
        let mut catalog_warnings = Vec::new();
        let cache = if options.cache {
            catalogs::cache_dir()
        } else {
            None
        };
        for loaded in configs.values() {
            let (paths, unmatched) = catalog_files(loaded);
            let config_file = loaded
                .path
                .as_deref()
                .map_or_else(|| "the defaults".to_owned(), display_path);
            for pattern in unmatched {
                catalog_warnings.push(format!(
                    "catalog path `{pattern}` (in {config_file}) matches no file"
                ));
            }
            for path in paths {
                let shown = display_path(&path);
                match read_review_file(&path) {
                    Ok(text) => {
                        let catalog =
                            catalogs::load(&path, &text, cache.as_deref(), &options.progress);
                        for (line, message) in &catalog.problems {
                            catalog_warnings.push(format!("{shown}:{line}: {message}"));
                        }
                        tables.push(catalog.table);
                    }
                    Err(error) => {
                        catalog_warnings.push(format!("{shown}: {error}; catalog skipped"))
                    }
                }
            }
        }
        let titles = NearMisses::new(tables);
        let checking = options.progress.files("Checking", files.len());
        files.par_iter_mut().for_each(|file| {
            checking.inc(1);
            file.findings = check_file_with_titles(
                &file.path,
                &file.text,
                &file.parsed,
                &file.config,
                &reviews,
                &titles,
            );
        });
        checking.finish_and_clear();
        Ok(CheckRun::new(
            files,
            io_errors,
            catalog_warnings,
            reviews,
            titles,
        ))
    }

    fn new(
        files: Vec<CheckedFile>,
        io_errors: Vec<IoProblem>,
        catalog_warnings: Vec<String>,
        reviews: ReviewIndex,
        titles: NearMisses,
    ) -> CheckRun {
        let by_path = files
            .iter()
            .enumerate()
            .map(|(number, file)| (file.path.clone(), number))
            .collect();
        CheckRun {
            files,
            io_errors,
            catalog_warnings,
            reviews,
            titles,
            by_path,
        }
    }

    /// The checked file shown as `path`.
    pub(crate) fn file(&self, path: &str) -> Option<&CheckedFile> {
        self.by_path.get(path).map(|&number| &self.files[number])
    }

    pub(crate) fn findings(&self) -> impl Iterator<Item = (&CheckedFile, &Finding)> {
        self.files
            .iter()
            .flat_map(|file| file.findings.iter().map(move |finding| (file, finding)))
    }

    pub(crate) fn review_count(&self) -> usize {
        self.files
            .iter()
            .map(|file| file.parsed.entries.len())
            .sum()
    }
}

/// What makes two paths one file: its device and inode (`None` where
/// they cannot be read; the read then says why).
fn file_identity(path: &Path) -> Option<(u64, u64)> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let metadata = std::fs::metadata(path).ok()?;
        Some((metadata.dev(), metadata.ino()))
    }
    #[cfg(not(unix))]
    {
        use std::hash::{Hash, Hasher};
        let canonical = std::fs::canonicalize(path).ok()?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        canonical.hash(&mut hasher);
        Some((0, hasher.finish()))
    }
}

/// `seeds/a.md` for a file under the current folder, the path as found
/// otherwise; always with `/` separators.
pub(crate) fn display_path(path: &Path) -> String {
    let relative = std::env::current_dir().ok().and_then(|cwd| {
        std::path::absolute(path)
            .ok()
            .and_then(|abs| abs.strip_prefix(&cwd).ok().map(Path::to_owned))
    });
    let shown = relative.as_deref().unwrap_or(path);
    let text = shown.display().to_string().replace('\\', "/");
    text.strip_prefix("./").map(str::to_owned).unwrap_or(text)
}
