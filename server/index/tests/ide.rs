//! Completion and hover on the seed's real cases, as fixtures with a `$0`
//! cursor: the workspace is the seed plus the fixture's file, and the
//! catalog is `tests/data/ml-papers.txt`.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use expect_test::{Expect, expect};
use review_index::catalog::{CatalogFormat, load};
use review_index::ide::{Previews, complete, hover, other_reviews, search_reviews, title_preview};
use review_index::{FileStamp, TitleIndex, View};
use review_syntax::{Vocabulary, parse};

const SEED: &str = "seeds/000_1d7a1aefbff0b690.md";

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

/// The fixture's text without `$0`, and the cursor's offset.
fn cursor(fixture: &str) -> (String, usize) {
    let offset = fixture.find("$0").expect("a $0 cursor");
    (fixture.replacen("$0", "", 1), offset)
}

fn workspace(extra: Option<(&str, &str)>) -> Arc<TitleIndex> {
    let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
    let mut writer = index.writer().unwrap();
    let seed = std::fs::read_to_string(repo(SEED)).unwrap();
    writer.stage_reviews(SEED, None, &seed, &parse(&seed, &Vocabulary::default()));
    let list = "tests/data/ml-papers.txt";
    let titles = load(
        &std::fs::read_to_string(repo(list)).unwrap(),
        CatalogFormat::of(Path::new(list)),
    )
    .titles;
    writer.stage_catalog(list, FileStamp::of(&repo(list)), titles);
    if let Some((path, text)) = extra {
        writer.stage_reviews(path, None, text, &parse(text, &Vocabulary::default()));
    }
    writer.commit().unwrap();
    index
}

fn check_completion(fixture: &str, expect: Expect) {
    let (text, offset) = cursor(fixture);
    let index = workspace(Some(("notes/new.md", &text)));
    let rendered = match complete(
        &text,
        offset,
        &Vocabulary::default(),
        &View::committed(&index),
        5,
        Previews::Now,
    ) {
        None => "no completion here\n".to_owned(),
        Some(completions) => {
            let mut out = format!("incomplete: {}\n", completions.is_incomplete);
            for item in completions.items {
                out.push_str(&format!(
                    "{} | {} | replaces {:?} | inserts {:?}\n",
                    item.label,
                    item.detail.unwrap_or_default(),
                    item.replace.slice(&text),
                    item.insert_text
                ));
            }
            out
        }
    };
    expect.assert_eq(&rendered);
}

#[test]
fn decision_tr_completes_to_the_exact_title() {
    check_completion(
        "홍길동: Decision Tr$0\n",
        expect![[r#"
            incomplete: false
            Decision Transformer: Reinforcement Learning via Sequence Modeling | reviewed by 3 | replaces "Decision Tr" | inserts "Decision Transformer: Reinforcement Learning via Sequence Modeling"
        "#]],
    );
}

/// A list made for later previews carries each title's paper instead of
/// its preview, and the preview made then is the one the list would have
/// held.
#[test]
fn previews_made_later_are_the_previews_made_with_the_list() {
    let (text, offset) = cursor("## 김철수, Momentum Con$0🙂");
    let index = workspace(Some(("notes/new.md", &text)));
    let view = View::committed(&index);
    let vocabulary = Vocabulary::default();
    let now = complete(&text, offset, &vocabulary, &view, 5, Previews::Now).unwrap();
    let later = complete(&text, offset, &vocabulary, &view, 5, Previews::Later).unwrap();
    assert_eq!(now.items.len(), 2, "{now:?}");
    assert_eq!(later.items.len(), now.items.len());
    for (now, later) in now.items.iter().zip(&later.items) {
        assert_eq!(later.label, now.label);
        assert_eq!(later.detail, now.detail);
        assert_eq!(later.documentation, None);
        let key = later.paper.as_ref().expect("a title item names its paper");
        assert_eq!(now.paper.as_ref(), Some(key));
        assert_eq!(Some(title_preview(key, &view)), now.documentation);
    }
    let previews: Vec<&str> = now
        .items
        .iter()
        .map(|item| item.documentation.as_deref().unwrap())
        .collect();
    expect![[r#"
        **Momentum Contrast for Unsupervised Visual Representation Learning**

        No review of this paper in the workspace.

        Catalog: [tests/data/ml-papers.txt:3](tests/data/ml-papers.txt:3)
        ---
        **Momentum Constrast for Unsupervised Visual Representation Learning**

        1 review:

        **이휘준** · [seeds/000_1d7a1aefbff0b690.md:107](seeds/000_1d7a1aefbff0b690.md:107)

        > Self-supervised learning 의 일종인 contrastive learning(constrastive loss 는 비슷한 pair 는 가깝게, 비슷하지 않은 것은 멀도록 representation 학습)을 vision task 에 적용하되, 기존 contrastive loss mechanism 의 end-to-end 방식과 memory bank 방식의 문제점(negative sample 의 encoder 의…"#]]
    .assert_eq(&previews.join("\n---\n"));
}

#[test]
fn a_typo_still_finds_the_real_title() {
    check_completion(
        "## 김철수, Momentum Constrast$0",
        expect![[r#"
        incomplete: false
        Momentum Constrast for Unsupervised Visual Representation Learning | reviewed once | replaces "Momentum Constrast" | inserts "Momentum Constrast for Unsupervised Visual Representation Learning"
        Momentum Contrast for Unsupervised Visual Representation Learning | similar spelling | replaces "Momentum Constrast" | inserts "Momentum Contrast for Unsupervised Visual Representation Learning"
    "#]],
    );
}

#[test]
fn both_spellings_of_the_rank_1_paper_are_one_paper() {
    check_completion(
        "이영희: Efficient and Scalable Bayesian Neural Nets with Rank 1$0",
        expect![[r#"
        incomplete: false
        Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors | reviewed by 2 | replaces "Efficient and Scalable Bayesian Neural Nets with Rank 1" | inserts "Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors"
    "#]],
    );
}

#[test]
fn titles_complete_in_front_matter_and_labels_at_line_start() {
    check_completion(
        "---\ntitle: Swin$0\n---\n",
        expect![[r#"
        incomplete: false
        Swin Transformer: Hierarchical Vision Transformer using Shifted Windows | reviewed once | replaces "Swin" | inserts "Swin Transformer: Hierarchical Vision Transformer using Shifted Windows"
    "#]],
    );
    check_completion(
        "홍길동: Paper\n\n- 실$0",
        expect![[r#"
        incomplete: false
        실험 | experiment section | replaces "실" | inserts "실험: "
        실험 결과 | experiment section | replaces "실" | inserts "실험 결과: "
        실험결과 | experiment section | replaces "실" | inserts "실험결과: "
    "#]],
    );
    // After a bullet, an ordered list marker or a symbol bullet, as the
    // parser reads them.
    for fixture in [
        "홍길동: Paper\n\n- me$0",
        "홍길동: Paper\n\n1. 목적: 분류.\n2. me$0",
    ] {
        check_completion(
            fixture,
            expect![[r#"
        incomplete: false
        Method | method section | replaces "me" | inserts "Method: "
        Methodology | method section | replaces "me" | inserts "Methodology: "
        Methods | method section | replaces "me" | inserts "Methods: "
    "#]],
        );
    }
    check_completion(
        "홍길동: Paper\n\n◦ 실험 결$0",
        expect![[r#"
        incomplete: false
        실험 결과 | experiment section | replaces "실험 결" | inserts "실험 결과: "
    "#]],
    );
    check_completion(
        "홍길동: Paper\n\n이 논문은 $0",
        expect![[r#"
        no completion here
    "#]],
    );
}

fn check_hover(line: usize, needle: &str, expect: Expect) {
    let text = std::fs::read_to_string(repo(SEED)).unwrap();
    let line_start: usize = text.split('\n').take(line - 1).map(|l| l.len() + 1).sum();
    let offset = line_start + text[line_start..].find(needle).unwrap();
    let index = workspace(None);
    expect.assert_eq(&render_hover(&index, SEED, &text, offset));
}

/// The hover at `offset` of the file `file` holding `text`: its range's
/// text, then its markdown.
fn render_hover(index: &TitleIndex, file: &str, text: &str, offset: usize) -> String {
    let parsed = parse(text, &Vocabulary::default());
    let link = |file: &str, line: usize| format!("file:///{file}#L{line}");
    hover(&parsed, file, text, offset, &View::committed(index), &link)
        .map_or("no hover".to_owned(), |hover| {
            format!("range {:?}\n{}", hover.range.slice(text), hover.markdown)
        })
}

#[test]
fn hovering_decision_transformer_shows_the_two_other_reviews() {
    check_hover(
        111,
        "Transformer",
        expect![[r#"
        range "Decision Transformer: Reinforcement Learning via Sequence Modeling"
        **Decision Transformer: Reinforcement Learning via Sequence Modeling**

        2 other reviews:

        **정민준** · [seeds/000_1d7a1aefbff0b690.md:115](file:///seeds/000_1d7a1aefbff0b690.md#L115)

        > 기존 language 모델들은 visual 과 word 토큰을 align 시키기 위한 방법들을 제시하였는데, 이들이 주로 image의 region feature에 의존하고 있었다는 특징이 있고, 이로부터 야기되는 한계점 (vision-language interaction 학습 어려움, object detector 학습 cost, image-text dataset 이 noisy)을 극복하기 위한 ALign BEfore…

        **오우석** · [seeds/000_1d7a1aefbff0b690.md:281](file:///seeds/000_1d7a1aefbff0b690.md#L281)

        > 강화학습 문제를 sequential modeling 문제로 바꿔 해결하는 방법에 대해 알아보았는데 구체적으로 Sequential modeling을 할 때 NLP에서 좋은 성능을 보이는 Transformer 구조를 사용할 수 있다는 점, Bootstrapping과 credit assignment로 인한 문제를 어떻게 해결할지에 대해 알았고, offline RL는 기존의 RL에서 interaction의 비용이 매우 크기 때문에…

        Catalog: [tests/data/ml-papers.txt:7](file:///tests/data/ml-papers.txt#L7)"#]],
    );
}

#[test]
fn hovering_a_paper_nobody_else_reviewed_says_so() {
    check_hover(
        33,
        "Representation",
        expect![[r#"
        range "Contrastive Representation Distillation"
        No other review of this paper in the workspace, and no catalog entry."#]],
    );
}

#[test]
fn references_and_workspace_search() {
    let text = std::fs::read_to_string(repo(SEED)).unwrap();
    let parsed = parse(&text, &Vocabulary::default());
    let index = workspace(None);
    let offset = text
        .find("Efficient and Scalable Bayesian Neural Nets with Rank-1")
        .unwrap();
    let others = other_reviews(&parsed, SEED, &text, offset, &View::committed(&index)).unwrap();
    let found: Vec<(usize, Option<&str>)> = others
        .iter()
        .map(|r| (r.line, r.reviewer.as_deref()))
        .collect();
    assert_eq!(found, [(317, Some("이동휴"))]);
    let by_reviewer: Vec<(usize, String)> = search_reviews("이태", &index, 10)
        .into_iter()
        .map(|r| (r.line, r.title))
        .collect();
    assert_eq!(by_reviewer, [(103, "Deep Burst Super-Resolution".to_owned()), (355, "AdaSGN: Adapting Joint Number and Model Size for Efficient Skeleton-Based Action Recognition".to_owned())]);
    let by_title: Vec<usize> = search_reviews("soft teacher", &index, 10)
        .into_iter()
        .map(|r| r.line)
        .collect();
    assert_eq!(by_title, [245, 249]);
}

fn check_hover_fixture(fixture: &str, expect: Expect) {
    let (text, offset) = cursor(fixture);
    let index = workspace(Some(("notes/new.md", &text)));
    expect.assert_eq(&render_hover(&index, "notes/new.md", &text, offset));
}

#[test]
fn a_paper_named_in_prose_by_its_short_name_shows_its_reviews() {
    check_hover_fixture(
        "홍길동: Online Decision Transformer\n\n- 목적: Decision Trans$0former를 online 으로 확장함.\n",
        expect![[r#"
            range "Decision Transformer"
            **Decision Transformer: Reinforcement Learning via Sequence Modeling**

            3 reviews:

            **전지형** · [seeds/000_1d7a1aefbff0b690.md:111](file:///seeds/000_1d7a1aefbff0b690.md#L111)

            > 주변환경과 상호작용하여 나온 결과가 주어졌을 때, 보상(Return)을 maximize 하는 parametrized policy 를 찾는 강화학습(RL) 문제에 대해, sequence 기반 model 이 기존 traditional RL 알고리즘대비 유리하다는 점에 대해 언급하고, RL 에서 trajectory representation 을 정의한 뒤, transformer 를 활용하여 autoregressive 한…

            **정민준** · [seeds/000_1d7a1aefbff0b690.md:115](file:///seeds/000_1d7a1aefbff0b690.md#L115)

            > 기존 language 모델들은 visual 과 word 토큰을 align 시키기 위한 방법들을 제시하였는데, 이들이 주로 image의 region feature에 의존하고 있었다는 특징이 있고, 이로부터 야기되는 한계점 (vision-language interaction 학습 어려움, object detector 학습 cost, image-text dataset 이 noisy)을 극복하기 위한 ALign BEfore…

            **오우석** · [seeds/000_1d7a1aefbff0b690.md:281](file:///seeds/000_1d7a1aefbff0b690.md#L281)

            > 강화학습 문제를 sequential modeling 문제로 바꿔 해결하는 방법에 대해 알아보았는데 구체적으로 Sequential modeling을 할 때 NLP에서 좋은 성능을 보이는 Transformer 구조를 사용할 수 있다는 점, Bootstrapping과 credit assignment로 인한 문제를 어떻게 해결할지에 대해 알았고, offline RL는 기존의 RL에서 interaction의 비용이 매우 크기 때문에…

            Catalog: [tests/data/ml-papers.txt:7](file:///tests/data/ml-papers.txt#L7)"#]],
    );
}

#[test]
fn a_whole_title_in_prose_is_found_and_the_longest_name_wins() {
    check_hover_fixture(
        "홍길동: Some Paper\n\n- Method: *Momentum Contrast for Unsupervised Visual Represen$0tation Learning* 의 queue 를 사용.\n",
        expect![[r#"
            range "Momentum Contrast for Unsupervised Visual Representation Learning"
            **Momentum Contrast for Unsupervised Visual Representation Learning**

            No review of this paper in the workspace.

            Catalog: [tests/data/ml-papers.txt:3](file:///tests/data/ml-papers.txt#L3)"#]],
    );
}

#[test]
fn prose_that_names_no_known_paper_has_no_hover() {
    for fixture in [
        // A lowercase phrase, an unknown acronym, a Hangul word.
        "홍길동: Some Paper\n\n- 목적: vision trans$0former 구조\n",
        "홍길동: Some Paper\n\n- 목적: Vi$0T 구조\n",
        "홍길동: Some Paper\n\n- 목적: 구$0조\n",
        // The reviewer's name in a header is not a title.
        "홍$0길동: Some Paper\n",
    ] {
        check_hover_fixture(fixture, expect![[r#"no hover"#]]);
    }
}

#[test]
fn a_name_in_the_papers_own_review_leaves_that_review_out() {
    check_hover(
        121,
        "Swin Transformer를",
        expect![[r#"
            range "Swin Transformer"
            **Swin Transformer: Hierarchical Vision Transformer using Shifted Windows**

            No other review of this paper in the workspace.

            Catalog: [tests/data/ml-papers.txt:12](file:///tests/data/ml-papers.txt#L12)"#]],
    );
}

/// A completion item shows one review of a paper: the index reads one, and
/// the catalog's entries, not the paper's every review.
#[test]
fn a_paper_sample_holds_the_reviews_asked_for_and_every_catalog_entry() {
    let index = workspace(None);
    let key = review_syntax::TitleKey::new(
        "Decision Transformer: Reinforcement Learning via Sequence Modeling",
    );
    let whole = index.paper(&key);
    assert_eq!(whole.reviews.len(), 3);
    let sample = index.paper_sample(&key, 1);
    assert_eq!(sample.reviews.len(), 1);
    assert!(whole.reviews.contains(&sample.reviews[0]));
    assert_eq!(sample.catalog, whole.catalog);
    let sample = index.paper_sample(&key, 5);
    assert_eq!(sample.reviews, whole.reviews);
}

/// A paper reviewed 25 times: a hover from one of its reviews shows 20 of
/// the other 24 and says how many it left out.
#[test]
fn a_hover_shows_twenty_reviews_and_counts_the_rest() {
    let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
    let mut writer = index.writer().unwrap();
    let mut own = String::new();
    for week in 0..25 {
        let name = format!(
            "{}{}",
            ["김", "이", "박", "최", "정"][week / 5],
            ["민수", "서연", "지훈", "하은", "도윤"][week % 5]
        );
        let text = format!("{name}: Attention Is All You Need\n\n- 목적: 주 {week}.\n");
        let file = format!("notes/week{week:02}.md");
        let parsed = parse(&text, &Vocabulary::default());
        writer.stage_reviews(&file, None, &text, &parsed);
        if week == 0 {
            own = text;
        }
    }
    writer.commit().unwrap();
    let parsed = parse(&own, &Vocabulary::default());
    let markdown = hover(
        &parsed,
        "notes/week00.md",
        &own,
        own.find("Attention").unwrap(),
        &View::committed(&index),
        &|file, line| format!("{file}#L{line}"),
    )
    .unwrap()
    .markdown;
    assert!(markdown.contains("24 other reviews:"), "{markdown}");
    assert_eq!(
        markdown.matches("- *purpose*: 주").count(),
        20,
        "{markdown}"
    );
    assert!(!markdown.contains("week00.md"), "{markdown}");
    assert!(markdown.contains("…and 4 more."), "{markdown}");
}
