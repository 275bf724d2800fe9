//! Classification metrics: accuracy, per-class precision/recall/F1, macro-F1, confusions.

use serde::Serialize;

/// A confusion matrix over a fixed label list: `counts[truth][predicted]`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ConfusionMatrix {
    pub labels: Vec<String>,
    pub counts: Vec<Vec<u64>>,
}

/// Precision, recall and F1 of one class.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClassScore {
    pub label: String,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Examples of this class in the truth.
    pub support: u64,
    /// Examples predicted as this class.
    pub predicted: u64,
}

impl ConfusionMatrix {
    pub fn new(labels: Vec<String>) -> Self {
        let n = labels.len();
        ConfusionMatrix {
            labels,
            counts: vec![vec![0; n]; n],
        }
    }

    /// Index of `label`, adding it when new.
    pub fn index(&mut self, label: &str) -> usize {
        if let Some(i) = self.labels.iter().position(|l| l == label) {
            return i;
        }
        self.labels.push(label.to_string());
        for row in &mut self.counts {
            row.push(0);
        }
        self.counts.push(vec![0; self.labels.len()]);
        self.labels.len() - 1
    }

    pub fn add(&mut self, truth: &str, predicted: &str) {
        let t = self.index(truth);
        let p = self.index(predicted);
        self.counts[t][p] += 1;
    }

    pub fn total(&self) -> u64 {
        self.counts.iter().flatten().sum()
    }

    pub fn accuracy(&self) -> f64 {
        let right: u64 = (0..self.labels.len()).map(|i| self.counts[i][i]).sum();
        right as f64 / self.total().max(1) as f64
    }

    /// Scores of every class that occurs in the truth or the predictions.
    pub fn class_scores(&self) -> Vec<ClassScore> {
        let n = self.labels.len();
        (0..n)
            .filter_map(|i| {
                let tp = self.counts[i][i] as f64;
                let support: u64 = self.counts[i].iter().sum();
                let predicted: u64 = (0..n).map(|t| self.counts[t][i]).sum();
                if support == 0 && predicted == 0 {
                    return None;
                }
                let precision = if predicted > 0 {
                    tp / predicted as f64
                } else {
                    0.0
                };
                let recall = if support > 0 {
                    tp / support as f64
                } else {
                    0.0
                };
                let f1 = if precision + recall > 0.0 {
                    2.0 * precision * recall / (precision + recall)
                } else {
                    0.0
                };
                Some(ClassScore {
                    label: self.labels[i].clone(),
                    precision,
                    recall,
                    f1,
                    support,
                    predicted,
                })
            })
            .collect()
    }

    /// Mean F1 over the classes that occur.
    pub fn macro_f1(&self) -> f64 {
        let scores = self.class_scores();
        scores.iter().map(|s| s.f1).sum::<f64>() / scores.len().max(1) as f64
    }

    /// The most frequent (truth, predicted, count) errors, largest first.
    pub fn top_confusions(&self, k: usize) -> Vec<(String, String, u64)> {
        let mut out = Vec::new();
        for (t, row) in self.counts.iter().enumerate() {
            for (p, &c) in row.iter().enumerate() {
                if t != p && c > 0 {
                    out.push((self.labels[t].clone(), self.labels[p].clone(), c));
                }
            }
        }
        out.sort_by(|a, b| {
            b.2.cmp(&a.2)
                .then_with(|| a.0.cmp(&b.0))
                .then_with(|| a.1.cmp(&b.1))
        });
        out.truncate(k);
        out
    }
}

/// Assigns a group (template family, source message) to one of `k` folds, so that all
/// examples of a group are held out together.
pub fn fold_of(group: &str, k: usize) -> usize {
    (bounce_features::hash_token(group) % k.max(1) as u64) as usize
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores() {
        let mut m = ConfusionMatrix::new(vec![]);
        m.add("a", "a");
        m.add("a", "b");
        m.add("b", "b");
        m.add("b", "b");
        assert!((m.accuracy() - 0.75).abs() < 1e-12);
        let s = m.class_scores();
        assert!((s[0].precision - 1.0).abs() < 1e-12 && (s[0].recall - 0.5).abs() < 1e-12);
        assert!((s[1].precision - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(
            m.top_confusions(5),
            vec![("a".to_string(), "b".to_string(), 1)]
        );
        assert_eq!(fold_of("family-1", 5), fold_of("family-1", 5));
    }
}
