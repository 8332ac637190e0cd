//! What the editor asks about titles, answered as plain structs with byte
//! ranges: completion of titles and section labels, hover on a title,
//! the other reviews of a paper, and workspace-wide search. The language
//! server turns these into protocol types; tests call them directly.

use review_syntax::{
    Entry, HeaderOrigin, LabelLanguage, ParsedFile, SectionKind, TextRange, TitleKey, Vocabulary,
    lines, title_start,
};

pub use crate::store::ReviewLocation;
use crate::store::{MatchQuality, Paper, TitleIndex};
use crate::view::View;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompletionKind {
    Title,
    SectionLabel,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Completion {
    pub kind: CompletionKind,
    pub label: String,
    pub detail: Option<String>,
    /// Markdown. `None` for a title when [`Previews::Later`] asked for
    /// it to be left out: [`title_preview`] makes it when the item is
    /// shown.
    pub documentation: Option<String>,
    /// The paper a title item names: what its preview is made from.
    pub paper: Option<TitleKey>,
    /// What the completion replaces: exactly the typed part.
    pub replace: TextRange,
    pub insert_text: String,
    /// Orders items as ranked here, whatever the client's own scoring.
    pub sort_text: String,
    /// What the client filters on: the typed text itself, so that typo
    /// matches (`Constrast` → `Contrast`) are not filtered away.
    pub filter_text: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Completions {
    pub items: Vec<Completion>,
    /// The list was cut: the client should ask again as the user types.
    pub is_incomplete: bool,
}

/// When a title item's preview (a review of the paper, its catalog entry)
/// is made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Previews {
    /// With the list: for clients that show what the list holds.
    Now,
    /// When the editor shows the item ([`title_preview`]): reading each
    /// candidate's review from the index was about half of a completion
    /// with a large catalog, for previews of which one is shown.
    Later,
}

/// Completions at `offset` in `text`: titles in a header's title position,
/// section labels at the start of a body line; `None` elsewhere.
pub fn complete(
    text: &str,
    offset: usize,
    vocabulary: &Vocabulary,
    index: &View<'_>,
    limit: usize,
    previews: Previews,
) -> Option<Completions> {
    let offset = review_syntax::floor_char_boundary(text, offset);
    let line_start = lines(&text[..offset]).last().map_or(0, |line| line.start);
    let prefix = &text[line_start..offset];
    if let Some(start) = title_start(prefix, vocabulary) {
        return Some(complete_title(
            &prefix[start..],
            TextRange::new(line_start + start, offset),
            index,
            limit,
            previews,
        ));
    }
    complete_label(prefix, line_start, offset, vocabulary)
}

fn complete_title(
    typed: &str,
    replace: TextRange,
    index: &View<'_>,
    limit: usize,
    previews: Previews,
) -> Completions {
    let mut search = index.search(typed, limit + 1);
    // The title being typed is itself indexed (as a review of its own file):
    // offering it back is noise.
    let typed_key = TitleKey::new(typed);
    search.matches.retain(|found| {
        !(found.key == typed_key && found.catalog_count == 0 && found.review_count <= 1)
    });
    search.truncated |= search.matches.len() > limit;
    search.matches.truncate(limit);
    let items = search
        .matches
        .iter()
        .enumerate()
        .map(|(rank, found)| {
            let mut detail = Vec::new();
            if let Some(year) = found.year {
                detail.push(year.to_string());
            }
            if let Some(venue) = &found.venue {
                detail.push(venue.clone());
            }
            match found.review_count {
                0 => {}
                1 => detail.push("reviewed once".to_owned()),
                n => detail.push(format!("reviewed by {n}")),
            }
            if found.quality == MatchQuality::Fuzzy {
                detail.push("similar spelling".to_owned());
            }
            Completion {
                kind: CompletionKind::Title,
                label: found.title.clone(),
                detail: (!detail.is_empty()).then(|| detail.join(" · ")),
                documentation: (previews == Previews::Now)
                    .then(|| preview_of(&found.key, found.review_count, index)),
                paper: Some(found.key.clone()),
                replace,
                insert_text: found.title.clone(),
                sort_text: format!("{rank:04}"),
                filter_text: typed.to_owned(),
            }
        })
        .collect();
    Completions {
        items,
        is_incomplete: search.truncated,
    }
}

/// The preview of a title completion item: the paper's best-weighted
/// review and its catalog entries, with how many reviews it has.
pub fn title_preview(key: &TitleKey, index: &View<'_>) -> String {
    preview_of(key, index.review_count(key), index)
}

fn preview_of(key: &TitleKey, reviews: usize, index: &View<'_>) -> String {
    // One review is shown: reading the paper's hundreds would cost
    // milliseconds in a large workspace.
    let paper = index.paper_sample(key, 1);
    paper_markdown_of(
        &paper,
        Some(reviews),
        None,
        &|file, line| format!("{file}:{line}"),
        1,
    )
}

fn complete_label(
    prefix: &str,
    line_start: usize,
    offset: usize,
    vocabulary: &Vocabulary,
) -> Option<Completions> {
    let indent = prefix.len() - prefix.trim_start().len();
    let rest = &prefix[indent..];
    // The one list-marker grammar of the parser (`- `, `• `, `1. `, `◦`).
    let bullet = review_syntax::bullet_len(rest);
    let typed = &rest[bullet..];
    if typed.contains([':', '：']) || typed.chars().count() > 12 {
        return None;
    }
    let start = line_start + indent + bullet;
    let mut items = Vec::new();
    for kind in SectionKind::ALL {
        let canonical = [
            kind.canonical_label(LabelLanguage::Korean),
            kind.canonical_label(LabelLanguage::English),
        ];
        for alias in vocabulary.aliases_of(kind) {
            let matches = alias.len() >= typed.len()
                && alias
                    .get(..typed.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(typed));
            if !matches || items.iter().any(|item: &Completion| item.label == alias) {
                continue;
            }
            let rank = if canonical.contains(&alias) { 0 } else { 1 };
            items.push(Completion {
                kind: CompletionKind::SectionLabel,
                label: alias.to_owned(),
                detail: Some(format!("{kind} section")),
                documentation: None,
                paper: None,
                replace: TextRange::new(start, offset),
                insert_text: format!("{alias}: "),
                sort_text: format!("{rank}{:02}{alias}", kind as u8),
                filter_text: alias.to_owned(),
            });
        }
    }
    if items.is_empty() || typed.is_empty() && bullet == 0 {
        return None;
    }
    items.sort_by(|a, b| a.sort_text.cmp(&b.sort_text));
    Some(Completions {
        items,
        is_incomplete: false,
    })
}

/// A hover: the range it is about and its markdown.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hover {
    pub range: TextRange,
    pub markdown: String,
}

/// The entry whose header's title is at `offset`.
pub fn entry_at_title(parsed: &ParsedFile, offset: usize) -> Option<&Entry> {
    parsed.entries.iter().find(|entry| {
        entry
            .header
            .title
            .as_ref()
            .is_some_and(|title| title.range.touches(offset))
    })
}

/// A title the cursor is on: in an entry's header, or named in prose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TitleAt {
    pub range: TextRange,
    pub key: TitleKey,
    /// The 1-based line of the review in this file that is itself about the
    /// paper (its header's line), to leave out of "the other reviews".
    pub own_line: Option<usize>,
}

/// The title at `offset`: an entry header's title, or a known title or
/// paper name mentioned in prose (`Swin Transformer를 소개함`).
pub fn title_at(
    parsed: &ParsedFile,
    text: &str,
    offset: usize,
    index: &TitleIndex,
) -> Option<TitleAt> {
    let line_of = |at: usize| review_syntax::LineIndex::new(text).line_of(at) + 1;
    if let Some(entry) = entry_at_title(parsed, offset) {
        let title = entry.header.title.as_ref()?;
        return Some(TitleAt {
            range: title.range,
            key: title.key.clone(),
            own_line: Some(line_of(title.range.start)),
        });
    }
    if parsed
        .entries
        .iter()
        .any(|entry| entry.header.line.touches(offset))
    {
        return None;
    }
    let (range, key) = mention_at(text, offset, index)?;
    let own_line = parsed
        .entries
        .iter()
        .find(|entry| entry.range().touches(offset))
        .and_then(|entry| entry.header.title.as_ref())
        .filter(|title| title.key == key)
        .map(|title| line_of(title.range.start));
    Some(TitleAt {
        range,
        key,
        own_line,
    })
}

/// Words of prose that can be part of a title, by script: a Hangul
/// particle glued to an English name (`Transformer를`) is not part of it.
fn script(ch: char) -> u8 {
    if ch.is_ascii_alphanumeric() {
        0
    } else if ('\u{ac00}'..='\u{d7a3}').contains(&ch) || ('\u{3131}'..='\u{318e}').contains(&ch) {
        1
    } else {
        2
    }
}

/// The most words a prose window is tried with.
const MENTION_WORDS: usize = 24;

/// A known title or paper name in the prose around `offset`: the longest run
/// of words through the cursor, within one clause (title punctuation —
/// spaces, dashes, colons, `&`, `/`, `+` — joins words; anything else ends
/// the run), whose key the index knows.
fn mention_at(text: &str, offset: usize, index: &TitleIndex) -> Option<(TextRange, TitleKey)> {
    let offset = review_syntax::floor_char_boundary(text, offset);
    // The line around the offset, found without splitting the whole text.
    let line_start = text[..offset].rfind(['\n', '\r']).map_or(0, |at| at + 1);
    let line_end = text[offset..]
        .find(['\n', '\r'])
        .map_or(text.len(), |at| offset + at);
    let line = TextRange::new(line_start, line_end);
    let line_text = &text[line.start..line.end];
    // Words (byte ranges in the line) and, for each, whether it is joined to
    // the one before it.
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut joined = false;
    let mut current: Option<(usize, u8)> = None;
    for (at, ch) in line_text.char_indices() {
        if ch.is_alphanumeric() {
            let class = script(ch);
            match current {
                Some((_, kind)) if kind == class => {}
                Some((start, _)) => {
                    words.push((start, at, joined));
                    // A particle glued to a name ends the name.
                    joined = false;
                    current = Some((at, class));
                }
                None => current = Some((at, class)),
            }
        } else {
            if let Some((start, _)) = current.take() {
                words.push((start, at, joined));
                joined = true;
            }
            if !(ch.is_whitespace() || matches!(ch, '-' | '–' | ':' | '&' | '/' | '+' | '\'' | '’'))
            {
                joined = false;
            }
        }
    }
    if let Some((start, _)) = current {
        words.push((start, line_text.len(), joined));
    }
    let at = offset - line.start;
    let cursor = words
        .iter()
        .position(|&(start, end, _)| start <= at && at <= end)?;
    // The run of joined words around the cursor, in the cursor's script.
    let class = |i: usize| line_text[words[i].0..].chars().next().map_or(2, script);
    if class(cursor) != 0 {
        return None;
    }
    let mut first = cursor;
    while first > 0 && words[first].2 && class(first - 1) == 0 && cursor - first + 1 < MENTION_WORDS
    {
        first -= 1;
    }
    let mut last = cursor;
    while last + 1 < words.len()
        && words[last + 1].2
        && class(last + 1) == 0
        && last - first + 1 < MENTION_WORDS
    {
        last += 1;
    }
    // Longest window first; of equal length, the leftmost.
    for length in (1..=last - first + 1).rev() {
        let lowest = first.max((cursor + 1).saturating_sub(length));
        for start in lowest..=cursor {
            let end = start + length - 1;
            if end > last {
                break;
            }
            let slice = &line_text[words[start].0..words[end].1];
            // One word names a paper only when it looks like a name
            // (`GraphCodeBERT`), and a short one never does.
            if length == 1
                && (slice.len() < 3
                    || slice.chars().filter(|ch| ch.is_uppercase()).count() < 2
                        && !slice.chars().any(|ch| ch.is_ascii_digit()))
            {
                continue;
            }
            let key = TitleKey::new(slice);
            if let Some(found) = index.mentioned(&key) {
                let range = TextRange::new(line.start + words[start].0, line.start + words[end].1);
                return Some((range, found));
            }
        }
    }
    None
}

/// Hover on a title, in a header or named in prose: every other review of
/// the paper, then what the catalog knows. `link` makes a link to a file
/// and 1-based line.
pub fn hover(
    parsed: &ParsedFile,
    file: &str,
    text: &str,
    offset: usize,
    index: &View<'_>,
    link: &dyn Fn(&str, usize) -> String,
) -> Option<Hover> {
    let title = title_at(parsed, text, offset, index.index)?;
    // Read no more reviews than are shown: a paper of a large workspace
    // has hundreds, and reading them all cost most of a hover there.
    let paper = index.paper_sample(&title.key, HOVER_REVIEWS + 1);
    let own = title.own_line.map(|line| (file, line));
    let others = index
        .review_count(&title.key)
        .saturating_sub(usize::from(own.is_some()));
    Some(Hover {
        range: title.range,
        markdown: paper_markdown_of(&paper, Some(others), own, link, HOVER_REVIEWS),
    })
}

/// Most reviews one hover shows; it says how many more there are, and
/// references list them all.
pub const HOVER_REVIEWS: usize = 20;

/// The markdown for a paper, leaving out the review at `exclude` (file and
/// 1-based line), showing at most `max_reviews` reviews.
pub fn paper_markdown(
    paper: &Paper,
    exclude: Option<(&str, usize)>,
    link: &dyn Fn(&str, usize) -> String,
    max_reviews: usize,
) -> String {
    paper_markdown_of(paper, None, exclude, link, max_reviews)
}

/// [`paper_markdown`] of a paper holding a sample of its reviews, of
/// `total` in all.
fn paper_markdown_of(
    paper: &Paper,
    total: Option<usize>,
    exclude: Option<(&str, usize)>,
    link: &dyn Fn(&str, usize) -> String,
    max_reviews: usize,
) -> String {
    let others: Vec<_> = paper
        .reviews
        .iter()
        .filter(|review| Some((review.file.as_str(), review.line)) != exclude)
        .collect();
    let count = total.unwrap_or(others.len()).max(others.len());
    let title = paper
        .reviews
        .first()
        .map(|r| r.title.clone())
        .or_else(|| paper.catalog.first().map(|c| c.title.clone()))
        .unwrap_or_default();
    let mut out = String::new();
    // From a review of the paper itself, the others are "other" reviews.
    let other = if exclude.is_some() { "other " } else { "" };
    if count == 0 && paper.catalog.is_empty() {
        return format!("No {other}review of this paper in the workspace, and no catalog entry.");
    }
    out.push_str(&format!("**{}**\n\n", escape(&title)));
    match count {
        0 => out.push_str(&format!(
            "No {other}review of this paper in the workspace.\n\n"
        )),
        1 => out.push_str(&format!("1 {other}review:\n\n")),
        n => out.push_str(&format!("{n} {other}reviews:\n\n")),
    }
    for review in others.iter().take(max_reviews) {
        let who = review.reviewer.as_deref().unwrap_or("(no reviewer)");
        out.push_str(&format!(
            "**{}** · [{}:{}]({})\n\n",
            escape(who),
            review.file,
            review.line,
            link(&review.file, review.line)
        ));
        if review.sections.is_empty() {
            if !review.summary.is_empty() {
                out.push_str(&format!("> {}\n\n", escape(&review.summary)));
            }
        } else {
            for (kind, text) in &review.sections {
                out.push_str(&format!("- *{}*: {}\n", kind, escape(text)));
            }
            out.push('\n');
        }
    }
    let shown = others.len().min(max_reviews);
    if count > shown {
        out.push_str(&format!("…and {} more.\n\n", count - shown));
    }
    for entry in &paper.catalog {
        let mut facts = Vec::new();
        if !entry.authors.is_empty() {
            let authors = if entry.authors.len() > 3 {
                format!("{} et al.", entry.authors[0])
            } else {
                entry.authors.join(", ")
            };
            facts.push(authors);
        }
        if let Some(year) = entry.year {
            facts.push(year.to_string());
        }
        if let Some(venue) = &entry.venue {
            facts.push(format!("*{}*", escape(venue)));
        }
        let facts = if facts.is_empty() {
            String::new()
        } else {
            format!("{} — ", facts.join(", "))
        };
        out.push_str(&format!(
            "Catalog: {facts}[{}:{}]({})\n\n",
            entry.source,
            entry.line,
            link(&entry.source, entry.line)
        ));
    }
    out.trim_end().to_owned()
}

/// Escapes what markdown would misread in user text.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '\\') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// The other reviews of the paper whose title is at `offset` (in a header
/// or named in prose).
pub fn other_reviews(
    parsed: &ParsedFile,
    file: &str,
    text: &str,
    offset: usize,
    index: &View<'_>,
) -> Option<Vec<ReviewLocation>> {
    let title = title_at(parsed, text, offset, index.index)?;
    Some(
        index
            .paper(&title.key)
            .reviews
            .into_iter()
            .filter(|review| !(review.file == file && Some(review.line) == title.own_line))
            .map(|review| ReviewLocation {
                file: review.file,
                line: review.line,
                reviewer: review.reviewer,
                title: review.title,
            })
            .collect(),
    )
}

/// How many other reviews each entry's paper has (for a code lens).
pub fn other_review_counts(parsed: &ParsedFile, index: &View<'_>) -> Vec<(TextRange, usize)> {
    parsed
        .entries
        .iter()
        .filter(|entry| {
            !matches!(entry.header.origin, HeaderOrigin::FrontMatter)
                || entry.header.title.is_some()
        })
        .filter_map(|entry| {
            let title = entry.header.title.as_ref()?;
            let count = index.review_count(&title.key).saturating_sub(1);
            Some((entry.header.range, count))
        })
        .collect()
}

/// Workspace search: reviews whose title or reviewer matches `query`.
pub fn search_reviews(query: &str, index: &TitleIndex, limit: usize) -> Vec<ReviewLocation> {
    let mut found = Vec::new();
    for review in index.reviews_by_reviewer_prefix(query, limit) {
        found.push(review);
    }
    for title in index.search(query, limit).matches {
        if found.len() >= limit {
            break;
        }
        // No more reviews read than the list has room for: a paper of a
        // large workspace has hundreds.
        let room = limit - found.len();
        for review in index.paper_sample(&title.key, room).reviews {
            if found.len() >= limit {
                break;
            }
            let location = ReviewLocation {
                file: review.file,
                line: review.line,
                reviewer: review.reviewer,
                title: review.title,
            };
            if !found.contains(&location) {
                found.push(location);
            }
        }
    }
    found.truncate(limit);
    found
}
