//! `entry-starts-mid-line`: a review whose header follows the previous
//! review's last sentence on the same line.

use review_syntax::{HeaderOrigin, TextRange, dominant_line_ending};

use super::{FileContext, RuleMeta};
use crate::finding::{Finding, Fix, TextEdit};
use crate::severity::Severity;

rule!(
    EntryStartsMidLine,
    r#"Reports a review whose header starts in the middle of a line, right after
the previous review's last sentence.

### What it does

Finds `Reviewer, Title` headers that follow a sentence end inside a
paragraph and reports them from the reviewer's name to the end of the title.
The fix moves the header onto a line of its own, with a blank line before.

### Why

Pasting reviews together often loses a line break. The review is still read
correctly here, but other tools and human readers take it for the end of
the previous review.

### Example

```markdown
… 활용한 점이 있음). 송우혁, SimPLE: Similar Pseudo Label Exploitation
```

reports `송우혁, SimPLE: …`; the fix breaks the line before `송우혁`.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV003",
    name: "entry-starts-mid-line",
    default_severity: Severity::Warning,
    summary: "a review's header starts in the middle of the previous paragraph",
    doc: EntryStartsMidLine::DOC,
};

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    let eol = dominant_line_ending(context.text);
    for entry in &context.parsed.entries {
        let HeaderOrigin::MidLine { paragraph_end } = entry.header.origin else {
            continue;
        };
        let name_start = entry.header.range.start;
        let reviewer = entry
            .header
            .reviewer
            .as_ref()
            .map_or("", |reviewer| reviewer.name.as_str());
        let fix = Fix {
            title: "Move this review onto its own line".to_owned(),
            edits: vec![TextEdit {
                range: TextRange::new(paragraph_end, name_start),
                new_text: format!("{eol}{eol}"),
            }],
        };
        let message = format!(
            "the review by {reviewer} starts in the middle of a line: put its header on a line of its own"
        );
        out.push(context.finding(entry.header.range, message, Some(fix)));
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use crate::rules::Rule;
    use crate::rules::test_support::check;

    #[test]
    fn reports_from_the_name_and_splits_the_line() {
        check(
            "서승현, Human Pose\n\n 소개 (Method 적) 😀. 송우혁, SimPLE: Similar Pseudo Label\n\n• 제안.\n",
            Rule::EntryStartsMidLine,
            expect![[r#"
                notes.md 3:19-3:52 RV003 warning: the review by 송우혁 starts in the middle of a line: put its header on a line of its own
                  fix "Move this review onto its own line":
                  | 서승현, Human Pose
                  | 
                  |  소개 (Method 적) 😀.
                  | 
                  | 송우혁, SimPLE: Similar Pseudo Label
                  | 
                  | • 제안.
                  | 
            "#]],
        );
    }
}
