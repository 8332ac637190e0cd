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

/// Where the rules' documentation (`docs/rules.md`) is published: the
/// repository named in the workspace's Cargo metadata, so that every link
/// (LSP code descriptions, hovers, SARIF help URIs) follows that one field.
pub const RULE_DOCS: &str = concat!(env!("CARGO_PKG_REPOSITORY"), "/blob/main/docs/rules.md");

#[cfg(test)]
mod tests {
    /// Every crate takes the workspace's repository: an empty field would
    /// make every documentation link relative, and clients drop those.
    #[test]
    fn rule_documentation_links_are_absolute() {
        assert!(
            super::RULE_DOCS.starts_with("https://"),
            "{}",
            super::RULE_DOCS
        );
        assert!(super::RULE_DOCS.ends_with("/blob/main/docs/rules.md"));
    }
}
