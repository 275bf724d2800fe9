//! Template memory: the labels of exact feature signatures seen in training.
//!
//! Bounces come from templates, and a user's own corrected labels should hold for the
//! next message of the same template even when one example cannot move the naive Bayes
//! weights. The memory maps a signature (a hash of a recipient's whole feature set,
//! codes and stage included) to the labels it was seen with; it answers only when they
//! all agree.

use crate::reason::Reason;
use bounce_features::Features;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The signature of a feature set: order-independent only through the sorted terms.
pub fn signature(features: &Features) -> u64 {
    let mut h: u64 = 0x9e37_79b9_7f4a_7c15;
    for &(hash, _) in &features.terms {
        h = (h ^ hash).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    }
    h
}

/// Exact-template labels, frozen after training.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Memory {
    /// (signature, reason, count), sorted by signature then reason.
    entries: Vec<(u64, Reason, u32)>,
}

/// Collects signatures while training.
#[derive(Debug, Clone, Default)]
pub struct MemoryBuilder {
    seen: BTreeMap<(u64, Reason), u32>,
}

impl MemoryBuilder {
    pub fn record(&mut self, features: &Features, reason: Reason) {
        if !features.is_empty() {
            *self.seen.entry((signature(features), reason)).or_insert(0) += 1;
        }
    }

    pub fn finish(self) -> Memory {
        Memory {
            entries: self.seen.into_iter().map(|((s, r), c)| (s, r, c)).collect(),
        }
    }
}

impl Memory {
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Strictly ordered by signature then reason, as [`Memory::recall`] needs (a model file
    /// read from disk could hold anything).
    pub fn is_sorted(&self) -> bool {
        self.entries
            .windows(2)
            .all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1))
    }

    /// The reason every training example with this feature set had, and how many there
    /// were; `None` when the signature is new or its examples disagree.
    pub fn recall(&self, features: &Features) -> Option<(Reason, u32)> {
        let sig = signature(features);
        let start = self.entries.partition_point(|e| e.0 < sig);
        let mut found: Option<(Reason, u32)> = None;
        for &(s, reason, count) in &self.entries[start..] {
            if s != sig {
                break;
            }
            if found.is_some() {
                return None;
            }
            found = Some((reason, count));
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recalls_unanimous_templates_only() {
        let a = Features {
            terms: vec![(1, 1.0), (2, 1.0)],
        };
        let b = Features {
            terms: vec![(3, 1.0)],
        };
        let mut m = MemoryBuilder::default();
        m.record(&a, Reason::Suspend);
        m.record(&a, Reason::Suspend);
        m.record(&b, Reason::Blocked);
        m.record(&b, Reason::SpamDetected);
        let m = m.finish();
        assert_eq!(m.recall(&a), Some((Reason::Suspend, 2)));
        assert_eq!(m.recall(&b), None);
        assert_eq!(
            m.recall(&Features {
                terms: vec![(9, 1.0)]
            }),
            None
        );
    }
}
