//! Calibration: a temperature fitted on held-out scores, and the measures that check it.
//!
//! Naive Bayes scores grow with document length, so raw probabilities are extreme. Dividing
//! the log-likelihoods by a temperature `T` before the softmax keeps the ranking and makes
//! the top probability mean what it says. `T` is fitted by minimising the negative log
//! likelihood of the true class on held-out folds (a one-dimensional convex problem in
//! `log T`, solved by golden-section search).

use crate::nb::softmax_in_place;
use serde::{Deserialize, Serialize};

/// A held-out prediction: the class scores and the index of the true class.
#[derive(Debug, Clone, PartialEq)]
pub struct Scored {
    pub scores: Vec<f64>,
    pub truth: usize,
}

fn nll(samples: &[Scored], temperature: f64) -> f64 {
    let mut total = 0.0;
    let mut probs = Vec::new();
    for s in samples {
        probs.clear();
        probs.extend_from_slice(&s.scores);
        softmax_in_place(&mut probs, temperature);
        total -= probs[s.truth].max(1e-300).ln();
    }
    total / samples.len().max(1) as f64
}

/// The temperature that minimises held-out negative log likelihood, in `[e^-3, e^6]`.
pub fn fit_temperature(samples: &[Scored]) -> f64 {
    if samples.is_empty() {
        return 1.0;
    }
    let (mut lo, mut hi) = (-3.0f64, 6.0f64);
    let phi = (5f64.sqrt() - 1.0) / 2.0;
    let mut a = hi - phi * (hi - lo);
    let mut b = lo + phi * (hi - lo);
    let (mut fa, mut fb) = (nll(samples, a.exp()), nll(samples, b.exp()));
    for _ in 0..60 {
        if fa < fb {
            hi = b;
            b = a;
            fb = fa;
            a = hi - phi * (hi - lo);
            fa = nll(samples, a.exp());
        } else {
            lo = a;
            a = b;
            fa = fb;
            b = lo + phi * (hi - lo);
            fb = nll(samples, b.exp());
        }
    }
    ((lo + hi) / 2.0).exp()
}

/// A prediction's top-class confidence and whether it was right.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Outcome {
    pub confidence: f64,
    pub correct: bool,
}

/// Expected calibration error over `bins` equal-mass bins: the outcomes sorted by
/// confidence and cut into groups of (nearly) equal size, so a few extreme confidences
/// cannot hide in an empty bin.
pub fn expected_calibration_error(outcomes: &[Outcome], bins: usize) -> f64 {
    if outcomes.is_empty() {
        return 0.0;
    }
    let mut sorted = outcomes.to_vec();
    sorted.sort_by(|a, b| a.confidence.total_cmp(&b.confidence));
    let n = sorted.len();
    let bins = bins.clamp(1, n);
    let mut ece = 0.0;
    for b in 0..bins {
        let (start, end) = (b * n / bins, (b + 1) * n / bins);
        let chunk = &sorted[start..end];
        if chunk.is_empty() {
            continue;
        }
        let conf = chunk.iter().map(|o| o.confidence).sum::<f64>() / chunk.len() as f64;
        let acc = chunk.iter().filter(|o| o.correct).count() as f64 / chunk.len() as f64;
        ece += (chunk.len() as f64 / n as f64) * (acc - conf).abs();
    }
    ece
}

/// Reliability curve: per equal-mass bin, (mean confidence, accuracy, count).
pub fn reliability(outcomes: &[Outcome], bins: usize) -> Vec<(f64, f64, usize)> {
    let mut sorted = outcomes.to_vec();
    sorted.sort_by(|a, b| a.confidence.total_cmp(&b.confidence));
    let n = sorted.len();
    if n == 0 {
        return Vec::new();
    }
    let bins = bins.clamp(1, n);
    (0..bins)
        .filter_map(|b| {
            let chunk = &sorted[b * n / bins..(b + 1) * n / bins];
            (!chunk.is_empty()).then(|| {
                let conf = chunk.iter().map(|o| o.confidence).sum::<f64>() / chunk.len() as f64;
                let acc = chunk.iter().filter(|o| o.correct).count() as f64 / chunk.len() as f64;
                (conf, acc, chunk.len())
            })
        })
        .collect()
}

/// Multi-class Brier score: mean over examples of Σ_c (p_c − [c = truth])². A constant
/// confidence scores badly here even when its ECE looks fine.
pub fn brier_score(probabilities: &[(Vec<f64>, usize)]) -> f64 {
    if probabilities.is_empty() {
        return 0.0;
    }
    let total: f64 = probabilities
        .iter()
        .map(|(p, truth)| {
            p.iter()
                .enumerate()
                .map(|(c, &pc)| (pc - if c == *truth { 1.0 } else { 0.0 }).powi(2))
                .sum::<f64>()
        })
        .sum();
    total / probabilities.len() as f64
}

/// How often one decision path was right on labelled data, so that its confidence is
/// its measured precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct PathRecord {
    pub hits: u32,
    pub total: u32,
}

impl PathRecord {
    /// Precision with add-one smoothing (an unmeasured path gets 0.5, not 1.0).
    pub fn precision(self) -> f64 {
        (f64::from(self.hits) + 1.0) / (f64::from(self.total) + 2.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overconfident_scores_get_a_temperature_above_one() {
        // Scores say 0.99+ but only 70% are right.
        let samples: Vec<Scored> = (0..100)
            .map(|i| Scored {
                scores: vec![0.0, -8.0],
                truth: usize::from(i % 10 >= 7),
            })
            .collect();
        let t = fit_temperature(&samples);
        assert!(t > 3.0, "temperature {t}");
        let mut p = vec![0.0, -8.0];
        softmax_in_place(&mut p, t);
        assert!((p[0] - 0.7).abs() < 0.02, "calibrated {}", p[0]);
    }

    #[test]
    fn ece_and_brier() {
        let perfect: Vec<Outcome> = (0..10)
            .map(|i| Outcome {
                confidence: 0.8,
                correct: i < 8,
            })
            .collect();
        assert!(expected_calibration_error(&perfect, 1) < 1e-12);
        let bad: Vec<Outcome> = (0..10)
            .map(|_| Outcome {
                confidence: 0.99,
                correct: false,
            })
            .collect();
        assert!(expected_calibration_error(&bad, 5) > 0.9);
        let b = brier_score(&[(vec![1.0, 0.0], 0), (vec![0.5, 0.5], 1)]);
        assert!((b - 0.25).abs() < 1e-12);
    }
}
