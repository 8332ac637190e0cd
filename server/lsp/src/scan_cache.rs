//! What the last workspace scan read, kept beside the title index so that
//! the next start does not parse the files unchanged since.
//!
//! A scan that finds a file with the size and modification time recorded
//! here (and the title index current for it) takes its reviews and text
//! hash from the cache instead of reading and parsing it: at 2,000 notes
//! that is most of a warm start. The whole cache is ignored when anything
//! that shapes a parse differs: another build of the server, another
//! configuration file or text, other workspace folders. It is rewritten
//! after every full scan, written then renamed, so a crash never leaves
//! half a file; a damaged one reads as empty.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::{Path, PathBuf};

use review_analysis::FileReviews;
use review_files::LoadedConfig;
use review_index::FileStamp;

const FILE_NAME: &str = "review-ls-scan.bin";
const MAGIC: &[u8] = b"review-ls scan cache 1\n";

/// What the cache holds for one file.
#[derive(Debug, PartialEq, Eq)]
pub struct CachedFile {
    pub stamp: FileStamp,
    /// The file's site as it was parsed with (a folder's only note takes
    /// its title from the folder's name).
    pub only_note_in_folder: bool,
    /// See `DiskFile::hash`.
    pub hash: u64,
    pub reviews: FileReviews,
}

/// Everything that shapes what a parse returns, besides the file itself:
/// the build (its size and modification time), the configuration file
/// (where it is, where its folder is, its text) and the workspace folders.
pub fn identity(loaded: &LoadedConfig, roots: &[PathBuf]) -> u64 {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    MAGIC.hash(&mut hasher);
    let build = std::env::current_exe()
        .ok()
        .and_then(|exe| FileStamp::of(&exe))
        .map(|stamp| (stamp.size, stamp.modified_ns));
    build.hash(&mut hasher);
    loaded.path.hash(&mut hasher);
    loaded.base.hash(&mut hasher);
    loaded
        .path
        .as_deref()
        .and_then(|path| std::fs::read(path).ok())
        .hash(&mut hasher);
    roots.hash(&mut hasher);
    hasher.finish()
}

/// The cached files of `dir` under `identity`, by file key; empty when
/// there is no cache, it was written under another identity, or it is
/// damaged.
pub fn load(dir: &Path, identity: u64) -> HashMap<String, CachedFile> {
    let Ok(bytes) = std::fs::read(dir.join(FILE_NAME)) else {
        return HashMap::new();
    };
    decode(&bytes, identity).unwrap_or_default()
}

fn decode(bytes: &[u8], identity: u64) -> Option<HashMap<String, CachedFile>> {
    let mut input = bytes.strip_prefix(MAGIC)?;
    if take_u64(&mut input)? != identity {
        return None;
    }
    let count = usize::try_from(take_u64(&mut input)?).ok()?;
    let mut files = HashMap::with_capacity(count.min(input.len()));
    for _ in 0..count {
        let key_length = usize::try_from(take_u64(&mut input)?).ok()?;
        if key_length > input.len() {
            return None;
        }
        let (key, rest) = input.split_at(key_length);
        input = rest;
        let key = String::from_utf8(key.to_vec()).ok()?;
        let size = take_u64(&mut input)?;
        let modified_ns =
            u128::from(take_u64(&mut input)?) << 64 | u128::from(take_u64(&mut input)?);
        let (&only, rest) = input.split_first()?;
        input = rest;
        let hash = take_u64(&mut input)?;
        let reviews = FileReviews::decode(&mut input)?;
        let file = CachedFile {
            stamp: FileStamp { size, modified_ns },
            only_note_in_folder: only == 1,
            hash,
            reviews,
        };
        files.insert(key, file);
    }
    input.is_empty().then_some(files)
}

fn take_u64(input: &mut &[u8]) -> Option<u64> {
    let (bytes, rest) = input.split_first_chunk::<8>()?;
    *input = rest;
    Some(u64::from_le_bytes(*bytes))
}

/// One file to cache, borrowed from what the scan keeps.
pub struct Entry<'a> {
    pub key: &'a str,
    pub stamp: FileStamp,
    pub only_note_in_folder: bool,
    pub hash: u64,
    pub reviews: &'a FileReviews,
}

/// Writes the cache of `dir` (then renames it into place). Not synced: a
/// file lost to a crash reads as damaged, so as empty. Blocking.
pub fn save(dir: &Path, identity: u64, files: &[Entry<'_>]) -> std::io::Result<()> {
    let temporary = dir.join(format!("{FILE_NAME}.{}.tmp", std::process::id()));
    let mut out = std::io::BufWriter::new(std::fs::File::create(&temporary)?);
    out.write_all(MAGIC)?;
    out.write_all(&identity.to_le_bytes())?;
    out.write_all(&(files.len() as u64).to_le_bytes())?;
    let mut buffer = Vec::new();
    for file in files {
        buffer.clear();
        buffer.extend_from_slice(&(file.key.len() as u64).to_le_bytes());
        buffer.extend_from_slice(file.key.as_bytes());
        buffer.extend_from_slice(&file.stamp.size.to_le_bytes());
        buffer.extend_from_slice(&((file.stamp.modified_ns >> 64) as u64).to_le_bytes());
        buffer.extend_from_slice(&(file.stamp.modified_ns as u64).to_le_bytes());
        buffer.push(u8::from(file.only_note_in_folder));
        buffer.extend_from_slice(&file.hash.to_le_bytes());
        file.reviews.encode(&mut buffer);
        out.write_all(&buffer)?;
    }
    out.flush()?;
    drop(out);
    std::fs::rename(&temporary, dir.join(FILE_NAME))
}

#[cfg(test)]
mod tests {
    use review_analysis::Config;

    use super::*;

    fn file(text: &str, only: bool) -> CachedFile {
        let parsed = Config::default().parse(text, None);
        CachedFile {
            stamp: FileStamp {
                size: text.len() as u64,
                modified_ns: 1_700_000_000_123_456_789,
            },
            only_note_in_folder: only,
            hash: 42,
            reviews: FileReviews::read(text, &parsed),
        }
    }

    fn entry<'a>(key: &'a str, file: &'a CachedFile) -> Entry<'a> {
        Entry {
            key,
            stamp: file.stamp,
            only_note_in_folder: file.only_note_in_folder,
            hash: file.hash,
            reviews: &file.reviews,
        }
    }

    #[test]
    fn the_cache_reads_back_under_its_identity_only() {
        let dir = tempfile::tempdir().unwrap();
        let a = file(
            "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 번역\r\n",
            false,
        );
        let b = file(
            "# Deep Residual Learning\n\n## Method\n\n잔차 연결 😀\n",
            true,
        );
        save(
            dir.path(),
            7,
            &[entry("notes/a.md", &a), entry("b/README.md", &b)],
        )
        .unwrap();
        let read = load(dir.path(), 7);
        assert_eq!(read.len(), 2);
        assert_eq!(read["notes/a.md"], a);
        assert_eq!(read["b/README.md"], b);
        // Another build or configuration: nothing.
        assert!(load(dir.path(), 8).is_empty());
        // Damaged: nothing, not a part.
        let path = dir.path().join(FILE_NAME);
        let bytes = std::fs::read(&path).unwrap();
        std::fs::write(&path, &bytes[..bytes.len() - 3]).unwrap();
        assert!(load(dir.path(), 7).is_empty());
        std::fs::write(&path, [&bytes[..], b"x"].concat()).unwrap();
        assert!(load(dir.path(), 7).is_empty());
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|entry| entry.unwrap().file_name())
            .collect();
        assert_eq!(names, [FILE_NAME]);
    }
}
