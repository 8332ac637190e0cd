//! Section kinds and the words that label them.
//!
//! A section is recognised by a label — one of its aliases, in Korean or
//! English, compared case-insensitively — followed by `:` or `：` (or written
//! as a heading or a bold label). The built-in aliases are the ones real notes
//! use; configuration can add more.

use std::fmt;

/// What a section of a review is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SectionKind {
    Purpose,
    Method,
    Experiment,
    Novelty,
    Limitations,
    Takeaways,
}

impl SectionKind {
    pub const ALL: [SectionKind; 6] = [
        SectionKind::Purpose,
        SectionKind::Method,
        SectionKind::Experiment,
        SectionKind::Novelty,
        SectionKind::Limitations,
        SectionKind::Takeaways,
    ];

    /// The name used in configuration and in machine-readable output.
    pub fn name(self) -> &'static str {
        match self {
            SectionKind::Purpose => "purpose",
            SectionKind::Method => "method",
            SectionKind::Experiment => "experiment",
            SectionKind::Novelty => "novelty",
            SectionKind::Limitations => "limitations",
            SectionKind::Takeaways => "takeaways",
        }
    }

    pub fn from_name(name: &str) -> Option<SectionKind> {
        SectionKind::ALL
            .into_iter()
            .find(|kind| kind.name() == name)
    }

    /// The label fixes insert: the canonical form of DESIGN.md (`목적`,
    /// `Method`, `실험`) in notes written with Korean labels, English ones in
    /// notes whose labels are all English.
    pub fn canonical_label(self, english: bool) -> &'static str {
        match (self, english) {
            (SectionKind::Purpose, false) => "목적",
            (SectionKind::Purpose, true) => "Purpose",
            (SectionKind::Method, _) => "Method",
            (SectionKind::Experiment, false) => "실험",
            (SectionKind::Experiment, true) => "Experiments",
            (SectionKind::Novelty, false) => "Novelty",
            (SectionKind::Novelty, true) => "Novelty",
            (SectionKind::Limitations, false) => "한계",
            (SectionKind::Limitations, true) => "Limitations",
            (SectionKind::Takeaways, false) => "느낀 점",
            (SectionKind::Takeaways, true) => "Takeaways",
        }
    }

    fn builtin_aliases(self) -> &'static [&'static str] {
        match self {
            SectionKind::Purpose => &[
                "목적",
                "목표",
                "연구 목적",
                "연구목적",
                "Purpose",
                "Goal",
                "Goals",
                "Objective",
                "Objectives",
                "Motivation",
                "Aim",
            ],
            SectionKind::Method => &[
                "Method",
                "Methods",
                "Methodology",
                "방법",
                "방법론",
                "제안 방법",
                "제안방법",
                "Approach",
                "Proposed Method",
            ],
            SectionKind::Experiment => &[
                "실험",
                "실험 결과",
                "실험결과",
                "결과",
                "Experiment",
                "Experiments",
                "Results",
                "Result",
                "Evaluation",
            ],
            SectionKind::Novelty => &["Novelty", "기여", "Contribution", "Contributions"],
            SectionKind::Limitations => &["한계", "한계점", "Limitation", "Limitations"],
            SectionKind::Takeaways => &[
                "느낀 점",
                "느낀점",
                "소감",
                "배운 점",
                "배운점",
                "Takeaway",
                "Takeaways",
            ],
        }
    }
}

impl fmt::Display for SectionKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// The aliases in force: built-in ones plus configured extras.
#[derive(Clone, Debug)]
pub struct Vocabulary {
    /// Longest first, so that `실험 결과` wins over `실험`.
    aliases: Vec<(String, SectionKind)>,
}

impl Default for Vocabulary {
    fn default() -> Vocabulary {
        let mut vocabulary = Vocabulary {
            aliases: Vec::new(),
        };
        for kind in SectionKind::ALL {
            for alias in kind.builtin_aliases() {
                vocabulary.aliases.push(((*alias).to_owned(), kind));
            }
        }
        vocabulary.sort();
        vocabulary
    }
}

impl Vocabulary {
    /// Adds an alias for `kind`. Surrounding spaces and a trailing colon are
    /// dropped; an alias that is already known is not added twice.
    pub fn add_alias(&mut self, kind: SectionKind, alias: &str) {
        let alias = alias.trim().trim_end_matches([':', '：']).trim();
        if alias.is_empty()
            || self
                .aliases
                .iter()
                .any(|(known, _)| known.eq_ignore_ascii_case(alias))
        {
            return;
        }
        self.aliases.push((alias.to_owned(), kind));
        self.sort();
    }

    fn sort(&mut self) {
        self.aliases
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    }

    /// The alias that `text` starts with, as a whole word, if any: its length
    /// in bytes and its kind.
    pub fn alias_at(&self, text: &str) -> Option<(usize, SectionKind)> {
        self.aliases.iter().find_map(|(alias, kind)| {
            let len = alias.len();
            let candidate = text.get(..len)?;
            if !candidate.eq_ignore_ascii_case(alias) {
                return None;
            }
            // `Methods` must not be read as `Method` followed by `s`.
            let next = text[len..].chars().next();
            if next.is_some_and(|ch| ch.is_alphanumeric()) {
                return None;
            }
            Some((len, *kind))
        })
    }

    /// Whether `word` is exactly an alias.
    pub fn is_alias(&self, word: &str) -> bool {
        self.aliases
            .iter()
            .any(|(alias, _)| alias.eq_ignore_ascii_case(word))
    }

    /// A label at the start of `text`: an alias, optional spaces, then `:` or
    /// `：`. Returns the kind, the alias's byte length, and the byte length up
    /// to and including the colon.
    pub fn label_at(&self, text: &str) -> Option<LabelMatch> {
        let (alias_len, kind) = self.alias_at(text)?;
        let rest = &text[alias_len..];
        let spaces = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let after = &rest[spaces..];
        let colon = if after.starts_with(':') {
            1
        } else if after.starts_with('：') {
            '：'.len_utf8()
        } else {
            return None;
        };
        Some(LabelMatch {
            kind,
            alias_len,
            len: alias_len + spaces + colon,
        })
    }

    /// All aliases of `kind`, built-in and configured.
    pub fn aliases_of(&self, kind: SectionKind) -> impl Iterator<Item = &str> {
        self.aliases
            .iter()
            .filter(move |(_, k)| *k == kind)
            .map(|(alias, _)| alias.as_str())
    }
}

/// A label found by [`Vocabulary::label_at`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LabelMatch {
    pub kind: SectionKind,
    pub alias_len: usize,
    pub len: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_need_a_colon_and_a_whole_word() {
        let vocabulary = Vocabulary::default();
        let label = |text| vocabulary.label_at(text).map(|m| (m.kind, m.len));
        assert_eq!(label("목적: 이 논문"), Some((SectionKind::Purpose, 7)));
        assert_eq!(label("method : x"), Some((SectionKind::Method, 8)));
        assert_eq!(
            label("실험 결과：좋음"),
            Some((SectionKind::Experiment, 16))
        );
        assert_eq!(label("Methods: x"), Some((SectionKind::Method, 8)));
        assert_eq!(label("Method 적 특이사항"), None);
        assert_eq!(label("Methodical: x"), None);
        assert_eq!(label("목적함수: x"), None);
    }

    #[test]
    fn configured_aliases_are_recognised() {
        let mut vocabulary = Vocabulary::default();
        vocabulary.add_alias(SectionKind::Purpose, " 배경: ");
        vocabulary.add_alias(SectionKind::Purpose, "목적");
        assert_eq!(
            vocabulary.label_at("배경: x").map(|m| m.kind),
            Some(SectionKind::Purpose)
        );
        assert_eq!(
            vocabulary
                .aliases_of(SectionKind::Purpose)
                .filter(|a| *a == "목적")
                .count(),
            1
        );
    }
}
