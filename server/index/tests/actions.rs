//! The fixes offered at a cursor, as plain data over small fixtures
//! (Hangul, emoji, CRLF) with a `$0` cursor: what each fix is called,
//! which findings it answers, and the text after applying it.

use expect_test::{Expect, expect};
use review_analysis::{Config, ReviewIndex, check_file};
use review_index::actions::code_fixes;
use review_syntax::TextRange;

fn check(fixture: &str, expect: Expect) {
    let cursor = fixture.find("$0").expect("a $0 cursor");
    let text = fixture.replacen("$0", "", 1);
    let config = Config::default();
    let parsed = config.parse(&text, None);
    let mut reviews = ReviewIndex::new();
    reviews.insert_file("notes.md", &text, &parsed);
    let findings = check_file("notes.md", &text, &parsed, &config, &reviews);
    let fixes = code_fixes(
        &text,
        &parsed,
        &config.required_sections,
        &findings,
        TextRange::new(cursor, cursor),
    );
    let mut out = String::new();
    for fix in fixes {
        let mut fixed = text.clone();
        let mut edits = fix.fix.edits.clone();
        edits.sort_by_key(|edit| std::cmp::Reverse(edit.range.start));
        for edit in edits {
            fixed.replace_range(edit.range.start..edit.range.end, &edit.new_text);
        }
        let answers: Vec<String> = fix
            .findings
            .iter()
            .map(|finding| {
                format!(
                    "{} {}..{}",
                    finding.rule.meta().name,
                    finding.range.start,
                    finding.range.end
                )
            })
            .collect();
        out.push_str(&format!(
            "{}{} [{}]\n{fixed:?}\n",
            fix.fix.title,
            if fix.preferred { " (preferred)" } else { "" },
            answers.join(", "),
        ));
    }
    expect.assert_eq(&out);
}

#[test]
fn a_review_missing_two_sections_gets_each_fix_and_one_for_both() {
    check(
        "김민$0수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이 번역.\r\n",
        expect![[r#"
            Add the `Method:` section (preferred) [missing-section 0..41]
            "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이 번역.\r\n- Method: ...\r\n"
            Add the `실험:` section (preferred) [missing-section 0..41]
            "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이 번역.\r\n- 실험: ...\r\n"
            Add the missing sections (Method, 실험) [missing-section 0..41, missing-section 0..41]
            "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 없이 번역.\r\n- Method: ...\r\n- 실험: ...\r\n"
        "#]],
    );
}

#[test]
fn a_cursor_away_from_the_header_gets_no_section_fix() {
    check(
        "김민수: Attention Is All You Need 🚀\r\n\r\n- 목적: 순환 $0없이 번역.\r\n",
        expect![[r#""#]],
    );
}

#[test]
fn a_review_missing_one_section_gets_its_own_fix_only() {
    check(
        "Jane Doe: Deep Residual Learning$0\n\n- Purpose: depth.\n- Method: shortcuts 😀.\n",
        expect![[r#"
            Add the `Experiments:` section (preferred) [missing-section 0..32]
            "Jane Doe: Deep Residual Learning\n\n- Purpose: depth.\n- Method: shortcuts 😀.\n- Experiments: ...\n"
        "#]],
    );
}
