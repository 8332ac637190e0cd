//! The technical terms of a review, for comparing what reviews talk about.
//!
//! Reviews in the seed are Korean prose carrying the paper's vocabulary in
//! English (`transformer`, `pseudo label`, `batch ensemble`): the Latin words
//! are the terms. Each is cut to its first five letters so that `scaling`
//! and `scale`, `representations` and `representation` meet, and words that
//! every machine-learning paper uses are left out of title terms, which
//! would otherwise match any review.

/// A set of terms. Each stem is at most five ASCII letters or digits, so it
/// packs losslessly into a `u64`: sets are sorted vectors of integers, built
/// and compared without allocating a string per word (the rule runs on every
/// keystroke, over every review of the file).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Terms(Vec<u64>);

impl Terms {
    fn from_unsorted(mut stems: Vec<u64>) -> Terms {
        stems.sort_unstable();
        stems.dedup();
        Terms(stems)
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// The stems, sorted and without repeats.
    pub fn as_slice(&self) -> &[u64] {
        &self.0
    }

    /// Terms from stems already sorted without repeats (as
    /// [`Terms::as_slice`] gives them); `None` when they are not.
    pub fn from_sorted(stems: Vec<u64>) -> Option<Terms> {
        stems
            .windows(2)
            .all(|pair| pair[0] < pair[1])
            .then_some(Terms(stems))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_disjoint(&self, other: &Terms) -> bool {
        self.common(other) == 0
    }

    fn common(&self, other: &Terms) -> usize {
        let (mut i, mut j, mut common) = (0, 0, 0);
        while i < self.0.len() && j < other.0.len() {
            match self.0[i].cmp(&other.0[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    common += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        common
    }

    /// The stems, readable, for tests and messages.
    pub fn stems(&self) -> Vec<String> {
        self.0
            .iter()
            .map(|packed| {
                packed
                    .to_be_bytes()
                    .iter()
                    .filter(|b| **b != 0)
                    .map(|b| char::from(*b))
                    .collect()
            })
            .collect()
    }
}

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

/// The first five letters of an ASCII word, lowercased, packed big-endian.
fn stem(word: &[u8]) -> u64 {
    let kept = &word[..word.len().min(5)];
    kept.iter().fold(0u64, |packed, byte| {
        (packed << 8) | u64::from(byte.to_ascii_lowercase())
    }) << (8 * (8 - kept.len()))
}

/// The ASCII words of three or more characters that start with a letter.
/// Split on bytes: every byte of a non-ASCII character is ≥ 0x80, so Korean
/// text separates words without being decoded (decoding it was most of the
/// rule's time).
fn latin_words(text: &str) -> impl Iterator<Item = &[u8]> + '_ {
    text.as_bytes()
        .split(|byte| !byte.is_ascii_alphanumeric())
        .filter(|word| word.len() >= 3 && word[0].is_ascii_alphabetic())
}

fn is_generic(word: &[u8]) -> bool {
    GENERIC
        .iter()
        .any(|generic| generic.as_bytes().eq_ignore_ascii_case(word))
}

/// The stems of a text's Latin words of three or more letters.
pub fn text_terms(text: &str) -> Terms {
    Terms::from_unsorted(latin_words(text).map(stem).collect())
}

/// The terms of a review's body, its section labels left out (`Method:` is
/// structure, not content, and fixes insert labels).
pub fn entry_terms(text: &str, entry: &review_syntax::Entry) -> Terms {
    let mut stems = Vec::new();
    let mut from = entry.body.start;
    for section in &entry.sections {
        if section.label.start >= from && section.label.end <= entry.body.end {
            stems.extend(latin_words(&text[from..section.label.start]).map(stem));
            from = section.label.end;
        }
    }
    stems.extend(latin_words(&text[from..entry.body.end.max(from)]).map(stem));
    Terms::from_unsorted(stems)
}

/// The stems of a title's distinctive words.
pub fn title_terms(title: &str) -> Terms {
    Terms::from_unsorted(
        latin_words(title)
            .filter(|word| !is_generic(word))
            .map(stem)
            .collect(),
    )
}

/// The title's distinctive words themselves, lowercased, for messages.
pub fn title_words(title: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in latin_words(title)
        .filter(|word| !is_generic(word))
        .map(|word| String::from_utf8_lossy(word).to_ascii_lowercase())
    {
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Jaccard similarity of two term sets.
pub fn similarity(a: &Terms, b: &Terms) -> f32 {
    let common = a.common(b);
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f32 / union as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terms_are_stems_of_latin_words() {
        let terms =
            text_terms("model scaling 은 baseline network 를 scale 하는 것 (AutoML, 2D, x)")
                .stems();
        assert_eq!(
            terms,
            ["autom", "basel", "model", "netwo", "scale", "scali"]
        );
        let title =
            title_terms("End-to-End Semi-Supervised Object Detection with Soft Teacher").stems();
        assert_eq!(title, ["detec", "objec", "soft", "teach"]);
    }
}
