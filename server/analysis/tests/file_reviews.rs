//! What a scan caches of each file: its reviews, encoded and read back.

use review_analysis::{Config, FileReviews};

fn seed() -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../seeds/000_1d7a1aefbff0b690.md");
    std::fs::read_to_string(path).unwrap()
}

/// The seed's reviews and a note in Hangul, emoji and CRLF read back
/// exactly, one after the other from one buffer.
#[test]
fn reviews_read_back_exactly_as_encoded() {
    let config = Config::default();
    let seed = seed();
    let note =
        "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이 번역 😀\r\n- 실험: WMT\r\n";
    let seed_reviews = FileReviews::read(&seed, &config.parse(&seed, None));
    let note_reviews = FileReviews::read(note, &config.parse(note, None));
    assert_ne!(seed_reviews, FileReviews::default());
    let mut bytes = Vec::new();
    seed_reviews.encode(&mut bytes);
    note_reviews.encode(&mut bytes);
    FileReviews::default().encode(&mut bytes);
    let mut input = bytes.as_slice();
    assert_eq!(FileReviews::decode(&mut input), Some(seed_reviews));
    assert_eq!(FileReviews::decode(&mut input), Some(note_reviews));
    assert_eq!(
        FileReviews::decode(&mut input),
        Some(FileReviews::default())
    );
    assert!(input.is_empty());
}

/// A cache cut short anywhere, or with a length that points past its end,
/// reads as nothing rather than as wrong reviews or a panic.
#[test]
fn a_damaged_encoding_reads_as_none() {
    let config = Config::default();
    let note = "김민수: Attention Is All You Need 🚀\n\n- 목적: 번역\n\n이서연: Deep Residual Learning\n\n- 실험: ImageNet\n";
    let reviews = FileReviews::read(note, &config.parse(note, None));
    let mut bytes = Vec::new();
    reviews.encode(&mut bytes);
    for cut in 0..bytes.len() {
        assert_eq!(
            FileReviews::decode(&mut &bytes[..cut]),
            None,
            "cut at {cut}"
        );
    }
    let mut huge = bytes.clone();
    huge[..8].copy_from_slice(&u64::MAX.to_le_bytes());
    assert_eq!(FileReviews::decode(&mut huge.as_slice()), None);
}
