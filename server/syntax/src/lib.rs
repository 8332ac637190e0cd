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
mod note;
mod parser;
mod text;
mod title;
mod vocabulary;

pub use header::title_start;
pub use line_index::{ColumnUnit, LineCol, LineIndex, floor_char_boundary, measure};
pub use note::{NotePath, heading_core, heading_kinds};
pub use parser::{
    HeadingLine, Outline, bold_labels, bullet_len, headings, is_vacant, outline, parse, parse_with,
    setext_underline,
};
pub use text::{Line, TextRange, dominant_line_ending, lines};
pub use title::{
    TitleKey, is_han, is_kana, short_title, unescape_markdown, writes_traditional_chinese,
};
pub use vocabulary::{LabelLanguage, LabelMatch, SectionKind, Vocabulary};

/// Everything found in one file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ParsedFile {
    pub entries: Vec<Entry>,
    /// How the file holds its reviews; `None` when it is not a review note
    /// (a README, a changelog, a study note), and then it has no entries.
    pub layout: Option<Layout>,
}

/// The two ways real notes hold reviews (DESIGN.md §1 and §1b).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Layout {
    /// Several `Reviewer: Title` reviews in one shared file (a course).
    Collection,
    /// One paper per file, sections from the owner's own template.
    Single,
}

impl Layout {
    pub fn name(self) -> &'static str {
        match self {
            Layout::Collection => "collection",
            Layout::Single => "single",
        }
    }
}

/// Which layout to read a file in: decided from what it holds, or forced by
/// configuration (`[files] layout`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LayoutChoice {
    #[default]
    Auto,
    Collection,
    Single,
}

impl LayoutChoice {
    pub fn from_name(name: &str) -> Option<LayoutChoice> {
        match name {
            "auto" => Some(LayoutChoice::Auto),
            "collection" => Some(LayoutChoice::Collection),
            "single" => Some(LayoutChoice::Single),
            _ => None,
        }
    }
}

/// What [`parse_with`] needs besides the text.
#[derive(Clone, Copy, Debug)]
pub struct ParseOptions<'a> {
    pub vocabulary: &'a Vocabulary,
    pub layout: LayoutChoice,
    /// The file's path, for titles taken from a folder's or file's name.
    pub path: Option<NotePath<'a>>,
}

impl<'a> ParseOptions<'a> {
    pub fn new(vocabulary: &'a Vocabulary) -> ParseOptions<'a> {
        ParseOptions {
            vocabulary,
            layout: LayoutChoice::Auto,
            path: None,
        }
    }
}

/// Where a review's title was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TitleSource {
    /// A `Reviewer: Title` header (the seed's shape).
    Header,
    /// `title:` in YAML front matter.
    FrontMatter,
    /// A field near the top: `Title:`, `* **Title**: …`, `제목:`.
    Field,
    /// The first heading that names a paper rather than a section.
    Heading,
    /// The folder's name (the file is its `README.md`, `index.md` or only
    /// note).
    Folder,
    /// The file's name.
    FileName,
}

impl TitleSource {
    pub fn name(self) -> &'static str {
        match self {
            TitleSource::Header => "header",
            TitleSource::FrontMatter => "front-matter",
            TitleSource::Field => "field",
            TitleSource::Heading => "heading",
            TitleSource::Folder => "folder",
            TitleSource::FileName => "file-name",
        }
    }

    /// Whether the title is not in the text at all: findings about it go on
    /// line 1.
    pub fn is_from_path(self) -> bool {
        matches!(self, TitleSource::Folder | TitleSource::FileName)
    }
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
    /// A title field near the top of a single-review note (`Title: …`).
    Field,
    /// No title in the text: it comes from the folder's or the file's name,
    /// and `line` is the file's first line.
    Path,
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
    pub title_source: TitleSource,
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
        // A title copied from a PDF keeps its ligatures: `Eﬃcient`.
        let plain = |text: &str| {
            let text = unescape_markdown(&crate::text::without_inline_tags(text));
            if text.contains(['ﬀ', 'ﬁ', 'ﬂ', 'ﬃ', 'ﬄ']) {
                text.replace('ﬀ', "ff")
                    .replace('ﬁ', "fi")
                    .replace('ﬂ', "fl")
                    .replace('ﬃ', "ffi")
                    .replace('ﬄ', "ffl")
            } else {
                text
            }
        };
        let text = plain(&raw.trim()[..cleaned.len]);
        // The key leaves the nickname out, so that the note and the paper's
        // catalog entry are one title.
        let key = match cleaned.before_nickname {
            Some(len) => TitleKey::new(&plain(&raw.trim()[..len])),
            None => TitleKey::new(&text),
        };
        Some(Title {
            key,
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
    /// Taken for the method by where it stands (a heading named after the
    /// method between the introduction and the experiments), not by its
    /// words.
    pub inferred: bool,
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
