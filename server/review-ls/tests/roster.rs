//! The roster, as a teaching assistant takes it away: `--list --format csv`
//! for a spreadsheet and `--report FILE` for a browser or paper. Run on the
//! seed (exact counts, agreeing with `--list --format json` and `--check
//! --format json`) and on `fixtures/roster`: a title with a comma and
//! quotes, a hostile title, a paper two people reviewed, a duplicate, a
//! review that starts mid-line and a single-review note with no reviewer.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use support::run_in;

mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/roster")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn list_json(dir: &Path, path: &str) -> Vec<serde_json::Value> {
    let output = run_in(dir, &["--list", "--format", "json", path]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    serde_json::from_str(&stdout(&output)).unwrap()
}

/// A strict RFC 4180 reader, written for the test: records end in CRLF,
/// quoted fields may hold anything, a quote inside is doubled, and a quote
/// anywhere else is an error.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut field_started = false;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    let next = chars.peek();
                    assert!(
                        matches!(next, None | Some(',') | Some('\r')),
                        "text after a closing quote: {next:?}"
                    );
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' => {
                assert!(!field_started, "a quote inside an unquoted field");
                quoted = true;
                field_started = true;
            }
            ',' => {
                record.push(std::mem::take(&mut field));
                field_started = false;
            }
            '\r' => {
                assert_eq!(chars.next(), Some('\n'), "CR without LF");
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                field_started = false;
            }
            '\n' => panic!("a bare LF ends a record"),
            _ => {
                field.push(c);
                field_started = true;
            }
        }
    }
    assert!(!quoted, "unterminated quoted field");
    assert!(
        record.is_empty() && field.is_empty(),
        "the last record does not end in CRLF"
    );
    records
}

const CSV_HEADER: &str =
    "path,line,column,reviewer,title,key,venue,year,layout,title_source,sections\r\n";

/// A JSON value as its CSV field: null is empty, sections are joined by `;`.
fn as_field(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(text) => text.clone(),
        serde_json::Value::Array(items) => items
            .iter()
            .map(|item| item.as_str().unwrap())
            .collect::<Vec<_>>()
            .join(";"),
        other => other.to_string(),
    }
}

fn assert_csv_matches_json(csv: &[Vec<String>], json: &[serde_json::Value]) {
    let header = &csv[0];
    assert_eq!(csv.len() - 1, json.len());
    for (row, review) in csv[1..].iter().zip(json) {
        assert_eq!(row.len(), header.len());
        for (name, field) in header.iter().zip(row) {
            assert_eq!(
                field,
                &as_field(&review[name.as_str()]),
                "{name} of {review}"
            );
        }
    }
}

#[test]
fn csv_lists_every_review_of_the_seed() {
    let output = run_in(&root(), &["--list", "--format", "csv", "seeds/"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let text = stdout(&output);
    assert!(text.starts_with(CSV_HEADER));
    let records = parse_csv(&text);
    assert_eq!(records.len(), 1 + 110);
    assert_csv_matches_json(&records, &list_json(&root(), "seeds/"));
    // Hangul as written, a title with a colon unquoted, the mid-line review.
    assert!(text.contains(
        "\r\nseeds/000_1d7a1aefbff0b690.md,55,159,송우혁,SimPLE: Similar Pseudo Label Exploitation for Semi-Supervised Classification,simple similar pseudo label exploitation for semi supervised classification,,,collection,header,\r\n"
    ));
    // A venue and year, and sections joined by `;`.
    let decision: Vec<&Vec<String>> = records
        .iter()
        .filter(|row| row[4].starts_with("Decision Transformer"))
        .collect();
    assert_eq!(decision.len(), 3);
}

#[test]
fn csv_quotes_commas_and_quotes_and_they_round_trip() {
    let output = run_in(&fixture(), &["--list", "--format", "csv", "notes/"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = stdout(&output);
    assert!(
        text.contains(",홍길동,\"Attention, \"\"Really\"\" Is All You Need\",attention really is all you need,"),
        "{text}"
    );
    let records = parse_csv(&text);
    let json = list_json(&fixture(), "notes/");
    assert_csv_matches_json(&records, &json);
    let titles: Vec<&str> = records[1..].iter().map(|row| row[4].as_str()).collect();
    assert!(titles.contains(&"Attention, \"Really\" Is All You Need"));
    assert!(titles.contains(&"<script>alert('x')</script> & Friends"));
}

#[test]
fn csv_is_for_list_only() {
    let output = run_in(&fixture(), &["--check", "--format", "csv", "notes/"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: --format csv is for --list; --check supports human, json, github or sarif\n"
    );
    assert_eq!(stdout(&output), "");
}

/// Writes the report of `path` to `report` (both relative to `dir`) and
/// returns the page.
fn report(dir: &Path, report: &Path, path: &str) -> (Output, String) {
    let output = run_in(dir, &["--report", report.to_str().unwrap(), path]);
    let page = std::fs::read_to_string(dir.join(report)).unwrap_or_default();
    (output, page)
}

/// The `data-count` of the summary item `id`.
fn summary_count(page: &str, id: &str) -> usize {
    let marker = format!("<dd id=\"count-{id}\" data-count=\"");
    let start = page.find(&marker).unwrap_or_else(|| panic!("no {id}")) + marker.len();
    let end = start + page[start..].find('"').unwrap();
    page[start..end].parse().unwrap()
}

/// The rows of the table with this id.
fn table_rows(page: &str, id: &str) -> usize {
    let start = page
        .find(&format!("<table class=\"sortable\" id=\"{id}\">"))
        .or_else(|| page.find(&format!("<table class=\"sortable compact\" id=\"{id}\">")))
        .unwrap_or_else(|| panic!("no table {id}"));
    let end = start + page[start..].find("</table>").unwrap();
    page[start..end].matches("<tr").count() - 1
}

#[test]
fn the_seed_report_is_self_contained_and_counts_what_list_and_check_count() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.html");
    let (output, page) = report(&root(), &file, "seeds/");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        format!(
            "wrote {}: 110 reviews by 109 reviewers (104 papers) in 1 file, 309 findings\n",
            file.display()
        )
    );
    assert_eq!(stdout(&output), "");

    // Nothing from the network, nothing from another file.
    for outside in [
        "http://",
        "https://",
        "<script src",
        "<link",
        "@import",
        "url(",
        "<img",
        "<iframe",
    ] {
        assert!(!page.contains(outside), "the report contains {outside}");
    }
    assert_eq!(page.matches("<script").count(), 1, "one inline script");
    assert!(page.contains("default-src 'none'"));
    assert!(page.contains("@media print"));
    assert!(page.contains("sans-serif;"));

    // The counts agree with --list and --check.
    let listed = list_json(&root(), "seeds/");
    let reviewers: BTreeSet<&str> = listed
        .iter()
        .filter_map(|review| review["reviewer"].as_str())
        .collect();
    let papers: BTreeSet<&str> = listed
        .iter()
        .filter_map(|review| review["key"].as_str())
        .filter(|key| !key.is_empty())
        .collect();
    let check = run_in(&root(), &["--check", "--format", "json", "seeds/"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout(&check)).unwrap();
    assert_eq!(summary_count(&page, "files"), 1);
    assert_eq!(summary_count(&page, "reviews"), listed.len());
    assert_eq!(summary_count(&page, "reviewers"), reviewers.len());
    assert_eq!(summary_count(&page, "papers"), papers.len());
    assert_eq!(summary_count(&page, "findings"), findings.len());
    assert_eq!(
        (listed.len(), reviewers.len(), papers.len(), findings.len()),
        (110, 109, 104, 309)
    );
    assert_eq!(table_rows(&page, "roster-table"), 110);
    assert_eq!(table_rows(&page, "mid-line-table"), 5);
    for kind in ["purpose", "method", "experiment"] {
        let having = listed
            .iter()
            .filter(|review| {
                review["sections"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|s| s == kind)
            })
            .count();
        assert!(page.contains(&format!(
            "<g class=\"bar\" data-kind=\"{kind}\" data-count=\"{having}\">"
        )));
    }
    let missing_reviews: BTreeSet<String> = findings
        .iter()
        .filter(|f| f["rule"] == "missing-section")
        .map(|f| format!("{}", f["range"]["start"]["line"]))
        .collect();
    assert_eq!(table_rows(&page, "missing-table"), missing_reviews.len());
    assert!(page.contains(
        "<h2>Duplicates <small>(0)</small></h2>\n<p>None: nobody reviewed the same paper twice.</p>"
    ));
    // The seed's link, relative to the report's folder.
    assert!(page.contains("data-line=\"55\">seeds/000_1d7a1aefbff0b690.md:55</a>"));

    // Deterministic: a second run writes the same bytes.
    let again = dir.path().join("again.html");
    let (_, second) = report(&root(), &again, "seeds/");
    assert_eq!(page, second);
}

/// Copies the roster fixture into a fresh folder, so the report can be
/// written beside it.
fn fixture_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for relative in ["notes/week1.md", "notes/week2.md", "notes/papers/vit.md"] {
        let to = dir.path().join(relative);
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(fixture().join(relative), to).unwrap();
    }
    std::fs::create_dir(dir.path().join("out")).unwrap();
    dir
}

#[test]
fn the_report_escapes_titles_links_the_notes_and_lists_what_needs_doing() {
    let dir = fixture_copy();
    let (output, page) = report(dir.path(), Path::new("out/report.html"), "notes/");
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "wrote out/report.html: 6 reviews by 4 reviewers (4 papers) in 3 files, 5 findings\n"
    );
    // The hostile title is text, never markup.
    assert!(!page.contains("<script>alert"));
    assert!(
        page.contains("<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Friends</td>")
    );
    assert_eq!(page.matches("<script").count(), 1);
    assert!(page.contains("<td>Attention, &quot;Really&quot; Is All You Need</td>"));
    // Links from out/ to the notes.
    assert!(page.contains(
        "<a class=\"note\" href=\"../notes/week1.md\" data-line=\"3\">notes/week1.md:3</a>"
    ));
    assert!(page.contains(
        "<a class=\"note\" href=\"../notes/papers/vit.md\" data-line=\"1\">notes/papers/vit.md:1</a>"
    ));
    insta::assert_snapshot!(body(&page));
}

/// The page from the summary to the end of `main`: what the roster says,
/// without the stylesheet and the script.
fn body(page: &str) -> &str {
    let start = page.find("<section id=\"summary\">").unwrap();
    let end = page.find("</main>").unwrap();
    &page[start..end]
}

#[test]
fn report_usage_and_write_errors_exit_2() {
    let dir = fixture_copy();
    let output = run_in(
        dir.path(),
        &["--report", "no-such-folder/report.html", "notes/"],
    );
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: cannot write the report to no-such-folder/report.html: No such file or directory (os error 2)\n"
    );
    for args in [
        &["--report", "r.html", "--list", "notes/"][..],
        &["--report", "r.html", "--check", "notes/"],
        &["--report", "r.html", "--format", "json", "notes/"],
        &["--report", "r.html", "no-such-notes/"],
    ] {
        let output = run_in(dir.path(), args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(stderr(&output).starts_with("error: "), "{args:?}");
    }
    assert!(!dir.path().join("r.html").exists());
}
