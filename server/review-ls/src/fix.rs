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

/// Writes each planned change to disk, atomically.
pub(crate) fn apply(planned: &[FixedFile<'_>]) -> anyhow::Result<()> {
    for file in planned {
        write_atomically(file.disk_path, &file.after)
            .map_err(|error| anyhow::anyhow!("{}: cannot write the fixes: {error}", file.path))?;
    }
    Ok(())
}

fn write_atomically(path: &Path, text: &str) -> std::io::Result<()> {
    let original = std::fs::read(path)?;
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
