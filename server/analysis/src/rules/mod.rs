//! The rules: one file each, each with a stable code, a kebab-case name, a
//! default severity and its documentation (what it does, why, an example),
//! written once in the file and shown by `review-ls --explain`, in the
//! editor, and in the generated `docs/rules.md`.

use std::fmt;

use review_syntax::{ParsedFile, TextRange};

use crate::config::Config;
use crate::finding::{Finding, Fix, RelatedLocation};
use crate::severity::{Level, Severity};
use crate::workspace::ReviewIndex;

pub use missing_section::{missing_sections_fix, section_skeleton};
pub use near_miss_title::KnownTitles;

/// Declares a rule's type with its documentation, kept in one string that is
/// both the type's rustdoc and the text users read. (The rule modules are
/// declared below it, so they see it without an import.)
macro_rules! rule {
    ($(#[$meta:meta])* $name:ident, $doc:literal) => {
        #[doc = $doc]
        $(#[$meta])*
        pub struct $name;

        impl $name {
            pub const DOC: &'static str = $doc;
        }
    };
}

/// The rules, in code order: each a variant of [`Rule`] and a module with
/// its `META` and its `check`. Adding a rule is a line here and a file.
macro_rules! rules {
    ($($variant:ident => $module:ident),+ $(,)?) => {
        $(mod $module;)+

        /// Every rule, in code order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Rule {
            $($variant),+
        }

        impl Rule {
            pub const ALL: [Rule; [$(Rule::$variant),+].len()] = [$(Rule::$variant),+];

            pub fn meta(self) -> RuleMeta {
                match self {
                    $(Rule::$variant => $module::META),+
                }
            }

            fn check(self, context: &FileContext<'_>, out: &mut Vec<Finding>) {
                match self {
                    $(Rule::$variant => $module::check(context, out)),+
                }
            }
        }
    };
}

rules! {
    MissingSection => missing_section,
    EmptySection => empty_section,
    EntryStartsMidLine => entry_starts_mid_line,
    MissingTitle => missing_title,
    MissingReviewer => missing_reviewer,
    DuplicateReview => duplicate_review,
    NearMissTitle => near_miss_title,
    TitleTextMismatch => title_text_mismatch,
}

/// What every rule declares about itself.
#[derive(Clone, Copy, Debug)]
pub struct RuleMeta {
    pub code: &'static str,
    pub name: &'static str,
    pub default_severity: Severity,
    /// One line, for lists.
    pub summary: &'static str,
    /// Markdown: what it does, why, an example.
    pub doc: &'static str,
}

impl Rule {
    pub fn code(self) -> &'static str {
        self.meta().code
    }

    pub fn name(self) -> &'static str {
        self.meta().name
    }

    /// Looks a rule up by code (`RV001`, any case) or name (`missing-section`).
    pub fn from_code_or_name(text: &str) -> Option<Rule> {
        Rule::ALL
            .into_iter()
            .find(|rule| rule.code().eq_ignore_ascii_case(text) || rule.name() == text)
    }
}

impl fmt::Display for Rule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// What a rule sees of the file it checks.
pub(crate) struct FileContext<'a> {
    pub(crate) file: &'a str,
    pub(crate) text: &'a str,
    pub(crate) parsed: &'a ParsedFile,
    pub(crate) config: &'a Config,
    pub(crate) reviews: &'a ReviewIndex,
    /// The titles the workspace and its catalogs know, when an index exists.
    pub(crate) known: Option<&'a dyn KnownTitles>,
    /// The severity of the rule running now.
    severity: Severity,
    rule: Rule,
}

impl FileContext<'_> {
    pub(crate) fn finding(&self, range: TextRange, message: String, fix: Option<Fix>) -> Finding {
        Finding {
            rule: self.rule,
            severity: self.severity,
            range,
            message,
            fix,
            related: Vec::new(),
        }
    }

    pub(crate) fn finding_with_related(
        &self,
        range: TextRange,
        message: String,
        related: Vec<RelatedLocation>,
    ) -> Finding {
        Finding {
            related,
            ..self.finding(range, message, None)
        }
    }
}

/// Runs every rule that is not switched off over one file. `file` is the
/// key under which the file is known to `reviews`. Findings come sorted by
/// position, then rule. Without an index of known titles, `near-miss-title`
/// has nothing to compare with and finds nothing; see
/// [`check_file_with_titles`].
pub fn check_file(
    file: &str,
    text: &str,
    parsed: &ParsedFile,
    config: &Config,
    reviews: &ReviewIndex,
) -> Vec<Finding> {
    run_rules(file, text, parsed, config, reviews, None)
}

/// [`check_file`] with the titles the workspace and its catalogs know.
pub fn check_file_with_titles(
    file: &str,
    text: &str,
    parsed: &ParsedFile,
    config: &Config,
    reviews: &ReviewIndex,
    known: &dyn KnownTitles,
) -> Vec<Finding> {
    run_rules(file, text, parsed, config, reviews, Some(known))
}

pub(crate) fn run_rules(
    file: &str,
    text: &str,
    parsed: &ParsedFile,
    config: &Config,
    reviews: &ReviewIndex,
    known: Option<&dyn KnownTitles>,
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for rule in Rule::ALL {
        let Level::On(severity) = config.level(rule) else {
            continue;
        };
        let context = FileContext {
            file,
            text,
            parsed,
            config,
            reviews,
            known,
            severity,
            rule,
        };
        rule.check(&context, &mut findings);
    }
    findings.sort_by_key(|finding| (finding.range.start, finding.rule, finding.range.end));
    findings
}

/// `docs/rules.md`: every rule's documentation, generated from the code.
pub fn rules_markdown() -> String {
    let mut out = String::from(
        "# Rules\n\n<!-- Generated from the rule sources by `cargo test -p review-analysis` with UPDATE_RULES_DOC=1; do not edit. -->\n\n",
    );
    out.push_str("| code | name | default | what it finds |\n| --- | --- | --- | --- |\n");
    for rule in Rule::ALL {
        let meta = rule.meta();
        out.push_str(&format!(
            "| {} | [`{}`](#{}) | {} | {} |\n",
            meta.code, meta.name, meta.name, meta.default_severity, meta.summary
        ));
    }
    for rule in Rule::ALL {
        let meta = rule.meta();
        out.push_str(&format!(
            "\n## {}\n\n`{}` · default severity: {}\n\n{}\n",
            meta.name,
            meta.code,
            meta.default_severity,
            meta.doc.trim()
        ));
    }
    out
}

/// Fixture tests for rules: `//- path` headers split a fixture into files;
/// the rendering lists each finding with its 1-based range in characters,
/// and the file as its fix leaves it.
#[cfg(test)]
pub(crate) mod test_support {
    use review_syntax::{ColumnUnit, LineIndex};

    use super::*;
    use crate::finding::apply_edits;

    pub(crate) fn files(fixture: &str) -> Vec<(String, String)> {
        if !fixture.starts_with("//- ") {
            return vec![("notes.md".to_owned(), fixture.to_owned())];
        }
        fixture
            .split("//- ")
            .filter(|part| !part.is_empty())
            .map(|part| {
                let (path, text) = part.split_once('\n').unwrap_or((part, ""));
                (path.trim().to_owned(), text.to_owned())
            })
            .collect()
    }

    pub(crate) fn render(fixture: &str, rule: Rule, config: &Config) -> String {
        render_with(fixture, rule, config, None)
    }

    pub(crate) fn render_with(
        fixture: &str,
        rule: Rule,
        config: &Config,
        known: Option<&dyn KnownTitles>,
    ) -> String {
        let files = files(fixture);
        let parsed: Vec<_> = files
            .iter()
            .map(|(path, text)| {
                config.parse(text, Some(&crate::FileSite::new(path.as_str(), false)))
            })
            .collect();
        let mut reviews = ReviewIndex::new();
        for ((path, text), parsed) in files.iter().zip(&parsed) {
            reviews.insert_file(path, text, parsed);
        }
        let mut out = String::new();
        for ((path, text), parsed) in files.iter().zip(&parsed) {
            let index = LineIndex::new(text);
            let at = |offset| {
                let position = index.line_col(text, offset, ColumnUnit::Char);
                format!("{}:{}", position.line + 1, position.col + 1)
            };
            for finding in run_rules(path, text, parsed, config, &reviews, known)
                .into_iter()
                .filter(|f| f.rule == rule)
            {
                out.push_str(&format!(
                    "{path} {}-{} {} {}: {}\n",
                    at(finding.range.start),
                    at(finding.range.end),
                    finding.rule.code(),
                    finding.severity,
                    finding.message
                ));
                for related in &finding.related {
                    out.push_str(&format!(
                        "  related {} {:?}: {}\n",
                        related.file, related.range, related.message
                    ));
                }
                if let Some(fix) = &finding.fix {
                    out.push_str(&format!("  fix {:?}:\n", fix.title));
                    // A carriage return shows as `␍`, so CRLF fixtures prove
                    // that fixes keep the file's line endings.
                    for line in apply_edits(text, &fix.edits).split('\n') {
                        out.push_str(&format!("  | {}\n", line.replace('\r', "␍")));
                    }
                }
            }
        }
        out
    }

    pub(crate) fn check(fixture: &str, rule: Rule, expect: expect_test::Expect) {
        expect.assert_eq(&render(fixture, rule, &Config::default()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_and_names_are_unique_and_stable() {
        let codes: Vec<&str> = Rule::ALL.iter().map(|rule| rule.code()).collect();
        assert_eq!(
            codes,
            [
                "RV001", "RV002", "RV003", "RV004", "RV005", "RV006", "RV007", "RV008"
            ]
        );
        for rule in Rule::ALL {
            assert_eq!(Rule::from_code_or_name(rule.name()), Some(rule));
            assert_eq!(
                Rule::from_code_or_name(&rule.code().to_lowercase()),
                Some(rule)
            );
            let doc = rule.meta().doc;
            for part in ["## What it does", "## Why", "## Example"] {
                assert!(doc.contains(part), "{} lacks {part:?}", rule.name());
            }
        }
    }

    /// `docs/rules.md` is generated; this keeps it in step with the code.
    #[test]
    fn rules_doc_is_up_to_date() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/rules.md");
        let generated = rules_markdown();
        if std::env::var_os("UPDATE_RULES_DOC").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == generated,
            "docs/rules.md is stale: run `UPDATE_RULES_DOC=1 cargo test -p review-analysis`"
        );
    }
}
