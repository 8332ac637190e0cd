//! Progress on long runs: a bar on stderr while many files are read and
//! checked, a spinner while a large catalog is read — only when stderr is a
//! terminal, and only when the run is long enough to wait for. Everything is
//! cleared when done, so the findings print as without it.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// Fewer files than this check in well under a second: no bar.
pub(crate) const MANY_FILES: usize = 200;
/// A catalog file this large takes a noticeable time to read the first time.
pub(crate) const LARGE_CATALOG_BYTES: u64 = 1 << 20;

/// Whether progress may be shown at all (stderr is a terminal).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Progress {
    enabled: bool,
}

impl Progress {
    pub(crate) fn new(enabled: bool) -> Progress {
        Progress { enabled }
    }

    pub(crate) fn off() -> Progress {
        Progress { enabled: false }
    }

    /// A bar over `total` files doing `what` (`Reading`, `Checking`), or a
    /// hidden one when the run is short or stderr is no terminal.
    pub(crate) fn files(&self, what: &'static str, total: usize) -> ProgressBar {
        if !self.enabled || total < MANY_FILES {
            return ProgressBar::hidden();
        }
        let bar = ProgressBar::hidden();
        bar.set_length(total as u64);
        bar.set_style(
            ProgressStyle::with_template("{prefix:>9} [{bar:30}] {pos}/{len} files ({elapsed})")
                .unwrap_or_else(|_| ProgressStyle::default_bar())
                .progress_chars("=> "),
        );
        bar.set_prefix(what);
        bar.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        bar
    }

    /// A spinner while the catalog `name` (of `bytes`) is read and indexed,
    /// or a hidden one for a small catalog.
    pub(crate) fn catalog(&self, name: &str, bytes: u64) -> ProgressBar {
        if !self.enabled || bytes < LARGE_CATALOG_BYTES {
            return ProgressBar::hidden();
        }
        let spinner = ProgressBar::hidden();
        // One line whatever the terminal's width: the message is cut to fit.
        spinner.set_style(
            ProgressStyle::with_template("{prefix:>9} {spinner} {elapsed} {wide_msg}")
                .unwrap_or_else(|_| ProgressStyle::default_spinner()),
        );
        spinner.set_prefix("Catalog");
        spinner.set_message(format!(
            "reading {name} ({:.1} MB; cached for the next run)",
            bytes as f64 / 1e6
        ));
        spinner.set_draw_target(ProgressDrawTarget::stderr_with_hz(10));
        spinner.enable_steady_tick(Duration::from_millis(100));
        spinner
    }
}
