//! Paper titles: the cleaned display text and the normalized key that makes
//! spelling variants of one paper meet.
//!
//! Real headers carry junk after the title: a venue and year in parentheses
//! (`(Facebook AI research, ICML 2021)`), a comma-separated venue
//! (`, CVPR, 2021`), a `\_review` suffix, a stray trailing comma. Cleaning
//! cuts those off the end (and remembers venue and year); the key then folds
//! case, punctuation, dashes and spacing, so that `Rank-1 Factors` and
//! `Rank 1 Factors` are one paper.

use std::fmt;

use unicode_normalization::{IsNormalized, UnicodeNormalization};

/// The normalized identity of a paper title.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct TitleKey(String);

impl TitleKey {
    /// The key of a display title (already cleaned of venue and junk).
    pub fn new(title: &str) -> TitleKey {
        let mut key = String::with_capacity(title.len());
        let mut pending_space = false;
        if title.is_ascii() {
            // The common case, without Unicode tables.
            for byte in title.bytes() {
                if byte.is_ascii_alphanumeric() {
                    if pending_space && !key.is_empty() {
                        key.push(' ');
                    }
                    pending_space = false;
                    key.push(char::from(byte.to_ascii_lowercase()));
                } else if !matches!(byte, b'\'' | b'`') {
                    pending_space = true;
                }
            }
            return TitleKey(key);
        }
        // NFKC only when needed: most titles are ASCII, and normalizing is
        // the costliest step of key-making (profiled on the seed). NFKC, not
        // NFC, so that a title copied from a PDF (`ﬁne-tuning`, the `ﬁ`
        // ligature) or typed in full-width letters (`ＢＥＲＴ`) meets the
        // same title typed plainly.
        let normalized: std::borrow::Cow<'_, str> =
            if unicode_normalization::is_nfkc_quick(title.chars()) == IsNormalized::Yes {
                std::borrow::Cow::Borrowed(title)
            } else {
                std::borrow::Cow::Owned(title.nfkc().collect())
            };
        for ch in normalized.chars().flat_map(char::to_lowercase) {
            if ch.is_alphanumeric() {
                if pending_space && !key.is_empty() {
                    key.push(' ');
                }
                pending_space = false;
                key.push(ch);
            } else if matches!(ch, '\'' | '’' | '‘' | '`') {
                // `Don't` and `Dont` are one word: apostrophes vanish.
            } else {
                pending_space = true;
            }
        }
        TitleKey(key)
    }

    /// A key read back from storage, already normalized.
    pub fn from_normalized(key: &str) -> TitleKey {
        TitleKey(key.to_owned())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl fmt::Debug for TitleKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl fmt::Display for TitleKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// What cleaning found at the end of a raw title.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub(crate) struct Cleaned {
    /// How many bytes of the raw title are the title itself.
    pub(crate) len: usize,
    /// How many of those come before the paper's nickname in parentheses
    /// (`Deep Residual Learning for Image Recognition (ResNet)`), which the
    /// title shows as the note writes it and its key leaves out.
    pub(crate) before_nickname: Option<usize>,
    pub(crate) venue: Option<String>,
    pub(crate) year: Option<u16>,
}

/// The name a paper goes by in prose: the part of its title before a colon
/// (`Swin Transformer` of `Swin Transformer: Hierarchical Vision
/// Transformer using Shifted Windows`), when that part is short — at most
/// six words — and, for one word, looks like a name (`GraphCodeBERT`,
/// `TENT`, `EfficientNetV2`: two capitals or a digit) rather than a word of
/// the language (`Attention: …`).
pub fn short_title(title: &str) -> Option<&str> {
    let (head, rest) = title.split_once([':', '：'])?;
    let head = head.trim();
    if head.is_empty() || rest.trim().is_empty() {
        return None;
    }
    let words = head.split_whitespace().count();
    let name_like = || {
        head.chars().filter(|ch| ch.is_uppercase()).count() >= 2
            || head.chars().any(|ch| ch.is_ascii_digit())
    };
    match words {
        1 if head.chars().count() >= 3 && name_like() => Some(head),
        2..=6 => Some(head),
        _ => None,
    }
}

/// Venues common enough in paper notes (machine learning, systems,
/// databases, graphics, circuits) to be recognised after a comma or in a trailing
/// parenthesis without a year beside them, and as a folder's name with a
/// year. Not those that are words too (`FAST`, `ATC`, `MICRO`): a title may
/// end in its method's name.
const VENUES: &[&str] = &[
    "AAAI",
    "ACL",
    "AISTATS",
    "arXiv",
    "ASPLOS",
    "BMVC",
    "CCS",
    "CHI",
    "CICC",
    "CIKM",
    "COLING",
    "COLT",
    "CoRL",
    "CVPR",
    "DAC",
    "ECCV",
    "EMNLP",
    "ESSCIRC",
    "ESSERC",
    "EuroSys",
    "HotNets",
    "HotOS",
    "HPCA",
    "ICASSP",
    "ICCAD",
    "ICCV",
    "ICDE",
    "ICLR",
    "ICML",
    "ICRA",
    "IJCAI",
    "IJCV",
    "IMC",
    "Interspeech",
    "IROS",
    "ISBI",
    "ISCA",
    "ISSCC",
    "JMLR",
    "JSSC",
    "KDD",
    "MICCAI",
    "MLSys",
    "MobiCom",
    "NAACL",
    "Nature",
    "NDSS",
    "NeurIPS",
    "NIPS",
    "NSDI",
    "OSDI",
    "PAMI",
    "PLDI",
    "POPL",
    "RecSys",
    "SenSys",
    "SIGCOMM",
    "SIGGRAPH",
    "SIGIR",
    "SIGMOD",
    "SOSP",
    "TCSVT",
    "TIP",
    "TKDE",
    "TMI",
    "TMLR",
    "TMM",
    "TNNLS",
    "TOG",
    "TPAMI",
    "TVCG",
    "UAI",
    "VLDB",
    "VLSI",
    "WACV",
    "WSDM",
    "WWW",
];

/// Whether a title before a translation or a subtitle is in Latin
/// letters: `words` words or more, most of its characters ASCII letters.
pub(crate) fn latin_title(head: &str, words: usize) -> bool {
    head.split_whitespace().count() >= words
        && head.chars().filter(char::is_ascii_alphabetic).count() * 2 > head.chars().count()
}

/// How many of a text's characters are Chinese, Japanese or Korean.
fn cjk_count(text: &str) -> usize {
    text.chars().filter(|ch| is_cjk_or_hangul(*ch)).count()
}

/// Cuts venue, year and junk off the end of `raw` (already trimmed).
pub(crate) fn clean(raw: &str) -> Cleaned {
    let mut end = raw.len();
    let mut venue: Option<String> = None;
    let mut year = None;
    // The nickname's parenthesis, when one was cut: where it opens and
    // where it closes.
    let mut nickname: Option<(usize, usize)> = None;
    loop {
        let text = raw[..end].trim_end();
        end = text.len();
        // The parenthesis closing the text, where nine of the cuts below look.
        let paren = trailing_parenthesis(text);
        // The last spaced dash, where three of the cuts below look.
        let last_dash = [" - ", " — ", " – "]
            .iter()
            .filter_map(|dash| text.rfind(dash).map(|at| (at, dash.len())))
            .max_by_key(|(at, _)| *at);
        if let Some(stripped) = text.strip_suffix([',', '.', ';', '，']) {
            end = stripped.len();
            continue;
        }
        // A citation count: `NIPS'18, Citation: 1365`, `Cited by 120`.
        if text.ends_with(|ch: char| ch.is_ascii_digit())
            && let before = text
                .trim_end_matches(|ch: char| ch.is_ascii_digit())
                .trim_end()
            && let Some(kept) = ["citation:", "citations:", "cited by"]
                .iter()
                .find_map(|label| strip_suffix_ignore_case(before, label))
        {
            end = kept
                .trim_end()
                .trim_end_matches([',', ';', '|', '—', '–', '-'])
                .trim_end()
                .len();
            continue;
        }
        // `Semantics and Pragmatics of Real-Time Maude - Olveczky Meseguer -
        // 2007`: the authors' surnames and the year, each after a spaced
        // dash. The year is kept.
        if let Some((before, found)) = text.rsplit_once(" - ")
            && let Some(found) = parse_year(found.trim())
            && let Some((title, names)) = before.rsplit_once(" - ")
            && (1..=3).contains(&names.split_whitespace().count())
            && names.split_whitespace().all(|name| {
                name.starts_with(char::is_uppercase)
                    && name
                        .chars()
                        .all(|ch| ch.is_alphabetic() || matches!(ch, '-' | '\''))
            })
            && title.split_whitespace().count() >= 3
        {
            merge(&mut venue, &mut year, None, Some(found));
            end = title.trim_end().len();
            continue;
        }
        // Where to read the paper, in parentheses after its title: `…
        // Learning ([cvpr2024 open access](…) or [arxiv](…))`.
        if let Some((open, inner)) = paren
            && open > 0
            && links_alone(inner)
        {
            end = open;
            continue;
        }
        // An HTML comment after the title: a blog's excerpt mark, `… (ICSE’18)
        // <!--more-->`.
        if text.ends_with("-->")
            && let Some(at) = text.rfind("<!--")
            && at > 0
        {
            end = at;
            continue;
        }
        // A closing HTML tag whose opening tag is not in the title: the end
        // of a table cell the title was read from (`TACOTRON: TOWARDS
        // END-TO-END SPEECH SYNTHESIS</td>`).
        if text.ends_with('>')
            && let Some(at) = text.rfind("</")
            && let tag = &text[at + 2..text.len() - 1]
            && !tag.is_empty()
            && tag.bytes().all(|b| b.is_ascii_alphabetic())
            && !text[..at].contains(&format!("<{tag}"))
        {
            end = at;
            continue;
        }
        // A reference in GB/T 7714 form after the title, its document's
        // type in brackets: `… with a Stochastic Actor. [C]//PMLR.
        // Haarnoja, T., … 2018`, `… Interest Points[J]. 2018`. Where and
        // when are kept.
        if let Some((at, tail)) = gbt_reference_tail(text) {
            let found_year = tail
                .split(|ch: char| !ch.is_ascii_digit())
                .rfind(|digits| digits.len() == 4)
                .and_then(parse_year);
            let found_venue = tail
                .split_once("//")
                .and_then(|(_, place)| place.split(['.', ',', ':']).next())
                .and_then(venue_and_year)
                .and_then(|(place, _)| place);
            merge(&mut venue, &mut year, found_venue, found_year);
            end = at;
            continue;
        }
        if let Some(stripped) = strip_suffix_ignore_case(text, "\\_review")
            .or_else(|| strip_suffix_ignore_case(text, "_review"))
        {
            end = stripped.len();
            continue;
        }
        if let Some(stripped) = strip_review_word(text) {
            end = stripped.len();
            continue;
        }
        // `End To End Memory Networks란?`: a Korean "what is" after the
        // title's last Latin word.
        if let Some(stripped) = text
            .strip_suffix("이란?")
            .or_else(|| text.strip_suffix("란?"))
            .filter(|rest| rest.ends_with(|ch: char| ch.is_ascii_alphanumeric()))
        {
            end = stripped.len();
            continue;
        }
        // `DETA : NMS Strikes Back | Object detection`: a category after a
        // bar, of three words at most.
        if let Some((kept, category)) = text.rsplit_once(" | ")
            && kept.split_whitespace().count() >= 2
            && (1..=3).contains(&category.split_whitespace().count())
        {
            end = kept.trim_end().len();
            continue;
        }
        // What the note is, said in Korean, Chinese or Japanese after a
        // colon: `Denoising Diffusion Probabilistic Models (DDPM): 논문 구조
        // 기반 심화 요약` (not `Soft Actor-Critic: off-Policy Maximum Entropy
        // … 논문 리뷰 및 설명`, the title's own words after its colon).
        // (The last word first: few titles end so.)
        if !text.is_ascii()
            && let Some((kept, tail)) = text.rsplit_once([':', '：'])
            && !tail.is_ascii()
            && tail
                .split_whitespace()
                .next_back()
                .is_some_and(says_what_the_note_is)
            && kept.contains(|ch: char| ch.is_ascii_alphabetic())
            && crate::note::headline_in_cjk(tail)
        {
            end = kept.trim_end().len();
            continue;
        }
        // Where it appeared after a bar, as a publisher's page titles it:
        // `Image smoothing via L0 gradient minimization | Proceedings of
        // the 2011 SIGGRAPH Asia Conference`; its venue and year are kept.
        if text.contains('|')
            && let Some((kept, proceedings)) = text.rsplit_once(" | ")
            && kept.split_whitespace().count() >= 2
            && strip_prefix_ignore_case(proceedings.trim(), "proceedings of ").is_some()
        {
            if let Some((found_venue, found_year)) = venue_and_year(proceedings) {
                merge(&mut venue, &mut year, found_venue, found_year);
            }
            end = kept.trim_end().len();
            continue;
        }
        // The site it was copied from, as the page titles it: `Does Forcing
        // Structured Output Degrade LLM Creativity? | OpenReview`, `… |
        // Semantic Scholar`, `… - arXiv` (its bar escaped in a link's
        // text, `… \| OpenReview`).
        if let Some(kept) = [
            "openreview",
            "arxiv",
            "semantic scholar",
            "researchgate",
            "sciencedirect",
            "ieee xplore",
            "acm digital library",
            "springerlink",
            "papers with code",
            "hugging face",
        ]
        .iter()
        .find_map(|site| strip_suffix_ignore_case(text, site))
        .and_then(|before| {
            [" | ", " \\| ", " - "]
                .iter()
                .find_map(|mark| before.strip_suffix(mark))
        })
        .filter(|kept| kept.split_whitespace().count() >= 3)
        {
            end = kept.trim_end().len();
            continue;
        }
        // What the note is after a dash: `DecAlign — Reading Notes`,
        // `Constitutional AI — Overview`.
        if let Some((dash, width)) = last_dash
            && dash > 0
            && {
                // Not a lone `review`: `Deep learning — review` is a review
                // paper's title.
                let tail = text[dash + width..].trim();
                // (Or says how much: `… - Ultra-Condensed Summary`; not `…
                // - An Overview`, as a survey may be titled.)
                let lower = tail.to_lowercase();
                let words: Vec<&str> = lower.split_whitespace().collect();
                (says_review(tail) && words.len() >= 2)
                    || matches!(
                        words.as_slice(),
                        [first, .., "overview" | "summary" | "notes"]
                            if words.len() <= 3 && !["a", "an", "the"].contains(first)
                    )
                    || matches!(words.as_slice(), ["overview" | "summary" | "notes"])
                    // `Attention Is All You Need - Notes of Learning`.
                    || matches!(words.as_slice(), ["notes", "of" | "on", _])
            }
        {
            end = dash;
            continue;
        }
        // Or after a colon, notes named so: `Networking Named Content:
        // Detailed Notes` (not `… : A Summary`, a paper's subtitle).
        // (The last word first: few titles end so.)
        if (strip_suffix_ignore_case(text, "notes").is_some()
            || strip_suffix_ignore_case(text, "summary").is_some())
            && let Some((kept, tail)) = text.rsplit_once(": ")
            && kept.split_whitespace().count() >= 2
            && {
                let lower = tail.trim().to_lowercase();
                let words: Vec<&str> = lower.split_whitespace().collect();
                matches!(
                    words.as_slice(),
                    [first, .., "notes" | "summary"]
                        if words.len() <= 3 && !["a", "an", "the"].contains(first)
                ) || matches!(words.as_slice(), ["notes" | "summary"])
            }
        {
            end = kept.trim_end().len();
            continue;
        }
        // What a Spanish or Portuguese note is, after a colon: `Item-Based
        // Collaborative Filtering Recommendation Algorithms: Crítica y
        // Análisis`.
        if let Some((kept, tail)) = text.rsplit_once(": ")
            && tail.trim().len() <= 24
            && kept.split_whitespace().count() >= 2
            && LATIN_SCRIPT_NOTE_WORDS.iter().any(|says| {
                tail.trim()
                    .chars()
                    .flat_map(char::to_lowercase)
                    .eq(says.chars())
            })
        {
            end = kept.trim_end().len();
            continue;
        }
        // A citation's parts set off by middle dots after the title: `… Flow
        // Policies · Kevin Black, Manuel Y. Galliker, Sergey Levine ·
        // NeurIPS 2025 · arXiv:2506.07339`; its venue and year are kept.
        // (A char's search first: most titles hold no middle dot.)
        if text.contains('·')
            && let Some((head, tail)) = text.split_once(" · ")
            && head.split_whitespace().count() >= 3
            && tail
                .split(" · ")
                .next()
                .is_some_and(crate::note::looks_like_author_list)
        {
            for part in tail.split(" · ") {
                if let Some((found_venue, found_year @ Some(_))) = venue_and_year(part) {
                    merge(&mut venue, &mut year, found_venue, found_year);
                }
            }
            end = head.len();
            continue;
        }
        // `…(작성중)`, `… [WIP]`: the note's state, not the title's.
        if let Some(stripped) = strip_note_state(text) {
            end = stripped.len();
            continue;
        }
        // A citation in parentheses: `… User Model (Visuri et al. MobileHCI
        // '17)`, `… (He et al., 2016)`, or in brackets: `… Rewrite)
        // [Stonebraker et al., VLDB, 2007]`; its venue and year are kept.
        let bracket = text
            .strip_suffix(']')
            .and_then(|body| body.rfind('[').map(|open| (open, &body[open + 1..])))
            .filter(|(_, inner)| !inner.contains(['[', ']']));
        if let Some((open, inner)) = paren.or(bracket)
            && open > 0
            && let Some(after) = after_et_al(inner)
        {
            if let Some((found_venue, found_year)) = venue_and_year(after) {
                merge(&mut venue, &mut year, found_venue, found_year);
            }
            end = open;
            continue;
        }
        // Or the whole reference: `… Ultrasound Images (Nair, A. A., Tran,
        // T. D., … (2019, March).)`; its year is kept.
        if let Some((open, inner)) = paren
            && open > 0
            && let Some(found_year) = reference_year(inner)
        {
            merge(&mut venue, &mut year, None, Some(found_year));
            end = open;
            continue;
        }
        if let Some((open, inner)) = paren
            && let Some((found_venue, found_year)) = venue_and_year(inner)
            && open > 0
        {
            merge(&mut venue, &mut year, found_venue, found_year);
            end = open;
            continue;
        }
        // The paper's nickname after its title: `Deep Residual Learning for
        // Image Recognition (ResNet)`, `Visual Instruction Tuning(LLaVA)`;
        // not an acronym the words before it spell, which belongs to the
        // title (`Gaussian Error Linear Units (GELUs)`), unless numbered
        // as the model's version (`You Only Look Once (YOLOv1)`). Cut to
        // read on; it comes back at the end when nothing before it was
        // cut (see `Cleaned::before_nickname`).
        if let Some((open, inner)) = paren
            && open > 0
            && is_nickname(inner)
            && (!spelled_before(inner, &text[..open])
                || inner.contains(|ch: char| ch.is_ascii_digit()))
            && text[..open].split_whitespace().count() >= 2
        {
            nickname = Some((open, end));
            end = open;
            continue;
        }
        // The paper's nickname after its year: `Attention is all you
        // need(2017) - Transformer`.
        if let Some(dash) = text.rfind(" - ")
            && is_nickname(&text[dash + 3..])
            && let Some((open, inner)) = trailing_parenthesis(text[..dash].trim_end())
            && open > 0
            && parse_year(inner.trim()).is_some()
        {
            end = dash;
            continue;
        }
        // Or after the title alone, behind a spaced dash: `Image-to-Image
        // Translation with Conditional Adversarial Networks - cGAN`, `… —
        // Analysis`; a title of four words at least. (Not after a headline
        // in Korean, Chinese or Japanese, `음성변형 및 스타일 변경을 제어하는
        // 모델 - Flowtron`: the name is all the paper's the title holds.)
        if let Some((dash, width)) = last_dash
            && is_nickname(&text[dash + width..])
            && text[..dash].split_whitespace().count() >= 4
            && !text[..dash].chars().any(is_cjk_or_hangul)
        {
            end = dash;
            continue;
        }
        // The title translated after it: `Acceleration for Deep
        // Reinforcement Learning …: A Survey（並列・分散計算による深層強化学習の
        // 高速化：サーベイ）`, `Attention Is All You Need (어텐션이 전부다)`.
        // A Latin title of three words or more; the inside written in
        // another script.
        if let Some((open, inner)) = paren
            && open > 0
            && latin_title(&text[..open], 3)
            && let cjk = cjk_count(inner)
            && cjk >= 2
            && cjk * 2 > inner.chars().filter(|ch| !ch.is_whitespace()).count()
        {
            end = text[..open].trim_end().len();
            continue;
        }
        // Or after a spaced dash, a subtitle in the writer's language (its
        // last word in it, an English term or two maybe before):
        // `Attention Is All You Need — Transformer의 탄생`.
        if let Some((dash, width)) = last_dash
            && let head = &text[..dash]
            && let tail = &text[dash + width..]
            && latin_title(head, 3)
            && !head.chars().any(is_cjk_or_hangul)
            && cjk_count(tail) >= 2
            && tail
                .split_whitespace()
                .next_back()
                .is_some_and(|last| last.chars().all(is_cjk_or_hangul))
        {
            end = head.trim_end().len();
            continue;
        }
        // Or after a space alone, the title's translation wholly in the
        // writer's script: `Flamingo: a Visual Language Model for Few-shot
        // Learning 一个少样本学习的视觉-语言模型`. The Latin title has four
        // words or more (not `BERT 논문 리뷰`). Or with no space, what the
        // note is (`Graph Convolutional Networks原文阅读和一些推导`).
        if let Some(tail_start) = text
            .char_indices()
            .rev()
            .take_while(|(_, ch)| is_cjk_or_hangul(*ch) || !ch.is_alphanumeric())
            .filter(|(at, ch)| (ch.is_whitespace() || is_cjk_or_hangul(*ch)) && *at > 0)
            .last()
            .map(|(at, _)| at)
            // (Or after a dash or colon glued to it: `… from Decentralized
            // Data-基于分散数据的深度网络通信高效学习`, `… Vector
            // Space：论文复习笔记`.
            // A Latin title of three words or more (`3D Diffusion
            // Policy：用简单点云学习机器人操作`), the tail all Chinese: not
            // `The AI Scientist：別の論文に読み方を使う`, a course's handout
            // on using the paper.)
            && let before = text[..tail_start].trim_end()
            && let head = before.trim_end_matches(['-', ':', '：']).trim_end()
            && let tail = &text[tail_start..]
            && (head.len() == before.len()
                || latin_title(head, 3) && tail.trim().chars().all(is_han))
            // (Or a word alone saying what the note is: `… Actor-Critic
            // Method (TD3) 논문`.)
            && (cjk_count(tail) >= 4 || says_what_the_note_is(tail.trim()))
            // (Not a Korean sentence whose first words are English, a
            // particle joined to one: `Attention Residuals: Transformer의
            // 잔차 연결을 …`.)
            && !tail.starts_with(crate::header::is_hangul_syllable)
            && latin_title(head, 3)
            && head.ends_with(|ch: char| ch.is_ascii_alphanumeric() || ch == ')')
            && !head.chars().any(is_cjk_or_hangul)
        {
            // (A subtitle after a colon set off by spaces whose first words
            // are English, `… Need : AI 혁명의 시작`, goes whole.)
            end = head
                .rsplit_once(" : ")
                .filter(|(title, subtitle)| {
                    (1..=2).contains(&subtitle.split_whitespace().count()) && latin_title(title, 3)
                })
                .map_or(head.len(), |(title, _)| title.trim_end().len());
            continue;
        }
        // A part of a series of posts on the paper: `… with Hybrid Neural
        // Shading (1)`, `The Google File System - 2`.
        if let Some((open, inner)) = paren.or_else(|| {
            let (head, part) = text.rsplit_once(" - ")?;
            Some((head.len(), part))
        }) && open > 0
            && (1..=2).contains(&inner.len())
            && inner.bytes().all(|b| b.is_ascii_digit())
            && text[..open].split_whitespace().count() >= 2
        {
            end = open;
            continue;
        }
        // The paper's nickname after its title: `Language Models are
        // Few-Shot Learners (The GPT-3 paper)`.
        if let Some((open, inner)) = paren
            && open > 0
            && let Some(name) = strip_suffix_ignore_case(inner.trim(), " paper")
            && (1..=3).contains(&name.split_whitespace().count())
            && text[..open].split_whitespace().count() >= 3
        {
            end = text[..open].trim_end().len();
            continue;
        }
        // The paper's identifier after its title: `… Experience Synthesis
        // (arXiv:2511.03773)`, or its address (`… REAL-WORLD APIS
        // (https://arxiv.org/abs/2307.16789)`).
        // Or the name of its PDF file, `… for 3-axis printers
        // (CurviSlicer_NYU_2019.pdf)`.
        // (Not a link's target, `[…](https://…)`: the link is the title's.)
        if let Some((open, inner)) = paren
            && open > 0
            && !text[..open].ends_with(']')
            && (crate::note::is_paper_identifier(inner)
                || ((inner.starts_with("https://")
                    || inner.starts_with("http://")
                    || inner.to_ascii_lowercase().ends_with(".pdf"))
                    && !inner.contains(char::is_whitespace)))
            && text[..open].split_whitespace().count() >= 2
        {
            end = open;
            continue;
        }
        if let Some(cut) = trailing_authors(text) {
            end = cut;
            continue;
        }
        // The paper's address after its title: `… Faster RCNN :
        // https://arxiv.org/pdf/1803.06799.pdf`.
        if let Some((space, blank)) = text.char_indices().rfind(|(_, ch)| ch.is_whitespace())
            && space > 0
            && let address = &text[space + blank.len_utf8()..]
            && (address.starts_with("http://") || address.starts_with("https://"))
        {
            end = text[..space]
                .trim_end()
                .trim_end_matches([':', '-', '–', '|'])
                .len();
            continue;
        }
        // A venue and year after a spaced dash: `Reconstructing People,
        // Places, and Cameras - CVPR 2025`.
        if let Some((dash, width)) = last_dash
            && dash > 0
            && let tail = &text[dash + width..]
            && tail.split_whitespace().count() <= 4
            && let Some((found_venue, Some(found_year))) = venue_and_year(tail)
        {
            merge(&mut venue, &mut year, found_venue, Some(found_year));
            end = dash;
            continue;
        }
        // A year after a dash with no space after it: `… for Natural
        // Conversation -2024`.
        if text.ends_with(|ch: char| ch.is_ascii_digit())
            && let Some((head, tail)) = text.rsplit_once(" -")
            && let Some(found_year) = parse_year(tail)
            && head.split_whitespace().count() >= 2
        {
            merge(&mut venue, &mut year, None, Some(found_year));
            end = head.len();
            continue;
        }
        // A venue after a comma, or after a semicolon as a citation has it
        // (`…; Tomas Mikolov, Kai Chen; ICLR 2013`).
        if let Some((comma, mark)) = text
            .char_indices()
            .rfind(|(_, ch)| matches!(ch, ',' | '，' | ';'))
            && let Some((found_venue, found_year)) =
                venue_and_year(&text[comma + mark.len_utf8()..])
            && comma > 0
        {
            merge(&mut venue, &mut year, found_venue, found_year);
            end = comma;
            continue;
        }
        // A journal's short name and the issue's month and year after the
        // title's full stop: `… Emergency Care for Sepsis. NEJM May 2017`.
        if text.ends_with(|ch: char| ch.is_ascii_digit())
            && let Some((head, tail)) = text.rsplit_once(". ")
            && let words = tail.split_whitespace().collect::<Vec<_>>()
            && let [name, .., last] = words[..]
            && words.len() <= 3
            && let Some(found_year) = parse_year(last)
            && (2..=8).contains(&name.len())
            && name.bytes().all(|b| b.is_ascii_uppercase())
            && (words.len() == 2
                || crate::note::MONTHS.contains(&words[1].to_ascii_lowercase().as_str()))
            && head.split_whitespace().count() >= 3
        {
            merge(
                &mut venue,
                &mut year,
                Some(name.to_owned()),
                Some(found_year),
            );
            end = head.len();
            continue;
        }
        // A known venue and its year right after the title, no mark
        // between: `… Root Certificate Stores IMC’16`, `… Stores IMC 2016`.
        if let Some((cut, found_venue, found_year)) = bare_trailing_venue(text) {
            merge(&mut venue, &mut year, Some(found_venue), Some(found_year));
            end = cut;
            continue;
        }
        break;
    }
    // The nickname stays when nothing was cut before it once it went.
    let (len, before_nickname) = match nickname {
        Some((open, close)) if raw[..open].trim_end().len() == end => (close, Some(end)),
        _ => (end, None),
    };
    Cleaned {
        len,
        before_nickname,
        venue,
        year,
    }
}

/// Where a known venue and its year start at the end of `text`, written
/// as `IMC 2016`, `IMC’16` or `ICRA2018`, with the venue as written (case
/// and all) and the year; the title before them keeps two words or more.
fn bare_trailing_venue(text: &str) -> Option<(usize, String, u16)> {
    let (before, last) = text.rsplit_once(' ')?;
    let is_venue = |word: &str| VENUES.contains(&word);
    let (start, venue, year) = match parse_year(last) {
        Some(year) => {
            let (_, name) = before.trim_end().rsplit_once(' ')?;
            (before.trim_end().len() - name.len(), name, year)
        }
        None if last.ends_with(|ch: char| ch.is_ascii_digit())
            && let Some((name, year)) = venue_with_year(last) =>
        {
            (before.len() + 1, name, year)
        }
        // `IMC’ 19`: the apostrophe, then a space.
        None if last.len() == 2
            && last.bytes().all(|b| b.is_ascii_digit())
            && let Some(name_end) = before.strip_suffix(['\'', '’']).map(str::len) =>
        {
            let (_, name) = before[..name_end].rsplit_once(' ')?;
            let (_, year) = venue_and_year(&text[name_end - name.len()..])?;
            (name_end - name.len(), name, year?)
        }
        None => {
            let at = last.find(['\'', '’'])?;
            let name = &last[..at];
            let (_, year) = venue_and_year(last)?;
            (before.len() + 1, name, year?)
        }
    };
    (is_venue(venue) && text[..start].split_whitespace().count() >= 2)
        .then(|| (text[..start].trim_end().len(), venue.to_owned(), year))
}

/// Where a GB/T 7714 reference's document type (`[C]`, `[J]`, `[M]`,
/// `[D]`, `[EB/OL]` …) follows a title of two words or more, at the end or
/// before `//`, `.` or `,`; and what follows the title.
fn gbt_reference_tail(text: &str) -> Option<(usize, &str)> {
    const TYPES: &[&str] = &[
        "[C]", "[J]", "[M]", "[D]", "[R]", "[A]", "[N]", "[P]", "[S]", "[Z]", "[EB/OL]", "[J/OL]",
        "[C/OL]", "[M/OL]", "[DB/OL]",
    ];
    // (One pass over the brackets: most titles hold none, or a link's.)
    let (at, mark) = text.match_indices('[').find_map(|(at, _)| {
        TYPES
            .iter()
            .find(|mark| text[at..].starts_with(*mark))
            .map(|mark| (at, *mark))
    })?;
    let after = text[at + mark.len()..].trim_start();
    let title = text[..at].trim_end().trim_end_matches(['.', ' ']);
    (title.split_whitespace().count() >= 2
        && (after.is_empty() || ["//", ".", ","].iter().any(|next| after.starts_with(next))))
    .then(|| (title.len(), &text[at..]))
}

fn merge(
    venue: &mut Option<String>,
    year: &mut Option<u16>,
    found_venue: Option<String>,
    found_year: Option<u16>,
) {
    *year = year.or(found_year);
    // Cleaning runs from the end backwards: what is found later stood earlier.
    *venue = match (found_venue, venue.take()) {
        (Some(earlier), Some(later)) => Some(format!("{earlier}, {later}")),
        (found, known) => found.or(known),
    };
}

/// The dashes, spaced, that set apart what follows a title (its authors,
/// the note's state).
pub(crate) const SPACED_DASHES: [&str; 3] = [" - ", " – ", " — "];

/// Where a title's trailing authors start: `…, by Altaf Rahman and
/// Vincent Ng`, `…, Andrew G. Howard et al`, `…; Tomas Mikolov, Kai Chen`.
fn trailing_authors(text: &str) -> Option<usize> {
    // `Item-based collaborative filtering recommendation algorithms.
    // Sarwar, B., Karypis, G., Konstan, J., & Riedl, J`: a reference's
    // authors after its title. Or by their whole names: `Evaluating
    // Recommendation Systems. Guy Shani and Asela Gunawardana`.
    if let Some(stop) = text.find(". ")
        && stop > 0
        && text[..stop].split_whitespace().count() >= 2
        && (names_authors_by_initials(&text[stop + 2..])
            || crate::note::looks_like_author_list(&text[stop + 2..]))
    {
        return Some(stop);
    }
    // `Types of common-sense knowledge needed for recognizing textual
    // entailment, LoBue and Yates`: two surnames after a title written in
    // sentence case.
    if let Some(comma) = text.rfind(", ")
        && let mut names = text[comma + 2..].split_whitespace()
        && let (Some(first), Some("and"), Some(second), None) =
            (names.next(), names.next(), names.next(), names.next())
        && [first, second].iter().all(|name| {
            name.starts_with(char::is_uppercase) && name.chars().all(char::is_alphabetic)
        })
        && let words = text[..comma].split_whitespace().skip(1).collect::<Vec<_>>()
        && words.len() >= 3
        && words
            .iter()
            .filter(|word| word.starts_with(char::is_uppercase))
            .count()
            * 4
            <= words.len()
    {
        return Some(comma);
    }
    if let Some(semi) = text.rfind(';')
        && semi > 0
        && crate::note::looks_like_author_list(&text[semi + 1..])
    {
        return Some(semi);
    }
    if let Some(by) = text.rfind(", by ") {
        let names = &text[by + 5..];
        let one_name = names.split_whitespace().count() <= 4
            && names
                .split_whitespace()
                .all(|word| word.chars().next().is_some_and(char::is_uppercase));
        if by > 0 && (one_name || crate::note::looks_like_author_list(names)) {
            return Some(by);
        }
    }
    // `Digital Radio Signal Cancellation Attacks by Daniel Moser, Vincent
    // Lenders, Srdjan Capkun`: with no comma before `by`, only names listed
    // with commas (`… by Deep Modeling and Patch Matching`, `… by Gradient
    // Descent` are the title's own words).
    if let Some(by) = text.rfind(" by ")
        && by > 0
        && text[by..].contains(',')
        && crate::note::looks_like_author_list(&text[by + 4..])
    {
        return Some(by);
    }
    // `Auto-Encoding Variational Bayes (2013), Diederik P Kingma, Max
    // Welling`: the year in parentheses, then who wrote it.
    if let Some(close) = text.find("), ")
        && let Some(open) = text[..close].rfind(" (")
        && open > 0
        && parse_year(&text[open + 2..close]).is_some()
        && {
            let names = &text[close + 3..];
            crate::note::looks_like_author_list(names) || crate::note::looks_like_one_name(names)
        }
    {
        return Some(open);
    }
    // `Fast RCNN by Ross Girshick, Microsoft Research`: a name and where
    // its bearer works. (Not `… by Gradient Descent` alone: that may be the
    // title's own words.)
    if let Some(by) = text.rfind(" by ")
        && let Some((name, places)) = text[by + 4..].split_once(',')
        && crate::note::looks_like_one_name(name)
        && crate::note::names_affiliations(places)
    {
        return Some(by);
    }
    // `… - Hoffmann, et al`, `… - Davila, Morris`: after a dash, the first
    // author with a comma before `et al`, or two to four surnames listed
    // with commas (`… – Deep Learning`, `… — Ports & Adapters` list none),
    // or whole names (`… - Pang Wei Koh, Percy Liang`).
    for dash in SPACED_DASHES {
        let Some(at) = text.rfind(dash).filter(|&at| at > 0) else {
            continue;
        };
        let names = text[at + dash.len()..].trim_end_matches(['.', ',', ' ']);
        let surnames: Vec<&str> = names
            .split([',', '&'])
            .flat_map(|part| part.split(" and "))
            .map(str::trim)
            .filter(|part| !part.is_empty())
            .collect();
        if names_et_al(&names.replace(", et al", " et al"))
            || (names.contains(',')
                && (2..=4).contains(&surnames.len())
                && surnames.iter().all(|name| crate::note::is_surname(name)))
            || ((names.contains([',', '，', ';']) || names.contains(" and "))
                && crate::note::looks_like_author_list(names))
        {
            return Some(at);
        }
    }
    // `… - Recasens et al`: after a dash, as a list of papers writes it,
    // or `by`.
    // (where the separator starts, where the names do)
    let (comma, names) = text
        .rfind(',')
        .map(|at| (at, at + 1))
        .into_iter()
        .chain(
            SPACED_DASHES
                .iter()
                .filter_map(|dash| text.rfind(dash).map(|at| (at, at + dash.len()))),
        )
        // `One-Shot Imitation Learning by Duan et al.`: after `by`.
        .chain(text.rfind(" by ").map(|at| (at, at + 4)))
        // `… Language Models. Yao et al`: after the title's full stop (not
        // an initial's, `Andrew G. Howard et al`).
        .chain(
            text.match_indices(". ")
                .map(|(at, _)| (at, at + 2))
                .filter(|&(at, _)| {
                    text[..at]
                        .rsplit(char::is_whitespace)
                        .next()
                        .is_some_and(|word| word.chars().count() > 1)
                }),
        )
        .max_by_key(|&(_, names)| names)?;
    (comma > 0 && names_et_al(&text[names..])).then_some(comma)
}

/// Whether words name a paper's first author and `et al.` only (`Yao et
/// al`, `Andrew G. Howard et al.`, or in Chinese or Japanese `Ze 等`, `Ze
/// 等人`, `Ze ら`): a capital first, six words at most.
pub(crate) fn names_et_al(names: &str) -> bool {
    let names = names.trim().trim_end_matches('.');
    (names.to_ascii_lowercase().ends_with(" et al")
        || ["等人", "等", "ら"].iter().any(|others| {
            names.strip_suffix(others).is_some_and(|name| {
                name.ends_with(|ch: char| ch == ' ' || ch.is_ascii_alphabetic())
            })
        }))
        && names.split_whitespace().count() <= 6
        && names.chars().next().is_some_and(char::is_uppercase)
}

/// A model's short name: one word of two to twelve letters, digits and
/// hyphens with a capital in it (`ResNet`, `LLaVA`, `BERT`, `GPT-2`).
fn is_nickname(inner: &str) -> bool {
    let inner = inner.trim();
    // (Longer when written in camel case, `Grad-StyleSpeech`.)
    let camel = inner
        .as_bytes()
        .windows(2)
        .any(|pair| pair[0].is_ascii_lowercase() && pair[1].is_ascii_uppercase());
    (2..=if camel { 20 } else { 12 }).contains(&inner.chars().count())
        && inner.chars().any(|ch| ch.is_ascii_uppercase())
        && inner
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-')
        && parse_year(inner).is_none()
}

/// Whether the capitals of `acronym` are the initials of the words right
/// before it, small words aside (`GELUs` after `Gaussian Error Linear
/// Units`, `ReLU` after `Rectified Linear Units`, `LSTM` after `Long
/// Short-Term Memory`).
fn spelled_before(acronym: &str, before: &str) -> bool {
    let capitals: String = acronym
        .chars()
        .filter(char::is_ascii_uppercase)
        .map(|ch| ch.to_ascii_lowercase())
        .collect();
    let initials: Vec<char> = before
        .split(|ch: char| ch.is_whitespace() || ch == '-')
        .filter(|word| {
            ![
                "of", "for", "and", "the", "a", "an", "in", "on", "with", "to", "via",
            ]
            .contains(&word.to_ascii_lowercase().as_str())
        })
        .filter_map(|word| word.chars().find(|ch| ch.is_alphanumeric()))
        .map(|ch| ch.to_ascii_lowercase())
        .collect();
    let n = capitals.chars().count();
    n >= 2
        && initials.len() >= n
        && initials[initials.len() - n..].iter().collect::<String>() == capitals
}

/// What follows `et al.` in a citation of authors, `Visuri et al.
/// MobileHCI '17` → `MobileHCI '17`: a capitalised name, `et al` and at most
/// a venue and a year.
fn after_et_al(inner: &str) -> Option<&str> {
    let inner = inner.trim();
    // (`Zhao et. al`, as some write it.)
    let lower = inner.to_ascii_lowercase();
    let (at, len) = [" et al", " et. al"]
        .iter()
        .find_map(|et_al| lower.find(et_al).map(|at| (at, et_al.len())))?;
    let names = &inner[..at];
    let capitalised = names.chars().next().is_some_and(char::is_uppercase);
    if !capitalised || names.split_whitespace().count() > 3 {
        return None;
    }
    let after = inner[at + len..].trim_start_matches(['.', ',', ' ']);
    (after.split_whitespace().count() <= 4).then_some(after)
}

/// `GPT3: Language Models are Few-Shot Learners review`, `BERT 논문 리뷰`:
/// a last word saying that the note reviews the paper. Not the last word of
/// a review paper's own title (`Deep Learning: A Review`, `A Systematic
/// Literature Review`, `… 대한 리뷰`).
pub(crate) fn strip_review_word(text: &str) -> Option<&str> {
    const OF_REVIEW_PAPERS: &[&str] = &[
        "a",
        "an",
        "the",
        "systematic",
        "literature",
        "critical",
        "comprehensive",
        "narrative",
        "scoping",
        "brief",
        "short",
        "quick",
        "technical",
        "survey",
        "and",
        "&",
        "of",
        "peer",
        "code",
        "software",
        "대한",
    ];
    // `… 리뷰/설명`, `… 정리 및 리뷰`: words for a note joined, after the
    // title.
    // `… 논문 & 코드 리뷰`: the paper and its code, reviewed.
    const NOTE_WORDS: &[&str] = &[
        "리뷰", "설명", "정리", "요약", "해설", "논문", "코드", "review", "summary", "paper",
        "code",
    ];
    // Where each word starts, whatever the whitespace between them; read
    // only when something joins words (most titles have nothing to cut).
    let joined_somewhere =
        text.contains('/') || text.contains("및") || text.contains(" and ") || text.contains(" & ");
    let starts: Vec<usize> = if !joined_somewhere {
        Vec::new()
    } else {
        text.char_indices()
            .filter(|&(at, ch)| {
                !ch.is_whitespace()
                    && text[..at]
                        .chars()
                        .next_back()
                        .is_none_or(char::is_whitespace)
            })
            .map(|(at, _)| at)
            .collect()
    };
    for take in [1, 3, 4] {
        let Some(&cut) = starts.len().checked_sub(take).and_then(|i| starts.get(i)) else {
            continue;
        };
        let (head, tail) = text.split_at(cut);
        let parts: Vec<&str> = tail
            .split(|ch: char| ch == '/' || ch.is_whitespace())
            .filter(|part| !part.is_empty() && !["및", "and", "&"].contains(part))
            .collect();
        let joined = tail.contains('/') || parts.len() < tail.split_whitespace().count();
        if joined
            && parts.len() >= 2
            && parts.iter().all(|part| {
                NOTE_WORDS
                    .iter()
                    .any(|word| part.eq_ignore_ascii_case(word))
            })
            && !head.trim().is_empty()
        {
            return Some(head.trim_end());
        }
    }
    // `…: A Paper Review`, `… - Paper Review`: what the note is, said after
    // the title (a review paper is not called a paper review).
    for suffix in [
        "a paper review",
        "paper review",
        "paper summary",
        "paper notes",
        // `FiBiNET: paper reading`, a blog's post on it.
        "paper reading",
        "paper presentation",
        // `SoK: Communication Across Distributed Ledgers - 논문 리뷰`.
        "논문 리뷰",
        "논문리뷰",
        "논문 정리",
        "리뷰",
    ] {
        if let Some(before) = strip_suffix_ignore_case(text, suffix)
            && let Some(title) = before
                .trim_end()
                .strip_suffix([':', '-', '–', '—', '|'])
                .map(str::trim_end)
                .filter(|title| !title.is_empty())
        {
            return Some(title);
        }
    }
    // `… (2015) - Review`, `"…" - Summary`: a bare `Review` or `Summary`
    // after a hyphen says what the note is (a review paper says `: A
    // Review`, or `— review` as Nature types it).
    // So does one after a colon set off by spaces, or in capitals, as no
    // review paper's title writes it (`Metric Learning for Keyword Spotting
    // : REVIEW`). So does an explanation (`SPICE: Semantic Propositional
    // Image Caption Evaluation - Step-by-Step Explanation`, `… - Explained`).
    for word in [
        "review",
        "summary",
        "explained",
        "explanation",
        "step-by-step explanation",
        "detailed explanation",
    ] {
        if let Some(before) = strip_suffix_ignore_case(text, word)
            && let Some(title) = before
                .trim_end()
                .strip_suffix(['-', '|'])
                .or_else(|| {
                    let title = before.trim_end().strip_suffix(':')?;
                    (title.ends_with(' ')
                        || text[before.len()..].bytes().all(|b| b.is_ascii_uppercase()))
                    .then_some(title)
                })
                .map(str::trim_end)
                .filter(|title| !title.is_empty())
            && before.ends_with(' ')
        {
            return Some(title);
        }
    }
    let before = [
        " 논문 리뷰",
        " 논문리뷰",
        " 논문 정리",
        " 논문정리",
        " 논문 요약",
        " 논문 분석",
        // `… 심층 리뷰`, `… in-depth review`: how deep the note goes.
        " 심층 리뷰",
        " 상세 리뷰",
        " 리뷰",
        " in-depth review",
        " detailed review",
        " paper review",
        " review",
        // `AWS Aurora reading notes`, `… paper overview`, `… Short summary`.
        " reading notes",
        " short summary",
        " brief summary",
        " 간략 리뷰",
        " 간단 리뷰",
        // `Conformer 톺아보기`, `GPT-3 살펴보기`: a close look at it.
        " 톺아보기",
        " 살펴보기",
        " 알아보기",
        " 뜯어보기",
        " 파헤치기",
        " 논문 읽어보기",
        " 읽어보기",
        // `YOLOX 논문` (the YOLOX paper); `Layer Normalization 원논문` (the
        // original paper, beside notes on its later forms).
        " 논문",
        " 원논문",
        // `Segment Anything 발표자료`: the slides of a talk on it.
        " 발표자료",
        " 발표 자료",
        " 간략 요약",
        " 간단 요약",
        " paper notes",
        // `ResNet paper study notes`, `U-Net Paper Study Notes`.
        " paper study notes",
        " study notes",
        // `ResNet Paper Study`, as a study group heads its week.
        " paper study",
        " paper summary",
        " paper overview",
        // Chinese: `… 阅读笔记`, `… 论文笔记`, `… 论文阅读` (reading notes).
        " 论文阅读笔记",
        " 論文閱讀筆記",
        " 阅读笔记",
        " 阅读随记",
        " 论文笔记",
        " 論文筆記",
        " 论文阅读",
        " 论文总结",
        " 论文解读",
        " 论文精读",
        // `… 论文详解` (the paper explained in detail), `… 论文解析` (the
        // paper analysed), `… 论文学习笔记` (study notes on the paper).
        " 论文详解",
        " 论文解析",
        " 论文学习笔记",
        " 读后感",
        // `… 阅读报告` (a reading report).
        " 阅读报告",
        " 閱讀報告",
        " 解读",
        " 笔记",
        " 论文分享",
        // `MapReduce 总结` (a summary of it).
        " 总结",
        " 總結",
        " 详解",
        // `NeRF 原理详解`: how it works, explained in detail.
        " 原理详解",
        " 原理解析",
    ]
    .into_iter()
    .find_map(|suffix| strip_suffix_ignore_case(text, suffix))
    // Or glued to a Latin name: `AlphaGO详解`, `BERT论文笔记`.
    .or_else(|| {
        [
            "论文阅读笔记",
            "阅读笔记",
            // `MAE论文阅读` (the paper read), `… 阅读随记` (jottings made
            // reading it).
            "论文阅读",
            "阅读随记",
            "论文笔记",
            "论文总结",
            "论文解读",
            "论文精读",
            "论文详解",
            "论文解析",
            // `ActionFormer论文分享`: a paper shared with a group.
            "论文分享",
            "原理详解",
            "精读",
            "详解",
            "解读",
            // `OctConv笔记.md`.
            "笔记",
            "筆記",
            // `Efficient order dependency detection总结` (a summary).
            "总结",
            "總結",
        ]
        .into_iter()
        .find_map(|suffix| text.strip_suffix(suffix))
        // (Or to one set in bold: `**Efficient order dependency
        // detection**总结`.)
        .filter(|before| {
            before
                .trim_end_matches(['*', '_'])
                .ends_with(|ch: char| ch.is_ascii_alphanumeric())
        })
    })
    // Or the reader's report of it, `的閱讀報告`, after any title: `LEANN:
    // 一種低儲存向量索引的閱讀報告`.
    .or_else(|| {
        ["的阅读报告", "的閱讀報告", "的阅读笔记", "的閱讀筆記"]
            .into_iter()
            .find_map(|suffix| text.strip_suffix(suffix))
            .filter(|before| !before.trim().is_empty())
    })
    // Or `정리` (a summary) after a title in Latin letters: `SpineNet:
    // … Recognition and Localization 정리`. (After Hangul it may be the
    // title's own word: `중심극한 정리`, a theorem.)
    // So is `요약` (a summary): `Proximal Policy Optimization Algorithms 요약`,
    // and `분석` (an analysis): `Transformer (Attention is All You Need) 분석`
    // (after Hangul, `감성 분석` is sentiment analysis).
    .or_else(|| {
        ["정리", "요약", "분석"]
            .into_iter()
            .find_map(|word| text.strip_suffix(word))?
            .strip_suffix(' ')
            .filter(|before| before.ends_with(|ch: char| ch.is_ascii_alphanumeric() || ch == ')'))
    })
    // Or the Japanese `の解説` (an explanation of it): `SegFormer: … with
    // Transformers の解説`.
    .or_else(|| {
        ["の論文解説", "の解説"]
            .into_iter()
            .find_map(|suffix| text.strip_suffix(suffix))
            .filter(|before| !before.trim().is_empty())
    })
    // Or any kind of notes in Chinese, a word to itself: `Epona
    // 方法精读笔记` (close-reading notes on its method).
    .or_else(|| {
        let (before, last) = text.trim_end().rsplit_once(char::is_whitespace)?;
        (last.chars().count() >= 3
            && last.chars().all(is_han)
            && (last.ends_with("笔记") || last.ends_with("筆記")))
        .then_some(before)
    })?
    .trim_end();
    let last = before.rsplit(char::is_whitespace).next()?.to_lowercase();
    let ends_a_phrase = before.ends_with([':', '-', '–', '—', '|', ',']);
    (!last.is_empty() && !ends_a_phrase && !OF_REVIEW_PAPERS.contains(&last.as_str()))
        .then_some(before)
}

/// Whether what follows a title only says that the note reviews it: `리뷰`,
/// `论文阅读笔记`, `- Paper Review`, `정리 및 리뷰` (as in `[Title](url)
/// 论文阅读笔记`).
pub(crate) fn says_review(tail: &str) -> bool {
    let tail = tail.trim();
    if tail.is_empty() {
        return false;
    }
    let probe = format!("Title {tail}");
    strip_review_word(&probe) == Some("Title")
}

/// The text without a trailing note of the note's own state: `(작성중)`,
/// `(미완)`, `[WIP]`, `(draft)`, `(in progress)`, or after a spaced dash
/// (`GAN : Generative Adversarial Nets - 작성중`).
fn strip_note_state(text: &str) -> Option<&str> {
    if let Some((before, state)) = SPACED_DASHES.iter().find_map(|dash| text.rsplit_once(dash))
        && says_note_state(state)
        && !before.trim().is_empty()
    {
        return Some(before.trim_end());
    }
    let (open, close) = if text.ends_with(')') {
        ('(', ')')
    } else if text.ends_with(']') {
        ('[', ']')
    } else if text.ends_with('）') {
        ('（', '）')
    } else {
        return None;
    };
    let body = text.strip_suffix(close)?;
    let at = body.rfind(open)?;
    let inside = body[at + open.len_utf8()..].trim();
    let before = body[..at].trim_end();
    ((says_note_state(inside) || says_what_the_note_is(inside)) && !before.is_empty())
        .then_some(before)
}

/// Whether words in brackets are the note's own state: `작성중`, `미완`,
/// `WIP`, `draft`, `in progress`.
pub(crate) fn says_note_state(inside: &str) -> bool {
    const STATES: &[&str] = &[
        "작성중",
        "작성 중",
        "미완",
        "미완성",
        "wip",
        "draft",
        "in progress",
        "todo",
    ];
    STATES.contains(&inside.trim().to_lowercase().as_str())
}

/// Whether words in parentheses only say what the note is: `원문 요약`,
/// `논문 정리`, `번역`, `EGU 摘要解读` (a venue's acronym may stand beside
/// them).
pub(crate) fn says_what_the_note_is(words: &str) -> bool {
    const NOTE_WORDS: &[&str] = &[
        "원문",
        "논문",
        "paper",
        // `(paper report) CAP Twelve Years Later`.
        "report",
        "reading",
        // `Paper Skim Notes — [PILCO: …]`: a first, quick read.
        "skim",
        "notes",
        "review",
        "summary",
        "요약",
        "정리",
        "리뷰",
        "번역",
        "해설",
        "摘要解读",
        "解读",
        "笔记",
        "阅读笔记",
        "论文笔记",
        "精读",
        "论文精读",
        "总结",
        "翻译",
        // `每日论文报告 — …`: a (daily) report on a paper.
        "论文报告",
        "报告",
    ];
    let mut any_note_word = false;
    let all = words.split_whitespace().all(|word| {
        let lower = word.to_lowercase();
        // (Or one typo from a Latin one of six letters or more, as a
        // label's is read: `Paper Reivew - End-to-End Object Detection …`.)
        let note_word = NOTE_WORDS.contains(&lower.as_str())
            || lower.len() >= 6
                && NOTE_WORDS.iter().any(|note_word| {
                    note_word.len() >= 6
                        && note_word.is_ascii()
                        && crate::vocabulary::edit_distance_is_one(note_word, &lower)
                });
        any_note_word |= note_word;
        note_word || (word.len() <= 6 && word.chars().all(|ch| ch.is_ascii_uppercase()))
    });
    all && any_note_word
}

/// The text after `prefix`, matched ignoring ASCII case (`Paper Review:`,
/// `paper review:`).
pub(crate) fn strip_prefix_ignore_case<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

pub(crate) fn strip_suffix_ignore_case<'a>(text: &'a str, suffix: &str) -> Option<&'a str> {
    let split = text.len().checked_sub(suffix.len())?;
    let tail = text.get(split..)?;
    tail.eq_ignore_ascii_case(suffix).then(|| &text[..split])
}

/// Whether a character is written in Chinese, Japanese or Korean script:
/// kana, ideographs, Hangul syllables.
pub(crate) fn is_cjk_or_hangul(ch: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&ch)
        || ('\u{3400}'..='\u{4DBF}').contains(&ch)
        || is_han(ch)
        || crate::header::is_hangul_syllable(ch)
}

/// A Chinese character (the CJK Unified Ideographs block), as Chinese and
/// Japanese headings are written.
pub fn is_han(ch: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&ch)
}

/// Hiragana or katakana: only Japanese writes them.
pub fn is_kana(ch: char) -> bool {
    ('\u{3040}'..='\u{30FF}').contains(&ch)
}

/// A parenthesis closing the text: the offset of its `(` and its inside.
fn trailing_parenthesis(text: &str) -> Option<(usize, &str)> {
    // Full-width ones too, as Chinese and Japanese notes write them:
    // `MDM（CVPR, 2016）`; or one of each, as an input method switched
    // halfway: `…（ASE'18)`.
    let body = text.strip_suffix([')', '）'])?;
    let mut depth = 0usize;
    for (offset, ch) in body.char_indices().rev() {
        if matches!(ch, ')' | '）') {
            depth += 1;
        } else if matches!(ch, '(' | '（') {
            if depth == 0 {
                return Some((offset, &body[offset + ch.len_utf8()..]));
            }
            depth -= 1;
        }
    }
    None
}

/// Whether text is only markdown links, one or more, joined by `or`, `and`
/// or punctuation: `[cvpr2024 open access](…) or [arxiv](…)`.
fn links_alone(text: &str) -> bool {
    let mut rest = text.trim();
    let mut links = 0;
    while !rest.is_empty() {
        if let Some(inner) = rest.strip_prefix('[')
            && let Some((_, after)) = inner.split_once("](")
            && let Some(close) = after.find(')')
        {
            links += 1;
            rest = after[close + 1..].trim_start();
        } else if let Some(after) = ["or ", "and ", ",", "/", "|", "、"]
            .iter()
            .find_map(|joint| rest.strip_prefix(joint))
        {
            rest = after.trim_start();
        } else {
            return false;
        }
    }
    links > 0
}

/// Reads `ICML 2021`, `CVPR`, `2021`, `Facebook AI research, ICML 2021`: a
/// year, a known venue, or both. Anything else is not a venue.
pub(crate) fn venue_and_year(text: &str) -> Option<(Option<String>, Option<u16>)> {
    let text = text.trim();
    // `NIPS 2012) Full Reproduction`: the end of a parenthesis, and what
    // follows it, is no venue.
    if text.is_empty()
        || text.chars().count() > 60
        || text.matches('(').count() != text.matches(')').count()
    {
        return None;
    }
    let mut year = None;
    // `ToG'17.05`, `IEEE Transactions on Industrial Electronics'22`: a
    // year of two digits after an apostrophe (and maybe its month), or
    // after the opening quote an editor put in its place (`HotOS ‘21`).
    let mut text = text;
    if let Some(at) = text.rfind(['\'', '’', '‘'])
        && let after = &text[at + text[at..].chars().next().map_or(1, char::len_utf8)..]
        // (`IMC’ 19`: a space after it.)
        && let rest = after.strip_prefix(' ').unwrap_or(after)
        && rest.len() >= 2
        && rest.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && rest[2..]
            .trim_start_matches('.')
            .bytes()
            .all(|b| b.is_ascii_digit())
        && rest[2..].len() <= 3
        && at > 0
    {
        let short: u16 = rest[..2].parse().ok()?;
        year = Some(if short <= 69 {
            2000 + short
        } else {
            1900 + short
        });
        text = text[..at].trim_end();
    }
    // `KDD-2016`, `NIPS-17`: the year joined by a dash, read as if spaced.
    let spaced;
    if let Some((word, name, found)) = text
        .split(|ch: char| ch.is_whitespace() || ch == ',')
        .find_map(|word| venue_dash_year(word).map(|(name, found)| (word, name, found)))
    {
        spaced = text.replacen(word, &format!("{name} {found}"), 1);
        text = &spaced;
    }
    let mut known_venue = false;
    let mut words = Vec::new();
    for word in text
        .split(|ch: char| ch.is_whitespace() || ch == ',' || ch == '\'')
        .filter(|w| !w.is_empty())
    {
        if let Some(found) = parse_year(word) {
            year = Some(found);
            continue;
        }
        // `ICML2017`: the year run on; `2021KDD`, `2021MDM`: run on
        // before.
        let word = match venue_with_year(word).or_else(|| year_with_venue(word)) {
            Some((name, found)) => {
                year = Some(found);
                name
            }
            None => word,
        };
        if is_venue_name(word) {
            known_venue = true;
        }
        words.push(word);
    }
    if year.is_none() && !known_venue {
        return None;
    }
    let venue = if words.is_empty() {
        None
    } else {
        // Keep the writer's own punctuation between the words, minus the year.
        let without_year = match year {
            Some(year) => text.replace(&year.to_string(), ""),
            None => text.to_owned(),
        };
        let venue = without_year
            .trim()
            .trim_matches([',', ' ', '\''])
            .to_owned();
        Some(venue.split_whitespace().collect::<Vec<_>>().join(" "))
    };
    Some((venue, year))
}

/// The venue and year that tags before a title give (`[CVPR 2020]`,
/// `[2021_ICLR]`, `(ECCV 2022)`), the first of each kept.
#[derive(Default)]
pub(crate) struct TagVenue {
    pub(crate) venue: Option<String>,
    pub(crate) year: Option<u16>,
}

impl TagVenue {
    /// Reads one tag; false for a tag of another kind (`[논문]`, `[Paper
    /// Review]`), which gives nothing.
    pub(crate) fn read(&mut self, tag: &str) -> bool {
        let Some((venue, year)) = venue_and_year(&tag.replace('_', " ")) else {
            return false;
        };
        self.venue = self.venue.take().or(venue);
        self.year = self.year.or(year);
        true
    }
}

/// What a Portuguese, Spanish, French or Indonesian note calls itself,
/// before its paper's title (`Resenha: …`, `Lectura: …`, `Comentario: "…"`,
/// `Tinjauan Jurnal: "…"`), after it (`…: Crítica y Análisis`) or alone: a
/// review, a reading record, a comment. Lower-cased; read as prefixes, as
/// tags of a review, as suffixes after a colon, and alone as a heading that
/// names no paper.
pub(crate) const LATIN_SCRIPT_NOTE_WORDS: &[&str] = &[
    "resenha crítica",
    "resenha",
    "reseña crítica",
    "reseña",
    "crítica y análisis",
    "análisis y crítica",
    "análisis crítico",
    "crítica",
    "comentario",
    "comentarios",
    "lectura",
    "fichamento",
    "fiche de lecture",
    // Indonesian and Malay: a journal article's review, summary, critique.
    "tinjauan jurnal",
    "review jurnal",
    "resume jurnal",
    "ringkasan jurnal",
    "ulasan jurnal",
    "kritik jurnal",
];

/// The title after a citation's authors and year, and the year:
/// `Gregor, T., Haluška, J. (2015): Generalizations of …`, `Турдаков, Д. Ю.
/// et al. (2022) Доверенный …` (the authors with their initials, as a
/// reference list gives them).
pub(crate) fn after_citation_authors(text: &str) -> Option<(&str, u16)> {
    let (inside, after) = authors_then_parenthesis(text)?;
    let year = parse_year(inside.trim())?;
    let rest = after.trim_start_matches([':', '.', ',']).trim_start();
    (rest.split_whitespace().count() >= 2).then_some((rest, year))
}

/// A reference's authors by their initials and the parenthesis after them
/// (`Gregor, T., Haluška, J. (2015): …`): the parenthesis' inside and what
/// follows it.
fn authors_then_parenthesis(text: &str) -> Option<(&str, &str)> {
    let open = text.find(" (")?;
    let inner = &text[open + 2..];
    let close = inner.find(')')?;
    names_authors_by_initials(&text[..open]).then(|| (&inner[..close], &inner[close + 1..]))
}

/// The year of a reference in APA's style, its authors by their initials
/// before it: `Nair, A. A., Tran, T. D., … & Bell, M. A. L. (2019,
/// March).`
fn reference_year(text: &str) -> Option<u16> {
    apa_year(text).map(|(year, _)| year)
}

/// An APA reference's year and what follows its parenthesis.
fn apa_year(text: &str) -> Option<(u16, &str)> {
    let (inside, rest) = authors_then_parenthesis(text)?;
    Some((parse_year(inside.split([',', ' ']).next()?.trim())?, rest))
}

/// The title in a reference in APA's style, its authors by their initials,
/// then the year in parentheses (`He, X., Liao, L., … & Chua, T. S. (2017,
/// April). Neural collaborative filtering. In _Proceedings of …_`): the
/// title's start and end in `text`, up to its full stop, and the year.
pub(crate) fn apa_reference_title(text: &str) -> Option<(usize, usize, u16)> {
    let (year, rest) = apa_year(text)?;
    let after = rest.strip_prefix('.')?;
    let start = text.len() - after.trim_start().len();
    let title = &text[start..];
    // In emphasis, it ends where the emphasis does: `*When Should We (Not)
    // Interpret Linear IV Estimands as LATE?* arXiv:2011.06695`.
    match ["**", "__", "*", "_"]
        .into_iter()
        .find(|marker| title.starts_with(marker))
    {
        Some(marker) => {
            let end = title[marker.len()..].find(marker)? + 2 * marker.len();
            (title[..end].split_whitespace().count() >= 2).then_some((start, start + end, year))
        }
        None => title_to_full_stop(text, start, year),
    }
}

/// Whether what follows a reference's year is the book a chapter is in,
/// the chapter's own title left out: `In K. Gunderson (Ed.), *Language,
/// Mind, and Knowledge* …`.
pub(crate) fn names_a_chapters_book(after_year: &str) -> bool {
    after_year.starts_with("In ") && (after_year.contains("(Ed.)") || after_year.contains("(Eds.)"))
}

/// A reference's title from `start` in `text` up to its full stop (or the
/// end), two words or more: its start, end and `year`.
fn title_to_full_stop(text: &str, start: usize, year: u16) -> Option<(usize, usize, u16)> {
    let title = &text[start..];
    if names_a_chapters_book(title) {
        return None;
    }
    let end = title
        .find(". ")
        .or_else(|| title.strip_suffix('.').map(str::len))
        .unwrap_or(title.len());
    (title[..end].split_whitespace().count() >= 2).then_some((start, start + end, year))
}

/// A title inside a reference that opens with its first author and `et
/// al.` (`TYLER, William J., et al. Remote excitation of neuronal circuits
/// …. PloS one, 2008, 3.10: e3511`, `Eurich DT et al. Risk of heart failure
/// …. BMJ 2017 Feb 13; 356:j413`): the title's start and end in `text`,
/// and the year the rest gives.
pub(crate) fn et_al_reference_title(text: &str) -> Option<(usize, usize, u16)> {
    let at = text
        .get(..80.min(text.len()))
        .unwrap_or(text)
        .find(" et al.")?;
    let authors = text[..at].trim_end_matches(',');
    // (A name in Chinese, Japanese or Korean has no capitals: `高村大也, et
    // al. 文書分類のための共クラスタリング. 情報処理学会論文誌, 2003, 44.2:
    // 443-450`.)
    let opens_a_name =
        |text: &str| text.starts_with(|ch: char| ch.is_uppercase() || is_cjk_or_hangul(ch));
    if !opens_a_name(authors) || authors.split_whitespace().count() > 6 {
        return None;
    }
    let after = &text[at + " et al.".len()..];
    let start = text.len() - after.trim_start().len();
    let title = &text[start..];
    // The title ends at the sentence's end, before the source's name.
    let end = title
        .match_indices(". ")
        .find_map(|(stop, _)| opens_a_name(&title[stop + 2..]).then_some(stop))?;
    let rest = &title[end + 2..];
    let year = rest
        .split(|ch: char| !ch.is_ascii_digit())
        .find_map(parse_year)?;
    let words = title[..end].split_whitespace().count();
    (words >= 3 || cjk_count(&title[..end]) >= 4).then_some((start, start + end, year))
}

/// A title inside a reference in the Harvard style, its authors by their
/// initials and then the year after a comma (`Blundell, C., Cornebise, J.,
/// Kavukcuoglu, K. and Wierstra, D., 2015. Weight uncertainty in neural
/// networks. arXiv preprint arXiv:1505.05424`): the title's start and end
/// in `text`, and the year.
pub(crate) fn harvard_reference_title(text: &str) -> Option<(usize, usize, u16)> {
    dated_reference_title(text, ", ", names_authors_by_initials)
}

/// The title in a reference written in the ACM style, `Daniel Firestone,
/// Andrew Putnam, …, and Albert Greenberg. 2018. Azure accelerated
/// networking: SmartNICs in the public cloud. In Proceedings of …`: the
/// authors' whole names, the year between full stops, the title up to the
/// next. Its start, end and year.
pub(crate) fn acm_reference_title(text: &str) -> Option<(usize, usize, u16)> {
    dated_reference_title(text, ". ", crate::note::looks_like_author_list)
}

/// The title of a reference whose authors, as `authors` reads them, come
/// before `mark` and the year, then a full stop and the title up to the
/// next one (or the end).
fn dated_reference_title(
    text: &str,
    mark: &str,
    authors: fn(&str) -> bool,
) -> Option<(usize, usize, u16)> {
    let (at, year) = text.match_indices(mark).find_map(|(at, _)| {
        let after = &text[at + mark.len()..];
        let year = parse_year(after.get(..4)?)?;
        after[4..].starts_with(". ").then_some((at, year))
    })?;
    if !authors(&text[..at]) {
        return None;
    }
    title_to_full_stop(text, at + mark.len() + 4 + 2, year)
}

/// Whether words are a reference list's authors, surnames with their
/// initials: `Gregor, T., Haluška, J.`, `Sarwar, B., Karypis, G., & Riedl,
/// J`, `Турдаков, Д. Ю. et al.`.
fn names_authors_by_initials(authors: &str) -> bool {
    let initial = |word: &str| {
        let word = word.trim_end_matches(',');
        word.strip_suffix('.').is_some_and(|letters| {
            letters
                .split(['.', '-'])
                .all(|letter| letter.chars().count() == 1 && letter.chars().all(char::is_uppercase))
        })
    };
    // Each name a word or three, capitalised (`et al.` aside).
    let names = authors
        .split([',', '&'])
        .flat_map(|part| part.split(" and "))
        .map(str::trim)
        .filter(|part| !part.is_empty())
        .all(|part| {
            let words = part
                .split_whitespace()
                .filter(|word| !matches!(*word, "et" | "al." | "al"));
            words.clone().count() <= 3
                && words
                    .clone()
                    .all(|word| word.starts_with(char::is_uppercase))
        });
    authors.contains(',')
        && !authors.contains([':', '：'])
        && authors.split_whitespace().count() <= 24
        && authors.split_whitespace().any(initial)
        && names
}

/// Whether a folder's name is a venue and a year (`ISCA-2019`, `CVPR
/// 2021`, `neurips_2020`): notes filed by where their papers appeared.
pub(crate) fn names_venue_and_year(name: &str) -> bool {
    let words: Vec<&str> = crate::text::words(name).collect();
    words.len() <= 3
        && words.iter().any(|word| is_venue_name(word))
        && words.iter().any(|word| parse_year(word).is_some())
}

/// Whether a word names a venue (`EMNLP`, `neurips`), alone or with its
/// year run on (`NeurIPS2019`, `CVPR18`).
pub(crate) fn is_venue_word(word: &str) -> bool {
    let name = word.trim_end_matches(|ch: char| ch.is_ascii_digit());
    is_venue_name(name) && matches!(word.len() - name.len(), 0 | 2)
        || venue_with_year(word).is_some()
}

/// Whether a word is a known venue's name, in any case.
fn is_venue_name(word: &str) -> bool {
    VENUES.iter().any(|venue| venue.eq_ignore_ascii_case(word))
}

/// A venue with a four-digit year run on: `ICML2017` → `ICML`, 2017.
pub(crate) fn venue_with_year(word: &str) -> Option<(&str, u16)> {
    let at = word
        .len()
        .checked_sub(4)
        .filter(|&at| at > 0 && word.is_char_boundary(at))?;
    let year = parse_year(&word[at..])?;
    is_venue_name(&word[..at]).then_some((&word[..at], year))
}

/// A four-digit year with a venue run on after it: `2021KDD` → `KDD`,
/// 2021; `2020arXiv`. A venue not known must be in capitals (`2021MDM`), so
/// that `2020s` is no venue.
fn year_with_venue(word: &str) -> Option<(&str, u16)> {
    let year = parse_year(word.get(..4)?)?;
    let name = &word[4..];
    (is_venue_name(name)
        || (2..=6).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase()))
    .then_some((name, year))
}

/// A venue and its year joined by a dash, the year in four digits or two:
/// `KDD-2016` → `KDD`, 2016; `NIPS-17` → `NIPS`, 2017.
fn venue_dash_year(word: &str) -> Option<(&str, u16)> {
    let (name, year) = word.split_once('-')?;
    if !is_venue_name(name) {
        return None;
    }
    let year = match parse_year(year) {
        Some(year) => year,
        None if year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit()) => {
            let short: u16 = year.parse().ok()?;
            if short <= 69 {
                2000 + short
            } else {
                1900 + short
            }
        }
        None => return None,
    };
    Some((name, year))
}

/// What follows a venue and its year opening a title, and a colon or dash
/// after them: `CVPR2018：更为鲁棒的分类器`, `OSDI'20 Pacemaker`, `ICLR 2023 -
/// Title`. Nothing when no title follows.
pub(crate) fn after_leading_venue(text: &str) -> Option<&str> {
    let is_break = |ch: char| ch.is_whitespace() || matches!(ch, ':' | '：');
    let end = text.find(is_break)?;
    let (first, mut rest) = text.split_at(end);
    let short_year = |year: &str| year.len() == 2 && year.bytes().all(|b| b.is_ascii_digit());
    let tagged = venue_with_year(first).is_some()
        || first
            .split_once(['\'', '’'])
            .is_some_and(|(name, year)| is_venue_name(name) && short_year(year))
        // `ISSCC-2020 17.1 A … PLL`: joined by a dash, then the session's
        // number.
        || first
            .split_once(['-', '_'])
            .is_some_and(|(name, year)| is_venue_name(name) && parse_year(year).is_some());
    if tagged
        && let Some((session, after)) = rest.trim_start().split_once(' ')
        && session.contains('.')
        && session.chars().all(|ch| ch.is_ascii_digit() || ch == '.')
    {
        rest = after;
    }
    // `2019 ICCV monodepth2`: the year, then the venue, as a blog files a
    // post (no title opens so).
    let year_first = !tagged
        && parse_year(first).is_some()
        && rest
            .trim_start()
            .split(is_break)
            .next()
            .is_some_and(is_venue_name);
    if year_first {
        let after = rest.trim_start();
        rest = &after[after.find(is_break).unwrap_or(after.len())..];
    }
    let tagged = tagged || year_first;
    if !tagged {
        if !is_venue_name(first) {
            return None;
        }
        let after = rest.trim_start();
        let year_end = after.find(is_break).unwrap_or(after.len());
        let year = &after[..year_end];
        if parse_year(year).is_none() && !short_year(year) {
            return None;
        }
        rest = &after[year_end..];
    }
    // `CVPR 2018 Best Paper | Title`, `ICLR 17 [best paper]: Title`: the
    // award too, bare or in brackets.
    let mut rest = rest.trim_start();
    let awards = [
        "best student paper",
        "best paper",
        "oral",
        "spotlight",
        "highlight",
    ];
    for award in awards {
        if let Some(after) = strip_prefix_ignore_case(rest, award)
            && !after.is_empty()
            && !after.starts_with(char::is_alphanumeric)
        {
            rest = after.trim_start();
            break;
        }
    }
    if let Some((inside, after)) = [('[', ']'), ('(', ')')]
        .into_iter()
        .find_map(|(open, close)| rest.strip_prefix(open)?.split_once(close))
        && awards
            .iter()
            .any(|award| inside.trim().eq_ignore_ascii_case(award))
    {
        rest = after.trim_start();
    }
    // (`NIPS 2016 Tutorial: GANs` is a title: a venue and a year apart need
    // a colon or a dash after them.)
    let separated = rest.strip_prefix([':', '：', '|', '-', '–', '—']);
    if !tagged && separated.is_none() {
        return None;
    }
    let rest = separated.unwrap_or(rest).trim_start();
    (!rest.is_empty() && rest.starts_with(char::is_alphanumeric)).then_some(rest)
}

/// Whether a text carries a venue tag with its year, as a list of papers
/// heads each one: `[CVPR18]RW`, `[CVPR19] IRN`, `ICLR 2023`, `NeurIPS'21`.
pub(crate) fn cites_venue(text: &str) -> bool {
    let words: Vec<&str> = crate::text::words(text).collect();
    let is_venue = |word: &str| VENUES.contains(&word);
    let short_year = |word: &str| word.len() == 2 && word.bytes().all(|b| b.is_ascii_digit());
    words.iter().enumerate().any(|(index, word)| {
        let digits = word.len() - word.trim_end_matches(|ch: char| ch.is_ascii_digit()).len();
        let (name, year) = word.split_at(word.len() - digits);
        (is_venue(name) && (short_year(year) || parse_year(year).is_some()))
            || (is_venue(word)
                && words
                    .get(index + 1)
                    .is_some_and(|next| short_year(next) || parse_year(next).is_some()))
    })
}

/// What follows a year opening a text and set off by a space, when a word
/// does (`2022 VoiceFixer` → `VoiceFixer`; not `2013 - FMCAD - …`).
pub(crate) fn after_leading_year(text: &str) -> Option<&str> {
    parse_year(text.get(..4)?)?;
    let rest = text[4..].strip_prefix([' ', '\t'])?.trim_start();
    rest.starts_with(char::is_alphanumeric).then_some(rest)
}

pub(crate) fn parse_year(word: &str) -> Option<u16> {
    if word.len() != 4 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: u16 = word.parse().ok()?;
    (1900..=2099).contains(&year).then_some(year)
}

/// Removes markdown backslash escapes (`COVID\_AL` → `COVID_AL`) and
/// decodes HTML entities (`&#58;` → `:`).
pub fn unescape_markdown(text: &str) -> String {
    // (Most titles hold neither.)
    if !text.contains(['\\', '&']) {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.char_indices().peekable();
    while let Some((at, ch)) = chars.next() {
        if ch == '\\'
            && let Some(&(_, next)) = chars.peek()
            && next.is_ascii_punctuation()
        {
            out.push(next);
            chars.next();
            continue;
        }
        // An HTML entity, as YAML front matter escapes a colon:
        // `BEVFormer&#58; Learning …`, `&amp;`, `&#x27;`.
        if ch == '&'
            && let Some((entity, decoded)) = html_entity(&text[at..])
        {
            out.push(decoded);
            for _ in 1..entity.chars().count() {
                chars.next();
            }
            continue;
        }
        out.push(ch);
    }
    out
}

/// The HTML entity opening `text` (`&#58;`, `&#x27;`, `&amp;`) and the
/// character it stands for.
fn html_entity(text: &str) -> Option<(&str, char)> {
    let end = text.bytes().take(12).position(|b| b == b';')?;
    let entity = &text[..=end];
    let name = &entity[1..end];
    let decoded = match name {
        "amp" => '&',
        "quot" => '"',
        "apos" => '\'',
        "lt" => '<',
        "gt" => '>',
        "nbsp" => ' ',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => number.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((entity, decoded))
}

/// Traditional characters of the words paper notes use for their parts,
/// each with its simplified form (`緒論` → `绪论`, `實驗` → `实验`).
const TRADITIONAL: &[(char, char)] = &[
    ('緒', '绪'),
    ('論', '论'),
    ('構', '构'),
    ('評', '评'),
    ('實', '实'),
    ('驗', '验'),
    ('簡', '简'),
    ('結', '结'),
    ('與', '与'),
    ('動', '动'),
    ('機', '机'),
    ('問', '问'),
    ('題', '题'),
    ('術', '术'),
    ('設', '设'),
    ('計', '计'),
    ('層', '层'),
    ('練', '练'),
    ('訓', '训'),
    ('資', '资'),
    ('數', '数'),
    ('據', '据'),
    ('貢', '贡'),
    ('獻', '献'),
    ('總', '总'),
    ('優', '优'),
    ('點', '点'),
    ('關', '关'),
    ('處', '处'),
    ('現', '现'),
    ('應', '应'),
    ('測', '测'),
    ('試', '试'),
    ('標', '标'),
    ('準', '准'),
    ('檢', '检'),
    ('確', '确'),
    ('認', '认'),
    ('識', '识'),
    ('討', '讨'),
    ('創', '创'),
    ('價', '价'),
    ('導', '导'),
    ('讀', '读'),
    ('閱', '阅'),
    ('筆', '笔'),
    ('記', '记'),
    ('錄', '录'),
    ('參', '参'),
    ('紹', '绍'),
    ('說', '说'),
    ('後', '后'),
    ('發', '发'),
    ('觀', '观'),
    ('對', '对'),
    ('較', '较'),
    ('學', '学'),
    ('習', '习'),
    ('強', '强'),
    ('進', '进'),
    ('節', '节'),
    ('圖', '图'),
    ('誤', '误'),
    ('為', '为'),
    ('類', '类'),
    ('變', '变'),
    ('過', '过'),
    ('細', '细'),
    ('義', '义'),
    ('礎', '础'),
    ('續', '续'),
    ('貫', '贯'),
    ('詞', '词'),
    ('彙', '汇'),
    ('預', '预'),
    ('規', '规'),
    ('礙', '碍'),
    ('難', '难'),
    ('戰', '战'),
    ('條', '条'),
    ('約', '约'),
    ('務', '务'),
    ('達', '达'),
    ('異', '异'),
];

/// The simplified form of a traditional character of the table.
/// (Only a Han character may be one: most headings have none.)
fn simplified_form(ch: char) -> Option<char> {
    is_han(ch)
        .then(|| TRADITIONAL.iter().find(|(from, _)| *from == ch))
        .flatten()
        .map(|(_, to)| *to)
}

/// Whether text holds a traditional Chinese character of a part's name
/// (`緒論`, `實驗`): a fix writes its labels so.
pub fn writes_traditional_chinese(text: &str) -> bool {
    text.chars().any(|ch| simplified_form(ch).is_some())
}

/// Text written in traditional Chinese characters, in simplified ones;
/// `None` when it has none of them.
pub(crate) fn simplified_chinese(text: &str) -> Option<String> {
    writes_traditional_chinese(text).then(|| {
        text.chars()
            .map(|ch| simplified_form(ch).unwrap_or(ch))
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn short_titles_are_names_before_a_colon() {
        let cases = [
            (
                "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows",
                Some("Swin Transformer"),
            ),
            (
                "GraphCodeBERT: Pre-Training Code Representations with Data Flow",
                Some("GraphCodeBERT"),
            ),
            (
                "TENT: Fully Test-Time Adaptation by Entropy Minimization",
                Some("TENT"),
            ),
            (
                "EfficientNetV2: Smaller Models and Faster Training",
                Some("EfficientNetV2"),
            ),
            ("Attention: a survey", None),
            ("Decision Transformer", None),
            ("A Very Long Lead That Is Not A Name At All: really", None),
            ("Trailing colon:", None),
        ];
        for (title, short) in cases {
            assert_eq!(short_title(title), short, "{title}");
        }
    }

    use super::*;

    fn cleaned(raw: &str) -> (&str, Option<String>, Option<u16>) {
        let found = clean(raw);
        (&raw[..found.len], found.venue, found.year)
    }

    #[test]
    fn a_venue_and_its_year_joined_by_a_dash() {
        assert_eq!(
            cleaned("图嵌入之node2vec（KDD-2016）"),
            ("图嵌入之node2vec", Some("KDD".to_owned()), Some(2016))
        );
        assert_eq!(
            cleaned("추천 시스템의 콜드 스타트 🧊 (NIPS-17)"),
            (
                "추천 시스템의 콜드 스타트 🧊",
                Some("NIPS".to_owned()),
                Some(2017)
            )
        );
        // Not a word that only holds a dash and digits.
        assert_eq!(cleaned("Deep Sets (Pre-2017)").1, None);
    }

    #[test]
    fn a_year_with_its_venue_run_on_after_it() {
        assert_eq!(
            venue_and_year("2021KDD"),
            Some((Some("KDD".to_owned()), Some(2021)))
        );
        assert_eq!(
            venue_and_year("2019IEEE Access"),
            Some((Some("IEEE Access".to_owned()), Some(2019)))
        );
        assert_eq!(
            venue_and_year("2021MDM"),
            Some((Some("MDM".to_owned()), Some(2021)))
        );
        // Not a decade, nor a word in small letters after a year.
        assert_eq!(venue_and_year("2020s"), None);
        assert_eq!(venue_and_year("2020notes"), None);
    }

    #[test]
    fn cuts_venues_years_and_junk() {
        // A reference in parentheses after the title; its year is kept.
        assert_eq!(
            cleaned(
                "A Generative Adversarial Neural Network for Beamforming Ultrasound Images (Nair, A. A., Tran, T. D., Reiter, A., & Bell, M. A. L. (2019, March).)"
            ),
            (
                "A Generative Adversarial Neural Network for Beamforming Ultrasound Images",
                None,
                Some(2019)
            )
        );
        // A venue and year after a dash, the title's own commas kept.
        assert_eq!(
            cleaned("Reconstructing People, Places, and Cameras - CVPR 2025"),
            (
                "Reconstructing People, Places, and Cameras",
                Some("CVPR".into()),
                Some(2025)
            )
        );
        assert_eq!(
            cleaned("SAM 2: Segment Anything in Images and Videos — ICLR'25"),
            (
                "SAM 2: Segment Anything in Images and Videos",
                Some("ICLR".into()),
                Some(2025)
            )
        );
        assert_eq!(
            cleaned(
                "Shenango: Achieving High CPU Efficiency for Latency-sensitive Datacenter Workloads (NSDI)"
            ),
            (
                "Shenango: Achieving High CPU Efficiency for Latency-sensitive Datacenter Workloads",
                Some("NSDI".into()),
                None
            )
        );
        // Authors after a dash, and the paper's address after its title.
        assert_eq!(
            cleaned("Broaden Your Views for Self-Supervised Video Learning - Recasens et al"),
            (
                "Broaden Your Views for Self-Supervised Video Learning",
                None,
                None
            )
        );
        assert_eq!(
            cleaned(
                "Revisiting RCNN: On Awakening the Classification Power of Faster RCNN : https://arxiv.org/pdf/1803.06799.pdf"
            ),
            (
                "Revisiting RCNN: On Awakening the Classification Power of Faster RCNN",
                None,
                None
            )
        );
        // After a space of another width (found by fuzzing: U+2000 is three
        // bytes).
        assert_eq!(
            cleaned("Sparse Attention\u{2000}https://arxiv.org/abs/1904.10509"),
            ("Sparse Attention", None, None)
        );
        // A dash inside the title stays (`Sim-to-Real`, `Show - and Tell`).
        assert_eq!(
            cleaned("Show - and Tell: A Neural Image Caption Generator"),
            (
                "Show - and Tell: A Neural Image Caption Generator",
                None,
                None
            )
        );
        assert!(names_venue_and_year("ISCA-2019"));
        assert!(names_venue_and_year("CVPR 2021"));
        assert!(!names_venue_and_year("2019"));
        assert!(!names_venue_and_year("Deep Learning 2019 notes"));
        assert_eq!(
            cleaned(
                "Barlow Twins: Self-Supervised Learning via Redundancy Reduction (Facebook AI research, ICML 2021)"
            ),
            (
                "Barlow Twins: Self-Supervised Learning via Redundancy Reduction",
                Some("Facebook AI research, ICML".into()),
                Some(2021)
            )
        );
        assert_eq!(
            cleaned(
                "Neural Reprojection Error: Merging Feature Learning and Camera Pose Estimation, CVPR, 2021"
            ),
            (
                "Neural Reprojection Error: Merging Feature Learning and Camera Pose Estimation",
                Some("CVPR".into()),
                Some(2021)
            )
        );
        assert_eq!(
            cleaned(
                "A Practical Bayesian Framework for Structural Model Updating and Prediction\\_review"
            ),
            (
                "A Practical Bayesian Framework for Structural Model Updating and Prediction",
                None,
                None
            )
        );
        assert_eq!(cleaned("KiloNeRF,"), ("KiloNeRF", None, None));
        // Words for the note, joined, after the title.
        assert_eq!(
            cleaned("Inductive Representation Learning on Large Graphs 리뷰/설명"),
            (
                "Inductive Representation Learning on Large Graphs",
                None,
                None
            )
        );
        assert_eq!(
            cleaned("Attention Is All You Need 정리 및 리뷰"),
            ("Attention Is All You Need", None, None)
        );
        // Any whitespace between the words, an ideographic space too.
        assert_eq!(
            cleaned("Attention Is All You Need\u{3000}정리  및 리뷰"),
            ("Attention Is All You Need", None, None)
        );
        assert_eq!(cleaned("리뷰/설명"), ("리뷰/설명", None, None));
        assert_eq!(
            cleaned("Text Summarization and Review"),
            ("Text Summarization and Review", None, None)
        );
        // Authors after the title, as a citation has them.
        assert_eq!(
            cleaned(
                "Efficient Estimation of Word Representations in Vector Space; Tomas Mikolov, Kai Chen, Greg Corrado, Jeffrey Dean; ICLR 2013"
            ),
            (
                "Efficient Estimation of Word Representations in Vector Space",
                Some("ICLR".into()),
                Some(2013)
            )
        );
        // A nickname after the title stays as the note writes it, marked
        // for the key to leave out; an acronym of its last words is the
        // title's own.
        let raw = "Deep Residual Learning for Image Recognition (ResNet)";
        assert_eq!(cleaned(raw), (raw, None, None));
        assert_eq!(
            clean(raw).before_nickname,
            Some("Deep Residual Learning for Image Recognition".len())
        );
        // Not when more is cut before it: after a venue, it goes with it.
        assert_eq!(
            clean("Deep Residual Learning (CVPR 2016) (ResNet)").before_nickname,
            None
        );
        assert_eq!(
            cleaned("Deep Residual Learning (CVPR 2016) (ResNet)"),
            ("Deep Residual Learning", Some("CVPR".into()), Some(2016))
        );
        let raw = "Visual Instruction Tuning(LLaVA)";
        assert_eq!(cleaned(raw), (raw, None, None));
        assert_eq!(
            clean(raw).before_nickname,
            Some("Visual Instruction Tuning".len())
        );
        assert_eq!(
            cleaned("Gaussian Error Linear Units (GELUs)"),
            ("Gaussian Error Linear Units (GELUs)", None, None)
        );
        assert_eq!(
            cleaned("Deep Learning using Rectified Linear Units (ReLU)"),
            (
                "Deep Learning using Rectified Linear Units (ReLU)",
                None,
                None
            )
        );
        assert_eq!(
            cleaned("Long Short-Term Memory (LSTM)"),
            ("Long Short-Term Memory (LSTM)", None, None)
        );
        assert_eq!(
            cleaned("Attention Is All You Need (Extended Abstract)"),
            ("Attention Is All You Need (Extended Abstract)", None, None)
        );
        assert_eq!(cleaned("GPT (GPT-2)"), ("GPT (GPT-2)", None, None));
        // A known venue and its year after the title, no mark between.
        for raw in [
            "A Tangled Mass: The Android Root Certificate Stores IMC’16",
            "A Tangled Mass: The Android Root Certificate Stores IMC 2016",
        ] {
            assert_eq!(
                cleaned(raw),
                (
                    "A Tangled Mass: The Android Root Certificate Stores",
                    Some("IMC".to_owned()),
                    Some(2016)
                ),
                "{raw}"
            );
        }
        // Not an unknown word, a lowercase one, or a title of one word.
        for raw in [
            "Scaling Laws for Neural Language Models Tokens 2020",
            "Notes on nature 2020",
            "CVPR 2021",
        ] {
            assert_eq!(cleaned(raw).1, None, "{raw}");
        }
        // A citation in parentheses: authors, then a venue and a year (of
        // two digits, after an apostrophe).
        assert_eq!(
            cleaned(
                "Predicting Interruptibility for Manual Data Collection: A Cluster-Based User Model ( Visuri et al. MobileHCI '17)"
            ),
            (
                "Predicting Interruptibility for Manual Data Collection: A Cluster-Based User Model",
                Some("MobileHCI".to_owned()),
                Some(2017)
            )
        );
        assert_eq!(
            cleaned("Deep Residual Learning for Image Recognition (He et al., CVPR 2016)"),
            (
                "Deep Residual Learning for Image Recognition",
                Some("CVPR".into()),
                Some(2016)
            )
        );
        // Not a citation: a sentence after `et al`.
        assert_eq!(
            cleaned(
                "Why Kim et al. were right (Kim et al. showed that this holds for every model)"
            ),
            (
                "Why Kim et al. were right (Kim et al. showed that this holds for every model)",
                None,
                None
            )
        );
        assert_eq!(
            cleaned("Supervised Models for Coreference Resolution, by Altaf Rahman and Vincent Ng"),
            ("Supervised Models for Coreference Resolution", None, None)
        );
        // A byline with where its author works; a title's own `by` stays.
        assert_eq!(
            cleaned("Fast RCNN by Ross Girshick, Microsoft Research"),
            ("Fast RCNN", None, None)
        );
        assert_eq!(
            cleaned("Learning to Learn by Gradient Descent by Gradient Descent"),
            (
                "Learning to Learn by Gradient Descent by Gradient Descent",
                None,
                None
            )
        );
        assert_eq!(
            cleaned(
                "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications, Andrew G. Howard et al"
            ),
            (
                "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications",
                None,
                None
            )
        );
        // A title's own comma or `by` stays.
        for own in [
            "Learning by Playing, Solving Sparse Reward Tasks from Scratch",
            "Learning to Learn by Gradient Descent by Gradient Descent",
            "Attention, Please!",
        ] {
            assert_eq!(cleaned(own).0, own);
        }
        // A full-width comma is three bytes: cut after it, not inside it.
        assert_eq!(
            cleaned("场景：数亿的小文件（100B），如何在闪存上缓存这些数据？"),
            (
                "场景：数亿的小文件（100B），如何在闪存上缓存这些数据？",
                None,
                None
            )
        );
        assert_eq!(
            cleaned("거대 언어 모델의 추론，NeurIPS 2023"),
            ("거대 언어 모델의 추론", Some("NeurIPS".into()), Some(2023))
        );
        assert_eq!(
            cleaned("GPT3: Language Models are Few-Shot Learners review"),
            ("GPT3: Language Models are Few-Shot Learners", None, None)
        );
        assert_eq!(
            cleaned("BERT 논문 리뷰 (NAACL 2019)"),
            ("BERT", Some("NAACL".into()), Some(2019))
        );
        assert_eq!(cleaned("BART 논문 정리"), ("BART", None, None));
        // A citation count, with a multi-byte character before it.
        assert_eq!(
            cleaned("Neural Kernel Without Tangents — Citations: 37"),
            ("Neural Kernel Without Tangents", None, None)
        );
        assert_eq!(cleaned("ICML'20 Cited by 37"), ("ICML'20", None, None));
        // A year after an opening quote typed for the apostrophe.
        assert_eq!(
            cleaned("Metastable Failures in Distributed Systems (HotOS ‘21)"),
            (
                "Metastable Failures in Distributed Systems",
                Some("HotOS".into()),
                Some(2021)
            )
        );
        // How deep the note goes, the paper's arXiv identifier, and the
        // note's state after a dash.
        assert_eq!(
            cleaned("Scaling Agent Learning via Experience Synthesis (arXiv:2511.03773) 심층 리뷰"),
            (
                "Scaling Agent Learning via Experience Synthesis",
                None,
                None
            )
        );
        assert_eq!(
            cleaned("WGAN : Wasserstein GAN 간단 요약"),
            ("WGAN : Wasserstein GAN", None, None)
        );
        assert_eq!(
            cleaned("GAN : Generative Adversarial Nets - 작성중"),
            ("GAN : Generative Adversarial Nets", None, None)
        );
        assert_eq!(
            cleaned("Attention Is All You Need in-depth review"),
            ("Attention Is All You Need", None, None)
        );
        // Not a state: the title's own last words after a dash.
        assert_eq!(
            cleaned("Pix2Seq - A Language Modeling Framework"),
            ("Pix2Seq - A Language Modeling Framework", None, None)
        );
        assert_eq!(cleaned("ViT 논문 요약"), ("ViT", None, None));
        assert_eq!(
            cleaned("Deep Residual Learning for Image Recognition(2015) - Review"),
            (
                "Deep Residual Learning for Image Recognition",
                None,
                Some(2015)
            )
        );
        for review_paper in [
            "Deep Learning: A Review",
            "Anomaly Detection: A Survey and Review",
            "Explainable AI: A Systematic Literature Review",
            "Deep learning — review",
            "Deep learning: review",
            "설명 가능한 인공지능에 대한 리뷰",
            "Review",
        ] {
            assert_eq!(cleaned(review_paper).0, review_paper);
        }
        assert_eq!(
            cleaned("Self-supervised Graph-level Representation Learning."),
            (
                "Self-supervised Graph-level Representation Learning",
                None,
                None
            )
        );
    }

    #[test]
    fn keeps_parentheses_and_commas_that_belong_to_the_title() {
        let raw = "Prototypical Contrastive Learning (PCL) of Unsupervised (self-supervised) representation";
        assert_eq!(cleaned(raw), (raw, None, None));
        // An unknown name in parentheses is no venue; at the end, after
        // words it does not spell, it is the paper's nickname, kept out of
        // the key.
        assert_eq!(
            cleaned("Sketch Your Own GAN (PCL)"),
            ("Sketch Your Own GAN (PCL)", None, None)
        );
        assert_eq!(
            clean("Sketch Your Own GAN (PCL)").before_nickname,
            Some("Sketch Your Own GAN".len())
        );
        assert_eq!(
            cleaned("Deep, Wide, and Shallow"),
            ("Deep, Wide, and Shallow", None, None)
        );
        // A title that is only a year is a title.
        assert_eq!(cleaned("2021"), ("2021", None, None));
    }

    #[test]
    fn a_nickname_shows_in_the_title_and_stays_out_of_its_key() {
        let title = crate::Title::from_raw(
            "  Deep Residual Learning for Image Recognition (ResNet)",
            10,
        )
        .unwrap();
        assert_eq!(
            title.text,
            "Deep Residual Learning for Image Recognition (ResNet)"
        );
        assert_eq!(
            title.key,
            TitleKey::new("Deep Residual Learning for Image Recognition")
        );
        // The range is the text's, nickname and all, after the two spaces.
        assert_eq!(
            (title.range.start, title.range.end),
            (12, 12 + title.text.len())
        );
        // Hangul and an emoji before it: the same.
        let title =
            crate::Title::from_raw("잔차 학습 😀 Deep Residual Learning (ResNet)", 0).unwrap();
        assert_eq!(title.text, "잔차 학습 😀 Deep Residual Learning (ResNet)");
        assert_eq!(
            title.key,
            TitleKey::new("잔차 학습 😀 Deep Residual Learning")
        );
        assert_eq!(
            title.range.end,
            "잔차 학습 😀 Deep Residual Learning (ResNet)".len()
        );
    }

    #[test]
    fn keys_fold_case_punctuation_dashes_and_spacing() {
        assert_eq!(
            TitleKey::new("Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors"),
            TitleKey::new("Efficient and Scalable Bayesian Neural Nets with  rank 1 factors")
        );
        assert_eq!(
            TitleKey::new("Gradient - starvation: A Learning Proclivity").as_str(),
            "gradient starvation a learning proclivity"
        );
        assert_eq!(
            TitleKey::new("Don't Stop Pretrainig").as_str(),
            "dont stop pretrainig"
        );
        assert_eq!(
            TitleKey::new("An Image is Worth 16x16 Words:Transformers").as_str(),
            "an image is worth 16x16 words transformers"
        );
        assert_eq!(
            TitleKey::new("한국어 논문, 제목!").as_str(),
            "한국어 논문 제목"
        );
    }

    #[test]
    fn keys_fold_ligatures_full_width_letters_and_decomposed_hangul() {
        // From a PDF: the `ﬁ` ligature. From a CJK keyboard: full-width
        // letters. From a macOS file name: Hangul as decomposed jamo.
        assert_eq!(
            TitleKey::new("Parameter-Eﬃcient ﬁne-tuning of ＢＥＲＴ").as_str(),
            "parameter efficient fine tuning of bert"
        );
        assert_eq!(
            TitleKey::new(
                "\u{1110}\u{1173}\u{1105}\u{1162}\u{11AB}\u{1109}\u{1173}\u{1111}\u{1169}\u{1106}\u{1165} 논문"
            ),
            TitleKey::new("트랜스포머 논문")
        );
    }

    #[test]
    fn unescapes_markdown() {
        assert_eq!(
            unescape_markdown(r"COVID\_AL: a \*b\* c\d"),
            r"COVID_AL: a *b* c\d"
        );
        // HTML entities, as YAML front matter escapes a colon; a stray `&`
        // and an unknown name are kept.
        assert_eq!(
            unescape_markdown(
                "BEVFormer&#58; Bird&#x2019;s-Eye-View &amp; 한국어&#58;🚗 R&D &foo;"
            ),
            "BEVFormer: Bird’s-Eye-View & 한국어:🚗 R&D &foo;"
        );
    }
}
