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
//! Keys whose digits differ are never near misses of each other (`YOLOv3`
//! is not a typo of `YOLOv4`), so each piece's hash also holds the key's
//! digits: a lookup meets only keys with the same digits. Without that,
//! thousands of titles that differ only by a number (`Version 12.0.3 …`)
//! shared four pieces of five, and every lookup checked all of them.
//!
//! A table is immutable and serializes to bytes, so that a catalog of
//! 150,000 titles is built once and read back from a cache afterwards.

use std::collections::HashMap;

use review_syntax::TitleKey;
use tantivy::directory::OwnedBytes;

/// Keys are cut into this many pieces: two edits touch four at most.
const PIECES: usize = 5;
/// The largest distance a near miss may have.
const MAX_EDITS: usize = 2;
/// Titles shorter than this (in characters of their key) are left alone:
/// two edits is too much of them.
pub const NEAR_MISS_MIN_CHARS: usize = 16;

const MAGIC: &[u8; 8] = b"RLSTTAB3";
/// Magic, then four u64: titles, pieces, key bytes, spelling bytes.
const HEADER: usize = 8 + 4 * 8;

/// The titles of one source (a run's reviews, one catalog file): each
/// distinct key once, with a spelling and how many documents have it.
///
/// Kept as the bytes it is cached as — a header, then the ends of the keys
/// and of the spellings, the counts, the pieces (hash, title number) sorted,
/// the keys and the spellings — so that reading it back from a cache is one
/// read and one pass of checks, with nothing copied.
#[derive(Debug)]
pub struct TitleTable {
    /// In memory, or mapped from the index's cache folder (see
    /// [`TitleTable::from_mapped`]).
    bytes: OwnedBytes,
    titles: usize,
    pieces: usize,
    key_ends: usize,
    spelling_ends: usize,
    counts: usize,
    piece_records: usize,
    keys: usize,
    spellings: usize,
}

impl Default for TitleTable {
    fn default() -> TitleTable {
        TitleTable::build(std::iter::empty())
    }
}

/// What a first walk of a table's distinct keys measures.
struct Sizes {
    titles: usize,
    pieces: usize,
    key_bytes: usize,
}

impl Sizes {
    fn of(keys: &mut impl FnMut(&mut dyn FnMut(&str))) -> Sizes {
        let mut sizes = Sizes {
            titles: 0,
            pieces: 0,
            key_bytes: 0,
        };
        keys(&mut |key: &str| {
            if key.is_empty() {
                return;
            }
            sizes.titles += 1;
            sizes.key_bytes += key.len();
            // As many as `piece_hashes` gives, without hashing them.
            let length = key.chars().count();
            sizes.pieces += (0..PIECES)
                .filter(|&piece| {
                    let (from, to) = piece_bounds(length, piece);
                    from < to
                })
                .count();
        });
        sizes
    }

    /// The table's length in bytes.
    fn table_bytes(&self) -> usize {
        HEADER + 12 * self.titles + 8 * self.pieces + self.key_bytes
    }
}

impl TitleTable {
    /// A table of `(key, spelling)` pairs; a key met again adds to its
    /// count and keeps its first spelling.
    pub fn build<'a>(titles: impl IntoIterator<Item = (&'a TitleKey, &'a str)>) -> TitleTable {
        let mut keys = String::new();
        let mut key_ends: Vec<u32> = Vec::new();
        let mut spellings = String::new();
        let mut spelling_ends: Vec<u32> = Vec::new();
        let mut counts: Vec<u32> = Vec::new();
        let mut seen: HashMap<&'a str, usize> = HashMap::new();
        for (key, spelling) in titles {
            let key = key.as_str();
            if key.is_empty() {
                continue;
            }
            if let Some(&number) = seen.get(key) {
                counts[number] += 1;
                continue;
            }
            seen.insert(key, counts.len());
            keys.push_str(key);
            key_ends.push(offset(keys.len()));
            spellings.push_str(spelling);
            spelling_ends.push(offset(spellings.len()));
            counts.push(1);
        }
        drop(seen);
        TitleTable::assemble(keys, key_ends, spellings, spelling_ends, counts)
    }

    /// A table of keys given once each, without spellings, each counted
    /// once: what the title index's term dictionary holds. `keys` calls its
    /// argument with every key, the same keys each time it is called (see
    /// [`TitleTable::write_distinct_keys`]). Unlike [`TitleTable::build`]
    /// it keeps no map of the keys seen and no copy of them, and its one
    /// buffer is allocated at its final size: for 150,000 catalog keys the
    /// copies and the doubling buffers were tens of megabytes of a cold
    /// start's peak, and the allocator kept them afterwards.
    pub fn of_distinct_keys(mut keys: impl FnMut(&mut dyn FnMut(&str))) -> TitleTable {
        let sizes = Sizes::of(&mut keys);
        let mut bytes = Vec::with_capacity(sizes.table_bytes());
        match TitleTable::write_measured(&sizes, keys, &mut bytes) {
            Ok(true) => TitleTable::from_bytes(bytes).unwrap_or_default(),
            // The keys changed between two walks.
            _ => TitleTable::default(),
        }
    }

    /// Writes the table [`TitleTable::of_distinct_keys`] makes, as
    /// [`TitleTable::as_bytes`] would give it, to `out`, without holding it:
    /// `keys` is walked three times (to measure the keys, to hash their
    /// pieces, to write them), and only the pieces (8 bytes each, five per
    /// key) and the keys' ends are held, to be sorted and written before
    /// the keys. Many small writes: give it a buffered `out`. `Ok(false)`
    /// when the keys changed between walks: what was written is then no
    /// table.
    pub fn write_distinct_keys(
        mut keys: impl FnMut(&mut dyn FnMut(&str)),
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<bool> {
        let sizes = Sizes::of(&mut keys);
        TitleTable::write_measured(&sizes, keys, out)
    }

    /// [`TitleTable::write_distinct_keys`] after the walk that measured the
    /// keys.
    fn write_measured(
        sizes: &Sizes,
        mut keys: impl FnMut(&mut dyn FnMut(&str)),
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<bool> {
        let mut key_ends: Vec<u32> = Vec::with_capacity(sizes.titles);
        // Hash in the high half, so that sorting sorts by hash.
        let mut records: Vec<u64> = Vec::with_capacity(sizes.pieces);
        let mut written = 0usize;
        let mut chars: Vec<char> = Vec::new();
        keys(&mut |key: &str| {
            if key.is_empty() {
                return;
            }
            written += key.len();
            let number = u64::from(offset(key_ends.len()));
            key_ends.push(offset(written));
            chars.clear();
            chars.extend(key.chars());
            records.extend(piece_hashes(&chars).map(|hash| u64::from(hash) << 32 | number));
        });
        if key_ends.len() != sizes.titles
            || records.len() != sizes.pieces
            || written != sizes.key_bytes
        {
            return Ok(false);
        }
        records.sort_unstable();
        out.write_all(&header(sizes.titles, sizes.pieces, sizes.key_bytes, 0))?;
        // Key ends; spelling ends, all zero (no spellings); counts, all one.
        for value in key_ends {
            out.write_all(&value.to_le_bytes())?;
        }
        for value in
            std::iter::repeat_n(0u32, sizes.titles).chain(std::iter::repeat_n(1, sizes.titles))
        {
            out.write_all(&value.to_le_bytes())?;
        }
        for record in records {
            // Hash then title number, as `assemble` writes them.
            out.write_all(&((record >> 32) as u32).to_le_bytes())?;
            out.write_all(&(record as u32).to_le_bytes())?;
        }
        let mut result = Ok(());
        let mut again = 0usize;
        keys(&mut |key: &str| {
            if key.is_empty() || result.is_err() {
                return;
            }
            again += key.len();
            result = out.write_all(key.as_bytes());
        });
        result?;
        Ok(again == sizes.key_bytes)
    }

    /// The table's bytes from its keys and spellings: the pieces of each
    /// key, sorted, then everything in one buffer.
    fn assemble(
        keys: String,
        key_ends: Vec<u32>,
        spellings: String,
        spelling_ends: Vec<u32>,
        counts: Vec<u32>,
    ) -> TitleTable {
        let mut pieces: Vec<(u32, u32)> = Vec::with_capacity(counts.len() * PIECES);
        let mut chars = Vec::new();
        let mut start = 0;
        for (number, &end) in key_ends.iter().enumerate() {
            chars.clear();
            chars.extend(keys[start..end as usize].chars());
            start = end as usize;
            pieces.extend(piece_hashes(&chars).map(|hash| (hash, offset(number))));
        }
        pieces.sort_unstable();

        let mut bytes = Vec::with_capacity(
            HEADER + counts.len() * 12 + pieces.len() * 8 + keys.len() + spellings.len(),
        );
        bytes.extend_from_slice(&header(
            counts.len(),
            pieces.len(),
            keys.len(),
            spellings.len(),
        ));
        for values in [&key_ends, &spelling_ends, &counts] {
            for value in values {
                bytes.extend_from_slice(&value.to_le_bytes());
            }
        }
        for (hash, number) in pieces {
            bytes.extend_from_slice(&hash.to_le_bytes());
            bytes.extend_from_slice(&number.to_le_bytes());
        }
        bytes.extend_from_slice(keys.as_bytes());
        bytes.extend_from_slice(spellings.as_bytes());
        TitleTable::from_bytes(bytes).expect("a table just built reads back")
    }

    /// How many distinct keys the table holds.
    pub fn len(&self) -> usize {
        self.titles
    }

    pub fn is_empty(&self) -> bool {
        self.titles == 0
    }

    /// Zero past the end, which only a damaged mapped table reaches.
    fn u32_at(&self, section: usize, index: usize) -> u32 {
        let at = section + 4 * index;
        self.bytes
            .as_slice()
            .get(at..at + 4)
            .map_or(0, |b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    /// Entry `number` of a text section whose ends are at `ends`.
    fn text(&self, section: usize, ends: usize, number: usize) -> &str {
        let start = match number {
            0 => 0,
            _ => self.u32_at(ends, number - 1) as usize,
        };
        let end = self.u32_at(ends, number) as usize;
        // Never empty for a good table; a damaged mapped one gives garbage
        // or nothing, never a panic.
        self.bytes
            .as_slice()
            .get(section + start..section + end)
            .and_then(|text| std::str::from_utf8(text).ok())
            .unwrap_or_default()
    }

    fn key(&self, number: usize) -> &str {
        self.text(self.keys, self.key_ends, number)
    }

    fn spelling(&self, number: usize) -> &str {
        self.text(self.spellings, self.spelling_ends, number)
    }

    fn count_of(&self, number: usize) -> usize {
        self.u32_at(self.counts, number) as usize
    }

    /// How many documents of this table have exactly this key.
    pub fn count(&self, key: &str) -> usize {
        self.find(key).map_or(0, |number| self.count_of(number))
    }

    /// The number of this key in the table.
    fn find(&self, key: &str) -> Option<usize> {
        let chars: Vec<char> = key.chars().collect();
        let (start, end) = piece_bounds(chars.len(), 0);
        if start == end {
            return None;
        }
        let hash = piece_hash(digits_of(&chars), chars.len(), 0, &chars[start..end]);
        self.with_hash(hash).find(|&number| self.key(number) == key)
    }

    /// The titles with a piece of this hash.
    fn with_hash(&self, hash: u32) -> impl Iterator<Item = usize> + '_ {
        let record_hash = |record: usize| self.u32_at(self.piece_records, 2 * record);
        // The first record with this hash, by bisection.
        let (mut low, mut high) = (0, self.pieces);
        while low < high {
            let middle = low + (high - low) / 2;
            if record_hash(middle) < hash {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        (low..self.pieces)
            .take_while(move |&record| record_hash(record) == hash)
            .map(|record| self.u32_at(self.piece_records, 2 * record + 1) as usize)
    }

    /// The keys within two edits of `query` (its characters) and with its
    /// digits, with their distance; each once.
    fn within_two(&self, query: &[char], out: &mut Vec<(usize, usize)>) {
        let mut candidates: Vec<usize> = Vec::new();
        let length = query.len();
        let digits = digits_of(query);
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
                    candidates.extend(self.with_hash(piece_hash(
                        digits,
                        known_length,
                        piece,
                        text,
                    )));
                }
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let mut known: Vec<char> = Vec::new();
        let mut rows = Rows::default();
        for number in candidates {
            let key = self.key(number);
            // Lengths in characters differ by more than two: no need to look.
            if key.len() + 4 * MAX_EDITS < query.len() || key.len() > 4 * (query.len() + MAX_EDITS)
            {
                continue;
            }
            known.clear();
            known.extend(key.chars());
            if let Some(distance) = bounded_osa_in(query, &known, MAX_EDITS, &mut rows) {
                out.push((number, distance));
            }
        }
    }

    /// The keys within two edits of `key` and with its digits (itself
    /// included, at distance 0).
    pub fn near_keys(&self, key: &str) -> Vec<(String, usize)> {
        let query: Vec<char> = key.chars().collect();
        let mut found = Vec::new();
        self.within_two(&query, &mut found);
        found
            .into_iter()
            .map(|(number, distance)| (self.key(number).to_owned(), distance))
            .collect()
    }

    /// The table as bytes, for a cache; [`TitleTable::from_bytes`] reads it.
    pub fn as_bytes(&self) -> &[u8] {
        self.bytes.as_slice()
    }

    /// A table from what [`TitleTable::as_bytes`] gave; `None` for anything
    /// else (another version, a truncated or corrupt file).
    pub fn from_bytes(bytes: Vec<u8>) -> Option<TitleTable> {
        let table = TitleTable::laid_out(OwnedBytes::new(bytes))?;
        table.is_whole().then_some(table)
    }

    /// A table from bytes mapped from a file [`TitleTable::write_distinct_keys`]
    /// wrote: its header and length are checked, not every key and piece —
    /// that would make every page of the map resident (17 MB for 150,000
    /// titles), where lookups touch a few. A table damaged on disk past its
    /// header gives wrong near misses, never a panic.
    pub fn from_mapped(bytes: OwnedBytes) -> Option<TitleTable> {
        TitleTable::laid_out(bytes)
    }

    /// The sections of a table whose header and length agree.
    fn laid_out(bytes: OwnedBytes) -> Option<TitleTable> {
        let header = bytes.as_slice().get(..HEADER)?;
        if !header.starts_with(MAGIC) {
            return None;
        }
        let field = |n: usize| {
            let at = MAGIC.len() + 8 * n;
            usize::try_from(u64::from_le_bytes(header[at..at + 8].try_into().ok()?)).ok()
        };
        let (titles, pieces, key_bytes, spelling_bytes) =
            (field(0)?, field(1)?, field(2)?, field(3)?);
        let key_ends = HEADER;
        let spelling_ends = key_ends.checked_add(titles.checked_mul(4)?)?;
        let counts = spelling_ends.checked_add(titles * 4)?;
        let piece_records = counts.checked_add(titles * 4)?;
        let keys = piece_records.checked_add(pieces.checked_mul(8)?)?;
        let spellings = keys.checked_add(key_bytes)?;
        if spellings.checked_add(spelling_bytes)? != bytes.len() {
            return None;
        }
        Some(TitleTable {
            bytes,
            titles,
            pieces,
            key_ends,
            spelling_ends,
            counts,
            piece_records,
            keys,
            spellings,
        })
    }

    /// Whether every key and spelling is UTF-8 within its section and every
    /// piece names a title, in order.
    fn is_whole(&self) -> bool {
        let table = self;
        let (titles, pieces) = (self.titles, self.pieces);
        let key_bytes = self.spellings - self.keys;
        let spelling_bytes = self.bytes.len() - self.spellings;
        let ends_ok = |ends: usize, section: usize, length: usize| {
            let text = &table.bytes.as_slice()[section..section + length];
            let mut previous = 0;
            (0..titles).all(|number| {
                let end = table.u32_at(ends, number) as usize;
                let ok = previous <= end && end <= length;
                previous = end;
                ok
            }) && (titles == 0 || previous == length)
                && std::str::from_utf8(text).is_ok()
        };
        let records = self.piece_records;
        let pieces_ok = (0..pieces).all(|record| {
            let number = table.u32_at(records, 2 * record + 1) as usize;
            number < titles
                && (record == 0
                    || table.u32_at(records, 2 * record - 2) <= table.u32_at(records, 2 * record))
        });
        ends_ok(self.key_ends, self.keys, key_bytes)
            && ends_ok(self.spelling_ends, self.spellings, spelling_bytes)
            && pieces_ok
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
                    near_miss_rank(distance, support, other) < near_miss_rank(d, s, k)
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

/// How near-miss candidates rank, in both lookups (the CLI's tables and the
/// server's index): fewer edits first, then the better known title (more
/// documents), then key order. The smallest wins.
pub(crate) fn near_miss_rank(
    distance: usize,
    support: usize,
    key: &str,
) -> (usize, std::cmp::Reverse<usize>, &str) {
    (distance, std::cmp::Reverse(support), key)
}

/// `YOLOv3` and `YOLOv4` are two papers, not a typo.
pub(crate) fn differs_in_digits(a: &str, b: &str) -> bool {
    a.chars()
        .filter(char::is_ascii_digit)
        .ne(b.chars().filter(char::is_ascii_digit))
}

/// Where piece `piece` of a key of `length` characters starts and ends.
/// The hashes of a key's pieces (of its characters), in piece order.
fn piece_hashes(chars: &[char]) -> impl Iterator<Item = u32> + '_ {
    let digits = digits_of(chars);
    (0..PIECES).filter_map(move |piece| {
        let (from, to) = piece_bounds(chars.len(), piece);
        (from < to).then(|| piece_hash(digits, chars.len(), piece, &chars[from..to]))
    })
}

/// A table's header: the magic, then its four lengths.
fn header(titles: usize, pieces: usize, key_bytes: usize, spelling_bytes: usize) -> Vec<u8> {
    let mut header = Vec::with_capacity(HEADER);
    header.extend_from_slice(MAGIC);
    for length in [titles, pieces, key_bytes, spelling_bytes] {
        header.extend_from_slice(&(length as u64).to_le_bytes());
    }
    header
}

fn piece_bounds(length: usize, piece: usize) -> (usize, usize) {
    (piece * length / PIECES, (piece + 1) * length / PIECES)
}

const HASH_FACTOR: u64 = 0x517c_c1b7_2722_0a95;

fn mix(hash: u64, value: u64) -> u64 {
    (hash.rotate_left(5) ^ value).wrapping_mul(HASH_FACTOR)
}

/// A hash of a key's ASCII digits in order, the digits
/// [`differs_in_digits`] compares.
fn digits_of(chars: &[char]) -> u64 {
    chars
        .iter()
        .filter(|ch| ch.is_ascii_digit())
        .fold(1, |hash, &ch| mix(hash, u64::from(ch)))
}

fn piece_hash(digits: u64, length: usize, piece: usize, text: &[char]) -> u32 {
    let mut hash = mix(mix(digits, length as u64), piece as u64);
    for &ch in text {
        hash = mix(hash, u64::from(ch));
    }
    // The high half, the best mixed.
    (hash >> 32) as u32
}

/// The optimal-string-alignment distance of `a` and `b` (edits, and swaps
/// of neighbours), when it is at most `max`; only the diagonal band that
/// such a distance can use is computed.
#[cfg(test)]
fn bounded_osa(a: &[char], b: &[char], max: usize) -> Option<usize> {
    bounded_osa_in(a, b, max, &mut Rows::default())
}

/// The three rows [`bounded_osa`] works in, kept across calls: a lookup
/// verifies up to thousands of candidates.
#[derive(Default)]
struct Rows {
    before: Vec<u8>,
    previous: Vec<u8>,
    current: Vec<u8>,
}

fn bounded_osa_in(a: &[char], b: &[char], max: usize, rows: &mut Rows) -> Option<usize> {
    if a.len().abs_diff(b.len()) > max {
        return None;
    }
    let cap = u8::try_from(max + 1).unwrap_or(u8::MAX);
    let width = b.len() + 1;
    let Rows {
        before,
        previous,
        current,
    } = rows;
    before.clear();
    before.resize(width, cap);
    previous.clear();
    previous.extend((0..width).map(|j| u8::try_from(j).unwrap_or(cap).min(cap)));
    current.clear();
    current.resize(width, cap);
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
        std::mem::swap(before, previous);
        std::mem::swap(previous, current);
    }
    let distance = usize::from(previous[b.len()]);
    (distance <= max).then_some(distance)
}

fn offset(value: usize) -> u32 {
    u32::try_from(value).expect("a title table holds less than 4 GiB")
}

#[cfg(test)]
mod tests {
    use review_syntax::TitleKey;
    use tantivy::directory::OwnedBytes;

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

    /// Titles that differ only by a number are different papers (or
    /// versions), never typos of each other: a lookup meets none of them,
    /// however many there are, and still finds the typo of its own.
    #[test]
    fn keys_that_differ_in_digits_never_meet() {
        let titles: Vec<String> = (0..500)
            .map(|n| {
                format!(
                    "Version {}.0.{} released with many improvements",
                    n / 10,
                    n % 10
                )
            })
            .collect();
        let known = table(&titles.iter().map(String::as_str).collect::<Vec<_>>());
        assert_eq!(known.len(), 500);
        assert_eq!(
            known.near_keys("version 7 0 3 released with many improvments"),
            [(
                "version 7 0 3 released with many improvements".to_owned(),
                1
            )]
        );
        assert_eq!(
            known.near_keys("version 7 0 3 released with many improvements"),
            [(
                "version 7 0 3 released with many improvements".to_owned(),
                0
            )]
        );
        assert_eq!(
            known.near_keys("version 70 0 3 released with many improvements"),
            []
        );
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
        let bytes = written.as_bytes().to_vec();
        let read = TitleTable::from_bytes(bytes.clone()).expect("read back");
        assert_eq!(read.len(), 2);
        assert_eq!(read.count("attention is all you need"), 2);
        assert_eq!(read.count("트랜스포머는 주의만 있으면 된다"), 1);
        assert_eq!(read.spelling(1), "트랜스포머는 주의만 있으면 된다");
        for cut in [0, 8, 20, bytes.len() - 1] {
            assert!(
                TitleTable::from_bytes(bytes[..cut].to_vec()).is_none(),
                "cut at {cut}"
            );
        }
        // A byte of a key that is no longer UTF-8; a title number past the
        // end; pieces out of order.
        let key_start = written.keys;
        let mut flipped = bytes.clone();
        flipped[key_start] ^= 0xff;
        assert!(TitleTable::from_bytes(flipped).is_none());
        let pieces_start = written.piece_records;
        let mut flipped = bytes.clone();
        flipped[pieces_start + 4] = 0xff;
        assert!(TitleTable::from_bytes(flipped).is_none());
        let mut flipped = bytes.clone();
        flipped[pieces_start..pieces_start + 4].copy_from_slice(&u32::MAX.to_le_bytes());
        assert!(TitleTable::from_bytes(flipped).is_none());
    }

    /// A mapped table is checked no further than its header and length, so
    /// that reading it does not touch every page: damage past the header
    /// gives wrong answers at worst, never a panic.
    #[test]
    fn a_damaged_mapped_table_answers_without_panicking() {
        let written = table(&[
            "Attention Is All You Need",
            "트랜스포머는 주의만 있으면 된다",
        ]);
        let bytes = written.as_bytes().to_vec();
        let good = TitleTable::from_mapped(OwnedBytes::new(bytes.clone())).expect("read back");
        assert_eq!(good.count("attention is all you need"), 1);
        assert_eq!(
            good.near_keys("attention is all you ned"),
            [("attention is all you need".to_owned(), 1)]
        );
        let damages: [(usize, [u8; 4]); 4] = [
            // A key end far past its section, a title number past the end,
            // a key's bytes no longer UTF-8, pieces out of order.
            (written.key_ends, u32::MAX.to_le_bytes()),
            (written.piece_records + 4, u32::MAX.to_le_bytes()),
            (written.keys, [0xff; 4]),
            (written.piece_records, u32::MAX.to_le_bytes()),
        ];
        for (at, value) in damages {
            let mut damaged = bytes.clone();
            damaged[at..at + 4].copy_from_slice(&value);
            let read = TitleTable::from_mapped(OwnedBytes::new(damaged)).expect("header intact");
            for key in [
                "attention is all you need",
                "트랜스포머는 주의만 있으면 된다",
            ] {
                read.count(key);
                read.near_keys(key);
            }
        }
        assert!(TitleTable::from_mapped(OwnedBytes::new(bytes[..20].to_vec())).is_none());
    }
}
