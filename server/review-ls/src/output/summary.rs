//! The job summary of `--format github`: when `GITHUB_STEP_SUMMARY` names a
//! file (GitHub Actions sets it for every step), a Markdown report is
//! appended to it — the totals, findings per rule, the files with findings
//! (worst first) and the first findings with links to their lines — which
//! GitHub shows on the run's page and on a pull request's checks page.
//!
//! Annotations alone do not serve a teaching assistant: GitHub shows only
//! the first few of each kind per step, and a course's hand-in has hundreds.
//! Without the variable nothing is written; a summary file that cannot be
//! written is a warning, never a change of the exit code.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use review_analysis::{Finding, Rule, Severity};

use super::position;
use crate::check::{CheckRun, CheckedFile};

/// How many findings the last table lists: enough to start fixing, short
/// enough to read on a checks page.
const FIRST_FINDINGS: usize = 20;

/// How many files the per-file table lists.
const WORST_FILES: usize = 20;

/// Appends the summary of `run` to the file `GITHUB_STEP_SUMMARY` names, if
/// it names one.
pub(super) fn append_to_step_summary(run: &CheckRun, threshold: Severity) {
    let Some(summary_path) = std::env::var_os("GITHUB_STEP_SUMMARY").filter(|p| !p.is_empty())
    else {
        return;
    };
    let links = BlobLinks::from_env();
    let markdown = render(run, threshold, links.as_ref());
    let written = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .open(&summary_path)
        .and_then(|mut file| file.write_all(markdown.as_bytes()));
    if let Err(error) = written {
        crate::report_warning(&format!(
            "could not write the job summary to {} (GITHUB_STEP_SUMMARY): {error}",
            Path::new(&summary_path).display()
        ));
    }
}

/// Where the checked files are on GitHub: `GITHUB_SERVER_URL`,
/// `GITHUB_REPOSITORY` and `GITHUB_SHA`, which every Actions step has, and
/// the clone's root (`GITHUB_WORKSPACE`, else the current folder) that paths
/// in the repository are relative to.
struct BlobLinks {
    /// `https://github.com/owner/repo/blob/SHA`.
    base: String,
    root: PathBuf,
}

impl BlobLinks {
    fn from_env() -> Option<BlobLinks> {
        let var = |name: &str| std::env::var(name).ok().filter(|value| !value.is_empty());
        let server = var("GITHUB_SERVER_URL")?;
        let repository = var("GITHUB_REPOSITORY")?;
        let sha = var("GITHUB_SHA")?;
        let root = match var("GITHUB_WORKSPACE") {
            Some(workspace) => std::path::absolute(workspace).ok()?,
            None => std::env::current_dir().ok()?,
        };
        Some(BlobLinks {
            base: format!("{}/{repository}/blob/{sha}", server.trim_end_matches('/')),
            root,
        })
    }

    /// The address of `file` (at `line`, when given), or `None` for a file
    /// outside the clone. `?plain=1` makes GitHub show a Markdown file's
    /// source, where `#L12` selects the line, instead of rendering it.
    fn url(&self, file: &CheckedFile, line: Option<usize>) -> Option<String> {
        let absolute = std::path::absolute(&file.disk_path).ok()?;
        let relative = absolute.strip_prefix(&self.root).ok()?;
        let mut url = self.base.clone();
        for component in relative.components() {
            let std::path::Component::Normal(part) = component else {
                return None;
            };
            url.push('/');
            url.push_str(&percent_encode(part.to_str()?));
        }
        if let Some(line) = line {
            let _ = write!(url, "?plain=1#L{line}");
        }
        Some(url)
    }
}

/// Percent-encodes a path segment: everything but unreserved characters,
/// so that spaces, parentheses and Hangul cannot end a Markdown link early.
fn percent_encode(segment: &str) -> String {
    let mut encoded = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(byte as char);
        } else {
            let _ = write!(encoded, "%{byte:02X}");
        }
    }
    encoded
}

/// Escapes text for one table cell: a `|` would end the cell, a line break
/// the row, and Markdown or HTML in a title or a message would be rendered
/// rather than shown.
fn cell(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '\r' => {}
            '\n' => escaped.push(' '),
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            // `$` starts maths on GitHub; the rest are CommonMark's inline
            // syntax. Each may be escaped with a backslash.
            '|' | '\\' | '`' | '*' | '_' | '[' | ']' | '(' | ')' | '~' | '#' | '!' | '$' => {
                escaped.push('\\');
                escaped.push(ch);
            }
            _ => escaped.push(ch),
        }
    }
    escaped
}

/// A finding's message for a table cell. Messages quote what to write in
/// code spans (`` add `실험:` ``), which stay code spans when the backticks
/// pair up; inside one only a `|` needs escaping. Otherwise, as any cell.
fn message_cell(message: &str) -> String {
    let parts: Vec<&str> = message.split('`').collect();
    if parts.len().is_multiple_of(2) {
        return cell(message);
    }
    let mut escaped = String::with_capacity(message.len());
    for (index, part) in parts.iter().enumerate() {
        if index.is_multiple_of(2) {
            escaped.push_str(&cell(part));
        } else if part.trim().is_empty() {
            // An empty or blank code span is not one in Markdown.
            escaped.push_str(&cell(&format!("`{part}`")));
        } else {
            escaped.push('`');
            escaped.push_str(&part.replace(['\r', '\n'], " ").replace('|', "\\|"));
            escaped.push('`');
        }
    }
    escaped
}

/// `text` as a link to `url`, or as plain (escaped) text without one.
fn link(text: &str, url: Option<String>) -> String {
    match url {
        Some(url) => format!("[{}]({url})", cell(text)),
        None => cell(text),
    }
}

fn plural(count: usize, one: &str, many: &str) -> String {
    format!("{count} {}", if count == 1 { one } else { many })
}

/// Counts of findings by severity.
#[derive(Clone, Copy, Default)]
struct Tally {
    errors: usize,
    warnings: usize,
    info: usize,
}

impl Tally {
    fn add(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.info += 1,
        }
    }

    fn total(self) -> usize {
        self.errors + self.warnings + self.info
    }

    /// The order of the per-file table: most errors first, then warnings,
    /// then info.
    fn worst_first(self) -> impl Ord {
        std::cmp::Reverse((self.errors, self.warnings, self.info))
    }
}

/// The summary as Markdown, ending with a blank line so that a later step's
/// summary starts a new block.
fn render(run: &CheckRun, threshold: Severity, links: Option<&BlobLinks>) -> String {
    let mut markdown = String::new();
    // Writing to a String cannot fail.
    let _ = write_summary(&mut markdown, run, threshold, links);
    markdown
}

fn write_summary(
    markdown: &mut String,
    run: &CheckRun,
    threshold: Severity,
    links: Option<&BlobLinks>,
) -> std::fmt::Result {
    let findings: Vec<(&CheckedFile, &Finding)> = run.findings().collect();
    let mut tally = Tally::default();
    for (_, finding) in &findings {
        tally.add(finding.severity);
    }
    let reviews = plural(run.review_count(), "review", "reviews");
    let checked = plural(run.files.len(), "file", "files");
    let files_with_findings = run
        .files
        .iter()
        .filter(|file| !file.findings.is_empty())
        .count();

    if findings.is_empty() {
        writeln!(markdown, "## review-ls: no findings\n")?;
        writeln!(markdown, "{reviews} in {checked} checked.\n")?;
    } else {
        writeln!(
            markdown,
            "## review-ls: {} in {reviews}\n",
            plural(findings.len(), "finding", "findings")
        )?;
        let failing = findings
            .iter()
            .filter(|(_, finding)| finding.severity.is_at_least(threshold))
            .count();
        let verdict = if failing == 0 {
            format!("none at or above `{threshold}`, so this check passes")
        } else {
            format!("{failing} at or above `{threshold}`, so this check fails")
        };
        write!(
            markdown,
            "{}, {}, {} info in {files_with_findings} of {checked} checked; {verdict}.",
            plural(tally.errors, "error", "errors"),
            plural(tally.warnings, "warning", "warnings"),
            tally.info,
        )?;
        let fixable = findings
            .iter()
            .filter(|(_, finding)| finding.fix.is_some())
            .count();
        if fixable > 0 {
            write!(
                markdown,
                " {fixable} can be fixed with `review-ls --check --fix`."
            )?;
        }
        writeln!(markdown, "\n")?;
    }

    if !run.io_errors.is_empty() {
        writeln!(
            markdown,
            "{} could not be read:\n",
            plural(run.io_errors.len(), "file", "files")
        )?;
        for problem in &run.io_errors {
            writeln!(
                markdown,
                "- {}: {}",
                cell(&problem.path),
                cell(&problem.message)
            )?;
        }
        writeln!(markdown)?;
    }

    if findings.is_empty() {
        return Ok(());
    }
    write_rules(markdown, &findings)?;
    write_files(markdown, run, files_with_findings, links)?;
    write_first_findings(markdown, &findings, links)
}

/// Findings per rule, the most frequent first, with the severities they
/// were reported at (a configuration may re-level a rule per folder).
fn write_rules(markdown: &mut String, findings: &[(&CheckedFile, &Finding)]) -> std::fmt::Result {
    let mut per_rule: Vec<(Rule, Tally)> = Vec::new();
    for (_, finding) in findings {
        match per_rule.iter_mut().find(|(rule, _)| *rule == finding.rule) {
            Some((_, tally)) => tally.add(finding.severity),
            None => {
                let mut tally = Tally::default();
                tally.add(finding.severity);
                per_rule.push((finding.rule, tally));
            }
        }
    }
    per_rule.sort_by_key(|(rule, tally)| (std::cmp::Reverse(tally.total()), *rule));
    writeln!(markdown, "### Findings per rule\n")?;
    writeln!(markdown, "| Rule | Findings | Severity |")?;
    writeln!(markdown, "| --- | ---: | --- |")?;
    for (rule, tally) in per_rule {
        let severities: Vec<&str> = [
            (tally.errors, Severity::Error),
            (tally.warnings, Severity::Warning),
            (tally.info, Severity::Info),
        ]
        .into_iter()
        .filter(|(count, _)| *count > 0)
        .map(|(_, severity)| severity.name())
        .collect();
        writeln!(
            markdown,
            "| `{}` {} | {} | {} |",
            rule.code(),
            rule.name(),
            tally.total(),
            severities.join(", ")
        )?;
    }
    writeln!(markdown)
}

/// The files with findings, the worst first.
fn write_files(
    markdown: &mut String,
    run: &CheckRun,
    files_with_findings: usize,
    links: Option<&BlobLinks>,
) -> std::fmt::Result {
    let mut files: Vec<(&CheckedFile, Tally)> = run
        .files
        .iter()
        .filter(|file| !file.findings.is_empty())
        .map(|file| {
            let mut tally = Tally::default();
            for finding in &file.findings {
                tally.add(finding.severity);
            }
            (file, tally)
        })
        .collect();
    // A stable sort: files with equal counts keep the order they were read in.
    files.sort_by_key(|(_, tally)| tally.worst_first());
    if files_with_findings > WORST_FILES {
        writeln!(
            markdown,
            "### The {WORST_FILES} worst of {files_with_findings} files with findings\n"
        )?;
    } else {
        writeln!(markdown, "### Files with findings, worst first\n")?;
    }
    writeln!(markdown, "| File | Reviews | Errors | Warnings | Info |")?;
    writeln!(markdown, "| --- | ---: | ---: | ---: | ---: |")?;
    for (file, tally) in files.into_iter().take(WORST_FILES) {
        writeln!(
            markdown,
            "| {} | {} | {} | {} | {} |",
            link(&file.path, links.and_then(|links| links.url(file, None))),
            file.parsed.entries.len(),
            tally.errors,
            tally.warnings,
            tally.info
        )?;
    }
    writeln!(markdown)
}

/// The first findings, the most severe first and otherwise in the order
/// `--format github` prints them, each linked to its line.
fn write_first_findings(
    markdown: &mut String,
    findings: &[(&CheckedFile, &Finding)],
    links: Option<&BlobLinks>,
) -> std::fmt::Result {
    let mut first: Vec<&(&CheckedFile, &Finding)> = findings.iter().collect();
    first.sort_by_key(|(_, finding)| finding.severity);
    if findings.len() > FIRST_FINDINGS {
        writeln!(
            markdown,
            "### The first {FIRST_FINDINGS} of {} findings\n",
            findings.len()
        )?;
    } else {
        writeln!(markdown, "### Findings\n")?;
    }
    writeln!(markdown, "| Where | Severity | Rule | Message |")?;
    writeln!(markdown, "| --- | --- | --- | --- |")?;
    for (file, finding) in first.into_iter().take(FIRST_FINDINGS) {
        let at = position(&file.text, &file.line_index, finding.range.start);
        let place = format!("{}:{}:{}", file.path, at.line, at.column);
        writeln!(
            markdown,
            "| {} | {} | `{}` {} | {} |",
            link(
                &place,
                links.and_then(|links| links.url(file, Some(at.line)))
            ),
            finding.severity,
            finding.rule.code(),
            finding.rule.name(),
            message_cell(&finding.message)
        )?;
    }
    writeln!(markdown)
}

#[cfg(test)]
mod tests {
    use super::{cell, message_cell, percent_encode};

    #[test]
    fn cells_escape_pipes_breaks_and_markdown() {
        assert_eq!(
            cell("a | b\r\nc *d* `e` <i>&"),
            r"a \| b c \*d\* \`e\` &lt;i&gt;&amp;"
        );
        assert_eq!(
            cell("[x](y) $m$ #1 ~s~ _u_ \\"),
            r"\[x\]\(y\) \$m\$ \#1 \~s\~ \_u\_ \\"
        );
        assert_eq!(cell("홍길동: 목적"), "홍길동: 목적");
    }

    #[test]
    fn messages_keep_their_code_spans_when_the_backticks_pair_up() {
        assert_eq!(
            message_cell("add `실험:` saying *how*"),
            r"add `실험:` saying \*how\*"
        );
        assert_eq!(message_cell("a `x|y` b"), r"a `x\|y` b");
        assert_eq!(message_cell("odd ` tick"), r"odd \` tick");
        assert_eq!(message_cell("empty `` span"), r"empty \`\` span");
    }

    #[test]
    fn path_segments_are_percent_encoded() {
        assert_eq!(percent_encode("a b(1).md"), "a%20b%281%29.md");
        assert_eq!(percent_encode("논문.md"), "%EB%85%BC%EB%AC%B8.md");
    }
}
