//! `review-ls`: the language server (no arguments, or `--stdio`) and the CI
//! linter (`--check`), plus `--list`, `--report` and `--explain`.
//!
//! This binary is the only code that prints. Exit codes: 0 clean, 1 findings
//! at or above `--fail-on`, 2 usage or I/O errors.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};
use review_analysis::{Rule, Severity};

mod catalogs;
mod check;
mod fix;
mod init;
mod list;
mod output;
mod progress;
mod report;

#[derive(Parser, Debug)]
#[command(
    name = "review-ls",
    version,
    about = "A language server and CI linter for markdown paper-review notes.",
    long_about = "A language server and CI linter for markdown paper-review notes.\n\nWith no arguments (or --stdio) it runs as a language server on stdin/stdout.\nWith --check it lints files and folders and exits 0 (clean), 1 (findings) or 2 (usage or I/O error).",
    after_help = "Examples:\n  review-ls --check seeds/\n  review-ls --init notes/\n  review-ls --check notes/ --format github\n  review-ls --list notes/ --format json\n  review-ls --report roster.html notes/\n  review-ls --explain missing-section"
)]
struct Args {
    /// Run the language server on stdin/stdout (the default with no arguments).
    #[arg(long, conflicts_with_all = ["check", "list", "explain"])]
    stdio: bool,

    /// Lint PATHs (files or folders; default: the current folder).
    #[arg(long, conflicts_with_all = ["list", "explain"])]
    check: bool,

    /// List the reviews found in PATHs: who reviewed which paper, with which sections.
    #[arg(long, conflicts_with = "explain")]
    list: bool,

    /// Write the review roster of PATHs to FILE: one self-contained HTML page.
    #[arg(long, value_name = "FILE", conflicts_with_all = ["check", "list", "explain", "init", "stdio"])]
    report: Option<PathBuf>,

    /// Print the documentation of a rule, by code (RV001) or name (missing-section).
    #[arg(long, value_name = "RULE")]
    explain: Option<String>,

    /// Write PATH/review-ls.toml (default: the current folder) naming the
    /// section headings and bold labels the notes under PATH use; never
    /// overwrites one.
    #[arg(long, conflicts_with_all = ["check", "list", "explain", "stdio"])]
    init: bool,

    /// Files and folders to check or list.
    #[arg(value_name = "PATH")]
    paths: Vec<PathBuf>,

    /// Output format (csv: --list only).
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,

    /// The lowest severity that makes --check exit with 1.
    #[arg(long, value_enum, default_value_t = FailOn::Warning, value_name = "SEVERITY")]
    fail_on: FailOn,

    /// Colour human output: auto (when stdout is a terminal and NO_COLOR is unset), always, never.
    #[arg(long, value_enum, default_value_t = Color::Auto, value_name = "WHEN")]
    color: Color,

    /// With --check: apply every fix in place (atomically), then report what is left.
    #[arg(long, requires = "check", conflicts_with = "diff")]
    fix: bool,

    /// With --check: print the fixes as a unified diff instead of applying them; exits 1 when there is any.
    #[arg(long, requires = "check")]
    diff: bool,

    /// Use this configuration file instead of looking for review-ls.toml above each PATH.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,

    /// Neither read nor write the catalog cache ($REVIEW_LS_CACHE_DIR/catalogs,
    /// else ~/.cache/review-ls/catalogs).
    #[arg(long)]
    no_cache: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(crate) enum Format {
    Human,
    Json,
    Github,
    Sarif,
    /// RFC 4180 CSV, for `--list` only.
    Csv,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

fn main() -> ExitCode {
    let args = Args::parse();
    match run(args) {
        Ok(code) => code,
        // A closed pipe (`review-ls --check | head`) is not an error.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            report_error(&format!("{error:#}"));
            ExitCode::from(2)
        }
    }
}

/// Writes an error line to stderr; with [`report_warning`], the only place
/// the binary prints to stderr.
#[allow(clippy::print_stderr, reason = "the CLI reports errors on stderr")]
pub(crate) fn report_error(message: &str) {
    eprintln!("error: {message}");
}

#[allow(
    clippy::print_stderr,
    reason = "the CLI reports what --fix did on stderr, keeping stdout for findings"
)]
pub(crate) fn report_note(message: &str) {
    eprintln!("{message}");
}

#[allow(clippy::print_stderr, reason = "the CLI reports warnings on stderr")]
pub(crate) fn report_warning(message: &str) {
    eprintln!("warning: {message}");
}

fn run(args: Args) -> anyhow::Result<ExitCode> {
    if let Some(rule) = &args.explain {
        return explain(rule);
    }
    if args.init {
        let folder = match args.paths.as_slice() {
            [] => PathBuf::from("."),
            [one] => one.clone(),
            _ => anyhow::bail!("--init takes one folder"),
        };
        let written = init::run(&folder)?;
        // (Nothing to say of comments when none was written.)
        let comments = if written.unmapped == 0 {
            String::new()
        } else {
            format!(
                " ({} left as comments: they name no kind)",
                written.unmapped
            )
        };
        report_note(&format!(
            "wrote {}: {} from {}{comments}",
            folder.join(review_analysis::CONFIG_FILE_NAME).display(),
            count(
                written.mapped + written.unmapped,
                "heading or bold label",
                "headings and bold labels"
            ),
            count(written.notes, "single-review note", "single-review notes"),
        ));
        return Ok(ExitCode::SUCCESS);
    }
    if let Some(report_file) = &args.report {
        if args.format != Format::Human {
            anyhow::bail!("--report writes HTML; --format is for --check and --list");
        }
        let options = check::Options {
            config: args.config.clone(),
            purpose: check::Purpose::Check,
            cache: !args.no_cache,
            progress: progress::Progress::new(std::io::stderr().is_terminal()),
        };
        return report::run(report_file, &input_paths(&args.paths), &options);
    }
    if args.check && args.format == Format::Csv {
        anyhow::bail!("--format csv is for --list; --check supports human, json, github or sarif");
    }
    if args.check || args.list {
        let paths = input_paths(&args.paths);
        let purpose = if args.list {
            check::Purpose::List
        } else {
            check::Purpose::Check
        };
        let options = check::Options {
            config: args.config.clone(),
            purpose,
            cache: !args.no_cache,
            // --check shows progress on long runs; --list is one pass.
            progress: progress::Progress::new(args.check && std::io::stderr().is_terminal()),
        };
        let run = check::CheckRun::collect(&paths, &options)?;
        for warning in &run.catalog_warnings {
            report_warning(warning);
        }
        // On stderr in every format; each format also says it its own way.
        for problem in &run.io_errors {
            report_error(&format!("{}: {}", problem.path, problem.what()));
        }
        let stdout = std::io::stdout();
        // Buffered: stdout alone flushes at every line, and JSON for 30,000
        // findings is 600,000 lines.
        let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
        if args.list {
            list::write(&mut out, &run, args.format)?;
            out.flush()?;
            return Ok(if run.io_errors.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(2)
            });
        }
        if args.diff {
            let planned = fix::plan(&run);
            fix::write_diff(&mut out, &planned)?;
            out.flush()?;
            let fixes: usize = planned.iter().map(|file| file.fixes).sum();
            report_note(&format!(
                "{} would change {} (nothing written)",
                count(fixes, "fix", "fixes"),
                count(planned.len(), "file", "files")
            ));
            return Ok(if planned.is_empty() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            });
        }
        let run = if args.fix {
            let planned = fix::plan(&run);
            let applied = fix::apply(&planned);
            let (mut fixes, mut files) = (0, 0);
            for (file, applied) in planned.iter().zip(&applied) {
                match applied {
                    fix::Applied::Written => {
                        fixes += file.fixes;
                        files += 1;
                    }
                    fix::Applied::Skipped(reason) => report_warning(reason),
                }
            }
            report_note(&format!(
                "fixed {} in {}",
                count(fixes, "problem", "problems"),
                count(files, "file", "files")
            ));
            if files == 0 {
                run
            } else {
                check::CheckRun::collect(&paths, &options)?
            }
        } else {
            run
        };
        let color = match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => {
                std::io::stdout().is_terminal()
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        };
        let threshold = match args.fail_on {
            FailOn::Error => Severity::Error,
            FailOn::Warning => Severity::Warning,
            FailOn::Info => Severity::Info,
        };
        output::write(&mut out, &run, args.format, color, threshold)?;
        out.flush()?;
        if !run.io_errors.is_empty() {
            return Ok(ExitCode::from(2));
        }
        let failing = run
            .findings()
            .any(|(_, finding)| finding.severity.is_at_least(threshold));
        // The process ends here: freeing every text, tree and finding one by
        // one would be 5–7% of a large check's time, for nothing.
        std::mem::forget(run);
        return Ok(if failing {
            ExitCode::from(1)
        } else {
            ExitCode::SUCCESS
        });
    }
    if !args.paths.is_empty() {
        anyhow::bail!("PATH arguments need --check, --list or --report (see review-ls --help)");
    }
    serve()
}

/// What `--explain RV000` says: not a rule, but the code under which every
/// format reports a file it could not read.
const UNREADABLE_FILE_DOC: &str = r#"
Not a rule: the code under which review-ls reports a file it could not read
— not UTF-8, binary (it contains NUL bytes), larger than 64 MiB, or not
readable at all. The file is skipped, the others are checked, and the run
exits with 2.

Every format says so, in the same words: on stderr (`error: PATH: …;
skipped`), in `--format json` as an element of the array with this code,
in `--format github` as an `::error` annotation with this code, and in
`--format sarif` as a tool execution notification.

Save the file as UTF-8, or exclude it with `[files] exclude` in
review-ls.toml.
"#;

/// The paths to read: the ones given, or the current folder.
fn input_paths(paths: &[PathBuf]) -> Vec<PathBuf> {
    if paths.is_empty() {
        vec![PathBuf::from(".")]
    } else {
        paths.to_vec()
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn serve() -> anyhow::Result<ExitCode> {
    let ending = review_lsp::run_stdio()?;
    Ok(ExitCode::from(ending.exit_code()))
}

fn explain(name: &str) -> anyhow::Result<ExitCode> {
    if [check::IoProblem::CODE, check::IoProblem::NAME]
        .iter()
        .any(|known| known.eq_ignore_ascii_case(name))
    {
        let stdout = std::io::stdout();
        writeln!(
            stdout.lock(),
            "{} ({}) · always an error\n\n{}",
            check::IoProblem::NAME,
            check::IoProblem::CODE,
            UNREADABLE_FILE_DOC.trim()
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    let Some(rule) = Rule::from_code_or_name(name) else {
        let known: Vec<String> = Rule::ALL
            .iter()
            .map(|rule| format!("{} ({})", rule.code(), rule.name()))
            .collect();
        anyhow::bail!("no rule named `{name}`; the rules are {}", known.join(", "));
    };
    let meta = rule.meta();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(
        out,
        "{} ({}) · default severity: {}\n",
        meta.name, meta.code, meta.default_severity
    )?;
    writeln!(out, "{}", meta.doc.trim())?;
    Ok(ExitCode::SUCCESS)
}
