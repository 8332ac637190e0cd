//! The CLI as a user runs it: the real binary on real files — the seed, and
//! a small workspace with Hangul, emoji, CRLF, a mid-line entry, an empty
//! section, a duplicate across files and a configuration file.

use std::path::PathBuf;
use std::process::Output;

use support::run_in;

mod support;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

#[test]
fn human_output_on_the_workspace() {
    let output = run_in(&fixtures().join("workspace"), &["--check"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn json_output_on_the_workspace() {
    let output = run_in(
        &fixtures().join("workspace"),
        &["--check", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn github_output_on_the_workspace() {
    let output = run_in(
        &fixtures().join("workspace"),
        &["--check", "notes", "--format", "github"],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn sarif_output_on_the_workspace() {
    let output = run_in(
        &fixtures().join("workspace"),
        &["--check", "--format", "sarif"],
    );
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
}

/// The schema serde-sarif builds its types from: SARIF 2.1.0 as published
/// by OASIS, shipped in the crate's source in the cargo registry.
fn sarif_schema() -> serde_json::Value {
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME is set")).join(".cargo")
        });
    let registry = cargo_home.join("registry/src");
    for index in std::fs::read_dir(&registry).expect("a cargo registry") {
        let candidate = index
            .unwrap()
            .path()
            .join("serde-sarif-0.8.0/src/schema.json");
        if candidate.is_file() {
            return serde_json::from_str(&std::fs::read_to_string(candidate).unwrap()).unwrap();
        }
    }
    panic!(
        "serde-sarif's schema.json not found under {}",
        registry.display()
    );
}

#[test]
fn sarif_output_is_valid_against_the_sarif_2_1_0_schema() {
    let schema = sarif_schema();
    assert_eq!(
        schema["title"],
        "Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema"
    );
    // The published schema's `language` patterns have a stray `]`
    // (`…{2}]?$`), which the meta-schema's `format: regex` check rejects.
    // Those patterns are mended to what they plainly mean; the rest of the
    // schema is used as published, and instances are validated in full.
    fn mend(value: &mut serde_json::Value) -> usize {
        match value {
            serde_json::Value::Object(map) => {
                let mut mended = 0;
                for (key, child) in map.iter_mut() {
                    if key == "pattern" && child == "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$" {
                        *child = serde_json::json!("^[a-zA-Z]{2}(-[a-zA-Z]{2})?$");
                        mended += 1;
                    } else {
                        mended += mend(child);
                    }
                }
                mended
            }
            serde_json::Value::Array(items) => items.iter_mut().map(mend).sum(),
            _ => 0,
        }
    }
    let mut schema = schema;
    assert!(mend(&mut schema) > 0);
    let validator = jsonschema::draft7::new(&schema).expect("the schema compiles");
    for dir in [fixtures().join("workspace"), root()] {
        let args: &[&str] = if dir == root() {
            &["--check", "seeds", "--format", "sarif"]
        } else {
            &["--check", "--format", "sarif"]
        };
        let output = run_in(&dir, args);
        let log: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}", errors.join("\n"));
        assert!(!log["runs"][0]["results"].as_array().unwrap().is_empty());
        // The validator does reject what the schema forbids.
        let mut broken = log.clone();
        broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] =
            serde_json::json!(0);
        assert!(!validator.is_valid(&broken));
    }
}

#[test]
fn json_ranges_are_exact_under_hangul_emoji_and_crlf() {
    let output = run_in(
        &fixtures().join("workspace"),
        &["--check", "--format", "json"],
    );
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let week3 = std::fs::read_to_string(fixtures().join("workspace/notes/week3.md")).unwrap();
    let week4 = std::fs::read_to_string(fixtures().join("workspace/notes/week4.md")).unwrap();
    // Cuts the text a JSON range names: 1-based lines, columns in characters.
    let cut = |text: &str, range: &serde_json::Value| -> String {
        let line = |point: &serde_json::Value| -> (usize, usize) {
            (
                point["line"].as_u64().unwrap() as usize,
                point["column"].as_u64().unwrap() as usize,
            )
        };
        let ((start_line, start_col), (end_line, end_col)) =
            (line(&range["start"]), line(&range["end"]));
        assert_eq!(start_line, end_line);
        let source_line = text
            .split('\n')
            .nth(start_line - 1)
            .unwrap()
            .trim_end_matches('\r');
        source_line
            .chars()
            .skip(start_col - 1)
            .take(end_col - start_col)
            .collect()
    };
    let texts: Vec<(String, String)> = findings
        .iter()
        .map(|finding| {
            let text = if finding["path"] == "notes/week3.md" {
                &week3
            } else {
                &week4
            };
            (
                finding["rule"].as_str().unwrap().to_owned(),
                cut(text, &finding["range"]),
            )
        })
        .collect();
    assert_eq!(
        texts,
        [
            (
                "missing-section".to_owned(),
                "홍길동: Attention Is All You Need".to_owned()
            ),
            ("empty-section".to_owned(), "실험".to_owned()),
            (
                "entry-starts-mid-line".to_owned(),
                "박민수, Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors"
                    .to_owned()
            ),
            (
                "duplicate-review".to_owned(),
                "attention is all you need".to_owned()
            ),
        ]
    );
    // The configuration raised empty-section to an error.
    assert_eq!(findings[1]["severity"], "error");
}

#[test]
fn the_seed_exits_1_with_its_findings() {
    let output = run_in(&root(), &["--check", "seeds/"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stdout(&output);
    assert!(text.ends_with(
        "Found 309 problems (0 errors, 307 warnings, 2 info) in 1 of 1 file; 110 reviews checked; 307 at or above warning.\n307 of them can be fixed with `review-ls --check --fix` (or from the editor). `review-ls --explain CODE` explains a rule.\n"
    ), "{}", &text[text.len().saturating_sub(400)..]);
    // The mid-line entry's header is reported at its exact character column.
    assert!(text.contains("--> seeds/000_1d7a1aefbff0b690.md:55:159\n"));
    let json = run_in(&root(), &["--check", "seeds/", "--format", "json"]);
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout(&json)).unwrap();
    let count = |rule: &str| findings.iter().filter(|f| f["rule"] == rule).count();
    assert_eq!(
        (
            count("missing-section"),
            count("entry-starts-mid-line"),
            count("duplicate-review")
        ),
        (302, 5, 0)
    );
    // --fail-on error: the seed's findings are all warnings.
    assert_eq!(
        run_in(
            &root(),
            &[
                "--check",
                "seeds/",
                "--fail-on",
                "error",
                "--format",
                "json"
            ]
        )
        .status
        .code(),
        Some(0)
    );
}

#[test]
fn list_reports_every_review_of_the_seed() {
    let output = run_in(&root(), &["--list", "seeds/", "--format", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let listed: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let expected = std::fs::read_to_string(root().join("tests/data/seed_entries.tsv")).unwrap();
    let expected: Vec<Vec<&str>> = expected
        .lines()
        .skip(1)
        .map(|row| row.split('\t').collect())
        .collect();
    assert_eq!(listed.len(), expected.len());
    for (review, row) in listed.iter().zip(&expected) {
        assert_eq!(review["path"], "seeds/000_1d7a1aefbff0b690.md");
        assert_eq!(review["line"].as_u64().unwrap().to_string(), row[0]);
        assert_eq!(review["column"].as_u64().unwrap().to_string(), row[1]);
        assert_eq!(review["reviewer"], row[2]);
        assert_eq!(review["title"], row[3]);
        let sections: Vec<&str> = review["sections"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap())
            .collect();
        assert_eq!(sections.join(","), row[6]);
    }
    // The two spellings of the Rank-1 paper share one key.
    let keys: Vec<&str> = listed
        .iter()
        .filter(|r| r["title"].as_str().unwrap().contains("Rank"))
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    assert_eq!(
        keys,
        ["efficient and scalable bayesian neural nets with rank 1 factors"; 2]
    );
    let human = run_in(&root(), &["--list", "seeds/"]);
    let text = stdout(&human);
    assert!(text.contains("seeds/000_1d7a1aefbff0b690.md:55:159\t송우혁\tSimPLE: Similar Pseudo Label Exploitation for Semi-Supervised Classification\t[no sections]\n"));
    assert!(text.ends_with("110 reviews in 1 files.\n"));
}

#[test]
fn clean_notes_exit_0() {
    let output = run_in(&fixtures().join("clean"), &["--check"]);
    assert_eq!(output.status.code(), Some(0), "{}", stdout(&output));
    assert_eq!(
        stdout(&output),
        "No problems: 1 review in 1 file checked.\n"
    );
}

#[test]
fn a_missing_path_exits_2_with_a_clear_message() {
    let output = run_in(&fixtures(), &["--check", "no-such-notes/"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: no-such-notes/: no such file or directory\n"
    );
    assert_eq!(stdout(&output), "");
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(
        run_in(&fixtures(), &["--check", "--format", "xml"])
            .status
            .code(),
        Some(2)
    );
    let output = run_in(&fixtures(), &["notes/"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: PATH arguments need --check, --list or --report (see review-ls --help)\n"
    );
}

#[test]
fn unreadable_files_are_reported_and_the_rest_still_checked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("bad.md"),
        b"\xed\x99\x8d\xea\xb8\xb8\xeb\x8f\x99: Title\n\xff\xfe broken\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("binary.md"), b"\x89PNG\r\n\x1a\n\0\0\0").unwrap();
    std::fs::write(
        dir.path().join("good.md"),
        "홍길동: Paper\n\n- 목적: a\n- Method: b\n- 실험: c\n",
    )
    .unwrap();
    let output = run_in(dir.path(), &["--check", "."]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(
        stderr(&output),
        "error: bad.md: not valid UTF-8 (byte 0xff at line 2, byte 1); save it as UTF-8; skipped\nerror: binary.md: binary file (it contains NUL bytes); skipped\n"
    );
    assert_eq!(
        stdout(&output),
        "No problems: 1 review in 1 file checked.\n2 files could not be read (see the errors above).\n"
    );
    let said = [
        (
            "bad.md",
            "not valid UTF-8 (byte 0xff at line 2, byte 1); save it as UTF-8; skipped",
        ),
        ("binary.md", "binary file (it contains NUL bytes); skipped"),
    ];
    // Every format says it on stderr, in the same words, and exits with 2.
    for format in ["json", "github", "sarif"] {
        let output = run_in(dir.path(), &["--check", ".", "--format", format]);
        assert_eq!(output.status.code(), Some(2), "{format}");
        assert_eq!(
            stderr(&output),
            "error: bad.md: not valid UTF-8 (byte 0xff at line 2, byte 1); save it as UTF-8; skipped\nerror: binary.md: binary file (it contains NUL bytes); skipped\n",
            "{format}"
        );
    }
    // JSON: an element of the array, with the code of unreadable files.
    let json: Vec<serde_json::Value> = serde_json::from_str(&stdout(&run_in(
        dir.path(),
        &["--check", ".", "--format", "json"],
    )))
    .unwrap();
    let start = serde_json::json!({"line": 1, "column": 1});
    assert_eq!(
        json,
        said.map(|(path, message)| serde_json::json!({
            "path": path,
            "code": "RV000",
            "rule": "unreadable-file",
            "severity": "error",
            "message": message,
            "range": {"start": start, "end": start},
            "fix": null,
            "related": [],
        }))
    );
    // GitHub: an error annotation on the file.
    assert_eq!(
        stdout(&run_in(dir.path(), &["--check", ".", "--format", "github"])),
        "::error file=bad.md,title=RV000 (unreadable-file)::not valid UTF-8 (byte 0xff at line 2, byte 1); save it as UTF-8; skipped\n\
         ::error file=binary.md,title=RV000 (unreadable-file)::binary file (it contains NUL bytes); skipped\n"
    );
    // SARIF: tool execution notifications, and an unsuccessful execution.
    let sarif: serde_json::Value = serde_json::from_str(&stdout(&run_in(
        dir.path(),
        &["--check", ".", "--format", "sarif"],
    )))
    .unwrap();
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notifications: Vec<(&str, &str)> = invocation["toolExecutionNotifications"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| {
            (
                n["level"].as_str().unwrap(),
                n["message"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        notifications,
        [
            (
                "error",
                "bad.md: not valid UTF-8 (byte 0xff at line 2, byte 1); save it as UTF-8; skipped"
            ),
            (
                "error",
                "binary.md: binary file (it contains NUL bytes); skipped"
            ),
        ]
    );
    // And the code is explained.
    let explained = stdout(&run_in(dir.path(), &["--explain", "RV000"]));
    assert!(explained.starts_with("unreadable-file (RV000) · always an error\n\nNot a rule"));
}

#[test]
fn a_broken_configuration_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("review-ls.toml"),
        "[rules]\nmissing-section = \"warn\"\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("a.md"), "홍길동: Paper\n").unwrap();
    let output = run_in(dir.path(), &["--check"]);
    assert_eq!(output.status.code(), Some(2));
    let expected_path = dir.path().join("review-ls.toml");
    assert_eq!(
        stderr(&output),
        format!(
            "error: {}:2:19: `rules.missing-section`: expected one of \"error\", \"warning\", \"info\", \"off\", found \"warn\"\n",
            expected_path.display()
        )
    );
}

#[test]
fn explain_prints_the_rule_doc() {
    let output = run_in(&fixtures(), &["--explain", "RV003"]);
    assert_eq!(output.status.code(), Some(0));
    let text = stdout(&output);
    assert!(text.starts_with("entry-starts-mid-line (RV003) · default severity: warning\n\nReports a review whose header starts"));
    assert!(text.contains("### Example"));
    let unknown = run_in(&fixtures(), &["--explain", "RV999"]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(
        stderr(&unknown)
            .starts_with("error: no rule named `RV999`; the rules are RV001 (missing-section), ")
    );
}

#[test]
fn catalog_titles_catch_near_miss_titles() {
    let output = run_in(
        &fixtures().join("catalog"),
        &["--check", "--format", "json"],
    );
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(
        stderr(&output),
        "warning: catalog path `refs/missing.bib` (in review-ls.toml) matches no file\nwarning: refs/lab.bib:5: entry `broken` is not valid BibTeX (unexpected end of file); skipped\n"
    );
    let findings: Vec<serde_json::Value> = serde_json::from_str(&stdout(&output)).unwrap();
    let found: Vec<(&str, &str, &str)> = findings
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap(),
                f["message"].as_str().unwrap(),
                f["fix"]["edits"][0]["content"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        found,
        [
            (
                "near-miss-title",
                "this title looks like a typo of a known title: \"Momentum Contrast for Unsupervised Visual Representation Learning\"",
                "Momentum Contrast for Unsupervised Visual Representation Learning"
            ),
            (
                "near-miss-title",
                "this title looks like a typo of a known title: \"Emerging Properties in Self-Supervised Vision Transformers\"",
                "Emerging Properties in Self-Supervised Vision Transformers"
            ),
        ]
    );
    assert_eq!(
        findings[0]["range"],
        serde_json::json!({"start": {"line": 1, "column": 6}, "end": {"line": 1, "column": 72}})
    );
}

#[test]
fn catalogs_are_read_from_the_cache_once_it_holds_them() {
    use std::os::unix::fs::MetadataExt;
    let cache = tempfile::tempdir().unwrap();
    let check = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_review-ls"))
            .args(["--check", "--format", "json"])
            .current_dir(fixtures().join("catalog"))
            .env("REVIEW_LS_CACHE_DIR", cache.path())
            .output()
            .unwrap()
    };
    let entries = || {
        let mut found: Vec<(PathBuf, u64)> = std::fs::read_dir(cache.path().join("catalogs"))
            .unwrap()
            .map(|entry| {
                let path = entry.unwrap().path();
                let inode = std::fs::metadata(&path).unwrap().ino();
                (path, inode)
            })
            .collect();
        found.sort();
        found
    };
    let first = check();
    assert_eq!(first.status.code(), Some(1));
    // One table for each of the two catalogs that exist.
    let written = entries();
    assert_eq!(written.len(), 2);
    // The second run reads them (a miss would write each anew, a new file
    // renamed into place) and says exactly the same, warnings included.
    let second = check();
    assert_eq!(entries(), written);
    assert_eq!(stdout(&second), stdout(&first));
    assert_eq!(stderr(&second), stderr(&first));
    // A damaged table is ignored, the catalog read from its file again, and
    // the table written anew.
    std::fs::write(&written[0].0, b"RLSCAT01 not a table").unwrap();
    let third = check();
    assert_eq!(stdout(&third), stdout(&first));
    assert_eq!(stderr(&third), stderr(&first));
    let rewritten = entries();
    assert_eq!(rewritten.len(), 2);
    assert_ne!(rewritten[0].1, written[0].1);
    assert_eq!(
        std::fs::read(&rewritten[1].0).unwrap(),
        std::fs::read(&written[1].0).unwrap()
    );
    assert!(std::fs::read(&rewritten[0].0).unwrap().len() > 100);
}

#[test]
fn diff_shows_the_fixes_and_fix_applies_them_atomically() {
    let dir = tempfile::tempdir().unwrap();
    let original = "\u{feff}홍길동: Paper 😀\r\n\r\n- 목적: 왜.\r\n\r\n- Method: 어떻게. 김철수, Second Paper\r\n\r\n- 목적: a\r\n- Method: b\r\n- 실험: c\r\n";
    std::fs::write(dir.path().join("notes.md"), original).unwrap();

    let diff = run_in(dir.path(), &["--check", "--diff"]);
    assert_eq!(diff.status.code(), Some(1), "{}", stderr(&diff));
    assert_eq!(
        stdout(&diff),
        "--- a/notes.md\n+++ b/notes.md\n@@ -3,5 +3,8 @@\n - 목적: 왜.\r\n \r\n-- Method: 어떻게. 김철수, Second Paper\r\n+- Method: 어떻게.\r\n+- 실험: ...\r\n+\r\n+김철수, Second Paper\r\n \r\n - 목적: a\r\n"
    );
    assert_eq!(
        stderr(&diff),
        "2 fixes would change 1 file (nothing written)\n"
    );
    // --diff writes nothing.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.md")).unwrap(),
        original
    );

    let fixed = run_in(dir.path(), &["--check", "--fix", "--format", "json"]);
    assert_eq!(fixed.status.code(), Some(0), "{}", stdout(&fixed));
    assert_eq!(stderr(&fixed), "fixed 2 problems in 1 file\n");
    assert_eq!(stdout(&fixed), "[]\n");
    // The byte-order mark, CRLF line endings and every original character stay.
    assert_eq!(
        std::fs::read_to_string(dir.path().join("notes.md")).unwrap(),
        "\u{feff}홍길동: Paper 😀\r\n\r\n- 목적: 왜.\r\n\r\n- Method: 어떻게.\r\n- 실험: ...\r\n\r\n김철수, Second Paper\r\n\r\n- 목적: a\r\n- Method: b\r\n- 실험: c\r\n"
    );
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assert_eq!(names, ["notes.md"]);
    // Nothing left to fix: --diff is clean.
    assert_eq!(
        run_in(dir.path(), &["--check", "--diff"]).status.code(),
        Some(0)
    );
}
