//! `--list`: the reviews found — who reviewed which paper, where, with which
//! sections — as a table, as JSON, or as CSV for spreadsheets.

use std::io::Write;

use serde::Serialize;

use crate::Format;
use crate::check::CheckRun;
use crate::output::position;

#[derive(Serialize)]
struct ListedReview<'a> {
    path: &'a str,
    line: usize,
    column: usize,
    reviewer: Option<&'a str>,
    title: Option<&'a str>,
    key: Option<&'a str>,
    venue: Option<&'a str>,
    year: Option<u16>,
    /// `collection` or `single`.
    layout: &'static str,
    /// Where the title was read: `header`, `front-matter`, `field`,
    /// `heading`, `folder` or `file-name`.
    title_source: &'static str,
    sections: Vec<&'static str>,
    /// Each section as written: its kind, its label or heading text, its line.
    section_headings: Vec<ListedSection<'a>>,
}

#[derive(Serialize)]
struct ListedSection<'a> {
    kind: &'static str,
    text: &'a str,
    line: usize,
    /// Taken for the method by its place between introduction and
    /// experiments, not by its words.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    inferred: bool,
}

pub(crate) fn write(out: &mut dyn Write, run: &CheckRun, format: Format) -> anyhow::Result<()> {
    let mut reviews = Vec::new();
    for file in &run.files {
        for entry in &file.parsed.entries {
            let start = entry.header.range.start;
            let at = position(&file.text, &file.line_index, start);
            let title = entry.header.title.as_ref();
            reviews.push(ListedReview {
                path: &file.path,
                line: at.line,
                column: at.column,
                reviewer: entry.header.reviewer.as_ref().map(|r| r.name.as_str()),
                title: title.map(|t| t.text.as_str()),
                key: title.map(|t| t.key.as_str()),
                venue: title.and_then(|t| t.venue.as_deref()),
                year: title.and_then(|t| t.year),
                layout: file
                    .parsed
                    .layout
                    .map_or("collection", |layout| layout.name()),
                title_source: entry.header.title_source.name(),
                section_headings: entry
                    .sections
                    .iter()
                    .map(|section| ListedSection {
                        kind: section.kind.name(),
                        text: section.label.slice(&file.text),
                        line: position(&file.text, &file.line_index, section.label.start).line,
                        inferred: section.inferred,
                    })
                    .collect(),
                sections: entry
                    .section_kinds()
                    .into_iter()
                    .map(|kind| kind.name())
                    .collect(),
            });
        }
    }
    match format {
        Format::Json => {
            serde_json::to_writer_pretty(&mut *out, &reviews)?;
            writeln!(out)?;
        }
        Format::Human => {
            for review in &reviews {
                let sections = if review.sections.is_empty() {
                    "no sections".to_owned()
                } else {
                    review.sections.join(", ")
                };
                writeln!(
                    out,
                    "{}:{}:{}\t{}\t{}\t[{sections}]",
                    review.path,
                    review.line,
                    review.column,
                    review.reviewer.unwrap_or("(no reviewer)"),
                    review.title.unwrap_or("(no title)"),
                )?;
            }
            writeln!(
                out,
                "{} reviews in {} files.",
                reviews.len(),
                run.files.len()
            )?;
        }
        Format::Csv => write_csv(out, &reviews)?,
        Format::Github | Format::Sarif => {
            anyhow::bail!("--list supports --format human, json or csv")
        }
    }
    Ok(())
}

/// The CSV columns, in order: the JSON fields a spreadsheet can hold in one
/// cell each (`section_headings` is left out; `sections` is joined by `;`).
const CSV_HEADER: [&str; 11] = [
    "path",
    "line",
    "column",
    "reviewer",
    "title",
    "key",
    "venue",
    "year",
    "layout",
    "title_source",
    "sections",
];

/// RFC 4180 CSV: a header row, one row per review, CRLF after every row; a
/// missing value is an empty field.
fn write_csv(out: &mut dyn Write, reviews: &[ListedReview]) -> std::io::Result<()> {
    write_csv_row(out, CSV_HEADER)?;
    for review in reviews {
        let line = review.line.to_string();
        let column = review.column.to_string();
        let year = review.year.map(|year| year.to_string()).unwrap_or_default();
        let sections = review.sections.join(";");
        write_csv_row(
            out,
            [
                review.path,
                &line,
                &column,
                review.reviewer.unwrap_or(""),
                review.title.unwrap_or(""),
                review.key.unwrap_or(""),
                review.venue.unwrap_or(""),
                &year,
                review.layout,
                review.title_source,
                &sections,
            ],
        )?;
    }
    Ok(())
}

fn write_csv_row<'a>(
    out: &mut dyn Write,
    fields: impl IntoIterator<Item = &'a str>,
) -> std::io::Result<()> {
    let row: Vec<String> = fields.into_iter().map(csv_field).collect();
    write!(out, "{}\r\n", row.join(","))
}

/// One field as RFC 4180 writes it: quoted when it holds a comma, a quote,
/// a line break or leading/trailing spaces (which some readers trim), with
/// each quote doubled.
fn csv_field(value: &str) -> String {
    let needs_quotes =
        value.contains([',', '"', '\r', '\n']) || value.starts_with(' ') || value.ends_with(' ');
    if needs_quotes {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::csv_field;

    #[test]
    fn csv_fields_are_quoted_only_when_they_must_be() {
        assert_eq!(
            csv_field("Attention Is All You Need"),
            "Attention Is All You Need"
        );
        assert_eq!(csv_field("홍길동"), "홍길동");
        assert_eq!(csv_field(""), "");
        assert_eq!(csv_field("A, B"), "\"A, B\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_field("cr\r"), "\"cr\r\"");
        assert_eq!(csv_field(" padded"), "\" padded\"");
    }
}
