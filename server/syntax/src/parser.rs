//! Assembling entries: find where each review starts, cut the text between
//! starts into bodies, and find the section labels inside each body.
//!
//! The parser is line-based rather than a full CommonMark parse: the shapes
//! that matter (a header line, a label after a bullet or a sentence end) are
//! line-level facts, and real notes break markdown's block rules anyway (`•`
//! bullets are paragraphs to CommonMark). It does respect the two block
//! structures that would otherwise produce false entries: fenced code and
//! YAML front matter.

use crate::header::{HeaderParts, Position, bold_header_at, header_at};
use crate::note;
use crate::text::{Line, TextRange, lines};
use crate::vocabulary::Vocabulary;
use crate::{
    Entry, Header, HeaderOrigin, Layout, LayoutChoice, ParseOptions, ParsedFile, Placement,
    Reviewer, Section, SectionKind, Title, TitleSource,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum LineKind {
    /// Front matter or fenced code: never an entry, never a label.
    Skip,
    /// Inside a MyST directive fence (```` ```{admonition} ````): markdown
    /// that a single-review note may keep its title field in, never a
    /// heading or a collection header.
    Directive,
    Blank,
    /// An ATX heading and the range of its text.
    Heading {
        level: u8,
        text: TextRange,
    },
    Text,
}

/// A heading of a file, outside code fences and front matter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct HeadingLine {
    pub level: u8,
    /// The heading's text, without its `#`s.
    pub text: TextRange,
}

/// What a fix needs to know to add a section where markdown will read it
/// as one: the file's headings and whether its end is inside a code fence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outline {
    /// Every heading, in order, outside code fences and front matter.
    pub headings: Vec<HeadingLine>,
    /// Whether the file ends inside a fence, an HTML comment or a
    /// `<script>`/`<style>` block that is never closed: text added at its
    /// end would be code or hidden, not markdown.
    pub ends_in_fence: bool,
}

/// The [`Outline`] of `text`.
pub fn outline(text: &str) -> Outline {
    let lines = lines(text);
    let first_content_line = front_matter(text, &lines).map_or(0, |fm| fm.end_line);
    let (kinds, ends_in_fence) = classify(text, &lines, first_content_line);
    let headings = kinds
        .into_iter()
        .filter_map(|kind| match kind {
            LineKind::Heading { level, text } => Some(HeadingLine { level, text }),
            _ => None,
        })
        .collect();
    Outline {
        headings,
        ends_in_fence,
    }
}

/// Every heading of `text`, in order: what `review-ls --init` counts to
/// learn a group's template.
pub fn headings(text: &str) -> Vec<HeadingLine> {
    outline(text).headings
}

/// Every bold label that opens a line of `text`, outside code fences and
/// front matter: `**Question**:`, `- **Motivating Idea**` alone on its item,
/// `> **Key idea:** …`, `**Results.** …` (the range of the label's words),
/// but not a metadata field's (`**Authors**: …`). A template without
/// headings sets its parts in bold, so `review-ls --init` counts these
/// beside the headings.
pub fn bold_labels(text: &str) -> Vec<TextRange> {
    let lines = lines(text);
    let first_content_line = front_matter(text, &lines).map_or(0, |fm| fm.end_line);
    let (kinds, _) = classify(text, &lines, first_content_line);
    lines
        .iter()
        .zip(kinds)
        .filter(|(_, kind)| *kind == LineKind::Text)
        .filter_map(|(line, _)| {
            let content = line.text(text);
            let quoted = content.trim_start();
            let item = quoted.strip_prefix('>').map_or(quoted, str::trim_start);
            let rest = &item[bullet_len(item)..];
            let (start, len, _) = note::bold_phrase(rest)?;
            if note::is_metadata_label(&rest[start..start + len]) {
                return None;
            }
            let at = line.start + (content.len() - rest.len()) + start;
            Some(TextRange::new(at, at + len))
        })
        .collect()
}

/// Parses one file, deciding its layout from what it holds. Never fails;
/// see the crate documentation.
pub fn parse(text: &str, vocabulary: &Vocabulary) -> ParsedFile {
    parse_with(text, &ParseOptions::new(vocabulary))
}

/// Parses one file with a layout setting and what is known of its path.
///
/// With [`LayoutChoice::Auto`], a file is a collection when it holds two or
/// more `Reviewer: Title` headers and no front-matter title; otherwise it is
/// read as a single-review note, which it is only when it looks like one
/// (sections of a review, or evidence of a paper: a title field, paper
/// links, metadata such as `Authors:`, an author list under the title, a
/// `paper`/`review` folder). Anything else (a README, a changelog, a study
/// note) has no entries.
pub fn parse_with(text: &str, options: &ParseOptions<'_>) -> ParsedFile {
    let vocabulary = options.vocabulary;
    let lines = lines(text);
    let front_matter = front_matter(text, &lines);
    let (kinds, _) = classify(
        text,
        &lines,
        front_matter.as_ref().map_or(0, |fm| fm.end_line),
    );
    let starters = starters(text, &lines, &kinds, front_matter.as_ref(), vocabulary);
    let has_front_matter_title = front_matter.as_ref().is_some_and(|fm| fm.title.is_some());
    // The headers that can make a collection: on a line or a heading of
    // their own, with a title.
    let headers: Vec<&Header> = starters
        .iter()
        .filter_map(|starter| match &starter.kind {
            // (Not one indented into a list item, `  **Causal Test**:
            // Patching …` under `- Alignment Tax: …`: a point of a note.)
            StarterKind::Entry(header)
                if stands_alone(header)
                    && header.title.is_some()
                    && !text[header.line.start..].starts_with([' ', '\t']) =>
            {
                Some(header)
            }
            _ => None,
        })
        .collect();
    let layout = match options.layout {
        LayoutChoice::Collection => Layout::Collection,
        LayoutChoice::Single => Layout::Single,
        LayoutChoice::Auto
            if !has_front_matter_title
                && is_collection(text, &lines, &kinds, &headers, vocabulary) =>
        {
            Layout::Collection
        }
        LayoutChoice::Auto => Layout::Single,
    };
    let mut header_shaped = false;
    let mut top_header = None;
    if layout == Layout::Single {
        // A Latin-named `John Smith: Paper` line is a header when labels
        // follow in the collection's grammar (`- Purpose: …`, `1. **Method**:
        // …`).
        let labels_at_line_starts = lines.iter().zip(&kinds).any(|(line, kind)| {
            let content = line.text(text);
            let rest = content.trim_start();
            let rest = &rest[bullet_len(rest)..];
            *kind == LineKind::Text
                && (vocabulary.label_at(rest).is_some() || bold_label(rest, vocabulary).is_some())
        });
        // A `Reviewer: Title` header on the file's first line or heading
        // names the note's paper and reviewer. There, `Contextual Word
        // Representations: A Contextual Introduction` is a title with a
        // colon, not a Latin-named reviewer's header: a Korean name is read
        // there, a Latin one only on a plain line with labels below.
        let first_content = lines
            .iter()
            .zip(&kinds)
            .position(|(_, kind)| matches!(kind, LineKind::Text | LineKind::Heading { .. }));
        top_header = starters.iter().find_map(|starter| match &starter.kind {
            StarterKind::Entry(header)
                if stands_alone(header)
                    && (has_korean_name(header)
                        || (header.origin == HeaderOrigin::Line && labels_at_line_starts)) =>
            {
                let index = lines.partition_point(|line| line.next <= header.line.start);
                (Some(index) == first_content).then(|| (index, header.clone()))
            }
            _ => None,
        });
        // One review in the seed's own shape (`## 홍길동: Title` and `- 목적:
        // …` lines) is read with the collection's grammar, labels inline in
        // a paragraph included; it is still a single-review note. So is a
        // course file with one review so far, under a `# Week 3` heading.
        header_shaped = options.layout == LayoutChoice::Auto
            && !has_front_matter_title
            && (top_header.is_some()
                || (labels_at_line_starts
                    && headers.iter().any(|header| {
                        has_korean_name(header)
                            && precedes_sections(text, &lines, &kinds, header, vocabulary)
                    })));
    }
    if layout == Layout::Single && !header_shaped {
        if text.trim().is_empty() {
            return ParsedFile::default();
        }
        let note = note::read(
            text,
            &lines,
            &kinds,
            front_matter.as_ref(),
            vocabulary,
            options.path.as_ref(),
            top_header,
        );
        let forced = options.layout == LayoutChoice::Single;
        if !(note.is_review || forced) {
            // (A repository's front page may hold its papers' reviews, each
            // under its heading.)
            if options.layout == LayoutChoice::Auto
                && !has_front_matter_title
                && (!note.kept_out || note.front_page)
            {
                let entries = papers_under_headings(text, &lines, &kinds, vocabulary);
                if !entries.is_empty() {
                    return ParsedFile {
                        entries,
                        layout: Some(Layout::Single),
                    };
                }
            }
            return ParsedFile::default();
        }
        return ParsedFile {
            entries: vec![note.entry],
            layout: Some(Layout::Single),
        };
    }

    let mut entries = Vec::new();
    let mut index = 0;
    while index < starters.len() {
        let starter = &starters[index];
        // The body runs until the next start that bounds this one; headings
        // nested deeper than an entry's own heading are part of its body.
        let next = starters[index + 1..]
            .iter()
            .position(|later| starter.is_bounded_by(later))
            .map_or(starters.len(), |offset| index + 1 + offset);
        let end = starters.get(next).map_or(text.len(), |later| later.start);
        let body_start = starter.body_start.min(end);
        let body_text = &text[body_start..end];
        let body_start = body_start + (body_text.len() - body_text.trim_start().len());
        let body_end = (starter.body_start + body_text.trim_end().len()).max(body_start);
        let body = TextRange::new(body_start, body_end);
        let sections = sections(text, &lines, &kinds, body, vocabulary);
        match &starter.kind {
            StarterKind::Entry(header) => entries.push(Entry {
                header: header.clone(),
                body,
                sections,
            }),
            // A heading that is not `Reviewer: Title` starts a review only
            // when sections follow it: `# Attention Is All You Need` then
            // `## Method`. Otherwise it is a chapter heading like `# Week 3`.
            StarterKind::OtherHeading(header) if !sections.is_empty() => entries.push(Entry {
                header: header.clone(),
                body,
                sections,
            }),
            StarterKind::OtherHeading(_) => {}
        }
        index = next;
    }
    ParsedFile {
        entries,
        layout: Some(layout),
    }
}

/// How many of a level's headings [`papers_under_headings`] reads for a
/// first paper before it looks no further at that level.
const FIRST_PAPERS: usize = 8;

/// The reviews of a file that holds several papers, each under a heading of
/// its own with its parts below: `### [Metastable Failures in the Wild](…)`
/// over `Motivation: …`, then the next paper's heading at the same level.
/// Each paper's part of the file is read as a single-review note, titled by
/// its heading. It takes two papers with parts at one level: headings over
/// links or prose alone are a reading list.
fn papers_under_headings(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    vocabulary: &Vocabulary,
) -> Vec<Entry> {
    for level in 1..=6 {
        let at_level =
            |kind: &LineKind| matches!(kind, LineKind::Heading { level: l, .. } if *l <= level);
        let starts: Vec<usize> = (0..kinds.len())
            .filter(
                |&index| matches!(kinds[index], LineKind::Heading { level: l, .. } if l == level),
            )
            .collect();
        if starts.len() < 2 {
            continue;
        }
        let mut entries = Vec::new();
        let mut with_parts = 0;
        for (read, &start) in starts.iter().enumerate() {
            // A file of papers shows one among its first headings; a long
            // changelog's `## 1.2.0 …` are not read through one by one.
            if entries.is_empty() && read == FIRST_PAPERS {
                break;
            }
            // (A heading that names no paper as it stands is not read.)
            if let LineKind::Heading { text: heading, .. } = kinds[start]
                && !names_a_paper(&note::heading_core(heading.slice(text)))
            {
                continue;
            }
            let end = (start + 1..kinds.len())
                .find(|&index| at_level(&kinds[index]))
                .map_or(text.len(), |index| lines[index].start);
            let from = lines[start].start;
            let part = &text[from..end];
            let part_lines = crate::text::lines(part);
            let (part_kinds, _) = classify(part, &part_lines, 0);
            let note = note::read(part, &part_lines, &part_kinds, None, vocabulary, None, None);
            // Titled by its heading, or by a title given within its part: a
            // title field, or the paper's link under the heading that names
            // it (`## AlexNet` over `#### どんなもの？` and `[ImageNet
            // Classification with …](…)`).
            let header = &note.entry.header;
            let titled = match header.title_source {
                TitleSource::Heading => header.line.start == 0,
                TitleSource::Field => true,
                _ => false,
            };
            if !note.is_review_among_papers
                || !titled
                || !note
                    .entry
                    .header
                    .title
                    .as_ref()
                    .is_some_and(|title| names_a_paper(&title.text))
            {
                continue;
            }
            if note
                .entry
                .sections
                .iter()
                .any(|section| section.kind.is_one_of_the_three())
            {
                with_parts += 1;
            }
            entries.push(shifted(note.entry, from));
        }
        if with_parts >= 2 {
            return entries;
        }
    }
    Vec::new()
}

/// Whether a heading's title names a paper rather than a topic: four words
/// or more, three with a colon, or one coined name (`CutMix`, `MoE++`,
/// `YOLOv3`). `Indexes` and `Datalog and Recursion` are a course's topics.
fn names_a_paper(title: &str) -> bool {
    let words: Vec<&str> = title
        .split_whitespace()
        .filter(|word| word.chars().any(char::is_alphanumeric))
        .collect();
    match words.as_slice() {
        // (Not a year, `## 2023`.)
        [word] => {
            let mut chars = word.chars();
            word.chars().any(char::is_alphabetic)
                && (word.ends_with('+')
                    || word.chars().any(|ch| ch.is_ascii_digit())
                    || (chars.next().is_some_and(char::is_uppercase)
                        && chars.any(char::is_uppercase)
                        && word.chars().any(char::is_lowercase)))
        }
        // (Nor a unit of a schedule, `MONTH 1 (Weeks 1–4): ML Foundations`,
        // `Week 3: …`.)
        [first, second, ..]
            if names_a_unit(first) && second.starts_with(|ch: char| ch.is_ascii_digit()) =>
        {
            false
        }
        _ => words.len() >= 4 || (words.len() == 3 && title.contains([':', '：'])),
    }
}

/// Whether a word names a unit of a schedule or a course: `Week`, `Month`,
/// `Lecture`, `Session`, or a round of a series (`### Rounds 463 to 470`, a
/// log of evaluation rounds).
fn names_a_unit(word: &str) -> bool {
    [
        "week", "month", "day", "lecture", "lec", "session", "chapter", "module", "unit", "step",
        "phase", "round", "rounds",
    ]
    .iter()
    .any(|unit| word.eq_ignore_ascii_case(unit))
}

/// `entry`, read from a part of a file that starts at `by`, placed in the
/// whole file.
fn shifted(mut entry: Entry, by: usize) -> Entry {
    let shift = |range: &mut TextRange| *range = TextRange::new(range.start + by, range.end + by);
    shift(&mut entry.header.range);
    shift(&mut entry.header.line);
    if let HeaderOrigin::MidLine { paragraph_end } = &mut entry.header.origin {
        *paragraph_end += by;
    }
    if let Some(reviewer) = &mut entry.header.reviewer {
        shift(&mut reviewer.range);
    }
    if let Some(title) = &mut entry.header.title {
        shift(&mut title.range);
    }
    shift(&mut entry.body);
    for section in &mut entry.sections {
        shift(&mut section.label);
        shift(&mut section.content);
        if let Placement::LineStart { prefix, .. } = &mut section.placement {
            shift(prefix);
        }
    }
    entry
}

/// From the first line's first word to the last line's last: the value a
/// front-matter key holds on the indented lines under it.
fn span_of_lines(text: &str, lines: &[&Line]) -> Option<TextRange> {
    let (first, last) = (lines.first()?, lines.last()?);
    let first_text = first.text(text);
    let start = first.start + first_text.len() - first_text.trim_start().len();
    Some(TextRange::new(
        start,
        last.start + last.text(text).trim_end().len(),
    ))
}

/// A header on a line or a heading of its own (not mid-line, not front
/// matter).
fn stands_alone(header: &Header) -> bool {
    matches!(
        header.origin,
        HeaderOrigin::Line | HeaderOrigin::Heading { .. }
    )
}

fn has_korean_name(header: &Header) -> bool {
    header
        .reviewer
        .as_ref()
        .is_some_and(|r| r.name.chars().all(crate::header::is_hangul_syllable))
}

/// Whether `headers` make the file a collection: two reviewers at least
/// (`Dynamic Head: Unifying …` twice in a note is a title written twice),
/// and the first header before any section heading — in a collection the
/// headers are the file's structure, while `Name, Title` lines under a
/// note's `## 2. Related Work` (a reference list, a sentence that opens
/// with a word and a comma) are not reviews.
fn is_collection(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    headers: &[&Header],
    vocabulary: &Vocabulary,
) -> bool {
    // A Korean name without a family name is a phrase before a colon
    // (`###### 분류손실: 모델이 …` in a note's section), not a reviewer.
    let headers: Vec<&Header> = headers
        .iter()
        .copied()
        .filter(|header| {
            header.reviewer.as_ref().is_none_or(|reviewer| {
                !reviewer.name.chars().all(crate::header::is_hangul_syllable)
                    || crate::header::has_family_name(&reviewer.name)
            })
        })
        // `## Multi-Head Latent Attention` over `Multi-Head Latent
        // Attention: low-rank key-value joint compression, …`: a term
        // defined under its own heading, no reviewer.
        .filter(|header| {
            let index = lines.partition_point(|line| line.next <= header.line.start);
            let above = (0..index).rev().find(|&i| kinds[i] != LineKind::Blank);
            !matches!(
                (above.map(|i| kinds[i]), &header.reviewer),
                (Some(LineKind::Heading { text: heading, .. }), Some(reviewer))
                    if heading.slice(text).trim().eq_ignore_ascii_case(&reviewer.name)
            )
        })
        .collect();
    let Some(first) = headers.first() else {
        return false;
    };
    // Another reviewer's header, written as the first is: a course's file
    // sets every review's header alike. (`# Speculative Decoding：投机采样…`
    // over `## Speculative Sampling：分布…` is a post's title and its part.)
    if !headers.iter().any(|header| {
        header.origin == first.origin
            && header.reviewer.as_ref().is_some_and(|reviewer| {
                Some(&reviewer.name) != first.reviewer.as_ref().map(|r| &r.name)
            })
    }) {
        return false;
    }
    precedes_sections(text, lines, kinds, first, vocabulary)
}

/// Whether `header` comes before any section heading of the file (`## 1.
/// Problem definition`, `## Abstract`): a header that belongs to the file's
/// own structure, not a line inside a note's section.
fn precedes_sections(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    header: &Header,
    vocabulary: &Vocabulary,
) -> bool {
    !lines
        .iter()
        .zip(kinds)
        .take_while(|(line, _)| line.start < header.line.start)
        .any(|(_, kind)| {
            // (Or a heading that names a part as it begins: `## Core Problem
            // and Solution Approach` over `Cost Control: Building this with
            // a small engineering team`, a point of the problem.)
            matches!(kind, LineKind::Heading { text: heading, .. }
            if note::is_section_like(heading.slice(text), vocabulary)
                || note::heading_kinds(heading.slice(text), vocabulary).iter().any(|kind| {
                    matches!(
                        kind,
                        SectionKind::Purpose | SectionKind::Method | SectionKind::Experiment
                    )
                }))
        })
}

#[derive(Debug)]
enum StarterKind {
    Entry(Header),
    OtherHeading(Header),
}

#[derive(Debug)]
struct Starter {
    /// Where the previous body ends.
    start: usize,
    body_start: usize,
    /// The heading level, `None` for a plain line, `Some(0)` for front
    /// matter (which only another entry header bounds).
    level: Option<u8>,
    kind: StarterKind,
}

impl Starter {
    fn is_bounded_by(&self, later: &Starter) -> bool {
        match (&self.kind, &later.kind) {
            (_, StarterKind::Entry(_)) => true,
            (StarterKind::OtherHeading(_), StarterKind::OtherHeading(_)) => true,
            (StarterKind::Entry(_), StarterKind::OtherHeading(_)) => {
                match (self.level, later.level) {
                    (Some(0), _) => false,
                    (Some(own), Some(other)) => other <= own,
                    _ => true,
                }
            }
        }
    }
}

pub(crate) struct FrontMatter {
    /// The index of the first line after the closing `---`.
    pub(crate) end_line: usize,
    /// The line after the closing `---`, where the body starts.
    pub(crate) body_start: usize,
    pub(crate) first_line: TextRange,
    /// The value's range and the line's.
    pub(crate) title: Option<(TextRange, TextRange)>,
    /// Whether the title's value went on to list the paper's authors (cut
    /// from the title): the note names its paper as a reference does.
    pub(crate) title_authors: bool,
    pub(crate) reviewer: Option<TextRange>,
    /// Whether the reviewer is named as one (`reviewer:`, `reviewed_by:`),
    /// not only as the post's `author:`, which every blog post has.
    pub(crate) names_a_reviewer: bool,
    /// Every other `key: value` (a `- item` line under a key counts as a
    /// value of that key): the key lower-cased, and the value's range.
    pub(crate) fields: Vec<(String, TextRange)>,
}

/// YAML front matter: `---` on the first line, closed by `---` or `...`.
/// Only `title:` and `reviewer:` (or `author:`) matter here.
fn front_matter(text: &str, lines: &[Line]) -> Option<FrontMatter> {
    // YAML between `---` lines, or TOML between `+++` lines (Hugo):
    // `title = "Long Short-Term Memory"`.
    let (fence, separator) = match lines.first()?.text(text).trim_end() {
        "---" => ("---", ':'),
        "+++" => ("+++", '='),
        _ => return pandoc_title_block(text, lines).or_else(|| page_variables(text, lines)),
    };
    // Front matter is short; an unclosed `---` is a thematic break instead.
    let close = (1..lines.len().min(200)).find(|&i| {
        let line = lines[i].text(text).trim_end();
        line == fence || (fence == "---" && line == "...")
    })?;
    let mut title = None;
    let mut title_authors = false;
    let mut reviewer = None;
    let mut author = None;
    let mut fields = Vec::new();
    let mut last_key = None;
    for (index, line) in lines.iter().enumerate().take(close).skip(1) {
        let content = line.text(text);
        if let Some(item) = content.trim_start().strip_prefix("- ")
            && let Some(key) = &last_key
        {
            let start = line.end - item.len();
            fields.push((String::clone(key), TextRange::new(start, line.end)));
            continue;
        }
        let Some((key, value)) = content.split_once(separator) else {
            continue;
        };
        last_key = (!key.starts_with([' ', '\t'])).then(|| key.trim().to_ascii_lowercase());
        let value_start = line.start + key.len() + 1;
        let leading = value.len() - value.trim_start().len();
        let (offset, len) = scalar(value.trim());
        let offset = leading + offset;
        let mut range = TextRange::new(value_start + offset, value_start + offset + len);
        // A block scalar (`title: >-` over its indented lines, as Hexo
        // writes a long title): the lines, folded.
        let block = value.trim();
        if separator == ':'
            && block.starts_with(['>', '|'])
            && block.len() <= 3
            && block[1..].chars().all(|ch| matches!(ch, '-' | '+'))
        {
            let indented: Vec<&Line> = lines[index + 1..close]
                .iter()
                .take_while(|next| {
                    let more = next.text(text);
                    more.starts_with([' ', '\t']) || more.trim().is_empty()
                })
                .filter(|next| !next.text(text).trim().is_empty())
                .collect();
            if let Some(span) = span_of_lines(text, &indented) {
                range = span;
            }
        }
        // A value on the indented lines under its key alone (`title:` over
        // `    Characterize the assembly … size` and `    history`), plain
        // or quoted: one value. (Not a list, `- …`, nor a map.)
        let value_below =
            separator == ':' && value.trim().is_empty() && key.trim().eq_ignore_ascii_case("title");
        if value_below {
            let indented: Vec<&Line> = lines[index + 1..close]
                .iter()
                .take_while(|next| {
                    let more = next.text(text);
                    more.starts_with([' ', '\t']) && !more.trim().is_empty()
                })
                .collect();
            // (A quoted value may hold `: `; a plain one would be a map.)
            let quoted = indented
                .first()
                .is_some_and(|first| first.text(text).trim_start().starts_with(['"', '\'']));
            let scalar_lines = quoted
                || indented.iter().all(|next| {
                    let more = next.text(text).trim();
                    !more.starts_with("- ") && !more.contains(": ") && !more.ends_with(':')
                });
            if scalar_lines && let Some(span) = span_of_lines(text, &indented) {
                let (mut start, mut end) = (span.start, span.end);
                let opening = text[start..end]
                    .chars()
                    .next()
                    .filter(|ch| matches!(ch, '"' | '\''));
                if let Some(quote) = opening
                    && end - start >= 2
                    && text[..end].ends_with(quote)
                {
                    start += 1;
                    end -= 1;
                }
                range = TextRange::new(start, end);
            }
        }
        // A plain value folded onto indented lines under its key (`title:
        // Integrating … Enhances Rare` over `  Disease Diagnosis from
        // Clinical Notes`): one value.
        if separator == ':'
            && len > 0
            && !value
                .trim_start()
                .starts_with(['"', '\'', '[', '{', '|', '>'])
        {
            for next in &lines[index + 1..close] {
                let more = next.text(text);
                let folded = more.trim();
                if !more.starts_with([' ', '\t'])
                    || folded.is_empty()
                    || folded.starts_with("- ")
                    || folded.starts_with('#')
                    || folded.contains(": ")
                    || folded.ends_with(':')
                {
                    break;
                }
                range.end = next.start + more.trim_end().len();
            }
        }
        let mut value_authors = false;
        // A quoted value that goes on over the next lines (`title: "[논문리뷰]
        // Fast on the Easy, … via Powered` over ` Length Penalty"`): up to
        // its closing quote.
        if let Some(quote) = value
            .trim()
            .chars()
            .next()
            .filter(|ch| matches!(ch, '"' | '\''))
            && offset == leading
        {
            // (Unindented lines too, as Hugo takes them: `title: "01: They
            // Can Hear Your Heartbeats: … for` over `Implantable Medical
            // Devices` and the authors' lines, then the closing quote; a
            // line that opens another key ends the search, and the value is
            // read without its opening quote.)
            range.start = (value_start + leading + 1).min(range.end);
            for (below, next) in lines[index + 1..close].iter().enumerate() {
                let more = next.text(text);
                if opens_a_key(more) || more.trim().is_empty() {
                    break;
                }
                if let Some(at) = closing_quote(more, quote) {
                    // Authors on the value's last lines are no part of the
                    // title.
                    let value_lines = &lines[index..=index + 1 + below];
                    // (The last lines that list names, and the lines before
                    // them that end in a comma.)
                    let authors_from = (1..value_lines.len())
                        .rev()
                        .find(|&first| {
                            let names = TextRange::new(value_lines[first].start, next.start + at);
                            let names: Vec<&str> = names.slice(text).split_whitespace().collect();
                            crate::note::looks_like_author_list(&names.join(" "))
                        })
                        .map(|mut first| {
                            while first > 1
                                && value_lines[first - 1].text(text).trim_end().ends_with(',')
                            {
                                first -= 1;
                            }
                            first
                        });
                    value_authors = authors_from.is_some();
                    let end = match authors_from {
                        Some(first) => {
                            let last = value_lines[first - 1];
                            last.start + last.text(text).trim_end().len()
                        }
                        None => next.start + at,
                    };
                    range = TextRange::new(value_start + leading + 1, end);
                    break;
                }
            }
        }
        // Hugo's one-name list, `author: ["Dmitry S. Kulyabov"]`: the name.
        let key = key.trim().to_ascii_lowercase();
        if matches!(key.as_str(), "author" | "reviewer")
            && let Some((item, item_len)) = single_flow_item(value.trim())
        {
            let start = value_start + leading + item;
            range = TextRange::new(start, start + item_len);
        }
        // A key of a nested list or map (`toc:` over `- title:
        // "Introduction"`) names no title of the note's own, unless the
        // note gives none at the top (`paper:` over `  title: …`).
        let nested = content.starts_with([' ', '\t', '-']);
        match key.as_str() {
            "title" if (len > 0 || !range.is_empty()) && (!nested || title.is_none()) => {
                title = Some((range, line.range()));
                title_authors = value_authors;
            }
            "reviewer" | "reviewed_by" | "reviewed-by" if len > 0 => reviewer = Some(range),
            "author" if len > 0 => author = Some(range),
            key if len > 0 => fields.push((key.to_owned(), range)),
            _ => {}
        }
    }
    Some(FrontMatter {
        end_line: close + 1,
        body_start: lines[close].next,
        first_line: lines[0].range(),
        title,
        title_authors,
        names_a_reviewer: reviewer.is_some(),
        reviewer: reviewer.or(author),
        fields,
    })
}

/// A YAML line that starts a key of its own at the left margin: `date:
/// 2021-10-25`, `summary: "…"`.
fn opens_a_key(line: &str) -> bool {
    line.split_once(':').is_some_and(|(key, rest)| {
        !key.is_empty()
            && key
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '_' | '-'))
            && (rest.is_empty() || rest.starts_with([' ', '\t']))
    })
}

/// Pandoc's title block: `% Title` on the first line, then `%` lines for
/// the authors and the date (a note may keep its paper's address and its
/// tags there instead: only the title is read).
fn pandoc_title_block(text: &str, lines: &[Line]) -> Option<FrontMatter> {
    let first = lines.first()?;
    let content = first.text(text);
    let value = content.strip_prefix("% ")?;
    let leading = value.len() - value.trim_start().len();
    let start = first.start + 2 + leading;
    let title = TextRange::new(start, start + value.trim().len());
    if title.is_empty() {
        return None;
    }
    let end_line = lines
        .iter()
        .position(|line| !line.text(text).starts_with('%'))
        .unwrap_or(lines.len());
    Some(FrontMatter {
        end_line,
        body_start: lines.get(end_line).map_or(text.len(), |line| line.start),
        first_line: first.range(),
        title: Some((title, first.range())),
        title_authors: false,
        reviewer: None,
        names_a_reviewer: false,
        fields: Vec::new(),
    })
}

/// Franklin's page variables opening the file, one `@def key = value` a
/// line (`@def title = "Visual Odometry for Ground Based Vehicle
/// Applications"`, `@def authors = "David Nister; …"`), maybe after blank
/// lines.
fn page_variables(text: &str, lines: &[Line]) -> Option<FrontMatter> {
    let first = lines
        .iter()
        .position(|line| !line.text(text).trim().is_empty())?;
    let mut title = None;
    let mut fields = Vec::new();
    let mut end_line = first;
    for line in &lines[first..] {
        let content = line.text(text);
        let Some((key, value)) = content
            .strip_prefix("@def ")
            .and_then(|definition| definition.split_once('='))
        else {
            break;
        };
        end_line += 1;
        let value_start = line.end - value.len();
        let leading = value.len() - value.trim_start().len();
        let (offset, len) = scalar(value.trim());
        let range = TextRange::new(
            value_start + leading + offset,
            value_start + leading + offset + len,
        );
        match key.trim().to_ascii_lowercase().as_str() {
            _ if len == 0 => {}
            "title" => title = Some((range, line.range())),
            key => fields.push((key.to_owned(), range)),
        }
    }
    (end_line > first).then(|| FrontMatter {
        end_line,
        body_start: lines.get(end_line).map_or(text.len(), |line| line.start),
        first_line: lines[first].range(),
        title,
        title_authors: false,
        reviewer: None,
        names_a_reviewer: false,
        fields,
    })
}

/// Where the quote closing a quoted value stands in the text after its
/// opening quote, or in a line it goes on over: a `"` not escaped, or a
/// `'` not doubled (`''` inside single quotes is one quote).
fn closing_quote(line: &str, quote: char) -> Option<usize> {
    let mut chars = line.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if quote == '"' && ch == '\\' {
            chars.next();
        } else if ch == quote {
            if quote == '\'' && chars.peek().is_some_and(|(_, next)| *next == '\'') {
                chars.next();
                continue;
            }
            return Some(at);
        }
    }
    None
}

/// Where a front-matter value's text lies in `value` (trimmed), and its
/// length: inside its quotes (`"Title"`, `'Don''t Stop'`), or up to a
/// comment (`title: "X" # 이 양식을 지켜 주세요`, `year: 2021 # accepted`).
/// The one item of a flow sequence (`["Dmitry S. Kulyabov"]`, `[kim]`):
/// its offset and length in `value`; none for two items or more.
fn single_flow_item(value: &str) -> Option<(usize, usize)> {
    let inner = value.strip_prefix('[')?.strip_suffix(']')?;
    let lead = inner.len() - inner.trim_start().len();
    let item = inner.trim();
    let (offset, len) = scalar(item);
    let after = &item[offset + len..];
    let one = if offset == 0 {
        !item.contains(',')
    } else {
        after.len() == 1
    };
    (len > 0 && one).then_some((1 + lead + offset, len))
}

fn scalar(value: &str) -> (usize, usize) {
    let quote = match value.chars().next() {
        Some(quote @ ('"' | '\'')) => quote,
        _ => {
            let end = value.find(" #").unwrap_or(value.len());
            return (0, value[..end].trim_end().len());
        }
    };
    // No closing quote: the value as written.
    closing_quote(&value[1..], quote).map_or((0, value.len()), |at| (1, at))
}

/// The kind of every line, and whether the text ends inside a fence, an
/// HTML comment or a raw HTML block.
fn classify(text: &str, lines: &[Line], first_content_line: usize) -> (Vec<LineKind>, bool) {
    let mut kinds = Vec::with_capacity(lines.len());
    // The marker, the run's length, and whether it is a MyST directive.
    let mut fence: Option<(u8, usize, bool)> = None;
    // Inside an HTML comment that began on an earlier line: markdown does
    // not read it (`<!-- ## Main Contribution` … `## Conclusion -->`, a
    // template's headings commented out).
    let mut html_comment = false;
    // Inside a `<script>`, `<style>` or `<head>` block (raw HTML): its
    // closing tag. A page's MathJax setup above the title is no prose.
    let mut raw_html: Option<&str> = None;
    for (index, line) in lines.iter().enumerate() {
        let content = line.text(text);
        if index < first_content_line {
            kinds.push(LineKind::Skip);
            continue;
        }
        let indent = content.len() - content.trim_start_matches(' ').len();
        let unindented = &content[indent..];
        let fence_run = |marker: u8| unindented.bytes().take_while(|&b| b == marker).count();
        if let Some((marker, len, directive)) = fence {
            if indent <= 3
                && fence_run(marker) >= len
                && unindented[fence_run(marker)..].trim().is_empty()
            {
                fence = None;
                kinds.push(LineKind::Skip);
                continue;
            }
            kinds.push(if directive {
                LineKind::Directive
            } else {
                LineKind::Skip
            });
            continue;
        }
        if html_comment {
            html_comment = !content.contains("-->");
            kinds.push(LineKind::Skip);
            continue;
        }
        if let Some(close) = raw_html {
            if content.to_ascii_lowercase().contains(close) {
                raw_html = None;
            }
            kinds.push(LineKind::Skip);
            continue;
        }
        if indent <= 3
            && let Some(close) = raw_html_close(unindented)
        {
            if !content.to_ascii_lowercase().contains(close) {
                raw_html = Some(close);
            }
            kinds.push(LineKind::Skip);
            continue;
        }
        if indent <= 3
            && let Some(comment) = unindented.strip_prefix("<!--")
            && !comment.contains("-->")
        {
            // The comment's first line stays text, as a one-line comment
            // is (a part's guidance reads as vacant).
            html_comment = true;
            kinds.push(LineKind::Text);
            continue;
        }
        if indent <= 3 {
            for marker in [b'`', b'~'] {
                let run = fence_run(marker);
                let info = unindented[run..].trim();
                // A backtick fence's info string has no backtick (CommonMark):
                // ```` ```σ : variance``` ```` opens a paragraph of inline code.
                if run >= 3 && !(marker == b'`' && info.contains('`')) {
                    let directive = info.starts_with('{')
                        && !["{code", "{math", "{literalinclude", "{raw", "{eval-rst"]
                            .iter()
                            .any(|code| info.starts_with(code));
                    fence = Some((marker, run, directive));
                }
            }
            if fence.is_some() {
                kinds.push(LineKind::Skip);
                continue;
            }
        }
        if content.trim().is_empty() {
            kinds.push(LineKind::Blank);
        } else if let Some(level) = setext_underline(unindented).filter(|_| indent <= 3)
            && index > first_content_line
            && kinds.last() == Some(&LineKind::Text)
            && (index == first_content_line + 1
                || matches!(
                    kinds[index - 2],
                    LineKind::Blank | LineKind::Skip | LineKind::Heading { .. }
                ))
            && let Some((offset, len)) = setext_text(lines[index - 1].text(text))
        {
            // `Title` over `=====`: the line above is the heading (a
            // paragraph of one line; not a list item, a quote or a table).
            let start = lines[index - 1].start + offset;
            kinds[index - 1] = LineKind::Heading {
                level,
                text: TextRange::new(start, start + len),
            };
            kinds.push(LineKind::Blank);
        } else if let Some((level, text_range)) = heading(content)
            .or_else(|| html_heading(content))
            .or_else(|| quoted_heading(content))
            .filter(|_| indent <= 3)
        {
            kinds.push(LineKind::Heading {
                level,
                text: text_range.shifted(line.start),
            });
        } else {
            kinds.push(LineKind::Text);
        }
    }
    (kinds, fence.is_some() || html_comment || raw_html.is_some())
}

/// The closing tag of the raw HTML block a line opens, `<script …>`,
/// `<style>` or a page's `<head>`: nothing in it is markdown.
fn raw_html_close(unindented: &str) -> Option<&'static str> {
    let rest = unindented.strip_prefix('<')?;
    [
        ("script", "</script>"),
        ("style", "</style>"),
        ("head", "</head>"),
    ]
    .into_iter()
    .find(|(tag, _)| {
        rest.get(..tag.len())
            .is_some_and(|name| name.eq_ignore_ascii_case(tag))
            && rest
                .get(tag.len()..)
                .is_some_and(|after| after.is_empty() || after.starts_with([' ', '>', '\t']))
    })
    .map(|(_, close)| close)
}

/// A setext heading's underline: `===` makes a level 1 heading, `---` a
/// level 2 one. `unindented`: the line without its indentation.
pub fn setext_underline(unindented: &str) -> Option<u8> {
    let run = unindented.trim_end();
    let marker = run.bytes().next()?;
    if !matches!(marker, b'=' | b'-') || run.bytes().any(|b| b != marker) {
        return None;
    }
    // One `=` is enough for CommonMark; a lone `-` would be a list item.
    (marker == b'=' || run.len() >= 2).then_some(if marker == b'=' { 1 } else { 2 })
}

/// The text of a line that can sit over a setext underline: a paragraph's
/// line, not a list item, a quote, a table row or an HTML tag. Its offset in
/// the line and its length.
fn setext_text(line: &str) -> Option<(usize, usize)> {
    let trimmed = line.trim();
    let indent = line.len() - line.trim_start_matches(' ').len();
    (!trimmed.is_empty()
        && indent <= 3
        && bullet_len(trimmed) == 0
        && !trimmed.starts_with(['>', '|', '<']))
    .then(|| (line.len() - line.trim_start().len(), trimmed.len()))
}

/// A heading in a quote, as some notes set their title apart: `> # Very
/// Deep Convolutional Networks For Large-Scale Image Recognition (2014)`.
fn quoted_heading(line: &str) -> Option<(u8, TextRange)> {
    let rest = line.trim_start().strip_prefix('>')?;
    let offset = line.len() - rest.len();
    let (level, range) = heading(rest)?;
    Some((level, range.shifted(offset)))
}

/// The tags an HTML heading's text may be wrapped in: those that only
/// place or style it, and bold.
const HEADING_STYLES: &[&str] = &[
    "center", "b", "strong", "i", "em", "u", "span", "font", "mark",
];

/// An HTML heading alone on its line, as notes exported from an editor
/// have them: `<h3>ConveRT: Efficient and Accurate …</h3>`. Its level and
/// the range of its text within `line`.
fn html_heading(line: &str) -> Option<(u8, TextRange)> {
    let trimmed = line.trim();
    let start = line.len() - line.trim_start().len();
    let bytes = trimmed.as_bytes();
    if bytes.len() < 9
        || !bytes[..2].eq_ignore_ascii_case(b"<h")
        || !(b'1'..=b'6').contains(&bytes[2])
        || !matches!(bytes[3], b'>' | b' ')
    {
        return None;
    }
    let level = bytes[2] - b'0';
    let close = [b'<', b'/', b'h', bytes[2], b'>'];
    if !bytes[bytes.len() - 5..].eq_ignore_ascii_case(&close) {
        return None;
    }
    // The opening tag may carry attributes: `<h3 style="color: …">`.
    let open_end = trimmed.find('>')? + 1;
    if open_end > trimmed.len() - 5 {
        return None;
    }
    let mut inner = &trimmed[open_end..trimmed.len() - 5];
    let mut inner_start = start + open_end;
    // `<h2><center> AutoHR: … </center></h2>`: its text wrapped whole in a
    // tag that only places or styles it, bold too.
    let lead = inner.len() - inner.trim_start().len();
    if let Some((styled, offset)) = crate::text::wrapped_in_tag(inner.trim(), HEADING_STYLES) {
        inner = styled;
        inner_start += lead + offset;
    }
    if inner.contains('<') || inner.trim().is_empty() {
        return None;
    }
    let inner_start = inner_start + (inner.len() - inner.trim_start().len());
    Some((
        level,
        TextRange::new(inner_start, inner_start + inner.trim().len()),
    ))
}

/// An ATX heading: its level and the range of its text within `line`.
fn heading(line: &str) -> Option<(u8, TextRange)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = &line[indent..];
    let level = rest.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let after = &rest[level..];
    // `#[Title](url)`: not a heading to CommonMark, but written as one by
    // people who title their notes with a link.
    let glued_link = level == 1 && (after.starts_with('[') || after.starts_with("!["));
    // `##Introduction`, `#Push and Swap: …`: headings to the markdown of
    // their day (and to their writers), if not to CommonMark. A lone
    // `#paper` or a line of `#tags` is tags.
    // Nor is C's `#include <stdio.h>` left outside a code block.
    const DIRECTIVES: &[&str] = &[
        "include", "define", "undef", "if", "ifdef", "ifndef", "elif", "else", "endif", "pragma",
        "import", "error", "line",
    ];
    let glued_words = after.starts_with(char::is_alphabetic)
        && (level >= 2 || after.split_whitespace().nth(1).is_some())
        && !after.split_whitespace().any(|word| word.starts_with('#'))
        && !(level == 1
            && after
                .split_whitespace()
                .next()
                .is_some_and(|word| DIRECTIVES.contains(&word)));
    if !(after.is_empty() || after.starts_with([' ', '\t']) || glued_link || glued_words) {
        return None;
    }
    let start = indent + level + (after.len() - after.trim_start().len());
    let mut content = after.trim();
    // A closing sequence of `#`s is not part of the heading's text; a
    // heading glued to its opening marks may be glued to its closing ones
    // too, as many as it opens with (`####Overview####`).
    let without_closing = content.trim_end_matches('#');
    let closing = content.len() - without_closing.len();
    if closing > 0
        && (without_closing.is_empty()
            || without_closing.ends_with(' ')
            || (glued_words && closing == level))
    {
        content = without_closing.trim_end();
    }
    // Nor is what a tool reads at its end: a comment to a table-of-contents
    // generator (`# SIGA 2019 <!-- omit in toc -->`), or an anchor and
    // classes (`## Method {#method}`, kramdown's `{: .no_toc}`).
    loop {
        let mark = if content.ends_with("-->") {
            content.rfind("<!--")
        } else if content.ends_with('}') {
            content
                .rfind('{')
                .filter(|&open| content[open + 1..].starts_with(['#', '.', ':']))
        } else {
            None
        };
        match mark {
            Some(at) if !content[..at].trim().is_empty() => content = content[..at].trim_end(),
            _ => break,
        }
    }
    Some((level as u8, TextRange::new(start, start + content.len())))
}

fn starters(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    front_matter: Option<&FrontMatter>,
    vocabulary: &Vocabulary,
) -> Vec<Starter> {
    let mut starters = Vec::new();
    let mut heading_title_for_front_matter = None;
    for (line, kind) in lines.iter().zip(kinds) {
        match *kind {
            LineKind::Heading {
                level,
                text: heading_text,
            } => {
                let content = heading_text.slice(text);
                if let Some(parts) = header_at(content, Position::LineStart, vocabulary) {
                    let header = header_from_parts(
                        text,
                        heading_text.start,
                        parts,
                        HeaderOrigin::Heading { level },
                        line.range(),
                    );
                    starters.push(Starter {
                        start: line.start,
                        body_start: line.next,
                        level: Some(level),
                        kind: StarterKind::Entry(header),
                    });
                } else if !is_section_heading(content, vocabulary) {
                    let title = Title::from_raw(content, heading_text.start);
                    if level == 1 && heading_title_for_front_matter.is_none() {
                        heading_title_for_front_matter = title.clone();
                    }
                    let header = Header {
                        origin: HeaderOrigin::Heading { level },
                        range: title.as_ref().map_or(heading_text, |title| title.range),
                        line: line.range(),
                        reviewer: None,
                        title,
                        title_source: TitleSource::Heading,
                    };
                    starters.push(Starter {
                        start: line.start,
                        body_start: line.next,
                        level: Some(level),
                        kind: StarterKind::OtherHeading(header),
                    });
                }
            }
            LineKind::Text => {
                let content = line.text(text);
                let indent = content.len() - content.trim_start_matches(' ').len();
                if indent <= 3
                    && let Some(parts) =
                        header_at(&content[indent..], Position::LineStart, vocabulary)
                            .or_else(|| bold_header_at(&content[indent..], vocabulary))
                {
                    let header = header_from_parts(
                        text,
                        line.start + indent,
                        parts,
                        HeaderOrigin::Line,
                        line.range(),
                    );
                    starters.push(Starter {
                        start: line.start,
                        body_start: line.next,
                        level: None,
                        kind: StarterKind::Entry(header),
                    });
                    continue;
                }
                // A review that starts after the previous one's last sentence.
                if let Some((name_start, paragraph_end, parts)) =
                    mid_line_header(content, vocabulary)
                {
                    let start = line.start + name_start;
                    let header = header_from_parts(
                        text,
                        start,
                        parts,
                        HeaderOrigin::MidLine {
                            paragraph_end: line.start + paragraph_end,
                        },
                        TextRange::new(start, line.end),
                    );
                    starters.push(Starter {
                        start,
                        body_start: line.next,
                        level: None,
                        kind: StarterKind::Entry(header),
                    });
                }
            }
            LineKind::Skip | LineKind::Blank | LineKind::Directive => {}
        }
    }

    if let Some(front_matter) = front_matter
        && (front_matter.title.is_some() || front_matter.reviewer.is_some())
    {
        let reviewer = front_matter.reviewer.map(|range| Reviewer {
            name: range.slice(text).to_owned(),
            range,
        });
        let (title, line) = match front_matter.title {
            Some((value, line)) => (Title::from_raw(value.slice(text), value.start), line),
            // `reviewer:` in front matter, the paper in the `# Title` heading.
            None => (heading_title_for_front_matter, front_matter.first_line),
        };
        if title.is_some() && front_matter.title.is_none() {
            // That heading is the header now, not a review of its own.
            starters.retain(|starter| !matches!(&starter.kind, StarterKind::OtherHeading(h) if h.title == title && h.reviewer.is_none()));
        }
        let range = title
            .as_ref()
            .map(|t| t.range)
            .or(reviewer.as_ref().map(|r| r.range))
            .unwrap_or(line);
        let header = Header {
            origin: HeaderOrigin::FrontMatter,
            range,
            line,
            reviewer,
            title_source: if front_matter.title.is_some() {
                TitleSource::FrontMatter
            } else {
                TitleSource::Heading
            },
            title,
        };
        starters.insert(
            0,
            Starter {
                start: 0,
                body_start: front_matter.body_start,
                level: Some(0),
                kind: StarterKind::Entry(header),
            },
        );
    }
    starters
}

fn is_section_heading(content: &str, vocabulary: &Vocabulary) -> bool {
    vocabulary.alias_at(content).is_some_and(|(len, _)| {
        content[len..]
            .trim_start()
            .trim_start_matches([':', '：'])
            .trim()
            .is_empty()
            || vocabulary.label_at(content).is_some()
    })
}

/// The offsets just after each sentence end (`.`, `!`, `?`, `。`) in `text`,
/// in order.
///
/// Found with memchr's vectorised byte search: decoding every character to
/// look for them was the parser's hottest loop (profiled on the seed). `。`
/// is `E3 80 82` in UTF-8, a sequence no other character contains.
fn sentence_ends(text: &str) -> impl Iterator<Item = usize> + '_ {
    let bytes = text.as_bytes();
    let ascii = memchr::memchr3_iter(b'.', b'!', b'?', bytes).map(|i| i + 1);
    let mut ideographic = memchr::memmem::find_iter(bytes, "。".as_bytes())
        .map(|i| i + 3)
        .peekable();
    let mut ascii = ascii.peekable();
    std::iter::from_fn(move || match (ascii.peek(), ideographic.peek()) {
        (Some(&a), Some(&b)) if b < a => ideographic.next(),
        (Some(_), _) => ascii.next(),
        (None, _) => ideographic.next(),
    })
}

/// Finds `… sentence end. Reviewer, Title` in a paragraph line: the offset of
/// the name, where the text before it ends, and the header's parts.
fn mid_line_header(content: &str, vocabulary: &Vocabulary) -> Option<(usize, usize, HeaderParts)> {
    for after in sentence_ends(content) {
        let rest = &content[after..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let name_start = after + (rest.len() - trimmed.len());
        if let Some(parts) = header_at(trimmed, Position::MidLine, vocabulary) {
            return Some((name_start, after, parts));
        }
    }
    None
}

fn header_from_parts(
    text: &str,
    base: usize,
    parts: HeaderParts,
    origin: HeaderOrigin,
    line: TextRange,
) -> Header {
    let name = TextRange::new(base + parts.name.0, base + parts.name.1);
    let raw_title = TextRange::new(base + parts.title.0, base + parts.title.1);
    let title = Title::from_raw(raw_title.slice(text), raw_title.start);
    let end = title
        .as_ref()
        .map_or(base + parts.separator.1, |title| title.range.end);
    Header {
        origin,
        range: TextRange::new(name.start, end),
        line,
        reviewer: Some(Reviewer {
            name: name.slice(text).to_owned(),
            range: name,
        }),
        title,
        title_source: TitleSource::Header,
    }
}

/// A label found in a body, before its content is known.
struct LabelHit {
    /// Where the previous section's content ends: the start of the label's
    /// line for a label that starts a line, the label itself otherwise.
    boundary: usize,
    label: TextRange,
    /// Where the content can start.
    after: usize,
    kind: SectionKind,
    placement: Placement,
}

fn sections(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    body: TextRange,
    vocabulary: &Vocabulary,
) -> Vec<Section> {
    if body.is_empty() {
        return Vec::new();
    }
    let first = lines.partition_point(|line| line.next <= body.start);
    let mut hits = Vec::new();
    for (line, kind) in lines[first..].iter().zip(&kinds[first..]) {
        if line.start >= body.end {
            break;
        }
        let line_end = line.end.min(body.end);
        match *kind {
            LineKind::Heading {
                level,
                text: heading_text,
            } => {
                let content = heading_text.slice(text);
                if let Some((alias_len, kind)) = vocabulary.alias_at(content)
                    && is_section_heading(content, vocabulary)
                {
                    let after_colon = content[alias_len..].trim_start();
                    let after = match after_colon.strip_prefix([':', '：']) {
                        Some(rest) if !rest.trim().is_empty() => heading_text.end - rest.len(),
                        _ => line.next,
                    };
                    hits.push(LabelHit {
                        boundary: line.start,
                        label: TextRange::new(heading_text.start, heading_text.start + alias_len),
                        after: after.min(body.end),
                        kind,
                        placement: Placement::Heading { level },
                    });
                }
            }
            LineKind::Text => {
                // The body starts at its first non-blank character, which may
                // be behind a line's indentation: the line still starts there.
                let start = if text[line.start..body.start.max(line.start)]
                    .trim()
                    .is_empty()
                {
                    line.start
                } else {
                    body.start
                };
                line_labels(
                    text,
                    TextRange::new(start, line_end),
                    line.start,
                    vocabulary,
                    &mut hits,
                );
            }
            LineKind::Skip | LineKind::Blank | LineKind::Directive => {}
        }
    }

    let mut sections = Vec::with_capacity(hits.len());
    for (index, hit) in hits.iter().enumerate() {
        let end = hits
            .get(index + 1)
            .map_or(body.end, |next| next.boundary)
            .max(hit.after);
        sections.push(Section {
            kind: hit.kind,
            label: hit.label,
            content: TextRange::new(hit.after, end).trimmed(text),
            placement: hit.placement.clone(),
            inferred: false,
        });
    }
    sections
}

/// Whether a section's content holds nothing a reader can read: blank
/// lines, list markers with nothing after them (`  * `), kramdown attribute
/// lists (`{: .align-center}{: width="600"}`), HTML comments, a
/// template's blanks left in angle brackets (`<待精读>`) and its questions
/// left unanswered (`__*What experiments were conducted?*__`).
pub fn is_vacant(content: &str) -> bool {
    let mut in_comment = false;
    content.lines().all(|line| {
        let mut rest = line.trim();
        let mut listed = false;
        loop {
            if in_comment {
                match rest.find("-->") {
                    Some(end) => {
                        rest = rest[end + 3..].trim_start();
                        in_comment = false;
                    }
                    None => return true,
                }
            }
            if let Some(after) = rest.strip_prefix("<!--") {
                rest = after;
                in_comment = true;
                continue;
            }
            if rest.starts_with("{:")
                && let Some(end) = rest.find('}')
            {
                rest = rest[end + 1..].trim_start();
                continue;
            }
            // A block's tag, `<p align="justify">`, `</div>`, holds nothing.
            // (A `<br>` is kept: after a label, it says the label stands
            // over what follows.)
            if let Some(tag) = rest.strip_prefix('<')
                && let Some(end) = tag.find('>')
                && let name = tag[..end]
                    .trim_start_matches('/')
                    .split([' ', '/'])
                    .next()
                    .unwrap_or("")
                && ["p", "div", "center", "span"]
                    .iter()
                    .any(|block| name.eq_ignore_ascii_case(block))
            {
                rest = tag[end + 1..].trim_start();
                continue;
            }
            let bullet = bullet_len(rest);
            if bullet > 0 {
                rest = rest[bullet..].trim_start();
                listed = true;
                continue;
            }
            // A small heading saying the part was left out, `##### 省略`,
            // holds no more than the words would alone.
            if let Some(after) = rest.strip_prefix('#')
                && let words = after.trim_start_matches('#')
                && rest.len() - words.len() <= 6
                && words.starts_with(' ')
                && is_left_to_write(words)
            {
                return true;
            }
            // A quote holds what it quotes: `> (Summarize the paper's core
            // problem in one sentence.)` holds only guidance.
            if let Some(quoted) = rest.strip_prefix('>') {
                rest = quoted.trim_start();
                continue;
            }
            // A template's field in bold, with nothing or its guidance after
            // it: `**Dataset / Environment:** (Dataset or simulation …)`,
            // `**Proposed Method:** - (For example: …)`.
            if let Some(after) = rest.strip_prefix("**")
                && let Some(close) = after.find("**")
                && close <= 60
                && (after[..close].ends_with([':', '：'])
                    || after[close + 2..].starts_with([':', '：']))
            {
                let value = after[close + 2..].trim_start_matches([':', '：']).trim();
                let value = &value[bullet_len(value)..];
                // (Or tags to pick from, `**方法**: \`#Transformer\` \`#GAN\``.)
                return value.is_empty() || is_guidance(value) || is_tag_list(value);
            }
            // A marker at the end of its line: `*` with nothing after it.
            // An image with no address is a template's slot for a figure:
            // `![Figure 1]()`.
            // So is a numbered item's marker, `1.`, with nothing after it.
            let numbered_marker = rest.strip_suffix(['.', ')']).is_some_and(|number| {
                (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
            });
            // A thematic break (`---` under a heading, as some templates
            // draw one) holds nothing either.
            let rule = rest.len() >= 3
                && ['-', '*', '_']
                    .iter()
                    .any(|&mark| rest.chars().all(|ch| ch == mark || ch == ' '));
            // So does a link back through the site, `[BACK](../index.md)`,
            // `[← Home](../README.md)`: its pages' navigation.
            let navigation = rest
                .strip_prefix('[')
                .and_then(|inner| inner.strip_suffix(')'))
                .and_then(|inner| inner.split_once("]("))
                .is_some_and(|(words, target)| {
                    let words = words
                        .trim_matches(|ch: char| ch.is_whitespace() || "←→«»<>".contains(ch))
                        .to_lowercase();
                    !target.contains("://")
                        && matches!(
                            words.as_str(),
                            "back"
                                | "home"
                                | "top"
                                | "back to top"
                                | "index"
                                | "prev"
                                | "previous"
                                | "next"
                                | "up"
                        )
                });
            // So does an empty formula, `$$ $$`, a template's slot for one.
            let empty_formula =
                rest.starts_with('$') && rest.chars().all(|ch| ch == '$' || ch == ' ');
            // A template's field in a list with nothing after its colon:
            // `- Key idea:`, `- What changed in the field after this paper:`.
            let empty_field = listed
                && rest.ends_with([':', '：'])
                && !rest.contains("://")
                && rest.split_whitespace().count() <= 8;
            return rest.is_empty()
                || empty_field
                || rule
                || navigation
                || empty_formula
                || matches!(rest, "-" | "*" | "+" | "•")
                || numbered_marker
                || (rest.starts_with("![")
                    && rest.ends_with("]()")
                    && rest.matches("](").count() == 1)
                || is_placeholder(rest)
                || is_prompt(rest)
                || is_guidance(rest)
                || is_instruction(rest)
                || is_left_to_write(rest)
                || is_tag_list(rest);
        }
    })
}

/// Whether words are only tags: `` `#Transformer` `#Diffusion` ``, `#NLP #CV`.
fn is_tag_list(words: &str) -> bool {
    words.starts_with(['#', '`'])
        && words.split_whitespace().all(|tag| {
            let tag = tag.trim_matches('`');
            tag.len() > 1 && tag.starts_with('#') && !tag[1..].starts_with('#')
        })
}

/// A template's blank left as it was: `<待精读>`, `<your summary here>`,
/// `<내용을 작성하세요>` — a whole line in angle brackets that is no HTML
/// tag (`<img src=…>`, `<br/>`, `</details>`) and no autolink
/// (`<https://arxiv.org/abs/…>`).
fn is_placeholder(line: &str) -> bool {
    const TAGS: &[&str] = &[
        "a",
        "abbr",
        "b",
        "blockquote",
        "br",
        "center",
        "code",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "figcaption",
        "figure",
        "font",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hr",
        "i",
        "iframe",
        "img",
        "kbd",
        "li",
        "mark",
        "ol",
        "p",
        "picture",
        "pre",
        "q",
        "s",
        "small",
        "source",
        "span",
        "strong",
        "sub",
        "summary",
        "sup",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "u",
        "ul",
        "video",
        "audio",
        "script",
        "style",
        "svg",
        "math",
        "del",
        "ins",
        "cite",
        "label",
        "input",
        "button",
        "section",
        "article",
        "nav",
        "header",
        "footer",
        "main",
        "aside",
        "object",
        "param",
        "caption",
        "col",
        "colgroup",
        "tfoot",
        "wbr",
        "meta",
        "link",
        "title",
    ];
    let Some(inner) = line
        .strip_prefix('<')
        .and_then(|rest| rest.strip_suffix('>'))
    else {
        return false;
    };
    if inner.trim().is_empty() || inner.contains(['<', '>', '=']) || inner.contains("://") {
        return false;
    }
    let first = inner
        .trim_start_matches('/')
        .split(|ch: char| ch.is_whitespace() || ch == '/')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    // `<user@example.com>`: an e-mail autolink.
    !inner.contains('@') && !TAGS.contains(&first.as_str())
}

/// A note that the part is still to be written: `(작성 예정)`, `TBD`,
/// `*Coming soon*`, `Placeholder`, `（待补充）`, `TODO：补充研究背景与动机。`.
fn is_left_to_write(line: &str) -> bool {
    const LATER: &[&str] = &[
        "todo",
        "tbd",
        "tba",
        "to do",
        "to be written",
        "to be added",
        "to be filled",
        "coming soon",
        "placeholder",
        "작성 예정",
        "작성예정",
        "추후 작성",
        "추후 작성 예정",
        "준비 중",
        "준비중",
        "待补充",
        "待更新",
        "待完善",
        "待填写",
        "未完成",
        "執筆中",
        // `unknown` under every part of a card not read yet.
        "unknown",
        "未知",
        // Left out on purpose: `省略`, `생략`, `omitted`.
        "省略",
        "略",
        "생략",
        "omitted",
        "skipped",
    ];
    let inner = line
        .trim_matches(|ch: char| ch.is_whitespace() || "()[]（）【】*_.…:：".contains(ch))
        .to_lowercase();
    // `TODO：补充研究背景与动机。`: what is still to write. (Not `TBD:
    // BLEU 표는 …`, which says something of the part already.)
    let to_do = ["todo:", "todo："]
        .iter()
        .any(|mark| inner.starts_with(mark));
    to_do || LATER.contains(&inner.as_str())
}

/// A template's question left unanswered, set apart in emphasis:
/// `__*What questions are the authors addressing?*__`, `**실험 결과는?**`.
fn is_prompt(line: &str) -> bool {
    let inner = line.trim_matches(|ch| ch == '*' || ch == '_').trim();
    // `__*What experiments were conducted*__`, its question mark left out.
    let first = inner
        .split_whitespace()
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let asks = inner.ends_with(['?', '？'])
        || ["what", "which", "how", "why", "who", "where", "when"].contains(&first.as_str());
    inner.len() + 2 <= line.len()
        && line.starts_with(['*', '_'])
        && line.ends_with(['*', '_'])
        && asks
        && !inner.contains(['*', '_'])
}

/// A template's guidance in parentheses, a whole line saying what to
/// write: `(Summarize the paper's core problem in one sentence.)`,
/// `(What limitation is this paper trying to overcome?)`, `(Dataset or
/// simulation environment used in the experiments.)`.
/// Or in square brackets, addressed to the writer: `[Your first paragraph
/// here - discuss BPE innovation, …]`.
fn is_guidance(line: &str) -> bool {
    line.strip_prefix('(')
        .and_then(|rest| rest.strip_suffix(')'))
        .is_some_and(|inner| {
            !inner.contains(['(', ')'])
                && inner.split_whitespace().count() >= 3
                && inner.chars().any(char::is_alphabetic)
        })
        || line
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .is_some_and(|inner| {
                !inner.contains(['[', ']'])
                    && inner.split_whitespace().count() >= 3
                    && (inner
                        .get(..5)
                        .is_some_and(|head| head.eq_ignore_ascii_case("your "))
                        || inner.contains(" here"))
            })
}

/// A template's instruction to its writer, a whole line: `💡 Describe the
/// methodology used in this paper`, `Write a brief summary of this paper
/// here`. It tells what to write of the paper and says nothing of it.
fn is_instruction(line: &str) -> bool {
    const VERBS: &[&str] = &[
        "write",
        "describe",
        "list",
        "include",
        "summarize",
        "summarise",
        "explain",
        "add",
        "state",
        "outline",
    ];
    let words = line.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    // (The first word decides, before the line is lowered: most lines are
    // a part's own text.)
    if !words
        .split_whitespace()
        .next()
        .is_some_and(|first| VERBS.iter().any(|verb| verb.eq_ignore_ascii_case(first)))
    {
        return false;
    }
    let lower = words.to_lowercase();
    lower.contains("this paper")
        || lower.contains("the paper")
        || lower.trim_end_matches(['.', ' ']).ends_with(" here")
}

/// The length of a bullet marker and the spaces after it at the start of
/// `text`, or 0.
pub fn bullet_len(text: &str) -> usize {
    const SYMBOLS: &[char] = &[
        '•', '\u{f0a7}', '◦', '▪', '·', '‣', '○', '●', '■', '□', '➢', '▶', '※',
    ];
    let mut chars = text.char_indices();
    let Some((_, first)) = chars.next() else {
        return 0;
    };
    let marker_len = if SYMBOLS.contains(&first) {
        first.len_utf8()
    } else if matches!(first, '-' | '*' | '+') && text[1..].starts_with([' ', '\t']) {
        1
    } else {
        // An ordered list marker: `1.` or `1)` and a space.
        let digits = text.bytes().take_while(u8::is_ascii_digit).count();
        if (1..=3).contains(&digits)
            && text[digits..].starts_with(['.', ')'])
            && text[digits + 1..].starts_with([' ', '\t'])
        {
            digits + 1
        } else {
            return 0;
        }
    };
    let rest = &text[marker_len..];
    marker_len + (rest.len() - rest.trim_start().len())
}

/// The labels of one line (`range` is the part of it inside the body).
fn line_labels(
    text: &str,
    range: TextRange,
    line_start: usize,
    vocabulary: &Vocabulary,
    hits: &mut Vec<LabelHit>,
) {
    let content = range.slice(text);
    let indent = content.len() - content.trim_start().len();
    let prefix_len = indent + bullet_len(&content[indent..]);
    let at_start = &content[prefix_len..];
    let label_start = range.start + prefix_len;
    let mut scan_from = prefix_len;
    if range.start == line_start {
        if let Some((alias_start, alias_len, consumed, kind)) = bold_label(at_start, vocabulary) {
            hits.push(LabelHit {
                boundary: line_start,
                label: TextRange::new(
                    label_start + alias_start,
                    label_start + alias_start + alias_len,
                ),
                after: label_start + consumed,
                kind,
                placement: Placement::LineStart {
                    prefix: TextRange::new(line_start, label_start),
                    bold: true,
                },
            });
            scan_from = prefix_len + consumed;
        } else if let Some(found) = vocabulary.label_at(at_start) {
            hits.push(LabelHit {
                boundary: line_start,
                label: TextRange::new(label_start, label_start + found.alias_len),
                after: label_start + found.len,
                kind: found.kind,
                placement: Placement::LineStart {
                    prefix: TextRange::new(line_start, label_start),
                    bold: false,
                },
            });
            scan_from = prefix_len + found.len;
        }
    }
    // Labels inline in a paragraph follow a sentence end: `… 것. Method: …`.
    for after in sentence_ends(&content[scan_from..]) {
        let after = scan_from + after;
        let rest = &content[after..];
        let trimmed = rest.trim_start();
        if trimmed.len() == rest.len() || trimmed.is_empty() {
            continue;
        }
        let start = after + (rest.len() - trimmed.len());
        if let Some(found) = vocabulary.label_at(trimmed) {
            hits.push(LabelHit {
                boundary: range.start + start,
                label: TextRange::new(range.start + start, range.start + start + found.alias_len),
                after: range.start + start + found.len,
                kind: found.kind,
                placement: Placement::Inline,
            });
        }
    }
}

/// `**Method**: …`, `**Method:** …` or `__실험__: …`: where the alias starts,
/// its length, how much of `text` the label takes, and its kind.
fn bold_label(text: &str, vocabulary: &Vocabulary) -> Option<(usize, usize, usize, SectionKind)> {
    let marker = if text.starts_with("**") {
        "**"
    } else if text.starts_with("__") {
        "__"
    } else {
        return None;
    };
    let inner = &text[2..];
    let (alias_len, kind) = vocabulary.alias_at(inner)?;
    let rest = inner[alias_len..].trim_start_matches(' ');
    let consumed_before_rest = 2 + (inner.len() - rest.len());
    for closing in [
        format!("{marker}:"),
        format!("{marker}："),
        format!(":{marker}"),
        format!("：{marker}"),
    ] {
        if rest.starts_with(&closing) {
            return Some((2, alias_len, consumed_before_rest + closing.len(), kind));
        }
    }
    // `**Method**` alone, as a pseudo-heading.
    let after_marker = rest.strip_prefix(marker)?;
    after_marker.trim().is_empty().then_some((
        2,
        alias_len,
        consumed_before_rest + marker.len(),
        kind,
    ))
}
