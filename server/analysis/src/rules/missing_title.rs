//! `missing-title`: a review header that names no paper.

use review_syntax::HeaderOrigin;

use super::{FileContext, RuleMeta};
use crate::finding::Finding;
use crate::severity::Severity;

rule!(
    MissingTitle,
    r#"Reports a review whose header names no paper.

### What it does

Finds headers with a reviewer and a separator but no title after it
(`홍길동:`), and front matter with a `reviewer:` but no `title:`.

### Why

Without a title the review cannot be matched with other reviews of the same
paper, and readers cannot tell what it is about.

### Example

```markdown
홍길동:

- 목적: 순환 없이 번역하기.
```

reports `홍길동:`. Write the paper's title after the separator; in an
editor, completion offers the titles the workspace already knows.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV004",
    name: "missing-title",
    default_severity: Severity::Error,
    summary: "a review's header names no paper",
    doc: MissingTitle::DOC,
};

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    for entry in context
        .parsed
        .entries
        .iter()
        .filter(|entry| entry.header.title.is_none())
    {
        let message = match (&entry.header.origin, &entry.header.reviewer) {
            (HeaderOrigin::FrontMatter, _) => {
                "this review names no paper: add `title: <paper title>` to the front matter"
                    .to_owned()
            }
            (_, Some(reviewer)) => format!(
                "the review by {} names no paper: write the paper's title after the separator",
                reviewer.name
            ),
            (_, None) => "this review names no paper: write its title in the header".to_owned(),
        };
        out.push(context.finding(entry.header.range, message, None));
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    #[test]
    fn reports_a_header_without_a_title() {
        check(
            "## 홍길동:\n\n- 목적: 왜.\n\n김철수, Real Title\n",
            Rule::MissingTitle,
            expect![[r#"
            notes.md 1:4-1:8 RV004 error: the review by 홍길동 names no paper: write the paper's title after the separator
        "#]],
        );
    }

    #[test]
    fn reports_front_matter_without_a_title() {
        check(
            "---\nreviewer: 오우석\n---\n\n## 목적\n왜.\n",
            Rule::MissingTitle,
            expect![[r#"
            notes.md 2:11-2:14 RV004 error: this review names no paper: add `title: <paper title>` to the front matter
        "#]],
        );
    }
}
