//! Progress on long runs: drawn on a terminal (a real pseudo-terminal, made
//! by util-linux `script`), cleared before the findings, and never written
//! when stderr is a pipe or the run is short.

use std::path::Path;
use std::process::Command;

/// `count` small notes, each a complete review of its own paper.
fn notes(dir: &Path, count: usize) {
    for n in 0..count {
        std::fs::write(
            dir.join(format!("note-{n:03}.md")),
            format!(
                "홍길동: 논문 {n}번 😀 about things\r\n\r\n- 목적: a\r\n- 방법: b\r\n- 실험: c\r\n"
            ),
        )
        .unwrap();
    }
}

/// What a terminal receives from `review-ls --check .` in `dir` (stdout and
/// stderr both, as a user sees them).
fn on_a_terminal(dir: &Path) -> String {
    let command = format!("{} --check .", env!("CARGO_BIN_EXE_review-ls"));
    let output = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(dir)
        .env("REVIEW_LS_CACHE_DIR", dir.join(".cache"))
        .env("NO_COLOR", "1")
        .output()
        .expect("util-linux `script` runs");
    assert_eq!(output.status.code(), Some(0));
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_long_run_shows_progress_on_a_terminal_and_clears_it() {
    let dir = tempfile::tempdir().unwrap();
    notes(dir.path(), 240);
    let seen = on_a_terminal(dir.path());
    assert!(seen.contains("  Reading ["), "{seen:?}");
    assert!(seen.contains(" Checking ["), "{seen:?}");
    assert!(seen.contains("/240 files"), "{seen:?}");
    // Each bar is erased (`ESC [2K`) before the findings print.
    let after_last_erase = seen.rsplit("\u{1b}[2K").next().unwrap();
    assert_eq!(
        after_last_erase,
        "No problems: 240 reviews in 240 files checked.\r\n"
    );

    // Piped, the same run writes nothing on stderr.
    let output = Command::new(env!("CARGO_BIN_EXE_review-ls"))
        .args(["--check"])
        .arg(dir.path())
        .env("REVIEW_LS_CACHE_DIR", dir.path().join(".cache"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(String::from_utf8(output.stderr).unwrap(), "");
}

#[test]
fn a_short_run_shows_none_even_on_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    notes(dir.path(), 20);
    assert_eq!(
        on_a_terminal(dir.path()),
        "No problems: 20 reviews in 20 files checked.\r\n"
    );
}

#[test]
fn a_large_catalog_shows_a_spinner_until_its_table_is_cached() {
    let dir = tempfile::tempdir().unwrap();
    notes(dir.path(), 3);
    let titles: String = (0..20_000)
        .map(|n| format!("A Catalog Title Number {n} About Learning Representations\n"))
        .collect();
    assert!(titles.len() > 1 << 20);
    std::fs::write(dir.path().join("catalog.txt"), titles).unwrap();
    std::fs::write(
        dir.path().join("review-ls.toml"),
        "[catalog]\npaths = [\"catalog.txt\"]\n",
    )
    .unwrap();
    let first = on_a_terminal(dir.path());
    assert!(
        first.contains("  Catalog ")
            && first.contains("reading catalog.txt (1.2 MB; cached for the next run)"),
        "{first:?}"
    );
    assert!(
        first.ends_with("\u{1b}[2KNo problems: 3 reviews in 3 files checked.\r\n"),
        "{first:?}"
    );
    // The table is cached now: nothing to wait for.
    assert_eq!(
        on_a_terminal(dir.path()),
        "No problems: 3 reviews in 3 files checked.\r\n"
    );
}
