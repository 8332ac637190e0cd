//! The parser against the real seed: 110 reviews, listed by hand in
//! `tests/data/seed_entries.tsv` by reading the file, not by running the
//! parser. Every entry must come out with the same reviewer, title, venue,
//! year, position and sections, including the five that start in the middle
//! of the previous review's paragraph.

use std::path::PathBuf;

use review_syntax::{ColumnUnit, LineIndex, Vocabulary, parse};

fn repo_file(path: &str) -> String {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(path)).unwrap_or_else(|error| panic!("{path}: {error}"))
}

/// One row of the hand-made list, and the same facts read off the parser.
fn describe(
    line: usize,
    column: usize,
    reviewer: &str,
    title: &str,
    venue: &str,
    year: &str,
    sections: &str,
) -> String {
    format!("{line}:{column} {reviewer} | {title} | {venue} | {year} | {sections}")
}

#[test]
fn the_seed_parses_into_the_hand_made_list() {
    let seed = repo_file("seeds/000_1d7a1aefbff0b690.md");
    let expected: Vec<String> = repo_file("tests/data/seed_entries.tsv")
        .lines()
        .skip(1)
        .map(|row| {
            let fields: Vec<&str> = row.split('\t').collect();
            assert_eq!(fields.len(), 7, "bad row {row:?}");
            describe(
                fields[0].parse().unwrap(),
                fields[1].parse().unwrap(),
                fields[2],
                fields[3],
                fields[4],
                fields[5],
                fields[6],
            )
        })
        .collect();

    let index = LineIndex::new(&seed);
    let parsed = parse(&seed, &Vocabulary::default());
    let actual: Vec<String> = parsed
        .entries
        .iter()
        .map(|entry| {
            let reviewer = entry
                .header
                .reviewer
                .as_ref()
                .expect("every seed entry names its reviewer");
            let title = entry
                .header
                .title
                .as_ref()
                .expect("every seed entry has a title");
            let position = index.line_col(&seed, reviewer.range.start, ColumnUnit::Char);
            let sections: Vec<&str> = entry
                .section_kinds()
                .iter()
                .map(|kind| kind.name())
                .collect();
            describe(
                position.line as usize + 1,
                position.col as usize + 1,
                &reviewer.name,
                &title.text,
                title.venue.as_deref().unwrap_or(""),
                &title.year.map(|year| year.to_string()).unwrap_or_default(),
                &sections.join(","),
            )
        })
        .collect();

    let missing: Vec<&String> = expected
        .iter()
        .filter(|row| !actual.contains(row))
        .collect();
    let unexpected: Vec<&String> = actual
        .iter()
        .filter(|row| !expected.contains(row))
        .collect();
    assert!(
        missing.is_empty() && unexpected.is_empty(),
        "expected but not parsed:\n{}\nparsed but not expected:\n{}",
        missing
            .iter()
            .map(|row| format!("  {row}"))
            .collect::<Vec<_>>()
            .join("\n"),
        unexpected
            .iter()
            .map(|row| format!("  {row}"))
            .collect::<Vec<_>>()
            .join("\n"),
    );
    assert_eq!(actual, expected, "same entries, different order");
    assert_eq!(parsed.entries.len(), 110);
}

#[test]
fn bodies_split_by_a_stray_blank_line_stay_whole() {
    let seed = repo_file("seeds/000_1d7a1aefbff0b690.md");
    let parsed = parse(&seed, &Vocabulary::default());
    let body_of = |reviewer: &str| {
        let entry = parsed
            .entries
            .iter()
            .find(|e| e.header.reviewer.as_ref().unwrap().name == reviewer)
            .unwrap();
        entry.body.slice(&seed)
    };
    assert!(
        body_of("전창범")
            .ends_with("좀 더 간단하게 문제 해결이 가능하게 된다는 점 등을 알게 되었습니다.")
    );
    assert!(body_of("주재석").ends_with(
        "Reconstruction 을 비지도학습의 방법으로도 잘 수행할 수 있다는 점을 알게 되었습니다."
    ));
    // The paragraph that holds a mid-line header ends before the name.
    assert!(body_of("서승현").ends_with("활용한 점이 있음)."));
    assert!(body_of("송우혁").starts_with("• semi supervised classification"));
}
