//! The catalogs `--check` compares titles with, read once and then from a
//! cache.
//!
//! Reading a 150,000-title bibliography and building its near-miss table
//! takes a few hundred milliseconds; the same table read back from the cache
//! takes a few. The cache is one file per catalog content (a hash of its
//! bytes, so a fresh checkout of an unchanged catalog in CI still hits),
//! under `$REVIEW_LS_CACHE_DIR/catalogs/`, else the user's cache
//! (`$XDG_CACHE_HOME/review-ls/catalogs/`, `~/.cache/review-ls/catalogs/`).
//! A cache that cannot be read or written is skipped silently: the catalog
//! is then read from its file, as the first time.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use review_index::TitleTable;
use review_index::catalog::{CatalogFormat, load as load_catalog};

/// Bumped whenever catalog reading or the table's layout changes, so that
/// an older cache is not taken for a current one.
const CACHE_VERSION: u32 = 1;
const MAGIC: &[u8; 8] = b"RLSCAT01";

/// A catalog's titles and the problems found reading it.
pub(crate) struct Catalog {
    pub(crate) table: Arc<TitleTable>,
    /// (1-based line, message).
    pub(crate) problems: Vec<(usize, String)>,
}

/// Where the CLI keeps catalog tables, if anywhere.
pub(crate) fn cache_dir() -> Option<PathBuf> {
    let root = match std::env::var_os(review_lsp::CACHE_DIR_VARIABLE) {
        Some(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => review_index::default_cache_root()?,
    };
    Some(root.join("catalogs"))
}

/// The catalog in `text` (the content of `path`), from the cache in
/// `cache` when it holds it, else read (with a spinner when it is large)
/// and stored there.
pub(crate) fn load(
    path: &Path,
    text: &str,
    cache: Option<&Path>,
    progress: &crate::progress::Progress,
) -> Catalog {
    let entry = cache.map(|dir| dir.join(format!("{:016x}.bin", content_hash(path, text))));
    if let Some(catalog) = entry.as_deref().and_then(|entry| read_cached(entry, text)) {
        return catalog;
    }
    let spinner = progress.catalog(&crate::check::display_path(path), text.len() as u64);
    let loaded = load_catalog(text, CatalogFormat::of(path));
    let table = TitleTable::build(
        loaded
            .titles
            .iter()
            .map(|title| (&title.key, title.title.as_str())),
    );
    let catalog = Catalog {
        table: Arc::new(table),
        problems: loaded
            .problems
            .into_iter()
            .map(|problem| (problem.line, problem.message))
            .collect(),
    };
    if let Some(entry) = entry {
        // A cache that cannot be written costs the next run time, nothing else.
        let _ = write_cached(&entry, text, &catalog);
    }
    spinner.finish_and_clear();
    catalog
}

/// A hash of what decides the table: the content, its format (by the file's
/// extension) and the cache's version.
fn content_hash(path: &Path, text: &str) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mix = |hash: u64, word: u64| (hash ^ word).wrapping_mul(K).rotate_left(29);
    let mut hash = mix(u64::from(CACHE_VERSION), text.len() as u64);
    let format = format!("{:?}", CatalogFormat::of(path));
    for byte in format.bytes() {
        hash = mix(hash, u64::from(byte));
    }
    let bytes = text.as_bytes();
    let mut words = bytes.chunks_exact(8);
    for word in &mut words {
        hash = mix(
            hash,
            u64::from_le_bytes(word.try_into().unwrap_or_default()),
        );
    }
    for &byte in words.remainder() {
        hash = mix(hash, u64::from(byte));
    }
    hash
}

/// A cache entry: the table's bytes, then the problems (JSON), then a
/// footer — the problems' length, the catalog's length, the version, the
/// magic — so that the table is read without a copy.
const FOOTER: usize = 8 + 8 + 4 + 8;

fn read_cached(entry: &Path, text: &str) -> Option<Catalog> {
    let mut bytes = std::fs::read(entry).ok()?;
    let footer_at = bytes.len().checked_sub(FOOTER)?;
    let footer = &bytes[footer_at..];
    let number = |at: usize| u64::from_le_bytes(footer[at..at + 8].try_into().unwrap_or_default());
    let problems_length = usize::try_from(number(0)).ok()?;
    // The length guards against a hash collision between two catalogs.
    if number(8) != text.len() as u64
        || footer[16..20] != CACHE_VERSION.to_le_bytes()
        || &footer[20..] != MAGIC
    {
        return None;
    }
    let problems_at = footer_at.checked_sub(problems_length)?;
    let problems: Vec<(usize, String)> =
        serde_json::from_slice(&bytes[problems_at..footer_at]).ok()?;
    bytes.truncate(problems_at);
    let table = TitleTable::from_bytes(bytes)?;
    Some(Catalog {
        table: Arc::new(table),
        problems,
    })
}

fn write_cached(entry: &Path, text: &str, catalog: &Catalog) -> std::io::Result<()> {
    let folder = entry.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(folder)?;
    let problems = serde_json::to_vec(&catalog.problems)?;
    let table = catalog.table.as_bytes();
    let mut bytes = Vec::with_capacity(table.len() + problems.len() + FOOTER);
    bytes.extend_from_slice(table);
    bytes.extend_from_slice(&problems);
    bytes.extend_from_slice(&(problems.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&(text.len() as u64).to_le_bytes());
    bytes.extend_from_slice(&CACHE_VERSION.to_le_bytes());
    bytes.extend_from_slice(MAGIC);
    // Written beside and renamed into place: two runs at once (CI jobs
    // sharing a cache) never read a half-written entry.
    let temporary = folder.join(format!(
        ".{}.{}.tmp",
        entry
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("entry"),
        std::process::id()
    ));
    let result =
        std::fs::write(&temporary, &bytes).and_then(|()| std::fs::rename(&temporary, entry));
    if result.is_err() {
        let _ = std::fs::remove_file(&temporary);
    }
    result
}
