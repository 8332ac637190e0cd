//! The roster as one self-contained HTML page: inline CSS (with a print
//! stylesheet), an inline SVG chart and a small inline script that sorts
//! tables. Nothing is fetched: a Content-Security-Policy forbids every
//! network load, so even a hostile title could not make the page call out.
//!
//! The output depends only on the roster (no clock, no absolute paths), so
//! it can be compared byte for byte in tests.

use std::fmt::Write;

use review_syntax::SectionKind;

use super::roster::{Roster, RosterReview};

const STYLE: &str = include_str!("report.css");
const SORT_SCRIPT: &str = include_str!("sort.js");

/// Shown where a review names no reviewer.
pub(crate) const NO_REVIEWER: &str = "(no reviewer)";
const NO_TITLE: &str = "(no title)";

/// Renders the whole page.
pub(crate) fn render(roster: &Roster) -> String {
    let mut page = String::with_capacity(64 * 1024 + roster.reviews.len() * 1024);
    head(&mut page, roster);
    summary(&mut page, roster);
    coverage_chart(&mut page, roster);
    roster_table(&mut page, roster);
    reviewer_table(&mut page, roster);
    shared_papers(&mut page, roster);
    duplicates(&mut page, roster);
    missing_sections(&mut page, roster);
    mid_line(&mut page, roster);
    unreadable(&mut page, roster);
    page.push_str("<footer>Written by <code>review-ls --report</code>.</footer>\n</main>\n");
    let _ = writeln!(page, "<script>\n{SORT_SCRIPT}</script>\n</body>\n</html>");
    page
}

fn head(page: &mut String, roster: &Roster) {
    let inputs = escape(&roster.inputs.join(" "));
    let _ = write!(
        page,
        r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="generator" content="review-ls">
<title>Review roster: {inputs}</title>
<style>
{STYLE}</style>
</head>
<body>
<main>
<h1>Review roster <small>{inputs}</small></h1>
<nav aria-label="Sections"><ul>
<li><a href="#coverage">Section coverage</a></li>
<li><a href="#roster">Reviews</a></li>
<li><a href="#reviewers">Reviewers</a></li>
<li><a href="#shared">Papers reviewed by several people</a></li>
<li><a href="#duplicates">Duplicates</a></li>
<li><a href="#missing">Missing sections</a></li>
<li><a href="#mid-line">Starting mid-line</a></li>
</ul></nav>
"##
    );
}

fn summary(page: &mut String, roster: &Roster) {
    let findings = &roster.findings;
    page.push_str("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"summary\">\n");
    let items = [
        ("files", "Files", roster.file_count),
        ("reviews", "Reviews", roster.reviews.len()),
        ("reviewers", "Reviewers", roster.reviewer_count()),
        ("papers", "Papers", roster.paper_count),
        ("findings", "Findings", findings.total()),
    ];
    for (id, label, count) in items {
        let _ = writeln!(
            page,
            "<div><dt>{label}</dt><dd id=\"count-{id}\" data-count=\"{count}\">{count}</dd></div>"
        );
    }
    page.push_str("</dl>\n");
    let _ = writeln!(
        page,
        "<p>Findings: {} errors, {} warnings, {} info. Reviews without a reviewer are listed under <em>{NO_REVIEWER}</em>.</p>",
        findings.errors, findings.warnings, findings.info
    );
    if !findings.by_rule.is_empty() {
        page.push_str(
            "<table class=\"sortable compact\" id=\"rules\">\n<thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Code</th><th scope=\"col\" data-type=\"number\">Findings</th></tr></thead>\n<tbody>\n",
        );
        for (rule, count) in &findings.by_rule {
            let _ = writeln!(
                page,
                "<tr data-rule=\"{0}\"><td>{0}</td><td>{1}</td><td class=\"number\">{count}</td></tr>",
                rule.name(),
                rule.code()
            );
        }
        page.push_str("</tbody>\n</table>\n");
    }
    page.push_str("</section>\n");
}

/// Horizontal bars, one per section kind: how many reviews have it.
fn coverage_chart(page: &mut String, roster: &Roster) {
    // Layout in SVG user units; the viewBox scales it to the page width.
    const LABEL_WIDTH: usize = 110;
    const BAR_WIDTH: usize = 420;
    const ROW_HEIGHT: usize = 30;
    const WIDTH: usize = LABEL_WIDTH + BAR_WIDTH + 130;
    let total = roster.reviews.len();
    let height = ROW_HEIGHT * roster.kinds.len().max(1);
    page.push_str("<section id=\"coverage\">\n<h2>Section coverage</h2>\n");
    let _ = writeln!(
        page,
        "<p>How many of the {total} reviews have each section (required sections are in bold).</p>"
    );
    let _ = writeln!(
        page,
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"coverage-title\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\n<title id=\"coverage-title\">Reviews with each section, out of {total}</title>"
    );
    for (row, &kind) in roster.kinds.iter().enumerate() {
        let count = roster.coverage(kind);
        let width = (count * BAR_WIDTH).checked_div(total).unwrap_or(0);
        let percent = (count * 100 + total / 2).checked_div(total).unwrap_or(0);
        let top = row * ROW_HEIGHT;
        let text_y = top + 20;
        let required = roster
            .reviews
            .iter()
            .any(|review| review.required.contains(&kind));
        let label_class = if required { "label required" } else { "label" };
        let _ = writeln!(
            page,
            "<g class=\"bar\" data-kind=\"{kind}\" data-count=\"{count}\"><text class=\"{label_class}\" x=\"0\" y=\"{text_y}\">{kind}</text><rect class=\"track\" x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{BAR_WIDTH}\" height=\"20\"/><rect class=\"fill\" x=\"{LABEL_WIDTH}\" y=\"{}\" width=\"{width}\" height=\"20\"/><text class=\"value\" x=\"{}\" y=\"{text_y}\">{count} / {total} ({percent}%)</text></g>",
            top + 6,
            top + 6,
            LABEL_WIDTH + BAR_WIDTH + 8,
        );
    }
    page.push_str("</svg>\n</section>\n");
}

fn roster_table(page: &mut String, roster: &Roster) {
    page.push_str("<section id=\"roster\">\n<h2>Reviews</h2>\n");
    let _ = writeln!(
        page,
        "<p>Every review, by reviewer. ✓ the section is there, ✗ a required section is missing, · neither. Click a column's name to sort by it.</p>"
    );
    page.push_str("<table class=\"sortable\" id=\"roster-table\">\n<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\">Title</th><th scope=\"col\">Note</th>");
    for kind in &roster.kinds {
        let _ = write!(
            page,
            "<th scope=\"col\" class=\"kind\" data-type=\"number\">{kind}</th>"
        );
    }
    page.push_str("<th scope=\"col\" data-type=\"number\">Findings</th></tr></thead>\n<tbody>\n");
    for index in roster.by_reviewer() {
        let review = &roster.reviews[index];
        page.push_str("<tr>");
        reviewer_cell(page, review);
        title_cell(page, review);
        note_cell(page, review);
        for &kind in &roster.kinds {
            tick_cell(page, review, kind);
        }
        let _ = writeln!(
            page,
            "<td class=\"number\">{}</td></tr>",
            review.finding_count
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn reviewer_table(page: &mut String, roster: &Roster) {
    page.push_str("<section id=\"reviewers\">\n<h2>Reviewers</h2>\n");
    page.push_str("<table class=\"sortable compact\" id=\"reviewer-table\">\n<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\" data-type=\"number\">Reviews</th><th scope=\"col\" data-type=\"number\">With every required section</th><th scope=\"col\" data-type=\"number\">Findings</th></tr></thead>\n<tbody>\n");
    for tally in &roster.reviewers {
        let name = match &tally.name {
            Some(name) => escape(name),
            None => format!("<em>{NO_REVIEWER}</em>"),
        };
        let _ = writeln!(
            page,
            "<tr><td>{name}</td><td class=\"number\">{}</td><td class=\"number\">{}</td><td class=\"number\">{}</td></tr>",
            tally.reviews, tally.complete, tally.findings
        );
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn shared_papers(page: &mut String, roster: &Roster) {
    let papers = &roster.shared_papers;
    let _ = writeln!(
        page,
        "<section id=\"shared\">\n<h2>Papers reviewed by several people <small>({})</small></h2>",
        papers.len()
    );
    if papers.is_empty() {
        page.push_str("<p>None: no two people reviewed the same paper.</p>\n</section>\n");
        return;
    }
    page.push_str("<table class=\"sortable\" id=\"shared-table\">\n<thead><tr><th scope=\"col\">Paper</th><th scope=\"col\" data-type=\"number\">Reviewers</th><th scope=\"col\">Reviews</th></tr></thead>\n<tbody>\n");
    for paper in papers {
        let _ = write!(
            page,
            "<tr><td>{}</td><td class=\"number\">{}</td><td><ul class=\"plain\">",
            escape(&paper.title),
            paper.reviewer_count
        );
        for &index in &paper.reviews {
            let review = &roster.reviews[index];
            let _ = write!(
                page,
                "<li>{} — {}</li>",
                reviewer_text(review),
                note_link(review)
            );
        }
        page.push_str("</ul></td></tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn duplicates(page: &mut String, roster: &Roster) {
    let _ = writeln!(
        page,
        "<section id=\"duplicates\">\n<h2>Duplicates <small>({})</small></h2>",
        roster.duplicates.len()
    );
    if roster.duplicates.is_empty() {
        page.push_str("<p>None: nobody reviewed the same paper twice.</p>\n</section>\n");
        return;
    }
    page.push_str("<table class=\"sortable\" id=\"duplicate-table\">\n<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\">Title</th><th scope=\"col\">This review</th><th scope=\"col\">First review</th></tr></thead>\n<tbody>\n");
    for duplicate in &roster.duplicates {
        let review = &roster.reviews[duplicate.review];
        page.push_str("<tr>");
        reviewer_cell(page, review);
        title_cell(page, review);
        note_cell(page, review);
        match duplicate.first.map(|index| &roster.reviews[index]) {
            Some(first) => note_cell(page, first),
            None => page.push_str("<td>—</td>"),
        }
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn missing_sections(page: &mut String, roster: &Roster) {
    let missing: Vec<&RosterReview> = roster
        .reviews
        .iter()
        .filter(|review| !review.missing.is_empty())
        .collect();
    let sections: usize = missing.iter().map(|review| review.missing.len()).sum();
    let _ = writeln!(
        page,
        "<section id=\"missing\">\n<h2>Reviews missing sections <small>({} reviews, {sections} sections)</small></h2>",
        missing.len()
    );
    if missing.is_empty() {
        page.push_str("<p>None: every review has every required section.</p>\n</section>\n");
        return;
    }
    page.push_str("<table class=\"sortable\" id=\"missing-table\">\n<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\">Title</th><th scope=\"col\">Note</th><th scope=\"col\">Missing</th></tr></thead>\n<tbody>\n");
    for review in missing {
        page.push_str("<tr>");
        reviewer_cell(page, review);
        title_cell(page, review);
        note_cell(page, review);
        let kinds: Vec<&str> = review.missing.iter().map(|kind| kind.name()).collect();
        let _ = writeln!(page, "<td>{}</td></tr>", kinds.join(", "));
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn mid_line(page: &mut String, roster: &Roster) {
    let reviews: Vec<&RosterReview> = roster
        .reviews
        .iter()
        .filter(|review| review.starts_mid_line)
        .collect();
    let _ = writeln!(
        page,
        "<section id=\"mid-line\">\n<h2>Reviews that start mid-line <small>({})</small></h2>",
        reviews.len()
    );
    if reviews.is_empty() {
        page.push_str("<p>None: every review starts on a line of its own.</p>\n</section>\n");
        return;
    }
    page.push_str("<p>Pasted into the end of the previous review's paragraph: <code>review-ls --check --fix</code> moves each onto its own line.</p>\n");
    page.push_str("<table class=\"sortable\" id=\"mid-line-table\">\n<thead><tr><th scope=\"col\">Reviewer</th><th scope=\"col\">Title</th><th scope=\"col\">Note</th></tr></thead>\n<tbody>\n");
    for review in reviews {
        page.push_str("<tr>");
        reviewer_cell(page, review);
        title_cell(page, review);
        note_cell(page, review);
        page.push_str("</tr>\n");
    }
    page.push_str("</tbody>\n</table>\n</section>\n");
}

fn unreadable(page: &mut String, roster: &Roster) {
    if roster.unreadable.is_empty() {
        return;
    }
    let _ = writeln!(
        page,
        "<section id=\"unreadable\">\n<h2>Files that could not be read <small>({})</small></h2>\n<ul>",
        roster.unreadable.len()
    );
    for problem in &roster.unreadable {
        let _ = writeln!(
            page,
            "<li><code>{}</code>: {}</li>",
            escape(&problem.path),
            escape(&problem.message)
        );
    }
    page.push_str("</ul>\n</section>\n");
}

fn reviewer_text(review: &RosterReview) -> String {
    match &review.reviewer {
        Some(name) => escape(name),
        None => format!("<em>{NO_REVIEWER}</em>"),
    }
}

/// The reviewer cell; one without a reviewer is `empty`: sort.js keeps it
/// after every name, whichever way the column is sorted.
fn reviewer_cell(page: &mut String, review: &RosterReview) {
    match &review.reviewer {
        Some(name) => {
            let _ = write!(page, "<td>{}</td>", escape(name));
        }
        None => {
            let _ = write!(page, "<td class=\"empty\"><em>{NO_REVIEWER}</em></td>");
        }
    }
}

fn title_cell(page: &mut String, review: &RosterReview) {
    match &review.title {
        Some(title) => {
            let _ = write!(page, "<td>{}</td>", escape(title));
        }
        None => {
            let _ = write!(page, "<td class=\"empty\"><em>{NO_TITLE}</em></td>");
        }
    }
}

/// `path:line`, linked to the note; sorts by path, then by line as a number.
fn note_cell(page: &mut String, review: &RosterReview) {
    let _ = write!(
        page,
        "<td data-sort=\"{}:{:010}\">{}</td>",
        escape(&review.path),
        review.line,
        note_link(review)
    );
}

fn note_link(review: &RosterReview) -> String {
    format!(
        "<a class=\"note\" href=\"{}\" data-line=\"{}\">{}:{}</a>",
        escape(&review.href),
        review.line,
        escape(&review.path),
        review.line
    )
}

fn tick_cell(page: &mut String, review: &RosterReview, kind: SectionKind) {
    let (class, mark, sort, label) = if review.sections.contains(&kind) {
        ("tick has", "✓", 1, "has")
    } else if review.required.contains(&kind) {
        ("tick missing", "✗", 0, "is missing")
    } else {
        ("tick absent", "·", 0, "has no")
    };
    let _ = write!(
        page,
        "<td class=\"{class}\" data-sort=\"{sort}\" title=\"{label} {kind}\">{mark}</td>"
    );
}

/// Escapes text for HTML content and double- or single-quoted attributes.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn escaping_covers_markup_and_both_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x") & 'y'</script>"#),
            "&lt;script&gt;alert(&quot;x&quot;) &amp; &#39;y&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("홍길동: Attention"), "홍길동: Attention");
    }
}
