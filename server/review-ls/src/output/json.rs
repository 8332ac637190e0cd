//! `--format json`: a JSON array of findings. Lines and columns are 1-based,
//! columns counted in characters.

use std::io::Write;

use serde::Serialize;

use super::{Span, span};
use crate::check::CheckRun;

#[derive(Serialize)]
struct JsonFinding<'a> {
    path: &'a str,
    code: &'a str,
    rule: &'a str,
    severity: &'a str,
    message: &'a str,
    range: Span,
    fix: Option<JsonFix<'a>>,
    related: Vec<JsonRelated<'a>>,
}

#[derive(Serialize)]
struct JsonFix<'a> {
    message: &'a str,
    edits: Vec<JsonEdit<'a>>,
}

#[derive(Serialize)]
struct JsonEdit<'a> {
    range: Span,
    content: &'a str,
}

#[derive(Serialize)]
struct JsonRelated<'a> {
    path: &'a str,
    range: Option<Span>,
    message: &'a str,
}

pub(super) fn write(out: &mut dyn Write, run: &CheckRun) -> anyhow::Result<()> {
    let findings: Vec<JsonFinding<'_>> = run
        .findings()
        .map(|(file, finding)| JsonFinding {
            path: &file.path,
            code: finding.rule.code(),
            rule: finding.rule.name(),
            severity: finding.severity.name(),
            message: &finding.message,
            range: span(&file.text, &file.line_index, finding.range),
            fix: finding.fix.as_ref().map(|fix| JsonFix {
                message: &fix.title,
                edits: fix
                    .edits
                    .iter()
                    .map(|edit| JsonEdit {
                        range: span(&file.text, &file.line_index, edit.range),
                        content: &edit.new_text,
                    })
                    .collect(),
            }),
            related: finding
                .related
                .iter()
                .map(|related| JsonRelated {
                    path: &related.file,
                    range: run
                        .files
                        .iter()
                        .find(|other| other.path == related.file)
                        .map(|other| span(&other.text, &other.line_index, related.range)),
                    message: &related.message,
                })
                .collect(),
        })
        .collect();
    serde_json::to_writer_pretty(&mut *out, &findings)?;
    writeln!(out)?;
    Ok(())
}
