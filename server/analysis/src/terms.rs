//! The technical terms of a review, for comparing what reviews talk about.
//!
//! Reviews in the seed are Korean prose carrying the paper's vocabulary in
//! English (`transformer`, `pseudo label`, `batch ensemble`): the Latin words
//! are the terms. Each is cut to its first five letters so that `scaling`
//! and `scale`, `representations` and `representation` meet, and words that
//! every machine-learning paper uses are left out of title terms, which
//! would otherwise match any review.

use std::collections::BTreeSet;

/// Words too common in ML titles to say which paper a review is about.
const GENERIC: &[&str] = &[
    "and",
    "approach",
    "analysis",
    "based",
    "data",
    "deep",
    "efficient",
    "end",
    "for",
    "framework",
    "from",
    "into",
    "its",
    "large",
    "learning",
    "method",
    "methods",
    "model",
    "models",
    "network",
    "networks",
    "neural",
    "new",
    "novel",
    "of",
    "on",
    "over",
    "scale",
    "self",
    "semi",
    "simple",
    "supervised",
    "the",
    "their",
    "to",
    "toward",
    "towards",
    "training",
    "under",
    "unsupervised",
    "using",
    "via",
    "with",
];

fn stem(word: &str) -> String {
    word.chars().take(5).collect()
}

fn latin_words(text: &str) -> impl Iterator<Item = String> + '_ {
    text.split(|ch: char| !ch.is_ascii_alphanumeric())
        .filter(|word| word.len() >= 3 && word.starts_with(|ch: char| ch.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
}

/// The stems of a text's Latin words of three or more letters.
pub fn text_terms(text: &str) -> BTreeSet<String> {
    latin_words(text).map(|word| stem(&word)).collect()
}

/// The terms of a review's body, its section labels left out (`Method:` is
/// structure, not content, and fixes insert labels).
pub fn entry_terms(text: &str, entry: &review_syntax::Entry) -> BTreeSet<String> {
    let mut terms = BTreeSet::new();
    let mut from = entry.body.start;
    for section in &entry.sections {
        if section.label.start >= from && section.label.end <= entry.body.end {
            terms.extend(text_terms(&text[from..section.label.start]));
            from = section.label.end;
        }
    }
    terms.extend(text_terms(&text[from..entry.body.end.max(from)]));
    terms
}

/// The stems of a title's distinctive words.
pub fn title_terms(title: &str) -> BTreeSet<String> {
    latin_words(title)
        .filter(|word| !GENERIC.contains(&word.as_str()))
        .map(|word| stem(&word))
        .collect()
}

/// The title's distinctive words themselves, for messages.
pub fn title_words(title: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in latin_words(title).filter(|word| !GENERIC.contains(&word.as_str())) {
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Jaccard similarity of two term sets.
pub fn similarity(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f32 {
    let union = a.union(b).count();
    if union == 0 {
        0.0
    } else {
        a.intersection(b).count() as f32 / union as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stems_of_latin_words() {
        let terms: Vec<String> =
            text_terms("model scaling 은 baseline network 를 scale 하는 것 (AutoML, 2D, x)")
                .into_iter()
                .collect();
        assert_eq!(
            terms,
            ["autom", "basel", "model", "netwo", "scale", "scali"]
        );
        let title: Vec<String> =
            title_terms("End-to-End Semi-Supervised Object Detection with Soft Teacher")
                .into_iter()
                .collect();
        assert_eq!(title, ["detec", "objec", "soft", "teach"]);
    }
}
