//! What the rules produce: findings with a range, a message and maybe a fix.
//! Plain data with byte offsets; the CLI and the server each render them.

use review_syntax::TextRange;

use crate::rules::Rule;
use crate::severity::Severity;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub range: TextRange,
    pub message: String,
    pub fix: Option<Fix>,
    /// Other places the finding is about, such as the earlier review that a
    /// duplicate repeats.
    pub related: Vec<RelatedLocation>,
}

/// A change that resolves a finding: edits to the same file, none of them
/// overlapping.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub title: String,
    pub edits: Vec<TextEdit>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextEdit {
    pub range: TextRange,
    pub new_text: String,
}

impl TextEdit {
    pub fn insert(offset: usize, text: impl Into<String>) -> TextEdit {
        TextEdit {
            range: TextRange::empty(offset),
            new_text: text.into(),
        }
    }
}

/// A place in some file of the workspace, named by the key its caller gave.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RelatedLocation {
    pub file: String,
    pub range: TextRange,
    pub message: String,
}

/// Applies edits to `text`. Edits are applied from the end backwards so that
/// offsets stay valid; overlapping edits are a bug in the caller.
pub fn apply_edits(text: &str, edits: &[TextEdit]) -> String {
    let mut sorted: Vec<&TextEdit> = edits.iter().collect();
    sorted.sort_by_key(|edit| (edit.range.start, edit.range.end));
    let mut out = text.to_owned();
    for edit in sorted.iter().rev() {
        out.replace_range(edit.range.start..edit.range.end, &edit.new_text);
    }
    out
}
