//! Fixture tests for every shape DESIGN.md §1 lists, one `check` each: the
//! fixture text in, a compact rendering of the entries out.

use expect_test::{Expect, expect};
use review_syntax::{ColumnUnit, HeaderOrigin, LineIndex, Placement, Vocabulary, parse};

fn render(text: &str, vocabulary: &Vocabulary) -> String {
    let index = LineIndex::new(text);
    let at = |offset| {
        let position = index.line_col(text, offset, ColumnUnit::Char);
        format!("{}:{}", position.line + 1, position.col + 1)
    };
    let mut out = String::new();
    for entry in parse(text, vocabulary).entries {
        let header = &entry.header;
        let origin = match header.origin {
            HeaderOrigin::Line => "line".to_owned(),
            HeaderOrigin::Heading { level } => format!("h{level}"),
            HeaderOrigin::MidLine { paragraph_end } => {
                format!("mid-line after {}", at(paragraph_end))
            }
            HeaderOrigin::FrontMatter => "front-matter".to_owned(),
            HeaderOrigin::Field => "field".to_owned(),
            HeaderOrigin::Path => "path".to_owned(),
        };
        let reviewer = header.reviewer.as_ref().map_or("-".to_owned(), |r| {
            format!("{} @{}", r.name, at(r.range.start))
        });
        let title = header.title.as_ref().map_or("-".to_owned(), |t| {
            format!("{:?} key={:?}", t.text, t.key.as_str())
        });
        out.push_str(&format!(
            "{origin} {reviewer} | {title} | header {}-{}\n",
            at(header.range.start),
            at(header.range.end)
        ));
        for section in &entry.sections {
            let placement = match &section.placement {
                Placement::LineStart { prefix, bold } => {
                    format!(
                        "line-start {:?}{}",
                        prefix.slice(text),
                        if *bold { " bold" } else { "" }
                    )
                }
                Placement::Inline => "inline".to_owned(),
                Placement::Heading { level } => format!("h{level}"),
            };
            out.push_str(&format!(
                "  {} {:?} {placement} @{} = {:?}\n",
                section.kind,
                section.label.slice(text),
                at(section.label.start),
                section.content.slice(text)
            ));
        }
    }
    out
}

fn check(text: &str, expect: Expect) {
    expect.assert_eq(&render(text, &Vocabulary::default()));
}

#[test]
fn canonical_form() {
    check(
        "## 홍길동: Attention Is All You Need\n\n- 목적: 번역.\n- Method: self-attention\n- 실험: WMT\n",
        expect![[r#"
            h2 홍길동 @1:4 | "Attention Is All You Need" key="attention is all you need" | header 1:4-1:34
              purpose "목적" line-start "- " @3:3 = "번역."
              method "Method" line-start "- " @4:3 = "self-attention"
              experiment "실험" line-start "- " @5:3 = "WMT"
        "#]],
    );
}

#[test]
fn inline_sections_in_one_paragraph_and_prose_that_only_looks_like_a_label() {
    check(
        "김정헌: Long-short Distance\n\n• 목적: task. Method: PU 학습 (Method 적 특이사항). 실험: F1. novelty: 새로움\n",
        expect![[r#"
            line 김정헌 @1:1 | "Long-short Distance" key="long short distance" | header 1:1-1:25
              purpose "목적" line-start "• " @3:3 = "task."
              method "Method" inline @3:13 = "PU 학습 (Method 적 특이사항)."
              experiment "실험" inline @3:44 = "F1."
              novelty "novelty" inline @3:52 = "새로움"
        "#]],
    );
}

#[test]
fn an_entry_that_starts_mid_paragraph() {
    check(
        "서승현, Human Pose\n\n 소개 (Method 적). 송우혁, SimPLE: Similar Pseudo Label\n\n• 제안했습니다.\n",
        expect![[r#"
            line 서승현 @1:1 | "Human Pose" key="human pose" | header 1:1-1:16
            mid-line after 3:16 송우혁 @3:17 | "SimPLE: Similar Pseudo Label" key="simple similar pseudo label" | header 3:17-3:50
        "#]],
    );
}

#[test]
fn bold_labels_numbered_lists_and_full_width_colons() {
    check(
        "이동진: Co-Mixup\n1. **Purpose**: mix.\n2. **Method:** batch\n* Results：good\n",
        expect![[r#"
            line 이동진 @1:1 | "Co-Mixup" key="co mixup" | header 1:1-1:14
              purpose "Purpose" line-start "1. " bold @2:6 = "mix."
              method "Method" line-start "2. " bold @3:6 = "batch"
              experiment "Results" line-start "* " @4:3 = "good"
        "#]],
    );
}

#[test]
fn front_matter_review_with_heading_sections() {
    check(
        "---\ntitle: \"Decision Transformer: Reinforcement Learning via Sequence Modeling\"\nreviewer: 오우석\n---\n\n# Decision Transformer\n\n## 목적\n\noffline RL.\n\n## Method\n\nGPT.\n\n## 실험 결과\n\nAtari.\n",
        expect![[r#"
            front-matter 오우석 @3:11 | "Decision Transformer: Reinforcement Learning via Sequence Modeling" key="decision transformer reinforcement learning via sequence modeling" | header 2:9-2:75
              purpose "목적" h2 @8:4 = "offline RL."
              method "Method" h2 @12:4 = "GPT."
              experiment "실험 결과" h2 @16:4 = "Atari."
        "#]],
    );
}

#[test]
fn single_title_heading_review_without_a_reviewer() {
    check(
        "# Attention Is All You Need (NeurIPS 2017)\n\n## Purpose\nRNN 없이.\n\n## Methods\n\n## Notes\nnot part of it\n",
        expect![[r#"
            h1 - | "Attention Is All You Need" key="attention is all you need" | header 1:3-1:28
              purpose "Purpose" h2 @3:4 = "RNN 없이."
              method "Methods" h2 @6:4 = ""
        "#]],
    );
}

#[test]
fn chapter_headings_code_blocks_and_plain_markdown_are_not_reviews() {
    check(
        "# Week 3\n\n```\n홍길동: Not A Review\n- 목적: x\n```\n\n최진혁: LiTAMIN2\n\n- 목적: SLAM\n\n# Appendix\n\n따라서, 이 방법은 좋다.\n",
        expect![[r#"
            line 최진혁 @8:1 | "LiTAMIN2" key="litamin2" | header 8:1-8:14
              purpose "목적" line-start "- " @10:3 = "SLAM"
        "#]],
    );
}

#[test]
fn crlf_hangul_and_emoji_keep_exact_positions() {
    check(
        "정만수 :SeFa 😀 GANs,\r\n\r\n- 목적: 😀 latent\r\n- 실험:\r\n",
        expect![[r#"
            line 정만수 @1:1 | "SeFa 😀 GANs" key="sefa gans" | header 1:1-1:17
              purpose "목적" line-start "- " @3:3 = "😀 latent"
              experiment "실험" line-start "- " @4:3 = ""
        "#]],
    );
}

#[test]
fn half_typed_entries() {
    check(
        "홍길동:\n\n- 목적: x\n\n김철수, \n",
        expect![[r#"
            line 홍길동 @1:1 | - | header 1:1-1:5
              purpose "목적" line-start "- " @3:3 = "x"
            line 김철수 @5:1 | - | header 5:1-5:5
        "#]],
    );
}

#[test]
fn configured_aliases_become_labels() {
    let mut vocabulary = Vocabulary::default();
    vocabulary.add_alias(review_syntax::SectionKind::Purpose, "배경");
    let rendered = render("홍길동: Paper Title\n- 배경: 왜\n", &vocabulary);
    expect![[r#"
        line 홍길동 @1:1 | "Paper Title" key="paper title" | header 1:1-1:17
          purpose "배경" line-start "- " @2:3 = "왜"
    "#]]
    .assert_eq(&rendered);
}

/// A shared file that sets each reviewer's name in bold (`**Carol Lee**:
/// Title`, `**김민수:** Title`) starts a review there, so the review before
/// it ends there; a bold label over a part (`**Robust Point Sampling** :
/// </br>`) starts none.
#[test]
fn reviewers_named_in_bold() {
    check(
        "## Bob Smith: BERT: Pre-training of Deep Bidirectional Transformers\r\n- Purpose: bidirectional pre-training 🤖\r\n- Method: masked LM\r\n\r\n**Carol Lee**: Deep Residual Learning for Image Recognition\r\n- Purpose: deeper nets\r\n- Results: ImageNet top-5 3.57%\r\n\r\n**김민수:** Denoising Diffusion Probabilistic Models\r\n- 목적: 생성 🎨\r\n- 실험: CIFAR-10\r\n\r\n**Robust Point Sampling** : </br>\r\n- 실험: 하나 더.\r\n",
        expect![[r#"
            h2 Bob Smith @1:4 | "BERT: Pre-training of Deep Bidirectional Transformers" key="bert pre training of deep bidirectional transformers" | header 1:4-1:68
              purpose "Purpose" line-start "- " @2:3 = "bidirectional pre-training 🤖"
              method "Method" line-start "- " @3:3 = "masked LM"
            line Carol Lee @5:3 | "Deep Residual Learning for Image Recognition" key="deep residual learning for image recognition" | header 5:3-5:60
              purpose "Purpose" line-start "- " @6:3 = "deeper nets"
              experiment "Results" line-start "- " @7:3 = "ImageNet top-5 3.57%"
            line 김민수 @9:3 | "Denoising Diffusion Probabilistic Models" key="denoising diffusion probabilistic models" | header 9:3-9:50
              purpose "목적" line-start "- " @10:3 = "생성 🎨"
              experiment "실험" line-start "- " @11:3 = "CIFAR-10\r\n\r\n**Robust Point Sampling** : </br>"
              experiment "실험" line-start "- " @14:3 = "하나 더."
        "#]],
    );
}
