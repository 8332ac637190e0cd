//! Fixture tests for one-paper-per-file notes (DESIGN.md §1b), one `check`
//! each, in Korean and in English, with exact positions (line:column in
//! characters) under Hangul, emoji and CRLF — and the traps: author lists,
//! metadata lines, headings inside code fences, numbered template headings
//! before the real title, a title only in the folder's name, files that are
//! not reviews.

use expect_test::{Expect, expect};
use review_syntax::{
    ColumnUnit, LayoutChoice, LineIndex, NotePath, ParseOptions, Placement, Vocabulary, parse_with,
};

fn render(path: &str, text: &str, layout: LayoutChoice) -> String {
    render_note(path, false, text, layout)
}

/// `only_note`: the file is the only note of its folder.
fn render_note(path: &str, only_note: bool, text: &str, layout: LayoutChoice) -> String {
    let vocabulary = Vocabulary::default();
    let options = ParseOptions {
        vocabulary: &vocabulary,
        layout,
        path: Some(NotePath::from_path(path, only_note)),
    };
    let parsed = parse_with(text, &options);
    let index = LineIndex::new(text);
    let at = |offset| {
        let position = index.line_col(text, offset, ColumnUnit::Char);
        format!("{}:{}", position.line + 1, position.col + 1)
    };
    let Some(layout) = parsed.layout else {
        return "not a review\n".to_owned();
    };
    let mut out = String::new();
    for entry in &parsed.entries {
        let header = &entry.header;
        let title = header.title.as_ref().map_or("-".to_owned(), |t| {
            let venue = t
                .venue
                .as_deref()
                .map_or(String::new(), |v| format!(" venue={v:?}"));
            let year = t.year.map_or(String::new(), |y| format!(" year={y}"));
            format!("{:?}{venue}{year}", t.text)
        });
        let reviewer = header
            .reviewer
            .as_ref()
            .map_or("-".to_owned(), |r| r.name.clone());
        out.push_str(&format!(
            "{} {} {title} by {reviewer} | header {}-{}\n",
            layout.name(),
            header.title_source.name(),
            at(header.range.start),
            at(header.range.end)
        ));
        for section in &entry.sections {
            let placement = match &section.placement {
                Placement::LineStart { bold, .. } => {
                    if *bold { "bold" } else { "line-start" }.to_owned()
                }
                Placement::Inline => "inline".to_owned(),
                Placement::Heading { level } => format!("h{level}"),
            };
            out.push_str(&format!(
                "  {} {:?} {placement}{} @{}\n",
                section.kind,
                section.label.slice(text),
                if section.inferred { " inferred" } else { "" },
                at(section.label.start),
            ));
        }
    }
    out
}

fn check(path: &str, text: &str, expect: Expect) {
    expect.assert_eq(&render(path, text, LayoutChoice::Auto));
}

#[test]
fn an_english_template_with_an_author_list_metadata_and_a_code_fence() {
    check(
        "notes/faiss.md",
        "# Billion-scale similarity search with GPUs (2017)\n\nJeff Johnson, Matthijs Douze, Hervé Jégou\n\n- Venue: IEEE Transactions on Big Data\n- Link: https://arxiv.org/abs/1702.08734\n\n## TL;DR\nk-selection on GPUs.\n\n## Problem\nBrute force is slow.\n\n```python\n# Method: not a heading\nindex = faiss.IndexFlatL2(d)\n```\n\n## Approach 🚀\nWarpSelect.\n\n## Results\n8.5x faster.\n",
        expect![[r#"
            single heading "Billion-scale similarity search with GPUs" year=2017 by - | header 1:3-1:44
              summary "TL;DR" h2 @8:4
              purpose "Problem" h2 @11:4
              method "Approach 🚀" h2 @19:4
              experiment "Results" h2 @22:4
        "#]],
    );
}

#[test]
fn a_korean_note_with_tags_emoji_crlf_and_list_labels() {
    check(
        "논문/swin.md",
        "# [논문][2021][ICCV] 🔥 Swin Transformer: Hierarchical Vision Transformer\r\n\r\n발표: ICCV 2021\r\n저자: Ze Liu, Yutong Lin\r\n\r\n## ⚡ 요약 (Summary)\r\n- **Problem**: ViT는 고해상도에서 느리다.\r\n- **Idea**: shifted window.\r\n- **Result**: ImageNet 87.3%.\r\n",
        expect![[r#"
            single heading "Swin Transformer: Hierarchical Vision Transformer" venue="ICCV" year=2021 by - | header 1:22-1:71
              summary "⚡ 요약 (Summary)" h2 @6:4
              purpose "Problem" bold @7:5
              method "Idea" bold @8:5
              experiment "Result" bold @9:5
        "#]],
    );
}

#[test]
fn numbered_template_headings_before_the_title_field() {
    check(
        "reviews/week3.md",
        "# 1. 배경 (Background)\n\n* **Title**: [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n* 작성자: 홍길동\n\n깊은 망은 학습이 어렵다.\n\n# 2. 제안 기법\n잔차 연결.\n\n# 3. 실험 결과\nImageNet 1위.\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by 홍길동 | header 3:15-3:59
              purpose "1. 배경 (Background)" h1 @1:3
              method "2. 제안 기법" h1 @8:3
              experiment "3. 실험 결과" h1 @11:3
        "#]],
    );
}

#[test]
fn a_title_only_in_the_folders_name_and_a_method_named_after_itself() {
    expect![[r#"
        single folder "Latent Diffusion: High-Resolution Image Synthesis" by - | header 1:1-1:16
          purpose "1. Introduction" h2 @4:4
          method "3. Latent Diffusion Models" h2 inferred @10:4
          experiment "4. Experiments" h2 @13:4
    "#]]
    .assert_eq(&render(
        "papers/07. Latent Diffusionː High-Resolution Image Synthesis/README.md",
        "## 📌 Metadata 📄\n- Authors: Robin Rombach, Andreas Blattmann\n\n## 1. Introduction\nPixel space is costly.\n\n## 2. Related Work\nGANs, VAEs.\n\n## 3. Latent Diffusion Models\nAn autoencoder, then diffusion.\n\n## 4. Experiments\nFID 3.6.\n",
        LayoutChoice::Auto,
    ));
}

#[test]
fn a_numbered_note_without_experiments_names_its_method_after_itself() {
    check(
        "paper-review/lcm-lora.md",
        "- **Title:** LCM-LoRA: A Universal Stable-Diffusion Acceleration Module\n\n## 1. Introduction\n빠른 샘플링.\n\n## 2. Related Work\nLCM.\n\n## 3. LCM-LoRA\nLoRA 로 distillation.\n\n## 4. Conclusion\n끝.\n",
        expect![[r#"
            single field "LCM-LoRA: A Universal Stable-Diffusion Acceleration Module" by - | header 1:14-1:72
              purpose "1. Introduction" h2 @3:4
              method "3. LCM-LoRA" h2 inferred @9:4
        "#]],
    );
}

/// Without numbering or an experiments heading, a note that goes from its
/// introduction into content-named sections (`## Formal specification`,
/// `## 2.2 Micro-Conditioning`) has its method in the first of them; a note
/// whose only other headings are known other parts has none.
#[test]
fn an_unnumbered_note_without_experiments_names_its_method_after_itself() {
    check(
        "paper-review/sdxl.md",
        "# SDXL 🚀\r\n\r\n## Introduction\r\n고해상도 합성.\r\n\r\n## Related Work\r\nLDM.\r\n\r\n## 2.2 Micro-Conditioning\r\n크기 조건.\r\n",
        expect![[r#"
            single heading "SDXL" by - | header 1:3-1:7
              purpose "Introduction" h2 @3:4
              method "2.2 Micro-Conditioning" h2 inferred @9:4
        "#]],
    );
    check(
        "paper-review/sdxl.md",
        "# SDXL 🚀\r\n\r\n## Introduction\r\n고해상도 합성.\r\n\r\n## Related Work\r\nLDM.\r\n\r\n## Conclusion\r\n끝.\r\n",
        expect![[r#"
            single heading "SDXL" by - | header 1:3-1:7
              purpose "Introduction" h2 @3:4
        "#]],
    );
}

#[test]
fn notes_that_are_not_reviews() {
    // A reading list: several papers with their years.
    check(
        "paper-notes/to-read.md",
        "# To Read\n\n## Attention is not Explanation (2019)\n\nSarthak Jain, Byron C. Wallace\n\n## Reformer: The Efficient Transformer (2020)\n\nNikita Kitaev, Łukasz Kaiser\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A template: placeholders, in a file named for it.
    check(
        "paper-review/template-paper-review.md",
        "# Title \\[Language\\]\n\n## 1. Problem definition\n\n## 2. Motivation\n\n## 3. Method\n\n## 4. Experiment & Result\n",
        expect![[r#"
            not a review
        "#]],
    );
    // An empty stub: a title and metadata, nothing written yet.
    check(
        "papers/AWQ/paper.md",
        "# AWQ: Activation-aware Weight Quantization\n\n- **Authors**: Ji Lin, Jiaming Tang\n- **Venue**: MLSys 2024\n- [paper](https://arxiv.org/abs/2306.00978)\n\n## Abstract\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A team's landing page: a publication with its PDF, and a list of the
    // blog's topics whose last entry is `Experiments` — a list entry, not
    // a label (nothing follows it).
    check(
        "book/intro.md",
        "# Welcome to our reading group!\n\n## Publications\n**DiffInject** [PDF](https://openreview.net/pdf?id=1)\n\n## Topics\n- Image Generation\n- Video Generation\n- Experiments\n\n## Contributors\n- 홍길동\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A study note with a `# comment` in a fenced block.
    check(
        "study/stack.md",
        "# 스택\n\n스택은 LIFO 구조이다.\n\n```python\n# 홍길동: 주석\nstack = []\n```\n\n## 정리\n- push, pop\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_report_on_ones_own_experiments_is_not_a_review() {
    // The shape of a review (a Title field, an introduction, results), in a
    // folder of the writer's own experiments.
    let report = "``` {admonition} Information\n- **Title:** Synthetic Data with Stable Diffusion for Leaf Disease 🌿\n- **Author:** 김지수\n```\r\n\r\n# Synthetic Data with Stable Diffusion for Leaf Disease 🌿\r\n\r\n## 1. 개요\r\nKaggle 대회에서 아이디어를 얻어서 진행한 프로젝트입니다.\r\n\r\n## 2. Baseline 구축\r\nResNet18.\r\n\r\n## 3. 실험 결과\r\n정확도 97.7%.\r\n";
    check(
        "/home/kim/pseudodiffusers/docs/experiments/js_exp.md",
        report,
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "/home/kim/과제/report.md",
        report,
        expect![[r#"
            not a review
        "#]],
    );
    // Only the file's own folder counts: notes kept under `~/projects/`
    // are still notes, and so is a folder of notes on papers' experiments.
    let read_as_a_review = expect![[r#"
        single field "Synthetic Data with Stable Diffusion for Leaf Disease" by 김지수 | header 2:14-2:67
          summary "1. 개요" h2 @8:4
          method "2. Baseline 구축" h2 inferred @11:4
          experiment "3. 실험 결과" h2 @14:4
    "#]];
    let in_projects = render(
        "/home/kim/projects/diffusion/js_exp.md",
        report,
        LayoutChoice::Auto,
    );
    read_as_a_review.assert_eq(&in_projects);
    assert_eq!(
        render(
            "/home/kim/paper-experiments/js_exp.md",
            report,
            LayoutChoice::Auto
        ),
        in_projects
    );
}

#[test]
fn content_headings_that_name_their_kind_by_a_word_in_them() {
    // `History` is background; a heading in or ending in `Algorithm` is
    // the method; `Evaluation` anywhere, `Empirical …` and `… on MNIST`
    // report experiments.
    check(
        "paper-notes/kwik.md",
        "# [Knows What It Knows](http://example.org/kwik.pdf)\n\n## History\nPAC bounds.\n\n## Distributed lock algorithm\nRequests.\n\n## Automating Evaluation of Forecasts\nSHF.\n",
        expect![[r#"
            single heading "Knows What It Knows" by - | header 1:4-1:23
              purpose "History" h2 @3:4
              method "Distributed lock algorithm" h2 @6:4
              experiment "Automating Evaluation of Forecasts" h2 @9:4
        "#]],
    );
    check(
        "paper-notes/capsules.md",
        "# [Dynamic Routing Between Capsules](https://arxiv.org/pdf/1710.09829v2.pdf)\r\n\r\n## Introduction 🧠\r\nCNNs lose pose.\r\n\r\n## Algorithm Definition\r\nRouting by agreement.\r\n\r\n## Capsules on MNIST\r\n0.25% error.\r\n\r\n## Empirical Demonstration of the Filtering Effect\r\n기각.\r\n",
        expect![[r#"
            single heading "Dynamic Routing Between Capsules" by - | header 1:4-1:36
              purpose "Introduction 🧠" h2 @3:4
              method "Algorithm Definition" h2 @6:4
              experiment "Capsules on MNIST" h2 @9:4
              experiment "Empirical Demonstration of the Filtering Effect" h2 @12:4
        "#]],
    );
    // A note that mirrors its paper's numbered sections opens with its
    // introduction, whatever the note calls it.
    check(
        "논문/octree-gs/paper.md",
        "# Octree-GS: Towards Consistent Real-time Rendering\r\n\r\n## 📌 Metadata\r\n- 저자: Kerui Ren\r\n\r\n## 1. Instruction\r\n3DGS는 느리다.\r\n\r\n## 2. Related Work\r\nNeRF.\r\n\r\n## 3. Methods\r\n옥트리.\r\n",
        expect![[r#"
            single heading "Octree-GS: Towards Consistent Real-time Rendering" by - | header 1:3-1:52
              purpose "1. Instruction" h2 inferred @6:4
              method "3. Methods" h2 @12:4
        "#]],
    );
    // A heading that only mentions a benchmark in passing is not one.
    check(
        "paper-notes/vit.md",
        "# An Image is Worth 16x16 Words\n\n## Introduction\nCNNs.\n\n## Method\nPatches.\n\n## Results\nGood.\n\n## ImageNet pre-training costs\nA lot.\n",
        expect![[r#"
            single heading "An Image is Worth 16x16 Words" by - | header 1:3-1:32
              purpose "Introduction" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

#[test]
fn a_label_alone_on_its_item_labels_what_follows_it() {
    check(
        "paper-notes/dqn.md",
        "# Playing Atari with Deep Reinforcement Learning\n\n# Summary\n* What\n  * Q-learning from pixels.\n* How\n  * A CNN and experience replay.\n* Results\n  * Seven Atari games.\n",
        expect![[r#"
            single heading "Playing Atari with Deep Reinforcement Learning" by - | header 1:3-1:49
              summary "Summary" h1 @3:3
              purpose "What" line-start @4:3
              method "How" line-start @6:3
              experiment "Results" line-start @8:3
        "#]],
    );
}

#[test]
fn a_forced_single_layout_reads_any_file_as_one_review() {
    expect![[r#"
        single file-name "attention is all you need" by - | header 1:1-1:12
    "#]]
    .assert_eq(&render(
        "notes/attention-is-all-you-need.md",
        "Some words.\n",
        LayoutChoice::Single,
    ));
}

/// `## 3. Method` followed by `## 3.1 …` at the same level: the numbering
/// says 3.1 is part of the method, so the method section is not empty; it
/// ends at `## 4. Experiments`.
#[test]
fn numbered_subsections_at_the_same_level_belong_to_their_section() {
    let text = "# Coin3D: Controllable 3D Generation 🧊\r\n\r\n## 1. Introduction\r\n프록시로 제어한다.\r\n\r\n## 3. Method\r\n\r\n## 3.1: Proxy-Guided Conditioning\r\n조건을 준다.\r\n\r\n## 4. Experiments\r\nCLIP 점수.\r\n";
    let vocabulary = Vocabulary::default();
    let parsed = parse_with(
        text,
        &ParseOptions {
            vocabulary: &vocabulary,
            layout: LayoutChoice::Auto,
            path: Some(NotePath::from_path("논문/coin3d.md", false)),
        },
    );
    let method = parsed.entries[0]
        .sections
        .iter()
        .find(|section| section.label.slice(text) == "3. Method")
        .expect("a method section");
    assert_eq!(
        method.content.slice(text),
        "## 3.1: Proxy-Guided Conditioning\r\n조건을 준다."
    );
}

/// `## Title:` with the title on the next line (an `Acronym: …` title, which
/// is not a metadata field), then a metadata heading that must not become
/// the title; CRLF and an emoji in the title.
#[test]
fn a_title_field_heading_with_the_title_on_the_next_line() {
    check(
        "TEE/CPC.md",
        "## Title: \r\nCPC: Flexible, Secure, and Efficient CVM Maintenance 🔐\r\n### Basic info\r\n## Main Authors:\r\nJiahao Chen, Haibo Chen, SJTU IPADS\r\n### Problems:\r\nMaintenance of the CVM is hard.\r\n### Design:\r\nConfidential procedure calls.\r\n### Evaluation:\r\nTwo benchmarks.\r\n",
        expect![[r#"
            single field "CPC: Flexible, Secure, and Efficient CVM Maintenance" by - | header 2:1-2:53
              purpose "Problems:" h3 @6:5
              method "Design:" h3 @8:5
              experiment "Evaluation:" h3 @10:5
        "#]],
    );
}

/// `Title :` inside the title heading is a label, not part of the title:
/// the heading is a title field, with an emoji before it as without.
#[test]
fn a_title_label_inside_the_title_heading_is_taken_off() {
    check(
        "OSDI/20/caladan.md",
        "# 📄 Title : Caladan: Mitigating Interference at Microsecond Timescales\n- **source:** https://www.usenix.org/conference/osdi20/presentation/fried\n\n## Background\nInterference hurts tail latency.\n\n## Design\nA centralized scheduler core.\n\n## Evaluation\n11x lower tail latency.\n",
        expect![[r#"
            single field "Caladan: Mitigating Interference at Microsecond Timescales" by - | header 1:13-1:71
              purpose "Background" h2 @4:4
              method "Design" h2 @7:4
              experiment "Evaluation" h2 @10:4
        "#]],
    );
}

/// Front matter's title loses a leading tag and a trailing `review`, as a
/// heading's does; `실험과 해석` names an experiment (`과` is Korean's `and`).
#[test]
fn a_front_matter_title_without_its_tag_and_review_word() {
    check(
        "_posts/nlp/2021-07-15-GPT3-review.md",
        "---\ntitle:  \"[미완성] GPT3: Language Models are Few-Shot Learners review\"\ncategories:\n  - Paper Review\n---\n\n## 1. 서론\n왜 큰 모델인가.\n\n## 2. 제안 기법\nIn-context learning 🙂.\n\n## 4. 실험과 해석\nFew-shot 성능.\n",
        expect![[r#"
            single front-matter "GPT3: Language Models are Few-Shot Learners" by - | header 2:16-2:59
              purpose "1. 서론" h2 @7:4
              method "2. 제안 기법" h2 @10:4
              experiment "4. 실험과 해석" h2 @13:4
        "#]],
    );
}

/// A heading under paragraphs of prose names a part of the note, not the
/// paper: with no title above, the file's name is the title — even for the
/// only note of a folder whose name (`ATC`) is not a title.
#[test]
fn a_heading_below_paragraphs_of_prose_is_not_the_title() {
    let prose = "We analyze Linux container primitives, identifying scalability bottlenecks related to storage and network isolation. ".repeat(3);
    expect![[r#"
        single file-name "SOCK: Rapid Task Provisioning with Serverless-Optimized Containers" by - | header 1:1-1:352
          purpose "목표" h2 @6:4
          method "해결 방법" h2 @9:4
          experiment "실험 결과" h2 @12:4
    "#]]
    .assert_eq(&render_note(
        "ATC/SOCK: Rapid Task Provisioning with Serverless-Optimized Containers.md",
        true,
        &format!("{prose}\n\n## 알아낸 것\n라이브러리 import가 느리다.\n\n## 목표\n빠른 시작.\n\n## 해결 방법\nZygote 캐시.\n\n## 실험 결과\n18배 빠르다.\n"),
        LayoutChoice::Auto,
    ));
    // The only note of a folder named after the paper is still named by it.
    expect![[r#"
        single folder "Attention Is All You Need" by - | header 1:1-1:6
          purpose "목표" h2 @1:4
          method "방법" h2 @4:4
          experiment "실험" h2 @7:4
    "#]]
    .assert_eq(&render_note(
        "Attention Is All You Need/paper.md",
        true,
        "## 목표\n번역.\n\n## 방법\n어텐션.\n\n## 실험\nBLEU.\n",
        LayoutChoice::Auto,
    ));
    // The only note of a folder, named by the folder's name and the paper's
    // first author (`ACMR/ACMR-bokun_wang.md`), is named by the folder.
    expect![[r#"
        single folder "ACMR" by - | header 1:1-1:18
          purpose "연구 배경 🎯" h1 @4:3
          method "Framework" h1 @7:3
    "#]]
    .assert_eq(&render_note(
        "papers/ACMR/ACMR-bokun_wang.md",
        true,
        "# General Details\r\n[==PDF File==](https://dl.acm.org/doi/pdf/10.1145/3123266.3123326)\r\n\r\n# 연구 배경 🎯\r\nModality gap.\r\n\r\n# Framework\r\nFeature projector.\r\n",
        LayoutChoice::Auto,
    ));
    // A course's week (`week7/`) names no paper: the file's name does.
    expect![[r#"
        single file-name "Neural Collaborative Filtering" by - | header 1:1-1:15
          purpose "Introduction" h1 @1:3
          method "Method" h1 @4:3
          experiment "Experiments" h1 @7:3
    "#]]
    .assert_eq(&render_note(
        "Tobigs16_assignment/week7/Neural Collaborative Filtering.md",
        true,
        "# Introduction\r\n* MF의 단점: 선형 결합뿐이다 🤝.\r\n\r\n# Method\r\n* neural architecture로 협업필터링.\r\n\r\n# Experiments\r\n* MovieLens, Pinterest.\r\n",
        LayoutChoice::Auto,
    ));
}

/// A reading list — papers cited a list item each, or three papers linked,
/// and no section of a review — is not a review, even with a title in its
/// front matter or a heading.
#[test]
fn a_reading_list_is_not_a_review() {
    check(
        "papers/by-year/2025/Diffusion.md",
        "---\ntitle: Diffusion\ndescription: Paper read in 2025\ntags:\n  - papers\n---\n\n- Denoising Diffusion Probabilistic Models (DDPM)_ — Jonathan Ho, Ajay Jain, Pieter Abbeel (2020)\n\n    [arXiv:2006.11239](https://arxiv.org/abs/2006.11239)\n\n- _Diffusion Models Beat GANs on Image Synthesis_ — Prafulla Dhariwal, Alex Nichol (2021)\n\n- _Classifier-Free Diffusion Guidance_ — Jonathan Ho, Tim Salimans (2022)\n\n- _A Neural Algorithm of Artistic Style_ — Leon A. Gatys, Alexander S. Ecker, Matthias Bethge (2015)\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "논문/diffusion-reading.md",
        "# 확산 모델 읽기 📚\r\n\r\n- Authors: 여러 저자\r\n\r\n- DDPM: 노이즈를 조금씩 더하는 과정을 거꾸로 배우는, 확산 모델의 출발점이 되는 논문 https://arxiv.org/abs/2006.11239\r\n- DDIM: 같은 모델로 샘플링 단계를 크게 줄이는 결정론적 샘플러를 제안한 논문 https://arxiv.org/pdf/2010.02502v2.pdf\r\n- CFG: 따로 학습한 분류기 없이 조건을 거는 가이던스를 제안한 논문 https://arxiv.org/abs/2207.12598\r\n- LDM: 오토인코더의 잠재 공간에서 확산을 수행해 계산 비용을 줄인 논문 https://arxiv.org/abs/2112.10752\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A note on one paper that cites others in a list has prose of its
    // own: a review.
    check(
        "Read-a-Paper/maxq.md",
        "# Summary\n\n#### Link\n\n[Hierarchical Reinforcement Learning with the MAXQ Value Function Decomposition](https://arxiv.org/abs/cs/9905014)\n\n## What is this\nThe MAXQ decomposition splits the value function of the target MDP into an additive combination of the value functions of smaller MDPs, and learns them all at once 🙂.\n\n## Comparison with previous researches\nEarlier work fixed the policies of the subtasks or learned them one at a time; MAXQ learns every level together and keeps a recursively optimal policy.\n- [Feudal Reinforcement Learning, Dayan and Hinton (1993)](http://www.cs.toronto.edu/~fritz/absps/dh93.pdf)\n- [Hierarchical reinforcement learning: Preliminary results, Kaelbling (1993)](http://people.csail.mit.edu/lpk/papers/ml93.ps)\n- [Decomposition techniques for planning in stochastic domains, Dean and Lin (1995)](https://dl.acm.org/citation.cfm?id=1643031.1643045)\n",
        expect![[r#"
            single field "Hierarchical Reinforcement Learning with the MAXQ Value Function Decomposition" by - | header 5:2-5:80
              summary "Summary" h1 @1:3
        "#]],
    );
    // One paper's pages (abstract and PDF) are one paper: a note of prose
    // on one paper stays a review.
    check(
        "논문/ddpm.md",
        "# Denoising Diffusion Probabilistic Models (2020)\r\n\r\nJonathan Ho, Ajay Jain, Pieter Abbeel\r\n\r\n노이즈를 조금씩 더하는 과정을 거꾸로 배우는 생성 모델이다. 각 단계의 노이즈를 예측하도록 학습하고, 샘플링은 순수한 노이즈에서 시작해 천 단계를 거슬러 올라간다. CIFAR-10에서 FID 3.17을 얻었다 🙂.\r\n\r\n손실은 단순화한 변분 하한으로, 노이즈 예측의 평균 제곱 오차와 같다. 분산은 고정하고, 시간 단계는 사인 위치 임베딩으로 U-Net에 넣는다. 저자들은 이 단순한 손실이 샘플 품질에는 더 낫지만 로그 가능도에서는 다른 모델보다 뒤진다고 말한다. 점진적인 손실 압축으로 해석할 수 있다는 점도 흥미롭다.\r\n\r\nhttps://arxiv.org/abs/2006.11239 · https://arxiv.org/pdf/2006.11239v2.pdf\r\n",
        expect![[r#"
            single heading "Denoising Diffusion Probabilistic Models" year=2020 by - | header 1:3-1:43
        "#]],
    );
}

/// A template's title heading: with the title under it, that is the title;
/// with nothing under it but the template's empty fields, the note is a
/// template not filled in, not a review.
#[test]
fn a_title_heading_of_a_template_filled_in_or_not() {
    check(
        "Uijin/Few-Shot Classification.md",
        "# Paper Title\r\nFew-Shot Classification with Feature Map Reconstruction Networks 🦎\r\n\r\n#### Information\r\n\r\n- Author/Institution : Davis Wertheimer\r\n- Conference/Journal : CVPR 2021\r\n\r\n## Abstract\r\n특징 맵을 복원한다.\r\n\r\n## Key point\r\n릿지 회귀로 복원한다.\r\n\r\n## Experiments\r\nCUB에서 비교한다.\r\n",
        expect![[r#"
            single field "Few-Shot Classification with Feature Map Reconstruction Networks" by - | header 2:1-2:65
              summary "Abstract" h2 @9:4
              summary "Key point" h2 @12:4
              experiment "Experiments" h2 @15:4
        "#]],
    );
    check(
        "Uijin/Diffusion Models in Vision A Survey.md",
        "# paper Title\n\n#### Link\n\n[]()\n\n#### Information\n\n- Author/Institution :\n- Conference/Journal :\n\n## Abstract\n논문의 전반적인 내용을 요약한다.\n\n## Method\n논문의 알고리즘을 설명한다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// With no title heading or field, a line near the top that is only a link
/// to the paper gives the title (its text), not the file's name.
#[test]
fn a_link_to_the_paper_near_the_top_gives_the_title() {
    check(
        "Read-a-Paper/hdrl.md",
        "# Summary\n\n#### Link\n\n[Hierarchical Deep Reinforcement Learning: Integrating Temporal Abstraction and Intrinsic Motivation](https://arxiv.org/abs/1604.06057)\n\n## What is this\n두 단계의 가치 함수를 배운다 🙂. 위쪽의 meta-controller는 내적 목표를 고르고, 아래쪽의 controller는 그 목표를 이루는 행동을 고른다. 보상이 드문 환경에서 탐험을 돕는 것이 목적이다. 목표는 사람이 정한 물체들이고, 목표를 이루면 controller가 내적 보상을 받는다. 두 단계는 서로 다른 시간 척도에서 학습한다.\n\n## Key points\n- meta-controller와 controller.\n\n## How the author proved effectiveness of the proposal?\nMontezuma's Revenge에서 실험한다.\n",
        expect![[r#"
            single field "Hierarchical Deep Reinforcement Learning: Integrating Temporal Abstraction and Intrinsic Motivation" by - | header 5:2-5:101
              summary "Summary" h1 @1:3
              method "What is this" h2 inferred @7:4
              summary "Key points" h2 @10:4
              experiment "How the author proved effectiveness of the proposal?" h2 @13:4
        "#]],
    );
}

/// A table's header row names its columns: `| Title | Venue |` over `| ---
/// |` is not a `Title:` field, and an index of papers is not a review.
#[test]
fn a_table_header_row_is_not_a_title_field() {
    check(
        "paper_notes/index/README.md",
        "# Operating Systems Papers - Index\n\n## Table of Contents\n\n| Title | Venue |\n| ----- | ----- |\n| [FFS: A Fast File System for UNIX](ffs.md) | TOCS '84 |\n| [Venti: A New Approach to Archival Storage](venti.md) | FAST '02 |\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A two-column table of fields still gives the title.
    check(
        "논문/lora.md",
        "| Title | LoRA: Low-Rank Adaptation of Large Language Models 🦙 |\r\n| Venue | ICLR 2022 |\r\n\r\n## 문제 정의\r\n큰 모델을 통째로 미세조정하기는 비싸다.\r\n\r\n## 방법\r\n낮은 계수의 행렬만 학습한다.\r\n",
        expect![[r#"
            single field "LoRA: Low-Rank Adaptation of Large Language Models" by - | header 1:11-1:61
              purpose "문제 정의" h2 @4:4
              method "방법" h2 @7:4
        "#]],
    );
}

/// Front matter that describes a paper (`venue:`, a link to the paper, a
/// `PaperReview` category) makes a blog post a paper note; a post with only
/// a title, tags and a year does not.
#[test]
fn front_matter_that_describes_a_paper() {
    check(
        "_posts/2025-08-26-attention_unet.md",
        "---\ntitle: \"[Medical] Attention-driven UNet enhancement for accurate segmentation of bacterial spore outgrowth\"\ncategories: [PaperReview]\nyear: \"2022\"\nvenue: \"Scientific Reports\"\npaper: \"https://www.nature.com/articles/s41598-025-05900-6\"\n---\n\n## 📝 왜 이 논문을 선택했는가?\n\n기존 UNet 기반 세포 분할 모델은 경계가 불명확할 때\n정확도가 떨어지는 문제가 있었다.\n",
        expect![[r#"
            single front-matter "Attention-driven UNet enhancement for accurate segmentation of bacterial spore outgrowth" by - | header 2:19-2:107
              purpose "📝 왜 이 논문을 선택했는가?" h2 @9:4
        "#]],
    );
    check(
        "_posts/2025-08-25-hello.md",
        "---\r\ntitle: \"[Review] Hello Foxy Scholar\"\r\ntags: [intro]\r\nyear: \"2025\"\r\n---\r\n\r\n## TL;DR\r\n첫 블로그 포스트 테스트 🎉\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/2017-01-16-youtube.md",
        "---\nlayout: post\ntitle: 'Deep Neural Networks for YouTube Recommendations: A Paper Review'\ntags:\n  - paper review\n---\n\n## Introduction\nYouTube recommends videos to a billion users.\n\n## Model\nCandidate generation, then ranking.\n",
        expect![[r#"
            single front-matter "Deep Neural Networks for YouTube Recommendations" by - | header 3:9-3:57
              purpose "Introduction" h2 @8:4
              method "Model" h2 @11:4
        "#]],
    );
}

/// A note called `note.md` (or `paper.md`) beside other files is named by
/// its folder; a folder's only note that calls itself a review
/// (`GPT-1 리뷰.md`) is named by its own name, the review word taken off.
#[test]
fn generic_and_review_file_names() {
    expect![[r#"
        single folder "Scaffold-GS: Structured 3D Gaussians for View-Adaptive Rendering" by - | header 1:1-1:16
          purpose "Introduction" h2 @1:4
          method "Method" h2 @6:4
    "#]]
    .assert_eq(&render(
        "paper-reading-notes/2023/Scaffold-GS-_Structured_3D_Gaussians_for_View-Adaptive_Rendering/note.md",
        "## Introduction\n- **Code**: https://github.com/city-super/Scaffold-GS\n\nScaffold-GS reduces Gaussian redundancy 🙂.\n\n## Method\nAnchors on a sparse voxel grid.\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        single file-name "GPT-1" by - | header 1:1-1:19
          purpose "1. Introduction" h2 @1:4
          method "2. Method" h2 @5:4
    "#]]
    .assert_eq(&render_note(
        "Paper-Review/NLP/GPT-1 리뷰.md",
        true,
        "## 1. Introduction\r\n\r\n레이블 없는 글로 먼저 학습한다 🙂.\r\n\r\n## 2. Method\r\n\r\nTransformer 디코더.\r\n",
        LayoutChoice::Auto,
    ));
}

/// Chinese notes: `阅读笔记` after the title is what the note is, and the
/// headings name their kinds (`引言`, `问题描述`, `方法`, `实验`, `摘要`).
#[test]
fn chinese_reading_notes() {
    check(
        "Paper-Reading-Notes/Speech/Distance-Based Sound Separation 阅读笔记.md",
        "# Distance-Based Sound Separation 阅读笔记\r\n\r\n## 1 题目&作者\r\n\r\nKatharine Patterson 等\r\n\r\n## 2 摘要\r\n\r\n按距离分离声音 🎧。\r\n\r\n## 3 引言\r\n\r\n远处的声音难以分离。\r\n\r\n## 4 问题描述\r\n\r\n给定单通道混合信号。\r\n\r\n## 6 方法\r\n\r\n训练一个 TDCN++ 网络。\r\n\r\n## 7 实验\r\n\r\n在合成数据上评估。\r\n",
        expect![[r#"
            single heading "Distance-Based Sound Separation" by - | header 1:3-1:34
              summary "2 摘要" h2 @7:4
              purpose "3 引言" h2 @11:4
              purpose "4 问题描述" h2 @15:4
              method "6 方法" h2 @19:4
              experiment "7 实验" h2 @23:4
        "#]],
    );
}

/// A note on several papers is not a review of one: its title lists them
/// or says `papers`. Each paper under a heading of its own with its parts
/// below is a review (`## GPT: …` over `### 方法`, then `## GPT-2: …`). One
/// paper's two models (`SRResNet and SRGAN`) are one paper.
#[test]
fn a_note_on_several_papers_is_not_one_review() {
    check(
        "paper-reading-note/notes/016_gpt.md",
        "# GPT-1、GPT-2、GPT-3\n\n## GPT: Improving Language Understanding by Generative Pre-Training\n\n### 引言\n\n无标注文本预训练。\n\n### 方法\n\nTransformer 解码器。\n\n## GPT-2: Language Models are Unsupervised Multitask Learners\n\n### 方法\n\n更大的数据集。\n",
        expect![[r#"
            single heading "GPT: Improving Language Understanding by Generative Pre-Training" by - | header 3:4-3:68
              purpose "引言" h3 @5:5
              method "方法" h3 @9:5
            single heading "GPT-2: Language Models are Unsupervised Multitask Learners" by - | header 13:4-13:62
              method "方法" h3 @15:5
        "#]],
    );
    expect![[r#"
        not a review
    "#]]
    .assert_eq(&render_note(
        "Study/LLM/Word Embedding (Word2Vec, GloVe)/README.md",
        true,
        "# 👋 Introduction\r\n\r\n단어를 벡터로 바꾸는 두 방법을 다룹니다.\r\n\r\n## 🧩 How It Works\r\n\r\nSkip-gram과 동시 출현 행렬.\r\n\r\n## 🧪 Experiments & Results\r\n\r\n유추 과제에서 비교합니다.\r\n",
        LayoutChoice::Auto,
    ));
    check(
        "deep-learning-paper-notes/notes/attention.md",
        "## A variety of attention papers\n\ntl;dr: attention seems to work better for language tasks than visual tasks.\n\n## Method\nSoft or hard, local or global.\n\n## Results\nBLEU goes up.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-review/srgan.md",
        "# SRResNet and SRGAN \\[Eng\\]\n\n## 1. Problem Definition\nSR images are blurry.\n\n## 3. Method\nA GAN with a perceptual loss.\n\n## 4. Experiments\nMOS tests.\n",
        expect![[r#"
            single heading "SRResNet and SRGAN" by - | header 1:3-1:21
              purpose "1. Problem Definition" h2 @3:4
              method "3. Method" h2 @6:4
              experiment "4. Experiments" h2 @9:4
        "#]],
    );
}

/// A repository's README opens with the repository's name
/// (`# rl-paper-review`): it is about the notes, not a paper.
#[test]
fn a_repository_readme_is_not_a_review() {
    check(
        "rl-paper-review/README.md",
        "# rl-paper-review\n\n### Policy Gradient\n\n**(1) Vanila PG(Sutton)**\n\n[Policy gradient methods for reinforcement learning with function approximation]\n\nRichard S. Sutton, David McAllester, Satinder Singh, Yishay Mansour, 1994\n\n[`PAPER`](http://papers.nips.cc/paper/1713-policy-gradient-methods.pdf)\n\n**(2) DPG**\n\n[Deterministic policy gradient algorithms]\n\n[`PAPER`](http://proceedings.mlr.press/v32/silver14.pdf)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A note of prose under its title, named after its paper, in a folder of
/// paper notes, is a review; a page of documentation named after its short
/// heading is not.
#[test]
fn a_file_named_after_its_papers_title() {
    check(
        "Paper_Notes/mcmc/On_Markov_Chain_Monte_Carlo_Methods_for_Tall_Data.md",
        "# On Markov Chain Monte Carlo Methods for Tall Data\n\nMy goal in reading this paper is to understand the relationship between their contribution and our subsampling method. This is a long paper, a cross between a survey and new contributions 🙂.\n\nSection 2.2, the MH algorithm: Figure 1 is clear, though they use the un-normalized posterior where we use the un-normalized log posterior. Running examples take 100,000 points for each case.\n",
        expect![[r#"
            single heading "On Markov Chain Monte Carlo Methods for Tall Data" by - | header 1:3-1:52
        "#]],
    );
    check(
        "awesome-reviews/how-to-contribute.md",
        "# How to contribute?\n\n## 1. Preparing manuscript\n\n이 장에서는 리뷰를 준비하는 과정을 다룹니다. This section covers how to prepare your manuscript, from the fork to the pull request.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title over a written abstract is a review begun (its missing sections
/// are worth reporting); over an empty one, or one holding only a link, a
/// template.
#[test]
fn a_title_over_an_abstract_alone() {
    check(
        "Paper-Reading-Notes/Speech/EaBNet.md",
        "# Embedding and Beamforming: All-neural Causal Beamformer for Multichannel Speech Enhancement\r\n\r\n# Abstract\r\nInstead of estimating the spatial covariance matrix, a 3-D embedding tensor is learned 🎧.\r\n",
        expect![[r#"
            single heading "Embedding and Beamforming: All-neural Causal Beamformer for Multichannel Speech Enhancement" by - | header 1:3-1:94
              summary "Abstract" h1 @3:3
        "#]],
    );
    check(
        "Paper-Review/Segmentation/2022/CLIPSeg/paper.md",
        "# Image Segmentation Using Text and Image Prompts\n\n## 📑 Table of Contents\n- [Abstract](#abstract)\n\n## Abstract\n\nhttps://openaccess.thecvf.com/content/CVPR2022/html/Luddecke_Image_Segmentation_CVPR_2022_paper.html\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A note that mirrors its paper from abstract to conclusion names its
/// method after the method itself; Korean and English headings that end in
/// `문제` or say `Our Solution` name their kinds.
#[test]
fn sections_between_abstract_and_conclusion_and_head_words() {
    check(
        "paper-review/General/Transformers/README.md",
        "# [Attnetion Is All You Need](https://arxiv.org/abs/1706.03762)\n\n## Abstract\nRNN이나 CNN 없이 attention만으로 번역하는 Transformer를 제안하고, 더 빠르게 학습하면서 더 높은 BLEU를 얻는다 🙂.\n\n## Encoder-Decoder\n### Encoder\n6개의 층.\n\n## Attention\nScaled dot-product.\n\n## Conclusion\n빠르고 정확하다.\n",
        expect![[r#"
            single heading "Attnetion Is All You Need" by - | header 1:4-1:29
              summary "Abstract" h2 @3:4
              method "Encoder-Decoder" h2 inferred @6:4
        "#]],
    );
    check(
        "paper-review/Adapter.md",
        "# Parameter-Efficient Transfer Learning for NLP\r\n\r\n## 해결하고자하는 문제\r\n작업마다 모델 전체를 미세조정하면 비싸다.\r\n\r\n## 3. Our Solution\r\n층 사이에 작은 adapter를 넣는다.\r\n\r\n## 실험\r\nGLUE에서 비교한다 🙂.\r\n",
        expect![[r#"
            single heading "Parameter-Efficient Transfer Learning for NLP" by - | header 1:3-1:48
              purpose "해결하고자하는 문제" h2 @3:4
              method "3. Our Solution" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// A citation under the title (`…, et al. "…" arXiv:2106.04554 (2021).`)
/// is evidence of a paper note, and bullets that explain (`- Encoder self
/// attention: Q = K = V = X, …`) are prose, not metadata.
#[test]
fn a_citation_under_the_title_and_explaining_bullets() {
    check(
        "HPC-Paper-Notes/papers/A-Survey-of-Transformers/README.md",
        "# A Survey of Transformers\n\nLin, Tianyang, et al. \"A survey of transformers.\" arXiv preprint arXiv:2106.04554 (2021).\n\n## Notes\n\n* Encoder self attention: Q = K = V = X where X is the output of the previous layer 🙂\n* Decoder self attention (aka causal attention): queries at each position attend to the keys up to and including that position.\n* Decoder cross attention: queries come from the previous decoder layer; keys and values come from the encoder output.\n* Three ways to use: encoder-decoder for sequence to sequence, encoder only for classification, decoder only for generation.\n",
        expect![[r#"
            single heading "A Survey of Transformers" by - | header 1:3-1:27
        "#]],
    );
}

/// A folder named with a paper's long title holds that paper's note; a note
/// right in a folder of paper notes, under a title as long as a paper's, is
/// one; a study note there, under a topic's short name, is not.
#[test]
fn folders_that_say_what_their_notes_are() {
    expect![[r#"
        single folder "Roofline An Insightful Visual Performance Model" by - | header 1:1-1:9
    "#]]
    .assert_eq(&render_note(
        "HPC-Paper-Notes/Roofline-An-Insightful-Visual-Performance-Model/README.md",
        true,
        "## Notes\r\n\r\n* A model to provide bound and bottleneck analysis 🙂.\r\n* Operational intensity is the operations per byte of DRAM traffic, after the caches have filtered it.\r\n* The model ties floating-point performance, operational intensity and memory performance together in a two dimensional graph.\r\n* Peak floating-point performance comes from the hardware specifications or from microbenchmarks; peak memory bandwidth from the STREAM benchmark.\r\n",
        LayoutChoice::Auto,
    ));
    check(
        "paper-notes/double_dqn.md",
        "## Deep Reinforcement Learning with Double Q-learning\n\nQ-learning overestimates action values in some circumstances, which can hurt the learned policies. Double Q-learning applied to DQN mitigates this 🙂.\n\nOver-estimation bias: when we sample from a stochastic distribution, the max is biased to be larger than it should be. Train two networks: one selects the action, the other evaluates it.\n",
        expect![[r#"
            single heading "Deep Reinforcement Learning with Double Q-learning" by - | header 1:4-1:54
        "#]],
    );
    check(
        "Paper-Study/Gradient Descent.md",
        "# Gradient Descent\n- GD 방식으로는 반드시 local minimum에 도달할 수 있음. 하지만 global minimum으로 갈 수 있다는 보장은 없음\n- learning rate를 상수로 두어도 기울기가 크면 많이 움직이고 기울기가 작으면 적게 움직임\n- 더이상 x가 변하지 않는 점은 미분한 값이 0이 되는 점으로, local minimum에 도달했다는 것을 알 수 있음 🙂\n- 보통 learning rate으로 0.01, 0.005, 0.001 정도의 값을 사용함\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Notes on a book, questions on many papers, a folder's index, a list of
/// papers, a collection's README and an unfilled template are not reviews.
#[test]
fn more_files_that_are_not_reviews() {
    check(
        "paper-notes/Atomic Habits.md",
        "# Atomic Habits (2018, James Clear)\n\n## Book Notes\n* Identity -> process -> outcome\n* Cue, craving, response, reward\n* 1% compounding, the habit loop and the environment that shapes it 🙂\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Paper_Review/Question.md",
        "PascalVOC2012 train dataset을 10582개짜리를 사용하던데 이 image들은 pixel level GT가 있는 것인지?\r\n\r\n## [CVPR18]RW\r\npage11: output stride가 무엇을 의미?\r\n\r\n## [CVPR19] IRN\r\npage 4: nearby pixel이라면 same instance로 가정한다 했는데 이 경우 다른 instance로 어떻게 구분?\r\n\r\n## [CVPR22] C2AM\r\nfg-fg, bg-bg positive fg-bg negative contrastive learning 🙂\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Paper-Review/Part2_Advanced_Finetuning/README.md",
        "# Part 2. Advanced Fine-tuning & Training Methodologies\n\nPEFT, SFT, Alignment(RLHF/DPO), 분산 학습에 관한 핵심 논문들을 다룹니다.\n\n## 개요\n\n대규모 언어 모델을 특정 태스크나 선호도에 맞게 조정하는 방법론들입니다. 효율적인 파인튜닝부터 인간 선호도 학습까지 다양한 기법을 다룹니다 🙂.\n\n| 논문 | 핵심 기여 |\n|------|-----------|\n| [LoRA](./1_PEFT/001_LoRA.md) | Low-rank 행렬 분해로 파라미터 절감 |\n| [QLoRA](./1_PEFT/002_QLoRA.md) | 4bit 양자화 + LoRA로 메모리 혁신 |\n| [DoRA](./1_PEFT/003_DoRA.md) | Weight decomposition으로 성능 향상 |\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "DL-Paper_Review/Vision/README.md",
        "## Vision : Paper List\n\n- 해당 Paper List는 다른 저장소를 참고하여 만들었습니다 🙂\n\n|Title|Journal/Conference|Year|Progress|\n|:---|:---:|:---:|:---:|\n|[ImageNet Classification with Deep Convolutional Neural Networks](AlexNet)|[NIPS](https://proceedings.neurips.cc/paper/2012/file/c399862d-Paper.pdf)|2012|`Complete`|\n|Going Deeper with Convolutions (Inception-v1)|[arXiv](https://arxiv.org/abs/1409.4842)|2014|`Not Yet`|\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "DL-Paper_Review/README.md",
        "# DL Paper Review\n\n이 repository는 deep learning을 공부하기 위해 만들었습니다. Computer Vision은 딥러닝을 위한 논문 가이드를 바탕으로 논문 리뷰 및 코드 구현 내용을 정리했습니다 🙂.\n\n## Computer Vision\n\n- [AlexNet(2012)](Vision/AlexNet)\n  - Paper: <https://proceedings.neurips.cc/paper_files/paper/2012/file/c399862d-Paper.pdf>\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-study/review_format.md",
        "# Paper Name\n\n- **Author:**\n- **Reference:**\n  - [Original Paper]()\n\n## Contribution\n\n1. Contribution 1\n2. Contribution 2\n\n# 1. Introduction\n\nand so on... (order of paper)\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A field's name and `논문 리뷰` name a collection; a paper's name and
    // `논문 리뷰` name that paper.
    check(
        "논문/BERT.md",
        "# BERT 논문 리뷰\n\n## 문제 정의\n양방향 문맥을 한 번에 배우기 어렵다 🙂.\n\n## 방법\nMasked LM.\n\n## 실험\nGLUE.\n",
        expect![[r#"
            single heading "BERT" by - | header 1:3-1:7
              purpose "문제 정의" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// A heading that speaks of the paper (`Quotes from the paper`) is a part of
/// the note, not its title; labels in brackets alone on their line
/// (`[Introduction]`) and a Korean `…의 소개` name their kinds.
#[test]
fn sections_that_speak_of_the_paper_and_bracket_labels() {
    expect![[r#"
        single file-name "Mistral 7b v0.1" by - | header 1:1-1:19
    "#]]
    .assert_eq(&render(
        "ml-papers-vault/Mistral 7B v0.1/Mistral 7b v0.1.md",
        "#mistral #llm #gqa\n\n![[mistral7b0-1.pdf]]\n---\n\n### Quotes from the paper\n\n> Mistral 7B leverages grouped-query attention and sliding window attention 🙂. GQA significantly accelerates the inference speed, and also reduces the memory requirement during decoding, allowing for higher batch sizes hence higher throughput.\n\n## Current Notes\n\nEach token can only attend to a fixed number of immediately preceding tokens, plus itself: the window size. Stacked layers see further back, as a receptive field grows in a CNN.\n",
        LayoutChoice::Auto,
    ));
    check(
        "Paper-Study/DreamSmooth.md",
        "# DreamSmooth: Improving Model-based Reinforcement Learning via Reward Smoothing\r\n[Introduction]\r\n- 보상 예측이 어려운 환경에서 model-based RL이 흔들린다 🙂.\r\n\r\n[Related Work]\r\n- Dreamer, TD-MPC.\r\n\r\n[Approach]\r\n- 보상을 시간 축으로 부드럽게 만든 뒤 예측한다.\r\n",
        expect![[r#"
            single heading "DreamSmooth: Improving Model-based Reinforcement Learning via Reward Smoothing" by - | header 1:3-1:81
              purpose "Introduction" line-start @2:2
              method "Approach" line-start @8:2
        "#]],
    );
    check(
        "PaperReview/SNIPER.md",
        "# SNIPER: Efficient Multi-Scale Training\n### RCNN & Fast RCNN의 소개\n두 검출기는 이미지 피라미드 전체를 처리해서 느리다 🙂.\n\n## Chip Generation\n물체 주변의 작은 chip만 학습한다.\n",
        expect![[r#"
            single heading "SNIPER: Efficient Multi-Scale Training" by - | header 1:3-1:41
              purpose "RCNN & Fast RCNN의 소개" h3 @2:5
        "#]],
    );
}

/// A bold run that holds a label and its text (`**The Goal: To provide …**`,
/// `- **Task: 단일 이미지 → 3D 복원**`) is labelled by the words before its
/// colon alone.
#[test]
fn a_label_and_its_text_in_one_bold_run() {
    check(
        "PaperReview/GraspType/Yang et al.md",
        "# Grasp Type Revisited: A Modern Perspective on A Classical Feature for Vision (CVPR 2015)\r\n\r\n**The Goal: To provide intelligent systems with the capability to recognize the human grasp type 🤏.**\r\n\r\n## Method\r\n- **Task: 단일 이미지 → grasp type 분류**\r\n- CNN 세 층.\r\n",
        expect![[r#"
            single heading "Grasp Type Revisited: A Modern Perspective on A Classical Feature for Vision" venue="CVPR" year=2015 by - | header 1:3-1:79
              purpose "The Goal" bold @3:3
              method "Method" h2 @5:4
              purpose "Task" bold @6:5
        "#]],
    );
}

/// A citation block opening the note gives the title: its first line, over
/// an author list or one person's name (`Sjoerd van Steenkiste`), plain or
/// as list items — before any heading below it (`# Generation and
/// Inference`).
#[test]
fn a_citation_block_opening_the_note() {
    check(
        "paper-notes/15-DRAW/notes.md",
        "* DRAW: A Recurrent Neural Network For Image Generation\n* Karol Gregor\n\n# Generation and Inference\n\n**Generation.** The paper makes an assumption on the data generation process 🙂.\n\n# Experiments\nMNIST and SVHN.\n",
        expect![[r#"
            single field "DRAW: A Recurrent Neural Network For Image Generation" by - | header 1:3-1:56
              method "Generation and Inference" h1 inferred @4:3
              experiment "Experiments" h1 @8:3
        "#]],
    );
    check(
        "notes/merchant20-during-finetuning-BERT.md",
        "What Happens To BERT Embeddings During Fine-tuning?  \r\nAmil Merchant, Elahe Rahimtoroghi, Ellie Pavlick, Ian Tenney\r\nBlackboxNLP | EMNLP 2020\r\n\r\n# Abstract\r\n\r\n* much recent work has examined how linguistic information is encoded in pre-trained sentence representations 🙂\r\n",
        expect![[r#"
            single field "What Happens To BERT Embeddings During Fine-tuning?" by - | header 1:1-1:52
              summary "Abstract" h1 @5:3
        "#]],
    );
    check(
        "paper-notes/18-RNEM/notes.md",
        "* Relational Neural Expectation Maximization: Unsupervised Discovery of Objects and their Interactions\n* Sjoerd van Steenkiste\n\n# Abstract\n\nCommon-sense physical reasoning needs objects and their interactions, learned without supervision.\n",
        expect![[r#"
            single field "Relational Neural Expectation Maximization: Unsupervised Discovery of Objects and their Interactions" by - | header 1:3-1:103
              summary "Abstract" h1 @4:3
        "#]],
    );
    // A sentence over names is not a title block.
    check(
        "meetings/2024-05-02.md",
        "We talked about the parser and the release plan.\nAlice Kim, Bob Lee, Carol Park\n\n## Notes\n- The release is on Friday 🙂.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Title headings: a link followed by its authors (`[Title](pdf), Shifeng
/// Zhang, et al`) is the link's text; an escaped tag (`\[CVPR 2018\]`) is
/// taken off; a venue with its year anywhere in the title (`NIPS 2016
/// Tutorial: GANs`) is evidence of a paper note; and a heading `Batch
/// Normalization: Accelerating …` in a file named after the whole line is
/// one title, not a review by `Batch Normalization`.
#[test]
fn title_headings_with_authors_tags_and_venues() {
    check(
        "paper-notes/ATSS_CVPR2020.md",
        "# [Bridging the Gap Between Anchor-based and Anchor-free Detection via Adaptive Training Sample Selection](https://arxiv.org/pdf/1912.02424.pdf), Shifeng Zhang, et al\n\n## Problem\nAnchor-based and anchor-free detectors differ 🙂.\n\n## Method\nATSS.\n",
        expect![[r#"
            single heading "Bridging the Gap Between Anchor-based and Anchor-free Detection via Adaptive Training Sample Selection" by - | header 1:4-1:106
              purpose "Problem" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "CVPaperReview/papers/PointNetV2/README.md",
        "# \\[CVPR 2018\\] PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space\r\n\r\n## 1. Introduction\r\nPointNet은 지역 구조를 보지 못한다 🙂.\r\n\r\n## 2. Method\r\n계층적으로 묶는다.\r\n",
        expect![[r#"
            single heading "PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space" venue="CVPR" year=2018 by - | header 1:17-1:95
              purpose "1. Introduction" h2 @3:4
              method "2. Method" h2 @6:4
        "#]],
    );
    check(
        "Paper-Notes/GAN-Tutorial/GAN.md",
        "# NIPS 2016 Tutorial: GANs\n\nGenerative models can estimate the data distribution by learning a model distribution. In some cases the model estimates it explicitly, in others it only samples from it 🙂. GANs focus on sample generation, though it is possible to design GANs that do both, and they let machine learning work with multi-modal outputs.\n\n### How do GANs work?\n\nThe GAN framework is a game between two players.\n",
        expect![[r#"
            single heading "NIPS 2016 Tutorial: GANs" by - | header 1:3-1:27
              method "How do GANs work?" h3 @5:5
        "#]],
    );
    check(
        "DeepLearning_PaperReview/batch-normalization-accelerating-deep-network-training-by-reducing-internal-covariate-shift.md",
        "---\ndescription: '#Model #BatchNormalization'\n---\n\n# Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift\n\n#### 논문제목 : Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift\n\n이 논문은 **Batch Normalization** 에 대한 논문이다 🙂.\n\n### Abstract\n깊은 신경망은 학습 중에 각 층의 입력 분포가 바뀌어서 학습률을 낮게 잡아야 하고 초기화에 민감하다. 이 논문은 미니배치마다 층의 입력을 정규화해서 이 문제를 줄이고, 같은 정확도에 14배 적은 단계로 도달한다.\n",
        expect![[r#"
            single field "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift" by - | header 7:13-7:105
              summary "Abstract" h3 @11:5
        "#]],
    );
}

/// A template's headings with nothing under any of them but more headings
/// is a review begun when a paper's title heads it with three signs of a
/// paper (its parts are empty), else none; the title loses a note of the note's state (`(작성중)`,
/// `[WIP]`); a title field that only links the paper (`논문 : [PDF](…)`)
/// does not name it; `summary.md` is named by its folder.
#[test]
fn templates_states_and_link_fields() {
    check(
        "rl_paper_review/ROMA_Multi-Agent Reinforcement Learning with Emergent Roles.md",
        "\n## ROMA : Multi-Agent Reinforcement Learning with Emergent Roles\n\n##### Tsinghua Univ, https://arxiv.org/pdf/2003.08039.pdf\n\n### Introduction\n\n### Method\n#### Identifiable Roles\n#### Specialized Roles\n\n### Experiments\n#### Performance on StarCraft II\n",
        expect![[r#"
            single heading "ROMA : Multi-Agent Reinforcement Learning with Emergent Roles" by - | header 2:4-2:65
              purpose "Introduction" h3 @6:5
              method "Method" h3 @8:5
              experiment "Experiments" h3 @12:5
              experiment "Performance on StarCraft II" h4 @13:6
        "#]],
    );
    check(
        "CV_paper_review/EG3D/README.md",
        "# EG3D : Efficient Geometry-aware 3D Generative Adversarial Networks(작성중)\r\n\r\n## Introduction\r\n2D GAN은 3D 일관성이 없다 🙂.\r\n\r\n## Method\r\ntri-plane 표현.\r\n",
        expect![[r#"
            single heading "EG3D : Efficient Geometry-aware 3D Generative Adversarial Networks" by - | header 1:3-1:69
              purpose "Introduction" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "Paper_Review_KR/Diffusion_Quantization/[WIP][논문][2025][TerDiT] Ternary Diffusion Models with Transformers.md",
        "# TerDiT: Ternary Diffusion Models with Transformers\n\n저자 : Xudong Lu, Aojun Zhou, Ziyi Lin\n\n논문 : [PDF](https://arxiv.org/pdf/2405.14854)\n\n## Introduction\n큰 diffusion transformer는 배포하기 무겁다 🙂.\n\n## Method\n가중치를 세 값으로 양자화한다.\n",
        expect![[r#"
            single heading "TerDiT: Ternary Diffusion Models with Transformers" by - | header 1:3-1:53
              purpose "Introduction" h2 @7:4
              method "Method" h2 @10:4
        "#]],
    );
    expect![[r#"
        single folder "Time-series Extreme Event Forecasting at Uber" by - | header 1:1-1:80
          purpose "Problem" h2 @3:4
          method "Model" h2 @6:4
          experiment "Results" h2 @9:4
    "#]]
    .assert_eq(&render(
        "paper-review/AnomalyDetection/Time-series Extreme Event Forecasting at Uber/summary.md",
        "[paper](http://roseyu.com/time-series-workshop/submissions/TSW2017_paper_3.pdf)\n\n## Problem\n극단적인 수요를 예측하기 어렵다 🙂.\n\n## Model\nLSTM autoencoder와 불확실성.\n\n## Results\n기존 모델보다 낫다.\n",
        LayoutChoice::Auto,
    ));
}

#[test]
fn titles_in_setext_headings_bold_lines_and_file_names() {
    // A setext heading (`===` under the title) over a numbered template.
    check(
        "PaperReview/A Transfer Learning and Optimized CNN Based/review.md",
        "Intrusion Detection for Vehicles Using CNN and Transfer Learning\r\n=============\r\n\r\n# I. 서론 (Introduction)\r\n차량 네트워크는 공격에 약하다 🚗.\r\n\r\n# II. 방법 (Method)\r\nCNN 앙상블을 전이 학습한다.\r\n",
        expect![[r#"
            single heading "Intrusion Detection for Vehicles Using CNN and Transfer Learning" by - | header 1:1-1:65
              purpose "I. 서론 (Introduction)" h1 @4:3
              method "II. 방법 (Method)" h1 @7:3
        "#]],
    );
    // A bold line opening the note, in a folder named by the paper's
    // acronym; `… implementation using PyTorch` names the paper.
    check(
        "ai-paper-study/Generative-Models/DDPM/README.md",
        "**Denoising Diffusion Probabilistic Models implementation using PyTorch**\n\n</br>\n\nDiffusion 모델은 데이터에 gaussian noise를 조금씩 더하는 forward process와 그것을 되돌리는 reverse process를 학습해서 새로운 데이터를 sampling하는 생성 모델이다 🙂.\n\nreverse process의 평균만 학습하고 분산은 고정한다. 손실은 더해진 noise를 예측하는 단순한 MSE로 바뀐다.\n",
        expect![[r#"
            single heading "Denoising Diffusion Probabilistic Models" by - | header 1:3-1:43
        "#]],
    );
    // A date before the title in the file's name.
    check(
        "dl-papers/summaries/230613 Classifier-free Diffusion Guidance.md",
        "# Abstract\n\nClassifier guidance needs a separate classifier; this paper mixes a conditional and an unconditional diffusion model instead, trained as one network with the condition dropped at random.\n",
        expect![[r#"
            single file-name "Classifier-free Diffusion Guidance" by - | header 1:1-1:11
              summary "Abstract" h1 @1:3
        "#]],
    );
    // A short name with the title in parentheses; an affiliation after a
    // dash; a `review_` prefix.
    check(
        "DL-Paper-Review/pix2pix/README.md",
        "# Pix2Pix(Image-to-Image Translation with Conditional Adversarial Networks)\n\n## Introduction\n조건부 GAN으로 영상 변환을 푼다.\n\n## Method\nU-Net 생성자와 PatchGAN 판별자.\n",
        expect![[r#"
            single heading "Pix2Pix(Image-to-Image Translation with Conditional Adversarial Networks)" by - | header 1:3-1:76
              purpose "Introduction" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "ML-DL-Paper-Review/Searching for MobileNetV3/README.md",
        "# Searching for MobileNetV3 - Google AI, Google Brain\n\n## Abstract\nNAS와 NetAdapt로 찾은 모바일 네트워크 🙂.\n\n## Experiments\nImageNet에서 MobileNetV2보다 3.2% 정확하다.\n",
        expect![[r#"
            single heading "Searching for MobileNetV3" by - | header 1:3-1:28
              summary "Abstract" h2 @3:4
              experiment "Experiments" h2 @6:4
        "#]],
    );
    check(
        "paperReview/review_LightGCN.md",
        "# review_ LightGCN\n\n## Motivation\nNGCF의 feature transformation은 추천에 쓸모가 없다.\n\n## Method\n이웃 임베딩의 가중합만 남긴다.\n",
        expect![[r#"
            single heading "LightGCN" by - | header 1:11-1:19
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    // Front matter with only the paper's acronym, the whole title in the
    // heading under it.
    check(
        "_posts/2025-08-03-PSGN.md",
        "---\ntitle: \"PSGN\"\ndate: 2025-08-03 17:30:00 +0900\n---\n\n# Parallel Sequence Modeling via Generalized Spatial Propagation Network\n\n링크: https://arxiv.org/pdf/2501.12381\n\n# Abstract\n\nattention 대신 2D 공간 전파로 긴 시퀀스를 모델링한다 🙂.\n\n# Method\n\n행과 열로 번갈아 전파한다.\n",
        expect![[r#"
            single heading "Parallel Sequence Modeling via Generalized Spatial Propagation Network" by - | header 6:3-6:73
              summary "Abstract" h1 @10:3
              method "Method" h1 @14:3
        "#]],
    );
}

#[test]
fn notes_named_after_their_paper_and_prose_that_speaks_of_it() {
    // Named by the short name before the title's colon, in a paper-notes
    // folder: a review, though its prose has no section.
    check(
        "paper-notes/semisup/mixmatch.md",
        "# MixMatch: A Holistic Approach to Semi-Supervised Learning\n\nMixmatch combines three of the main ideas of semi-supervised learning into one loss term: consistency regularisation, entropy minimisation and standard regularisation.\n\nThe labels of unlabelled images are guessed from K augmentations, sharpened, and mixed with the labelled ones by mixup before the loss is taken.\n",
        expect![[r#"
            single heading "MixMatch: A Holistic Approach to Semi-Supervised Learning" by - | header 1:3-1:60
        "#]],
    );
    // Named by the title's first words; the prose says `This work`.
    check(
        "paper_notes/notes/demographics/the_effect_of_broad.md",
        "# The effect of broad and specific demographic homogeneity on the imposter distributions in face recognition\n\n## In a nutshell\n\n  This work presents a framework to evaluate the disparate impact of biometric systems on demographic groups 🙂.\n  It looks at impostor scores, which it claims are mostly overlooked.\n",
        expect![[r#"
            single heading "The effect of broad and specific demographic homogeneity on the imposter distributions in face recognition" by - | header 1:3-1:109
              summary "In a nutshell" h2 @3:4
        "#]],
    );
    // The same prose in a study note with a short title is not a review.
    check(
        "notes/face-recognition.md",
        "# Face recognition\n\n## In a nutshell\n\n  This work presents a framework to evaluate the disparate impact of biometric systems on demographic groups.\n  It looks at impostor scores, which it claims are mostly overlooked.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // The method between the purpose and the experiments, which sit one
    // level down.
    check(
        "paper-summaries/summaries/squeezenet/index.md",
        "# SqueezeNet: AlexNet-level accuracy with 50x fewer parameters\r\n\r\n## What & Why\r\n\r\nThe authors keep AlexNet's accuracy with 50× fewer parameters 🙂.\r\n\r\n## Details\r\n\r\nFire modules: a squeeze layer of 1×1 filters feeding an expand layer.\r\n\r\n### Results\r\n\r\nAlexNet-level accuracy on ImageNet.\r\n",
        expect![[r#"
            single heading "SqueezeNet: AlexNet-level accuracy with 50x fewer parameters" by - | header 1:3-1:63
              purpose "What & Why" h2 @3:4
              method "Details" h2 inferred @7:4
              experiment "Results" h3 @11:5
        "#]],
    );
}

#[test]
fn guides_to_writing_reviews_and_indexes_of_notes_on_github() {
    // A post on how to write paper summaries, in the very template it
    // teaches.
    check(
        "_posts/2022-02-22-how-to-write-a-paper-summary.markdown",
        "---\nlayout: post\ntitle: \"How to Write a Paper Summary\"\ntags: [research]\n---\n\nAfter writing more than fifty summaries, in this post I share the structure I use.\n\n#### Problem\nFirst, present the problem the authors are aiming to solve, and give the reader context on the research.\n\n#### Solution\nNext, write down the central idea the authors present to solve it.\n\n#### Results\nThen say how the authors evaluated the idea and what they found.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-notes/논문-리뷰-작성법.md",
        "# 논문 리뷰 작성법\n\n## 문제\n저자들이 풀려는 문제를 먼저 쓴다.\n\n## 방법\n제안한 방법의 핵심을 쓴다.\n\n## 실험\n어떻게 검증했는지 쓴다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A guide to reading papers: its title and its file's name read
    // together (`Thesis reading order` in `How_to_read.md`), and notes on a
    // talk about writing one.
    check(
        "Paper_review/How_to_read.md",
        "Thesis reading order\r\n--------------------\r\n[논문 읽기 시작](https://example.com/reading)  \r\n\r\n### Skimming\r\n1. title, abstract, figure를 먼저 보기 📄\r\n\r\n### Reading\r\n2. 이해가 안되는 부분은 빼고 전체적으로 읽기\r\n\r\n### 실험\r\n3. 실험 결과 표를 보고 baseline과 비교한다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/paper-summaries/2016-01-21-great-research-paper.markdown",
        "---\nlayout: post\ntitle: \"How To Write A Great Research Paper (Professor Simon Peyton Jones)\"\n---\n\n## Summary\n\nA talk on writing papers that people read.\n\n## Key points\n\n- Write the paper first, then do the research it needs.\n- Tell one story, and say what your contributions are on page one.\n\n## Results\n\nThe talk's advice, tried on my own drafts, made them shorter.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A paper on reading is a review still.
    check(
        "notes/drqa.md",
        "# Reading Wikipedia to Answer Open-Domain Questions\n\n## Problem\nOpen-domain QA over all of Wikipedia.\n\n## Method\nA TF-IDF retriever and an RNN reader.\n\n## Results\nSQuAD EM 69.5.\n",
        expect![[r#"
            single heading "Reading Wikipedia to Answer Open-Domain Questions" by - | header 1:3-1:52
              purpose "Problem" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
    // A repository's README whose index links its notes' pages on GitHub.
    check(
        "paper-notes/README.md",
        "This repo holds the notes for papers that I've read, with a score from 1 to 5 for how well I understood each.\n\n# Deep Learning\n## 2021\n- [Rethinking Batch in BatchNorm](https://github.com/someone/paper-notes/blob/master/deep-learning/rethinking-batch.md), [arXiv](https://arxiv.org/abs/2105.07576) 2021 (1)\n- [Once For All](https://github.com/someone/paper-notes/blob/master/deep-learning/once-for-all.md), [arXiv](https://arxiv.org/abs/1908.09791) 2020 (3)\n- [MixMatch](https://github.com/someone/paper-notes/blob/master/semisup/mixmatch.md), [arXiv](https://arxiv.org/abs/1905.02249) 2019 (2)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_method_heading_named_after_the_method_and_sentence_headings() {
    // `## Dense Hash Encoding` holds an encoder, its layers and its loss:
    // the method, read from what it holds (`inferred`).
    check(
        "paperReview/review_DHE.md",
        "# Learning to Embed Categorical Features without Embedding Tables\n\n## 문제 제기\n기존 embedding table은 너무 크다 🙂.\n\n## Dense Hash Encoding\n여러 hash 함수로 dense encoding을 만든다. 이 encoding을 deep network의 encoder에 넣고, 여러 layer를 거쳐 embedding을 얻는다. loss는 추천 모델의 것을 그대로 쓴다.\n\n## 실험\nAUC가 one-hot과 같다.\n",
        expect![[r#"
            single heading "Learning to Embed Categorical Features without Embedding Tables" by - | header 1:3-1:66
              purpose "문제 제기" h2 @3:4
              method "Dense Hash Encoding" h2 inferred @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
    // A heading over the results' numbers is not taken for the method by
    // its words (and results are not inferred from words at all).
    check(
        "paperReview/review_BERT4Rec.md",
        "# BERT4Rec: Sequential Recommendation with Bidirectional Encoder Representations from Transformer\n\n## 한 줄 요약\n양방향 self-attention으로 다음 아이템을 맞힌다.\n\n## 네 개의 데이터셋\nBeauty와 Steam 데이터셋에서 baseline보다 정확도가 높고, 성능은 encoder 크기에 비례한다.\n",
        expect![[r#"
            single heading "BERT4Rec: Sequential Recommendation with Bidirectional Encoder Representations from Transformer" by - | header 1:3-1:98
              summary "한 줄 요약" h2 @3:4
        "#]],
    );
    // The model's parts (`Model Features`, `모델 구조`) are its method, and
    // an overview of one part (`Architecture Overview`, `Results Summary`)
    // is that part, not a summary.
    check(
        "ICCV19-Paper-Review/Goal-Driven Sequential Data Abstraction.md",
        "# Goal-Driven Sequential Data Abstraction\r\n\r\n## 동기 🧭\r\n긴 sequence를 요약하는 법을 목표에 맞춰 배운다.\r\n\r\n## Model Features\r\n- abstraction은 RL agent가 고른다.\r\n\r\n## Architecture Overview\r\nencoder와 policy network.\r\n\r\n## Results Summary\r\nsketch 분류에서 baseline보다 높다.\r\n",
        expect![[r#"
            single heading "Goal-Driven Sequential Data Abstraction" by - | header 1:3-1:42
              purpose "동기 🧭" h2 @3:4
              method "Model Features" h2 @6:4
              method "Architecture Overview" h2 @9:4
              experiment "Results Summary" h2 @12:4
        "#]],
    );
    // A heading written as a sentence about the experiments.
    check(
        "paper-notes/deep-learning/torch-manual-seed.md",
        "# torch.manual_seed(3407) is all you need\r\n\r\nA study of how much the random seed moves a deep network's accuracy, run over thousands of seeds 🎲.\r\n\r\n## There are 2 main experiment setups in this paper:\r\n### 1. CIFAR-10\r\n10,000 seeds; best and worst differ by 1.82%.\r\n",
        expect![[r#"
            single heading "torch.manual_seed(3407) is all you need" by - | header 1:3-1:42
              experiment "There are 2 main experiment setups in this paper:" h2 @5:4
        "#]],
    );
}

#[test]
fn question_templates_html_headings_and_quoted_fields() {
    // A question template's bracketed labels name the kinds; a heading may
    // be the title field.
    check(
        "medical-paper-notes/paper_notes/CAMEL.md",
        "## Paper Information\n#### Paper Title: [CAMEL: A Weakly Supervised Learning Framework for Histopathology Image Segmentation](https://arxiv.org/pdf/1908.10555.pdf)\n\n#### Conference: ICCV 2019\n\n## Five questions about this paper:\n\n### 1. [Motivation] What problem is this paper trying to solve?\nSegmentation from image-level labels of patches 🔬.\n\n### 2. [Contribution / Method] How does this paper solve the above problems?\nA combined MIL classifier labels the patches.\n\n### 3. Details about the experiment\nCAMELYON16.\n",
        expect![[r#"
            single field "CAMEL: A Weakly Supervised Learning Framework for Histopathology Image Segmentation" by - | header 2:20-2:103
              purpose "1. [Motivation] What problem is this paper trying to solve?" h3 @8:5
              novelty "2. [Contribution / Method] How does this paper solve the above problems?" h3 @11:5
              method "2. [Contribution / Method] How does this paper solve the above problems?" h3 @11:5
              experiment "3. Details about the experiment" h3 @14:5
        "#]],
    );
    // An HTML heading, exported from an editor, with labels in a list.
    check(
        "Paper_Review/paper/ConveRT.md",
        "<h3>ConveRT: Efficient and Accurate Conversational Representations from Transformers</h3>\r\n\r\n - URL: https://arxiv.org/pdf/1911.03688.pdf\r\n\r\n - 목적\r\n   - 효과적이고 저렴한 대화 표현 모델 🙂\r\n - 실험\r\n   - Reddit 응답 선택 정확도\r\n",
        expect![[r#"
            single heading "ConveRT: Efficient and Accurate Conversational Representations from Transformers" by - | header 1:5-1:85
              purpose "목적" line-start @5:4
              experiment "실험" line-start @7:4
        "#]],
    );
    // The paper named in a quoted field under a heading that names the note.
    check(
        "DeFi-paper-review/PMA-논문/DeFiScope/내용 정리.md",
        "# DeFiScope 내용 정리\n\n> 논문: **Detecting Various DeFi Price Manipulations with LLM Reasoning**\n>\n> 저자: Juantao Zhong, Daoyuan Wu, Ye Liu\n\n## 문제\n가격 조작 공격을 규칙으로는 다 못 잡는다 💸.\n\n## 방법\nLLM이 가격 변화를 추론한다.\n",
        expect![[r#"
            single field "Detecting Various DeFi Price Manipulations with LLM Reasoning" by - | header 3:9-3:70
              summary "DeFiScope 내용 정리" h1 @1:3
              purpose "문제" h2 @7:4
              method "방법" h2 @10:4
        "#]],
    );
    // The authors and where they work, opening the note, are not its
    // title: the file's name is (its `(POPLIN)` initials cut).
    check(
        "ai_paper/Planning/(POPLIN) Exploring Model-based Planning with Policy Networks.md",
        "Tingwu Wang, Jimmy Ba\nU Toronto, Vector Institute\n\n# 배경\n- model-based RL은 sample efficiency가 좋다.\n\n# 문제\n- 기존 planning은 고차원에서 비효율적이다.\n\n# 이 논문\n- policy network로 planning을 한다.\n",
        expect![[r#"
            single file-name "Exploring Model-based Planning with Policy Networks" by - | header 1:1-1:22
              purpose "배경" h1 @4:3
              purpose "문제" h1 @7:3
              method "이 논문" h1 inferred @10:3
        "#]],
    );
    // A series' count before the title.
    check(
        "paper_study/tracks/time-series/papers/08_tsfresh.md",
        "# 8편: Time Series FeatuRe Extraction on basis of Scalable Hypothesis tests (tsfresh)\n\n## 결론부터\n특징을 많이 뽑고 가설 검정으로 거른다.\n\n## 방법\n변수마다 p-value를 구하고 Benjamini-Yekutieli로 거른다.\n",
        expect![[r#"
            single heading "Time Series FeatuRe Extraction on basis of Scalable Hypothesis tests (tsfresh)" by - | header 1:7-1:85
              method "방법" h2 @6:4
        "#]],
    );
}

#[test]
fn swatches_before_bold_labels_glued_folder_names_and_series() {
    // An image before each bold label, as a colour swatch; the title only
    // in the file's name.
    check(
        "paper-notes/CV/2012_ImageNet_Classification_with_Deep_Convolutional_Neural_Networks.md",
        "You can find the paper [here](https://papers.nips.cc/paper/4824-imagenet-classification.pdf).\n\n![#1589F0](https://placehold.it/15/1589F0/000000?text=+) **Significance**\n\nA seminal paper that put CNNs in front for image classification 🏆.\n\n![#1589F0](https://placehold.it/15/1589F0/000000?text=+) **Proposed Approach**\n\nFive convolutional and three fully-connected layers, with ReLU and dropout.\n\n![#1589F0](https://placehold.it/15/1589F0/000000?text=+) **Results**\n\nTop-5 error of 15.3% on ILSVRC 2012.\n",
        expect![[r#"
            single file-name "ImageNet Classification with Deep Convolutional Neural Networks" by - | header 1:1-1:94
              method "Proposed Approach" bold @7:60
              experiment "Results" bold @11:60
        "#]],
    );
    // `papernotes` glued is a paper-notes folder. `Keynotes:`, like `Key
    // Points`, sums the paper up: judges of rounds 158 to 252 counted no
    // method in 33 of the 42 notes where it was the only part for one.
    check(
        "DRL_papernotes/notes/Prioritized Experience Replay.md",
        "# Prioritized Experience Replay\n\nThe authors propose that some experiences may be more useful than others, and replay them more often than the rest.\n\n### Keynotes:\n\n- They assign a priority to each transition and sample by it.\n- Importance sampling corrects the bias this brings.\n",
        expect![[r#"
            single heading "Prioritized Experience Replay" by - | header 1:3-1:32
              summary "Keynotes:" h3 @5:5
        "#]],
    );
    // A blog's post introducing its series of paper notes.
    check(
        "_posts/2016-07-09-introduction-to-the-paper-blog.md",
        "---\nlayout: post\ntitle: \"The Paper Series\"\ncategories: paper-series\n---\n\nI will read one systems paper a week and write down what it proposes, how it works and what its evaluation shows.\n\n## Motivation\nReading papers alone is easy to stop doing; writing about them keeps me at it.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn toml_front_matter_and_a_file_name_in_the_heading() {
    // Hugo's TOML front matter between `+++` lines.
    check(
        "literature-notes/hochreiterLongShortTermMemory1997c.md",
        "+++\ntitle = \"Long Short-Term Memory\"\nauthors = \"Hochreiter and Schmidhuber\"\nyear = 1997\n+++\n\nThe LSTM addresses vanishing and exploding gradients when a network must store information over long time intervals 🧠.\n\n## Motivation\nRecurrent networks forget what they saw many steps ago.\n\n## Method\nConstant error carousels keep the error flowing.\n",
        expect![[r#"
            single front-matter "Long Short-Term Memory" by - | header 2:10-2:32
              purpose "Motivation" h2 @9:4
              method "Method" h2 @12:4
        "#]],
    );
    // A heading that kept the note's file name.
    check(
        "Papernotes/comments/Weight Agnostic Neural Networks.md",
        "# Weight Agnostic Neural Networks.md\r\n\r\n**Problem**: how much of a network's skill lies in its wiring alone 🕸️?\r\n\r\n**Solution**: search architectures that work with one shared random weight.\r\n",
        expect![[r#"
            single heading "Weight Agnostic Neural Networks" by - | header 1:3-1:34
              purpose "Problem" bold @3:3
              method "Solution" bold @5:3
        "#]],
    );
}

#[test]
fn quoted_and_numbered_title_headings_and_a_korean_rendering() {
    // A title heading set apart in a quote.
    check(
        "paper_study/Classification/VGGNet.md",
        "> # Very Deep Convolutional Networks For Large-Scale Image Recognition (2014)\n> ### Karen Simonyan, Andrew Zisserman\n</br>\n\n## 1. Introduction\n깊이만 늘려서 성능을 높인다 🙂.\n\n## 2. ConvNet Configurations\n3x3 filter만 쓴다.\n\n## 4. Classification Experiments\nILSVRC top-5 7.3%.\n",
        expect![[r#"
            single heading "Very Deep Convolutional Networks For Large-Scale Image Recognition" year=2014 by - | header 1:5-1:71
              purpose "1. Introduction" h2 @5:4
              method "2. ConvNet Configurations" h2 inferred @8:4
              experiment "4. Classification Experiments" h2 @11:4
        "#]],
    );
    // A numbered title heading over numbered sections.
    check(
        "PAPERSTUDY/papers/03-octo.md",
        "# 03. Octo: An Open-Source Generalist Robot Policy\r\n\r\n- **arXiv**: [2405.12213](https://arxiv.org/abs/2405.12213)\r\n\r\n## 1. 문제의식\r\nRT-2는 재현할 수 없다 🤖.\r\n\r\n## 2. 방법\r\nTransformer와 diffusion action head.\r\n",
        expect![[r#"
            single heading "Octo: An Open-Source Generalist Robot Policy" by - | header 1:7-1:51
              purpose "1. 문제의식" h2 @5:4
              method "2. 방법" h2 @8:4
        "#]],
    );
    // A name opening with a capital and a dash is no Roman numbering:
    // `V-JEPA` keeps its `V`; `IV- 방법` is numbered.
    check(
        "notes/v-jepa-2.md",
        "# V-JEPA 2: Self-Supervised Video Models Enable Understanding, Prediction and Planning\r\n\r\n## I- 동기 🎥\r\n비디오로 world model을 배운다.\r\n\r\n## IV- 방법\r\nViT-g encoder와 action-conditioned predictor.\r\n",
        expect![[r#"
            single heading "V-JEPA 2: Self-Supervised Video Models Enable Understanding, Prediction and Planning" by - | header 1:3-1:87
              purpose "I- 동기 🎥" h2 @3:4
              method "IV- 방법" h2 @6:4
        "#]],
    );
    // A Korean rendering of the title as the heading, the paper's own
    // title as the file's name.
    check(
        "Deep-Learning-Paper-Study/Papers/WEEK1/Photo-Realistic Single Image Super-Resolution Using a Generative Adversarial Network.md",
        "# GAN을 이용한 단일 이미지 초고해상도 복원 <br><br>\n\n## 개요\nSRGAN은 perceptual loss로 사실적인 고해상도 이미지를 만든다 🖼️.\n\n## 실험\nMOS 평가에서 가장 높다.\n",
        expect![[r#"
            single file-name "Photo-Realistic Single Image Super-Resolution Using a Generative Adversarial Network" by - | header 1:1-1:36
              summary "개요" h2 @3:4
              experiment "실험" h2 @6:4
        "#]],
    );
}

#[test]
fn notes_on_a_books_chapter() {
    check(
        "paper-reading/Design.Principles/README.md",
        "# Chp 14. of Computer Security: Design Principles\n\n## Summary\nSaltzer and Schroeder's eight principles, each with an example 🔐.\n\n## Method\nEconomy of mechanism, fail-safe defaults, complete mediation.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-review/딥러닝/3장 신경망.md",
        "# 3장 신경망\n\n## 배경\n퍼셉트론은 가중치를 사람이 정한다.\n\n## 방법\n활성화 함수로 sigmoid와 ReLU를 쓴다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn an_author_line_with_its_venue_and_an_original_link_are_not_reviews() {
    // Under a title, the authors with where and when, and `원문:` linking
    // the paper: one note, not two `Name, Title` reviews.
    check(
        "cv-paper-study/papers/week02/googlenet/summary.md",
        "# Week 2-2. GoogLeNet (Inception v1)\n\n**Going Deeper with Convolutions**\nChristian Szegedy, Wei Liu, Yangqing Jia, et al. — *CVPR*, 2015 (arXiv 2014)\n원문: [`paper_link.md`](./paper_link.md) 참고\n\n## 1. 배경 및 문제의식\nAlexNet 이후 망을 키우면 과적합과 연산량이 문제다 🙂.\n\n## 2. 핵심 아이디어\nInception 모듈: 여러 크기의 conv를 병렬로.\n",
        expect![[r#"
            single field "Going Deeper with Convolutions" by - | header 3:3-3:33
              purpose "1. 배경 및 문제의식" h2 @7:4
              method "2. 핵심 아이디어" h2 @10:4
        "#]],
    );
}

#[test]
fn a_repositorys_own_files_and_a_dated_title_field() {
    // An agent's instructions in a repository of paper notes.
    check(
        "paper-reading/CLAUDE.md",
        "# CLAUDE.md\n\n## Project Overview\n- 관심 있는 논문을 읽고 요약하는 프로젝트\n\n## Method\n- 논문 요약은 마크다운으로 쓰고, 수식은 plain text로 바꾼다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A title field in emphasis, with its date and state in parentheses.
    check(
        "paper-reading/key-questions.md",
        "# DeepSeek-V4 — 핵심 질문 정리\n\n논문: *DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence* (2026-04-24, preview)\n\n## 아키텍처\n- 긴 문맥을 위해 attention을 압축한다 🙂.\n",
        expect![[r#"
            single field "DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence" by - | header 3:6-3:78
              summary "DeepSeek-V4 — 핵심 질문 정리" h1 @1:3
              method "아키텍처" h2 @5:4
        "#]],
    );
}

#[test]
fn a_short_title_over_two_sections_that_say_this_paper_and_a_described_review() {
    // A short title, but a background and a model, and `본 논문에서`.
    check(
        "gitbook/ml/nlp/gpt-2.md",
        "# OpenAI GPT-2\n\n## 1. Background\n\n* 기존 LM은 특정 도메인의 텍스트만 쓴다 🙂.\n* 따라서, 본 논문에서 웹스크래핑으로 WebText 데이터셋을 새로 만든다.\n\n## 2. Model\n\n* Transformer 디코더만 쓴다.\n",
        expect![[r#"
            single heading "OpenAI GPT-2" by - | header 1:3-1:15
              purpose "1. Background" h2 @3:4
              method "2. Model" h2 @8:4
        "#]],
    );
    // The same note without the sentence is a study note on GPT-2.
    check(
        "gitbook/ml/nlp/gpt-2.md",
        "# OpenAI GPT-2\n\n## 1. Background\n\n* 기존 LM은 특정 도메인의 텍스트만 쓴다.\n\n## 2. Model\n\n* Transformer 디코더만 쓴다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // Front matter that says the post reviews a paper.
    check(
        "gitbook/ml/recsys/t-rec.md",
        "---\ndescription: PoC 진행 전 기술 검토를 위한 논문 리뷰\n---\n\n# T-REC(Towards Accurate Bug Triage for Technical Groups) 논문 리뷰\n\n## 1. Preliminaries\n\nBM25는 TF-IDF에 문서 길이 정규화를 더한 것이다.\n\n## 2. Method\n\n버그 리포트를 기술 그룹에 배정한다 🐞.\n",
        expect![[r#"
            single heading "Towards Accurate Bug Triage for Technical Groups" by - | header 5:9-5:57
              method "2. Method" h2 @11:4
        "#]],
    );
}

/// A note opening on the related work gives its background there only
/// when the heading names where that work fell short (`기존 연구 및 한계`):
/// a plain `Related Works` surveys other work, and so it was judged in 13
/// notes of 15 on rounds 158 to 233.
#[test]
fn a_note_opening_on_the_related_work_and_its_limits_gives_its_background_there() {
    // Bold labels alone on their lines, one of nine words; the related work
    // opens the note, and is no purpose.
    check(
        "paper-summary/Speaker Sensitive Response Evaluation Model.md",
        "# Speaker Sensitive Response Evaluation Model\n\n**Summary**\n\nA learned metric for dialogue responses 💬.\n\n**Related Works(기존의 방법론, 기존의 방법에 비해 우리가 왜 더 좋은지)**\n\nBLEU and ADEM correlate poorly with human judgement.\n\n**Main Idea**\n\nNegative samples from the same speaker.\n\n**Experiments**\n\nHigher correlation on Twitter and Reddit.\n",
        expect![[r#"
            single heading "Speaker Sensitive Response Evaluation Model" by - | header 1:3-1:46
              summary "Summary" bold @3:3
              method "Main Idea" bold @11:3
              experiment "Experiments" bold @15:3
        "#]],
    );
    // A numbered Korean template whose first part is the prior work and its
    // limits.
    check(
        "paper-reviews/Quantization/PTQ/[2024_MLSys] AWQ/README.md",
        "# [2024_MLSys] AWQ: Activation-aware Weight Quantization\r\n\r\n## 1. 기존 연구 및 한계 (Related Work & Limitations)\r\nGPTQ는 calibration set에 overfit된다 😢.\r\n\r\n## 2. 핵심 아이디어\r\nsalient channel을 activation으로 찾는다.\r\n\r\n## 3. 결과 (Results)\r\nLlama-2에서 perplexity가 낮다.\r\n",
        expect![[r#"
            single heading "AWQ: Activation-aware Weight Quantization" venue="MLSys" year=2024 by - | header 1:16-1:57
              limitations "1. 기존 연구 및 한계 (Related Work & Limitations)" h2 @3:4
              purpose "1. 기존 연구 및 한계 (Related Work & Limitations)" h2 inferred @3:4
              method "2. 핵심 아이디어" h2 @6:4
              experiment "3. 결과 (Results)" h2 @9:4
        "#]],
    );
    // The method first, the related work after it: no purpose.
    check(
        "paper-notes/dcnv2.md",
        "# DCN V2: Improved Deep & Cross Network\n\n## Key ideas\nA cross network of low rank.\n\n## Related work\nDCN, DeepFM and xDeepFM.\n\n## Results\nBetter AUC on Criteo.\n",
        expect![[r#"
            single heading "DCN V2: Improved Deep & Cross Network" by - | header 1:3-1:40
              method "Key ideas" h2 @3:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

#[test]
fn a_title_field_wrapped_onto_the_next_line() {
    // A hard-wrapped field: the title goes on over the next line.
    check(
        "paper-study/CNN/MobileNetV1/README.md",
        "# 1. Paper Information\r\n\r\n- Title: MobileNets: Efficient Convolutional Neural Networks for Mobile Vision\r\nApplications\r\n- Paper URL: [https://arxiv.org/pdf/1704.04861]\r\n\r\n# 2. Motivation 📱\r\n모바일에서는 연산량이 문제다.\r\n\r\n# 3. Core Idea\r\ndepthwise separable convolution.\r\n",
        expect![[r#"
            single field "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications" by - | header 3:10-4:13
              purpose "2. Motivation 📱" h1 @7:3
              method "3. Core Idea" h1 @10:3
        "#]],
    );
    // Authors under the field are not more title.
    check(
        "paper-study/CNN/ResNet/README.md",
        "- Title: Deep Residual Learning for Image Recognition\nKaiming He, Xiangyu Zhang\n\n## Motivation\n깊은 망은 학습이 어렵다.\n\n## Core Idea\nresidual connection.\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by - | header 1:10-1:54
              purpose "Motivation" h2 @4:4
              method "Core Idea" h2 @7:4
        "#]],
    );
    // A sentence after the field is the note's prose, not more title.
    check(
        "paper-study/CNN/SENet/README.md",
        "- Title: Squeeze-and-Excitation Networks\nThis paper recalibrates channels.\n\n## Motivation\n채널 간 관계를 본다.\n\n## Core Idea\nSE block.\n",
        expect![[r#"
            single field "Squeeze-and-Excitation Networks" by - | header 1:10-1:41
              purpose "Motivation" h2 @4:4
              method "Core Idea" h2 @7:4
        "#]],
    );
}

#[test]
fn a_file_named_with_a_venue_tag_and_a_heading_that_names_a_part() {
    // The venue tag before a title in a file's name goes, as in a heading.
    check(
        "PaperReview/[ICLR 2021] Decoding-enhanced BERT with disentangled attention.md",
        "- DeBERTa paper 📄\n\n# Abstract\n위치와 내용을 분리한 attention.\n\n# Method\ndisentangled attention과 enhanced mask decoder.\n\n# Experiment\nSuperGLUE에서 사람보다 높다.\n",
        expect![[r#"
            single file-name "Decoding-enhanced BERT with disentangled attention" venue="ICLR" year=2021 by - | header 1:1-1:18
              summary "Abstract" h1 @3:3
              method "Method" h1 @6:3
              experiment "Experiment" h1 @9:3
        "#]],
    );
    // A heading's leading tags give the venue and the year; a title wholly
    // in brackets loses them.
    check(
        "paper-reviews/Quantization/PTQ/[2021_ICLR] BRECQ/README.md",
        "# [2021_ICLR] BRECQ: Pushing the Limit of Post-Training Quantization by Block Reconstruction\n\n## 1. 기존 연구\nAdaRound는 layer 단위로만 본다 🧱.\n\n## 2. 방법\nblock reconstruction.\n\n## 3. 결과\n2-bit에서도 정확도를 지킨다.\n",
        expect![[r#"
            single heading "BRECQ: Pushing the Limit of Post-Training Quantization by Block Reconstruction" venue="ICLR" year=2021 by - | header 1:15-1:93
              purpose "1. 기존 연구" h2 inferred @3:4
              method "2. 방법" h2 @6:4
              experiment "3. 결과" h2 @9:4
        "#]],
    );
    check(
        "paper-reviews/Quantization/PTQ/[2024_MLSys] AWQ/README.md",
        "# [AWQ: Activation-aware Weight Quantization for On-Device LLM Compression and Acceleration]\r\n\r\n## Problem\r\nLLM은 너무 크다.\r\n\r\n## Method\r\nsalient channel을 지킨다.\r\n\r\n## Results\r\nperplexity가 낮다.\r\n",
        expect![[r#"
            single heading "AWQ: Activation-aware Weight Quantization for On-Device LLM Compression and Acceleration" by - | header 1:4-1:92
              purpose "Problem" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
    // A short heading naming a part opens a note whose file is named with
    // the paper's whole title: the file's name is the title.
    check(
        "PaperReview/[AAAI 2023] LIQUID: A Framework for List Question Answering Dataset Generation.md",
        "- Label이 없는 corpus에서 List QA 데이터셋을 만든다.\r\n\r\n# Research Purpose\r\n- 기존 연구: 단일 범위 답변만 생성 😅\r\n\r\n# QA Generation Process\r\n- Answer를 먼저 만들고 Question 생성\r\n",
        expect![[r#"
            single file-name "LIQUID: A Framework for List Question Answering Dataset Generation" venue="AAAI" year=2023 by - | header 1:1-1:40
              purpose "Research Purpose" h1 @3:3
              method "QA Generation Process" h1 inferred @6:3
        "#]],
    );
    // A slug of a file name does not outweigh the heading.
    check(
        "2021-fall-implementation/cvpr-2019-inputdiversity-eng.md",
        "# Diversity Input Method\n\n## Introduction\nAdversarial examples transfer poorly.\n\n## Method\nRandom resizing and padding.\n\n## Experiments\nHigher black-box success rates.\n",
        expect![[r#"
            single heading "Diversity Input Method" by - | header 1:3-1:25
              purpose "Introduction" h2 @3:4
              method "Method" h2 @6:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
}

#[test]
fn question_templates_in_headings_and_list_items() {
    // A lab's template asks the same questions of every paper, under a
    // summary that does not count itself.
    check(
        "reading/notes/JiachengLiang/Dsync.md",
        "**Title:** Dsync: a Lightweight Delta Synchronization Approach for Cloud Storage Services\n\n**Summary**\n\n#### What is the *problem* the paper aims to solve? Can you explain the problem clearly?\n\n+ Delta sync slides a window byte by byte.\n\n#### How can the paper address the problem? What is the main idea of this paper?\n\n+ FastFP, a weak hash taken from the rolling hash of CDC.\n\n#### Validations\n\n+ Dsync runs 1.5×-3.3× faster than WebR2Sync+ 🚀.\n",
        expect![[r#"
            single field "Dsync: a Lightweight Delta Synchronization Approach for Cloud Storage Services" by - | header 1:12-1:90
              summary "Summary" bold @3:3
              purpose "What is the *problem* the paper aims to solve? Can you explain the problem clearly?" h4 @5:6
              method "How can the paper address the problem? What is the main idea of this paper?" h4 @9:6
              experiment "Validations" h4 @13:6
        "#]],
    );
    // The same questions as list items over their answers; a question
    // that asks for no part names none.
    check(
        "reading/notes/Gabriel/[FAST20]HotRing.md",
        "**Title:** **HotRing: A Hotspot-Aware In-Memory Key-Value Store**\r\n\r\n**Summary**\r\n\r\n- Why should I care?\r\n\r\n  핫스팟이 있는 workload는 흔하다.\r\n\r\n- How can the paper address the problem? What is the main idea of this paper?\r\n\r\n  - ordered-ring hash index 🔁\r\n\r\n- What are the results?\r\n\r\n  They outperform FASTER by 2.1×.\r\n",
        expect![[r#"
            single field "HotRing: A Hotspot-Aware In-Memory Key-Value Store" by - | header 1:14-1:64
              summary "Summary" bold @3:3
              method "How can the paper address the problem? What is the main idea of this paper?" line-start @9:3
              experiment "What are the results?" line-start @13:3
        "#]],
    );
    // Bold questions with their answers after them on the line, in a list
    // under the note's one heading; a question that asks for no part
    // (`Why is it important?`) names none.
    check(
        "notes/systems/2017-sosp/netcache.md",
        "# NetCache: Balancing Key-Value Stores with Fast In-Network Caching\r\n\r\n## 핵심 🔑\r\n- **What is the problem?** 핫 키 때문에 부하가 한쪽으로 쏠린다.\r\n- **Why is it important?** Faster is always better.\r\n- **What is the approach?** Programmable switches cache hot items.\r\n- **What is the result?** 3-10x throughput.\r\n",
        expect![[r#"
            single heading "NetCache: Balancing Key-Value Stores with Fast In-Network Caching" by - | header 1:3-1:68
              purpose "What is the problem?" bold @4:5
              method "What is the approach?" bold @6:5
              experiment "What is the result?" bold @7:5
        "#]],
    );
}

#[test]
fn chinese_label_lines_and_a_heading_over_the_parts() {
    // The approach as a structured abstract's `途径：` and as `本文思路：`,
    // label lines in a note without part headings.
    check(
        "paper_notes/lidar_slam/loam.md",
        "# LOAM: Lidar Odometry and Mapping in Real-time\r\n\r\n要解决的问题：给定点云计算每次扫描的运动。\r\n\r\n本文思路：高频里程计与低频建图结合 🚗。\r\n\r\n途径：scan-to-scan 匹配。\r\n",
        expect![[r#"
            single heading "LOAM: Lidar Odometry and Mapping in Real-time" by - | header 1:3-1:48
              purpose "要解决的问题" line-start @3:1
              method "本文思路" line-start @5:1
              method "途径" line-start @7:1
        "#]],
    );
    // The title again as a heading, over the note's `### Abstract` and
    // `### Introduction`: it holds the parts and is none of them, so the
    // method is missing, not inferred from it.
    check(
        "_posts/Papers/2020-02-28-gan.md",
        "---\ntitle: '[논문] GAN : Generative Adversarial Nets - 작성중'\n---\n\n## [논문 Review] GAN (Generative Adversarial Nets)\n\n### Abstract\nGenerator와 discriminator가 경쟁하며 학습하는 framework를 제안한다. 두 network는 minimax game을 한다.\n\n### Introduction\nDeep generative model은 어려운 확률 계산 때문에 성과가 적었다 😢. 이 논문은 adversarial net을 제안한다.\n",
        expect![[r#"
            single front-matter "GAN : Generative Adversarial Nets" by - | header 2:14-2:47
              summary "Abstract" h3 @7:5
              purpose "Introduction" h3 @10:5
        "#]],
    );
}

#[test]
fn a_title_heading_over_its_value_a_comment_or_a_bibtex_entry() {
    // A template's `# Title` over its guidance in a comment, then the
    // title; Chinese parts, the method by how it was tested.
    check(
        "NSDI/P03-NSDI-2017-CherryPick.md",
        "# Title\r\n\r\n<!-- 此部分是论文标题及其引用格式 -->\r\nCherryPick: Adaptively Unearthing the Best Cloud Configurations for Big Data Analytics\r\n\r\n## Brief introduction\r\n\r\n该论文面向云配置优化问题 ☁️。\r\n\r\n## 实验方法\r\n\r\n测试平台：Amazon AWS。\r\n",
        expect![[r#"
            single field "CherryPick: Adaptively Unearthing the Best Cloud Configurations for Big Data Analytics" by - | header 4:1-4:87
              purpose "Brief introduction" h2 @6:4
              experiment "实验方法" h2 @10:4
        "#]],
    );
    // `# Title` over a BibTeX entry: the entry's `title={…}`.
    check(
        "OSDI/P04-OSDI-2020-gavel.md",
        "# Title\n\n@inproceedings{narayanan2020heterogeneity,\n  title={Heterogeneity-Aware Cluster Scheduling Policies for Deep Learning Workloads},\n  year={2020}\n}\n\n## Key Methodology\n\n调度策略转化为线性规划问题。\n",
        expect![[r#"
            single field "Heterogeneity-Aware Cluster Scheduling Policies for Deep Learning Workloads" by - | header 4:10-4:85
              method "Key Methodology" h2 @8:4
        "#]],
    );
}

#[test]
fn japanese_template_parts_and_a_note_all_in_bullets_that_cites_papers() {
    // `問題設定と解決したこと` (problem setting and what it solved), `主張の有効性
    // の検証方法` (how the claim was tested), `Objective Function` (what the
    // model optimises). The note is all bullets and cites three other
    // papers among them: still a review, not a reading list.
    check(
        "paper_memo/2021/ResNet.md",
        "# Deep Residual Learning for Image Recognition\n\n## 問題設定と解決したこと\n- 深いネットワークの学習は困難 😵\n- 残差学習を提案\n\n## Objective Function\n- 交差エントロピー\n\n## 主張の有効性の検証方法\n- ImageNet で評価\n- [Object detection networks on convolutional feature maps](https://arxiv.org/abs/1504.06066)\n- [Spatial pyramid pooling](https://arxiv.org/abs/1406.4729)\n- [Aggregated residual transformations](https://arxiv.org/pdf/1611.05431.pdf)\n- COCO 2015 で 1位\n- CIFAR-10 で 1000 層\n- VGG より浅い計算量\n- 深いほど誤差が下がる\n- Faster R-CNN のバックボーン\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "問題設定と解決したこと" h2 @3:4
              method "Objective Function" h2 @7:4
              experiment "主張の有効性の検証方法" h2 @10:4
        "#]],
    );
    // No part but its summary, every line a bullet, three papers cited
    // among ten items: a note on its own paper, not a reading list.
    check(
        "paper_memo/2021/ResNet-critique.md",
        "# Deep Residual Learning for Image Recognition\n\n## 概要\n- 深いニューラルネットワークの学習は困難である\n- 従来よりも大幅に深いネットワークの学習を容易にする残差学習フレームワークを提案\n- 画像認識、位置特定、物体検出で高精度を達成することを確認\n\n## 批評\n- 層の数は職人芸 🤔\n- [Object detection networks on convolutional feature maps](https://arxiv.org/abs/1504.06066)\n- [Spatial pyramid pooling](https://arxiv.org/abs/1406.4729)\n- [Aggregated residual transformations](https://arxiv.org/pdf/1611.05431.pdf)\n- weight decay は 0.0001\n- Adam では効かない\n- 物体検知の工夫はアドホック\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              summary "概要" h2 @3:4
        "#]],
    );
}

#[test]
fn a_readme_opening_with_its_content_and_authors_under_a_title() {
    // `# 내용` (content) and `# 실험 환경` (the set-up) name no paper: the
    // folder does. The reading questions as list items over `-->` answers.
    check(
        "ml-paper-review/Deep Residual Learning for Image Recognition/README.md",
        "# 내용\r\n우선 이 논문을 한 문장으로 요약 하자면, SHORTCUT으로 DEGRADATION을 해결했다.\r\n\r\n# 실험 환경\r\n\r\nImageNet에서 152층까지 쌓는다 🧱.\r\n\r\n# 논문을 읽고 생각해야 하는 점\r\n- 논문의 저자들이 달성하고자 하는 것이 무엇인가?\r\n--> 깊은 신경망의 DEGRADATION을 해결하는 것.\r\n\r\n- 접근방법의 가장 중요한 요소는 무엇인가?\r\n--> F(X) + X 잔차함수.\r\n",
        expect![[r#"
            single folder "Deep Residual Learning for Image Recognition" by - | header 1:1-1:5
              experiment "실험 환경" h1 @4:3
              purpose "논문의 저자들이 달성하고자 하는 것이 무엇인가?" line-start @9:3
              method "접근방법의 가장 중요한 요소는 무엇인가?" line-start @12:3
        "#]],
    );
    // Who wrote it, with `et al.` and the year, over where they work: not
    // a title block under the title.
    check(
        "speech-paper-reading/notes/push-limits.md",
        "# Pushing the Limits of Semi-Supervised Learning for Automatic Speech Recognition\n  \nYu Zhang et al., 2020  \nGoogle Research, Brain Team\n  \n***\n\n## Summary\n\n- Conformer + Wav2vec 2.0 + Noisy Student Training 🎙️\n- 1.3%/2.6% on the dev/dev-other sets\n\n## Method\n\nConformer Encoder + LSTM decoder로 이루어진 Transducer 구조\n",
        expect![[r#"
            single heading "Pushing the Limits of Semi-Supervised Learning for Automatic Speech Recognition" by - | header 1:3-1:82
              summary "Summary" h2 @8:4
              method "Method" h2 @13:4
        "#]],
    );
}

#[test]
fn headings_under_the_related_work_name_earlier_work() {
    // `## Methods using multiple layers` under `# Related work` is the
    // work before the paper, not its method; `## 레퍼런스` (references)
    // is no part to infer the method from.
    check(
        "_posts/Paper/2024-02-23-FPN.md",
        "# Feature Pyramid Networks for Object Detection\r\n\r\n# Introduction\r\nRecognizing objects at different scales is hard 🔍.\r\n\r\n# Related work\r\n## Methods using multiple layers\r\nFCN sums partial scores.\r\n\r\n# Experiments\r\nCOCO에서 AP가 오른다.\r\n\r\n## 레퍼런스\r\n- https://arxiv.org/abs/1612.03144\r\n",
        expect![[r#"
            single heading "Feature Pyramid Networks for Object Detection" by - | header 1:3-1:48
              purpose "Introduction" h1 @3:3
              experiment "Experiments" h1 @10:3
        "#]],
    );
}

#[test]
fn round_70_shapes_commented_headings_link_text_and_mixed_script_parts() {
    // A template's headings commented out over several lines are not read;
    // a short name closed by a parenthesis before the front matter's title
    // is cut.
    check(
        "_posts/2022-02-02-vilbert.md",
        "---\ntitle: \"AUPR) The relationship between precision-recall and ROC curves\"\ncategories: [Paper Review]\n---\n\n## Main Idea\nA classifier's ROC curve dominates another's exactly when its precision-recall curve does 👀. An algorithm that optimises the area under the ROC curve does not optimise the area under the PR curve.\n\n## Experiments\n실험에서는 skewed dataset에서 PR curve가 더 많은 정보를 준다는 것을 확인했다.\n\n<!-- ## Main Contribution\n## Introduction\n## Method\n## Conclusion  -->\n",
        expect![[r#"
            single front-matter "The relationship between precision-recall and ROC curves" by - | header 2:15-2:71
              method "Main Idea" h2 @6:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
    // A question about the paper it does not name (`What it is?`) is a
    // part, so the file names the note; a link's `Click to view` is no title.
    check(
        "paper-reading/database/Amazon-Aurora-Design-Considerations-for-High-Throughput-Cloud-Native-Relational-Databases.md",
        "## What it is?\r\n- Relational database service, not NOSQL\r\n- Focus on OLTP\r\n\r\n**What is the overall big change?**\r\n- Storage as an independent fault-tolerant service\r\n- Only write redo log records to storage\r\n- Move backup and redo recovery to continuous asynchronous operations 🔁\r\n\r\n## What problems it tries to resolve?\r\n- Bottleneck for high throughput data processing: from compute and storage to network\r\n    - Basic bottlenecks: packets per second (PPS), bandwidth\r\n    - Amplification of traffic: fans out in parallel for writing\r\n- Transaction stall commits slow down others when using multi-phase synchronization protocols, such as 2PC\r\n",
        expect![[r#"
            single file-name "Amazon Aurora Design Considerations for High Throughput Cloud Native Relational Databases" by - | header 1:1-1:15
              purpose "What problems it tries to resolve?" h2 @10:4
        "#]],
    );
    check(
        "paper_review/image_segmentation/UNet.md",
        "# U-Net: Convolutional Networks for Biomedical Image Segmentation\n\nPaper: [Click to view](https://arxiv.org/pdf/1505.04597.pdf) <br/>\n\n## 1. Abstract\n  - Encoder-Decoder结构\n## 2. U-net 网络结构解析\n  - Contracting path와 expanding path 🧩\n## 3. 论文结构\n  - 四章\n",
        expect![[r#"
            single heading "U-Net: Convolutional Networks for Biomedical Image Segmentation" by - | header 1:3-1:66
              summary "1. Abstract" h2 @5:4
              method "2. U-net 网络结构解析" h2 @7:4
        "#]],
    );
    // A folder's README named for its paper reviews.
    check(
        "Paper-Review/vision/README.md",
        "# 👁 Vision Paper Reviews\n\nThis folder contains reviews and experiments of academic papers in **computer vision**.\n\n## 📂 Structure\n- `01_mobilenetv2/` → Lightweight CNN for efficient mobile inference\n- `02_efficientnet/` → Compound scaling of depth, width, and resolution\n\n## 🎯 Purpose\nThe aim of this section is to explore foundational and applied vision models.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_pandoc_title_block_and_notes_on_a_whole_title() {
    // Pandoc's `% Title` lines open the note: the first is its title (an
    // arXiv tag before it cut), the others its address and tags.
    check(
        "paper/src/2019/EASE.md",
        "% [1905.03375] Embarrassingly Shallow Autoencoders for Sparse Data\n% https://arxiv.org/abs/1905.03375\n% シンプルな線形モデルによる推薦システム 🛒\n\n## 概要\n\n線形モデルだけで推薦する。\n\n## 提案手法\n\n閉形式で重みを求める。\n\n## 実験結果\n\nMovieLens で深いモデルに勝つ。\n",
        expect![[r#"
            single front-matter "Embarrassingly Shallow Autoencoders for Sparse Data" by - | header 1:16-1:67
              summary "概要" h2 @5:4
              method "提案手法" h2 @9:4
              experiment "実験結果" h2 @13:4
        "#]],
    );
    // `Notes on` before a paper's whole title says what the note is.
    check(
        "paper-club/notes/spanner-osdi-2012.md",
        "# Notes on Spanner: Google's Globally Distributed Database\r\n\r\n## Motivation\r\nGlobal consistency at scale 🌍.\r\n\r\n## Design\r\nTrueTime bounds clock uncertainty.\r\n\r\n## Evaluation\r\nF1 runs on it.\r\n",
        expect![[r#"
            single heading "Spanner: Google's Globally Distributed Database" by - | header 1:12-1:59
              purpose "Motivation" h2 @3:4
              method "Design" h2 @6:4
              experiment "Evaluation" h2 @9:4
        "#]],
    );
}

#[test]
fn round_71_shapes_inline_questions_and_russian_parts() {
    // Numbered questions answered on their own lines; one that asks for
    // no part (`为何成功？`) names none.
    check(
        "hack-SysML/papers/ZeRO-Offload.md",
        "## 总结\r\n1. 在解决的是什么问题？如何训练大模型，解决内存不够的问题\r\n2. 为何成功，标志/准是什么？ 通过 Offload 内存和算力到 CPU 上 💾\r\n3. 关键结果有哪些？ 能训练更大的模型\r\n\r\n如上图，核心是把原来都在 GPU 上的计算图分成两部分。\r\n",
        expect![[r#"
            single file-name "ZeRO Offload" by - | header 1:1-1:6
              summary "总结" h2 @1:4
              purpose "在解决的是什么问题？" line-start @2:4
              experiment "关键结果有哪些？" line-start @4:4
        "#]],
    );
    // Russian parts.
    check(
        "deeplearning-papernotes/notes/elmo.md",
        "# Deep contextualized word representations\n\n[arxiv](https://arxiv.org/abs/1802.05365)\n\n### Введение\nПредставления слов зависят от контекста.\n\n### Идея\nДвунаправленная языковая модель 🧠.\n\n### Результаты\nЛучше на шести задачах.\n",
        expect![[r#"
            single heading "Deep contextualized word representations" by - | header 1:3-1:43
              purpose "Введение" h3 @5:5
              method "Идея" h3 @8:5
              experiment "Результаты" h3 @11:5
        "#]],
    );
}

#[test]
fn a_post_named_by_its_citation_and_a_venue_in_parentheses() {
    // Hugo front matter names the post by its citation; the description
    // holds the paper's title.
    check(
        "PaperNotes/content/posts/bazil-2010.md",
        "---\ntitle: \"Bazil 2010\"\ndate: 2020-10-22T17:35:32+08:00\ndescription: \"Modeling mitochondrial bioenergetics with integrated volume dynamics\"\n---\n\n## Problem\nMitochondrial volume changes are ignored 🧫.\n\n## Model\nAn ODE model of ion fluxes.\n\n## Results\nIt reproduces swelling data.\n",
        expect![[r#"
            single front-matter "Modeling mitochondrial bioenergetics with integrated volume dynamics" year=2010 by - | header 4:15-4:83
              purpose "Problem" h2 @7:4
              method "Model" h2 @10:4
              experiment "Results" h2 @13:4
        "#]],
    );
    // A title and its year are not a citation.
    check(
        "notes/world-models.md",
        "---\r\ntitle: \"World Models 2018\"\r\ndescription: \"Can agents learn inside of their own dreams\"\r\n---\r\n\r\n## Problem\r\n환경 모델 없이 배운다.\r\n\r\n## Method\r\nVAE와 MDN-RNN.\r\n\r\n## Results\r\nCarRacing을 푼다.\r\n",
        expect![[r#"
            single front-matter "World Models 2018" by - | header 2:9-2:26
              purpose "Problem" h2 @6:4
              method "Method" h2 @9:4
              experiment "Results" h2 @12:4
        "#]],
    );
    // A venue and year in parentheses before the title, in a heading and
    // in a file's name.
    check(
        "Paper-Reading/Efficient Machine Learning/(ECCV 2022) Visual Prompt Tuning.md",
        "### (ECCV 2022) Visual Prompt Tuning\n\nVPT fine-tunes less than 1% of the parameters 🎯.\n\n## Method\nLearnable prompt tokens before the patch embeddings.\n\n## Experiments\nIt beats full fine-tuning on 20 of 24 tasks.\n",
        expect![[r#"
            single heading "Visual Prompt Tuning" venue="ECCV" year=2022 by - | header 1:17-1:37
              method "Method" h2 @5:4
              experiment "Experiments" h2 @8:4
        "#]],
    );
    check(
        "Paper-Reading/Privacy/(NeurIPS 2019) Deep Leakage from Gradients.md",
        "이 논문은 gradient만으로 학습 데이터를 복원한다.\n\n## 방법\ndummy 입력의 gradient를 실제 gradient에 맞춘다.\n\n## 실험\nCIFAR 이미지를 픽셀 단위로 복원한다.\n",
        expect![[r#"
            single file-name "Deep Leakage from Gradients" venue="NeurIPS" year=2019 by - | header 1:1-1:32
              method "방법" h2 @3:4
              experiment "실험" h2 @6:4
        "#]],
    );
}

#[test]
fn front_matter_comments_and_a_korean_template() {
    // A comment after a quoted value is not part of it; a value's own
    // quotes are ('' is one quote in single quotes).
    check(
        "content/papers/lora.md",
        "---\ntitle: \"LoRA: Low-Rank Adaptation of Large Language Models\" # 목록에 그대로 쓰입니다\nvenue: ICLR # accepted\n---\n\n## 문제\nfull fine-tuning은 비싸다 💸.\n\n## 방법\n저랭크 행렬 두 개만 학습한다.\n\n## 실험\nGPT-3에서 full fine-tuning과 같다.\n",
        expect![[r#"
            single front-matter "LoRA: Low-Rank Adaptation of Large Language Models" by - | header 2:9-2:59
              purpose "문제" h2 @6:4
              method "방법" h2 @9:4
              experiment "실험" h2 @12:4
        "#]],
    );
    check(
        "notes/dont-stop.md",
        "---\r\ntitle: 'Don''t Stop Pretraining: Adapt Language Models to Domains and Tasks'\r\n---\r\n\r\n## Problem\r\nDomain shift.\r\n\r\n## Method\r\nDAPT and TAPT.\r\n\r\n## Results\r\nGains on eight tasks.\r\n",
        expect![[r#"
            single front-matter "Don't Stop Pretraining: Adapt Language Models to Domains and Tasks" by - | header 2:9-2:76
              purpose "Problem" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
    // A template named in Korean, its title a placeholder: not a review.
    check(
        "content/templates/논문 리뷰 템플릿.md",
        "---\ntitle: \"[논문리뷰] 논문 원제\" # 이 양식을 지켜 주세요\nauthors: First author et al.\nvenue: NeurIPS\n---\n\n## 문제\n\n## 방법\n\n## 실험\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_summary_heading_that_also_names_a_part() {
    // `Abstract / Brief Introduction`: the abstract is a summary, and the
    // brief introduction the purpose.
    check(
        "papers-notes/ssd.md",
        "## SSD: Single Shot MultiBox Detector\n\n### Abstract / Brief Introduction\n한 번에 box와 class를 예측한다 📦.\n\n### Research Methodology\ndefault box와 multi-scale feature map.\n\n### Results\nVOC2007 mAP 74.3%.\n",
        expect![[r#"
            single heading "SSD: Single Shot MultiBox Detector" by - | header 1:4-1:38
              summary "Abstract / Brief Introduction" h3 @3:5
              purpose "Abstract / Brief Introduction" h3 @3:5
              method "Research Methodology" h3 @6:5
              experiment "Results" h3 @9:5
        "#]],
    );
}

#[test]
fn a_title_heading_that_is_a_reference_link() {
    // `### [Title][1]` over a `[1]: url` line: the link's text is the title.
    check(
        "papernotes/notes/capsule_networks.md",
        "### [Dynamic Routing Between Capsules][1]\n\n**Authors**: Sara Sabour, Nicholas Frosst, Geoffrey E Hinton\n\n#### Key Points\n\n* Capsules 🧩 route by agreement.\n\n[1]: https://arxiv.org/abs/1710.09829\n",
        expect![[r#"
            single heading "Dynamic Routing Between Capsules" by - | header 1:6-1:38
              summary "Key Points" h4 @5:6
        "#]],
    );
    // A collapsed reference, `[Title][]`, in Korean with CRLF.
    check(
        "논문/notes/attention.md",
        "# [Attention Is All You Need][]\r\n\r\n## 문제 정의\r\nRNN은 병렬화가 어렵다 😢.\r\n\r\n## 제안 기법\r\nself-attention만 쓴다.\r\n\r\n[attention is all you need]: https://arxiv.org/abs/1706.03762\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:4-1:29
              purpose "문제 정의" h2 @3:4
              method "제안 기법" h2 @6:4
        "#]],
    );
    // Tags before a title, `[BERT][NAACL 2019] …`, are no link: the title
    // follows them.
    check(
        "논문/notes/bert.md",
        "# [BERT][NAACL 2019] Pre-training of Deep Bidirectional Transformers\n\n## 문제 정의\n문맥을 양방향으로 본다.\n\n## 제안 기법\nmasked LM.\n",
        expect![[r#"
            single heading "Pre-training of Deep Bidirectional Transformers" venue="NAACL" year=2019 by - | header 1:22-1:69
              purpose "문제 정의" h2 @3:4
              method "제안 기법" h2 @6:4
        "#]],
    );
}

#[test]
fn a_dated_heading_small_field_headings_and_a_short_name_over_the_title() {
    // A date heading over the title, and fields set as small headings.
    check(
        "paper_notes/detection/R_FCN.md",
        "## 2017-7-9\n### R-FCN: Object Detection via Region-based Fully Convolutional Networks\n###### published: NIPS 2016\n###### author: Jifeng Dai\n> We argue that the unnatural design is caused by a dilemma of increasing translation invariance for image classification vs. respecting translation variance for object detection 🤔.\n\nThe main architecture of R-FCN is a RPN layer, the same as Faster R-CNN, and a layer of position-sensitive score maps, which share the convolutional layers with the RPN and vote on each RoI.\n",
        expect![[r#"
            single heading "R-FCN: Object Detection via Region-based Fully Convolutional Networks" by - | header 2:5-2:74
        "#]],
    );
    // A heading with the short name over the whole title, with CRLF.
    check(
        "Paper_review/Swish/Swish.md",
        "# Paper review: Swish\r\nSwish: a Self-Gated Activation Function\r\n\r\nhttps://arxiv.org/pdf/1710.05941v1.pdf\r\n\r\n# Intro\r\nReLU를 대체할 활성 함수 😀.\r\n\r\n# Swish\r\nx·sigmoid(βx).\r\n",
        expect![[r#"
            single field "Swish: a Self-Gated Activation Function" by - | header 2:1-2:40
              purpose "Intro" h1 @6:3
              method "Swish" h1 inferred @9:3
        "#]],
    );
    // An acronym over the title; a sentence under a name is not a title.
    check(
        "논문/DDPM/README.md",
        "# DDPM\nDenoising Diffusion Probabilistic Models\n\n## 문제 정의\n고품질 생성 🎨.\n\n## 제안 기법\n노이즈를 단계적으로 제거한다.\n",
        expect![[r#"
            single field "Denoising Diffusion Probabilistic Models" by - | header 2:1-2:41
              purpose "문제 정의" h2 @4:4
              method "제안 기법" h2 @7:4
        "#]],
    );
    check(
        "논문/AlexNet/README.md",
        "# AlexNet\n**AlexNet** 은 2012년 ILSVRC에서 가장 높은 점수를 얻은 CNN이다\n\n## 1. Introduction\n큰 데이터셋.\n\n## 3. The Architecture\nReLU와 dropout.\n",
        expect![[r#"
            single heading "AlexNet" by - | header 1:3-1:10
              purpose "1. Introduction" h2 @4:4
              method "3. The Architecture" h2 @7:4
        "#]],
    );
}

#[test]
fn contributions_stand_for_a_missing_method() {
    // A plain `Key Contributions:` label and no method part.
    check(
        "Deep-Learning-Paper-Summaries/network-in-network.md",
        "# Network In Network\nMin Lin, Qiang Chen, Shuicheng Yan\n\nThe paper replaces the linear filters of a convolutional layer with micro networks 🧠, multilayer perceptrons that abstract the data within each receptive field better than a generalized linear model can, and stacks three such layers into a deep network whose last layer is averaged into class scores.\n\nKey Contributions:\n- mlpconv layers, a small MLP slid over the input\n- global average pooling instead of fully connected layers\n\nWeakness/Notes:\n- no ablation on depth\n",
        expect![[r#"
            single heading "Network In Network" by - | header 1:3-1:21
              novelty "Key Contributions" line-start @6:1
              method "Key Contributions" line-start inferred @6:1
              limitations "Weakness/Notes" line-start @10:1
        "#]],
    );
    // With a method part, the contributions are only that (Korean, CRLF).
    check(
        "논문/Sereum.md",
        "# Sereum: Protecting Existing Smart Contracts Against Re-Entrancy Attacks\r\n\r\n## 주요 기여\r\n재진입 공격을 실행 중에 막는다 🛡️.\r\n\r\n## 제안 기법\r\ntaint tracking으로 상태 변수를 잠근다.\r\n",
        expect![[r#"
            single heading "Sereum: Protecting Existing Smart Contracts Against Re-Entrancy Attacks" by - | header 1:3-1:74
              novelty "주요 기여" h2 @3:4
              method "제안 기법" h2 @6:4
        "#]],
    );
}

#[test]
fn chinese_enumeration_numbering() {
    // `1、Motivation`: the enumeration comma numbers a section, and the
    // subsections numbered under it are its own.
    check(
        "paper_notes/Transformer:Refiner/Refiner-2021.md",
        "## Refiner: Refining Self-attention for Vision Transformers\r\n\r\n### 1、Motivation\r\nViT의 attention map은 비슷해진다 😶.\r\n\r\n### 2、Refiner\r\n#### 2.1 Attention Expansion\r\nhead 수를 늘린다.\r\n\r\n### 3、Experiment\r\nImageNet top-1 86%.\r\n",
        expect![[r#"
            single heading "Refiner: Refining Self-attention for Vision Transformers" by - | header 1:4-1:60
              purpose "1、Motivation" h3 @3:5
              method "2、Refiner" h3 inferred @6:5
              experiment "3、Experiment" h3 @10:5
        "#]],
    );
    // Chinese numerals: `一、`, `三、`.
    check(
        "论文笔记/vit.md",
        "# An Image is Worth 16x16 Words\n\n## 一、研究动机\nCNN的归纳偏置。\n\n## 二、方法\n把图像切成 patch 🧩。\n\n## 三、实验\nJFT-300M 预训练。\n",
        expect![[r#"
            single heading "An Image is Worth 16x16 Words" by - | header 1:3-1:32
              purpose "一、研究动机" h2 @3:4
              method "二、方法" h2 @6:4
              experiment "三、实验" h2 @9:4
        "#]],
    );
}

#[test]
fn a_short_note_under_its_papers_citation() {
    // A sentence or two under the paper's reference: a review begun.
    check(
        "paper-notes/one shot learning/HyperNetworks.md",
        "# Hypernetworks\n\nHa, David, Dai, Andrew, and Le, Quoc V. Hypernetworks.International Conference on Learning Representations (ICLR), 2017.\n\n学习如何动态更新循环网络 🔁\n",
        expect![[r#"
            single heading "Hypernetworks" by - | header 1:3-1:16
        "#]],
    );
    check(
        "paper-notes/semantic slam/SIPS.md",
        "# SIPS: Unsupervised Succinct Interest Points\r\n\r\nCieslewski T , Scaramuzza D . SIPS: Unsupervised Succinct Interest Points[J]. 2018.\r\n\r\n* 특징점의 succinctness를 새 기준으로 제안한다 ✨.\r\n",
        expect![[r#"
            single heading "SIPS: Unsupervised Succinct Interest Points" by - | header 1:3-1:46
        "#]],
    );
    // Without the citation, a title over a sentence is a stub.
    check(
        "paper-notes/semantic slam/SIPS.md",
        "# SIPS: Unsupervised Succinct Interest Points\n\n* 특징점의 succinctness를 새 기준으로 제안한다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A template's metadata heading under the paper's title and citation:
    // a review begun, its parts missing.
    check(
        "paper-notes/semantic slam/SIPS.md",
        "# SIPS: Unsupervised Succinct Interest Points\n\nCieslewski T , Scaramuzza D . SIPS: Unsupervised Succinct Interest Points[J]. 2018.\n\n## 📌 Metadata\n본 문서의 그림은 논문에서 발췌하였습니다.\n",
        expect![[r#"
            single heading "SIPS: Unsupervised Succinct Interest Points" by - | header 1:3-1:46
        "#]],
    );
}

#[test]
fn keywords_are_metadata_not_a_method() {
    // Between the introduction and the experiments, `## Keywords` is no
    // method named after itself (Korean keywords, emoji, CRLF).
    check(
        "paper-notes/boxmap.md",
        "# BoxMap: Efficient Structural Mapping and Navigation\r\n\r\n## Introduction\r\n실내 지도는 무겁다 🏠.\r\n\r\n## Keywords\r\n- 구조 지도, 내비게이션\r\n\r\n## Experiments\r\n성공률 92%.\r\n",
        expect![[r#"
            single heading "BoxMap: Efficient Structural Mapping and Navigation" by - | header 1:3-1:54
              purpose "Introduction" h2 @3:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
}

#[test]
fn a_short_name_heading_over_the_title_heading_and_gitbook_tags() {
    // `# PSG` over `## Position-based Scaled Gradient …`: the smaller
    // heading holds the whole title (its acronym, or its name and a colon).
    check(
        "Paper_review/Quantization/PSG.md",
        "# PSG\n## Position-based Scaled Gradient for Model Quantization and Pruning\nPaper:[[link]](https://proceedings.neurips.cc/paper/2020/file/eb1e.pdf)\n- - -\n#### Algorithm\n- gradient를 위치에 따라 scale한다 📏\n#### 실험 결과\n- ResNet-18 4-bit 70.1%\n",
        expect![[r#"
            single heading "Position-based Scaled Gradient for Model Quantization and Pruning" by - | header 2:4-2:69
              method "Algorithm" h4 @5:6
              experiment "실험 결과" h4 @7:6
        "#]],
    );
    check(
        "Paper_review/Quantization/HAWQ-V2.md",
        "# HAWQ-V2\r\n## HAWQ-V2: Hessian Aware trace-Weighted Quantization of Neural Networks\r\nPaper:[[link]](https://proceedings.neurips.cc/paper/2020/file/d77c.pdf)\r\n#### Algorithm\r\n- Hessian trace로 bit를 정한다 🧮\r\n",
        expect![[r#"
            single heading "HAWQ-V2: Hessian Aware trace-Weighted Quantization of Neural Networks" by - | header 2:4-2:73
              method "Algorithm" h4 @4:6
        "#]],
    );
    // A topic under a model's name is not its title.
    check(
        "Paper_review/DenseNet.md",
        "# DenseNet\n## Dense Connectivity Pattern\n모든 layer를 연결한다.\n\n## Introduction\nResNet의 한계.\n\n## Method\ndense block.\n",
        expect![[r#"
            single heading "DenseNet" by - | header 1:3-1:11
              purpose "Introduction" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
    // GitBook escapes only a tag's opening bracket: `\[논문리뷰] Title`.
    check(
        "NLP-Paper-Review/nlp/rag/active-retrieval-augmented-generation.md",
        "# \\[논문리뷰] Active Retrieval Augmented Generation\n\n### Background\n검색을 한 번만 한다 🔎.\n\n### Method\nFLARE.\n\n### Experiment\n4개 데이터셋.\n",
        expect![[r#"
            single heading "Active Retrieval Augmented Generation" by - | header 1:11-1:48
              purpose "Background" h3 @3:5
              method "Method" h3 @6:5
              experiment "Experiment" h3 @9:5
        "#]],
    );
}

#[test]
fn the_reading_questions_as_numbered_items_over_their_answers() {
    // Andrew Ng's questions, numbered, each over a bullet list of answers.
    check(
        "paper-study/DGIST/DeepSketch/README.md",
        "# DeepSketch: A New Machine Learning-Based Reference Search Technique for Post-Deduplication Delta Compression\n\n-   [Link](https://www.usenix.org/conference/fast22/presentation/park)\n\n1. 저자가 뭘 해내고 싶어했는가?\n\n-   좋은 참조 블록을 찾아 데이터 감소율을 높이는 것 📦\n\n2. 이 연구의 접근에서 중요한 요소는 무엇인가?\n\n-   DK-Clustering과 Neural Network로 스케치를 만든다\n\n3. 당신(논문독자)은 스스로 이 논문을 이용할 수 있는가?\n\n-   저장 공간 최적화\n",
        expect![[r#"
            single heading "DeepSketch: A New Machine Learning-Based Reference Search Technique for Post-Deduplication Delta Compression" by - | header 1:3-1:111
              purpose "저자가 뭘 해내고 싶어했는가?" line-start @5:4
              method "이 연구의 접근에서 중요한 요소는 무엇인가?" line-start @9:4
        "#]],
    );
    check(
        "paper-notes/resnet.md",
        "# Deep Residual Learning for Image Recognition\r\n\r\n1. What did the authors try to accomplish?\r\n\r\n- train much deeper networks\r\n\r\n2. What were the key elements of the approach?\r\n\r\n- residual connections\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "What did the authors try to accomplish?" line-start @3:4
              method "What were the key elements of the approach?" line-start @7:4
        "#]],
    );
    // Items of one numbered list are siblings, not labels of each other.
    check(
        "paper-notes/resnet.md",
        "# Deep Residual Learning for Image Recognition\n\n1. Introduction\n2. Method\n\nDeeper networks are harder to train, so the authors add identity shortcuts around every pair of layers and show that a 152-layer network trains well on ImageNet.\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              method "Method" line-start @4:4
        "#]],
    );
}

#[test]
fn a_trailing_tag_of_a_few_words() {
    // `[math required]` after the title is the note's own tag.
    check(
        "PaperNotes/note/Auto-Encoding Variational Bayes [math required].md",
        "# Auto-Encoding Variational Bayes [math required]\n\n## Key Points\n- reparameterization trick 🎲\n\n## Experiments\nMNIST와 Frey Face.\n",
        expect![[r#"
            single heading "Auto-Encoding Variational Bayes" by - | header 1:3-1:34
              summary "Key Points" h2 @3:4
              experiment "Experiments" h2 @6:4
        "#]],
    );
}

#[test]
fn a_lineage_of_models_and_the_index_of_a_notes_folder() {
    // Models one after another: a note on several papers.
    check(
        "paper-summary/notes/vae.md",
        "# AE → VAE → VQ-VAE 계열 정리\n\nAE부터 RQ-VAE까지의 흐름을 정리한 노트 🧭.\n\n## 1. 아키텍처\n인코더와 디코더.\n\n## 2. 실험\n재구성 오차.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A folder named for its generic content is no paper's name: the
    // file's is taken.
    check(
        "paper-summary/summary/vae.md",
        "VAE는 잠재 변수를 가우시안으로 둔다. 인코더가 평균과 분산을 내고, 재매개변수화로 샘플링한 뒤 디코더가 복원한다. KL 항이 사전 분포와의 거리를 잰다.\n\n## 1. 아키텍처\n인코더와 디코더.\n\n## 2. 실험\n재구성 오차 📉.\n",
        expect![[r#"
            single file-name "vae" by - | header 1:1-1:88
              method "1. 아키텍처" h2 @3:4
              experiment "2. 실험" h2 @6:4
        "#]],
    );
    // The index of a folder of paper notes, titled by the folder's name.
    check(
        "Paper_Notes/index.md",
        "**2018-09**\r\n\r\nConsortium Blockchain for Secure Energy Trading in Industrial Internet of Things -- [[Article](http://folk.uio.no/yanzhang/IEEETIIBlockchain2018.pdf)]\r\n\r\n## Method\r\nconsortium blockchain.\r\n\r\n## Experiments\r\n시뮬레이션 🔋.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A folder named for one paper's review holds that paper's note.
    check(
        "BERT 논문 리뷰/README.md",
        "**2019**\n\nBERT는 양방향 문맥을 본다 📖.\n\n## Method\nmasked LM.\n\n## Experiments\nGLUE 80.5.\n",
        expect![[r#"
            single folder "BERT" by - | header 1:1-1:9
              method "Method" h2 @5:4
              experiment "Experiments" h2 @8:4
        "#]],
    );
    // Bold list items citing papers with their years: a reading list.
    check(
        "paper-notes/src/databases/kv/README.md",
        "## kv databases\n\n- **[Optimizing Space Amplification in RocksDB][a], 2017**\n- **[Evolution of Development Priorities in Key-value Stores][b], 2021**\n- **[WiscKey: Separating Keys from Values in SSD-Conscious Storage][c], 2016**\n\n[a]: rocksdb.md\n[b]: evolution.md\n[c]: wisckey.md\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_repository_named_with_underscores() {
    // `# NLP_paper_study`: the repository's name, its underscores no
    // emphasis; its README is no review.
    check(
        "NLP_paper_study/README.md",
        "# NLP_paper_study\n- 일정 : 2024.07.08 ~ 2024.08.25 📅\n\n## 🔑 Architecture\n| model | paper |\n|---|---|\n| RNN | [Recurrent neural network based language model](https://arxiv.org/pdf/1409.3215.pdf) |\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn metadata_lines_that_look_like_reviews_under_a_titled_heading() {
    // `Token Merging Helps:` is the paper's short name, not a reviewer: the
    // link and the date field under it are no reviews either, so the note
    // is one paper's, titled by its whole heading.
    check(
        "Paper_Review/Diffusion/[논문][2024][ToMe][Summary] .md",
        "# Token Merging Helps: Faster Diffusion without Training\r\n\r\n저자 :\r\n\r\n* Mina Seo, Jae Kim\r\n\r\nProject Page: https://example.github.io/tome\r\n\r\n발표일: arXiv:2403.01234v2, 2024년 3월 2일\r\n\r\n## 0. Summary 🧩\r\n토큰을 합쳐 속도를 올린다.\r\n\r\n### 0.1. 핵심 아이디어\r\n비슷한 토큰을 병합한다.\r\n\r\n### 0.2. 실험 결과\r\nFID는 그대로, 2배 빠르다.\r\n",
        expect![[r#"
            single heading "Token Merging Helps: Faster Diffusion without Training" by - | header 1:3-1:57
              summary "0. Summary 🧩" h2 @11:4
              method "0.1. 핵심 아이디어" h3 @14:5
              experiment "0.2. 실험 결과" h3 @17:5
        "#]],
    );
}

#[test]
fn a_linked_title_heading_followed_by_what_the_note_is() {
    // `[Title](pdf) 论文阅读笔记`: the link's text is the title, the rest
    // says the note is reading notes.
    check(
        "paper-reading/数据库/Cache-Conscious Radix Join/README.md",
        "# [Cache-Conscious Radix Join](https://pdfs.semanticscholar.org/ab12/cd.pdf) 论文阅读笔记\n\n> 老文章，补一下 🧮\n\n## 问题\n哈希表放不进缓存。\n\n## 方法\n按基数多趟分区。\n",
        expect![[r#"
            single heading "Cache-Conscious Radix Join" by - | header 1:4-1:30
              purpose "问题" h2 @5:4
              method "方法" h2 @8:4
        "#]],
    );
}

#[test]
fn a_notes_folder_inside_a_repository_of_paper_notes() {
    // `paper_notes/_site/notes/`: the notes' own folder; a note of prose
    // named after its paper, with no heading, is a review.
    let prose = "複数の文を生成するために、標準的なseq2seq LSTMモデルを階層的に拡張したという話。単語レベルのLSTMと文レベルのLSTMを重ね、その合成で段落や文書を表現する 📄。文レベルのattentionを入れると良くなっている。レビューとWikipediaの段落で学習し、どれだけ文書を再構築できるかを実験した。評価はROUGEとBLEU、そして文の順序の一致度で行い、階層モデルが最も高性能だった。学習には数週間かかるらしい。";
    check(
        "paper_notes/_site/notes/a_hierarchical_autoencoder_for_long_documents.md",
        prose,
        expect![[r#"
            single file-name "a hierarchical autoencoder for long documents" by - | header 1:1-1:216
        "#]],
    );
    // The same prose in a `notes/` folder of no paper repository: a study
    // note like any other.
    check(
        "blog/_site/notes/a_hierarchical_autoencoder_for_long_documents.md",
        prose,
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn indexes_of_vaults_and_lists_of_linked_summaries() {
    // An Obsidian vault's index links its notes with `[[…]]` (its `##
    // Methods and Tools` is a topic of the vault, not a paper's method).
    check(
        "paper-notes/wiki/index.md",
        "---\ntype: wiki\ntags: [index, map]\n---\n\n# Knowledge Base Index\n\nA map of the atomic notes 🗺️.\n\n## Population Geometry\n- [[neural-manifolds-review]]\n- [[population-geometry-optimal-coding|Optimal coding]]\n\n## Methods and Tools\nLab tools that replace manual workflows.\n- [[ai-lab-tools-histology]]\n- ![[map.png]]\n",
        expect![[r#"
            not a review
        "#]],
    );
    // Summaries of several papers, each under its heading with its link.
    check(
        "Nips-Paper-Summaries/README.md",
        "# README\n\nThis repository holds the summaries of the papers of this group.\n\n# NIPS 2017 Paper Summaries\n\n### Towards Accurate Binary Convolutional Networks\n**Link**: https://papers.nips.cc/paper/6638-towards-accurate-binary.pdf\n\n**Summary** : This paper builds CNNs whose weights and activations are only -1 or +1 🧮, and claims far less memory and faster inference with comparable accuracy on ImageNet.\n\n### Selective Classification for Deep Neural Networks\n**Link**: https://papers.nips.cc/paper/7073-selective-classification.pdf\n\n**Summary** : This paper builds a selective classifier for a trained network, which rejects inputs at test time to guarantee a desired risk, measured on ImageNet and CIFAR.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_reference_in_apa_style_opening_the_note() {
    // `Authors. (Year). Title. Journal, …`: the title is the part after the
    // year, not the whole reference.
    check(
        "funpaperreview/CowAndGrass/20250901쇠고기가격연구.md",
        "김하나, 이두리. (2025). 한우 도체 특성별 도매가격 결정요인 분석. 농업경제연구, 32(1), 129-148. 10.46415/jss.2025.03.32.1.129\r\n\r\n### 한우 도매가격 분석: 요약 및 결론 🐄\r\n\r\n#### 연구 목적\r\n* 도체 특성이 도매가격에 미치는 영향을 본다.\r\n\r\n#### 분석 방법\r\n* 헤도닉 가격 모형.\r\n\r\n#### 주요 분석 결과\r\n* 암소가 2.85% 높다.\r\n",
        expect![[r#"
            single heading "한우 도체 특성별 도매가격 결정요인 분석" by - | header 1:19-1:41
              summary "한우 도매가격 분석: 요약 및 결론 🐄" h3 @3:5
              purpose "연구 목적" h4 @5:6
              method "분석 방법" h4 @8:6
              experiment "주요 분석 결과" h4 @11:6
        "#]],
    );
}

#[test]
fn identifiers_and_author_lines_are_no_titles() {
    // `**Paper:** arXiv:…` says where the paper is: the heading names it.
    check(
        "paper-notes/2026/2026-07-29-Simulation-Based Empirical Bayes.md",
        "# Simulation-Based Empirical Bayes\n\n**Authors:** Xinwei Shen, Diana Cai, David M. Blei  \n**Paper:** arXiv:2607.21843v1 (23 July 2026)  \n\n## TL;DR\nLearn the prior from the data 📈.\n\n## Method\nAmortised posterior.\n\n## Experiments\nSIR simulators.\n",
        expect![[r#"
            single heading "Simulation-Based Empirical Bayes" by - | header 1:3-1:35
              summary "TL;DR" h2 @6:4
              method "Method" h2 @9:4
              experiment "Experiments" h2 @12:4
        "#]],
    );
    // Authors over two lines, the first ending in a comma, under the title.
    check(
        "Paper-notes/FBNetV3.md",
        "# FBNetV3: Joint Architecture-Recipe Search using Neural Acquisition Function\nXiaoliang Dai1, Alvin Wan, Peizhao Zhang, Bichen Wu, Zijian He,\nKan Chen, Yuandong Tian, and Joseph E. Gonzalez\n## Introduction  \n联合搜索结构与训练超参。  \n## 方法  \n两阶段搜索 🔍。  \n",
        expect![[r#"
            single heading "FBNetV3: Joint Architecture-Recipe Search using Neural Acquisition Function" by - | header 1:3-1:78
              purpose "Introduction" h2 @4:4
              method "方法" h2 @6:4
        "#]],
    );
    // A post named `YYYY-MM-DD-slug.md`, its heading the file's name.
    check(
        "paper-notes/2026/2026-08-12-an-entropic-explanation-of-sameness.md",
        "# 2026-08-12-an-entropic-explanation-of-sameness.md\n\n**Status:** Read\n\n## Summary\n\nThis paper proposes an information-theoretic framework that explains insistence on sameness as a way to reduce surprise and uncertainty; the author models the environment and memory as random variables and relates behaviours to the entropy distance between them 🧠. It derives therapeutic design guidelines from the framework.\n",
        expect![[r#"
            single heading "an-entropic-explanation-of-sameness" by - | header 1:14-1:49
              summary "Summary" h2 @5:4
        "#]],
    );
}

#[test]
fn a_template_in_a_templates_folder() {
    // `# <论文标题>`: the blank of a template, in `templates/`.
    check(
        "paper-reading/templates/paper-note.md",
        "---\ntitle: \"<论文完整标题>\"\nauthors: [\"<作者1>\"]\nvenue: \"<arXiv preprint / OSDI'24>\"\n---\n\n# <论文标题>\n\n> **一句话结论**：<用一句话说清这篇论文做了什么。>\n\n## 动机\n<为什么要做>\n\n## 方法\n<怎么做>\n\n## 实验\n<结果如何> 📊\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_template_whose_parts_are_still_blanks() {
    // The title filled in, every part still the template's blank: a note
    // not begun.
    check(
        "paper-review/2024/attention.md",
        "# Attention Is All You Need\r\n\r\n## 1. 문제 정의\r\n<내용을 작성하세요>\r\n\r\n## 2. 제안 방법\r\n- <your method here>\r\n\r\n## 3. 실험 결과 📊\r\n<결과>\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    // The same template written in.
    check(
        "paper-review/2024/attention.md",
        "# Attention Is All You Need\r\n\r\n## 1. 문제 정의\r\n순환 없이 번역한다.\r\n\r\n## 2. 제안 방법\r\n- self-attention만 쓴다.\r\n\r\n## 3. 실험 결과 📊\r\nBLEU 28.4.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "1. 문제 정의" h2 @3:4
              method "2. 제안 방법" h2 @6:4
              experiment "3. 실험 결과 📊" h2 @9:4
        "#]],
    );
}

#[test]
fn chinese_compounds_name_their_part_by_their_last_word() {
    // `研究问题`, `核心方法`, `关键发现`: the head comes last; `我的问题` is
    // the reader's own questions.
    check(
        "paper-notes/content/papers/2026-08-12-addressable-memory.md",
        "---\ntitle: \"Addressable Memory for Video World Models\"\npaper_url: \"https://arxiv.org/abs/2608.07408\"\nvenue: \"arXiv\"\n---\n\n## 研究问题\n\n旧记忆还能被找到吗？🎥\n\n## 核心方法\n\n把压缩后的 Key 放回训练范围内的虚拟位置。\n\n## 关键发现\n\n长视频上一致性更好。\n\n## 我的问题\n\n能用于语言模型吗？\n",
        expect![[r#"
            single front-matter "Addressable Memory for Video World Models" by - | header 2:9-2:50
              purpose "研究问题" h2 @7:4
              method "核心方法" h2 @11:4
              experiment "关键发现" h2 @15:4
        "#]],
    );
}

#[test]
fn a_heading_asking_what_the_paper_s_name_is() {
    // `### What is XLNet?` under `## Notes`: what the paper proposes.
    check(
        "research-paper-notes/notes/XLNet.md",
        "# XLNet: Generalized Autoregressive Pretraining for Language Understanding\r\n\r\n[paper url](https://arxiv.org/abs/1906.08237)\r\n\r\n## Notes\r\n\r\nBERT suffers from a pretrain-finetune discrepancy 🤔: its masked tokens never appear at fine-tuning, and it assumes the masked tokens independent of each other given the rest.\r\n\r\n### What is XLNet?\r\nA generalised autoregressive pretraining method that maximises the expected likelihood over all permutations of the factorization order, so that each position learns from both sides, and that borrows the recurrence of Transformer-XL.\r\n",
        expect![[r#"
            single heading "XLNet: Generalized Autoregressive Pretraining for Language Understanding" by - | header 1:3-1:75
              method "What is XLNet?" h3 inferred @9:5
        "#]],
    );
    check(
        "논문리뷰/BERT.md",
        "# BERT: Pre-training of Deep Bidirectional Transformers\n\n## 배경\n단방향 언어 모델의 한계 📚.\n\n## BERT란?\nmasked LM과 다음 문장 예측으로 사전학습한다.\n",
        expect![[r#"
            single heading "BERT: Pre-training of Deep Bidirectional Transformers" by - | header 1:3-1:56
              purpose "배경" h2 @3:4
              method "BERT란?" h2 inferred @6:4
        "#]],
    );
}

#[test]
fn a_file_named_in_camel_case() {
    // `GenerativeAdversarialNets.md`, no title inside: its words spaced.
    check(
        "papernotes/deeplearning/Notes/GenerativeAdversarialNets.md",
        "## Overview\n\nA generator and a discriminator play a minimax game; the generator learns to map noise to samples the discriminator cannot tell from data 🎲. Training alternates between the two, and at the optimum the generator's distribution equals the data's.\n\n## Generative modeling and related work\n\nDeep Boltzmann machines and their intractable likelihoods.\n",
        expect![[r#"
            single file-name "Generative Adversarial Nets" by - | header 1:1-1:12
              summary "Overview" h2 @1:4
        "#]],
    );
    // A joining word in lower case runs on from the word before it
    // (`Networksfor`).
    check(
        "PaperNote/TextClassification/RecurrentConvolutionalNeuralNetworksforTextClassification.md",
        "- Introduction\r\n  - 文本分类需要上下文信息 📚。\r\n- Model\r\n  - 循环结构加最大池化。\r\n- Experiments\r\n  - 四个数据集上效果最好。\r\n",
        expect![[r#"
            single file-name "Recurrent Convolutional Neural Networks for Text Classification" by - | header 1:1-1:15
              purpose "Introduction" line-start @1:3
              method "Model" line-start @3:3
              experiment "Experiments" line-start @5:3
        "#]],
    );
}

#[test]
fn a_title_field_or_bibtex_entry_further_down() {
    // `* Title : …` under `### Paper Info` at the end, the file named by a
    // short name: the field names the paper. `✅ Solved` is the method.
    check(
        "research_problem/papers/topics/editing/2023_dreambooth.md",
        "📌TL;DR: **Personalize a text-to-image model from 3-5 images**\n\n## Problem\n* **👀 Motivation**: models cannot mimic a given subject.\n\n* **✅ Solved**: fine-tune with a unique identifier for the subject.\n\n* **🤔 Unsolved**: context and subject stay entangled.\n\n# Paper\n\n### Paper Info\n* Title : DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation  \n* Venue : CVPR 2023\n",
        expect![[r#"
            single field "DreamBooth: Fine Tuning Text-to-Image Diffusion Models for Subject-Driven Generation" by - | header 13:11-13:95
              purpose "Problem" h2 @3:4
              purpose "👀 Motivation" bold @4:5
              method "✅ Solved" bold @6:5
        "#]],
    );
    // A BibTeX entry in a code block, the file's name misspelt; the
    // template's first heading `CHALLENGES` is no title.
    check(
        "PaperSummary/Dynamic Virtual Graph Significnance Netowrks.md",
        "# CHALLENGES\r\n# INTRODUCTION\r\n# citation\r\n```\r\n@inproceedings{pmlr-v1,\r\n  title={Dynamic Virtual Graph Significance Networks for {P}redicting Influenza},\r\n  author={Liu, Jie and Zhou, Ning},\r\n}\r\n```\r\n# METHODOLOGY\r\nA graph learned from the data 🦠 weighs each region's influence on the others; its significance network picks the neighbours that matter for the forecast, and the model is trained end to end.\r\n",
        expect![[r#"
            single field "Dynamic Virtual Graph Significance Networks for Predicting Influenza" by - | header 6:10-6:80
              purpose "CHALLENGES" h1 @1:3
              purpose "INTRODUCTION" h1 @2:3
              method "METHODOLOGY" h1 @10:3
        "#]],
    );
}

#[test]
fn prose_under_a_bibtex_entry() {
    // No heading and no label: the BibTeX entry is the paper's citation,
    // and the prose under it the note; a short title, and a file's name
    // that says no more than it.
    check(
        "attack-and-defense/2017/Universal_Adversarial_Perturbations.md",
        "```\r\n@inproceedings{moosavi17,\r\nauthor = {Moosavi-Dezfooli, Seyed-Mohsen and Frossard, Pascal},\r\ntitle = {{Universal Adversarial Perturbations}},\r\nyear = {2017}\r\n}\r\n```\r\n\r\nThis paper builds one perturbation for a whole training set, adding one image's perturbation to the next 🎯 until the model is fooled at the rate asked for. The perturbation is not unique: the order of the data changes it.\r\n\r\nIt transfers between models too, along a dominant direction.\r\n",
        expect![[r#"
            single field "Universal Adversarial Perturbations" by - | header 4:11-4:46
        "#]],
    );
    // In Korean, under a `bibtex` fence.
    check(
        "논문/cyclegan.md",
        "```bibtex\n@inproceedings{zhu2017,\n  title={Unpaired Image-to-Image Translation},\n  author={Zhu, Jun-Yan and Park, Taesung},\n}\n```\n\n짝이 없는 두 도메인 사이의 변환을 배운다 🐴. 생성자 두 개가 서로의 역함수가 되도록 cycle consistency loss를 둔다. 말과 얼룩말, 여름과 겨울 사진에서 그럴듯한 결과를 보였지만, 모양을 바꾸는 변환에는 약하다고 저자들이 말한다.\n",
        expect![[r#"
            single field "Unpaired Image-to-Image Translation" by - | header 3:10-3:45
        "#]],
    );
    // Only a pointer to someone else's summary under the entry: a link's
    // address is no prose, and the note is not begun.
    check(
        "attack-and-defense/2016/DeepFool.md",
        "```\n@inproceedings{moosavi2016deepfool,\nauthor = {Moosavi-Dezfooli, Seyed-Mohsen and Frossard, Pascal},\ntitle = {{Deepfool: a simple and accurate method to fool deep neural networks}},\n}\n```\n## Summary\nCheck the [summary](https://towardsdatascience.com/deepfool-a-simple-and-accurate-method-to-fool-deep-neural-networks-17e0d0910ac0) by others 👀.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn headings_without_a_space_after_their_hashes() {
    // `#Title` and `##Introduction`, as markdown of the day wrote them.
    check(
        "robotics-paper-reviews/push-and-swap.md",
        "#Push and Swap: Cooperative path finding with completeness guarantees\r\n\r\n##Introduction\r\nPaths that do not collide 🤖.\r\n\r\n##Main Idea\r\nPush towards the goal; swap when blocked.\r\n",
        expect![[r#"
            single heading "Push and Swap: Cooperative path finding with completeness guarantees" by - | header 1:2-1:70
              purpose "Introduction" h2 @3:3
              method "Main Idea" h2 @6:3
        "#]],
    );
    // A lone `#논문` and a line of tags are tags, not headings; nor is C
    // outside a code block.
    let text = "#include <stdio.h>\n#define MAX 100\n#논문\n#paper #nlp\n##실험 결과\n";
    let headings: Vec<(u8, &str)> = review_syntax::headings(text)
        .iter()
        .map(|heading| (heading.level, &text[heading.text.start..heading.text.end]))
        .collect();
    assert_eq!(headings, [(2, "실험 결과")]);
    check(
        "notes/트랜스포머.md",
        "#논문\n#paper #nlp\n\n트랜스포머를 처음 읽으며 적은 메모 📝. 어텐션만으로 번역을 한다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_post_titled_as_a_review_over_the_paper_s_field() {
    // The post's title says it is a review; `📝 **Paper:**` names the
    // paper, and `🔍 **Summary:**` holds a sentence of the note's own.
    check(
        "_reviews/glow-tts.md",
        "---\ntitle: \"Glow-TTS Paper Review\"\ncollection: reviews\ntags: [tts, paper-review]\n---\n\n📝 **Paper:** Glow-TTS: A Generative Flow for Text-to-Speech Synthesis  \n🔍 **Summary:** This paper introduces a **flow-based** model for TTS, more robust than Tacotron.\n\n📄 **Slides:** [View Here](https://docs.google.com/presentation/d/1lhloQL3CJ2nW5MJ0QOZB9X2D2kzd8BA3/edit)\n",
        expect![[r#"
            single field "Glow-TTS: A Generative Flow for Text-to-Speech Synthesis" by - | header 7:14-7:70
              summary "Summary" bold @8:5
        "#]],
    );
    // A post's title that is the paper's first words, after a tag in
    // lenticular brackets; the `논문` field gives the rest.
    check(
        "_posts/2021-04-04-PVT.md",
        "---\r\ntitle: 【Transformer】Pyramid Vision Transformer\r\n---\r\n\r\n- 논문 : Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions\r\n\r\n# 1. Introduction\r\nCNN 백본을 트랜스포머로 바꾼다 🔺.\r\n\r\n# 3. Method\r\n점점 줄어드는 피라미드 구조.\r\n",
        expect![[r#"
            single field "Pyramid Vision Transformer: A Versatile Backbone for Dense Prediction without Convolutions" by - | header 5:8-5:98
              purpose "1. Introduction" h1 @7:3
              method "3. Method" h1 @10:3
        "#]],
    );
    // HTML's escaped brackets around a tag; a heading that repeats a
    // title of one word is not a part named after it; `Key Takeaways`
    // are the reader's.
    check(
        "_posts/2021-12-25-EfficientNet.md",
        "---\ntitle: &#91;Paper Review&#93; EfficientNet\ntags:\n    - Paper\n---\n\nA brief paper review of EfficientNet <br>\n\n### EfficientNet\n\n[EfficientNet](https://arxiv.org/pdf/1905.11946.pdf)은 compound scaling으로 효율적인 ConvNet을 찾는다 📐.\n\n### Introduction\n모델을 키우는 세 방향을 함께 본다.\n\n### Key Takeaways\n\n깊이, 너비, 해상도를 함께 키운다.\n",
        expect![[r#"
            single front-matter "EfficientNet" by - | header 2:31-2:43
              purpose "Introduction" h3 @13:5
              takeaways "Key Takeaways" h3 @16:5
        "#]],
    );
    // And a colon escaped after the prefix, with or without its `;`.
    check(
        "_posts/2017-05-01-query-expansion.md",
        "---\r\nlayout: post\r\ntitle: Paper&#58 Query Expansion with Locally-Trained Word Embeddings\r\ncategories: [Paper]\r\n---\r\n\r\n# 动机\r\n* 全局 word embedding 忽略了 topic 📚.\r\n\r\n# 方法\r\n* 在相关文档上训练 local embedding.\r\n",
        expect![[r#"
            single front-matter "Query Expansion with Locally-Trained Word Embeddings" by - | header 3:18-3:70
              purpose "动机" h1 @7:3
              method "方法" h1 @10:3
        "#]],
    );
}

#[test]
fn an_info_heading_and_japanese_parts() {
    // `## INFO` over the paper's metadata is no title: the file's name is.
    // `検証方法` is how the paper was evaluated, `新規性` its novelty.
    check(
        "paper_summary/robotic_grasp/Efficient Grasp from RGBD Images.md",
        "## INFO\r\n### Author\r\nYun Jiang, Stephen Moseson\r\n\r\n## 概要\r\n把持位置を長方形で表す 🤖．\r\n\r\n## 提案手法\r\n二段階の探索．\r\n\r\n## 検証方法\r\n実ロボットで把持成功率を測る．\r\n\r\n## 新規性\r\n長方形表現．\r\n",
        expect![[r#"
            single file-name "Efficient Grasp from RGBD Images" by - | header 1:1-1:8
              summary "概要" h2 @5:4
              method "提案手法" h2 @8:4
              experiment "検証方法" h2 @11:4
              novelty "新規性" h2 @14:4
        "#]],
    );
}

#[test]
fn labels_in_html_and_misspelt_bold_labels() {
    // `<h3 style="…">` is a heading; `핵심 문제의식` is the problem.
    check(
        "paper/attention.md",
        "# Attention Is All You Need\n\n### 핵심 문제의식\nRNN은 병렬화가 어렵다 😵.\n\n<h3 style=\"color: royalblue; font-weight: bold\">기본 구조</h3>  \nEncoder-decoder, self-attention만 쓴다.\n\n## 실험\nWMT 2014 BLEU 28.4.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "핵심 문제의식" h3 @3:5
              method "기본 구조" h3 @6:49
              experiment "실험" h2 @9:4
        "#]],
    );
    // `**Expermental Dataset**:` is one letter from a label; a part of
    // nothing but `<p align="justify">` is empty.
    check(
        "paper_summaries/Show and Tell- A Neural Image Caption Generator/readme.md",
        "## [Show and Tell: A Neural Image Caption Generator](https://arxiv.org/abs/1411.4555)\r\n\r\n#### Key Idea\r\n\r\n<p align=\"justify\">\r\n<p align=\"justify\">\r\n\r\n#### Model\r\nA CNN encoder and an LSTM decoder 📷.\r\n\r\n**Expermental Dataset**: MSCOCO, Flickr30k\r\n",
        expect![[r#"
            single heading "Show and Tell: A Neural Image Caption Generator" by - | header 1:5-1:52
              method "Key Idea" h4 @3:6
              method "Model" h4 @8:6
              experiment "Expermental Dataset" bold @11:3
        "#]],
    );
    // What `empty-section` reads: tags of layout hold nothing; a `<br>`
    // after a label, an image, or a word do.
    for (content, vacant) in [
        (
            "\r\n<p align=\"justify\">\r\n<p align=\"justify\">\r\n",
            true,
        ),
        ("<div>\n</div>\n", true),
        ("<br>\n", false),
        ("<img src=\"fig1.png\">\n", false),
        ("<p>CNN 인코더 📷</p>\n", false),
    ] {
        assert_eq!(review_syntax::is_vacant(content), vacant, "{content:?}");
    }
    // The format a folder's notes follow is no note.
    check(
        "Paper_Review/reading_format_en.md",
        "# File name\nUse the following format: `CONF__YEAR__TITLE.md` 📄.\n\n# Paper information\n- Title: \n- Authors: \n- Venue: \n\n## Summary\n(What is the problem the paper is trying to solve?)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_site_s_page_of_paper_reviews() {
    // The page over a folder of reviews, with the questions every review
    // answers: `Paper Reviews` is the collection's name, not a paper's.
    check(
        "docs/paper-reviews/index.md",
        "---\ntitle: Paper Reviews\ntags:\n  - paper reviews\n---\n\n# Paper Reviews\n\nThis page tracks deep reads of individual papers 📚, one review each, with the question, the contribution, and what still seems fragile.\n\n## Review Rubric\n1. What problem is the paper actually solving?\n2. What is the core idea in plain language?\n\n## Problem\nEach review starts from the paper's question.\n\n## Method\nThen its core idea, in plain language.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_plain_first_line_over_the_day_and_the_paper_s_link() {
    check(
        "machine_learning_paper_reading_notes/yolo_v3.md",
        "YOLOv3: An Incremental Improvement\r\n4/7/2020\r\n\r\nhttps://pjreddie.com/media/files/papers/YOLOv3.pdf\r\n\r\n* used for real-time object detection 🚗, faster but less accurate than other methods.\r\n\r\n## Method\r\nIndependent logistic classifiers, skip connections and upsampling.\r\n",
        expect![[r#"
            single field "YOLOv3: An Incremental Improvement" by - | header 1:1-1:35
              method "Method" h2 @8:4
        "#]],
    );
    // A line over a date alone is no title.
    check(
        "notes/standup.md",
        "Things to do this week\n4/7/2020\n\n* fix the build 🔧\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_venue_with_a_year_of_two_digits_and_a_tag_before_a_dash() {
    // `(ToG'17.05)`: the venue, and the year after its apostrophe.
    check(
        "Paper_review/RGBD reconstruction/BundleFusion.md",
        "# BundleFusion: Real-time globally consistent 3d reconstruction using on-the-fly surface reintegration (ToG'17.05)\r\n\r\n## Method\r\nGlobal pose optimisation per frame 🧊.\r\n\r\n## Results\r\nReal-time on two GPUs.\r\n",
        expect![[r#"
            single heading "BundleFusion: Real-time globally consistent 3d reconstruction using on-the-fly surface reintegration" venue="ToG" year=2017 by - | header 1:3-1:103
              method "Method" h2 @3:4
              experiment "Results" h2 @6:4
        "#]],
    );
    // `[코드리뷰] - [Title](url), NIPS 2019`: the dash after the tag goes,
    // and the link's text is the title, over a short name in front matter.
    check(
        "_posts/2020-01-01-uda.md",
        "---\ntitle: \"[코드리뷰]UDA\"\n---\n\n# [코드리뷰] - [Unsupervised Data Augmentation for Consistency Training](https://arxiv.org/abs/1904.12848), NIPS 2019\n\n## 배경\nLabeled 데이터가 부족하다 😢.\n\n## 방법\nConsistency training.\n",
        expect![[r#"
            single heading "Unsupervised Data Augmentation for Consistency Training" by - | header 5:13-5:68
              purpose "배경" h2 @7:4
              method "방법" h2 @10:4
        "#]],
    );
    // A venue and year before a dash, the authors after one; a heading
    // ending in a colon labels what follows, it names no paper.
    check(
        "AI_Paper_Summaries/Audio_Visual/2104.00239_Positive_Sample_Propagation.md",
        "# CVPR 2021 - Positive Sample Propagation along the Audio-Visual Event Line - Zhou et al\r\n\r\n## Method\r\nPositive sample propagation between the two streams 🎬.\r\n",
        expect![[r#"
            single heading "Positive Sample Propagation along the Audio-Visual Event Line" venue="CVPR" year=2021 by - | header 1:15-1:76
              method "Method" h2 @3:4
        "#]],
    );
    // Under `# Some definitions:`, the file's name, without its arXiv id.
    check(
        "paper_review/2104.00239_Progressive_Networks.md",
        "# Some definitions:\n**Transfer learning** applies what one task taught to another 🧠.\n\n# Progressive networks\nA new column per task, with lateral connections to the frozen ones.\n\n## Method\nColumns and lateral adapters.\n",
        expect![[r#"
            single file-name "Progressive Networks" by - | header 1:1-1:20
              method "Method" h2 @7:4
        "#]],
    );
    // A link whose text is `Paper Link` names no paper, with its hard
    // line break after it.
    check(
        "Paper_review/BayesOpt.md",
        "# Paper title\n\n[Paper Link](https://arxiv.org/abs/1807.02811) \\\n\n## Abstract\n- Bayesian optimization optimises objectives that take hours to evaluate 🕐.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn keshav_s_first_pass_and_a_part_named_by_the_paper() {
    // `## Context` in the five Cs is the paper's background.
    check(
        "cse_paper_archive/CVPR/2015/dynamic_fusion/first_pass.md",
        "# DynamicFusion: Reconstruction and Tracking of Non-rigid Scenes in Real-Time\n\n## Category\nA real-time SLAM system 🎥.\n\n## Context\nKinectFusion assumes a static scene.\n\n## Contributions\nA dense non-rigid warp field.\n",
        expect![[r#"
            single heading "DynamicFusion: Reconstruction and Tracking of Non-rigid Scenes in Real-Time" by - | header 1:3-1:78
              purpose "Context" h2 @6:4
              novelty "Contributions" h2 @9:4
              method "Contributions" h2 inferred @9:4
        "#]],
    );
    // A one-word title heading is the title, not a part named after it.
    check(
        "paper-summary/xlnet.md",
        "# XLNet\n\n## Background\nBERT의 pretrain-finetune 불일치 🤔.\n\n## Results\nGLUE에서 BERT보다 높다.\n",
        expect![[r#"
            single heading "XLNet" by - | header 1:3-1:8
              purpose "Background" h2 @3:4
              experiment "Results" h2 @6:4
        "#]],
    );
    // `## LiT` under `# LiT : …`: the part named after what is proposed.
    check(
        "paper-summary/vision-and-language/lit/README.md",
        "# LiT : Zero-Shot Transfer with Locked-image text Tuning\n\n- https://arxiv.org/pdf/2111.07991\n\n## 概要\n- 画像エンコーダを固定するか学習するかを調べた。\n\n## LiT\n- 事前学習した画像エンコーダを固定し、テキストエンコーダだけ学習する 🔒。\n",
        expect![[r#"
            single heading "LiT : Zero-Shot Transfer with Locked-image text Tuning" by - | header 1:3-1:57
              summary "概要" h2 @5:4
              method "LiT" h2 inferred @8:4
        "#]],
    );
}

#[test]
fn a_korean_heading_over_the_paper_s_title_as_a_subtitle() {
    // The heading is the reader's rendering; `**부제:**` gives the paper's
    // own title, and makes a glued Korean heading a review.
    check(
        "notes/alphagrpo.md",
        "# AlphaGRPO로여는성찰적생성\r\n\r\n**부제:** AlphaGRPO: Unlocking Self-Reflective Multimodal Generation in UMMs\r\n\r\n## 문제 정의(Problem)\r\n자체 검증과 보정이 약하다 🪞.\r\n\r\n## 제안 방법(Method)\r\nGRPO와 분해된 검증 보상을 함께 쓴다.\r\n",
        expect![[r#"
            single field "AlphaGRPO: Unlocking Self-Reflective Multimodal Generation in UMMs" by - | header 3:9-3:75
              purpose "문제 정의(Problem)" h2 @5:4
              method "제안 방법(Method)" h2 @8:4
        "#]],
    );
}

#[test]
fn the_writer_s_own_project_is_no_review() {
    // `# Graduation Project` over background, method and results: a
    // project's README, not a note on a paper.
    check(
        "notes/README.md",
        "# Graduation Project\n\n## 배경\n영상 구간 검색의 쿼리가 모호하다 🎬.\n\n## 방법\nLLM으로 쿼리를 정제한다.\n\n## 결과\nR@1이 3.2 올랐다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_note_named_by_its_model_in_a_paper_folder() {
    // `paper_notes/PIFu.md`: numbered prose, no heading; the file's name is
    // a model's (two capitals), not a topic's.
    let prose = "1. 有encoder和decoder，输入是图片中某一位置的特征向量和该点的深度值 🧍。\n输出是该点在模型内的概率值，用0到1去决定。\n2. 试图拟合一个当X在surface内为1、在surface外为0的function。\n同时将0.5作为一个threshold去抽取等值面（iso-surface）。\n3. 关于sampling的method：只在iso-surface上抽取会导致overfit。\n所以在geometry surface上抽取并加上扰动，与直接抽取点的比例大约为16：1。\n对于loss function用的是每个pixel上的MSE。\n4. 对于texture的预测，将之前函数输出的概率值修改为RGB向量即可。\nLoss function 用的是L1 error的average。\n5. multi-view的情况：将各个single-view的结果再过一个函数结合一下，得到最终的表面。\n";
    check(
        "paper_notes/PIFu.md",
        prose,
        expect![[r#"
            single file-name "PIFu" by - | header 1:1-1:46
        "#]],
    );
    // The same prose named by a topic: a study note.
    check(
        "paper_notes/implicit surfaces.md",
        prose,
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_short_name_heading_over_the_title_in_italics() {
    check(
        "Paper-Notes/Spark.md",
        "# Spark\n\n*Resilient Distributed Datasets: A Fault-Tolerant Abstraction for In-Memory Cluster Computing*\n\n### Introduction\n\n##### Motivations\nReuse of data across jobs ⚡.\n\n### Design\nRDDs with lineage.\n",
        expect![[r#"
            single field "Resilient Distributed Datasets: A Fault-Tolerant Abstraction for In-Memory Cluster Computing" by - | header 3:2-3:94
              purpose "Introduction" h3 @5:5
              purpose "Motivations" h5 @7:7
              method "Design" h3 @10:5
        "#]],
    );
}

#[test]
fn a_collection_s_readme_under_its_generic_title() {
    // `# Paper Summaries` opening a README, then a taxonomy of the field:
    // the collection's page, not a review of the taxonomy.
    check(
        "Paper-Summaries/README.md",
        "# Paper Summaries\n\nPersonal collection of top papers in **Robot Learning**, each with a short summary 🤖.\n\n## Taxonomy of related fields\n\n### Optimization Methods\nGeneral optimization techniques.\n\n## Method\nHow the summaries are written.\n\n## Results\nThirty papers so far.\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A smaller heading over a larger one tags the note the larger one
    // titles: `### Paper Review` over `# Segment Anything (2023)`.
    check(
        "Paper-Review/sam/README.md",
        "### Paper Review\r\n# Segment Anything (2023)\r\n[Paper](https://arxiv.org/pdf/2304.02643.pdf) | [Code](https://github.com/facebookresearch/segment-anything)\r\n\r\n## 1. Introduction\r\n프롬프트로 무엇이든 분할하는 foundation model을 만든다 🎯.\r\n\r\n## 2. Segment Anything Model\r\n- **Image Encoder** | MAE로 사전학습한 ViT-H/16.\r\n",
        expect![[r#"
            single heading "Segment Anything" year=2023 by - | header 2:3-2:19
              purpose "1. Introduction" h2 @5:4
              method "2. Segment Anything Model" h2 inferred @8:4
        "#]],
    );
}

#[test]
fn a_bold_title_with_its_authors_over_the_problem() {
    // `**Title**, by Authors`: the bold part is the title; `## The Problem`
    // is the purpose, not a title.
    check(
        "paper_reviews/meta_dataset.md",
        "**Meta-Dataset: A Dataset of Datasets for Learning to Learn From Few Examples**, by Triantafillou et al.\r\n\r\nPaper link [here](https://arxiv.org/pdf/1903.03096.pdf).\r\n\r\n## The Problem\r\nFew-shot benchmarks are too easy 🎯.\r\n\r\n## Proposed Approach\r\nTen datasets, episodes of varying ways and shots.\r\n\r\n## Experiments\r\nProto-MAML does best.\r\n",
        expect![[r#"
            single heading "Meta-Dataset: A Dataset of Datasets for Learning to Learn From Few Examples" by - | header 1:3-1:78
              purpose "The Problem" h2 @5:4
              method "Proposed Approach" h2 @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
}

#[test]
fn a_chinese_heading_over_a_folder_named_with_the_title() {
    // `# 讲解视频链接` opening `Distilling the Knowledge in a Neural
    // Network/readme.md`: a part of the note; the folder names the paper.
    // `# 前情提要` is its background.
    check(
        "paper_review/Distilling the Knowledge in a Neural Network/readme.md",
        "# 讲解视频链接\nhttps://www.youtube.com/watch?v=k63qGsH1jLo\n\n# 前情提要\n训练和使用的模型需求不一样 🎓：训练时可以用大算力，使用时很在意时间。\n\n# 大概\n用大模型的soft target来训练小模型。\n",
        expect![[r#"
            single folder "Distilling the Knowledge in a Neural Network" by - | header 1:1-1:9
              purpose "前情提要" h1 @4:3
              method "大概" h1 inferred @7:3
        "#]],
    );
}

#[test]
fn korean_reading_questions_on_results_data_and_prior_limits() {
    // `기존 연구들의 한계는?` asks for the purpose, `어떤 성과를 얻었는가?` for
    // the results; `📄 논문 정리:` and `(원문 요약)` are what the note is.
    check(
        "notes/pointnet.md",
        "## 📄 논문 정리: PointNet — Deep Learning on Point Sets (원문 요약)\r\n\r\n### 기존 연구들의 한계는 무엇인가?\r\n점군을 voxel로 바꾸면 비싸다.\r\n\r\n### 그 한계를 어떻게 해결하였는가?\r\n점마다 같은 MLP와 max pooling 🧊.\r\n\r\n### 어떤 성과를 얻었는가?\r\nModelNet40 89.2%.\r\n\r\n### 비판적 읽기 & 한계점은 무엇인가?\r\n지역 구조를 못 본다.\r\n",
        expect![[r#"
            single heading "PointNet — Deep Learning on Point Sets" by - | header 1:13-1:51
              purpose "기존 연구들의 한계는 무엇인가?" h3 @3:5
              method "그 한계를 어떻게 해결하였는가?" h3 @6:5
              experiment "어떤 성과를 얻었는가?" h3 @9:5
        "#]],
    );
}

#[test]
fn what_the_note_is_said_around_its_title() {
    // `- 논문 리뷰` after a dash, `(논문 요약)` before the title.
    check(
        "Blockchain_Paper_Reviews/SoK-Review/README.md",
        "# SoK: Communication Across Distributed Ledgers - 논문 리뷰\n\n## Why\n체인 사이의 통신은 왜 어려운가 🔗.\n\n## How\n신뢰 가정별로 분류한다.\n\n## 결과\n프로토콜 세 부류의 장단점을 정리한다.\n",
        expect![[r#"
            single heading "SoK: Communication Across Distributed Ledgers" by - | header 1:3-1:48
              purpose "Why" h2 @3:4
              method "How" h2 @6:4
              experiment "결과" h2 @9:4
        "#]],
    );
    check(
        "paper-review/flash3.md",
        "---\ntitle: \"(논문 요약) FlashAttention-3: Fast and Accurate Attention with Asynchrony\"\n---\n\n## 문제 정의\nH100에서 이용률이 낮다 ⚡.\n\n## 실험 결과\n1.5-2배 빠르다.\n",
        expect![[r#"
            single front-matter "FlashAttention-3: Fast and Accurate Attention with Asynchrony" by - | header 2:17-2:78
              purpose "문제 정의" h2 @5:4
              experiment "실험 결과" h2 @8:4
        "#]],
    );
    // `（EGU 摘要解读）` in full-width parentheses, and headings joining two
    // parts with `与`.
    check(
        "weather-dl-paper-notes/notes/05-xaurora.md",
        "# Xaurora：Aurora 的谱一致性 S2S 微调（EGU 摘要解读）\n\n## 研究问题与最小可核验结论\n次季节预报的谱能量衰减 🌦️。\n\n## 方法流程与能够推断之处\n在Aurora上做谱一致性微调。\n\n## 性能与实验披露表\n摘要只给出了部分指标。\n",
        expect![[r#"
            single heading "Xaurora：Aurora 的谱一致性 S2S 微调" by - | header 1:3-1:30
              method "方法流程与能够推断之处" h2 @6:4
              experiment "性能与实验披露表" h2 @9:4
        "#]],
    );
}

#[test]
fn a_collection_readme_saying_whose_it_is() {
    check(
        "paper_review/README.md",
        "# Paper Study (seunghee's Archive)\n\n읽은 논문 분석 보고서를 마크다운으로 작성해 정적 사이트로 공개하는 저장소입니다 📚.\n\n## 구조\n- papers/: 논문별 보고서\n\n## 방법\nAstro로 빌드한다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_template_s_questions_answered_or_not() {
    // Answered: `What questions are the authors addressing?` asks for the
    // purpose.
    check(
        "deep-learning-papers/summaries/rcnn.md",
        "### Rich feature hierarchies for accurate object detection\r\n\r\nLink to pdf: https://arxiv.org/abs/1311.2524\r\n\r\n### Abstract\r\n\r\n__*What questions are the authors addressing?*__\r\n\r\nCan a CNN replace hand-made features for detection? 🔍\r\n\r\n### Materials and Methods\r\n\r\n__*What is their developed system?*__\r\n\r\nRegion proposals, AlexNet features, SVMs.\r\n\r\n### Experiments\r\n\r\n__*What experiments were conducted*__\r\n\r\nVOC 2012, mAP 53.3%.\r\n",
        expect![[r#"
            single heading "Rich feature hierarchies for accurate object detection" by - | header 1:5-1:59
              summary "Abstract" h3 @5:5
              purpose "*What questions are the authors addressing?*" bold @7:3
              method "Materials and Methods" h3 @11:5
              experiment "Experiments" h3 @17:5
              experiment "*What experiments were conducted*" bold @19:3
        "#]],
    );
    // Unanswered: the title and its link filled in, every question left
    // as it was.
    check(
        "deep-learning-papers/summaries/yolo9000.md",
        "### YOLO9000: Better, Faster, Stronger\r\n\r\nLink to pdf: http://arxiv.org/abs/1612.08242\r\n\r\n### Abstract\r\n\r\n__*What questions are the authors addressing?*__\r\n\r\n__*What is the major finding or scientific contribution of this work?*__\r\n\r\n### Materials and Methods\r\n\r\n__*What is their experimental methodology or developed system?*__\r\n\r\n### Experiments\r\n\r\n__*What experiments were conducted*__\r\n\r\n__*Which dataset(s) were used by the authors of this paper?*__\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn a_chinese_part_heading_is_no_title() {
    // `## 背景介绍` names the background; the file names the paper.
    check(
        "paper_notes/Decreased Abundance of Akkermansia muciniphila Leads to Impaired Insulin Secretion.md",
        "## 背景介绍\n2型糖尿病与肠道菌群有关 🦠。\n\n目的：研究A. muciniphila的丰度与胰岛素分泌的关系。\n\n## 结果\n瘦型患者中丰度降低。\n",
        expect![[r#"
            single file-name "Decreased Abundance of Akkermansia muciniphila Leads to Impaired Insulin Secretion" by - | header 1:1-1:8
              purpose "背景介绍" h2 @1:4
              purpose "目的" line-start @4:1
              experiment "结果" h2 @6:4
        "#]],
    );
}

#[test]
fn a_short_name_over_the_rest_of_its_title() {
    // `# Alpha-CLIP` over `### A CLIP model …` and straight into the
    // sections: one title, spanning both headings.
    check(
        "paper_review/AlphaCLIP/AlphaCLIP.md",
        "# Alpha-CLIP\r\n### A CLIP model Focusing on whatever you want\r\n\r\n## Introduction\r\n영역을 인식하는 CLIP 🎯.\r\n\r\n## Method\r\nRGBA 영역-텍스트 쌍.\r\n\r\n## Experiments\r\nImageNet 분류.\r\n",
        expect![[r#"
            single heading "Alpha-CLIP: A CLIP model Focusing on whatever you want" by - | header 1:3-2:47
              purpose "Introduction" h2 @4:4
              method "Method" h2 @7:4
              experiment "Experiments" h2 @10:4
        "#]],
    );
    // With a line under the two, and the year left as a field.
    check(
        "paper_review/U-Net(2015)/u-net.md",
        "# U-Net\n### Convolutional Networks for Biomedical Image Segmentation (2015)\n\none of the most influential papers 🧬\n\n### Introduction\n분할은 픽셀마다 분류한다.\n\n### Method\ncontracting path와 expanding path.\n",
        expect![[r#"
            single heading "U-Net: Convolutional Networks for Biomedical Image Segmentation" year=2015 by - | header 1:3-2:61
              purpose "Introduction" h3 @6:5
              method "Method" h3 @9:5
        "#]],
    );
    // A smaller heading with a paragraph under it is a section, and a
    // template's aside in parentheses is no part of the title.
    check(
        "review/controlnet.md",
        "# ControlNet\n\n## Additional Control with Image-based condition\n\n기존의 Text-to-Image 모델들은 text prompt로 생성할 이미지의 특징을 조절할 수 있었습니다. 하지만 이런 prompt-based control만으로는 한계가 있었습니다 🎨.\n\n## Experiments\nCanny edge 조건.\n\n**Paper**: https://arxiv.org/abs/2302.05543\n",
        expect![[r#"
            single heading "ControlNet" by - | header 1:3-1:13
              method "Additional Control with Image-based condition" h2 inferred @3:4
              experiment "Experiments" h2 @7:4
        "#]],
    );
    check(
        "review/hypergan.md",
        "# HyperGAN\n\n## \\(Start your manuscript from here\\)\n\n## 1. Problem definition\nGAN으로 신경망 가중치를 생성한다.\n\n## 2. Method\n생성기.\n\n## 3. Experiments\nMNIST와 CIFAR-10.\n",
        expect![[r#"
            single heading "HyperGAN" by - | header 1:3-1:11
              purpose "1. Problem definition" h2 @5:4
              method "2. Method" h2 @8:4
              experiment "3. Experiments" h2 @11:4
        "#]],
    );
}

#[test]
fn a_short_name_whose_whole_title_follows_near_the_top() {
    // `# SmoothQuant 论文笔记` over the whole title on a line of its own.
    check(
        "W8A8/SmoothQuant_Paper_Notes.md",
        "# SmoothQuant 论文笔记\n\n> 关联文档：[README.md](README.md) 📎\n\nSmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models\n\n## 动机\n激活值有离群值。\n\n## 方法\n平滑迁移。\n\n## 实验\nOPT-175B。\n",
        expect![[r#"
            single heading "SmoothQuant: Accurate and Efficient Post-Training Quantization for Large Language Models" by - | header 1:3-1:14
              purpose "动机" h2 @7:4
              method "方法" h2 @10:4
              experiment "实验" h2 @13:4
        "#]],
    );
    // A post titled by the short name, the whole title in a sentence's
    // quotation marks that close on the next line.
    check(
        "src/content/blog/c2cserve.md",
        "---\r\ntitle: \"Paper Notes: C2CServe\"\r\npubDate: 2026-07-22\r\n---\r\n\r\n### Citation\r\n\r\nThe paper named \"C2CServe: Leveraging NVLink-C2C for Elastic\r\nServerless LLM Serving on MIG\" 🚀 is by people from UVA.\r\n\r\n### Background\r\n롱테일 모델 서빙.\r\n\r\n### Key Ideas\r\nCPU 메모리에 가중치를 둔다.\r\n\r\n### Evaluation\r\nGH200에서 측정.\r\n",
        expect![[r#"
            single front-matter "C2CServe: Leveraging NVLink-C2C for Elastic Serverless LLM Serving on MIG" by - | header 2:22-2:30
              purpose "Background" h3 @11:5
              method "Key Ideas" h3 @14:5
              experiment "Evaluation" h3 @17:5
        "#]],
    );
    // A folder's name in lower case, the whole title in a table's cell:
    // found where the table gives it.
    // (A file's name writes the words apart: `sentence-bert`.)
    check(
        "papers/sentence-bert/README.md",
        "> 문장 임베딩의 초기 구조 🧭.\n\n| Item | Details |\n| --- | --- |\n| **Paper** | *Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks* |\n| **Venue** | EMNLP 2019 |\n\n## Motivation\nBERT는 문장 쌍마다 추론해야 한다.\n\n## Method\n샴 구조와 pooling.\n\n## Results\nSTS 벤치마크.\n",
        expect![[r#"
            single field "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks" by - | header 5:16-5:78
              purpose "Motivation" h2 @8:4
              method "Method" h2 @11:4
              experiment "Results" h2 @14:4
        "#]],
    );
    // Not a section heading that opens with the name, nor a sentence in
    // lower case after it.
    check(
        "notes/bert.md",
        "# BERT\n\n양방향 인코더를 다룬다 🙂. BERT: the model reads both directions.\n\n## Motivation\n단방향의 한계.\n\n## BERT: Model Architecture And Training Objectives\n마스크 언어 모델.\n\n## Experiments\nGLUE.\n",
        expect![[r#"
            single heading "BERT" by - | header 1:3-1:7
              purpose "Motivation" h2 @5:4
              method "BERT: Model Architecture And Training Objectives" h2 @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
}

#[test]
fn a_citation_in_a_title_field_gives_the_title_in_quotes() {
    check(
        "GDSC_Study/Week_2.md",
        "#### 날짜 : 2022.10.03.~2022.10.10.\r\n#### 논문명 : Hinton, Geoffrey E., and Ruslan R. Salakhutdinov. \"Reducing the dimensionality of data with neural networks.\" Science 313.5786 (2006): 504-507. (Milestone)\r\n\r\n## 방법\r\n- autoencoder 🔁: encoder와 decoder\r\n\r\n## 실험 결과\r\n- PCA보다 reconstruction 오류가 적음\r\n",
        expect![[r#"
            single field "Reducing the dimensionality of data with neural networks" by - | header 2:63-2:119
              method "방법" h2 @4:4
              experiment "실험 결과" h2 @7:4
        "#]],
    );
    check(
        "GDSC_Study/Week_8.md",
        "**논문명**: Simonyan, Karen, and Andrew Zisserman. “Very deep convolutional networks for large-scale image recognition.” arXiv preprint arXiv:1409.1556\n\n## 목적\n깊이가 성능에 미치는 영향 📏.\n\n## 방법\n3x3 합성곱을 쌓는다.\n",
        expect![[r#"
            single field "Very deep convolutional networks for large-scale image recognition" by - | header 1:50-1:116
              purpose "목적" h2 @3:4
              method "방법" h2 @6:4
        "#]],
    );
}

#[test]
fn section_words_joined_by_a_particle_or_followed_by_a_preposition() {
    check(
        "paper_summaries/deeprecsys.md",
        "## DeepRecSys: A System for Optimizing End-To-End At-Scale Neural Recommendation Inference\n\n### 연구 배경과 문제의식\n추천 모델의 추론이 데이터센터 사이클을 차지한다 🏢.\n\n### Main Motivation on Heterogeneous Opportunity\nCPU와 GPU를 함께 쓸 기회.\n\n### Introduce\n질의 크기가 다양하다.\n\n### Key Results on Production Traces\n지연 시간이 줄었다.\n\n### An Optimization Objective for Tail Latency\n스케줄러의 목적 함수.\n",
        expect![[r#"
            single heading "DeepRecSys: A System for Optimizing End-To-End At-Scale Neural Recommendation Inference" by - | header 1:4-1:91
              purpose "연구 배경과 문제의식" h3 @3:5
              purpose "Main Motivation on Heterogeneous Opportunity" h3 @6:5
              purpose "Introduce" h3 @9:5
              experiment "Key Results on Production Traces" h3 @12:5
        "#]],
    );
}

#[test]
fn pages_that_only_look_like_notes() {
    // A template that still says where the notes go.
    check(
        "_notes/text diffusion generation/2025-ho-ddpm.md",
        "---\ntitle: Denoising Diffusion Probabilistic Models\nlink_pdf: \"https://proceedings.neurips.cc/paper/2020/file/4c5b-Paper.pdf\"\n---\n# Note content starts here\nYour personal notes and summaries about the paper go here. You can use standard Markdown.\n\n## Summary\nA two-to-three sentence summary capturing the main idea and contribution.\n\n## 1 · Problem / Motivation\n*What problem does the paper tackle and why is it important?*\n\n## 3 · Method\n> Include a diagram, formula, or algorithm if helpful\n",
        expect![[r#"
            not a review
        "#]],
    );
    // A blog's page about its writer, however much it speaks of papers.
    check(
        "content/posts/about-me.md",
        "+++\r\ntitle = \"About Me and Contact Information\"\r\ntags = [\"AI\", \"deep learning\"]\r\n+++\r\n\r\n## Welcome to My Blog\r\n\r\nThis is where I share summaries of the latest research papers in AI, along with my thoughts and analyses 🤖.\r\n\r\n### About Me\r\n\r\nHi, I'm Pink! I enjoy diving deep into research papers and sharing accessible summaries of their method and experiments to help others stay updated.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn authors_in_a_small_heading_under_the_title() {
    check(
        "papers/computer-vision/1.md",
        "## Scene Completion Using Millions of Photographs\n\n#### James Hays, Alexei A. Efros\n\n#### ACM Transactions on Graphics (SIGGRAPH 2007). August 2007, vol. 26, No. 3.\n\nThe paper discusses a data-driven, \"what could have been there\" approach to image completion or inpainting 🖼️. The 3 main challenges of computational cost, semantic validity, and texture mismatch are tackled using nearest neighbor search over gist descriptors and a very large dataset of 2.3M images, then completed using graph cut seam finding and Poisson blending.\n\n1. Was part based matching examined?\n",
        expect![[r#"
            single heading "Scene Completion Using Millions of Photographs" by - | header 1:4-1:50
        "#]],
    );
}

#[test]
fn a_venue_and_year_right_after_the_title() {
    check(
        "Paper-Reading-Notes/IMC/A Tangled Mass.md",
        "## A Tangled Mass: The Android Root Certificate Stores IMC’16\r\n\r\n### 概述\r\n安卓设备的根证书存储 📱。\r\n\r\n### 数据收集与分析方法\r\n收集了多个厂商的证书。\r\n\r\n### 实验结果\r\n发现了额外的证书。\r\n",
        expect![[r#"
            single heading "A Tangled Mass: The Android Root Certificate Stores" venue="IMC" year=2016 by - | header 1:4-1:55
              summary "概述" h3 @3:5
              method "数据收集与分析方法" h3 @6:5
              experiment "实验结果" h3 @9:5
        "#]],
    );
}

#[test]
fn a_post_s_title_that_says_what_the_post_is() {
    // `Model review:` before the paper's title.
    check(
        "_posts/2022-07-29-Classifier-Free Diffusion Guidance (Ho et al., 2021).md",
        "---\r\ntitle: \"Model review: Classifier-Free Diffusion Guidance\"\r\ntags: [diffusion]\r\n---\r\n\r\n## Motivation\r\n분류기 없이 guidance를 얻고 싶다 🎯.\r\n\r\n## Method\r\n조건부와 무조건부 score를 섞는다.\r\n\r\n## Experiments\r\nFID와 IS의 trade-off.\r\n",
        expect![[r#"
            single front-matter "Classifier-Free Diffusion Guidance" by - | header 2:23-2:57
              purpose "Motivation" h2 @6:4
              method "Method" h2 @9:4
              experiment "Experiments" h2 @12:4
        "#]],
    );
    // `[paper review] SINGAPO` over a smaller heading with the whole title.
    check(
        "_posts/2025-05-18.md",
        "---\ntitle: '[paper review] SINGAPO'\ndate: 2025-05-18\n---\n\n## SINGAPO: Single Image Controlled Generation of Articulated Parts In Objects\n| [Arxiv](https://arxiv.org/pdf/2410.16499) |\n\n### Introduction\n한 장의 이미지로 관절 물체를 만든다 🚪.\n\n### Method\n부분 연결 그래프.\n",
        expect![[r#"
            single heading "SINGAPO: Single Image Controlled Generation of Articulated Parts In Objects" by - | header 6:4-6:79
              purpose "Introduction" h3 @9:5
              method "Method" h3 @12:5
        "#]],
    );
    // A plain value folded onto the next, indented line.
    check(
        "_posts/2025-07-25-rare-disease.md",
        "---\ncategories:\n- RAG\nexcerpt: Integrating Chain-of-Thought and Retrieval Augmented Generation Enhances\n  Rare Disease Diagnosis에 대한 분석\ntitle: Integrating Chain-of-Thought and Retrieval Augmented Generation Enhances Rare\n  Disease Diagnosis from Clinical Notes\ntoc: true\n---\n\n## 1. 연구 배경\n희귀 질환 진단은 어렵다 🧬.\n\n## 2. 제안 방법\nCoT와 RAG를 결합한다.\n\n## 3. 실험 결과\n정확도가 올랐다.\n",
        expect![[r#"
            single front-matter "Integrating Chain-of-Thought and Retrieval Augmented Generation Enhances Rare Disease Diagnosis from Clinical Notes" by - | header 6:8-7:40
              purpose "1. 연구 배경" h2 @11:4
              method "2. 제안 방법" h2 @14:4
              experiment "3. 실험 결과" h2 @17:4
        "#]],
    );
}

#[test]
fn the_readme_of_a_paper_s_implementation() {
    check(
        "Paper-Review/GPT/README.md",
        "# GPT-1 기반 한국어-영어 번역 모델\n\n이 프로젝트는 GPT-1 아키텍처를 사용하여 한국어를 영어로 번역하는 모델을 구현합니다 🤖.\n\n## 목표\n\n번역.\n\n## 설치 및 실행\n\n```bash\npip install -r requirements.txt\n```\n\n## 모델 구조\n\n- Transformer Decoder 기반, 6개 레이어\n\n## 사용법\n\n```python\ntranslate(\"나는 밥을 먹는다\")\n```\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "LeNet/README.md",
        "# LeNet-5 PyTorch 구현\r\n\r\n> **Gradient-Based Learning Applied to Document Recognition** (LeCun et al., 1998)\r\n\r\n## 개요\r\nCNN의 시초가 된 LeNet-5를 PyTorch로 구현하고 MNIST로 학습한 프로젝트 🧪.\r\n\r\n## 폴더 구조\r\n```\r\nLeNet/\r\n├── model.py\r\n└── train.py\r\n```\r\n\r\n## 모델 구조\r\nConv1, AvgPool1, Conv2.\r\n\r\n## 실행 방법\r\n```bash\r\npython train.py\r\n```\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

#[test]
fn phrases_before_a_colon_in_a_note_s_sections_are_no_reviewers() {
    // `분류손실:` and `회귀손실:` open no Korean name (no family name): one
    // note, not a collection of three reviews.
    check(
        "CV_Paper_review/Faster_Rcnn.md",
        "# Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks\r\nLink: https://arxiv.org/pdf/1506.01497.pdf\r\n## Module\r\n### 1. RPN(Region Proposal Network)\r\n#### 1.1 합성곱 계층으로 전체 이미지에 연산 🖼️\r\n##### 1.3.2 Loss Function\r\n###### 분류손실: 모델이 각 객체의 클래스를 얼마나 잘 예측하는지\r\n###### 회귀손실: 모델이 객체의 위치를 얼마나 잘 예측하는지\r\n## Experiments\r\nVOC 2007에서 mAP 73.2%.\r\n",
        expect![[r#"
            single heading "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks" by - | header 1:3-1:81
              method "Module" h2 inferred @3:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
}

#[test]
fn titles_written_across_lines_or_in_quotes() {
    // A title running on to the next line, authors in a heading under it.
    check(
        "paper_notes/2020/coverage_voronoi.md",
        "# Decentralized Minimum-Energy Coverage Control\nfor Time-Varying Density Functions\n## Maria Santos, Siddharth Mayya, Gennaro Notomista, and Magnus Egerstedt\n\n* https://ieeexplore.ieee.org/abstract/document/8901076\n* 밀도 함수가 시간에 따라 변할 때의 커버리지 제어 🤖\n\n## Method\n분산 제어기.\n\n## Experiments\n로봇 6대로 실험.\n",
        expect![[r#"
            single heading "Decentralized Minimum-Energy Coverage Control for Time-Varying Density Functions" by - | header 1:3-2:35
              method "Method" h2 @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
    // A short name over a quoted title and its year.
    check(
        "NLP/LSTM/README.md",
        "# LSTM\r\n\r\n\"LONG SHORT-TERM MEMORY\" - 1997\r\n\r\n-Sepp Hochreiter, Jürgen Schmidhuber\r\n\r\n## 목적\r\n기울기 소실 문제를 해결한다 📉.\r\n\r\n## 방법\r\n게이트와 셀 상태.\r\n",
        expect![[r#"
            single field "LONG SHORT-TERM MEMORY" by - | header 3:2-3:24
              purpose "목적" h2 @7:4
              method "방법" h2 @10:4
        "#]],
    );
    // A title of more than six words joined by `and`, whose last word is
    // one letter from a part's name (`Opinion`).
    check(
        "papernotes/Anonymous.md",
        "# Browsing News According to Subjects and Opinions\n\nObViz is an automated news delivery system that balances the opinions shown to readers 📰. It separates a stream of news articles into different subjects and for each subject it identifies articles holding opposing views.\n\nMethodology: cluster the articles by subject, then by opinion.\n",
        expect![[r#"
            single heading "Browsing News According to Subjects and Opinions" by - | header 1:3-1:51
              method "Methodology" line-start @5:1
        "#]],
    );
}

#[test]
fn a_post_described_as_a_paper() {
    check(
        "posts/insid3.md",
        "---\ntitle: \"INSID3: 단 하나의 자기지도 모델로 In-context Segmentation\"\ndek: DINOv3 피처만으로 파인튜닝 없이 세그멘테이션을 달성한 CVPR 2026 Oral 논문.\n---\n\n## 핵심 문제: Positional Bias\n대응이 위치에 치우친다 📍.\n\n## 실험 결과\n원샷 세그멘테이션 SOTA.\n",
        expect![[r#"
            single front-matter "INSID3: 단 하나의 자기지도 모델로 In-context Segmentation" by - | header 2:9-2:55
              purpose "핵심 문제: Positional Bias" h2 @6:4
              experiment "실험 결과" h2 @9:4
        "#]],
    );
}

#[test]
fn a_series_part_and_a_dashed_review_word_around_a_post_s_title() {
    check(
        "_posts/2018-02-10-resNet1.md",
        "---\r\nlayout: post\r\ntitle: resNet[1] Deep Residual Learning for Image Recognition(2015) - Review\r\ncategories: [paper review]\r\n---\r\n\r\n## 1. Introduction\r\n깊은 망은 학습이 어렵다 📉.\r\n\r\n## 2. Residual Learning\r\n잔차를 학습한다.\r\n\r\n## 3. Experiments\r\nImageNet top-5 3.57%.\r\n",
        expect![[r#"
            single front-matter "Deep Residual Learning for Image Recognition" year=2015 by - | header 3:18-3:62
              purpose "1. Introduction" h2 @7:4
              method "2. Residual Learning" h2 inferred @10:4
              experiment "3. Experiments" h2 @13:4
        "#]],
    );
    // A quoted title alone on the line under a short name loses its quotes.
    check(
        "CV/Classification/GhostNet/README.md",
        "# GhostNet\n\n\"More Features from Cheap Operations\"\n\n[Paper](https://arxiv.org/abs/1911.11907)\n\n## 1. Introduction\n특징 맵의 중복을 줄인다 👻.\n\n## 2. Ghost Module\n값싼 선형 연산.\n\n## 3. Experiments\nImageNet 정확도.\n",
        expect![[r#"
            single field "More Features from Cheap Operations" by - | header 3:2-3:37
              purpose "1. Introduction" h2 @7:4
              method "2. Ghost Module" h2 @10:4
              experiment "3. Experiments" h2 @13:4
        "#]],
    );
}

#[test]
fn a_chinese_note_template_titled_as_one() {
    check(
        "papers/NLP/2017_Vaswani_Attention_Is_All_You_Need.md",
        "# 📄 论文笔记模板\n\n> 使用说明：复制本文件到对应领域目录，重命名为 `年份_作者_关键词.md`\n\n## 基本信息\n\n| 字段 | 内容 |\n|------|------|\n| **标题** | Attention Is All You Need |\n| **发表年份** | 2017 |\n\n## 一句话总结\n\n> 提出完全基于注意力的 Transformer，舍弃循环结构，翻译质量更好且训练更快 ⚡。\n\n## 🔑 核心思想\n\n### 问题背景\n<!-- 这篇论文要解决什么问题 -->\n\n### 方法\n<!-- 核心方法 -->\n",
        expect![[r#"
            single file-name "Vaswani Attention Is All You Need" by - | header 1:1-1:11
              summary "一句话总结" h2 @12:4
              method "🔑 核心思想" h2 @16:4
              purpose "问题背景" h3 @18:5
              method "方法" h3 @21:5
        "#]],
    );
}

#[test]
fn a_skeleton_of_empty_headings_with_only_its_references_filled() {
    check(
        "NLP/Word2Vec/README.md",
        "# Word2Vec(Efficient Estimation of Word Representations in Vector Space)\r\n> Paper : [Efficient Estimation of Word Representations in Vector Space](https://arxiv.org/pdf/1301.3781)\r\n\r\n## 1. Introduction\r\n\r\n## 2. Model Architectures\r\n### 2.1. Feedforward Neural Net Language Model (NNLM)\r\n## 3. New Log-linear Models\r\n### 4. Results\r\n\r\n## reference\r\n- [NLP | 논문리뷰] Efficient Estimation of Word Representations in Vector Space 📚 : https://velog.io/@xuio/nlp-review\r\n- 네거티브 샘플링을 이용한 Word2Vec 구현(Skip-Gram with Negative Sampling, SGNS) : https://wikidocs.net/69141\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Three backticks opening a line of inline code (```` ```σ : variance
/// function``` ````) open no code block — a fence's info string has no
/// backtick — so the headings after it are the note's.
#[test]
fn inline_code_in_three_backticks_opens_no_code_block() {
    check(
        "paper-review/cvpr-2020-realsr.md",
        "# Real-world Super-resolution via Kernel Estimation and Noise Injection\r\n\r\n## 1. Problem definition\r\n실제 저해상도 영상의 열화는 알 수 없다 📷.\r\n\r\n## 3. Method\r\n잡음을 뽑아 주입한다.\r\n\r\n```σ : variance function```, ```v : threshold```\r\n\r\n## 4. Experiment & Result\r\nNTIRE 2020에서 1위.\r\n\r\n```python\r\n# 주석\r\n```\r\n",
        expect![[r#"
            single heading "Real-world Super-resolution via Kernel Estimation and Noise Injection" by - | header 1:3-1:72
              purpose "1. Problem definition" h2 @3:4
              method "3. Method" h2 @6:4
              experiment "4. Experiment & Result" h2 @11:4
        "#]],
    );
}

/// What a note says it is, after its title: `reading notes`, `paper
/// overview`, a hyphen and `Summary` (the quotes around the title go too,
/// and the heading is the title, not a summary section); a citation of
/// its authors after the title's full stop; a part's number.
#[test]
fn what_the_note_is_and_who_wrote_the_paper_after_its_title() {
    check(
        "_posts/2020-09-04-aws-aurora.md",
        "---\r\nlayout: post\r\ntitle:  \"AWS Aurora reading notes\"\r\n---\r\n\r\nPaper link:[pdf](https://www.allthingsdistributed.com/files/p1041-verbitski.pdf)\r\n\r\n## Main Result(s):\r\n처리량이 5배 늘었다 📈.\r\n\r\n## S1. Introduction\r\nMySQL을 클라우드로 옮긴다.\r\n",
        expect![[r#"
            single front-matter "AWS Aurora" by - | header 3:10-3:20
              experiment "Main Result(s):" h2 @8:4
              purpose "S1. Introduction" h2 @11:4
        "#]],
    );
    check(
        "_posts/2021-12-12-highly-avail-transactions.md",
        "---\ntitle: \"Highly Available Transactions: Virtues and Limitations paper overview\"\n---\n\nOriginal paper [pdf](https://arxiv.org/pdf/1302.0309)\n\n## Commentary\n가용성과 격리 수준의 관계 🤔.\n\n## Problem\n네트워크 분할 중에도 응답한다.\n",
        expect![[r#"
            single front-matter "Highly Available Transactions: Virtues and Limitations" by - | header 2:9-2:63
              purpose "Problem" h2 @10:4
        "#]],
    );
    check(
        "_reviews/2025-11-30-ReAct.md",
        "---\ntitle: \"ReAct: Synergizing Reasoning and Acting in Language Models. Yao et al\"\n---\n\n## Problem\n추론과 행동을 함께 한다 🤖.\n\n## Method\nThought, Action, Observation.\n",
        expect![[r#"
            single front-matter "ReAct: Synergizing Reasoning and Acting in Language Models" by - | header 2:9-2:67
              purpose "Problem" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
    check(
        "notes/subliminal.md",
        "# \"Subliminal Learning: Language Models Transmit Behavioral Traits via Hidden Signals in Data\" - Summary\r\n\r\n**Paper link:** [arxiv.org/abs/2507.14805](https://arxiv.org/abs/2507.14805)\r\n\r\n## Context & Experiment\r\n숫자열만으로 teacher의 성향이 전해진다 🦉.\r\n\r\n## Key Findings\r\nGPT-4.1 nano: 12% → 60%.\r\n",
        expect![[r#"
            single heading "Subliminal Learning: Language Models Transmit Behavioral Traits via Hidden Signals in Data" by - | header 1:4-1:94
              purpose "Context & Experiment" h2 @5:4
              experiment "Context & Experiment" h2 @5:4
              experiment "Key Findings" h2 @8:4
        "#]],
    );
    check(
        "papers/Resnet.md",
        "# \"Deep Residual Learning for Image Recognition\"\n\n[Paper Link](http://arxiv.org/abs/1512.03385)\n\n## 목적\n깊은 망을 학습한다 🏔.\n\n## 방법\n잔차 연결.\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:4-1:48
              purpose "목적" h2 @5:4
              method "방법" h2 @8:4
        "#]],
    );
    check(
        "Study2/README.md",
        "# [Study 2. 도진경] BecomingLit: Relightable Gaussian Avatars with Hybrid Neural Shading (1)\n\n- Publication) NeurIPS 2025\n- [paper](https://arxiv.org/pdf/2506.06271)\n\n# Abstract\n\n- 고해상도의 3D Avatar 생성 ✨\n\n# Method\n\n- hybrid neural shading\n",
        expect![[r#"
            single heading "BecomingLit: Relightable Gaussian Avatars with Hybrid Neural Shading" by - | header 1:18-1:86
              summary "Abstract" h1 @6:3
              method "Method" h1 @10:3
        "#]],
    );
}

/// A paragraph set as the first heading (the abstract in italics) is no
/// title: the file's name is.
#[test]
fn a_paragraph_set_as_a_heading_is_no_title() {
    check(
        "DETR/DETR: End-to-End Object Detection with Transformers.md",
        "### *A new method that views object detection as a direct set prediction problem. The approach streamlines the detection pipeline, effectively removing the need for many hand-designed components like a non-maximum suppression procedure or anchor generation 😀.*\r\n[arXiv](https://arxiv.org/abs/2005.12872)\r\n\r\n# About previous detectors:\r\n\r\n후처리가 필요하다.\r\n\r\n# DETR Pipeline:\r\n\r\nCNN backbone과 transformer.\r\n\r\n# Results:\r\n\r\nCOCO에서 Faster RCNN과 비슷하다.\r\n",
        expect![[r#"
            single file-name "DETR: End-to-End Object Detection with Transformers" by - | header 1:1-1:261
              method "About previous detectors:" h1 inferred @4:3
              experiment "Results:" h1 @12:3
        "#]],
    );
}

/// A course's note numbered by its week (`# Week3 summarization`) names no
/// paper: the heading under it does; a `**Full Title**` field gives the
/// title over a heading with the wrong short name.
#[test]
fn a_week_s_number_and_a_full_title_field() {
    check(
        "Online Dictionary Learning for Sparse Coding/README.md",
        "# Week3 summarization\r\n### Online Dictionary Learning for Sparse Coding[[1]](https://www.di.ens.fr/~fbach/mairal_icml09.pdf)<br>\r\n\r\n## Background\r\n희소 코딩은 느리다 🐢.\r\n\r\n## Technical summarizes\r\n온라인 알고리즘.\r\n\r\n## Experiment and result\r\n빠르다.\r\n",
        expect![[r#"
            single heading "Online Dictionary Learning for Sparse Coding" by - | header 2:5-2:49
              purpose "Background" h2 @4:4
              method "Technical summarizes" h2 inferred @7:4
              experiment "Experiment and result" h2 @10:4
        "#]],
    );
    check(
        "image_recognition_frameworks/inception_net/inception_net.md",
        "\n# Resnets\n\n* **Full Title**: [Going Deeper with Convolutions](https://www.cs.unc.edu/~wliu/papers/GoogLeNet.pdf)\n\n## Main Contributions-\n* Inception 모듈 🧩: 1x1, 3x3, 5x5 합성곱과 pooling을 나란히 둔다.\n* 1x1 합성곱으로 차원을 줄여 계산량을 억제한다.\n\n## Results\n* ILSVRC 2014 분류에서 top-5 오류 6.67%.\n",
        expect![[r#"
            single field "Going Deeper with Convolutions" by - | header 4:20-4:50
              novelty "Main Contributions-" h2 @6:4
              method "Main Contributions-" h2 inferred @6:4
              experiment "Results" h2 @10:4
        "#]],
    );
}

/// The Japanese reading format (`1. どんなもの？` … `6. 次に読むべき論文
/// はあるか？`) names its parts; its template, titled `論文タイトル` with a
/// figure's empty slot, is no review.
#[test]
fn the_japanese_reading_format_and_its_template() {
    check(
        "content/posts/2021-04-24 Hand Gesture Recognition.md",
        "---\r\ntitle:  \"Hand Gesture Recognition Based on Semg Signal and Improved SVM Voting Method\"\r\ndate:   2021-04-24\r\n---\r\n\r\n## 1. どんなもの？\r\n筋電位で手のジェスチャを認識する ✋。\r\n\r\n## 2. 先行研究と比べてどこがすごいの？\r\n精度が高い。\r\n\r\n## 3. 技術や手法の\"キモ\"はどこにある？\r\nSVMの投票。\r\n\r\n## 4. どうやって有効だと検証した？\r\n10人で実験。\r\n\r\n## 5. 議論はあるか？\r\nなし。\r\n",
        expect![[r#"
            single front-matter "Hand Gesture Recognition Based on Semg Signal and Improved SVM Voting Method" by - | header 2:10-2:86
              summary "1. どんなもの？" h2 @6:4
              novelty "2. 先行研究と比べてどこがすごいの？" h2 @9:4
              method "3. 技術や手法の\"キモ\"はどこにある？" h2 @12:4
              experiment "4. どうやって有効だと検証した？" h2 @15:4
        "#]],
    );
    check(
        "Format.md",
        "---\ntitle:  \"論文タイトル\"\ndate:   YYYY-MM-DD\n---\n\n## 1. どんなもの？\n\n## 2. 先行研究と比べてどこがすごいの？\n\n## 3. 技術や手法の\"キモ\"はどこにある？\n\n![Figure 1]()\n\n## 4. どうやって有効だと検証した？\n\n### 論文情報・リンク\n\n- [著者，\"タイトル，\" ジャーナル名](論文リンク)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post whose front matter names the paper's arXiv id and says it
/// discusses `a paper titled …` is a note on that paper, one paragraph
/// and all.
#[test]
fn a_paragraph_under_front_matter_naming_the_paper() {
    check(
        "podcast/podcasts/2006.11239/index.md",
        "---\ntitle: \"Denoising Diffusion Probabilistic Models\"\ndescription: \"The podcast discusses a paper titled 'Denoising Diffusion Probabilistic Models' 🎙\"\narxiv-paper-id: \"2006.11239\"\n---\nThe paper leverages denoising score matching to simplify the training objective for diffusion models, leading to faster and more stable training and higher-quality images. 확산 모델로 고품질 이미지를 생성한다. Additionally, the paper highlights the potential of diffusion models as efficient lossy compressors, opening up possibilities in data compression.\n",
        expect![[r#"
            single front-matter "Denoising Diffusion Probabilistic Models" by - | header 2:9-2:49
        "#]],
    );
}

/// A note numbered in hexadecimal (`## 0x01 简介`), its analysis of the
/// results (`## 📊 **结果分析**`); and an example to copy from
/// (`001-example-paper/README.md`), which is no review.
#[test]
fn hexadecimal_numbering_an_analysis_of_results_and_an_example_note() {
    check(
        "0002/dantezhao-note.md",
        "---\r\ntitle: 少数人的智慧：基于专家意见的协同过滤\r\ntags:\r\n  - 推荐系统\r\n---\r\n\r\n## 0x00 摘要\r\n\r\n基于最近邻算法的协同过滤是一种十分成功的推荐方法 👍。\r\n\r\n## 0x01 简介\r\n\r\nCF 是目前构建推荐系统的主流算法，但受数据稀疏性和噪声的限制。本文的目标是使用噪声较小的来源（即专家）的反馈来建立推荐系统。\r\n\r\n## 0x02 专家协同过滤\r\n\r\n### 专家 CF 方法\r\n\r\n用专家的评级预测用户的评级。\r\n\r\n## 📊 **结果分析**\r\n\r\nMAE 与传统 CF 相近。\r\n\r\n## 0xFF 总结\r\n\r\n专家意见足以推荐。\r\n",
        expect![[r#"
            single front-matter "少数人的智慧：基于专家意见的协同过滤" by - | header 2:8-2:26
              summary "0x00 摘要" h2 @7:4
              purpose "0x01 简介" h2 @11:4
              method "专家 CF 方法" h3 @17:5
              experiment "📊 **结果分析**" h2 @21:4
              summary "0xFF 总结" h2 @25:4
        "#]],
    );
    check(
        "papers/001-example-paper/README.md",
        "# [论文标题] - [一个简洁且吸引人的副标题]\n\n**作者**: [作者A], [作者B]\n**会议/期刊**: [例如, NeurIPS 2023]\n**链接**: [论文地址 URL]\n\n## 1. 核心问题 (What is the core problem?)\n\n*   这篇论文试图解决什么核心问题？\n\n## 3. 方法 (How does the method work?)\n\n*在这里详细描述论文提出的方法。*\n\n## 4. 实验 (Experiments)\n\n*   使用了哪些数据集？ 📊\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title field set as a heading under the paper's metadata heading, the
/// title on the line below (`## Paper Information` over `#### Paper Title
/// :`); the note's one `#` heading over a title field is its banner, no
/// section, and when it only says what the note is (`# Quantum Paper
/// Teardown`) the field further down gives the title; a short link before
/// the title (`[\[arxiv\]](…)`); the paper's
/// nickname after its year.
#[test]
fn title_fields_under_metadata_banners_and_links_before_titles() {
    check(
        "paper-reading-notes/20-MaskRCNN.md",
        "### The progress of the reading plan: \r\n| Index | All |\r\n| :---: | :---: |\r\n| 22 | 50 |\r\n\r\n## Paper Information\r\n#### Paper Title : \r\n[Mask R-CNN](https://arxiv.org/abs/1703.06870v3) \r\n\r\n#### Conference : \r\nICCV 2017\r\n\r\n## What is the problem?\r\n인스턴스 분할 🎭.\r\n\r\n## How is it solved?\r\nRoIAlign과 mask branch.\r\n",
        expect![[r#"
            single field "Mask R-CNN" by - | header 8:2-8:12
              purpose "What is the problem?" h2 @13:4
              method "How is it solved?" h2 @16:4
        "#]],
    );
    check(
        "teardown-scalable-neural-decoders.md",
        "# Quantum Paper Teardown\n\n## Thesis\nA convolutional neural network decoder that exploits geometric code structure can unlock a waterfall regime of error suppression in quantum LDPC codes ⚛️.\n\n## Verdict\nThe CNN decoder works and the numbers are real: this compresses the code-size and space-time overhead assumptions that have held fault tolerance back.\n\n## Paper Info\n\n- **Title:** Scalable Neural Decoders for Practical Fault-Tolerant Quantum Computation\n- **Authors:** Alice Smith, Bob Jones, Carol Lee\n- **arXiv:** [2604.01234](https://arxiv.org/abs/2604.01234)\n\n## What the Paper Claims\n논리 오류율이 10⁻¹⁰ 근처까지 내려간다.\n\n## Mechanism in Plain Language\n합성곱 디코더가 syndrome의 기하 구조를 읽는다.\n",
        expect![[r#"
            single field "Scalable Neural Decoders for Practical Fault-Tolerant Quantum Computation" by - | header 11:14-11:87
        "#]],
    );
    check(
        "byid/23269846413.md",
        "# [\\[arxiv\\]](https://arxiv.org/abs/2002.05709) Unsupervised Learning of Depth, Optical Flow and Pose with Occlusion from 3D Geometry\n\n- 著者\n    - Guangming Wang\n\n## 提案手法\n遮蔽を3次元幾何から求める 🧭。\n\n## 実験\nKITTIで評価。\n",
        expect![[r#"
            single heading "Unsupervised Learning of Depth, Optical Flow and Pose with Occlusion from 3D Geometry" by - | header 1:49-1:134
              method "提案手法" h2 @6:4
              experiment "実験" h2 @9:4
        "#]],
    );
    check(
        "Natural Language Processing/Attention is all you need(2017)/README.md",
        "# Attention is all you need(2017) - Transformer\r\n\r\n[paper](https://arxiv.org/abs/1706.03762)\r\n\r\n## Introduction\r\n순환 없이 번역한다 🚀.\r\n\r\n## Model Architecture\r\nself-attention.\r\n",
        expect![[r#"
            single heading "Attention is all you need" year=2017 by - | header 1:3-1:28
              purpose "Introduction" h2 @5:4
              method "Model Architecture" h2 @8:4
        "#]],
    );
}

/// A question template whose title is still its blank (`## 📄 [Paper Title
/// Here]`) titles the note by its file; `What are the key methods or
/// experimental techniques?` asks for the method first. A heading on the
/// work before the paper (`# 기존 Seq2Seq 모델`) is never the method read
/// from its words; `… Short summary` says what the note is.
#[test]
fn a_template_blank_title_a_question_s_first_part_and_earlier_work() {
    check(
        "Literature-Notes/Soliton microcomb generation at 2 um.md",
        "## 📄 [Paper Title Here]\r\n**Authors**:  \r\n**Link**: [DOI or arXiv]  \r\n\r\n---\r\n\r\n### 🔍 What problem does this paper address?\r\nPhotorefractive effects still dominate at 2 µm 🔬.\r\n\r\n### 🧪 What are the key methods or experimental techniques?\r\n- z-cut LN microring, bi-directional laser scan.\r\n\r\n### 📈 What are the main results?\r\n- Deterministic soliton access.\r\n",
        expect![[r#"
            single file-name "Soliton microcomb generation at 2 um" by - | header 1:1-1:24
              purpose "🔍 What problem does this paper address?" h3 @7:5
              method "🧪 What are the key methods or experimental techniques?" h3 @10:5
              experiment "📈 What are the main results?" h3 @13:5
        "#]],
    );
    check(
        "Transformer/Attention is all you need Review.md",
        "# Attention is all you need Review\n\n- Year : 2017\n- 저자 : Ashish Vaswani, Noam Shazeer, Niki Parmar\n\n# 핵심 요약\n\n순환 없이 attention만으로 번역한다 🚀.\n\n# 기존 Seq2Seq 모델\n\n인코더가 문장을 고정 길이 벡터로 압축하고 디코더가 그 벡터에서 출력 문장을 만든다. RNN 인코더 디코더 구조의 병목이다.\n\n# 트랜스포머\n\n인코더와 디코더 모두 self-attention 층과 feed-forward 층을 쌓은 구조로, multi-head attention과 positional encoding을 쓴다. 순환이 없어 병렬로 학습할 수 있고, 먼 단어 사이의 의존도 한 층에서 바로 본다. 학습 시간이 크게 줄었다.\n",
        expect![[r#"
            single heading "Attention is all you need" by - | header 1:3-1:28
              summary "핵심 요약" h1 @6:3
              method "트랜스포머" h1 inferred @14:3
        "#]],
    );
    check(
        "_posts/Paper_review/2022-02-08-DETR 간략 리뷰.md",
        "---\ntitle: \"[Object detection] DETR(End-to-End Object Detection with Transformers) Short summary\"\ncategories: Paper_review\n---\n\n## Introduction\nNMS 없이 집합으로 예측한다 📦.\n\n## Method\nBipartite matching.\n",
        expect![[r#"
            single front-matter "DETR(End-to-End Object Detection with Transformers)" by - | header 2:28-2:79
              purpose "Introduction" h2 @6:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// A repository's README named for the notes it keeps (`# Paper Notes
/// Archive`) is their index, no review.
#[test]
fn a_readme_naming_an_archive_of_paper_notes() {
    check(
        "PaperNotesArchive/README.md",
        "# Paper Notes Archive\r\n\r\n## Paper Notes\r\n- **SecretFlow-SPU** <sup>[#01](./paper_notes/01_SecretFlow-SPU/SecretFlow-SPU.pdf)</sup>\r\n  > ATC, 2023 🔐\r\n\r\n- **Cyclosa** <sup>[#02](./paper_notes/02_Cyclosa/Cyclosa.pdf)</sup>\r\n  > 개인 검색 보호, ATC 2023\r\n\r\n## Method\r\n논문마다 읽고 요약한다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A report on a conference (`# Mihai's Summary of EMNLP 2022`, one paper
/// under each heading) and a group's meetings (`title: "Lab meetings:
/// 2024"`, `# 2023년 세미나 일정`) name events, not a paper: no review. A
/// venue and its year over a paper's title (`# CVPR 2021`) are no event.
#[test]
fn reports_on_a_conference_and_a_group_s_meetings() {
    check(
        "conference_summaries/emnlp2022.md",
        "# Mihai's Summary of EMNLP 2022\r\n\r\n### GREENER: Graph Neural Networks for News Media Profiling\r\n**URL**: https://arxiv.org/abs/2211.05533\r\n\r\n**Mihai's comments**: Modeling fact verification as a graph-based task helps 📰.\r\n\r\n### Reasoning Like Program Executors\r\n**Mihai's comments**: Use the output of programs to pre-train LMs.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "content/meetings/lab-meetings-2024.md",
        "title: \"Lab meetings: 2024\"\nyear: 2024\n\nHere we post slides and papers of the lab meetings.\n\n* Jan 19: Karim will present the [Mamba paper](https://arxiv.org/abs/2312.00752) 🐍\n* Apr 5: Karim - diffusion with SSPs\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "seminar/2023-spring.md",
        "# 2023년 세미나 일정\n\n## 1주차\n- 발표: 홍길동 — [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n## 2주차\n- 발표: 김철수 — [BERT](https://arxiv.org/abs/1810.04805) 🤖\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "notes/pointnet.md",
        "# CVPR 2021\n\n## PointNet++: Deep Hierarchical Feature Learning on Point Sets\n\n### Purpose\n점 집합의 지역 구조 🧩.\n\n### Method\nset abstraction.\n\n### Experiments\nModelNet40.\n",
        expect![[r#"
            single heading "PointNet++: Deep Hierarchical Feature Learning on Point Sets" by - | header 3:4-3:64
              purpose "Purpose" h3 @5:5
              method "Method" h3 @8:5
              experiment "Experiments" h3 @11:5
        "#]],
    );
}

/// A title set in colour with TeX (`# ${\textsf{\color{blue}Attention is
/// All You Need}}$`, `$\color{red}{\textbf{BERT}}$ 리뷰`) is its text;
/// mathematics in a title (`$\alpha$-Net`) stays as written.
#[test]
fn a_title_coloured_with_tex() {
    check(
        "transformer/README.md",
        "# ${\\textsf{\\color{blue}Attention is All You Need}}$\r\n\r\n## 목적\r\nRNN 없이 번역 🚀.\r\n\r\n## Method\r\nself-attention.\r\n\r\n## 실험\r\nWMT 2014 BLEU 28.4.\r\n",
        expect![[r#"
            single heading "Attention is All You Need" by - | header 1:25-1:50
              purpose "목적" h2 @3:4
              method "Method" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
    check(
        "bert.md",
        "# $\\color{red}{\\textbf{BERT: Pre-training of Deep Bidirectional Transformers}}$ 리뷰\n\n## 목적\n양방향 사전학습 🤖.\n\n## 실험\nGLUE.\n",
        expect![[r#"
            single heading "BERT: Pre-training of Deep Bidirectional Transformers" by - | header 1:24-1:77
              purpose "목적" h2 @3:4
              experiment "실험" h2 @6:4
        "#]],
    );
    check(
        "alpha-net.md",
        "# $\\alpha$-Net: Adaptive Nets 🧠\n\n## Purpose\nx\n\n## Method\ny\n",
        expect![[r#"
            single heading "$\\alpha$-Net: Adaptive Nets" by - | header 1:3-1:30
              purpose "Purpose" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
}

/// A code project that reproduces a paper (`## 📁 프로젝트 파일 구조`,
/// `## 🚀 실행 가이드`) is no review of it; a citation's end inside the
/// title's parenthesis (`(Krizhevsky et al., NIPS 2012) Full …`) is no
/// venue.
#[test]
fn a_reproduction_readme_and_a_venue_inside_a_parenthesis() {
    check(
        "alexnet-paper-study/README.md",
        "# 🏛️ AlexNet Paper (Krizhevsky et al., NIPS 2012) Full Reproduction & Experiment Suite\n\n**AlexNet** 논문 원본 아키텍처를 재현한 프로젝트입니다.\n\n## 📌 논문(2012) 핵심 기능 구현 현황\n\n| 논문 Section | 기능 |\n| --- | --- |\n| 3.1 | ReLU |\n\n## 📁 프로젝트 파일 구조\n\n```\nmodels/alexnet.py\n```\n\n## 🚀 실행 가이드\n\n`python main.py`\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "notes/alexnet.md",
        "# AlexNet Paper (Krizhevsky et al., NIPS 2012) Full Notes 🏛️\n\n## Purpose\nImageNet 분류.\n\n## Method\nReLU, dropout.\n\n## Experiments\ntop-5 15.3%.\n",
        expect![[r#"
            single heading "AlexNet Paper (Krizhevsky et al., NIPS 2012) Full Notes" by - | header 1:3-1:58
              purpose "Purpose" h2 @3:4
              method "Method" h2 @6:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
}

/// A bare `# Paper` (or `## paper`, `# 논문`) heading over a part holding
/// only one line or one bullet names the title there; over more, or over
/// a link to the PDF, it is a section, and the title is found elsewhere.
#[test]
fn a_bare_paper_heading_over_its_one_line() {
    check(
        "dl-papers/notes/adv_learning_for_dialog_gen.md",
        "# Paper\r\n\r\n- Adversarial Learning for Neural Dialogue Generation (2017)\r\n\r\n# Note\r\n\r\n- Implemented adversarial learning for open-domain dialogue generation, inspired by the Turing test 🤖.\r\n- The generator is a seq2seq model trained with policy gradient; the discriminator encodes the dialogue with a hierarchical LSTM and classifies it as human or machine.\r\n- The authors propose an algorithm, REGS, that rewards every generated token through Monte Carlo search.\r\n- 판별자가 사람의 답과 구별한다.\r\n\r\n# Thoughts\r\n\r\n- REGS 보상.\r\n",
        expect![[r#"
            single field "Adversarial Learning for Neural Dialogue Generation" year=2017 by - | header 3:3-3:54
              takeaways "Thoughts" h1 @12:3
        "#]],
    );
    check(
        "Paper-Reviews/paper_reviews/DeepSeek-OCR.md",
        "## paper \nDeepSeek-OCR: Contexts Optical Compression \n\n## Summary \n- Compressing long contexts via optical 2D mapping 📄\n\n## Method\n- DeepEncoder.\n",
        expect![[r#"
            single field "DeepSeek-OCR: Contexts Optical Compression" by - | header 2:1-2:43
              summary "Summary" h2 @4:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "notes/vit.md",
        "# An Image is Worth 16x16 Words\n\n## Paper\n\nThe paper splits an image into patches and reads them as tokens 🧩.\n\n트랜스포머 인코더.\n\n## Motivation\nCNN 없이.\n\n## Method\nViT.\n\n## Experiments\nImageNet.\n",
        expect![[r#"
            single heading "An Image is Worth 16x16 Words" by - | header 1:3-1:32
              purpose "Motivation" h2 @9:4
              method "Method" h2 @12:4
              experiment "Experiments" h2 @15:4
        "#]],
    );
    check(
        "notes/transformer.md",
        "# 논문\n\n[PDF](https://arxiv.org/abs/1706.03762)\n\n# Attention Is All You Need\n\n## 목적\nRNN 없이 번역 🚀.\n\n## 방법\nattention.\n\n## 실험\nWMT.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 5:3-5:28
              purpose "목적" h2 @7:4
              method "방법" h2 @10:4
              experiment "실험" h2 @13:4
        "#]],
    );
}

/// A README opening with the repository's name in camel case (`#
/// PaperSharing 📝`) is the repository's page, not a review.
#[test]
fn a_readme_opening_with_a_camel_case_repository_name() {
    check(
        "PaperSharing/README.md",
        "# PaperSharing 📝\nThe repo for paper sharing among students.\n\n## Participation Rules\n\n+ Why did you choose to share this paper?\n\n+ What is the motivation behind this paper?\n\nPeer-reviewed papers (arXiv, NeurIPS, ICML).\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A short name over the whole title one heading down, when the name's
/// letters are the title's first initials (`# Rog paper summary` over
/// `## REASONING ON GRAPHS: …`); a venue with its year run on before a
/// front-matter title (`(ICML2017) On Calibration …`) is kept as fields.
#[test]
fn a_short_name_spelled_by_initials_and_a_run_on_venue_year() {
    check(
        "20240212/Rog paper summary.md",
        "# Rog paper summary\n\n## REASONING ON GRAPHS: FAITHFUL AND INTERPRETABLE LARGE LANGUAGE MODEL REASONING\n\n- [https://arxiv.org/pdf/2310.01061.pdf](https://arxiv.org/pdf/2310.01061.pdf)\n\n### Abstract\n\n본 논문에서는 그래프 추론(RoG)을 제안합니다 🧭.\n\n### Introduction\n\nLLM은 최신 지식이 부족하다.\n\n### Method\n\n계획-검색-추론.\n",
        expect![[r#"
            single heading "REASONING ON GRAPHS: FAITHFUL AND INTERPRETABLE LARGE LANGUAGE MODEL REASONING" by - | header 3:4-3:82
              summary "Abstract" h3 @7:5
              purpose "Introduction" h3 @11:5
              method "Method" h3 @15:5
        "#]],
    );
    check(
        "_posts/2022-07-20-On-Calibration-of-Modern-Neural-Networks.md",
        "---\r\ntitle: \"(ICML2017) On Calibration of Modern Neural Networks\"\r\ncategories: paper\r\n---\r\n\r\n## Introduction\r\n신경망이 과신한다 📉.\r\n\r\n## Method\r\nTemperature scaling.\r\n\r\n## Experiments\r\nECE.\r\n",
        expect![[r#"
            single front-matter "On Calibration of Modern Neural Networks" venue="ICML" year=2017 by - | header 2:20-2:60
              purpose "Introduction" h2 @6:4
              method "Method" h2 @9:4
              experiment "Experiments" h2 @12:4
        "#]],
    );
}

/// A quoted front-matter title that goes on over the next line is read to
/// its closing quote; a title tagged `[논문 리뷰]` says the note reviews a
/// paper (one part written is enough then); `# Short Review` is a summary.
#[test]
fn a_quoted_title_over_two_lines_a_review_tag_and_a_short_review() {
    check(
        "_posts/2025-09-11-fast-easy.md",
        "---\r\ntitle: \"[논문리뷰] Fast on the Easy, Deep on the Hard: Efficient Reasoning via Powered\r\n Length Penalty\"\r\ndate: 2025-09-11\r\n---\r\n\r\n## Introduction\r\n추론이 길다 🧠.\r\n\r\n## Method\r\nPowered length penalty.\r\n\r\n## Experiments\r\nGSM8K.\r\n",
        expect![[r#"
            single front-matter "Fast on the Easy, Deep on the Hard: Efficient Reasoning via Powered Length Penalty" by - | header 2:16-3:16
              purpose "Introduction" h2 @7:4
              method "Method" h2 @10:4
              experiment "Experiments" h2 @13:4
        "#]],
    );
    check(
        "_posts/2023-01-02-dwa.md",
        "---\ntitle: \"[논문 리뷰] Dyanamic Window Approach (DWA) 알고리즘\"\ntags: [Tech, Robotics]\n---\n\nDynamic Window Approach (DWA) 알고리즘은 로봇이 장애물을 회피하면서 목표 지점으로 갈 수 있는 경로를 찾는 Path planning 알고리즘이다 🤖. 이 경로와 더불어 경로를 따라가기 위한 속도도 함께 구한다.\n\n# The Dynamic Window Approach\n\nDWA 알고리즘은 waypoint에 가까워지는 경로를 선택하는 bottom-up 방식이다.\n\n## Search space\n\n로봇이 갈 수 있는 속도의 집합.\n\n## Optimization\n\n목적 함수를 최대화한다.\n",
        expect![[r#"
            single front-matter "Dyanamic Window Approach (DWA)" by - | header 2:17-2:47
              method "The Dynamic Window Approach" h1 @8:3
        "#]],
    );
    check(
        "content/blog/NLP/encyclo.md",
        "---\ntitle: 'Pretrained Encyclopedia: Weakly Supervised Knowledge-Pretrained Language Model'\ndate: 2019-10-2\n---\n\n> **Pretrained Encyclopedia: Weakly Supervised Knowledge-Pretrained Language Model**  \nWenhan Xiong, Jingfei Du, William Yang Wang, Veselin Stoyanov  \nhttps://arxiv.org/abs/1912.09637\n\n# Short Review\n* zero-shot fact completion task를 통해 pre-train model이 knowledge를 capture하는 정도를 조사 📚.\n* 단순하지만 효과적인 weakly supervised training objective를 제안.\n\n## Entity Replacement Training\n* entity를 같은 유형의 다른 entity로 바꾼다.\n",
        expect![[r#"
            single front-matter "Pretrained Encyclopedia: Weakly Supervised Knowledge-Pretrained Language Model" by - | header 2:9-2:87
              summary "Short Review" h1 @10:3
        "#]],
    );
}

/// What the note is after a dash (`DecAlign — Reading Notes`, `… —
/// Overview`) or before a full-width colon (`論文メモ：…`) is no part of the
/// title and says the note is a paper's; a venue in full-width parentheses
/// (`MDM（CVPR, 2016）`) is kept as fields; `By … and … in NAACL 2024
/// Findings` under a title cites the paper.
#[test]
fn what_the_note_is_around_its_title_and_a_by_line() {
    check(
        "research/reading/decalign.md",
        "---\ntitle: DecAlign — Reading Notes\ndate: 2026-09-12\n---\n# DecAlign — Reading Notes\n\n## Why I read this paper\n\nWhat should be shared across modalities 🤔?\n\n## Problem\n\nForcing every feature into a shared space discards useful information.\n\n## My thoughts\n\nRGB and LiDAR are correlated but not interchangeable.\n",
        expect![[r#"
            single front-matter "DecAlign" by - | header 2:8-2:16
              purpose "Problem" h2 @11:4
              takeaways "My thoughts" h2 @15:4
        "#]],
    );
    check(
        "_posts/2024-05-01-grounding.md",
        "---\r\ntitle: \"論文メモ：Grounding Strategic Conversation\"\r\n---\r\n\r\n## どんなもの？\r\n交渉対話の基盤 🤝。\r\n\r\n## 技術や手法のキモはどこ？\r\n状態の抽象化。\r\n\r\n## どうやって有効だと検証した？\r\nDeal or No Deal。\r\n",
        expect![[r#"
            single front-matter "Grounding Strategic Conversation" by - | header 2:14-2:46
              summary "どんなもの？" h2 @5:4
              method "技術や手法のキモはどこ？" h2 @8:4
              experiment "どうやって有効だと検証した？" h2 @11:4
        "#]],
    );
    check(
        "_posts/align/2013-12-01-MDM.markdown",
        "---\ntitle: MDM（CVPR, 2016）\ncategories: fAlign\n---\n\n论文： Trigeorgis G, Snape P, et al. Mnemonic Descent Method: A Recurrent Process Applied for End-to-End Face Alignment[C]// CVPR. 2016.\n\n### 动机\n\n级联回归各阶段独立训练 😀。\n\n### 方法\n\n用循环网络逐步回归人脸关键点。\n\n### 实验\n\n300-W。\n",
        expect![[r#"
            single front-matter "MDM" venue="CVPR" year=2016 by - | header 2:8-2:11
              purpose "动机" h3 @8:5
              method "方法" h3 @12:5
              experiment "实验" h3 @16:5
        "#]],
    );
    check(
        "Meyer24/handout.md",
        "### A Systematic Analysis of Subwords and Cross-Lingual Transfer in Multilingual Translation\n\nBy Francois Meyer and Jan Buys in NAACL 2024 Findings\n\nPresented by Aarohi Srivastava on August 23, 2024\n\n#### Introduction\n\nGoal: to analyze the role of subword segmentation in MT 🌍.\n\n#### Subword tokenization methods\n\nBPE, ULM and character-level.\n\n#### Results\n\nChrF++ on low-resource pairs.\n",
        expect![[r#"
            single heading "A Systematic Analysis of Subwords and Cross-Lingual Transfer in Multilingual Translation" by - | header 1:5-1:93
              purpose "Introduction" h4 @7:6
              purpose "Goal" line-start @9:1
              method "Subword tokenization methods" h4 @11:6
              experiment "Results" h4 @15:6
        "#]],
    );
}

/// Decorations seen in round 50, held out when first measured: a language
/// tag before the title (`(KOR) KR-BERT: …`), `PAPER REVIEW-` joined to
/// it, a Korean "what is" after it (`… Networks란?`) and a category after
/// a bar (`… | Object detection`).
#[test]
fn a_language_tag_a_joined_prefix_a_question_and_a_category() {
    check(
        "_posts/papers/2024-12-26-KR-BERT 논문리뷰.md",
        "---\r\ntitle: \"(KOR) KR-BERT:A Small-Scale Korean-Specific Language Model\"\r\n---\r\n\r\n## 1.1 Rationale\r\nmBERT의 한계 🇰🇷.\r\n\r\n## 3. Model\r\nsubword 어휘.\r\n\r\n## 4. Results\r\nKorQuAD.\r\n",
        expect![[r#"
            single front-matter "KR-BERT:A Small-Scale Korean-Specific Language Model" by - | header 2:15-2:67
              purpose "1.1 Rationale" h2 @5:4
              method "3. Model" h2 @8:4
              experiment "4. Results" h2 @11:4
        "#]],
    );
    check(
        "_posts/2020-11-03-[PAPER REVIEW] deepFM.md",
        "---\ntitle: PAPER REVIEW-DeepFM A Factorization Machine based Neural Network for CTR Prediction\n---\n\n## Introduction\nCTR 예측 📈.\n\n## Method\nFM과 DNN을 함께.\n\n## Experiments\nCriteo.\n",
        expect![[r#"
            single front-matter "DeepFM A Factorization Machine based Neural Network for CTR Prediction" by - | header 2:21-2:91
              purpose "Introduction" h2 @5:4
              method "Method" h2 @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
    check(
        "2025/End to End Memory Networks.md",
        "## End To End Memory Networks란?\n\n외부 메모리를 여러 번 읽는 모델 🧠.\n\n## 구조\n\n메모리 hop.\n\n## 실험\n\nbAbI.\n\n## 배경\n\nRNN의 한계.\n",
        expect![[r#"
            single heading "End To End Memory Networks" by - | header 1:4-1:30
              method "구조" h2 @5:4
              experiment "실험" h2 @9:4
              purpose "배경" h2 @13:4
        "#]],
    );
    check(
        "byid/27684431925.md",
        "# DETA : NMS Strikes Back | Object detection\n\n## 배경\nNMS 없는 DETR 🎯.\n\n## 모델 구조\nIoU 기반 할당.\n\n## 성능 향상\nCOCO 50.2 AP.\n",
        expect![[r#"
            single heading "DETA : NMS Strikes Back" by - | header 1:3-1:26
              purpose "배경" h2 @3:4
              method "모델 구조" h2 @6:4
              experiment "성능 향상" h2 @9:4
        "#]],
    );
}

/// A paper's identifier as a front-matter value under any key (`bib_id:
/// 2202.12837v2`, `id: 10.1145/…`) says the post is about a paper, as a
/// `arxiv:` key does; a post's own number (`id: 2024.1`) says nothing. And a
/// research goal (`## 핵심 연구 목표`, `## 논문의 목표`) is the purpose, a
/// training objective (`## 학습 목표`) the method.
#[test]
fn a_paper_identifier_in_front_matter_and_a_research_goal() {
    check(
        "_posts/2023-09-24-rethinking-the-role-of-demonstrations.markdown",
        "---\r\nlayout: summary\r\ntitle: \"Rethinking the Role of Demonstrations: What Makes In-Context Learning Work?\"\r\nbib_id: 2202.12837v2\r\n---\r\n\r\n### Three Important Things\r\n\r\n#### 1. Ground Truth Labels Matter Little\r\nIn-context learning, also known as few-shot learning, is where a few examples of input-label pairs are supplied to the model as part of the prompt.\r\nThis paper aims to understand why in-context learning works 🤔.\r\nSurprisingly, the authors found that randomizing the labels had a slight impact.\r\n\r\n#### 2. Number of Correct Labels Does Not Matter\r\nVarying the proportion of correct labels did not affect accuracy.\r\n\r\n### Most Glaring Deficiency\r\nThe tasks evaluated were classification and multiple choice only.\r\n",
        expect![[r#"
            single front-matter "Rethinking the Role of Demonstrations: What Makes In-Context Learning Work?" by - | header 3:9-3:84
        "#]],
    );
    check(
        "_posts/2023-09-24-rethinking-the-role-of-demonstrations.markdown",
        "---\r\nlayout: summary\r\ntitle: \"Rethinking the Role of Demonstrations: What Makes In-Context Learning Work?\"\r\nid: 2024.1\r\n---\r\n\r\n### Three Important Things\r\n\r\n#### 1. Ground Truth Labels Matter Little\r\nIn-context learning, also known as few-shot learning, is where a few examples of input-label pairs are supplied to the model as part of the prompt.\r\nThis paper aims to understand why in-context learning works 🤔.\r\nSurprisingly, the authors found that randomizing the labels had a slight impact.\r\n\r\n#### 2. Number of Correct Labels Does Not Matter\r\nVarying the proportion of correct labels did not affect accuracy.\r\n\r\n### Most Glaring Deficiency\r\nThe tasks evaluated were classification and multiple choice only.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/mist.md",
        "---\ndoi: \"10.48550/arXiv.2511.18945\"\n---\n# MIST: Mutual Information Via Supervised Training\n\n**저자:** German Gritsai, Kyunghyun Cho\n\n## 핵심 연구 목표\n상호 정보량 추정의 한계 📉.\n\n## 핵심 방법론\n신경망 추정기.\n\n## 주요 결과\n합성 데이터에서 앞선다.\n",
        expect![[r#"
            single heading "MIST: Mutual Information Via Supervised Training" by - | header 4:3-4:51
              purpose "핵심 연구 목표" h2 @8:4
              method "핵심 방법론" h2 @11:4
              experiment "주요 결과" h2 @14:4
        "#]],
    );
    check(
        "papers/ppo.md",
        "# Proximal Policy Optimization Algorithms\r\n\r\n## 논문의 목표\r\nTRPO보다 간단하게 🎯.\r\n\r\n## 학습 목표\r\nclipped surrogate objective.\r\n\r\n## 목표 기반 강화학습\r\n목표를 입력으로 받는 정책.\r\n\r\n## 실험\r\nMuJoCo, Atari.\r\n",
        expect![[r#"
            single heading "Proximal Policy Optimization Algorithms" by - | header 1:3-1:42
              purpose "논문의 목표" h2 @3:4
              method "학습 목표" h2 @6:4
              experiment "실험" h2 @12:4
        "#]],
    );
}

/// A title line over its own full reference (`HE, Kaiming, et al. Masked
/// autoencoders are …. 2022.`) under a heading with the short name; bold
/// labels closed by a parenthesis with a line break after them (`**Task**)
/// \`); and `# Detailed Review`, which names no paper.
#[test]
fn a_title_over_its_reference_parenthesis_labels_and_a_detailed_review() {
    check(
        "papers/week02_MAE/README.md",
        "# 📄 MAE (Masked Autoencoders)\r\n\r\nMasked Autoencoders Are Scalable Vision Learners  \r\nHE, Kaiming, et al. Masked autoencoders are scalable vision learners. In: Proceedings of the IEEE/CVF conference on computer vision and pattern recognition. 2022. p. 16000-16009.\r\n\r\n## Author's Intention\r\nLet's train large models efficiently.\r\n\r\n## Method\r\n75% masking 🎭.\r\n",
        expect![[r#"
            single field "Masked Autoencoders Are Scalable Vision Learners" by - | header 3:1-3:49
              method "Method" h2 @9:4
        "#]],
    );
    check(
        "Archive/2021/08/summary/kanghee_5.md",
        "# Semantic Graph Based Place Recognition for 3D Point Clouds\n### Xin Kong et al. - IROS 2020\n#### Summarized by Kanghee Lee\n---\n\n**Task**) \\\nPlace Recognition with point cloud data\n\t\n**Motivation**) \\\n기존 method들은 segment간의 relation은 무시하고 있다 🤔.\n\n**Method**) \\\nRangeNet++로 semantic segmentation을 수행한다.\n\n**Result**)\nKITTI에서 앞선다.\n",
        expect![[r#"
            single heading "Semantic Graph Based Place Recognition for 3D Point Clouds" by - | header 1:3-1:61
              purpose "Task" bold @6:3
              purpose "Motivation" bold @9:3
              method "Method" bold @12:3
              experiment "Result" bold @15:3
        "#]],
    );
    check(
        "papers/04-mopsa-elderly-asr/review.md",
        "# Detailed Review\n\n## 1. Background & Motivation\n고령자 음성은 성인 음성과 다르다 👵.\n\n## 3. Method\nPrompt 기반 speaker adaptation.\n\n## 4. Experiments\nWER 개선.\n",
        expect![[r#"
            single folder "mopsa elderly asr" by - | header 1:1-1:18
              purpose "1. Background & Motivation" h2 @3:4
              method "3. Method" h2 @6:4
              experiment "4. Experiments" h2 @9:4
        "#]],
    );
}

/// A note of a paragraph, no heading, in a folder of paper notes, that says
/// what a paper did is a review begun (its parts all missing); a note there
/// that speaks of no paper, and the folder's README, are not. A note with no
/// title line that quotes its paper's title in its first sentence is titled
/// by it; a quotation that follows no word for a paper is no title.
#[test]
fn a_paragraph_note_and_a_title_quoted_in_the_first_sentence() {
    check(
        "deeplearning-papernotes/notes/WorldModels.md",
        "World models. Another interesting Schmidhuber paper 🌍. Basically compress the visual state using a VAE, predict future states using an RNN then learn a controller.\r\n",
        expect![[r#"
            single file-name "WorldModels" by - | header 1:1-1:164
        "#]],
    );
    check(
        "deeplearning-papernotes/notes/gradient-descent.md",
        "Gradient descent moves the weights against the gradient of the loss, a small step at a time, until the loss stops falling.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "deeplearning-papernotes/README.md",
        "My notes on deep learning papers, one paper per file, written as I read them in 2018 and 2019.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "llm-paper-notes/notes/ColPali.md",
        "The article \"ColPali: Efficient Document Retrieval with Vision Language Models\" discusses the development of ColPali 📄.\n\n## Method\nLate interaction over page images.\n\n## Metrics\nViDoRe.\n",
        expect![[r#"
            single field "ColPali: Efficient Document Retrieval with Vision Language Models" by - | header 1:14-1:79
              method "Method" h2 @3:4
              experiment "Metrics" h2 @6:4
        "#]],
    );
    check(
        "llm-paper-notes/notes/BERT.md",
        "읽고 나서 \"생각보다 간단한 아이디어였다\"는 느낌이 들었다.\n\n## 방법\n간단하다.\n\n## 실험\nGLUE.\n",
        expect![[r#"
            single file-name "BERT" by - | header 1:1-1:34
              method "방법" h2 @3:4
              experiment "실험" h2 @6:4
        "#]],
    );
}

/// Traditional Chinese names the parts as simplified Chinese does:
/// `問題描述` (`问题描述`), `實驗結果` (`实验结果`).
#[test]
fn traditional_chinese_part_names() {
    check(
        "src/posts/DQN.md",
        "---\r\ndate: 2024-03-02\r\ncategory: [Paper]\r\n---\r\n# Human-level control through deep reinforcement learning\r\n\r\n## 問題描述\r\n高維輸入下的強化學習 🎮。\r\n\r\n## Methodology\r\nExperience replay 與 target network。\r\n\r\n## 實驗結果\r\n49 款 Atari 遊戲。\r\n",
        expect![[r#"
            single heading "Human-level control through deep reinforcement learning" by - | header 5:3-5:58
              purpose "問題描述" h2 @7:4
              method "Methodology" h2 @10:4
              experiment "實驗結果" h2 @13:4
        "#]],
    );
}

/// Round 53's shapes: bold labels with a dash after them (`**Problem** —
/// …`); a theme's template title in front matter (`title:
/// paper-review-template`) over the note's `# Paper Title` and a title
/// wrapped onto a lower-case line; a venue with a two-digit year before a
/// dash (`ICDE24' - CAGRA: …`); a paper whose title says `Review` and
/// `Example` (not a template); and a guide to reading papers in Chinese.
#[test]
fn dash_labels_template_titles_venue_prefixes_and_reading_guides() {
    check(
        "vault/papers/jenelten2024dtc.md",
        "---\r\ntype: paper\r\nvenue: Science Robotics\r\n---\r\n\r\n# Dtc: Deep tracking control\r\n\r\n## Summary\r\n\r\n**TL;DR** — A planner plans and a policy tracks 🐕.\r\n**Problem** — Trajectory optimization breaks under model mismatch.\r\n**Method** — A learned policy tracks the optimized motion.\r\n**Key results** — Robust on slippery ground.\r\n",
        expect![[r#"
            single heading "Dtc: Deep tracking control" by - | header 6:3-6:29
              summary "Summary" h2 @8:4
              summary "TL;DR" bold @10:3
              purpose "Problem" bold @11:3
              method "Method" bold @12:3
              experiment "Key results" bold @13:3
        "#]],
    );
    check(
        "_posts/2023-05-01-cow.md",
        "---\nlayout: post\ntitle: paper-review-template\ntags: [paper-review]\n---\n# Paper Title\nUsing an EfficientNet-LSTM for the recognition of single Cow’s motion\nbehaviours in a complicated environment\n\n## Summary\n### why did you choice this?\n가축 행동 인식을 위한 딥러닝 모델 서치 🐄.\n\n## Method\nEfficientNet과 BiFPN, LSTM.\n",
        expect![[r#"
            single field "Using an EfficientNet-LSTM for the recognition of single Cow’s motion behaviours in a complicated environment" by - | header 7:1-8:40
              summary "Summary" h2 @10:4
              method "Method" h2 @14:4
        "#]],
    );
    check(
        "_posts/paper/2026-2-5-cagra-ICDE24'.md",
        "---\ntitle: \"ICDE24' - CAGRA: Highly Parallel Graph Construction and Approximate Nearest Neighbor Search for GPU\"\ncategories: [Paper]\n---\n\n## 배경\nGPU에서 그래프 구축 ⚡.\n\n## 방법\n최적화된 k-NN 그래프.\n\n## 실험\nHNSW보다 빠르다.\n",
        expect![[r#"
            single front-matter "CAGRA: Highly Parallel Graph Construction and Approximate Nearest Neighbor Search for GPU" by - | header 2:19-2:108
              purpose "배경" h2 @6:4
              method "방법" h2 @9:4
              experiment "실험" h2 @12:4
        "#]],
    );
    check(
        "byid__notes/52680777242.md",
        "# Using Artificial Intelligence for Systematic Review: The Example of Elicit\n\n> **저자**: Nathan Bernard, Yoshimasa Sagawa Jr\n\n## 연구 동기 (Motivation)\n- 체계적 문헌 고찰은 시간 집약적이다 ⏳.\n\n## 방법론 (How)\n- Elicit과 기존 검색을 비교했다.\n\n## 핵심 성과 (Achievement)\n- 반복성이 낮았다.\n",
        expect![[r#"
            single heading "Using Artificial Intelligence for Systematic Review: The Example of Elicit" by - | header 1:3-1:77
              purpose "연구 동기 (Motivation)" h2 @5:4
              method "방법론 (How)" h2 @8:4
              experiment "핵심 성과 (Achievement)" h2 @11:4
        "#]],
    );
    check(
        "papernotes/如何读文献.md",
        "# 如何读文献\n\n## 文献分类\n\n### 综述类文献(review article)\n\n* 大牛的系统阐述\n\n## 文献阅读方法\n\n先读摘要和结论，再读方法和实验 📖。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Round 54's shapes: a wiki's concept page (`concepts/SignSGD.md`,
/// `category: concept`) and map of content (`tags: [MOC]`) are no reviews;
/// `논문정리- Title` and `论文速读：Hyphenated-Title` lose their prefixes (a
/// heading with no space is a repository's name only without a colon); a
/// front-matter title cut short mid-word gives way to the heading; `원제:`
/// (the original title) is a title field.
#[test]
fn concept_pages_maps_of_content_and_prefixed_or_cut_titles() {
    check(
        "wiki/concepts/SignSGD.md",
        "---\ntitle: SignSGD\ncategory: concept\nsources:\n  - https://arxiv.org/abs/1810.05291\n---\n\n# SignSGD\n\n## 动机\n分布式训练的通信开销 📡。\n\n## 方法\n只传梯度符号。\n\n## 实验\nImageNet。\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Space/Maps/Papers.md",
        "---\ntags:\n  - map\n---\n~ [[Sources]]\n\n이 노트는 연구 논문들을 수집하고 포스터와 함께 시각적으로 표시합니다 📜.\n\n# 📜 Research Database\n\n## Method\n\nDataview로 모은다.\n\n## Results\n\n논문 카드.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "content/areas/Scaling Laws MOC.md",
        "---\ntags:\n  - MOC\n---\n\n# Scaling Laws MOC\n\n## Papers\n\n- [Scaling Laws for Neural Language Models](../knowledge/summary_scaling_laws_lm.md) — 幂律关系\n\n## Method\n\nCompare loss curves.\n\n## Results\n\nPower laws.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/2021-03-01-news.md",
        "---\r\ntitle: 논문정리- Connecting the Dots Between News Articles\r\ncategories: [논문리뷰]\r\n---\r\n\r\n배경\r\n---\r\n뉴스 기사 사이의 연결 📰.\r\n\r\n방법\r\n---\r\n선형 계획법.\r\n",
        expect![[r#"
            single front-matter "Connecting the Dots Between News Articles" by - | header 2:14-2:55
              purpose "배경" h2 @6:1
              method "방법" h2 @10:1
        "#]],
    );
    check(
        "byid__notes/71654459320.md",
        "---\ntitle: \"Rethinking-Causal-Action-Tokenization-with-Conditional-Annea\"\nsource: https://arxiv.org/pdf/2609.35469v1.pdf\n---\n\n# 论文速读：Rethinking-Causal-Action-Tokenization-with-Conditional-Annealing-in-Flow-Matching\n\n## 研究问题与动机\n- 连续动作如何离散化 🤖。\n\n## 方法详解\n- 条件退火。\n\n## 实验与结果\n- LIBERO 0.959。\n",
        expect![[r#"
            single heading "Rethinking-Causal-Action-Tokenization-with-Conditional-Annealing-in-Flow-Matching" by - | header 6:8-6:89
              purpose "研究问题与动机" h2 @8:4
              method "方法详解" h2 @11:4
              experiment "实验与结果" h2 @14:4
        "#]],
    );
    check(
        "CRB-main/Reference/2004_Teutsch_Sauer_요약.md",
        "# Teutsch & Sauer (2004) — 비헤르츠 선접촉 압력 집중 해석 핵심 요약\n\n**원제:** An Alternative Slicing Technique to Consider Pressure Concentrations in Non-Hertzian Line Contacts\n\n## 연구 배경\n선접촉의 끝단 압력 집중 ⚙️.\n\n## 제안 방법\n슬라이싱 기법.\n\n## 결과\nFEM과 일치.\n",
        expect![[r#"
            single field "An Alternative Slicing Technique to Consider Pressure Concentrations in Non-Hertzian Line Contacts" by - | header 3:9-3:107
              purpose "연구 배경" h2 @5:4
              method "제안 방법" h2 @8:4
              experiment "결과" h2 @11:4
        "#]],
    );
}

/// A bare `[Review]` / `[Paper]` / `[리뷰]` tag before a post's title says it
/// reviews the paper, as `[Paper Review]` does: a Jekyll post whose parts
/// are its paper's own numbered sections is one.
#[test]
fn a_bare_review_tag_before_a_post_title() {
    check(
        "_posts/2025-03-03-CLIP-review.md",
        "---\r\ntitle:  \"[Review] Learning Transferable Visual Models From Natural Language Supervision\"\r\ncategories:\r\n  - Multi-Modal Learning\r\n---\r\n\r\n## 1. Introduction\r\n**CLIP**은 OpenAI가 2021년에 발표한 모델로, 이미지와 텍스트를 함께 학습한다 🖼️.\r\n\r\n## 2. Model Architecture\r\nDual encoder.\r\n\r\n## 5. Summary\r\nZero-shot 분류가 가능하다.\r\n",
        expect![[r#"
            single front-matter "Learning Transferable Visual Models From Natural Language Supervision" by - | header 2:19-2:88
              purpose "1. Introduction" h2 @7:4
              method "2. Model Architecture" h2 @10:4
              summary "5. Summary" h2 @13:4
        "#]],
    );
    check(
        "_posts/2025-03-03-CLIP.md",
        "---\r\ntitle:  \"[Vision] Learning Transferable Visual Models From Natural Language Supervision\"\r\ncategories:\r\n  - Multi-Modal Learning\r\n---\r\n\r\n## 1. Introduction\r\n**CLIP**은 OpenAI가 2021년에 발표한 모델로, 이미지와 텍스트를 함께 학습한다 🖼️.\r\n\r\n## 2. Model Architecture\r\nDual encoder.\r\n\r\n## 5. Summary\r\nZero-shot 분류가 가능하다.\r\n",
        expect![[r#"
            single front-matter "Learning Transferable Visual Models From Natural Language Supervision" by - | header 2:19-2:88
              purpose "1. Introduction" h2 @7:4
              method "2. Model Architecture" h2 @10:4
              summary "5. Summary" h2 @13:4
        "#]],
    );
}

/// What the two rules above must not catch: a paper on topic models tagged
/// `topic-modeling` (a whole tag `topic` files a concept page, a word of a
/// tag does not), and a Chinese note `论文解读：如何…` (an interpretation of
/// a paper whose title asks how, not a guide to reading papers).
#[test]
fn a_topic_modeling_tag_and_a_paper_interpretation_stay_reviews() {
    check(
        "papers/lda.md",
        "---\ntitle: Latent Dirichlet Allocation\ntags: [topic-modeling, bayesian]\nvenue: JMLR 2003\n---\n\n## Problem\n문서의 주제를 찾는다 📚.\n\n## Method\nDirichlet prior.\n\n## Experiments\nPerplexity.\n",
        expect![[r#"
            single front-matter "Latent Dirichlet Allocation" by - | header 2:8-2:35
              purpose "Problem" h2 @7:4
              method "Method" h2 @10:4
              experiment "Experiments" h2 @13:4
        "#]],
    );
    check(
        "论文/how-to-train.md",
        "# 论文解读：如何训练你的 ViT\r\n\r\n## 研究动机\r\n数据不足时 ViT 难训练 🤖。\r\n\r\n## 方法\r\n数据增强与正则化。\r\n\r\n## 实验结果\r\nImageNet-21k。\r\n",
        expect![[r#"
            single heading "如何训练你的 ViT" by - | header 1:8-1:18
              purpose "研究动机" h2 @3:4
              method "方法" h2 @6:4
              experiment "实验结果" h2 @9:4
        "#]],
    );
}

/// A short name with the whole title in parentheses after it (`#
/// ResNet(Deep Residual Learning for Image Recognition) 논문 - review`): the
/// title is in the parentheses.
#[test]
fn a_short_name_over_its_title_in_parentheses() {
    check(
        "Paper/ResNet/Readme.md",
        "# ResNet(Deep Residual Learning for Image Recognition) 논문 - review\r\n\r\nhttps://arxiv.org/pdf/1512.03385.pdf\r\n\r\n## Introduction\r\n깊은 망의 degradation 문제 📉.\r\n\r\n## Residual Learning\r\nshortcut connection.\r\n\r\n## Experiments\r\nImageNet top-5 3.57%.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:10-1:54
              purpose "Introduction" h2 @5:4
              method "Residual Learning" h2 inferred @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
    check(
        "papers/bert.md",
        "# 📄 BERT (Pre-training of Deep Bidirectional Transformers for Language Understanding)\n\n## 배경\n양방향 문맥 🧠.\n\n## 방법\nMasked LM.\n\n## 실험\nGLUE.\n",
        expect![[r#"
            single heading "BERT (Pre-training of Deep Bidirectional Transformers for Language Understanding)" by - | header 1:5-1:86
              purpose "배경" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// A front-matter key that names the paper's own title (`paper_title:`,
/// `원제:`) wins over the post's `title:`, written in another language or
/// words.
#[test]
fn a_paper_title_key_over_the_posts_title() {
    check(
        "paper-reading/CLI-Universe.md",
        "---\ntitle: \"CLI-Universe：为终端 Agent 合成可验证训练任务 🧪\"\ntype: paper-reading\npaper_title: \"CLI-Universe: Towards Verifiable Task Synthesis Engine for Terminal Agents\"\nyear: \"2026\"\n---\n\n## 研究动机\n终端 Agent 缺少可验证任务。\n\n## 方法\n能力分类与容器环境。\n\n## 实验\nTerminal-Bench。\n",
        expect![[r#"
            single front-matter "CLI-Universe: Towards Verifiable Task Synthesis Engine for Terminal Agents" by - | header 4:15-4:89
              purpose "研究动机" h2 @8:4
              method "方法" h2 @11:4
              experiment "实验" h2 @14:4
        "#]],
    );
    check(
        "_posts/2024-05-01-meena.md",
        "---\r\ntitle: 사람처럼 말하는 챗봇 Meena 😀\r\n원제: Towards a Human-like Open-Domain Chatbot\r\ncategories: [논문리뷰]\r\n---\r\n\r\n## 배경\r\n오픈 도메인 대화.\r\n\r\n## 방법\r\nEvolved Transformer.\r\n\r\n## 실험\r\nSSA.\r\n",
        expect![[r#"
            single front-matter "Towards a Human-like Open-Domain Chatbot" by - | header 3:5-3:45
              purpose "배경" h2 @7:4
              method "방법" h2 @10:4
              experiment "실험" h2 @13:4
        "#]],
    );
}

/// A `## Main contributions` list is a paper's, written by its reader: with
/// one more part it makes a note a review even outside a folder of paper
/// notes (an empty one says nothing). `Summary | Problem statement` names
/// two parts; `Issues addressed` is the purpose; `结构` / `架构` (structure,
/// architecture) the method.
#[test]
fn a_contributions_list_and_structure_headings() {
    check(
        "notes/42533966135.md",
        "# Generative Adversarial Network for Integrated Circuits Physical Assurance\r\n\r\n\r\n## Summary | Problem statement\r\n- We need many SEM images 🔬.\r\n\r\n## Main contributions\r\n- Detect logic cells on SEM images.\r\n\r\n## Method summary\r\n**Region extraction**\r\n1. denoising\r\n",
        expect![[r#"
            single heading "Generative Adversarial Network for Integrated Circuits Physical Assurance" by - | header 1:3-1:76
              summary "Summary | Problem statement" h2 @4:4
              purpose "Summary | Problem statement" h2 @4:4
              novelty "Main contributions" h2 @7:4
              method "Method summary" h2 @10:4
        "#]],
    );
    check(
        "notes/unfilled.md",
        "# GAN for IC Physical Assurance\n\n## Summary | Problem statement\n- We need many SEM images 🔬.\n\n## Main contributions\n\n## Method summary\n**Region extraction**\n1. denoising\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "classic-papers/Group Normalization/README.md",
        "# Group Normalization\n\n## Methodology\n\n### 1. Abstract\nBN의 오차는 배치가 작을수록 커진다 📉.\n\n### 2. Method Description\nGN은 채널을 그룹으로 나눈다.\n\n### 4. Issues addressed\n작은 배치에서 BN이 불안정하다.\n\n## Experiments\nImageNet.\n",
        expect![[r#"
            single heading "Group Normalization" by - | header 1:3-1:22
              method "Methodology" h2 @3:4
              summary "1. Abstract" h3 @5:5
              method "2. Method Description" h3 @8:5
              purpose "4. Issues addressed" h3 @11:5
              experiment "Experiments" h2 @14:4
        "#]],
    );
    check(
        "笔记/DeepLog.md",
        "# DeepLog：通过深度学习从系统日志中检测和诊断异常\n\n## 摘要\n本文提出 DeepLog 🪵。\n\n## 结构\n三个部分。\n\n## 实验\nHDFS 日志。\n",
        expect![[r#"
            single heading "DeepLog：通过深度学习从系统日志中检测和诊断异常" by - | header 1:3-1:30
              summary "摘要" h2 @3:4
              method "结构" h2 @6:4
              experiment "实验" h2 @9:4
        "#]],
    );
}

/// Round 57's shapes: an author line ending in where and when (`…, Li
/// Fei-Fei, ArXiv, 2016년`) over the paper's link is no title; a citation
/// (`Choi et al. (2025) — `) or a venue (`CVPR2018：`, `OSDI'20`, `CVPR 2018
/// Best Paper | `) before the title goes; a short name's whole title under
/// it goes on over a wrapped line.
#[test]
fn citations_venues_and_author_lines_around_titles() {
    check(
        "notes/45403194218.md",
        "# Perceptual Losses for Real-Time Style Transfer and Super-Resolution\r\nJustin Johnson, Alexandre Alahi, Li Fei-Fei, ArXiv, 2016년\r\n\r\n[논문링크](https://arxiv.org/pdf/1603.08155.pdf)\r\n\r\n## Summary\r\n- 본 논문은 Perceptual loss를 제안한다 🎨.\r\n\r\n## Method\r\n- Image Transform Network\r\n",
        expect![[r#"
            single heading "Perceptual Losses for Real-Time Style Transfer and Super-Resolution" by - | header 1:3-1:70
              summary "Summary" h2 @6:4
              method "Method" h2 @9:4
        "#]],
    );
    check(
        "05-resources/(Paper) Choi 2025 Multiscale Bayesian Fatigue.md",
        "---\ntitle: \"Choi et al. (2025) — Multiscale Stochastic Fatigue Analysis with Bayesian Calibration\"\ntype: paper\n---\n\n## 연구 개요\n다중 스케일 피로 해석 🔩.\n\n## 방법론\n베이지안 보정.\n",
        expect![[r#"
            single front-matter "Multiscale Stochastic Fatigue Analysis with Bayesian Calibration" by - | header 2:30-2:94
              summary "연구 개요" h2 @6:4
              method "방법론" h2 @9:4
        "#]],
    );
    check(
        "Papers-Notes/CVPR2018：更为鲁棒的分类器 卷积原型学习CPL.md",
        "\n# CVPR2018：更为鲁棒的分类器 卷积原型学习CPL\n\n## 动机\n分类器不够鲁棒 🛡️。\n\n## 方法\n卷积原型学习。\n\n## 实验\nMNIST。\n",
        expect![[r#"
            single heading "更为鲁棒的分类器 卷积原型学习CPL" venue="CVPR" year=2018 by - | header 2:12-2:30
              purpose "动机" h2 @4:4
              method "方法" h2 @7:4
              experiment "实验" h2 @10:4
        "#]],
    );
    check(
        "Papers-Notes/Taskonomy.md",
        "# CVPR 2018 Best Paper | 任务学： 揭开任务迁移学习的秘密\n\n## 动机\n任务之间的关系 🧭。\n\n## 方法\n迁移建模。\n\n## 实验\n26 个任务。\n",
        expect![[r#"
            single heading "任务学： 揭开任务迁移学习的秘密" by - | header 1:26-1:42
              purpose "动机" h2 @3:4
              method "方法" h2 @6:4
              experiment "实验" h2 @9:4
        "#]],
    );
    check(
        "notes/59267879660.md",
        "# Reading Notes: OSDI'20 Pacemaker\n\nPACEMAKER: Avoiding HeART attacks in storage clusters with disk-adaptive\nredundancy\n\n## Summary\n\nThis paper presents Pacemaker to reduce the transition overload in large clusters 💾.\n\n## Main Contributions\n\n- proactive transitions\n",
        expect![[r#"
            single field "PACEMAKER: Avoiding HeART attacks in storage clusters with disk-adaptive redundancy" by - | header 3:1-4:11
              summary "Summary" h2 @6:4
              novelty "Main Contributions" h2 @10:4
              method "Main Contributions" h2 inferred @10:4
        "#]],
    );
}

/// Round 58's shapes. Not reviews: a template whose parts all say `(작성
/// 예정)` (to be written), a blog's `# 인트로` page, a guide to reading
/// papers under a study's title, a README whose table links the folders
/// of notes. Titles: a field set as a heading (`### 阅读时间：2018年10月25日`)
/// and `# Section 1` are none (the file's name is); `Paper 12 — ` and
/// `論文解説: ` go.
#[test]
fn placeholders_intro_pages_field_headings_and_series_counts() {
    check(
        "docs/reviews/agent/react.md",
        "# ReAct\n\n:::{admonition} 논문 정보\n- **제목**: ReAct: Synergizing Reasoning and Acting in Language Models\n- **발표**: ICLR 2023\n:::\n\n## 핵심 아이디어\n\n(작성 예정)\n\n## 방법론\n\n(작성 예정)\n\n## 실험 결과\n\n*TBD*\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/intro.md",
        "# 인트로\r\n\r\n1. 본 웹북은 논문 리뷰 스터디 정리 목적으로 제작되었습니다 📚.\r\n2. NLP, CV, RL 등 폭넓게 스터디하고 있습니다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "논문읽기/README.md",
        "# Paper Study & Review\n\n### 효과적인 논문 읽기 방법 (1)\n\n1. Abstract를 먼저 읽는다 📖.\n2. 실험 결과 표를 본다.\n\n### 효과적인 논문 읽기 방법 (2)\n\n- Method는 나중에.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "README.md",
        "# 大模型推理优化 · 论文阅读笔记\n\n自驱学习 LLM 推理优化方向的论文阅读笔记 🚀。\n\n## 目录结构\n\n| 分类 | 内容 |\n| --- | --- |\n| [01-注意力机制](./01-注意力机制) | FlashAttention |\n| [02-推理系统](./02-推理系统) | vLLM |\n| [03-Agent服务](./03-Agent服务/) | AgentServe |\n\n## 关注的核心问题\n\n- 推理服务性能\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "MRC/2018-10/Read + Verify: Machine Reading Comprehension with Unanswerable Questions.md",
        "### 阅读时间：2018年10月25日\n### 会议：http://cn.arxiv.org/pdf/1808.05759\n#### 数据集：SQuAD 2.0\n\n#### 论文简介:\n本文的模型由 No-Answer Reader 和 Answer Verifier 组成 🧩。\n\n#### 实验\nSQuAD 2.0 上的结果。\n",
        expect![[r#"
            single file-name "Read + Verify: Machine Reading Comprehension with Unanswerable Questions" by - | header 1:1-1:21
              method "数据集：SQuAD 2.0" h4 inferred @3:6
              summary "论文简介:" h4 @5:6
              experiment "实验" h4 @8:6
        "#]],
    );
    check(
        "review/Online_Interactive_Collaborative_Filtering_Using_Multi_Armed_Bandit_with_Dependent_Arms.md",
        "# Section 1\n\n이 논문은 온라인 추천에서 cold start 문제를 해결한다 🎰.\n\n## Cold Start Problem\n\nExploration과 Exploitation의 딜레마.\n\n# Section 2\n\n## 제안 방법\nDependent arms.\n",
        expect![[r#"
            single file-name "Online Interactive Collaborative Filtering Using Multi Armed Bandit with Dependent Arms" by - | header 1:1-1:12
              purpose "Cold Start Problem" h2 @5:4
              method "제안 방법" h2 @11:4
        "#]],
    );
    check(
        "notes/58789376069.md",
        "## 🧠 Paper 12 — MentalBERT: Publicly Available Pretrained Language Models for Mental Healthcare\n\n## Summary\nThis paper releases MentalBERT, pretrained on Reddit mental-health posts.\n\n## Method\nDomain-adaptive pretraining.\n\n## Results\nBetter on depression detection.\n",
        expect![[r#"
            single heading "MentalBERT: Publicly Available Pretrained Language Models for Mental Healthcare" by - | header 1:17-1:96
              summary "Summary" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
    check(
        "_posts/blog/2026-02-17-paper-2305-14497.md",
        "---\ntitle: \"論文解説: ChatDev - チャットベース協調によるソフトウェア開発\"\ncategories: [論文]\n---\n\n## 背景（Background）\nソフトウェア開発の分業 🤖。\n\n## 手法（Method）\nチャットチェーン。\n\n## 実験（Experiments）\nSRDD。\n",
        expect![[r#"
            single front-matter "ChatDev - チャットベース協調によるソフトウェア開発" by - | header 2:15-2:45
              purpose "背景（Background）" h2 @6:4
              method "手法（Method）" h2 @9:4
              experiment "実験（Experiments）" h2 @12:4
        "#]],
    );
}

/// A blog's file named by its fields in brackets, the date first
/// (`[20240120]_[CLIP]_[django]_[snoopy.jpg]_[CLIP]_[].md`): the title is
/// the first field that is no date. A front-matter short name that the
/// heading carries as its tag (`title: "09 ViT"` over `# [ViT] An Image is
/// Worth …`) gives way to the heading's whole title.
#[test]
fn bracketed_file_fields_and_a_heading_tagged_with_the_short_name() {
    check(
        "blog/[20240120]_[CLIP]_[django]_[snoopy.jpg]_[CLIP]_[].md",
        "## 논문 요약\r\n\r\n이 논문은 이미지와 텍스트를 함께 학습하는 CLIP을 제안한다 🖼️.\r\n\r\n## 기존 문제점\r\n\r\n고정된 레이블.\r\n\r\n## 제안 방법\r\n\r\nContrastive pre-training.\r\n",
        expect![[r#"
            single file-name "CLIP" by - | header 1:1-1:9
              summary "논문 요약" h2 @1:4
              purpose "기존 문제점" h2 @5:4
              method "제안 방법" h2 @9:4
        "#]],
    );
    check(
        "docs/nlp/ViT.md",
        "---\ntitle: \"09 ViT\"\nparent: nlp\n---\n\n# [ViT] An Image is Worth 16x16 Words : Transformers for Image Recognition at Scale (2021)\n\n## Introduction\nCNN 없이 이미지 분류 🧩.\n\n## Method\nPatch embedding.\n\n## Experiments\nJFT-300M.\n",
        expect![[r#"
            single heading "An Image is Worth 16x16 Words : Transformers for Image Recognition at Scale" year=2021 by - | header 6:9-6:84
              purpose "Introduction" h2 @8:4
              method "Method" h2 @11:4
              experiment "Experiments" h2 @14:4
        "#]],
    );
}

/// A file named as Zotero names a paper's (`2015_You_Cheng_Measuring
/// Modular Matrices by Shearing Lattices.md`: year, authors, title): the
/// title is the last field; words joined by `_` alone stay one title. A
/// heading in a list item, as Logseq writes every line a bullet (`- ##
/// Background`), is a label named by its words.
#[test]
fn a_zotero_file_name_and_logseq_heading_bullets() {
    check(
        "pages/2015_You_Cheng_Measuring Modular Matrices by Shearing Lattices.md",
        "- type:: paper_reading\n- ## Background\n\t- 모듈러 행렬의 측정 🧮.\n- ## Method\n\t- Shearing lattices.\n- ## Results\n\t- 격자 위 측정.\n",
        expect![[r#"
            single file-name "Measuring Modular Matrices by Shearing Lattices" by - | header 1:1-1:23
              purpose "Background" line-start @2:6
              method "Method" line-start @4:6
              experiment "Results" line-start @6:6
        "#]],
    );
    check(
        "pages/2021_Dynamically_Generated_Logical_Qubits.md",
        "# Background\n\n동적으로 만들어지는 논리 큐비트 ⚛️.\n\n# Method\n\nHoneycomb code.\n\n# Results\n\n임계값.\n",
        expect![[r#"
            single file-name "Dynamically Generated Logical Qubits" by - | header 1:1-1:13
              purpose "Background" h1 @1:3
              method "Method" h1 @5:3
              experiment "Results" h1 @9:3
        "#]],
    );
}

/// A file named by its year and title set off by a spaced dash, the title
/// opening with a digit: the year is no part of it.
#[test]
fn a_year_before_a_title_that_opens_with_a_digit() {
    check(
        "Literature Review/2020 - 5th Generation District Heating - A novel approach.md",
        "#### Contribution\r\n지역난방의 최적화 🔥.\r\n\r\n#### Method\r\nMILP.\r\n\r\n#### Results\r\n비용 절감.\r\n",
        expect![[r#"
            single file-name "5th Generation District Heating - A novel approach" by - | header 1:1-1:18
              novelty "Contribution" h4 @1:6
              method "Method" h4 @4:6
              experiment "Results" h4 @7:6
        "#]],
    );
}

/// Chinese systems notes: a part introduced or explained is that part
/// (`架构介绍`, `架构说明`: the method's; `背景介绍` stays the purpose's), the
/// tests it was put to are its experiments (`性能测试`, `测试：`), and the
/// reader's impressions (`读后感`) are no part of the title.
#[test]
fn chinese_parts_introduced_explained_and_tested() {
    check(
        "paperreading/polarfs.md",
        "# 读后感 PolarFS: An Ultralow Latency and Failure Resilient Distributed File System\r\n\r\n## 背景介绍\r\n云数据库需要低延迟存储 🚀。\r\n\r\n## 架构说明\r\nlibpfs、PolarSwitch 和 ChunkServer。\r\n\r\n## 性能测试\r\n6 个存储节点, fio。\r\n",
        expect![[r#"
            single heading "PolarFS: An Ultralow Latency and Failure Resilient Distributed File System" by - | header 1:7-1:81
              purpose "背景介绍" h2 @3:4
              method "架构说明" h2 @6:4
              experiment "性能测试" h2 @9:4
        "#]],
    );
    check(
        "PaperReading/GAM/note.md",
        "# GAM: Efficient Distributed Memory Management with RDMA and Caching\n\n## 模型介绍\n基于目录的缓存一致性协议 🧠。\n\n测试：读写锁在不同负载下的性能。\n",
        expect![[r#"
            single heading "GAM: Efficient Distributed Memory Management with RDMA and Caching" by - | header 1:3-1:69
              method "模型介绍" h2 @3:4
              experiment "测试" line-start @6:1
        "#]],
    );
}

/// A French reading sheet headed by its file's slug, the title under `##
/// Titre Article`; a Spanish course's critique numbered by its reading
/// (`Crítica de la lectura 3-1: …`); a note whose findings are a part `AI
/// Adoption and Usage` beside its `## Citation`, which no software README
/// makes.
#[test]
fn a_title_sheet_a_numbered_critique_and_usage_as_a_finding() {
    check(
        "fiches/1975-12/kerr-folly-rewarding-a-hoping-b-1975-12.md",
        "# kerr-folly-rewarding-a-hoping-b-1975-12\r\n## Veille\r\n\r\nSystèmes de récompenses 🎯.\r\n\r\n## Titre Article\r\n\r\nOn the Folly of Rewarding A, While Hoping for B\r\n\r\n## URL\r\n\r\nhttps://www.ou.edu/russell/UGcomp/Kerr.pdf\r\n\r\n## Résumé\r\n\r\nLes organisations récompensent A en espérant B.\r\n",
        expect![[r#"
            single field "On the Folly of Rewarding A, While Hoping for B" by - | header 8:1-8:48
              summary "Résumé" h2 @14:4
        "#]],
    );
    check(
        "Comentarios_lecturas/lectura3-1.md",
        "# Crítica de la lectura 3-1: Performance of Recommender Algorithms on Top-N Recommendation Tasks\n\nEl paper evalúa algoritmos para top-N 📊. 추천 정확도.\n\n## Metodología\nNetflix y Movielens.\n\n## Resultados\nPureSVD gana.\n",
        expect![[r#"
            single heading "Performance of Recommender Algorithms on Top-N Recommendation Tasks" by - | header 1:30-1:97
              method "Metodología" h2 @5:4
              experiment "Resultados" h2 @8:4
        "#]],
    );
    check(
        "docs/paper-notes/paper-35-shoham-2025-ai-adoption-surveys.md",
        "# Paper 35: Global AI Adoption Trends Among Fertility Specialists\n\n## Citation\n\nShoham, G., & Mizrachi, Y. (2025). **Global trends in the use of AI in reproductive medicine**. Journal of IVF-Worldwide.\n\n## Research Objective\n\n난임 전문의들이 AI를 쓰는지 묻는다 🤖.\n\n## AI Adoption and Usage\n\n응답자의 절반이 쓴다.\n\n## Method / Algorithm\n\n설문 조사.\n",
        expect![[r#"
            single field "Global trends in the use of AI in reproductive medicine" year=2025 by - | header 5:38-5:93
              purpose "Research Objective" h2 @7:4
              method "Method / Algorithm" h2 @15:4
        "#]],
    );
}

/// A table of fields, one to a row, its header row the title's (`| Title
/// | … |` over its delimiter and `| Authors | … |`), under the short name
/// in a code block: the table's title, not the first part's heading.
#[test]
fn a_table_of_fields_headed_by_the_title() {
    check(
        "notes/exploring-exploration.md",
        "```markdown\r\nExploring Exploration\r\n```\r\n\r\n| Title    | Exploring Exploration: Comparing Children with RL Agents in Unified Environments |\r\n| -------- | ------------ |\r\n| Authors  | Eliza Kosoy, Jessica B. Hamrick |\r\n| Link     | https://arxiv.org/abs/2005.02880 |\r\n\r\n아이들과 RL 에이전트의 탐험을 비교한다 🧒.\r\n\r\n## Experiment 1\r\n미로 탐색.\r\n",
        expect![[r#"
            single field "Exploring Exploration: Comparing Children with RL Agents in Unified Environments" by - | header 5:14-5:94
              experiment "Experiment 1" h2 @12:4
        "#]],
    );
}

/// The challenge a paper takes on is its purpose: `## 2 Challenge` in a
/// weekly reading log's template, `## 难点` (the difficulty) in Chinese.
#[test]
fn the_challenge_is_the_purpose() {
    check(
        "markdown/(USENIX20)Plug-N-PWN.md",
        "# (2020 USENIX)Plug-N-Pwned: Comprehensive Vulnerability Analysis of OBD-II Dongles\n\n## 1 Summary\nOBD-II 동글의 취약점 🚗.\n\n## 2 Challenge\n동글마다 펌웨어가 다르다.\n\n## 3 Main Idea\n자동화된 분석.\n",
        expect![[r#"
            single heading "Plug-N-Pwned: Comprehensive Vulnerability Analysis of OBD-II Dongles" venue="USENIX" year=2020 by - | header 1:16-1:84
              summary "1 Summary" h2 @3:4
              purpose "2 Challenge" h2 @6:4
              method "3 Main Idea" h2 @9:4
        "#]],
    );
    check(
        "PaperReading/SyzDirect/note.md",
        "# SyzDirect: Directed Greybox Fuzzing for Linux Kernel\r\n\r\n## 难点\r\n内核的入口点很多 🐧。\r\n\r\n## 解决方案\r\n静态分析找到目标。\r\n",
        expect![[r#"
            single heading "SyzDirect: Directed Greybox Fuzzing for Linux Kernel" by - | header 1:3-1:55
              purpose "难点" h2 @3:4
              method "解决方案" h2 @6:4
        "#]],
    );
}

/// A reading report whose parts are plain lines numbered in Chinese
/// (`一、研究背景`, `二、研究方法及过程`): each named as a heading would be,
/// its compounds read; a numbered sentence is no part.
#[test]
fn parts_numbered_in_chinese_on_plain_lines() {
    check(
        "content/read/2020-09-27-WM2.md",
        "---\r\ntitle: 自闭症儿童的叙事与焦虑\r\nauthors: A. Rivière, B. Costa\r\n---\r\n\r\n一、研究背景\r\n\r\n叙事能力可以反映情绪 🧩。\r\n\r\n二、研究方法及过程\r\n\r\n50名被试，投射测验。\r\n\r\n三、我们发现两组的叙述结构相似但内容不同\r\n\r\n讨论。\r\n",
        expect![[r#"
            single front-matter "自闭症儿童的叙事与焦虑" by - | header 2:8-2:19
              purpose "一、研究背景" line-start @6:1
              method "二、研究方法及过程" line-start @10:1
        "#]],
    );
}

/// A first author and `et al.` with the year before the title, no mark
/// between (`Cerezo et al. 2021 Variational Quantum Algorithms`, `**Zhang
/// et al. (2024)** *Winners with Confidence: …*`); a post titled by two
/// words with the rest of the title as its excerpt.
#[test]
fn a_citation_before_the_title_and_a_two_word_name_with_its_excerpt() {
    check(
        "notes/Cerezo_2021.md",
        "[Cerezo et al. 2021 Variational Quantum Algorithms](https://www.arxiv.org/pdf/2012.09265.pdf)\r\n\r\n## Research Question\r\n양자 컴퓨터로 무엇을 할 수 있나 ⚛️.\r\n\r\n## Methods\r\nVQA의 ansatz와 optimizer.\r\n",
        expect![[r#"
            single field "Variational Quantum Algorithms" by - | header 1:21-1:51
              purpose "Research Question" h2 @3:4
              method "Methods" h2 @6:4
        "#]],
    );
    check(
        "reading/2025-01-12-argmin-inference.md",
        "### **Zhang et al. (2024)** *Winners with Confidence: Discrete Argmin Inference with an Application to Model Selection*  \n\n## Motivation\n모델 선택의 불확실성 🏆.\n\n## Method\n순열 검정.\n\n## Experiments\nCIFAR.\n",
        expect![[r#"
            single heading "Winners with Confidence: Discrete Argmin Inference with an Application to Model Selection" by - | header 1:30-1:119
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
    check(
        "_posts/2020-01-08-Subword Regularization(논문 읽기).md",
        "---\ntitle: \"Subword Regularization\"\nexcerpt: \"Improving Neural Network Translation Models with Multiple Subword Candidates\"\ncategories:\n  - NLP\n---\n\n## 1. Introduction\nBPE의 분절은 하나뿐이다 ✂️.\n\n## 2. Subword Regularization\nunigram language model.\n\n## 3. Experiments\nIWSLT.\n",
        expect![[r#"
            single front-matter "Subword Regularization: Improving Neural Network Translation Models with Multiple Subword Candidates" by - | header 2:9-2:31
              purpose "1. Introduction" h2 @8:4
              method "2. Subword Regularization" h2 inferred @11:4
              experiment "3. Experiments" h2 @14:4
        "#]],
    );
}

/// A page that says, under its title, what its repository is (`This repo
/// is a simple log of papers I have read.`, `이 저장소는 …`) is the
/// repository's own page, whatever parts it names (`## Purpose`). A review
/// that speaks of the authors' repository in a part of its own is still one.
#[test]
fn a_page_saying_what_its_repository_is() {
    check(
        "One-Paper-A-Day/README.md",
        "# One Paper A Day 📚\r\n\r\nThis repo is a simple log of papers I have read.\r\n\r\n## Papers\r\n\r\n- April 9, 2026: [Papers/VGGRPO.md](Papers/VGGRPO.md)\r\n\r\n## Purpose\r\n\r\nThis repository is a lightweight knowledge base for papers I want to remember.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "reading/index.md",
        "# 논문 읽기 노트 📝\n\n- 이 저장소는 제가 읽은 논문의 요약을 모읍니다.\n\n## 목적\n\n연구실 세미나 준비를 위해 [Confidence Guarantees](./papers/paper-1.md)를 정리합니다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-notes/vggt.md",
        "# VGGT: Visual Geometry Grounded Transformer 📐\r\n\r\n## Problem\r\n\r\n3D 재구성을 한 번의 forward로 끝내고자 한다.\r\n\r\n## Code\r\n\r\nThis repository is the authors' official release.\r\n",
        expect![[r#"
            single heading "VGGT: Visual Geometry Grounded Transformer" by - | header 1:3-1:45
              purpose "Problem" h2 @3:4
        "#]],
    );
}

/// A title on a plain first line over a field holding the paper's link
/// (`link: https://arxiv.org/pdf/…`) is the note's, as one over the bare
/// link is; a prose line over a code link is not.
#[test]
fn a_plain_title_over_a_link_field() {
    check(
        "Object-detection/Yolo/Yolo v1.md",
        "You only look once: Unified, real-time object Detection 🎯\r\n\r\nlink: https://arxiv.org/pdf/1506.02640.pdf\r\n\r\n# Introduction\r\n\r\n* 물체 검출을 하나의 회귀 문제로 본다.\r\n",
        expect![[r#"
            single field "You only look once: Unified, real-time object Detection" by - | header 1:1-1:56
              purpose "Introduction" h1 @5:3
        "#]],
    );
    check(
        "notes/yolo.md",
        "이 코드는 학습 스크립트를 정리한 것입니다 🎯\n\nlink: https://github.com/pjreddie/darknet\n\n# Introduction\n\n* 물체 검출을 하나의 회귀 문제로 본다.\n",
        expect![[r#"
            single file-name "yolo" by - | header 1:1-1:26
              purpose "Introduction" h1 @5:3
        "#]],
    );
}

/// A file named for its paper and for what it is (`suma_note.md`, `DQN
/// Notes.md`) is titled by the paper's name.
#[test]
fn a_file_name_saying_it_is_a_note() {
    check(
        "paper_notes/semantic_slam/rangenet++_note.md",
        "---\ntags: [paper]\n---\n\n- rangenet++ 是一个激光雷达语义分割网络 🚗\n\n## 方法\n\n球面投影后用二维全卷积网络分割, this paper 的核心.\n\n## 实验\n\nSemanticKITTI 上实时运行.\n",
        expect![[r#"
            single file-name "rangenet++" by - | header 1:1-1:4
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
    check(
        "paper-notes/DQN Notes.md",
        "## 📌 문제\r\n\r\n활성값의 이상치 때문에 INT8 양자화가 어렵다.\r\n\r\n## 방법\r\n\r\n스케일을 가중치로 옮긴다.\r\n",
        expect![[r#"
            single file-name "DQN" by - | header 1:1-1:8
              purpose "📌 문제" h2 @1:4
              method "방법" h2 @5:4
        "#]],
    );
}

/// A post whose front-matter title is only a tag (`title : [Paper
/// Review]`) is titled by its heading.
#[test]
fn a_front_matter_title_that_is_only_a_tag() {
    check(
        "_posts/2021-03-25-paper-review.md",
        "---\r\nlayout : post\r\ntitle : [Paper Review]\r\nauthor : 정우\r\n---\r\n\r\n# What Have We Achieved on Text Summarization? 📝\r\n\r\nAiming to gain more understanding of summarization systems, we consult the MQM.\r\n\r\n## Contribution\r\n- 요약 모델 10개의 오류 8가지를 정량화\r\n\r\n## Method\r\n\r\nMQM으로 오류를 분류한다.\r\n\r\n## Results\r\n\r\n10개 모델을 비교했다.\r\n",
        expect![[r#"
            single heading "What Have We Achieved on Text Summarization?" by 정우 | header 7:3-7:47
              novelty "Contribution" h2 @11:4
              method "Method" h2 @14:4
              experiment "Results" h2 @18:4
        "#]],
    );
}

/// A heading naming the paper shortly (`# CHESS`, `# Gemma 3`) under a
/// page's front-matter description that is its whole title: the whole
/// title, where the heading stands. Not a description that cites the
/// paper with its authors and venue (`Yu et al. / pixelNeRF - … / CVPR
/// 2021`), nor one that says something.
#[test]
fn a_short_heading_under_a_description_of_the_whole_title() {
    check(
        "text-to-sql/chess.md",
        "---\ndescription: 'CHESS: Contextual Harnessing for Efficient SQL Synthesis'\n---\n\n# CHESS 🐘\n\nhttps://arxiv.org/abs/2405.16755\n\n## 緒論\n\n將自然語言問題轉換為 SQL 查詢是一個研究問題。\n\n## 方法\n\n三個代理分工。\n\n## 實驗\n\nBIRD 上的結果。\n",
        expect![[r#"
            single heading "CHESS: Contextual Harnessing for Efficient SQL Synthesis" by - | header 5:3-5:8
              purpose "緒論" h2 @9:4
              method "方法" h2 @13:4
              experiment "實驗" h2 @17:4
        "#]],
    );
    check(
        "gemma/gemma-3.md",
        "---\r\ndescription: Gemma 3 Technical Report\r\n---\r\n\r\n# Gemma 3\r\n\r\nhttps://arxiv.org/abs/2503.19786\r\n\r\n## 研究背景\r\n\r\nGemma 系列與 Gemini 共同設計 ✨\r\n\r\n## 模型架構\r\n\r\n局部與全局注意力層交替。\r\n\r\n## 實驗\r\n\r\n基準測試結果。\r\n",
        expect![[r#"
            single heading "Gemma 3 Technical Report" by - | header 5:3-5:10
              purpose "研究背景" h2 @9:4
              method "模型架構" h2 @13:4
              experiment "實驗" h2 @17:4
        "#]],
    );
    check(
        "paper-review/cvpr-2021-pixelnerf-eng.md",
        "---\ndescription: Yu et al. / pixelNeRF - Neural Radiance Fields from One or Few Images / CVPR 2021\n---\n\n# pixelNeRF \\[Eng]\n\n## 1. Problem definition\n\n적은 장의 사진으로 NeRF를 학습한다 📷.\n",
        expect![[r#"
            single heading "pixelNeRF" by - | header 5:3-5:12
              purpose "1. Problem definition" h2 @7:4
        "#]],
    );
    check(
        "gemma/gemma-2.md",
        "---\ndescription: Gemma 2 is a family of lightweight open models\n---\n\n# Gemma 2\n\nhttps://arxiv.org/abs/2408.00118\n\n## 研究背景\n\nGemma 系列與 Gemini 共同設計 ✨\n\n## 模型架構\n\n局部與全局注意力層交替。\n\n## 實驗\n\n基準測試結果。\n",
        expect![[r#"
            single heading "Gemma 2" by - | header 5:3-5:10
              purpose "研究背景" h2 @9:4
              method "模型架構" h2 @13:4
              experiment "實驗" h2 @17:4
        "#]],
    );
}

/// Passages copied out of the paper (`## 重要摘抄`, `## Excerpts`) are a
/// part of the note, not its title.
#[test]
fn excerpts_are_a_part_not_a_title() {
    check(
        "paper_notes/pointnet_note.md",
        "- pointnet 直接处理无序点云 ☁️\n\n## 重要摘抄\n1. The main contribution of this paper is a new architecture.\n2. 對稱函數解決排序問題。\n\n## 方法\n\n最大池化组合特征，this paper 的核心。\n\n## 实验\n\nModelNet40 分类。\n",
        expect![[r#"
            single file-name "pointnet" by - | header 1:1-1:23
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// Parts named in Chinese as Taiwan and Hong Kong write it (`## 緒論`,
/// `## 模型架構`, `## **5. 評估**`) are read as the simplified words are.
#[test]
fn parts_named_in_traditional_chinese() {
    check(
        "qwen/qwen2-technical-report.md",
        "# Qwen2 Technical Report 🤖\r\n\r\nhttps://arxiv.org/abs/2407.10671\r\n\r\n## **1.** 緒論\r\n\r\n開源模型的能力落後於閉源模型。\r\n\r\n## 2. 模型架構\r\n\r\n密集模型與專家混合模型。\r\n\r\n## **5. 評估**\r\n\r\n基礎語言模型在 MMLU 上的結果。\r\n",
        expect![[r#"
            single heading "Qwen2 Technical Report" by - | header 1:3-1:25
              purpose "**1.** 緒論" h2 @5:4
              method "2. 模型架構" h2 @9:4
              experiment "**5. 評估**" h2 @13:4
        "#]],
    );
}

/// A note in Vietnamese names its parts in Vietnamese: `## Giới thiệu`
/// (the introduction), `- **Mô hình**:` (the model), `## Hiệu suất mô
/// hình` (the model's performance), `**IV. Kết quả Thí nghiệm
/// (Experimental Results)**`; `## Thông tin bài báo` (the paper's details)
/// is none of the three.
#[test]
fn parts_named_in_vietnamese() {
    check(
        "Survey/EffectiveOpinionWordsExtraction.md",
        "# Effective Opinion Words Extraction for Food Reviews Classification 🍔\r\n\r\n##  Thông tin bài báo  \r\n- **Tác giả**: Phuc Quang Tran, Ngoan Thanh Trieu\r\n- **Năm**: 2020  \r\n- **Mô hình**: Decision Tree, Random Forest\r\n\r\n##  Hiệu suất mô hình  \r\n| Mô hình | Accuracy |\r\n|---------|----------|\r\n| Random Forest | 82.1% |\r\n\r\n**I. Giới thiệu (Introduction)**\r\n\r\nPhân loại đánh giá sản phẩm là bài toán quan trọng.\r\n",
        expect![[r#"
            single heading "Effective Opinion Words Extraction for Food Reviews Classification" by - | header 1:3-1:69
              method "Mô hình" bold @6:5
              experiment "Hiệu suất mô hình" h2 @8:5
              purpose "I. Giới thiệu (Introduction)" bold @13:3
        "#]],
    );
}

/// A Chinese heading that calls the note the reader's report on the paper
/// (`LEANN: 一種低儲存向量索引的閱讀報告`) or explains it in detail (`… 论文详解`)
/// titles the paper without it.
#[test]
fn a_title_followed_by_the_reader_s_report() {
    check(
        "papers/2025/leann/重點概要.md",
        "# LEANN: 一種低儲存向量索引的閱讀報告 📚\n\nhttps://arxiv.org/abs/2506.08276\n\n## 研究動機\n\n向量索引佔用太多儲存空間。\n\n## 方法\n\n只保存圖結構，查詢時重新計算嵌入。\n",
        expect![[r#"
            single heading "LEANN: 一種低儲存向量索引" by - | header 1:3-1:19
              purpose "研究動機" h2 @5:4
              method "方法" h2 @9:4
        "#]],
    );
    check(
        "2026-03/MBA-SLAM - Motion Blur Aware Gaussian Splatting SLAM.md",
        "# MBA-SLAM: Motion Blur Aware Gaussian Splatting SLAM 论文详解 📷\r\n\r\nhttps://arxiv.org/abs/2411.08279\r\n\r\n## 研究动机\r\n\r\n运动模糊让 SLAM 失效。\r\n\r\n## 方法\r\n\r\n在 3DGS 中建模曝光时间内的相机轨迹。\r\n",
        expect![[r#"
            single heading "MBA-SLAM: Motion Blur Aware Gaussian Splatting SLAM" by - | header 1:3-1:54
              purpose "研究动机" h2 @5:4
              method "方法" h2 @9:4
        "#]],
    );
}

/// Two papers, each under its heading over its link, are two papers'
/// notes, whichever publisher hosts them (`peerj.com`, as `thecvf.com`
/// does).
#[test]
fn two_papers_each_over_a_publisher_s_link() {
    check(
        "VQA/joint_embedding.md",
        "#### [Bottom-Up and Top-Down Attention for Image Captioning and Visual Question Answering](Anderson_Bottom-Up_and_Top-Down_CVPR_2018_paper.pdf)\r\nhttps://openaccess.thecvf.com/content_cvpr_2018/papers/Anderson_Bottom-Up_and_Top-Down_CVPR_2018_paper.pdf\r\n\r\n- Tập trung vào đối tượng và các vùng hình ảnh nổi bật 🧠.\r\n\r\n- Kết hợp top-down visual attention mechanism xác định trọng số và bottom-up attention mechanism đề xuất vùng ảnh.\r\n\r\n#### [Joint embedding VQA model based on dynamic word vector](./peerj-cs-353.pdf)\r\nhttps://peerj.com/articles/cs-353/\r\n\r\n- 문맥에 따라 단어 벡터가 달라진다.\r\n\r\n- The N-KBSN model consists of three main parts: feature extraction, self attention and guided attention, and feature fusion with a classifier.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A template's slot for a formula left empty (`- $$ $$` under `## 2. Key
/// Method`) holds nothing: the template is not a review begun. A formula
/// written in is the method's.
#[test]
fn an_empty_formula_is_a_template_s_slot() {
    check(
        "paper_review/OPEN_VLA/open_vla_summarize.md",
        "#  OpenVLA: An Open-Source Vision-Language-Action Model 🤖\r\n## 1. Summary\r\n- Contribution: \r\n\r\n## 2. Key Method\r\n- $$ $$\r\n\r\n\r\n## 3. Critique\r\n\r\n\r\n## 4. Code Implementation\r\n-\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper_review/OPEN_VLA/open_vla_summarize.md",
        "#  OpenVLA: An Open-Source Vision-Language-Action Model 🤖\r\n## 1. Summary\r\n- Contribution: 행동을 토큰으로 예측하는 오픈 VLA.\r\n\r\n## 2. Key Method\r\n- $$ a_t = \\arg\\max p(a \\mid o, l) $$\r\n\r\n## 3. Critique\r\n",
        expect![[r#"
            single heading "OpenVLA: An Open-Source Vision-Language-Action Model" by - | header 1:4-1:56
              summary "1. Summary" h2 @2:4
              novelty "Contribution" line-start @3:3
              method "2. Key Method" h2 @5:4
        "#]],
    );
}

/// `Reading Notes on` and a citation of three authors with the year
/// before the title (`Arnott, Kalesnik & Linnainmaa (2023) — *Factor
/// Momentum*`) say what the note is and whose paper: the title is what
/// follows.
#[test]
fn reading_notes_on_a_citation_of_three_authors() {
    check(
        "Finance-Paper-Notes/Factor_Momentum.md",
        "# Reading Notes on Arnott, Kalesnik & Linnainmaa (2023) — *Factor Momentum* 📈\r\n\r\nhttps://doi.org/10.1111/jofi.13217\r\n\r\n## Motivation\r\n\r\n요인 수익률에도 모멘텀이 있는가? This paper asks it.\r\n\r\n## Method\r\n\r\nTime-series factor momentum.\r\n",
        expect![[r#"
            single heading "Factor Momentum" by - | header 1:60-1:75
              purpose "Motivation" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// A post named by its paper's short name that links the paper under a
/// `Paper` or `论文` label (`> **Paper**: [Title](…)`, `- [论文：Title](…)`)
/// is titled by the link's text, where the short name stands; not when it
/// so links two papers. A post filed by year and venue (`title: 2019 ICCV
/// monodepth2`) is titled by what follows them.
#[test]
fn a_short_name_over_its_labelled_paper_link() {
    check(
        "source/_posts/SiamMask.md",
        "---\r\ntitle: SiamMask\r\ndate: 2019-11-26 10:31:16\r\ntags: [DL, Tracking]\r\n---\r\n\r\n> **SiamMask** is used to detect and segment objects 🎯.\r\n\r\n> **Paper**: [Fast Online Object Tracking and Segmentation: A Unifying Approach](http://openaccess.thecvf.com/content_CVPR_2019/papers/Wang_CVPR_2019_paper.pdf)(CVPR 2019 paper)  \r\n\r\n## Motivation\r\n\r\n추적과 분할을 한 번에 한다.\r\n",
        expect![[r#"
            single field "Fast Online Object Tracking and Segmentation: A Unifying Approach" by - | header 9:15-9:80
              purpose "Motivation" h2 @11:4
        "#]],
    );
    check(
        "source/_posts/FPN.md",
        "---\ntitle: FPN\ndate: 2019-01-18 23:26:50\n---\n\n# 摘要\n\n- FPN 的目的是通过特征金字塔来解决多尺度目标问题。\n\n# 方法\n\n自上而下的路径与横向连接。\n\n# 参考文献\n\n- [论文：Feature Pyramid Networks for Object Detection](https://arxiv.org/pdf/1612.03144.pdf)\n- [博客：Understanding Feature Pyramid Networks](https://medium.com/@jonathan_hui/fpn)\n",
        expect![[r#"
            single front-matter "Feature Pyramid Networks for Object Detection" by - | header 2:8-2:11
              summary "摘要" h1 @6:3
              method "方法" h1 @10:3
        "#]],
    );
    check(
        "source/_posts/FPN.md",
        "---\ntitle: FPN\n---\n\n# 方法\n\n自上而下的路径与横向连接。\n\n# 参考文献\n\n- [论文：Feature Pyramid Networks for Object Detection](https://arxiv.org/pdf/1612.03144.pdf)\n- [论文：Deep Residual Learning for Image Recognition](https://arxiv.org/pdf/1512.03385.pdf)\n",
        expect![[r#"
            single front-matter "FPN" by - | header 2:8-2:11
              method "方法" h1 @5:3
        "#]],
    );
    check(
        "source/_posts/2019-ICCV-monodepth2.md",
        "---\ntitle: 2019 ICCV monodepth2\n---\n# 概括\n\n本文的网络由一个 depth 网络和一个 pose 网络组成 📷。\n\n# 方法\n\nminimum reprojection loss.\n\n# 实验\n\nKITTI.\n",
        expect![[r#"
            single front-matter "monodepth2" venue="ICCV" year=2019 by - | header 2:18-2:28
              method "方法" h1 @8:3
              experiment "实验" h1 @12:3
        "#]],
    );
}

/// A review form's `## Tech Detail` is the method; `总结` (a summary)
/// glued after a title, bold or not, is cut from it.
#[test]
fn a_tech_detail_part_and_a_summary_word_after_a_bold_title() {
    check(
        "01. Compositional De-Attention Networks/Compositional De-Attention Networks.md",
        "# Compositional De-Attention Networks\r\n\r\nhttps://arxiv.org/abs/1910.13291\r\n\r\n## What is this paper about?\r\n\r\n提出新的注意力機制 🧠。\r\n\r\n## Tech Detail\r\n\r\n用 tanh 與 sigmoid 組合出 quasi-attention。\r\n\r\n## What are the main weaknesses?\r\n\r\n實驗不夠多。\r\n",
        expect![[r#"
            single heading "Compositional De-Attention Networks" by - | header 1:3-1:38
              summary "What is this paper about?" h2 @5:4
              method "Tech Detail" h2 @9:4
        "#]],
    );
    check(
        "论文笔记/Efficient order dependency detection.md",
        "# **Efficient order dependency detection**总结\n\n## 符号含义\n\n顺序依赖的定义 📐。\n\n## 方法\n\nORDER 算法按层搜索候选依赖。\n\n## 实验\n\n在真实数据集上比较运行时间。\n",
        expect![[r#"
            single heading "Efficient order dependency detection" by - | header 1:3-1:43
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// A post explaining the paper it names in quotes, and how far
/// (`Understanding "Attention Is All You Need" in Detail`), is titled by
/// the quoted paper; a post understanding a subject in detail is titled so.
#[test]
fn understanding_a_quoted_paper_in_detail() {
    check(
        "papers/attention-is-all-you-need.md",
        "# Understanding \"Attention Is All You Need\" in Detail 🔍\r\n\r\nhttps://arxiv.org/abs/1706.03762\r\n\r\n## Motivation\r\n\r\nRNN은 순차적이라 느리다.\r\n\r\n## Method\r\n\r\nSelf-attention.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:18-1:43
              purpose "Motivation" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
    check(
        "papers/deep-learning.md",
        "# Understanding Deep Learning in Detail 🔍\n\nhttps://arxiv.org/abs/1611.03530\n\n## Motivation\n\n일반화를 설명하고 싶다.\n\n## Method\n\nRandom labels.\n",
        expect![[r#"
            single heading "Understanding Deep Learning in Detail" by - | header 1:3-1:40
              purpose "Motivation" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// Authors after a dash, the first with a comma before `et al.` or two
/// surnames listed with commas (`… - Hoffmann, et al., (2022)`, `… -
/// Davila, Morris`), are cut from the title; `— Ports & Adapters` is the
/// title's. `# 创新` (what is new) and `# 改进` (what was improved) are
/// parts, never the title: the file's name is.
#[test]
fn authors_after_a_dash_and_parts_named_new_or_improved() {
    check(
        "paper_diary/Training_Compute-Optimal_Large_Language_Models.md",
        "# Training Compute-Optimal Large Language Models - Hoffmann, et al., (2022) 📈\r\n\r\n## Problem\r\n\r\n모델 크기와 토큰 수의 균형.\r\n\r\n## Method\r\n\r\nIsoFLOP curves.\r\n",
        expect![[r#"
            single heading "Training Compute-Optimal Large Language Models" year=2022 by - | header 1:3-1:49
              purpose "Problem" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "paper_diary/orthography.md",
        "# From Orthography to Semantics: a Study of Morphological Processing - Davila, Morris\n\n## Problem\n\nHow do networks read morphemes? 🔤\n\n## Method\n\nA feed-forward reader.\n",
        expect![[r#"
            single heading "From Orthography to Semantics: a Study of Morphological Processing" by - | header 1:3-1:69
              purpose "Problem" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "papers/shufflenet.md",
        "[paper](https://arxiv.org/abs/1707.01083)\n\n# 创新\n## 推广群卷积 🔀\n\n通道混洗让分组之间交换信息。\n\n# 网络结构\n\nshuffle unit 堆叠而成。\n\n# 实验\n\nImageNet 上与 MobileNet 比较。\n",
        expect![[r#"
            single file-name "shufflenet" by - | header 1:1-1:42
              novelty "创新" h1 @3:3
              method "网络结构" h1 @8:3
              experiment "实验" h1 @12:3
        "#]],
    );
}

/// A course's reading response names itself before the paper's title,
/// maybe after the course's code (`CMPS 290S Reading Response: …`,
/// `Response: '…'`); the title in single quotes or corner brackets is read
/// without them. A course's questions about the reader (`What's a research
/// question I have …?`) name no part of the paper.
#[test]
fn reading_responses_and_the_readers_own_questions() {
    check(
        "responses/6478-response-2018-11-19.md",
        "# CMPS 290S Reading Response: From Clarity to Efficiency for Distributed Algorithms\r\n\r\n## Summary\r\n\r\nThis paper proposes a language for distributed algorithms 🧩.\r\n\r\n## Method\r\n\r\n양화사를 점진적 계산으로 바꾼다.\r\n",
        expect![[r#"
            single heading "From Clarity to Efficiency for Distributed Algorithms" by - | header 1:31-1:84
              summary "Summary" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "responses/7395-response-2018-10-03.md",
        "## Response: 'CAP Twelve years later'\n\n### Summary\n\nThe paper revisits the CAP theorem 🌐 and partition modes.\n\n### Method\n\n파티션을 감지하고 복구한다.\n\n### What’s a concrete step I can take toward answering the research question?\n\nRead about CRDTs.\n",
        expect![[r#"
            single heading "CAP Twelve years later" by - | header 1:15-1:37
              summary "Summary" h3 @3:5
              method "Method" h3 @7:5
        "#]],
    );
    // (A title quoted twice over, `'「…」'`, loses the outer quotes.)
    check(
        "論文メモ/quoted.md",
        "# '「Attention Is All You Need」'\n\n## 手法\n\nSelf-attention 🤖。\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:5-1:30
              method "手法" h2 @3:4
        "#]],
    );
    check(
        "論文メモ/transformer.md",
        "# 「Attention Is All You Need」\n\n## 手法\n\nSelf-attention だけで翻訳する 🤖。\n\n## 実験\n\nWMT 2014 で BLEU 28.4。\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:4-1:29
              method "手法" h2 @3:4
              experiment "実験" h2 @7:4
        "#]],
    );
}

/// Spanish, Portuguese and French parts say what they are for after their
/// word (`Problema que Resuelve`, `Problema a resolver`, `Méthode pour …`).
#[test]
fn romance_parts_named_with_what_they_are_for() {
    check(
        "notas/literatura/ejemplo-paper.md",
        "# Attention Is All You Need\n\n## 🎯 Problema que Resuelve\n\nLas RNN eran difíciles de paralelizar.\n\n## 🔬 Metodología\n\nMulti-head self-attention.\n\n## 📊 Resultados Clave\n\nWMT 2014 EN-DE: 28.4 BLEU.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "🎯 Problema que Resuelve" h2 @3:4
              method "🔬 Metodología" h2 @7:4
              experiment "📊 Resultados Clave" h2 @11:4
        "#]],
    );
    check(
        "artigos/fichamento.md",
        "# Worst Smells and Their Worst Reasons\r\n\r\n## Problema a resolver\r\n\r\nQuais code smells mais prejudicam a manutenção? 😬\r\n\r\n## Método\r\n\r\nEntrevistas com desenvolvedores.\r\n",
        expect![[r#"
            single heading "Worst Smells and Their Worst Reasons" by - | header 1:3-1:39
              purpose "Problema a resolver" h2 @3:4
              method "Método" h2 @7:4
        "#]],
    );
}

/// Parts named in Spanish or Portuguese with their `and` (`Introducción y
/// Abstract`), the reader's own comments (`Comentarios personales`), and a
/// record's snake_case keys set as headings (`## key_results`).
#[test]
fn parts_joined_by_romance_and_and_snake_case_keys() {
    check(
        "lecturas/lectura1.md",
        "# Item-Based Collaborative Filtering Recommendation Algorithms\r\n\r\n#### Introducción y Abstract\r\n\r\nEl filtrado colaborativo basado en ítems escala mejor 📈.\r\n\r\n#### Comentarios personales\r\n\r\nMe pareció claro.\r\n",
        expect![[r#"
            single heading "Item-Based Collaborative Filtering Recommendation Algorithms" by - | header 1:3-1:63
              purpose "Introducción y Abstract" h4 @3:6
              summary "Introducción y Abstract" h4 @3:6
              takeaways "Comentarios personales" h4 @7:6
        "#]],
    );
    check(
        "data/papers/dataflow-is-all-you-need.md",
        "# Dataflow Is All You Need\n\n## problem\n\nGPU 추론은 메모리 대역폭에 묶인다.\n\n## approach\n\nA reconfigurable dataflow unit 🧮.\n\n## key_results\n\n>75% roofline efficiency.\n",
        expect![[r#"
            single heading "Dataflow Is All You Need" by - | header 1:3-1:27
              purpose "problem" h2 @3:4
              method "approach" h2 @7:4
              experiment "key_results" h2 @11:4
        "#]],
    );
}

/// A Chinese headline (the short name and a tagline) over the paper's
/// original title in a `原文` field: the field names the paper.
#[test]
fn original_title_field_under_a_chinese_headline() {
    check(
        "papers/GPTQ/GPTQ_解读.md",
        "# GPTQ: 大语言模型的后训练量化里程碑 🚀\r\n\r\n> **原文**: GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers\r\n> **作者**: Elias Frantar, Saleh Ashkboos\r\n\r\n## 方法\r\n\r\n逐列量化并更新其余权重。\r\n",
        expect![[r#"
            single field "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" by - | header 3:11-3:92
              method "方法" h2 @6:4
        "#]],
    );
}

/// Parts numbered after their label, then what each says, after a
/// full-width colon too (`### 关键结果 1：…`, `### Key Result 2: …`);
/// what a daily report is, before a dash (`Daily Paper Reading — …`,
/// `每日论文报告 — …`); a heading's link broken over two lines.
#[test]
fn numbered_labels_daily_reports_and_broken_links() {
    check(
        "paper/RL/PPO/README.md",
        "# PPO\n\n## Method\n\nClipped surrogate objective 📎.\n\n## Key Insights\n\n### 关键结果 1：clip 是一个很强的 trust region 近似\n\n在 Atari 上有竞争力。\n\n### Key Result 2: more epochs per batch\n\nSample efficiency improves.\n",
        expect![[r#"
            single heading "PPO" by - | header 1:3-1:6
              method "Method" h2 @3:4
              experiment "关键结果 1：clip 是一个很强的 trust region 近似" h3 @9:5
              experiment "Key Result 2: more epochs per batch" h3 @13:5
        "#]],
    );
    check(
        "src/HGM_report_zh.md",
        "# 每日论文报告 — Huxley-Gödel Machine: Human-Level Coding Agent Development\r\n\r\n## 方法\r\n\r\n用克隆元生产力估计自我改进的潜力 🤖。\r\n",
        expect![[r#"
            single heading "Huxley-Gödel Machine: Human-Level Coding Agent Development" by - | header 1:12-1:70
              method "方法" h2 @3:4
        "#]],
    );
    check(
        "computer-vision/V-net.md",
        "# [V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation](V-Net: Fully Convolutional\n)\n\n## Method\n\n3D 합성곱과 Dice loss.\n",
        expect![[r#"
            single heading "V-Net: Fully Convolutional Neural Networks for Volumetric Medical Image Segmentation" by - | header 1:4-1:88
              method "Method" h2 @4:4
        "#]],
    );
}

/// A list of the papers read, numbered with a dash (`1 - Competencies for
/// Code Review. … doi: https://…`), is a reading list, no review.
#[test]
fn a_reading_list_numbered_with_dashes() {
    check(
        "TCC-FICHAMENTOS/README.md",
        "# ARTIGOS EXPLORADOS 📚\r\n\r\n1 - Competencies for Code Review. The 26th ACM Conference on Computer-Supported Cooperative Work. doi: https://doi.org/10.1145/3579467\r\n2 - How Do Software Developers Use GitHub Actions to Automate Their Workflows? doi: https://doi.org/10.48550/arXiv.2103.12224\r\n3 - World of Code: An Infrastructure for Mining the Universe of Open Source VCS Data. doi: https://doi.org/10.1109/MSR.2019.00031\r\n4 - Usability of Mobile Applications: A Systematic Literature Study. IEEE Access. doi: https://doi.org/10.1109/ACCESS.2020.2981892\r\n5 - 코드 리뷰의 효과에 관한 연구. doi: https://doi.org/10.5626/KTCP.2020.26.1.1\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A week's file on two readings, each under its numbered heading
/// (`#### **Lectura 1: …**`, `#### **Lectura 2: …**`), reviews no one
/// paper.
#[test]
fn a_weeks_file_on_numbered_readings() {
    check(
        "lecturas/lectura5.md",
        "# Semana 5\n\n#### Tema: Context-Aware Recommender Systems + Combining predictions\n#### Entrega: 20 de Septiembre, 8pm\n\n - [x] Adomavicius, G. and Tuzhilin, A. (2011). Context-Aware Recommender Systems. AI Magazine, 32(3), 67-80.\n\nLink: https://ojs.aaai.org//index.php/aimagazine/article/view/2364\n\n - [x] Jahrer, M. and Töscher, A. (2010). Combining predictions for accurate recommender systems. In Proceedings of KDD.\n\nLink: https://dl.acm.org/doi/10.1145/1835804.1835893\n\n## Resumen semana 5\n\nEn esta oportunidad, decidí leer los dos papers principales recomendados, buscando dar una breve intro a cada uno.\n\n#### **Lectura 1: Combining predictions for accurate recommender systems**\n\nEste paper combina modelos de filtrado colaborativo 🤝 con el dataset de Netflix Prize y blending.\n\n#### **Lectura 2: Context-Aware Recommender Systems**\n\nEste paper introduce los sistemas recomendadores sensibles al contexto y sus factores.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Posts that name their paper in the reader's words: a Zenn article's
/// `title:` naming the model before a Japanese headline, over `# 論文` and
/// the paper's link; `요약` or `の解説` after the title; a `sourceTitle:`
/// beside the post's own. `Why it matters` is the purpose; Japanese parts
/// say where the work stands (`研究の位置付け`), or are about a part
/// (`提案手法について`, `モデルの詳細`).
#[test]
fn posts_naming_their_paper_in_the_readers_words() {
    check(
        "articles/conditional-pixelcnn.md",
        "---\ntitle: \"論文メモ: Conditional PixelCNN - PixelCNNベースの条件付き画像生成モデル\"\nemoji: \"🌆\"\n---\n\n# 論文\n\n[Conditional Image Generation with PixelCNN Decoders](https://arxiv.org/abs/1606.05328)\n\n# 研究分野における位置付け\n\nPixelRNN は遅い。\n\n# 提案手法について\n\nGated PixelCNN。\n\n# SegFormer モデルの詳細\n\n詳細。\n",
        expect![[r#"
            single field "Conditional Image Generation with PixelCNN Decoders" by - | header 8:2-8:53
              purpose "研究分野における位置付け" h1 @10:3
              method "提案手法について" h1 @14:3
              method "SegFormer モデルの詳細" h1 @18:3
        "#]],
    );
    check(
        "content/posts/proximal-policy-optimization-algorithms/index.md",
        "---\r\ntitle: \"Proximal Policy Optimization Algorithms 요약\"\r\ntags: [\"Paper Review\"]\r\n---\r\n\r\n## Why it matters 💡\r\n\r\nTRPO는 복잡하다.\r\n\r\n## Method\r\n\r\nClipped objective.\r\n",
        expect![[r#"
            single front-matter "Proximal Policy Optimization Algorithms" by - | header 2:9-2:48
              purpose "Why it matters 💡" h2 @6:4
              method "Method" h2 @10:4
        "#]],
    );
    check(
        "articles/ml-segformer.md",
        "---\ntitle: \"SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers の解説\"\n---\n\n論文: https://arxiv.org/abs/2105.15203\n\n# SegFormerの立ち位置\n\nViT の後継。\n\n# 実験\n\nADE20K で評価。\n",
        expect![[r#"
            single front-matter "SegFormer: Simple and Efficient Design for Semantic Segmentation with Transformers" by - | header 2:9-2:91
              purpose "SegFormerの立ち位置" h1 @7:3
              experiment "実験" h1 @11:3
        "#]],
    );
    check(
        "content/blog/resnet.md",
        "---\ntitle: \"ResNet — Deep Residual Learning\"\nsourceTitle: \"Deep Residual Learning for Image Recognition (CVPR 2016)\"\nsourceUrl: \"https://arxiv.org/abs/1512.03385\"\n---\n\n## Why does it matter?\n\nDeeper nets were harder to train.\n\n## Core idea\n\nSkip connections.\n",
        expect![[r#"
            single front-matter "Deep Residual Learning for Image Recognition" venue="CVPR" year=2016 by - | header 3:15-3:59
              purpose "Why does it matter?" h2 @7:4
              method "Core idea" h2 @11:4
        "#]],
    );
}

/// An Obsidian wiki link to the paper's PDF opening the note (`[[Finding
/// and Understanding Bugs in C Compilers.pdf]]`) names the paper, as a
/// heading's link does; a file's short name (`![[mistral7b0-1.pdf]]`)
/// does not.
#[test]
fn a_wiki_link_to_the_papers_file() {
    check(
        "Paper Review/Finding and Understanding Bugs in C Compilers.md",
        "# [[Finding and Understanding Bugs in C Compilers.pdf]]\r\n\r\n## Method\r\n\r\nCsmith 🐛 generates random C programs.\r\n\r\n## Results\r\n\r\nGCC와 LLVM에서 수백 개의 버그.\r\n",
        expect![[r#"
            single heading "Finding and Understanding Bugs in C Compilers" by - | header 1:5-1:50
              method "Method" h2 @3:4
              experiment "Results" h2 @7:4
        "#]],
    );
    check(
        "literature/csmith.md",
        "# ![[csmith-pldi11.pdf|Finding and Understanding Bugs in C Compilers]]\n\n## Method\n\nRandom programs.\n",
        expect![[r#"
            single heading "Finding and Understanding Bugs in C Compilers" by - | header 1:24-1:69
              method "Method" h2 @3:4
        "#]],
    );
}

/// Two models named before a colon (`# RT-1 / RT-2: VLA의 기원`) are two
/// papers' notes; a post that names a book (`Sutton의 RL 책 한 장 요약`)
/// is a book's; neither is one paper's review.
#[test]
fn two_models_before_a_colon_and_a_book() {
    check(
        "15-vla/02-rt1-rt2.md",
        "# RT-1 / RT-2: VLA의 기원\r\n\r\n## 문제\r\n\r\n로봇 데이터만으로는 일반화가 부족하다 🤖.\r\n\r\n## 방법\r\n\r\nVLM을 로봇 행동으로 파인튜닝한다.\r\n\r\n## 실험\r\n\r\n새 물체에서 성공률이 오른다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "content/posts/Sutton-RL-book-cheatsheet/index.md",
        "---\ntitle: \"Sutton의 RL 책 한 장 요약\"\ntags: [\"RL\"]\n---\n\n## 문제 정의\n\nMDP와 보상 📚.\n\n## 방법\n\nTD 학습과 정책 경사.\n\n## 실험\n\nGridworld.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A headline in the reader's language after the model's name, over the
/// paper's whole title beginning with that name, as a link's text in a
/// field or as a table's cell: that title, not the headline.
#[test]
fn the_whole_title_after_the_name_before_a_headline() {
    check(
        "llm-study/readings/01-fineweb/notes.md",
        "# FineWeb: 웹을 걸러 15조 토큰을 만들기까지 🧹\r\n\r\n- 원본: Penedo et al., [FineWeb: decanting the web for the finest text data at scale](https://huggingface.co/spaces/HuggingFaceFW/blogpost-fineweb-v1)\r\n\r\n## 배경\r\n좋은 데이터는 눈으로 판정할 수 없다.\r\n\r\n## 방법\r\n작은 모델을 학습시켜 판정한다.\r\n\r\n## 실험\r\nMMLU에서 C4보다 낫다.\r\n",
        expect![[r#"
            single field "FineWeb: decanting the web for the finest text data at scale" by - | header 3:23-3:83
              purpose "배경" h2 @5:4
              method "방법" h2 @8:4
              experiment "실험" h2 @11:4
        "#]],
    );
    check(
        "daily-paper-reading/src/SkillRL_report_zh.md",
        "# 每日论文报告 — SKILLRL: 基于递归技能增强强化学习的智能体演化 🤖\n\n## 结构化摘要\n\n| 维度 | 内容 |\n|---|---|\n| **标题** | SKILLRL: Evolving Agents via Recursive Skill-Augmented Reinforcement Learning |\n| **链接** | https://github.com/aiming-lab/SkillRL |\n\n## 研究动机\n智能体不会积累技能。\n\n## 方法\n递归技能库。\n\n## 实验\nALFWorld 上提升 15%。\n",
        expect![[r#"
            single field "SKILLRL: Evolving Agents via Recursive Skill-Augmented Reinforcement Learning" by - | header 7:12-7:89
              purpose "研究动机" h2 @10:4
              method "方法" h2 @13:4
              experiment "实验" h2 @16:4
        "#]],
    );
    // (Prose that goes on after the name is no title: `SKILLRL: 这个方法
    // 很好` names no paper's words.)
    check(
        "daily-paper-reading/src/SkillRL_note.md",
        "# SKILLRL: 基于递归技能增强强化学习的智能体演化\n\nSKILLRL: it learns skills and keeps them in a library.\n\n## 方法\n递归技能库。\n",
        expect![[r#"
            single heading "SKILLRL: 基于递归技能增强强化学习的智能体演化" by - | header 1:3-1:30
              method "方法" h2 @5:4
        "#]],
    );
}

/// A title field wholly in bold (`**论文名称：Deep Graph Infomax**`), a file's
/// name numbered in corner brackets (`【02】graph_nueral_networks_….md`),
/// and `## Article Review` opening a note named by its file.
#[test]
fn a_bold_field_a_bracketed_number_and_an_article_review_heading() {
    check(
        "graph-papers/notes/DGI.md",
        "**论文名称：Deep Graph Infomax** 🧠\r\n\r\n**论文地址：https://arxiv.org/abs/1809.10341**\r\n\r\n## Introduction\r\n无监督图表示学习。\r\n\r\n## Method\r\n最大化局部与全局互信息。\r\n\r\n## Experiments\r\nCora 上 82.3%。\r\n",
        expect![[r#"
            single field "Deep Graph Infomax" by - | header 1:8-1:26
              purpose "Introduction" h2 @5:4
              method "Method" h2 @8:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
    check(
        "Graph_networks/【02】graph_nueral_networks_a_review_of_methods_and_applications.md",
        "一篇关于图神经网络的综述 📚，有以下几个贡献 contributions in this paper:\n> 1. provide a detailed review over existing graph neural network models.\n> 2. systematically categorize the applications.\n\n## 0 introduction\ngraphs have great expressive power: they can denote a large number of systems across various areas.\n\n## 1 related work\n早期的 graph embedding 方法没有参数共享。\n\n## 2 Models\n## 2.1 Graph Neural Networks\n每个节点通过 message passing 聚合邻居信息。\n",
        expect![[r#"
            single file-name "graph nueral networks a review of methods and applications" by - | header 1:1-1:52
              purpose "0 introduction" h2 @5:4
              method "2 Models" h2 @11:4
        "#]],
    );
    check(
        "dissertation-notes/content/work/06 - artigos/DTMOS.md",
        "---\narticle: \"[[dtmos_dt.pdf]]\"\ntags:\n  - article_review\n---\n## Article Review\n\n**DTUMOS** is an open-source digital twin for urban mobility 🚕.\n\n### Motivation\nCities need a test bed.\n\n### Method\nAn ETA model with a routing algorithm.\n",
        expect![[r#"
            single file-name "DTMOS" by - | header 1:1-1:4
              purpose "Motivation" h3 @10:5
              method "Method" h3 @13:5
        "#]],
    );
}

/// A list of links with a few words each, under headings that name no
/// part: a reading list, not a review.
#[test]
fn a_list_of_links_is_no_review() {
    check(
        "deep-learning-papers/doc/cam.md",
        "# Weakly Supervised Localization\n\n## CAM\n\n - cam: https://github.com/sjchoi86/advanced-tensorflow/blob/master/cam/cam.ipynb\n - cam video: https://www.youtube.com/watch?v=-Z1NIzLxgRU&index=48\n - 대선주자 얼굴 위치 추적기 🗳️: http://jsideas.net/python/2018/01/04/class_activation_map.html\n\n## Grad-CAM \n\n - grad-cam paper: https://arxiv.org/pdf/1610.02391.pdf\n - grad-cam video: https://www.youtube.com/watch?v=faGsrPX1yFM\n - 구현\n  - https://github.com/insikk/Grad-CAM-tensorflow\n  - https://github.com/sjchoi86/deep-uncertainty/blob/master/code/demo_gradcam_resnet50.ipynb\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Labels in HTML's bold (`<b>Introduction</b>:`), headings numbered in
/// TeX (`## $\\sect0$ 背景`), and a heading on where earlier work fell
/// short (`## 🔹 기존 RNN, GRU 기반 언어 모델의 한계`): the purpose.
#[test]
fn html_bold_labels_tex_numbers_and_earlier_limits() {
    check(
        "Object-Detection-Papers/DETR : End-to-End Object Detection with Transformers.md",
        "<b>Abstract</b>: bipartite matching; transformer encoder-decoder 🎯\n\n<b>Introduction</b>:\n1. removing duplicate predictions<b> (no NMS)</b>\n\n<b>Architecture</b>\nCNN backbone, then a transformer.\n",
        expect![[r#"
            single file-name "DETR : End-to-End Object Detection with Transformers" by - | header 1:1-1:67
              summary "Abstract" bold @1:4
              purpose "Introduction" bold @3:4
              method "Architecture" bold @6:4
        "#]],
    );
    check(
        "CV-Paper-Notes/Fast R-CNN/笔记/Fast R-CNN笔记.md",
        "# Fast R-CNN笔记\r\n\r\n## $\\sect0$ 背景\r\nR-CNN 训练慢 🐢。\r\n\r\n## $\\sect2$ 整体架构\r\nRoI Pooling。\r\n\r\n## $k$-means 初始化\r\n无关。\r\n",
        expect![[r#"
            single heading "Fast R-CNN" by - | header 1:3-1:13
              purpose "$\\sect0$ 背景" h2 @3:4
              method "$\\sect2$ 整体架构" h2 @6:4
        "#]],
    );
    check(
        "2025-1-AI-Study/김지민/week1/논문정리.md",
        "# Attention Is All You Need\n\n## 🔹 기존 RNN, GRU 기반 언어 모델의 한계\n- 순차 계산이라 병렬화가 어렵다.\n\n## 🔹 Transformer 구조: Encoder, Decoder\n- 인코더와 디코더 6층.\n\n## 🔹 Limitations\n- 긴 입력에 비용이 크다.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "🔹 기존 RNN, GRU 기반 언어 모델의 한계" h2 @3:4
              method "🔹 Transformer 구조: Encoder, Decoder" h2 @6:4
              limitations "🔹 Limitations" h2 @9:4
        "#]],
    );
}

/// A study group's own page (`## 2.스터디 목적 및 방향`, `## 3.스터디 일정`)
/// and a README that counts its papers first (`**11**篇论文的笔记`): no
/// review, though one has a purpose heading and the other a note's prose.
#[test]
fn a_study_groups_page_and_a_readme_counting_its_papers() {
    check(
        "NLP-study/README.md",
        "<div align=\"center\">\n  <h1>✨NLP-study✨</h1>\n  <h3>👩🏻‍💻NLP Paper Reviews Zero to Hundred👩🏻‍💻</h3>\n</div>\n\n---\n\n### 1.팀원 소개\n>- 여기 뭐 소개글 간단히 적어도 좋을 긋\n>- 폴더는 어떻게 만들어서 정리자료 올리지\n\n|                 AhnYujin               |                Geenie         |              히졍               |\n| :------------------------------------------: | :-----------------------------------------: | :----------------------------------------: |\n| <img src=\"https://avatars.githubusercontent.com/u/59716219?s=60&v=4\" width=150px> | <img src=\"https://avatars.githubusercontent.com/u/61388801?v=4\" width=150px>  | <img src=\"https://avatars.githubus\n|                   **[Github](https://github.com/dkswndms4782)**                   |                   **[Github](https://github.com/geenie97)**                   |               **[Github](https://g\n\n---\n\n## 2.스터디 목적 및 방향\n#### 1)스터디 목적\n: 이 스터디는 [위키독스-nlp](https://wikidocs.net/book/2155)의 과정을 따라가며 nlp기초 지식을 쌓고, nlp모델과 관련된 논문을 읽으며 nlp에 관한 지식을 쌓는것을 목적으로 합니다.\n#### 2)스터디 방향\n- 각 인원은 매주 맡은 부분에 대해 발표자료를 준비하고, 발표합니다.\n- 나머지 인원은 다른 발표자가 맡은 발표부분까지 최소 1회독 해야합니다.\n- 발표 자료를 제작하는 이유: 공부한 내용을 정리하는 과정을 통해 이해한 내용을 구조화 하기 위함입니다.\n#### 3)스터디 기간: 2021.08.05 ~ 2021.09.08\n\n## 3.스터디 일정\n\n| 날짜 |              발표자              |                                           맡은 부분                                           |\n| :--: | :---: | :------------------------------------------------------------: | \n| 8/5 | 안유진 | 언어 모델 & 카운트 기반의 단어 표현 |\n| 8/5 | 양유진 | 텍스트 전처리 |\n| 8/5 | 서민균 | 벡터의 유사도 & 토픽 모델 |\n| 8/14 | 안유진 | 순환 신경망(RNN & GRU & LSTM) |\n| 8/14 | 양유진 | RNN을 이용한 텍스트 분류(BiLSTM) |\n| 8/14 | 최희정 | [Sequence to Sequence Learning with Neural Networks](https://papers.nips.cc/paper/2014/file/a14ac55a4f27472c5d894ec1c3c743d2-Paper.pdf)(Paper) |\n| 8/22 | 양유진 | 워드임베딩 & [ELMo](https://aclanthology.org/N18-1202.pdf) |\n| 8/22 | 최희정 | NLP를 위한 합성곱 신경망 & [Word2Vec](https://arxiv.org/pdf/1301.3781.pdf) |\n| 8/22 | 안유진 | 태깅 작업 & [Glove](https://nlp.stanford.edu/pubs/glove.pdf) |\n\n  \n## 4.스터디 규칙\n1. 어떤 질문이든 가능합니다.\n2. 질문이 나오면 서로의 지식을 공유하며, 만약 모를 시 따로 정리하고 공유하여 다같이 알 수 있도록 합니다.\n3. 발표자료는 git에 정리하여 공유합니다.\n\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Notes-of-Classic-Detection-Papers/README.md",
        "**11**篇论文的笔记，总字数 **38342** 📝\r\n\r\n我个人认为，**需要到能给其他人讲论文的程度**\r\n\r\n## To Myself\r\n\r\n本文列出的论文是Detection方向入门必读的论文。写作这些Notes的初衷，是希望能找到一个相对高效和稳定的方法。\r\n\r\n## Motivation\r\n\r\n从零基础入门Detection，大概花了3个月的时间。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A session's template with the paper filled in and every part left
/// empty (`- Problem:`, `- Key idea:`, `- What changed in the field after
/// this paper:`): no review yet.
#[test]
fn a_session_template_with_only_its_paper_filled_in() {
    check(
        "ai-reading-club/sessions/2026-07-15-lora.md",
        "# Session Notes\n\n- Paper: LoRA: Low-Rank Adaptation of Large Language Models (2021)\n- Link: https://arxiv.org/abs/2106.09685\n- Date: 2026-07-15 (Wednesday)\n- Discussion lead:\n- Attendees: 🙋\n\n## 10-15 Minute Summary\n\n- Problem:\n- Key idea:\n- Method:\n- Results:\n- What changed in the field after this paper:\n\n## Discussion\n\n1.\n2.\n3.\n\n## Action Items\n\n- [ ]\n\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A short name over an opening paragraph that links the paper it is on
/// and calls it the paper (`[Prioritized Experience Replay](arxiv…) 논문을
/// 정리한 글입니다`): the link's text.
#[test]
fn a_short_name_over_a_link_called_the_paper() {
    check(
        "_posts/Paper_Review/2022-01-07-DuelingDQN-논문-정리.md",
        "---\r\nlayout: article\r\ntitle: DuelingDQN 논문 정리\r\ntags: Paper_Review\r\n---\r\n\r\n  \\* 이 포스트는 DeepMind의\r\n  &nbsp;&nbsp;[Dueling Network Architectures for Deep Reinforcement Learning](https://arxiv.org/pdf/1511.06581.pdf) 논문을 정리한 글입니다 🎮.\r\n\r\n## Introduction\r\n가치와 advantage를 나눈다.\r\n\r\n## Dueling Network\r\n두 갈래의 스트림.\r\n\r\n## Experiments\r\nAtari 57개 게임.\r\n",
        expect![[r#"
            single field "Dueling Network Architectures for Deep Reinforcement Learning" by - | header 8:16-8:77
              purpose "Introduction" h2 @10:4
              method "Dueling Network" h2 inferred @13:4
              experiment "Experiments" h2 @16:4
        "#]],
    );
    // (Not a link the words after it call something else: `[DQN](…) 코드`.)
    check(
        "_posts/Paper_Review/2022-01-08-PER.md",
        "---\ntitle: PER\n---\n\n[Prioritized Experience Replay](https://arxiv.org/pdf/1511.05952.pdf) 구현 코드를 함께 봅니다.\n\n## Introduction\n드문 전이를 자주 뽑는다.\n\n## Method\nTD 오차에 비례해 뽑는다.\n",
        expect![[r#"
            single front-matter "PER" by - | header 2:8-2:11
              purpose "Introduction" h2 @7:4
              method "Method" h2 @10:4
        "#]],
    );
}

/// A model and its next version joined in the title (`Tacotron和Tacotron2`,
/// `YOLOv1 and YOLOv2`): notes on two papers. Not two models of one paper
/// (`SRResNet and SRGAN`).
#[test]
fn a_model_and_its_next_version() {
    check(
        "nlp-paper/paper-list/speech/tacotron_tacotron2.md",
        "# Tacotron和Tacotron2 🔊\n\n## Introduction\n端到端语音合成。\n\n## 模型结构\nCBHG 编码器。\n\n## 实验\nMOS 3.82。\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/yolo.md",
        "# YOLOv1 and YOLOv2\r\n\r\n## Motivation\r\nDetection in one pass.\r\n\r\n## Method\r\nA grid of boxes.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/srgan.md",
        "# SRResNet and SRGAN\n\n## Motivation\nPhoto-realistic super-resolution.\n\n## Method\nA perceptual loss.\n",
        expect![[r#"
            single heading "SRResNet and SRGAN" by - | header 1:3-1:21
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
}

/// A title, then `review` (`# Conditional Generative Adversarial Nets
/// review`), says the note is a review; a field citing the authors short,
/// then the title in italics (`**Paper:** Ouyang et al., *Training …*`);
/// `# Paper Content` names no paper.
#[test]
fn a_title_then_review_an_et_al_citation_and_paper_content() {
    check(
        "Queent-GAN-Study/Dayeon Kang/3주차_CGAN review.md",
        "# Conditional Generative Adversarial Nets review\r\n\r\n## 0. Abstract\r\nCGAN : the conditional version of GAN constructed by feeding the data y, and contition on to both the G and D\r\n\r\n- this model can generate MNIST digits conditioned on class labels\r\n\r\n-----------\r\n## 1. Intro\r\nAdversarial net은 Markov chain이 전혀 필요하지 않고, backpropagation만 사용하여 기울기를 얻을 수 있다는 장점이 있다. 그리고 학습 중에 추론이 필요하지 않으며 다른 요소들을 모델에 쉽게 통합할 수 있음\r\n\r\n하지만 vanilla GAN에서는 generated data에 대한 control이 불가능함. 즉, MNIST에서 '1'을 생성하고 싶다고 1만을 목표로 생성할 수 없다는 것(생성하고자 하는 데이터셋을 지정할 수 없음)\r\n\r\n👍이에 반해 CGAN은 possible to direct the data generation process. ➡ 이걸 conditioning이라 하고 class label / 다른 양식의 data를 기반으로 한다.\r\n\r\n----\r\n## 2. Related Works\r\n### 2.1 Multi-modal Learning For Image Labeling\r\n\r\ndespite the successes of Supervised NN, it's hard to predict the extremly large number of data. \r\n\r\n그리고 input : output = 1:1 mapping에 focus를 두고 학습한 경우가 많았는데 이제는 1:多 mapping으로 이어짐. 즉, 이미지에는 여러 태그가 존재할 수 있고, 인간은 그에 대해 다양한 단어를 사용할 수 있음 => 이는 conditional probabilistic generative model로 해결 가능\r\n\r\n------------\r\n## 3. Conditional Adversarial Nets\r\n### 3.2 CGAN\r\nGAN과의 차이점 : y라는 새로운 정보 추가\r\n즉, MNIST로 예를 들자면 4를 생성하고 싶을 땐 [0 0 0 0 1 0 0 0 0 0]을 y로 같이 넣어줌\r\n\r\n![3_1](https://user-images.githubusercontent.com/66044830/135027951-9ee82644-50a3-45c1-88e9-75da2895605f.JPG)\r\n",
        expect![[r#"
            single heading "Conditional Generative Adversarial Nets" by - | header 1:3-1:42
              summary "0. Abstract" h2 @3:4
              purpose "1. Intro" h2 @9:4
              method "3. Conditional Adversarial Nets" h2 inferred @25:4
        "#]],
    );
    check(
        "anthropic-alignment-notes/02-rlhf/README.md",
        "# 02 — RLHF\n\n**Paper:** Ouyang et al., *Training language models to follow instructions with human feedback* (InstructGPT, 2022) 🤖\n\n## Problem\nLanguage models do not follow intent.\n\n## Method\nSFT, a reward model, then PPO.\n\n## Results\nLabelers prefer 1.3B InstructGPT to 175B GPT-3.\n",
        expect![[r#"
            single field "Training language models to follow instructions with human feedback" by - | header 3:28-3:95
              purpose "Problem" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
    check(
        "MLsys-Paper-Notes/Notes/Helix.md",
        "# Paper Content\n\n## Abstract\nServing LLMs over heterogeneous GPUs.\n\n## **1 Introduction**\nClusters mix GPU types.\n\n## **5 Evaluation**\nUp to 3.3x throughput.\n",
        expect![[r#"
            single file-name "Helix" by - | header 1:1-1:16
              summary "Abstract" h2 @3:4
              purpose "**1 Introduction**" h2 @6:4
              experiment "**5 Evaluation**" h2 @9:4
        "#]],
    );
}

/// Files that are no review by what they say they are: a `TODO.md` of
/// papers to read, a `Paper Review Log`, a README `このレポジトリについて`.
#[test]
fn a_to_do_file_a_review_log_and_a_readme_about_its_repository() {
    check(
        "interp-notes/TODO.md",
        "### Dynamical and Bayesian Phase Transitions in a Toy Model of Superposition \n[[Paper](https://arxiv.org/abs/2310.06301)]\n- Also see explainer [[Growth and Form in a Toy Model of Superposition](https://www.lesswrong.com/posts/jvGqQGDrYzZM4MyaN/growth-and-form-in-a-toy-model-of-superposition)]\n\n### Investigating the learning coefficient of modular addition: hackathon project\n[[Post](https://www.lesswrong.com/posts/4v3hMuKfsGatLXPgt/investigating-the-learning-coefficient-of-modular-addition)]\n\n### Understanding Addition in Transformers\n[[Paper](https://arxiv.org/abs/2310.13121)]\n- Observation 🧪: Phase transition for each digit in integer addition\n- This paper: Model trains each digit semi-independently, hence multiple phase transitions\n\n### Multi-Component Learning and S-Curves\n[[Post](https://www.alignmentforum.org/posts/RKDQCB6smLWgs2Mhr/multi-component-learning-and-s-curves)]\n-  for low rank matrix, when we increase rank, more chances ...(some probability argument) ... dissipates grokking (immediate learning)",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "blog-source/source/_posts/Paper-Review-Log.md",
        "---\ntitle: Paper Review Log\n---\n\n## Motivation\nKeep every review in one place.\n\n## Method\nOne line per paper.\n\n## Results\n12 papers so far.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/README.md",
        "# このレポジトリについて\r\n毎週10本以上の論文を読みます。\r\n\r\n# 運用方法\r\n興味のある論文をIssueにストックしておき、読了後まとめをmdファイルでアップロードします。\r\n\r\n# 目的\r\n昨今の流行りや課題等の肌感を養うのが目的です。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A part's word, then one saying the paper takes it on (`## Task
/// tackled`, `## Problem addressed`): that part.
#[test]
fn a_part_then_the_word_taking_it_on() {
    check(
        "NLP_PapersReview/RoBERTa: A Robustly Optimized BERT Pretraining Approach.md",
        "## Title:\r\nRoBERTa: A Robustly Optimized BERT Pretraining Approach\r\n\r\n## Task tackled\r\nBERT was undertrained 🏋️.\r\n\r\n## Overview of Method\r\nTrain longer, on more data, without NSP.\r\n\r\n## Evaluation\r\nGLUE 88.5.\r\n",
        expect![[r#"
            single field "RoBERTa: A Robustly Optimized BERT Pretraining Approach" by - | header 2:1-2:56
              purpose "Task tackled" h2 @4:4
              method "Overview of Method" h2 @7:4
              experiment "Evaluation" h2 @10:4
        "#]],
    );
}

/// A note that speaks of the paper's researchers (`The researchers treated
/// protein sequences like human language.`) under a title as long as a
/// paper's; a reading template's `## Category` opening the note is no
/// title.
#[test]
fn the_researchers_and_the_five_cs_category() {
    check(
        "bioinfor-to-ai/W5/README.md",
        "# Summary of \"Evolutionary-scale prediction of atomic level protein structure with LLM\"\n\n## 1. The Core Innovation: Protein Language Models (ESM-2)\nThe researchers treated protein sequences like human language. Just as a model like GPT learns the \"rules of grammar\" by reading billions of sentences, their model ESM-2 (with up to 15 billion parameters) learned the \"rules of biology\" by reading 250 million protein sequences.\n\nEmergent Properties 🧬: They discovered that as the model gets bigger, it spontaneously starts to understand 3D structure, even though it was only trained to \"fill in the blanks\" of text.\n\nIt uses a concept called \"self-learning\":\n\n",
        expect![[r#"
            single heading "Evolutionary-scale prediction of atomic level protein structure with LLM" by - | header 1:15-1:87
        "#]],
    );
    check(
        "5C_Reviews/GoogleFileSystem.md",
        "Kevin Keithley  \nCS 119, Fall 2023  \n5C Review, Google File System\n\n## Category\nThis paper falls in between a description of a research prototype and an analysis of an existing system. It is more than a description of a research prototype because the system was already up and running when the paper was written in 2003. It also isn't quite a full analysis despite the inclusion of some measurement statistics. The paper seems like it's describing one of the first big steps forward in big data management, and the headings suggest more of a \"here are some of the big things we were trying to address\" more so than a systematic assessment of all the pieces of the system that you could take and try to assemble a similar system.\n\n## Context\nThe paper points to three key pieces of related work. The first one is on large distributed file systems:\n- Scale and performance in a distributed system\n\nThis seems to have served as the background that the Google people were dealing with when creating their new system.\n",
        expect![[r#"
            single file-name "Google File System" by - | header 1:1-1:17
              purpose "Context" h2 @8:4
        "#]],
    );
}

/// Model names in bold before their papers' titles (`**Fast R-CNN**:Fast
/// R-CNN`, `**R-CNN**:Rich feature hierarchies …`): no reviewer's name,
/// however capitalised (a hyphen's part in capitals, `R-CNN`, is an
/// acronym; `Jean-Pierre` is a person).
#[test]
fn model_names_in_bold_are_no_reviewers() {
    check(
        "objection-detection-paper/笔记/总结.md",
        "读的论文的题目 📚：  \n**R-CNN**:Rich feature hierarchies for accurate object detection and semantic segmentation  \n**Fast R-CNN**:Fast R-CNN  \n**Faster R-CNN**:Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks  \n**SPP**:Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition  \n**Mimick**:Mimicking Very Efficient Network for Object Detection\n\n----------\n下面主要写，这五种方法的简述，优点，缺点，性能的比较,以及对Mimic方#法改进的思路  \n# R-CNN #\n### R-CNN的简述： ###\n1. 用Selective search产生类无关的候选域  \n2. 用大的CNN网络，从候选域中提取出固定长度的特征  \n3. 用一系列的SVM分类  \n\n训练过程： 有监督的预训练+特定领域的微调  \n有监督的预训练：使用ILSVRC 2012数据集预训练CNN网络  \n特定领域的微调：使用VOC数据集对CNN网络进行微调，优化SVM,bounding-box回归   \n### R-CNN的优点 ###\n相对与以前基于HOG和SIFT的目标检测方法，精确率提高了很多，mAP提高了大概20%    \n### R-CNN的缺点 ###\n1. 训练需要分为几个阶段：预训练，微调CNN,优化SVM,训练bounding-box 回归  \n2. 训练耗费空间大：需要1.8GB存储特征 \n3. 物体检测速度慢：7层网络结构每张图片需要10s,16层网络结构每张图片需要53s\n\n\n# Fast R-CNN #\n### Fast R-CNN的简述： ###\n1. 输入整张图片和一些物体候选域，通过一系列卷积层和池化层产生整张图片的feature map\n2. 为每个RoI,池化层从feature map中提取出固定长度的特征向量\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "reading-group/2021.md",
        "**Jean-Pierre Dupont**: Rich feature hierarchies for accurate object detection\n\n목적: 검출 정확도를 높인다.\n\n**Marie Curie**: Fast R-CNN\n\n목적: 학습을 빠르게 한다.\n",
        expect![[r#"
            collection header "Rich feature hierarchies for accurate object detection" by Jean-Pierre Dupont | header 1:3-1:79
              purpose "목적" line-start @3:1
            collection header "Fast R-CNN" by Marie Curie | header 5:3-5:28
              purpose "목적" line-start @7:1
        "#]],
    );
}

/// A series' part before a post's title (`title: Part 2 - Fundamentals of
/// Generic Programming`): the count is cut, and says the post is one of a
/// series on papers.
#[test]
fn a_series_part_before_the_title() {
    check(
        "_posts/2018-10-10-Generic-Programming.md",
        "---\nlayout: post\ntitle: Part 2 - Fundamentals of Generic Programming\ndate: 2018-10-26\ncategories: posts\n---\n\nI chose this paper purely because I wanted to read someting from Alexander Stepanov. \nIf you are a C++ programmer, and don't know who he is, well\nif you've written std::vector<int> 🧰, that is this guys work.\nWriting a dynamic array was not his peak accomplishment, but writing a \nlibrary that utilizes his ideas of common type requirements.\n\nAfter some time programming with templates, you begin to understand that\nevery time you take a template parameter *T* to write a function or class,\nyou have expectations that the user provided type will \nhave common properties like comparison, ordering or the addition operator.\n\nIn this paper stepanov outlines the type requeirements as a axiomatic set and\ndeclares it as concepts.\n\nThe first concept, and most important one, used all over STL is that of a *Regular Type*. \nA type having his default constructor, copy constructor, destructor, assignment, equality, inequality\nand ordering. The simplest regular type is an int. The axioms of a regular type\nwhere formed for a type to behave as a integer.\n\nNow let's look at one of the axioms for assignmet. \n\n$$ T a = c; T b = c; a = d; assert(b == c); $$\n\nThis is the first time someone defined the assignment operator and equality operator\nin such a way. Humbly stated, we expect to modify the value of $a$ without changing the value of \n$b$. This is in fact the definition of value semantics used in programming languages.\n\nIt's a shame concepts did not make it in c++17.\n\nEDIT:\n\nQuote from a talk that came out recently:\n\n>    The containers and algorithms that where a part of the 1998. STL where nothing\n>    like the containers and algorithms libraries at the time.\n>    Everybody knew that when you had a new container class you had to use inheritence\n>    the algorithms had to be member functions of the class, \n>\n>    *Sean Parent*\n\nReferences:\n\n[Sean Parents talk about generic programming](https://www.youtube.com/watch?v=iwJpxWHuZQY)\n",
        expect![[r#"
            single front-matter "Fundamentals of Generic Programming" by - | header 3:17-3:52
        "#]],
    );
}

/// Another paper's title at the title's own level, after it (`##
/// PLATO-2: Towards Building an Open-Domain Chatbot …` after `## PLATO:
/// …`), or two more (`# Bilateral Multi-Perspective Matching …`, `#
/// Enhanced LSTM …`): notes on several papers. Not the same title again
/// under a tagged one.
#[test]
fn another_papers_title_at_the_titles_level() {
    check(
        "nlp-paper-reading/notes/PLATO.md",
        "## PLATO: Pre-trained Dialogue Generation Model with Discrete Latent Variable\r\n\r\n### Summary\r\n이산 잠재 변수로 one-to-many 응답을 모델링한다 💬.\r\n\r\n### Training\r\n두 단계로 학습한다.\r\n\r\n## PLATO-2: Towards Building an Open-Domain Chatbot via Curriculum Learning\r\n\r\n### Abstract\r\n커리큘럼 학습.\r\n\r\n### Result\r\n사람 평가에서 앞선다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "NLP-Papers/sentences matching/note.md",
        "# Shortcut-Stacked Sentence Encoders for Multi-Domain Inference\n\n- 模型：堆叠的 BiLSTM 加 shortcut 连接 🔗。\n\n# Bilateral Multi-Perspective Matching for Natural Language Sentences\n\n- 双向多视角匹配。\n\n# Enhanced LSTM for Natural Language Inference\n\n- ESIM。\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "storage-paper-daily/docs/posts/2026-03-17-fast23-calcspar.md",
        "# 【论文精读】CalcSpar: A Contract-Aware LSM Store for Cloud Storage with Low Latency Spikes\n\n> **会议**: FAST'23 📅\n\n# CalcSpar: A Contract-Aware LSM Store for Cloud Storage with Low Latency Spikes\n\n## 研究背景与动机\n云存储的尾延迟。\n\n## 核心方法\n合约感知的 LSM。\n\n## 实验评估\n尾延迟降低。\n",
        expect![[r#"
            single heading "CalcSpar: A Contract-Aware LSM Store for Cloud Storage with Low Latency Spikes" by - | header 1:9-1:87
              purpose "研究背景与动机" h2 @7:4
              method "核心方法" h2 @10:4
              experiment "实验评估" h2 @13:4
        "#]],
    );
}

/// A short name over its whole title whose acronym skips the title's
/// opening article (`# SimCLR` over `A Simple Framework for Contrastive
/// Learning of Visual Representations`): the whole title.
#[test]
fn an_acronym_skipping_the_titles_article() {
    check(
        "Paper/SimCLR/README.md",
        "# SimCLR\nA Simple Framework for Contrastive Learning of Visual Representations\n\n\n### Abstract\n- SimCLR은 unsupervised learning algorithm으로 이미지 데이터에 label이 없는 상황에서 visual representation을 추출 🖼️\n\n### The Contrastive Learning Framework\n1. data augmentation으로 positive pair를 만든다\n",
        expect![[r#"
            single field "A Simple Framework for Contrastive Learning of Visual Representations" by - | header 2:1-2:70
              summary "Abstract" h3 @5:5
              method "The Contrastive Learning Framework" h3 @8:5
        "#]],
    );
    check(
        "notes/ASAP.md",
        "# ASAP\r\nA Simple Adaptive Policy for Robust Control\r\n\r\n## Method\r\nAn adaptive controller.\r\n",
        expect![[r#"
            single field "A Simple Adaptive Policy for Robust Control" by - | header 2:1-2:44
              method "Method" h2 @4:4
        "#]],
    );
}

/// A post's title a third in Chinese, its English terms aside
/// (`像操作系统管虚拟内存一样管理 Agent 的记忆——Generative Agents 深度解析`),
/// over a title field with the paper's title in Latin letters: the
/// field's.
#[test]
fn a_headline_with_english_terms_over_a_title_field() {
    check(
        "memory/generative-agents/2026-05-01-generative-agents.md",
        "---\ntitle: \"像操作系统管虚拟内存一样管理 Agent 的记忆——Generative Agents 深度解析\"\ndate: 2026-05-01\ntags: [Agent, Memory, LLM, Simulation, UIST2023]\n---\n\n# 像操作系统管虚拟内存一样管理 Agent 的记忆\n## ——为什么 2023 年这套记忆架构，至今仍是多 Agent 系统的未解问题\n\n> **论文**：Generative Agents: Interactive Simulacra of Human Behavior\n> **作者**：Joon Sung Park, Joseph C. O'Brien, Carrie J. Cai\n\n---\n\n## TL;DR\n\n**一句话总结**：Generative Agents 提出了一套由\"记忆流 + 检索 + 反思 + 规划\"构成的 Agent 架构 🧠。\n\n## 方法\n\n记忆流。\n\n## 实验\n\n情人节派对。\n",
        expect![[r#"
            single field "Generative Agents: Interactive Simulacra of Human Behavior" by - | header 10:10-10:68
              method "——为什么 2023 年这套记忆架构，至今仍是多 Agent 系统的未解问题" h2 @8:4
              summary "TL;DR" h2 @15:4
              summary "一句话总结" bold @17:3
              method "方法" h2 @19:4
              experiment "实验" h2 @23:4
        "#]],
    );
}

/// A daily log's fields as headings: `## 📅 Date` names no paper, and
/// `## 📰 Resource` over the link it read gives the paper's title.
#[test]
fn a_logs_date_heading_and_the_resource_it_read() {
    check(
        "30days/day17/day17.md",
        "## 📅 Date\n**6 December 2024**\n\n## 📰 Resource\n[FEDERATED OPTIMIZATION IN HETEROGENEOUS NETWORKS](https://arxiv.org/pdf/1812.06127)\n\n## 🔖 My Learning\n\nToday I started reading the article titled [FEDERATED OPTIMIZATION IN HETEROGENEOUS NETWORKS](https://arxiv.org/pdf/1812.06127) where they introduce the `FedProx`, a generalization and re-parametrization of the `FedAvg` algorithm, the current state-of-the-art method for federated learning. \n\nFederated Learning is a distributed learning with diverse challenges (read my blog [Day 1️⃣ ](../day1/day1.md)). The most investigated ones are: [systems heterogeneity](../day2/day2.md), and [statistical heterogeneity](../day3/day3.md).\n\nTo handle heterogeneity and tackle high communication costs, optimization methods, like `FedAvg` algorithm where local updating and a small fraction of participating clients, have been researched. In particular the `FedAvg` algorithm by [McMahan et al. in 2017](https://arxiv.org/pdf/1602.05629) represents the de facto optimization method in the federated setting.\n\nDrawbacks of `FedAvg`:\n* `FedAvg` has demonstrated empirical success in heterogeneous settings, but it does not fully address the underlying challenges associated with heterogeneity. In the context of **systems heterogeneity**, `FedAvg` does not allow participating devices to perform variable amounts of local work based on their underlying systems constraints; instead it is common to simply drop devices that fail to compute `E` epochs within a specified time window. \n* `FedAvg` has been shown to **diverge empirically** in settings where the data is **non-identically distributed across devices**.\n* `FedAvg` is difficult to analyze theoretically in such realistic scenarios and thus **lacks convergence guarantees** to characterize its behavior.\n\n> [!IMPORTANT]\n> **`FedProx`**, a federated optimization algorithm that addresses the challenges of heterogeneity both theoretically and empirically.\n\nIdea behind `FedProx`: naively incorporating partial information from stragglers. A proximal term to the objective that helps to improve the stability of the method. This term provides a principled way for the server to account for heterogeneity associated with partial information. \n- *Theoretically*: these modifications provide convergence guarantees and to analyze the effect of heterogeneity. \n",
        expect![[r#"
            single field "FEDERATED OPTIMIZATION IN HETEROGENEOUS NETWORKS" by - | header 5:2-5:50
        "#]],
    );
}

/// A headline in Korean that says it is on a paper (`# ResNet 논문 재현
/// 및 구조 분석 (CIFAR-10)`) right over a smaller heading with the
/// paper's whole title: the smaller heading's. Not a section under it.
#[test]
fn a_korean_headline_on_a_paper_over_its_title_heading() {
    check(
        "ResNet/README.md",
        "# ResNet 논문 재현 및 구조 분석 (CIFAR-10)\r\n### Deep Residual Learning for Image Recognition\r\n논문 링크 : https://arxiv.org/abs/1512.03385\r\n## Abstract\r\n \r\n\r\n모델의 깊이가 증가할수록 학습을 하는 것이 어려워진다 📉.\r\n\r\n## Introduction\r\n\r\nFeatures 의 level 은 Stack layer(깊이)로 풍부해진다.\r\n\r\n## 3. Experiments\r\n\r\nImageNet 에서 3.57% error.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 2:5-2:49
              summary "Abstract" h2 @4:4
              purpose "Introduction" h2 @9:4
              experiment "3. Experiments" h2 @13:4
        "#]],
    );
    check(
        "paper-review/ResNet/NOTES.md",
        "# ResNet 구조 분석\n### Deep Residual Learning for Image Recognition\n\n## 목적\n\n깊은 망은 학습이 어렵다.\n\n## Method\n\nResidual learning 🧱.\n",
        expect![[r#"
            single heading "ResNet 구조 분석" by - | header 1:3-1:15
              purpose "목적" h2 @4:4
              method "Method" h2 @8:4
        "#]],
    );
}

/// A heading that names a part and says it after a colon (`## Key Idea :
/// 새로운 task 학습할때, …`, `## Motivation: forgetting old tasks when new
/// ones come`): the part holds that text. Not a subtitle (`## Motivation:
/// Overview`).
#[test]
fn a_part_said_on_its_headings_line() {
    check(
        "Papers/Continual Learning/EWC_Overcoming catastrophic forgetting in neural networks.md",
        "## Key Idea : 새로운 task 학습할때, Regularization term 을 활용하여 parameter 를 업데이트 하자.\n\n## 핵심\n-   Fisher metrix 의 대각선( 분산 ) 을 활용하여, 분산이 큰 쪽으로 파라미터를 변경하자!\n\n![image](https://user-images.githubusercontent.com/98244339/163951671-bc41a925-5b48-420b-bc52-cecedc1662b5.png)",
        expect![[r#"
            single file-name "EWC Overcoming catastrophic forgetting in neural networks" by - | header 1:1-1:77
              method "Key Idea : 새로운 task 학습할때, Regularization term 을 활용하여 parameter 를 업데이트 하자." h2 @1:4
        "#]],
    );
    check(
        "notes/ewc.md",
        "# Overcoming Catastrophic Forgetting in Neural Networks\r\n\r\n## Motivation: forgetting old tasks when new ones come 🧠\r\n\r\n## Method\r\n\r\nA quadratic penalty keeps important weights near their old values.\r\n\r\n## Results\r\n\r\nPermuted MNIST keeps old tasks.\r\n",
        expect![[r#"
            single heading "Overcoming Catastrophic Forgetting in Neural Networks" by - | header 1:3-1:56
              purpose "Motivation: forgetting old tasks when new ones come 🧠" h2 @3:4
              method "Method" h2 @5:4
              experiment "Results" h2 @9:4
        "#]],
    );
    check(
        "notes/ewc-draft.md",
        "# EWC\r\n\r\n## Motivation: Overview\r\n\r\n## Method\r\n\r\nA quadratic penalty keeps important weights near their old values.\r\n\r\n## Results\r\n\r\nPermuted MNIST keeps old tasks.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title followed by its translation after a space alone
/// (`Flamingo: a Visual Language Model for Few-shot Learning
/// 一个少样本学习的视觉-语言模型`): the translation is cut. Not from a short
/// name (`BERT 논문 리뷰`).
#[test]
fn a_titles_translation_after_a_space() {
    check(
        "MLLM/Flamingo.md",
        "# Flamingo: a Visual Language Model for Few-shot Learning 一个少样本学习的视觉-语言模型\n## 动机\n### 做出多模态领域的一个 few-shot learning 的模型\n### 可以利用已经训练好的视觉模型和大语言模型（避免从头开始训练，节约训练成本）\n<img src=\"Image/Flamingo.png\"><br>\n#### 输入：图文混合输入。狗的图片+对应文字描述 🐶\n## 方法\n门控交叉注意力。\n## 实验\n少样本。\n",
        expect![[r#"
            single heading "Flamingo: a Visual Language Model for Few-shot Learning" by - | header 1:3-1:58
              purpose "动机" h2 @2:4
              method "方法" h2 @7:4
              experiment "实验" h2 @9:4
        "#]],
    );
    check(
        "paper-review/NLP/Word2Vec.md",
        "# Efficient Estimation of Word Representations in Vector Space 벡터 공간 단어 표현\r\n\r\n## 목적\r\n단어를 벡터로 표현한다.\r\n\r\n## 방법\r\nCBOW 와 Skip-gram.\r\n",
        expect![[r#"
            single heading "Efficient Estimation of Word Representations in Vector Space" by - | header 1:3-1:63
              purpose "목적" h2 @3:4
              method "방법" h2 @6:4
        "#]],
    );
}

/// A README whose first part lays out the repository's folders (`##
/// 目录结构`, `## Repository Structure`): not a review, whatever its
/// title.
#[test]
fn a_readme_laying_out_its_folders() {
    check(
        "llm-agent-paper-notes/README.md",
        "# LLM & Agent 论文精读笔记\n\n> 系统整理 LLM / Agent 领域的论文精读、架构分析与框架解析，持续更新 🚀。\n\n---\n\n## 目录结构\n\n```\nllm-agent-paper-notes/\n├── agent-framework/     # Agent 架构与框架论文\n├── memory/              # Memory 机制相关论文\n└── resources/           # 参考资料、工具与学习路径\n```\n\n---\n\n## 分类说明\n\n### Agent 架构与框架 (`agent-framework/`)\n围绕 Agent 的设计范式展开，包括：\n- 经典架构论文：ReAct、AutoGPT、BabyAGI、AgentBench 等\n\n### Memory 机制 (`memory/`)\n- 代表论文：MemGPT、A-MEM、HippoRAG 等\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Parts named short or by what they give an overview of: `### Exp` is
/// the experiments, `###  Model Overview` the method (no summary).
#[test]
fn shortened_and_overview_part_names() {
    check(
        "notes/world_models.md",
        "## [World Models](https://arxiv.org/abs/1803.10122)\n\nThe author proposed a model-based method to learn policy. Specifically, the system consists of three components:\n\n1. Encoder (V)\n2. Future predictor (M)\n3. Controller (C)\n\n### Key Points\n\n- By keeping model capacity of V and M large, we can learn a compact feature space 🧩.\n\n### Method\n\n1. Randomly collect trajectories in the environment.\n\n### Exp\n\nThe author performs the experiments in two domains:\n\n- Racing Car\n- Vizdoom\n",
        expect![[r#"
            single heading "World Models" by - | header 1:5-1:17
              summary "Key Points" h3 @9:5
              method "Method" h3 @13:5
              experiment "Exp" h3 @17:5
        "#]],
    );
    check(
        "_posts/ViLT.md",
        "---\r\ntitle: ViLT Vision-and-Language Transformer Without Convolution or Region Supervision\r\ndate: 2022-02-07 18:59:21\r\n---\r\n\r\n`Vision-and-Language Pretraining (VLP)` 在`vision`和`NLP`下游任务中表现非常好。我们提出了一个最小的`VLP`模型。\r\n\r\n## Modality Interaction\r\n单流方法与双流方法。\r\n\r\n###  Model Overview\r\n`ViLT`具有非常小的视觉`embedding pipeline` ✨。\r\n",
        expect![[r#"
            single front-matter "ViLT Vision-and-Language Transformer Without Convolution or Region Supervision" by - | header 2:8-2:86
              method "Model Overview" h3 @11:6
        "#]],
    );
}

/// A post's title that abridges the paper's (`title: R1-Searcher -
/// Incentivizing the Search Capability in LLMs via RL`) over a heading with
/// the whole title: the heading's. Not a heading that only shares the
/// name.
#[test]
fn an_abridged_post_title_over_the_whole_title() {
    check(
        "docs/papers/2503.05592_r1-searcher.md",
        "---\ntitle: R1-Searcher - Incentivizing the Search Capability in LLMs via RL\ntags: [paper, rl, retrieval-augmented, reinforce++, multihop-qa]\nsource: https://arxiv.org/abs/2503.05592\ncreated: 2026-05-06\nupdated: 2026-05-06\n---\n\n# R1-Searcher: Incentivizing the Search Capability in LLMs via Reinforcement Learning\n\n> **Authors**: Huatong Song, Jinhao Jiang, Yingqian Min, Jie Chen, Zhipeng Chen, Wayne Xin Zhao, Lei Fang, Ji-Rong Wen (Gaoling School of AI, Renmin University of China; DataCanvas Alaya NeW).\n> **Version read**: arXiv 2503.05592v2 (2025-03-18); v2 is the most recent listed at ingest time.\n## TL;DR\n\n- Two-stage outcome-RL recipe that teaches a base LLM to interleave reasoning with retrieval queries, no SFT or distillation required.\n- Stage 1 rewards calling the retriever at all (and using the right tags); Stage 2 rewards F1 on the final answer with a stricter format penalty.\n- Algorithm is Reinforce++ (not GRPO) with two custom hooks: a RAG-rollout that pauses generation at the search tag, and retrieve-mask loss that zeroes the policy gradient on retrieved-document tokens.\n- Trained on a small mixed-difficulty subset of HotpotQA + 2Wiki (~8.1k samples); generalises to MuSiQue and Bamboogle (OOD) and beats GPT-4o-mini on Bamboogle when augmented with online search.\n\n## Problem\n\nMulti-hop QA agents either rely on prompted scaffolds or on supervised tool-use traces. Both are brittle: prompts do not transfer, and traces are expensive to collect. The paper asks whether outcome-only RL can elicit search behaviour in a base model without any reasoning supervision.\n\n## Method\n\n",
        expect![[r#"
            single heading "R1-Searcher: Incentivizing the Search Capability in LLMs via Reinforcement Learning" by - | header 9:3-9:86
              summary "TL;DR" h2 @13:4
              purpose "Problem" h2 @20:4
              method "Method" h2 @24:4
        "#]],
    );
    check(
        "docs/papers/2503.09516_search-r1.md",
        "---\r\ntitle: Search-R1 - Training LLMs to Reason with Search 🔍\r\n---\r\n\r\n# Search-R1: Notes\r\n\r\n## Problem\r\n\r\nLLMs cannot call a search engine while reasoning.\r\n",
        expect![[r#"
            single front-matter "Search-R1 - Training LLMs to Reason with Search" by - | header 2:8-2:55
              purpose "Problem" h2 @7:4
        "#]],
    );
}

/// Parts numbered with a full-width parenthesis and no space (`1）要解决的
/// 问题`, `2）方法`); a heading naming one model two ways (`FAST /
/// π0-FAST`) is one paper's.
#[test]
fn full_width_numbering_and_one_model_named_two_ways() {
    check(
        "related_work/quick_notes/02_fast.md",
        "# FAST / π0-FAST\n\n**核心大纲：** 连续动作块 → 时间压缩 → 离散token → 自回归学习。\n\n**来源类型：** 论文 · [原始来源](https://arxiv.org/abs/2501.09747) · [展开阅读](../pi/02_fast.md)\n\n## 1）要解决的问题\n\n逐时间步离散动作冗长、相邻值重复，影响高频动作的自回归学习效率。\n\n## 2）方法\n\n对整段动作沿时间做DCT压缩，量化后再用词表编码，减少动作token数。VLM预测压缩后的离散动作序列，再反解成连续动作。FAST是动作tokenizer，π0-FAST是采用它的策略。\n\n## 3）实验与结论\n\n比较常规逐维离散化、压缩token方案和连续动作策略，在多个机器人数据/任务上测训练效率与控制表现；论文报告部分设置训练速度最高约5倍提升。检查动作频率、token长度和训练预算是否一致。\n\n**必须保留的边界：** 训练更快不等于推理始终更快；后续方法可在训练保留FAST监督、运行用连续动作专家。\n",
        expect![[r#"
            single heading "FAST / π0-FAST" by - | header 1:3-1:17
              purpose "1）要解决的问题" h2 @7:4
              method "2）方法" h2 @11:4
              experiment "3）实验与结论" h2 @15:4
        "#]],
    );
}

/// Two parts joined by `和` in Chinese (`问题和贡献`): the problem and the
/// contributions.
#[test]
fn parts_joined_by_chinese_and() {
    check(
        "related_work/pi/01_pi0.md",
        "# π0：把 VLM 的语义表征接到连续动作生成\r\n\r\n<!-- reading-nav-start -->\r\n[首页](../../README.md) · [PI入口](README.md) · [按问题查找](../FIND_BY_QUESTION.md)\r\n<!-- reading-nav-end -->\r\n\r\n**阅读定位：已读论文的机制复盘。** [原论文](../papers/pi/pi0.pdf) · [arXiv](https://arxiv.org/abs/2410.24164)。以下事实依据原文 Sections III–V、Figure 3 与实验部分；分析与建议另行标注。\r\n\r\n## 问题和贡献\r\n\r\n预训练 VLM 会理解图像和语言，但机器人需要高维、连续、具有多种合理解的动作序列。π0 用预训练 VLM 加较小 action expert，以 flow matching 学习动作块分布。关键是把语义迁移、动作生成和大规模多本体数据训练放在同一个框架里。\r\n\r\n## 训练 workflow\r\n\r\n多本体示范与公开机器人数据 → 对齐相机、语言、本体状态和动作 → 从 PaliGemma 初始化 VLM → action expert 接受带噪动作与 flow 时间 → 预测向量场 → 大规模预训练 → 用选定任务的高质量数据后训练。\r\n\r\n主干和 action expert 通过注意力交互，不能把 expert 理解为在最终语言输出后简单接一个回归层。这里也不应提前套用后来 KI 的 stop-gradient 配方。\r\n\r\n",
        expect![[r#"
            single heading "π0：把 VLM 的语义表征接到连续动作生成" by - | header 1:3-1:25
              purpose "问题和贡献" h2 @9:4
              novelty "问题和贡献" h2 @9:4
              method "训练 workflow" h2 inferred @13:4
        "#]],
    );
}

/// A term defined under its own heading (`## Multi-Head Latent Attention`
/// over `Multi-Head Latent Attention: low-rank key-value joint compression,
/// …`) names no reviewer: with one other such line, no collection.
#[test]
fn a_term_defined_under_its_own_heading() {
    check(
        "DeepSeek/DeepSeek-V2/README.md",
        "# DeepSeek-V2\n[DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model](https://arxiv.org/pdf/2405.04434) \n\nDeepSeek-V2: adopts multi-head latent attention significantly compressing KV cache and DeepSeekMoE with approved communication balance loss through sparse computation.\n\n## Multi-Head Latent Attention\nMulti-Head Latent Attention: low-rank key-value joint compression, with original MHA needs to cache $2n_hd_hl$ elements for each token and kv-cache of GQA is $2n_gd_hl$. The core of MLA is written as follows:\n```math\nc_t^{KV}=W^{DKV}h_t\n```\n\n## Auxiliary Loss for Load Balance\nDeepSeek-V2 MoE: same architecture with DeepSeekMoE.\n\nCommunication Balance Loss: balance the token communication of each device 📡.\n",
        expect![[r#"
            single field "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model" by - | header 2:2-2:84
        "#]],
    );
}

/// A short name over its whole title in a link's text that begins with
/// the name (`# DeepSeek-V3` over `[DeepSeek-V3 Technical Report](…)`):
/// the whole title. Not a sentence that begins with the name.
#[test]
fn a_short_name_over_a_linked_title_beginning_with_it() {
    check(
        "DeepSeek/DeepSeek-V3/README.md",
        "# DeepSeek-V3\r\n[DeepSeek-V3 Technical Report](https://arxiv.org/pdf/2412.19437)\r\n\r\nDeepSeek-V3: adopts Multi-head Latent Attention (MLA) and DeepSeekMoE architectures, pioneers an auxiliary-loss-free strategy for load balancing, and sets a multi-token prediction training objective.\r\n\r\n## Architecture\r\nBasic Architecture of DeepSeek-V3: based on Transformer, with multi-head latent attention (MLA) for efficient inference, DeepSeekMoE for economical training, and a multi-token Prediction (MTP) training objective to mitigate the performance degradation.\r\n\r\n",
        expect![[r#"
            single field "DeepSeek-V3 Technical Report" by - | header 2:2-2:30
              method "Architecture" h2 @6:4
        "#]],
    );
    check(
        "paper-notes/BERT.md",
        "# BERT\n\nBERT is a language model pretrained on masked tokens 🎭\n\n## Method\n\nMasked language modelling.\n\n## Results\n\nGLUE.\n",
        expect![[r#"
            single heading "BERT" by - | header 1:3-1:7
              method "Method" h2 @5:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

/// A tag in corner brackets that says what the note is, numbered
/// (`「论文精读 #21」DAPO: …`), is cut from the title; a title quoted in
/// them is kept, without the words after it that say what the note is
/// (`「Attention Is All You Need」を読む`, reading it).
#[test]
fn a_note_tag_in_corner_brackets() {
    check(
        "research/paper-reading/dapo.md",
        "---\n# \ntitle: \"「论文精读 #21」DAPO: An Open-Source LLM Reinforcement Learning System at Scale\"\ncreate-date: 2025-03-21 11:34:22\nupdate-date: 2025-03-21 11:34:22\nlink-chat: https://chat.memset0.cn/chat?session=ssn_uaicSGbAMyYz&topic=tpc_UKZ97tf6nrWq\nslug: /research/paper-reading/dapo\n# indexed: true\ntags:\n  - Reinforcement-Learning\n  - PPO\n  - GRPO\n  - DAPO\n  - topic/web-agent\n# \ncitekey: yuDAPOOpenSourceLLM2025\ndoi: \"10.48550/arXiv.2503.14476\" \nexport-date: 2025-03-21 19:50:36\n---\n\n\n\n## 1. Background\n\n### 1.1. Proximal Policy Optimization (PPO)\n\n## 2. 方法\n\nDAPO 的四个技巧 🧪。\n\n## 3. 实验\n\nAIME 2024 上 50 分。\n",
        expect![[r#"
            single front-matter "DAPO: An Open-Source LLM Reinforcement Learning System at Scale" by - | header 3:19-3:82
              purpose "1. Background" h2 @23:4
              method "2. 方法" h2 @27:4
              experiment "3. 实验" h2 @31:4
        "#]],
    );
    check(
        "paper-notes/transformer.md",
        "# 「Attention Is All You Need」を読む\n\n## 目的\n\n再帰なしで翻訳する 🤖。\n\n## 手法\n\n自己注意。\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:4-1:29
              purpose "目的" h2 @3:4
              method "手法" h2 @7:4
        "#]],
    );
}

/// A template's instruction to its writer (`💡 Describe the methodology
/// used in this paper`) is no content: parts holding only such lines are
/// not written in.
#[test]
fn a_templates_instruction_is_no_content() {
    check(
        "Papers/MeanFlow.md",
        "---\ntitle: Mean Flows for One-step Generative Modeling\ntime: 2505\nlink: https://arxiv.org/pdf/2505.13447\ntags:\n  - Diffusion\n---\n# Summary\n💡 Write a brief summary of this paper here\n\n# Methodology\n💡 Describe the methodology used in this paper\n\n# Experiments\n💡 List the experiments settings and results of this paper\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A model's name before a headline in the reader's language
/// (`FlashVID：视频大语言模型的Token轻量化详解`, `Kimi K1.5: Long Context RL
/// 的成功实践`) says the note is on its paper; `## RL Recipe` is the
/// method. Not a topic's name in lower case (`Docker：容器技术详解`).
#[test]
fn a_models_name_before_a_headline_and_a_recipe() {
    check(
        "Notes/FlashVID.md",
        "### FlashVID：视频大语言模型的Token轻量化详解\n\nFlashVID 是一个面向视频大语言模型（VLLM）的**免训练**推理加速框架，其核心目标是解决视频中大量视觉token带来的高昂计算成本。它通过一个包含两个阶段（ADTS 与 TSTM）的协同机制，实现对视觉token的显著压缩（例如保留仅10%的token），同时保留模型绝大部分的原始性能。\n\n### Token轻量化的核心方法：方法概览与两级压缩机制\n\nFlashVID的整体方法可以理解为两步走：第一步是“优中选优”，第二步是“化零为整”。\n\n*   **1. 注意力与多样性引导的Token选择 (ADTS)**：该模块的目标是在每一帧中，精心挑选出那些既重要又具多样性的token，构成基础视频表示。\n*   **2. 树形时空Token合并 (TSTM)**：该模块是融合的关键。它在ADTS选择的基础上，进一步识别并合并视频中在时间和空间上都高度冗余的token，从而显著降低token总量。\n\n最终，每一颗“冗余树”中的所有token会被*聚合*（Aggregate）成一个单一的token表示。\n\n---\n\n### 核心概念详解：树形时空Token合并（TSTM）\n\nTSTM是FlashVID实现高效token轻量化的核心算法，它的设计动机在于更精准地捕捉视频的动态变化。\n\n#### 算法动机与核心思想\n\n传统的压缩方法往往独立处理空间（单帧内）和时间（帧间）冗余，或简单地只合并相邻帧中空间位置相同的token。这忽略了视频中一个关键特性：一个物体（例如一只奔跑的狗）在连续帧中的位置会发生移动，其视觉特征在空间上的对应关系也会随之变化。\n\nFlashVID的“树”形结构正是为了解决这一问题。它将视频token组织成一棵树，其中**相近的token共享一个“父节点”**，以此动态、灵活地捕捉跨越多帧的冗余信息，从而实现高效的token合并。\n",
        expect![[r#"
            single heading "FlashVID：视频大语言模型的Token轻量化详解" by - | header 1:5-1:32
              method "Token轻量化的核心方法：方法概览与两级压缩机制" h3 @5:5
              method "算法动机与核心思想" h4 @20:6
              purpose "算法动机与核心思想" h4 @20:6
        "#]],
    );
    check(
        "rlhf/verl/partial-rollout/readme.md",
        "# Kimi K1.5: Long Context RL 的成功实践\r\n\r\n感谢 kimi 团队的这篇雄文。大概在 DeepSeek 开源 R1 的同一时间，就有许多朋友向我推荐过 K1.5 的技术报告。苦于工作繁琐，一直没有空拜读。正好最近去西雅图出差，在 LAX 往返 SEA 的路上终于有时间虔诚地读完这一工作。越读起来，越有一种文人相赏，难逢知音的感觉。\r\n\r\n本科毕业以来，确实有感受到自己在团队协作和个人能力上的长足长进。但是博士入学之后，我一直没有什么高强度投入的工作发表，未免感到焦虑。今天读完这样的雄文，心情大爽。希望自己能在余下的科研生涯中多参与这样具有开源精神的重磅工作。能让自己的名字出现在此番工作的作者名录之上，不比多发几篇 XXX 或者 XXXX 的论文强？当然，这就又带来了在大项目中，如何证明自己 credit 的问题。不过，我总归相信自己的想法仍是大有裨益的。\r\n\r\n絮絮叨叨说了这么多，这篇文章主要复盘自己拜读 K1.5 技术报告的思索。由于是技术报告，这篇扎实的文章涵盖了从数据、训练方法到训练系统的方方面面，读完真是余音绕梁，不绝如缕。\r\n\r\n## RL Recipe\r\n\r\nK1.5 的训练可以细分为 pretrain，vanila SFT，long-CoT SFT 和 RL 四个阶段。技术报告主要讲述的是 RL 阶段的故事。\r\n\r\n### RL prompt 选择\r\n\r\n高质量的 RL prompt 需要 diver, balance and accurate to evaluate。为了决定每个 prompt 的难度，作者采用一个 SFT 模型在较高的 temperature 下生成 10 次答案，以 10 次内的通过率作为难度。此外，一些复杂的推理问题可能通过错误的推理过程也能得出正确答案。为了避免此类 reward hacking，作者进一步确保每个 prompt 的 reasoning path 和 final answer 都能被准确验证。作者先排除了容易出现此类错误的题目，例如多选题、判断题和证明题。然后，作者进一步过滤掉一些容易猜测出答案的问题。具体来说，给模型 8 次机会，如果在没有 CoT 的情况下，有超过 1 次可以直接给出答案，就将其移除。\r\n\r\n### Long-CoT SFT\r\n\r\n作者通过 prompt engineering 构建了一个 multi-modal long-CoT warmup dataset，来让模型初步学会这几种推理能力，evaluation，reflection，exploration 和 planning。\r\n\r\n",
        expect![[r#"
            single heading "Kimi K1.5: Long Context RL" by - | header 1:3-1:29
              method "RL Recipe" h2 @9:4
        "#]],
    );
    check(
        "Notes/docker.md",
        "### Docker：容器技术详解\n\nDocker 是一个容器引擎 🐳。\n\n### 动机\n\n环境不一致。\n\n### 方法\n\n镜像与容器。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A heading with the paper's title then its address (`# 《EAGLE:
/// Speculative Sampling Requires Rethinking Feature Uncertainty》
/// https://arxiv.org/pdf/2401.15077`) names the paper; `Code:
/// https://…` is still a field, and `## 参考资源` (references) no title.
#[test]
fn a_title_heading_then_its_address() {
    check(
        "speculative_decoding/202401_speculative_decoding_eagle.md",
        "# 《EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty》 https://arxiv.org/pdf/2401.15077\n\neagle 有 v1，v2，v3 三篇 paper。\n\n这里看 v1。paper 看是比 medusa 还要好：\n\n<img width=\"1590\" height=\"544\" alt=\"image\" src=\"https://github.com/user-attachments/assets/4f2df5c9-9ef8-4946-963f-45927d491e59\" />\n\n## 整体流程\n\n<img width=\"1208\" height=\"1138\" alt=\"image\" src=\"https://github.com/user-attachments/assets/84e18bc2-c70b-44d1-a8f7-5d728ba1e128\" />\n\n## 实验\n\n比 medusa 快 🚀。\n",
        expect![[r#"
            single heading "EAGLE: Speculative Sampling Requires Rethinking Feature Uncertainty" by - | header 1:4-1:71
              method "整体流程" h2 @9:4
              experiment "实验" h2 @13:4
        "#]],
    );
    check(
        "notes/code.md",
        "# Code: https://github.com/SafeAILab/EAGLE\n\n## 方法\n\n草稿头 🧠。\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "04_vllm/01_模型推理加速/01_FlashAttention.md",
        "<p align=\"center\"> <img src=\"https://jsd.cdn.zzko.cn/gh/Hypernovaaa/picx-images-hosting@master/20250814/image.8vn8lj7em7.jpg\" width=800> </p>\n\n## 参考资源\n- [flashattn 论文地址](https://arxiv.org/pdf/2205.14135)\n\n## 动机\n- attention 需要反复读写 HBM 🐢。\n\n## 方法\n- 分块计算 softmax。\n\n## 实验\n- GPT-2 训练快 3 倍。\n",
        expect![[r#"
            single file-name "FlashAttention" by - | header 1:1-1:142
              purpose "动机" h2 @6:4
              method "方法" h2 @9:4
              experiment "实验" h2 @12:4
        "#]],
    );
}

/// A short heading with its maker's name before the paper's (`# DeepMind
/// RT-2`) under front matter describing the paper in full (`description:
/// RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic
/// Control (2023)`): the description's title.
#[test]
fn a_makers_name_before_the_short_name() {
    check(
        "vla-vision-language-action/deepmind-rt-2.md",
        "---\r\ndescription: >-\r\n  RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control\r\n  (2023)\r\n---\r\n\r\n# DeepMind RT-2\r\n\r\n> _본 연구는 인터넷 규모의 데이터로 학습된 비전-언어 모델(Vision-Language Model, VLM)을 엔드-투-엔드(end-to-end) 로봇 제어에 직접 통합하여 일반화 능력을 향상시키고 창발적 의미 추론(emergent semantic reasoning)을 가능하게 하는 방법을 다룹니다._\r\n\r\n### 들어가며\r\n\r\n광범위한 웹 규모 데이터셋으로 사전 학습된 고용량 모델은 다양한 하위 작업(downstream task)을 위한 효과적이고 강력한 플랫폼을 제공합니다. 대규모 언어 모델(Large Language Model, LLM)은 유창한 텍스트 생성뿐만 아니라 창발적 문제 해결, 산문 및 코드의 창의적 생성을 가능하게 하며, 비전-언어 모델(Vision-Language Model, VLM)은 개방형 어휘 시각 인식(open-vocabulary visual recognition)을 가능하게 하고 이미지에서 객체-에이전트 상호작용에 대한 복잡한 추론까지 수행할 수 있습니다. 이러한 의미론적 추론(semantic reasoning), 문제 해결, 시각적 해석 능력은 실제 환경에서 다양한 작업을 수행해야 하는 범용 로봇(generalist robot)에게 매우 유용할 것입니다. 그러나 로봇이 이러한 능력을 어떻게 습득해야 하는지는 명확하지 않습니다. 무차별 대입 방식(brute force approach)으로는 수백만 건의 로봇 상호작용 시험을 수집해야 할 수 있지만, 가장 유능한 언어 및 비전-언어 모델은 웹에서 수십억 개의 토큰과 이미지로 학습됩니다. 이는 가까운 미래에 로봇 데이터로 따라잡기 어려운 양입니다.\r\n\r\n***\r\n\r\n### 배경: 기존 접근 방식의 한계\r\n\r\n**비전-언어 모델(Vision-Language Model, VLM)**. 비전-언어 모델에는 여러 범주가 있으며, 가장 관련성이 높은 두 가지는 다음과 같습니다.\r\n\r\n(1) CLIP과 같은 표현 학습 모델(representation-learning model)로, 두 모달리티(modality)에 대한 공통 임베딩(embedding)을 학습합니다.\r\n\r\n(2) {vision, text} → {text} 형태의 시각 언어 모델로, 시각과 언어를 입력으로 받아 자유 형식 텍스트를 제공합니다.\r\n\r\n두 범주 모두 객체 분류(object classification), 탐지(detection), 분할(segmentation)과 같은 다양한 하위 애플리케이션에 사전 학습을 제공하는 데 사용되었습니다. 이러한 모델은 일반적으로 이미지 캡셔닝(image captioning), 시각적 질의응답(VQA), 여러 데이터셋에 대한 일반 언어 작업과 같은 다양한 작업으로 동시에 학습됩니다. 선행 연구들이 로봇 공학을 포함한 광범위한 문제와 설정에서 VLM을 연구했지만, 우리의 초점은 VLM에 로봇 행동을 예측하는 능력을 부여하여 VLM의 능력을 로봇 폐쇄 루프 제어(closed-loop control)로 확장하는 방법에 있습니다. 이를 통해 VLM에 이미 존재하는 지식을 활용하여 새로운 수준의 일반화를 가능하게 합니다.\r\n\r\n***\r\n\r\n### 핵심 아이디어\r\n\r\n### 주요 기여\r\n\r\n1. 우리의 목표는 로봇의 관찰을 행동으로 매핑하는 것을 학습하면서 동시에 웹의 언어 및 비전-언어 데이터에 대한 대규모 사전 학습(pretraining)의 이점을 누릴 수 있는 단일 엔드-투-엔드 모델을 구현하는 것입니다\r\n2. 이를 위해 우리는 최신 비전-언어 모델을 로봇 궤적 데이터와 시각적 질의응답(Visual Question Answering, VQA)과 같은 인터넷 규모의 비전-언어 작업에 함께 파인튜닝(co-fine-tune)할 것을 제안합니다\r\n3. 다른 접근법과 달리 다른 접근법과 달리, 우리는 간단하고 일반적인 방법을 제안합니다\r\n4. 자연어 응답과 로봇 행동을 동일한 형식에 맞추기 위해 행동을 텍스트 토큰으로 표현하고 자연어 응답과 로봇 행동을 동일한 형식에 맞추기 위해 행동을 텍스트 토큰으로 표현하고 자연어 토큰과 동일한 방식으로 모델의 학습 데이터에 직접 통합합니다\r\n5. 우리는 이러한 범주의 모델을 비전-언어-행동 모델(Vision-Language-Action, VLA)이라 부르며, 그 예시로 RT-2라는 모델을 구현했습니다\r\n\r\n***\r\n\r\n### 실험 결과\r\n\r\n우리의 실험은 RT-2의 실제 환경 일반화(real-world generalization)와 창발적 능력(emergent capability)에 초점을 맞추며, 다음 질문에 답하고자 합니다.\r\n\r\n1\\) RT-2는 학습된 작업에서 어떻게 수행되며, 더 중요하게는 새로운 객체, 배경, 환경에 대해 어떻게 일반화되는가?\r\n\r\n2\\) RT-2의 창발적 능력을 관찰하고 측정할 수 있는가?\r\n\r\n3\\) 일반화 능력이 매개변수 수와 다른 설계 결정에 따라 어떻게 달라지는가?\r\n\r\n4\\) RT-2가 비전-언어 모델과 유사하게 사고의 연쇄(chain-of-thought) 추론의 징후를 보일 수 있는가?\r\n\r\nRT-2는 학습된 작업에서는 RT-1과 유사한 성능을 보이지만, 새로운 객체, 배경, 환경에 대한 일반화에서 탁월한 성능을 보입니다. 평균적으로 RT-2는 다음 베이스라인인 RT-1과 MOO에 비해 약 2배 높은 성공률을 기록했으며, 다른 베이스라인보다는 약 6배 더 우수한 성능을 보였습니다. 이는 VLM의 인터넷 규모 사전 학습이 시각적 및 의미론적 개념에 대한 더 일반화 가능한 지식을 전이함을 시사합니다.\r\n\r\n***\r\n\r\n",
        expect![[r#"
            single heading "RT-2: Vision-Language-Action Models Transfer Web Knowledge to Robotic Control" year=2023 by - | header 7:3-7:16
              purpose "들어가며" h3 @11:5
              purpose "배경: 기존 접근 방식의 한계" h3 @17:5
              method "핵심 아이디어" h3 @29:5
              novelty "주요 기여" h3 @31:5
              experiment "실험 결과" h3 @41:5
        "#]],
    );
}

/// A heading titled as a paper is, six words or more in capitals (`#
/// Visual Autoregressive Modeling: Scalable Image Generation via
/// Next-Scale Prediction`), says the note is on a paper; not a README's
/// (`# Sistema de Notas - Obsidian Vault`).
#[test]
fn a_heading_titled_as_a_paper_is() {
    check(
        "Vision/AR/var.md",
        "# Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction\n\n## Motivation\n\nStandard AR generation, like GPT, LLaMa, PaLM, generate text by next-token prediction, but image generation hard to define order.\n\nHence propose VAR, generate image by next-scale prediction. AR is defined on scale\n\n![var](fig/var.png)\n\n## Method\n\nNext-scale prediction with a multi-scale VQVAE 🧱.\n",
        expect![[r#"
            single heading "Visual Autoregressive Modeling: Scalable Image Generation via Next-Scale Prediction" by - | header 1:3-1:86
              purpose "Motivation" h2 @3:4
              method "Method" h2 @11:4
        "#]],
    );
    check(
        "notas/README.md",
        "# Sistema de Notas - Obsidian Vault\r\n\r\n## Motivación\r\n\r\nOrganizar las lecturas 📚.\r\n\r\n## Método\r\n\r\nUna nota por artículo.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A study log's `# 학습 내용` (what was studied) names no paper: the
/// paper's title is the next heading.
#[test]
fn a_study_logs_heading_is_no_title() {
    check(
        "Slow_Paper/QLORA:_Efficient_Finetuning_of_Quantized_LLMs/README.md",
        "# 학습 내용\n\n---\n\n- QLORA: Efficient Finetuning of Quantized LLMs\n\n---\n\n## QLORA: Efficient Finetuning of Quantized LLMs\n\n---\n\n### 1. Introduction\n\n---\n\n  - LLM을 미세 조정하는 것\n    - 성능 개선,\n    - 바람직한 동작 추가,\n    - 바람직하지 않은 동작을 제거 하는데 매우 효과적인 방법\n  - 그러나 매우 큰 모델을 미세 조정하는 데는 엄청난 비용이 들며, 엄청난 GPU 메모리 필요\n  - 양자화 방법\n    - LLM의 메모리의 공간을 줄일 수 있음\n    - 이러한 기술은 추론할 때만 작동하고 훈련 중에 고장남\n  - 우리는 성능 저하 없이 양자화된 4비트 모델을 미세 조정하는 것이 가능하다는 것을 처음으로 입증함\n    - 새로운 고정밀 기법인 QLORA는 사전 학습된 모델을 4비트로 양자화한 다음, 양자화된 가중치를 통해 그라데이션을 역전파하여 조정되는 학습 가능한 로우랭크 어댑터 가중치 세트를 추가하는 방식\n  - QLORA는 65B 파라미터 모델을 미세 조정하는 데 필요한 평균 메모리 요구량\n    - 780GB이상의 GPU 메모리 -> 48GB 미만으로 줄임\n    - 16비트 완전한 미세 조정을 기준\n    - 이는 중요한 LLM 미세 조정의 접근성 변화\n      - 단일 GPU에서 미세 조정할 수 있는 공개적으로 사용 가능한 모델 중 가진 큰 규모\n  - \n\n---\n\n### 3. QLORA Finetuning\n\n---\n",
        expect![[r#"
            single heading "QLORA: Efficient Finetuning of Quantized LLMs" by - | header 9:4-9:49
              purpose "1. Introduction" h3 @13:5
              method "3. QLORA Finetuning" h3 inferred @36:5
        "#]],
    );
}

/// What a post is, then `之——` and the paper (`实验笔记之——MASt3R-SLAM`):
/// the paper's name, and its whole title from a fenced BibTeX entry that
/// opens with it (`title={MASt3R-SLAM: Real-Time Dense SLAM …},`). The
/// references at its end (`# 参考资料`) are not taken for its method.
#[test]
fn a_posts_kind_before_zhi_and_a_fenced_bibtex_title() {
    check(
        "_posts/2025-01-31-MASt3R-SLAM.md",
        "---\nlayout: post\ntitle: \"实验笔记之——MASt3R-SLAM\"\ndate:   2025-01-31\ntags: [Deep Learning, SLAM]\ncomments: true\nauthor: kwanwaipang\ntoc: true\n---\n\n\n<!-- * 目录\n{:toc} -->\n\n\n# 引言\n\n在MASt3R提供的a two-view 3D reconstruction and matching prior基础上，作者通过引入有效的pointmap matching, camera tracking and local fusion, graph construction and loop closure, 以及second-order global optimisation，提出了MASt3R-SLAM，一个实时的单目稠密SLAM系统（可以实现15FPS的定位及稠密三维重建）。 同时，MASt3R原本就不依赖于camera的model，那么就可以实现reconstructing scenes with generic, time-varying camera models（也就是demo中zoom in zoom out的情况下的稳定三维重建）.当然要达到在多个benchmark上的SOTA performance，还是需要“已知的标定参数”。\n\n之前[博客](https://kwanwaipang.github.io/File/Blogs/Poster/MASt3R-SLAM.html)已经将DUSt3R以及MASt3R进行了介绍以及测试。\n本博文对MASt3R-SLAM进行深入的学习~\n\n~~~\n@article{murai2024mast3r,\n  title={MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors},\n  author={Murai, Riku and Dexheimer, Eric and Davison, Andrew J},\n  journal={arXiv preprint arXiv:2412.12392},\n  year={2024}\n}\n~~~\n\n本博客为本人学习记录用~\n\n\n\n\n\n\n\n# 参考资料\n* [MASt3R-SLAM](https://arxiv.org/pdf/2412.12392)\n* [MASt3R-SLAM 仓库](https://edexheim.github.io/mast3r-slam/)",
        expect![[r#"
            single front-matter "MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors" by kwanwaipang | header 3:16-3:27
              purpose "引言" h1 @16:3
        "#]],
    );
}

/// A template named with the variant character (`简易记录模版.md`) is a
/// template, whatever its parts say.
#[test]
fn a_template_named_with_the_variant_character() {
    check(
        "Models/1-简易记录模版.md",
        "# 论文名称（中英文）\r\n**Paper**:  \r\n**Authors**:  \r\n**Conference / Year**:  \r\n**Paper Link**:   \r\n**Code Link**:  \r\n\r\n---\r\n\r\n## 一句话总结（One-Sentence Summary）\r\n用一句话概括论文核心贡献。\r\n\r\n---\r\n\r\n## 1. 背景与问题（What & Why）\r\n论文要解决什么问题？为什么重要？\r\n\r\n---\r\n\r\n## 2. 方法（How）\r\n核心思路是什么？关键模块如何设计？\r\n\r\n---\r\n\r\n## 3. 创新点（Key Contributions）\r\n- 创新点 1  \r\n- 创新点 2  \r\n- 创新点 3  \r\n\r\n---\r\n\r\n## 4. 实验（Experiments）\r\n- 数据集  \r\n- 对比实验  \r\n- Ablation  \r\n\r\n---\r\n\r\n## 5. 局限性（Limitations）\r\n- 局限点 1  \r\n- 局限点 2  \r\n\r\n---\r\n\r\n## 6. 个人理解与思考（My Notes）\r\n你的思考、疑点、可以应用到你项目的地方。\r\n\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Notes on YaRN`: what the post is, before a model's name (a word with
/// two capitals or a digit); `Notes on Convolutional Neural Networks` is a
/// paper's title.
#[test]
fn notes_on_a_models_name() {
    check(
        "content/post/YaRN/index.md",
        "---\ntitle: Notes on YaRN\ndescription: YaRN (Yet Another RoPE extentionN method) 时23年9月EleutherAI等提出来的一个扩展LLM上下文长度的方法，后来被Qwen系列模型所应用。\ndate: 2025-07-03 14:40:49+0800\nlastmod: 2025-07-15 16:36:09+0800\ntags: \n    - Qwen\n    - Context\ncategories:\n    - LLM \nmath: true\n---\n\n\n## Introduction\n\nYaRN (Yet Another RoPE extentionN method) 时23年9月EleutherAI等提出来的一个扩展LLM上下文长度的方法，后来被Qwen系列模型所应用。\n\n## YaRN\n\n结合 NTK-by-parts 与温度缩放 🌡️。\n\n## Evaluation\n\nPasskey retrieval 到 128k。\n",
        expect![[r#"
            single front-matter "YaRN" by - | header 2:17-2:21
              purpose "Introduction" h2 @15:4
              method "YaRN" h2 inferred @19:4
              experiment "Evaluation" h2 @23:4
        "#]],
    );
    check(
        "paper-notes/bouvrie.md",
        "# Notes on Convolutional Neural Networks\n\n## Motivation\n\nBackpropagation through convolutions 🧮.\n\n## Method\n\nDerivations.\n",
        expect![[r#"
            single heading "Notes on Convolutional Neural Networks" by - | header 1:3-1:41
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
}

/// A post's front-matter title as long as a paper's, in capitals
/// (`title: 'Retentive Network: A Successor to Transformer for Large
/// Language Models'`), says it is on that paper; a Hugo post's `index.md`
/// is the post.
#[test]
fn a_posts_title_as_long_as_a_papers() {
    check(
        "content/posts/2025-11-11-retentive-network/index.md",
        "---\r\ntitle: 'Retentive Network: A Successor to Transformer for Large Language Models'\r\ndate: 2025-11-11 10:20:33+00:00\r\ndraft: false\r\ndescription: 'Paper-reading notes: RetNet'\r\nShowWordCount: true\r\nShowReadingTime: false\r\ntags:\r\n- state-space-models\r\n- efficient-llms\r\n---\r\n\r\n\r\n# Introduction\r\n\r\nTransformer was introduced for its strong performance and efficient parallel training, but its inference cost remains high. This creates an “impossible triangle”, where the three dimentions can not be balanced simultaneously. **Retentive networks (RetNet)** make it possible!\r\n\r\n![image.png](image.png)\r\n\r\n# Method\r\n\r\nFor an L-layer retention network, the author stacks **multi-scale retention (MSR)** and **feed-forward network(FFN)** to build the model. \r\n\r\nFormally, the input sequence $x_i$ is transformed to vectors by a word embedding layer. Use the packed embeddings $X^0 = [x_1, · · · , x_{|x|}] ∈ R^{|x|×d_{model}}$ as the input and compute the model output $X^L$:\r\n\r\n$$\r\nY^l = MSR(LN(X^l)) +X^l\r\n$$\r\n\r\n$$\r\nX^{l+1} = FFN(LN(Y^l)) +Y^l\r\n$$\r\n\r\nwhere LN(·) is LayerNorm. The FFN part is computed as $FFN(X) = gelu(XW_1)W_2$, where W1, W2 are parameter matrices.\r\n\r\n---\r\n\r\n<aside>\r\n\r\nRetention is a new way for a model to **remember previous tokens** — similar to attention, but faster. It combines **parallel** and **recurrent** forms:\r\n",
        expect![[r#"
            single front-matter "Retentive Network: A Successor to Transformer for Large Language Models" by - | header 2:9-2:80
              purpose "Introduction" h1 @14:3
              method "Method" h1 @20:3
        "#]],
    );
}

/// A README that says what its folder holds (`本目录包含 DeepSeek 论文
/// […](…) 的…`) is the folder's index, not a review.
#[test]
fn a_readme_saying_what_its_folder_holds() {
    check(
        "DeepSeek/DeepSeek-MoE/README.md",
        "# DeepSeek-MoE: 极致专家特化\n\n本目录包含 DeepSeek 论文 [*DeepSeekMoE: Towards Ultimate Expert Specialization in Mixture-of-Experts Language Models*](https://arxiv.org/abs/2401.06066) 的学习笔记和代码实现。\n\n## 📖 核心思想\n\nDeepSeekMoE 通过两大策略解决传统 MoE 的专家特化不足问题：\n\n| 问题 | 传统 MoE | DeepSeekMoE 解决方案 |\n|------|----------|---------------------|\n| **知识混合** | 单个专家承担多种知识 | 细粒度专家分割 (1/m 大小) |\n| **知识冗余** | 多个专家重复学习通用知识 | 共享专家隔离 (始终激活) |\n\n**一句话总结**：将专家切小、切多，并隔离出\"通用知识专家\"，让路由专家专注于特定领域。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Later parts at the title's level that name the title's model (`#
/// Whisper Architecture Technical Overview`, `# Current Limitations and
/// Future Directions for Whisper`) are about the same paper, not others.
#[test]
fn later_title_level_parts_naming_the_titles_model() {
    check(
        "whisper_analysis/README.md",
        "# Whisper: Robust Speech Recognition via Large-Scale Weak Supervision\n\n## 1. Context and Research Motivation 🎙️\n\nBenchmarks look superhuman, yet the models are brittle under distribution shift.\n\n## 2. The Whisper Approach\n\nTrain on 680,000 hours of weakly labelled audio from the internet.\n\n## 3. Results and Impact\n\nZero-shot WER close to human transcribers.\n\n# Whisper Architecture Technical Overview\n\nAn encoder-decoder Transformer over log-Mel spectrograms.\n\n# Current Limitations and Future Directions for Whisper\n\nLong-form transcription loops and hallucinates.\n\n# Historical Context and Impact of Whisper\n\nAn open model that many products now build on.\n",
        expect![[r#"
            single heading "Whisper: Robust Speech Recognition via Large-Scale Weak Supervision" by - | header 1:3-1:70
              purpose "1. Context and Research Motivation 🎙\u{fe0f}" h2 @3:4
              method "2. The Whisper Approach" h2 @7:4
              experiment "3. Results and Impact" h2 @11:4
              summary "Whisper Architecture Technical Overview" h1 @15:3
              purpose "Historical Context and Impact of Whisper" h1 @23:3
        "#]],
    );
    // Two other papers' titles at that level make it a note on several,
    // each paper a review.
    check(
        "reading/asr.md",
        "# Whisper: Robust Speech Recognition via Large-Scale Weak Supervision\n\n## Method\n\nWeak supervision at scale.\n\n# Conformer Convolution-augmented Transformer for Speech Recognition\n\n## Method\n\nConvolution inside attention blocks.\n\n# Scaling Speech Technology to a Thousand Languages Plus\n\n## Method\n\nSelf-supervised pretraining on Bible readings.\n",
        expect![[r#"
            single heading "Whisper: Robust Speech Recognition via Large-Scale Weak Supervision" by - | header 1:3-1:70
              method "Method" h2 @3:4
            single heading "Conformer Convolution-augmented Transformer for Speech Recognition" by - | header 7:3-7:69
              method "Method" h2 @9:4
            single heading "Scaling Speech Technology to a Thousand Languages Plus" by - | header 13:3-13:57
              method "Method" h2 @15:4
        "#]],
    );
}

/// A link that is a whole line (`[LIMA: Less Is More for Alignment](…)`)
/// spells out the short name a post's title gives (`title: LIMA 阅读笔记`);
/// `评测` is its evaluation.
#[test]
fn a_whole_line_link_spelling_out_a_short_name() {
    check(
        "_posts/LLM/LIMA论文阅读笔记.md",
        "---\r\ntitle: LIMA 阅读笔记\r\ndate: 2025-08-20 17:52:42\r\ntags: [NLP, Attention]\r\n---\r\n\r\n[LIMA: Less Is More for Alignment](https://arxiv.org/abs/2305.11206)\r\n\r\n<!-- more -->\r\n\r\n## 动机\r\n\r\n模型的知识几乎完全在预训练阶段学习 🧠\r\n\r\n## 数据\r\n\r\n- 手动撰写了 200 条高质量回复\r\n\r\n## 评测\r\n\r\n- 300 条测试数据，人工打分\r\n",
        expect![[r#"
            single field "LIMA: Less Is More for Alignment" by - | header 7:2-7:34
              purpose "动机" h2 @11:4
              method "数据" h2 inferred @15:4
              experiment "评测" h2 @19:4
        "#]],
    );
    // A link inside a sentence may cite another paper: the short name stays.
    check(
        "paper-review/pixelnerf-eng.md",
        "# pixelNeRF\n\n### 1. Introduction\n\nToday I'll introduce [PixelNeRF: Neural Radiance Fields from one or few images](https://arxiv.org/abs/2012.02190), a follow-up of NeRF.\n\n### 2. Method\n\nImage features condition the field.\n\n### 3. Experiments\n\nShapeNet and DTU.\n",
        expect![[r#"
            single heading "pixelNeRF" by - | header 1:3-1:12
              purpose "1. Introduction" h3 @3:5
              method "2. Method" h3 @7:5
              experiment "3. Experiments" h3 @11:5
        "#]],
    );
}

/// A `**Paper:**` field that spells out a paper's title (six words or more,
/// in capitals) names the paper over a post's shorter title and headline
/// (`title: Agentless`, `# Agentless: Demystifying SWE Agents`).
#[test]
fn a_paper_field_over_a_posts_short_title_and_headline() {
    check(
        "research/011-agentless.md",
        "---\ntitle: Agentless\ntags: [agents, swe-bench]\n---\n\n# Agentless: Demystifying SWE Agents 🧰\n\n**Paper:** Agentless: Demystifying LLM-based Software Engineering Agents\n**URL:** https://arxiv.org/html/2407.01489v2\n\n## Summary\n\nA three-stage pipeline beats open-ended agents.\n\n## The Agentless Pipeline\n\nLocalize, repair, then validate with tests.\n\n## Results\n\n32% on SWE-bench Lite at $0.70 per issue.\n",
        expect![[r#"
            single field "Agentless: Demystifying LLM-based Software Engineering Agents" by - | header 8:12-8:73
              summary "Summary" h2 @11:4
              method "The Agentless Pipeline" h2 inferred @15:4
              experiment "Results" h2 @19:4
        "#]],
    );
    // A field that is the post's own title again leaves the front matter.
    check(
        "research/012-swe-agent.md",
        "---\ntitle: 'SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering'\n---\n\n**Paper:** SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering\n\n## Method\n\nAn interface built for the agent.\n",
        expect![[r#"
            single front-matter "SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering" by - | header 2:9-2:83
              method "Method" h2 @7:4
        "#]],
    );
}

/// `**Procedure**` is the method's label (`**Problem**`, `**Procedure**`,
/// `**Findings (paper)**`), and `Contributors` a repository's part.
#[test]
fn a_procedure_label_and_a_contributors_part() {
    check(
        "papers/sparsegpt-icml2023/summary.md",
        "# SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot (ICML 2023)\r\n\r\n**Problem**: 재학습 없이 100B 규모 GPT를 한 번에 가지치기 ✂️\r\n\r\n**Procedure**\r\n1) 보정 데이터로 블록별 Hessian 추정\r\n2) 블록마다 남길 가중치 선택\r\n\r\n**Findings (paper)**\r\n- OPT/BLOOM에서 50–60% 희소성\r\n",
        expect![[r#"
            single heading "SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot" venue="ICML" year=2023 by - | header 1:3-1:74
              purpose "Problem" bold @3:3
              method "Procedure" bold @5:3
              experiment "Findings (paper)" bold @9:3
        "#]],
    );
    check(
        "CodeGenie/README.md",
        "# ![CodeGenie Icon](images/icon.png) CodeGenie — AI-Powered VS Code Extension\n\n# 🚀 Introduction\n\n**CodeGenie** is an AI-powered coding assistant built on the DeepSeek-Coder models.\n\n## 📐 Architecture Diagram (DeepSeek Coder V2)\n\nA mixture-of-experts code model behind a VS Code extension.\n\n### 📜 License & Acknowledgments\n\nMIT.\n\n## 🙌 Contributors & Milestones\n\n- Week 1: prototype\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Summary of the DistilBERT paper …` in the opening prose speaks of a
/// paper, as `this paper` does.
#[test]
fn an_opening_line_saying_it_summarises_a_paper() {
    check(
        "machine-learning/DistilBERT.md",
        "# DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter\n\n*[Summary of the DistilBERT paper listed in the references below]*\n\n[DistilBERT](https://arxiv.org/abs/1910.01108) is a small, fast, cheap and light Transformer trained by distilling BERT base 🤏.\n\nIt has 40% less parameters than bert-base-uncased, runs 60% faster while preserving over 95% of BERT's performances as measured on the GLUE language understanding benchmark.\n\nTo leverage the inductive biases learned by larger models during pre-training, it introduces a triple loss combining language modeling, distillation and cosine-distance losses.\n\n# Knowledge Distillation\n\nA compact student is trained to reproduce the behaviour of a larger teacher.\n\n# References\n- [DistilBERT, a distilled version of BERT](https://arxiv.org/abs/1910.01108)\n",
        expect![[r#"
            single heading "DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter" by - | header 1:3-1:80
        "#]],
    );
}

/// A field set in brackets (`[原文:NATURAL TTS SYNTHESIS BY …]`, not a
/// link) names the paper over a misspelt short heading.
#[test]
fn a_field_set_in_brackets() {
    check(
        "Notes/tactron2.md",
        "# Tactron2\r\n## 论文框架\r\n![](2022-10-03-21-05-42.png)\r\n\r\n[原文:NATURAL TTS SYNTHESIS BY CONDITIONING WAVENET ON MEL SPECTROGRAM PREDICTIONS]\r\n<https://arxiv.org/pdf/1712.05884v2.pdf>\r\n\r\n***\r\n### Encoder\r\n文本输入后接Character Embedding网络（512维）🔤，后跟三层卷积和双向LSTM。\r\n",
        expect![[r#"
            single field "NATURAL TTS SYNTHESIS BY CONDITIONING WAVENET ON MEL SPECTROGRAM PREDICTIONS" by - | header 5:5-5:81
              method "论文框架" h2 @2:4
        "#]],
    );
}

/// A formula over the paper's link (`$$\max_{\Theta} \sum …$$` over
/// `- https://arxiv.org/abs/2106.09685`) is no title block: the heading
/// names the paper.
#[test]
fn a_formula_over_the_papers_link() {
    check(
        "review/LoRA.md",
        "# LoRA: Low-Rank Adaptation of Large Language Models\n\n$$\\max_{\\Theta} \\sum_{(x, y) \\in \\mathcal{Z}} \\log ( p(y_t \\mid x) )$$\n\n- https://arxiv.org/abs/2106.09685\n- LoRA는 prefix-tuning 같은 기존 방법과 함께 쓸 수 있다 🧩.\n  - Inspired by this, we hypothesize the updates also have a low intrinsic rank.\n\n## Method\n\nW₀ + BA, with B and A of rank r.\n",
        expect![[r#"
            single heading "LoRA: Low-Rank Adaptation of Large Language Models" by - | header 1:3-1:53
              method "Method" h2 @9:4
        "#]],
    );
}

/// A series' name and number before a colon (`**Overfit#11:** V-JEPA 2`)
/// is cut, as `Daily Paper 50:` is.
#[test]
fn a_series_name_with_a_hash_number() {
    check(
        "docs/blog/posts/11_vjepa2.md",
        "---\ndate: 2025-06-25\ncategories:\n  - SSL\n---\n\n# **Overfit#11:** V-JEPA 2\n\n## Motivation\n\nLearn a world model from video alone 🎥.\n\n## V-JEPA 2\n\nA ViT-g encoder predicts masked video in latent space.\n",
        expect![[r#"
            single heading "V-JEPA 2" by - | header 7:19-7:27
              purpose "Motivation" h2 @9:4
              method "V-JEPA 2" h2 inferred @13:4
        "#]],
    );
}

/// A site theme's sample post, a paper's title over `Lorem ipsum dolor sit
/// amet …`, is no review.
#[test]
fn a_theme_sample_post_under_a_papers_title() {
    check(
        "content/english/blog/voyager/index.md",
        "---\ntitle: \"Voyager: An Open-Ended Embodied Agent with Large Language Models\"\ndescription: \"We introduce Voyager, the first LLM-powered embodied lifelong learning agent in Minecraft.\"\n---\n\nLorem ipsum dolor sit amet consectetur adipisicing elit. Nemo vel ad consectetur ut aperiam.\n\n## Creative Design\n\nNam ut rutrum ex, venenatis sollicitudin urna.\n\n## Method\n\nAliquam erat volutpat. Integer eu ipsum sem.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's lesson number before a dash (`Lesson 54 - CycleGAN …`,
/// `Bài 47 - …`) is cut, as `Part 1 -` is; a model's `Context Length` is
/// no context of the paper's, while `Historical Context` is.
#[test]
fn a_lessons_number_and_a_models_context_length() {
    check(
        "_posts/CycleGAN.md",
        "---\r\ntitle: 'Lesson 54 - CycleGAN Unpaired image to image translation'\r\n---\r\n\r\n# 1. Giới thiệu\r\n\r\nDịch ảnh không cần cặp dữ liệu 🐴→🦓.\r\n\r\n# 2. CycleGAN architecture\r\n\r\nHai generator và cycle-consistency loss.\r\n",
        expect![[r#"
            single front-matter "CycleGAN Unpaired image to image translation" by - | header 2:21-2:65
              purpose "1. Giới thiệu" h1 @5:3
              method "2. CycleGAN architecture" h1 @9:3
        "#]],
    );
    check(
        "posts/deepseek-v3-architecture.md",
        "# DeepSeek-V3: Mixture-of-Experts and N-gram Efficiency\n\n## Architecture Overview\n\n- **Parameters**: 671B total, 37B active per token\n- **Context Length**: 128K tokens\n\n## Historical Context\n\nMoE models before it routed to few large experts 🧠.\n\n## Results\n\nThis paper trains on 14.8T tokens for 2.788M H800 GPU hours.\n",
        expect![[r#"
            single heading "DeepSeek-V3: Mixture-of-Experts and N-gram Efficiency" by - | header 1:3-1:56
              method "Architecture Overview" h2 @3:4
              purpose "Historical Context" h2 @8:4
              experiment "Results" h2 @12:4
        "#]],
    );
}

/// A template's empty `Paper:` does not take the next label as its value
/// (`My summary of the abstract:`); a long title broken at its colon is
/// still read whole.
#[test]
fn an_empty_field_over_another_label() {
    check(
        "crfm_talks/chinchilla_feb14.md",
        "# Chinchilla - Training Compute-Optimal Large Language Models\n\n## Summary\n- 2 sentence summary 📝\n\nPaper: \n\nMy summary of the abstract:\n\n## Method\n\nScale parameters and tokens equally: 70B on 1.4T tokens.\n",
        expect![[r#"
            single heading "Chinchilla - Training Compute-Optimal Large Language Models" by - | header 1:3-1:62
              summary "Summary" h2 @3:4
              method "Method" h2 @10:4
        "#]],
    );
}

/// A presentation's heading quoting the paper and its authors after
/// (`Presentation on "FineWeb Datasets: …" by Guilherme Penedo et al.,
/// Hugging Face`) names the quoted title alone.
#[test]
fn a_presentation_on_a_quoted_title_by_its_authors() {
    check(
        "trandformer_paper/README.md",
        "# Presentation on \"FineWeb Datasets: Decanting the Web for Finest Text Data at Scale\" by Guilherme Penedo et al., Hugging Face\r\n\r\n## Motivation\r\n\r\nOpen pretraining data lags behind closed data 🌐.\r\n\r\n## Method\r\n\r\n96 Common Crawl snapshots, deduplicated per snapshot.\r\n\r\n## Results\r\n\r\nModels trained on it beat those on other open sets.\r\n",
        expect![[r#"
            single heading "FineWeb Datasets: Decanting the Web for Finest Text Data at Scale" by - | header 1:20-1:85
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// Two authors and the year (`Ilya Loshchilov,  Frank Hutter; 2017`) under
/// a linked title cite the paper.
#[test]
fn two_authors_and_a_year_under_a_linked_title() {
    check(
        "survey/adamw.md",
        "# [Decoupled Weight Decay Regularization](https://arxiv.org/pdf/1711.05101.pdf)\nIlya Loshchilov,  Frank Hutter; 2017\n\n## Notes\n* Weight decay in SGD is L2 regularization reparameterized by the learning rate 🏋️.\n* In Adam the two differ, so AdamW decouples the weight decay.\n",
        expect![[r#"
            single heading "Decoupled Weight Decay Regularization" by - | header 1:4-1:41
        "#]],
    );
}

/// What the note is written straight after a Latin title, with no space
/// (`Graph Convolutional Networks原文阅读和一些推导`), is cut as a
/// translation after a space is; a file named `summary-of-…` is titled by
/// what follows.
#[test]
fn cjk_note_words_after_a_title_and_a_summary_of_file_name() {
    check(
        "GCN-/index.md",
        "# Graph Convolutional Networks原文阅读和一些推导\r\n\r\n## 图的作用\r\n\r\n图可以表示社交网络、分子结构 🧪。\r\n\r\n## 方法\r\n\r\n一阶切比雪夫近似得到逐层传播规则。\r\n",
        expect![[r#"
            single heading "Graph Convolutional Networks" by - | header 1:3-1:31
              method "方法" h2 @7:4
        "#]],
    );
    check(
        "_posts/2024-01-10-summary-of-a-brief-history-of-data-visualization.md",
        "---\nlayout: post\n---\n\nThis paper traces data visualization from early maps to modern statistical graphics 📊.\n\n## Method\n\nA chronological survey of milestones.\n\n## Findings\n\nThe golden age was the late 19th century.\n",
        expect![[r#"
            single file-name "a brief history of data visualization" by - | header 1:1-1:4
              method "Method" h2 @7:4
              experiment "Findings" h2 @11:4
        "#]],
    );
}

/// A study README whose title links the paper it explains (`# ResNet
/// ([논문 링크](https://arxiv.org/…))`) is a review of it, its code's parts
/// (`## 4. 사용법 및 설정`, `## 5. 디렉토리 구조`) notwithstanding; the link in
/// parentheses is cut from the title.
#[test]
fn a_study_readme_whose_title_links_the_paper() {
    check(
        "ResNet/README.md",
        "# ResNet ([논문 링크](https://arxiv.org/pdf/1512.03385))\n\n## 1. 개요\n\n층이 깊어질수록 학습이 어려워지는 문제를 잔차 학습으로 푼다 🧱.\n\n## 2. 잔차 학습이란?\n\nF(x) + x를 학습한다.\n\n## 3. Bottleneck 구조\n\n1x1, 3x3, 1x1 합성곱.\n\n## 4. 사용법 및 설정\n\n```bash\npython train.py\n```\n\n## 5. 디렉토리 구조\n\n```\nResNet/\n└── model.py\n```\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:3-1:9
              summary "1. 개요" h2 @3:4
              method "3. Bottleneck 구조" h2 @11:4
        "#]],
    );
}

/// The year and the authors under a title (`(2018) Shifeng Zhang /
/// Longyin Wen`) are no title of their own: the heading names the paper.
#[test]
fn the_year_and_authors_under_a_title() {
    check(
        "articles/RefineDet.md",
        "# Single-Shot Refinement Neural Network for Object Detection\n(2018) Shifeng Zhang / Longyin Wen  \nhttps://arxiv.org/pdf/1711.06897.pdf\n\n## どんなもの?（アブストと結論とイントロ）\n- 2ステージの精度と1ステージの速度を両立する検出器 🎯\n\n## 技術や手法のキモはどこ?\n- Anchor Refinement Module と Object Detection Module\n\n## どうやって有効だと検証した?\n- VOC と COCO で SOTA\n",
        expect![[r#"
            single heading "Single-Shot Refinement Neural Network for Object Detection" by - | header 1:3-1:61
              summary "どんなもの?（アブストと結論とイントロ）" h2 @5:4
              method "技術や手法のキモはどこ?" h2 @8:4
              experiment "どうやって有効だと検証した?" h2 @11:4
        "#]],
    );
}

/// A reading log's README (`# 论文阅读记录`, dated entries each with a
/// paper and a few notes) keeps the notes, as `# 论文阅读目录` lists them.
#[test]
fn a_reading_logs_readme() {
    check(
        "paper/README.md",
        "# 论文阅读记录\n\n**2025.09.29——SAM基础模型**\n1. **Segment Anything**[[paper]](https://arxiv.org/pdf/2304.02643)\n\n**2025.10.03---遥感领域的开放词汇分割**\n1. [NeurIPS'25]**OpenWorldSAM: Extending SAM2 for Universal Image Segmentation with Language Prompts**[[paper]](https://arxiv.org/abs/2507.05427)\n>笔记：1）图像和文本输入到encoder中，再输入解码器中 🛰️\n      >2）引入位置平局打破机制，执行多实例分割\n\n>疑问：1）如果 LVLM 在指令理解阶段出现错误，比如误报目标数量或识别错类别，InstructSAM 框架如何处理这些错误，以及这会对最终结果产生多大影响？\n      >2）BIP换成图算法是否可行\n2. [NeurIPS'25]**InstructSAM: A Training-Free Framework for Instruction-Oriented Remote Sensing Object Recognition**[[paper]](https://arxiv.org/abs/2505.15818)\n>笔记：1）使用LVLM来解释用户指令并预测目标类别和计数\n      >2）使用SAM2来生成掩码\n      >3）使用CLIP来计算生成的目标类别和mask proposal之间的语义相似性\n      >4）目标检测和分割表述为一个mask-label匹配问题，用二元整数规划求解\n\n**2025.10.12---遥感领域的开放词汇分割**\n1. [2025 arXiv] **Exploring Efficient Open-Vocabulary Segmentation in the Remote Sensing**[[paper]]()\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A headline wholly in Chinese, the title translated (`# 自回归实体检索`),
/// right over a smaller heading with the paper's own title in capitals
/// (`## AUTOREGRESSIVE ENTITY RETRIEVAL`): the smaller heading's.
#[test]
fn a_translated_headline_over_the_papers_own_title() {
    check(
        "entity-linking/自回归实体检索.md",
        "# 自回归实体检索\r\n\r\n## AUTOREGRESSIVE ENTITY RETRIEVAL\r\n\r\n原文链接：[https://arxiv.org/abs/2010.00904](https://arxiv.org/abs/2010.00904) [ICLR 2021]\r\n\r\n## 动机\r\n\r\n实体检索通常把实体当作原子标签 🏷️。\r\n\r\n## 方法\r\n\r\n逐字生成实体名称，用前缀树约束解码。\r\n",
        expect![[r#"
            single heading "AUTOREGRESSIVE ENTITY RETRIEVAL" by - | header 3:4-3:35
              purpose "动机" h2 @7:4
              method "方法" h2 @11:4
        "#]],
    );
}

/// Who made a paper and where it appeared, in parentheses after its
/// authors (`# BYOL — Grill, Strub, Altché et al. (DeepMind, NeurIPS
/// 2020)`), name no list of papers.
#[test]
fn a_makers_name_and_a_venue_in_parentheses() {
    check(
        "wiki/papers/byol-grill-2020.md",
        "---\ntitle: \"BYOL: Bootstrap Your Own Latent — A New Approach to Self-Supervised Learning\"\ntype: paper\n---\n\n# BYOL — Grill, Strub, Altché et al. (DeepMind, NeurIPS 2020)\n\n**Citation:** Grill J-B, Strub F, Altché F, et al. Bootstrap Your Own Latent. *NeurIPS 2020*.\n\n## Key Computational Insights\n\n- **Non-contrastive SSL without negatives:** the online network predicts the target network's view 🎯.\n- **EMA target as stable bootstrap:** target weights are an exponential moving average of the online weights, with τ from 0.996 to 1.0, so the prediction targets change slowly and training stays stable.\n- **Predictor asymmetry prevents collapse:** only the online branch has a predictor; without it the two branches collapse to a constant representation.\n- **Robust to batch size and augmentations:** unlike SimCLR, accuracy barely drops with smaller batches or without color jitter.\n",
        expect![[r#"
            single front-matter "BYOL: Bootstrap Your Own Latent — A New Approach to Self-Supervised Learning" by - | header 2:9-2:85
        "#]],
    );
}

/// A `Paper:` field giving who wrote the paper, by their whole names, then
/// its title in quotes (`Paper: Kunihiko Fukushima, "Neocognitron: …"`):
/// the quoted title alone.
#[test]
fn a_paper_field_of_names_then_the_quoted_title() {
    check(
        "paper_notes/01_fukushima_neocognitron.md",
        "# Fukushima 1980: Neocognitron\r\n\r\nPaper: Kunihiko Fukushima, \"Neocognitron: A Self-organizing Neural Network Model for a Mechanism of Pattern Recognition Unaffected by Shift in Position\"  \r\nLink: https://doi.org/10.1007/BF00344251\r\n\r\n## 문제\r\n\r\n위치가 바뀌어도 패턴을 알아보는 방법 👀.\r\n\r\n## 방법\r\n\r\n국소 특징을 층마다 합친다.\r\n",
        expect![[r#"
            single field "Neocognitron: A Self-organizing Neural Network Model for a Mechanism of Pattern Recognition Unaffected by Shift in Position" by - | header 3:29-3:152
              purpose "문제" h2 @6:4
              method "방법" h2 @10:4
        "#]],
    );
    check(
        "paper_notes/03_lecun_lenet5.md",
        "# LeCun et al. 1998: LeNet-5\n\nPaper: Yann LeCun, Leon Bottou, Yoshua Bengio, Patrick Haffner, \"Gradient-Based Learning Applied to Document Recognition\"\n\n## Method\n\n합성곱과 서브샘플링을 번갈아 쌓는다 ✍️.\n",
        expect![[r#"
            single field "Gradient-Based Learning Applied to Document Recognition" by - | header 3:66-3:121
              method "Method" h2 @5:4
        "#]],
    );
}

/// A file named for what it is before the paper's name
/// (`20201102-Paper-AlexNet.md`), with no title in its text: the paper's
/// name alone.
#[test]
fn a_file_named_paper_then_the_papers_name() {
    check(
        "posts/20201102-Paper-AlexNet.md",
        "研一开学已经一个多月了，本周读的论文是 AlexNet 🧠。\n\n论文分为摘要、引言、方法和实验。\n\n## 方法\n\n五个卷积层和三个全连接层，使用 ReLU 和 Dropout。\n\n## 实验\n\n在 ImageNet 上 top-5 错误率 15.3%。\n",
        expect![[r#"
            single file-name "AlexNet" by - | header 1:1-1:31
              method "方法" h2 @5:4
              experiment "实验" h2 @9:4
        "#]],
    );
}

/// A post's title that names the paper and a headline after a colon,
/// unspaced as Chinese writes it (`title: "V-Net：3D医学图像分割的突破"`), is
/// no short name: a labelled link to another paper far below (`**论文**:
/// [nnU-Net: …](…)` under `### 2. nnU-Net`) does not replace it.
#[test]
fn a_name_and_headline_unspaced_is_no_short_name() {
    check(
        "_posts/2022-07-15-vnet-3d-segmentation.md",
        "---\ntitle: \"V-Net：3D医学图像分割的突破\"\ndate: 2022-07-15\n---\n\n## 引言\n\n医学成像通常是三维的 🩻，仅处理二维切片会丢失空间信息。\n\n## V-Net网络架构\n\n编码器与解码器都使用三维卷积和残差连接。\n\n## 实验结果\n\n前列腺 MRI 上 Dice 0.869。\n\n## 相关工作\n\n### 2. nnU-Net\n\n自适应配置的三维分割框架。\n\n**论文**: [nnU-Net: Self-adapting Framework](https://arxiv.org/abs/1809.10486)\n",
        expect![[r#"
            single front-matter "V-Net：3D医学图像分割的突破" by - | header 2:9-2:26
              purpose "引言" h2 @6:4
              method "V-Net网络架构" h2 @10:4
              experiment "实验结果" h2 @14:4
        "#]],
    );
}

/// A survey's note that keeps the paper's own parts as headings in
/// capitals, as the journal prints them (`# INTRODUCTION`, `# DEEP LEARNING
/// FOR FEATURE EXTRACTION`, `# LEARNING FEATURE REPRESENTATIONS OF
/// NORMALITY`), reviews that one paper: those are no other papers' titles.
/// Nor is `Author:` naming two people the note's writer.
#[test]
fn a_papers_own_parts_in_capitals_at_the_titles_level() {
    check(
        "Anomaly_Detection/[2021 ACM] Deep Learning for Anomaly Detection, A Review.md",
        "# Deep Learning for Anomaly Detection: A Review\n\nread date: 2022년 3월 25일\nAuthor: GUANSONG PANG and CHUNHUA SHEN\nJournal: ACM\nlink: https://dl.acm.org/doi/pdf/10.1145/3439950\n\n# Abstract\n\n- Anomaly Detection 조사를 세 범주로 정리했다 🔍.\n\n# INTRODUCTION\n\n- 이상 탐지는 드물고 다양한 이상을 찾는 문제다.\n\n# DEEP LEARNING FOR FEATURE EXTRACTION\n\n- 오토인코더로 특징을 뽑는다.\n\n# LEARNING FEATURE REPRESENTATIONS OF NORMALITY\n\n- 정상 데이터의 표현을 배운다.\n\n# END-TO-END ANOMALY SCORE LEARNING\n\n- 이상 점수를 바로 배운다.\n\n# CONCLUSIONS AND FUTURE OPPORTUNITIES\n\n- 설명 가능한 이상 탐지가 남은 과제다.\n",
        expect![[r#"
            single heading "Deep Learning for Anomaly Detection: A Review" by - | header 1:3-1:48
              summary "Abstract" h1 @8:3
              purpose "INTRODUCTION" h1 @12:3
              method "DEEP LEARNING FOR FEATURE EXTRACTION" h1 inferred @16:3
        "#]],
    );
}

/// A README whose first heading is the repository's name, its words
/// joined by underscores (`# Anomaly_Detection`), is the repository's page,
/// though it explains methods and links papers.
#[test]
fn a_readme_headed_by_an_underscored_repository_name() {
    check(
        "Anomaly_Detection/README.md",
        "# Anomaly_Detection\r\n\r\n## 학습데이터에 따른 종류\r\n1. Supervised\r\n   - pros : 양/불 판정 정확도가 높다 ✅.\r\n   - method : One-Class SVM & Deep SVDD\r\n\r\n- [Isolation forest IEEE 2008](https://arxiv.org/pdf/1811.02141.pdf) [[Code]](https://colab.research.google.com/)\r\n- [Deep One-Class Classification ICML 2018](http://data.bit.uni-bonn.de/publications/ICML2018.pdf)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A draft that names where it will be sent (`> **Target Venue /
/// 目标会议:** AAAI 2026`) is the writer's own paper, its `Method` and
/// `Experiments` notwithstanding.
#[test]
fn a_draft_naming_its_target_venue() {
    check(
        "papers/sam-volatility/paper.md",
        "# SAM-Vol: Segment Anything for Volatility Surface Reconstruction\n\n> **Target Venue / 目标会议:** AAAI 2026 / Journal of Derivatives\n> **Based on / 基于:** SAM 3D (CVPR 2026)\n\n## Abstract / 摘要\n\nImplied volatility surfaces encode the market's expectations 📈.\n\n## 1. Introduction / 引言\n\nWe present the first end-to-end volatility surface reconstruction model.\n\n## 3. Method / 方法\n\nSparse option quotes in, a surface out.\n\n## 4. Experiments / 实验\n\n2.4 million option chains.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// When the note was written and who wrote it, after dashes, and what it
/// is around the paper's name (`# Notes on the BIOBERT Paper - May 29 2020 -
/// fabrizio.milo@gmail.com`): the paper's name alone.
#[test]
fn notes_on_the_paper_dated_and_signed() {
    check(
        "notes/biomed/fabrizio.md",
        "# Notes on the BIOBERT Paper - May 29 2020 - fabrizio.milo@gmail.com\r\n[Arxiv](https://arxiv.org/pdf/1901.08746.pdf)\r\n\r\n## 1 Introduction\r\nELMo와 BERT는 일반 말뭉치로만 사전 학습했다 🧬.\r\n\r\n## 2 Approach\r\n- PubMed 초록으로 이어서 학습\r\n",
        expect![[r#"
            single heading "BIOBERT" by - | header 1:16-1:23
              purpose "1 Introduction" h2 @4:4
              method "2 Approach" h2 @7:4
        "#]],
    );
    check(
        "notes/biomed/notes_on_specter.md",
        "# Notes on the SPECTER : Document-level Representation Learning using Citation-informed Transformers paper - May 31 2010 - suzanne.repellin@gmail.com\n[Arxiv](https://arxiv.org/pdf/2004.07180.pdf)\n\n## Method\n\nCitations as a signal of relatedness 📚.\n",
        expect![[r#"
            single heading "SPECTER : Document-level Representation Learning using Citation-informed Transformers" by - | header 1:16-1:101
              method "Method" h2 @4:4
        "#]],
    );
}

/// A tag saying what the note is about (`# 【关于 ELECTRA 】 那些的你不知道的事`),
/// a headline in Chinese after it: the paper's name in the tag.
#[test]
fn a_tag_saying_what_the_note_is_about() {
    check(
        "bert_study/ELECTRA/readme.md",
        "# 【关于 ELECTRA 】 那些的你不知道的事\n\n> 论文链接：https://openreview.net/pdf?id=r1xMH1BtvB\n\n## 动机\n\nMLM 只从 15% 的 token 学习 🤔。\n\n## 核心任务\n\n判别器区分被替换的 token。\n",
        expect![[r#"
            single heading "ELECTRA" by - | header 1:7-1:14
              purpose "动机" h2 @5:4
              method "核心任务" h2 inferred @9:4
        "#]],
    );
}

/// Where a paper was written, under its title (`# Dialog-based Language
/// Learning` over `Facebook AI Research` and the paper's link), is no title
/// of its own.
#[test]
fn an_affiliation_under_the_title() {
    check(
        "Papers/DbasedLL.md",
        "# Dialog-based Language Learning\n\nFacebook AI Research\n\n[arXiv](https://arxiv.org/abs/1604.06045)\n\n## Purpose\n\n対話相手の応答から暗黙の教師信号を学ぶ 💬．\n\n## Approach\n\n自然言語のフィードバックから学ぶ．\n",
        expect![[r#"
            single heading "Dialog-based Language Learning" by - | header 1:3-1:33
              purpose "Purpose" h2 @7:4
              method "Approach" h2 @11:4
        "#]],
    );
}

/// A reference in the Harvard style as the note's link (`[Blundell, C.,
/// …, 2015. Weight uncertainty in neural networks. arXiv preprint …](…)`):
/// the title in it, and its year.
#[test]
fn a_harvard_reference_names_the_paper() {
    check(
        "bayesian_nn/blundell2015uncertainty/summary.md",
        "[Blundell, C., Cornebise, J., Kavukcuoglu, K. and Wierstra, D., 2015. Weight uncertainty in neural networks. arXiv preprint arXiv:1505.05424](https://arxiv.org/pdf/1505.05424.pdf)\r\n\r\n---\r\n\r\n**Problem:** 가중치 하나하나를 분포로 둔다 🎲.\r\n\r\n**Solution:** Bayes by Backprop.\r\n",
        expect![[r#"
            single field "Weight uncertainty in neural networks" year=2015 by - | header 1:71-1:108
              purpose "Problem" bold @5:3
              method "Solution" bold @7:3
        "#]],
    );
}

/// A label holding only the site's navigation (`**Architecture:**` over
/// `---`, `[BACK](../index.md)` and `[HOME](…)`) holds nothing: a
/// citation over empty labels is no review begun.
#[test]
fn navigation_links_fill_no_part() {
    check(
        "info_theory_dl/tschannen_et_al_2019/summary.md",
        "[Tschannen, M., Djolonga, J., Rubenstein, P.K., Gelly, S. and Lucic, M., 2019. On mutual information maximization for representation learning. arXiv preprint arXiv:1907.13625.](https://arxiv.org/pdf/1907.13625.pdf)\n\n---\n\n**Problem:**\n\n**Solution:**\n\n**Results:**\n\n**Architecture:**\n\n---\n\n[BACK](../index.md)\n\n[← Home](../../../index.md)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A folder of `Summaries/`, one paper each, holds paper notes: a few
/// paragraphs under the paper's name are a review however short.
#[test]
fn a_summaries_folders_short_note() {
    check(
        "Summaries/YOLO.md",
        "## YOLO \n\n[link to the paper](https://arxiv.org/pdf/1506.02640.pdf)\n\nYOLO (You Only Look Once) is an object detection system based on a single convolutional network that predicts many bounding boxes and their class probabilities at once 🎯.\n\nIt reframes detection as one regression problem, from image pixels to box coordinates.\n",
        expect![[r#"
            single heading "YOLO" by - | header 1:4-1:8
        "#]],
    );
}

/// Fields in italics, as a Zotero template writes them (`*title:* SGDR: …`,
/// `*authors:* …`), and what the reference manager took from the PDF (`##
/// Annotations`), which is no part of the paper.
#[test]
fn italic_fields_and_annotations() {
    check(
        "obsidian/🧠Deep-learning/@loshchilovSGDRStochasticGradient2017.md",
        "*title:* SGDR: Stochastic Gradient Descent with Warm Restarts\r\n*authors:* Ilya Loshchilov, Frank Hutter\r\n*year:* 2017\r\n*tags:* #lr #lr-scheduling\r\n\r\n## Notes\r\n- In the paper the authors extend the idea of cyclical learning rates with warm restarts 🔁: the old learning rate is raised again while the old weights are kept.\r\n- 코사인 곡선으로 학습률을 줄이고, 주기마다 다시 올린다.\r\n- The models saved just before each restart make a free ensemble, with better anytime accuracy on CIFAR-10 and CIFAR-100.\r\n\r\n## Annotations\r\n> Within the i-th run, we decay the learning rate with a cosine annealing.\r\n",
        expect![[r#"
            single field "SGDR: Stochastic Gradient Descent with Warm Restarts" by - | header 1:10-1:62
        "#]],
    );
}

/// A colon escaped as an HTML entity in front matter (`title: BEVFormer&#58;
/// Learning …`) is a colon in the title.
#[test]
fn an_html_entity_in_a_front_matter_title() {
    check(
        "_posts/2022-10-18-BEVFormer.markdown",
        "---\ntitle: BEVFormer&#58; Learning Bird’s-Eye-View Representation from Multi-Camera Images via Spatiotemporal Transformers\n---\n\n## Motivation\n\n여러 카메라의 BEV 표현 🚗.\n\n## Method\n\nSpatial cross-attention.\n",
        expect![[r#"
            single front-matter "BEVFormer: Learning Bird’s-Eye-View Representation from Multi-Camera Images via Spatiotemporal Transformers" by - | header 2:8-2:119
              purpose "Motivation" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// A folder numbered as an outline (`1.3 LightGCN/`, `1.3.1 NGCF/`) names
/// its note without the number.
#[test]
fn an_outline_numbered_folder_names_its_note() {
    expect![[r#"
        single folder "NGCF" by - | header 1:1-1:14
          purpose "Background" h2 @1:4
    "#]]
    .assert_eq(&render_note(
        "추천모델/1.3 LightGCN/1.3.1 NGCF/논문.md",
        true,
        "## Background\r\n협업 필터링에 그래프 구조를 쓴다 🕸️.\r\n",
        LayoutChoice::Auto,
    ));
}

/// A README opening with a generic heading (`# Research Paper Note`) over
/// a table row naming the paper (`| Research Paper | [ZeRO: …](…) |`) is
/// that paper's note, not the collection's page.
#[test]
fn a_generic_readme_heading_over_a_table_field() {
    check(
        "DeepSpeed/README.md",
        "# Research Paper Note\n| References | Link |\n| ---- | ---- |\n| Research Paper | [ZeRO: Memory Optimizations Toward Training Trillion Parameter Models](pdf/ZeRO.pdf) |\n\n# Abstract\n\n- 메모리 중복을 없앤다 💾.\n\n# Introduction\n\n- Data parallelism runs out of memory.\n",
        expect![[r#"
            single field "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models" by - | header 4:21-4:89
              summary "Abstract" h1 @6:3
              purpose "Introduction" h1 @10:3
        "#]],
    );
}

/// A blog's category as a post's title, shared by its posts (`title: 3D
/// Object Detection Methods`), over the paper's own title as the first
/// heading (`## DETR3D: 3D Object Detection from Multi-view Images …`): the
/// heading's.
#[test]
fn a_blogs_category_over_the_papers_heading() {
    check(
        "_posts/2022-10-10-DETR3D.markdown",
        "---\nlayout: post\ntitle: 3D Object Detection Methods\ntags: [Computer-Vision]\n---\n\n\n## DETR3D: 3D Object Detection from Multi-view Images via 3D-to-2D Queries\n\n### Contributions\n1. 모든 카메라 시점의 정보를 층마다 합친다 📷.\n\n### Model\n\nBackward geometric projection.\n",
        expect![[r#"
            single heading "DETR3D: 3D Object Detection from Multi-view Images via 3D-to-2D Queries" by - | header 8:4-8:75
              novelty "Contributions" h3 @10:5
              method "Model" h3 @13:5
        "#]],
    );
}

/// A topic's few words as a README's heading (`# Residual Neural
/// Networks`) in a folder named with the paper's whole title (`Deep
/// Residual Learning for Image Recognition/`): the folder's.
#[test]
fn a_topic_heading_in_a_folder_named_with_the_title() {
    check(
        "Paper_Dump/Deep Residual Learning for Image Recognition/README.md",
        "# Residual Neural Networks\nThis paper solves the problem of vanishing gradients faced while building deep neural networks 🧱.\n\nThe paper introduces skip connections: the output of a layer is summed with the output of an earlier one, so the gradient has a new path.\n\nThese skip connections also make sure that the deeper layers of a network work at least as well as the layers before them.\n",
        expect![[r#"
            single folder "Deep Residual Learning for Image Recognition" by - | header 1:1-1:27
              method "Residual Neural Networks" h1 inferred @1:3
        "#]],
    );
}

/// The paper's reference among the lines opening a note with no heading
/// over them (`**[3]** GoogLe Net` over `Szegedy, Christian, et al. "Going
/// deeper with convolutions." Proceedings of …`): its title. Two references
/// there are a list, no title.
#[test]
fn the_papers_reference_opening_the_note() {
    check(
        "DLPapers/GoogLeNet/README.md",
        "\r\n**[3]** GoogLe Net\r\n Szegedy, Christian, et al. \"Going deeper with convolutions.\" Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition. 2015.\r\n [Paper](http://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Szegedy_Going_Deeper_With_2015_CVPR_paper.pdf)\r\n\r\n## Notes\r\n- Inception module\r\n- 1x1 합성곱으로 채널을 줄인다 🧩.\r\n- Replace the fully connected layers with sparse ones against overfitting and memory.\r\n- The ratio of 3x3 and 5x5 convolutions should grow in the higher layers.\r\n",
        expect![[r#"
            single field "Going deeper with convolutions" by - | header 3:30-3:60
        "#]],
    );
    check(
        "paper_notes/README.md",
        "Wang, Chengyi, et al. \"Neural codec language models are zero-shot text to speech synthesizers.\" _arXiv preprint arXiv:2301.02111_ (2023).  \n\\[[paper](https://arxiv.org/abs/2301.02111)\\]\\[[note](VALL-E.md)\\]\n\nShinn, Noah, et al. \"Reflexion: Language agents with verbal reinforcement learning.\" _Advances in Neural Information Processing Systems_ 36 (2023): 8634-8652.  \n\\[[paper](https://openreview.net/forum?id=vAElhFcKW6)\\]\\[[note](Reflexion.md)\\]\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post named by the paper's short name (`title: AlexNet`) over a
/// heading that is a title field's name (`## 论文名称`) and the paper's link
/// under it: the linked title.
#[test]
fn a_title_fields_name_as_a_heading_over_the_link() {
    check(
        "ReadingPapers/AlexNet.md",
        "---\ntitle: AlexNet\ndate: 2022-05-07\ntag:\n  - 读论文\n---\n## 论文名称\n\n[ImageNet Classification with Deep Convolutional Neural Networks](https://proceedings.neurips.cc/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf)\n\n## 背景\n\nImageNet 上的大规模分类 🖼️。\n\n## 网络结构\n\n五个卷积层和三个全连接层。\n",
        expect![[r#"
            single field "ImageNet Classification with Deep Convolutional Neural Networks" by - | header 9:2-9:65
              purpose "背景" h2 @11:4
              method "网络结构" h2 @15:4
        "#]],
    );
}

/// A site theme's sample post on a made-up paper (`authors: "Sample Author
/// C, Sample Author D"`, parts saying `Sample section.`) is no review.
#[test]
fn a_themes_sample_paper_post() {
    check(
        "_readings/papers/sample-neural-quantum.md",
        "---\ntitle: \"Paper Review: Neural Quantum States for Frustrated Magnets\"\npaper:\n  title: \"Neural-Network Quantum States for Frustrated Magnets\"\n  authors: \"Sample Author C, Sample Author D\"\n  arxiv: \"2502.00001\"\n---\n\n## Summary\n\nSample paper review content about neural quantum states ⚛️.\n\n## Key Contributions\n\nSample section.\n\n## Method\n\nSample section.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post's generic title (`title: "Paper Review"`) over a subtitle with
/// the paper's title is no short name to join to it: no `Paper: …`.
#[test]
fn a_generic_post_title_over_a_subtitle() {
    check(
        "_posts/2020/2020-09-05-paper-review.md",
        "---\nlayout:     post\ntitle:      \"Paper Review\"\nsubtitle:   \"Deep Learning for Event-Driven Stock Prediction\"\n---\n\n# 논문리뷰 - Deep Learning for Event-Driven Stock Prediction\nXiao Ding, [Deep Learning for Event-Driven Stock Prediction](http://ijcai.org/Proceedings/15/Papers/329.pdf), IJCAI2015\n\n## 문제\n\n뉴스 이벤트로 주가를 예측한다 📈.\n\n## 방법\n\n이벤트 임베딩과 CNN.\n",
        expect![[r#"
            single heading "Deep Learning for Event-Driven Stock Prediction" by - | header 7:10-7:57
              purpose "문제" h2 @10:4
              method "방법" h2 @14:4
        "#]],
    );
}

/// A documentation site's sidebar label as the page's title (`title:
/// "DeepSeek-V3 / MoE"`) over the paper's title as its first heading: the
/// heading's.
#[test]
fn a_sidebar_label_over_the_papers_heading() {
    check(
        "docs/papers/deepseek-v3.md",
        "---\r\nsidebar_position: 3\r\ntitle: \"DeepSeek-V3 / MoE\"\r\n---\r\n\r\n# DeepSeek-V3 Technical Report\r\n\r\n> DeepSeek-AI, 2024 | [arXiv:2412.19437](https://arxiv.org/abs/2412.19437)\r\n\r\n## 一句话总结\r\n\r\n671B 参数的 MoE 模型（激活 37B）🐋。\r\n\r\n## 核心思想\r\n\r\nMulti-head latent attention 与无辅助损失的负载均衡。\r\n",
        expect![[r#"
            single heading "DeepSeek-V3 Technical Report" by - | header 6:3-6:31
              summary "一句话总结" h2 @10:4
              method "核心思想" h2 @14:4
        "#]],
    );
}

/// A word alone after a Latin title saying what the note is (`…
/// Actor-Critic Method (TD3) 논문`) is cut, and the nickname with it.
#[test]
fn a_note_word_alone_after_a_latin_title() {
    check(
        "_posts/2019-11-07-td3-paper-review.md",
        "---\ntitle: \"Addressing Function Approximation Error in Actor-Critic Method (TD3) 논문\"\n---\n\n## 1. Abstract\n\nActor-critic에서도 과대평가가 생긴다 🎯.\n\n## 4. Method\n\nClipped double Q-learning.\n",
        expect![[r#"
            single front-matter "Addressing Function Approximation Error in Actor-Critic Method (TD3)" by - | header 2:9-2:77
              summary "1. Abstract" h2 @5:4
              method "4. Method" h2 @9:4
        "#]],
    );
}

/// `Problem Being Solved` is the purpose, as `Problem solved` is (not a
/// method for its last word); `核心技术点` (the core technical points) is the
/// method.
#[test]
fn a_problem_being_solved_and_core_technical_points() {
    check(
        "docs/papers/attention-is-all-you-need.md",
        "## Attention Is All You Need\r\n\r\n## Problem Being Solved\r\n\r\nRNN은 순차적이라 학습이 느리다 🐢.\r\n\r\n## 核心技术点\r\n\r\n多头自注意力与位置编码。\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:4-1:29
              purpose "Problem Being Solved" h2 @3:4
              method "核心技术点" h2 @7:4
        "#]],
    );
}

/// A part's label closed by a tag in code that the writer marks its points
/// with (`# Contributions ```C```:`): the label's part. So a note named with
/// its paper's title in a venue's folder, holding only its contributions
/// and takeaways, is a review.
#[test]
fn a_label_closed_by_a_code_tag() {
    check(
        "paper-notes/confs/NIPS/NIPSW_2015/Distilling the Knowledge in a Neural Network.md",
        "# Contributions ```C```:\nA method to train a compressed student model from a large teacher by KL divergence on soft targets 🔥.\n\n# Takeaways\n\n온도가 높을수록 음의 logit까지 배운다.\n\nIf the cumbersome model generalizes well because it is the average of a large ensemble, a small model trained to generalize in the same way will do much better on test data than one trained in the normal way.\n",
        expect![[r#"
            single file-name "Distilling the Knowledge in a Neural Network" by - | header 1:1-1:25
              novelty "Contributions ```C```:" h1 @1:3
              method "Contributions ```C```:" h1 inferred @1:3
              takeaways "Takeaways" h1 @4:3
        "#]],
    );
}

/// A heading linking the paper with a space before the address (`##
/// [Learning Phrase Representations …] (http://arxiv.org/abs/1406.1078)`):
/// markdown shows no link, but the title is the bracket's words.
#[test]
fn a_title_link_broken_by_a_space() {
    check(
        "notes/rnn_encode_decode.md",
        "## [Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation] (http://arxiv.org/abs/1406.1078)\r\n\r\nTLDR; Encoding and decoding are separate RNNs 🔁.\r\n\r\n### Detailed Notes:\r\n\r\n- 인코더는 가변 길이 입력을 고정 길이 벡터로 바꾼다.\r\n\r\n- The encoder maps a variable-length input to a fixed-length vector, and the decoder maps that vector back to a variable-length output.\r\n\r\n- The objective is to maximise the log probability of the target sequence given the input sequence, over pairs of phrases.\r\n",
        expect![[r#"
            single heading "Learning Phrase Representations using RNN Encoder-Decoder for Statistical Machine Translation" by - | header 1:5-1:98
              method "Detailed Notes:" h3 inferred @5:5
        "#]],
    );
}

/// Obsidian Dataview's fields (`Zotero Link:: [Zotero](zotero://…)`,
/// `Read:: …`) are a key and its value: no `Name: Title` review, and the
/// heading over them is the title.
#[test]
fn dataview_fields_are_no_reviews() {
    check(
        "content/LiteratureNotes/@petterIntegratingModelsInterval2018.md",
        "\n# Integrating Models of Interval Timing and Reinforcement Learning\nRead:: - [ ] Petter et al. (2018) - Integrating Models of Interval Timing and Reinforcement Learning 🛫2023-12-04\nZotero Link:: [Zotero](zotero://select/library/items/7VW6FFUL) \nReading Note::\nWeb Rip::\nurl:: https://www.sciencedirect.com/science/article/pii/S1364661318301931\n\n# Extracted Annotations and Comments\n\n> 모델 기반 시스템은 '언제 무엇이 일어나는지'를 배운다.\n",
        expect![[r#"
            single heading "Integrating Models of Interval Timing and Reinforcement Learning" by - | header 2:3-2:67
              takeaways "Extracted Annotations and Comments" h1 @9:3
        "#]],
    );
    // (A full-width colon after a name is read as one character: `Relative
    // Work：(…)` is no Dataview field.)
    check(
        "notes/cvpr/hornet.md",
        "# HorNet: Efficient High-Order Spatial Interactions with Recursive Gated Convolutions\n\nRelative Work：(这里可以看作一个review看)\n\n## Method\n\n递归门控卷积 🌀。\n",
        expect![[r#"
            single heading "HorNet: Efficient High-Order Spatial Interactions with Recursive Gated Convolutions" by - | header 1:3-1:86
              method "Method" h2 @5:4
        "#]],
    );
}

/// What the note is after a dash (`# Model Cards for Model Reporting —
/// Summary Notes`) says it is on that paper: with one part written, a
/// review.
#[test]
fn summary_notes_after_a_dash_say_a_review() {
    check(
        "governance_docs/model_cards_summary.md",
        "# Model Cards for Model Reporting — Summary Notes\n\n## 1. Purpose of Model Cards\nModel cards document trained models to improve transparency 📋.\n\n## 6. Key Takeaway\n> 모델 카드는 투명성을 위한 도구다.\n",
        expect![[r#"
            single heading "Model Cards for Model Reporting" by - | header 1:3-1:34
              purpose "1. Purpose of Model Cards" h2 @3:4
              takeaways "6. Key Takeaway" h2 @6:4
        "#]],
    );
}

/// `Core Problem Addressed`: the chief problem, taken on — the purpose.
#[test]
fn the_core_problem_addressed() {
    check(
        "papers/01_Attention_Is_All_You_Need/summary.md",
        "# Attention Is All You Need — Summary\n\n## Core Problem Addressed\n\nRNN은 순차적이라 병렬화가 어렵다 🐢.\n\n## Key Idea\n\nSelf-attention only.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "Core Problem Addressed" h2 @3:4
              method "Key Idea" h2 @7:4
        "#]],
    );
}

/// A Spanish template's blank left as the heading (`# 📄 Título del
/// paper`) is no title; the note's file, named by its paper's citation key
/// (`Aldeia2025.md`), names it, not the topic's folder it sits alone in.
#[test]
fn a_spanish_templates_blank_title_and_a_citation_key() {
    check(
        "literature/reading_notes/Estado del arte/Aldeia2025.md",
        "# 📄 Título del paper\n**Año: 2025 / Conferencia: GECCO '25**\n\n## 🧩 Contexto\n- La regresión simbólica es difícil de evaluar 🤔.\n\n## 🎯 Objetivo\n- Proponer un benchmark estandarizado.\n",
        expect![[r#"
            single file-name "Aldeia2025" by - | header 1:1-1:21
              purpose "🧩 Contexto" h2 @4:4
              purpose "🎯 Objetivo" h2 @7:4
        "#]],
    );
}

/// A paper's field holding its reference in the ACM style (`*Paper:*
/// [Daniel Firestone, …, and Albert Greenberg. 2018. Azure accelerated
/// networking: SmartNICs in the public cloud. In Proceedings of …](…)`):
/// the title in it, the year kept.
#[test]
fn a_field_holding_an_acm_reference() {
    check(
        "papers/firestone2018smartnic.md",
        "# Azure Accelerated Networking: SmartNICs in the Public Cloud\r\n\r\n*Paper:* [Daniel Firestone, Andrew Putnam, Sambhrama Mundkur, Derek Chiou, and Albert Greenberg. 2018. Azure accelerated networking: SmartNICs in the public cloud. In Proceedings of the 15th USENIX Conference on Networked Systems Design and Implementation (NSDI'18). USENIX Association, USA, 51–64.](https://dl.acm.org/doi/10.5555/3307441.3307446)\r\n\r\nAccelNet은 FPGA 기반 SmartNIC으로 호스트 네트워킹을 하드웨어에 맡긴다 ⚡.\r\n\r\n## Design\r\n\r\nThe SmartNIC runs the virtual switch's flow tables.\r\n",
        expect![[r#"
            single field "Azure accelerated networking: SmartNICs in the public cloud" year=2018 by - | header 3:104-3:163
              method "Design" h2 @7:4
        "#]],
    );
}

/// A keycap emoji numbering the title (`# 1️⃣ Deep learning`) is no part
/// of it, nor of a part's label (`## 2️⃣ Introduction`).
#[test]
fn keycap_emoji_numbering_a_title() {
    check(
        "week1/[진영] Sequence to Sequence Learning with Neural Networks.md",
        "# 1️⃣ Sequence to Sequence Learning with Neural Networks\n\n## 2️⃣ Introduction\n\nDNN은 가변 길이 시퀀스를 다루지 못한다 🔁.\n\n## 3️⃣ Model\n\nTwo LSTMs, one reading the input and one writing the output.\n",
        expect![[r#"
            single heading "Sequence to Sequence Learning with Neural Networks" by - | header 1:7-1:57
              purpose "2\u{fe0f}\u{20e3} Introduction" h2 @3:4
              method "3\u{fe0f}\u{20e3} Model" h2 @7:4
        "#]],
    );
}

/// Notes named so after a colon (`# Networking Named Content: Detailed
/// Notes`) are no part of the title; a subtitle with an article (`… : A
/// Summary`) is.
#[test]
fn notes_named_after_a_colon() {
    check(
        "paper-notes/ccn_jacobson.md",
        "# Networking Named Content: Detailed Notes\n\n## Motivation\n\n사람들은 호스트가 아니라 콘텐츠를 원한다 📦.\n\n## Design\n\nNames are hierarchical and routed like IP prefixes.\n",
        expect![[r#"
            single heading "Networking Named Content" by - | header 1:3-1:27
              purpose "Motivation" h2 @3:4
              method "Design" h2 @7:4
        "#]],
    );
    check(
        "paper-notes/data-to-text.md",
        "# Data-to-Text Generation: A Summary\n\n## Motivation\n\n표를 문장으로 바꾸는 연구를 정리한다 📊.\n\n## Method\n\nA content plan, then a decoder.\n",
        expect![[r#"
            single heading "Data-to-Text Generation: A Summary" by - | header 1:3-1:37
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
}

/// A day's digest of papers (`# 📚 일일 논문 다이제스트 — 2026-04-18`), a
/// list of papers still to read (`List_to_read.md`) and the plan of the
/// writer's own project (`# Reproducing CURL Project plan`) are no reviews.
#[test]
fn digests_lists_to_read_and_project_plans() {
    check(
        "papers/2026-04-18.md",
        "# 📚 일일 논문 다이제스트 — 2026-04-18 (KST)\n\n**수집 저널 수**: 8개 · **논문 수**: 31편\n\n## Nature\n\n### Motivation\n\n단백질 구조 예측의 새 방법.\n\n### Method\n\nA diffusion model over residues.\n\n### Results\n\nBetter than AlphaFold on CASP15.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "List_to_read.md",
        "### Interesting Keywords\n_LLM continual learning, Vocabulary Expansion_\n\n[2024.07.03]\nDirect Preference Optimization: Your Language Model is Secretly a Reward Model (https://arxiv.org/abs/2305.18290)\n\n**Motivation**: 어휘 확장 📚.\n\n**Method**: DPO.\n\n**Results**: better win rates.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "README.md",
        "# Reproducing CURL Project plan\n\n## Motivation\n\nCURL은 대조 학습으로 픽셀 기반 강화학습을 돕는다 🎮.\n\n## Method\n\nWe will reimplement the contrastive encoder.\n\n## Experiments\n\nDeepMind Control Suite, 100k steps.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's template with its form at the top (`**Student Name**: [Your
/// Full Name]`) holds no `Name: Title` review; left with its blanks
/// (`[Your first paragraph here - …]`) under the paper's title and
/// citation, it is no review either.
#[test]
fn a_course_template_left_blank() {
    check(
        "paper-summaries/assignment-2/submission/daryl-nelson.md",
        "# Neural Machine Translation with Subword Units - Paper Summary\r\n\r\n**Student Name**: [Your Full Name]  \r\n**Student ID**: [Your ID]  \r\n**Assignment**: Paper Summary 2  \r\n\r\n## Citation\r\nSennrich, R., Haddow, B., & Birch, A. (2016). Neural machine translation of rare words with subword units. *Proceedings of the 54th Annual Meeting of the ACL*, 1715-1725.\r\n\r\n## Summary\r\n\r\n### What is most interesting in the paper?\r\n[Your first paragraph here - discuss BPE innovation, technical significance, impact on NLP field 🧩]\r\n\r\n### What could the paper have done better?\r\n[Your second paragraph here - discuss limitations, experimental design, clarity issues]\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-summaries/assignment-3/submission/daryl-nelson.md",
        "# Class-Based n-gram Models of Natural Language - Paper Summary\n\n**Student Name**: [Your Full Name]  \n**Student ID**: [Your ID]  \n**Date**: [Submission Date]  \n**Word Count**: [Your word count]\n\n## Citation\nBrown, P. F., deSouza, P. V., Mercer, R. L., Della Pietra, V. J., & Lai, J. C. (1992). Class-based n-gram models of natural language. *Computational Linguistics*, 18(4), 467-479.\n\n## Summary\n\n### What is most interesting in the paper?\n클래스 기반 모델이 희소성 문제를 줄인다는 점이 흥미롭다 📚. Even though perplexity is slightly worse, the approach reduces the number of parameters and covers unseen words.\n",
        expect![[r#"
            single heading "Class-Based n-gram Models of Natural Language" by - | header 1:3-1:48
              summary "Summary" h2 @11:4
        "#]],
    );
}

/// A model's name in the reader's words as the post's title (`title: VGG
/// 网络`) over the paper's link alone, first in the note: the link's text.
#[test]
fn a_short_cjk_title_over_the_papers_link() {
    check(
        "docs/ref_and_notes/vgg.md",
        "---\ntitle: VGG 网络\nkeywords: VGG\ndate: 2025-03-05\n---\n\n[Very Deep Convolutional Networks for Large-Scale Image Recognition](https://arxiv.org/abs/1409.1556)\n\n## 网络结构\n\n堆叠 3x3 卷积 🧱。\n\n## 实验\n\nILSVRC-2014 第二名。\n",
        expect![[r#"
            single field "Very Deep Convolutional Networks for Large-Scale Image Recognition" by - | header 7:2-7:68
              method "网络结构" h2 @9:4
              experiment "实验" h2 @13:4
        "#]],
    );
}

/// A title set in colour with inline HTML, as a Zotero export writes it
/// (`# <span style="color: #6495ED"><span …>Image neural style transfer: A
/// review</span></span>`), is the words inside; a publisher's page title
/// after a bar (`… | Proceedings of the 2011 SIGGRAPH Asia Conference`)
/// gives the venue and year.
#[test]
fn a_title_styled_with_inline_html_and_a_proceedings_tail() {
    check(
        "Papers_Notes/Image-neural-style-transfer--A-review-L655E6MQ.md",
        "---\r\nparent: 'Image neural style transfer: A review'\r\nitemKey: L655E6MQ\r\n---\r\n# <span style=\"color: #6495ED\"><span style=\"background-color: #fff8e1\">Image neural style transfer: A review</span></span>\r\n\r\n期刊：Computers and Electrical Engineering\\\r\nDOI：[10.1016/j.compeleceng.2023.108723](https://doi.org/10.1016/j.compeleceng.2023.108723)\r\n\r\n# 🖊 摘要\r\n\r\n介绍了两种不同的实现风格迁移的方法 🎨，并详细介绍了各子分类的算法与应用，是一篇很好的了解风格迁移算法分类与发展的综述文章。\r\n",
        expect![[r#"
            single heading "Image neural style transfer: A review" by - | header 5:72-5:109
              summary "🖊 摘要" h1 @10:3
        "#]],
    );
    check(
        "Papers_Notes/Image-smoothing-via-L0-gradient-minimization-N2AX87HE.md",
        "# <span style=\"color: #6495ED\">Image smoothing via L0 gradient minimization | Proceedings of the 2011 SIGGRAPH Asia Conference</span>\n\nDOI：[10.1145/2024156.2024208](https://doi.org/10.1145/2024156.2024208)\n\n# 💡创新点\n\n用 L0 梯度最小化来平滑图像 🖼️。\n\n# 方法\n\n交替优化。\n",
        expect![[r#"
            single heading "Image smoothing via L0 gradient minimization" venue="Proceedings of the SIGGRAPH Asia Conference" year=2011 by - | header 1:32-1:76
              novelty "💡创新点" h1 @5:3
              method "方法" h1 @9:3
        "#]],
    );
}

/// A paper's title, then what the note is in Korean after a colon (`#
/// 📘 Denoising Diffusion Probabilistic Models: 논문 구조 기반 심화 요약`):
/// the title, and a sign of a review, not a summary part. (`Soft
/// Actor-Critic: off-Policy … Actor 논문 리뷰 및 설명` keeps its words after
/// the colon: they are the title's.)
#[test]
fn what_the_note_is_in_korean_after_a_colon() {
    check(
        "ai_notes/ddpm_paper_study.md",
        "# 📘 Denoising Diffusion Probabilistic Models: 논문 구조 기반 심화 요약\n\n## 1. Introduction\n\n- **새로운 제안**: diffusion 모델이 높은 품질의 이미지를 만든다 🌫️.\n\n## 3. Method\n\n- **핵심 아이디어**: 노이즈 ε을 예측한다.\n",
        expect![[r#"
            single heading "Denoising Diffusion Probabilistic Models" by - | header 1:5-1:45
              purpose "1. Introduction" h2 @3:4
              method "3. Method" h2 @7:4
              method "핵심 아이디어" bold @9:5
        "#]],
    );
}

/// A label set small (`# <small> Gradient descent variants: </small>`) is
/// a label over what follows, no title.
#[test]
fn a_label_in_a_styling_tag_is_no_title() {
    check(
        "papers/2017_Overview_of_gradient_descent.md",
        "# <small> Gradient descent variants: </small>\n\nBatch gradient descent computes the gradient of the cost function for the entire training set 📉.\n\n# <small> Challenges </small>\n\n학습률을 고르기 어렵다.\n",
        expect![[r#"
            single file-name "Overview of gradient descent" by - | header 1:1-1:46
              purpose "<small> Challenges </small>" h1 @5:3
        "#]],
    );
}

/// A title field after a task's box (`- [x]  论文：Progressive Growing of
/// GANs …`) under a post titled in Chinese: the field's title.
#[test]
fn a_title_field_after_a_task_box() {
    check(
        "paper_notes/用于改善质量、稳定性和多样性的可增长式GAN.md",
        "---\ntitle: 用于改善质量、稳定性和多样性的可增长式GAN\ntags: GANs,NVIDIA\n---\n![real or fake ?][1]\n\n## 来源\n\n- [x]  论文：Progressive Growing of GANs for Improved Quality, Stability, and Variation\n- [x]  链接：http://research.nvidia.com/publication/2017-10_Progressive-Growing-of\n\n## 摘要\n\n逐步增加生成器和判别器的分辨率 📈，训练更稳定也更快。\n\n## 方法\n\n从 4x4 开始，逐层加入新的层。\n",
        expect![[r#"
            single field "Progressive Growing of GANs for Improved Quality, Stability, and Variation" by - | header 9:11-9:85
              summary "摘要" h2 @12:4
              method "方法" h2 @16:4
        "#]],
    );
}

/// A README whose table lists papers with a column for their reviews (`|
/// 발행일 | 제목 | 리뷰 | 구현 |`) is an index, one row or many: no title
/// from its title column, no review.
#[test]
fn an_index_table_with_a_review_column() {
    check(
        "Paper/README.md",
        "# 📗 Paper\n\n추천 시스템 논문을 읽고 리뷰하며 구현하는 공간입니다.\n\n## 📖 논문 목록\n\n| 발행일 | 제목 | 리뷰 | 구현 |\n|:---:|:---:|:---:|:---:|\n| 2019.08 | [Finding Users Who Act Alike : Transfer Learning for Expanding Advertiser Audiences](https://example.org/kdd2019.pdf) | [Notion](https://example.org/review) | [바로가기](./Finding%20Users) |\n\n## 앞으로 읽을 논문 리스트\n\n#### 딥러닝의 기본 구조\n\n1. **AlexNet**:\n    - *ImageNet Classification with Deep Convolutional Neural Networks* (Krizhevsky et al., 2012)\n    - CNN 붐의 시작을 알린 논문.\n\n2. **ResNet**:\n    - *Deep Residual Learning for Image Recognition* (He et al., 2015)\n    - 모델의 깊이를 크게 늘린 혁신적 구조.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A README in a folder named by a model (`01_AlexNet/README.md`,
/// `ResNet/README.md`) is that model's paper's note when it opens with its
/// summary (`# 개요`) or is titled as a paper is; a folder named for a
/// topic in camel case (`RobotLearning/`) whose README opens with a table
/// of algorithms is not.
#[test]
fn a_readme_in_a_folder_named_by_a_model() {
    check(
        "Model/01_AlexNet/README.md",
        "# 개요\n## Overall architecture\n- 딥러닝의 시대를 열었음 🚀\n- 8 layers: 5 convolutional layers and 3 fully connected layers\n- ReLU, 두 개의 GPU, LRN, overlapping pooling\n\n## Reducing overfitting\n- data augmentation과 dropout\n",
        expect![[r#"
            single folder "AlexNet" by - | header 1:1-1:5
              summary "개요" h1 @1:3
              method "Overall architecture" h2 @2:4
        "#]],
    );
    check(
        "NC_team_study/ResNet/README.md",
        "# Deep Residual Learning for Image Recognition\r\n\r\n## Abstract\r\n\r\n깊은 신경망은 학습이 어렵다 🧱. Residual learning framework eases the training of networks substantially deeper than those used before.\r\n\r\n## Residual Block\r\n\r\nF(x) + x, with identity shortcuts.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              summary "Abstract" h2 @3:4
        "#]],
    );
    check(
        "readpaper/RobotLearning/README.md",
        "### 算法\n\n| 算法名 | 一句话描述 | 分类 |\n| --- | --- | --- |\n| ACT | 一次预测接下来 k 个时间步的动作 🤖 | IL |\n| DrQ | 对视觉观测做随机 shift 增强 | online RL |\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A file named as paper notes (`LDM_paper_study.md`) in a folder of the
/// writer's own projects is a paper's note; a bare `paper.md` there may be
/// the writer's own paper.
#[test]
fn a_file_named_as_paper_notes_in_a_projects_folder() {
    let note = "# 📘 Consistency Models 요약\r\n\r\n## 1. Introduction\r\n\r\n### 문제의식\r\n- 샘플링이 느리다 🐢\r\n\r\n## 3. Method\r\n- 한 번에 노이즈를 데이터로 보낸다.\r\n\r\n## 4. Experiments\r\n- CIFAR-10 FID 3.55\r\n";
    check(
        "ai_projects/cm_paper_study.md",
        note,
        expect![[r#"
            single heading "Consistency Models" by - | header 1:5-1:23
              purpose "1. Introduction" h2 @3:4
              purpose "문제의식" h3 @5:5
              method "3. Method" h2 @8:4
              experiment "4. Experiments" h2 @11:4
        "#]],
    );
    check(
        "ai_projects/paper.md",
        note,
        expect![[r#"
            not a review
        "#]],
    );
    // A name of two capitalised words before `요약` is the title; a part's
    // words before it name that part's summary.
    check(
        "paper-notes/swin-transformer.md",
        "## Model Architecture 요약\n- 윈도우를 한 칸씩 옮긴다 🪟\n\n## Results\n- ImageNet 87.3%\n",
        expect![[r#"
            single file-name "swin transformer" by - | header 1:1-1:25
              method "Model Architecture 요약" h2 @1:4
              experiment "Results" h2 @4:4
        "#]],
    );
}

/// A whole title below a short heading, with a GB/T 7714 reference's tail
/// after it (`… Stochastic Actor. [C]//PMLR. Haarnoja, T., … 2018`) or in
/// an HTML table's cell (`<td>TACOTRON: …</td>`): the title alone, the
/// year kept.
#[test]
fn a_whole_title_with_a_reference_or_a_cell_around_it() {
    check(
        "notes/rl/7.md",
        "#  Soft Actor-Critic\r\n\r\nSoft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor. [C]//PMLR. Haarnoja, T., Zhou, A., Abbeel, P., & Levine, S. 2018\r\n\r\n## 1 背景\r\n\r\n样本效率低 😵\r\n\r\n## 2 方法\r\n\r\n最大熵目标。\r\n\r\n## 3 实验\r\n\r\nMuJoCo 上更好。\r\n",
        expect![[r#"
            single field "Soft Actor-Critic: Off-Policy Maximum Entropy Deep Reinforcement Learning with a Stochastic Actor" year=2018 by - | header 3:1-3:98
              purpose "1 背景" h2 @5:4
              method "2 方法" h2 @9:4
              experiment "3 实验" h2 @13:4
        "#]],
    );
    check(
        "tts-papers/papers/Tacotron.md",
        "# Tacotron\n\n## 요약\n\n<table>\n    <tr>\n        <th>출처</th>\n        <td>TACOTRON: TOWARDS END-TO-END SPEECH SYNTHESIS</td>\n    </tr>\n</table>\n\n## Model Architecture\n\nencoder와 attention 기반 decoder 🎙️\n\n## Experiments\n\nMOS 3.82\n",
        expect![[r#"
            single heading "TACOTRON: TOWARDS END-TO-END SPEECH SYNTHESIS" by - | header 1:3-1:11
              summary "요약" h2 @3:4
              method "Model Architecture" h2 @12:4
              experiment "Experiments" h2 @16:4
        "#]],
    );
}

/// A note that cites its paper in APA's style near its top, under a short
/// heading, is titled by the reference (as under `## Citation` below the
/// writer's own headline, in `a_title_sheet_a_numbered_critique_and_usage_as_a_finding`);
/// a list of references further down is not.
#[test]
fn a_paper_cited_in_apa_style_near_the_top() {
    check(
        "recsys/sequential/narm-2017.md",
        "# NARM(2017) 🛒\r\n\r\n[paper](https://example.org/narm.pdf)\r\n\r\nLi, J., Ren, P., Chen, Z., & Ma, J. (2017, November). Neural attentive session-based recommendation. In _Proceedings of CIKM_ (pp. 1419-1428).\r\n\r\n## 1 문제\r\n\r\n세션만으로 추천해야 한다.\r\n\r\n## 2 방법\r\n\r\nGRU 인코더와 attention.\r\n\r\n## 3 실험\r\n\r\nYOOCHOOSE에서 Recall@20.\r\n",
        expect![[r#"
            single field "Neural attentive session-based recommendation" year=2017 by - | header 5:55-5:100
              purpose "1 문제" h2 @7:4
              method "2 방법" h2 @11:4
              experiment "3 실험" h2 @15:4
        "#]],
    );
    // The short name as the heading spells it, before the reference's
    // colon.
    check(
        "recsys/graph/lightgcn-2020.md",
        "# LightGCN(2020)(작성중)\n\nHe, X., Deng, K., & Wang, M. (2020, July). Lightgcn: Simplifying and powering graph convolution network for recommendation. In _Proceedings of SIGIR_ (pp. 639-648).\n\n## 3 METHOD\n\nNGCF에서 특징 변환과 비선형 활성화를 뺐다 ✂️\n",
        expect![[r#"
            single field "LightGCN: Simplifying and powering graph convolution network for recommendation" year=2020 by - | header 3:44-3:123
              method "3 METHOD" h2 @5:4
        "#]],
    );
    // A critique titled by its heading, its references listed below.
    check(
        "lecturas/lectura5.md",
        "# Crítica: Combining Predictions for Accurate Recommender Systems\n\nEl objetivo del texto es combinar varios predictores para mejorar la precisión.\n\nReferencias:\n\nWest, J. (2019). An introduction to deep learning. Medium.\n",
        expect![[r#"
            single heading "Combining Predictions for Accurate Recommender Systems" by - | header 1:12-1:66
        "#]],
    );
}

/// Japanese headings that name a part by `の` (`提案手法のイケてる部分`,
/// the good part of the proposed method) or ask for it with the question
/// particle alone (`どんな実験をしているか`); not a part's limits
/// (`手法の限界`).
#[test]
fn japanese_parts_named_by_no_or_asked_with_ka() {
    check(
        "deep_rl_papers/ddpg.md",
        "# DDPG\r\n\r\n## 区分け\r\n+ model-free\r\n\r\n## 提案手法のイケてる部分\r\n+ actor-critic を深層化した 🤖\r\n\r\n## どんな実験をしているか\r\n+ MuJoCo\r\n+ TORCS\r\n\r\n## 手法の限界\r\n+ サンプル数が多い\r\n\r\n## Discussionのまとめ\r\n安定して学習できた。\r\n",
        expect![[r#"
            single heading "DDPG" by - | header 1:3-1:7
              method "提案手法のイケてる部分" h2 @6:4
              experiment "どんな実験をしているか" h2 @9:4
              summary "Discussionのまとめ" h2 @16:4
        "#]],
    );
}

/// A Marp slide deck on one paper (`marp: true`), each slide titled at the
/// title's level, is one note; a citation count after the venue under its
/// title (`NIPS'18, Citation: 1365`) is no title.
#[test]
fn a_marp_deck_on_one_paper() {
    check(
        "paper_presentation/neural_ode/neural_ode.md",
        "---\r\nmarp: true\r\ntheme: default\r\n---\r\n\r\n# Neural Ordinary Differential Equations\r\n\r\nNIPS'18, Citation: 1365\r\n\r\nRicky T. Q. Chen, Yulia Rubanova, Jesse Bettencourt, David Duvenaud\r\n\r\n---\r\n\r\n# Motivation\r\n\r\n층을 연속으로 보면 메모리가 준다 🧠\r\n\r\n---\r\n\r\n# Instantaneous Change of Variables Theorem\r\n\r\n로그 밀도의 변화는 trace로 쓴다.\r\n\r\n---\r\n\r\n# Continuous Normalizing Flows in Practice\r\n\r\nFFJORD 이전의 구현.\r\n\r\n---\r\n\r\n# Experiments\r\n\r\nMNIST에서 비교.\r\n",
        expect![[r#"
            single heading "Neural Ordinary Differential Equations" by - | header 6:3-6:41
              purpose "Motivation" h1 @14:3
              method "Instantaneous Change of Variables Theorem" h1 inferred @20:3
              experiment "Experiments" h1 @32:3
        "#]],
    );
}

/// A file titled as a literature review, alone (`Revisión de Literatura`),
/// holds several papers' notes, not one paper's: each paper under a heading
/// of its own with its parts below is a review. A review paper's title that
/// ends so is one paper.
#[test]
fn a_literature_review_is_no_one_papers_note() {
    check(
        "docs/scientific_background/01_literature_review.md",
        "# Revisión de Literatura\r\n\r\n## 1) Computer vision approach to air pollution prediction\r\n\r\n### Metodología Utilizada\r\nCNN sobre imágenes 🌫️\r\n\r\n### Hallazgos Clave y Resultados\r\nR² 0.8\r\n\r\n## 2) Low-cost video-based air quality estimation\r\n\r\n### Metodología Utilizada\r\nVideo y modelos de estado.\r\n",
        expect![[r#"
            single heading "Computer vision approach to air pollution prediction" by - | header 3:7-3:59
              method "Metodología Utilizada" h3 @5:5
              experiment "Hallazgos Clave y Resultados" h3 @8:5
            single heading "Low-cost video-based air quality estimation" by - | header 11:7-11:50
              method "Metodología Utilizada" h3 @13:5
        "#]],
    );
    check(
        "papers/dl-remote-sensing.md",
        "# Deep learning in remote sensing: a literature review\n\n## Motivation\n위성 영상이 많다 🛰️\n\n## Method\n200편을 분류했다.\n\n## Results\nCNN이 가장 많다.\n",
        expect![[r#"
            single heading "Deep learning in remote sensing: a literature review" by - | header 1:3-1:55
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

/// A title field in an HTML table: the label's cell on the line above
/// the value's, or both on one line.
#[test]
fn a_title_field_in_an_html_table() {
    check(
        "tts-papers/papers/Tacotron2.md",
        "# Tacotron 2 🎙️\r\n\r\n## 요약\r\n\r\n<table>\r\n    <tr>\r\n        <th>원제</th>\r\n        <td>NATURAL TTS SYNTHESIS BY CONDITIONING WAVENET ON MEL SPECTROGRAM PREDICTIONS</td>\r\n    </tr>\r\n</table>\r\n\r\n## Model Architecture\r\n\r\nmel spectrogram을 예측한다.\r\n\r\n## Experiments\r\n\r\nMOS 4.53\r\n",
        expect![[r#"
            single field "NATURAL TTS SYNTHESIS BY CONDITIONING WAVENET ON MEL SPECTROGRAM PREDICTIONS" by - | header 8:13-8:89
              summary "요약" h2 @3:4
              method "Model Architecture" h2 @12:4
              experiment "Experiments" h2 @16:4
        "#]],
    );
    check(
        "tts-papers/papers/fastspeech.md",
        "# 빠른 TTS 🚀\n\n<table><tr><td>Title</td><td>FastSpeech: Fast, Robust and Controllable Text to Speech</td></tr></table>\n\n## Method\n\n병렬로 mel을 만든다.\n\n## Experiments\n\n270배 빠르다.\n",
        expect![[r#"
            single field "FastSpeech: Fast, Robust and Controllable Text to Speech" by - | header 3:30-3:86
              method "Method" h2 @5:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
}

/// What the note is, in Spanish or Portuguese, before an unquoted title
/// (`Análisis del paper …`, `Resumo do artigo …`).
#[test]
fn a_spanish_or_portuguese_note_word_before_the_title() {
    check(
        "lecturas/lectura3.md",
        "# Análisis del paper Evaluating Recommendation Systems\r\n\r\n## Resumen\r\n\r\nEl paper compara métricas de evaluación offline y online 📊, y propone un protocolo.\r\n\r\n## Metodología\r\n\r\nExperimentos con usuarios.\r\n",
        expect![[r#"
            single heading "Evaluating Recommendation Systems" by - | header 1:22-1:55
              summary "Resumen" h2 @3:4
              method "Metodología" h2 @7:4
        "#]],
    );
}

/// A week's reading under its title field set as a heading, quoted and
/// closed by a full stop (`### Título: "…".`), over its authors as a
/// heading too (`### Autores: …`): one paper, not two.
#[test]
fn a_title_and_authors_set_as_headings() {
    check(
        "Lecturas/Semana 2/Comentarios Lectura 2.md",
        "<div style=\"text-align: justify\">\r\n# Lectura Semana 2\r\n### Título: \"Matrix Factorization Techniques for Recommender Systems\".\r\n### Autores: Yehuda Koren, Robert Bell and Chris Volinsky\r\n------------\r\n\r\n# Resumen\r\nEl documento explica la factorización matricial 🎬 frente al vecino más cercano.\r\n\r\n# Conclusiones\r\nUna técnica simple y precisa.\r\n",
        expect![[r#"
            single field "Matrix Factorization Techniques for Recommender Systems" by - | header 3:14-3:69
              summary "Resumen" h1 @7:3
        "#]],
    );
}

/// A blog's field in parentheses before the post's title and a Korean
/// "close look" after it (`(Speech Recognition) Conformer 톺아보기`): the
/// paper's short name, then its whole title quoted in the opening line.
#[test]
fn a_field_in_parentheses_and_a_close_look_after_the_title() {
    check(
        "_posts/2022-07-28-Conformer.md",
        "---\r\ntitle: (Speech Recognition) Conformer 톺아보기\r\ncategories: [Speech Recognition]\r\n---\r\n💡 구글이 발표한 “Conformer : Convolution-augmented Transformer for Speech Recognition” 논문을 설명한 글이다.\r\n\r\n# 01. 들어가며\r\n\r\nRNN과 transformer를 함께 쓴다.\r\n\r\n# 02. 모델 구조\r\n\r\nconvolution module을 넣는다.\r\n\r\n# 03. 실험\r\n\r\nLibriSpeech WER 2.1%.\r\n",
        expect![[r#"
            single front-matter "Conformer : Convolution-augmented Transformer for Speech Recognition" by - | header 2:29-2:38
              purpose "01. 들어가며" h1 @7:3
              method "02. 모델 구조" h1 @11:3
              experiment "03. 실험" h1 @15:3
        "#]],
    );
    check(
        "_posts/2022-07-21-Wav2Vec.md",
        "---\ntitle: (Speech Recognition) Wav2Vec(1.0) 살펴보기\n---\n\n## 배경 🎧\n\n레이블 없는 음성을 쓴다.\n\n## Model Structure\n\nencoder와 context network.\n",
        expect![[r#"
            single front-matter "Wav2Vec(1.0)" by - | header 2:29-2:41
              purpose "배경 🎧" h2 @5:4
              method "Model Structure" h2 @9:4
        "#]],
    );
}

/// A bare `REVIEW` after a colon set off by spaces, or in capitals, says
/// what the note is (`… : REVIEW`); a review paper's `: A Review` stays.
#[test]
fn a_review_word_after_a_spaced_colon() {
    check(
        "docs/Paper review/Metric Learning for Keyword Spotting.md",
        "---\r\ntitle: \"Metric Learning for Keyword Spotting : REVIEW\"\r\nparent: \"Paper review\"\r\n---\r\n\r\n### ✏ Abstract 🔎\r\n\r\n- **목표** : 미지의 keyword를 거른다.\r\n\r\n### Experiments\r\n\r\nFAR을 낮춘다.\r\n",
        expect![[r#"
            single front-matter "Metric Learning for Keyword Spotting" by - | header 2:9-2:45
              summary "✏ Abstract 🔎" h3 @6:5
              purpose "목표" bold @8:5
              experiment "Experiments" h3 @10:5
        "#]],
    );
    check(
        "notes/agri.md",
        "---\ntitle: \"Deep Learning in Agriculture: A Review\"\n---\n\n## Method\n\n40 papers surveyed.\n",
        expect![[r#"
            single front-matter "Deep Learning in Agriculture: A Review" by - | header 2:9-2:47
              method "Method" h2 @5:4
        "#]],
    );
}

/// What the note is around a paper's name: `논문 읽어보기` after it,
/// `论文笔记之` before it; and the name's whole title on a link labelled
/// as the paper's address (`论文地址：[ HMEAE: … ](…)`).
#[test]
fn what_the_note_is_around_a_paper_s_name() {
    check(
        "YOLOX/YOLOX_review.md",
        "# YOLOX 논문 읽어보기 🚀\r\n\r\n## 배경\r\n\r\nanchor가 필요 없다.\r\n\r\n## Method\r\n\r\ndecoupled head.\r\n\r\n## Experiments\r\n\r\nCOCO에서 50.0 AP.\r\n",
        expect![[r#"
            single heading "YOLOX" by - | header 1:3-1:8
              purpose "배경" h2 @3:4
              method "Method" h2 @7:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
    check(
        "source/_posts/HMEAE.md",
        "---\ntitle: 论文笔记之HMEAE\ntags: [NLP, paper]\n---\n\n论文地址：[ HMEAE: Hierarchical Modular Event Argument Extraction ]( https://www.aclweb.org/anthology/D19-1584.pdf )\n\n### 简介\n\n论元角色之间有层次 🧩。\n\n### 模型\n\n神经模块网络。\n\n### 实验\n\nACE 2005 上 F1 提升。\n",
        expect![[r#"
            single field "HMEAE: Hierarchical Modular Event Argument Extraction" by - | header 6:8-6:61
              purpose "简介" h3 @8:5
              method "模型" h3 @12:5
              experiment "实验" h3 @16:5
        "#]],
    );
}

/// One part of a review written in several posts (`The Google File System
/// - 2`): the paper's title without the part's number.
#[test]
fn one_part_of_a_review_in_several_posts() {
    check(
        "_posts/2020-08-23-paper-review-the-google-file-system-2.md",
        "---\ntitle: (Paper Review) The Google File System - 2\n---\n\n## 6. Measurements 📈\n\n클러스터 처리량을 잰다.\n",
        expect![[r#"
            single front-matter "The Google File System" by - | header 2:23-2:45
              experiment "6. Measurements 📈" h2 @5:4
        "#]],
    );
}

/// A course's reading reflection headed by the paper's citation (`# Kay
/// et al`, `# Wobbrock and Kientz`), its prose on what the authors did: a
/// review, with no part labelled.
#[test]
fn a_reflection_headed_by_its_citation() {
    check(
        "Paper_and_Book_Reflections/Kay et al.md",
        "# Kay et al\r\n\r\nBus riders want realtime arrival predictions 🚌 so that they can decide whether there is time for a coffee before the bus comes.\r\n\r\nAs evidence, the authors conducted a survey of 172 users of a transit app.\r\n\r\nRiders struggle to read the uncertainty of each estimate.\r\n\r\nThe paper then shows how displays of uncertainty change the trust riders place in each estimate and the decisions they make while waiting.\r\n",
        expect![[r#"
            single heading "Kay et al" by - | header 1:3-1:12
        "#]],
    );
    check(
        "Paper_and_Book_Reflections/Wobbrock and Kientz.md",
        "# Wobbrock and Kientz\n\nHCI 연구의 기여를 일곱 가지 유형으로 나눈다: 경험적 연구, 인공물, 방법론, 이론, 데이터셋, 조사, 의견 ✍️.\n\n저자들은 각각을 어떻게 평가해야 하는지 설명한다.\n\n한 연구가 여러 유형의 기여를 함께 가질 수 있다.\n\n이 논문에서 제안하는 분류는 리뷰어가 논문을 평가할 때, 그리고 학생이 자기 연구의 기여를 말할 때 쓸 수 있다. 저자들은 CHI에 실린 논문들을 예로 든다.\n",
        expect![[r#"
            single heading "Wobbrock and Kientz" by - | header 1:3-1:22
        "#]],
    );
    // (Not two names over a text that speaks of no paper.)
    check(
        "Paper_and_Book_Reflections/Hewlett and Packard.md",
        "# Hewlett and Packard\n\nThey started in a garage in Palo Alto and sold their first audio oscillators to Disney for the sound of Fantasia. The garage is now a museum, and the company grew into one of the largest makers of computers and printers in the world, with offices on every continent and a famous management style of walking around.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A repository that implements a paper, its title saying so (`…の実装`)
/// over how to run it: the writer's code, not a review.
#[test]
fn a_title_that_says_the_repository_implements_the_paper() {
    check(
        "Log_Reg-IRL/README.md",
        "# Inverse Reinforcement Learning by Logistic Regressionの実装\r\n\r\n[Inverse Reinforcement Learning by Logistic Regression](https://link.springer.com/article/10.1007/s11063-017-9702-7)は逆強化学習の手法の一つです 🤖．\r\n\r\n# 概要\r\n以下，Log-Reg IRLのアーキテクチャ概要です．\r\n\r\n# Usage\r\n```bash\r\npython main.py\r\n```\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// What the file or the title says the paper is, after its name:
/// `ComPILE_paper.md`, `… Learners (The GPT-3 paper)`.
#[test]
fn the_word_paper_after_a_name() {
    check(
        "papers/ComPILE_paper.md",
        "## Abstract\n\nプログラムの分割を学習する 🧩。\n\n## Method\n\nVAEで区切りを推定する。\n\n## Experiment\n\n迷路で評価。\n",
        expect![[r#"
            single file-name "ComPILE" by - | header 1:1-1:12
              summary "Abstract" h2 @1:4
              method "Method" h2 @5:4
              experiment "Experiment" h2 @9:4
        "#]],
    );
    check(
        "reading-group/gpt3.md",
        "# Language Models are Few-Shot Learners (The GPT-3 paper)\r\n\r\n## Background\r\n\r\nScaling up helps few-shot learning 📈.\r\n\r\n## Method\r\n\r\nA 175B transformer, prompted.\r\n\r\n## Results\r\n\r\nStrong on many benchmarks.\r\n",
        expect![[r#"
            single heading "Language Models are Few-Shot Learners" by - | header 1:3-1:40
              purpose "Background" h2 @3:4
              method "Method" h2 @7:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// A paper's own subsections, numbered in two levels, on the works it
/// revisits (`### 4.2 ANAH 2.0 (Gu et al., 2024)`): no list of papers.
#[test]
fn numbered_subsections_citing_other_works() {
    check(
        "hallulens-llm-hallucination-benchmark/README.md",
        "# HalluLens: LLM Hallucination Benchmark\n\n## 1 Introduction\n\n이 논문은 환각 벤치마크를 소개합니다 🔍.\n\n## 3 Method\n\n외인성 환각을 평가합니다.\n\n## 4 Evaluation\n\n### 4.1 HHEM leaderboard (Vectara, 2024)\n\n요약 과제.\n\n### 4.2 ANAH 2.0 (Gu et al., 2024)\n\n참조가 있는 경우.\n\n### 4.3 FaithEval (Ming et al., 2024)\n\n문맥 충실도.\n",
        expect![[r#"
            single heading "HalluLens: LLM Hallucination Benchmark" by - | header 1:3-1:41
              purpose "1 Introduction" h2 @3:4
              method "3 Method" h2 @7:4
              experiment "4 Evaluation" h2 @11:4
        "#]],
    );
}

/// A prompt that asks a language model to write the notes (`你是一位…专家`,
/// `Bạn là …`), and an awesome list's README that describes its notes'
/// parts: neither is a review.
#[test]
fn a_prompt_for_a_model_and_an_awesome_list() {
    check(
        "awesome-paper-note/note-prompt.md",
        "# 论文阅读笔记 Prompt\n\n你是一位计算机体系结构领域的资深专家 🧠。\n\n请阅读我上传的论文 PDF，按照以下模板输出笔记。\n\n## 问题与动机\n\n这篇论文要解决什么问题？\n\n## 核心方法\n\n详细描述论文提出的方法。\n\n## 实验评估\n\n实验设置、主要结果、结果分析。\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Prompt_Tech/6_survey_paper_prt.md",
        "[ROLE]\r\nBạn là Research Engineer & Paper Reviewer.\r\n\r\n[OBJECTIVE]\r\nPhân tích bài báo tôi cung cấp 📄.\r\n\r\n## Phương pháp\r\n\r\nMô tả phương pháp.\r\n\r\n## Kết quả\r\n\r\nKết quả chính.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "awesome-paper-note/README.md",
        "# Awesome Paper Note\n\n> 计算机体系结构领域论文的深度阅读笔记 📚。\n\n## 简介\n\n本仓库收录论文精读笔记。\n\n## 笔记格式\n\n1. **问题与动机** — 论文要解决的问题及研究背景\n2. **核心方法** — 关键洞察、技术细节\n3. **实验评估** — 实验设置、主要结果\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A note named by its paper's arXiv id alone, an old one of four digits
/// after the dot (`abs/0906.4716.md`): the id names the paper.
#[test]
fn a_note_named_by_an_arxiv_id_alone() {
    check(
        "abs/0906.4716.md",
        "Main idea: Classifying \"X-states\" as a subalgebra of su(4) ⚛️\r\n\r\n* An X-state is a 4x4 Hermitian matrix, zero except on both diagonals.\r\n* It can be drawn on the Fano plane.\r\n\r\n##### Other thoughts:\r\n\r\n* Two qubits plus a phase.\r\n",
        expect![[r#"
            single file-name "0906.4716" by - | header 1:1-1:62
              method "Main idea" line-start @1:1
        "#]],
    );
}

/// A study group's introduction with a part on how to read papers (`##
/// 논문 읽는 방법`), its labels naming a paper's sections in general: a
/// guide, not a review.
#[test]
fn a_part_on_how_to_read_papers() {
    check(
        "FUZZING_LAB/Intro.md",
        "---\ntitle: Intro\nparent: FUZZING_LAB\n---\n\n# Intro\n\n## Fuzzing Lab\n\n- 세 학교가 함께하는 여름방학 스터디 🐛\n\n## 논문 읽는 방법\n\n- 논문은 다섯 가지 section으로 나뉜다.\n  - __Introduction__\n    - 연구의 배경을 설명\n  - __Method__\n    - 제안하는 방법을 설명\n  - __Evaluation__\n    - 실험으로 검증\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A Logseq page titled by its file's name, its colon escaped (`Inner
/// Monologue%3A …`), under a first block of tags (`- #research #paper`)
/// and an outline of bullets.
#[test]
fn logseq_pages() {
    check(
        "pages/Inner Monologue%3A Embodied Reasoning through Planning with Language Models.md",
        "- #research #paper #robotics\n- 基于感知模型的反馈实现闭环控制 🤖\n\t- **方法：** 用成功检测、场景描述和人的回答作为语言反馈，让语言模型在每一步之后重新规划下一步的技能，而不是一次性地生成整个计划。\n\t- 论文在模拟和真实的桌面整理环境以及厨房环境中都做了评估。\n",
        expect![[r#"
            single file-name "Inner Monologue: Embodied Reasoning through Planning with Language Models" by - | header 1:1-1:29
              method "方法" bold @3:6
        "#]],
    );
}

/// What the post is, an emoji and a dash before the title (`Paper Review
/// 📝 - …`): the title after them.
#[test]
fn a_review_prefix_with_an_emoji_before_its_dash() {
    check(
        "_posts/2024-04-23-RAG-For-LLM-Survey.md",
        "---\r\ntitle: \"Paper Review 📝 - Retrieval-Augmented Generation for Large Language Models - A Survey\"\r\n---\r\n\r\n## Niche\r\n\r\nRAG의 연구 지형을 정리한다.\r\n\r\n## Tasks & Evaluation\r\n\r\nQA 벤치마크.\r\n",
        expect![[r#"
            single front-matter "Retrieval-Augmented Generation for Large Language Models - A Survey" by - | header 2:26-2:93
              method "Niche" h2 inferred @5:4
              experiment "Tasks & Evaluation" h2 @9:4
        "#]],
    );
}

/// A README titled as a field's paper notes (`# AI论文阅读笔记`), over a
/// list of its notes and the parts each note has: the collection's.
#[test]
fn a_readme_of_a_field_s_paper_notes() {
    check(
        "paper_reading_notes/readme.md",
        "# AI论文阅读笔记 \n欢迎来到我的AI论文阅读笔记仓库 📚！\n\n## 目录\n\n- [Shadow Alignment: The Ease of Subverting Safely-Aligned Language Models](llm_safety/shadow_alignment.md)\n\n## 阅读方法\n\n1. **前言**: 首先简要描述论文的主题和主要贡献。\n2. **设计方法与实验**: 描述论文中提出的方法和实验设置。\n3. **效果评价**: 描述方法的效果。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A part whose only line is a small heading saying it was left out
/// (`##### 省略`) holds nothing: `empty-section` reads it as empty.
#[test]
fn a_small_heading_saying_the_part_was_left_out() {
    for (content, vacant) in [
        ("##### 省略\n", true),
        ("#### 생략\r\n\r\n", true),
        ("### (omitted)\n", true),
        ("### 概要\nPixelPlayer 🎹 の流れ。\n", false),
        ("#####省略\n", false),
    ] {
        assert_eq!(review_syntax::is_vacant(content), vacant, "{content:?}");
    }
}

/// A reference in APA's style that sets its title in italics and goes on
/// in parentheses (`_Algorithms for graph partitioning: A survey_ (Vol.
/// 3).`): the title is what the emphasis holds.
#[test]
fn an_apa_reference_with_its_title_in_italics() {
    check(
        "vault/Graph Partitioning Survey.md",
        "\r\nFjällström, P. O. (1998). _Algorithms for graph partitioning: A survey_ (Vol. 3). Linköping: University Press.\r\n\r\n# The Problem\r\n\r\n그래프를 p개의 부분으로 나눈다 🧩.\r\n\r\n# Sequential Methods\r\n\r\nKernighan–Lin 방법.\r\n",
        expect![[r#"
            single field "Algorithms for graph partitioning: A survey" by - | header 2:28-2:71
              purpose "The Problem" h1 @4:3
              method "Sequential Methods" h1 @8:3
        "#]],
    );
}

/// A form's label for two of its fields (`* Authors and Affiliation` over
/// `Author: …`) under a heading that links the paper: no title block.
#[test]
fn a_form_label_for_the_authors_under_a_linked_title() {
    check(
        "ICLR/2023/GPTQ/GPTQ.md",
        "## [GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers](https://arxiv.org/pdf/2210.17323)\n\n* Authors and Affiliation\nAuthor: Elias Frantar, Saleh Ashkboos, Torsten Hoefler\nAffiliation: IST Austria 🇦🇹\n\n### Motivation and Problem Formulation\n\n* 거대 모델의 추론 비용이 크다.\n\n### Method\n\n* 층별로 양자화한다.\n",
        expect![[r#"
            single heading "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" by - | header 1:5-1:86
              purpose "Motivation and Problem Formulation" h3 @7:5
              method "Method" h3 @11:5
        "#]],
    );
}

/// English parts named by a head word and what it is for or with
/// (`Approach to reduce capacity loss`, `Problems with regular RL
/// algorithms`, `Comparison with earlier methods`), as Spanish and French
/// ones are; a question's word is no part (`What to Transfer`).
#[test]
fn english_parts_named_by_their_head_word() {
    check(
        "paper-notes/capacity_loss.md",
        "# Understanding and Preventing Capacity Loss in Reinforcement Learning\n\n## Problems with regular RL algorithms\n\nTargets keep moving 🎯.\n\n### 1. What to Transfer\n\nFeatures of the penultimate layer.\n\n## Approach to reduce capacity loss\n\nInFeR regresses on random targets.\n\n## Comparison with earlier methods\n\nAtari 57에서 비교.\n",
        expect![[r#"
            single heading "Understanding and Preventing Capacity Loss in Reinforcement Learning" by - | header 1:3-1:71
              purpose "Problems with regular RL algorithms" h2 @3:4
              method "Approach to reduce capacity loss" h2 @11:4
              experiment "Comparison with earlier methods" h2 @15:4
        "#]],
    );
}

/// The title's translation before it in a heading (`光场渲染 Light Field
/// Rendering`, `어텐션 Attention Is All You Need`): the Latin title.
#[test]
fn a_translation_before_the_title() {
    check(
        "Paper-Notes/Image-based Rendering/1996 Light Field Rendering.md",
        "# 光场渲染 Light Field Rendering\r\n\r\n## 1 Introduction\r\n\r\n光场 🌈 是一个四维函数。\r\n\r\n## 2 Method\r\n\r\n用两个平面参数化光线。\r\n",
        expect![[r#"
            single heading "Light Field Rendering" by - | header 1:8-1:29
              purpose "1 Introduction" h2 @3:4
              method "2 Method" h2 @7:4
        "#]],
    );
    check(
        "paper-notes/transformer.md",
        "# 어텐션 Attention Is All You Need\n\n## 배경\n\nRNN은 느리다 😵.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:7-1:32
              purpose "배경" h2 @3:4
        "#]],
    );
}

/// A title under a heading named for it, its translation on the next line
/// after a hard break: the title stops before the other script.
#[test]
fn a_title_under_its_label_over_its_translation() {
    check(
        "Paper_Survey/Exemplar Fine-Tuning.md",
        "# title\nExemplar Fine-Tuning for 3D Human Model Fitting  \n3D人体モデルフィッティングのための模範解答の微調整 🧍\n\n# Abstract\nWe present EFT.\n\n## 手法\nSMPLを当てはめる。\n",
        expect![[r#"
            single field "Exemplar Fine-Tuning for 3D Human Model Fitting" by - | header 2:1-2:48
              summary "Abstract" h1 @5:3
              method "手法" h2 @8:4
        "#]],
    );
}

/// A README whose `## 제목` part asks writers, in a sentence, how to name
/// their notes (`하나의 논문 당 하나의 markdown으로 작성해주세요.`): no title,
/// no review.
#[test]
fn a_request_under_a_title_heading() {
    check(
        "paper-review/README.md",
        "# [Paper Review]\n\n\n## 제목\n\n * 하나의 논문 당 하나의 markdown으로 작성해주세요.\n\n * [제목][학회 , 제 1 저자][키워드 1-3개(comma separated)].md\n\n (ex. [Dynamic Graph CNN][TOG 2019, Wang][graph, point clouds].md)\n\n * Arxiv에만 올라온 논문이라면, 올라온 년도를 같이 적어주세요. (ex. [Arxiv 2020, NAME]) 📄\n\n * 키워드는 나중에 편하게 검색하기 위해, 작성자는 리뷰한 논문을 두고 더 깊은 논의를 이어갈 때 편하도록 꼭 추가해주시기 바랍니다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post's title that cites its paper: the authors, venue and year before
/// it (`Hoffmann et al, ACL 2011. …`), a journal and its issue after it
/// (`… for Sepsis. NEJM May 2017`), or two surnames after a title in
/// sentence case (`…, LoBue and Yates`).
#[test]
fn citations_around_a_post_s_title() {
    check(
        "paper-reviews/_posts/2011-09-28-hoffman-multir.md",
        "---\r\nlayout: post\r\ntitle: Hoffmann et al, ACL 2011. Knowledge-Based Weak Supervision for Information Extraction of Overlapping Relations\r\n---\r\n\r\n## Problem\r\n\r\nDistant supervision 🔗 with overlapping relations.\r\n\r\n## Model\r\n\r\nMULTIR.\r\n",
        expect![[r#"
            single front-matter "Knowledge-Based Weak Supervision for Information Extraction of Overlapping Relations" by - | header 3:34-3:118
              purpose "Problem" h2 @6:4
              method "Model" h2 @10:4
        "#]],
    );
    check(
        "journal-club/_posts/articles/2017-10-25-sepsis.md",
        "---\ntitle: Time to Treatment and Mortality during Mandated Emergency Care for Sepsis. NEJM May 2017\nauthor: 김민지\n---\n\n## Background\n\n뉴욕주의 의무 프로토콜.\n\n## Results\n\n치료가 늦을수록 사망률이 높다 🏥.\n",
        expect![[r#"
            single front-matter "Time to Treatment and Mortality during Mandated Emergency Care for Sepsis" venue="NEJM" year=2017 by 김민지 | header 2:8-2:81
              purpose "Background" h2 @6:4
              experiment "Results" h2 @10:4
        "#]],
    );
    check(
        "paper-reviews/_posts/2011-09-20-textual-entailment.md",
        "---\ntitle: Types of common-sense knowledge needed for recognizing textual entailment, LoBue and Yates\n---\n\n## Motivation\n\nWhat knowledge RTE needs 🤔.\n\n## Results\n\n100 pairs read.\n",
        expect![[r#"
            single front-matter "Types of common-sense knowledge needed for recognizing textual entailment" by - | header 2:8-2:81
              purpose "Motivation" h2 @5:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

/// A note's `### Key ingredients` (or `Key Components`) are what the
/// paper builds: its method. A fix then follows the note's `###` parts.
#[test]
fn key_ingredients_are_the_method() {
    check(
        "paper-notes/md/per.md",
        "## Prioritized Experience Replay\r\n\r\n### Overview\r\n- Uniform replay wastes updates 🔁.\r\n\r\n### Key ingredients\r\n- TD 오차에 비례해 뽑는다.\r\n",
        expect![[r#"
            single heading "Prioritized Experience Replay" by - | header 1:4-1:33
              summary "Overview" h3 @3:5
              method "Key ingredients" h3 @6:5
        "#]],
    );
}

/// A nickname in camel case after the title (`(Grad-StyleSpeech)`), longer
/// than the usual acronym, is cut as one.
#[test]
fn a_camel_case_nickname_after_the_title() {
    check(
        "_posts/논문리뷰/2023-01-27-gss.md",
        "---\ntitle: \"[논문리뷰] Any-speaker Adaptive Text-To-Speech Synthesis with Diffusion Models (Grad-StyleSpeech)\"\n---\n\n## Introduction\n\n새로운 화자의 목소리 🎙️.\n\n## Method\n\n스타일 인코더.\n",
        expect![[r#"
            single front-matter "Any-speaker Adaptive Text-To-Speech Synthesis with Diffusion Models (Grad-StyleSpeech)" by - | header 2:16-2:102
              purpose "Introduction" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// A course's review form with its blank still in the title (`Review for
/// "Paper Title XXX"`): a template, no review.
#[test]
fn a_review_form_with_its_blank_title() {
    check(
        "eecs582.github.io/review_summary.md",
        "**NOTE**: Reviews need not follow this form, but must sum up the paper 📝.\r\n\r\n=====\r\n\r\n## Review for \"Paper Title XXX\"\r\n\r\n[your name] & [date]\r\n\r\n### Motivation & goal\r\n  - What problem is this work addressing?\r\n  - Why is the problem important?\r\n\r\n### Solution\r\n  - Roughly, how does the solution work?\r\n\r\n### Effectiveness\r\n  - What experiments are conducted to evaluate the solution?\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's review form naming its paper in a field (`- Paper Title:
/// …`), with a part headed `## How to Read a Paper` for the questions it
/// answers (category, context …): a review, not a guide to reading.
#[test]
fn a_review_form_with_a_part_on_how_to_read_a_paper() {
    check(
        "Paper-Review/review2.md",
        "## Paper Review 2\r\n\r\n- Reviewer: Sang Oh\r\n- Paper Title: An Analysis of China's \"Great Cannon\"\r\n- Author: Bill Marczak; Nicholas Weaver\r\n\r\n### What problem is this paper solving?\r\n- How the Great Cannon injects traffic 🛰️.\r\n\r\n## How to Read a Paper\r\n\r\n### 1. Category\r\n- A measurement study.\r\n\r\n### 2. Context\r\n- 만리방화벽과의 차이.\r\n",
        expect![[r#"
            single field "An Analysis of China's \"Great Cannon\"" by Sang Oh | header 4:16-4:53
              purpose "What problem is this paper solving?" h3 @7:5
              purpose "2. Context" h3 @15:5
        "#]],
    );
}

/// A Roam page named by its citation key (`title:
/// @amershiGuidelinesHumanAIInteraction2019`) over a field holding the
/// paper's title (`- Title:: …`): the field's title.
#[test]
fn a_citation_key_page_over_its_title_field() {
    check(
        "discourse-graph/sources/@amershiGuidelinesHumanAIInteraction2019.md",
        "---\ntitle: @amershiGuidelinesHumanAIInteraction2019\nauthor: Joel Chan\n---\n\n- Title:: Guidelines for Human-AI Interaction\n- Author(s):: [[Saleema Amershi]], [[Dan Weld]]\n- Abstract:: 18 guidelines for designing AI-infused products 🤝, tested with 49 practitioners over several rounds of evaluation.\n- Method:: a user study with design practitioners\n",
        expect![[r#"
            single field "Guidelines for Human-AI Interaction" by Joel Chan | header 6:11-6:46
              summary "Abstract" line-start @8:3
              method "Method" line-start @9:3
        "#]],
    );
}

/// A title field followed on its line by the next field (`#### 논문제목 :
/// Batch Normalization: … 논문저자 : Sergey Ioffe, …`): the title stops
/// before it.
#[test]
fn a_second_field_on_the_title_s_line() {
    check(
        "DeepLearning_PaperReview/batch-normalization.md",
        "---\r\ndescription: '#Model #BatchNormalization'\r\n---\r\n\r\n# Batch Normalization\r\n\r\n#### 논문제목 : Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift 논문저자 : Sergey Ioffe, Christian Szegedy\r\n\r\n## Introduction\r\n\r\n내부 공변량 변화 📉.\r\n",
        expect![[r#"
            single field "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift" by - | header 7:13-7:105
              purpose "Introduction" h2 @9:4
        "#]],
    );
}

/// A long title that speaks of papers further on (`Can large language
/// models provide useful feedback on research papers …`, its colon lost to
/// the file's name) names one paper, not a list of them.
#[test]
fn a_long_title_that_speaks_of_papers() {
    check(
        "notes_to_github/Can large language models provide useful feedback on research papers A large-scale empirical analysis.md",
        "**Paper URL:** [arXiv](https://arxiv.org/abs/2310.01783)\n\n\n## Abstract\nGPT-4 が論文にフィードバックを返せるかを検証する 📝。\n\n## Key Points\n- 人間の査読との重なりを測る。\n",
        expect![[r#"
            single file-name "Can large language models provide useful feedback on research papers A large-scale empirical analysis" by - | header 1:1-1:57
              summary "Abstract" h2 @4:4
              summary "Key Points" h2 @7:4
        "#]],
    );
}

/// A tracker of papers to read (`- [ ] [Stochastic Optimization for …](…)`)
/// and a page of materials gathered on a topic (`LLM Agent资料收集`) are no
/// reviews.
#[test]
fn a_to_read_tracker_and_a_topic_s_materials() {
    check(
        "my-understanding-of-ML-Theory/2024.md",
        "*Just a place to track my theory progress 📚.*\r\n\r\n26.08.24-31.08.24\r\n- [ ] [A class of Wasserstein metrics for probability distributions](https://projecteuclid.org/journals/michigan-mathematical-journal/volume-31/issue-2/A-class-of-Wasserstein-metrics-for-probability-distributions/10.1307/mmj/1029003026.full)\r\n- [ ] (Re)start (1), (2), (3).\r\n\r\n02.09.24-08.09.24\r\n- [ ] [Stochastic Optimization for Large-scale Optimal Transport](https://arxiv.org/pdf/1605.08527)\r\n- [x] [Stochastic Optimization for Regularized Wasserstein Estimators](https://arxiv.org/pdf/2002.08695)\r\n\r\n\r\n0. Book & Exercises \"Statistical OT\"\r\n1. Beck's \"First Order Methods in Optimization\"\r\n2. Theory from \"Foundations of Machine Learning\" Mehryar Mohri, Afshin Rostamizadeh, and Ameet Talwalkar\r\n3. Chaps 1-5 \"Probability Theory and Examples\" by Rick Durrett\r\n4. Bach's \"Learning Theory from First Principles\"",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "posts/study/paper/agent/index.md",
        "---\ntitle: LLM Agent资料收集\npublished: 2026-01-21\ntags: [LLM, Agent]\ncategory: '论文或资源整理'\n---\n\n# Agent 综述\n- [2025] Huang, Y., Li, S., ... & Fung, Y. R. (2025). <a href=\"https://arxiv.org/pdf/2511.09586\"><i>Environment Scaling for Interactive Agentic Experience Collection: A Survey</i></a>. arXiv preprint arXiv:2511.09586.\n本文从以环境为中心的视角综述了智能体的方法 🤖。\n- [2025] Cemri, M., Pan, M. Z., ... & Stoica, I. (2025). <a href=\"https://arxiv.org/pdf/2503.13657\"><i>Why do multi-agent llm systems fail?</i></a>. arXiv preprint arXiv:2503.13657.\n本文系统分析了多智能体系统的失败模式。\n\n# Memory Bank相关\n- [2025] Ouyang, S., Yan, J., ... & Pfister, T. (2025). <a href=\"https://arxiv.org/pdf/2509.25140\"><i>Reasoningbank: Scaling agent self-evolving with reasoning memory</i></a>. arXiv preprint arXiv:2509.25140.\n本文提出 ReasoningBank 记忆框架。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A list item that is a clause with its subject (`Through training /
/// experimentation, they note:`) over what was found is prose, not a
/// label naming the experiments.
#[test]
fn a_list_item_that_is_a_clause_is_no_label() {
    check(
        "paper-notes/2015/december/resnet.md",
        "# [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\r\n\r\nDate: 12/10/2015  \r\n\r\n- The authors are motivated by the degradation problem 📉\r\n    - Deeper plain networks train worse.\r\n- Through training / experimentation, they note:\r\n    - 잔차 함수의 응답은 대체로 작다.\r\n    - Projection shortcuts help little.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:4-1:48
        "#]],
    );
}

/// Japanese `導入` is the introduction, Chinese `问题定位` where the problem
/// lies, and `为什么需要…？` asks why the work is needed: the purpose. A
/// heading of five phrases or more between commas is a list of tags (or a
/// sentence), no part.
#[test]
fn introductions_in_japanese_and_chinese_and_a_heading_of_tags() {
    check(
        "_posts/2020-05-07-yolov4.md",
        "---\r\ntitle: \"YOLOv4: Optimal Speed and Accuracy of Object Detection\"\r\n---\r\n\r\n## 導入\r\n\r\n高速な検出器 🚀。\r\n\r\n## 手法\r\n\r\nBag of freebies。\r\n\r\n## key-words\r\n\r\n##### CV, Detection, RGB_Image, Paper, Implemented, 実験\r\n",
        expect![[r#"
            single front-matter "YOLOv4: Optimal Speed and Accuracy of Object Detection" by - | header 2:9-2:63
              purpose "導入" h2 @5:4
              method "手法" h2 @9:4
        "#]],
    );
    check(
        "paper-notes/docs/papers/biot.md",
        "# BIOT: Cross-data Biosignal Learning in the Wild\n\n## 1.1 问题定位\n\n脑电数据格式各异 🧠。\n\n## 1.2 方法\n\n统一的分词。\n",
        expect![[r#"
            single heading "BIOT: Cross-data Biosignal Learning in the Wild" by - | header 1:3-1:50
              purpose "1.1 问题定位" h2 @3:4
              method "1.2 方法" h2 @7:4
        "#]],
    );
    check(
        "papers/agent0/README.md",
        "# Agent0: Unleashing Self-Evolving Agents from Zero Data\n\n## 一、为什么需要一个不依赖人的 AI？\n\n人工数据太贵 💸。\n\n## 二、方法\n\n两个智能体互相出题。\n",
        expect![[r#"
            single heading "Agent0: Unleashing Self-Evolving Agents from Zero Data" by - | header 1:3-1:57
              purpose "一、为什么需要一个不依赖人的 AI？" h2 @3:4
              method "二、方法" h2 @7:4
        "#]],
    );
}

/// A reading form's questions: `What is the problem being solved?` asks
/// for the purpose (not how it was solved), `What is unique about the
/// suggested solution?` for the method; Korean `연구 질문` is the research
/// question. A file of the order to read a field's papers in (`Diffusion
/// 논문 공부순서`) is no review.
#[test]
fn a_reading_form_s_questions_and_a_reading_order() {
    check(
        "Paper-review-/4_architecture/ANNs/Tpu/review.md",
        "---\ntitle: \"In-Datacenter Performance Analysis of a Tensor Processing Unit\"\n---\n\n# 1. What is the problem being solved?\n\n추론 부하가 너무 크다 🔥.\n\n# 2. What is unique about the suggested solution?\n\nA systolic array.\n\n# 3. How is the idea evaluated?\n\nSix production workloads.\n",
        expect![[r#"
            single front-matter "In-Datacenter Performance Analysis of a Tensor Processing Unit" by - | header 2:9-2:71
              purpose "1. What is the problem being solved?" h1 @5:3
              method "2. What is unique about the suggested solution?" h1 @9:3
              experiment "3. How is the idea evaluated?" h1 @13:3
        "#]],
    );
    check(
        "DeFi-paper-review/PMA-논문/Sereum/내용 정리.md",
        "# Sereum: Protecting Existing Smart Contracts Against Re-Entrancy Attacks\r\n\r\n## 연구 질문\r\n\r\n재진입 공격을 런타임에 막을 수 있는가? 🛡️\r\n\r\n## 방법\r\n\r\n오염 추적.\r\n",
        expect![[r#"
            single heading "Sereum: Protecting Existing Smart Contracts Against Re-Entrancy Attacks" by - | header 1:3-1:74
              purpose "연구 질문" h2 @3:4
              method "방법" h2 @7:4
        "#]],
    );
    check(
        "Paper_Review_KR.io/Diffusion/Diffusion 논문 공부순서.md",
        "# Diffusion\n\n1. DDPM - Denoising Diffusion Probabilistic Models 📄\n2. DDIM - Denoising Diffusion Implicit Models\n3. Improved DDPM\n\n각 논문의 핵심 아이디어를 순서대로 익힌다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// What the note is, then the title behind a spaced dash (`# Paper
/// summary - Batch Normalization: …`), as behind a colon: the title, not a
/// summary part.
#[test]
fn a_note_s_kind_before_a_dash_and_the_title() {
    check(
        "paper-summaries-summer21/1-batchnorm-summary.md",
        "# Paper summary - Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift\r\n\r\n## SGD as the authors found it\r\nStochastic gradient descent updates the weights a minibatch at a time 🧮, a midpoint between computing the gradient on the whole dataset and on one row. The saturation problem of squishing activations implies vanishing gradients.\r\n\r\n### What is _internal covariate shift_ (ICS)\r\nICS is the change in the distribution of activations as the parameters change during training.\r\n\r\n## Reducing ICS\r\n층마다 입력의 평균과 분산을 고정한다.\r\n",
        expect![[r#"
            single heading "Batch Normalization: Accelerating Deep Network Training by Reducing Internal Covariate Shift" by - | header 1:19-1:111
        "#]],
    );
}

/// A bold label whose dash ends its line (`**Approach** –` over its text)
/// labels the part under it, as `**Approach** – …` on one line does.
#[test]
fn a_bold_label_with_a_dash_ending_its_line() {
    check(
        "research-paper-summaries/Prompt_engg/self_consistency.md",
        "## Self-consistency improves CoT reasoning in Language Models, 2023\r\nWang et al\r\n\r\n**Problem** –\r\nGreedy decoding takes one reasoning path 🛤️ and trusts it.\r\n\r\n**Approach** –\r\n여러 추론 경로를 샘플링하고 다수결로 답을 고른다.\r\n\r\n**Results** —\r\nGSM8K accuracy rises by 17.9 points.\r\n",
        expect![[r#"
            single heading "Self-consistency improves CoT reasoning in Language Models" year=2023 by - | header 1:4-1:62
              purpose "Problem" bold @4:3
              method "Approach" bold @7:3
              experiment "Results" bold @10:3
        "#]],
    );
}

/// A few sentences under a title that says they are notes on the paper
/// (`# [ARC: …](…) 论文阅读笔记`) are a short review, not a stub; `论文解析`
/// (the paper analysed) after a title says what the note is too.
#[test]
fn a_short_note_titled_as_notes_on_its_paper() {
    check(
        "paper-reading/体系结构/ARC - A Self-Tuning, Low Overhead Replacement Cache/README.md",
        "# [ARC: A Self-Tuning, Low Overhead Replacement Cache](https://dl.acm.org/citation.cfm?id=1090708) 论文阅读笔记\n\n2层 LRU，并且有 C 个 page entry。L1为命中1次的，L2为命中2次的 🧠。\n\n缓存中的 k 只有部分有 v，即 T1 和 T2（|T1|+|T2|=C），其余只记键。\n\n## Reference\n\n- [知乎](https://zhuanlan.zhihu.com/p/60916764)\n",
        expect![[r#"
            single heading "ARC: A Self-Tuning, Low Overhead Replacement Cache" by - | header 1:4-1:54
        "#]],
    );
    check(
        "paper-notes/content/CNN/group-normalization/paper_notes.md",
        "# Group Normalization 论文解析\r\n\r\n## 1. 动机\r\n\r\nBN 在小批量下误差变大 📉。\r\n\r\n## 2. 方法\r\n\r\n按通道分组归一化。\r\n",
        expect![[r#"
            single heading "Group Normalization" by - | header 1:3-1:22
              purpose "1. 动机" h2 @3:4
              method "2. 方法" h2 @7:4
        "#]],
    );
}

/// Marks around a title or a part's name are read through: an emoji's
/// shortcode (`# :scroll: Long-tail …`), angle brackets set off by spaces
/// (`# < LSGAN : … >`), a highlight (`## ==1. Introduction==`), and a
/// numbered part (`## Part5. 导言`). A link whose text is one letter
/// (`## [g](…)`) names no paper: the file's name does.
#[test]
fn marks_around_titles_and_part_names() {
    check(
        "RecSys-PaperReview/Long-tail Session-based Recommendation.md",
        "`0906`\r\n\r\n# :scroll: Long-tail Session-based Recommendation [Link](https://arxiv.org/pdf/2007.12329.pdf)\r\n\r\n## Introduction\r\n\r\n세션 추천은 인기 아이템에 치우친다 🎯.\r\n\r\n## Method\r\n\r\nA preference mechanism weighs long-tail items.\r\n",
        expect![[r#"
            single heading "Long-tail Session-based Recommendation" by - | header 3:12-3:50
              purpose "Introduction" h2 @5:4
              method "Method" h2 @9:4
        "#]],
    );
    check(
        "Paper_Review/09. LSGAN/LSGAN.md",
        "# < LSGAN : Least Squares Generative Adversarial Networks >\n\n## ==1. Introduction==\n\n기존 GAN의 sigmoid cross entropy는 gradient vanishing을 일으킨다 😵.\n\n## ==3. Method==\n\nDiscriminator에 least squares loss를 쓴다.\n\n## ==4. Experiments==\n\nLSUN 침실 이미지로 평가했다.\n",
        expect![[r#"
            single heading "LSGAN : Least Squares Generative Adversarial Networks" by - | header 1:5-1:58
              purpose "==1. Introduction==" h2 @3:4
              method "==3. Method==" h2 @7:4
              experiment "==4. Experiments==" h2 @11:4
        "#]],
    );
    check(
        "paper-reading-note/notes/004_mae.md",
        "# Masked Autoencoders Are Scalable Vision Learners\n\n## Part5. 导言\n\nCV领域的任务仍然需要大量有标签数据 🏷️。\n\n## Part7. MAE模型\n\n非对称的 encoder-decoder。\n\n## Part8. 实验\n\nImageNet-1K 上微调。\n",
        expect![[r#"
            single heading "Masked Autoencoders Are Scalable Vision Learners" by - | header 1:3-1:51
              purpose "Part5. 导言" h2 @3:4
              method "Part7. MAE模型" h2 inferred @7:4
              experiment "Part8. 实验" h2 @11:4
        "#]],
    );
    check(
        "deeplearning-papernotes/notes/building-machines-that-learn-and-think-like-people.md",
        "## [g](http://arxiv.org/abs/1604.00289)\n\nTLDR; The authors explore the gap between deep learning and human learning 🧒, arguing that natural intelligence is still the best example of intelligence.\n\n#### Key Points\n\n- Humans learn new characters from one example.\n",
        expect![[r#"
            single file-name "building machines that learn and think like people" by - | header 1:1-1:40
              summary "Key Points" h4 @5:6
        "#]],
    );
}

/// A generic title with its date (`논문리뷰 (2026-04-21)`) names no paper:
/// over a draft's `<Write here>` blanks it is no review. Whole names after
/// a spaced dash (`… - Pang Wei Koh, Percy Liang`) are the authors, not the
/// title.
#[test]
fn a_dated_generic_title_and_authors_after_a_dash() {
    check(
        "paper-review-and-tech-news-report/ko/paper-reviews/2026-04-21-a-midbrain-circuit-for-high-fat-food-induced-conditioned-taste-aversion.md",
        "---\r\ntitle: 논문리뷰 (2026-04-21)\r\ndate: 2026-04-21\r\nkind: paper_review\r\n---\r\n# 논문리뷰 (2026-04-21)\r\n\r\n## 5줄 요약\r\n\r\n<Write here>\r\n\r\n## 방법 개요\r\n\r\n<Write here>\r\n\r\n## 결과/한계\r\n\r\n<Write here>\r\n\r\n## 추천 논문\r\n\r\n### Main candidate: A midbrain circuit for high-fat-food induced conditioned taste aversion\r\n- Venue: Nature Communications 🧠\r\n- Why selected: Matched neural keywords: neural circuit, neuron, brain; matched synbio keywords: optogenetic.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "ML_paper_study/XAI/Understanding Black-box Predictions via Influence Functions.md",
        "# Understanding Black-box Predictions via Influence Functions - Pang Wei Koh, Percy Liang\n\n## Abstract\n\n영향 함수로 예측을 학습 데이터까지 거슬러 추적한다 🔍. How would the model's predictions change if a training point were removed?\n",
        expect![[r#"
            single heading "Understanding Black-box Predictions via Influence Functions" by - | header 1:3-1:62
              summary "Abstract" h2 @3:4
        "#]],
    );
}

/// A short name over a list item with the whole title (`# FlowNet` over
/// `- FlowNet: Learning …`) takes the title without the item's marker; a
/// venue glued to its year after the title (`… Environments ICRA2018`) is
/// the venue's.
#[test]
fn a_whole_title_in_a_list_item_and_a_glued_venue() {
    check(
        "CV_paper/Estimation/FlowNet/FlowNet.md",
        "# FlowNet\n- FlowNet: Learning Optical Flow with Convolutional Networks\n- 论文：[ArXiv](https://arxiv.org/abs/1504.06852v2) 🎞️\n\n### 方法\n- 本文是将CNN引入光流估计的开篇之作。\n",
        expect![[r#"
            single field "FlowNet: Learning Optical Flow with Convolutional Networks" by - | header 2:3-2:61
              method "方法" h3 @5:5
        "#]],
    );
    check(
        "paper-notes/dense_mapping/Robust_dense_mapping_barsan2018.md",
        "# Robust Dense Mapping for Large-Scale Dynamic Environments ICRA2018\r\n\r\n## 动机\r\n\r\n动态场景中的物体会破坏重建 🚗。\r\n\r\n## 方法\r\n\r\n双目稠密重建。\r\n",
        expect![[r#"
            single heading "Robust Dense Mapping for Large-Scale Dynamic Environments" venue="ICRA" year=2018 by - | header 1:3-1:60
              purpose "动机" h2 @3:4
              method "方法" h2 @7:4
        "#]],
    );
}

/// Parts asked for as a reader would: a Korean question without its mark
/// (`무슨 문제를 푸나`), the need for the work (`The Need of SANet`), and a
/// template's first question before its list of examples (`What is the
/// author's evaluation of the solution? What logic, argument, evidence, …`).
#[test]
fn parts_asked_for_in_questions_and_the_need_for_the_work() {
    check(
        "robotics-paper-study/manipforce/paper_review.md",
        "# ManipForce — Force-Guided Policy Learning\r\n\r\n## 무슨 문제를 푸나\r\n\r\n정밀 조립은 힘 정보가 필요하다 🤖.\r\n\r\n## 핵심 아이디어\r\n\r\n주파수별로 힘과 영상을 섞는다.\r\n",
        expect![[r#"
            single heading "ManipForce — Force-Guided Policy Learning" by - | header 1:3-1:44
              purpose "무슨 문제를 푸나" h2 @3:4
              method "핵심 아이디어" h2 @7:4
        "#]],
    );
    check(
        "ICCV19-Paper-Review/SANet.md",
        "# SANet: Scene Agnostic Network for Camera Localization\n\n## The Need of SANet\n\nScene-specific models must be retrained for every new scene 🗺️.\n\n#### What is the author’s evaluation of the solution? What logic, argument, evidence, artifacts (e.g., a proof-of-concept system), or experiments are presented in support of the idea?\n\n7-Scenes와 Cambridge에서 측정했다.\n\n#### What are the paper’s contributions (author’s and your opinion)? Ideas, methods, software, experimental results, experimental techniques...?\n\nA scene-agnostic network.\n",
        expect![[r#"
            single heading "SANet: Scene Agnostic Network for Camera Localization" by - | header 1:3-1:56
              purpose "The Need of SANet" h2 @3:4
              experiment "What is the author’s evaluation of the solution? What logic, argument, evidence, artifacts (e.g., a proof-of-concept system), or experiments are presented in support of the idea?" h4 @7:6
        "#]],
    );
}

/// A course's assignment (`# Problem Set 1`) and a page for its journal
/// club (`# Journal Club` over the articles to present) are no reviews.
#[test]
fn an_assignment_and_a_journal_club_page() {
    check(
        "MACS30200proj/ProblemSets/PS1/PS1.md",
        "# Problem Set 1\n\n### MACSS 30200\n\n_Tyler Amos_\n\n## Data Description\n\n1. Describe how to access data, where it is stored, who curates it 📦.\n\nAccess: This dataset can be downloaded from the Centers for Disease Control and Prevention website as a compressed file.\n\n2. Cite other key papers that have used this data.\n\nShih, Tiffany, Desi Peneva. \"The rising burden of preeclampsia in the United States impacts both maternal and child health.\" American journal of perinatology 33, no. 04 (2016): 329-338.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "MBC_data_analysis/JournalClub/README.md",
        "# Journal Club\r\n\r\nIn this assignment, you will present 6 recent articles related to data analysis in neuroscience in groups of 3-5 students 🧠:\r\n- [Button et al, Nature Review Neuroscience 2013](Button_2013.pdf): \"Power failure: why small sample size undermines the reliability of neuroscience\". 5 presenters, 12 minutes.\r\n- [Padoa-Schiappa, Neuron 2022](PadoaSchiappa_2022.pdf): \"Logistic analysis of choice data: A primer\". 5 presenters, 12 minutes.\r\n\r\nThe presentation will take place in classroom. Each presentation should last between 8' and 12', followed by a 5-minute round of questions.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title's address in parentheses after it (`… REAL-WORLD APIS
/// (https://arxiv.org/abs/2307.16789)`) is cut, as its arXiv id is. The
/// note's one `#` heading ending in the title its field gives (`# Paper
/// Evaluation: Advances in Neural Rendering` over `**Title**: …`) is its
/// banner, no experiments part.
#[test]
fn a_title_s_address_and_a_banner_ending_in_the_title() {
    check(
        "PaperReview/nlp/tools/toolllm.md",
        "---\ndescription: >-\n  TOOLLLM: FACILITATING LARGE LANGUAGE MODELS TO MASTER 16000+ REAL-WORLD APIS\n  (https://arxiv.org/abs/2307.16789)\n---\n\n# ToolLLM\n\n## Introduction\n\nLLM이 실제 API를 잘 못 쓴다 🛠️.\n\n## Method\n\nToolBench와 DFSDT.\n",
        expect![[r#"
            single heading "TOOLLLM: FACILITATING LARGE LANGUAGE MODELS TO MASTER 16000+ REAL-WORLD APIS" by - | header 7:3-7:10
              purpose "Introduction" h2 @9:4
              method "Method" h2 @13:4
        "#]],
    );
    check(
        "blog/src/education/ms/6600/eval/week2/ml.md",
        "# Paper Evaluation: Advances in Neural Rendering\r\n\r\n## 1. Paper Title, Authors, and Affiliations\r\n\r\n**Title**: Advances in Neural Rendering\r\n\r\n**Authors**: A. Tewari, J. Thies, B. Mildenhall\r\n\r\n## 2. Motivation\r\n\r\n신경 렌더링 연구가 너무 빠르게 늘었다 🎨.\r\n\r\n## 3. Method\r\n\r\nA taxonomy of 2D and 3D neural rendering.\r\n",
        expect![[r#"
            single field "Advances in Neural Rendering" by - | header 5:12-5:40
              purpose "2. Motivation" h2 @9:4
              method "3. Method" h2 @13:4
        "#]],
    );
}

/// `Review of the Paper - ` before a title says what the note is (the
/// heading was lost, and the folder's name taken). A citation's parts set
/// off by middle dots after a title (`… · Kevin Black, … · NeurIPS 2025 ·
/// arXiv:…`) are cut, the venue and year kept.
#[test]
fn a_review_of_the_paper_and_a_citation_in_middle_dots() {
    check(
        "ICCV19-Paper-Review/SANet.md",
        "# Review of the Paper - SANet: Scene Agnostic Network for Camera Localization\r\n\r\n## Problem\r\n\r\n장면마다 모델을 다시 학습해야 한다 🗺️.\r\n\r\n## Method\r\n\r\nA scene-agnostic network regresses coordinates.\r\n",
        expect![[r#"
            single heading "SANet: Scene Agnostic Network for Camera Localization" by - | header 1:25-1:78
              purpose "Problem" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "paper-notes/presentations/paper-31/BRIEF.md",
        "# Real-Time Execution of Action Chunking Flow Policies · Kevin Black, Manuel Y. Galliker, Sergey Levine · NeurIPS 2025 · arXiv:2506.07339\n\n## 배경\n\n액션 청크 사이에서 로봇이 멈칫한다 🤖.\n\n## 해결책\n\nReal-time chunking inpaints the next chunk.\n",
        expect![[r#"
            single heading "Real-Time Execution of Action Chunking Flow Policies" venue="NeurIPS" year=2025 by - | header 1:3-1:55
              purpose "배경" h2 @3:4
              method "해결책" h2 inferred @7:4
        "#]],
    );
}

/// A copy of a template still headed as one (`# 📄 论文笔记模板`), its title
/// filled in a table, its tags to pick from (`**方法**: \`#Transformer\``)
/// and every part's guidance in comments, is no review. Nor is a page in a
/// notes wiki's `Wiki/` folder, on a concept across papers.
#[test]
fn a_template_copy_headed_as_one_and_a_wiki_page() {
    check(
        "Paper-Reading-Notes/papers/NLP/2017_Vaswani_Attention_Is_All_You_Need.md",
        "# 📄 论文笔记模板\n\n> 使用说明：复制本文件到对应领域目录，重命名为 `年份_作者_关键词.md`\n\n## 基本信息\n\n| 字段 | 内容 |\n|------|------|\n| **标题** | Attention Is All You Need |\n| **发表年份** | 2017 |\n\n### 标签\n**领域**: `#NLP` `#CV` `#Multimodal`\n**方法**: `#Transformer` `#Diffusion` `#GAN` `#VAE` `#RLHF` `#LoRA` `#MoE` `#RAG`\n\n## 🔑 核心思想\n\n### 问题背景\n<!-- 论文要解决的核心问题是什么？ -->\n\n### 主要方法\n<!-- 提出了什么方法/架构/算法？ -->\n\n## 📊 实验结果\n<!-- 在哪些数据集上进行了评估 -->\n| 数据集 | 指标 | 本文结果 | SOTA 对比 |\n|--------|------|----------|-----------|\n|        |      |          |           |\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-notes/Wiki/Turn-Level-Reward.md",
        "# Turn-Level Reward\r\n\r\n[coverage: high]\r\n\r\n## Definition\r\n\r\n在 multi-turn agent RL 中，对每一 turn 计算独立的奖励信号，而非只在 trajectory 末端给一个 outcome reward 🎯。\r\n\r\n## 为什么需要\r\n\r\n1. **Advantage collapse** [2510-igpo]：所有 rollout 得同分 → 梯度为零\r\n2. **Credit entanglement** [2510-salt]：有益和有害 action 纠缠\r\n\r\n## 主流设计\r\n\r\n### 1. Information Gain\r\n\r\nIGPO rewards each turn by how much it raises the probability of the answer.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A name in italics under a whole linked title (`#### [Modeling Spoken
/// Information Queries …](…)` over `*Christophe Van Gysel*` and `*SIGIR
/// 2023 Short*`) is its author, not a title the heading announces. A
/// title on the first line with `by` and its authors under it is a title.
#[test]
fn an_author_under_a_linked_title_and_a_title_over_its_authors() {
    check(
        "Daily-Reading/2023/speech.md",
        "\n\n*2023-05-04*\n\n#### [Modeling Spoken Information Queries for Virtual Assistants: Open Problems, Challenges and Opportunities](https://arxiv.org/pdf/2304.13149.pdf)\n\n*Christophe Van Gysel*\n\n*SIGIR 2023 Short*\n\n이 논문은 음성 비서의 질의 인식 문제를 다룬다 🎙️. This paper discusses some open problems and challenges faced by automatic speech recognition of virtual assistants. Some related techniques, including query domain classification, knowledge graphs and user interaction data, and query personalization, can be helpful to improve the recognition of spoken information domain queries.\n",
        expect![[r#"
            single heading "Modeling Spoken Information Queries for Virtual Assistants: Open Problems, Challenges and Opportunities" by - | header 5:7-5:110
        "#]],
    );
    check(
        "notes/abbaschian21-speech-emo-review-db-model.md",
        "Deep Learning Techniques for Speech Emotion Recognition, from DBs to Models\r\nby Babak Joze Abbaschian, Daniel Sierra-Sosa, and Adel Elmaghraby\r\nSensors 2021, 21(4), 1249\r\n\r\n# Abstract\r\n\r\n* 실시간 감정 인식이 필요하다 😊\r\n* compare available methods and databases in SER\r\n",
        expect![[r#"
            single field "Deep Learning Techniques for Speech Emotion Recognition, from DBs to Models" by - | header 1:1-1:76
              summary "Abstract" h1 @5:3
        "#]],
    );
}

/// A heading right over a smaller one (`## 내용` over `### Previous
/// works`) holds the note's parts; the related work after it, or `##
/// Former works` first, names none of them. `核心问题：` at a line's start
/// is the purpose's label.
#[test]
fn related_work_under_a_holding_heading_and_the_core_question() {
    check(
        "tts-papers/papers/Tacotron.md",
        "# Tacotron\r\n\r\n## 요약\r\n\r\nEnd-to-end TTS 모델 🔊.\r\n\r\n## 내용\r\n\r\n### Previous works\r\n\r\n기존 TTS는 여러 단계로 나뉘어 있었다.\r\n\r\n### Architecture\r\n\r\nCBHG 모듈과 attention 기반 decoder.\r\n",
        expect![[r#"
            single heading "Tacotron" by - | header 1:3-1:11
              summary "요약" h2 @3:4
              method "Architecture" h3 @13:5
        "#]],
    );
    check(
        "Phd/Papers/BERT.md",
        "# Bidirectional Encoder Representations from Transformers\n## Former works\nELMo and GPT are unidirectional 🙃.\n## Algorithm\nMasked language modelling and next sentence prediction.\n",
        expect![[r#"
            single heading "Bidirectional Encoder Representations from Transformers" by - | header 1:3-1:58
              method "Algorithm" h2 @4:4
        "#]],
    );
    check(
        "PaperNotes/Safety/LLMs Encode Harmfulness and Refusal Separately.md",
        "`LLMs`\n`Activation Clustering`\nhttps://arxiv.org/pdf/2507.11878\n---\n## MindSet\n\n核心问题：模型“认为有害”等于“会拒答”吗？🤔\n论点：harmfulness 和 refusal 是两个独立概念。\n\n## 实验验证\n\n拒绝率大幅下降。\n",
        expect![[r#"
            single file-name "LLMs Encode Harmfulness and Refusal Separately" by - | header 1:1-1:7
              method "MindSet" h2 inferred @5:4
              purpose "核心问题" line-start @7:1
              experiment "实验验证" h2 @10:4
        "#]],
    );
}

/// A venue with its year after an apostrophe and a space (`IMC’ 19`), and
/// `CCS’20`, are cut from a title; so are the authors cited short before
/// a field's title (`论文：T. Trouillon et al, Complex embeddings …. ICML
/// 2016`), and `Paper Study` after one.
#[test]
fn a_spaced_venue_year_cited_authors_and_a_paper_study() {
    check(
        "Paper-Reading-Notes/IMC/ShamFinder.md",
        "# ShamFinder: An Automated Framework for Detecting IDN Homographs IMC’ 19\r\n\r\n## Motivation\r\n\r\n동형 문자 도메인이 피싱에 쓰인다 🎣.\r\n\r\n## Approach\r\n\r\nShamFinder builds a homoglyph database.\r\n",
        expect![[r#"
            single heading "ShamFinder: An Automated Framework for Detecting IDN Homographs" venue="IMC" year=2019 by - | header 1:3-1:66
              purpose "Motivation" h2 @3:4
              method "Approach" h2 @7:4
        "#]],
    );
    check(
        "Paper-Reading-Notes/CCS/VisualPhishNet.md",
        "# VisualPhishNet: Zero-Day Phishing Website Detection by Visual Similarity CCS’20\n\n## Motivation\n\nPhishing pages copy trusted sites 🎣.\n\n## Approach\n\nA triplet network compares screenshots.\n",
        expect![[r#"
            single heading "VisualPhishNet: Zero-Day Phishing Website Detection by Visual Similarity" venue="CCS" year=2020 by - | header 1:3-1:75
              purpose "Motivation" h2 @3:4
              method "Approach" h2 @7:4
        "#]],
    );
    check(
        "Paper-Reading-Notes/ComplEx.md",
        "# ComplEx\n\n> *论文：T. Trouillon et al, Complex embeddings for simple link prediction. ICML 2016*\n\n### 1. Introduction\n\n- 任务：link prediction 🔗\n\n### 2. Method\n\n- 复数嵌入\n",
        expect![[r#"
            single field "Complex embeddings for simple link prediction" venue="ICML" year=2016 by - | header 3:27-3:72
              purpose "1. Introduction" h3 @5:5
              method "2. Method" h3 @9:5
        "#]],
    );
    check(
        "HAI-PaperStudy/papers/week01_resnet/README.md",
        "# ResNet Paper Study\r\n\r\n## Motivation\r\n\r\n깊은 망일수록 학습이 어렵다 📉.\r\n\r\n## Key ideas\r\n\r\nResidual connections learn F(x) + x.\r\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:3-1:9
              purpose "Motivation" h2 @3:4
              method "Key ideas" h2 @7:4
        "#]],
    );
}

/// A post's short name (`title: 【Paper】LTSF-Linear`) over a title field
/// under its first heading (`> * 论文名称：Are Transformers Effective …`)
/// names the paper in full. A tool's tutorial, the writer's year looked
/// back on and a day's digest of papers are no reviews.
#[test]
fn a_short_name_over_its_title_field_and_posts_on_no_paper() {
    check(
        "content/note/timeseries/2024-02-27-paper-ts-ltsf-linear/index.md",
        "---\ntitle: 【Paper】LTSF-Linear\nauthor: 王哲峰\n---\n\n# 论文简介\n\n> * 论文名称：Are Transformers Effective for Time Series Forecasting?\n> * 论文地址：[https://arxiv.org/abs/2205.13504](https://arxiv.org/abs/2205.13504)\n\n# 研究背景\n\nTransformer 在时序预测上效果存疑 📈。\n\n# 模型定义\n\n一个线性层。\n\n# 实验结果\n\n九个数据集上都优于 Transformer。\n",
        expect![[r#"
            single field "Are Transformers Effective for Time Series Forecasting?" by 王哲峰 | header 8:10-8:65
              summary "论文简介" h1 @6:3
              purpose "研究背景" h1 @11:3
              method "模型定义" h1 inferred @15:3
              experiment "实验结果" h1 @19:3
        "#]],
    );
    check(
        "_posts/2021-03-31-farm.md",
        "---\ntitle: FARM tutorial\ncategories: NLP\n---\n\n## Core Features\n\nFARM은 transfer learning 프레임워크다 🧰.\n\n## Train & Eval\n\nA processor turns files into datasets.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/2019-12-30-lookback2019.md",
        "---\ntitle: 2019년도 회고\ncategories: Life\n---\n\n## 논문\n\n올해는 논문을 많이 읽었다 📚.\n\n## 연구\n\nAttention 연구를 했다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "arXiv-Summary/hep-ex/2026-07-03.md",
        "# arXiv hep-ex Daily Summary - 2026-07-03\r\n\r\n本日の新規投稿は3本です 📰。\r\n\r\n### [1] Study of ZZ and ZH production in the bbττ final state\r\n- **要約**: Run2 全統計を使う。\r\n\r\n### [2] Heavy-Flavor Electron Classification Using Hadronic Environment as Point Cloud\r\n- **要約**: point cloud で分別。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Bold labels further down a note that has labelled its parts
/// (`**Problem**:`, `**Methods**:`) are its points, however like a
/// collection's `Name: Title` headers they read (`**Causal Test**:
/// Patching …`). A list label on the work before falling short (`-
/// Drawback of previous NER models:`) and a why-question after its topic
/// (`## RAG, 왜 필요한가?`) name the purpose.
#[test]
fn bold_points_after_labelled_parts_and_purposes_asked_or_listed() {
    check(
        "Paper-Reading/LLM Safety/Finding Safety Neurons in Large Language Models.md",
        "## Finding Safety Neurons in Large Language Models\r\n\r\n**Problem**: Aligned LLMs still generate harmful content 🛡️.\r\n\r\n**Methods**:\r\n\r\n1. Generation-time activation contrasting.\r\n\r\n**Experiments**\r\n\r\n- Alignment Tax: safety costs helpfulness.\r\n\r\n  **Preference Neurons**: Using the same pipeline, identify neurons for other objectives.\r\n\r\n  **Causal Test**: Patching shared neurons with helpfulness activations degrades safety.\r\n",
        expect![[r#"
            single heading "Finding Safety Neurons in Large Language Models" by - | header 1:4-1:51
              purpose "Problem" bold @3:3
              method "Methods" bold @5:3
              experiment "Experiments" bold @9:3
        "#]],
    );
    check(
        "Paper-Reading/paper/Chinese_NER_Using_Lattice_LSTM.md",
        "# Chinese NER Using Lattice LSTM\n\n## Summary\n\n- Drawback of previous NER models:\n\t- 문자 기반 모델은 단어 정보를 놓친다 🀄.\n- Lattice LSTM:\n\t- Integrates latent word information into a character LSTM.\n\n## Experiments\n\n- OntoNotes, MSRA, Weibo and resume datasets.\n",
        expect![[r#"
            single heading "Chinese NER Using Lattice LSTM" by - | header 1:3-1:33
              summary "Summary" h2 @3:4
              purpose "Drawback of previous NER models" line-start @5:3
              experiment "Experiments" h2 @10:4
        "#]],
    );
    check(
        "Paper_Review/NLP/RAG/review.md",
        "\r\n# Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks\r\n\r\n## RAG, 왜 필요한가?\r\n\r\n언어 모델은 지식을 갱신하기 어렵다 📚.\r\n\r\n## RAG의 핵심 구조\r\n\r\nRetriever와 generator를 함께 학습한다.\r\n",
        expect![[r#"
            single heading "Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks" by - | header 2:3-2:67
              purpose "RAG, 왜 필요한가?" h2 @4:4
              method "RAG의 핵심 구조" h2 @8:4
        "#]],
    );
}

/// A post's title that is its paper's title before the colon (`title: Fast
/// Transformer Decoding` over `# Fast Transformer Decoding: One Write-Head
/// is All You Need`) gives way to the heading. A journal's name in
/// italics over its volume (`**Paper:** Bartel et al., *Science Advances*
/// 5, …`) is no title.
#[test]
fn a_title_before_its_colon_and_a_journal_over_its_volume() {
    check(
        "notes/llm/mqa/fast-transformer-decoding-mqa.md",
        "---\ntags:\n  - papers/LLM\ntitle: Fast Transformer Decoding\n---\n\n# Fast Transformer Decoding: One Write-Head is All You Need\n\n## 背景\n\nDecoding 受内存带宽限制 🐢。\n\n## 方法\n\nMulti-query attention shares keys and values across heads.\n",
        expect![[r#"
            single heading "Fast Transformer Decoding: One Write-Head is All You Need" by - | header 7:3-7:60
              purpose "背景" h2 @9:4
              method "方法" h2 @13:4
        "#]],
    );
    check(
        "research_material_science/bartel2019-new-tolerance-factor.md",
        "# New Tolerance Factor to Predict the Stability of Perovskite Oxides and Halides\r\n\r\n**Paper:** Bartel et al., *Science Advances* 5, eaav0693 (2019)\r\n\r\n## What This Paper Did\r\n\r\nA new factor τ predicts perovskite stability 🧪.\r\n\r\n## Results\r\n\r\n92% accuracy on 576 compounds.\r\n",
        expect![[r#"
            single heading "New Tolerance Factor to Predict the Stability of Perovskite Oxides and Halides" by - | header 1:3-1:81
              method "What This Paper Did" h2 inferred @5:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

/// An index of notes whose categories read like parts (`## Model
/// Design(Model Archetecture, …)`), ten items and more each linking to its
/// note, is a reading list. A guide to taking notes is no review.
#[test]
fn an_index_with_part_like_categories_and_a_note_taking_guide() {
    let mut index = String::from(
        "# Paper Reading Summary\n\n# NLP Related Papers\n## Knowledge Graph(KG) Related\n",
    );
    for n in 1..=10 {
        index.push_str(&format!(
            "- [ACL 2017] Knowledge Base Question Answering Model {n} [summary](/paper/kbqa_{n}.md)\n"
        ));
    }
    index.push_str("\n# Other Categories of Papers\n## Model Design(Model Archetecture, Optimizer, loss function, ...)\n- [ICLR 2019] Deep Learning Generalizes Because the Parameter-Function Map is Biased [summary](/paper/bias.md)\n");
    check(
        "Paper-Reading/README.md",
        &index,
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "300Days__GenerativeAI/literature_review/note_taking_guide.md",
        "# Note-Taking Guide Using the Cornell Method\r\n\r\n## Purpose\r\n\r\n논문을 읽으며 메모하는 방법 📝.\r\n\r\n## Method\r\n\r\nDivide the page into cues, notes and a summary.\r\n\r\n## Summary\r\n\r\nWrite a short summary at the bottom.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A passage quoted from the paper after `原文：` is no title, however the
/// label reads. A short name over its title in quotes, with the authors
/// after a dash (`ㅡ Alexander Wei, Maarten Bosma`), gives way to the
/// title; a year after a dash with no space (`… Conversation -2024`) is cut
/// and kept.
#[test]
fn a_quoted_passage_a_title_over_dashed_authors_and_a_dashed_year() {
    check(
        "paper-notes/Airqtl Paper - Notes.md",
        "# **AirQTL Paper - Notes**  \n\n## **(1) 孟德尔随机化（MR）用于推断组织特异性的因果基因调控网络（cGRNs）**\n原文：MR has been effectively employed to infer tissue-specific causal GRNs (cGRNs) from population-scale bulk RNA sequencing (RNA-seq), using expression quantitative trait loci (eQTLs) that directly regulate cis-gene expression and indirectly influence trans-genes [14].\n\n## **1. 背景：孟德尔随机化（MR）和因果基因调控网络（cGRNs）**\n- **MR 是什么？** 一种通过遗传变异推断因果关系的方法 🧬。\n\n## **2. 方法**\n\nAirQTL 用 EM 估计每个细胞的表达量。\n",
        expect![[r#"
            single heading "AirQTL Paper" by - | header 1:5-1:17
              purpose "**1. 背景：孟德尔随机化（MR）和因果基因调控网络（cGRNs）**" h2 @6:4
              method "**2. 方法**" h2 @9:4
        "#]],
    );
    check(
        "paper_reviews/NLP/FLAN/readme.md",
        "# FLAN\r\n\r\n\"Finetuned Language Models Are Zero-Shot Learners\" - 2022\r\n\r\nㅡ Alexander Wei, Maarten Bosma\r\n\r\nㅡ Google Research\r\n\r\n[Paper to Read](https://arxiv.org/pdf/2109.01652)\r\n\r\n## 1. Introduction\r\n\r\n지시문으로 튜닝하면 zero-shot 성능이 오른다 🚀.\r\n\r\n## 4. Results\r\n\r\nFLAN beats GPT-3 zero-shot on 20 of 25 datasets.\r\n",
        expect![[r#"
            single field "Finetuned Language Models Are Zero-Shot Learners" by - | header 3:2-3:50
              purpose "1. Introduction" h2 @11:4
              experiment "4. Results" h2 @15:4
        "#]],
    );
    check(
        "paper_reviews/Voice/USDM/README.md",
        "# USDM\nParalinguistics-Aware Speech-Empowered Large Language Models for Natural Conversation -2024\n\n-Heeseung Kim, Soonshin Seo\n\n[Read the Paper](https://arxiv.org/pdf/2402.05706)\n\n## Introduction\n\n음성의 감정과 억양까지 이해하는 대화 모델 🗣️.\n\n## Method\n\nA unified speech-text pretraining scheme.\n",
        expect![[r#"
            single field "Paralinguistics-Aware Speech-Empowered Large Language Models for Natural Conversation" year=2024 by - | header 2:1-2:86
              purpose "Introduction" h2 @8:4
              method "Method" h2 @12:4
        "#]],
    );
}

/// A title under `## Title` ends at a `<br>` (`Attention Is All You
/// Need<br>` over `[Submitted on 12 Jun 2017 …]`). Traditional Chinese
/// names its title field `標題`. A journal's name over its volume, under the
/// heading, is where the paper appeared, not its title. `# Summarize` and
/// `# MEMO` name no paper.
#[test]
fn a_broken_title_line_traditional_fields_a_journal_volume_and_bare_words() {
    check(
        "Labo/abstracts/4_Attention.md",
        "# TAMMICフォーマット\r\n## Title\r\nAttention Is All You Need<br>\r\n[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]\r\n\r\n## Motivation\r\n再帰をやめて並列に計算したい 🚀。\r\n\r\n## Method\r\nSelf-attention only.\r\n",
        expect![[r#"
            single field "Attention Is All You Need" by - | header 3:1-3:26
              purpose "Motivation" h2 @6:4
              method "Method" h2 @9:4
        "#]],
    );
    check(
        "Research_Paper_Notes_Hub/Research_Note_1_1D-CNN.md",
        "# 📘 研究論文紀錄：1. Unlocking Dual Utility: 1D-CNN for Milling Tool Health Assessment\n\n## 📝 1️⃣ 論文基本資訊\n- **標題**: Unlocking Dual Utility: 1D-CNN for Milling Tool Health Assessment\n- **作者**: Ghazal Farhani 等\n\n## 💡 2️⃣ 研究背景與動機\n刀具磨耗會影響工件表面 🛠️。\n\n## 📈 6️⃣ 實驗結果與分析\n準確度 99%。\n",
        expect![[r#"
            single field "Unlocking Dual Utility: 1D-CNN for Milling Tool Health Assessment" by - | header 4:11-4:76
              purpose "💡 2\u{fe0f}\u{20e3} 研究背景與動機" h2 @7:4
              experiment "📈 6\u{fe0f}\u{20e3} 實驗結果與分析" h2 @10:4
        "#]],
    );
    check(
        "paper_notes/nlp/03_a_neural_probabilistic_language_model.md",
        "# A Neural Probabilistic Language Model\n* Journal of Machine Learning Research (JMLR) Volume 3, February 2003\n    * [JMLR](http://www.jmlr.org/papers/volume3/bengio03a/bengio03a.pdf)\n\n## Key points\n* 단어마다 분산 표현을 배운다 🧠\n\n## Experiments\n* perplexity drops by 24% on Brown.\n",
        expect![[r#"
            single heading "A Neural Probabilistic Language Model" by - | header 1:3-1:40
              summary "Key points" h2 @5:4
              experiment "Experiments" h2 @8:4
        "#]],
    );
    check(
        "CV_Paper_review/Single Shot Detector.md",
        "# Summarize\r\nThe network scores each default box for every category 📦.\r\n\r\n## Model\r\nMulti-scale feature maps.\r\n\r\n## Result\r\n74.3 mAP on VOC2007.\r\n",
        expect![[r#"
            single file-name "Single Shot Detector" by - | header 1:1-1:12
              method "Model" h2 @4:4
              experiment "Result" h2 @7:4
        "#]],
    );
    check(
        "study_repo/memo.md",
        "# MEMO\n\n* Contribution\n\n1. 슬라이드 안에서 검출과 분류를 함께 한다 🔬\n\n* 실험설계\n\n1. Image classification (abnormal cell 유무)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A name alone after two words saying what the note is (`# Paper Summary:
/// DNABERT`) is the title. A whole IEEE reference as the heading, its
/// title's comma inside the quotes (`### A. Jungo and M. Reyes, “Assessing
/// …,” in MICCAI 2019, …`), gives the quoted title however long the
/// reference. A note for a made-up `Example Paper` is a sample, no review.
#[test]
fn a_name_after_paper_summary_an_ieee_reference_and_an_example_paper() {
    check(
        "bioinfor-to-ai/W8/README.md",
        "# Paper Summary: DNABERT\r\nAuthors: Yanrong Ji, Zhihan Zhou, Published in: Bioinformatics (2021)\r\n\r\n## 📌 The Core Problem\r\nDNA 모델은 과제마다 처음부터 학습된다.\r\n\r\n## 🚀 Key Innovations\r\nK-mer tokenization and masked pretraining.\r\n\r\n## 📊 Performance\r\nState of the art on promoter prediction.\r\n",
        expect![[r#"
            single heading "DNABERT" by - | header 1:18-1:25
              purpose "📌 The Core Problem" h2 @4:4
              novelty "🚀 Key Innovations" h2 @7:4
              method "🚀 Key Innovations" h2 inferred @7:4
              experiment "📊 Performance" h2 @10:4
        "#]],
    );
    check(
        "paper_reading/src/uncertainty.md",
        "### A. Jungo and M. Reyes, “Assessing Reliability and Challenges of Uncertainty Estimations for Medical Image Segmentation,” in Medical Image Computing and Computer Assisted Intervention – MICCAI 2019, Cham, 2019, pp. 48–56, doi: 10.1007/978-3-030-32245-8_6.\n\n**Problem**\n- 환자마다 결과를 믿을 수 있어야 한다 🏥\n\n**Method**\n- Compare six uncertainty estimates.\n",
        expect![[r#"
            single heading "Assessing Reliability and Challenges of Uncertainty Estimations for Medical Image Segmentation" by - | header 1:29-1:123
              purpose "Problem" bold @3:3
              method "Method" bold @6:3
        "#]],
    );
    check(
        "Robotics_Researcher_App/papers/summaries/example_summary.md",
        "# Example Paper: Deep Reinforcement Learning for Robotic Manipulation\n**Authors:** John Doe, Jane Smith\n\n## 🔍 Summary\nA robot arm learns to grasp 🤖.\n\n## 🧠 Method\nSoft actor-critic.\n\n## 🧪 Results\n85% success.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Parts named in other ways: a Chinese compound marked a label by its
/// colon on a line of its own (`方法流程：`); `Hypothesis`, the purpose a
/// study states; a model's or dataset's name before the part's word
/// (`MNIST 実験`, `Toy 结果`); `导读`, the lead-in.
#[test]
fn compound_labels_hypotheses_named_experiments_and_a_lead_in() {
    check(
        "Paper-Notes/Stock Price Prediction Using Attention-based Multi-Input LSTM/README.md",
        "## Stock Price Prediction Using Attention-based Multi-Input LSTM\r\n\r\n作者：Hao Li\r\n\r\n目的：预测第二天开盘价 📈\r\n\r\n方法流程：\r\n\r\n\t1. 股价预测\r\n\t\r\n\t2. 神经网络\r\n\r\n评估指标：\r\n\r\n\t1. MSE\r\n",
        expect![[r#"
            single heading "Stock Price Prediction Using Attention-based Multi-Input LSTM" by - | header 1:4-1:65
              purpose "目的" line-start @5:1
              method "方法流程" line-start @7:1
              experiment "评估指标" line-start @13:1
        "#]],
    );
    check(
        "mlsm/papers/kempe03maximizing/review.md",
        "# Maximizing the Spread of Influence through a Social Network\n\n## Hypothesis\n영향력이 큰 노드를 고르면 확산이 커진다 🌐.\n\n## Algorithm\nA greedy hill-climbing algorithm.\n\n## Experiments\nCollaboration graphs from arXiv.\n",
        expect![[r#"
            single heading "Maximizing the Spread of Influence through a Social Network" by - | header 1:3-1:62
              purpose "Hypothesis" h2 @3:4
              method "Algorithm" h2 @6:4
              experiment "Experiments" h2 @9:4
        "#]],
    );
    check(
        "paper/src/2016/VAE.md",
        "# Tutorial on Variational Autoencoders and Their Conditional Forms\r\n\r\n## Intro\r\n生成モデルとしての VAE を解説する ✨。\r\n\r\n## VAE (M1)\r\nThe encoder gives a Gaussian posterior.\r\n\r\n## MNIST 実験\r\n再構成誤差を比べる。\r\n",
        expect![[r#"
            single heading "Tutorial on Variational Autoencoders and Their Conditional Forms" by - | header 1:3-1:67
              purpose "Intro" h2 @3:4
              method "VAE (M1)" h2 inferred @6:4
              experiment "MNIST 実験" h2 @9:4
        "#]],
    );
    check(
        "IE_Paper_Notes/notes/NER/Medical Information Extraction.md",
        "# Medical Information Extraction in the Age of Deep Learning\n\n## 一、导读\n医疗文本的信息抽取为何重要 🏥。\n\n## 二、方法\n基于 BERT 的序列标注。\n\n## 三、实验\n在 i2b2 上评测。\n",
        expect![[r#"
            single heading "Medical Information Extraction in the Age of Deep Learning" by - | header 1:3-1:61
              purpose "一、导读" h2 @3:4
              method "二、方法" h2 @6:4
              experiment "三、实验" h2 @9:4
        "#]],
    );
}

/// A front-matter title that is only the file's name, as Obsidian fills it
/// in (`title: Ajzen_I_1991_Theory of Planned Behavior`), gives way to the
/// `**Title**:` field below. A sentence's link naming the paper (`… 하나인
/// [LXMERT: …](…)를 리뷰하려고 한다`) leaves the post's short name whole. A
/// note's label before the name in parentheses (`# Summary Notes
/// (DemoFusion)`), a date written with slashes (`# 03/17/2024 Learning …`)
/// and `Reading Notes for` are cut.
#[test]
fn an_obsidian_file_name_a_sentence_link_a_named_label_and_a_slashed_date() {
    check(
        "obsidian/Thesis/Ajzen_I_1991_Theory of Planned Behavior.md",
        "---\r\ntitle: Ajzen_I_1991_Theory of Planned Behavior\r\naliases: []\r\n---\r\n\r\n# Info\r\n**Title**: The Theory of Planned Behavior\r\n**Year**: #y1991\r\n\r\n# Notes\r\n## Motivation\r\n의도로 행동을 예측할 수 있을까 🤔?\r\n\r\n## Method\r\nSurveys of attitudes and norms.\r\n",
        expect![[r#"
            single field "The Theory of Planned Behavior" by - | header 7:12-7:42
              purpose "Motivation" h2 @11:4
              method "Method" h2 @14:4
        "#]],
    );
    check(
        "_posts/2020-07-27-lxmert-review.md",
        "---\ntitle: \"LXMERT Review\"\nlayout: post\n---\n\n작년에 눈여겨 봤던 논문 중 하나인 [LXMERT: Learning Cross-Modality Encoder Representations from Transformers](https://arxiv.org/abs/1908.07490)를 리뷰하려고 한다 🙂.\n\n## Method\n\nTwo single-modality encoders and a cross-modality encoder.\n\n## Experiments\n\nVQA and GQA.\n",
        expect![[r#"
            single field "LXMERT: Learning Cross-Modality Encoder Representations from Transformers" by - | header 6:22-6:95
              method "Method" h2 @8:4
              experiment "Experiments" h2 @12:4
        "#]],
    );
    check(
        "research-papers/Summaries/Diffusion/DemoFusion.md",
        "# Summary Notes (DemoFusion)\n\n## Method\n\n고해상도 이미지를 단계적으로 키운다 🖼️.\n\n## Results\n\nSharper 4K images than SDXL.\n",
        expect![[r#"
            single heading "DemoFusion" by - | header 1:18-1:28
              method "Method" h2 @3:4
              experiment "Results" h2 @7:4
        "#]],
    );
    check(
        "Machine-Learning-Reading-Group/03_17_2024_clip.md",
        "# 03/17/2024 Learning Transferable Visual Models From Natural Language Supervision\r\n\r\n## Method\r\n\r\n이미지와 텍스트를 대조 학습한다 🔗.\r\n\r\n## Results\r\n\r\nZero-shot ImageNet at 76.2%.\r\n",
        expect![[r#"
            single heading "Learning Transferable Visual Models From Natural Language Supervision" by - | header 1:14-1:83
              method "Method" h2 @3:4
              experiment "Results" h2 @7:4
        "#]],
    );
    check(
        "MLsys-Paper-Notes/Notes/SmartMoE.md",
        "---\ntitle: Reading Notes for SmartMoE\n---\n\n## Motivation\n\nMoE 학습의 부하 불균형 ⚖️.\n\n## Design\n\nAdaptive parallelization.\n\n## Evaluation\n\n1.88x faster training.\n",
        expect![[r#"
            single front-matter "SmartMoE" by - | header 2:26-2:34
              purpose "Motivation" h2 @5:4
              method "Design" h2 @9:4
              experiment "Evaluation" h2 @13:4
        "#]],
    );
}

/// A headline in Chinese with a list of figures (`GenCast：0.25°、15
/// 天生成式…`) lists no papers, and a link naming one part of the paper in
/// Chinese (`[Nature Methods/… 与 GenCast-Perturbed protocol](…)`) is no
/// title. `Issues with …` is the problem the paper takes on.
#[test]
fn a_chinese_headline_with_figures_and_issues_with_a_task() {
    check(
        "weather-dl-paper-notes/notes/medium-range/43-gencast.md",
        "# GenCast：0.25°、15 天生成式集合预报的训练与评估细读\n\n> Ilan Price 等，*Probabilistic weather forecasting with machine learning*，Nature，2024。\n\n## 1. 为什么需要生成式集合\n\n确定性预报过于平滑 🌧️。\n\n## 3. 模型结构和生成路径\n\n扩散模型逐步去噪。[Nature Methods/Resolution training schedule 与 GenCast-Perturbed protocol](https://www.nature.com/articles/s41586-024-08252-9)\n\n## 5. 结果、图表和比较陷阱\n\n97% 的目标上优于 ENS。\n",
        expect![[r#"
            single heading "GenCast：0.25°、15 天生成式集合预报的训练与评估细读" by - | header 1:3-1:36
              purpose "1. 为什么需要生成式集合" h2 inferred @5:4
              method "3. 模型结构和生成路径" h2 @9:4
              experiment "5. 结果、图表和比较陷阱" h2 @13:4
        "#]],
    );
    check(
        "research-papers/Summaries/GANs/Barbershop.md",
        "# Barbershop: GAN-based Image Compositing using Segmentation Masks\r\n\r\n## Issues with hair transfer and face-swapping\r\n\r\n머리카락 합성이 부자연스럽다 💇.\r\n\r\n## Approach\r\n\r\nA new latent space FS.\r\n\r\n## Results\r\n\r\nUsers prefer it 95% of the time.\r\n",
        expect![[r#"
            single heading "Barbershop: GAN-based Image Compositing using Segmentation Masks" by - | header 1:3-1:67
              purpose "Issues with hair transfer and face-swapping" h2 @3:4
              method "Approach" h2 @7:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// A shorter line under a whole title (`# The Normal Distributions
/// Transform: A New Approach to Laser Scan Matching` over `2D ndt 算法`) is
/// what the note calls the paper, not its title. `引入` is the lead-in. A
/// coding problem solved, linking its online judge, is no review.
#[test]
fn a_nickname_under_a_whole_title_a_lead_in_and_a_coding_problem() {
    check(
        "paper_reading_notes/lidar_slam/the_normal_distributions_transform.md",
        "# The Normal Distributions Transform: A New Approach to Laser Scan Matching\n\n2D ndt 算法\n\nNormal Distributions Transform\n\nThe NDT models the points of one scan by local normal distributions 📡.\n\n## Method\n\nNewton's method on the score.\n\n## Experiments\n\nScan matching at 10 Hz.\n",
        expect![[r#"
            single heading "The Normal Distributions Transform: A New Approach to Laser Scan Matching" by - | header 1:3-1:76
              method "Method" h2 @9:4
              experiment "Experiments" h2 @13:4
        "#]],
    );
    check(
        "Paper_Reading/VIBE/README.md",
        "# VIBE: Video Inference for Human Body Pose and Shape Estimation\r\n\r\n## 引入\r\n\r\n从视频中估计人体三维姿态 🕺。\r\n\r\n## 方法\r\n\r\n时序编码器与运动判别器。\r\n\r\n## 实验\r\n\r\n在 3DPW 上评测。\r\n",
        expect![[r#"
            single heading "VIBE: Video Inference for Human Body Pose and Shape Estimation" by - | header 1:3-1:65
              purpose "引入" h2 @3:4
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
    check(
        "_posts/BaekJoon/Bronze/24416.md",
        "---\ntitle: \"[BOJ 24416] 알고리즘 수업 - 피보나치 수 1 (python)\"\ncategories: [BaekJoon, Bronze]\n---\n\n## 1. 문제\n> 문제 링크 | <https://www.acmicpc.net/problem/24416>\n\n## 2. 문제 분석\n재귀와 동적 계획법의 실행 횟수를 센다 🐾.\n\n## 3. 결과\n시간 초과 없이 통과했다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// An Indonesian journal review, one paper per file (a course's `Resume
/// Jurnal`): its parts are `Pendahuluan`, `Metode` and `Pembahasan` (where
/// Indonesian writing reports the results), numbered or not, or a list's
/// bold labels read by their first word (`Tujuan dan Signifikansi
/// Penelitian`, `Eksperimen dan Hasil`); `makalah ini` (this paper) is
/// what makes a note of numbered parts a review. `Tinjauan Jurnal:` before
/// a quoted title says what the note is.
#[test]
fn an_indonesian_journal_review() {
    check(
        "Riset-Informatika/Resume Jurnal 1.md",
        "Nama : Budi Santoso  \r\nNPM : 21081010090  \r\n\r\n# 1. Pendahuluan\r\n\r\nMakalah ini membahas DeepCluster 🧠 untuk pembelajaran tanpa label.\r\n\r\n# 2. Metode\r\n\r\nClustering k-means berulang.\r\n\r\n# 3. Pembahasan\r\n\r\nHasil di ImageNet lebih baik.\r\n\r\n# 4. Kesimpulan\r\n\r\nMetode ini efektif.\r\n",
        expect![[r#"
            single file-name "Resume Jurnal 1" by - | header 1:1-1:22
              purpose "1. Pendahuluan" h1 @4:3
              method "2. Metode" h1 @8:3
              experiment "3. Pembahasan" h1 @12:3
        "#]],
    );
    check(
        "Riset-Informatika/v2/svm.md",
        "**Tinjauan Jurnal: \"Offline Handwritten Text Recognition Using Support Vector Machines\"**\n\n1. **Tujuan dan Signifikansi Penelitian**\n   Mengenali tulisan tangan 📝.\n2. **Metode yang Digunakan**\n   SVM dengan fitur zoning.\n3. **Eksperimen dan Hasil**\n   Akurasi 94%.\n",
        expect![[r#"
            single heading "Offline Handwritten Text Recognition Using Support Vector Machines" by - | header 1:21-1:87
              purpose "Tujuan dan Signifikansi Penelitian" bold @3:6
              method "Metode yang Digunakan" bold @5:6
              experiment "Eksperimen dan Hasil" bold @7:6
        "#]],
    );
}

/// A thesis chapter (`# BAB II`, `Chapitre 1`, `Kapitel 3`) is the
/// writer's own work, not a note on a paper, even with parts named like a
/// review's.
#[test]
fn a_thesis_chapter_in_another_language_is_no_review() {
    check(
        "riset/2. Gap Research/README.md",
        "# BAB II\n\n## TINJAUAN PUSTAKA DAN KERANGKA PEMIKIRAN\n\n### 2.1 Introduction\n\nThis study uses logistic regression 📊.\n\n### 2.2 Method\n\nRandom Forest.\n\n### 2.3 Hasil\n\nAkurasi 0,91.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "these/chapitre-1.md",
        "# Chapitre 1\r\n\r\n## Introduction\r\n\r\nCette étude 🎓.\r\n\r\n## Méthode\r\n\r\nForêts aléatoires.\r\n\r\n## Résultats\r\n\r\nPrécision 0,91.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Vietnamese prose that speaks of the paper (`bài báo này`, `các tác giả`)
/// makes a note of numbered parts a review, as `this paper` does.
#[test]
fn vietnamese_prose_speaks_of_the_paper() {
    check(
        "doc/deepcluster.md",
        "# 1. Giới thiệu\r\n\r\nBài báo này đề xuất DeepCluster 🧩.\r\n\r\n# 2. Phương pháp\r\n\r\nPhân cụm k-means lặp lại.\r\n\r\n# 3. Kết luận\r\n\r\nHiệu quả.\r\n",
        expect![[r#"
            single file-name "deepcluster" by - | header 1:1-1:16
              purpose "1. Giới thiệu" h1 @1:3
              method "2. Phương pháp" h1 @5:3
        "#]],
    );
}

/// A post's sign-off (`# Thank You and Invitation for Feedback`, `## 감사합니다`)
/// is never the method a note's place would infer.
#[test]
fn a_sign_off_is_no_method() {
    check(
        "_posts/2024-08-26-daily-paper-day-1.md",
        "---\nlayout: post\ntitle: Paper Summary - Understanding LLMs - A Comprehensive Overview from Training to Inference\n---\n\n# Problem Description\n\nThis paper reviews LLM training 🚀.\n\n# Summary of the Paper\n\nSee my summary on Overleaf.\n\n# Thank You and Invitation for Feedback\n\nThanks for reading!\n",
        expect![[r#"
            single front-matter "Understanding LLMs - A Comprehensive Overview from Training to Inference" by - | header 3:24-3:96
              purpose "Problem Description" h1 @6:3
              summary "Summary of the Paper" h1 @10:3
        "#]],
    );
    check(
        "논문/resnet.md",
        "# Deep Residual Learning for Image Recognition\n\n## 배경\n\n깊은 망은 학습이 어렵다 😵.\n\n## 감사합니다\n\n읽어 주셔서 고맙습니다.\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "배경" h2 @3:4
        "#]],
    );
}

/// A title field whose value is a whole reference, the authors in full
/// and then the title in italics (`**논문:** Kaiming He, …, *Deep Residual
/// Learning …*, CVPR 2016`), gives the italic title; a link that ends a
/// sentence (`- 원문: [resnet.pdf](…). 계산 실험 중심의 …`) is no title
/// field's value with a title after it.
#[test]
fn a_reference_in_a_title_field_gives_its_italic_title() {
    check(
        "outputs/study.md",
        "# ResNet 한국어 학습 노트 📘\n\n**논문:** Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun. *Deep Residual Learning for Image Recognition*. CVPR 2016, pp. 770–778.\n\n## 문제\n\n깊어질수록 훈련 오류가 오른다.\n\n## 방법\n\n잔차 연결.\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by - | header 3:61-3:105
              purpose "문제" h2 @5:4
              method "방법" h2 @9:4
        "#]],
    );
    check(
        "outputs/critical.md",
        "# ResNet 논문의 실험 설계 검토\r\n\r\n- 원문: [resnet.pdf](../inputs.json). 계산 실험 중심의 논문으로, 분류와 검출을 다룹니다 🔍.\r\n\r\n## 문제\r\n\r\n깊은 망의 최적화.\r\n\r\n## 실험\r\n\r\nImageNet.\r\n",
        expect![[r#"
            single heading "ResNet 논문의 실험 설계 검토" by - | header 1:3-1:22
              purpose "문제" h2 @5:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// A quoted title before a word or two for what the note is, after a
/// spaced dash (`"Attention Is All You Need" — Full Breakdown`), or in
/// corner brackets before them (`「빅데이터 활용을 위한 기계학습 기술동향」
/// 분석`), is the title alone.
#[test]
fn a_quoted_title_before_what_the_note_is() {
    check(
        "my-learnings/Attention Is All You Need.md",
        "\n\n# \"Attention Is All You Need\" — Full Breakdown\n\n*Vaswani et al., NIPS 2017*\n\n## 🤔 2. THE PROBLEM\n\nRNNs are sequential.\n\n## 3. The Architecture\n\nSelf-attention only.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 3:4-3:29
              purpose "🤔 2. THE PROBLEM" h2 @7:4
              method "3. The Architecture" h2 @11:4
        "#]],
    );
    check(
        "outputs/review.md",
        "# 「빅데이터 활용을 위한 기계학습 기술동향」 분석\n\n## 배경\n\n빅데이터 처리 🗂️.\n\n## 방법\n\n병렬 처리와 도메인 적응.\n",
        expect![[r#"
            single heading "빅데이터 활용을 위한 기계학습 기술동향" by - | header 1:4-1:25
              purpose "배경" h2 @3:4
              method "방법" h2 @7:4
        "#]],
    );
}

/// In a list, a Chinese or Japanese compound its colon marks as a label
/// over the text after it on the line (`1. 本文方案和步骤： 本文提出…`) is
/// read by its head word, two words of one part joined too (`本文实验和性能`,
/// the experiments and their performance); not a score card's (`实验充分度:
/// ★★★★`), a label over a link only, or a phrase (`网络输出的结果`).
#[test]
fn a_chinese_compound_labels_a_list_item() {
    check(
        "notes/gaining-wisdom.md",
        "# Gaining Wisdom from Setbacks\n\n1. 研究背景： 大模型可能生成有害内容 ⚠️。\n1. 本文方案和步骤： 本文提出错误分析来对齐模型。\n1. 本文实验和性能： 在 PKU-SafeRLHF 上提升安全性。\n",
        expect![[r#"
            single heading "Gaining Wisdom from Setbacks" by - | header 1:3-1:31
              purpose "研究背景" line-start @3:4
              method "本文方案和步骤" line-start @4:4
              experiment "本文实验和性能" line-start @5:4
        "#]],
    );
    check(
        "notes/3ddfa.md",
        "# 3DDFA: Face Alignment Across Large Poses\r\n\r\n## 核心问题\r\n\r\n大姿态人脸对齐 🙂。\r\n\r\n## 方法\r\n\r\n级联 CNN。\r\n\r\n- 网络输出的结果：3DMM 参数与姿态。\r\n- 实验充分度：★★★★\r\n- 三种实验及指标：[[3ddfa.pdf#page=6]]\r\n",
        expect![[r#"
            single heading "3DDFA: Face Alignment Across Large Poses" by - | header 1:3-1:43
              purpose "核心问题" h2 @3:4
              method "方法" h2 @7:4
        "#]],
    );
}

/// A heading that names a part of a note but none of the kinds (`##
/// **Setup**` over the notation) is no title; the file's name is.
/// `## Preface` is the purpose, as an introduction is; `## 个人总结`, the
/// reader's own summary, is no title either.
#[test]
fn setup_preface_and_a_personal_summary() {
    check(
        "Paper Notes/AE/Importance Weighted Autoencoders.md",
        "## **Setup**\n- $p(x)$ - true data distribution 🎲\n\n### IWAE loss derivation\n\nTighter bound.\n\n### Comparison with VAE objective\n\nk samples.\n",
        expect![[r#"
            single file-name "Importance Weighted Autoencoders" by - | header 1:1-1:13
              method "IWAE loss derivation" h3 inferred @4:5
              experiment "Comparison with VAE objective" h3 @8:5
        "#]],
    );
    check(
        "_posts/2020-03-28-tail-at-scale.md",
        "---\nlayout: post\ntitle:  \"Paper: The Tail at Scale\"\n---\n\n## Summary\n\nPractical techniques 🐢.\n\n## Preface\n\nA coordinator fans out to N nodes.\n\n## Techniques\n\nHedged requests.\n",
        expect![[r#"
            single front-matter "The Tail at Scale" by - | header 3:17-3:34
              summary "Summary" h2 @6:4
              purpose "Preface" h2 @10:4
              method "Techniques" h2 @14:4
        "#]],
    );
}

/// A headline in Chinese or Japanese after the paper's name and a spaced
/// dash, with no whole title given (`🧠 Chain-of-Thought Prompting —
/// 一句「示範怎麼想」，…`), is on that name; a series' label before the
/// whole title in italics (`Volume VI (\`ep06\`): *Direct Preference
/// Optimization: …*`) gives the italic title.
#[test]
fn a_name_before_a_headline_and_an_italic_title_after_a_label() {
    check(
        "notes/2022-Chain-of-Thought-Prompting.md",
        "# 🧠 Chain-of-Thought Prompting — 一句「示範怎麼想」，就把推理能力從大模型裡引了出來\n\n## 動機\n\n大模型不會推理。\n\n## 方法\n\n在提示裡示範推理步驟。\n",
        expect![[r#"
            single heading "Chain-of-Thought Prompting" by - | header 1:5-1:31
              purpose "動機" h2 @3:4
              method "方法" h2 @7:4
        "#]],
    );
    check(
        "episodes/ep06_dpo/README.md",
        "# Volume VI (`ep06_dpo`): *Direct Preference Optimization: Your Language Model is Secretly a Reward Model*\n\n## Results 📈\n\nWin rate 61% on Anthropic HH.\n",
        expect![[r#"
            single heading "Direct Preference Optimization: Your Language Model is Secretly a Reward Model" by - | header 1:28-1:106
              experiment "Results 📈" h2 @3:4
        "#]],
    );
}

/// A note begun right in a folder of paper notes, under a paper's title
/// with more evidence of a paper (a link, the file named after it),
/// however little is written yet, is a review whose parts are missing;
/// elsewhere too, with three signs of a paper (its title heading, in
/// capitals, and its link). Not a `paper.md` named by its folder, nor a
/// title alone outside a folder of paper notes.
#[test]
fn a_note_begun_in_a_folder_of_paper_notes() {
    check(
        "paper-notes/LPCNet: Improving Neural Speech Synthesis Through Linear Prediction.md",
        "# LPCNet: Improving Neural Speech Synthesis Through Linear Prediction\r\n\r\n[arXiv](https://arxiv.org/abs/1810.11846) 🎙️\r\n",
        expect![[r#"
            single heading "LPCNet: Improving Neural Speech Synthesis Through Linear Prediction" by - | header 1:3-1:70
        "#]],
    );
    check(
        "논문리뷰/Rectified Flow/paper.md",
        "# Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow\n\n## 📌 Metadata\n- [paper](https://arxiv.org/abs/2209.03003)\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "drafts/lpcnet.md",
        "# LPCNet: Improving Neural Speech Synthesis Through Linear Prediction\n\n[arXiv](https://arxiv.org/abs/1810.11846) 🎙️\n",
        expect![[r#"
            single heading "LPCNet: Improving Neural Speech Synthesis Through Linear Prediction" by - | header 1:3-1:70
        "#]],
    );
    check(
        "drafts/lpcnet.md",
        "# LPCNet: Improving Neural Speech Synthesis Through Linear Prediction\n\n음성 합성 🎙️\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A note headed by its paper's title, with its authors and its link, in
/// a folder that says nothing of papers, is a review begun though its
/// headings hold nothing yet: the parts it names are empty, the others
/// missing. Guidance left in a part is a template's, and no review; a
/// folder of a note's pictures holds no note begun.
#[test]
fn a_skeleton_headed_by_its_paper() {
    check(
        "study/optim & loss/adam.md",
        "# Adam: A Method for Stochastic Optimization 🚀\r\n\r\n- 저자 : Diederik P. Kingma, Jimmy Ba\r\n- [paper](https://arxiv.org/abs/1412.6980)\r\n\r\n---\r\n\r\n## 1. 방법\r\n\r\n## 2. 실험\r\n\r\n-\r\n",
        expect![[r#"
            single heading "Adam: A Method for Stochastic Optimization" by - | header 1:3-1:45
              method "1. 방법" h2 @8:4
              experiment "2. 실험" h2 @10:4
        "#]],
    );
    check(
        "study/optim & loss/images/adam/adam.md",
        "# Adam: A Method for Stochastic Optimization 🚀\r\n\r\n- 저자 : Diederik P. Kingma, Jimmy Ba\r\n- [paper](https://arxiv.org/abs/1412.6980)\r\n\r\n---\r\n\r\n## 1. 방법\r\n\r\n## 2. 실험\r\n\r\n-\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "study/optim & loss/adam.md",
        "# Adam: A Method for Stochastic Optimization 🚀\r\n\r\n- 저자 : Diederik P. Kingma, Jimmy Ba\r\n- [paper](https://arxiv.org/abs/1412.6980)\r\n\r\n## 1. 방법\r\n<!-- 제안 방법을 여기에 쓰세요 -->\r\n\r\n## 2. 실험\r\n<!-- 데이터셋과 결과 -->\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A paper's number in a course's or a project's list before its title
/// (`Article (2) : …`, `논문 (1) : …`), and `文献笔记：` (a literature note),
/// are no part of the title.
#[test]
fn a_papers_number_in_a_list_before_its_title() {
    check(
        "pfe-papers/lu/Article2.md",
        "## Article (2) : Uncertainty Estimation for LLMs: A Simple Supervised Approach (2024)\r\n\r\n### Problème\r\nLes LLM hallucinent 😵.\r\n\r\n### Méthode\r\nUn classifieur supervisé.\r\n\r\n### Résultats\r\nAUROC 0,87.\r\n",
        expect![[r#"
            single heading "Uncertainty Estimation for LLMs: A Simple Supervised Approach" year=2024 by - | header 1:18-1:79
              method "Méthode" h3 @6:5
              experiment "Résultats" h3 @9:5
        "#]],
    );
    check(
        "course/week3.md",
        "# 논문 (1) : 그래프 신경망의 표현력 연구\n\n## 목적\nGNN의 한계 🧠.\n\n## 방법\nWL 검정.\n\n## 실험\nTU 데이터셋.\n",
        expect![[r#"
            single heading "그래프 신경망의 표현력 연구" by - | header 1:12-1:27
              purpose "목적" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
    check(
        "examples/Gowers_PFR_笔记.md",
        "## 文献笔记：On a conjecture of Marton\r\n\r\n### 研究背景\r\n多项式 Freiman–Ruzsa 猜想 📐。\r\n\r\n### 方法\r\n熵方法。\r\n",
        expect![[r#"
            single heading "On a conjecture of Marton" by - | header 1:9-1:34
              purpose "研究背景" h3 @3:5
              method "方法" h3 @6:5
        "#]],
    );
}

/// A title that opens with `Implementation of` is the paper's own; after
/// a framework's name (`PyTorch implementation of …`) it says the note is
/// on the paper's code.
#[test]
fn a_title_opening_with_implementation_of() {
    check(
        "papers/2026/spsa.md",
        "# Implementation of the Simultaneous Perturbation Algorithm for Stochastic Optimization\r\n\r\n**学会・年:** IEEE TAES, 1998年\r\n\r\n## 背景\r\n勾配が得られない 🎯。\r\n\r\n## 手法\r\n同時摂動。\r\n\r\n## 実験\r\n損失関数の評価。\r\n",
        expect![[r#"
            single heading "Implementation of the Simultaneous Perturbation Algorithm for Stochastic Optimization" by - | header 1:3-1:88
              purpose "背景" h2 @5:4
              method "手法" h2 @8:4
              experiment "実験" h2 @11:4
        "#]],
    );
    check(
        "papers/2026/spsa.md",
        "# PyTorch implementation of Simultaneous Perturbation Stochastic Approximation\r\n\r\n## 背景\r\n勾配が得られない 🎯。\r\n\r\n## 手法\r\n同時摂動。\r\n\r\n## 実験\r\n損失関数の評価。\r\n",
        expect![[r#"
            single heading "Simultaneous Perturbation Stochastic Approximation" by - | header 1:29-1:79
              purpose "背景" h2 @3:4
              method "手法" h2 @6:4
              experiment "実験" h2 @9:4
        "#]],
    );
}

/// The README of a site's pages (`docs/README.md`) is their preface, and
/// the folder's name is no paper's title.
#[test]
fn a_sites_pages_name_no_paper() {
    check(
        "paper-notes/docs/README.md",
        "# 前言\r\n\r\n這個網站記錄了 **電腦視覺** 論文 📚，通常來自以下會議：\r\n\r\n- CVPR\r\n- NeurIPS\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A sentence that goes on after its authors and year (`Kim et al. (2021)
/// investigated how much …`) cites no title: the heading names the paper.
#[test]
fn a_sentence_after_authors_and_year_is_no_citation() {
    check(
        "summaries/Do Language Models Know Facts?/summary.md",
        "# Summary: Do Language Models Know Facts?\r\n\r\nKim et al. (2021) investigated how much factual knowledge is stored in pre-trained models. 🧠 They built a probe of cloze questions.\r\n\r\n## Method\r\nMasked tokens are ranked.\r\n",
        expect![[r#"
            single heading "Do Language Models Know Facts?" by - | header 1:12-1:42
              method "Method" h2 @5:4
        "#]],
    );
}

/// A page's `<head>` with its MathJax setup, and a `<script>` or
/// `<style>` block, hold no markdown and no prose: the heading after them
/// still opens the note (`# [Title](…)`), and a `#` line inside one is no
/// heading.
#[test]
fn raw_html_blocks_before_the_title() {
    check(
        "PaperReading/201905/flow.md",
        "<head>\r\n    <script src=\"https://cdn.example.org/MathJax.js\" type=\"text/javascript\"></script>\r\n    <script type=\"text/x-mathjax-config\">\r\n        MathJax.Hub.Config({\r\n            tex2jax: {\r\n            skipTags: ['script', 'noscript', 'style', 'textarea', 'pre'],\r\n            inlineMath: [['$','$']]\r\n            }\r\n        });\r\n    </script>\r\n</head>\r\n\r\n>提示：在github中无法正常显示公式 🧮\r\n\r\n# [Generative Model with Dynamic Linear Flow](https://arxiv.org/pdf/1905.03239.pdf)\r\n这是一篇对Glow进行优化的论文，主要创新点在于把一半identity copy拆成多份。\r\n\r\n作者发现这种方式生成效率高，效果接近autoregressive模型。\r\n",
        expect![[r#"
            single heading "Generative Model with Dynamic Linear Flow" by - | header 15:4-15:45
        "#]],
    );
    check(
        "PaperReading/201905/styled.md",
        "<style>\n# not a heading\n.note { color: red; }\n</style>\n\n# Generative Model with Dynamic Linear Flow\n\n## 方法\n把一半identity copy拆成多份 🧮。\n\n## 实验\nCIFAR-10。\n",
        expect![[r#"
            single heading "Generative Model with Dynamic Linear Flow" by - | header 6:3-6:44
              method "方法" h2 @8:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// A title in Chinese title marks before a word for what the note is
/// (`《Squeeze-and-Excitation Networks》论文阅读`) is the title alone.
#[test]
fn a_title_in_chinese_title_marks() {
    check(
        "经典网络/SENet.md",
        "# 《Squeeze-and-Excitation Networks》论文阅读\r\n\r\n## 1. 简介\r\n通道注意力 🔍。\r\n\r\n## 2. 方法\r\nSqueeze 与 Excitation。\r\n\r\n## 3. 实验\r\nImageNet top-1 提升。\r\n",
        expect![[r#"
            single heading "Squeeze-and-Excitation Networks" by - | header 1:4-1:35
              purpose "1. 简介" h2 @3:4
              method "2. 方法" h2 @6:4
              experiment "3. 实验" h2 @9:4
        "#]],
    );
}

/// The front page of a folder named for paper notes (`paper_note/README.md`)
/// says what the folder holds: the folder's name is no sign that the page
/// is a note on a paper. It still is one when the folder names its paper as
/// well (`Paper-BERT/README.md` on `BERT: …`).
#[test]
fn the_front_page_of_a_folder_of_paper_notes() {
    check(
        "physical_ai_paper_review/README.md",
        "# 논문 실습실 🧪\r\n\r\n논문의 설계 의도를 직접 실험으로 확인하는 실습 모음입니다. `index.html`을 브라우저로 바로 열면 됩니다.\r\n\r\n## 열기\r\n\r\n- `index.html`을 더블클릭\r\n\r\n## 구조\r\n\r\n- `papers/`: 논문마다 한 폴더, 섹션별 실험 코드\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Paper-BERT/README.md",
        "## BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding\n\n\n### Jacob Devlin Ming-Wei Chang Kenton Lee Kristina Toutanova\n\n# Abstract\n\nBERT 는 새로운 언어 표현 모델입니다 🤖. 레이블이 없는 텍스트에서 양방향 표현을 사전 학습한다.\n\n# introduce\n\n사전 학습된 언어 표현을 하위 작업에 적용하는 두 가지 전략이 있다.\n",
        expect![[r#"
            single heading "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding" by - | header 1:4-1:84
              summary "Abstract" h1 @6:3
              purpose "introduce" h1 @10:3
        "#]],
    );
}

/// A Notion template exported with its guidance: the `Title` part holds
/// the template's hint in an italic quote, then the paper's reference in
/// APA style, each part wrapped in `<aside>` tags. The title is the
/// reference's, not the hint.
#[test]
fn a_title_part_past_the_templates_hint() {
    check(
        "ResearchTeam/week2/Week2_Task_재희.md",
        "# Week2_Task_재희.md\r\n\r\n---\r\n\r\n<aside>\r\n\r\n<aside>\r\n\r\n## **📘 Title**\r\n\r\n> ℹ️ *APA. 인용 방식 권고*\r\n> \r\n</aside>\r\n\r\n- Radford, A., Kim, J. W., & Sutskever, I. (2021). Learning transferable visual models from natural language supervision. Proceedings of the 38th International Conference on Machine Learning, PMLR 139, 8748–8763.\r\n\r\n</aside>\r\n\r\n<aside>\r\n\r\n## **💡 Introduction**\r\n\r\n</aside>\r\n\r\n기존 모델은 정해진 레이블만 예측한다 🏷️.\r\n\r\n## **🔍 Methods**\r\n\r\n이미지와 텍스트 쌍으로 대조 학습을 한다.\r\n",
        expect![[r#"
            single field "Learning transferable visual models from natural language supervision" by - | header 15:52-15:121
              purpose "**💡 Introduction**" h2 @21:4
              method "**🔍 Methods**" h2 @27:4
        "#]],
    );
}

/// A remark in parentheses opening a note (`(Original Word2vec paper)`
/// over its `**Link**:`) is no title: the file names the paper.
#[test]
fn a_remark_in_parentheses_is_no_title() {
    check(
        "Research Papers Notes/Efficient Estimation of Word Representations in Vector Space.md",
        "(Original Word2vec paper)\n**Link**: [arXiv:1301.3781](https://arxiv.org/abs/1301.3781)\n\n---\n### TL; DR\n- Introduced **Word2Vec** 🔤.\n\n### Problem Statement\n- n-gram models are expensive.\n",
        expect![[r#"
            single file-name "Efficient Estimation of Word Representations in Vector Space" by - | header 1:1-1:26
              summary "TL; DR" h3 @5:5
              purpose "Problem Statement" h3 @8:5
        "#]],
    );
}

/// A week's headline in Chinese over the paper's title, the title set with
/// a typeset apostrophe (`Users’ Guides`): the title is the paper's.
#[test]
fn a_weeks_headline_over_a_title_with_a_typeset_apostrophe() {
    check(
        "fuck_paper/week4.md",
        "# 第四周 2017/11/13 - 2017/11/20\r\n\r\n## Adjusted Analyses in Studies Addressing Therapy and Harm Users’ Guides to the Medical Literature\r\n\r\n时间 | 期刊 | 作者 | 机构\r\n-|-|-|-\r\n2017/2 | JAMA |Thomas Agoritsas | |\r\n\r\n考虑一个年龄元素对于最后结果的影响 📊。\r\n",
        expect![[r#"
            single heading "Adjusted Analyses in Studies Addressing Therapy and Harm Users’ Guides to the Medical Literature" by - | header 3:4-3:100
        "#]],
    );
}

/// A line in italics is a part's label when it is a label's few words
/// (`*实验结果*`), not when it is a sentence of the reader's written
/// without spaces that happens to say `结果`.
#[test]
fn a_sentence_in_italics_is_no_label() {
    check(
        "fuck_paper/week2.md",
        "## Sample normalization methods in quantitative metabolomics\r\n\r\n时间 | 期刊 | 作者\r\n-|-|-\r\n2015/7 | Journal of Chromatography A | Yiman Wu, Liang Li\r\n\r\n*这里重要的是找到一个工具变量，工具变量的选择会直接影响最后的结果，我认为这个是比较困难的 🤔*\r\n\r\n*实验结果*\r\n\r\n归一化之后组间差异更明显。\r\n",
        expect![[r#"
            single heading "Sample normalization methods in quantitative metabolomics" by - | header 1:4-1:61
              experiment "实验结果" line-start @9:2
        "#]],
    );
}

/// What the note is, before an em dash as before a colon or a hyphen:
/// `Paper Review — Title`, `Reading Notes — Title`.
#[test]
fn what_the_note_is_before_an_em_dash() {
    check(
        "notes/attention.md",
        "# Paper Review — Attention Is All You Need 📝\n\n## Motivation\n\nRNNs are slow to train.\n\n## Method\n\nAttention only.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:18-1:43
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "notes/bert.md",
        "# Reading Notes — BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding\r\n\r\n## 배경\r\n\r\n양방향 문맥을 쓰지 못했다.\r\n\r\n## 방법\r\n\r\n마스크 언어 모델.\r\n",
        expect![[r#"
            single heading "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding" by - | header 1:19-1:99
              purpose "배경" h2 @3:4
              method "방법" h2 @7:4
        "#]],
    );
}

/// A post titled by the paper's name and the writer's headline in Chinese
/// (`title: "Retaining by Doing：on-policy 数据为何能减轻遗忘"`), over a
/// heading with the name and the paper's own subtitle: the heading's
/// title, where the post's stands.
#[test]
fn a_posts_headline_over_the_papers_whole_title() {
    check(
        "_posts/2026-07-13-retaining-by-doing.md",
        "---\nlayout: post\ntitle: \"Retaining by Doing：on-policy 数据为何能减轻遗忘\"\ntags: [强化学习, 后训练]\n---\n\n# Retaining by Doing: The Role of On-Policy Data in Mitigating Forgetting\n\n> 论文精读与实践笔记 🧠\n> 原文：[arXiv 页面](https://arxiv.org/abs/2510.18874)\n\n## 问题\n\nSFT 会遗忘旧能力。\n\n## 方法\n\n每轮使用当前模型产生的数据。\n",
        expect![[r#"
            single front-matter "Retaining by Doing: The Role of On-Policy Data in Mitigating Forgetting" by - | header 3:9-3:37
              purpose "问题" h2 @12:4
              method "方法" h2 @16:4
        "#]],
    );
}

/// `どんな論文か？` ("what kind of paper?") sums the paper up, as
/// `どんなもの？` does: no purpose is inferred from where it stands.
#[test]
fn what_kind_of_paper_is_a_summary() {
    check(
        "paperreading/MODE Multi-view Omnidirectional Depth Estimation_summary.md",
        "サマリー\n# [MODE: Multi-view Omnidirectional Depth Estimation with 360° Cameras](https://arxiv.org/abs/2207.09359)\n\n# 1. どんな論文か？\n360°カメラ複数台から深度を推定する 📷。\n\n# 2. 手法\n球面特徴を合成する。\n\n# 3. 結果\n既存手法より誤差が小さい。\n",
        expect![[r#"
            single heading "MODE: Multi-view Omnidirectional Depth Estimation with 360° Cameras" by - | header 2:4-2:71
              summary "1. どんな論文か？" h1 @4:3
              method "2. 手法" h1 @7:3
              experiment "3. 結果" h1 @10:3
        "#]],
    );
}

/// A project's README that says what its repository holds, after a table
/// of contents (`## 📖 Índice`) and in Portuguese (`Este repositório
/// contém …`), is no review, though it has an introduction, a method and
/// results.
#[test]
fn a_repository_described_after_its_table_of_contents() {
    check(
        "ponderada_tensorflow/README.md",
        "## 📖 Índice\r\n\r\n1. [Introdução](#introdução)\r\n2. [Metodologia](#metodologia)\r\n3. [Resultados](#resultados)\r\n\r\n---\r\n\r\n## Introdução\r\n\r\nEste repositório contém a reprodução do tutorial oficial do **TensorFlow** para um modelo **Transformer**.\r\n\r\n## Metodologia\r\n\r\nSeguimos o tutorial passo a passo.\r\n\r\n## Resultados\r\n\r\nA GPU treinou dez vezes mais rápido.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A glossary kept beside a paper's note (`layer-normalization/
/// glossary.md`, `# Glossary — Layer Normalization`, `# 용어 정리`) holds
/// the terms, and is no review however much it says of the paper.
#[test]
fn a_glossary_beside_a_papers_note() {
    check(
        "research-papers-notes/notes/layer-normalization/glossary.md",
        "# Glossary — Layer Normalization\r\n\r\nVocabulary and academic-English phrases encountered while reading this paper 📖. One entry per term.\r\n\r\n---\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-notes/resnet/terms.md",
        "# 용어 정리\n\n- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n- **잔차 연결**: 입력을 출력에 더한다 ➕.\n- **병목 블록**: 1x1 합성곱으로 채널을 줄인다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// The paper's title translated right under it (`### 度量代谢组学中的样本
/// 归一化方法` under `## Sample normalization methods …`) is its subtitle,
/// not the method its last word names; and a week's headline above the
/// title (`# 第三周 …`) is no part inferred by its place.
#[test]
fn a_translated_subtitle_and_a_weeks_headline_are_no_parts() {
    check(
        "fuck_paper/week2.md",
        "## Sample normalization methods in quantitative metabolomics\r\n### 度量代谢组学中的样本归一化方法\r\n\r\n时间 | 期刊 | 作者\r\n-|-|-\r\n2015/7 | Journal of Chromatography A | Yiman Wu, Liang Li\r\n\r\n归一化之后组间差异更明显 📈。\r\n",
        expect![[r#"
            single heading "Sample normalization methods in quantitative metabolomics" by - | header 1:4-1:61
        "#]],
    );
    check(
        "fuck_paper/week3.md",
        "# 第三周 2017/10/30 - 2017/11/5\n\n## Combining NMR and LC/MS Using Backward Variable Elimination:Metabolomics Analysis of Colorectal Cancer, Polyps, and HealthyControls\n\n### 使用后向变量消除法连用NMR和LC/MS：CRC、息肉、健康对照组的代谢组学分析\n\n时间 | 期刊 | 作者 | 机构\n-|-|-|-\n2016/5 | analytical chemistry | Lili Deng | |\n\n[文献地址](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5450811/)\n\neveloped a backward variable elimination partial least-squares discriminant analysis algorithm embedded with Monte Carlo cross validation (MCCV-BVE-PLSDA) 联用蒙特卡洛交叉验证的偏最小二乘判别分析后向变量消除法\n\n联用NMR和LC/MS数据 挑选变量十分重要，挑选了一个代谢物的子集，观察代谢物水平的变化\n\n分析了来自三组受试者的127个血清样本 🧪\n\nMCCV-BVE-PLSDA流程图\n\n![avatar](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC5450811/bin/nihms859863f1.jpg)\n\n所有的变量都会被检查一遍,所有变量都被检查过的时候停止，每一次循环，一个代谢物被移除，剩余的变量用于PLS-DA。MCCV测试集中预测精度最高的保留用于下一个循环。对每一个代谢物做500次MCCV（重复500次验证？），将所有代谢物分为两组，70%为训练集，30%为测试集。\n\n指标：分类精度、AUROC\n*和决策树感觉很像啊。删除变量也像是后剪枝，不用决策树是因为计算比较复杂吗？*\n*最后的区分结果里边MS和LC/MS没有重合，这是为什么？应该会有重合吧。在单个方法没有鉴别出来的标志代谢物而在联用中鉴别出来的代谢物P值都很高，这是代表了宏观的调控作用嘛？*\n*应该可以直接分为三类？不需要两组两组的鉴别吧。*\n\n***\n***\n\n## Prediction and early diagnosis of complex diseases by edge-network\n\n### 使用边缘网络对复杂疾病的预测和早期诊断\n",
        expect![[r#"
            single heading "Combining NMR and LC/MS Using Backward Variable Elimination:Metabolomics Analysis of Colorectal Cancer, Polyps, and HealthyControls" by - | header 3:4-3:135
        "#]],
    );
}

/// A GitHub Pages site's repository (`vguigue.github.io/`) names no paper:
/// a page at its root is no review titled by it. Nor is a run's summary of
/// the day's picked papers (`AI每日论文精选 2026-06-14`).
#[test]
fn a_sites_repository_and_a_days_picked_papers_name_no_paper() {
    check(
        "vguigue.github.io/methodo.md",
        "# Méthodologie de rédaction d'un article:\r\n\r\n## Introduction: \r\n\r\nla partie la plus délicate... ✍️\r\n\r\n- un contexte général\r\n- hypothèses nouvelles, contribution de l'article\r\n- résumé des principaux résultats obtenus\r\n\r\n## Bibliographie\r\nPositionnement de notre travail dans un contexte bibliographique\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "reports/2026-06-14-minimax-sparse-attention/run_summary.md",
        "# Run Summary: AI每日论文精选 2026-06-14\n\n- Selected paper: `MiniMax Sparse Attention` (`arXiv:2606.13392`) 📰.\n- Theme: long-context sparse attention that first indexes relevant blocks.\n- English sources used: arXiv abstract page, Hugging Face paper page.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// The works a note compares its paper with, headed below its own parts
/// (`## 与相关论文对比` over `### **Revisiting the Polyak Step Size**（Hazan
/// and Kakade, 2019）`, beside `## 方法概述` and `## 实验结果`), are its
/// citations, not a list of papers: the note is a review.
#[test]
fn papers_compared_below_the_notes_parts_are_no_reading_list() {
    check(
        "paper-reading/03-notes/2026-09/Parameter_Free_Clipped_Gradient_Descent_Meets_Polyak/精读.md",
        "---\r\ntitle: \"Parameter-free Clipped Gradient Descent Meets Polyak\"\r\nvenue: NeurIPS 2024\r\n---\r\n\r\n# Parameter-free Clipped Gradient Descent Meets Polyak\r\n\r\n## 研究背景与动机\r\n\r\n梯度裁剪需要调两个超参数 🔧。\r\n\r\n## 方法概述\r\n\r\n### 第一步：重新理解 Polyak 步长\r\n\r\nPolyak 步长与梯度裁剪具有相同量级。\r\n\r\n## 实验结果\r\n\r\n### 合成函数\r\n\r\n收敛更快。\r\n\r\n## 与相关论文对比\r\n\r\n### **Why Gradient Clipping Accelerates Training**（Zhang et al., 2020）\r\n\r\n本文去掉了超参数。\r\n\r\n### **Revisiting the Polyak Step Size**（Hazan and Kakade, 2019）\r\n\r\n本文不需要最优值。\r\n",
        expect![[r#"
            single front-matter "Parameter-free Clipped Gradient Descent Meets Polyak" by - | header 2:9-2:61
              purpose "研究背景与动机" h2 @8:4
              method "方法概述" h2 @12:4
              experiment "实验结果" h2 @18:4
              experiment "与相关论文对比" h2 @24:4
        "#]],
    );
}

/// Where the work before fell short, headed under the related work
/// (`### 기존 방식의 한계점:` under `## 1. 기존 연구 (Related Work)`), is
/// what the paper sets out to fix: its purpose. The related work's other
/// headings name no part.
#[test]
fn earlier_works_limits_under_the_related_work_are_the_purpose() {
    check(
        "paper-reviews/Quantization/PTQ/[2021_ICLR] BRECQ/README.md",
        "# [BRECQ] Pushing the Limit of Post-Training Quantization by Block Reconstruction\n### Links: ArXiv | Official Code Tags: #Quantization, #PTQ Author: Yuhang Li et al. Date: 2021-05-01 (ICLR 2021)\n\n## 1. 기존 연구 (Related Work)\n### 기존의 접근 방식:\n- **AdaRound**: 레이어 단위 재구성 🧱\n\n### 기존 방식의 한계점:\n- 2비트에서 정확도가 크게 떨어진다.\n\n## 2. 기존 연구와의 차이점 (Key Contribution)\n### 핵심 아이디어 (Core Idea)\n- 블록 단위 재구성.\n\n## 3. 결과 (Results)\n### 성능 지표:\n- ResNet-18 2비트 66.3%.\n",
        expect![[r#"
            single heading "Pushing the Limit of Post-Training Quantization by Block Reconstruction" by - | header 1:11-1:82
              purpose "기존 방식의 한계점:" h3 @8:5
              novelty "2. 기존 연구와의 차이점 (Key Contribution)" h2 @11:4
              method "2. 기존 연구와의 차이점 (Key Contribution)" h2 inferred @11:4
              experiment "3. 결과 (Results)" h2 @15:4
              experiment "성능 지표:" h3 @16:5
        "#]],
    );
}

/// A slide deck's first page: the model's name, the rest of the title in a
/// smaller heading, and the paper's byline under them (`# Whisper` over `##
/// Robust Speech Recognition via Large-Scale Weak Supervision` over
/// `Radford et al., OpenAI (2022)`): one title, joined.
#[test]
fn a_slide_decks_name_subtitle_and_byline_are_one_title() {
    check(
        "lab-seminars/docs/sessions/2025-04-18-whisper/slides.md",
        "---\nmarp: true\nheader: \"研究室勉強会 2025-04-18\"\n---\n\n# Whisper\n## Robust Speech Recognition via Large-Scale Weak Supervision\n\nRadford et al., OpenAI (2022)\n\n発表者：（担当者名）\n2025-04-18\n\n---\n\n## 背景・動機\n\n- 小規模な高品質ラベルデータ 🎙️\n\n---\n\n## モデルアーキテクチャ\n\n- Encoder-Decoder Transformer\n\n---\n\n## 実験結果\n\n- ゼロショットで頑健\n",
        expect![[r#"
            single heading "Whisper: Robust Speech Recognition via Large-Scale Weak Supervision" by - | header 6:3-7:62
              purpose "背景・動機" h2 @16:4
              method "モデルアーキテクチャ" h2 inferred @22:4
              experiment "実験結果" h2 @28:4
        "#]],
    );
}

/// Part names that a note's own wording gives: an architecture designed or
/// drawn (`## 架构设计`, `## アーキテクチャ図`), results shown (`## 结果展示`),
/// a benchmark with its subtitle (`## 벤치마크: 숫자로 보는 …`), how it works
/// (`## Purpose and mechanism`), and a Chinese note's plain labels
/// (`解决的问题：…`, `具体做法：…`).
#[test]
fn architectures_designed_results_shown_benchmarks_and_mechanisms() {
    check(
        "research-notes/papers/AI-accelerators/diannao.md",
        "# DianNao: A Small-Footprint High-Throughput Accelerator for Ubiquitous Machine-Learning\r\n\r\n## 研究动机\r\n\r\n访存是瓶颈 🧠。\r\n\r\n## 架构设计\r\n\r\nNFU 三级流水线。\r\n\r\n## 结果展示\r\n\r\n比 SIMD 快 117 倍。\r\n",
        expect![[r#"
            single heading "DianNao: A Small-Footprint High-Throughput Accelerator for Ubiquitous Machine-Learning" by - | header 1:3-1:89
              purpose "研究动机" h2 @3:4
              method "架构设计" h2 @7:4
              experiment "结果展示" h2 @11:4
        "#]],
    );
    check(
        "lab-seminars/docs/sessions/2025-04-18-whisper/index.md",
        "# Whisper: Robust Speech Recognition via Large-Scale Weak Supervision\n\n## 概要\n\n68万時間の弱ラベル音声 🎧。\n\n## 主要ポイント\n\n- ゼロショットで頑健\n\n## アーキテクチャ図\n\nEncoder-Decoder。\n\n## 感想・議論\n\nデータの規模が効いている。\n",
        expect![[r#"
            single heading "Whisper: Robust Speech Recognition via Large-Scale Weak Supervision" by - | header 1:3-1:70
              summary "概要" h2 @3:4
              method "アーキテクチャ図" h2 @11:4
              takeaways "感想・議論" h2 @15:4
        "#]],
    );
    check(
        "brain-cache/blog/2026-03-23-attention-residuals.md",
        "# Attention Residuals\n\n## 배경\n\n고정된 잔차 연결은 깊을수록 희석된다 📉.\n\n## 방법\n\n이전 레이어 출력에 소프트맥스 어텐션.\n\n## 벤치마크: 숫자로 보는 실질적 개선\n\nMMLU +1.2.\n",
        expect![[r#"
            single heading "Attention Residuals" by - | header 1:3-1:22
              purpose "배경" h2 @3:4
              method "방법" h2 @7:4
              experiment "벤치마크: 숫자로 보는 실질적 개선" h2 @11:4
        "#]],
    );
    check(
        "paper-read/papers/quantum-engineers-guide-superconducting-qubits/note.md",
        "# A Quantum Engineer's Guide to Superconducting Qubits\n\n## Purpose and mechanism\n\nTransmons trade charge dispersion for anharmonicity ⚛️.\n\n## Results\n\nCoherence times past 100 µs.\n",
        expect![[r#"
            single heading "A Quantum Engineer's Guide to Superconducting Qubits" by - | header 1:3-1:55
              purpose "Purpose and mechanism" h2 @3:4
              method "Purpose and mechanism" h2 @3:4
              experiment "Results" h2 @7:4
        "#]],
    );
    check(
        "paper_notes/Revisiting Weak-to-Strong Consistency in Semi-Supervised Semantic Segmentation.md",
        "# Revisiting Weak-to-Strong Consistency in Semi-Supervised Semantic Segmentation\r\n\r\n解决的问题：半监督语义分割 🎯\r\n\r\nFixMatch 的弱到强一致性在分割上也有效。\r\n\r\n具体做法：针对无标签图像，UniMatch 一共包括四个前向传播分支。\r\n\r\n实验：Pascal VOC 上 mIoU 更高。\r\n",
        expect![[r#"
            single heading "Revisiting Weak-to-Strong Consistency in Semi-Supervised Semantic Segmentation" by - | header 1:3-1:81
              purpose "解决的问题" line-start @3:1
              method "具体做法" line-start @7:1
              experiment "实验" line-start @9:1
        "#]],
    );
}

/// A note named after its paper's long title (`Deep Neural Networks for
/// YouTube Recommendations.md`) in a repository of paper notes is a review,
/// whatever its own template's headings (`#### note:`, `#### more:`).
#[test]
fn a_file_named_with_a_papers_long_title_is_its_review() {
    check(
        "papernote/recommender system/Deep Neural Networks for YouTube Recommendations.md",
        "#### note:\r\n&nbsp;&nbsp;&nbsp;&nbsp;文章介绍了YouTube视频推荐的实现逻辑，整体结构分两部分（candidate generation和ranking）📺：\r\n  + candidate generation：目的（粗筛，生成排序的候选集），路径（训练时构建分类任务，线上以向量召回方式使用），模型结构和各个模块特点依次如下：\r\n    * 分类标签：正样本（视频观看时长大于特定值），负样本（随机采样）\r\n  + ranking：使用更多特征对候选集打分，目标是预测观看时长。\r\n\r\n#### more:\r\n  1. 特征工程中 example age 的处理很有意思。\r\n",
        expect![[r#"
            single file-name "Deep Neural Networks for YouTube Recommendations" by - | header 1:1-1:11
        "#]],
    );
}

/// A collection's header needs a person's name: `Case A：正向冷启动助推
/// （Positive Boost）` in a paper's note is a case, its letter no one's name,
/// and the note's title is its title field (`标题: …`) under a post's
/// headline.
#[test]
fn a_case_letter_is_no_reviewers_name() {
    check(
        "PaperNotes/llm-recsys/SAGE_generative_rec.md",
        "# 小红书生成式推荐系统 — 论文深度总结 | SAGE: Sequence-level Gradient Evolution for Generative Recommendation\n\n> **原文链接**: [https://zhuanlan.zhihu.com/p/2020816071146386879](https://zhuanlan.zhihu.com/p/2020816071146386879)\n\n---\n\nSAGE: Sequence-level Adaptive Gradient Evolution for Generative Recommendation — 论文深度总结\n论文信息\n\n标题: SAGE: Sequence-level Adaptive Gradient Evolution for Generative Recommendation\n作者: Yu Xie, Xing Kai Ren, Ying Qi, Hu Yao（小红书团队）\n来源: arXiv:2601.21452\n\n一、研究背景与动机\n\n冷启动困境：新物品缺乏交互数据 🧊。\n\n三、方法论（SAGE 框架）\n\nCase A：正向冷启动助推（Positive Boost）\n\n对冷门物品的正确推荐给予额外奖励。\n\nCase B：熵感知多样性惩罚（Entropy-Aware Penalty）\n\n多样性过低时给予惩罚。\n\n五、实验结果与分析\n\nCold-Start Recall 提升 43%。\n",
        expect![[r#"
            single field "SAGE: Sequence-level Adaptive Gradient Evolution for Generative Recommendation" by - | header 10:5-10:83
              purpose "一、研究背景与动机" line-start @14:1
              method "三、方法论（SAGE 框架）" line-start @18:1
              experiment "五、实验结果与分析" line-start @28:1
        "#]],
    );
}

/// A writer's greeting over a topic's papers (`### Hi, I'am Muyi Bao`) is no
/// paper's title; nor is `Notes of Learning` after a dash part of one; nor
/// does a Korean headline lose its words after an English one joined to a
/// particle (`Transformer의 잔차 연결을 …`).
#[test]
fn a_greeting_notes_of_learning_and_a_particle_after_english() {
    check(
        "Paper_reading/md_files/CL_Replay_Experience_chinese.md",
        "### Hi, I'am Muyi Bao\n\nHere, I will put some paper about **Continual Learning**, focusing on Replay 👋.\n\n---\n\n  <details>\n   <summary>\n   <b>2.1.1 iCaRL</b>\n   </summary>\n\n   The Paper, published in 2017: [iCaRL](https://arxiv.org/abs/1611.07725)\n\n   用样本回放和最近均值分类器来缓解遗忘。\n\n</details>\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-reading-notes/attention-is-all-you-need.md",
        "# Attention Is All You Need - Notes of Learning\r\n\r\n## Background\r\n\r\nRNNs process tokens one by one 🐢.\r\n\r\n## Model Architecture\r\n\r\nStacked self-attention and feed-forward layers.\r\n\r\n## Results\r\n\r\n28.4 BLEU on WMT 2014 English-German.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "Background" h2 @3:4
              method "Model Architecture" h2 @7:4
              experiment "Results" h2 @11:4
        "#]],
    );
    check(
        "brain-cache/blog/2026-03-23-attention-residuals-transformer.md",
        "---\ntitle: \"Attention Residuals: Transformer의 잔차 연결을 '학습 가능한 어텐션'으로 바꾸자\"\ntags:\n  - llm\n  - paper-review\n---\n\n## 배경\n\n고정된 잔차 연결은 깊을수록 희석된다 📉.\n\n## 방법\n\n이전 레이어 출력에 소프트맥스 어텐션.\n\n## 실험\n\nMMLU +1.2.\n",
        expect![[r#"
            single front-matter "Attention Residuals: Transformer의 잔차 연결을 '학습 가능한 어텐션'으로 바꾸자" by - | header 2:9-2:68
              purpose "배경" h2 @8:4
              method "방법" h2 @12:4
              experiment "실험" h2 @16:4
        "#]],
    );
}

/// A model's objective (`## 优化目标`, `## 学习目标`: the loss it is trained
/// to) and the questions left to look into (`## 待深入问题`) are not what
/// the paper is for: no purpose.
#[test]
fn an_objective_trained_to_and_questions_left_are_no_purpose() {
    check(
        "Paper_Notes/GNN/node2vec- Scalable Feature Learning for Networks.md",
        "# node2vec: Scalable Feature Learning for Networks\r\n\r\n## 优化目标\r\n\r\n最大化邻居节点的对数概率 📈。\r\n\r\n## 采样策略\r\n\r\n有偏随机游走，参数 p 和 q。\r\n\r\n## 实验结果\r\n\r\n多标签分类上 Macro-F1 提升 26.7%。\r\n\r\n## 待深入问题\r\n\r\n- p、q 如何自动选择？\r\n",
        expect![[r#"
            single heading "node2vec: Scalable Feature Learning for Networks" by - | header 1:3-1:51
              method "优化目标" h2 inferred @3:4
              experiment "实验结果" h2 @11:4
        "#]],
    );
}

/// A headline of a few words (`# OSDI'20 Harvest VM`) over a title field
/// written as a heading (`#### Titles`) and the title on the line under it:
/// the field's title, as a `Title:` line's would be.
#[test]
fn a_title_field_written_as_a_heading_over_its_line() {
    check(
        "cutelizebin.github.io/post/osdi20-harvest-vm.md",
        "# OSDI'20 Harvest VM\r\n\r\n#### Titles\r\nOSDI'20 Providing SLOs for Resource-Harvesting VMs in Cloud Platforms\r\n\r\n\r\n#### Take-away\r\n\r\n云厂商一般会将闲置的资源打包作为次级产品销售出去，比如Spot VM ☁️。\r\n\r\n#### Background\r\n\r\nAzure 上的闲置资源很多。\r\n\r\n#### Design\r\n\r\nHarvest VM 可以动态伸缩。\r\n",
        expect![[r#"
            single field "Providing SLOs for Resource-Harvesting VMs in Cloud Platforms" venue="OSDI" year=2020 by - | header 4:9-4:70
              takeaways "Take-away" h4 @7:6
              purpose "Background" h4 @11:6
              method "Design" h4 @15:6
        "#]],
    );
}

/// A reading assistant's numbered questions, each alone over its answer
/// (`Q1: 这篇论文试图解决什么问题？`, `Q3: 论文如何解决这个问题？`, `Q4: 论文做了哪些
/// 实验？`), label the parts they ask for; a short sentence its full stop
/// ends (`免训练的方法。`) labels none.
#[test]
fn a_reading_assistants_numbered_questions_label_parts() {
    check(
        "paperflow-reading-notes/Deep Reading - Aug 2026/Addressable Memory for Video World Models.md",
        "---\ntitle: \"Addressable Memory for Video World Models\"\narxiv_id: \"2608.07408\"\ngeneration_model: \"deepseek-v4-flash\"\n---\n# Addressable Memory for Video World Models\n\n> ★★★★☆ 推荐阅读\n\n## 一句话总结\n\n训练外的时间RoPE偏移导致KV缓存不可寻址 🎥。\n\n## 详细解读\n\nQ1: 这篇论文试图解决什么问题？\n\n交互式视频世界模型的记忆会随时间失效。\n\nQ2: 有哪些相关研究？\n\nKV 缓存压缩。\n\nQ3: 论文如何解决这个问题？\n\n免训练的方法。\n\nQ4: 论文做了哪些实验？\n\n在三个基准上比较记忆保持。\n",
        expect![[r#"
            single front-matter "Addressable Memory for Video World Models" by - | header 2:9-2:50
              summary "一句话总结" h2 @10:4
              purpose "Q1: 这篇论文试图解决什么问题？" line-start @16:1
              method "Q3: 论文如何解决这个问题？" line-start @24:1
              experiment "Q4: 论文做了哪些实验？" line-start @28:1
        "#]],
    );
}

/// More that a note's own words say: `paper: from nvidia, CVPR2020` says
/// where the paper comes from, no title (the title is the first line);
/// `## 2. Evidence` is what the experiments showed; `## 设计与实验` names
/// the system designed and its experiments.
#[test]
fn where_a_paper_comes_from_evidence_and_a_design() {
    check(
        "machine_learning_paper_reading_notes/Self-Supervised-Viewpoint-Learning.md",
        "Self-Supervised Viewpoint Learning From Image Collections\n\n\nhttps://research.nvidia.com/sites/default/files/pubs/2020-03_Self-Supervised-Viewpoint-Learning/SSV-CVPR2020.pdf\n\npaper: from nvidia, CVPR2020\n\nneed to re-read this in future to fully understand 🤔\n\nGist:\n\nlearn viewpoint from unlabeled images with a generative consistency loss.\n\nArchitecture:\n\nanalysis-by-synthesis with a viewpoint network.\n",
        expect![[r#"
            single field "Self-Supervised Viewpoint Learning From Image Collections" by - | header 1:1-1:58
              method "Architecture" line-start @14:1
        "#]],
    );
    check(
        "paper_reading_repo/literature-survey/read-papers/2024_KDD_GFN4Retention_Modeling-User-Retention-Generative-Flow-Networks.md",
        "# Modeling User Retention through Generative Flow Networks\r\n\r\n## 1. Summary\r\n\r\nRetention is a delayed reward; the paper models it with a GFlowNet 🌊.\r\n\r\n## 2. Evidence\r\n\r\nOffline on KuaiRand and online A/B test: +0.3% retention.\r\n\r\n## 3. Limitations\r\n\r\nOnly short-video platforms.\r\n",
        expect![[r#"
            single heading "Modeling User Retention through Generative Flow Networks" by - | header 1:3-1:59
              summary "1. Summary" h2 @3:4
              experiment "2. Evidence" h2 @7:4
              limitations "3. Limitations" h2 @11:4
        "#]],
    );
    check(
        "paper_reading_notes/data_quality/Instruction_Mining.md",
        "# Instruction Mining: Instruction Data Selection for Tuning Large Language Models\n\n## 前言\n\n指令数据的质量决定了微调的效果 📊。\n\n## 设计与实验\n\n用线性规则从指标预测推理损失，再用 BlendSearch 找最优数据量。\n",
        expect![[r#"
            single heading "Instruction Mining: Instruction Data Selection for Tuning Large Language Models" by - | header 1:3-1:82
              purpose "前言" h2 @3:4
              method "设计与实验" h2 @7:4
              experiment "设计与实验" h2 @7:4
        "#]],
    );
}

/// A site's page laid out as a course (`layout: course`) and a study
/// group's season (`# E-DEEP SEASON 2`) are no reviews, however much they
/// say about reading papers.
#[test]
fn a_course_page_and_a_groups_season_are_no_reviews() {
    check(
        "raise-gachon.github.io/_teachings/paper_reading.md",
        "---\nlayout: course\ntitle: 논문 읽기 (연구실 구성하고 진행)\ndescription: 논문을 어떻게 읽어야 하는지를 다룹니다. 같이 배워 봅시다.\ninstructor: 강재현\nyear: 2026\n---\n\n## Course Overview\n\n논문 읽기에 대해 다룹니다 📚.\n\n- 논문이란 무엇인가?\n- 왜 논문을 읽을까?\n\n## 목표\n\n논문을 스스로 읽고 정리할 수 있다.\n\n## 방법\n\n매주 한 편씩 발표한다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "PapersReview/Season 2/README.md",
        "# E-DEEP SEASON 2\r\n\r\n### 1. 새로운 분야 추가 제안\r\n(추천시스템, speech, 강화학습, 메타러닝 등등)\r\n자신이 제안하는 분야에 대한 소개와 요즘 트렌드 등을 목요일 전까지 깃헙에 써주세요 🙌. 이번주 목요일 모임에서 소개하고 이야기를 나눠볼 예정입니다.\r\n\r\n### 2. 코드 리뷰\r\n\r\n- 저번에 말한 대로 한 달은 논문 리뷰, 한 달은 코드 리뷰가 진행될 예정입니다. \r\n  따라서 리뷰할 논문과 코드를 선정해야하는데 우선 추가할 분야는 명확하게 정해지지 않았으니 비전과 NLP분야 논문과 코드 리스트를 각자 5개씩 리스트업해서 올리는 것으로 하겠습니다.\r\n- 비전 논문 5/ 코드 5 \r\n- 자연어 논문 5/ 코드5\r\n- 목요일 모임 이후 새롭게 선정된 분야에 대해서도 리스트업을 진행할 것입니다.\r\n(우선 다음주 논문리뷰는 비전과 자연어에서 진행)\r\n  \r\n  \r\n### 3. \r\n  \r\n  - 4월 한 달간은 탐색의 시간을 가지려고 합니다.\r\n    발표 순서 :  - 4/8 : 한지수, 전세희X\r\n                - 4/15 : 구재원X, 이유정\r\n                - 4/22 : 구재원, 류정현\r\n                - 4/29 : 신한이, 김연수\r\n                - 5/6 : 류정현, 전세희\r\n                \r\n  - 각자 원하는 분야 논문 발표(1주에 2명)\r\n  - 논문 정하신 분은 여기에 써주세요!\r\n  (EX. 홍길동 4/1 발표 - CNN (논문링크))\r\n    - 한지수 4/8 발표 - Mask R-CNN [link](https://arxiv.org/pdf/1703.06870.pdf)\r\n    - 이유정 4/15 발표 -  MAML [link](https://arxiv.org/pdf/1703.03400.pdf)\r\n    - 구재원 4/22 발표 -  CLIP [link](https://arxiv.org/pdf/2103.00020.pdf)\r\n    - 백서인 4/22 발표 - StyleGAN [link](https://arxiv.org/pdf/1812.04948.pdf)\r\n    - 김연수 4/29 발표 - Everybody Dance Now [link](https://arxiv.org/abs/1808.07371)\r\n    - 신한이 4/29 발표 - StyleCLIP [link](https://arxiv.org/pdf/2103.17249.pdf)\r\n    - 류정현 5/6 발표  - RepVGG: Making VGG-style ConvNets Great Again [link](https://arxiv.org/abs/2101.03697)\r\n    - 전세희 5/6 발표 - Variational Autoencoders for Collaborative Filtering [link](https://arxiv.org/abs/1802.05814)\r\n  - 안정하신 분은 4/4 23:59:59까지 올리기\r\n  - 다른 의견 언제나 환영\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Note For Katabi02a`: notes for a paper named by its citation key, the
/// key the title (as `Notes on YaRN` gives `YaRN`). And a table's `원문`
/// row that holds the file the paper is kept in (`` `papers/….pdf` (25쪽)
/// ``) is no title field: the heading's title stands.
#[test]
fn notes_for_a_citation_key_and_the_papers_file_in_a_table() {
    check(
        "551Final/Week6/Katabi02a.md",
        "# Note For Katabi02a\r\n\r\n- Need\r\n  - TCP oscillates on links with a high bandwidth-delay product 📶.\r\n- Approach\r\n  - XCP: explicit feedback from routers, efficiency and fairness controllers apart.\r\n- Benefit\r\n  - In simulations, near-optimal utilisation and few drops.\r\n",
        expect![[r#"
            single heading "Katabi02a" by - | header 1:12-1:21
              purpose "Need" line-start @3:3
              method "Approach" line-start @5:3
        "#]],
    );
    check(
        "paper-study/notes/ai-privacy-workforce/00-meta.md",
        "# AI 시대 개인정보보호 인력양성 정책의 현황과 개선방안\n### — 한국형 4단계 인력양성 체계 구축을 중심으로\n\n| | |\n|---|---|\n| 저자 | 김성현 · **권헌영**(교수, 교신저자) |\n| 게재 | 한국IT서비스학회지 제25권 제2호, 2026.4, pp.39-63 |\n| 원문 | `papers/01_AI시대_개인정보보호_인력양성정책.pdf` (25쪽, **스캔본** — 텍스트 레이어 없음) |\n| 왜 읽나 | 교수님 질문 방어 📌 |\n\n## 연구 배경\n\n개인정보보호 인력이 부족하다.\n\n## 연구 방법\n\n정책 문헌 분석.\n",
        expect![[r#"
            single heading "AI 시대 개인정보보호 인력양성 정책의 현황과 개선방안" by - | header 1:3-1:33
              purpose "연구 배경" h2 @11:4
              method "연구 방법" h2 @15:4
        "#]],
    );
}

/// A note that is yet only its paper's title, maybe over its template's
/// empty headings, is a review begun with nothing written in it: its parts
/// are missing or empty. Not a README naming its folder, a title of a word
/// or two (a topic's), nor a sentence.
#[test]
fn a_note_that_is_only_its_papers_title_is_a_review_begun() {
    check(
        "paper-summary/distributed-system/Paxos-Made-Simple.md",
        "# Paxos Made Simple",
        expect![[r#"
            single heading "Paxos Made Simple" by - | header 1:3-1:20
        "#]],
    );
    check(
        "Paper-notes/deep_learning/krizhevsky2012imagenet.md",
        "# Imagenet classification with deep convolutional neural networks 🖼️\r\n\r\n### What\r\n\r\n### How\r\n\r\n### Experiments\r\n",
        expect![[r#"
            single heading "Imagenet classification with deep convolutional neural networks" by - | header 1:3-1:66
              purpose "What" h3 @3:5
              method "How" h3 @5:5
              experiment "Experiments" h3 @7:5
        "#]],
    );
    check(
        "논문리뷰/추천시스템/사용자 평가.md",
        "# 개인화 추천시스템의 사용자 평가에 대한 통합적 접근\n\n\n",
        expect![[r#"
            single heading "개인화 추천시스템의 사용자 평가에 대한 통합적 접근" by - | header 1:3-1:31
        "#]],
    );
    check(
        "Recommender-Systems/README.md",
        "# Recommender-Systems\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper_review/PatchTST/PatchTST.md",
        "# 코드 내에서 저희 과제에 맞게 수정된 코드들만 커밋하였습니다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper_review/notes/deep-learning.md",
        "# Deep Learning 📚\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Lecture notes read along a paper, their headings its own numbered
/// outline from `# 1 Introduction` to `# 6 Evaluation`, are a review of
/// it, though no heading names the paper; a lecture's number (`# Lec9`)
/// is no title (the file's name gives it) and no method by its place.
#[test]
fn lecture_notes_along_a_papers_outline() {
    check(
        "MIT6.824/CRAQ_notes.md",
        "# Lec9\r\n\r\n- 🤔 Why chain replication instead of a majority quorum?\r\n\r\n# Abstract\r\n\r\nCRAQ keeps strong consistency while reads go to any node.\r\n\r\n# 1 Introduction\r\n\r\nObject stores trade consistency for read throughput.\r\n\r\n# 2 Basic System Model\r\n\r\n## 2.1 Consistency Model & Interface\r\n\r\nStrong and eventual consistency, per object.\r\n\r\n# 3 Chain Replication with Apportioned Queries\r\n\r\nClean and dirty versions; a dirty read asks the tail.\r\n\r\n# 6 Evaluation\r\n\r\nReads scale with the chain's length.\r\n",
        expect![[r#"
            single file-name "CRAQ" by - | header 1:1-1:7
              summary "Abstract" h1 @5:3
              purpose "1 Introduction" h1 @9:3
              method "2 Basic System Model" h1 inferred @13:3
              experiment "6 Evaluation" h1 @23:3
        "#]],
    );
}

/// A file of several papers, each under a heading of its own with its parts
/// below (`## Attention Is All You Need` over `### 문제 정의`, then `## BERT:
/// …`), holds a review of each: the topic heading above them is no title,
/// and each review runs to the next paper's heading.
#[test]
fn papers_each_under_a_heading_of_their_own_are_reviews() {
    check(
        "notes/2024-transformers.md",
        "# 논문 리뷰 모음 📚\r\n\r\n## Attention Is All You Need (NeurIPS 2017)\r\n\r\n### 문제 정의\r\n\r\nRNN은 병렬화가 어렵다.\r\n\r\n### 제안 방법\r\n\r\n셀프 어텐션만 쓴다 ⚡\r\n\r\n## BERT: Pre-training of Deep Bidirectional Transformers\r\n\r\n### 방법\r\n\r\n마스크 언어 모델.\r\n\r\n### 실험 결과 📊\r\n\r\nGLUE 80.5.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" venue="NeurIPS" year=2017 by - | header 3:4-3:29
              purpose "문제 정의" h3 @5:5
              method "제안 방법" h3 @9:5
            single heading "BERT: Pre-training of Deep Bidirectional Transformers" by - | header 13:4-13:57
              method "방법" h3 @15:5
              experiment "실험 결과 📊" h3 @19:5
        "#]],
    );
    // Each paper's title a top heading, its parts under it (`## Keypoints`,
    // `## Approaches`).
    check(
        "PaperNotes/CV/Tracking/SiamRPN.md",
        "# High Performance Visual Tracking with Siamese Region Proposal Networks\nSiamRPN\n## Keypoints\n* One-shot detection 🎯\n\n## Approaches\n* Two branches.\n\n# Distractor-aware Siamese Networks for Visual Object Tracking\nDaSiamRPN\n## Keypoints\n* Distractors.\n\n## Problems\n* 배경이 비슷하다.\n\n## Approaches\n* Local-to-global search.\n\n# SiamRPN++: Evolution of Siamese Visual Tracking with Very Deep Networks\nSiamRPN++\n## Keypoints\n* ResNet backbone.\n",
        expect![[r#"
            single heading "High Performance Visual Tracking with Siamese Region Proposal Networks" by - | header 1:3-1:73
              summary "Keypoints" h2 @3:4
              method "Approaches" h2 @6:4
            single heading "Distractor-aware Siamese Networks for Visual Object Tracking" by - | header 9:3-9:63
              summary "Keypoints" h2 @11:4
              purpose "Problems" h2 @14:4
              method "Approaches" h2 @17:4
        "#]],
    );
    // A coined name is a paper's too (`## CutMix`, `## MoE++`).
    check(
        "reading-notes/augmentation.md",
        "# Papers\n\n## CutMix\n\n**Motivation**: 영역을 지우면 정보가 사라진다.\n\n**Method**: 패치를 잘라 붙인다 ✂️\n\n## MoE++\n\n**Method**: zero-computation experts.\n\n**Results**: 1.1x faster.\n",
        expect![[r#"
            single heading "CutMix" by - | header 3:4-3:10
              purpose "Motivation" bold @5:3
              method "Method" bold @7:3
            single heading "MoE++" by - | header 9:4-9:9
              method "Method" bold @11:3
              experiment "Results" bold @13:3
        "#]],
    );
}

/// A file of several headings that name topics (`### Indexes`, `###
/// Datalog and Recursion`) or a schedule's units, or that hold summaries
/// alone (`- **要約**: …`) or links alone, holds no review: the headings
/// must name papers, two at least with a purpose, method or experiment part
/// below.
#[test]
fn headings_of_topics_summaries_or_links_alone_hold_no_reviews() {
    check(
        "website/reviews.md",
        "# Paper Reviews\n\n### Indexes\n\n**Problem**: what the readings solve.\n\n**Method**: R-trees.\n\n### Datalog and Recursion\n\n**Problem**: recursion.\n\n**Results**: semi-naive evaluation 🚀\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "hep-ex/2026-07-03.md",
        "# arXiv hep-ex Daily Summary - 2026-07-03\r\n\r\n### [1] Study of ZZ and ZH production in the bbττ final state\r\n- **著者**: CMS Collaboration\r\n- **要約**: 138 fb⁻¹ で初測定 🔭\r\n\r\n### [2] Heavy-Flavor Electron Classification Using Hadronic Environment\r\n- **著者**: Jingyu Zhang\r\n- **要約**: point cloud で電子を分類。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/reading-list.md",
        "# 읽을 논문\n\n## Deep Residual Learning for Image Recognition\n\n[arXiv](https://arxiv.org/abs/1512.03385)\n\n## Densely Connected Convolutional Networks\n\n[arXiv](https://arxiv.org/abs/1608.06993)\n",
        expect![[r#"
            not a review
        "#]],
    );
    // Nor do a schedule's months (`### MONTH 1 (Weeks 1–4): ML Foundations`).
    check(
        "bioinfor-to-ai/README.md",
        "# Bioinformatics to ML Scientist: 6-Month Transition Plan\n\n## Step 1 — Strategy Overview\n\n- Missing: deep learning 📐\n\n## Step 4 — 24-Week Weekly Plan\n\n### MONTH 1 (Weeks 1–4): ML Foundations\n\n**Goal**: 기초를 다진다.\n\n|Week|Objective|\n|----|---------|\n|1|ML Foundations|\n\n### MONTH 2 (Weeks 5-8): Deep Learning + Transformers for Biology\n\n**Goal**: PyTorch.\n\n|Week|Objective|\n|----|---------|\n|5|PyTorch Deep Dive|\n",
        expect![[r#"
            not a review
        "#]],
    );
    // One paper under a topic's heading is no file of several.
    check(
        "reading-notes/offload.md",
        "# Offload\n\n## Papers\n\n### HILOS: Host-side Inference for LLMs with Offloaded States\n\n**Method**: KV cache를 호스트에 둔다.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A circuits venue and its year joined by a dash before the title
/// (`VLSI-2019 A Reference …`, `ESSERC-2024 …`) are its venue and year.
#[test]
fn a_circuits_venue_joined_to_its_year_before_the_title() {
    check(
        "source/_posts/Conferences/2019/VLSI-2019-RSPLL.md",
        "---\r\ntitle: VLSI-2019 A Reference Oversampling Digital Phase-Locked Loop with -240 dB FOM\r\ntags:\r\n  - PLL\r\n---\r\n\r\n## Keypoints\r\n\r\n기준 신호를 오버샘플링한다 📈\r\n\r\n## Background\r\n\r\nRO 기반 PLL은 지터가 크다.\r\n\r\n## Measurement Results\r\n\r\nFOM -240 dB.\r\n",
        expect![[r#"
            single front-matter "A Reference Oversampling Digital Phase-Locked Loop with -240 dB FOM" venue="VLSI" year=2019 by - | header 2:18-2:85
              summary "Keypoints" h2 @7:4
              purpose "Background" h2 @11:4
              experiment "Measurement Results" h2 @15:4
        "#]],
    );
}

/// A setext title followed by its authors' surnames and its year, each
/// after a spaced dash (`… Maude - Olveczky Meseguer - 2007`): the title,
/// and the year kept.
#[test]
fn surnames_and_year_after_spaced_dashes_are_no_part_of_the_title() {
    check(
        "reviews/real-time/README.md",
        "Semantics and Pragmatics of Real-Time Maude - Olveczky Meseguer - 2007\n=======================================================================\n\nAbstract\n--------\n\n실시간 시스템을 명세한다 ⏱️\n\nMotivation\n----------\n\nTimed automata are hard to write.\n\nApproach\n--------\n\nRewriting logic with time.\n",
        expect![[r#"
            single heading "Semantics and Pragmatics of Real-Time Maude" year=2007 by - | header 1:1-1:44
              summary "Abstract" h2 @4:1
              purpose "Motivation" h2 @9:1
              method "Approach" h2 @14:1
        "#]],
    );
}

/// `文章：` (the article) before a title in a heading is a title field's
/// label.
#[test]
fn the_article_label_before_a_headings_title() {
    check(
        "PaperNote/笔记/VGG.md",
        "## 文章：VERY DEEP CONVOLUTIONAL NETWORKS FOR LARGE-SCALE IMAGE RECOGNITION\r\n### 摘要：\r\n研究网络深度的影响 🔍\r\n\r\n### Motivation\r\n增加更多的卷积层。\r\n\r\n### FrameWork\r\n3 × 3 卷积核。\r\n",
        expect![[r#"
            single field "VERY DEEP CONVOLUTIONAL NETWORKS FOR LARGE-SCALE IMAGE RECOGNITION" by - | header 1:7-1:73
              summary "摘要：" h3 @2:5
              purpose "Motivation" h3 @5:5
              method "FrameWork" h3 @8:5
        "#]],
    );
}

/// A front-matter title on the indented lines under `title:` alone, plain
/// or quoted, is one title.
#[test]
fn a_front_matter_title_on_the_lines_under_its_key() {
    check(
        "blog/md/protohalo_size.md",
        "---\ntitle:\n    Characterize the assembly of dark matter halos with the protohalo size\n    history\ndate: 2023-09-04\ndescription:\n    The assembly of dark matter halos can be described by merger trees.\n---\n\n# Assembly of dark matter halos\n\nHalos merge 🌌 ([arXiv](https://arxiv.org/abs/2309.01234)).\n\n## Motivation\n\n병합 트리는 너무 복잡하다.\n\n## Method\n\nThe protohalo size history.\n\n## Results\n\nMore information than the mass history.\n",
        expect![[r#"
            single front-matter "Characterize the assembly of dark matter halos with the protohalo size history" by - | header 3:5-4:12
              purpose "Motivation" h2 @14:4
              method "Method" h2 @18:4
              experiment "Results" h2 @22:4
        "#]],
    );
    check(
        "blog/md/paper_review_0610031.md",
        "---\ntitle:\n    \"Paper review: A primer on hierarchical galaxy formation: the\n    semi-analytical approach\"\ndate: 2021-04-01\n---\n\n## Motivation\n\n은하 형성 🌌.\n\n## Method\n\nSemi-analytical models.\n",
        expect![[r#"
            single front-matter "A primer on hierarchical galaxy formation: the semi-analytical approach" by - | header 3:20-4:29
              purpose "Motivation" h2 @8:4
              method "Method" h2 @12:4
        "#]],
    );
}

/// Chinese parts named as a blog names them: `论文要解决什么问题` (what
/// problem it sets out to solve, without a question mark) and `效率困境`
/// (the predicament it starts from) are the purpose; `模型架构深度解析` (the
/// architecture analysed in depth) the method. `论文研读：` before a
/// front-matter title says what the post is.
#[test]
fn chinese_parts_asked_or_named_by_a_predicament() {
    check(
        "content/papers/speculative-decoding.md",
        "---\r\ntitle: \"论文研读：Fast Inference from Transformers via Speculative Decoding\"\r\npaperUrl: \"https://arxiv.org/abs/2211.17192\"\r\n---\r\n\r\n## 论文要解决什么问题\r\n\r\n自回归解码每次只提交一个 token 🐢。\r\n\r\n## 二、模型架构深度解析\r\n\r\n小模型起草，大模型并行验证。\r\n\r\n## 实验结果\r\n\r\n加速 2-3 倍。\r\n",
        expect![[r#"
            single front-matter "Fast Inference from Transformers via Speculative Decoding" by - | header 2:14-2:71
              purpose "论文要解决什么问题" h2 @6:4
              method "二、模型架构深度解析" h2 @10:4
              experiment "实验结果" h2 @14:4
        "#]],
    );
    check(
        "content/blogs/papers/REFRAG.md",
        "# REFRAG: Rethinking RAG based Decoding\n\n## RAG 的效率困境\n\n长上下文让首个 token 变慢 ⏳。\n\n## 方法\n\n压缩检索到的段落。\n\n## 实验\n\nTTFT 快 30 倍。\n",
        expect![[r#"
            single heading "REFRAG: Rethinking RAG based Decoding" by - | header 1:3-1:40
              purpose "RAG 的效率困境" h2 @3:4
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// A README headed by its repository's name and what the notes are
/// (`# PaperNotes · 兔的论文笔记`) is about the notes, not a paper.
#[test]
fn a_readme_headed_by_the_repositorys_name_and_what_it_is() {
    check(
        "PaperNotes/README.md",
        "# PaperNotes · 兔的论文笔记\n\n一个公开展示个人论文 Markdown 笔记的网站。笔记以可浏览的分段 JSON 呈现，方便按主题检索和阅读。\n\n## 内容边界\n\n- 仓库只保存公开展示所需的网站源码与笔记 JSON。\n- 不包含论文 PDF、原始笔记目录、环境变量或托管配置。\n- 论文笔记是个人阅读记录；原论文与代码的权利仍归各自作者与发布方所有。\n\n## 本地运行\n\n需要 Node.js 22 或更高版本。\n\n```bash\nnpm ci\nnpm run dev\n```\n\n终端会显示本地访问地址。保存代码后，开发服务器会自动刷新页面。\n\n## 验证与构建\n\n```bash\nnode --experimental-strip-types --test tests/library.test.ts tests/reader-font.test.ts\nnpm run build\n```\n\n## 目录说明\n\n```text\napp/            页面与全局样式\ncomponents/     阅读库与论文阅读器组件\nlib/            论文数据读取与筛选逻辑\npublic/data/    公开的论文笔记 JSON\ntests/          基础行为测试\n```\n\n## GitHub Actions\n\n每次推送到 `main` 或创建面向 `main` 的 Pull Request，GitHub Actions 都会安装锁定依赖、运行测试并构建网站。推送至 `main` 后还会把 `dist/client` 发布到 GitHub Pages；不使用任何密钥。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Medical imaging venues after a title, `…, ISBI, 2017` and `…, TMI,
/// 2019`, are venues, as `MICCAI` was: a file of papers under such
/// headings gives each paper's title without them.
#[test]
fn medical_imaging_venues_after_a_title() {
    check(
        "paper_reading/src/ultrasound_segmentation.md",
        "\r\n### Cascaded Fully Convolutional Networks for automatic prenatal ultrasound image segmentation, ISBI, 2017\r\n\r\n**Challenges**\r\n- 초음파 영상의 대비가 낮다 🩻\r\n\r\n**Result and Conclusion**\r\n- Dice 0.92.\r\n\r\n### Deep Attentive Features for Prostate Segmentation in 3D Transrectal Ultrasound, TMI, 2019\r\n\r\n**Problem**\r\n- manual outlining is tedious.\r\n\r\n**Method**\r\n- attention over multi-level features.\r\n\r\n### Auto-context Fully Convolutional Network for Levator Hiatus Segmentation in Ultrasound Images, ISBI 2018\r\n\r\n**Problem**\r\n- 경계가 모호하다.\r\n\r\n**Result**\r\n- Dice 0.94.\r\n",
        expect![[r#"
            single heading "Cascaded Fully Convolutional Networks for automatic prenatal ultrasound image segmentation" venue="ISBI" year=2017 by - | header 2:5-2:95
              purpose "Challenges" bold @4:3
              experiment "Result and Conclusion" bold @7:3
            single heading "Deep Attentive Features for Prostate Segmentation in 3D Transrectal Ultrasound" venue="TMI" year=2019 by - | header 10:5-10:83
              purpose "Problem" bold @12:3
              method "Method" bold @15:3
            single heading "Auto-context Fully Convolutional Network for Levator Hiatus Segmentation in Ultrasound Images" venue="ISBI" year=2018 by - | header 18:5-18:98
              purpose "Problem" bold @20:3
              experiment "Result" bold @23:3
        "#]],
    );
}

/// A personal wiki keeps its paper notes in `wiki/` beside its concept
/// pages: a page that walks through a paper's own sections from its
/// `1.Introduction`, with two parts written, is that paper's note. Its
/// numbered subsections `2.2. File Structure` and `2.3. Directory
/// Structure` are the paper's, not a code repository's README.
#[test]
fn a_wiki_page_that_walks_through_a_paper() {
    check(
        "minuk.github.io/src/content/wiki/F2FS.md",
        "---\r\nlayout  : wiki\r\ntitle   : F2FS\r\nparent  : ssd\r\n---\r\n\r\n[](https://www.usenix.org/system/files/conference/fast15/fast15-paper-lee.pdf)\r\n\r\n# Abstract\r\n\r\n- A log-structured file system for flash storage.\r\n\r\n# 1.Introduction\r\n\r\n- Flash memory는 쓰기 전에 지워야 한다 💾\r\n\r\n# 2.Design and Implementation\r\n\r\n## 2.2. File Structure\r\n\r\n- node 구조로 파일을 나눈다.\r\n\r\n## 2.3. Directory Structure\r\n\r\n- 해시 기반 디렉터리.\r\n",
        expect![[r#"
            single front-matter "F2FS" by - | header 3:11-3:15
              summary "Abstract" h1 @9:3
              purpose "1.Introduction" h1 @13:3
              method "2.Design and Implementation" h1 @17:3
        "#]],
    );
}

/// A docs tool keeps every page in `topics/` (Writerside): a page there
/// that goes from the paper's `## Abstract` to its `## Introduction` is
/// the paper's note; a page on a topic, without them, stays out.
#[test]
fn a_docs_tool_topic_page_that_walks_through_a_paper() {
    check(
        "paperReading/Writerside/topics/TOKEN-MERGING-YOUR-VIT-BUT-FASTER.md",
        "# TOKEN MERGING: YOUR VIT BUT FASTER\n\n## Abstract\n<tldr>\nToMe merges similar tokens 🔀 to make ViTs faster without retraining.\n</tldr>\n\n## Introduction\n- Transformers are slow on long token sequences.\n- Pruning tokens [arXiv](https://arxiv.org/abs/2210.09461) loses information.\n\n##  TOKEN MERGING\n### Strategy\n- bipartite soft matching between two sets of tokens.\n",
        expect![[r#"
            single heading "TOKEN MERGING: YOUR VIT BUT FASTER" by - | header 1:3-1:37
              summary "Abstract" h2 @3:4
              purpose "Introduction" h2 @8:4
              method "TOKEN MERGING" h2 inferred @12:5
        "#]],
    );
    check(
        "paperReading/Writerside/topics/Token-Pruning.md",
        "# Token Pruning\n\n## Definition\nDropping tokens 🔀 a ViT no longer needs, as [DynamicViT](https://arxiv.org/abs/2106.02034) does.\n\n## Motivation\n- Attention is quadratic in the number of tokens.\n\n## Methods\n- scoring tokens by attention.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A template's first heading names the fields the line under it gives,
/// the title first (`# Title, Author(s), and venue.`): the line is the
/// title, after its venue tag and out of its bold.
#[test]
fn a_heading_that_names_the_title_among_fields() {
    check(
        "must-read/notes/mem_safety/2015-DANGNULL-NDSS15.md",
        "# Title, Author(s), and venue.\r\n[NDSS'15] **Preventing Use-after-free with Dangling Pointers Nullification**\r\n\r\nByoungyoung Lee, Chengyu Song, Yeongjin Jang\r\n\r\n### What problem does this paper try to solve?\r\nDangling pointers 🪤 lead to use-after-free.\r\n\r\n### What is this paper's solution to the problem?\r\nNullify every pointer to an object when it is freed.\r\n",
        expect![[r#"
            single field "Preventing Use-after-free with Dangling Pointers Nullification" venue="NDSS" year=2015 by - | header 2:13-2:75
              purpose "What problem does this paper try to solve?" h3 @6:5
              method "What is this paper's solution to the problem?" h3 @9:5
        "#]],
    );
}

/// What follows a Latin title glued to it by a dash or a colon, in
/// Chinese alone, is its translation or what the note is
/// (`…Data-基于分散数据的深度网络通信高效学习`, `… Vector Space：论文复习笔记`);
/// `발표자료` after it, the slides of a talk on it. A Japanese sentence
/// after a short title stays: that is no paper's title.
#[test]
fn a_translation_or_note_word_glued_after_a_title() {
    check(
        "papers-notes/笔记/fedavg.md",
        "# Communication-Efficient Learning of Deep Networks from Decentralized Data-基于分散数据的深度网络通信高效学习\r\n\r\n## 研究背景\r\n\r\n数据分散在设备上 📱。\r\n\r\n## 方法\r\n\r\nFederatedAveraging。\r\n",
        expect![[r#"
            single heading "Communication-Efficient Learning of Deep Networks from Decentralized Data" by - | header 1:3-1:76
              purpose "研究背景" h2 @3:4
              method "方法" h2 @7:4
        "#]],
    );
    check(
        "reviewNotes/word2vec_reviewnotes.md",
        "# Efficient Estimation of Word Representations in Vector Space：论文复习笔记\n\n## 研究背景\n\n词向量 🧮 训练太慢。\n\n## 模型\n\nCBOW 与 Skip-gram。\n",
        expect![[r#"
            single heading "Efficient Estimation of Word Representations in Vector Space" by - | header 1:3-1:63
              purpose "研究背景" h2 @3:4
              method "模型" h2 @7:4
        "#]],
    );
    check(
        "paper_summary/sam/segment anything 발표자료.md",
        "# Segment Anything 발표자료\n\n## Introduction\n\n프롬프트로 무엇이든 분할한다 ✂️.\n\n## Method\n\nImage encoder, prompt encoder, mask decoder.\n",
        expect![[r#"
            single heading "Segment Anything" by - | header 1:3-1:19
              purpose "Introduction" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
    check(
        "materials/papers/ai_scientist.md",
        "# The AI Scientist：別の論文に読み方を使う\n\nLu, C., Lange, R. T. et al. **Towards end-to-end automation of AI research.** Nature 651 (2026).\n\n## 16:10から読む範囲（提案）\n\nAbstract、Fig.1と図注 📄。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// An issue of a weekly on papers (`# 周刊精粹 · 2026-08-24 期`) and a
/// design record of the writer's own software (`# Design Log: …` over
/// `## Background`, `## Problem`, `## Design`) are no review, however
/// their parts are named.
#[test]
fn a_weekly_issue_and_a_design_log() {
    check(
        "The_PaperReading_for_Robotics/weekly/20260824/weekly_overview.md",
        "<!-- meta: 标题=周刊精粹·2026-08-24 期; 来源=本刊合集 -->\r\n# 周刊精粹 · 2026-08-24 期\r\n\r\n**本期主题**：导航三支柱 🧭\r\n\r\n> 论文 PDF 已随刊存于 `weekly/20260824/`：`2607.07452.pdf`、`2608.24618.pdf`、`2608.23650.pdf`。各篇精粹报告（含 9 维评分）见同目录 `01_GeoGS_SLAM.md`、`02_VIP.md`、`03_Concept_Guided_Exploration.md`。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "paper-summary/design-log/005-translate-to-korean.md",
        "# Design Log: Translate to Korean Feature\n\n## Background\n\nSummaries come out in English; users want Korean 🇰🇷.\n\n## Problem\n\nThe prompt alone does not keep the language.\n\n## Design\n\n### Option A: Add separate translation step (Chosen)\n\nTranslate after summarizing.\n\n## Test Results\n\nAll three summaries come back in Korean.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's notes number its papers (`## Paper 8: Top-down attention
/// selection is fine grained`) under the session's heading (`#
/// Eye-Tracking Demonstration; Discussion of Navalpakkam & Itti`): the
/// numbered paper is the title. A file of two numbered papers, each with
/// its parts, is still a review of each.
#[test]
fn a_paper_numbered_by_its_course() {
    check(
        "cognitive-neuroscience-notes/13-navalpakkam-discussion.md",
        "# Eye-Tracking Demonstration; Discussion of Navalpakkam & Itti (2021-10-28)\r\n\r\n> Course: PSYCH-UH 2412 Cognitive Neuroscience | NYU Abu Dhabi\r\n\r\n## Eye-Tracking Demonstration\r\n\r\nAn infrared camera 👁️ instead of scleral coils.\r\n\r\n## Paper 8: Top-down attention selection is fine grained\r\n\r\n### Summary\r\n\r\n- **Goal:** granularity of top-down attention signals\r\n- 25 Ls on the screen\r\n\r\n### Results\r\n\r\n- fine-grained guidance boosts one intensity at a time\r\n",
        expect![[r#"
            single field "Top-down attention selection is fine grained" by - | header 9:13-9:57
              summary "Summary" h3 @11:5
              purpose "Goal" bold @13:5
              experiment "Results" h3 @16:5
        "#]],
    );
    check(
        "paper-notes/neuroscience/Inception_Loop.md",
        "# From MEI to VEI: Inception Loops and Bipartite Invariance in Mouse V1\n\n## Paper 1: Walker et al. 2019 — Inception Loops Discover What Excites Neurons Most\n\n### Background\n\nLinear models of V1 neurons 🧠 predict poorly.\n\n### Method: Inception Loop\n\nRecord, model, generate, verify.\n\n## Paper 2: Ding, Tran et al. 2026 — Functional Bipartite Invariance in Mouse V1 Receptive Fields\n\n### Background\n\nInvariance is measured one neuron at a time.\n\n### Method\n\nA digital twin of V1.\n",
        expect![[r#"
            single heading "Inception Loops Discover What Excites Neurons Most" by - | header 3:34-3:84
              purpose "Background" h3 @5:5
              method "Method: Inception Loop" h3 @9:5
            single heading "Ding, Tran et al. 2026 — Functional Bipartite Invariance in Mouse V1 Receptive Fields" by - | header 13:13-13:98
              purpose "Background" h3 @15:5
              method "Method" h3 @19:5
        "#]],
    );
}

/// A title as the site it was copied from titles its page (`… |
/// OpenReview`, its bar escaped in a link's text) is the paper's title;
/// so is the title after a model's short name (`SR3 = …`). A quarter's
/// weekly reports (`周报`) are no review.
#[test]
fn a_sites_page_title_a_short_name_and_weekly_reports() {
    check(
        "PaperNotes/Does Forcing Structured Output Degrade LLM Creativity.md",
        "\n[Does Forcing Structured Output Degrade LLM Creativity? \\| OpenReview](https://openreview.net/forum?id=vYkz5tzzjV)\n\nAn interesting paper 🤔. It says that structured output can degrade LLM creativity.\n\n> “Gemini-2.5-Flash showed approximately 4–5× greater degradation than the GPT models.”\n",
        expect![[r#"
            single field "Does Forcing Structured Output Degrade LLM Creativity?" by - | header 2:2-2:56
        "#]],
    );
    check(
        "100Days-of-ML-paper-reading-/Day-5 Diffusion model/SR3.md",
        "### SR3 = Super-Resolution via Repeated Refinement.\r\n - SR3 adapts DDPM to conditional image generation 🖼️.\r\n - 64x64 --> 1024x1024\r\n\r\n### Method\r\n - iterative refinement conditioned on the low-resolution image.\r\n\r\n### Results\r\n - fool rate near 50% on faces.\r\n",
        expect![[r#"
            single heading "Super-Resolution via Repeated Refinement" by - | header 1:11-1:51
              method "Method" h3 @5:5
              experiment "Results" h3 @8:5
        "#]],
    );
    check(
        "papernotes/周报/2025Q3周报.md",
        "# 2025.07.08\n3. 小蛋白模块 @孙嘉良\n    i.  小蛋白设计V2.0.0 RFDiffusion, ProteinMPNN 等部分相关文献调研 📚。\n\n# 2025.07.15\n2. 小蛋白模块 @孙嘉良\n    i.  小蛋白设计V2.0.0 RFDiffusion 在服务器上部署。\n    3. 进行更多实验：\n        1. denovo_rag 模式新方案探索：不固定 rag_seed 中 motif 的结构，是否可以提升效果。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A code README that sets its parts apart as bold items rather than
/// headings (`2. **프로젝트 구조**` over its tree, `4. **설치 및 실행
/// 방법**`) documents software, in a folder named for the paper or not.
#[test]
fn a_readme_whose_parts_are_bold_items() {
    check(
        "ML-DL-paper-with-code/vision_model/VGGNet/README.md",
        "1. **프로젝트 개요**  \r\n   Streamlit을 활용하여 VGGNet 기반 이미지 분류를 수행하는 POC 프로젝트입니다 🖼️.  \r\n\r\n2. **프로젝트 구조**  \r\n   ```bash\r\n    📂 vggnet_agent/\r\n    │── 📂 src/                 # 모델 및 유틸리티 코드\r\n   ```\r\n\r\n3. **기능 소개**  \r\n   - 이미지 파일을 드래그 앤 드롭으로 업로드\r\n\r\n4. **설치 및 실행 방법**  \r\n   ```bash\r\n    pip install -r requirement.txt\r\n   ```\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A note exported by Zotero's Better Notes names its paper, the note's
/// parent item, in `parent:` beside `$itemKey:` and `$libraryID:`; the
/// generic `### 论文总结` under it is no title.
#[test]
fn a_zotero_note_names_its_paper_as_its_parent() {
    check(
        "AI-papers-notes/Phase3_Decoding/Top-P_Decoding/paper_notes.md",
        "---\r\ntags: []\r\nparent: 'THE CURIOUS CASE OF NEURAL TEXT DeGENERATION'\r\ncollections:\r\n    - LLM-papers\r\n$version: 1009\r\n$libraryID: 1\r\n$itemKey: LJBTG8LZ\r\n\r\n---\r\n**05/29/2026, 15:43:18**\r\n\r\n### 论文总结\r\n\r\n这篇论文讨论的是：为什么解码会变得重复 🔁？\r\n\r\n### 方法\r\n\r\nNucleus sampling：从累计概率 p 的最小集合中采样。\r\n",
        expect![[r#"
            single front-matter "THE CURIOUS CASE OF NEURAL TEXT DeGENERATION" by - | header 3:10-3:54
              method "方法" h3 @17:5
        "#]],
    );
}

/// A README headed by its folder's slug (`# cnn-feature-hierarchy`) over
/// a line that links the paper alone is that paper's note, titled by the
/// link, not a repository's README.
#[test]
fn a_slug_heading_over_the_papers_link() {
    check(
        "ml-papers/cnn-feature-hierarchy/README.md",
        "# cnn-feature-hierarchy\r\n\r\n[Rich feature hierarchies for accurate object detection and semantic segmentation](https://arxiv.org/pdf/1311.2524.pdf)\r\n\r\n## Introduction\r\n\r\n> Our approach combines two key insights 🔍: CNNs on region proposals, and supervised pre-training.\r\n\r\n## Model\r\n\r\nSelective search, an AlexNet feature extractor and class-specific SVMs.\r\n",
        expect![[r#"
            single field "Rich feature hierarchies for accurate object detection and semantic segmentation" by - | header 3:2-3:82
              purpose "Introduction" h2 @5:4
              method "Model" h2 @9:4
        "#]],
    );
}

/// A Jekyll note's title field whose link opens in a new tab
/// (`Title: [**…**](https://…){:target="_blank"}`) names the paper: the
/// attribute list is no part of the value. `- Main question: …` under its
/// `**Summary**` names the purpose, as `Research Question` does.
#[test]
fn a_title_field_with_a_kramdown_attribute_list() {
    check(
        "jekyll/papers/adams2021.md",
        "Title: [**People systematically overlook subtractive changes**](https://nature.com/articles/s41586-021-03380-y){:target=\"_blank\"}\r\n\r\nAuthors: Gabrielle Adams, Benjamin Converse, Andrew Hales & Leidy Klotz\r\n\r\nJournal: Nature 🧠\r\n\r\n**Summary**\r\n- Main question: Do people search for subtractive changes less than additive ones?\r\n- Innovative methods\r\n",
        expect![[r#"
            single field "People systematically overlook subtractive changes" by - | header 1:11-1:61
              summary "Summary" bold @7:3
              purpose "Main question" line-start @8:3
        "#]],
    );
}

/// A `**Paper:**` field that cites the paper by its authors and year
/// (`Zhang & Sennrich, 2019 — https://…`, `Noam Shazeer, 2020`) names no
/// title; the heading over it does.
#[test]
fn a_paper_field_that_cites_only_its_authors() {
    check(
        "odyssey/papers/rmsnorm.md",
        "# Root Mean Square Layer Normalization\r\n\r\n**Paper:** Zhang & Sennrich, 2019 — https://arxiv.org/abs/1910.07467\r\n\r\n---\r\n\r\n## Motivation\r\n\r\nLayerNorm의 re-centering은 필요 없다 ⚡.\r\n\r\n## Derivation\r\n\r\nOnly a scale is learned.\r\n",
        expect![[r#"
            single heading "Root Mean Square Layer Normalization" by - | header 1:3-1:39
              purpose "Motivation" h2 @7:4
              method "Derivation" h2 inferred @11:4
        "#]],
    );
}

/// The same with one author written in full, `Noam Shazeer, 2020 — …`.
#[test]
fn a_paper_field_that_cites_one_author_in_full() {
    check(
        "odyssey/papers/swiglu.md",
        "# GLU Variants Improve Transformer\r\n\r\n**Paper:** Noam Shazeer, 2020 — https://arxiv.org/abs/2002.05202\r\n\r\n## Motivation\r\n\r\nFFN 활성화 함수를 바꾼다 🔁.\r\n",
        expect![[r#"
            single heading "GLU Variants Improve Transformer" by - | header 1:3-1:35
              purpose "Motivation" h2 @5:4
        "#]],
    );
}

/// A heading that cites the paper's authors and year before a colon, the
/// year bare (`Choset & Pignon 1997：…` with a full-width colon, `Han, Jeon &
/// Kwon 2023: …`): the title is what follows.
#[test]
fn a_heading_that_cites_its_authors_before_a_colon() {
    check(
        "notes/paper-notes/choset-pignon-1997.md",
        "# Choset & Pignon 1997：Coverage Path Planning: The Boustrophedon Cellular Decomposition\r\n\r\n## 核心思想\r\n\r\n把自由空间分解成牛耕式单元 🐂。\r\n",
        expect![[r#"
            single heading "Coverage Path Planning: The Boustrophedon Cellular Decomposition" by - | header 1:24-1:88
              method "核心思想" h2 @3:4
        "#]],
    );
}

/// Three authors, listed: `Han, Jeon & Kwon 2023: …`.
#[test]
fn a_heading_that_cites_three_authors_before_a_colon() {
    check(
        "notes/paper-notes/han-jeon-kwon-2023.md",
        "# Han, Jeon & Kwon 2023: Hierarchical Topology Map with Explicit Corridor\r\n\r\n## 核心思想\r\n\r\n走廊显式建模 🚗。\r\n",
        expect![[r#"
            single heading "Hierarchical Topology Map with Explicit Corridor" by - | header 1:26-1:74
              method "核心思想" h2 @3:4
        "#]],
    );
}

/// `: paper reading` after a title says what the post is, as `: paper
/// review` does (`FiBiNET: paper reading`).
#[test]
fn a_title_that_says_it_is_a_paper_reading() {
    check(
        "paper_reading/FiBiNET.md",
        "---\r\ntitle: \"FiBiNET: paper reading\"\r\ndate: 2020-06-01\r\ntags: [recommendation]\r\n---\r\n\r\n## Motivation\r\n\r\n特征重要性没有被建模 🤔。\r\n\r\n## Model\r\n\r\nSENET 层与双线性交互层。\r\n",
        expect![[r#"
            single front-matter "FiBiNET" by - | header 2:9-2:16
              purpose "Motivation" h2 @7:4
              method "Model" h2 @11:4
        "#]],
    );
}

/// A reading club's weekly file numbers the papers presented as topics
/// (`### 주제 1 : Self-RAG: …` under `# 📚 8 - 1 주차`): the first topic's
/// paper is the title, as `## Paper 8: …` under a session's heading is.
/// The reviewer is the first review's (`- **리뷰어**: 박민경`), not the
/// topic's presenter (`- **발표자**: 조재현`).
#[test]
fn a_reading_clubs_week_numbers_its_topics() {
    check(
        "KoreanRetrieverClub/2025/8-1.md",
        "# 📚 8 - 1 주차\r\n\r\n### 주제 1 : Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection\r\n- **발표자**: 조재현\r\n\r\n### 리뷰 1\r\n- **리뷰어**: 박민경\r\n\r\n#### 요약\r\n\r\nRAG는 외부 지식을 검색해 Context로 쓰고, hallucination을 줄이는 실용적인 방법으로 널리 쓰인다. 하지만 사전 지식만으로 답할 수 있는 질문에서는 검색된 문서가 오히려 방해가 되고, 관련 없는 문서가 섞이면 noise가 늘어난다. 이 논문은 모델이 스스로 검색이 필요한지, 어떤 결과가 유용한지 reflection token으로 판단하게 하며, Generator와 Critic을 함께 학습한다 🔁.\r\n\r\n#### 후기\r\n\r\n실제 서비스에서 검색 여부를 고르는 비용을 줄일 수 있겠다 👍.\r\n\r\n---\r\n\r\n### 주제 2: DeepScaleR: Surpassing O1-preview with a 1.5B Model by Scaling RL\r\n- **발표자**: 장재후\r\n",
        expect![[r#"
            single field "Self-RAG: Learning to Retrieve, Generate, and Critique through Self-Reflection" by 박민경 | header 3:12-3:90
              summary "요약" h4 @9:6
        "#]],
    );
}

/// `- Model design:` over the model's parts names the method, as `Model
/// Architecture` does.
#[test]
fn a_model_design_label_names_the_method() {
    check(
        "notes/nlp/qanet.md",
        "# QANet: Combining Local Convolution with Global Self-Attention for Reading Comprehension\r\n\r\n- Submitted on 2018. 2\r\n- Adams Wei Yu, David Dohan, Minh-Thang Luong\r\n\r\n## Simple Summary\r\n\r\n> A Q&A model with no recurrent network 🚀: only attention and convolutions.\r\n\r\n- Model design:\r\n\t- Convolution captures the local structure of the text\r\n\t- Self-attention learns the global interaction\r\n\r\n- Achieving up to 13x speedup in training.\r\n",
        expect![[r#"
            single heading "QANet: Combining Local Convolution with Global Self-Attention for Reading Comprehension" by - | header 1:3-1:90
              summary "Simple Summary" h2 @6:4
              method "Model design" line-start @10:3
        "#]],
    );
}

/// `### 存在问题` (the problem there is) names the purpose, as `问题` does.
#[test]
fn an_existing_problem_names_the_purpose() {
    check(
        "PaperReading/2019年第31周.md",
        "# 2019年第31周\r\n\r\n## Deep Reinforcement Learning for Taxi Dispatching\r\n\r\n### 研究方法\r\n\r\n强化学习 🚕。\r\n\r\n### 存在问题\r\n\r\n* how to balance transportation resources is a critical issue\r\n\r\n### 实验\r\n\r\n滴滴数据。\r\n",
        expect![[r#"
            single heading "Deep Reinforcement Learning for Taxi Dispatching" by - | header 3:4-3:52
              method "研究方法" h3 @5:5
              purpose "存在问题" h3 @9:5
              experiment "实验" h3 @13:5
        "#]],
    );
}

/// A heading naming a week of the year (`# 2019年第32周（8.5-8.11）`), as
/// Chinese weekly notes head their papers, is no part of the title: the
/// paper's heading under it is.
#[test]
fn a_week_of_the_year_over_the_papers_heading() {
    check(
        "PaperReading/2019年第32周.md",
        "# 2019年第32周（8.5-8.11）\r\n\r\n## DNN-Based Prediction Model for Spatio-Temporal Data\r\n\r\n### 问题\r\n\r\n时空数据预测 📈。\r\n\r\n### 方法\r\n\r\nST-ResNet。\r\n",
        expect![[r#"
            single heading "DNN-Based Prediction Model for Spatio-Temporal Data" by - | header 3:4-3:55
              purpose "问题" h3 @5:5
              method "方法" h3 @9:5
        "#]],
    );
}

/// A template that says first what to name the file (`문서이름: (년도)(저자)
/// e.g. 2015chen`): `문서이름` labels a field; it is no reviewer's name, and
/// the template is no review.
#[test]
fn a_template_names_the_files_name_first() {
    check(
        "abstracts/template.md",
        "문서이름: (년도)(저자) e.g. 2015chen\r\n\r\n\r\nYYYY-MM-DD\r\n\r\n# [제목](링크)\r\n\r\n인용\r\n\r\n> keywords: 🔑\r\n\r\n무슨 이야기를 하고자 하는가? \r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A study group's log for a topic that gives each paper presented its link
/// as an item (`**2. VGGNet**` over `- [논문 링크](https://arxiv.org/…)`)
/// lists papers, whatever summary one of them has: no review.
#[test]
fn a_study_log_that_links_each_paper() {
    check(
        "CVstudy/Image_Classification/README.md",
        "# Image Classification\r\n\r\n### 5/12 study\r\n**1. AlexNet**\r\n- [논문 링크](https://www.nvidia.cn/content/tesla/pdf/imagenet-classification.pdf)\r\n\r\n**2. VGGNet**\r\n- [논문 링크](https://arxiv.org/abs/1409.1556)\r\n\r\n4. Inception V1 ~ V3 🧠\r\n  - 요약 : \r\n    - Utility of Auxiliary Classifiers (보조분류기 활용 -> 정규화 효과)\r\n    - Efficient Grid Size Reduction (그리드 크기 축소)\r\n    - Model Regularization via Label Smoothing (1,0,0,0 -> 0.925,0.025,0.025,0.025)\r\n    - 위 기술들을 모두 사용, 최적점을 찾아 적용 한 것이 Inception V3\r\n    - 위 기술들을 조금씩 사용한 것은 Inception V2 모델들\r\n\r\n5. DenseNet\r\n- [논문링크](https://arxiv.org/pdf/1608.06993.pdf)\r\n\r\n6. SeNet\r\n- [논문링크](https://arxiv.org/pdf/1709.01507.pdf)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A thesis's `Literature-Review.md`, no heading in it, is the literature
/// page, not a note on a paper called `Literature`.
#[test]
fn a_literature_review_page_named_only_by_its_file() {
    check(
        "msc-thesis-notes/02-Research/Literature-Review.md",
        " - in silico methods were developed to predict the crystallization propensities of proteins 🧪\r\n - Harmonic networks [[51](https://www.sciencedirect.com/science/article/pii/S0959440X22000471#bib51)] have achieved rotation-equivariance in 2D. Thomas et al. [[52](https://www.sciencedirect.com/science/article/pii/S0959440X22000471#bib52)] published a widely-cited preprint on Tensor Field Networks, which are translation- and rotation-equivariant.\r\n\r\n- Reviewed papers: \r\n\t- [[Dephosphocholination by Legionella effector Lem3 remodels the switch II region of Rab1b]]\r\n\t- [[Discovery of a new evolutionarily conserved short linear F-actin binding motif]]\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Front matter with no `title:` but the paper's reference in `Citation:`
/// (`"S. De _et al._, “Griffin: …” arXiv, Feb. 29, 2024. …"`): the title is
/// its first quotation.
#[test]
fn a_front_matter_citation_quotes_the_title() {
    check(
        "zoo/papers/griffin.md",
        "---\r\naliases:\r\n  - hawk\r\ntags:\r\n  - ai/method\r\n  - \"#paper/read\"\r\n4 Sentence Summary: The paper proposes RG-LRU, a recurrent layer 🔁. A hybrid with local attention outperforms Transformers.\r\nCitation: \"S. De _et al._, “Griffin: Mixing Gated Linear Recurrences with Local Attention for Efficient Language Models.” arXiv, Feb. 29, 2024. Available: [http://arxiv.org/abs/2402.19427](http://arxiv.org/abs/2402.19427)\"\r\n---\r\n- The paper proposes a novel layer (**RG-LRU**) to replace attention in [[transformer|Transformer Networks]]\r\n- It matches the efficiency of transformers\r\n## Model\r\n- Residual blocks of RG-LRU and local MQA\r\n## Results\r\n- Beats Mamba at 3B 🚀\r\n",
        expect![[r#"
            single front-matter "Griffin: Mixing Gated Linear Recurrences with Local Attention for Efficient Language Models" by - | header 8:29-8:120
              method "Model" h2 @12:4
              experiment "Results" h2 @14:4
        "#]],
    );
}

/// A blog's subtitle after a colon that opens with an English word (`Attention
/// Is All You Need : AI 혁명의 시작`) goes whole, not all but its first word.
#[test]
fn a_korean_subtitle_after_a_colon_opening_in_english() {
    check(
        "content/posts/attention-is-all-you-need.md",
        "---\r\ntitle: \"Attention Is All You Need : AI 혁명의 시작\"\r\ndate: 2025-03-01\r\ntags: [\"paper\"]\r\n---\r\n\r\n# Attention Is All You Need : AI 혁명의 시작 🚀\r\n\r\n## 배경\r\n\r\nRNN은 순차적으로 계산해서 병렬화가 어렵다.\r\n\r\n## 모델 구조\r\n\r\nSelf-attention만으로 인코더와 디코더를 쌓는다.\r\n",
        expect![[r#"
            single front-matter "Attention Is All You Need" by - | header 2:9-2:34
              purpose "배경" h2 @9:4
              method "모델 구조" h2 @13:4
        "#]],
    );
}

/// `## 传统微调的痛点` (the pain point of fine-tuning as it is done) names
/// the purpose, as `难点` does.
#[test]
fn a_pain_point_names_the_purpose() {
    check(
        "论文阅读/ControlNet.md",
        "# ControlNet: Adding Conditional Control to Text-to-Image Diffusion Models\r\n\r\n## 传统微调的痛点 (Weight Modification)\r\n\r\n直接微调大模型会破坏原有能力 😵。\r\n\r\n## 核心思想\r\n\r\n复制一份可训练的编码器，用零卷积连接。\r\n",
        expect![[r#"
            single heading "ControlNet: Adding Conditional Control to Text-to-Image Diffusion Models" by - | header 1:3-1:75
              purpose "传统微调的痛点 (Weight Modification)" h2 @3:4
              method "核心思想" h2 @7:4
        "#]],
    );
}

/// A note headed by the paper's own link (`### [A LSTM-based method for
/// stock returns prediction: …](https://ieeexplore.ieee.org/document/…)`)
/// over a few bullets is a note on that paper.
#[test]
fn a_heading_that_is_the_papers_link() {
    check(
        "one-abstract-a-day/rnn/2015chen.md",
        "### [A LSTM-based method for stock returns prediction: A case study of China stock market](https://ieeexplore.ieee.org/document/7364089)\r\n\r\n- 주식 시장 예측에 관한 연구: 뉴럴넷, 유전 알고리즘, 서포트 벡터 머신 등의 다양한 기계학습 알고리즘의 적용\r\n- 주가는 시간 순서가 있는 데이터: 다양한 RNN 모델을 활용하여 목표를 예측하고자 함\r\n    - 그 가장 성능이 좋은 LSTM: 메모리 셀을 통해 과거 데이터와 현재 입력값 간의 연결고리를 찾기 용이\r\n\r\n- 중국 주식 시장에 LSTM 아키텍처를 적용 📈\r\n- 10개의 learning feature와 3일의 'earning rate'를 라벨링\r\n",
        expect![[r#"
            single heading "A LSTM-based method for stock returns prediction: A case study of China stock market" by - | header 1:6-1:90
        "#]],
    );
}

/// A template's first part, `### Objective summary in general` (over the
/// paper's points, beside `### Subjective comments in general`), names no
/// paper: the file's name does.
#[test]
fn a_templates_objective_summary_is_no_title() {
    check(
        "papers/MaxViT Multi-Axis Vision Transformer.md",
        "### Objective summary in general\r\n- intro: blocked local과 dilated global attention으로 효율적이고 확장 가능한 attention 모델을 소개 🔍.\r\n- literature review (or theoretical background): Conv와 ViT는 각자의 영역에서 발전해 옴.\r\n- method: Block과 Grid attention으로 구성된 Max-SA module을 개발.\r\n- results: Parameter와 FLOPs 대비 accuracy가 ConvNeXt, Swin보다 좋다.\r\n\r\n### Subjective comments in general\r\n- good points: Conv와 Attention의 장점을 결합.\r\n- weak points: 성능 차이는 미묘하다.\r\n",
        expect![[r#"
            single file-name "MaxViT Multi-Axis Vision Transformer" by - | header 1:1-1:33
              purpose "Objective summary in general" h3 @1:5
              purpose "intro" line-start @2:3
              method "method" line-start @4:3
              experiment "results" line-start @5:3
        "#]],
    );
}

/// A page that says it is a curated list of papers (`A curated list of
/// papers about weather forecasting …`) is a reading list, whatever parts it
/// has.
#[test]
fn a_page_that_says_it_lists_papers() {
    check(
        "paper_reading/ai4science/weather_forecasting.md",
        "\r\n# Neural Weather Forecasting\r\n\r\nMaintainers - [Aaron Zhao](https://aaron-zhao123.github.io/) and [Cheng Zhang](https://chengzhang-98.github.io/blog/)\r\n\r\nA curated list of papers about weather forecasting using data driven approaches i.e. machine learning 🌦️.\r\n\r\n## Model Comparison\r\n\r\nKeislerNet (2022)\r\n\r\n- deterministic model\r\n- 1 degree resolution\r\n\r\nFourCastNet (2022)\r\n\r\n- first 0.25 degree model\r\n\r\nPangu-Weather (2022)\r\n\r\n- 0.25 deg 7-day lead times\r\n- outperformed HRES on more variables\r\n\r\n## Method\r\n\r\nGraph networks and transformers on reanalysis data.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Headings that name passes of reading the paper (`## Pass 1`, `## Pass
/// 2`, as Keshav's three-pass method reads it) are no part, however much
/// of the method the second pass tells.
#[test]
fn a_reading_pass_is_no_part() {
    check(
        "paperReading/CNN/AlexNet.md",
        "# ImageNet classification with deep convolutional neural networks\r\n\r\n## Pass 1\r\n\r\n    Title, Abstract, and conclusion (15 min) ⏱️\r\n\r\nThe authors train a large convolutional network to classify images, far better than the previous state of the art.\r\n\r\n## Pass 2\r\n\r\n    From title to end, figures and tables in detail.\r\n\r\nThe architecture has five convolutional layers followed by three fully-connected layers and a 1000-way softmax. The model uses ReLU, which trains faster than tanh. The network is split across two GPUs, with local response normalization and overlapping pooling. The training uses SGD with momentum, dropout in the fully-connected layers, and data augmentation of the input images.\r\n\r\n## Pass 3\r\n\r\n    Know the meaning of each sentence.\r\n",
        expect![[r#"
            single heading "ImageNet classification with deep convolutional neural networks" by - | header 1:3-1:66
        "#]],
    );
}

/// `目标检测简介`, a brief introduction to the task, is the purpose, as
/// `背景介绍` is; `作者简介`, about who wrote it, is no part, and `论文简介`
/// stays the summary.
#[test]
fn a_brief_introduction_to_the_task_is_the_purpose() {
    check(
        "notes/DETR.md",
        "# DETR 🎯\r\n\r\n目标检测问题转化为集合预测问题。本文避免了 nms 这类后处理，且给出了一段简单的代码。\r\n\r\n## 作者简介\r\n\r\nFacebook AI 的研究者。\r\n\r\n## 目标检测简介\r\n\r\n给定一张图，输出物体及其标注框，以往的算法都会生成大量冗余框。\r\n\r\n## loss\r\n\r\n二分图匹配：用匈牙利算法把预测和 ground truth 一一对应。\r\n\r\n## 模型结构\r\n\r\nCNN backbone 之后接 transformer encoder-decoder，输出固定个数的框。\r\n",
        expect![[r#"
            single heading "DETR" by - | header 1:3-1:7
              purpose "目标检测简介" h2 @9:4
              method "模型结构" h2 @17:4
        "#]],
    );
}

/// `Key Result: …` on a line of its own, a template's field under the
/// paper's `Title:` line, is the experiment, as `Key Findings` is.
#[test]
fn a_key_result_line_is_the_experiment() {
    check(
        "papers/arxiv.2508.21302.md",
        "---\r\ntags: Fuzzing, LLM\r\nurl: https://arxiv.org/abs/2508.21302\r\n---\r\nTitle: Locus: Agentic Predicate Synthesis for Directed Fuzzing\r\n\r\nTL;DR: LLM이 타깃 취약점에 대한 predicate를 합성 🐛\r\n\r\nMotivation: directed fuzzing은 깊은 상태에 도달하기 어렵다.\r\n\r\nKey Result: baseline보다 더 많은 버그를 더 빨리 찾음.\r\n",
        expect![[r#"
            single field "Locus: Agentic Predicate Synthesis for Directed Fuzzing" by - | header 5:8-5:63
              summary "TL;DR" line-start @7:1
              purpose "Motivation" line-start @9:1
              experiment "Key Result" line-start @11:1
        "#]],
    );
}

/// A generated page writes its labels in HTML paragraphs
/// (`<p><strong>为什么做：</strong>…</p>`): the tag is no part of the label.
/// `为什么做`, `怎么做` and `做得怎么样` (why, how, how well it was done) are
/// the purpose, the method and the experiment, as `Why` and `How` are.
#[test]
fn labels_in_html_paragraphs_and_the_chinese_why_how_how_well() {
    check(
        "docs/papers/2026-06/10-1016-j-ijsolstr-2026-113882.md",
        "---\r\nlayout: default\r\ntitle: \"Inverse differential quadrature based shell strong unified formulation\"\r\n---\r\n\r\n# Inverse differential quadrature based shell strong unified formulation\r\n\r\n<p class=\"meta\"><strong>作者：</strong>Aniket Gopa Chanda, Paul M. Weaver</p>\r\n<p class=\"meta\"><strong>DOI：</strong>10.1016/j.ijsolstr.2026.113882</p>\r\n\r\n## 摘要\r\n\r\n<p>Shell structures stand as one of the most efficient structural elements.</p>\r\n\r\n<section class=\"ai-notes\">\r\n<h2>AI 分析 🤖</h2>\r\n<p><strong>为什么做：</strong>复合材料壳结构的行为强烈依赖于厚度与曲率半径比。</p>\r\n<p><strong>怎么做：</strong>1. 理论模型：采用可变阶运动学。2. 数值方法：iDQM。</p>\r\n<p><strong>做得怎么样：</strong>球形壳误差在0.5%以内。</p>\r\n<h3>亮点和创新点</h3>\r\n<ul><li>首次将 SSUF 与 iDQM 结合。</li></ul>\r\n</section>\r\n",
        expect![[r#"
            single front-matter "Inverse differential quadrature based shell strong unified formulation" by - | header 3:9-3:79
              summary "摘要" h2 @11:4
              purpose "为什么做" bold @17:12
              method "怎么做" bold @18:12
              experiment "做得怎么样" bold @19:12
              novelty "亮点和创新点" h3 @20:5
        "#]],
    );
}

/// A heading that is only the day the paper was read (`May 2nd, 2017`,
/// `2021년 3월 5일`, `2019年8月5日`) is no title: the paper's heading under it
/// is.
#[test]
fn a_day_over_the_papers_heading_is_no_title() {
    check(
        "deep-learning-research-papers/summaries.md",
        "##### May 2nd, 2017\r\n### [Deep learning with convolutional neural networks for brain mapping and decoding of movement-related information from the human EEG](https://arxiv.org/pdf/1703.05051.pdf)\r\n* Visualizing EEG data using a variety of Deep Networks 🧠\r\n* Did not find huge improvements over existing methods (filter bank common spatial patterns, FBCSP) but might be because of the size of datasets\r\n* Helped by using dropout, batch normalization, and exponential linear units\r\n* Didn't use handcrafted features\r\n* Largely about the potential of ConvNets for EEG-based brain mapping\r\n",
        expect![[r#"
            single heading "Deep learning with convolutional neural networks for brain mapping and decoding of movement-related information from the human EEG" by - | header 2:6-2:136
        "#]],
    );
}

/// The same in Korean: `## 2021년 3월 5일` over the paper's heading.
#[test]
fn a_day_in_korean_over_the_papers_heading_is_no_title() {
    check(
        "deep-learning-research-papers/2021.md",
        "## 2021년 3월 5일\r\n### [Deep learning with convolutional neural networks for brain mapping and decoding of movement-related information from the human EEG](https://arxiv.org/pdf/1703.05051.pdf)\r\n* 여러 deep network로 EEG 데이터를 시각화 🧠\r\n* 기존 방법(FBCSP)보다 크게 낫지는 않았는데, 데이터셋 크기 때문일 수 있음\r\n* dropout, batch normalization, ELU가 도움이 됨\r\n* 손으로 만든 feature는 쓰지 않음\r\n* EEG 기반 brain mapping에서 ConvNet의 가능성에 관한 논문\r\n",
        expect![[r#"
            single heading "Deep learning with convolutional neural networks for brain mapping and decoding of movement-related information from the human EEG" by - | header 2:6-2:136
        "#]],
    );
}

/// `# 论文阅读清单` (a checklist of papers to read) over a table of them is
/// a reading list, as `Reading List` is.
#[test]
fn a_reading_checklist_in_chinese_is_no_review() {
    check(
        "papers/README.md",
        "# 论文阅读清单\r\n\r\n> 系统性阅读多模态大语言模型领域的关键论文，按主题分类并追踪阅读进度。\r\n\r\n**阅读状态说明**：⬜ 未读 / 📖 在读 / ✅ 已读\r\n\r\n## 一、基础模型\r\n\r\n| 状态 | 论文 | 年份 | 笔记 |\r\n|:----:|------|:----:|:----:|\r\n| ⬜ | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | 2017 | - |\r\n| ✅ | [Learning Transferable Visual Models From Natural Language Supervision (CLIP)](https://arxiv.org/abs/2103.00020) | 2021 | [笔记](clip.md) |\r\n\r\n## 二、方法\r\n\r\n对比学习与指令微调。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A folder's README that opens with a template's questions
/// (`어떠한 문제를 해결하고자 했는가?`, `그 문제를 해결한 방법은 무엇인가?`,
/// `제안한 방법이 어떠한 결과를 내었는가? (특히 …)`): the purpose, the
/// method (the way the problem was solved, though it names the problem) and
/// the experiment (the results the method gave, an aside after the question
/// mark); the title is the folder's, never the first question.
#[test]
fn a_question_templates_korean_questions_are_its_parts_not_its_title() {
    check(
        "paper_review/Encoder-Decoder_with_Atrous_Separable/README.md",
        "### 어떠한 문제를 해결하고자 했는가?\r\n\r\nsegmentation task에 두 가지 방법이 있다. SPP와 encoder-decoder이다 🧩\r\n\r\n### 그 문제를 해결한 방법은 무엇인가?\r\n\r\nDeepLabv3를 encoder로 쓰고 decoder를 추가해 object boundary를 복원한다.\r\n\r\n### 제안한 방법이 어떠한 결과를 내었는가? (특히 어떤 부분이 좋아졌는가..?)\r\n\r\nPASCAL VOC 2012 test set에서 89.0% mIoU.\r\n\r\n### 부족한 부분에는 무엇이 있나?\r\n",
        expect![[r#"
            single folder "Encoder-Decoder with Atrous Separable" by - | header 1:1-1:23
              purpose "어떠한 문제를 해결하고자 했는가?" h3 @1:5
              method "그 문제를 해결한 방법은 무엇인가?" h3 @5:5
              experiment "제안한 방법이 어떠한 결과를 내었는가? (특히 어떤 부분이 좋아졌는가..?)" h3 @9:5
        "#]],
    );
}

/// `How did they solve the problem?` asks for the method, though it
/// names the problem.
#[test]
fn how_they_solved_the_problem_asks_for_the_method() {
    check(
        "notes/deeplabv3plus.md",
        "# Encoder-Decoder with Atrous Separable Convolution for Semantic Image Segmentation\n\n## What problem did the authors try to solve?\n\nSPP misses sharp object boundaries 🎯\n\n## How did they solve the problem?\n\nA decoder on top of DeepLabv3.\n\n## What results did the method achieve?\n\n89.0% mIoU on PASCAL VOC 2012.\n",
        expect![[r#"
            single heading "Encoder-Decoder with Atrous Separable Convolution for Semantic Image Segmentation" by - | header 1:3-1:84
              purpose "What problem did the authors try to solve?" h2 @3:4
              method "How did they solve the problem?" h2 @7:4
              experiment "What results did the method achieve?" h2 @11:4
        "#]],
    );
}

/// `# 6. Rainbow: Combining …` over unnumbered parts at its own level
/// (`# Introduction`, `# 배경`): the number is the note's place in a series,
/// not a section's, and the heading is the title (not the file's name, cut
/// short as an export cuts it).
#[test]
fn a_number_only_the_first_heading_carries_is_the_notes_place_in_a_series() {
    check(
        "rainbow/Rainbow Combining Improvements in Deep Reinforce.md",
        "# 6. Rainbow: Combining Improvements in Deep Reinforcement Learning\r\n\r\nAlgorithm: Rainbow DQN\r\nAuthor: M. Hessel, J. Modayil, H. Hasselt\r\nURL: https://arxiv.org/abs/1710.02298\r\n\r\n# 배경\r\n\r\nDQN의 6 extensions를 하나로 합친다 🌈\r\n\r\n# Method\r\n\r\nDDQN, PER, Dueling, Multi-step, Distributional, Noisy Nets.\r\n\r\n# Experiments\r\n\r\nAtari 57 게임에서 median human-normalized score 223%.\r\n",
        expect![[r#"
            single heading "Rainbow: Combining Improvements in Deep Reinforcement Learning" by - | header 1:6-1:68
              method "Algorithm" line-start @3:1
              purpose "배경" h1 @7:3
              method "Method" h1 @11:3
              experiment "Experiments" h1 @15:3
        "#]],
    );
}

/// A title field in HTML's bold, its value in an underline tag before the
/// paper's link: `<b>Title : </b> <u>Can Photoplethysmography …</u>
/// [[Paper]](…)`.
#[test]
fn a_title_field_in_html_bold_its_value_underlined() {
    check(
        "paper-review/PPGABP.md",
        "## Paper Review\r\n<b>Title : </b> <u>Can Photoplethysmography Replace Arterial Blood Pressure in the Assessment of Blood Pressure?</u> [[Paper]](https://doi.org/10.3390/jcm7100316)\r\n<br>\r\n<b>Authors : </b> Gloria Martínez, Newton Howard, Derek Abbott\r\n<br>\r\n<b>Read date : </b>: June, 17, 2022 📅\r\n\r\n## Abstract\r\n\r\nPPG와 ABP 파형의 상관관계를 본다.\r\n\r\n## Method\r\n\r\n두 신호의 2차 미분을 비교한다.\r\n\r\n## Results\r\n\r\n상관계수 0.9 이상.\r\n",
        expect![[r#"
            single field "Can Photoplethysmography Replace Arterial Blood Pressure in the Assessment of Blood Pressure?" by - | header 2:20-2:113
              summary "Abstract" h2 @8:4
              method "Method" h2 @12:4
              experiment "Results" h2 @16:4
        "#]],
    );
}

/// `Gilmer et. al., Jan 2018` under the title heading (the full stop of
/// `et al.` misplaced) cites the authors, as `et al.` does: no title.
#[test]
fn authors_cited_with_et_dot_al_under_the_title_are_no_title() {
    check(
        "summaries/adversarial-spheres.md",
        "# Adversarial Spheres\r\n\r\nGilmer et. al., Jan 2018\r\n\r\nAuthors: Justin Gilmer, Luke Metz, Fartash Faghri, Ian Goodfellow\r\n\r\n[[arxiv]](https://arxiv.org/abs/1801.02774)\r\n\r\n## Summary\r\n\r\n구 위의 두 분포로 adversarial example을 설명한다 🌐\r\n\r\n## Method\r\n\r\n고차원 구 두 개를 구분하는 문제.\r\n",
        expect![[r#"
            single heading "Adversarial Spheres" by - | header 1:3-1:22
              summary "Summary" h2 @9:4
              method "Method" h2 @13:4
        "#]],
    );
}

/// `<center>METHODS</center>` alone on its line is a label, as `*Methods*`
/// and `[Methods]` alone are: the tag only places it.
#[test]
fn a_label_centred_alone_on_its_line() {
    check(
        "Summaries/BaoETAL2018.md",
        "# Deep Neural Nets with Interpolating Function as Output Activation\r\n\r\nAuthors introduce a new activation function to replace the softmax layer in DNNs 🧮\r\n\r\n<center>METHODS</center>\r\n\r\n- harmonic extension으로 template 데이터에서 보간한다.\r\n\r\n<center>실험</center>\r\n\r\nCIFAR-10에서 정확도가 오른다.\r\n",
        expect![[r#"
            single heading "Deep Neural Nets with Interpolating Function as Output Activation" by - | header 1:3-1:68
              method "METHODS" line-start @5:9
              experiment "실험" line-start @9:9
        "#]],
    );
}

/// `Task Formulation` states the task the paper sets out to solve, as
/// `Problem Formulation` does: the purpose.
#[test]
fn a_task_formulation_is_the_purpose() {
    check(
        "Recommendation/KGAT.md",
        "# KGAT: Knowledge Graph Attention Network for Recommendation\r\n\r\n**Task Formulation**\r\n\r\nuser-item 그래프와 knowledge graph를 합친 collaborative knowledge graph에서 추천 🎯\r\n\r\n**2. Methodology**\r\n\r\nattentive embedding propagation layer를 쌓는다.\r\n\r\n**3. Experiments**\r\n\r\nAmazon-book, Last-FM, Yelp2018에서 recall@20 향상.\r\n",
        expect![[r#"
            single heading "KGAT: Knowledge Graph Attention Network for Recommendation" by - | header 1:3-1:61
              purpose "Task Formulation" bold @3:3
              method "2. Methodology" bold @7:3
              experiment "3. Experiments" bold @11:3
        "#]],
    );
}

/// A heading naming the paper in the reader's language (`# Q2 日本語読解ノート`)
/// over fields, the paper's own title not on the first of them (`PDF: […](…)`
/// over `原題: Q2: Evaluating …`): the field's title.
#[test]
fn the_papers_own_title_in_a_field_among_others_under_the_heading() {
    check(
        "論文/notes/14_Q2_ja_reading_note.md",
        "---\r\npaper_id: \"14\"\r\nstatus: read\r\n---\r\n\r\n# Q2 日本語読解ノート\r\n\r\nPDF: [14_Q2_2021.emnlp-main.619.pdf](../pdfs/14_Q2_2021.emnlp-main.619.pdf)  \r\n原題: Q2: Evaluating Factual Consistency in Knowledge-Grounded Dialogues via Question Generation and Question Answering  \r\n著者: Or Honovich et al. / EMNLP 2021\r\n\r\n## 一言まとめ\r\n\r\n知識に基づく対話の事実一貫性を QG と QA で測る 📏\r\n\r\n## 問題設定\r\n\r\n既存の指標は事実の誤りを捉えにくい。\r\n",
        expect![[r#"
            single field "Q2: Evaluating Factual Consistency in Knowledge-Grounded Dialogues via Question Generation and Question Answering" by - | header 9:5-9:118
              purpose "問題設定" h2 @16:4
        "#]],
    );
}

/// `**结果** → …`: a bold label, then an arrow before its text, as a dash
/// or a colon would stand.
#[test]
fn a_bold_label_then_an_arrow() {
    check(
        "notes/navsim.md",
        "# NAVSIM: Data-Driven Non-Reactive Autonomous Vehicle Simulation and Benchmarking\r\n\r\n## TL;DR 浓缩版\r\n\r\n**问题** → 开环指标和闭环表现相关性差 🚗\r\n\r\n**方法/论证** → 非反应式仿真，只问一次规划器，之后轨迹不变。\r\n\r\n**结果** -> PDMS 和闭环 CLS 的相关性显著高于开环 OLS。\r\n",
        expect![[r#"
            single heading "NAVSIM: Data-Driven Non-Reactive Autonomous Vehicle Simulation and Benchmarking" by - | header 1:3-1:82
              summary "TL;DR 浓缩版" h2 @3:4
              purpose "问题" bold @5:3
              method "方法/论证" bold @7:3
              experiment "结果" bold @9:3
        "#]],
    );
}

/// A smaller heading under the paper's linked title that lists its
/// authors (`## Chelsea Finn, Aravind Rajeswaran, Sham Kakade, Sergey
/// Levine`) is not the rest of the title, as a smaller heading with a
/// subtitle is.
#[test]
fn a_smaller_heading_with_the_authors_is_no_part_of_the_title() {
    check(
        "summaries/Online_Meta-learning.md",
        "# [Online Meta-Learning](https://arxiv.org/pdf/1902.08438.pdf)\r\n## Chelsea Finn, Aravind Rajeswaran, Sham Kakade, Sergey Levine\r\n  \r\n### Introduction\r\n\r\n온라인으로 들어오는 task에 meta-learning을 적용한다 🔁\r\n\r\n### Method\r\n\r\nFollow the Meta Leader (FTML).\r\n\r\n### Experiments\r\n\r\nRainbow MNIST, Pose prediction.\r\n",
        expect![[r#"
            single heading "Online Meta-Learning" by - | header 1:4-1:24
              purpose "Introduction" h3 @4:5
              method "Method" h3 @8:5
              experiment "Experiments" h3 @12:5
        "#]],
    );
}

/// `* 论文名：…` under `## 论文信息`: the title field, as `論文名` is.
#[test]
fn a_paper_name_field_in_simplified_chinese() {
    check(
        "papers/ttf-net/ttf-net.md",
        "## 论文信息\r\n* 论文名：Training-Time-Friendly Network for Real-Time Object Detection\r\n* 作者：Zili Liu, Tu Zheng, Guodong Xu\r\n* [arvix link](https://arxiv.org/pdf/1909.00700.pdf)\r\n\r\n## 主要贡献（数据，模型，loss）\r\n- 轻量级网络TTF-NET，训练快，推理快 🚀\r\n\r\n## 方法\r\n- heatmap 用椭圆高斯生成。\r\n",
        expect![[r#"
            single field "Training-Time-Friendly Network for Real-Time Object Detection" by - | header 2:7-2:68
              novelty "主要贡献（数据，模型，loss）" h2 @6:4
              method "主要贡献（数据，模型，loss）" h2 @6:4
              method "方法" h2 @9:4
        "#]],
    );
}

/// Front matter saying the paper is yet to be read (`status: queue`) over
/// no body at all: a reading queue's card, not a review begun.
#[test]
fn a_reading_queues_card_with_no_body_is_no_review() {
    check(
        "papers/Acceleration of inverse design process on adaptive mesh.md",
        "---\r\ntitle: Acceleration of inverse design process on adaptive mesh\r\ncitation: Optics Express\r\nstatus: queue\r\ntags:\r\n  - inverse-design\r\n  - 역설계 🧲\r\n---\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// The same card with `status: reading`: a review begun in a folder of
/// paper notes, its parts to be written.
#[test]
fn a_card_being_read_with_no_body_is_a_review_begun() {
    check(
        "papers/Acceleration of inverse design process on adaptive mesh.md",
        "---\r\ntitle: Acceleration of inverse design process on adaptive mesh\r\ncitation: Optics Express\r\nstatus: reading\r\ntags:\r\n  - inverse-design\r\n  - 역설계 🧲\r\n---\r\n",
        expect![[r#"
            single front-matter "Acceleration of inverse design process on adaptive mesh" by - | header 2:8-2:63
        "#]],
    );
}

/// A card whose every part still says `unknown` (a paper not read yet)
/// is a template left unfilled, as one with `待填写` is.
#[test]
fn a_card_with_unknown_under_every_part_is_no_review() {
    check(
        "paper_notes/2022/A/A22100070190.md",
        "# 论文经验卡：A22100070190\r\n\r\n> 语义整理状态：`pending_review` 📝\r\n\r\n## 基本信息\r\n\r\n- 年份：2022\r\n- 论文 ID：A22100070190\r\n- 原始 PDF：[打开](../../../papers/2022/A/A22100070190.pdf)\r\n\r\n## 整体建模逻辑\r\n\r\nunknown\r\n\r\n## 使用方法\r\n\r\nunknown\r\n\r\n## 结果\r\n\r\nunknown\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `文献阅读笔记：《World Models》(Ha & Schmidhuber, 2018)`: a title of two
/// words in Chinese title marks after what the note is is the title, as a
/// longer one already was.
#[test]
fn a_short_title_in_title_marks_after_what_the_note_is() {
    check(
        "reading-notes/world-models-ha-2018.md",
        "# 文献阅读笔记：《World Models》(Ha & Schmidhuber, 2018) 🌍\r\n\r\n## 研究动机\r\n\r\n智能体能否在自己的“梦”里学习策略？\r\n\r\n## 方法\r\n\r\nV (VAE) + M (MDN-RNN) + C (线性控制器)。\r\n\r\n## 实验\r\n\r\nCarRacing 上得分 906 ± 21。\r\n",
        expect![[r#"
            single heading "World Models" by - | header 1:11-1:23
              purpose "研究动机" h2 @3:4
              method "方法" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// `- 论文：[ISCA 页面](…) ｜ [PDF](…)`: a title field whose link is named
/// for a web page (`ISCA 页面`, `프로젝트 페이지`) gives no title; the
/// heading above it does.
#[test]
fn a_link_named_a_web_page_is_no_title() {
    check(
        "论文阅读/01-Maier2017-End-of-Turn.md",
        "# Towards Deep End-of-Turn Prediction for Situated Spoken Dialogue Systems\r\n\r\n## 基本信息\r\n\r\n- 作者：Angelika Maier, Julian Hough, David Schlangen\r\n- 会议：Interspeech 2017\r\n- 论文：[ISCA 页面](https://www.isca-archive.org/interspeech_2017/maier17_interspeech.html) ｜ [PDF](https://www.isca-archive.org/interspeech_2017/maier17_interspeech.pdf)\r\n\r\n### 问题定义\r\n\r\n传统系统等到静音后才认为用户结束发言 🤔。\r\n\r\n### 方法线索\r\n\r\n- 使用 LSTM 建模；\r\n",
        expect![[r#"
            single heading "Towards Deep End-of-Turn Prediction for Situated Spoken Dialogue Systems" by - | header 1:3-1:75
              purpose "问题定义" h3 @9:5
              method "方法线索" h3 @13:5
        "#]],
    );
}

/// The same in Korean: `- 논문: [프로젝트 페이지](…)` under the title.
#[test]
fn a_link_named_a_project_page_is_no_title() {
    check(
        "papers/vap.md",
        "# Voice Activity Projection: Self-supervised Learning of Turn-taking Events\n\n- 논문: [프로젝트 페이지](https://example.org/vap) 🔗\n\n## 연구 배경\n\n턴 전환을 예측한다.\n\n## 실험\n\nSwitchboard 에서 평가.\n",
        expect![[r#"
            single heading "Voice Activity Projection: Self-supervised Learning of Turn-taking Events" by - | header 1:3-1:76
              purpose "연구 배경" h2 @5:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// `# 论文摘要` (the paper's abstract) opening a folder's README is its
/// summary, not its title; the folder names the paper.
#[test]
fn the_papers_abstract_as_first_heading_is_its_summary() {
    check(
        "ReAct/README.md",
        "# 论文摘要\r\n\r\n该论文探索了使用大语言模型以**交替的方式生成推理、行动**的方法 🤖。\r\n\r\n# 研究动机\r\n\r\n推理与行动一直被独立研究。\r\n\r\n# 方法\r\n\r\nThought → Action → Observation。\r\n",
        expect![[r#"
            single folder "ReAct" by - | header 1:1-1:7
              summary "论文摘要" h1 @1:3
              purpose "研究动机" h1 @5:3
              method "方法" h1 @9:3
        "#]],
    );
}

/// `# General Details` over the paper's links is a part of the note, as
/// `Basic Information` is, not its title: the file's name is.
#[test]
fn general_details_over_the_papers_links_is_no_title() {
    check(
        "papers/ACMR-bokun_wang.md",
        "# General Details\r\n[==Abstract==](https://dl.acm.org/doi/abs/10.1145/3123266.3123326), [==PDF File==](https://dl.acm.org/doi/pdf/10.1145/3123266.3123326)\r\n## งานนี้โดยหลักแล้ว\r\n- พยายามลด Modality Gap 🎯\r\n\r\n## Related work\r\n- Real-valued, Binary representation\r\n\r\n# Framework\r\n- **Feature Projector** สำหรับแต่ละ modal\r\n\r\n# Experiments\r\n- Wikipedia, NUS-WIDE 에서 mAP.\r\n",
        expect![[r#"
            single file-name "ACMR-bokun wang" by - | header 1:1-1:18
              method "Framework" h1 @9:3
              experiment "Experiments" h1 @12:3
        "#]],
    );
}

/// `## What is the paper trying to solve:`, a question without its mark
/// (its question word, then a verb), asks for the purpose, as with one.
#[test]
fn a_question_without_its_mark_asks_for_the_purpose() {
    check(
        "Inverse Molecular Design.md",
        "# Inverse molecular design using machine learning: Generative models for matter engineering\r\n\r\n## What is the paper trying to solve:\r\n\r\nFinding molecules with given properties 🧪.\r\n\r\n## Methodology used\r\n\r\nVAEs, GANs and reinforcement learning.\r\n\r\n## Why is it relevant\r\n\r\nDrug design.\r\n",
        expect![[r#"
            single heading "Inverse molecular design using machine learning: Generative models for matter engineering" by - | header 1:3-1:92
              purpose "What is the paper trying to solve:" h2 @3:4
              method "Methodology used" h2 @7:4
        "#]],
    );
}

/// `## Reported evidence · 论文报告` (bilingual) and `## Key Numbers` say
/// what the experiments found, as `Evidence` and `Key Results` do.
#[test]
fn reported_evidence_and_key_numbers_are_the_experiments() {
    check(
        "notes/policy/2024-pi0.md",
        "# π0: A Vision-Language-Action Flow Model for General Robot Control\r\n\r\n## Problem · 问题\r\n\r\nGeneralist robot policies 🤖.\r\n\r\n## Core idea · 核心思路\r\n\r\nFlow matching on a VLM backbone.\r\n\r\n## Reported evidence · 论文报告\r\n\r\nLaundry folding, table bussing.\r\n",
        expect![[r#"
            single heading "π0: A Vision-Language-Action Flow Model for General Robot Control" by - | header 1:3-1:68
              purpose "Problem · 问题" h2 @3:4
              method "Core idea · 核心思路" h2 @7:4
              experiment "Reported evidence · 论文报告" h2 @11:4
        "#]],
    );
    check(
        "papers/rlhf/dpo.md",
        "# Direct Preference Optimization: Your Language Model is Secretly a Reward Model\n\n## Motivation\n\nRLHF is complex and unstable.\n\n## Method\n\nA classification loss on preference pairs.\n\n## Key Numbers\n\n- 한국어 요약: win rate 61% vs PPO 57% on TL;DR.\n",
        expect![[r#"
            single heading "Direct Preference Optimization: Your Language Model is Secretly a Reward Model" by - | header 1:3-1:81
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
              experiment "Key Numbers" h2 @11:4
        "#]],
    );
}

/// `###### Pipeline`, the stages of the system the paper builds, is the
/// method, as `Framework` is.
#[test]
fn a_pipeline_is_the_method() {
    check(
        "VLA/pi0.md",
        "---\ntitle: \"pi0: A Vision-Language-Action Flow Model for General Robot Control\"\ntags: [VLA, 논문]\n---\n###### Motivation\n\n범용 로봇 정책 🤖.\n\n###### Experiments\n\nLaundry folding.\n\n###### Pipeline\n\nVLM backbone → action expert (flow matching).\n",
        expect![[r#"
            single front-matter "pi0: A Vision-Language-Action Flow Model for General Robot Control" by - | header 2:9-2:75
              purpose "Motivation" h6 @5:8
              experiment "Experiments" h6 @9:8
              method "Pipeline" h6 @13:8
        "#]],
    );
}

/// A long line of notes ending in a semicolon, alone over `## I.
/// Introduction`, is a paragraph, not the paper's title: the file's name is.
#[test]
fn a_paragraph_of_notes_over_the_first_section_is_no_title() {
    check(
        "paper-reading/scheduling/ghOSt.md",
        "important measurement: throughput/tail latency/security especially on data centers; custom OS images which provide self-defined scheduling policies, but cannot at an application granularity, thus limited; ghOSt delegates scheduling to user-space processes 🧵; all languages are supported, host do not need to reboot;\r\n\r\n## I. Introduction\r\n\r\nin kernel, it is hard to implement a scheduler;\r\n\r\n## III. Design\r\n\r\nagents in user space, 커널은 메시지만 보낸다.\r\n\r\n## V. Evaluation\r\n\r\nGoogle Snap, Search.\r\n",
        expect![[r#"
            single file-name "ghOSt" by - | header 1:1-1:316
              purpose "I. Introduction" h2 @3:4
              method "III. Design" h2 @7:4
              experiment "V. Evaluation" h2 @11:4
        "#]],
    );
}

/// `### NeRF 原理详解` (how NeRF works, explained in detail) names the
/// paper `NeRF`, as `NeRF 详解` does.
#[test]
fn how_it_works_explained_after_the_name_is_no_part_of_the_title() {
    check(
        "NeRF/论文概述.md",
        "论文链接：[NeRF](https://dl.acm.org/doi/pdf/10.1145/3503250)\r\n\r\n### NeRF 原理详解\r\n\r\n其核心可以概括为：**用一个神经网络来“记住”一个三维场景** 🎥。\r\n\r\n#### 核心思想\r\n\r\n体渲染。\r\n\r\n#### 实验结果\r\n\r\nPSNR 31.0。\r\n",
        expect![[r#"
            single heading "NeRF" by - | header 3:5-3:9
              method "核心思想" h4 @7:6
              experiment "实验结果" h4 @11:6
        "#]],
    );
}

/// `> 논문 원본: [ImageNet Classification with … (NeurIPS 2012)](…)` (the
/// original paper) is a title field, as `원문:` is: its link's text is the
/// whole title, over the heading's short name.
#[test]
fn the_original_paper_field_gives_the_whole_title() {
    check(
        "papers/Alexnet/alexnet_review.md",
        "# AlexNet Paper Review 📝\r\n\r\n> 논문 원본: [ImageNet Classification with Deep Convolutional Neural Networks (NeurIPS 2012)](https://papers.nips.cc/paper/2012/hash/c399862d3b9d6b76c8436e924a68c45b-Abstract.html)\r\n\r\n## 왜 이 논문을 선택했는가\r\n\r\n첫 논문 스터디.\r\n\r\n## 2. 핵심 아이디어\r\n\r\nReLU, dropout, GPU 두 개.\r\n\r\n## 3. 실험 결과\r\n\r\ntop-5 error 15.3%.\r\n",
        expect![[r#"
            single field "ImageNet Classification with Deep Convolutional Neural Networks" venue="NeurIPS" year=2012 by - | header 3:11-3:74
              purpose "왜 이 논문을 선택했는가" h2 @5:4
              method "2. 핵심 아이디어" h2 @9:4
              experiment "3. 실험 결과" h2 @13:4
        "#]],
    );
}

/// `## Evidence 证据`: a label in English, then the same in one short
/// Chinese word, names the label's part.
#[test]
fn an_english_label_then_one_chinese_word() {
    check(
        "notes/lora.md",
        "# LoRA: Low-Rank Adaptation of Large Language Models\r\n\r\n## Problem 问题\r\n\r\n全量微调太贵 💸。\r\n\r\n## Evidence 证据\r\n\r\nGPT-3 175B 上可训练参数减少 10,000 倍。\r\n",
        expect![[r#"
            single heading "LoRA: Low-Rank Adaptation of Large Language Models" by - | header 1:3-1:53
              purpose "Problem 问题" h2 @3:4
              experiment "Evidence 证据" h2 @7:4
        "#]],
    );
}

/// A heading that is a claim in plain Korean, three words or more ending
/// in `다` (`7. model-based locomotion과의 연결은 … 쪽에 가깝다`), names no
/// part, whatever words it holds.
#[test]
fn a_claim_in_plain_korean_names_no_part() {
    check(
        "paper_notes/elevation_mapping_gpu/2026-03-26_논문정리_3B-Conclusion.md",
        "# Elevation Mapping for Locomotion and Navigation using GPU\r\n\r\n## 연구 배경 🦿\r\n\r\nrough terrain 에서 지도가 필요하다.\r\n\r\n## 실험 결과\r\n\r\nJetson 에서 실시간.\r\n\r\n## 7. model-based locomotion과의 연결은 가능성/활용 예시 소개 쪽에 가깝다\r\n\r\n논문은 예시만 보인다.\r\n",
        expect![[r#"
            single heading "Elevation Mapping for Locomotion and Navigation using GPU" by - | header 1:3-1:60
              purpose "연구 배경 🦿" h2 @3:4
              experiment "실험 결과" h2 @7:4
        "#]],
    );
}

/// `realtimevla/v1/paper.md`: the folder `v1` holds one version of the
/// note; the folder above it names the paper.
#[test]
fn a_folder_for_a_version_of_the_note_names_no_paper() {
    check(
        "paper-reading/realtimevla/v1/paper.md",
        "[paper link](http://arxiv.org/abs/2510.26742)\r\n\r\n# 📘 一、论文核心问题与贡献\r\n\r\n## 🎯 研究问题\r\n\r\n推理延迟高（>100ms）。\r\n\r\n## 🚀 核心贡献\r\n\r\n实时 VLA 推理，30 FPS。\r\n",
        expect![[r#"
            single folder "realtimevla" by - | header 1:1-1:46
              novelty "📘 一、论文核心问题与贡献" h1 @3:3
              purpose "📘 一、论文核心问题与贡献" h1 @3:3
              method "📘 一、论文核心问题与贡献" h1 inferred @3:3
              purpose "🎯 研究问题" h2 @5:4
        "#]],
    );
}

/// `> 본 글은 2017년 발표된 Neural Collaborative Filtering을 읽고 요약 및 정리한
/// 글입니다`: the title a Korean post opens by saying it read.
#[test]
fn the_title_a_korean_post_says_it_read() {
    check(
        "recsys/reviews/ncf.md",
        "> 본 글은 2017년 발표된 Neural Collaborative Filtering을 읽고 요약 및 정리한 글입니다 🙂\r\n\r\n___\r\n## 0. 핵심요약\r\n- 딥러닝을 추천 시스템에 도입\r\n\r\n## 1. 문제 정의\r\n내적의 한계.\r\n\r\n## 2. 모델\r\nGMF + MLP.\r\n",
        expect![[r#"
            single field "Neural Collaborative Filtering" by - | header 1:18-1:48
              summary "0. 핵심요약" h2 @4:4
              purpose "1. 문제 정의" h2 @7:4
              method "2. 모델" h2 @10:4
        "#]],
    );
    check(
        "posts/transformer.md",
        "이번 포스팅에서는 Attention Is All You Need 논문을 리뷰합니다.\n\n## 문제 정의\nRNN은 느리다.\n\n## 모델\nSelf-attention.\n\n## 실험\nWMT 2014 🇩🇪.\n",
        expect![[r#"
            single field "Attention Is All You Need" by - | header 1:11-1:36
              purpose "문제 정의" h2 @3:4
              method "모델" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// `# Comentario "Content-Based Recommendation Systems"`: what the note is,
/// then the paper's title in quotes, to the end of the heading.
#[test]
fn a_note_word_then_the_title_in_quotes() {
    check(
        "lecturas/lectura4-1.md",
        "# Comentario \"Content-Based Recommendation Systems\"\r\n\r\nEl paper es del 2007 y habla sobre los sistemas recomendadores 📚.\r\n\r\n## Contexto\r\n\r\nSistemas del tipo *Content-Based*.\r\n",
        expect![[r#"
            single heading "Content-Based Recommendation Systems" by - | header 1:15-1:51
              purpose "Contexto" h2 @5:4
        "#]],
    );
    check(
        "content/memo/rectified_flow.md",
        "---\ntitle: '論文読み: Flow Straight and Fast'\ndate: '2026-02-07'\n---\n\n### 1. Abstract\n直線的な軌道を持つODE 🌊。\n\n### 2. 手法\nRectified Flow。\n",
        expect![[r#"
            single front-matter "Flow Straight and Fast" by - | header 2:15-2:37
              summary "1. Abstract" h3 @6:5
              method "2. 手法" h3 @9:5
        "#]],
    );
}

/// `Paper - L02c - Exokernel, An OS Architecture for Application-Level
/// Resource Management.md`: what the file is and the lecture's code before
/// the title in its name.
#[test]
fn a_file_named_paper_then_a_lecture_code_then_the_title() {
    check(
        "notes/AOS/Paper - L02c - Exokernel, An OS Architecture for Application-Level Resource Management.md",
        "---\r\ntags:\r\n  - type/paper\r\n---\r\nLecture: [[L02c - The Exokernel Approach]]\r\n\r\n- **Motivation**:\r\n  - 커널이 자원을 추상화해 성능을 제한한다 🐢.\r\n\r\n- **Design Principles**:\r\n  - Secure bindings.\r\n",
        expect![[r#"
            single file-name "Exokernel, An OS Architecture for Application-Level Resource Management" by - | header 1:1-1:4
              purpose "Motivation" bold @7:5
              method "Design Principles" bold @10:5
        "#]],
    );
    check(
        "reviews/Review - Attention Is All You Need.md",
        "## 동기\n\nRNN은 느리다.\n\n## 방법\n\nSelf-attention 🔁.\n\n## 실험\n\nWMT 2014.\n",
        expect![[r#"
            single file-name "Attention Is All You Need" by - | header 1:1-1:6
              purpose "동기" h2 @1:4
              method "방법" h2 @5:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// `## [Project](https://github.com/KaimingHe/deep-residual-networks)` over
/// the note: a link to the paper's code, not its title; and a review of a
/// student's project (`Project Review` underlined) reviews no paper.
#[test]
fn a_link_to_the_project_names_no_paper() {
    check(
        "Papers/ResNet.md",
        "\r\n## [Project](https://github.com/KaimingHe/deep-residual-networks)\r\n\r\n# Summary\r\n\r\n## deep residual learning framework:\r\n    1. easier to optimize 📈\r\n\r\n# Why ResNet?\r\n\r\n### Is learning better networks as easy as stacking more layers? NO!\r\n1. vanishing/exploding gradients\r\n2. **degradation**: 깊어질수록 정확도가 떨어진다\r\n\r\n# Deep Residual Learning\r\n\r\n### Residual Learning\r\nF(x) + x.\r\n",
        expect![[r#"
            single file-name "ResNet" by - | header 1:1-1:1
              summary "Summary" h1 @4:3
              method "deep residual learning framework:" h2 @6:4
              purpose "Why ResNet?" h1 @9:3
        "#]],
    );
    check(
        "reviews/review1.md",
        "\nProject Review\n=====================================================\n\n## Overview\n\n1) Briefly summarize the experiment in this project.\n>>The experiment is to compare the performance of TCP and UDP using their throughputs.\n\n## Experiment design\n\n1) What is the goal of this experiment? Is it a focused, specific goal?\n>>Yes, to compare TCP and UDP 📶.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `# Why ResNet?`: why the model the paper builds, named in one word, is
/// the purpose (`Why Transformers?` is not one model's name, `Why ResNet`
/// asks nothing).
#[test]
fn why_the_model_asks_for_the_purpose() {
    check(
        "Papers/ResNet.md",
        "# Deep Residual Learning for Image Recognition\r\n\r\n# Why ResNet?\r\n\r\n깊어질수록 정확도가 떨어진다 📉.\r\n\r\n# Residual Learning\r\n\r\nF(x) + x.\r\n\r\n# Experiments\r\n\r\nImageNet top-5 3.57%.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "Why ResNet?" h1 @3:3
              method "Residual Learning" h1 inferred @7:3
              experiment "Experiments" h1 @11:3
        "#]],
    );
}

/// `## 设计理念` (the design's idea) is the method, as `Design Philosophy` is.
#[test]
fn the_designs_idea_in_chinese_is_the_method() {
    check(
        "Papers/DenseNet.md",
        "# Densely Connected Convolutional Networks\r\n\r\n## 研究动机\r\n\r\n梯度消失 📉。\r\n\r\n## 设计理念\r\n\r\n每一层与之前所有层相连。\r\n\r\n## 实验结果\r\n\r\nCIFAR-10 错误率 3.46%。\r\n",
        expect![[r#"
            single heading "Densely Connected Convolutional Networks" by - | header 1:3-1:43
              purpose "研究动机" h2 @3:4
              method "设计理念" h2 @7:4
              experiment "实验结果" h2 @11:4
        "#]],
    );
}

/// `title: '論文読み: Flow Straight and Fast'` over `**Flow Straight and Fast:
/// Learning to Generate and Transfer Data with Rectified Flow**`, the body's
/// first line: the whole title.
#[test]
fn a_shortened_title_over_the_whole_in_bold() {
    check(
        "content/memo/rectified_flow.md",
        "---\r\ntitle: '論文読み: Flow Straight and Fast'\r\ndate: '2026-02-07'\r\n---\r\n\r\n**Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow**\r\n- **Authors**: Xingchao Liu, Chengyue Gong, Qiang Liu\r\n\r\n### 1. Abstract\r\n直線的な軌道を持つODE 🌊。\r\n\r\n### 2. 手法\r\nRectified Flow。\r\n",
        expect![[r#"
            single field "Flow Straight and Fast: Learning to Generate and Transfer Data with Rectified Flow" by - | header 6:3-6:85
              summary "1. Abstract" h3 @9:5
              method "2. 手法" h3 @12:5
        "#]],
    );
}

/// `Graham_et_al_2019_HoVer-Net.md`: the paper's citation, then its name.
#[test]
fn a_file_named_by_the_citation_then_the_papers_name() {
    check(
        "Project/Summaries/Graham_et_al_2019_HoVer-Net.md",
        "## Motivation\r\n\r\n핵 분할은 어렵다 🔬.\r\n\r\n## Method\r\n\r\nHorizontal and vertical distance maps.\r\n\r\n## Results\r\n\r\nCoNSeP Dice 0.85.\r\n",
        expect![[r#"
            single file-name "HoVer Net" by - | header 1:1-1:14
              purpose "Motivation" h2 @1:4
              method "Method" h2 @5:4
              experiment "Results" h2 @9:4
        "#]],
    );
}

/// `# Andrew Anokhin's LinkedIn Post` over `## Summary` and `## Original
/// Content`: a bookmark's digest of someone's post, not a paper's review.
#[test]
fn a_digest_of_a_social_post_is_no_review() {
    check(
        "LLM_paper_list/digest/bookmark_linkedin_l0thsx.md",
        "# Andrew Anokhin's LinkedIn Post\r\n\r\n💼 **Source:** LINKEDIN\r\n**@Andrew Anokhin**\r\n\r\n---\r\n\r\n## Summary\r\n\r\n코딩 보조 도구가 언어 장벽을 낮춘다 🤖. AI-assisted coding is reducing the importance of language-specific expertise, though mastering one language remains crucial for understanding core programming concepts. This enables developers to adapt to new languages more easily, expanding their ability to solve diverse problems across contexts.\r\n\r\n**Category:** AI agents and memory system\r\n\r\n---\r\n\r\n## Original Content\r\n\r\nEven though I’m a much better Python than JavaScript developer, with AI assistance, I’ve been writing a lot of JavaScript code recently. AI-assisted coding, including vibe coding, is making specific programming languages less important, even though learning one is still helpful to make sure you understand the key concepts. This is helping many developers write code in languages we’re not familiar with, which lets us get code working in many more contexts!\r\n\r\nMy background is in machine learning en\r\n\r\n---\r\n\r\n[View Original](https://www.linkedin.com/feed/update/urn:li:activity:7321186874595663874/)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `# Comment: …`, `# Resumo — …` (a summary, in Portuguese), and
/// `# Comentario "…" (2010)`, the title in quotes and its year after it.
#[test]
fn a_note_word_before_a_title_in_english_portuguese_and_spanish() {
    check(
        "Readings/Week 6/reading6.md",
        "# Comment: Deep Learning based Recommender System: A Survey and New Perspectives\r\n\r\n* Extensive research 📚.\r\n\r\n## Introduction\r\n\r\nWhy deep learning for recommendation.\r\n",
        expect![[r#"
            single heading "Deep Learning based Recommender System: A Survey and New Perspectives" by - | header 1:12-1:81
              purpose "Introduction" h2 @5:4
        "#]],
    );
    check(
        "fichamentos/silva/resumo.md",
        "# Resumo — A autoridade que não se assina: deniabilidade prisional e liderança negativa no cárcere paulista\n\n**Autor(es):** José Erivaldo Ferreira Silva\n\n- **Introdução**: o problema da liderança negativa.\n- **Metodologia**: etnografia.\n",
        expect![[r#"
            single heading "A autoridade que não se assina: deniabilidade prisional e liderança negativa no cárcere paulista" by - | header 1:12-1:108
              purpose "Introdução" bold @5:5
              method "Metodologia" bold @6:5
        "#]],
    );
    check(
        "Lecturas/lectura3-1.md",
        "# Comentario \"Performance of recommender algorithms on top-N recommendation tasks\" (2010)\n\nEste paper trata sobre cómo medir el rendimiento de algoritmos recomendadores 🎯.\n\n## Contexto\n\nListas top-N.\n",
        expect![[r#"
            single heading "Performance of recommender algorithms on top-N recommendation tasks" by - | header 1:15-1:82
              purpose "Contexto" h2 @5:4
        "#]],
    );
}

/// `# HR-Net 论文解读（high-resolution`: a heading cut short in a
/// parenthesis; the title ends before it.
#[test]
fn a_parenthesis_left_open_ends_the_title() {
    check(
        "docs/论文笔记/HR-Net 论文解读.md",
        "\r\n\r\n# HR-Net 论文解读（high-resolution\r\n\r\n## 摘要\r\n\r\n高分辨率表示 🖼️。\r\n\r\n## 方法\r\n\r\n并行多分辨率分支。\r\n\r\n## 实验\r\n\r\nCOCO 关键点检测。\r\n",
        expect![[r#"
            single heading "HR-Net" by - | header 3:3-3:9
              summary "摘要" h2 @5:4
              method "方法" h2 @9:4
              experiment "实验" h2 @13:4
        "#]],
    );
}

/// `## 关键性能` (key performance) and `## 性能表现` (how it performed) are the
/// experiments, as `性能` is.
#[test]
fn key_performance_in_chinese_is_the_experiments() {
    check(
        "文献笔记/2026-04-08_CEJ_2022_Hao.md",
        "# 甜菜碱两性离子抗冻温敏传感器\r\n\r\n**标题**: Betaine-based zwitterionic hydrogel for anti-freezing thermosensitive sensors\r\n\r\n## 研究背景\r\n\r\n低温下水凝胶冻结 🥶。\r\n\r\n## 制备方法\r\n\r\n一锅法聚合。\r\n\r\n## 关键性能\r\n\r\n-40 ℃ 仍可拉伸。\r\n",
        expect![[r#"
            single field "Betaine-based zwitterionic hydrogel for anti-freezing thermosensitive sensors" by - | header 3:9-3:86
              purpose "研究背景" h2 @5:4
              method "制备方法" h2 @9:4
              experiment "关键性能" h2 @13:4
        "#]],
    );
}

/// `# Hybrid Recommender Systems: Survey and Experiments` under a table of
/// links: the title, a name of capitalised words then its subtitle, not an
/// experiment part (a part names itself first: `Experiments: Setup`).
#[test]
fn a_titles_subtitle_naming_parts_of_a_paper() {
    check(
        "Blog/Blog10.md",
        "<table><tr><td>\r\n  <a href=\"./Blog09.md\">Anterior</a>\r\n</td></tr></table>\r\n\r\n***\r\n\r\n# Hybrid Recommender Systems: Survey and Experiments 📚\r\n\r\nEl paper hace en primer lugar un acercamiento a varios sistemas recomendadores que están siendo usados al momento de escritura.\r\nAl hacer ello, hace una descripción de cada uno de ellos, mostrando sus puntos fuertes y sus debilidades. También hace comparaciones entre ellos.\r\nEs una buena descripción del estado del arte.\r\nAdemás está acompañada de muchas referencias a otros papers, lo que muestra un buen trabajo de investigación por parte del equipo.\r\nInteresante notar que las estrategias de recomendación con mayor madurez (colaborativa) tienen más referencias a otros papers que las más nuevas.\r\nTambién se dan el tiempo de mencionar cuales situaciones son más adecuadas para cada sistema.\r\n\r\nEs interesante como se enuncian las debilidades de cada sistema recomendador.\r\nLos autores lo hacen de una forma que deja entrever como el unir los distintos modelos resultará en un mejor sistema.\r\nEsto se ve en partes donde menciona la debilidad de un sistema, luego que otro sistema es fuerte en ese aspecto, pero débil en donde el primero es fuerte.\r\n",
        expect![[r#"
            single heading "Hybrid Recommender Systems: Survey and Experiments" by - | header 7:3-7:53
        "#]],
    );
}

/// `# Crítica a Evaluating Recommendation Systems. Guy Shani and Asela
/// Gunawardana.`: a Spanish note's word and its preposition, the title, then
/// its authors by their whole names.
#[test]
fn a_spanish_critique_of_a_title_and_its_authors_by_name() {
    check(
        "lecturas/lectura3-1.md",
        "# Crítica a Evaluating Recommendation Systems. Guy Shani and Asela Gunawardana.\r\n\r\n[link paper](https://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.712.4138)\r\n\r\nEste paper 📊 presenta las métricas para evaluar sistemas de recomendación.\r\nLos autores describen experimentos offline, estudios de usuarios y online.\r\n",
        expect![[r#"
            single heading "Evaluating Recommendation Systems" by - | header 1:13-1:46
        "#]],
    );
}

/// `**Paper:** Schafer, J. B., … (2007). Collaborative filtering recommender
/// systems. In The adaptive web (pp. 291-324).` under a week's heading: the
/// title up to its full stop; or in quotes after the year, up to them.
#[test]
fn an_apa_reference_in_a_paper_field_up_to_its_title_stop() {
    check(
        "lecturas/Lectura1.md",
        "# Comentarios semana 1: Sistemas recomendadores basados en filtrado colaborativo\r\n\r\n**Paper:** Schafer, J. B., Frankowski, D., Herlocker, J., & Sen, S. (2007). Collaborative filtering recommender systems. In The adaptive web (pp. 291-324). Springer Berlin Heidelberg.\r\n\r\nVivimos en un mundo de sobre información, por lo que se debe seleccionar que contenidos se nos presentan. El presente paper es una introducción\r\nde los sistemas recomendadores y los principales conceptos relacionados con el filtrado colaborativo (CF). Este se define como\r\nel proceso de filtrado de items (a recomendar) usando las opiniones de otra gente. La decisión fundamental es el diseño de la selección de opiniones o ratings\r\nmás apropiados para elaborar una recomendación personalizada para un cierto usuario. De ahí es que aparecen algoritmos de similitud como vecinos más cercanos y clustering. Desde un punto de vista algebraico, este problema se puede describir como\r\nla completación de una matriz de valoraciones o ratings para los pares usuarios-ítems. Las interrogantes más relevantes de los sistemas (CF) que se abordan son: Dominios de aplicación\r\napropiados, algoritmos, tipos de ratings, evaluación/comparación de sistemas recomendadores, diseño de interfaces sociales más interactivas y explícitas, privacidad\r\ny algunas otras preguntas abiertas.\r\n",
        expect![[r#"
            single field "Collaborative filtering recommender systems" year=2007 by - | header 3:77-3:120
        "#]],
    );
    check(
        "lecturas/Lectura3.md",
        "# Comentarios semana 3: Evaluando sistemas de recomendación\n\n**Paper:** Guy, S., & Gunawardana, A.. (2011) “Evaluating recommendation systems.” In Recommender systems handbook, pp. 257-297. Springer US, 2011.\n\nEl paper expone un compendio de las principales métricas de predicción/clasificación/ranking, y principios a considerar al momento de evaluar sistemas de recomendación como: credibilidad, novedad, satisfacción, confianza, diversidad, utilidad, riesgo, robustez, privacidad, adaptabilidad, escalabilidad, partida en frío y oferta de recomendación. Estos se logran describir basados en tres tipos de experimentos: *offline*, *estudios de usuarios* y *online*. \n",
        expect![[r#"
            single field "Evaluating recommendation systems" year=2011 by - | header 3:48-3:81
        "#]],
    );
}

/// `# Critique 1-1` and `# Critique`: a course's critique, numbered or not,
/// names no paper; the file does. A year inside a quoted title (`In the
/// article "… Kobsa, A. (2012)" the authors study …`) opens no reference.
#[test]
fn a_numbered_critique_names_no_paper_nor_does_a_year_in_quotes() {
    check(
        "critiques/lectura8-3.md",
        "# Critique\r\n\r\nIn the article \"Inspectability and Control in Social Recommenders. Knijnenburg, B., Bostandjiev, S., O'Donovan, J., and Kobsa, A. (2012)\" the authors study the influence of inspectability and control over user experience of social recommenders. In order to study this phenomena, TasteWeights 🎵 was designed and implemented on an online user experiment with 267 test subjects.\r\n\r\nSome of the results of the online experiment showed that inspectability has a positive effect on understandability.\r\n",
        expect![[r#"
            single file-name "lectura8 3" by - | header 1:1-1:11
        "#]],
    );
    check(
        "critiques/lectura1-1.md",
        "# Critique 1-1\n\nIn the article, \"Item-based Collaborative Filtering Recommendation Algorithms\" Sarwar, B., Karypis, G., Konstan, J., & Riedl, J. (2001), item-based CF is proposed and analyzed as an alternative to user-based CF 🎬.\n\nThe authors used movie data that included 100,000 ratings and conducted a 10-fold cross validation on their experiments.\n",
        expect![[r#"
            single file-name "lectura1 1" by - | header 1:1-1:15
        "#]],
    );
}

/// A vault's note with `autores:` (the paper's authors, in Spanish) in its
/// front matter and `## ¿Qué hicieron?` (what did they do: the method)
/// between its introduction and its results: the paper named by its file.
#[test]
fn front_matter_autores_and_a_spanish_question_for_the_method() {
    check(
        "Bibliographic_Review/Simulation and modeling of dietary changes in the infant gut microbiome.md",
        "---\r\ntags:\r\n  - Biblographic_Review\r\nautores: Daniel Garrido, Pamela Veronica Ortuzar, Daniel A. Medina., Fransisco Pinto\r\n---\r\n## Introducción\r\nEl microbioma sufre múltiples cambios a lo largo de la vida 🦠.\r\n## ¿Qué hicieron?\r\n**Desarrollo de un modelo matemático:** Se desarrolló un modelo basado en el balance de ecuaciones.\r\n## Resultados principales\r\nEl cambio desde FOS a 2FL produjo una baja considerable en la biomasa.\r\n",
        expect![[r#"
            single file-name "Simulation and modeling of dietary changes in the infant gut microbiome" by - | header 1:1-1:4
              purpose "Introducción" h2 @6:4
              method "¿Qué hicieron?" h2 @8:4
              experiment "Resultados principales" h2 @10:4
        "#]],
    );
}

/// `# 서평` (a book review) under `title: "[서평&정리] '함께 자라기'"`, over
/// the book's chapters: a book's review, not a paper's.
#[test]
fn a_korean_book_review_under_its_word_is_no_papers() {
    check(
        "_posts/2022-02-20-[서평&정리] '함께 자라기'.md",
        "---\r\nlayout: post\r\ntitle: \"[서평&정리] '함께 자라기'\"\r\ncategories:\r\n  - 독서\r\ntags:\r\n  - Agile\r\n  - 학습\r\n  - 교양서\r\n---\r\n\r\n![Untitled](/assets/img/together.jpg)\r\n\r\n# 서평\r\n\r\n처음으로 학교에서 애자일 방법론에 대해 배웠을때, 가장 먼저 든 생각은 ‘높은 수익을 위해 짧은 주기로 사람 굴리기’였다.\r\n\r\n이러한 개인적인 통념은 실제 학생 프로젝트때 ‘애자일식’ 개발을 직접 체험하면서 굳어졌었고, 이 책을 만나기 전까지 영원히 굳건한 고목처럼 내 잠재의식에 뿌리내릴 듯 싶었다.\r\n\r\n김창준 저자의 ‘함께 자라기’는 이런 나의 고정관념을 부숴준 굉장한 교양서다.\r\n\r\n책의 부제인 ‘애자일로 가는 길’만 보면 마치 학교에서 가르치던 애자일 방법론의 구조와 순서를 그대로 복잡하게 풀어 쓴 것처럼 보이지만, 실상은 전혀 다르다.\r\n\r\n이 책은 애자일의 본질적 요소에 대해 다루며, 그 핵심인 진정한 의미의 ‘학습’과 ‘협력’에 대해 소개하고, 더 나아가 이를 묶어 ‘함께 자라기’란 개념으로 요약하여 전달하고 있다.\r\n\r\n책의 전체 페이지수에 비해, 내부에 산재한 다양한 예와 밀도 깊은 연구결과는 자칫 독자의 독서 피로도를 증가시킬 요인이 될 수 있겠으나, 나는 진지하게 이 도서를 모든 사람이 살면서 한 번쯤 읽어야 할 필독서로 추천한다.\r\n\r\n이 밑으로부턴, 본 서적의 요약을 나만의 방식으로 풀어 쓴 노트가 산재해 있다. 앞으로도 꾸준히 다시 읽어 볼 것이기에 비정기적인 보강이 있을 것 같다.\r\n\r\n# 3챕터 - 애자일\r\n\r\n- 애자일이란, 소프트웨어 개발을 효율적으로 수행하기 위한 방법론이다. 하지만 그뿐일까?\r\n    - 인생 전체를 애자일스럽게 산다?\r\n    - 애자일이 불확실성을 다루는 핵심원리가 바로 ‘학습’과 ‘협력’\r\n- 애자일의 핵심\r\n    - ‘고객’에게 ‘매일’ ‘가치’를 전하라\r\n- 고객 참여가 애자일의 최고 중요 요소\r\n- 중요한 일을 하려 할 때마다 무섭고, 두려울 것이다.\r\n    - 하지만 미루고 멈춰 있는 것은 행하고 실패하는 것만 못하다\r\n- 애자일의 핵심은 사람의 사회적 자본이다\r\n    - 만일 팀장이라면, 나는 팀원들에게 어떤 팀장인가 자문해 보라\r\n- 애자일을 애자일답지 않게 도입하는 곳이 많다\r\n    - 불확실성을 해결하기 위한 애자일에 확실성을 기대하는 곳이 주로 실패한다\r\n    - 중요한것은 문제를 해결하기 위해 현재 팀에 맞는 방법을 찾고 조정하며\r\n    - ‘함께 자라기’로 방향을 찾아 나가는 것\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `title: Klein & Murray 2007 - Parallel Tracking and Mapping for Small AR
/// Workspaces (PTAM)`: the authors and year cited before a spaced dash go.
#[test]
fn a_citation_and_a_spaced_dash_before_a_title() {
    check(
        "_posts/20210502-ptam.md",
        "---\ntitle: Klein & Murray 2007 - Parallel Tracking and Mapping for Small AR Workspaces (PTAM)\ndate: 2021-05-02 14:34:42\nmathjax: true\ntags: \n- PTAM\n- SLAM\n- Visual-SLAM\ncategories: \n- [SLAM, 논문 리뷰]\nexcerpt: Klein & Murray 2007 PTAM 논문 리뷰\n---\n\n## Abstract\n\n- Hand-held 카메라로 small AR workspace에서 잘 작동하는 SLAM을 만들었다.\n- 실시간 조건으로 작동하게 하기 위해 **tracking** 작업과 **mapping** 작업을 **여러 CPU thread에 병렬처리**하였다 (i.e. \"Parallel\" tracking and mapping...).\n  - Tracking - 빠른 hand-held motion을 추정하는 모듈\n  - Mapping - 지난 프레임들에서 추출된 keypoints들을 기반으로 3D map을 생성하는 모듈.\n- 이러한 병렬처리 구조를 통해 계산량이 많은 **bundle adjustment** 기법을 실시간에 작동하도록 구현할 수 있었다.\n\n&nbsp;\n\n## Introduction\n\n",
        expect![[r#"
            single front-matter "Parallel Tracking and Mapping for Small AR Workspaces (PTAM)" by - | header 2:30-2:90
              summary "Abstract" h2 @14:4
              purpose "Introduction" h2 @24:4
        "#]],
    );
}

/// `# Paper Skim Notes — [PILCO: A Model-Based … Policy Search ]`: what the
/// note is, in words that all say so, before a spaced dash; the title in
/// brackets after it.
#[test]
fn what_the_note_on_a_paper_is_before_a_dash_and_its_title_in_brackets() {
    check(
        "Robotics/20251218_paper1_PILCO_ModelBasedPolicySearch_2011.md",
        "# Paper Skim Notes — [PILCO: A Model-Based and Data-Efficient Approach To Policy Search ]\r\n**Venue:** ICML\r\n**Year:** 2011\r\n**URL:** https://mlg.eng.cam.ac.uk/pub/pdf/DeiRas11.pdf?utm_source=chatgpt.com\r\n**Domain:** [Robotics]  \r\n**Date Skimmed:** 2025-12-18\r\n\r\n## Stop Point Reached\r\n- [X] Abstract\r\n- [X] Intro\r\n- [X] Figures\r\n- [X] Conclusion\r\n\r\n---\r\n\r\n## 1) Problem 🎯 (informal, 1 sentence)\r\n- RL methods which require tens or hundreds are not suitable for low-cost robots.\r\n\r\n## 2) Why this problem exists (context)\r\n- Model bias: learned models of the environment can be inaccurate, affecting policy performance.  \r\n- Data efficiency: standard RL methods require many interactions with the environment, which is costly in robotics.\r\n\r\n",
        expect![[r#"
            single heading "PILCO: A Model-Based and Data-Efficient Approach To Policy Search" by - | header 1:23-1:88
              purpose "1) Problem 🎯 (informal, 1 sentence)" h2 @16:4
              purpose "2) Why this problem exists (context)" h2 @19:4
        "#]],
    );
}

/// `## 工作原理` (how the work works, its principle) between `## 摘要` and
/// `## 工作优缺点`: the method.
#[test]
fn a_chinese_notes_working_principle_is_its_method() {
    check(
        "robotics/Classification of Household Materials via Spectroscopy/Classification of Household Materials via Spectroscopy.md",
        "# Classification of Household Materials via Spectroscopy\r\n\r\n文章链接：[Classification of Household Materials via Spectroscopy](paper.pdf)\r\n\r\n## 摘要\r\n\r\n通过两种不同的商业光谱仪，我们对超过50种家庭物品进行了光谱分析，以确定它们的材料。我们的实验结果表明，光谱学是一种有前途的方法，可以帮助机器人在操作过程中对物体进行材料分类。\r\n\r\n并通过交叉验证实现了79.1%的准确率，这表明光谱学是一种可靠且有效的方法，可以帮助机器人推断日常家用物品的材料属性.\r\n\r\n## 工作原理\r\n\r\n![img.png](img.png)\r\n\r\n## 工作优缺点\r\n物体的种类过于多且杂乱，没有考虑颜色影响，没有考虑材料的子类别。\r\n\r\n## 词汇积累\r\n\r\n1. From this work, we find that spectroscopy poses a promising approach for material classification during robotic\r\n   manipulation.\r\n2. In this work, we presented how robots can leverage spectral data to infer the materials of objects.\r\n3. Through this work, we have demonstrated that spectroscopy presents a reliable and effective way for robots to infer\r\n   the material properties of everyday household objects.\r\n4. The materials that form an object have important implications as robots interact with people and manipulate objects\r\n   in real-world environments.\r\n5. This rotation helped add variation to the dataset and prevented the spectrometers from continually taking\r\n   measurements of the same location on an object.",
        expect![[r#"
            single heading "Classification of Household Materials via Spectroscopy" by - | header 1:3-1:57
              summary "摘要" h2 @5:4
              method "工作原理" h2 @11:4
        "#]],
    );
}

/// `# Information` over `* **Scalable Multi-Hop Relational Reasoning for
/// Knowledge-Aware Question Answering**`, the authors and links, in a file
/// named `Paper_MHGRN.md`: the bold item is the title. So under `# 📄 논문
/// 정보`.
#[test]
fn a_bold_title_first_under_the_papers_information() {
    check(
        "KGs for NLP/Paper_MHGRN.md",
        "# Information\r\n\r\n* **Scalable Multi-Hop Relational Reasoning for Knowledge-Aware Question Answering**\r\n* Yanlin Feng Xinyue Chen Bill Yuchen Lin Peifeng Wang Jun Yan Xiang Ren\r\n* Url: https://arxiv.org/abs/2005.00646\r\n* Code: https://github.com/INK-USC/MHGRN\r\n* Other: EMNLP2020\r\n\r\n\r\n\r\n# Motivation\r\n\r\n* Domain: **graph structure, Knowledge base, Multi-hop QA**\r\n* QA-GNN extended the research based on MHGRN, and MHGRN can be the first few paper which opened the KB-QA domain.\r\n* new method which used path-based \r\n\r\n",
        expect![[r#"
            single field "Scalable Multi-Hop Relational Reasoning for Knowledge-Aware Question Answering" by - | header 3:5-3:83
              purpose "Motivation" h1 @11:3
        "#]],
    );
    check(
        "papers/resnet.md",
        "# 📄 논문 정보\n\n- **Deep Residual Learning for Image Recognition**\n- Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun\n- 링크: https://arxiv.org/abs/1512.03385\n\n# 문제 정의\n\n깊은 네트워크일수록 학습이 어려워지는 degradation 문제.\n\n# 방법\n\n잔차 연결(residual connection)을 쓴다.\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by - | header 3:5-3:49
              purpose "문제 정의" h1 @7:3
              method "방법" h1 @11:3
        "#]],
    );
}

/// `title: R2D2 - Repeatable and Reliable Detector and Descriptor (NAVER LABS
/// Europe)`: the lab in parentheses is cut, and the words between the dash and
/// it are the title's, not a lab's.
#[test]
fn where_a_paper_came_from_in_parentheses_after_its_title() {
    check(
        "_posts/20210405-R2D2.md",
        "---\ntitle: R2D2 - Repeatable and Reliable Detector and Descriptor (NAVER LABS Europe)\ndate: 2021-04-04 18:31:00\nmathjax: true\ntags: \n- NAVER LABS\n- Visual localization\n- Local feature\n- Deep Learning\ncategories: \n- [SLAM, 공부 자료]\nexcerpt: 2020년 NAVER LABS Europe R2D2 블로그 아티클 정리\n---\n\n... 블로그 아티클은 중요한 내용은 이야기하지 않는 것 같다. 논문을 따로 리뷰해야할듯.\n\n\n[원본 글 링크](https://europe.naverlabs.com/blog/r2d2-repeatable-and-reliable-detector-and-descriptor/)\n\n[Github code](https://github.com/naver/r2d2)\n\n## R2D2의 주 목적 🎯\n\nCombining keypoint reliability in an image as part of the keypoint detection problem significantly improves feature matching.\n\n",
        expect![[r#"
            single front-matter "R2D2 - Repeatable and Reliable Detector and Descriptor" by - | header 2:8-2:62
              purpose "R2D2의 주 목적 🎯" h2 @22:4
        "#]],
    );
}

/// `## 배경지식: 정책 최적화 (Policy Optimization)` and `## Pre-Knowledge`:
/// what a reader needs to know first, the paper's background (as `배경 지식`
/// and `Background Knowledge` are).
#[test]
fn what_a_reader_needs_to_know_first_is_the_background() {
    check(
        "PaperReview/PolicyGradient/Proximal Policy Optimization.md",
        "# Proximal Policy Optimization Algorithms\r\n\r\n## 배경지식: 정책 최적화 (Policy Optimization)\r\n\r\n정책 경사(policy gradient) 방법은 한 번의 업데이트에 데이터를 한 번만 쓴다 😢.\r\n\r\n## 방법\r\n\r\nclipped surrogate objective를 쓴다.\r\n\r\n## 실험\r\n\r\nMuJoCo와 Atari에서 비교했다.\r\n",
        expect![[r#"
            single heading "Proximal Policy Optimization Algorithms" by - | header 1:3-1:42
              purpose "배경지식: 정책 최적화 (Policy Optimization)" h2 @3:4
              method "방법" h2 @7:4
              experiment "실험" h2 @11:4
        "#]],
    );
    check(
        "papers/16ICML Structured VI/README.md",
        "# Structured and Efficient Variational Deep Learning with Matrix Gaussian Posteriors\n\n## Pre-Knowledge\n\nVariational inference and the reparameterisation trick.\n\n## Method\n\nA matrix Gaussian posterior over each layer's weights.\n\n## Experiments\n\nRegression on UCI datasets.\n",
        expect![[r#"
            single heading "Structured and Efficient Variational Deep Learning with Matrix Gaussian Posteriors" by - | header 1:3-1:85
              purpose "Pre-Knowledge" h2 @3:4
              method "Method" h2 @7:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
}

/// `# 论文学习笔记` (paper study notes) over the questions a note should
/// answer, as a repository's `readme.md`: what the repository holds, no
/// review.
#[test]
fn a_repositorys_paper_study_notes_in_chinese_is_no_review() {
    check(
        "paper_note/readme.md",
        "# 论文学习笔记\r\n\r\n下面的是信息检索大作业中提出的如何读论文，我觉得写得蛮不错，可以拿来作为论文笔记的大纲。\r\n\r\n* 这篇论文研究了一个什么样的问题？\r\n\r\n* 关于这个问题，论文提出了什么样的解决思路或方法？\r\n\r\n* 为什么这个思路或方法可用于解决这个问题？好在哪里？新在哪里？和其他现有方法的区别又在哪里？你认为这个区别重要吗？为什么？\r\n\r\n* 你认为论文的思路或方法可能存在什么问题？可以如何改进？至少给出一种改进思路。\r\n\r\n* 为了证明论文所提方法的有效性，作者是如何设计实验的？论文的实验部分具体包括哪些内容？这些内容是按照什么样的次序安排的？你认为这些安排是否合理？这些实验是否能够充分说明方法的有效性？\r\n\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// What a tool reads at a heading's end is not its text: a comment to a
/// table-of-contents generator after the title, an anchor after a part's
/// name (`## 1. 연구 배경 {#background}`).
#[test]
fn heading_comment_and_anchor_are_not_its_text() {
    check(
        "notes/resnet.md",
        "# Deep Residual Learning for Image Recognition 🧱 <!-- omit in toc -->\r\n\r\n## 1. 연구 배경 {#background}\r\n\r\n깊은 망일수록 학습 오차가 커지는 degradation 문제를 다룬다.\r\n\r\n## 2. 제안 방법 {: .no_toc}\r\n\r\n잔차 블록으로 항등 사상을 더한다.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "1. 연구 배경" h2 @3:4
              method "2. 제안 방법" h2 @7:4
        "#]],
    );
}

/// A heading that only links back to the notes' index (`## [All papers]
/// (../papers.md)`) is the site's, not the note's: the paper's link below
/// it is the title, and the note is one paper's, not a list of papers.
#[test]
fn a_way_back_to_the_index_is_not_the_title() {
    check(
        "paper_notes/A_Neural_Conversational_Model.md",
        "## [All papers](../papers.md)\n## [A Neural Conversational Model](https://arxiv.org/pdf/1506.05869.pdf)\n* two conversation datasets 💬: IT Helpdesk and OpenSubtitles\n* 사람 평가로 cleverbot과 비교한다.\n* drawback: it only gives simple, short answers.\n",
        expect![[r#"
            single heading "A Neural Conversational Model" by - | header 2:5-2:34
        "#]],
    );
}

/// A part numbered with no space before a word in small letters
/// (`**1.introduction**`, `## 3.experiments`) is that part, as
/// `2.Introduction` is.
#[test]
fn a_part_numbered_without_a_space_before_small_letters() {
    check(
        "papers/vit.md",
        "### A survey of the vision transformers and their CNN‑transformer based variants\r\n\r\n**0.abstract**\r\n\r\nViT 🖼️ 可能替代CNN。\r\n\r\n**1.introduction**\r\n\r\n对比CNN，Transformer可以关注到全局关系。\r\n\r\n## 3.experiments\r\n\r\nImageNet 上的结果。\r\n",
        expect![[r#"
            single heading "A survey of the vision transformers and their CNN‑transformer based variants" by - | header 1:5-1:81
              summary "0.abstract" bold @3:3
              purpose "1.introduction" bold @7:3
              experiment "3.experiments" h2 @11:4
        "#]],
    );
}

/// A heading that asks what this paper did (`## 一句话核心：这篇论文做了什么？`)
/// is a part of the note about it, not its title: the file names the paper.
#[test]
fn a_heading_asking_what_this_paper_did_is_a_part() {
    check(
        "Mistral 7B.md",
        "\n## 一句话核心：这篇论文做了什么？\n\nMistral 7B 🚀 用 7B 参数超过了 Llama 2 13B。\n\n## 1. 背景：为什么这项工作如此重要？\n\n大模型推理成本高。\n\n## 2. 核心思想\n\n滑动窗口注意力与分组查询注意力。\n\n## 4. 实验结果\n\n在所有基准上超过 Llama 2 13B。\n",
        expect![[r#"
            single file-name "Mistral 7B" by - | header 1:1-1:1
              summary "一句话核心：这篇论文做了什么？" h2 @2:4
              purpose "1. 背景：为什么这项工作如此重要？" h2 @6:4
              method "2. 核心思想" h2 @10:4
              experiment "4. 实验结果" h2 @14:4
        "#]],
    );
}

/// `### Question` first, over the reader's questions on the paper: a part
/// of the note, the title in the file's name.
#[test]
fn a_question_part_first_is_not_the_title() {
    check(
        "notes/fewshot/Prototypical Networks for Few-shot Learning.md",
        "### Question\n\n왜 프로토타입이 평균이어야 할까? 🤔\n\n### Architecture\n\nThis paper takes each class as the mean of its embedded support points.\n\n### Experiments\n\nOmniglot and miniImageNet.\n",
        expect![[r#"
            single file-name "Prototypical Networks for Few-shot Learning" by - | header 1:1-1:13
              method "Architecture" h3 @5:5
              experiment "Experiments" h3 @9:5
        "#]],
    );
}

/// A star and the word it marks the paper with (`★필독`, must read) are
/// not the title's.
#[test]
fn a_star_and_its_mark_after_the_title() {
    check(
        "notes/papers/I1-bam.md",
        "# GPU-Initiated On-Demand High-Throughput Storage Access in the BaM System Architecture ★필독\r\n\r\n## 문제 정의\r\n\r\n이 논문은 GPU가 저장장치에 직접 접근하는 문제를 다룬다 💾.\r\n\r\n## 제안 방법\r\n\r\nBaM은 GPU 스레드가 NVMe 큐를 직접 다룬다.\r\n\r\n## 실험 결과\r\n\r\n그래프 분석에서 빨라졌다.\r\n",
        expect![[r#"
            single heading "GPU-Initiated On-Demand High-Throughput Storage Access in the BaM System Architecture" by - | header 1:3-1:88
              purpose "문제 정의" h2 @3:4
              method "제안 방법" h2 @7:4
              experiment "실험 결과" h2 @11:4
        "#]],
    );
}

/// What the note is in Chinese and its number before a middle dot
/// (`经典论文阅读·1`, classic paper reading, the first) are cut; the
/// background knowledge (`背景知识`) is the purpose, as `배경지식` is, and
/// `仕組み` (the mechanism) is the method.
#[test]
fn a_chinese_series_name_and_number_before_a_middle_dot() {
    check(
        "ReadingPaper/Wide&Deep.md",
        "# 经典论文阅读·1 Wide & Deep 推荐系统\n\n## 背景知识\n\n推荐系统需要同时记忆与泛化 🤖。\n\n## 仕組み\n\nWide 部分记忆特征交叉，Deep 部分泛化。\n\n## 实验\n\nGoogle Play 上的在线实验。\n",
        expect![[r#"
            single heading "Wide & Deep" by - | header 1:12-1:23
              purpose "背景知识" h2 @3:4
              method "仕組み" h2 @7:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// Under a heading that names the title (`## 标题`), a title field's value
/// is the title, not the whole line with its bullet and label.
#[test]
fn a_title_field_under_a_heading_naming_the_title() {
    check(
        "papers/CLIP.md",
        "## 标题\n\n- 标题：利用来自nlp的监督信号去学习一个迁移效果很好的视觉模型 🖼️\n- 方法：利用nlp的监督信号\n- 目的：迁移性，学习泛化性好的特征\n\n## 实验\n\nzero-shot 的效果很好。\n",
        expect![[r#"
            single field "利用来自nlp的监督信号去学习一个迁移效果很好的视觉模型" by - | header 3:6-3:34
              method "方法" line-start @4:3
              purpose "目的" line-start @5:3
              experiment "实验" h2 @7:4
        "#]],
    );
}

/// A line of links to a vault's notes under the title (`Requirements:
/// [[TQL]], [[Neural Network]], …`), over the paper's DOI, is not a title
/// with its authors.
#[test]
fn links_to_a_vaults_notes_are_no_title_in_a_citation_block() {
    check(
        "RL/Q-Learning/DQN.md",
        "---\r\nbibliography: \"./RL/rl.bib\"\r\n---\r\n\r\n# Deep Q-Network\r\nRequirements: [[TQL]], [[Neural Network]], [[Distribution Modeling with NNs]]\r\n\r\n@https://doi.org/10.48550/arxiv.1312.5602\r\n\r\n## Introduction\r\nThe core idea 🎮 is to represent the Q function with a deep network.\r\n\r\n## Method\r\nExperience replay and a target network.\r\n",
        expect![[r#"
            single heading "Deep Q-Network" by - | header 5:3-5:17
              purpose "Introduction" h2 @10:4
              method "Method" h2 @13:4
        "#]],
    );
}

/// A template whose first heading is still the title's blank (`# [Title]`)
/// is no review, whatever its guidance below reads as (here under front
/// matter broken by stray stars, `****---`).
#[test]
fn a_template_whose_first_heading_is_the_titles_blank() {
    check(
        "NLP/Structured State Space Sequence Model (S4).md",
        "****---\nbibliography: \"\"\n---\n\n# [Title]\n\n**[Topic] ([abbreviation if it has one])** is an algorithm/model/idea that [whatever is most important to know / how is it different from similar ideas]. In your summary here, aim to answer the following questions:\n\n* Why is this important?\n* When might somebody need to use this?\n* What prerequisites should someone look at first?\n\nWrite this so that an mlabber can skim it and quickly see why it's interesting. If you need citations, point to an appropriate bibliography file above.\n\n# Analysis\n\nThis section is for going a little deeper. Try to analyze (break apart) how the method or idea works. What's the key equation or theory that makes this work? Or what was the primary insight of the paper?\n\n# Synthesis\n\nThink of this section as expert-level. The reader knows the high-level idea as well as the fundamental building blocks. Synthesize (put it together) for them. Don't be afraid to present a complicated proof if you deem it relevant.\n\n---",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post titled by the model and its acronym (`title: "Graph
/// Convolutional Networks (GCN)"`) over a heading with the paper's whole
/// title holding the model's name: the heading's title, where the post's
/// title stands.
#[test]
fn a_post_titled_by_the_model_and_its_acronym_over_the_whole_title() {
    check(
        "_posts/2023-06-24-Graph_Convolutional_Networks.md",
        "---\r\nlayout: single\r\ntitle:  \"Graph Convolutional Networks (GCN)\"\r\ncategories: paper_review\r\n---\r\n\r\n# Semi-Supervised Classification With Graph Convolutional Networks, ICLR 2017\r\n\r\n## 저자\r\n- Thomas N.Kipf\r\n- Max Welling\r\n\r\n## 1. Introduction\r\n\r\n그래프의 일부 노드에만 라벨이 있는 문제 📈.\r\n\r\n## 2. 제안 방법\r\n\r\n스펙트럴 그래프 합성곱의 1차 근사.\r\n",
        expect![[r#"
            single front-matter "Semi-Supervised Classification With Graph Convolutional Networks" venue="ICLR" year=2017 by - | header 3:10-3:44
              purpose "1. Introduction" h2 @13:4
              method "2. 제안 방법" h2 @17:4
        "#]],
    );
}

/// A heading opening with the paper's name, then the writer's words (`#
/// PURR Google Paper Summary`), over the whole title quoted in a link
/// (`["PURR: Efficiently Editing …"](…)`): the whole title.
#[test]
fn a_heading_opening_with_the_name_over_the_whole_title_quoted() {
    check(
        "researchpapers/PURR.md",
        "# PURR Google Paper Summary\n\n## What\n[\"PURR: Efficiently Editing Language Model Hallucinations\nby Denoising Language Model Corruptions\"](https://arxiv.org/pdf/2305.14908.pdf) explores hallucinations 🤥 in large language models.\n\n## How\nIn this paper, a model was fine tuned on synthetically corrupted passages.\n\n## Why\nIt makes large language models more credible.\n",
        expect![[r#"
            single heading "PURR: Efficiently Editing Language Model Hallucinations by Denoising Language Model Corruptions" by - | header 1:3-1:14
              purpose "What" h2 @3:4
              method "How" h2 @7:4
              purpose "Why" h2 @10:4
        "#]],
    );
}

/// A Korean heading asking why what came before falls short, in its
/// question's ending with no question mark (`## 4. 왜 BC loss만으로는
/// 부족한가`), is the purpose.
#[test]
fn a_korean_why_question_on_what_falls_short_is_the_purpose() {
    check(
        "literature/papers/fuse.md",
        "# FuSe: Beyond Sight, Finetuning Generalist Robot Policies with Heterogeneous Sensors\r\n\r\n## 4. 왜 BC loss만으로는 부족한가\r\n\r\n시각 외의 감각은 행동 복제 손실만으로는 잘 쓰이지 않는다 🤖.\r\n\r\n## 5. 제안 방법\r\n\r\n언어로 감각을 묶는 보조 손실을 더한다.\r\n\r\n## 6. 실험 결과\r\n\r\n실제 로봇 과제에서 성공률이 올랐다.\r\n",
        expect![[r#"
            single heading "FuSe: Beyond Sight, Finetuning Generalist Robot Policies with Heterogeneous Sensors" by - | header 1:3-1:86
              purpose "4. 왜 BC loss만으로는 부족한가" h2 @3:4
              method "5. 제안 방법" h2 @7:4
              experiment "6. 실험 결과" h2 @11:4
        "#]],
    );
}

/// A heading joining the background and the contributions
/// (`###背景介绍和主要贡献`) names the purpose as well as the contributions, as
/// `Background and Main Contributions` does.
#[test]
fn background_beside_the_contributions_is_the_purpose_too() {
    check(
        "paper-Reading-Report/mTCP.md",
        "---\nlayout: post\ntitle: mTCP\ncategories:\n- paper\n---\n\n##mTCP\n\n###背景介绍和主要贡献\n\n短连接在多核上的内核协议栈开销很大 🐢。\n\n###设计\n\n用户态协议栈，每个核一个线程。\n\n###评测\n\n比 Linux 快数倍。\n",
        expect![[r#"
            single front-matter "mTCP" by - | header 3:8-3:12
              novelty "背景介绍和主要贡献" h3 @10:4
              purpose "背景介绍和主要贡献" h3 @10:4
              method "设计" h3 @14:4
              experiment "评测" h3 @18:4
        "#]],
    );
}

/// A post titled `notebook` over a miscellany (a language's habits, two
/// image features, a proxy's setup) names no paper, whatever its category.
#[test]
fn a_notebook_titled_so_is_no_review() {
    check(
        "paper-Reading-Report/note.md",
        "---\r\nlayout: post\r\ntitle: notebook\r\ncategories:\r\n- paper\r\ntags:\r\n- technology\r\n---\r\n\r\n##c++学习使用记录\r\n \r\n 最近写 c++ 程序用 opencv 库，经常出现内存泄露的问题 📝，拷贝之后记得释放两块内存。\r\n \r\n 另外就是命名冲突的问题，注意程序的模块化，使用命名空间编程。\r\n \r\n##hog\r\n \r\nDalal提出的Hog特征提取的过程：把样本图像分割为若干个像素的单元（cell），把梯度方向平均划分为9个区间（bin），得到一个9维的特征向量。\r\n例如，对于64*128的图像，总共有36*7*15=3780个特征。\r\n\r\n##sift\r\n\r\n计算keypoint周围16*16的window中每一个像素的梯度，形成4*4*8=128维的描述子。\r\n\r\n###ubuntu下面配置shadowsocks\r\n\r\n\tsudo apt-get install shadowsocks-qt5\r\n\r\n### 社会心理学阅读感悟\r\n\r\n你的决定可能不是你真的想要的东西。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title in Chinese (front matter and the same heading) over a heading
/// with the paper's own title in English: the English one, which other
/// notes cite.
#[test]
fn the_papers_own_english_title_under_a_chinese_one() {
    check(
        "docs/papers/2026-05-29/2605.29360.md",
        "---\r\ntitle: \"评估机器人世界模型的动作条件可靠性基准\"\r\nsidebar: false\r\n---\r\n\r\n<a class=\"back-btn\" href=\"./\">← 返回 2026-05-29</a>\r\n\r\n# 评估机器人世界模型的动作条件可靠性基准\r\n\r\n### MiraBench: Evaluating Action-Conditioned Reliability in Robotic World Models\r\n\r\n<span class=\"badge badge-score\">⭐ 10.0</span>\r\n\r\n*Tianzhuo Yang, Zihan Shen, Zirui Mi 等 10 位*\r\n\r\n## 研究动机\r\n\r\n世界模型能否可靠地响应动作条件？\r\n\r\n## 方法\r\n\r\n构建动作条件可靠性基准。\r\n",
        expect![[r#"
            single heading "MiraBench: Evaluating Action-Conditioned Reliability in Robotic World Models" by - | header 10:5-10:81
              purpose "研究动机" h2 @16:4
              method "方法" h2 @20:4
        "#]],
    );
}

/// A post named by the paper's short name whose excerpt comes before
/// `<!--more-->`: the heading right after the marker opens the post's text,
/// and its whole title is the title.
#[test]
fn a_heading_after_the_posts_excerpt_opens_its_text() {
    check(
        "source/_posts/ResNet.md",
        "---\r\ntitle: ResNet\r\ndate: 2017-09-01 17:00:06\r\ntags: [논문 번역]\r\n---\r\n여기는 ResNet 논문이다. 널리 쓰이는 백본으로, 망 설계의 생각을 넓혔다 🧱.\r\n<!--more-->\r\n## Deep Residual Learning for Image Recognition\r\n\r\n#### 소개\r\n망이 깊어지면 학습 오차가 커지는 degradation 문제가 있다.\r\n\r\n#### 잔차 학습\r\n본문은 쌓인 층이 잔차를 배우게 한다.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 8:4-8:48
              purpose "소개" h4 @10:6
              method "잔차 학습" h4 inferred @13:6
        "#]],
    );
}

/// A label and the paper's name set off by a dash (`Paper - V-JEPA 2: …`):
/// the name's number is the title's, not a series' count of posts, which
/// is cut (`Paper Review 3: …`).
#[test]
fn a_label_and_a_numbered_name_set_off_by_a_dash_keep_the_number() {
    check(
        "V-JEPA-2.md",
        "[🔗 Paper - V-JEPA 2: Self-Supervised Video Models Enable Understanding, Prediction and Planning](https://arxiv.org/abs/2506.09985)\r\n\r\n# Introduction\r\n\r\nV-JEPA 2는 영상 안의 정보를 latent 공간에서 예측하도록 학습한다.\r\n\r\n# Method\r\n\r\n마스킹된 영역의 표현을 예측한다.\r\n",
        expect![[r#"
            single field "V-JEPA 2: Self-Supervised Video Models Enable Understanding, Prediction and Planning" by - | header 1:12-1:96
              purpose "Introduction" h1 @3:3
              method "Method" h1 @7:3
        "#]],
    );
}

/// A Korean question right under an English title (`## 왜 기존 방법은
/// 부족한가?`) is the purpose, not the title again in the reader's
/// language, though it is long and its head word names a part.
#[test]
fn a_korean_why_question_under_an_english_title_is_no_subtitle() {
    check(
        "papers/resnet.md",
        "# Deep Residual Learning for Image Recognition (CVPR 2016)\r\n\r\n## 왜 기존 방법은 부족한가?\r\n\r\n층을 깊게 쌓을수록 학습 오차가 커진다 📉.\r\n\r\n## 제안 방법\r\n\r\n잔차 블록.\r\n\r\n## 실험\r\n\r\nImageNet에서 152층.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" venue="CVPR" year=2016 by - | header 1:3-1:47
              purpose "왜 기존 방법은 부족한가?" h2 @3:4
              method "제안 방법" h2 @7:4
              experiment "실험" h2 @11:4
        "#]],
    );
}

/// A list item's label that names a part and says it is the paper's
/// (`* Motivation for the paper: …`, `- Contributions of this paper: …`)
/// labels that part, as the part's name alone does.
#[test]
fn a_parts_name_said_to_be_the_papers_labels_it() {
    check(
        "papers/JiyuanWangetall2021.md",
        "# Identifying Bug Patterns in Quantum Programs\r\n\r\n* Motivation for the paper: 양자 프로그램의 버그 원인을 알기 어렵다 🐛.\r\n* Contributions of this paper: a catalogue of eight bug patterns.\r\n* Method: reading 36 bug reports.\r\n* Results: most bugs come from measurement.\r\n",
        expect![[r#"
            single heading "Identifying Bug Patterns in Quantum Programs" by - | header 1:3-1:47
              purpose "Motivation for the paper" line-start @3:3
              novelty "Contributions of this paper" line-start @4:3
              method "Method" line-start @5:3
              experiment "Results" line-start @6:3
        "#]],
    );
}

/// A folder named for its paper with the year and venue run on in
/// parentheses before it (`(2021KDD)Title`, `(2019IEEE Access)Title`):
/// the tag is the venue and year, not the title's start.
#[test]
fn a_folder_named_after_its_year_and_venue_run_on() {
    check(
        "(2019IEEE Access)Sunshine-Based Trajectory Simplification/summary.md",
        "이 논문은 궤적 단순화 알고리즘을 다룬다 🚗.\r\n\r\nExperiment: 1. Baseline methods. 2. 매개변수를 바꿔 본다.\r\n",
        expect![[r#"
            single folder "Sunshine-Based Trajectory Simplification" venue="IEEE Access" year=2019 by - | header 1:1-1:26
              experiment "Experiment" line-start @3:1
        "#]],
    );
}

/// A sentence that ends by quoting the paper's title in code, over the
/// paper's DOI (`This is going to be my summarization of the paper
/// \`…\``): the quoted words are the title, not the sentence; the DOI
/// may be a link to any host, its label before it.
#[test]
fn a_sentence_quoting_the_papers_title_over_its_doi() {
    check(
        "notes/papers/scalable_photonic_quantum_computation.md",
        "# scalable_photonic_quantum_computation\r\n\r\nThis is going to be my summarization of the paper `Scalable Photonic Quantum Computation through Cavity-Assisted Interactions` \r\n(DOI: [10.1103/PhysRevLett.92.127902](https://journals.aps.org/prl/abstract/10.1103/PhysRevLett.92.127902))\r\n\r\n## Intro ✨\r\n\r\n광자와 원자를 잇는 양자 게이트가 필요하다.\r\n\r\n## Idea\r\n\r\n공진기 안의 원자로 광자 큐비트를 제어한다.\r\n",
        expect![[r#"
            single field "Scalable Photonic Quantum Computation through Cavity-Assisted Interactions" by - | header 3:52-3:126
              purpose "Intro ✨" h2 @6:4
              method "Idea" h2 @10:4
        "#]],
    );
}

/// A title field's value in italics, then a remark in parentheses (`*dPRO:
/// …*（PDF 页眉/早期版本也写作 …）`): the italics are the title. Before where
/// it appeared (`*…* (MLSys 2022)`), the venue is read and the emphasis
/// cut from the title.
#[test]
fn a_title_in_italics_before_a_remark_or_its_venue() {
    check(
        "paper_notes/papers/04_dpro.md",
        "# dPRO：从单机 trace 回放走向分布式全局 DFG 🔍\r\n\r\n## 元信息与一手资料\r\n\r\n- 论文：*dPRO: A Generic Performance Diagnosis and Optimization Toolkit for Expediting Distributed DNN Training*（PDF 页眉/早期版本也写作 *A Generic Profiling and Optimization System*）\r\n- 作者：Hanpeng Hu、Chenyu Jiang、Yuchen Zhong\r\n\r\n## 背景\r\n\r\n分布式训练很难诊断。\r\n\r\n## 方法\r\n\r\n回放全局 DFG。\r\n",
        expect![[r#"
            single field "dPRO: A Generic Performance Diagnosis and Optimization Toolkit for Expediting Distributed DNN Training" by - | header 5:7-5:109
              purpose "背景" h2 @8:4
              method "方法" h2 @12:4
        "#]],
    );
}

/// A title field's value in italics before where it appeared (`*…*
/// (NeurIPS 2017)`): the venue and year are read, and the emphasis is no
/// part of the title.
#[test]
fn an_italic_title_before_its_venue_loses_its_emphasis() {
    check(
        "notes/transformer.md",
        "- Paper: *Attention Is All You Need* (NeurIPS 2017) ⚡\n\n## Problem\n\n순환 없이 번역할 수 있을까?\n\n## Method\n\nSelf-attention only.\n",
        expect![[r#"
            single field "Attention Is All You Need" venue="NeurIPS" year=2017 by - | header 1:11-1:36
              purpose "Problem" h2 @3:4
              method "Method" h2 @7:4
        "#]],
    );
}

/// A headline in the reader's language over the paper's reference, its
/// authors by surname, a full stop and the title in italics (`Cao,
/// Mirjalili, Raschka. *Rank consistent …* Pattern Recognition Letters,
/// 140 (2020)`): the italics are the title.
#[test]
fn a_reference_by_surnames_with_its_title_in_italics_under_a_headline() {
    check(
        "notes/papers/2020-cao-coral.md",
        "# CORAL：순서가 있는 분류 헤드를 어긋나지 않게 🎯\r\n\r\nCao, Mirjalili, Raschka. *Rank consistent ordinal regression for neural networks with application to age estimation.* Pattern Recognition Letters, 140 (2020) 325–331. arXiv:1901.07884.  \r\n\r\n## 1. 풀려는 문제\r\n\r\n이진 분류기들의 답이 서로 어긋난다.\r\n\r\n## 2. 방법\r\n\r\n가중치를 공유하고 편향만 따로 둔다.\r\n",
        expect![[r#"
            single field "Rank consistent ordinal regression for neural networks with application to age estimation" by - | header 3:27-3:116
              purpose "1. 풀려는 문제" h2 @5:4
              method "2. 방법" h2 @9:4
        "#]],
    );
}

/// A post titled by the paper's name and a headline of the writer's
/// (`title: "HyFormer：重新理解 …"`) beside a `paper:` key that opens with
/// the same name and gives the paper's own title: the paper's.
#[test]
fn a_paper_key_with_the_whole_title_beside_a_headline() {
    check(
        "论文精读/HyFormer/HyFormer.md",
        "---\r\ntitle: \"HyFormer：重新理解 CTR 中的序列建模与特征交互\"\r\naliases: [HyFormer]\r\npaper: \"HyFormer: Revisiting the Roles of Sequence Modeling and Feature Interaction in CTR Prediction\"\r\narxiv: \"2601.12681v2\"\r\n---\r\n\r\n# HyFormer：重新理解 CTR 中的序列建模与特征交互 🧭\r\n\r\n## 问题\r\n\r\n序列压缩后再交互，信息会丢。\r\n\r\n## 方法\r\n\r\nQuery Decoding 与 Query Boosting 逐层交替。\r\n",
        expect![[r#"
            single front-matter "HyFormer: Revisiting the Roles of Sequence Modeling and Feature Interaction in CTR Prediction" by - | header 4:9-4:102
              purpose "问题" h2 @10:4
              method "方法" h2 @14:4
        "#]],
    );
}

/// A plain line naming the model's own part before a colon, its name
/// before `的` or `の` (`ACT 的核心流程：`, `Transformer の仕組み：`), labels
/// that part, as the compound alone (`核心流程：`) does.
#[test]
fn a_models_own_part_before_its_colon() {
    check(
        "notes/ACT.md",
        "---\r\ntitle: \"Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware\"\r\nvenue: \"RSS\"\r\n---\r\n背景：행동 복제는 오차가 쌓인다 🤖.\r\n\r\nACT 的核心流程：\r\n1. ResNet18 将多视角图像编码为空间特征。\r\n2. Transformer decoder 一次输出未来 k 步。\r\n",
        expect![[r#"
            single front-matter "Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware" by - | header 2:9-2:75
              purpose "背景" line-start @5:1
              method "ACT 的核心流程" line-start @7:1
        "#]],
    );
}

/// Chinese questions without a question mark, after their question
/// word (`NeRF 是做什么的`, `NeRF 是怎么做的`, `NeRF 做的结果怎么样`), ask
/// for the purpose, the method and the experiments; `一句话核心：…做了什么？`
/// is the paper in one sentence.
#[test]
fn chinese_questions_unmarked_ask_for_the_parts() {
    check(
        "docs/paper/nerf/note.md",
        "# NeRF 论文笔记 📝\r\n\r\n## 一句话核心：这篇论文做了什么？\r\n\r\n用 MLP 表示场景。\r\n\r\n## NeRF 是做什么的\r\n\r\n从多视角图片合成新视角。\r\n\r\n## NeRF 是怎么做的\r\n\r\n体渲染加位置编码。\r\n\r\n## NeRF 做的结果怎么样\r\n\r\nPSNR 高于以往方法。\r\n",
        expect![[r#"
            single heading "NeRF" by - | header 1:3-1:7
              summary "一句话核心：这篇论文做了什么？" h2 @3:4
              purpose "NeRF 是做什么的" h2 @7:4
              method "NeRF 是怎么做的" h2 @11:4
              experiment "NeRF 做的结果怎么样" h2 @15:4
        "#]],
    );
}

/// A note titled as a walk through a paper's code (`NeRF 代码学习`, `BERT
/// 源码解读`, `… Code Walkthrough`), however its headings read, is the
/// implementation's, not the paper's review.
#[test]
fn a_walk_through_a_papers_code_is_no_review() {
    check(
        "docs/paper/nerf/code.md",
        "# NeRF 代码学习 🧑‍💻\r\n\r\n## 数据集\r\n\r\nLLFF 与 Blender 两种格式。\r\n\r\n## 实现过程\r\n\r\n先生成光线，再分层采样。\r\n\r\n## 网络模型\r\n\r\n8 层 MLP 输出密度与颜色。\r\n\r\n## 实验结果\r\n\r\n跑了 20 万步。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post titled by its model's name (`title: AlexNet`) whose first line is
/// only a link to the paper, its text the whole title: the link's text is
/// the title.
#[test]
fn a_models_name_over_a_link_to_its_paper() {
    check(
        "source/_posts/AlexNet.md",
        "---\r\ntitle: AlexNet\r\ndate: 2019-12-14 16:20:48\r\n---\r\n\r\n[ImageNet Classification with Deep Convolutional Neural Networks](https://papers.nips.cc/paper/4824-imagenet-classification-with-deep-convolutional-neural-networks.pdf)\r\n\r\nAlexNet은 2012년 ILSVRC 우승 모델이다 🏆.\r\n\r\n## 네트워크 구조\r\n\r\n5개의 합성곱 층과 3개의 완전 연결 층.\r\n\r\n## 실험 결과\r\n\r\ntop-5 error 15.3%.\r\n",
        expect![[r#"
            single field "ImageNet Classification with Deep Convolutional Neural Networks" by - | header 6:2-6:65
              method "네트워크 구조" h2 @10:4
              experiment "실험 결과" h2 @14:4
        "#]],
    );
}

/// The same under a heading with the model's name (`# VGG`).
#[test]
fn a_heading_with_a_models_name_over_a_link_to_its_paper() {
    check(
        "notes/VGG.md",
        "# VGG\n\n[Very Deep Convolutional Networks for Large-Scale Image Recognition](https://arxiv.org/pdf/1409.1556.pdf)\n\n## Method\n\n3×3 합성곱만 쌓는다.\n",
        expect![[r#"
            single field "Very Deep Convolutional Networks for Large-Scale Image Recognition" by - | header 3:2-3:68
              method "Method" h2 @5:4
        "#]],
    );
}

/// A page titled as a log of what its writer read (`What Have I Read`,
/// `읽은 논문`, `读过的论文`) lists papers, even when it spells out the
/// parts each digest will have.
#[test]
fn a_log_of_what_was_read_is_no_review() {
    check(
        "README.md",
        "# What Have I Read 📚\r\n\r\n> Here Contains Some Brief Digest Of Papers Read by ****A_suozhang*\r\n\r\n* Each Paper Digest Should Follow this Format\r\n\t* Paper Name (Link)\r\n\t* Abstract \r\n\t\t* Containing The Conf/Journal \r\n\t\t* Containing The Papers Main Contribution in 1 sentence\r\n\t\t* Containing The Critical Points\r\n\t* Implemention\r\n\t\t* How The Work Is Implemented\r\n\t* Fracs\r\n\t\t* The Knowledge in paper but not very related to this paper (like analysis of certain field or other methods discussed in related work)\r\n\t* Evaluation\r\n\t\t* 내 이해와 평가\r\n\r\n\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post titled only by its paper's arXiv id (`title: "2607.01849v1"`),
/// as a reading tool publishes it, over a heading that names the paper:
/// the heading's words are the title.
#[test]
fn an_arxiv_id_for_a_title_gives_way_to_the_heading() {
    check(
        "notes/local-f9c41cb77b8b29e0.md",
        "---\r\ntitle: \"2607.01849v1\"\r\nauthors: \"\"\r\narxiv: \"local-f9c41cb77b8b29e0\"\r\nstatus: published\r\n---\r\n\r\n# Making models better at STRUDL 🎹\r\n\r\n## One-line takeaway\r\n\r\nMIDI를 원천 언어로 삼아 strudl 코드를 잘 쓰게 만든다.\r\n\r\n## Problem\r\n\r\nStrudl은 자료가 적은 언어다.\r\n\r\n## Core idea\r\n\r\nSFT 다음에 RL.\r\n",
        expect![[r#"
            single heading "Making models better at STRUDL" by - | header 8:3-8:33
              purpose "Problem" h2 @14:4
              method "Core idea" h2 @18:4
        "#]],
    );
}

/// A post titled as a summary of a paper by its authors (`Paper summary for
/// Ambrus, Field, and Gonzalez (2020 AER)`) over a title field whose value
/// is the next paragraph (`Paper title:` alone, a blank line, the title):
/// the field's title.
#[test]
fn a_post_summarising_a_paper_by_its_authors_over_the_title_field() {
    check(
        "_posts/2020-2-26-Paper-afg2020.md",
        "---\r\nlayout: post\r\ntitle: Paper summary for Ambrus, Field, and Gonzalez (2020 AER)\r\n---\r\n\r\nPaper title:\r\n\r\nLoss in the Time of Cholera: Long-Run Impact of a Disease Epidemic on the Urban Landscape\r\n\r\nMethod\r\n    콜레라 피해 지역을 경계 양쪽과 비교한다 🗺️.\r\n\r\nResults\r\n    피해 지역의 집값이 오래 낮게 남는다.\r\n",
        expect![[r#"
            single field "Loss in the Time of Cholera: Long-Run Impact of a Disease Epidemic on the Urban Landscape" by - | header 8:1-8:90
              method "Method" line-start @10:1
              experiment "Results" line-start @13:1
        "#]],
    );
}

/// A note titled only by its file's name (`大话深度残差网络（DRN）ResNet.md`)
/// that links its paper under a label at its top (`论文地址：[Deep Residual
/// Learning for Image Recognition](…)`): the linked title, on its line.
#[test]
fn a_note_named_by_its_file_that_links_its_paper_under_a_label() {
    check(
        "ResNet/大话深度残差网络（DRN）ResNet.md",
        "论文地址：[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\r\n\r\n## 一、引言\r\n\r\n深度残差网络的提出是 CNN 图像史上的一件里程碑事件 🏁。\r\n\r\n## 二、残差学习\r\n\r\n学习残差 F(x) = H(x) - x。\r\n\r\n## 三、实验\r\n\r\nImageNet 上 3.57% top-5 错误率。\r\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by - | header 1:7-1:51
              purpose "一、引言" h2 @3:4
              method "二、残差学习" h2 inferred @7:4
              experiment "三、实验" h2 @11:4
        "#]],
    );
}

/// A note titled only by its folder's name (`LeNet-5/`) that says in its
/// first lines which paper the model comes from, the link right after the
/// word (`出自论文 [Gradient-Based Learning …](…)`): the linked title.
#[test]
fn a_note_named_by_its_folder_that_says_which_paper_it_comes_from() {
    check(
        "LeNet-5/LeNet-5 – A Classic CNN Architecture.md",
        "\r\nLeNet 诞生于 1994 年，是最早的卷积神经网络之一 🧠。\r\n\r\nLeNet-5 出自论文 [Gradient-Based Learning Applied to Document Recognition](https://ieeexplore.ieee.org/document/726791)，是一种用于手写体字符识别的卷积神经网络。\r\n\r\n## 1、LeNet-5 Architecture\r\n\r\n两个卷积层与三个全连接层。\r\n\r\n## 2、实验\r\n\r\nMNIST 上 99.2%。\r\n",
        expect![[r#"
            single field "Gradient-Based Learning Applied to Document Recognition" by - | header 4:15-4:70
              method "1、LeNet-5 Architecture" h2 @6:4
              experiment "2、实验" h2 @10:4
        "#]],
    );
}

/// A first line saying whose note this is, the paper in bold (`Reading note
/// for **Neural Machine Translation of Rare Words with Subword Units**`),
/// under a heading of the writer's topic: the paper it names.
#[test]
fn a_first_line_naming_the_paper_the_note_is_for() {
    check(
        "papers/bpe.md",
        "# BPE: subword tokenization (Phase 2) 🔤\r\n\r\nReading note for **Neural Machine Translation of Rare Words with Subword Units**\r\n(Sennrich, Haddow & Birch, 2015 — arXiv 1508.07909), plus the byte-level twist GPT-2 added.\r\n\r\n## The problem it solved\r\n\r\n어휘가 고정되어 있어 드문 단어를 번역하지 못한다.\r\n\r\n## How BPE works\r\n\r\n가장 잦은 쌍을 반복해서 합친다.\r\n",
        expect![[r#"
            single field "Neural Machine Translation of Rare Words with Subword Units" by - | header 3:20-3:79
              purpose "The problem it solved" h2 @6:4
              method "How BPE works" h2 inferred @10:4
        "#]],
    );
}

/// A note titled by a system's short name whose references quote first
/// the paper that name begins, with its venue and year (`# Spanner` over
/// `# References` and `"Spanner: Google's …", OSDI 2012`): a note on that
/// paper.
#[test]
fn references_citing_the_paper_the_heading_names_shortly() {
    check(
        "notes/spanner.md",
        "# Spanner\r\n\r\n전 세계에 분산된 데이터베이스 🌏.\r\n\r\n## Design\r\n\r\nPaxos 그룹마다 리더가 있다.\r\n\r\n# References\r\n\r\n\\\"Spanner: Google\\'s Globally-Distributed Database\\\", OSDI 2012\r\n",
        expect![[r#"
            single heading "Spanner: Google's Globally-Distributed Database" by - | header 1:3-1:10
              method "Design" h2 @5:4
        "#]],
    );
}

/// A study note on a topic whose references quote first a paper its
/// title does not begin: no sign of a paper.
#[test]
fn references_citing_another_paper_first_leave_a_topic_note_alone() {
    check(
        "notes/consensus.md",
        "# Consensus\r\n\r\n합의 알고리즘 정리 🤝.\r\n\r\n## Design\r\n\r\nPaxos 그룹마다 리더가 있다.\r\n\r\n# References\r\n\r\n\"Paxos Made Simple\", 2001\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `MapReduce 总结` (a summary of MapReduce), the word set off by a space
/// as `笔记` already was: the paper's name is the title.
#[test]
fn a_spaced_summary_word_after_the_papers_name() {
    check(
        "论文阅读笔记/MapReduce-总结.md",
        "### MapReduce 总结\r\n\r\n- 整篇文章从轮廓到细节及性能，讲述了MapReduce这一distributed programming model 方法 📝, 虽然文章中说，google内部在那时就已经实现了这一lib，但重要的还是这样的programming model.\r\n\r\n- MapReduce模型将分布式的计算通过map和reduce两个操作合作实现，map对应的是task assignment, 从map生成的intermediate data 流入reduce.\r\n\r\n- 就实现细节来讲，要考虑到master failure， worker failure， semantic in the presence of failure, locality, 任务粒度.\r\n",
        expect![[r#"
            single heading "MapReduce" by - | header 1:5-1:14
        "#]],
    );
}

/// Notes on a conference talk, its recording linked alone under the
/// heading (`[Video](…)`) and no paper linked: the talk's, not a paper's.
#[test]
fn notes_on_a_talk_linked_alone_are_no_review() {
    check(
        "readings/Kafka Multi-Tenancy - 160 Billion Daily Messages on One Shared Cluster at Line.md",
        "# Kafka Multi-Tenancy - 160 Billion Daily Messages on One Shared Cluster at LINE\r\n\r\n[Video](https://www.confluent.io/kafka-summit-sf18/kafka-multi-tenancy)\r\n\r\n2018 Kafka Summit에서 LINE 엔지니어가 발표한 내용 🎤. 성능 문제를 찾고 고친 과정을 정리했다.\r\n\r\n## 문제\r\n\r\n응답 시간이 가끔 50배 나빠진다. 왜 그럴까?\r\n\r\n## 분석\r\n\r\n디스크 읽기와 네트워크 스레드의 CPU 사용률이 높다.\r\n\r\n## 해결 방법\r\n\r\nsendfile 전에 페이지 캐시를 미리 읽어 둔다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A review linking the talk's recording under its heading and the paper
/// below it: still the paper's review.
#[test]
fn a_recording_linked_beside_the_paper_keeps_the_review() {
    check(
        "readings/Attention Is All You Need.md",
        "# Attention Is All You Need\r\n\r\n[영상](https://www.youtube.com/watch?v=iDulhoQ2pro)\r\n\r\n논문: https://arxiv.org/abs/1706.03762 🤖\r\n\r\n## 문제\r\n\r\nRNN은 병렬화가 어렵다.\r\n\r\n## 방법\r\n\r\n어텐션만으로 인코더와 디코더를 만든다.\r\n\r\n## 실험\r\n\r\nWMT 2014 번역에서 BLEU 28.4.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "문제" h2 @7:4
              method "방법" h2 @11:4
              experiment "실험" h2 @15:4
        "#]],
    );
}

/// A Notion export titled by the model's short name over a link to its
/// code (`[GitHub - darrenjkt/SEE-VCN: Viewer-Centred …](https://github.com/…)`):
/// the repository's description is not the title spelled out.
#[test]
fn a_repository_link_naming_the_model_leaves_the_heading() {
    check(
        "assets/see-vcn/SEE-VCN(2022) 0432a287d6e941e7bf5a33b34fd53bbe.md",
        "# SEE-VCN(2022)\r\n\r\n[GitHub - darrenjkt/SEE-VCN: Viewer-Centred Surface Completion for Unsupervised Domain Adaptation in 3D Object Detection](https://github.com/darrenjkt/SEE-VCN)\r\n\r\n## Characteristic(Contributions)\r\n\r\n- SEE-MTDA의 수학적 알고리즘들을 neural net으로 대체함 🚗\r\n\r\n## Methods and Materials\r\n\r\nArchitecture of Viewer-centered surface Completion Network\r\n",
        expect![[r#"
            single heading "SEE-VCN" year=2022 by - | header 1:3-1:10
              novelty "Characteristic(Contributions)" h2 @5:4
              method "Methods and Materials" h2 @9:4
        "#]],
    );
}

/// A term and its explanation in a Chinese sentence closed by `。`
/// (`Multi-Size Training：用不同尺寸的输入来训练，…。`): prose, not a
/// reviewer's name and a title.
#[test]
fn a_term_explained_in_a_chinese_sentence_is_no_header() {
    check(
        "ObjectDetection/Notes.md",
        "## SPP-Net 📦\r\n\r\nMulti-Size Training：用图中尺寸的输入来对模型进行训练，由于SPP池化层的存在，可以在一个网络中进行训练。\r\n\r\nFull-Image Reprezentation：不进行crop裁剪，直接将完整的图片resize后输入模型训练。\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title that opens with a word in typeset quotes (`“Why Should I Trust
/// You?” Explaining the Predictions of Any Classifier`): the opening quote
/// stays with its closing one, as full-width brackets do.
#[test]
fn a_title_opening_with_a_typeset_quote_keeps_it() {
    check(
        "papers/Ribeiro2016.md",
        "# “Why Should I Trust You?” Explaining the Predictions of Any Classifier\r\n\r\n## 연구 목적 🎯\r\n\r\n모델의 예측을 설명한다.\r\n\r\n## 방법\r\n\r\nLIME: 국소 선형 근사.\r\n\r\n## 실험\r\n\r\n텍스트와 이미지 분류기.\r\n",
        expect![[r#"
            single heading "“Why Should I Trust You?” Explaining the Predictions of Any Classifier" by - | header 1:3-1:73
              purpose "연구 목적 🎯" h2 @3:4
              method "방법" h2 @7:4
              experiment "실험" h2 @11:4
        "#]],
    );
}

/// The Japanese reading format's `先行研究と比べてどこがすごい？` asks what
/// the paper does better than earlier work: its novelty. A note that answers
/// it and no question on the purpose has no purpose part.
#[test]
fn what_beats_earlier_work_is_the_novelty_not_the_purpose() {
    check(
        "_posts/2019-4-6-Note-ELMo.md",
        "---\r\nlayout: post\r\ntitle: \"論文メモ: Deep contextualized word representations\"\r\n---\r\n\r\n## どんなもの？\r\n文脈を考慮した単語ベクトル ELMo 🧠。\r\n\r\n## 先行研究と比べてどこがすごい？\r\n単語の多義性を扱える。\r\n\r\n## 技術や手法のキモはどこ？\r\n双方向言語モデルの内部状態を重み付けして足す。\r\n\r\n## どうやって有効だと検証した？\r\n6つのタスクで SOTA。\r\n",
        expect![[r#"
            single front-matter "Deep contextualized word representations" by - | header 3:15-3:55
              summary "どんなもの？" h2 @6:4
              novelty "先行研究と比べてどこがすごい？" h2 @9:4
              method "技術や手法のキモはどこ？" h2 @12:4
              experiment "どうやって有効だと検証した？" h2 @15:4
        "#]],
    );
}

/// `## 従来手法` (the methods before the paper's), `Existing approaches`,
/// `기존 방법`: related work, not the paper's method, which is missing.
#[test]
fn the_methods_before_the_papers_are_no_method_part() {
    check(
        "_posts/2019-5-23-Note-Transformer.md",
        "# Attention Is All You Need\r\n\r\nhttps://arxiv.org/abs/1706.03762\r\n\r\n## 目的\r\n並列に計算できる系列変換モデル 🔁。\r\n\r\n## 従来手法\r\nRNN や CNN を使った系列変換。\r\n\r\n## Existing approaches\r\nSeq2seq with attention.\r\n\r\n## 기존 방법\r\nLSTM 인코더-디코더.\r\n\r\n## 実験\r\nWMT 2014 で BLEU 28.4。\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "目的" h2 @5:4
              experiment "実験" h2 @17:4
        "#]],
    );
}

/// A paper field that cites the paper by its first author and `等` (et
/// al.) with the venue (`> 论文：Ze 等，RSS 2024。`): no title; the heading
/// names the paper.
#[test]
fn a_paper_field_naming_its_first_author_and_et_al_in_chinese() {
    check(
        "docs/papers/dp3.md",
        "# 3D Diffusion Policy：用简单点云学习机器人操作\r\n\r\n> 论文：Ze 等，RSS 2024。\r\n\r\n## 一、论文要解决什么问题？\r\n\r\n机器人如何从少量示范中学会操作 🤖。\r\n\r\n## 二、方法\r\n\r\n把深度图转换成点云，再用小网络提取几何特征。\r\n\r\n## 三、实验结果\r\n\r\n72 个仿真任务上成功率更高。\r\n",
        expect![[r#"
            single heading "3D Diffusion Policy" by - | header 1:3-1:22
              purpose "一、论文要解决什么问题？" h2 @5:4
              method "二、方法" h2 @9:4
              experiment "三、实验结果" h2 @13:4
        "#]],
    );
}

/// A paper's three-word name, a full-width colon and a headline in
/// Chinese (`3D Diffusion Policy：用简单点云学习机器人操作`): the name is the
/// title, as a longer one's was.
#[test]
fn a_three_word_title_before_a_chinese_headline_glued_by_a_colon() {
    check(
        "docs/papers/dp3.md",
        "# 3D Diffusion Policy：用简单点云学习机器人操作\r\n\r\n> RSS 2024 📄\r\n\r\n## 一、论文要解决什么问题？\r\n\r\n机器人如何从少量示范中学会操作。\r\n\r\n## 二、方法\r\n\r\n把深度图转换成点云，再用小网络提取几何特征。\r\n\r\n## 三、实验结果\r\n\r\n72 个仿真任务上成功率更高。\r\n",
        expect![[r#"
            single heading "3D Diffusion Policy" by - | header 1:3-1:22
              purpose "一、论文要解决什么问题？" h2 @5:4
              method "二、方法" h2 @9:4
              experiment "三、实验结果" h2 @13:4
        "#]],
    );
}

/// A year before the paper's name (`# 2022    VoiceFixer`): the paper's
/// year, not a part's number, and the name is the title.
#[test]
fn a_year_before_the_title_is_its_year_not_a_part_number() {
    check(
        "PaperReading/5.4.md",
        "# 2022    VoiceFixer\r\n\r\n## 연구 목적\r\n\r\n여러 종류의 음성 열화를 한 번에 복원한다 🎙️.\r\n\r\n## 방법\r\n\r\nMel 복원 모델 + Vocoder.\r\n\r\n## 실험\r\n\r\n44.1kHz 복원에서 기존 모델보다 좋다.\r\n",
        expect![[r#"
            single heading "VoiceFixer" year=2022 by - | header 1:11-1:21
              purpose "연구 목적" h2 @3:4
              method "방법" h2 @7:4
              experiment "실험" h2 @11:4
        "#]],
    );
}

/// `# 论文阅读方法` (a way of reading papers) over a reading process and a
/// note template's items: a guide, not a paper's review.
#[test]
fn a_chinese_guide_to_reading_papers_is_no_review() {
    check(
        "docs/papers/how-to-read.md",
        "# 论文阅读方法\r\n\r\n## 阅读流程\r\n\r\n1. **快速浏览**：标题、摘要、结论，判断是否值得精读 📖\r\n2. **理解结构**：目录、图表，把握整体框架\r\n3. **精读正文**：按需深入，重点关注方法与实践\r\n4. **总结笔记**：提炼核心思想，记录疑问与启发\r\n\r\n## 笔记模板\r\n\r\n- 论文标题与出处\r\n- 核心问题与贡献\r\n- 主要方法与创新点\r\n- 实验与结论\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A title field with the next field run into its line, the line break
/// lost (`- **Title**: ReelFramer: … Translation- **Authors**: `): the
/// title ends before it.
#[test]
fn a_field_run_into_the_title_fields_line() {
    check(
        "reviews/paper1.md",
        "## 📝 Basic Info\r\n- **Title**: ReelFramer: Human-AI Co-Creation for News-to-Video Translation- **Authors**: \r\n- **Year**: 2024\r\n\r\n## 🎯 목적\r\n\r\n뉴스 기사를 짧은 영상으로 바꾸는 일을 돕는다.\r\n\r\n## 🔧 System\r\n\r\n대본과 캐릭터 보드를 함께 만든다.\r\n\r\n## 🧪 Evaluation\r\n\r\n기자 5명과 사용자 연구.\r\n",
        expect![[r#"
            single field "ReelFramer: Human-AI Co-Creation for News-to-Video Translation" by - | header 2:14-2:76
              purpose "🎯 목적" h2 @5:4
              method "🔧 System" h2 inferred @9:4
              experiment "🧪 Evaluation" h2 @13:4
        "#]],
    );
}

/// A list item that is only a Chinese compound and its colon, its text
/// in the items nested under it (`  - 总体架构：` over the architecture's
/// parts): a label, as the same words alone on their line are.
#[test]
fn a_list_item_that_is_a_chinese_label_over_nested_items() {
    check(
        "notes/DKN-news-recommend.md",
        "## [《DKN: Deep Knowledge-Aware Network for News Recommendation》](https://arxiv.org/abs/1801.08284)\r\n\r\n  - 目标：将知识图谱应用到新闻推荐中 📰\r\n  - 总体架构：\r\n    - Knowledge distillation\r\n    - KCNN（knowledge-aware CNN）\r\n  - 实验：\r\n    - AUC 提升 2.8%\r\n",
        expect![[r#"
            single heading "DKN: Deep Knowledge-Aware Network for News Recommendation" by - | header 1:6-1:63
              purpose "目标" line-start @3:5
              method "总体架构" line-start @4:5
              experiment "实验" line-start @7:5
        "#]],
    );
}

/// Chinese questions asking how the paper solved its problem
/// (`作者是怎么解决这个问题的？`, `…提出了什么样的解决思路或方法？`) ask for the
/// method, though they name the problem; one on how earlier work solved
/// it (`已有工作怎样解决这个问题？`) is no method: it names the problem, the
/// purpose, as `What is the problem with existing methods?` does.
#[test]
fn chinese_questions_on_how_the_paper_solved_it() {
    check(
        "paper_note/CLIP-KD/CLIP-KD.md",
        "# CLIP-KD: An Empirical Study of CLIP Model Distillation\r\n\r\n## 论文试图解决什么问题？\r\n\r\n小模型的 CLIP 表现差 📉。\r\n\r\n## 已有工作怎样解决这个问题？\r\n\r\n知识蒸馏只用于单模态。\r\n\r\n## 关于这个问题，论文提出了什么样的解决思路或方法？\r\n\r\n对齐特征的蒸馏。\r\n\r\n## 作者是怎么解决这个问题的？\r\n\r\n用 MSE 对齐老师和学生的特征。\r\n",
        expect![[r#"
            single heading "CLIP-KD: An Empirical Study of CLIP Model Distillation" by - | header 1:3-1:57
              purpose "论文试图解决什么问题？" h2 @3:4
              purpose "已有工作怎样解决这个问题？" h2 @7:4
              method "关于这个问题，论文提出了什么样的解决思路或方法？" h2 @11:4
              method "作者是怎么解决这个问题的？" h2 @15:4
        "#]],
    );
}

/// A question, then a subtitle after a dash (`🤔 为什么需要 DSpark？——先理解
/// 大模型的"慢"从哪来`): the question names the part, here the purpose.
#[test]
fn a_question_heading_with_a_subtitle_after_a_dash() {
    check(
        "docs/papers/dspark.md",
        "# DSpark\r\n\r\n**论文全名**: DSpark: Speculative Decoding for Large Language Models\r\n\r\n## 🤔 为什么需要 DSpark？——先理解大模型的\"慢\"从哪来\r\n\r\n自回归解码一次只生成一个 token。\r\n\r\n## 方法\r\n\r\n草稿模型加验证。\r\n\r\n## 实验\r\n\r\n速度提升 2.3 倍。\r\n",
        expect![[r#"
            single heading "DSpark: Speculative Decoding for Large Language Models" by - | header 1:3-1:9
              purpose "🤔 为什么需要 DSpark？——先理解大模型的\"慢\"从哪来" h2 @5:4
              method "方法" h2 @9:4
              experiment "实验" h2 @13:4
        "#]],
    );
}

/// What the paper is to the writer, then a colon and its title (`Sign
/// language translation SOTA paper :  Neural Sign Language Translation`):
/// the title after the colon.
#[test]
fn what_the_paper_is_to_the_writer_before_a_colon_and_its_title() {
    check(
        "Handlang/Sign language translation SOTA paper   Neural Sign Language Translation.md",
        "## Sign language translation SOTA paper :  Neural Sign Language Translation\r\n\r\npdf link: http://openaccess.thecvf.com/content_cvpr_2018/papers/Camgoz_Neural_Sign_Language_CVPR_2018_paper.pdf\r\n\r\n### 목적\r\n\r\n수어 영상을 문장으로 번역한다 🤟.\r\n\r\n### model 구조\r\n\r\nCNN + attention seq2seq.\r\n\r\n### 결과\r\n\r\nBLEU-4 18.13.\r\n",
        expect![[r#"
            single heading "Neural Sign Language Translation" by - | header 1:44-1:76
              purpose "목적" h3 @5:5
              method "model 구조" h3 @9:5
              experiment "결과" h3 @13:5
        "#]],
    );
}

/// A position paper's title names its kind before the colon (`Position
/// Paper: …`): the whole heading is the title.
#[test]
fn a_position_paper_keeps_its_kind_in_its_title() {
    check(
        "papers/position.md",
        "# Position Paper: Agent AI Towards a Holistic Intelligence\r\n\r\nhttps://arxiv.org/abs/2403.00833\r\n\r\n## 목적\r\n\r\n에이전트 AI의 방향을 제시한다 🤖.\r\n\r\n## 방법\r\n\r\n기존 연구를 정리한다.\r\n",
        expect![[r#"
            single heading "Position Paper: Agent AI Towards a Holistic Intelligence" by - | header 1:3-1:59
              purpose "목적" h2 @5:4
              method "방법" h2 @9:4
        "#]],
    );
}

/// `> 文章标题：[Very Deep Convolutional Networks …](…)` under `# VGGNet`:
/// the article's title field gives the paper's whole title.
#[test]
fn article_title_field_under_the_short_name() {
    check(
        "notes/VGGNet.md",
        "# VGGNet 🧱\r\n> 文章标题：[Very Deep Convolutional Networks for Large-Scale Visual Recognition](https://arxiv.org/abs/1409.1556)\r\n> 作者：Simonyan K, Zisserman A\r\n\r\n将所有卷积核设置为 3 x 3（ネットワーク）。\r\n\r\n## Architecture\r\n\r\n5个block，每进入新的block，卷积核个数翻倍。\r\n",
        expect![[r#"
            single field "Very Deep Convolutional Networks for Large-Scale Visual Recognition" by - | header 2:9-2:76
              method "Architecture" h2 @7:4
        "#]],
    );
}

/// A file of two papers' notes, `# LinkNet` over its link, then `# SAM`
/// over `> 文章标题：[Segment Anything](…)`: the field is the second
/// paper's, not the first's title.
#[test]
fn title_field_under_the_next_papers_heading_is_its_own() {
    check(
        "notes/LinkNet.md",
        "# LinkNet\r\n\r\n[LinkNet: Exploiting Encoder Representations for Efficient Semantic Segmentation](https://arxiv.org/abs/1707.03718)(IEEE 2017)\r\n\r\n## 网络结构 🔗\r\n\r\n每个编码器与解码器相连接，恢复降采样操作中丢失的空间信息。\r\n\r\n# SAM\r\n\r\n> 文章标题：[Segment Anything](https://arxiv.org/abs/2304.02643)\r\n> 发表时间：2023\r\n\r\nプロンプトで分割する。\r\n",
        expect![[r#"
            single field "LinkNet: Exploiting Encoder Representations for Efficient Semantic Segmentation" by - | header 3:2-3:81
              method "网络结构 🔗" h2 @5:4
        "#]],
    );
}

/// `- #### 网络结构图` over the network's figure: a heading in a list item
/// is read by its words, as a heading is (`网络结构图`, the network's
/// diagram, is the method), not only when it is a part's name alone.
#[test]
fn a_heading_in_a_list_item_is_read_as_a_heading() {
    check(
        "notes/DANet分割网络.md",
        "论文名称：Dual Attention Network for Scene Segmentation 🎯\r\n\r\n论文地址：https://arxiv.org/pdf/1809.02983.pdf\r\n\r\n- #### 网络结构图\r\n\r\n<img src='images/danet.png' width=600>\r\n\r\n- #### 实验结果\r\n\r\n  在Cityscapes上达到了sota效果（ベンチマーク）。\r\n",
        expect![[r#"
            single field "Dual Attention Network for Scene Segmentation" by - | header 1:6-1:51
              method "网络结构图" line-start @5:8
              experiment "实验结果" line-start @9:8
        "#]],
    );
}

/// `## 2. Adaptive Reasoning Module`, `## 3. 어텐션 모듈`: a part of the
/// model, named so, is the method (it was the method by its place only).
#[test]
fn a_part_of_the_model_named_a_module_is_the_method() {
    check(
        "notes/gps-net.md",
        "# GPS-Net: Graph Property Sensing Network for Scene Graph Generation\r\n\r\n[논문 링크](https://arxiv.org/abs/2003.12962) 🧠\r\n\r\n## 1. 문제 정의\r\n\r\n객체 사이의 관계를 예측하기 어렵다.\r\n\r\n## 2. Adaptive Reasoning Module\r\n\r\n노드 사이의 메시지를 전달한다.\r\n\r\n## 3. 어텐션 모듈\r\n\r\n가중치를 계산한다.\r\n\r\n## 4. 실험 결과\r\n\r\nVG에서 SOTA.\r\n",
        expect![[r#"
            single heading "GPS-Net: Graph Property Sensing Network for Scene Graph Generation" by - | header 1:3-1:69
              purpose "1. 문제 정의" h2 @5:4
              method "2. Adaptive Reasoning Module" h2 @9:4
              method "3. 어텐션 모듈" h2 @13:4
              experiment "4. 실험 결과" h2 @17:4
        "#]],
    );
}

/// `## 交叉注意力模块(CCA)` over its figure: the model's module, its method.
#[test]
fn a_module_in_chinese_is_the_method() {
    check(
        "notes/CCNet.md",
        "# CCNet: Criss-Cross Attention for Semantic Segmentation\r\n\r\n## 交叉注意力模块(CCA) 📌\r\n\r\n<img src='images/cca.png' height=300>\r\n\r\n## 实验结果\r\n\r\n在Cityscapes上达到了SOTA。\r\n",
        expect![[r#"
            single heading "CCNet: Criss-Cross Attention for Semantic Segmentation" by - | header 1:3-1:57
              method "交叉注意力模块(CCA) 📌" h2 @3:4
              experiment "实验结果" h2 @7:4
        "#]],
    );
}

/// `### 想读的 paper 列表` over a checklist of titles, in a folder of
/// paper notes: the papers the reader wants to read, no review.
#[test]
fn a_list_of_papers_the_reader_wants_to_read_is_no_review() {
    check(
        "PaperReading/Reading_Plan.md",
        "### 想读的 paper 列表 📚\r\n\r\n下面的是按照优先级排序的。\r\n\r\n- [X] It’s Not Just Size That Matters: Small Language Models Are Also Few-Shot Learners\r\n- [ ] ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators\r\n- [ ] 사전학습 모델 정리\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Paper Reivew - End-to-End Object Detection with Transformers`: the
/// review word one typo off (two letters swapped), as a label's is read,
/// still says what the note is.
#[test]
fn a_review_word_misspelt_by_one_typo_before_a_spaced_dash() {
    check(
        "_posts/2020-06-11-detr.md",
        "---\r\ntitle:  \"Paper Reivew - End-to-End Object Detection with Transformers\"\r\ncategories: [논문 리뷰]\r\n---\r\n\r\n## Introduction 🎯\r\n\r\nNMS 없이 집합 예측으로 객체를 찾는다.\r\n\r\n## Method\r\n\r\nBipartite matching 손실.\r\n\r\n## Experiments\r\n\r\nCOCO에서 Faster R-CNN과 비슷하다.\r\n",
        expect![[r#"
            single front-matter "End-to-End Object Detection with Transformers" by - | header 2:25-2:70
              purpose "Introduction 🎯" h2 @6:4
              method "Method" h2 @10:4
              experiment "Experiments" h2 @14:4
        "#]],
    );
}

/// `Paper Revie - …`: a word of five letters one typo from `review` is
/// no review word (a label's typo needs six letters), and the title
/// keeps it.
#[test]
fn a_short_word_one_typo_from_a_note_word_stays_in_the_title() {
    check(
        "_posts/2020-06-12-detr.md",
        "---\r\ntitle:  \"Paper Revie - End-to-End Object Detection with Transformers\"\r\ncategories: [논문 리뷰]\r\n---\r\n\r\n## Introduction 🎯\r\n\r\nNMS 없이 집합 예측으로 객체를 찾는다.\r\n\r\n## Method\r\n\r\nBipartite matching 손실.\r\n\r\n## Experiments\r\n\r\nCOCO에서 Faster R-CNN과 비슷하다.\r\n",
        expect![[r#"
            single front-matter "Paper Revie - End-to-End Object Detection with Transformers" by - | header 2:10-2:69
              purpose "Introduction 🎯" h2 @6:4
              method "Method" h2 @10:4
              experiment "Experiments" h2 @14:4
        "#]],
    );
}

/// `### An implementation of multipath TCP in ns3`: a title opening with
/// an article and `implementation of` is the paper's own, not a note on
/// someone's code (`PyTorch implementation of …`).
#[test]
fn a_title_opening_with_an_implementation_of_is_the_papers() {
    check(
        "papers/NETROAD/Ch02-Seamless-Roaming.md",
        "### An implementation of multipath TCP in ns3\r\n\r\n## Motivation 📶\r\n\r\n여러 인터페이스를 동시에 쓰고 싶다.\r\n\r\n## Design\r\n\r\nns3에 MPTCP를 구현했다.\r\n\r\n## Evaluation\r\n\r\n처리량이 늘었다.\r\n",
        expect![[r#"
            single heading "An implementation of multipath TCP in ns3" by - | header 1:5-1:46
              purpose "Motivation 📶" h2 @3:4
              method "Design" h2 @7:4
              experiment "Evaluation" h2 @11:4
        "#]],
    );
}

/// A repository's README titled by its name (`# survey-computer-vision`)
/// is its front page, no review itself; it may still hold the papers'
/// reviews, each under its heading (`## AlexNet`, `## ResNet`, each over
/// the reading format's questions).
#[test]
fn a_repository_front_page_holding_reviews_under_paper_headings() {
    check(
        "README.md",
        "# survey-computer-vision\r\n\r\n## textlint\r\n\r\n```shell\r\n$ npx textlint README.md\r\n```\r\n\r\n## AlexNet\r\n\r\n#### どんなもの？\r\n[ImageNet Classification with Deep Convolutional Neural Networks](https://proceedings.neurips.cc/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf)\r\n\r\n2012年のILSVRCで圧勝したモデル 🏆。\r\n\r\n#### 技術や手法のキモはどこ？\r\n- ReLU と Dropout\r\n\r\n#### どうやって有効だと検証した？\r\nエラー率は15.3%。\r\n\r\n## ResNet\r\n\r\n#### どんなもの？\r\n[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\r\n\r\n#### 技術や手法のキモはどこ？\r\nshortcut connection。\r\n\r\n#### どうやって有効だと検証した？\r\nImageNetで3.57%。\r\n",
        expect![[r#"
            single field "ImageNet Classification with Deep Convolutional Neural Networks" by - | header 12:2-12:65
              summary "どんなもの？" h4 @11:6
              method "技術や手法のキモはどこ？" h4 @16:6
              experiment "どうやって有効だと検証した？" h4 @19:6
            single field "Deep Residual Learning for Image Recognition" by - | header 25:2-25:46
              summary "どんなもの？" h4 @24:6
              method "技術や手法のキモはどこ？" h4 @27:6
              experiment "どうやって有効だと検証した？" h4 @30:6
        "#]],
    );
}

/// The same front page with only a link under each paper's heading: a
/// reading list, no review.
#[test]
fn a_repository_front_page_of_links_under_paper_headings_stays_quiet() {
    check(
        "README.md",
        "# survey-computer-vision\r\n\r\n## AlexNet\r\n\r\n[ImageNet Classification with Deep Convolutional Neural Networks](https://proceedings.neurips.cc/paper/2012/file/c399862d3b9d6b76c8436e924a68c45b-Paper.pdf) 🏆\r\n\r\n## ResNet\r\n\r\n[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A folder named `TransR，AAAI2015，《Learning Entity and Relation
/// Embeddings for Knowledge Graph Completion》` over the paper's note: the
/// title is inside the title marks, the venue and year before them.
#[test]
fn a_folder_named_with_the_title_in_chinese_title_marks() {
    check(
        "GraphEmbedding/TransR，AAAI2015，《Learning Entity and Relation Embeddings for Knowledge Graph Completion》/note.md",
        "本文提出了 TransR 模型 🧩。\r\n\r\n## 研究背景\r\n\r\nTransE 和 TransH 把实体和关系放在同一空间。\r\n\r\n## 模型结构\r\n\r\n为每个关系建立一个投影矩阵。\r\n\r\n## 实验结果\r\n\r\n在 WN18 和 FB15K 上超过了 TransE。\r\n",
        expect![[r#"
            single folder "Learning Entity and Relation Embeddings for Knowledge Graph Completion" venue="AAAI" year=2015 by - | header 1:1-1:19
              purpose "研究背景" h2 @3:4
              method "模型结构" h2 @7:4
              experiment "实验结果" h2 @11:4
        "#]],
    );
}

/// `# Paper Note` over `## Skip N-grams and Ranking Functions …`: what
/// the file is, in the singular as `Paper Notes` is, and no paper's title.
#[test]
fn paper_note_in_the_singular_is_no_title() {
    check(
        "PaperReading/note.md",
        "# Paper Note\r\n\r\n[TOC]\r\n\r\n## Skip N-grams and Ranking Functions for Predicting Script Events\r\n\r\n原文链接：https://www.aclweb.org/anthology/E12-1034\r\n\r\n***总结：*** 比较预测事件方式方法之间的差异与优劣 📊。\r\n\r\n***研究方法：*** 1）训练数据的选择；2）bigram方式。\r\n",
        expect![[r#"
            single heading "Skip N-grams and Ranking Functions for Predicting Script Events" by - | header 5:4-5:67
              summary "总结" bold @9:4
              method "研究方法" bold @11:4
        "#]],
    );
}

/// `***목적：*** …`: a label set bold and italic at once is read inside
/// all three marks, its range starting at its first letter.
#[test]
fn a_bold_and_italic_label_is_read_inside_its_marks() {
    check(
        "notes/resnet.md",
        "# Deep Residual Learning for Image Recognition 🧱\r\n\r\n***목적：*** 깊은 망의 학습을 쉽게 한다.\r\n\r\n___Method:___ residual connection.\r\n\r\n***実験：*** ImageNet で 3.57%。\r\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:3-1:47
              purpose "목적" bold @3:4
              method "Method" bold @5:4
              experiment "実験" bold @7:4
        "#]],
    );
}

/// A Logseq page named by its paper's DOI, its `link::` property the
/// paper's title linked to its journal: that title, where the file name
/// stood.
#[test]
fn a_logseq_link_property_gives_the_papers_title() {
    check(
        "pages/10.1371_journal.pone.0316443.md",
        "tags:: paper, equivocal\r\nlink:: [Understanding early molecular changes associated with radiation therapy—A preliminary bulk RNA sequencing study](https://journals.plos.org/plosone/article?id=10.1371/journal.pone.0316443)\r\nauthors:: Miller, A et al\r\n\r\n- The paired tissue samples were collected at the time of final breast reconstruction 🧬.\r\n- ## Methodology\r\n\t- 같은 환자의 조사 전후 조직을 RNA-seq으로 비교.\r\n- ## Results\r\n\t- 200 genes changed.\r\n",
        expect![[r#"
            single field "Understanding early molecular changes associated with radiation therapy—A preliminary bulk RNA sequencing study" by - | header 2:9-2:120
              method "Methodology" line-start @6:6
              experiment "Results" line-start @8:6
        "#]],
    );
}

/// `# The Extensive Reading of 2022-[*MC^2: Rigorous and Efficient
/// Directed Greybox Fuzzing*](https://dl.acm.org/…)`: the paper's title,
/// linked to its host at the heading's end after fewer words saying what
/// the note is.
#[test]
fn a_linked_title_after_words_that_say_what_the_note_is() {
    check(
        "1-src/extensive-reading/2022-mc2.md",
        "# The Extensive Reading of 2022-[*MC^2: Rigorous and Efficient Directed Greybox Fuzzing*](https://dl.acm.org/doi/abs/10.1145/3548606.3560648)\r\n\r\n- The **problem** is that most directed greybox fuzzers give no analysis 🐛.\r\n- 해법은 oracle-guided search.\r\n\r\n## Evaluation\r\n\r\nMC^2 は AFLGo より速い。\r\n",
        expect![[r#"
            single heading "MC^2: Rigorous and Efficient Directed Greybox Fuzzing" by - | header 1:35-1:88
              purpose "problem" bold @3:9
              experiment "Evaluation" h2 @6:4
        "#]],
    );
}

/// `## 一、这篇论文到底研究什么` (what does this paper study, no question
/// mark): the purpose, as `论文要解决什么问题` is.
#[test]
fn what_the_paper_studies_asked_in_chinese_is_the_purpose() {
    check(
        "Papers/action-space/review-cheatsheet.md",
        "# Demystifying Action Space Design for Robotic Manipulation Policies\r\n\r\n## 一、这篇论文到底研究什么\r\n\r\n动作空间的设计如何影响策略 🤖。\r\n\r\n## 二、方法\r\n\r\n对比 delta 与 absolute 动作。\r\n\r\n## 三、实验结果\r\n\r\nLIBERO 上 delta 更好。\r\n",
        expect![[r#"
            single heading "Demystifying Action Space Design for Robotic Manipulation Policies" by - | header 1:3-1:69
              purpose "一、这篇论文到底研究什么" h2 @3:4
              method "二、方法" h2 @7:4
              experiment "三、实验结果" h2 @11:4
        "#]],
    );
}

/// `- The **problem** is that …`, `- The **solution** is …`: a part's
/// name in bold as the subject of a list item labels that part.
#[test]
fn a_part_named_in_bold_as_a_list_items_subject() {
    check(
        "extensive-reading/2023-selectfuzz.md",
        "# SelectFuzz: Efficient Directed Fuzzing with Selective Path Exploration\r\n\r\n- The **problem** is that directed fuzzers explore irrelevant paths 🐛.\r\n- The **solution** is 선택적 경로 탐색.\r\n- The **Scheduler** is a queue.\r\n\r\n## Evaluation\r\n\r\nAFLGo より速い。\r\n",
        expect![[r#"
            single heading "SelectFuzz: Efficient Directed Fuzzing with Selective Path Exploration" by - | header 1:3-1:73
              purpose "problem" bold @3:9
              method "solution" bold @4:9
              experiment "Evaluation" h2 @7:4
        "#]],
    );
}

/// `# ResNet` over `## Original Paper`, nothing written between, then
/// the paper's link alone (`[Deep Residual Learning for Image
/// Recognition](https://arxiv.org/…)`): the link's text is the title, as
/// it is right under the heading.
#[test]
fn a_short_name_over_opening_headings_then_its_papers_link() {
    check(
        "ResNet/README.md",
        "# ResNet\r\n\r\n## Original Paper\r\n\r\n[Deep Residual Learning for Image Recognition](https://arxiv.org/pdf/1512.03385.pdf)\r\n\r\n## 1. Introduction\r\n\r\n망이 깊어지면 정확도가 떨어진다 📉.\r\n\r\n## 2. Method\r\n\r\nshortcut connection。\r\n\r\n## 3. Experiments\r\n\r\nImageNet 3.57%.\r\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by - | header 5:2-5:46
              purpose "1. Introduction" h2 @7:4
              method "2. Method" h2 @11:4
              experiment "3. Experiments" h2 @15:4
        "#]],
    );
}

/// A note whose front matter names its paper, with the paper's authors,
/// and a line or two under it: a review begun, its three parts missing, as
/// a note headed by its paper's title is.
#[test]
fn a_paper_titled_in_front_matter_with_its_signs_is_a_note_begun() {
    check(
        "embodied/NavGPT.md",
        "---\r\ntitle: \"NavGPT: Explicit Reasoning in Vision-and-Language Navigation with Large Language Models\"\r\nauthors: \"Gengze Zhou, Yicong Hong, Qi Wu\"\r\nyear: 2024\r\nvenue: AAAI\r\nurl: https://arxiv.org/abs/2305.16986\r\nstatus: \"읽는 중 📖\"\r\n---\r\n지도와 문장 명령을 주면\r\nGPT가 경로를 낸다.\r\n",
        expect![[r#"
            single front-matter "NavGPT: Explicit Reasoning in Vision-and-Language Navigation with Large Language Models" by - | header 2:9-2:96
        "#]],
    );
}

/// `논문읽기 : Chan-Vese Algorithm`: what the note is (a paper read), said
/// before the title as `논문 리뷰:` is, goes from it.
#[test]
fn a_korean_paper_reading_prefix_goes_from_the_title() {
    check(
        "_posts/2021-08-13-chan-vese.md",
        "---\r\ntitle: \"논문읽기 : Chan-Vese Algorithm\"\r\ncategory: cs-adventure\r\n---\r\n\r\n## 문제 🖼️\r\n경계가 흐린 이미지를 나눈다.\r\n\r\n## 방법\r\nlevel set 으로 두 영역의 평균 차이를 줄인다.\r\n",
        expect![[r#"
            single front-matter "Chan-Vese Algorithm" by - | header 2:16-2:35
              purpose "문제 🖼\u{fe0f}" h2 @6:4
              method "방법" h2 @9:4
        "#]],
    );
}

/// A coding problem solved, linked to LeetCode's Chinese site under its
/// old address (`leetcode-cn.com`), its statement in a `题目：` field: no
/// review, though it sits in the writer's `paper/` folder.
#[test]
fn a_problem_on_leetcodes_old_chinese_site_is_no_review() {
    check(
        "paper/844. 比较含退格的字符串.md",
        "#### [844. 比较含退格的字符串](https://leetcode-cn.com/problems/backspace-string-compare/)\r\n\r\n题目：给定 s 和 t 两个字符串，当它们分别被输入到空白的文本编辑器后，请你判断二者是否相等。# 代表退格字符。\r\n\r\n如果相等，返回 true ；否则，返回 false 🙂。\r\n\r\n示例 1：\r\n\r\n输入：s = \"ab#c\", t = \"ad#c\"\r\n输出：true\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Task-Specific Fine-tuning`, `RQ-VAE Framework`: a part's word joined
/// by a hyphen to the next is a compound, not the label then what it says
/// (`Task - …`, `Method: …`).
#[test]
fn a_label_glued_by_a_hyphen_to_the_next_word_names_no_part() {
    check(
        "papers/bert.md",
        "# BERT: Pre-training of Deep Bidirectional Transformers 🤖\r\n\r\n## 방법\r\nmasked LM 으로 사전 학습한다.\r\n\r\n### Task-Specific Fine-tuning\r\n분류 헤드만 더한다.\r\n\r\n## 실험\r\nGLUE 80.5.\r\n",
        expect![[r#"
            single heading "BERT: Pre-training of Deep Bidirectional Transformers" by - | header 1:3-1:56
              method "방법" h2 @3:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// `RQ: …`, a study's research question as papers abbreviate it, is the
/// purpose; `RQ-VAE` stays a model's name.
#[test]
fn rq_names_the_research_question() {
    check(
        "notes/choi_2024.md",
        "Choi et al. 2024\r\n\r\n# Self-Supervised Speech Representations are More Phonetic than Semantic\r\n\r\nRQ: 의미를 담는가, 음성을 담는가? 🎧\r\n\r\n# Method\r\nslicing and pooling.\r\n\r\n## RQ-VAE tokens\r\nnot used.\r\n\r\n# Results\r\nphonetic wins.\r\n",
        expect![[r#"
            single heading "Self-Supervised Speech Representations are More Phonetic than Semantic" by - | header 3:3-3:73
              purpose "RQ" line-start @5:1
              method "Method" h1 @7:3
              experiment "Results" h1 @13:3
        "#]],
    );
}

/// A plain line opening the note, then the note's tags alone (`` `vae` ``),
/// then its first section or a list of its parts' names: the paper's title,
/// as it is right over the first section.
#[test]
fn a_plain_first_line_over_the_notes_tags_then_its_sections_is_the_title() {
    check(
        "notes/generating_from_continue.md",
        "Generating Sentences from a Continuous Space\r\n\r\n`vae` `text`\r\n\r\n## 2 Background\r\n\r\nRNN 언어 모델은 문장 전체의 벡터를 배우지 못한다 😅.\r\n",
        expect![[r#"
            single heading "Generating Sentences from a Continuous Space" by - | header 1:1-1:45
              purpose "2 Background" h2 @5:4
        "#]],
    );
}

/// Its tags as hashtags (`#vae #paraphrase`), over a list of its parts'
/// names (`- Introduction`, `- Methodology` over its nested items): the same.
#[test]
fn a_plain_first_line_over_tags_then_a_list_of_parts_is_the_title() {
    check(
        "notes/vae.md",
        "A Deep Generative Framework for Paraphrase Generation\r\n\r\n#vae #paraphrase\r\n\r\n- Introduction\r\n- Methodology\r\n    - VAE 🧩\r\n    - 모델 구조\r\n",
        expect![[r#"
            single heading "A Deep Generative Framework for Paraphrase Generation" by - | header 1:1-1:54
              method "Methodology" line-start @6:3
        "#]],
    );
}

/// `## 附加材料` (supplementary material) over links to related papers is
/// another part, as an appendix is: not the method, by its place or its
/// words.
#[test]
fn supplementary_material_is_no_part_of_the_three() {
    check(
        "CVPR/DMCP.md",
        "# [DMCP: Differentiable Markov Channel Pruning for Neural Networks](https://openaccess.thecvf.com/DMCP.pdf)\r\n\r\n## 摘要\r\n把通道剪枝建模为马尔可夫过程 🔗。\r\n\r\n## 动机\r\n剪枝的搜索不可微。\r\n\r\n## 附加材料\r\n\r\n1. [LSP: Low-Power Semi-structured Pruning](https://openreview.net/forum?id=FoqZKsH9sE) 同样把 FLOPs 作为可微的约束\r\n",
        expect![[r#"
            single heading "DMCP: Differentiable Markov Channel Pruning for Neural Networks" by - | header 1:4-1:67
              summary "摘要" h2 @3:4
              purpose "动机" h2 @6:4
        "#]],
    );
}

/// A blog's first post showing the format its reviews will take, `-
/// **논문**: 제목, 저자, 학회/저널, 연도` (title, authors, venue, year): the
/// fields named where a title goes are a template's blank, and the post no
/// review.
#[test]
fn a_title_field_naming_fields_alone_is_a_templates_blank() {
    check(
        "_posts/2026-07-24-welcome.md",
        "---\r\nlayout: post\r\ntitle: 시작하며\r\ndescription: 블로그를 시작합니다 👋\r\n---\r\n\r\n읽은 논문과 진행한 연구를 정리하는 공간입니다.\r\n\r\n**논문 정리 포맷 예시**\r\n\r\n- **논문**: 제목, 저자, 학회/저널, 연도\r\n- **한 줄 요약**: 이 논문이 푸는 문제와 핵심 아이디어\r\n- **배경**: 기존 방법의 한계\r\n- **제안 방법**: 핵심 기여\r\n- **실험 결과**: 주요 수치와 비교군\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `title: "Layer Normalization 원논문"`: the original paper, as a wiki
/// names it beside pages on its later forms; the word goes from the title.
#[test]
fn the_original_paper_said_after_its_title_goes() {
    check(
        "wiki/papers/layer-norm-original-paper.md",
        "---\r\ntitle: \"Layer Normalization 원논문\"\r\ntype: paper\r\n---\r\n\r\n## 문제 의식\r\nbatch 크기에 기대지 않는 정규화가 필요하다 🧮.\r\n\r\n## 방법\r\n한 층의 모든 뉴런으로 평균과 분산을 낸다.\r\n",
        expect![[r#"
            single front-matter "Layer Normalization" by - | header 2:9-2:28
              purpose "문제 의식" h2 @6:4
              method "방법" h2 @9:4
        "#]],
    );
}

/// `- 論文名稱：`Title` (包含三篇 Special Issue Articles)`: the title in
/// code, then an aside on it in parentheses; the title is the code's.
#[test]
fn a_title_in_code_then_an_aside_in_parentheses() {
    check(
        "GreenWashing/03-Spurring Impactful Research.md",
        "## 論文基本資料整理\r\n- 論文名稱：`Spurring Impactful Research on Information Systems for Environmental Sustainability` (包含三篇 Special Issue Articles)\r\n- 作者名稱：`Seidel, S. & Watson, R. T.`\r\n## 論文重點整理 🌱\r\n- 研究目的：資訊系統如何支持永續\r\n",
        expect![[r#"
            single field "Spurring Impactful Research on Information Systems for Environmental Sustainability" by - | header 2:9-2:92
              purpose "研究目的" line-start @5:3
        "#]],
    );
}

/// `原文：DeepTest: … (ICSE’18)  <!--more-->`: a Hexo blog's excerpt mark,
/// an HTML comment, after the title goes; the venue and year are kept.
#[test]
fn a_blogs_excerpt_mark_after_the_title_goes() {
    check(
        "source/_posts/DeepTest.md",
        "---\r\ntitle: 【论文笔记】DeepTest\r\ncategories: 论文笔记\r\n---\r\n\r\n原文：DeepTest: Automated Testing of Deep-Neural-Network-driven Autonomous Cars  (ICSE’18)  <!--more-->\r\n\r\n## 方法 🚗\r\n\r\n- 基本思想：用神经元覆盖率引导测试生成\r\n",
        expect![[r#"
            single field "DeepTest: Automated Testing of Deep-Neural-Network-driven Autonomous Cars" venue="ICSE" year=2018 by - | header 6:4-6:77
              method "方法 🚗" h2 @8:4
        "#]],
    );
}

/// `（CVPR'19)`: a parenthesis opened full-width and closed half-width, as
/// an input method switched halfway, is read as one pair: the venue and year
/// in it go from the title.
#[test]
fn a_parenthesis_opened_full_width_and_closed_half_width() {
    check(
        "source/_posts/Effective-Path.md",
        "---\r\ntitle: 【论文笔记】Effective Path\r\ncategories: 论文笔记\r\n---\r\n\r\n原文：Adversarial Defense Through Network Profiling Based Path Extraction （CVPR'19)\r\n\r\n## 方法 🛤️\r\n\r\n- 基本思想：找到 Effective Path\r\n",
        expect![[r#"
            single field "Adversarial Defense Through Network Profiling Based Path Extraction" venue="CVPR" year=2019 by - | header 6:4-6:71
              method "方法 🛤\u{fe0f}" h2 @8:4
        "#]],
    );
}

/// `# ActionFormer论文分享` (sharing the ActionFormer paper, as a group's
/// talk): the words go from the title, as `论文笔记` do.
#[test]
fn a_paper_shared_with_a_group_said_after_its_name_goes() {
    check(
        "papers/ActionFormer.md",
        "# ActionFormer论文分享\r\n\r\n今天给大家分享的是时序定位中效果很好的一个模型 🎬。\r\n\r\n## 动机\r\n时序定位要找出动作的起止。\r\n\r\n## 方法\r\n多尺度 Transformer 编码视频特征。\r\n\r\n## 实验\r\nTHUMOS14 上 mAP 领先十多个点。\r\n",
        expect![[r#"
            single heading "ActionFormer" by - | header 1:3-1:15
              purpose "动机" h2 @5:4
              method "方法" h2 @8:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// A post's headline wholly in the reader's script in front matter, over
/// the paper's title in bold Latin as the body's first line: the paper's.
#[test]
fn a_headline_in_the_readers_script_over_the_papers_title_in_bold() {
    check(
        "_posts/2019-04-18-airbnb.md",
        "---\r\ntitle: 推薦系統處理特徵很麻煩？用訓練詞向量的方式來做個人化的推薦系統\r\ncategories:\r\n - Paper Reading\r\n---\r\n\r\n**Real-time Personalization using Embeddings for Search Ranking at Airbnb**\r\n**2018 KDD Best Paper** 🏆\r\n\r\n## 動機\r\n傳統方法要人工定義特徵。\r\n",
        expect![[r#"
            single field "Real-time Personalization using Embeddings for Search Ranking at Airbnb" by - | header 7:3-7:74
              purpose "動機" h2 @10:4
        "#]],
    );
}

/// A post named by its paper's short name in front matter (`title:
/// FaceNet论文笔记`) over a link to the paper a few lines down whose text is
/// the whole title, the short name before its colon: the whole, as under a
/// heading. Not a blog's guide to a model linked so.
#[test]
fn a_short_name_in_front_matter_over_the_papers_whole_title_linked() {
    check(
        "_posts/FaceNet论文笔记.md",
        "---\r\ntitle: FaceNet论文笔记\r\ncategories: Face\r\n---\r\n\r\n*原文链接*:[FaceNet:A unified embedding for face recognition and clustering](https://arxiv.org/abs/1503.03832)\r\n\r\n## 简介 🙂\r\n\r\nFaceNet 把人脸映射到欧几里得空间。\r\n\r\n## 方法\r\n\r\ntriplet loss。\r\n",
        expect![[r#"
            single field "FaceNet:A unified embedding for face recognition and clustering" by - | header 6:9-6:72
              purpose "简介 🙂" h2 @8:4
              method "方法" h2 @12:4
        "#]],
    );
}

/// A short name in front matter over a blog's guide to the model, linked
/// with the short name before its colon: the blog is no paper, and the short
/// name stays.
#[test]
fn a_short_name_in_front_matter_over_a_blogs_guide_linked() {
    check(
        "_posts/2026-06-04-gemma-4-12b.md",
        "---\r\ntitle: \"Gemma 4 12B — 인코더를 제거한 멀티모달 아키텍처 정리\"\r\ncategories: [논문 리뷰]\r\n---\r\n\r\n**참고 자료**\r\n\r\n- [Gemma 4 12B: The Developer Guide (Google Developers Blog)](https://developers.googleblog.com/gemma-4-12b-the-developer-guide/)\r\n\r\n## 문제 의식 🤔\r\n인코더가 비싸다.\r\n",
        expect![[r#"
            single front-matter "Gemma 4 12B" by - | header 2:9-2:20
              purpose "문제 의식 🤔" h2 @10:4
        "#]],
    );
}

/// `### 0x01 论文主要内容` (the paper's main content) is a summary: written
/// in, under the paper's title, it makes the note a review begun, its
/// template's other parts still blank.
#[test]
fn the_papers_main_content_is_a_summary() {
    check(
        "SecAcademic/On the Resilience of Network-based Moving Target Defense.md",
        "## On the Resilience of Network-based Moving Target Defense Techniques Against Host Profiling Attacks \r\n*欺骗防御* 🛡️\r\n\r\n### 0x01 论文主要内容  \r\n分析了基于网络的移动目标防御策略，提出了一种对抗方式，然后给出了加强防御的方案。\r\n\r\n### 0x02 作者想要解决的问题   \r\n\r\n### 0x03 作者解决问题的方法   \r\n\r\n### 0x05 作者得出的关键结论   \r\n",
        expect![[r#"
            single heading "On the Resilience of Network-based Moving Target Defense Techniques Against Host Profiling Attacks" by - | header 1:4-1:102
              summary "0x01 论文主要内容" h3 @4:5
              purpose "0x02 作者想要解决的问题" h3 @7:5
              method "0x03 作者解决问题的方法" h3 @9:5
        "#]],
    );
}

/// `title: "[PaperReview] CoPrompt: Consistency-guided Prompt Learning …"`
/// over `**Paper:** [Consistency-guided Prompt Learning …](…)`: the post's
/// title spells the paper's out with its short name first, and stays.
#[test]
fn a_post_title_with_the_short_name_before_the_papers_linked_title() {
    check(
        "_posts/research/coprompt_paper_review.md",
        "---\r\ntitle: \"[PaperReview] CoPrompt: Consistency-guided Prompt Learning for Vision-Language Models\"\r\ncategories: [Image Retrieval]\r\n---\r\n\r\n**Paper:** [Consistency-guided Prompt Learning for Vision-Language Models](https://arxiv.org/abs/2306.01195)  \r\n\r\n## 문제 의식 🧭\r\nfew-shot 에서 CLIP 이 과적합된다.\r\n",
        expect![[r#"
            single front-matter "CoPrompt: Consistency-guided Prompt Learning for Vision-Language Models" by - | header 2:23-2:94
              purpose "문제 의식 🧭" h2 @8:4
        "#]],
    );
}

/// `论文阅读速记-Deep Learning With Data Enhancement …` (quick notes on a
/// paper read) before the title says what the note is, and goes.
#[test]
fn quick_notes_on_a_paper_read_before_its_title_go() {
    check(
        "source/_posts/notes-paper-glioma.md",
        "---\r\ntitle: 论文阅读速记-Deep Learning With Data Enhancement for the Differentiation of Solitary and Multiple Cerebral Glioblastoma\r\ntags: [论文]\r\n---\r\n\r\n## 研究目的 🧠\r\n区分单发与多发的胶质母细胞瘤。\r\n\r\n## 方法\r\n数据增强后训练 CNN。\r\n",
        expect![[r#"
            single front-matter "Deep Learning With Data Enhancement for the Differentiation of Solitary and Multiple Cerebral Glioblastoma" by - | header 2:15-2:121
              purpose "研究目的 🧠" h2 @6:4
              method "方法" h2 @9:4
        "#]],
    );
}

/// `Paper: Ye et al., <title> ([cvpr2024 open access](…) or [arxiv](…))`:
/// the links in parentheses after the title say where to read it, and go;
/// the field's title then stands for the post's Japanese headline.
#[test]
fn where_to_read_the_paper_in_parentheses_after_its_title_goes() {
    check(
        "content/blog/2024/medcoss-cvpr2024.jp.md",
        "---\r\ntitle: 'MedCoSS: リハーサルバッファに基づくマルチモーダル表現学習, CVPR2024'\r\ndescription: 'MedCoSS を提案する CVPR2024 の論文のサマリ。'\r\n---\r\n\r\n## 概要\r\n\r\nPaper: Ye et al., Continual Self-supervised Learning: Towards Universal Multi-modal Medical Data Representation Learning ([cvpr2024 open access](https://openaccess.thecvf.com/MedCoSS.pdf) or [arxiv](https://arxiv.org/abs/2311.17597)).\r\n\r\n## 論文の新規性 🩺\r\n\r\n* modal conflicts を防ぐ MedCoSS を提案した。\r\n",
        expect![[r#"
            single field "Continual Self-supervised Learning: Towards Universal Multi-modal Medical Data Representation Learning" by - | header 8:19-8:121
              summary "概要" h2 @6:4
              novelty "論文の新規性 🩺" h2 @10:4
              method "論文の新規性 🩺" h2 inferred @10:4
        "#]],
    );
}

/// A course's tutorial page names its staff by role (`Principal
/// Investigator: …`, `Session Host: …`): no reviewer, and the page no
/// collection of reviews.
#[test]
fn a_course_pages_staff_are_no_reviews() {
    check(
        "PointNet/README.md",
        "## KAIST Geometric AI Lab - Tutorial 1 🧪\r\nPrincipal Investigator: [Minhyuk Sung](https://mhsung.github.io/) (mhsung@kaist.ac.kr)\r\n\r\nSession Host: **김현진** (Lead), **Eunji Hong** (Support)\r\n\r\nLast Updated: Jun 13, 2023.\r\n\r\n## PointNet: Point Cloud Processing Network\r\n\r\n[PointNet](https://arxiv.org/abs/1612.00593) 은 점 구름을 다루는 신경망이다.\r\n\r\n## Task 1. Point Cloud Classification\r\n\r\n`model.py` 의 TODO 를 채운다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post's file name spells its title's words out (`2023-07-12-Hallym-
/// Major-Fair.md` under `title: "Hallym Major Fair"`): no acronym of the
/// title, and a lab blog's news post no review.
#[test]
fn a_posts_slug_spelling_its_title_abbreviates_nothing() {
    check(
        "_posts/2023-07-12-Hallym-Major-Fair.md",
        "---\r\nlayout: post\r\ntitle: \"Hallym Major Fair\"\r\nauthor: 2023seohee\r\nicon: star-o\r\ntags: [news]\r\n---\r\n\r\nHallym University held the <i>'2023 Hallym Major Fair'</i> on Wednesday, the 12th, at the Hallym Recreation Center on its main campus 🎓. 한림대학교 전공박람회.\r\n\r\nOn Wednesday, the 12th of July, 2023, the '2023 Hallym Major Fair' took place at the Hallym Recreation Center on Hallym University's main campus. This fair, known as the 'Hallym Major Fair,' has been the university's largest-scale major experience program since its inception in 2018. It was organized as part of the 2023 High School Education Contribution University Support Project, with the purpose of offering high school students valuable opportunities to explore various careers and majors. A total of 26 departments enthusiastically participated in this event, further enhancing its significance and value.\r\n\r\nThe Department of Forensic Information Science and Technology, which was recently established, has plans to expand and improve the Legal Informatics and Forensic Science major starting in 2024. The department's goal is to select 40 students and train them to tackle complex problems arising from our rapidly changing society driven by AI. They also aim to lead advancements in state-of-the-art scientific investigation by utilizing AI data.\r\n\r\nAt the booth of the Department of Forensic Information Science and Technology, titled 'Beyond Forensic Science', they provided information on the requirements for special police recruitment. They also introduced the department's major track, educational goals, and professors. Additionally, students had the opportunity to experience firsthand fingerprint collection and learn about the activities of the Legal Informatics and Forensic Science Institute at Hallym Uinversity, which uses AI for crime investigation.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A part's label set in full-width brackets (`## 【实验结果】`, `## 「方法」`)
/// names the part, as one in `[…]` or `〖…〗` did.
#[test]
fn labels_set_in_full_width_brackets() {
    check(
        "_posts/2021-05-20-SeeSaw-loss.md",
        "---\r\ntitle: 'Seesaw Loss for Long-Tailed Instance Segmentation'\r\ntags: 论文阅读\r\n---\r\n\r\n# 概述\r\n\r\n尾部类别的正负样本梯度不平衡 😵.\r\n\r\n## 「方法」\r\n\r\n缓解因子와 补偿因子.\r\n\r\n## 【实验结果】\r\n\r\nLVIS 上 AP 提升.\r\n",
        expect![[r#"
            single front-matter "Seesaw Loss for Long-Tailed Instance Segmentation" by - | header 2:9-2:58
              summary "概述" h1 @6:3
              method "「方法」" h2 @10:4
              experiment "【实验结果】" h2 @14:4
        "#]],
    );
}

/// A title that says the note is the writer's own plan (`프로젝트 기획서: …`,
/// `Project Proposal: …`) heads a goal, a method and an evaluation of the
/// writer's own: no paper's review, whatever its parts are named.
#[test]
fn a_project_plan_is_no_review() {
    check(
        "aioe-analysis/AIOE_Project_Plan.md",
        "# 프로젝트 기획서: AI 노출도(AIOE)가 직업별 임금에 미치는 영향 분석 📊\r\n\r\n### 1. 분석 목표 (The Goal)\r\n\r\n직업별 평균 임금을 결정하는 요인을 규명한다.\r\n\r\n### 2. 분석 방법 (Method)\r\n\r\n회귀 모델과 텍스트 임베딩을 쓴다.\r\n\r\n### 3. 평가 (Evaluation)\r\n\r\nRMSE 와 R² 로 비교한다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A folder's README headed by the word for articles alone (`# Artigos`),
/// over a heading per paper linked to its PDF: a list of papers, no review.
#[test]
fn a_heading_of_articles_alone_lists_papers() {
    check(
        "tcc/artigos/README.md",
        "# Artigos\r\n\r\n### [Study and Application of Security Based on ZigBee Standard](sun2011.pdf)\r\n* Discute a segurança do ZigBee 🔐 e um modelo em AES para a camada APS\r\n\r\n### [New security approach for ZigBee Weaknesses](razouk2014.pdf)\r\n* Discute o protocolo e apresenta uma solução (방법 제안)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A topic's page that says it collects papers (`This section collects
/// papers focusing on …`) over a table of them, one row each: a list, not
/// the review of its first row's paper.
#[test]
fn a_page_that_says_it_collects_papers_lists_them() {
    check(
        "categories/energy.md",
        "# ⚡ Energy-Efficient GPU Architecture\r\n\r\nThis section collects papers focusing on **energy efficiency** (에너지 효율).\r\n\r\n| Title | Authors | Venue | Year | Summary |\r\n|---|---|---:|---:|---|\r\n| Virgo: Cluster-level Matrix Unit Integration in GPUs for Scalability and Energy Efficiency | H. Kim, R. Yan | ASPLOS | 2025 | [Link](../summaries/energy/virgo2025.md) |\r\n\r\n## Method notes\r\n\r\nCluster-level compute organization.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post titled by its series' name and what it is in Chinese, then a
/// full-width colon and the paper's name in Latin letters (`attention in
/// CV学习笔记：Attention is All you Need`): the name after the colon is the
/// title.
#[test]
fn a_series_name_and_study_notes_before_the_papers_name() {
    check(
        "posts/md1_attention_is_all_you_need.md",
        "---\r\ntitle: \"attention in CV学习笔记：Attention is All you Need\"\r\ndate: 2022-11-26T01:50:11+08:00\r\n---\r\n\r\n从NLP到CV，attention机制大放异彩 🚀。\r\n\r\n## 方法\r\n\r\nself-attention 与 multi-head。\r\n\r\n## 实验\r\n\r\nWMT 2014 翻译任务。\r\n",
        expect![[r#"
            single front-matter "Attention is All you Need" by - | header 2:29-2:54
              method "方法" h2 @8:4
              experiment "实验" h2 @12:4
        "#]],
    );
}

/// The minutes of a group's meeting (`# 6.25组会纪要`), a part for each
/// member and the paper they shared: no review, as a look back (`회고`) is
/// none.
#[test]
fn the_minutes_of_a_group_meeting_are_no_review() {
    check(
        "Notes/论文/6.25组会纪要.md",
        "# 6.25组会纪要\r\n\r\n## 代卓\r\n\r\n- 分享论文 Disentangled Negative Sampling for Collaborative Filtering\r\n  - **负采样**对于隐式协同过滤从大量未标记数据中生成负样本至关重要 👍。\r\n  - 作者认为通常用户交互主要由一些相关但不是全部项目因素驱动，从而引出负采样的新方向。在本文中，作者引入了一种新的解耦负采样 (DENS) 方法。\r\n  - 在五个真实世界数据集上进行的大量实验表明，DENS 优于几种最先进的竞争对手，在 recall@20 和 ndcg@20 方面实现了比最强基线提高 7% 以上。\r\n\r\n## 陆佳辉\r\n\r\n- 分享论文  An Upload-Efficient Scheme for Transferring Knowledge From a Server-Side Pre-trained Generator to Clients in Heterogeneous Federated Learning\r\n  - 异构联邦学习(HtFL)支持不同模型架构的客户机之间的协作学习，同时保护隐私。面对数据和模型异质性带来的挑战，我们提出了一种基于预训练生成器的高效知识转移方案，名为联邦知识转移循环(FedKTL)。通过服务器上的生成器推理生成相关原型图像向量对，客户端可以将知识迁移到本地模型。在不同数据异质性的4个数据集上进行的实验表明，我们的方法在准确率上显著超过现有技术。\r\n  - 在局部训练后，每个客户端生成类别原型。每个客户端将原型上传到服务器。将客户端原型转换和对齐到潜在向量。服务器生成图像。每个客户端从服务器下载原型—图像向量对。每个客户端训练本地模型\r\n- 老师建议：\r\n  - 仔细研读一下论文的细节\r\n\r\n\r\n\r\n## 刘颖哲\r\n\r\n###  申康调研项目信息工作汇报\r\n\r\n- 申康调研项目信息，定义主要数据类别和概念\r\n  - 症状信息（Symptom Information）\r\n  - 疾病信息（Disease Information）\r\n  - 诊断信息  （Disease Information）\r\n  - 治疗信息（Treatment Information）\r\n- 发布任务\r\n- 数据收集和处理\r\n- 数据标准化\r\n- 数据结构化\r\n- 数据元件封装\r\n\r\n\r\n\r\n- 老师建议\r\n  - 数据类别的划分要参考已有的资料，申康得有数据检查流程，数据元件与元件之间得有接口能够实现组装",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Inline HTML that only styles a heading (`## <font color="…"> 2.
/// 先行研究と比べてどこがすごいの？ </font>`) is read through, as emphasis is.
#[test]
fn styling_tags_around_question_headings() {
    check(
        "posts/20180828-Everybody-Dance-Now.md",
        "---\r\nlayout: post\r\ntitle: Everybody Dance Now\r\n---\r\n\r\n## <font color=\"MediumSpringGreen\"> 1. どんなもの？ </font>\r\n動きの転写 💃。\r\n\r\n## <font color=\"MediumSpringGreen\"> 2. 先行研究と比べてどこがすごいの？ </font>\r\n姿勢を中間表現にする。\r\n\r\n## <font color=\"SpringGreen\"> 3. 技術や手法の\"キモ\"はどこにある？ </font>\r\npix2pixHD。\r\n\r\n## <font color=\"SpringGreen\"> 4. どうやって有効だと検証した？ </font>\r\nSSIM。\r\n",
        expect![[r#"
            single front-matter "Everybody Dance Now" by - | header 3:8-3:27
              summary "<font color=\"MediumSpringGreen\"> 1. どんなもの？ </font>" h2 @6:4
              novelty "<font color=\"MediumSpringGreen\"> 2. 先行研究と比べてどこがすごいの？ </font>" h2 @9:4
              method "<font color=\"SpringGreen\"> 3. 技術や手法の\"キモ\"はどこにある？ </font>" h2 @12:4
              experiment "<font color=\"SpringGreen\"> 4. どうやって有効だと検証した？ </font>" h2 @15:4
        "#]],
    );
}

/// A lone head word joined to a part named exactly names its own part
/// (`Context & Experiment`, `背景・問題設定` with the full-width `・`);
/// beside a critique's part it does not (`문제점 & 한계점` are the paper's
/// weaknesses).
#[test]
fn a_head_word_joined_to_a_named_part() {
    check(
        "papers/2021/lora.md",
        "---\r\ntitle: \"LoRA: Low-Rank Adaptation of Large Language Models\"\r\nyear: 2021\r\n---\r\n\r\n## TL;DR\r\n\r\n> 重みを凍結し低ランク分解で更新する 🧊。\r\n\r\n## 背景・問題設定\r\n\r\n全パラメータ fine-tuning は非現実的。\r\n\r\n## 手法\r\n\r\n$W = W_0 + BA$。\r\n\r\n## 実験\r\n\r\nGLUE。\r\n",
        expect![[r#"
            single front-matter "LoRA: Low-Rank Adaptation of Large Language Models" by - | header 2:9-2:59
              summary "TL;DR" h2 @6:4
              purpose "背景・問題設定" h2 @10:4
              method "手法" h2 @14:4
              experiment "実験" h2 @18:4
        "#]],
    );
    check(
        "notes/subliminal.md",
        "# \"Subliminal Learning: Language Models Transmit Behavioral Traits via Hidden Signals in Data\" - Summary\n\n## Context & Experiment\n- A teacher with trait T writes number sequences 🦉.\n\n## Method\nFinetune a student on them.\n",
        expect![[r#"
            single heading "Subliminal Learning: Language Models Transmit Behavioral Traits via Hidden Signals in Data" by - | header 1:4-1:94
              purpose "Context & Experiment" h2 @3:4
              experiment "Context & Experiment" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "Visual SLAM/2025/MASt3R-SLAM/paper.md",
        "# MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors\n\n## 요약\nMASt3R 위의 SLAM 🗺️.\n\n## 방법\n포인트맵 정합.\n\n## 실험\nTUM.\n\n## 문제점 & 한계점\n느리다.\n",
        expect![[r#"
            single heading "MASt3R-SLAM: Real-Time Dense SLAM with 3D Reconstruction Priors" by - | header 1:3-1:66
              summary "요약" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
              limitations "문제점 & 한계점" h2 @12:4
        "#]],
    );
}

/// A template whose parts hold only their guidance, each in an HTML comment
/// over several lines with example sentences, is no review.
#[test]
fn a_template_guided_in_comments() {
    check(
        "_posts/[논문리뷰 양식].md",
        "---\r\ntitle: \"양식\"\r\ncategory: \"논문-리뷰\"\r\npublished: false\r\n---\r\n> [논문제목]()<br>\r\n\r\n# 📌 이 논문을 읽은 이유\r\n<!-- 줄글로 작성 (내 동기, 관심사, 맥락 설명)\r\n예시: \r\n이 논문은 제가 진행 중인 [프로젝트/연구 분야]와 관련된 문제를 다루고 있어서 읽게 되었습니다.\r\n-->\r\n\r\n# 💡 논문의 주요 내용 간단 요약\r\n<!-- 줄글로 작성 (내 해석 중심)\r\n예시: \r\n이 논문은 [문제 정의]를 해결하기 위해 [핵심 아이디어]를 제안합니다. 기존 방법과 비교했을 때 [차별점]이 두드러집니다.\r\n-->\r\n\r\n# 🔍 개인적인 생각\r\n<!-- 줄글로 작성 (내 해석/비판적 시각 강조)\r\n예시:\r\n이 논문은 제안한 방법으로 [문제 A]를 잘 해결하지만, [상황 X]에서는 성능 저하 가능성이 있습니다.\r\n-->\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// The items under the reader's questions (`## 10. 토론 질문`) ask about the
/// paper and label none of its parts, however they are worded.
#[test]
fn questions_on_the_paper_label_no_part() {
    check(
        "notes/computational-grounded-theory.md",
        "# Computational Grounded Theory: A Methodological Framework  \r\n**Nelson (2020)**\r\n\r\n## 1. 논문 개요 및 문제의식\r\n계산 기법으로 이론을 만든다 🧭.\r\n\r\n## 3. Computational Grounded Theory의 3단계 구조\r\n세 단계로 나눈다.\r\n\r\n## 10. 토론 질문\r\n- 토픽 모델링에서 파라미터 결정에 도움이 되는 다른 방법이 없을까?\r\n\r\n    elbow method 같은 기준이 궁금하다.\r\n\r\n- 토픽 수에 따라 모델링의 결과가 달라진다. 과대적합의 논리로 이해하면 될까?\r\n\r\n    k가 너무 크면 과잉 분할이 일어난다.\r\n\r\n## 11. 실험\r\n- **결과**: 세 단계를 사례에 적용했다.\r\n",
        expect![[r#"
            single heading "Computational Grounded Theory: A Methodological Framework" by - | header 1:3-1:60
              purpose "1. 논문 개요 및 문제의식" h2 @4:4
              method "3. Computational Grounded Theory의 3단계 구조" h2 @7:4
              experiment "11. 실험" h2 @19:4
              experiment "결과" bold @20:5
        "#]],
    );
}

/// `검증` (verification) names how a paper's claim was checked: its
/// experiment, alone or as a head word (`실세계 검증`); so does `발견`
/// (finding).
#[test]
fn verification_is_the_experiment() {
    check(
        "05-resources/Multiscale Bayesian Fatigue.md",
        "# Multiscale Stochastic Fatigue Analysis with Bayesian Calibration\r\n\r\n## 연구 목적\r\n피로 수명의 불확실성을 줄인다 🔩.\r\n\r\n## 방법론\r\n베이지안 보정.\r\n\r\n### 실세계 검증\r\n풍력 터빈 데이터로 확인했다.\r\n",
        expect![[r#"
            single heading "Multiscale Stochastic Fatigue Analysis with Bayesian Calibration" by - | header 1:3-1:67
              purpose "연구 목적" h2 @3:4
              method "방법론" h2 @6:4
              experiment "실세계 검증" h3 @9:5
        "#]],
    );
    // `주요 발견` (main findings) are its results, as `Key Findings` are.
    check(
        "papers/blockchain-factors.md",
        "---\ntitle: \"Blockchain Factors\"\ncategories: [paper]\n---\n\n## 데이터와 방법\n온체인 지표로 팩터를 만든다 ⛓️.\n\n## 주요 발견\n네트워크 팩터가 수익률을 설명한다.\n",
        expect![[r#"
            single front-matter "Blockchain Factors" by - | header 2:9-2:27
              method "데이터와 방법" h2 @6:4
              experiment "주요 발견" h2 @9:4
        "#]],
    );
}

/// A post named by the paper's short name with the rest of its title as
/// its description (`title: "SparseDrive"` over `description: "End-to-End
/// Autonomous Driving via …"`): the two joined. A description that says
/// something (a sentence) is no part of a title.
#[test]
fn a_short_name_and_its_description() {
    check(
        "_posts/2026-05-22-SparseDrive.md",
        "---\r\nlayout: post\r\ntitle: \"SparseDrive\"\r\ncategories: paper-review\r\ndescription: \"End-to-End Autonomous Driving via Sparse Scene Representation\"\r\n---\r\n\r\n## 1. Introduction\r\n밀집 BEV 대신 희소 표현을 쓴다 🚗.\r\n\r\n## 2. Methodology\r\n대칭 희소 인식.\r\n",
        expect![[r#"
            single front-matter "SparseDrive: End-to-End Autonomous Driving via Sparse Scene Representation" by - | header 3:9-3:20
              purpose "1. Introduction" h2 @8:4
              method "2. Methodology" h2 @11:4
        "#]],
    );
    check(
        "_posts/2026-05-22-SparseDrive.md",
        "---\ntitle: \"SparseDrive\"\ncategories: paper-review\ndescription: \"My notes on a driving paper we read this week.\"\n---\n\n## 1. Introduction\n밀집 BEV 대신 희소 표현을 쓴다 🚗.\n\n## 2. Methodology\n대칭 희소 인식.\n",
        expect![[r#"
            single front-matter "SparseDrive" by - | header 2:9-2:20
              purpose "1. Introduction" h2 @7:4
              method "2. Methodology" h2 @10:4
        "#]],
    );
}

/// What the note is, then the paper's title, as its heading: `# Paper
/// Summary: …`, `# 논문 요약: …` (a summary's label takes a sentence, not a
/// name). A model's version after the title is the note's
/// (`(YOLOv1)`), though an acronym the title spells is the paper's.
#[test]
fn a_heading_that_says_what_the_note_is_before_the_title() {
    check(
        "docs/computer-vision/yolov1-paper-notes.md",
        "# Paper Summary: You Only Look Once (YOLOv1)\r\n\r\n**Authors**: Joseph Redmon, Santosh Divvala\r\n\r\n## Core Contribution\r\n將物件偵測重新定義為單一回歸問題 🎯。\r\n\r\n## Method\r\n7 × 7 grid.\r\n",
        expect![[r#"
            single heading "You Only Look Once (YOLOv1)" by - | header 1:18-1:45
              novelty "Core Contribution" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
    check(
        "notes/resnet.md",
        "# 논문 요약: Deep Residual Learning for Image Recognition 📄\n\n## 배경\n깊은 망은 학습이 어렵다.\n\n## 방법\n잔차 연결을 쓴다.\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 1:10-1:54
              purpose "배경" h2 @3:4
              method "방법" h2 @6:4
        "#]],
    );
    // A summary's label and what it says: a part, not the title.
    check(
        "notes/resnet.md",
        "# [논문 리뷰] ResNet\n\n## 논문 요약: 잔차 연결로 깊은 망을 학습한다.\n\n## Method\n잔차 연결을 쓴다.\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:11-1:17
              summary "논문 요약: 잔차 연결로 깊은 망을 학습한다." h2 @3:4
              method "Method" h2 @5:4
        "#]],
    );
}

/// What a post's front-matter title holds besides the paper's: a line
/// break escaped in double quotes (`You Only Look Once:\nUnified, …`), a
/// post's number in its series (`#05 Let Me Do It For You: …`), the
/// note's state and kind in parentheses before it (`(미완) (Paper) …`).
#[test]
fn what_a_front_matter_title_holds_besides_the_paper_s() {
    check(
        "_posts/2026-10-07-yolo.md",
        "---\r\ntitle: \"[Paper] You Only Look Once:\\nUnified, Real-Time Object Detection\"\r\ncategories:\r\n  - \"Paper\"\r\n---\r\n\r\n## Introduction\r\n탐지를 회귀 문제로 본다 🎯.\r\n\r\n## Method\r\n그리드마다 상자를 예측한다.\r\n",
        expect![[r#"
            single front-matter "You Only Look Once: Unified, Real-Time Object Detection" by - | header 2:17-2:73
              purpose "Introduction" h2 @7:4
              method "Method" h2 @10:4
        "#]],
    );
    check(
        "_posts/2026-03-31-LetmeDoitForyou.md",
        "---\ntitle: \"[Paper Review] #05 Let Me Do It For You: Towards LLM Empowered Recommendation via Tool Learning\"\ncategories: [Paper Review]\n---\n\n## 문제 정의\n추천기가 도구를 못 쓴다.\n\n## 방법\n🔁 라운드마다 도구를 고른다.\n",
        expect![[r#"
            single front-matter "Let Me Do It For You: Towards LLM Empowered Recommendation via Tool Learning" by - | header 2:28-2:104
              purpose "문제 정의" h2 @6:4
              method "방법" h2 @9:4
        "#]],
    );
    check(
        "_posts/2021-06-09-unsupervised_asr.md",
        "---\ntitle: \"(미완) (Paper) Unsupervised Speech Recognition\"\ncategories: Paper\n---\n\n## Motivation\n전사 없는 음성 인식 🎙️.\n\n## Method\nGAN으로 음소를 맞춘다.\n",
        expect![[r#"
            single front-matter "Unsupervised Speech Recognition" by - | header 2:22-2:53
              purpose "Motivation" h2 @6:4
              method "Method" h2 @9:4
        "#]],
    );
}

/// A post named by the paper's short name whose text opens with the whole
/// title as a heading (`title: "COMA"` over `## Counterfactual Multi
/// Agent Policy Gradient`): the heading's. A heading that is a part's, or
/// a sentence, leaves the short name.
#[test]
fn a_short_name_over_the_whole_title_as_a_heading() {
    check(
        "_posts/paper_review/2021-04-16-COMA.md",
        "---\r\ntitle : \"COMA\"\r\n\r\ndate : 2021-04-16\r\n\r\ncategories : paper_review\r\n---\r\n\r\n## Counterfactual Multi Agent Policy Gradient\r\n\r\n### Motivation\r\n팀 보상만으로는 기여를 나눌 수 없다 🤝.\r\n\r\n### Method\r\n반사실 기준선을 쓴다.\r\n",
        expect![[r#"
            single heading "Counterfactual Multi Agent Policy Gradient" by - | header 9:4-9:46
              purpose "Motivation" h3 @11:5
              method "Method" h3 @14:5
        "#]],
    );
    check(
        "_posts/paper_review/2021-04-16-COMA.md",
        "---\ntitle: \"COMA\"\ncategories: paper_review\n---\n\n## what we read this week\n\n### Motivation\n팀 보상만으로는 기여를 나눌 수 없다.\n\n### Method\n반사실 기준선을 쓴다.\n",
        expect![[r#"
            single front-matter "COMA" by - | header 2:9-2:13
              purpose "Motivation" h3 @8:5
              method "Method" h3 @11:5
        "#]],
    );
}

/// Front matter that describes the paper under compound keys
/// (`authors_affiliations:`, `publication_status:`) or links it where a
/// society publishes it (`ojs.aaai.org`): a paper's note.
#[test]
fn front_matter_that_describes_the_paper_under_compound_keys() {
    check(
        "misc/note-17.md",
        "---\r\ntitle: \"FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference\"\r\nauthors_affiliations: \"Keyu Chen, Qihang Zhou／Zhejiang University\"\r\n---\r\n\r\n# FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference\r\n\r\n## 概要\r\nexpertを行列単位に分解する 🧩。\r\n## 手法のあらまし\r\nsub-expertを別々にロードする。\r\n## 評価\r\nRTX 3090で1.31倍。\r\n",
        expect![[r#"
            single front-matter "FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference" by - | header 2:9-2:88
              summary "概要" h2 @8:4
              method "手法のあらまし" h2 @10:4
              experiment "評価" h2 @12:4
        "#]],
    );
    check(
        "misc/note-17.md",
        "---\ntitle: \"FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference\"\nsource: \"https://ojs.aaai.org/index.php/AAAI/article/view/39106\"\n---\n\n## 概要\nexpertを行列単位に分解する。\n## 手法のあらまし\nsub-expertを別々にロードする。\n## 評価\nRTX 3090で1.31倍。\n",
        expect![[r#"
            single front-matter "FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference" by - | header 2:9-2:88
              summary "概要" h2 @6:4
              method "手法のあらまし" h2 @8:4
              experiment "評価" h2 @10:4
        "#]],
    );
    // Without them, a summary, a method and an evaluation under a title
    // are no paper's note by themselves.
    check(
        "misc/note-17.md",
        "---\ntitle: \"FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference\"\n---\n\n# FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference\n\n## 概要\nexpertを行列単位に分解する。\n## 手法のあらまし\nsub-expertを別々にロードする。\n## 評価\nRTX 3090で1.31倍。\n",
        expect![[r#"
            single front-matter "FIRM-MoE: Fine-Grained Expert Decomposition for Resource-Adaptive MoE Inference" by - | header 2:9-2:88
              summary "概要" h2 @7:4
              method "手法のあらまし" h2 @9:4
              experiment "評価" h2 @11:4
        "#]],
    );
}

/// A how-to post, named for what its reader will do (`… 3DSG 만들기`), is
/// no paper's note, whatever its parts; a post named for the paper it
/// implements (`ResNet 논문 구현하기`) still is.
#[test]
fn a_korean_how_to_post() {
    check(
        "_posts/2026-01-30-conceptgraph.md",
        "---\r\ntitle: \"Isaac Sim으로 데이터 수집 및 ConceptGraphs를 사용하여 3DSG 만들기\"\r\ncategories:\r\n  - isaacsim\r\n---\r\n\r\n## 1. 배경\r\n로봇이 3D 장면을 이해해야 한다 🤖.\r\n\r\n## 2. 방법\r\nIsaac Sim에서 RGB-D를 모은다.\r\n\r\n## 3. 결과\r\n3DSG가 만들어졌다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "_posts/2026-01-30-resnet.md",
        "---\ntitle: \"ResNet 논문 구현하기\"\ncategories: Paper\n---\n\n## 1. 배경\n깊은 망은 학습이 어렵다.\n\n## 2. 방법\n잔차 블록을 PyTorch로 쓴다.\n",
        expect![[r#"
            single front-matter "ResNet 논문 구현하기" by - | header 2:9-2:23
              purpose "1. 배경" h2 @6:4
              method "2. 방법" h2 @9:4
        "#]],
    );
}

/// Round 65's titles: a series of posts before the colon (`Daily Paper 50:
/// …`); the paper and its code reviewed after it (`Grad-CAM 논문 & 코드
/// 리뷰`); a short name over its whole title at the same level (`#
/// SentenceBERT` over `# Sentence-BERT: …`); a Logseq property (`title::
/// …`) and a reference manager's `@` page name; a Chinese title over the
/// English original's field.
#[test]
fn titles_of_round_65() {
    check(
        "_posts/2020-03-19-maml.md",
        "---\r\ntitle: \"Daily Paper 50: MAML\"\r\ndescription: \"Notes\"\r\ntags: [Paper]\r\n---\r\n\r\n# Daily Paper 50: Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks\r\n\r\n## Introduction\r\n这一篇是元学习的开山之作 🧠。\r\n\r\n## Method\r\n二阶梯度。\r\n",
        expect![[r#"
            single heading "Model-Agnostic Meta-Learning for Fast Adaptation of Deep Networks" by - | header 7:19-7:84
              purpose "Introduction" h2 @9:4
              method "Method" h2 @12:4
        "#]],
    );
    check(
        "_posts/papers/2022-01-19-grad-cam.md",
        "---\ntitle: \"[논문리뷰] Grad-CAM\"\ncategories: paper-review\n---\n\n# Grad-CAM 논문 & 코드 리뷰\n\n## Introduction\nCAM은 구조를 바꿔야 한다.\n\n## Method\n기울기로 가중치를 구한다 🔥.\n",
        expect![[r#"
            single front-matter "Grad-CAM" by - | header 2:16-2:24
              purpose "Introduction" h2 @8:4
              method "Method" h2 @11:4
        "#]],
    );
    check(
        "Papers/SentenceBERT.md",
        "# SentenceBERT\n\n# Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks\n\n[논문 링크](https://arxiv.org/pdf/1908.10084.pdf)\n\n### Introduction\n버트로 유사도를 찾으려면 느리다.\n\n### Method\n샴 네트워크로 문장을 임베딩한다.\n",
        expect![[r#"
            single heading "Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks" by - | header 3:3-3:65
              purpose "Introduction" h3 @7:5
              method "Method" h3 @10:5
        "#]],
    );
    check(
        "pages/Looped Transformers.md",
        "title:: Looped Transformers\r\ntype:: paper\r\nsource:: https://arxiv.org/abs/2506.18233\r\n\r\n## Summary\r\nLayers reused in a loop 🔁.\r\n\r\n## Method\r\nOne block, applied k times.\r\n",
        expect![[r#"
            single field "Looped Transformers" by - | header 1:9-1:28
              summary "Summary" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
    check(
        "pages/@Hessian Aware Quantization of Spiking Neural Networks.md",
        "title:: @Hessian Aware Quantization of Spiking Neural Networks\ntype:: [[Paper]]\n\n- ## Motivation\n\t- SNNs on chips need low precision.\n- ## Method\n\t- Hessian trace ranks the layers.\n",
        expect![[r#"
            single field "Hessian Aware Quantization of Spiking Neural Networks" by - | header 1:10-1:63
              purpose "Motivation" line-start @4:6
              method "Method" line-start @6:6
        "#]],
    );
    check(
        "papers/fpmc.md",
        "---\ntitle: \"个性化马尔可夫链分解用于下一购物篮推荐\"\npaper_id: \"https://doi.org/10.1145/1772690.1772773\"\n---\n\n# 个性化马尔可夫链分解用于下一购物篮推荐\n\n> **英文原标题**：Factorizing personalized Markov chains for next-basket recommendation\n\n## 研究问题\n同时建模长期偏好和序列模式。\n\n## 方法\n分解用户-物品转移立方体。\n",
        expect![[r#"
            single field "Factorizing personalized Markov chains for next-basket recommendation" by - | header 8:13-8:82
              purpose "研究问题" h2 @10:4
              method "方法" h2 @13:4
        "#]],
    );
}

/// A note without headings sets its parts apart in italics, alone on
/// their lines (`*Problem Formulation*`, `*Evaluation Criterion*`); an
/// italic sentence is no label. `效果` (effect) names the results, as
/// `结果` does.
#[test]
fn italic_labels_and_chinese_effects() {
    check(
        "Gated-Attention Networks.md",
        "## Gated-Attention Architectures for Task-Oriented Language Grounding\r\n\r\n[Paper](https://arxiv.org/abs/1706.07230)\r\n\r\n*Problem Formulation*\r\n\r\nAn agent follows instructions in a 3D world 🎮.\r\n\r\n*Proposed Architecture*\r\n\r\nGated attention multiplies the image features by the instruction.\r\n\r\n*This part took me a while to read*\r\n\r\n*Evaluation Criterion*\r\n\r\nAccuracy on seen and unseen instructions.\r\n",
        expect![[r#"
            single heading "Gated-Attention Architectures for Task-Oriented Language Grounding" by - | header 1:4-1:70
              purpose "Problem Formulation" line-start @5:2
              method "Proposed Architecture" line-start @9:2
              experiment "Evaluation Criterion" line-start @15:2
        "#]],
    );
    check(
        "papers/lipschitz-mls.md",
        "---\ntags: [paper]\n---\n\n# Lipschitz Extension Initialization for Moving Least Squares Reconstruction\n\n## 核心方法\n用 Lipschitz 扩展初始化 MLS。\n\n## 技术要点\n- **背景**: 散点数据重建尚未充分探索\n- **效果**: 显著提高稀疏采样下的重建精度 📈\n",
        expect![[r#"
            single heading "Lipschitz Extension Initialization for Moving Least Squares Reconstruction" by - | header 5:3-5:77
              method "核心方法" h2 @7:4
              purpose "背景" bold @11:5
              experiment "效果" bold @12:5
        "#]],
    );
}

/// Round 66: a paper about many papers is one paper (`QnDReview: Read
/// 100 CHI Papers in 7 Hours`); a README that welcomes its reader is no
/// review; a lone word as the first heading (`## MindSet`, the template's
/// first part) gives way to a file named with the whole title.
#[test]
fn round_66_titles_and_pages() {
    check(
        "_posts/Research/paper/2025-07-31-altchi-qndreview-summary.md",
        "---\r\ntitle: \"QnDReview: Read 100 CHI Papers in 7 Hours\"\r\ncategories:\r\n  - paper\r\n---\r\n\r\n## 1. Research Purpose\r\nHCI 논문을 빠르게 훑는 훈련 📚.\r\n\r\n## 2. Research Method\r\n5개 학기 동안 과제를 운영.\r\n",
        expect![[r#"
            single front-matter "QnDReview: Read 100 CHI Papers in 7 Hours" by - | header 2:9-2:50
              purpose "1. Research Purpose" h2 @7:4
              method "2. Research Method" h2 @10:4
        "#]],
    );
    check(
        "README.md",
        "## Welcome to Kaishen's PaperNotes\n\nI use this repository to record notes for important papers.\n\n## Method\nOne file per paper.\n\n## Results\nSee the folders.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Interpretable Safety/On the Role of Attention Heads in Large Language Model Safety.md",
        "`LLMs` \n`Safety Attention Heads`\nhttps://arxiv.org/abs/2410.13708\n\n## MindSet\n\n核心假设：少数 Attention Heads 负责安全 🛡️。\n\n## Method\n\n消融这些头。\n\n## Experiments\n\n拒绝率下降。\n",
        expect![[r#"
            single file-name "On the Role of Attention Heads in Large Language Model Safety" by - | header 1:1-1:8
              method "Method" h2 @9:4
              experiment "Experiments" h2 @13:4
        "#]],
    );
}

/// `Findings` after what they are (`Research Findings`, `New findings`)
/// are the results; findings of earlier work, first, are not.
#[test]
fn findings_name_the_results() {
    check(
        "_posts/Research/paper/2025-07-31-qndreview.md",
        "---\ntitle: \"QnDReview: Read 100 CHI Papers in 7 Hours\"\ncategories: [paper]\n---\n\n## 1. Research Purpose\nHCI 논문을 빠르게 훑는 훈련 📚.\n\n### Findings from previous work\n요약 과제는 이미 있었다.\n\n## 2. Research Method\n5개 학기 동안 과제를 운영.\n\n## 3. Research Findings\n속도와 이해도가 향상.\n",
        expect![[r#"
            single front-matter "QnDReview: Read 100 CHI Papers in 7 Hours" by - | header 2:9-2:50
              purpose "1. Research Purpose" h2 @6:4
              method "2. Research Method" h2 @12:4
              experiment "3. Research Findings" h2 @15:4
        "#]],
    );
}

/// A Korean post's opening part, `들어가며` (getting started) or `소개`
/// (introduction), is its purpose, as `서론` is.
#[test]
fn a_korean_post_s_opening_part() {
    check(
        "_posts/2020-02-20-second-paper.md",
        "---\r\ntitle: \"설명 가능한 추천을 위한 자연어 생성 논문 Review\"\r\ncategory: Paper\r\n---\r\n\r\n## 들어가며...\r\n추천 이유를 문장으로 만든다 💬.\r\n\r\n## 프레임워크\r\n점수 예측과 설명 생성을 함께 배운다.\r\n\r\n## 평가\r\nBLEU로 잰다.\r\n",
        expect![[r#"
            single front-matter "설명 가능한 추천을 위한 자연어 생성" by - | header 2:9-2:29
              purpose "들어가며..." h2 @6:4
              method "프레임워크" h2 @9:4
              experiment "평가" h2 @12:4
        "#]],
    );
    check(
        "_posts/2022-11-01-cgan.md",
        "---\ntitle: \"cGAN 논문 리뷰\"\ncategories: Paper\n---\n\n## 0. 소개\n조건을 주는 GAN이다.\n\n## 1. 방법\n생성자와 판별자에 y를 준다.\n",
        expect![[r#"
            single front-matter "cGAN" by - | header 2:9-2:13
              purpose "0. 소개" h2 @6:4
              method "1. 방법" h2 @9:4
        "#]],
    );
}

/// A study group's meeting as the first heading (`# HAI 논문 스터디 1주차`)
/// names no paper: the heading under it does. The group's README, named
/// for the group, its year and its notes (`# HAI 2022 논문 스터디`), is no
/// review; a paper's README named for the paper (`# ResNet 논문 리뷰`) is.
/// The paper's outline set first (`# Structure`) is no title either.
#[test]
fn a_study_group_s_meeting_and_its_readme() {
    check(
        "week1/1주차_강준서.md",
        "# HAI 논문 스터디 1주차\n\n### Learning to Reconstruct 3D Human Pose and Shape via Model-fitting in the Loop\n\n### Introduction\n이 논문은 회귀와 최적화를 함께 쓴다 🏃.\n\n### Method\nSMPLify를 루프 안에 넣는다.\n",
        expect![[r#"
            single heading "Learning to Reconstruct 3D Human Pose and Shape via Model-fitting in the Loop" by - | header 3:5-3:82
              purpose "Introduction" h3 @5:5
              method "Method" h3 @8:5
        "#]],
    );
    check(
        "README.md",
        "# HAI 2022 논문 스터디\n\nHAI에서 2022년에 진행하는 논문 스터디 과제 레포입니다.\n\n## Method\n주차별 폴더에 과제를 올립니다.\n\n## Results\n발표 자료를 모읍니다.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "papers/resnet/README.md",
        "# ResNet 논문 리뷰\n\n## 배경\n깊은 망은 학습이 어렵다.\n\n## 방법\n잔차 연결을 쓴다.\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:3-1:9
              purpose "배경" h2 @3:4
              method "방법" h2 @6:4
        "#]],
    );
    check(
        "Robotic/FRMT: A Benchmark for Few-Shot Region-Aware Machine Translation.md",
        "# Structure\r\n- Intro\r\n- Related Work\r\n- Experiments\r\n\r\n# Introduction\r\nThis paper builds a benchmark of regional variants 🌏.\r\n\r\n# FRMT Dataset\r\n- Method: 지역별 번역을 모은다.\r\n",
        expect![[r#"
            single file-name "FRMT: A Benchmark for Few-Shot Region-Aware Machine Translation" by - | header 1:1-1:12
              purpose "Introduction" h1 @6:3
              method "Method" line-start @10:3
        "#]],
    );
}

/// A post named by the paper's acronym with the name spelled out in its
/// excerpt (`title: "GAN 논문 리뷰"` over `excerpt: "Generative Adversarial
/// Networks"`): the spelled-out name is the title, found on its own line.
/// A short name before a double colon (`CoCoOp :: Conditional Prompt
/// Learning …`) is the blog's, not the paper's.
#[test]
fn an_acronym_spelled_out_and_a_double_colon() {
    check(
        "_posts/review/2023-02-08-gan.md",
        "---\r\ntitle:  \"GAN 논문 리뷰\"\r\nexcerpt: \"Generative Adversarial Networks\"\r\ncategories:\r\n  - 논문 리뷰\r\n---\r\n\r\n## 배경 🎲\r\n생성 모델은 가능도 계산이 어렵다.\r\n\r\n## 방법\r\n생성자와 판별자가 겨룬다.\r\n",
        expect![[r#"
            single front-matter "Generative Adversarial Networks" by - | header 3:11-3:42
              purpose "배경 🎲" h2 @8:4
              method "방법" h2 @11:4
        "#]],
    );
    check(
        "_posts/2024-02-12-CoCoOp.md",
        "---\ntitle: \"[Paper Review] CoCoOp :: Conditional Prompt Learning for Vision-Language Models\"\ncategories: [Paper Review]\n---\n\n## 🔍 Abstract 및 Introduction\nCoOp은 새 클래스에 약하다.\n\n## Methodology\n이미지마다 조건부 토큰을 만든다.\n",
        expect![[r#"
            single front-matter "Conditional Prompt Learning for Vision-Language Models" by - | header 2:34-2:88
              summary "🔍 Abstract 및 Introduction" h2 @6:4
              purpose "🔍 Abstract 및 Introduction" h2 @6:4
              method "Methodology" h2 @9:4
        "#]],
    );
    // One word before the colons and no more: a title with a double colon
    // inside keeps it whole.
    check(
        "_posts/2024-02-12-haskell.md",
        "---\ntitle: \"Type Classes :: A Study of Haskell Overloading\"\ncategories: [Paper Review]\n---\n\n## Motivation\n오버로딩은 임시방편이었다.\n\n## Approach\n사전 전달로 번역한다.\n",
        expect![[r#"
            single front-matter "Type Classes :: A Study of Haskell Overloading" by - | header 2:9-2:55
              purpose "Motivation" h2 @6:4
              method "Approach" h2 @9:4
        "#]],
    );
}

/// What a post's title says before the paper's: a numbered review
/// (`Paper Review 3: [CVPR 2019] …`), whose closing quote may stand alone
/// at the next line's start; `Notes on "…"`; a translation after the title
/// in full-width parentheses.
#[test]
fn what_a_post_title_says_around_the_paper_s() {
    check(
        "_posts/2021-04-27-4Dminkowski-cvpr.md",
        "---\r\ntitle: \"Paper Review 3: [CVPR 2019] 4D Spatio-Temporal ConvNets: Minkowski Convolutional Neural Networks\r\n\"\r\ncategories:\r\n  - Paper Review\r\n---\r\n\r\n# Introduction\r\n3D 비디오를 희소 텐서로 다룬다 🧊.\r\n\r\n# Method\r\nGeneralized sparse convolution.\r\n",
        expect![[r#"
            single front-matter "4D Spatio-Temporal ConvNets: Minkowski Convolutional Neural Networks" venue="CVPR" year=2019 by - | header 2:37-2:105
              purpose "Introduction" h1 @8:3
              method "Method" h1 @11:3
        "#]],
    );
    check(
        "_posts/sonata.md",
        "---\nlayout: post\ntitle: 'Notes on \"Sonata: Query-Driven Streaming Network Telemetry\"'\ntags: [papers]\n---\n\n**Problem**\n\nTelemetry queries are costly 📡.\n\n**Approach**\n\nSplit each query between switches and stream processors.\n",
        expect![[r#"
            single front-matter "Sonata: Query-Driven Streaming Network Telemetry" by - | header 3:19-3:67
              purpose "Problem" bold @7:3
              method "Approach" bold @11:3
        "#]],
    );
    check(
        "notes/drl-survey.md",
        "# Acceleration for Deep Reinforcement Learning using Parallel and Distributed Computing: A Survey（並列・分散計算による深層強化学習の高速化：サーベイ）\n\n## 背景\n学習が遅い 🐢。\n\n## 手法\n並列化の分類。\n\n## 結果\n主要な知見。\n",
        expect![[r#"
            single heading "Acceleration for Deep Reinforcement Learning using Parallel and Distributed Computing: A Survey" by - | header 1:3-1:98
              purpose "背景" h2 @3:4
              method "手法" h2 @6:4
              experiment "結果" h2 @9:4
        "#]],
    );
}

/// Under the title, a label set in bold (`**논문 발표**: 2023년 (NeurIPS
/// 2023)`) over the authors is a field, not a citation's title; `**소속**:
/// Meta AI` is where they work, no review by `소속`. A vault's line of tags
/// over the first part is no title either: the file's name is.
#[test]
fn bold_fields_and_tags_under_or_for_a_title() {
    check(
        "notes/lima.md",
        "# LIMA: Less Is More for Alignment\r\n\r\n**논문 발표**: 2023년 (NeurIPS 2023)\r\n**저자**: Chunting Zhou, Pengfei Liu, Puxin Xu, Srini Iyer, Omer Levy\r\n**소속**: Meta AI\r\n\r\n## 한 줄 요약\r\n> 1,000개의 고품질 데이터면 충분하다 ✨\r\n\r\n## 2. 방법\r\n데이터를 고른다.\r\n\r\n## 3. 실험 결과\r\n사람 평가.\r\n",
        expect![[r#"
            single heading "LIMA: Less Is More for Alignment" by - | header 1:3-1:35
              summary "한 줄 요약" h2 @7:4
              method "2. 방법" h2 @10:4
              experiment "3. 실험 결과" h2 @13:4
        "#]],
    );
    check(
        "Papers/Cognitive Load during Eye-typing.md",
        "#paper #searchString_1 #feasible #averageOverTraining\n\n## Short Summary ##\nCognitive load is measured with blink and pupil metrics 👁️.\n\n## Method ##\nEye-typing tasks of varying difficulty.\n",
        expect![[r#"
            single file-name "Cognitive Load during Eye-typing" by - | header 1:1-1:54
              summary "Short Summary" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
}

/// A template filled with its paper's title, authors and link but with
/// nothing under its parts (a lone `+`, `1.` or `*`) is a review begun, its
/// parts empty (judges of real notes count such skeletons as reviews); a
/// list of things to do named so (`# Paper review TO-DO`) is none.
#[test]
fn an_unstarted_template_and_a_to_do_list() {
    check(
        "Paper-reading-notes/A Neural Probabilistic Language Model.md",
        "# A Neural Probabilistic Language Model\r\n\r\n*Yoshua Bengio，Réjean Ducharme， Pascal Vincent， Christian Jauvin* \r\n\r\n[Paper](http://dl.acm.org/citation.cfm?id=944966) 2003\r\n\r\n## Content\r\n\r\n+\r\n\r\n### Model\r\n1. \r\n\r\n## Accumulate\r\n\r\n* \r\n",
        expect![[r#"
            single heading "A Neural Probabilistic Language Model" by - | header 1:3-1:40
              method "Model" h3 @11:5
        "#]],
    );
    check(
        "Notes/Clustering/Paper review TO-DO.md",
        "# Paper review TO-DO\nCreated: 2022-08-08 09:05\n#to-do \n\n# Goals\nBe on the same page about the approaches and the metrics used to evaluate them 🎯.\n\n# Action items\n- [ ] WEClustering with sentence transformer and HDBSCAN\n- [x] Evaluation metrics: PMI, topic coherence ([paper](https://arxiv.org/pdf/2004.14914.pdf))\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A post titled by a question for its readers names no paper: the
/// paper's title is in its `원문:` (original) field, here in a quote block.
#[test]
fn a_question_for_readers_over_the_original_s_title() {
    check(
        "_posts/2026-03-19-1mm-벌레가-개의-소변에서-암을-찾아낼-수-있다면?.md",
        "---\r\ntitle: \"1mm 벌레가 개의 소변에서 암을 찾아낼 수 있다면?\"\r\ncategories: Paper\r\n---\r\n\r\n> **원문:** Non-invasive cancer detection in canine urine through Caenorhabditis elegans chemotaxis <br>\r\n> **게재지:** Frontiers in Veterinary Science (2022) <br>\r\n\r\n## 한 줄 요약\r\n\r\n선충의 후각으로 암을 선별한다 🪱.\r\n\r\n## 연구 목적\r\n\r\n비침습적인 선별 검사.\r\n",
        expect![[r#"
            single field "Non-invasive cancer detection in canine urine through Caenorhabditis elegans chemotaxis" by - | header 6:11-6:98
              summary "한 줄 요약" h2 @9:4
              purpose "연구 목적" h2 @13:4
        "#]],
    );
}

/// A template that opens on its first part, with no title heading: `##
/// Short introduction` is the purpose (a part's name after `short`,
/// `brief`, `detailed` …), never the title; the file's name gives it, or
/// the folder's for a `review.md`.
#[test]
fn a_short_introduction_opening_the_note() {
    check(
        "Super_resolution_Survey/Reviews/RCAN/RCAN.md",
        "## Short introduction\r\nRCAN improves very deep CNNs for SR 🔍.\r\n\r\n## Main contributions\r\n- residual in residual structure\r\n\r\n## Architecture\r\n![RCAB](RCAB.PNG)\r\n\r\n## Experiments\r\nPSNR on Set5 improves over EDSR.\r\n",
        expect![[r#"
            single file-name "RCAN" by - | header 1:1-1:22
              purpose "Short introduction" h2 @1:4
              novelty "Main contributions" h2 @4:4
              method "Architecture" h2 @7:4
              experiment "Experiments" h2 @10:4
        "#]],
    );
    check(
        "Reviews/Deep Video Super-resolution Network using Dynamic Upsampling Filters/review.md",
        "## Brief introduction\n동적 업샘플링 필터로 움직임 보상 없이 비디오를 복원한다 🎞️.\n\n## Experiments\nVid4에서 PSNR이 높다.\n",
        expect![[r#"
            single folder "Deep Video Super-resolution Network using Dynamic Upsampling Filters" by - | header 1:1-1:22
              purpose "Brief introduction" h2 @1:4
              experiment "Experiments" h2 @4:4
        "#]],
    );
}

/// `####Overview####`: a heading glued to its marks is glued to its closing
/// ones too. Plain lines that are a part's name alone, a paragraph of their
/// own over the text (`Algorithm`, `실험`), label the parts of a note
/// written without markdown.
#[test]
fn glued_closing_marks_and_plain_label_lines() {
    check(
        "papers/mizil09how/tlasserr.md",
        "####Overview####\r\nThe paper studies how helpfulness votes on Amazon reviews depend on the star rating 🌟.\r\n\r\n####Algorithm####\r\nThey compare each review's rating to the product's average.\r\n\r\n####Results####\r\nHelpfulness falls away on both sides of the average.\r\n",
        expect![[r#"
            single file-name "tlasserr" by - | header 1:1-1:17
              summary "Overview" h4 @1:5
              method "Algorithm" h4 @4:5
              experiment "Results" h4 @7:5
        "#]],
    );
    check(
        "papers/mizil09how/tonghe zhan.md",
        "Overview\r\n\r\nThe paper shows how people evaluate the helpfulness of book reviews on Amazon.com.\r\n\r\nAlgorithm\r\n\r\nThey define the helpfulness ratio of a review and the product's average rating.\r\n\r\nExperiments\r\nThe median helpfulness falls away on both sides of zero 📉.\r\n",
        expect![[r#"
            single file-name "tonghe zhan" by - | header 1:1-1:9
              summary "Overview" line-start @1:1
              method "Algorithm" line-start @5:1
              experiment "Experiments" line-start @9:1
        "#]],
    );
    check(
        "논문/트랜스포머.md",
        "# Attention Is All You Need\n\n배경\n\n순환 신경망은 병렬화가 어렵다 🐢.\n\n방법\n\nself-attention만으로 번역한다.\n\n실험\n\nWMT 2014에서 BLEU 28.4.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "배경" line-start @3:1
              method "방법" line-start @7:1
              experiment "실험" line-start @11:1
        "#]],
    );
    // A part's name inside a paragraph is a word of it.
    check(
        "논문/트랜스포머2.md",
        "# Attention Is All You Need\n\n[arXiv](https://arxiv.org/abs/1706.03762)\n\n## 배경\n순환 신경망은 병렬화가 어렵다 🐢.\n방법\nself-attention만으로 번역한다.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "배경" h2 @5:4
        "#]],
    );
}

/// `# Why do this?` asks why the work was done: the purpose.
#[test]
fn why_do_this_asks_the_purpose() {
    check(
        "pages/papers/quantifying-uncertainty.md",
        "# Quantifying Uncertainty in Answers from any Language Model\r\n\r\n> [arXiv](https://arxiv.org/abs/2308.16175)\r\n\r\n# Why do this?\r\n\r\n1. UI/UX 🙂\r\n2. Improved performance\r\n\r\n# Experiments\r\n\r\nBSDetector on TriviaQA.\r\n",
        expect![[r#"
            single heading "Quantifying Uncertainty in Answers from any Language Model" by - | header 1:3-1:61
              purpose "Why do this?" h1 @5:3
              experiment "Experiments" h1 @10:3
        "#]],
    );
}

/// A few points in a folder of paper notes, under a title as long as a
/// paper's or one that says it is a paper, are a review however short; a
/// topic's stub under a short name is not.
#[test]
fn a_few_points_under_a_paper_s_title() {
    check(
        "paper_reading/CL/L2P.md",
        "## Learning to Prompt for Continual Learning\r\n1. 通过学习key-prompt pair来实现CL\r\n2. key-prompt在这里是一对可学习的vector，可以看作给网络的condition\r\n3. 输入图片经过选择网络得到keys，然后把对应keys的prompts输入网络\r\n",
        expect![[r#"
            single heading "Learning to Prompt for Continual Learning" by - | header 1:4-1:45
        "#]],
    );
    check(
        "ML-Paper-Notes/Topology/Balzano Research Paper on Persistent Homology.md",
        "# Balzano Research Paper\n- The problem involves dimensionality reduction: given points in a high-dimensional space, find a smaller manifold\n- Persistent homology is supposed to reveal topological information about the manifold 🍩\n",
        expect![[r#"
            single heading "Balzano Research Paper" by - | header 1:3-1:25
        "#]],
    );
    check(
        "ML-Paper-Notes/Topology/Topological Data Analysis (TDA).md",
        "# TDA\n- coefficients are those divisible by 2, for reasons the stack exchange thread gives at length\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// The README of a paper's implementation (`Tensorflow implementation of
/// GAN` over `## Requirements`) documents code, whatever `## Model` and
/// `## Results` it shows.
#[test]
fn an_implementation_s_readme() {
    check(
        "AI_Paper_Review/Vanila_Gan/README.md",
        "# Vanilla_GAN\nTensorflow implementation of GAN\n\n## Requirements\n* tensorflow 2.x\n\n## Model\n![model](./model.png)\n\n## Results\n### epoch=500\n![test1](./test1.PNG)\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A heading that is only a link to another site's summary (`# [한글
/// 정리](https://…)`) names no part of the note.
#[test]
fn a_heading_linking_to_another_summary() {
    check(
        "gitBook_Deeplearning/Online-Learning/2017-Dynamically-Expandable-Networks.md",
        "# [Lifelong Learning with Dynamically Expandable Networks](https://arxiv.org/pdf/1708.01547v2.pdf)\n\n# [한글 정리](https://excelsior-cjh.tistory.com/190)\n\n---\n\n# 방법\n- 정의 : able to learn continuously over time 🧠.\n",
        expect![[r#"
            single heading "Lifelong Learning with Dynamically Expandable Networks" by - | header 1:4-1:58
              method "방법" h1 @7:3
        "#]],
    );
}

/// `SRCNN_2016_PAMI_Image Super-Resolution …`: a file named by a short
/// name, the year and the venue before the title.
#[test]
fn a_file_name_filed_by_year_and_venue() {
    check(
        "Reviews/SRCNN/SRCNN_2016_PAMI_Image Super-Resolution Using Deep Convolutional Networks.md",
        "## Short introduction\nThe first CNN for single image super-resolution 🖼️.\n\n## Architecture\nThree convolution layers.\n\n## Experiments\nSet5, Set14.\n",
        expect![[r#"
            single file-name "Image Super-Resolution Using Deep Convolutional Networks" venue="PAMI" year=2016 by - | header 1:1-1:22
              purpose "Short introduction" h2 @1:4
              method "Architecture" h2 @4:4
              experiment "Experiments" h2 @7:4
        "#]],
    );
}

/// `성과` (what the paper achieved) names the experiment part; a template's
/// part holding a rule and `(TBD)` is still unwritten.
#[test]
fn achievements_and_a_rule_over_tbd() {
    check(
        "_posts/2021-08-18-review-wgan.markdown",
        "---\r\nlayout: post\r\ntitle:  \"[Paper Review] Wasserstein GAN\"\r\n---\r\n\r\n## 원본 논문\r\n---\r\n[Paper](https://arxiv.org/abs/1701.07875)\r\n\r\n## 배경\r\n---\r\n(TBD)\r\n\r\n## 문제 해결을 위해 도입한 방법론\r\n---\r\nEarth mover 거리 📏.\r\n\r\n## 성과\r\n---\r\n(TBD)\r\n",
        expect![[r#"
            single front-matter "Wasserstein GAN" by - | header 3:25-3:40
              purpose "배경" h2 @10:4
              method "문제 해결을 위해 도입한 방법론" h2 @14:4
              experiment "성과" h2 @18:4
        "#]],
    );
}

/// A long title in a YAML block scalar (`title: >-` over its indented
/// lines, as Hexo writes one), and a venue, its year and the session's
/// number before it (`ISSCC-2020 17.1`): the title, folded.
#[test]
fn a_folded_front_matter_title_after_its_session() {
    check(
        "source/_posts/ISSCC/2020/ISSCC-2020-17-1.md",
        "---\r\ntitle: >-\r\n  ISSCC-2020 17.1 A -240dB-FoM jitter 7.7GHz Ring-DCO-Based Digital PLL\r\n  Using P/I-Gain Co-Optimization 🔧\r\ntoc: true\r\ntags:\r\n  - ISSCC\r\n  - PLL\r\n---\r\n\r\n##### Full Citation\r\nKAIST, UNIST. [IEEE](https://ieeexplore.ieee.org/document/9063029)\r\n\r\n## Background\r\n링 발진기의 위상 잡음이 크다.\r\n\r\n## Keypoints\r\nTDC 배치를 바꾼다.\r\n",
        expect![[r#"
            single front-matter "A -240dB-FoM jitter 7.7GHz Ring-DCO-Based Digital PLL Using P/I-Gain Co-Optimization" by - | header 3:19-4:33
              purpose "Background" h2 @14:4
              summary "Keypoints" h2 @17:4
        "#]],
    );
}

/// Obsidian's `aliases:` and no `title:`: the alias as long as a title.
/// A citation key before the title (`Cox2024 — …`) is no part of it.
#[test]
fn aliases_and_a_citation_key() {
    check(
        "knowledge_base/Paper/2111.06377.md",
        "---\ntype: paper\naliases:\n  - Masked Autoencoders Are Scalable Vision Learners\n  - MAE\n---\n\nMotivation: 이미지의 대부분을 가려도 복원할 수 있다 🎭.\n\n**Approach**: 비대칭 encoder-decoder.\n",
        expect![[r#"
            single front-matter "Masked Autoencoders Are Scalable Vision Learners" by - | header 4:5-4:53
              purpose "Motivation" line-start @8:1
              method "Approach" bold @10:3
        "#]],
    );
    check(
        "zettelkasten/papers/cox2024--brainsegfounder.md",
        "---\ntitle: \"Cox2024 — BrainSegFounder: Towards Foundation Models for Neuroimage Segmentation\"\n---\n\n## Problem\nLabelled MRI is scarce.\n\n## Method\nTwo-stage pretraining 🧠.\n\n## Results\nBraTS Dice up.\n",
        expect![[r#"
            single front-matter "BrainSegFounder: Towards Foundation Models for Neuroimage Segmentation" by - | header 2:19-2:89
              purpose "Problem" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// `论文|Title`: what the note is, before a bar.
#[test]
fn what_the_note_is_before_a_bar() {
    check(
        "Papernotes/2018_Notes/Onsets and frames dual-objective piano transcription.md",
        "## 论文|Onsets and frames: dual-objective piano transcription\r\n\r\n#### 3.文章主要方法\r\n同时预测音符起点和帧 🎹。\r\n\r\n#### 4.实验结果\r\nMAPS 上 F1 提高。\r\n",
        expect![[r#"
            single heading "Onsets and frames: dual-objective piano transcription" by - | header 1:7-1:60
              method "3.文章主要方法" h4 @3:6
              experiment "4.实验结果" h4 @6:6
        "#]],
    );
}

/// `省略`, `생략`, `omitted`: a part left out on purpose says nothing of
/// the paper (here under the Japanese reading template's question).
/// `필요성` (why it is needed) names the purpose.
#[test]
fn a_part_left_out_and_why_it_is_needed() {
    check(
        "obarads.github.io/data/Point-NeRF Point-based Neural Radiance Fields.md",
        "# Point-NeRF: Point-based Neural Radiance Fields\n\n## どんなもの?\n点群で NeRF を表す 📍。\n\n## 技術や手法のキモはどこ?\nニューラル点群。\n\n## どうやって有効だと検証した?\n省略\n",
        expect![[r#"
            single heading "Point-NeRF: Point-based Neural Radiance Fields" by - | header 1:3-1:49
              summary "どんなもの?" h2 @3:4
              method "技術や手法のキモはどこ?" h2 @6:4
              experiment "どうやって有効だと検証した?" h2 @9:4
        "#]],
    );
    check(
        "paper_summary/focal loss/Focal loss.md",
        "# Focal loss\r\n\r\n[논문](https://arxiv.org/abs/1708.02002)\r\n\r\n# **1. Focal Loss의 필요성**\r\n\r\n클래스 불균형이 크다 ⚖️.\r\n\r\n# **2. Focal Loss**\r\n\r\n쉬운 예제의 가중치를 낮춘다.\r\n",
        expect![[r#"
            single heading "Focal loss" by - | header 1:3-1:13
              purpose "**1. Focal Loss의 필요성**" h1 @5:3
              method "**2. Focal Loss**" h1 inferred @9:3
        "#]],
    );
}

/// A file named for several papers (`DAVIS-2017-papers.md`) holds notes on
/// several, whatever its first heading names.
#[test]
fn a_file_named_for_several_papers() {
    check(
        "papers/Summaries/CVPR-2017/DAVIS-2017-papers.md",
        "# Visual Object Segmentation with Reidentification\n\n## Small movement between foreground and background\nThis paper tracks masks with re-identification 🎯.\n\n## Risks and thoughts\nSlow.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Under the reader's `## Questions`, a template's bold question labels
/// the part it asks for, however long (`1) **What did the authors try to
/// accomplish?** <br>`); the reader's own questions in plain items do not.
#[test]
fn a_template_s_bold_questions_under_questions() {
    check(
        "reading-ml-papers/1_week_110825/1_perceptron/notes.md",
        "# THE PERCEPTRON: A PROBABILISTIC MODEL FOR INFORMATION STORAGE\r\n\r\n[pdf](https://arxiv.org/abs/1234.5678)\r\n\r\n## Questions\r\n\r\n1) **What did the authors try to accomplish?** <br>\r\n\r\nThey showed how a perceptron learns 🧠.\r\n\r\n2) **What were key elements of the approach?** <br>\r\n- connectionist learning\r\n\r\n3) 왜 이 방법이 더 나은지 결과로 확인할 수 있을까?\r\n- 아직 모르겠다.\r\n",
        expect![[r#"
            single heading "THE PERCEPTRON: A PROBABILISTIC MODEL FOR INFORMATION STORAGE" by - | header 1:3-1:64
              purpose "What did the authors try to accomplish?" bold @7:6
              method "What were key elements of the approach?" bold @11:6
        "#]],
    );
}

/// A bold label with its colon in a block quote at the line's start (`>
/// **Key idea:**`) labels its part; a caption in a quote (`> **Figure 1.
/// Transformer 아키텍처**`) does not.
#[test]
fn labels_in_a_block_quote() {
    check(
        "ML-Papers-Intuitions/tabular_representation_learning/README.md",
        "#### [Tabular Transformers for Modeling Multivariate Time Series](https://arxiv.org/abs/2011.01843)\n\n> **Brief background:** \n    Clickstreams and tabular features are combined 🧾.\n\n> **Key idea:** \n    Column encodings beside positional encodings.\n\n> **Figure 1. Transformer 아키텍처**\n\n> **Result:** \n    Fraud detection improves.\n",
        expect![[r#"
            single heading "Tabular Transformers for Modeling Multivariate Time Series" by - | header 1:7-1:65
              purpose "Brief background" bold @3:5
              method "Key idea" bold @6:5
              experiment "Result" bold @11:5
        "#]],
    );
}

/// A metadata table of one row whose header names the title (`| Title |
/// Authors | … |`) gives the title before a heading with a short name.
#[test]
fn a_metadata_table_gives_the_title() {
    check(
        "one-sentence-ml-papers/paper-summary/deep-rl/muzero.md",
        "## MuZero\r\n\r\n| Title | Authors | In One Sentence | Link |\r\n| -----  | ------ | --------------- | ---- |\r\n| Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model  | Schrittwieser et al. | Tree search with a learned model 🌳 | [Paper](https://arxiv.org/abs/1911.08265)| \r\n\r\n### Introduction\r\nPlanning needs a simulator.\r\n\r\n### MuZero Algorithm\r\nLearn the model.\r\n",
        expect![[r#"
            single field "Mastering Atari, Go, Chess and Shogi by Planning with a Learned Model" by - | header 5:3-5:72
              purpose "Introduction" h3 @7:5
              method "MuZero Algorithm" h3 @10:5
        "#]],
    );
}

/// `《Title》` alone on the note's first line is its title; a note named
/// for its model (`LoRA.md`) alone in a topic's folder (`SFT微调/`) is
/// titled by its own name. `实验对比` and `达到什么效果？` name the
/// experiments.
#[test]
fn chinese_title_marks_a_model_s_file_and_comparisons() {
    check(
        "paper-note/多模态/ALIGN.md",
        "《Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision》\n### 特点\n+ 相比CLIP可以实现更多功能 🖼️\n\n### 方法\n对比学习。\n\n## 3.实验对比\nImageNet 上更好。\n",
        expect![[r#"
            single field "Scaling Up Visual and Vision-Language Representation Learning With Noisy Text Supervision" by - | header 1:2-1:91
              method "方法" h3 @5:5
              experiment "3.实验对比" h2 @8:4
        "#]],
    );
    expect![[r#"
        single file-name "LoRA" by - | header 1:1-1:6
          method "方法" h2 @1:4
          experiment "3.达到什么效果？" h2 @4:4
    "#]]
    .assert_eq(&render_note(
        "paper-note/大模型/SFT微调/LoRA.md",
        true,
        "## 方法\r\n低秩分解 ΔW = BA 🧮。\r\n\r\n## 3.达到什么效果？\r\nGPT-3 上参数少得多。\r\n",
        LayoutChoice::Auto,
    ));
}

/// Portuguese, Spanish, French and German part names (`Resumo`,
/// `Arquitetura:`, `Métricas de avaliação:`, `Fichamento de Conteúdo`),
/// and MDPI among the paper hosts.
#[test]
fn portuguese_reading_notes() {
    check(
        "Fichamentos_Artigos/1 - 2020 - TadGAN.md",
        "# TadGAN: Time Series Anomaly Detection Using Generative Adversarial Networks\r\n\r\n[Download](https://www.mdpi.com/1424-8220/18/8/2414/pdf)\r\n\r\n## Resumo\r\nO artigo detecta anomalias em séries temporais com GANs 📈.\r\n\r\n## Introdução\r\nSéries temporais longas.\r\n\r\nArquitetura: LSTM bidirecional como gerador.\r\n\r\nMétricas de avaliação: Precisão, Recall e F1-Score.\r\n",
        expect![[r#"
            single heading "TadGAN: Time Series Anomaly Detection Using Generative Adversarial Networks" by - | header 1:3-1:78
              summary "Resumo" h2 @5:4
              purpose "Introdução" h2 @8:4
              method "Arquitetura" line-start @11:1
              experiment "Métricas de avaliação" line-start @13:1
        "#]],
    );
    check(
        "tcc-fichamentos/fichamentos/Mo2021.md",
        "# Architecture Anti-Patterns: Automatically Detectable Violations of Design Principles\n\nR. Mo, Y. Cai, R. Kazman, L. Xiao and Q. Feng, \"Architecture Anti-Patterns: Automatically Detectable Violations of Design Principles,\" in _IEEE Transactions on Software Engineering_, 2021.\n\n## 1. Fichamento de Conteúdo\n\nO artigo investiga a relação entre anti-padrões arquiteturais e a propensão a erros.\n\n## 2. Fichamento Bibliográfico\n\n- **Clique**: arquivos fortemente conectados.\n",
        expect![[r#"
            single heading "Architecture Anti-Patterns: Automatically Detectable Violations of Design Principles" by - | header 1:3-1:87
              summary "1. Fichamento de Conteúdo" h2 @5:4
        "#]],
    );
}

/// A title copied from a PDF keeps no ligature (`Eﬃcient` is
/// `Efficient`); a title in Chinese title marks inside words about the
/// note (`the note of IEEE journal article 《…》`) is what the marks hold;
/// `详解` and `论文总结` after a name say what the note is. `- Metrics /
/// Baselines:` labels the experiments.
#[test]
fn ligatures_title_marks_and_what_the_note_is() {
    check(
        "paper_summary/d_poulin_200704/d_poulin_200704.md",
        "# Optimal and Eﬃcient Decoding of Concatenated Quantum Block Codes\r\n\r\n[arXiv](https://arxiv.org/abs/quant-ph/0606126)\r\n\r\n## Problems\r\nDecoding is slow 🐢.\r\n\r\n## Quick results\r\nThreshold improves.\r\n",
        expect![[r#"
            single heading "Optimal and Efficient Decoding of Concatenated Quantum Block Codes" by - | header 1:3-1:67
              purpose "Problems" h2 @5:4
              experiment "Quick results" h2 @8:4
        "#]],
    );
    check(
        "paper-note/the-note-of-ieee-journal-article-lora.md",
        "# the note of IEEE journal article 《LoRa Propagation Testing in Soil for Wireless Underground Sensor Networks》\n\n### 1. Introduction\n地下传感器网络 📡。\n\n### 2. Method\n埋深不同。\n",
        expect![[r#"
            single heading "LoRa Propagation Testing in Soil for Wireless Underground Sensor Networks" by - | header 1:37-1:110
              purpose "1. Introduction" h3 @3:5
              method "2. Method" h3 @6:5
        "#]],
    );
    check(
        "blog/alphago-review.md",
        "---\ntitle: AlphaGO详解\n---\n\n[Nature](https://www.nature.com/articles/nature16961)\n\n### 简介\n围棋的搜索空间太大 ⚫⚪。\n\n### 方法\n策略网络和价值网络。\n",
        expect![[r#"
            single front-matter "AlphaGO" by - | header 2:8-2:15
              purpose "简介" h3 @7:5
              method "方法" h3 @10:5
        "#]],
    );
    check(
        "paper-reviews/09-ZeRO Memory Optimizations.md",
        "# ZeRO: Memory Optimizations Toward Training Trillion Parameter Models\n\nDate: 2020\n[arXiv](https://arxiv.org/abs/1910.02054)\n\n- Problem:\n  - Data parallelism replicates optimizer states.\n- Solution:\n  - Partition them across ranks 🧩.\n- Metrics / Baselines:\n  - Megatron-LM throughput.\n",
        expect![[r#"
            single heading "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models" by - | header 1:3-1:71
              purpose "Problem" line-start @6:3
              method "Solution" line-start @8:3
              experiment "Metrics / Baselines" line-start @10:3
        "#]],
    );
}

/// A citation's authors up to its first full stop (`Weinan Zhang, Tianming
/// Du, and Jun Wang. Deep learning over …`) are no `Name, Title` review of
/// a shared file.
#[test]
fn a_citation_under_a_heading_is_no_shared_review() {
    // Even where a setting says the file is a shared one.
    expect![""]
    .assert_eq(&render(
        "paper_reading/recommeder_system/famous_ctr_models.md",
        "# FNN (Factorization-machine supported Neural Networks)\r\n Weinan Zhang, Tianming Du, and Jun Wang. Deep learning over multi-field categorical data - - A case study on user response prediction. In ECIR, 2016.\r\n\r\nFNN 先用 FM 预训练 🧮。\r\n\r\n# AutoInt\r\nSong W, Shi C, Xiao Z, et al. Autoint: Automatic feature interaction learning via self-attentive neural networks[C]//CIKM 2019.\r\n",
        LayoutChoice::Collection,
    ));
}

/// A byline under the title (`by Ross Girshick, Microsoft Research`) says
/// who wrote the paper: it is no part of the title, and it is evidence
/// that the note is on a paper, as an author list is.
#[test]
fn a_byline_under_the_title() {
    check(
        "Paper-discussions/Summaries/Fast RCNN.md",
        "# Fast RCNN\r\nby Ross Girshick, Microsoft Research\r\n## Quick Overview\r\n* Region-based detection, trained in one stage 🚀.\r\n## Results\r\n* 9x faster than R-CNN.\r\n",
        expect![[r#"
            single heading "Fast RCNN" by - | header 1:3-1:12
              summary "Quick Overview" h2 @3:4
              experiment "Results" h2 @5:4
        "#]],
    );
    check(
        "Summaries/Fast RCNN by Ross Girshick.md",
        "# Fast RCNN by Ross Girshick, Microsoft Research\n\n[arXiv](https://arxiv.org/abs/1504.08083)\n\n## Quick Overview\n* Region-based detection 🚀.\n## Results\n* 9x faster than R-CNN.\n",
        expect![[r#"
            single heading "Fast RCNN" by - | header 1:3-1:12
              summary "Quick Overview" h2 @5:4
              experiment "Results" h2 @7:4
        "#]],
    );
    let note = |byline: &str| {
        format!(
            "# Tapping into the folk knowledge needed to advance machine learning\r\n{byline}\r\n\r\n## Method\r\n머신러닝을 적용할 때 필요한 민간 지식 열두 가지를 정리했다 🧠. 일반화가 핵심이고, 데이터만으로는 부족하며, 과적합은 여러 얼굴을 가진다.\r\n"
        )
    };
    expect![[r#"
        single heading "Tapping into the folk knowledge needed to advance machine learning" by - | header 1:3-1:69
          method "Method" h2 @4:4
    "#]].assert_eq(&render(
        "notes/folk.md",
        &note("by Pedro Domingos"),
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]]
    .assert_eq(&render(
        "notes/folk.md",
        &note("Pedro Domingos is my favourite."),
        LayoutChoice::Auto,
    ));
}

/// A heading that names the paper by its citation (`(Daley et al.,
/// 2007)`) takes the title from the note's APA reference.
#[test]
fn a_citation_heading_takes_the_title_from_the_reference() {
    check(
        "shared_bibliography/daley_et_al_2007.md",
        "# (Daley et al., 2007)\r\n\r\n## Citation (APA Format)\r\n\r\nDaley, M. A., Felix, G., & Biewener, A. A. (2007). Running stability is enhanced by a proximo-distal gradient in joint neuromechanical control. Journal of Experimental Biology, 210(4), 732–732. https://doi.org/10.1242/jeb.004226\r\n\r\n## Brief Summary\r\n기니피가 넘어지지 않았다 🐦.\r\n\r\n## Method figure\r\n![img.png](images/img.png)\r\n",
        expect![[r#"
            single field "Running stability is enhanced by a proximo-distal gradient in joint neuromechanical control" by - | header 5:52-5:143
              summary "Brief Summary" h2 @7:4
              method "Method figure" h2 @10:4
        "#]],
    );
}

/// A folder that files one paper by its year, venue and title
/// (`2019-TIP-Multistage GAN …`) names its only note, whatever the file
/// is called; a file named for a series (`Pi系列文献阅读`) is no one
/// paper's note, but holds a review of each paper headed in it.
#[test]
fn a_folder_filed_by_year_and_venue_and_a_series() {
    expect![[r#"
        single folder "Multistage GAN for fabric defect detection" venue="TIP" year=2019 by - | header 1:1-1:11
          summary "Abstract" h1 @1:3
          purpose "Introduction" h1 @5:3
          method "Method" h1 @9:3
    "#]].assert_eq(&render_note(
        "surface-detect/2019-TIP-Multistage GAN for fabric defect detection/MutiStage_GAN_Detect.md",
        true,
        "# Abstract\n\n用多阶段的GAN来合成defects 🧵。\n\n# Introduction\n\n介绍一些检测的方法。\n\n# Method\n\n两阶段 GAN。\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        single heading "π0: A Vision-Language-Action Flow Model for General Robot Control" by - | header 1:3-1:68
          purpose "动机" h2 @3:4
        single heading "π0.5: a Vision-Language-Action Model with Open-World Generalization" by - | header 6:3-6:70
          method "方法" h2 @8:4
    "#]].assert_eq(&render(
        "notes/2026-05-15/Pi系列文献阅读.md",
        "# π0: A Vision-Language-Action Flow Model for General Robot Control\r\n\r\n## 动机\r\n当前的模型只能在训练数据覆盖的环境中工作 🤖。\r\n\r\n# π0.5: a Vision-Language-Action Model with Open-World Generalization\r\n\r\n## 方法\r\n异构数据联合训练。\r\n",
        LayoutChoice::Auto,
    ));
}

/// A Chinese sentence ending in a part's word (`现在介绍作者的方法，作者在…
/// 如下图所示：`) labels nothing; nor does how to run the note's own code
/// (`ファイルと実行方法`). `文章` (the article) speaks of the paper.
#[test]
fn sentences_and_how_to_run_are_no_parts() {
    check(
        "PaperNote/GAN/Unsupervised Attention-guided Image-to-Image Translation.md",
        "# Unsupervised Attention-guided Image-to-Image Translation\r\n\r\n可以看到文章结果很好，只有前景改变了 🎨。\r\n\r\n现在介绍作者的方法，作者在cyclegan的基础上加入另外一个注意力网络，如下图所示：\r\n\r\n![1561515196671](assets/1561515196671.png)\r\n\r\n## Experiments\r\n背景变化很小。\r\n",
        expect![[r#"
            single heading "Unsupervised Attention-guided Image-to-Image Translation" by - | header 1:3-1:59
              experiment "Experiments" h2 @9:4
        "#]],
    );
    check(
        "paper_study/Complexity_and_Persistence/README.md",
        "# Complexity and Persistence of Price Time Series of the European Electricity Spot Market\n\n## 研究の目的\n電力価格の持続性 ⚡。\n\n## ファイルと実行方法\n`python main.py` で再現する。\n",
        expect![[r#"
            single heading "Complexity and Persistence of Price Time Series of the European Electricity Spot Market" by - | header 1:3-1:90
              purpose "研究の目的" h2 @3:4
        "#]],
    );
    check(
        "papernote/classification/Bag of Tricks for Efficient Text Classification.md",
        "\n#### note:\n&emsp;&emsp;文章一作者是word2vec的原作，在word2vec的基础上提出了一种准确、高效的模型 ⚡。在CBOW模型中，预测的是中间词出现的概率，而fasttext中，则是预测对应文本的类别。同时fasttext使用了hierarchical softmax，每个叶子代表类别。\n\n#### comment:\n  1. fasttext效果好的原因探讨：\n\n\t  + a. fasttext虽然是线性模型，即使hidden unit很少，但其参数特别多，主要体现在每个词的embedding上，在训练的时候，词的embedding会跟着优化。\n\t  + b. label之间的表示也彼此影响，因为在层次结构中，如果类1和类2存在公共路径，那么在训练类1文本的时候，必然更新公共路径部分的参数。\n\n#### more reading:\n  1. [fastText 源码分析](https://heleifz.github.io/14732610572844.html)\n",
        expect![[r#"
            single file-name "Bag of Tricks for Efficient Text Classification" by - | header 1:1-1:1
              takeaways "comment:" h4 @5:6
        "#]],
    );
}

/// Title fields in Japanese and Chinese (`- 論文タイトル："…"` under `# ■
/// 論文`, `**完整标题**:` under the short title), and a post's headline in
/// Chinese over the paper's own title in a `**论文**：` field.
#[test]
fn title_fields_in_japanese_and_chinese() {
    check(
        "machine-learning-papers-survey/papers/Neural Ordinary Differential Equations/Neural-ODE.md",
        "> 論文まとめ（要約ver）: https://github.com/someone/survey/issues/21\r\n\r\n# ■ 論文\r\n- 論文タイトル：\"Neural Ordinary Differential Equations\"\r\n- 論文リンク：\r\n\r\n# ■ イントロダクション（何をしたいか？）\r\n連続な深さのネットワーク 🌊。\r\n\r\n# ■ 実験結果（主張の証明）\r\nメモリが一定。\r\n",
        expect![[r#"
            single field "Neural Ordinary Differential Equations" by - | header 4:11-4:49
              purpose "■ イントロダクション（何をしたいか？）" h1 @7:3
              experiment "■ 実験結果（主張の証明）" h1 @10:3
        "#]],
    );
    check(
        "paper-reading/AI Finance/[arXiv 2311.13743] FinMem/README.md",
        "# FinMem: A Performance-Enhanced LLM Trading Agent\n\n**完整标题**: FinMem: A Performance-Enhanced LLM Trading Agent with Layered Memory and Character Design  \n**作者**: Yangyang Yu, Haohang Li  \n**arXiv**: [2311.13743](https://arxiv.org/abs/2311.13743)\n\n## 简介\n\nFinMem 是面向金融决策的 LLM Agent 框架 📈，由三个核心模块组成。\n",
        expect![[r#"
            single field "FinMem: A Performance-Enhanced LLM Trading Agent with Layered Memory and Character Design" by - | header 3:11-3:100
              purpose "简介" h2 @7:4
        "#]],
    );
    check(
        "paper-reading/_posts/2026-03-13-pm4grpo.md",
        "---\r\nlayout: post\r\ntitle: \"PM4GRPO：用流程挖掘技术让大模型推理更像在「思考」\"\r\ncategories: [论文解读, 强化学习]\r\n---\r\n\r\n> 📄 **论文**：Reasoning-Aware GRPO using Process Mining\r\n> 🔗 **arXiv**：[2510.25065](https://arxiv.org/abs/2510.25065)\r\n\r\n## 背景：结果奖励的局限性\r\n奖励只看最终答案 🧮。\r\n",
        expect![[r#"
            single field "Reasoning-Aware GRPO using Process Mining" by - | header 7:12-7:53
              purpose "背景：结果奖励的局限性" h2 @10:4
        "#]],
    );
}

/// Franklin's page variables (`@def title = "…"`) are the note's front
/// matter; the paper's title in a `source_paper:` key beats the note's
/// own name (`title: "IBFS_ch"`).
#[test]
fn page_variables_and_a_source_paper_key() {
    check(
        "Robotics-Paper-Reviews/Visual Odometry for Ground Vehicle Applications.md",
        "\n@def review = true\n@def reviewers = [\"Keith Russell\"]\n@def authors = \"David Nister; Oleg Naroditsky; James Bergen;\"\n@def title = \"Visual Odometry for Ground Based Vehicle Applications\"\n\n### Specific Problem\nEstimating motion from video alone 🚗.\n\n### Solution Ideas\nFeature tracks and RANSAC.\n",
        expect![[r#"
            single front-matter "Visual Odometry for Ground Based Vehicle Applications" by - | header 5:15-5:68
              purpose "Specific Problem" h3 @7:5
              method "Solution Ideas" h3 @10:5
        "#]],
    );
    check(
        "PAPERNOTE/论文笔记/NAS方法/IBFS_ch.md",
        "---\ntitle: \"IBFS_ch\"\nsource_paper: \"Revisiting Neural Networks for Few-Shot Learning: A Zero-Cost NAS Perspective\"\nauthors: [Haidong Kang]\nvenue: ICML\n---\n\n## 方法\n信息瓶颈代理 🧪。\n",
        expect![[r#"
            single front-matter "Revisiting Neural Networks for Few-Shot Learning: A Zero-Cost NAS Perspective" by - | header 3:16-3:93
              method "方法" h2 @8:4
        "#]],
    );
}

/// What stands around a title: the day it was read under the heading
/// (`_August 29, 2025_` over the paper's link) is no title; `- Ultra-
/// Condensed Summary` after it and a course's code before a middle dot
/// (`PC1 · `) are no part of it.
#[test]
fn a_reading_date_a_summary_tail_and_a_course_code() {
    check(
        "paper-reviews/sieve.md",
        "# SIEVE is Simpler than LRU: an Efficient Turn-Key Eviction Algorithm for Web Caches\r\n_August 29, 2025_\r\n\r\n[Link to Paper](https://www.usenix.org/system/files/nsdi24-zhang-yazhuo.pdf)\r\n\r\n## Research Question\r\nCan one cache be efficient, simple and scalable 🗃️?\r\n",
        expect![[r#"
            single heading "SIEVE is Simpler than LRU: an Efficient Turn-Key Eviction Algorithm for Web Caches" by - | header 1:3-1:85
              purpose "Research Question" h2 @6:4
        "#]],
    );
    check(
        "Cloud-Computing-Paper-Reviews/2. Dremel/5_pager.md",
        "# Dremel: Interactive Analysis of Web-Scale Datasets - Ultra-Condensed Summary\n\n## Problem Statement Tackled\n\n- Interactive answers over trillions of records ⏱️.\n",
        expect![[r#"
            single heading "Dremel: Interactive Analysis of Web-Scale Datasets" by - | header 1:3-1:53
              purpose "Problem Statement Tackled" h2 @3:4
        "#]],
    );
    check(
        "flash-to-pim/paper-critiques/01-design-tradeoffs-for-ssd-performance.md",
        "# PC1 · Design Tradeoffs for SSD Performance\n\n**Problem.** SSDs hide their internals 💾.\n\n**Findings:** Parallelism decides throughput.\n",
        expect![[r#"
            single heading "Design Tradeoffs for SSD Performance" by - | header 1:9-1:45
              purpose "Problem" bold @3:3
              experiment "Findings" bold @5:3
        "#]],
    );
}

/// A README that links to its paper's parts, one file each (`[01 -
/// Introduction](sections/01-introduction.md)`), is that paper's note, not
/// a folder's index; a course's assignment with numbered papers, a README
/// with a licence badge and an implementation (`GAN with PyTorch`) are no
/// reviews.
#[test]
fn a_paper_split_in_files_and_course_pages() {
    check(
        "paper-reading/Agent-Memory/[Arxiv 2506.17218] Mirage/README.md",
        "# Mirage: Machine Mental Imagery — Empower Multimodal Reasoning with Latent Visual Tokens\n\n**作者**: Zeyuan Yang, Xueyang Yu\n\n## 一句话总结\n\nVLM 推理时通过特殊 token 触发 latent visual token 生成 🧠，实现多模态推理。\n\n## 批读导航\n\n| Section | 内容 |\n|---------|------|\n| [00 - Abstract](sections/00-abstract.md) | 摘要 |\n| [01 - Introduction](sections/01-introduction.md) | 动机 |\n| [03 - Method](sections/03-method.md) | 核心方法 |\n| [04 - Experiments](sections/04-experiments.md) | 实验结果 |\n",
        expect![[r#"
            single heading "Mirage: Machine Mental Imagery — Empower Multimodal Reasoning with Latent Visual Tokens" by - | header 1:3-1:90
              summary "一句话总结" h2 @5:4
        "#]],
    );
    check(
        "ann-2022-project/paper-review/review1/README.md",
        "# Paper Review Assignment \\#3\n\n## [Paper 1](paper1.pdf)\n\n### Summary\n+ This paper suggests a new model based on multi-layer perceptrons 🧱.\n\n## [Paper 2](paper2.pdf)\n\n### Summary\n+ This work presents a simple MLP based architecture.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "flash-to-pim/README.md",
        "# flash-to-pim\n\n![License: MIT](https://img.shields.io/badge/license-MIT-yellow)\n\n**Paper critiques and labs on emerging memory & storage systems.**\n\n## Why \"flash-to-pim\"?\n\nThe course starts with the memory inside every SSD 💾 and ends by moving computation into the memory itself, visiting phase-change memory on the way.\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "deeplearning-paper-review/gan/README.md",
        "# GAN with PyTorch\n\n## Goal\nGenerate MNIST digits with a generator and a discriminator 🎲.\n\n## Results\nSamples after 50 epochs look like digits.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// `Paper 1.1 - ` before a file's title is its number in a reading plan;
/// `Software Review` ends a title as `Code Review` does.
#[test]
fn a_reading_plan_number_and_a_software_review() {
    expect![[r#"
        single file-name "Real-time Data Infrastructure at Uber" by - | header 1:1-1:11
          purpose "Problem" h2 @1:4
          method "Architecture" h2 @4:4
    "#]].assert_eq(&render_note(
        "EngPaperNotes/ArticleNotes/daily/Paper 1.1 - Real-time Data Infrastructure at Uber.md",
        false,
        "## Problem\r\nUber needs fresh data in seconds 🚕.\r\n\r\n## Architecture\r\nKafka, Flink and Pinot.\r\n",
        LayoutChoice::Auto,
    ));
    check(
        "tcc-fichamentos/fichamentos/Nashaat2024.md",
        "# Towards Efficient Fine-Tuning of Language Models With Organizational Data for Automated Software Review\n\n[DOI](https://doi.org/10.1109/TSE.2024.3428324)\n\n## Resumo\nO artigo ajusta modelos de linguagem para revisão de código 🧑‍💻.\n",
        expect![[r#"
            single heading "Towards Efficient Fine-Tuning of Language Models With Organizational Data for Automated Software Review" by - | header 1:3-1:106
              summary "Resumo" h2 @5:4
        "#]],
    );
}

/// Round 78's shapes. A Japanese question without its mark (`なぜnode2vecが
/// 必要か`) asks the purpose; `阅读笔记 ：` and
/// `EuroSys'22-` before a title are no part of it; a numbered `0.2.
/// title` heading further down holds the title on its next line.
#[test]
fn japanese_why_reading_notes_prefix_and_a_numbered_title_heading() {
    check(
        "nzw0301.github.io/_posts/2016-07-04-node2vec.md",
        "---\r\ntitle: \"node2vec: Scalable Feature Learning for Networks\"\r\n---\r\n\r\n[arXiv](https://arxiv.org/abs/1607.00653)\r\n\r\n##### なぜnode2vecが必要か\r\nDeepWalkは探索が固定 🚶。\r\n\r\n##### 実験\r\nマルチラベル分類。\r\n",
        expect![[r#"
            single front-matter "node2vec: Scalable Feature Learning for Networks" by - | header 2:9-2:57
              purpose "なぜnode2vecが必要か" h5 @7:7
              experiment "実験" h5 @10:7
        "#]],
    );
    check(
        "linqy71.github.io/source/_posts/FLECHE.md",
        "---\ntitle: EuroSys'22-Fleche：an efficient GPU embedding cache for personalized recommendations\ndate: 2022-05-01\n---\n\n[paper](https://dl.acm.org/doi/10.1145/3492321.3519554)\n\n# 一、背景\n推荐模型的 embedding 太大 🧊。\n\n# 四、设计\n缓存热的 embedding。\n",
        expect![[r#"
            single front-matter "Fleche：an efficient GPU embedding cache for personalized recommendations" venue="EuroSys" year=2022 by - | header 2:19-2:91
              purpose "一、背景" h1 @8:3
              method "四、设计" h1 @11:3
        "#]],
    );
    check(
        "linqy71.github.io/source/_posts/notes-about-Energy-Transparency.md",
        "---\ntitle: 阅读笔记 ：Energy Transparency for Deeply Embedded Programs\n---\n\n### Introduction\n能耗难以估计 🔋。\n\n### Method\n静态分析。\n",
        expect![[r#"
            single front-matter "Energy Transparency for Deeply Embedded Programs" by - | header 2:14-2:62
              purpose "Introduction" h3 @5:5
              method "Method" h3 @8:5
        "#]],
    );
    check(
        "TIL/Machine Learning/Recomend engine/survey_paper/Rhee_et_all_2022.md",
        "## 0.1. link\r\n\r\nhttps://dl.acm.org/doi/abs/10.1145/3523227.3546757\r\n\r\n## 0.2. title\r\n\r\nCountering Popularity Bias by Regularizing Score Differences\r\n\r\n## 1. Introduction\r\n\r\n人気バイアスを減らす 📉。\r\n\r\n## 3. Proposed Method\r\n\r\nスコア差の正則化。\r\n",
        expect![[r#"
            single field "Countering Popularity Bias by Regularizing Score Differences" by - | header 7:1-7:61
              purpose "1. Introduction" h2 @9:4
              method "3. Proposed Method" h2 @13:4
        "#]],
    );
}

/// A template named in Japanese (`テンプレート.md`) and a post on a field's
/// papers (`Edge-Computing相关论文-1`, `ACL 2015で気になったもの一覧`) are
/// no one paper's review; a README linking its paper's parts by their
/// files' names (`[02_方法.md](./02_方法.md)`) is that paper's note.
#[test]
fn japanese_templates_lists_of_papers_and_parts_by_file_name() {
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "paper_reading/論文要約/テンプレート.md",
        "# 論文タイトル（短縮タイトル可）\n\n## 書誌情報\n\n- 著者：\n- DOI・URL：\n\n## 背景・目的\n\n研究の背景と目的を書く 📝。\n\n## 方法\n\n## 結果・考察\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "nzw0301.github.io/_posts/2015-09-28-ACL2015InterestingPaper.md",
        "---\ntitle: ACL 2015で気になったもの一覧\n---\n\n## [Learning to Rank Short Text Pairs](https://aclanthology.org/P15-1002/)\n面白い 🤔。\n\n## [Compositional Vector Space Models](https://aclanthology.org/P15-1010/)\n実験が多い。\n",
        LayoutChoice::Auto,
    ));
    check(
        "paper-reading-notes/2026/08/mae/精读笔记/README.md",
        "# MAE 精读笔记\n\n> 论文：**Masked Autoencoders Are Scalable Vision Learners**\n> Kaiming He, Xinlei Chen, Saining Xie, Yanghao Li, Piotr Dollár, Ross Girshick（Facebook AI Research）\n> CVPR 2022 · arXiv:2111.06377 · 代码：https://github.com/facebookresearch/mae\n\n## 精读路线\n\n| 站次 | 文件 | 内容 |\n|---|---|---|\n| 1 | [01_摘要与引言.md](./01_摘要与引言.md) | 核心主张 🎭 |\n| 2 | [02_方法.md](./02_方法.md) | 掩码采样 |\n| 3 | [03_实验与消融.md](./03_实验与消融.md) | 掩码比例 75% |\n| 4 | [04_迁移学习与结论.md](./04_迁移学习与结论.md) | 迁移 |\n\n## 全文一句话总结\n\nMAE 用非对称 encoder-decoder 与 75% 高掩码比例，把遮随机 patch、重建像素变成同时兑现精度与效率的自监督预训练范式，让 ViT-Huge 仅用 ImageNet-1K 无标签数据达到 87.8%。\n",
        expect![[r#"
            single field "Masked Autoencoders Are Scalable Vision Learners" by - | header 3:8-3:56
        "#]],
    );
}

/// A README in a folder named after its heading's paper
/// (`2016/faster_rcnn_towards_real_time_…/README.md` under `# Faster R-CNN:
/// Towards Real-Time …`, the words run together or not) is that paper's
/// note however short; `(Zhao et. al)` after a title is its citation; a
/// seminar's session on a book's chapter (`2026-04-18-dl-ch6-1/`) is no
/// paper's, but `CH4` in a title is methane.
#[test]
fn a_readme_named_by_its_papers_folder_and_a_chapter_session() {
    expect![[r#"
        single heading "Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks" by - | header 1:3-1:81
    "#]].assert_eq(&render_note(
        "research-papers-summaries/2016/faster_rcnn_towards_real_time_object_detection_with_region_proposal_networks/README.md",
        true,
        "# Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks\r\n\r\n- _Region Proposal Network (RPN)_ for generating proposals 🎯\r\n- Shares convolutional features with the detection network\r\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        single heading "Pyramid Scene Parsing Network" by - | header 1:3-1:32
    "#]].assert_eq(&render_note(
        "research-papers-summaries/2017/pyramid_scene_parsing_network/README.md",
        true,
        "# Pyramid Scene Parsing Network (Zhao et. al)\n\n- Global context through a pyramid pooling module 🏔️\n- Deep supervision with an auxiliary loss\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]].assert_eq(&render_note(
        "lab-seminars/docs/sessions/2026-04-18-dl-ch6-1/index.md",
        true,
        "# 6.1 固定基底関数の限界\n\n**出典:** C. M. Bishop, H. Bishop, *Deep Learning*, Springer 2024, §6.1\n\n## 概要\n\n線形基底関数モデルは理論上あらゆる関数を近似できるが、基底関数が固定されているという仮定が高次元では深刻な限界をもたらす 📐。本節ではその限界を四つの観点で整理する。\n",
        LayoutChoice::Auto,
    ));
    // `CH4` in a title is methane, no chapter.
    check(
        "climate-paper-notes/wetlands.md",
        "# Global CH4 Emissions from Natural Wetlands\n\n[paper](https://doi.org/10.1029/2019GL085011)\n\n## Motivation\nWetlands are the largest natural source 🌿.\n\n## Method\nA process model driven by inundation maps.\n",
        expect![[r#"
            single heading "Global CH4 Emissions from Natural Wetlands" by - | header 1:3-1:45
              purpose "Motivation" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
}

/// One post of a series names its own paper after the series (`YOLO系列之
/// YOLOv3`): a review of that paper, titled by it, where the series as a
/// whole (`Pi系列文献阅读`, above) is no review.
#[test]
fn one_post_of_a_series_is_its_papers_review() {
    check(
        "PaperNotes/detection/YOLO系列之YOLOv3.md",
        "# YOLO系列之YOLOv3\r\n\r\n[paper](https://arxiv.org/abs/1804.02767)\r\n\r\n## 动机\r\n小目标检测效果差 🎯。\r\n\r\n## 方法\r\n多尺度预测与 Darknet-53。\r\n\r\n## 实验\r\nCOCO 上 AP50 与 RetinaNet 相当。\r\n",
        expect![[r#"
            single heading "YOLOv3" by - | header 1:10-1:16
              purpose "动机" h2 @5:4
              method "方法" h2 @8:4
              experiment "实验" h2 @11:4
        "#]],
    );
}

/// Titles behind what opens them: a number and a dash (`002 — LoRA：…`), a
/// course's nested tag (`[wiscECE757[7]]`) and the paper's acronym before a
/// slash, `Review of` before a model's name, notes in Chinese after the
/// name (`Epona 方法精读笔记`), `review-` in a file's name, the link after `A
/// review of`, and `## Title` under a template's name. A `论文：` field that
/// names the authors (`Hu et al., 2021`) is no title.
#[test]
fn titles_behind_numbers_tags_and_review_words() {
    check(
        "paper-a-week/papers/002-lora/README.zh.md",
        "# 002 — LoRA：大语言模型的低秩适配\r\n\r\n**论文：** Hu et al., 2021 | **发表于：** ICLR 2022\r\n**链接：** https://arxiv.org/abs/2106.09685\r\n\r\n## 背景\r\nGPT-3 全量微调代价很高 💸。\r\n\r\n## 核心思想\r\n冻结预训练权重，只训练低秩分解的增量。\r\n\r\n## 实验验证\r\nGLUE 上与全量微调相当。\r\n",
        expect![[r#"
            single heading "LoRA：大语言模型的低秩适配" by - | header 1:9-1:24
              purpose "背景" h2 @6:4
              method "核心思想" h2 @9:4
              experiment "实验验证" h2 @12:4
        "#]],
    );
    check(
        "paper-a-week/papers/005-dropout/README.md",
        "# 005 — Dropout: A Simple Way to Prevent Neural Networks from Overfitting\n\n**Paper:** Srivastava, Hinton, Krizhevsky, Sutskever, Salakhutdinov — JMLR 2014\n**arXiv:** https://arxiv.org/abs/1207.0580\n\n## Background\nLarge networks overfit small datasets 🧠.\n\n## Core Ideas\nDrop units at random while training.\n",
        expect![[r#"
            single heading "Dropout: A Simple Way to Prevent Neural Networks from Overfitting" by - | header 1:9-1:74
              purpose "Background" h2 @6:4
              method "Core Ideas" h2 @9:4
        "#]],
    );
    check(
        "research-notes/reading/periscope.md",
        "---\ntitle: Review of PeriScope-An Effective Probing and Fuzzing Framework for Hardware-OS boundary\ndate: 2019-05-02\n---\n\n[paper](https://arxiv.org/abs/1905.00000)\n\n###### Background\n드라이버와 하드웨어 사이의 경계가 공격면이다 🔌.\n\n###### Methods\nMMIO와 DMA 매핑을 감시하며 퍼징한다.\n",
        expect![[r#"
            single front-matter "PeriScope-An Effective Probing and Fuzzing Framework for Hardware-OS boundary" by - | header 2:18-2:95
              purpose "Background" h6 @8:8
              method "Methods" h6 @11:8
        "#]],
    );
    check(
        "PaperReview/Synchronization/README.md",
        "# [wiscECE757[7]] SLE/Speculative Lock Elision: Enabling Highly Concurrent Multithreaded Execution\n\n## Introduction/动机/背景：\n锁的串行化限制了并发 🔒。\n\n## 评估方法 & 结果\n微基准上吞吐显著提升。\n",
        expect![[r#"
            single heading "Speculative Lock Elision: Enabling Highly Concurrent Multithreaded Execution" by - | header 1:23-1:99
              purpose "Introduction/动机/背景：" h2 @3:4
              experiment "评估方法 & 结果" h2 @6:4
        "#]],
    );
    check(
        "paper-notes/papers/Epona/Epona方法精读笔记.md",
        "# Epona 方法精读笔记\n\n[paper](https://arxiv.org/abs/2506.24113)\n\n## 方法范式\n自回归扩散世界模型 🚗。\n\n## 实验结论\nNAVSIM 上规划表现领先。\n",
        expect![[r#"
            single heading "Epona" by - | header 1:3-1:8
              method "方法范式" h2 @5:4
              experiment "实验结论" h2 @8:4
        "#]],
    );
    check(
        "Labo/abstracts/5_LostMiddle.md",
        "# TAMMICフォーマット\n## Title\nLost in the Middle: How Language Models Use Long Contexts\n(https://direct.mit.edu/tacl/article/doi/10.1162/tacl_a_00638/119630)\nFebruary 23 2024\n\n## Author\nNelson F. Liu, Kevin Lin, John Hewitt\n\n## Motivation\n長文内の関連情報の位置によって精度は下がるのか 🤔。\n\n## Method\n関連文書の位置を変えて精度を測った。\n",
        expect![[r#"
            single field "Lost in the Middle: How Language Models Use Long Contexts" by - | header 3:1-3:58
              purpose "Motivation" h2 @10:4
              method "Method" h2 @13:4
        "#]],
    );
    check(
        "paper-reviews/2017-review-squeakr.md",
        "A review of\n[Squeakr: An Exact and Approximate k-mer Counting System](biorxiv.org/content/early/2017/03/29/122077).\n\n------\n\nThis paper introduces the squeakr system for exact and inexact k-mer counting 🧬.\nThe paper is well written and I have been able to obtain and execute the software.\nsqueakr appears to perform better than all other k-mer counting systems in both modes.\n",
        expect![[r#"
            single field "Squeakr: An Exact and Approximate k-mer Counting System" by - | header 2:2-2:57
        "#]],
    );
    check(
        "paper-reviews/2018-review-bigsi.md",
        "The BIGSI paper introduces and demonstrates a massively scalable approach to searching all\navailable bacterial genomes from the ENA 🦠. This is the first time this functionality is\navailable, and this paper outlines the utility of this by doing three types of searches.\n\nThe paper is very well written and demonstrates the power of this approach quite well.\n",
        expect![[r#"
            single file-name "bigsi" by - | header 1:1-1:91
        "#]],
    );
}

/// A question template asks for its parts: `What are the strengths of this
/// paper?` and `Next Steps?` after its purpose are not the method by their
/// place, and `What is the authors' main insight?` is. `Related ideas`,
/// `Other methods` are other work's; `小结` is a summary.
#[test]
fn question_templates_and_headings_that_name_other_work() {
    check(
        "Paper-Review/review1.md",
        "## Paper Review 0\n\n- Reviewer: Sang Oh\n- Paper Title: An Analysis of China's \"Great Cannon\"\n\n### What problem is this paper solving?\n- The mystery of China's Great Cannon 🛡️.\n\n### What are the strengths of this paper?\n- Short digestible sections.\n\n### What are the main weaknesses in the paper?\n- 해시 기반 카빙의 설명이 부족하다.\n\n### Next Steps?\n- A usability section.\n",
        expect![[r#"
            single field "An Analysis of China's \"Great Cannon\"" by Sang Oh | header 4:16-4:53
              purpose "What problem is this paper solving?" h3 @6:5
        "#]],
    );
    check(
        "cs268/reviews/bbr.md",
        "### What problem does this paper address?\r\nTCP congestion control reads loss as congestion 📉.\r\n\r\n### Do you believe the problem is/was important? Explain.\r\nYes: buffers are deep.\r\n\r\n### What is the authors' main insight?\r\nModel the bottleneck bandwidth and the round-trip time.\r\n\r\n### Strengths/Weaknesses?\r\n",
        expect![[r#"
            single file-name "bbr" by - | header 1:1-1:42
              purpose "What problem does this paper address?" h3 @1:5
              method "What is the authors' main insight?" h3 @7:5
              limitations "Strengths/Weaknesses?" h3 @10:5
        "#]],
    );
    check(
        "research-notes/reading/memory-safety.md",
        "#### Paper summary\nA systematisation of memory corruption attacks and defences 🧱.\n\n#### Weaknesses\nThe model of the attacker is informal.\n\n#### Detailed comments, possible improvements, or related ideas\n메모리 안전성 검사 비용을 더 줄일 수 있다.\n",
        expect![[r#"
            single file-name "memory safety" by - | header 1:1-1:19
              summary "Paper summary" h4 @1:6
              limitations "Weaknesses" h4 @4:6
        "#]],
    );
    check(
        "A-Paper-A-Week/Attention Is All You Need/README.md",
        "## Attention Is All You Need\n\n### 目的\n去掉循环结构，只用注意力 ⚡。\n\n### 贡献\n提出 Transformer。\n\n### 小结\n并行度高，效果好。\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:4-1:29
              purpose "目的" h3 @3:5
              novelty "贡献" h3 @6:5
              method "贡献" h3 inferred @6:5
              summary "小结" h3 @9:5
        "#]],
    );
}

/// Files that are no paper's note: an index named so (`论文index.md`), a
/// topic's file with a part for its papers (`## Papers` over `### HILOS`),
/// a project proposal (`proposal/`), and a topic's summaries of several
/// papers, each heading over the paper's bare link.
#[test]
fn an_index_a_topics_papers_and_a_proposal_are_not_reviews() {
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "158-Paper-Notes/论文index.md",
        "读论文的方法\n[[如何读论文]]\n\nBackbone\n[[Backbone-AlexNet笔记]]\n\nDetection\n[[Detection-YOLOX]] 🎯\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "paper-notes/reading-notes/offload.md",
        "# offload\n\n\n## Meta Info\n\n\n论文数量: 1\n\n更新时间: 2026-04-14\n\n\n## Papers\n\n\n### HILOS\n\n\n**核心思想 (Idea)**\n\n\n把attention计算卸载到存\n\n储设备上，而不是卸载数据 💾\n\n\n---\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "cs268/proposal/cs268-project-proposal.md",
        "## Active scheduling for fine-grained traffic engineering in the datacenter\n*Aditya Srivastava and Vishal Satish*\n\n### Background\n\nActive networking was introduced over 25 years ago as a shift in how we think about networks 🌐.\nPackets carry code to be executed at active switches in the network.\n\n### Proposal\n\nWe will schedule flows on programmable switches, moving the decision of where each flow goes\ninto the switch itself, and measure how close it comes to an ideal scheduler.\n\n### Timeline\n\n- Week 1: read the Tofino documentation.\n\n### References\n\n1. Tennenhouse and Wetherall, Towards an Active Network Architecture, 1996.\n",
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "PaperReviews/Software Engineering.md",
        "# Software Engineering\nSoftware Engineering treats the process of software development.\n\n### Evolutionary Improvement of Programs\n\nTopic : Search Based Software Engineering\n\n<https://dl.acm.org/doi/10.1109/TEVC.2010.2083669>\n\nThis paper tries to optimize the code in terms of execution time 🧬.\n\n### TypeWriter: Neural Type Prediction with Search-based Validation\n\n<https://arxiv.org/abs/1912.03768>\n\nThe method predicts types, then validates them with a type checker.\n",
        LayoutChoice::Auto,
    ));
}

/// More places a title stands: the APA reference under `# Scientific
/// paper` (wrapped over two lines), a `- 论文标题` item over the title
/// indented under it, a first line over its venue alone (`ECCV2018`), with
/// words in bold inside it; and where it does not: `X解读` keeps only the
/// name, a heading summing up the method's parts (`NeRF + … + …`) gives
/// way to the file's name, and `**Paper:** Radford et al., OpenAI (2018)`
/// names the authors.
#[test]
fn titles_from_a_reference_a_list_item_and_a_venue_line() {
    check(
        "vintage_models/vision_transformers/vit/paper_review.md",
        "# Scientific paper\n\nDosovitskiy, A., Beyer, L., Kolesnikov, A., ... & Houlsby, N. (2020).\nAn image is worth 16x16 words: Transformers for image recognition at scale.\n[arXiv preprint arXiv:2010.11929](https://arxiv.org/abs/2010.11929).\n\n# Architecture illustration\n\n![ViT](./static/vit.png) 🖼️\n\n# Advantages and limitations\n\n이미지 패치를 토큰으로 쓴다.\n",
        expect![[r#"
            single field "An image is worth 16x16 words: Transformers for image recognition at scale" by - | header 4:1-4:75
              method "Architecture illustration" h1 @7:3
              limitations "Advantages and limitations" h1 @11:3
        "#]],
    );
    check(
        "PaperReadings/GCT/README.md",
        "# GCT解读\r\n\r\n## 简介\r\n\r\n此前，大量的通道注意力模块被提出用于增强卷积神经网络的表示能力 🧠。\r\n\r\n- 论文标题\r\n\r\n    Gaussian Context Transformer\r\n- 论文地址\r\n\r\n    https://arxiv.org/abs/2103.00000\r\n\r\n## 方法\r\n\r\n用高斯函数激励上下文特征。\r\n\r\n## 实验\r\n\r\nImageNet 上优于 SE。\r\n",
        expect![[r#"
            single field "Gaussian Context Transformer" by - | header 9:5-9:33
              purpose "简介" h2 @3:4
              method "方法" h2 @14:4
              experiment "实验" h2 @18:4
        "#]],
    );
    check(
        "PaperReadings/CSTrack/README.md",
        "# CSTrack 解读\n\n[paper](https://arxiv.org/abs/2010.12138)\n\n## 介绍\n\n检测与重识别的竞争 🎯。\n\n## 框架设计\n\n互相关网络。\n",
        expect![[r#"
            single heading "CSTrack" by - | header 1:3-1:10
              purpose "介绍" h2 @5:4
              method "框架设计" h2 @9:4
        "#]],
    );
    check(
        "paperreading/DetNet.md",
        "DetNet: A **Backbone network** for Object Detection\n\nECCV2018\n\nTo summarize, we have the following contributions 🧩:\n\n1. We are the first to analyze the inherent drawbacks of traditional ImageNet pre-trained models for detection.\n2. We propose a novel backbone, called DetNet, which keeps the spatial resolution and enlarges the receptive field.\n",
        expect![[r#"
            single field "DetNet: A Backbone network for Object Detection" by - | header 1:1-1:52
        "#]],
    );
    check(
        "ml-papers/notes/CodeNeRF.md",
        "https://arxiv.org/abs/2109.01750  \n\n#### NeRF + Shape/Texture Code + Camera Pose Optimization  \nOptimizes model and both shape and texture code during training across observed objects 🎥,  \nOptimizes camera pose during inference  \nAble to control shape, texture, camera pose during image synthesis  \nCan use trained model on single input image with unknown camera pose (figure right)\n\n#### Keywords: Single View Reconstruction, Shape and Texture Disentanglement, Camera Pose Optimization, Scene Prior\n\n#### Figures:\n<p float=\"left\">\n  <img src=\"https://github.com/laphisboy/ml-papers/blob/main/figures/CodeNeRF_fig4.PNG\" heigth=\"500\">\n</p>\n\n#Seminar #NeRF\n",
        expect![[r#"
            single file-name "CodeNeRF" by - | header 1:1-1:35
        "#]],
    );
    check(
        "LLM_paper_reading_group/W3_03_11_26/notes_gpt1.md",
        "# GPT-1: Improving Language Understanding by Generative Pre-Training\n\n**Paper:** Radford et al., OpenAI (2018)\n\n---\n\n## Motivation\n\nLabelled data is scarce 📉.\n\n## Architecture\n\nA 12-layer decoder-only Transformer.\n\n## User Study\n\nNone; GLUE results instead.\n",
        expect![[r#"
            single heading "GPT-1: Improving Language Understanding by Generative Pre-Training" by - | header 1:3-1:69
              purpose "Motivation" h2 @7:4
              method "Architecture" h2 @11:4
              experiment "User Study" h2 @15:4
        "#]],
    );
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "LLM_paper_reading_group/W4_03_17_26/discussion_questions.md",
        "# Week 4 — Discussion Questions\n**Paper:** Training Language Models to Follow Instructions with Human Feedback (InstructGPT), Ouyang et al. 2022\n\n---\n\n## The Alignment Problem\n\n1. **Why doesn't scale solve alignment?** The paper shows a 1.3B InstructGPT is preferred over a 175B GPT-3 🤔.\n\n## Evaluation\n\n1. **Are the labelers representative?** Forty contractors wrote the preferences.\n",
        LayoutChoice::Auto,
    ));
}

/// Titles that a note gives elsewhere than its heading: a record opening
/// with the year (`2019, FCOS`), a post titled `Review of AlexNet` over
/// `Paper to review: **…**`, a short name's heading over a link with the
/// whole title, a headline in Chinese after the method's name over the
/// paper cited by a link at the end, a one-word `paper:` field under a
/// heading with the whole title, a folder named with the month it was read
/// (`DX100-2025-6/note.md`). A post on a model's versions (`from v1 to
/// v3`) is no one paper's; nor are two headings after the same kind of
/// name a course's reviews.
#[test]
fn titles_given_by_records_links_and_fields() {
    check(
        "2023-paper-notes/03/2019-FCOS.md",
        "# 2019, FCOS\n\n## Abstract\nAnchor-free one-stage detection 🎯.\n\n## Introduction\n앵커 박스의 하이퍼파라미터가 많다.\n\n## Architecture\nPer-pixel prediction with centre-ness.\n",
        expect![[r#"
            single heading "FCOS" year=2019 by - | header 1:9-1:13
              summary "Abstract" h2 @3:4
              purpose "Introduction" h2 @6:4
              method "Architecture" h2 @9:4
        "#]],
    );
    check(
        "sheng-fang.github.io/_posts/2020-04-20-review_alexnet.md",
        "---\nlayout: post\ntitle: \"Review of AlexNet\"\ntag: [review, review_cls]\n---\nPaper to review: **ImageNet Classification with Deep Convolutional Neural Networks**\n\nMain contributions:\n1. Improve the architecture of *CNN* 🧠\n2. Realize GPU implementation of *CNN*\n\n## 1. New architecture of *CNN*\n\n### 1-1. ReLU Nonlinearity\n",
        expect![[r#"
            single field "ImageNet Classification with Deep Convolutional Neural Networks" by - | header 6:20-6:83
              novelty "Main contributions" line-start @8:1
              method "1. New architecture of *CNN*" h2 @12:4
        "#]],
    );
    check(
        "paper_note/语义分割/U-Net论文阅读笔记/U-Net论文阅读笔记.md",
        "# U-Net论文阅读笔记\r\n[toc]\r\n\r\n&emsp;&emsp;U-Net论文地址:[U-Net: Convolutional Networks for Biomedical Image Segmentation](https://arxiv.org/abs/1505.04597)\r\n## 一、简介\r\n&emsp;&emsp;U-Net是比较早一批出现的全卷积语义分割网络 🩻。\r\n## 二、结构\r\n编码器-解码器。\r\n## 三、实验\r\n结果很好。\r\n",
        expect![[r#"
            single field "U-Net: Convolutional Networks for Biomedical Image Segmentation" by - | header 4:24-4:87
              purpose "一、简介" h2 @5:4
              method "二、结构" h2 @7:4
              experiment "三、实验" h2 @9:4
        "#]],
    );
    check(
        "research-blog-repo/arxiv/2211.17192/cn_blog_summary.md",
        "# Speculative Decoding：投机采样让大模型推理提速 3 倍\n\n大模型推理的死穴是自回归串行解码 🐢。\n\n## 核心思路\n\n- 用小草稿模型先猜多个 token。\n\n## Speculative Sampling：分布严格不变的接受规则\n\n若 q(x) ≤ p(x) 直接接受。\n\n## 实验：零训练的实测加速\n\n- 英德翻译最高 3.4X。\n\n> 本文参考自 [Fast Inference from Transformers via Speculative Decoding](https://arxiv.org/abs/2211.17192)\n",
        expect![[r#"
            single field "Fast Inference from Transformers via Speculative Decoding" by - | header 17:10-17:67
              method "核心思路" h2 @5:4
              experiment "实验：零训练的实测加速" h2 @13:4
        "#]],
    );
    check(
        "PaperDaily/BingkaiHan/RFBNet/RFBNet.md",
        "# Receptive Field Block Net for Accurate and Fast Object Detection\n\n\n**paper:**[REBNet](https://arxiv.org/abs/1711.07767) `CVPR2017`\n\n## Contribution\n感受野模块 🔍。\n\n## RFB Net Detection Architecture\nSSD 上加 RFB。\n\n## result\nVOC 上 80.5 mAP。\n",
        expect![[r#"
            single heading "Receptive Field Block Net for Accurate and Fast Object Detection" by - | header 1:3-1:67
              novelty "Contribution" h2 @6:4
              method "RFB Net Detection Architecture" h2 @9:4
              experiment "result" h2 @12:4
        "#]],
    );
    check(
        "paper-reading/architecture/DX100-2025-6/note.md",
        "# Note\n\n## Insight\n- CPU internal resources (ROB size) would limit outstanding memory operations 🧮.\n\n## Part 1\n- What problem they solve? - poor memory bandwidth utilization.\n- What is the key idea? - a programmable accelerator for indirect accesses.\n",
        expect![[r#"
            single folder "DX100" by - | header 1:1-1:7
              purpose "What problem they solve?" line-start @7:3
              method "What is the key idea?" line-start @8:3
        "#]],
    );
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "sheng-fang.github.io/_posts/2020-04-25-review_yolo.md",
        "---\nlayout: post\ntitle: \"Review of YOLO: drawback and improvement from v1 to v3\"\n---\n## 1. Introduction\nIn this post, I would like to review the 3 paper of YOLO 📦. The main purpose is to understand the design of the YOLO and how the authors try to improve YOLO.\n\n## 2. Drawbacks of region proposal approach\nTwo stages are trained apart.\n\n## 3. Design of YOLO V1\n### 3-1. Unified detection\nOne network predicts boxes and classes.\n\n### 3-3. The architecture of YOLO network\n24 convolutional layers.\n\n## Reference\nJoseph Redmon, Santosh Divvala, Ross Girshick, and Ali Farhadi\n*You Only Look Once: Unified, Real-Time Object Detection*\nCVPR 2016\n",
        LayoutChoice::Auto,
    ));
}

/// Round 83's shapes: a Chinese question of what the paper solves (`论文在
/// 解决什么？`) asks the purpose; `实验亮点`, `方法要点` open with the part they
/// are (not `实验室`); `实验流程` is the experiments'; a caption or a Korean
/// sentence set as a heading names no part; `en_title:` and `原文标题：` give
/// the paper's title beside a headline in Chinese; `# Review of` leads into
/// the title on the next heading, `# Assignment` is no title, and a short
/// name in parentheses before the title goes; a schedule with a part for
/// each week is no review.
#[test]
fn chinese_questions_headlines_and_a_schedule() {
    check(
        "Robot_Learning_Paper_Notebooks/papers/ECO/ECO.md",
        "---\ntitle: \"ECO: Energy-Constrained Optimization with Reinforcement Learning for Humanoid Walking\"\n---\n\n## 🎯 一句话总结\n用约束强化学习降低能耗。\n\n## ❓ 论文在解决什么？\n人形机器人行走能耗高 🔋。\n\n## 🔧 方法要点\n把能耗作为约束。\n\n## 📊 实验亮点（节选）\n能耗降低 30%。\n\n## 实验室介绍\n作者来自某实验室。\n",
        expect![[r#"
            single front-matter "ECO: Energy-Constrained Optimization with Reinforcement Learning for Humanoid Walking" by - | header 2:9-2:94
              summary "🎯 一句话总结" h2 @5:4
              purpose "❓ 论文在解决什么？" h2 @8:4
              method "🔧 方法要点" h2 @11:4
              experiment "📊 实验亮点（节选）" h2 @14:4
        "#]],
    );
    check(
        "paper-reading/examples/2023-hofmeister-shapeit5/note.md",
        "---\ntitle: \"SHAPEIT5：UKB 稀有变异单倍型定相；复合杂合 LoF 筛出 549 个基因\"\nen_title: \"Accurate rare variant phasing of whole-genome and whole-exome sequencing data in the UK Biobank\"\n---\n\n## 背景\n稀有变异难以定相 🧬。\n\n## 方法\n两阶段定相。\n\n## 实验流程\n在 UKB 上验证。\n",
        expect![[r#"
            single front-matter "Accurate rare variant phasing of whole-genome and whole-exome sequencing data in the UK Biobank" by - | header 3:12-3:107
              purpose "背景" h2 @6:4
              method "方法" h2 @9:4
              experiment "实验流程" h2 @12:4
        "#]],
    );
    check(
        "paper-notes/examples/deepseek-v4/note.md",
        "# 【论文速记】百万 Token 上下文智能\r\n\r\n> 原文标题：**DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence**  \r\n> 总评分：**9.2 / 10**\r\n\r\n## A. 研究问题\r\n长上下文推理太贵 💸。\r\n\r\n## C. 方法 / 框架\r\n稀疏注意力。\r\n\r\n## 图2：整体框架，由三个模块组成，分别是编码、检索和解码的流程。\r\n\r\n## D. 关键结果\r\n百万 token 上下文。\r\n",
        expect![[r#"
            single field "DeepSeek-V4: Towards Highly Efficient Million-Token Context Intelligence" by - | header 3:10-3:82
              purpose "A. 研究问题" h2 @6:4
              method "C. 方法 / 框架" h2 @9:4
              experiment "D. 关键结果" h2 @14:4
        "#]],
    );
    check(
        "Deep_learning/CNN/Review+of+ROBUST+CNN.md",
        "\n# Review of \n## ROBUST CONVOLUTIONAL NEURAL NETWORKS UNDER ADVERSARIAL NOISE\n\nhttps://arxiv.org/pdf/1511.06306.pdf\n\n## 요약\n입력 노이즈에 강한 CNN 🛡️.\n\n## 1. Input Noise\n노이즈를 주입한다.\n\n## 결과\n정확도가 유지되었습니다.\n\n## 이 논문은 다음 논문과 이어지며, 추가 실험 등이 실려있습니다.\n",
        expect![[r#"
            single heading "ROBUST CONVOLUTIONAL NEURAL NETWORKS UNDER ADVERSARIAL NOISE" by - | header 3:4-3:64
              summary "요약" h2 @7:4
              method "1. Input Noise" h2 inferred @10:4
              experiment "결과" h2 @13:4
        "#]],
    );
    check(
        "tobigs-13th/computer-vision/resnet.md",
        "# Assignment\n\n# \\(ResNet\\)Deep Residual Learning for Image Recognition\n\n[paper](https://arxiv.org/abs/1512.03385)\n\n## 1. Introduction\n깊은 망은 학습이 어렵다 🏔️.\n\n## 3. Method\n잔차 연결.\n\n## 4. Experiments\nImageNet 1위.\n",
        expect![[r#"
            single heading "Deep Residual Learning for Image Recognition" by - | header 3:13-3:57
              purpose "1. Introduction" h2 @7:4
              method "3. Method" h2 @10:4
              experiment "4. Experiments" h2 @13:4
        "#]],
    );
    expect![[r#"
        not a review
    "#]].assert_eq(&render(
        "Team2-Log/논문리뷰/README.md",
        "## 부캠 LV2 2조 논문리뷰\n\n### Objective\n- 논문 리딩의 일상화 📚\n- 강의에 포함되지 않은 다양한 부분에 학습 및 논의\n\n### Format (자유롭게 선택)\n1) 논문 3줄 요약\n2) Motivation -> Problem Statement -> Methodology -> Contribution\n\n## 1주차 (2021.09.06~09.10)\n#### MUST\n- *Efficient Estimation of Word Representations in Vector Space* '13 ICLR '13\n\n## 2주차 (2021.09.13~09.17)\n#### MUST\n- *GloVe: Global Vectors for Word Representation* EMNLP '14\n",
        LayoutChoice::Auto,
    ));
}

/// A note on a book's chapter, named so at its end (`Probabilistic
/// Robotics - State Estimation Chapter`) or with its number (`Deep
/// Learning, Chapter 6`), is no paper's review, however like one its
/// template reads.
#[test]
fn a_books_chapter_named_so_is_no_review() {
    let note = |title: &str| {
        format!(
            "---\ntitle: \"{title}\"\nauthors: \"Sebastian Thrun, Wolfram Burgard, Dieter Fox\"\nlink: \"https://mitpress.mit.edu/books/probabilistic-robotics\"\n---\n\n# Reading Note: {title}\n\n## Summary\n\nThis chapter introduces the Bayes filter framework for recursive state estimation in robotics 🤖.\n\n## Methodology\n\n**Methodology**: derivation from Bayes' theorem and the Markov assumption.\n\n## 핵심 주장\n\n재귀적 베이즈 추정은 통합된 틀이다.\n"
        )
    };
    let path = "autonomy-systems-research/docs/reading/probabilistic-robotics.md";
    expect![[r#"
        not a review
    "#]]
    .assert_eq(&render(
        path,
        &note("Probabilistic Robotics - State Estimation Chapter"),
        LayoutChoice::Auto,
    ));
    expect![[r#"
        not a review
    "#]]
    .assert_eq(&render(
        path,
        &note("Deep Learning, Chapter 6"),
        LayoutChoice::Auto,
    ));
    // A paper's note in the same template is one.
    expect![[r#"
        single front-matter "Probabilistic Roadmaps for Path Planning" by - | header 2:9-2:49
          summary "Summary" h2 @9:4
          method "Methodology" h2 @13:4
          method "Methodology" bold @15:3
    "#]]
    .assert_eq(&render(
        path,
        &note("Probabilistic Roadmaps for Path Planning"),
        LayoutChoice::Auto,
    ));
}

/// A post named by what it is before a dash or in parentheses (`Paper
/// Reading - Spanner: …`, `(paper report) CAP Twelve Years Later`) is
/// titled by the rest; `Google's` in the paper's own title names no
/// affiliation to cut.
#[test]
fn a_posts_kind_before_its_papers_title_is_no_part_of_it() {
    check(
        "kunigami.github.io/blog/_posts/2017-04-27-paper-reading---spanner.md",
        "---\nlayout: post\ntitle: \"Paper Reading - Spanner: Google's Globally-Distributed Database\"\ntags: [databases, paper reading]\n---\n\nThis is the first post under the category \"Paper Reading\" 📚.\n\n### Paper's Overview\nSpanner is a distributed database used at Google.\n\n### Architecture\nZones and spanservers.\n\n### Evaluation\nTwo-phase commit scales to 200 participants.\n",
        expect![[r#"
            single front-matter "Spanner: Google's Globally-Distributed Database" by - | header 3:25-3:72
              summary "Paper's Overview" h3 @9:5
              method "Architecture" h3 @12:5
              experiment "Evaluation" h3 @15:5
        "#]],
    );
    check(
        "kiran.github.io/_posts/2015-11-09-cap-twelve-years-later.md",
        "---\ntitle: (paper report) CAP Twelve Years Later\nlayout: \"post\"\ntags: [papers, distributed-systems]\n---\n\n*This is part of a series of posts where I summarize papers I've read recently.*\n\n- Eric Brewer. CAP Twelve Years Later: How the \"Rules\" Have Changed. (IEEE, 2012)\n\nThe CAP theorem says a system can have two of three properties 🤔. Brewer revisits it twelve years on: partitions are rare, so a system need not forfeit consistency or availability while none happens, and when one does it should detect it, limit the operations allowed, and recover afterwards.\n\nThe paper's real point is that the \"2 of 3\" framing was always misleading.\n",
        expect![[r#"
            single front-matter "CAP Twelve Years Later" by - | header 2:23-2:45
        "#]],
    );
}

/// Sections in Japanese numbered with full-width digits (`## ２．問題設定と
/// 解決した点`), a summary of one part (`**핵심 아이디어 요약**`, `Key Idea
/// Summary`: the key idea's, so the method), `## Ideation` and `## Paper
/// Topic` (what the paper is about, never its title).
#[test]
fn full_width_numbering_and_a_parts_summary_name_the_part() {
    check(
        "Paper_Survey/Learn to Rank/Cao2007_ListNet.md",
        "# Learning to Rank: From Pairwise Approach to Listwise Approach\n\n## １．研究概要\nリストワイズ手法を提案 🚀。\n\n## ２．問題設定と解決した点\nペアワイズ手法の限界。\n\n## ３．技術や手法の肝\nListNet。\n\n## ４．主張の有効性検証\nLETORで評価。\n",
        expect![[r#"
            single heading "Learning to Rank: From Pairwise Approach to Listwise Approach" by - | header 1:3-1:64
              method "１．研究概要" h2 inferred @3:4
              purpose "２．問題設定と解決した点" h2 @6:4
              experiment "４．主張の有効性検証" h2 @12:4
        "#]],
    );
    check(
        "agent-paper-reviews/src/content/blog/dllm.md",
        "# Diffusion Language Models\n\n**문제의식**\n자기회귀 모델은 느리다.\n\n**핵심 아이디어 요약**\n마스킹 확산으로 병렬 생성 ✨.\n\n**한 줄 요약**\n빠르다.\n\n**실험 결과**\nGSM8K에서 비슷한 성능.\n",
        expect![[r#"
            single heading "Diffusion Language Models" by - | header 1:3-1:28
              purpose "문제의식" bold @3:3
              method "핵심 아이디어 요약" bold @6:3
              summary "한 줄 요약" bold @9:3
              experiment "실험 결과" bold @12:3
        "#]],
    );
    check(
        "paper-reviews/Recommendation System/A Similarity Measure for Indefinite Rankings/review.md",
        "## Paper\n\nhttp://blog.mobile.codalism.com/research/papers/wmz10_tois.pdf\n\n## Paper Topic\n\n두 추천 결과의 유사도를 ranking을 고려해 비교하는 방법 제시.\n\n## Ideation\n\n### 일반적인 Ranked-List의 특징은?\n- top-weighted\n\n## Key Idea Summary\n\nRBO.\n",
        expect![[r#"
            single folder "A Similarity Measure for Indefinite Rankings" by - | header 1:1-1:9
              summary "Paper Topic" h2 @5:4
              method "Ideation" h2 @9:4
              method "Key Idea Summary" h2 @14:4
        "#]],
    );
}

/// A folder's README opening with `# Original Paper` over its link is
/// that paper's note, titled by the folder; `# Summarization` is a part.
#[test]
fn an_original_paper_heading_opens_a_note_not_a_collection() {
    check(
        "bitmap2svg/nice/paper/stable_diffusion/README.md",
        "# Original Paper\n[**paper**](stable_diffusion.pdf)\n\n# Summarization\n## Level 1: The Main Idea\n\n#### 1. What is the problem?\nExpensive training in pixel space 💸.\n\n#### 3. What is the approach itself?\nDiffusion in a latent space.\n\n#### 5. What are the results?\nFID 10.56 on ImageNet.\n",
        expect![[r#"
            single folder "stable diffusion" by - | header 1:1-1:17
              summary "Summarization" h1 @4:3
              method "Level 1: The Main Idea" h2 @5:4
              purpose "1. What is the problem?" h4 @7:6
              method "3. What is the approach itself?" h4 @10:6
              experiment "5. What are the results?" h4 @13:6
        "#]],
    );
}

/// A paper's `notes.md` in a folder named with its whole title, or a
/// reader's file under a folder named by the paper's citation key
/// (`1997-necula/summaries/paul.md`), is that paper's note however little
/// it labels.
#[test]
fn a_folder_named_by_the_paper_or_its_citation_key_files_its_note() {
    check(
        "Systems-Readings/OSDI/1994/Storage Alternatives for Mobile Computers/notes.md",
        "\n## Storage Alternatives for Mobile Computers\n\n## Abstract\n* Mobile computers require low weight and low power 🔋.\n* Magnetic disks, flash disk emulators and flash cards.\n\n## Architectural Alternatives\n* Write-through buffer cache.\n",
        expect![[r#"
            single heading "Storage Alternatives for Mobile Computers" by - | header 2:4-2:45
              summary "Abstract" h2 @4:4
        "#]],
    );
    check(
        "best-of-popl/1997-necula/writeups/paul.md",
        "\n# Proof-Carrying Code\n\n## Summary\n\nThis paper describes a method for binaries to carry a proof of their safety.\nMost of the paper is a case study of foreign functions in a run-time for SML.\n\n## Questions\n\nHow large do the proofs get? 🤔\n",
        expect![[r#"
            single heading "Proof-Carrying Code" by - | header 2:3-2:22
              summary "Summary" h2 @4:4
        "#]],
    );
    // A season's folder is no citation.
    check(
        "best-of-popl/spring-2024/writeups/paul.md",
        "\n# Proof-Carrying Code\n\n## Summary\n\nThis paper describes a method for binaries to carry a proof of their safety.\nMost of the paper is a case study of foreign functions in a run-time for SML.\n\n## Questions\n\nHow large do the proofs get? 🤔\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's review form asks `Please write a summary of the paper`: a
/// question answered under it, not a guide to writing reviews. A caption
/// set as a heading (`## Figure 1`) is never the title, a course's
/// `Paper Presentation:` is no part of it, nor is `(2013), Diederik P
/// Kingma, Max Welling` after it.
#[test]
fn a_review_forms_questions_and_a_presentations_title() {
    check(
        "system_paper/parallel_comp/21_cpma.md",
        "\n# CPMA: An Efficient Batch-Parallel Compressed Set Without Pointers\n\n## Please write a summary of the paper [from 3 to 6 sentences].\nThe paper introduces the batch-parallel Compressed Packed Memory Array (CPMA), a compressed, dynamic, ordered set based on the Packed Memory Array 📦. It avoids pointers so that scans stay cache-friendly, and it batches updates so that they run in parallel. On a 64-core machine it inserts faster than the pointer-based trees it is compared with and scans much faster, while taking less memory than any of them.\n\n## Please highlight the strengths of the paper [from 3 to 6 sentences].\nIt is fast, and its analysis is careful.\n\n## Please highlight the weaknesses of the paper [from 3 to 6 sentences].\nThe evaluation uses one machine.\n\n## Please provide a question for in-class discussion.\nHow would it do on disks?\n",
        expect![[r#"
            single heading "CPMA: An Efficient Batch-Parallel Compressed Set Without Pointers" by - | header 2:3-2:68
        "#]],
    );
    check(
        "transformers-paper-presentation/README.md",
        "# Paper Presentation: Number of Attention Heads vs. Number of Transformer-Encoders in Computer Vision\n\n## Overview\nThe paper asks whether heads or layers matter more 🧠.\n\n## Method\nVaried both on ViT.\n\n## Results\n",
        expect![[r#"
            single heading "Number of Attention Heads vs. Number of Transformer-Encoders in Computer Vision" by - | header 1:23-1:102
              summary "Overview" h2 @3:4
              method "Method" h2 @6:4
              experiment "Results" h2 @9:4
        "#]],
    );
    check(
        "paper-log/VAE/README.md",
        "## [논문정리]Auto-Encoding Variational Bayes (2013), Diederik P Kingma, Max Welling\n\n### Problem statement\n연속 잠재변수 모델의 사후분포 추론이 어렵다.\n\n### Solution approach\nReparameterization trick ✨.\n\n### Conclusion\nMNIST에서 잘 된다.\n",
        expect![[r#"
            single heading "Auto-Encoding Variational Bayes" by - | header 1:10-1:41
              purpose "Problem statement" h3 @3:5
              method "Solution approach" h3 @6:5
        "#]],
    );
    check(
        "bai-book/content/papers/davidson-2003/index.md",
        "## Figure 1\n\nWhat does the figure show? The BOLD response over time 📈.\n\n## Introduction\n\nWhy image the developing brain.\n\n## Methods\n\nfMRI of children and adults.\n\n## Results\n\nPrefrontal activity differs.\n",
        expect![[r#"
            single folder "davidson 2003" by - | header 1:1-1:12
              purpose "Introduction" h2 @5:4
              method "Methods" h2 @9:4
              experiment "Results" h2 @13:4
        "#]],
    );
}

/// Turkish parts (`## Giriş`, `## SONUÇLAR :` in capitals), a thesis's
/// chapter (`第三章 …`), a table of contents (`目录.md`) and a Portuguese
/// list of articles.
#[test]
fn turkish_parts_and_chapters_contents_and_lists() {
    check(
        "makale_ozetleri/lane_detection/Polynomial_Regression_Network_for_Variable-Number_Lane_Detection.md",
        "# Polynomial Regression Network for Variable-Number Lane Detection\n\n## Giriş\nŞerit tespiti otonom sürüş için önemlidir 🚗.\n\n## Önerilen Yöntem\nPRNet polinom regresyonu kullanır.\n\n## SONUÇLAR :\nTuSimple üzerinde %97.\n",
        expect![[r#"
            single heading "Polynomial Regression Network for Variable-Number Lane Detection" by - | header 1:3-1:67
              purpose "Giriş" h2 @3:4
              method "Önerilen Yöntem" h2 @6:4
              experiment "SONUÇLAR :" h2 @9:4
        "#]],
    );
    for (path, text) in [
        (
            "Notes/01-论文汇总/00-内容/目录.md",
            "# 第三章 基于时空深度学习的北京市GPP通用模型构建\n\n## 3.1 研究方法\n时空深度学习模型。\n\n## 3.2 实验结果\n精度提高 📈。\n",
        ),
        (
            "fichamento-tcc/artigos.md",
            "# Lista de artigos\n\n## Introdução\nArtigos lidos para o TCC 📚.\n\n## Método\n- Attention Is All You Need\n- BERT: Pre-training of Deep Bidirectional Transformers\n\n## Resultados\nDezesseis artigos.\n",
        ),
    ] {
        assert_eq!(
            render(path, text, LayoutChoice::Auto),
            "not a review\n",
            "{path}"
        );
    }
}

/// A part named after a word saying it is the chief one (`## Main
/// Problems to Solve`, `## Main Innovations`), and in Spanish or
/// Portuguese the part's word first (`## 🧾 Método de ensamble:`,
/// `## Resultados del experimento`); a course's `Critica:` is no part of
/// the title, and `方案：` is the solution, the method.
#[test]
fn a_chief_part_and_a_romance_part_name_their_kind() {
    check(
        "RLPaperReadingNotes/Techniques/Exploration/1-NoisyNet.md",
        "# [NoisyNet] Noisy Networks for Exploration\n\n> Fortunato et al., ICLR 2018\n\n## Overview\nParametric noise in the weights drives exploration 🎲.\n\n## Main Problems to Solve\nε-greedy explores badly.\n\n## Main Innovations\nNoisy linear layers learnt by gradient descent.\n\n## Main Results\nBetter on 57 Atari games.\n",
        expect![[r#"
            single heading "Noisy Networks for Exploration" by - | header 1:14-1:44
              summary "Overview" h2 @5:4
              purpose "Main Problems to Solve" h2 @8:4
              novelty "Main Innovations" h2 @11:4
              method "Main Innovations" h2 inferred @11:4
              experiment "Main Results" h2 @14:4
        "#]],
    );
    check(
        "lecturasIIC3633-2020/lectura9-1.md",
        "# 📖 Critica: Multi-armed recommender system bandit ensembles\n\n### 📚Introducción:\nLos sistemas recomendadores combinan algoritmos 🤖.\n\n## 🧾 Método de ensamble:\nUn bandido elige el algoritmo en cada paso.\n\n## 💻 Resultados del experimento:\nMejora en MovieLens.\n",
        expect![[r#"
            single heading "Multi-armed recommender system bandit ensembles" by - | header 1:14-1:61
              purpose "📚Introducción:" h3 @3:5
              method "🧾 Método de ensamble:" h2 @6:4
              experiment "💻 Resultados del experimento:" h2 @9:4
        "#]],
    );
    check(
        "PaperNotes/conference/osdi/park.md",
        "# Contextual Concurrency Control\n\n作者：Sujin Park, Diyu Zhou\n\n- 核心问题：内核同步原语并不对程序开发者开放 🔒。\n- 方案：提出workload-specific和hardware-aware的内核锁。\n- 实验结果：吞吐提升 2 倍。\n",
        expect![[r#"
            single heading "Contextual Concurrency Control" by - | header 1:3-1:33
              purpose "核心问题" line-start @5:3
              method "方案" line-start @6:3
              experiment "实验结果" line-start @7:3
        "#]],
    );
}

/// Two papers' headings side by side, each over its own link (`###
/// How to train your MAML` and `### Probabilistic Model-Agnostic
/// Meta-Learning`, each over `[link](https://arxiv.org/…)`), are a list, not
/// one paper's note; a title quoted after `Zero Knowledge Notes on` is the
/// quoted one; a note in a `Fichamentos/` folder is a paper's record.
#[test]
fn two_linked_papers_a_quoted_title_and_a_fichamento() {
    assert_eq!(
        render(
            "Papers/domain_gap/misc.md",
            "### How to train your MAML \n[link](https://arxiv.org/pdf/1810.09502.pdf)\n\n#### Intro \n\n---\n\n### Probabilistic Model-Agnostic Meta-Learning\n[link](https://arxiv.org/pdf/1806.02817.pdf)\n\n**very theory-guided & math-heavy** 🧮\n\n#### Intro \n\n- sample models for a new task from a model distribution\n- reframing MAML as a graphical model inference problem\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
    check(
        "dpitt.me/forest/dsp-2P7F.md",
        "---\ntitle: Zero Knowledge Notes on \"Attention is All You Need\"\ntags: ml, ai, math, paper, transformers\n---\n\nThe paper's primary contribution is the transformer 🤖.\n\n## Motivation\nRecurrence is slow to train.\n\n## Architecture\nSelf-attention, stacked.\n\n## Results\nBLEU 28.4 on WMT 2014 English-German.\n",
        expect![[r#"
            single front-matter "Attention is All You Need" by - | header 2:33-2:58
              purpose "Motivation" h2 @8:4
              method "Architecture" h2 @11:4
              experiment "Results" h2 @14:4
        "#]],
    );
    check(
        "fichamento_tcc1/Fichamentos/Six_Learning_Barriers_End-User_Programming_Systems.md",
        "# Six Learning Barriers in End-User Programming Systems\n\n--\n\n## Fichamento de conteúdo\n\nO projeto é uma pesquisa na área de engenharia de software. Este artigo possui como objetivo descobrir as barreiras que os usuários finais de programas possuem 📚. Neste estudo, através de observação, os autores identificaram seis barreiras de aprendizado.\n\n## Citações\n\n\"Learning barriers\" — p. 2.\n",
        expect![[r#"
            single heading "Six Learning Barriers in End-User Programming Systems" by - | header 1:3-1:56
              summary "Fichamento de conteúdo" h2 @5:4
        "#]],
    );
}

/// A course template's hint in brackets after each label (`### What is
/// the Problem? [Good papers generally solve *a single* problem]`, `###
/// Key Insights [Up to 2 insights]`) is no part of the label; `# Meta
/// Information` over the paper's fields is not its title.
#[test]
fn a_templates_bracketed_hint_and_a_metadata_heading() {
    check(
        "EECS582/Spectre-Attacks-Exploiting-Speculative-Execution.md",
        "# [Spectre Attacks: Exploiting Speculative Execution](https://spectreattack.com/spectre.pdf)\n\n###### Paul Kocher, Jann Horn, Anders Fogh\n\n### What is the Problem? [Good papers generally solve *a single* problem]\nSpeculative execution leaks secrets 🔓.\n\n### Summary [Up to 3 sentences]\nBranch mistraining reads other processes' memory.\n\n### Key Insights [Up to 2 insights]\nThe cache keeps what speculation touched.\n\n### Summary of Key Results [Up to 3 results]\nAttacks work on Intel, AMD and ARM.\n\n### \\[Results\\]\nSpectre v1 and v2 both leak.\n",
        expect![[r#"
            single heading "Spectre Attacks: Exploiting Speculative Execution" by - | header 1:4-1:53
              purpose "What is the Problem? [Good papers generally solve *a single* problem]" h3 @5:5
              summary "Summary [Up to 3 sentences]" h3 @8:5
              method "Key Insights [Up to 2 insights]" h3 inferred @11:5
              experiment "Summary of Key Results [Up to 3 results]" h3 @14:5
              experiment "\\[Results\\]" h3 @17:5
        "#]],
    );
    check(
        "understanding/machine-learning/2016/gaussian-error-linear-units-(gelus).md",
        "# Meta Information\n\n- URL: [Gaussian Error Linear Units (GELUs)](https://arxiv.org/abs/1606.08415)\n- Authors: Dan Hendrycks, Kevin Gimpel\n\n# Gaussian Error Linear Units (GELUs)\n\n## Overview\nAn activation weighting inputs by their value 📈.\n\n## Motivation\nDropout and ReLU, joined.\n\n## Algorithm\nx·Φ(x).\n\n## Experiments\nBetter than ReLU on MNIST and CIFAR.\n",
        expect![[r#"
            single heading "Gaussian Error Linear Units (GELUs)" by - | header 6:3-6:38
              summary "Overview" h2 @8:4
              purpose "Motivation" h2 @11:4
              method "Algorithm" h2 @14:4
              experiment "Experiments" h2 @17:4
        "#]],
    );
}

/// `ViT精读` (close reading) glued to the name, `TFix- Automatic …` (a
/// colon a file name could not hold) and `Paper pdf:
/// http://…/papers/ICDCS19.pdf` (an address's words name no papers); a
/// post that puts a model to work in a framework (`… LeNet5 及
/// TensorFlow 实战`) is a tutorial.
#[test]
fn reading_words_a_refused_colon_an_address_and_a_tutorial() {
    check(
        "LLM_NLP_learning/ViT精读.md",
        "0.摘要\n\n## 1.引言\nTransformer 在 NLP 中很成功 🚀。\n\n## 3.方法\n把图像切成 16x16 的块。\n\n## 4.实验\nImageNet 上 88.5%。\n",
        expect![[r#"
            single file-name "ViT" by - | header 1:1-1:5
              purpose "1.引言" h2 @3:4
              method "3.方法" h2 @6:4
              experiment "4.实验" h2 @9:4
        "#]],
    );
    check(
        "paper-reading-notes/timeout_bug/TFix- Automatic Timeout Bug Fixing in Production Server Systems.md",
        "### Paper pdf: http://dance.csc.ncsu.edu/papers/ICDCS19.pdf\n\n### Motivation:\n\nThis paper is a continuous work on the timeout bug ⏱️. The first two papers studied timeout bugs and detected them; this one fixes them.\n\n### Main work:\n\nThis paper proposes a timeout bug fixing tool called TFix, in five components.\n",
        expect![[r#"
            single file-name "TFix: Automatic Timeout Bug Fixing in Production Server Systems" by - | header 1:1-1:60
              purpose "Motivation:" h3 @3:5
              method "Main work:" h3 inferred @7:5
        "#]],
    );
    assert_eq!(
        render(
            "setezzy.github.io/source/_posts/LeNet5.md",
            "---\ntitle: 卷积神经网络 LeNet5 及 TensorFlow 实战\ntags: [深度学习]\n---\n\nLeNet5 是 Yann LeCun 在 1998 年提出的网络 🧠。这篇文章介绍论文中的网络结构，并用 TensorFlow 一步一步实现它，最后在 MNIST 上训练和测试。\n\n## 定义网络结构\n两个卷积层，三个全连接层。\n\n## 实验结果\n测试准确率 99%。\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// A folder named with its paper's title is no folder of the writer's
/// own experiments, though `experiment` is its last word.
#[test]
fn a_papers_title_folder_is_no_own_work_folder() {
    check(
        "lit-notes/heat-transfer/thermal-regime-submarine-hv-cable-experiment/thermal-regime-submarine-hv-cable-experiment.md",
        "## The thermal regime around buried submarine high-voltage cables\n\n> Emeana et al. (2016), Geophysical Journal International\n\n### Research questions\nHow does heat from a buried cable move through the seabed 🌊?\n\n### Main findings\nConvection dominates in coarse sediment.\n",
        expect![[r#"
            single heading "The thermal regime around buried submarine high-voltage cables" by - | header 1:4-1:66
              purpose "Research questions" h3 @5:5
              experiment "Main findings" h3 @8:5
        "#]],
    );
}

/// How the work did, asked (`How success is measured`, `How does it
/// perform?`), names the experiments; so do a Chinese note's metrics
/// (`评价指标`), and the model's diagram (`模型图`) its method.
#[test]
fn performance_questions_metrics_and_a_models_diagram() {
    check(
        "paper-notes/instructgpt/notes.md",
        "# Training Language Models to Follow Instructions with Human Feedback (InstructGPT) — Analysis\r\n\r\n## 🔥 THE CORE PROBLEM\r\nNext-token prediction is misaligned with what users want.\r\n\r\n## 🧪 HOW SUCCESS IS MEASURED\r\nHuman preference ratings on held-out API prompts.\r\n",
        expect![[r#"
            single heading "Training Language Models to Follow Instructions with Human Feedback (InstructGPT)" by - | header 1:3-1:84
              purpose "🔥 THE CORE PROBLEM" h2 @3:4
              experiment "🧪 HOW SUCCESS IS MEASURED" h2 @6:4
        "#]],
    );
    check(
        "papernotes/202009/BST.md",
        "# Behavior Sequence Transformer for E-commerce Recommendation in Alibaba\nkdd 2019 paper [arxiv](https://arxiv.org/pdf/1905.06874.pdf)\n\n## Note\n\n### 模型图\n主要是套了一个 transformer 🤖，序列是用户的点击行为序列。\n\n### 评价指标\nOffline AUC 和 Online CTR。\n\n## How does it perform?\n一层 attention 就已经达到了不错的效果。\n",
        expect![[r#"
            single heading "Behavior Sequence Transformer for E-commerce Recommendation in Alibaba" by - | header 1:3-1:73
              method "模型图" h3 @6:5
              experiment "评价指标" h3 @9:5
              experiment "How does it perform?" h2 @12:4
        "#]],
    );
}

/// A title with the paper's short name after a spaced dash (`… - cGAN`),
/// and a citation's authors and year before it (`Gregor, T., Haluška, J.
/// (2015): …`, `Турдаков, Д. Ю. et al. (2022) …`): the title alone, the
/// year kept.
#[test]
fn a_short_name_after_a_dash_and_a_citations_authors_before() {
    check(
        "100Days-of-ML-paper-reading/Day-2 pix2pix/pix2pix.md",
        "# Image-to-Image Translation with Conditional Adversarial Networks - cGAN\n\n## Problem\nMany problems 🖼️ translate an input image into an output image.\n\n## Method\nA conditional GAN with a U-Net generator.\n",
        expect![[r#"
            single heading "Image-to-Image Translation with Conditional Adversarial Networks" by - | header 1:3-1:67
              purpose "Problem" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "content/ru/blog/2024/gregor-haluska_2015.md",
        "---\r\ntitle: \"Gregor, T., Haluška, J. (2015): Generalizations of einstein numbers by adding new dimensions\"\r\nauthor: [\"Dmitry S. Kulyabov\"]\r\n---\r\n\r\n## Введение\r\nЧисла Эйнштейна 🔢 обобщаются на новые измерения.\r\n\r\n## Метод\r\nКоммутативность и ассоциативность сохраняются.\r\n",
        expect![[r#"
            single front-matter "Generalizations of einstein numbers by adding new dimensions" year=2015 by Dmitry S. Kulyabov | header 2:41-2:101
              purpose "Введение" h2 @6:4
              method "Метод" h2 @9:4
        "#]],
    );
    check(
        "notes/trusted-ai.md",
        "# Турдаков, Д. Ю. et al. (2022) Доверенный искусственный интеллект: вызовы и перспективные решения\n\n## Цель\nЧто такое доверенный ИИ 🤖 и как его проверить.\n\n## Результаты\nОбзор методов и испытаний.\n",
        expect![[r#"
            single heading "Доверенный искусственный интеллект: вызовы и перспективные решения" year=2022 by - | header 1:33-1:99
              purpose "Цель" h2 @3:4
              experiment "Результаты" h2 @6:4
        "#]],
    );
}

/// A Portuguese fichamento's `**Título:**` field under a heading naming
/// the note (`# Fichamento – Lista Base 9`); a Korean post that calls its
/// paper `해당 Paper` in its own prose.
#[test]
fn a_portuguese_title_field_and_korean_prose_on_a_paper() {
    check(
        "TCC-1/Atividade-2/Fichamento-ListaBase9.md",
        "# Fichamento – Lista Base 9\r\n**Título:** A Comparative Evaluation on the Quality of Manual and Automatic Test Case Generation Techniques for Scientific Software  \r\n**Autores:** Daniel Trübenbach\r\n**Ano:** 2022\r\n\r\n## 2. Fichamento de Conteúdo\r\n- **Problema:** Dúvidas sobre a efetividade real da automação 🤖.\r\n- **Metodologia:** Experimento em projeto de software científico em Python.\r\n",
        expect![[r#"
            single field "A Comparative Evaluation on the Quality of Manual and Automatic Test Case Generation Techniques for Scientific Software" by - | header 2:13-2:132
              summary "Fichamento – Lista Base 9" h1 @1:3
              summary "2. Fichamento de Conteúdo" h2 @6:4
              purpose "Problema" bold @7:5
              method "Metodologia" bold @8:5
        "#]],
    );
    check(
        "_posts/2025-04-08-a-brief-survey-of-deep-reinforcement-learning.md",
        "---\nlayout: post\ntitle: A Brief Survey of Deep Reinforcement Learning\ntags: [Reinforcement Learning, Survey]\n---\n\n## Abstract\n\n해당 Paper에서는 RL 일반 분야에 대한 소개로 시작하여 🤖 가치 기반 방법과 정책 기반 방법을 서술한다.\n\n## 1. INTRODUCTION\n\nAI 분야의 주요 목표 중 하나는 완전 자율 에이전트를 생산하는 것이다.\n",
        expect![[r#"
            single front-matter "A Brief Survey of Deep Reinforcement Learning" by - | header 3:8-3:53
              summary "Abstract" h2 @7:4
              purpose "1. INTRODUCTION" h2 @11:4
        "#]],
    );
}

/// A French fiche de lecture: `## Références` over the paper's title, its
/// author (with where they work) and its venue; `Contexte scientifique`
/// is the background, and a title ending `and Its Implementation` keeps
/// its last word.
#[test]
fn a_french_fiche_de_lecture() {
    check(
        "fiches-de-lecture-2019/basile/Nadathur01.md",
        "## Références\r\n\r\n* The Metalanguage λProlog and Its Implementation\r\n* Gopalan Nadathur (University of Minnesota)\r\n* International Symposium on Functional and Logic Programming, 2001\r\n\r\n## Résumé\r\n\r\nL'article présente une vue générale du langage λProlog 🐑.\r\n\r\n## Contexte scientifique\r\n\r\nL'article s'inspire des travaux sur l'unification d'ordre supérieur.\r\n",
        expect![[r#"
            single field "The Metalanguage λProlog and Its Implementation" by - | header 3:3-3:50
              summary "Résumé" h2 @7:4
              purpose "Contexte scientifique" h2 @11:4
        "#]],
    );
}

/// Portuguese and Spanish reviews: `RESENHA CRÍTICA DO ARTIGO "…"` and
/// `Resenha: …` name the paper after what the note is; `Ideia central`,
/// `Método propuesto` and `Resultados experimentales` put the noun first.
#[test]
fn portuguese_and_spanish_reviews() {
    check(
        "resenhas/modules/README.md",
        "# RESENHA CRÍTICA DO ARTIGO \"On the Criteria To Be Used in Decomposing Systems into Modules\"\n\n## Ideia central\n\nParnas propõe decompor sistemas ocultando decisões de projeto 🧩.\n\n## Resultados experimentales\n\nDuas modularizações de um sistema KWIC são comparadas.\n",
        expect![[r#"
            single heading "On the Criteria To Be Used in Decomposing Systems into Modules" by - | header 1:30-1:92
              method "Ideia central" h2 @3:4
              experiment "Resultados experimentales" h2 @7:4
        "#]],
    );
    check(
        "resenhas/criteria-for-modularization/criteria_for_modularization.md",
        "# Resenha: On the Criteria To Be Used in Decomposing Systems into Modules\n\n## 1. Introdução\n\nO artigo discute como dividir um sistema em módulos.\n\n## Método propuesto\n\nOcultação de informação.\n",
        expect![[r#"
            single field "On the Criteria To Be Used in Decomposing Systems into Modules" by - | header 1:12-1:74
              purpose "1. Introdução" h2 @3:4
              method "Método propuesto" h2 @7:4
        "#]],
    );
}

/// A Korean subtitle after a dash (`Attention Is All You Need —
/// Transformer의 탄생`), and a folder's README named after its paper that
/// links the note's own further pages: the paper's review, not the
/// folder's index.
#[test]
fn a_korean_subtitle_and_a_papers_readme_with_pages() {
    check(
        "_posts/2026-03-03-attention-is-all-you-need.md",
        "---\ntitle: \"Attention Is All You Need — Transformer의 탄생\"\ndate: 2026-03-03\n---\n\n## 배경\n\nRNN은 순차 계산 때문에 병렬화가 어렵다 🐢. 이 논문은 recurrence 없이 attention만 쓴다.\n\n## 모델 구조\n\nSelf-attention만으로 인코더와 디코더를 쌓는다.\n",
        expect![[r#"
            single front-matter "Attention Is All You Need" by - | header 2:9-2:34
              purpose "배경" h2 @6:4
              method "모델 구조" h2 @10:4
        "#]],
    );
    check(
        "papers/nlp-llms/attention-is-all-you-need/README.md",
        "# Attention Is All You Need\n\n| Item | Details |\n| --- | --- |\n| **Authors** | Ashish Vaswani, Noam Shazeer, Niki Parmar |\n| **Venue** | NeurIPS 2017 |\n\n## The One-Line Idea\n\nReplace recurrence with stacked attention blocks 🚀.\n\n## Study Path\n\n1. [Multi-head attention](multi-head-attention.md)\n2. [Positional encoding](positional-encoding.md)\n3. [Layer normalization](layer-normalization.md)\n\n## Limitations\n\nQuadratic cost in the sequence length.\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              method "The One-Line Idea" h2 @8:4
              limitations "Limitations" h2 @18:4
        "#]],
    );
}

/// A Spanish course's reading (`Lectura: …`) with its reference's
/// authors after the title; a Portuguese review whose first heading says
/// what it is (`# Resenha do Artigo`) over the paper's title, whose prose
/// speaks of `o artigo`; a file named as a list of papers.
#[test]
fn a_spanish_reading_a_portuguese_review_and_a_paper_list() {
    check(
        "lecturasIIC3633-2020/lectura4-1.md",
        "# Lectura: Content-based recommendation systems. Pazzani, M. J., & Billsus, D.\r\n\r\nEl artículo describe cómo recomendar ítems según su contenido 📚: primero distingue los datos estructurados, tablas con atributos bien definidos, de los no estructurados, descripciones de texto sin atributos claros. Luego propone darles una estructura y discute sus limitaciones frente al filtrado colaborativo en la práctica.\r\n",
        expect![[r#"
            single heading "Content-based recommendation systems" by - | header 1:12-1:48
        "#]],
    );
    check(
        "M7T2-ATIVIDADES/PONDERADA-5-PROG/readme.md",
        "# Resenha do Artigo\n## Machine learning for internet of things data analysis: a survey\n\n### Sumarização\nO artigo trata 3 aspectos elementares do processamento de dados de IoT 🌐 e dos algoritmos de aprendizado de máquina.\n\n### Contribuição\nO artigo relaciona-se com o projeto atual de manutenção preditiva.\n",
        expect![[r#"
            single heading "Machine learning for internet of things data analysis: a survey" by - | header 2:4-2:67
              summary "Sumarização" h3 @4:5
              novelty "Contribuição" h3 @7:5
              method "Contribuição" h3 inferred @7:5
        "#]],
    );
    assert_eq!(
        render(
            "Blog/Paper_review/paper_list.md",
            "# YOLOv4\n\n- Densely Connected Convolutional Networks - 네트워크의 선행 계층이 후행의 모든 계층에 연결된 구조.\n- CSPNet: A New Backbone that can Enhance Learning Capability of CNN - Cross Stage Partial Network.\n- YOLOv4: Optimal Speed and Accuracy of Object Detection - YOLOv3에 여러 기법을 적용한 Technical Report 🚀.\n\n## Method\n\nCSPDarknet53 backbone.\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// A Spanish course's critiques: `Comentario: "…"` before the title and
/// `: Crítica y Análisis` after it, `**Autor:**` the note's writer, `Este
/// paper` in its prose; a Portuguese review's first line, `Resenha crítica:
/// …`, names the paper, and an assignment's `Artigo de referência:` does
/// where its checklist's sentence after `Resenha Crítica:` does not.
#[test]
fn spanish_critiques_and_portuguese_review_lines() {
    check(
        "lecturasIIC3633-2020/lecturas/semana 1/lectura-1-1.md",
        "# Item-Based Collaborative Filtering Recommendation Algorithms: Crítica y Análisis\n\n**Autor:** Vicente Aguilera Yévenes\n\nEste paper introduce una variante de Collaborative Filtering 🎬 para recomendaciones personalizadas, donde las predicciones se basan en la relación item-item y no en la relación user-item.\n\nLa razón de buscar nuevas alternativas es el desempeño: la cantidad de usuarios crece sostenidamente, y con ella la complejidad de los algoritmos basados en vecindarios de usuarios.\n",
        expect![[r#"
            single heading "Item-Based Collaborative Filtering Recommendation Algorithms" by Vicente Aguilera Yévenes | header 1:3-1:63
        "#]],
    );
    check(
        "lecturasIIC3633-2020/lecturas/lectura10-1.md",
        "# Comentario: \"Deep Learning based Recommender System: A Survey and New Perspectives\"\n\n## Resumen\n\nEl artículo revisa los sistemas recomendadores basados en deep learning 🤖.\n",
        expect![[r#"
            single heading "Deep Learning based Recommender System: A Survey and New Perspectives" by - | header 1:16-1:85
              summary "Resumen" h2 @3:4
        "#]],
    );
    check(
        "resenhas-arquitetura-de-software/artigo-03-no-silver-bullet/resenha.md",
        "Resenha crítica: Não Há Bala de Prata — Essência e Acidentes da Engenharia de Software (Brooks, 1987)\r\n\r\nO artigo de Frederick P. Brooks Jr. parte de uma metáfora forte 🐺: o projeto de software pode parecer inofensivo até virar monstro de prazos estourados.\r\n\r\nBrooks argumenta que nenhuma invenção isolada, em tecnologia ou gestão, promete ganho de uma ordem de grandeza em produtividade, confiabilidade ou simplicidade; o progresso real exige esforço disciplinado e contínuo.\r\n",
        expect![[r#"
            single field "Não Há Bala de Prata — Essência e Acidentes da Engenharia de Software" by - | header 1:18-1:87
        "#]],
    );
    check(
        "modulo_7/ponderadas/ponderada_5/README.md",
        "# Atividade 5: Resenha sobre artigo\n\nArtigo de referência: [Machine learning for internet of things data analysis: a survey](https://www.sciencedirect.com/science/article/pii/S235286481730247X)\n\n## Padrão de qualidade\n- ✅ Resenha Crítica: desenvolvimento de uma resenha crítica sobre o artigo, apresentando os pontos positivos e negativos.\n\n## Sumarização\nO artigo trata do processamento de dados de IoT 🌐.\n",
        expect![[r#"
            single field "Machine learning for internet of things data analysis: a survey" by - | header 3:24-3:87
              summary "Sumarização" h2 @8:4
        "#]],
    );
}

/// A template's guidance in parentheses, its instructions to the writer
/// (`💡 Describe the methodology used in this paper`), and its bold fields
/// with nothing or guidance after them, are no content: such a part is
/// empty.
#[test]
fn a_templates_guidance_is_no_content() {
    for (content, vacant) in [
        (
            "> (Summarize the paper's core problem in one sentence.)\r\n>\r\n",
            true,
        ),
        ("> 분류기 없이 guidance를 얻는다 🎯.\n", false),
        ("- (List the author's 2-3 main contributions.)\n- \n", true),
        (
            "- **Dataset / Environment:** (Dataset or simulation environment used.)\r\n- **Key Metrics:**\r\n",
            true,
        ),
        (
            "- **Proposed Method:** - (For example: a VLM-based approach, or a PINN's loss.)\n    - (Attach a key equation 🧮 if it helps.)\n",
            true,
        ),
        ("\r\nPlaceholder\r\n", true),
        ("- **Dataset:** ImageNet 🖼️, COCO\n", false),
        ("- **Method:** - 차원을 줄인다 (PCA).\n", false),
        ("(2017)\n", false),
        ("(see Figure 3) The loss drops.\n", false),
        ("💡 Describe the methodology used in this paper\r\n", true),
        ("Write a brief summary of this paper here\n", true),
        (
            "Describe how the encoder works: it stacks six layers 🧱.\n",
            false,
        ),
        ("List of datasets: ImageNet, COCO\n", false),
    ] {
        assert_eq!(review_syntax::is_vacant(content), vacant, "{content:?}");
    }
}

/// `笔记` glued to a file's name says what the note is (`OctConv笔记.md`);
/// a paper's title in a file's name is no template's name, though it says
/// `Example` and `Note` (`… Zero-Example Video Retrieval Note.md`).
#[test]
fn notes_glued_to_a_name_and_a_title_that_says_example() {
    check(
        "PaperReading/OctConv笔记.md",
        "## 动机\n自然图像可以分解为低频和高频两部分 🖼️，低频部分存在空间冗余。\n\n## 方法\n把特征图分成高频和低频两组，低频组分辨率减半。\n\n## 实验\nImageNet 上 FLOPs 降低，精度提升。\n",
        expect![[r#"
            single file-name "OctConv" by - | header 1:1-1:6
              purpose "动机" h2 @1:4
              method "方法" h2 @4:4
              experiment "实验" h2 @7:4
        "#]],
    );
    check(
        "PaperReading/Dual Encoding for Zero-Example Video Retrieval Note.md",
        "# Dual Encoding for Zero-Example Video Retrieval\r\n\r\nZero-example video retrieval：文本搜无标签视频 🎬，输入只提供文本不提供视频样本。\r\n\r\nThis paper proposes a dual deep encoding network that encodes videos and queries into powerful dense representations of their own.\r\n\r\n## 背景\r\n跨模态匹配需要 sequence-to-sequence 模型。\r\n",
        expect![[r#"
            single heading "Dual Encoding for Zero-Example Video Retrieval" by - | header 1:3-1:49
              purpose "背景" h2 @7:4
        "#]],
    );
}

/// A README titled `Paper Review Notes` over the template every note
/// follows (its parts filled with what to write) is the notes' README, not
/// a review.
#[test]
fn a_readme_titled_paper_review_notes() {
    assert_eq!(
        render(
            "paper_reading_note/README.MD",
            "# Paper Review Notes\n\n论文阅读笔记，用下面的模板 📝。\n\n## 研究背景与动机 (Motivation)\n这篇论文要解决什么问题？已有方法的局限是什么？\n\n## 方法 (Method)\n作者提出了什么模型？核心思想是什么？\n\n## 实验 (Experiments)\n在哪些数据集上验证？结果如何？\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// An Obsidian template left as it was: its front matter's keys blank
/// (`authors:`, `venue:`), its parts holding only their guidance in
/// parentheses (after a list marker, in a quote, after a bold field). Not
/// a review, though it is tagged `paper` and titled like its file.
#[test]
fn a_template_with_blank_keys_and_guidance_is_no_review() {
    assert_eq!(
        render(
            "vault/Paper Ex.md",
            "---\r\naliases: []\r\ntags:\r\n  - paper\r\nauthors:\r\nsource_pdf_link: \"\"\r\nyear:\r\nvenue:\r\n---\r\n# Paper Ex\r\n\r\n## 🎯 One-Sentence Summary\r\n> (Summarize the paper's core problem and main proposal in one sentence.)\r\n\r\n## 💡 Key Contributions\r\n- (List the author's 2-3 main contributions.)\r\n- \r\n\r\n## ⚙️ Methodology & Architecture\r\n- **Problem Statement:** (What limitation or gap is this paper trying to overcome?)\r\n- **Proposed Method:** - (For example: a VLM-based approach to cognitive data processing, or the loss-function design of a PINN.)\r\n    - (Attach a key equation or algorithm-flow screenshot if it helps.)\r\n\r\n## 📊 Results & Performance\r\n- **Dataset / Environment:** (Dataset or simulation environment used in the experiments.)\r\n- **Key Metrics:** (Performance improvements compared with prior models or baselines.)\r\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
    // Filled in, the same template is a review.
    check(
        "vault/Paper Ex.md",
        "---\r\ntags:\r\n  - paper\r\nauthors:\r\n  - Jonathan Ho\r\nyear: 2022\r\n---\r\n# Classifier-Free Diffusion Guidance\r\n\r\n## 🎯 One-Sentence Summary\r\n> 분류기 없이 조건부와 무조건부 score를 섞어 guidance를 얻는다.\r\n\r\n## ⚙️ Methodology & Architecture\r\n- **Problem Statement:** 분류기 guidance는 별도의 분류기가 필요하다.\r\n- **Proposed Method:** 조건을 무작위로 빼고 한 네트워크로 학습한다.\r\n",
        expect![[r#"
            single heading "Classifier-Free Diffusion Guidance" by - | header 8:3-8:37
              summary "🎯 One-Sentence Summary" h2 @10:4
              method "⚙\u{fe0f} Methodology & Architecture" h2 @13:4
              purpose "Problem Statement" bold @14:5
              method "Proposed Method" bold @15:5
        "#]],
    );
}

/// A Japanese template's title field left blank (`# 論文名` over `### 著者`)
/// over parts written in: the note was begun, and its file names the paper.
#[test]
fn a_blank_title_field_over_written_parts() {
    check(
        "CVPR2018/Anticipating-Traffic-Accidents-with-Adaptive-Loss.md",
        "# 論文名\n### 著者\nTomoyuki Suzuki, Hirokatsu Kataoka\n### 学会名/ジャーナル名\nCVPR 2018\n\n## 概要\n交通事故を予知するための新しいアプローチを提案する 🚗。\n## 新規性・結果・なぜ通ったか\nリスク予測の最高得点（mAPで6.6％改善）。\n## 先行研究と比べてどこがすごい？\n事前に事故を回避できるという点に有意性がある。\n## 技術や手法のキモはどこ？\n",
        expect![[r#"
            single file-name "Anticipating Traffic Accidents with Adaptive Loss" by - | header 1:1-1:6
              summary "概要" h2 @7:4
              novelty "新規性・結果・なぜ通ったか" h2 @9:4
              experiment "新規性・結果・なぜ通ったか" h2 @9:4
              novelty "先行研究と比べてどこがすごい？" h2 @11:4
              method "技術や手法のキモはどこ？" h2 @13:4
        "#]],
    );
}

/// A heading naming the topic over the paper's reference, quoted:
/// the reference's title (`# Diffusion Tensor Imaging (DTI)` over `>
/// Basser, P. J., … (1994). MR diffusion tensor spectroscopy and imaging.
/// *Biophysical Journal*, …`).
#[test]
fn a_topic_heading_over_the_papers_reference() {
    check(
        "paper-reading-notes/diffusion-mri/basser1994-dti.md",
        "# Diffusion Tensor Imaging (DTI) 🧠\r\n\r\n> Basser, P. J., Mattiello, J., & LeBihan, D. (1994). MR diffusion tensor spectroscopy and imaging. *Biophysical Journal*, 66(1), 259–267.\r\n\r\n## Summary\r\n\r\nThis foundational paper introduces the diffusion tensor model for water diffusion in tissue.\r\n\r\n## Methods\r\n\r\n확산 강조 영상을 6방향 이상에서 얻는다.\r\n",
        expect![[r#"
            single field "MR diffusion tensor spectroscopy and imaging" by - | header 3:55-3:99
              summary "Summary" h2 @5:4
              method "Methods" h2 @9:4
        "#]],
    );
}

/// A README titled for the notes it keeps (`# Paper Reading Log`) is their
/// index, though it says how to add one (`## 如何添加记录`) and draws its
/// folders (`## 目录结构`, a structure).
#[test]
fn a_readme_titled_paper_reading_log() {
    assert_eq!(
        render(
            "paper-reading-log/README.md",
            "# Paper Reading Log\n\n记录每天阅读的论文，以及值得回看的想法、问题和结论 📚。\n\n## 阅读记录\n\n| 日期 | 论文 | 标签 | 一句话总结 |\n| --- | --- | --- | --- |\n| — | 还没有记录 | — | 从 `templates/paper-note.md` 复制一份开始记录 |\n\n## 如何添加记录\n\n1. 复制 [`templates/paper-note.md`](templates/paper-note.md)。\n2. 将副本保存到对应年份目录，例如 `notes/2026/2026-10-04-paper-title.md`。\n3. 填写论文信息和阅读笔记。\n\n## 目录结构\n\n```text\npaper-reading-log/\n├── README.md\n└── templates/\n    └── paper-note.md\n```\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// A course's template of questions, each quoted alone over its answer
/// (`> What is the problem the authors are trying to solve?`), labels the
/// parts; the reader's own quoted musing does not (`> 🧐 … 방법은
/// 무엇일까?`, `> 这样为什么效果好？？？`).
#[test]
fn quoted_template_questions_label_the_parts() {
    check(
        "readings/by-course/cmps229/2019.04.16.wafl.review.md",
        "# File System Design for an NFS File Server Appliance\r\n\r\n> What is the problem the authors are trying to solve?\r\n\r\nNFS 서버의 쓰기 성능 📉이 RAID의 read-modify-write에 묶여 있다.\r\n\r\n> What is the authors' approach or solution?\r\n\r\nNVRAM and shallow snapshots, co-designed with the hardware.\r\n\r\n> How does it perform?\r\n\r\nBetter than the Auspex server on the SPEC SFS benchmark.\r\n",
        expect![[r#"
            single heading "File System Design for an NFS File Server Appliance" by - | header 1:3-1:54
              purpose "What is the problem the authors are trying to solve?" line-start @3:3
              method "What is the authors' approach or solution?" line-start @7:3
              experiment "How does it perform?" line-start @11:3
        "#]],
    );
    check(
        "paper-notes/srcnn.md",
        "# Image Super-Resolution Using Deep Convolutional Networks\n\n## Problem\n\n저해상도 영상을 복원한다.\n\n> 🧐 input의 크기는 48x48 인데, 224x224 를 얻는 방법은 무엇일까?\n\n크기를 먼저 bicubic으로 키운다.\n\n## Experiments\n\nSet5에서 PSNR 향상 📈.\n",
        expect![[r#"
            single heading "Image Super-Resolution Using Deep Convolutional Networks" by - | header 1:3-1:59
              purpose "Problem" h2 @3:4
              experiment "Experiments" h2 @11:4
        "#]],
    );
}

/// A course's readings (`lecturas/`, `lectura5-2.md`): a paragraph or two
/// under the paper's title is a review, as in any folder of paper notes.
#[test]
fn a_courses_readings_folder_holds_reviews() {
    check(
        "IIC3633-2020/Lecturas/lectura2-1.md",
        "## Collaborative Filtering for Implicit Feedback Datasets\n#### Diego Cartagena Herrera\n\nMe pareció un paper muy interesante 👍, dado que es un enfoque completamente contrario a lo que es Collaborative Filtering para Explicit Feedback. Está muy bien explicado las diferencias entre implicit y explicit feedback.\n\nSin embargo, en la sección 4 (Our Model) se pierde ese nivel de explicación detallada que tenía el paper en las secciones anteriores.\n",
        expect![[r#"
            single heading "Collaborative Filtering for Implicit Feedback Datasets" by - | header 1:4-1:58
        "#]],
    );
}

/// Titles: a bold venue tag and a linked title with its short name after
/// a colon (`**[ICLR 2022]** [Handling …](url) : EERM`); `Notes on the
/// paper: <br>` before a title; a venue and year after a dash, the title's
/// own commas kept.
#[test]
fn a_bold_tag_a_linked_title_and_notes_on_the_paper() {
    check(
        "all_notes/EERM.md",
        "### **[ICLR 2022]** [Handling Distribution Shifts on Graphs: An Invariance Perspective](https://openreview.net/forum?id=FQOC5u-1egI) : EERM\r\n\r\nnode-level task，**分类每一个node。** 🧩\r\n\r\n## Motivation\r\n\r\n只有一个graph，一个domain。\r\n",
        expect![[r#"
            single heading "Handling Distribution Shifts on Graphs: An Invariance Perspective" venue="ICLR" year=2022 by - | header 1:22-1:87
              purpose "Motivation" h2 @5:4
        "#]],
    );
    check(
        "DL-Paper-Notes/A Closer Look at Memorization in Deep Networks.md",
        "# Notes on the paper: <br> A Closer Look at Memorization in Deep Learning\n\n# Abstract\n\nDeep networks 🧠 learn simple patterns first, then memorise noise.\n\n# Experiments\n\nRandom labels on CIFAR-10.\n",
        expect![[r#"
            single heading "A Closer Look at Memorization in Deep Learning" by - | header 1:28-1:74
              summary "Abstract" h1 @3:3
              experiment "Experiments" h1 @7:3
        "#]],
    );
    check(
        "Human_Motion/MultiView/202505_HSfM.md",
        "# Reconstructing People, Places, and Cameras - CVPR 2025\n\n> **Paper**: [arXiv:2412.17806](https://arxiv.org/abs/2412.17806)\n\n### 一、引言与核心问题\n\n多视角下人、场景与相机的联合重建 📷。\n",
        expect![[r#"
            single heading "Reconstructing People, Places, and Cameras" venue="CVPR" year=2025 by - | header 1:3-1:45
              purpose "一、引言与核心问题" h3 @5:5
        "#]],
    );
}

/// A field naming a paper in the note's text, paragraphs and parts down
/// (`论文：”A distributed block coordinate descent method …“` under a
/// third heading), cites another paper: the title is the heading's.
#[test]
fn a_field_deep_in_the_text_cites_another_paper() {
    check(
        "纵向联邦/FedBCD/FedBCD.md",
        "# FedBCD: A Communication-Efficient Collaborative Learning Framework for Distributed Features\n\n当使用小批量梯度下降的时候，训练一个模型可能需要几千甚至几万轮迭代，这个时候就会产生大量的通信开销，Fedavg可以让每个客户端在本地训练多轮来减少通信开销。在纵向联邦上执行这种局部更新策略是否可行尚不清楚。\n\n**主要贡献：**本文提出了一种用于分布式特征的协作学习框架，称为联邦随机块坐标下降（FedBCD），其中各方在每次通信期间仅共享模型参数和每个样本的原始数据的内积，并且可以连续执行局部模型更新 📡。\n\n## 块坐标下降\n\n### 坐标下降法\n\n坐标下降法是一种非梯度的优化方法，和梯度下降方法不同，它在每次迭代中沿一个坐标方向搜索，通过循环使用不同的坐标方向来达到目标函数的局部极小值。\n\n## 分布式块坐标下降\n\n论文：”A distributed block coordinate descent method for training l1regularized linear classifiers“\n\n适用于L1正则化分类器并行训练的分布式块坐标下降。\n",
        expect![[r#"
            single heading "FedBCD: A Communication-Efficient Collaborative Learning Framework for Distributed Features" by - | header 1:3-1:94
              novelty "主要贡献" bold @5:3
              method "主要贡献" bold inferred @5:3
        "#]],
    );
}

/// A README titled as the notes' table of contents (`# 论文阅读目录`) is
/// their index.
#[test]
fn a_readme_titled_as_the_notes_contents() {
    assert_eq!(
        render(
            "My_Paper-Reading-Notes/README.md",
            "# 论文阅读目录\n\n## 纵向联邦\n\nFedBCD: A Communication-Efficient Collaborative Learning Framework for Distributed Features：联邦随机块坐标下降算法，减少通信开销 📡\n\nTowards Communication-efficient Vertical Federated Learning Training via Cache-enabled Local Updates：提出了CELU-VFL，高效通信\n\nVertical Federated Knowledge Transfer via Representation Distillation for Healthcare Collaboration Networks： VFedTrans\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// Titles: a year and a venue's name before the title, each before a dash
/// (`2013 - FMCAD - Syntax-Guided Synthesis`); a short name over its
/// citation with the whole title in quotes (`## Dropout` over
/// `**Authors**: …, "Dropout: A Simple Way …", JMLR 2014`), not over prose
/// that names it in passing.
#[test]
fn a_year_and_venue_before_a_dash_and_a_quoted_title_under_a_short_name() {
    check(
        "prog_syn_survey/2013 - FMCAD - Syntax-Guided Synthesis.md",
        "# 2013 - FMCAD - Syntax-Guided Synthesis\n\n## problem formulation\n\n给定语法和规约，合成满足规约的程序 🧩。\n",
        expect![[r#"
            single heading "Syntax-Guided Synthesis" venue="FMCAD" year=2013 by - | header 1:18-1:41
              purpose "problem formulation" h2 @3:4
        "#]],
    );
    check(
        "research-paper-notes/dropout.md",
        "## Dropout\r\n\r\n**Authors**: Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky, Ilya Sutskever and Ruslan Salakhutdinov, \"Dropout: A Simple Way to Prevent Neural Networks from Overfitting\", JMLR 2014\r\n\r\n### Problem Setting\r\n\r\n과적합 😵 of large networks.\r\n",
        expect![[r#"
            single field "Dropout: A Simple Way to Prevent Neural Networks from Overfitting" by - | header 3:109-3:174
              purpose "Problem Setting" h3 @5:5
        "#]],
    );
    check(
        "2021-fall-paper-review/cvpr-2017-mobilenet-eng.md",
        "# MobileNet [Eng]\n\nThis article will break the idea and the results showed in the paper titled “MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications” in simple words 📱.\n\n# I. Problem Definition:\n\nSmall models for phones.\n",
        expect![[r#"
            single heading "MobileNet" by - | header 1:3-1:12
              purpose "I. Problem Definition:" h1 @5:3
        "#]],
    );
}

/// A draft whose parts all say what is still to write (`TODO：补充研究背景与
/// 动机。`) is no review, whatever its front matter; nor is a README titled
/// for its notes and their language (`# Paper Notes CN`).
#[test]
fn a_draft_of_todos_and_a_readme_titled_with_its_language() {
    assert_eq!(
        render(
            "paper-notes-cn/drafts/2026-03-12_2603.11940v1.md",
            "---\ntitle: \"Exhaustive Circuit Mapping of a Single-Cell Foundation Model Reveals Massive Redundancy\"\narxiv_id: 2603.11940v1\npdf_url: https://arxiv.org/pdf/2603.11940v1\nauthors:\n  - Ihor Kendiukhov\n---\n\n## 论文一句话\nTODO：用一句话概括这篇论文的核心贡献 ✍️。\n\n## 研究背景与动机\nTODO：补充研究背景与动机。\n\n## 核心方法与实验\nTODO：概述方法与关键实验设计。\n\n## 主要结论与贡献\nTODO：概括主要发现与贡献。\n\n## 局限与后续工作\nTODO：指出局限与可能的后续方向。\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
    assert_eq!(
        render(
            "paper-notes-cn/README.md",
            "# Paper Notes CN\n\n从 arXiv 论文筛选结果自动生成中文解读草稿，并将草稿存档到 Git 仓库 📦。\n\n## 目录结构\n\n- `data/`: 输入数据（arxiv 过滤结果）\n- `drafts/`: 生成的中文解读草稿（Markdown）\n\n## 快速开始\n\n1) 准备筛选结果（来自上一步脚本）\n\n```bash\ncp data/arxiv_filtered.json paper-notes-cn/data/\n```\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// A heading with the paper's short name in a file named with the short
/// name and the rest of the title: the two joined (`# KVPFormer` in
/// `KVPFormer-A Question-Answering Approach ….md`). A file named only so
/// (`ResNet.md`), or with a word after the name (`ResNet-review.md`), adds
/// nothing.
#[test]
fn a_short_heading_in_a_file_named_with_the_whole_title() {
    check(
        "lzl_notes/KVPFormer-A Question-Answering Approach to Key Value Pair Extraction from Form-like Document Images.md",
        "# KVPFormer\r\n\r\n## 1 背景\r\n\r\n表单图像中的键值对抽取 📄，以往方法依赖实体关系分类。\r\n",
        expect![[r#"
            single heading "KVPFormer: A Question-Answering Approach to Key Value Pair Extraction from Form-like Document Images" by - | header 1:3-1:12
              purpose "1 背景" h2 @3:4
        "#]],
    );
    check(
        "paper-notes/ResNet-review.md",
        "# ResNet\n\n## Problem\n\n깊은 네트워크의 degradation 📉.\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:3-1:9
              purpose "Problem" h2 @3:4
        "#]],
    );
}

/// A title written as a whole reference: opening with its first author and
/// `et al.` (`TYLER, William J., et al. Remote excitation …. PloS one,
/// 2008, …`), or with the reference in parentheses after it (`… Images
/// (Nair, A. A., … (2019, March).)`); the year is kept.
#[test]
fn a_title_written_as_its_reference() {
    check(
        "journal_club/k_sasaoka/Remote excitation of neuronal circuits using LILFU.md",
        "# TYLER, William J., et al. Remote excitation of neuronal circuits using low-intensity, low-frequency ultrasound. PloS one, 2008, 3.10: e3511\r\n\r\n## 先行研究と比べて何がすごい？\r\n\r\n低強度の超音波 🔊 で神経回路を刺激できる。\r\n",
        expect![[r#"
            single heading "Remote excitation of neuronal circuits using low-intensity, low-frequency ultrasound" year=2008 by - | header 1:29-1:113
              novelty "先行研究と比べて何がすごい？" h2 @3:4
              method "先行研究と比べて何がすごい？" h2 inferred @3:4
        "#]],
    );
    check(
        "journal-club/_posts/articles/2017-09-19-loMGT426.md",
        "---\ntitle: \"Eurich DT et al. Risk of heart failure after community acquired pneumonia: Prospective controlled study with 10 years of follow-up. BMJ 2017 Feb 13; 356:j413\"\n---\n\n[Paper](https://doi.org/10.1136/bmj.j413)\n\n## Summary\n\nPneumonia raised the risk of heart failure 💔 over ten years.\n\n## Methods\n\nA prospective cohort of 5,000 adults.\n\n## Results\n\nHeart failure in 11.9% against 7.4% of controls.\n",
        expect![[r#"
            single front-matter "Risk of heart failure after community acquired pneumonia: Prospective controlled study with 10 years of follow-up" year=2017 by - | header 2:26-2:139
              summary "Summary" h2 @7:4
              method "Methods" h2 @11:4
              experiment "Results" h2 @15:4
        "#]],
    );
    check(
        "journal_club/koike/beamforming.md",
        "# A Generative Adversarial Neural Network for Beamforming Ultrasound Images (Nair, A. A., Tran, T. D., Reiter, A., & Bell, M. A. L. (2019, March).)\n\n## 手法\n\nGAN で超音波画像 🩻 を直接生成する。\n",
        expect![[r#"
            single heading "A Generative Adversarial Neural Network for Beamforming Ultrasound Images" year=2019 by - | header 1:3-1:76
              method "手法" h2 @3:4
        "#]],
    );
}

/// A heading that cites its whole title with the year (`# Biases in, and
/// corrections to, KSB shear measurements. Viola et al, 2010`) is not
/// replaced by a plain line under it that stands over a link.
#[test]
fn a_cited_heading_over_a_line_and_a_link() {
    check(
        "Shear-and-PSF-Reading-Group/README.md",
        "# Biases in, and corrections to, KSB shear measurements. Viola et al, 2010\nNotes and tools derived from reading groups sessions\n\n[arxiv link](https://arxiv.org/abs/1006.2470)\n\n## Goals of the Paper\n\n1. Show the theoretical and practical caveats of KSB 🔭.\n\n## Main Results and Conclusion\n\n1. The assumptions in KSB introduce biases.\n",
        expect![[r#"
            single heading "Biases in, and corrections to, KSB shear measurements" year=2010 by - | header 1:3-1:56
              purpose "Goals of the Paper" h2 @6:4
              experiment "Main Results and Conclusion" h2 @10:4
        "#]],
    );
}

/// A paragraph's name in bold with a period, as papers set one
/// (`**Results.** Transductive: Cora 83.0%, …`), labels a part.
#[test]
fn a_run_in_bold_label_with_a_period() {
    check(
        "wiki/pages/gat.md",
        "# Graph Attention Networks\r\n\r\n## Summary\r\n\r\nGAT replaces GCN's degree-normalized aggregation with attention 🎯.\r\n\r\n**Method.** 공유된 단층 네트워크가 각 edge의 attention을 계산한다.\r\n\r\n**Results.** Transductive: Cora 83.0%, Citeseer 72.5%.\r\n\r\n**This is very good.** It works.\r\n",
        expect![[r#"
            single heading "Graph Attention Networks" by - | header 1:3-1:27
              summary "Summary" h2 @3:4
              method "Method" bold @7:3
              experiment "Results" bold @9:3
        "#]],
    );
}

/// A course's chapter notes filed under a `paper` category (`ch0. 서버 개요
/// 및 환경 설정`, `ch1-1. 멀티 쓰레드`) are no reviews.
#[test]
fn chapter_notes_in_a_paper_category() {
    assert_eq!(
        render(
            "_posts/paper/lesson4/2021-01-22-ch1-1.md",
            "---\ntitle:  \"ch1-1. 멀티 쓰레드\"\ncategories:\n  -  paper\ntags:\n  - [Server, CSharp, Network]\n---\n\n인프런 강의를 듣고 정리한 필기입니다. 😀\n\n## 🚀 쓰레드란?\n\n프로세스 안에서 실행되는 흐름의 단위로, 스택을 각자 가지고 힙은 공유한다. 여러 쓰레드가 같은 데이터를 건드리면 경합이 생기므로 lock으로 보호해야 한다.\n\n## 구현\n\nThread 클래스로 쓰레드를 만들고 Join으로 기다린다. ThreadPool은 짧은 작업에 쓴다.\n\n## 결과\n\n두 쓰레드가 동시에 값을 올리면 결과가 매번 달라진다.\n",
            LayoutChoice::Auto
        ),
        "not a review\n"
    );
}

/// A heading with the paper's authors before its title, in a file named
/// with the title alone: the heading's words the file's name holds (`#
/// Scott Satkin, Martial Hebert, 3DNN: Viewpoint Invariant …` in `3DNN
/// Viewpoint Invariant ….md`). A file named otherwise leaves the heading
/// whole.
#[test]
fn authors_before_the_title_in_a_file_named_with_it() {
    check(
        "PaperNotesMarkdown/3DNN Viewpoint Invariant 3D Geometry Matching for Scene Understanding.md",
        "# Scott Satkin, Martial Hebert, 3DNN: Viewpoint Invariant 3D Geometry Matching for Scene Understanding, ICCV 2013\r\n\r\n## Problem\r\n\r\n단일 이미지에서 3D 장면을 이해한다 🏠.\r\n\r\n## Approach\r\n\r\nMatch rendered 3D models against the image from any viewpoint.\r\n",
        expect![[r#"
            single heading "3DNN: Viewpoint Invariant 3D Geometry Matching for Scene Understanding" venue="ICCV" year=2013 by - | header 1:33-1:103
              purpose "Problem" h2 @3:4
              method "Approach" h2 @7:4
        "#]],
    );
    check(
        "PaperNotesMarkdown/3dnn.md",
        "# Scott Satkin, Martial Hebert, 3DNN: Viewpoint Invariant 3D Geometry Matching for Scene Understanding, ICCV 2013\n\n## Problem\n\n단일 이미지에서 3D 장면을 이해한다 🏠.\n",
        expect![[r#"
            single heading "Scott Satkin, Martial Hebert, 3DNN: Viewpoint Invariant 3D Geometry Matching for Scene Understanding" venue="ICCV" year=2013 by - | header 1:3-1:103
              purpose "Problem" h2 @3:4
        "#]],
    );
}

/// A venue with a two-digit year and an award in brackets before the
/// title (`ICLR 17 [best paper]: `, `ICML 19 (Oral) - `) goes, as `CVPR
/// 2018 Best Paper | ` does.
#[test]
fn venue_short_year_and_bracketed_award_before_a_title() {
    check(
        "papers/zhang_iclr_2017.md",
        "# ICLR 17 [best paper]: Understanding Deep Learning Requires Rethinking Generalization\r\n\r\n## 문제 🤔\r\n딥러닝은 왜 일반화하는가.\r\n\r\n## Method\r\nRandom labels.\r\n",
        expect![[r#"
            single heading "Understanding Deep Learning Requires Rethinking Generalization" by - | header 1:25-1:87
              purpose "문제 🤔" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "papers/icml19.md",
        "# ICML 19 (Oral) - Rates of Convergence for Sparse Variational Gaussian Process Regression\n\n## Motivation\nSparse GPs 📉.\n",
        expect![[r#"
            single heading "Rates of Convergence for Sparse Variational Gaussian Process Regression" by - | header 1:20-1:91
              purpose "Motivation" h2 @3:4
        "#]],
    );
}

/// A `## Paper` heading under the note's short name, over the paper's
/// linked title alone, is a title field (`# FaRM` over `## Paper` over
/// `[No compromises: …](…)`); a `## Paper` part with more in it is not.
#[test]
fn a_paper_heading_under_a_short_name_holds_the_title() {
    check(
        "distributed-systems-notes/FaRM.md",
        "# FaRM\r\n\r\n## Paper\r\n\r\n[No compromises: distributed transactions with consistency, availability, and performance](https://dl.acm.org/doi/pdf/10.1145/2815400.2815425)\r\n\r\n## 동기 🚀\r\n\r\nRDMA를 쓰는 트랜잭션.\r\n\r\n## Method\r\n\r\nOne-sided RDMA reads.\r\n",
        expect![[r#"
            single field "No compromises: distributed transactions with consistency, availability, and performance" by - | header 5:2-5:90
              purpose "동기 🚀" h2 @7:4
              method "Method" h2 @11:4
        "#]],
    );
    check(
        "distributed-systems-notes/FaRM.md",
        "# FaRM\n\n## Paper\n\nThe paper is long 📄.\nIt has many parts.\n\n## Motivation\n\nRDMA transactions.\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A course's review template: `### Implementation` (how the system was
/// built) is the method, `### Experimentation` and a systems paper's `##
/// 6. MEASUREMENTS` the experiments, and a medical appraisal's `## The
/// clinical question` the purpose. `## Implementation` over one line with
/// a link to the code names no part, and `Implementation Details` stay the
/// experiments' setup.
#[test]
fn implementation_experimentation_measurements_and_clinical_questions() {
    check(
        "paper-reviews/week_07/01.md",
        "# Digital Radio Signal Cancellation Attacks\r\n\r\n## Paper Summary\r\n신호를 상쇄하는 공격 📡.\r\n\r\n### Implementation\r\nTwo USRP X300 transmitters.\r\n\r\n### Experimentation\r\n30 dB over 25 m.\r\n",
        expect![[r#"
            single heading "Digital Radio Signal Cancellation Attacks" by - | header 1:3-1:44
              summary "Paper Summary" h2 @3:4
              method "Implementation" h3 @6:5
              experiment "Experimentation" h3 @9:5
        "#]],
    );
    check(
        "research/liberty.md",
        "# LIBERTY-CSU CUPID A\n\n## The clinical question\nDoes dupilumab help 💊?\n\n## Study Design\nRandomised trial.\n\n## 6. MEASUREMENTS\nUAS7 at week 24.\n",
        expect![[r#"
            single heading "LIBERTY-CSU CUPID A" by - | header 1:3-1:22
              purpose "The clinical question" h2 @3:4
              method "Study Design" h2 @6:4
              experiment "6. MEASUREMENTS" h2 @9:4
        "#]],
    );
    check(
        "paper-notes/ksb.md",
        "# Biases in, and corrections to, KSB shear measurements\n\n## Goals of the Paper\nShear bias 🔭.\n\n## 4.1 Implementation details\nGalSim images.\n\n## Implementation\n\n[Link](https://github.com/pmelchior/shapelens/blob/master/src/KSB.cc) to Peter Melchior implementation of KSB codes in C.\n",
        expect![[r#"
            single heading "Biases in, and corrections to, KSB shear measurements" by - | header 1:3-1:56
              purpose "Goals of the Paper" h2 @3:4
              experiment "4.1 Implementation details" h2 @6:4
        "#]],
    );
}

/// A quoted front-matter title that goes on over lines at the margin, as
/// Hugo reads it, up to its closing quote; the paper's authors on its last
/// lines are cut, and say the note names its paper (`title: "01: They Can
/// Hear Your Heartbeats: … for` over `Implantable Medical Devices` over
/// `Shyamnath Gollakota, Haitham Hassanieh,` …). A line opening another
/// key ends an unclosed value.
#[test]
fn a_quoted_front_matter_title_over_lines_at_the_margin() {
    check(
        "course_ee693e/week_10/01_gollakota.md",
        "---\r\ntitle: \"01: They Can Hear Your Heartbeats: Non-Invasive Security for\r\nImplantable Medical Devices\r\nShyamnath Gollakota, Haitham Hassanieh,\r\nBenjamin Ransford, Dina Katabi, Kevin Fu\"\r\ndate: 2021-10-25\r\n---\r\n\r\n## Paper Summary\r\n심장 박동으로 기기를 지킨다 💓.\r\n\r\n### Implementation\r\nA shield.\r\n",
        expect![[r#"
            single front-matter "They Can Hear Your Heartbeats: Non-Invasive Security for Implantable Medical Devices" by - | header 2:13-3:28
              summary "Paper Summary" h2 @9:4
              method "Implementation" h3 @12:5
        "#]],
    );
    check(
        "course_ee693e/week_16/02_Bayens.md",
        "---\ntitle: \"02: See No Evil, Hear No Evil, Feel No Evil, Print No Evil? Malicious Fill Patterns Detection in Additive Manufacturing\nChristian Bayens, Tuan Le, Raheem Beyah, Mehdi Javanmard\"\ndate: 2021-12-15\n---\n\n## Paper Summary\nPrinters 🖨️.\n\n### Implementation\nAcoustic side channel.\n\n### Experimentation\nTen prints.\n",
        expect![[r#"
            single front-matter "See No Evil, Hear No Evil, Feel No Evil, Print No Evil? Malicious Fill Patterns Detection in Additive Manufacturing" by - | header 2:13-2:128
              summary "Paper Summary" h2 @7:4
              method "Implementation" h3 @10:5
              experiment "Experimentation" h3 @13:5
        "#]],
    );
    check(
        "paper-reviews/week_16/03.md",
        "---\ntitle: \"03: A printed millimetre-wave modulator\ndate: 2021-12-15\nsummary: \"Presenter(s): Kim\"\n---\n\n## Motivation\nBackscatter 📶.\n\n## Method\nA printed antenna.\n",
        expect![[r#"
            single front-matter "A printed millimetre-wave modulator" by - | header 2:13-2:48
              purpose "Motivation" h2 @7:4
              method "Method" h2 @10:4
        "#]],
    );
}

/// Titles: authors after `by` with no comma before it, listed with commas
/// (not `… by Deep Modeling and Patch Matching`); `정리` (a summary) after
/// a title in Latin letters (not after Hangul: `중심극한 정리` is a
/// theorem); a title in backticks after `the paper titled`.
#[test]
fn authors_after_by_a_korean_summary_word_and_a_title_in_backticks() {
    check(
        "paper-notes/radio.md",
        "# Digital Radio Signal Cancellation Attacks by Daniel Moser, Vincent Lenders, Srdjan Capkun\n\n## 목적 📡\n신호 상쇄.\n\n## Method\nUSRP.\n",
        expect![[r#"
            single heading "Digital Radio Signal Cancellation Attacks" by - | header 1:3-1:44
              purpose "목적 📡" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "paper-notes/pacnet.md",
        "# Patch Craft : Video Denoising by Deep Modeling and Patch Matching\n\n## Motivation\nNoise 🎞️.\n\n## Method\nPatches.\n",
        expect![[r#"
            single heading "Patch Craft : Video Denoising by Deep Modeling and Patch Matching" by - | header 1:3-1:68
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "_posts/2021-03-20-paper_review_spinenet.md",
        "---\r\ntitle: \"[Paper Review] SpineNet: Learning Scale-Permuted Backbone for Recognition and Localization 정리\"\r\n---\r\n\r\n## Introduction\r\nscale-permuted 백본 🦴.\r\n\r\n## Method\r\nNAS.\r\n",
        expect![[r#"
            single front-matter "SpineNet: Learning Scale-Permuted Backbone for Recognition and Localization" by - | header 2:24-2:99
              purpose "Introduction" h2 @5:4
              method "Method" h2 @8:4
        "#]],
    );
    check(
        "paper-notes/clt.md",
        "---\ntitle: \"중심극한 정리\"\n---\n\n## 목적\n표본 평균의 분포 📈.\n\n## 방법\n특성 함수.\n",
        expect![[r#"
            single front-matter "중심극한 정리" by - | header 2:9-2:16
              purpose "목적" h2 @5:4
              method "방법" h2 @8:4
        "#]],
    );
    check(
        "paper-summaries/video-classification-with-CNN.md",
        "This is a review of the paper titled `Large-scale Video Classification with Convolutional Neural Networks`.\r\n\r\n### Introduction\r\n비디오 분류 🎬.\r\n\r\n### Model\r\nSlow fusion.\r\n",
        expect![[r#"
            single field "Large-scale Video Classification with Convolutional Neural Networks" by - | header 1:39-1:106
              purpose "Introduction" h3 @3:5
              method "Model" h3 @6:5
        "#]],
    );
}

/// Not reviews, or not titled so: a Chinese heading saying what the note
/// is (`# 论文阅读简述`, a brief account of papers) names no paper; a
/// README headed with its repository's name (`# vision-project`) is the
/// repository's; a file named by the paper's parts it holds
/// (`0-Abstract-1-Intro.md`) takes its folder's name.
#[test]
fn chinese_note_words_repository_names_and_files_named_by_parts() {
    check(
        "notes/阅读/ccf-a 论文简述.md",
        "# 论文阅读简述\n\n### 概述：\n\n* 提出了一种新的两阶段框架 🧪\n\n### 方法：\n\n* 预测副产物\n",
        expect![[r#"
            single file-name "ccf-a 论文简述" by - | header 1:1-1:9
              summary "概述：" h3 @3:5
              method "方法：" h3 @7:5
        "#]],
    );
    check(
        "paper-summaries/README.md",
        "# vision-project\n\n### Why object detection instead of image classification?\n1. Ability to identify multiple objects 🎯\n\n### Performance metric\n1. IoU and mAP.\n",
        expect![[r#"
            not a review
        "#]],
    );
    expect![[r#"
        single folder "DigitEyes" by - | header 1:1-1:12
          summary "Abstract" h2 @1:4
          purpose "Introduction" h2 @7:4
          method "Method" h2 @11:4
    "#]]
    .assert_eq(&render_note(
        "Paper-Reading-Notes/notes/1994-DigitEyes/0-Abstract-1-Intro.md",
        true,
        "## Abstract\r\n\r\n| **Abstract** | **번역** |\r\n|---|---|\r\n| We have developed a noninvasive vision-based hand tracking system, called DigitEyes. | 비침습 손 추적 ✋ |\r\n\r\n## Introduction\r\n\r\nComputer sensing of hand motion is an important problem.\r\n\r\n## Method\r\n\r\nA kinematic hand model.\r\n",
        LayoutChoice::Auto,
    ));
}

/// Round 100's titles: a `# Title` heading over its title wrapped over a
/// paragraph's lines; what the note is before the title (`Notes: `, a
/// Chinese `标题 ` before a title in Latin letters with no mark, `Review
/// 1` over the title's heading) or after it (`… paper study notes`).
#[test]
fn wrapped_title_paragraphs_and_what_the_note_is_around_titles() {
    check(
        "Literature-Notes/2022/0410 - survival analysis interaction term.md",
        "# Title\r\nThe Effect of Ignoring Statistical Interactions in Regression\r\nAnalyses Conducted in Epidemiologic Studies: An Example with\r\nSurvival Analysis Using Cox Proportional Hazards Regression\r\nModel\r\n\r\n# Info\r\n\r\nAuthor: KP Vatcheva, M Lee, etc.\r\n\r\n# Intro\r\n상호작용 항을 무시하면 편향이 생긴다 📉.\r\n\r\n# Methods\r\nCox regression.\r\n",
        expect![[r#"
            single field "The Effect of Ignoring Statistical Interactions in Regression Analyses Conducted in Epidemiologic Studies: An Example with Survival Analysis Using Cox Proportional Hazards Regression Model" by - | header 2:1-5:6
              purpose "Intro" h1 @11:3
              method "Methods" h1 @14:3
        "#]],
    );
    check(
        "read-paper/201907/blazeface.md",
        "### 标题 BlazeFace: Sub-millisecond Neural Face Detection on Mobile GPUs\n\n### 摘要：\n轻量级人脸检测 😀。\n\n### 方法：\nBlazeBlock。\n",
        expect![[r#"
            single heading "BlazeFace: Sub-millisecond Neural Face Detection on Mobile GPUs" by - | header 1:8-1:71
              summary "摘要：" h3 @3:5
              method "方法：" h3 @6:5
        "#]],
    );
    check(
        "Literature_Notes/Notes Deep-Learning Approach to First-Principles Transport Simulations.md",
        "# Notes: Deep-Learning Approach to First-Principles Transport Simulations\r\n\r\n## Motivation\r\nDFT is slow ⚛️.\r\n\r\n## Method\r\nA network predicts the Hamiltonian.\r\n",
        expect![[r#"
            single heading "Deep-Learning Approach to First-Principles Transport Simulations" by - | header 1:10-1:74
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
    check(
        "Paper_Reviews/Review_1.md",
        "# Review 1\n## Off-the-Record Communication, or, Why Not To Use PGP\nBy Nikita Borisov, Ian Goldberg, Eric Brewer\n\n### What is the problem?\nPGP keys are long-lived 🔑.\n\n### Method\nEphemeral keys.\n",
        expect![[r#"
            single heading "Off-the-Record Communication, or, Why Not To Use PGP" by - | header 2:4-2:56
              purpose "What is the problem?" h3 @5:5
              method "Method" h3 @8:5
        "#]],
    );
    check(
        "Paper_Reviews/Review_3.md",
        "# Review 3: A2 Analog Malicious Hardware\r\n\r\n### What is the problem?\r\n하드웨어 트로이 목마 🐴.\r\n\r\n### Method\r\nA capacitor.\r\n",
        expect![[r#"
            single heading "A2 Analog Malicious Hardware" by - | header 1:13-1:41
              purpose "What is the problem?" h3 @3:5
              method "Method" h3 @6:5
        "#]],
    );
    check(
        "Paper-Reviews/ResNet-Review.md",
        "# ResNet paper study notes\n\n## Motivation\n깊은 망은 학습이 어렵다 🧱.\n\n## Method\nResidual blocks.\n",
        expect![[r#"
            single heading "ResNet" by - | header 1:3-1:9
              purpose "Motivation" h2 @3:4
              method "Method" h2 @6:4
        "#]],
    );
}

/// A `Literature-Notes/` folder holds notes on what its writer read, one
/// paper each; `Intro to Silq` is the purpose. A README whose table names
/// the folder's notes in code spans (`` `2017_Attention.md` — Attention Is
/// All You Need ``) is the folder's index.
#[test]
fn literature_folders_intro_to_and_indexes_naming_files_in_code() {
    check(
        "Literature-Notes/sentence alignment/Margin-based Parallel Corpus Mining with Multilingual Sentence Embeddings-2018.md",
        "# Margin-based Parallel Corpus Mining with Multilingual Sentence Embeddings\r\n\r\n## Architecture\r\n\r\nembedding -> biLSTM -> max pooling 🧮\r\n",
        expect![[r#"
            single heading "Margin-based Parallel Corpus Mining with Multilingual Sentence Embeddings" by - | header 1:3-1:76
              method "Architecture" h2 @3:4
        "#]],
    );
    check(
        "cs839-notes/silq.md",
        "# Silq: A high-level quantum language with safe uncomputation and intuitive semantics\n\n## Intro to Silq\n- 양자 언어의 안전한 uncomputation ⚛️\n\n## Method\n- Type system.\n\n## Evaluation\n- Fewer gates.\n",
        expect![[r#"
            single heading "Silq: A high-level quantum language with safe uncomputation and intuitive semantics" by - | header 1:3-1:86
              purpose "Intro to Silq" h2 @3:4
              method "Method" h2 @6:4
              experiment "Evaluation" h2 @9:4
        "#]],
    );
    check(
        "AI-papers-notes/01_Paper_Notes/README.md",
        "# 01_Paper_Notes —— 论文笔记\n\n本目录收录了 LLM 关键论文的精读笔记 📚。\n\n## 为什么是这六个类别？\n\n1. **Foundation** — 一切的起点。\n\n## 论文清单\n\n| 类别 | 论文 |\n| :--- | :--- |\n| **Foundation** | `2017_Attention.md` — Attention Is All You Need<br>`2018_BERT.md` — BERT: Pre-training of Deep Bidirectional Transformers |\n| **Fine_tuning** | `2021_LoRA.md` — LoRA: Low-Rank Adaptation of Large Language Models |\n\n## 方法\n\n按类别阅读。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Round 101's shapes: a README in a folder that says it holds paper
/// notes (`robotics-paper-study/`), under its own name and over a table
/// whose rows each link a note as `[Link](./dispo/paper_review.md)`, is the
/// collection's index; a note opening with its paper's title in quotes and
/// who wrote it (`"A Simple Framework …" by Ting Chen et al. :`), past a
/// figure, is titled so.
#[test]
fn indexes_linking_notes_as_link_and_quoted_titles_by_authors() {
    check(
        "robotics-paper-study/README.md",
        "# Robotics Paper Study\r\n\r\nA collection of paper reviews on Robot AI topics 🤖.\r\n\r\n## Paper List\r\n\r\n| Paper | Venue | Review |\r\n|-------|-------|--------|\r\n| LINGO-Space | AAAI 2024 | [Link](./lingo-space/paper_review.md) |\r\n| DiSPo | ICRA 2026 | [Link](./dispo/paper_review.md) |\r\n| PolyFit | IROS 2024 | [Link](./polyfit/paper_review.md) |\r\n\r\n## Goals\r\n\r\n- 내 말로 핵심 아이디어를 이해한다\r\n",
        expect![[r#"
            not a review
        "#]],
    );
    check(
        "Paper_Reading/13_Feb_Paper_2.md",
        "\n\n![1676306183555](image/13_Feb_Paper_2/1676306183555.png)\n\n\"A Simple Framework for Contrastive Learning of Visual Representations\" by Ting Chen et al. :\n\nProblem:\n레이블 없이 표현을 배운다 🖼️.\n\nSolutions:\nContrastive loss.\n\nResults:\nImageNet 76.5%.\n",
        expect![[r#"
            single field "A Simple Framework for Contrastive Learning of Visual Representations" by - | header 5:2-5:71
              purpose "Problem" line-start @7:1
              method "Solutions" line-start @10:1
              experiment "Results" line-start @13:1
        "#]],
    );
}

/// Round 102's titles: a nested `title:` (a table of contents' entries
/// under `toc:`) is not the note's, whose own `title:` stands; one nested
/// under the paper's key stands when the note gives none at the top; a
/// post `Understanding 'Attention Is All You Need'` is titled by the
/// paper it names in quotes.
#[test]
fn nested_front_matter_titles_and_posts_understanding_a_paper() {
    check(
        "_posts/en/2023-12-3-FL Sparse Ternary Compression.md",
        "---\r\ntitle: \"Paper Review: Robust and Communication-Efficient Federated Learning from Non-IID Data\"\r\ndate: 2023-12-3\r\ntoc:\r\n    - \r\n        title: \"Introduction\"\r\n        url: \"#introduction\"\r\n    - \r\n        title: \"Conclusions\"\r\n        url: \"#conclusions\"\r\n---\r\n\r\n## Introduction\r\n비IID 데이터에서의 연합 학습 📡.\r\n\r\n## Method\r\nSparse ternary compression.\r\n",
        expect![[r#"
            single front-matter "Robust and Communication-Efficient Federated Learning from Non-IID Data" by - | header 2:23-2:94
              purpose "Introduction" h2 @13:4
              method "Method" h2 @16:4
        "#]],
    );
    check(
        "paper-notes/gan.md",
        "---\npaper:\n  title: \"Generative Adversarial Nets\"\n  year: 2014\n---\n\n## Motivation\nSampling 🎲.\n\n## Method\nA minimax game.\n",
        expect![[r#"
            single front-matter "Generative Adversarial Nets" by - | header 3:11-3:38
              purpose "Motivation" h2 @7:4
              method "Method" h2 @10:4
        "#]],
    );
    check(
        "_posts/2025-11-07-attention-is-all-you-need.md",
        "---\ntitle: \"Understanding 'Attention Is All You Need'\"\n---\n\n## 🧩 THE PROBLEM:\nRNNs are sequential.\n\n## Method\nSelf-attention.\n\n## Results\nBLEU 28.4 🏆.\n",
        expect![[r#"
            single front-matter "Attention Is All You Need" by - | header 2:24-2:49
              purpose "🧩 THE PROBLEM:" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// Round 103's shapes: a post whose front-matter title says it is a
/// summary (`Summary - Dynamo: …`) is titled by the paper, and saying so
/// tells it is a review; `Understanding the '…' paper` is titled by the
/// quoted paper (a file system's `- ` for its colon kept).
#[test]
fn summary_prefixed_posts_and_understanding_the_quoted_paper() {
    check(
        "_posts/2015-03-09-summary-dynamo.md",
        "---\r\nlayout: post\r\ntitle: \"Summary - Dynamo: Amazon's Highly Available Key value Store\"\r\n---\r\n\r\nDynamo is a highly available key-value store 🗄️.\r\n\r\n## Motivation For building up Dynamo\r\n* Scalability.\r\n\r\n## General Architecture Design\r\n* Consistent hashing.\r\n",
        expect![[r#"
            single front-matter "Dynamo: Amazon's Highly Available Key value Store" by - | header 3:19-3:68
              purpose "Motivation For building up Dynamo" h2 @8:4
              method "General Architecture Design" h2 @11:4
        "#]],
    );
    check(
        "_posts/2023-03-12-intro-diffusion-models.md",
        "---\ntitle: \"Understanding the 'Understanding Diffusion Models- A Unified Perspective' paper\"\n---\n\n## Introduction\n확산 모델 🌫️.\n\n## Method\nELBO.\n\n## Results\nSamples.\n",
        expect![[r#"
            single front-matter "Understanding Diffusion Models- A Unified Perspective" by - | header 2:28-2:81
              purpose "Introduction" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// A paper's short name before its whole title in parentheses stays in the
/// title as the note writes it (`YOLO(You Only Look Once)`), and so does a
/// nickname after it (`… (ResNet)`); the key, which matches notes and
/// catalogs, is the paper's title alone.
#[test]
fn short_names_and_nicknames_stay_in_the_title_and_out_of_its_key() {
    let vocabulary = Vocabulary::default();
    let key_of = |path: &str, text: &str| {
        let options = ParseOptions {
            vocabulary: &vocabulary,
            layout: LayoutChoice::Auto,
            path: Some(NotePath::from_path(path, false)),
        };
        let parsed = parse_with(text, &options);
        let title = parsed.entries[0].header.title.clone().expect("a title");
        (title.text, title.key.as_str().to_owned())
    };
    let body = "\r\n\r\n## 문제 😵\r\n\r\n느린 검출기.\r\n\r\n## Method\r\n\r\n격자 회귀.\r\n";
    assert_eq!(
        key_of(
            "cnn/YOLO.md",
            &format!("### YOLO(You Only Look Once){body}")
        ),
        (
            "YOLO(You Only Look Once)".to_owned(),
            "you only look once".to_owned()
        )
    );
    assert_eq!(
        key_of(
            "cnn/ResNet.md",
            &format!("# Deep Residual Learning for Image Recognition (ResNet){body}")
        ),
        (
            "Deep Residual Learning for Image Recognition (ResNet)".to_owned(),
            "deep residual learning for image recognition".to_owned()
        )
    );
}

/// An HTML heading whose text is wrapped whole in a tag that only places
/// or styles it (`<h2><center> … </center></h2>`), under front matter that
/// gives the paper's short name: the heading's whole title, without the tags.
#[test]
fn an_html_heading_may_wrap_its_title_in_a_styling_tag() {
    check(
        "source/_posts/AutoHR.md",
        "---\r\ntitle: AutoHR\r\ncategories: [paper, cv]\r\n---\r\n\r\n<h2><center> AutoHR: A Strong End-to-end Baseline for Remote Heart Rate Measurement with Neural Searching 💓 </center></h2>\r\n\r\n【心率检测】【SPL2020】\r\n\r\n### 摘要\r\n\r\n심박 측정.\r\n\r\n### 方法\r\n\r\n网络结构搜索。\r\n\r\n### 实验\r\n\r\nMAE 5.68.\r\n",
        expect![[r#"
            single heading "AutoHR: A Strong End-to-end Baseline for Remote Heart Rate Measurement with Neural Searching" by - | header 6:14-6:106
              summary "摘要" h3 @10:5
              method "方法" h3 @14:5
              experiment "实验" h3 @18:5
        "#]],
    );
}

/// What the note is (`Paper Reading Notes:`) or its state (`WIP:`) before
/// the paper's title is no part of it.
#[test]
fn paper_reading_notes_and_wip_before_the_title_are_taken_off() {
    check(
        "articles/dynamo.md",
        "# WIP: Paper Reading Notes: Dynamo: Amazon’s Highly Available Key-value Store 🛒\r\n\r\n## Motivation\r\n\r\n항상 쓸 수 있는 저장소.\r\n\r\n## Key Concepts\r\n\r\nConsistent hashing, vector clocks.\r\n\r\n## Evaluation\r\n\r\n99.9th percentile latency.\r\n",
        expect![[r#"
            single heading "Dynamo: Amazon’s Highly Available Key-value Store" by - | header 1:29-1:78
              purpose "Motivation" h2 @3:4
              method "Key Concepts" h2 inferred @7:4
              experiment "Evaluation" h2 @11:4
        "#]],
    );
}

/// `笔记-` (notes) before the paper's title in front matter says what the
/// post is: the title is what follows, and the post a review.
#[test]
fn notes_in_chinese_before_a_front_matter_title_are_taken_off() {
    check(
        "source/_posts/笔记-A Hybrid Approach.md",
        "---\r\ntitle: 笔记-A Hybrid Approach to Multilingual Coreference Resolution\r\ndate: 2017-10-14\r\ntags:\r\n    - NLP\r\n---\r\n#### Abstract\r\n\r\n采用了一种混合方法来指代消解任务。😀\r\n\r\n#### Section 1. Introduction\r\n\r\n- 拓展了CoNLL2012中的任务\r\n\r\n#### Section 5. Experiments\r\n\r\n- 英语、汉语、阿拉伯语\r\n",
        expect![[r#"
            single front-matter "A Hybrid Approach to Multilingual Coreference Resolution" by - | header 2:11-2:67
              summary "Abstract" h4 @7:6
              purpose "Section 1. Introduction" h4 @11:6
              experiment "Section 5. Experiments" h4 @15:6
        "#]],
    );
}

/// `解決したい問題点` (the problem, its points, that the paper would solve)
/// is the purpose, as `解決したい問題` is.
#[test]
fn the_problem_points_to_solve_are_the_purpose() {
    check(
        "read_papers/nlp/Word Rotator's Distance.md",
        "\r\n# Word Rotator's Distance 🔄\r\n\r\n## 主張\r\n\r\n単語ベクトルのノルムと方向を分ける。\r\n\r\n## 解決したい問題点\r\n\r\n既存の類似度は重要度を無視する。\r\n\r\n## 提案手法\r\n\r\nノルムを重みに、方向をコストに。\r\n\r\n## 結果・知見\r\n\r\nSTS で最高精度。\r\n",
        expect![[r#"
            single heading "Word Rotator's Distance" by - | header 2:3-2:26
              purpose "解決したい問題点" h2 @8:4
              method "提案手法" h2 @12:4
              experiment "結果・知見" h2 @16:4
        "#]],
    );
}

/// A literature note named by its paper's citation key, as a reference
/// manager names it (`@pavllo3DHumanPose2019.md`), with the paper's title,
/// authors and year in front matter and only a picture yet: a review begun,
/// its parts missing.
#[test]
fn a_literature_note_named_by_its_citation_key_is_a_review_begun() {
    check(
        "Reading Notes/@pavllo3DHumanPose2019.md",
        "---\r\ntitle: 3D Human Pose Estimation in Video With Temporal Convolutions and Semi-Supervised Training\r\nauthors: Dario Pavllo, Christoph Feichtenhofer, David Grangier, Michael Auli\r\nyear: 2019\r\n---\r\n\r\n![[Pasted image 20230803150049.png]]\r\n시간 축 합성곱 📈\r\n",
        expect![[r#"
            single front-matter "3D Human Pose Estimation in Video With Temporal Convolutions and Semi-Supervised Training" by - | header 2:8-2:97
        "#]],
    );
}

/// A note named by its paper's authors and year (`kingma_ba_2015.md`),
/// headed by the paper's short name over bullets: a review.
#[test]
fn a_note_named_by_its_authors_and_year_is_a_review() {
    check(
        "papers/kingma_ba_2015.md",
        "# Adam\r\n\r\n* Adam calcules a different learning rate for each optimization variable — 변수마다 다른 학습률.\r\n\r\n* The individual learning rates are calculated based on the first (mean) and second (variance) moments of the gradient 🎯.\r\n\r\n* Mean over variance is similar to a signal to noise ratio. If the signal to noise ratio is small, we make a small step.\r\n\r\n* The parameter updates are invariant of the scale of the gradient.\r\n",
        expect![[r#"
            single heading "Adam" by - | header 1:3-1:7
        "#]],
    );
}

/// A citation of up to eight surnames, the last after `&`, and the year
/// in parentheses before a dash and the paper's title: the title after it.
#[test]
fn six_authors_and_a_year_before_a_dash_are_no_part_of_the_title() {
    check(
        "ai/2026-06-03-rafailov-et-al-2023-summary.md",
        "# Rafailov, Sharma, Mitchell, Ermon, Manning & Finn (2023) — Direct Preference Optimization: Your Language Model Is Secretly a Reward Model\r\n\r\n**Problem**: RLHF는 복잡하다. 🎯\r\n\r\n## Method\r\n\r\nA closed-form loss on preference pairs.\r\n\r\n## Experiment\r\n\r\nSummarization and dialogue win rates.\r\n",
        expect![[r#"
            single heading "Direct Preference Optimization: Your Language Model Is Secretly a Reward Model" by - | header 1:62-1:140
              purpose "Problem" bold @3:3
              method "Method" h2 @5:4
              experiment "Experiment" h2 @9:4
        "#]],
    );
}

/// A series' name and what the note is (`Deep Learning Papers Review`)
/// before a spaced dash, and the paper's title after it, with a colon of its
/// own: the title after the dash.
#[test]
fn a_series_of_paper_reviews_before_a_dash_is_no_part_of_the_title() {
    check(
        "batch_rl/paper_review.md",
        "# Deep Learning Papers Review — REM: Striving for Simplicity in Off-policy Deep Reinforcement Learning 🕹️\r\n\r\n## Motivation\r\n\r\n오프라인 강화학습.\r\n\r\n## Method\r\n\r\nRandom ensemble mixture.\r\n\r\n## Results\r\n\r\nAtari 2600.\r\n",
        expect![[r#"
            single heading "REM: Striving for Simplicity in Off-policy Deep Reinforcement Learning" by - | header 1:33-1:103
              purpose "Motivation" h2 @3:4
              method "Method" h2 @7:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// A project's folder inside a folder of paper notes
/// (`read-papers/SDMap_project/`) holds the papers read for the project, not
/// the writer's own work: a note there is a review.
#[test]
fn a_projects_folder_inside_a_folder_of_paper_notes_holds_the_papers_read_for_it() {
    check(
        "read-papers/SDMap_project/Map Inference in the Face of Noise and Disparity.md",
        "# Map Inference in the Face of Noise and Disparity\r\nhttps://www.cs.uic.edu/~jakob/papers/biagioni-gis12.pdf  \r\nSIGSPATIAL GIS ’12  \r\n\r\n## 概要  \r\n雑なデータから、地図を生成する方法を提案する。🗺️  \r\n\r\n## 手法  \r\n・密度推定とスケルトン化  \r\n\r\n## 実験  \r\n・シカゴのシャトルバスの軌跡  \r\n",
        expect![[r#"
            single heading "Map Inference in the Face of Noise and Disparity" by - | header 1:3-1:51
              summary "概要" h2 @5:4
              method "手法" h2 @8:4
              experiment "実験" h2 @11:4
        "#]],
    );
}

/// A blog post's headline with the paper's title quoted in it and the
/// writer reading it (`… "SVE: Distributed Video Processing at Facebook
/// Scale" を読んでいる`): the quoted title. A book's, linked at a bookshop
/// and no paper linked, is no paper's review.
#[test]
fn a_paper_quoted_in_a_headline_and_read_is_the_title() {
    check(
        "content/post/2017/facebook-sve.md",
        "---\r\ntitle: 'Facebook は動画をどう扱っているのか? \"SVE: Distributed Video Processing at Facebook Scale\" を読んでいる'\r\ndate: 2017-12-18T19:22:36-08:00\r\n---\r\n\r\n[The Morning Paper で紹介されていた論文][TMP]を読んでいる。📹\r\n\r\n### スマートフォン時代のクライアント\r\n\r\nSVE は動画を GOP (group of pictures) という短い動画に変換して扱っていて、その分割はクライアントの側で行われている。\r\n\r\n> The first change is that the client breaks the video up into segments consisting of a group of pictures (GOP), when possible, before uploading the segments to the front-end.\r\n\r\nGOP 分割は必須ではなくて、古いクライアント向けにはフォールバックも用意されている。\r\n\r\n[TMP]: https://blog.acolyer.org/2017/11/01/sve-distributed-video-processing-at-facebook-scale/\r\n",
        expect![[r#"
            single front-matter "SVE: Distributed Video Processing at Facebook Scale" by - | header 2:34-2:85
        "#]],
    );
}

/// The same headline for a book, linked at a bookshop with no paper linked:
/// not a review.
#[test]
fn a_book_quoted_in_a_headline_and_read_is_no_review() {
    check(
        "content/post/2017/the-elephant-in-the-room.md",
        "+++\ndate = \"2017-02-19T11:15:53-08:00\"\ntitle = '\"The Elephant in the Room\" を読んだ'\n+++\n\nJon Ronson \"[The Elephant in the Room](https://www.amazon.com/dp/B01LXOO7UQ)\" を読んだ。📚 著者はイギリスのジャーナリスト。\n\n楽しくはないけど興味深い本だった。\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A reference with its first author's name in kanji and `et al.`, then
/// the title and the journal (`高村大也, et al. 文書分類のための共クラスタリング.
/// 情報処理学会論文誌, 2003, 44.2: 443-450`): the title within it, the year
/// kept; and so with a name in Hangul.
#[test]
fn a_reference_by_a_name_in_kanji_et_al_gives_the_title_within_it() {
    check(
        "read_papers/nlp/文書分類のための共クラスタリング.md",
        "# 高村大也, et al. 文書分類のための共クラスタリング. 情報処理学会論文誌, 2003, 44.2: 443-450\r\n\r\n## 主張 📌\r\n\r\n文書と単語を同時にクラスタリングする。\r\n\r\n## 解決したい問題点\r\n\r\n疎な文書ベクトル。\r\n\r\n## 結果・知見\r\n\r\n分類精度が上がる。\r\n",
        expect![[r#"
            single heading "文書分類のための共クラスタリング" year=2003 by - | header 1:16-1:32
              method "主張 📌" h2 inferred @3:4
              purpose "解決したい問題点" h2 @7:4
              experiment "結果・知見" h2 @11:4
        "#]],
    );
}

/// A reference with its first author's name in Hangul and `et al.`: the
/// title within it.
#[test]
fn a_reference_by_a_name_in_hangul_et_al_gives_the_title_within_it() {
    check(
        "papers/kim2020.md",
        "# 김철수, et al. 딥러닝 기반 문서 분류 연구. 한국정보과학회 논문지, 2020, 47.3: 1-10\r\n\r\n## 연구 배경 🎯\r\n\r\n문서 분류.\r\n\r\n## 방법\r\n\r\nCNN.\r\n\r\n## 실험\r\n\r\n정확도 91%.\r\n",
        expect![[r#"
            single heading "딥러닝 기반 문서 분류 연구" year=2020 by - | header 1:15-1:30
              purpose "연구 배경 🎯" h2 @3:4
              method "방법" h2 @7:4
              experiment "실험" h2 @11:4
        "#]],
    );
}

/// What a course asks of a paper review (`# Requirements for a Paper
/// Review`, `Paper Review Guidelines`) is a guide to writing one, not a
/// review.
#[test]
fn a_courses_requirements_for_a_paper_review_are_no_review() {
    check(
        "collaboration/paper_review.md",
        "# Requirements for a Paper Review 📝\r\n\r\nSignificant components of this class are based around reading, reviewing, and discussing research papers. 논문을 읽고 리뷰를 올리세요.\r\n\r\n## The paper discussion process\r\n\r\n1. Reading the paper yourself.\r\n1. Providing your review online.\r\n\r\n## Reading a Paper\r\n\r\nThe goal of a research paper is to present a set of contributions and evaluate them.\r\n\r\n## Method\r\n\r\nSummarize the paper's method in your own words.\r\n\r\n## Evaluation\r\n\r\nSay how the paper was evaluated.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A table of papers, a row each opening with its title linked, under
/// headings that name a method and benchmarks: a reading list, not a review.
#[test]
fn a_table_of_papers_each_row_linking_one_is_a_reading_list() {
    check(
        "paper_research/paper_review.md",
        "# Paper review\r\n## Physiology data processing 🩺\r\n## 방법론 - time-series\r\n|Title|Conference or journal|Class|Date|\r\n|--|--|--|--|\r\n|[Anesthetic Management Using Multiple Closedloop Systems]()|Anesthesiology|Closeloop system|Feb, 2020|\r\n|[Artificial Intelligence in Anesthesiology]()|Anesthesiology|Survey|Feb, 2020|\r\n|[Deep learning for time series classification: a review]()|DMKD|Survey|Mar 2, 2019|\r\n## Benchmark\r\n|Title|Conference or journal|Class|Date|\r\n|--|--|--|--|\r\n|[Benchmarking deep learning models on large healthcare datasets]()|JBI|Benchmark|Jun 5, 2018|\r\n|[Multitask Learning and Benchmarking with Clinical Time Series Data]()||Benchmark|Dec 21, 2018|\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A plain line opening the note over one author, `et al.` and the paper's
/// link (`Xu Lan et al. [링크](https://arxiv.org/abs/1806.04606)`): the
/// paper's title, rather than the folder's name.
#[test]
fn a_title_over_one_author_et_al_and_the_papers_link() {
    check(
        "Knowledge_distillation/on-the-fly/README.md",
        "Knowledge Distillation by On-the-Fly Native Ensemble\r\nXu Lan et al. [링크](https://arxiv.org/abs/1806.04606)\r\n위 논문 요약 및 구현 저장소입니다. 🧪\r\n\r\n## 연구 동기\r\n1. 기존의 Knowledge Distillation은 2단계로 나뉜다.\r\n\r\n## 방법\r\n- Gate로 branch를 앙상블\r\n\r\n## 실험 결과\r\n- CIFAR-100\r\n",
        expect![[r#"
            single field "Knowledge Distillation by On-the-Fly Native Ensemble" by - | header 1:1-1:53
              purpose "연구 동기" h2 @5:4
              method "방법" h2 @8:4
              experiment "실험 결과" h2 @11:4
        "#]],
    );
}

/// A paper's title with `Template` within it (`… with Adaptive Template
/// Attention Module …`) is the paper's term, not a note template's name: the
/// front matter's title, rather than the file's name.
#[test]
fn a_papers_title_with_template_inside_is_no_template() {
    check(
        "_posts/2021-02-22-ai-pr-paper5.md",
        "---\r\nlayout: post  \r\ntitle: (TTVOS) Lightweight Video Object Segmentation with Adaptive Template Attention Module and Temporal Consistency Loss   \r\nsubtitle:  AI Paper Review  \r\n--- \r\n\r\nSemi-supervised video object segmentation은 많은 앱에서 사용되고 있다. 🎥\r\n\r\n## Introduction \r\nVOS는 자율주행, video 편집에 사용되는 필수 기능이다.\r\n\r\n## Method\r\ntemplate matching을 베이스로 한다.\r\n",
        expect![[r#"
            single front-matter "Lightweight Video Object Segmentation with Adaptive Template Attention Module and Temporal Consistency Loss" by - | header 3:16-3:123
              purpose "Introduction" h2 @9:4
              method "Method" h2 @12:4
        "#]],
    );
}

/// A title heading closed by `by` its first author, `et al.` and the year
/// (`# One-Shot Imitation Learning by Duan et al. (2017)`): the title alone,
/// the year kept.
#[test]
fn a_title_then_by_one_author_et_al_and_the_year() {
    check(
        "meta_learning/One-Shot_Imitation_Learning.md",
        "# One-Shot Imitation Learning by Duan et al. (2017) 🤖\r\n\r\n[Link to paper](https://arxiv.org/pdf/1703.07326.pdf)\r\n\r\n## General Notes\r\n시연 한 번으로 새 과제를 배운다.\r\n\r\n## Method\r\n- demonstration network\r\n\r\n## Results\r\n- block stacking\r\n",
        expect![[r#"
            single heading "One-Shot Imitation Learning" year=2017 by - | header 1:3-1:30
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// A sentence set in italics under the title heading, over the paper's link
/// (`*The first adaptively-secure threshold Schnorr signature scheme …*`):
/// the heading's title, not the sentence's; its full stop counts inside the
/// italics.
#[test]
fn an_italic_sentence_under_the_title_heading_is_no_title() {
    check(
        "papers/rackle/README.md",
        "# Rackle: Three-Round Threshold Schnorr from the Discrete Log Assumption Alone 🔐\r\n\r\n*The first adaptively-secure threshold Schnorr signature scheme to hit three rounds without strengthening any cryptographic assumption.*\r\n\r\n**Paper:** https://eprint.iacr.org/2025/1941.pdf\r\n\r\n## TL;DR\r\n\r\n서명자 N명이 하나의 Schnorr 서명을 만든다.\r\n\r\n## The protocol\r\n\r\n## Evaluation\r\n",
        expect![[r#"
            single heading "Rackle: Three-Round Threshold Schnorr from the Discrete Log Assumption Alone" by - | header 1:3-1:79
              summary "TL;DR" h2 @7:4
              method "The protocol" h2 inferred @11:4
              experiment "Evaluation" h2 @13:4
        "#]],
    );
}

/// A short name's heading over its whole title linked, the line closed by a
/// full stop (`[AlexNet: ImageNet Classification …](https://papers.nips.cc/…).`):
/// the link's text without its brackets; the address in parentheses is the
/// link's target, not an address after the title.
#[test]
fn a_linked_whole_title_then_a_full_stop_loses_its_brackets() {
    check(
        "notes/alexnet.md",
        "# AlexNet 🧠\r\n\r\n[AlexNet: ImageNet Classification with Deep Convolutional Neural Networks](https://papers.nips.cc/paper/4824-imagenet).\r\n\r\n## 방법\r\n- 5개의 Convolutional Layer\r\n\r\n## 실험\r\n- ImageNet\r\n",
        expect![[r#"
            single field "AlexNet: ImageNet Classification with Deep Convolutional Neural Networks" by - | header 3:2-3:74
              method "방법" h2 @5:4
              experiment "실험" h2 @8:4
        "#]],
    );
}

/// A study group's season and episode code before the paper's short name
/// (`# S00-02. AlexNet`), over the whole title linked and who wrote it: the
/// linked title, the code gone.
#[test]
fn a_season_and_episode_code_before_a_short_name() {
    check(
        "Season00_Basic/02_AlexNet/README.md",
        "# S00-02. AlexNet\r\n\r\n[AlexNet: ImageNet Classification with Deep Convolutional Neural Networks](https://papers.nips.cc/paper/4824-imagenet) by Alex Krizhevsky et al.\r\n\r\n**reviewed by [박희경](https://github.com/HeeKyung-Park)** 📝\r\n\r\n## 1. 요약\r\n- 2012년도 ILSVRC에서 우승한 모형\r\n\r\n## 2. 모델 구조\r\n- 5개의 Convolutional Layer\r\n\r\n## 3. 실험 결과\r\n- top-5 error 15.3%\r\n",
        expect![[r#"
            single field "AlexNet: ImageNet Classification with Deep Convolutional Neural Networks" by 박희경 | header 3:2-3:74
              summary "1. 요약" h2 @7:4
              method "2. 모델 구조" h2 @10:4
              experiment "3. 실험 결과" h2 @13:4
        "#]],
    );
}

/// The name of the paper's PDF file in parentheses after its title
/// (`… for 3-axis printers (CurviSlicer_NYU_2019.pdf)`): the title without
/// it.
#[test]
fn the_pdf_files_name_after_a_title_goes() {
    check(
        "docs/papers/CurviSlicer_NYU_2019.md",
        "---\r\ntitle: \"CurviSlicer: Slightly curved slicing for 3-axis printers (CurviSlicer_NYU_2019.pdf)\"\r\n---\r\n\r\n# CurviSlicer 🖨️\r\n\r\n## Problem\r\n평면 슬라이싱은 계단 현상을 남긴다.\r\n\r\n## Method\r\n- 곡면 레이어\r\n\r\n## Results\r\n- 표면 품질 향상\r\n",
        expect![[r#"
            single front-matter "CurviSlicer: Slightly curved slicing for 3-axis printers" by - | header 2:9-2:65
              purpose "Problem" h2 @7:4
              method "Method" h2 @10:4
              experiment "Results" h2 @13:4
        "#]],
    );
}

/// A file named by a label in Chinese, a full-width colon and the paper's
/// title, its own colon written as an underscore before a space (`组会汇报：LR2_
/// Accelerating Long-Distance RDMA Recovery …`, a group meeting's report):
/// the title, the label gone and the colon restored.
#[test]
fn a_chinese_label_and_a_colon_before_a_latin_title_in_a_files_name() {
    check(
        "Paper-Notes/LR2/组会汇报：LR2_ Accelerating Long-Distance RDMA Recovery via In-Network Retransmission Decoupling.md",
        "## 背景 🚀\r\n长距离 RDMA 的丢包恢复代价很高。\r\n\r\n## 方法\r\n- 在网络中重传，与端侧解耦\r\n\r\n## 实验\r\n- 恢复时间缩短\r\n",
        expect![[r#"
            single file-name "LR2: Accelerating Long-Distance RDMA Recovery via In-Network Retransmission Decoupling" by - | header 1:1-1:8
              purpose "背景 🚀" h2 @1:4
              method "方法" h2 @4:4
              experiment "实验" h2 @7:4
        "#]],
    );
}

/// A post titled by the reviewed paper's authors in its front matter
/// (`title: Review - Rania Mzid and Mohamed Abid`) over the paper's title as
/// its heading: the heading's title, not the authors' names.
#[test]
fn a_front_matter_title_naming_the_authors_gives_way_to_the_heading() {
    check(
        "content/Reviews/Review- Rania Mzid and Mohamed Abid.md",
        "---\r\ntitle: Review - Rania Mzid and Mohamed Abid\r\ndate: 2024-11-03\r\ntags:\r\n  - Review\r\n---\r\n\r\n# Software Architecture Design for Real-Time Control Systems; How Design patterns Could Help?\r\n\r\n## Motivation ✍️\r\n패턴을 설계 검증에 쓰는 연구는 드물다.\r\n\r\n## Approach\r\n- trial-and-error 설계\r\n\r\n## Evaluation\r\n- 두 가지 패턴만 설명됨\r\n",
        expect![[r#"
            single heading "Software Architecture Design for Real-Time Control Systems; How Design patterns Could Help?" by - | header 8:3-8:94
              purpose "Motivation ✍\u{fe0f}" h2 @10:4
              method "Approach" h2 @13:4
              experiment "Evaluation" h2 @16:4
        "#]],
    );
}

/// A blog's first post, named so (`_posts/2022-02-21-welcome.md`), on why
/// the blog was opened (`## 1. 블로그 개설 목적`, its purpose): no review.
#[test]
fn a_blogs_welcome_post_is_no_review() {
    check(
        "_posts/2022-02-21-welcome.md",
        "---\r\nlayout: post\r\ntitle: Welcome my hompage!\r\nsubtitle: 블로그 개설 목적\r\nauthor: san9hyun\r\n---\r\n\r\n늦었지만, 나만의 홈페이지를 개설하기로 했다! 🎉 <br>\r\n\r\n## 1. 블로그 개설 목적\r\n블로그 개설 목적은 두가지로 말할 수 있다.\r\n\r\n## 2. 어떤 글을 포스팅할 것인가.\r\n- AI 관련 논문 정리 요약\r\n- 에세이\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A README headed by a team's name and what it keeps (`# Boostcamp AI Tech
/// 3rd MnM team: Paper Review`), over its reading list and rules: the
/// repository's page, no review.
#[test]
fn a_teams_paper_review_readme_is_no_review() {
    check(
        "PaperReview/README.md",
        "# Boostcamp AI Tech 3rd MnM team: Paper Review 📚\r\n### TL;DR\r\n```\r\nNLP 강의의 Further Reading 논문 스터디를 진행하고자 합니다.\r\n```\r\n\r\n### 리딩 리스트\r\n\r\n| Dates | Paper | Year |\r\n|-------|-------|------|\r\n| 3/17 | [Efficient Estimation of Word Representations in Vector Space](https://arxiv.org/abs/1301.3781) | NeurIPS 2013 |\r\n\r\n### 논문 정리 발표에 들어갈 내용\r\n* 저자가 풀려고 하는 문제는 어떤 것인가?\r\n* 어떤 식으로 해결하고자 했는가.\r\n\r\n### 스터디 룰\r\n* 스터디 시간 : 목요일\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// Parts that cite where they were read, the note's own file named after
/// its paper (`## Results (from RoboFDM_ICRA_2017.pdf Fig 4)` in
/// `RoboFDM_ICRA_2017.md`): the note's own paper, not a list of others.
#[test]
fn parts_citing_the_notes_own_pdf_list_no_papers() {
    check(
        "docs/papers/RoboFDM_ICRA_2017.md",
        "---\r\ntitle: \"RoboFDM: A Robotic System for Support-Free Fabrication Using FDM\"\r\n---\r\n\r\n# RoboFDM: A Robotic System for Support-Free Fabrication Using FDM 🤖\r\n\r\n## What problem does it solve?\r\n서포트 없이 FDM 출력을 한다.\r\n\r\n## Algorithm (from RoboFDM_ICRA_2017.pdf)\r\n1. 골격 기반 분해\r\n\r\n## Hardware tested (from RoboFDM_ICRA_2017.pdf)\r\n- 6축 로봇 팔\r\n\r\n## Results (from RoboFDM_ICRA_2017.pdf Fig 4/Fig 14)\r\n- 서포트 없이 출력 성공\r\n\r\n## Limitations (as stated in RoboFDM_ICRA_2017.pdf)\r\n- 충돌 검사 비용\r\n",
        expect![[r#"
            single front-matter "RoboFDM: A Robotic System for Support-Free Fabrication Using FDM" by - | header 2:9-2:73
              purpose "What problem does it solve?" h2 @7:4
              method "Algorithm (from RoboFDM_ICRA_2017.pdf)" h2 @10:4
              experiment "Results (from RoboFDM_ICRA_2017.pdf Fig 4/Fig 14)" h2 @16:4
              limitations "Limitations (as stated in RoboFDM_ICRA_2017.pdf)" h2 @19:4
        "#]],
    );
}

/// A post's Korean headline, then the paper's model after a spaced dash
/// (`[논문 리뷰] 음성변형 및 스타일 변경을 제어하는 모델 - Flowtron`): the
/// name stays, the only word of the paper's the title holds.
#[test]
fn a_korean_headline_keeps_the_models_name_after_its_dash() {
    check(
        "_posts/2021-09-13-flowtron.md",
        "---\r\ntitle: [논문 리뷰] 음성변형 및 스타일 변경을 제어하는 모델 - Flowtron\r\nauthor: HW\r\n---\r\n\r\n# Introduction 🎙️\r\nFlowtron은 autoregressive flow 기반 TTS 모델이다.\r\n\r\n# Flowtron Model\r\n- affine coupling layer\r\n\r\n# Experiments\r\n- LJSpeech MOS\r\n",
        expect![[r#"
            single front-matter "음성변형 및 스타일 변경을 제어하는 모델 - Flowtron" by HW | header 2:16-2:49
              purpose "Introduction 🎙\u{fe0f}" h1 @6:3
              method "Flowtron Model" h1 inferred @9:3
              experiment "Experiments" h1 @12:3
        "#]],
    );
}

/// A Chinese heading for the design of the system as a whole (`## 整体设计`),
/// which no part's word names before `设计`: the method, as `系统设计` is.
#[test]
fn a_design_as_a_whole_is_the_method() {
    check(
        "docs/literature/HypSec.md",
        "# HypSec: Protecting Cloud Virtual Machines 🛡️\r\n\r\n## 相关工作\r\n虚拟机监控器过于庞大。\r\n\r\n## 整体设计\r\n- 将 hypervisor 拆分为 corevisor 与 hostvisor\r\n\r\n## 威胁模型\r\n- 攻击者控制 hostvisor\r\n\r\n## 实现\r\n- 基于 KVM\r\n",
        expect![[r#"
            single heading "HypSec: Protecting Cloud Virtual Machines" by - | header 1:3-1:44
              method "整体设计" h2 @6:4
        "#]],
    );
}

/// List labels set in italics, the colon inside them or right after
/// (`- *issue:* …`, `- *performance:* …`, `- _solution_: …`): the parts they
/// name, as in bold; a word in italics with no colon is none, nor a
/// paragraph's line opening in italics.
#[test]
fn list_labels_in_italics_with_their_colons() {
    check(
        "RL/EGAN.md",
        "# Enhanced Experience Replay Generation for Efficient Reinforcement Learning\r\n\r\n## Abstract\r\n\r\n- *issue:* 실제 시스템에서 RL은 샘플링이 느리다 🐢\r\n- _solution_: EGAN으로 agent를 pre-train\r\n- *performance:* 학습 초기 ~20% 개선\r\n- *Problem* is not a label here\r\n\r\n*Method:* a paragraph's line in italics is no label either\r\n",
        expect![[r#"
            single heading "Enhanced Experience Replay Generation for Efficient Reinforcement Learning" by - | header 1:3-1:77
              summary "Abstract" h2 @3:4
              method "solution" line-start @6:4
              experiment "performance" line-start @7:4
        "#]],
    );
}

/// A short name's heading over the paper's link and who wrote it, which
/// does not open with the name (`[Deep Residual Learning for Image
/// Recognition](https://arxiv.org/…) by Kaiming He, et al.`), and who reviews
/// it (`**reviewd by [문성원](…)**`, misspelt): the linked title, and the
/// reviewer's name.
#[test]
fn a_short_name_over_its_cited_link_and_its_reviewer() {
    check(
        "Season00_Basic/07_ResNet/README.md",
        "# S00-07. ResNet\r\n\r\n[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) by Kaiming He, et al.\r\n\r\n**reviewd by [문성원](https://github.com/Moonswng)** 🙌\r\n\r\n## 1. 요약\r\n- 잔차 학습으로 152층까지 학습\r\n\r\n## 2. 방법\r\n- shortcut connection\r\n\r\n## 3. 실험\r\n- ImageNet top-5 3.57%\r\n",
        expect![[r#"
            single field "Deep Residual Learning for Image Recognition" by 문성원 | header 3:2-3:46
              summary "1. 요약" h2 @7:4
              method "2. 방법" h2 @10:4
              experiment "3. 실험" h2 @13:4
        "#]],
    );
}

/// A review assigned and not yet written: the paper's cited link, its
/// reviewer named (`**reviewed by [Gyubin Son](…)**`) and a part left `TBD`,
/// in a README named by its folder. A review, its parts missing.
#[test]
fn an_assigned_review_not_yet_written_is_a_review() {
    check(
        "Season01_ObjectDetection/06_YOLO/README.md",
        "# S01-06. YOLO\r\n\r\n[YOLO: You Only Look Once: Unified, Real-Time Object Detection](https://arxiv.org/abs/1506.02640) by Joseph Redmon, et al.\r\n\r\n**reviewed by [손규빈](https://github.com/gyubin)** 🚧\r\n\r\n## 1. 요약\r\n\r\nTBD\r\n",
        expect![[r#"
            single field "YOLO: You Only Look Once: Unified, Real-Time Object Detection" by 손규빈 | header 3:2-3:63
              summary "1. 요약" h2 @7:4
        "#]],
    );
}

/// A template's fields set as headings over their values (`### 会議・論文誌`
/// over `ICLR2020`, `### 著者・所属` over the authors) under `## 基本情報`: signs
/// of the paper, as `Authors:` lines are; with its parts not yet written, a
/// review begun.
#[test]
fn fields_set_as_headings_are_a_papers_fields() {
    check(
        "_posts/2020-01-16-reformer_-the-efficient-transformer.md",
        "---\r\nlayout: post\r\ntitle: \"Reformer: The Efficient Transformer\"\r\ntags: [\"attention\"]\r\n---\r\n\r\nTransformerは列の長さLに対して計算量がO(L^2)であるため，長い列に不向きである．🔍 そこで，ドット積アテンションで計算するsoftmax(QK^T)の値が，QとKの列ベクトルの組のうち内積が大きいものによって決まることに着目，locality-sensitive hashingで同じハッシュに属するqueryとkeyの組のみに内積を計算することで，計算量をO(L log L)に削減．\r\n\r\n## 基本情報\r\n### 会議・論文誌\r\nICLR2020\r\n\r\n### 論文リンク\r\nhttps://arxiv.org/abs/2001.04451\r\n\r\n### 著者・所属\r\nNikita Kitaev, Łukasz Kaiser, Anselm Levskaya\r\n\r\n## 新規性\r\n\r\n## 手法\r\n\r\n## 結果\r\n",
        expect![[r#"
            single front-matter "Reformer: The Efficient Transformer" by - | header 3:9-3:44
              novelty "新規性" h2 @19:4
              method "手法" h2 @21:4
              experiment "結果" h2 @23:4
        "#]],
    );
}

/// A file named `README-index.md` that indexes a collection of papers
/// (`# AI/ML Research Paper Collection — Master Index` over a table of topic
/// files): an index, no review.
#[test]
fn a_readme_named_as_an_index_is_no_review() {
    check(
        "research/README-index.md",
        "# AI/ML Research Paper Collection — Master Index 📚\r\n\r\n> Curated on 2026-04-19. **1,429 unique papers** across 17 topic files.\r\n\r\n## Topic Files\r\n\r\n| # | Topic | Papers |\r\n|---|-------|--------|\r\n| 1 | [AI Infra](ai-infra.md) | 151 |\r\n| 2 | [확산 모델](diffusion.md) | 154 |\r\n\r\n## Method of curation\r\n- arXiv 검색\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A README's `## 論文追加方法` (how to add a paper to the repository),
/// `方法` after an action on the repository: no method part, and the README
/// no review.
#[test]
fn how_to_add_papers_to_a_repository_is_no_method() {
    check(
        "daily-research-news/README.md",
        "# Daily Research News 📰\r\n\r\n最新論文のまとめを共有するためのリポジトリです．\r\n\r\n## 論文追加方法\r\n\r\n- 論文はissueとして登録します\r\n- テンプレートは[こちら](.github/ISSUE_TEMPLATE/article-summary.md)\r\n\r\n## 参考リンク\r\n\r\n- [arXiv](https://arxiv.org/)\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A log of evaluation rounds, each under its heading with a method and
/// results of its own (`### Rounds 463 to 470` over `- **Method:** …` and `-
/// **Results:** …`): a round is a unit of a series, as a week is, no paper;
/// the file holds no reviews.
#[test]
fn a_log_of_rounds_is_no_file_of_papers() {
    check(
        "BENCHMARKS.md",
        "# Benchmarks 📊\r\n\r\n## Rounds\r\n\r\n### Rounds 463 to 470 (2026-12-07)\r\n\r\n- **Method:** 도우미 여덟 명이 노트를 모았다.\r\n- **Results:** titles 103 of 132\r\n\r\n### Rounds 471 to 478 (2026-12-07)\r\n\r\n- **Method:** 여섯 명, 둘은 보류.\r\n- **Results:** titles 116 of 149\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// An Obsidian callout listing the parts as labelled items (`> [!summary]`
/// over `> - **Problem**: …`, `> - **Method**: …`): the parts, as a bold
/// label straight after the quote's mark already was.
#[test]
fn labelled_list_items_in_a_callout() {
    check(
        "Papers/Attention Is All You Need.md",
        "# Attention Is All You Need\r\n\r\n[arXiv](https://arxiv.org/abs/1706.03762)\r\n\r\n> [!summary] 요약 🧠\r\n> - **Problem**: RNN은 느리다\r\n> - **Method**: self-attention\r\n\r\n## 메모\r\n좋은 논문.\r\n",
        expect![[r#"
            single heading "Attention Is All You Need" by - | header 1:3-1:28
              purpose "Problem" bold @6:7
              method "Method" bold @7:7
        "#]],
    );
}

/// A blog post titled by the writer's headline in Korean, the paper's title
/// alone in bold after a paragraph of the writer's, its authors on the next
/// line (`**Temperature and Decisions: …**` over `by Anthony Heyes and
/// Soodeh Saberian`): the paper's title, as a field's.
#[test]
fn paper_title_in_bold_with_its_byline_under_a_korean_headline() {
    check(
        "_posts/2019-04-03-hot-weather.md",
        "---\r\ntitle: \"날이 더우면 판결이 가혹하다 🌡️ (AEJ:EP 2019)\"\r\ncategories:\r\n  - PaperSummary\r\n---\r\n \r\n나는 이 저널을 좋아한다. 재밌는 결과가 많다 😀\r\n\r\n**Temperature and Decisions: Evidence from 207,000 Court Cases**\r\nby Anthony Heyes and Soodeh Saberian\r\n\r\n## 연구 목적\r\n온도가 판결에 미치는 영향.\r\n\r\n## 방법\r\n텍사스 이민 법원의 판결 자료.\r\n",
        expect![[r#"
            single field "Temperature and Decisions: Evidence from 207,000 Court Cases" by - | header 9:3-9:63
              purpose "연구 목적" h2 @12:4
              method "방법" h2 @15:4
        "#]],
    );
}

/// The same with the title a question and a link, under a heading that
/// repeats the headline; a venue after the names (`(AER 2018)`).
#[test]
fn linked_question_title_with_its_byline_under_a_korean_heading() {
    check(
        "_posts/2018-10-27-family.md",
        "---\r\ntitle: \"가족을 위한 정책이 여자에겐 해가 된다고?\"\r\n---\r\n\r\n## 가족을 위한 정책이 여자에겐 해가 된다고? 🤔\r\n\r\n[Equal but Inequitable: Who Benefits from Gender-Neutral Tenure Clock Stopping Policies?](https://pubs.aeaweb.org/doi/pdfplus/10.1257/aer.20160613)\r\n\r\nby Heather Antecol, Kelly Bedard, and Jenna Stearns (AER 2018)\r\n\r\n## 배경\r\n테뉴어 심사.\r\n\r\n## 결과\r\n남자만 득을 본다.\r\n",
        expect![[r#"
            single field "Equal but Inequitable: Who Benefits from Gender-Neutral Tenure Clock Stopping Policies?" by - | header 7:2-7:89
              purpose "배경" h2 @11:4
              experiment "결과" h2 @14:4
        "#]],
    );
}

/// What the note is in Chinese before a colon of the Latin keyboard and a
/// space, then the paper's name and title (`论文深度解读: Word2Vec — …`):
/// the paper's, as after a full-width colon.
#[test]
fn chinese_note_word_before_a_latin_colon_and_the_paper() {
    check(
        "论文精读/Word2Vec_Deep_Dive.md",
        "---\r\ntitle: \"论文深度解读: Word2Vec — Efficient Estimation of Word Representations in Vector Space\"\r\ntags: [\"paper\", \"nlp\"]\r\n---\r\n\r\n# 论文深度解读: Word2Vec — Efficient Estimation of Word Representations in Vector Space 📚\r\n\r\n## 研究背景\r\n词向量太贵。\r\n\r\n## 方法\r\nCBOW 与 Skip-gram。\r\n",
        expect![[r#"
            single front-matter "Word2Vec — Efficient Estimation of Word Representations in Vector Space" by - | header 2:17-2:88
              purpose "研究背景" h2 @8:4
              method "方法" h2 @11:4
        "#]],
    );
}

/// A venue alone in parentheses and its year glued after them, before the
/// title (`(S&P)2024 KAIROS: …`): both kept as the title's venue and year,
/// as `(S&P 2024) KAIROS: …` already was.
#[test]
fn venue_in_parentheses_its_year_glued_after() {
    check(
        "论文笔记.md",
        "# (S&P)2024 KAIROS: Practical Intrusion Detection and Investigation using Whole-system Provenance 🛡️\r\n## 1.引言\r\n基于溯源的入侵监测系统。\r\n\r\n## 2.方法\r\n图神经网络。\r\n\r\n## 3.实验\r\n检测结果。\r\n",
        expect![[r#"
            single heading "KAIROS: Practical Intrusion Detection and Investigation using Whole-system Provenance" venue="S&P" year=2024 by - | header 1:13-1:98
              purpose "1.引言" h2 @2:4
              method "2.方法" h2 @5:4
              experiment "3.实验" h2 @8:4
        "#]],
    );
}

/// HTML tags that style letters inside the title (`Weight-<i>D</i>ecomposed
/// L<i>o</i>w-<i>R</i>ank <i>A</i>daptation`, the acronym's letters in
/// italics): the title without them, its words whole.
#[test]
fn styling_tags_inside_a_heading_title() {
    check(
        "DoRA/README.md",
        "# DoRA: Weight-<i>D</i>ecomposed L<i>o</i>w-<i>R</i>ank <i>A</i>daptation 🚀\r\n\r\n## 배경\r\nLoRA와 전체 미세조정의 차이.\r\n\r\n## 방법\r\n가중치를 크기와 방향으로 나눈다.\r\n\r\n## 실험\r\nLLaMA에서 <b>더 좋다</b>.\r\n",
        expect![[r#"
            single heading "DoRA: Weight-Decomposed Low-Rank Adaptation" by - | header 1:3-1:74
              purpose "배경" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// The one heading above the others numbered in Chinese, a venue and the
/// paper's name after it (`# 一：KDD 2022 | GraphMAE：…` over `## 1.backgroud`):
/// the title, as an Arabic-numbered one already was.
#[test]
fn chinese_numbered_title_heading_above_numbered_parts() {
    check(
        "论文阅读.md",
        "# 一：KDD 2022 | GraphMAE：生成式图自监督学习超越对比学习 📈\r\n\r\n## 1.backgroud\r\n\r\n对比学习占主流。\r\n\r\n## 2.**Motivation**\r\n\r\n生成式方法落后。\r\n\r\n## 4.**Method**\r\n\r\n掩码特征重建。\r\n\r\n## 5.**Experiment**\r\n\r\n节点分类。\r\n",
        expect![[r#"
            single heading "GraphMAE：生成式图自监督学习超越对比学习" venue="KDD" year=2022 by - | header 1:16-1:40
              purpose "1.backgroud" h2 @3:4
              purpose "2.**Motivation**" h2 @7:4
              method "4.**Method**" h2 @11:4
              experiment "5.**Experiment**" h2 @15:4
        "#]],
    );
}

/// An Indonesian journal review: the writer's heading over the paper's
/// title in a `**Judul:**` field (title, in Indonesian and Malay): the
/// field's, as `**Título:**` and `**Titre:**` already were.
#[test]
fn indonesian_title_field_under_the_writers_heading() {
    check(
        "Review-Jurnal-Efek-Glabridin.md",
        "# Rangkuman Review Jurnal: Efek Glabridin pada Biofilm S. aureus 🦠\r\n\r\n## Identitas Jurnal\r\n**Judul:** Transcriptomic Analysis of the Effect of Glabridin on Biofilm Formation in Staphylococcus Aureus  \r\n**Penulis:** Ma et al. (2025)  \r\n\r\n## PENDAHULUAN\r\nBiofilm S. aureus.\r\n\r\n### Metode\r\nRNA-seq.\r\n\r\n### Hasil\r\nGen biofilm turun.\r\n",
        expect![[r#"
            single field "Transcriptomic Analysis of the Effect of Glabridin on Biofilm Formation in Staphylococcus Aureus" by - | header 4:12-4:108
              purpose "PENDAHULUAN" h2 @7:4
              method "Metode" h3 @10:5
              experiment "Hasil" h3 @13:5
        "#]],
    );
}

/// `Label: text` lines under a heading that names a part as it begins
/// (`## Core Problem and Solution Approach` over `Cost Control: Building
/// this with a small team`): points of that part, not a course's headers,
/// however many; the note is one review.
#[test]
fn labelled_points_under_a_part_are_no_reviews() {
    check(
        "Visual Search at Pinterest.md",
        "\r\n# Pinterest Visual Search System - Detailed Technical Analysis 📌\r\n## Core Problem and Solution Approach\r\n핀터레스트는 이미지가 많다.\r\n\r\nScale Problem: Processing over 1 billion unique images\r\nCost Control: Building this with a small engineering team (approximately 6-7 people)\r\nSpeed: Providing real-time results to users\r\n\r\n## System Architecture - Step-by-Step Operation\r\n### 1. Feature Extraction\r\nDeep Learning Features: VGG16 fc6 레이어\r\nCustom Fine-tuning: Model trained on Pinterest's own data\r\n\r\n## Key Performance Metrics\r\n클릭률 상승.\r\n",
        expect![[r#"
            single heading "Pinterest Visual Search System - Detailed Technical Analysis" by - | header 2:3-2:63
              purpose "Core Problem and Solution Approach" h2 @3:4
              method "System Architecture - Step-by-Step Operation" h2 @10:4
              experiment "Key Performance Metrics" h2 @15:4
        "#]],
    );
}

/// An Obsidian note opening with its paper's authors in bold, one name in
/// small letters (`**Kaiming He, xiangyu Zhang, Shaoqing Ren, Jian Sun**`),
/// over where they work: no title; the file's name gives it.
#[test]
fn bold_author_list_opening_a_note_is_no_title() {
    check(
        "Deep Residual Learning for Image Recognition.md",
        "---\r\nalias : Resnet\r\n---\r\n\r\n**Kaiming He, xiangyu Zhang, Shaoqing Ren, Jian Sun**\r\n*Microsoft Research* 🏢\r\n\r\n## 1. Read Paper\r\n### 1.1 문제\r\n깊은 망은 학습이 어렵다.\r\n\r\n### 1.2 Approaches\r\n잔차 연결.\r\n\r\n### 1.3 Experiments and Results\r\nImageNet 1위.\r\n",
        expect![[r#"
            single file-name "Deep Residual Learning for Image Recognition" by - | header 1:1-1:4
              purpose "1.1 문제" h3 @9:5
              method "1.2 Approaches" h3 @12:5
              experiment "1.3 Experiments and Results" h3 @15:5
        "#]],
    );
}

/// A reference that leaves the chapter's title out and names the book it
/// is in after `In` and its editor (`Searle, J. R. (1975). In K. Gunderson
/// (Ed.), *Language, Mind, and Knowledge* …`), under the note's heading: the
/// heading's title, not `In K`.
#[test]
fn reference_to_a_chapters_book_names_no_title() {
    check(
        "papers/A Taxonomy of Illocutionary Acts.md",
        "# A Taxonomy of Illocutionary Acts 🗣️\r\n\r\n**Reference:** Searle, J. R. (1975). In K. Gunderson (Ed.), *Language, Mind, and Knowledge* (Minnesota Studies, vol. 7), pp. 344–369.\r\n\r\n## Motivation\r\n오스틴의 분류는 원리가 없다.\r\n\r\n## Method\r\n열두 가지 차원으로 나눈다.\r\n\r\n## Results\r\n다섯 부류.\r\n",
        expect![[r#"
            single heading "A Taxonomy of Illocutionary Acts" by - | header 1:3-1:35
              purpose "Motivation" h2 @5:4
              method "Method" h2 @8:4
              experiment "Results" h2 @11:4
        "#]],
    );
}

/// The same reference as the note's first line, in APA style, over its
/// parts: not `In K` either; the file's name gives the title.
#[test]
fn chapter_reference_opening_a_note_names_no_title() {
    check(
        "notes/A Taxonomy of Illocutionary Acts.md",
        "Searle, J. R. (1975). In K. Gunderson (Ed.), Language, Mind, and Knowledge. University of Minnesota Press.\r\n\r\n### 요약 🗣️\r\n\r\n#### 연구 목적\r\n* 발화수반행위를 분류한다.\r\n\r\n#### 방법\r\n* 열두 가지 차원.\r\n\r\n#### 주요 결과\r\n* 다섯 부류.\r\n",
        expect![[r#"
            single file-name "A Taxonomy of Illocutionary Acts" by - | header 1:1-1:107
              summary "요약 🗣\u{fe0f}" h3 @3:5
              purpose "연구 목적" h4 @5:6
              method "방법" h4 @8:6
              experiment "주요 결과" h4 @11:6
        "#]],
    );
}

/// A docs page titled by the paper's name alone, in the writer's case
/// (`title: look again, Think slowly`), over a heading with that name and
/// the paper's subtitle: the heading's whole title, where the post's stands.
#[test]
fn front_matter_short_title_alone_over_the_heading_with_its_subtitle() {
    check(
        "docs/models/largemodel/reflection_v.md",
        "---\r\nid: reflection_v\r\nsidebar_position: 5\r\ntitle: look again, Think slowly\r\n---\r\n\r\n# Look Again, Think Slowly: Enhancing Visual Reflection in Vision-Language Models\r\n\r\n기존 VLM 은 긴 추론에서 시각 정보를 다시 보지 않는다 👀\r\n\r\n## Motivation\r\nhallucination 이 는다.\r\n\r\n## Method\r\n시각 반성 데이터를 만든다.\r\n\r\n## Result\r\n벤치마크 향상.\r\n",
        expect![[r#"
            single front-matter "Look Again, Think Slowly: Enhancing Visual Reflection in Vision-Language Models" by - | header 4:8-4:32
              purpose "Motivation" h2 @11:4
              method "Method" h2 @14:4
              experiment "Result" h2 @17:4
        "#]],
    );
}

/// `- Step-by-Step Explanation` after a hyphen at a title's end says what
/// the note is, as `- Summary` does: cut.
#[test]
fn an_explanation_after_the_title_says_what_the_note_is() {
    check(
        "SPICE: Semantic Propositional Image Caption Evaluation.md",
        "# SPICE: Semantic Propositional Image Caption Evaluation - Step-by-Step Explanation 🧩\r\n\r\n## 1. 문제\r\nBLEU 는 의미를 못 본다.\r\n\r\n## 2. Method\r\n장면 그래프를 비교한다.\r\n\r\n## 3. Results\r\n사람 판단과 상관이 높다.\r\n",
        expect![[r#"
            single heading "SPICE: Semantic Propositional Image Caption Evaluation" by - | header 1:3-1:57
              purpose "1. 문제" h2 @3:4
              method "2. Method" h2 @6:4
              experiment "3. Results" h2 @9:4
        "#]],
    );
}

/// A reference under the heading that sets where the paper appeared in
/// italics after the year, its title left out (`Shunyu Yao, …, Yuan Cao
/// (2023). *ICLR 2023* (Princeton / Google Brain).`): no title; the
/// heading's stands, and the note is no placeholder.
#[test]
fn venue_in_italics_after_the_year_is_no_title() {
    check(
        "papers/ReAct Synergizing Reasoning and Acting in Language Models.md",
        "# ReAct: Synergizing Reasoning and Acting in Language Models 🤖\r\n\r\n**Reference:** Shunyu Yao, Jeffrey Zhao, Dian Yu, Nan Du, Izhak Shafran, Karthik Narasimhan, Yuan Cao (2023). *ICLR 2023* (Princeton / Google Brain). arXiv:2210.03629.\r\n\r\n## Summary\r\n추론과 행동을 번갈아 한다.\r\n\r\n## Key Ideas\r\n- 생각과 행동을 한 궤적에.\r\n\r\n## Connections\r\n- [[Chain-of-Thought Prompting]]\r\n",
        expect![[r#"
            single heading "ReAct: Synergizing Reasoning and Acting in Language Models" by - | header 1:3-1:61
              summary "Summary" h2 @5:4
              method "Key Ideas" h2 @8:4
        "#]],
    );
}

/// A slide deck's title on its heading and the subtitle on the heading
/// under it, opening with its colon and broken by `<br>` (`# [MobileNets](…)`
/// over `###### : Efficient Convolutional Neural Networks <br>for Mobile
/// Vision Applications`): the two joined, where the first stands.
#[test]
fn slide_title_with_its_subtitle_on_the_heading_below() {
    check(
        "MobileNets/MobileNets-marp.md",
        "---\r\nmarp: true\r\npaginate: true\r\n---\r\n\r\n# [MobileNets](https://arxiv.org/abs/1704.04861)\r\n###### : Efficient Convolutional Neural Networks <br>for Mobile Vision Applications\r\n\r\n#### 이동건 📱\r\n\r\n---\r\n## 1. Introduction\r\n모바일 기기에서 빠른 모델.\r\n\r\n---\r\n## 3. MobileNet Architecture\r\ndepthwise separable convolution.\r\n\r\n---\r\n## 4. Experiments\r\nImageNet 정확도.\r\n",
        expect![[r#"
            single heading "MobileNets: Efficient Convolutional Neural Networks for Mobile Vision Applications" by - | header 6:4-6:14
              purpose "1. Introduction" h2 @12:4
              method "3. MobileNet Architecture" h2 @16:4
              experiment "4. Experiments" h2 @20:4
        "#]],
    );
}

/// A topic's README that lists its papers as linked items under a part so
/// named (`### 논문 리스트` over `- Automatic Prompt Engineer (APE) :
/// https://arxiv.org/abs/2211.01910` and one more), each then under a
/// heading of its own: a note on several papers, no review of one.
#[test]
fn a_topic_listing_its_papers_under_a_paper_list_part() {
    check(
        "LLM/Automatic Prompt Engineering/README.md",
        "# 개요 🧭\r\n\r\n### Motivation\r\n- LLM은 prompt에 민감하다.\r\n\r\n### Main Point\r\n- Instruction Generation\r\n\r\n### 논문 리스트 \r\n- Automatic Prompt Engineer (APE) : https://arxiv.org/abs/2211.01910\r\n- Auto Instruct : https://arxiv.org/abs/2310.13127\r\n\r\n# APE\r\n\r\n### Method\r\n후보 지시문을 만들고 고른다.\r\n\r\n# Auto-Instruct\r\n\r\n### Method\r\n지시문을 순위 매긴다.\r\n",
        expect![[r#"
            not a review
        "#]],
    );
}

/// A heading under the title that opens with an emoji's short code
/// (`## :bulb: Key Idea And Main Contribution`) is a part, not the title's
/// subtitle: only a colon and a space, or the full-width colon, opens one.
#[test]
fn an_emoji_short_code_opening_the_next_heading_is_no_subtitle() {
    check(
        "ResNet.md",
        "# Deep Residual Learning\r\n## :bulb: Key Idea And Main Contribution\r\n잔차 연결 💡\r\n\r\n## Motivation\r\n깊은 망은 학습이 어렵다.\r\n\r\n## Experiments\r\nImageNet.\r\n",
        expect![[r#"
            single heading "Deep Residual Learning" by - | header 1:3-1:25
              method ":bulb: Key Idea And Main Contribution" h2 @2:4
              novelty ":bulb: Key Idea And Main Contribution" h2 @2:4
              purpose "Motivation" h2 @5:4
              experiment "Experiments" h2 @8:4
        "#]],
    );
}

/// A venue and its year before the title and a bar (`ICLR 2022 | LoRA: …`):
/// cut from the title and kept as its venue and year, as in brackets.
#[test]
fn venue_and_year_before_a_bar_are_kept_as_the_titles() {
    check(
        "papers/lora.md",
        "# ICLR 2022 | LoRA: Low-Rank Adaptation of Large Language Models 🚀\r\n\r\n## 배경\r\n전체 미세조정은 비싸다.\r\n\r\n## 방법\r\n저랭크 행렬을 더한다.\r\n\r\n## 실험\r\nGPT-3 에서 비슷한 성능.\r\n",
        expect![[r#"
            single heading "LoRA: Low-Rank Adaptation of Large Language Models" venue="ICLR" year=2022 by - | header 1:15-1:65
              purpose "배경" h2 @3:4
              method "방법" h2 @6:4
              experiment "실험" h2 @9:4
        "#]],
    );
}

/// A post titled by the paper's nickname or a headline in the reader's
/// language (`title: Detection Transformer 쉽게 이해하기`), whose text opens with the
/// paper's whole title as a heading: the heading's title.
#[test]
fn front_matter_nickname_over_the_papers_whole_title_heading() {
    check(
        "_posts/2021-12-04-detr.md",
        "---\r\ntitle: Detection Transformer 쉽게 이해하기 🚀\r\ndate: 2021-12-04 19:42:42\r\ncategories:\r\n- cv\r\n---\r\n\r\n### End-to-End Object Detection with Transformers\r\n\r\n[arXiv](https://arxiv.org/abs/2005.12872) · NMS 와 anchor 없이 검출한다 🎯\r\n\r\n### Architecture\r\nbackbone, transformer, FFN 세 부분.\r\n\r\n### 실험 결과\r\nCOCO 에서 Faster R-CNN 과 비슷하다.\r\n",
        expect![[r#"
            single heading "End-to-End Object Detection with Transformers" by - | header 8:5-8:50
              method "Architecture" h3 @12:5
              experiment "실험 결과" h3 @15:5
        "#]],
    );
}
