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
