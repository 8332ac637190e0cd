//! What the CLI's test files share: running the real binary.

use std::path::Path;
use std::process::{Command, Output};

/// Runs `review-ls` in `dir` with `args`, colour off, and no job summary
/// written even when the tests run inside a GitHub Actions job.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_review-ls"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("GITHUB_STEP_SUMMARY")
        .output()
        .expect("review-ls runs")
}
