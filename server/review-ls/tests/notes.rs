//! Real one-paper-per-file notes, measured against a truth table made by
//! hand: `tests/data/notes_truth.tsv` says, for 215 files of the six corpora
//! in `tests/data/notes/`, whether each is a review, its title and where it
//! comes from, and which of purpose / method / experiment it has (made by
//! reading the files, not by running the parser).
//!
//! The test runs the real binary (`--list --format json` and `--check
//! --format json`) over the corpora and compares. It asserts the figures
//! and, file by file, every disagreement — so a change that fixes one shows
//! up as a diff to accept, and a change that breaks one fails.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

use expect_test::expect;
use serde_json::Value;

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data")
}

fn run_json(args: &[&str]) -> Vec<Value> {
    run_json_in(&data().join("notes"), args)
}

fn run_json_in(dir: &std::path::Path, args: &[&str]) -> Vec<Value> {
    let output = Command::new(env!("CARGO_BIN_EXE_review-ls"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("review-ls runs");
    serde_json::from_slice::<Value>(&output.stdout)
        .expect("JSON on stdout")
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// Lowercase words, as the title key compares them.
fn key(title: &str) -> String {
    title
        .to_lowercase()
        .replace(['\'', '’'], "")
        .split(|ch: char| !ch.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

struct Truth {
    review: bool,
    title: String,
    source: String,
    has: [bool; 3],
}

fn truth() -> BTreeMap<String, Truth> {
    let text = std::fs::read_to_string(data().join("notes_truth.tsv")).unwrap();
    let mut rows = BTreeMap::new();
    for line in text.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 11, "{line}");
        rows.insert(
            fields[0].to_owned(),
            Truth {
                review: fields[1] == "yes",
                title: fields[2].to_owned(),
                source: fields[3].to_owned(),
                has: [fields[4] == "y", fields[5] == "y", fields[6] == "y"],
            },
        );
    }
    rows
}

#[test]
fn the_corpora_match_the_hand_made_truth_table() {
    let truth = truth();
    assert_eq!(truth.len(), 215);
    let listed = run_json(&["--list", "--format", "json", "."]);
    let findings = run_json(&["--check", "--format", "json", "."]);
    let mut reviews: BTreeMap<&str, Vec<&Value>> = BTreeMap::new();
    for review in &listed {
        reviews
            .entry(review["path"].as_str().unwrap())
            .or_default()
            .push(review);
    }
    let mut flagged: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for finding in &findings {
        if finding["code"] == "RV001" {
            let message = finding["message"].as_str().unwrap();
            let kind = message.split_whitespace().nth(1).unwrap().to_owned();
            flagged
                .entry(finding["path"].as_str().unwrap())
                .or_default()
                .insert(kind);
        }
    }

    let (mut titles_right, mut titles, mut not_reviews) = (0, 0, 0);
    let (mut true_positive, mut false_positive, mut false_negative) = (0, 0, 0);
    let mut sources_right = 0;
    let mut disagreements = String::new();
    for (path, row) in &truth {
        let found = reviews.get(path.as_str()).map(Vec::as_slice).unwrap_or(&[]);
        if !row.review {
            not_reviews += found.len();
            for review in found {
                disagreements.push_str(&format!("not a review, yet read as one: {path}\n"));
                let _ = review;
            }
            continue;
        }
        titles += 1;
        match found.first() {
            None => disagreements.push_str(&format!("review not found: {path}\n")),
            Some(review) => {
                let title = review["title"].as_str().unwrap_or("");
                if key(title) == key(&row.title) {
                    titles_right += 1;
                    if review["title_source"] == row.source.as_str() {
                        sources_right += 1;
                    }
                } else {
                    disagreements.push_str(&format!(
                        "title {:?} ({}), want {:?} ({}): {path}\n",
                        title,
                        review["title_source"].as_str().unwrap_or(""),
                        row.title,
                        row.source
                    ));
                }
            }
        }
        for (index, kind) in ["purpose", "method", "experiment"].iter().enumerate() {
            let is_flagged = flagged
                .get(path.as_str())
                .is_some_and(|kinds| kinds.contains(*kind));
            match (is_flagged, row.has[index]) {
                (true, false) => true_positive += 1,
                (true, true) => {
                    false_positive += 1;
                    disagreements.push_str(&format!(
                        "missing {kind} flagged, but it is there: {path}\n"
                    ));
                }
                (false, false) => {
                    false_negative += 1;
                    disagreements.push_str(&format!("missing {kind} not flagged: {path}\n"));
                }
                (false, true) => {}
            }
        }
    }
    let figures = format!(
        "titles right {titles_right} of {titles} ({:.1}%), their source right {sources_right}\n\
         entries in files that are not reviews: {not_reviews}\n\
         missing-section precision {true_positive} of {} ({:.1}%), recall {true_positive} of {} ({:.1}%)\n",
        100.0 * f64::from(titles_right) / f64::from(titles),
        true_positive + false_positive,
        100.0 * f64::from(true_positive) / f64::from(true_positive + false_positive),
        true_positive + false_negative,
        100.0 * f64::from(true_positive) / f64::from(true_positive + false_negative),
    );
    expect![[r#"
        titles right 185 of 189 (97.9%), their source right 185
        entries in files that are not reviews: 0
        missing-section precision 160 of 163 (98.2%), recall 160 of 176 (90.9%)

        title "Denoising Diffusion Probabilistic Models" (field), want "LoRA" (heading): Pseudo-Lab-pseudodiffusers/book/docs/review/LoRA.md
        missing purpose not flagged: Pseudo-Lab-pseudodiffusers/book/docs/review/Muse.md
        title "neurips 2021 learning zero shot segmentation from videos" (file-name), want "The Emergence of Objectness: Learning Zero-Shot Segmentation from Videos" (heading): awesome-davian-awesome-reviews-kaist/paper-review/2022-spring-paper-review/neurips-2021-learning-zero-shot-segmentation-from-videos.md
        review not found: awesome-davian-awesome-reviews-kaist/paper-review/template-paper-review.md
        missing method flagged, but it is there: bentrevett-paper-notes/notes/discounted-rl-not-optimization-problem.md
        missing method not flagged: bentrevett-paper-notes/notes/universal-language-model-fine-tuning.md
        missing purpose not flagged: dLobatog-paper-notes/Algorithms for scalable synchronization on shared memory multiprocessors.md
        missing purpose flagged, but it is there: dLobatog-paper-notes/DLRM.md
        missing method flagged, but it is there: dLobatog-paper-notes/How Powerful Are Graph Neural Networks (GIN).md
        missing purpose not flagged: dLobatog-paper-notes/Lightweight Recoverable Virtual Memory.md
        title "Lamport clocks" (heading), want "Time, Clocks, and the ordering of events in a distributed system" (file-name): dLobatog-paper-notes/Time, Clocks, and the ordering of events in a distributed system.md
        missing purpose not flagged: dLobatog-paper-notes/Time, Clocks, and the ordering of events in a distributed system.md
        missing experiment not flagged: dLobatog-paper-notes/Web search for a planet Google cluster architecture.md
        missing experiment not flagged: k1101jh-DeepLearning-Paper-Review/3D reconstruction/2025/MapAnything_Universal Feed-Forward Metric 3D Reconstruction/paper.md
        missing method not flagged: k1101jh-DeepLearning-Paper-Review/Camera Calibration/2024/Deep Learning for Camera Calibration and Beyond_A Survey/Supplementary Material.md
        missing method not flagged: standing-o-Machine_Learning_Paper_Review/saves/18_Clustering with deep learning Taxonomy and new methods.md
        missing experiment not flagged: standing-o-Machine_Learning_Paper_Review/saves/18_Clustering with deep learning Taxonomy and new methods.md
        missing method not flagged: standing-o-Machine_Learning_Paper_Review/saves/23_Advancing medical imaging informatics by deep learning-based domain adaptation.md
        missing method not flagged: standing-o-Machine_Learning_Paper_Review/saves/38_Understanding softmax confidence and uncertainty.md
        missing method not flagged: standing-o-Machine_Learning_Paper_Review/saves/39_An introduction to vision-language modeling.md
        missing experiment not flagged: standing-o-Machine_Learning_Paper_Review/saves/39_An introduction to vision-language modeling.md
        missing purpose not flagged: standing-o-Machine_Learning_Paper_Review/saves/42_A visual-language foundation model for computational pathology.md
        missing method not flagged: standing-o-Machine_Learning_Paper_Review/saves/8_Opportunities and challenges in explainable artificial intelligence (XAI) A survey.md
    "#]].assert_eq(&format!("{figures}\n{disagreements}"));
}

/// A note is a review or not, with the same title, whichever folder the
/// check starts in: inside one corpus (`cd paper-notes && review-ls --list
/// .`) as from above all six. (Folder names such as `paper-notes` count as
/// evidence of paper notes wherever they stand on the path.)
#[test]
fn results_do_not_depend_on_the_folder_the_check_starts_in() {
    let whole = run_json(&["--list", "--format", "json", "."]);
    let mut corpora: Vec<_> = std::fs::read_dir(data().join("notes"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_dir())
        .collect();
    corpora.sort();
    assert_eq!(corpora.len(), 6);
    for corpus in corpora {
        let name = corpus.file_name().unwrap().to_string_lossy().into_owned();
        let titles = |reviews: &[Value], prefix: &str| -> Vec<(String, String)> {
            let mut titles: Vec<(String, String)> = reviews
                .iter()
                .filter_map(|review| {
                    let path = review["path"].as_str()?.strip_prefix(prefix)?;
                    Some((
                        path.to_owned(),
                        review["title"].as_str().unwrap_or("").to_owned(),
                    ))
                })
                .collect();
            titles.sort();
            titles
        };
        let inside = run_json_in(&corpus, &["--list", "--format", "json", "."]);
        let expected = titles(&whole, &format!("{name}/"));
        assert!(!expected.is_empty(), "{name}");
        assert_eq!(titles(&inside, ""), expected, "{name}");
    }
}

/// Ordinary markdown — this repository's own README and docs, a
/// changelog, a Korean study note, a project README with a results table,
/// the README of a paper's official code (its title, arXiv link and
/// `## Results`, in English and in Korean) — yields no review and no
/// finding.
#[test]
fn ordinary_markdown_stays_quiet() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ordinary = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ordinary");
    let mut paths: Vec<PathBuf> = vec![
        root.join("README.md"),
        root.join("BENCHMARKS.md"),
        root.join("SECURITY.md"),
        root.join("editors/nvim/README.md"),
        root.join("editors/vscode/README.md"),
        root.join("editors/vscode/CHANGELOG.md"),
        root.join("tests/data/README.md"),
    ];
    paths.extend(
        std::fs::read_dir(root.join("docs"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|path| path.extension().is_some_and(|ext| ext == "md")),
    );
    paths.extend(
        std::fs::read_dir(&ordinary)
            .unwrap()
            .map(|e| e.unwrap().path()),
    );
    paths.sort();
    for path in &paths {
        let output = Command::new(env!("CARGO_BIN_EXE_review-ls"))
            .args(["--list", "--format", "json"])
            .arg(path)
            .output()
            .unwrap();
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "[]",
            "{} was read as a review",
            path.display()
        );
        let output = Command::new(env!("CARGO_BIN_EXE_review-ls"))
            .arg("--check")
            .arg(path)
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(0),
            "{}: {}",
            path.display(),
            String::from_utf8_lossy(&output.stdout)
        );
    }
    assert!(paths.len() >= 12, "{paths:?}");
}
