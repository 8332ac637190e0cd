//! `--init`: a `review-ls.toml` written from the notes a folder already has.
//!
//! A group that keeps one note per paper has a template of its own
//! (`## 1. Problem definition`, `## 4. Experiment & Result`, `### Take home
//! message`), or sets its parts as bold labels (`**Question**:`). `--init`
//! reads every single-review note under the folder, counts the section
//! headings and bold labels they use (numbering, emoji and emphasis
//! stripped, the note's own title left out), and writes them into
//! `[sections.aliases]` under the kind each names, most frequent first with
//! how many notes use it. Those that name no kind are written as
//! comments, ready to be moved into a list. Those that only one note uses
//! are not a template and are left out (unless the folder holds fewer than
//! four notes). An existing `review-ls.toml` is never overwritten.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

use review_analysis::{CONFIG_FILE_NAME, Config};
use review_syntax::{
    HeaderOrigin, Layout, SectionKind, bold_labels, heading_core, heading_kinds, headings,
};

use crate::check::CheckRun;

/// How many headings that name no kind are listed as comments, most used
/// first: enough for any template seen in the corpora (the largest uses
/// a dozen), few enough to read.
const UNMAPPED_LISTED: usize = 30;

/// One heading or bold label as the notes write it, and how many notes use
/// it.
struct Used {
    /// The spelling most notes use.
    text: String,
    spellings: HashMap<String, usize>,
    notes: usize,
    kind: Option<SectionKind>,
}

/// What `--init` found and wrote.
pub(crate) struct Written {
    pub(crate) notes: usize,
    pub(crate) mapped: usize,
    pub(crate) unmapped: usize,
}

/// Writes `folder/review-ls.toml` from the notes under `folder`.
pub(crate) fn run(folder: &Path) -> anyhow::Result<Written> {
    if !folder.is_dir() {
        anyhow::bail!("{}: not a folder", folder.display());
    }
    let target = folder.join(CONFIG_FILE_NAME);
    if target.exists() {
        anyhow::bail!(
            "{}: already exists; not overwritten (remove it, or edit it by hand)",
            target.display()
        );
    }
    let run = CheckRun::collect(&[folder.to_path_buf()], &crate::check::Options::list())?;
    let (text, written) = configuration(&run, folder);
    // What is written must load: check it with the parser `--check` uses.
    Config::from_toml(&text, &target.display().to_string())
        .map_err(|error| anyhow::anyhow!("the configuration --init made does not load: {error}"))?;
    std::fs::write(&target, text)
        .map_err(|error| anyhow::anyhow!("{}: cannot write: {error}", target.display()))?;
    Ok(written)
}

/// The configuration's text for the notes `run` read.
fn configuration(run: &CheckRun, folder: &Path) -> (String, Written) {
    let mut used: HashMap<String, Used> = HashMap::new();
    let mut notes: usize = 0;
    for file in &run.files {
        if file.parsed.layout != Some(Layout::Single) {
            continue;
        }
        let Some(entry) = file.parsed.entries.first() else {
            continue;
        };
        if !matches!(
            entry.header.origin,
            HeaderOrigin::Heading { .. }
                | HeaderOrigin::Field
                | HeaderOrigin::FrontMatter
                | HeaderOrigin::Path
        ) {
            continue;
        }
        notes += 1;
        let mut seen_in_note: Vec<String> = Vec::new();
        let headings = headings(&file.text)
            .into_iter()
            .map(|heading| (heading.text, false));
        let labels = bold_labels(&file.text)
            .into_iter()
            .map(|label| (label, true));
        for (range, bold) in headings.chain(labels) {
            // The note's own title is not a section, nor, in a file of
            // several papers, another paper's title or the topic over them.
            let entries = &file.parsed.entries;
            if entries.iter().any(|entry| {
                matches!(entry.header.origin, HeaderOrigin::Heading { .. })
                    && range.start >= entry.header.line.start
                    && range.end <= entry.header.line.end
            }) || (entries.len() > 1
                && !entries
                    .iter()
                    .any(|entry| entry.body.start <= range.start && range.end <= entry.body.end))
            {
                continue;
            }
            let core = heading_core(range.slice(&file.text));
            if !template_words(&core, bold) {
                continue;
            }
            let key = core.to_lowercase();
            if seen_in_note.contains(&key) {
                continue;
            }
            seen_in_note.push(key.clone());
            let slot = used.entry(key).or_insert_with(|| Used {
                text: core.clone(),
                spellings: HashMap::new(),
                notes: 0,
                kind: heading_kinds(&core, &file.config.vocabulary)
                    .first()
                    .copied(),
            });
            slot.notes += 1;
            *slot.spellings.entry(core).or_insert(0) += 1;
        }
    }
    // A template's heading recurs: in a handful of notes at least (3% of
    // them, and never fewer than three: a review kept in two languages
    // repeats its own headings once).
    let least = if notes < 4 {
        1
    } else {
        (notes * 3).div_ceil(100).max(3)
    };
    let mut listed: Vec<Used> = used
        .into_values()
        .filter(|used| used.notes >= least)
        .map(|mut used| {
            let mut spellings: Vec<(&String, &usize)> = used.spellings.iter().collect();
            spellings.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
            used.text = spellings[0].0.clone();
            used
        })
        .collect();
    listed.sort_by(|a, b| b.notes.cmp(&a.notes).then_with(|| a.text.cmp(&b.text)));

    let mut out = String::new();
    let _ = writeln!(
        out,
        "# review-ls.toml, written by `review-ls --init` from the {notes} single-review {} under {}.",
        if notes == 1 { "note" } else { "notes" },
        folder.display()
    );
    out.push_str(
        "# The section headings and bold labels those notes use, most frequent\n\
         # first; the number is how many notes use each. review-ls already reads\n\
         # the ones listed under a kind: they are written out so that the template\n\
         # is visible and can be edited. Those that name no kind are comments at\n\
         # the end: move one into a list to count it as that kind. See README.md,\n\
         # \"Configuration\".\n\n\
         [sections]\n\
         required = [\"purpose\", \"method\", \"experiment\"]\n\n\
         [sections.aliases]\n",
    );
    let mut mapped = 0;
    for kind in SectionKind::ALL {
        let of_kind: Vec<&Used> = listed
            .iter()
            .filter(|used| used.kind == Some(kind))
            .collect();
        if of_kind.is_empty() {
            continue;
        }
        let _ = writeln!(out, "{} = [", kind.name());
        for used in of_kind {
            let _ = writeln!(out, "    {},  # {}", quoted(&used.text), used.notes);
            mapped += 1;
        }
        out.push_str("]\n");
    }
    let unmapped: Vec<&Used> = listed.iter().filter(|used| used.kind.is_none()).collect();
    if !unmapped.is_empty() {
        out.push_str("\n# Headings and labels that name none of the kinds (notes using each):\n");
        for used in unmapped.iter().take(UNMAPPED_LISTED) {
            let _ = writeln!(out, "#   {}  # {}", quoted(&used.text), used.notes);
        }
        if unmapped.len() > UNMAPPED_LISTED {
            let _ = writeln!(
                out,
                "#   … and {} more, each in fewer notes",
                unmapped.len() - UNMAPPED_LISTED
            );
        }
    }
    let written = Written {
        notes,
        mapped,
        unmapped: unmapped.len(),
    };
    (out, written)
}

/// Whether a heading's or bold label's words (`core`) can be a template's
/// part: formulas and long sentences are not, nor a bold run with a number
/// (`**Figure 3.**`, `**Step 2:**`), which names one figure or step of one
/// note.
fn template_words(core: &str, bold: bool) -> bool {
    let numbered = bold && core.contains(|ch: char| ch.is_ascii_digit());
    !(core.is_empty() || core.chars().count() > 60 || core.contains(['$', '\\', '=']) || numbered)
}

/// A TOML basic string: JSON's escaping is a subset TOML reads.
fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}
