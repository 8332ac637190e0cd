//! `missing-reviewer`: a review that does not say who wrote it.

use review_syntax::{HeaderOrigin, Layout, TitleSource};

use super::{FileContext, RuleMeta};
use crate::finding::Finding;
use crate::severity::Severity;

rule!(
    MissingReviewer,
    r#"Reports a review that does not say who wrote it.

### What it does

Finds reviews that name a paper but no reviewer: a heading such as
`# Attention Is All You Need` followed by sections, or front matter with a
`title:` but no `reviewer:`.

### Why

Reviews are compared and counted per reviewer: a teaching assistant needs
to know whose review it is, and duplicate reviews can only be found when
the reviewer is named.

### Example

```markdown
# Attention Is All You Need

## 목적
순환 없이 번역하기.
```

reports the heading. Write `# 홍길동: Attention Is All You Need`, or put
`reviewer: 홍길동` in the front matter. Switch the rule off in
`review-ls.toml` for a personal notebook with one author.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV005",
    name: "missing-reviewer",
    default_severity: Severity::Warning,
    summary: "a review does not name its reviewer",
    doc: MissingReviewer::DOC,
};

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    for entry in context
        .parsed
        .entries
        .iter()
        .filter(|entry| entry.header.reviewer.is_none())
    {
        // A personal notes folder has one author: single-review notes are
        // held to naming their reviewer only when the configuration asks.
        let single = context.parsed.layout == Some(Layout::Single)
            && entry.header.title_source != TitleSource::Header;
        if single && !context.config.single_reviewer_required {
            continue;
        }
        let message = match entry.header.origin {
            HeaderOrigin::FrontMatter => {
                "this review names no reviewer: add `reviewer: <name>` to the front matter"
            }
            _ if single => {
                "this note names no reviewer: add a `Reviewer: <name>` line under its title, or `reviewer:` in front matter"
            }
            _ => "this review names no reviewer: write the header as `Name: Title`",
        };
        out.push(context.finding(entry.header.range, message.to_owned(), None));
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::Config;
    use crate::rules::Rule;
    use crate::rules::test_support::{check, render};

    fn render_check(config: &Config, fixture: &str, _rule: Rule, expect: expect_test::Expect) {
        expect.assert_eq(&render(fixture, Rule::MissingReviewer, config));
    }

    #[test]
    fn single_notes_name_their_reviewer_only_when_configured() {
        let note = "# Attention Is All You Need\n\n- Authors: Ashish Vaswani, Noam Shazeer\n\n## 1. Introduction\n왜.\n## 2. Method\n어떻게.\n";
        check(note, Rule::MissingReviewer, expect![""]);
        let config =
            Config::from_toml("[single]\nreviewer-required = true\n", "review-ls.toml").unwrap();
        expect![[r#"
            notes.md 1:3-1:28 RV005 warning: this note names no reviewer: add a `Reviewer: <name>` line under its title, or `reviewer:` in front matter
        "#]]
        .assert_eq(&render(note, Rule::MissingReviewer, &config));
        let reviewed = "# Attention Is All You Need\n\n- Reviewer: 홍길동\n- Authors: Ashish Vaswani, Noam Shazeer\n\n## 1. Introduction\n왜.\n";
        expect![""].assert_eq(&render(reviewed, Rule::MissingReviewer, &config));
    }

    #[test]
    fn reports_a_titled_review_without_a_reviewer() {
        check(
            "## 홍길동: Deep Residual Learning\n- 목적: x\n\n## Attention Is All You Need\n- 목적: 왜.\n\n## 김철수: Swin Transformer\n- 목적: z\n",
            Rule::MissingReviewer,
            expect![[r#"
            notes.md 4:4-4:29 RV005 warning: this review names no reviewer: write the header as `Name: Title`
        "#]],
        );
        let config =
            Config::from_toml("[single]\nreviewer-required = true\n", "review-ls.toml").unwrap();
        render_check(
            &config,
            "---\ntitle: Attention Is All You Need\n---\n\n- 목적: 왜.\n- Method: 어떻게.\n",
            Rule::MissingReviewer,
            expect![[r#"
            notes.md 2:8-2:33 RV005 warning: this review names no reviewer: add `reviewer: <name>` to the front matter
        "#]],
        );
    }

    #[test]
    fn chapter_headings_are_not_reviews() {
        check(
            "# Week 3\n\n홍길동: Paper\n- 목적: 왜.\n",
            Rule::MissingReviewer,
            expect![[r#""#]],
        );
    }
}
