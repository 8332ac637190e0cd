//! The title index on its own, without the protocol: completion and hover
//! over the seed's reviews and a catalog of 150,000 titles (see
//! `review_index::synthetic`), in memory. `cargo bench -p review-index`;
//! figures in BENCHMARKS.md ("Title index"). The end-to-end figures, with
//! the server around it, come from `server/lsp/examples/title_bench.rs`.

use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

use divan::{Bencher, black_box};
use review_index::catalog::CatalogTitle;
use review_index::ide::{Previews, complete, hover};
use review_index::synthetic::{Rng, catalog, typed_prefix};
use review_index::{TitleIndex, View};
use review_syntax::{TitleKey, Vocabulary, parse};

fn main() {
    divan::main();
}

const CATALOG: usize = 150_000;

struct Fixture {
    index: Arc<TitleIndex>,
    /// What is typed before each completion, after `홍길동: `.
    typed: Vec<String>,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let index = Arc::new(TitleIndex::in_memory("benchmark".to_owned()));
    let mut writer = index.writer().expect("the index's writer");
    let seed_path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds/000_1d7a1aefbff0b690.md");
    let seed = std::fs::read_to_string(seed_path).expect("the seed");
    writer.stage_reviews(
        "seed.md",
        None,
        &seed,
        &parse(&seed, &Vocabulary::default()),
    );
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let titles = catalog(CATALOG, &mut rng);
    let entries: Vec<CatalogTitle> = titles
        .iter()
        .enumerate()
        .map(|(line, title)| CatalogTitle {
            key: TitleKey::new(title),
            title: title.clone(),
            line: line + 1,
            authors: Vec::new(),
            year: None,
            venue: None,
        })
        .collect();
    writer.stage_catalog("catalog.txt", None, entries.clone());
    writer.commit().expect("a commit");
    let typed = (0..200)
        .map(|_| {
            let title = &titles[rng.below(titles.len()).min(rng.below(titles.len()))];
            typed_prefix(title, &mut rng)
        })
        .collect();
    Fixture { index, typed }
});

/// One completion per iteration, cycling through 200 typed prefixes: with
/// each item's preview (`now`), and without (`later`, for a client that
/// resolves the shown item's preview itself).
#[divan::bench(args = ["now", "later"])]
fn completion(bencher: Bencher<'_, '_>, previews: &str) {
    let previews = match previews {
        "now" => Previews::Now,
        _ => Previews::Later,
    };
    let fixture = &*FIXTURE;
    let vocabulary = Vocabulary::default();
    let mut next = 0;
    bencher.bench_local(|| {
        let text = format!("홍길동: {}", fixture.typed[next % fixture.typed.len()]);
        next += 1;
        black_box(complete(
            &text,
            text.len(),
            &vocabulary,
            &View::committed(&fixture.index),
            20,
            previews,
        ))
    });
}

/// Hover on a title of the seed (Decision Transformer, three reviews) and
/// on a paper named in prose.
#[divan::bench(args = ["header", "prose"])]
fn hover_title(bencher: Bencher<'_, '_>, place: &str) {
    let fixture = &*FIXTURE;
    let text = "홍길동: Decision Transformer: Reinforcement Learning via Sequence Modeling\n\n- 목적: Swin Transformer 와 비교.\n";
    let parsed = parse(text, &Vocabulary::default());
    let offset = match place {
        "header" => text.find("Transformer").unwrap(),
        _ => text.find("Swin").unwrap() + 2,
    };
    let link = |file: &str, line: usize| format!("{file}#L{line}");
    bencher.bench_local(|| {
        black_box(hover(
            &parsed,
            "new.md",
            text,
            offset,
            &View::committed(&fixture.index),
            &link,
        ))
    });
}

/// The near-miss table of the 150,000 catalog titles (what `--check` builds
/// or reads from its cache, and the server keeps of its index's keys).
static TYPO_TABLE: LazyLock<(review_index::NearMisses, Vec<TitleKey>)> = LazyLock::new(|| {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let titles = catalog(CATALOG, &mut rng);
    let keys: Vec<TitleKey> = titles.iter().map(|title| TitleKey::new(title)).collect();
    let table = review_index::TitleTable::build(
        keys.iter()
            .zip(&titles)
            .map(|(key, title)| (key, title.as_str())),
    );
    // Typos to look up: every 750th title with two letters swapped.
    let typos = keys
        .iter()
        .step_by(750)
        .map(|key| {
            let mut chars: Vec<char> = key.as_str().chars().collect();
            let middle = chars.len() / 2;
            chars.swap(middle, middle + 1);
            TitleKey::from_normalized(&chars.into_iter().collect::<String>())
        })
        .collect();
    (review_index::NearMisses::new(vec![table.into()]), typos)
});

/// One near-miss lookup per iteration against 150,000 titles, cycling
/// through 200 typos.
#[divan::bench]
fn near_miss_lookup(bencher: Bencher<'_, '_>) {
    let (table, typos) = &*TYPO_TABLE;
    look_up_in_turn(bencher, table, typos, 0);
}

/// Each key looked up in turn, one per iteration, as a title `own`
/// documents have.
fn look_up_in_turn(
    bencher: Bencher<'_, '_>,
    table: &review_index::NearMisses,
    keys: &[TitleKey],
    own: usize,
) {
    let mut next = 0;
    bencher.bench_local(|| {
        next = (next + 1) % keys.len();
        black_box(table.near_miss(&keys[next], own))
    });
}

/// 4,000 titles that differ only by a number (`version 12 0 3 released
/// with many improvements`, a changelog read as reviews), each looked up
/// as `--check` looks up its own titles: none is a near miss of another.
static NUMBERED_TABLE: LazyLock<(review_index::NearMisses, Vec<TitleKey>)> = LazyLock::new(|| {
    let titles: Vec<String> = (0..4000)
        .map(|n| {
            format!(
                "Version {}.{}.{} released with many improvements",
                n / 100,
                n % 100,
                n % 7
            )
        })
        .collect();
    let keys: Vec<TitleKey> = titles.iter().map(|title| TitleKey::new(title)).collect();
    let table = review_index::TitleTable::build(
        keys.iter()
            .zip(&titles)
            .map(|(key, title)| (key, title.as_str())),
    );
    (review_index::NearMisses::new(vec![table.into()]), keys)
});

/// One near-miss lookup per iteration among 4,000 titles that differ only
/// by a number, cycling through all of them.
#[divan::bench]
fn near_miss_lookup_numbered(bencher: Bencher<'_, '_>) {
    let (table, keys) = &*NUMBERED_TABLE;
    look_up_in_turn(bencher, table, keys, 1);
}

/// Building the table of 150,000 titles (the cold `--check` with a catalog).
#[divan::bench(sample_count = 5)]
fn near_miss_table_build(bencher: Bencher<'_, '_>) {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let titles = catalog(CATALOG, &mut rng);
    let keys: Vec<TitleKey> = titles.iter().map(|title| TitleKey::new(title)).collect();
    bencher.bench_local(|| {
        black_box(review_index::TitleTable::build(
            keys.iter()
                .zip(&titles)
                .map(|(key, title)| (key, title.as_str())),
        ))
    });
}
