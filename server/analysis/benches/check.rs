//! Parsing and checking throughput on real notes: the seed (95 KB) and a
//! 1 MB file made of eleven copies of it. `cargo bench -p review-analysis`;
//! figures in BENCHMARKS.md.

use std::path::PathBuf;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use review_analysis::{Config, ReviewIndex, check_file};
use review_syntax::parse;

fn main() {
    divan::main();
}

fn seed() -> String {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/000_1d7a1aefbff0b690.md");
    std::fs::read_to_string(path).expect("the seed")
}

/// `copies` of the seed, one after another, as one file.
fn corpus(copies: usize) -> String {
    let seed = seed();
    let mut text = String::with_capacity(seed.len() * copies + copies * 2);
    for _ in 0..copies {
        text.push_str(&seed);
        text.push_str("\n\n");
    }
    text
}

#[divan::bench(args = [1, 11])]
fn parse_only(bencher: Bencher, copies: usize) {
    let text = corpus(copies);
    let config = Config::default();
    bencher
        .counter(BytesCount::of_str(&text))
        .bench(|| parse(black_box(&text), &config.vocabulary));
}

#[divan::bench(args = [1, 11])]
fn parse_and_check(bencher: Bencher, copies: usize) {
    let text = corpus(copies);
    let config = Config::default();
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let parsed = parse(black_box(&text), &config.vocabulary);
        let mut reviews = ReviewIndex::new();
        reviews.insert_file("notes.md", &text, &parsed);
        check_file("notes.md", &text, &parsed, &config, &reviews)
    });
}

/// The 497 one-paper-per-file notes of `tests/data/notes` (7.6 MB, Korean
/// and English), with their paths: what a lab's notes folder costs to
/// parse, and the largest note alone — what a keystroke in it costs.
fn notes() -> Vec<(String, String)> {
    fn walk(folder: &std::path::Path, root: &std::path::Path, out: &mut Vec<(String, String)>) {
        let mut entries: Vec<_> = std::fs::read_dir(folder)
            .expect("the notes corpora")
            .map(|entry| entry.expect("a folder entry").path())
            .collect();
        entries.sort();
        for path in entries {
            if path.is_dir() {
                walk(&path, root, out);
            } else if path.extension().is_some_and(|e| e == "md") {
                let relative = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.push((
                    relative,
                    std::fs::read_to_string(&path).expect("UTF-8 notes"),
                ));
            }
        }
    }
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/notes");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

#[divan::bench]
fn parse_single_notes_corpora(bencher: Bencher) {
    let notes = notes();
    let config = Config::default();
    let sites: Vec<review_analysis::FileSite> = notes
        .iter()
        .map(|(path, _)| review_analysis::FileSite::new(path.as_str(), false))
        .collect();
    let bytes: usize = notes.iter().map(|(_, text)| text.len()).sum();
    bencher.counter(BytesCount::new(bytes)).bench(|| {
        notes
            .iter()
            .zip(&sites)
            .map(|((_, text), site)| config.parse(black_box(text), Some(site)).entries.len())
            .sum::<usize>()
    });
}

#[divan::bench]
fn parse_and_check_largest_single_note(bencher: Bencher) {
    let (path, text) = notes()
        .into_iter()
        .max_by_key(|(_, text)| text.len())
        .expect("a note");
    let config = Config::default();
    let site = review_analysis::FileSite::new(path.as_str(), false);
    bencher.counter(BytesCount::of_str(&text)).bench(|| {
        let parsed = config.parse(black_box(&text), Some(&site));
        let mut reviews = ReviewIndex::new();
        reviews.insert_file(&path, &text, &parsed);
        check_file(&path, &text, &parsed, &config, &reviews)
    });
}
