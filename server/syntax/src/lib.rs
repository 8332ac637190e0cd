//! The syntax layer of review-ls: review notes in, review entries out.
//!
//! [`parse`] reads every shape of entry that real notes use (see DESIGN.md
//! §1): `Reviewer: Title` headers with any separator, behind a heading marker
//! or none, starting in the middle of the previous entry's paragraph; sections
//! as bullets, inline in one paragraph, as headings or bold labels, or absent;
//! and one-review-per-file notes with front matter or a single `# Title`.
//!
//! Parsing never fails: it returns what it found. Whether an entry lacks a
//! section or a title is for the analysis layer to judge. Nothing here does IO
//! or knows about the Language Server Protocol. Positions are byte offsets
//! into the text as given (CRLF kept); [`LineIndex`] turns them into lines and
//! columns.

mod header;
mod line_index;
mod parser;
mod text;
mod title;
mod vocabulary;

pub use header::title_start;
pub use line_index::{ColumnUnit, LineCol, LineIndex, floor_char_boundary, measure};
pub use parser::parse;
pub use text::{Line, TextRange, dominant_line_ending, lines};
pub use title::{TitleKey, short_title, unescape_markdown};
pub use vocabulary::{LabelMatch, SectionKind, Vocabulary};

/// Everything found in one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedFile {
    pub entries: Vec<Entry>,
}

/// One review: a header naming reviewer and paper, then a body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub header: Header,
    /// From the first to the last non-blank character between the header's
    /// line and the next entry; empty when there is no body.
    pub body: TextRange,
    pub sections: Vec<Section>,
}

impl Entry {
    /// The whole entry, header and body.
    pub fn range(&self) -> TextRange {
        TextRange::new(
            self.header.line.start,
            self.body.end.max(self.header.line.end),
        )
    }

    pub fn has_section(&self, kind: SectionKind) -> bool {
        self.sections.iter().any(|section| section.kind == kind)
    }

    /// The section kinds present, in order of first appearance.
    pub fn section_kinds(&self) -> Vec<SectionKind> {
        let mut kinds = Vec::new();
        for section in &self.sections {
            if !kinds.contains(&section.kind) {
                kinds.push(section.kind);
            }
        }
        kinds
    }

    pub fn title_key(&self) -> Option<&TitleKey> {
        self.header.title.as_ref().map(|title| &title.key)
    }
}

/// How an entry's header is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HeaderOrigin {
    /// `Reviewer: Title` on a line of its own.
    Line,
    /// `## Reviewer: Title`, or a heading naming only the paper.
    Heading { level: u8 },
    /// `… end of the previous review. Reviewer, Title`: the header starts in
    /// the middle of a line. `paragraph_end` is where the text before it ends
    /// (before the spaces), which is where a fix splits the line.
    MidLine { paragraph_end: usize },
    /// `title:` (and `reviewer:`) in YAML front matter.
    FrontMatter,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Header {
    pub origin: HeaderOrigin,
    /// Reviewer to end of title: what findings about the header underline.
    pub range: TextRange,
    /// The header's line, heading marker included; for a mid-line header,
    /// from the reviewer's name to the end of the line.
    pub line: TextRange,
    pub reviewer: Option<Reviewer>,
    pub title: Option<Title>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reviewer {
    pub name: String,
    pub range: TextRange,
}

/// A paper title as written in a header, cleaned of venue and junk.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Title {
    /// What the user would want displayed: escapes removed, venue cut.
    pub text: String,
    /// The source range of the title proper (without venue or junk).
    pub range: TextRange,
    pub key: TitleKey,
    pub venue: Option<String>,
    pub year: Option<u16>,
}

impl Title {
    /// A title from its raw header text at `start`; `None` when nothing of
    /// a title is left once venue and junk are cut.
    pub fn from_raw(raw: &str, start: usize) -> Option<Title> {
        let cleaned = title::clean(raw.trim());
        let leading = raw.len() - raw.trim_start().len();
        if cleaned.len == 0 {
            return None;
        }
        let text = unescape_markdown(&raw.trim()[..cleaned.len]);
        Some(Title {
            key: TitleKey::new(&text),
            text,
            range: TextRange::new(start + leading, start + leading + cleaned.len),
            venue: cleaned.venue,
            year: cleaned.year,
        })
    }
}

/// One labelled part of a review's body.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    pub kind: SectionKind,
    /// The alias as written (`목적`, `Method`).
    pub label: TextRange,
    /// The text after the label, trimmed; empty when nothing follows.
    pub content: TextRange,
    pub placement: Placement,
}

/// How a section label is written, so that fixes can write new ones alike.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Placement {
    /// At the start of a line, behind `prefix` (indentation and a bullet such
    /// as `• ` or `- `, possibly empty). `bold` when written `**Label**:`.
    LineStart { prefix: TextRange, bold: bool },
    /// After a sentence end inside a paragraph: `… 것. Method: …`.
    Inline,
    /// As a heading: `## Method`.
    Heading { level: u8 },
}
