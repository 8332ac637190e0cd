//! `--fix` and `--diff`: apply the rules' fixes to the checked files, or
//! show what applying them would change.
//!
//! Writing is atomic: the new text goes to a temporary file beside the
//! original (same folder, so same file system), which then replaces it by a
//! rename, keeping the original's permissions. Line endings are the file's
//! own (fixes insert the ending of its first line), a UTF-8 byte-order mark
//! is kept, and nothing but the fixes changes.

use std::io::Write;
use std::path::Path;

use review_analysis::fix_text;
use similar::TextDiff;

use crate::check::CheckRun;

/// A file the fixes change: its new text and how many fixes were applied.
pub(crate) struct FixedFile<'a> {
    pub(crate) path: &'a str,
    pub(crate) disk_path: &'a Path,
    pub(crate) before: &'a str,
    pub(crate) after: String,
    pub(crate) fixes: usize,
}

/// What fixing every checked file would do, without writing anything.
pub(crate) fn plan(run: &CheckRun) -> Vec<FixedFile<'_>> {
    run.files
        .iter()
        .filter(|file| file.findings.iter().any(|finding| finding.fix.is_some()))
        .filter_map(|file| {
            let outcome = fix_text(
                &file.path,
                Some(&file.site),
                &file.text,
                &file.config,
                &run.reviews,
                Some(&run.titles),
            );
            (outcome.text != file.text).then(|| FixedFile {
                path: &file.path,
                disk_path: &file.disk_path,
                before: &file.text,
                after: outcome.text,
                fixes: outcome.applied.len(),
            })
        })
        .collect()
}

/// Prints a unified diff of each planned change.
pub(crate) fn write_diff(out: &mut dyn Write, planned: &[FixedFile<'_>]) -> anyhow::Result<()> {
    for file in planned {
        let diff = TextDiff::from_lines(file.before, file.after.as_str());
        let a = format!("a/{}", file.path);
        let b = format!("b/{}", file.path);
        write!(
            out,
            "{}",
            diff.unified_diff().context_radius(2).header(&a, &b)
        )?;
    }
    Ok(())
}

/// What `--fix` did with one planned file.
pub(crate) enum Applied {
    Written,
    /// Left alone, and why (said on stderr).
    Skipped(String),
}

/// Writes each planned change to disk, atomically, where it is safe:
///
/// - a symbolic link is followed, and its target written in place (beside
///   the target, so the link stays a link);
/// - a file without write permission, or one the user cannot open for
///   writing, is left alone;
/// - a file whose content changed since it was checked is left alone;
/// - a file with several hard links is left alone (replacing it would part
///   it from its other names).
///
/// (A file reached twice, by a link and by its own name, is checked once.)
pub(crate) fn apply(planned: &[FixedFile<'_>]) -> Vec<Applied> {
    planned
        .iter()
        .map(|file| match apply_one(file) {
            Ok(()) => Applied::Written,
            Err(reason) => Applied::Skipped(format!("{}: {reason}; not fixed", file.path)),
        })
        .collect()
}

fn apply_one(file: &FixedFile<'_>) -> Result<(), String> {
    // The note itself, wherever links lead.
    let target = std::fs::canonicalize(file.disk_path)
        .map_err(|error| format!("cannot be resolved ({error})"))?;
    let metadata = std::fs::metadata(&target).map_err(|error| error.to_string())?;
    if metadata.permissions().readonly() {
        return Err("is read-only".to_owned());
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if metadata.nlink() > 1 {
            return Err(format!(
                "has {} hard links, and replacing it would part them",
                metadata.nlink()
            ));
        }
    }
    // Opening for writing (without truncating) asks the system whether the
    // user may write it, and changes nothing.
    std::fs::OpenOptions::new()
        .write(true)
        .open(&target)
        .map_err(|error| match error.kind() {
            std::io::ErrorKind::PermissionDenied => {
                "cannot be written (permission denied)".to_owned()
            }
            _ => format!("cannot be written ({error})"),
        })?;
    let now = std::fs::read(&target).map_err(|error| error.to_string())?;
    let unchanged = review_files::decode(now.clone()).is_ok_and(|text| text == file.before);
    if !unchanged {
        return Err("changed since it was checked".to_owned());
    }
    write_atomically(&target, &now, &file.after)
        .map_err(|error| format!("cannot write the fixes ({error})"))
}

/// Replaces `path` (holding `original`) with `text`: written to a
/// temporary file beside it, then renamed over it, with its permissions.
fn write_atomically(path: &Path, original: &[u8], text: &str) -> std::io::Result<()> {
    let bom: &[u8] = if original.starts_with(b"\xEF\xBB\xBF") {
        b"\xEF\xBB\xBF"
    } else {
        b""
    };
    let folder = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("notes");
    let temporary = folder.join(format!(".{name}.review-ls-fix"));
    let result = (|| {
        let mut output = std::fs::File::create(&temporary)?;
        output.write_all(bom)?;
        output.write_all(text.as_bytes())?;
        output.sync_all()?;
        std::fs::set_permissions(&temporary, std::fs::metadata(path)?.permissions())?;
        std::fs::rename(&temporary, path)
    })();
    if result.is_err() {
        // Leave no half-written temporary file behind.
        let _ = std::fs::remove_file(&temporary);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::{Applied, FixedFile, apply};

    /// A note edited between the check and the write (in an editor, by
    /// another job) keeps the edit: `--fix` does not overwrite it.
    #[test]
    fn a_note_changed_since_its_check_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("notes.md");
        let checked = "홍길동: Paper\n\n- 목적: a\n";
        let edited = "홍길동: Paper\n\n- 목적: a, and more typed since 😀\n";
        std::fs::write(&path, edited).unwrap();
        let planned = [FixedFile {
            path: "notes.md",
            disk_path: &path,
            before: checked,
            after: format!("{checked}- 방법: ...\n"),
            fixes: 1,
        }];
        let applied = apply(&planned);
        assert!(
            matches!(&applied[..], [Applied::Skipped(reason)] if reason == "notes.md: changed since it was checked; not fixed")
        );
        assert_eq!(std::fs::read_to_string(&path).unwrap(), edited);
        // Unchanged, the same plan is written, BOM and all.
        std::fs::write(&path, format!("\u{feff}{checked}")).unwrap();
        assert!(matches!(&apply(&planned)[..], [Applied::Written]));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            format!("\u{feff}{checked}- 방법: ...\n")
        );
    }
}
