//! Parses the seed N times (default 200): a target for profilers
//! (`valgrind --tool=callgrind`, `perf`).

use review_syntax::{Vocabulary, parse};

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds/000_1d7a1aefbff0b690.md");
    let text = std::fs::read_to_string(path).expect("the seed");
    let rounds: usize = std::env::args()
        .nth(1)
        .and_then(|n| n.parse().ok())
        .unwrap_or(200);
    let vocabulary = Vocabulary::default();
    let mut entries = 0;
    for _ in 0..rounds {
        entries += parse(std::hint::black_box(&text), &vocabulary)
            .entries
            .len();
    }
    assert_eq!(entries, 110 * rounds);
}
