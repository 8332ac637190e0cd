//! The index on real data: the seed's 110 reviews, the lab bibliography
//! (6,315 titles) and a plain list of well-known titles. Search quality,
//! near misses with their false-alarm check, and the index's life cycle.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use review_index::catalog::{CatalogFormat, load};
use review_index::{FileStamp, MatchQuality, OpenState, TitleIndex, TitleWriter};
use review_syntax::{TitleKey, Vocabulary, parse};

fn repo(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(path)
}

const SEED: &str = "seeds/000_1d7a1aefbff0b690.md";

fn stage_seed(index: &mut TitleWriter) {
    let text = std::fs::read_to_string(repo(SEED)).unwrap();
    index.stage_reviews(
        SEED,
        FileStamp::of(&repo(SEED)),
        &text,
        &parse(&text, &Vocabulary::default()),
    );
}

fn stage_catalog(index: &mut TitleWriter, path: &str) {
    let text = std::fs::read_to_string(repo(path)).unwrap();
    let loaded = load(&text, CatalogFormat::of(Path::new(path)));
    assert_eq!(loaded.problems, []);
    index.stage_catalog(path, FileStamp::of(&repo(path)), loaded.titles);
}

fn full_index() -> Arc<TitleIndex> {
    full_index_and_writer().0
}

/// The seed and both catalogs, committed, and the index's writer for more.
fn full_index_and_writer() -> (Arc<TitleIndex>, TitleWriter) {
    full_index_and_writer_of(TitleIndex::in_memory("test".to_owned()))
}

fn full_index_and_writer_of(index: TitleIndex) -> (Arc<TitleIndex>, TitleWriter) {
    let index = Arc::new(index);
    let mut writer = index.writer().unwrap();
    stage_seed(&mut writer);
    stage_catalog(&mut writer, "tests/data/cdl.bib");
    stage_catalog(&mut writer, "tests/data/ml-papers.txt");
    writer.commit().unwrap();
    (index, writer)
}

/// Near misses as the server finds them: candidates from a table of the
/// index's keys, checked by the index.
struct NearMisses<'a> {
    index: &'a TitleIndex,
    table: review_index::TitleTable,
}

impl<'a> NearMisses<'a> {
    fn of(index: &'a TitleIndex) -> NearMisses<'a> {
        NearMisses {
            index,
            table: index.key_table(),
        }
    }

    fn near_miss(&self, key: &TitleKey, own: usize) -> Option<(TitleKey, String)> {
        self.index
            .near_miss_among(key, own, &self.table.near_keys(key.as_str()))
    }
}

fn titles(index: &TitleIndex, typed: &str) -> Vec<(String, MatchQuality, usize, usize)> {
    index
        .search(typed, 5)
        .matches
        .into_iter()
        .map(|m| (m.title, m.quality, m.review_count, m.catalog_count))
        .collect()
}

#[test]
fn prefix_words_and_typos_find_the_known_title() {
    let index = full_index();
    assert_eq!(index.document_count(), 110 + 6315 + 17);
    let found = titles(&index, "Decision Tr");
    assert_eq!(
        found[0],
        (
            "Decision Transformer: Reinforcement Learning via Sequence Modeling".to_owned(),
            MatchQuality::Prefix,
            3,
            1
        )
    );
    // Any word of the title, in any order.
    let found = titles(&index, "sequence modeling decision");
    assert_eq!(
        found[0].0,
        "Decision Transformer: Reinforcement Learning via Sequence Modeling"
    );
    assert_eq!(found[0].1, MatchQuality::Words);
    // A typo: the seed's own misspelling, and the catalog's right spelling.
    let found = titles(&index, "Momentum Constrast");
    assert_eq!(
        found[0],
        (
            "Momentum Constrast for Unsupervised Visual Representation Learning".to_owned(),
            MatchQuality::Prefix,
            1,
            0
        )
    );
    assert_eq!(
        found[1],
        (
            "Momentum Contrast for Unsupervised Visual Representation Learning".to_owned(),
            MatchQuality::Fuzzy,
            0,
            1
        )
    );
    // Ranked by how many reviews know the title: the Rank-1 paper (reviewed
    // twice, spelled two ways) before a bibliography title.
    let found = titles(&index, "efficient and scalable");
    assert_eq!(
        found[0],
        (
            "Efficient and Scalable Bayesian Neural Nets with Rank-1 Factors".to_owned(),
            MatchQuality::Prefix,
            2,
            0
        )
    );
    assert!(index.search("learning", 5).truncated);
    assert_eq!(index.search("", 5).matches, []);
}

#[test]
fn a_paper_lists_every_review_and_catalog_entry() {
    let index = full_index();
    let paper = index.paper(&TitleKey::new(
        "Decision Transformer: Reinforcement Learning via Sequence Modeling",
    ));
    let reviewers: Vec<(&str, usize)> = paper
        .reviews
        .iter()
        .map(|r| (r.reviewer.as_deref().unwrap(), r.line))
        .collect();
    assert_eq!(
        reviewers,
        [("전지형", 111), ("정민준", 115), ("오우석", 281)]
    );
    assert_eq!(paper.catalog.len(), 1);
    assert_eq!(paper.catalog[0].source, "tests/data/ml-papers.txt");
    let first = &paper.reviews[0];
    assert_eq!(first.file, SEED);
    assert!(first.sections.is_empty());
    let with_sections = index.paper(&TitleKey::new(
        "SDE-Net: Equipping Deep Neural Networks with Uncertainty Estimates",
    ));
    let kinds: Vec<&str> = with_sections.reviews[0]
        .sections
        .iter()
        .map(|(kind, _)| kind.name())
        .collect();
    assert_eq!(kinds, ["purpose", "method", "novelty"]);
    assert!(
        with_sections.reviews[0].sections[0]
            .1
            .starts_with("Equipping DNN 을 이용하여 불확실성을 estimate.")
    );
    assert!(with_sections.reviews[0].sections[0].1.chars().count() <= 241);
}

#[test]
fn near_misses_on_the_seed_and_no_false_alarms() {
    let index = full_index();
    let known = NearMisses::of(&index);
    let text = std::fs::read_to_string(repo(SEED)).unwrap();
    let parsed = parse(&text, &Vocabulary::default());
    let mut misses = Vec::new();
    for entry in &parsed.entries {
        let title = entry.header.title.as_ref().unwrap();
        if let Some((_, known)) = known.near_miss(&title.key, 1) {
            misses.push((title.text.clone(), known));
        }
    }
    assert_eq!(
        misses,
        [
            ("Don't Stop Pretrainig: Adapt Language Models to Domains and Tasks".to_owned(), "Don't Stop Pretraining: Adapt Language Models to Domains and Tasks".to_owned()),
            ("Momentum Constrast for Unsupervised Visual Representation Learning".to_owned(), "Momentum Contrast for Unsupervised Visual Representation Learning".to_owned()),
            ("A Simple Framework for Contrastive Learning of Visual Representation".to_owned(), "A Simple Framework for Contrastive Learning of Visual Representations".to_owned()),
            ("Emerging Properites in Self-Supervised Vision Transformers".to_owned(), "Emerging Properties in Self-Supervised Vision Transformers".to_owned()),
            ("Characterisin the Role of Pre-Processing Parameters in Audio-based Embedded Machine Learning".to_owned(), "Characterizing the Role of Pre-Processing Parameters in Audio-based Embedded Machine Learning".to_owned()),
        ]
    );
    // Titles differing in digits are different papers.
    assert_eq!(
        known.near_miss(&TitleKey::new("YOLOv5: An Incremental Improvement"), 0),
        None
    );
    // A title that is known is not a near miss of anything.
    assert_eq!(
        known.near_miss(&TitleKey::new("Attention Is All You Need"), 0),
        None
    );
}

#[test]
fn no_bibliography_title_is_a_near_miss_of_another() {
    // False alarms on the real bibliography: its own titles checked against
    // each other (each counts itself once).
    let index = full_index();
    let known = NearMisses::of(&index);
    let text = std::fs::read_to_string(repo("tests/data/cdl.bib")).unwrap();
    let loaded = load(&text, CatalogFormat::Bibtex);
    let alarms: Vec<String> = loaded
        .titles
        .iter()
        .filter(|title| known.near_miss(&title.key, 1).is_some())
        .map(|title| title.title.clone())
        .collect();
    // What fires is real: three pairs of near-duplicate entries in the
    // hand-kept bibliography, a typo (`Bilateraly … sever`), a plural and a
    // dropped article. No two different papers are confused.
    assert_eq!(
        alarms,
        [
            "A composite holographic associative recall model",
            "Associative symmetry versus independent association",
            "Associative symmetry versus independent associations",
            "Bilateral subthalamic nucleus stimulation for severe Parkinson's disease",
            "Bilateraly subthalamic nucleus stimulation for sever Parkinson's disease",
            "Composite holographic associative recall model",
        ]
    );
}

#[test]
fn life_cycle_cold_warm_edited_corrupt_unwritable() {
    let cache = tempfile::tempdir().unwrap();
    let dir = cache.path().join("workspace-1");
    let (index, state) = TitleIndex::open(&dir);
    assert_eq!(state, OpenState::Created);
    let mut writer = Arc::new(index).writer().unwrap();
    stage_seed(&mut writer);
    writer.commit().unwrap();
    drop(writer);

    // Warm: the reviews are there at once, and the seed is known current.
    let (index, state) = TitleIndex::open(&dir);
    let index = Arc::new(index);
    assert_eq!(state, OpenState::Reopened);
    assert_eq!(index.document_count(), 110);
    assert!(index.is_current(SEED, FileStamp::of(&repo(SEED)).unwrap()));
    // A file edited on disk has another stamp.
    let edited = FileStamp {
        size: 1,
        modified_ns: 2,
    };
    assert!(!index.is_current(SEED, edited));
    let mut writer = index.writer().unwrap();
    // There is one writer per index.
    assert!(index.writer().is_none());
    writer.stage_removal(SEED);
    writer.commit().unwrap();
    assert_eq!(index.document_count(), 0);
    assert_eq!(index.indexed_files(), Vec::<String>::new());
    drop((writer, index));

    // Corrupt: garbage in tantivy's own meta file.
    std::fs::write(dir.join("meta.json"), "{ not json").unwrap();
    let (index, state) = TitleIndex::open(&dir);
    assert!(
        matches!(state, OpenState::Rebuilt(ref why) if why.starts_with("the index was unreadable")),
        "{state:?}"
    );
    assert_eq!(index.document_count(), 0);
    drop(index);

    // Another schema version: rebuilt.
    std::fs::write(
        dir.join("review-ls-index.json"),
        r#"{"schema_version":0,"files":{}}"#,
    )
    .unwrap();
    let (_, state) = TitleIndex::open(&dir);
    assert_eq!(
        state,
        OpenState::Rebuilt(format!(
            "schema version 0 is not {}",
            review_index::SCHEMA_VERSION
        ))
    );

    // Unwritable: the cache path runs through a regular file.
    let blocker = cache.path().join("a-file");
    std::fs::write(&blocker, "").unwrap();
    let (index, state) = TitleIndex::open(&blocker.join("index"));
    let index = Arc::new(index);
    assert_eq!(state, OpenState::InMemory);
    assert!(
        matches!(index.location(), review_index::Location::Memory(why) if why.starts_with("cannot create"))
    );
    let mut writer = index.writer().unwrap();
    stage_seed(&mut writer);
    writer.commit().unwrap();
    assert_eq!(index.document_count(), 110);
}

/// The server's near-miss table, made from the term dictionary in one
/// buffer, is byte for byte the table built from every key the index lists:
/// the seed and two catalogs, then the seed again under another name in a
/// second commit, so that the same keys are in two segments.
#[test]
fn the_key_table_is_the_table_of_the_index_keys() {
    // In memory, and on disk, where the keys are read from the files a
    // chunk at a time (the catalogs' segment holds more keys than a chunk).
    let cache = tempfile::tempdir().unwrap();
    let (on_disk, _) = TitleIndex::open(&cache.path().join("workspace-1"));
    for index in [TitleIndex::in_memory("test".to_owned()), on_disk] {
        key_table_is_the_table_of_the_index_keys(index);
    }
}

fn key_table_is_the_table_of_the_index_keys(index: TitleIndex) {
    let (index, mut writer) = full_index_and_writer_of(index);
    let seed = std::fs::read_to_string(repo(SEED)).unwrap();
    writer.stage_reviews(
        "copy.md",
        None,
        &seed,
        &parse(&seed, &Vocabulary::default()),
    );
    writer.commit().unwrap();
    // The keys, worked out from what was staged, sorted and each once.
    let mut expected: Vec<TitleKey> = parse(&seed, &Vocabulary::default())
        .entries
        .iter()
        .filter_map(|entry| entry.header.title.as_ref())
        .map(|title| title.key.clone())
        .collect();
    for path in ["tests/data/cdl.bib", "tests/data/ml-papers.txt"] {
        let text = std::fs::read_to_string(repo(path)).unwrap();
        let loaded = load(&text, CatalogFormat::of(Path::new(path)));
        expected.extend(loaded.titles.into_iter().map(|title| title.key));
    }
    expected.retain(|key| !key.is_empty());
    expected.sort_unstable_by(|a, b| a.as_str().cmp(b.as_str()));
    expected.dedup();
    let keys: Vec<TitleKey> = index
        .keys()
        .iter()
        .map(|key| TitleKey::from_normalized(key))
        .collect();
    assert_eq!(keys, expected);
    let listed = review_index::TitleTable::build(keys.iter().map(|key| (key, "")));
    let table = index.key_table();
    assert!(table.len() > 6_000, "{}", table.len());
    assert_eq!(table.len(), keys.len());
    assert_eq!(table.as_bytes(), listed.as_bytes());
}

/// On disk, the key table is kept beside the index and read back while the
/// committed file list is the same, a commit of nothing included; a commit
/// that changes the list makes it again.
/// Writes `path` anew, as the server does (written then renamed): a table
/// read before is mapped from the file it replaces, which stays as it was.
fn replace(path: &Path, bytes: &[u8]) {
    let temporary = path.with_extension("test.tmp");
    std::fs::write(&temporary, bytes).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

#[test]
fn the_key_table_is_kept_until_the_file_list_changes() {
    let cache = tempfile::tempdir().unwrap();
    let dir = cache.path().join("workspace-1");
    let (index, _) = TitleIndex::open(&dir);
    let index = Arc::new(index);
    let mut writer = index.writer().unwrap();
    stage_seed(&mut writer);
    stage_catalog(&mut writer, "tests/data/ml-papers.txt");
    writer.commit().unwrap();
    let made = index.key_table_cached();
    assert_eq!(made.as_bytes(), index.key_table().as_bytes());
    let kept = dir.join("review-ls-keys.bin");
    assert!(kept.is_file());
    // Read back: a table written by hand under the same list wins.
    let mut forged = std::fs::read(&kept).unwrap();
    let empty = review_index::TitleTable::default();
    forged.truncate(8);
    forged.extend_from_slice(empty.as_bytes());
    replace(&kept, &forged);
    assert_eq!(index.key_table_cached().len(), 0);
    // A commit of nothing (a warm start's scan that found every file
    // current) changes nothing: the kept table is still read back.
    let meta = std::fs::read_to_string(dir.join("meta.json")).unwrap();
    writer.commit().unwrap();
    assert_eq!(
        std::fs::read_to_string(dir.join("meta.json")).unwrap(),
        meta
    );
    assert_eq!(index.key_table_cached().len(), 0);
    // Another list: made again (not the forged empty one), and written
    // again. (Deleted documents' keys stay in the term dictionary until a
    // merge: the index's counts drop them.)
    writer.stage_removal("tests/data/ml-papers.txt");
    writer.commit().unwrap();
    let again = index.key_table_cached();
    assert_eq!(again.as_bytes(), index.key_table().as_bytes());
    assert!(!again.is_empty());
    assert_eq!(index.key_table_cached().as_bytes(), again.as_bytes());
    // Damaged: made again.
    replace(&kept, b"not a table");
    assert_eq!(index.key_table_cached().as_bytes(), again.as_bytes());
}

/// What the index says it holds is what a search sees: a text counts as
/// held from its commit on, not while it is only staged, not after its file
/// is staged again or removed, and across sessions.
#[test]
fn the_index_holds_a_text_from_its_commit_on() {
    let cache = tempfile::tempdir().unwrap();
    let dir = cache.path().join("workspace-1");
    let seed = std::fs::read_to_string(repo(SEED)).unwrap();
    let seed_hash = review_index::text_hash(&seed);
    let edited = format!("{seed}\n## 김철수: Attention Is All You Need\n");
    let edited_hash = review_index::text_hash(&edited);
    assert_ne!(seed_hash, edited_hash);

    let (index, _) = TitleIndex::open(&dir);
    let index = Arc::new(index);
    let mut writer = index.writer().unwrap();
    stage_seed(&mut writer);
    assert!(!index.holds(SEED, seed_hash), "staged, not committed");
    writer.commit().unwrap();
    assert!(index.holds(SEED, seed_hash));
    assert!(!index.holds(SEED, edited_hash));
    assert!(!index.holds("notes/other.md", seed_hash));

    // Staged again: the searcher still sees the old text, which is no
    // longer said to be held; committed, the new one is.
    writer.stage_reviews(SEED, None, &edited, &parse(&edited, &Vocabulary::default()));
    assert!(!index.holds(SEED, seed_hash));
    assert!(!index.holds(SEED, edited_hash));
    writer.commit().unwrap();
    assert!(index.holds(SEED, edited_hash));
    assert_eq!(index.document_count(), 111);
    drop(writer);

    // The next session knows it without staging anything.
    drop(index);
    let (index, state) = TitleIndex::open(&dir);
    assert_eq!(state, OpenState::Reopened);
    let index = Arc::new(index);
    assert!(index.holds(SEED, edited_hash));
    let mut writer = index.writer().unwrap();
    writer.stage_removal(SEED);
    writer.commit().unwrap();
    assert!(!index.holds(SEED, edited_hash));
    // A catalog's file is never held as a review text.
    stage_catalog(&mut writer, "tests/data/ml-papers.txt");
    writer.commit().unwrap();
    let catalog = std::fs::read_to_string(repo("tests/data/ml-papers.txt")).unwrap();
    assert!(!index.holds(
        "tests/data/ml-papers.txt",
        review_index::text_hash(&catalog)
    ));
}

/// A paper reviewed in many files does not crowd the others out of a
/// completion list: the candidates are distinct titles, not documents. (At
/// 2,000 files a popular paper has 30–40 reviews; ranked by document, the
/// 41 candidates for `Eff` were two titles.)
#[test]
fn many_reviews_of_one_paper_leave_room_for_the_others() {
    let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
    let mut writer = index.writer().unwrap();
    let popular = "Efficient Estimation of Word Representations in Vector Space";
    let others = [
        "EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks",
        "Efficiently Modeling Long Sequences with Structured State Spaces",
        "Effective Approaches to Attention-based Neural Machine Translation",
    ];
    // Spread over commits, so that the reviews lie in several segments.
    let surnames = ["김", "이", "박", "최", "정", "강"];
    let given = [
        "민준", "서연", "도윤", "하은", "지호", "수아", "예준", "지우", "시우", "하린",
    ];
    for file in 0..60 {
        let name = format!("{}{}", surnames[file / 10], given[file % 10]);
        let mut text = format!("## {name}: {popular}\n\n- 목적: 단어 벡터 😀\n");
        if file % 20 == 7 {
            text.push_str(&format!(
                "\n## 이영희: {}\n\n- 방법: 스케일링\n",
                others[file / 20]
            ));
        }
        let path = format!("notes/week{file:02}.md");
        writer.stage_reviews(&path, None, &text, &parse(&text, &Vocabulary::default()));
        if file % 15 == 14 {
            writer.commit().unwrap();
        }
    }
    writer.commit().unwrap();
    let found = index.search("Eff", 5);
    let found: Vec<(&str, usize)> = found
        .matches
        .iter()
        .map(|m| (m.title.as_str(), m.review_count))
        .collect();
    assert_eq!(
        found,
        [
            (popular, 60),
            // Equally known: the shorter title first.
            (others[1], 1),
            (others[2], 1),
            (others[0], 1),
        ]
    );
}

#[test]
fn a_title_pasted_from_a_pdf_is_the_title_typed_plainly() {
    let index = Arc::new(TitleIndex::in_memory("test".to_owned()));
    let mut writer = index.writer().unwrap();
    // The same paper: once pasted from its PDF, with the `ﬃ` ligature, once
    // typed, once in full-width letters from a CJK keyboard.
    let pasted = "## 김민준: Parameter-Eﬃcient Transfer Learning for NLP\n\n- 목적: 어댑터 😀\n";
    let typed =
        "## 이서연: Parameter-Efficient Transfer Learning for NLP\r\n\r\n- 방법: 어댑터\r\n";
    let full_width =
        "## 박도윤: Parameter-Efficient Transfer Learning for ＮＬＰ\n\n- 실험: GLUE\n";
    for (path, text) in [
        ("notes/a.md", pasted),
        ("notes/b.md", typed),
        ("notes/c.md", full_width),
    ] {
        writer.stage_reviews(path, None, text, &parse(text, &Vocabulary::default()));
    }
    writer.commit().unwrap();
    // One paper with three reviews, found by the plain words.
    let found = titles(&index, "parameter efficient transfer");
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].1, found[0].2), (MatchQuality::Prefix, 3));
    // And by the pasted words, which search folds the same way.
    let found = titles(&index, "Parameter-Eﬃcient NLP");
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].2, 3);
}
