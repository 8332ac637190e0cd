//! `empty-section`: a label with nothing after it.

use super::{FileContext, RuleMeta};
use crate::finding::Finding;
use crate::severity::Severity;

rule!(
    EmptySection,
    r#"Reports a section label with no text after it.

### What it does

Finds labels such as `실험:` followed by nothing before the next label or
the end of the review, and reports the label.

### Why

An empty section looks complete to a checklist but tells a reader nothing;
it is usually a skeleton that was never filled in.

### Example

```markdown
## 홍길동: Attention Is All You Need

- 목적: 순환 없이 번역하기.
- Method: self-attention.
- 실험:
```

reports `실험` as empty. Write what the experiments showed, or remove the
label.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV002",
    name: "empty-section",
    default_severity: Severity::Warning,
    summary: "a section label has no text after it",
    doc: EmptySection::DOC,
};

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    for entry in &context.parsed.entries {
        for section in entry
            .sections
            .iter()
            .filter(|section| {
                section.content.is_empty()
                    || review_syntax::is_vacant(section.content.slice(context.text))
            })
        {
            let label = section.label.slice(context.text);
            let message = format!(
                "the `{label}` section is empty: write its {} text after the label, or remove it",
                section.kind
            );
            out.push(context.finding(section.label, message, None));
        }
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    /// In a single note a section holding only an empty list item, a
    /// kramdown attribute list or an HTML comment is empty too; an image is
    /// not.
    #[test]
    fn markup_without_text_is_empty() {
        check(
            "# Attention Is All You Need (2017)\r\n\r\n## Introduction\r\n순환 없이 번역한다 🙂.\r\n\r\n## Method\r\n  * \r\n\r\n## Experiments\r\n{: .align-center}{: width=\"600\"}\r\n<!-- 나중에\r\n채운다 -->\r\n\r\n## Results\r\n![BLEU 표](bleu.png){: .align-center}\r\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 6:4-6:10 RV002 warning: the `Method` section is empty: write its method text after the label, or remove it
                notes.md 9:4-9:15 RV002 warning: the `Experiments` section is empty: write its experiment text after the label, or remove it
            "#]],
        );
    }

    /// A template's blank left in angle brackets, or its question left
    /// unanswered, is no text; an HTML tag and an autolink are.
    #[test]
    fn a_blank_of_the_template_is_empty() {
        check(
            "# Orca: A Distributed Serving System 🐋\n\n## 1. 要解决的问题\n<待精读>\n\n## 2. 核心方法\n- <your method here>\n\n## 3. 主要结果\n<img src=\"fig3.png\" width=\"500\">\n\n## 4. Results\n<https://arxiv.org/abs/2209.00001>\n\n## 5. Experiments\n</details>\n\n## 6. Method\n__*What is their developed system?*__\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 3:4-3:13 RV002 warning: the `1. 要解决的问题` section is empty: write its purpose text after the label, or remove it
                notes.md 6:4-6:11 RV002 warning: the `2. 核心方法` section is empty: write its method text after the label, or remove it
                notes.md 18:4-18:13 RV002 warning: the `6. Method` section is empty: write its method text after the label, or remove it
            "#]],
        );
    }

    /// A note that the part is still to be written says nothing of the
    /// paper; a sentence that mentions a plan does.
    #[test]
    fn a_part_left_to_write_is_empty() {
        check(
            "# Attention Is All You Need 🤖\r\n\r\n## Summary\r\nThis paper proposes the Transformer, built on attention alone.\r\n\r\n## 배경\r\n(작성 예정)\r\n\r\n## Method\r\n*TBD*\r\n\r\n## 실험\r\n（待补充）\r\n\r\n## Results\r\nTBD: BLEU 표는 나중에 채운다.\r\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 6:4-6:6 RV002 warning: the `배경` section is empty: write its purpose text after the label, or remove it
                notes.md 9:4-9:10 RV002 warning: the `Method` section is empty: write its method text after the label, or remove it
                notes.md 12:4-12:6 RV002 warning: the `실험` section is empty: write its experiment text after the label, or remove it
            "#]],
        );
    }

    /// A template that draws a rule under each heading (`## 배경` over `---`
    /// and `(TBD)`) has written nothing there either.
    #[test]
    fn a_rule_over_a_part_left_to_write_is_empty() {
        check(
            "# Wasserstein GAN 📏\r\n\r\n[Paper](https://arxiv.org/abs/1701.07875)\r\n\r\n## 배경\r\n---\r\n(TBD)\r\n\r\n## 성과\r\n* * *\r\n\r\n## Method\r\n---\r\nEarth mover distance.\r\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 5:4-5:6 RV002 warning: the `배경` section is empty: write its purpose text after the label, or remove it
                notes.md 9:4-9:6 RV002 warning: the `성과` section is empty: write its experiment text after the label, or remove it
            "#]],
        );
    }

    /// A list label with labels nested under it (`* 3 실험 설정` over an
    /// indented `* 3.1 Models and hyperparameters`) holds them, as a
    /// heading holds smaller ones; a label at the same depth does not.
    #[test]
    fn a_list_label_over_nested_labels_is_not_empty() {
        check(
            "# Simple and Controllable Music Generation 🎵\r\n\r\n## Introduction\r\n긴 시퀀스를 모델링하기 어렵다.\r\n\r\n* 3 실험 설정\r\n    * 3.1 Models and hyperparameters\r\n        * 32 kHz EnCodec, 4 codebooks.\r\n* **Results**:\r\n* **Method**: a single-stage transformer.\r\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 9:5-9:12 RV002 warning: the `Results` section is empty: write its experiment text after the label, or remove it
            "#]],
        );
    }

    #[test]
    fn reports_labels_with_nothing_after_them() {
        check(
            "홍길동: Paper 😀\r\n- 목적: 왜.\r\n- Method:\r\n- 실험：\r\n",
            Rule::EmptySection,
            expect![[r#"
                notes.md 3:3-3:9 RV002 warning: the `Method` section is empty: write its method text after the label, or remove it
                notes.md 4:3-4:5 RV002 warning: the `실험` section is empty: write its experiment text after the label, or remove it
            "#]],
        );
    }

    #[test]
    fn a_label_word_inside_another_sections_text_is_text() {
        check(
            "홍길동: Paper\n\n목적: 왜. Method: 실험: 좋음.\n",
            Rule::EmptySection,
            expect![[r#""#]],
        );
    }
}
