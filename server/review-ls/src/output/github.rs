//! `--format github`: GitHub Actions workflow commands, one line a finding,
//! which GitHub shows as annotations on the pull request's diff; and, when
//! `GITHUB_STEP_SUMMARY` names a file, a job summary appended to it (see
//! `summary.rs`).

use std::io::Write;

use review_analysis::Severity;

use super::{span, summary};
use crate::check::{CheckRun, IoProblem};

/// Escapes a workflow command's message (`%`, CR, LF).
fn escape_data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a workflow command's property value (also `:` and `,`).
fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

pub(super) fn write(
    out: &mut dyn Write,
    run: &CheckRun,
    threshold: Severity,
) -> anyhow::Result<()> {
    for (file, finding) in run.findings() {
        let command = match finding.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let at = span(&file.text, &file.line_index, finding.range);
        let title = format!("{} ({})", finding.rule.code(), finding.rule.name());
        writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            escape_property(&file.path),
            at.start.line,
            at.start.column,
            at.end.line,
            at.end.column,
            escape_property(&title),
            escape_data(&finding.message)
        )?;
    }
    for problem in &run.io_errors {
        let title = format!("{} ({})", IoProblem::CODE, IoProblem::NAME);
        writeln!(
            out,
            "::error file={},title={}::{}",
            escape_property(&problem.path),
            escape_property(&title),
            escape_data(&problem.what())
        )?;
    }
    summary::append_to_step_summary(run, threshold);
    Ok(())
}
