//! Recognising an entry header: `Reviewer<sep>Title`.
//!
//! Real notes write it as `강봉균: Title`, `박재현, Title`, `정만수 :Title`,
//! `안진형,TENT: …`, behind a heading marker or none, and sometimes at the end
//! of the previous review's paragraph (`… 논문 소개. 김도형, Catch & Carry: …`).
//! What makes a header is the reviewer's name: a Korean name of two to four
//! syllables, or a Latin `First Last` name. Section labels (`목적:`),
//! common sentence openers (`특히, …`) and Korean prose after the separator
//! are not headers.

use crate::vocabulary::Vocabulary;

/// Where a header candidate stands, which decides how strict the check is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Position {
    /// At the start of a line or of a heading's text.
    LineStart,
    /// After a sentence end inside a paragraph: the title must run to the end
    /// of the line and be free of Hangul, as every title that real notes put
    /// there is.
    MidLine,
}

/// The parts of a header, as byte ranges relative to the candidate text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct HeaderParts {
    pub(crate) name: (usize, usize),
    pub(crate) separator: (usize, usize),
    /// Trimmed; empty when the header has no title yet.
    pub(crate) title: (usize, usize),
}

/// Words that open Korean sentences or label notes and look like a name
/// followed by a comma (`특히, …`, `요약: …`).
const NOT_NAMES: &[&str] = &[
    "가정",
    "결국",
    "결론",
    "구조",
    "그래서",
    "그러나",
    "그리고",
    "기존",
    "내용",
    "논문",
    "논문명",
    "논문저자",
    "논문제목",
    "다만",
    "다음",
    "단점",
    "답변",
    "데이터",
    "링크",
    "메모",
    "모델",
    "문제",
    "반면",
    "배경",
    "비고",
    "먼저",
    "수식",
    "아이디어",
    "예를들어",
    "예시",
    "예제",
    "요약",
    "의의",
    "이후",
    "입력",
    "장점",
    "저자",
    "정리",
    "정의",
    "제목",
    "주의",
    "주제",
    "질문",
    "참고",
    "최근",
    "출력",
    "출처",
    "원문",
    "원본",
    "키워드",
    "특징",
    "특히",
    "하지만",
    "한편",
    "핵심",
    "따라서",
    "또한",
    "즉시",
    "이유",
    "코드",
    "발표",
    "저자",
    "학회",
    "제목",
    "분류",
    "태그",
    "날짜",
    "발표일",
    "작성일",
    "게재일",
    "출판일",
    "일자",
    "작성자",
    "리뷰어",
    "출판",
    "개요",
    "성능",
    "평가",
    "실험",
    "방법",
    "결과",
    "목적",
    "목표",
    "동기",
    "서론",
    "본론",
    "한계",
    "기여",
    "소감",
    "의견",
    "생각",
    "링크",
    "주소",
    // Where the authors work: `**소속**: Meta AI`.
    "소속",
    "기관",
    // What the note's file is named: `문서이름: (년도)(저자) e.g. 2015chen`.
    "문서이름",
    "파일명",
    "파일이름",
];

/// First words of English labels that look like a `First Last` name.
const NOT_FIRST_NAMES: &[&str] = &[
    "Abstract",
    "Background",
    "Baseline",
    "Baselines",
    "Conclusion",
    "Data",
    "Dataset",
    "Datasets",
    "Experimental",
    "Future",
    "Key",
    "Main",
    "Note",
    "Notes",
    "Open",
    "Paper",
    "Problem",
    "Proposed",
    "Related",
    "Research",
    "Setup",
    "Strong",
    "Summary",
    "Weak",
    "Final",
    "Big",
    "Other",
    "My",
    "Project",
    "Code",
    "Official",
    // `**Student Name**: [Your Full Name]`, `Full Name: …`: a form's field.
    "Student",
    "Name",
];

/// Words that end English labels, never a name: `Learning Resources: A
/// bulleted list of links …`, `Related Papers: …`.
const NOT_LAST_NAMES: &[&str] = &[
    "Resources",
    "Notes",
    "Results",
    "Links",
    "Questions",
    "References",
    "Ideas",
    "Details",
    "Thoughts",
    "Takeaways",
    "Points",
    "Papers",
    // A role, never whose review it is: `Principal Investigator: [Minhyuk
    // Sung](…)`, `Session Host: **Hyunjin Kim** (Lead)`.
    "Investigator",
    "Investigators",
    "Host",
    "Hosts",
    "Presenter",
    "Presenters",
    "Speaker",
    "Speakers",
    "Instructor",
    "Instructors",
    "Lecturer",
    "Organizer",
    "Organizers",
    "Moderator",
    "Advisor",
    "Supervisor",
    "Maintainer",
    "Maintainers",
    "Contributors",
];

pub(crate) fn is_hangul_syllable(ch: char) -> bool {
    ('가'..='힣').contains(&ch)
}

fn is_hangul(ch: char) -> bool {
    is_hangul_syllable(ch) || ('ㄱ'..='ㆎ').contains(&ch) || ('ᄀ'..='ᇿ').contains(&ch)
}

/// Korean family names, which nearly every Korean name opens with: the
/// common ones, with their initial-sound variants (`리`, `라`, `류`) and
/// the two-syllable ones (`남궁`, `제갈`).
const FAMILY_NAMES: &str = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반라왕금옥육인맹제모탁국어은편용예경봉사부가복태목형계피두감음빈동온호범좌팽승간상갈단견당화창옹순빙종뇌로리림랑량롱곡묵시개요야";
const TWO_SYLLABLE_FAMILY_NAMES: &[&str] = &[
    "남궁", "제갈", "선우", "황보", "독고", "사공", "서문", "동방", "어금", "망절",
];

/// Whether a Korean name opens with a family name, as a person's does
/// (`김정헌`, `남궁민`); `분류손실` and `회귀손실`, a section's words before
/// a colon, do not.
pub(crate) fn has_family_name(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|first| FAMILY_NAMES.contains(first))
        || TWO_SYLLABLE_FAMILY_NAMES
            .iter()
            .any(|family| name.starts_with(family) && name.len() > family.len())
}

/// The byte length of a Korean name of 2–4 syllables at the start of `text`.
fn hangul_name_len(text: &str) -> Option<usize> {
    let mut count = 0;
    let mut len = 0;
    for ch in text.chars() {
        if !is_hangul_syllable(ch) {
            if is_hangul(ch) || ch.is_alphanumeric() {
                return None;
            }
            break;
        }
        count += 1;
        len += ch.len_utf8();
    }
    (2..=4).contains(&count).then_some(len)
}

/// The byte length of a `First Last` (or `First Middle Last`) Latin name.
fn latin_name_len(text: &str) -> Option<usize> {
    let mut len = 0;
    let mut words = 0;
    let mut rest = text;
    let mut last = "";
    loop {
        let mut chars = rest.char_indices();
        let (_, first) = chars.next()?;
        if !first.is_ascii_uppercase() {
            break;
        }
        let word_len = rest
            .char_indices()
            .find(|&(_, ch)| !(ch.is_alphabetic() || matches!(ch, '\'' | '’' | '-' | '.')))
            .map_or(rest.len(), |(i, _)| i);
        let word = &rest[..word_len];
        if words == 0 && NOT_FIRST_NAMES.contains(&word) {
            return None;
        }
        // `I. Problem Definition`, `Moreno-Noguer. D-nerf`: a numeral or a
        // sentence end, not a name. A middle initial (`John F. Kennedy`) is.
        if let Some(stem) = word.strip_suffix('.')
            && (words == 0 || stem.chars().count() > 1)
        {
            return None;
        }
        if words == 0 && word.chars().count() < 2 {
            return None;
        }
        // `GraphCodeBERT`, `CoLV`, `R-CNN`: a model name, not a person
        // (`Jean-Pierre` and `O'Brien` are people).
        if !word.contains(['\'', '’'])
            && word
                .split('-')
                .any(|part| part.chars().skip(1).any(|ch| ch.is_uppercase()))
        {
            return None;
        }
        words += 1;
        len += word_len;
        last = word;
        rest = &rest[word_len..];
        if NOT_LAST_NAMES.contains(&word) {
            return None;
        }
        if words == 3
            || !rest.starts_with(' ')
            || !rest[1..].starts_with(|ch: char| ch.is_ascii_uppercase())
        {
            break;
        }
        len += 1;
        rest = &rest[1..];
    }
    // `Case A：正向冷启动助推`, `Option B: …`: a case's letter ends no
    // one's name.
    if last.chars().count() < 2 {
        return None;
    }
    (2..=3).contains(&words).then_some(len)
}

/// Whether a would-be title reads as Korean prose rather than a title: it
/// ends a Korean sentence, or holds one. Or Chinese or Japanese prose, a
/// sentence closed by `。` (`Multi-Size Training：用图中尺寸的输入来对模型进行训练，
/// …，可以在一个网络中进行训练。`, a term explained).
fn looks_like_prose(title: &str) -> bool {
    let mut previous: Option<char> = None;
    let mut chars = title.chars().peekable();
    while let Some(ch) = chars.next() {
        if matches!(ch, '.' | '!' | '?' | '。')
            && previous.is_some_and(|before| {
                is_hangul(before)
                    || ch == '。' && (crate::title::is_han(before) || crate::title::is_kana(before))
            })
            && chars.peek().is_none_or(|next| next.is_whitespace())
        {
            return true;
        }
        previous = Some(ch);
    }
    false
}

/// Reads a header at the start of `text` (which ends at the end of its line).
pub(crate) fn header_at(
    text: &str,
    position: Position,
    vocabulary: &Vocabulary,
) -> Option<HeaderParts> {
    let name_len = hangul_name_len(text).or_else(|| {
        // A Latin name in the middle of a paragraph is too easily a phrase.
        (position == Position::LineStart)
            .then(|| latin_name_len(text))
            .flatten()
    })?;
    let name = &text[..name_len];
    // The separator first: it rules out most candidates (every sentence of
    // a paragraph is one), and the vocabulary checks below are the costly
    // part (profiled on the seed).
    let after_name = &text[name_len..];
    let spaces = after_name.len() - after_name.trim_start_matches(' ').len();
    if spaces > 2 {
        return None;
    }
    let separator_start = name_len + spaces;
    let separator = text[separator_start..].chars().next()?;
    if !matches!(separator, ':' | '：' | ',' | '，') {
        return None;
    }
    // `Zotero Link:: [Zotero](zotero://…)`: a field of Obsidian's Dataview,
    // its key and value; no one wrote a review there.
    if separator == ':' && text[separator_start + 1..].starts_with(':') {
        return None;
    }
    if NOT_NAMES.contains(&name)
        || vocabulary.alias_at(text).is_some()
        || vocabulary.is_alias(name)
        // `I. Problem Definition`, `Key Idea`, `도입`: a section word.
        || name.split_whitespace().any(|word| {
            NOT_FIRST_NAMES.contains(&word) || vocabulary.kind_of_phrase(word).is_some()
        })
    {
        return None;
    }
    let separator_end = separator_start + separator.len_utf8();
    let rest = &text[separator_end..];
    let title_start = separator_end + (rest.len() - rest.trim_start().len());
    let title_end = separator_end + rest.trim_end().len();
    let title = &text[title_start..title_end.max(title_start)];
    let comma = matches!(separator, ',' | '，');
    // `Jeff Johnson, Matthijs Douze, Hervé Jégou`: the paper's authors.
    if comma {
        let title_parts = title
            .split([',', '，'])
            .filter(|p| !p.trim().is_empty())
            .count();
        let latin_name = !name.chars().any(is_hangul);
        let title_is_names = crate::note::looks_like_author_list(text)
            && (title_parts >= 2 || title.contains(" and ") || latin_name);
        // `Weinan Zhang, Tianming Du, and Jun Wang. Deep learning over
        // multi-field categorical data …`: a citation, its authors up to
        // the first full stop.
        let cites_authors = text
            .split_once(". ")
            .is_some_and(|(authors, _)| crate::note::looks_like_author_list(authors));
        if title_is_names || cites_authors {
            return None;
        }
    }
    // `Project Page: https://…`: a link is where a paper is, never its
    // title.
    let lower_title = title.get(..8).unwrap_or(title).to_ascii_lowercase();
    if ["http://", "https://", "www."]
        .iter()
        .any(|scheme| lower_title.starts_with(scheme))
    {
        return None;
    }
    match position {
        Position::LineStart => {
            if title.chars().count() > 300 || looks_like_prose(title) {
                return None;
            }
            // `이고, 이 때 lower bound는`: a Korean clause after a comma. Every
            // title real notes put after `Name,` starts with a Latin letter,
            // a digit or a quote.
            // `참조, (Cho et al., 2014)`: a citation, not a title either.
            if comma
                && title.chars().next().is_some_and(|ch| {
                    is_hangul(ch) || !(ch.is_alphanumeric() || "\"'“‘`".contains(ch))
                })
            {
                return None;
            }
        }
        Position::MidLine => {
            let starts_like_a_title = title
                .chars()
                .next()
                .is_some_and(|ch| ch.is_ascii_alphanumeric());
            if !starts_like_a_title || title.chars().any(is_hangul) || title.chars().count() > 300 {
                return None;
            }
        }
    }
    Some(HeaderParts {
        name: (0, name_len),
        separator: (separator_start, separator_end),
        title: (title_start, title_end.max(title_start)),
    })
}

/// A header whose name is set in bold, as a shared file marks who wrote
/// each review: `**Carol Lee**: Title`, `**Carol Lee:** Title`, `__김민수__,
/// Title`. The parts are relative to `text`, the asterisks outside them.
pub(crate) fn bold_header_at(text: &str, vocabulary: &Vocabulary) -> Option<HeaderParts> {
    let marker = ["**", "__"]
        .into_iter()
        .find(|marker| text.starts_with(marker))?;
    let inner_len = text[2..].find(marker)?;
    let inner = &text[2..2 + inner_len];
    let after = &text[2 + inner_len + 2..];
    // The name alone in bold, or the name and its separator; never a
    // title in bold after it (`**Method**: …` is a label, ruled out below
    // like any other).
    if inner.trim().is_empty() || inner.trim_end() != inner {
        return None;
    }
    // No name opens the bold (`**Method**`, `**Key Idea**:` is checked
    // below): nothing to copy. Most bold text in notes stops here.
    hangul_name_len(inner).or_else(|| latin_name_len(inner))?;
    let candidate = format!("{inner}{after}");
    let parts = header_at(&candidate, Position::LineStart, vocabulary)?;
    // The name must be all that the bold holds, with its separator or not.
    let bold_end = if parts.separator.1 <= inner_len {
        parts.separator.1
    } else {
        parts.name.1
    };
    // A title follows, in words (`**Robust Point Sampling** : </br>` is
    // a label over a part).
    let title = &candidate[parts.title.0..parts.title.1];
    if bold_end != inner_len
        || parts.title.0 < inner_len
        || !title
            .chars()
            .next()
            .is_some_and(|ch| ch.is_alphanumeric() || "\"'“‘`[".contains(ch))
    {
        return None;
    }
    // Past the bold's end, its two markers on each side; at it, a range
    // that starts there starts after the closing marker.
    let shift = |(start, end): (usize, usize)| {
        let start = if start < inner_len {
            start + 2
        } else {
            start + 4
        };
        let end = if end <= inner_len { end + 2 } else { end + 4 };
        (start, end.max(start))
    };
    Some(HeaderParts {
        name: shift(parts.name),
        separator: shift(parts.separator),
        title: shift(parts.title),
    })
}

/// Where the title starts in a line being typed (`line` ends at the
/// cursor), when the line is where a title goes: after `Reviewer<sep>` and
/// its spaces (behind an optional heading marker), after `title:` in front
/// matter, after a title field of a single-review note (`Title:`, `- **제목**:
/// `, `Paper:`), or in a note's level-1 heading (`# `). `None` elsewhere, so
/// completion offers titles only where a title goes.
pub fn title_start(line: &str, vocabulary: &Vocabulary) -> Option<usize> {
    if let Some(rest) = line.strip_prefix("title:") {
        return Some(line.len() - rest.trim_start().len());
    }
    if let Some(start) = crate::note::title_field_start(line) {
        return Some(start);
    }
    let indent = line.len() - line.trim_start_matches(' ').len();
    let mut start = indent;
    let hashes = line[start..].bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && line[start + hashes..].starts_with(' ') {
        start += hashes;
        start += line[start..].len() - line[start..].trim_start().len();
    }
    let Some(parts) = header_at(&line[start..], Position::LineStart, vocabulary) else {
        // A note's own title heading: `# Swin Tr`.
        return (indent == 0 && hashes == 1 && start > 1).then_some(start);
    };
    // Spaces typed after the separator belong before the title.
    let after_separator = start + parts.separator.1;
    Some(
        after_separator
            + (line[after_separator..].len() - line[after_separator..].trim_start().len()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, position: Position) -> Option<(&str, &str)> {
        let found = header_at(text, position, &Vocabulary::default())?;
        Some((
            &text[found.name.0..found.name.1],
            &text[found.title.0..found.title.1],
        ))
    }

    #[test]
    fn every_separator_of_the_seed() {
        let line = Position::LineStart;
        assert_eq!(
            parts("강봉균: local plasticity rules", line),
            Some(("강봉균", "local plasticity rules"))
        );
        assert_eq!(
            parts("안진형,TENT: Fully Test-Time", line),
            Some(("안진형", "TENT: Fully Test-Time"))
        );
        assert_eq!(
            parts("정만수 :SeFa - Closed-Form", line),
            Some(("정만수", "SeFa - Closed-Form"))
        );
        assert_eq!(
            parts("박재현, image Deraining : Task", line),
            Some(("박재현", "image Deraining : Task"))
        );
        assert_eq!(
            parts("John Smith: Attention Is All You Need", line),
            Some(("John Smith", "Attention Is All You Need"))
        );
        assert_eq!(parts("홍길동:", line), Some(("홍길동", "")));
    }

    #[test]
    fn labels_openers_and_prose_are_not_headers() {
        let line = Position::LineStart;
        assert_eq!(parts("목적: 이 논문의 목적은", line), None);
        assert_eq!(parts("실험 결과: 좋음", line), None);
        assert_eq!(parts("특히, ViT 는", line), None);
        assert_eq!(parts("따라서, 이 방법은 좋다.", line), None);
        assert_eq!(parts("결론적으로, 좋다", line), None);
        assert_eq!(parts("Key Idea: the paper", line), None);
        assert_eq!(parts("GraphCodeBERT Model: x", line), None);
        assert_eq!(parts("Method: Local instance", line), None);
        // Metadata lines of a note: a link is no title, a date field no
        // reviewer.
        assert_eq!(
            parts("Project Page: https://example.github.io/TeaCache", line),
            None
        );
        assert_eq!(
            parts("Jane Park: https://arxiv.org/abs/2411.19108", line),
            None
        );
        assert_eq!(
            parts("발표일: arXiv:2411.19108v2, 2025년 3월 18일", line),
            None
        );
        assert_eq!(parts("작성일: 2024-05-01", line), None);
        // A template's labels that end in a label's word, never a name's.
        assert_eq!(
            parts(
                "Learning Resources: A bulleted list of links to external learning resources",
                line
            ),
            None
        );
        assert_eq!(
            parts("Related Papers: Attention Is All You Need", line),
            None
        );
        // A role is no reviewer: a course page's staff.
        assert_eq!(
            parts(
                "Principal Investigator: [Minhyuk Sung](https://mhsung.github.io/) (mhsung@kaist.ac.kr)",
                line
            ),
            None
        );
        assert_eq!(
            parts(
                "Session Host: **Hyunjin Kim** (Lead), **Eunji Hong** (Support)",
                line
            ),
            None
        );
        assert_eq!(parts("Paper Presenter: Deep Residual Learning", line), None);
        // A name of two or three words is still one.
        assert_eq!(
            parts("Jane Park: Attention Is All You Need", line),
            Some(("Jane Park", "Attention Is All You Need"))
        );
    }

    #[test]
    fn title_positions_while_typing() {
        let vocabulary = Vocabulary::default();
        fn start<'a>(line: &'a str, vocabulary: &Vocabulary) -> Option<&'a str> {
            title_start(line, vocabulary).map(|at| &line[at..])
        }
        let start = |line| start(line, &vocabulary);
        assert_eq!(start("홍길동: Decision Tr"), Some("Decision Tr"));
        assert_eq!(start("## 홍길동, "), Some(""));
        assert_eq!(start("title: Swin"), Some("Swin"));
        assert_eq!(start("- 목적: 번역"), None);
        assert_eq!(start("목적: Decision"), None);
        assert_eq!(start("# Swin Tr"), Some("Swin Tr"));
        assert_eq!(start("* **Title**: Swin"), Some("Swin"));
        assert_eq!(start("- **제목:** 스윈"), Some("스윈"));
        assert_eq!(start("Paper: "), Some(""));
        assert_eq!(start("## Swin Tr"), None);
        assert_eq!(start("#Swin"), None);
    }

    #[test]
    fn mid_line_headers_need_a_latin_title() {
        let mid = Position::MidLine;
        assert_eq!(
            parts("송우혁, SimPLE: Similar Pseudo Label Exploitation", mid),
            Some(("송우혁", "SimPLE: Similar Pseudo Label Exploitation"))
        );
        assert_eq!(parts("실험: ZINC 데이터를 이용하여", mid), None);
        assert_eq!(parts("연구자들, 이 방법", mid), None);
        assert_eq!(parts("John Smith: Title", mid), None);
    }
}
