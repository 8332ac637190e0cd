//! Every fix the rules offer on the real seed, applied one at a time: the
//! finding it fixes is gone afterwards and every other finding is still
//! there, unchanged but for its position.

use std::collections::BTreeMap;
use std::path::PathBuf;

use review_analysis::{Config, Finding, ReviewIndex, apply_edits, check_file};
use review_syntax::parse;

fn check(text: &str) -> Vec<Finding> {
    let config = Config::default();
    let parsed = parse(text, &config.vocabulary);
    let mut reviews = ReviewIndex::new();
    reviews.insert_file("seed.md", text, &parsed);
    check_file("seed.md", text, &parsed, &config, &reviews)
}

/// The findings as a multiset of what a user reads: rule and message.
fn census(findings: &[Finding]) -> BTreeMap<(String, String), usize> {
    let mut census = BTreeMap::new();
    for finding in findings {
        *census
            .entry((finding.rule.code().to_owned(), finding.message.clone()))
            .or_default() += 1;
    }
    census
}

#[test]
fn each_fix_removes_its_finding_and_nothing_else() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/000_1d7a1aefbff0b690.md");
    let seed = std::fs::read_to_string(path).unwrap();
    let before = check(&seed);
    let fixable: Vec<&Finding> = before
        .iter()
        .filter(|finding| finding.fix.is_some())
        .collect();
    assert_eq!(fixable.len(), 307);
    for finding in fixable {
        let fixed = apply_edits(&seed, &finding.fix.as_ref().unwrap().edits);
        let after = check(&fixed);
        let mut expected = census(&before);
        let key = (finding.rule.code().to_owned(), finding.message.clone());
        *expected.get_mut(&key).unwrap() -= 1;
        expected.retain(|_, count| *count > 0);
        assert_eq!(
            census(&after),
            expected,
            "after fixing {} at {:?}",
            finding.rule,
            finding.range
        );
        // The fix only inserted text (or a line break): nothing was lost.
        assert!(fixed.len() > seed.len());
    }
}

#[test]
fn all_missing_sections_at_once() {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/000_1d7a1aefbff0b690.md");
    let seed = std::fs::read_to_string(path).unwrap();
    let config = Config::default();
    let parsed = parse(&seed, &config.vocabulary);
    // One combined fix per entry, applied together, leaves no missing section.
    let edits: Vec<_> = parsed
        .entries
        .iter()
        .filter_map(|entry| {
            let missing: Vec<_> = config
                .required_sections
                .iter()
                .copied()
                .filter(|kind| !entry.has_section(*kind))
                .collect();
            (!missing.is_empty())
                .then(|| review_analysis::section_skeleton(&seed, entry, &missing).edits)
        })
        .flatten()
        .collect();
    let fixed = apply_edits(&seed, &edits);
    let after = check(&fixed);
    assert_eq!(
        after
            .iter()
            .filter(|f| f.rule == review_analysis::Rule::MissingSection)
            .count(),
        0
    );
    assert_eq!(
        after
            .iter()
            .filter(|f| f.rule == review_analysis::Rule::EntryStartsMidLine)
            .count(),
        5
    );
    assert_eq!(parse(&fixed, &config.vocabulary).entries.len(), 110);
}
