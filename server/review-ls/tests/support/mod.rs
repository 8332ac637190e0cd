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
