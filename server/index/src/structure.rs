//! What the editor asks about one file's structure, as plain structs with
//! byte ranges: the outline, folds and selection ranges. No protocol types
//! here (the language server converts) and no index (they read the parse).

use review_syntax::{Entry, ParsedFile, Section, SectionKind, TextRange};

/// One item of the outline: a review, or a section of one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutlineItem {
    pub name: String,
    pub detail: Option<String>,
    /// `Some` for a section.
    pub section: Option<SectionKind>,
    /// Everything the item covers: it holds `selection` and the children.
    pub range: TextRange,
    /// What the editor highlights: a review's header, a section's label.
    pub selection: TextRange,
    pub children: Vec<OutlineItem>,
}

/// The outline: each review under its title (or its reviewer, untitled),
/// its sections under it by their labels as written.
pub fn outline(text: &str, parsed: &ParsedFile) -> Vec<OutlineItem> {
    parsed
        .entries
        .iter()
        .map(|entry| entry_item(text, entry))
        .collect()
}

fn entry_item(text: &str, entry: &Entry) -> OutlineItem {
    let reviewer = entry.header.reviewer.as_ref().map(|r| r.name.clone());
    let name = match (&entry.header.title, &reviewer) {
        (Some(title), _) if !title.text.trim().is_empty() => title.text.clone(),
        (_, Some(reviewer)) => format!("{reviewer} (untitled)"),
        _ => "(untitled review)".to_owned(),
    };
    // Editors insist that an item's range holds its selection and its
    // children: take the union rather than trust that they nest.
    let mut range = union(entry.range(), entry.header.range);
    for section in &entry.sections {
        range = union(range, section_range(section));
    }
    OutlineItem {
        name,
        detail: reviewer,
        section: None,
        range,
        selection: entry.header.range,
        children: entry
            .sections
            .iter()
            .map(|section| section_item(text, section))
            .collect(),
    }
}

fn section_item(text: &str, section: &Section) -> OutlineItem {
    let label = section.label.slice(text).trim();
    OutlineItem {
        name: if label.is_empty() {
            section.kind.to_string()
        } else {
            label.to_owned()
        },
        detail: Some(section.kind.to_string()),
        section: Some(section.kind),
        range: section_range(section),
        selection: section.label,
        children: Vec::new(),
    }
}

/// A section from its label to the end of its text.
fn section_range(section: &Section) -> TextRange {
    union(section.label, section.content)
}

/// The smallest range holding both; an empty `b` (a section with nothing
/// after its label) adds nothing.
fn union(a: TextRange, b: TextRange) -> TextRange {
    if b.is_empty() {
        return a;
    }
    TextRange::new(a.start.min(b.start), a.end.max(b.end))
}

/// What can fold: each review and each section (the editor keeps those
/// that span more than one line).
pub fn folds(parsed: &ParsedFile) -> Vec<TextRange> {
    let mut folds = Vec::new();
    for entry in &parsed.entries {
        folds.push(entry.range());
        folds.extend(entry.sections.iter().map(section_range));
    }
    folds
}

/// The ranges around `offset`, innermost first: the title or a section's
/// label or text, then the header or the section, then the review. Outside
/// every review, the empty range at the offset.
pub fn selection(parsed: &ParsedFile, offset: usize) -> Vec<TextRange> {
    let mut ranges = Vec::new();
    if let Some(entry) = parsed
        .entries
        .iter()
        .find(|entry| entry.range().touches(offset))
    {
        let title = entry.header.title.as_ref().map(|title| title.range);
        if entry.header.range.touches(offset) {
            ranges.extend(title.filter(|title| title.touches(offset)));
            ranges.push(entry.header.range);
        } else if let Some(section) = entry
            .sections
            .iter()
            .find(|section| section_range(section).touches(offset))
        {
            ranges.extend(
                [section.label, section.content]
                    .into_iter()
                    .find(|part| !part.is_empty() && part.touches(offset)),
            );
            ranges.push(section_range(section));
        }
        ranges.push(entry.range());
    }
    ranges.dedup();
    if ranges.is_empty() {
        ranges.push(TextRange::empty(offset));
    }
    ranges
}
