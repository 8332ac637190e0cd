//! `--format human`: each finding as the rustc-style snippet annotate-snippets
//! renders (`path:line:col`, code, message, the source line with carets under
//! the exact range — aligned under double-width Hangul and emoji), then a
//! summary line. Colour only when asked or on a terminal.

use std::io::Write;

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use rayon::prelude::*;
use review_analysis::{Finding, Severity};
use review_syntax::TextRange;

use super::count;
use crate::check::{CheckRun, CheckedFile};

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The lines that `range` touches, as (source, first line number, range
/// relative to that source).
fn excerpt(file: &CheckedFile, range: TextRange) -> (&str, usize, std::ops::Range<usize>) {
    let first = file.line_index.line_of(range.start);
    let last = file.line_index.line_of(range.end);
    let start = file.line_index.line(first).start;
    let end = file.line_index.line(last).end.max(range.end);
    (
        &file.text[start..end],
        first + 1,
        range.start - start..range.end - start,
    )
}

pub(super) fn write(
    out: &mut dyn Write,
    run: &CheckRun,
    color: bool,
    threshold: Severity,
) -> anyhow::Result<()> {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    };
    // Rendered a file at a time on every core, written in order.
    let rendered: Vec<String> = run
        .files
        .par_iter()
        .map(|file| {
            let mut text = String::new();
            for finding in &file.findings {
                text.push_str(&render(&renderer, run, file, finding));
                text.push_str("\n\n");
            }
            text
        })
        .collect();
    for text in rendered {
        out.write_all(text.as_bytes())?;
    }
    let findings: Vec<&Finding> = run.findings().map(|(_, finding)| finding).collect();
    let files_with_findings = run
        .files
        .iter()
        .filter(|file| !file.findings.is_empty())
        .count();
    let reviews = run.review_count();
    let checked = plural(run.files.len(), "file", "files");
    if findings.is_empty() {
        writeln!(
            out,
            "No problems: {} in {checked} checked.",
            plural(reviews, "review", "reviews")
        )?;
    } else {
        let failing = findings
            .iter()
            .filter(|f| f.severity.is_at_least(threshold))
            .count();
        writeln!(
            out,
            "Found {} ({}, {}, {} info) in {files_with_findings} of {checked}; {} checked; {failing} at or above {threshold}.",
            plural(findings.len(), "problem", "problems"),
            plural(count(&findings, Severity::Error), "error", "errors"),
            plural(count(&findings, Severity::Warning), "warning", "warnings"),
            count(&findings, Severity::Info),
            plural(reviews, "review", "reviews"),
        )?;
        let fixable = findings
            .iter()
            .filter(|finding| finding.fix.is_some())
            .count();
        if fixable > 0 {
            writeln!(
                out,
                "{fixable} of them can be fixed with `review-ls --check --fix` (or from the editor). `review-ls --explain CODE` explains a rule."
            )?;
        }
    }
    if !run.io_errors.is_empty() {
        writeln!(
            out,
            "{} could not be read (see the errors above).",
            plural(run.io_errors.len(), "file", "files")
        )?;
    }
    Ok(())
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

fn render(renderer: &Renderer, run: &CheckRun, file: &CheckedFile, finding: &Finding) -> String {
    let (source, line_start, span) = excerpt(file, finding.range);
    let snippet = Snippet::source(source)
        .line_start(line_start)
        .path(file.path.as_str())
        .annotation(AnnotationKind::Primary.span(span));
    let mut related_snippets = Vec::new();
    for related in &finding.related {
        match run.file(&related.file) {
            Some(other)
                if other.path == file.path
                    && other.line_index.line_of(related.range.start) == line_start - 1 => {}
            Some(other) => {
                let (source, line_start, span) = excerpt(other, related.range);
                related_snippets.push(
                    Snippet::source(source)
                        .line_start(line_start)
                        .path(other.path.as_str())
                        .annotation(
                            AnnotationKind::Context
                                .span(span)
                                .label(related.message.as_str()),
                        ),
                );
            }
            None => {}
        }
    }
    let meta = finding.rule.meta();
    let mut group = Group::with_title(
        level(finding.severity)
            .primary_title(finding.message.as_str())
            .id(meta.code),
    )
    .element(snippet);
    for related in related_snippets {
        group = group.element(related);
    }
    let mut note = format!("{} · `review-ls --explain {}`", meta.name, meta.code);
    if let Some(fix) = &finding.fix {
        note = format!("{note} · fix: {}", fix.title);
    }
    let group = group.element(Level::NOTE.message(note));
    renderer.render(&[group])
}
