//! `title-text-mismatch`: a review whose text talks about another paper than
//! the one its title names.

use super::{FileContext, RuleMeta};
use crate::finding::{Finding, RelatedLocation};
use crate::severity::Severity;
use crate::terms::{self, similarity};

rule!(
    TitleTextMismatch,
    r#"Hints that a review's text may describe another paper than the one its
title names — a review filed under the wrong title.

### What it does

Compares the technical terms of the review (the English words of its text,
cut to five letters) with two references, and reports the review's title
only when both disagree:

1. the distinctive words of its title (generic words such as *learning* or
   *network* left out): the review uses **none** of them;
2. the other reviews of the same paper in the workspace: it shares **less
   than 5 %** of its terms with each of them, while those reviews talk about
   the title's subject (they use its words).

A paper nobody else reviewed gives no second reference, so its reviews are
never reported: one disagreeing signal is not evidence enough. The message
gives the evidence: the title words, the overlap with the other reviews and
the workspace's usual overlap between reviews of one paper.

### Why

Reviews pasted under the wrong header look complete to every other check
but mislead everyone who reads the paper's reviews. On the seed (110
reviews) it reports two — a *Decision Transformer* review that describes
ALBEF, and a *Soft Teacher* review that describes model scaling — and
nothing else: reviews of one paper there share 12–31 % of their terms, the
two mismatches 0–3 %.

### Example

```markdown
정민준, Decision Transformer: Reinforcement Learning via Sequence Modeling,

• 기존 language 모델들은 visual 과 word 토큰을 align … ALign BEfore Fuse(ALBEF) …
```

is reported on its title when two other reviews of *Decision Transformer*
talk about transformers, sequences and policies.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV008",
    name: "title-text-mismatch",
    default_severity: Severity::Info,
    summary: "a review's text seems to describe another paper than its title",
    doc: TitleTextMismatch::DOC,
};

/// Below this share of common terms with every other review of the paper, a
/// review disagrees with them. Same-paper pairs in the seed share 0.12–0.31;
/// the two misfiled reviews 0.00 and 0.03.
const DISAGREEMENT: f32 = 0.05;

/// How many other reviews of the paper a review is compared with.
const MAX_COMPARED: usize = 32;

/// A review with fewer terms than this says too little to judge.
const MIN_TERMS: usize = 8;

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    for entry in &context.parsed.entries {
        let Some(title) = &entry.header.title else {
            continue;
        };
        // The review's own terms, as the workspace index read them when the
        // file was inserted; read here only for an entry it does not hold
        // (one without a reviewer) or holds from another text.
        let own = context
            .reviews
            .reviews_of(&title.key)
            .iter()
            .find(|review| &*review.file == context.file && review.title_range == title.range)
            .filter(|review| review.read_from(context.text, &title.text, entry));
        if own.is_some_and(|review| review.about_its_title || review.terms.len() < MIN_TERMS) {
            continue;
        }
        let body_terms = match own {
            Some(review) => review.terms.clone(),
            None => terms::entry_terms(context.text, entry),
        };
        let title_terms = terms::title_terms(&title.text);
        if body_terms.len() < MIN_TERMS
            || title_terms.is_empty()
            || !body_terms.is_disjoint(&title_terms)
        {
            continue;
        }
        let others: Vec<_> = context
            .reviews
            .reviews_of(&title.key)
            .iter()
            .filter(|other| !(&*other.file == context.file && other.title_range == title.range))
            .collect();
        // Compared with at most `MAX_COMPARED` others: enough to be sure, and
        // bounded when a paper has hundreds of reviews.
        let closest = others
            .iter()
            .take(MAX_COMPARED)
            .map(|other| similarity(&body_terms, &other.terms))
            .fold(0.0_f32, f32::max);
        if closest >= DISAGREEMENT {
            continue;
        }
        // The others must themselves be about the title to be a reference
        // (looked for only now: most reviews agree with the first others).
        let about_the_title: Vec<_> = others
            .iter()
            .filter(|other| !other.terms.is_disjoint(&title_terms))
            .take(MAX_COMPARED)
            .collect();
        if about_the_title.is_empty() {
            continue;
        }
        let usual = context
            .reviews
            .usual_similarity()
            .map_or(String::new(), |usual| {
                format!(
                    "; reviews of one paper here usually share {:.0}%",
                    usual * 100.0
                )
            });
        let message = format!(
            "this review may describe another paper: its text uses none of its title's words ({}) and shares {:.0}% of its terms with the {} other {} of this paper{usual}",
            terms::title_words(&title.text).join(", "),
            closest * 100.0,
            others.len(),
            if others.len() == 1 {
                "review"
            } else {
                "reviews"
            },
        );
        let related = about_the_title
            .iter()
            .map(|other| RelatedLocation {
                file: other.file.to_string(),
                range: other.title_range,
                message: "a review that matches the title".to_owned(),
            })
            .collect();
        out.push(context.finding_with_related(title.range, message, related));
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    #[test]
    fn a_review_filed_under_another_title() {
        check(
            "//- a.md\n전지형, Decision Transformer: Reinforcement Learning via Sequence Modeling\n\n• reward 를 maximize 하는 policy, trajectory 를 sequence 로 보고 transformer 로 autoregressive 하게 학습, offline RL dataset 에서 실험.\n\n정민준, Decision Transformer: Reinforcement Learning via Sequence Modeling,\n\n• 기존 language 모델들은 visual 과 word 토큰을 align 시키기 위한 방법, region feature 의존, object detector cost, image-text dataset noisy 문제를 ALign BEfore Fuse(ALBEF) 와 momentum distillation 으로 해결.\n//- b.md\n오우석: Decision Transformer: Reinforcement Learning via Sequence Modeling\n\n• offline RL 을 sequence modeling 으로, GPT 구조의 transformer 가 return, state, action token 을 보고 policy 를 학습.\n",
            Rule::TitleTextMismatch,
            expect![[r#"
                a.md 5:6-5:72 RV008 info: this review may describe another paper: its text uses none of its title's words (decision, transformer, reinforcement, sequence, modeling) and shares 4% of its terms with the 2 other reviews of this paper; reviews of one paper here usually share 27%
                  related a.md 11..77: a review that matches the title
                  related b.md 11..77: a review that matches the title
            "#]],
        );
    }

    #[test]
    fn a_lone_review_is_never_reported() {
        check(
            "정민준, Decision Transformer: Reinforcement Learning via Sequence Modeling\n\n• 기존 language 모델들은 visual 과 word 토큰을 align 시키기 위한 방법, region feature 의존, object detector cost, image-text dataset noisy 문제를 ALBEF 로 해결.\n",
            Rule::TitleTextMismatch,
            expect![[r#""#]],
        );
    }
}
