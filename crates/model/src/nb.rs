//! Sparse multinomial naive Bayes with Lidstone smoothing.
//!
//! `P(t | c) = (n(t, c) + α) / (N(c) + α·V)` over the vocabulary `V`, class priors from
//! document counts, and scores combined in log space. Fitting streams: a [`Trainer`]
//! holds one count row per token, never the examples, and at most `4 × max_vocabulary`
//! rows (at least 100,000): past that the tokens seen in the fewest examples are dropped,
//! so memory is bounded whatever the corpus size. Everything is ordered (token hashes sorted,
//! examples summed in arrival order), so the same examples give the same model.

use crate::error::ModelError;
use crate::reason::Reason;
use bounce_features::Features;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Hyper-parameters, unchecked (see [`NaiveBayesParams::check`]).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct NaiveBayesParams {
    /// Lidstone smoothing (1.0 is Laplace).
    pub alpha: f64,
    /// Tokens seen in fewer examples than this are dropped when the model is finished.
    pub min_doc_freq: u32,
    /// At most this many tokens are kept (the most frequent).
    pub max_vocabulary: usize,
}

impl Default for NaiveBayesParams {
    fn default() -> Self {
        NaiveBayesParams {
            alpha: 0.1,
            min_doc_freq: 2,
            max_vocabulary: 40_000,
        }
    }
}

/// Parameters that passed [`NaiveBayesParams::check`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CheckedParams(NaiveBayesParams);

impl NaiveBayesParams {
    pub fn alpha(mut self, alpha: f64) -> Self {
        self.alpha = alpha;
        self
    }

    pub fn min_doc_freq(mut self, n: u32) -> Self {
        self.min_doc_freq = n;
        self
    }

    pub fn max_vocabulary(mut self, n: usize) -> Self {
        self.max_vocabulary = n;
        self
    }

    /// Validates the parameters.
    pub fn check(self) -> Result<CheckedParams, ModelError> {
        if !(self.alpha.is_finite() && self.alpha > 0.0) {
            return Err(ModelError::InvalidParams(format!(
                "alpha must be a positive number, not {}",
                self.alpha
            )));
        }
        if self.min_doc_freq == 0 {
            return Err(ModelError::InvalidParams(
                "min_doc_freq must be at least 1".into(),
            ));
        }
        if self.max_vocabulary == 0 {
            return Err(ModelError::InvalidParams(
                "max_vocabulary must be at least 1".into(),
            ));
        }
        Ok(CheckedParams(self))
    }
}

impl CheckedParams {
    pub fn params(&self) -> NaiveBayesParams {
        self.0
    }

    /// A trainer over `classes` (the label set, in a fixed order).
    pub fn trainer(&self, classes: Vec<Reason>) -> Trainer {
        Trainer {
            params: self.0,
            class_index: classes.iter().enumerate().map(|(i, &c)| (c, i)).collect(),
            classes,
            rows: HashMap::new(),
            docs: Vec::new(),
        }
    }
}

/// Per-token counts while fitting.
#[derive(Debug, Clone)]
struct Row {
    counts: Vec<f64>,
    doc_freq: u32,
    name: String,
}

/// Streaming fit: [`Trainer::add`] one example at a time, then [`Trainer::finish`].
#[derive(Debug, Clone)]
pub struct Trainer {
    params: NaiveBayesParams,
    classes: Vec<Reason>,
    class_index: HashMap<Reason, usize>,
    rows: HashMap<u64, Row>,
    docs: Vec<u64>,
}

impl Trainer {
    /// Adds one example. `names` (aligned with `features.terms`, may be empty) are kept for
    /// explanations. Examples of a class outside the label set are refused.
    pub fn add(
        &mut self,
        features: &Features,
        names: &[String],
        class: Reason,
    ) -> Result<(), ModelError> {
        let n = self.classes.len();
        let &c = self
            .class_index
            .get(&class)
            .ok_or_else(|| ModelError::UnknownReason(class.to_string()))?;
        if self.docs.len() < n {
            self.docs.resize(n, 0);
        }
        self.docs[c] += 1;
        for (i, &(hash, weight)) in features.terms.iter().enumerate() {
            let row = self.rows.entry(hash).or_insert_with(|| Row {
                counts: vec![0.0; n],
                doc_freq: 0,
                name: names.get(i).cloned().unwrap_or_default(),
            });
            row.counts[c] += f64::from(weight);
            row.doc_freq += 1;
        }
        if self.rows.len() > self.row_cap() {
            self.drop_rare_rows();
        }
        Ok(())
    }

    /// Most distinct tokens counted at once. A corpus with more (hosts, IDs and typos that
    /// escaped masking grow without end) would make memory grow with the corpus; below
    /// this the fit is exact.
    fn row_cap(&self) -> usize {
        self.params.max_vocabulary.saturating_mul(4).max(100_000)
    }

    /// Lossy counting: drops the tokens seen in the fewest examples until half the cap is
    /// free. They were the ones pruning would drop at the end anyway; one that comes back
    /// later starts counting again. Which rows go depends only on their counts, so the
    /// result is deterministic.
    fn drop_rare_rows(&mut self) {
        let target = self.row_cap() / 2;
        let mut threshold = 2;
        while self.rows.len() > target {
            self.rows.retain(|_, r| r.doc_freq >= threshold);
            threshold += 1;
        }
    }

    /// Number of examples added.
    pub fn examples(&self) -> u64 {
        self.docs.iter().sum()
    }

    /// Prunes the vocabulary and computes the log probabilities.
    pub fn finish(self) -> Result<NaiveBayes, ModelError> {
        let total: u64 = self.docs.iter().sum();
        if total == 0 {
            return Err(ModelError::NoExamples);
        }
        let n = self.classes.len();
        let mut kept: Vec<(u64, Row)> = self
            .rows
            .into_iter()
            .filter(|(_, r)| r.doc_freq >= self.params.min_doc_freq)
            .collect();
        // Most frequent first, ties by hash: a deterministic order whatever the map did.
        kept.sort_by(|a, b| b.1.doc_freq.cmp(&a.1.doc_freq).then(a.0.cmp(&b.0)));
        kept.truncate(self.params.max_vocabulary);
        kept.sort_by_key(|(hash, _)| *hash);
        let vocabulary = kept.len();
        let alpha = self.params.alpha;
        let mut totals = vec![0.0f64; n];
        for (_, row) in &kept {
            for (t, v) in totals.iter_mut().zip(&row.counts) {
                *t += v;
            }
        }
        let denominators: Vec<f64> = totals
            .iter()
            .map(|t| (t + alpha * vocabulary as f64).ln())
            .collect();
        let mut log_prob = Vec::with_capacity(vocabulary * n);
        let mut hashes = Vec::with_capacity(vocabulary);
        let mut names = Vec::with_capacity(vocabulary);
        for (hash, row) in kept {
            hashes.push(hash);
            names.push(row.name);
            log_prob.extend(
                row.counts
                    .iter()
                    .zip(&denominators)
                    .map(|(count, d)| (count + alpha).ln() - d),
            );
        }
        let mut docs = self.docs;
        docs.resize(n, 0);
        // A class without examples keeps a tiny prior instead of minus infinity.
        let log_prior = docs
            .iter()
            .map(|&d| ((d as f64).max(0.5) / total as f64).ln())
            .collect();
        // Unseen tokens score the same for every class once smoothed; they are skipped.
        Ok(NaiveBayes {
            classes: self.classes,
            log_prior,
            hashes,
            names,
            log_prob,
            class_docs: docs,
        })
    }
}

/// A fitted model.
#[derive(Debug, Clone, PartialEq)]
pub struct NaiveBayes {
    pub(crate) classes: Vec<Reason>,
    pub(crate) log_prior: Vec<f64>,
    /// Vocabulary token hashes, sorted.
    pub(crate) hashes: Vec<u64>,
    /// Token names aligned with `hashes` (empty when unknown).
    pub(crate) names: Vec<String>,
    /// `hashes.len() × classes.len()` log probabilities, row per token.
    pub(crate) log_prob: Vec<f64>,
    /// Training examples per class.
    pub(crate) class_docs: Vec<u64>,
}

/// One token's pull towards a class, for explanations.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TokenWeight {
    pub token: String,
    /// log P(t | class) minus the mean over the other classes, times the token's weight.
    pub weight: f64,
}

impl NaiveBayes {
    pub fn classes(&self) -> &[Reason] {
        &self.classes
    }

    pub fn vocabulary_len(&self) -> usize {
        self.hashes.len()
    }

    pub fn class_examples(&self) -> &[u64] {
        &self.class_docs
    }

    fn row(&self, hash: u64) -> Option<&[f64]> {
        let n = self.classes.len();
        self.hashes
            .binary_search(&hash)
            .ok()
            .map(|i| &self.log_prob[i * n..(i + 1) * n])
    }

    /// Unnormalised class log-likelihoods: log prior + Σ weight·log P(t | c).
    pub fn joint_log_likelihood(&self, features: &Features) -> Vec<f64> {
        let mut out = self.log_prior.clone();
        for &(hash, weight) in &features.terms {
            if let Some(row) = self.row(hash) {
                for (o, lp) in out.iter_mut().zip(row) {
                    *o += f64::from(weight) * lp;
                }
            }
        }
        out
    }

    /// Class probabilities with scores divided by `temperature` (1.0 = uncalibrated).
    pub fn probabilities(&self, features: &Features, temperature: f64) -> Vec<f64> {
        let mut scores = self.joint_log_likelihood(features);
        softmax_in_place(&mut scores, temperature);
        scores
    }

    /// The index of the most likely class (ties go to the lower index).
    pub fn predict(&self, features: &Features) -> usize {
        argmax(&self.joint_log_likelihood(features))
    }

    /// The tokens of `features` that pull most towards `class`, strongest first.
    pub fn top_tokens(&self, features: &Features, class: usize, k: usize) -> Vec<TokenWeight> {
        let n = self.classes.len();
        let mut out: Vec<TokenWeight> = Vec::new();
        for &(hash, weight) in &features.terms {
            let Some(i) = self.hashes.binary_search(&hash).ok() else {
                continue;
            };
            let row = &self.log_prob[i * n..(i + 1) * n];
            let others = if n > 1 {
                (row.iter().sum::<f64>() - row[class]) / (n - 1) as f64
            } else {
                0.0
            };
            let pull = f64::from(weight) * (row[class] - others);
            if pull > 0.0 {
                out.push(TokenWeight {
                    token: self.names[i].clone(),
                    weight: pull,
                });
            }
        }
        out.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.token.cmp(&b.token))
        });
        out.truncate(k);
        out
    }

    /// The `k` tokens with the highest `log P(t|c)` margin over the other classes, for
    /// `bounce-train inspect`.
    pub fn class_tokens(&self, class: usize, k: usize) -> Vec<TokenWeight> {
        let n = self.classes.len();
        let mut out: Vec<TokenWeight> = (0..self.hashes.len())
            .map(|i| {
                let row = &self.log_prob[i * n..(i + 1) * n];
                let others = if n > 1 {
                    (row.iter().sum::<f64>() - row[class]) / (n - 1) as f64
                } else {
                    0.0
                };
                TokenWeight {
                    token: self.names[i].clone(),
                    weight: row[class] - others,
                }
            })
            .collect();
        out.sort_by(|a, b| {
            b.weight
                .total_cmp(&a.weight)
                .then_with(|| a.token.cmp(&b.token))
        });
        out.truncate(k);
        out
    }
}

/// Softmax of `scores / temperature`, with the maximum subtracted so that nothing
/// overflows however long the document.
pub fn softmax_in_place(scores: &mut [f64], temperature: f64) {
    let t = if temperature > 0.0 { temperature } else { 1.0 };
    let max = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let mut sum = 0.0;
    for s in scores.iter_mut() {
        *s = ((*s - max) / t).exp();
        sum += *s;
    }
    for s in scores.iter_mut() {
        *s /= sum;
    }
}

/// Index of the largest value; the first on ties.
pub fn argmax(values: &[f64]) -> usize {
    let mut best = 0;
    for (i, v) in values.iter().enumerate() {
        if *v > values[best] {
            best = i;
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn features(terms: &[(u64, f32)]) -> Features {
        Features {
            terms: terms.to_vec(),
        }
    }

    #[test]
    fn endless_distinct_tokens_keep_memory_bounded() {
        let params = NaiveBayesParams::default().check().expect("valid");
        let mut t = params.trainer(vec![Reason::UserUnknown, Reason::MailboxFull]);
        let cap = t.row_cap();
        for i in 0..(cap as u64 + 50_000) {
            // One token every example shares, one seen once.
            let f = features(&[(1, 1.0), (1_000 + i, 1.0)]);
            let class = if i % 2 == 0 {
                Reason::UserUnknown
            } else {
                Reason::MailboxFull
            };
            t.add(&f, &[], class).expect("added");
            assert!(
                t.rows.len() <= cap,
                "rows {} over the cap {cap}",
                t.rows.len()
            );
        }
        let model = t.finish().expect("fits");
        assert_eq!(model.hashes, vec![1], "only the shared token is kept");
    }

    #[test]
    fn params_are_checked() {
        assert!(NaiveBayesParams::default().alpha(0.0).check().is_err());
        assert!(NaiveBayesParams::default().alpha(f64::NAN).check().is_err());
        assert!(NaiveBayesParams::default().min_doc_freq(0).check().is_err());
        assert!(NaiveBayesParams::default().check().is_ok());
    }

    #[test]
    fn learns_and_stays_finite_on_long_documents() {
        let p = NaiveBayesParams::default().min_doc_freq(1).check().unwrap();
        let mut t = p.trainer(vec![Reason::UserUnknown, Reason::MailboxFull]);
        for _ in 0..5 {
            t.add(&features(&[(1, 1.0), (2, 1.0)]), &[], Reason::UserUnknown)
                .unwrap();
            t.add(&features(&[(3, 1.0), (4, 1.0)]), &[], Reason::MailboxFull)
                .unwrap();
        }
        let m = t.finish().unwrap();
        assert_eq!(m.predict(&features(&[(1, 1.0)])), 0);
        assert_eq!(m.predict(&features(&[(4, 1.0)])), 1);
        let long = features(&[(1, 10_000.0)]);
        let p = m.probabilities(&long, 1.0);
        assert!(p.iter().all(|x| x.is_finite()));
        assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
    }

    #[test]
    fn refuses_unknown_class_and_empty_fit() {
        let p = NaiveBayesParams::default().check().unwrap();
        let mut t = p.trainer(vec![Reason::UserUnknown]);
        assert!(t.add(&features(&[(1, 1.0)]), &[], Reason::Blocked).is_err());
        assert_eq!(t.finish().unwrap_err(), ModelError::NoExamples);
    }
}
