//! The fixes the editor offers at a range, as plain data over one file's
//! findings and parse: each finding's own fix, and for a review missing
//! several sections one fix that adds them all. No protocol types here.

use review_analysis::{Finding, Fix, Rule, missing_sections_fix};
use review_syntax::{ParsedFile, SectionKind, TextRange};

/// One fix to offer, and the findings it answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeFix<'a> {
    pub fix: std::borrow::Cow<'a, Fix>,
    pub findings: Vec<&'a Finding>,
    /// The one fix to apply without asking (a finding's own fix).
    pub preferred: bool,
}

/// Whether two ranges touch: a cursor at either end of a finding is on it.
pub fn touches(a: TextRange, b: TextRange) -> bool {
    a.start <= b.end && b.start <= a.end
}

/// The fixes for `wanted`: each finding touching it that has a fix, then,
/// for each review whose header touches it and that lacks two or more of
/// the `required` sections, one fix adding all of them.
pub fn code_fixes<'a>(
    text: &str,
    parsed: &ParsedFile,
    required: &[SectionKind],
    findings: &'a [Finding],
    wanted: TextRange,
) -> Vec<CodeFix<'a>> {
    let mut fixes: Vec<CodeFix<'a>> = findings
        .iter()
        .filter(|finding| touches(finding.range, wanted))
        .filter_map(|finding| {
            Some(CodeFix {
                fix: std::borrow::Cow::Borrowed(finding.fix.as_ref()?),
                findings: vec![finding],
                preferred: true,
            })
        })
        .collect();
    for entry in &parsed.entries {
        if !touches(entry.header.range, wanted) {
            continue;
        }
        let missing: Vec<SectionKind> = required
            .iter()
            .copied()
            .filter(|kind| !entry.has_section(*kind))
            .collect();
        if missing.len() < 2 {
            continue;
        }
        let Some(fix) = missing_sections_fix(text, parsed, entry, &missing) else {
            continue;
        };
        fixes.push(CodeFix {
            fix: std::borrow::Cow::Owned(fix),
            findings: findings
                .iter()
                .filter(|finding| {
                    finding.rule == Rule::MissingSection && finding.range == entry.header.range
                })
                .collect(),
            preferred: false,
        });
    }
    fixes
}
