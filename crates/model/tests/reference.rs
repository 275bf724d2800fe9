//! Our sparse naive Bayes must compute what linfa-bayes' dense `MultinomialNb` computes.

use bounce_features::Features;
use bounce_model::{NaiveBayesParams, Reason};
use linfa::prelude::*;
use linfa_bayes::{MultinomialNb, NaiveBayes as _};
use ndarray::{Array1, Array2};

/// A small deterministic generator (splitmix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

const CLASSES: [Reason; 3] = [Reason::UserUnknown, Reason::MailboxFull, Reason::Blocked];

/// Count vectors whose distribution depends on the class, every feature used at least once.
fn dataset(seed: u64, rows: usize, features: usize) -> (Array2<f64>, Array1<usize>) {
    let mut rng = Rng(seed);
    let mut x = Array2::<f64>::zeros((rows, features));
    let mut y = Array1::<usize>::zeros(rows);
    for r in 0..rows {
        let class = (rng.below(3)) as usize;
        y[r] = class;
        for _ in 0..(3 + rng.below(12)) {
            // Each class prefers its own third of the features.
            let f = if rng.below(10) < 7 {
                class * features / 3 + rng.below((features / 3) as u64) as usize
            } else {
                rng.below(features as u64) as usize
            };
            x[[r, f]] += 1.0;
        }
    }
    for f in 0..features {
        x[[f % rows, f]] += 1.0;
    }
    (x, y)
}

fn sparse(row: ndarray::ArrayView1<'_, f64>) -> Features {
    Features {
        terms: row
            .iter()
            .enumerate()
            .filter(|(_, v)| **v > 0.0)
            .map(|(i, v)| (i as u64 + 1, *v as f32))
            .collect(),
    }
}

#[test]
fn same_log_likelihoods_and_predictions_as_linfa() {
    for (seed, alpha) in [(1u64, 1.0f64), (7, 0.5), (42, 0.01)] {
        let (x, y) = dataset(seed, 400, 45);
        let reference = MultinomialNb::params()
            .alpha(alpha)
            .fit(&DatasetView::new(x.view(), y.view()))
            .expect("linfa fits");
        let mut trainer = NaiveBayesParams::default()
            .alpha(alpha)
            .min_doc_freq(1)
            .max_vocabulary(1000)
            .check()
            .expect("valid")
            .trainer(CLASSES.to_vec());
        for (row, &class) in x.rows().into_iter().zip(y.iter()) {
            trainer
                .add(&sparse(row), &[], CLASSES[class])
                .expect("known class");
        }
        let ours = trainer.finish().expect("examples");
        let (test_x, _) = dataset(seed + 1000, 200, 45);
        let theirs = reference.joint_log_likelihood(test_x.view());
        let predicted = reference.predict(&test_x);
        for (i, row) in test_x.rows().into_iter().enumerate() {
            let mine = ours.joint_log_likelihood(&sparse(row));
            for (class, values) in &theirs {
                let diff = (mine[**class] - values[i]).abs();
                assert!(
                    diff < 1e-9,
                    "seed {seed} row {i} class {class}: {} vs {}",
                    mine[**class],
                    values[i]
                );
            }
            assert_eq!(
                ours.predict(&sparse(row)),
                predicted[i],
                "seed {seed} row {i}"
            );
        }
    }
}
