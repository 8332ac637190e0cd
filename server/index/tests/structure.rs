//! The outline, folds and selection ranges of one file, as plain byte
//! ranges over small fixtures (Hangul, emoji, CRLF), with a `$0` cursor for
//! selection.

use expect_test::{Expect, expect};
use review_index::structure::{OutlineItem, folds, outline, selection};
use review_syntax::{TextRange, Vocabulary, parse};

fn show(text: &str, range: TextRange) -> String {
    format!("{}..{} {:?}", range.start, range.end, range.slice(text))
}

fn render(text: &str, items: &[OutlineItem], depth: usize, out: &mut String) {
    for item in items {
        out.push_str(&format!(
            "{}{} [{}] selection {} range {}..{}\n",
            "  ".repeat(depth),
            item.name,
            item.detail.as_deref().unwrap_or("-"),
            show(text, item.selection),
            item.range.start,
            item.range.end,
        ));
        render(text, &item.children, depth + 1, out);
    }
}

fn check_outline(text: &str, expect: Expect) {
    let parsed = parse(text, &Vocabulary::default());
    let mut out = String::new();
    render(text, &outline(text, &parsed), 0, &mut out);
    expect.assert_eq(&out);
}

fn check_selection(fixture: &str, expect: Expect) {
    let offset = fixture.find("$0").expect("a $0 cursor");
    let text = fixture.replacen("$0", "", 1);
    let parsed = parse(&text, &Vocabulary::default());
    let ranges: Vec<String> = selection(&parsed, offset)
        .into_iter()
        .map(|range| show(&text, range))
        .collect();
    expect.assert_eq(&ranges.join("\n"));
}

const TWO_REVIEWS: &str = "홍길동: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이.\r\n- Method: self-attention.\r\n\r\n김철수: Deep Residual Learning for Image Recognition\r\n\r\n- 실험: ImageNet.\r\n";

#[test]
fn the_outline_is_each_review_with_its_sections() {
    check_outline(
        TWO_REVIEWS,
        expect![[r#"
            Attention Is All You Need 🚀 [홍길동] selection 0..41 "홍길동: Attention Is All You Need 🚀" range 0..96
              목적 [purpose] selection 47..53 "목적" range 47..69
              Method [method] selection 73..79 "Method" range 73..96
            Deep Residual Learning for Image Recognition [김철수] selection 100..155 "김철수: Deep Residual Learning for Image Recognition" range 100..178
              실험 [experiment] selection 161..167 "실험" range 161..178
        "#]],
    );
}

#[test]
fn folds_are_each_review_and_section() {
    let parsed = parse(TWO_REVIEWS, &Vocabulary::default());
    let folds: Vec<String> = folds(&parsed)
        .into_iter()
        .map(|range| format!("{}..{}", range.start, range.end))
        .collect();
    assert_eq!(folds, ["0..96", "47..69", "73..96", "100..178", "161..178"]);
}

#[test]
fn selection_grows_from_the_title_or_a_section_to_the_review() {
    check_selection(
        "홍길동: Attention Is $0All You Need 🚀\r\n\r\n- 목적: 순환 없이.\r\n",
        expect![[r#"
            11..41 "Attention Is All You Need 🚀"
            0..41 "홍길동: Attention Is All You Need 🚀"
            0..69 "홍길동: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이.""#]],
    );
    check_selection(
        "홍길동: Attention Is All You Need\n\n- 목적: 순환 $0없이.\n",
        expect![[r#"
            48..62 "순환 없이."
            40..62 "목적: 순환 없이."
            0..62 "홍길동: Attention Is All You Need\n\n- 목적: 순환 없이.""#]],
    );
    check_selection("# 주간 노트\n\n$0\n", expect![[r#"17..17 """#]]);
}
