//! Single-review notes: one paper per file, the way most people and labs
//! keep them (DESIGN.md §1b).
//!
//! Such a note names its paper in front matter, in a field near the top
//! (`* **Title**: …`, `제목: …`), in its first heading that is not a section
//! (`# [Title](url)`, `## [논문][2021] Title (ICLR 2021)`), or only in its
//! folder's or its own file name; its sections are the headings, bold labels
//! and list labels of a personal template (`## 2. Method`, `- **Problem**: …`,
//! `* How`). This module reads all of that, and decides whether the file is a
//! review note at all: a README, a changelog or a study note gets no review.
//!
//! Nothing here guesses from one corpus: every rule is a shape (a field, a
//! numbered heading, a list of papers, a placeholder title) that real notes
//! share, and each is named in the README's "Single-review notes" section.

use std::collections::HashSet;
use std::sync::OnceLock;

use unicode_width::UnicodeWidthStr;

use crate::parser::{FrontMatter, LineKind, bullet_len};
use crate::text::{Line, TextRange};
use crate::title::is_han;
use crate::vocabulary::{OTHER_SECTIONS, SOFTWARE_SECTIONS, Vocabulary, fold, phrase_eq};
use crate::{
    Entry, Header, HeaderOrigin, Placement, Reviewer, Section, SectionKind, Title, TitleKey,
    TitleSource,
};

/// What the caller knows of the file's path: the syntax layer does no IO.
#[derive(Clone, Copy, Debug, Default)]
pub struct NotePath<'a> {
    /// The file name without its extension (`paper`, `13_Attention is all
    /// you need`).
    pub stem: &'a str,
    /// The name of the folder holding the file, if any.
    pub folder: Option<&'a str>,
    /// Whether the folder's name is the note's name: the file is the
    /// folder's `README.md` or `index.md`, or its only note.
    pub named_by_folder: bool,
    /// Whether some folder on the path, or the file name, says the notes are
    /// paper notes (`paper-notes/`, `Paper_Review/`, `논문/`, `reviews/`).
    pub paper_folder: bool,
    /// Whether the file's own folder says so, and the file is a note in it
    /// (not its `README.md` or `index.md`): `paper-notes/double_dqn.md`.
    pub in_paper_folder: bool,
    /// Whether some folder on the path is a venue and a year (`ISCA-2019/`,
    /// `CVPR 2021/`): notes filed by where their papers appeared.
    pub venue_folder: bool,
    /// Whether some folder on the path is named by a paper's citation key,
    /// its first author and year (`1997-necula/`, `davidson-2003/`,
    /// `kung1981optimistic/`): the notes on that paper.
    pub cited_folder: bool,
    /// Whether the file's own folder says it holds the writer's own work
    /// rather than notes on papers (`experiments/`, `projects/`,
    /// `assignments/`, `과제/`): such a file is not a review unless its front
    /// matter names a reviewer.
    pub own_work_folder: bool,
    /// Whether the file is named by its paper's citation key: as a
    /// reference manager names a literature note (`@pavllo3DHumanPose2019`),
    /// or its authors' surnames and the year (`kingma_ba_2015`,
    /// `vaswani_et_al_2017`, `aldeia2025`).
    pub cited_name: bool,
    /// Whether some folder on the path keeps a note's pictures (`images/`,
    /// `assets/`, `figures/`): a file there is no note begun.
    pub asset_folder: bool,
}

impl<'a> NotePath<'a> {
    /// Whether the file is its folder's `README.md` or `index.md`, or one
    /// translated: `README.zh.md`, `README_ko.md`, `index.zh-CN.md`.
    fn is_readme_or_index(&self) -> bool {
        ["readme", "index"]
            .iter()
            .any(|name| untranslated(self.stem).eq_ignore_ascii_case(name))
    }

    /// Whether the file is the `README.md` or `index.md` of a folder named
    /// for paper notes (`paper_notes/README.md`, `논문리뷰/index.md`): the
    /// collection's front page, which says what the folder holds rather
    /// than being one of its notes.
    fn fronts_paper_notes(&self) -> bool {
        self.is_readme_or_index() && self.folder.is_some_and(names_paper_notes)
    }

    /// The path facts of a file's path (absolute, or relative to wherever
    /// the check started), with `/` or `\\` separators. Every folder on the
    /// path counts for `paper_folder`, so that the answer does not depend on
    /// the folder `--check` was started in. Whether the file is the only
    /// note of its folder is the caller's to say.
    pub fn from_path(path: &'a str, only_note_in_folder: bool) -> NotePath<'a> {
        let mut parts: Vec<&str> = path.split(['/', '\\']).filter(|p| !p.is_empty()).collect();
        let file = parts.pop().unwrap_or("");
        // `realtimevla/v1/paper.md`: a folder for a version of the note
        // names no paper; the folder it is in does.
        while parts.last().is_some_and(|part| names_a_version(part)) {
            parts.pop();
        }
        let stem = file
            .rsplit_once('.')
            .map_or(file, |(stem, _)| if stem.is_empty() { file } else { stem });
        let folder = parts.last().copied();
        let generic_stem = [
            "readme", "index", "note", "notes", "paper", "summary", "review",
        ]
        .iter()
        .any(|name| untranslated(stem).eq_ignore_ascii_case(name))
            || names_parts_of_a_paper(stem);
        NotePath {
            stem,
            folder,
            // (Nor is one named for its model, `LoRA.md`, in a folder of a
            // topic, `SFT微调/`, rather than of the paper's title.)
            named_by_folder: folder.is_some()
                && (generic_stem
                    || (only_note_in_folder
                        // (A note named by its paper's citation key,
                        // `Aldeia2025.md`, is named so itself.)
                        && !names_a_citation_key(&stem.to_ascii_lowercase())
                        && (folder.is_some_and(files_one_paper)
                            // `ACMR/ACMR-bokun_wang.md`: the folder's name,
                            // then who wrote the paper.
                            || folder.is_some_and(|folder| extends_name(stem, folder))
                            || !names_a_title(stem)
                                && (!names_a_model(stem) || folder.is_some_and(names_a_title))))),
            paper_folder: parts
                .iter()
                .chain([&stem])
                .any(|part| names_paper_notes(part)),
            in_paper_folder: !generic_stem
                && folder.is_some_and(|folder| {
                    names_papers(folder)
                        // `paper_notes/_site/notes/`, `paper-reading/_posts/`:
                        // the notes' own folder inside a repository of them.
                        || (names_a_container(folder)
                            && parts[..parts.len() - 1].iter().any(|part| names_papers(part)))
                }),
            venue_folder: parts
                .iter()
                .any(|part| crate::title::names_venue_and_year(part)),
            cited_folder: parts.iter().any(|part| names_a_citation_key(part)),
            cited_name: names_a_cited_file(stem),
            // (Nor is a file there named as paper notes, `LDM_paper_study.md`
            // in `ai_projects/`; a bare `paper.md` may be the writer's own.)
            // (Nor a project's folder inside a folder of paper notes,
            // `read-papers/SDMap_project/`: the papers read for it.)
            own_work_folder: folder
                .is_some_and(|folder| names_own_work(folder) && !names_paper_notes(folder))
                && (generic_stem || !names_paper_notes(stem))
                && !parts[..parts.len().saturating_sub(1)]
                    .iter()
                    .any(|part| names_paper_notes(part)),
            asset_folder: parts.iter().any(|part| {
                [
                    "images",
                    "image",
                    "img",
                    "imgs",
                    "assets",
                    "figures",
                    "figs",
                    "attachments",
                ]
                .iter()
                .any(|name| part.eq_ignore_ascii_case(name))
            }),
        }
    }
}

/// A course's code for a lecture or a week, `L02c`, `W3`, `S12`: one or two
/// letters, one to three digits, perhaps a letter.
fn names_a_session_code(code: &str) -> bool {
    let letters = code.bytes().take_while(u8::is_ascii_alphabetic).count();
    let digits = code[letters..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    let rest = &code[letters + digits..];
    (1..=2).contains(&letters)
        && (1..=3).contains(&digits)
        && (rest.is_empty() || rest.len() == 1 && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A version's name, `v1`, `v2.1`, `V3`: what a folder holding one draft of
/// a note is named.
fn names_a_version(name: &str) -> bool {
    name.strip_prefix(['v', 'V']).is_some_and(|number| {
        number.starts_with(|ch: char| ch.is_ascii_digit())
            && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    })
}

/// A file named by the paper's parts it holds, two or more, perhaps
/// numbered (`0-Abstract-1-Intro`, `abstract_and_introduction`): its
/// folder names the paper.
fn names_parts_of_a_paper(stem: &str) -> bool {
    const PARTS: &[&str] = &[
        "abstract",
        "intro",
        "introduction",
        "background",
        "method",
        "methods",
        "experiments",
        "results",
        "discussion",
        "conclusion",
    ];
    let mut parts = 0;
    for word in stem.split(|ch: char| !ch.is_alphanumeric()) {
        if PARTS.iter().any(|part| word.eq_ignore_ascii_case(part)) {
            parts += 1;
        } else if !(word.is_empty()
            || word.bytes().all(|b| b.is_ascii_digit())
            || word.eq_ignore_ascii_case("and"))
        {
            return false;
        }
    }
    parts >= 2
}

/// A paper's citation key as a folder is named by it: a surname and a
/// year, either way round (`1997-necula`, `davidson-2003`), or run
/// together with perhaps a word of the title (`kung1981optimistic`); not a
/// season's, a week's or a course's (`spring-2024`, `week2023`).
fn names_a_citation_key(name: &str) -> bool {
    const NOT_NAMES: &[&str] = &[
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "week",
        "day",
        "year",
        "term",
        "semester",
        "session",
        "seminar",
        "class",
        "course",
        "lecture",
        "lab",
        "project",
        "homework",
        "hw",
        "exam",
        "notes",
        "note",
        "paper",
        "papers",
        "review",
        "reviews",
        "reading",
        "readings",
        "blog",
        "post",
        "posts",
        "archive",
        "report",
        "study",
        "survey",
        "talk",
        "talks",
        "workshop",
        "meeting",
        "summary",
        "summaries",
    ];
    let surname = |word: &str| {
        word.len() >= 3
            && word.bytes().all(|b| b.is_ascii_lowercase())
            && !NOT_NAMES.contains(&word)
            && !MONTHS.contains(&word)
            && !crate::title::is_venue_word(word)
    };
    let year = |word: &str| word.len() == 4 && crate::title::parse_year(word).is_some();
    match name.split_once(['-', '_']) {
        Some((first, second)) => {
            (surname(first) && year(second)) || (year(first) && surname(second))
        }
        None => name.find(|ch: char| ch.is_ascii_digit()).is_some_and(|at| {
            surname(&name[..at])
                && name.get(at..at + 4).is_some_and(year)
                && name[at + 4..].bytes().all(|b| b.is_ascii_lowercase())
        }),
    }
}

/// Whether a file's name is its paper's citation key (see
/// [`NotePath::cited_name`]): `@` and a key with the year in it, as
/// Zotero's and Obsidian's literature notes are named; or surnames and the
/// year (`kingma_ba_2015`, `he-et-al-2016`, `aldeia2025`).
fn names_a_cited_file(stem: &str) -> bool {
    if let Some(key) = stem.strip_prefix('@') {
        return key.len() >= 6
            && key.starts_with(|ch: char| ch.is_ascii_alphabetic())
            && key
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '_' | '-' | ':' | '.'))
            && key
                .split(|ch: char| !ch.is_ascii_digit())
                .any(|run| crate::title::parse_year(run).is_some());
    }
    let lower = stem.to_ascii_lowercase();
    if names_a_citation_key(&lower) {
        return true;
    }
    let words: Vec<&str> = lower.split(['_', '-']).collect();
    let Some((year, names)) = words.split_last() else {
        return false;
    };
    // (Not `meeting_notes_2021` nor `cvpr_2021`: the first is a surname.)
    year.len() == 4
        && crate::title::parse_year(year).is_some()
        && (2..=5).contains(&names.len())
        && (names_a_citation_key(&format!("{}{year}", names[0]))
            // (A surname of two letters before `et al`: `he_et_al_2016`.)
            || names[0].len() == 2
                && names[0].bytes().all(|b| b.is_ascii_lowercase())
                && names[1..] == ["et", "al"])
        && names[1..]
            .iter()
            .all(|word| word.len() >= 2 && word.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A README's or index's name without the language it is translated to:
/// `README` for `README.zh`, `README_ko`, `index.zh-CN`.
fn untranslated(stem: &str) -> &str {
    ["readme", "index"]
        .iter()
        .find_map(|name| {
            let head = stem.get(..name.len())?;
            (head.eq_ignore_ascii_case(name)
                && stem[name.len()..]
                    .strip_prefix(['.', '_', '-'])
                    .is_some_and(names_a_locale))
            .then_some(head)
        })
        .unwrap_or(stem)
}

/// A language tag as translations are named by: `zh`, `ko`, `en`, `zh-CN`,
/// `pt_BR`.
fn names_a_locale(tag: &str) -> bool {
    let (language, region) = tag.split_once(['-', '_']).unwrap_or((tag, ""));
    language.len() == 2
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && (region.is_empty()
            || ((2..=4).contains(&region.len()) && region.bytes().all(|b| b.is_ascii_alphabetic())))
}

/// Whether a title spans a model's versions, one paper each: `from v1 to
/// v3`, `v1-v3`, `YOLOv1~v5`.
fn spans_versions(lower: &str) -> bool {
    let version_at = |word: &str| {
        word.rfind('v').is_some_and(|at| {
            let digits = &word[at + 1..];
            !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
        })
    };
    let words: Vec<&str> = lower.split_whitespace().collect();
    words
        .windows(3)
        .any(|w| version_at(w[0]) && w[1] == "to" && version_at(w[2]))
        || words.iter().any(|word| {
            word.split_once(['-', '~', '–'])
                .is_some_and(|(first, last)| version_at(first) && version_at(last))
        })
}

/// Whether a heading opens a week of a schedule: `1주차 (2021.09.06~09.10)`,
/// `Week 2`, `第3周`, `3회차`.
fn names_a_week(core: &str) -> bool {
    let lower = core.to_lowercase();
    let mut words = lower.split_whitespace();
    let first = words.next().unwrap_or("");
    let number = |word: &str| !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit());
    ["주차", "회차", "周"].iter().any(|unit| {
        first
            .strip_suffix(unit)
            .is_some_and(|n| number(n.trim_start_matches('第')))
    }) || (first == "week"
        && words
            .next()
            .is_some_and(|n| number(n.trim_end_matches(':'))))
}

/// Whether a name says it holds questions for a session: `Discussion
/// Questions`, `discussion_questions`, `Week 4 — Discussion Questions`.
fn asks_of_a_session(name: &str) -> bool {
    let lower = name.to_lowercase();
    let words: Vec<&str> = crate::text::words(&lower).collect();
    words
        .windows(2)
        .any(|pair| pair == ["discussion", "questions"] || pair == ["reading", "questions"])
}

/// Whether a file's name says it indexes notes: `论文index`, `paper-index`,
/// `notes_index`, `README-index` (not `index` alone, a page bundle's note,
/// nor `learned-index`, a paper's name).
fn names_an_index(stem: &str) -> bool {
    let lower = stem.to_lowercase();
    ["index", "索引", "目录"].iter().any(|word| {
        lower.strip_suffix(word).is_some_and(|rest| {
            let rest = rest.trim_end_matches(['-', '_', ' ', '.']);
            !rest.is_empty()
                && (names_paper_notes(rest)
                    || ["notes", "note", "reading", "readme", "笔记", "阅读"].contains(&rest))
        })
    })
}

/// Whether a title is one word naming a model: two capitals or more, or a
/// digit among letters (`PIFu`, `LASR`, `GPT-2`, `ResNet50`).
fn names_a_model(title: &str) -> bool {
    let title = title.trim();
    !title.contains(char::is_whitespace)
        && title.chars().count() >= 3
        && title.chars().any(char::is_alphabetic)
        && (title.chars().filter(|ch| ch.is_uppercase()).count() >= 2
            || title.chars().any(|ch| ch.is_ascii_digit()))
}

/// Whether a heading names the writer's own project: `Graduation
/// Project`, `Capstone Design`, `Term Project`, `졸업 프로젝트`, `캡스톤
/// 디자인`.
fn names_own_project(heading: &str) -> bool {
    let core = heading_core(heading).to_lowercase();
    let words: Vec<&str> = core.split_whitespace().collect();
    let english = words.len() == 2
        && ["graduation", "capstone", "final", "term", "course"].contains(&words[0])
        && ["project", "design"].contains(&words[1]);
    // `Reproducing CURL Project plan`: a plan for the writer's own work.
    let plan =
        words.len() >= 3 && matches!(words[words.len() - 2..], ["project", "plan" | "proposal"]);
    // `Design Log: Translate to Korean Feature`, `Design Doc: …`: a design
    // record of the writer's own software.
    let design_record = ["design log", "design doc", "design document"]
        .iter()
        .any(|record| {
            core.strip_prefix(record)
                .is_some_and(|rest| rest.starts_with([':', ' ']) && rest.len() > 2)
        });
    let korean = [
        "졸업 프로젝트",
        "졸업프로젝트",
        "졸업 작품",
        "졸업작품",
        "캡스톤 디자인",
        "캡스톤디자인",
    ]
    .contains(&core.as_str());
    english || plan || design_record || korean
}

/// Whether a folder's name says only that it holds notes or posts
/// (`notes`, `_posts`, `summaries`), not what they are about.
fn names_a_container(name: &str) -> bool {
    [
        "notes",
        "note",
        "posts",
        "_posts",
        "summaries",
        "summary",
        "reviews",
        "review",
    ]
    .iter()
    .any(|container| name.eq_ignore_ascii_case(container))
}

/// Whether a folder's name says it holds a site's or a repository's pages
/// (`docs/`, `content/`, `src/`, `wiki/`): it names no paper.
fn names_site_pages(name: &str) -> bool {
    [
        "docs", "doc", "content", "src", "site", "_site", "pages", "public", "blog", "wiki", "book",
    ]
    .iter()
    .any(|folder| name.eq_ignore_ascii_case(folder))
        // A GitHub Pages site's repository, `vguigue.github.io`.
        || name.to_ascii_lowercase().ends_with(".github.io")
}

/// Whether a file's name is its folder's and more after a separator:
/// `ACMR-bokun_wang` in `ACMR/`.
fn extends_name(stem: &str, folder: &str) -> bool {
    stem.len() > folder.len()
        && stem
            .get(..folder.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(folder))
        && stem[folder.len()..].starts_with(['-', '_', ' '])
}

/// Whether CJK words end with what the note is (`文献阅读笔记`, `论文精读`).
fn names_the_note_in_cjk(words: &str) -> bool {
    !words.is_empty()
        && ["笔记", "精读", "解读", "阅读", "总结", "翻译", "报告"]
            .iter()
            .any(|word| words.ends_with(word))
}

/// Whether a short name is a title's acronym: its capitals (or all its
/// letters, when it has no capitals or only capitals) are the initials of
/// the title's words in order, from the first (`DDPM` for `Denoising
/// Diffusion Probabilistic Models`, `LoRA` for `Low-Rank Adaptation of Large
/// Language Models`, `PSGN` for `Parallel Sequence Modeling via Generalized
/// Spatial Propagation Network`).
fn abbreviates(name: &str, title: &str) -> bool {
    if !name
        .chars()
        .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
    {
        return false;
    }
    let letters: Vec<char> = name.chars().filter(char::is_ascii_alphabetic).collect();
    let capitals: Vec<char> = letters
        .iter()
        .copied()
        .filter(char::is_ascii_uppercase)
        .collect();
    let wanted: Vec<char> = if capitals.len() >= 2 && capitals.len() < letters.len() {
        capitals
    } else {
        letters
    }
    .iter()
    .map(char::to_ascii_lowercase)
    .collect();
    if !(2..=8).contains(&wanted.len()) {
        return false;
    }
    // Not a name that spells the title's words out (`2023-07-12-Hallym-
    // Major-Fair` for `Hallym Major Fair`, a post's slug): its capitals are
    // those words' initials, and it abbreviates nothing.
    let mut name_words = name
        .split(|ch: char| !ch.is_ascii_alphabetic())
        .filter(|word| !word.is_empty());
    if name_words.clone().nth(1).is_some()
        && name_words.all(|word| {
            word.len() >= 3
                && title
                    .split(|ch: char| !ch.is_alphanumeric())
                    .any(|title_word| title_word.eq_ignore_ascii_case(word))
        })
    {
        return false;
    }
    let mut initials: Vec<char> = title
        .split(|ch: char| ch.is_whitespace() || ch == '-' || ch == ':')
        .filter_map(|word| word.chars().find(|ch| ch.is_alphanumeric()))
        .map(|ch| ch.to_ascii_lowercase())
        .collect();
    // (An article opening the title may be no part of its name: `SimCLR`
    // for `A Simple Framework for Contrastive Learning of Visual
    // Representations`.)
    if initials.first() != wanted.first()
        && ["A ", "An ", "The "]
            .iter()
            .any(|article| title.starts_with(article))
    {
        initials.remove(0);
    }
    if initials.len() < wanted.len().max(3) || initials.first() != wanted.first() {
        return false;
    }
    let mut rest = initials.iter();
    wanted.iter().all(|ch| rest.any(|initial| initial == ch))
}

/// Whether a post's title abridges a paper's: the same name and first
/// word, fewer words after (`R1-Searcher - Incentivizing the Search
/// Capability in LLMs via RL` for `R1-Searcher: Incentivizing the Search
/// Capability in LLMs via Reinforcement Learning`).
fn abridges(post: &str, whole: &str) -> bool {
    fn split(title: &str) -> Option<(&str, Vec<&str>)> {
        let (name, rest) = title.split_once(':').or_else(|| title.split_once(" - "))?;
        Some((name.trim(), rest.split_whitespace().collect()))
    }
    let (Some((name, rest)), Some((whole_name, whole_rest))) = (split(post), split(whole)) else {
        return false;
    };
    name.eq_ignore_ascii_case(whole_name)
        && rest
            .first()
            .zip(whole_rest.first())
            .is_some_and(|(first, whole_first)| first.eq_ignore_ascii_case(whole_first))
        && whole_rest.len() > rest.len()
}

/// Whether a one-word name is spelled, letter for letter and in any case,
/// by the initials of a title's first words: `Rog` by `REASONING ON
/// GRAPHS: …`, `gan` by `Generative Adversarial Nets`. Stricter than
/// [`abbreviates`], which skips words, so that it can trust a name written
/// in lower case.
fn spells_first_initials(name: &str, title: &str) -> bool {
    let letters: Vec<char> = name.chars().map(|ch| ch.to_ascii_lowercase()).collect();
    if !(3..=6).contains(&letters.len()) || !letters.iter().all(char::is_ascii_alphabetic) {
        return false;
    }
    let mut initials = title
        .split(|ch: char| ch.is_whitespace() || ch == '-' || ch == ':')
        .filter_map(|word| word.chars().next())
        .map(|ch| ch.to_ascii_lowercase());
    letters
        .iter()
        .all(|letter| initials.next() == Some(*letter))
}

/// A title read from a line of the text that is not a heading (a title
/// field, a citation block, a link line): where it was found.
fn field_title(title: Title, line: TextRange) -> (Title, TitleSource, HeaderOrigin, TextRange) {
    (title, TitleSource::Field, HeaderOrigin::Field, line)
}

/// A title read from a heading, on the heading's line.
fn heading_title(
    title: Title,
    heading: &NoteHeading,
    lines: &[Line],
) -> (Title, TitleSource, HeaderOrigin, TextRange) {
    (
        title,
        TitleSource::Heading,
        HeaderOrigin::Heading {
            level: heading.level,
        },
        lines[heading.line].range(),
    )
}

/// A title read from the front matter's `title:`, on its line.
fn front_matter_title(
    title: Title,
    line: TextRange,
) -> (Title, TitleSource, HeaderOrigin, TextRange) {
    (
        title,
        TitleSource::FrontMatter,
        HeaderOrigin::FrontMatter,
        line,
    )
}

/// The whole title a note spells out somewhere, standing where its short
/// name was found (`# CHESS`, `title: SiamMask`): the short name's range,
/// source and line.
fn in_place_of(
    (short, source, origin, line): (Title, TitleSource, HeaderOrigin, TextRange),
    whole: Title,
) -> (Title, TitleSource, HeaderOrigin, TextRange) {
    let range = short.range;
    (Title { range, ..whole }, source, origin, line)
}

/// A title read from a front-matter value other than `title:` (a
/// `description:`, a `paper_title:`): where it was found, its own range.
fn front_matter_value_title(title: Title) -> (Title, TitleSource, HeaderOrigin, TextRange) {
    let range = title.range;
    front_matter_title(title, range)
}

/// Whether words name a paper as English titles are written, not say
/// something: three to fifteen words, most long ones capitalised, no
/// sentence's end (`End-to-End Autonomous Driving via Sparse Scene
/// Representation`, not `My notes on a driving paper we read this week.`).
fn names_in_capitals(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let long_words = words.iter().filter(|word| word.len() >= 4);
    let capitalised = long_words
        .clone()
        .filter(|word| word.starts_with(|ch: char| ch.is_ascii_uppercase()))
        .count();
    // (Typeset quotes and dashes are English too: `Users’ Guides`.)
    (3..=15).contains(&words.len())
        && text
            .chars()
            .all(|ch| ch.is_ascii() || matches!(ch, '’' | '‘' | '“' | '”' | '–' | '—'))
        && !text.contains(['.', '!', '?'])
        && capitalised * 4 >= long_words.count() * 3
}

/// The title a post's `description:`, `subtitle:` or `excerpt:` reads as,
/// the first that reads as one.
fn described_title(text: &str, front_matter: &FrontMatter) -> Option<Title> {
    front_matter
        .fields
        .iter()
        .filter(|(key, _)| matches!(key.as_str(), "description" | "subtitle" | "excerpt"))
        .find_map(|(_, value)| title_from_value(text, *value))
}

/// Whether a file's name (its title key) names the paper of a long title:
/// the whole title, six words or more or with a colon; the short name
/// before the colon (`mixmatch` for `MixMatch: A Holistic Approach to
/// Semi-Supervised Learning`); or three of its first words or more, of a
/// title of six words or more (`torch-manual-seed` for `torch.manual
/// seed(3407) is all you need`).
fn named_after_the_paper(name: &TitleKey, title: &Title) -> bool {
    let long = title.text.split_whitespace().count() >= 6;
    let name = name.as_str();
    if name.is_empty() || !(long || title.text.contains(':')) {
        return false;
    }
    let key = title.key.as_str();
    // (`faster_rcnn_towards_…` for `Faster R-CNN: Towards …`: the words
    // may run together.)
    key == name
        || key
            .chars()
            .filter(|&ch| ch != ' ')
            .eq(name.chars().filter(|&ch| ch != ' '))
        || title
            .text
            .split_once([':', '：'])
            .is_some_and(|(short, _)| TitleKey::new(short).as_str() == name)
        || long
            && name.split(' ').count() >= 3
            && key
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether a name is a paper's short name: one word of 20 characters at
/// most (`SparseDrive`, `CoCoOp`, `ResNet`), no name and a headline set
/// off by a colon (`V-Net：3D医学图像分割的突破`, unspaced as Chinese is).
fn is_short_name(name: &str) -> bool {
    !name.is_empty()
        && !name.contains(char::is_whitespace)
        && !name.trim_end_matches([':', '：']).contains([':', '：'])
        && name.chars().count() <= 20
}

/// Whether a name is written as a title's key, its words maybe run
/// together (`Sentence-BERT` and `SentenceBERT`).
fn same_name(name: &str, key: &TitleKey) -> bool {
    let name = TitleKey::new(name);
    name == *key || name.as_str().replace(' ', "") == key.as_str().replace(' ', "")
}

/// One title written in two pieces, `first` before `second` in the text:
/// its range runs from the one to the other, and a venue or year either
/// gives is kept.
fn joined_title(first: &Title, separator: &str, second: &Title) -> Title {
    let text = format!("{}{separator}{}", first.text, second.text);
    Title {
        key: TitleKey::new(&text),
        text,
        range: TextRange::new(first.range.start, second.range.end),
        venue: second.venue.clone().or_else(|| first.venue.clone()),
        year: second.year.or(first.year),
    }
}

/// A site's page about its writer, not a note: `about.md`, `about-me.md`,
/// `contact.md`, `cv.md`.
fn names_a_personal_page(stem: &str) -> bool {
    // (Or a blog's first post, maybe dated: `2022-02-21-welcome`,
    // `hello-world`, `welcome-to-jekyll`, a theme's sample.)
    let post = iso_date_prefix(stem).unwrap_or(stem);
    [
        "about", "about-me", "about_me", "aboutme", "contact", "cv", "resume", "now",
    ]
    .iter()
    .any(|name| stem.eq_ignore_ascii_case(name))
        || [
            "welcome",
            "welcome-to-jekyll",
            "hello-world",
            "hello_world",
            "first-post",
            "first_post",
        ]
        .iter()
        .any(|name| post.eq_ignore_ascii_case(name))
}

/// Whether a file's name is one a repository keeps for itself, never a
/// note on a paper. `SUMMARY` only in capitals (GitBook's contents; a
/// folder's `summary.md` is its note).
fn names_a_repository_file(stem: &str) -> bool {
    stem == "SUMMARY"
        || [
            "changelog",
            "changes",
            "history",
            "contributing",
            "code_of_conduct",
            "code-of-conduct",
            "license",
            "licence",
            "copying",
            "notice",
            "security",
            "support",
            "authors",
            "maintainers",
            "codeowners",
            "claude",
            "agents",
            "gemini",
            "copilot-instructions",
            // A table of contents: `目录.md`, `目次.md`, `목차.md`.
            "目录",
            "目次",
            "목차",
        ]
        .iter()
        .any(|name| stem.eq_ignore_ascii_case(name))
}

/// Whether a title is written mostly in Hangul, Chinese characters or
/// kana, not in Latin letters.
fn written_in_cjk(title: &str) -> bool {
    let (cjk, letters) = cjk_and_letters(title);
    cjk * 2 > letters
}

/// How many of a text's characters are Chinese, Japanese or Korean, and
/// how many are letters of any script (those among them).
fn cjk_and_letters(text: &str) -> (usize, usize) {
    let cjk = text
        .chars()
        .filter(|&ch| crate::title::is_cjk_or_hangul(ch))
        .count();
    (cjk, text.chars().filter(|ch| ch.is_alphabetic()).count())
}

/// Where a post's text starts after its excerpt: the line after a blog's
/// `<!--more-->` between `from` and `to`, else `from` (`这里是 ResNet 的论文
/// …` / `<!--more-->` / `## Deep Residual Learning for Image Recognition`).
fn after_excerpt(text: &str, lines: &[Line], from: usize, to: usize) -> usize {
    (from..to)
        .rfind(|&index| {
            let content = lines[index].text(text).trim();
            content
                .strip_prefix("<!--")
                .and_then(|rest| rest.strip_suffix("-->"))
                .is_some_and(|inner| inner.trim().eq_ignore_ascii_case("more"))
        })
        .map_or(from, |marker| marker + 1)
}

/// Whether a file's name is a title of its own (`SOCK: Rapid Task
/// Provisioning with Serverless-Optimized Containers`): three words or
/// more, numbers aside. A folder's only note named so is not named by its
/// folder (`ATC/`).
/// So is a name that calls itself a review of something (`GPT-1 리뷰`,
/// `ResNet review`, `BERT 阅读笔记`).
fn names_a_title(stem: &str) -> bool {
    let words: Vec<&str> = stem
        .split(|ch: char| ch.is_whitespace() || ch == '_' || ch == '-')
        .filter(|word| !word.is_empty() && !word.chars().all(|ch| ch.is_ascii_digit()))
        .collect();
    words.len() >= 3
        || words.len() == 2
            && ["리뷰", "review", "笔记", "阅读笔记", "论文笔记"]
                .iter()
                .any(|word| words[1].eq_ignore_ascii_case(word))
}

/// Whether a folder's name files one paper by its year, venue and title:
/// `2019-TIP-Multistage GAN for fabric defect detection`, `CVPR2021_…`.
/// Its only note is that paper's, whatever the file is called
/// (`MutiStage_GAN_Detect.md`).
fn files_one_paper(name: &str) -> bool {
    use crate::title::{is_venue_word, parse_year, venue_with_year};
    let words: Vec<&str> = name
        .split(|ch: char| ch.is_whitespace() || ch == '_' || ch == '-')
        .filter(|word| !word.is_empty())
        .collect();
    let title_from = match words.as_slice() {
        [first, ..] if venue_with_year(first).is_some() => 1,
        [first, second, ..]
            if parse_year(first).is_some() && is_venue_word(second)
                || parse_year(second).is_some() && is_venue_word(first) =>
        {
            2
        }
        _ => return false,
    };
    words.len() >= title_from + 3
}

/// Whether a folder's name says it holds the writer's own work: a word
/// `experiments`, `projects`, `assignments`, `homework` or `exercises`
/// (singular or plural), or `실험` / `프로젝트` / `과제`. Only the file's own
/// folder counts: `~/projects/paper-notes/` is a notes folder. Nor is a
/// folder named with a paper's title (`thermal-regime-submarine-hv-cable-
/// experiment/`: five words or more) one of them.
fn names_own_work(name: &str) -> bool {
    if name
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .count()
        >= 5
    {
        return false;
    }
    let lower = name.to_lowercase();
    ["실험", "프로젝트", "과제"]
        .iter()
        .any(|word| lower.contains(word))
        || lower
            .split(|ch: char| !ch.is_alphanumeric())
            .map(|word| word.strip_suffix('s').unwrap_or(word))
            .any(|word| {
                matches!(
                    word,
                    "experiment" | "project" | "assignment" | "homework" | "exercise"
                )
            })
        // `proposal/`, `project-proposals/`: the writer's own plans (not
        // `region_proposal_networks/`, a paper's name).
        || lower
            .rsplit(|ch: char| !ch.is_alphanumeric())
            .next()
            .is_some_and(|last| matches!(last, "proposal" | "proposals"))
}

/// Whether a folder's or file's name says it holds paper notes: a word
/// `paper`, `papers` or `reviews` (`paper-notes`, `Paper_Review`,
/// `awesome-reviews`), or `논문` / `리뷰` / `论文` / `論文` anywhere. A lone `review` is not
/// enough: `review-ls` and `code-review` are not paper notes.
fn names_paper_notes(name: &str) -> bool {
    let lower = name.to_lowercase();
    lower.contains("논문")
        || lower.contains("리뷰")
        || lower.contains("论文")
        || lower.contains("論文")
        || camel_words(name).any(|word| {
            let word = word.to_lowercase();
            // `Fichamentos/`: Portuguese reading records, one per paper.
            // `lecturas/`, `leituras/`, `readings/`: a course's readings,
            // one response each (`lectura5-2.md`). `Literature-Notes/`,
            // `literature_notes/`: a researcher's notes on what they read.
            matches!(
                word.as_str(),
                "paper" | "papers" | "reviews" | "summaries" | "fichamento" | "fichamentos" | "literature"
            ) || matches!(
                word.trim_end_matches(|ch: char| ch.is_ascii_digit()),
                "lectura" | "lecturas" | "leitura" | "leituras" | "readings"
            )
                // Glued: `DRL_papernotes`, `paperreview`.
                || word
                    .strip_prefix("papers")
                    .or_else(|| word.strip_prefix("paper"))
                    .is_some_and(|rest| {
                        matches!(
                            rest,
                            "notes" | "note" | "review" | "reviews" | "reading" | "summary"
                                | "summaries" | "study"
                        )
                    })
        })
}

/// Whether a folder named for paper notes names one paper besides
/// (`Paper-BERT`, `Resnet_paper`), the paper titled `title`.
fn names_its_paper_too(folder: &str, title: &Title) -> bool {
    let rest: Vec<&str> = camel_words(folder)
        .filter(|word| {
            !(names_paper_notes(word)
                || ["review", "note", "notes", "study", "reading", "summary"]
                    .iter()
                    .any(|generic| word.eq_ignore_ascii_case(generic)))
        })
        .collect();
    let name = TitleKey::new(&rest.join(" "));
    !rest.is_empty()
        && (same_name(name.as_str(), &title.key) || named_after_the_paper(&name, title))
}

/// Whether a folder's name says `paper` or `papers` (`paper-notes`,
/// `Paper-Study`), `논문` or `论文`: narrower than [`names_paper_notes`],
/// whose `reviews` also names `awesome-reviews`, a repository with its
/// documentation beside the notes.
fn names_papers(name: &str) -> bool {
    name.contains("논문")
        || name.contains("论文")
        || camel_words(name).any(|word| matches!(word.to_lowercase().as_str(), "paper" | "papers"))
}

/// The words of a name, split at anything not alphanumeric and between a
/// lower-case letter and a capital (`PaperReview` → `Paper`, `Review`).
fn camel_words(name: &str) -> impl Iterator<Item = &str> {
    name.split(|ch: char| !ch.is_alphanumeric())
        .flat_map(|word| {
            let mut starts = vec![0];
            let chars: Vec<(usize, char)> = word.char_indices().collect();
            for pair in chars.windows(2) {
                if pair[0].1.is_lowercase() && pair[1].1.is_uppercase() {
                    starts.push(pair[1].0);
                }
            }
            starts.push(word.len());
            starts
                .windows(2)
                .map(|span| &word[span[0]..span[1]])
                .collect::<Vec<_>>()
        })
        .filter(|word| !word.is_empty())
}

/// Field names that give the paper's title near the top of a note.
const TITLE_FIELDS: &[&str] = &[
    "Title",
    // `**원제:** An Alternative Slicing Technique …` under a Korean heading.
    "원제",
    // `> **원문:** Non-invasive cancer detection in canine urine …`.
    "원문",
    // `> 논문 원본: [ImageNet Classification with …](…)` under `# AlexNet
    // Paper Review`: the original paper.
    "논문 원본",
    "원본 논문",
    "Paper",
    "Paper Title",
    "Research Paper",
    "Paper Name",
    "Full Title",
    "Full Paper Title",
    "Original Title",
    "Name of the paper",
    "Name of paper",
    "Name of the thesis",
    "Title of the paper",
    "Title of paper",
    // `Paper to review: **ImageNet Classification with …**` under a post
    // titled `Review of AlexNet`.
    "Paper to review",
    "Paper reviewed",
    "Reviewed paper",
    "제목",
    "논문",
    "논문 제목",
    "논문명",
    "논문 이름",
    "题目",
    "标题",
    "论文题目",
    "论文标题",
    "论文",
    // `**完整标题**: FinMem: … with Layered Memory and Character Design`
    // under the short one.
    "完整标题",
    "论文全称",
    // `**论文名称：Bootstrapped Representation Learning on Graphs**`;
    // `* 论文名：Training-Time-Friendly Network …` (as Japanese `論文名`).
    "论文名称",
    "论文名",
    // `> 原文标题：**DeepSeek-V4: …**` under a headline in Chinese.
    "原文标题",
    // `> 文章标题：[Very Deep Convolutional Networks …](…)` under `# VGGNet`:
    // the article's title.
    "文章标题",
    "文章题目",
    // Traditional Chinese: `- **標題**: Unlocking Dual Utility: 1D-CNN …`.
    "標題",
    "題目",
    "論文標題",
    "論文題目",
    "論文名稱",
    // `> **原文**: GPTQ: Accurate Post-Training Quantization …`.
    "原文",
    // `## 文章：VERY DEEP CONVOLUTIONAL NETWORKS …`: the article.
    "文章",
    "論文タイトル",
    "論文名",
    "タイトル",
    "論文",
    // Portuguese and Spanish: `Artigo de referência: [Machine learning for
    // …](…)`; a review's first line, `Resenha crítica: Não Há Bala de
    // Prata — … (Brooks, 1987)`.
    "Artigo",
    "Artigo de referência",
    "Artículo",
    "Resenha crítica",
    "Resenha",
    "Reseña crítica",
    "Reseña",
    // Spanish and Portuguese (`**Título:** …` in a fichamento), French,
    // German, Russian.
    "Título",
    "Titulo",
    "Titre",
    "Titel",
    "Название",
    // Indonesian and Malay: `**Judul:** Transcriptomic Analysis of …`.
    "Judul",
    "Judul Artikel",
    "Judul Jurnal",
    // `## Titre Article` over the title, a French reading sheet's.
    "Titre Article",
    "Titre de l'article",
    "Título del artículo",
    "Título do artigo",
];

/// Field names that give the note's author, the reviewer.
const REVIEWER_FIELDS: &[&str] = &[
    "Reviewer",
    // `**Autor:** Vicente Aguilera Yévenes` over a Spanish course's
    // reading, as `Author` is.
    "Autor",
    "Reviewed by",
    "Review by",
    "작성자",
    "리뷰어",
    "리뷰 작성자",
    "발표자",
    "Author",
];

/// Field names that describe a paper: a note that has them is about one.
const PAPER_FIELDS: &[&str] = &[
    "Authors",
    "Author",
    "Autor",
    "Autores",
    "Auteurs",
    "Autoren",
    "Авторы",
    "저자",
    "Venue",
    "발표",
    "학회",
    "Conference",
    "Journal",
    "Published",
    "Publication",
    "Published in",
    "Year",
    "arXiv",
    "Paper",
    "Paper Link",
    "Link",
    "Links",
    "논문 링크",
    "作者",
    "会议",
    "期刊",
    // `著者・所属`, `会議・論文誌`, `論文リンク`: a Japanese template's.
    "著者",
    "会議",
    "論文誌",
    "論文リンク",
    "论文链接",
    "链接",
    "代码",
    "Code",
    "Citation",
    "Reference",
    "출처",
    "Tags",
    "Keywords",
    "Date",
];

/// What a note calls itself before its paper's title: `Review: …`,
/// `논문 리뷰: …`, `Paper Summary: …`.
const TITLE_PREFIXES: &[&str] = &[
    "Paper Title",
    "Paper Name",
    "Title",
    "논문 제목",
    "논문명",
    "제목",
    // `Review of the Paper - SANet: …` (before `Review of`).
    "Review of the Paper",
    // `Review of: ROBUST CONVOLUTIONAL NEURAL NETWORKS …` (before `Review`,
    // which would leave `of:`).
    "Review of",
    "Review",
    // `Notes: Deep-Learning Approach to First-Principles Transport …`,
    // `Summary - Dynamo: Amazon's Highly Available Key value Store`.
    "Notes",
    "Note",
    "Summary",
    // `### 标题 BlazeFace: Sub-millisecond …` (Chinese for the title).
    "论文标题",
    "标题",
    "题目",
    "Paper Review",
    "Paper Summary",
    "Paper Notes",
    // `Notes on the paper called: <br> Auto Augment: …`.
    "Notes on the paper called",
    "Notes on the paper",
    // `Paper Reading Notes: Scaling Memcache At Facebook` (before `Paper
    // Reading`, which would leave `Notes:`).
    "Paper Reading Notes",
    "Paper Reading Note",
    // `Paper Reading - Spanner: …`, `Paper Report: …`.
    "Paper Reading",
    "Paper Report",
    // `Reading Notes — Title`, `Reading Report — Title` (a mark after it;
    // `Reading Notes on …` is read on its own).
    "Reading Notes",
    "Reading Report",
    // `Paper Presentation: Number of Attention Heads vs. …`, a course's.
    "Paper Presentation",
    // `CMPS 290S Reading Response: From Clarity to Efficiency …`,
    // `Response: 'CAP Twelve years later'`: a course's reading response.
    "Reading Response",
    "Response",
    // (And what a Portuguese, Spanish, French or Indonesian note calls itself:
    // `crate::title::LATIN_SCRIPT_NOTE_WORDS`.)
    // `📖 Critica: Context-Aware Recommender Systems`, a course's critique.
    "Critica",
    "Critique",
    // `Comment: Deep Learning based Recommender System: …`, `Resumo — A
    // autoridade que não se assina: …` (a summary, in Portuguese; `Resumen`
    // in Spanish).
    "Comment",
    "Resumo",
    "Resumen",
    "논문 리뷰",
    "논문리뷰",
    "논문 정리",
    "논문정리",
    "논문 요약",
    // `논문읽기 : Chan-Vese Algorithm` (a paper read).
    "논문 읽기",
    "논문읽기",
    "리뷰",
    "論文メモ",
    "論文紹介",
    // `論文読み: Flow Straight and Fast` (a paper read).
    "論文読み",
    "论文笔记",
    "论文阅读",
    "论文速读",
    // `论文研读：Fast Inference from Transformers …` (studied closely).
    "论文研读",
    "论文精读",
    "论文解读",
    // `论文阅读速记-Deep Learning With Data Enhancement …`: quick notes
    // on a paper read.
    "论文阅读速记",
    "阅读笔记",
    // `文献笔记：On a conjecture of Marton`: a literature note.
    "文献笔记",
    // `笔记-A Hybrid Approach to Multilingual Coreference Resolution`:
    // notes, alone.
    "笔记",
    "筆記",
    // `读后感 SuRF: …`: the reader's impressions.
    "读后感",
    "讀後感",
    "Reading Notes",
    "論文解説",
    "論文要約",
    "論文まとめ",
    "Paper",
    "논문",
    // `WIP: Graph Convolutional Networks for Text Classification`: the
    // note's own state, as it may follow the title (`(작성중)`).
    "WIP",
];

/// The title after what the paper is to the writer, in a few words and
/// `paper`, then a colon (`Sign language translation SOTA paper :  Neural
/// Sign Language Translation`); or after a series' name and what the note
/// is, then a colon or a spaced dash (`Deep Learning Papers Review —
/// Striving for Simplicity in …`), or what the note is in Chinese before a
/// full-width colon and the paper's name in Latin letters (`attention in
/// CV学习笔记：Attention is All you Need`). Not a title's own kind
/// (`Position Paper: …`), nor a made-up sample's (`Example Paper: …`).
fn after_papers_series(current: &str) -> Option<&str> {
    after_english_series(current).or_else(|| {
        // (Or a colon of the Latin keyboard and a space: `论文深度解读:
        // Word2Vec — Efficient Estimation of Word Representations …`.)
        let (head, tail) = current
            .split_once('：')
            .or_else(|| current.split_once(": "))?;
        let tail = tail.trim_start();
        (names_the_note_in_cjk(head.trim_end())
            && head.split_whitespace().count() <= 4
            && tail.starts_with(|ch: char| ch.is_ascii_alphanumeric())
            && !tail.chars().any(crate::title::is_cjk_or_hangul))
        .then_some(tail)
    })
}

/// [`after_papers_series`] in English: what the paper is, or the series,
/// ending in `paper` or `papers` and perhaps a note word.
fn after_english_series(current: &str) -> Option<&str> {
    let colon = current.split_once([':', '：']);
    let dash = crate::title::SPACED_DASHES
        .iter()
        .find_map(|dash| current.split_once(dash));
    [colon, dash]
        .into_iter()
        .flatten()
        .find_map(|(head, tail)| {
            let head = head.trim_end();
            let head = ["review", "reviews", "notes", "summary", "summaries"]
                .iter()
                .find_map(|word| {
                    crate::title::strip_suffix_ignore_case(head, word)
                        .filter(|before| before.ends_with(' '))
                })
                .unwrap_or(head);
            let what = [" paper", " papers"]
                .iter()
                .find_map(|word| crate::title::strip_suffix_ignore_case(head.trim_end(), word))?;
            let tail = tail.trim_start();
            ((2..=5).contains(&what.split_whitespace().count())
                && !["a position", "a white", "an example", "a sample"]
                    .iter()
                    .any(|kind| what.trim().eq_ignore_ascii_case(kind))
                && tail.split_whitespace().count() >= 2
                && tail.starts_with(char::is_alphanumeric))
            .then_some(tail)
        })
}

/// What follows a course's code opening a title: `CMPS 290S`, `CS262a`,
/// `EECS 582`, `CSE599`: two to five capitals, then two to four digits and
/// at most one letter, apart or not.
fn after_course_code(title: &str) -> Option<&str> {
    let letters = title.bytes().take_while(u8::is_ascii_uppercase).count();
    if !(2..=5).contains(&letters) {
        return None;
    }
    let rest = title[letters..]
        .strip_prefix(' ')
        .unwrap_or(&title[letters..]);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(2..=4).contains(&digits) {
        return None;
    }
    let rest = &rest[digits..];
    let rest = rest
        .strip_prefix(|ch: char| ch.is_ascii_alphabetic())
        .unwrap_or(rest);
    rest.strip_prefix(' ').map(str::trim_start)
}

/// A table of contents, in lower case as `names_contents` compares it:
/// `## Contents`, `# 목차`, `## 📖 Índice` opening a README. Generic titles
/// too.
const CONTENTS_TITLES: &[&str] = &[
    "contents",
    "table of contents",
    "목차",
    "index",
    "índice",
    "indice",
    "sumário",
    "目录",
    "目次",
    "inhalt",
    "inhaltsverzeichnis",
    "table des matières",
];

/// Headings and titles that name a note's kind, not its paper.
const GENERIC_TITLES: &[&str] = &[
    // A course's or lab's page for its sessions on papers.
    "Journal Club",
    "Reading Group",
    "Paper Club",
    // A template's parts, set as the first heading.
    "Challenges",
    // `# Meta Information` over the paper's fields, then `# Gaussian Error
    // Linear Units (GELUs)`.
    "Meta Information",
    "Metadata",
    "Paper Information",
    "Paper Info",
    "Terminology",
    "Requirements",
    // The paper's outline, listed first: `# Structure` over `- Intro`,
    // `- Related Work`.
    "Structure",
    "Outline",
    // (And a table of contents: `CONTENTS_TITLES`.)
    // A link's text standing for the paper: `Paper: [Click to view](…pdf)`.
    "Click to view",
    "Click here",
    "here",
    "Download",
    // `# 내용` (content) opening a folder's README: what follows, no name.
    "내용",
    "본문",
    "Content",
    // `# Review of` over `## ROBUST CONVOLUTIONAL NEURAL NETWORKS …`: the
    // words that lead into the title on the next heading.
    "Review of",
    "A Review of",
    "Notes on",
    "Summary of",
    // What a course hands in or teaches: `# Assignment` over `## ResNet`,
    // `## 강의 [Transformer]` over the lecture's notes.
    "Assignment",
    "Homework",
    "Lecture",
    "과제",
    "강의",
    "실습",
    "Paper",
    // `# Scientific paper` over the paper's APA citation.
    "Scientific Paper",
    "Original Paper",
    "Papers",
    "Paper Review",
    "Paper Reviews",
    "Paper Notes",
    "Paper Note",
    "Paper Review Notes",
    "Paper Reading Notes",
    "Reading Notes",
    "Research Notes",
    // `# Research Paper Note` over `| Research Paper | [ZeRO: …](…) |`.
    "Research Paper Note",
    "Research Paper Notes",
    "Review",
    "Reviews",
    // `# Critique` over a course's critique of a reading.
    "Critique",
    "Notes",
    "Note",
    // `title: notebook` over a miscellany (C++ habits, HOG and SIFT, a
    // proxy's setup): a notebook, no paper.
    "Notebook",
    "Summary",
    "Summaries",
    "Summary Notes",
    // `# MEMO` over a few points: what the file is, naming no paper.
    "Memo",
    "메모",
    "メモ",
    // `# Summarize` over what the paper does: a part, the title in the
    // file's name.
    "Summarize",
    "Summarise",
    "Paper Summary",
    "Paper Summaries",
    "Posts",
    "Paper Study",
    "Paper Studies",
    // The first of a reading template's five Cs (`## Category` over `##
    // Context`, `## Correctness`), set first.
    "Category",
    // `# Paper Content` over the paper's parts.
    "Paper Content",
    "Paper Reading",
    "논문 스터디",
    "논문 공부",
    "논문",
    "论文",
    "論文",
    // Chinese for reading notes and a brief account of papers.
    "论文笔记",
    "论文学习笔记",
    "论文阅读",
    "论文阅读笔记",
    "论文阅读简述",
    "论文简述",
    "阅读笔记",
    "論文筆記",
    "논문 리뷰",
    "리뷰",
    "Information",
    // A study log's `# 학습 내용` (what was studied) over the paper's
    // title.
    "학습 내용",
    "Reference",
    "References",
    // `## 参考资源` over the paper's link, the first heading of a note named
    // by its file.
    "参考资源",
    "参考资料",
    "参考文献",
    // What a Portuguese or Spanish note is, over its paper's title: `#
    // Resenha do Artigo` over `## Machine learning for internet of …` (and
    // `crate::title::LATIN_SCRIPT_NOTE_WORDS`, `# Resenha`, `# Fichamento`).
    "Resenha do Artigo",
    // `## Article Review` opening a note titled by its file's name.
    "Article Review",
    // A French fiche de lecture's `## Références` over its paper's title,
    // authors and venue; Portuguese and Spanish ones.
    "Référence",
    "Références",
    "Referência",
    "Referências",
    "Referencia",
    "Referencias",
    "Title",
    "Paper Title",
    "Paper Name",
    // `# 📄 Título del paper`: the blank of a Spanish, Portuguese or
    // French template.
    "Título del paper",
    "Título del artículo",
    "Título do artigo",
    "Título do paper",
    "Titre de l'article",
    "Titre du papier",
    "논문 제목",
    "논문 원제",
    "論文タイトル",
    "タイトル",
    "論文名",
    "논문명",
    "제목",
    "README",
    "Index",
    "PDF",
    "Link",
    "Paper Link",
    "논문 링크",
    "arXiv",
    "Code",
    "GitHub",
    "Project Page",
    // `## [Project](https://github.com/KaimingHe/…)`: the paper's code.
    "Project",
    // A log's fields set as headings, above the paper's (`## 📅 Date` over
    // `**6 December 2024**`, then `## 📰 Resource`).
    "Date",
    "Tags",
    "Keywords",
    "Authors",
    "링크",
    "论文笔记",
    "论文阅读",
    "阅读笔记",
];

/// Field names whose value is the paper's link: `**Link**: https://…`,
/// `link: https://arxiv.org/pdf/…`, `- 논문: https://openreview.net/…`.
const LINK_FIELDS: &[&str] = &[
    "Link",
    "Paper",
    "PDF",
    "arXiv",
    "URL",
    "Paper Link",
    "논문",
    "링크",
    "논문 링크",
];

/// Hosts and paths of paper links.
const PAPER_LINKS: &[&str] = &[
    "arxiv.org",
    "openreview.net",
    "doi.org",
    "aclanthology.org",
    "aclweb.org",
    "thecvf.com",
    "papers.nips.cc",
    "neurips.cc",
    "proceedings.",
    "dl.acm.org",
    "ieeexplore",
    "semanticscholar.org",
    "springer.com",
    "sciencedirect.com",
    "nature.com",
    "pmlr.press",
    "mlr.press",
    "paperswithcode.com",
    "aaai.org",
    "ijcai.org",
    "usenix.org",
    "jmlr.org",
    "biorxiv.org",
    "medrxiv.org",
    "mdpi.com",
    "wiley.com",
    "tandfonline.com",
    "frontiersin.org",
    "plos.org",
    "pnas.org",
    "science.org",
    "cell.com",
    "iop.org",
    "ncbi.nlm.nih.gov",
    "ssrn.com",
    "researchgate.net",
    "hal.science",
    "peerj.com",
    "hindawi.com",
    "sagepub.com",
    "academic.oup.com",
    "cambridge.org",
    "jstor.org",
    "journals.aps.org",
    "ecva.net",
    "bmva.org",
    "isca-speech.org",
    "ceur-ws.org",
    "huggingface.co/papers",
    "alphaxiv.org",
    ".pdf",
];

/// Whether a lowercased text names where papers are kept (`arxiv.org`,
/// `openreview.net`, a `.pdf`).
fn names_a_paper_host(lower: &str) -> bool {
    PAPER_LINKS.iter().any(|host| lower.contains(host))
}

/// Everything read from a single-review note.
pub(crate) struct SingleNote {
    pub(crate) entry: Entry,
    pub(crate) is_review: bool,
    /// Whether the note is a review where its place, under one of several
    /// papers' headings in a file, is one more sign of a paper.
    pub(crate) is_review_among_papers: bool,
    /// Whether the file is no paper's review whatever it holds: a question
    /// sheet, a how-to, a software README, the writer's own work.
    pub(crate) kept_out: bool,
    /// Whether it is kept out only as a repository's front page (`#
    /// survey-computer-vision` in its README), which may hold the papers'
    /// reviews under their headings.
    pub(crate) front_page: bool,
}

/// A heading of the note.
#[derive(Clone, Copy)]
struct NoteHeading {
    line: usize,
    level: u8,
    text: TextRange,
}

/// Fields that give a paper's own title under the reader's rendering of it
/// (`**부제:**`, `原題:`, `Original Title:`).
const ORIGINAL_TITLE_FIELDS: &[&str] = &[
    "부제",
    "부제목",
    "원제",
    "원제목",
    "영문 제목",
    "Subtitle",
    "Original Title",
    "English Title",
    "英文原标题",
    "原标题",
    "英文标题",
    "英文题目",
    "原題",
    "英題",
];

/// Reads a file as one review. `top_header` is a `Reviewer: Title` header
/// found at the top of the file, if any.
pub(crate) fn read(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    front_matter: Option<&FrontMatter>,
    vocabulary: &Vocabulary,
    path: Option<&NotePath<'_>>,
    top_header: Option<(usize, Header)>,
) -> SingleNote {
    let first_content_line = front_matter.map_or(0, |fm| fm.end_line);
    let headings: Vec<NoteHeading> = kinds
        .iter()
        .enumerate()
        .filter_map(|(line, kind)| match *kind {
            // (Not a way back to the notes' index, `## [All papers]
            // (../papers.md)`: the site's, not the note's.)
            LineKind::Heading {
                level,
                text: heading,
            } if !links_to_a_note(heading.slice(text)) => Some(NoteHeading {
                line,
                level,
                text: heading,
            }),
            _ => None,
        })
        .collect();
    // A title such as `Contextual Word Representations: A Contextual
    // Introduction` ends in a section word: only an exact section name
    // (not a head word) keeps a heading from being the title.
    // A numbered heading names a section (`# 1. 배경 (Background)`), unless
    // it is the one heading above all the others and, numbering aside, a
    // title of three words or more: `# 03. Octo: An Open-Source Generalist
    // Robot Policy` over `## 1. 문제의식`.
    let numbered_title = |heading: &NoteHeading| {
        let content = heading.text.slice(text);
        let core = heading_core(content);
        // Arabic numbers only: `V-JEPA 2: …` is not section V. (Or Chinese
        // ones: `# 一：KDD 2022 | GraphMAE：…` over `## 1.backgroud`.)
        content
            .trim_start_matches(|ch: char| !ch.is_alphanumeric())
            .starts_with(|ch: char| ch.is_ascii_digit() || CHINESE_NUMERALS.contains(ch))
            && starts_with_numbering(content)
            && headings.len() >= 2
            && (headings
                .iter()
                .all(|other| other.line == heading.line || other.level > heading.level)
                // Or the first heading, the only one numbered, titled as a
                // paper is: `# 6. Rainbow: Combining Improvements in Deep
                // Reinforcement Learning` over `# Introduction`, the note's
                // place in a series.
                || headings[0].line == heading.line
                    && headings[1..]
                        .iter()
                        .all(|other| !starts_with_numbering(other.text.slice(text)))
                    && core.split_whitespace().count() >= 4
                    && names_in_capitals(&core))
            && (core.split_whitespace().count() >= 3
                // `# 002 — LoRA：大语言模型的低秩适配`: a name and what it is.
                || core
                    .split_once(['：', ':'])
                    .is_some_and(|(name, what)| !name.trim().is_empty() && what.trim().chars().count() >= 4))
            && !is_section_like(&core, vocabulary)
    };
    let section_like = |heading: &NoteHeading| {
        is_section_like(heading.text.slice(text), vocabulary) && !numbered_title(heading)
    };
    let first_section_line = headings
        .iter()
        .find(|heading| section_like(heading))
        .map_or(lines.len(), |heading| heading.line);

    // A repository's README opens with its name (`# rl-paper-review`,
    // `# AI_Paper_Review`): the file is about the notes, not a paper.
    // Or with a badge of its licence (`![License: MIT](https://img.shields.io/badge/license-MIT-yellow)`):
    // a paper has none.
    let licence_badge = path.is_some_and(NotePath::is_readme_or_index)
        && lines.iter().take(first_content_line + 12).any(|line| {
            let lower = line.text(text).to_ascii_lowercase();
            lower.contains("![") && lower.contains("shields.io") && lower.contains("license")
        });
    let repository_banner = licence_badge
        || headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .is_some_and(|heading| {
                let heading = heading.text.slice(text);
                names_a_repository(heading)
                // `# Anomaly_Detection`, `# 2023_DSAIL_INTERNSHIP` in a
                // README: a repository's name, its words joined by
                // underscores as no title writes them.
                || (path.is_some_and(NotePath::is_readme_or_index)
                    && heading
                        .trim()
                        .split('_')
                        .all(|word| !word.is_empty() && word.chars().all(char::is_alphanumeric))
                    && heading.contains('_'))
                // `# PaperSharing 📝` in a README: the repository's name,
                // one word in camel case (a note's `# PaperRobot` is a
                // paper's).
                || (path.is_some_and(NotePath::is_readme_or_index) && {
                    let core = heading_core(heading);
                    // (Or before what it is, `# PaperNotes · 兔的论文笔记`.)
                    let name = core
                        .split_once(' ')
                        .filter(|(_, after)| after.starts_with(['·', '|', ':', '：', '-', '—']))
                        .map_or(core.as_str(), |(name, _)| name);
                    (!name.contains(char::is_whitespace)
                        && camel_words(name).nth(1).is_some()
                        && names_paper_notes(name))
                        // `# HAI 2022 논문 스터디`: a group's name and year
                        // and the notes it keeps (`# ResNet 논문 리뷰` is a
                        // paper's).
                        || named_notes(&core).is_some_and(|group| {
                            (2..=3).contains(&group.split_whitespace().count())
                                && group
                                    .split_whitespace()
                                    .any(|word| crate::title::parse_year(word).is_some())
                                // Or a team that says it is one:
                                // `# Boostcamp AI Tech 3rd MnM team: Paper
                                // Review`.
                                || group.split_whitespace().any(|word| {
                                    ["team", "group", "lab", "club", "팀", "스터디"]
                                        .contains(&word.trim_end_matches([':', '：', '-']))
                                })
                        })
                })
            });

    // The title, first match wins.
    let mut paper_signals = 0;
    let mut title_line = None;
    // A title field or heading with no title after it: `# paper Title`
    // over the template's empty fields.
    let mut unfilled_title = false;
    let mut found: Option<(Title, TitleSource, HeaderOrigin, TextRange)> = None;
    // (Not a theme's or template's own, `title: paper-review-template`
    // over a note filled in under `# Paper Title`: the note's title is
    // further down.)
    // (Nor a tag alone, `title : [Paper Review]`: the post's title is its
    // heading.)
    let tag_alone = |value: TextRange| {
        let raw = value.slice(text).trim().trim_matches(['"', '\'']).trim();
        raw.starts_with('[') && raw.find(']') == Some(raw.len() - 1)
    };
    if let Some(fm) = front_matter
        && let Some((value, line)) = fm.title
        && !tag_alone(value)
        && let Some(CleanedHeading {
            mut title,
            decorated,
        }) = cleaned_value(text, value)
        && !titles_a_template(&title.text)
        // (Nor, after what the note is, the paper's authors: `title: Review
        // - Rania Mzid and Mohamed Abid` over the paper's title in a
        // heading. A title's colon or question mark is none of theirs.)
        && !(decorated
            && !title.text.contains([':', '?'])
            && looks_like_author_list(&title.text))
    {
        // `title: "Summary - Dynamo: …"`, `"[Paper Review] …"`: a post that
        // says it reviews a paper.
        if decorated {
            paper_signals += 1;
        }
        // `'Don''t Stop Pretraining'`: in single quotes, `''` is one.
        if text[..value.start].ends_with('\'') && title.text.contains("''") {
            title.text = title.text.replace("''", "'");
            title.key = TitleKey::new(&title.text);
        }
        // `"You Only Look Once:\nUnified, …"`: in double quotes, `\n` is a
        // line break, which a title shows as a space.
        if text[..value.start].ends_with('"') && title.text.contains("\\n") {
            title.text = title.text.replace("\\n", " ");
            title.key = TitleKey::new(&title.text);
        }
        found = Some(front_matter_title(title, line));
        if fm.title_authors {
            paper_signals += 1;
        }
    }
    // The body's first line under front matter, where a post may give its
    // paper's title in bold.
    let first_body_line = || {
        front_matter?;
        (first_content_line..lines.len())
            .find(|&i| kinds[i] != LineKind::Blank)
            .filter(|&i| kinds[i] == LineKind::Text)
    };
    // The title shortened (`title: '論文読み: Flow Straight and Fast'`) over
    // the whole of it in bold, the body's first line (`**Flow Straight and
    // Fast: Learning to Generate and Transfer Data with Rectified Flow**`):
    // the whole.
    if let Some((short, TitleSource::FrontMatter, ..)) = &found
        && let Some(index) = first_body_line()
        && let content = lines[index].text(text).trim_end()
        && let Some(inner) =
            crate::text::unwrap_pair(content, &["**"]).filter(|inner| !inner.contains("**"))
        && inner
            .get(..short.text.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(&short.text))
        && inner[short.text.len()..].starts_with([':', ' '])
        && let Some(title) = title_from_value(text, TextRange::of(text, inner))
    {
        found = Some(field_title(title, lines[index].range()));
    }
    // A short name (`title: FaceNet论文笔记`) over a link a few lines down
    // whose text is the whole title, the short name before its colon
    // (`*原文链接*:[FaceNet:A unified embedding for face recognition and
    // clustering](…)`): the whole, as under a heading.
    if let Some((short, TitleSource::FrontMatter, ..)) = &found
        && let Some(closing) = first_content_line.checked_sub(1)
        && let Some((whole, line)) = linked_whole_title(text, lines, kinds, closing, &short.key)
        // (The paper's: not a blog's guide to a model, `[Gemma 4 12B: The
        // Developer Guide (Google Developers Blog)](https://developers.…)`.)
        && names_a_paper_host(&lines[line].text(text).to_ascii_lowercase())
    {
        found = Some(field_title(whole, lines[line].range()));
    }
    // A headline wholly in the reader's script (`title: 推薦系統處理特徵很麻煩？
    // 用訓練詞向量的方式來做個人化的推薦系統`) over the paper's title in bold
    // Latin, the body's first line (`**Real-time Personalization using
    // Embeddings for Search Ranking at Airbnb**`): the paper's.
    if let Some((headline, TitleSource::FrontMatter, ..)) = &found
        && !headline.text.contains(|ch: char| ch.is_ascii_alphabetic())
        && let Some(index) = first_body_line()
        && let Some(inner) = crate::text::unwrap_pair(lines[index].text(text).trim(), &["**"])
        && !inner.contains("**")
        && inner.is_ascii()
        && inner.split_whitespace().count() >= 4
        && names_in_capitals(inner)
        && let Some(title) = title_from_value(text, TextRange::of(text, inner))
    {
        found = Some(field_title(title, lines[index].range()));
    }
    // Or over the paper's title alone on one of the note's opening lines,
    // in bold or as a link, and who wrote it on the next
    // (`**Temperature and Decisions: Evidence from 207,000 Court Cases**`
    // over `by Anthony Heyes and Soodeh Saberian`), after a paragraph of the
    // writer's maybe: the paper's.
    if let Some((headline, TitleSource::FrontMatter | TitleSource::Heading, ..)) = &found
        && headline_in_cjk(&headline.text)
        && let Some((title, index)) = bylined_title(
            text,
            lines,
            kinds,
            title_line.map_or(first_content_line, |line| line + 1),
        )
    {
        found = Some(field_title(title, lines[index].range()));
        title_line = Some(index);
    }
    // A page named by its citation key (`title:
    // @amershiGuidelinesHumanAIInteraction2019`, as Roam and Zotero name
    // pages) over a field holding the title (`- Title:: Guidelines for
    // Human-AI Interaction`): the field's.
    // (Or by the file's own name, as Obsidian fills it in: `title:
    // Ajzen_I_1991_Theory of Planned Behavior` over `**Title**: The Theory
    // of Planned Behavior`.)
    if let Some((key, TitleSource::FrontMatter, ..)) = &found
        && ((key.text.starts_with('@') && !key.text.contains(char::is_whitespace))
            || path.is_some_and(|path| path.stem == key.text && key.text.contains('_')))
        && let Some((title, index, _)) = title_further_down(text, lines, kinds)
    {
        found = Some(field_title(title, lines[index].range()));
    }
    // A post named by its citation (`title: "Bazil 2010"`) with the paper's
    // title as its description (`description: "Modeling mitochondrial
    // bioenergetics with integrated volume dynamics"`): the description's.
    if let Some((cited, TitleSource::FrontMatter, ..)) = &found
        && names_a_citation(&cited.text)
        && let Some(title) = front_matter
            .and_then(|fm| described_title(text, fm))
            .filter(|title| {
                title.text.split_whitespace().count() >= 3
                    && !title.text.ends_with(['.', '。', '!', '?'])
            })
    {
        // The citation's year is the paper's.
        let year = cited
            .text
            .rsplit(' ')
            .next()
            .and_then(|word| word.get(..4))
            .and_then(crate::title::parse_year);
        found = Some(front_matter_value_title(Title {
            year: title.year.or(year),
            ..title
        }));
    }
    // A key that names the paper's own title (`paper_title: "CLI-Universe:
    // Towards …"`, `original_title:`) beside the post's (`title:
    // "CLI-Universe：为终端 Agent 合成可验证训练任务"`): the paper's.
    if let Some(fm) = front_matter
        && let Some(title) = fm
            .fields
            .iter()
            .filter(|(key, _)| names_the_papers_title(key))
            .find_map(|(_, value)| title_from_value(text, *value))
            .filter(|title| !titles_a_template(&title.text))
    {
        found = Some(front_matter_value_title(title));
    }
    // Or a `paper:` key holding it, opening with the name the post's title
    // opens with (`paper: "HyFormer: Revisiting the Roles of Sequence
    // Modeling …"` beside `title: "HyFormer：重新理解 CTR 中的序列建模与特征交互"`).
    if let Some((post, TitleSource::FrontMatter, ..)) = &found
        && let Some((name, _)) = post.text.split_once([':', '：'])
        && let Some(fm) = front_matter
        && let Some(title) = fm
            .fields
            .iter()
            .filter(|(key, _)| matches!(key.as_str(), "paper" | "论文" | "논문"))
            .find_map(|(_, value)| title_from_value(text, *value))
            .filter(|title| {
                title.key != post.key
                    && title
                        .text
                        .split_once(':')
                        .is_some_and(|(paper_name, rest)| {
                            same_name(paper_name, &TitleKey::new(name))
                                && rest.split_whitespace().count() >= 3
                        })
            })
    {
        found = Some(front_matter_value_title(title));
    }
    // Obsidian's `aliases:` and no `title:`: the alias as long as a title
    // (`- Masked Autoencoders Are Scalable Vision Learners` beside `- MAE`).
    if found.is_none()
        && let Some(fm) = front_matter
        && let Some(title) = fm
            .fields
            .iter()
            .filter(|(key, _)| matches!(key.as_str(), "aliases" | "alias"))
            .filter_map(|(_, value)| title_from_value(text, *value))
            .filter(|title| title.text.split_whitespace().count() >= 3)
            .max_by_key(|title| title.text.split_whitespace().count())
    {
        found = Some(front_matter_value_title(title));
    }
    // Or its reference, the title in quotes within it (`Citation: "J. Zhao,
    // …, and Y. Tian, “GaLore: Memory-Efficient LLM Training by Gradient
    // Low-Rank Projection.” arXiv, Mar. 06, 2024. doi: …"`).
    if found.is_none()
        && let Some(fm) = front_matter
        && let Some(title) = fm
            .fields
            .iter()
            .filter(|(key, _)| matches!(key.as_str(), "citation" | "cite" | "reference"))
            .find_map(|(_, value)| {
                // (The key says it is a reference: its first quotation is
                // the title, whoever the authors, `S. De _et al._, “…”`. The
                // value comes without the quotes around it.)
                let (_, start, length, _) = first_quotation(value.slice(text))?;
                title_from_value(
                    text,
                    TextRange::new(value.start + start, value.start + start + length),
                )
            })
            .filter(|title| title.text.split_whitespace().count() >= 3)
    {
        found = Some(front_matter_value_title(title));
    }
    // A note Zotero's Better Notes exported (`$itemKey:`, `$libraryID:`)
    // names its paper, the note's parent item, in `parent:`.
    if found.is_none()
        && let Some(fm) = front_matter
        && fm
            .fields
            .iter()
            .any(|(key, _)| matches!(key.as_str(), "$itemkey" | "$libraryid"))
        && let Some(title) = fm
            .fields
            .iter()
            .filter(|(key, _)| key == "parent")
            .find_map(|(_, value)| title_from_value(text, *value))
    {
        found = Some(front_matter_value_title(title));
    }
    // A title field sits near the top, though a fixed template may open
    // with its first numbered section (`# 1. 배경 (Background)`) and give the
    // title under it: fields are read up to the second section heading.
    // (`## Paper Information` over `#### Paper Title :` and the title: the
    // metadata's heading and the field itself are no sections.)
    let over_the_fields = |heading: &NoteHeading| {
        let content = heading.text.slice(text);
        let core = heading_core(content);
        names_information(&core)
            || field_label(content)
                .map(|label| label.trim_end_matches([':', '：', ' ', '*', '_']))
                .is_some_and(|label| names_one_of(label, TITLE_FIELDS))
            || names_title_alone(&core)
    };
    let second_section_line = headings
        .iter()
        .filter(|heading| section_like(heading) && !over_the_fields(heading))
        .nth(1)
        .map_or(lines.len(), |heading| heading.line);
    // Nor past the next heading at the level of a first one that is no
    // section: a file of two papers' notes (`# LinkNet` over its link, then
    // `# SAM` over `> 文章标题：[Segment Anything](…)`) gives the second's
    // title under its own.
    // (Whether the first is a section is asked last: it costs the most.)
    let next_peer_line = headings
        .iter()
        .find(|heading| heading.line >= first_content_line)
        .and_then(|first| {
            headings
                .iter()
                .filter(|heading| heading.line > first.line && heading.level <= first.level)
                .find(|heading| !over_the_fields(heading))
                .filter(|_| !section_like(first))
        })
        .map_or(lines.len(), |heading| heading.line);
    let field_limit = second_section_line
        .min(next_peer_line)
        .min(first_content_line + 40)
        .min(lines.len());
    // Front matter that names the post rather than the paper (`title:
    // "Glow-TTS Paper Review"`, `【Transformer】Pyramid Vision
    // Transformer`) over a title field with the paper's whole title
    // (`📝 **Paper:** Glow-TTS: A Generative Flow for Text-to-Speech
    // Synthesis`): the field's, when the post's title is the field's first
    // words or says that the post is a review.
    if let Some((post, TitleSource::FrontMatter, ..)) = &found
        && let Some((value, _)) = front_matter.and_then(|fm| fm.title)
        && let Some((index, title)) = (first_content_line..field_limit).find_map(|index| {
            match kinds[index] {
                // (Or the field's name alone over the title: `Paper title:`,
                // then the title as a paragraph.)
                LineKind::Text if names_empty_field(lines[index].text(text), TITLE_FIELDS) => {
                    let below = (index + 1..field_limit)
                        .find(|&below| kinds[below] != LineKind::Blank)
                        .filter(|&below| kinds[below] == LineKind::Text)?;
                    Some((
                        below,
                        title_from_value(text, lines[below].range().trimmed(text))?,
                    ))
                }
                LineKind::Text => {
                    let value = field_value(text, lines[index], TITLE_FIELDS)?;
                    Some((index, title_from_value(text, value)?))
                }
                // (Or `# 論文` over the paper's link alone.)
                LineKind::Heading { text: heading, .. } => {
                    linked_under_paper_heading(text, lines, kinds, index, heading)
                }
                _ => None,
            }
        })
        && title.text.split_whitespace().count() >= 3
        && !is_generic_title(&title.text)
        && (title
            .key
            .as_str()
            .strip_prefix(post.key.as_str())
            .is_some_and(|rest| rest.starts_with(' '))
            || value.slice(text).find(&post.text).is_some_and(|at| {
                crate::title::says_review(&value.slice(text)[at + post.text.len()..])
            })
            // Or asks a question, as a post for readers does (`1mm 벌레가 개의
            // 소변에서 암을 찾아낼 수 있다면?`): no paper is titled so.
            || post.text.ends_with(['?', '？'])
            // Or says what it is (`Review of AlexNet`, `Notes on BERT`).
            // (Or `Paper summary for Ambrus, Field, and Gonzalez (2020
            // AER)`: the paper by its authors.)
            || [
                "review of ",
                "a review of ",
                "notes on ",
                "summary of ",
                "summary for ",
                "paper summary for ",
                "paper summary of ",
                "paper notes on ",
            ]
            .iter()
                .any(|prefix| crate::title::strip_prefix_ignore_case(&post.text, prefix).is_some())
            // Or is a headline in the reader's language over the paper's
            // title in Latin letters (`PM4GRPO：用流程挖掘技术让大模型推理…`
            // over `**论文**：Reasoning-Aware GRPO using Process Mining`).
            // (A headline a third in those scripts, its English terms
            // aside: `像操作系统管虚拟内存一样管理 Agent 的记忆——Generative
            // Agents 深度解析`.)
            || (written_in_cjk(&post.text) || headline_in_cjk(&post.text))
                && !written_in_cjk(&title.text)
            // Or names it before such a headline (`Conditional PixelCNN -
            // PixelCNNベースの条件付き画像生成モデル` over `# 論文` and the
            // paper's link).
            || named_before_headline(&post.text).is_some() && !written_in_cjk(&title.text)
            // Or spells out a paper's title the post's does not (`title:
            // Agentless` over `**Paper:** Agentless: Demystifying LLM-based
            // Software Engineering Agents`).
            // (Not one the post's spells out with its short name first:
            // `title: "[PaperReview] CoPrompt: Consistency-guided Prompt
            // Learning …"` over `**Paper:** [Consistency-guided Prompt
            // Learning …](…)`.)
            || title.key != post.key
                && !post.key.as_str().ends_with(title.key.as_str())
                && title.text.split_whitespace().count() >= 6
                && names_in_capitals(&title.text))
    {
        found = Some(field_title(title, lines[index].range()));
        title_line = Some(index);
        paper_signals += 1;
    }
    // Front matter that gives only the paper's short name (`title: "PSGN"`)
    // over a heading with its whole title (`# Parallel Sequence Modeling
    // via Generalized Spatial Propagation Network`): the heading's.
    // Or one cut short mid-word (`title: "Rethinking-Causal-Action-…-Annea"`
    // over `# 论文速读：Rethinking-…-Annealing-in-Flow-Matching`).
    if let Some((short, TitleSource::FrontMatter, ..)) = &found
        && let Some(heading) = headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
        && let Some(cleaned) = clean_heading_title(text, heading.text)
        && ((!short.text.contains(char::is_whitespace)
            && cleaned.title.text.split_whitespace().count() >= 4
            && (abbreviates(&short.text, &cleaned.title.text)
                || cleaned
                    .title
                    .key
                    .as_str()
                    .strip_prefix(short.key.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))))
            || (short.text.chars().count() >= 20
                && cleaned
                    .title
                    .text
                    .strip_prefix(short.text.as_str())
                    .is_some_and(|rest| rest.starts_with(char::is_alphanumeric)))
            // Or the title before its colon: `title: Fast Transformer
            // Decoding` over `# Fast Transformer Decoding: One Write-Head is
            // All You Need`.
            || cleaned
                .title
                .text
                .strip_prefix(short.text.as_str())
                .and_then(|rest| rest.strip_prefix([':', '：']))
                .is_some_and(|rest| rest.split_whitespace().count() >= 2)
            // Or the heading's own tag: `title: "09 ViT"` over `# [ViT] An
            // Image is Worth 16x16 Words: …`.
            || (!short.text.contains(char::is_whitespace)
                && cleaned.title.text.split_whitespace().count() >= 4
                && heading
                    .text
                    .slice(text)
                    .split(['[', ']', '(', ')'])
                    .nth(1)
                    .is_some_and(|tag| tag.trim().eq_ignore_ascii_case(&short.text))))
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    // A post named by the paper's short name (`title: "SparseDrive"`) with
    // the rest of its title as its description (`description: "End-to-End
    // Autonomous Driving via Sparse Scene Representation"`): the two joined,
    // as the paper writes them. The description names, not says: words in
    // capitals, no sentence.
    // (Or two words in capitals: `title: "Subword Regularization"` over
    // `excerpt: "Improving Neural Network Translation Models with …"`.)
    // (Not a generic one: `title: "Paper Review"` over `subtitle: "Deep
    // Learning for Event-Driven Stock Prediction"` is that paper's alone.)
    if let Some((short, TitleSource::FrontMatter, ..)) = &found
        && !is_generic_title(&short.text)
        && (is_short_name(&short.text)
            || short.text.split(' ').count() == 2
                && short
                    .text
                    .split(' ')
                    .all(|word| word.starts_with(|ch: char| ch.is_ascii_uppercase())))
        && short.text.is_ascii()
        && let Some(rest) = front_matter
            .and_then(|fm| described_title(text, fm))
            .filter(|rest| {
                names_in_capitals(&rest.text)
                    && !rest.text.contains(':')
                    && !rest.key.as_str().contains(short.key.as_str())
            })
    {
        // The short name is the rest's acronym (`title: "GAN 논문 리뷰"`,
        // `excerpt: "Generative Adversarial Networks"`): the rest is the
        // whole title.
        if abbreviates(&short.text, &rest.text) {
            found = Some(front_matter_value_title(rest));
        } else {
            let line = found.as_ref().map_or(rest.range, |(.., line)| *line);
            // Found where the short name stands: the lines between them are
            // other fields.
            let whole = Title {
                range: short.range,
                ..joined_title(short, ": ", &rest)
            };
            found = Some(front_matter_title(whole, line));
        }
    }
    // The heading a post's text opens with, before any part and with no
    // prose above it, when it names a paper as English titles are written:
    // the heading and its title.
    let opening_title_heading = || {
        let heading = headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .filter(|heading| heading.line < first_section_line)?;
        let body = after_excerpt(text, lines, first_content_line, heading.line);
        if prose_chars(text, &lines[body..heading.line], &kinds[body..heading.line]) != 0
            || is_generic_title(heading.text.slice(text))
        {
            return None;
        }
        clean_heading_title(text, heading.text)
            .filter(|cleaned| names_in_capitals(&cleaned.title.text))
            .map(|cleaned| (heading, cleaned))
    };
    // A post named by the paper's short name (`title: "COMA"`) whose text
    // opens with the whole title as a heading (`## Counterfactual Multi
    // Agent Policy Gradient`): the heading's. So is one that names it
    // before a headline in the reader's language (`title: "LlamaGen:
    // LlamaのNext-Token予測を使った画像生成"`), or abridges it (`title:
    // R1-Searcher - Incentivizing the Search Capability in LLMs via RL`
    // over `# R1-Searcher: … via Reinforcement Learning`).
    if let Some((short, TitleSource::FrontMatter, ..)) = &found
        && let Some((heading, cleaned)) = opening_title_heading()
        && (is_short_name(&short.text)
            // (Or a site's sidebar label, names set off by slashes:
            // `title: "DeepSeek-V3 / MoE"`.)
            || short.text.contains(" / ") && short.text.split(" / ").all(is_short_name)
            || named_before_headline(&short.text).is_some()
            || abridges(&short.text, &cleaned.title.text)
            // Or is the blog's category, shared by its posts (`title: 3D
            // Object Detection Methods` over `## DETR3D: 3D Object Detection
            // from Multi-view Images via 3D-to-2D Queries`).
            || short.text.rsplit(' ').next().is_some_and(|last| {
                ["methods", "approaches", "techniques", "papers"]
                    .contains(&last.to_lowercase().as_str())
            }) && cleaned.title.text.contains(':'))
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    if found.is_none() {
        // (Not a field in the note's text, paragraphs and parts down under
        // its title: `论文：”A distributed block coordinate descent method …“`
        // under a third heading cites another paper.)
        let mut prose_above = 0;
        for (index, line) in lines
            .iter()
            .enumerate()
            .take(field_limit)
            .skip(first_content_line)
        {
            if prose_above > TITLE_AFTER_PROSE
                && headings.get(2).is_some_and(|heading| heading.line < index)
            {
                break;
            }
            if matches!(kinds[index], LineKind::Text) {
                prose_above += prose_of(std::iter::once(line.text(text).trim()));
            }
            let label = match kinds[index] {
                LineKind::Text | LineKind::Directive => line.text(text),
                LineKind::Heading { text: heading, .. } => heading.slice(text),
                _ => continue,
            };
            // `논문 : [PDF](https://arxiv.org/pdf/…)` links the paper; it does
            // not name it. A heading may be a field too: `#### Paper Title:
            // [CAMEL: …](https://arxiv.org/pdf/1908.10555.pdf)`.
            // (A note's first heading numbered as a paper, `# Paper 35:
            // Global AI Adoption Trends …`, is its heading title, which a
            // citation under it may correct; under another heading, `##
            // Paper 8: …` is a field.)
            let field_line = match kinds[index] {
                LineKind::Text | LineKind::Directive => Some(*line),
                LineKind::Heading { text: heading, .. }
                    if !(headings.first().is_some_and(|first| first.line == index)
                        && numbers_a_paper(heading.slice(text))) =>
                {
                    Some(Line {
                        start: heading.start,
                        end: heading.end,
                        next: line.next,
                    })
                }
                _ => None,
            };
            // A metadata table of one row: `| Title | Authors | … |`, its
            // delimiter, and the paper's row.
            if matches!(kinds[index], LineKind::Text)
                && let Some(title) = table_title(text, lines, kinds, index)
            {
                found = Some(field_title(title, line.range()));
                title_line = Some(index);
                paper_signals += 1;
                break;
            }
            // `《Scaling Up Visual and Vision-Language …》` alone on the
            // note's first line: the title in Chinese title marks (which
            // [`clean_heading_title`] takes off).
            if index == first_content_line
                && matches!(kinds[index], LineKind::Text)
                && let content = line.text(text).trim()
                && content.starts_with('《')
                && content.ends_with('》')
                && content.matches('《').count() == 1
                && let Some(title) = title_from_value(text, line.range().trimmed(text))
            {
                found = Some(field_title(title, line.range()));
                title_line = Some(index);
                paper_signals += 1;
                break;
            }
            if let Some(field_line) = field_line
                && let Some((value, whole)) = field_value(text, field_line, TITLE_FIELDS)
                    .map(|value| (value, wrapped_value(text, lines, kinds, index, value)))
                    .or_else(|| {
                        html_cell_field(text, lines, kinds, index, TITLE_FIELDS)
                            .map(|value| (value, value))
                    })
                && !names_only_authors(value.slice(text))
                && let Some(title) = title_from_value(text, whole)
                && !is_generic_title(&title.text)
                // (A sentence after the label says what to write: `✅
                // Resenha Crítica: desenvolvimento de uma resenha crítica
                // sobre o artigo, apresentando …`.)
                && !(title.text.starts_with(char::is_lowercase)
                    && title.text.split_whitespace().count() >= 8
                    && title.text.contains(", "))
                // (Nor a passage quoted from the paper: `原文：MR has been
                // effectively employed to infer …, using … trans-genes [14].`)
                && !(title.text.split_whitespace().count() >= 25 && title.text.contains(", "))
            {
                found = Some(field_title(title, line.range()));
                title_line = Some(index);
                paper_signals += 1;
                break;
            }
            // `## Title:`, `# Paper Title` or `**Title:**` with the title on
            // the next line; with none there, a template not filled in.
            let opening_heading = matches!(kinds[index], LineKind::Heading { .. })
                && headings.first().is_some_and(|first| first.line == index);
            // `# Paper` over one line, or one bullet, and the next heading:
            // the bare name stands for the title only when the part it
            // opens holds nothing else (it names a section as often).
            let lone_line = || {
                let mut filled = (index + 1..lines.len())
                    .take_while(|&below| !matches!(kinds[below], LineKind::Heading { .. }))
                    .filter(|&below| !matches!(kinds[below], LineKind::Blank));
                match (filled.next(), filled.next()) {
                    (Some(only), None) => {
                        let content = lines[only].text(text).trim();
                        let content = content[bullet_len(content)..].trim();
                        (matches!(kinds[only], LineKind::Text)
                            && !content.ends_with(['.', '。'])
                            && content.split_whitespace().count() <= 30)
                            .then_some(only)
                    }
                    _ => None,
                }
            };
            // (Or the second, under a short name: `# FaRM` over `## Paper`
            // over `[No compromises: distributed transactions …](…)`.)
            let second_heading = headings.get(1).is_some_and(|second| second.line == index);
            // (A log's `## 📰 Resource` over the link it read is one too.)
            let bare_paper = (opening_heading || second_heading)
                && field_label(label).is_some_and(|label| {
                    let core = heading_core(label);
                    ["paper", "resource"]
                        .iter()
                        .any(|word| core.eq_ignore_ascii_case(word))
                        || core == "논문"
                });
            // The part's one line, without its bullet, as a title.
            let lone_title = |only: usize| {
                let range = lines[only].range().trimmed(text);
                let bullet = bullet_len(range.slice(text));
                let range = TextRange::new(range.start + bullet, range.end).trimmed(text);
                (field_value(text, lines[only], PAPER_FIELDS).is_none()
                    && field_value(text, lines[only], REVIEWER_FIELDS).is_none())
                .then(|| title_from_value(text, range))
                .flatten()
                .filter(|title| !is_generic_title(&title.text))
            };
            if bare_paper {
                // Anything else under it: a section named `Paper`.
                if let Some(only) = lone_line()
                    && let Some(title) = lone_title(only)
                {
                    found = Some(field_title(title, lines[only].range()));
                    title_line = Some(only);
                    paper_signals += 1;
                    break;
                }
                continue;
            }
            // (Or a numbered one further down, over the title alone: `##
            // 0.1. link` … `## 0.2. title` over `Countering Popularity Bias
            // …`.)
            // Or the second heading, under the template's name (`#
            // TAMMICフォーマット` over `## Title`), over the title and where
            // it appeared.
            let title_heading = matches!(kinds[index], LineKind::Heading { .. })
                && names_title_alone(&heading_core(label))
                && (opening_heading || second_heading || lone_line().is_some());
            // Or a list item that is the field's name alone, the title
            // indented under it (`- 论文标题` over `    Gaussian Context
            // Transformer`).
            let title_item = matches!(kinds[index], LineKind::Text)
                && bullet_len(label.trim_start()) > 0
                && names_title_alone(label)
                && (index + 1..lines.len())
                    .find(|&below| !matches!(kinds[below], LineKind::Blank))
                    .is_some_and(|below| {
                        lines[below].text(text).starts_with([' ', '\t'])
                            && bullet_len(lines[below].text(text).trim_start()) == 0
                    });
            if !(names_empty_field(label, TITLE_FIELDS)
                || opening_heading && (names_title_alone(label) || names_title_among_fields(label))
                || title_heading
                || title_item)
            {
                continue;
            }
            // `# Paper Title` over `- Adversarial Learning for … (2017)`: the
            // title as the part's one bullet.
            if opening_heading
                && let Some(only) = lone_line()
                && bullet_len(lines[only].text(text).trim_start()) > 0
                && let Some(title) = lone_title(only)
            {
                found = Some(field_title(title, lines[only].range()));
                title_line = Some(only);
                paper_signals += 1;
                break;
            }
            // (Past the template's guidance in a comment: `<!-- 此部分是论文
            // 标题及其引用格式 -->`, or in a quote in italics, `> ℹ️ *APA.
            // 인용 방식 권고*`, and the tags a Notion export wraps a part in,
            // `</aside>`.)
            let below = (index + 1..lines.len())
                .find(|&below| {
                    let content = lines[below].text(text).trim();
                    let comment = content.starts_with("<!--") && content.ends_with("-->");
                    !(content.is_empty()
                        || comment
                        || guides_in_a_quote(content)
                        || is_lone_tag(content))
                })
                .filter(|&below| {
                    let content = lines[below].text(text);
                    matches!(kinds[below], LineKind::Text)
                        && field_value(text, lines[below], PAPER_FIELDS).is_none()
                        && field_value(text, lines[below], REVIEWER_FIELDS).is_none()
                        // `- **Author:**` with nothing after it: the
                        // template's next field, not a title.
                        && !names_empty_field(content, PAPER_FIELDS)
                        && !names_empty_field(content, REVIEWER_FIELDS)
                        // (Nor any other label with nothing after it: `My
                        // summary of the abstract:` under `Paper:`; a long
                        // title may break a line at its colon.)
                        && !(content.trim_end().ends_with([':', '：'])
                            && content.split_whitespace().count() <= 6)
                        // (Nor the template's request, a sentence: `*
                        // 하나의 논문 당 하나의 markdown으로 작성해주세요.`)
                        && !ends_a_korean_sentence(content)
                });
            let title = below.and_then(|below| {
                // `# Title` over `@inproceedings{narayanan2020,` and its
                // `title={…}` field: the entry's title.
                if lines[below].text(text).trim_start().starts_with('@') {
                    return lines[below + 1..]
                        .iter()
                        .take_while(|line| !line.text(text).trim().is_empty())
                        .find_map(|line| bibtex_title(text, *line));
                }
                // (Or the title field itself, under a heading that names
                // it: `## 标题` over `- 标题：利用来自nlp的监督信号…`.)
                let value = field_value(text, lines[below], TITLE_FIELDS)
                    .unwrap_or_else(|| lines[below].range().trimmed(text));
                // (A reference in APA style under the heading, `- Radford,
                // A., … (2021). Learning transferable visual models …
                // Proceedings of …`: its title.)
                let item = TextRange::new(value.start + bullet_len(value.slice(text)), value.end);
                if title_heading && let Some(cited) = cited_title(text, item) {
                    return title_from_value(text, cited);
                }
                let value = if title_heading {
                    title_paragraph(text, lines, kinds, below, value)
                } else {
                    wrapped_value(text, lines, kinds, below, value)
                };
                title_from_value(text, value)
            });
            if let (Some(below), Some(title)) = (below, title) {
                found = Some(field_title(title, lines[below].range()));
                title_line = Some(below);
                paper_signals += 1;
                break;
            }
            if opening_heading {
                unfilled_title = true;
                break;
            }
        }
    }
    // `# Scientific paper` opening the note over the paper's reference
    // (APA: `Goodfellow, I., … & Bengio, Y.\n(2014). Generative adversarial
    // nets. Advances in …`): the reference's title.
    if found.is_none()
        && let Some(first) = headings.iter().find(|h| h.line >= first_content_line)
        && let core = heading_core(first.text.slice(text)).to_lowercase()
        && is_generic_title(&core)
        && ["paper", "论文", "論文", "논문"]
            .iter()
            .any(|word| core.contains(word))
        && let Some(start) = (first.line + 1..lines.len())
            .find(|&i| !matches!(kinds[i], LineKind::Blank))
            .filter(|&i| matches!(kinds[i], LineKind::Text))
    {
        let end = (start..lines.len())
            .take_while(|&i| matches!(kinds[i], LineKind::Text))
            .last()
            .unwrap_or(start);
        let paragraph = TextRange::new(lines[start].start, lines[end].end).trimmed(text);
        if let Some(cited) = cited_title(text, paragraph)
            && let Some(title) = title_from_value(text, cited)
        {
            let line = lines[start..=end]
                .iter()
                .position(|line| line.end >= cited.start)
                .map_or(start, |at| start + at);
            found = Some(field_title(title, lines[line].range()));
            title_line = Some(line);
            paper_signals += 1;
        }
    }
    // A field that gives only the paper's short name (`**paper:**[REBNet]
    // (https://arxiv.org/abs/1711.07767)`) under a heading with the whole
    // title (`# Receptive Field Block Net for Accurate and Fast Object
    // Detection`), as front matter may: the heading's.
    if let Some((short, TitleSource::Field, ..)) = &found
        && is_short_name(&short.text)
        && let Some(heading) = headings.iter().find(|h| h.line >= first_content_line)
        && title_line.is_some_and(|line| heading.line < line)
        && !section_like(heading)
        && let Some(cleaned) = clean_heading_title(text, heading.text)
        && cleaned.title.text.split_whitespace().count() >= 4
        && !is_generic_title(&cleaned.title.text)
        && !names_paper_notes(&cleaned.title.text)
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    let mut reviewer = None;
    // The title the file's name gives, read once whichever of the checks
    // below asks for it.
    let file_name_title = std::cell::OnceCell::new();
    let file_name_title =
        || file_name_title.get_or_init(|| path.and_then(|path| title_from_path(path.stem, true)));
    // `# Batch Normalization: Accelerating Deep Network Training …` in
    // `batch-normalization-accelerating-deep-network-training-….md` is
    // one title, not a review by `Batch Normalization`: the file is named
    // after the whole line.
    let top_header = top_header.filter(|(index, _)| {
        let whole = TitleKey::new(&heading_core(lines[*index].text(text)));
        file_name_title()
            .as_ref()
            .is_none_or(|name| name.key != whole)
    });
    if found.is_none()
        && let Some((index, header)) = top_header
    {
        reviewer = header.reviewer.clone();
        if let Some(title) = header.title.clone() {
            paper_signals += 1;
            found = Some((title, TitleSource::Header, header.origin, header.line));
            title_line = Some(index);
        }
    }
    // A citation block opening the note, before any heading: the title on
    // its first line, who wrote it on the next (`Sanity Checks for Saliency
    // Maps` over `Julius Adebayo, J Gilmer, …`; `* DRAW: A Recurrent Neural
    // Network For Image Generation` over `* Karol Gregor`).
    // Or under an opening heading that only announces it: `## Références`
    // over `* The Metalanguage λProlog and Its Implementation` and `*
    // Gopalan Nadathur (University of Minnesota)`.
    if found.is_none()
        && let Some((title, first)) =
            title_block(text, lines, kinds, first_content_line).or_else(|| {
                let heading = headings.iter().find(|h| h.line >= first_content_line)?;
                let opens = (first_content_line..heading.line).all(|i| kinds[i] == LineKind::Blank);
                (opens && is_generic_title(heading.text.slice(text)))
                    .then(|| title_block(text, lines, kinds, heading.line + 1))
                    .flatten()
            })
    {
        found = Some(field_title(title, lines[first].range()));
        title_line = Some(first);
        paper_signals += 1;
    }
    // A referee's report opening `A review of [Squeakr: An Exact and
    // Approximate k-mer Counting System](biorxiv.org/…).`: the link names
    // the paper.
    if found.is_none()
        && let Some((title, line)) = reviewed_link(text, lines, kinds, first_content_line)
    {
        found = Some(field_title(title, lines[line].range()));
        title_line = Some(line);
        paper_signals += 1;
    }
    if found.is_none() {
        let (mut prose_above, mut counted_to) = (0, first_content_line);
        for heading in headings.iter().filter(|h| h.line >= first_content_line) {
            // A title opens the note: a heading after paragraphs of prose
            // (`## 알아낸 것` under the paper's abstract) names a part of it.
            prose_above += prose_chars(
                text,
                &lines[counted_to..heading.line],
                &kinds[counted_to..heading.line],
            );
            counted_to = heading.line;
            if heading.line >= first_section_line || prose_above > TITLE_AFTER_PROSE {
                break;
            }
            let content = heading.text.slice(text);
            if is_generic_title(content) {
                continue;
            }
            // A paragraph set as a heading (`### *A new method that views
            // object detection as …*`, the abstract) opens a note that
            // titles nothing with its headings.
            // (Or a sentence in Chinese or Japanese, `【1】这篇论文提到，…`.)
            // (Not a whole reference, its title in quotes: `### A. Jungo and
            // M. Reyes, “Assessing Reliability …,” in MICCAI 2019, …`.)
            if (content.split_whitespace().count() > 30 && quoted_citation_title(content).is_none())
                || (content.chars().filter(|&ch| is_han(ch)).count() > 30
                    && content.contains(['，', '。']))
            {
                break;
            }
            // Nor does the method's parts summed up (`#### NeRF + Shape/Texture
            // Code + Camera Pose Optimization`): what the paper builds, not
            // what it is called.
            if content.matches(" + ").count() >= 2 {
                break;
            }
            if let Some(cleaned) = clean_heading_title(text, heading.text) {
                // A venue anywhere in it counts too: `NIPS 2016 Tutorial: GANs`.
                if cleaned.decorated
                    || cleaned.title.year.is_some()
                    || cleaned.title.venue.is_some()
                    || crate::title::cites_venue(content)
                {
                    paper_signals += 1;
                }
                found = Some(heading_title(cleaned.title, heading, lines));
                title_line = Some(heading.line);
                break;
            }
        }
    }
    // The title's subtitle on the heading under it, opening with its colon,
    // as a slide sets them (`# [MobileNets](https://arxiv.org/abs/1704.04861)`
    // over `###### : Efficient Convolutional Neural Networks <br>for Mobile
    // Vision Applications`): the two, joined.
    if let Some((name, TitleSource::Heading, ..)) = &mut found
        && let Some(index) = title_line
        && let Some(below) = (index + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)
        && let LineKind::Heading { text: heading, .. } = kinds[below]
        // (A colon and a space, or the full-width one: `## :bulb: Key Idea
        // And Main Contribution` opens with an emoji's short code.)
        && let heading = heading.slice(text).trim()
        && let Some(subtitle) = heading
            .strip_prefix('：')
            .or_else(|| heading.strip_prefix(": "))
        && let subtitle = subtitle.replace("<br>", " ")
        && let subtitle = subtitle.split_whitespace().collect::<Vec<_>>().join(" ")
        && names_in_capitals(&subtitle)
        && !name.text.contains([':', '：'])
    {
        name.text = format!("{}: {subtitle}", name.text);
        name.key = TitleKey::new(&name.text);
    }
    // A citation block right under the opening heading names the paper the
    // heading only announces: `# Week 2-2. GoogLeNet (Inception v1)` over
    // `**Going Deeper with Convolutions**` and `Christian Szegedy, Wei Liu,
    // et al. — *CVPR*, 2015`.
    // (Not under a whole title cited with its year, `# Biases in, and
    // corrections to, KSB shear measurements. Viola et al, 2010` over
    // `Notes and tools derived from reading groups sessions` and a link.)
    // (Nor a name under a whole title, `#### [Modeling Spoken Information
    // Queries for Virtual Assistants: …](…)` over `*Christophe Van Gysel*`
    // and `*SIGIR 2023 Short*`: its author, not a longer title.)
    if let Some((announced, TitleSource::Heading, ..)) = &found
        && (announced.year.is_none() || announced.text.split_whitespace().count() <= 4)
        && let Some(index) = title_line
        && let Some((title, first)) = title_block(text, lines, kinds, index + 1)
        && !(looks_like_one_name(&title.text)
            && title.text.split_whitespace().count() < announced.text.split_whitespace().count())
        // (Nor a shorter line under a whole title: `# The Normal
        // Distributions Transform: A New Approach to Laser Scan Matching`
        // over `2D ndt 算法`, what the note calls it.)
        && !(announced.text.split_whitespace().count() >= 6
            && title.text.split_whitespace().count() < announced.text.split_whitespace().count())
    {
        found = Some(field_title(title, lines[first].range()));
        title_line = Some(first);
        paper_signals += 1;
    }
    // Or the paper's reference right under it, as a quote or a line
    // (`# Diffusion Tensor Imaging (DTI)` over `> Basser, P. J., …
    // (1994). MR diffusion tensor spectroscopy and imaging. *Biophysical
    // Journal*, …`): the heading names the topic, the reference the paper.
    // (The line of text right under a heading that gave the title, read by
    // the two checks below.)
    let text_below_heading = match (&found, title_line) {
        (Some((_, TitleSource::Heading, ..)), Some(index)) => (index + 1..lines.len())
            .find(|&i| kinds[i] != LineKind::Blank)
            .filter(|&i| kinds[i] == LineKind::Text),
        _ => None,
    };
    if let Some((heading, TitleSource::Heading, ..)) = &found
        && let Some(below) = text_below_heading
        && let line = lines[below].range().trimmed(text)
        && let quoted = line.slice(text).trim_start_matches(['>', ' '])
        && let Some(cited) = cited_title(text, TextRange::new(line.end - quoted.len(), line.end))
        && let Some(title) = title_from_value(text, cited)
        && title.key != heading.key
    {
        found = Some(field_title(title, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // Or a model's name (`# AlexNet`, `title: AlexNet`) over a link to its
    // paper alone on the first line of text, its text the whole title
    // (`[ImageNet Classification with Deep Convolutional Neural
    // Networks](https://papers.nips.cc/…)`): the link's.
    let first_text = match &found {
        Some((_, TitleSource::Heading, ..)) => text_below_heading,
        Some((_, TitleSource::FrontMatter, ..)) => (first_content_line..lines.len())
            .find(|&i| kinds[i] != LineKind::Blank)
            .filter(|&i| kinds[i] == LineKind::Text),
        _ => None,
    };
    // Or, under any title, a first line saying whose note this is, the
    // paper in bold or a link (`Reading note for **Neural Machine
    // Translation of Rare Words with Subword Units**` under `# BPE: subword
    // tokenization`): the paper it names, not the writer's topic.
    if let Some((named, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && let Some(below) = first_text
        && let Some(title) = named_after_note_words(text, lines[below]).or_else(|| {
            (named.text.split_whitespace().count() <= 2)
                .then(|| linked_paper_alone(text, lines[below]))
                .flatten()
        })
        && title.key != named.key
    {
        found = Some(field_title(title, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // Or over the headings that open its parts, nothing written between
    // them, then the link (`## AlexNet` over `### 論文概要`, `#### どんなもの？`
    // and `[ImageNet Classification with …](https://proceedings.neurips.cc/…)`).
    if let (Some((named, TitleSource::Heading, ..)), Some(index)) = (&found, title_line)
        && text_below_heading.is_none()
        && named.text.split_whitespace().count() <= 2
        && let Some(below) = (index + 1..lines.len())
            .find(|&i| !matches!(kinds[i], LineKind::Blank | LineKind::Heading { .. }))
            .filter(|&i| kinds[i] == LineKind::Text)
        && let Some(title) = linked_paper_alone(text, lines[below])
        && title.key != named.key
    {
        found = Some(field_title(title, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // Or a short name over its citation with the whole title in quotes
    // (`## Dropout` over `**Authors**: Nitish Srivastava, …, "Dropout: A
    // Simple Way to Prevent Neural Networks from Overfitting", JMLR 2014`):
    // the quoted title that holds the name.
    if let Some((short, TitleSource::Heading, ..)) = &found
        && short.text.split_whitespace().count() <= 3
        && let Some(below) = text_below_heading
        && let content = lines[below].text(text)
        && let Some((open, start, length, _)) = first_quotation(content)
        // (A citation, not prose: `This article will break the idea … in
        // the paper titled “MobileNets: …”` names it in passing.)
        && (is_field_line(content)
            || looks_like_author_list(content[..open].trim_end_matches([',', ' '])))
        && let quoted = TextRange::new(
            lines[below].start + start,
            lines[below].start + start + length,
        )
        && quoted.slice(text).split_whitespace().count() >= 4
        && let Some(title) = title_from_value(text, quoted)
        && title.key.as_str().contains(short.key.as_str())
    {
        found = Some(field_title(title, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // A heading of one or two words with the paper's short name, and what
    // stands right under it.
    if let Some((short, TitleSource::Heading, HeaderOrigin::Heading { level }, _)) = &found
        && short.text.split_whitespace().count() <= 2
        && !short.text.contains([':', '：'])
        && let Some(index) = title_line
        && let Some(below) = (index + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)
    {
        let level = *level;
        let smaller_heading = match kinds[below] {
            LineKind::Heading {
                level: below_level,
                text: heading,
            } if below_level > level && !is_section_like(heading.slice(text), vocabulary) => {
                Some((below_level, heading))
            }
            _ => None,
        };
        // A line, or a smaller heading, with its whole title: `# Paper
        // review: Swish` over `Swish: a Self-Gated Activation Function`, `#
        // DDPM` over `Denoising Diffusion Probabilistic Models`, `# PSG` over
        // `## Position-based Scaled Gradient for Model Quantization and
        // Pruning`.
        let whole_below = match (kinds[below], smaller_heading) {
            (LineKind::Text, _) => {
                let value = lines[below].range().trimmed(text);
                // (A list item's marker is no part of it: `# FlowNet` over
                // `- FlowNet: Learning Optical Flow with …`.)
                let value = TextRange::new(
                    value.start + crate::parser::bullet_len(value.slice(text)),
                    value.end,
                );
                title_from_value(text, wrapped_value(text, lines, kinds, below, value))
                    .map(|whole| (whole, HeaderOrigin::Field))
            }
            (_, Some((below_level, heading))) => clean_heading_title(text, heading)
                .map(|cleaned| (cleaned.title, HeaderOrigin::Heading { level: below_level })),
            // `# SentenceBERT` over `# Sentence-BERT: Sentence Embeddings
            // using …`: a heading of the same level that names the short
            // name before its colon.
            (
                LineKind::Heading {
                    level: below_level,
                    text: heading,
                },
                None,
            ) if below_level == level => clean_heading_title(text, heading)
                .filter(|cleaned| {
                    cleaned
                        .title
                        .text
                        .split_once([':', '：'])
                        .is_some_and(|(name, _)| same_name(name, &short.key))
                })
                .map(|cleaned| (cleaned.title, HeaderOrigin::Heading { level: below_level })),
            _ => None,
        }
        .filter(|(whole, origin)| {
            (3..=25).contains(&whole.text.split_whitespace().count())
                && !whole.text.ends_with(['.', '。'])
                && !whole.text.contains("://")
                && (whole
                    .text
                    .split_once([':', '：'])
                    .is_some_and(|(name, _)| same_name(name, &short.key))
                    || (short.text.chars().filter(char::is_ascii_uppercase).count() >= 3
                        && whole.text.is_ascii()
                        && abbreviates(&short.text, &whole.text))
                    // `# Rog paper summary` over `## REASONING ON GRAPHS: …`:
                    // the name's letters the first words' initials.
                    || spells_first_initials(&short.text, &whole.text)
                    // `# DeepSeek-V3` over `[DeepSeek-V3 Technical
                    // Report](…)`: the name, then the rest in capitals.
                    || (whole
                        .text
                        .strip_prefix(short.text.as_str())
                        .is_some_and(|rest| rest.starts_with(' '))
                        && names_in_capitals(&whole.text))
                    // `# Spark` over `*Resilient Distributed Datasets: A
                    // Fault-Tolerant Abstraction …*`: a title set apart in
                    // italics, a title's colon in it.
                    || (matches!(origin, HeaderOrigin::Field)
                        && whole.text.contains([':', '：'])
                        && crate::text::unwrap_pair(lines[below].text(text).trim(), &["*", "_"])
                            .is_some_and(|inner| !inner.starts_with(['*', '_']))))
        });
        // Or a smaller heading with the rest of its title, and nothing under
        // the two but a line at most (`# Alpha-CLIP` over `### A CLIP model
        // Focusing on whatever you want` over `## Introduction`): one title,
        // `Alpha-CLIP: A CLIP model …`. A smaller heading with a paragraph
        // under it is a section.
        let rest_below = || {
            let (_, heading) = smaller_heading?;
            let words = heading.slice(text);
            if short.text.chars().any(crate::header::is_hangul_syllable)
                || starts_with_numbering(words)
                // Not `\(Start your manuscript from here\)`, a template's aside.
                || !words.starts_with(char::is_alphanumeric)
            {
                return None;
            }
            let rest = clean_heading_title(text, heading)?.title;
            let next = (below + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)?;
            // `# DenseNet` over `## Dense Connectivity Pattern`: a topic.
            ((4..=15).contains(&rest.text.split_whitespace().count())
                // (Not its authors: `## Chelsea Finn, Aravind Rajeswaran,
                // Sham Kakade, Sergey Levine` under `# [Online
                // Meta-Learning](…)`.)
                && !looks_like_author_list(&rest.text)
                && !rest.text.contains([':', '：'])
                && !rest.text.ends_with(['.', '。', '?', '!'])
                && !rest.text.chars().any(crate::header::is_hangul_syllable)
                && !rest.key.as_str().contains(short.key.as_str())
                && match kinds[next] {
                    LineKind::Heading { .. } => true,
                    LineKind::Text => {
                        let line = lines[next].text(text).trim();
                        (line.chars().count() < 80
                            && (next + 1..lines.len())
                                .find(|&i| kinds[i] != LineKind::Blank)
                                .is_some_and(|after| {
                                    matches!(kinds[after], LineKind::Heading { .. })
                                }))
                            // Or the paper's byline, as a slide deck's first
                            // page gives it (`# Whisper` over `## Robust
                            // Speech Recognition via …` over `Radford et al.,
                            // OpenAI (2022)`).
                            || looks_like_citation(line)
                            || looks_like_author_list(line)
                    }
                    _ => false,
                })
            .then_some(rest)
        };
        if let Some((whole, origin)) = whole_below {
            found = Some(match origin {
                HeaderOrigin::Heading { .. } => {
                    (whole, TitleSource::Heading, origin, lines[below].range())
                }
                _ => field_title(whole, lines[below].range()),
            });
            title_line = Some(below);
        } else if let Some(rest) = rest_below() {
            found = Some((
                joined_title(short, ": ", &rest),
                TitleSource::Heading,
                HeaderOrigin::Heading { level },
                lines[index].range(),
            ));
            title_line = Some(below);
        } else if let Some((whole, line)) =
            linked_whole_title(text, lines, kinds, index, &short.key)
        {
            // Or a link a few lines down whose text is the whole title
            // (`U-Net论文地址:[U-Net: Convolutional Networks for …](…)`).
            found = Some(field_title(whole, lines[line].range()));
            title_line = Some(line);
        } else if let Some(named) = file_name_title()
            && let Some(rest) = named
                .text
                .get(..short.text.len())
                .filter(|head| head.eq_ignore_ascii_case(&short.text))
                .map(|_| &named.text[short.text.len()..])
            && let Some(rest) = rest
                .strip_prefix(['-', '_', ':', '：', ' '])
                .map(|rest| rest.trim_start_matches(['-', '_', ':', ' ']))
            && rest.split_whitespace().count() >= 3
            && rest.starts_with(char::is_uppercase)
        {
            // Or the file's name: the short name, then the rest of the title
            // (`# KVPFormer` in `KVPFormer-A Question-Answering Approach to
            // Key Value Pair Extraction ….md`).
            let rest = Title {
                key: TitleKey::new(rest),
                text: rest.to_owned(),
                range: short.range,
                venue: None,
                year: None,
            };
            found = Some((
                joined_title(short, ": ", &rest),
                TitleSource::Heading,
                HeaderOrigin::Heading { level },
                lines[index].range(),
            ));
        }
    }
    // A headline in the reader's language that says it is on a paper (`#
    // ResNet 논문 재현 및 구조 분석 (CIFAR-10)`) right over a smaller
    // heading with the paper's whole title (`### Deep Residual Learning for
    // Image Recognition`): the smaller heading's.
    // (Or a headline wholly in those scripts, the title translated: `#
    // 自回归实体检索` over `## AUTOREGRESSIVE ENTITY RETRIEVAL`, three words
    // enough.)
    if let Some((headline, TitleSource::Heading, HeaderOrigin::Heading { level }, line)) = &found
        && let translated = written_in_cjk(&headline.text)
        && (translated
            || ["논문", "论文", "論文"]
                .iter()
                .any(|paper| line.slice(text).contains(paper)))
        && let Some(index) = title_line
        && let Some(heading) =
            headings
                .iter()
                .find(|heading| heading.line > index)
                .filter(|heading| {
                    heading.level > *level
                        && (index + 1..heading.line).all(|i| kinds[i] == LineKind::Blank)
                })
        && !is_section_like(heading.text.slice(text), vocabulary)
        && let Some(cleaned) = clean_heading_title(text, heading.text)
        && cleaned.title.text.split_whitespace().count() >= if translated { 3 } else { 4 }
        && names_in_capitals(&cleaned.title.text)
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    // A headline in the reader's language after the method's name
    // (`Speculative Decoding：投机采样让大模型推理提速 3 倍`) over a note that
    // cites its paper by a link whose text holds that name (`本文参考自 [Fast
    // Inference from Transformers via Speculative Decoding](arxiv…)`): the
    // link's text. So does a post's title (`title: "論文解説: WaveNet -
    // 自己回帰モデルによる…"` over `# 論文` and `[WaveNet: A Generative
    // Model for Raw Audio](https://arxiv.org/abs/1609.03499)`).
    if let Some((headline, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && let Some(name) = named_before_headline(&headline.text)
        && let Some((title, line)) = linked_title_naming(text, lines, kinds, name).or_else(|| {
            whole_title_below(
                text,
                lines,
                kinds,
                title_line.map_or(0, |line| line + 1),
                name,
                true,
            )
        })
    {
        found = Some(field_title(title, lines[line].range()));
        title_line = Some(line);
    } else if let Some((headline, TitleSource::Heading, ..)) = &mut found
        && let Some(name) = named_before_headline(&headline.text)
        && name.split_whitespace().count() >= 2
        && [" - ", " — ", " – "].iter().any(|dash| {
            headline
                .text
                .split_once(dash)
                .is_some_and(|(before, _)| before.trim() == name)
        })
    {
        // With no whole title given, the name a headline after a spaced
        // dash is on: `🧠 Chain-of-Thought Prompting — 一句「示範怎麼想」，…`.
        if let Some(at) = headline.range.slice(text).find(name)
            && let Some(named) = Title::from_raw(name, headline.range.start + at)
        {
            *headline = Title {
                venue: headline.venue.take(),
                year: headline.year,
                ..named
            };
        }
    }
    // A short name over an opening line that says which paper the post is
    // on by a link to it (`title: PER 논문 정리` over `이 포스트는 DeepMind의
    // [Prioritized Experience Replay](https://arxiv.org/pdf/1511.05952.pdf)
    // 논문을 정리한 글입니다.`): the link's text.
    if let Some((short, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && is_short_name(&short.text)
        && let Some((title, line)) =
            paper_linked_first(text, lines, kinds, title_line.unwrap_or(first_content_line))
    {
        found = Some(field_title(title, lines[line].range()));
        title_line = Some(line);
    }
    // A short name (`title: 【Paper】LTSF-Linear`) over a title field among
    // the first lines, or the first under the note's first heading (`#
    // 论文简介` over `> * 论文名称：Are Transformers Effective for Time Series
    // Forecasting?`): the field's, which names the paper in full.
    let field_in_full = |from: usize| {
        (from..lines.len())
            .filter(|&i| kinds[i] == LineKind::Text)
            .take(4)
            .find_map(|i| {
                let value = field_value(text, lines[i], TITLE_FIELDS)?;
                let title = title_from_value(text, value)?;
                // (Not a reference with its authors, `Trigeorgis G, Snape P,
                // et al. Mnemonic Descent Method: …`.)
                (title.text.split_whitespace().count() >= 4 && !title.text.contains(" et al"))
                    .then_some((title, i))
            })
    };
    if let Some((short, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && is_short_name(&short.text)
        && let below = title_line.map_or(first_content_line, |line| line + 1)
        && let Some((title, line)) = field_in_full(below).or_else(|| {
            let heading = headings.iter().find(|heading| heading.line >= below)?;
            field_in_full(heading.line + 1)
        })
    {
        found = Some(field_title(title, lines[line].range()));
        title_line = Some(line);
    }
    // A headline of a few words (`# OSDI'20 Harvest VM`) over a title
    // field written as a heading and the line under it (`#### Titles` over
    // `OSDI'20 Providing SLOs for Resource-Harvesting VMs in Cloud
    // Platforms`): the field's, as a `Title:` line's would be.
    if let Some((short, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && short.text.split_whitespace().count() <= 3
        && let Some((line, title)) = headings
            .iter()
            .skip(1)
            .filter(|heading| Some(heading.line) != title_line)
            .take(3)
            .find_map(|heading| titled_under_field_heading(text, lines, kinds, heading))
        && title.key != short.key
    {
        found = Some(field_title(title, lines[line].range()));
        title_line = Some(line);
    }
    // A model's name in the reader's words (`title: VGG 网络`, `U-Net
    // 卷积网络`) over a note that opens with its paper's link alone
    // (`[Very Deep Convolutional Networks for Large-Scale Image
    // Recognition](https://arxiv.org/abs/1409.1556)`): the link's text.
    if let Some((short, TitleSource::Heading | TitleSource::FrontMatter, ..)) = &found
        && !short.text.contains([':', '：'])
        && short
            .text
            .chars()
            .any(|ch| is_han(ch) || crate::header::is_hangul_syllable(ch))
        && short.text.chars().count() <= 16
        && let Some(first) = (title_line.map_or(first_content_line, |line| line + 1)..lines.len())
            .find(|&i| kinds[i] != LineKind::Blank)
        && kinds[first] == LineKind::Text
        && is_link_line(lines[first].text(text))
        && let Some((title, target)) = link_title(text, lines[first])
        && names_a_paper_host(&target.to_ascii_lowercase())
        && title.text.split_whitespace().count() >= 4
        && names_in_capitals(&title.text)
    {
        found = Some(field_title(title, lines[first].range()));
        title_line = Some(first);
    }
    // A heading with the paper's authors before its title, the file named
    // with the title alone (`# Scott Satkin, Martial Hebert, 3DNN: Viewpoint
    // Invariant 3D Geometry Matching …` in `3DNN Viewpoint Invariant 3D
    // Geometry Matching ….md`): the heading's words the file's name holds.
    if let Some((title, TitleSource::Heading, origin, line)) = &found
        && let Some(named) = file_name_title()
        && let words = named.text.split_whitespace().count()
        && words >= 3
        && let word_starts = title
            .text
            .char_indices()
            .filter(|&(at, ch)| {
                !ch.is_whitespace() && (at == 0 || title.text[..at].ends_with(char::is_whitespace))
            })
            .map(|(at, _)| at)
            .collect::<Vec<usize>>()
        && let Some(&start) = word_starts
            .len()
            .checked_sub(words)
            .and_then(|at| word_starts.get(at))
        && title.text[..start].trim_end().ends_with([',', '.'])
        && TitleKey::new(&title.text[start..]) == named.key
    {
        let range = if title.range.len() == title.text.len() {
            TextRange::new(title.range.start + start, title.range.end)
        } else {
            title.range
        };
        let text = title.text[start..].to_owned();
        found = Some((
            Title {
                key: TitleKey::new(&text),
                text,
                range,
                venue: title.venue.clone(),
                year: title.year,
            },
            TitleSource::Heading,
            *origin,
            *line,
        ));
    }
    // A heading's title that runs on to the very next line
    // (`# Decentralized Minimum-Energy Coverage Control` over `for
    // Time-Varying Density Functions`): one title.
    if let Some((title, TitleSource::Heading, origin, line)) = &found
        && let Some(index) = title_line
        && let Some(next) = lines.get(index + 1)
        && kinds.get(index + 1) == Some(&LineKind::Text)
        && let rest = next.text(text).trim()
        && let Some(first) = rest.split_whitespace().next()
        && [
            "for", "of", "with", "via", "using", "on", "in", "and", "from", "to", "towards",
            "through", "under", "without", "by",
        ]
        .contains(&first)
        && (2..=10).contains(&rest.split_whitespace().count())
        && !rest.ends_with(['.', '。', ':', '!', '?'])
        && !rest.contains("://")
        // (Not a byline: `# Fast RCNN` over `by Ross Girshick, Microsoft
        // Research`.)
        && !names_its_authors(rest)
        && let Some(tail) = Title::from_raw(
            rest,
            next.start + (next.text(text).len() - next.text(text).trim_start().len()),
        )
    {
        found = Some((
            joined_title(title, " ", &tail),
            TitleSource::Heading,
            *origin,
            *line,
        ));
        title_line = Some(index + 1);
    }
    let line_one = lines
        .first()
        .map_or(TextRange::empty(0), |line| line.range());
    // A Korean heading over the paper's own title in a subtitle field
    // (`# 디퓨전 언어모델 싱크 인식 프루닝` over `**부제:** Sink-Aware Pruning for
    // Diffusion Language Models`): the heading is the reader's rendering.
    // So does a Chinese one, and a front-matter title the heading repeats
    // (`title: "个性化马尔可夫链分解用于下一购物篮推荐"` over the same heading
    // over `> **英文原标题**：Factorizing personalized Markov chains …`).
    if let Some((title, source, ..)) = &found
        && title
            .text
            .chars()
            .any(|ch| crate::header::is_hangul_syllable(ch) || is_han(ch))
        && let Some(index) = match source {
            TitleSource::Heading => title_line,
            TitleSource::FrontMatter => headings
                .iter()
                .find(|heading| heading.line >= first_content_line)
                .filter(|heading| {
                    clean_heading_title(text, heading.text)
                        .is_some_and(|cleaned| cleaned.title.key == title.key)
                })
                .map(|heading| heading.line),
            _ => None,
        }
        // (On one of the few lines under it, as a field among others: `PDF:
        // […](…)` over `原題: Q2: Evaluating Factual Consistency …`.)
        && let Some((below, value)) = (index + 1..lines.len().min(index + 6))
            .filter(|&i| kinds[i] != LineKind::Blank)
            .take_while(|&i| matches!(kinds[i], LineKind::Text))
            .take(3)
            .find_map(|i| field_value(text, lines[i], ORIGINAL_TITLE_FIELDS).map(|value| (i, value)))
        && let Some(whole) = title_from_value(text, value)
        && whole.text.split_whitespace().count() >= 3
        && !whole
            .text
            .chars()
            .any(|ch| crate::header::is_hangul_syllable(ch) || is_han(ch))
    {
        found = Some(field_title(whole, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // A Korean heading over a note whose file is named with the paper's
    // whole English title (`초심층 Convolutional Networks를 이용한 정확한 Image
    // Super-Resolution` in `Accurate Image Super-Resolution Using Very Deep
    // Convolutional Networks.md`): the heading is the reader's own
    // rendering, the file's name the paper's title.
    // So does a short heading that names a part by its last or first word
    // (`# Research Purpose` opening `[AAAI 2023] LIQUID: A Framework for
    // List Question Answering Dataset Generation.md`).
    if let Some((title, TitleSource::Heading, ..)) = &found
        && let Some(name) = file_name_title()
        && name.text.split_whitespace().count() >= 6
        && ((title.text.chars().any(crate::header::is_hangul_syllable) && name.text.is_ascii())
            || (title.text.split_whitespace().count() <= 3
                && head_word_kind(&heading_core(&title.text)).is_some())
            // A lone word (`## MindSet`, the template's first part) over
            // a note named with a whole title.
            || (!title.text.contains(char::is_whitespace)
                && !name.key.as_str().contains(title.key.as_str())))
    {
        found = Some((
            name.clone(),
            TitleSource::FileName,
            HeaderOrigin::Path,
            line_one,
        ));
        title_line = None;
        // A note named with its paper's title, heading or not.
        paper_signals += 1;
    }
    // The same with a Chinese or Japanese heading over a folder named with
    // the English title, the note its `readme.md` (`# 讲解视频链接` in
    // `Distilling the Knowledge in a Neural Network/readme.md`); or with a
    // topic's few words (`# Residual Neural Networks` in `Deep Residual
    // Learning for Image Recognition/README.md`).
    if let Some((title, TitleSource::Heading, ..)) = &found
        && let in_cjk = (title.text.chars().any(is_han)
            && !title.text.chars().any(|ch| ch.is_ascii_alphabetic()))
        && (in_cjk || title.text.split_whitespace().count() <= 3 && !title.text.contains(':'))
        && let Some(path) = path
        && path.named_by_folder
        && let Some(name) = path
            .folder
            .and_then(|folder| title_from_path(folder, false))
        && name.text.is_ascii()
        && name.text.split_whitespace().count() >= 6
        && (in_cjk
            || names_in_capitals(&name.text) && !name.key.as_str().contains(title.key.as_str()))
    {
        found = Some((name, TitleSource::Folder, HeaderOrigin::Path, line_one));
        title_line = None;
    }
    // A bold line opening the note stands for its heading:
    // `**Denoising Diffusion Probabilistic Models**`; so does a plain line
    // standing alone right over the first section
    // (`Supervised Contrastive Replay: Revisiting …[Kor]` over `## 1.
    // Introduction`).
    if found.is_none()
        && let Some(index) =
            (first_content_line..lines.len()).find(|&index| kinds[index] != LineKind::Blank)
        && kinds[index] == LineKind::Text
    {
        let range = lines[index].range().trimmed(text);
        let content = range.slice(text);
        // (Or over the note's tags first, `` `vae` ``, then the section or a
        // list item that is a part's name alone, `- Introduction`.)
        let tags_alone = |line: &str| {
            let words = || line.split_whitespace();
            words().next().is_some()
                && words().all(|word| {
                    word.len() > 2 && word.starts_with('`') && word.ends_with('`')
                        || word.len() > 1 && word.starts_with('#')
                })
        };
        let over_a_section = || {
            let mut below = (index + 1..lines.len()).filter(|&i| kinds[i] != LineKind::Blank);
            let mut next = below.next();
            let tagged = next.is_some_and(|at| {
                kinds[at] == LineKind::Text && tags_alone(lines[at].text(text).trim())
            });
            if tagged {
                next = below.next();
            }
            next.is_some_and(|below| {
                below > index + 1
                    && (headings
                        .iter()
                        .any(|heading| heading.line == below && section_like(heading))
                        || tagged && kinds[below] == LineKind::Text && {
                            let item = lines[below].text(text).trim();
                            let bullet = bullet_len(item);
                            bullet > 0 && is_section_like(item[bullet..].trim(), vocabulary)
                        })
            })
                // (Not a paragraph of notes, long and ending in a
                // semicolon: `important measurement: throughput/…; …;`.)
                && (4..=30).contains(&content.split_whitespace().count())
                && bullet_len(content) == 0
                && !content.ends_with(['.', '。', ':', '：', ';', '；'])
                && !content.contains("](")
                // `#paper #searchString_1 #feasible`: a vault's tags.
                && !content.split_whitespace().all(|word| word.starts_with('#'))
        };
        // `**Meta-Dataset: A Dataset of Datasets …**, by Triantafillou et
        // al.`: the bold part is the title, the rest who wrote it.
        let bold_cited = content.strip_prefix("**").and_then(|inner| {
            let close = inner.find("**")?;
            let tail = inner[close + 2..].trim_start().to_lowercase();
            (tail.starts_with(", by ") || tail.starts_with("by ") || tail.starts_with(", et al"))
                .then(|| TextRange::new(range.start + 2, range.start + 2 + close))
        });
        // (Not the paper's authors in bold, `**Kaiming He, xiangyu Zhang,
        // Shaoqing Ren, Jian Sun**` over `*Microsoft Research*`.)
        let inner = crate::text::unwrap_pair(content, &["**", "__"])
            .filter(|inner| !looks_like_author_list(inner))
            .or_else(|| bold_cited.map(|bold| bold.slice(text)))
            .or_else(|| over_a_section().then_some(content));
        let title_range = bold_cited.unwrap_or(range);
        if let Some(inner) = inner
            && !inner.contains("**")
            && inner.split_whitespace().count() >= 2
            && !inner.trim_end().ends_with([':', '：'])
            && !is_section_like(inner, vocabulary)
            && field_value(text, lines[index], PAPER_FIELDS).is_none()
            && let Some(cleaned) =
                clean_heading_title(text, cited_title(text, title_range).unwrap_or(title_range))
        {
            found = Some((
                cleaned.title,
                TitleSource::Heading,
                HeaderOrigin::Field,
                lines[index].range(),
            ));
            title_line = Some(index);
        }
    }
    // A line near the top that is only a link to the paper, its text the
    // title: `[Hierarchical Deep Reinforcement Learning: Integrating …](https://arxiv.org/abs/1604.06057)`
    // under `#### Link`.
    // Read up to the first section of the review proper (a `Link` or
    // `Summary` heading may come before it).
    if found.is_none() {
        for (index, line) in lines
            .iter()
            .enumerate()
            .take(first_content_line + 20)
            .skip(first_content_line)
        {
            if let LineKind::Heading { text: heading, .. } = kinds[index]
                && names_a_part(&exact_heading_kinds(heading.slice(text), vocabulary))
            {
                break;
            }
            if !matches!(kinds[index], LineKind::Text) {
                continue;
            }
            let range = line.range().trimmed(text);
            let content = range.slice(text);
            let content = &content[bullet_len(content)..];
            let lower = content.to_ascii_lowercase();
            // (A task's box, `- [ ] [Stochastic Optimization for …](…)`, marks
            // a paper still to read: a reading list's entry.)
            if ["[ ] ", "[x] ", "[X] "]
                .iter()
                .any(|task| content.starts_with(task))
            {
                continue;
            }
            if content.starts_with('[')
                && content.ends_with(')')
                && content.matches("](").count() == 1
                && names_a_paper_host(&lower)
                && let Some(title) =
                    title_from_value(text, TextRange::new(range.end - content.len(), range.end))
                && title.text.split_whitespace().count() >= 3
            {
                found = Some(field_title(title, line.range()));
                title_line = Some(index);
                paper_signals += 1;
                break;
            }
        }
    }
    // A title field further down, under the note's own `### Paper Info`,
    // or a BibTeX entry's `title={…}`: the one title the note gives for
    // itself, before its file's name.
    // A BibTeX entry is the paper's citation, as an author list under a
    // title is (below).
    // (So is it under a banner that only says what the note is, on a
    // subject: `# Quantum Paper Teardown` over `- **Title:** Scalable
    // Neural Decoders …`.)
    let mut bibtex_cited = false;
    let under_banner = matches!(&found, Some((banner, TitleSource::Heading, ..))
        if names_a_paper_note(&banner.text));
    if (found.is_none() || under_banner)
        && let Some((title, index, from_bibtex)) = title_further_down(text, lines, kinds)
    {
        found = Some(field_title(title, lines[index].range()));
        title_line = Some(index);
        paper_signals += 1;
        bibtex_cited = from_bibtex;
    }
    // A note with no title line that names its paper in its first sentence:
    // `The article "ColPali: Efficient Document Retrieval with Vision
    // Language Models" discusses …`, `이 논문 "Attention Is All You Need"은 …`.
    // (Past a figure: `![1676306183555](image/…png)` over `"A Simple
    // Framework for Contrastive Learning …" by Ting Chen et al. :`.)
    if found.is_none()
        && let Some(index) = (first_content_line..lines.len()).find(|&i| {
            let content = lines[i].text(text).trim();
            kinds[i] != LineKind::Blank && !(content.starts_with("![") && content.ends_with(')'))
        })
        && kinds[index] == LineKind::Text
        && let Some(title) = title_in_first_sentence(text, lines[index])
    {
        found = Some(field_title(title, lines[index].range()));
        title_line = Some(index);
    }
    // `# (Daley et al., 2007)`: the paper named by its citation, its title
    // in the reference the note gives in full (APA: `Daley, M. A., …
    // (2007). Running stability is enhanced by … control. Journal of …`).
    if let Some((cited, TitleSource::Heading, ..)) = &found
        && cited
            .text
            .ends_with(|ch: char| ch == ')' || ch.is_ascii_digit())
        && names_a_citation(&cited.text.replace(['(', ')', ','], " "))
        && let Some(surname) = cited.text.trim_start_matches('(').split_whitespace().next()
        && let Some((title, index)) = (0..lines.len())
            .filter(|&index| kinds[index] == LineKind::Text)
            .find_map(|index| {
                // A reference that opens with the citation's first author.
                let range = lines[index].range().trimmed(text);
                let cited =
                    cited_title(text, range).filter(|_| range.slice(text).starts_with(surname))?;
                let title = title_from_value(text, cited)?;
                (title.text.split_whitespace().count() >= 3).then_some((title, index))
            })
    {
        found = Some(field_title(title, lines[index].range()));
        paper_signals += 1;
    }
    // `# Information` over `* **Scalable Multi-Hop Relational Reasoning for
    // Knowledge-Aware Question Answering**`, then the authors and links: the
    // paper's title in bold, first under the heading of its information.
    if found.is_none()
        && let Some(heading) = headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
        && names_information(&heading_core(heading.text.slice(text)))
        && let Some(below) = (heading.line + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)
        && kinds[below] == LineKind::Text
        && let range = lines[below].range().trimmed(text)
        && let content = range.slice(text)
        && let bullet = bullet_len(content)
        && bullet > 0
        && let Some(inner) = crate::text::unwrap_pair(content[bullet..].trim_end(), &["**", "__"])
        && !inner.contains(['*', '_'])
        && inner.split_whitespace().count() >= 4
        && !inner.ends_with(['.', '。', ':', '：'])
        && let Some(title) = title_from_value(text, TextRange::of(text, inner))
    {
        found = Some(field_title(title, lines[below].range()));
        title_line = Some(below);
        paper_signals += 1;
    }
    // The paper's reference among the lines opening a note that has no
    // heading over them (`**[3]** GoogLe Net` over `Szegedy, Christian, et
    // al. "Going deeper with convolutions." Proceedings of …`, or an APA
    // reference): its title. (Not one of several: a list of references.)
    if found.is_none()
        && let [(title, index)] = (first_content_line..lines.len())
            .take_while(|&index| !matches!(kinds[index], LineKind::Heading { .. }))
            .filter(|&index| kinds[index] == LineKind::Text)
            .take(6)
            .filter_map(|index| {
                let range = lines[index].range().trimmed(text);
                let content = range.slice(text);
                let item = TextRange::new(range.start + bullet_len(content), range.end);
                // (Its authors before it: a quoted sentence alone cites
                // nothing.)
                let cited = quoted_citation_title(item.slice(text))
                    .filter(|_| !item.slice(text).starts_with(['"', '“']))
                    .map(|quoted| {
                        TextRange::new(item.start + quoted.start, item.start + quoted.end)
                    })
                    .or_else(|| cited_title(text, item))?;
                let title = title_from_value(text, cited)?;
                (title.text.split_whitespace().count() >= 3).then_some((title, index))
            })
            .take(2)
            .collect::<Vec<_>>()
            .as_slice()
    {
        found = Some(field_title(title.clone(), lines[*index].range()));
        title_line = Some(*index);
        paper_signals += 1;
    }
    if found.is_none()
        && let Some(path) = path
    {
        // (Not a folder that holds a site's or a repository's pages, whose
        // README is their preface: `docs/`, `content/`, `notes/`.)
        let from_folder = path
            .named_by_folder
            .then_some(path.folder)
            .flatten()
            .filter(|folder| !(names_a_container(folder) || names_site_pages(folder)))
            .and_then(|folder| title_from_path(folder, false));
        let (name, source) = match from_folder {
            Some(title) => (Some(title), TitleSource::Folder),
            None => (file_name_title().clone(), TitleSource::FileName),
        };
        // (`intro.md`, `summary/`: a part's name, no paper's.)
        if let Some(title) = name.filter(|title| {
            title.text.split_whitespace().count() > 2
                || heading_kinds(&title.text, vocabulary).is_empty()
        }) {
            found = Some((title, source, HeaderOrigin::Path, line_one));
        }
    }
    // (Not the front page of a folder of paper notes, unless the folder
    // names its one paper too: `Paper-BERT/README.md` on `BERT: …`.)
    if path.is_some_and(|path| {
        path.paper_folder
            && (!path.fronts_paper_notes()
                || found.as_ref().is_some_and(|(title, ..)| {
                    path.folder
                        .is_some_and(|folder| names_its_paper_too(folder, title))
                }))
    }) {
        paper_signals += 1;
    }
    // So do headings that follow a paper's own numbered outline, from its
    // introduction to its evaluation, related work or conclusion (`# 1
    // Introduction` … `# 6 Evaluation`): lecture notes read along a paper.
    if follows_a_papers_outline(text, &headings) {
        paper_signals += 1;
    }
    // So does a file named by a paper's arXiv id.
    if path.is_some_and(|path| is_arxiv_id(path.stem)) {
        paper_signals += 1;
    }
    // So does a tag on the note's first line, as a vault tags its pages
    // (`- #research #paper #robotics`, `#논문`).
    if text_lines(
        text,
        &lines[first_content_line.min(lines.len())..],
        &kinds[first_content_line.min(kinds.len())..],
    )
    .next()
    .is_some_and(tags_a_paper)
    {
        paper_signals += 1;
    }
    // A heading titled as a paper is, six words or more in capitals
    // (`# Visual Autoregressive Modeling: Scalable Image Generation via
    // Next-Scale Prediction`); not a README's, which names its folder
    // (`# Sistema de Notas - Obsidian Vault`). (A post's `index.md` is
    // the post.)
    // So is a file named so (`Deep Neural Networks for YouTube
    // Recommendations.md`, under `#### note:` and `#### comment:`).
    if let Some((
        title,
        TitleSource::Heading | TitleSource::FrontMatter | TitleSource::FileName,
        ..,
    )) = &found
        && !path.is_some_and(|path| untranslated(path.stem).eq_ignore_ascii_case("readme"))
        && title.text.split_whitespace().count() >= 6
        && names_in_capitals(&title.text)
    {
        paper_signals += 1;
    }
    // A model's name before a headline in the reader's language
    // (`FlashVID：视频大语言模型的Token轻量化详解`): a post on its paper.
    if found
        .as_ref()
        .and_then(|(title, ..)| named_before_headline(&title.text))
        .is_some_and(names_a_model)
    {
        paper_signals += 1;
    }
    // A note kept right in a folder of paper notes, under a title as long
    // as a paper's, is one unless it shows otherwise (a template, a reading
    // list); a study note there has a topic's short name (`Gradient
    // Descent`).
    // Or under a model's name (`PIFu.md`, `LASR.md`, `GPT-2.md`): a word
    // with two capitals or a digit names a paper's model, not a topic.
    if path.is_some_and(|path| path.in_paper_folder)
        && found.as_ref().is_some_and(|(title, ..)| {
            title.text.split_whitespace().count() >= 4 || names_a_model(&title.text)
        })
    {
        paper_signals += 1;
    }
    // A folder named with a paper's long title holds that paper's note
    // (`Roofline-An-Insightful-Visual-Performance-Model/README.md`), as
    // does one filed by where it appeared (`(2019IEEE Access)Sunshine-Based
    // Trajectory Simplification/summary.md`).
    if let Some((title, TitleSource::Folder, ..)) = &found
        && (title.text.split_whitespace().count() >= 6
            || title.text.contains(':')
            || title.venue.is_some())
    {
        paper_signals += 1;
    }
    // A note named after its paper: the file's name is the heading's title,
    // a long one as papers have
    // (`Towards_Scaling_up_Markov_Chain_Monte_Carlo:_An_Adaptive_Subsampling_Approach.md`),
    // or the paper's short name (`mixmatch.md` for `MixMatch: A Holistic
    // Approach …`), or the title's first words (`the_effect_of_broad.md`);
    // a page of documentation is named after its heading too, but a short
    // one (`how-to-contribute.md`).
    // So is a README in a folder named after it
    // (`2015/deep_residual_learning_for_image_recognition/README.md`).
    // Or its `notes.md` (`OSDI/1994/Lottery Scheduling: Flexible
    // Proportional-Share Resource Management/notes.md`).
    // (Not a folder that says it holds paper notes, `robotics-paper-study/`
    // under `# Robotics Paper Study`: the collection's README.)
    let folder_names_the_paper = matches!(
        &found,
        Some((_, TitleSource::Heading | TitleSource::Field, ..))
    ) && path
        .is_some_and(|path| path.is_readme_or_index() || path.named_by_folder)
        && path
            .and_then(|path| path.folder)
            .filter(|folder| !names_paper_notes(folder))
            .and_then(|folder| title_from_path(folder, false))
            .zip(found.as_ref())
            .is_some_and(|(name, (title, ..))| {
                named_after_the_paper(&name.key, title)
                    || name.key == title.key && title.text.split_whitespace().count() >= 4
            });
    if let Some((title, TitleSource::Heading | TitleSource::Field, ..)) = &found
        && (folder_names_the_paper
            || file_name_title()
                .as_ref()
                .is_some_and(|name| named_after_the_paper(&name.key, title)))
    {
        paper_signals += 1;
    }
    // A note named by its paper's acronym: `DDPM/README.md` on `Denoising
    // Diffusion Probabilistic Models`, `dqn.md`.
    if let Some((title, TitleSource::Heading | TitleSource::Field | TitleSource::FrontMatter, ..)) =
        &found
        && path.is_some_and(|path| {
            abbreviates(path.stem, &title.text)
                || path.named_by_folder && path.folder.is_some_and(|f| abbreviates(f, &title.text))
        })
    {
        paper_signals += 1;
    }
    // A README in a folder named by a model (`ResNet/README.md`,
    // `01_AlexNet/README.md`): that model's paper, when it opens with its
    // summary (`# 개요` over `## Overall architecture`) or is
    // titled as a paper is (`# Deep Residual Learning for Image
    // Recognition`).
    if let Some(path) = path
        && path.is_readme_or_index()
        && let Some(folder) = path
            .folder
            .and_then(|folder| title_from_path(folder, false))
        && names_a_model(&folder.text)
        && match &found {
            Some((_, TitleSource::Folder, ..)) => headings
                .iter()
                .find(|heading| heading.line >= first_content_line)
                .is_some_and(|heading| {
                    heading_kinds(heading.text.slice(text), vocabulary)
                        .contains(&SectionKind::Summary)
                }),
            Some((title, TitleSource::Heading, ..)) => {
                title.text.split_whitespace().count() >= 4 && names_in_capitals(&title.text)
            }
            _ => false,
        }
    {
        paper_signals += 1;
    }
    // A note whose references cite first a work its title begins, with
    // where and when it appeared (`# Spanner` over `# References` and
    // `"Spanner: Google's Globally-Distributed Database", OSDI 2012`): a
    // note on that paper, named shortly.
    if let Some((title, ..)) = &found
        && references_cite_the_title(text, lines, kinds, &title.key)
    {
        paper_signals += 1;
    }
    if path.is_some_and(|path| path.venue_folder || path.cited_folder || path.cited_name) {
        paper_signals += 1;
    }
    // `reviewer:` in front matter says in so many words that this is a review,
    // and so does an `author:` naming several people (`John Widloski and Ila
    // R Fiete`), the paper's. A post's one `author:` counts less: every blog
    // post names one.
    let front_matter_reviewer = front_matter.is_some_and(|fm| fm.reviewer.is_some());
    if let Some(fm) = front_matter
        && let Some(named) = fm.reviewer
    {
        let names = named.slice(text);
        paper_signals +=
            if fm.names_a_reviewer || looks_like_author_list(names) || names.contains(" and ") {
                2
            } else {
                1
            };
    }
    paper_signals += front_matter.map_or(0, |fm| front_matter_evidence(text, fm));

    // The reviewer: front matter, then a field near the top.
    if let Some(range) = front_matter.and_then(|fm| fm.reviewer) {
        reviewer = Some(Reviewer {
            name: range.slice(text).to_owned(),
            range,
        });
    }
    if reviewer.is_none() {
        // A presenter (`- **발표자**: 조재현`) wrote the note unless a reviewer
        // is named after them, as a reading club's week names each review's
        // (`### 리뷰 1` over `- **리뷰어**: 박민경`).
        let mut presenter = None;
        for (index, line) in lines
            .iter()
            .enumerate()
            .take(field_limit.max(first_content_line + 40).min(lines.len()))
            .skip(first_content_line)
        {
            if !matches!(kinds[index], LineKind::Text | LineKind::Directive) {
                continue;
            }
            if let Some(value) =
                field_value(text, *line, REVIEWER_FIELDS).or_else(|| reviewed_by(text, *line))
            {
                let name = strip_link(text, value);
                let name_text = name.slice(text);
                // (`Author: GUANSONG PANG and CHUNHUA SHEN`: the paper's.)
                let lower = name_text.to_lowercase();
                let is_one_name = !name_text.is_empty()
                    && name_text.chars().count() <= 40
                    && !name_text.contains([',', ';', '&'])
                    && !lower.contains("et al")
                    && !lower.contains(" and ");
                if is_one_name {
                    let found = Reviewer {
                        name: name_text.to_owned(),
                        range: name,
                    };
                    if field_value(text, *line, &["발표자"]).is_none() {
                        reviewer = Some(found);
                        break;
                    }
                    presenter = presenter.or(Some(found));
                }
            }
        }
        reviewer = reviewer.or(presenter);
    }

    // Paper evidence near the top: metadata fields, paper links, an author
    // list under the title.
    let top_end = lines.len().min(first_content_line + 40);
    let mut has_field = false;
    let mut has_link = false;
    for (index, line) in lines
        .iter()
        .enumerate()
        .take(top_end)
        .skip(first_content_line)
    {
        // A title heading is often the paper's link: `# [Title](…pdf)`.
        if !matches!(
            kinds[index],
            LineKind::Text | LineKind::Directive | LineKind::Heading { .. }
        ) {
            continue;
        }
        let content = line.text(text);
        if !has_link {
            let lower = content.to_ascii_lowercase();
            has_link = names_a_paper_host(&lower);
        }
        if !has_field {
            // A field set as a small heading, `###### published: NIPS 2016`,
            // is read without its hashes.
            let field_line = match kinds[index] {
                LineKind::Heading {
                    level,
                    text: heading,
                } => (level >= 4).then_some(Line {
                    start: heading.start,
                    end: heading.end,
                    next: line.next,
                }),
                _ => Some(*line),
            };
            has_field = field_line
                .is_some_and(|field| field_value(text, field, PAPER_FIELDS).is_some())
                || heads_a_field(text, lines, kinds, index);
        }
    }
    paper_signals += usize::from(has_field) + usize::from(has_link);
    // The title's heading is the paper's link itself (`# [Deep learning with
    // long short-term memory networks for …](https://www.sciencedirect.com/
    // …)`): a note on that paper, however little is written under it.
    paper_signals += usize::from(title_line.is_some_and(|at| {
        matches!(kinds[at], LineKind::Heading { .. }) && {
            let content = lines[at].text(text).to_ascii_lowercase();
            content.contains("](http") && names_a_paper_host(&content)
        }
    }));
    let cited_under_title = bibtex_cited
        || title_line.is_some_and(|title_line| {
            // The authors in a heading count too: `#### James Hays, Alexei
            // A. Efros` under `## Scene Completion Using Millions of
            // Photographs`, `## Ekaterina Tolstaya, Fernando Gama, …` under
            // `# Learning Decentralized Controllers …`.
            lines
                .iter()
                .enumerate()
                .skip(title_line + 1)
                .filter_map(|(index, line)| match kinds[index] {
                    LineKind::Text => Some(line.text(text)),
                    LineKind::Heading { text: words, .. } => Some(words.slice(text)),
                    _ => None,
                })
                .filter(|line| !line.trim().is_empty())
                .take(2)
                .any(|line| {
                    looks_like_author_list(line)
                        || looks_like_citation(line)
                        || names_its_authors(line)
                        || found
                            .as_ref()
                            .is_some_and(|(title, ..)| cites_the_title(line, &title.text))
                })
        });
    paper_signals += usize::from(cited_under_title);
    // `title: "[논문 리뷰] Dyanamic Window Approach (DWA) 알고리즘"`: the writer
    // tags the note as a paper's review.
    let tagged_review = found
        .as_ref()
        .is_some_and(|(.., line)| tags_a_paper_review(line.slice(text)));
    paper_signals += usize::from(tagged_review);

    // The note's own sentences speak of a paper and its authors (`This
    // work presents a framework`, `the authors used a Markov chain model`,
    // `이 논문은`, `本文提出`): evidence under a title as long as a paper's,
    // or with two sections of a review labelled (below); a topic's note
    // (`# Face recognition` over `## In a nutshell`) cites works too.
    // Read only when asked: most notes are decided without it.
    let title_words = found
        .as_ref()
        .map_or(0, |(title, ..)| title.text.split_whitespace().count());
    let speaks = std::cell::OnceCell::new();
    let speaks_of_the_paper = || {
        *speaks.get_or_init(|| {
            title_words > 0
                && prose_speaks_of_the_paper(
                    text,
                    &lines[first_content_line.min(lines.len())..],
                    &kinds[first_content_line.min(kinds.len())..],
                )
        })
    };
    if title_words >= 4 && speaks_of_the_paper() {
        paper_signals += 1;
    }
    // Or under the paper's citation as its heading (`## Shneiderman,
    // 2007`, `# Kay et al`, `# Wobbrock and Kientz`), as a course's
    // reading reflections name their papers.
    if let Some((_, TitleSource::Heading, _, line)) = &found
        && cites_authors(&heading_core(line.slice(text)))
        && speaks_of_the_paper()
    {
        paper_signals += 1;
    }

    // The body: everything after the title's line (or after the front
    // matter when the title is not a line of the text).
    let body_from = match (title_line, &found) {
        (Some(index), Some((_, TitleSource::Heading | TitleSource::Header, _, _))) => {
            lines[index].next
        }
        _ => front_matter.map_or(0, |fm| fm.body_start),
    };
    let body = TextRange::new(body_from.min(text.len()), text.len()).trimmed(text);

    // The note's one `#` heading over a title field (`# Quantum Paper
    // Teardown` over `- **Title:** Scalable Neural Decoders …`) is its
    // banner, no section.
    // (Nor is one that ends in the title the field gives, whatever the
    // words before it: `# Paper Evaluation: Advances in Neural Rendering`
    // over `**Title**: Advances in Neural Rendering`.)
    let banner = match (&found, title_line) {
        (Some((title, TitleSource::Field, ..)), Some(title_index)) => headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .filter(|first| {
                first.line < title_index
                    && first.level == 1
                    && headings.iter().filter(|heading| heading.level == 1).count() == 1
                    && (heading_kinds(first.text.slice(text), vocabulary).is_empty()
                        || (title.text.contains(' ')
                            && TitleKey::new(first.text.slice(text))
                                .as_str()
                                .ends_with(title.key.as_str())))
            })
            .map(|first| first.line),
        _ => None,
    };
    // The title again in the reader's language right under it (`## Sample
    // normalization methods in quantitative metabolomics` over `###
    // 度量代谢组学中的样本归一化方法`): its subtitle, no part, though its last
    // word names one.
    let subtitle = match (&found, title_line) {
        (Some((title, TitleSource::Heading, HeaderOrigin::Heading { level }, _)), Some(index))
            if !written_in_cjk(&title.text) =>
        {
            headings
                .iter()
                .find(|heading| heading.line > index)
                .filter(|next| {
                    let words = next.text.slice(text);
                    next.level > *level
                        && (index + 1..next.line).all(|i| kinds[i] == LineKind::Blank)
                        && written_in_cjk(words)
                        && cjk_and_letters(words).0 >= 10
                        && !starts_with_numbering(words)
                        && !words.contains([':', '：', '(', '（', ',', '，'])
                        // (Nor a question, `## 왜 기존 방법은 부족한가?`.)
                        && !is_question(words)
                        && !asks_why(&heading_core(words), words)
                        && exact_heading_kinds(words, vocabulary).is_empty()
                        && matches!(
                            heading_kinds(words, vocabulary).as_slice(),
                            [
                                SectionKind::Purpose
                                    | SectionKind::Method
                                    | SectionKind::Experiment
                            ]
                        )
                })
                .map(|next| next.line)
        }
        _ => None,
    };
    let mut sections = sections(
        text,
        lines,
        kinds,
        body,
        vocabulary,
        title_line,
        [banner, subtitle],
    );
    // The headings parts are inferred from: none of them the banner or the
    // subtitle, nor any above the title (`# 第三周 2017/10/30 - 2017/11/5` over `##
    // Combining NMR and LC/MS …`).
    // Nor the first heading when it repeats a title found elsewhere (`title:
    // Deep Residual Learning for Image Recognition` over `# Deep Residual
    // Learning for Image Recognition`): the title's heading, never a part.
    let repeated_title = found.as_ref().and_then(|(title, ..)| {
        headings
            .iter()
            .find(|h| h.line >= first_content_line)
            .filter(|h| Some(h.line) != title_line)
            .filter(|h| {
                clean_heading_title(text, h.text)
                    .is_some_and(|cleaned| cleaned.title.key == title.key)
            })
            .map(|h| h.line)
    });
    let part_headings: std::borrow::Cow<[NoteHeading]> =
        match (banner, subtitle, title_line, repeated_title) {
            (None, None, None, None) => std::borrow::Cow::Borrowed(&headings),
            _ => headings
                .iter()
                .copied()
                .filter(|h| {
                    ![banner, subtitle, repeated_title].contains(&Some(h.line))
                        && title_line.is_none_or(|title| h.line > title)
                })
                .collect(),
        };
    // (What the paper does better than earlier work, `先行研究と比べてどこが
    // すごい？`, is as much a reader's part as the three.)
    let found_kinds: Vec<SectionKind> = [
        SectionKind::Purpose,
        SectionKind::Method,
        SectionKind::Experiment,
        SectionKind::Novelty,
    ]
    .into_iter()
    // `Why` / `What` / `How` name sections in review templates, but also in
    // every kind of documentation: alone they do not make a review.
    .filter(|kind| {
        sections.iter().any(|s| {
            s.kind == *kind
                && !["why", "what", "how"]
                    .contains(&heading_core(s.label.slice(text)).to_lowercase().as_str())
        })
    })
    .collect();
    // A summary written in, not a template's `### Abstract` over its
    // unanswered questions.
    // (A summary over its template's questions left blank, `### What is
    // most interesting in the paper?` over `[Your first paragraph here]`,
    // holds nothing.)
    let has_summary = sections
        .iter()
        .any(|s| s.kind == SectionKind::Summary && !vacant_under_headings(s.content.slice(text)));
    // Sections taken by their place or their words, kept in the note's order.
    let insert = |sections: &mut Vec<Section>, inferred: Section| {
        let at = sections
            .iter()
            .position(|s| s.label.start > inferred.label.start)
            .unwrap_or(sections.len());
        sections.insert(at, inferred);
    };
    if !found_kinds.contains(&SectionKind::Method)
        && let Some(inferred) =
            method_by_position(text, &part_headings, &sections, title_line, body)
    {
        insert(&mut sections, inferred);
    }
    if !found_kinds.contains(&SectionKind::Purpose)
        && let Some(inferred) = purpose_by_position(text, &part_headings, &sections, title_line)
    {
        insert(&mut sections, inferred);
    }
    // A method under a heading named after it (`## Dense Hash Encoding`,
    // `## 2. Modernizing a ConvNet`) is read from what the heading holds.
    // Only the method: read so, results and background were taken for
    // each other too often (measured on the truth tables).
    if !sections.iter().any(|s| s.kind == SectionKind::Method)
        && let Some(inferred) = method_by_content(text, &part_headings, &sections, title_line)
    {
        insert(&mut sections, inferred);
    }
    // `### What is XLNet?`, `## BERT란?`: the paper's own name asked about
    // is what it proposes.
    if !sections.iter().any(|s| s.kind == SectionKind::Method)
        && let Some((title, ..)) = &found
        && let Some(inferred) =
            method_asked_by_name(text, &part_headings, &sections, &title.text, title_line)
    {
        insert(&mut sections, inferred);
    }

    // A note with no method part but its contributions (`Key
    // Contributions:`, `## 주요 기여`) says there what the paper proposes:
    // that part stands for the method, marked inferred.
    if !sections.iter().any(|s| s.kind == SectionKind::Method)
        && let Some(contribution) = sections
            .iter()
            .find(|s| s.kind == SectionKind::Novelty && !s.content.is_empty())
    {
        let inferred = Section {
            kind: SectionKind::Method,
            inferred: true,
            ..contribution.clone()
        };
        insert(&mut sections, inferred);
    }
    // Labels in the review grammar (`- 목적: …`, `**Method**: …`) are
    // written by reviewers, not by READMEs.
    let mut label_kinds: Vec<SectionKind> = sections
        .iter()
        .filter(|section| {
            matches!(section.placement, Placement::LineStart { .. })
                && vocabulary.is_alias(section.label.slice(text))
        })
        .map(|section| section.kind)
        .collect();
    label_kinds.sort_unstable();
    label_kinds.dedup();
    if label_kinds.len() >= 2 {
        paper_signals += 1;
    }
    // `## Main contributions` over what they are: a paper's, listed by its
    // reader.
    if sections.iter().any(|section| {
        section.kind == SectionKind::Novelty
            && !crate::parser::is_vacant(section.content.slice(text).trim())
    }) {
        paper_signals += 1;
    }

    // `# cnn-feature-hierarchy`, its folder's slug, over a line that links
    // the paper alone (`[Rich feature hierarchies for accurate object
    // detection …](https://arxiv.org/pdf/1311.2524.pdf)`): the linked title.
    if let Some((title, TitleSource::Heading, ..)) = &found
        && is_repository_slug(&title.text)
        && let Some(below) = title_line.and_then(|line| {
            (line + 1..lines.len()).find(|&below| !matches!(kinds[below], LineKind::Blank))
        })
        && matches!(kinds[below], LineKind::Text)
        && is_link_line(lines[below].text(text))
        && let Some((linked, target)) = link_title(text, lines[below])
        && names_a_paper_host(&target.to_ascii_lowercase())
        && linked.text.split_whitespace().count() >= 4
    {
        found = Some(field_title(linked, lines[below].range()));
        paper_signals += 1;
    }

    // Is this a review note at all?
    let title_text = found.as_ref().map(|(title, ..)| title.text.as_str());
    let placeholder = repository_banner
        || title_text.is_some_and(is_generic_title)
        || path.is_some_and(|p| names_a_template(p.stem) || p.folder.is_some_and(names_a_template))
        // `<论文标题>`, `{{ title }}`: a blank of the template.
        || title_text.is_some_and(|t| {
            t.contains("{{") || titles_a_template(t) || (t.starts_with('<') && t.ends_with('>'))
        })
        // Or the first heading is the blank, `# [Title]`, whatever was
        // read below it.
        || headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .and_then(|heading| {
                let content = heading.text.slice(text).trim();
                content.strip_prefix('[')?.strip_suffix(']')
            })
            .is_some_and(names_title_alone)
        // A site theme's sample post, its body still `Lorem ipsum dolor
        // sit amet …` under a paper's title, or its paper by `Sample Author
        // C, Sample Author D`.
        || text.contains("orem ipsum dolor")
        || text.contains("Sample Author")
        // Or its paper's link still the sample's, `paper_url:
        // "https://arxiv.org/abs/XXXX.XXXXX"`.
        || front_matter.is_some_and(|fm| {
            fm.fields.iter().any(|(_, value)| {
                let value = value.slice(text);
                value.contains("XXXX.XXXX") || value.contains("xxxx.xxxx")
            })
        });
    // (Not a paper's own subsections, numbered in two levels, on the works
    // it revisits: `### 4.2 ANAH 2.0 (w/ reference) (Gu et al., 2024)`.)
    // (Nor the works a note compares its paper with, headed below the
    // level of its own written parts: `## 与相关论文对比` over `###
    // **Revisiting the Polyak Step Size**（Hazan and Kakade, 2019）`
    // beside `## 方法概述` and `## 实验结果`. A list's papers head its
    // parts, `## Paper (2020)` over `### Method`.)
    let parts_level = sections
        .iter()
        .filter(|s| {
            s.kind.is_one_of_the_three()
                && !s.inferred
                && !crate::parser::is_vacant(s.content.slice(text))
        })
        .filter_map(|s| match s.placement {
            Placement::Heading { level } => Some(level),
            _ => None,
        })
        .min();
    let papers_listed = headings
        .iter()
        .filter(|h| Some(h.line) != title_line)
        .filter(|h| parts_level.is_none_or(|level| h.level <= level))
        .filter(|h| !numbered_subsection(h.text.slice(text)))
        // (Nor a part citing where it was read, the note's own file named
        // after its paper: `## Results (from RoboFDM_ICRA_2017.pdf Fig 4)`
        // in `RoboFDM_ICRA_2017.md`.)
        .filter(|h| {
            !path.is_some_and(|path| {
                path.stem.chars().count() >= 6 && h.text.slice(text).contains(path.stem)
            })
        })
        .filter(|h| {
            Title::from_raw(h.text.slice(text), h.text.start)
                .is_some_and(|t| t.year.is_some() && t.text.split_whitespace().count() >= 2)
                || crate::title::cites_venue(h.text.slice(text))
        })
        .count();
    // Papers one under each heading with its link (`### Towards Accurate
    // Binary …` over `**Link**: https://papers.nips.cc/…`): a list of
    // summaries, not a review of one.
    let papers_listed =
        papers_listed + linked_paper_headings(text, lines, kinds, &headings, title_line);
    // A folder's README that links to three notes below it is the folder's
    // index (`| [LoRA](./1_PEFT/001_LoRA.md) | … |`).
    // (Not one that links to its own paper's parts, `[01 - Introduction]
    // (sections/01-introduction.md)`, `[03 - Method](…)`: the paper's
    // note, in several files.)
    // (Not the README of a folder named after its paper, titled so, that
    // links the note's own further pages: `attention-is-all-you-need/
    // README.md` over `architecture.md` and `attention-mechanics.md`.)
    let folder_index =
        path.is_some_and(NotePath::is_readme_or_index) && !folder_names_the_paper && {
            let (notes, parts) = notes_linked_below(text, lines, kinds, vocabulary);
            notes >= 3 && parts * 2 < notes
        };
    let prose = prose_chars(text, lines, kinds);
    // A title over a filled-in summary (`# Abstract` and a sentence) is a
    // review begun; over an empty one, a template.
    let summary_written = sections.iter().any(|s| {
        s.kind == SectionKind::Summary
            && matches!(
                s.placement,
                Placement::Heading { .. } | Placement::LineStart { bold: true, .. }
            )
            && s.content.slice(text).lines().any(|line| {
                // A sentence, not a link or a rule.
                let line = line.trim();
                UnicodeWidthStr::width(line) > 40
                    && !line.contains("://")
                    && !line.starts_with('|')
                    && !crate::parser::is_vacant(line)
            })
    });
    // A short note of a few sentences under its paper's citation (`#
    // Hypernetworks` over `Ha, David, Dai, Andrew, and Le, Quoc V. …
    // (ICLR), 2017.`) is a review begun, with no template of headings
    // around it (an unfilled template has its headings, or a `## 📌
    // Metadata` over its fields). A sentence at least (80 columns of
    // prose): a pointer to someone else's summary is not a note begun.
    let below_title: Vec<&NoteHeading> = headings
        .iter()
        .filter(|h| Some(h.line) != title_line)
        .collect();
    let short_note = cited_under_title
        && prose >= 80
        && below_title.len() <= 1
        && !below_title
            .iter()
            .any(|h| is_other_section(h.text.slice(text)));
    // A paragraph or two in a folder of paper notes, saying in its own words
    // what a paper did (`Another interesting Schmidhuber paper. Basically
    // compress the visual state using a VAE …` in `paper-notes/WorldModels.md`):
    // a review however short. A topic's note there speaks of no one paper,
    // and a folder's README is its index. Under a title as long as a
    // paper's (`## Learning to Prompt for Continual Learning` over five
    // numbered points), the title says which paper.
    // (`# Balzano Research Paper` says so itself.)
    let paragraph_note = path.is_some_and(|path| {
        path.paper_folder && (!path.is_readme_or_index() || folder_names_the_paper)
    }) && below_title.is_empty()
        && prose >= 80
        && (title_words >= 4
            || found
                .as_ref()
                .is_some_and(|(title, ..)| holds_term(&title.text.to_lowercase(), "paper"))
            || text_lines(text, lines, kinds).take(3).any(|line| {
                let lower = line.to_lowercase();
                holds_term(&lower, "paper") || lower.contains("논문") || lower.contains("论文")
            }));
    if paragraph_note {
        paper_signals += 1;
    }
    let short_note = short_note || paragraph_note;
    // The parts named and written in: a template's blanks (`<待精读>`) name
    // parts but hold nothing yet.
    let filled_kinds: Vec<SectionKind> = found_kinds
        .iter()
        .copied()
        .filter(|kind| {
            sections.iter().any(|s| {
                s.kind == *kind
                    && !s.content.is_empty()
                    && !crate::parser::is_vacant(s.content.slice(text))
            })
        })
        .collect();
    // (Not a few sentences under a title that says they are notes on the
    // paper, `# [ARC: …](…) 论文阅读笔记`: a short review, not a stub.)
    // (Nor a note begun right in a folder of paper notes, under a paper's
    // title and with more evidence of a paper, however little is written
    // yet: `# LPCNet: Improving Neural Speech Synthesis Through Linear
    // Prediction` and its link alone in `paper-notes/`. Its parts are
    // missing.
    // Nor, in any folder, a note headed by a paper's title with three signs
    // of a paper or more (`# Adam: A Method for Stochastic Optimization`
    // over its `저자 :` line and the paper's link): begun, or a template
    // filled with the paper's title and nothing more yet; not in a folder
    // of a note's pictures, `images/PoseGen/`. Titled so in front matter
    // or a title field too: `title: "NavGPT: Explicit Reasoning in …"`
    // over its authors, venue and a line or two. (Not by a BibTeX entry,
    // the paper's citation, over a link to someone else's summary.)
    // With a title of four words or more, two signs will do, and a README
    // or `paper.md` named by its folder is begun so too
    // (`ResNeXt/README.md`, `# [Aggregated Residual Transformations for
    // Deep Neural Networks](…)` over a link to its code): its writer means
    // to fill it in, and readers count it a review of that paper with its
    // parts missing. So is a note titled by its file's name of five words
    // or more. Not a page listing papers.)
    let titled_in_the_text = match found {
        Some((_, TitleSource::Heading | TitleSource::FrontMatter, ..)) => true,
        Some((_, TitleSource::Field, ..)) => !bibtex_cited,
        _ => false,
    };
    let headed = title_words >= 3 && papers_listed == 0 && paper_signals >= 3 && titled_in_the_text;
    let headed_by_a_paper = headed
        && !path.is_some_and(|path| {
            path.named_by_folder || path.asset_folder || path.is_readme_or_index()
        })
        || title_words >= 4
            && papers_listed == 0
            && paper_signals >= 2
            && !path.is_some_and(|path| path.asset_folder)
            && (titled_in_the_text
                || matches!(found, Some((_, TitleSource::FileName, ..))) && title_words >= 5);
    // A note that is yet only a paper's title (`# Paxos Made Simple`, `#
    // Gorilla: A Fast, Scalable, In-Memory Time Series Database`), maybe
    // over its template's empty headings: a review begun, nothing written
    // in it yet. (Not a README, which names its folder; not a title of a
    // word or two, a topic's.)
    let title_alone = matches!(found, Some((_, TitleSource::Heading, ..)))
        && papers_listed == 0
        && !path.is_some_and(|path| path.is_readme_or_index() || path.asset_folder)
        && text_lines(text, lines, kinds).next().is_none()
        && found.as_ref().is_some_and(|(title, _, _, line)| {
            // (Nor a sentence: `# 코드 내에서 … 커밋하였습니다.`.)
            let raw = line.slice(text).trim_end();
            (title_words >= 5
                || title_words >= 3
                    && (names_in_capitals(&title.text) || title.text.contains([':', '：'])))
                && !raw.ends_with(['.', '。'])
                && !ends_a_korean_sentence(raw)
        });
    // So headed, in a README named by its folder too, with its reviewer
    // named in the text (`**reviewed by [Seongwon Moon](…)**` under the
    // paper's cited link): a review assigned, one even while its parts
    // are still to be written (`## 1. 요약` over `TBD`).
    let assigned = headed && !front_matter_reviewer && reviewer.is_some();
    let begun = headed_by_a_paper
        || title_alone
        || assigned
        || (title_words >= 3
            && papers_listed == 0
            && paper_signals >= 2
            && path.is_some_and(|path| path.in_paper_folder));
    let stub = filled_kinds.is_empty()
        && !summary_written
        && prose < 300
        && !(short_note || begun || (tagged_review && prose >= 80));
    // A template's title field left blank (`# 論文名` over `### 著者`) over
    // parts left blank too; with two parts written in, the note was begun
    // and its file names the paper.
    let unfilled_title = unfilled_title && filled_kinds.len() < 2;
    // A template that still says where the notes go (`Your personal notes
    // and summaries about the paper go here.`), with little else written.
    // (Or still headed as one, `# 📄 论文笔记模板` over a title filled in
    // its table and every part's guidance in comments; with a part or its
    // one-line summary written in, the note was begun in the template.)
    let template_left = prose < 300
        && (text_lines(text, lines, kinds).any(|line| {
            let lower = line.to_lowercase();
            lower.contains(" go here") || lower.contains(" goes here")
        }) || (!summary_written
            && sections.iter().all(|s| {
                !s.kind.is_one_of_the_three() || vacant_under_headings(s.content.slice(text))
            })
            && headings
                .iter()
                .find(|heading| heading.line >= first_content_line)
                .is_some_and(|first| titles_a_template(&heading_core(first.text.slice(text))))));
    // A template's headings with nothing under any of them but more
    // headings (`### Method` over `#### Identifiable Roles`).
    // (The parts first: most notes have one filled in, and that ends it.)
    // A template's guidance in an HTML comment over several lines is
    // vacant as a whole (`<!-- 줄글로 작성` … `-->`), not line by line.
    // (Not a note headed by its paper, above, whose headings hold not a
    // word yet: they wait to be written under. A template's guidance or
    // blanks to fill in, `[Your first paragraph here]`, are words.)
    let unfilled = !(sections.is_empty()
        || assigned
        || ((headed_by_a_paper || title_alone)
            && sections.iter().all(|s| {
                s.content.slice(text).lines().all(|line| {
                    line.trim_start().starts_with('#') || !line.chars().any(char::is_alphabetic)
                })
            })))
        && sections
            .iter()
            .all(|s| vacant_under_headings(s.content.slice(text)))
        && prose_outside_references(text, lines, kinds) < 100;
    // A reading list, not a review: no section of one, and papers cited a
    // list item each (`- _Title_ — Authors (2021)`) or three papers linked.
    // A note on one paper citing others has prose of its own besides.
    // (Not a note written all in bullets that cites a few papers among
    // its hundred items: a reading list's items are mostly its papers.)
    let list_items = || {
        text_lines(text, lines, kinds)
            .filter(|content| is_list_item(content))
            .count()
    };
    // (Or ten items and more, two in three linking to notes or papers, `-
    // [ACL 2017] An End-to-End Model … [summary](/paper/….md)`, however its
    // categories read: `## Model Design(Model Archetecture, …)` names no
    // part. Not a table of contents, `- [论文简介](#论文简介)`.)
    let linked_list = |items: usize| {
        items >= 10
            && text_lines(text, lines, kinds)
                .filter(|content| {
                    is_list_item(content) && content.contains("](") && !content.contains("](#")
                })
                .count()
                * 3
                >= items * 2
    };
    // Or a table of papers, a row each, its first cell the paper's title
    // linked (`|[Deep learning for time series classification: a
    // review]()|Data Mining …|Survey|…|`), five rows or more.
    let table_of_papers = || {
        text_lines(text, lines, kinds)
            .filter(|content| tables_a_paper(content))
            .count()
            >= 5
    };
    let reading_list = if found_kinds.is_empty() {
        prose_outside_lists(text, lines, kinds) < 300 && {
            let items = list_items();
            let papers = cited_list_items(text, lines, kinds).max(paper_links(text, lines, kinds));
            // Or a list of links to anything, two items in three a link with
            // a few words (`- grad-cam video: https://www.youtube.com/…`).
            let links = text_lines(text, lines, kinds)
                .filter(|content| is_list_item(content) && names_a_link(content))
                .count();
            papers >= 3 && papers * 3 >= items
                || links >= 3 && links * 3 >= items * 2
                || linked_list(items)
                || table_of_papers()
                // Or three papers or more, each given its link as an item
                // (`**2. VGGNet**` over `- [논문 링크](https://arxiv.org/…)`),
                // whatever else a study's log lists.
                || text_lines(text, lines, kinds)
                    .filter(|content| links_the_paper(content))
                    .count()
                    >= 3
        }
    } else {
        (linked_list(list_items()) || table_of_papers())
            && prose_outside_lists(text, lines, kinds) < 300
    };
    // `# Graduation Project`, `# 캡스톤 디자인` opening the note: the
    // writer's own project, however much it reads like a paper.
    let own_project = headings
        .iter()
        .find(|heading| heading.line >= first_content_line)
        .is_some_and(|heading| names_own_project(heading.text.slice(text)));
    // A draft that names where it will be sent (`> **Target Venue / 目标会议:**
    // AAAI 2026`): the writer's own paper, however like a review it reads.
    let top = first_content_line.min(top_end)..top_end;
    let own_draft = lines[top.clone()]
        .iter()
        .zip(&kinds[top])
        .filter(|(_, kind)| matches!(kind, LineKind::Text))
        .any(|(line, _)| {
            let label = line.text(text).trim_start_matches(['>', '-', '*', ' ']);
            [
                "target venue",
                "target conference",
                "target journal",
                "目标会议",
                "目标期刊",
            ]
            .iter()
            .any(|target| crate::title::strip_prefix_ignore_case(label, target).is_some())
        });
    let own_work = (path.is_some_and(|path| path.own_work_folder) || own_project || own_draft)
        && !front_matter_reviewer;
    // The README or index of a folder named for paper notes (`Paper_Notes/
    // index.md`, `paper-notes/README.md`) is the collection's own page: its
    // title would be the folder's name.
    // A folder named for one paper's review (`BERT 논문 리뷰/README.md`) is
    // that paper's.
    let notes_index = matches!(&found, Some((_, TitleSource::Folder, ..)))
        && path.is_some_and(|path| {
            path.folder.is_some_and(|folder| {
                names_paper_notes(folder)
                    && (names_a_repository(folder) || title_text.is_some_and(is_generic_title))
            })
        });
    // `README.md` opening with `# Paper Summaries`, `# 논문 리뷰`: the
    // collection's own page, whatever heading comes next. Not a smaller
    // heading over a larger one (`### Paper Review` over `# Segment
    // Anything (2023)`): that tags the note the larger one titles.
    // (Not one whose title is in a field under that heading: `# Research
    // Paper Note` over `| Research Paper | [ZeRO: …](…) |`.)
    let collection_readme = path.is_some_and(NotePath::is_readme_or_index)
        && !matches!(&found, Some((_, TitleSource::Field, ..)))
        && headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .filter(|first| {
                headings
                    .iter()
                    .all(|other| other.line < first.line || other.level >= first.level)
            })
            .is_some_and(|heading| {
                // `# Paper Study (seunghee's Archive)`: whose collection it is.
                let core = heading_core(heading.text.slice(text));
                let words = match core.rfind('(') {
                    Some(open) if core.ends_with(')') && open > 0 => core[..open].trim_end(),
                    _ => core.as_str(),
                };
                // `# Paper Notes Archive`, `# Paper Reading Log`: what keeps
                // them.
                let words = words
                    .rsplit_once(' ')
                    .filter(|(_, last)| {
                        [
                            "archive",
                            "collection",
                            "repository",
                            "list",
                            "log",
                            "journal",
                            "tracker",
                        ]
                        .contains(&last.to_lowercase().as_str())
                    })
                    .map_or(words, |(kept, _)| kept);
                // `# Paper Notes CN`: in which language.
                let words = words
                    .rsplit_once(' ')
                    .filter(|(_, last)| names_a_language(last))
                    .map_or(words, |(kept, _)| kept);
                // `# 论文阅读目录`: their table of contents; `# 论文阅读记录`:
                // their log.
                let words = [
                    "目录", "目錄", "索引", "목차", "목록", "目次", "一覧", "记录", "記錄", "記録",
                    "기록",
                ]
                .iter()
                .find_map(|contents| words.strip_suffix(contents))
                .map_or(words, str::trim_end);
                // (`# Original Paper` over its link is the note's own paper.)
                is_generic_title(words)
                    && names_paper_notes(words)
                    && crate::title::strip_prefix_ignore_case(words, "original ").is_none()
            });
    // The title, or the heading opening the note when it is no title
    // (`# AE → VAE → VQ-VAE 계열 정리` ends with a section word).
    // (Or the file's name: `DAVIS-2017-papers.md`.)
    // (Or its headings number them: `## [Paper 1](paper1.pdf)`, `## [Paper
    // 2](paper2.pdf)`.)
    let numbered_papers = headings
        .iter()
        .filter(|heading| {
            // (Most headings hold no number: they are not read again.)
            let raw = heading.text.slice(text);
            if !raw.bytes().any(|b| b.is_ascii_digit()) {
                return false;
            }
            let core = heading_core(raw).to_lowercase();
            // (Or its readings: `#### **Lectura 1: Combining predictions
            // …**`, `Lectura 2: Context-Aware …`.)
            core.split_once(' ').is_some_and(|(paper, number)| {
                [
                    "paper", "논문", "论文", "論文", "lectura", "leitura", "reading",
                ]
                .contains(&paper)
                    && number
                        .trim_start_matches('#')
                        .split([':', '.', ' '])
                        .next()
                        .is_some_and(|number| number.parse::<u8>().is_ok())
            })
        })
        .count();
    // Another paper's title at the title's own level, after it: its short
    // name before a title in capitals (`## PLATO: Pre-trained Dialogue …`
    // then `## PLATO-2: Towards Building an Open-Domain Chatbot …`), or two
    // more such titles (`# Shortcut-Stacked Sentence Encoders …`, `#
    // Bilateral Multi-Perspective Matching …`, `# Enhanced LSTM …`).
    // (Not in a Marp slide deck, `marp: true`, where every slide has a
    // title at that level: `# Flow-Based Generative Model`, `#
    // Instantaneous Change of Variables Theorem`.)
    let slide_deck = front_matter.is_some_and(|fm| {
        fm.fields
            .iter()
            .any(|(key, value)| key == "marp" && value.slice(text).trim() == "true")
    });
    let another_paper = !slide_deck
        && headings
            .iter()
            .find(|heading| Some(heading.line) == title_line)
            .is_some_and(|title| {
                let below = || {
                    headings
                        .iter()
                        .filter(|heading| heading.line > title.line && heading.level == title.level)
                };
                let siblings = below().filter(|heading| !section_like(heading));
                // (Nor the paper's own parts, printed in capitals as a journal
                // sets them, beside its `# INTRODUCTION`: `# DEEP LEARNING FOR
                // FEATURE EXTRACTION`.)
                let in_capitals =
                    |heading: &NoteHeading| !heading.text.slice(text).contains(char::is_lowercase);
                let parts_in_capitals =
                    below().any(|heading| section_like(heading) && in_capitals(heading));
                // (Not a later part about the title's own model, `# Whisper:
                // Robust Speech Recognition …` then `# Current Limitations and
                // Future Directions for Whisper`.)
                let short_name = found
                    .as_ref()
                    .and_then(|(title, ..)| title.text.split_once(": "))
                    .map(|(name, _)| name)
                    .filter(|name| is_short_name(name));
                let (mut named, mut long) = (0, 0);
                for heading in siblings {
                    if parts_in_capitals && in_capitals(heading) {
                        continue;
                    }
                    let core = heading_core(heading.text.slice(text));
                    if short_name.is_some_and(|name| {
                        core.split(|c: char| {
                            c.is_whitespace() || matches!(c, ',' | ':' | '(' | ')')
                        })
                        .any(|word| word == name)
                    }) {
                        continue;
                    }
                    // (Not a field set as a heading: `### Autores: Yehuda
                    // Koren, Robert Bell and Chris Volinsky`.)
                    let is_named = core.split_once(": ").is_some_and(|(name, rest)| {
                        is_short_name(name)
                            && !names_one_of(name, PAPER_FIELDS)
                            && names_in_capitals(rest)
                    });
                    let is_long = !is_named
                        && core.split_whitespace().count() >= 5
                        && names_in_capitals(&core);
                    // (Not the same title again, under a tagged one: `#
                    // 【论文精读】CalcSpar: …` over `# CalcSpar: …`.)
                    if (is_named || is_long)
                        && found
                            .as_ref()
                            .is_none_or(|(title, ..)| TitleKey::new(&core) != title.key)
                    {
                        named += usize::from(is_named);
                        long += usize::from(is_long);
                    }
                }
                named >= 1 || long >= 2
            });
    let several_papers = numbered_papers >= 2
        || another_paper
        || title_text.is_some_and(|title| names_several_papers(title) || names_an_event(title))
        || path.is_some_and(|path| {
            !matches!(
                &found,
                Some((_, TitleSource::FileName | TitleSource::Folder, ..))
            ) && names_several_papers(path.stem)
        })
        || headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .is_some_and(|heading| {
                let core = heading_core(heading.text.slice(text));
                names_several_papers(&core) || names_an_event(&core)
            })
        // A topic's file with a part for its papers, one heading each (`##
        // Papers` over `### HILOS`), however many it holds yet; not a
        // note's `## Papers` naming its one paper over `#### Other
        // References`, a part of its own.
        || headings.windows(2).any(|pair| {
            pair[1].level > pair[0].level
                && !section_like(&pair[1])
                && names_a_paper_list(pair[0].text.slice(text))
        })
        // Or its papers listed as items under such a part, two or more
        // linked (`### 논문 리스트` over `- Automatic Prompt Engineer (APE) :
        // https://arxiv.org/abs/2211.01910` and `- Auto Instruct : …`).
        || headings.iter().any(|heading| {
            names_a_paper_list(heading.text.slice(text))
                && (heading.line + 1..lines.len())
                    .filter(|&i| kinds[i] != LineKind::Blank)
                    .take_while(|&i| kinds[i] == LineKind::Text)
                    .filter(|&i| {
                        let item = lines[i].text(text);
                        bullet_len(item.trim_start()) > 0
                            && names_a_paper_host(&item.to_ascii_lowercase())
                    })
                    .nth(1)
                    .is_some()
        })
        // `论文index.md`, `paper-index.md`: the notes' index.
        || path.is_some_and(|path| names_an_index(path.stem))
        // A README that counts its papers first (`**11**篇论文的笔记，…`,
        // `Notes on 24 papers`).
        || path.is_some_and(NotePath::is_readme_or_index)
            && text_lines(text, lines, kinds).take(2).any(counts_papers)
        // A page that says it lists papers (`A curated list of papers about
        // weather forecasting …`), whatever it is named.
        || text_lines(text, lines, kinds).take(3).any(announces_a_paper_list)
        // A course's or group's schedule, a part for each week (`## 1주차
        // (2021.09.06~09.10)`, `## Week 2`).
        || headings
            .iter()
            .filter(|heading| {
                let content = heading.text.slice(text);
                content.bytes().any(|b| b.is_ascii_digit()) && names_a_week(&heading_core(content))
            })
            .nth(1)
            .is_some();
    // `Thesis reading orther` in `How_to_read.md`: the title and the file's
    // name read together (what the title alone says, they say too).
    // Or the first heading under it: `# Paper Study & Review` over `###
    // 효과적인 논문 읽기 방법 (1)`.
    let first_heading_below = headings
        .iter()
        .find(|heading| heading.line >= first_content_line && Some(heading.line) != title_line)
        .map(|heading| heading_core(heading.text.slice(text)));
    let writing_guide = title_text.is_some_and(|title| match path {
        Some(path) => guides_review_writing(&format!("{title} {}", path.stem)),
        None => guides_review_writing(title),
    }) || first_heading_below
        .as_deref()
        .is_some_and(guides_review_writing)
        // Or a part of it at the top level of its parts: `## 논문 읽는 방법`
        // under a study group's introduction.
        // (Only a heading that may name papers is read: most name none.)
        // (Not in a review form that names its paper in a field, `- Paper
        // Title: …` over `## How to Read a Paper`, the questions it answers.)
        || !matches!(found, Some((_, TitleSource::Field, ..)))
            && headings.iter().any(|heading| {
            let content = heading.text.slice(text);
            heading.level <= 2
                && Some(heading.line) != title_line
                && ["aper", "APER", "rticle", "RTICLE", "hes", "HES", "논문", "论文", "文献", "論文"]
                    .iter()
                    .any(|part| content.contains(part))
                && guides_review_writing(&heading_core(content))
        })
        // Or a prompt that asks a language model to write the notes (`你是一
        // 位计算机体系结构领域的资深专家。`, `[ROLE]` over `Bạn là Research
        // Engineer & Paper Reviewer.`): the guide, given to a model.
        || text_lines(text, lines, kinds).take(3).any(addresses_a_model);
    // (Or its title says it is one: `GAN with PyTorch`, `LeNet-5 using
    // TensorFlow`; not `Automatic differentiation in PyTorch`, a paper.)
    // (Not when the title links the paper it explains, `# ResNet ([논문
    // 링크](https://arxiv.org/…))` over `## 2. 잔차 학습이란?` and, last,
    // `## 4. 사용법 및 설정`: a study of the paper with its code.)
    // (Read only for a README that documents software: most notes do not.)
    let title_links_paper = || {
        title_line.is_some_and(|line| {
            let content = lines[line].text(text);
            content.contains("](") && names_a_paper_host(&content.to_ascii_lowercase())
        })
    };
    // A title that says the repository implements a paper: `Inverse
    // Reinforcement Learning by Logistic Regressionの実装`, `… 的实现`,
    // `Implementation of …`.
    let title_implements = title_text.is_some_and(|title| {
        ["の実装", "的实现", "的實作", " 구현"]
            .iter()
            .any(|word| title.ends_with(word))
            || crate::title::strip_prefix_ignore_case(title, "implementation of ").is_some()
    });
    // (Or, with a heading at most, sets its parts apart as bold items, `1.
    // **프로젝트 구조**` over its tree, `4. **설치 및 실행 방법**`.)
    let software_readme = (documents_software(text, &headings, title_implements)
        || headings.len() <= 1
            && documents_software(text, &bold_items(text, lines, kinds), title_implements))
        && !title_links_paper()
        || describes_its_repository(text, lines, kinds)
        // Or lays out its folders in the first part under its title (`##
        // 目录结构`, `## Repository structure`).
        || first_heading_below.as_deref().is_some_and(names_a_layout)
        || title_text.is_some_and(|title| {
            let lower = title.to_lowercase();
            let mut last = lower.split_whitespace().rev();
            matches!(
                (last.next(), last.next(), last.next()),
                (
                    Some("pytorch" | "tensorflow" | "keras" | "jax"),
                    Some("with" | "using"),
                    Some(_)
                )
            )
            // `卷积神经网络 LeNet5 及 TensorFlow 实战`: put to work in one.
            || lower.rsplit_once(char::is_whitespace).is_some_and(|(before, last)| {
                ["实战", "实现", "實作", "구현", "実装"].contains(&last)
                    && before.rsplit(char::is_whitespace).next().is_some_and(|framework| {
                        ["pytorch", "tensorflow", "keras", "jax"].contains(&framework)
                    })
            })
        });
    let book_notes = headings
        .iter()
        .any(|heading| is_book_notes(heading.text.slice(text)))
        || title_text.is_some_and(names_a_chapter)
        // `Sutton의 RL 책 한 장 요약`: a title that says `책` (a book) as a
        // word of its own (not inside `정책`, a policy).
        || title_text.is_some_and(|title| title.split_whitespace().any(|word| word == "책"))
        // A book's page at a bookshop linked (`[The Elephant in the
        // Room](https://www.amazon.com/dp/B01LXOO7UQ)`), and no paper.
        || (text.contains("amazon.") || text.contains("goodreads.com/book"))
            && text_lines(text, lines, kinds).any(links_a_book)
            && paper_links(text, lines, kinds) == 0;
    // A repository's own files: `CONTRIBUTING.md`, `CHANGELOG.md`, an
    // agent's `CLAUDE.md`, GitBook's `SUMMARY.md` (its table of contents).
    // So is a README headed with the repository's name (`# vision-project`,
    // `# paper_summaries`), unless its folder is named after the paper.
    // So is an awesome list's (`# Awesome Paper Note`), as such lists are
    // named.
    let repository_file = path.is_some_and(|path| names_a_repository_file(path.stem))
        || (path.is_some_and(NotePath::is_readme_or_index)
            && !folder_names_the_paper
            && title_text.is_some_and(|title| {
                is_repository_slug(title)
                    || crate::title::strip_prefix_ignore_case(title, "awesome ").is_some()
            }));
    // A site's page about its writer: `about-me.md`, `# About Me and
    // Contact Information`.
    let about_page = path.is_some_and(|path| names_a_personal_page(path.stem))
        || title_text.is_some_and(|title| {
            let lower = title.to_lowercase();
            [
                "about me",
                "about us",
                "about this blog",
                "about this site",
                "about this repo",
                "このレポジトリについて",
                "このリポジトリについて",
            ]
                .iter()
                .any(|about| lower.starts_with(about))
        })
        // A site's page laid out as a course, a talk or a project, not a
        // post (`layout: course` over `title: 논문 읽기 (연구실 구성하고
        // 진행)`).
        || front_matter.is_some_and(|fm| {
            fm.fields.iter().any(|(key, value)| {
                key.as_str() == "layout"
                    && ["course", "courses", "teaching", "talk", "project", "about", "home"]
                        .contains(&value.slice(text).trim().trim_matches(['"', '\'']))
            })
        })
        // A README that welcomes its reader: `## Welcome to Kaishen's
        // PaperNotes` (a paper may be titled so: `Welcome to the Era of
        // Experience`).
        || (path.is_some_and(NotePath::is_readme_or_index)
            && title_text.is_some_and(|title| {
                crate::title::strip_prefix_ignore_case(title, "welcome to ").is_some()
            }));
    // A study group's own page: two headings on the group (`## 2.스터디 목적
    // 및 방향`, `## 3.스터디 일정`, `### 1.팀원 소개`), not on a paper.
    let group_page = headings
        .iter()
        .filter(|heading| {
            const GROUP: [&str; 3] = ["스터디", "팀원", "멤버"];
            let raw = heading.text.slice(text);
            GROUP.iter().any(|word| raw.contains(word)) && {
                let core = heading_core(raw);
                GROUP.iter().any(|word| core.starts_with(word))
            }
        })
        .count()
        >= 2;
    // A list of things to do, named so: `# Paper review TO-DO`, `논문 할 일`.
    // (Or the file is named so: `TODO.md`.)
    let to_do_list = path.is_some_and(|path| {
        ["todo", "to-do", "todos"]
            .iter()
            .any(|name| path.stem.eq_ignore_ascii_case(name))
    }) || title_text.is_some_and(|title| {
        let lower = title.to_lowercase();
        [
            "to-do",
            "todo",
            "to-dos",
            "todos",
            "to do list",
            "할 일",
            "할일",
        ]
        .iter()
        .any(|to_do| {
            lower
                .strip_suffix(to_do)
                .is_some_and(|before| before.is_empty() || before.ends_with(' '))
        })
    });
    // A how-to post, named for what the reader will do: `Isaac Sim으로 데이터
    // 수집 및 ConceptGraphs를 사용하여 3DSG 만들기`.
    let how_to = title_text.is_some_and(|title| tells_how_to(title) || plans_a_project(title));
    // A walk through a paper's code (`NeRF 代码学习`, `BERT 源码解读`,
    // `ResNet Code Walkthrough`): its implementation, not the paper.
    let reads_code = title_text.is_some_and(names_code_reading);
    // A wiki's page on a concept, beside its papers' (`concepts/SignSGD.md`,
    // `category: concept`, `Wiki/Turn-Level-Reward.md` beside `Raw/`), or
    // its map of content (`tags: [MOC]`).
    // (A personal wiki keeps its paper notes in `wiki/` too, and a docs
    // tool keeps every page in `topics/` (Writerside): a page there that
    // walks through a paper's own sections is that paper's note — from its
    // `1. Introduction`, with two of the three parts written, or from its
    // `## Abstract` to the `## Introduction` after it.)
    let walks_through_a_paper = || {
        let mut abstract_seen = false;
        let mut from_the_abstract = false;
        let mut numbered_from_one = false;
        for heading in &headings {
            let raw = heading.text.slice(text);
            if matches!(
                fold(&heading_core(raw)).as_str(),
                "abstract" | "摘要" | "초록"
            ) {
                abstract_seen = true;
                continue;
            }
            let purpose = || heading_kinds(raw, vocabulary).contains(&SectionKind::Purpose);
            if (abstract_seen || section_number(raw) == Some("1")) && purpose() {
                from_the_abstract |= abstract_seen;
                numbered_from_one |= section_number(raw) == Some("1");
            }
        }
        from_the_abstract || numbered_from_one && filled_kinds.len() >= 2
    };
    let concept_page = path.is_some_and(|path| {
        path.folder.is_some_and(|folder| {
            let folder = folder.to_lowercase();
            ["concepts", "concept", "glossary", "maps", "moc", "개념", "概念"]
                .contains(&folder.as_str())
                || ["wiki", "topics"].contains(&folder.as_str()) && !walks_through_a_paper()
        })
    }) || front_matter.is_some_and(|fm| front_matter_files_elsewhere(text, fm))
        // Or a glossary beside a paper's note (`glossary.md`, `# Glossary —
        // Layer Normalization`, `# 용어 정리`): the terms, not the paper.
        || path.is_some_and(|path| path.stem.eq_ignore_ascii_case("glossary"))
        || title_text
            .into_iter()
            .chain(
                headings
                    .iter()
                    .find(|heading| heading.line >= first_content_line)
                    .map(|heading| heading.text.slice(text)),
            )
            .any(names_a_glossary);
    // Questions for a session on the paper (`# Week 4 — Discussion
    // Questions`, `discussion_questions.md`): what to ask, not what it says.
    let question_sheet = path.is_some_and(|path| asks_of_a_session(path.stem))
        || headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .is_some_and(|heading| asks_of_a_session(&heading_core(heading.text.slice(text))));
    // A reading queue's card: front matter saying the paper is yet to be
    // read (`status: queue`, `status: to-read`) over no body at all.
    let queued = front_matter.is_some_and(|fm| {
        fm.fields.iter().any(|(key, value)| {
            key.as_str() == "status"
                && [
                    "queue", "queued", "to-read", "to read", "toread", "to_read", "unread",
                    "backlog", "todo", "planned",
                ]
                .contains(
                    &value
                        .slice(text)
                        .trim()
                        .trim_matches(['"', '\''])
                        .to_lowercase()
                        .as_str(),
                )
        }) && lines[fm.end_line.min(lines.len())..]
            .iter()
            .all(|line| line.text(text).trim().is_empty())
    });
    // A digest of someone's post on a social network (`# Andrew Anokhin's
    // LinkedIn Post` over `## Summary` and `## Original Content`): the
    // post's, not a paper's.
    let social_post = headings
        .iter()
        .find(|heading| heading.line >= first_content_line)
        .is_some_and(|heading| names_a_social_post(&heading_core(heading.text.slice(text))));
    // Notes on a talk, its recording linked alone under the heading
    // (`[Video](https://www.confluent.io/kafka-summit-sf18/…)`) and no paper
    // linked anywhere: the talk's, not a paper's. (Not a heading over the
    // link that names it, `# 讲解视频链接`, in a note titled otherwise.)
    let talk_notes = matches!(found, Some((_, TitleSource::Heading, ..)))
        && headings
            .iter()
            .find(|heading| heading.line >= first_content_line)
            .is_some_and(|heading| {
                let below = (heading.line + 1).min(lines.len());
                text_lines(text, &lines[below..], &kinds[below..])
                    .next()
                    .is_some_and(links_a_recording)
            })
        && paper_links(text, lines, kinds) == 0;
    // What no paper's review is, whatever it holds.
    let kept_out_otherwise = queued
        || social_post
        || talk_notes
        || question_sheet
        || concept_page
        || about_page
        || group_page
        || to_do_list
        || how_to
        || reads_code
        || own_work
        || writing_guide
        || software_readme
        || book_notes;
    let kept_out = kept_out_otherwise || repository_file;
    let admitted = (found.is_some() || front_matter_reviewer)
        && !kept_out
        && !placeholder
        && !unfilled_title
        && !notes_index
        && !collection_readme
        && papers_listed < 2
        && !several_papers
        && !folder_index
        && !unfilled
        && !stub
        && !template_left
        && !reading_list;
    let evidence = |paper_signals: usize| {
        (!filled_kinds.is_empty() && paper_signals >= 1)
            || filled_kinds.len() >= 3
            || (filled_kinds.len() >= 2 && speaks_of_the_paper())
            || (has_summary && paper_signals >= 1)
            || paper_signals >= 2
            || title_alone
    };
    // A coding problem solved (`## 1. 문제` over `<https://www.acmicpc.net/
    // problem/24416>`), as students' blogs keep beside their reviews: read
    // last, for the few notes that got this far.
    // Among other papers' headings in a file of several, the note's place
    // is one more sign of a paper; alone, it is a review with one sign fewer
    // (each way of showing evidence holds with more signs).
    let is_review_among_papers =
        admitted && evidence(paper_signals + 1) && !solves_a_coding_problem(text);
    let is_review = is_review_among_papers && evidence(paper_signals);

    // A heading naming the paper shortly (`# CHESS`, `# Gemma 3`) under
    // front matter that describes it in full, as a GitBook page keeps it
    // (`description: 'CHESS: Contextual Harnessing for Efficient SQL
    // Synthesis'`, `description: Gemma 3 Technical Report`): the
    // description's words, where the heading stands.
    if let Some((short, TitleSource::Heading, ..)) = &found
        && short.text.split_whitespace().count() <= 3
        && let Some(whole) = front_matter
            .and_then(|fm| described_title(text, fm))
            .filter(|whole| {
                // (The name set off by a dash or a semicolon, as a colon:
                // `pixelNeRF - Neural Radiance Fields from One or Few
                // Images`, `SegFormer; Simple and Efficient Design …`.)
                // (Or its maker's name before it: `# DeepMind RT-2` over
                // `description: RT-2: Vision-Language-Action Models …`.)
                let named = [":", "：", " - ", ";"].iter().any(|mark| {
                    whole.text.split_once(mark).is_some_and(|(name, _)| {
                        same_name(name, &short.key)
                            || short
                                .key
                                .as_str()
                                .strip_suffix(TitleKey::new(name).as_str())
                                .is_some_and(|maker| maker.ends_with(' '))
                    })
                });
                // (Not a citation's title, `Yu et al. / pixelNeRF - … /
                // CVPR 2021`: the writer's heading names the paper so.)
                let start = text[..whole.range.start].rfind('\n').map_or(0, |at| at + 1);
                let end = text[whole.range.end..]
                    .find('\n')
                    .map_or(text.len(), |at| whole.range.end + at);
                whole.text.split_whitespace().count() <= 25
                    && !whole.text.ends_with(['.', '。'])
                    && !text[start..end].contains(" / ")
                    && (named
                        || names_in_capitals(&whole.text)
                            && whole
                                .key
                                .as_str()
                                .strip_prefix(short.key.as_str())
                                .is_some_and(|rest| rest.starts_with(' ')))
            })
    {
        found = found.map(|short| in_place_of(short, whole));
    }
    // A post titled by the paper's name and a headline of the writer's
    // (`title: "Retaining by Doing：on-policy 数据为何能减轻遗忘"`) over a
    // heading with the name and the paper's own subtitle (`# Retaining by
    // Doing: The Role of On-Policy Data in Mitigating Forgetting`): the
    // heading's, where the post's title stands. So is a post titled by the
    // name alone (`title: look again, Think slowly` over `# Look Again,
    // Think Slowly: Enhancing Visual Reflection in Vision-Language Models`).
    if let Some((headline, TitleSource::FrontMatter, ..)) = &found
        && let (name, tail) = headline
            .text
            .split_once([':', '：'])
            .unwrap_or((&headline.text, ""))
        && !names_in_capitals(tail.trim())
        && let Some(heading) = headings.iter().find(|h| h.line >= first_content_line)
        && let Some(cleaned) = clean_heading_title(text, heading.text)
        && let Some((heading_name, subtitle)) = cleaned.title.text.split_once(':')
        && same_name(heading_name, &TitleKey::new(name))
        && names_in_capitals(subtitle.trim())
    {
        found = found.map(|headline| in_place_of(headline, cleaned.title));
    }
    // A title in Chinese (`title: "评估机器人世界模型的动作条件可靠性基准"`, and
    // the same heading) over a heading with the paper's own title in
    // English (`### MiraBench: Evaluating Action-Conditioned Reliability in
    // Robotic World Models`): the paper's own, which other notes cite.
    if let Some((translated, TitleSource::FrontMatter | TitleSource::Heading, ..)) = &found
        && cjk_and_letters(&translated.text).0 >= 4
        && written_in_cjk(&translated.text)
        && let Some((heading, cleaned)) =
            headings
                .iter()
                .filter(|h| h.line >= first_content_line && h.line < first_section_line)
                .take(3)
                .filter(|h| title_line.is_none_or(|line| h.line > line))
                .find_map(|h| {
                    let cleaned = clean_heading_title(text, h.text)?;
                    let english =
                        cjk_and_letters(&cleaned.title.text).0 == 0
                            && (names_in_capitals(&cleaned.title.text)
                                || cleaned.title.text.split_once(": ").is_some_and(
                                    |(name, rest)| !name.contains(' ') && names_in_capitals(rest),
                                ));
                    english.then_some((h, cleaned))
                })
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    // A post titled by its paper's arXiv id (`title: "2607.01849v1"`) over
    // a heading that names the paper (`# Making models better at STRUDL`):
    // the heading's.
    if let Some((id, TitleSource::FrontMatter, ..)) = &found
        && is_arxiv_id(&id.text)
        && let Some(heading) = headings.iter().find(|h| h.line >= first_content_line)
        && heading_kinds(heading.text.slice(text), vocabulary).is_empty()
        && !is_generic_title(heading.text.slice(text))
        && let Some(cleaned) = clean_heading_title(text, heading.text)
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    // A post titled by the model and its acronym (`title: "Graph
    // Convolutional Networks (GCN)"`) over a heading with the paper's whole
    // title, the model's name in it (`# Semi-Supervised Classification
    // With Graph Convolutional Networks, ICLR 2017`): the heading's, where
    // the post's title stands.
    if let Some((post, TitleSource::FrontMatter, ..)) = &found
        && let Some((name, acronym)) = post
            .text
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once(" ("))
        && (2..=8).contains(&acronym.len())
        && acronym
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && let Some(heading) = headings.iter().find(|h| h.line >= first_content_line)
        && let Some(cleaned) = clean_heading_title(text, heading.text)
        && names_in_capitals(&cleaned.title.text)
        && let name = TitleKey::new(name)
        && cleaned.title.key.as_str().split(' ').count() >= name.as_str().split(' ').count() + 2
        && holds_term(cleaned.title.key.as_str(), name.as_str())
    {
        found = found.map(|post| in_place_of(post, cleaned.title));
    }
    // A post titled by a nickname or a headline of the writer's (`title:
    // Detection Transformer`, `title: 간단하게 Transformer 논문 이해하기`),
    // not by a paper's title in capitals, whose text opens with one as a
    // heading before any part (`### End-to-End Object Detection with
    // Transformers`): the heading's.
    if let Some((post, TitleSource::FrontMatter, ..)) = &found
        && !names_in_capitals(&post.text)
        && let Some((heading, cleaned)) = opening_title_heading()
        && cleaned.title.text.split_whitespace().count() >= 4
        && cleaned.title.key != post.key
    {
        found = Some(heading_title(cleaned.title, heading, lines));
        title_line = Some(heading.line);
    }
    // A note named by its paper's short name (`# SmoothQuant 论文笔记`,
    // `title: "Paper Notes: FlashAttention"`, `fixmatch.md`)
    // that spells the whole title out near its top: the whole title, where
    // the short name stands.
    // A path's name writes the words apart (`sentence-bert/README.md` for
    // `Sentence-BERT: …`): joined as the title may join them.
    if let Some((short, source, ..)) = &found
        && !short.text.contains([':', '：'])
        && let Some((whole, index)) = match source {
            TitleSource::Folder | TitleSource::FileName
                if (2..=3).contains(&short.key.as_str().split(' ').count()) =>
            {
                let key = short.key.as_str();
                [key.replace(' ', "-"), key.replace(' ', "")]
                    .iter()
                    .find_map(|name| {
                        whole_title_below(text, lines, kinds, first_content_line, name, false)
                    })
            }
            // The short name, or the name a heading opens with before a
            // word or two of the writer's: `# PURR Google Paper Summary`
            // over `["PURR: Efficiently Editing Language Model
            // Hallucinations …"](…)`.
            _ => if is_short_name(&short.text) {
                Some(short.text.as_str())
            } else if *source == TitleSource::Heading && short.text.split_whitespace().count() <= 3
            {
                short.text.split_whitespace().next().filter(|name| {
                    name.len() >= 3 && name.bytes().filter(u8::is_ascii_uppercase).count() >= 2
                })
            } else {
                None
            }
            .and_then(|name| {
                let below = title_line.map_or(first_content_line, |line| {
                    (line + 1).max(first_content_line)
                });
                whole_title_below(text, lines, kinds, below, name, false)
            }),
        }
    {
        let short = found.take().expect("a title was found");
        found = Some(match short.1 {
            TitleSource::Folder | TitleSource::FileName => field_title(whole, lines[index].range()),
            _ => in_place_of(short, whole),
        });
    }
    // A file named by its paper's short name (`bittorrent.md`, `dpo.md`)
    // whose text opens with a plain line of the paper's whole title in
    // capitals, the name one of its words or its initials (`Incentives
    // Build Robustness in BitTorrent`, `Direct Preference Optimization:
    // Your Language Model is Secretly a Reward Model [[paper](…)]`): that
    // line's title. (A comment above it, a slide template's, is no text.)
    if let Some((short, TitleSource::FileName, ..)) = &found
        && !short.key.as_str().contains(' ')
        && let Some(index) = (first_content_line..lines.len()).find(|&i| {
            kinds[i] == LineKind::Text && !lines[i].text(text).trim_start().starts_with("<!--")
        })
        && let Some(title) = title_from_value(text, lines[index].range().trimmed(text))
        && title.text.split_whitespace().count() >= 4
        && names_in_capitals(&title.text)
        && (title
            .key
            .as_str()
            .split(' ')
            .any(|word| word == short.key.as_str())
            || abbreviates(&short.text, &title.text))
    {
        found = Some(field_title(title, lines[index].range()));
    }
    // A post named by its paper's short name (`title: SiamMask`) that links
    // the paper under a `Paper` label (`> **Paper**: [Fast Online Object
    // Tracking and Segmentation: A Unifying Approach](…)`): the linked
    // title, where the short name stands.
    // Or under such a heading (`## 论文名称` over `[ImageNet Classification
    // with Deep Convolutional Neural Networks](…)`).
    if let Some((short, TitleSource::FrontMatter | TitleSource::Heading, ..)) = &found
        && is_short_name(&short.text)
        && let Some(whole) = labelled_paper_link(text, lines, kinds).or_else(|| {
            headings.iter().find_map(|heading| {
                linked_under_paper_heading(text, lines, kinds, heading.line, heading.text)
                    .map(|(_, title)| title)
                    .filter(|title| title.text.split_whitespace().count() >= 3)
            })
        })
    {
        found = found.map(|short| in_place_of(short, whole));
    }
    // A note titled by its file's or folder's name (`大话深度残差网络（DRN）
    // ResNet.md`) that links its paper under a label (`论文地址：[Deep
    // Residual Learning for Image Recognition](https://arxiv.org/…)`): the
    // linked title, on its line, near the top as a field is.
    if let Some((_, TitleSource::FileName | TitleSource::Folder, ..)) = &found
        && let Some(whole) = labelled_paper_link(text, lines, kinds)
        && let line = lines.partition_point(|line| line.start <= whole.range.start) - 1
        && line < field_limit
    {
        found = Some(field_title(whole, lines[line].range()));
    }
    // Or that says in its first lines which paper it comes from, the link
    // right after the word (`LeNet-5 出自论文 [Gradient-Based Learning
    // Applied to Document Recognition](https://ieeexplore.ieee.org/…)`).
    if let Some((_, TitleSource::FileName | TitleSource::Folder, ..)) = &found
        && let Some((whole, line)) =
            linked_after_the_word_paper(text, lines, kinds, first_content_line..field_limit)
    {
        found = Some(field_title(whole, lines[line].range()));
    }
    // A note that cites its paper in APA's style near its top (`He, X., …
    // & Chua, T. S. (2017, April). Neural collaborative filtering. In
    // _Proceedings of …_` under `# NeuMF(2017)`, or under `## Citation`
    // below the writer's own headline): the reference's title, where it
    // stands.
    if let Some((named, TitleSource::Heading | TitleSource::Folder | TitleSource::FileName, ..)) =
        &found
        && let Some((whole, index)) =
            cited_reference_title(text, lines, kinds, first_content_line, field_limit)
        && whole.key != named.key
    {
        // (Its short name as the writer spells it: `LightGCN: Simplifying
        // …` for APA's `Lightgcn: Simplifying …`.)
        let mut whole = whole;
        if let Some(rest) = whole.text.get(named.text.len()..)
            && rest.starts_with(':')
            && whole.text[..named.text.len()].eq_ignore_ascii_case(&named.text)
        {
            whole.text = format!("{}{rest}", named.text);
        }
        found = Some(field_title(whole, lines[index].range()));
    }
    let (title, title_source, origin, line) = match found {
        Some((title, source, origin, line)) => (Some(title), source, origin, line),
        // Front matter with a reviewer and no title anywhere.
        None => (
            None,
            TitleSource::FrontMatter,
            HeaderOrigin::FrontMatter,
            front_matter.map_or(line_one, |fm| fm.first_line),
        ),
    };
    let range = match (&title, origin) {
        (_, HeaderOrigin::Path) => line,
        (Some(title), _) => title.range,
        (None, _) => reviewer.as_ref().map_or(line, |reviewer| reviewer.range),
    };
    SingleNote {
        entry: Entry {
            header: Header {
                origin,
                range,
                line,
                reviewer,
                title,
                title_source,
            },
            body,
            sections,
        },
        is_review,
        is_review_among_papers,
        kept_out,
        front_page: repository_file && !kept_out_otherwise,
    }
}

/// The kinds a heading's text names: `2. Method` → method; `4. Experiment &
/// Result` → experiment; `요약 (Summary)` → summary; `Methods and Results`
/// → method and experiment. Numbering, emoji, emphasis, a trailing colon
/// and a translation in parentheses are ignored; a Latin word one typo away
/// from an alias counts (`Intoduction`).
pub fn heading_kinds(heading: &str, vocabulary: &Vocabulary) -> Vec<SectionKind> {
    let kinds = heading_kinds_as_written(heading, vocabulary);
    // `## key_results`, `## proposed_method`: a record's keys set as
    // headings, their words joined by underscores.
    if kinds.is_empty()
        && let Some(words) = snake_case_words(heading)
    {
        return heading_kinds_as_written(&words, vocabulary);
    }
    // `## 緒論`, `## 實驗結果`, `## 模型架構`: Chinese as Taiwan and Hong
    // Kong write it, read as the simplified words are.
    if kinds.is_empty()
        && let Some(simplified) = crate::title::simplified_chinese(heading)
    {
        return heading_kinds_as_written(&simplified, vocabulary);
    }
    // `为什么需要 DSpark？——先理解大模型的"慢"从哪来`: a question, then a
    // subtitle after a dash; the question names the part.
    if kinds.is_empty()
        && let Some(question) = question_before_subtitle(heading)
    {
        return heading_kinds_as_written(question, vocabulary);
    }
    // `# Contributions ```C```:`, `## Limitations `L``: the part's label,
    // then a tag in code the writer marks its points with.
    if kinds.is_empty()
        && let Some(label) = before_trailing_code(heading)
    {
        return heading_kinds_as_written(label, vocabulary);
    }
    kinds
}

/// Words saying a work came before the paper's (`Existing methods`, `기존
/// 방법`, `従来手法`, `已有工作`): related work, not the paper's own.
const EARLIER_WORK: &[&str] = &[
    "existing",
    "previous",
    "prior",
    "conventional",
    "traditional",
    "기존",
    "従来",
    "既存",
    "现有",
    "已有",
    "以往",
    "传统",
];

/// Whether a heading names the methods that came before the paper's, and
/// nothing else: `従来手法`, `既存手法`, `现有方法`, `以往方法`, `기존 방법`,
/// `Existing methods`, `Previous approaches`.
fn names_earlier_methods(core: &str) -> bool {
    const METHODS: &[&str] = &[
        "method",
        "methods",
        "approach",
        "approaches",
        "방법",
        "방법론",
        "연구 방법",
        "手法",
        "方法",
    ];
    // (Read only where a method's word ends the heading: most end in none.)
    let trimmed = core.trim_end();
    let ends_in_a_method = METHODS.iter().any(|word| {
        trimmed.len() >= word.len()
            && trimmed.is_char_boundary(trimmed.len() - word.len())
            && trimmed[trimmed.len() - word.len()..].eq_ignore_ascii_case(word)
    });
    if !ends_in_a_method {
        return false;
    }
    let lower = trimmed.to_lowercase();
    EARLIER_WORK
        .iter()
        .find_map(|earlier| lower.strip_prefix(earlier))
        .is_some_and(|rest| {
            let rest = rest.trim_start();
            let rest = rest.strip_prefix(['의', 'の', '的']).unwrap_or(rest);
            METHODS.contains(&rest.trim_start())
        })
}

/// The question opening a heading, up to its question mark, when a dash
/// and a subtitle follow it (`为什么需要 DSpark？——先理解…`, `Why? — the
/// short answer`).
fn question_before_subtitle(heading: &str) -> Option<&str> {
    let (at, mark) = heading.match_indices(['?', '？']).next()?;
    let end = at + mark.len();
    let rest = heading[end..].trim_start();
    (rest.starts_with(['—', '–', '-'])
        && !rest.trim_start_matches(['—', '–', '-']).trim().is_empty())
    .then(|| &heading[..end])
}

/// A heading's words before one code span closing it (`Contributions` in
/// `Contributions ```C```:`); None when it ends otherwise, or nothing but
/// the code span is written.
fn before_trailing_code(heading: &str) -> Option<&str> {
    let trimmed = heading.trim_end().trim_end_matches([':', '：']).trim_end();
    let ticks = trimmed.len() - trimmed.trim_end_matches('`').len();
    if ticks == 0 {
        return None;
    }
    let inner = &trimmed[..trimmed.len() - ticks];
    let open = inner.rfind(&trimmed[trimmed.len() - ticks..])?;
    let label = inner[..open].trim_end();
    (label.ends_with(|ch: char| ch.is_alphanumeric()) && !inner[open + ticks..].contains('`'))
        .then_some(label)
}

/// A label with a number after it, then a colon: `关键结果 1：…` → (`关键结果`,
/// `：…`).
fn numbered_label(core: &str) -> Option<(&str, &str)> {
    let colon = core.find([':', '：'])?;
    let before = core[..colon].trim_end();
    let label = before.trim_end_matches(|ch: char| ch.is_ascii_digit());
    (label.len() < before.len() && label.ends_with(' ') && !label.trim().is_empty())
        .then(|| (label.trim_end(), &core[colon..]))
}

/// A heading written as one snake_case key (`key_results`), its words
/// spaced.
fn snake_case_words(heading: &str) -> Option<String> {
    let key = heading.trim();
    let inner = key.trim_matches('_');
    (inner.contains('_') && !key.contains(char::is_whitespace)).then(|| inner.replace('_', " "))
}

fn heading_kinds_as_written(heading: &str, vocabulary: &Vocabulary) -> Vec<SectionKind> {
    // A caption set as a heading, a sentence (`图2：TempoVLA 框架总览，由三个
    // 子图组成，…的完整流程。`), names no part.
    // Nor does a Korean one (`이 논문은 다음 논문인 … 추가 실험 등이
    // 실려있습니다.`).
    let trimmed = heading.trim_end();
    if (trimmed.ends_with('。') && trimmed.contains('，')) || trimmed.ends_with("니다.") {
        return Vec::new();
    }
    // Nor a claim in plain Korean, three words or more ending in `다` (`1.
    // traversability filter는 전체 파이프라인의 병목이다`, `… 쪽에 가깝다`);
    // not a label before it and a colon (`논문 요약: 잔차 연결로 …
    // 학습한다.`).
    if trimmed.trim_end_matches('.').ends_with('다')
        && trimmed.split_whitespace().count() >= 3
        && !trimmed.contains([':', '：'])
    {
        return Vec::new();
    }
    // Nor a list of tags (`Paper, CV, Detection, RGB_Image, 導入,
    // Implemented`) or a sentence of clauses: five phrases or more between
    // commas. (A template's questions ask for a part in their first one:
    // `What is the author's evaluation of the solution? What logic,
    // argument, evidence, … are presented?`.)
    if trimmed.matches(", ").count() >= 4 {
        return trimmed
            .split_once(['?', '？'])
            .filter(|_| is_question(trimmed))
            .and_then(|(first, _)| asks_for_a_part(&heading_core(first), trimmed))
            .into_iter()
            .collect();
    }
    let core = heading_core(heading);
    // A paper's title, then what the note is in the reader's language
    // (`Denoising Diffusion Probabilistic Models (DDPM): 논문 구조 기반 심화
    // 요약`): the note's title, no part named `요약`.
    if titled_then_note_in_cjk(&core) {
        return Vec::new();
    }
    // One of several parts numbered after their label, then what each says
    // (`关键结果 1：clip 是 …`, `Key Result 2: …`): the label's.
    let core = match numbered_label(&core) {
        Some((label, rest)) => format!("{label}{rest}"),
        None => core,
    };
    let mut kinds = Vec::new();
    // `Method: Fully Test-Time Adaptation` names the method, then says more.
    // (Not a hyphen glued to both words: `RQ-VAE Framework` names a model.)
    if let Some((len, kind)) = vocabulary.structural_alias_at(&core)
        && let after = core[len..].trim_start()
        && after.starts_with([':', '：', '-', '–', '—'])
        && !(after.starts_with('-')
            && core[len..].starts_with('-')
            && after[1..].starts_with(char::is_alphanumeric))
    {
        kinds.push(kind);
    }
    // `1. [Motivation] What problem is this paper trying to solve?`: a
    // question template's bracketed label names the kinds.
    if let Some(label) = bracket_label(heading) {
        for kind in exact_kinds(&heading_core(label), vocabulary) {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    if kinds.is_empty() {
        kinds = exact_kinds(&core, vocabulary);
    }
    // `Main Problems to Solve`, `Key Contributions`: a part named after a
    // word saying it is the chief one, or after an article (`The clinical
    // question`). `Método de ensamble`, `Resultados
    // del experimento`: in Spanish, Portuguese and French the part's word
    // comes first, then what it is of.
    if kinds.is_empty() {
        let rest = ["main ", "key ", "core ", "primary ", "the ", "our "]
            .iter()
            .find_map(|chief| crate::title::strip_prefix_ignore_case(&core, chief));
        // (`Problema que Resuelve`, `Problema a resolver`, `Méthode pour
        // …`: what it is for.)
        // (Or Japanese's `の`: `提案手法のイケてる部分`, the good part of the
        // proposed method.)
        // (The head is one word: only the first space can start the word
        // for what it is of.)
        // (After the chief word: `The Need of SANet`.)
        let base = rest.unwrap_or(&core);
        let head = base
            .find(' ')
            .filter(|&at| {
                [
                    " de ", " del ", " da ", " do ", " dos ", " das ", " des ", " du ", " que ",
                    " a ", " à ", " para ", " pour ",
                    // `Approach to reduce capacity loss`, `Problems with
                    // regular RL algorithms`, `The Need of SANet`: English,
                    // the same way round.
                    " to ", " for ", " with ", " of ",
                ]
                .iter()
                .any(|of| base[at..].starts_with(of))
            })
            .into_iter()
            .chain((!base.is_ascii()).then(|| base.find('の')).flatten())
            .min()
            .map(|at| &base[..at])
            .filter(|head| !head.contains(char::is_whitespace))
            // (A question's word before `to` is no part: `What to Transfer`,
            // `How to prove a lower bound`. Nor is a comparison with the work
            // before, `Comparison with previous researches`, the experiments.)
            .filter(|head| {
                let of = &base[head.len()..];
                let asks = of.starts_with(" to ")
                    && ["what", "how", "why", "where", "which"]
                        .iter()
                        .any(|asks| head.eq_ignore_ascii_case(asks));
                // (`Introduction of ReAct Framework` says what the paper
                // introduces, no introduction.)
                let introduces =
                    of.starts_with(" of ") && head.eq_ignore_ascii_case("introduction");
                let lower = of.to_lowercase();
                let compares_with_earlier = ["previous", "prior", "related", "earlier work"]
                    .iter()
                    .any(|before| lower.contains(before));
                !asks && !introduces && !compares_with_earlier
            })
            // (Not its limits: `手法の限界`, `提案手法の課題`.)
            .filter(|head| {
                !base[head.len()..].starts_with('の')
                    || !["限界", "課題", "問題", "欠点", "弱点", "今後"]
                        .iter()
                        .any(|limit| base[head.len()..].contains(limit))
            });
        // `Task tackled`, `Problem addressed`: the part, then a word saying
        // the paper takes it on.
        // (`Problem Being Solved` too.)
        let taken_on = [" tackled", " addressed", " solved", " studied", " targeted"]
            .iter()
            .find_map(|done| crate::title::strip_suffix_ignore_case(&core, done))
            .map(|part| crate::title::strip_suffix_ignore_case(part, " being").unwrap_or(part))
            // (`Core Problem Addressed`: the chief one, taken on.)
            .map(|part| {
                ["main ", "key ", "core ", "primary "]
                    .iter()
                    .find_map(|chief| crate::title::strip_prefix_ignore_case(part, chief))
                    .unwrap_or(part)
            });
        // (`Fichamento de Citações` is a record of quotations, no summary.)
        if let Some(part) = taken_on {
            kinds = exact_kinds(part, vocabulary);
        } else if let Some(part) = rest
            && let found = exact_kinds(part, vocabulary)
            && (!found.is_empty() || head.is_none())
        {
            kinds = found;
        } else if let Some(part) = head {
            kinds = exact_kinds(part, vocabulary);
            kinds.retain(|kind| kind.is_one_of_the_three());
            // `Issues with traditional enterprise messaging systems`, `Issues
            // with hair transfer and face-swapping`: the problem the paper
            // takes on, as `Problems with …` is (`Issues` alone may be the
            // reader's).
            if kinds.is_empty()
                && (part.eq_ignore_ascii_case("issues") || part.eq_ignore_ascii_case("issue"))
                && base[part.len()..].starts_with(" with ")
            {
                kinds.push(SectionKind::Purpose);
            }
        }
    }
    // `Abstract / Brief Introduction`: a summary, and a part its other
    // phrase names by its head word.
    let summary_only = !kinds.is_empty() && kinds.iter().all(|kind| *kind == SectionKind::Summary);
    if kinds.is_empty()
        && let Some(kind) = asked_part(&core, heading)
    {
        kinds.push(kind);
    } else if kinds.is_empty() || summary_only {
        // `실험 환경 및 데이터셋 (Experimental Setting and Datasets)`: the
        // dataset is another part, the setting still an experiment's.
        for kind in phrases(&core)
            .into_iter()
            .filter(|phrase| !is_other_core(phrase))
            .filter_map(head_word_kind)
        {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    } else if kinds
        .iter()
        .all(|kind| kind.is_one_of_the_three() || *kind == SectionKind::Novelty)
    {
        // So does a lone head word beside a part named exactly: `Context &
        // Experiment`, `背景・問題設定`, `背景介绍和主要贡献` (beside the
        // contributions). Not beside a critique's part: `문제점 & 한계점`
        // are the paper's weaknesses, no purpose.
        for kind in phrases(&core)
            .into_iter()
            .skip(1)
            .filter(|phrase| !phrase.contains(char::is_whitespace) && !is_other_core(phrase))
            .filter_map(head_word_kind)
        {
            if !kinds.contains(&kind) {
                kinds.push(kind);
            }
        }
    }
    // `기존 RNN, GRU 기반 언어 모델의 한계`, `Existing methods' limitations`,
    // `现有方法的不足`: where the work before fell short, which the paper
    // sets out to fix.
    if kinds.is_empty() && names_earlier_limits(&core) {
        kinds.push(SectionKind::Purpose);
    }
    if kinds.is_empty() && asks_how_it_was_shown(&core) {
        kinds.push(SectionKind::Experiment);
    }
    if kinds.is_empty() && asks_why(&core, heading) {
        kinds.push(SectionKind::Purpose);
    }
    if kinds.is_empty()
        && let Some(kind) = asks_for_a_part(&core, heading)
    {
        kinds.push(kind);
    }
    kinds
}

/// The part a question heading asks for, whatever other part's word it
/// holds: `How did they solve the problem?` (the method), `그 문제를 해결한
/// 방법은 무엇인가?`, `Why this paper?` (the purpose). None for a heading
/// that asks nothing.
fn asked_part(core: &str, heading: &str) -> Option<SectionKind> {
    if !is_question(heading) {
        return None;
    }
    asks_why(core, heading)
        .then_some(SectionKind::Purpose)
        .or_else(|| asks_for_a_part(core, heading))
}

/// A question template's heading that asks for one part of the paper (the
/// reading templates that ask the same questions of every paper): `What
/// is the *problem* the paper aims to solve?` (purpose), `How can the
/// paper address the problem? What is the main idea of this paper?`
/// (method), `What are the results?` (experiment), `이 논문이 해결하려는
/// 문제는?`.
fn asks_for_a_part(core: &str, heading: &str) -> Option<SectionKind> {
    if !is_question(heading) {
        return None;
    }
    let lower = core.to_lowercase();
    // `What's a concrete step I can take toward answering the research
    // question?`: a course's question about the reader, no part of the
    // paper.
    // (Nor `What is your analysis of the identified problem, idea and
    // evaluation?`, the reader's own.)
    let of_the_reader = lower
        .split(|ch: char| !ch.is_alphanumeric() && !matches!(ch, '\'' | '’'))
        .any(|word| {
            word == "i" || word == "your" || word.starts_with("i'") || word.starts_with("i’")
        });
    if of_the_reader {
        return None;
    }
    let has = |words: &[&str]| words.iter().any(|word| lower.contains(word));
    let first_of = |words: &[&str]| words.iter().filter_map(|word| lower.find(word)).min();
    let asks_how = lower.starts_with("how ")
        || has(&["? how ", "어떻게", "どうやって", "如何", "怎么", "怎样"]);
    // Asked in this order: `What is the problem with existing methods?`
    // asks for the purpose, `What are the results of the method?` for the
    // experiments.
    // `How this paper achieve it?`; not `How does it work?`, which a
    // README asks as often.
    // (Not how the work before solved it, `已有工作怎样解决这个 Task？`:
    // related work.)
    let of_earlier_work = has(EARLIER_WORK);
    if (asks_how
        && !of_earlier_work
        && has(&[
            "address", "solve", "tackle", "achiev", "해결", "달성", "解决", "解決",
        ]))
        || has(&[
            "main idea",
            "key idea",
            "아이디어",
            "main insight",
            "key insight",
            // `그 문제를 해결한 방법은 무엇인가?`: the way it was solved.
            "해결한 방법",
            "해결하는 방법",
            "해결 방법",
            "해결책",
            "解决方法",
            "解决办法",
            // `论文的解决方案是什么？`, `…提出了什么样的解决思路或方法？`: the
            // paper's solution, its way of solving.
            "解决方案",
            "解决思路",
            // `What did the authors do?`, `¿Qué hicieron?`: what the paper
            // did.
            "what did they do",
            "what did the authors do",
            "qué hicieron",
            "que hicieron",
            // `NeRF 是怎么做的`, `做了什么`: how it is done, what was done.
            "怎么做",
            "怎样做",
            "做了什么",
        ])
        // `What is unique about the suggested solution?` (not `What problem
        // does the solution address?`, nor `Aren't Existing Solutions Good
        // Enough?`, the work before).
        // (Nor `What is the author's evaluation of the solution?`, the
        // experiments.) `What is this paper's solution to the problem?`
        // asks for the solution, named first.
        || (first_of(&["solution"])
            .is_some_and(|solution| first_of(&["problem"]).is_none_or(|problem| solution < problem))
            && !has(&["existing", "previous", "prior", "evaluat"]))
    {
        Some(SectionKind::Method)
    } else if has(&[
        "어떠한 결과",
        "어떤 결과",
        "무슨 결과",
        "어떠한 성능",
        "어떤 성능",
    ]) {
        // `제안한 방법이 어떠한 결과를 내었는가?`: what results the method
        // gave, asked of the method.
        Some(SectionKind::Experiment)
    } else if let Some(method_at) =
        first_of(&["method", "approach", "technique", "방법", "手法", "方法"])
        && first_of(&[
            "experiment",
            "result",
            "evaluat",
            "실험",
            "결과",
            "实验",
            "実験",
        ])
        .is_some_and(|experiment_at| method_at < experiment_at)
    {
        // `What are the key methods or experimental techniques?`: what
        // it asks for first.
        Some(SectionKind::Method)
    } else if has(&["先行研究と比べ"]) {
        // The Japanese reading format's `先行研究と比べてどこがすごい？`:
        // what the paper does better than earlier work, its novelty.
        Some(SectionKind::Novelty)
    } else if has(&[
        "result",
        "experiment",
        "evaluat",
        "dataset",
        "결과",
        "실험",
        // `어떤 성과를 얻었는가?`, `어떤 데이터를 사용했는가?`
        "성과",
        "데이터",
        "结果",
        "实验",
        // `达到什么效果？`: what effect it reached.
        "效果",
        "結果",
        "実験",
    ]) {
        Some(SectionKind::Experiment)
    } else if has(&[
        "problem",
        "motivation",
        "goal",
        // `What did the authors try to accomplish?`, `저자가 뭘 해내고
        // 싶어했는가?` (the reading questions Andrew Ng teaches).
        "accomplish",
        // `저자들이 달성하고자 하는 것이 무엇인가?`: what they set out to achieve.
        "달성하고자",
        "문제",
        "목적",
        "동기",
        "해내",
        "问题",
        "目的",
        "問題",
        // `论文在解决什么？`: what it sets out to solve.
        "解决什么",
        "解决了什么",
        // `NeRF 是做什么的`: what it is for.
        "是做什么",
        "是干什么",
        "用来做什么",
    ]) || (has(&["기존", "existing", "prior", "previous", "现有"])
        && has(&["한계", "limitation", "局限"]))
        // `What questions are the authors addressing?`
        || (has(&["question"]) && has(&["address", "answer", "tackle"]))
        // `What is the paper trying to solve`: what it sets out to solve.
        || (lower.starts_with("what ") && has(&["solve", "solving", "tackle"]))
    {
        // `기존 연구들의 한계는 무엇인가?`: what the paper sets out to fix (a
        // question on the paper's own limits names none of the three).
        Some(SectionKind::Purpose)
    } else if has(&["approach", "method", "방법", "접근", "手法", "方法"]) {
        Some(SectionKind::Method)
    } else if (lower.starts_with("what ")
        && lower
            .trim_end_matches(|ch: char| ch.is_whitespace() || matches!(ch, '?' | '？'))
            .ends_with(" about"))
        || has(&["무엇에 관한", "どんなもの", "どんな論文"])
    {
        // `What is this paper about?`, `どんなもの？`, `どんな論文か？`: the
        // paper in short.
        Some(SectionKind::Summary)
    } else {
        None
    }
}

/// The label in brackets opening a heading, after its numbering:
/// `Motivation` in `1. [Motivation] What problem is this paper trying to
/// solve?`; not a link's text (`[Title](url)`).
fn bracket_label(heading: &str) -> Option<&str> {
    let rest = heading.trim_start_matches(|ch: char| !ch.is_alphanumeric() && ch != '[');
    let rest = strip_numbering(rest).trim_start();
    let inner = rest.strip_prefix('[')?;
    let close = inner.find(']')?;
    (close <= 60 && !inner[close + 1..].starts_with('(') && !inner[close + 1..].trim().is_empty())
        .then(|| &inner[..close])
}

/// A question template's purpose heading, asking why the paper (or its
/// problem): `Why this paper?`, `왜 이 논문을 선택했는가?`, `为什么研究这个
/// 问题？`. `Why does it matter?` asks about the result, not the purpose.
fn asks_why(core: &str, heading: &str) -> bool {
    const WHY: &[&str] = &["why ", "왜 ", "为什么", "なぜ"];
    let mut lower = core.to_lowercase();
    // (After its topic and a comma: `RAG, 왜 필요한가?`.)
    if let Some((_, asked)) = lower.split_once(", ")
        && WHY.iter().any(|why| asked.starts_with(why))
    {
        lower = asked.to_owned();
    }
    let asks = WHY.iter().any(|why| lower.starts_with(why));
    // (`なぜnode2vecが必要か`: why the work is needed.)
    // (Or why what came before falls short: `왜 BC loss만으로는 부족한가`,
    // `Why are existing methods insufficient?`.)
    let of_the_paper = [
        "paper",
        "problem",
        "need",
        "insufficient",
        "논문",
        "연구",
        "문제",
        "필요",
        "부족",
        "论文",
        "问题",
        "必要",
        "需要",
        "不足",
    ]
    .iter()
    .any(|word| lower.contains(word))
        // `Why do this?`: why the work was done (`Why should I care?` asks
        // what it is worth to the reader).
        || lower.strip_prefix("why ").is_some_and(|rest| {
            ["do this", "do it", "bother", "study this"]
            .contains(&rest.trim_end_matches(['?', '？', ' ']))
        });
    // `Why it matters`, `Why does it matter?`: why the work was done, asked
    // or not (`Why it matters for agents` says what it is worth to the
    // reader).
    let matters = lower.strip_prefix("why ").is_some_and(|rest| {
        [
            "it matters",
            "this matters",
            "this paper matters",
            "this work matters",
            "does it matter",
            "does this matter",
        ]
        .contains(&rest.trim_end_matches(['?', '？', ' ']))
    });
    // `Why ResNet?`: why the model the paper builds, named in one word.
    let of_the_model = asks
        && crate::title::strip_prefix_ignore_case(core.trim(), "why ").is_some_and(|rest| {
            let name = rest.trim_end_matches(['?', '？', ' ']);
            !name.contains(char::is_whitespace) && names_a_model(name)
        });
    // (A Japanese question may end in its particle, `か`, alone; a Korean
    // one in its ending, `부족한가`, `할까`.)
    matters
        || (asks && of_the_paper || of_the_model)
            && (is_question(heading) || lower.ends_with(['か', '가', '까']))
}

/// Whether a heading or label ends in a question mark, before any closing
/// emphasis, emoji or styling tag (`**Why this paper?**`, `어떻게 목표를
/// 달성했나? 🎯`).
fn is_question(heading: &str) -> bool {
    // (`どうやって有効だと検証した？ </font>`: a styling tag closing it.)
    let asked = before_closing_tags(heading).trim_end_matches(|ch: char| {
        ch.is_whitespace() || (is_symbol(ch) && ch != '？') || matches!(ch, '*' | '_')
    });
    // (Then an aside in parentheses: `제안한 방법이 어떠한 결과를
    // 내었는가? (특히 어떤 부분이 좋아졌는가..?)`.)
    let asked = match asked.strip_suffix([')', '）']) {
        Some(body) => match body.rfind(['(', '（']) {
            Some(open) if body[..open].trim_end().ends_with(['?', '？']) => {
                body[..open].trim_end()
            }
            _ => asked,
        },
        None => asked,
    };
    // Or Japanese's question particle, unmarked: `どんな実験をしているか`.
    // Or a Korean question's ending after its question word, unmarked:
    // `무슨 문제를 푸나`, `왜 필요한가`.
    asked.ends_with(['?', '？'])
        || asks_in_english_unmarked(asked)
        || asked
            .strip_suffix('か')
            .is_some_and(|before| before.ends_with(crate::title::is_kana))
        || (asked.ends_with(['나', '가', '까'])
            && ["무슨 ", "어떤 ", "무엇", "왜 ", "어떻게", "뭘 "]
                .iter()
                .any(|word| asked.contains(word)))
        // Or a Chinese one's, after its question word: `NeRF 是做什么的`,
        // `结果怎么样`.
        || (asked.ends_with(['的', '吗', '呢', '么', '样'])
            && ["什么", "怎么", "怎样", "如何", "为什么"]
                .iter()
                .any(|word| asked.contains(word)))
}

/// Whether a heading asks in English without a question mark, by its
/// question word and the verb after it, in five words or more: `What is
/// the paper trying to solve`, `How did they evaluate the model`. (A short
/// one names what follows: `What is this`, over what the paper is.)
fn asks_in_english_unmarked(heading: &str) -> bool {
    let mut words = heading.split_whitespace();
    let (Some(asking), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    words.count() >= 3
        && ["what", "why", "how", "which"]
            .iter()
            .any(|word| asking.eq_ignore_ascii_case(word))
        && [
            "is", "are", "was", "were", "does", "do", "did", "can", "could", "should", "would",
        ]
        .iter()
        .any(|word| verb.eq_ignore_ascii_case(word))
}

/// A heading without the styling tags closing it, and the spaces before
/// them (`どうやって有効だと検証した？ </font>`, `<small> Gradient descent
/// variants: </small>`).
fn before_closing_tags(heading: &str) -> &str {
    let mut heading = heading.trim_end();
    while heading.ends_with('>')
        && let Some(open) = heading.rfind('<')
        && styling_tag_len(&heading[open + 1..]) == Some(heading.len() - open - 1)
    {
        heading = heading[..open].trim_end();
    }
    heading
}

/// A question template's experiment heading (the reading-notes format
/// that asks six questions of a paper): `How the author proved
/// effectiveness of the proposal?`, `How did they validate it?`,
/// `어떻게 유효하다고 검증했나?`.
fn asks_how_it_was_shown(core: &str) -> bool {
    let lower = core.to_lowercase();
    // `How to prove a lower bound` teaches; it does not ask.
    let asks_how = (lower.starts_with("how ") && !lower.starts_with("how to "))
        || lower.contains("어떻게")
        || lower.contains("どうやって");
    // (Or how it did: `How success is measured`, `How does it perform?`,
    // `How well does it work?`; not `How does it work?`.)
    let shown = [
        "prove", "proof", "validat", "verif", "evaluat", "measur", "perform", "검증", "検証",
    ]
    .iter()
    .any(|word| lower.contains(word))
        || lower.starts_with("how well ");
    asks_how && shown
}

/// The Chinese and Japanese words that name a part at the end of a
/// compound (`实验结果`, `算法流程`, `数値実験`).
const CJK_HEADS: &[(&str, SectionKind)] = &[
    ("问题", SectionKind::Purpose),
    ("問題", SectionKind::Purpose),
    // `解決したい問題点`: the problem (its points) the paper would solve.
    ("问题点", SectionKind::Purpose),
    ("問題点", SectionKind::Purpose),
    ("动机", SectionKind::Purpose),
    ("動機", SectionKind::Purpose),
    // `效率困境`, `核心困境`: the predicament the paper starts from.
    ("困境", SectionKind::Purpose),
    ("背景", SectionKind::Purpose),
    // `背景知识`, what a reader needs to know first, as `배경지식` is.
    ("背景知识", SectionKind::Purpose),
    ("背景知識", SectionKind::Purpose),
    ("介绍", SectionKind::Purpose),
    // `目标检测简介`: a brief introduction to the task.
    ("简介", SectionKind::Purpose),
    ("簡介", SectionKind::Purpose),
    ("目标", SectionKind::Purpose),
    ("目的", SectionKind::Purpose),
    ("方法", SectionKind::Method),
    ("手法", SectionKind::Method),
    ("算法", SectionKind::Method),
    ("框架", SectionKind::Method),
    ("架构", SectionKind::Method),
    ("结构", SectionKind::Method),
    ("思路", SectionKind::Method),
    ("做法", SectionKind::Method),
    // `工作原理`: how the work works, its principle; `仕組み`, the
    // mechanism, in Japanese.
    ("工作原理", SectionKind::Method),
    ("仕組み", SectionKind::Method),
    // `解决方案`, `方案：` (the solution); `实验方案` is the experiments'.
    ("实验方案", SectionKind::Experiment),
    ("方案", SectionKind::Method),
    // `算法流程`; `实验流程`, the experiments' procedure (below).
    ("流程", SectionKind::Method),
    ("结果", SectionKind::Experiment),
    ("結果", SectionKind::Experiment),
    // `实验对比`: the comparison the experiments make.
    ("对比", SectionKind::Experiment),
    ("效果", SectionKind::Experiment),
    ("实验", SectionKind::Experiment),
    ("實驗", SectionKind::Experiment),
    ("実験", SectionKind::Experiment),
    ("发现", SectionKind::Experiment),
    ("评估", SectionKind::Experiment),
    ("评价", SectionKind::Experiment),
    // `评价指标`, `评估指标`: the metrics the experiments report.
    ("指标", SectionKind::Experiment),
    ("指標", SectionKind::Experiment),
    ("評価", SectionKind::Experiment),
    // `实验验证`: the experiments that verify it.
    ("验证", SectionKind::Experiment),
    ("驗證", SectionKind::Experiment),
    ("検証", SectionKind::Experiment),
    // `性能测试`, `基准测试`, `性能评测`: the tests it was put to.
    ("测试", SectionKind::Experiment),
    ("評測", SectionKind::Experiment),
    ("评测", SectionKind::Experiment),
    ("测评", SectionKind::Experiment),
    ("モデル", SectionKind::Method),
    // `アーキテクチャ図`, `架構`: the model's architecture.
    ("アーキテクチャ", SectionKind::Method),
    ("架構", SectionKind::Method),
    // `注意力模块`, `SE模块`: a part of the model.
    ("模块", SectionKind::Method),
];

/// The kind a Chinese or Japanese compound names by its last word, with no
/// space before it: `核心方法`, `研究问题`, `主要结果`, `关键发现`. Not a
/// question left open (`开放问题`, `我的问题`); two things joined
/// (`性能与实验`) are read one by one, as [`phrases`] splits them.
fn cjk_head_kind(phrase: &str) -> Option<SectionKind> {
    // The words for an introduction, the part's or a brief one.
    const INTRODUCED: [&str; 4] = ["介绍", "介紹", "简介", "簡介"];
    const NOT_MODIFIERS: &[&str] = &[
        "开放",
        "遗留",
        "其他",
        "其它",
        "存在",
        "后续",
        // `未来`, `未解决`, `未検証`: to come, not yet solved or verified.
        "未",
        // `待深入问题`: to be looked into.
        "待",
        // `实验室介绍`: the laboratory's.
        "实验室",
        "我",
        "疑",
    ];
    let is_cjk = |ch: char| is_han(ch) || crate::title::is_kana(ch);
    if !phrase.chars().all(is_cjk) {
        return None;
    }
    // Where the work stands among others, its background, however long
    // the phrase before it (`研究の位置付け`, `SegFormerの立ち位置`,
    // `既存の研究に対する提案手法の位置付け`).
    if ["位置付け", "位置づけ", "立ち位置"]
        .iter()
        .any(|head| phrase.ends_with(head))
    {
        return Some(SectionKind::Purpose);
    }
    // `论文要解决什么问题`: what problem it sets out to solve, asked without
    // a question mark.
    // (Or what it studies: `这篇论文到底研究什么`.)
    if ["什么问题", "什麼問題", "研究什么", "研究什麼"]
        .iter()
        .any(|asked| phrase.ends_with(asked))
    {
        return Some(SectionKind::Purpose);
    }
    let count = phrase.chars().count();
    if !(3..=8).contains(&count) {
        return None;
    }
    // `提案手法について`, `モデルの詳細`: about a part, the part's details.
    let phrase = ["について", "に関して", "の詳細"]
        .iter()
        .find_map(|suffix| phrase.strip_suffix(suffix))
        .filter(|part| part.chars().count() >= 2)
        .unwrap_or(phrase);
    // `结果分析`, `实验分析`, `网络结构解析`, `结构详解`: the analysis or
    // explanation of a part is that part; so are its conclusions and the
    // part itself (`实验结论`, `方法部分`).
    // So is its diagram (`框架图`, `模型结构图`, `模型图`: the model's), and
    // its explanation (`架构说明`), its design (`架构设计`: the
    // architecture designed; `实验设计`: the experiments'), and its
    // showing (`结果展示`).
    let whole = phrase;
    let phrase = [
        "深度解析",
        "分析",
        "解析",
        "详解",
        "说明",
        "說明",
        "结论",
        "結論",
        "部分",
        "图",
        "圖",
        "図",
        "设计",
        "設計",
        "展示",
    ]
    .iter()
    .find_map(|suffix| phrase.strip_suffix(suffix))
    .filter(|part| part.chars().count() >= 2)
    .unwrap_or(phrase);
    // A part introduced is that part (`架构介绍`, `模型介绍`: the method's);
    // else an introduction is the purpose's (`背景介绍`, `论文介绍`).
    let phrase = INTRODUCED
        .iter()
        .find_map(|suffix| phrase.strip_suffix(suffix))
        .filter(|part| {
            *part == "模型"
                || part.chars().count() >= 2
                    && CJK_HEADS.iter().any(|(head, _)| part.ends_with(head))
        })
        .unwrap_or(phrase);
    if phrase == "模型" {
        return Some(SectionKind::Method);
    }
    if let Some(kind) = one_part_joined(phrase) {
        return Some(kind);
    }
    let Some((head, kind)) = CJK_HEADS.iter().find(|(head, _)| phrase.ends_with(head)) else {
        // Or opens with the experiments or the method, then says which of
        // it: `实验亮点` (its highlights), `方法要点` (its main points); not
        // `实验室`, a laboratory.
        return [
            ("实验", SectionKind::Experiment),
            ("實驗", SectionKind::Experiment),
            ("実験", SectionKind::Experiment),
            ("方法", SectionKind::Method),
        ]
        .iter()
        .find_map(|(lead, kind)| {
            let rest = phrase.strip_prefix(lead)?;
            (!rest.starts_with('室') && rest.chars().count() <= 4).then_some(*kind)
        })
        // Or a design of what no part names, the system's as a whole
        // (`整体设计`, `总体设计`): the method.
        .or_else(|| {
            ["设计", "設計"]
                .iter()
                .any(|design| whole.ends_with(design))
                .then_some(SectionKind::Method)
        });
    };
    let modifier = &phrase[..phrase.len() - head.len()];
    // `论文结构`, `本文结构`: how the paper is laid out, its outline.
    if *head == "结构" && ["论文", "論文", "文章", "本文", "全文"].contains(&modifier) {
        return None;
    }
    // `作者简介`, `作者介绍`: who wrote it, not why; `论文简介`, the paper
    // in brief, is its summary (the vocabulary's).
    if INTRODUCED.contains(head) && modifier.ends_with("作者")
        || ["简介", "簡介"].contains(head) && ["论文", "論文", "文章", "本文"].contains(&modifier)
    {
        return None;
    }
    // `优化目标`, `训练目标`, `学习目标`: the objective a model is trained
    // to, its loss; not what the paper is for.
    if ["目标", "目的"].contains(head)
        && ["优化", "训练", "学习"]
            .iter()
            .any(|m| modifier.ends_with(m))
    {
        return None;
    }
    // `論文追加方法`, `安装方法`, `インストール方法`: how to add to, install or
    // run the repository, a README's, not the paper's (`提出方法` is the
    // method proposed).
    if *head == "方法"
        && [
            "追加",
            "使用",
            "安装",
            "安裝",
            "利用",
            "投稿",
            "贡献",
            "貢献",
            "参加",
            "インストール",
            "実行",
            "运行",
            "下载",
            "ダウンロード",
        ]
        .iter()
        .any(|action| modifier.ends_with(action))
    {
        return None;
    }
    // `検証方法`, `评估方法`, `実験手法`: how the claims were tested, the
    // experiments' part.
    if *kind == SectionKind::Method
        && [
            "検証", "验证", "驗證", "評価", "评估", "评价", "实验", "実験", "實驗",
        ]
        .iter()
        .any(|word| modifier.contains(word))
    {
        return Some(SectionKind::Experiment);
    }
    let joined = modifier.contains(['与', '和', '及', '、']);
    (!joined && !NOT_MODIFIERS.iter().any(|word| modifier.contains(word))).then_some(*kind)
}

/// Two words of one part joined (`本文实验和性能`, the experiments and
/// their performance; `本文方案和步骤`, the scheme and its steps; `研究背景与
/// 意义`): the part the first names, when the second names it too or is
/// one of its own (the method's steps, the experiments' performance, the
/// background's significance). Two parts joined (`背景与方法`) name none.
fn one_part_joined(phrase: &str) -> Option<SectionKind> {
    const OWN: &[(&str, SectionKind)] = &[
        ("意义", SectionKind::Purpose),
        ("挑战", SectionKind::Purpose),
        ("现状", SectionKind::Purpose),
        ("步骤", SectionKind::Method),
        ("细节", SectionKind::Method),
        ("原理", SectionKind::Method),
        ("实现", SectionKind::Method),
        ("性能", SectionKind::Experiment),
        ("数据集", SectionKind::Experiment),
        ("设置", SectionKind::Experiment),
    ];
    let (first, second) = phrase.split_once(['与', '和', '及'])?;
    let head_of = |part: &str| {
        CJK_HEADS
            .iter()
            .find(|(head, _)| part.ends_with(head))
            .map(|&(_, kind)| kind)
    };
    let kind = head_of(first)?;
    (head_of(second) == Some(kind) || OWN.contains(&(second, kind))).then_some(kind)
}

/// Words that name a section's kind when they open or close a short
/// heading: `Key Method`, `Text-To-Image Results`, `Experimental
/// evaluation`, `A2J-Transformer의 핵심 아이디어`, `GPT 요약`.
const HEAD_WORDS: &[(&str, SectionKind)] = &[
    ("Introduction", SectionKind::Purpose),
    // `Intro to Silq`.
    ("Intro", SectionKind::Purpose),
    ("Motivation", SectionKind::Purpose),
    // Keshav's first pass: `Category / Context / Correctness / …`.
    ("Context", SectionKind::Purpose),
    ("Background", SectionKind::Purpose),
    ("History", SectionKind::Purpose),
    ("Problem", SectionKind::Purpose),
    ("Problems", SectionKind::Purpose),
    ("Purpose", SectionKind::Purpose),
    ("Goal", SectionKind::Purpose),
    ("Goals", SectionKind::Purpose),
    ("Objective", SectionKind::Purpose),
    ("Objectives", SectionKind::Purpose),
    ("배경", SectionKind::Purpose),
    ("목적", SectionKind::Purpose),
    ("동기", SectionKind::Purpose),
    ("서론", SectionKind::Purpose),
    ("문제", SectionKind::Purpose),
    ("문제점", SectionKind::Purpose),
    // `Focal Loss의 필요성`: why it is needed.
    ("필요성", SectionKind::Purpose),
    ("Method", SectionKind::Method),
    ("Methods", SectionKind::Method),
    ("Methodology", SectionKind::Method),
    ("Approach", SectionKind::Method),
    ("Architecture", SectionKind::Method),
    ("Framework", SectionKind::Method),
    ("Algorithm", SectionKind::Method),
    ("Algorithms", SectionKind::Method),
    ("Design", SectionKind::Method),
    ("Solution", SectionKind::Method),
    // `✅ Solved:` beside `❓ General Problem:` and `🤔 Unsolved:`.
    ("Solved", SectionKind::Method),
    ("Idea", SectionKind::Method),
    // In Portuguese, Spanish and French the noun comes first: `Ideia
    // central`, `Idée principale`, `Contexte scientifique`, `Objectif
    // de l'article`, `Método propuesto`, `Resultados experimentales`.
    ("Ideia", SectionKind::Method),
    ("Idée", SectionKind::Method),
    ("Contexte", SectionKind::Purpose),
    ("Contexto", SectionKind::Purpose),
    ("Objectif", SectionKind::Purpose),
    ("Objectifs", SectionKind::Purpose),
    ("Método", SectionKind::Method),
    ("Métodos", SectionKind::Method),
    ("Metodologia", SectionKind::Method),
    ("Metodología", SectionKind::Method),
    ("Méthode", SectionKind::Method),
    ("Méthodologie", SectionKind::Method),
    ("Resultados", SectionKind::Experiment),
    ("Résultats", SectionKind::Experiment),
    ("Experimentos", SectionKind::Experiment),
    ("Expériences", SectionKind::Experiment),
    // `## Ideation`: how the idea came about, the method's.
    ("Ideation", SectionKind::Method),
    ("Ideas", SectionKind::Method),
    ("방법", SectionKind::Method),
    ("방법론", SectionKind::Method),
    ("기법", SectionKind::Method),
    ("아키텍처", SectionKind::Method),
    ("아이디어", SectionKind::Method),
    ("구조", SectionKind::Method),
    ("Experiment", SectionKind::Experiment),
    ("Experiments", SectionKind::Experiment),
    ("Experimental", SectionKind::Experiment),
    ("Empirical", SectionKind::Experiment),
    ("Results", SectionKind::Experiment),
    ("Result", SectionKind::Experiment),
    ("Evaluation", SectionKind::Experiment),
    // `Evaluation Metrics`, `Metrics / Baselines`: what the experiments
    // measure and compare with.
    ("Metrics", SectionKind::Experiment),
    ("Baselines", SectionKind::Experiment),
    // `Research Findings`, `Empirical Findings`.
    ("Findings", SectionKind::Experiment),
    ("Hyperparameter", SectionKind::Experiment),
    ("Hyperparameters", SectionKind::Experiment),
    ("Validation", SectionKind::Experiment),
    ("Validations", SectionKind::Experiment),
    ("Evaluations", SectionKind::Experiment),
    ("Performance", SectionKind::Experiment),
    ("Accuracy", SectionKind::Experiment),
    ("Ablation", SectionKind::Experiment),
    ("Ablations", SectionKind::Experiment),
    ("Benchmarks", SectionKind::Experiment),
    ("실험", SectionKind::Experiment),
    ("결과", SectionKind::Experiment),
    ("평가", SectionKind::Experiment),
    ("성능", SectionKind::Experiment),
    // `주요 성과`: what the paper achieved, its results.
    ("성과", SectionKind::Experiment),
    // `BLI 검증`, `성능 검증`: how the claim was verified.
    ("검증", SectionKind::Experiment),
    // `주요 발견`, `핵심 발견`: the findings, as `Key Findings` are.
    ("발견", SectionKind::Experiment),
    // Russian notes: `Введение`, `Идея`, `Архитектура`, `Эксперименты`.
    ("Введение", SectionKind::Purpose),
    ("Мотивация", SectionKind::Purpose),
    ("Проблема", SectionKind::Purpose),
    ("Задача", SectionKind::Purpose),
    ("Цель", SectionKind::Purpose),
    ("Цели", SectionKind::Purpose),
    ("Идея", SectionKind::Method),
    ("Подход", SectionKind::Method),
    ("Методология", SectionKind::Method),
    ("Метод", SectionKind::Method),
    ("Методы", SectionKind::Method),
    ("Архитектура", SectionKind::Method),
    ("Эксперименты", SectionKind::Experiment),
    ("Эксперимент", SectionKind::Experiment),
    ("Результаты", SectionKind::Experiment),
    // Turkish: `Giriş`, `Amaç`, `Yöntem`, `Deneyler`, `Sonuçlar`.
    ("Giriş", SectionKind::Purpose),
    ("Amaç", SectionKind::Purpose),
    ("Motivasyon", SectionKind::Purpose),
    ("Yöntem", SectionKind::Method),
    ("Yöntemler", SectionKind::Method),
    ("Metot", SectionKind::Method),
    ("Deney", SectionKind::Experiment),
    ("Deneyler", SectionKind::Experiment),
    ("Sonuçlar", SectionKind::Experiment),
    ("Bulgular", SectionKind::Experiment),
    // Indonesian and Malay, the noun first: `Tujuan dan Signifikansi
    // Penelitian`, `Metode yang Digunakan`, `Eksperimen dan Hasil`.
    ("Pendahuluan", SectionKind::Purpose),
    ("Tujuan", SectionKind::Purpose),
    ("Masalah", SectionKind::Purpose),
    ("Permasalahan", SectionKind::Purpose),
    ("Motivasi", SectionKind::Purpose),
    ("Metode", SectionKind::Method),
    ("Metodologi", SectionKind::Method),
    ("Pendekatan", SectionKind::Method),
    ("Arsitektur", SectionKind::Method),
    ("Hasil", SectionKind::Experiment),
    ("Eksperimen", SectionKind::Experiment),
    ("Percobaan", SectionKind::Experiment),
    ("Evaluasi", SectionKind::Experiment),
    ("Pengujian", SectionKind::Experiment),
    ("Ringkasan", SectionKind::Summary),
    ("Abstrak", SectionKind::Summary),
    ("Summary", SectionKind::Summary),
    // `## Paper Topic`: what the paper is about.
    ("Topic", SectionKind::Summary),
    ("Abstract", SectionKind::Summary),
    ("Overview", SectionKind::Summary),
    ("TL;DR", SectionKind::Summary),
    ("요약", SectionKind::Summary),
    ("정리", SectionKind::Summary),
    ("개요", SectionKind::Summary),
];

fn head_word_kind(phrase: &str) -> Option<SectionKind> {
    if let Some(kind) = cjk_head_kind(phrase) {
        return Some(kind);
    }
    // `nnU-Net结构详解`, `U-net 网络结构解析`: a model's name, then the
    // Chinese or Japanese compound that names the part.
    if let Some((at, _)) = phrase
        .char_indices()
        .rev()
        .take_while(|&(_, ch)| is_han(ch) || crate::title::is_kana(ch))
        .last()
        && at > 0
        // (Or the part's word alone after the name: `MNIST 実験`, `Toy 结果`;
        // not a comparison of the names, `fastText、Word2Vec、Glove对比`.)
        && let Some(kind) = cjk_head_kind(&phrase[at..]).or_else(|| {
            CJK_HEADS
                .iter()
                .find(|(head, _)| *head == &phrase[at..] && *head != "对比")
                .map(|&(_, kind)| kind)
        })
    {
        return Some(kind);
    }
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    if let Some(first) = words.first()
        // (`or related ideas`, the last of a list a comma split.)
        && ["the", "our", "a", "an", "or", "and"].contains(&first.to_lowercase().as_str())
    {
        words.remove(0);
    }
    if words.is_empty() || words.len() > 12 {
        return None;
    }
    // `Related ideas`, `Other methods`, `Future directions`: other work's,
    // or work still to do, not the paper's.
    if words.len() >= 2
        && ["related", "similar", "other", "alternative", "future"]
            .contains(&words[0].to_lowercase().as_str())
    {
        return None;
    }
    // A heading written as a sentence names an experiment by the word
    // (`There are 2 main experiment setups in this paper:`); no other kind.
    if words.len() > 6 {
        return words
            .iter()
            .any(|word| {
                let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
                ["experiment", "experiments", "실험"]
                    .iter()
                    .any(|name| name.eq_ignore_ascii_case(word))
            })
            .then_some(SectionKind::Experiment);
    }
    let kind_of = |word: &str| {
        let word = word.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != ';');
        // (`SONUÇLAR`, `ВВЕДЕНИЕ`: capitals beyond ASCII fold too; Hangul
        // and Han have none.)
        let folded = !word.is_ascii() && word.chars().any(char::is_uppercase);
        HEAD_WORDS
            .iter()
            .find(|(head, _)| {
                head.eq_ignore_ascii_case(word)
                    || (folded
                        && !head.is_ascii()
                        && head
                            .chars()
                            .flat_map(char::to_lowercase)
                            .eq(word.chars().flat_map(char::to_lowercase)))
            })
            .map(|(_, kind)| *kind)
    };
    let last = words.last().and_then(|word| kind_of(word));
    // `What is the problem being solved?`: the problem, not how it was
    // solved (`✅ Solved:` alone says how).
    let last = match last {
        Some(SectionKind::Method)
            if words.len() >= 2
                && words.iter().any(|word| {
                    word.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .eq_ignore_ascii_case("problem")
                })
                && words.last().is_some_and(|word| {
                    word.trim_matches(|ch: char| !ch.is_alphanumeric())
                        .eq_ignore_ascii_case("solved")
                }) =>
        {
            Some(SectionKind::Purpose)
        }
        other => other,
    };
    // `## RL Recipe`, `Training Recipe`: how the model was made. (A bare
    // `**Recipe**` under `## 4. Details that matter` is a detail.) So is a
    // part of the model named (`The Fire Module`, `어텐션 모듈`).
    let last = last.or_else(|| {
        let head = words.last()?;
        (words.len() >= 2
            && ["recipe", "module", "모듈"]
                .iter()
                .any(|name| head.eq_ignore_ascii_case(name)))
        .then_some(SectionKind::Method)
    });
    // `RCNN & Fast RCNN의 소개`: the introduction *of* something opens a
    // note; `1. VGGT라는 transformer 소개` in a summary's list says what the
    // paper introduces.
    let last = last.or_else(|| {
        (words.len() >= 2 && *words.last()? == "소개" && words[words.len() - 2].ends_with('의'))
            .then_some(SectionKind::Purpose)
    });
    // `Clipped Surrogate Objective`, `Auxiliary training objectives`: what
    // a model is trained to optimise, part of its method; `Research
    // Objectives` and a lone `Objective` are the paper's purpose.
    let last = match last {
        Some(SectionKind::Purpose)
            if words.len() >= 2
                && words.last().is_some_and(|word| {
                    word.to_lowercase().trim_end_matches([':', 's']) == "objective"
                })
                && ![
                    "research", "main", "primary", "study", "paper", "overall", "our",
                ]
                .contains(&words[words.len() - 2].to_lowercase().as_str()) =>
        {
            Some(SectionKind::Method)
        }
        other => other,
    };
    // `## 핵심 연구 목표`, `## 논문의 목표`: the research's goal, as
    // `Research Objectives` is; `학습 목표` is what a model is trained to
    // optimise (its method), and `MLLM의 일반적인 목표`, `목표 기반 강화학습`
    // name neither.
    let last = last.or_else(|| {
        let (goal, modifiers) = words.split_last()?;
        if *goal != "목표" {
            return None;
        }
        match modifiers.last() {
            None => Some(SectionKind::Purpose),
            Some(&("연구" | "논문의" | "논문" | "주요" | "핵심" | "본")) => {
                Some(SectionKind::Purpose)
            }
            Some(&("학습" | "훈련" | "최적화")) => Some(SectionKind::Method),
            Some(_) => None,
        }
    });
    // `Architecture Overview`, `Results Summary`, `핵심 아이디어 요약` (the
    // key idea's summary): an overview of one part, named first or just
    // before (`핵심 아이디어 한 줄 요약` is a one-line summary, a TL;DR).
    let last = match last {
        Some(SectionKind::Summary) if words.len() >= 2 => [words[0], words[words.len() - 2]]
            .into_iter()
            .filter_map(kind_of)
            .find(|kind| *kind != SectionKind::Summary)
            .or(last),
        last => last,
    };
    // `Training Setup`, `6. Training Configuration`, `Implementation
    // Details`: how the experiments were run, which a paper reports with
    // them (`Training Procedure` is part of the method).
    let set_up = words.len() == 2
        && [
            "training",
            "train",
            "pre-training",
            "pretraining",
            "fine-tuning",
            "finetuning",
            "implementation",
            "hyperparameter",
            "hyperparameters",
            "학습",
            "훈련",
        ]
        .contains(&words[0].to_lowercase().as_str())
        && [
            "setup",
            "set-up",
            "setups",
            "setting",
            "settings",
            "configuration",
            "configurations",
            "details",
            "설정",
            "환경",
        ]
        .contains(&words[1].to_lowercase().trim_end_matches(':'));
    if set_up {
        return Some(SectionKind::Experiment);
    }
    // `Experimental Design`, `Evaluation Framework`: an experiment's set-up.
    let experiment_first = kind_of(words[0]) == Some(SectionKind::Experiment);
    let last = last.map(|kind| {
        if experiment_first {
            SectionKind::Experiment
        } else {
            kind
        }
    });
    // `Model Features`, `Model Training`, `모델 구조`: the model's parts
    // are its method (`Language Model`, last, may be background).
    let model_first = || {
        (words.len() >= 2
            && ["model", "models", "모델"].contains(&words[0].to_lowercase().as_str()))
        .then_some(SectionKind::Method)
    };
    // `Objective Function`: what the model is trained to optimise, its
    // method, as a surrogate objective is.
    if words.len() == 2
        && words[0].eq_ignore_ascii_case("objective")
        && ["function", "functions"].contains(&words[1].to_lowercase().as_str())
    {
        return Some(SectionKind::Method);
    }
    // (`Findings from previous work` are the background's: findings name
    // results last, `Research Findings`. A model's `Context Length` or
    // `Context Window` is how much it reads, no context of the paper's.)
    let first = kind_of(words[0])
        .filter(|_| {
            !words[0].eq_ignore_ascii_case("findings") && !words[0].eq_ignore_ascii_case("context")
        })
        .or_else(model_first);
    // The head of a phrase that a preposition goes on from: `Main
    // Motivation on Heterogeneous Opportunity`, `Key Results on Long Inputs`.
    let before_preposition = || {
        let at = words.iter().position(|word| {
            ["on", "of", "for", "behind", "about"].contains(&word.to_lowercase().as_str())
        })?;
        let head = words[at.checked_sub(1)?];
        // `An Optimization Objective for Continuing Tasks`: what a method
        // optimises, as above.
        (!head.to_lowercase().starts_with("objective"))
            .then(|| kind_of(head))
            .flatten()
    };
    last.or(first).or_else(before_preposition).or_else(|| {
        // Words that only ever name an experiment count anywhere in a
        // short heading (`Automating Evaluation of Forecasts`), and so does
        // a heading that ends in a well-known benchmark (`Capsules on MNIST`).
        let inner = |word: &&str| {
            let word = word.trim_matches(|ch: char| !ch.is_alphanumeric());
            EXPERIMENT_WORDS
                .iter()
                .any(|name| name.eq_ignore_ascii_case(word))
        };
        let benchmark = |word: &str| {
            let word = word.trim_matches(|ch: char| !ch.is_alphanumeric() && ch != '-');
            BENCHMARKS
                .iter()
                .any(|name| name.eq_ignore_ascii_case(word))
        };
        let on_benchmark = words.len() >= 2
            && ["on", "in", "for"].contains(&words[words.len() - 2].to_lowercase().as_str())
            && benchmark(words[words.len() - 1]);
        (words.iter().any(inner) || on_benchmark).then_some(SectionKind::Experiment)
    })
}

/// Words that name an experiment wherever they stand in a short heading.
const EXPERIMENT_WORDS: &[&str] = &[
    "Ablation",
    "Ablations",
    "Evaluation",
    "Evaluations",
    "Experiment",
    "Experiments",
    "Experimental",
    "Empirical",
    "Benchmarks",
    "실험",
];

/// Well-known benchmarks: a heading `… on MNIST` reports an experiment.
const BENCHMARKS: &[&str] = &[
    "MNIST",
    "Fashion-MNIST",
    "CIFAR",
    "CIFAR-10",
    "CIFAR-100",
    "SVHN",
    "ImageNet",
    "COCO",
    "MS-COCO",
    "Cityscapes",
    "KITTI",
    "ScanNet",
    "ShapeNet",
    "GLUE",
    "SuperGLUE",
    "SQuAD",
    "WMT",
    "Atari",
    "MuJoCo",
    "D4RL",
    "LibriSpeech",
];

/// The kinds a heading names exactly (by alias or one typo), without the
/// head-word reading.
fn exact_heading_kinds(heading: &str, vocabulary: &Vocabulary) -> Vec<SectionKind> {
    exact_kinds(&heading_core(heading), vocabulary)
}

/// The kinds the phrases of a heading's core name by alias or one typo.
fn exact_kinds(core: &str, vocabulary: &Vocabulary) -> Vec<SectionKind> {
    let mut kinds = Vec::new();
    for phrase in phrases(core) {
        if let Some(kind) = vocabulary
            .kind_of_phrase(phrase)
            .or_else(|| vocabulary.kind_of_misspelling(phrase))
            && !kinds.contains(&kind)
        {
            kinds.push(kind);
        }
    }
    kinds
}

/// A repository's name as its README heads it: lower-case words joined by
/// hyphens or underscores, no spaces (`vision-project`, `paper_summaries`).
fn is_repository_slug(title: &str) -> bool {
    title
        .split(['-', '_'])
        .filter(|word| !word.is_empty())
        .count()
        >= 2
        && title
            .chars()
            .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || matches!(ch, '-' | '_'))
}

/// Whether a heading's text names a section rather than a paper: an exact
/// section name, a numbered heading, a known other part, or a Korean
/// section word at its end (`GPT 정리`, `논문 요약`: Korean paper titles do
/// not end that way, English ones may end in `Introduction` or `Approach`).
pub(crate) fn is_section_like(content: &str, vocabulary: &Vocabulary) -> bool {
    // `## 2017-7-9`: a date, not a numbered section.
    if !content.chars().any(char::is_alphabetic) {
        return false;
    }
    // `2026-08-12-an-entropic-explanation.md`: a post's date, not numbering.
    if starts_with_numbering(content) && iso_date_prefix(content.trim_start()).is_none() {
        return true;
    }
    // `# Some definitions:`: a label over what follows, not a title.
    if before_closing_tags(content).ends_with([':', '：']) {
        return true;
    }
    let core = heading_core(content);
    if names_a_numbered_part(&core) || holds_a_field(&core) || asks_of_it(content, &core) {
        return true;
    }
    // A template's question for a part (`어떠한 문제를 해결하고자 했는가?`,
    // `What problem did the authors try to solve?`): a part, never a title.
    if asked_part(&core, content).is_some() {
        return true;
    }
    if titled_then_note_in_cjk(&core) || names_then_subtitles(&core, vocabulary) {
        return false;
    }
    // `"Subliminal Learning: …" - Summary`: a title and what the note is.
    // So is a name of two capitalised words (`Consistency Models 요약`),
    // neither a part's (`Model Architecture 요약` is a part's summary).
    if let Some(title) = crate::title::strip_review_word(&core)
        && match title.split_whitespace().count() {
            2 => title.split_whitespace().all(|word| {
                word.starts_with(|ch: char| ch.is_ascii_uppercase())
                    && word.is_ascii()
                    && head_word_kind(word).is_none()
            }),
            words => words >= 3,
        }
        && exact_kinds(title, vocabulary).is_empty()
    {
        return false;
    }
    // `Paper Summary: Attention Is All You Need`, `논문 요약: Deep Residual
    // Learning …`: what the note is, then the title (a summary's label
    // takes a sentence after it, not a name). Or behind a spaced dash:
    // `Paper summary - Batch Normalization: …`.
    // (A name alone after two words that say so: `Paper Summary: DNABERT`.)
    let after_what_it_is = |(label, title): (&str, &str)| {
        let title = title.trim();
        TITLE_PREFIXES
            .iter()
            .any(|prefix| label.trim().eq_ignore_ascii_case(prefix))
            && match title.split_whitespace().count() {
                0 => false,
                1 => {
                    label.split_whitespace().count() >= 2
                        && title.starts_with(|ch: char| ch.is_uppercase())
                }
                _ => true,
            }
            && !title.ends_with(['.', '。', '다'])
            && exact_kinds(title, vocabulary).is_empty()
    };
    if core
        .split_once([':', '：'])
        .into_iter()
        .chain(
            crate::title::SPACED_DASHES
                .iter()
                .filter_map(|dash| core.split_once(dash)),
        )
        .any(after_what_it_is)
    {
        return false;
    }
    let korean_head_word = core.split_whitespace().last().is_some_and(|word| {
        word.chars().all(crate::header::is_hangul_syllable) && head_word_kind(word).is_some()
    });
    // `실험 환경`, `실험 설정`: a short Korean heading opening with a part's
    // word.
    let korean_first_word = (2..=3).contains(&core.split_whitespace().count())
        && core
            .split_whitespace()
            .all(|word| word.chars().all(crate::header::is_hangul_syllable))
        && core
            .split_whitespace()
            .next()
            .is_some_and(|first| head_word_kind(first).is_some());
    // `The Problem`, `Our Approach`: a section word after an article (a
    // title says more: `The Knapsack Problem`). So after a word that says
    // how long or how central the part is: `Short introduction`, `Brief
    // Summary`, `Detailed method`.
    let after_article = core.split_once(' ').is_some_and(|(first, rest)| {
        [
            "the", "our", "short", "brief", "quick", "detailed", "general", "overall",
        ]
        .iter()
        .any(|word| first.eq_ignore_ascii_case(word))
            && !exact_kinds(rest, vocabulary).is_empty()
    });
    // `Paper Topic`, `Paper Contributions`: a part of the note on the paper.
    let papers_part = core.split_once(' ').is_some_and(|(first, rest)| {
        first.eq_ignore_ascii_case("paper")
            && !rest.contains(char::is_whitespace)
            && head_word_kind(rest).is_some()
    });
    korean_head_word
        || korean_first_word
        || papers_part
        // `背景介绍`, `核心方法`: a Chinese part's compound.
        || cjk_head_kind(&core).is_some()
        || after_article
        || speaks_of_the_paper(&core)
        || if joins_title_words(&core) {
            vocabulary.kind_of_phrase(&core).is_some()
        } else {
            is_other_core(&core) || !exact_kinds(&core, vocabulary).is_empty()
        }
}

/// `Hybrid Recommender Systems: Survey and Experiments`: a name of
/// capitalised words no part owns, then a subtitle after the colon. The
/// subtitle may name parts of the paper; the heading is its title, not a
/// part of the note (which names the part first: `Experiments: Setup`).
fn names_then_subtitles(core: &str, vocabulary: &Vocabulary) -> bool {
    core.split_once(':').is_some_and(|(name, subtitle)| {
        let words: Vec<&str> = name.split_whitespace().collect();
        words.len() >= 2
            && !subtitle.trim().is_empty()
            && words.iter().all(|word| {
                word.starts_with(|ch: char| ch.is_ascii_uppercase())
                    && head_word_kind(word).is_none()
            })
            && exact_kinds(name, vocabulary).is_empty()
            && !is_other_core(name)
    })
}

/// `Paper Information`, `Info`, `Metadata`, `基本信息`, `논문 정보`: a
/// heading over the paper's information, no part of the note.
fn names_information(core: &str) -> bool {
    core.to_lowercase().split_whitespace().any(|word| {
        ["info", "information", "metadata"].contains(&word)
            || ["정보", "信息", "情報"]
                .iter()
                .any(|cjk| word.contains(cjk))
    })
}

/// `Section 1`, `Part II: Results`, `Chapter 3`, `섹션 2`: a numbered part
/// of the note.
fn names_a_numbered_part(core: &str) -> bool {
    let mut words = core.split_whitespace();
    let (Some(part), Some(number)) = (words.next(), words.next()) else {
        return false;
    };
    let number = number.trim_end_matches([':', '：', '.']);
    ["section", "part", "chapter", "섹션", "파트"]
        .iter()
        .any(|name| part.eq_ignore_ascii_case(name))
        && (number.bytes().all(|b| b.is_ascii_digit())
            || number.chars().all(|ch| "IVXivx".contains(ch)))
        && !number.is_empty()
}

/// A field set as a heading, its value a date or an address: `###
/// 阅读时间：2018年10月25日`, `### 会议：http://cn.arxiv.org/pdf/1808.05759`.
fn holds_a_field(core: &str) -> bool {
    core.split_once([':', '：']).is_some_and(|(label, value)| {
        let value = value.trim();
        label.split_whitespace().count() <= 3
            && label.chars().count() <= 20
            // (A link with a word or two: `Code: https://…`; not a title
            // then its address, `EAGLE: Speculative Sampling … https://…`.)
            && ((value.contains("://")
                && value
                    .split_whitespace()
                    .filter(|word| !word.contains("://"))
                    .count()
                    <= 2)
                || value
                    .get(..4)
                    .and_then(crate::title::parse_year)
                    .is_some_and(|_| value[4..].starts_with(['-', '.', '/', '年'])))
    })
}

/// `Browsing News According to Subjects and Opinions`: a heading of more
/// than six words joined by `and` is a title's wording, its last phrase
/// (`Opinions`) no part's name; `Experiments and Results` is two parts.
fn joins_title_words(core: &str) -> bool {
    core.contains(" and ") && core.split_whitespace().count() > 6
}

/// A heading that speaks of the paper names a part of the note about it:
/// `Quotes from the paper`, `About this paper`, `이 논문의 한계`,
/// `一句话核心：这篇论文做了什么？`.
fn speaks_of_the_paper(core: &str) -> bool {
    let lower = core.to_lowercase();
    [
        "the paper",
        "this paper",
        "이 논문",
        "본 논문",
        "该论文",
        "这篇论文",
        "这篇文章",
        "本文",
        "この論文",
        "本論文",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

/// `**Label**: …`, `**Label:** …` or `**Label**` alone at the start of
/// `text`: where the label's words start, their length, and how much of
/// `text` the label takes.
pub(crate) fn bold_phrase(text: &str) -> Option<(usize, usize, usize)> {
    // (Or in HTML's bold: `<b>Introduction</b>:`.)
    let (open, shut) = [
        ("**", "**"),
        ("__", "__"),
        ("<b>", "</b>"),
        ("<strong>", "</strong>"),
    ]
    .into_iter()
    .find(|(open, _)| text.starts_with(open))?;
    let inner = &text[open.len()..];
    let close = inner.find(shut)?;
    let words = &inner[..close];
    let after = &inner[close + shut.len()..];
    let start = open.len();
    let end = start + close + shut.len();
    // `**Task: 단일 이미지 → 3D 복원**`, `**The Goal: To provide …**`: the
    // label and its text in one bold run; the text starts after the colon.
    if let Some(colon) = words.find([':', '：'])
        && colon > 0
        && !words[colon..]
            .trim_start_matches([':', '：'])
            .trim()
            .is_empty()
        && words[..colon].split_whitespace().count() <= 3
        && !words[..colon].contains("http")
    {
        let colon_len = words[colon..].chars().next().map_or(1, char::len_utf8);
        return Some((
            start,
            words[..colon].trim_end().len(),
            start + colon + colon_len,
        ));
    }
    let (words_len, consumed) = if let Some(stripped) = words.trim_end().strip_suffix([':', '：'])
    {
        (stripped.trim_end().len(), end)
    } else {
        let trimmed = after.trim_start();
        // `**Task**) \`: a label closed by a parenthesis, as list items
        // are numbered `1)`, and a backslash's line break after it.
        // `**Problem** — Trajectory optimization …`: a dash between, spaced,
        // or ending the line over the label's text (`**Approach** –`).
        // (Or an arrow: `**结果** → PDMS 和闭环 CLS 的相关性…`.)
        let dashed = ["—", "–", "-", "→", "->", "⇒", "=>"]
            .iter()
            .find_map(|dash| {
                trimmed
                    .strip_prefix(dash)
                    .filter(|rest| rest.is_empty() || rest.starts_with(char::is_whitespace))
            });
        match trimmed.strip_prefix([':', '：', ')']).or(dashed) {
            Some(rest) => (words.trim_end().len(), text.len() - rest.len()),
            None if strip_html(trimmed).trim().trim_end_matches('\\').is_empty() => {
                (words.trim_end().len(), end)
            }
            // `**What is the problem?** Existing cryptocurrencies …`: a
            // question template's bold question, its answer after it on
            // the line (the question mark stands for the colon).
            None if words.trim_end().ends_with(['?', '？']) => (words.trim_end().len(), end),
            // `**Results.** Transductive: Cora 83.0%, …`: a run-in
            // heading, as papers set a paragraph's name, its period for
            // the colon.
            None if words.ends_with('.')
                && !words.ends_with("..")
                && words.split_whitespace().count() <= 4 =>
            {
                (words.len() - 1, end)
            }
            None => return None,
        }
    };
    // (A template's question is longer than a label: `What did the
    // authors try to accomplish?`.)
    let most = if words.trim_end().ends_with(['?', '？']) {
        12
    } else {
        6
    };
    // (`***总结：*** …`: bold and italic, the label inside the italic mark
    // too.)
    let italic = usize::from(open.len() == 2 && words.starts_with(open.as_bytes()[0] as char));
    (words_len > italic && words.split_whitespace().count() <= most).then_some((
        start + italic,
        words_len - italic,
        consumed,
    ))
}

/// The length of an HTML paragraph's or list item's opening tag at the
/// start of `text` (`<p>`, `<p class="meta">`, `<li>`), before a bold
/// label; 0 when there is none.
fn paragraph_tag_len(text: &str) -> usize {
    ["<p", "<li"]
        .iter()
        .find_map(|open| {
            let rest = text.strip_prefix(open)?;
            let close = rest.find('>')?;
            let attributes = &rest[..close];
            let after = &rest[close + 1..];
            ((attributes.is_empty() || attributes.starts_with(' '))
                && !attributes.contains('<')
                && (after.starts_with("<strong>") || after.starts_with("<b>")))
            .then_some(open.len() + close + 1)
        })
        .unwrap_or(0)
}

/// Where a `<br>` ending the text begins, if one does.
fn before_line_break(text: &str) -> Option<usize> {
    ["<br>", "<br/>", "<br />", "</br>"].iter().find_map(|tag| {
        text.get(text.len().saturating_sub(tag.len())..)
            .filter(|tail| tail.eq_ignore_ascii_case(tag))
            .map(|_| text.len() - tag.len())
    })
}

/// The text without HTML tags such as `<br>`.
fn strip_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_tag = false;
    for ch in text.chars() {
        match ch {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => out.push(ch),
            _ => {}
        }
    }
    out
}

/// The length of an inline HTML tag that only styles text, after its `<`:
/// `font color="red">`, `/span>`, `b>`, `br/>`. None for anything else
/// (`<your summary here>`, a template's blank, stays).
fn styling_tag_len(after_open: &str) -> Option<usize> {
    const STYLING: &[&str] = &[
        "font", "span", "b", "i", "u", "s", "em", "strong", "mark", "small", "big", "sup", "sub",
        "br", "center", "code", "kbd", "del", "ins",
    ];
    let close = after_open.find('>')?;
    let tag = after_open[..close].trim_start_matches('/');
    let name_len = tag
        .find(|ch: char| ch.is_whitespace() || ch == '/')
        .unwrap_or(tag.len());
    let name = &tag[..name_len];
    let attributes = &tag[name_len..];
    (STYLING
        .iter()
        .any(|styling| name.eq_ignore_ascii_case(styling))
        && (attributes.is_empty()
            || attributes.starts_with(char::is_whitespace)
            || attributes == "/"))
        .then_some(close + 1)
}

/// A heading's words after a section's number set in TeX: `背景` in `$\sect0$
/// 背景`, `写在前面` in `$\textbf{1. }$写在前面`. None when the heading
/// opens with no such number (`$k$-means`, a formula).
fn tex_numbered(heading: &str) -> Option<&str> {
    let inner = heading.trim_start().strip_prefix('$')?;
    let close = inner.find('$')?;
    let command = inner[..close].strip_prefix('\\')?;
    let number = command.trim_start_matches(|ch: char| ch.is_ascii_alphabetic());
    (number.len() < command.len()
        && number.chars().any(|ch| ch.is_ascii_digit())
        && number
            .chars()
            .all(|ch| ch.is_ascii_digit() || matches!(ch, '{' | '}' | '.' | ' ')))
    .then(|| inner[close + 1..].trim_start())
}

/// A heading's words without numbering, emoji, emphasis, links and a
/// trailing colon (`## 2. 🔬 **Method**:` → `Method`).
pub fn heading_core(heading: &str) -> String {
    // `### Key Insights [Up to 2 insights]`: a template's hint after the
    // label, in brackets (not a link, `[[arXiv](…)]`).
    let heading = heading
        .trim_end()
        .strip_suffix(']')
        .and_then(|body| {
            let open = body.rfind('[')?;
            // (`\[Results\]`, escaped, is the label itself.)
            (body[..open].chars().any(char::is_alphanumeric) && !body[open..].contains("]("))
                .then(|| &body[..open])
        })
        .unwrap_or(heading);
    let heading = tex_numbered(heading).unwrap_or(heading);
    let mut plain = String::with_capacity(heading.len());
    let mut rest = heading;
    let mut after_bracket = false;
    while let Some(ch) = rest.chars().next() {
        let shortcode = emoji_shortcode_len(rest);
        if shortcode > 0 {
            // `:chart_with_upwards_trend: Result` (GitBook, GitHub).
            rest = &rest[shortcode..];
            continue;
        }
        rest = &rest[ch.len_utf8()..];
        // `<font color="SpringGreen"> 4. どうやって有効だと検証した？ </font>`:
        // inline HTML that only styles the words.
        if ch == '<'
            && let Some(len) = styling_tag_len(rest)
        {
            rest = &rest[len..];
            continue;
        }
        match ch {
            ']' => after_bracket = true,
            '(' if after_bracket => {
                // A link target: skip to its end.
                rest = rest.split_once(')').map_or("", |(_, after)| after);
            }
            '*' | '_' | '`' | '~' | '[' | '\\' => {}
            // `## ==3. Method==`: a highlight.
            '=' if rest.starts_with('=') => rest = &rest[1..],
            _ => plain.push(ch),
        }
        if ch != ']' {
            after_bracket = false;
        }
    }
    let mut rest = plain.trim();
    // Leading emoji, symbols and numbering (`2.`, `0.2.`, `III.`, `Ⅳ.`, `(1)`).
    loop {
        let before = rest;
        rest = rest.trim_start_matches(|ch: char| !ch.is_alphanumeric() && ch != '(');
        rest = without_keycap(rest);
        rest = strip_numbering(rest).trim_start();
        if rest == before {
            break;
        }
    }
    let mut rest = rest
        .trim_end_matches(|ch: char| matches!(ch, ':' | '：' | '.' | ' ' | '?') || is_symbol(ch))
        .trim();
    // A label set in brackets, whose opening went with the leading marks:
    // `## 【实验结果】`, `「方法」`.
    const BRACKETS: &[(char, char)] = &[
        ('【', '】'),
        ('「', '」'),
        ('《', '》'),
        ('〔', '〕'),
        ('［', '］'),
        ('『', '』'),
    ];
    if let Some(last) = rest.chars().next_back()
        && let Some((open, _)) = BRACKETS.iter().find(|(_, close)| *close == last)
        && let Some(inner) = rest.strip_suffix(last)
        && !inner.contains(*open)
    {
        rest = inner.trim_end();
    }
    rest.to_owned()
}

/// Whether a heading is a paper's title, then what the note is in the
/// reader's language (`Denoising Diffusion Probabilistic Models (DDPM): 논문
/// 구조 기반 심화 요약`): the note's title, no part named by its last word.
fn titled_then_note_in_cjk(core: &str) -> bool {
    !core.is_ascii()
        && core.split_once([':', '：']).is_some_and(|(title, tail)| {
            tail.split_whitespace()
                .next_back()
                .is_some_and(crate::title::says_what_the_note_is)
                && headline_in_cjk(tail)
                && title.split_whitespace().count() >= 3
                && names_in_capitals(title)
        })
}

/// Whether a part holds nothing but, perhaps, more headings (`### Method`
/// over `#### Identifiable Roles`), each over nothing.
fn vacant_under_headings(content: &str) -> bool {
    // (Most parts hold no heading: read once.)
    crate::parser::is_vacant(content) || {
        let heading = |line: &&str| line.trim_start().starts_with('#');
        // A table with only its header filled in is a blank too (`| 数据集 |
        // 指标 | 本文结果 |` over rows of empty cells).
        let row = |line: &&str| line.trim_start().starts_with('|');
        let blank_table = content.contains('|') && {
            // (The header, then its delimiter and one row at least.)
            let mut rows = content.lines().filter(row).skip(1);
            let mut below = 0;
            rows.all(|row| {
                below += 1;
                row.chars()
                    .all(|ch| matches!(ch, '|' | '-' | ':' | ' ' | '\t'))
            }) && below >= 2
        };
        (blank_table || content.lines().any(|line| heading(&line))) && {
            let words: Vec<&str> = content
                .lines()
                .filter(|line| !(heading(line) || (blank_table && row(line))))
                .collect();
            crate::parser::is_vacant(&words.join("\n"))
        }
    }
}

/// A text without the keycap emoji opening it (`1️⃣ Deep learning`: a
/// digit, then U+FE0F and U+20E3), and the spaces after it.
fn without_keycap(text: &str) -> &str {
    let mut chars = text.chars();
    let keycap = chars
        .next()
        .is_some_and(|ch| ch.is_ascii_digit() || matches!(ch, '#' | '*'))
        && {
            let rest = chars.as_str();
            let rest = rest.strip_prefix('\u{FE0F}').unwrap_or(rest);
            rest.starts_with('\u{20E3}')
        };
    if !keycap {
        return text;
    }
    let rest = text[1..].trim_start_matches('\u{FE0F}');
    rest['\u{20E3}'.len_utf8()..].trim_start()
}

/// The length of an emoji shortcode (`:rocket:`, `:heavy_check_mark:`) at
/// the start of `text`, or 0.
fn emoji_shortcode_len(text: &str) -> usize {
    let Some(inner) = text.strip_prefix(':') else {
        return 0;
    };
    let name = inner
        .bytes()
        .take_while(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'_' | b'+' | b'-')
        })
        .count();
    if name >= 2 && inner[name..].starts_with(':') {
        name + 2
    } else {
        0
    }
}

fn is_symbol(ch: char) -> bool {
    !ch.is_alphanumeric()
        && !ch.is_whitespace()
        && !ch.is_ascii_punctuation()
        && ch > '\u{2000}'
        && !matches!(ch, '–' | '—' | '’' | '·')
        // Full-width brackets close what they open: `…微调（EGU 摘要解读）`;
        // so do typeset quotes (`“Factual” or “Emotional”: Stylized Image
        // Captioning …`).
        && !matches!(
            ch,
            '（' | '）' | '【' | '】' | '「' | '」' | '《' | '》' | '〔' | '〕' | '［' | '］' | '“' | '”' | '‘'
        )
}

/// The length of a season's and episode's code opening a heading, its stop
/// and the space after it: `S01-01. ` (a capital, one to three digits, a
/// hyphen, one to three digits, a full stop).
fn season_episode_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix(|ch: char| ch.is_ascii_uppercase())?;
    let season = rest.bytes().take_while(u8::is_ascii_digit).count();
    let rest = rest[season..].strip_prefix('-')?;
    let episode = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = rest[episode..].strip_prefix(". ")?;
    ((1..=3).contains(&season) && (1..=3).contains(&episode)).then(|| text.len() - after.len())
}

/// The Chinese numerals that number parts: `一、研究动机`, `三、实验`.
const CHINESE_NUMERALS: &str = "一二三四五六七八九十";

/// `2.`, `0.2.`, `2)`, `(2)`, `III.`, `Ⅲ.`, `Chapter 2.` at the start of
/// `text`: what is left after it, or `text` itself.
fn strip_numbering(text: &str) -> &str {
    // `Part5. 导言`, `Part 2: Method`, `Chapter 3. 实验`: a numbered part,
    // then its name.
    for word in ["part", "section", "chapter"] {
        if let Some(head) = text.get(..word.len())
            && head.eq_ignore_ascii_case(word)
        {
            let rest = text[word.len()..].trim_start_matches(' ');
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            // (Its stop or colon: `Part 2 - Fundamentals of …` is a series'
            // count before a title.)
            let after = rest[digits..].trim_start_matches(['.', ':', '：']);
            if digits > 0
                && after.len() < rest.len() - digits
                && after.starts_with(' ')
                && !after.trim().is_empty()
            {
                return after.trim_start();
            }
        }
    }
    // `0x01 简介`, `0xFF 总结`: a programmer's numbering, in hexadecimal.
    if let Some(rest) = text.strip_prefix("0x") {
        let hex = rest.bytes().take_while(u8::is_ascii_hexdigit).count();
        if (1..=2).contains(&hex) && rest[hex..].starts_with(' ') {
            return rest[hex..].trim_start();
        }
    }
    let digits = text
        .bytes()
        .take_while(|b| b.is_ascii_digit() || *b == b'.')
        .count();
    // (A year is no part's number: `2026 LIT（arXiv）` names a paper.)
    if digits == 4 && crate::title::after_leading_year(text).is_some() {
        return text;
    }
    if digits > 0 && text[..digits].bytes().any(|b| b.is_ascii_digit()) {
        let after = &text[digits..];
        // `1) Method`; `2）方法`, a full-width parenthesis with no space.
        let (after, closed) = match after.strip_prefix([')', '）']) {
            Some(rest) => (rest, true),
            None => (after, false),
        };
        // `3D Gaussian` is a name, not `3` and `D Gaussian`; so is `2-point
        // RANSAC` (a number joined to a lowercase word).
        let compound = after
            .strip_prefix('-')
            .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_lowercase()));
        if compound {
            return text;
        }
        // `1、Motivation`, `2．方法`: the enumeration comma and the full-width
        // stop of Chinese and Japanese notes.
        if after.is_empty() || after.starts_with([' ', '\t', ':', '-', '_', '、', '．']) {
            let after = after.trim_start_matches([':', '-', '_', '、', '．']);
            // `002 — LoRA: …`: a number and a dash before the title.
            return after
                .trim_start()
                .strip_prefix(['—', '–', '-'])
                .filter(|rest| rest.starts_with(' '))
                .unwrap_or(after);
        }
        // `2.Introduction`, `3.Return Decomposition`, `2.서론`, `1.[Title](…)`:
        // a number and its stop with no space before a capital, a word in
        // another script or a link (`2.5D` keeps its digits; `v2.x` does not
        // start with one). Or before a whole word in small letters,
        // `1.introduction` (not a file's extension, `3.js`).
        let word = after.split([' ', '\t']).next().unwrap_or("");
        if (text[..digits].ends_with('.') || closed)
            && (after.starts_with(|ch: char| {
                ch.is_uppercase() || (ch.is_alphabetic() && !ch.is_ascii()) || ch == '['
            }) || word.len() >= 4 && word.bytes().all(|b| b.is_ascii_lowercase()))
        {
            return after;
        }
        return text;
    }
    // `２．問題設定と解決した点`: full-width digits, as Japanese notes number.
    let wide = text
        .chars()
        .take_while(|ch| ('０'..='９').contains(ch))
        .map(char::len_utf8)
        .sum::<usize>();
    if wide > 0
        && let Some(rest) = text[wide..].strip_prefix(['．', '.', '、', '　', ' '])
    {
        return rest.trim_start();
    }
    // `一、研究动机`, `三、实验`: Chinese numerals and the enumeration comma.
    let numerals = text
        .chars()
        .take_while(|ch| CHINESE_NUMERALS.contains(*ch))
        .map(char::len_utf8)
        .sum::<usize>();
    if (1..=6).contains(&numerals)
        && let Some(rest) = text[numerals..].strip_prefix(['、', '．', '：'])
    {
        return rest;
    }
    if let Some(inner) = text.strip_prefix(['(', '（']) {
        let digits = inner.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0
            && let Some(rest) = inner[digits..].strip_prefix([')', '）'])
        {
            return rest;
        }
    }
    let roman = text
        .chars()
        .take_while(|ch| matches!(ch, 'I' | 'V' | 'X' | 'Ⅰ'..='Ⅻ'))
        .map(char::len_utf8)
        .sum::<usize>();
    if roman > 0 {
        let after = &text[roman..];
        if let Some(rest) = after.strip_prefix(['.', ')']) {
            return rest;
        }
        // `IV- Method`, but `V-JEPA` and `X-Decoder` are names.
        if let Some(rest) = after.strip_prefix('-')
            && (rest.is_empty() || rest.starts_with([' ', '\t']))
        {
            return rest;
        }
        if text.starts_with(|ch| ('Ⅰ'..='Ⅻ').contains(&ch)) && after.starts_with(' ') {
            return after;
        }
    }
    text
}

fn starts_with_numbering(heading: &str) -> bool {
    let trimmed = heading
        .trim_start_matches(|ch: char| !ch.is_alphanumeric() && ch != '(')
        .trim_start();
    strip_numbering(trimmed).len() != trimmed.len()
}

/// The phrases a heading's core is made of: the whole, the part outside and
/// inside parentheses, and the parts joined by `&`, `/`, `and`, `및`, `,`
/// (and their full-width forms).
fn phrases(core: &str) -> Vec<&str> {
    let mut out = vec![core];
    let mut outside = core;
    if let Some(open) = core.find(['(', '（']) {
        outside = core[..open].trim();
        let inner_start = open + core[open..].chars().next().map_or(1, char::len_utf8);
        let inner = core[inner_start..].trim_end_matches([')', '）']).trim();
        let inner = inner.split([')', '）']).next().unwrap_or(inner).trim();
        out.push(outside);
        out.push(inner);
    }
    let ascii = core.is_ascii();
    for separator in [
        " & ", "&", " / ", "/", " | ", " and ", " And ", " 및 ", ", ", " + ", "·", " - ", ": ",
        // `Introducción y Abstract`, `Métodos e Resultados`, `Méthode et
        // résultats`, `Methodik und Ergebnisse`.
        " y ", " e ", " et ", " und ",
        // `研究问题与最小可核验结论`, `性能与实验`, `动机、方法`, `问题和贡献`.
        "与", "及", "和", "、",
        // `背景・問題設定`, `方法／実験`, `动机，方法`: full-width marks.
        "・", "／", "，", "＆", "：",
        // `問題設定と解決したこと`, `手法と結果`: Japanese `and`.
        "と",
    ] {
        // Most headings hold no separator at all: no copy for them. (Every
        // phrase is a part of the heading, and a heading in ASCII holds no
        // full-width mark.)
        if (ascii && !separator.is_ascii()) || !core.contains(separator) {
            continue;
        }
        let snapshot: Vec<&str> = out.clone();
        for phrase in snapshot {
            if phrase.contains(separator) {
                out.extend(phrase.split(separator).map(str::trim));
            }
        }
    }
    // `실험과 해석`, `문제와 동기`: Korean's `and` is a particle on one word;
    // `NN 아키텍처와 하드웨어를 함께 설계하기` is a sentence, not two names.
    // So does a particle on the second word of a short heading (`연구 배경과
    // 문제의식`); `결과`, `효과` and `성과` are nouns that end in `과`.
    let snapshot: Vec<&str> = out.clone();
    for phrase in snapshot {
        if let Some((word, rest)) = phrase.split_once(' ')
            && let Some(stem) = word.strip_suffix(['과', '와'])
            && !stem.is_empty()
        {
            out.push(stem);
            out.push(rest.trim());
            continue;
        }
        let words: Vec<&str> = phrase.split_whitespace().collect();
        if words.len() == 3
            && let Some(stem) = words[1].strip_suffix(['과', '와'])
            && !stem.is_empty()
            && !["결과", "효과", "성과"].contains(&words[1])
            && let Some(cut) = phrase.find(words[1])
        {
            out.push(phrase[..cut + stem.len()].trim());
            out.push(words[2]);
        }
    }
    // `主張の有効性の検証方法`, `本文的核心方法`: what a Japanese or Chinese
    // phrase names comes after its last `の` / `的` (`B of A` is `AのB`).
    // (Most headings hold neither: no copy for them.)
    let snapshot: Vec<&str> = if out.iter().any(|phrase| phrase.contains(['の', '的'])) {
        out.clone()
    } else {
        Vec::new()
    };
    for phrase in snapshot {
        if let Some((at, particle)) = phrase
            .char_indices()
            .rfind(|&(_, ch)| ch == 'の' || ch == '的')
            && !phrase.contains(char::is_whitespace)
        {
            let head = &phrase[at + particle.len_utf8()..];
            // Not the reader's own (`我的问题`, `私の疑問`): a question left open.
            let own = ["我", "我们", "私", "僕", "自分"].contains(&&phrase[..at]);
            if head.chars().count() >= 2 && !own {
                out.push(head);
            }
        }
    }
    let _ = outside;
    // `Evidence 证据`: a label in English, then the same in one short
    // Chinese word, as bilingual notes set their labels. (Not Korean's `2.
    // Baseline 구축`, `GPT 정리`: the Korean word is what the heading names,
    // building a baseline, the summary of GPT.)
    if !core.is_ascii()
        && let Some(at) = core.find(|ch: char| !ch.is_ascii())
        && let Some(english) = core[..at].strip_suffix(' ')
        && english.bytes().any(|b| b.is_ascii_alphabetic())
        && (2..=3).contains(&core[at..].chars().count())
        && core[at..].chars().all(is_han)
    {
        out.push(english.trim());
    }
    out.retain(|phrase| !phrase.is_empty());
    out
}

fn is_other_section(heading: &str) -> bool {
    is_other_core(&heading_core(heading))
}

fn is_other_core(core: &str) -> bool {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        OTHER_SECTIONS
            .iter()
            .chain(SOFTWARE_SECTIONS)
            .map(|other| fold(other))
            .collect()
    });
    phrases(core)
        .iter()
        .any(|phrase| folded.contains(&fold(phrase)))
        || names_earlier_methods(core)
}

/// List items that cite a paper with its year: `- _Diffusion Models Beat
/// GANs on Image Synthesis_ — Prafulla Dhariwal, Alex Nichol (2021)`.
fn cited_list_items(text: &str, lines: &[Line], kinds: &[LineKind]) -> usize {
    text_lines(text, lines, kinds)
        .filter(|content| {
            let bullet = bullet_len(content);
            // `- **[WiscKey: Separating Keys from Values …][wisckey], 2016**`.
            let item = content[bullet..]
                .trim()
                .trim_matches(|ch: char| matches!(ch, '*' | '_'));
            bullet > 0
                && Title::from_raw(item, 0).is_some_and(|title| {
                    title.year.is_some() && title.text.split_whitespace().count() >= 2
                })
        })
        .count()
}

/// Labels over the works a note cites: `## reference`, `# 참고 자료`, `#
/// 参考资料`, `## Further reading`, `Referencias:`.
const REFERENCE_LABELS: &[&str] = &[
    "reference",
    "references",
    "referencias",
    "referências",
    "bibliography",
    "bibliografía",
    "참고",
    "참고 자료",
    "참고자료",
    "참고 문헌",
    "참고문헌",
    "参考",
    "参考文献",
    "参考资料",
    "links",
    "resources",
    "further reading",
];

/// Whether a heading stands over the note's references ([`REFERENCE_LABELS`])
/// or the paper's own (`## Citation` over its reference in APA, `## BibTeX`).
fn names_references(heading: &str) -> bool {
    let core = heading_core(heading).to_lowercase();
    REFERENCE_LABELS.contains(&core.as_str()) || ["citation", "bibtex"].contains(&core.as_str())
}

/// Whether the first work a note's references quote ([`names_references`])
/// is titled by the note's title, whole or as its first words, and is
/// dated or placed (`"Informed prefetching and caching", CMU, SOSP 95`,
/// `Chang, Fay, …, "[Bigtable: A Distributed Storage System for Structured
/// Data](…)," … (2006)`).
fn references_cite_the_title(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    title: &TitleKey,
) -> bool {
    if title.as_str().is_empty() {
        return false;
    }
    let mut in_references = false;
    for (line, kind) in lines.iter().zip(kinds) {
        match kind {
            LineKind::Heading { text: heading, .. } => {
                in_references = names_references(heading.slice(text));
            }
            LineKind::Text if in_references => {
                // (A converter's escapes, `\"Spanner: Google\'s …\"`.)
                let content = line.text(text).replace('\\', "");
                let Some((_, start, length, after)) = first_quotation(&content) else {
                    continue;
                };
                let cited = TitleKey::new(&content[start..start + length]);
                return (cited == *title
                    || cited
                        .as_str()
                        .strip_prefix(title.as_str())
                        .is_some_and(|rest| rest.starts_with(' ')))
                    && (crate::title::cites_venue(after)
                        || crate::text::words(after)
                            .any(|word| crate::title::parse_year(word).is_some()));
            }
            _ => {}
        }
    }
    false
}

/// The prose of a note but for what its references list (`## reference`
/// over `- [NLP | 논문리뷰] Efficient Estimation … : https://…`) and its
/// template's blanks (`[Your first paragraph here]`): the reader's own
/// writing.
fn prose_outside_references(text: &str, lines: &[Line], kinds: &[LineKind]) -> usize {
    let mut in_references = false;
    prose_of(
        lines
            .iter()
            .zip(kinds)
            .filter_map(|(line, kind)| match kind {
                LineKind::Heading { text: heading, .. } => {
                    in_references = names_references(heading.slice(text));
                    None
                }
                LineKind::Text if !in_references => Some(line.text(text).trim())
                    .filter(|content| !crate::parser::is_vacant(content)),
                _ => None,
            }),
    )
}

/// [`prose_chars`] of the lines that are not list items.
fn prose_outside_lists(text: &str, lines: &[Line], kinds: &[LineKind]) -> usize {
    prose_of(text_lines(text, lines, kinds).filter(|content| !is_list_item(content)))
}

/// A list's item, or a line numbered with a dash as one (`1 - Competencies
/// for Code Review. … doi: https://…`).
fn is_list_item(content: &str) -> bool {
    let digits = content.bytes().take_while(u8::is_ascii_digit).count();
    bullet_len(content) > 0 || ((1..=3).contains(&digits) && content[digits..].starts_with(" - "))
}

/// A list item that is a link with a few words of its own at most: `-
/// cam: https://github.com/…`, `- [Grad-CAM](https://arxiv.org/…)`.
fn names_a_link(item: &str) -> bool {
    let item = &item[bullet_len(item)..];
    let mut link = false;
    let words = item
        .split_whitespace()
        .filter(|word| {
            let url = word.contains("://");
            link |= url;
            !url
        })
        .count();
    link && words <= 6
}

/// Whether a list item is a link to the paper, named only as such: `-
/// [논문 링크](https://arxiv.org/abs/1409.1556)`, `* [paper](…)`.
fn links_the_paper(content: &str) -> bool {
    if !is_list_item(content) {
        return false;
    }
    let item = content[bullet_len(content)..].trim();
    item.strip_prefix('[')
        .and_then(|inner| inner.split_once("]("))
        .is_some_and(|(name, target)| {
            target.starts_with("http")
                && target.ends_with(')')
                && [
                    "논문 링크",
                    "논문링크",
                    "논문",
                    "paper",
                    "paper link",
                    "pdf",
                    "论文链接",
                    "论文",
                    "論文",
                ]
                .contains(&name.trim().to_lowercase().as_str())
        })
}

/// How many different papers the note links to (arXiv, DOI, a PDF …).
fn paper_links(text: &str, lines: &[Line], kinds: &[LineKind]) -> usize {
    let mut links = HashSet::new();
    for (line, kind) in lines.iter().zip(kinds) {
        if !matches!(kind, LineKind::Text | LineKind::Heading { .. }) {
            continue;
        }
        for word in line
            .text(text)
            .split(|ch: char| ch.is_whitespace() || matches!(ch, '(' | ')' | '<' | '>' | '[' | ']'))
        {
            let lower = word.to_ascii_lowercase();
            if !lower.starts_with("http") || !names_a_paper_host(&lower) {
                continue;
            }
            // One paper's `abs` and `pdf` pages are one paper.
            let arxiv_id = lower.split_once("arxiv.org/").and_then(|(_, path)| {
                let id = path
                    .split('/')
                    .nth(1)?
                    .trim_end_matches(".pdf")
                    .split('v')
                    .next()?;
                id.contains('.').then(|| format!("arxiv:{id}"))
            });
            let link = lower
                .split(['?', '#'])
                .next()
                .unwrap_or(&lower)
                .trim_end_matches(['/', '.', ','])
                .to_owned();
            links.insert(arxiv_id.unwrap_or(link));
        }
    }
    links.len()
}

/// How much prose may stand above a heading that is the note's title: a
/// line or two of description, not paragraphs.
const TITLE_AFTER_PROSE: usize = 300;

/// Written text, not metadata: the characters of lines of some length that
/// are not `Field: value` lines.
fn prose_chars(text: &str, lines: &[Line], kinds: &[LineKind]) -> usize {
    prose_of(text_lines(text, lines, kinds))
}

/// A heading that is only a link to another note or to the notes' index,
/// a way back: `## [All papers](../papers.md)`, `# [Home](../)`.
fn links_to_a_note(heading: &str) -> bool {
    let heading = heading.trim();
    heading.starts_with('[')
        && heading.matches("](").count() == 1
        && heading
            .split_once("](")
            .and_then(|(_, target)| target.strip_suffix(')'))
            .is_some_and(|target| {
                let path = target.split('#').next().unwrap_or("").to_ascii_lowercase();
                !path.contains("://")
                    && (path.ends_with(".md") || path.ends_with(".markdown") || path.ends_with('/'))
            })
}

/// A heading that is only a link to a web page: `[한글 정리](https://…)`.
fn is_web_link(heading: &str) -> bool {
    let heading = heading.trim();
    heading.starts_with('[')
        && heading.ends_with(')')
        && heading.matches("](").count() == 1
        && heading.contains("](http")
}

/// `## Implementation` over one line with a link (`[Link](…) to Peter
/// Melchior implementation of KSB codes in C.`): where the code is, not
/// how the paper's system was built.
fn points_to_code(
    heading: &str,
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    index: usize,
    level: u8,
) -> bool {
    let core = heading_core(heading);
    if !(core.eq_ignore_ascii_case("implementation")
        || core.eq_ignore_ascii_case("implementations"))
    {
        return false;
    }
    let mut filled = lines[index + 1..]
        .iter()
        .zip(&kinds[index + 1..])
        .take_while(
            |(_, kind)| !matches!(kind, LineKind::Heading { level: below, .. } if *below <= level),
        )
        .filter(|(line, _)| !line.text(text).trim().is_empty());
    match (filled.next(), filled.next()) {
        (Some((only, _)), None) => only.text(text).contains("://"),
        _ => false,
    }
}

/// A line that is only a link, maybe in a list item: `- [paper](https://…)`,
/// `<https://…>`, a bare address.
fn is_link_line(content: &str) -> bool {
    let rest = content[bullet_len(content)..].trim();
    let bare = rest.trim_start_matches('<').trim_end_matches('>');
    (rest.starts_with('[') && rest.ends_with(')') && rest.matches("](").count() == 1)
        || (!bare.contains(char::is_whitespace) && bare.contains("://"))
}

/// Whether a line is only a link to a talk's recording: named as one
/// (`[Video](…)`, `[视频](…)`, `[영상](…)`) or on a site for videos
/// (`<https://www.youtube.com/watch?v=…>`).
fn links_a_recording(content: &str) -> bool {
    if !is_link_line(content) {
        return false;
    }
    let (name, target) = match first_inline_link(content) {
        Some((start, end, target)) => (&content[start..end], target),
        None => ("", content.trim()),
    };
    let target = target.to_ascii_lowercase();
    ["video", "talk", "recording", "视频", "視頻", "영상", "動画"]
        .contains(&name.trim().to_lowercase().as_str())
        || ["youtube.com/", "youtu.be/", "vimeo.com/", "bilibili.com/"]
            .iter()
            .any(|site| target.contains(site))
}

/// Whether the first lines of prose speak of a paper as notes on one do:
/// `this paper`, `the authors`, `this work`, `이 논문`, `본 논문`, `저자들`,
/// `本文`, `该论文`, `文章` and `作者` (the article, its authors), `本論文`,
/// `著者`, `bài báo này`, `makalah ini`. Headings, code and tables do not
/// count; nor does `the paper`, which a guide to writing notes says as
/// often.
fn prose_speaks_of_the_paper(text: &str, lines: &[Line], kinds: &[LineKind]) -> bool {
    // Each group of phrases is searched only in a line holding its mark
    // (most lines hold none): English ones hold `th`; Portuguese, Spanish
    // and French ones `arti` or `artí` (`O artigo, Machine learning for …,
    // trata 3 aspectos`), or `paper` as those writers use it; Indonesian
    // and Malay ones ` ini` (this); Korean, Chinese, Japanese and
    // Vietnamese ones are in no ASCII line.
    const ENGLISH: &[&str] = &[
        "this paper",
        "this work",
        "the authors",
        "this study",
        "this article",
        "the article",
        // `The researchers treated protein sequences like human language.`
        "the researchers",
        // `*[Summary of the DistilBERT paper listed in the references
        // below]*`
        "summary of the",
        "summary of this",
    ];
    const ARTICLE: &[&str] = &[
        "o artigo",
        "este artigo",
        "el artículo",
        "este artículo",
        "l'article",
        "cet article",
    ];
    const PAPER: &[&str] = &["o paper", "este paper", "el paper", "del paper"];
    const INDONESIAN: &[&str] = &[
        "makalah ini",
        "jurnal ini",
        "artikel ini",
        "paper ini",
        "penelitian ini",
        "studi ini",
    ];
    const CJK: &[&str] = &[
        "이 논문",
        "본 논문",
        "해당 논문",
        // (Or the English word in Korean prose: `해당 Paper에서는`.)
        "본 paper",
        "해당 paper",
        "본 연구",
        "저자들",
        "저자는",
        "本文",
        "该论文",
        "这篇论文",
        "该文",
        "文章",
        "作者",
        "本論文",
        "この論文",
        "本研究",
        "著者",
        // Vietnamese: the (this) paper, this study, the authors.
        "bài báo",
        "nghiên cứu này",
        "tác giả",
    ];
    text_lines(text, lines, kinds)
        .filter(|content| !content.starts_with('|') && !is_field_line(content))
        .take(40)
        .any(|content| {
            let lower = content.to_lowercase();
            let any_of = |phrases: &[&str]| phrases.iter().any(|phrase| holds_term(&lower, phrase));
            (lower.contains("th") && any_of(ENGLISH))
                || ((lower.contains("arti") || lower.contains("artí")) && any_of(ARTICLE))
                || (lower.contains("paper") && any_of(PAPER))
                || (lower.contains(" ini") && any_of(INDONESIAN))
                || (!lower.is_ascii() && any_of(CJK))
        })
}

/// Whether lower-cased text holds a term: an English one as words of its
/// own (not `this paperwork`), a Korean or Chinese one anywhere (`기존의`,
/// `성능이`).
fn holds_term(lower: &str, term: &str) -> bool {
    lower.match_indices(term).any(|(at, _)| {
        !term.is_ascii()
            || (!lower[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
                && !lower[at + term.len()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric))
    })
}

/// Prose is measured in display columns: a Hangul or CJK character is
/// two, so that a Korean line holding as much as an English one counts as
/// much (a 30-syllable line is a sentence, not a label).
fn prose_of<'a>(contents: impl Iterator<Item = &'a str>) -> usize {
    // A template's unanswered question (`__*What experiments were
    // conducted?*__`), blank (`<待精读>`) or guidance (`- **Key Metrics:**
    // (Performance improvements compared with …)`) is no prose either; only
    // a line that may be one is read again.
    let blank = |content: &str| {
        (content.starts_with(['*', '_', '<']) || content.ends_with(')'))
            && crate::parser::is_vacant(content)
    };
    // Nor is a template's guidance in an HTML comment (`<!-- 줄글로 작성`
    // over its example sentences and `-->`).
    let mut in_comment = false;
    contents
        .filter_map(move |content| {
            if !in_comment && !content.trim_start().starts_with("<!--") {
                return Some(content);
            }
            let (_, after) = content.split_once("-->").or_else(|| {
                in_comment = true;
                None
            })?;
            in_comment = false;
            Some(after.trim())
        })
        .filter_map(|content| {
            let width = UnicodeWidthStr::width(content);
            // A link's address is no prose: `Check the [summary](https://…)
            // by others.` is a sentence of four words.
            let width = if content.contains("](") {
                width.saturating_sub(link_targets_width(content))
            } else {
                width
            };
            let prose = width > 40
                && !is_field_line(content)
                && !is_link_line(content)
                && !content.starts_with('|');
            (prose && !blank(content)).then_some(width)
        })
        .sum()
}

/// The width of the `(…)` after each `](` of a line's links.
fn link_targets_width(content: &str) -> usize {
    content
        .match_indices("](")
        .filter_map(|(at, _)| {
            let target = &content[at + 1..];
            target
                .find(')')
                .map(|close| UnicodeWidthStr::width(&target[..=close]))
        })
        .sum()
}

/// The trimmed text of the lines of plain text.
fn text_lines<'a>(
    text: &'a str,
    lines: &'a [Line],
    kinds: &'a [LineKind],
) -> impl Iterator<Item = &'a str> {
    lines
        .iter()
        .zip(kinds)
        .filter(|(_, kind)| matches!(kind, LineKind::Text))
        .map(move |(line, _)| line.text(text).trim())
}

/// `Title:`, `**Title:**`, `- **Title**:` with nothing after the colon.
fn names_empty_field(content: &str, names: &[&str]) -> bool {
    field_label(content)
        .and_then(|label| label.strip_suffix([':', '：']))
        .is_some_and(|label| names_one_of(label.trim_matches(['*', '_', ' ']), names))
}

/// Whether a heading names a part for the papers a file holds: `##
/// Papers`, `### Paper list`, `### 논문 리스트`, `## 论文列表`. (Its words
/// are looked for first: the heading's core is made only for the few that
/// hold them.)
fn names_a_paper_list(heading: &str) -> bool {
    const PARTS: &[&str] = &[
        "papers",
        "paper list",
        "논문 리스트",
        "논문 목록",
        "论文列表",
        "論文一覧",
    ];
    heading.len() <= 64
        && (heading
            .as_bytes()
            .windows(4)
            .any(|word| word.eq_ignore_ascii_case(b"aper"))
            || ["논문", "论文", "論文"]
                .iter()
                .any(|word| heading.contains(word)))
        && PARTS.contains(&heading_core(heading).to_lowercase().as_str())
}

/// A heading that is a title field's name without a colon (`# Paper
/// Title`, `# 논문 제목`): it stands for the title, written under it. Not
/// the bare `Paper` or `논문`, which name a section as often.
fn names_title_alone(heading: &str) -> bool {
    field_label(heading).is_some_and(|label| {
        !label.eq_ignore_ascii_case("paper")
            && !["논문", "論文", "论文"].contains(&label)
            && names_one_of(label, TITLE_FIELDS)
    })
}

/// Whether a template's heading names the fields the line under it gives,
/// the title first: `# Title, Author(s), and Venue` (or `venue.`).
fn names_title_among_fields(heading: &str) -> bool {
    if heading.contains([':', '：']) || heading.split_whitespace().count() > 8 {
        return false;
    }
    let mut fields = heading
        .split([',', '&', '/'])
        .flat_map(|part| part.split(" and "))
        .map(|part| {
            part.trim()
                .trim_start_matches("and ")
                .trim_end_matches('.')
                .trim()
        })
        .filter(|part| !part.is_empty());
    fields.next().is_some_and(names_title_alone) && {
        let rest: Vec<&str> = fields.collect();
        !rest.is_empty()
            && rest
                .iter()
                .all(|field| is_metadata_label(field.strip_suffix("(s)").unwrap_or(field)))
    }
}

/// Whether a title or heading names a glossary: `Glossary — Layer
/// Normalization`, `용어 정리`, `术语表`; or, last, a field's terms in
/// Chinese, Japanese or Korean: `视频编辑术语速查` (video editing's terms
/// to look up), `딥러닝 용어 정리`.
fn names_a_glossary(title: &str) -> bool {
    let lower = heading_core(title).to_lowercase();
    ["glossary", "용어 정리", "용어집", "术语表", "用語集"]
        .iter()
        .any(|word| {
            lower
                .strip_prefix(word)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', ':', '：']))
        })
        || [
            "术语速查",
            "术语表",
            "名词解释",
            "用語集",
            "용어 정리",
            "용어집",
        ]
        .iter()
        .any(|word| lower.ends_with(word))
}

/// A quoted line that is a template's guidance, in italics and perhaps
/// after a sign (`> ℹ️ *APA. 인용 방식 권고*`), or an empty quote line.
fn guides_in_a_quote(content: &str) -> bool {
    let Some(quoted) = content.strip_prefix('>') else {
        return false;
    };
    let quoted = quoted.trim();
    // (The sign, `ℹ️`, is a letter to Unicode: any few characters beyond
    // ASCII before the italics.)
    let (sign, guidance) = quoted.split_at(quoted.find(['*', '_']).unwrap_or(quoted.len()));
    quoted.is_empty()
        || sign.chars().count() <= 3
            && sign.chars().all(|ch| ch.is_whitespace() || !ch.is_ascii())
            && guidance.len() > 2
            && (guidance.starts_with('*') && guidance.ends_with('*')
                || guidance.starts_with('_') && guidance.ends_with('_'))
}

/// A line that is one HTML tag alone, opening or closing a block
/// (`<aside>`, `</details>`).
fn is_lone_tag(content: &str) -> bool {
    content.len() > 2
        && content.starts_with('<')
        && content.ends_with('>')
        && content[1..content.len() - 1]
            .trim_start_matches('/')
            .bytes()
            .all(|b| b.is_ascii_alphanumeric())
}

/// A line's text without list markers and emphasis around it.
fn field_label(content: &str) -> Option<&str> {
    let label = content
        .trim()
        .trim_start_matches(['-', '*', '+', '•', '_', ' '])
        .trim_end_matches(['*', '_', ' ']);
    (!label.is_empty()).then_some(label)
}

fn names_one_of(label: &str, names: &[&str]) -> bool {
    names
        .iter()
        .any(|name| name.eq_ignore_ascii_case(label) || phrase_eq(name, label))
}

fn is_generic_title(text: &str) -> bool {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        GENERIC_TITLES
            .iter()
            .chain(CONTENTS_TITLES)
            .chain(crate::title::LATIN_SCRIPT_NOTE_WORDS)
            .map(|generic| fold(generic))
            .collect()
    });
    // `Summary Notes (DemoFusion)`: what the note is, and the paper's name.
    if let Some((_, name)) = named_in_parentheses(text)
        && !is_generic_title(name)
    {
        return false;
    }
    let core = heading_core(text);
    // A heading without a letter is a date or a number (`## 2017-7-9` over
    // the title), never a paper's title.
    // `[Paper Title Here]`: the template's blank.
    let blank = core
        .len()
        .checked_sub(" here".len())
        .filter(|&at| core.is_char_boundary(at) && core[at..].eq_ignore_ascii_case(" here"))
        .is_some_and(|at| folded.contains(&fold(&core[..at])));
    // `# CVPR 2021` over the paper's title: where it appeared.
    let venue_and_year = || {
        crate::title::names_venue_and_year(&core)
            && crate::text::words(&core).all(|word| {
                crate::title::is_venue_word(word) || crate::title::parse_year(word).is_some()
            })
    };
    // `# Detailed Review`, `# Brief Summary`, `# My Notes`: how much of a
    // review this is, and no paper.
    // (Or the reader's view of it, as a template splits it: `Objective
    // summary in general` over the paper's points, `Subjective comments in
    // general` over the reader's.)
    let described_review = || {
        let lower = core.to_lowercase();
        let lower = lower.strip_suffix(" in general").unwrap_or(&lower);
        lower.split_once(' ').is_some_and(|(how, what)| {
            [
                "detailed",
                "full",
                "brief",
                "short",
                "quick",
                "in-depth",
                "complete",
                "my",
                "objective",
                "subjective",
                "overall",
                "general",
            ]
            .contains(&how)
                && ["review", "summary", "notes", "note", "overview", "comments"].contains(&what)
        })
    };
    // (But for an arXiv id, which names one: `0906.4716`.)
    if is_arxiv_id(text.trim()) {
        return false;
    }
    // Nor is a Latin letter alone (`## [g](http://arxiv.org/abs/1604.00289)`,
    // a link's text cut short).
    // `논문리뷰 (2026-04-21)`: the generic title, dated.
    let dated_generic = || {
        let Some((undated, date)) = core
            .strip_suffix(')')
            .and_then(|body| body.rsplit_once('('))
            .or_else(|| core.rsplit_once(' '))
        else {
            return false;
        };
        iso_date_len(date) == Some(date.len()) && folded.contains(&fold(undated.trim_end()))
    };
    !core.chars().any(char::is_alphabetic)
        || (core.len() == 1 && core.is_ascii())
        || folded.contains(&fold(&core))
        || dated_generic()
        || asks_of_it(text, &core)
        || described_review()
        || venue_and_year()
        || numbers_a_note(&core)
        || numbers_a_unit(core.split_whitespace())
        || names_a_session(&core)
        || names_a_chinese_week(&core)
        || names_a_day(&core)
        || names_a_day_in_cjk(&core)
        || greets_the_reader(&core)
        || names_a_web_page(&core)
        || names_a_social_post(&core)
        || blank
}

/// Whether a title names someone's post on a social network, as a
/// bookmark's digest heads it: `Andrew Anokhin's LinkedIn Post`, `Robert
/// Youssef's Post`, `… 's Tweet`.
fn names_a_social_post(core: &str) -> bool {
    // (Read only where someone's is: most titles have no `'s`.)
    if !(core.contains("'s ") || core.contains("’s ")) {
        return false;
    }
    let lower = core.to_lowercase().replace('’', "'");
    lower.rsplit_once("'s ").is_some_and(|(who, what)| {
        !who.is_empty()
            && [
                "post",
                "tweet",
                "thread",
                "x post",
                "linkedin post",
                "reddit post",
                "threads post",
                "bluesky post",
            ]
            .contains(&what.trim())
    })
}

/// Whether a link's text names a web page about the paper, not the paper:
/// `ISCA 页面`, `OpenReview page`, `项目主页`, `프로젝트 페이지`.
fn names_a_web_page(core: &str) -> bool {
    let mut words = core.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    words.count() <= 1
        && (["page", "homepage", "webpage", "website"]
            .iter()
            .any(|page| last.eq_ignore_ascii_case(page))
            || [
                "页面",
                "主页",
                "網頁",
                "网页",
                "페이지",
                "홈페이지",
                "ページ",
            ]
            .iter()
            .any(|page| last.ends_with(page)))
}

/// Whether a heading is only a day written in Chinese, Japanese or Korean:
/// `2019年8月5日`, `2021년 3월 5일`, `3月5号`.
fn names_a_day_in_cjk(core: &str) -> bool {
    const MARKS: &str = "年月日号號년월일";
    core.bytes().any(|b| b.is_ascii_digit())
        && core.chars().any(|ch| MARKS.contains(ch))
        && core
            .chars()
            .all(|ch| ch.is_ascii_digit() || ch.is_whitespace() || MARKS.contains(ch))
}

/// Whether a heading names a week of the year, as Chinese weekly notes head
/// their papers: `2019年第32周（8.5-8.11）`, `第3周`.
fn names_a_chinese_week(core: &str) -> bool {
    let week = core.split(['（', '(']).next().unwrap_or(core).trim_end();
    let week = week
        .split_once('年')
        .filter(|(year, _)| year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()))
        .map_or(week, |(_, rest)| rest.trim_start());
    week.strip_prefix('第')
        .unwrap_or(week)
        .strip_suffix(['周', '週'])
        .is_some_and(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()))
}

/// A writer's greeting, as a README opens: `Hi, I'am Muyi Bao`, `Hello! I'm
/// …`, `안녕하세요`.
fn greets_the_reader(core: &str) -> bool {
    let lower = core.to_lowercase();
    let greeting = ["hi", "hello", "hey"].iter().any(|word| {
        lower
            .strip_prefix(word)
            .is_some_and(|rest| rest.starts_with([',', '!', ' ']))
    });
    let introduces = ["i'm ", "i’m ", "i am ", "i'am ", "my name"]
        .iter()
        .any(|words| lower.contains(words));
    (greeting && introduces) || core.starts_with("안녕하세요")
}

/// Whether a note links the online judge whose problem it solves:
/// `https://www.acmicpc.net/problem/24416`, `leetcode.com/problems/…`.
fn solves_a_coding_problem(text: &str) -> bool {
    const JUDGES: &[&str] = &[
        "acmicpc.net/problem",
        "leetcode.com/problems",
        "leetcode.cn/problems",
        // (LeetCode's Chinese site before it moved, and other judges
        // Chinese students solve on.)
        "leetcode-cn.com/problems",
        "luogu.com.cn/problem",
        "acwing.com/problem",
        "nowcoder.com/practice",
        "hackerrank.com/challenges",
        "programmers.co.kr/learn/courses",
        "codeforces.com/problemset",
        "codeforces.com/contest",
        "atcoder.jp/contests",
        "swexpertacademy.com",
    ];
    // (The problem is linked at the top: only the first lines are read,
    // once, for their addresses.)
    let top = &text[..crate::line_index::floor_char_boundary(text, 3000)];
    top.match_indices("://").any(|(at, _)| {
        let address = &top[at + 3..];
        let address = address.strip_prefix("www.").unwrap_or(address);
        JUDGES.iter().any(|judge| address.starts_with(judge))
    })
}

/// A name in parentheses ending the text (`Summary Notes (DemoFusion)`):
/// where its parenthesis opens, and the name. Not a note's state (`(WIP)`),
/// a number or a date, nor words in lower case.
fn named_in_parentheses(text: &str) -> Option<(usize, &str)> {
    let inner = text.trim_end().strip_suffix(')')?;
    let open = inner.rfind('(').filter(|&open| open > 0)?;
    let name = inner[open + 1..].trim();
    (!name.contains(['(', ')'])
        && name.chars().any(char::is_alphabetic)
        && !name.starts_with(char::is_lowercase)
        && !crate::title::says_note_state(name)
        && iso_date_len(name).is_none())
    .then_some((open, name))
}

/// `What it is?`, `Why this paper?`: a question about the note's own
/// paper, which it does not name.
fn asks_of_it(heading: &str, core: &str) -> bool {
    let words = || core.trim_end_matches(['?', '？']).split_whitespace();
    words().count() <= 4
        && words().any(|word| word.eq_ignore_ascii_case("it") || word.eq_ignore_ascii_case("this"))
        && is_question(heading)
}

/// `HAI 논문 스터디 1주차`, `Paper Reading Group Week 3`: a study group's
/// meeting, named by its number, over the paper read at it.
fn names_a_session(core: &str) -> bool {
    let words: Vec<&str> = core.split_whitespace().collect();
    // `E-DEEP SEASON 2`, `시즌 3`: a group's season.
    if let [.., season, number] = words.as_slice()
        && (season.eq_ignore_ascii_case("season") || *season == "시즌")
        && number.bytes().all(|b| b.is_ascii_digit())
    {
        return true;
    }
    (1..=2).any(|count| {
        words.len() > count
            && numbers_a_unit(words[words.len() - count..].iter().copied())
            && words[..words.len() - count].iter().any(|word| {
                let lower = word.to_lowercase();
                ["스터디", "세미나", "모임"]
                    .iter()
                    .any(|study| lower.contains(study))
                    || ["study", "seminar", "reading", "group", "club"].contains(&lower.as_str())
            })
    })
}

/// `Week10 summarization`, `Week 3 Review`, `3주차 리뷰`: which of a
/// course's notes this is, and no paper (`GPT-3 review` names one).
fn numbers_a_note(core: &str) -> bool {
    let mut words = core.split_whitespace();
    let Some(last) = words.next_back() else {
        return false;
    };
    let note_word = [
        "review",
        "reviews",
        "summary",
        "summarization",
        "notes",
        "note",
        "리뷰",
        "요약",
        "정리",
    ]
    .iter()
    .any(|word| last.eq_ignore_ascii_case(word));
    note_word && numbers_a_unit(words)
}

/// Whether words are a course's unit and its number, and nothing else:
/// `Week10`, `week 7`, `3주차`, `Lecture 5`, `Review 1` (a folder `week7/`
/// names no paper).
fn numbers_a_unit<'a>(mut words: impl Iterator<Item = &'a str>) -> bool {
    let mut numbered = false;
    words.all(|word| {
        numbered |= word.contains(|ch: char| ch.is_ascii_digit());
        let unit = word.trim_matches(|ch: char| ch.is_ascii_digit() || ch == '-' || ch == '_');
        // (`## Figure 1` over what it shows: a caption, never a title.)
        [
            "",
            "week",
            "day",
            "session",
            "lecture",
            "lec",
            "w",
            "주차",
            "회차",
            "figure",
            "fig",
            "fig.",
            "table",
            "그림",
            "표",
            "图",
            "表",
            // A course's numbered reviews: `# Review 1` over `##
            // Off-the-Record Communication, …`, `Paper 3`, `Critique 2-1`.
            "review",
            "paper",
            "critique",
            // Its assignments: `# Problem Set 1`, `HW 2`, `과제 3`.
            "problem",
            "set",
            "homework",
            "hw",
            "assignment",
            "과제",
            "作业",
        ]
        .iter()
        .any(|known| unit.eq_ignore_ascii_case(known))
    }) && numbered
}

/// Whether the headings are a software project's documentation: two
/// different ones of [`SOFTWARE_SECTIONS`] (`## Installation`, `## Usage`,
/// `## License`), or one and a `## Citation`, as a code repository's
/// README has them. The README of a paper's official code has the paper's
/// title, links and `## Results` too, and is not a review of it. So does
/// one of them under a line saying the repository implements the paper
/// (`Tensorflow implementation of GAN` over `## Requirements`), or under a
/// title that says so (`title_implements`).
fn documents_software(text: &str, headings: &[NoteHeading], title_implements: bool) -> bool {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| SOFTWARE_SECTIONS.iter().map(|name| fold(name)).collect());
    let mut found = HashSet::new();
    let mut cited = false;
    for heading in headings {
        // (`2.2. File Structure`, `2.3. Directory Structure`: a paper's
        // subsections, numbered as a README's never are.)
        if section_number(heading.text.slice(text)).is_some_and(|number| number.contains('.')) {
            continue;
        }
        let core = heading_core(heading.text.slice(text));
        let whole = fold(&core);
        if folded.contains(&whole) {
            found.insert(whole);
        } else if ["citation", "citing", "bibtex"].contains(&whole.as_str()) {
            cited = true;
        } else if joins_phrases(&core) {
            // `## 설치 및 실행`: each phrase, when the others are a word each
            // (`Setup and Usage`; not `AI Adoption and Usage`, a finding).
            // (The phrases themselves: not the heading whole, which
            // [`phrases`] lists too.)
            let parts: Vec<(String, bool)> = phrases(&core)
                .into_iter()
                .filter(|phrase| !joins_phrases(phrase))
                .map(|phrase| (fold(phrase), !phrase.trim().contains(' ')))
                .collect();
            if parts
                .iter()
                .all(|(phrase, one_word)| *one_word || folded.contains(phrase))
            {
                found.extend(
                    parts
                        .into_iter()
                        .map(|(phrase, _)| phrase)
                        .filter(|phrase| folded.contains(phrase)),
                );
            }
        }
    }
    let implements = text
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with(['#', '-', '*', '>', '[', '!']))
        .take(3)
        .any(|line| {
            let lower = line.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().take(4).collect();
            words.windows(2).any(|pair| {
                matches!(
                    pair[0],
                    "implementation" | "implementations" | "reimplementation" | "re-implementation"
                ) && pair[1] == "of"
            })
        });
    found.len() + usize::from(cited) + usize::from(implements || title_implements) >= 2
        && !found.is_empty()
}

/// The lines that are a bold phrase alone, in a list item or not (`1.
/// **프로젝트 개요**`, `**Usage**`), read as headings of their words.
fn bold_items(text: &str, lines: &[Line], kinds: &[LineKind]) -> Vec<NoteHeading> {
    lines
        .iter()
        .zip(kinds)
        .enumerate()
        .filter(|(_, (_, kind))| matches!(kind, LineKind::Text))
        .filter_map(|(index, (line, _))| {
            let content = line.text(text);
            let indent = content.len() - content.trim_start().len();
            let at = indent + bullet_len(&content[indent..]);
            let item = content[at..].trim_end();
            let inner = item.strip_prefix("**")?.strip_suffix("**")?;
            (!inner.is_empty() && !inner.contains("**") && inner.chars().count() <= 40).then(|| {
                let start = line.start + at + 2;
                NoteHeading {
                    line: index,
                    level: 6,
                    text: TextRange::new(start, start + inner.len()),
                }
            })
        })
        .collect()
}

/// Whether a heading joins phrases as a repository's parts are joined:
/// `Setup and Usage`, `License & Acknowledgments`, `설치 및 실행`.
fn joins_phrases(core: &str) -> bool {
    core.contains(['&', '/', '·', '+', ',']) || core.contains(" 및 ") || core.contains(" and ")
}

/// A page that says what its repository is, near its top: `This repo is a
/// simple log of papers I have read.`, `This repository contains my reviews
/// of NLP papers`, `이 저장소는 …`: in the lines under its title, before
/// any part. A note on a paper speaks of the paper there (and of the
/// authors' repository in a part of its own, `## Code`).
fn describes_its_repository(text: &str, lines: &[Line], kinds: &[LineKind]) -> bool {
    let mut headings = 0;
    let opening = lines
        .iter()
        .zip(kinds)
        .take_while(|(_, kind)| {
            // (A table of contents first, `## 📖 Índice`, opens nothing.)
            headings += usize::from(matches!(kind, LineKind::Heading { text: heading, .. }
                if !names_contents(heading.slice(text))));
            headings < 2
        })
        .filter(|(_, kind)| matches!(kind, LineKind::Text))
        .map(|(line, _)| line.text(text).trim());
    opening.take(12).any(|line| {
        let line = &line[bullet_len(line)..];
        let line = line.trim_start_matches(['*', '_', ' ']);
        std::iter::once(line)
            .chain(line.match_indices(". ").map(|(at, _)| &line[at + 2..]))
            .chain(
                line.match_indices('。')
                    .map(|(at, dot)| &line[at + dot.len()..]),
            )
            .any(|sentence| {
                let lower: String = sentence.chars().take(20).collect::<String>().to_lowercase();
                // (Or its folder: `本目录包含 DeepSeek 论文 […](…) 的笔记`.)
                [
                    "this repo ",
                    "this repo,",
                    "this repository ",
                    "this folder ",
                    "this directory ",
                    // Portuguese, Spanish, French, German, Indonesian.
                    "este repositório",
                    "este repositorio",
                    "ce dépôt ",
                    "dieses repositor",
                    "repositori ini ",
                ]
                .iter()
                .any(|words| lower.starts_with(words))
                    || [
                        "이 저장소",
                        "이 레포지토리",
                        "이 리포지토리",
                        "이 폴더",
                        "本仓库",
                        "本倉庫",
                        "本目录",
                        "本目錄",
                        "このリポジトリ",
                        "このフォルダ",
                    ]
                    .iter()
                    .any(|words| sentence.starts_with(words))
            })
    })
}

/// Whether a heading names a table of contents, after any emoji: `## 📖
/// Índice`, `# 목차`, `## Table of Contents`.
fn names_contents(heading: &str) -> bool {
    let words = heading
        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
        .trim_end()
        .to_lowercase();
    CONTENTS_TITLES.contains(&words.as_str())
}

/// Whether a heading names how a repository's folders are laid out:
/// `目录结构`, `Repository Structure`, `디렉토리 구조`.
fn names_a_layout(core: &str) -> bool {
    const LAYOUTS: &[&str] = &[
        "directory structure",
        "repository structure",
        "repo structure",
        "project structure",
        "folder structure",
        "file structure",
        "目录结构",
        "目錄結構",
        "仓库结构",
        "倉庫結構",
        "项目结构",
        "文件结构",
        "디렉토리 구조",
        "디렉터리 구조",
        "폴더 구조",
        "ディレクトリ構成",
        "フォルダ構成",
    ];
    let lower = core.to_lowercase();
    LAYOUTS.contains(&lower.as_str())
}

/// How many headings (other than the title's) have a paper's link as a
/// field on the line right below them (`**Link**: https://arxiv.org/…`,
/// `- 논문: https://openreview.net/…`). Counted only when there are two:
/// one is the note's own paper.
fn linked_paper_headings(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    headings: &[NoteHeading],
    title_line: Option<usize>,
) -> usize {
    // `**Link**: https://papers.nips.cc/…`, or the link alone
    // (`<https://dl.acm.org/doi/…>` under `Topic : …`).
    let links_the_paper = |content: &str| {
        let content = content[bullet_len(content)..].trim_start();
        let lower = content.to_ascii_lowercase();
        let alone = lower
            .trim_start_matches('<')
            .trim_end_matches('>')
            .starts_with("http")
            && !content.contains(char::is_whitespace);
        if alone {
            return names_a_paper_host(&lower);
        }
        // `[link](https://arxiv.org/pdf/1810.09502.pdf)`: a link named so.
        if let Some((name, url)) = lower
            .strip_prefix('[')
            .and_then(|rest| rest.split_once("]("))
            && ["link", "paper", "pdf", "arxiv"].contains(&name.trim())
        {
            return names_a_paper_host(url);
        }
        let Some((label, value)) = content.split_once([':', '：']) else {
            return false;
        };
        let label = label.trim().trim_matches(['*', '_', ' ']).to_lowercase();
        let value = value
            .trim_start_matches(['*', '_', ' '])
            .to_ascii_lowercase();
        LINK_FIELDS
            .iter()
            .any(|name| name.eq_ignore_ascii_case(&label))
            && names_a_paper_host(&value)
    };
    let linked: Vec<&NoteHeading> = headings
        .iter()
        .filter(|heading| {
            (heading.line + 1..lines.len())
                .take_while(|&index| !matches!(kinds[index], LineKind::Heading { .. }))
                .filter(|&index| !crate::parser::is_vacant(lines[index].text(text)))
                .take(2)
                .any(|index| {
                    matches!(kinds[index], LineKind::Text)
                        && links_the_paper(lines[index].text(text).trim())
                })
        })
        .collect();
    // The title's own heading counts when another paper's stands beside
    // it, at its level (`### How to train your MAML` over its link, then
    // `### Probabilistic Model-Agnostic Meta-Learning` over another).
    let title = linked
        .iter()
        .find(|heading| Some(heading.line) == title_line);
    let others = linked.len() - usize::from(title.is_some());
    let linked = match title {
        Some(title)
            if linked
                .iter()
                .any(|other| other.line != title.line && other.level == title.level) =>
        {
            others + 1
        }
        _ => others,
    };
    if linked >= 2 { linked } else { 0 }
}

/// How many different markdown files below the note's folder it links to
/// (`./1_PEFT/001_LoRA.md`, `DINO/README.md`, or their pages on GitHub,
/// `…/blob/master/gans/cyclegan.md`; not `../…` or other web pages), or
/// notes of its Obsidian vault (`[[neural-manifolds-review]]`).
fn notes_linked_below(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    vocabulary: &Vocabulary,
) -> (usize, usize) {
    let mut targets = HashSet::new();
    let mut parts = HashSet::new();
    for content in text_lines(text, lines, kinds) {
        for (before, after) in content
            .match_indices("](")
            .map(|(at, _)| content.split_at(at + 2))
        {
            let target = after.split([')', ' ', '#']).next().unwrap_or("");
            let lower = target.to_ascii_lowercase();
            // Or the notes' pages on GitHub
            // (`https://github.com/someone/paper-notes/blob/master/gans/cyclegan.md`).
            if (lower.ends_with(".md") || lower.ends_with(".markdown"))
                && (!lower.contains("://") || lower.contains("/blob/"))
                && !lower.starts_with("../")
                && !lower.starts_with('/')
            {
                targets.insert(target);
                // The link's text names a part of a paper: `[03 - Method]`,
                // `[02_方法.md]`.
                let label = before[..before.len() - 2]
                    .rsplit_once('[')
                    .map_or("", |(_, label)| label);
                let label = label
                    .strip_suffix(".md")
                    .unwrap_or(label)
                    .trim_start_matches(|ch: char| {
                        ch.is_ascii_digit() || matches!(ch, '_' | '-' | '.' | ' ')
                    });
                // (Not a link's word, `[Link](./dispo/paper_review.md)` in
                // each row of a table of the notes.)
                let link_word = ["link", "links", "here", "review", "notes", "note", "pdf"]
                    .iter()
                    .any(|word| label.trim().eq_ignore_ascii_case(word));
                if !label.is_empty()
                    && !link_word
                    && (!heading_kinds(label, vocabulary).is_empty() || is_other_section(label))
                {
                    parts.insert(target);
                }
            }
            // Or the folders they are kept in: `[01-注意力机制与推测解码](./01-注意力机制与推测解码)`.
            let last = target
                .trim_end_matches('/')
                .rsplit('/')
                .next()
                .unwrap_or("");
            if (target.starts_with("./") || target.ends_with('/'))
                && !last.is_empty()
                && !last.contains('.')
                && !lower.contains("://")
            {
                targets.insert(target);
            }
        }
        // Obsidian's `[[neural-manifolds-review]]`, `[[wiki/topic|Topic]]`:
        // a note of the vault (not an embedded `![[figure.png]]`).
        for (at, _) in content.match_indices("[[") {
            let Some(close) = content[at + 2..].find("]]") else {
                continue;
            };
            let inner = &content[at + 2..at + 2 + close];
            let target = inner.split(['|', '#']).next().unwrap_or("").trim();
            let extension = target
                .rsplit_once('.')
                .map(|(_, ext)| ext.to_ascii_lowercase());
            // `[[pdf]](url)` is a link whose text is in brackets.
            let linked = content[at + 2 + close + 2..].starts_with('(');
            if !target.is_empty()
                && !linked
                && !target.contains(['[', ']', '('])
                && !target.contains("://")
                && extension.is_none_or(|ext| ext == "md" || ext.len() > 4)
            {
                targets.insert(target);
            }
        }
        // Or named in code spans, as a table of the folder's files has them
        // (`` `2017_Attention.md` — Attention Is All You Need ``).
        for (index, span) in content.split('`').enumerate() {
            if index % 2 == 1
                && span.len() > 3
                && span
                    .get(span.len() - 3..)
                    .is_some_and(|extension| extension.eq_ignore_ascii_case(".md"))
                && !span.contains(char::is_whitespace)
                && !span.starts_with(['/', '.'])
                && !span.eq_ignore_ascii_case("readme.md")
            {
                targets.insert(span);
            }
        }
    }
    (targets.len(), parts.len())
}

/// Whether a title names a book's chapter: `Chp 14. of Computer Security:
/// Design Principles`, `Chapter 3: Linear Models`, `Ch. 2 …`, `3장 …`.
fn names_a_chapter(title: &str) -> bool {
    let lower = title.trim_start().to_lowercase();
    let after_word = ["chapter", "chp", "chap.", "ch."]
        .iter()
        .find_map(|word| lower.strip_prefix(word));
    let numbered = |rest: &str| {
        rest.trim_start()
            .starts_with(|ch: char| ch.is_ascii_digit())
    };
    after_word.is_some_and(numbered)
        // `Probabilistic Robotics - State Estimation Chapter`, `Deep
        // Learning, Chapter 6`: a chapter named after its book.
        || lower.ends_with(" chapter")
        || lower
            .split_once(" chapter ")
            .is_some_and(|(_, rest)| numbered(rest))
        // `BAB II` (Indonesian), `Chapitre 1`, `Kapitel 3`, `Capítulo IV`:
        // a chapter in another language, numbered in digits or Roman
        // numerals.
        || {
            let mut words = lower.split_whitespace();
            matches!(
                words.next(),
                Some("bab" | "chapitre" | "kapitel" | "capítulo" | "capitolo")
            ) && words.next().is_some_and(|number| {
                let number = number.trim_end_matches(['.', ':', '：']);
                !number.is_empty()
                    && (number.bytes().all(|b| b.is_ascii_digit())
                        || number.chars().all(|ch| "ivxl".contains(ch)))
            })
        }
        // `第三章 基于时空深度学习的…`: a Chinese chapter.
        || lower.strip_prefix('第').is_some_and(|rest| {
            let numerals = rest
                .chars()
                .take_while(|ch| ch.is_ascii_digit() || CHINESE_NUMERALS.contains(*ch))
                .count();
            numerals > 0 && rest.chars().nth(numerals) == Some('章')
        })
        || lower.split_once('장').is_some_and(|(number, _)| {
            !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit())
        })
        // `dl ch6 1` (a folder `2026-04-18-dl-ch6-1`), `Ch3`, `ch1-1.`: a
        // word of its own (not `CH4`, methane in a paper's title).
        || title.split_whitespace().any(|word| {
            ["ch", "Ch"]
                .iter()
                .find_map(|ch| word.strip_prefix(ch))
                .map(|number| number.trim_end_matches(['.', ':']))
                .is_some_and(|number| {
                    number.starts_with(|ch: char| ch.is_ascii_digit())
                        && number.bytes().all(|b| b.is_ascii_digit() || b == b'-')
                })
        })
}

/// Whether a heading says the note is on a book: `Book Notes`, `Book
/// Summary`, `독서 노트`, `读书笔记`.
fn is_book_notes(heading: &str) -> bool {
    static FOLDED: OnceLock<HashSet<String>> = OnceLock::new();
    let folded = FOLDED.get_or_init(|| {
        [
            "book notes",
            "book note",
            "book summary",
            "book review",
            "reading notes on the book",
            "독서 노트",
            "독서노트",
            "독서 기록",
            "책 리뷰",
            "책 요약",
            // A book review (`# 서평` under `[서평&정리] '함께 자라기'`), a
            // book report.
            "서평",
            "독후감",
            "书评",
            "读书笔记",
        ]
        .iter()
        .map(|phrase| fold(phrase))
        .collect()
    });
    folded.contains(&fold(&heading_core(heading)))
}

/// Whether a heading names a collection of paper notes: a repository's
/// name, one word joined by `-` or `_` (`rl-paper-review`, `Paper_Notes`),
/// or a field of research and what the notes are (`DL Paper Review`,
/// `NLP Papers`, `딥러닝 논문 리뷰`). `BERT 논문 리뷰` names a paper.
fn names_a_repository(heading: &str) -> bool {
    const FIELDS: &[&str] = &[
        "ai",
        "ml",
        "dl",
        "nlp",
        "cv",
        "rl",
        "llm",
        "deep learning",
        "machine learning",
        "computer vision",
        "reinforcement learning",
        "인공지능",
        "머신러닝",
        "딥러닝",
        "강화학습",
        "자연어처리",
        "컴퓨터 비전",
    ];
    let core = heading_core(heading);
    // The name as written: an underscore inside a word is no emphasis
    // (`# NLP_paper_study`), though the core drops it.
    let name = heading
        .trim()
        .trim_matches(|ch: char| matches!(ch, '*' | '_' | '`'))
        .trim();
    // A link's text, not its target: `# [Your.State.is.Not.Mine…](…/papers/…pdf)`.
    let name = match name
        .strip_prefix('[')
        .and_then(|rest| rest.split_once("]("))
    {
        Some((text, _)) => text,
        None => name,
    };
    // (Not `论文速读：Rethinking-Causal-Action-…`: a prefix and a title with
    // its words hyphenated; a repository's name has no colon.)
    // (Nor `U-Net论文阅读笔记`: a paper's name and the notes on it.)
    let papers_notes = || {
        crate::title::strip_review_word(name).is_some_and(|paper| {
            paper.chars().any(char::is_alphabetic)
                && !FIELDS.contains(&paper.to_lowercase().as_str())
                && !names_paper_notes(paper)
        })
    };
    if !name.contains(char::is_whitespace)
        && !name.contains([':', '：'])
        && name.contains(['-', '_'])
        && names_paper_notes(name)
        && !papers_notes()
    {
        return true;
    }
    named_notes(&core).is_some_and(|field| FIELDS.contains(&field.as_str()))
}

/// What comes before a name for a set of paper notes at a heading's end
/// (`DL Paper Review` → `dl`, `HAI 2022 논문 스터디` → `hai 2022`), in
/// lower case.
fn named_notes(core: &str) -> Option<String> {
    const NOTES: &[&str] = &[
        "paper review",
        "paper reviews",
        "paper notes",
        "papers",
        "paper study",
        "paper reading",
        "논문 리뷰",
        "논문리뷰",
        "논문 정리",
        "논문 스터디",
        // `# AI论文阅读笔记`: AI's paper-reading notes.
        "论文阅读笔记",
        "论文学习笔记",
        "论文笔记",
        "論文閱讀筆記",
        "論文筆記",
    ];
    let lower = core.to_lowercase();
    NOTES
        .iter()
        .find_map(|notes| lower.strip_suffix(notes))
        .map(|field| field.trim().to_owned())
}

/// Whether a title says the note is a template: `Paper Review Template`,
/// `논문 리뷰 템플릿`, `paper-review-template`. Not an example's or a
/// format's, as a file's name is (`paper-review-example.md`): `Using
/// Artificial Intelligence for Systematic Review: The Example of Elicit` is
/// a paper's title.
fn titles_a_template(title: &str) -> bool {
    let lower = title.to_lowercase();
    // The English word opens or closes it (`Template: Paper Title`, `Paper
    // Review Template`); within, it is a paper's term (`Lightweight Video
    // Object Segmentation with Adaptive Template Attention Module`).
    let words = || {
        lower
            .split(|ch: char| !ch.is_alphanumeric())
            .filter(|word| !word.is_empty())
    };
    words().next().is_some_and(|first| first.starts_with("template"))
        || words()
            .next_back()
            .is_some_and(|last| last.ends_with("template") || last.ends_with("templates"))
    // `论文笔记模板`, a Chinese note template (`简易记录模版`, written with
    // its variant character); `テンプレート.md`, a Japanese one.
        || [
        "템플릿",
        "模板",
        "模版",
        "テンプレート",
        "ひな形",
        "雛形",
    ]
    .iter()
    .any(|word| lower.contains(word))
        // `Review for "Paper Title XXX"`: the blank still in it.
        || lower.contains("paper title")
        // `# Example Paper: Deep Reinforcement Learning for …`: a sample
        // note for a made-up paper.
        || lower.starts_with("example paper")
        || lower.starts_with("sample paper")
        || words().any(|word| word == "tpl" || word == "xxx")
        // `**논문**: 제목, 저자, 학회/저널, 연도`: the fields a note will fill
        // in, named where its title goes.
        || names_fields_alone(title)
}

/// Whether a value only names fields, three or more (`제목, 저자, 학회/저널,
/// 연도`, `Title / Authors / Venue`): a template's blank.
fn names_fields_alone(value: &str) -> bool {
    const MORE: &[&str] = &["연도", "저널", "年份", "年", "出处", "Abstract", "요약"];
    let parts = || value.split([',', '，', '、', '/', '|']).map(str::trim);
    parts().count() >= 3
        && parts().all(|part| {
            TITLE_FIELDS
                .iter()
                .chain(PAPER_FIELDS)
                .chain(MORE)
                .any(|field| field.eq_ignore_ascii_case(part))
        })
}

/// Whether a name says it is a template: `template.md`, `notes_tpl`, `논문
/// 리뷰 템플릿` (not `양식`, which is also aquaculture).
fn names_a_template(name: &str) -> bool {
    if titles_a_template(name) {
        return true;
    }
    let lower = name.to_lowercase();
    let words: Vec<&str> = crate::text::words(&lower).collect();
    // `reading_format_en.md`, `review-format.md`: the format notes follow.
    let format_of_notes = words.contains(&"format")
        && words.iter().any(|word| {
            [
                "reading", "review", "reviews", "note", "notes", "summary", "paper",
            ]
            .contains(word)
        });
    // `001-example-paper/README.md`, `paper-review-example.md`: a sample
    // to copy from. So is `2026-06-06-paper-review-sample.md`, a blog
    // theme's sample post, the word last (`sample-efficient-rl-notes` names
    // a paper), its date no words of the name.
    let named: Vec<&str> = words
        .iter()
        .copied()
        .filter(|word| !word.bytes().all(|b| b.is_ascii_digit()))
        .collect();
    let example_note = (named.contains(&"example") || named.last() == Some(&"sample"))
        && named
            .iter()
            .any(|word| ["paper", "note", "notes", "review"].contains(word));
    // (Not a paper's title in the name: `Dual Encoding for Zero-Example
    // Video Retrieval Note.md`.)
    (example_note || format_of_notes) && named.len() <= 5
}

/// Whether a front-matter key names the paper's own title rather than the
/// post's: `paper_title`, `paper-title`, `paperTitle`, `original_title`,
/// `full_title`, `sourceTitle`, `논문 제목`, `원제`, `论文标题`.
fn names_the_papers_title(key: &str) -> bool {
    let key: String = key
        .chars()
        .filter(|ch| !matches!(ch, '_' | '-' | ' '))
        .collect::<String>()
        .to_lowercase();
    matches!(
        key.as_str(),
        "papertitle"
            | "originaltitle"
            | "fulltitle"
            | "sourcepaper"
            // `sourceTitle: "Deep Residual Learning for Image Recognition
            // (CVPR 2016)"` beside `title: "ResNet — Deep Residual Learning"`.
            | "sourcetitle"
            | "논문제목"
            | "원제"
            | "论文标题"
            | "原标题"
            // `en_title:` beside a Chinese `title:`.
            | "entitle"
            | "titleen"
            | "englishtitle"
    )
}

/// Whether a title is a citation rather than a paper's title: a surname,
/// two joined by `&` / `and`, or one and `et al.`, then a year (`Bazil
/// 2010`, `Vaswani et al. 2017`, `Smith & Jones 2019b`). `World Models
/// 2018` is a title and its year.
fn names_a_citation(title: &str) -> bool {
    let words: Vec<&str> = title.split_whitespace().collect();
    let Some((year, names)) = words.split_last() else {
        return false;
    };
    // `2010a`, as a bibliography tells two papers of a year apart.
    let year = year.trim_end_matches(|ch: char| ch.is_ascii_lowercase());
    let joined = names.iter().any(|word| ["&", "and"].contains(word));
    let names: Vec<&str> = names
        .iter()
        .copied()
        .filter(|word| !["et", "al", "al.", "&", "and"].contains(word))
        .collect();
    // (Or up to eight, listed with commas: `Arnott, Kalesnik &
    // Linnainmaa 2023`, `Rafailov, Sharma, Mitchell, Ermon, Manning & Finn
    // (2023)`.)
    crate::title::parse_year(year).is_some()
        && (names.len() == 1
            || (joined
                && (2..=8).contains(&names.len())
                && names[..names.len() - 2]
                    .iter()
                    .all(|name| name.ends_with(','))))
        && names.iter().all(|name| is_surname(name))
}

/// Whether a heading is numbered as a paper's subsection, in two levels or
/// more: `4.2 ANAH 2.0`, `3.1.2 Loss`.
fn numbered_subsection(heading: &str) -> bool {
    is_outline_number(heading.trim_start().split(' ').next().unwrap_or(""))
}

/// Whether a word is an outline's number of two levels or more, a full
/// stop after it or not: `1.3`, `1.3.1.` (not `2.5D`, nor `3.`).
fn is_outline_number(number: &str) -> bool {
    let number = number.strip_suffix('.').unwrap_or(number);
    number.contains('.')
        && number
            .split('.')
            .all(|part| (1..=3).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a line addresses a language model as a prompt opens: `You are
/// an expert reviewer …`, `你是一位…专家`, `당신은 …`, `あなたは…`,
/// `Bạn là …`.
fn addresses_a_model(line: &str) -> bool {
    let line = line.trim_start_matches(|ch: char| ch.is_whitespace() || matches!(ch, '>' | '*'));
    [
        "You are a ",
        "You are an ",
        "Bạn là ",
        "你是一位",
        "你是一名",
        "你是一个",
        "당신은 ",
        "あなたは",
    ]
    .iter()
    .any(|opener| line.starts_with(opener))
}

/// Whether a line of tags alone (`- #research #paper #robotics`) tags a
/// paper: `#paper`, `#papers`, `#논문`, `#论文`, `#論文`.
fn tags_a_paper(line: &str) -> bool {
    let line = &line[bullet_len(line)..];
    let tags: Vec<&str> = line.split_whitespace().collect();
    !tags.is_empty()
        && tags
            .iter()
            .all(|tag| tag.len() > 1 && tag.starts_with('#') && !tag.starts_with("##"))
        && tags.iter().any(|tag| {
            let name = tag[1..].to_lowercase();
            ["paper", "papers", "논문", "论文", "論文"].contains(&name.as_str())
        })
}

/// Whether a heading cites a paper by its authors: with its year
/// (`Shneiderman, 2007`, `Kay et al. 2016`), or without it, the first
/// author and `et al` or two authors joined (`Kay et al`, `Wobbrock and
/// Kientz`).
fn cites_authors(heading: &str) -> bool {
    let cited = heading.replace(['(', ')', ','], " ");
    if names_a_citation(&cited) {
        return true;
    }
    match cited.split_whitespace().collect::<Vec<_>>().as_slice() {
        [first, "et", "al" | "al."] => is_surname(first),
        [first, "and" | "&", second] => is_surname(first) && is_surname(second),
        _ => false,
    }
}

/// A family name as a citation writes it: capitalised, letters, a hyphen
/// or an apostrophe (`Vaswani`, `Pouget-Abadie`, `O'Neil`), a comma after
/// it aside.
pub(crate) fn is_surname(word: &str) -> bool {
    let word = word.trim_end_matches(',');
    word.starts_with(|ch: char| ch.is_uppercase())
        && word
            .chars()
            .all(|ch| ch.is_alphabetic() || ch == '-' || ch == '\'')
}

/// Whether a `Paper:` field names who wrote the paper, not what it is
/// called: `Hu et al., 2021 | **发表于：** ICLR 2022`, `Srivastava, Hinton,
/// Krizhevsky, Sutskever, Salakhutdinov — JMLR 2014`. The title is
/// elsewhere (the heading over the field).
fn names_only_authors(value: &str) -> bool {
    let value = value.trim().trim_matches(['*', '_']).trim();
    // Where and when after a dash or a bar.
    let names = [" — ", " – ", " - ", " | ", "|"]
        .iter()
        .filter_map(|mark| value.find(mark))
        .min()
        .map_or(value, |cut| &value[..cut])
        .trim()
        .trim_end_matches(['.', ',', ' ']);
    // `Hu et al., 2021`, `Radford et al., OpenAI (2018)`: one surname, `et
    // al.`, then the year or where they work.
    let et_al = names.split_once(" et al").is_some_and(|(name, rest)| {
        let rest = rest.trim_start_matches(['.', ',']).trim();
        is_surname(name)
            && (rest
                .trim_start_matches('(')
                .get(..4)
                .is_none_or(|year| crate::title::parse_year(year).is_some())
                || rest.split_whitespace().count() <= 3)
    });
    // Three surnames or more, listed.
    let surnames: Vec<&str> = names
        .split([',', '，'])
        .map(|part| part.trim().trim_start_matches("and ").trim())
        .collect();
    // (Not [`looks_like_author_list`]: a title in capitals, `Imagen Editor
    // and EditBench: Advancing and Evaluating …`, reads as names there.)
    // Two joined, or one written in full, and the year: `Zhang & Sennrich,
    // 2019 — https://arxiv.org/…`, `Noam Shazeer, 2020`.
    let one_or_two = cites_authors(names)
        || names.rsplit_once(',').is_some_and(|(name, year)| {
            crate::title::parse_year(year.trim()).is_some()
                && (2..=3).contains(&name.split_whitespace().count())
                && name.split_whitespace().all(is_surname)
        });
    et_al || one_or_two || (surnames.len() >= 3 && surnames.iter().all(|name| is_surname(name)))
}

/// What follows a citation opening a title: `Choi et al. (2025) — Title`,
/// `Teutsch & Sauer (2004): Title` (the citation as [`names_a_citation`]
/// reads it, its year in parentheses, then a dash or a colon).
fn after_leading_citation(text: &str) -> Option<&str> {
    // A citation key: `Cox2024 — BrainSegFounder: …`, `vaswani2017attention:
    // …` (a surname, the year, perhaps a word of the title).
    if let Some((key, rest)) = text.split_once(' ')
        && let Some(at) = key.find(|ch: char| ch.is_ascii_digit())
        && at >= 2
        && key[..at].chars().all(|ch| ch.is_alphabetic())
        && key
            .get(at..at + 4)
            .and_then(crate::title::parse_year)
            .is_some()
        && key[at + 4..].chars().all(|ch| ch.is_ascii_lowercase())
        && let Some(rest) = rest
            .trim_start()
            .strip_prefix(['—', '–', '-', ':', '：', '|'])
        && rest.split_whitespace().count() >= 2
    {
        return Some(rest.trim_start());
    }
    // A first author and `et al.` with the year, then the title with no
    // mark between: `Cerezo et al. 2021 Variational Quantum Algorithms`,
    // `**Zhang et al. (2024)** *Winners with Confidence: …*`.
    let unstyled = text.trim_start_matches(['*', '_']);
    if let Some(at) = unstyled.find(" et al")
        && crate::title::names_et_al(&unstyled[..at + " et al".len()])
        && let after = unstyled[at + " et al".len()..]
            .trim_start_matches('.')
            .trim_start()
        && let Some(year) = after.strip_prefix('(').or(Some(after))
        && year.get(..4).and_then(crate::title::parse_year).is_some()
        && let rest = year[4..]
            .trim_start_matches(')')
            .trim_start_matches(['*', '_', ','])
            .trim_start()
        && rest.starts_with(|ch: char| ch.is_uppercase() || ch == '*' || ch == '_')
        && rest.split_whitespace().count() >= 2
    {
        return Some(rest.trim_start_matches(['*', '_']));
    }
    // The authors, where and when, a full stop, then the title: `Hoffmann
    // et al, ACL 2011. Knowledge-Based Weak Supervision …`, `Mintz, Bills,
    // Snow, Jurafsky, ACL-IJCNLP 2009. Distant supervision …`.
    if let Some((head, rest)) = text.split_once(". ")
        && let Some((authors, venue)) = head.rsplit_once(", ")
        && let Some((name, year)) = venue.rsplit_once(' ')
        && crate::title::parse_year(year).is_some()
        && name.len() >= 2
        && name
            .chars()
            .all(|ch| ch.is_ascii_uppercase() || ch.is_ascii_digit() || ch == '-')
        && authors.split_whitespace().count() <= 8
        && authors
            .split(", ")
            .all(|author| author.starts_with(char::is_uppercase))
        && rest.split_whitespace().count() >= 2
    {
        return Some(rest.trim_start());
    }
    // The year bare, then a colon: `Choset & Pignon 1997：Coverage Path
    // Planning: …`, `Han, Jeon & Kwon 2023: Hierarchical Topology Map …`.
    if let Some(colon) = text.find([':', '：'])
        && names_a_citation(text[..colon].trim_end())
        && let rest = text[colon..].trim_start_matches([':', '：']).trim_start()
        && rest.split_whitespace().count() >= 2
    {
        return Some(rest);
    }
    // Or a spaced dash: `Klein & Murray 2007 - Parallel Tracking and
    // Mapping for Small AR Workspaces`.
    if let Some((cited, rest)) = crate::title::SPACED_DASHES
        .iter()
        .find_map(|dash| text.split_once(dash))
        && names_a_citation(cited.trim_end())
        && rest.split_whitespace().count() >= 2
    {
        return Some(rest.trim_start());
    }
    let open = text.find('(')?;
    let close = open + text[open..].find(')')?;
    let head = text[..open].trim_end();
    if !names_a_citation(&format!("{head} {}", &text[open + 1..close])) {
        return None;
    }
    let rest = text[close + 1..]
        .trim_start()
        .strip_prefix(['—', '–', '-', ':', '：', '|'])?
        .trim_start();
    (rest.split_whitespace().count() >= 2).then_some(rest)
}

/// Whether a title is a guide to writing or reading papers, not a note on
/// one: `How to Write a Paper Summary`, `Writing paper reviews`, `논문 리뷰
/// 작성법`, `How To Write A Great Research Paper`, `How to read a paper`,
/// `논문 읽는 법`. A paper on writing (`Learning to Write Summaries`) or
/// reading (`Reading Wikipedia to Answer Open-Domain Questions`) does not
/// name papers as well.
fn guides_review_writing(title: &str) -> bool {
    let lower = title.to_lowercase();
    // `Please write a summary of the paper [from 3 to 6 sentences].`: a
    // review form's question, answered under it.
    if lower.starts_with("please ") {
        return false;
    }
    let words: Vec<&str> = crate::text::words(&lower).collect();
    let has = |set: &[&str]| words.iter().any(|word| set.contains(word));
    // Chinese and Japanese too: `如何读文献`, `论文写作`, `論文の読み方`.
    let writes = has(&["write", "writing", "writes"])
        || ["작성", "写", "書"].iter().any(|w| lower.contains(w));
    // (`论文解读`, a paper's interpretation, is a note on it, not reading.)
    let reads = has(&["read", "reading", "reads"])
        || ["읽", "读", "読"]
            .iter()
            .any(|w| lower.replace("解读", "").contains(w));
    let papers = has(&["paper", "papers", "article", "articles", "thesis", "theses"])
        || ["논문", "论文", "文献", "論文"]
            .iter()
            .any(|w| lower.contains(w));
    let notes = has(&["summary", "summaries", "review", "reviews", "notes", "note"])
        || ["리뷰", "요약", "정리"]
            .iter()
            .any(|word| lower.contains(word));
    let how = has(&["how", "guide", "tips", "order"])
        || [
            "방법",
            "는 법",
            "순서",
            "如何",
            "怎么",
            "怎样",
            // `论文阅读方法` (a way of reading papers), `读论文的技巧` (tips).
            "阅读方法",
            "读法",
            "技巧",
            "読み方",
            "書き方",
        ]
        .iter()
        .any(|word| lower.contains(word));
    // (Or a guide to taking notes at all: `Note-Taking Guide Using the
    // Cornell Method`.)
    let takes_notes = ["note-taking", "note taking", "notetaking"]
        .iter()
        .any(|phrase| lower.contains(phrase));
    // (Or what a course asks of one: `Requirements for a Paper Review`,
    // `Paper Review Guidelines`.)
    let asked = has(&[
        "requirements",
        "guidelines",
        "instructions",
        "rubric",
        "expectations",
    ]);
    papers && ((writes && (notes || how)) || (reads && how) || (notes && asked))
        || takes_notes && how
}

/// Whether a tag names the language a note is written in: `(KOR)`,
/// `[Eng]`, `(한국어)`.
fn names_a_language(tag: &str) -> bool {
    [
        "kor",
        "kr",
        "korean",
        "eng",
        "en",
        "english",
        "한국어",
        "한글",
        "영어",
        "cn",
        "zh",
        "chinese",
        "中文",
    ]
    .iter()
    .any(|language| tag.trim().eq_ignore_ascii_case(language))
}

/// Whether a title's line says the note reviews a paper: in a tag opening
/// it, `[논문 리뷰]`, `[논문리뷰]`, `【论文笔记】`, `(Paper Review)` (after a key
/// or heading marks, `title: "[논문 리뷰] …"`), or in words after the title
/// (`DecAlign — Reading Notes`, `BERT 논문 리뷰`) or before it (`論文メモ：…`).
fn tags_a_paper_review(line: &str) -> bool {
    const SAYS: &[&str] = &[
        "reading notes",
        "paper review",
        "paper notes",
        "paper summary",
        "paper report",
        "paper reading",
        "critica",
        "critique",
        "논문 리뷰",
        "논문 요약",
        "논문 정리",
        "논문 읽기",
        "论文笔记",
        "论文阅读",
        "论文解读",
        "论文解析",
        "阅读笔记",
        "论文学习笔记",
        "論文メモ",
        "論文紹介",
    ];
    let squeeze = |text: &str| -> String {
        text.chars()
            .filter(|ch| !ch.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let all = || SAYS.iter().chain(crate::title::LATIN_SCRIPT_NOTE_WORDS);
    let says = |text: &str| all().any(|said| squeeze(said) == text);
    let lower = line
        .trim()
        .trim_end_matches(['"', '\'', ' ', '*', '#'])
        .to_lowercase();
    // The value after a key (`title:`), or the heading's text.
    let opening = lower
        .split_once(':')
        .filter(|(key, _)| !key.trim().contains(' '))
        .map_or(lower.as_str(), |(_, value)| value)
        .trim_start_matches(['"', '\'', ' ', '#', '*']);
    if all().any(|said| {
        lower.ends_with(said) || opening.starts_with(said) || lower.ends_with(&squeeze(said))
    }) {
        return true;
    }
    // `# Conditional Generative Adversarial Nets review`: a title as long
    // as a paper's, then the word.
    if let Some(title) = opening
        .strip_suffix(" review")
        .or_else(|| opening.strip_suffix(" 리뷰"))
        && title.split_whitespace().count() >= 3
    {
        return true;
    }
    let Some(inner) = opening
        .strip_prefix(['[', '【', '('])
        .and_then(|rest| rest.split_once([']', '】', ')']))
        .map(|(inner, _)| inner)
    else {
        return false;
    };
    // A tag alone names it too: `[Review] Learning Transferable Visual
    // Models …`, `[Paper] LIMA`, `[리뷰] …`.
    let tag = squeeze(inner);
    says(&tag) || ["review", "paper", "리뷰", "논문"].contains(&tag.as_str())
}

/// Whether a title names an event rather than a paper: a report on a
/// conference (`Mihai's Summary of EMNLP 2022`, `NeurIPS 2019
/// Highlights`, `ICML 2020 후기`) or a group's meetings (`Lab meetings:
/// 2024`, `Reading group schedule`, `2023년 세미나 일정`). Every word is
/// the event's, a year, or a name before `'s`; a venue and a year alone
/// (`# CVPR 2021` over a paper's title) are not enough.
fn names_an_event(title: &str) -> bool {
    const REPORT: &[&str] = &[
        "summary",
        "summaries",
        "notes",
        "highlights",
        "recap",
        "report",
        "trip",
        "takeaways",
        "impressions",
        "papers",
        "review",
        "정리",
        "후기",
        "리뷰",
        "요약",
    ];
    const FILLER: &[&str] = &["of", "from", "at", "on", "my", "our", "the", "a", "and"];
    const GROUP: &[&str] = &[
        "lab",
        "group",
        "team",
        "reading",
        "journal",
        "club",
        "paper",
        "papers",
        "seminar",
        "seminars",
        "study",
        "weekly",
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "semester",
        "연구실",
        "논문",
        "세미나",
        "스터디",
        "발표",
        "학기",
    ];
    const MEETING: &[&str] = &[
        "meeting",
        "meetings",
        "minutes",
        "schedule",
        "agenda",
        "syllabus",
        "calendar",
        "회의",
        "회의록",
        "일정",
        "랩미팅",
    ];
    let words: Vec<&str> = crate::text::words(title).collect();
    let is = |list: &[&str], word: &str| list.iter().any(|known| known.eq_ignore_ascii_case(word));
    let dated = |word: &str| {
        let unit = word.trim_start_matches(|ch: char| ch.is_ascii_digit());
        unit.len() < word.len() && ["", "년", "월", "학기"].contains(&unit)
    };
    // `Mihai` of `Mihai's`: whose report it is.
    let owner = |index: usize| words.get(index + 1).is_some_and(|next| *next == "s");
    let mut venue = false;
    let mut report = false;
    let mut meeting = false;
    let mut group_only = true;
    let mut report_only = true;
    for (index, word) in words.iter().enumerate() {
        let venue_word = crate::title::is_venue_word(word);
        venue |= venue_word;
        report |= is(REPORT, word);
        meeting |= is(MEETING, word);
        let common = dated(word) || is(FILLER, word) || *word == "s";
        group_only &= common || is(GROUP, word) || is(MEETING, word);
        report_only &= common || venue_word || is(REPORT, word) || owner(index);
    }
    (venue && report && report_only) || (meeting && group_only)
}

/// Whether a line counts papers, two or more: `**11**篇论文的笔记`, `Notes
/// on 24 papers`, `논문 30편`.
fn counts_papers(line: &str) -> bool {
    let line = line.replace(['*', '_'], "").to_lowercase();
    let mut rest = line.as_str();
    while let Some(at) = rest.find(|ch: char| ch.is_ascii_digit()) {
        let digits = rest[at..].bytes().take_while(u8::is_ascii_digit).count();
        let number: u32 = rest[at..at + digits].parse().unwrap_or(0);
        let before = rest[..at].trim_end();
        let after = rest[at + digits..].trim_start();
        if number >= 2
            && ([
                "篇论文",
                "篇論文",
                "편의 논문",
                "편 논문",
                "papers",
                "本の論文",
            ]
            .iter()
            .any(|papers| after.starts_with(papers))
                || before.ends_with("논문") && after.starts_with('편'))
        {
            return true;
        }
        rest = &rest[at + digits..];
    }
    false
}

/// Whether a line says its page lists papers: `A curated list of papers
/// about …`, `A collection of papers on …`.
fn announces_a_paper_list(line: &str) -> bool {
    let lower = line.to_lowercase();
    [
        "curated list of papers",
        "curated list of research papers",
        "a list of papers",
        "a collection of papers",
        // `This section collects papers focusing on **energy efficiency**`.
        "collects papers",
        "collects the papers",
        "collects research papers",
        "lists papers",
        "lists the papers",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

/// Whether a note's title names several papers, so that the note is not a
/// review of one: `A variety of attention papers`, `Operating Systems
/// Papers - Index`, `GPT-1、GPT-2、GPT-3`, `Word Embedding (Word2Vec,
/// GloVe)`, `DDPM vs DDIM`. A list counts only when every item is a short
/// name with a digit or two capitals (`YOLO9000: Better, Faster, Stronger`
/// lists adjectives).
fn names_several_papers(title: &str) -> bool {
    // (Not the words of an address: `Paper pdf:
    // http://dance.csc.ncsu.edu/papers/ICDCS19.pdf`.)
    let unlinked;
    let title = if title.contains("://") {
        unlinked = title
            .split_whitespace()
            .filter(|word| !word.contains("://"))
            .collect::<Vec<_>>()
            .join(" ");
        unlinked.as_str()
    } else {
        title
    };
    let lower = title.to_lowercase();
    // A literature review's own title, alone: `Revisión de Literatura`
    // over `## 1) …` and `## 2) …` (not a review paper's title, `Deep
    // learning for X: a systematic literature review`).
    if [
        "literature review",
        // (`Literature-Review.md` with no heading: the file's name, its
        // `Review` cut as a note's.)
        "literature",
        "revisión de literatura",
        "revisión de la literatura",
        "revisão de literatura",
        "revisão da literatura",
        "revue de littérature",
        "문헌 고찰",
        "문헌 연구",
        "文献综述",
        // Or the word for articles alone, a folder's list of them: `#
        // Artigos` over a heading per paper read.
        "articles",
        "artigos",
        "artículos",
        "articulos",
        "articoli",
        "artikel",
        "publications",
        "publicações",
        "publicaciones",
    ]
    .contains(&lower.trim())
    {
        return true;
    }
    // (As a file's name writes it too: `paper_list.md`.)
    let spaced = lower
        .contains(['_', '-'])
        .then(|| lower.replace(['_', '-'], " "));
    // A paper's own name before its colon: `QnDReview: Read 100 CHI Papers
    // in 7 Hours` is one paper about many.
    let named_paper = title.split_once(": ").is_some_and(|(name, rest)| {
        !name.trim().contains(char::is_whitespace)
            && !name.trim().eq_ignore_ascii_case("papers")
            && rest.split_whitespace().count() >= 3
    });
    // (Nor a long title that speaks of papers further on: `Can large
    // language models provide useful feedback on research papers A
    // large-scale empirical analysis`, its colon lost to a file's name.)
    let speaks_of_papers = title.split_whitespace().count() >= 10
        && !title
            .split_whitespace()
            .take(2)
            .any(|word| word.eq_ignore_ascii_case("papers"));
    if (!named_paper
        && !speaks_of_papers
        && camel_words(title).any(|word| word.eq_ignore_ascii_case("papers")))
        || [
            "논문들",
            "paper list",
            "paper post list",
            "post list",
            // `Vision Paper Reviews`: a folder's many.
            "paper reviews",
            "paper summaries",
            "paper series",
            // `Edge-Computing相关论文-1` (papers on it), `ACL 2015で気に
            // なったもの一覧` (a list), `论文汇总` (a roundup).
            "相关论文",
            "一覧",
            "论文汇总",
            "论文合集",
            // `LLM Agent资料收集`: materials gathered on a topic.
            "资料收集",
            "资料汇总",
            "reading list",
            // `What Have I Read`, `읽은 논문`, `读过的论文`: a log of what was
            // read.
            "what have i read",
            "what i have read",
            "what i've read",
            "what i’ve read",
            "what i read",
            "읽은 논문",
            "读过的论文",
            "已读论文",
            // `Lista de artigos`, a Portuguese or Spanish list of articles.
            "lista de artigos",
            "lista de artículos",
            "논문 목록",
            "논문 리스트",
            "论文列表",
            // `想读的 paper 列表`: the papers the reader wants to read.
            "paper 列表",
            "paper列表",
            "想读的",
            // `论文阅读清单`, `阅读清单`: a checklist of papers to read.
            "阅读清单",
            "论文清单",
            "阅读列表",
            // `일일 논문 다이제스트 — 2026-04-18`, `Weekly Paper Digest`: a
            // digest of the day's or week's papers.
            // `List_to_read.md`: what is still to be read.
            "list to read",
            "to read list",
            // `Diffusion 논문 공부순서`, `Reading order`: the order to read
            // a field's papers in.
            "공부순서",
            "공부 순서",
            "읽는 순서",
            "reading order",
            "paper digest",
            "papers digest",
            // `arXiv hep-ex Daily Summary - 2026-07-03`.
            "daily summary",
            "weekly summary",
            "daily digest",
            "weekly digest",
            "논문 다이제스트",
            "论文速递",
            // `AI每日论文精选 2026-06-14`: the day's papers picked out.
            "论文精选",
            // `周刊精粹 · 2026-08-24 期`: an issue of a weekly on papers;
            // `2025Q3周报`, a quarter's weekly reports.
            "周刊",
            "週刊",
            "周报",
        ]
        .iter()
        .any(|phrase| {
            lower.contains(phrase)
                || spaced
                    .as_ref()
                    .is_some_and(|spaced| spaced.contains(phrase))
        })
        || names_a_series(title)
        || spans_versions(&lower)
    {
        return true;
    }
    // (A phrase in Chinese is no name: `GenCast：0.25°、15 天生成式集合预报的
    // 训练与评估细读` lists a resolution and a span, and says what the note
    // reads.)
    let is_name = |part: &str| {
        let words: Vec<&str> = part.split_whitespace().collect();
        (1..=2).contains(&words.len())
            && part.chars().any(char::is_alphabetic)
            && part.chars().filter(|&ch| is_han(ch)).count() <= 4
            && words.iter().any(|word| {
                word.chars().any(|ch| ch.is_ascii_digit())
                    || word.chars().filter(|ch| ch.is_uppercase()).count() >= 2
            })
    };
    let lists_names = |list: &str| {
        // Not `and`: `SRResNet and SRGAN` are one paper's two models.
        let parts: Vec<&str> = list
            .split([',', '、', '/', '，'])
            .flat_map(|part| part.split(" vs. "))
            .flat_map(|part| part.split(" vs "))
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect();
        // (Not one model named two ways: `FAST / π0-FAST`.)
        let one_model = |first: &str, second: &str| {
            second
                .split('-')
                .any(|piece| piece.eq_ignore_ascii_case(first))
        };
        // (Nor who made it and where it appeared: `BYOL — Grill, … et al.
        // (DeepMind, NeurIPS 2020)`.)
        parts.len() >= 2
            && parts.iter().all(|part| is_name(part))
            && !parts.iter().any(|part| {
                crate::title::names_venue_and_year(part) || crate::title::is_venue_word(part)
            })
            && !matches!(parts.as_slice(), [first, second]
                if one_model(first, second) || one_model(second, first))
    };
    let inside = title
        .trim_end()
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once('('))
        .map(|(_, inside)| inside);
    // `AE → VAE → VQ-VAE 계열 정리`: a line of models, one after another.
    let steps: Vec<&str> = title
        .split(['→', '⟶'])
        .flat_map(|part| part.split("->"))
        .map(str::trim)
        .collect();
    let a_lineage = steps.len() >= 3 && steps[..steps.len() - 1].iter().all(|part| is_name(part));
    // (Or before a colon: `RT-1 / RT-2: VLA의 기원`.)
    let before_colon = title.split_once([':', '：']).map(|(head, _)| head);
    // A model and its next version, joined (`Tacotron和Tacotron2`, `YOLOv1
    // and YOLOv2`, `PLATO & PLATO-2`): two papers.
    let versions = [" and ", " & ", "和", "与", "와 ", "과 "]
        .iter()
        .find_map(|and| title.split_once(and))
        .is_some_and(|(first, second)| {
            let (first, second) = (first.trim(), second.trim());
            is_short_name(first)
                && is_short_name(second)
                && first != second
                && !version_stem(first).is_empty()
                && version_stem(first).eq_ignore_ascii_case(version_stem(second))
        });
    // `Paper Review Log`: a log of the reviews, one after another (not
    // `Review Log: QIG: Quantifying …`, one review in the log).
    let a_log = ["review log", "reading log"]
        .iter()
        .any(|log| lower.trim_end().ends_with(log));
    lists_names(title)
        || inside.is_some_and(lists_names)
        || before_colon.is_some_and(lists_names)
        || a_lineage
        || versions
        || a_log
}

/// A model's name without its version: `Tacotron` of `Tacotron2`, `YOLO`
/// of `YOLOv2`, `PLATO` of `PLATO-2`.
fn version_stem(name: &str) -> &str {
    name.trim_end_matches(|ch: char| ch.is_ascii_digit() || matches!(ch, '-' | '+'))
        .trim_end_matches(['v', 'V'])
}

/// Whether a name is a series of papers as a whole (`Pi系列文献阅读`, `SAM
/// 系列（Segment Anything）`, `Qwen系列全版本综合对比分析`), not one post of a
/// series on its own paper (`YOLO系列之YOLOv3`).
fn names_a_series(name: &str) -> bool {
    name.contains("系列") && series_post(name).is_none()
}

/// The paper a post of a series names after the series: `YOLO系列之YOLOv3`
/// → `YOLOv3`, `目标检测系列（一）：R-CNN` → `R-CNN`.
fn series_post(name: &str) -> Option<&str> {
    let (_, rest) = name.split_once("系列")?;
    let numbered = rest
        .strip_prefix(['（', '('])
        .and_then(|inner| inner.split_once(['）', ')']))
        .map_or(rest, |(_, after)| after);
    numbered
        .strip_prefix('之')
        .or_else(|| numbered.strip_prefix(['：', ':']))
        .map(str::trim_start)
        .filter(|own| !own.is_empty())
}

/// Front-matter keys that describe a paper.
const PAPER_KEYS: &[&str] = &[
    "authors",
    "venue",
    "conference",
    "journal",
    "booktitle",
    "paper",
    "paper_url",
    "paper-url",
    "paperurl",
    "paper_link",
    "arxiv",
    "doi",
    "pdf",
    "publication",
    "published_in",
    "publisher",
    "저자",
    "학회",
    "논문",
    // The paper's authors in Spanish or Portuguese, and in French.
    "autores",
    "auteurs",
];

/// How much a note's front matter says it is about a paper, one point
/// each: a key that describes a paper (`venue:`, `authors:`, `arxiv:`); a
/// link to a paper in any value; a category or tag that names paper notes
/// (`categories: [PaperReview]`, `tags: [논문리뷰]`). A blog post's
/// `title`, `date`, `tags: [intro]` say nothing.
fn front_matter_evidence(text: &str, front_matter: &FrontMatter) -> usize {
    let fields = &front_matter.fields;
    // Or a key naming the paper's identifier: `arxiv-paper-id:`, `doi_url:`.
    // Or a value that is one (`bib_id: 2202.12837v2`).
    // Or a compound key that opens with one: `authors_affiliations:`,
    // `publication_status:`.
    // (A key left blank is a template's: `authors:`, `venue:`.)
    let described = fields.iter().any(|(key, value)| {
        let value = value.slice(text).trim();
        !matches!(value, "" | "[]" | "\"\"" | "''" | "~" | "null")
            && (PAPER_KEYS.contains(&key.as_str())
                || key
                    .split(['-', '_'])
                    .any(|word| word == "arxiv" || word == "doi")
                || key
                    .split_once(['-', '_'])
                    .is_some_and(|(first, _)| PAPER_KEYS.contains(&first))
                || is_paper_identifier(value))
    });
    let linked = fields.iter().any(|(_, value)| {
        let value = value.slice(text).to_ascii_lowercase();
        names_a_paper_host(&value)
    });
    let filed = fields.iter().any(|(key, value)| {
        matches!(
            key.as_str(),
            "categories" | "category" | "tags" | "tag" | "type" | "collection"
        ) && names_paper_notes(value.slice(text))
    });
    // `description: PoC 진행 전 기술 검토를 위한 논문 리뷰`: a post that says
    // it reviews a paper.
    let says_review = fields.iter().any(|(key, value)| {
        matches!(
            key.as_str(),
            "description" | "summary" | "subtitle" | "excerpt" | "dek" | "abstract"
        ) && {
            let value = value.slice(text).to_lowercase();
            // `dek: … 모두 달성한 CVPR 2026 Oral 논문.`: what the post is
            // about, said last.
            let about = value.trim_end_matches(['.', '。', ' ', '"', '\'']);
            about.ends_with("논문")
                || about.ends_with(" paper")
                || [
                    "논문 리뷰",
                    "논문리뷰",
                    "논문 정리",
                    "논문 요약",
                    "paper review",
                    "paper summary",
                    "paper notes",
                    "论文笔记",
                    "论文阅读",
                    // `The podcast discusses a paper titled '…'`.
                    "paper titled",
                ]
                .iter()
                .any(|phrase| value.contains(phrase))
        }
    });
    usize::from(described) + usize::from(linked) + usize::from(filed || says_review)
}

/// Whether front matter files the note as something other than a paper's:
/// a concept, a topic, a glossary entry or a map of content (`category:
/// concept`, `tags: [concept, …]`, `tags: - MOC`), as wikis of notes keep
/// beside their papers' — unless it also files it under paper notes.
fn front_matter_files_elsewhere(text: &str, front_matter: &FrontMatter) -> bool {
    let filed = |names: fn(&str) -> bool| {
        front_matter.fields.iter().any(|(key, value)| {
            matches!(
                key.as_str(),
                "categories" | "category" | "tags" | "tag" | "type" | "kind"
            ) && names(value.slice(text))
        })
    };
    // A whole tag, not a word of one: `tags: [topic-modeling]` files a
    // paper on topic models.
    let elsewhere = |value: &str| {
        value
            .split([',', '[', ']'])
            .map(|item| item.trim().trim_matches(['"', '\'', '#']).to_lowercase())
            .any(|item| {
                ["concept", "concepts", "moc", "glossary", "topic", "topics"]
                    .contains(&item.as_str())
            })
    };
    filed(elsewhere) && !filed(names_paper_notes)
}

/// A table's delimiter row: `| --- | :---: |`, `---|---`.
fn is_table_delimiter(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line.contains('|')
        && line
            .chars()
            .all(|ch| matches!(ch, '|' | '-' | ':' | ' ' | '\t'))
}

/// A field's value and its continuation when a hard-wrapped note carries
/// it onto the next line (`- Title: MobileNets: Efficient Convolutional
/// Neural Networks for Mobile Vision` over `Applications`): a short line of
/// words opening with a capital, no bullet, field, author list or sentence
/// of its own.
fn wrapped_value(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    index: usize,
    value: TextRange,
) -> TextRange {
    let Some(next) = lines.get(index + 1) else {
        return value;
    };
    let line = next.range().trimmed(text);
    let words = line.slice(text);
    // Or the rest of a long title in lower case, the paragraph ending with
    // it (`Using an EfficientNet-LSTM for the recognition of single Cow’s
    // motion` over `behaviours in a complicated environment`).
    let rest_of_a_long_title = || {
        words.starts_with(|ch: char| ch.is_lowercase())
            && value.slice(text).split_whitespace().count() >= 6
            && lines
                .get(index + 2)
                .is_none_or(|_| !matches!(kinds[index + 2], LineKind::Text))
    };
    let continues = matches!(kinds[index + 1], LineKind::Text)
        && !value.slice(text).ends_with(['.', ')', ']', '*', '`', '|'])
        && (words.starts_with(|ch: char| ch.is_ascii_uppercase()) || rest_of_a_long_title())
        && words.split_whitespace().count() <= 8
        && bullet_len(words) == 0
        // `John Smith, Jane Doe` under the field names the authors.
        && !words.contains([':', '：', '|', '[', '(', ','])
        && !looks_like_author_list(words)
        && !words.ends_with(['.', '!', '?']);
    if continues {
        TextRange::new(value.start, line.end)
    } else {
        value
    }
}

/// Whether a line ends as a Korean sentence does, politely or with a full
/// stop (`…작성해주세요.`, `…제안한다.`, `…입니다`): prose, no title.
fn ends_a_korean_sentence(line: &str) -> bool {
    let line = line.trim_end();
    ["요.", "다.", "세요", "니다", "십시오"]
        .iter()
        .any(|ending| line.ends_with(ending))
}

/// The title under a heading named for it, wrapped over the lines of its
/// paragraph (`# Title` over `The Effect of Ignoring Statistical
/// Interactions in Regression` over `Analyses Conducted in …` over
/// `Model`), up to five lines, short of a sentence's end, a list item, a
/// link or the authors; else as [`wrapped_value`] reads one line on.
fn title_paragraph(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    index: usize,
    value: TextRange,
) -> TextRange {
    let mut end = value.end;
    for next in index + 1..(index + 5).min(lines.len()) {
        let line = lines[next].range().trimmed(text);
        let words = line.slice(text);
        if !matches!(kinds[next], LineKind::Text)
            || text[..end].ends_with(['.', '。'])
            // (A line broken on purpose ends it: `Attention Is All You
            // Need<br>` over `[Submitted on 12 Jun 2017 …]`.)
            || before_line_break(&text[..end]).is_some()
            || bullet_len(words) > 0
            || words.contains("://")
            || looks_like_author_list(words)
            // (A Latin title goes on in no other script: a translation
            // under it, `Exemplar Fine-Tuning for …` over `3D人体モデル…`.)
            || (words.chars().any(crate::title::is_cjk_or_hangul)
                && !text[value.start..end]
                    .chars()
                    .any(crate::title::is_cjk_or_hangul))
        {
            break;
        }
        end = line.end;
    }
    if end == value.end {
        wrapped_value(text, lines, kinds, index, value)
    } else {
        TextRange::new(value.start, end)
    }
}

/// Whether a heading only says what the note is, on a subject: `Quantum
/// Paper Teardown`, `NLP Paper Review`, `Weekly Paper Notes` (at most four
/// words, the last two `paper` and a word for a note).
fn names_a_paper_note(heading: &str) -> bool {
    let words: Vec<String> = heading
        .split_whitespace()
        .map(|word| word.to_lowercase())
        .collect();
    (2..=4).contains(&words.len())
        && words[words.len() - 2] == "paper"
        && [
            "teardown",
            "review",
            "reviews",
            "summary",
            "notes",
            "note",
            "reading",
            "report",
            "digest",
            "breakdown",
        ]
        .contains(&words[words.len() - 1].as_str())
}

/// The one title a note gives anywhere: a field named for the title alone
/// (`* Title : DreamBooth: …`, `논문 제목: …`; not `Paper:`, which often
/// links) or a BibTeX entry's `title={…}`, also in a code block. None when
/// two different titles are given (notes on several papers).
/// Also says whether the title is a BibTeX entry's.
fn title_further_down(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
) -> Option<(Title, usize, bool)> {
    const NAMES: &[&str] = &[
        "Title",
        "Paper Title",
        "Paper Name",
        "제목",
        "논문 제목",
        "논문명",
        "题目",
        "标题",
        "论文题目",
        "论文标题",
    ];
    let mut found: Option<(Title, usize, bool)> = None;
    for (index, line) in lines.iter().enumerate() {
        let field = match kinds[index] {
            LineKind::Text => {
                field_value(text, *line, NAMES).and_then(|value| title_from_value(text, value))
            }
            _ => None,
        };
        let (title, from_bibtex) = match field {
            Some(title) => (title, false),
            // In a code block too: ```` ```bibtex ````.
            None if kinds[index] != LineKind::Blank => match bibtex_title(text, *line) {
                Some(title) => (title, true),
                None => continue,
            },
            None => continue,
        };
        if is_generic_title(&title.text) || title.text.split_whitespace().count() < 2 {
            continue;
        }
        match &found {
            Some((first, ..)) if first.key != title.key => return None,
            Some(_) => {}
            None => found = Some((title, index, from_bibtex)),
        }
    }
    found
}

/// The paper's own reference near a note's top, a line of its own in
/// APA's style (`He, X., Liao, L., … & Chua, T. S. (2017, April). Neural
/// collaborative filtering. In _Proceedings of …_`): its title, with the
/// reference's year, and its line, within the note's first twelve lines
/// and before a label over others' works ([`REFERENCE_LABELS`]:
/// `Referencias:`). None when two lines there are references: the note
/// cites more than its paper.
fn cited_reference_title(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
    to: usize,
) -> Option<(Title, usize)> {
    let mut found = None;
    for index in from..to.min(from + 12).min(lines.len()) {
        let content = lines[index].text(text);
        let label = content.trim_matches(|ch: char| {
            matches!(ch, '#' | '*' | '_' | ':' | '：') || ch.is_whitespace()
        });
        if REFERENCE_LABELS
            .iter()
            .any(|references| label.eq_ignore_ascii_case(references))
        {
            break;
        }
        // (Only a line with a year's parenthesis closed can hold one.)
        if kinds[index] != LineKind::Text || !content.contains("). ") {
            continue;
        }
        let reference = content.trim_start_matches(['>', '-', '*', ' ']);
        let offset = lines[index].start + (content.len() - reference.len());
        let Some((start, end, year)) = crate::title::apa_reference_title(reference) else {
            continue;
        };
        let Some(title) = title_from_value(text, TextRange::new(offset + start, offset + end))
        else {
            continue;
        };
        if found.is_some() {
            return None;
        }
        found = Some((
            Title {
                year: title.year.or(Some(year)),
                ..title
            },
            index,
        ));
    }
    found
}

/// The whole title a note gives below its short name, within its first
/// thirty lines: the name followed by a colon and a title in capitals
/// (`SmoothQuant: Accurate and Efficient Post-Training Quantization for
/// Large Language Models`), in a sentence's quotation marks, which may
/// close on the next line (`The paper named "C2CServe: Leveraging
/// NVLink-C2C for Elastic` over `Serverless LLM Serving on MIG"`), or in a
/// table's cell (`| **Paper** | *Sentence-BERT: Sentence Embeddings using
/// Siamese BERT-Networks* |`). With `in_link_text`, in a link's text too,
/// in the paper's own case (`[FineWeb: decanting the web for the finest
/// text data at scale](…)` under a headline in the reader's language; a
/// short name's note keeps the name its truth table gives, `pixelNeRF`
/// over `[PixelNeRF: …](…)`). Not in a heading, which may be a section's
/// (`## BERT: Model Architecture`). Also says on which line.
fn whole_title_below(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
    name: &str,
    in_link_text: bool,
) -> Option<(Title, usize)> {
    let name_key = TitleKey::new(name);
    // In any case: `fixmatch.md` for `FixMatch: …`.
    let lower_name = name.to_ascii_lowercase();
    (from..lines.len().min(from + 30))
        // (Only a line with a colon can hold it: no copy of the others.)
        .filter(|&index| {
            matches!(kinds[index], LineKind::Text | LineKind::Skip)
                && lines[index].text(text).contains([':', '：'])
        })
        .find_map(|index| {
            // Or a BibTeX entry's, fenced: `title={MASt3R-SLAM: Real-Time
            // Dense SLAM with 3D Reconstruction Priors},`.
            if kinds[index] == LineKind::Skip {
                let whole = bibtex_title(text, lines[index])?;
                let (head, _) = whole.text.split_once([':', '：'])?;
                return same_name(head, &name_key).then_some((whole, index));
            }
            let line = lines[index].range();
            let content = line.slice(text);
            let start = content
                .to_ascii_lowercase()
                .match_indices(&lower_name)
                .map(|(at, _)| at)
                .find(|&at| {
                    // (Not a repository's name, `[GitHub - darrenjkt/SEE-VCN:
                    // Viewer-Centred …](…)`: its description is the code's.)
                    !content[..at].ends_with(|ch: char| ch.is_alphanumeric() || ch == '/')
                        && content[at + name.len()..]
                            .trim_start_matches(' ')
                            .starts_with([':', '：'])
                })?;
            // Closed by the mark that opens it, else at the line's end or
            // its table cell's.
            let opener = content[..start].chars().next_back();
            let closer = match opener {
                Some('"') => Some('"'),
                Some('“') => Some('”'),
                Some('*') => Some('*'),
                Some('_') => Some('_'),
                Some('`') => Some('`'),
                // (Or a link that is the whole line, `[LIMA: Less Is More
                // for Alignment](https://arxiv.org/…)` under `title: LIMA
                // 阅读笔记`; not one in a sentence, which may cite another:
                // `… 하나인 [LXMERT: …](…)를 리뷰하려고 한다` leaves `LXMERT`.)
                Some('[') if in_link_text || content[..start].trim_start() == "[" => Some(']'),
                Some('[') => return None,
                _ => None,
            };
            let rest = &content[start..];
            let mut end = match closer.and_then(|closer| rest.find(closer)) {
                Some(at) => line.start + start + at,
                None => line.start + start + rest.find('|').unwrap_or(rest.len()),
            };
            if matches!(closer, Some('"' | '”')) && !rest.contains(closer?) {
                let next = lines
                    .get(index + 1)
                    .filter(|_| kinds[index + 1] == LineKind::Text)?;
                end = next.range().start + next.text(text).find(closer?)?;
            }
            let whole = title_from_value(text, TextRange::new(line.start + start, end))?;
            let (head, tail) = whole.text.split_once([':', '：'])?;
            // (A link's text may keep the paper's own lower case: `[FineWeb:
            // decanting the web for the finest text data at scale](…)`.)
            let linked = closer == Some(']')
                && tail.split_whitespace().count() >= 3
                && cjk_and_letters(tail).0 == 0;
            (same_name(head, &name_key) && (names_in_capitals(tail.trim()) || linked))
                .then_some((whole, index))
        })
}

/// `title={Dynamic Virtual Graph …},` or `title = "…",` in a BibTeX entry.
fn bibtex_title(text: &str, line: Line) -> Option<Title> {
    let content = line.text(text);
    let trimmed = content.trim_start();
    let rest = trimmed
        .strip_prefix("title")
        .or_else(|| trimmed.strip_prefix("Title"))
        .or_else(|| trimmed.strip_prefix("TITLE"))?
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let (open, close) = match rest.chars().next()? {
        '{' => ('{', '}'),
        '"' => ('"', '"'),
        _ => return None,
    };
    let inner = &rest[1..];
    // The value's end: its closing brace at depth 0, or the closing quote.
    let mut value = &inner[..closing(inner, open, close)?];
    let mut start = line.start + (content.len() - rest.len()) + 1;
    // `title = {{Universal Adversarial Perturbations}}`: the range is the
    // words, inside the braces that keep their case.
    while let Some(inside) = value
        .strip_prefix('{')
        .and_then(|rest| rest.strip_suffix('}'))
        .filter(|inside| !inside.contains(['{', '}']))
    {
        value = inside;
        start += 1;
    }
    let title = Title::from_raw(&value.replace(['{', '}'], ""), start)?;
    Some(Title {
        range: TextRange::new(start, start + value.len()),
        ..title
    })
}

/// `Label: value`, `**Label**: value`, `**Label:** value`, `- **Label**:
/// value`, `| Label | value |`: the value's range when the line's label is
/// one of `names`.
fn field_value(text: &str, line: Line, names: &[&str]) -> Option<TextRange> {
    let content = line.text(text);
    // In a quote: `> 논문: **Detecting Various DeFi Price Manipulations …**`.
    let quoted = content.trim_start().strip_prefix('>').map(str::trim_start);
    let indent = match quoted {
        Some(rest) => content.len() - rest.len(),
        None => content.len() - content.trim_start().len(),
    };
    let after_bullet = indent + bullet_len(&content[indent..]);
    // An emoji before the label: `📝 **Paper:** …`, `🔗 Link: …`.
    let rest = &content[after_bullet..];
    let after_bullet = after_bullet + rest.len()
        - rest
            .trim_start_matches(|ch: char| is_symbol(ch) || ch.is_whitespace())
            .len();
    // A task's box before the label: `- [x]  论文：Progressive Growing of
    // GANs …`.
    let rest = &content[after_bullet..];
    let after_bullet = after_bullet
        + ["[ ]", "[x]", "[X]"]
            .iter()
            .find_map(|checkbox| rest.strip_prefix(checkbox))
            .filter(|after| after.starts_with([' ', '\t']))
            .map_or(0, |after| rest.len() - after.trim_start().len());
    // A field set in brackets, `[原文:NATURAL TTS SYNTHESIS BY …]` (not a
    // link): the words inside.
    let bracketed = content[after_bullet..].starts_with('[')
        && content.trim_end().ends_with(']')
        && !content.contains("](");
    let after_bullet = after_bullet + usize::from(bracketed);
    let rest = &content[after_bullet..];
    let html_bold = [("<b>", "</b>"), ("<strong>", "</strong>")]
        .into_iter()
        .find(|(open, _)| rest.starts_with(open));
    let (label, value_offset) =
        // In HTML's bold: `<b>Title : </b> <u>Generative Adversarial
        // Nets</u>`.
        if let Some((open, shut)) = html_bold {
            let inner = &rest[open.len()..];
            let close = inner.find(shut)?;
            let label = &inner[..close];
            let after = &inner[close + shut.len()..];
            let consumed = after_bullet + open.len() + close + shut.len();
            match label.trim_end().strip_suffix([':', '：']) {
                Some(label) => (label, consumed),
                None => {
                    let colon = after.trim_start().strip_prefix([':', '：'])?;
                    (label, consumed + after.len() - colon.len())
                }
            }
        } else
        // (Or in italics, as a Zotero template writes its fields: `*title:*
        // SGDR: Stochastic Gradient Descent with Warm Restarts`.)
        if let Some(marker) = ["**", "__", "*", "_"]
            .into_iter()
            .find(|marker| rest.starts_with(marker))
        {
            let width = marker.len();
            let inner = &rest[width..];
            let close = if width == 2 {
                inner.find("**").or_else(|| inner.find("__"))?
            } else {
                inner.find(marker)?
            };
            let label = &inner[..close];
            let after = &inner[close + width..];
            // The whole field in bold: `**论文名称：Deep Graph Infomax**`.
            if let Some((name, value)) = label.split_once([':', '：'])
                && names_one_of(name.trim(), names)
                && !value.trim().is_empty()
                && after.chars().all(|ch| ch.is_whitespace() || is_symbol(ch))
            {
                let start = line.start + after_bullet + width + (label.len() - value.len());
                return Some(TextRange::new(start, start + value.len()).trimmed(text));
            }
            if let Some(label) = label.trim_end().strip_suffix([':', '：']) {
                (label, after_bullet + width + close + width)
            } else {
                let trimmed = after.trim_start();
                let colon = trimmed.strip_prefix([':', '：'])?;
                (
                    label,
                    after_bullet + width + close + width + (after.len() - colon.len()),
                )
            }
        } else if let Some(inner) = rest.strip_prefix('|') {
            // A table's header row (`| Title | Venue |` over `| --- | --- |`)
            // names columns; only a body row is a field.
            if is_table_delimiter(text[line.next..].lines().next().unwrap_or("")) {
                return None;
            }
            let (label, _) = inner.split_once('|')?;
            (label, after_bullet + 1 + label.len() + 1)
        } else {
            let colon = rest.find([':', '：'])?;
            // A Logseq property, `title:: Looped Transformers`.
            let width = if rest[colon..].starts_with("::") {
                2
            } else {
                rest[colon..].chars().next()?.len_utf8()
            };
            (&rest[..colon], after_bullet + colon + width)
        };
    let label = label.trim();
    // `## Paper 3: Insensitivity to Future Consequences …`: the paper as a
    // course numbers it.
    if !(names_one_of(label, names) || names_one_of("paper", names) && numbers_a_paper(label)) {
        return None;
    }
    let value = &content[value_offset.min(content.len())..];
    let leading = value.len() - value.trim_start().len();
    let mut trimmed = value.trim().trim_end_matches('|').trim_end();
    if bracketed {
        trimmed = trimmed.strip_suffix(']').unwrap_or(trimmed).trim_end();
    }
    // A kramdown attribute list after the value, as Jekyll notes open their
    // links in a new tab: `Title: [**…**](https://…){:target="_blank"}`.
    if let Some(open) = trimmed.rfind("{:")
        && trimmed.ends_with('}')
        && !trimmed[open + 2..].contains('{')
    {
        trimmed = trimmed[..open].trim_end();
    }
    let mut start = line.start + value_offset + leading;
    // A value in an HTML tag that styles it, before a link to the paper:
    // `<u>Generative Adversarial Nets</u> [[Paper]](…)`: its words.
    if trimmed.starts_with('<')
        && let Some((inner, skipped)) = ["u", "i", "em", "b", "strong", "ins", "mark"]
            .iter()
            .find_map(|tag| {
                let rest = trimmed.strip_prefix(&format!("<{tag}>"))?;
                let close = rest.find(&format!("</{tag}>"))?;
                Some((&rest[..close], tag.len() + 2))
            })
    {
        start += skipped;
        trimmed = inner.trim_end();
    }
    let range = TextRange::new(start, start + trimmed.len());
    (!trimmed.is_empty()).then_some(range)
}

/// Whether a label, or a line's words before its colon, number a paper as
/// a course does: `Paper 3`, `Paper 35: Global AI Adoption Trends …`, or
/// as a reading club's week numbers its topics (`### 주제 1 : Self-RAG: …`,
/// the paper presented).
fn numbers_a_paper(label: &str) -> bool {
    let label = label
        .split_once([':', '：'])
        .map_or(label, |(label, _)| label);
    label.trim().rsplit_once(' ').is_some_and(|(word, number)| {
        (word.eq_ignore_ascii_case("paper") || word == "주제")
            && (1..=3).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
    })
}

/// A field in an HTML table, its value the line's last cell and its label
/// the cell before it, on the line or alone on the line above (`<th>원제</th>`
/// over `<td>NATURAL TTS SYNTHESIS BY …</td>`): the value's words, when the
/// label is one of `names`.
fn html_cell_field(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    index: usize,
    names: &[&str],
) -> Option<TextRange> {
    // The cells' words on a line, as ranges in it.
    fn cells(content: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let mut at = 0;
        while let Some(open) = content[at..].find("<t").map(|open| at + open) {
            let rest = &content[open + 2..];
            let Some(tag @ ('d' | 'h')) = rest.chars().next() else {
                at = open + 2;
                continue;
            };
            let Some(start) = rest.find('>').map(|end| open + 2 + end + 1) else {
                break;
            };
            let close = if tag == 'd' { "</td>" } else { "</th>" };
            let Some(end) = content[start..].find(close).map(|end| start + end) else {
                break;
            };
            found.push((start, end));
            at = end + close.len();
        }
        found
    }
    let content = lines[index].text(text);
    if !content.contains("<t") {
        return None;
    }
    let here = cells(content);
    let &(start, end) = here.last()?;
    let label = match here.len() {
        1 => {
            let above = (0..index)
                .rev()
                .find(|&i| !matches!(kinds[i], LineKind::Blank))?;
            let above_content = lines[above].text(text);
            match cells(above_content).as_slice() {
                [(from, to)] if above_content.trim().len() <= to - from + 9 => {
                    &above_content[*from..*to]
                }
                _ => return None,
            }
        }
        count => {
            let (from, to) = here[count - 2];
            &content[from..to]
        }
    };
    let at = lines[index].start;
    (names_one_of(label.trim(), names) && !content[start..end].trim().is_empty())
        .then(|| TextRange::new(at + start, at + end).trimmed(text))
}

/// Where a title field's value starts in a line being typed (`* **Title**:
/// Swi`, `제목: `): after the colon, the closing `**` and the spaces.
pub(crate) fn title_field_start(line: &str) -> Option<usize> {
    let rest = line.trim_start();
    let rest = &rest[bullet_len(rest)..];
    let label_start = line.len() - rest.len();
    let colon = rest.find([':', '：'])?;
    let label = rest[..colon].trim_matches(['*', '_', ' ']);
    if !names_one_of(label, TITLE_FIELDS) {
        return None;
    }
    let after = &rest[colon + rest[colon..].chars().next()?.len_utf8()..];
    let after = after.trim_start_matches(['*', '_']).trim_start();
    Some(label_start + (rest.len() - after.len()))
}

/// The title in a metadata table of one row, whose header names a title
/// column (`| Title | Authors | In One Sentence | … |` over `| Mastering
/// Atari, Go, Chess and Shogi … | … |`): the row's cell in that column.
/// Or in a table of fields whose header row is the title's.
fn table_title(text: &str, lines: &[Line], kinds: &[LineKind], index: usize) -> Option<Title> {
    let cells = |line: Line| {
        let content = line.text(text).trim();
        let inner = content.strip_prefix('|')?;
        let inner = inner.strip_suffix('|').unwrap_or(inner);
        let start = line.start + (line.text(text).len() - line.text(text).trim_start().len()) + 1;
        let mut at = start;
        Some(
            inner
                .split('|')
                .map(|cell| {
                    let range = TextRange::new(at, at + cell.len()).trimmed(text);
                    at += cell.len() + 1;
                    range
                })
                .collect::<Vec<_>>(),
        )
    };
    let header = cells(lines[index])?;
    // Or a table of fields, one to a row, the title's first
    // (`| Title | Exploring Exploration: Comparing Children with RL Agents
    // … |` over its delimiter and `| Authors | … |`).
    if let [label, value] = header.as_slice()
        && field_label(label.slice(text)).is_some_and(|label| names_one_of(label, TITLE_FIELDS))
        && lines
            .get(index + 1)
            .is_some_and(|line| is_table_delimiter(line.text(text)))
    {
        return title_from_value(text, *value)
            .filter(|title| title.text.split_whitespace().count() >= 2);
    }
    let column = header
        .iter()
        .position(|cell| names_one_of(cell.slice(text), TITLE_FIELDS))?;
    // (Not an index of reviews kept elsewhere, one row yet: `| 발행일 | 제목
    // | 리뷰 | 구현 |`, its review a link away.)
    if header.iter().any(|cell| {
        ["review", "reviews", "리뷰", "note", "notes", "笔记"]
            .iter()
            .any(|name| cell.slice(text).trim().eq_ignore_ascii_case(name))
    }) {
        return None;
    }
    let is_row = |at: usize| {
        lines.get(at).is_some_and(|line| {
            matches!(kinds[at], LineKind::Text) && line.text(text).trim_start().starts_with('|')
        })
    };
    if !is_row(index + 1)
        || !is_table_delimiter(lines[index + 1].text(text))
        || !is_row(index + 2)
        || is_row(index + 3)
    {
        return None;
    }
    let cell = *cells(lines[index + 2])?.get(column)?;
    let title = title_from_value(text, cell)?;
    (title.text.split_whitespace().count() >= 2).then_some(title)
}

/// Whether a label names a field of the paper's or the note's metadata
/// (`Authors`, `Venue`, `Title`, `Reviewer` …) rather than a part.
pub(crate) fn is_metadata_label(label: &str) -> bool {
    [PAPER_FIELDS, TITLE_FIELDS, REVIEWER_FIELDS]
        .iter()
        .any(|names| names_one_of(label, names))
}

/// `Label: value` or `- **Label**: value` with a label of at most three
/// words: a metadata line — when the label is a known field (`Authors`,
/// `Venue`, `Title` …) or the value is short. `- Encoder self attention:
/// Q = K = V = X, the output of the previous layer` explains; it is prose.
fn is_field_line(content: &str) -> bool {
    let rest = content.trim_start_matches(['-', '*', '+', ' ', '•']);
    let rest = rest.trim_start_matches('*');
    rest.split_once([':', '：']).is_some_and(|(label, value)| {
        let label = label.trim_matches(['*', ' ']);
        !label.is_empty()
            && label.split_whitespace().count() <= 3
            && !label.contains("http")
            && (UnicodeWidthStr::width(value.trim_start_matches(['*', ' '])) <= 40
                || is_metadata_label(label))
    })
}

/// The length of a link of one or two short words opening `text` (`[PDF](…)`,
/// `[\[arxiv\]](…)`, brackets escaped in its text), with the space after it.
fn leading_short_link(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('[')?;
    let mut escaped = false;
    let close = inner.char_indices().find_map(|(at, ch)| {
        let found = ch == ']' && !escaped;
        escaped = ch == '\\' && !escaped;
        found.then_some(at)
    })?;
    let words: String = inner[..close]
        .chars()
        .filter(|ch| !matches!(ch, '\\' | '[' | ']'))
        .collect();
    let url = inner[close + 1..].strip_prefix('(')?;
    let end = url.find(')')?;
    (!url[..end].contains(char::is_whitespace)
        && !words.trim().is_empty()
        && words.split_whitespace().count() <= 2
        && words.chars().count() <= 16)
        .then(|| {
            let after = 1 + close + 2 + end + 1;
            after + (text[after..].len() - text[after..].trim_start().len())
        })
}

/// An italic span opening `text` (`*Training language models …*`, `_…_`):
/// the length of its words, and what follows its closing mark.
fn opening_italic(text: &str) -> Option<(usize, &str)> {
    let mark = text.chars().next().filter(|ch| matches!(ch, '*' | '_'))?;
    let len = text[1..].find(mark).filter(|&len| len > 0)?;
    Some((len, &text[len + 2..]))
}

/// `[Text](url)` → the range of `Text`; anything else unchanged.
fn strip_link(text: &str, range: TextRange) -> TextRange {
    let value = range.slice(text);
    if let Some(inner) = value.strip_prefix('[')
        && let Some(close) = inner.find("](")
        && value.ends_with(')')
    {
        return TextRange::new(range.start + 1, range.start + 1 + close);
    }
    range
}

/// The title quoted right after the word for a paper in a note's first
/// sentence (`The article "…" discusses`, `In the paper “…”, the authors`,
/// `이 논문 "…"은`): three words at least, before the sentence's first stop.
fn title_in_first_sentence(text: &str, line: Line) -> Option<Title> {
    let content = line.text(text);
    if let Some(title) = title_read_in_korean(content) {
        return title_from_value(text, TextRange::of(text, title));
    }
    // (Or in backticks: `This is a review of the paper titled \`Large-scale
    // Video Classification with …\`.`)
    let (open, start, length, after) = match first_quotation(content) {
        Some(quotation) => quotation,
        None => {
            let open = content.find('`')?;
            let length = content[open + 1..].find('`')?;
            (open, open + 1, length, &content[open + 2 + length..])
        }
    };
    let before = content[..open].trim_end().to_lowercase();
    let papers = ["paper", "article", "work", "study", "논문", "论文"];
    // Or the line opens with it, who wrote it after (`"A Simple Framework
    // for Contrastive Learning …" by Ting Chen et al. :`).
    let by_authors = before.is_empty()
        && after.strip_prefix(" by ").is_some_and(|names| {
            let names = names.trim_end_matches([':', ' ']);
            crate::title::names_et_al(names) || looks_like_author_list(names)
        });
    let announced = by_authors
        || (papers.iter().any(|word| before.ends_with(word))
            && before.split_whitespace().count() <= 4
            || ["titled", "entitled"]
                .iter()
                .any(|word| before.ends_with(word))
                && papers.iter().any(|word| holds_term(&before, word))
                && before.split_whitespace().count() <= 9)
            && !before.contains(['.', '。', '!', '?']);
    let inner = content[start..start + length].trim();
    if !announced
        || inner.split_whitespace().count() < 3
        || !inner.starts_with(|ch: char| ch.is_alphanumeric())
    {
        return None;
    }
    let range = TextRange::new(line.start + start, line.start + start + length).trimmed(text);
    title_from_value(text, range)
}

/// The title a Korean post says it read, in the sentence that opens it:
/// `본 글은 2017년 발표된 Neural Collaborative Filtering을 읽고 요약 및 정리한
/// 글입니다`, `이번 포스팅에서는 Attention Is All You Need 논문을 리뷰합니다`.
/// The title is the run of words in Latin letters before the object's
/// particle, two words or more.
fn title_read_in_korean(content: &str) -> Option<&str> {
    const OPENINGS: &[&str] = &[
        "본 글",
        "이 글",
        "이번 글",
        "본 포스트",
        "이 포스트",
        "이번 포스트",
        "본 포스팅",
        "이 포스팅",
        "이번 포스팅",
    ];
    const VERBS: &[&str] = &["읽", "리뷰", "정리", "요약"];
    let sentence = content.trim_start_matches(['>', ' ', '\t']);
    if !OPENINGS.iter().any(|opening| sentence.starts_with(opening)) {
        return None;
    }
    let (at, _) = sentence
        .match_indices(['을', '를'])
        .find(|&(at, particle)| {
            let verb = sentence[at + particle.len()..].trim_start();
            VERBS.iter().any(|word| verb.starts_with(word))
        })?;
    let object = sentence[..at].trim_end();
    let object = object.strip_suffix("논문").unwrap_or(object).trim_end();
    let start = object
        .char_indices()
        .rev()
        // (Back to a word in another script, or an opening bracket.)
        .take_while(|&(_, ch)| (ch.is_ascii() || !ch.is_alphabetic()) && !"(「《".contains(ch))
        .last()
        .map_or(object.len(), |(at, _)| at);
    let title = object[start..].trim_matches(|ch: char| !ch.is_alphanumeric());
    (title.split_whitespace().count() >= 2 && title.starts_with(|ch: char| ch.is_ascii_uppercase()))
        .then_some(title)
}

/// The first quotation in a text, in straight or curly quotes: where its
/// opening quote is, where its words start, their length, and the text
/// after its closing quote.
fn first_quotation(value: &str) -> Option<(usize, usize, usize, &str)> {
    let (open, quote) = value.match_indices(['"', '“']).next()?;
    let close = if quote == "“" { '”' } else { '"' };
    let start = open + quote.len();
    let length = value[start..].find(close)?;
    Some((
        open,
        start,
        length,
        &value[start + length + close.len_utf8()..],
    ))
}

/// The title quoted in a headline, in Latin letters and three words or
/// more, when what follows the quotes says the writer reads it: `を読む`,
/// `を読んだ`, `を読んでいる` (Japanese), `를 읽고`, `을 읽었다` (Korean).
fn quoted_then_read(headline: &str) -> Option<&str> {
    if !headline.contains(['読', '읽']) {
        return None;
    }
    let (_, start, length, after) = first_quotation(headline)?;
    let inner = headline[start..start + length].trim();
    let after = after.trim_start();
    let read = after
        .strip_prefix('を')
        .is_some_and(|verb| verb.starts_with('読'))
        || ["를 ", "을 ", "를", "을"]
            .iter()
            .find_map(|particle| after.strip_prefix(particle))
            .is_some_and(|verb| verb.trim_start().starts_with('읽'));
    (read
        && inner.split_whitespace().count() >= 3
        && inner.chars().all(|ch| ch.is_ascii() || ch == '’'))
    .then_some(inner)
}

/// The title in quotes of a citation written out in the MLA or Chicago
/// style, `Hinton, Geoffrey E., and Ruslan R. Salakhutdinov. "Reducing the
/// dimensionality of data with neural networks." Science 313.5786 (2006)`:
/// authors before it, the venue after it; or of a quoted title dated,
/// `"LONG SHORT-TERM MEMORY" - 1997`, or alone. The range is within
/// `value`.
fn quoted_citation_title(value: &str) -> Option<TextRange> {
    let (open, start, length, after) = first_quotation(value)?;
    let quote = &value[open..start];
    let authors = value[..open].trim();
    let venue = after.trim();
    // `"More Features from Cheap Operations"`: a value in quotes alone, or
    // before what the note is (`"Subliminal Learning: …" - Summary`) or who
    // wrote it (`"FineWeb Datasets: …" by Guilherme Penedo et al.`). A
    // sentence's stop after it is no venue (`### Título: "Matrix
    // Factorization Techniques for Recommender Systems".`).
    if authors.is_empty()
        && (venue.trim_matches(['.', ',', ';']).is_empty()
            || crate::title::says_review(venue)
            || short_note_word_after(venue, true)
            || venue.starts_with("by "))
    {
        let inner = &value[start..start + length];
        return (!inner.contains(quote) && !inner.trim().is_empty())
            .then(|| TextRange::new(start, start + length));
    }
    let title = value[start..start + length].trim_end_matches([',', '.', ' ']);
    // Or who wrote it, by their whole names, and a comma: `Kunihiko
    // Fukushima, "Neocognitron: A Self-organizing …"`, `Yann LeCun, Leon
    // Bottou, …, "Gradient-Based Learning …"`.
    let named = authors.strip_suffix(',').is_some_and(|names| {
        let words: Vec<&str> = names.split_whitespace().collect();
        looks_like_author_list(names)
            || (2..=3).contains(&words.len()) && words.iter().all(|word| is_surname(word))
    });
    // (Or an IEEE reference, the title's comma inside its quotes: `A.
    // Jungo and M. Reyes, “Assessing Reliability …,” in MICCAI 2019, …`.)
    let ieee = authors.ends_with(',')
        && value[start..start + length].trim_end().ends_with(',')
        && !venue.is_empty();
    if (named || ieee) && title.split_whitespace().count() >= 2 {
        return Some(TextRange::new(start, start + title.len()));
    }
    // Or a quoted title and its year alone: `"LONG SHORT-TERM MEMORY" -
    // 1997`.
    let dated = authors.is_empty()
        && crate::title::venue_and_year(
            venue
                .trim_start_matches(['-', '–', '—', ',', ' '])
                .trim_start_matches('(')
                .trim_end_matches(')'),
        )
        .is_some_and(|(_, year)| year.is_some());
    ((dated || (authors.contains(',') && authors.ends_with('.') && authors.chars().count() <= 200))
        && !venue.is_empty()
        && title.split_whitespace().count() >= 2)
        .then(|| TextRange::new(start, start + title.len()))
}

fn title_from_value(text: &str, range: TextRange) -> Option<Title> {
    // Another field run into the value, its line break lost: `- **Title**:
    // ReelFramer: … Translation- **Authors**: `.
    let range = glued_field(range.slice(text))
        .map_or(range, |end| TextRange::new(range.start, range.start + end));
    // `paper: from nvidia, CVPR2020`: where the paper comes from, no title.
    // Nor the file it is kept in: `| 원문 | \`papers/01_AI시대_….pdf\` (25쪽) |`.
    let value = range.slice(text).trim_start();
    let kept_file = value
        .strip_prefix('`')
        .and_then(|rest| rest.split_once('`'))
        .is_some_and(|(code, _)| code.contains('/') || code.ends_with(".pdf"));
    if value.starts_with("from ") || value.starts_with("by ") || kept_file {
        return None;
    }
    // Nor who wrote it, `论文：Ze 等，RSS 2024。`: the paper by its authors.
    cleaned_value(text, range)
        .map(|cleaned| cleaned.title)
        .filter(|title| !crate::title::names_et_al(&title.text))
}

/// Where a value ends when a bold field of the metadata's follows it on
/// its line (`… Translation- **Authors**: `, `… **Year:** 2024`): the end
/// of the words before it.
fn glued_field(value: &str) -> Option<usize> {
    value.match_indices("**").find_map(|(at, _)| {
        let after = &value[at + 2..];
        let close = after.find("**")?;
        let label = &after[..close];
        let colon_after = after[close + 2..].starts_with([':', '：']);
        let colon_inside = label.ends_with([':', '：']);
        let before = value[..at]
            .trim_end()
            .trim_end_matches(['-', '|', ',', ';'])
            .trim_end();
        ((colon_after || colon_inside)
            && !before.is_empty()
            && is_metadata_label(label.trim_end_matches([':', '：']).trim()))
        .then_some(before.len())
    })
}

/// [`title_from_value`], saying too whether decoration was cut from it
/// (`Summary - `, `[Paper Review]`, a venue's tag).
fn cleaned_value(text: &str, range: TextRange) -> Option<CleanedHeading> {
    // A hard line break at the end, `… \`, is no part of the value.
    let value = range.slice(text);
    let kept = value.strip_suffix('\\').map_or(value, str::trim_end);
    let range = TextRange::new(range.start, range.start + kept.len());
    let mut range = strip_link(text, range);
    // `{BBDM: …}, {CVPR 2023}`: BibTeX-style braces.
    let value = range.slice(text);
    if let Some(inner) = value.strip_prefix('{')
        && let Some(close) = inner.find('}')
    {
        range = TextRange::new(range.start + 1, range.start + 1 + close);
    }
    // `` `Spurring Impactful Research on …` (包含三篇 Special Issue
    // Articles) ``: the title in code, then an aside on it.
    let value = range.slice(text);
    if let Some(inner) = value.strip_prefix('`')
        && let Some(close) = inner.find('`')
        && let aside = inner[close + 1..].trim()
        && aside.starts_with(['(', '（'])
        && aside.ends_with([')', '）'])
    {
        range = TextRange::new(range.start + 1, range.start + 1 + close);
    }
    if let Some(quoted) = quoted_citation_title(range.slice(text)) {
        range = TextRange::new(range.start + quoted.start, range.start + quoted.end);
    }
    // `Ouyang et al., *Training language models to follow instructions …*
    // (InstructGPT, 2022)`: the authors cited short, then the title in
    // italics.
    // (Or in plain words, `T. Trouillon et al, Complex embeddings for simple
    // link prediction. ICML 2016`: the title up to its venue.)
    let value = range.slice(text);
    if let Some(at) = value.find(" et al").filter(|&at| at <= 60)
        && value[..at].split_whitespace().count() <= 4
        && let after = &value[at + " et al".len()..]
        && let rest = after.trim_start_matches(['.', ',', ' '])
        && rest.len() < after.len()
    {
        let start = range.start + at + " et al".len() + (after.len() - rest.len());
        match rest.chars().next() {
            Some('*' | '_') => {
                if let Some((len, after)) = opening_italic(rest) {
                    // (A journal's name over its volume is no title, and the
                    // reference gives none: `Bartel et al., *Science
                    // Advances* 5, eaav0693 (2019)`.)
                    if after
                        .trim_start()
                        .starts_with(|ch: char| ch.is_ascii_digit())
                    {
                        return None;
                    }
                    range = TextRange::new(start + 1, start + 1 + len);
                }
            }
            // (After `et al,` only: `Eurich DT et al. Risk of …. BMJ 2017`
            // is a reference, read whole further on; nor before where it
            // appeared, `Hoffmann et al, ACL 2011. Knowledge-Based …`.)
            Some(first)
                if first.is_alphabetic()
                    && after.trim_start_matches('.').starts_with(',')
                    && rest.split_whitespace().count() >= 3
                    && rest.split(". ").next().is_none_or(|sentence| {
                        crate::title::venue_and_year(sentence).is_none()
                    }) =>
            {
                range = TextRange::new(start, range.end);
            }
            _ => {}
        }
    }
    // `Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun, *Deep Residual
    // Learning for Image Recognition*, CVPR 2016`: the authors in full,
    // then the title in italics (not a journal's name over its volume).
    let value = range.slice(text);
    if let Some(open) = value.find('*').filter(|&at| at > 0 && at <= 300)
        && looks_like_author_list(value[..open].trim_end().trim_end_matches([',', '.']))
        && let Some((len, after)) = opening_italic(&value[open..])
        && !after
            .trim_start_matches([',', '.'])
            .trim_start()
            .starts_with(|ch: char| ch.is_ascii_digit())
    {
        range = TextRange::new(range.start + open + 1, range.start + open + 1 + len);
    }
    // `Batch Normalization: … 논문저자 : Sergey Ioffe, …`: the next field
    // on the same line is no part of it. (Only labels no title ends a
    // word before its colon with: not `Paper` or `Code`, which
    // PAPER_FIELDS also holds.)
    let value = range.slice(text);
    if let Some(cut) = value.match_indices([':', '：']).find_map(|(at, _)| {
        let before = value[..at].trim_end();
        let start = before.rfind(' ')? + 1;
        let label = &before[start..];
        (label.ends_with("저자")
            || names_one_of(
                label,
                &[
                    "Authors",
                    "Author",
                    "作者",
                    "Venue",
                    "학회",
                    "Conference",
                    "Year",
                    "Link",
                    "URL",
                ],
            ))
        .then_some(start)
    }) && value[..cut].split_whitespace().count() >= 3
    {
        range = TextRange::new(range.start, range.start + value[..cut].trim_end().len());
    }
    let value = range.slice(text);
    let lower = value.to_ascii_lowercase();
    // `arXiv:2607.21843v1 (23 July 2026)`, `doi:10.1145/…`: where the paper
    // is, not what it is called.
    if lower.starts_with("http://")
        || lower.starts_with("https://")
        || lower.starts_with("arxiv:")
        || lower.starts_with("doi:")
        || lower
            .strip_prefix("10.")
            .is_some_and(|rest| rest.starts_with(|ch: char| ch.is_ascii_digit()))
        || value.starts_with('<')
    {
        return None;
    }
    // A title in italics, then a remark in parentheses, not where it
    // appeared: `*dPRO: A Generic Performance Diagnosis …*（PDF 页眉/早期版本也写作
    // *A Generic Profiling …*）`.
    let value = range.slice(text);
    if let Some((len, after)) = opening_italic(value)
        && let Some(remark) = after
            .trim_start()
            .strip_prefix(['(', '（'])
            .and_then(|inner| inner.strip_suffix([')', '）']))
        && crate::title::venue_and_year(remark).is_none()
        && value[1..1 + len].split_whitespace().count() >= 2
    {
        range = TextRange::new(range.start + 1, range.start + 1 + len);
    }
    let mut cleaned = clean_heading_title(text, range)?;
    let title = &mut cleaned.title;
    // Emphasis left around the title once where it appeared is cut:
    // `*Attention Is All You Need* (NeurIPS 2017)`.
    if let Some(inner) = crate::text::unwrap_pair(&title.text, &["**", "__", "*", "_"])
        && !inner.is_empty()
        && let mark = &title.text[..(title.text.len() - inner.len()) / 2]
        && crate::text::unwrap_pair(title.range.slice(text), &[mark]).is_some()
    {
        let (inner, width) = (inner.to_owned(), mark.len());
        title.range = TextRange::new(title.range.start + width, title.range.end - width);
        title.key = TitleKey::new(&inner);
        title.text = inner;
    }
    // `원문: [\`paper_link.md\`](./paper_link.md) 참고`: a pointer to the
    // original, with a link left in it, names no paper.
    if title.text.contains("](") {
        return None;
    }
    // A value wrapped onto a second line reads as one line.
    if title.text.contains(['\n', '\r']) {
        title.text = title.text.split_whitespace().collect::<Vec<_>>().join(" ");
        title.key = TitleKey::new(&title.text);
    }
    Some(cleaned)
}

/// Whether a heading's tail names where its paper came from: one or more
/// organisations, split by commas (`Google AI, Google Brain`, `Meta AI`,
/// `한국컴퓨터정보학회`), each holding a word that says so.
pub(crate) fn names_affiliations(tail: &str) -> bool {
    const WORDS: &[&str] = &[
        "google",
        "deepmind",
        "meta",
        "facebook",
        "fair",
        "microsoft",
        "openai",
        "nvidia",
        "apple",
        "amazon",
        "baidu",
        "alibaba",
        "tencent",
        "naver",
        "kakao",
        "samsung",
        "university",
        "univ",
        "institute",
        "lab",
        "labs",
        "research",
        "brain",
        "mit",
        "stanford",
        "berkeley",
        "cmu",
        "kaist",
        "postech",
    ];
    const KOREAN: &[&str] = &["학회", "대학교", "연구소", "연구원"];
    // (Before any parenthesis: `R2D2 - Repeatable and Reliable Detector
    // and Descriptor (NAVER LABS Europe)` has the title's own words after
    // the dash, where the paper came from after them.)
    let names_an_organisation = |part: &str| {
        let part = part.split_once('(').map_or(part, |(before, _)| before);
        part.to_lowercase()
            .split(|ch: char| !ch.is_alphanumeric())
            .any(|word| WORDS.contains(&word))
            || KOREAN.iter().any(|word| part.contains(word))
    };
    // A Korean name written by syllables (`유 석 종`).
    let spelt_name = |part: &str| {
        let syllables: Vec<&str> = part.split(' ').collect();
        syllables.len() >= 2
            && syllables.iter().all(|syllable| {
                syllable.chars().count() == 1
                    && syllable.chars().all(crate::header::is_hangul_syllable)
            })
    };
    let parts: Vec<&str> = tail.split([',', '，']).map(str::trim).collect();
    // (`Paper Reading - Spanner: Google's Globally-Distributed Database`:
    // a colon opens a title's subtitle, never an organisation's name.)
    !tail.trim().is_empty()
        && !tail.contains([':', '：'])
        && parts
            .iter()
            .all(|part| !part.is_empty() && (names_an_organisation(part) || spelt_name(part)))
        // Not the title's own words after the dash: one of them at least
        // names an organisation.
        && parts.iter().any(|part| names_an_organisation(part))
}

struct CleanedHeading {
    title: Title,
    /// Tags, a review prefix or a language tag were taken off.
    decorated: bool,
}

/// A reference link opening `heading`, `[Title][1]` or `[Title][]`, whose
/// label the note defines on a line of its own (`[1]: https://…`), as
/// CommonMark reads it: the link's text and what follows the link.
fn reference_link<'t>(text: &str, heading: &'t str) -> Option<(&'t str, &'t str)> {
    let inner = heading.strip_prefix('[')?;
    let close = inner.find(']')?;
    let link_text = &inner[..close];
    if link_text.contains('[') || link_text.trim().is_empty() {
        return None;
    }
    let rest = inner[close + 1..].strip_prefix('[')?;
    let label_end = rest.find(']')?;
    let label = match rest[..label_end].trim() {
        "" => link_text.trim(),
        label => label,
    };
    if label.chars().count() > 40 {
        return None;
    }
    let defined = text.lines().any(|line| {
        let line = line.trim_start();
        line.strip_prefix('[')
            .and_then(|line| line.split_once("]:"))
            .is_some_and(|(name, _)| fold(name.trim()) == fold(label))
    });
    defined.then(|| (link_text, rest[label_end + 1..].trim()))
}

/// The lengths of TeX styling around a text set in math mode only to
/// colour or size it, `${\color{red}\textsf{Title}}$`, `$\large{\textbf{Title}}$`:
/// what comes before the text and what after (with a review word after
/// the math, `$\color{red}{BERT}$ 리뷰`). `None` when the text is no
/// such styling, or real mathematics (`$x^2$`, `$\alpha$-Net`).
fn tex_styling(text: &str) -> Option<(usize, usize)> {
    // Commands that style what follows them, and those that style their
    // argument.
    const STYLES: &[&str] = &[
        "large",
        "Large",
        "LARGE",
        "huge",
        "Huge",
        "small",
        "normalsize",
        "bf",
        "rm",
        "sf",
        "it",
        "displaystyle",
    ];
    const WRAPPERS: &[&str] = &[
        "textsf",
        "textbf",
        "textrm",
        "textit",
        "text",
        "mathbf",
        "mathrm",
        "mathsf",
        "mathit",
        "emph",
        "boldsymbol",
        "large",
        "Large",
        "LARGE",
        "huge",
        "Huge",
    ];
    // What the note is may follow: `$\color{red}{BERT}$ 리뷰`.
    let close = text.rfind('$').filter(|&close| close > 0)?;
    let tail = &text[close + 1..];
    if !tail.trim().is_empty() && !crate::title::says_review(tail) {
        return None;
    }
    let inner = text[..close].strip_prefix('$')?;
    let mut rest = inner.strip_prefix('$').unwrap_or(inner);
    let mut styled = false;
    loop {
        let trimmed = rest.trim_start_matches(|ch: char| ch == '{' || ch.is_whitespace());
        let Some(command) = trimmed.strip_prefix('\\') else {
            rest = trimmed;
            break;
        };
        let name_len = command
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .unwrap_or(command.len());
        let (name, after) = command.split_at(name_len);
        if name == "color" || name == "textcolor" {
            // `\color{blue}`: the colour goes with the command.
            let arg = after.strip_prefix('{')?;
            rest = &arg[arg.find('}')? + 1..];
        } else if WRAPPERS.contains(&name) && after.starts_with('{') || STYLES.contains(&name) {
            rest = after;
        } else {
            return None;
        }
        styled = true;
    }
    let body = rest.trim_end_matches(|ch: char| ch == '}' || ch == '$' || ch.is_whitespace());
    (styled
        && !body.is_empty()
        && !body.contains(['\\', '{', '}', '$', '^', '_'])
        && body.chars().any(char::is_alphabetic))
    .then(|| {
        let prefix = crate::text::offset_in(text, rest);
        (prefix, text.len() - prefix - body.len())
    })
}

/// Whether words in parentheses name a field of study, as a blog files its
/// posts: two to four words in capitals (`Speech Recognition`, `Computer
/// Vision`), letters alone.
fn names_a_field(inside: &str) -> bool {
    let words = inside.split(' ').collect::<Vec<_>>();
    (2..=4).contains(&words.len())
        && words.iter().all(|word| {
            word.starts_with(|ch: char| ch.is_ascii_uppercase())
                && word.chars().all(|ch| ch.is_ascii_alphabetic() || ch == '-')
        })
}

/// The title in a heading's text: link syntax, leading tags and numbering,
/// emoji, `Review:` prefixes, code-span dates, trailing links, language tags
/// and a trailing venue or year removed.
fn clean_heading_title(text: &str, range: TextRange) -> Option<CleanedHeading> {
    let mut start = range.start;
    let mut end = range.end;
    let mut decorated = false;
    let mut tags = crate::title::TagVenue::default();
    // The whole title in parentheses after the paper's short name, which
    // stays (`YOLO(You Only Look Once)`): the title the key is made of.
    let mut whole_in_parentheses: Option<(usize, usize)> = None;
    loop {
        let before = (start, end);
        // Emphasis around the whole title: `_Multi-Task Neural Processes [Kor]_`,
        // or a highlight, `==Deep Residual Learning==`.
        let current = &text[start..end];
        if let Some(marker) = ["**", "__", "*", "_", "=="].into_iter().find(|marker| {
            current.len() > 2 * marker.len()
                && current.starts_with(marker)
                && current.ends_with(marker)
        }) {
            start += marker.len();
            end -= marker.len();
            continue;
        }
        // A parenthesis left open at the end, the heading cut short: `HR-Net
        // 论文解读（high-resolution`.
        if let Some(open) = current.rfind(['(', '（'])
            && !current[open..].contains([')', '）'])
            && !current[..open].trim().is_empty()
        {
            end = start + current[..open].trim_end().len();
            continue;
        }
        // Angle brackets set off by spaces around the whole title, as a
        // book's title is marked: `< LSGAN : Least Squares Generative
        // Adversarial Networks >` (not an HTML tag, which opens on its name).
        if let Some(inner) = current
            .trim_end()
            .strip_prefix("< ")
            .and_then(|rest| rest.strip_suffix(" >"))
            .filter(|inner| !inner.contains(['<', '>']) && !inner.trim().is_empty())
        {
            start += "< ".len();
            end = start + inner.len();
            continue;
        }
        // Leading emoji and symbols, and the `!` of an image link.
        let trimmed = current.trim_start_matches(|ch: char| is_symbol(ch) || ch.is_whitespace());
        let trimmed = without_keycap(trimmed);
        // (Or an emoji's shortcode, `:scroll: Long-tail Session-based
        // Recommendation`.)
        let trimmed = match emoji_shortcode_len(trimmed) {
            0 => trimmed,
            len => trimmed[len..].trim_start(),
        };
        let trimmed = match trimmed.strip_prefix("![") {
            Some(_) => &trimmed[1..],
            None => trimmed,
        };
        start += current.len() - trimmed.len();
        let current = &text[start..end];
        // A wiki link to the paper's file, as Obsidian writes it: `[[Finding
        // and Understanding Bugs in C Compilers.pdf]]` (or `![[…]]`, or
        // `[[file|shown name]]`): the name it shows, without its extension;
        // not a file's short name (`![[mistral7b0-1.pdf]]`).
        if let Some((shown, name)) = current
            .strip_prefix("[[")
            .and_then(|rest| rest.strip_suffix("]]"))
            .filter(|inner| !inner.contains(['[', ']']))
            .map(|inner| {
                let shown = inner.rfind('|').map_or(0, |bar| bar + 1);
                let name = &inner[shown..];
                let name = [".pdf", ".PDF", ".md"]
                    .iter()
                    .find_map(|extension| name.strip_suffix(extension))
                    .unwrap_or(name);
                (shown, name)
            })
            .filter(|(_, name)| name.split_whitespace().count() >= 3)
        {
            start += 2 + shown;
            end = start + name.len();
            continue;
        }
        // Inline HTML that only styles the title around it, as an export
        // writes it: `<span style="color: #6495ED"><span …>Image neural
        // style transfer: A review</span></span>`.
        if let Some(len) = current
            .strip_prefix('<')
            .and_then(styling_tag_len)
            .filter(|_| !current.starts_with("</"))
        {
            start += 1 + len;
            continue;
        }
        if current.ends_with('>')
            && let Some(open) = current.rfind("</")
            && styling_tag_len(&current[open + 1..]) == Some(current.len() - open - 1)
            && !current[..open].trim().is_empty()
        {
            end = start + open;
            continue;
        }
        // A line break before the title: `Notes on the paper: <br> A Closer
        // Look at Memorization …`.
        if let Some(tag) = ["<br>", "<br/>", "<br />"]
            .into_iter()
            .find(|tag| current.starts_with(tag))
            && !current[tag.len()..].trim().is_empty()
        {
            start += tag.len();
            continue;
        }
        // An escaped leading tag: `\[CVPR 2018\] PointNet++: …`, or only
        // its opening escaped, as GitBook writes it: `\[논문리뷰] Title`.
        if let Some(inner) = current.strip_prefix("\\[")
            && let Some((close, width)) =
                inner
                    .find(']')
                    .map(|close| match inner[..close].strip_suffix('\\') {
                        Some(_) => (close - 1, 2),
                        None => (close, 1),
                    })
            && close < 40
            && !inner[close + width..].trim().is_empty()
        {
            tags.read(&inner[..close]);
            start += 2 + close + width;
            decorated = true;
            continue;
        }
        // A tag in other brackets: `【Detection】TridentNet`, `［CVPR］…`,
        // and HTML's escaped ones, `&#91;Paper Review&#93; EfficientNet`.
        if let Some((inner, width)) = [("【", "】"), ("［", "］"), ("&#91;", "&#93;")]
            .into_iter()
            .find_map(|(open, close)| {
                let inner = current.strip_prefix(open)?;
                let at = inner.find(close)?;
                Some((&inner[..at], open.len() + at + close.len()))
            })
            && inner.chars().count() < 30
            && !current[width..].trim().is_empty()
        {
            // `【关于 ELECTRA 】 那些的你不知道的事`: the tag says what the
            // note is about, and no Latin letter follows it: the paper's
            // name is in the tag.
            if let Some(name) = inner.trim().strip_prefix("关于")
                && let name = name.trim()
                && !name.is_empty()
                && !current[width..].contains(|ch: char| ch.is_ascii_alphabetic())
            {
                start += current.find(name).unwrap_or(0);
                end = start + name.len();
                decorated = true;
                continue;
            }
            tags.read(inner);
            start += width;
            decorated = true;
            continue;
        }
        // Or in corner brackets, saying what the note is and numbering it
        // maybe: `「论文精读 #21」DAPO: …` (not `「Attention Is All You
        // Need」を読む`, the title quoted).
        if let Some(inner) = current.strip_prefix('「')
            && let Some(at) = inner.find('」')
            && crate::title::says_what_the_note_is(
                inner[..at]
                    .trim_end_matches(|ch: char| ch.is_ascii_digit())
                    .trim_end_matches(['#', ' ']),
            )
            && !inner[at + '」'.len_utf8()..].trim().is_empty()
        {
            start += '「'.len_utf8() + at + '」'.len_utf8();
            decorated = true;
            continue;
        }
        // What the note is, then `之——` and the paper (`实验笔记之——MASt3R-SLAM`,
        // `论文阅读及复现笔记之——《Fast3R: …》`), or `之` alone before a
        // name in Latin letters (`论文笔记之HMEAE`).
        if let Some((what, rest)) = current.split_once("之——").or_else(|| {
            current
                .split_once('之')
                .filter(|(_, rest)| rest.starts_with(|ch: char| ch.is_ascii_alphanumeric()))
        }) && what.chars().count() <= 12
            && ["笔记", "复现", "阅读", "解读", "学习"]
                .iter()
                .any(|word| what.contains(word))
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        // A venue and year in parentheses before the title: `(ECCV 2022)
        // Visual Prompt Tuning`.
        // So is what the note is: `(논문 요약) FlashAttention-3: …`.
        // So is the blog's field, words in capitals set off by a space:
        // `(Speech Recognition) Conformer 톺아보기` (not `(Almost) Free`,
        // one word of the title's own).
        if let Some(inner) = current.strip_prefix('(')
            && let Some(close) = inner.find(')')
            && close < 40
            && !inner[close + 1..].trim().is_empty()
            && (crate::title::says_what_the_note_is(&inner[..close])
                || crate::title::says_note_state(&inner[..close])
                || names_a_language(&inner[..close])
                || names_a_field(&inner[..close]) && inner[close + 1..].starts_with(' ')
                || tags.read(&inner[..close]))
        {
            start += close + 2;
            decorated = true;
            continue;
        }
        // Or the venue alone in them, its year straight after: `(S&P)2024
        // KAIROS: Practical Intrusion Detection …`.
        if let Some(inner) = current.strip_prefix('(')
            && let Some(close) = inner.find(')')
            && close < 40
            && let after = &inner[close + 1..]
            && let Some(year) = after.get(..4)
            && crate::title::parse_year(year).is_some()
            && after[4..].starts_with(' ')
            && !after[4..].trim().is_empty()
            && tags.read(&format!("{} {year}", &inner[..close]))
        {
            start += close + 2 + 4;
            decorated = true;
            continue;
        }
        // The venue and its year before a dash: `EuroSys'22-Fleche：an
        // efficient GPU embedding cache …`.
        if let Some((tag, rest)) = current.split_once('-')
            && let Some((venue, year)) = tag.split_once('\'')
            && year.len() == 2
            && year.bytes().all(|b| b.is_ascii_digit())
            && crate::title::is_venue_word(venue)
            && rest.starts_with(char::is_alphabetic)
            && tags.read(&format!("{venue} 20{year}"))
        {
            start += tag.len() + 1;
            decorated = true;
            continue;
        }
        // The writer's series before the post's own paper: `YOLO系列之YOLOv3`,
        // `目标检测系列（一）：R-CNN`.
        if let Some(own) = series_post(current) {
            start = end - own.len();
            decorated = true;
            continue;
        }
        // Or what the note is, in Chinese, and its number: `经典论文阅读·1
        // Wide & Deep 推荐系统` (classic paper reading, the first).
        if let Some((what, rest)) = current.split_once('·')
            && what.chars().all(is_han)
            && ["论文", "笔记", "阅读", "精读", "解读"]
                .iter()
                .any(|word| what.contains(word))
            && let rest = rest.trim_start_matches(|ch: char| ch.is_ascii_digit())
            && rest.starts_with(' ')
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        // A course's code for the paper before a middle dot: `PC1 · Design
        // Tradeoffs for SSD Performance` (paper critique 1).
        if let Some((code, rest)) = current.split_once(" · ")
            && (2..=6).contains(&code.len())
            && code.bytes().all(|b| b.is_ascii_alphanumeric())
            && code.bytes().any(|b| b.is_ascii_digit())
            && rest.split_whitespace().count() >= 2
        {
            start += code.len() + " · ".len();
            decorated = true;
            continue;
        }
        // What the note is before a paper's whole title: `Notes on
        // Spanner: Google's Globally Distributed Database` (not `Notes on
        // Convolutional Neural Networks`, which may be the title).
        // Nor `Review of PeriScope-An Effective Probing …`: a review of
        // the paper the model's name opens (`Review of deep reinforcement
        // learning …` is a survey's own title).
        if let Some(rest) = ["Notes on ", "Reading notes on ", "Notes for "]
            .iter()
            .find_map(|prefix| crate::title::strip_prefix_ignore_case(current, prefix))
            // (`Notes on the paper: …` is a prefix of its own.)
            .filter(|rest| {
                rest.contains(": ")
                    && crate::title::strip_prefix_ignore_case(rest, "the paper").is_none()
            })
            .or_else(|| {
                let rest = ["Review of ", "A review of "]
                    .iter()
                    .find_map(|prefix| crate::title::strip_prefix_ignore_case(current, prefix))?;
                let name = rest.split([':', '-', ' ']).next()?;
                (names_a_model(name)
                    && rest[name.len()..].starts_with([':', '-'])
                    && rest.split_whitespace().count() >= 3)
                    .then_some(rest)
            })
        {
            start += current.len() - rest.len();
            decorated = true;
            continue;
        }
        // A short name closed by a parenthesis before the title: `AUPR)
        // The relationship between precision-recall and ROC curves`.
        if let Some(close) = current.find(')')
            && close < 40
            && !current[..close].contains('(')
            && (1..=3).contains(&current[..close].split_whitespace().count())
            && current[close + 1..].starts_with(' ')
            && current[close + 1..].split_whitespace().count() >= 3
        {
            start += close + 1;
            decorated = true;
            continue;
        }
        // A year and a venue's name in capitals before the title, each
        // before a dash: `2013 - FMCAD - Syntax-Guided Synthesis`.
        if let Some((year, rest)) = current.split_once(" - ")
            && crate::title::parse_year(year).is_some()
            && let Some((venue, title)) = rest.split_once(" - ")
            && (2..=10).contains(&venue.len())
            && venue
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
            && venue.bytes().any(|b| b.is_ascii_uppercase())
            && !title.trim().is_empty()
        {
            tags.read(&format!("{venue} {year}"));
            start = end - title.len();
            decorated = true;
            continue;
        }
        // A venue and year before a dash: `CVPR 2021 - Positive Sample
        // Propagation …`.
        // Or with its year run on in two digits: `ICDE24' - CAGRA: …`.
        if let Some(dash) = current.find(" - ")
            && dash <= 24
            && ((crate::title::names_venue_and_year(&current[..dash])
                && current[..dash]
                    .split_whitespace()
                    .any(|word| crate::title::parse_year(word).is_some()))
                || (current[..dash].split_whitespace().count() == 1
                    && crate::title::cites_venue(&current[..dash])))
            && !current[dash + 3..].trim().is_empty()
        {
            tags.read(&current[..dash]);
            start += dash + 3;
            decorated = true;
            continue;
        }
        // The whole title in brackets: `# [AWQ: Activation-aware Weight
        // Quantization for …]`.
        if let Some(inner) = current
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            && !inner.contains(['[', ']'])
            && !inner.trim().is_empty()
        {
            start += 1;
            end -= 1;
            continue;
        }
        // A short name with the whole title in parentheses after it, maybe
        // before what the note is: `ResNet(Deep Residual Learning for Image
        // Recognition) 논문`, `BERT (Pre-training of Deep Bidirectional …)`.
        if let Some(open) = current.find('(')
            && is_short_name(current[..open].trim_end())
            && let Some(length) = current[open + 1..].find(')')
            && let inner = &current[open + 1..open + 1 + length]
            && inner.split_whitespace().count() >= 4
            && !inner.contains(['(', ',', ';'])
            && inner.starts_with(|ch: char| ch.is_uppercase())
            && let tail = current[open + 1 + length + 1..].trim()
            && tail.split_whitespace().all(|word| {
                ["-", "–", "—", "|"].contains(&word)
                    || ["review", "summary", "notes"]
                        .iter()
                        .any(|note| word.eq_ignore_ascii_case(note))
                    || crate::title::says_what_the_note_is(word)
            })
            && (whole_in_parentheses.is_none() || !tail.is_empty())
        {
            decorated = true;
            // With nothing after it, the name stays before the title it
            // stands for, as the note writes them (`DenseNet(Densely
            // Connected Convolutional Networks)`); the key is the title's.
            if tail.is_empty() {
                whole_in_parentheses = Some((start + open + 1, start + open + 1 + length));
            } else {
                start += open + 1;
                end = start + length;
                continue;
            }
        }
        // A series of posts on papers and the post's number in it, before a
        // colon: `Daily Paper 50: Model-Agnostic Meta-Learning …`, `Paper
        // Review 3: [CVPR 2019] 4D Spatio-Temporal …`, `논문 읽기 12: …`,
        // `Crítica de la lectura 3-1: …` (a course's reading 3-1), a
        // project's list numbered in parentheses: `Article (2) : …`, `논문
        // (1) : …`.
        // (Not a label and a name set off by a dash, `Paper - V-JEPA 2:
        // Self-Supervised Video Models …`: the name's number is the
        // title's.)
        if let Some((series, rest)) = current.split_once([':', '：'])
            && series.chars().count() <= 30
            && !crate::title::SPACED_DASHES
                .iter()
                .any(|dash| series.contains(dash))
            && let Some((name, number)) = series.trim_end().rsplit_once(' ')
            && let number = number
                .strip_prefix('(')
                .and_then(|inner| inner.strip_suffix(')'))
                .unwrap_or(number)
            && (1..=6).contains(&number.len())
            && number.starts_with(|ch: char| ch.is_ascii_digit())
            && number.ends_with(|ch: char| ch.is_ascii_digit())
            && number
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'-' || b == b'.')
            && name.split_whitespace().any(|word| {
                [
                    "paper",
                    "papers",
                    "article",
                    "review",
                    "reading",
                    "lecture",
                    "week",
                    "lectura",
                    "leitura",
                    "crítica",
                    "reseña",
                    "resenha",
                    "artículo",
                    "artigo",
                    "articolo",
                    "artikel",
                    "논문",
                    "리뷰",
                    "论文",
                ]
                .iter()
                .any(|series_word| word.eq_ignore_ascii_case(series_word))
            })
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        // Or any series's name with a `#` number: `Overfit#11: V-JEPA 2`,
        // `Paper Club #3: …`.
        if let Some((series, rest)) = current.split_once([':', '：'])
            && series.chars().count() <= 30
            && let Some((_, number)) = series.trim_end().rsplit_once('#')
            && let number = number.trim_end_matches(['*', '_'])
            && (1..=4).contains(&number.len())
            && number.bytes().all(|b| b.is_ascii_digit())
            && let rest = rest.trim_start_matches(['*', '_', ' '])
            && !rest.trim().is_empty()
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // A reference manager's page for the paper, named with an `@`
        // (`@Hessian Aware Quantization of Spiking Neural Networks`), not a
        // BibTeX entry (`@article{…`).
        if let Some(rest) = current.strip_prefix('@')
            && rest.starts_with(|ch: char| ch.is_uppercase())
            && rest.split_whitespace().count() >= 2
        {
            start += 1;
            continue;
        }
        // A post's number in a series: `#05 Let Me Do It For You: …`.
        if let Some(number) = current.strip_prefix('#')
            && let digits = number.len()
                - number
                    .trim_start_matches(|ch: char| ch.is_ascii_digit())
                    .len()
            && (1..=3).contains(&digits)
            && number[digits..].starts_with(' ')
            && number[digits..].split_whitespace().count() >= 2
        {
            start += 1 + digits + 1;
            decorated = true;
            continue;
        }
        // A short name set off by a double colon, as blogs write it:
        // `CoCoOp :: Conditional Prompt Learning for Vision-Language
        // Models`. The paper's title is the part after it.
        if let Some(colons) = current.find(" :: ")
            && is_short_name(current[..colons].trim())
            && current[colons + 4..].split_whitespace().count() >= 2
        {
            start += colons + 4;
            decorated = true;
            continue;
        }
        // What the note is, in Spanish or Portuguese, before an unquoted
        // title: `Análisis del paper Collaborative Filtering Recommender
        // Systems`, `Resumo do artigo …` (no paper's title opens so).
        if current.starts_with(['A', 'a', 'R', 'r', 'C', 'c'])
            && let Some(rest) = [
                "análisis del paper ",
                "análisis del artículo ",
                "resumen del paper ",
                "resumen del artículo ",
                "crítica del paper ",
                "crítica del artículo ",
                "análise do artigo ",
                "resumo do artigo ",
                "resumo do paper ",
            ]
            .iter()
            .find_map(|prefix| crate::title::strip_prefix_ignore_case(current, prefix))
            && !rest.starts_with(['"', '“'])
            && rest.split_whitespace().count() >= 2
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // What the note is before the quoted title: `Notes on "Sonata:
        // Query-Driven Streaming Network Telemetry"` (unquoted, `Review of
        // deep reinforcement learning …` is a paper's own title), perhaps
        // saying what notes (`Zero Knowledge Notes on "Attention is All You
        // Need"`).
        // (Read only when something is quoted: most titles are not.)
        if current.contains(['"', '“'])
            && let lower = current.to_ascii_lowercase()
            && let Some(quoted) = [
                "notes on ",
                "review of ",
                "summary of ",
                "thoughts on ",
                // `Presentation on "FineWeb Datasets: …" by Guilherme Penedo
                // et al., Hugging Face`.
                "presentation on ",
                "presentation of ",
                // `RESENHA CRÍTICA DO ARTIGO "On the Criteria …"`, `Reseña
                // del artículo "…"`, `Fiche de lecture de l'article "…"`.
                "of the paper ",
                "do artigo ",
                "del artículo ",
                "de l'article ",
            ]
            .iter()
            .find_map(|prefix| {
                let at = lower.find(prefix)?;
                (current[..at].split_whitespace().count() <= 3)
                    .then(|| &current[at + prefix.len()..])
            })
            .filter(|rest| rest.starts_with(['"', '“']))
            && let Some(inside) = quoted_citation_title(quoted)
        {
            // (The quoted words alone, not who wrote them after.)
            let base = end - quoted.len();
            (start, end) = (base + inside.start, base + inside.end);
            decorated = true;
            continue;
        }
        // `Understanding 'Attention Is All You Need'`, `Understanding the
        // '…' paper`: a post explaining the paper it names in quotes, single
        // or double, and maybe how far (`Understanding "…" in Detail`).
        if let Some(after) = crate::title::strip_prefix_ignore_case(current, "understanding ")
            && let after = crate::title::strip_prefix_ignore_case(after, "the ").unwrap_or(after)
            && let quoted = after.trim_end()
            && let quoted = [" in detail", " in depth", " step by step"]
                .iter()
                .find_map(|how| crate::title::strip_suffix_ignore_case(quoted, how))
                .unwrap_or(quoted)
            && let quoted =
                crate::title::strip_suffix_ignore_case(quoted, " paper").unwrap_or(quoted)
            && let Some(open) = quoted.chars().next().filter(|ch| "'‘\"“".contains(*ch))
            && let Some(close) = quoted
                .chars()
                .next_back()
                .filter(|ch| "'’\"”".contains(*ch))
            && quoted.len() > open.len_utf8() + close.len_utf8()
            && let inner = &quoted[open.len_utf8()..quoted.len() - close.len_utf8()]
            && !inner.contains(['\'', '’', '"', '”'])
            && inner.split_whitespace().count() >= 2
        {
            start += current.len() - after.len() + open.len_utf8();
            end = start + inner.len();
            decorated = true;
            continue;
        }
        // The title in quotes, alone or before what the note is: `"Deep
        // Residual Learning for Image Recognition"`, `"Subliminal Learning:
        // …" - Summary`, `"Attention Is All You Need" — Full Breakdown`
        // (not a quoted title and its year, whose year stays).
        if current.starts_with(['"', '“'])
            && let Some(quoted) = quoted_citation_title(current)
            && let tail = current[quoted.end..].trim_start_matches(['"', '”'])
            && (tail.trim().is_empty()
                || crate::title::says_review(tail)
                || short_note_word_after(tail, true))
        {
            decorated |= !tail.trim().is_empty();
            end = start + quoted.end;
            start += quoted.start;
            continue;
        }
        // A whole reference, its authors before the quoted title: `A. Jungo
        // and M. Reyes, “Assessing Reliability …,” in MICCAI 2019, …`.
        if !current.starts_with(['"', '“'])
            && current.contains(['"', '“'])
            && let Some(quoted) = quoted_citation_title(current)
        {
            end = start + quoted.end;
            start += quoted.start;
            decorated = true;
            continue;
        }
        // What the note is, then the paper's name in parentheses: `Summary
        // Notes (DemoFusion)`, `Summary Notes (Prompt-to-prompt Image
        // Editing)`.
        if let Some((open, name)) = named_in_parentheses(current)
            && is_generic_title(&current[..open])
        {
            start += current[open..].find(name).unwrap_or(0) + open;
            end = start + name.len();
            decorated = true;
            continue;
        }
        // The whole title in single quotes, corner brackets or Chinese
        // title marks: `Response: 'CAP Twelve years later'`, `「Attention Is
        // All You Need」`; in brackets or title marks before a word or two
        // for what the note is, `「빅데이터 활용을 위한 기계학습 기술동향」 분석`,
        // `《Squeeze-and-Excitation Networks》论文阅读`.
        if let Some((open, inner)) = [
            ('\'', '\''),
            ('‘', '’'),
            ('「', '」'),
            ('『', '』'),
            ('《', '》'),
        ]
        .iter()
        .find_map(|&(open, close)| {
            let rest = current.strip_prefix(open)?;
            let inner = match rest.strip_suffix(close) {
                Some(inner) => inner,
                None if "「『《".contains(open) => {
                    let (inner, tail) = rest.split_once(close)?;
                    short_note_word_after(tail, false).then_some(inner)?
                }
                None => return None,
            };
            (!inner.contains([open, close])).then_some((open, inner))
        })
        .filter(|(_, inner)| inner.trim().contains(' ') || !inner.is_ascii())
        {
            start += open.len_utf8();
            end = start + inner.len();
            decorated = true;
            continue;
        }
        // A blog post's headline, the paper's title quoted in it and then
        // the writer reading it: `Facebook は動画をどう扱っているのか? "SVE:
        // Distributed Video Processing at Facebook Scale" を読んでいる`,
        // `"Attention Is All You Need"를 읽고`.
        if let Some(inner) = quoted_then_read(current) {
            start += crate::text::offset_in(current, inner);
            end = start + inner.len();
            decorated = true;
            continue;
        }
        // A series' label before the whole title in italics: `Volume VI
        // (\`ep06_direct_preference_optimization\`): *Direct Preference
        // Optimization: Your Language Model is …*`.
        if let Some(colon) = current.find(": *")
            && let Some(inner) = current[colon + 3..].strip_suffix('*')
            && !inner.contains('*')
            && inner.split_whitespace().count() >= 3
        {
            start += colon + 3;
            end = start + inner.len();
            decorated = true;
            continue;
        }
        // The title set in colour with TeX, as GitHub renders it:
        // `${\textsf{\color{blue}Attention is All You Need}}$`.
        if let Some((prefix, suffix)) = tex_styling(current) {
            start += prefix;
            end -= suffix;
            continue;
        }
        // The whole heading a reference link, `[Title][1]` over a `[1]: url`
        // line further down: its text is the title.
        if let Some((inner, tail)) = reference_link(text, current)
            && (tail.is_empty() || tail.starts_with(['(', '[', '`']))
        {
            end = start + 1 + inner.len();
            start += 1;
            continue;
        }
        // A link broken by a space before its target, `[Learning Phrase
        // Representations …] (http://arxiv.org/abs/1406.1078)`: markdown
        // shows the brackets and the address, the writer meant the link.
        if let Some(inner) = current.strip_prefix('[')
            && let Some(close) = closing(inner, '[', ']')
            && let Some(target) = inner[close + 1..]
                .strip_prefix([' ', '\t'])
                .map(str::trim_start)
                .and_then(|rest| rest.strip_prefix('('))
                .and_then(|rest| rest.strip_suffix(')'))
            && (target.starts_with("http://") || target.starts_with("https://"))
            && !target.contains(char::is_whitespace)
            && !inner[..close].trim().is_empty()
        {
            end = start + 1 + close;
            start += 1;
            continue;
        }
        // A link to the paper before its title: `[\[arxiv\]](https://…)
        // Unsupervised Learning of Depth, …`, `[PDF](url) Title`. (Not a
        // sentence the link ends: `[resnet.pdf](…). 계산 실험 중심의 …`.)
        if let Some(len) = leading_short_link(current)
            && current[len..].split_whitespace().count() >= 3
            && !current[len..].starts_with(['.', ',', ';', ':'])
        {
            start += len;
            decorated = true;
            continue;
        }
        // The paper's short name in parentheses before its title: `(ResNet)Deep
        // Residual Learning for Image Recognition`, escaped or not (`\\(ResNet\\)`).
        if let Some((open, close)) = [("(", ")"), ("\\(", "\\)")]
            .into_iter()
            .find(|(open, _)| current.starts_with(open))
            && let Some(at) = current[open.len()..].find(close)
            && is_short_name(&current[open.len()..open.len() + at])
            && let rest = &current[open.len() + at + close.len()..]
            && rest.trim_start().starts_with(char::is_uppercase)
            && rest.split_whitespace().count() >= 3
        {
            start += open.len() + at + close.len();
            decorated = true;
            continue;
        }
        // A record of the paper opening with its year: `2019, FCOS`, `2017,
        // PointNet++, Guibas, Stanford` (year, name, who, where): the name.
        if let Some((year, rest)) = current.split_once(", ")
            && crate::title::parse_year(year).is_some()
            && let Some(name) = rest.split(", ").next()
            && is_short_name(name)
            && name.chars().any(char::is_alphabetic)
        {
            start += year.len() + 2;
            end = start + name.len();
            tags.read(year);
            decorated = true;
            continue;
        }
        // The paper's acronym and a slash before its title: `SLE/Speculative
        // Lock Elision: …`.
        if let Some((short, rest)) = current.split_once('/')
            && (2..=8).contains(&short.len())
            && short.bytes().all(|b| b.is_ascii_uppercase())
            && rest.starts_with(char::is_uppercase)
            && abbreviates(short, rest)
        {
            start += short.len() + 1;
            decorated = true;
            continue;
        }
        // A tag in bold before the title: `**[ICLR 2022]** [Handling …](…)`.
        if let Some(marker) = ["**", "__"].into_iter().find(|marker| {
            current
                .strip_prefix(marker)
                .is_some_and(|rest| rest.starts_with('['))
        }) && let Some(close) = current.find(&format!("]{marker}"))
            && close < 40
            && !current[close + 1 + marker.len()..].trim().is_empty()
        {
            tags.read(&current[marker.len() + 1..close]);
            start += close + 1 + marker.len();
            decorated = true;
            continue;
        }
        // Leading tag brackets `[논문][2021][IEEE]`, but not a link `[T](u)`.
        // One may hold another: `[wiscECE757[7]]`, a course and its number.
        if let Some(inner) = current.strip_prefix('[')
            && let Some(close) = closing(inner, '[', ']')
            && !inner[close + 1..].starts_with('(')
            && close < 40
            && !inner[close + 1..].trim().is_empty()
        {
            tags.read(&inner[..close]);
            start += close + 2;
            // `[코드리뷰] - [Title](url)`: the dash after the tag goes too.
            let after = &text[start..end];
            if let Some(rest) = after.trim_start().strip_prefix(['-', '|', ':', '–'])
                && rest.starts_with(' ')
            {
                start = end - rest.len();
            }
            decorated = true;
            continue;
        }
        // A reference that opens with its first author and `et al.`, the
        // title in it; or in the Harvard style, the year after the authors
        // and a comma; or in the ACM style, the year between full stops
        // after the authors' whole names.
        if let Some((title_start, title_end, year)) = crate::title::et_al_reference_title(current)
            .or_else(|| crate::title::harvard_reference_title(current))
            .or_else(|| crate::title::acm_reference_title(current))
        {
            tags.year = tags.year.or(Some(year));
            end = start + title_end;
            start += title_start;
            decorated = true;
            continue;
        }
        // A citation's authors and year before the title; the year is kept.
        if let Some((rest, year)) = crate::title::after_citation_authors(current) {
            tags.year = tags.year.or(Some(year));
            let opened = start;
            start = end - rest.len();
            // A title in quotes ends at them: `Guy, S., & Gunawardana, A..
            // (2011) “Evaluating recommendation systems.” In Recommender
            // systems handbook, …`.
            // So does one in APA's style at its full stop, before the
            // source: `Schafer, J. B., … & Sen, S. (2007). Collaborative
            // filtering recommender systems. In The adaptive web (pp. …)`.
            if let Some((0, inner, length, _)) = first_quotation(rest) {
                start += inner;
                end = start + length;
            } else if let Some((title_start, title_end, _)) =
                crate::title::apa_reference_title(current)
                && opened + title_start == start
            {
                end = opened + title_end;
            }
            decorated = true;
            continue;
        }
        // What the note is, in words that all say so, before a spaced dash:
        // said daily or weekly (`Daily Paper Reading — SKILLRL: …`,
        // `每日论文报告 — Huxley-Gödel Machine: …`) or of the paper (`Paper
        // Skim Notes — [PILCO: A Model-Based …]`, the title perhaps in
        // brackets).
        if let Some((kind, rest)) = crate::title::SPACED_DASHES
            .iter()
            .find_map(|dash| current.split_once(dash))
            && let kind = kind.trim()
            && let Some(kind) = ["daily ", "weekly ", "每日", "每周"]
                .iter()
                .find_map(|every| crate::title::strip_prefix_ignore_case(kind, every))
                .or_else(|| {
                    kind.split_once(' ')
                        .filter(|(first, _)| first.eq_ignore_ascii_case("paper"))
                        .map(|_| kind)
                })
            && crate::title::says_what_the_note_is(kind.trim())
            && let rest = rest.trim()
            && let rest = rest
                .strip_prefix('[')
                .and_then(|inner| inner.strip_suffix(']'))
                .filter(|inner| !inner.contains(['[', ']']))
                .map_or(rest, str::trim)
            && rest.split_whitespace().count() >= 2
        {
            start += crate::text::offset_in(current, rest);
            end = start + rest.len();
            decorated = true;
            continue;
        }
        // `CMPS 290S Reading Response: …`, `CS262a Review: …`: a course's
        // code before what the note is, then its mark.
        if let Some(rest) = after_course_code(current).filter(|rest| {
            TITLE_PREFIXES.iter().any(|prefix| {
                crate::title::strip_prefix_ignore_case(rest, prefix)
                    .is_some_and(|after| after.trim_start().starts_with([':', '：']))
            })
        }) {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // `Reading Notes on Arnott, Kalesnik & Linnainmaa (2023) — *Factor
        // Momentum*`: what the note is, with no mark after it. (Or before a
        // model's name, `Reading Notes for SmartMoE`.)
        if let Some(rest) = [
            "reading notes on ",
            "reading notes of ",
            "reading note on ",
            "reading notes for ",
            "reading note for ",
        ]
        .iter()
        .find_map(|words| crate::title::strip_prefix_ignore_case(current, words))
        .filter(|rest| rest.split_whitespace().count() >= 2 || names_a_model(rest))
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // When the note was written and who wrote it, each after a dash:
        // `Notes on the BIOBERT Paper - May 29 2020 - fabrizio.milo@gmail.com`.
        if let Some((head, last)) = current.rsplit_once(" - ")
            && head.split_whitespace().count() >= 2
            && let last = last.trim()
            && (names_a_day(last)
                || !last.contains(char::is_whitespace)
                    && last
                        .split_once('@')
                        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.')))
        {
            end = start + head.trim_end().len();
            decorated = true;
            continue;
        }
        // `Notes on the BIOBERT Paper`, `the SPECTER: … paper`: the paper's
        // name between.
        if let Some(rest) = crate::title::strip_prefix_ignore_case(current, "notes on the ")
            .or_else(|| crate::title::strip_prefix_ignore_case(current, "the "))
            && let Some(name) = crate::title::strip_suffix_ignore_case(rest, " paper")
            && !name.trim().is_empty()
        {
            start = end - rest.len();
            end = start + name.trim_end().len();
            decorated = true;
            continue;
        }
        // `Notes on YaRN`: a model's name after it, a word with two
        // capitals or a digit (`Notes on Convolutional Neural Networks` is
        // a paper's title). So `Note For Katabi02a`, a citation key.
        if let Some(rest) = ["notes on ", "note on ", "notes for ", "note for "]
            .iter()
            .find_map(|lead| crate::title::strip_prefix_ignore_case(current, lead))
            .filter(|rest| names_a_model(rest))
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // What the paper is to the writer, or a series' name, then its
        // title: `Sign language translation SOTA paper : …`, `Deep Learning
        // Papers Review — …`, `attention in CV学习笔记：ViT`.
        if let Some(tail) = after_papers_series(current) {
            start = end - tail.len();
            decorated = true;
            continue;
        }
        // A leading `Review:` / `논문 리뷰:` / `[Paper Review]` prefix.
        for prefix in TITLE_PREFIXES
            .iter()
            .chain(crate::title::LATIN_SCRIPT_NOTE_WORDS)
        {
            if let Some(raw_after) = crate::title::strip_prefix_ignore_case(current, prefix)
                .filter(|after| !after.is_empty())
            {
                let after = raw_after.trim_start();
                // (An emoji between it and its mark: `Paper Review 📝 -
                // Retrieval-Augmented Generation …`.)
                let after = if raw_after.starts_with(' ') && after.starts_with(is_symbol) {
                    after.trim_start_matches(|ch: char| is_symbol(ch) || ch.is_whitespace())
                } else {
                    after
                };
                // `Review: Title`, `논문 리뷰 - Title`, `Paper Review — Title`,
                // but not `review-ls`.
                let spaced_dash = raw_after.starts_with(' ') && after.starts_with(['-', '–', '—']);
                // `PAPER REVIEW-DeepFM …`: a prefix of two words needs no
                // space before its dash.
                // Nor does a Korean one: `논문정리- Connecting the Dots …`.
                let joined_dash =
                    (prefix.contains(' ') || !prefix.is_ascii()) && raw_after.starts_with('-');
                // A Chinese one before a title in Latin letters needs no
                // mark at all: `标题 BlazeFace: …`.
                let spaced_latin = prefix.chars().all(is_han)
                    && raw_after.starts_with(' ')
                    && after.starts_with(|ch: char| ch.is_ascii_alphanumeric());
                // `review_ LightGCN`, as a file name is written.
                // `Paper&#58 Query Expansion …`: a colon escaped for YAML.
                if let Some(rest) = after
                    .strip_prefix([':', '：', '|'])
                    .or_else(|| after.strip_prefix("&#58;"))
                    .or_else(|| after.strip_prefix("&#58 "))
                    .or_else(|| {
                        after
                            .strip_prefix('-')
                            .filter(|_| spaced_dash || joined_dash)
                            .or_else(|| after.strip_prefix(['–', '—']).filter(|_| spaced_dash))
                    })
                    .or_else(|| raw_after.strip_prefix('_').filter(|rest| !rest.is_empty()))
                    .or_else(|| spaced_latin.then_some(after))
                {
                    start = end - rest.len();
                    decorated = true;
                    break;
                }
                // `Comentario "Content-Based Recommendation Systems"`: the
                // title in quotes after it, to the end (or to its year).
                if raw_after.starts_with(' ')
                    && let Some((_, inner, length, rest)) = first_quotation(after)
                    && inner == after.len() - after.trim_start_matches(['"', '“']).len()
                    // (Perhaps its year after it: `… tasks" (2010)`.)
                    && (rest.trim().is_empty()
                        || rest
                            .trim()
                            .strip_prefix('(')
                            .and_then(|year| year.strip_suffix(')'))
                            .is_some_and(|year| crate::title::parse_year(year).is_some()))
                    && after[inner..inner + length].split_whitespace().count() >= 2
                {
                    start = end - after.len() + inner;
                    end = start + length;
                    decorated = true;
                    break;
                }
                // `Crítica a Deep Learning Based Recommender System: …`,
                // `Reseña de Item-Based …`: a Spanish or Portuguese note's
                // word, its preposition, then the title.
                if raw_after.starts_with(' ')
                    && crate::title::LATIN_SCRIPT_NOTE_WORDS.contains(prefix)
                    && let Some(rest) = ["a ", "de ", "del ", "sobre ", "do ", "da "]
                        .iter()
                        .find_map(|of| after.strip_prefix(of))
                    && rest.starts_with(char::is_uppercase)
                    && rest.split_whitespace().count() >= 2
                {
                    start = end - rest.len();
                    decorated = true;
                    break;
                }
            }
        }
        // `SR3 = Super-Resolution via Repeated Refinement`: its short name,
        // then its title. (A model's name: `SR3`, `ViT`; not `E = mc2 …`.)
        let current = &text[start..end];
        if let Some((_, after)) = current.split_once(" = ").filter(|(name, after)| {
            let name = name.trim();
            !name.contains(char::is_whitespace)
                && name.chars().filter(char::is_ascii_uppercase).count()
                    + name.chars().filter(char::is_ascii_digit).count()
                    >= 2
                && crate::title::latin_title(after.trim(), 3)
        }) {
            start = end - after.trim_start().len();
            decorated = true;
        }
        // `resNet[1] Deep Residual Learning …`: a series' name and the
        // part's number before the title.
        let current = &text[start..end];
        if let Some((series, rest)) = current.split_once("] ")
            && let Some((name, number)) = series.split_once('[')
            && !name.is_empty()
            && name
                .chars()
                .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
            && !number.is_empty()
            && number.chars().all(|ch| ch.is_ascii_digit())
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
        }
        // `the note of IEEE journal article 《LoRa Propagation Testing …》`:
        // the title in Chinese title marks, words about the note around it.
        let current = &text[start..end];
        if let Some(open) = current.find('《')
            && let Some(close) = current[open..].find('》').map(|at| open + at)
            && (current[open + '《'.len_utf8()..close]
                .split_whitespace()
                .count()
                >= 3
                // A short title after what the note is: `文献阅读笔记：《World
                // Models》`.
                || names_the_note_in_cjk(current[..open].trim_end_matches(['：', ':', ' '])))
            && !current[open + '《'.len_utf8()..close].trim().is_empty()
        {
            start += open + '《'.len_utf8();
            end = start + (close - open - '《'.len_utf8());
            decorated = true;
            continue;
        }
        // `论文|Onsets and frames: …`: what the note is, before a bar.
        let current = &text[start..end];
        if let Some((kind, rest)) = current.split_once(['|', '｜'])
            && [
                "论文",
                "논문",
                "論文",
                "paper",
                "review",
                "论文笔记",
                "논문 리뷰",
            ]
            .iter()
            .any(|name| kind.trim().eq_ignore_ascii_case(name))
            && rest.split_whitespace().count() >= 2
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        // `Model review: Classifier-Free Diffusion Guidance`: one word and
        // a review word before a colon say what the post is.
        let current = &text[start..end];
        if let Some((head, rest)) = current.split_once([':', '：'])
            && let Some((word, kind)) = head.split_once(' ')
            && !word.is_empty()
            && word.len() <= 12
            && word.chars().all(|ch| ch.is_ascii_alphabetic())
            && ["review", "summary", "notes"]
                .iter()
                .any(|name| kind.eq_ignore_ascii_case(name))
            && rest.starts_with(' ')
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
        }
        // The title's translation before it: `光场渲染 Light Field
        // Rendering`, `어텐션 Attention Is All You Need`: words in the
        // writer's script, then a Latin title of two words or more with none.
        let current = &text[start..end];
        let translated = current
            .split(' ')
            .take_while(|word| !word.is_empty() && word.chars().all(crate::title::is_cjk_or_hangul))
            .map(|word| word.len() + 1)
            .sum::<usize>();
        if translated > 0
            && let Some(rest) = current.get(translated..)
            && rest.starts_with(|ch: char| ch.is_ascii_uppercase())
            && !rest.chars().any(crate::title::is_cjk_or_hangul)
            && crate::title::latin_title(rest, 2)
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // A citation or a venue before the title: `Choi et al. (2025) —
        // Multiscale Stochastic …`, `CVPR2018：更为鲁棒的分类器`, `OSDI'20
        // Pacemaker`.
        if let Some(rest) = after_leading_citation(current) {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        if let Some(rest) = crate::title::after_leading_venue(current) {
            // The venue and its year are the title's, when they are all
            // that is cut (`KDD 2022 | GraphMAE：…`, `OSDI'20 Pacemaker`; not
            // an award or a session with them, `CVPR 2018 Best Paper |`,
            // `ISSCC-2020 17.1`).
            let tag = current[..current.len() - rest.len()].trim_end_matches(|ch: char| {
                ch.is_whitespace() || matches!(ch, ':' | '：' | '|' | '-' | '–' | '—')
            });
            let words: Vec<&str> = tag.split_whitespace().collect();
            if (words.len() == 1
                || words.len() == 2
                    && words
                        .iter()
                        .any(|word| crate::title::parse_year(word).is_some()))
                && matches!(crate::title::venue_and_year(tag), Some((Some(_), Some(_))))
            {
                tags.read(tag);
            }
            start = end - rest.len();
            decorated = true;
            continue;
        }
        let current = &text[start..end];
        // A year before the title, set off by a space: `2026 LIT（arXiv）`,
        // `2022 VoiceFixer` (after a venue read with it, `2019 ICCV
        // monodepth2`, above).
        if let Some(rest) = crate::title::after_leading_year(current)
            && tags.read(&current[..4])
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // A post's date before its title: `2026-08-12-an-entropic-…`.
        if let Some(rest) = iso_date_prefix(current) {
            start = end - rest.len();
            continue;
        }
        let numbering_stripped = strip_numbering(current);
        if numbering_stripped.len() != current.len() && !numbering_stripped.trim().is_empty() {
            start = end - numbering_stripped.len();
        }
        // A series' count: `8편: Time Series FeatuRe Extraction …`.
        let current = &text[start..end];
        let digits = current.bytes().take_while(u8::is_ascii_digit).count();
        if digits > 0
            && let Some(rest) = current[digits..].strip_prefix("편")
            && let Some(rest) = rest.trim_start().strip_prefix([':', '.', '-'])
            && !rest.trim().is_empty()
        {
            start = end - rest.len();
            decorated = true;
            continue;
        }
        // A season's and episode's code, as a study group numbers its
        // papers: `S01-01. R-CNN`, `S03-03. DCGAN` (not a model's name,
        // `S4: Efficiently Modeling …`, which has no second number).
        if let Some(rest) = season_episode_len(current).map(|len| &current[len..])
            && !rest.trim().is_empty()
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        // `Paper 12 — MentalBERT: …`, `Week 3: …`, `Part 1 - The UNIX
        // Time-Sharing System`: a series' count. (So are a course's lessons,
        // `Lesson 54 - CycleGAN …`, `Bài 47 - Focal Loss …`.)
        let current = &text[start..end];
        if let Some((word, rest)) = current.split_once(' ')
            && ["paper", "week", "day", "part", "lesson", "lecture", "bài"]
                .iter()
                .any(|series| word.eq_ignore_ascii_case(series))
            && let Some((numbered, rest)) = rest.split_once(' ')
            && let number = numbered.trim_end_matches([':', '：'])
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && let Some(rest) = rest
                .strip_prefix(['—', '–', '-', '|'])
                .or((number != numbered).then_some(rest))
            && rest.split_whitespace().count() >= 2
        {
            start = end - rest.trim_start().len();
            decorated = true;
            continue;
        }
        let trimmed = current.trim_start();
        start += current.len() - trimmed.len();
        // The whole heading a link: `[Title](url)`.
        let current = &text[start..end];
        if let Some(inner) = current.strip_prefix('[')
            && let Some(close) = inner.rfind("](")
        {
            let after_link = &inner[close + 2..];
            if let Some(paren) = after_link.find(')') {
                let tail = after_link[paren + 1..].trim();
                // `[Title](pdf), Shifeng Zhang, et al`: the link's text is the
                // title, what follows it who wrote it or where.
                let cited_after = tail.starts_with([',', '-', '–', '—', '|'])
                    && inner[..close].split_whitespace().count() >= 3;
                // `[A Vectorized Hash-Join](pdf) 论文阅读笔记`: what the note is.
                let review_word = crate::title::says_review(tail);
                // `[Handling Distribution Shifts …](url) : EERM`: its short
                // name.
                let short_name = tail
                    .strip_prefix([':', '：'])
                    .is_some_and(|name| is_short_name(name.trim()));
                if tail.is_empty()
                    || tail.starts_with(['(', '[', '`'])
                    || cited_after
                    || review_word
                    || short_name
                {
                    end = start + 1 + close;
                    start += 1;
                    decorated |= cited_after || review_word || short_name;
                    continue;
                }
            } else if close > 0 {
                // `[V-Net: …](V-Net: …` with its `)` on the next line: a
                // link broken over two lines, its text the title.
                end = start + 1 + close;
                start += 1;
                continue;
            }
        }
        // A paper's title linked to its host at the heading's end, after
        // fewer words that say what the note is: `The Extensive Reading of
        // 2022-[*MC^2: Rigorous and Efficient Directed Greybox
        // Fuzzing*](https://dl.acm.org/…)`.
        let current = &text[start..end];
        if let Some((open, close, target)) = first_inline_link(current)
            && open > 1
            && current[close..]
                .find(')')
                .is_some_and(|paren| current[close + paren + 1..].trim().is_empty())
            && names_a_paper_host(&target.to_ascii_lowercase())
            && let linked = current[open..close].split_whitespace().count()
            && linked >= 3
            && let before = current[..open - 1].trim_end()
            && linked > before.split_whitespace().count()
            // (Not after a short name and its colon, `MAE: [Masked
            // Autoencoders …](…)`: read so, a post on several papers
            // headed that way was lost; it is read as it was.)
            && !before.ends_with([':', '：'])
        {
            end = start + close;
            start += open;
            decorated = true;
            continue;
        }
        // Trailing code spans (dates), links, bracketed tags and emoji.
        let current = &text[start..end];
        let trimmed_end = current.trim_end_matches(|ch: char| is_symbol(ch) || ch.is_whitespace());
        end = start + trimmed_end.len();
        let current = &text[start..end];
        // A star and the word it marks the paper with: `… Architecture
        // ★필독` (must read), `… ⭐ must read`.
        if let Some(star) = current.rfind(['★', '☆', '⭐', '🌟'])
            && current[..star].ends_with(' ')
            && let marked = current[star..].trim_start_matches(['★', '☆', '⭐', '🌟'])
            && marked.chars().count() <= 12
            && marked.split_whitespace().count() <= 2
            && !current[..star].trim().is_empty()
        {
            end = start + current[..star].trim_end().len();
            decorated = true;
            continue;
        }
        if current.ends_with('`')
            && let Some(open) = current[..current.len() - 1].rfind('`')
            && open > 0
        {
            end = start + open;
            decorated = true;
            continue;
        }
        if current.ends_with(')')
            && let Some(open) = current.rfind("](")
            && let Some(bracket) = current[..open].rfind('[')
            && bracket > 0
        {
            // `Title [[arXiv](url)]` or `Title [pdf](url)`, or in
            // parentheses: `ResNet ([논문 링크](url))`.
            let cut = current[..bracket]
                .trim_end()
                .trim_end_matches(['[', '('])
                .trim_end();
            if !cut.is_empty() {
                end = start + cut.len();
                decorated = true;
                continue;
            }
        }
        if current.ends_with(']') || current.ends_with("\\]") {
            let body = current.trim_end_matches(']').trim_end_matches('\\');
            if let Some(open) = body.rfind('[') {
                let tag = body[open + 1..].trim();
                let before = body[..open].trim_end_matches('\\').trim_end();
                // `[Kor]`, `[WIP]`, `[math required]`: a tag of the note's.
                let short_tag = tag.chars().count() <= 12
                    || (tag.chars().count() <= 24 && tag.split_whitespace().count() <= 3);
                if !before.is_empty() && short_tag {
                    end = start + before.len();
                    decorated = true;
                    continue;
                }
            }
            // `Title [[arXiv](url)]`: a bracket holding a link.
            if let Some(open) = current.rfind("[[") {
                let before = current[..open].trim_end();
                if !before.is_empty() {
                    end = start + before.len();
                    decorated = true;
                    continue;
                }
            }
        }
        // `… implementation using PyTorch`, `PyTorch implementation of …`:
        // a note on the paper's code names the paper. Not a paper's own
        // (`Prolog: Design and Implementation`, `The Metalanguage λProlog
        // and Its Implementation`).
        let lower = current.to_ascii_lowercase();
        if let Some(at) = lower.rfind(" implementation")
            && at > 0
            && lower[at + " implementation".len()..]
                .split_whitespace()
                .next()
                .is_none_or(|word| ["using", "in", "with", "by"].contains(&word))
            && lower[at..].split_whitespace().count() <= 4
            && !lower[..at]
                .split_whitespace()
                .next_back()
                .is_some_and(|word| ["and", "its", "their", "&", "a", "an", "the"].contains(&word))
        {
            end = start + current[..at].trim_end().len();
            decorated = true;
            continue;
        }
        // (A title that opens so is the paper's own: `Implementation of the
        // Simultaneous Perturbation Algorithm for Stochastic Optimization`,
        // `An implementation of multipath TCP in ns3`.)
        if let Some(at) = lower.find("implementation of ")
            && (1..=2).contains(&lower[..at].split_whitespace().count())
            && !["a", "an", "the"].contains(&lower[..at].trim())
            && current.len() > at + "implementation of ".len()
        {
            start += at + "implementation of ".len();
            decorated = true;
            continue;
        }
        // Line breaks ending a heading: `… 초고해상도 복원 <br><br>`.
        let trimmed = current.trim_end();
        if let Some(cut) = before_line_break(trimmed)
            && !trimmed[..cut].trim().is_empty()
        {
            end = start + trimmed[..cut].trim_end().len();
            continue;
        }
        // A date in parentheses after the title, with more words:
        // `… Intelligence* (2026-04-24, preview)`.
        // (The parenthesis the last one closes: not the year's inside a
        // reference, `(Nair, A. A., … (2019, March).)`.)
        if let Some(inner) = current.strip_suffix(')')
            && let Some(open) = inner.rfind('(')
            && !inner[open + 1..].contains(')')
            && !current[..open].trim().is_empty()
            && inner[open + 1..].contains(',')
            && inner[open + 1..]
                .split(|ch: char| !ch.is_ascii_digit())
                .any(|number| {
                    number.len() == 4 && (number.starts_with("19") || number.starts_with("20"))
                })
        {
            end = start + current[..open].trim_end().len();
            decorated = true;
            continue;
        }
        // The note's own file name kept in its heading: `# Weight Agnostic
        // Neural Networks.md`.
        if let Some(extension) = [".md", ".markdown"].iter().find(|extension| {
            current.len() > extension.len()
                && current.is_char_boundary(current.len() - extension.len())
                && current[current.len() - extension.len()..].eq_ignore_ascii_case(extension)
        }) {
            end -= extension.len();
            continue;
        }
        // `Searching for MobileNetV3 - Google AI, Google Brain`: where the
        // paper came from, after a dash.
        if let Some(dash) = current.rfind(" - ")
            && dash > 0
            && names_affiliations(&current[dash + 3..])
        {
            end = start + current[..dash].trim_end().len();
            decorated = true;
            continue;
        }
        // Or in parentheses: `R2D2 - Repeatable and Reliable Detector and
        // Descriptor (NAVER LABS Europe)`.
        if let Some(inner) = current.strip_suffix(')')
            && let Some(open) = inner.rfind('(')
            && !current[..open].trim().is_empty()
            && names_affiliations(&inner[open + 1..])
        {
            end = start + current[..open].trim_end().len();
            decorated = true;
            continue;
        }
        // `Pix2Pix(Image-to-Image Translation with Conditional Adversarial
        // Networks)`: a short name, then the paper's title in parentheses.
        if let Some(inner) = current.strip_suffix(')')
            && let Some(open) = inner.find('(')
            && open > 0
            && !current[..open].trim().contains(char::is_whitespace)
            && inner[open + 1..].split_whitespace().count() >= 4
            && !inner[open + 1..].contains(['(', ')'])
            && whole_in_parentheses.is_none()
        {
            whole_in_parentheses = Some((start + open + 1, end - 1));
        }
        if (start, end) == before {
            break;
        }
    }
    // `Zhong et al. / Squeeze-and-Attention Networks / CVPR 2020`: authors,
    // title and venue between slashes; the title is the part that is
    // neither.
    let current = &text[start..end];
    if current.matches('/').count() >= 2 && current.contains(" /") || current.contains("/ ") {
        let mut offset = 0;
        let mut best: Option<(usize, usize)> = None;
        for part in current.split('/') {
            let part_start = offset + (part.len() - part.trim_start().len());
            let trimmed = part.trim();
            offset += part.len() + 1;
            let lower = trimmed.to_lowercase();
            let is_authors = lower.ends_with("et al.") || lower.ends_with("et al");
            let is_venue = Title::from_raw(trimmed, 0).is_none_or(|t| {
                t.text.is_empty() || (t.year.is_some() && t.text.split_whitespace().count() <= 1)
            });
            if !is_authors && !is_venue && best.is_none_or(|(_, len)| trimmed.len() > len) {
                best = Some((part_start, trimmed.len()));
            }
        }
        if let Some((part_start, len)) = best
            && current.split('/').count() >= 3
        {
            start += part_start;
            end = start + len;
            decorated = true;
        }
    }
    let mut title = Title::from_raw(&text[start..end], start)?;
    if title.key.is_empty() || title.text.starts_with("http") {
        return None;
    }
    // Words set in bold inside it: `DetNet: A **Backbone network** for
    // Object Detection`.
    if title.text.matches("**").count() % 2 == 0 && title.text.contains("**") {
        title.text = title.text.replace("**", "");
        title.key = TitleKey::new(&title.text);
    }
    // The key of a title kept with its short name before it.
    if let Some((key_start, key_end)) = whole_in_parentheses
        && title.range.start < key_start
        && key_end <= title.range.end
        && let Some(whole) = Title::from_raw(&text[key_start..key_end], key_start)
    {
        title.key = whole.key;
    }
    title.venue = title.venue.or(tags.venue);
    title.year = title.year.or(tags.year);
    // `Model Cards for Model Reporting — Summary Notes`, `… (DDPM): 논문 구조
    // 기반 심화 요약`: what the note is, after a dash or a colon, cut by the
    // title's own cleaning.
    let decorated = decorated
        || text[title.range.end..end]
            .trim_start()
            .strip_prefix(['-', '–', '—', ':', '：'])
            .is_some_and(|tail| {
                tail.split_whitespace()
                    .any(crate::title::says_what_the_note_is)
            });
    Some(CleanedHeading { title, decorated })
}

/// A title made from a folder's or a file's name: separators read as spaces
/// (when the name has no spaces of its own), leading numbering, checkboxes
/// and initials removed, `ː` read as `:`, a trailing venue or year cut.
fn title_from_path(name: &str, file: bool) -> Option<Title> {
    // A file named by its paper's arXiv id alone (`abs/0906.4716.md`): the
    // id names the paper.
    if file && is_arxiv_id(name) {
        return Some(Title {
            text: name.to_owned(),
            key: TitleKey::new(name),
            range: TextRange::empty(0),
            venue: None,
            year: None,
        });
    }
    // (Zotero's names start with the year: `2015_You_Cheng_…`.)
    let dated = name
        .get(..5)
        .is_some_and(|head| head.ends_with('_') && crate::title::parse_year(&head[..4]).is_some());
    let mut name = unescape_percents(name.trim()).replace('ː', ":");
    let mut tags = crate::title::TagVenue::default();
    // `TransR，AAAI2015，《Learning Entity and Relation Embeddings …》`: the
    // title in Chinese title marks, the short name and the venue before it.
    if let Some((outside, inside)) = name.split_once('《')
        && let Some((inside, _)) = inside.split_once('》')
        && inside.split_whitespace().count() >= 3
    {
        for tag in outside.split(['，', ',']) {
            tags.read(tag.trim());
        }
        name = inside.trim().to_owned();
    }
    // `TFix- Automatic Timeout Bug Fixing …`: a colon the file system
    // refused, its dash left against the short name.
    if let Some((short, rest)) = name.split_once("- ")
        && is_short_name(short)
        && rest.split_whitespace().count() >= 2
    {
        name = format!("{short}: {rest}");
    }
    // A blog's fields in brackets, its date first
    // (`[20240120]_[CLIP]_[django]_[snoopy.jpg]_[CLIP]_[]`): the title is
    // the first that is no date.
    if file
        && let Some(fields) = name
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .map(|inner| inner.split("]_[").collect::<Vec<_>>())
            .filter(|fields| fields.len() >= 3)
        && let Some(title) = fields
            .iter()
            .map(|field| field.trim())
            .find(|field| field.chars().any(char::is_alphabetic) && !field.contains(['[', ']']))
    {
        name = title.to_owned();
    }
    loop {
        let before = name.clone();
        let trimmed = name
            .trim_start_matches(|ch: char| ch == '-' || ch == '*' || ch.is_whitespace())
            .to_owned();
        let trimmed = trimmed
            .strip_prefix("[ ]")
            .or_else(|| trimmed.strip_prefix("[x]"))
            .or_else(|| trimmed.strip_prefix("[X]"))
            .map_or(trimmed.clone(), str::to_owned);
        // `[ICLR 2021] Title`, `[논문] Title`, `【02】title`: leading tags,
        // as in headings.
        let trimmed = match trimmed
            .strip_prefix('[')
            .and_then(|rest| rest.split_once(']'))
            .or_else(|| {
                trimmed
                    .strip_prefix('【')
                    .and_then(|rest| rest.split_once('】'))
            }) {
            Some((inside, rest)) if inside.chars().count() < 40 && !rest.trim().is_empty() => {
                tags.read(inside);
                rest.to_owned()
            }
            _ => trimmed,
        };
        // `(JH) Title`: initials in parentheses; `(ECCV 2022) Title`: a
        // venue and a year.
        let trimmed = match trimmed
            .strip_prefix('(')
            .and_then(|rest| rest.split_once(')'))
        {
            Some((inside, rest))
                if !rest.trim().is_empty()
                    && (inside.chars().count() < 40 && tags.read(inside)
                        || inside.chars().count() <= 6) =>
            {
                rest.to_owned()
            }
            _ => trimmed,
        };
        // A post's date: `2026-08-12-an-entropic-explanation`, `2021_03_04
        // Title`.
        let trimmed = match iso_date_prefix(&trimmed) {
            Some(rest) => rest.to_owned(),
            None => trimmed,
        };
        // The month it was read, after the name: `DX100-2025-6`.
        let trimmed = match trimmed
            .rsplitn(3, ['-', '_'])
            .collect::<Vec<_>>()
            .as_slice()
        {
            [month, year, name]
                if (1..=2).contains(&month.len())
                    && month.bytes().all(|b| b.is_ascii_digit())
                    && crate::title::parse_year(year).is_some()
                    && !name.is_empty() =>
            {
                (*name).to_owned()
            }
            _ => trimmed,
        };
        // The paper's arXiv id: `2104.00239_Positive_Sample_Propagation`,
        // `1803.06799v2 Title`.
        let trimmed = match arxiv_id_prefix(&trimmed) {
            Some(rest) => rest.to_owned(),
            None => trimmed,
        };
        // `Graham_et_al_2019_HoVer-Net`: the paper's citation, then its
        // name.
        let trimmed = match trimmed.splitn(5, ['_', ' ']).collect::<Vec<_>>().as_slice() {
            [surname, et, al, year, rest]
                if file
                    && surname.starts_with(char::is_uppercase)
                    && et.eq_ignore_ascii_case("et")
                    && al.trim_end_matches('.').eq_ignore_ascii_case("al")
                    && crate::title::parse_year(year).is_some()
                    && rest.starts_with(char::is_alphanumeric) =>
            {
                (*rest).to_owned()
            }
            _ => trimmed,
        };
        // `L02c - Exokernel, An OS Architecture …`: the lecture's or the
        // week's code in a course's plan.
        let trimmed = match trimmed.split_once(" - ") {
            Some((code, rest))
                if file && names_a_session_code(code) && rest.split_whitespace().count() >= 2 =>
            {
                rest.to_owned()
            }
            _ => trimmed,
        };
        // `Paper 1.1 - Title`: the paper's number in a reading plan.
        let trimmed = match crate::title::strip_prefix_ignore_case(&trimmed, "paper ")
            .and_then(|rest| rest.split_once(" - "))
        {
            Some((number, rest))
                if !number.is_empty()
                    && number.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                    && rest.starts_with(char::is_alphabetic) =>
            {
                rest.to_owned()
            }
            _ => trimmed,
        };
        // `suma_note`, `DQN Notes`, `SmoothQuant_Paper_Notes`: what the file
        // is, after the paper's name.
        let trimmed = if file {
            let spaced = trimmed.to_ascii_lowercase().replace(['-', '_'], " ");
            [
                " paper notes",
                " papers notes",
                " notes",
                " note",
                " review",
                " summary",
                // `ComPILE_paper.md`.
                " paper",
            ]
            .iter()
            .find_map(|word| {
                let kept = trimmed[..spaced.strip_suffix(word)?.len()].trim_end();
                kept.contains(|ch: char| ch.is_alphabetic()).then_some(kept)
            })
            .map_or(trimmed.clone(), str::to_owned)
        } else {
            trimmed
        };
        // `2018-review-bigsi`, `20201102-Paper-AlexNet`, `Note-CMSRC`: what
        // the file is, before the paper's name (not `review-of-…`, a
        // survey's own title; `summary-of-…` and `notes-on-…` are the
        // note's).
        let trimmed = match ["review", "notes", "note", "summary", "paper"]
            .iter()
            .find_map(|word| {
                let rest = crate::title::strip_prefix_ignore_case(&trimmed, word)?;
                // (`Paper - Title`, a dash between spaces.)
                let rest = rest
                    .strip_prefix(" - ")
                    .or_else(|| rest.strip_prefix(['-', '_', ' ']))?;
                let linked = ["of", "on"].iter().find_map(|link| {
                    crate::title::strip_prefix_ignore_case(rest, link)?
                        .strip_prefix(['-', '_', ' '])
                });
                let rest = match linked {
                    Some(after) if *word != "review" => after,
                    Some(_) => return None,
                    None => rest,
                };
                (file && rest.starts_with(char::is_alphanumeric)).then_some(rest)
            }) {
            Some(rest) => rest.to_owned(),
            None => trimmed,
        };
        // `决策树准入：Efficient SSD Caching by …`, `组会汇报：LR2_ …`: a label
        // in Chinese, Japanese or Korean before a title in Latin letters
        // (a topic's name, what the file is).
        let trimmed = match trimmed.split_once(['：', ':']) {
            Some((label, rest))
                if file
                    && !label.is_empty()
                    && label.chars().count() <= 8
                    && label.chars().all(crate::title::is_cjk_or_hangul)
                    && crate::title::latin_title(rest.trim(), 3) =>
            {
                rest.trim().to_owned()
            }
            _ => trimmed,
        };
        // `2019-TIP-Title`, `CVPR-2021_Title`: the year and the venue, as a
        // folder of one paper files it. (A file's name keeps them:
        // `iclr-2016-dcgan-kor.md` is named as a whole.)
        let filed: Vec<&str> = trimmed.splitn(3, ['-', '_', ' ']).collect();
        let trimmed = match filed.as_slice() {
            [first, second, rest]
                if !file
                    && rest.starts_with(char::is_alphabetic)
                    && (crate::title::parse_year(first).is_some()
                        && crate::title::is_venue_word(second)
                        || crate::title::is_venue_word(first)
                            && crate::title::parse_year(second).is_some()) =>
            {
                tags.read(&format!("{first} {second}"));
                (*rest).to_owned()
            }
            _ => trimmed,
        };
        // An outline's number: `1.3 LightGCN`, `1.3.1. NGCF` (not `2.5D …`).
        let outline = trimmed
            .split_once([' ', '_'])
            .filter(|(number, rest)| {
                is_outline_number(number) && rest.starts_with(char::is_alphabetic)
            })
            .map(|(_, rest)| rest.to_owned());
        let trimmed = outline.unwrap_or(trimmed);
        // `13_Title`, `07. Title`, `2-Title`, and a date: `220728 Title`,
        // `20220728_Title`. A year set off by a spaced dash may stand before
        // a title that opens with a digit (`2020 - 5th Generation District
        // Heating - …`).
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let trimmed = if (1..=4).contains(&digits) | [6, 8].contains(&digits)
            && trimmed[digits..].starts_with(['_', '.', '-', ' '])
            && trimmed[digits + 1..]
                .trim_start_matches(['_', '.', '-', ' '])
                .chars()
                .next()
                .is_some_and(|ch| {
                    ch.is_alphabetic()
                        || ch.is_ascii_digit()
                            && trimmed[digits..].starts_with(" - ")
                            && crate::title::parse_year(&trimmed[..digits]).is_some()
                }) {
            trimmed[digits + 1..]
                .trim_start_matches(['_', '.', '-', ' '])
                .to_owned()
        } else {
            trimmed
        };
        name = trimmed.trim().to_owned();
        if name == before {
            break;
        }
    }
    if !name.contains(' ') && name.contains('_') {
        // Words joined by `_` keep their own hyphens (`View-Adaptive`); a
        // `-_` stands for a colon, which file systems refuse
        // (`Scaffold-GS-_Structured_3D_Gaussians`).
        name = name
            .replace("_-_", " - ")
            .replace("-_", ": ")
            .replace('_', " ");
    } else if !name.contains(' ') {
        name = name.replace('-', " ");
        // `GenerativeAdversarialNets`: words joined by their capitals, three
        // or more of four letters at least (`GoogLeNet`, `InceptionResNet`
        // and `AlphaGoZero` stay names).
        if let Some(words) = camel_cased_words(&name) {
            name = words;
        }
    } else if file {
        // `LR2_ Accelerating Long-Distance RDMA Recovery …`: an underscore
        // before a space stands for a colon, which file systems refuse.
        name = name.replace("_ ", ": ");
        // `2015_You_Cheng_Measuring Modular Matrices by Shearing Lattices`, as
        // Zotero names a paper's file (year, authors, title): the title is
        // the last field.
        let fields: Vec<&str> = name.split('_').collect();
        // `SRCNN_2016_PAMI_Image Super-Resolution Using …`: a short name,
        // the year and the venue, each a field of one word, then the title.
        let filed_by_year = |fields: &[&str]| {
            fields.len() <= 3
                && fields.iter().all(|field| !field.contains(' '))
                && fields
                    .iter()
                    .any(|field| crate::title::parse_year(field).is_some())
        };
        if let Some((title, before)) = fields.split_last()
            && title.split_whitespace().count() >= 3
            && ((dated
                && before.iter().all(|author| {
                    !author.contains(' ')
                        && author.starts_with(|ch: char| ch.is_uppercase())
                        && author.chars().all(|ch| ch.is_alphabetic() || ch == '-')
                }))
                || filed_by_year(before))
        {
            if !dated {
                let filed: Vec<&str> = before
                    .iter()
                    .copied()
                    .filter(|field| {
                        crate::title::parse_year(field).is_some()
                            || crate::title::is_venue_word(field)
                    })
                    .collect();
                tags.read(&filed.join(" "));
            }
            name = (*title).to_owned();
        } else {
            name = name.replace('_', " ");
        }
    } else {
        // `Dinov2_Learning robust …`: an underscore stands for a colon.
        name = name.replacen('_', ": ", 1).replace('_', " ");
    }
    let title = Title::from_raw(&name, 0)?;
    let key = TitleKey::new(&title.text);
    if key.is_empty() || is_generic_title(&title.text) {
        return None;
    }
    Some(Title {
        range: TextRange::empty(0),
        venue: title.venue.or(tags.venue),
        year: title.year.or(tags.year),
        ..title
    })
}

/// A file name with the characters a note app escaped in it put back, as
/// Logseq writes `:` and `/` (`Inner Monologue%3A Embodied Reasoning …`).
fn unescape_percents(name: &str) -> std::borrow::Cow<'_, str> {
    if !name.contains('%') {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = name.to_owned();
    for (escaped, ch) in [
        ("%3A", ":"),
        ("%3a", ":"),
        ("%2F", "/"),
        ("%2f", "/"),
        ("%3F", "?"),
        ("%3f", "?"),
        ("%2C", ","),
        ("%2c", ","),
    ] {
        out = out.replace(escaped, ch);
    }
    std::borrow::Cow::Owned(out)
}

/// The words of a name written in CamelCase, spaced, when it is three or
/// more words each a capital and at least three lowercase letters.
fn camel_cased_words(name: &str) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut start = 0;
    for (at, ch) in name.char_indices().skip(1) {
        if ch.is_uppercase() {
            words.push(&name[start..at]);
            start = at;
        }
    }
    words.push(&name[start..]);
    let word_like = |word: &&str| {
        let mut chars = word.chars();
        chars.next().is_some_and(|first| first.is_ascii_uppercase())
            && chars.clone().count() >= 3
            && chars.all(|ch| ch.is_ascii_lowercase())
    };
    if words.len() < 3 || !words.iter().all(word_like) {
        return None;
    }
    // `NeuralNetworksforText`: a joining word written in lower case runs
    // on from the word before it. (Only words that no other word ends
    // with: `Hand` and `Proof` end in `and` and `of`.)
    let mut spaced = String::with_capacity(name.len() + words.len() * 2);
    for (index, word) in words.iter().enumerate() {
        if index > 0 {
            spaced.push(' ');
        }
        match ["for", "with", "from"].iter().find_map(|joining| {
            word.strip_suffix(joining)
                .filter(|head| head.len() >= 4 && index + 1 < words.len())
                .map(|head| (head, joining))
        }) {
            Some((head, joining)) => {
                spaced.push_str(head);
                spaced.push(' ');
                spaced.push_str(joining);
            }
            None => spaced.push_str(word),
        }
    }
    Some(spaced)
}

/// What follows an arXiv id at the start of a name (`2104.00239_Title`,
/// `1506.02640v5-Title`).
fn arxiv_id_prefix(name: &str) -> Option<&str> {
    let rest = &name[arxiv_id_len(name)?..];
    let rest = rest
        .strip_prefix(['_', '-', ' ', '.'])?
        .trim_start_matches(['_', '-', ' ']);
    rest.starts_with(char::is_alphabetic).then_some(rest)
}

/// Whether a name is an arXiv id and nothing else (`0906.4716`,
/// `2202.12837v2`).
fn is_arxiv_id(name: &str) -> bool {
    arxiv_id_len(name) == Some(name.len())
}

/// The length of the arXiv id opening a name (`2202.12837`, `1506.02640v5`):
/// four digits (a year and month), a dot, four or five digits, maybe a
/// version.
fn arxiv_id_len(name: &str) -> Option<usize> {
    let bytes = name.as_bytes();
    let month = name.get(2..4)?.parse::<u8>().ok()?;
    if bytes.len() < 9
        || !bytes[..4].iter().all(u8::is_ascii_digit)
        || !(1..=12).contains(&month)
        || bytes[4] != b'.'
    {
        return None;
    }
    let digits = bytes[5..].iter().take_while(|b| b.is_ascii_digit()).count();
    if !(4..=5).contains(&digits) {
        return None;
    }
    let mut rest = &name[5 + digits..];
    if let Some(version) = rest.strip_prefix('v') {
        rest = version.trim_start_matches(|ch: char| ch.is_ascii_digit());
    }
    Some(name.len() - rest.len())
}

/// A value that is a paper's identifier and nothing else: an arXiv id
/// (`2202.12837v2`, `arXiv:1706.03762`) or a DOI (`10.1145/3297858.3304013`),
/// as front matter keeps it under any key (`bib_id:`, `id:`).
pub(crate) fn is_paper_identifier(value: &str) -> bool {
    let value = value.trim().trim_matches(['"', '\'']);
    let lower = value.to_ascii_lowercase();
    let id = lower
        .strip_prefix("arxiv:")
        .or_else(|| lower.strip_prefix("doi:"))
        .unwrap_or(&lower)
        .trim_start();
    if is_arxiv_id(id) {
        return true;
    }
    id.strip_prefix("10.").is_some_and(|rest| {
        rest.split_once('/').is_some_and(|(registrant, suffix)| {
            registrant.len() >= 4
                && registrant.bytes().all(|b| b.is_ascii_digit() || b == b'.')
                && !suffix.is_empty()
                && !suffix.contains(char::is_whitespace)
        })
    })
}

/// What follows a leading `YYYY-MM-DD` date and its separator
/// (`2026-08-12-slug`, `2021_03_04 Title`, `2019.7.9-slug`), when a word
/// follows.
fn iso_date_prefix(name: &str) -> Option<&str> {
    let len = iso_date_len(name).or_else(|| slashed_date_len(name))?;
    let rest = name[len..].strip_prefix(['-', '_', '.', ' '])?;
    let rest = rest.trim_start_matches(['-', '_', '.', ' ']);
    rest.starts_with(char::is_alphabetic).then_some(rest)
}

/// The length of a leading date written with slashes, the year last:
/// `03/17/2024` (as Americans write it), `17/03/2024`.
fn slashed_date_len(name: &str) -> Option<usize> {
    let mut at = 0;
    for width in [1..=2, 1..=2] {
        let digits = name[at..].bytes().take_while(u8::is_ascii_digit).count();
        if !width.contains(&digits) {
            return None;
        }
        at += digits;
        name[at..].strip_prefix('/')?;
        at += 1;
    }
    let year = name.get(at..at + 4)?;
    crate::title::parse_year(year)?;
    (!name[at + 4..].starts_with(|ch: char| ch.is_ascii_digit())).then_some(at + 4)
}

/// The length of a leading `YYYY-MM-DD` date (`2026-04-21`, `2021_03_04`,
/// `2019.7.9`).
fn iso_date_len(name: &str) -> Option<usize> {
    let mut at = 0;
    for (index, width) in [(0, 4..=4), (1, 1..=2), (2, 1..=2)] {
        // (Each separator is one byte.)
        if index > 0 {
            name[at..].strip_prefix(['-', '_', '.', ' '])?;
            at += 1;
        }
        let digits = name[at..].bytes().take_while(u8::is_ascii_digit).count();
        if !width.contains(&digits)
            || (index == 0 && crate::title::parse_year(&name[..4]).is_none())
        {
            return None;
        }
        at += digits;
    }
    Some(at)
}

/// The months in English, whole and cut short (`March`, `Mar`, `Sept`).
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Whether a line is a day written out in English: `August 29, 2025`,
/// `_29 Aug 2025_`, `Mon, March 3rd 2024`.
fn names_a_day(line: &str) -> bool {
    const WEEKDAYS: &[&str] = &["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
    // (A day has a number: most lines are out before their words are
    // lowered.)
    if !line.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let words: Vec<String> = crate::text::words(line).map(str::to_lowercase).collect();
    let is_number = |word: &str| {
        let digits = word.trim_end_matches(|ch: char| ch.is_ascii_lowercase());
        !digits.is_empty()
            && digits.bytes().all(|b| b.is_ascii_digit())
            && ["", "st", "nd", "rd", "th"].contains(&&word[digits.len()..])
    };
    words.iter().any(|word| MONTHS.contains(&word.as_str()))
        && words.iter().any(|word| is_number(word))
        && words.iter().all(|word| {
            MONTHS.contains(&word.as_str())
                || is_number(word)
                || WEEKDAYS.iter().any(|day| word.starts_with(day))
        })
}

/// The first inline link on a line, `[text](target)`: where its text
/// starts and ends in the line, and its target (brackets inside the text
/// matched).
fn first_inline_link(line: &str) -> Option<(usize, usize, &str)> {
    let open = line.find('[')?;
    let inner = &line[open + 1..];
    let close = closing(inner, '[', ']')?;
    let target = inner[close..].strip_prefix("](")?;
    let target = &target[..target.find(')').unwrap_or(target.len())];
    Some((open + 1, open + 1 + close, target))
}

/// The title a line's first link gives by its text, and the link's target.
fn link_title(text: &str, line: Line) -> Option<(Title, &str)> {
    let (start, end, target) = first_inline_link(line.text(text))?;
    let title = title_from_value(text, TextRange::new(line.start + start, line.start + end))?;
    Some((title, target))
}

/// The title a line that is only a link to a paper gives by its text:
/// four words or more, written as titles are (`[ImageNet Classification
/// with Deep Convolutional Neural Networks](https://papers.nips.cc/…)`).
fn linked_paper_alone(text: &str, line: Line) -> Option<Title> {
    let content = line.text(text).trim();
    if !is_link_line(content) || !names_a_paper_host(&content.to_ascii_lowercase()) {
        return None;
    }
    let (title, _) = link_title(text, line)?;
    (title.text.split_whitespace().count() >= 4 && names_in_capitals(&title.text)).then_some(title)
}

/// The first link in the few lines under a short title's heading whose
/// text is the whole title, the short name before its colon: `[U-Net:
/// Convolutional Networks for Biomedical Image Segmentation](…)` under `#
/// U-Net论文阅读笔记`.
fn linked_whole_title(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    heading: usize,
    short: &TitleKey,
) -> Option<(Title, usize)> {
    (heading + 1..lines.len())
        .take_while(|&i| !matches!(kinds[i], LineKind::Heading { .. }))
        .filter(|&i| matches!(kinds[i], LineKind::Text))
        .take(4)
        .find_map(|i| {
            let (title, _) = link_title(text, lines[i])?;
            (title.text.split_whitespace().count() >= 3
                && (title
                    .text
                    .split_once([':', '：'])
                    .is_some_and(|(name, _)| same_name(name, short))
                    || cites_linked_paper(lines[i].text(text))))
            .then_some((title, i))
        })
}

/// Whether a heading names the paper's authors, venue or link over its
/// value, a field set as a heading: `### 著者・所属` over `Nikita Kitaev,
/// Łukasz Kaiser, …`, `### 会議・論文誌` over `ICLR2020`, `## Authors` over
/// the names. (Not `## Code`, `## Tags`: a note's own parts too.)
fn heads_a_field(text: &str, lines: &[Line], kinds: &[LineKind], index: usize) -> bool {
    const HEADED_FIELDS: &[&str] = &[
        "Authors",
        "저자",
        "作者",
        "著者",
        "Venue",
        "Conference",
        "会议",
        "会議",
        "論文誌",
        "Paper Link",
        "논문 링크",
        "论文链接",
        "論文リンク",
    ];
    let LineKind::Heading { text: heading, .. } = kinds[index] else {
        return false;
    };
    heading
        .slice(text)
        .trim()
        .split(['・', '/', '&'])
        .any(|part| names_one_of(part.trim(), HEADED_FIELDS))
        && (index + 1..lines.len())
            .find(|&below| kinds[below] != LineKind::Blank)
            .is_some_and(|below| kinds[below] == LineKind::Text)
}

/// The name on a line that says who reviewed the paper, with no colon
/// (`**reviewed by [Heekyung Park](https://github.com/…)**`, `Reviewed by
/// 박민경`, or misspelt, `reviewd by`): its range, the link's maybe.
fn reviewed_by(text: &str, line: Line) -> Option<TextRange> {
    let content = line.text(text);
    // (An emoji may close it: `**reviewed by …** 🙌`.)
    let inner = content
        .trim()
        .trim_end_matches(|ch: char| is_symbol(ch) || ch.is_whitespace())
        .trim_matches(['*', '_'])
        .trim();
    let name = ["reviewed by ", "reviewd by "]
        .iter()
        .find_map(|said| crate::title::strip_prefix_ignore_case(inner, said))?
        .trim();
    let start = line.start + content.find(name)?;
    (!name.is_empty()).then(|| TextRange::new(start, start + name.len()))
}

/// Whether a line cites a paper by its link alone, then who wrote it:
/// `[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)
/// by Kaiming He, et al.` (a link to a paper's host).
fn cites_linked_paper(line: &str) -> bool {
    let line = line.trim();
    line.starts_with('[')
        && first_inline_link(line).is_some_and(|(_, close, target)| {
            let after = &line[close + 2 + target.len()..];
            names_a_paper_host(&target.to_ascii_lowercase())
                && after.strip_prefix(')').is_some_and(names_its_authors)
        })
}

/// A paper's title alone on a line among a note's first six, in bold or
/// as a link, Latin and written as titles are, with a byline next
/// (`by Heather Antecol, Kelly Bedard, and Jenna Stearns (AER 2018)`): the
/// title and its line.
fn bylined_title(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
) -> Option<(Title, usize)> {
    let opening: Vec<usize> = (from..lines.len())
        .filter(|&i| kinds[i] != LineKind::Blank)
        .take(6)
        .collect();
    opening.windows(2).find_map(|pair| {
        let (index, next) = (pair[0], pair[1]);
        if kinds[index] != LineKind::Text || kinds[next] != LineKind::Text {
            return None;
        }
        let content = lines[index].text(text).trim();
        let title = match crate::text::unwrap_pair(content, &["**"]) {
            Some(inner) if !inner.contains("**") => {
                title_from_value(text, TextRange::of(text, inner))?
            }
            _ if is_link_line(content) && content.starts_with('[') => {
                link_title(text, lines[index])?.0
            }
            _ => return None,
        };
        // (Where it appeared after the names: `(JPE 2021)`.)
        let byline = lines[next].text(text).trim();
        let byline = match byline
            .strip_suffix(')')
            .and_then(|rest| rest.rsplit_once(" ("))
        {
            Some((names, cited)) if holds_a_year(cited) => names,
            _ => byline,
        };
        // (The byline says it is a paper's, so a question is one too: `Why
        // Do Wealthy Parents Have Wealthy Children?`.)
        (cjk_and_letters(&title.text).0 == 0
            && title.text.split_whitespace().count() >= 3
            && title.text.starts_with(|ch: char| ch.is_ascii_uppercase())
            && !title.text.ends_with(['.', '!', ':'])
            && names_its_authors(byline))
        .then_some((title, index))
    })
}

/// The one paper a note links under the label `Paper` or `论文`, its
/// link's text being the title: `> **Paper**: [A Simple Baseline for
/// Multi-Object Tracking](https://arxiv.org/abs/2004.01888)`, `- [论文：
/// Feature Pyramid Networks for Object Detection](https://arxiv.org/…)`.
/// None when the note so links two papers.
fn labelled_paper_link(text: &str, lines: &[Line], kinds: &[LineKind]) -> Option<Title> {
    // (Or its address: `论文地址：[ HMEAE: Hierarchical … ](…)`.)
    // (Or a link field, as a Logseq page's property is written: `link::
    // [Understanding early molecular changes …](https://journals.plos.org/…)`;
    // the paper's host and three words of text say it links the paper.)
    const LABELS: &[&str] = &[
        "paper",
        "paper link",
        "link",
        "论文",
        "論文",
        "논문",
        "论文地址",
        "论文链接",
        "論文連結",
        "논문 링크",
        "논문 주소",
    ];
    let labelled = |words: &str| {
        let words = words.trim().trim_matches(['*', '_']).trim();
        LABELS.iter().any(|label| words.eq_ignore_ascii_case(label))
    };
    let mut found: Option<Title> = None;
    for (line, _) in lines
        .iter()
        .zip(kinds)
        .filter(|(_, kind)| matches!(kind, LineKind::Text))
    {
        let content = line.text(text);
        let Some((open, close, target)) = first_inline_link(content) else {
            continue;
        };
        let before = content[..open - 1]
            .trim_start()
            .trim_start_matches(['>', ' ']);
        let before = before[bullet_len(before)..].trim_end();
        let inner = &content[open..close];
        // The label before the link (`**Paper**: [Title](…)`) or inside
        // its text (`[论文：Title](…)`).
        let start = match before
            .strip_suffix("::")
            .or_else(|| before.strip_suffix([':', '：']))
        {
            Some(label) if labelled(label) => open,
            _ if before.is_empty() => match inner.split_once([':', '：']) {
                Some((label, title)) if labelled(label) => close - title.len(),
                _ => continue,
            },
            _ => continue,
        };
        if !names_a_paper_host(&target.to_ascii_lowercase()) {
            continue;
        }
        let Some(title) =
            title_from_value(text, TextRange::new(line.start + start, line.start + close))
                .filter(|title| title.text.split_whitespace().count() >= 3)
        else {
            continue;
        };
        match &found {
            Some(first) if first.key != title.key => return None,
            Some(_) => {}
            None => found = Some(title),
        }
    }
    found
}

/// The first link to a paper in `within` that follows the word for a
/// paper (`出自论文 [Title](…)`, `from the paper [Title](…)`): its text, four
/// words or more, and its line.
fn linked_after_the_word_paper(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    within: std::ops::Range<usize>,
) -> Option<(Title, usize)> {
    within
        .filter(|&i| matches!(kinds[i], LineKind::Text))
        .find_map(|i| {
            let content = lines[i].text(text);
            let (open, close, target) = first_inline_link(content)?;
            let before = content[..open - 1].trim_end_matches([' ', '-', ':', '：']);
            let said = ["论文", "論文", "논문"]
                .iter()
                .any(|word| before.ends_with(word))
                || crate::title::strip_suffix_ignore_case(before, " paper").is_some();
            if !said || !names_a_paper_host(&target.to_ascii_lowercase()) {
                return None;
            }
            let title = title_from_value(
                text,
                TextRange::new(lines[i].start + open, lines[i].start + close),
            )?;
            (title.text.split_whitespace().count() >= 4).then_some((title, i))
        })
}

/// A link to a paper whose text names `name` among four words or more:
/// the paper a note's headline stands for.
fn linked_title_naming(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    name: &str,
) -> Option<(Title, usize)> {
    let name = name.to_lowercase();
    (0..lines.len())
        .filter(|&i| matches!(kinds[i], LineKind::Text))
        .find_map(|i| {
            let (title, target) = link_title(text, lines[i])?;
            // (Not a link to one part of it in the reader's language:
            // `[Nature Methods/Resolution training schedule 与 GenCast-Perturbed
            // protocol](…)`.)
            (names_a_paper_host(&target.to_ascii_lowercase())
                && title.text.split_whitespace().count() >= 4
                && title.text.to_lowercase().contains(&name)
                && !title.text.chars().any(crate::title::is_cjk_or_hangul))
            .then_some((title, i))
        })
}

/// The opening paragraph's link to a paper that the words after it call the
/// paper (`[Prioritized Experience Replay](https://arxiv.org/…) 논문을`,
/// `the [Dueling Network Architectures …](…) paper`): its text and line.
fn paper_linked_first(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
) -> Option<(Title, usize)> {
    let first = (from + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)?;
    (first..lines.len())
        .take_while(|&i| kinds[i] == LineKind::Text)
        .take(3)
        .find_map(|line| {
            let content = lines[line].text(text);
            let (_, end, target) = first_inline_link(content)?;
            let after = content[end..]
                .strip_prefix("](")
                .map(|rest| &rest[target.len()..])?
                .strip_prefix(')')?
                .trim_start()
                .to_lowercase();
            if !(names_a_paper_host(&target.to_ascii_lowercase())
                && ["논문", "paper", "论文", "論文"]
                    .iter()
                    .any(|paper| after.starts_with(paper)))
            {
                return None;
            }
            let (title, _) = link_title(text, lines[line])?;
            (title.text.split_whitespace().count() >= 3).then_some((title, line))
        })
}

/// The name before a headline in Chinese, Japanese or Korean, set off by a
/// colon or a spaced dash: `Speculative Decoding` in `Speculative
/// Decoding：投机采样让大模型推理提速 3 倍`, `WaveNet` in `WaveNet -
/// 自己回帰モデルによる…`, `Chain-of-Thought Prompting` in `Chain-of-Thought
/// Prompting — 一句「示範怎麼想」，…`.
fn named_before_headline(title: &str) -> Option<&str> {
    let (name, tail) = title.split_once(['：', ':']).or_else(|| {
        [" - ", " — ", " – "]
            .iter()
            .find_map(|dash| title.split_once(dash))
    })?;
    let name = name.trim();
    (!name.is_empty() && name.is_ascii() && headline_in_cjk(tail)).then_some(name)
}

/// Whether a headline is written in Chinese, Japanese or Korean, English
/// terms aside (`LlamaのNext-Token予測を使った画像生成`): four of those
/// characters at least, and over a third of its letters.
pub(crate) fn headline_in_cjk(headline: &str) -> bool {
    let (cjk, letters) = cjk_and_letters(headline);
    cjk >= 4 && cjk * 3 > letters
}

/// A heading that is the bare word for the paper (`# 論文`, `## Paper`)
/// over a link alone (`[WaveNet: A Generative Model for Raw
/// Audio](https://arxiv.org/abs/1609.03499)`): the link's line and text.
fn linked_under_paper_heading(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    index: usize,
    heading: TextRange,
) -> Option<(usize, Title)> {
    let below = (index + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)?;
    if kinds[below] != LineKind::Text || !is_link_line(lines[below].text(text)) {
        return None;
    }
    // (Or a title field's name as the heading: `## 论文名称`, `## Paper Title`.)
    let core = heading_core(heading.slice(text));
    if !(["論文", "论文", "논문"].contains(&core.as_str()) || names_one_of(&core, TITLE_FIELDS))
    {
        return None;
    }
    let (title, target) = link_title(text, lines[below])?;
    names_a_paper_host(&target.to_ascii_lowercase()).then_some((below, title))
}

/// A heading that is a title field's name (`#### Title`, `#### Titles`,
/// `# 論文名`) over a plain line with a paper's title, four words at least
/// and no sentence: that line and its title.
fn titled_under_field_heading(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    heading: &NoteHeading,
) -> Option<(usize, Title)> {
    // (`Titles` as one writer heads it; not `Papers`, a list's heading.)
    let core = heading_core(heading.text.slice(text));
    if !(core.eq_ignore_ascii_case("titles") || names_one_of(&core, TITLE_FIELDS)) {
        return None;
    }
    let below = (heading.line + 1..lines.len()).find(|&i| kinds[i] != LineKind::Blank)?;
    let content = lines[below].text(text);
    // (Not a sentence: `# 📗 Paper` over `추천 시스템 논문을 읽고 리뷰하며
    // 구현하는 공간입니다.`, what the page is.)
    if kinds[below] != LineKind::Text
        || is_list_item(content)
        || is_link_line(content)
        || content.trim_end().ends_with(['.', '。'])
    {
        return None;
    }
    let title = title_from_value(text, lines[below].range())?;
    (title.text.split_whitespace().count() >= 4
        && !title.text.ends_with(['.', '。'])
        && !is_generic_title(&title.text))
    .then_some((below, title))
}

/// Where the `open` before `inner` closes, pairs inside it matched: 8 in
/// `wiscECE7[7]] Title` for `[`, 3 in `BBDM}` for `{`; a quote closes at
/// the next quote.
fn closing(inner: &str, open: char, close: char) -> Option<usize> {
    let mut depth = 0usize;
    for (at, ch) in inner.char_indices() {
        if ch == close {
            if depth == 0 {
                return Some(at);
            }
            depth -= 1;
        } else if ch == open {
            depth += 1;
        }
    }
    None
}

/// The paper a line names after words saying whose note it is, in bold or
/// as a link's text: `Reading note for **Neural Machine Translation of Rare
/// Words with Subword Units**`, `Notes on [Attention Is All You Need](…)`.
/// Three words at least.
fn named_after_note_words(text: &str, line: Line) -> Option<Title> {
    let content = line.text(text);
    let trimmed = content.trim_start();
    let rest = [
        "Reading notes for ",
        "Reading note for ",
        "Reading notes on ",
        "Reading note on ",
        "Notes on ",
        "Notes for ",
        "A review of ",
        "Review of ",
        "This is a review of ",
        "Summary of ",
    ]
    .iter()
    .find_map(|words| crate::title::strip_prefix_ignore_case(trimmed, words))?;
    let at = line.start + (content.len() - rest.len());
    let named = if let Some(inner) = rest.strip_prefix("**").or_else(|| rest.strip_prefix("__")) {
        let len = inner.find(&rest[..2])?;
        TextRange::new(at + 2, at + 2 + len)
    } else {
        let (open, close, _) = first_inline_link(rest).filter(|&(open, ..)| open == 1)?;
        TextRange::new(at + open, at + close)
    };
    title_from_value(text, named).filter(|title| title.text.split_whitespace().count() >= 3)
}

/// The link after `A review of` opening a note, on its line or alone at
/// the start of the next: its text as the title, and the line it is on.
fn reviewed_link(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
) -> Option<(Title, usize)> {
    let first = (from..lines.len()).find(|&i| !lines[i].text(text).trim().is_empty())?;
    if !matches!(kinds[first], LineKind::Text) {
        return None;
    }
    let content = lines[first].text(text).trim_start();
    let rest = ["A review of", "Review of", "This is a review of"]
        .iter()
        .find_map(|prefix| crate::title::strip_prefix_ignore_case(content, prefix))?
        .trim();
    let line = if rest.is_empty() { first + 1 } else { first };
    if !matches!(kinds.get(line), Some(LineKind::Text)) {
        return None;
    }
    // The link opens what follows `A review of`.
    let after = if rest.is_empty() {
        lines[line].text(text).trim_start()
    } else {
        rest
    };
    let (start, _, _) = first_inline_link(after)?;
    let (title, _) = link_title(text, lines[line]).filter(|_| start == 1)?;
    (title.text.split_whitespace().count() >= 2).then_some((title, line))
}

/// A sentence speaking of the paper that ends by quoting its title, in
/// code or in quotes (`… summarization of the paper \`A quantum gate
/// between a flying optical photon and a single trapped atom\``): where
/// the quoted title is in `line`, three words at least.
fn quoted_after_the_paper(line: &str) -> Option<TextRange> {
    let line = line.trim_end_matches(['.', ':', ' ']);
    let close = line.chars().next_back()?;
    let open = match close {
        '`' | '"' => close,
        '”' => '“',
        _ => return None,
    };
    let inner = &line[..line.len() - close.len_utf8()];
    let start = inner.rfind(open)? + open.len_utf8();
    let before = &inner[..start - open.len_utf8()];
    let quoted = &inner[start..];
    (speaks_of_the_paper(before)
        && before.split_whitespace().count() >= 3
        && quoted.split_whitespace().count() >= 3)
        .then_some(TextRange::new(start, inner.len()))
}

/// The title of a citation block opening the note, and its line: the first
/// non-blank line is plain text or one list item of three to 25 words, not
/// a sentence, a link or a field, and the next is an author list or one
/// person's name.
fn title_block(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    from: usize,
) -> Option<(Title, usize)> {
    let filled =
        |start: usize| (start..lines.len()).find(|&i| !lines[i].text(text).trim().is_empty());
    let first = filled(from)?;
    let second = filled(first + 1)?;
    if !matches!(kinds[first], LineKind::Text) || !matches!(kinds[second], LineKind::Text) {
        return None;
    }
    let mut range = lines[first].range().trimmed(text);
    // A sentence that quotes the paper's title at its end (`This is going
    // to be my summarization of the paper \`A quantum gate between …\``):
    // the quoted words are the line.
    if let Some(quoted) = quoted_after_the_paper(range.slice(text)) {
        range = TextRange::new(range.start + quoted.start, range.start + quoted.end);
    }
    let content = range.slice(text);
    let bullet = bullet_len(content);
    let bare = &content[bullet..];
    let next = lines[second].text(text).trim();
    let next = &next[bullet_len(next)..];
    let words = bare.split_whitespace().count();
    // (Nor links to a vault's notes, `Requirements: [[TQL]], [[Neural
    // Network]]`.)
    let plain = !bare.contains("](")
        && !bare.contains("://")
        && !bare.contains("[[")
        // (Nor a formula, `$$\max_{\Theta} \sum …$$` over the paper's link.)
        && !bare.starts_with(['#', '>', '|', '!', '<', '[', '$'])
        && field_value(text, lines[first], PAPER_FIELDS).is_none()
        && field_value(text, lines[first], REVIEWER_FIELDS).is_none()
        // `* Authors and Affiliation` over `Author: …`: a form's label for
        // two of its fields.
        && !bare
            .split_once(" and ")
            .or_else(|| bare.split_once(" & "))
            .is_some_and(|(field, _)| names_one_of(field.trim_matches('*'), PAPER_FIELDS))
        // `**논문 발표**: 2023년 (NeurIPS 2023)`: a label set in bold.
        && !bare
            .strip_prefix("**")
            .and_then(|rest| rest.split_once("**"))
            .is_some_and(|(label, after)| {
                (label.ends_with([':', '：']) || after.starts_with([':', '：']))
                    && label.split_whitespace().count() <= 4
            })
        // (Nor a remark in parentheses, `(Original Word2vec paper)`.)
        && !(bare.starts_with(['(', '（']) && bare.trim_end().ends_with([')', '）']))
        // `- Publication) NeurIPS 2025`: a label closed by a parenthesis.
        && bare
            .split_whitespace()
            .next()
            .is_none_or(|word| !word.ends_with(')') || word.contains('('))
        // `(2018) Shifeng Zhang / Longyin Wen`: the year and the authors.
        && !bare
            .strip_prefix('(')
            .and_then(|rest| rest.split_once(')'))
            .filter(|(year, _)| crate::title::parse_year(year.trim()).is_some())
            .is_some_and(|(_, people)| {
                let people = people.trim();
                looks_like_author_list(people)
                    || people.contains(" / ")
                        && people.split(" / ").all(looks_like_one_name)
            });
    // Or over its own full reference: `Masked Autoencoders Are Scalable
    // Vision Learners` over `HE, Kaiming, et al. Masked autoencoders are
    // scalable vision learners. In: Proceedings of … 2022.`
    // (One author may have where they work after the name: `Gopalan
    // Nadathur (University of Minnesota)`.)
    // (`by Babak Joze Abbaschian, Daniel Sierra-Sosa, and Adel Elmaghraby`.)
    // (Or after a dash, `ㅡ Alexander Wei, Maarten Bosma`.)
    let next_people = next.trim_start_matches(['-', '—', '–', 'ㅡ', ' ']);
    let people = next_people
        .strip_prefix("by ")
        .or_else(|| next_people.strip_prefix("By "))
        .unwrap_or(next_people);
    // (The paper's link after them: `Xu Lan et al.
    // [링크](https://arxiv.org/abs/1806.04606)`.)
    let people = people
        .strip_suffix(')')
        .and_then(|linked| linked.rfind(" [").filter(|&at| linked[at..].contains("](")))
        .map_or(people, |at| people[..at].trim_end());
    let by_people = looks_like_author_list(people)
        || looks_like_one_name(people.split_once(" (").map_or(people, |(name, _)| name))
        // (One and `et al.`: `Xu Lan et al.`.)
        || people
            .strip_suffix(" et al.")
            .or_else(|| people.strip_suffix(" et al"))
            .is_some_and(looks_like_one_name)
        || cites_the_title(next, bare.trim_end());
    // Or over the paper's link, maybe under the day it was read:
    // `YOLOv3: An Incremental Improvement` / `4/7/2020` / `https://…/YOLOv3.pdf`.
    // (Or its DOI, a link wherever it is kept: `(DOI:
    // [10.1103/PhysRevLett.92.127902](https://journals.aps.org/…))`.)
    let links_paper = |line: &str| {
        let lower = line.to_ascii_lowercase();
        let doi = line
            .strip_prefix('(')
            .and_then(|inner| inner.strip_suffix(')'))
            .unwrap_or(line);
        is_link_line(line) && names_a_paper_host(&lower)
            || crate::title::strip_prefix_ignore_case(doi, "doi:")
                .is_some_and(|link| is_link_line(link.trim()))
    };
    let is_date = |line: &str| {
        line.len() <= 12
            && line
                .chars()
                .all(|ch| ch.is_ascii_digit() || "/-.".contains(ch))
            && line.chars().filter(char::is_ascii_digit).count() >= 4
    };
    // Or over where it appeared, alone: `DetNet: A Backbone network for
    // Object Detection` over `ECCV2018`.
    let over_its_venue = crate::title::names_venue_and_year(next)
        || (!next.contains(char::is_whitespace) && crate::title::venue_with_year(next).is_some());
    // Or over a field holding it: `You only look once: …` over `link:
    // https://arxiv.org/pdf/1506.02640.pdf`.
    let over_its_link_field = || {
        field_value(text, lines[second], LINK_FIELDS)
            .is_some_and(|value| links_paper(value.slice(text)))
    };
    let over_its_link = over_its_venue
        || links_paper(next)
        || over_its_link_field()
        || is_date(next)
            && filled(second + 1).is_some_and(|third| {
                matches!(kinds[third], LineKind::Text)
                    && links_paper(lines[third].text(text).trim())
            });
    // `Tingwu Wang, Jimmy Ba` over `U Toronto, Vector Institute`: the
    // authors and where they work, no title.
    // `Xiaoliang Dai1, AlvinWan, …, Zhen Wei,` over the rest of the authors:
    // a list going on, not a title.
    if !(3..=25).contains(&words)
        // (Set in italics too: `*The first adaptively-secure threshold
        // Schnorr signature scheme to hit three rounds …*`, a sentence.)
        || bare
            .trim_end_matches(['*', '_'])
            .ends_with(['.', '。', ':', '：', ',', '，'])
        || !plain
        || !(by_people || over_its_link)
        || looks_like_author_list(bare)
        // `Yu Zhang et al., 2020` over `Google Research, Brain Team`: who
        // wrote it and where, under the title.
        // (Or `Gilmer et. al., Jan 2018`, its full stop misplaced.)
        || {
            let lower = bare.to_lowercase();
            lower.contains("et al") || lower.contains("et. al")
        }
        // `_August 29, 2025_` over `[Link to Paper](…)`: the day it was read.
        || names_a_day(bare)
        // `Facebook AI Research` over `[arXiv](…)`: where it was written.
        || words <= 4 && names_affiliations(bare)
        // `Journal of Machine Learning Research (JMLR) Volume 3, February
        // 2003` over the paper's link: where it appeared.
        || names_a_volume(bare)
    {
        return None;
    }
    let title = title_from_value(text, TextRange::new(range.start + bullet, range.end))?;
    // (Nor where and when it appeared with its citations counted, `NIPS'18,
    // Citation: 1365`, over the authors: no title once they are cut.)
    if crate::title::venue_and_year(&title.text).is_some() {
        return None;
    }
    Some((title, first))
}

/// Whether the text gives a journal's volume: `… Volume 3, February 2003`,
/// `Vol. 12`.
fn names_a_volume(text: &str) -> bool {
    text.split_whitespace()
        .zip(text.split_whitespace().skip(1))
        .any(|(word, number)| {
            ["volume", "vol.", "vol"]
                .iter()
                .any(|name| word.eq_ignore_ascii_case(name))
                && number.starts_with(|ch: char| ch.is_ascii_digit())
        })
}

/// The title in a reference written in APA style, `Authors. (Year).
/// Title. Journal, 32(1), 129-148.`: the part after the year up to the
/// next sentence stop, when authors come before it and a source after it.
fn cited_title(text: &str, range: TextRange) -> Option<TextRange> {
    let line = range.slice(text);
    if let Some(title) = italic_after_surnames(line) {
        return Some(TextRange::new(
            range.start + title.start,
            range.start + title.end,
        ));
    }
    let (open, _) = line.match_indices('(').find(|&(at, _)| {
        let year = &line[at + 1..];
        year.len() >= 6
            && year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && crate::title::parse_year(&year[..4]).is_some()
            && year[4..].starts_with(')')
    })?;
    let authors = line[..open].trim();
    if authors.is_empty() || authors.chars().count() > 200 || !authors.contains([',', '.', '&']) {
        return None;
    }
    // (Nor a year inside a quotation: `In the article "Inspectability and
    // Control …. Knijnenburg, B., … (2012)" the authors study …`.)
    if authors.matches('"').count() % 2 == 1
        || authors.matches('“').count() > authors.matches('”').count()
    {
        return None;
    }
    let after_year = &line[open + 6..];
    // (A reference may wrap: the title on the line after the year, the
    // source on the next.)
    let title_from = after_year.trim_start_matches(|ch: char| ch == '.' || ch.is_whitespace());
    // (A sentence goes on after its authors, `Petroni et al. (2019)
    // investigated how much …`: a title opens with a capital.)
    if title_from.starts_with(|ch: char| ch.is_ascii_lowercase())
        || crate::title::names_a_chapters_book(title_from)
    {
        return None;
    }
    let start = line.len() - title_from.len();
    // A book's or report's title set in italics, `_Algorithms for graph
    // partitioning: A survey_ (Vol. 3).`: the emphasis bounds it.
    if let Some(mark) = title_from
        .chars()
        .next()
        .filter(|ch| matches!(ch, '_' | '*'))
        && let Some(close) = title_from[1..].find(mark)
        && let title = &title_from[1..1 + close]
        && title.split_whitespace().count() >= 2
        && !title.starts_with(mark)
    {
        // (Not where it appeared, so set, the title left out: `Shunyu Yao,
        // …, Yuan Cao (2023). *ICLR 2023* (Princeton / Google Brain).`)
        if crate::title::names_venue_and_year(title) {
            return None;
        }
        return Some(TextRange::new(
            range.start + start + 1,
            range.start + start + 1 + title.len(),
        ));
    }
    let (end, stop) = title_from.match_indices(['.', '。']).find(|&(at, stop)| {
        let rest = &title_from[at + stop.len()..];
        rest.is_empty() || rest.starts_with(char::is_whitespace)
    })?;
    let title = title_from[..end].trim();
    let source = title_from[end + stop.len()..].trim();
    (title.split_whitespace().count() >= 2 && !source.is_empty())
        .then(|| TextRange::new(range.start + start, range.start + start + title.len()))
}

/// A reference giving its authors (by their surnames, as
/// [`names_only_authors`] reads them, or in full), a full stop, then the
/// title in italics and where it appeared (`Cao, Mirjalili, Raschka. *Rank
/// consistent ordinal regression for neural networks …* Pattern Recognition
/// Letters, 140 (2020)`): where the title is in `line`, three words at least.
fn italic_after_surnames(line: &str) -> Option<TextRange> {
    let at = line.find(". *").or_else(|| line.find(". _"))?;
    let authors = &line[..at];
    let start = at + ". ".len();
    let (len, source) = opening_italic(&line[start..])?;
    (authors.len() <= 200
        && (names_only_authors(authors) || looks_like_author_list(authors))
        && line[start + 1..start + 1 + len].split_whitespace().count() >= 3
        && source.trim_start().starts_with(char::is_alphanumeric))
    .then_some(TextRange::new(start + 1, start + 1 + len))
}

/// One person's name on its own: two to four capitalised words, particles
/// such as `van` aside (`Karol Gregor`, `Julius A. Adebayo`, `Sjoerd van
/// Steenkiste`), or Hangul of two to four syllables.
pub(crate) fn looks_like_one_name(line: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "van", "von", "de", "der", "den", "di", "da", "du", "le", "la",
    ];
    let line = line.trim();
    let hangul = (2..=4).contains(&line.chars().count())
        && line.chars().all(crate::header::is_hangul_syllable);
    let words: Vec<&str> = line.split_whitespace().collect();
    let latin = (2..=4).contains(&words.len())
        && line.len() <= 40
        && words
            .first()
            .is_some_and(|word| word.starts_with(char::is_uppercase))
        && words.iter().all(|word| {
            (word.starts_with(char::is_uppercase) || PARTICLES.contains(word))
                && word
                    .chars()
                    .all(|ch| ch.is_alphabetic() || matches!(ch, '.' | '-' | '\''))
        });
    hangul || latin
}

/// Whether a year (`2018`, as [`crate::title::parse_year`] reads one)
/// stands among the text's digits.
fn holds_a_year(text: &str) -> bool {
    text.split(|ch: char| !ch.is_ascii_digit())
        .any(|digits| crate::title::parse_year(digits).is_some())
}

/// A reference to a paper as a bibliography gives it: `Lin, Tianyang, et
/// al. "A survey of transformers." arXiv preprint arXiv:2106.04554 (2021).`
/// — `et al` and a year, or an arXiv identifier.
fn looks_like_citation(line: &str) -> bool {
    let lower = line.to_lowercase();
    let year = holds_a_year(line);
    let arxiv_id = lower.split("arxiv:").skip(1).any(|rest| {
        let id: String = rest
            .trim_start()
            .chars()
            .take_while(|ch| ch.is_ascii_digit() || *ch == '.')
            .collect();
        id.len() >= 9 && id.contains('.')
    });
    // `By Francois Meyer and Jan Buys in NAACL 2024 Findings`: who wrote
    // it and where it appeared.
    let by_authors = line.split_once(" in ").is_some_and(|(byline, venue)| {
        names_its_authors(byline) && (crate::title::cites_venue(venue) || holds_a_year(venue))
    });
    (lower.contains("et al") && year) || arxiv_id || by_authors
}

/// A line that says who wrote the paper, as a byline: `by Pedro
/// Domingos`, `By Ian Goodfellow, Yoshua Bengio`, `by Vaswani et al.`.
fn names_its_authors(line: &str) -> bool {
    let line = line.trim().trim_matches(['*', '_']);
    let Some(names) = ["by ", "By "]
        .iter()
        .find_map(|by| line.strip_prefix(by))
        .map(|names| names.trim().trim_end_matches('.'))
    else {
        return false;
    };
    // `by Ross Girshick, Microsoft Research`: where they work after them.
    let names = match names.split_once(',') {
        Some((names, places)) if names_affiliations(places) => names,
        _ => names,
    };
    // (`by Kaiming He, et al.`, its comma before `et al` too.)
    let et_al = names
        .strip_suffix(" et al")
        .map(|name| name.trim_end_matches(','))
        .is_some_and(|name| {
            looks_like_one_name(name)
                || (name.starts_with(char::is_uppercase) && !name.contains(char::is_whitespace))
        });
    looks_like_one_name(names) || looks_like_author_list(names) || et_al
}

/// A reference to the paper itself: its authors, then its title, then a
/// year (`Cieslewski T , Scaramuzza D . SIPS: Unsupervised Succinct
/// Interest Points[J]. 2018.`, `Ha, David, … Hypernetworks.International
/// Conference on Learning Representations (ICLR), 2017.`).
fn cites_the_title(line: &str, title: &str) -> bool {
    let lower = line.to_lowercase();
    let title = title.trim().to_lowercase();
    let Some(at) = lower.find(&title).filter(|_| !title.is_empty()) else {
        return false;
    };
    let authors = &lower[..at];
    let year_after = holds_a_year(&lower[at + title.len()..]);
    authors.contains([',', '.']) && authors.split_whitespace().count() >= 2 && year_after
}

/// `Jeff Johnson, Matthijs Douze, Hervé Jégou` or `김철수, 이영희`: a list of
/// people's names, not a title.
pub(crate) fn looks_like_author_list(line: &str) -> bool {
    let line = line.trim().trim_start_matches(['-', '*', '•', ' ']);
    // Where and when after a dash or in parentheses: `Christian Szegedy,
    // Wei Liu, et al. — *CVPR*, 2015 (arXiv 2014)`.
    let line = [" — ", " – ", " - ", " ("]
        .iter()
        .filter_map(|mark| line.find(mark))
        .min()
        .map_or(line, |cut| &line[..cut]);
    let line = line.trim_end_matches(['.', ' ']);
    let mut parts: Vec<&str> = line
        .split([',', '，', ';'])
        .flat_map(|part| part.split(" and "))
        .map(|part| part.trim().trim_start_matches("and ").trim())
        .filter(|part| !part.is_empty())
        .collect();
    // Where and when after the names: `Justin Johnson, Alexandre Alahi, Li
    // Fei-Fei, ArXiv, 2016년`, `Ilya Loshchilov,  Frank Hutter; 2017`.
    let is_year = |part: &str| {
        let year = part.trim_matches(['(', ')']).trim_end_matches(['년', '年']);
        year.len() == 4 && crate::title::parse_year(year).is_some()
    };
    if parts.len() >= 3 && parts.last().is_some_and(|part| is_year(part)) {
        parts.pop();
        if parts
            .last()
            .is_some_and(|part| !part.contains(char::is_whitespace))
        {
            parts.pop();
        }
    }
    if parts.len() < 2 {
        return false;
    }
    let is_name = |part: &&str| {
        let part = part.trim_end_matches(['*', '†', '‡', '¹', '²', '³']);
        if part.eq_ignore_ascii_case("et al") || part.eq_ignore_ascii_case("et al.") {
            return true;
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        // `Sketch Your Own GAN` is a title: names have no all-capital words.
        let latin = (2..=4).contains(&words.len())
            && words.iter().all(|word| {
                word.chars().next().is_some_and(char::is_uppercase)
                    && !word.chars().any(|ch| ch.is_ascii_digit())
                    && !(word.chars().count() >= 2 && word.chars().all(|ch| ch.is_uppercase()))
            });
        let hangul = words.len() == 1
            && (2..=4).contains(&part.chars().count())
            && part.chars().all(crate::header::is_hangul_syllable);
        latin || hangul
    };
    parts.iter().filter(|part| is_name(part)).count() * 4 >= parts.len() * 3
}

/// The sections of a single-review note: headings at any level, bold
/// labels, labels at the start of a line, and list items that are a label
/// alone. A heading's section runs to the next heading of its level or
/// above; a label's to the next label or heading. The title's line and
/// `not_parts` (the banner, the title's subtitle) are none.
fn sections(
    text: &str,
    lines: &[Line],
    kinds: &[LineKind],
    body: TextRange,
    vocabulary: &Vocabulary,
    title_line: Option<usize>,
    not_parts: [Option<usize>; 2],
) -> Vec<Section> {
    struct Hit {
        kind: SectionKind,
        label: TextRange,
        after: usize,
        boundary: usize,
        heading_level: Option<u8>,
        placement: Placement,
        inferred: bool,
    }
    let mut hits: Vec<Hit> = Vec::new();
    // The label naming the related work (`## 1. 기존 연구 (Related Work)`,
    // `**Related Works**`) when it opens the note: only a summary or
    // metadata before it.
    let mut related: Option<Hit> = None;
    let mut opening = true;
    // Where every heading starts, with its level and section number, to
    // end heading sections.
    let mut heading_starts: Vec<(usize, u8, Option<&str>)> = Vec::new();
    // The level of the heading over the reader's questions (`## 10. 토론
    // 질문`, `## Questions`), while under it: its items ask about the
    // paper (`- 토픽 수에 따라 결과가 달라진다. … 이해하면 될까?`) and
    // label none of its parts.
    let mut questions: Option<u8> = None;
    // The level of a heading naming the related work, while under it: its
    // own headings name earlier work (`## Methods using multiple layers`
    // under `# Related work`), not the paper's parts.
    let mut related_work: Option<u8> = None;
    // Whether the last heading named a part: a plain line naming one under
    // it (`제안 방법` in `## 1. Introduction`, `성능` in `## Abstract`) is a
    // point of that part, no part of its own.
    let mut under_named_heading = false;
    // A heading right over a smaller one (`## 내용` over `### Previous
    // works`) holds the note's parts, and is none itself.
    let holds_headings = |index: usize| {
        let Some(LineKind::Heading { level, .. }) = kinds.get(index) else {
            return false;
        };
        kinds[index + 1..]
            .iter()
            .find(|kind| !matches!(kind, LineKind::Blank))
            .is_some_and(
                |kind| matches!(kind, LineKind::Heading { level: below, .. } if below > level),
            )
    };
    let first = lines.partition_point(|line| line.next <= body.start);
    for (index, (line, kind)) in lines.iter().zip(kinds).enumerate().skip(first) {
        if line.start >= body.end {
            break;
        }
        if Some(index) == title_line || not_parts.contains(&Some(index)) {
            continue;
        }
        match *kind {
            LineKind::Heading {
                level,
                text: heading_text,
            } => {
                let content = heading_text.slice(text);
                heading_starts.push((line.start, level, section_number(content)));
                if questions.is_none_or(|over| level <= over) {
                    questions = asks_questions(content).then_some(level);
                }
                // `# [한글 정리](https://…)`: a link to someone else's
                // summary, no part of this note.
                let named = if is_web_link(content) {
                    Vec::new()
                } else {
                    let mut named = heading_kinds(content, vocabulary);
                    if named == [SectionKind::Method]
                        && points_to_code(content, text, lines, kinds, index, level)
                    {
                        named.clear();
                    }
                    named
                };
                under_named_heading = !named.is_empty();
                if related_work.is_some_and(|over| level <= over) {
                    related_work = None;
                }
                let in_related_work = related_work.is_some();
                let names_related = names_related_work(content) && !names_a_part(&named);
                if !in_related_work && names_related {
                    related_work = Some(level);
                }
                if opening && names_related && names_their_limits(content) {
                    opening = false;
                    related = Some(Hit {
                        kind: SectionKind::Purpose,
                        label: heading_text,
                        after: line.next.min(body.end),
                        boundary: line.start,
                        heading_level: Some(level),
                        placement: Placement::Heading { level },
                        inferred: true,
                    });
                } else if named.iter().any(|kind| *kind != SectionKind::Summary)
                    || (named.is_empty() && !is_other_section(content) && !holds_headings(index))
                {
                    opening = false;
                }
                // `## Key Idea : 새로운 task 학습할때, …`: the part's text
                // begins on the heading's own line.
                let after = inline_part_text(content, &named, vocabulary)
                    .map_or(line.next, |at| heading_text.start + at);
                // (Save where the work before fell short, which the paper
                // sets out to fix: `### 기존 방식의 한계점:` under `## 1.
                // 기존 연구 (Related Work)`.)
                let earlier_limits = in_related_work
                    && named == [SectionKind::Purpose]
                    && names_earlier_limits(&heading_core(content));
                for kind in named
                    .into_iter()
                    .filter(|_| !in_related_work || earlier_limits)
                {
                    hits.push(Hit {
                        kind,
                        label: heading_text,
                        after: after.min(body.end),
                        boundary: line.start,
                        heading_level: Some(level),
                        placement: Placement::Heading { level },
                        inferred: false,
                    });
                }
            }
            LineKind::Text | LineKind::Directive => {
                let next = lines[index + 1..]
                    .iter()
                    .zip(&kinds[index + 1..])
                    .find(|(_, kind)| !matches!(kind, LineKind::Blank))
                    .map(|(next, kind)| (next.text(text), *kind));
                // A line with a blank line or a heading before it.
                let alone = index == 0
                    || matches!(kinds[index - 1], LineKind::Blank | LineKind::Heading { .. });
                let found = line_label(text, *line, alone, next, vocabulary);
                // Under the reader's questions only a template's bold
                // question labels a part: `1) **What did the authors try to
                // accomplish?** <br>` over its answer.
                if questions.is_some() && !found.as_ref().is_some_and(|found| found.bold) {
                    continue;
                }
                let Some(found) = found else {
                    // `**Related Works(기존의 방법론 …)**` alone on its line.
                    let content = line.text(text).trim_end();
                    if opening
                        && let Some(words) = crate::text::unwrap_pair(content, &["**", "__"])
                        && names_related_work(words.trim_end_matches([':', '：']))
                        && names_their_limits(words)
                    {
                        let label = line.start + 2;
                        opening = false;
                        related = Some(Hit {
                            kind: SectionKind::Purpose,
                            label: TextRange::new(label, label + words.len()),
                            after: line.next.min(body.end),
                            boundary: line.start,
                            heading_level: None,
                            placement: Placement::LineStart {
                                prefix: TextRange::empty(line.start),
                                bold: true,
                            },
                            inferred: true,
                        });
                    }
                    continue;
                };
                if found.plain_line && under_named_heading {
                    continue;
                }
                if found.kinds.iter().any(|kind| *kind != SectionKind::Summary) {
                    opening = false;
                }
                for kind in found.kinds {
                    hits.push(Hit {
                        kind,
                        label: found.label,
                        after: found.after.min(body.end.max(found.label.end)),
                        boundary: line.start,
                        heading_level: None,
                        placement: Placement::LineStart {
                            prefix: found.prefix,
                            bold: found.bold,
                        },
                        inferred: false,
                    });
                }
            }
            LineKind::Skip | LineKind::Blank => {}
        }
    }
    // A note that opens on the related work gives the paper's background
    // there, what the problem was before it: its purpose, when no label
    // names one (after `## 1. Instruction`, the introduction is the
    // purpose, found by its place).
    if let Some(related) = related
        && hits.iter().all(|hit| hit.kind != SectionKind::Purpose)
    {
        let at = hits.partition_point(|hit| hit.boundary <= related.boundary);
        hits.insert(at, related);
    }
    let mut sections = Vec::with_capacity(hits.len());
    for (index, hit) in hits.iter().enumerate() {
        let end = match hit.heading_level {
            Some(level) => {
                let number = section_number(hit.label.slice(text));
                // `## 3. Method` then `## 3.1 Encoder`: the numbering says
                // 3.1 is part of 3, whatever the heading levels say.
                let child = |other: Option<&str>| {
                    number.zip(other).is_some_and(|(number, other)| {
                        other.len() > number.len()
                            && other.starts_with(number)
                            && other[number.len()..].starts_with('.')
                    })
                };
                heading_starts
                    .iter()
                    .find(|(start, other, other_number)| {
                        *start > hit.boundary && *other <= level && !child(*other_number)
                    })
                    .map_or(body.end, |(start, ..)| *start)
            }
            None => {
                // (Not a label nested under this one, `* 3.1 Models and
                // hyperparameters` indented under `* 3 Experimental setup`:
                // it is part of this part, as a smaller heading is.)
                let indent =
                    |at: usize| text[at..].len() - text[at..].trim_start_matches([' ', '\t']).len();
                let next_hit = hits[index + 1..]
                    .iter()
                    .find(|next| {
                        next.boundary > hit.boundary
                            && (next.heading_level.is_some()
                                || indent(next.boundary) <= indent(hit.boundary))
                    })
                    .map_or(body.end, |next| next.boundary);
                let next_heading = heading_starts
                    .iter()
                    .find(|(start, ..)| *start > hit.boundary)
                    .map_or(body.end, |(start, ..)| *start);
                next_hit.min(next_heading)
            }
        }
        .max(hit.after)
        .min(body.end.max(hit.after));
        sections.push(Section {
            kind: hit.kind,
            label: hit.label,
            content: TextRange::new(hit.after, end).trimmed(text),
            placement: hit.placement.clone(),
            inferred: hit.inferred,
        });
    }
    sections
}

/// Where a part's text begins in a heading that names the part, then
/// says it after a colon (`Key Idea : 새로운 task 학습할때, Regularization
/// term 을 활용하여 …`, `Motivation: forgetting old tasks when new ones
/// come`): a statement of three words or four characters in Chinese,
/// Japanese or Korean at least, not a subtitle (`Method: Overview`).
fn inline_part_text(
    heading: &str,
    named: &[SectionKind],
    vocabulary: &Vocabulary,
) -> Option<usize> {
    if named.is_empty() {
        return None;
    }
    let (label, value) = heading.split_once([':', '：'])?;
    let (cjk, _) = cjk_and_letters(value);
    ((value.split_whitespace().count() >= 3 || cjk >= 4)
        && heading_kinds(label, vocabulary) == named)
        .then(|| heading.len() - value.trim_start().len())
}

/// Whether a heading stands over the reader's questions on the paper:
/// `Questions`, `## 10. 토론 질문`, `Open questions`, `疑问`.
fn asks_questions(heading: &str) -> bool {
    const QUESTIONS: &[&str] = &[
        "questions",
        "q&a",
        "open questions",
        "discussion questions",
        "my questions",
        "questions for discussion",
        "질문",
        "토론 질문",
        "토의 질문",
        "궁금한 점",
        "疑问",
        "質問",
    ];
    let core = heading_core(heading).to_lowercase();
    QUESTIONS.contains(&core.as_str())
}

/// Whether a label over earlier work names what it lacks too (`기존 연구 및
/// 한계`, `Related Work & Limitations`): the problem the paper answers. A
/// plain `Related work` opening a note surveys other work: on rounds 158
/// to 233, judges counted it as the paper's purpose in 2 notes of 15.
fn names_their_limits(label: &str) -> bool {
    let lower = label.to_lowercase();
    [
        "limit",
        "problem",
        "drawback",
        "shortcoming",
        "한계",
        "문제",
        "局限",
        "问题",
        "不足",
    ]
    .iter()
    .any(|word| lower.contains(word))
}

/// `Related Work`, `Related Works(기존의 방법론 …)`, `1. 기존 연구 및 한계
/// (Related Work & Limitations)`, `선행 연구`: a label naming the work
/// before the paper.
fn names_related_work(label: &str) -> bool {
    const NAMES: &[&str] = &[
        "Related Work",
        "Related Works",
        "Prior Work",
        "Prior Works",
        "Previous Work",
        "Previous Works",
        "Former Work",
        "Former Works",
        "기존 연구",
        "관련 연구",
        "관련연구",
        "선행 연구",
        "선행연구",
        "相关工作",
        "関連研究",
    ];
    phrases(&heading_core(label)).iter().any(|phrase| {
        let phrase = phrase.trim();
        NAMES.iter().any(|name| phrase_eq(phrase, name))
            // `기존 연구 및 한계`, `기존 연구와 한계점`
            || NAMES.iter().any(|name| {
                phrase.starts_with(name) && phrase[name.len()..].starts_with([' ', '와', '과'])
                    && name.chars().all(|ch| ch == ' ' || crate::header::is_hangul_syllable(ch))
            })
    })
}

/// Whether a heading's core (lower-cased) opens with a word for the work
/// before the paper: `기존 seq2seq 모델`, `existing methods`, `従来手法の
/// 限界` — or names related work.
fn names_earlier_work(core: &str) -> bool {
    const EARLIER: &[&str] = &[
        "기존",
        "종래",
        "existing",
        "previous",
        "conventional",
        "既存",
        "従来",
        "现有",
        "传统",
    ];
    EARLIER.iter().any(|word| {
        core.strip_prefix(word).is_some_and(|rest| {
            rest.is_empty() || !rest.starts_with(char::is_alphanumeric) || !word.is_ascii()
        })
    }) || names_related_work(core)
}

/// Whether a heading's core names the work before the paper, then ends on
/// where it fell short: `기존 seq2seq 모델의 한계`, `Existing methods'
/// limitations`, `従来手法の課題`.
fn names_earlier_limits(core: &str) -> bool {
    const LIMITS: &[&str] = &[
        "한계",
        "한계점",
        "문제점",
        "limitation",
        "limitations",
        "limits",
        "shortcomings",
        "drawbacks",
        "局限",
        "局限性",
        "不足",
        "缺点",
        "限界",
        "課題",
    ];
    let core = core.trim_end_matches(|ch: char| !ch.is_alphanumeric());
    // (The ending first: most headings end on no such word.)
    LIMITS
        .iter()
        .any(|limit| crate::title::strip_suffix_ignore_case(core, limit).is_some())
        && names_earlier_work(&core.to_lowercase())
        // Or first, in English: `Drawback of previous NER models`.
        || core.split_once(" of ").is_some_and(|(limit, rest)| {
            LIMITS
                .iter()
                .chain(&["drawback", "problems"])
                .any(|word| limit.eq_ignore_ascii_case(word))
                && names_earlier_work(&rest.to_lowercase())
        })
}

/// Whether kinds name one of the three parts a review needs.
fn names_a_part(kinds: &[SectionKind]) -> bool {
    kinds.iter().any(|kind| kind.is_one_of_the_three())
}

/// The length of an image and the spaces after it, when bold text follows
/// (`![swatch](url) **Summary**`); else 0.
fn image_before_bold(text: &str) -> usize {
    let Some(rest) = text.strip_prefix("![") else {
        return 0;
    };
    let Some(close) = rest.find("](") else {
        return 0;
    };
    let Some(end) = rest[close + 2..].find(')') else {
        return 0;
    };
    let after = &rest[close + 2 + end + 1..];
    let bold = after.trim_start();
    if bold.starts_with("**") || bold.starts_with("__") {
        text.len() - bold.len()
    } else {
        0
    }
}

/// A label at the start of a line of a single-review note.
struct LineLabel {
    kinds: Vec<SectionKind>,
    /// The label's words (`Problem`, `Key Method`).
    label: TextRange,
    /// Where the section's text can start.
    after: usize,
    /// Indentation and bullet before the label.
    prefix: TextRange,
    bold: bool,
    /// A part's name alone on a plain line (`Algorithm`), no list or markup.
    plain_line: bool,
}

/// Two to eight Chinese or Japanese characters with nothing between them:
/// a compound that may name a part by its head word (`方法流程`).
fn cjk_compound(label: &str) -> bool {
    (2..=8).contains(&label.chars().count())
        && label
            .chars()
            .all(|ch| is_han(ch) || crate::title::is_kana(ch))
}

/// `- **Problem**: …` (bold words that name a kind), `- Problem: …` (an
/// alias and a colon), `* How` / `2. A2J-Transformer의 핵심 아이디어` (a list
/// item that is a label alone), or `Algorithm` (a section's name, `alone`
/// after a blank line, over a paragraph).
///
/// `next` is the next non-blank line and its kind: a label alone on its item
/// labels what follows it (sub-items, a paragraph), so an item followed by
/// a sibling item, a heading or nothing (`- Experiments` in a list of a
/// blog's topics) is a list entry, not a label.
fn line_label(
    text: &str,
    line: Line,
    alone: bool,
    next: Option<(&str, LineKind)>,
    vocabulary: &Vocabulary,
) -> Option<LineLabel> {
    let content = line.text(text);
    // A label in a block quote, `> **Key idea:**` at the line's start and
    // with its colon: the quote's mark goes with the indentation. (Not a
    // caption, `> **Figure 1. …**`, nor a quote's own heading.)
    let quoted = content.trim_start();
    // (Or a list item's, `> - **Problem**: …`, as an Obsidian callout
    // lists a summary's parts.)
    let bold_with_colon = |rest: &str| {
        bold_phrase(rest).is_some_and(|(_, _, consumed)| rest[..consumed].contains([':', '：']))
    };
    let labelled_quote = |rest: &str| {
        bold_with_colon(rest) || {
            let bullet = bullet_len(rest);
            bullet > 0 && bold_with_colon(&rest[bullet..])
        }
    };
    let indent = match content.strip_prefix('>') {
        Some(rest) if labelled_quote(rest.trim_start()) => content.len() - rest.trim_start().len(),
        _ => content.len() - quoted.len(),
    };
    // A label in an HTML paragraph or list item, as a generated page
    // writes it: `<p><strong>为什么做：</strong>…</p>`. The tag goes with
    // the indentation.
    let indent = indent + paragraph_tag_len(&content[indent..]);
    let mut bullet = bullet_len(&content[indent..]);
    // A heading in a list item, as Logseq writes every line a bullet (`-
    // ## Background`): its marks go with the bullet.
    let mut item_heading = false;
    if bullet > 0 {
        let item = &content[indent + bullet..];
        let marks = item.bytes().take_while(|&b| b == b'#').count();
        let spaces = item[marks..].len() - item[marks..].trim_start_matches(' ').len();
        if (1..=6).contains(&marks) && spaces > 0 {
            bullet += marks + spaces;
            item_heading = true;
        }
    }
    // An image before a bold label is its decoration, a colour swatch:
    // `![#1589F0](https://placehold.it/15/1589F0/000000?text=+) **Proposed
    // Approach**`.
    let image = image_before_bold(&content[indent + bullet..]);
    // So is an emoji: `🔍 **Summary:** …`.
    let after_image = &content[indent + bullet + image..];
    let emoji = after_image
        .find(|ch: char| !(is_symbol(ch) || ch.is_whitespace()))
        .filter(|&at| {
            at > 0 && (after_image[at..].starts_with("**") || after_image[at..].starts_with("__"))
        })
        .unwrap_or(0);
    let prefix_len = indent + bullet + image + emoji;
    let at_start = &content[prefix_len..];
    let label_start = line.start + prefix_len;
    let prefix = TextRange::new(line.start, label_start);
    if let Some((start, len, consumed)) = bold_phrase(at_start) {
        let kinds = heading_kinds(&at_start[start..start + len], vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start + start, label_start + start + len),
                after: label_start + consumed,
                prefix,
                bold: true,
                plain_line: false,
            });
        }
    }
    // The heading's words read as a heading's are (`- #### 网络结构图` over
    // the network's figure), not only a part's name alone.
    if item_heading {
        let words = at_start.trim_end();
        let kinds = heading_kinds(words, vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start, label_start + words.len()),
                after: line.next,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // A part's name in bold as a list item's subject: `- The **problem** is
    // that most directed greybox fuzzers …`, `- The **solution** is …`.
    if bullet > 0
        && let Some(rest) = ["The ", "the ", "Our ", "our "]
            .iter()
            .find_map(|article| at_start.strip_prefix(article))
        && let Some(inner) = rest.strip_prefix("**")
        && let Some(close) = inner.find("**")
        && let words = &inner[..close]
        && (1..=2).contains(&words.split_whitespace().count())
        && [" is ", " are ", " was ", " were "]
            .iter()
            .any(|verb| inner[close + 2..].starts_with(verb))
    {
        let kinds = exact_heading_kinds(words, vocabulary);
        if !kinds.is_empty() {
            let start = label_start + (at_start.len() - inner.len());
            return Some(LineLabel {
                kinds,
                label: TextRange::new(start, start + words.len()),
                after: start + close + 2,
                prefix,
                bold: true,
                plain_line: false,
            });
        }
    }
    // `*Evaluation Criterion*` alone on its line: a label in italics, as a
    // note without headings sets its parts apart.
    if bullet == 0
        && let Some(inner) = crate::text::unwrap_pair(at_start.trim_end(), &["*", "_"])
        && !inner.starts_with(['*', '_', ' '])
        && !inner.ends_with(['*', '_', ' '])
        && (1..=4).contains(&inner.split_whitespace().count())
        // (A label's few words, not a sentence in a language written
        // without spaces: `*这里重要的是找到一个工具变量，…最后的结果…*`.)
        && inner.chars().count() <= 40
        // Not a figure's caption: `*Figure 1. SSD Architecture*`.
        && !inner.split_whitespace().next().is_some_and(|first| {
            let word = first
                .trim_end_matches(|ch: char| ch.is_ascii_digit() || ch == '.' || ch == ':')
                .to_lowercase();
            ["figure", "fig", "table", "tab", "그림", "표", "图", "表"].contains(&word.as_str())
        })
    {
        let kinds = heading_kinds(inner.trim_end_matches([':', '：']), vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start + 1, label_start + 1 + inner.len()),
                after: line.next,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // `<center>METHODS</center>` alone on its line: a label set apart by
    // an HTML tag that only places or styles it (not bold, which
    // [`bold_phrase`] reads).
    if bullet == 0
        && let Some((inner, open)) =
            crate::text::wrapped_in_tag(at_start.trim_end(), crate::text::STYLING_TAGS)
        && (1..=4).contains(&inner.split_whitespace().count())
    {
        let kinds = exact_heading_kinds(inner, vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start + open, label_start + open + inner.len()),
                after: line.next,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // `[Introduction]`, `【方法】` alone on its line: a label in brackets
    // (not a link, which has a target after it).
    let bracketed = at_start.trim_end();
    if bullet == 0
        && let Some(inner) = bracketed
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
            .or_else(|| {
                bracketed
                    .strip_prefix('【')
                    .and_then(|rest| rest.strip_suffix('】'))
            })
        && !inner.contains(['[', ']'])
    {
        let kinds = exact_heading_kinds(inner, vocabulary);
        if !kinds.is_empty() {
            let open = if bracketed.starts_with('【') {
                '【'.len_utf8()
            } else {
                1
            };
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start + open, label_start + open + inner.len()),
                after: label_start + bracketed.len(),
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // A template's question quoted alone over its answer: `> What is the
    // problem the authors are trying to solve?` over a paragraph. (Not the
    // reader's own, set apart by an emoji or asked twice over: `> 🧐 … 방법은
    // 무엇일까?`, `> 这样为什么效果好？？？`.)
    let quoted_question = || {
        let question = content.trim_start().strip_prefix('>')?.trim();
        (alone
            && question.starts_with(char::is_alphabetic)
            && question.ends_with(['?', '？'])
            && question
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|ch| !matches!(ch, '?' | '？'))
            && question.split_whitespace().count() <= 20
            && next.is_some_and(|(next, kind)| {
                matches!(kind, LineKind::Text) && !next.trim_start().starts_with('>')
            }))
        .then(|| {
            let start = line.start + content.find(question).unwrap_or(0);
            TextRange::new(start, start + question.len())
        })
    };
    // Or a numbered question alone over its answer, as a reading
    // assistant's questions are asked of every paper: `Q1:
    // 这篇论文试图解决什么问题？`, `Q4: 论文做了哪些实验？`.
    let numbered_question = || {
        let number = at_start.strip_prefix('Q')?;
        let digits = number.bytes().take_while(u8::is_ascii_digit).count();
        let question = at_start.trim_end();
        (alone
            && bullet == 0
            && digits > 0
            && number[digits..].starts_with([':', '：', '.'])
            && question.ends_with(['?', '？'])
            && question.chars().count() <= 60
            && next.is_some_and(|(_, kind)| matches!(kind, LineKind::Text)))
        .then(|| TextRange::new(label_start, label_start + question.len()))
    };
    if let Some(question) = quoted_question().or_else(numbered_question) {
        let kinds = heading_kinds(question.slice(text), vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: question,
                after: line.next,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // `- *performance:* ~20% improvement …`, `- _Method_: …`: a list
    // item's label in italics, its colon inside them or right after (not
    // `*Method*` alone, a word stressed in a sentence; nor a line of a
    // paragraph, which italics open for emphasis far more often). Its fix
    // writes labels plain.
    if bullet > 0
        && let Some(marker) = at_start.chars().next().filter(|&ch| ch == '*' || ch == '_')
        && !at_start[1..].starts_with(marker)
        && let Some(close) = at_start[1..].find(marker)
        && let inner = &at_start[1..1 + close]
        && let after = &at_start[2 + close..]
        && let Some((words, colon_after)) = match inner.strip_suffix([':', '：']) {
            Some(words) => Some((words, 0)),
            None => after
                .chars()
                .next()
                .filter(|ch| matches!(ch, ':' | '：'))
                .map(|colon| (inner, colon.len_utf8())),
        }
        && (1..=3).contains(&words.split_whitespace().count())
        && !words.starts_with(' ')
    {
        let kinds = exact_heading_kinds(words, vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start + 1, label_start + 1 + words.len()),
                after: label_start + 2 + close + colon_after,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    if let Some(found) = vocabulary.structural_label_at(at_start) {
        return Some(LineLabel {
            kinds: vec![found.kind],
            label: TextRange::new(label_start, label_start + found.alias_len),
            after: label_start + found.len,
            prefix,
            bold: false,
            plain_line: false,
        });
    }
    // A part's name said to be the paper's, before its colon, in a list
    // item: `* Motivation for the paper: …`, `- Contributions of this
    // paper: …`. (Looked for in the item's first words only: most lines
    // are no such label.)
    if bullet > 0
        && let Some(colon) = at_start.find(':').filter(|&colon| colon < 48)
        && let label = &at_start[..colon]
        && label.len() > " of the paper".len()
        && label.as_bytes()[label.len() - 5..].eq_ignore_ascii_case(b"paper")
        && let Some(part) = [
            " for the paper",
            " of the paper",
            " in the paper",
            " for this paper",
            " of this paper",
            " in this paper",
        ]
        .iter()
        .find_map(|of| crate::title::strip_suffix_ignore_case(label, of))
        && (1..=2).contains(&part.split_whitespace().count())
    {
        let kinds = exact_heading_kinds(part, vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start, label_start + label.len()),
                after: label_start + colon + 1,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // A list item that is only a Chinese or Japanese compound and its
    // colon, its text in the items nested under it: `- 总体架构：` over the
    // architecture's parts, as `总体架构：` alone on its line is read.
    if bullet > 0
        && let Some(label) = at_start.trim_end().strip_suffix(['：', ':'])
        && cjk_compound(label.trim_end())
        && next.is_some_and(|(next, kind)| {
            kind == LineKind::Text && next.len() - next.trim_start().len() > indent
        })
    {
        let kinds = heading_kinds(label.trim_end(), vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start, label_start + label.trim_end().len()),
                after: line.next,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    if bullet == 0 {
        // `Algorithm` alone in a paragraph of its own over the text it
        // labels: a plain-text note's part, set apart by blank lines only.
        let bare = at_start.trim_end().trim_end_matches([':', '：']).trim_end();
        // Not over labels of its own (`제안 방법` over `- 목적: …`): a
        // heading's words, set as a line.
        let over_labels = |next: &str| {
            let item = next.trim_start();
            let item = &item[bullet_len(item)..];
            bold_phrase(item).is_some() || vocabulary.structural_label_at(item).is_some()
        };
        // (A Chinese sentence has no spaces: `现在介绍作者的方法，作者在…`
        // ends in a part's word but says more; its length counts too.)
        let words = bare
            .split_whitespace()
            .count()
            .max(bare.chars().filter(|&ch| is_han(ch)).count() / 2);
        // `二、研究方法及过程`: a part numbered in Chinese is named as a
        // heading is, its compounds read (a sentence is longer).
        let numbered_in_chinese = bare.split_once('、').is_some_and(|(number, rest)| {
            !number.is_empty()
                && number.chars().all(|ch| CHINESE_NUMERALS.contains(ch))
                && (2..=10).contains(&rest.chars().count())
                && !rest.contains('。')
        });
        // (So is a Chinese or Japanese compound its colon marks as a label:
        // `方法流程：` over the steps; or the model's own, its name before
        // `的` or `の`: `ACT 的核心流程：`.)
        let owned = |label: &str| {
            label
                .split_once(['的', 'の'])
                .filter(|(name, _)| {
                    let name = name.trim_end();
                    !name.is_empty()
                        && name.len() <= 20
                        && name
                            .chars()
                            .all(|ch| ch.is_ascii_alphanumeric() || matches!(ch, '-' | '.'))
                })
                .is_some_and(|(_, part)| cjk_compound(part.trim_start()))
        };
        let compound_label =
            at_start.trim_end().ends_with([':', '：']) && (cjk_compound(bare) || owned(bare));
        // (Nor a sentence a full stop ends: `免训练的方法。`.)
        let kinds = (alone
            && (words <= 3 || numbered_in_chinese)
            && !bare.contains(['*', '_', '[', '`', '|', '<', '>', '#', '，', '。']))
        .then(|| {
            if numbered_in_chinese || compound_label {
                heading_kinds(bare, vocabulary)
            } else {
                exact_heading_kinds(bare, vocabulary)
            }
        })
        .filter(|kinds| {
            !kinds.is_empty()
                && next.is_some_and(|(next, kind)| {
                    matches!(kind, LineKind::Text) && !over_labels(next)
                })
        })?;
        return Some(LineLabel {
            kinds,
            label: TextRange::new(label_start, label_start + bare.len()),
            after: line.next,
            prefix,
            bold: false,
            plain_line: true,
        });
    }
    // `1. 在解决的是什么问题？如何训练大模型`: a numbered question with its
    // answer after it on the line.
    let item = at_start.trim_end();
    let asked_inline = (!item.ends_with(['?', '？']) && !item.contains("]("))
        .then(|| item.find(['?', '？']))
        .flatten()
        .filter(|&at| at > 0 && item[..at].chars().count() <= 30)
        .and_then(|at| {
            let question = &item[..at + item[at..].chars().next().map_or(1, char::len_utf8)];
            // Not a question in an aside: `표 4(정량적 결과. 논문에서 누락됨?)`.
            let balanced =
                question.matches(['(', '（']).count() == question.matches([')', '）']).count();
            balanced
                .then(|| asks_for_a_part(&heading_core(question), question))
                .flatten()
                .map(|kind| (kind, question.len()))
        });
    if let Some((kind, len)) = asked_inline {
        return Some(LineLabel {
            kinds: vec![kind],
            label: TextRange::new(label_start, label_start + len),
            after: label_start + len,
            prefix,
            bold: false,
            plain_line: false,
        });
    }
    // `1. 本文方案和步骤： 本文提出了…`: a Chinese or Japanese compound its
    // colon marks as a list item's label, read by its head word, the text
    // after it on the line. (Not over a link or a rating, `三种方法及指数：
    // [[…]]`, `实验充分度: ★★★★`: a reference list's or a score card's.)
    if bullet > 0
        && item.starts_with(|ch: char| is_han(ch) || crate::title::is_kana(ch))
        && let Some((colon, _)) = item
            .char_indices()
            .take(9)
            .find(|&(_, ch)| matches!(ch, '：' | ':'))
        && let label = &item[..colon]
        && cjk_compound(label)
        // (A phrase is no compound: `网络输出的结果`, the network's output.)
        && !label.contains(['的', 'の'])
        && let colon_len = item[colon..].chars().next().map_or(1, char::len_utf8)
        && let said = item[colon + colon_len..].trim()
        && said.chars().count() >= 6
        && !said.starts_with(['[', '!', '<', '`'])
        && !said.contains(['★', '⭐', '☆'])
    {
        let kinds = heading_kinds(label, vocabulary);
        if !kinds.is_empty() {
            return Some(LineLabel {
                kinds,
                label: TextRange::new(label_start, label_start + colon),
                after: label_start + colon + colon_len,
                prefix,
                bold: false,
                plain_line: false,
            });
        }
    }
    // The item labels what follows it unless that is the next item of its
    // list: a bullet of the same kind at its indent or less (`1. Question?`
    // over `- answer` is a numbered item over a list of its own, as
    // CommonMark reads a change of marker).
    let ordered = |item: &str| item.starts_with(|ch: char| ch.is_ascii_digit());
    let labels_something = next.is_some_and(|(next, kind)| {
        let next_indent = next.len() - next.trim_start().len();
        let next_item = next.trim_start();
        let sibling = next_indent <= indent
            && bullet_len(next_item) > 0
            && ordered(next_item) == ordered(&content[indent..]);
        matches!(kind, LineKind::Text | LineKind::Directive) && !sibling
    });
    if !labels_something {
        return None;
    }
    // A list item that is a label alone: an exact section name, or a
    // numbered item of a few words with a head word. Links (a table of
    // contents) and sentences are never labels.
    let bare = at_start.trim_end().trim_end_matches([':', '：']).trim_end();
    let numbered = content[indent..].starts_with(|ch: char| ch.is_ascii_digit());
    let plain = !bare.contains("](") && !bare.contains("http");
    // (Chinese and Japanese write a sentence without spaces: its length
    // counts too.)
    let words = bare
        .split_whitespace()
        .count()
        .max(bare.chars().filter(|&ch| is_han(ch)).count() / 2);
    let kinds = if plain && bare.ends_with(['?', '？']) {
        // A question template's item over its answer: `- How can the
        // paper address the problem? What is the main idea of this paper?`.
        asks_for_a_part(&heading_core(bare), bare)
            .into_iter()
            .collect()
    } else if !plain || bare.ends_with(['.', '。', '!']) {
        Vec::new()
    } else if numbered && words <= 5 {
        heading_kinds(&strip_html(bare), vocabulary)
    } else if words <= 6 {
        let mut kinds = exact_heading_kinds(&strip_html(bare), vocabulary);
        // `- Drawback of previous NER models:` over its points: where the
        // work before fell short, as a heading may say it.
        if kinds.is_empty() && names_earlier_limits(&heading_core(bare)) {
            kinds.push(SectionKind::Purpose);
        }
        kinds
    } else {
        Vec::new()
    };
    // (Nor a clause with its subject, `Through training / experimentation,
    // they note:` over what was found. Read only for an item that would
    // label a part: most name none.)
    let clause = || {
        !bare.ends_with(['?', '？'])
            && bare.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
                ["they", "we", "authors"]
                    .iter()
                    .any(|subject| word.eq_ignore_ascii_case(subject))
            })
    };
    (!kinds.is_empty() && !clause()).then(|| LineLabel {
        kinds,
        label: TextRange::new(label_start, label_start + bare.len()),
        after: line.next,
        prefix,
        bold: false,
        plain_line: false,
    })
}

/// Whether a title ends by saying the note reads code: `NeRF 代码学习`,
/// `BERT 源码解读`, `Transformer Code Walkthrough`.
fn names_code_reading(title: &str) -> bool {
    let lower = title.trim_end().to_lowercase();
    [
        "代码学习",
        "代码解读",
        "代码阅读",
        "代码分析",
        "代码详解",
        "源码学习",
        "源码解读",
        "源码阅读",
        "源码分析",
        "ソースコード解説",
        "コード解説",
        "code walkthrough",
        "code walk-through",
        "code reading",
    ]
    .iter()
    .any(|words| lower.ends_with(words))
}

/// Whether a Korean title says what its reader will do, ending in a
/// verb made a noun (`… 3DSG 만들기`, `… 설치하기`, `PyTorch로 구현하기`),
/// as a tutorial is named. A paper's note names the paper (`… 논문 정리하기`
/// is one). So does a short title ending in `tutorial`.
fn tells_how_to(title: &str) -> bool {
    const DOING: &[&str] = &[
        "만들기",
        "구현하기",
        "구현해보기",
        "설치하기",
        "사용하기",
        "따라하기",
        "구축하기",
        "시작하기",
        "해보기",
        "돌려보기",
        "실행하기",
        "배포하기",
    ];
    let lower = title.to_lowercase();
    let words = title.split_whitespace().count();
    // (Or a tool's tutorial, `FARM tutorial`, or the writer's own year
    // looked back on, `2019년도 회고`: a post on no paper.)
    // (Or the minutes of the group's meeting, `6.25组会纪要`.)
    let own_post = words <= 3
        && title.split_whitespace().next_back().is_some_and(|last| {
            ["tutorial", "튜토리얼", "회고"].contains(&last.to_lowercase().as_str())
                || ["纪要", "紀要", "회의록", "组会记录"]
                    .iter()
                    .any(|minutes| last.ends_with(minutes))
        });
    (words >= 3 && DOING.iter().any(|doing| title.trim_end().ends_with(doing)) || own_post)
        && !["논문", "paper", "리뷰", "review"]
            .iter()
            .any(|word| lower.contains(word))
}

/// Whether a title says the note is the writer's own plan before a colon:
/// `프로젝트 기획서: AI 노출도(AIOE)가 직업별 임금에 미치는 영향 분석`,
/// `Project Proposal: …`, a plan with a goal, a method and an evaluation
/// of its own, on no paper.
fn plans_a_project(title: &str) -> bool {
    const PLANS: &[&str] = &[
        "기획서",
        "계획서",
        "기획안",
        "제안서",
        "project plan",
        "project proposal",
        "research proposal",
        "research plan",
        "研究计划",
        "项目计划",
        "企画書",
        "計画書",
    ];
    title.split_once([':', '：']).is_some_and(|(head, rest)| {
        let head = head.trim().to_lowercase();
        !rest.trim().is_empty()
            && head.split_whitespace().count() <= 3
            && PLANS.iter().any(|plan| head.ends_with(plan))
    })
}

/// A note that mirrors its paper (`## 1. Introduction`, `## 3. Latent
/// Diffusion Models`, `## 4. Experiments`) names its method section after
/// the method itself. The first heading of the experiment section's level,
/// before it and after the title, that names no kind and is not a known
/// other part (related work, dataset, preliminaries …) is taken for the
/// method.
fn method_by_position(
    text: &str,
    headings: &[NoteHeading],
    sections: &[Section],
    title_line: Option<usize>,
    body: TextRange,
) -> Option<Section> {
    let heading_of = |kind: SectionKind| {
        sections.iter().find_map(|section| match section.placement {
            Placement::Heading { level } if section.kind == kind => Some((section, level)),
            _ => None,
        })
    };
    // Between the start and the experiments; or, in a numbered note that
    // mirrors its paper and has no experiments heading, after its numbered
    // introduction (`## 1. Introduction`, `## 2. Background`, `## 3.
    // LCM-LoRA`).
    // Or, in a note that mirrors its paper's abstract and conclusion
    // (`## Abstract`, `## Encoder-Decoder`, `## Attention`, `##
    // Conclusion`), between the two.
    let (level, after, before, numbered_only) = match heading_of(SectionKind::Experiment) {
        // `## What & Why`, `## Details`, `### Results`: the experiments one
        // level down, the method at the purpose's level.
        Some((experiment, level)) => match heading_of(SectionKind::Purpose) {
            Some((purpose, purpose_level))
                if purpose_level < level && purpose.label.start < experiment.label.start =>
            {
                (
                    purpose_level,
                    purpose.label.end,
                    experiment.label.start,
                    false,
                )
            }
            _ => (level, body.start, experiment.label.start, false),
        },
        None => match heading_of(SectionKind::Purpose) {
            // A question template (`What problem is this paper solving?`
            // over `What are its strengths?`, `Next Steps?`, then a
            // checklist): its parts are asked, not placed.
            Some((purpose, _)) if is_question(purpose.label.slice(text)) => return None,
            Some((purpose, level)) => {
                let numbered = starts_with_numbering(purpose.label.slice(text));
                (level, purpose.label.end, body.end, numbered)
            }
            None => {
                let (summary, level) = heading_of(SectionKind::Summary)?;
                let conclusion = headings.iter().find(|heading| {
                    heading.level == level
                        && heading.text.start > summary.label.end
                        && is_conclusion(heading.text.slice(text))
                })?;
                (level, summary.label.end, conclusion.text.start, false)
            }
        },
    };
    let labelled: Vec<usize> = sections.iter().map(|s| s.label.start).collect();
    let candidate = headings.iter().find(|heading| {
        let words = heading.text.slice(text);
        heading.level == level
            && Some(heading.line) != title_line
            && heading.text.start >= after
            && heading.text.start < before
            && !labelled.contains(&heading.text.start)
            && !is_other_section(words)
            // (Nor the references at its end, `# 参考资料`.)
            && !names_references(words)
            && !judges_the_paper(words)
            && !thanks_the_reader(words)
            // A question template's other questions (`Next Steps?`) ask
            // for what they say.
            && !is_question(words)
            && !heading_core(words).is_empty()
            && (!numbered_only || starts_with_numbering(words))
            // Nor a lecture's or a session's number, or a greeting (`#
            // Lec9`, `### Hi, I'am …`), over a note titled by its file.
            && !{
                let core = heading_core(words);
                numbers_a_unit(core.split_whitespace())
                    || names_a_session(&core)
                    || greets_the_reader(&core)
            }
    })?;
    Some(inferred_section(
        text,
        headings,
        candidate,
        SectionKind::Method,
        body.end,
    ))
}

/// Whether what follows a quoted title is a word or two for what the note
/// is (`— Full Breakdown`, `분석`, `を読む`): at most three words, no digit
/// (a year stays with the title), and no more quotes; after a spaced dash
/// or a colon when `dashed`.
fn short_note_word_after(tail: &str, dashed: bool) -> bool {
    let mut words = tail.trim();
    if dashed {
        let Some(rest) = ["—", "–", "-", ":"]
            .iter()
            .find_map(|mark| words.strip_prefix(mark))
            .filter(|rest| rest.starts_with(char::is_whitespace))
        else {
            return false;
        };
        words = rest.trim();
    }
    (1..=3).contains(&words.split_whitespace().count())
        && !words.contains(|ch: char| ch.is_ascii_digit() || "\"“”「」『』《》'".contains(ch))
}

/// Whether a table's row opens with a paper's title linked, two words or
/// more: `|[Benchmarking deep learning models on large healthcare
/// datasets]()|Journal of Biomedical Informatics|…|`.
fn tables_a_paper(content: &str) -> bool {
    content
        .strip_prefix('|')
        .map(str::trim_start)
        .and_then(|cell| cell.strip_prefix('['))
        .and_then(|cell| cell.split_once("]("))
        .is_some_and(|(title, _)| {
            !title.contains(['[', ']']) && title.split_whitespace().count() >= 2
        })
}

/// Whether a line links a book's page at a bookshop or a readers' site:
/// `amazon.com/dp/…`, `amazon.co.jp/gp/product/…`, `goodreads.com/book/…`.
fn links_a_book(content: &str) -> bool {
    content.match_indices("amazon.").any(|(at, _)| {
        let rest = &content[at..];
        let end = rest.find([')', ' ', '>', ']']).unwrap_or(rest.len());
        rest[..end].contains("/dp/") || rest[..end].contains("/gp/product/")
    }) || content.contains("goodreads.com/book/")
}

/// Whether a heading signs a post off: `Thank You and Invitation for
/// Feedback`, `Thanks for reading`, `감사합니다`, `感谢阅读`, `Cảm ơn`,
/// `Terima kasih`. The writer's goodbye, never the method.
fn thanks_the_reader(heading: &str) -> bool {
    let lower = heading_core(heading).to_lowercase();
    lower.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
        word.starts_with("thank")
            || word.starts_with("obrigad")
            || ["merci", "danke", "gracias"].contains(&word)
    }) || [
        "감사",
        "感谢",
        "谢谢",
        "ありがとう",
        "cảm ơn",
        "terima kasih",
    ]
    .iter()
    .any(|phrase| lower.contains(phrase))
}

/// Whether a heading weighs the paper rather than telling a part of it:
/// `What are the strengths of this paper?`, `Pros and Cons`, `장단점`,
/// `优缺点`. The review's own judgement, never the method.
fn judges_the_paper(heading: &str) -> bool {
    let lower = heading_core(heading).to_lowercase();
    let latin = lower.split(|ch: char| !ch.is_alphanumeric()).any(|word| {
        matches!(
            word,
            "strength" | "strengths" | "weakness" | "weaknesses" | "pros" | "cons" | "critique"
        )
    });
    latin
        || [
            "장점",
            "단점",
            "장단점",
            "优点",
            "缺点",
            "优缺点",
            "長所",
            "短所",
        ]
        .iter()
        .any(|word| lower.contains(word))
}

/// `Conclusion`, `Conclusions`, `결론`, `结论`, `結論`.
fn is_conclusion(heading: &str) -> bool {
    ["conclusion", "conclusions", "결론", "结论", "結論"]
        .contains(&heading_core(heading).to_lowercase().as_str())
}

/// The section a heading starts, taken for `kind` by its position: its
/// content runs to the next heading of its level or above, or to `end`.
fn inferred_section(
    text: &str,
    headings: &[NoteHeading],
    heading: &NoteHeading,
    kind: SectionKind,
    end: usize,
) -> Section {
    let level = heading.level;
    let end = headings
        .iter()
        .find(|other| other.text.start > heading.text.start && other.level <= level)
        .map_or(end, |other| {
            // The heading line starts before its text.
            let before = &text[..other.text.start];
            before.rfind(['\n', '\r']).map_or(0, |i| i + 1)
        });
    let line_end = text[heading.text.end..]
        .find('\n')
        .map_or(text.len(), |i| heading.text.end + i + 1);
    Section {
        kind,
        label: heading.text,
        content: TextRange::new(line_end.min(end), end).trimmed(text),
        placement: Placement::Heading { level },
        inferred: true,
    }
}

/// A heading that names no kind and no other part, whose content speaks
/// mostly of a method: three different method words at least, more than
/// of purpose or experiment words (`## Dense Hash Encoding` over an
/// encoder, its layers and its loss). The first such heading wins.
fn method_by_content(
    text: &str,
    headings: &[NoteHeading],
    sections: &[Section],
    title_line: Option<usize>,
) -> Option<Section> {
    let labelled: Vec<usize> = sections.iter().map(|s| s.label.start).collect();
    headings.iter().find_map(|heading| {
        let words = heading.text.slice(text);
        let core = heading_core(words).to_lowercase();
        if Some(heading.line) == title_line
            || labelled.contains(&heading.text.start)
            || is_other_section(words)
            || judges_the_paper(words)
            || core.is_empty()
            // `# 기존 Seq2Seq 모델`, `## Existing Methods`: the work before
            // the paper, however much it says of methods.
            || names_earlier_work(&core)
            // A catch-all: `## Notes` holds whatever the reader noted.
            || ["notes", "note", "memo", "misc", "메모", "노트", "笔记", "メモ"].contains(&core.as_str())
            // A reading pass (`## Pass 2`, `## Second pass`, Keshav's way of
            // reading a paper): how far the reader got, whatever part it
            // holds.
            || names_a_reading_pass(&core)
            // Inside a labelled section: its content is that section's.
            || sections.iter().any(|section| {
                section.content.start <= heading.text.start && heading.text.end <= section.content.end
            })
        {
            return None;
        }
        let section = inferred_section(text, headings, heading, SectionKind::Method, text.len());
        // Over labelled parts (`## GAN (Generative Adversarial Nets)` over
        // its `### Abstract` and `### Introduction`): it holds them, and is
        // no part itself.
        if sections.iter().any(|labelled| {
            section.content.start <= labelled.label.start && labelled.label.start < section.content.end
        }) {
            return None;
        }
        let [purpose, method, experiment] = content_scores(section.content.slice(text));
        (method >= 3 && purpose < method && experiment < method).then_some(section)
    })
}

/// Whether a heading (in lower case) names a pass of reading the paper:
/// `pass 1`, `pass 2: the details`, `first pass`, `3rd pass`.
fn names_a_reading_pass(core: &str) -> bool {
    let words: Vec<&str> = core
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect();
    match words.as_slice() {
        ["pass", number, ..] => number.len() == 1 && number.bytes().all(|b| b.is_ascii_digit()),
        [order, "pass", ..] => ["first", "second", "third", "1st", "2nd", "3rd"].contains(order),
        _ => false,
    }
}

/// A heading asking what the paper's short name is (`What is XLNet?`,
/// `BERT란?`, `什么是 ViT？`), or that is the short name alone (`## LiT`),
/// taken for the method: the short name is the title's part before its
/// colon, or a one-word title.
fn method_asked_by_name(
    text: &str,
    headings: &[NoteHeading],
    sections: &[Section],
    title: &str,
    title_line: Option<usize>,
) -> Option<Section> {
    let short = crate::title::short_title(title);
    let name = short
        .or_else(|| (!title.trim().contains(char::is_whitespace)).then_some(title.trim()))?
        .to_lowercase();
    let labelled: Vec<usize> = sections.iter().map(|s| s.label.start).collect();
    let heading = headings.iter().find(|heading| {
        if labelled.contains(&heading.text.start) || Some(heading.line) == title_line {
            return false;
        }
        let core = heading_core(heading.text.slice(text)).to_lowercase();
        let core = core.trim_end_matches(['?', '？', ' ']);
        let asked = core
            .strip_prefix("what is ")
            .or_else(|| core.strip_prefix("what's "))
            .or_else(|| core.strip_prefix("什么是"))
            .map(str::trim)
            .or_else(|| {
                [
                    "이란 무엇인가",
                    "란 무엇인가",
                    "이란",
                    "란",
                    "是什么",
                    "とは",
                ]
                .iter()
                .find_map(|ending| core.strip_suffix(ending))
                .map(str::trim)
            });
        // `## LiT` under `# LiT : Zero-Shot Transfer …`: the part named
        // after what the paper proposes. Under a title that is the name
        // alone (`title: EfficientNet`), the heading repeats the title.
        asked == Some(name.as_str()) || core == name && short.is_some()
    })?;
    Some(inferred_section(
        text,
        headings,
        heading,
        SectionKind::Method,
        text.len(),
    ))
}

/// How many different words of each kind a part of a note holds: its
/// purpose (`problem`, `limitation`, `기존`, `한계`), its method
/// (`propose`, `architecture`, `encoder`, `제안`, `구조`), its experiments
/// (`dataset`, `accuracy`, `baseline`, `데이터셋`, `성능`).
fn content_scores(content: &str) -> [usize; 3] {
    const WORDS: [&[&str]; 3] = [
        &[
            "problem",
            "problems",
            "challenge",
            "challenges",
            "limitation",
            "limitations",
            "motivation",
            "motivated",
            "existing",
            "previous",
            "prior work",
            "however",
            "struggle",
            "suffer",
            "suffers",
            "difficult",
            "bottleneck",
            "문제",
            "한계",
            "기존",
            "어렵",
            "동기",
            "배경",
            "问题",
            "挑战",
            "现有",
            "局限",
        ],
        &[
            "propose",
            "proposes",
            "proposed",
            "architecture",
            "module",
            "encoder",
            "decoder",
            "layer",
            "layers",
            "loss",
            "algorithm",
            "framework",
            "network",
            "embedding",
            "objective",
            "attention",
            "training",
            "제안",
            "구조",
            "모듈",
            "손실",
            "인코더",
            "디코더",
            "알고리즘",
            "레이어",
            "네트워크",
            "提出",
            "模块",
            "结构",
            "损失",
            "网络",
        ],
        &[
            "experiment",
            "experiments",
            "dataset",
            "datasets",
            "benchmark",
            "benchmarks",
            "accuracy",
            "outperform",
            "outperforms",
            "baseline",
            "baselines",
            "ablation",
            "state-of-the-art",
            "sota",
            "evaluated",
            "evaluation",
            "results",
            "실험",
            "데이터셋",
            "성능",
            "정확도",
            "베이스라인",
            "평가",
            "实验",
            "数据集",
            "准确率",
            "性能",
        ],
    ];
    let lower = content.to_lowercase();
    let mut scores = [0; 3];
    for (score, words) in scores.iter_mut().zip(WORDS) {
        *score = words.iter().filter(|word| holds_term(&lower, word)).count();
    }
    scores
}

/// A note that mirrors its paper's numbered sections opens with the
/// paper's section 1, its introduction, whatever the note calls it
/// (`## 1. Instruction`, `## 1. 들어가며`): when no heading names a purpose,
/// a heading numbered 1 (`1.`, `1)`, `I.`) that names no kind and is no
/// known other part, at the level of a numbered method or experiment
/// heading after it, is taken for the purpose.
fn purpose_by_position(
    text: &str,
    headings: &[NoteHeading],
    sections: &[Section],
    title_line: Option<usize>,
) -> Option<Section> {
    let labelled: Vec<usize> = sections.iter().map(|s| s.label.start).collect();
    let candidate = headings.iter().find(|heading| {
        let words = heading.text.slice(text);
        Some(heading.line) != title_line
            && numbered_one(words)
            && !labelled.contains(&heading.text.start)
            && !is_other_section(words)
            && !heading_core(words).is_empty()
    })?;
    let level = candidate.level;
    // The paper's later sections, numbered at the same level.
    sections.iter().find(|section| {
        matches!(section.kind, SectionKind::Method | SectionKind::Experiment)
            && section.placement == (Placement::Heading { level })
            && section.label.start > candidate.text.start
            && starts_with_numbering(section.label.slice(text))
    })?;
    Some(inferred_section(
        text,
        headings,
        candidate,
        SectionKind::Purpose,
        text.len(),
    ))
}

/// The section number a heading opens with, without its last dot: `3` for
/// `3. Method`, `3.1` for `3.1: Encoder`, `**4.2. Result**` and
/// `1.Introduction`; none for `3D Gaussian Splatting` or an unnumbered
/// heading.
fn section_number(heading: &str) -> Option<&str> {
    let trimmed = heading
        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
        .trim_start();
    let length = trimmed
        .find(|ch: char| !(ch.is_ascii_digit() || ch == '.'))
        .unwrap_or(trimmed.len());
    let after = trimmed[length..].chars().next();
    let number = trimmed[..length].trim_end_matches('.');
    (number.starts_with(|ch: char| ch.is_ascii_digit())
        && (after.is_none_or(|ch| !ch.is_alphanumeric()) || trimmed[..length].ends_with('.')))
    .then_some(number)
}

/// Whether a note's headings follow a paper's numbered outline: three
/// numbered sections or more, the introduction among them and one of its
/// evaluation, experiments, results, related work or conclusion (`# 1
/// Introduction`, `# 2 Replicated state machines`, … `# 6 Evaluation`).
fn follows_a_papers_outline(text: &str, headings: &[NoteHeading]) -> bool {
    const CLOSING: [&str; 5] = [
        "evaluation",
        "experiments",
        "results",
        "related work",
        "conclusion",
    ];
    let mut numbers = HashSet::new();
    let (mut introduction, mut closing) = (false, false);
    for heading in headings {
        let raw = heading.text.slice(text);
        let Some(number) = section_number(raw) else {
            continue;
        };
        numbers.insert(number.split('.').next().unwrap_or(number));
        // The words after the number, compared as they are (no heading's
        // whole reading: this runs on every numbered heading).
        let words = raw
            .find(number)
            .map_or("", |at| &raw[at + number.len()..])
            .trim_start_matches(|ch: char| ch == '.' || ch == ')' || ch.is_whitespace())
            .trim_end();
        introduction |= words.eq_ignore_ascii_case("introduction");
        closing |= CLOSING.iter().any(|word| {
            words
                .get(..word.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(word))
        });
    }
    introduction && closing && numbers.len() >= 3
}

/// Whether a heading is numbered one: `1. Instruction`, `1) 들어가며`,
/// `I. Overview`, `1 Intro` — not `1.1 Setup` or `10. Results`.
fn numbered_one(heading: &str) -> bool {
    let trimmed = heading
        .trim_start_matches(|ch: char| !ch.is_alphanumeric())
        .trim_start();
    let Some(rest) = trimmed
        .strip_prefix('1')
        .or_else(|| trimmed.strip_prefix('I'))
    else {
        return false;
    };
    // `1、Motivation` needs no space after its comma.
    if let Some(rest) = rest.strip_prefix('、') {
        return !rest.trim().is_empty();
    }
    let rest = rest.strip_prefix(['.', ')']).unwrap_or(rest);
    rest.starts_with(char::is_whitespace) && !rest.trim().is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_named_by_a_citation_key() {
        for (stem, cited) in [
            ("@pavllo3DHumanPose2019", true),
            ("@tuVoxelPoseMulticamera3D2020", true),
            ("@vaswani2017", true),
            ("kingma_ba_2015", true),
            ("vaswani_et_al_2017", true),
            ("He-et-al-2016", true),
            ("in_the_wild_2020", false),
            ("aldeia2025", true),
            ("@home", false),
            ("@todo-list", false),
            ("meeting_notes_2021", false),
            ("cvpr_2021", false),
            ("spring-2024", false),
            ("week_3_2021", false),
            ("notes_2021", false),
            ("resnet", false),
        ] {
            assert_eq!(names_a_cited_file(stem), cited, "{stem}");
        }
    }

    #[test]
    fn korean_and_joins_section_words_not_sentences() {
        let vocabulary = Vocabulary::default();
        for (heading, kinds) in [
            ("4. 실험과 해석 🧪", vec![SectionKind::Experiment]),
            ("문제와 동기", vec![SectionKind::Purpose]),
            ("연구 배경과 문제의식", vec![SectionKind::Purpose]),
            ("실험 결과 분석", vec![SectionKind::Experiment]),
            ("b) NN 아키텍처와 하드웨어를 함께 설계하기", vec![]),
        ] {
            assert_eq!(heading_kinds(heading, &vocabulary), kinds, "{heading}");
        }
    }

    #[test]
    fn question_headings_of_a_reading_template() {
        let vocabulary = Vocabulary::default();
        for (heading, kinds) in [
            (
                "How the author proved effectiveness of the proposal?",
                vec![SectionKind::Experiment],
            ),
            (
                "4. 어떻게 유효하다고 검증했나? 🧪",
                vec![SectionKind::Experiment],
            ),
            ("How did they validate it?", vec![SectionKind::Experiment]),
            ("How to prove a lower bound", vec![]),
            ("How it works", vec![]),
            // Why the work matters: its purpose, as the judged notes have
            // it (round 118); what it is worth to the reader names none.
            ("Why does it matter?", vec![SectionKind::Purpose]),
            ("Why it matters", vec![SectionKind::Purpose]),
            ("Why it matters for agents", vec![]),
            ("📝 왜 이 논문을 선택했는가?", vec![SectionKind::Purpose]),
            ("Why this paper?", vec![SectionKind::Purpose]),
            ("Why this paper", vec![]),
            ("Why ResNet?", vec![SectionKind::Purpose]),
            ("Why ResNet", vec![]),
            ("Why Transformers?", vec![]),
            ("How this paper achieve it?", vec![SectionKind::Method]),
            ("How does it work?", vec![]),
            ("어떻게 목표를 달성했나? 🎯", vec![SectionKind::Method]),
            ("What is this paper about?", vec![SectionKind::Summary]),
            (
                "이 논문은 무엇에 관한 논문인가?",
                vec![SectionKind::Summary],
            ),
            ("What about the cost?", vec![]),
            // The Japanese reading format, full-width question marks and
            // all.
            ("1. どんなもの？", vec![SectionKind::Summary]),
            // (Or asked of the paper: `どんな論文か？`.)
            ("1. どんな論文か？", vec![SectionKind::Summary]),
            // (What it does better than earlier work: its novelty.)
            (
                "2. 先行研究と比べてどこがすごいの？",
                vec![SectionKind::Novelty],
            ),
            (
                "3. 技術や手法の\"キモ\"はどこにある？",
                vec![SectionKind::Method],
            ),
            (
                "4. どうやって有効だと検証した？",
                vec![SectionKind::Experiment],
            ),
            ("5. 議論はあるか？", vec![]),
            ("6. 次に読むべき論文はあるか？", vec![]),
            ("为什么研究这个问题？", vec![SectionKind::Purpose]),
            // What a question asks for first.
            (
                "🧪 What are the key methods or experimental techniques?",
                vec![SectionKind::Method],
            ),
            (
                "📈 What are the main results?",
                vec![SectionKind::Experiment],
            ),
            (
                "What are the results of the method?",
                vec![SectionKind::Experiment],
            ),
            (
                "What did the authors try to accomplish?",
                vec![SectionKind::Purpose],
            ),
            (
                "What were the key elements of the approach?",
                vec![SectionKind::Method],
            ),
            (
                "1. 저자가 뭘 해내고 싶어했는가?",
                vec![SectionKind::Purpose],
            ),
            (
                "2. 이 연구의 접근에서 중요한 요소는 무엇인가?",
                vec![SectionKind::Method],
            ),
        ] {
            assert_eq!(heading_kinds(heading, &vocabulary), kinds, "{heading}");
        }
    }

    #[test]
    fn heading_kinds_read_numbering_emoji_translations_and_typos() {
        let vocabulary = Vocabulary::default();
        let kinds = |heading| {
            heading_kinds(heading, &vocabulary)
                .into_iter()
                .map(SectionKind::name)
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(kinds("2. Method"), "method");
        assert_eq!(section_number("3. Method"), Some("3"));
        assert_eq!(
            section_number("3.1: Proxy-Guided Conditioning"),
            Some("3.1")
        );
        assert_eq!(section_number("**4.2. Result**"), Some("4.2"));
        assert_eq!(section_number("3D Gaussian Splatting"), None);
        assert_eq!(strip_numbering("2-point RANSAC"), "2-point RANSAC");
        assert_eq!(strip_numbering("2- Method"), " Method");
        assert_eq!(strip_numbering("03-Introduction"), "Introduction");
        assert_eq!(strip_numbering("1、Motivation"), "Motivation");
        assert_eq!(strip_numbering("二、方法"), "方法");
        assert_eq!(strip_numbering("十一、实验"), "实验");
        assert_eq!(strip_numbering("一致性"), "一致性");
        assert_eq!(strip_numbering("2.Introduction"), "Introduction");
        assert_eq!(strip_numbering("2.서론"), "서론");
        assert_eq!(
            strip_numbering("1.[RDMA at Scale](u)"),
            "[RDMA at Scale](u)"
        );
        assert_eq!(strip_numbering("2.5D Detection"), "2.5D Detection");
        assert_eq!(strip_numbering("3.x86 kernels"), "3.x86 kernels");
        assert_eq!(kinds("## 2.Introduction"), "purpose");
        assert_eq!(kinds("> ### 2.Contriution"), "novelty");
        assert_eq!(kinds("## 研究问题"), "purpose");
        assert_eq!(kinds("## 核心方法"), "method");
        assert_eq!(kinds("## 关键发现"), "experiment");
        assert_eq!(kinds("### 2.3 主要结果"), "experiment");
        // The analysis of a part, and hexadecimal numbering.
        assert_eq!(kinds("## 📊 **结果分析**"), "experiment");
        assert_eq!(kinds("## 0x01 简介"), "purpose");
        assert_eq!(kinds("## 0xFF 总结"), "summary");
        assert_eq!(strip_numbering("0x02 专家协同过滤"), "专家协同过滤");
        assert_eq!(strip_numbering("0xDEADBEEF"), "0xDEADBEEF");
        assert_eq!(kinds("## 6. 批判与开放问题"), "");
        assert_eq!(kinds("## 我的问题"), "");
        // Joined by `与`, each phrase on its own.
        assert_eq!(kinds("## 局限与疑问"), "limitations");
        assert_eq!(kinds("## 研究问题与最小可核验结论"), "purpose");
        assert_eq!(kinds("## 性能与实验披露表"), "experiment");
        assert_eq!(kinds("### 1、Motivation"), "purpose");
        assert_eq!(kinds("三、实验"), "experiment");
        assert!(numbered_one("1、 Motivation"));
        assert!(numbered_one("1、Motivation"));
        assert_eq!(section_number("Method"), None);
        for one in ["1. Instruction", "## 1) 들어가며", "I. Overview", "1 Intro"] {
            assert!(numbered_one(one), "{one}");
        }
        for other in [
            "1.1 Setup",
            "10. Results",
            "II. Method",
            "Introduction",
            "1.",
            "I",
        ] {
            assert!(!numbered_one(other), "{other}");
        }
        assert_eq!(kinds("0.2. Problem Definition"), "purpose");
        assert_eq!(kinds("III. Experiments"), "experiment");
        assert_eq!(kinds("⚡ 요약 (Summary)"), "summary");
        assert_eq!(kinds("Key Contributions(핵심 기여)"), "novelty");
        assert_eq!(kinds("4. Experiment & Result"), "experiment");
        assert_eq!(kinds("Methods and Results"), "method,experiment");
        assert_eq!(kinds("1. Intoduction"), "purpose");
        assert_eq!(kinds("**Key ideas**"), "method");
        assert_eq!(kinds("📌 Metadata"), "");
        assert_eq!(kinds("3D Gaussian Splatting"), "");
        assert_eq!(kinds("Model Features"), "method");
        assert_eq!(kinds("3.2 모델 학습"), "method");
        assert_eq!(kinds("Large Language Model"), "");
        assert_eq!(kinds("Architecture Overview"), "method");
        assert_eq!(kinds("Results Summary"), "experiment");
        assert_eq!(kinds("Paper Overview"), "summary");
        assert_eq!(kinds("6. Training Configuration"), "experiment");
        assert_eq!(kinds("4.1 Implementation Details"), "experiment");
        assert_eq!(kinds("학습 설정"), "experiment");
        assert_eq!(kinds("Training Procedure"), "");
        assert_eq!(kinds("## Technical Details"), "method");
        // Chinese, simplified and traditional: a foreword, the problem.
        assert_eq!(kinds("前述"), "purpose");
        assert_eq!(kinds("要解決的問題"), "purpose");
        assert_eq!(kinds("1. 前言"), "purpose");
        assert_eq!(
            kinds("2. 실험 환경 및 데이터셋 (Experimental Setting and Datasets)"),
            "experiment"
        );
        assert_eq!(kinds("Conclusion and Future Work"), "");
        assert_eq!(kinds("Hyperparameter and Training"), "experiment");
        assert_eq!(kinds("Abstract / Brief Introduction"), "summary,purpose");
        assert_eq!(kinds("Paper Summary"), "summary");
        assert_eq!(
            kinds("What is the problem with existing methods?"),
            "purpose"
        );
        assert_eq!(kinds("What is the proposed method?"), "method");
        assert_eq!(kinds("What are the results of the method?"), "experiment");
        assert_eq!(kinds("이 논문이 해결하려는 문제는?"), "purpose");
        assert_eq!(kinds("어떻게 문제를 해결했나?"), "method");
        assert_eq!(kinds("What is the problem"), "purpose");
        assert_eq!(kinds("Why should I care?"), "");
        assert_eq!(kinds("Related Work"), "");
        assert_eq!(
            kinds("Details of learning and results (skipped)"),
            "experiment"
        );
        assert_eq!(kinds("Method: Fully Test-Time Adaptation"), "method");
        assert_eq!(kinds(":chart_with_upwards_trend: Result"), "experiment");
        assert_eq!(kinds("[Method](#method)"), "method");
        assert_eq!(
            heading_core(":ledger: Experimental setup"),
            "Experimental setup"
        );
        assert_eq!(heading_core("[3. Method](#3-method) 🔬"), "Method");
    }

    /// A page that lists a blog's posts on papers names several; a post
    /// on one does not.
    #[test]
    fn titles_that_name_several_papers() {
        for title in [
            "Medical AI Paper Post List",
            "Diffusion Papers",
            "Diffusion paper list",
            "읽은 논문 목록",
        ] {
            assert!(names_several_papers(title), "{title}");
        }
        for title in [
            "Medical AI Paper Review",
            "Post-hoc Calibration of Neural Networks",
            "QnDReview: Read 100 CHI Papers in 7 Hours",
        ] {
            assert!(!names_several_papers(title), "{title}");
        }
    }

    #[test]
    fn titles_from_paths() {
        let title = |name, file| title_from_path(name, file).map(|t| t.text);
        assert_eq!(
            title("13_Attention is all you need", true).as_deref(),
            Some("Attention is all you need")
        );
        assert_eq!(
            title("attention-is-all-you-need", true).as_deref(),
            Some("attention is all you need")
        );
        assert_eq!(
            title("- [ ] (JH) Deep Residual Learning", true).as_deref(),
            Some("Deep Residual Learning")
        );
        assert_eq!(
            title(
                "07. Swin Transformerː Hierarchical Vision Transformer",
                false
            )
            .as_deref(),
            Some("Swin Transformer: Hierarchical Vision Transformer")
        );
        assert_eq!(
            title(
                "Dinov2_Learning robust visual features without supervision",
                false
            )
            .as_deref(),
            Some("Dinov2: Learning robust visual features without supervision")
        );
        assert_eq!(title("README", true), None);
    }

    #[test]
    fn author_lists() {
        assert!(looks_like_author_list(
            "Jeff Johnson, Matthijs Douze, Hervé Jégou"
        ));
        assert!(looks_like_author_list("David Ha, Jurgen Schmidhuber"));
        assert!(looks_like_author_list("김철수, 이영희, 박민수"));
        assert!(!looks_like_author_list("Attention Is All You Need"));
        assert!(!looks_like_author_list(
            "TENT: Fully Test-Time Adaptation, by entropy minimization"
        ));
    }
}
