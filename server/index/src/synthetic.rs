//! Deterministic, realistic catalogs for benchmarks: the real titles of
//! `tests/data/cdl.bib` and `tests/data/ml-papers.txt`, then as many more
//! as asked, 4–11 words drawn from the real titles' words and capitalised
//! like titles; and what a writer types to find one of them. Used by the
//! index's divan benchmark and the server's end-to-end `title_bench`, so
//! both measure the same catalog.

const CDL: &str = include_str!("../../../tests/data/cdl.bib");
const ML_PAPERS: &str = include_str!("../../../tests/data/ml-papers.txt");

/// A xorshift generator with a fixed seed: the same catalog every run.
pub struct Rng(pub u64);

impl Rng {
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    /// A number in `0..n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
}

/// The real titles the generator starts from.
pub fn real_titles() -> Vec<String> {
    let mut titles: Vec<String> = ML_PAPERS
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
        .map(str::to_owned)
        .collect();
    for line in CDL.lines() {
        let trimmed = line.trim_start();
        if !trimmed.to_ascii_lowercase().starts_with("title") {
            continue;
        }
        let Some((_, value)) = trimmed.split_once('=') else {
            continue;
        };
        let title: String = value
            .chars()
            .filter(|ch| !matches!(ch, '{' | '}' | '"' | '\\'))
            .collect();
        let title = title.trim().trim_end_matches(',').trim().to_owned();
        if title.len() > 12 {
            titles.push(title);
        }
    }
    titles
}

/// `count` titles: the real ones first, then generated ones.
pub fn catalog(count: usize, rng: &mut Rng) -> Vec<String> {
    let real = real_titles();
    let words: Vec<&str> = real
        .iter()
        .flat_map(|title| title.split_whitespace())
        .filter(|word| word.chars().all(|ch| ch.is_alphanumeric() || ch == '-'))
        .collect();
    let mut titles: Vec<String> = real.clone();
    while titles.len() < count {
        let length = 4 + rng.below(8);
        let title: Vec<String> = (0..length)
            .map(|at| {
                let word = words[rng.below(words.len())];
                let small = matches!(word, "of" | "and" | "for" | "the" | "with" | "in" | "a");
                if at > 0 && small {
                    word.to_owned()
                } else {
                    let mut chars = word.chars();
                    chars.next().map_or_else(String::new, |first| {
                        first.to_uppercase().chain(chars).collect()
                    })
                }
            })
            .collect();
        titles.push(title.join(" "));
    }
    titles.truncate(count);
    titles
}

/// What is typed to complete `title`: its first one to three words and
/// part of the next, one time in five with two letters swapped (a typo).
pub fn typed_prefix(title: &str, rng: &mut Rng) -> String {
    let words: Vec<&str> = title.split_whitespace().collect();
    let full = 1 + rng.below(words.len().clamp(1, 3));
    let mut typed: Vec<String> = words.iter().take(full).map(|w| (*w).to_owned()).collect();
    if let Some(next) = words.get(full) {
        let cut = next.char_indices().nth(2).map_or(next.len(), |(at, _)| at);
        typed.push(next[..cut].to_owned());
    }
    if rng.below(5) == 0 {
        let word = &mut typed[0];
        if word.len() > 4 && word.is_ascii() {
            let mut bytes = word.clone().into_bytes();
            bytes.swap(1, 2);
            *word = String::from_utf8(bytes).unwrap_or_default();
        }
    }
    typed.join(" ")
}
