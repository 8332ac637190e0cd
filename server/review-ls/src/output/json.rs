//! `--format json`: a JSON array of findings. Lines and columns are 1-based,
//! columns counted in characters.

use std::io::Write;

use rayon::prelude::*;
use review_analysis::Finding;
use serde::Serialize;

use super::{Span, span};
use crate::check::{CheckRun, CheckedFile, IoProblem};

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
    // One pretty array, built from each file's findings on every core: the
    // elements of a file's own pretty array, joined, are exactly those of
    // the whole one.
    let parts: Vec<Vec<u8>> = run
        .files
        .par_iter()
        .filter(|file| !file.findings.is_empty())
        .map(|file| {
            let findings: Vec<JsonFinding<'_>> = file
                .findings
                .iter()
                .map(|finding| json_finding(run, file, finding))
                .collect();
            serde_json::to_vec_pretty(&findings)
        })
        .collect::<Result<_, _>>()?;
    // An unreadable file is an error in the array too, so that a consumer
    // of the JSON alone learns of it.
    let mut parts = parts;
    for problem in &run.io_errors {
        let start = super::Position { line: 1, column: 1 };
        let unreadable = JsonFinding {
            path: &problem.path,
            code: IoProblem::CODE,
            rule: IoProblem::NAME,
            severity: "error",
            message: &problem.what(),
            range: Span { start, end: start },
            fix: None,
            related: Vec::new(),
        };
        parts.push(serde_json::to_vec_pretty(&[unreadable])?);
    }
    if parts.is_empty() {
        writeln!(out, "[]")?;
        return Ok(());
    }
    out.write_all(b"[\n")?;
    for (number, part) in parts.iter().enumerate() {
        if number > 0 {
            out.write_all(b",\n")?;
        }
        // `[\n` … `\n]` around each file's elements.
        out.write_all(&part[2..part.len() - 2])?;
    }
    out.write_all(b"\n]\n")?;
    Ok(())
}

fn json_finding<'a>(
    run: &'a CheckRun,
    file: &'a CheckedFile,
    finding: &'a Finding,
) -> JsonFinding<'a> {
    JsonFinding {
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
                    .file(&related.file)
                    .map(|other| span(&other.text, &other.line_index, related.range)),
                message: &related.message,
            })
            .collect(),
    }
}
