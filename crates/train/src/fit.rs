//! Cross-validated fitting: the model, its calibration and the precision of every rule.
//!
//! Three passes over the corpora, reading each message again rather than keeping it
//! (memory grows with the vocabulary, not the corpus):
//!
//! 1. every labelled failed recipient is added to the full trainer and to the trainer of
//!    every fold but its own (folds by group: a template family stays in one fold);
//! 2. each recipient is scored by the model that never saw its fold: those held-out
//!    scores fit the temperature and measure the model alone;
//! 3. the whole classifier (rules plus that fold's calibrated model) classifies every
//!    message, scored like `score.py`; how often each decision path was right becomes
//!    its confidence in the final model file.

use crate::corpus::Corpus;
use crate::error::TrainError;
use crate::evaluate::{Evaluation, ModelTally, tally_classifier, verdicts};
use crate::examples::{aligned, reports};
use crate::score::Score;
use bounce_features::{FeatureSettings, Limits, featurize_named, featurize_with};
use bounce_model::calibrate::{Scored, fit_temperature};
use bounce_model::metrics::fold_of;
use bounce_model::{
    Calibration, CorpusDigest, CvSummary, MemoryBuilder, ModelFile, NaiveBayesParams, Reason,
    Trainer, TrainingCard,
};
use bounce_runtime::{Classifier, Options, RuleSet};
use indicatif::ProgressBar;
use std::collections::BTreeMap;

/// What to fit, and how.
#[derive(Debug, Clone)]
pub struct FitSetup {
    pub params: NaiveBayesParams,
    pub settings: FeatureSettings,
    pub folds: usize,
    pub rules: RuleSet,
    pub options: Options,
}

impl FitSetup {
    pub fn new(rules: RuleSet) -> Self {
        FitSetup {
            params: NaiveBayesParams::default(),
            settings: FeatureSettings::default(),
            folds: 5,
            rules,
            options: Options::default(),
        }
    }
}

/// The failure reasons labelled anywhere in the corpora, in taxonomy order.
fn label_set(corpora: &[Corpus]) -> Vec<Reason> {
    let mut seen = std::collections::BTreeSet::new();
    for item in corpora.iter().flat_map(|c| &c.items) {
        match &item.labels {
            crate::corpus::Labels::Positional(list) => seen.extend(list.iter().map(|t| t.reason)),
            crate::corpus::Labels::Every(r) => {
                seen.insert(*r);
            }
            crate::corpus::Labels::NotBounce => {}
        }
    }
    Reason::ALL
        .iter()
        .copied()
        .filter(|r| r.is_failure() && seen.contains(r))
        .collect()
}

/// The result of [`fit`]: the model file and the cross-validation behind it.
pub struct Fitted {
    pub model: ModelFile,
    pub evaluation: Evaluation,
}

/// Cross-validates and fits on `corpora`. `progress` advances once per item and pass.
pub fn fit(
    corpora: &[Corpus],
    setup: &FitSetup,
    progress: &ProgressBar,
) -> Result<Fitted, TrainError> {
    if setup.folds < 2 {
        return Err(TrainError::Folds(setup.folds));
    }
    let checked = setup.params.check()?;
    let classes = label_set(corpora);
    if classes.is_empty() {
        return Err(TrainError::Empty {
            path: corpora.first().map(|c| c.root.clone()).unwrap_or_default(),
        });
    }
    let k = setup.folds;
    let limits: Limits = setup.options.limits;
    let mut problems: Vec<String> = corpora
        .iter()
        .flat_map(|c| c.problems.iter().cloned())
        .collect();

    // Pass 1: trainers.
    let mut full: Trainer = checked.trainer(classes.clone());
    let mut folds: Vec<Trainer> = (0..k).map(|_| checked.trainer(classes.clone())).collect();
    let mut memory = MemoryBuilder::default();
    let mut fold_memory: Vec<MemoryBuilder> = (0..k).map(|_| MemoryBuilder::default()).collect();
    let mut class_counts: BTreeMap<Reason, u64> = BTreeMap::new();
    for corpus in corpora {
        for item in &corpus.items {
            let fold = fold_of(&item.group, k);
            match aligned(item, &reports(item, &limits)) {
                Ok(pairs) => {
                    for (evidence, truth) in pairs {
                        let (features, names) = featurize_named(&evidence, &setup.settings);
                        full.add(&features, &names, truth.reason)?;
                        memory.record(&features, truth.reason);
                        *class_counts.entry(truth.reason).or_default() += 1;
                        for (f, trainer) in folds.iter_mut().enumerate().filter(|(f, _)| *f != fold)
                        {
                            trainer.add(&features, &names, truth.reason)?;
                            fold_memory[f].record(&features, truth.reason);
                        }
                    }
                }
                Err(problem) => problems.push(problem),
            }
            progress.inc(1);
        }
    }
    if full.examples() == 0 {
        return Err(TrainError::Empty {
            path: corpora.first().map(|c| c.root.clone()).unwrap_or_default(),
        });
    }
    let full = full.finish()?;
    let fold_models: Vec<_> = folds
        .into_iter()
        .map(|t| t.finish())
        .collect::<Result<_, _>>()?;

    // Pass 2: held-out scores, the temperature, and the model alone.
    let mut held_out: Vec<(Vec<f64>, usize, Reason)> = Vec::new();
    for corpus in corpora {
        for item in &corpus.items {
            let model = &fold_models[fold_of(&item.group, k)];
            if let Ok(pairs) = aligned(item, &reports(item, &limits)) {
                for (evidence, truth) in pairs {
                    let features = featurize_with(&evidence, &setup.settings);
                    let scores = model.joint_log_likelihood(&features);
                    let t = classes.iter().position(|&c| c == truth.reason).unwrap_or(0);
                    held_out.push((scores, t, truth.reason));
                }
            }
            progress.inc(1);
        }
    }
    let temperature = fit_temperature(
        &held_out
            .iter()
            .map(|(s, t, _)| Scored {
                scores: s.clone(),
                truth: *t,
            })
            .collect::<Vec<_>>(),
    );
    let mut tally = ModelTally::default();
    for (mut scores, _, truth) in held_out {
        bounce_model::softmax_in_place(&mut scores, temperature);
        tally.add(&classes, scores, truth);
    }
    let model_metrics = tally.finish();

    // Pass 3: the whole classifier, fold by fold, and the precision of each path.
    let fold_classifiers: Vec<Classifier> = fold_models
        .into_iter()
        .zip(fold_memory)
        .map(|(m, mem)| {
            let calibration = Calibration {
                temperature,
                paths: BTreeMap::new(),
            };
            let file = ModelFile::quantized(
                m,
                setup.settings,
                calibration,
                mem.finish(),
                TrainingCard::default(),
            );
            Classifier::new(Some(file), setup.rules.clone()).with_options(setup.options)
        })
        .collect();
    let mut score = Score::default();
    let mut paths = BTreeMap::new();
    let mut mistakes = Vec::new();
    for corpus in corpora {
        for item in &corpus.items {
            let classifier = &fold_classifiers[fold_of(&item.group, k)];
            let (verdicts, error) = verdicts(classifier, &reports(item, &limits));
            tally_classifier(
                item,
                &verdicts,
                error,
                &mut score,
                &mut paths,
                &mut mistakes,
            );
            progress.inc(1);
        }
    }
    let classifier_macro_f1 = score.confusion.macro_f1();

    let mut corpora_card = Vec::new();
    for corpus in corpora {
        corpora_card.push(CorpusDigest {
            name: corpus.name.clone(),
            sha256: corpus.digest()?,
            examples: corpus.items.len() as u64,
        });
    }
    let card = TrainingCard {
        tool: format!("bounce-train {}", env!("CARGO_PKG_VERSION")),
        corpora: corpora_card,
        class_counts: class_counts
            .iter()
            .map(|(r, n)| (r.to_string(), *n))
            .collect(),
        alpha: setup.params.alpha,
        min_doc_freq: setup.params.min_doc_freq,
        cv: Some(CvSummary {
            folds: k as u32,
            examples: model_metrics.examples,
            model_accuracy: model_metrics.accuracy,
            model_macro_f1: model_metrics.macro_f1,
            classifier_accuracy: score.accuracy(),
            classifier_macro_f1,
            ece: model_metrics.ece,
            brier: model_metrics.brier,
        }),
    };
    let calibration = Calibration {
        temperature,
        paths: paths.clone(),
    };
    let model = ModelFile::quantized(full, setup.settings, calibration, memory.finish(), card);
    let evaluation = Evaluation {
        corpora: corpora.iter().map(|c| c.name.clone()).collect(),
        folds: Some(k),
        temperature,
        model: model_metrics,
        classifier: score,
        classifier_macro_f1,
        paths,
        problems,
        mistakes,
    };
    Ok(Fitted { model, evaluation })
}
