//! Collecting what `--check` and `--list` report: the files under the given
//! paths, each read, parsed and checked against the whole set (so that
//! `duplicate-review` sees every file), plus the files that could not be read.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use review_analysis::{Config, FileSite, Finding, ReviewIndex, check_file_with_titles};
use review_files::{
    FileFilter, LoadedConfig, Walked, catalog_files, file_site, load_config, load_config_file,
    notes_per_folder, read_review_file, review_files,
};
use review_index::TitleIndex;
use review_index::catalog::{CatalogFormat, load as load_catalog};
use review_syntax::{LineIndex, ParsedFile};

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

pub(crate) struct CheckRun {
    pub(crate) files: Vec<CheckedFile>,
    pub(crate) io_errors: Vec<IoProblem>,
    /// Problems with catalog files: reported, never fatal.
    pub(crate) catalog_warnings: Vec<String>,
    /// Who reviewed what across all checked files.
    pub(crate) reviews: ReviewIndex,
    /// The titles the checked files and the catalogs know.
    pub(crate) titles: TitleIndex,
}

impl CheckRun {
    /// Reads, parses and checks everything under `paths`. Fails (exit 2)
    /// only on a usage problem: a path that does not exist, or a broken
    /// configuration. Unreadable files are collected in `io_errors`.
    pub(crate) fn collect(
        paths: &[PathBuf],
        config_override: Option<&Path>,
    ) -> anyhow::Result<CheckRun> {
        let mut configs: HashMap<Option<PathBuf>, LoadedConfig> = HashMap::new();
        let mut to_read: Vec<(PathBuf, Option<PathBuf>)> = Vec::new();
        let mut io_errors = Vec::new();
        let override_config = match config_override {
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
                        if !to_read.iter().any(|(known, _)| known == &path) {
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

        let mut files = Vec::new();
        let notes_in_folder = notes_per_folder(to_read.iter().map(|(path, _)| path.as_path()));
        for (path, config_key) in to_read {
            let shown = display_path(&path);
            match read_review_file(&path) {
                Ok(text) => {
                    let loaded = &configs[&config_key];
                    let config = Arc::new(loaded.config.clone());
                    let site = file_site(loaded, &path, &notes_in_folder);
                    let parsed = config.parse(&text, Some(&site));
                    files.push((
                        config_key,
                        CheckedFile {
                            path: shown,
                            disk_path: path.clone(),
                            site,
                            config,
                            line_index: LineIndex::new(&text),
                            text,
                            parsed,
                            findings: Vec::new(),
                        },
                    ));
                }
                Err(error) => io_errors.push(IoProblem {
                    path: shown,
                    message: error.to_string(),
                }),
            }
        }

        let mut reviews = ReviewIndex::new();
        for (_, file) in &files {
            reviews.insert_file(&file.path, &file.text, &file.parsed);
        }
        // The titles known to the whole run, for near-miss-title: the checked
        // reviews and every configured catalog, in an in-memory index (the
        // CLI writes nothing).
        let titles = TitleIndex::in_memory("the CLI keeps no cache".to_owned());
        for (_, file) in &files {
            titles.stage_reviews(&file.path, None, &file.text, &file.parsed);
        }
        let mut catalog_warnings = Vec::new();
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
                        let catalog = load_catalog(&text, CatalogFormat::of(&path));
                        for problem in &catalog.problems {
                            catalog_warnings
                                .push(format!("{shown}:{}: {}", problem.line, problem.message));
                        }
                        titles.stage_catalog(&shown, None, &catalog.titles);
                    }
                    Err(error) => {
                        catalog_warnings.push(format!("{shown}: {error}; catalog skipped"))
                    }
                }
            }
        }
        titles.commit().map_err(|error| anyhow::anyhow!(error))?;
        for (config_key, file) in &mut files {
            let config = &configs
                .get(config_key)
                .context("configuration lost")?
                .config;
            file.findings = check_file_with_titles(
                &file.path,
                &file.text,
                &file.parsed,
                config,
                &reviews,
                &titles,
            );
        }
        Ok(CheckRun {
            files: files.into_iter().map(|(_, file)| file).collect(),
            io_errors,
            catalog_warnings,
            reviews,
            titles,
        })
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
