//! Bibliography files as lists of known titles.
//!
//! Three formats, chosen by extension: BibTeX (`.bib`), CSL-JSON (`.json`),
//! and a plain list of one title a line (anything else). A bad entry is
//! reported with its file and line and skipped; the rest of the file loads.

mod bibtex;
mod csl_json;
mod plain;

use std::fmt;
use std::path::Path;

use review_syntax::TitleKey;

/// One title a catalog file knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogTitle {
    pub title: String,
    pub key: TitleKey,
    pub authors: Vec<String>,
    pub year: Option<u16>,
    pub venue: Option<String>,
    /// 1-based line of the entry in its file.
    pub line: usize,
}

impl CatalogTitle {
    fn new(title: String, line: usize) -> Option<CatalogTitle> {
        let title = title.split_whitespace().collect::<Vec<_>>().join(" ");
        let key = TitleKey::new(&title);
        if key.is_empty() {
            return None;
        }
        Some(CatalogTitle {
            title,
            key,
            authors: Vec::new(),
            year: None,
            venue: None,
            line,
        })
    }
}

/// An entry that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CatalogProblem {
    /// 1-based.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// What one catalog file gave.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LoadedCatalog {
    pub titles: Vec<CatalogTitle>,
    pub problems: Vec<CatalogProblem>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CatalogFormat {
    Bibtex,
    CslJson,
    PlainList,
}

impl CatalogFormat {
    pub fn of(path: &Path) -> CatalogFormat {
        match path
            .extension()
            .and_then(|ext| ext.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("bib" | "bibtex") => CatalogFormat::Bibtex,
            Some("json" | "csl" | "csljson") => CatalogFormat::CslJson,
            _ => CatalogFormat::PlainList,
        }
    }
}

/// Reads the titles of a catalog file's text.
pub fn load(text: &str, format: CatalogFormat) -> LoadedCatalog {
    let mut titles = Vec::new();
    let problems = load_each(text, format, &mut |title| titles.push(title));
    LoadedCatalog { titles, problems }
}

/// Reads the titles of a catalog file's text, giving each to `each` as it
/// is read, in file order; returns the problems. For a catalog of 150,000
/// titles staged as they are read, no list of them all is ever held.
pub fn load_each(
    text: &str,
    format: CatalogFormat,
    each: &mut dyn FnMut(CatalogTitle),
) -> Vec<CatalogProblem> {
    let mut sink = Sink {
        each,
        problems: Vec::new(),
    };
    match format {
        CatalogFormat::Bibtex => bibtex::load(text, &mut sink),
        CatalogFormat::CslJson => csl_json::load(text, &mut sink),
        CatalogFormat::PlainList => plain::load(text, &mut sink),
    }
    sink.problems
}

/// Where a format's reader puts what it reads.
struct Sink<'a> {
    each: &'a mut dyn FnMut(CatalogTitle),
    problems: Vec<CatalogProblem>,
}

impl Sink<'_> {
    fn title(&mut self, title: CatalogTitle) {
        (self.each)(title);
    }

    fn problem(&mut self, problem: CatalogProblem) {
        self.problems.push(problem);
    }
}

/// The 1-based line of byte `offset` in `text`.
fn line_of(text: &str, offset: usize) -> usize {
    text.as_bytes()[..offset.min(text.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    fn repo_file(path: &str) -> String {
        let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
        std::fs::read_to_string(root.join(path)).unwrap()
    }

    #[test]
    fn the_real_lab_bibliography_loads() {
        let loaded = load(&repo_file("tests/data/cdl.bib"), CatalogFormat::Bibtex);
        assert_eq!(loaded.problems, []);
        assert_eq!(loaded.titles.len(), 6315);
        let first = &loaded.titles[0];
        assert_eq!(
            first.title,
            "An iterative procedure for the polygonal approximation of plane curves"
        );
        assert_eq!(
            (first.year, first.venue.as_deref(), first.line),
            (
                Some(1972),
                Some("Computer Graphics and Image Processing"),
                1
            )
        );
        assert_eq!(first.authors, ["U Ramer"]);
        // Braces around protected words are gone from titles.
        assert!(
            loaded
                .titles
                .iter()
                .all(|title| !title.title.contains(['{', '}'])),
            "braces left"
        );
    }

    #[test]
    fn a_bad_entry_is_reported_and_skipped() {
        let text = "@string{icml = {International Conference on Machine Learning}}\n\n@inproceedings{good1,\n  title = {Attention {Is} All You Need},\n  booktitle = icml,\n  year = 2017\n}\n\n@article{broken,\n  title = {Unclosed\n\n@article{good2, Title = {Caf{\\'e} Networks}, Author = {M{\\\"u}ller, Jan and Kim, Ann}, Year = {2021}}\n";
        let loaded = load(text, CatalogFormat::Bibtex);
        let titles: Vec<(&str, usize)> = loaded
            .titles
            .iter()
            .map(|t| (t.title.as_str(), t.line))
            .collect();
        assert_eq!(
            titles,
            [("Attention Is All You Need", 3), ("Café Networks", 12)]
        );
        assert_eq!(
            loaded.titles[0].venue.as_deref(),
            Some("International Conference on Machine Learning")
        );
        assert_eq!(loaded.titles[1].authors, ["Jan Müller", "Ann Kim"]);
        assert_eq!(loaded.problems.len(), 1);
        assert_eq!(loaded.problems[0].line, 9);
        assert!(
            loaded.problems[0]
                .message
                .starts_with("entry `broken` is not valid BibTeX"),
            "{}",
            loaded.problems[0].message
        );
    }

    #[test]
    fn csl_json_and_plain_lists() {
        let csl = r#"[
  {"id": "a", "title": "Decision Transformer: Reinforcement Learning via Sequence Modeling",
   "author": [{"family": "Chen", "given": "Lili"}], "issued": {"date-parts": [[2021]]}, "container-title": "NeurIPS"},
  {"id": "b"},
  {"id": "c", "title": "Barlow Twins", "issued": {"date-parts": [["2021", 3]]}}
]"#;
        let loaded = load(csl, CatalogFormat::CslJson);
        let titles: Vec<(&str, usize, Option<u16>)> = loaded
            .titles
            .iter()
            .map(|t| (t.title.as_str(), t.line, t.year))
            .collect();
        assert_eq!(
            titles,
            [
                (
                    "Decision Transformer: Reinforcement Learning via Sequence Modeling",
                    2,
                    Some(2021)
                ),
                ("Barlow Twins", 5, Some(2021))
            ]
        );
        assert_eq!(loaded.titles[0].authors, ["Lili Chen"]);
        assert_eq!(
            loaded.problems,
            [CatalogProblem {
                line: 2,
                message: "item 2 has no title".to_owned()
            }]
        );
        assert_eq!(
            load("[1,", CatalogFormat::CslJson).problems[0].message,
            "invalid JSON: EOF while parsing a value at line 1 column 3"
        );

        let plain = load(
            "# reading list\n\n- Swin Transformer\n2. KiloNeRF\n  Co-Mixup  \n",
            CatalogFormat::PlainList,
        );
        let titles: Vec<(&str, usize)> = plain
            .titles
            .iter()
            .map(|t| (t.title.as_str(), t.line))
            .collect();
        assert_eq!(
            titles,
            [("Swin Transformer", 3), ("KiloNeRF", 4), ("Co-Mixup", 5)]
        );
    }
}
