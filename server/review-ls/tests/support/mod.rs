//! What the CLI's test files share: running the real binary.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `review-ls` in `dir` with `args`, colour off, its catalog cache
/// in the build folder (not the user's), and no job summary written even
/// when the tests run inside a GitHub Actions job.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review-ls"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("REVIEW_LS_CACHE_DIR", test_cache())
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("review-ls runs")
}

/// The cache folder of the tests' runs.
pub fn test_cache() -> std::path::PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("review-ls-cache")
}

/// Copies the folder `from` to `to`, recursively: a corpus to check or fix
/// without touching the repository's copy.
#[allow(dead_code, reason = "not every test file copies a corpus")]
pub fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}
