//! The job summary of `--format github` (issue 13): appended to the file
//! `GITHUB_STEP_SUMMARY` names, checked on the real seed against what
//! `--format json` reports; nothing written, and nothing else changed,
//! without the variable; a summary file that cannot be written is a warning.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use support::run_in;

mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .unwrap()
}

const SEED: &str = "seeds/000_1d7a1aefbff0b690.md";

/// Runs `review-ls` in `dir` with `env` set and every other `GITHUB_*`
/// variable the summary reads removed, so that the tests behave the same
/// inside a GitHub Actions job.
fn run_with(dir: &Path, args: &[&str], env: &[(&str, &Path)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_review-ls"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1");
    for name in [
        "GITHUB_STEP_SUMMARY",
        "GITHUB_SERVER_URL",
        "GITHUB_REPOSITORY",
        "GITHUB_SHA",
        "GITHUB_WORKSPACE",
    ] {
        command.env_remove(name);
    }
    for (name, value) in env {
        command.env(name, value);
    }
    command.output().expect("review-ls runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

/// The rows of the Markdown table under `heading`.
fn table<'a>(summary: &'a str, heading: &str) -> Vec<&'a str> {
    let start = summary
        .find(heading)
        .unwrap_or_else(|| panic!("no {heading:?} in\n{summary}"));
    summary[start..]
        .lines()
        .skip(2)
        .skip_while(|line| !line.starts_with('|'))
        .skip(2)
        .take_while(|line| line.starts_with('|'))
        .collect()
}

#[test]
fn the_seeds_summary_is_appended_with_the_counts_json_reports() {
    let dir = tempfile::tempdir().unwrap();
    let summary_path = dir.path().join("summary.md");
    // An earlier step's summary, which must be kept.
    let earlier = "## 이전 단계\n\nbuilt.\n\n";
    std::fs::write(&summary_path, earlier).unwrap();

    let output = run_with(
        &root(),
        &["--check", "seeds/", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stderr), "");
    // The annotations are exactly what they are without the variable.
    let plain = run_with(&root(), &["--check", "seeds/", "--format", "github"], &[]);
    assert_eq!(output.stdout, plain.stdout);

    let summary = std::fs::read_to_string(&summary_path).unwrap();
    let ours = summary
        .strip_prefix(earlier)
        .unwrap_or_else(|| panic!("the earlier summary was not kept:\n{summary}"));
    assert!(ours.starts_with(
        "## review-ls: 309 findings in 110 reviews\n\n\
         0 errors, 307 warnings, 2 info in 1 of 1 file checked; 307 at or above `warning`, \
         so this check fails. 307 can be fixed with `review-ls --check --fix`.\n\n\
         ### Findings per rule\n\n"
    ));

    // Per rule: the counts --format json gives, most frequent first.
    let json = run_in(&root(), &["--check", "seeds/", "--format", "json"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&text(&json.stdout)).unwrap();
    let mut expected: Vec<(usize, String)> = Vec::new();
    for finding in &findings {
        let row = format!(
            "`{}` {}|{}",
            finding["code"].as_str().unwrap(),
            finding["rule"].as_str().unwrap(),
            finding["severity"].as_str().unwrap()
        );
        match expected.iter_mut().find(|(_, known)| *known == row) {
            Some((count, _)) => *count += 1,
            None => expected.push((1, row)),
        }
    }
    expected.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    let expected: Vec<String> = expected
        .into_iter()
        .map(|(count, row)| {
            let (rule, severity) = row.split_once('|').unwrap();
            format!("| {rule} | {count} | {severity} |")
        })
        .collect();
    assert_eq!(table(ours, "### Findings per rule"), expected);
    assert_eq!(
        expected,
        [
            "| `RV001` missing-section | 302 | warning |",
            "| `RV003` entry-starts-mid-line | 5 | warning |",
            "| `RV008` title-text-mismatch | 2 | info |",
        ]
    );

    // Per file: the `_` of the file name is escaped; no links without the
    // repository's variables.
    assert_eq!(
        table(ours, "### Files with findings, worst first"),
        ["| seeds/000\\_1d7a1aefbff0b690.md | 110 | 0 | 307 | 2 |"]
    );

    // The first 20 findings, in --format json's order (all warnings come
    // before the two info findings), Korean intact, the messages' code spans
    // kept.
    let first = table(ours, "### The first 20 of 309 findings");
    assert_eq!(first.len(), 20);
    for (row, finding) in first.iter().zip(&findings) {
        let at = &finding["range"]["start"];
        assert!(
            row.starts_with(&format!(
                "| seeds/000\\_1d7a1aefbff0b690.md:{}:{} | {} | `{}` {} | ",
                at["line"],
                at["column"],
                finding["severity"].as_str().unwrap(),
                finding["code"].as_str().unwrap(),
                finding["rule"].as_str().unwrap()
            )),
            "{row}"
        );
    }
    assert_eq!(
        first[0],
        "| seeds/000\\_1d7a1aefbff0b690.md:25:1 | warning | `RV001` missing-section | missing experiment section: add `실험:` saying how the paper was evaluated and what it found |"
    );
    assert!(first.contains(
        &"| seeds/000\\_1d7a1aefbff0b690.md:55:159 | warning | `RV003` entry-starts-mid-line | the review by 송우혁 starts in the middle of a line: put its header on a line of its own |"
    ));
    // The summary ends with a blank line, so a later step's starts afresh.
    assert!(ours.ends_with("|\n\n"));

    // A second run appends a second summary.
    run_with(
        &root(),
        &["--check", "seeds/", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
    );
    let twice = std::fs::read_to_string(&summary_path).unwrap();
    assert_eq!(twice, format!("{summary}{ours}"));
}

#[test]
fn on_github_the_findings_link_to_their_lines() {
    let dir = tempfile::tempdir().unwrap();
    let summary_path = dir.path().join("summary.md");
    let output = run_with(
        &root(),
        &["--check", "seeds/", "--format", "github"],
        &[
            ("GITHUB_STEP_SUMMARY", &summary_path),
            ("GITHUB_SERVER_URL", Path::new("https://github.com")),
            ("GITHUB_REPOSITORY", Path::new("lab/notes")),
            ("GITHUB_SHA", Path::new("0123abcd")),
            ("GITHUB_WORKSPACE", &root()),
        ],
    );
    assert_eq!(output.status.code(), Some(1));
    let summary = std::fs::read_to_string(&summary_path).unwrap();
    let blob = format!("https://github.com/lab/notes/blob/0123abcd/{SEED}");
    assert_eq!(
        table(&summary, "### Files with findings, worst first"),
        [format!(
            "| [seeds/000\\_1d7a1aefbff0b690.md]({blob}) | 110 | 0 | 307 | 2 |"
        )]
    );
    assert!(
        table(&summary, "### The first 20 of 309 findings")[0].starts_with(&format!(
            "| [seeds/000\\_1d7a1aefbff0b690.md:25:1]({blob}?plain=1#L25) | warning |"
        ))
    );
}

#[test]
fn cells_are_escaped_and_paths_percent_encoded() {
    let dir = tempfile::tempdir().unwrap();
    let notes = dir.path().join("notes");
    std::fs::create_dir(&notes).unwrap();
    // A file name with a pipe, an underscore, a space and Hangul, holding
    // a review that starts mid-line and lacks two sections.
    std::fs::write(
        notes.join("3주차 | a_b.md"),
        "홍길동: Attention Is All You Need\n\n- 목적: a\n- Method: b\n- 실험: c. 김철수, Deep Residual Learning for Image Recognition\n\n- 목적: d\n",
    )
    .unwrap();
    let summary_path = dir.path().join("summary.md");
    let output = run_with(
        dir.path(),
        &[
            "--check",
            "notes",
            "--format",
            "github",
            "--fail-on",
            "error",
        ],
        &[
            ("GITHUB_STEP_SUMMARY", &summary_path),
            ("GITHUB_SERVER_URL", Path::new("https://github.com/")),
            ("GITHUB_REPOSITORY", Path::new("lab/notes")),
            ("GITHUB_SHA", Path::new("0123abcd")),
        ],
    );
    // The findings are warnings: below --fail-on error.
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stderr));
    let summary = std::fs::read_to_string(&summary_path).unwrap();
    assert!(
        summary.contains("; none at or above `error`, so this check passes."),
        "{summary}"
    );
    let blob =
        "https://github.com/lab/notes/blob/0123abcd/notes/3%EC%A3%BC%EC%B0%A8%20%7C%20a_b.md";
    assert_eq!(
        table(&summary, "### Files with findings, worst first"),
        [format!(
            "| [notes/3주차 \\| a\\_b.md]({blob}) | 2 | 0 | 3 | 0 |"
        )]
    );
    let rows = table(&summary, "### Findings\n");
    assert!(
        rows.iter().any(|row| row.starts_with(&format!(
            "| [notes/3주차 \\| a\\_b.md:5:10]({blob}?plain=1#L5) | warning | `RV003` entry-starts-mid-line | the review by 김철수 starts"
        ))),
        "{summary}"
    );
    // Every row has exactly its five cell borders once `\|` is set aside.
    for row in rows {
        assert_eq!(row.replace("\\|", "").matches('|').count(), 5, "{row}");
    }
}

#[test]
fn without_the_variable_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let summary_path = dir.path().join("summary.md");
    // Set but empty: the same as unset.
    let output = run_with(
        &root(),
        &["--check", "seeds/", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", Path::new(""))],
    );
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stderr), "");
    assert!(!summary_path.exists());
    // Other formats never write a summary.
    let human = run_with(
        &root(),
        &["--check", "seeds/"],
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
    );
    assert_eq!(human.status.code(), Some(1));
    assert!(!summary_path.exists());
}

#[test]
fn a_summary_that_cannot_be_written_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let summary_path = dir.path().join("no such folder/summary.md");
    let output = run_with(
        &root(),
        &["--check", "seeds/", "--format", "github"],
        &[("GITHUB_STEP_SUMMARY", &summary_path)],
    );
    // The exit code and the annotations are as without a summary.
    assert_eq!(output.status.code(), Some(1));
    let plain = run_with(&root(), &["--check", "seeds/", "--format", "github"], &[]);
    assert_eq!(output.stdout, plain.stdout);
    assert_eq!(
        text(&output.stderr),
        format!(
            "warning: could not write the job summary to {} (GITHUB_STEP_SUMMARY): No such file or directory (os error 2)\n",
            summary_path.display()
        )
    );
}
