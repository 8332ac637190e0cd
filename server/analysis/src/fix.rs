//! Applying fixes to a whole file, as `review-ls --check --fix` does.
//!
//! Fixes are applied in rounds, like ruff's: each round re-parses and
//! re-checks the text, takes every fix whose edits do not touch another's,
//! and applies them; the next round sees the result. Three missing sections
//! of one review insert at the same place, so they land in three rounds, in
//! order. Rounds stop when nothing is left to fix or after [`MAX_ROUNDS`].

use review_syntax::TextRange;

use crate::config::Config;
use crate::finding::{TextEdit, apply_edits};
use crate::rules::{KnownTitles, Rule, run_rules};
use crate::workspace::ReviewIndex;

/// A bound on fix rounds, against fixes that would undo each other. Every
/// rule's fix removes its own finding, so real files need a handful.
pub const MAX_ROUNDS: usize = 16;

/// What [`fix_text`] did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FixOutcome {
    pub text: String,
    /// The rule of every fix applied, in order.
    pub applied: Vec<Rule>,
}

fn overlaps(a: TextRange, b: TextRange) -> bool {
    // Two insertions at one offset conflict too: their order would be a
    // guess.
    a.start < b.end && b.start < a.end || a.start == b.start
}

/// Applies every fix the rules offer on `text`, round after round.
pub fn fix_text(
    file: &str,
    site: Option<&crate::FileSite>,
    text: &str,
    config: &Config,
    reviews: &ReviewIndex,
    known: Option<&dyn KnownTitles>,
) -> FixOutcome {
    let mut current = text.to_owned();
    let mut applied = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let parsed = config.parse(&current, site);
        let findings = run_rules(file, &current, &parsed, config, reviews, known);
        let mut taken: Vec<TextEdit> = Vec::new();
        for finding in &findings {
            let Some(fix) = &finding.fix else { continue };
            let clashes = fix
                .edits
                .iter()
                .any(|edit| taken.iter().any(|other| overlaps(edit.range, other.range)));
            if !clashes {
                taken.extend(fix.edits.iter().cloned());
                applied.push(finding.rule);
            }
        }
        if taken.is_empty() {
            break;
        }
        current = apply_edits(&current, &taken);
    }
    FixOutcome {
        text: current,
        applied,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_fixes_of_the_seed_in_rounds() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../../seeds/000_1d7a1aefbff0b690.md");
        let seed = std::fs::read_to_string(path).unwrap();
        let config = Config::default();
        let outcome = fix_text("seed.md", None, &seed, &config, &ReviewIndex::new(), None);
        assert_eq!(outcome.applied.len(), 307);
        let parsed = review_syntax::parse(&outcome.text, &config.vocabulary);
        assert_eq!(parsed.entries.len(), 110);
        let left = run_rules(
            "seed.md",
            &outcome.text,
            &parsed,
            &config,
            &ReviewIndex::new(),
            None,
        );
        assert_eq!(left, []);
        // Nothing of the original text was lost: fixes only insert text (and
        // turn a space into a line break), so the original's non-space
        // characters are a subsequence of the result's.
        let mut fixed = outcome.text.chars().filter(|c| !c.is_whitespace());
        let lost = seed
            .chars()
            .filter(|c| !c.is_whitespace())
            .find(|original| !fixed.any(|c| c == *original));
        assert_eq!(lost, None);
    }

    #[test]
    fn crlf_stays_crlf() {
        let text = "홍길동: Paper 😀\r\n\r\n- 목적: 왜.\r\n";
        let outcome = fix_text(
            "a.md",
            None,
            text,
            &Config::default(),
            &ReviewIndex::new(),
            None,
        );
        assert_eq!(
            outcome.text,
            "홍길동: Paper 😀\r\n\r\n- 목적: 왜.\r\n- Method: ...\r\n- 실험: ...\r\n"
        );
        assert_eq!(
            outcome.applied,
            [Rule::MissingSection, Rule::MissingSection]
        );
    }
}
