//! Measuring a classifier and its model on labelled corpora.

use crate::corpus::{Corpus, Item};
use crate::examples::{aligned, reports};
use crate::score::{Predicted, Score};
use bounce_features::{Limits, Report, featurize_with};
use bounce_model::calibrate::{Outcome, brier_score, expected_calibration_error, reliability};
use bounce_model::metrics::ConfusionMatrix;
use bounce_model::{PathRecord, Reason, argmax};
use bounce_runtime::{Classifier, Verdict};
use indicatif::ProgressBar;
use serde::Serialize;
use std::collections::BTreeMap;

/// Bins of the reliability diagram and of the expected calibration error.
pub const CALIBRATION_BINS: usize = 10;

/// How good the model alone is, on the labelled failed recipients.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ModelMetrics {
    pub examples: u64,
    pub accuracy: f64,
    pub macro_f1: f64,
    /// Expected calibration error of the top-class confidence, equal-mass bins.
    pub ece: f64,
    /// Multi-class Brier score of the probabilities.
    pub brier: f64,
    /// (mean confidence, accuracy, count) per equal-mass bin.
    pub reliability: Vec<(f64, f64, usize)>,
    pub confusion: ConfusionMatrix,
}

/// Accumulates model-alone predictions.
#[derive(Debug, Default)]
pub struct ModelTally {
    confusion: Option<ConfusionMatrix>,
    outcomes: Vec<Outcome>,
    probabilities: Vec<(Vec<f64>, usize)>,
}

impl ModelTally {
    /// Records calibrated `probabilities` over `classes` for an example whose truth is `truth`.
    pub fn add(&mut self, classes: &[Reason], probabilities: Vec<f64>, truth: Reason) {
        let confusion = self
            .confusion
            .get_or_insert_with(|| ConfusionMatrix::new(Vec::new()));
        let best = argmax(&probabilities);
        confusion.add(truth.as_str(), classes[best].as_str());
        self.outcomes.push(Outcome {
            confidence: probabilities[best],
            correct: classes[best] == truth,
        });
        if let Some(t) = classes.iter().position(|&c| c == truth) {
            self.probabilities.push((probabilities, t));
        } else {
            // A class the model never saw: all its probability mass is misplaced.
            let mut p = probabilities;
            p.push(0.0);
            let t = p.len() - 1;
            self.probabilities.push((p, t));
        }
    }

    pub fn finish(self) -> ModelMetrics {
        let confusion = self
            .confusion
            .unwrap_or_else(|| ConfusionMatrix::new(Vec::new()));
        ModelMetrics {
            examples: self.outcomes.len() as u64,
            accuracy: confusion.accuracy(),
            macro_f1: confusion.macro_f1(),
            ece: expected_calibration_error(&self.outcomes, CALIBRATION_BINS),
            brier: brier_score(&self.probabilities),
            reliability: reliability(&self.outcomes, CALIBRATION_BINS),
            confusion,
        }
    }
}

/// One recipient the classifier got wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mistake {
    pub file: String,
    /// 0-based position of the recipient in the file's verdicts.
    pub index: usize,
    pub truth: String,
    pub predicted: String,
    pub decided_by: String,
    pub status: Option<String>,
    pub command: String,
    pub diagnostic: String,
}

/// A full evaluation: the model alone beside the whole classifier.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub corpora: Vec<String>,
    /// Cross-validation folds, when this is a cross-validation.
    pub folds: Option<usize>,
    pub temperature: f64,
    pub model: ModelMetrics,
    pub classifier: Score,
    pub classifier_macro_f1: f64,
    /// Measured precision of each decision path.
    pub paths: BTreeMap<String, PathRecord>,
    /// Files and lines that could not be used, by name.
    pub problems: Vec<String>,
    /// Every recipient the classifier got wrong.
    pub mistakes: Vec<Mistake>,
}

/// The parsed reports of an item, and its verdicts.
pub fn verdicts(
    classifier: &Classifier,
    reports: &[Result<Report, String>],
) -> (Vec<Verdict>, bool) {
    let mut out = Vec::new();
    let mut error = false;
    for r in reports {
        match r {
            Ok(report) => out.extend(classifier.classify_report(report)),
            Err(_) => error = true,
        }
    }
    (out, error)
}

/// Scores the verdicts of one item and records which paths were right.
pub fn tally_classifier(
    item: &Item,
    verdicts: &[Verdict],
    error: bool,
    score: &mut Score,
    paths: &mut BTreeMap<String, PathRecord>,
    mistakes: &mut Vec<Mistake>,
) {
    let predicted: Vec<Predicted> = verdicts
        .iter()
        .map(|v| Predicted {
            reason: v.reason.to_string(),
            hard: v.hard,
        })
        .collect();
    score.add(&item.labels, &predicted, error);
    record_mistakes(item, verdicts, mistakes);
    let truth = item.labels.expand(verdicts.len());
    let truth: Vec<Reason> = if item.labels.is_bounce() {
        truth.iter().map(|t| t.reason).collect()
    } else {
        vec![Reason::NotBounce; verdicts.len()]
    };
    if truth.len() == verdicts.len() {
        for (v, t) in verdicts.iter().zip(truth) {
            let record = paths.entry(v.decided_by.join("+")).or_default();
            record.total += 1;
            record.hits += u32::from(v.reason == t);
        }
    }
}

/// Lists the recipients of `item` whose verdict differs from the label (by position, as
/// scored).
fn record_mistakes(item: &Item, verdicts: &[Verdict], mistakes: &mut Vec<Mistake>) {
    let mistake = |index: usize, truth: &str, v: Option<&&Verdict>| Mistake {
        file: item.name.clone(),
        index,
        truth: truth.to_string(),
        predicted: v.map_or("<none>".to_string(), |v| v.reason.to_string()),
        decided_by: v.map(|v| v.decided_by.join("+")).unwrap_or_default(),
        status: v.and_then(|v| v.status.map(|s| s.to_string())),
        command: v.map(|v| v.command.to_string()).unwrap_or_default(),
        diagnostic: v
            .map(|v| v.diagnostic.chars().take(200).collect())
            .unwrap_or_default(),
    };
    if !item.labels.is_bounce() {
        if let Some(v) = verdicts.iter().find(|v| v.reason != Reason::NotBounce) {
            mistakes.push(mistake(0, "notbounce", Some(&v)));
        }
        return;
    }
    let failed: Vec<&Verdict> = verdicts
        .iter()
        .filter(|v| v.reason != Reason::NotBounce)
        .collect();
    for (i, truth) in item.labels.expand(failed.len()).iter().enumerate() {
        let v = failed.get(i);
        if v.is_none_or(|v| v.reason != truth.reason) {
            mistakes.push(mistake(i, truth.reason.as_str(), v));
        }
    }
}

/// Evaluates a trained classifier (and its model) on corpora.
pub fn evaluate(corpora: &[Corpus], classifier: &Classifier, progress: &ProgressBar) -> Evaluation {
    let limits: Limits = classifier.options().limits;
    let mut score = Score::default();
    let mut paths = BTreeMap::new();
    let mut tally = ModelTally::default();
    let mut mistakes = Vec::new();
    let mut problems: Vec<String> = corpora
        .iter()
        .flat_map(|c| c.problems.iter().cloned())
        .collect();
    for corpus in corpora {
        for item in &corpus.items {
            let reports = reports(item, &limits);
            let (verdicts, error) = verdicts(classifier, &reports);
            tally_classifier(
                item,
                &verdicts,
                error,
                &mut score,
                &mut paths,
                &mut mistakes,
            );
            if let Some(m) = classifier.model() {
                match aligned(item, &reports) {
                    Ok(pairs) => {
                        for (evidence, truth) in pairs {
                            let features = featurize_with(&evidence, &m.settings);
                            tally.add(
                                m.model.classes(),
                                m.model.probabilities(&features, m.calibration.temperature),
                                truth.reason,
                            );
                        }
                    }
                    Err(problem) => problems.push(problem),
                }
            }
            progress.inc(1);
        }
    }
    let classifier_macro_f1 = score.confusion.macro_f1();
    Evaluation {
        corpora: corpora.iter().map(|c| c.name.clone()).collect(),
        folds: None,
        temperature: classifier
            .model()
            .map_or(1.0, |m| m.calibration.temperature),
        model: tally.finish(),
        classifier: score,
        classifier_macro_f1,
        paths,
        problems,
        mistakes,
    }
}
