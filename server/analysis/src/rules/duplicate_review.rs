//! `duplicate-review`: the same reviewer reviewing the same paper twice.

use super::{FileContext, RuleMeta};
use crate::finding::{Finding, RelatedLocation};
use crate::severity::Severity;

rule!(
    DuplicateReview,
    r#"Reports a second review of the same paper by the same reviewer, anywhere
in the workspace.

### What it does

Compares reviewer names and normalized titles (case, punctuation, dashes,
spacing and a trailing venue ignored, so `Rank-1 Factors` and
`Rank 1 Factors` are one paper) across every checked file. Every review but
the first (by file path, then position) is reported, on its title, with the
first one as related location. A title followed by a part number
(`The Google File System - 2`, `… (2)`) is one part of a review written in
several posts, and no duplicate of the others.

### Why

A duplicate is usually a review pasted twice or submitted for the wrong
paper; either way one of the two should go, or they should be merged.

### Example

```markdown
김영국, Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors
…
김영국: Efficient and Scalable Bayesian Neural Nets with Rank 1 Factors
```

reports the second title.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV006",
    name: "duplicate-review",
    default_severity: Severity::Warning,
    summary: "the same reviewer reviewed the same paper twice",
    doc: DuplicateReview::DOC,
};

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    for entry in &context.parsed.entries {
        let (Some(reviewer), Some(title)) = (&entry.header.reviewer, &entry.header.title) else {
            continue;
        };
        if title.key.is_empty()
            || numbers_a_part(context.text.get(title.range.end..).unwrap_or(""))
        {
            continue;
        }
        let reviews = context.reviews.reviews_by(&reviewer.name, &title.key);
        let Some(first) = reviews.first() else {
            continue;
        };
        if &*first.file == context.file && first.title_range == title.range {
            continue;
        }
        let place = if &*first.file == context.file {
            format!("line {} of this file", first.line)
        } else {
            format!("{}:{}", first.file, first.line)
        };
        let message = format!(
            "{} already reviewed this paper at {place}: merge the two reviews or remove one",
            reviewer.name
        );
        let related = vec![RelatedLocation {
            file: first.file.to_string(),
            range: first.title_range,
            message: "the first review".to_owned(),
        }];
        out.push(context.finding_with_related(title.range, message, related));
    }
}

/// Whether the rest of a title's line numbers one part of a review written
/// in several (`The Google File System - 2`, `… Shading (1)`): a part is no
/// duplicate of the others.
fn numbers_a_part(after: &str) -> bool {
    let line = after.lines().next().unwrap_or("").trim();
    let line = line.trim_matches(['"', '\'']).trim_end();
    let number = line
        .strip_prefix('-')
        .map(str::trim_start)
        .or_else(|| {
            line.strip_prefix(['(', '（'])
                .and_then(|inner| inner.strip_suffix([')', '）']))
        })
        .unwrap_or("");
    (1..=2).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    #[test]
    fn same_reviewer_same_paper_across_files_and_spellings() {
        check(
            "//- a.md\n김영국, Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors\n\n• 내용.\n//- b.md\n# 주간 노트\n\n김영국: Efficient and Scalable Bayesian Neural Nets with Rank 1 Factors (ICML 2020)\n\n이동휴: Efficient and Scalable Bayesian Neural Nets with Rank 1 Factors\n",
            Rule::DuplicateReview,
            expect![[r#"
                b.md 3:6-3:69 RV006 warning: 김영국 already reviewed this paper at a.md:1: merge the two reviews or remove one
                  related a.md 11..74: the first review
            "#]],
        );
    }

    #[test]
    fn the_same_reviewer_on_different_papers_is_fine() {
        check(
            "이태경, Deep Burst Super-Resolution\n\n이태경: AdaSGN\n",
            Rule::DuplicateReview,
            expect![[r#""#]],
        );
    }

    #[test]
    fn parts_of_one_review_are_no_duplicates_of_each_other() {
        check(
            "//- gfs-1.md\n---\ntitle: \"(Paper Review) The Google File System - 1\"\nreviewer: 장태혁\n---\n\n## Background 📁\n\n마스터 하나.\n//- gfs-2.md\n---\ntitle: \"(Paper Review) The Google File System - 2\"\nreviewer: 장태혁\n---\n\n## Measurements\n\n처리량.\n//- gfs-again.md\n---\ntitle: \"The Google File System\"\nreviewer: 장태혁\n---\n\n## Design\n\n청크 서버.\n",
            Rule::DuplicateReview,
            expect![[r#"
                gfs-again.md 2:9-2:31 RV006 warning: 장태혁 already reviewed this paper at gfs-1.md:2: merge the two reviews or remove one
                  related gfs-1.md 27..49: the first review
            "#]],
        );
    }

    #[test]
    fn twice_in_one_file() {
        check(
            "홍길동: Paper A\n\n홍길동: paper a.\n",
            Rule::DuplicateReview,
            expect![[r#"
            notes.md 3:6-3:13 RV006 warning: 홍길동 already reviewed this paper at line 1 of this file: merge the two reviews or remove one
              related notes.md 11..18: the first review
        "#]],
        );
    }
}
