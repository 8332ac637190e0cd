//! `missing-section`: a review without one of the required sections, and the
//! fix that inserts it in the entry's own style.

use review_syntax::{
    Entry, HeaderOrigin, LabelLanguage, Layout, ParsedFile, Placement, SectionKind, TextRange,
    TitleSource, dominant_line_ending,
};

use super::{FileContext, RuleMeta};
use crate::finding::{Finding, Fix, TextEdit};
use crate::severity::Severity;

rule!(
    MissingSection,
    r#"Reports a review that lacks one of the required sections (by default
purpose, method and experiment), once per missing section.

### What it does

Looks for each required section's label in the review's body — `목적:`,
`Method:`, `실험:` or any alias, as a bullet, inline in a paragraph, as a
heading or a bold label — and reports the ones it cannot find, on the
review's header line. The fix inserts the missing label with a `...`
placeholder, written the way the review writes its other labels: inline in
the same paragraph, as another bullet with the same marker, or as a heading
of the same level; a review with no labels at all gets a `- ` list.

### Why

A review that says what the paper wants, how it does it and how it was
tested is one a reader can compare with others. A missing part is usually
forgotten, not omitted on purpose.

### Example

```markdown
## 홍길동: Attention Is All You Need

- 목적: 순환 없이 번역하기.
- Method: self-attention 만으로 된 Transformer.
```

reports `missing experiment section` on the header; the fix appends
`- 실험: ...`. Which sections are required is set in `review-ls.toml`
(`[sections] required = [...]`).
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV001",
    name: "missing-section",
    default_severity: Severity::Warning,
    summary: "a review lacks a required section (purpose, method, experiment)",
    doc: MissingSection::DOC,
};

fn hint(kind: SectionKind) -> &'static str {
    match kind {
        SectionKind::Purpose => "what problem the paper sets out to solve",
        SectionKind::Method => "how the paper solves it",
        SectionKind::Experiment => "how the paper was evaluated and what it found",
        SectionKind::Novelty => "what is new in the paper",
        SectionKind::Limitations => "where the paper falls short",
        SectionKind::Takeaways => "what you took away from it",
        SectionKind::Summary => "what the paper is about, in short",
    }
}

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    // The file's headings, read once for all its fixes when one needs them.
    let mut outline = None;
    for entry in &context.parsed.entries {
        for &kind in &context.config.required_sections {
            if entry.has_section(kind) {
                continue;
            }
            let (fix, wanted) = if is_single_note(context.parsed, entry) {
                match note_section_fix(context.text, entry, &[kind], &mut outline) {
                    Some((fix, heading)) => (Some(fix), format!("a `{heading}` section")),
                    None => (None, format!("{} {kind} section", article(kind.name()))),
                }
            } else {
                let label = kind.canonical_label(label_language(context.text, entry));
                (
                    Some(section_skeleton(context.text, entry, &[kind])),
                    format!("`{label}:`"),
                )
            };
            let message = format!("missing {kind} section: add {wanted} saying {}", hint(kind));
            out.push(context.finding(entry.header.range, message, fix));
        }
    }
}

/// `a` or `an`, as `word` sounds (every kind's name sounds as it is spelt).
fn article(word: &str) -> &'static str {
    if word.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    }
}

/// Whether `entry` is a single-review note read from its own template (not
/// a `Reviewer: Title` review, which keeps the canonical fixes).
fn is_single_note(parsed: &ParsedFile, entry: &Entry) -> bool {
    parsed.layout == Some(Layout::Single) && entry.header.title_source != TitleSource::Header
}

/// The fix that adds `kinds` to a review, in the form its file uses; `None`
/// when a single-review note's structure does not say where sections go.
pub fn missing_sections_fix(
    text: &str,
    parsed: &ParsedFile,
    entry: &Entry,
    kinds: &[SectionKind],
) -> Option<Fix> {
    if is_single_note(parsed, entry) {
        note_section_fix(text, entry, kinds, &mut None).map(|(fix, _)| fix)
    } else {
        Some(section_skeleton(text, entry, kinds))
    }
}

/// Where the three kinds stand in a review, in order.
fn rank(kind: SectionKind) -> Option<usize> {
    [
        SectionKind::Purpose,
        SectionKind::Method,
        SectionKind::Experiment,
    ]
    .iter()
    .position(|k| *k == kind)
}

/// A single-review note gets a missing section only as a heading of the
/// level its other sections use, right after the section of the kind before
/// it (purpose, method, experiment) or right before the section of the kind
/// after it — never inside a paragraph, a list item or a code block. With
/// no such section to stand beside, the note's structure does not say where
/// it goes, and there is no fix. Returns the fix and the heading as written (`## Method`).
/// `outline` is the file's [`review_syntax::Outline`], read here when a fix
/// first needs it.
fn note_section_fix(
    text: &str,
    entry: &Entry,
    kinds: &[SectionKind],
    outline: &mut Option<review_syntax::Outline>,
) -> Option<(Fix, String)> {
    let eol = dominant_line_ending(text);
    let headings: Vec<(&review_syntax::Section, u8)> = entry
        .sections
        .iter()
        .filter_map(|section| match section.placement {
            Placement::Heading { level } if rank(section.kind).is_some() => Some((section, level)),
            _ => None,
        })
        .collect();
    if headings.is_empty() {
        return title_alone_fix(text, entry, kinds);
    }
    let level = headings.iter().map(|(_, level)| *level).min()?;
    // Parts headed in Korean get Korean labels; in Chinese or Japanese
    // (kana anywhere in the note), headings in it: `### 方法`, `## 実験`;
    // in traditional characters (`## 緒論`), traditional ones; in
    // Vietnamese (`## Giới thiệu`), Vietnamese ones.
    let headed_in = |script: fn(char) -> bool| {
        headings
            .iter()
            .any(|(section, _)| section.label.slice(text).chars().any(script))
    };
    let language = if headed_in(is_hangul) {
        LabelLanguage::Korean
    } else if headed_in(|ch| review_syntax::is_han(ch) || review_syntax::is_kana(ch)) {
        // (In kana alone, `# はじめに`, it is Japanese too.)
        if entry.body.slice(text).chars().any(review_syntax::is_kana) {
            LabelLanguage::Japanese
        } else if headings
            .iter()
            .any(|(section, _)| review_syntax::writes_traditional_chinese(section.label.slice(text)))
        {
            LabelLanguage::TraditionalChinese
        } else {
            LabelLanguage::Chinese
        }
    } else if headed_in(is_vietnamese) {
        LabelLanguage::Vietnamese
    } else {
        LabelLanguage::English
    };
    let hashes = "#".repeat(usize::from(level));
    let line_start = |offset: usize| text[..offset].rfind('\n').map_or(0, |i| i + 1);
    // Parts all underlined (`Main Idea` over `---------`) get theirs
    // underlined; a note that mixes the two ways gets `#`s.
    let marks: Vec<Option<char>> = headings
        .iter()
        .filter(|(_, l)| *l == level)
        .map(|(section, _)| setext_underline(text, section.label))
        .collect();
    let underline = marks
        .first()
        .copied()
        .flatten()
        .filter(|first| marks.iter().all(|mark| *mark == Some(*first)));
    let mut edits = Vec::new();
    let mut written = Vec::new();
    for &kind in kinds {
        let wanted = rank(kind)?;
        let label = kind.canonical_label(language);
        let heading = match underline {
            Some(mark) => {
                let width = label.chars().count().max(3);
                format!("{label}{eol}{}", mark.to_string().repeat(width))
            }
            None => format!("{hashes} {label}"),
        };
        // After the last section of an earlier kind: at the start of the
        // next heading of its level or above, or at the end of the body.
        // (At any level: a method under a heading of its own, `### Single
        // Shot Detector` over `##### Model`, comes before the experiments
        // wherever it is headed.)
        let before = headings
            .iter()
            .rfind(|(section, _)| rank(section.kind).is_some_and(|r| r < wanted));
        let after = headings
            .iter()
            .find(|(section, l)| *l == level && rank(section.kind).is_some_and(|r| r > wanted));
        let edit = match (before, after) {
            (_, Some((next, _))) => {
                let at = line_start(next.label.start);
                // Never above the title the note is read by: a heading
                // there would stand over the whole note.
                if at <= entry.header.line.start && entry.header.origin != HeaderOrigin::Path {
                    return None;
                }
                TextEdit::insert(at, format!("{heading}{eol}{eol}...{eol}{eol}"))
            }
            (Some((previous, _)), None) => {
                // Before the next heading of the previous section's level
                // or above (a `# comment` in a code block is none), or the
                // next paper's heading in a file of several, or at the end
                // of the note — unless the note ends in a code block never
                // closed, where a heading would be code.
                let outline = outline.get_or_insert_with(|| review_syntax::outline(text));
                let next_heading = outline
                    .headings
                    .iter()
                    .find(|heading| {
                        heading.text.start > previous.label.end
                            && (heading.level <= level || heading.text.start >= entry.body.end)
                    })
                    .map(|heading| line_start(heading.text.start));
                match next_heading {
                    Some(at) => TextEdit::insert(at, format!("{heading}{eol}{eol}...{eol}{eol}")),
                    None if outline.ends_in_fence => return None,
                    None if text.ends_with('\n') => {
                        // One blank line before the heading: the note's
                        // own when it ends in one.
                        let last_line = text[..text.len() - 1].rsplit('\n').next().unwrap_or("");
                        let gap = if last_line.trim().is_empty() { "" } else { eol };
                        TextEdit::insert(text.len(), format!("{gap}{heading}{eol}{eol}...{eol}"))
                    }
                    None => {
                        TextEdit::insert(text.len(), format!("{eol}{eol}{heading}{eol}{eol}..."))
                    }
                }
            }
            (None, None) => return None,
        };
        edits.push(edit);
        written.push(match underline {
            Some(_) => label.to_owned(),
            None => heading,
        });
    }
    Some(headings_fix(&written, edits))
}

/// The character a heading is underlined with when it is written so
/// (`Main Idea` over `---------`, `Title` over `=====`): the line after
/// its label, all `-` or all `=`. An ATX heading (`## Details` over a
/// `---` rule) is not underlined.
fn setext_underline(text: &str, label: TextRange) -> Option<char> {
    let line_start = text[..label.start].rfind('\n').map_or(0, |i| i + 1);
    if text[line_start..label.start].trim_start().starts_with('#') {
        return None;
    }
    let after = &text[label.end..];
    let next = after.split_once('\n')?.1;
    let line = next.split('\n').next()?.trim_end_matches('\r').trim_start();
    // (The parser's reading of an underline, so the two agree.)
    review_syntax::setext_underline(line).map(|level| if level == 1 { '=' } else { '-' })
}

/// The fix that writes `written` (`## Method`, …) by `edits`, titled by
/// what it adds, and the first heading as written.
fn headings_fix(written: &[String], edits: Vec<TextEdit>) -> (Fix, String) {
    let title = match written {
        [one] => format!("Add a `{one}` section"),
        many => format!("Add the missing sections ({})", many.join(", ")),
    };
    let heading = written.first().cloned().unwrap_or_default();
    (Fix { title, edits }, heading)
}

/// A note that is yet only its paper's title heading (`# Paxos Made
/// Simple`) gets its parts as headings one level under the title, right
/// after it, in the title's language (`## 목적` under a Korean title). So
/// does a note begun with only its paper's details under the title, each
/// a list item, a link or a field (`- 저자: Saining Xie`, `[paper](…)`,
/// `Venue: ICLR 2023`): the parts go after them. A note with anything else
/// in it (a paragraph, a heading, a code block, a comment), or titled
/// otherwise, gets no fix: its structure does not say where parts go.
fn title_alone_fix(text: &str, entry: &Entry, kinds: &[SectionKind]) -> Option<(Fix, String)> {
    let HeaderOrigin::Heading { level } = entry.header.origin else {
        return None;
    };
    // (At the end of the title's text, before its line break.)
    let line = entry.header.line;
    let after_title =
        line.start + line.slice(text).trim_end_matches(['\r', '\n']).len();
    let rest = text.get(after_title..entry.body.end.max(after_title))?;
    if !entry.sections.is_empty()
        || entry.header.title_source != TitleSource::Heading
        || !rest.lines().all(|line| line.trim().is_empty() || gives_a_detail(line))
    {
        return None;
    }
    // After the details, if any: at the end of the last one's text.
    let after_title = after_title + rest.trim_end().len();
    let title = entry.header.line.slice(text);
    let language = if title.chars().any(is_hangul) {
        LabelLanguage::Korean
    } else if title.chars().any(review_syntax::is_kana) {
        LabelLanguage::Japanese
    } else if title.chars().any(review_syntax::is_han) {
        LabelLanguage::Chinese
    } else {
        LabelLanguage::English
    };
    let eol = dominant_line_ending(text);
    let hashes = "#".repeat(usize::from(level.saturating_add(1).min(6)));
    let written: Vec<String> = kinds
        .iter()
        .map(|kind| format!("{hashes} {}", kind.canonical_label(language)))
        .collect();
    // Each part after a blank line, in place of the blank lines after the
    // title; one line break after the last, or none if the file had none.
    let tail_end = entry.body.end.max(after_title);
    let ending = if tail_end > after_title { eol } else { "" };
    let parts: String = written
        .iter()
        .map(|heading| format!("{eol}{eol}{heading}{eol}{eol}..."))
        .collect();
    let edit = TextEdit {
        range: TextRange::new(after_title, tail_end),
        new_text: format!("{parts}{ending}"),
    };
    Some(headings_fix(&written, vec![edit]))
}

/// Whether a line under a note's title gives one of its paper's details,
/// not notes on it: a link or an address alone (`[paper](https://arxiv.org/…)`,
/// `<https://…>`) or a field of a few words (`Venue: ICLR 2023`, `**Paper**:
/// …`), perhaps as a list item (`- 저자: Saining Xie`); not a list item of
/// notes (`* Adam calculates a different learning rate …`).
fn gives_a_detail(line: &str) -> bool {
    let line = line.trim();
    let marker = review_syntax::bullet_len(line);
    if marker > 0 {
        return gives_a_detail(&line[marker..]);
    }
    let link = line.starts_with('[')
        || line.starts_with("![")
        || line.starts_with("<http")
        || line.starts_with("http://")
        || line.starts_with("https://");
    // (Its label before a colon that starts no address: `코드는
    // https://github.com/…` is a sentence.)
    let colon = line
        .char_indices()
        .find(|&(at, ch)| matches!(ch, ':' | '：') && !line[at + ch.len_utf8()..].starts_with("//"))
        .map(|(at, _)| at);
    let field = colon.is_some_and(|at| {
        let label = line[..at].trim_matches(['*', '_', ' ']);
        !label.is_empty()
            && label.chars().count() <= 30
            && label.split_whitespace().count() <= 4
            && !label.contains(['.', '!', '?', '。', '<', '`', '"'])
    });
    link || field
}

fn is_hangul(ch: char) -> bool {
    ('가'..='힣').contains(&ch)
}

/// A letter only Vietnamese writes: `đ`, `ơ`, `ư`, `ă`, or a vowel with a
/// tone mark from Unicode's Latin Extended Additional block (`ệ`, `ứ`).
fn is_vietnamese(ch: char) -> bool {
    matches!(ch, 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ă' | 'Ă') || ('\u{1EA0}'..='\u{1EF9}').contains(&ch)
}

/// The language of a review's new labels: English when its body holds no
/// Korean at all (labels included), else Korean. `Method` is English in the
/// Korean canonical form too, so a Korean review whose only label is
/// `Method:` stays Korean. A review with no body yet goes by its header:
/// `홍길동: Paper` gets the canonical Korean labels, `John Smith: Paper`
/// English ones.
fn label_language(text: &str, entry: &Entry) -> LabelLanguage {
    let judged = if entry.body.is_empty() {
        entry.header.line
    } else {
        entry.body
    };
    if judged.slice(text).chars().any(is_hangul) {
        LabelLanguage::Korean
    } else {
        LabelLanguage::English
    }
}

/// The fix that inserts `kinds` into `entry`, written like its other
/// labels. Each new section holds a `...` placeholder, the canonical form's
/// own, so that the result is not flagged as an empty section.
pub fn section_skeleton(text: &str, entry: &Entry, kinds: &[SectionKind]) -> Fix {
    let eol = dominant_line_ending(text);
    let language = label_language(text, entry);
    let labels: Vec<&str> = kinds
        .iter()
        .map(|kind| kind.canonical_label(language))
        .collect();
    let edit = match entry.sections.last() {
        Some(last) => match &last.placement {
            Placement::Inline => {
                let new_text: String = labels
                    .iter()
                    .map(|label| format!(" {label}: ..."))
                    .collect();
                TextEdit::insert(last.content.end, new_text)
            }
            Placement::LineStart { prefix, bold } => {
                // After the last section's line, but never past the body:
                // the next review may start on that same line.
                let line_end = text[last.content.end..]
                    .find(['\r', '\n'])
                    .map_or(text.len(), |offset| last.content.end + offset)
                    .min(entry.body.end.max(last.content.end));
                let mut number = ordered_number(prefix.slice(text));
                let mut new_text = String::new();
                // A last part of several paragraphs, its label on a line of
                // its own: the new labels start a paragraph after it, not a
                // line of its last one.
                if prefix.is_empty()
                    && last
                        .content
                        .slice(text)
                        .lines()
                        .any(|line| line.trim().is_empty())
                {
                    new_text.push_str(eol);
                }
                for label in &labels {
                    let marker = match number.as_mut() {
                        Some((indent, next, delimiter)) => {
                            *next += 1;
                            format!("{indent}{next}{delimiter} ")
                        }
                        None => prefix.slice(text).to_owned(),
                    };
                    let label = if *bold {
                        format!("**{label}**")
                    } else {
                        (*label).to_owned()
                    };
                    new_text.push_str(&format!("{eol}{marker}{label}: ..."));
                }
                TextEdit::insert(line_end, new_text)
            }
            Placement::Heading { level } => {
                let hashes = "#".repeat(usize::from(*level));
                let new_text: String = labels
                    .iter()
                    .map(|label| format!("{eol}{eol}{hashes} {label}{eol}{eol}..."))
                    .collect();
                TextEdit::insert(entry.body.end.max(last.content.end), new_text)
            }
        },
        None => {
            let at = if entry.body.is_empty() {
                entry.header.line.end
            } else {
                entry.body.end
            };
            let items: Vec<String> = labels
                .iter()
                .map(|label| format!("- {label}: ..."))
                .collect();
            TextEdit::insert(at, format!("{eol}{eol}{}", items.join(eol)))
        }
    };
    let title = match labels.as_slice() {
        [one] => format!("Add the `{one}:` section"),
        many => format!("Add the missing sections ({})", many.join(", ")),
    };
    Fix {
        title,
        edits: vec![edit],
    }
}

/// `2. ` → (`""`, 2, `.`): the parts of an ordered list marker.
fn ordered_number(prefix: &str) -> Option<(String, u32, char)> {
    let indent_len = prefix.len() - prefix.trim_start().len();
    let rest = &prefix[indent_len..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let number = rest[..digits].parse().ok()?;
    let delimiter = rest[digits..].chars().next()?;
    Some((prefix[..indent_len].to_owned(), number, delimiter))
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    #[test]
    fn one_finding_per_missing_section_on_the_header() {
        check(
            "## 홍길동: Attention Is All You Need\n\n- 목적: 번역.\n- Method: attention\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:4-1:34 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | ## 홍길동: Attention Is All You Need
                  | 
                  | - 목적: 번역.
                  | - Method: attention
                  | - 실험: ...
                  | 
            "#]],
        );
    }

    #[test]
    fn fixes_follow_inline_bold_numbered_and_heading_styles() {
        check(
            "김정헌: Long-short\n\n• 목적: task. Method: PU.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:1-1:16 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | 김정헌: Long-short
                  | 
                  | • 목적: task. Method: PU. 실험: ...
                  | 
            "#]],
        );
        check(
            "John Smith: Paper\r\n1. **Purpose**: why.\r\n2. **Method**: how.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:1-1:18 RV001 warning: missing experiment section: add `Experiments:` saying how the paper was evaluated and what it found
                  fix "Add the `Experiments:` section":
                  | John Smith: Paper␍
                  | 1. **Purpose**: why.␍
                  | 2. **Method**: how.␍
                  | 3. **Experiments**: ...␍
                  | 
            "#]],
        );
        check(
            "# 홍길동: Paper\n\n## 목적\n\n왜.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:13 RV001 warning: missing method section: add `Method:` saying how the paper solves it
                  fix "Add the `Method:` section":
                  | # 홍길동: Paper
                  | 
                  | ## 목적
                  | 
                  | 왜.
                  | 
                  | ## Method
                  | 
                  | ...
                  | 
                notes.md 1:3-1:13 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | # 홍길동: Paper
                  | 
                  | ## 목적
                  | 
                  | 왜.
                  | 
                  | ## 실험
                  | 
                  | ...
                  | 
            "#]],
        );
    }

    /// A shared file's last part that runs over paragraphs gets the new
    /// labels as a paragraph of their own, not glued to its last line.
    #[test]
    fn labels_after_a_part_of_several_paragraphs_start_a_paragraph() {
        check(
            "김정헌: Long-short 🙂\r\n목적: task.\r\nMethod: PU 학습.\r\n\r\n두 번째 문단.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:1-1:18 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | 김정헌: Long-short 🙂␍
                  | 목적: task.␍
                  | Method: PU 학습.␍
                  | ␍
                  | 두 번째 문단.␍
                  | ␍
                  | 실험: ...␍
                  | 
            "#]],
        );
    }

    #[test]
    fn a_new_review_without_a_body_follows_its_header_language() {
        check(
            "## 홍길동: Decision Transformer\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:4-1:29 RV001 warning: missing purpose section: add `목적:` saying what problem the paper sets out to solve
                  fix "Add the `목적:` section":
                  | ## 홍길동: Decision Transformer
                  | 
                  | - 목적: ...
                  | 
                notes.md 1:4-1:29 RV001 warning: missing method section: add `Method:` saying how the paper solves it
                  fix "Add the `Method:` section":
                  | ## 홍길동: Decision Transformer
                  | 
                  | - Method: ...
                  | 
                notes.md 1:4-1:29 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | ## 홍길동: Decision Transformer
                  | 
                  | - 실험: ...
                  | 
            "#]],
        );
    }

    /// The missing-section findings of `text` read as a single note, as
    /// `[files] layout = "single"` says a folder's notes all are.
    fn single_note(text: &str) -> String {
        let mut config = crate::config::Config::default();
        config.layout = review_syntax::LayoutChoice::Single;
        crate::rules::test_support::render(text, Rule::MissingSection, &config)
    }

    /// A note whose structure says nowhere where a section goes gets no
    /// fix, and a message in plain English (`an experiment section`).
    #[test]
    fn a_note_of_prose_alone_is_told_what_it_lacks_without_a_fix() {
        expect![[r#"
            notes.md 1:3-1:42 RV001 warning: missing purpose section: add a purpose section saying what problem the paper sets out to solve
            notes.md 1:3-1:42 RV001 warning: missing method section: add a method section saying how the paper solves it
            notes.md 1:3-1:42 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
        "#]].assert_eq(&single_note(
            "# How Powerful Are Graph Neural Networks?\r\n\r\nGNNs are at most as powerful as the WL test 😀.\r\n",
        ));
    }

    /// A note whose parts are all underlined (`Main Idea` over `---------`)
    /// gets its missing part underlined too, in its place.
    #[test]
    fn parts_underlined_get_an_underlined_part() {
        check(
            "[GAN Stability](https://arxiv.org/abs/1705.07215) 🎲\r\n=============\r\n\r\nMain Idea\r\n---------\r\n\r\nRegret minimization explains mode collapse.\r\n\r\nExperiments\r\n-----------\r\n\r\nDRAGAN on CIFAR-10.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:2-1:15 RV001 warning: missing purpose section: add a `Purpose` section saying what problem the paper sets out to solve
                  fix "Add a `Purpose` section":
                  | [GAN Stability](https://arxiv.org/abs/1705.07215) 🎲␍
                  | =============␍
                  | ␍
                  | Purpose␍
                  | -------␍
                  | ␍
                  | ...␍
                  | ␍
                  | Main Idea␍
                  | ---------␍
                  | ␍
                  | Regret minimization explains mode collapse.␍
                  | ␍
                  | Experiments␍
                  | -----------␍
                  | ␍
                  | DRAGAN on CIFAR-10.␍
                  | 
            "#]],
        );
    }

    /// A note that mixes the two ways (`Intro` underlined, `## Method` with
    /// `#`s) gets `#`s.
    #[test]
    fn parts_headed_both_ways_get_hashes() {
        check(
            "# Attention Is All You Need 🤖\n\n[arXiv](https://arxiv.org/abs/1706.03762)\n\nIntro\n---\n\nRNN은 순차적이라 병렬화가 어렵다.\n\n## Method\n\nSelf-attention만으로 인코더와 디코더를 쌓는다.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:28 RV001 warning: missing experiment section: add a `## Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `## Experiments` section":
                  | # Attention Is All You Need 🤖
                  | 
                  | [arXiv](https://arxiv.org/abs/1706.03762)
                  | 
                  | Intro
                  | ---
                  | 
                  | RNN은 순차적이라 병렬화가 어렵다.
                  | 
                  | ## Method
                  | 
                  | Self-attention만으로 인코더와 디코더를 쌓는다.
                  | 
                  | ## Experiments
                  | 
                  | ...
                  | 
            "#]],
        );
    }

    /// A `# comment` in a code block is code, not the heading that ends a
    /// section: the section goes before the next real heading.
    #[test]
    fn a_comment_in_a_code_block_is_not_a_heading_to_insert_before() {
        check(
            "# Attention Is All You Need 🚀\r\n\r\n[arXiv](https://arxiv.org/abs/1706.03762)\r\n\r\n## 목적\r\n\r\n순환 없이 번역한다.\r\n\r\n## 방법\r\n\r\nself-attention만 쓴다.\r\n\r\n```python\r\n# 주석 😀\r\nx = 1\r\n```\r\n\r\n## 느낀 점\r\n\r\n좋다.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:28 RV001 warning: missing experiment section: add a `## 실험` section saying how the paper was evaluated and what it found
                  fix "Add a `## 실험` section":
                  | # Attention Is All You Need 🚀␍
                  | ␍
                  | [arXiv](https://arxiv.org/abs/1706.03762)␍
                  | ␍
                  | ## 목적␍
                  | ␍
                  | 순환 없이 번역한다.␍
                  | ␍
                  | ## 방법␍
                  | ␍
                  | self-attention만 쓴다.␍
                  | ␍
                  | ```python␍
                  | # 주석 😀␍
                  | x = 1␍
                  | ```␍
                  | ␍
                  | ## 실험␍
                  | ␍
                  | ...␍
                  | ␍
                  | ## 느낀 점␍
                  | ␍
                  | 좋다.␍
                  | 
            "#]],
        );
    }

    /// A note that ends in blank lines keeps them as the gap before the
    /// section added at its end.
    #[test]
    fn a_section_added_after_a_blank_line_adds_no_second_one() {
        check(
            "# Attention Is All You Need 🚀\r\n\r\n[arXiv](https://arxiv.org/abs/1706.03762)\r\n\r\n## 목적\r\n\r\n순환 없이 번역한다.\r\n\r\n## 방법\r\n\r\nself-attention만 쓴다.\r\n\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:28 RV001 warning: missing experiment section: add a `## 실험` section saying how the paper was evaluated and what it found
                  fix "Add a `## 실험` section":
                  | # Attention Is All You Need 🚀␍
                  | ␍
                  | [arXiv](https://arxiv.org/abs/1706.03762)␍
                  | ␍
                  | ## 목적␍
                  | ␍
                  | 순환 없이 번역한다.␍
                  | ␍
                  | ## 방법␍
                  | ␍
                  | self-attention만 쓴다.␍
                  | ␍
                  | ## 실험␍
                  | ␍
                  | ...␍
                  | 
            "#]],
        );
    }

    /// A note that ends inside a code block never closed gets no fix: a
    /// heading added at its end would be code, and the finding would stay.
    #[test]
    fn a_note_ending_in_an_open_code_block_gets_no_fix() {
        check(
            "# Whisper-Streaming 🎙\n\n[arXiv](https://arxiv.org/abs/2307.14743)\n\n## 목적\n\n실시간 전사.\n\n## 방법\n\n**[예시]**\n```text\nT-1 시점 output: 나는 학교에 갔다\nT시점 output : (나는 학교에 갔다)가 집에 갔다",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:20 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
            "#]],
        );
    }

    /// So does a note that ends inside an HTML comment never closed: a
    /// heading added there would be hidden.
    #[test]
    fn a_note_ending_in_an_open_comment_gets_no_fix() {
        check(
            "# Whisper-Streaming 🎙\r\n\r\n[arXiv](https://arxiv.org/abs/2307.14743)\r\n\r\n## 목적\r\n\r\n실시간 전사.\r\n\r\n## 방법\r\n\r\nLocal agreement로 확정한다.\r\n\r\n<!-- 실험은 나중에\r\n## 실험\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:20 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
            "#]],
        );
    }

    /// And a note that ends inside a `<style>` or `<script>` block never
    /// closed: a heading added there would be raw HTML.
    #[test]
    fn a_note_ending_in_an_open_style_block_gets_no_fix() {
        check(
            "# Whisper-Streaming 🎙\r\n\r\n[arXiv](https://arxiv.org/abs/2307.14743)\r\n\r\n## 목적\r\n\r\n실시간 전사.\r\n\r\n## 방법\r\n\r\nLocal agreement로 확정한다.\r\n\r\n<style>\r\n.note { color: red; }\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:20 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
            "#]],
        );
    }

    /// The experiments go after the method, though the method is headed
    /// deeper than the note's parts (`##### Model` under `### Single Shot
    /// Detector`): at the end of the note here, not after the
    /// introduction.
    #[test]
    fn a_missing_part_goes_after_a_deeper_part_before_it() {
        check(
            "# SSD: Single Shot MultiBox Detector 🎯\n\n[arXiv](https://arxiv.org/abs/1512.02325)\n\n### Introduction\n\n한 번에 검출한다.\n\n### Single Shot Detector\n##### Model\n\n여러 스케일의 특징 맵.\n\n##### Training\n\nhard negative mining.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:37 RV001 warning: missing experiment section: add a `### Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `### Experiments` section":
                  | # SSD: Single Shot MultiBox Detector 🎯
                  | 
                  | [arXiv](https://arxiv.org/abs/1512.02325)
                  | 
                  | ### Introduction
                  | 
                  | 한 번에 검출한다.
                  | 
                  | ### Single Shot Detector
                  | ##### Model
                  | 
                  | 여러 스케일의 특징 맵.
                  | 
                  | ##### Training
                  | 
                  | hard negative mining.
                  | 
                  | ### Experiments
                  | 
                  | ...
                  | 
            "#]],
        );
    }

    /// In a file of several papers, a part missing at the end of one
    /// paper's review goes before the next paper's heading, not at the end
    /// of the file.
    #[test]
    fn a_missing_part_goes_before_the_next_papers_heading() {
        check(
            "# Papers\r\n\r\n## Attention Is All You Need\r\n\r\n### Problem\r\n\r\nRNN은 느리다.\r\n\r\n### Method\r\n\r\n셀프 어텐션 ⚡\r\n\r\n## BERT: Pre-training of Deep Bidirectional Transformers\r\n\r\n### Method\r\n\r\nMLM.\r\n\r\n### Results\r\n\r\nGLUE 80.5.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 3:4-3:29 RV001 warning: missing experiment section: add a `### Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `### Experiments` section":
                  | # Papers␍
                  | ␍
                  | ## Attention Is All You Need␍
                  | ␍
                  | ### Problem␍
                  | ␍
                  | RNN은 느리다.␍
                  | ␍
                  | ### Method␍
                  | ␍
                  | 셀프 어텐션 ⚡␍
                  | ␍
                  | ### Experiments␍
                  | ␍
                  | ...␍
                  | ␍
                  | ## BERT: Pre-training of Deep Bidirectional Transformers␍
                  | ␍
                  | ### Method␍
                  | ␍
                  | MLM.␍
                  | ␍
                  | ### Results␍
                  | ␍
                  | GLUE 80.5.␍
                  | 
                notes.md 13:4-13:57 RV001 warning: missing purpose section: add a `### Purpose` section saying what problem the paper sets out to solve
                  fix "Add a `### Purpose` section":
                  | # Papers␍
                  | ␍
                  | ## Attention Is All You Need␍
                  | ␍
                  | ### Problem␍
                  | ␍
                  | RNN은 느리다.␍
                  | ␍
                  | ### Method␍
                  | ␍
                  | 셀프 어텐션 ⚡␍
                  | ␍
                  | ## BERT: Pre-training of Deep Bidirectional Transformers␍
                  | ␍
                  | ### Purpose␍
                  | ␍
                  | ...␍
                  | ␍
                  | ### Method␍
                  | ␍
                  | MLM.␍
                  | ␍
                  | ### Results␍
                  | ␍
                  | GLUE 80.5.␍
                  | 
            "#]],
        );
    }

    /// A note that is yet only its paper's title gets each part as a
    /// heading one level under the title, right after it, in the title's
    /// language; the blank lines after the title give way, and a file
    /// without a final line break keeps none.
    #[test]
    fn a_note_that_is_only_its_title_gets_its_parts_under_it() {
        check(
            "# Paxos Made Simple",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:20 RV001 warning: missing purpose section: add a `## Purpose` section saying what problem the paper sets out to solve
                  fix "Add a `## Purpose` section":
                  | # Paxos Made Simple
                  | 
                  | ## Purpose
                  | 
                  | ...
                notes.md 1:3-1:20 RV001 warning: missing method section: add a `## Method` section saying how the paper solves it
                  fix "Add a `## Method` section":
                  | # Paxos Made Simple
                  | 
                  | ## Method
                  | 
                  | ...
                notes.md 1:3-1:20 RV001 warning: missing experiment section: add a `## Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `## Experiments` section":
                  | # Paxos Made Simple
                  | 
                  | ## Experiments
                  | 
                  | ...
            "#]],
        );
        check(
            "# 개인화 추천시스템의 사용자 평가에 대한 통합적 접근 📊\r\n\r\n\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:31 RV001 warning: missing purpose section: add a `## 목적` section saying what problem the paper sets out to solve
                  fix "Add a `## 목적` section":
                  | # 개인화 추천시스템의 사용자 평가에 대한 통합적 접근 📊␍
                  | ␍
                  | ## 목적␍
                  | ␍
                  | ...␍
                  | 
                notes.md 1:3-1:31 RV001 warning: missing method section: add a `## Method` section saying how the paper solves it
                  fix "Add a `## Method` section":
                  | # 개인화 추천시스템의 사용자 평가에 대한 통합적 접근 📊␍
                  | ␍
                  | ## Method␍
                  | ␍
                  | ...␍
                  | 
                notes.md 1:3-1:31 RV001 warning: missing experiment section: add a `## 실험` section saying how the paper was evaluated and what it found
                  fix "Add a `## 실험` section":
                  | # 개인화 추천시스템의 사용자 평가에 대한 통합적 접근 📊␍
                  | ␍
                  | ## 실험␍
                  | ␍
                  | ...␍
                  | 
            "#]],
        );
    }

    /// A note begun with only its paper's details under the title (list
    /// items, links, fields) gets each part after them, one level under
    /// the title; a paragraph of notes there leaves it without a fix.
    #[test]
    fn a_note_begun_with_its_papers_details_gets_its_parts_after_them() {
        check(
            "# [Aggregated Residual Transformations for Deep Neural Networks](https://arxiv.org/abs/1611.05431)\r\n\r\n- 저자: Saining Xie, Ross Girshick 🧪\r\n- 코드: [resnext.py](./resnext.py)\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:4-1:64 RV001 warning: missing purpose section: add a `## Purpose` section saying what problem the paper sets out to solve
                  fix "Add a `## Purpose` section":
                  | # [Aggregated Residual Transformations for Deep Neural Networks](https://arxiv.org/abs/1611.05431)␍
                  | ␍
                  | - 저자: Saining Xie, Ross Girshick 🧪␍
                  | - 코드: [resnext.py](./resnext.py)␍
                  | ␍
                  | ## Purpose␍
                  | ␍
                  | ...␍
                  | 
                notes.md 1:4-1:64 RV001 warning: missing method section: add a `## Method` section saying how the paper solves it
                  fix "Add a `## Method` section":
                  | # [Aggregated Residual Transformations for Deep Neural Networks](https://arxiv.org/abs/1611.05431)␍
                  | ␍
                  | - 저자: Saining Xie, Ross Girshick 🧪␍
                  | - 코드: [resnext.py](./resnext.py)␍
                  | ␍
                  | ## Method␍
                  | ␍
                  | ...␍
                  | 
                notes.md 1:4-1:64 RV001 warning: missing experiment section: add a `## Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `## Experiments` section":
                  | # [Aggregated Residual Transformations for Deep Neural Networks](https://arxiv.org/abs/1611.05431)␍
                  | ␍
                  | - 저자: Saining Xie, Ross Girshick 🧪␍
                  | - 코드: [resnext.py](./resnext.py)␍
                  | ␍
                  | ## Experiments␍
                  | ␍
                  | ...␍
                  | 
            "#]],
        );
        check(
            "# Deep Residual Learning for Image Recognition\n\nVenue: CVPR 2016\n[arXiv](https://arxiv.org/abs/1512.03385)\n\n잔차 연결로 깊은 망을 학습한다.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:47 RV001 warning: missing purpose section: add a purpose section saying what problem the paper sets out to solve
                notes.md 1:3-1:47 RV001 warning: missing method section: add a method section saying how the paper solves it
                notes.md 1:3-1:47 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
            "#]],
        );
    }

    /// Details in bold labels as list items count (`- **Venue**: …`); notes
    /// kept as list items (`* Adam calculates …`), or a sentence with an
    /// address in it, leave the note without a fix, as a paragraph does.
    #[test]
    fn bold_details_count_and_noted_list_items_do_not() {
        check(
            "## Adam: A Method for Stochastic Optimization\n\n- **Venue**: ICLR 2015 📈\n- **Link**: <https://arxiv.org/abs/1412.6980>\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:4-1:46 RV001 warning: missing purpose section: add a `### Purpose` section saying what problem the paper sets out to solve
                  fix "Add a `### Purpose` section":
                  | ## Adam: A Method for Stochastic Optimization
                  | 
                  | - **Venue**: ICLR 2015 📈
                  | - **Link**: <https://arxiv.org/abs/1412.6980>
                  | 
                  | ### Purpose
                  | 
                  | ...
                  | 
                notes.md 1:4-1:46 RV001 warning: missing method section: add a `### Method` section saying how the paper solves it
                  fix "Add a `### Method` section":
                  | ## Adam: A Method for Stochastic Optimization
                  | 
                  | - **Venue**: ICLR 2015 📈
                  | - **Link**: <https://arxiv.org/abs/1412.6980>
                  | 
                  | ### Method
                  | 
                  | ...
                  | 
                notes.md 1:4-1:46 RV001 warning: missing experiment section: add a `### Experiments` section saying how the paper was evaluated and what it found
                  fix "Add a `### Experiments` section":
                  | ## Adam: A Method for Stochastic Optimization
                  | 
                  | - **Venue**: ICLR 2015 📈
                  | - **Link**: <https://arxiv.org/abs/1412.6980>
                  | 
                  | ### Experiments
                  | 
                  | ...
                  | 
            "#]],
        );
        expect![[r#"
            notes.md 1:3-1:45 RV001 warning: missing purpose section: add a purpose section saying what problem the paper sets out to solve
            notes.md 1:3-1:45 RV001 warning: missing method section: add a method section saying how the paper solves it
            notes.md 1:3-1:45 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
        "#]].assert_eq(&single_note(
            "# Adam: A Method for Stochastic Optimization\n\n- [arXiv](https://arxiv.org/abs/1412.6980)\n* Adam calculates a different learning rate for each variable.\n",
        ));
        // (Nor a sentence with an address in it, whose `https:` is no label.)
        expect![[r#"
            notes.md 1:3-1:63 RV001 warning: missing purpose section: add a purpose section saying what problem the paper sets out to solve
            notes.md 1:3-1:63 RV001 warning: missing method section: add a method section saying how the paper solves it
            notes.md 1:3-1:63 RV001 warning: missing experiment section: add an experiment section saying how the paper was evaluated and what it found
        "#]].assert_eq(&single_note(
            "# Aggregated Residual Transformations for Deep Neural Networks\r\n\r\n- [arXiv](https://arxiv.org/abs/1611.05431)\r\n코드실습은 https://github.com/paststar/Resnext 참고 🧪\r\n",
        ));
    }

    /// A part that would go before one headed above the note's title gets
    /// no fix: a heading there would stand over the title and the whole
    /// note.
    #[test]
    fn a_part_above_the_title_gets_no_fix_before_it() {
        check(
            "## 실험\r\n\r\nWMT14에서 BLEU 28.4 🎯.\r\n\r\n**Title**: Attention Is All You Need\r\n\r\n- [arXiv](https://arxiv.org/abs/1706.03762)\r\n\r\n## 목적\r\n\r\nRNN은 병렬화가 어렵다.\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 5:12-5:37 RV001 warning: missing method section: add a method section saying how the paper solves it
            "#]],
        );
    }

    /// A note whose parts are headed in Chinese or Japanese gets its new
    /// heading in that language, at the level of its parts.
    #[test]
    fn a_chinese_or_japanese_note_gets_its_headings_in_its_language() {
        check(
            "# OctConv 🎛\n\n[arXiv](https://arxiv.org/abs/1904.05049)\n\n## 动机\n\n自然图像可以分解为低频和高频两部分。\n\n## 方法\n\n低频组分辨率减半。\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:10 RV001 warning: missing experiment section: add a `## 实验` section saying how the paper was evaluated and what it found
                  fix "Add a `## 实验` section":
                  | # OctConv 🎛
                  | 
                  | [arXiv](https://arxiv.org/abs/1904.05049)
                  | 
                  | ## 动机
                  | 
                  | 自然图像可以分解为低频和高频两部分。
                  | 
                  | ## 方法
                  | 
                  | 低频组分辨率减半。
                  | 
                  | ## 实验
                  | 
                  | ...
                  | 
            "#]],
        );
        check(
            "# Packrat Parsing 🧮\r\n\r\n[PDF](https://bford.info/pub/lang/packrat-icfp02.pdf)\r\n\r\n## 目的\r\n\r\n線形時間でパースしたい。\r\n\r\n## 実験\r\n\r\nJava の構文で測った。\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:18 RV001 warning: missing method section: add a `## 手法` section saying how the paper solves it
                  fix "Add a `## 手法` section":
                  | # Packrat Parsing 🧮␍
                  | ␍
                  | [PDF](https://bford.info/pub/lang/packrat-icfp02.pdf)␍
                  | ␍
                  | ## 目的␍
                  | ␍
                  | 線形時間でパースしたい。␍
                  | ␍
                  | ## 手法␍
                  | ␍
                  | ...␍
                  | ␍
                  | ## 実験␍
                  | ␍
                  | Java の構文で測った。␍
                  | 
            "#]],
        );
    }

    /// A note whose only part is headed in kana (`# はじめに`) is headed in
    /// Japanese: its new heading is `# 手法`, not `# Method`.
    #[test]
    fn a_note_headed_in_kana_gets_japanese_headings() {
        check(
            "# Unifying Deep Local and Global Features for Image Search 📷\n\n[arXiv](https://arxiv.org/abs/2001.05027)\n\n## はじめに\n\nローカル特徴とグローバル特徴を一つのモデルで得たい。\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:59 RV001 warning: missing method section: add a `## 手法` section saying how the paper solves it
                  fix "Add a `## 手法` section":
                  | # Unifying Deep Local and Global Features for Image Search 📷
                  | 
                  | [arXiv](https://arxiv.org/abs/2001.05027)
                  | 
                  | ## はじめに
                  | 
                  | ローカル特徴とグローバル特徴を一つのモデルで得たい。
                  | 
                  | ## 手法
                  | 
                  | ...
                  | 
                notes.md 1:3-1:59 RV001 warning: missing experiment section: add a `## 実験` section saying how the paper was evaluated and what it found
                  fix "Add a `## 実験` section":
                  | # Unifying Deep Local and Global Features for Image Search 📷
                  | 
                  | [arXiv](https://arxiv.org/abs/2001.05027)
                  | 
                  | ## はじめに
                  | 
                  | ローカル特徴とグローバル特徴を一つのモデルで得たい。
                  | 
                  | ## 実験
                  | 
                  | ...
                  | 
            "#]],
        );
    }

    /// A note headed in traditional Chinese characters gets its heading so
    /// (`## 實驗`, not `## 实验`), and one headed in Vietnamese gets a
    /// Vietnamese one (`## Phương pháp`).
    #[test]
    fn traditional_chinese_and_vietnamese_notes_get_headings_in_their_language() {
        check(
            "# Qwen2 Technical Report 🤖\r\n\r\n[arXiv](https://arxiv.org/abs/2407.10671)\r\n\r\n## 緒論\r\n\r\n開源模型落後於閉源模型。\r\n\r\n## 模型架構\r\n\r\n密集模型與專家混合模型。\r\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:25 RV001 warning: missing experiment section: add a `## 實驗` section saying how the paper was evaluated and what it found
                  fix "Add a `## 實驗` section":
                  | # Qwen2 Technical Report 🤖␍
                  | ␍
                  | [arXiv](https://arxiv.org/abs/2407.10671)␍
                  | ␍
                  | ## 緒論␍
                  | ␍
                  | 開源模型落後於閉源模型。␍
                  | ␍
                  | ## 模型架構␍
                  | ␍
                  | 密集模型與專家混合模型。␍
                  | ␍
                  | ## 實驗␍
                  | ␍
                  | ...␍
                  | 
            "#]],
        );
        check(
            "# Effective Opinion Words Extraction 🍔\n\n[Link](https://www.researchgate.net/publication/343425341)\n\n## Giới thiệu\n\nPhân loại đánh giá sản phẩm.\n\n## Kết quả\n\nGBC đạt 84.5%.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:3-1:37 RV001 warning: missing method section: add a `## Phương pháp` section saying how the paper solves it
                  fix "Add a `## Phương pháp` section":
                  | # Effective Opinion Words Extraction 🍔
                  | 
                  | [Link](https://www.researchgate.net/publication/343425341)
                  | 
                  | ## Giới thiệu
                  | 
                  | Phân loại đánh giá sản phẩm.
                  | 
                  | ## Phương pháp
                  | 
                  | ...
                  | 
                  | ## Kết quả
                  | 
                  | GBC đạt 84.5%.
                  | 
            "#]],
        );
    }

    #[test]
    fn a_review_without_labels_gets_a_list() {
        check(
            "이동렬, SituatedQA\n\n• 질문 😀 답.\n",
            Rule::MissingSection,
            expect![[r#"
                notes.md 1:1-1:16 RV001 warning: missing purpose section: add `목적:` saying what problem the paper sets out to solve
                  fix "Add the `목적:` section":
                  | 이동렬, SituatedQA
                  | 
                  | • 질문 😀 답.
                  | 
                  | - 목적: ...
                  | 
                notes.md 1:1-1:16 RV001 warning: missing method section: add `Method:` saying how the paper solves it
                  fix "Add the `Method:` section":
                  | 이동렬, SituatedQA
                  | 
                  | • 질문 😀 답.
                  | 
                  | - Method: ...
                  | 
                notes.md 1:1-1:16 RV001 warning: missing experiment section: add `실험:` saying how the paper was evaluated and what it found
                  fix "Add the `실험:` section":
                  | 이동렬, SituatedQA
                  | 
                  | • 질문 😀 답.
                  | 
                  | - 실험: ...
                  | 
            "#]],
        );
    }
}
