//! The analysis layer of review-ls: parsed entries and the workspace in,
//! findings and fixes out, as plain structs with byte offsets.
//!
//! It knows nothing of the Language Server Protocol or of terminals: the CLI
//! (`review-ls --check`) and the server render the same findings each in its
//! own way, so that both report exactly the same thing.

mod config;
mod finding;
mod fix;
pub mod rules;
mod severity;
pub mod terms;
mod workspace;

pub use config::{CONFIG_FILE_NAME, Config, ConfigError, FileSite};
pub use finding::{Finding, Fix, RelatedLocation, TextEdit, apply_edits};
pub use fix::{FixOutcome, MAX_ROUNDS, fix_text};
pub use rules::{
    KnownTitles, Rule, RuleMeta, check_file, check_file_with_titles, missing_sections_fix,
    rules_markdown, section_skeleton,
};
pub use severity::{Level, Severity};
pub use workspace::{FileReviews, ReviewIndex, ReviewLocation, ReviewTerms};
