//! `review-ls.toml`: required sections, extra aliases, rule levels, which
//! files to check and which bibliographies to read.
//!
//! Parsing a configuration never panics: a bad file gives a [`ConfigError`]
//! naming the file, the line and column, the key, and what was expected.
//! Finding the file on disk is the caller's job (this crate does no IO).
//!
//! ```toml
//! [sections]
//! required = ["purpose", "method", "experiment"]
//!
//! [sections.aliases]
//! purpose = ["배경"]
//!
//! [rules]
//! empty-section = "off"
//! missing-section = "error"
//!
//! [files]
//! include = ["**/*.md"]
//! exclude = ["drafts/**"]
//! layout = "auto"   # or "collection", "single", or { "course/*.md" = "collection" }
//!
//! [single]
//! reviewer-required = false
//!
//! [catalog]
//! paths = ["refs/lab.bib"]
//! ```

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::ops::Range;

use globset::Glob;
use globset::GlobMatcher;
use review_syntax::{
    LayoutChoice, LineIndex, NotePath, ParseOptions, ParsedFile, SectionKind, Vocabulary,
    parse_with,
};
use serde::Deserialize;
use toml::Spanned;

use crate::rules::Rule;
use crate::severity::Level;

/// The file name searched for, walking up from the checked path.
pub const CONFIG_FILE_NAME: &str = "review-ls.toml";

/// The settings in force for one workspace.
#[derive(Clone, Debug)]
pub struct Config {
    pub required_sections: Vec<SectionKind>,
    pub vocabulary: Vocabulary,
    levels: HashMap<Rule, Level>,
    /// Globs, relative to the configuration file's folder.
    pub include: Vec<String>,
    pub exclude: Vec<String>,
    pub catalog_paths: Vec<String>,
    /// `[files] layout`: the layout for files no glob names.
    pub layout: LayoutChoice,
    /// `[files] layout` as a table: globs (relative to the configuration's
    /// folder) and the layout of the files they match, first match wins.
    pub layout_globs: Vec<(String, LayoutChoice)>,
    layout_matchers: Vec<(GlobMatcher, LayoutChoice)>,
    /// `[single] reviewer-required`: whether `missing-reviewer` applies to
    /// single-review notes too (a personal notes folder has one author, so
    /// by default it does not).
    pub single_reviewer_required: bool,
}

/// Where a file stands, for the layout globs and for titles taken from a
/// folder's or a file's name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FileSite {
    /// The path relative to the configuration's folder, with `/`: what the
    /// layout globs match.
    pub relative: String,
    /// The whole path (absolute where known): what folder names are read
    /// from, whatever folder the check started in.
    pub path: String,
    /// Whether the file is the only note in its folder.
    pub only_note_in_folder: bool,
}

impl FileSite {
    /// A site whose whole path is its relative one (tests, fixtures).
    pub fn new(relative: impl Into<String>, only_note_in_folder: bool) -> FileSite {
        let relative = relative.into();
        FileSite {
            path: relative.clone(),
            relative,
            only_note_in_folder,
        }
    }
}

impl Config {
    /// The layout `[files] layout` gives the file at `relative`.
    pub fn layout_for(&self, relative: Option<&str>) -> LayoutChoice {
        relative
            .and_then(|relative| {
                self.layout_matchers
                    .iter()
                    .find(|(matcher, _)| matcher.is_match(relative))
                    .map(|(_, layout)| *layout)
            })
            .unwrap_or(self.layout)
    }

    /// Parses a file with this configuration's vocabulary and layout.
    pub fn parse(&self, text: &str, site: Option<&FileSite>) -> ParsedFile {
        let options = ParseOptions {
            vocabulary: &self.vocabulary,
            layout: self.layout_for(site.map(|site| site.relative.as_str())),
            path: site.map(|site| NotePath::from_path(&site.path, site.only_note_in_folder)),
        };
        parse_with(text, &options)
    }
}

impl Default for Config {
    fn default() -> Config {
        Config {
            required_sections: vec![
                SectionKind::Purpose,
                SectionKind::Method,
                SectionKind::Experiment,
            ],
            vocabulary: Vocabulary::default(),
            levels: HashMap::new(),
            include: vec!["**/*.md".to_owned(), "**/*.markdown".to_owned()],
            exclude: Vec::new(),
            catalog_paths: Vec::new(),
            layout: LayoutChoice::Auto,
            layout_globs: Vec::new(),
            layout_matchers: Vec::new(),
            single_reviewer_required: false,
        }
    }
}

/// A configuration file that could not be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    pub path: String,
    /// 1-based; 0 when the error has no position.
    pub line: usize,
    pub column: usize,
    /// The byte range in the file, for editors that underline it.
    pub span: Option<Range<usize>>,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(
                f,
                "{}:{}:{}: {}",
                self.path, self.line, self.column, self.message
            )
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for ConfigError {}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    sections: RawSections,
    #[serde(default)]
    rules: BTreeMap<Spanned<String>, Spanned<String>>,
    #[serde(default)]
    files: RawFiles,
    #[serde(default)]
    catalog: RawCatalog,
    #[serde(default)]
    single: RawSingle,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSingle {
    reviewer_required: Option<bool>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawSections {
    required: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    aliases: BTreeMap<Spanned<String>, Vec<String>>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawFiles {
    include: Option<Vec<Spanned<String>>>,
    #[serde(default)]
    exclude: Vec<Spanned<String>>,
    layout: Option<Spanned<RawLayout>>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum RawLayout {
    One(String),
    ByGlob(BTreeMap<String, String>),
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct RawCatalog {
    #[serde(default)]
    paths: Vec<Spanned<String>>,
}

impl Config {
    /// Reads a configuration from the text of `path` (used in messages).
    pub fn from_toml(text: &str, path: &str) -> Result<Config, ConfigError> {
        let error = |span: Option<Range<usize>>, message: String| {
            let (line, column) = match &span {
                Some(span) => {
                    let index = LineIndex::new(text);
                    let position =
                        index.line_col(text, span.start, review_syntax::ColumnUnit::Char);
                    (position.line as usize + 1, position.col as usize + 1)
                }
                None => (0, 0),
            };
            ConfigError {
                path: path.to_owned(),
                line,
                column,
                span,
                message,
            }
        };
        let raw: RawConfig =
            toml::from_str(text).map_err(|e| error(e.span(), e.message().trim().to_owned()))?;

        let mut config = Config::default();
        let kind_named = |name: &Spanned<String>, key: &str| {
            SectionKind::from_name(name.get_ref()).ok_or_else(|| {
                let known: Vec<String> = SectionKind::ALL
                    .iter()
                    .map(|k| format!("\"{k}\""))
                    .collect();
                error(
                    Some(name.span()),
                    format!(
                        "`{key}`: unknown section kind \"{}\", expected one of {}",
                        name.get_ref(),
                        known.join(", ")
                    ),
                )
            })
        };
        if let Some(required) = &raw.sections.required {
            config.required_sections = required
                .iter()
                .map(|name| kind_named(name, "sections.required"))
                .collect::<Result<_, _>>()?;
            config.required_sections.dedup();
        }
        for (kind, aliases) in &raw.sections.aliases {
            let kind = kind_named(kind, &format!("sections.aliases.{}", kind.get_ref()))?;
            for alias in aliases {
                config.vocabulary.add_alias(kind, alias);
            }
        }
        for (rule, level) in &raw.rules {
            let Some(found) = Rule::from_code_or_name(rule.get_ref()) else {
                return Err(error(
                    Some(rule.span()),
                    format!(
                        "`rules.{}`: unknown rule, expected a rule name such as \"missing-section\" or a code such as \"RV001\" (see `review-ls --explain`)",
                        rule.get_ref()
                    ),
                ));
            };
            let Ok(parsed) = level.get_ref().parse::<Level>() else {
                return Err(error(
                    Some(level.span()),
                    format!(
                        "`rules.{}`: expected one of \"error\", \"warning\", \"info\", \"off\", found \"{}\"",
                        rule.get_ref(),
                        level.get_ref()
                    ),
                ));
            };
            config.levels.insert(found, parsed);
        }
        let globs = |values: &[Spanned<String>], key: &str| {
            values
                .iter()
                .map(|glob| match Glob::new(glob.get_ref()) {
                    Ok(_) => Ok(glob.get_ref().clone()),
                    Err(e) => Err(error(
                        Some(glob.span()),
                        format!("`{key}`: invalid glob \"{}\": {}", glob.get_ref(), e.kind()),
                    )),
                })
                .collect::<Result<Vec<_>, _>>()
        };
        if let Some(include) = &raw.files.include {
            config.include = globs(include, "files.include")?;
        }
        config.exclude = globs(&raw.files.exclude, "files.exclude")?;
        config.catalog_paths = globs(&raw.catalog.paths, "catalog.paths")?;
        if let Some(layout) = &raw.files.layout {
            let named = |name: &str| {
                LayoutChoice::from_name(name).ok_or_else(|| {
                    error(
                        Some(layout.span()),
                        format!(
                            "`files.layout`: expected \"auto\", \"collection\" or \"single\", found \"{name}\""
                        ),
                    )
                })
            };
            match layout.get_ref() {
                RawLayout::One(name) => config.layout = named(name)?,
                RawLayout::ByGlob(table) => {
                    for (glob, name) in table {
                        let choice = named(name)?;
                        let matcher = Glob::new(glob)
                            .map_err(|e| {
                                error(
                                    Some(layout.span()),
                                    format!(
                                        "`files.layout`: invalid glob \"{glob}\": {}",
                                        e.kind()
                                    ),
                                )
                            })?
                            .compile_matcher();
                        config.layout_globs.push((glob.clone(), choice));
                        config.layout_matchers.push((matcher, choice));
                    }
                }
            }
        }
        if let Some(required) = raw.single.reviewer_required {
            config.single_reviewer_required = required;
        }
        Ok(config)
    }

    /// The level `rule` runs at: configured, or its default severity.
    pub fn level(&self, rule: Rule) -> Level {
        self.levels
            .get(&rule)
            .copied()
            .unwrap_or(Level::On(rule.meta().default_severity))
    }

    pub fn set_level(&mut self, rule: Rule, level: Level) {
        self.levels.insert(rule, level);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::severity::Severity;

    #[test]
    fn reads_every_key() {
        let config = Config::from_toml(
            r#"
[sections]
required = ["purpose", "experiment"]
[sections.aliases]
purpose = ["배경"]
[rules]
empty-section = "off"
RV001 = "error"
[files]
include = ["notes/**/*.md"]
exclude = ["drafts/**"]
[catalog]
paths = ["refs/*.bib"]
"#,
            "review-ls.toml",
        )
        .unwrap();
        assert_eq!(
            config.required_sections,
            [SectionKind::Purpose, SectionKind::Experiment]
        );
        assert!(config.vocabulary.label_at("배경: x").is_some());
        assert_eq!(config.level(Rule::EmptySection), Level::Off);
        assert_eq!(
            config.level(Rule::MissingSection),
            Level::On(Severity::Error)
        );
        assert_eq!(config.level(Rule::MissingTitle), Level::On(Severity::Error));
        assert_eq!(config.include, ["notes/**/*.md"]);
        assert_eq!(config.exclude, ["drafts/**"]);
        assert_eq!(config.catalog_paths, ["refs/*.bib"]);
    }

    fn error_of(text: &str) -> String {
        Config::from_toml(text, "notes/review-ls.toml")
            .unwrap_err()
            .to_string()
    }

    #[test]
    fn errors_name_the_file_the_position_the_key_and_what_was_expected() {
        assert_eq!(
            error_of("[sections]\nrequried = [\"purpose\"]\n"),
            "notes/review-ls.toml:2:1: unknown field `requried`, expected `required` or `aliases`"
        );
        assert_eq!(
            error_of("[rules]\nmissing-section = \"warn\"\n"),
            "notes/review-ls.toml:2:19: `rules.missing-section`: expected one of \"error\", \"warning\", \"info\", \"off\", found \"warn\""
        );
        assert_eq!(
            error_of("[rules]\nno-such-rule = \"off\"\n"),
            "notes/review-ls.toml:2:1: `rules.no-such-rule`: unknown rule, expected a rule name such as \"missing-section\" or a code such as \"RV001\" (see `review-ls --explain`)"
        );
        assert_eq!(
            error_of("[sections]\nrequired = [\"purpose\", \"results\"]\n"),
            "notes/review-ls.toml:2:24: `sections.required`: unknown section kind \"results\", expected one of \"purpose\", \"method\", \"experiment\", \"novelty\", \"limitations\", \"takeaways\", \"summary\""
        );
        assert_eq!(
            error_of("[files]\nexclude = [\"a/[b\"]\n"),
            "notes/review-ls.toml:2:12: `files.exclude`: invalid glob \"a/[b\": unclosed character class; missing ']'"
        );
        assert_eq!(
            error_of("[sections\n"),
            "notes/review-ls.toml:1:10: unclosed table, expected `]`"
        );
        assert_eq!(
            error_of("[unknown]\n"),
            "notes/review-ls.toml:1:2: unknown field `unknown`, expected one of `sections`, `rules`, `files`, `catalog`, `single`"
        );
    }
}
