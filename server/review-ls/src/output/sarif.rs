//! `--format sarif`: SARIF 2.1.0 (the schema serde-sarif's types are built
//! from), for code-scanning dashboards. Columns are Unicode code points, as
//! the run's `columnKind` says, so Hangul counts one column.

use std::io::Write;

use review_analysis::{Rule, Severity};
use review_syntax::TextRange;
use serde_sarif::sarif;

use super::span;
use crate::check::{CheckRun, CheckedFile};

fn level(severity: Severity) -> sarif::ResultLevel {
    match severity {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Info => sarif::ResultLevel::Note,
    }
}

fn region(file: &CheckedFile, range: TextRange) -> sarif::Region {
    let at = span(&file.text, &file.line_index, range);
    sarif::Region::builder()
        .start_line(at.start.line as i64)
        .start_column(at.start.column as i64)
        .end_line(at.end.line as i64)
        .end_column(at.end.column as i64)
        .build()
}

fn location(file: &CheckedFile, range: TextRange, message: Option<&str>) -> sarif::Location {
    let physical = sarif::PhysicalLocation::builder()
        .artifact_location(
            sarif::ArtifactLocation::builder()
                .uri(file.path.clone())
                .build(),
        )
        .region(region(file, range))
        .build();
    match message {
        Some(text) => sarif::Location::builder()
            .physical_location(physical)
            .message(sarif::Message::builder().text(text.to_owned()).build())
            .build(),
        None => sarif::Location::builder()
            .physical_location(physical)
            .build(),
    }
}

fn text(text: &str) -> sarif::MultiformatMessageString {
    sarif::MultiformatMessageString::builder()
        .text(text.to_owned())
        .build()
}

pub(super) fn write(out: &mut dyn Write, run: &CheckRun) -> anyhow::Result<()> {
    let rules: Vec<sarif::ReportingDescriptor> = Rule::ALL
        .iter()
        .map(|rule| {
            let meta = rule.meta();
            sarif::ReportingDescriptor::builder()
                .id(meta.code)
                .name(meta.name)
                .short_description(text(meta.summary))
                // The documentation ships with the binary: code-scanning
                // pages show `help` where a link would need a website.
                .help(
                    sarif::MultiformatMessageString::builder()
                        .text(format!(
                            "{}\n\nMore: review-ls --explain {}",
                            meta.summary, meta.name
                        ))
                        .markdown(meta.doc.trim().to_owned())
                        .build(),
                )
                .default_configuration(
                    sarif::ReportingConfiguration::builder()
                        .level(serde_json::json!(level(meta.default_severity).to_string()))
                        .build(),
                )
                .build()
        })
        .collect();

    let mut results = Vec::new();
    for (file, finding) in run.findings() {
        let rule_index = Rule::ALL
            .iter()
            .position(|rule| *rule == finding.rule)
            .unwrap_or(0);
        let fixes: Vec<sarif::Fix> = finding
            .fix
            .iter()
            .map(|fix| {
                let replacements = fix
                    .edits
                    .iter()
                    .map(|edit| {
                        sarif::Replacement::builder()
                            .deleted_region(region(file, edit.range))
                            .inserted_content(
                                sarif::ArtifactContent::builder()
                                    .text(edit.new_text.clone())
                                    .build(),
                            )
                            .build()
                    })
                    .collect::<Vec<_>>();
                sarif::Fix::builder()
                    .description(sarif::Message::builder().text(fix.title.clone()).build())
                    .artifact_changes(vec![
                        sarif::ArtifactChange::builder()
                            .artifact_location(
                                sarif::ArtifactLocation::builder()
                                    .uri(file.path.clone())
                                    .build(),
                            )
                            .replacements(replacements)
                            .build(),
                    ])
                    .build()
            })
            .collect();
        let related: Vec<sarif::Location> = finding
            .related
            .iter()
            .filter_map(|related| {
                let other = run.file(&related.file)?;
                Some(location(other, related.range, Some(&related.message)))
            })
            .collect();
        let result = sarif::Result::builder()
            .rule_id(finding.rule.code())
            .rule_index(rule_index as i64)
            .level(level(finding.severity))
            .message(
                sarif::Message::builder()
                    .text(finding.message.clone())
                    .build(),
            )
            .locations(vec![location(file, finding.range, None)])
            .fixes(fixes)
            .related_locations(related)
            .build();
        results.push(result);
    }

    let notifications: Vec<sarif::Notification> = run
        .io_errors
        .iter()
        .map(|problem| {
            sarif::Notification::builder()
                .level(serde_json::json!("error"))
                .message(
                    sarif::Message::builder()
                        .text(format!("{}: {}", problem.path, problem.what()))
                        .build(),
                )
                .build()
        })
        .collect();
    let invocation = sarif::Invocation::builder()
        .execution_successful(run.io_errors.is_empty())
        .tool_execution_notifications(notifications)
        .build();

    let driver = sarif::ToolComponent::builder()
        .name("review-ls")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules)
        .build();
    let sarif_run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .results(results)
        .invocations(vec![invocation])
        .build();
    let log = sarif::Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(serde_json::json!("2.1.0"))
        .runs(vec![sarif_run])
        .build();
    serde_json::to_writer_pretty(&mut *out, &log)?;
    writeln!(out)?;
    Ok(())
}
