//! What the roster report shows, as plain data: every review with its
//! reviewer, place and section coverage, and the findings that matter to a
//! teaching assistant (duplicates, missing sections, reviews that start
//! mid-line) tied to the reviews they are about. Built from a [`CheckRun`]
//! with no HTML in sight, so that the numbers can be tested on their own.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Component, Path, PathBuf};

use review_analysis::{Finding, Rule, Severity};
use review_syntax::{Entry, SectionKind};

use crate::check::{CheckRun, CheckedFile};
use crate::output::position;

/// One review, where it is and what it has.
pub(crate) struct RosterReview {
    pub(crate) reviewer: Option<String>,
    pub(crate) title: Option<String>,
    /// The normalized title key; empty when there is no title.
    pub(crate) key: String,
    /// The note's path as the user would type it (`seeds/a.md`).
    pub(crate) path: String,
    /// The note's address relative to the report's folder, percent-encoded.
    pub(crate) href: String,
    /// 1-based line of the header (where the reviewer's name starts).
    pub(crate) line: usize,
    /// The section kinds present, in [`SectionKind::ALL`] order.
    pub(crate) sections: Vec<SectionKind>,
    /// The sections the review's configuration requires.
    pub(crate) required: Vec<SectionKind>,
    /// Required sections that `missing-section` reported absent.
    pub(crate) missing: Vec<SectionKind>,
    pub(crate) starts_mid_line: bool,
    /// Every finding about this review, whatever its rule.
    pub(crate) finding_count: usize,
}

/// A paper that more than one person reviewed.
pub(crate) struct SharedPaper {
    /// The title as its first review (in path and line order) writes it.
    pub(crate) title: String,
    /// Indices into [`Roster::reviews`], in path and line order.
    pub(crate) reviews: Vec<usize>,
    pub(crate) reviewer_count: usize,
}

/// A `duplicate-review` finding: a review and the earlier one it repeats.
pub(crate) struct Duplicate {
    pub(crate) review: usize,
    /// The first review, when it is among the reviewed files.
    pub(crate) first: Option<usize>,
}

/// One reviewer's line in the reviewer table.
pub(crate) struct ReviewerTally {
    /// `None` gathers the reviews that name no reviewer.
    pub(crate) name: Option<String>,
    pub(crate) reviews: usize,
    /// Reviews with every required section.
    pub(crate) complete: usize,
    pub(crate) findings: usize,
}

/// Findings counted by severity and by rule.
#[derive(Default)]
pub(crate) struct FindingTally {
    pub(crate) errors: usize,
    pub(crate) warnings: usize,
    pub(crate) info: usize,
    /// By rule, in [`Rule::ALL`] order, rules with no finding left out.
    pub(crate) by_rule: Vec<(Rule, usize)>,
}

impl FindingTally {
    pub(crate) fn total(&self) -> usize {
        self.errors + self.warnings + self.info
    }
}

/// A file that could not be read.
pub(crate) struct Unreadable {
    pub(crate) path: String,
    pub(crate) message: String,
}

pub(crate) struct Roster {
    /// The paths the report was asked about, as given.
    pub(crate) inputs: Vec<String>,
    pub(crate) file_count: usize,
    /// In path order, then line order.
    pub(crate) reviews: Vec<RosterReview>,
    /// Named reviewers by name, then the reviews without one.
    pub(crate) reviewers: Vec<ReviewerTally>,
    /// Distinct non-empty title keys.
    pub(crate) paper_count: usize,
    /// Most reviewers first, then by title key.
    pub(crate) shared_papers: Vec<SharedPaper>,
    pub(crate) findings: FindingTally,
    /// The section kinds worth a column: required anywhere or present
    /// anywhere, in [`SectionKind::ALL`] order.
    pub(crate) kinds: Vec<SectionKind>,
    pub(crate) duplicates: Vec<Duplicate>,
    pub(crate) unreadable: Vec<Unreadable>,
}

impl Roster {
    /// Gathers the roster of `run`; links are made relative to
    /// `report_folder`, the folder the report is written into.
    pub(crate) fn build(run: &CheckRun, inputs: &[PathBuf], report_folder: &Path) -> Roster {
        let mut files: Vec<&CheckedFile> = run.files.iter().collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        let report_folder = resolved(report_folder);

        let mut reviews = Vec::new();
        let mut pending_duplicates = Vec::new();
        let mut findings = FindingTally::default();
        let mut rule_counts = [0; Rule::ALL.len()];
        for file in &files {
            let first_review = reviews.len();
            let href = href(&report_folder, &file.disk_path);
            for entry in &file.parsed.entries {
                reviews.push(review_of(file, entry, href.clone()));
            }
            for finding in &file.findings {
                match finding.severity {
                    Severity::Error => findings.errors += 1,
                    Severity::Warning => findings.warnings += 1,
                    Severity::Info => findings.info += 1,
                }
                if let Some(rule) = Rule::ALL.iter().position(|rule| *rule == finding.rule) {
                    rule_counts[rule] += 1;
                }
                let Some(entry_index) = entry_of(file, finding) else {
                    continue;
                };
                let index = first_review + entry_index;
                let review = &mut reviews[index];
                review.finding_count += 1;
                match finding.rule {
                    Rule::MissingSection => {
                        review.missing = review
                            .required
                            .iter()
                            .copied()
                            .filter(|kind| !review.sections.contains(kind))
                            .collect();
                    }
                    Rule::EntryStartsMidLine => review.starts_mid_line = true,
                    Rule::DuplicateReview => pending_duplicates.push((index, finding)),
                    _ => {}
                }
            }
        }
        findings.by_rule = Rule::ALL
            .into_iter()
            .zip(rule_counts)
            .filter(|(_, count)| *count > 0)
            .collect();

        let duplicates = pending_duplicates
            .into_iter()
            .map(|(review, finding)| Duplicate {
                review,
                first: first_of_duplicate(&files, finding),
            })
            .collect();
        let mut unreadable: Vec<Unreadable> = run
            .io_errors
            .iter()
            .map(|problem| Unreadable {
                path: problem.path.clone(),
                message: problem.message.clone(),
            })
            .collect();
        unreadable.sort_by(|a, b| a.path.cmp(&b.path));

        let kinds = SectionKind::ALL
            .into_iter()
            .filter(|kind| {
                reviews
                    .iter()
                    .any(|review| review.required.contains(kind) || review.sections.contains(kind))
            })
            .collect();
        let paper_count = reviews
            .iter()
            .filter(|review| !review.key.is_empty())
            .map(|review| review.key.as_str())
            .collect::<BTreeSet<_>>()
            .len();
        Roster {
            inputs: inputs
                .iter()
                .map(|path| path.display().to_string())
                .collect(),
            file_count: files.len(),
            reviewers: tally_reviewers(&reviews),
            shared_papers: shared_papers(&reviews),
            reviews,
            paper_count,
            findings,
            kinds,
            duplicates,
            unreadable,
        }
    }

    /// Distinct named reviewers.
    pub(crate) fn reviewer_count(&self) -> usize {
        self.reviewers
            .iter()
            .filter(|reviewer| reviewer.name.is_some())
            .count()
    }

    /// How many reviews have a section of `kind`.
    pub(crate) fn coverage(&self, kind: SectionKind) -> usize {
        self.reviews
            .iter()
            .filter(|review| review.sections.contains(&kind))
            .count()
    }

    /// Review indices ordered for the roster table: by reviewer (named
    /// ones first, by name), then by path and line.
    pub(crate) fn by_reviewer(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.reviews.len()).collect();
        // Stable: reviews of one reviewer stay in path and line order.
        order
            .sort_by(|&a, &b| reviewer_order(&self.reviews[a].reviewer, &self.reviews[b].reviewer));
        order
    }
}

fn review_of(file: &CheckedFile, entry: &Entry, href: String) -> RosterReview {
    let present = entry.section_kinds();
    let title = entry.header.title.as_ref();
    RosterReview {
        reviewer: entry.header.reviewer.as_ref().map(|r| r.name.clone()),
        title: title.map(|t| t.text.clone()),
        key: title.map(|t| t.key.as_str().to_owned()).unwrap_or_default(),
        path: file.path.clone(),
        href,
        line: position(&file.text, &file.line_index, entry.header.range.start).line,
        sections: SectionKind::ALL
            .into_iter()
            .filter(|kind| present.contains(kind))
            .collect(),
        required: file.config.required_sections.clone(),
        missing: Vec::new(),
        starts_mid_line: false,
        finding_count: 0,
    }
}

/// The entry of `file` a finding is about: the one whose header holds the
/// finding's start (where `missing-section`, `entry-starts-mid-line` and
/// `duplicate-review` put theirs), else the last entry starting before it.
fn entry_of(file: &CheckedFile, finding: &Finding) -> Option<usize> {
    entry_at(file, finding.range.start)
}

fn entry_at(file: &CheckedFile, offset: usize) -> Option<usize> {
    let entries = &file.parsed.entries;
    entries
        .iter()
        .position(|entry| entry.header.range.start <= offset && offset <= entry.header.range.end)
        .or_else(|| {
            entries
                .iter()
                .rposition(|entry| entry.header.line.start <= offset)
        })
}

/// The review a duplicate's related location (the first review) points at,
/// as an index into the roster's reviews (files in `files` order).
fn first_of_duplicate(files: &[&CheckedFile], finding: &Finding) -> Option<usize> {
    let related = finding.related.first()?;
    let mut before = 0;
    for file in files {
        if file.path == related.file {
            return entry_at(file, related.range.start).map(|index| before + index);
        }
        before += file.parsed.entries.len();
    }
    None
}

fn reviewer_order(a: &Option<String>, b: &Option<String>) -> std::cmp::Ordering {
    match (a, b) {
        (Some(a), Some(b)) => a.cmp(b),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    }
}

fn tally_reviewers(reviews: &[RosterReview]) -> Vec<ReviewerTally> {
    let mut tallies: Vec<ReviewerTally> = Vec::new();
    let mut order: Vec<&RosterReview> = reviews.iter().collect();
    order.sort_by(|a, b| reviewer_order(&a.reviewer, &b.reviewer));
    for review in order {
        let fresh = tallies
            .last()
            .is_none_or(|last| last.name != review.reviewer);
        if fresh {
            tallies.push(ReviewerTally {
                name: review.reviewer.clone(),
                reviews: 0,
                complete: 0,
                findings: 0,
            });
        }
        if let Some(tally) = tallies.last_mut() {
            tally.reviews += 1;
            tally.findings += review.finding_count;
            if review.missing.is_empty() {
                tally.complete += 1;
            }
        }
    }
    tallies
}

fn shared_papers(reviews: &[RosterReview]) -> Vec<SharedPaper> {
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (index, review) in reviews.iter().enumerate() {
        if !review.key.is_empty() {
            by_key.entry(&review.key).or_default().push(index);
        }
    }
    let mut papers: Vec<SharedPaper> = by_key
        .into_values()
        .filter_map(|indices| {
            let reviewers: BTreeSet<Option<&str>> = indices
                .iter()
                .map(|&index| reviews[index].reviewer.as_deref())
                .collect();
            let title = reviews[indices[0]].title.clone()?;
            (reviewers.len() > 1).then_some(SharedPaper {
                title,
                reviewer_count: reviewers.len(),
                reviews: indices,
            })
        })
        .collect();
    // Stable: equal counts stay in key order.
    papers.sort_by_key(|paper| std::cmp::Reverse(paper.reviewer_count));
    papers
}

/// The folder, resolved as far as it exists (symbolic links and `..`
/// included), so that a relative path from it is right.
fn resolved(folder: &Path) -> PathBuf {
    let folder = if folder.as_os_str().is_empty() {
        Path::new(".")
    } else {
        folder
    };
    folder
        .canonicalize()
        .or_else(|_| std::path::absolute(folder))
        .unwrap_or_else(|_| folder.to_owned())
}

/// The address of `note` from a page in `report_folder`: a relative path
/// when both share a root, else a `file://` URL; percent-encoded.
pub(crate) fn href(report_folder: &Path, note: &Path) -> String {
    let note = resolved(note);
    let from: Vec<Component> = report_folder.components().collect();
    let to: Vec<Component> = note.components().collect();
    let shared = from.iter().zip(&to).take_while(|(a, b)| a == b).count();
    let same_root = shared > 0 && from.first() == to.first();
    if !same_root {
        let text = note.display().to_string().replace('\\', "/");
        let text = if text.starts_with('/') {
            text
        } else {
            format!("/{text}")
        };
        return format!("file://{}", percent_encode(&text));
    }
    let mut parts: Vec<String> = Vec::new();
    for _ in shared..from.len() {
        parts.push("..".to_owned());
    }
    for component in &to[shared..] {
        parts.push(component.as_os_str().to_string_lossy().into_owned());
    }
    percent_encode(&parts.join("/"))
}

/// Percent-encodes every byte but unreserved characters and `/` (RFC 3986),
/// so that `#`, `?`, `%`, spaces and Hangul in a path survive as a link.
fn percent_encode(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{href, percent_encode};

    #[test]
    fn links_climb_out_of_the_report_folder() {
        let folder = Path::new("/nonexistent-review-ls/course/out");
        assert_eq!(
            href(
                folder,
                Path::new("/nonexistent-review-ls/course/notes/a.md")
            ),
            "../notes/a.md"
        );
        assert_eq!(
            href(folder, Path::new("/nonexistent-review-ls/course/out/a.md")),
            "a.md"
        );
        assert_eq!(
            href(folder, Path::new("/nonexistent-review-ls/x/리뷰 #1.md")),
            "../../x/%EB%A6%AC%EB%B7%B0%20%231.md"
        );
    }

    #[test]
    fn percent_encoding_keeps_only_unreserved_bytes() {
        assert_eq!(percent_encode("a-b_c.~/d"), "a-b_c.~/d");
        assert_eq!(percent_encode("100%?&\"<"), "100%25%3F%26%22%3C");
    }
}
