//! The heaviest documents of a search, one per title key.
//!
//! A paper of a workspace has one document per review and per catalog
//! entry: at 2,000 files the synthetic workspaces hold 30 to 40 reviews of
//! each popular paper. Ranked by document, the 41 heaviest hits for `Eff`
//! were the 39 reviews of one paper and 2 of another, and completion
//! offered two titles where the workspace reviews six. [`DistinctKeys`]
//! keeps, in each segment, the heaviest document of each key (read from the
//! key's fast column, as ordinals), then merges the segments by key.

use std::collections::HashMap;

use tantivy::collector::{Collector, SegmentCollector};
use tantivy::columnar::{Column, StrColumn};
use tantivy::{DocAddress, DocId, Score, SegmentOrdinal, SegmentReader};

/// One key and its heaviest document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeyHit {
    pub weight: u64,
    pub key: String,
    pub address: DocAddress,
}

/// Collects the `limit` heaviest distinct keys: by `weight`, heaviest
/// first, a tie going to the smaller key.
pub struct DistinctKeys {
    pub limit: usize,
    pub key_field: &'static str,
    pub weight_field: &'static str,
}

pub struct SegmentKeys {
    segment: SegmentOrdinal,
    limit: usize,
    /// `None` in a segment with no document that has the columns.
    columns: Option<(StrColumn, Column<u64>)>,
    /// Per key ordinal: its heaviest document so far.
    best: HashMap<u64, (u64, DocId)>,
}

impl Collector for DistinctKeys {
    type Fruit = Vec<KeyHit>;
    type Child = SegmentKeys;

    fn for_segment(
        &self,
        segment: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<SegmentKeys> {
        let fast = reader.fast_fields();
        let keys = fast.str(self.key_field)?;
        let weights = fast.u64(self.weight_field).ok();
        Ok(SegmentKeys {
            segment,
            limit: self.limit,
            columns: keys.zip(weights),
            best: HashMap::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Vec<KeyHit>>) -> tantivy::Result<Vec<KeyHit>> {
        let mut by_key: HashMap<String, KeyHit> = HashMap::new();
        for hit in segments.into_iter().flatten() {
            match by_key.get_mut(&hit.key) {
                Some(known) if known.weight >= hit.weight => {}
                Some(known) => *known = hit,
                None => {
                    by_key.insert(hit.key.clone(), hit);
                }
            }
        }
        let mut hits: Vec<KeyHit> = by_key.into_values().collect();
        sort(&mut hits);
        hits.truncate(self.limit);
        Ok(hits)
    }
}

/// Heaviest first; then by key, so that the order never depends on how
/// documents fell into segments.
fn sort(hits: &mut [KeyHit]) {
    hits.sort_by(|a, b| b.weight.cmp(&a.weight).then_with(|| a.key.cmp(&b.key)));
}

impl SegmentCollector for SegmentKeys {
    type Fruit = Vec<KeyHit>;

    fn collect(&mut self, doc: DocId, _score: Score) {
        let Some((keys, weights)) = &self.columns else {
            return;
        };
        let Some(ord) = keys.ords().first(doc) else {
            return;
        };
        let weight = weights.first(doc).unwrap_or(0);
        self.best
            .entry(ord)
            .and_modify(|best| {
                if weight > best.0 {
                    *best = (weight, doc);
                }
            })
            .or_insert((weight, doc));
    }

    fn harvest(self) -> Vec<KeyHit> {
        let Some((keys, _)) = &self.columns else {
            return Vec::new();
        };
        // The `limit` heaviest by ordinal first (ordinals are in key
        // order, so ties break the same way as by key), then only those
        // are spelled out.
        let mut best: Vec<(u64, (u64, DocId))> = self.best.into_iter().collect();
        best.sort_by(|(a_ord, (a, _)), (b_ord, (b, _))| b.cmp(a).then(a_ord.cmp(b_ord)));
        best.truncate(self.limit);
        let mut hits = Vec::with_capacity(best.len());
        let mut key = String::new();
        for (ord, (weight, doc)) in best {
            key.clear();
            if keys.ord_to_str(ord, &mut key).unwrap_or(false) {
                hits.push(KeyHit {
                    weight,
                    key: key.clone(),
                    address: DocAddress::new(self.segment, doc),
                });
            }
        }
        hits
    }
}
