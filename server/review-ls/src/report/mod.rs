//! `--report FILE`: the course's review roster as one self-contained HTML
//! page — who reviewed which paper with which sections, the papers several
//! people reviewed, duplicates, missing sections, reviews that start
//! mid-line and a chart of section coverage — for a teaching assistant to
//! open in a browser or print.
//!
//! [`roster`] gathers the numbers from a [`CheckRun`]; [`html`] renders
//! them. The page loads nothing from anywhere (see `html.rs`).

mod html;
mod roster;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;

use crate::check::{CheckRun, Options};
use roster::Roster;

/// Checks `paths` and writes the roster to `report_file`. Exit 0 when the
/// report is written, 2 when it cannot be (or some note could not be read:
/// the report is still written, naming those files, as `--list` does).
pub(crate) fn run(
    report_file: &Path,
    paths: &[PathBuf],
    options: &Options,
) -> anyhow::Result<ExitCode> {
    let check = CheckRun::collect(paths, options)?;
    for warning in &check.catalog_warnings {
        crate::report_warning(warning);
    }
    for problem in &check.io_errors {
        crate::report_error(&format!("{}: {}", problem.path, problem.what()));
    }
    let folder = report_file.parent().unwrap_or(Path::new("."));
    let roster = Roster::build(&check, paths, folder);
    let page = html::render(&roster);
    std::fs::write(report_file, page)
        .with_context(|| format!("cannot write the report to {}", report_file.display()))?;
    crate::report_note(&format!(
        "wrote {}: {} by {} ({}) in {}, {}",
        report_file.display(),
        crate::count(roster.reviews.len(), "review", "reviews"),
        crate::count(roster.reviewer_count(), "reviewer", "reviewers"),
        crate::count(roster.paper_count, "paper", "papers"),
        crate::count(roster.file_count, "file", "files"),
        crate::count(roster.findings.total(), "finding", "findings")
    ));
    Ok(if check.io_errors.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
