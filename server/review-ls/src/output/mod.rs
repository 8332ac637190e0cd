//! Rendering findings, one file per format, each snapshot-tested.

mod github;
mod human;
mod json;
mod sarif;
mod summary;

use std::io::Write;

use review_analysis::{Finding, Severity};
use review_syntax::{ColumnUnit, LineIndex, TextRange};

use crate::Format;
use crate::check::CheckRun;

pub(crate) fn write(
    out: &mut dyn Write,
    run: &CheckRun,
    format: Format,
    color: bool,
    threshold: Severity,
) -> anyhow::Result<()> {
    match format {
        Format::Human => human::write(out, run, color, threshold),
        Format::Json => json::write(out, run),
        Format::Github => github::write(out, run, threshold),
        Format::Sarif => sarif::write(out, run),
        // main.rs refuses `--check --format csv` before checking anything.
        Format::Csv => anyhow::bail!("--format csv is for --list"),
    }
}

/// A 1-based line and 1-based column counted in characters, as every
/// format prints positions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Position {
    pub(crate) line: usize,
    pub(crate) column: usize,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub(crate) struct Span {
    pub(crate) start: Position,
    pub(crate) end: Position,
}

pub(crate) fn position(text: &str, index: &LineIndex, offset: usize) -> Position {
    let at = index.line_col(text, offset, ColumnUnit::Char);
    Position {
        line: at.line as usize + 1,
        column: at.col as usize + 1,
    }
}

pub(crate) fn span(text: &str, index: &LineIndex, range: TextRange) -> Span {
    Span {
        start: position(text, index, range.start),
        end: position(text, index, range.end),
    }
}

pub(crate) fn count(findings: &[&Finding], severity: Severity) -> usize {
    findings
        .iter()
        .filter(|finding| finding.severity == severity)
        .count()
}
