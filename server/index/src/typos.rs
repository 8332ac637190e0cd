//! Titles found again despite typos: for a title key, the known keys within
//! two edits of it, in microseconds, from a table built for that question.
//!
//! A fuzzy query per title (a Levenshtein automaton each time) was most of
//! the CLI's time. This table instead cuts every known key into five pieces
//! and indexes the pieces by a hash of (key length, piece number, text). Two
//! edits — insertions, deletions, substitutions or swaps of neighbours, a
//! swap touching two pieces at most — leave at least one of a key's five
//! pieces whole, and a whole piece sits in the typo at most two characters
//! from where it sits in the key. So a lookup probes, for each length within
//! two of the typo's, each piece at each of five shifts: 125 probes of a
//! sorted array, then a banded edit distance on the few keys they name.
//!
//! A table is immutable and serializes to bytes, so that a catalog of
//! 150,000 titles is built once and read back from a cache afterwards.

use std::collections::HashMap;

use review_syntax::TitleKey;

/// Keys are cut into this many pieces: two edits touch four at most.
const PIECES: usize = 5;
/// The largest distance a near miss may have.
const MAX_EDITS: usize = 2;
/// Titles shorter than this (in characters of their key) are left alone:
/// two edits is too much of them.
pub const NEAR_MISS_MIN_CHARS: usize = 16;

const MAGIC: &[u8; 8] = b"RLSTTAB1";

/// The titles of one source (a run's reviews, one catalog file): each
/// distinct key once, with a spelling and how many documents have it.
#[derive(Debug, Default)]
pub struct TitleTable {
    keys: String,
    key_ends: Vec<u32>,
    spellings: String,
    spelling_ends: Vec<u32>,
    counts: Vec<u32>,
    /// (piece hash, title number), sorted.
    pieces: Vec<(u64, u32)>,
}

impl TitleTable {
    /// A table of `(key, spelling)` pairs; a key met again adds to its
    /// count and keeps its first spelling.
    pub fn build<'a>(titles: impl IntoIterator<Item = (&'a TitleKey, &'a str)>) -> TitleTable {
        let mut table = TitleTable::default();
        let mut seen: HashMap<&'a str, usize> = HashMap::new();
        for (key, spelling) in titles {
            let key = key.as_str();
            if key.is_empty() {
                continue;
            }
            if let Some(&number) = seen.get(key) {
                table.counts[number] += 1;
                continue;
            }
            seen.insert(key, table.counts.len());
            table.keys.push_str(key);
            table.key_ends.push(offset(table.keys.len()));
            table.spellings.push_str(spelling);
            table.spelling_ends.push(offset(table.spellings.len()));
            table.counts.push(1);
        }
        let mut chars = Vec::new();
        for number in 0..table.counts.len() {
            chars.clear();
            chars.extend(table.key(number).chars());
            let length = chars.len();
            for piece in 0..PIECES {
                let (start, end) = piece_bounds(length, piece);
                if start < end {
                    let hash = piece_hash(length, piece, &chars[start..end]);
                    table.pieces.push((hash, offset(number)));
                }
            }
        }
        table.pieces.sort_unstable();
        table
    }

    /// How many distinct keys the table holds.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    fn key(&self, number: usize) -> &str {
        let start = number
            .checked_sub(1)
            .map_or(0, |n| self.key_ends[n] as usize);
        &self.keys[start..self.key_ends[number] as usize]
    }

    fn spelling(&self, number: usize) -> &str {
        let start = number
            .checked_sub(1)
            .map_or(0, |n| self.spelling_ends[n] as usize);
        &self.spellings[start..self.spelling_ends[number] as usize]
    }

    /// How many documents of this table have exactly this key.
    pub fn count(&self, key: &str) -> usize {
        self.find(key)
            .map_or(0, |number| self.counts[number] as usize)
    }

    /// The number of this key in the table.
    fn find(&self, key: &str) -> Option<usize> {
        let chars: Vec<char> = key.chars().collect();
        let (start, end) = piece_bounds(chars.len(), 0);
        if start == end {
            return None;
        }
        let hash = piece_hash(chars.len(), 0, &chars[start..end]);
        self.with_hash(hash).find(|&number| self.key(number) == key)
    }

    fn with_hash(&self, hash: u64) -> impl Iterator<Item = usize> + '_ {
        let first = self.pieces.partition_point(|&(h, _)| h < hash);
        self.pieces[first..]
            .iter()
            .take_while(move |&&(h, _)| h == hash)
            .map(|&(_, number)| number as usize)
    }

    /// The keys within two edits of `query` (its characters), with their
    /// distance; each once.
    fn within_two(&self, query: &[char], out: &mut Vec<(usize, usize)>) {
        let mut candidates: Vec<usize> = Vec::new();
        let length = query.len();
        for known_length in length.saturating_sub(MAX_EDITS)..=length + MAX_EDITS {
            for piece in 0..PIECES {
                let (start, end) = piece_bounds(known_length, piece);
                if start == end {
                    continue;
                }
                let width = end - start;
                for shifted in start.saturating_sub(MAX_EDITS)..=start + MAX_EDITS {
                    let Some(text) = query.get(shifted..shifted + width) else {
                        continue;
                    };
                    candidates.extend(self.with_hash(piece_hash(known_length, piece, text)));
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut known: Vec<char> = Vec::new();
        for number in candidates {
            known.clear();
            known.extend(self.key(number).chars());
            if let Some(distance) = bounded_osa(query, &known, MAX_EDITS) {
                out.push((number, distance));
            }
        }
    }

    /// The table as bytes, for a cache; [`TitleTable::from_bytes`] reads it.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut bytes = Vec::with_capacity(
            MAGIC.len()
                + self.keys.len()
                + self.spellings.len()
                + self.counts.len() * 12
                + self.pieces.len() * 12
                + 40,
        );
        bytes.extend_from_slice(MAGIC);
        put_bytes(&mut bytes, self.keys.as_bytes());
        put_bytes(&mut bytes, self.spellings.as_bytes());
        put_u32s(&mut bytes, &self.key_ends);
        put_u32s(&mut bytes, &self.spelling_ends);
        put_u32s(&mut bytes, &self.counts);
        put_u64(&mut bytes, self.pieces.len() as u64);
        for &(hash, number) in &self.pieces {
            bytes.extend_from_slice(&hash.to_le_bytes());
            bytes.extend_from_slice(&number.to_le_bytes());
        }
        bytes
    }

    /// A table written by [`TitleTable::to_bytes`]; `None` for anything
    /// else (another version, a truncated or corrupt file).
    pub fn from_bytes(bytes: &[u8]) -> Option<TitleTable> {
        let mut reader = Reader(bytes.strip_prefix(MAGIC)?);
        let keys = String::from_utf8(reader.bytes()?.to_vec()).ok()?;
        let spellings = String::from_utf8(reader.bytes()?.to_vec()).ok()?;
        let key_ends = reader.u32s()?;
        let spelling_ends = reader.u32s()?;
        let counts = reader.u32s()?;
        let pieces_len = usize::try_from(reader.u64()?).ok()?;
        let raw = reader.take(pieces_len.checked_mul(12)?)?;
        let pieces: Vec<(u64, u32)> = raw
            .chunks_exact(12)
            .map(|chunk| {
                let (hash, number) = chunk.split_at(8);
                (
                    u64::from_le_bytes(hash.try_into().unwrap_or_default()),
                    u32::from_le_bytes(number.try_into().unwrap_or_default()),
                )
            })
            .collect();
        if !reader.0.is_empty() {
            return None;
        }
        // Everything an index or a slice will be taken from is checked once
        // here, so that lookups cannot panic on a damaged file.
        let titles = counts.len();
        let ends_ok = |ends: &[u32], text: &str| {
            ends.len() == titles
                && ends.windows(2).all(|pair| pair[0] <= pair[1])
                && ends.last().is_none_or(|&end| end as usize == text.len())
                && ends.iter().all(|&end| text.is_char_boundary(end as usize))
        };
        if !ends_ok(&key_ends, &keys)
            || !ends_ok(&spelling_ends, &spellings)
            || pieces.iter().any(|&(_, number)| number as usize >= titles)
            || pieces.windows(2).any(|pair| pair[0] > pair[1])
        {
            return None;
        }
        Some(TitleTable {
            keys,
            key_ends,
            spellings,
            spelling_ends,
            counts,
            pieces,
        })
    }
}

/// The titles a check knows, in several tables (the reviews being checked,
/// then each catalog), asked for near misses.
#[derive(Debug, Default)]
pub struct NearMisses {
    tables: Vec<std::sync::Arc<TitleTable>>,
}

impl NearMisses {
    pub fn new(tables: Vec<std::sync::Arc<TitleTable>>) -> NearMisses {
        NearMisses { tables }
    }

    /// How many documents of every table have exactly this key.
    pub fn count(&self, key: &str) -> usize {
        self.tables.iter().map(|table| table.count(key)).sum()
    }

    /// A known title that `key` is a typo of, as
    /// [`crate::TitleIndex::near_miss`] decides it: nothing when the key is
    /// short or known itself (beyond the `own_documents` that are the title
    /// being checked); else the closest key within two edits that does not
    /// differ in digits, the best known of equals (then the first in
    /// order), with the first table's spelling of it.
    pub fn near_miss(&self, key: &TitleKey, own_documents: usize) -> Option<(TitleKey, String)> {
        let query: Vec<char> = key.as_str().chars().collect();
        // Known by something other than the title being checked: a real
        // title, not a typo.
        if query.len() < NEAR_MISS_MIN_CHARS || self.count(key.as_str()) > own_documents {
            return None;
        }
        // (distance, support, key, spelling)
        let mut best: Option<(usize, usize, &str, &str)> = None;
        let mut found = Vec::new();
        for table in &self.tables {
            found.clear();
            table.within_two(&query, &mut found);
            for &(number, distance) in &found {
                if distance == 0 {
                    continue;
                }
                let other = table.key(number);
                if differs_in_digits(key.as_str(), other) {
                    continue;
                }
                if best.is_some_and(|(_, _, known, _)| known == other) {
                    continue;
                }
                let distance = strsim::damerau_levenshtein(key.as_str(), other);
                let support = self.count(other);
                let better = best.is_none_or(|(d, s, k, _)| {
                    (distance, std::cmp::Reverse(support), other) < (d, std::cmp::Reverse(s), k)
                });
                if better {
                    best = Some((distance, support, other, table.spelling(number)));
                }
            }
        }
        let (_, _, other, _) = best?;
        // The first table that knows the key gives its spelling.
        let spelling = self
            .tables
            .iter()
            .find_map(|table| table.find(other).map(|number| table.spelling(number)))?;
        Some((TitleKey::from_normalized(other), spelling.to_owned()))
    }
}

impl review_analysis::KnownTitles for NearMisses {
    fn near_miss(&self, key: &TitleKey, own_documents: usize) -> Option<(TitleKey, String)> {
        NearMisses::near_miss(self, key, own_documents)
    }
}

/// `YOLOv3` and `YOLOv4` are two papers, not a typo.
pub(crate) fn differs_in_digits(a: &str, b: &str) -> bool {
    a.chars()
        .filter(char::is_ascii_digit)
        .ne(b.chars().filter(char::is_ascii_digit))
}

/// Where piece `piece` of a key of `length` characters starts and ends.
fn piece_bounds(length: usize, piece: usize) -> (usize, usize) {
    (piece * length / PIECES, (piece + 1) * length / PIECES)
}

fn piece_hash(length: usize, piece: usize, text: &[char]) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let mix = |hash: u64, value: u64| (hash.rotate_left(5) ^ value).wrapping_mul(K);
    let mut hash = mix(mix(0, length as u64), piece as u64);
    for &ch in text {
        hash = mix(hash, u64::from(ch));
    }
    hash
}

/// The optimal-string-alignment distance of `a` and `b` (edits, and swaps
/// of neighbours), when it is at most `max`; only the diagonal band that
/// such a distance can use is computed.
fn bounded_osa(a: &[char], b: &[char], max: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let cap = u8::try_from(max + 1).unwrap_or(u8::MAX);
    let width = b.len() + 1;
    let mut before = vec![cap; width];
    let mut previous: Vec<u8> = (0..width)
        .map(|j| u8::try_from(j).unwrap_or(cap).min(cap))
        .collect();
    let mut current = vec![cap; width];
    for i in 1..=a.len() {
        current.fill(cap);
        current[0] = u8::try_from(i).unwrap_or(cap).min(cap);
        let low = i.saturating_sub(max).max(1);
        let high = (i + max).min(b.len());
        let mut row_min = current[0];
        for j in low..=high {
            let substitution = previous[j - 1] + u8::from(a[i - 1] != b[j - 1]);
            let mut distance = substitution.min(previous[j] + 1).min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                distance = distance.min(before[j - 2] + 1);
            }
            current[j] = distance.min(cap);
            row_min = row_min.min(current[j]);
        }
        if usize::from(row_min) > max {
            return None;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    let distance = usize::from(previous[b.len()]);
    (distance <= max).then_some(distance)
}

fn offset(value: usize) -> u32 {
    u32::try_from(value).expect("a title table holds less than 4 GiB")
}

fn put_u64(bytes: &mut Vec<u8>, value: u64) {
    bytes.extend_from_slice(&value.to_le_bytes());
}

fn put_bytes(bytes: &mut Vec<u8>, value: &[u8]) {
    put_u64(bytes, value.len() as u64);
    bytes.extend_from_slice(value);
}

fn put_u32s(bytes: &mut Vec<u8>, values: &[u32]) {
    put_u64(bytes, values.len() as u64);
    for value in values {
        bytes.extend_from_slice(&value.to_le_bytes());
    }
}

struct Reader<'a>(&'a [u8]);

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        if self.0.len() < n {
            return None;
        }
        let (taken, rest) = self.0.split_at(n);
        self.0 = rest;
        Some(taken)
    }

    fn u64(&mut self) -> Option<u64> {
        Some(u64::from_le_bytes(self.take(8)?.try_into().ok()?))
    }

    fn bytes(&mut self) -> Option<&'a [u8]> {
        let n = usize::try_from(self.u64()?).ok()?;
        self.take(n)
    }

    fn u32s(&mut self) -> Option<Vec<u32>> {
        let n = usize::try_from(self.u64()?).ok()?;
        let raw = self.take(n.checked_mul(4)?)?;
        Some(
            raw.chunks_exact(4)
                .map(|chunk| u32::from_le_bytes(chunk.try_into().unwrap_or_default()))
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {
    use review_syntax::TitleKey;

    use super::{NearMisses, TitleTable, bounded_osa};

    fn table(titles: &[&str]) -> TitleTable {
        let keys: Vec<(TitleKey, &str)> = titles.iter().map(|t| (TitleKey::new(t), *t)).collect();
        TitleTable::build(keys.iter().map(|(k, t)| (k, *t)))
    }

    fn chars(text: &str) -> Vec<char> {
        text.chars().collect()
    }

    #[test]
    fn the_banded_distance_is_the_full_one_up_to_its_bound() {
        let words = [
            "momentum contrast",
            "momentum constrast",
            "momnetum contrast",
            "momentum contras",
            "omentum contrastt",
            "mmoentum ocntrast",
            "트랜스포머 주의 집중",
            "트랜스퍼머 주의 집중",
            "",
            "ab",
        ];
        for a in words {
            for b in words {
                let full = strsim::osa_distance(a, b);
                let banded = bounded_osa(&chars(a), &chars(b), 2);
                assert_eq!(banded, (full <= 2).then_some(full), "{a:?} / {b:?}");
            }
        }
    }

    #[test]
    fn every_key_two_edits_away_is_found_wherever_the_edits_fall() {
        let title = "momentum contrast for unsupervised visual representation learning";
        let known = table(&[title]);
        let base = chars(title);
        let mut checked = 0;
        // Every pair of substitutions, every swap next to every deletion:
        // wherever the edits fall, the key is found.
        for i in 0..base.len() {
            for j in i + 1..base.len() {
                let mut typo = base.clone();
                typo[i] = 'x';
                typo[j] = 'y';
                let mut found = Vec::new();
                known.within_two(&typo, &mut found);
                let expected = strsim::osa_distance(
                    &typo.iter().collect::<String>(),
                    &base.iter().collect::<String>(),
                );
                assert_eq!(found, vec![(0, expected)], "{i} {j}");
                checked += 1;
            }
            if i + 1 < base.len() {
                let mut typo = base.clone();
                typo.swap(i, i + 1);
                let deleted = (i + 7) % typo.len();
                typo.remove(deleted);
                let mut found = Vec::new();
                known.within_two(&typo, &mut found);
                assert_eq!(found.len(), 1, "swap at {i}, deletion at {deleted}");
                checked += 1;
            }
        }
        let n = base.len();
        assert_eq!(checked, n * (n - 1) / 2 + n - 1);
    }

    #[test]
    fn near_misses_follow_the_rules_of_the_index() {
        let reviews = table(&[
            "Momentum Constrast for Unsupervised Visual Representation Learning",
            "YOLOv3: An Incremental Improvement",
        ]);
        let catalog = table(&[
            "Momentum Contrast for Unsupervised Visual Representation Learning",
            "YOLOv4: Optimal Speed and Accuracy of Object Detection",
            "YOLOv4: An Incremental Improvement",
            "Attention Is All You Need",
            "Deep Image Prior",
        ]);
        let known = NearMisses::new(vec![reviews.into(), catalog.into()]);
        let typo =
            TitleKey::new("Momentum Constrast for Unsupervised Visual Representation Learning");
        assert_eq!(
            known.near_miss(&typo, 1),
            Some((
                TitleKey::new("Momentum Contrast for Unsupervised Visual Representation Learning"),
                "Momentum Contrast for Unsupervised Visual Representation Learning".to_owned()
            ))
        );
        // Known by another document itself: a real title, not a typo.
        assert_eq!(known.near_miss(&typo, 0), None);
        // Digits differ: two papers.
        assert_eq!(
            known.near_miss(&TitleKey::new("YOLOv3: An Incremental Improvement"), 1),
            None
        );
        // Sixteen characters are enough to judge; fifteen are not.
        assert_eq!(
            known.near_miss(&TitleKey::new("Attention Is All You Ned"), 0),
            Some((
                TitleKey::new("Attention Is All You Need"),
                "Attention Is All You Need".to_owned()
            ))
        );
        assert_eq!(known.near_miss(&TitleKey::new("Deep Imag Prior"), 0), None);
    }

    #[test]
    fn a_table_reads_back_what_it_wrote_and_refuses_damage() {
        let written = table(&[
            "Attention Is All You Need",
            "트랜스포머는 주의만 있으면 된다",
            "Attention Is All You Need",
        ]);
        let bytes = written.to_bytes();
        let read = TitleTable::from_bytes(&bytes).expect("read back");
        assert_eq!(read.len(), 2);
        assert_eq!(read.count("attention is all you need"), 2);
        assert_eq!(read.count("트랜스포머는 주의만 있으면 된다"), 1);
        assert_eq!(read.spelling(1), "트랜스포머는 주의만 있으면 된다");
        for cut in [0, 8, 20, bytes.len() - 1] {
            assert!(
                TitleTable::from_bytes(&bytes[..cut]).is_none(),
                "cut at {cut}"
            );
        }
        let mut flipped = bytes.clone();
        flipped[16] ^= 0xff;
        assert!(TitleTable::from_bytes(&flipped).is_none());
    }
}
